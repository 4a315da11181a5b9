"""Lines hard-wrapped at a fixed width joined back into the lines their text had.

Some copies keep a document's text broken every N columns whatever the sentence: a crawler's CSV, a
公文 template site's plain text (c1d2989ea003, 5bb450ecbc81: …代表建议共9件 / ,省政协…提案共8件,…共 / 计19件). The
rules read a line as a unit (a headline, a metadata line, a sentence's clause), so a count broken over two
lines (共 / 计19件) is read wrong or not at all; bench/metamorphic.py's wrapped_lines family measured it
(before this module, figures moved on 147 of 311 dev pages, 41 of them to a wrong or spurious figure).

A page is taken as hard-wrapped only when most of its long lines end within a few columns of one width
(display columns: a Han character takes two); then a line of that width that does not end a sentence
is joined to the next, provided it sits in a run of such lines or the next line ends the paragraph, so a
lone headline of about that width stays a line of its own.
"""

from __future__ import annotations

import bisect
import re

_LONG = 40  # display columns: shorter lines (headings, menus, dates) never decide the width
_BAND = 8  # a wrapped line ends within this many columns of the width (punctuation, digits, no break before ，)
_WIDEST_WRAP = 200
_FEWEST_WRAPPED = 6
_SHARE_WRAPPED = 0.5
_SENTENCE_END = ("。", "!", "?", ";", ":", "!", "?", ";", ":", "”", "」", "》", ")", ")")
# a page whose lines that may be long (of _LONG // 2 characters or more: a Han character is two columns) but are no
# wider than a wrap are fewer than _SHARE_OF_NARROW of the share wrap_width needs is no wrapped page
_SHARE_OF_NARROW = 0.8
_CLAUSE_MARKS = (",", ",", "、", "。")  # a headline has none; a wrapped paragraph's line nearly always one
_HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.]|第[一二三四五六七八九十]+)")


def display_width(line: str) -> int:
    """Columns the line takes, a character outside ASCII counted as two (Han and full-width forms; near enough
    for the rare others, and one pass in C)."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def wrap_width(widths: list[int]) -> int | None:
    """The width the page's long lines are wrapped at, or None when they are not: the lowest edge of the band of
    _BAND columns holding most long lines (a band's lowest best edge is one of the widths)."""
    long = [width for width in widths if width >= _LONG]
    if len(long) < _FEWEST_WRAPPED:
        return None
    wrappable = sorted(width for width in long if width <= _WIDEST_WRAP)
    best, top = 0, None
    for edge in sorted(set(wrappable)):
        within = bisect.bisect_right(wrappable, edge) - bisect.bisect_right(wrappable, edge - _BAND)
        if within > best:
            best, top = within, edge
    return top if best >= _FEWEST_WRAPPED and best >= _SHARE_WRAPPED * len(long) else None


def unwrapped(lines: list[str]) -> list[str]:
    """The lines with each hard-wrapped paragraph joined into one line (unchanged when the page is not wrapped)."""
    long = [line for line in lines if len(line) >= _LONG // 2]  # (a third of the time of a regex over the joined lines)
    narrow = sum(len(line) <= _WIDEST_WRAP // 2 for line in long)
    if narrow < _FEWEST_WRAPPED or narrow < _SHARE_WRAPPED * _SHARE_OF_NARROW * len(long):
        return lines  # most pages: their paragraphs are wider than any wrap
    widths = [display_width(line) if len(line) >= _LONG // 2 else 0 for line in lines]  # a shorter one is never long
    width = wrap_width(widths)
    if width is None:
        return lines
    full = [width - _BAND < line_width <= width and not line.endswith(_SENTENCE_END)
            for line, line_width in zip(lines, widths, strict=True)]
    joined: list[str] = []
    carried = False
    for index, line in enumerate(lines):
        text = joined.pop() + line if carried else line
        joined.append(text)
        carried = full[index] and _continues(lines, full, index)
    return joined


def _continues(lines: list[str], full: list[bool], index: int) -> bool:
    """Whether the next line goes on with this one's paragraph."""
    following = index + 1
    if following >= len(lines) or not lines[following] or _HEADING_START.match(lines[following]):
        return False
    if lines[following].startswith(_CLAUSE_MARKS):  # ,省政协…: a line never opens with a comma of its own
        return True
    in_paragraph = (index > 0 and full[index - 1]) or any(mark in lines[index] for mark in _CLAUSE_MARKS)
    return in_paragraph and (full[following] or lines[following].endswith(_SENTENCE_END))
