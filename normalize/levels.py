"""The level of a whole document's kind count, read from the session its sentence names.

docs/labelling.md (Figures → kinds): when a page speaks of one level only, its count of a kind is the
whole document's figure *and* a breakdown row of that level. The level is often printed only in the
session the items came from: 共承办省人大十三届二次会议代表建议62件 (省), 承办十三届全国人大二次会议代表建议90件
(全国), 全国政协十三届二次会议提案51件. The counts are settled before (counts.py); this only gives their
rows the level, and the role rows of the same sentence (主办10件, 会办49件) the same one.
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


def levelled_rows(counts: dict, evidence: dict, rows: list[dict]) -> list[dict]:
    """The breakdown rows with the session's level on each whole kind count and the role rows beside it."""
    rows = [dict(row) for row in rows]
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
