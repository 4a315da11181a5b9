"""Laid-out lines → reading text: margins' headers, footers and page numbers dropped, lines that
the layout broke joined back into paragraphs, compatibility characters folded (NFKC).

Works the same on a PDF's text layer (points) and on OCR boxes (pixels): only proportions of the
page and of the text's own character width are used.
"""

from __future__ import annotations

import re
import statistics
import unicodedata

from readers.reading import Line

MARGIN_SHARE = 0.09
# A line this many characters short of the right edge still ran full: CJK line breaking moves a
# character with the punctuation that may not start a line (件、) to the next line.
FULL_LINE_SLACK = 2.6  # top and bottom bands of a page where running heads and folios live
_PAGE_NUMBER = re.compile(r"^[-—–_~·\s]*(?:第\s*)?[\d一二三四五六七八九十]+\s*(?:页|/\s*\d+\s*页?|of\s*\d+)?[-—–_~·\s]*"
                          r"(?:共\s*\d+\s*页)?$|^(?:page|p\.)\s*\d+(?:\s*(?:/|of)\s*\d+)?$", re.I)
_SENTENCE_END = re.compile(r"[。！？!?]$")
_LATIN_END, _LATIN_START = re.compile(r"[A-Za-z0-9]$"), re.compile(r"^[A-Za-z]")
_DIGITS = re.compile(r"\d+")
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d"
# Spaces next to CJK text are layout (office suites space Latin digits from Han), never content.
_SPACE_BETWEEN_HAN = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}\d%,;:!?()])|(?<=[\d%,;:!?()])\s+(?=[{_CJK}])")


def fold(text: str) -> str:
    """NFKC: Kangxi radicals and compatibility ideographs (⽉ ⼈ 﨑) become the ordinary characters."""
    return unicodedata.normalize("NFKC", text)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _shape(text: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def _margin_lines(page: list[Line], height: float) -> list[Line]:
    band = height * MARGIN_SHARE
    return [line for line in page if line.bottom <= band or line.top >= height - band]


def drop_running_lines(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Remove page numbers and lines repeated in the margins of several pages (running heads, footers)."""
    shapes: dict[str, int] = {}
    for page, height in zip(pages, heights, strict=True):
        for shape in {_shape(line.text) for line in _margin_lines(page, height)}:
            shapes[shape] = shapes.get(shape, 0) + 1
    repeated = {shape for shape, count in shapes.items() if count >= 2}
    kept = []
    for page, height in zip(pages, heights, strict=True):
        margin = {id(line) for line in _margin_lines(page, height)}
        kept.append([line for line in page if id(line) not in margin
                     or not (is_page_number(line.text) or _shape(line.text) in repeated)])
    return kept


def _em(page: list[Line]) -> float:
    """The text's character width: the median advance per character of the longer lines."""
    widths = [(line.right - line.left) / len(line.text) for line in page if len(line.text) >= 10]
    heights = [line.bottom - line.top for line in page if line.bottom > line.top]
    return statistics.median(widths or heights or [10.0])


class Geometry:
    """Where a page's text block starts and ends, in its own em."""

    def __init__(self, page: list[Line]):
        self.em = _em(page)
        self.left = min(line.left for line in page)
        self.right = max(line.right for line in page)

    def full(self, line: Line) -> bool:
        return line.right >= self.right - FULL_LINE_SLACK * self.em and not _SENTENCE_END.search(line.text.strip())

    def indented(self, line: Line) -> bool:
        return line.left > self.left + 1.2 * self.em


def join_lines(page: list[Line]) -> list[str]:
    """Paragraphs: a line that runs to the right edge continues on the next unless that one is indented."""
    if not page:
        return []
    geometry = Geometry(page)
    paragraphs: list[str] = []
    previous: Line | None = None
    for line in page:
        text = line.text.strip()
        if previous is not None and paragraphs and _continues(previous, line, geometry):
            paragraphs[-1] = glue(paragraphs[-1], text)
        else:
            paragraphs.append(text)
        previous = line
    return paragraphs


def glue(left: str, right: str) -> str:
    return left + (" " if _LATIN_END.search(left) and _LATIN_START.search(right) else "") + right


def _continues(previous: Line, line: Line, geometry: Geometry) -> bool:
    close = line.top - previous.bottom < 2 * geometry.em
    return geometry.full(previous) and close and not geometry.indented(line)


def _clean(paragraph: str) -> str:
    return _SPACE_BETWEEN_HAN.sub("", fold(paragraph))


def pages_text(pages: list[list[Line]]) -> list[str]:
    """Each page's paragraphs; a paragraph running over a page break is finished on its first page."""
    texts: list[list[str]] = []
    open_end = False
    for page in pages:
        paragraphs = join_lines(page)
        geometry = Geometry(page) if page else None
        if open_end and paragraphs and texts and texts[-1] and not geometry.indented(page[0]):
            texts[-1][-1] = glue(texts[-1][-1], paragraphs.pop(0))
        texts.append(paragraphs)
        open_end = bool(page) and geometry.full(page[-1])
    return ["\n".join(_clean(p) for p in paragraphs if p.strip()) for paragraphs in texts]


def page_text(page: list[Line]) -> str:
    return pages_text([page])[0]
