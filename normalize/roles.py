"""Lead and joint counts of a document about one kind of item only (docs/labelling.md, Decisions).

A bureau that handled proposals only writes 提案7件,其中主办3件,协办4件: the roles are stated inside
that one kind, and since the kind is all the document covers they are the whole document's lead and
joint. With two kinds, role counts inside one kind stay breakdowns. 均为主办件 / 全部为…主办 after a
count makes that count the lead figure.
"""

import re

from normalize.counts import in_the_cppccs_items_word

KIND_KEYS = ("npc_suggestions", "npc_motions", "cppcc_proposals", "cppcc_motions")
# a count of the other kind that the extraction may have left out (建议8件, 12件提案, 人大建议案2篇: counted in 篇 or 条
# too); only whether there is one is asked, so 12件 is read from its unit back (a literal class: re skips ahead to it)
_OTHER_KIND_COUNT = {
    "npc": re.compile(r"(?:建议|议案)[^。;,,]{0,6}?\d+[件篇条]|[件篇条](?<=\d[件篇条])[^。;,,]{0,4}?(?:建议|议案)"),
    "cppcc": re.compile(r"提案[^。;,,]{0,6}?\d+[件篇条]|[件篇条](?<=\d[件篇条])[^。;,,]{0,4}?提案"),
}
# words in every _OTHER_KIND_COUNT match of a side: a text without them needs no scan (most name one side only)
_OTHER_KIND_WORDS = {"npc": ("建议", "议案"), "cppcc": ("提案",)}
_ALL_LEAD = re.compile(r"均为主办|全部为[^。,;,]{0,12}主办|都是主办|均由[^。,;,]{0,12}主办")


def _side(kind: str) -> str:
    return "npc" if kind.startswith("npc") else "cppcc"


def _only_kind(counts: dict, breakdown: list[dict], text: str) -> str | None:
    kinds = {key for key in KIND_KEYS if counts.get(key) is not None}
    kinds |= {row["kind"] for row in breakdown if row["kind"] in KIND_KEYS}
    if len(kinds) != 1:
        return None
    kind = next(iter(kinds))
    other = "cppcc" if _side(kind) == "npc" else "npc"
    if counts.get(kind) is None or _other_kind_counted(other, text):
        return None
    return kind


def _other_kind_counted(side: str, text: str) -> bool:
    """(建议 in 政协建议提案 is no congress item: counts.in_the_cppccs_items_word.)"""
    return any(word in text for word in _OTHER_KIND_WORDS[side]) and any(
        side == "cppcc" or not in_the_cppccs_items_word(text, match.start()) for match in _OTHER_KIND_COUNT[side].finditer(text))


def _single_row(breakdown: list[dict], kind: str, role: str) -> dict | None:
    rows = [row for row in breakdown if row["kind"] == kind and row["role"] == role]
    return rows[0] if len(rows) == 1 else None


def one_kind_roles(counts: dict, breakdown: list[dict], evidence: dict, text: str) -> list[str]:
    """Fill lead/joint from the role rows of the document's only kind; returns warnings."""
    if counts.get("lead") is not None or counts.get("joint") is not None:
        return []
    every_item_lead = _all_lead(counts, evidence, text)
    kind = _only_kind(counts, breakdown, text)
    if every_item_lead or kind is None:
        return every_item_lead
    lead, joint = _single_row(breakdown, kind, "lead"), _single_row(breakdown, kind, "joint")
    if lead is None and joint is None:
        return []
    if sum(row["value"] for row in (lead, joint) if row) > counts[kind]:
        return [f"roles_exceed_kind_count:{kind}"]
    for key, row in (("lead", lead), ("joint", joint)):
        if row:
            counts[key] = row["value"]
            evidence[f"counts.{key}"] = row["evidence"]
    return [f"lead_joint_of_the_only_kind:{kind}"]


def _all_lead(counts: dict, evidence: dict, text: str) -> list[str]:
    """提案3件,均为主办件; 共26件,…全部为卫生健康局主办: every item of the count is a lead item.
    Only the total, or the count of a document's only kind, qualifies."""
    kinds = [key for key in KIND_KEYS if counts.get(key) is not None]
    candidates = ["total"] if counts.get("total") is not None else kinds if len(kinds) == 1 else []
    if not candidates or not _ALL_LEAD.search(text):
        return []
    for key in candidates:
        statement = re.search(rf"(?<!\d){counts[key]}件[^。;]{{0,40}}?(?:{_ALL_LEAD.pattern})", text)
        if statement:
            counts["lead"] = counts[key]
            evidence["counts.lead"] = statement.group()
            return [f"lead_is_every_item:{key}"]
    return []
