"""The label/value block above the body (field guide §2), index numbers and dates."""

import functools
import re
from typing import NamedTuple

from normalize.numerals import chinese_to_int

# field → labels; matched with any spaces between characters (索 引 号, 索　引　号).
LABELS = {
    "index_number": ("信息索引号", "索引号"),
    "author": ("作者", "文章作者"),  # 文章来源:周村人大 文章作者:淄博人大 (b49777e1c8d3)
    # 公开主体 (上海's district portals), 答复机关 (a reply's record): the body whose page it is
    "issuing_body": ("发布机构", "发布机关", "发文机构", "发文机关", "制发机关", "发文单位", "发布单位", "公开主体", "答复机关"),
    # the unit that posted the page (来源:市司法局), which is often but not always the issuer
    "posted_by": ("文章来源", "信息来源", "来源", "稿源", "稿件来源", "所属机构", "公开责任部门", "责任部门"),
    # 公文生成日期, 备注/文号: the 政府信息公开 block of Fujian county sites (三明 明溪县: SM04101-1100-2018-00010)
    "publish_date": ("发布日期", "发布时间", "公开日期", "公开时间", "生成日期", "公文生成日期", "信息提供日期", "更新时间", "创建时间",
                     "发表时间", "发表日期", "发表于", "发稿时间", "添加时间", "编稿时间", "刊发日期", "信息时间", "日期", "时间"),
    "written_date": ("发文日期", "成文日期", "成文时间", "印发日期"),
    # when a rule takes effect: not the page's publication, but it dates a reply on a page without one
    "effective_date": ("生效日期", "生效时间", "施行日期"),
    "doc_number": ("文号", "备注/文号", "发文字号", "文件编号"),
    "topic_category": ("主题分类", "分类", "公开目录", "主题名称", "公文种类", "体裁", "体裁分类", "信息分类", "信息类别"),
    "validity": ("有效性", "有效期", "效力状态", "公文时效", "时效", "废止日期", "废止时间", "失效日期"),
    "column": ("栏目", "所属栏目"),
    # 复文标题, 复文名称: a reply platform's field naming the answer (Guizhou's 建议提案 replies, the State Council's 复文);
    # 题目: a suggestion form's subject; 公开事项名称: a ministry's catalogue entry (国家能源局: 5e72914f46d2); 颗粒名称: a
    # record's name on meta.librarydata.cn, the gazetteers' and yearbooks' catalogue (d8a20e1f1b2e, 7970c7e4b777)
    # 词条: an encyclopedia's entry, named after the answer it copies (cnenc.net: 9a42e5da1b34)
    "title": ("信息名称", "公文名称", "文件名称", "公开事项名称", "颗粒名称", "名称", "标题", "题目", "复文标题", "复文名称", "词条"),
    "other": ("编辑", "责任编辑", "点击", "公开范围", "公开方式", "公开类型", "公开属性", "公开期限", "关键词", "主题词",
              "内容概述", "公开形式", "浏览次数", "浏览", "出自", "组配分类", "服务对象", "点击数", "点击量", "发布人",
              # an item's form: who raised it (领衔代表:…, 附议代表:…), never the page's headline
              "领衔代表", "附议代表",
              # a reply's heading block: who signed it, how the item was answered (签发人:刘庆 答复类别:A类, ff8f98e7ca36)
              "签发人", "答复类别",
              "选择字体"),  # 选择字体:[--] 发布时间:2023-12-29 14:43:43: a ministry page's font control before its date
}
_SPACE = r"[ \t\u00a0\u3000]*"
_LABEL_TO_FIELD = {label: field for field, labels in LABELS.items() for label in labels}
_LABEL_PATTERN = "|".join(
    _SPACE.join(map(re.escape, label)) for label in sorted(_LABEL_TO_FIELD, key=len, reverse=True)
)
_LABEL_STARTS = "".join(sorted({label[0] for label in _LABEL_TO_FIELD}))  # lets a search skip ahead
# 作者(来源):市政协: a label with a second one in brackets before its colon
_LABEL = re.compile(rf"(?=[{_LABEL_STARTS}])(?P<label>{_LABEL_PATTERN}){_SPACE}(?P<colon>(?:[(（][\u4e00-\u9fff]{{1,4}}[)）])?[:：])?")
_EMPTY_VALUES = {"", "--", "-", "—", "——", "无", "暂无", "/", "null", "none"}
_VALUE_TRIM = " \t\u00a0\u3000|:：•·-"  # "- 索 引 号:…": list items of a reader's text
_CELL_CLOSE = " \t\u00a0\u3000]】"
_CELL_OPEN = " \t\u00a0\u3000[【"  # [ 发布机构 ] 重庆高新技术产业开发区管理委员会 [ 有效性 ]: the next label's cell opened before it
_LINE_TRIM = _VALUE_TRIM + "【"  # 【发布日期:2023-02-09】 【字号: 】: a row of bracketed cells
# 发文字号: 怀政办〔2022〕15号 性: 有效: a label this block does not know still ends a document number, and an issuer
# (发布机构:公安局 字体:[ 大 中 小]: a font control's label; not a 来源, whose counter glued on has kept portals out, a694f9a7bc25)
_ENDED_BY_UNKNOWN_LABELS = frozenset({"doc_number", "issuing_body", "posted_by"})
_UNKNOWN_LABEL_TAIL = re.compile(r"[ \t\u00a0\u3000]+[\u4e00-\u9fff]{1,6}[ \t\u00a0\u3000]*[:：].*$")
# 发布机关:南华县农业农村局 著录日期: 发文字号:: a label this block does not know, ending in one it knows (日期), its first
# characters are no part of the value before it (c661c36da02c gave the issuer 南华县农业农村局 著录)
_GLUED_WORD = re.compile(r"[ \t\u00a0\u3000]+[\u4e00-\u9fff]{1,4}$")
_CREDIT_TAIL = re.compile(r"(?:\s*/\s*(?:文|图|圖|摄影?|攝影?|视频|視頻))+\s*/?$")  # 来源: 柳州市林业和园林局/文/图/
_SITE_TAIL = re.compile(r"(?<=[局厅委部])(?:门户|官方)?网站$")  # 来源:农业农村部网站: the body whose site it is
_BRACKETED_LABEL = re.compile(r"\[[ \t\u00a0\u3000]*(?P<label>[\u4e00-\u9fff ]{2,8}?)[ \t\u00a0\u3000]*\]")

_DATE = re.compile(
    # 2023 10/21 11:47:04: a wire's dateline, its year spaced off the month and day
    r"(?P<y>(?:19|20)\d{2})\s*(?:年|[-/.]|\s(?=\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2}|$)))\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*"
    r"(?P<d>\d{1,2})(?!\d)\s*日?"
)
_CN_DATE = re.compile(  # (the lookahead: re drops a position a year cannot start at after one class check)
    r"(?=[〇○零一二三四五六七八九])(?P<y>[〇○零一二三四五六七八九]{4}|[一二][〇○零一二三四五六七八九0OＯ０]{3})年"
    r"(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日"
)
_TYPED_ZERO = str.maketrans("0OＯ０", "〇〇〇〇")  # 二0一一年三月十五日: a year's 〇 typed as a digit or a letter
_INDEX = re.compile(
    r"^(?P<prefix>.+?)[/\-](?P<year>(?:19|20)\d{2})(?:0[1-9]|1[0-2])?[/\-](?P<serial>[0-9A-Za-z]+)$"
)
_INDEX_DATE_FIRST = re.compile(r"^(?P<year>(?:19|20)\d{2})(?:0[1-9]|1[0-2])(?:[0-3]\d)-(?P<serial>\d+)$")
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


class IndexNumber(NamedTuple):
    prefix: str | None
    year: int | None
    serial: str | None

    def as_dict(self) -> dict:
        return {"prefix": self.prefix, "year": self.year, "serial": self.serial}


def _label_is_real(text: str, match: re.Match) -> bool:
    """A label word counts when a colon follows it, or when it stands between separators; a formal label of a
    disclosure block also when its value follows it glued, at the line's start or after a space (发文机关平顺县林业局
    发布日期2025-11-21: a table's cells run together)."""
    if match.group("colon"):
        return True
    start, end = match.start(), match.end("label")
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before not in " \t\u00a0\u3000|":
        return False
    if after in " \t\u00a0\u3000|":
        return True
    label = match.group("label")
    return label in _GLUED_NAME_LABELS or (label in _GLUED_NUMBER_LABELS and after.isdigit())


# a body's or a number's label, whatever its value; a date's or an index's only before a digit (发布日期待定 is prose)
_GLUED_NAME_LABELS = frozenset({"发文机关", "发布机构", "发文字号"})
_GLUED_NUMBER_LABELS = frozenset({"发文日期", "发布日期", "成文日期", "施行日期", "索引号"})


def find_labels(line: str) -> list[re.Match]:
    return [match for match in _LABEL.finditer(line) if _label_is_real(line, match)]


def is_metadata_line(line: str) -> bool:
    """A line whose first non-separator text is a metadata label."""
    first_text = len(line) - len(line.lstrip(_LINE_TRIM))
    cell = _BRACKETED_LABEL.match(line, first_text)  # [ 索引号 ]… [ 发布日期 ]2023-05-04: a row of label cells
    if cell:
        return _LABEL.fullmatch(cell.group("label")) is not None
    match = _LABEL.match(line, first_text)
    return match is not None and _label_is_real(line, match)


def label_without_value(line: str) -> bool:
    """A metadata line that is one label and nothing after it: its value sits on the next line
    (label and value in separate elements, ``<li><span>索引号:</span><p>…</p></li>``)."""
    labels = find_labels(line)
    return len(labels) == 1 and not line[labels[0].end():].lstrip(_CELL_CLOSE).strip(_VALUE_TRIM)


def parse_metadata_lines(lines: list[str]) -> dict[str, str | None]:
    """Label → value for every label in the lines; a value ends where the next label starts.

    Returns canonical field names (first occurrence wins); empty values (--, 无, nothing) are None.
    """
    fields: dict[str, str | None] = {}
    dated_by: str | None = None  # the label of the publish date so far, which a better one printed beside it may outrank
    for line in lines:
        labels = find_labels(line)
        for position, match in enumerate(labels):
            end = labels[position + 1].start() if position + 1 < len(labels) else len(line)
            glued = _GLUED_WORD.search(line, match.end(), end) if end < len(line) else None
            end = glued.start() if glued else end
            label = re.sub(r"[ \t\u00a0\u3000]", "", match.group("label"))
            field = _LABEL_TO_FIELD[label]
            value: str | None
            # [ 标  题 ] / value: a label's cell closed after it, the next one's opened before it
            value = line[match.end():end].lstrip(_CELL_CLOSE).rstrip(_CELL_OPEN)
            value = (_UNKNOWN_LABEL_TAIL.sub("", value) if field in _ENDED_BY_UNKNOWN_LABELS else value).strip(_VALUE_TRIM)
            value = _SITE_TAIL.sub("", _CREDIT_TAIL.sub("", value)) if field == "posted_by" else value
            value = None if value.lower() in _EMPTY_VALUES else value
            value = _TWO_DIGIT_YEAR.sub(r"20\1-\2-\3", value) if value and field == "publish_date" else value
            outranks = field == "publish_date" and bool(value) and _date_label_outranks(label, dated_by)
            if fields.get(field) is None or outranks:
                fields[field] = value
                if field == "publish_date":
                    dated_by = label
    return fields


# 发布日期:21/09/24 15:59:22: a CMS's date with its year in two digits, then the time (甘南州林草局: 89832389764e)
_TWO_DIGIT_YEAR = re.compile(r"^(\d{2})/(\d{2})/(\d{2})(?=\s+\d{1,2}:\d{2})")


# 生成日期 2023-06-16 beside 信息时间 2023-07-05 (公開日期, 发布时间): the day the catalogue entry was made, not the page's
# publication (tests/real 9f69ebbd3636, b6437be07e53)
_GENERATION_LABELS = frozenset({"生成日期", "公文生成日期"})
# 公开日期: 2024-07-01 in the disclosure table over 发布日期:2024-07-19 under the headline (浙江's portals): the day the
# disclosure was registered, not the page's posting, which is its publication (tests/real 5c6a7ed3acdf, 6cea636648be)
_DISCLOSURE_LABELS = frozenset({"公开日期", "公开时间"})
_POSTING_LABELS = frozenset({"发布日期", "发布时间"})


def _date_label_outranks(label: str, held: str | None) -> bool:
    """Whether a date under this label replaces one already read under the held label."""
    if held in _GENERATION_LABELS:
        return label not in _GENERATION_LABELS
    return held in _DISCLOSURE_LABELS and label in _POSTING_LABELS


def parse_date(text: str | None) -> str | None:
    """First date in the text as YYYY-MM-DD (Arabic or Chinese numerals), or None."""
    if not text:
        return None
    for pattern in (_DATE, _CN_DATE):
        for match in pattern.finditer(text):
            year, month, day = (chinese_to_int(match.group(key)) for key in ("y", "m", "d"))
            if pattern is _CN_DATE:
                year = chinese_to_int(match.group("y").translate(_TYPED_ZERO))
            if year and month and day and 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# 《 人民日报 》( 2020年06月10日 02 版), 人民法院报/2024 年/3 月/2 日/第 001 版: a newspaper page's date line, the
# issue's date (a copy keeps it: point 100)
_EDITION_LINE = re.compile(r"^(?:《\s*)?[\u4e00-\u9fff]{2,10}报\s*》?\s*[/(（]?\s*((?:19|20)\d{2}\s*年\s*/?\s*\d{1,2}\s*月\s*/?"
                           r"\s*\d{1,2}\s*日)\s*/?\s*(?:第\s*)?\d{1,3}\s*版")


def edition_date(line: str) -> str | None:
    """The date of a newspaper issue's page line, as YYYY-MM-DD."""
    match = _EDITION_LINE.match(line) if "版" in line else None
    return parse_date(re.sub(r"[\s/]", "", match.group(1))) if match else None


@functools.lru_cache(maxsize=4096)  # asked of the same lines by several passes of a page (about 8 times each)
def find_date_span(text: str) -> tuple[int, int] | None:
    """Span of the first date in the text (for telling a date-only line)."""
    match = _DATE.search(text) or "日" in text and _CN_DATE.search(text)  # every _CN_DATE match holds 日
    return match.span() if match else None


def parse_index_number(raw: str | None) -> IndexNumber:
    """Split an index number into prefix, year and serial; unknown parts are None.

    The parts are always substrings of the raw value in order, so the raw string (kept as
    printed) stays the reference and nothing is invented.
    """
    if not raw:
        return IndexNumber(None, None, None)
    raw = raw.strip()
    match = _INDEX.match(raw)
    if match:
        return IndexNumber(match.group("prefix"), int(match.group("year")), match.group("serial"))
    match = _INDEX_DATE_FIRST.match(raw)
    if match:
        return IndexNumber(None, int(match.group("year")), match.group("serial"))
    return IndexNumber(None, None, None)


def org_code_valid(prefix: str | None) -> bool | None:
    """GB 11714 check character of a 9-character organisation code (hyphen allowed); None if n/a."""
    if not prefix:
        return None
    code = prefix.replace("-", "").upper()
    if len(code) == 18:
        code = code[8:17]
    if len(code) != 9 or not re.fullmatch(r"[0-9A-Z]{8}[0-9X]", code):
        return None
    total = sum(weight * (int(char) if char.isdigit() else ord(char) - 55)
                for weight, char in zip(_ORG_WEIGHTS, code[:8], strict=True))
    check = 11 - total % 11
    expected = {10: "X", 11: "0"}.get(check, str(check))
    return code[8] == expected
