"""Where things sit on a page: chrome, title, metadata block, body, signature.

Works on reader-text lines (plain-text pages, or HTML rendered by html.py). The header zone is
everything above the first sentence-like line; the body starts after the last title or metadata
line in it. An HTML body container, when found, fixes the body's place instead.
"""

import functools
import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from normalize import gazetteer
from normalize.issuer import is_body_name
from normalize.metadata import find_date_span, is_metadata_line, label_without_value, parse_date
from normalize.text import is_chrome_line

_TITLE_WORDS = re.compile(r"建议|提案|议案|总结|报告|通报|答复|复函|答覆|情况|汇报|说明|通知|公告|办理|意见|函")
_DATE_SOURCE = re.compile(
    r"^(?:(?:发布)?时间[:：]?\s*)?(?P<date>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*(?:(?:文章|信息|稿件)?来源[:：]?\s*)?(?P<source>[\u4e00-\u9fff()（）]{2,30})?$"
)
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.])")
_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*[:：]?$")
_HTML_HEADER_LINES = 60  # title and metadata sit right above (or below) the body, menus further out
_COMPACT = re.compile(r"[\s\u3000][\s\u3000]*")  # not X+: a class first lets re skip ahead to it
_REMEMBERED_LINES = 4096


class Signature(NamedTuple):
    body: str | None
    date: str | None
    line: str


class Layout(NamedTuple):
    title: str | None
    header_lines: list[str]
    metadata_lines: list[str]
    date_source: tuple[str, str | None] | None
    body: list[int]  # indices into the line list
    signature: Signature | None


_NOT_A_HEADLINE = re.compile(r">|»|^[•·]|^-\s|^(?:首页|网站首页|当前位置|您现在|面包屑)|\|")


def _is_title_candidate(line: str) -> bool:
    """A headline-like line: not a breadcrumb (首页 > …), a bullet or a table row of metadata."""
    return (4 <= len(line) <= 100 and not _NOT_A_HEADLINE.search(line) and not line.endswith(("。", ":", ":"))
            and not _SECTION_HEADING.match(line.lstrip("?？ ")) and bool(_TITLE_WORDS.search(line))
            and not is_metadata_line(line) and not _is_menu(line))


def _is_menu(line: str) -> bool:
    """延吉概况 延吉新闻 社会民生 公示公告 …: a row of short menu items."""
    items = line.split()
    return len(items) >= 5 and max(len(item) for item in items) <= 8


def _ends_header_zone(line: str) -> bool:
    return "。" in line or (len(line) >= 60 and ("," in line or len(line) > 100))


def _pick_title(candidates: list[str], preferred: list[str], closest: bool) -> str | None:
    """A preferred title (meta ArticleTitle, <title>) if a line is it, or else the longest line
    within it (not a menu item such as 工作总结); else the most repeated line that is not a piece of
    another; ties go to the line nearest the body on HTML pages (menus sit above) and to the first
    line in plain text (the title precedes any teaser)."""
    if not candidates:
        return None
    for hint in preferred:
        if hint in candidates:
            return hint
        within = [candidate for candidate in candidates if candidate in hint]
        if within:
            return max(within, key=len)
    counts = Counter(candidates)
    top = max(counts.values())
    tied = [candidate for candidate in candidates if counts[candidate] == top]
    # A line that another candidate contains is a piece of the headline (a scan's running head
    # 2020年建议提案办理 above 市民政局2020年建议提案办理工作总结, a menu item), not the headline.
    whole = [candidate for candidate in tied if not any(candidate != other and candidate in other for other in tied)]
    return whole[-1] if closest else whole[0]


# 【栏目】, [株洲], (两会受权发布): a column's, a place's or a wire's tag before the headline
_TAG = re.compile(r"^(?:【[^】]{1,12}】|\[[\u4e00-\u9fff]{2,6}\]|[(（][^()（）]{0,6}(?:发布|發布|快讯|快訊)[)）])")


def without_banner(title: str | None) -> str | None:
    """【建议提案办理总体情况】2021年度…办理情况 → the headline without the column's banner."""
    return (_TAG.sub("", title) or title) if title else title
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[(（]\d{4}[〕\])）]\d{1,4}号\s+")  # 西政办发〔2016〕10号 before the headline
_HEADLINE_END = re.compile(r"(?:完成)?(?:情况)?的?(?:说明|报告|总结|通报|汇报)")
_WORD_COUNT = re.compile(r"[\[(（【]此文共\d+字[\])）】]$")  # an essay site's note after the headline
_HEADLINE_REST = re.compile(r"(?:和|及|与|、)[\u4e00-\u9fff“”]{2,20}(?:通知|报告|总结|通报|方案|意见|答复)")
_ORIGINAL_TITLE = re.compile(r"^原标题[:：]\s*")  # a repost's note of the original headline
_TRAILING_DATE = re.compile(r"\s+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")  # …全部办复 2022年01月20日
_ADOPTION_NOTE = re.compile(r"\s*[(（][^()（）]{4,40}(?:通过|通過)[)）]$")  # (2018年1月27日…会议通过)
_HEADLINE_TAIL = re.compile(r"(?:办理)?(?:工作)?" + _HEADLINE_END.pattern)  # 办理工作的报告
_DOCUMENT_WORD_END = re.compile(r"(?:说明|报告|总结|通报|汇报|通知|答复|复函|意见|方案|情况)$")


def _whole_headline(lines: list[str], zone: list[int], title: str | None) -> str | None:
    """A headline printed over two lines is one (新疆…人民政府 / 关于…的报告; …办理工作 / 完成情况说明);
    a 【栏目】 tag or a document number (西政办发〔2016〕10号) in front is not part of it."""
    if not title:
        return title
    position = next((spot for spot, index in enumerate(zone) if lines[index] == title), None)
    if position is not None:
        line_at = {spot: lines[index] for spot, index in enumerate(zone)}
        after = line_at.get(position + 1, "")
        if not _DOCUMENT_WORD_END.search(title) and (len(after) <= 12 and _HEADLINE_END.fullmatch(after)
                                                      or _HEADLINE_REST.fullmatch(after)):
            title += after  # …办理工作 / 完成情况说明; …市人大代表建议 / 和政协提案办理工作的通知
        elif _continues(line_at.get(position - 1, ""), title):  # …代表建议 / 办理工作的报告
            position -= 1
            title = line_at[position] + title
        elif title.startswith(("——", "--")):  # 让民心工程更暖心 / ——天津市政协召开…小记: headline and subtitle
            above = position - 1 - bool(_CAPTION.match(line_at.get(position - 1, "")))  # a photo's caption between
            if _is_headline_shaped(line_at.get(above, "")):
                position = above
                title = line_at[position] + title
        before = line_at.get(position - 1, "")
        if (title.startswith("关于") and len(before) <= 30 and is_body_name(before) and " " not in before
                and not _NOT_A_HEADLINE.search(before) and gazetteer.leading_places(before)):
            title = before + title
    title = _TRAILING_DATE.sub("", _ORIGINAL_TITLE.sub("", _WORD_COUNT.sub("", title))) or title
    title = _ADOPTION_NOTE.sub("", title) or title
    title = title.lstrip("?？") or title  # a character the copy could not print, before the headline
    return _DOC_NUMBER.sub("", _TAG.sub("", title) or title) or title


def _headline_above_dateline(lines: list[str], zone: list[int], datelines: list[int], lead: str) -> str | None:
    """Without a headline of the usual words, the headline-shaped line right above the first
    dateline, or above the site's name under it (市政协召开十届三次常委会 / 2022-10-11 17:47:28),
    when the story's lead repeats some of its words (a site may print another story's headline)."""
    datelines = datelines or [index for index in zone if _DAY_FIRST_DATELINE.match(lines[index])]
    if not datelines:
        return None
    position = zone.index(datelines[0]) if datelines[0] in zone else 0
    for back in (1, 2):
        if position - back < 0:
            return None
        line = lines[zone[position - back]]
        if _is_headline_shaped(line):
            return line if _lead_repeats(line, lead) else None
        if back == 1 and len(line) > 12:
            return None
    return None


_CAPTION = re.compile(r"^[(（][^()（）]{1,20}[)）]$")  # (资料图片)
_DAY_FIRST_DATELINE = re.compile(r"^\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?:\s+\d{1,2}:\d{2})?")  # 16.01.2015 01:24
_REPEATED_WORDS = 4


def _lead_repeats(headline: str, lead: str) -> bool:
    return any(headline[start:start + _REPEATED_WORDS] in lead for start in range(len(headline) - _REPEATED_WORDS + 1))


def _is_headline_shaped(line: str) -> bool:
    return (6 <= len(line) <= 60 and not _NOT_A_HEADLINE.search(line) and not _ends_header_zone(line)
            and not _CAPTION.match(line)
            and not line.endswith(("。", ":", ":", "网站", "网")) and not is_metadata_line(line)
            and not is_chrome_line(line) and not _DATE_SOURCE.match(line) and " " not in line.strip())


def _continues(before: str, tail: str) -> bool:
    """办理工作的报告 under 关于…代表建议: the end of a headline printed over two lines."""
    return (len(tail) <= 12 and bool(_HEADLINE_TAIL.fullmatch(tail)) and bool(before)
            and not _DOCUMENT_WORD_END.search(before) and not _NOT_A_HEADLINE.search(before))


def _compact(text: str) -> str:
    return _COMPACT.sub("", text)


def _compact_start(lines: Iterable[str], length: int) -> str:
    """The compacted text of the lines, at least `length` characters of it when there are that many."""
    start = ""
    for line in lines:
        if len(start) >= length:
            break
        start += _compact(line)
    return start


def _is_excerpt(line: str, following: Iterable[str]) -> bool:
    """A teaser paragraph that repeats the start of the body (mirrors put one above the text)."""
    head = _compact(line)
    if len(head) < 20:
        return False
    prefix = head.rstrip(".…")[:-2] if len(head) > 40 else head
    return _compact_start(following, len(prefix)).startswith(prefix)


def find_signature(lines: list[str], body: list[int]) -> Signature | None:
    """The closing 'body / date' pair in the last lines of the body: the body on the line above the
    date (or above a seal note, (盖章)), or in front of the date on its own line (某某局 2023年7月18日)."""
    window = body[-6:]
    for position in range(len(window) - 1, -1, -1):
        line = lines[window[position]]
        span = find_date_span(line)
        before = line[: span[0]].strip() if span else ""
        if not span or len(line) > 24 + len(before) or line[span[1]:].strip() or before and not _signer(before):
            continue
        above = [lines[index] for index in window[max(0, position - 2):position]][::-1]
        if above and _SEAL_NOTE.match(above[0]):
            above = above[1:]
        issuer = _signer(before) or (_signer(above[0]) if above else None)
        return Signature(issuer, parse_date(line), line)
    return None


_SEAL_NOTE = re.compile(r"^[(（]?(?:盖章|印章|公章|章)[)）]?$")


def _signer(text: str) -> str | None:
    return text if is_body_name(text) and len(text) <= 30 else None


def analyse(lines: list[str], body_span: tuple[int, int] | None = None,
            preferred_titles: list[str] | None = None) -> Layout:
    """Split reader lines into header parts and body line indices."""
    preferred_titles = [title for title in (preferred_titles or []) if title]
    keep = [index for index, chrome in enumerate(_chrome_flags(lines, body_span)) if not chrome]
    if body_span:
        header = [index for index in keep if index < body_span[0]]
        zone = header[-_HTML_HEADER_LINES:]
    else:
        header = keep
        zone_end = next((position for position, index in enumerate(keep) if _ends_header_zone(lines[index])),
                        len(keep))
        zone = keep[:zone_end]
    facts = {index: _remembered_header_facts(lines[index]) for index in zone}
    metadata = [index for index in zone if facts[index].metadata]
    values = _value_lines(lines, zone, facts)
    metadata = sorted({*metadata, *values.values()})
    date_sources = [(index, facts[index].date_source) for index in zone if facts[index].date_source]
    titles = [index for index in zone if facts[index].title_candidate]
    bylines = [index for index, _ in date_sources] + metadata
    above_byline = [lines[index - 1] for index in bylines if index - 1 in titles]
    title = _pick_title([lines[index] for index in titles], preferred_titles + above_byline[:1],
                        closest=body_span is not None)
    title = _whole_headline(lines, zone, title)
    if body_span:
        body = [index for index in keep if body_span[0] < index < body_span[1]]
        outside = [index for index in keep if index >= body_span[1]][:_HTML_HEADER_LINES]
        metadata += [index for index in outside if _remembered_header_facts(lines[index]).metadata]
    else:
        markers = metadata + [index for index, _ in date_sources] + titles
        start = max(markers) + 1 if markers else 0
        body = [index for index in keep if index >= start]
    if title is None:
        title = _headline_above_dateline(lines, zone, [index for index, _ in date_sources],
                                         "".join(lines[index] for index in body[:3])[:300])
    body = _trim_body(lines, body, title)
    date_source = None
    if date_sources:
        match = date_sources[0][1]
        date_source = (parse_date(match.group("date")), match.group("source"))
    in_body = set(body)
    value_of = {value: label for label, value in values.items()}
    metadata_lines = [f"{lines[index]} {lines[values[index]]}" if index in values else lines[index]
                      for index in metadata if index not in value_of]
    return Layout(title, [lines[index] for index in header if index not in in_body],
                  metadata_lines, date_source, body, find_signature(lines, body))


def _value_lines(lines: list[str], zone: list[int], facts: dict) -> dict[int, int]:
    """Label-only metadata line → the line after it that holds its value (label and value in
    separate elements, or a label line followed by a value line in reader text). A value is a
    short line that is neither a label, a title nor a sentence."""
    values = {}
    for position, index in enumerate(zone[:-1]):
        following = zone[position + 1]
        value = lines[following]
        if (facts[index].metadata and not facts[following].metadata and label_without_value(lines[index])
                and len(value) <= 60 and not facts[following].title_candidate and "。" not in value):
            values[index] = following
    return values


class _HeaderFacts(NamedTuple):
    metadata: bool
    date_source: re.Match | None  # only on lines that are not metadata lines
    title_candidate: bool


def _header_facts(line: str) -> _HeaderFacts:
    metadata = is_metadata_line(line)
    if metadata:
        return _HeaderFacts(True, None, False)
    return _HeaderFacts(False, _DATE_SOURCE.match(line), _is_title_candidate(line))


# Menus, metadata labels and footers repeat on every page of a site, so the facts of header
# and footer lines are remembered (a bounded cache: memory stays flat); body lines are not.
_remembered_header_facts = functools.lru_cache(maxsize=_REMEMBERED_LINES)(_header_facts)
_remembered_chrome = functools.lru_cache(maxsize=_REMEMBERED_LINES)(is_chrome_line)


def _chrome_flags(lines: list[str], body_span: tuple[int, int] | None) -> list[bool]:
    """is_chrome_line of every line, remembered outside the body: around an HTML body container,
    or in plain text up to the first sentence-like line (where the header zone ends)."""
    if body_span:
        start, end = body_span
        return ([_remembered_chrome(line) for line in lines[:start + 1]]
                + [is_chrome_line(line) for line in lines[start + 1:end]]
                + [_remembered_chrome(line) for line in lines[end:]])
    flags, in_header = [], True
    for line in lines:
        chrome = _remembered_chrome(line) if in_header else is_chrome_line(line)
        flags.append(chrome)
        in_header = in_header and (chrome or not _ends_header_zone(line))
    return flags


def _trim_body(lines: list[str], body: list[int], title: str | None) -> list[int]:
    """The body without a repeated title and teasers in front and 附件: labels at the end (no
    copying per dropped line: a page of a million repeated paragraphs stays linear)."""
    start, end = 0, len(body)
    while start < end and title and lines[body[start]] == title:
        start += 1
    while start < end and _is_excerpt(lines[body[start]], (lines[body[after]] for after in range(start + 1, end))):
        start += 1
    while start < end and _ATTACHMENT_LABEL.match(lines[body[end - 1]]):
        end -= 1
    return body[start:end]
