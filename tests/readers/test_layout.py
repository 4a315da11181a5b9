"""Line joining, running lines and compatibility characters, on laid-out lines."""

from readers.layout import drop_running_lines, fold, is_page_number, page_text, pages_text
from readers.reading import Line


def test_kangxi_radicals_and_compatibility_ideographs_fold():
    assert fold("\u2f08\u2f24代表建议\u2f49") == "人大代表建议月"  # Kangxi radicals ⼈⼤ … ⽉
    assert fold("\uf900") == "\u8c48"  # a compatibility ideograph
    assert fold("２０２３年") == "2023年"


def test_page_numbers():
    for text in ("- 3 -", "— 12 —", "第 2 页", "2/5", "第3页 共5页", "Page 4"):
        assert is_page_number(text), text
    for text in ("2023年", "一、进展情况", "共117件"):
        assert not is_page_number(text), text


def _line(text, left, right, top):
    return Line(text, left, right, top, top + 12)


def test_full_lines_join_and_indented_lines_start_paragraphs():
    lines = [_line("　　2021年我局收到市政府交办的议提案共117件,其中:省人大代表建议3", 84, 500, 100),
             _line("件、省政协提案2件。", 60, 180, 118),
             _line("一、进展情况", 84, 160, 136)]
    assert page_text(lines).split("\n") == ["2021年我局收到市政府交办的议提案共117件,其中:省人大代表建议3件、省政协提案2件。",
                                            "一、进展情况"]


def test_a_paragraph_over_a_page_break_stays_whole():
    first = [_line("首段开始的文字比较长一直写到了右边的页边距为止没有", 60, 500, 100)]
    second = [_line("结束,下一页接着写。", 60, 200, 100)]
    assert pages_text([first, second]) == ["首段开始的文字比较长一直写到了右边的页边距为止没有结束,下一页接着写。", ""]


def test_running_heads_repeated_in_margins_are_dropped():
    pages = [[_line("某某市民政局文件", 60, 300, 10), _line(f"正文第{n}页的内容。", 60, 300, 400),
              _line(f"- {n} -", 280, 300, 820)] for n in (1, 2)]
    kept = drop_running_lines(pages, [842, 842])
    assert [[line.text for line in page] for page in kept] == [["正文第1页的内容。"], ["正文第2页的内容。"]]
