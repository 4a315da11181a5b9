"""The issuing body's name, last step: an official name or nothing (docs/labelling.md, issuing_body).

Whatever path found the issuer, its name is read once more as a name of a body:
- a clause is not a name: a headline cut after its subject (菏泽市政协召开常委会专题协商协调会) keeps the
  subject when that is a body's name (政协菏泽市委员会), else nothing;
- a name ends with a body's head word (局, 委员会, 政府 …), and a name ending in 会 names a committee or
  a house (委员会, 常委会, 人民代表大会, 联合会), not a meeting (协调会, 座谈会);
- places followed by a bare head character (北京市大兴区部) name no body;
- a name without any place (农业农村局), other than a national, a party or a park's body, is completed with the
  document's jurisdiction when that is one known place, else dropped (the conventions want the full name);
- a colloquial house name (X政协, X人大常委会, X人大) and a standard short name (住建局, 科技部) are
  written in their official forms (issuer.resolve_full); a short name the labels keep as printed
  (卫生计生局, 9f0278f5f812) stays.
A name dropped leaves a warning naming it. Names are simplified here; the page's script is restored after.
"""

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from normalize import gazetteer
from normalize.issuer import is_body_name, is_park_body, is_relative, place_hint, resolve_full, resolve_issuer

# words of a clause, never of a body's name: what a body does, or a headline's grammar
# (…第二十九次会议在区行政中心: a meeting and its venue, no name)
_CLAUSE = re.compile(r"召开|举行|举办|关于|的|开展|视察|听取|审议|获悉|通报|表决|座谈|部署|出席|参加|莅临|启动|走访|会议在"
                     r"|书记(?!处)")  # …市委副书记贾宏宇和市政协: a person and a body, no name (881e0d054ca4)
# a name is written in Chinese characters: a date, a number or a sign is not part of it
_NOT_OF_A_NAME = re.compile(r"[^\u4e00-\u9fff()（）]|丨")  # 丨: a series' separator, a CJK character
# a word that points instead of naming (我局, 本委, 该局, 各部门, 全县), unless a place begins so (贵州省, 本溪市)
_POINTING = re.compile(r"^(?:我|本|该|贵|各|此|其|全(?!国))")
# a name ending in 会 is a committee, a house or an association; any other 会 is a meeting (协调会, 交办会)
_COMMITTEE_OR_ASSOCIATION = re.compile(r"(?:委员|委|代表大|联合|协|学|(?<!协)商|总|理事|促进|建国|基金|工|红十字)会$")
# bodies named without a place: national organs (中央人民政府驻澳门特别行政区联络办公室: 4c5ddd71c3d7; 政协全国委员会主席会议:
# e632c77978f2), party committees
# (中共海口市委办公室), democratic parties, national people's organisations (中华全国归国华侨联合会: fae55ba69d4f)
_NATIONAL_OR_PARTY = re.compile(r"^(?:国家|中国|中华人民共和国|中华全国|全国|政协全国委员会|国务院|最高人民|中央|中共|九三学社"
                                r"|台湾民主自治同盟)")
# a place the gazetteer does not hold (澂江县公安局交警大队, 西安灞河新区开发建设管理委员会): a level word after a name
_UNLISTED_PLACE = re.compile(r"^(?!城市)[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|州|旗|盟|科学城)")  # (合肥滨湖科学城: a zone)
# a house's colloquial names: X人大 acting between sessions is its standing committee (来源:安化县人大),
# X政协委员会 is the CPPCC itself
_HOUSE_COLLOQUIAL = ((re.compile(r"(?<=.)(?<!全国)(?<![镇乡])人大$"), "人大常委会"), (re.compile(r"(?<=.)政协委员会$"), "政协"),
                     # a town's congress has no standing committee: 盘湾镇人大 is the congress itself (f22db09fd7bc)
                     (re.compile(r"(?<=[镇乡])人大$"), "人民代表大会"),
                     # 上海市人大常委举行…督办: the standing committee under its short name without 会 (bcaba5445e85)
                     (re.compile(r"(?<=.)人大常委$"), "人大常委会"),
                     # a congress's special committee under its house's short name, the committee printed in full
                     # (自治区人大教育科学文化卫生委员会 → …人民代表大会教育科学文化卫生委员会: 43df5b5cc440)
                     (re.compile(r"(?<=.)人大(?=(?!常)(?![一二三四五六七八九十]+次)[\u4e00-\u9fff]{2,12}委员会$)"), "人民代表大会"))


class BodyName(NamedTuple):
    name: str | None
    warnings: tuple[str, ...] = ()


@functools.lru_cache(maxsize=4096)
def settled_body_name(name: str | None, jurisdiction: str | None) -> BodyName:
    """The issuer's name in an official form, or None with a warning when it is not a body's name (a pure
    function of its two strings, remembered: the same bodies recur page after page)."""
    if not name:
        return BodyName(name)
    clause = _CLAUSE.search(name)
    if clause:
        subject = _official(name[:clause.start()], jurisdiction) if clause.start() else None
        return BodyName(subject, (f"issuing_body_clause_cut:{name}",) if subject else (f"issuing_body_not_a_name:{name}",))
    official = _official(name, jurisdiction)
    if official is None:
        return BodyName(None, (f"issuing_body_not_a_name:{name}",))
    return BodyName(official, () if official == name else (f"issuing_body_official_form:{name}",))


def _official(name: str, jurisdiction: str | None) -> str | None:
    for colloquial, official in _HOUSE_COLLOQUIAL:
        name = colloquial.sub(official, name)
    if _NOT_OF_A_NAME.search(name) or _a_meeting(name) or _bare_head(name) or _pointing(name) or _MEMBERS_TITLE.search(name) \
            or _BARE_DIVISION.fullmatch(name):
        return None
    party = _party_committee_in_full(name)
    if party:
        return party
    if _DELEGATION.search(name):
        return name  # 十四届全国人大二次会议吉林代表团: a province's delegation, named with its session (point 131)
    if _COMPANY.search(name) and is_body_name(name):
        return name  # 仪征城发集团, 国网上海嘉定供电公司: a company keeps its registered name, no place put before it
    resolved = resolve_full(name, place_hint(jurisdiction))
    if not is_body_name(resolved.name) or _bare_head(resolved.name):  # 济宁中心 → 济宁市中心: no body either
        return None
    if resolved.jurisdiction or _NATIONAL_OR_PARTY.match(name) or _UNLISTED_PLACE.match(name) or is_park_body(name):
        return resolved.name
    return _at_its_place(name, jurisdiction)


_COMPANY = re.compile(r"(?:集团|公司)$")
# a member's title, no body: 全国政协常委宋纪蓉提案建议… (40f1ffc95cc8)
_MEMBERS_TITLE = re.compile(r"政协常委$")
_DELEGATION = re.compile(r"(?:全国人大|全国人民代表大会)[^,,。]{0,8}?(?:会议)?[\u4e00-\u9fff]{2,8}代表团$")


def _pointing(name: str) -> bool:
    return bool(_POINTING.match(name)) and not gazetteer.leading_places(name)


def _a_meeting(name: str) -> bool:
    return name.endswith("会") and not _COMMITTEE_OR_ASSOCIATION.search(name)


def _party_committee_in_full(name: str) -> str | None:
    """A place's Party committee by its short name (丹阳市委, 广东省委) in its full form (中共丹阳市委员会), as the
    houses' short names are written in theirs; its offices and departments (市委宣传部, 市委办公室) keep their names."""
    if not name.endswith("委") or len(name) > 14:
        return None
    chain, length = gazetteer.leading_places_and_length(name)
    if not chain or name[length:] != "委" or not name[:length].endswith(_PLACE_LEVEL_ENDINGS):
        return None
    return f"中共{name[:length]}委员会"


_PLACE_LEVEL_ENDINGS = ("省", "市", "县", "区", "州", "旗", "盟")


# a body's division named alone (发布机构: 综合处; 快递管理处): whose division is not said, and no place makes it a body
# (not a street's 办事处, a body of its own)
_BARE_DIVISION = re.compile(r"(?![省市县区州旗])[\u4e00-\u9fff]{2,6}(?<!办事)(?<!辦事)(?:处|處|科|股)")


def _bare_head(name: str) -> bool:
    """Places followed by one head character (北京市大兴区部) or by a word for a part of them (济宁中心): no body is
    named (市委, a party committee's short name, is one)."""
    chain, length = gazetteer.leading_places_and_length(name)
    return bool(chain) and (len(name) - length <= 1 and not name.endswith("委") or name[length:] in _PLACE_WORDS)


# a place's own parts, no body (加强智慧停车管理 济宁中心城区…: f0746df7912e)
_PLACE_WORDS = frozenset({"中心"})


def _at_its_place(name: str, jurisdiction: str | None) -> str | None:
    """A body named without its place (农业农村局) at the document's one known place, else None."""
    place = place_hint(jurisdiction)
    if place is None or len(name) < 3 or _UNNAMED_HEAD.match(name):  # 分局, 县局, 厅办公室: no bureau is named
        return None
    if is_relative(name):  # 市政协, 县农业农村局: the level word stands for the place
        return resolve_issuer(name, "", place).name
    return resolve_full(place.name + name, place).name


# a department's office under the department's head word alone (发布机构: 厅办公室 over a 甘肃 letter: aa5e5ba521c2):
# which 厅 is not said, and 甘肃省厅办公室 is no body's name
_UNNAMED_HEAD = re.compile(r"^(?:[厅局委部办](?:办公室|机关|党组)|办公室$)")
# short forms with several official expansions, each place choosing its own (docs/labelling.md, point 87): written
# in full only as the page itself prints the body's name
_SEVERAL_EXPANSIONS = {
    "教体局": ("教育体育局", "教育和体育局"),
    "城管执法局": ("城市管理执法局", "城市管理行政执法局", "城市管理综合执法局"),
    "城管局": ("城市管理局", "城市管理综合执法局", "城市管理行政执法局", "城市管理和综合执法局"),
    "文旅局": ("文化和旅游局", "文化旅游局", "文化广电和旅游局", "文化广电旅游局", "文化体育和旅游局"),
}


def expanded_as_printed(name: str | None, text: str) -> str | None:
    """A body named by a short form of several official expansions (盐池县教体局), in full where the page prints
    one of them and no other (盐池县教育体育局), else as printed."""
    for short, expansions in _SEVERAL_EXPANSIONS.items():
        if name and name.endswith(short):
            printed = [expansion for expansion in expansions if expansion in text]
            return name[:-len(short)] + printed[0] if len(printed) == 1 else name
    return _printed_in_full(name, text) or name


_LEVEL_WORDS = frozenset("省市县区州旗盟")
_MOST_LEFT_OUT = 2  # characters a short form leaves out between two it keeps
_HELD = re.compile(r"召开|举行|召集")  # …第三次会议召开议案审查委员会会议: an event between a session and its organ, no name
_SHORTEST_SHORTENED = 5  # 公安部交管局; a shorter name has no room for an abbreviated part
# the site's owner in its footer (主办单位:常州市交通运输局) is named as it is now, not as the page names its author
# (常州市交通局 signing in 2008: 47f63ae40cd2)
_SITE_OWNER = re.compile(r"(?:主办单位|主办|版权所有)\s*[:：]\s*$")  # not 承办单位: a reply's handler, its author
# a printed form that goes on into a longer word is no name (交通运输主管部门 is no 交通运输部 in full: be3e5cff3a64)
_WORD_GOES_ON = frozenset("门分长")


def _committee_in_full(printed: str, text: str, end: int) -> str:
    """A short form's 委 printed in full goes on as 委员会 (岳阳市农委: 岳阳市农业委员会, 8e2608518597)."""
    return printed + "员会" if printed.endswith("委") and text.startswith("员会", end) else printed


def _may_be_left_out(character: str) -> bool:
    """A character a short form leaves out: a Chinese one, not a place's level word (沂南分局 is no 沂南县分局)."""
    return "\u4e00" <= character <= "\u9fff" and character not in _LEVEL_WORDS


def _spread_end(text: str, position: int, rest: str) -> int | None:
    """Where rest ends when it is printed from position on with up to two characters left out before each of its
    characters (the fewest first), or None."""
    if not rest:
        return position
    for left_out in range(_MOST_LEFT_OUT + 1):
        at = position + left_out
        if at >= len(text) or left_out and not _may_be_left_out(text[at - 1]):
            return None
        if text[at] == rest[0]:
            end = _spread_end(text, at + 1, rest[1:])
            if end is not None:
                return end
    return None


def _printed_spread(name: str, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each form of the name printed with characters between its own after the first three
    (公安部交管局 in 公安部交通管理局), left to right and not overlapping. A scan, not a regex per name: compiling
    a pattern for every page's issuer took more time than normalizing the page."""
    prefix, rest = name[:3], name[3:]
    position = text.find(prefix)
    while position >= 0:
        end = _spread_end(text, position + len(prefix), rest)
        if end is None:
            position = text.find(prefix, position + 1)
        else:
            yield position, end
            position = text.find(prefix, end)


def _printed_in_full(name: str | None, text: str) -> str | None:
    """A short name the page also prints in full (公安部交管局 beside 公安部交通管理局: a2511ff9aee4): the full
    form, as point 87 writes a body printed in both forms; only when the page prints one such form."""
    if not name or len(name) < _SHORTEST_SHORTENED or name.startswith("政协"):
        return None
    printed = {_committee_in_full(text[start:end], text, end) for start, end in _printed_spread(name, text)
               if not _HELD.search(text[start:end]) and text[end:end + 1] not in _WORD_GOES_ON
               and not _SITE_OWNER.search(text, max(0, start - 8), start)} - {name}
    if len(printed) != 1:
        return None
    full = printed.pop()  # not a slip the page prints once beside the name it prints throughout (国家林业局和草原局: 4483668177a3)
    return full if is_body_name(full) and text.count(full) >= text.count(name) else None
