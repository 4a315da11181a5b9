"""Items a page cites: 第21-168号《关于…的建议》 with proposers and outcome, or titled 《关于…的提案》."""

import re
from collections.abc import Iterator

_NUMBERED = re.compile(r"第\s*(?P<number>\d{1,4}(?:\s*[-—]\s*\d{1,5})?)\s*号\s*《(?P<title>[^》]{4,120})》")
_TITLED = re.compile(r"《(?P<book>关于[^》]{2,120}?(?:建议案|建议|提案|议案))》|“(?P<quote>关于[^”“]{2,120}?(?:建议案|建议|提案|议案))”")
_PROPOSERS = re.compile(r"^(?P<names>[\u4e00-\u9fff]{2,4}(?:[、,和][\u4e00-\u9fff]{2,4})*)(?P<role>委员|代表)")
_PROPOSER_BEFORE = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)(?P<role>委员|代表)提出的$")
_NAME_SPLIT = re.compile(r"[、,和]")
_TITLE_KINDS = (("建议案", "cppcc_motion"), ("议案", "npc_motion"), ("提案", "cppcc_proposal"))
_ROLE_KINDS = {"委员": "cppcc_proposal", "代表": "npc_suggestion"}
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第\s*\d)")


def _kind(title: str, role: str | None, default: str | None) -> str | None:
    for ending, kind in _TITLE_KINDS:
        if title.endswith(ending):
            return kind
    if role:
        return _ROLE_KINDS[role]
    return default


def _outcome(section: str) -> str | None:
    if "部分采纳" in section:
        return "部分采纳"
    if "全部采纳" in section:
        return "全部采纳"
    return None


def _proposers(names: str) -> list[str]:
    return [name for name in _NAME_SPLIT.split(names) if name]


def _section(paragraphs: list[str], start: int) -> list[str]:
    """The paragraphs after an item heading, up to the next heading."""
    section = []
    for paragraph in paragraphs[start + 1:]:
        if _HEADING.match(paragraph):
            break
        section.append(paragraph)
    return section


def extract_items(paragraphs: list[str], default_kind: str | None = None) -> list[dict]:
    """Numbered items (with proposers and outcome from their section) and other titled items.

    `default_kind` is the document's only kind, if it counts just one (a 人大建议 report), used
    for items whose title and proposers do not say.
    """
    items: dict[str, dict] = {}
    for index, paragraph in enumerate(paragraphs):
        for match in _NUMBERED.finditer(paragraph) if "《" in paragraph else ():  # every numbered item has its 《title》
            title = match.group("title")
            role, proposers, outcome = None, [], None
            if _HEADING.match(paragraph) or paragraph.startswith(match.group()):
                section = _section(paragraphs, index)
                found = _PROPOSERS.match(section[0]) if section else None
                if found:
                    role, proposers = found.group("role"), _proposers(found.group("names"))
                outcome = _outcome("".join(section))
            number = re.sub(r"\s|—", lambda m: "-" if m.group() == "—" else "", match.group("number"))
            items[title] = {"number": number, "title": title, "kind": _kind(title, role, default_kind),
                            "proposers": proposers, "outcome": outcome}
    text = "\n".join(paragraphs)
    for match in _titled(text):
        title = match.group("book") or match.group("quote")
        if title in items:
            continue
        found = _proposer_before(text, match.start())
        role = found.group("role") if found else None
        items[title] = {"number": None, "title": title, "kind": _kind(title, role, default_kind),
                        "proposers": _proposers(found.group("names")) if found else [], "outcome": None}
    _add_inline_proposers(items, text)
    return list(items.values())


def _titled(text: str) -> Iterator[re.Match]:
    """_TITLED.finditer(text), tried only where 关于 follows a 《 or “ (every match opens so): str.find skips the
    text between far faster than re's scan for 《 and “."""
    start = 1
    while (about := text.find("关于", start)) != -1:
        match = _TITLED.match(text, about - 1)
        if match:
            yield match
        start = match.end() + 1 if match else about + 1


def _proposer_before(text: str, position: int) -> re.Match | None:
    """The proposers named right before a title (诸海霞代表提出的“关于…”), if any."""
    before = _before(text, position)
    return _PROPOSER_BEFORE.search(before) if "提出的" in before else None  # in every match: most need no search


def _before(text: str, position: int) -> str:
    """The 30 characters before a title, with 针对 cut so 针对诸海霞代表 gives 诸海霞."""
    return text[max(0, position - 30):position].replace("针对", ",")


def _add_inline_proposers(items: dict, text: str) -> None:
    """诸海霞代表提出的“关于…的建议” names the proposer of an item cited elsewhere."""
    for title, item in items.items():
        if item["proposers"]:
            continue
        for quote in ("“", "《"):
            position = text.find(quote + title)
            while position != -1:
                found = _proposer_before(text, position)
                if found:
                    item["proposers"] = _proposers(found.group("names"))
                    item["kind"] = _kind(title, found.group("role"), item["kind"])
                    break
                position = text.find(quote + title, position + 1)
