"""Where things sit on a page: chrome, title, metadata block, body, signature.

Works on reader-text lines (plain-text pages, or HTML rendered by html.py). The header zone is
everything above the first sentence-like line; the body starts after the last title or metadata
line in it. An HTML body container, when found, fixes the body's place instead.
"""

import re
from typing import NamedTuple

from normalize.issuer import is_body_name
from normalize.metadata import find_date_span, is_metadata_line, parse_date
from normalize.text import is_chrome_line

_TITLE_WORDS = re.compile(r"建议|提案|议案|总结|报告|通报|答复|复函|答覆|情况|汇报|说明|通知|公告|办理|意见|函")
_DATE_SOURCE = re.compile(
    r"^(?:发布时间[:：]?\s*)?(?P<date>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*(?:来源[:：]?\s*)?(?P<source>[\u4e00-\u9fff()（）]{2,30})?$"
)
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.])")
_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*[:：]?$")
_HTML_HEADER_LINES = 60  # title and metadata sit right above (or below) the body, menus further out
_COMPACT = re.compile(r"[\s\u3000]+")


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


def _is_title_candidate(line: str) -> bool:
    return (4 <= len(line) <= 100 and not line.endswith(("。", ":", ":")) and not _SECTION_HEADING.match(line)
            and bool(_TITLE_WORDS.search(line)) and not is_metadata_line(line))


def _ends_header_zone(line: str) -> bool:
    return "。" in line or (len(line) >= 60 and ("," in line or len(line) > 100))


def _pick_title(candidates: list[str], preferred: list[str], closest: bool) -> str | None:
    """A preferred title (meta ArticleTitle, <title>) if a line matches it, else the most repeated
    line; ties go to the line nearest the body on HTML pages (menus sit above) and to the first
    line in plain text (the title precedes any teaser)."""
    if not candidates:
        return None
    for hint in preferred:
        for candidate in candidates:
            if hint and (candidate == hint or candidate in hint):
                return candidate
    counts = {candidate: candidates.count(candidate) for candidate in candidates}
    top = max(counts.values())
    tied = [candidate for candidate in candidates if counts[candidate] == top]
    return tied[-1] if closest else tied[0]


def _compact(text: str) -> str:
    return _COMPACT.sub("", text)


def _is_excerpt(line: str, following: list[str]) -> bool:
    """A teaser paragraph that repeats the start of the body (mirrors put one above the text)."""
    head = _compact(line)
    if len(head) < 20:
        return False
    rest = _compact("".join(following))
    return rest.startswith(head.rstrip(".…")[:-2] if len(head) > 40 else head)


def find_signature(lines: list[str], body: list[int]) -> Signature | None:
    """The closing 'body / date' pair in the last lines of the body."""
    window = body[-6:]
    for position in range(len(window) - 1, -1, -1):
        line = lines[window[position]]
        span = find_date_span(line)
        if not span or len(line) > 24 or line[: span[0]].strip() or line[span[1]:].strip():
            continue
        previous = lines[window[position - 1]] if position else ""
        issuer = previous if is_body_name(previous) and len(previous) <= 30 else None
        return Signature(issuer, parse_date(line), line)
    return None


def analyse(lines: list[str], body_span: tuple[int, int] | None = None,
            preferred_titles: list[str] | None = None) -> Layout:
    """Split reader lines into header parts and body line indices."""
    preferred_titles = [title for title in (preferred_titles or []) if title]
    keep = [index for index, line in enumerate(lines) if not is_chrome_line(line)]
    if body_span:
        header = [index for index in keep if index < body_span[0]]
        zone = header[-_HTML_HEADER_LINES:]
    else:
        header = keep
        zone_end = next((position for position, index in enumerate(keep) if _ends_header_zone(lines[index])),
                        len(keep))
        zone = keep[:zone_end]
    metadata = [index for index in zone if is_metadata_line(lines[index])]
    date_sources = [(index, _DATE_SOURCE.match(lines[index])) for index in zone]
    date_sources = [(index, match) for index, match in date_sources if match and index not in metadata]
    titles = [index for index in zone if index not in metadata and _is_title_candidate(lines[index])]
    title = _pick_title([lines[index] for index in titles], preferred_titles, closest=body_span is not None)
    if body_span:
        body = [index for index in keep if body_span[0] < index < body_span[1]]
        outside = [index for index in keep if index >= body_span[1]][:_HTML_HEADER_LINES]
        metadata += [index for index in outside if is_metadata_line(lines[index])]
    else:
        markers = metadata + [index for index, _ in date_sources] + titles
        start = max(markers) + 1 if markers else 0
        body = [index for index in keep if index >= start]
    body = _trim_body(lines, body, title)
    date_source = None
    if date_sources:
        match = date_sources[0][1]
        date_source = (parse_date(match.group("date")), match.group("source"))
    return Layout(title, [lines[index] for index in header if index not in body],
                  [lines[index] for index in metadata], date_source, body, find_signature(lines, body))


def _trim_body(lines: list[str], body: list[int], title: str | None) -> list[int]:
    while body and title and lines[body[0]] == title:
        body = body[1:]
    while body and _is_excerpt(lines[body[0]], [lines[index] for index in body[1:]]):
        body = body[1:]
    while body and _ATTACHMENT_LABEL.match(lines[body[-1]]):
        body = body[:-1]
    return body
