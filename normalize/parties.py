"""A democratic party's committee whose own account a page is: the committee acting in the lead, or its deputies and
members at a session (docs/labelling.md, point 131: a party's account of what it submitted is the committee's; points
4, 48 and 73: the body acting or reporting in its own name).

民革醴陵市委会26名政协委员和11名人大代表出席会议…; 来自民建新昌县基层委的6名县人大代表和32名县政协委员…;
民进温州市委会调研委发起举办…; 1月16日,…民革吉林省委会在长春召开参政议政情况媒体通气会. Only the headline and the lead
are read, where a party's own news names its actor; a committee named as the author of a proposal another body
handles (省政协十二届五次会议上,台盟云南省委会提交的该提案被确定为…) is no actor.
"""

import re

from normalize.issuer import PARTY_SHORT_NAMES

# a committee by its party's short or full name, then its place and its kind (民革醴陵市委会, 民进东西湖区工委,
# 九三学社厦门市委, 民建新昌县基层委, 中国农工民主党阳江市委员会), or a place before the party's short name (金华民建)
_UNIT = r"(?:基层委员会|基层委|总支(?:部|委员会)?|支部|工委|工作委员会|支社|[省市县区州旗]委(?:员会|会)?)"
_COMMITTEE = re.compile(rf"(?P<counted>来自)?(?P<name>{PARTY_SHORT_NAMES}(?:中央|[\u4e00-\u9fff]{{0,12}}?{_UNIT})"
                        rf"|[\u4e00-\u9fff]{{2,4}}?{PARTY_SHORT_NAMES})")
# its deputies and members at the session (…的6名县人大代表, 26名政协委员, …人大代表和政协委员)
_ITS_MEMBERS = re.compile(r"的?(?:\d+|[一二三四五六七八九十两]+)(?:名|位)|的?(?:全国|省|市|县|区)?(?:人大代表|政协委员)")
# the committee acting (not 提交的, 提出的: an item's author named inside another body's story)
_ITS_ACT = re.compile(r"(?:在|召开|举行|开展|组织|[拟将]?向|[拟将]?提交(?!的)|积极|参加|出席|围绕|就|发起|高度重视|认真|切实|"
                      r"充分|调研|带队|联合|坚持|聚焦|携)")
_CLAUSE_START = "。,,:：\n/ "
_LEAD_SENTENCES = 2


def committee_acting(title: str, lead: list[str]) -> list[str]:
    """The party committees the headline or the lead's first sentence has acting, or the lead's first two sentences have
    with their deputies and members at a session, as printed (simplified text), in order."""
    found = _acting(title, members_only=False)
    for index, sentence in enumerate(lead[:_LEAD_SENTENCES]):
        found += _acting(sentence, members_only=index > 0)
    return found


def _acting(sentence: str, members_only: bool) -> list[str]:
    acting = []
    for match in _COMMITTEE.finditer(sentence):
        if match.start() and sentence[match.start() - 1] not in _CLAUSE_START:
            continue  # inside another phrase: 向民建…, 与九三学社…
        members = _ITS_MEMBERS.match(sentence, match.end())
        if match.group("counted") and not (members and members.group()[-1] in "名位"):
            continue  # 来自民建中央的全国政协委员蔡玲: one member named by her party
        if members or (not members_only and _ITS_ACT.match(sentence, match.end())):
            acting.append(match.group("name"))
    return acting
