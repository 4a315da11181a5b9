"""Counts of items (件) read as a structure: whole → level → kind → role, and the other way round.

A sentence is cut into ';' segments; inside a segment each count is an *event* (a total, a kind
count, a role count) and takes its scope from the event before it:

- a role after a kind (建议37件,主办34件) and a kind after a role (牵头办理1021件,其中人大建议586件)
  are scoped figures: breakdown rows (kind + role), never overall lead/joint or kind counts; roles
  after two kinds listed side by side (建议16件、提案9件,其中主办2件) or over all items (议提案主办75件,
  主办的建议、提案共有20件) are the whole's, and roles after "among one kind" (在办理的人大代表建议中,
  主办件15件) that kind's rows; 承办 set against 协办 in one sentence is the lead;
- a parenthesis belongs to the count right before it: kinds inside a total's parenthesis are the
  kinds of the whole (共承办建议提案2657件(人大建议1413件,政协提案1244件)), kinds or roles inside a
  role's or a kind's parenthesis are breakdown rows (主办件9件(包括人大代表建议3件…));
- a kind with a level (省人大代表建议3件) is a breakdown row; it is the kind's overall count only when
  the page counts that kind at one level alone and names it at no other level;
- a role stated twice with different figures (单办41件,主办88件; 主办827件 … 主办了317件, one per kind) is
  abstained from (rows only); a congress kind joined to a CPPCC kind (议案提案14件) counts both;
- "共计13件主办件" is a role count, not a total; "共提出建议774件" counts one kind, not the total, and
  so does a 合计 in a stretch that names one kind only (代表所提建议,归属省政府办理的合计385件);
- both kinds joined before a count (人大代表建议、政协委员提案15件) and items of several levels named
  together (省、市建议提案75件) are the total; a count before a kind's name (代表提出的491件议案和8160件
  建议) is the kind's, unless the list is a pool something is picked from (…中,评选出);
- the part one named body took (其中,市住建局承办建议32件) is a row, unless the title names that body;
- 牵头办理 / 牵头承办 count led items (docs/labelling.md, point 32): the kinds listed after the verb are
  lead rows, and a whole counted as led (共牵头承办…2件) is the lead but no total; 主办及分办 is the lead
  (point 33).

Whose items a count is: the proposals filed (立案688件; after merging, 并案后735件) are the ones
handled, so beside them what came in (共收到提案材料729件) is no total, yet where a body the headline names
states the fewer it undertook (中国残联共承办…提案28件) the filed count is the CPPCC's whole; in a government's account the
part handed on to it (共提出提案744件,其中670件交由省政府系统承办) is its count; proposals submitted
(提交提案5769件) are a breakdown row unless all were answered; what was submitted of which only a
part was answered (共提出提案1509件,已办复1325件), one kind counted in parts side by side (书面提出
建议1138件,…提出建议61件), a filed count given roughly (立案240多件) and one above what came in
(共征集提案1300件,经审查立案1500件) or a filed count stated twice differently (立案16件,立案11件)
count nothing; priority items (重点建议提案5件) and the items they involve (…重点督办建议,涉及具体建议112件)
are no total; what was raised beside the smaller share a handling body took (代表们共提出各类建议69件。其中交由
政府系统办理的有68件; 提出代表建议22件,其中该街道主办5件; 将其中的202件转交给市政府办理) counts nothing outside a
government's account, nor is it the total inside one (共提出意见建议232件,交政府系统办理225件), and
beside a filed count, or one kept after review however worded (经审查确定为提案的92件), the proposals
received (收到的254件提案) are the intake.

Nothing is summed; where the kinds of the whole and a stated total disagree both are kept and
the disagreement is flagged.
"""

import re
from dataclasses import dataclass, field
from typing import NamedTuple, cast

from normalize.numerals import CHINESE_NUMBER_CHARS, NUMBER, NUMBER_AHEAD, to_int

_KIND_WORDS = {
    "人大代表议案建议": "npc_items", "人大议案建议": "npc_items", "议案建议": "npc_items",
    # 区人大代表建议和议案164件: the congress's two kinds in one figure (ab83ced41883)
    "建议和议案": "npc_items", "议案和建议": "npc_items", "建议、议案": "npc_items", "议案、建议": "npc_items",
    "建议及议案": "npc_items", "议案及建议": "npc_items",
    "政协建议案提案": "cppcc_items", "建议案提案": "cppcc_items",
    "议提案": "items", "建议提案": "items", "建议和提案": "items", "提案和建议": "items", "提案建议": "items",
    "建议、提案": "items", "两会建议提案": "items",
    "建议、批评和意见": "npc_suggestions", "建议、批评、意见": "npc_suggestions", "建议批评和意见": "npc_suggestions",
    "人大代表建议": "npc_suggestions", "人大建议": "npc_suggestions", "代表意见建议": "npc_suggestions",
    "代表建议": "npc_suggestions",
    "建议": "npc_suggestions",
    "人大代表议案": "npc_motions", "人大议案": "npc_motions", "代表议案": "npc_motions", "议案": "npc_motions",
    "政协建议案": "cppcc_motions", "建议案": "cppcc_motions",
    "政协委员提案": "cppcc_proposals", "政协提案": "cppcc_proposals", "委员提案": "cppcc_proposals",
    "提案": "cppcc_proposals",
}
SINGLE_KINDS = ("npc_suggestions", "npc_motions", "cppcc_proposals", "cppcc_motions")
_KIND_ALT = "|".join(sorted(map(re.escape, _KIND_WORDS), key=len, reverse=True))
_COUNT_END = rf"(?P<num>{NUMBER})件(?!次)"
LEVELS = ("全国", "自治区", "省", "市", "州", "盟", "区", "旗", "县")  # 自治区 before 区: 自治区人大代表建议 is no district's
# a 自治州 or 盟 is prefecture level, an autonomous region a province's, a 旗 a county's (rows only: 市…建议 and
# 州…建议 are two levels)
LEVEL_OF = {"州": "市", "盟": "市", "自治区": "省", "旗": "县"}
_KIND_COUNT_START = "".join(sorted({word[0] for word in (*_KIND_WORDS, *LEVELS)}))  # lets a search skip ahead
# (a kind's 原案: its items as handed in, before review: 共收到政协提案原案274件, 54e6ba5793d5)
_KIND_COUNT = re.compile(rf"(?=[{_KIND_COUNT_START}])(?<![意见])(?P<level>{'|'.join(LEVELS)})?(?P<kind>{_KIND_ALT})"
                         rf"(?:原案)?(?P<krole>主办|会办|协办)?\s*(?:共计|共有|共|合计|总计|总共|为|计|有)?{_COUNT_END}")
_JOINED_KINDS = re.compile(rf"(?:建议|提案|议案)(?:、|和|及|与|以及)(?:{'|'.join(LEVELS)})?$")
_CLAUSE_KINDS = re.compile(r"建议[^,;:。\d件]*?(?:、|和|及|与)[^,;:。\d件]*?提案[^,;:。\d件]*$")  # 人大代表建议、…政协提案共76件
# 主办及分办 / 主办或分办 (one figure joining 主办 and 分办) is the lead, like 主办(含分办) (docs/labelling.md, point 33)
# 单独办理 is 独办 written out (最高检单独办理39件,…主办10件: two lead figures, so no lead; docs/labelling.md, Figures)
_ROLE_WORDS = {"主办": "lead", "单办": "lead", "独办": "lead", "单独办理": "lead", "牵头办理": "lead", "牵头承办": "lead", "牵头": "lead",
               "主办及分办": "lead", "主办和分办": "lead", "主办或分办": "lead", "主办、分办": "lead",
               "会办": "joint", "协办": "joint", "汇办": "joint", "参与办理": "joint",  # 汇办: Shenzhen's word for 会办
               "承办": "undertaken", "分办": "assigned"}
# 主(承)办44件, 主(承、分)办45件: 主办 with the other lead words in a parenthesis inside it (blanked when read), the lead
# (points 33, 47: a852a0c1f2ec, d26d024afbfa)
_SPACES = re.compile(r"\s+")
_ROLE_ALT = "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + rf"|主\s{{3,8}}办(?=件?\s*[\d{CHINESE_NUMBER_CHARS}])"
# _ROLE_COUNT, _TOTAL and _FILED open with literals (no lookahead, no optional part first): re then
# jumps straight to where a match can start instead of trying every position.
# 主办(独办、分办)192件, 作为主办单位的有39件: a short parenthesis (blanked when read) or 单位的有
# between role and count
_ROLE_COUNT = re.compile(rf"(?P<role>{_ROLE_ALT})(?:[((][^()()]{{1,10}}[))]|\s{{3,12}})?件?(?:单位)?"
                         rf"(?:共计|共|为|的有|的|了)?{_COUNT_END}")
_DISCLOSED = re.compile(r"公开|公示|上网")
# 共计13件主办件 (每一件主办件 is every one; “关于…的建议”2件主办件 counts the items just cited, not all)
_COUNT_THEN_ROLE = re.compile(rf"{NUMBER_AHEAD}(?<![每”》\d{CHINESE_NUMBER_CHARS}]){_COUNT_END}(?P<role>主办|会办|协办|单办)件")
# (an aside blanked to spaces counts as one character: 共收到人大代表建议和政协委员提案(以下简称议提案)157件; the run
# of spaces is taken whole, \s++, or a long run is split every way over the 20 before a count fails to follow)
_TOTAL = re.compile(rf"(?:(?:共计|合计|总计|总共|共(?<!公共)(?![同享建识产性]))(?:[^,;:。\d()\s]|\s++){{0,20}}?"
                    rf"|总[量数](?:为|达到|达|是)?){_COUNT_END}")  # 我局办件总量322件: a total stated as such
_HANDED_ON = re.compile(r"其中[^。]{0,30}?由[^。]{0,30}?承办")
# 共对755件建议的办理工作进行了满意度反馈, 共18件限时办理意见: counts of feedback or of other texts
_FEEDBACK = re.compile(r"[^,;:。]*?(?:反馈|测评|评价|(?<!批评和)(?<!批评、)意见)")
_OTHER_TEXTS = re.compile(r"来信|来电|信访")  # 建议15件、提案46件、委员来信3件,总计64件: not a total of items
# what a total of items names somewhere in its stretch (共承办“两案”62件; 该站共9件建议、提案); a 共…N件 naming none
# of them (共办理群众诉求36件, 共出台政策文件12件) counts something else
_ITEMS_NAMED = re.compile(r"建议|提案|议案|两案|办件|代表|委员")
_ANY_KIND = re.compile(r"建议|提案|议案")
# 在办理的人大代表建议及视察工作意见中,主办件15件; 在人大建议办理工作任务中,国家发改委主办827件 (the subject
# named after the frame): the roles after it are that kind's
_KIND_AMONG = re.compile(rf"(?P<level>)(?P<kind>{_KIND_ALT})[^,;:。\d件]{{0,12}}?中[,,]?[^,;:。\d件]{{0,12}}?\s*$")
_NAMED_KIND = re.compile(rf"(?P<level>全国|{'|'.join(LEVELS[1:])})(?:人大|政协)[^,;:。\d件]{{0,8}}?(?P<kind>{_KIND_ALT})")
_ANOTHER_KIND_JOINED = re.compile(r"(?:、|和|及|与|以及)[^,;:。\d]{0,8}?(?:建议|提案|议案)")
# 227件区人大代表建议和政协提案: a count before kinds joined, not before one kind and another counted (…建议和五件政协提案)
_ANOTHER_KIND_UNCOUNTED = re.compile(r"(?:、|和|及|与|以及)[^,;:。\d件]{0,8}?(?:建议|提案|议案)")
_KIND_AFTER = re.compile(rf"(?P<level>{'|'.join(LEVELS)})?(?P<kind>{_KIND_ALT})")
_OUTCOME_CLASS = re.compile(r"[ABC]类")  # counts per outcome class (A类共6件,其中人大建议3件) are outcomes
# 收到提案685件,经审查立案568件, 立案的17件提案, 立案的有92件, 经…审查后,列为提案的有27件: the filed ones are the kind's
# (不立案/未立案/不予立案 N件 are not)
_FILED = re.compile(rf"(?:审查立案|(?<![不未予])立案|(?<![不未])列为提案)(?:交[^,;:。\d]{{0,10}}?的|交办|的有|的|共)?{_COUNT_END}")
# 568件立案提案全部办复, 去年212件立案提案涉及…: the filed count before its words
_FILED_BEFORE = re.compile(rf"(?<![\d.]){_COUNT_END}(?:经审查)?立案(?:的)?提案")
# 立案846件,并案处理后为735件 / 并案后实际交办提案480件: the filed proposals after merging are the ones
# handled (并案14件 alone counts the merged ones, not what is left)
# (经对内容相同的提案进行归并,编号交办560件: merged under another word, then handed over; 经整理并案后,交办131件: a comma
# after 后, 913a2a6b3918; 经并案处理,实际交办271件, no 后: eb098f789584)
_MERGED = re.compile(rf"(?:并案(?:处理)?(?:后(?:[,,]?(?:实际)?交办|实际)?(?:提案)?(?:为|共|计)?|[,,]?(?:实际)?交办)"
                     rf"|归并(?:后(?:为|共|计)?|[,,]编号交办|[,,]交办))"
                     rf"{_COUNT_END}")
# 立案110件,合并整理后形成正式提案61件 / 立案140件,合并后为116件: merged under a third word, after the filing (合并后1723件。
# 经审查立案1467件: submissions merged before they were filed, not counted)
_MERGED_AFTER_FILING = re.compile(rf"合并(?:整理|处理)?后[,,]?(?:形成)?(?:正式)?(?:提案)?(?:为|共|计)?{_COUNT_END}")
# 经审查立案240多件: a filed count given only roughly, so the proposals handled are not counted
_FILED_ROUGHLY = re.compile(rf"(?:审查立案|(?<![不未予])立案)(?P<num>{NUMBER})(?:多|余)件")
# 圆满完成120件提案的办理答复工作: the proposals handled, stated as such; where they are more than the filed
# count, that one counted the session's only (闭会期间收到的2件提案…同意立案)
_HANDLED = re.compile(rf"(?:完成|办理|承办)(?:了|的)?{_COUNT_END}提案")
# 县人大代表提出的意见建议共73件: what deputies raise as 意见建议 are their suggestions (意见建议 alone, of
# members or of the public, is not)
_DEPUTIES_OPINIONS = re.compile(rf"代表(?:[^,;:。\d件]{{0,16}}?,)?[^,;:。\d件]{{0,24}}?(?P<words>意见建议)(?:共计|共|合计)?{_COUNT_END}")
# 立案的415件提案已全部办复, 由自治区政协交办的609件提案已全部完成办理和答复: all the items of the kind,
# each handled (其中5件提案已全部办结 is a part)
_ALL_HANDLED = re.compile(rf"{NUMBER_AHEAD}(?<![\d.])(?P<num>{NUMBER})件(?P<level>{'|'.join(LEVELS)})?(?P<kind>{_KIND_ALT})"
                          rf"[^,;:。\d]{{0,8}}?(?:(?:均|全部|都)(?:已经|已)?[^,;:。\d]{{0,4}}?(?:完成|办复|办结|答复|办理)"
                          rf"|(?:已经|已)[^,;:。\d]{{0,6}}?(?:办理|答复|办结|办复)完毕)")
# 共收到提案材料729件 / 共以提案形式提出意见建议1042件: what came in, not what was handled (when a filed
# count is stated, the filed ones are)
_INTAKE = re.compile(r"收到|提出|提交|征集|收集|受理")
_NOT_HANDLED = re.compile(r"答复|公开|发布|回复|回执|办复|办结|解决|采纳|[ABC]类")
_OUTCOME_CLAUSE = re.compile(r"解决|采纳|列入")  # 已经解决或基本解决的建议363件: an outcome, no kind count
# members submit proposals (提交提案5769件); the filed ones are handled (docs/labelling.md, Decisions)
_SUBMITTED = ("提交", "提交了")
# 共提交提案51件,所有提案均全部办复完毕 / …辦理完畢,提案辦復率100%: every submitted one was handled
_ALL_ANSWERED = re.compile(r"完毕|全部(?:办复|办结|答复)|均已(?:办复|办结|答复)|(?:办复|答复|办结)率(?:达到?|为)?100%")
# 提交提案49件,委员大会发言10篇,提出…意见建议130多条,都得到…办理,提案办复率100%: other things members put in,
# listed before the answer, make it the answer to all of them, not a count of the proposals handled
_OTHER_OUTPUTS = re.compile(r"\d+(?:多|余)?(?:篇|条|项|份)")
_STATUS_BEFORE = ("已办复", "办复", "已办结", "办结", "已答复", "所提", "委员")
# 主办件中,人大代表建议(议案)共26件,政协委员提案31件: the kinds counted after it are that role's (809634367dba)
_ROLE_AMONG = re.compile(r"(?P<role>主办|会办|协办)件中[,,:]")
# 牵头主办(含独办、分办)的建议、提案35件; 牵头办理全国人大代表建议6319件 (led items of a kind, point 32)
_ROLE_BEFORE = re.compile(r"(?P<role>牵头办理|牵头承办|主办|会办|协办)\s*的?$")
# the kinds listed right after 牵头办理 share it (牵头办理全国人大代表建议6319件,全国政协委员提案3863件: point 32; a
# list after 主办 is read kind by kind, 共主办县人大代表建议13件、县政协委员提案9件 as labelled in d5a91297b412)
_LISTED_AFTER = re.compile(r"[、,,和及与\s]*|以及")
_ROLES_JOINED = re.compile(r"(?:主办|会办|协办|承办)\s*[、和及与]\s*(?:主办|会办|协办)\s*的?$")  # 主办、协办的建议: both
_STRONG_TOTAL = ("共计", "合计", "总计", "总共")
# 其中重点提案9件: a subset, no figure of its kind; 经审查后立案263件,转作建议157件: proposals not filed, passed on as
# suggestions (转作, 转为), no deputies' suggestions
_SUBSET_WORDS = ("重点", "重点督办", "其他", "集体", "个人", "联名", "转为意见和", "意见和", "方面的", "方面", "类", "转作", "转为")
# 配合办理19项重点督办建议,涉及具体建议112件: the items the priority ones involve, a subset
_PRIORITY_INVOLVING = re.compile(r"重点[^。;,,]{0,8}?(?:建议|提案)[,,]\s*涉及[^,;:。\d]{0,4}$")
# 关于西关大街拓宽提升改造的建议1件, 关于道路安全建议1件, 关于执法检查的议案2件: the items on one topic, a subset (b94f56aeb104,
# 826de4ef2b83); 关于我局的政协委员提案3件 names the body's own items, all of them (46aa83e2449a)
_ON_A_TOPIC = re.compile(r"关于(?![我本](?:局|委|办|厅|院|部|单位|中心|公司|系统)的)[^,;:。\d件]{1,40}$")
_ALL_SORTS = ("各方面", "多方面")  # 共提出各方面建议、批评和意见100件: all of them, no subset
# 市领导督办的重点提案共计97件, 评选出的优秀提案共50件: the count of a subset, not a total (围绕重点工作共承办
# 建议提案30件 is one)
_SUBSET_NAMED = re.compile(r"(?:重点|优秀)[^,;:。]{0,4}?(?:建议|提案|议案|件)$")
# 共承办重点建议提案5件: the priority items are a subset, whatever comes before
_SUBSET_IN_TOTAL = re.compile(r"重点|优秀")
_PARENTHESES = re.compile(r"\([^()]*\)")
# 市人大代表建议和视察工作意见22件: a kind named at a level in a counting sentence, whether or not its
# figure is read
_LEVELLED_BOTH = re.compile(rf"(?P<level>{'|'.join(LEVELS)})(?:人大)?(?:代表)?建议(?:和|、|及|与)(?:政协)?(?:委员)?提案")
_LEVELLED_KIND = re.compile(rf"(?P<level>{'|'.join(LEVELS)})(?:人大|政协)?(?P<kind>代表建议|委员提案|建议|提案|议案)")


class Event(NamedTuple):
    start: int
    end: int
    what: str  # total | kind | role
    key: str | None  # the kind or role key
    level: str | None
    value: int | None  # None where the number cannot be read (dropped once the stretch is read)
    strong: bool = False
    role: str | None = None  # a kind count stated for one role (主办建议12件)
    sums: bool = False  # a role count that adds up the kinds before it (共计13件主办件)
    filed: str = ""  # "filed" (立案N件: the proposals filed, which are the ones handled), "merged" (并案后N件),
    # "roughly" (立案240多件) or "submitted" (提交提案5769件: a breakdown row)
    intake: bool = False  # a total of what came in (共收到…N件)
    part: bool = False  # the part one named handling body took (其中,市住建局承办建议32件)
    led_only: bool = False  # a whole counting only the items the issuer led (共牵头承办…2件): no total, point 32


@dataclass
class CountStatements:
    """What the sentences state, before settling: candidates per field and breakdown rows."""

    totals: list = field(default_factory=list)  # (value, sentence, strong)
    kinds: dict = field(default_factory=dict)  # kind → [(level, value, sentence)]
    roles: dict = field(default_factory=dict)  # role → [(value, sentence)]
    rows: list = field(default_factory=list)
    levels: dict = field(default_factory=dict)  # kind → every level it is counted at
    filed: list = field(default_factory=list)  # (value, sentence) of 立案N件
    merged: list = field(default_factory=list)  # (value, sentence) of 并案后N件
    handled: list = field(default_factory=list)  # (value, sentence) of 完成N件提案的办理
    roughly: list = field(default_factory=list)  # (value, sentence) of 立案240多件
    in_parts: set = field(default_factory=set)  # (kind, sentence) where the kind is counted in parts, no whole
    sentence_kinds: list = field(default_factory=list)  # (kind, value, start) counted without a level in this sentence
    counting_sentences: list = field(default_factory=list)
    author: str = ""  # the document's title: a body it names is the document's own

    def named_levels(self, kind: str) -> set:
        """The levels the counting sentences name a kind at, whether or not its figure is read (a level
        before two kinds joined, 全国人大代表建议和政协提案7件, names both at it)."""
        named = {match.group("level") for sentence in self.counting_sentences
                 for match in _LEVELLED_KIND.finditer(sentence) if _KIND_WORDS[match.group("kind")] == kind}
        if kind in ("npc_suggestions", "cppcc_proposals"):
            named |= {match.group("level") for sentence in self.counting_sentences if "提案" in sentence
                      for match in _LEVELLED_BOTH.finditer(sentence)}
        return {LEVEL_OF.get(level, level) for level in named}

    def saw(self, kind: str, level: str | None) -> None:
        self.levels.setdefault(kind, set()).add(level)

    def row(self, level, kind, role, value, evidence: str):
        entry = {"level": LEVEL_OF.get(level, level), "kind": kind, "role": role, "value": value,
                 "evidence": evidence}
        if entry not in self.rows:
            self.rows.append(entry)


def _blank_parentheses(sentence: str) -> tuple[str, list[tuple[int, int]]]:
    """The sentence with (…) asides blanked out (positions kept), and the asides' spans."""
    spans: list[tuple[int, int]]
    blanked, spans = sentence, []
    if "(" not in sentence:
        return blanked, spans
    while True:
        found = [match.span() for match in _PARENTHESES.finditer(blanked)]
        if not found:
            return blanked, sorted(spans)
        spans += found
        blanked = _PARENTHESES.sub(lambda match: " " * len(match.group()), blanked)


def _events(text: str, offset: int, skipped) -> list[Event]:
    """Count events of one stretch of text (no parentheses in it), in order."""
    if "件" not in text:  # every count is so many 件
        return []
    events = _kind_events(text, offset)
    counted_roles = list(_COUNT_THEN_ROLE.finditer(text)) if "办件" in text else []  # each match ends in 办件
    for pattern, matches in ((_ROLE_COUNT, _ROLE_COUNT.finditer(text)), (_COUNT_THEN_ROLE, counted_roles)):
        for match in matches:
            if pattern is _COUNT_THEN_ROLE and _DISCLOSED.search(text, max(0, match.start() - 4), match.start()):
                continue  # 在局门户网站公开34件主办件的办理情况: the items disclosed, not the items led
            role, value = _ROLE_WORDS[_SPACES.sub("", match.group("role"))], to_int(match.group("num"))
            kind_after = _KIND_AFTER.match(text, match.end())
            if kind_after and _ANOTHER_KIND_UNCOUNTED.match(text, kind_after.end()):
                kind_after = None  # 承办的227件区人大代表建议和政协提案: both kinds, no one kind's items
            if kind_after and pattern is _ROLE_COUNT:  # 主办的40件人大建议: a kind's lead items
                events.append(Event(offset + match.start(), offset + kind_after.end(), "kind",
                                    _KIND_WORDS[kind_after.group("kind")], kind_after.group("level"), value, role=role))
                continue
            events.append(Event(offset + match.start(), offset + match.end(), "role", role, None, value,
                                sums=pattern is _COUNT_THEN_ROLE))
    taken = {event.end for event in events} | {offset + match.end("num") + 1 for match in counted_roles}
    stated = "共" in text or "总" in text or "合计" in text  # in every _TOTAL match: most stretches need no search
    for match in _TOTAL.finditer(text) if stated else ():
        if (offset + match.end() in taken or _ROLE_COUNT.search(match.group()) or _NOT_HANDLED.search(match.group())
                or not _ITEMS_NAMED.search(text)
                or _FEEDBACK.match(text, match.end()) or _OTHER_TEXTS.search(text, 0, match.start())
                or _SUBSET_NAMED.search(text, 0, match.start()) or _SUBSET_IN_TOTAL.search(match.group())
                or _one_kind_before(text, match.start()) or _SHARE_AFTER.match(text, match.end())
                or _WHOLE_OF_A_SHARE.search(_clause_tail(text[:match.start()]))
                or _OUTCOME_CLAUSE.search(_clause_tail(text[:match.start()]))):  # 采纳…的建议提案共计122件: an outcome
            continue
        kind_after = _KIND_AFTER.match(text, match.end())
        if (kind_after and _KIND_WORDS[kind_after.group("kind")] in SINGLE_KINDS
                and not _ANOTHER_KIND_JOINED.match(text, kind_after.end())):  # 共提出54件提案: one kind's count
            events.append(Event(offset + match.start(), offset + kind_after.end(), "kind",
                                _KIND_WORDS[kind_after.group("kind")], kind_after.group("level"),
                                to_int(match.group("num"))))
            continue
        intake = bool(_INTAKE.search(match.group()))
        subject = None if kind_after or intake else _only_kind_named(text)  # (what came in: the intake rules)
        if subject:  # 代表所提建议,归属省政府办理的合计385件: the count of the one kind the stretch is about
            events.append(Event(offset + match.start(), offset + match.end(), "kind", subject, None,
                                to_int(match.group("num"))))
            continue
        led = _role_of_the_whole(text, match)
        events.append(Event(offset + match.start(), offset + match.end(), "total", None, None,
                            to_int(match.group("num")), match.group().startswith(_STRONG_TOTAL),
                            intake=intake, role=led and "lead", led_only=bool(led and led.startswith("牵头"))))
    events = [event for event in sorted(events) if event.value is not None and not skipped(event.start)]
    return _inherit_levels(_drop_overlaps(events))


# 其中,市住建局承办建议32件、提案28件; 其中由市城管局主办的提案有26件: the part one named body handled (not
# 我局, not the government system's part, which _GOVERNMENT_PART reads)
_ONE_BODYS_PART = re.compile(r"其中[,,:]?\s*由?(?![我本全各该])(?P<body>[\u4e00-\u9fff]{2,14}?(?:厅|局|委员会|委|办公室|中心|署))"
                             r"(?:共|负责|牵头)?(?:承办|办理|主办)(?:了|的)?")
_CLAUSE_END = re.compile(r"[,;:。]")
_OWN_VOICE = re.compile(r"[我本](?:局|委|厅|办|中心|单位)")


def _one_bodys_parts(text: str, offset: int, events: list[Event], author: str) -> list[Event]:
    """Counts in the clause of one named body's part are that part's rows, not the whole's, unless the
    body is the document's own (named in its title: 市城管局开展…面商活动 … 其中由市城管局主办的提案有26件,
    or the whole is the issuer's own: 我局共承办…)."""
    for match in _ONE_BODYS_PART.finditer(text) if "其中" in text else ():
        if match.group("body") in author or _OWN_VOICE.search(text, 0, match.start()):
            continue
        end = _CLAUSE_END.search(text, match.end())
        stop = offset + (end.start() if end else len(text))
        events = [event._replace(part=True) if offset + match.end() <= event.start < stop else event for event in events]
    return events


_KIND_BEFORE = re.compile(rf"(?:{_KIND_ALT})$")
# 市直党群及其他部门共10个单位承办建议21件,占7.7%: a group of handlers' share of the items, a part
_UNITS_COUNTED = re.compile(r"\d+个(?:承办)?(?:单位|部门)")
# …等方面,提出建议提案29件,占20.6%: items counted as a share of a larger whole are a part, no total
_SHARE_AFTER = re.compile(r"[,,]?\s*(?:约|仅)?占")
# 共受理政协委员提案382件,占市政协立案总数413件的92.5%: the whole a share is taken of, another body's count (e71355032237)
_WHOLE_OF_A_SHARE = re.compile(r"占[^,,;:。]{0,20}$")
_LEVELS_JOINED = re.compile(rf"(?:{'|'.join(LEVELS)})(?:、|和|及|与)?$")  # 省、市建议提案: a level joined before
# the other side's kind joined right before a kind's name (人大代表建议、政协委员提案; 政协提案和县人大代表建议;
# 建议(含市人大代表视察工作意见)提案, an aside blanked between the two; 人大政协议案提案14件, no mark between)
_OTHER_SIDE_JOINED = {"cppcc_proposals": re.compile(r"(?:建议|议案)(?:、|和|及|与|以及|\s+)[^,;:。\d件]{0,6}$|议案$"),
                      "npc_suggestions": re.compile(r"提案(?:、|和|及|与|以及|\s+)[^,;:。\d件]{0,6}$"),
                      "npc_motions": re.compile(r"提案(?:、|和|及|与|以及|\s+)[^,;:。\d件]{0,6}$|提案$")}


# 由XX人民政府主办的建议、提案共有20件; 我局共牵头承办人大代表建议和政协委员提案2件: a total every item of
# which the issuer led (a clause naming the other role too, or 主办单位, says something else)
_LED_WHOLE = re.compile(r"(?:主办|牵头承办|牵头办理|独办)的?(?!单位)")
_OTHER_ROLE = re.compile(r"协办|会办|参办|配合")


def _role_of_the_whole(text: str, match: re.Match) -> str | None:
    """The role word (主办, 牵头承办 …) that makes every item of the total led, if any."""
    clause = text[_clause_start(text, match.start()):match.start("num")]
    led = _LED_WHOLE.search(clause)
    return led.group() if led and not _OTHER_ROLE.search(clause) else None


# a kind's name (not inside a cited title, not 意见建议) in a stretch of text
_KIND_NAMED = re.compile(rf"(?<![意见])(?:{_KIND_ALT})")
_CITED = re.compile(r"《[^》]*》|“[^”]*”")


def _only_kind_named(text: str) -> str | None:
    """The one kind a stretch names when it states a total (…代表所提建议,归属省政府办理的合计385件):
    a number stated for one kind is that kind's, never the total (docs/labelling.md, Decisions)."""
    kinds = {_KIND_WORDS[match.group()] for match in _KIND_NAMED.finditer(_CITED.sub("", text))}
    return kinds.pop() if len(kinds) == 1 and kinds <= set(SINGLE_KINDS) else None


def _one_kind_before(text: str, position: int) -> bool:
    """共N件 right after one kind's name (…方面的提案共12件) counts that kind: the kind's rules decide
    (here: a subset), it is no total; after joined kinds (建议和政协提案共28件) it is."""
    match = _KIND_BEFORE.search(text, 0, position)
    return bool(match and _KIND_WORDS[match.group()] in SINGLE_KINDS and not _JOINED_KINDS.search(text[:match.start()])
                and not _CLAUSE_KINDS.search(text[:match.end()]))


def _clause_tail(text: str) -> str:
    return text[_clause_start(text, len(text)):]


# a word for both houses' items whose clause names the CPPCC and not the congress (承办政协建议提案71件; 承办县十届政协
# 二次会议提案建议共有5件) counts the members' proposals alone (docs/labelling.md, point 137)
_MIXED_ITEMS_WORDS = ("建议提案", "提案建议")
_THE_CONGRESS = re.compile(r"人大|代表|两会")


def clause_back_past_lists(text: str, end: int) -> str:
    """The clause ending at `end`, back to the last , ; : or 。 (past 、, which joins a list inside a clause)."""
    return text[max(text.rfind(mark, 0, end) for mark in ",;:。") + 1:end]


def names_the_cppcc_alone(clause: str) -> bool:
    return "政协" in clause and not _THE_CONGRESS.search(clause)


def in_the_cppccs_items_word(text: str, position: int) -> bool:
    """The 建议 at `position` is part of 建议提案 or 提案建议 in a clause naming the CPPCC alone."""
    start = (position if text.startswith("建议提案", position)
             else position - 2 if position >= 2 and text.startswith("提案建议", position - 2) else -1)
    return start >= 0 and names_the_cppcc_alone(clause_back_past_lists(text, start))


def _kind_events(text: str, offset: int) -> list[Event]:
    """Kind counts; a role word right before or after the kind word (主办建议12件, 提案会办12件)
    makes it a kind+role figure; status counts (已办复提案5396件) and subsets are no kind counts."""
    events = []
    governing = None  # (role word, end) of a kind count a role's verb stands before, for the kinds listed after it
    # 主办市人大代表议案2件、建议2件,协办…议案3件、建议1件: with both roles counted, a list after each is that role's
    # (583e3a963c7e); after 主办 alone the kinds listed are the kinds' own (共主办县人大代表建议13件、县政协委员提案9件)
    both_roles = "主办" in text and ("协办" in text or "会办" in text)
    among = _ROLE_AMONG.search(text) if "件中" in text else None
    for match in _KIND_COUNT.finditer(text):
        word, before = match.group("kind"), text[:match.start()]
        kind = _KIND_WORDS[word]
        if (word == "议提案" and before.endswith("会")  # 会议提案115件: 提案 of a session
                or word in _MIXED_ITEMS_WORDS and names_the_cppcc_alone(clause_back_past_lists(before, len(before)))):
            kind = "cppcc_proposals"
        other_side = _OTHER_SIDE_JOINED.get(kind)
        both_sides = bool(other_side and other_side.search(text, max(0, match.start("kind") - 40), match.start("kind")))
        if not both_sides and kind != "items" and (_JOINED_KINDS.search(text[:match.start("kind")])
                                                   or _CLAUSE_KINDS.search(text[:match.end("kind")])):
            continue
        if (before.endswith(_SUBSET_WORDS + _STATUS_BEFORE) and not before.endswith(_ALL_SORTS)
                or _OUTCOME_CLAUSE.search(_clause_tail(before))
                or (kind == "items" or _UNITS_COUNTED.search(_clause_tail(before))) and _SHARE_AFTER.match(text, match.end())
                or "涉及" in before and _PRIORITY_INVOLVING.search(before)
                or "关于" in before and _ON_A_TOPIC.search(before)):
            continue
        if both_sides:  # 人大代表建议、政协委员提案15件: both kinds counted together, all the items (a 共…N件
            if any(total.end() == match.end() for total in _TOTAL.finditer(text)):  # read as a total reads it)
                continue
            events.append(Event(offset + match.start(), offset + match.end(), "kind", "items", None,
                                to_int(match.group("num"))))
            continue
        if (kind == "cppcc_proposals" and before.endswith(_SUBMITTED)  # 委员…共提交提案5769件: what came in,
                and not _all_submitted_answered(text, match.end())):  # unless all of it was answered
            events.append(Event(offset + match.start(), offset + match.end(), "kind", kind, match.group("level"),
                                to_int(match.group("num")), filed="submitted"))
            continue
        role_before = _ROLE_BEFORE.search(before) if not _ROLES_JOINED.search(before) else None
        role = match.group("krole") or (role_before.group("role") if role_before else None)
        if role is None and among and among.end() <= match.start():
            role = among.group("role")
        if role is None and governing and _LISTED_AFTER.fullmatch(text, governing[1], match.start()):
            role = governing[0]  # …牵头办理全国人大代表建议6319件,全国政协委员提案3863件: led too
        governing = ((role, match.end()) if role and (role.startswith("牵头") or both_roles) and not match.group("krole")
                     else None)
        level = match.group("level")
        if level == "全国" and word.startswith("两会") or level and _LEVELS_JOINED.search(before):
            level = None  # 全国两会建议提案886件 / 省、市建议提案75件: the items of every level named, all of them
        led_whole = kind == "items" and not level and role_before and not match.group("krole") and "共" in match.group()
        events.append(Event(offset + match.start(), offset + match.end(), "total" if led_whole else "kind",
                            None if led_whole else kind, level, to_int(match.group("num")),
                            role=_ROLE_WORDS[role] if role else None,  # 主办的建议、提案共有20件: a total, all led
                            led_only=bool(led_whole and cast(str, role).startswith("牵头"))))
    for match in _DEPUTIES_OPINIONS.finditer(text) if "意见建议" in text else ():  # 代表提出的意见建议共73件
        if "委员" in text[match.start():match.start("words")]:  # 代表、委员意见建议404件: both houses', no kind's
            continue
        events.append(Event(offset + match.start("words"), offset + match.end(), "kind", "npc_suggestions", None,
                            to_int(match.group("num"))))
    all_words = "均" in text or "全部" in text or "都" in text or "完毕" in text  # in every _ALL_HANDLED match
    for match in _ALL_HANDLED.finditer(text) if all_words else ():  # one kind only: 318件建议提案全部办理完毕 ends a work report's list
        if (_KIND_WORDS[match.group("kind")] in SINGLE_KINDS and "其中" not in _clause_tail(text[:match.start()])
                and not _ANOTHER_KIND_UNCOUNTED.match(text, match.end("kind"))):  # 227件区人大代表建议和政协提案全部…: both
            events.append(Event(offset + match.start(), offset + match.end("kind"), "kind", _KIND_WORDS[match.group("kind")],
                                match.group("level"), to_int(match.group("num"))))
    raised = _ANY_RAISED_WORD.search(text)
    for match in _COUNT_BEFORE_KIND.finditer(text) if raised else ():  # 代表提出的491件议案和8160件建议
        events += _counts_before_kinds(text, offset, match)
    for pattern, filed, words in ((_FILED, "filed", ("立案", "列为提案")), (_FILED_BEFORE, "filed", ("立案",)),
                                  (_MERGED, "merged", ("并案", "归并")), (_FILED_ROUGHLY, "roughly", ("立案",))):
        for match in pattern.finditer(text) if any(word in text for word in words) else ():  # each match holds a word
            events.append(Event(offset + match.start(), offset + match.end(), "kind", "cppcc_proposals", None,
                                to_int(match.group("num")), filed=filed))
    for match in _MERGED_AFTER_FILING.finditer(text) if "合并" in text else ():
        if "立案" in text[:match.start()].rsplit("。", 1)[-1]:
            events.append(Event(offset + match.start(), offset + match.end(), "kind", "cppcc_proposals", None,
                                to_int(match.group("num")), filed="merged"))
    return events


# what deputies or members raised or what came in, counted before the kind's name (代表提出的220件建议,
# 收到的1件议案、134件代表意见建议), and the counts listed after it in the same way
_RAISED_WORDS = ("提出", "收到", "受理", "交办", "征集")
_ANY_RAISED_WORD = re.compile("|".join(_RAISED_WORDS))  # in every _COUNT_BEFORE_KIND match: most texts need no search
_COUNT_BEFORE_KIND = re.compile(rf"(?:{'|'.join(_RAISED_WORDS)})(?:了|的)?{_COUNT_END}(?P<level>{'|'.join(LEVELS)})?(?P<kind>{_KIND_ALT})")
_LISTED_COUNT = re.compile(rf"(?:、|和|及|与|以及){_COUNT_END}(?P<level>{'|'.join(LEVELS)})?(?P<kind>{_KIND_ALT})")


def _counts_before_kinds(text: str, offset: int, match: re.Match | None) -> list[Event]:
    """One kind count per single kind named after its count (an unnamed mix, 25件建议提案, is no kind's);
    none when the list is a pool something is picked from (从…代表提出的128件议案、3085件建议中,评选出…)."""
    events = []
    while match:
        kind = _KIND_WORDS[match.group("kind")]
        if kind in SINGLE_KINDS:
            events.append(Event(offset + match.start(), offset + match.end(), "kind", kind, match.group("level"),
                                to_int(match.group("num"))))
        end, match = match.end(), _LISTED_COUNT.match(text, match.end())
    return [] if text.startswith("中", end) else events


def _all_submitted_answered(text: str, end: int) -> bool:
    """The proposals submitted (counted up to `end`) were all answered, as the text says next."""
    answered = _ALL_ANSWERED.search(text, end)
    return answered is not None and not _OTHER_OUTPUTS.search(text, end, answered.start())


def _drop_overlaps(events: list[Event]) -> list[Event]:
    kept: list[Event] = []
    for event in events:
        if kept and event.start < kept[-1].end:
            continue
        kept.append(event)
    return kept


def _inherit_levels(events: list[Event]) -> list[Event]:
    """A level holds for the kinds after it in the same stretch (省人大代表建议3件、政协提案2件)."""
    level, inherited = None, []
    for event in events:
        if event.what == "kind":
            level = event.level or level
            event = event._replace(level=level)
        inherited.append(event)
    return inherited


def _is_whole(event: Event | None) -> bool:
    """No scope, or the scope of the whole document (a total, 建议提案 N件)."""
    return event is None or event.what == "total" or (event.key == "items" and event.level is None)


def _quote(sentence: str, event: Event, parent: Event | None) -> str:
    """The shortest quote of a scoped figure: from its scope's clause to the figure."""
    start = (parent or event).start
    return sentence[_clause_start(sentence, start):event.end]


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at `end` starts: after the last , ; : 、 or 。 before it, or 0 (one rfind
    each, without a generator)."""
    return max(text.rfind(",", 0, end), text.rfind(";", 0, end), text.rfind(":", 0, end), text.rfind("、", 0, end),
               text.rfind("。", 0, end)) + 1


def _issuers_own(sentence: str) -> bool:
    """承办 names the issuer's own items unless the sentence splits them by role (主办/协办) or hands a
    part on (其中由政府系统承办的365件)."""
    return not _OTHER_ROLES.search(sentence) and not _HANDED_ON.search(sentence)


_OTHER_ROLES = re.compile(r"主办|协办|会办|分办")


def _record(event: Event, parent: Event | None, sentence: str, statements: CountStatements) -> None:
    """File one event under its scope (the event it belongs to; None at the top)."""
    if event.what == "kind":
        assert event.key is not None  # every kind event is keyed by its kind
        statements.saw(event.key, event.level)
    if event.role == "undertaken" and event.what == "kind" and _issuers_own(sentence):
        event = event._replace(role=None)  # 市政府承办的80件人大代表建议: the issuer's items of the kind
    if event.role and _is_whole(event):  # 议提案主办75件: the role's count over all items
        statements.roles.setdefault(event.role, []).append((event.value, sentence))
        if event.what == "total" and not event.led_only:  # 主办的建议、提案共有20件: the total, all of it led
            statements.totals.append((event.value, sentence, event.strong, event.intake))
    elif event.role:
        statements.row(event.level, event.key, event.role, event.value, _quote(sentence, event, None))
    elif event.filed == "submitted":
        statements.row(event.level, event.key, None, event.value, _quote(sentence, event, None))
    elif event.filed:
        getattr(statements, event.filed).append((event.value, sentence))
    elif _is_whole(event):
        statements.totals.append((event.value, sentence, event.strong, event.intake))
    elif (parent is not None and parent.what == event.what == "kind" and parent.key == event.key
          and not event.level and parent.level):  # 市人大代表建议1267件(其中,大会建议1231件…): its parts
        statements.row(parent.level, event.key, None, event.value, _quote(sentence, event, None))
    elif not _is_whole(parent) and parent is not None and parent.what != event.what:
        kind, role = (event.key, parent.key) if event.what == "kind" else (parent.key, event.key)
        level = event.level if event.what == "kind" else parent.level
        statements.row(level, kind, role, event.value, _quote(sentence, event, parent))
    elif event.key == "items":
        statements.row(event.level, "items", None, event.value, _quote(sentence, event, None))
    elif event.what == "kind":
        statements.kinds.setdefault(event.key, []).append((event.level, event.value, sentence))
        if event.level:
            statements.row(event.level, event.key, None, event.value, _quote(sentence, event, None))
        else:
            statements.sentence_kinds.append((event.key, event.value, event.start))
    else:
        statements.roles.setdefault(event.key, []).append((event.value, sentence))


# what every count's pattern ends in, a number right before 件 (立案240多件 too): a sentence without one states no count
_A_COUNT = re.compile(rf"[\d{CHINESE_NUMBER_CHARS}](?:多|余)?件")


def read_sentence(sentence: str, skipped, statements: CountStatements) -> None:
    """Add the counts one sentence states to `statements` (skipped(position) drops targets etc.)."""
    if "件" not in sentence or _OUTCOME_CLASS.search(sentence):
        return
    statements.counting_sentences.append(sentence)
    if not _A_COUNT.search(sentence):  # 逐件落实, 每件提案: no number of items, so nothing to read
        return
    if "件提案" in sentence:
        statements.handled += [(to_int(match.group("num")), sentence) for match in _HANDLED.finditer(sentence)
                               if not skipped(match.start())]
    blanked, asides = _blank_parentheses(sentence)
    start, scope = 0, None
    statements.sentence_kinds = []
    for piece in blanked.split(";"):
        scope = _read_segment(sentence, blanked, (start, start + len(piece)), asides, skipped, statements, scope)
        start += len(piece) + 1
    if len(statements.sentence_kinds) > 1 and not _FILED.search(blanked):
        side_by_side = [entry for entry in statements.sentence_kinds  # an aside belongs to the count before it
                        if not any(opening <= entry[2] < closing for opening, closing in asides)]
        statements.in_parts |= {(kind, sentence) for kind in _counted_in_parts(blanked, side_by_side)}
    statements.in_parts |= {(_KIND_WORDS[match.group("word")], sentence) for match in _REST_AFTER_PRIORITY.finditer(blanked)}
    if blanked.startswith("其中") and statements.sentence_kinds and len(statements.counting_sentences) > 1 \
            and not _FILED.search(blanked):  # 其中,…提案410件,经审查立案402件: the filed count is the whole's
        before = _kinds_counted(statements.counting_sentences[-2])
        statements.in_parts |= {(kind, sentence) for kind, _, _ in statements.sentence_kinds if kind in before}


# 其中议案6件、重点建议16件(并案后7件)、建议193件: listed after the priority ones, the plain 建议 are the rest, not
# all the suggestions (the whole is their sum, which the sentence does not state)
_REST_AFTER_PRIORITY = re.compile(rf"其中[^。;]*?重点(?P<word>建议|提案)\s*{NUMBER}\s*件[^。;]*?[、,,]\s*(?P=word)\s*{NUMBER}\s*件")


def _kinds_counted(sentence: str) -> set[str]:
    """The kinds a sentence counts, skipped or not (…2009年至2013年间…立案2779件: a span's proposals are counted)."""
    return {event.key for event in _events(_blank_parentheses(sentence)[0], 0, lambda _: False)
            if event.what == "kind" and event.key}


_PARTS_OF_THE_FIRST = re.compile(r"其中|包括|含|分别|即|中[,,]")


def _counted_in_parts(blanked: str, kinds: list[tuple]) -> set[str]:
    """Kinds counted several times side by side, in the same words, with different figures that are
    not parts of the first (书面提出建议1138件,审议…时提出建议61件,…座谈会时提出建议30件; 常委会议建议案
    11件、主席会议建议案5件): the parts of a whole the sentence does not state. (A filed count's sentence
    is settled by the filed count; 提案20件,委员提案15件 names a narrower kind.)"""
    named = [key for key, _, _ in kinds]
    parted = set()
    for kind in {key for key in named if named.count(key) > 1}:
        entries = sorted((entry for entry in kinds if entry[0] == kind), key=lambda entry: entry[2])
        first, start = entries[0][1], entries[0][2]
        rest = [value for _, value, _ in entries[1:]]
        same_words = len({_kind_word(blanked, position) for _, _, position in entries}) == 1
        if (same_words and set(rest) != {first} and sum(rest) != first
                and not _PARTS_OF_THE_FIRST.search(blanked, start, entries[-1][2])):
            parted.add(kind)
    return parted


def _kind_word(blanked: str, position: int) -> str | None:
    match = _KIND_COUNT.match(blanked, position)
    return match.group("kind") if match else None


def _named_scope(text: str, offset: int, events: list[Event]) -> Event | None:
    """One kind at one level named before the first count (全国人大交办的代表建议,主办1件、协办1件), or
    one kind the counts are among (在办理的人大代表建议中,主办件15件): the scope of the role counts
    that follow; a scope with no figure of its own."""
    head = text[:events[0].start - offset] if events else ""
    named = [match for match in _NAMED_KIND.finditer(head) if not _JOINED_KINDS.search(head[:match.end()])]
    named = named or (list(_KIND_AMONG.finditer(head)) if "中" in head else [])
    if len(named) != 1 or len(_ANY_KIND.findall(head)) != 1 or events[0].what != "role":
        return None
    match = named[0]
    return Event(offset + match.start(), offset + match.end(), "kind", _KIND_WORDS[match.group("kind")],
                 match.group("level") or None, 0)


def _read_segment(sentence: str, blanked: str, span: tuple[int, int], asides: list, skipped,
                  statements: CountStatements, scope: Event | None = None) -> Event | None:
    """Top-level events take the first kind or role after a total as their scope (a kind named
    without a figure, or the scope of a segment before ';' that counted no whole, when a role
    comes first: 提案5件,其中主办1件;协办4件);
    an aside belongs to the event right before it. Returns the scope the segment ends in."""
    start, end = span
    events = _one_bodys_parts(blanked[start:end], start, _summed_kinds(_events(blanked[start:end], start, skipped)),
                              statements.author)
    named = _named_scope(blanked[start:end], start, events)
    if named:
        assert named.key is not None  # a named scope is keyed by its kind's word
        statements.saw(named.key, named.level)
    scope, whole_seen = named or (scope if events and events[0].what == "role" else None), False
    previous = None
    for event in events:
        if event.part:  # 其中,市住建局承办建议32件: one body's part (a kind's row names no role of ours)
            kind, role = ((None, event.key) if event.what == "role" else
                          (event.key if event.what == "kind" else "items", "undertaken"))
            statements.row(event.level, kind, role, event.value, _quote(sentence, event, None))
            continue
        if _added_to_another(blanked, event):  # 闭会期间,代表还陆续提出2件建议: a part added, not the whole
            statements.row(event.level, event.key or "items", None, event.value, _quote(sentence, event, None))
            continue
        if _one_period_of_two(blanked, event):  # what follows it in the sentence is no whole either
            statements.row(event.level, event.key or "items", None, event.value, _quote(sentence, event, None))
            whole_seen = whole_seen or _is_whole(event)
            continue
        part_sentence = event.what == "total" and blanked.startswith("其中") and not event.strong
        # 共76件…,其中…建议、提案35件: a part
        if _is_whole(event) and not event.role and (whole_seen or part_sentence) and not event.strong:
            statements.row(event.level, "items", None, event.value, _quote(sentence, event, None))
            continue
        if scope is None and _split_of_the_items(blanked, event):
            continue
        if _listed_part(blanked, scope, event):  # 人大代表建议共38件,包括省人大代表建议7件、市人大议案1件
            statements.row(event.level, event.key, None, event.value, _quote(sentence, event, None))
            continue
        whole_seen = whole_seen or _is_whole(event)
        _record(event, None if _is_whole(event) or event.sums else scope, sentence, statements)
        side_by_side = _kinds_side_by_side(scope, previous, event)
        scope = None if _is_whole(event) or side_by_side else (scope or event)
        previous = event
    for aside_start, aside_end in asides:
        if not start <= aside_start < end or any(a < aside_start < b for a, b in asides if (a, b) != (aside_start, aside_end)):
            continue
        owner = next((event for event in reversed(events)
                      if event.end <= aside_start and not sentence[event.end:aside_start].strip()), None)
        if owner is None and sentence[:aside_start].rstrip().endswith("件"):
            continue  # the aside belongs to a count that is none of ours (会议期间收到114件(…))
        inner = _blank_parentheses(sentence[aside_start + 1:aside_end - 1])[0]
        for event in _events(inner, aside_start + 1, skipped):
            if _is_whole(event):  # (含平字建议提案6件): a part of the count it belongs to
                statements.row(event.level, "items", None, event.value, _quote(sentence, event, None))
            else:
                _record(event, owner, sentence, statements)
    return None if whole_seen else scope


# 代表还陆续提出2件建议, 此外,…还办理了…建议一百一十六件, 另有3件: a count told as an addition to another figure
_ADDED = re.compile(r"还|另有|另外|此外")


def _added_to_another(blanked: str, event: Event) -> bool:
    """A kind's count or a total told as an addition (还, 另有, 此外 in its clause, or 此外/另外 opening the
    sentence) is a part beside the figure it adds to, never the whole document's (docs/labelling.md, point 47);
    a role's count so told (主办5件,还协办3件) stays the role's."""
    if event.what == "role" or event.role:
        return False
    clause = blanked[_clause_start(blanked, event.start):event.start]
    return bool(_ADDED.search(clause)) or blanked.startswith(("此外", "另外"))


# …会议期间,…建议共260件,闭会期间4件: the session's items and the closing period's, each a part of the year's (264);
# not 会议及闭会期间收到的753件, both periods together
_IN_SESSION = re.compile(r"(?<!闭会)期间")
_BETWEEN_SESSIONS = re.compile(r"(?<![及和与、])闭会期间[^,;:。\d]{0,16}?\d+件")
_SESSION_COUNT = re.compile(r"(?<!闭会)期间[^;。]*?\d+件")


def _one_period_of_two(blanked: str, event: Event) -> bool:
    """A count told for the session's period with the closing period's count after it in the sentence, and that
    closing period's count after it, are each a period's part, never the whole document's (a closing period's count
    alone may be a report's whole: 闭会期间收到建议10件, c0e6508fee20)."""
    if event.what == "role" or event.role:
        return False
    if _IN_SESSION.search(blanked, 0, event.start) and _BETWEEN_SESSIONS.search(blanked, event.end):
        return True
    clause_start = _clause_start(blanked, event.start)
    return bool(_BETWEEN_SESSIONS.search(blanked, clause_start, event.end)
                and _SESSION_COUNT.search(blanked, 0, clause_start))


# 立案的提案中,委员提案436件…; 这些提案中,…集体提案132件; 56件代表建议中,财政经济方面7件 (not 在办理建议中,:
# the items named as counted, filed, handed over or all of them)
_AMONG_THE_ITEMS = re.compile(r"(?:立案|这些|所有|交办|\d件)[^,;:。]{0,6}?中[,:]")


def _kinds_side_by_side(scope: Event | None, previous: Event | None, event: Event) -> bool:
    """A second kind listed right after the first (人大代表建议16件、政协委员提案9件,其中主办2件,会办23件):
    the roles that follow are of the kinds together, the whole, not of the first kind."""
    return (scope is not None and previous is scope and event.what == scope.what == "kind"
            and not event.role and not scope.role and event.key != scope.key)


def _split_of_the_items(blanked: str, event: Event) -> bool:
    """A kind counted after "among the proposals," splits them (by proposer or subject): no count of
    the kind (a level's count, a role's or a filed count keep their meaning, and so do kinds under
    a role: 1828件中,牵头办理1021件,其中人大建议586件)."""
    return (event.what == "kind" and not event.level and not event.role and not event.filed
            and "中" in blanked[:event.start] and bool(_AMONG_THE_ITEMS.search(blanked, 0, event.start)))


def _listed_part(blanked: str, scope: Event | None, event: Event) -> bool:
    """A kind listed after 包括 behind one kind's count is one of that count's parts (the kinds
    after 建议提案N件,包括… are the kinds of the whole)."""
    return (scope is not None and scope.what == event.what == "kind" and scope.key != "items"
            and not event.role and "包括" in blanked[scope.end:event.start])


def _summed_kinds(events: list[Event]) -> list[Event]:
    """Kinds followed by 共计N件主办件 are that role's parts (建议7件,提案6件,共计13件主办件)."""
    for position, event in enumerate(events):
        if event.sums:
            for before in range(position - 1, -1, -1):
                if events[before].what != "kind" or events[before].role:
                    break
                events[before] = events[before]._replace(role=event.key)
    return events


def _intake_is_no_total(statements: CountStatements) -> list[str]:
    """Beside a filed count (立案688件) a total of what came in (共收到提案材料729件) is the session's
    intake: a breakdown row, not the total of the items handled."""
    intake = [entry for entry in statements.totals if entry[3]]
    if not statements.filed or not intake:
        return []
    statements.totals = [entry for entry in statements.totals if not entry[3]]
    for value, sentence, *_ in intake:
        statements.row(None, "items", None, value, _quote_of(_TOTAL, sentence, value))
    return ["total_is_the_intake:filed_count_stated"]


_CAME_IN = re.compile(rf"(?:收到|征集|提交|提出)[^,;:。\d]{{0,12}}?{_COUNT_END}")


# 审查立案60件,其中政协建议案1件,提案50件,建议意见9件: the filed items are of several kinds, the proposals among them
_FILED_KINDS = re.compile(rf"立案{NUMBER}件[,,]?其中(?P<parts>[^。;；]*)")
_PROPOSALS_PART = re.compile(rf"(?<![点])提案(?P<num>{NUMBER})件")
_OTHER_FILED_KIND = re.compile(r"建议案|建议意见|意见建议|社情民意")


def _proposals_among_the_filed(value: int, sentence: str) -> int:
    """The filed count, or the proposals it is stated to hold beside items of other kinds (其中…提案50件,建议意见9件)."""
    parts = _FILED_KINDS.search(sentence)
    found = _PROPOSALS_PART.search(parts.group("parts")) if parts and _OTHER_FILED_KIND.search(parts.group("parts")) else None
    proposals = to_int(found.group("num")) if found else None  # None too for a numeral no reading gives (一二十)
    return value if proposals is None else min(value, proposals)


# 中国残联共承办政协…提案28件: a body undertaking the members' proposals in its own name
_BODY_UNDERTAKING = re.compile(rf"(?P<body>[\u4e00-\u9fff]{{2,12}}?)(?:共|累计|今年|全年)?承办[^,;:。\d件]{{0,24}}?提案(?P<num>{NUMBER})件")


def _what_the_titles_body_undertook(statements: CountStatements) -> tuple | None:
    """A body the headline names (中国残联2023年提案办理情况综述) states the proposals it undertook, fewer than the
    CPPCC filed: the filed count is the CPPCC's whole, the body's own count (its kind entry) the document's."""
    filed = max(value for value, _ in statements.filed)
    return next(((level, value, sentence) for level, value, sentence in statements.kinds.get("cppcc_proposals", [])
                 if value < filed and "承办" in sentence
                 for match in _BODY_UNDERTAKING.finditer(sentence)
                 if to_int(match.group("num")) == value and match.group("body") in statements.author), None)


def _more_filed_than_came_in(filed: tuple) -> bool:
    """共征集提案1300件,经审查立案1500件: more filed than came in before it, a copy's figures that
    contradict each other (no figure of them can be trusted)."""
    value, sentence = filed
    stated = next((match.start() for match in _FILED.finditer(sentence) if to_int(match.group("num")) == value), 0)
    came_in = [to_int(match.group("num")) for match in _CAME_IN.finditer(sentence, 0, stated)]
    return bool(came_in) and all(number is not None and number < value for number in came_in)


# 立案的有92件, 92件立案; 经审查确定为提案的92件: what was kept after review, however it is worded
_FILED_MENTIONED = re.compile(rf"(?:立案|经审查)[^,;:。\d]{{0,10}}?(?P<after>{NUMBER})件|(?P<before>{NUMBER})件(?:经审查)?立案")


# 共收到提案676件,截至2019年11月底,立案的提案全部办复: the filed ones handled, their count unstated
_FILED_UNNUMBERED = re.compile(r"(?<![不未予])立案的?提案(?:已|均|都|全部)")


def _received_beside_a_filed_count(statements: CountStatements) -> list[str]:
    """Beside a filed count the text states but which is not read as the year's (去年212件立案提案 …), the
    proposals received (收到的254件提案已全部办结) are the intake, not the kind's count (Decisions: 立案), unless
    as many were filed (提交的394件提案全部办结 … 共提交提案394件,经审查立案394件); so are they beside the filed ones
    said handled without their count (收到提案676件,…立案的提案全部办复: point 76 wants the received ones handled)."""
    entries = statements.kinds.get("cppcc_proposals", [])
    if statements.filed or not entries:
        return []
    filed = {to_int(match.group("after") or match.group("before")) for sentence in statements.counting_sentences
             if "立案" in sentence or "审查" in sentence for match in _FILED_MENTIONED.finditer(sentence)}
    filed_unnumbered = any(_FILED_UNNUMBERED.search(sentence) for sentence in statements.counting_sentences)
    received = [entry for entry in entries if (filed and entry[1] not in filed or filed_unnumbered)
                and _received(entry[2], entry[1])]
    for level, value, sentence in received:
        statements.row(level, "cppcc_proposals", None, value, _quote_of(_ALL_HANDLED, sentence, value))
    statements.kinds["cppcc_proposals"] = [entry for entry in entries if entry not in received]
    return ["kind_count_received_beside_a_filed_count:cppcc_proposals"] if received else []


def _received(sentence: str, value: int) -> bool:
    """The clause stating `value` says it came in (收到的254件提案; 共征集提案1300件)."""
    return bool(_INTAKE.search(_clause_stating(sentence, value)))


def _clause_stating(sentence: str, value: int) -> str:
    """The clause up to where `value`件 is stated ("" when it is not)."""
    stated = sentence.find(f"{value}件")
    return sentence[_clause_start(sentence, stated):stated] if stated >= 0 else ""


def _filed_stated_differently(filed: list) -> bool:
    """One sentence states the filed count twice with different figures (经审查立案16件,立案11件)."""
    values: dict = {}
    for value, sentence in filed:
        values.setdefault(sentence, set()).add(value)
    return any(len(found) > 1 for found in values.values())


def _one_value(entries: list) -> int | None:
    values = {entry[0] for entry in entries}
    return entries[0][0] if len(values) == 1 else None


def settle(statements: CountStatements, counts: dict, evidence: dict, counts_by_level: dict,
           government_account: bool = False) -> list[str]:
    """Overall counts where the text states them for the whole document; returns warnings.
    `government_account`: the text is a government system's account of the items it handled."""
    warnings = _intake_is_no_total(statements) + _undertaken_against_joint(statements) + _kind_undertaken_against_its_joint(statements)
    strong = [entry for entry in statements.totals if entry[2]]
    for value, sentence, *_ in (strong or statements.totals)[:1]:
        if (_government_part([(None, value, sentence)]) if government_account
                else _raised_with_a_share_taken(statements, value, sentence)):
            warnings.append("total_raised_with_a_share_taken")
            statements.row(None, "items", None, value, _quote_of(_TOTAL, sentence, value))
            continue
        counts["total"], evidence["counts.total"] = value, sentence
    if statements.roughly and not statements.filed:
        statements.kinds.pop("cppcc_proposals", None)
        warnings.append("filed_count_only_rough:cppcc_proposals")
    warnings += _received_beside_a_filed_count(statements)
    if statements.filed and not statements.merged and _filed_stated_differently(statements.filed):
        statements.filed = []  # 经审查立案16件,立案11件: the copy contradicts itself, no figure can be trusted
        statements.kinds.pop("cppcc_proposals", None)
        warnings.append("filed_count_stated_differently:cppcc_proposals")
    own = _what_the_titles_body_undertook(statements) if statements.filed else None
    if own:  # 中国残联共承办…提案28件 beside the national CPPCC's 立案4791件: the CPPCC's whole
        statements.filed, statements.kinds["cppcc_proposals"] = [], [own]
        warnings.append("filed_count_of_the_cppcc_beside_the_issuers_own:cppcc_proposals")
    if statements.filed:
        filed = statements.merged[:1] or statements.filed[:1]
        more_handled = [entry for entry in statements.handled[:1] if entry[0] > filed[0][0]]
        filed = more_handled or filed  # a smaller count of the handled may be progress (已完成100件提案的办理)
        statements.kinds["cppcc_proposals"] = [(None, _proposals_among_the_filed(value, sentence), sentence)
                                               for value, sentence in filed]
        if _more_filed_than_came_in(filed[0]):
            statements.kinds.pop("cppcc_proposals")
            warnings.append("filed_count_above_what_came_in:cppcc_proposals")
    for kind, entries in statements.kinds.items():
        for raw_level, value, sentence in entries:
            level = LEVEL_OF.get(raw_level, raw_level)
            if level and kind not in counts_by_level.setdefault(level, {}):
                counts_by_level[level][kind] = value
                evidence[f"counts_by_level.{level}.{kind}"] = sentence
        levels = statements.levels.get(kind, set()) - {None}
        unlevelled = [entry for entry in entries if entry[0] is None]
        # a kind counted at some level and also without one: which is the whole is unclear (abstain)
        whole = (unlevelled if not levels or statements.filed and kind == "cppcc_proposals"
                 else entries if len(levels) == 1 and not unlevelled else [])
        if whole and levels and statements.named_levels(kind) - {LEVEL_OF.get(level, level) for level in levels}:
            # 省…建议1件; 市人大代表建议和…22件 (州人大代表建议8件 names the 州 it counts at, a prefecture's level)
            warnings.append(f"kind_named_at_another_level:{kind}")
            whole = []
        part = _government_part(entries) if whole and government_account else None
        if part:
            counts[kind], evidence[f"counts.{kind}"] = part, whole[0][2]
            warnings.append(f"kind_count_of_the_government_part:{kind}")
        elif whole and (kind, whole[0][2]) in statements.in_parts:
            warnings.append(f"kind_counted_in_parts:{kind}")
        elif whole and _not_all_handled(whole[0][2], whole[0][1]):
            warnings.append(f"kind_count_submitted_not_all_handled:{kind}")
        elif whole and _handed_on(statements, kind, whole[0][1]):
            warnings.append(f"kind_count_of_all_deputies:{kind}")
        elif whole and not government_account and _raised_with_a_share_taken(statements, whole[0][1], whole[0][2]):
            warnings.append(f"kind_raised_with_a_share_taken:{kind}")
            _roles_of_the_share(statements, kind, whole[0][2])
        elif whole and _counted_with_another_kind(whole[0][2], whole[0][1]):
            warnings.append(f"kind_counted_with_another:{kind}")
        elif whole and _restated_differently(whole):
            warnings.append(f"kind_stated_differently:{kind}")
        elif whole:
            counts[kind], evidence[f"counts.{kind}"] = whole[0][1], whole[0][2]
    _congress_items_as_the_total(statements, counts, evidence)
    for role, entries in statements.roles.items():
        value = _one_value(entries)
        if value is not None:
            counts[role], evidence[f"counts.{role}"] = value, entries[0][1]
        else:
            warnings.append(f"role_stated_differently:{role}")
            for value, sentence in entries:
                statements.row(None, None, role, value, _quote_of(_ROLE_COUNT, sentence, value))
    return warnings


def _congress_items_as_the_total(statements: CountStatements, counts: dict, evidence: dict) -> None:
    """A combined count of congress items with both its kinds stated (代表议案建议共29件(其中议案12件、建议17件)) is
    the total where it covers all the document's items: no total stated, and neither the headline nor a counting
    sentence names the CPPCC's (docs/labelling.md, total; point 18: beside 提案 it is none)."""
    if counts["total"] is not None or counts["npc_items"] is None:
        return
    if counts["npc_suggestions"] is None or counts["npc_motions"] is None:
        return
    if _THE_CPPCCS.search(statements.author) or any(_THE_CPPCCS.search(sentence)
                                                     for sentence in statements.counting_sentences):
        return
    counts["total"], evidence["counts.total"] = counts["npc_items"], evidence["counts.npc_items"]


_THE_CPPCCS = re.compile(r"政协|提案")


def _undertaken_against_joint(statements: CountStatements) -> list[str]:
    """承办 set against 协办 in one sentence (共接收…31件(其中承办27件,协办4件)) names the bureau's own
    lead items; a kind counted as 承办 (承办政协委员提案16件) is then a part of that role, not the kind's
    whole (docs/labelling.md, lead / joint)."""
    undertaken, joint = statements.roles.get("undertaken", []), statements.roles.get("joint", [])
    if "lead" in statements.roles or not any(entry[1] in {sentence for _, sentence in joint} for entry in undertaken):
        return []
    statements.roles["lead"] = statements.roles.pop("undertaken")
    for kind, entries in list(statements.kinds.items()):
        _undertaken_as_lead(statements, kind, [entry for entry in entries if _counted_as_undertaken(entry)])
    return ["undertaken_set_against_joint_is_lead"]


def _counted_as_undertaken(entry: tuple) -> bool:
    """A kind's count written as 承办 (承办政协委员提案16件): (level, value, sentence)."""
    return bool(re.search(rf"承办[^,;:。\d件]{{0,12}}?(?<!\d){entry[1]}件", entry[2]))


def _undertaken_as_lead(statements: CountStatements, kind: str, parts: list[tuple]) -> None:
    """The kind's counts written as 承办 are lead rows of the kind, no longer its whole."""
    for level, value, sentence in parts:
        statements.row(level, kind, "lead", value, _quote_of(_KIND_COUNT, sentence, value))
    statements.kinds[kind] = [entry for entry in statements.kinds[kind] if entry not in parts]


_JOINT_OF_A_KIND = re.compile(r"(?:协办|会办)[^\d件]*?(?:建议|提案|议案)")


def _kind_undertaken_against_its_joint(statements: CountStatements) -> list[str]:
    """承办 of a kind set against 协办 or 会办 of the same kind in one sentence (我委共承办建议6件,协办建议24件,承办提案18件,
    协办提案23件) is that kind's lead part, not its whole: a lead row, and the kind's whole not stated (parts are not added)."""
    found = False
    for kind, entries in list(statements.kinds.items()):
        joint = [row["evidence"] for row in statements.rows if row["kind"] == kind and row["role"] == "joint"
                 and _JOINT_OF_A_KIND.match(row["evidence"])]  # 协办建议24件, not 其中…协办9件 under the kind's whole
        parts = [entry for entry in entries if any(evidence in entry[2] for evidence in joint) and "主办" not in entry[2]
                 and _counted_as_undertaken(entry)]
        _undertaken_as_lead(statements, kind, parts)
        found = found or bool(parts)
    return ["kind_undertaken_set_against_its_joint_is_lead"] if found else []


# a sentence that states the year's count afresh (2024年,我局共承办人大代表建议7件), not a part of it
_FRESH_STATEMENT = re.compile(r"^(?:(?:19|20)\d{2}年|今年|本年度?)[,,]?[^。其]{0,24}?(?:承办|办理|收到|接到)")


def _restated_differently(entries: list[tuple]) -> bool:
    """The kind is stated again with another figure that is no part of the first: a larger one, or a
    fresh statement of the year's count (办理建议11件 … 共承办建议7件). Which one is right is unclear."""
    first = entries[0][1]
    return any(value != first and (value > first or _FRESH_STATEMENT.search(sentence))
               for _, value, sentence in entries[1:])


# 人大代表建议(议案)共38件, 政协提案(建议案)共106件: two kinds counted together (settled question 11)
_WITH_ANOTHER_KIND = re.compile(rf"(?:建议|提案)[((](?:议案|建议案|提案|建议)[))][^,;:。\d()()]{{0,4}}?{_COUNT_END}")


def _counted_with_another_kind(sentence: str, value: int) -> bool:
    return any(to_int(match.group("num")) == value for match in _WITH_ANOTHER_KIND.finditer(sentence))


# 其中670件交由省政府系统承办 / 其中,由政府系统承办的365件 / 交付政府系统办理567件 / 其中交由州政府系统办理的有387件 /
# 交政府系统办理225件
_GOVERNMENT_PART = re.compile(rf"(?:(?P<before>{NUMBER})件)?(?:交由|交付|转交|由|归属|(?<![提移递])交(?=[省市州县区]?政府))"
                              rf"[^,;:。\d件]{{0,10}}?政府[^,;:。\d件]{{0,10}}?(?:承办|办理)的?(?:有|共有?|共计|计|为)?(?:(?P<after>{NUMBER})件)?")


def _government_part(entries: list[tuple]) -> int | None:
    """In a government system's account, the one part of all deputies' or members' items that a
    sentence hands on to the government (共提出提案744件,其中670件交由省政府系统承办; 代表共提出建议856件,
    其中归属省政府系统组织办理的建议778件) is its count, whichever of the kind's statements comes first."""
    larger = max(value for _, value, _ in entries)
    for _, _, sentence in entries:
        parts = {to_int(match.group("before") or match.group("after")) for match in _GOVERNMENT_PART.finditer(sentence)
                 if bool(match.group("before")) != bool(match.group("after"))}
        if len(parts) == 1 and (part := parts.pop()) and part < larger:
            return part
    return None


# 共提出提案1509件,已办复1325件; 共提出建议692件(…有4件作为参阅件,…不需答复)
_SUBMITTED_THEN_HANDLED = re.compile(rf"(?:提出|提交)[^。]{{0,20}}?(?P<whole>{NUMBER})件[^。]{{0,40}}?"
                                     rf"(?:已(?:办复|答复|办结)(?P<handled>{NUMBER})件|参阅件|不需答复)")


def _not_all_handled(sentence: str, whole: int) -> bool:
    """What deputies or members submitted, of which the sentence says only a part was answered (or
    that some need no answer): the count of the items handled is not stated."""
    match = _SUBMITTED_THEN_HANDLED.search(sentence)
    if not match or to_int(match.group("whole")) != whole:
        return False
    handled = match.group("handled")
    return handled is None or (to_int(handled) or 0) < whole


def _handed_on(statements: CountStatements, kind: str, value: int) -> bool:
    """The kind's figure counts all deputies' items, and 其中 only a part was handed on to the
    issuer (建议401件,其中由政府系统承办的365件): not the issuer's count."""
    parts = [(row["value"], row["evidence"]) for row in statements.rows
             if row["role"] == "undertaken" and row["kind"] == kind]
    if len(statements.kinds) == 1:
        parts += statements.roles.get("undertaken", [])
    return any(part < value and _HANDED_ON.search(quote) for part, quote in parts)


# 其中交由政府系统办理的有68件, 涉及到该街道主办5件, 市政府系统承办的138件: the share of what was raised that a handling
# body took
_SHARE_TAKEN = re.compile(rf"(?:(?:交由|交付|转交|分交|(?<![提移递])交(?=[省市州县区]?政府))"
                          rf"[^,;:。\d件]{{0,12}}?(?:承办|办理|主办)的?(?:有|共|为)?"
                          rf"|[省市州县区]政府系统(?:承办|办理)的"
                          rf"|涉及到?(?:该|我|本)[^,;:。\d件]{{0,8}}?(?:主办|承办|办理)?"
                          rf"|涉及到?[^,;:。\d件]{{0,8}}?(?:主办|承办|办理)的?){_COUNT_END}")
# what deputies or members put forward (提出, 提交; not 收到, what the handler itself received) of which one
# handling body then takes a share: 其中该街道主办5件, 其中由街道主办5件 (docs/labelling.md, Figures: of a subset)
_PUT_FORWARD = re.compile(r"提出|提交")
_SHARE_OF_WHAT_WAS_PUT = re.compile(rf"其中[,,]?(?:由|该|我|本)[^,;:。\d件]{{0,8}}?(?:主办|承办|办理)的?{_COUNT_END}")
_RAISED = re.compile(r"提出|提交|收到")
# the share named before it is handed on: 将其中的202件转交给市政府办理, 其余117件全部转交政府系统办理
_SHARE_HANDED_ON = re.compile(rf"(?P<num>{NUMBER})件[^,;:。\d件]{{0,4}}?(?:转交|交由|交付|分交)给?[^,;:。\d件]{{0,12}}?"
                              rf"(?:承办|办理|主办)")


def _raised_with_a_share_taken(statements: CountStatements, value: int, sentence: str) -> bool:
    """A count of what deputies or members raised (代表们共提出各类建议69件; 代表团…提出代表建议22件) where the
    text then gives the smaller share one handling body took (其中交由政府系统办理的有68件; 涉及到该街道主办5件):
    whether the document counts the one or the other is unclear (docs/labelling.md, Figures: of a subset)."""
    clause = _clause_stating(sentence, value)
    if not _RAISED.search(clause):
        return False
    shares = [match for counting in statements.counting_sentences
              if "涉及" in counting or "交" in counting or "系统" in counting for match in _SHARE_TAKEN.finditer(counting)]
    shares += [match for counting in statements.counting_sentences if "交" in counting
               for match in _SHARE_HANDED_ON.finditer(counting)]
    if _PUT_FORWARD.search(clause):
        shares += [match for counting in statements.counting_sentences if "其中" in counting
                   for match in _SHARE_OF_WHAT_WAS_PUT.finditer(counting)]
    return any((to_int(match.group("num")) or value) < value for match in shares)


def _roles_of_the_share(statements: CountStatements, kind: str, sentence: str) -> None:
    """The roles counted after what was raised (…提出代表建议22件,涉及到该街道主办5件,协办1件) are the share the
    issuer took: its own lead and joint, not the raised kind's parts."""
    for row in statements.rows:
        if row["kind"] == kind and row["role"] in ("lead", "joint") and row["evidence"] in sentence:
            statements.roles.setdefault(row["role"], []).append((row["value"], sentence))


def _quote_of(pattern: re.Pattern, sentence: str, value: int) -> str:
    """The stretch of the sentence that states `value` in `pattern`'s words (the sentence if none)."""
    match = next((found for found in pattern.finditer(sentence) if to_int(found.group("num")) == value), None)
    return match.group() if match else sentence


def parts_disagree(counts: dict) -> str | None:
    """The kinds of the whole against a stated total: a detail string when they disagree."""
    parts = [counts[kind] for kind in SINGLE_KINDS if counts[kind] is not None]
    main_kinds = counts["npc_suggestions"] is not None and counts["cppcc_proposals"] is not None
    if counts["total"] is None or not main_kinds or sum(parts) == counts["total"]:
        return None
    return f"parts_disagree_with_total:total {counts['total']}, kinds {'+'.join(map(str, parts))}"
