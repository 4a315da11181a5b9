"""Rates (见面率, 办复率, 满意率 …) as the text states them, with their exact qualifier.

A statement is a list of rate names and a list of values: one value for all names
(见面率、办复率、满意率均达100%; 实现见面率、办复率100%; 办结率、沟通率以及沟通满意率三个100%),
or one value each (办结率、满意率分别为98%、96.5%); names without 率 count when the statement says how
many (沟通见面、办理答复两个百分之百) or share the value (面复率和满意均达到100%), and shares count as
rates (99.2%已经办复; 委员满意、基本满意达91%). 满意和基本满意率 keeps its wording in the notes, as
do 以上/左右/超过. A satisfaction figure composed of grades (非常满意47.2%、满意35.4%) is no
satisfaction rate: it is flagged instead. A rate of a subset (主办件见面率, 牵头办理的提案办复率, a sentence
opening with the lead items, one handling body's share, the items already answered named in the rate's
clause) is none. Targets and other years are skipped by the caller.
"""

import re
from typing import cast

from normalize.numerals import NUMBER as _COUNT  # in digits or in words: 6件主办、分办提案, 六件主办、分办提案

RATE_KEYS = ("meeting_rate", "reply_rate", "satisfaction_rate", "basic_satisfaction_rate",
             "completion_rate", "contact_rate", "visit_rate", "online_rate")
_RATE_NAMES = {"见面": "meeting_rate", "面商": "meeting_rate", "见面沟通": "meeting_rate", "沟通见面": "meeting_rate",
               "面复": "meeting_rate", "见面答复": "meeting_rate",  # 见面答复率 read as 面复率 (docs/labelling.md)
               "办复": "reply_rate", "答复": "reply_rate", "回复": "reply_rate",
               "满意": "satisfaction_rate", "沟通满意": "satisfaction_rate", "基本满意": "basic_satisfaction_rate",
               "满意和基本满意": "satisfaction_rate", "满意或基本满意": "satisfaction_rate", "满意、基本满意": "satisfaction_rate",
               "办结": "completion_rate", "沟通": "contact_rate", "走访": "visit_rate", "上网": "online_rate"}
_QUALIFIED = {"满意和基本满意": "满意和基本满意", "满意或基本满意": "满意或基本满意", "满意、基本满意": "满意、基本满意"}
_NAME_ALT = "|".join(sorted(_RATE_NAMES, key=len, reverse=True))
# 满意度率 as printed; 评价“满意”率100%: the name quoted before its 率 (702d0f108fb1)
_RATE_NAME = rf"[“\"]?(?:与?代表|委员|办理|按时|按期|如期|群众)*(?:{_NAME_ALT})[”\"]?(?:度?率|度)[”\"]?"
# a name listed after the first may open with more (代表见面率、建议办复率和代表满意率达到100%, 面商率、反馈
# 满意率, 按期办结率和答复满意率, 代表委员的满意率 each read as one list); the first opens as before, so that what
# stands before a statement (its kinds, its subset) is read as before
_LISTED_RATE_NAME = (rf"[“\"]?(?:(?:与?代表|委员|办理|按时|按期|如期|群众|建议|提案|反馈|测评|答复|办复|回复|办结|结果|态度)+的?)?"
                     rf"(?:{_NAME_ALT})[”\"]?(?:度?率|度)[”\"]?")
_SEPARATOR = r"(?:、|和|及|以及|与|,)"
# 办结率、与代表委员沟通率、重点建议提案调研率及代表委员满意率均达100%: a rate with no field (调研率, 沟通联系率)
# in a list keeps the list whole and is left out; it is never the first (率 is \u7387). One that ends in a rate's
# name (公开回复率) is a kind or a part of that rate: the list is then none of the whole's.
_OTHER_NAME = r"[\u4e00-\u7386\u7388-\u9fff]{1,8}率"
_LIST_SEPARATOR = r"(?:、|和|及|以及|与)"
_PERCENT = r"(?:\d+(?:\.\d+)?\s*%|百分之百|百分百)(?:以上|左右)?"
_ALL_HUNDRED = r"(?:[两二三四五六七2-7]个|双)(?:100\s*%|百分之百|百分百)"
# 面复率和满意均达到了100%: a last name may go without 率 before 均/都; 满意率超过90%: 超过 is a bound;
# 满意率连续多年保持100%: this year's too; 办复率:99.9%, a figure's line
_RATE = re.compile(
    rf"(?P<names>{_RATE_NAME}(?:{_SEPARATOR}{_LISTED_RATE_NAME}|{_LIST_SEPARATOR}{_OTHER_NAME})*)"
    rf"(?:{_SEPARATOR}(?P<bare>{_NAME_ALT})(?=均|都))?(?:连续第?(?:多|[两二三四五六七八九十\d]+)年)?"
    rf"(?:均|都|分别|全部|继续|也)?(?:为|达到|达|是|保持|实现|在|:|(?P<over>超过))?了?\s*"
    rf"[“\"]?(?P<values>{_ALL_HUNDRED}|{_PERCENT}(?:(?:、|和|,){_PERCENT})*)"
)
# a rate of a subset: 主办件见面率100%, 代表要求的面复率, 重点提案满意率 (主办件沟通率、按期办结率…: the
# first name only)
# 主办提案按时回复率, 已答复的代表满意率 (of the 10 answered, of 20): a role's items or the answered ones
_SUBSET_BEFORE = re.compile(r"(?:(?:主办|协办|会办|牵头(?:办理|承办)?)件?的?(?:建议提案|议提案|建议|提案|议案)?|要求面复|要求"
                            r"|重点(?:建议|提案|议提案|建议提案)?|(?:督办|领办|领衔)件?的?(?:建议提案|议提案|建议|提案)?"
                            r"|已(?:答复|办复|回复|办结))的?$")
# the rest of a sentence about a subset: 其中23个主办件共电话沟通69次…,办复率达100%, a sentence opening
# with it (主办件已全部在规定时间内办结,满意率为100%) (unless the other role follows, as in 其中主办件12件,
# 协办件8件,办复率100%); 36家主办单位中,23家实现了见面率100%; one handling body's share (其中,银川市政府
# 承办74件,满意率达到98%); the lead items made the rate's frame (对主办件的办理结果满意率, 在主办件中,满意率…,
# 对住建局主办的38件提案,…满意率为100%) and the finished ones (已办结的30件中,满意率…); the key items named with
# their house and year (目前,区政协2018年重点提案已基本办复,并实现了见面率100%…: 5f0ba9538aa3) or described as a noun
# phrase (其中6件聚焦学生心理健康…等领域的重点处理建议,代表满意率及基本满意率达99.4%: a1c2b8454d31; not 其中37件被确定为
# 重点提案,办复率100%, a clause on their choice before the rate of all: b5e54ac54796)
_SUBSET_SENTENCE = re.compile(r"(?:其中|^(?:[^,,;。]{1,8}[,,])?)\s*(?:[\u4e00-\u9fff]{2,6}?\d{4}年度?的?)?" + _COUNT
                              + r"?\s*[个件]?(?:主办件|主办的?(?:建议提案|议提案|建议|提案|议案)|重点(?:建议|提案))"
                              r"(?![^。;]{0,200}?(?:协办|会办))|"
                              + _COUNT + r"家[^。;,,]{0,12}?(?:实现|达到)了?$|"
                              r"其中[,,]?[^。;,,]{2,12}?(?:政府|局|委|厅|办)(?:承办|办理)(?:了|的)?[^。;,,\d]{0,10}?" + _COUNT + r"件|"
                              r"(?:对|在|从)[^。;,,]{0,16}?(?:主办|牵头(?:办理|承办)?|重点(?:建议|提案)?)(?:件|的)(?![^。;]{0,200}?(?:协办|会办))|"
                              r"(?:已办结|已办复|已答复)的" + _COUNT + r"件[^。;,,]{0,6}?中|"
                              r"其中\s*" + _COUNT + r"件[^。;,,]{0,24}?的重点(?:处理|督办|办理)?(?:建议|提案)")
# 该局主办的26件提案均按期办复完毕,实现…满意率100%: the lead items' rates, unless the sentence names the other
# role too (市公安局协办的18件全部完成…,市公安局主办的53件…全部完成,实现了…满意率100%: all of them)
_LEAD_ITEMS = re.compile(r"(?:主办|牵头(?:办理|承办)?)的" + _COUNT + r"件"
                         r"|" + _COUNT + r"件(?:主办|牵头(?:办理|承办)?)[、和及与]?(?:分办)?的?(?:建议提案|议提案|建议|提案|议案)")
_OTHER_ROLE = re.compile(r"(?:协办|会办)[^,;:。\d]{0,8}?" + _COUNT + r"件|" + _COUNT + r"件(?:协办|会办)")  # the other role counted too


# 已答复的代表满意率, 代表对已答复建议满意率, 已办结的建议代表满意率, 在已答复的建议提案中,满意率…; 部分建议提案,
# 首批, 第一批; 其中市教育局的…, 12家单位…, 市本级…: the items already answered or finished, some of them, one
# body's or some units', named in the rate's clause or in a clause the rate is among (…中,), are a part (均已答复,
# 全部已办结 say it of all the items, in their own clause)
_DONE_ITEMS = re.compile(r"(?:(?<![均全都部])已(?:答复|办复|回复|办结|反馈|见面)(?:的|建议|提案|议案)|部分|首批|第[一二三四五六七八九十]批"
                         r"|其中[,,]?[^,;:。\d]{0,12}?(?:局|委|办|厅|单位|部门|政府|公司)|" + _COUNT + r"家(?:单位|部门)|本级)"
                         r"[^,;:。]*?(?:中[,,])?[^,;:。]*$")


# …其中,随州供电公司与代表委员见面率为零,广水市政府建议提案综合见面率为25%: after 其中, a body named in the rate's
# clause gives its own rate (各承办单位 are all of them)
_ONE_BODYS_RATE = re.compile(r"(?:^|[,;:])(?![各全所])[\u4e00-\u9fff]{2,10}?(?:局|委(?!员)|办(?![理结复])|厅|政府|公司|单位|部门)"
                             r"[^,;:。]*$")


# 省政府承办代表建议562件,办复率100%;省法院办理…2件…;省检察院办理代表建议3件,满意率100%: a part of a
# sentence (between semicolons) that opens with one body counting its own items
_HANDLERS_PART = re.compile(r"\s*(?:其中[,,]?)?(?![各全所我本该])[\u4e00-\u9fff]{1,12}?(?:政府|法院|检察院|局|委|厅|办|部)(?:系统)?"
                            r"(?:共|还)?(?:承办|办理)(?:了|的)?[^,;:。]{0,12}?" + _COUNT + r"件")


def _one_of_several_handlers(sentence: str, position: int) -> bool:
    """The rate at `position` is in one of several semicolon-separated parts each opening with its own
    handling body's count: that body's rate, not the document's."""
    if ";" not in sentence:
        return False
    handlers = [bool(_HANDLERS_PART.match(part)) for part in sentence.split(";")]
    return sum(handlers) > 1 and handlers[sentence.count(";", 0, position)]


# 省政府系统共承办562件(…),…占总数的95.3%,…办复率100%: the items counted (共…件) as a share of a larger whole, in
# the rate's sentence before it; not the shares of the items' outcomes (解释说明的有5件,占总件数22%: f2630b897d81)
_SHARE_OF_A_WHOLE = re.compile(r"共[^。;,]{0,8}?\d+件[^。;]{0,40}?占[^。;,]{0,12}?(?:总数|总量|全部|总件数)[^。;,]{0,4}?\d+(?:\.\d+)?%")


# 上述建议提案(除议案、重点提案之外)办结率为100%; 除3件转市直党群部门办理外,其余117件…: the items but some of them
_SOME_ITEMS_LEFT_OUT = re.compile(r"除[^,;:。]{0,16}?(?:议案|提案|建议|\d+件)[^,;:。]{0,12}?(?:之外|以外|外)")


def _about_a_subset(sentence: str, position: int) -> bool:
    """The sentence frames the rate at `position` as a subset's (the lead items, one body's share, the
    items already answered, a share of a larger whole …)."""
    return bool(_SUBSET_SENTENCE.search(sentence, 0, position)
                or "占" in sentence and _SHARE_OF_A_WHOLE.search(sentence, 0, position)
                or _one_of_several_handlers(sentence, position)
                or "除" in sentence and _SOME_ITEMS_LEFT_OUT.search(sentence, 0, position)
                or _LEAD_ITEMS.search(sentence, 0, position) and not _OTHER_ROLE.search(sentence)
                or _DONE_ITEMS.search(sentence, max(0, position - 30), position)
                or "其中" in sentence and _ONE_BODYS_RATE.search(sentence, max(0, position - 20), position)
                and "其中" in sentence[:position])


_SHARED = re.compile(r"(?:均|都)")  # names joined under one predicate (…回复率和满意率均达100%)
# the rates listed before a statement, back to what heads the list (主办提案|按时回复率、公开|回复率…: a name
# the pattern does not know, 公开回复率, begins before the statement)
_LISTED_RATES = re.compile(r"(?:[^,;:。、和及与]{1,4}?率[、和及与])+$")
_NAME_BEGUN = re.compile(r"[^,;:。、和及与率]{0,6}$")
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:。]|实现了?)$")  # the subset heads its clause (not one item: …、重点建议提案调研率)


def _subset_of_all(sentence: str, position: int, subset: re.Match | None) -> bool:
    """The names of a statement sharing one predicate are all a subset's: one right before them (not a
    requirement: 按要求办复率、满意率均达到100% says how), or one heading their list."""
    return "要求" not in subset.group() if subset else _subset_heads_the_list(sentence, position)


def _subset_heads_the_list(sentence: str, position: int) -> bool:
    """A subset opening its clause (…,主办提案) heads the list of rates the statement at `position` ends."""
    begun = _NAME_BEGUN.search(sentence, 0, position)
    assert begun is not None  # {0,6}$ matches at `position`, empty at the least
    start = begun.start()
    listed = _LISTED_RATES.search(sentence, max(0, start - 40), start)
    head = listed.start() if listed else start
    subset = _SUBSET_BEFORE.search(sentence, 0, head) if head < position else None
    return subset is not None and bool(_CLAUSE_OPENING.search(sentence, 0, subset.start()))
_NAME_PART = re.compile(rf"({_NAME_ALT})[”\"]?(?:度?率|度)")
_NAME_AT_END = re.compile(rf"(?:{_NAME_ALT})率$")
_LISTED_NAME = re.compile(rf"(?:^|{_SEPARATOR})(?:(?P<known>{_LISTED_RATE_NAME})|{_OTHER_NAME})")
_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*%(以上|左右)?|(?:百分之百|百分百)(以上|左右)?")
# the grades counted in digits or in words (满意的315件 / 满意的三百一十五件)
_COMPOSED = re.compile(rf"(?:非常满意|比较满意|基本满意|满意|不满意)(?:的)?(?:占|为|率为)?\s*(?:\d+(?:\.\d+)?\s*%|(?:{_COUNT})\s*件)")


def _number(value: str) -> int | float:
    number = float(value)
    return int(number) if number.is_integer() else number


def _values(text: str) -> list[tuple[int | float, str]]:
    if re.fullmatch(_ALL_HUNDRED, text):
        return [(100, "")]
    found = []
    for match in _VALUE.finditer(text):
        if match.group(1):
            found.append((_number(match.group(1)), match.group(2) or ""))
        else:
            found.append((100, match.group(3) or ""))
    return found


# 993件评价为满意或基本满意、满意率99.9%: the wording just before the rate, in its clause
_WORDING_BEFORE = re.compile(r"(满意或基本满意|满意和基本满意)[^,;:。满]{0,3}$")


def _wording_before(sentence: str, position: int, name: str) -> str | None:
    if name != "满意":
        return None
    match = _WORDING_BEFORE.search(sentence, max(0, position - 12), position)
    return match.group(1) if match else None


# …满意率均达到100%的工作目标, 以…满意率100%为目标: the rate named as a goal, unless the clause says it was
# reached (实现了…100%的目标)
_GOAL_AFTER = re.compile(r"[”\"」]?(?:的(?:工作|办理)?(?:目标|要求)|为(?:工作)?目标)")
_REACHED = re.compile(r"实现|达到|做到|完成")
_LISTED = re.compile(r"[、,,和及与]|以及")


def _goal_runs(sentence: str, matches: list) -> set[int]:
    """The rates of a run (办结率100%、满意率95%以上的工作要求) that ends in a goal's name: none is a result,
    unless the sentence says before the run that it was reached."""
    goals: set[int] = set()
    start = 0
    for index, match in enumerate(matches):
        if index and not _LISTED.fullmatch(sentence[matches[index - 1].end():match.start()]):
            start = index
        if _GOAL_AFTER.match(sentence, match.end()) and not _REACHED.search(sentence, 0, matches[start].start()):
            goals |= set(range(start, index + 1))
    return goals


def rate_statements(sentence: str, skipped) -> list[tuple[str, int | float, str, int]]:
    """(rate key, value, qualifier, position) for every rate the sentence states."""
    found = []
    matches = list(_RATE.finditer(sentence))
    goals = _goal_runs(sentence, matches) if "目标" in sentence or "要求" in sentence else set()
    for index, match in enumerate(matches):
        if skipped(match.start()) or _about_a_subset(sentence, match.start()) or index in goals:
            continue
        listed = _listed_names(match.group("names"))
        if listed is None:
            continue
        names = listed + [bare for bare in (match.group("bare"),) if bare]
        values = _values(match.group("values"))
        if match.group("over"):
            values = [(value, bound or "超过") for value, bound in values]
        if len(values) not in (1, len(names)):
            continue
        subset = _SUBSET_BEFORE.search(sentence, 0, match.start())
        if _SHARED.match(sentence, match.end("names")) and _subset_of_all(sentence, match.start(), subset):
            continue  # 主办件回复率和满意率均达100%, 主办提案按时回复率、公开回复率、代表满意率均达100%: the subset's
        if subset:
            names, values = names[1:], values if len(values) == 1 else values[1:]  # else the first name only
        qualifiers = {}
        if "满意" in names and "基本满意" in names and len(values) == 1:
            names = [name for name in names if name != "基本满意"]
            qualifiers["满意"] = "满意和基本满意"
        for position, name in enumerate(names):
            if name is None:  # a rate with no field
                continue
            value, qualifier = values[position if len(values) > 1 else 0]
            wording = _QUALIFIED.get(name) or qualifiers.get(name) or _wording_before(sentence, match.start(), name)
            qualifier = ";".join(part for part in (wording, qualifier) if part)
            found.append((_RATE_NAMES[name], value, qualifier, match.start()))
    if "百" in sentence or "个100" in sentence:
        stated = {key for key, *_ in found}
        found += [item for item in _named_hundreds(sentence, skipped) if item[0] not in stated]
    if not found:
        found += _satisfied_share(sentence, skipped)
    if "办复" in sentence and not any(key == "reply_rate" for key, *_ in found):
        found += _answered_share(sentence, skipped)
    return found


def _listed_names(names: str) -> list[str | None] | None:
    """The short names of a list of rates, in order, None for a rate with no field; None for a list
    with a rate it cannot place (公开回复率: a kind of reply rate, of what part unknown)."""
    items = list(_LISTED_NAME.finditer(names))
    if any(not item.group("known") and _NAME_AT_END.search(item.group()) for item in items):
        return None
    return [cast(re.Match[str], _NAME_PART.search(item.group("known"))).group(1) if item.group("known") else None
            for item in items]


# 截至2019年2月20日,99.2%已经办复; 提案100%办复: the share answered, a reply rate without 率
_ANSWERED_SHARE = re.compile(r"(?<![\d.])(?P<value>\d+(?:\.\d+)?)\s*%(?:的)?(?:建议提案|议提案|提案|建议|议案)?"
                             r"(?:均已经|均已|已经|已|均)?(?:办复|答复)(?![率完])")


def _answered_share(sentence: str, skipped) -> list[tuple[str, int | float, str, int]]:
    """The share of the items answered, stated without the word 率."""
    match = _ANSWERED_SHARE.search(sentence)
    if not match or skipped(match.start()) or _about_a_subset(sentence, match.start()):
        return []
    return [("reply_rate", _number(match.group("value")), "", match.start())]


# 委员满意或基本满意达99%以上; 代表表示满意或基本满意的277件,占98.93%: a satisfaction rate without 率
_SATISFIED_SHARE = re.compile(r"(?:代表|委员|提案人|提案者)[^。;]{0,24}?(?P<name>满意或基本满意|满意和基本满意|满意、基本满意|满意)"
                              r"(?:的(?:\d+件)?[,,]?)?(?:达到?|占|为)\s*(?P<value>\d+(?:\.\d+)?)\s*%(?P<more>以上)?")


def _satisfied_share(sentence: str, skipped) -> list[tuple[str, int | float, str, int]]:
    """The share of deputies or members satisfied, stated without the word 率 (not grades:
    非常满意47.2%、满意35.4% is composed and dropped by the caller)."""
    match = _SATISFIED_SHARE.search(sentence)
    if not match or skipped(match.start()) or _about_a_subset(sentence, match.start()):
        return []
    qualifier = ";".join(part for part in (_QUALIFIED.get(match.group("name")), match.group("more")) if part)
    return [("satisfaction_rate", _number(match.group("value")), qualifier, match.start())]


def is_composed(sentence: str, statements: list | None = None) -> bool:
    """Satisfaction given as grades (非常满意47.2%、满意35.4%; 非常满意25件…满意10件), or a
    satisfaction rate beside a different basic-satisfaction rate (满意率92.47%,基本满意率7.53%)."""
    values = {key: value for key, value, _, _ in statements or []}
    combined = any(key == "satisfaction_rate" and "基本满意" in qualifier for key, _, qualifier, _ in statements or [])
    if len(_COMPOSED.findall(sentence)) >= 2:
        return not combined  # 满意的297件,基本满意3件,满意和基本满意率100%: the combined rate is stated

    return ("satisfaction_rate" in values and "basic_satisfaction_rate" in values
            and values["satisfaction_rate"] != values["basic_satisfaction_rate"])


# who a rate is said of: deputies (代表, the NPC side) or members (委员, 提案人, the CPPCC side), in
# the rate's clause or the one before it; a kind's name (代表建议, 委员提案, 委员所提建议) names no one
_DEPUTIES = re.compile(r"代表(?![性着了])")
_MEMBERS = re.compile(r"委员|提案人|提案者")
_KIND_NAME = re.compile(r"(?:代表|委员)(?:所提|提出的?)?(?:建议|议案|提案|意见)")
_CLAUSES = re.compile(r"[,;:。]")


# 与代表见面率, 与委员面商率: the side the rate's own name meets (not 与代表委员沟通率, nor 与代表、委员见面率: both)
_MET_IN_THE_NAME = re.compile(r"与(?P<who>代表|委员)(?![、和及与]?(?:代表|委员))[^、,;:。和及与]{0,6}$")


def subject_sides(sentence: str, position: int) -> set[str]:
    """The sides named as the subject of a rate at `position` (代表满意率 → {"npc"}; 代表、委员满意率
    → both; 满意率 alone → none), read in its own name (与代表见面率) or else its clause and the clause before."""
    name_end = sentence.find("率", position, position + 12)
    met = _MET_IN_THE_NAME.search(sentence, max(0, position - 10), name_end if name_end >= 0 else position)
    if met:
        return {"npc" if met.group("who") == "代表" else "cppcc"}
    starts = [match.end() for match in _CLAUSES.finditer(sentence, 0, position)]
    end = _CLAUSES.search(sentence, position)
    said = _KIND_NAME.sub("", sentence[starts[-2] if len(starts) > 1 else 0:end.start() if end else len(sentence)])
    return {side for side, pattern in (("npc", _DEPUTIES), ("cppcc", _MEMBERS)) if pattern.search(said)}


_NPC_WORDS = re.compile(r"建议(?!案)|(?<!建)议案|人大代表建议案")  # 建议案 alone is the CPPCC's (point 30)
_BOTH_SIDES = re.compile(r"(?<!会)议提案|两案|两会")  # 会议提案: a session's proposals


def sides_named(text: str) -> set[str]:
    """The sides (npc, cppcc) a text names items of (议提案, 两案 name both)."""
    if _BOTH_SIDES.search(text):
        return {"npc", "cppcc"}
    sides = {"cppcc"} if "提案" in text or "建议案" in text else set()
    if _NPC_WORDS.search(text):
        sides.add("npc")
    return sides


# 提案按时办复率, 代表建议办复率, 建议和提案办结率: the kinds named right before a rate (议提案 names both)
_KINDS_BEFORE_RATE = re.compile(r"(?<!议)(?P<kinds>(?:建议|议案|提案)(?:[、和及与]?(?:建议|议案|提案))*)(?:办理)?的?$")


def kinds_naming(sentence: str, position: int) -> set[str]:
    """The sides (npc, cppcc) whose kind names the rate at `position` (提案办复率 → {"cppcc"}); none when
    no kind does."""
    match = _KINDS_BEFORE_RATE.search(sentence, max(0, position - 12), position)
    return sides_named(match.group("kinds")) if match else set()


# 实现了与代表、委员沟通见面、办理答复两个百分之百: names without 率, as many as the number says
_HUNDREDS = re.compile(r"(?P<count>[两二三四五六七2-7]|双)个?(?:100\s*%|百分之百|百分百)")
_BARE_NAMES = {"见面": "meeting_rate", "面商": "meeting_rate", "面复": "meeting_rate", "答复": "reply_rate",
               "办复": "reply_rate", "满意": "satisfaction_rate", "办结": "completion_rate", "走访": "visit_rate"}
_BARE_NAME = re.compile("|".join(_BARE_NAMES))
_HOW_MANY = {"两": 2, "二": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}


def _named_hundreds(sentence: str, skipped) -> list[tuple[str, int | float, str, int]]:
    """Rates named without 率 before "N个百分之百" in the same clause, when the names are as many as N."""
    found: list[tuple[str, int | float, str, int]] = []
    for match in _HUNDREDS.finditer(sentence):
        starts = [mark.end() for mark in re.finditer(r"[,;:。]", sentence[:match.start()])]
        clause_start = starts[-1] if starts else 0
        names = list(_BARE_NAME.finditer(sentence, clause_start, match.start()))
        count = match.group("count")
        if not names or len(names) != _HOW_MANY.get(count, int(count) if count.isdigit() else 0):
            continue
        if skipped(names[0].start()) or _about_a_subset(sentence, names[0].start()):
            continue
        found += [(_BARE_NAMES[name.group()], 100, "", name.start()) for name in names
                  if sentence[name.end():name.end() + 1] not in ("率", "度")]  # named ones are the main pattern's
    return found
