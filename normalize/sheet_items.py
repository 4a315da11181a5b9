"""Item lists in spreadsheets (建议提案办理情况一览表) → mentioned_items.

A table is an item list when one of its first rows names at least a title column and one more
known column; each following row with a title becomes an item. Header names vary between
bureaus, so each role has the names seen on such lists.
"""

from __future__ import annotations

import re

_ROLES = (  # role, header names (a header cell matches when it contains one), most specific first
    ("number", ("案号", "建议号", "提案号", "议案号", "编号", "序号")),
    ("title", ("案由", "标题", "题目", "名称", "内容")),
    ("proposers", ("领衔人", "提出人", "提案人", "建议人", "领衔代表", "代表", "委员", "提出者")),
    ("lead_body", ("主办单位", "承办单位", "办理单位", "牵头单位", "主办")),
    ("outcome", ("办理结果", "答复类别", "办理类别", "结果", "类别")),
)
_HEADER_ROWS = 5
_NAME_SPLIT = re.compile(r"[、,，;；\s]+")
_TITLE_KINDS = (("建议案", "cppcc_motion"), ("议案", "npc_motion"), ("提案", "cppcc_proposal"), ("建议", "npc_suggestion"))
_CLASS = re.compile(r"^\s*([ABC])\s*类?")


def _columns(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for role, names in _ROLES:
        index = next((index for name in names for index, cell in enumerate(header)
                      if name in cell and len(cell) <= 12 and index not in columns.values()), None)
        if index is not None:
            columns[role] = index
    return columns


def _header(table: list[list[str]]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(table[:_HEADER_ROWS]):
        columns = _columns(row)
        if "title" in columns and len(columns) >= 2:
            return index, columns
    return None


def _kind(title: str, proposer_header: str) -> str | None:
    for ending, kind in _TITLE_KINDS:
        if title.endswith(ending):
            return kind
    return "cppcc_proposal" if "委员" in proposer_header else "npc_suggestion" if "代表" in proposer_header else None


def _outcome(cell: str) -> str | None:
    for outcome in ("部分采纳", "全部采纳"):
        if outcome in cell:
            return outcome
    match = _CLASS.match(cell)
    return f"{match.group(1)}类" if match else None


def items_from_tables(tables: list[list[list[str]]]) -> list[dict]:
    items = []
    for table in tables:
        found = _header(table)
        if found is None:
            continue
        start, columns = found
        proposer_header = table[start][columns["proposers"]] if "proposers" in columns else ""
        for row in table[start + 1:]:
            cell = {role: (row[index].strip() if index < len(row) else "") for role, index in columns.items()}
            if not cell["title"]:
                continue
            items.append({"number": cell.get("number") or None, "title": cell["title"],
                          "kind": _kind(cell["title"], proposer_header),
                          "proposers": [name for name in _NAME_SPLIT.split(cell.get("proposers", "")) if name],
                          "outcome": _outcome(cell.get("outcome", "")), "lead_body": cell.get("lead_body") or None})
    return items
