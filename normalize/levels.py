"""The level of a whole document's kind count, read from the session its sentence names.

docs/labelling.md (Figures → kinds): when a page speaks of one level only, its count of a kind is the
whole document's figure *and* a breakdown row of that level. The level is often printed only in the
session the items came from: 共承办省人大十三届二次会议代表建议62件 (省), 承办十三届全国人大二次会议代表建议90件
(全国), 全国政协十三届二次会议提案51件. The counts are settled before (counts.py); this only gives their
rows the level, and the role rows of the same sentence (主办10件, 会办49件) the same one. Any other row still without
a level takes the one level its sentence names a house at before the row's figure (市十四届人大一次会议以来,交由市中院
承办的代表建议共计21件,其中主办件9件 → 市); a sentence naming two (省、市人大代表建议) or none gives none.
"""

from __future__ import annotations

import re

from normalize.counts import LEVEL_OF, LEVELS
from normalize.roles import KIND_KEYS

_TERM = r"(?:第?[一二三四五六七八九十]+届)?"
_SESSION_START = "第一二三四五六七八九十" + "".join(sorted({level[0] for level in LEVELS}))  # its term, else its level
_SESSION_THEN_KIND = re.compile(  # (the lookahead: re drops a position no session starts at after one class check)
    rf"(?=[{_SESSION_START}])(?P<session>{_TERM}(?P<level>{'|'.join(LEVELS)}){_TERM}(?:人大|人民代表大会|政协){_TERM}第?[一二三四五六七八九十]+次"
    r"(?:会议|全会|大会)(?:期间|以来|上)?(?:提出|交办|转来|转交)?的?[^,,;;:。\d件、]{0,8}?(?:建议|提案|议案)"
    r"(?:共计|共|为|计|有)?)(?P<value>\d+)件")


# a house named at one level before a row's figure (市十四届人大一次会议以来…其中主办件9件; 区政协委员提出…), or at
# several (省、市人大代表建议: both levels); read back from each house's name over a few characters, so that a long run
# of levels and marks is not read again from every start
_HOUSE = re.compile(r"人大|政协|人民代表大会")
_LEVEL = rf"(?:{'|'.join(LEVELS)})"
_LEVELS_BEFORE_A_HOUSE = re.compile(rf"(?:{_LEVEL}[、和及与])*{_LEVEL}{_TERM}$")
_ONE_LEVEL = re.compile(_LEVEL)


def levelled_rows(counts: dict, evidence: dict, rows: list[dict], sentences: list[str] | tuple = ()) -> list[dict]:
    """The breakdown rows with the session's level on each whole kind count and the role rows beside it; a row
    still without a level takes the one level its sentence names a house at before its figure."""
    rows = [dict(row) for row in rows]
    for row in rows:
        if row["level"] is None and row["evidence"]:
            row["level"] = _level_named_before(row["evidence"], sentences)
    for kind in KIND_KEYS:
        value, sentence = counts.get(kind), evidence.get(f"counts.{kind}") or ""
        # every match names its session's 次: a sentence without one needs no search
        sessions = _SESSION_THEN_KIND.finditer(sentence) if value is not None and "次" in sentence else ()
        match = next((found for found in sessions if int(found.group("value")) == value), None)
        if match is None:
            continue
        assert value is not None  # a match comes only from the sessions searched when value is not None
        level = LEVEL_OF.get(match.group("level"), match.group("level"))
        _give_level(rows, kind, level, value, sentence, match.group(0).lstrip("的"))
    return rows


def _give_level(rows: list[dict], kind: str, level: str, value: int, sentence: str, quote: str) -> None:
    own = next((row for row in rows if (row["kind"], row["role"], row["value"]) == (kind, None, value)
                and row["level"] in (None, level)), None)
    if own is None:
        rows.append({"level": level, "kind": kind, "role": None, "value": value, "evidence": quote})
    else:
        own["level"] = level
    for row in rows:
        if row["kind"] == kind and row["role"] and row["level"] is None and row["evidence"] in sentence:
            row["level"] = level


def _level_named_before(quote: str, sentences) -> str | None:
    sentence = next((sentence for sentence in sentences if quote in sentence), "")
    named = {LEVEL_OF.get(level, level) for house in _HOUSE.finditer(sentence, 0, sentence.find(quote) + len(quote))
             for level in _levels_before(sentence, house.start())}
    return named.pop() if len(named) == 1 else None


def _levels_before(sentence: str, house: int) -> list[str]:
    levels = _LEVELS_BEFORE_A_HOUSE.search(sentence, max(0, house - 24), house)
    return _ONE_LEVEL.findall(levels.group()) if levels else []
