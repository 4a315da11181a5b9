"""A CPPCC or a people's congress acting in its own news, named as printed, for issuer.py to resolve.

docs/labelling.md (settled 2026-12-02, questions 4 and 5): a session acting (…会议开幕, …会议收到提案,
a plenary adopting a report) is its house — 政协X委员会, or X人民代表大会 for a congress session (not
its 常委会); a house's standing organ that acts or reports is named as itself (…委员会常务委员会第十一次
会议召开; …常务委员会关于提案工作情况的报告; a congress session hearing its 常委会's work report: the
常委会). Only the opening sentences are read, where news names its actor.
"""

import re

from normalize.issuer import names_a_place
from normalize.near_hint import finditer_near

_TERM = r"第?[一二三四五六七八九十]{1,3}[届屆]"
_SESSION = r"第?[一二三四五六七八九十]{1,2}次(?:全体)?会议"
# 全国政协十二届四次会议14日在北京闭幕; 政协蒙城县第十届委员会第一次会议,在县委小礼堂隆重开幕 (d69ad51e48e7)
_WHEN_OR_WHERE = r"(?:\d{1,2}日(?:上午|下午)?)?(?:[,,]?[于自在][^,,。]{1,20}?)?今?"
# (…会议对《…》等25件优秀提案、王立等45名委员进行表扬: the session commending its proposals)
_SESSION_ACTS = r"(?:开幕|闭幕|召开|举行|收到|共收到|经过?审查|审议通过|表彰|表扬|对[^。]{1,80}?(?:进行|予以)(?:表彰|表扬))"
# 新疆维吾尔自治区政协十一届四次会议于1月10日开幕; 区十七届人大四次会议举行…; 全国政协十四届三次会议自3月4日开幕以来
_SESSION_OF_HOUSE = re.compile(rf"(?:(?P<place>[\u4e00-\u9fff]{{1,16}}?)(?:{_TERM})?(?P<house>政协|人大|人民代表大会)"
                               rf"|政协(?P<cppcc_place>[\u4e00-\u9fff]{{2,12}}?))"  # 政协甘肃省十二届四次会议收到…
                               rf"(?:{_TERM})?{_SESSION}(?:第[一二三四五六七八九十]+次全体会议)?{_WHEN_OR_WHERE}{_SESSION_ACTS}")
# the house and its session, at most _SESSION_REACH characters after a match's start (near_hint.py; keep in step)
# (政协甘肃省十二届四次会议: the place between 政协 and its session, the hint starting where the match does)
_SESSION_HINT = re.compile(rf"(?:政协|人大|人民代表大会)(?:{_TERM})?{_SESSION}|政协[\u4e00-\u9fff]{{2,12}}?(?:{_TERM})?{_SESSION}")
_SESSION_REACH = 32
# 中国人民政治协商会议第十四届银川市委员会第四次会议在宁夏银川开幕: the house in full, kept as printed;
# 政协第七届海南省委员会常务委员会第十一次会议在海口召开: its standing committee meeting
_FULL_CPPCC_MEETS = re.compile(rf"(?P<name>(?:中国人民政治协商会议|政协)(?:{_TERM})?[\u4e00-\u9fff]{{2,12}}?委员会"
                               rf"(?:{_TERM}委员会)?(?P<standing>常务委员会)?)(?:{_TERM})?{_SESSION}{_WHEN_OR_WHERE}{_SESSION_ACTS}")
_CPPCC_PREFIX = re.compile(r"^(?:中国人民政治协商会议|政协)")
# the standing committee's report the opening carries: a CPPCC's on proposal work (…委员会常务委员会关于…提案工作
# 情况的报告; 省政协常委会关于提案工作情况的报告显示), a congress's on its work, heard by its session (听取全国
# 人大常委会委员长张德江关于全国人大常委会工作的报告), which accounts for the deputies' suggestions
_STANDING_REPORT = re.compile(r"(?:常务委员会|常委会)关于[^。《》]{0,30}?提案工作(?:情况)?的?报告|作了?(?:关于)?提案工作情况的?报告|"
                              # 听取…所作的政协山东省委员会常务委员会提案工作报告 (40618eaf5066, point 48)
                              r"(?:常务委员会|常委会)提案工作(?:情况)?报告|"
                              r"(?:常务委员会|常委会)(?:委托)?[,,]?[^。]{0,30}?向[^。]{0,20}?报告[^。]{0,30}?提案工作|"
                              r"(?:常务委员会|常委会)在会上报告[^。]{0,30}?提案工作|"
                              # its general work report, the page going on with the report's content (point 48:
                              # …代表…常务委员会向大会报告工作。他说,过去一年…; 向大会作…常务工作报告。报告首先…)
                              r"(?:常务委员会|常委会)[,,]?向大会报告工作。[\u4e00-\u9fff]{1,4}?(?:说|表示)|"
                              r"向大会作[^。]{0,30}?常务(?:委员会)?工作报告。报告(?:首先|指出|回顾)|"
                              # 王沪宁作全国政协常委会工作报告时提到,一年来,全国政协共收到提案…: the figures are the report's
                              r"作[^。]{0,16}?(?:常务委员会|常委会)工作报告(?:时|中)[,,]?(?:提到|指出|表示|介绍)|"
                              r"听取[^。]{0,6}?(?:人大常委会|人民代表大会常务委员会)(?:委员长|主任)?[\u4e00-\u9fff]{0,4}?"
                              r"关于[^。《》]{0,12}?(?:人大常委会|人民代表大会常务委员会)工作的?报告")
_HOUSE_NAME = re.compile(r"^(?:政协(?:(?!委员会)[\u4e00-\u9fff]){2,14}委员会|[\u4e00-\u9fff]{2,14}?人民代表大会)$")


def is_house_name(name: str) -> bool:
    """A CPPCC or a congress itself (政协X委员会, X人民代表大会), not one of its organs (…委员会常务委员会)."""
    return _HOUSE_NAME.fullmatch(name) is not None


_SESSION_NAMED = re.compile(rf"(?:[\u4e00-\u9fff]{{0,6}}的)?(?:(?P<place>[\u4e00-\u9fff]{{1,16}}?)(?:{_TERM})?"
                            rf"(?P<house>政协|人大|人民代表大会)|政协(?P<cppcc_place>[\u4e00-\u9fff]{{2,12}}?))"
                            rf"(?:{_TERM})?{_SESSION}(?:大会)?上?")


_STANDING_MEETING_NAMED = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{1,16}}?)(?:{_TERM})?人大常委会第?[一二三四五六七八九十]{{1,3}}次会议上?")


def house_of_session_named(words: str) -> str | None:
    """The house of a session named on its own (记者从上海市十六届人大一次会议上获悉 → 上海市人民代表大会;
    从正在召开的政协长沙市十一届三次会议上了解到 → 长沙市政协), or the standing committee whose meeting it
    is (从省十三届人大常委会第二十五次会议上获悉 → 省人大常委会)."""
    standing = _STANDING_MEETING_NAMED.fullmatch(words)
    if standing and _place_ending(standing.group("place")) == standing.group("place"):
        return standing.group("place") + "人大常委会"
    match = _SESSION_NAMED.fullmatch(words)
    named = match and (match.group("place") or match.group("cppcc_place"))
    place = named and _place_ending(named)
    if not place or place != named:
        return None
    assert match is not None  # without a match named, and so place, is None
    return place + ("人民代表大会" if match.group("house") in ("人大", "人民代表大会") else "政协")


def house_of_session(sentence: str) -> str | None:
    """The house whose session (or standing committee meeting) a sentence has acting, as a raw name:
    新疆维吾尔自治区政协, 区人民代表大会, 全国政协, 中国人民政治协商会议第十四届银川市委员会."""
    full = _FULL_CPPCC_MEETS.search(sentence)
    if full:  # the short official form, without the term (政协银川市委员会) or a province before its city (山西省大同市)
        return "政协" + _without_province(re.sub(_TERM, "", _CPPCC_PREFIX.sub("", full.group("name"))))
    for match in finditer_near(_SESSION_OF_HOUSE, _SESSION_HINT, sentence, _SESSION_REACH):
        if match.group("cppcc_place"):  # the place written after 政协, in full
            if names_a_place(match.group("cppcc_place")):
                return match.group("cppcc_place") + "政协"
            continue
        place = _place_ending(match.group("place"))
        if place:
            house = "政协" if match.group("house") == "政协" else "人民代表大会"
            return place + house
    return None


_PROVINCE_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区)(?=[\u4e00-\u9fff]{2,10}?[市州盟县区旗]委员会)")


def _without_province(name: str) -> str:
    """山西省大同市委员会 → 大同市委员会: a CPPCC below a province is named after its own place (政协大同市委员会)."""
    match = _PROVINCE_FIRST.match(name)
    return name[match.end():] if match and names_a_place(match.group()) and names_a_place(name[match.end():-3]) else name


def _place_ending(words: str) -> str | None:
    """The place (or relative level word) a run of words ends with: 昨日下午区 → 区, 记者山西省 → 山西省."""
    for start in range(len(words)):
        tail = words[start:]
        if tail in ("全国", "自治区") or names_a_place(tail):
            return tail
    return None


def standing_committee_reporting(house: str | None, opening: str, items_not_its_business: bool = False) -> str | None:
    """The house's standing committee when the opening carries its report (settled question 5:
    政协贵州省委员会 → 政协贵州省委员会常务委员会; 全国人民代表大会 → 全国人民代表大会常务委员会), else None. On a page
    whose business is not the items (a session's opening, other / other), the committee's general work report
    delivered to the session is all it relays (point 48: …代表…常务委员会向大会作工作报告)."""
    if not house or not _HOUSE_NAME.match(house):
        return None
    if items_not_its_business and _GENERAL_REPORT_DELIVERED.search(opening):
        return house + "常务委员会"
    carried = [match for match in _STANDING_REPORT.finditer(opening) if not _ON_THE_AGENDA.search(opening, 0, match.start())]
    on_its_behalf = [match for match in _REPORT_ON_ITS_BEHALF.finditer(opening)
                     if not _ON_THE_AGENDA.search(opening, 0, match.start())
                     and not _ADOPTED.search(opening, max(0, opening.rfind("。", 0, match.start())), match.start())]
    return house + "常务委员会" if carried or on_its_behalf else None


# …主席…代表…常务委员会(,)向大会作工作报告 / 向大会报告工作; …主席…作…常务委员会工作报告 (not one heard: 听取…)
_GENERAL_REPORT_DELIVERED = re.compile(r"(?:代表|受)[^。]{0,40}?(?:常务委员会|常委会)(?:的?委托)?[,,]?[^。]{0,20}?向大会"
                                       r"(?:作了?|做了?)?(?:工作)?报告|(?<![工听审议])(?:作|做)了?[^。听审、]{0,40}?"
                                       r"(?:常务委员会|常委会)工作报告")
# 代表…常务委员会向大会作关于提案工作的报告, 受…常委会(的)委托,…作提案工作报告 (point 48): the committee's report,
# unless the session adopts or approves it in that sentence (审议通过了…代表区政协常务委员会所作的提案工作情况报告; 会议同意…):
# then the house acts (eb1d0111d73d, c800f84b27c2); the report may name the session since which it runs (…作市政协六届
# 三次会议以来提案工作情况报告); one still to be made (将代表…作…) is the agenda's, not the page's account
_REPORT_ON_ITS_BEHALF = re.compile(r"(?<!将)(?:代表|受)[^。]{0,30}?(?:常务委员会|常委会)的?(?:委托)?[,,]?[^。]{0,40}?作"
                                   r"(?:[^。]{0,10}?|[^。]{0,24}?以来)提案工作(?:情况)?的?报告")
# a CPPCC's standing committee meeting as the subject of the headline or the lead (points 20, 80): 十四届市政协常委会
# 第十五次会议召开; 市政协四届第二次常委会召开; 政协第十届临县委员会第三次常委会议召开; 政协商南县第九届常委会第三次会议
# 开幕. Not the CPPCC convening it (市政协召开十届三次常委会: no 召 before 常委会), which is the CPPCC's news.
_STANDING_MEETING_ACTS = re.compile(r"政协[^。,,、召]{0,14}?(?:常委会|常务委员会)(?!会议[室厅])"
                                    r"(?:议|会议|第[一二三四五六七八九十]{1,3}次(?:全体)?会议)?[^。,,、]{0,16}?(?:召开|举行|开幕|闭幕)")
# a CPPCC named in a headline (市政协召开…, 江西省政协建议…, 政协达州市第四届委员会…), not 政协 as a word's part (做实政协提案工作)
_NAMES_A_CPPCC = re.compile(r"(?:全国|[省市州区县盟旗])政协|政协[\u4e00-\u9fff]{2,12}?委员会")
# a congress's: 江西省都昌县十四届人大常委会第17次会议于2009年7月21日至22日召开; 正在召开的江苏省十四届人大常委会第十五次
# 会议,听取了…; (2009年4月29日市十二届人大常委会第八次会议通过),
# a decision's adoption line; not the meeting as a place (在市人大常委会第十次会议上,…作了报告: the reporting body, point 80)
_CONGRESS_STANDING_MEETING_ACTS = re.compile(r"(?:人大常委会|人民代表大会常务委员会)第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议"
                                             r"(?:于[^。,,]{0,24}?)?[,,]?(?:召开|举行|通过|听取|审议|决定)")
# a congress named in a headline (市人大召开…), not its standing committee (市人大常委会关于…的决定)
_NAMES_A_CONGRESS = re.compile(r"(?:全国|[省市州区县盟旗])人大(?!常委会)|人民代表大会(?!常务委员会)")


def standing_meeting_acting(house: str | None, headline: str, lead: str) -> str | None:
    """A house's standing committee when its meeting is the subject of the headline or the lead (points 20, 80)."""
    if house and house.endswith("人民代表大会"):
        return _organ_at_the_head(house, headline, lead, _CONGRESS_STANDING_MEETING_ACTS, _NAMES_A_CONGRESS, "常务委员会")
    if house and house.startswith("政协"):
        return _organ_at_the_head(house, headline, lead, _STANDING_MEETING_ACTS, _NAMES_A_CPPCC, "常务委员会")
    return None


# the CPPCC's proposal committee named acting at the head of the news (points 23, 37): 区政协提案委员会召开2020年立案会;
# 市政协提案委召开全体委员会议; 全国政协提案委员会调研组围绕…开展重点提案督办调研; 省政协提案委员会主任袁海平一行来邵调研.
# Not led by the CPPCC's own leader (县政协副主席黄小平带领县政协提案委调研…: point 23, the CPPCC).
_PROPOSAL_COMMITTEE_ACTS = re.compile(r"(?<!带领)(?<!率领)(?<![率带])(?:全国|[省市州区县盟旗])政协提案委(?:员会)?(?!员)"
                                      r"(?:调研组|督办组|副?主任[\u4e00-\u9fff·]{2,5}?一行)?"
                                      r"[^。,,、]{0,12}?(?:召开|举行|组织|开展|赴|(?<!以)来|(?<![收达得报])到|深入|走访|视察|调研|承办|举办)")


def standing_meeting_of_a_cppcc(headline: str, lead: str) -> bool:
    """A CPPCC's standing committee meeting as the subject of the headline, or of the lead under a headline that does
    not name a CPPCC (省政协十二届十九次常委会会议召开; 我市政协九届二十二次常委会议召开): news whose house is the CPPCC of
    the page's place, its issuer that house's 常务委员会 (points 20, 80)."""
    return bool(_STANDING_MEETING_ACTS.search(headline)
                or not _NAMES_A_CPPCC.search(headline) and _STANDING_MEETING_ACTS.search(lead))


def proposal_committee_acting(house: str | None, headline: str, lead: str) -> str | None:
    """The CPPCC's 提案委员会 when it is named acting in the headline or the lead (points 23, 37)."""
    if house and house.startswith("政协"):
        return _organ_at_the_head(house, headline, lead, _PROPOSAL_COMMITTEE_ACTS, _NAMES_A_CPPCC, "提案委员会")
    return None


def _organ_at_the_head(house: str, headline: str, lead: str, acts: re.Pattern, names_the_house: re.Pattern,
                       organ: str) -> str | None:
    """The house's organ when the headline has it acting, or the lead under a headline that does not name the house: a
    headline naming the house makes it the news's subject (point 82: 市政协召开十二届九次常委会议, 江西省政协建议…)."""
    if not _HOUSE_NAME.match(house):
        return None
    if acts.search(headline) or not names_the_house.search(headline) and acts.search(lead):
        return house + organ
    return None


_ADOPTED = re.compile(r"审议通过|通过了|批准|同意|决议")
# 会议主要有6项议程:听取和审议…; 此次会议将审议…常务委员会关于…提案工作情况的报告: a session's agenda, its news
_ON_THE_AGENDA = re.compile(r"(?:听取[和并]审议|将审议)[^。;；]{0,60}$")
