"""The reader text of real detail pages (tests/spiders/fixtures/real/detail, see its README): the body container."""

from pathlib import Path

from normalize import normalize_page
from normalize.html import BODY_END, BODY_START, parse_html
from tests.normalize.conftest import real_page

DETAIL = Path(__file__).resolve().parent.parent / "spiders" / "fixtures" / "real" / "detail"


def _body_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return lines[lines.index(BODY_START) + 1:lines.index(BODY_END)]


def test_the_shanghai_district_cms_body_is_marked():
    # www.shyp.gov.cn's detail page: <div class="Article_content" id="ivs_content"> under the 索引号 block, the body
    # container of Shanghai's district portals (嘉定, 杨浦); without its mark every navigation line is read as a candidate
    page = parse_html((DETAIL / "shyp_label_span_value_span.html").read_text(encoding="utf-8"))
    assert page is not None
    assert _body_lines(page.text) == ["第一条 为支持打造OPC超级个体社区，制定本措施。", "第二条 本措施自发布之日起施行。"]


def test_a_title_tag_left_unclosed_does_not_swallow_the_page():
    # bench/fuzz_normalize.py: a flipped byte in </title> (</titlng>) made the rest of the page the <title>'s text, a
    # title of a million characters, no body, and a rate read over it for seven minutes; the tag is dropped instead
    lines = [line for line in real_page("5e1b49257fc0").splitlines() if line.strip()]  # 杜妍:聚焦乡村产业… / 本报记者 …
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    page = (f"<html><head><title>{lines[0]}</titlng></head><body><div class=\"TRS_Editor\">{paragraphs}</div>"
            "</body></html>")
    parsed = parse_html(page)
    assert parsed is not None and parsed.html_title is None
    assert lines[2].strip() in _body_lines(parsed.text)
    document = normalize_page(page.encode())
    assert document["title"] == lines[0] and lines[2].strip() in document["text"]
