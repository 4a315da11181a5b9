"""Figures of a handling summary, each kept with the sentence that states it.

Exact rather than eager: counts are read by scope (counts.py: whole → level → kind → role, scoped
figures go to `breakdown`), rates with their names and qualifiers (rates.py); clauses about the
previous year, a target, a requirement or a plan (去年, 力争, 确保, 市政府要求, 下一步, 将继续 …),
sentences dated to another year, opening with a part of the year (上半年…) or with the session's
intake, figures after a first count of a part of the items (首批, 部分, 重点建议, 领办, 配合办理), asides naming another year's
items, several years' figures (except a term's account's own five years), in a bureau's own account
(我局…, or a headline naming the bureau) the whole area's figures (全市共承办…), every level's
congresses or CPPCCs acting (全省各级政协共收到…), a named part of the issuer (…财政局基层财政管理局共答复…)
and in a session's account one handling body's example are skipped; a text counting for several
named bodies states none's whole; a rate a sentence states once per kind with different values, or
the text states for the whole with two values in different sentences, is none of the whole, and in
a document about both kinds (counting both, or counting no one kind under a headline naming both) a
satisfaction or meeting rate said only of deputies or only of members, or any rate named for one kind
(提案办复率), is a part's; kinds counted only on the side the
headline does not name, and a part counted above the stated total, are abstained from; a rate only
the headline states is read from it; a page naming no congress, CPPCC, deputies, members or their
items (人民建议24件, a petitions bureau's) has no figures; nothing is summed.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from normalize.counts import LEVEL_OF, LEVELS, CountStatements, parts_disagree, read_sentence, settle
from normalize.levels import levelled_rows
from normalize.near_hint import search_near
from normalize.numerals import CHINESE_NUMBER_CHARS, NUMBER, to_int
from normalize.rates import RATE_KEYS, is_composed, kinds_naming, rate_statements, sides_named, subject_sides
from normalize.relayed import government_reporting
from normalize.roles import KIND_KEYS, one_kind_roles
from normalize.text import without_pinyin_glosses

COUNT_KEYS = ("total", "npc_suggestions", "npc_motions", "cppcc_proposals", "cppcc_motions",
              "npc_items", "cppcc_items", "lead", "joint", "undertaken", "assigned")
OUTCOME_KEYS = ("adopted", "partially_adopted", "planned", "reference")
_KIND_MENTION = re.compile(r"建议|提案|议案|办件")
_TOTAL = re.compile(rf"(?:共计|合计|总计|共)[^,;:。\d]{{0,16}}?(?P<num>{NUMBER})件(?!次)")
_KIND_COUNT = re.compile(rf"(?:建议|提案|议案)(?:共计|共|合计|为|计)?{NUMBER}件(?!次)")
_OUTCOME_RULES = (  # checked in order: the first that fits a clause wins
    ("planned", re.compile(r"列入计划|拟解决|B类")),
    ("partially_adopted", re.compile(r"部分采纳|部分解决")),
    ("reference", re.compile(r"参考|C类")),
    ("adopted", re.compile(r"解决|采纳|A类")),
)
_ANY_OUTCOME = re.compile("|".join(pattern.pattern for _, pattern in _OUTCOME_RULES))
_OUTCOME_NUMBER = re.compile(rf"(?=[\d{CHINESE_NUMBER_CHARS}])(?<![\d号第])(?P<num>{NUMBER})件(?!次)")
# 今年上半年,…共接到人大代表建议10件; 一季度…: a part of the year, opening the sentence or in the figure's clause
_PART_OF_THE_YEAR_WORD = re.compile(r"[上下]半年|[一二三四1-4]季度|前三季度")
_PART_OF_THE_YEAR = re.compile(rf"\s*(?:(?:19|20)\d\d\s?年|今年|本年度?)?(?:度)?(?:的)?(?:{_PART_OF_THE_YEAR_WORD.pattern})")
_SKIP_CONTEXT = re.compile(r"去年|上年|上一年|同比|前年|往年|上一?届")  # 上届政协期间满意率为98%: another term
# a target or a plan holds for the rest of its sentence (目标任务, 以…为目标 name no figure)
_TARGET = re.compile(r"力争|力求|目标(?:为|是|要|:)|预计|计划到|下一步|今后|明年")
# 争取/确保 hold for their clause only (争取支持理解等工作, … 办结率100% is an achieved rate)
_CLAUSE_TARGET = re.compile(r"争取|确保|将(?:继续|努力|进一步|全力)|努力(?:实现|做到|达到)")
# 市政府要求办复率达到100%: what is required is no result (按要求办复, 根据…要求 say how the work was done)
_REQUIRED = re.compile(r"要求(?!的)")
_AS_REQUIRED = re.compile(r"(?:按|根据|依据|遵照|对照|落实)[^,;:。]*要求|要求的")
# a span of years (2018年-2022年, 2009年至2013年), its first and last years captured
_YEAR_TO_YEAR = r"((?:19|20)\d\d)年?(?:至|到|—|－|-|~)((?:19|20)\d\d)年"
# several years' figures (省政协十一届会议以来…先后承办提案128件, 十三五期内, 多年来满意率…100%, 本届以来,
# 近三年, 2018年-2022年, 累计办理…; a 十四届一次会议以来 is one session's year, 今年累计 this year's), a session's intake
# (大会秘书处收到议案81件, 截至1月16日11时共收到大会提案685件) and a split by proposer or subject
# (按提案主体分,…提案157件) are not the year's handling (every alternative opens with a literal or a class,
# so re jumps to where a match can start); 其中大会提案559件,平时提案18件 splits what came in by when, no session's intake
# (cca9e477ba36: 经审查立案511件 follows)
_NOT_THE_YEARS_HANDLING = re.compile(r"十[一二三四五]五以来|届会议以来|成立以来|多年以来|十[一二三四五]五\s*(?:期内|期间|时期)|"
                                     r"先后(?:承办|办理)|多年来|历年(?!来?最)|[两三四五六七八九十\d]年来|回头看|大会秘书处|(?<!其中)大会提案|"
                                     r"截[至止][^。,]{0,12}\d+时|按[^。,]{1,8}分[,:]|"
                                     r"本届(?:政协|人大)?以来|换届以来|近[两三四五六七八九十\d]年|"
                                     # 十三届全国人大以来, 十二届市政协以来: since the term began (9499ee30dd2d), as 本届以来
                                     r"[一二三四五六七八九十]届(?:全国|省|市|州|区|县)?(?:人大|政协)(?:常委会)?以来|"
                                     + _YEAR_TO_YEAR + r"|"
                                     r"累计(?<![今本全\d]年累计)共?(?:收到|承办|办理|提出|提交|立案|交办|答复|办复|办结)")
# 全省各级政协共收到提案12356件, 各级人大代表提出建议…: every level's congresses or CPPCCs acting, a figure of
# no one body (收到各级人大、政协交办的建议提案285件 names where one body's items came from)
_ALL_LEVELS_ACTING = re.compile(r"各级(?:政协|人大)(?:代表|委员)?(?:共|全年|今年)*(?:收到|提出|提交|立案|承办|办理|征集)")
# a sentence opening with what came in during the session (今年市两会期间,共收到人大代表建议906件; not
# 闭会期间收到…, what came in between sessions): the session's intake
_SESSION_INTAKE = re.compile(r"[^。,]{0,24}?期间(?<!闭会期间),?共?(?:收到|受理)")
# 通报省政府系统办理…提案工作情况, 现将政府系统办理…情况通报如下, XX市人民政府关于…办理情况的通报,
# 我受市政府委托, 市政府秘书长…通报了提案办理情况: a government's account of the items it handled
_GOVERNMENT_ACCOUNT = re.compile(r"政府(?:系统)?(?:办理|承办)[^。]{0,30}?(?:情况|工作)|人民政府关于|受[^。,]{0,6}政府委托|"
                                 r"政府[^。,]{0,8}?通报")
_OPENING = 400  # the title and the opening say whose account the text is
# a term's account (五年来…共征集提案3127件, 十一届自治区政协期间…): the title or the opening says so, and
# then its 五年来 figures are the document's own (docs/labelling.md, settled question 8)
# a five-year term's account: 五年来, 过去五年, 十一届自治区政协期间, a report delivered at the next term's
# first session (——在政协迪庆州第十一届委员会第一次会议上)
# (every alternative opens with a literal, 5(?<!\d5) being (?<!\d)5: re then skips to where one can start)
_TERM_ACCOUNT = re.compile(r"五年(?:来|间|中|征集|提案)|5(?<!\d5)年(?:来|间|中|征集|提案)|过去五年"
                           r"|届[^。,,次]{0,10}?(?:政协|人大)期间"
                           r"|——在[^。,,]{0,12}?第[一二三四五六七八九十]+届[^。,,]{0,8}?第一次(?:全体)?会议上")
_TERM_OPENING = 300
_TERM_COUNT_READ = 1200
# a sentence counting a term's items: over five years, or named by the term alone (十三届全国人大建议, no 次会议)
_TERM_COUNT = re.compile(r"五年来[^。]{0,40}?(?:建议|提案|议案)\d+余?件|5(?<!\d5)年来[^。]{0,40}?(?:建议|提案|议案)\d+余?件"
                         r"|届(?:全国)?(?:人大|政协)(?:代表)?(?:建议|提案|议案)\d+件")
_TERM_WORDS = re.compile(r"(?:五|(?<!\d)5)年来")
# a term's own span written in years (2009年至2013年间: five years, or six calendar years from one session to the next)
_TERM_SPAN = re.compile(_YEAR_TO_YEAR)
_TERM_SPAN_YEARS = (4, 5)


def _the_terms_own(words: str) -> bool:
    """五年来, or a span of a term's length (2009年至2013年), in a term's account: its own years."""
    if _TERM_WORDS.fullmatch(words):
        return True
    span = _TERM_SPAN.fullmatch(words)
    return span is not None and int(span.group(2)) - int(span.group(1)) in _TERM_SPAN_YEARS


_SPACES = re.compile(r"\s\s*")  # not \s+: a pattern that opens with a class lets re skip ahead to it
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})年")
# 提案 31 件, 满意度 100 %: a copy's spaces around a figure
_SPACED_NUMBER = re.compile(r"[ \t\u3000]+(?=(?:\d+(?:\.\d+)?[ \t\u3000]*)?[件%])")
_SPACED_UNIT = re.compile(r"\d[ \t\u3000]+[件%]")
_SPACE_BEFORE_UNIT = re.compile(r"[ \t\u3000][件%]")  # in every _SPACED_UNIT match, and quicker to scan for
_SPACED_FIGURE = re.compile(r"[ \t\u3000]\d+(?:\.\d+)?[件%]")
_SPACE_BEFORE_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=\d+(?:\.\d+)?[件%])")  # a space the copy put before a figure
_SENTENCE = re.compile(r"[^。!?\n]+[。!?]?")
# no sentence of the 16,624 labelled pages is longer than 2,000 characters: one of 5,000 is no prose stating a figure
# (a table flattened, a block repeated by a broken page) and reading its every count against all before it is slow
_LONGEST_STATEMENT = 5000
_CLAUSE_BREAK = re.compile(r"[,;:]")
_ASIDE_BREAK = re.compile(r"[,;:。(]")
_YEAR_OF_ITEMS = re.compile(r"((?:19|20)\d{2})年(?!\d{1,2}月|[底末初])")


@dataclass
class Figures:
    counts: dict = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS))
    counts_by_level: dict | None = field(default_factory=dict)
    rates: dict = field(default_factory=lambda: dict.fromkeys(RATE_KEYS))
    rate_notes: dict = field(default_factory=dict)
    outcomes: dict = field(default_factory=lambda: dict.fromkeys(OUTCOME_KEYS))
    handling_year: int | None = None
    breakdown: list = field(default_factory=list)
    flags: list = field(default_factory=list)
    evidence: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    rate_sides: dict = field(default_factory=dict)  # rate → the sides (npc, cppcc) it is said of
    rate_values: dict = field(default_factory=dict)  # (rate, qualifier) → the values stated of the whole

    def put(self, group: dict, key: str, value, sentence: str, evidence_key: str) -> bool:
        """Set a figure once (the first statement wins) with its evidence sentence."""
        if group.get(key) is not None or value is None:
            return False
        group[key] = value
        self.evidence[evidence_key] = sentence
        return True


def sentences(text: str) -> list[str]:
    """Non-empty sentences, stripped (findall: strings without a match object each)."""
    return [sentence for sentence in map(str.strip, _SENTENCE.findall(text)) if sentence]


def _clause_before(sentence: str, position: int) -> str:
    start = max(sentence.rfind(",", 0, position), sentence.rfind(";", 0, position),
                sentence.rfind(":", 0, position)) + 1  # after the last of _CLAUSE_BREAK's marks, or 0
    return sentence[start:position]


def _other_year(sentence: str, position: int, year: int | None) -> bool:
    """The sentence is dated (before the figure) to a year other than the handling year, or the
    figure's own clause or aside names another year's items ((2021年共147件、主办71件) in a 2022
    summary; a date, 2023年1月, is no year of items, nor a count's cut-off, 截至2014年2月20日)."""
    years = {int(found) for found in _STATED_YEAR.findall(sentence, 0, position)} if year else set()
    if not years:
        return False
    if year not in years:
        return True
    aside = _ASIDE_BREAK.split(sentence[:position])[-1]
    return any(int(found) != year for found in _YEAR_OF_ITEMS.findall(aside))


def is_term_account(title: str | None, body_text: str) -> bool:
    """The title or the opening gives a whole term's account (五年来…, 十一届自治区政协期间…), or the account's
    count sentence counts a term's items (近五年来,…共办理人大代表建议100余件; 共承办十三届全国人大建议1044件)."""
    return bool(_TERM_ACCOUNT.search(_SPACES.sub("", without_pinyin_glosses(f"{title or ''}。{body_text[:_TERM_OPENING]}")))
                or _TERM_COUNT.search(body_text[:_TERM_COUNT_READ]))


def _required(clause: str) -> bool:
    return bool(_REQUIRED.search(clause)) and not _AS_REQUIRED.search(clause)


def _several_years(sentence: str, position: int, term: bool) -> bool:
    """Figures of several years before `position`; in a term's account its own five years are the
    document's, said as 五年来 or as their span (other spans, 十三五以来 or 多年来, are still not)."""
    if not term:
        return bool(_NOT_THE_YEARS_HANDLING.search(sentence, 0, position))
    return any(not _the_terms_own(match.group()) for match in _NOT_THE_YEARS_HANDLING.finditer(sentence, 0, position))


# a bureau speaking as itself (我局, 本委…) and an area-wide actor (全市共承办…, 市政府系统共承办…, 各县区…)
_BUREAU_VOICE = re.compile(r"(?:我|本)(?:局|委|厅|中心|院|署|公司)(?![会员])")
# a headline naming a bureau as its author (市住建局2023年建议提案办理情况; not a government's or a leader's)
_BUREAU_HEADLINE = re.compile(r"[\u4e00-\u9fff]{2,14}?[局厅](?![长])")
# 市财政局共承办…: a clause naming the body that counts, which is then no area-wide actor's
_BODY_ACTING = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:局|厅|委)(?:共|全年|今年)*(?:承办|办理|收到|接到|负责)")
_AREA_WIDE = re.compile(r"全(?:国|省|市|区|县|州)(?!人大|政协|范围)|(?:省|市|区|县)?政府系统|各(?:县|区|市|地|部门|承办单位)")


def _bureau_headline(title: str) -> bool:
    """The headline names a bureau as the account's author (not a government: 市政府系统 is its own)."""
    return "政府" not in title and bool(_BUREAU_HEADLINE.search(title))


def _area_wide(sentence: str, position: int) -> bool:
    """In a bureau's own account, the figure's clause or the one before (or, further back, the nearest
    clause naming a counting actor: 全市政府系统共接办…161件,…,均…办理回复,满意率为100%) is about the whole
    area or its government system: another body's figure, not the bureau's."""
    if not _AREA_WIDE.search(sentence, 0, position):
        return False
    clauses = _CLAUSE_BREAK.split(sentence[:position])
    for distance, clause in enumerate(reversed(clauses)):
        if _BUREAU_VOICE.search(clause) or _BODY_ACTING.search(clause) and not _AREA_WIDE.search(clause):
            return False
        if _AREA_WIDE.search(clause) and (distance < 2 or "件" in clause):  # further back: an area counting
            return True
    return False


# 上半年市农业农村局共办理…建议97件、…提案62件,建议、提案合计159件: a clause counting a part of the year
_PART_OF_THE_YEAR_COUNTED = re.compile(rf"(?:{_PART_OF_THE_YEAR_WORD.pattern})[^,;:。]*?\d+件")


def _part_of_the_year_counting(sentence: str, position: int) -> bool:
    """An earlier clause of the sentence counts a part of the year's items: the figures after it go on
    counting them (上半年已全部办结 counts nothing, and the year's rates after it stay)."""
    return ("半年" in sentence or "季度" in sentence) and bool(_PART_OF_THE_YEAR_COUNTED.search(sentence, 0, position))


# 首批办理…建议97件, 第一批, 部分, 配合办理, 协助办理, 领办, 领衔办理 (省政府领导领衔办理省政协提案11件; not 代表领衔提出的议案,
# a motion's lead deputy): a sentence whose first count is of some of the items, or of the ones the issuer joined or
# leaders led
_PART_COUNTED = re.compile(r"首批|第[一二三四五六七八九十]批|(?<![大一各])部分(?!采纳|解决|落实|办理)|配合办理|协助办理|领办"
                           r"|领衔(?:办理|督办)|重点(?:督办|办理|(?:人大|政协|代表|委员|[省市县区])*(?:建议|提案|议提案))")
_FIRST_COUNT = re.compile(r"\d+件")


def _opens_counting_a_part(sentence: str, position: int) -> bool:
    """The sentence's first count is of a part of the items (its clause names one): the figures from it on
    go on counting that part."""
    start = _part_counted_from(sentence) if "件" in sentence else None
    return start is not None and start <= position


@lru_cache(maxsize=256)
def _part_counted_from(sentence: str) -> int | None:
    """Where the clause of the sentence's first count opens, if that clause names a part of the items (read
    once per sentence: every figure of it asks)."""
    first = _FIRST_COUNT.search(sentence)
    if first is None:
        return None
    clause = _clause_before(sentence, first.start())
    return first.start() - len(clause) if _PART_COUNTED.search(clause) else None


def _skipped(sentence: str, position: int, year: int | None, term: bool = False, bureau: bool = False) -> bool:
    """A figure of a target (力争做到三个100%,即见面率达到100% …), of several years, of a session's
    intake, of a split by proposer, of every level's congresses or CPPCCs, of the previous year or
    another year, of a part of the year, or in a bureau's account of the whole area."""
    clause = _clause_before(sentence, position)
    return (bool(_TARGET.search(sentence, 0, position) or _several_years(sentence, position, term)
                 or _PART_OF_THE_YEAR.match(sentence, 0, position) or _PART_OF_THE_YEAR_WORD.search(clause)
                 or _part_of_the_year_counting(sentence, position) or _opens_counting_a_part(sentence, position)
                 or _ALL_LEVELS_ACTING.search(sentence, 0, position)
                 or bureau and _area_wide(sentence, position) or _SESSION_INTAKE.match(sentence, 0, position)
                 or _SKIP_CONTEXT.search(clause) or _CLAUSE_TARGET.search(clause) or _required(clause))
            or _other_year(sentence, position, year))


_BODY_COUNTING = re.compile(r"(?:^|[,,;。]|介绍)(?:\d{4}年,?)?(?P<body>[\u4e00-\u9fff]{2,12}?(?:部|委|银行|局|署|厅))"
                           r"(?:共|还|全年)?(?:牵头)?(?:承办|办理)(?:了|的)?[^。]{0,30}?\d+件")


def _bodies_counting(sentences: list[str], title: str) -> set[str]:
    """Named bodies a text gives their own counts for (科技部共承办…408件; 市住建局承办…, 市交通局办理…), a
    name and its shorter form (莒县交通局, 县交通局) being one, and a name the title gives (the document's
    own body, which a text may also name in short) none."""
    named = {match.group("body") for sentence in sentences
             if "件" in sentence and ("承办" in sentence or "办理" in sentence) and _BODY_WORDS.search(sentence)
             for match in _BODY_COUNTING.finditer(sentence)}
    return {name for name in named
            if name not in title and not any(other != name and other.endswith(name) for other in named)}


# 第九届市政协共征集提案1594件: items counted for a term of a house (届, not a session: 十届四次会议以来)
_TERM_COUNTING = re.compile(r"第?(?P<term>[一二三四五六七八九十]{1,3})届(?![^。]{0,6}?次)[^。;]{0,20}?(?:提案|建议)[^。;]{0,10}?\d+件")


def _terms_counted(sentences: list[str]) -> set[str]:
    """The terms (届) a text counts items for: a history of several terms (a city gazetteer's section on its
    CPPCC's proposals, term by term) states each term's figures and none for the whole (docs/labelling.md, point 8)."""
    return {match.group("term") for sentence in sentences if "届" in sentence and "件" in sentence
            for match in _TERM_COUNTING.finditer(sentence)}


_BODY_WORDS = re.compile(r"[部委署局厅]|银行")  # a sentence without them names no such body


_FILED_STATED = re.compile(r"立案[^。,;]{0,6}?\d+件")
# 以河南省交通运输厅为例。该厅…; ,2024年,省委金融办负责承办政协提案64件: one handling body's own figures
_ONE_HANDLERS_FIGURES = re.compile(r"以[^。,]{2,20}为例|该(?:厅|局|委|办|部|单位)|(?:^|[,,:;])(?:(?:19|20)\d{2}年[,,]?)?"
                                   r"(?![我本全各该])[\u4e00-\u9fff]{2,12}?(?:厅|局|委员会|委|办|部|中心)"
                                   r"(?:负责|共|全年|今年)*(?:承办|办理)[^,。;]{0,8}?\d+件")


# 国务院各部门牵头办理…: a story about a group of bodies, in which one named member counting (自然资源部副部长…介绍,
# 2018年自然资源部共承办…668件; 工业和信息化部表示,2023年共承办…1888件) gives that member's figures; the group
# written with or without 各 (2022年国务院部门共办理人大代表建议8721件: fbda7ff33c46, d95ea3a7b60d)
_COUNTED_AFTER = r"[^。]{0,24}?(?:承办|办理)[^。]{0,30}?\d+(?:余|多)?件"
_GROUP_COUNTING = re.compile(rf"(?:国务院各?|各)部(?:门|委){_COUNTED_AFTER}")
# without a headline the page does not say whose story it is: only the group written with 各 makes it the group's (the
# editor's note over one member's account in a series, 去年国务院部门共办理代表建议8666件…: db4bb117e4d8, 789f457d71ec)
_EACH_DEPARTMENT_COUNTING = re.compile(rf"各部(?:门|委){_COUNTED_AFTER}")
_BODY_NAMED = re.compile(r"(?<![各])(?!全部|内部|外部|干部|局部|大部)[\u4e00-\u9fff](?:部(?![门分])|委员会|总局|局|厅|署|银行)")
_MEMBER_COUNTING = re.compile(r"(?<![各我本该])[\u4e00-\u9fff]{2,10}?(?:部(?!门)|委员会|总局|局|厅|署|银行)"
                             r"(?:副部长|部长|负责人|新闻发言人|表示|介绍"
                             # 拿民政部来说,2024年共承办…: a member as the group's example (ece28e3e4959)
                             r"|(?:来说|为例)?[,,]?(?:\d{4}年|去年|今年)?[,,]?(?:共|全年|今年)?(?:承办|办理))")


def _group_members_sentences(body_sentences: list[str], title: str) -> set[str]:
    """In a story counting for a group of bodies, the sentences of one named member's own figures (not
    when the title names one body: 住建部:办理建议提案近千件 is the member's story, the group a quote)."""
    counting = [sentence for sentence in body_sentences if "件" in sentence]
    group = _GROUP_COUNTING if title else _EACH_DEPARTMENT_COUNTING
    if _BODY_NAMED.search(title) or not any(group.search(sentence) for sentence in counting):
        return set()
    return {sentence for sentence in counting if not group.search(sentence) and _MEMBER_COUNTING.search(sentence)}


# 兴义市财政局基层财政管理局共答复…29件: a unit named after its parent body, counting (docs/labelling.md, point 34)
# (a ministry's department too: 教育部高教司承办人大建议149件、政协提案199件,总计348件 in the ministry's account)
_PART_OF_A_BODY = re.compile(r"(?P<parent>[\u4e00-\u9fff]{2,12}?(?:[局厅]|部(?!门)))的?"
                             r"(?P<part>(?:(?![等的和及与所])[\u4e00-\u9fff]){1,10}?"
                             r"(?P<unit>分局|管理局|局|处|科|室|管理所|派出所|股|中心|站|大队|支队|司))(?:共|全年|今年|累计)?"
                             r"(?:答复|办理|承办|收到|办复|办结|完成|接到)[^。]{0,20}?\d+件")
# its verb and count, at most _PART_OF_A_BODY_REACH characters after a match's start (near_hint.py; keep in step)
_PART_OF_A_BODY_HINT = re.compile(r"(?:答复|办理|承办|收到|办复|办结|完成|接到)[^。]{0,20}?\d+件")
_PART_OF_A_BODY_REACH = 12 + 1 + 10 + 3 + 2  # parent, 的, part and unit, 共/全年…
# 实现了答复率100%、满意率100%: a sentence naming no one, whose figures continue the sentence before
_NO_SUBJECT = re.compile(r"(?:实现|达到|做到|均|全部|并|且)|(?:见面|面商|办复|答复|满意|办结)[率度]")


def _own_name(match: re.Match) -> str:
    """What a unit's own account would call it again: its kind (分局, 大队), or its whole name where the kind
    is one character that other words hold too (国库科; 科室, 处理, 股室)."""
    unit = match.group("unit")
    return match.group("part") if len(unit) == 1 else unit


def _group_sentences_in_a_members_story(body_sentences: list[str], title: str) -> set[str]:
    """In one member's story (the title names one body, not the group's head: 住建部:办理建议提案近千件), the
    sentences counting for the whole group (国务院各部门共办理代表建议8721件): the group's figures, quoted."""
    if not _BODY_NAMED.search(title) or _GROUP_HEAD.search(title):
        return set()
    return {sentence for sentence in body_sentences if "件" in sentence and _GROUP_COUNTING.search(sentence)}


_GROUP_HEAD = re.compile(r"国务院(?!.{0,6}?部)|政府|[全各]部门")


def _part_of_the_issuer_sentences(body_sentences: list[str], title: str) -> set[str]:
    """The sentences of a named part of the body whose account the page is (a sub-unit named once, with
    its figures, after its parent body, which the text names on its own elsewhere: …财政局将…; 2022年,
    …财政局基层财政管理局共答复…29件。实现了答复率100%), and the subjectless one after it: a subset's
    figures, not the document's. A page that is the unit's own account names it again (its 分局, 大队)."""
    whole = f"{title}。" + "。".join(body_sentences)
    found: set[str] = set()
    for index, sentence in enumerate(body_sentences):
        match = (search_near(_PART_OF_A_BODY, _PART_OF_A_BODY_HINT, sentence, _PART_OF_A_BODY_REACH)
                 if "件" in sentence and ("局" in sentence or "厅" in sentence or "部" in sentence) else None)
        if (match is None or whole.count(_own_name(match)) > 1 or "省" in match.group("part")
                or whole.count(match.group("parent")) < 2):
            continue
        found.add(sentence)
        after = body_sentences[index + 1] if index + 1 < len(body_sentences) else ""
        if _NO_SUBJECT.match(after):
            found.add(after)
    return found


def _one_handlers_sentences(text: str) -> set[str]:
    """In an account of a whole session's proposals (it states the filed count), the sentences of a
    paragraph that gives one handling body's own figures as an example: that body's, not the
    document's."""
    if "立案" not in text or not _FILED_STATED.search(text):
        return set()
    return {sentence for paragraph in text.split("\n")
            if "件" in paragraph and ("承办" in paragraph or "办理" in paragraph) and _ONE_HANDLERS_FIGURES.search(paragraph)
            for sentence in sentences(paragraph)}


# a year a text states (2021年, 2021 年度 in a copy that spaces its numbers), not a count's cut-off (截至2014年2月20日) nor
# a comparison's baseline (…共承办建议提案112件,比2018年增长了35%)
_SPAN_STARTS = ("从", "自")
_STATED_YEAR = re.compile(r"(?=[12])(?<!截至)(?<!截止)(?<![比较較])((?:19|20)\d{2})\s?年")  # (?=[12]): re drops other positions at once
# 市七届人大七次会议, 政协十二届一次会议: a session, named by its term and its number
SESSION = re.compile(r"([一二三四五六七八九十]{1,3})届(?:[\u4e00-\u9fff]{0,8}?)第?([一二三四五六七八九十]{1,2})次(?:全体)?会议")


def year_in(text: str) -> int | None:
    """The first year stated, unless it starts a span that a later year follows (从2022年11月开始…启动了2023年…提案)."""
    match = _STATED_YEAR.search(text)
    if match and text[match.start() - 1:match.start()] in _SPAN_STARTS:
        match = _STATED_YEAR.search(text, match.end()) or match
    if match:
        return int(match.group(1))
    match = _CN_YEAR.search(text)
    value = to_int(match.group(1)) if match else None
    return value if value and 1949 < value < 2100 else None


def counts_something(sentence: str) -> bool:
    """States a total or a per-kind count (every count ends in 件)."""
    return "件" in sentence and bool(_TOTAL.search(sentence) or _KIND_COUNT.search(sentence))


def find_handling_year(title: str | None, body_sentences: list[str], signed_date: str | None,
                       figures: Figures) -> None:
    """The year stated in a title about suggestions or proposals, else in the first count sentence,
    else 今年 + signature year (a notice about 2024年社会组织年检 has no handling year)."""
    year = year_in(title) if title and _KIND_MENTION.search(title) else None
    if year:
        figures.handling_year, figures.evidence["handling_year"] = year, title
        return
    title_sessions = _sessions(title)
    for sentence in body_sentences:
        if not counts_something(sentence):
            continue
        if _YEAR_SPAN.search(sentence):
            return  # 自1986年4月…至2005年1月…共向大会提出议案552件: a span's items, no one year's
        # 今年…承办…代表建议160件…;市人大常委会从2018年开始…试点: another clause's year is not the count's
        sentence = next((clause for clause in _CLAUSES.split(sentence) if counts_something(clause)), sentence)
        year = year_in(sentence)
        if year and title_sessions and _sessions(sentence) - title_sessions:
            return  # 2019年,…承办市人大七届五次会议代表建议216件 under a title on the 七次会议: an earlier year's items
        year = year or year_of_cutoff(sentence)
        if year is None and "今年" in sentence and signed_date:
            year = int(signed_date[:4])
        if year:
            figures.handling_year, figures.evidence["handling_year"] = year, sentence
        return


_CLAUSES = re.compile(r"[;；]")
_YEAR_SPAN = re.compile(r"自(?:19|20)\d{2}年[^。;]{0,40}?至(?:19|20)\d{2}年")
_CUTOFF = re.compile(r"(?:截至|截止|[于到])((?:19|20)\d{2})年(?:(\d{1,2})月|底|末)")


def cutoff_of(sentence: str) -> tuple[int, int] | None:
    """The year and month a count runs to: 截至2019年12月31日 → (2019, 12); 截至2025年底 → (2025, 12)."""
    match = _CUTOFF.search(sentence)
    return (int(match.group(1)), int(match.group(2) or 12)) if match else None


def year_of_cutoff(sentence: str) -> int | None:
    """截至2019年12月31日已全部办复, 截至2025年底…全部办理完毕, 全部于2014年9月底前书面答复: the year the count runs to; a count
    to January or February (截至2014年2月20日) is of the year before, whose items are answered by the next sessions."""
    cutoff = cutoff_of(sentence)
    if cutoff is None:
        return None
    year, month = cutoff
    return year - (month <= 2)


def _sessions(text: str | None) -> set[tuple[str, str]]:
    return {cast(tuple[str, str], match.groups()) for match in SESSION.finditer(text or "")}


def _rates(sentence: str, skipped, figures: Figures, section: str | None = None) -> None:
    statements = rate_statements(sentence, skipped)
    if section:  # under 一、代表建议办理情况 in an account of both kinds: the suggestions' rates
        figures.warnings += [f"rate_under_one_kind_heading:{key}:{section}" for key, *_ in statements]
        return
    if is_composed(sentence, statements):
        figures.flags.append("composed_rate")
        figures.warnings.append(f"composed_rate:{sentence[:60]}")
        statements = [item for item in statements
                      if item[0] not in ("satisfaction_rate", "basic_satisfaction_rate")]
    # 承办建议734件,满意率为96.82%;承办提案266件,满意率达到99.6%: one rate per kind, none for the whole
    for key in _rates_of_parts(statements) if len(statements) > 1 else ():
        figures.warnings.append(f"rate_stated_per_part:{key}")
        statements = [item for item in statements if item[0] != key]
    for key, value, qualifier, position in statements:
        if not sentence.startswith("其中"):  # 其中,2021年度…满意度93.4%: a part's, no rival to the whole's
            figures.rate_values.setdefault((key, qualifier), set()).add(value)
        if figures.put(figures.rates, key, value, sentence, f"rates.{key}") and qualifier:
            figures.rate_notes[key] = qualifier
        if figures.rates[key] == value:
            sides = subject_sides(sentence, position) if key in _RATES_OF_PEOPLE else set()
            figures.rate_sides.setdefault(key, set()).update(sides or kinds_naming(sentence, position) or {"npc", "cppcc"})


def _title_rates(title: str, year: int | None, figures: Figures) -> None:
    """Rates a headline states (688件提案100%办复, …答覆率100%) that the body states nowhere (never over a
    body's value, nor beside one it left out)."""
    for key, value, qualifier, _ in rate_statements(title, lambda position: _skipped(title, position, year)):
        if figures.rates.get(key) is None and not any(stated == key for stated, _ in figures.rate_values):
            figures.put(figures.rates, key, value, title, f"rates.{key}")
            if qualifier:
                figures.rate_notes[key] = qualifier


_RATES_OF_PEOPLE = ("satisfaction_rate", "meeting_rate")  # said of the deputies or members met or satisfied


def _kinds_counted(figures: Figures, stated: set[str]) -> set[str]:
    """The sides (npc, cppcc) whose items the document counts: overall, in its breakdown, or in a
    statement of the kind left unsettled (建议11件 … 建议7件, stated differently)."""
    kinds = {key for key in KIND_KEYS if figures.counts.get(key) is not None} | (stated & set(KIND_KEYS))
    kinds |= {row["kind"] for row in figures.breakdown if row["kind"] in KIND_KEYS}
    return {kind.split("_")[0] for kind in kinds}


def _about_both_kinds(figures: Figures, stated: set[str], title: str) -> bool:
    """The document counts both kinds, or counts no one kind while its headline names both (…承办建议提案405件)."""
    counted = _kinds_counted(figures, stated)
    return len(counted) > 1 or not counted and len(sides_named(title)) > 1


def _rates_of_one_side(figures: Figures, stated: set[str], title: str) -> None:
    """In a document about both kinds, a satisfaction or meeting rate said only of deputies
    (代表对…给予了充分肯定,满意率达到100%; 与代表见面率100%) or only of members, or any rate named for one
    kind only (提案按时办复率100%, 提案如期办结率100%), is a part's (docs/labelling.md, settled question 11)."""
    if not _about_both_kinds(figures, stated, title):
        return
    for key, sides in figures.rate_sides.items():
        if len(sides) == 1 and figures.rates.get(key) is not None:
            figures.rates[key] = None
            figures.rate_notes.pop(key, None)
            figures.evidence.pop(f"rates.{key}", None)
            figures.warnings.append(f"rate_of_one_side:{key}:{next(iter(sides))}")


def _headline_side(title: str) -> str | None:
    """The one side a headline names its items by (…2023年度政协提案办理总体情况 → cppcc), if only one."""
    sides = sides_named(title)
    return sides.pop() if len(sides) == 1 else None


# 一、代表建议办理情况, (二)政协提案办理情况。: a numbered heading on a line of its own
_HEADING = re.compile(r"(?:(?P<top>[一二三四五六七八九十]+、)|\([一二三四五六七八九十]+\))\s*[^,;:。!?]{2,24}。?")


def _one_kind_sections(body_sentences: list[str], title: str) -> dict[int, str]:
    """In a document about both kinds (its headline names both, or the opening of one whose headline names
    none), the sentences (by index) under a numbered heading that names one kind only (一、代表建议办理情况
    → npc; a subheading naming no kind keeps its section's): their rates are that kind's, not the
    document's (docs/labelling.md, point 11)."""
    if len(sides_named(title) or sides_named("".join(body_sentences)[:_OPENING])) < 2:
        return {}
    found: dict[int, str] = {}
    section = subsection = None
    for index, sentence in enumerate(body_sentences):
        heading = _HEADING.fullmatch(sentence)
        if heading and heading.group("top"):
            section, subsection = _headline_side(sentence), None
        elif heading:
            subsection = _headline_side(sentence)
        elif subsection or section:
            found[index] = cast(str, subsection or section)
    return found


def _kinds_against_the_headline(title: str, figures: Figures) -> None:
    """Kinds counted only on the side the headline does not name (政协提案办理总体情况 over 我局承办的区人大代表
    建议共2件, while the text speaks of 委员 and 提案): which kind the count is, is unclear, so none is."""
    side = _headline_side(title)
    counted = [key for key in KIND_KEYS if figures.counts.get(key) is not None]
    if side is None or not counted or any(key.startswith(side) for key in counted):
        return
    for key in counted:
        figures.counts[key] = None
        figures.evidence.pop(f"counts.{key}", None)
        figures.warnings.append(f"kind_against_the_headline:{key}")


def _parts_above_the_whole(figures: Figures) -> None:
    """A kind, a role or the roles together counted above the stated total: the figures contradict each
    other, so which is the document's is unclear, and neither is kept (the kinds below a total that
    they do not add up to are only flagged: 参阅, 议案 or a part may be left out)."""
    counts, total = figures.counts, figures.counts.get("total")
    if total is None:
        return
    roles = [key for key in ("lead", "joint") if counts.get(key) is not None]
    above = [key for key in (*KIND_KEYS, *roles) if counts.get(key) is not None and counts[key] > total]
    if not above and sum(counts[key] for key in roles) > total:
        above = roles
    for key in above:
        figures.warnings.append(f"part_above_the_whole:{key}:{counts[key]}>{total}")
    for key in (*above, "total") if above else ():
        counts[key] = None
        figures.evidence.pop(f"counts.{key}", None)


# 收到…议案38件。大会主席团决定,将38件议案全部转为建议; 收到…的5件议案。…均转为代表建议、批评和意见处理: motions all
# passed on as suggestions, none handled as motions (not 其余15件议案转为建议, a part)
_ALL_PASSED_ON = re.compile(r"(?:均|全部|都|一律)(?:被|拟)?(?:转为|转作|作为|改为)(?:代表)?建议")
_PASSED_ON_COUNT = re.compile(r"(\d+)件(?:代表)?议案(?:全部|均|都)?(?:被|拟)?(?:转为|转作|作为|改为)(?:代表)?建议"
                              r"|(?:转为|转作|作为|改为)(?:代表)?建议(\d+)件")
_A_PART = re.compile(r"其余|其中|另外|另有")


def _motions_passed_on(figures: Figures, body_sentences: list[str]) -> None:
    """A motions' count whose sentence, or the next, passes them all on as suggestions counts no motions handled
    (a0f1c9790964, a814143f4732); nor does a motions' count equal to the suggestions' count another sentence gives (the
    same items named twice). The motions' figure is dropped; the suggestions' counts stand as read."""
    value, evidence = figures.counts.get("npc_motions"), figures.evidence.get("counts.npc_motions")
    if value is None or evidence not in body_sentences:
        return
    reason = None
    if value > 1 and value == figures.counts.get("npc_suggestions") and evidence != figures.evidence.get("counts.npc_suggestions"):
        reason = "motions_counted_as_the_suggestions"  # 办理了…215件议案; 共提出215件建议、批评和意见 (5904b06073a1)
    at = body_sentences.index(evidence)
    for sentence in body_sentences[at:at + 2] if reason is None else ():
        counted = {int(number) for match in _PASSED_ON_COUNT.finditer(sentence) for number in match.groups() if number}
        if value in counted or (_ALL_PASSED_ON.search(sentence) and not _A_PART.search(sentence)):
            reason = "motions_passed_on_as_suggestions"
            break
    if reason:
        figures.warnings.append(reason)
        figures.counts["npc_motions"] = None
        figures.evidence.pop("counts.npc_motions", None)


# 将38件议案全部转为建议,连同…其它建议…71件,共109件; 建议…211件,加上议案转建议的5件,合计216件: motions passed on
_MOTIONS_TURNED_SUGGESTIONS = re.compile(r"议案(?:全部|均|都)?(?:被|拟)?转(?:为|作)?(?:代表)?建议")


def _total_of_suggestions_only(figures: Figures) -> None:
    """A total that adds the motions passed on as suggestions to the suggestions counts one kind: no total (a kind's
    figure is never copied into total), and the suggestions' own count is left as read (a0f1c9790964, a814143f4732)."""
    sentence = figures.evidence.get("counts.total") or ""
    counts = figures.counts
    if counts.get("total") is None or not _MOTIONS_TURNED_SUGGESTIONS.search(sentence) or "提案" in sentence \
            or counts.get("cppcc_proposals") is not None or counts.get("cppcc_motions") is not None:
        return
    figures.warnings.append("total_null:motions_passed_on_as_suggestions")
    counts["total"] = None
    figures.evidence.pop("counts.total", None)


# 省人大…会议和省政协…会议共交办我局建议和提案49件: the houses a count names its items by, at their level
_SENTENCE_PART_BREAK = re.compile(r"[;:]")
_HOUSES_AT_A_LEVEL = re.compile(rf"(?P<level>{'|'.join(LEVELS)})(?:第?[一二三四五六七八九十]+届)?(?:人大|人民代表大会|政协)")


def _total_of_one_level(figures: Figures) -> None:
    """A total whose clause (its sentence's part since a semicolon) counts the items of one level's houses
    (省人大…和省政协…共交办…49件) in a document that also counts items at another level (全国政协委员提案2件)
    is that level's, not all the document covers: a row, no total (b862419e1d20, b7efd51d18fd)."""
    total, sentence = figures.counts.get("total"), figures.evidence.get("counts.total") or ""
    other_levels = set(figures.counts_by_level or {})
    if total is None or not other_levels:
        return
    at = sentence.find(f"{total}件")
    clause = _SENTENCE_PART_BREAK.split(sentence[:at])[-1] if at >= 0 else ""
    named = {LEVEL_OF.get(match.group("level"), match.group("level")) for match in _HOUSES_AT_A_LEVEL.finditer(clause)}
    if len(named) == 1 and not named & other_levels:
        level = named.pop()
        figures.warnings.append(f"total_of_one_level:{level}")
        figures.breakdown.append({"level": level, "kind": None, "role": None, "value": total,
                                  "evidence": clause + f"{total}件"})
        figures.counts["total"] = None
        figures.evidence.pop("counts.total", None)


def _rates_stated_differently(figures: Figures) -> None:
    """A rate the text states for the whole in the same words with two values in different places (办理态度
    满意率100% here, 办理结果满意率92.4% there): which is the document's is unclear, so none is (the first is
    no better a guess; 满意和基本满意率100% beside 满意度90%以上 are two rates, and the first stays)."""
    for (key, _), values in figures.rate_values.items():
        if len(values) > 1 and figures.rates.get(key) is not None:
            figures.rates[key] = None
            figures.rate_notes.pop(key, None)
            figures.evidence.pop(f"rates.{key}", None)
            figures.warnings.append(f"rate_stated_differently:{key}:{'/'.join(map(str, sorted(values)))}")


def _rates_of_parts(statements: list[tuple]) -> set[str]:
    """Rates one sentence states twice in the same words with different values: each is a part's
    (one per kind, say), none the whole document's (满意和基本满意率100%,满意度90%以上 are two rates)."""
    values: dict = {}
    for key, value, qualifier, _ in statements:
        values.setdefault((key, qualifier), set()).add(value)
    return {key for (key, _), found in values.items() if len(found) > 1}


def _outcomes(sentence: str, year: int | None, figures: Figures) -> None:
    if not _ANY_OUTCOME.search(sentence):  # no outcome word in any clause (none holds a clause break)
        return
    position = 0
    for clause in _CLAUSE_BREAK.split(sentence):
        if "件" in clause:
            _clause_outcome(sentence, clause, position, year, figures)
        position += len(clause) + 1


def _clause_outcome(sentence: str, clause: str, position: int, year: int | None, figures: Figures) -> None:
    """A clause with exactly one count of 件 states an outcome when an outcome rule fits it."""
    if not _ANY_OUTCOME.search(clause):  # most clauses of a sentence with an outcome word: no rule fits them
        return
    numbers = list(_OUTCOME_NUMBER.finditer(clause))
    if len(numbers) == 1 and not _skipped(sentence, position + numbers[0].start(), year):
        for key, pattern in _OUTCOME_RULES:
            if pattern.search(clause):
                figures.put(figures.outcomes, key, to_int(numbers[0].group("num")), sentence, f"outcomes.{key}")
                break


def extract_figures(title: str | None, body_text: str, signed_date: str | None = None) -> Figures:
    """All handling figures of a body text, with evidence sentences."""
    figures = Figures()
    plain_text = without_pinyin_glosses(body_text)
    if _SPACE_BEFORE_UNIT.search(plain_text) and _SPACED_UNIT.search(plain_text):
        plain_text = _SPACED_NUMBER.sub("", plain_text)
    if _SPACED_FIGURE.search(plain_text):  # in every _SPACE_BEFORE_COUNT match, and quicker to scan for
        plain_text = _SPACE_BEFORE_COUNT.sub("", plain_text)  # 经审查立案 301件 (40e58eb5b2cd)
    body_sentences = sentences(plain_text)
    find_handling_year(title, body_sentences, signed_date, figures)
    year = figures.handling_year
    term = is_term_account(title, plain_text) and not (title and figures.evidence.get("handling_year") == title)  # a year's title wins
    bureau = bool(_BUREAU_VOICE.search(plain_text) or _bureau_headline(title or ""))
    statements = CountStatements(author=title or "")
    another_bodys = _one_handlers_sentences(plain_text)
    if another_bodys:
        figures.warnings.append("figures_of_one_handling_body_skipped")
    parts = _part_of_the_issuer_sentences(body_sentences, title or "")
    if parts:
        figures.warnings.append("figures_of_a_part_of_the_issuer_skipped")
        another_bodys |= parts
    members = _group_members_sentences(body_sentences, title or "")
    if members:
        figures.warnings.append("figures_of_a_group_member_skipped")
        another_bodys |= members
    group = _group_sentences_in_a_members_story(body_sentences, title or "")
    if group:
        figures.warnings.append("figures_of_the_group_skipped")
        another_bodys |= group
    sections = _one_kind_sections(body_sentences, title or "")
    for index, sentence in enumerate(body_sentences):
        if sentence in another_bodys:
            continue
        if len(sentence) > _LONGEST_STATEMENT:
            if "figures_not_read:sentence_too_long" not in figures.warnings:
                figures.warnings.append("figures_not_read:sentence_too_long")
            continue

        def skipped(position: int, sentence: str = sentence) -> bool:
            return _skipped(sentence, position, year, term, bureau)

        if "件" in sentence:  # every count and outcome is so many 件
            read_sentence(sentence, skipped, statements)
            _outcomes(sentence, year, figures)
        if "%" in sentence or "百分" in sentence:
            _rates(sentence, skipped, figures, sections.get(index))
    if title and ("%" in title or "百分" in title):
        _title_rates(title, year, figures)
    # 第九届市政协共征集提案1594件 … 第十届…1198件: each term's; 科技部共承办…; 文化和旅游部办理了…: each body's; none the whole's
    for several, named in (("terms", _terms_counted(body_sentences)), ("bodies", _bodies_counting(body_sentences, title or ""))):
        if len(named) > 1:
            figures.warnings.append(f"figures_of_several_{several}:{'、'.join(sorted(named))}")
            _clear(figures)
            statements = CountStatements()
    assert figures.counts_by_level is not None  # the fresh Figures' dict: None only once settled, below
    figures.warnings += settle(statements, figures.counts, figures.evidence, figures.counts_by_level,
                               _government_account(title, body_text))
    if not any(figures.counts.values()) and not statements.rows:
        _whole_before_its_outcomes(body_sentences, another_bodys, figures, year, term, bureau)
    figures.breakdown = levelled_rows(figures.counts, figures.evidence, statements.rows, statements.counting_sentences)
    _rates_of_one_side(figures, set(statements.kinds), title or "")
    _kinds_against_the_headline(title or "", figures)
    _rates_stated_differently(figures)
    figures.warnings += one_kind_roles(figures.counts, figures.breakdown, figures.evidence, body_text)
    _parts_above_the_whole(figures)
    _total_of_one_level(figures)
    _motions_passed_on(figures, body_sentences)
    _total_of_suggestions_only(figures)
    disagreement = parts_disagree(figures.counts)
    if disagreement:
        figures.flags.append("parts_disagree_with_total")
        figures.warnings.append(disagreement)
    figures.counts_by_level = figures.counts_by_level or None
    figures.flags = list(dict.fromkeys(figures.flags))
    return figures


# 市政协七届二次会议以来539件提案中,所提问题已解决或基本解决的有260件: the whole, stated only as the pool its outcomes
# are counted in; not one body's share (交区政府办理的123件建议中, 交建部门承办的这55件提案中), a pool picked from
# (从…3085件建议中,评选出…) or a part (其中…)
_WHOLE_BEFORE_OUTCOMES = re.compile(r"(?:^|[,,;;:：])(?P<clause>[^,,;;:：。]{0,24}?)(?<![\d.])(?P<num>\d{1,5})件"
                                    r"(?:代表|委员|人大代表|政协委员)?(?P<kind>建议|提案|议案)中[,,]?"
                                    r"(?=[^。]{0,40}?(?:解决|采纳|办结|办复|答复|满意))")
_NOT_THE_WHOLE_S_POOL = re.compile(r"承办|交[^,,]{1,12}?办理|评选|从|其中|主办|协办|分办|会办")
_POOL_KIND = {"建议": "npc_suggestions", "提案": "cppcc_proposals", "议案": "npc_motions"}


def _whole_before_its_outcomes(body_sentences: list[str], another_bodys: set, figures: Figures, year: int | None,
                               term: bool, bureau: bool) -> None:
    """A text that counts its items only as the pool of their outcomes (…539件提案中,已解决或基本解决的有260件) states
    that whole; read where no other count was (a page's other counts frame it otherwise)."""
    for sentence in body_sentences:
        if "件" not in sentence or "中" not in sentence or sentence in another_bodys:
            continue
        for match in _WHOLE_BEFORE_OUTCOMES.finditer(sentence):
            if _NOT_THE_WHOLE_S_POOL.search(match.group("clause")) \
                    or _skipped(sentence, match.start("num"), year, term, bureau):
                continue
            key = _POOL_KIND[match.group("kind")]
            figures.put(figures.counts, key, int(match.group("num")), sentence, f"counts.{key}")


# what a page about deputies' suggestions or members' proposals names somewhere: the houses, their people,
# or an item only they put forward (建议 alone is anyone's: 人民建议, 群众建议, 合理化建议)
_THE_HOUSES_ITEMS = re.compile(r"人大|政协|代表|委员|提案|议案|两会|两案|人代会|人民代表大会|政治协商")


def _government_account(title: str | None, body_text: str) -> bool:
    """The title or the opening says the text is a government's account of the items it handled, its own or
    relayed at another body's meeting (副省长…通报了省政府关于…提案办理工作的情况: 60d7729074ea)."""
    opening = f"{title or ''} {body_text[:_OPENING]}"
    return bool(_GOVERNMENT_ACCOUNT.search(opening)) or government_reporting(opening) is not None


def _clear(figures: Figures) -> None:
    """No count or rate, and no evidence but the handling year's."""
    figures.counts, figures.rates, figures.rate_notes = dict.fromkeys(COUNT_KEYS), dict.fromkeys(RATE_KEYS), {}
    figures.evidence = {key: value for key, value in figures.evidence.items() if key == "handling_year"}


# the items' own names: a sentence naming none of them (代表, 办理, 答复 alone) speaks of something else
_ITEMS_NAMED = re.compile(r"提案|建议|议案|两案")
_FULL_STOP = re.compile(r"[。!?]")  # not a line break: a hard-wrapped sentence is one sentence
_OPENING_READ = 1500  # as the kind rules read a body: where an account states its items
# under a fifth of the opening on the items: a page mostly about something else (a disclosure report, a general
# work report, a letters office's yearbook entry, session news) whose one sentence counts the items carries no
# account of their handling (docs/labelling.md, points 89, 54). On the dev pages labelled after cb66d50,
# cb66d50's code took 7 wrong or spurious figures from such pages and no right one; no right dev figure today
# comes from one (the nearest is at 0.23).
MOSTLY_ABOUT_SOMETHING_ELSE = 0.2
# under two fifths: partly about something else, an account only if the kind model does not doubt it
PARTLY_ABOUT_SOMETHING_ELSE = 0.4


def share_about_the_items(body_text: str) -> float:
    """The share of the body's opening sentences, by length, that name the items (提案, 建议, 议案, 两案)."""
    found = [sentence for sentence in map(str.strip, _FULL_STOP.split(body_text[:_OPENING_READ])) if sentence]
    length = sum(map(len, found))
    return sum(len(sentence) for sentence in found if _ITEMS_NAMED.search(sentence)) / length if length else 1.0


def drop_unless_the_houses_items(title: str | None, page_text: str, figures: Figures) -> None:
    """A page naming no congress, CPPCC, deputies, members or their items has no count or rate of theirs
    (read over the whole page: an excerpt may leave its naming out), nor their handling year from a sentence naming
    no items (2017年3月,共办理热线工单2495件: a hotline's month, left to the year rules, which find the page about no
    items; 走访慰问2014年度重点建议提出人 keeps its year)."""
    if _THE_HOUSES_ITEMS.search(f"{title or ''}{page_text}"):
        return
    if any(value is not None for value in (*figures.counts.values(), *figures.rates.values())) or figures.breakdown:
        figures.warnings.append("figures_of_no_deputies_or_members_items")
    _clear(figures)
    if not _ITEMS_NAMED.search(figures.evidence.get("handling_year", "")):
        figures.handling_year = None
        figures.evidence.pop("handling_year", None)
    figures.breakdown, figures.counts_by_level = [], None
