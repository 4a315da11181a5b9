"""A headline as the page prints it: the rules read simplified lines without a repost's pinyin
glosses, while the title is kept in the page's own script with its glosses (docs/labelling.md:
政協(xié)召開 stays as printed). Maps a piece of a read line back to the printed line."""

import unicodedata

from normalize.text import PINYIN_GLOSS, after_han, to_simplified

_SEARCHED_LINES = 400  # a headline sits in the page's first lines
_SKIPPED_LINES = 3


def _read_positions(original: str) -> tuple[str, list[int]] | None:
    """The line as the rules read it and, for each of its characters, its place in the printed
    line; None when the conversion does not keep one character for one."""
    converted = to_simplified(original)
    if len(converted) != len(original):
        return None
    glossed: set[int] = set()
    for gloss in PINYIN_GLOSS.finditer(converted):
        if after_han(converted, gloss.start()):
            glossed.update(range(gloss.start(), gloss.end()))
    read, places = [], []
    for place, character in enumerate(converted):
        if place in glossed:
            continue
        normal = unicodedata.normalize("NFKC", character)
        if len(normal) != 1:
            return None
        read.append(normal)
        places.append(place)
    return "".join(read), places


def _printed_piece(original: str, places: list[int], start: int, end: int) -> str:
    """original's text for read characters start..end, a gloss after the last one included."""
    stop = places[end] if end < len(places) else len(original)
    if end < len(places):
        return original[places[start]:stop]
    return original[places[start]:].rstrip()


def printed_title(title: str, read_lines: list[str], original_lines: list[str]) -> str | None:
    """The title in the printed lines: inside one line, or over lines that follow each other (a
    headline and its subtitle joined, maybe a dateline between them; the last piece maybe a line's
    start); None when it cannot be traced."""
    searched = original_lines[:_SEARCHED_LINES]
    readable = _Readable(searched)
    openings = (first for first, line in enumerate(read_lines[:len(searched)]) if _may_open(line, title))
    return next((traced for first in openings if (traced := _trace(title, readable, first))), None)


def _may_open(line: str, title: str) -> bool:
    """A read line the title is in or starts with the end of (a quick test before tracing)."""
    return bool(line) and (title in line or title[:1] in line[:4] and _suffix_start(line, title) is not None)


class _Readable:
    """(printed line, its read positions) per line, worked out only for the lines a trace visits."""

    def __init__(self, originals: list[str]):
        self.found: dict[int, tuple[str, list[int]] | None]
        self.originals, self.found = originals, {}

    def __len__(self) -> int:
        return len(self.originals)

    def __getitem__(self, line: int) -> tuple[str, tuple[str, list[int]] | None]:
        if line not in self.found:
            self.found[line] = _read_positions(self.originals[line])
        return self.originals[line], self.found[line]


def _trace(title: str, readable: "_Readable", first: int) -> str | None:
    printed: list[str]
    rest, printed, line, skipped = title, [], first, 0
    while rest and line < len(readable):
        original, found = readable[line]
        line += 1
        if not found or not found[0]:
            continue
        read, places = found
        if not printed:
            start: int | None
            start = read.find(rest)
            if start >= 0:  # the whole title inside one line
                return _printed_piece(original, places, start, start + len(rest))
            start = _suffix_start(read, rest)
            if start is None:
                return None
        elif rest.startswith(read):
            start = 0
        elif " " in read and rest.startswith(unspaced := read.replace(" ", "")):  # 答 复: a word spaced out on its line
            printed.append(_printed_piece(original, places, 0, len(read)))
            rest = rest[len(unspaced):]
            continue
        elif read.startswith(rest):
            printed.append(_printed_piece(original, places, 0, len(rest)))
            return "".join(printed)
        elif skipped < _SKIPPED_LINES:  # a dateline or a photo's caption between headline and subtitle
            skipped += 1
            continue
        else:
            return None
        printed.append(_printed_piece(original, places, start, len(read)))
        rest = rest[len(read) - start:]
        if rest.startswith(" "):  # two lines joined with a space (让代表委员满意 让人民群众受益)
            printed.append(" ")
            rest = rest.lstrip(" ")
    return "".join(printed) if printed and not rest else None


def _suffix_start(read: str, title: str) -> int | None:
    """Where the line's end that opens the title starts (a lost character or a tag before it)."""
    for start in range(min(len(read), 4)):
        if len(read) - start >= 2 and title.startswith(read[start:]):
            return start
    return None
