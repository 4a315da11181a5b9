"""Searches started near a hint: the same matches as a plain search, without trying every position.

A pattern that opens with a lazy run of Chinese characters (the actor of a sentence: 市民政局…) is
tried at every position of the text, and each try runs that run out to its full reach before it
fails, so a search of a sentence that holds no match costs its length times the reach. Every match
of such a pattern holds a literal (its verb, its session) a bounded number of characters after its
start. A hint pattern finds the first of those (one quick scan); the search then starts `reach`
characters before it, or is not run at all. A hint must match wherever the pattern's literal can
stand (it may match more), and `reach` must be at least the longest distance from a match's start
to its hint: then no match is missed and the first match is the same.
"""

import re


def search_near(pattern: re.Pattern, hint: re.Pattern, text: str, reach: int) -> re.Match | None:
    """pattern.search(text), skipping what cannot hold a match."""
    first = hint.search(text)
    return pattern.search(text, max(0, first.start() - reach)) if first else None


def finditer_near(pattern: re.Pattern, hint: re.Pattern, text: str, reach: int):
    """pattern.finditer(text), skipping what cannot hold a match."""
    first = hint.search(text)
    return pattern.finditer(text, max(0, first.start() - reach)) if first else iter(())
