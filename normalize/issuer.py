"""Issuing bodies: canonical full names and jurisdictions from the gazetteer.

Rules (see also the module docs of document.py for where candidates come from):
- a name that starts with place names keeps them; a district (市辖区, whose names repeat across the
  country) gets its city in front (嘉定区民政局 → 上海市嘉定区民政局, 二道区卫生计生局 → 长春市二道区…),
  other names stay as printed (武汉市民政局, 马关县交通运输局); a house's name takes its official place
  (河北省沧州市政协 → 政协沧州市委员会), a democratic party's committee its full name (民建洛阳市委会 →
  中国民主建国会洛阳市委员会);
- a relative name (区民政局, 市政府政务督查室) is completed from, in order: the source's
  jurisdiction, the same name written in full in the text (嘉定区民政局 in the signature, or its
  official form: 北京市通州区人民代表大会常务委员会 in a footer for 区人大常委会), the one place of that
  level the text clearly dominates with; otherwise it stays unresolved (None);
- names of places that exist more than once (市中区) are not guessed.
"""

import functools
import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple, TypeGuard, cast

from normalize import gazetteer
from normalize.gazetteer import Place

# people's organisations by their short names: 湖南省残联召开…, 区残联2012年…总结, 市工商联
_PEOPLES_BODY = r"(?<![互关])残联|工商联|妇联|侨联|科协|文联"
# the democratic parties by their short names (民建, 致公党), written in full (中国民主建国会)
_PARTIES = {"民革": "中国国民党革命委员会", "民盟": "中国民主同盟", "民建": "中国民主建国会", "民进": "中国民主促进会",
            "农工党": "中国农工民主党", "致公党": "中国致公党", "九三学社": "九三学社", "台盟": "台湾民主自治同盟"}
PARTY_SHORT_NAMES = "(?:" + "|".join(_PARTIES) + ")"
PARTY_CENTRE = PARTY_SHORT_NAMES + "中央"  # a democratic party's central committee by its short name (台盟中央)
# courts and procuratorates handle deputies' suggestions too (省法院办理…意见建议404件: fe0a184de9cb)
_JUDICIAL = r"法院|检察院|中院|高院"
_ORG_SUFFIX = re.compile(
    r"(?:局|厅|委员会|委|办公室|办公厅|办|室|中心|政府|部|署|院|总队|支队|大队|队|站|所|馆|会|处|公司|集团|政协|主任会议|主席会议|主席团|"
    r"(?<=[镇乡])人大|"  # a town's congress (point 67)
    r"[总總]支|支社|"  # a democratic party's general branch or its 九三学社 branch (中国民主建国会孝感市孝南区总支)
    + PARTY_SHORT_NAMES + r"中央|"  # a democratic party's central committee (台盟中央)
    r"供销[\u4e00-\u9fff]{0,5}社|"  # 内蒙古自治区供销合作社联合社, 湖南省供销合作总社, 市供销社 (a3424f394d1b)
    r"人民银行|(?<=人民银行)[\u4e00-\u9fff]{1,12}(?:分行|支行)|"  # the central bank and its branches (中国人民银行重庆市分行)
    r"(?<=[部局])[\u4e00-\u9fff]{1,8}司|"  # a ministry's or an administration's department (中国民用航空局综合司)
    + _PEOPLES_BODY + r")$"
)
# 我局, 我部, 我委, 我厅 and the kind of body each is (not 我局会同…, with others: 404cea6f6f4c)
_WE_OF_A_KIND = re.compile(r"(?:我|本)(局|部|委|厅)(?![员门分队署位长]|会(?!同))")


def kinds_we_speak_as(texts: Iterable[str]) -> set[str]:
    """The kinds of body the texts speak as: 局 for 我局, 委 for 我委 (_WE_OF_A_KIND)."""
    return {match.group(1) for text in texts for match in _WE_OF_A_KIND.finditer(text)}
# (网络 names a network, not 网络安全和信息化委员会办公室, the cyberspace affairs office: 79850971493a)
_NON_BODY = re.compile(r"网站|本网|本站|门户|网络(?!安全和信息化)|平台|频道|编辑|管理员|admin|新闻(?!出版)|转载|百科|范文|[x×*]{2,}|某|"
                       r"采访|"  # a news site's reporting desk as 来源 (采访部: c2a5b41c139c)
                       # a count of bodies, not a name (两大部均表示向这位委员郑重道歉: 6407c115bfcb; 多部委)
                       r"^[两几多数二三四五六七八九十]大?(?:部委|部|委|局|厅)$|"
                       r"网[\u4e00-\u9fff]{0,4}站$|日报|晚报|报社|电视台|广播电视(?!总?局|和?(?:旅游|体育))|融媒|[传傳]媒|干部$|"
                       # a Party committee's publicity department as 来源: the news' outlet (合浦县委宣传部: d83b64d28e4f);
                       # not one signing in its formal name (中共雅安市名山区委宣传部: 62927e0f6565)
                       r"^(?!中共|中国共产党).*宣[传傳]部$|"
                       # a venue (…假中山市會議中心舉行: ae7bb679c964); words of a sentence run into a name
                       # (河南省政协办公厅日前会同省政府办公厅…: c1780658c1b4)
                       r"[会會](?:议|議|展)中心|宾馆|賓館|酒店|饭店|飯店|日前|近日|[会會]同(?![县縣])|"
                       # a sentence's words, not a name's: going somewhere (省人大到山东省气象局: 88fe84932d37), a leader
                       # speaking (…政协副主席甘永庆介绍了过去五年果洛州政协: 8b0b63fc28ed)
                       r"[到赴]|介[绍紹]|表示|指出|副主席|"
                       # a leader visiting or leading (省妇联主席吴洪芹看望…妇联: 89183abe8d89; …副主任周洪宇率…委员会: bf5ed4299459),
                       # a meeting held somewhere (…主席团第四次会议在省行政中心: d78712747eda)
                       r"(?:主席|主任|[书書][记記]|[局厅廳部处處]长|[省市县縣区區州]长)[\u4e00-\u9fff]{2,3}?(?:看望|率|带|帶)|[会會][议議]在|"
                       # a sentence's 已 (…自治县已安排交通局: cd522261b8a1) and 深入 (韩城市委会组织党员深入对口联系单位民政局…:
                       # 8dfcd921efe3); all the democratic parties (755e2ea93434) or the houses of three levels together
                       # (省市县三级政协: 5ec5f01904e7), no one body
                       r"已|深入|各民主[党黨]派|[两兩三四五]级|"
                       # bodies of every level, no one body (全市各级政协组织、政协各参加单位…: 4288fe4f51e5)
                       r"各[级級]|"
                       # members at a session (房山区民革党员在区政协第九届委员会…: 9d5686b4e896)
                       r"(?:党员|黨員|委员|委員|代表|盟员|盟員|会员|會員|社员|社員)在|"
                       # a letter's own words about the body that passed it the item (市政府批转我局办理: 4400a2c59f0b)
                       r"我[局委厅廳部办辦]|批[转轉]|"
                       # …人大工委按照…人大常委会关于…的要求 (47fd91288ba2), 委员分组讨论…委员会…报告 (9dcc146d6e3e): a clause's
                       # words; two bodies joined, 市委会与市应急局召开… (8e52087fe3b6): neither alone, but 和平 is a place
                       # (人大常委会和平路街道工委: df03f1536bd6), and 社会 no body (政协…社会和法制委员会: d27d98a70ec8)
                       r"按照|根据|根據|团结引领|團結引領|[领領][导導](?!小[组組])|[讨討]论|[讨討]論|"
                       r"(?<!社)[会會局委厅廳府院](?:[与與及、]|和(?!平))(?=[\u4e00-\u9fff]{0,10}?(?:[局委厅廳府院]|[会會]$))|"
                       # several bodies, not one (青海省人大各有关委员会: 584871b63c3b)
                       r"各有关|各有關|有关各|有關各|各相关|各相關", re.I)
_RELATIVE_LEVEL = {"省": ("province",), "市": ("city", "province", "county"), "州": ("city",),
                   "区": ("county",), "县": ("county",), "旗": ("county",)}
# …部, …总局, and the State Council's administrations, commissions and offices named 国家…局, 国家…委员会 or 国家…办公室
# (国家文物局, 国家乡村振兴局: 5b97d1b0d850; 国家卫生健康委员会; 国家互联网信息办公室: 7c58b1b10550) or 中国…局
_NATIONAL = re.compile(r"^(?:中华人民共和国|国务院|全国|中央人民政府|最高人民(?:检察院|法院)$)|^[^省市区县]{1,10}(?:部|总局|国家局)$|"
                       r"^国家(?!级)[\u4e00-\u9fff]{1,10}(?:局|委员会|办公室)$|^中国(?:民用航空|气象|地震)局(?:[\u4e00-\u9fff]{1,6}司)?$|"
                       # the Party centre's offices (中央网络安全和信息化委员会办公室, 中央机构编制委员会办公室)
                       r"^中央[\u4e00-\u9fff]{2,14}办公室$|"
                       # the State Council's regulatory commissions (中国银行业监督管理委员会: 40841f4a0196; 中国证券…)
                       r"^中国[\u4e00-\u9fff]{2,8}监督管理委员会$|"
                       # the national people's organisations (中国残疾人联合会: 619ff2fd85be; 中华全国总工会)
                       r"^(?:中国|中华全国)[\u4e00-\u9fff]{0,8}(?:联合会|总工会|协会)$|"
                       # the Youth League's central committee (90c379027342), as 共青团中央 prints it
                       r"^(?:中国共产主义青年团|共青团)中央(?:委员会)?$|"
                       # the State Council's bodies named otherwise (中国人民银行: a round-62 reply; 海关总署, 审计署)
                       r"^(?:中国人民银行|海关总署|审计署)$")
# a ministry's name after 中国 as agencies write it for readers abroad (no ministry's own name starts with 中国)
# the short official form; 国家 written before a ministry (国家工业和信息化部: 47e5a2a81d09), not 国家安全部's own
_CHINA_BEFORE_A_MINISTRY = re.compile(r"^(?:中国|中华人民共和国|国家(?!安全部))(?=[\u4e00-\u9fff]{2,10}部$)")
_TITLE_PREFIX = r"^(?:——|—|--)?(?:[\[【][^\]】]{1,12}[\]】]|[(（][^()（）]{1,12}[)）])?(?:(?:19|20)\d{2}年度?)?"
# (not a post after the name: 黄岛区委书记点赞…, 市委常委…: a person, not the body, acts)
# (nor a party committee's department after it: 中共攀枝花市委宣传部对…提案答复的函 is the department's)
# (局长, 厅长 after a bureau's name: its head, 长宁区体育局局长王仁伟…, not a name ending 局局)
_AFTER_BODY = (r"(?=\d|关于|[:：\s]|[\u4e00-\u9fff])(?!办公|(?!局长|厅长)[员会室厅局门托]|书记|副书记|常委"
               r"|(?:宣传|组织|统战|统一战线工作)部)")
_LEADING_BODY = re.compile(_TITLE_PREFIX + r"([\u4e00-\u9fff]{2,24}?(?:局(?:[\u4e00-\u9fff]{1,6}?分局)?|厅|委员会|委|办公室|"
                           # not a government's department named after it (…市政府国有资产监督管理委员会对…, …人民政府外事办公室对…)
                           r"办公厅|政府(?![\u4e00-\u9fff]{2,12}?(?:委员会|办公室|局)(?:对|关于|[:：\s]))|中心|(?<!部)署|(?<!全)部(?!分|署)(?:[\u4e00-\u9fff]{1,4}?局)?|(?:交警|消防救援|公安消防)[\u4e00-\u9fff]{0,4}?[大支]队|"
                           + _PEOPLES_BODY + r")"
                           r"|[\u4e00-\u9fff]{1,24}?政府(?![\u4e00-\u9fff]{0,4}?(?:室|局|厅|中心))"
                           r"|[\u4e00-\u9fff]{1,24}?(?:总工会|" + _PEOPLES_BODY + r")"  # 市妇联召开…, 县总工会积极…
                           r"|[\u4e00-\u9fff]{1,24}?(?:" + _JUDICIAL + "))"
                           + _AFTER_BODY)
# what follows a party's committee opening a headline: a verb (召开, 调研 …) or a session review's next words (民进佛山市委会
# 参加…, 致公党北海市委会在市“两会”…, 农工党福州市委会各级组织…)
_PARTY_DOING = (r"(?=召开|举行|开展|组织|调研|视察|[拟将]?(?:向|提交|报送)|参加|出席|在|积极|[市县区省州]?[“\"]|[市县区省州]?两会|\d|[:：]|"
                r"各级|履职|集体提案|切实|扎实|认真|踊跃|充分)")
# (its central committee printed right after the party's name: 台盟中央向全国政协…提交24件提案, 致公党中央拟向…报送41件提案)
_LEADING_PARTY = re.compile(_TITLE_PREFIX + r"(" + PARTY_SHORT_NAMES
                            + r"(?:中央|[\u4e00-\u9fff]{1,12}?[省市区县州]委(?:员会|会)?))"
                            + _PARTY_DOING)
# a place's short or full name before the party's (茂名民进参加…, 武汉民盟4件提案…): its committee there acting (which places:
# _place_before_a_party); not its members (亭湖民盟代表委员…, 大庆民革党员…) nor a branch (韶关民进始兴县总支)
_PARTY_AFTER_ITS_PLACE = (r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<party>" + PARTY_SHORT_NAMES
                          + r")(?P<committee>[省市区县州]?委(?:员会|会)?)?")
_PLACED_PARTY = re.compile(_TITLE_PREFIX + _PARTY_AFTER_ITS_PLACE + _PARTY_DOING)
_HOUSE_TAG = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<house>人大|政协)[:：]")
# (晋州市人大召开…, 凤凰县人大召开…: between sessions a congress acts by its standing committee)
_CONGRESS_DOING = r"召开|举行|组织|开展|视察|调研|督办|督查|检查|听取|审议|连续|关注|聚焦|推动|助推|助力|建立|出台|启动|探索|创新"
_LEADING_CONGRESS = re.compile(_TITLE_PREFIX + r"([\u4e00-\u9fff]{1,12}?)(政协|人大常委会|人大(?=" + _CONGRESS_DOING + r"))"
                               r"(?!委员(?!会))" + _AFTER_BODY)
# 政协X委员会提案委员会, …委员会常务委员会工作报告: the committee is part of the body's name (settled question 5)
# 县政协提案委召开全体会议 (not 提案委办, its office); 咸阳市政协文化文史和学习委员会开展…: any special committee of it acting
_COMMITTEE_OF_A_HOUSE = re.compile(r"(?:提案审查|提案|常务|(?:(?!届|次|会议|委员|第|各|设立|成立)[\u4e00-\u9fff]){2,10}?)委员会"
                                   r"|提案委(?![员办])")
# a CPPCC's standing committee opening a headline, its term between (市政协十四届常委会第二十二次会议召开, 郸城县政协第十届
# 常务委员会第二十一次会议召开, 全国政协常委会2015年办复提案…): the 常务委员会 acts (point 20); not one of its members or
# officers (全国政协常委会委员…), nor the CPPCC convening it (市政协召开…常委会议); its meeting numbered after the term
# (区政协十一届九次常委会议召开, 省政协十二届十九次常委会会议召开: 942d3430e4f4, d94286c56171) is the committee's too
_LEADING_CPPCC_STANDING_COMMITTEE = re.compile(_TITLE_PREFIX + r"([\u4e00-\u9fff]{1,12}?)政协(?:第?[一二三四五六七八九十]{1,3}届)?"
                                               r"(?:(?:第?[一二三四五六七八九十]{1,4}次)?(?:常委会|常务委员会)|"
                                               r"第?[一二三四五六七八九十]{1,4}次常委(?=会议|[(（]扩大[)）]会议))"
                                               r"(?!委员|副|主任|主席|秘书|办公|党组)")
# words no body's name holds: what it does or handles (市政协传达学习省委市委关于…: 传达, the house acting, a3925a159166)
_NOT_LEADING_BODY = re.compile(r"建议|提案|议案|代表|关于|去年|今年|全区|全市|全县|全省|办理|召开|办结|全部|传达|部署|落实|落實"
                               r"|我(?:局|委|厅|办|部)")


# common short forms of a body's own name, written in full (吉林省政府 → 吉林省人民政府)
_SHORT_FORMS = (("政府办公厅", "人民政府办公厅"), ("政府办公室", "人民政府办公室"), ("政府研究室", "人民政府研究室"),
                ("住建局", "住房和城乡建设局"), ("住建厅", "住房和城乡建设厅"),
                ("住建委", "住房和城乡建设委员会"), ("住房城乡建设", "住房和城乡建设"), ("人力资源社会保障", "人力资源和社会保障"),
                ("市场监管局", "市场监督管理局"), ("市监局", "市场监督管理局"), ("人社局", "人力资源和社会保障局"),
                ("人力社保局", "人力资源和社会保障局"), ("人力社保厅", "人力资源和社会保障厅"), ("交运局", "交通运输局"),
                ("地方金融监管局", "地方金融监督管理局"),
                ("人社厅", "人力资源和社会保障厅"), ("发改委", "发展和改革委员会"), ("发改局", "发展和改革局"),
                ("环保局", "环境保护局"), ("环保厅", "环境保护厅"), ("卫健委", "卫生健康委员会"),
                ("发展改革委", "发展和改革委员会"), ("文旅厅", "文化和旅游厅"), ("卫健局", "卫生健康局"),
                ("卫生计生委", "卫生和计划生育委员会"), ("卫计委", "卫生和计划生育委员会"),
                ("卫计局", "卫生和计划生育局"), ("卫生计生局", "卫生和计划生育局"), ("国土局", "国土资源局"),
                ("食药监管局", "食品药品监督管理局"), ("食药监局", "食品药品监督管理局"), ("应急局", "应急管理局"),
                ("医保局", "医疗保障局"), ("退役军人局", "退役军人事务局"), ("林草局", "林业和草原局"), ("残联", "残疾人联合会"),
                ("工商联", "工商业联合会"), ("妇联", "妇女联合会"), ("侨联", "归国华侨联合会"), ("科协", "科学技术协会"),
                ("文联", "文学艺术界联合会"),
                ("工信局", "工业和信息化局"), ("工信厅", "工业和信息化厅"), ("民族宗教委", "民族宗教事务委员会"),
                ("民宗委", "民族宗教事务委员会"), ("城管委", "城市管理委员会"),
                ("科技局", "科学技术局"), ("科技厅", "科学技术厅"), ("经信委", "经济和信息化委员会"),
                ("经信局", "经济和信息化局"), ("经信厅", "经济和信息化厅"), ("工商局", "工商行政管理局"),
                ("质监局", "质量技术监督局"), ("安监局", "安全生产监督管理局"),
                ("食药监分局", "食品药品监督管理分局"))
# (an abbreviation with several official expansions, each place choosing its own — 教体局, 城管(执法)局, 文旅局 — is
# kept as printed: docs/labelling.md, point 87)
# (a house's working organ named short, 人大经济委, 政协文史委, keeps its printed name: its expansion is not printed, point 69)
# (国资委, 教委 and 农委 — 国有资产监督管理委员会, 教育委员会, 农业委员会 or 农村经济委员会 — written out differently by each
# place, are kept as printed: point 87; so is 民委, 民族事务委员会 or 民族宗教事务委员会: 8b24743ef29b; so is a 工委, a
# working committee: 中国民主促进会武汉市蔡甸区工委, 5a4c7fd5f10a; and so is a one-character stem, 科委 (科学技术委员会): ee81e28bac0e)
_SHORT_COMMISSION = re.compile(r"(?!.*(?:党|纪|常|政法|编|国资|教|农|民|工)委$)(?!.*(?:人大|政协))[\u4e00-\u9fff]{2,6}委")
# (a bare 发改委 or 卫健委 names a local commission as often as the national one: placed where the page is, like any
# short name without a place: 发布机构 | 发改委 on pudong.gov.cn, 8d63e8c34960)
_NATIONAL_SHORT = {"环保部": "环境保护部",
                   "国管局": "国家机关事务管理局", "国家卫生健康委": "国家卫生健康委员会", "国家卫健委": "国家卫生健康委员会",
                   "国家发展改革委": "国家发展和改革委员会", "全国政协": "政协全国委员会",
                   "全国人大常委会": "全国人民代表大会常务委员会", "全国人大": "全国人民代表大会", "国家发改委": "国家发展和改革委员会",
                   "国家民委": "国家民族事务委员会", "住房城乡建设部": "住房和城乡建设部", "住建部": "住房和城乡建设部",
                   "文旅部": "文化和旅游部", "国家卫生计生委": "国家卫生和计划生育委员会", "国家卫计委": "国家卫生和计划生育委员会",
                   "人社部": "人力资源和社会保障部", "生态环保部": "生态环境部", "科技部": "科学技术部", "工信部": "工业和信息化部",
                   # the administrations' standard short names (point 87)
                   "国家林草局": "国家林业和草原局", "国家药监局": "国家药品监督管理局", "国家医保局": "国家医疗保障局",
                   "国家中医药局": "国家中医药管理局", "国家移民局": "国家移民管理局", "国家疾控局": "国家疾病预防控制局",
                   "国家粮食和储备局": "国家粮食和物资储备局", "国家广电总局": "国家广播电视总局",
                   "国家市场监管总局": "国家市场监督管理总局", "市场监管总局": "国家市场监督管理总局",
                   "税务总局": "国家税务总局", "民航局": "中国民用航空局",
                   "最高检": "最高人民检察院", "最高法": "最高人民法院",
                   "中国残联": "中国残疾人联合会", "全国妇联": "中华全国妇女联合会", "全国总工会": "中华全国总工会",
                   "共青团中央": "中国共产主义青年团中央委员会",
                   "全国工商联": "中华全国工商业联合会", "中国科协": "中国科学技术协会", "中国侨联": "中华全国归国华侨联合会"}


def _unabbreviated(rest: str) -> str:
    """The body after its place names, with a short form at its start written in full."""
    if rest == "政府":  # 政府政务督查室 and the like keep their printed names
        return "人民政府"
    if rest == "政府办":  # 发布机构:元谋县政府办, the government's office named short
        return "人民政府办公室"
    for short, full in _SHORT_FORMS:
        if rest.startswith(short) and not rest.startswith(full) and not rest.startswith(short + "员会"):
            return full + rest[len(short):]
    if _SHORT_COMMISSION.fullmatch(rest):  # 交通委, 教委, 经信委: a commission's short name
        return rest + "员会"
    if rest.endswith("街道办"):  # 观澜街道办: the street's office, 办事处
        return rest + "事处"
    if rest.endswith("管委会") and _ZONE.search(rest):  # 新区管委会: a zone's committee in its full name (point 68)
        return rest[:-3] + "管理委员会"
    return rest


def written_out(name: str) -> str:
    """A body's name with a short form in it written in full, its place words as printed: 区住建局 →
    区住房和城乡建设局 (two spellings of one body on a page)."""
    for short, full in _SHORT_FORMS:
        if short in name and full not in name and short + "员会" not in name:  # 外联民宗委员会: a committee's own name
            return name.replace(short, full, 1)
    return name


class Resolution(NamedTuple):
    name: str | None
    jurisdiction: str | None
    admin_level: str | None
    warnings: tuple[str, ...] = ()


def is_body_name(name: str | None) -> TypeGuard[str]:
    """Looks like an organisation (ends with 局, 委, 办公室 …) and is not a website or 本网, nor a place's
    bureau left unnamed (上海市局: which one is not said)."""
    if not name or not 2 <= len(name) <= 40:
        return False
    return bool(_ORG_SUFFIX.search(name)) and not _NON_BODY.search(name) and not _UNNAMED_BUREAU.search(name)


# …局 of a place left unnamed (上海市局, 文章来源:省厅: which one is not said), or a word ending in 局 that names no bureau
# (为…开好局, 大局, 格局, 布局, 当局), or a hall or room ending in 厅/室 (…在广东省人大常委会会议厅召开: 8b8edfbcc4e4),
# or a verb ending in 办 that names no office (…开展重点督办: c0cd30e40ad3; 交办, 承办, 领办), or 体会 (an essay site's column
# 心得体会 over its copy's headline), no 会 of members
_UNNAMED_BUREAU = re.compile(r"[省市区县州][局厅]$|(?:会议|会客|大|餐|展|宴会|會議|會客|宴會)[厅廳室]$|(?:体|體)[会會]$"
                             r"|(?:督|交|承|主|协|協|领|領|举|舉|创|創|催|转|轉)[办辦]$"
                             r"|(?:开好|開好|开|開|布|佈|破|格|大|(?<!安)全|当|當|结|結|变|變|残|殘|僵|定|棋|饭|飯|骗|騙)局$"
                             # 来源 | 内部 (internal, bcf0e39955d9): a word ending in 部 that names no ministry
                             r"|^[内內外全本局]部$"
                             # 合力加快东部…: a region's part (东部, 西部), no ministry or party department
                             r"|[东西南北中東]部$"
                             # 公开范围: / 面向社会 (94b3cfbf1ea1): the society a page is disclosed to, no 会 of members
                             r"|^(?:面向)?全?社会$")


# 我局关于…, 贵单位关于…: the writer or the addressee, no name; 贵州省人民检察院关于… names one (7f8fa739be29)
_ADDRESSED = re.compile(r"[我本该]|贵(?!州|阳|港|溪|池)")


def body_at_start(title: str | None) -> str | None:
    """The body a title opens with: 市民政局2024年人大建议办理情况报告 → 市民政局."""
    if not title:
        return None
    before_about = body_before_about(title)
    if before_about:
        return before_about
    party = _LEADING_PARTY.match(title)  # 民建洛阳市委会召开重点提案答复座谈会
    if party:
        return party.group(1)
    placed = _PLACED_PARTY.match(title)
    if placed and _place_before_a_party(placed["place"], placed["committee"]):
        return title[placed.start("place"):placed.end()]  # as printed: 茂名民进 (_party_committee writes it in full)
    standing = _LEADING_CPPCC_STANDING_COMMITTEE.match(title)
    if standing and _a_houses_place(standing.group(1)):
        return standing.group(1) + "政协常委会"
    congress = _LEADING_CONGRESS.match(title)
    if congress and _a_houses_place(congress.group(1)):
        organ = _COMMITTEE_OF_A_HOUSE.match(title, congress.end())  # 市政协提案委员会举行…: the committee acts
        return by_its_standing_committee(congress.group(1) + congress.group(2)) + (organ.group() if organ else "")
    match = _LEADING_BODY.match(title)
    if not match or _NOT_LEADING_BODY.search(match.group(1).replace("人民代表大会", "")):  # 代表 of the congress's name
        return None
    committee = _COMMITTEE_OF_A_HOUSE.match(title, match.end()) if match.group(1).endswith("委员会") else None
    body = match.group(1) + (committee.group() if committee else "")
    joint = _PARTY_AND_GOVERNMENT.search(body) or body.endswith("委") and _GOVERNMENT_NEXT.match(title, match.end())
    return body if is_body_name(body) and not joint else None


def body_before_about(title: str) -> str | None:
    """X关于Y的报告: the formal title names its body before 关于, also when the heading is laid out over
    lines (中国人民政治协商会议 第六届舟山市普陀区委员会提案委员会 关于六届三次会议…)."""
    head = title.split("关于", 1)[0]
    printed = head.split()
    if len(printed) > 1 and not _OPENS_A_NAME.match(printed[0]) and not is_body_name(printed[0]) \
            and not gazetteer.leading_places(printed[0]):
        return None  # 首页 市政协关于…: a crumb before the heading, no part of its name
    before_about = _HEADING_LINE_BREAK.sub("", head).rstrip()
    words = _COMMITTEE_OF_A_HOUSE.sub("委员会", before_about)  # …委员会提案委员会: 提案 names the committee
    if 2 <= len(before_about) <= 60 and "关于" in title and is_body_name(before_about) and not _NOT_LEADING_BODY.search(
            words) and not re.search(r"\d|[,，、:：\s]", before_about) and not _ADDRESSED.match(before_about):
        return before_about
    return None


_OPENS_A_NAME = re.compile(r"中国人民政治协商会议|中国共产党|中国人民解放军|政协")
_HEADING_LINE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


# the party committee and the government together (福建省委省政府切实重视…, 区委区政府办理…): two bodies, no one's name
_PARTY_AND_GOVERNMENT = re.compile(r"委[省市县区州旗]?(?:人民)?政府$")
_GOVERNMENT_NEXT = re.compile(r"[省市县区州旗]?(?:人民)?政府")


def _a_houses_place(words: str) -> bool:
    """莆田市, 区, 全国, or a place's short name one place has (涡阳政协…, 望江人大…): what may stand before a house's name
    at a headline's start."""
    return words == "全国" or names_a_place(words) or words in _short_names()


def house_tagging(title: str | None) -> str | None:
    """长子人大:满意度测评为人大监督“淬火”: a house's own news, tagged with its place's name (short or
    full) and a colon: that house (人大 acting between sessions: its standing committee)."""
    tagged = _HOUSE_TAG.match(title or "")
    name = tagged and tagged.group("place")
    place = name and _place_by_its_name(name)
    if not place:
        return None
    assert tagged is not None  # without a tag there is no name, and so no place
    return place.name + ("人大常委会" if tagged.group("house") == "人大" else "政协")


def _place_by_its_name(name: str) -> Place | None:
    """The one place a name printed full or short names (长子 → 长子县, 茂名 → 茂名市, 贵州 → 贵州省)."""
    return single_place(gazetteer.lookup(name)) or _short_names().get(name) or gazetteer.province_short_names().get(name)


def names_a_place(text: str) -> bool:
    """区, 莆田市, 山西太原市, 宁夏 (a province's short name): only place names (or one relative level word) before a
    congress body."""
    if text in _RELATIVE_LEVEL or text in gazetteer.province_short_names():
        return True
    inner = _after_province_short_name(text) or text
    chain, length = gazetteer.leading_places_and_length(inner)
    return bool(chain) and length == len(inner) or _inside_its_prefecture_s_short_name(text)


def _inside_its_prefecture_s_short_name(text: str) -> bool:
    """无锡滨湖区, 湖北十堰郧阳区: a place's full name after the short name of the prefecture holding it (and that of
    its province)."""
    for start in (0, *(length for length in (2, 3) if text[:length] in gazetteer.province_short_names())):
        for cut in (2, 3):
            city = _short_names().get(text[start:start + cut])
            rest = text[start + cut:]
            if city is not None and city.level == "city" and any(
                    place.city == city.name for place in gazetteer.named_in_full(rest)) \
                    and (not start or gazetteer.province_short_names()[text[:start]].name == city.province):
                return True
    return False


# county-level units named 区 that are no city's district (伊春市金林区 is one)
_COUNTY_LEVEL_AREAS = ("神农架林区", "六枝特区")


def admin_level_of(place: Place) -> str:
    if place.level != "county":
        return place.level
    return "district" if place.name.endswith("区") and place.name not in _COUNTY_LEVEL_AREAS else "county"


def full_name_at(place: Place, rest: str) -> str:
    """A district gets its city in front (嘉定区民政局 → 上海市嘉定区民政局); a county or county-level
    city keeps the name as printed (马关县交通运输局)."""
    if admin_level_of(place) == "district" and place.city and place.city != place.name:
        return place.city + place.name + rest
    return place.name + rest


def _narrow(candidates: tuple[Place, ...], parents: list[Place], hint: Place | None) -> Place | None:
    if len(candidates) == 1:
        return candidates[0]
    parent_names = [place.name for place in parents]
    hint_names = [hint.name, hint.city or "", hint.province] if hint else []
    for attribute in ("city", "province"):
        matching = [place for place in candidates if getattr(place, attribute) in parent_names + hint_names]
        if matching:
            return matching[0] if len(matching) == 1 else None
    return None


_CPPCC_FULL = re.compile(r"^(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十]+届)?")


def _cppcc_named_in_full(name: str, hint: Place | None) -> Resolution | None:
    """中国人民政治协商会议广东省深圳市第六届委员会常务委员会: kept as printed, its place read after the prefix."""
    prefix = _CPPCC_FULL.match(name)
    if not prefix or not name.endswith(("会", "办公室", "办公厅", "主席会议")):  # …委员会办公室 signing (settled question 5)
        return None
    inner = resolve_full(name[prefix.end():], hint)
    return inner._replace(name=name) if inner.jurisdiction else None


# the party by its short name or printed in full (中国民主建国会洛阳市委员会, 中国国民党革命委员会吉林省委员会)
_PARTY_IN_FULL = {**_PARTIES, **{full: full for full in _PARTIES.values()}}
# (not a 工委, a working committee: 民进武汉市蔡甸区工委, 5a4c7fd5f10a)
_PARTY_COMMITTEE = re.compile(r"^(?P<party>" + "|".join(_PARTY_IN_FULL) + r")(?P<place>[\u4e00-\u9fff]{1,12}?)(?<!工)委(?:员会|会)?$")


def _party_committee(name: str, hint: Place | None) -> Resolution | None:
    """民建洛阳市委会 → 中国民主建国会洛阳市委员会, 致公党中央 → 中国致公党中央委员会, 茂名民进 → 中国民主促进会茂名市委员会: a
    democratic party's committee in its full name, at its place; its office too (民建中山市委会办公室 →
    中国民主建国会中山市委员会办公室: 7d7fb8a482b7, ac61231d08d6)."""
    if name.endswith("办公室") and len(name) > 3:
        committee = _party_committee(name[:-3], hint)
        return committee._replace(name=committee.name + "办公室") if committee and committee.name else None
    match = _PARTY_COMMITTEE.match(name) or (_PARTY_COMMITTEE.match(name + "委") if name.endswith("中央") else None)
    if match is None:  # 致公党中央 is its central committee; …支部, a branch, is no committee
        return _party_branch(name, hint) or _party_after_its_place(name, hint)
    party, place = _PARTY_IN_FULL[match.group("party")], match.group("place")
    if place == "中央":
        return Resolution(f"{party}中央委员会", "全国", "national")
    return _committee_at(party, place, hint)


# a democratic party's branches in a district or a county: 基层委员会, 总支, 支部, 工委, 支社
_BRANCH_WORDS = r"基层委员会|总支(?:部|委员会)?|支部|工委|工作委员会|支社"
# a place's committee or branch printed without its organisation: 无锡市委, 武汉市蔡甸区工委, 东阳市支部
_BARE_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{1,20}?[省市县区州旗](?P<kind>委(?:员会|会)?|" + _BRANCH_WORDS + r")$")
_AN_ORGANISATION_NAMED = re.compile(r"中共|共产党|政协|人大|政府|团|党|局|纪|办")
_PARTY_NAMED = re.compile(PARTY_SHORT_NAMES)


def party_of_a_bare_committee(name: str, place: str | None, text: str, line: str = "") -> str | None:
    """A democratic party's committee or branch printed without the party, on the party's own pages (无锡市委多名成员
    及提案被市政协表彰, 文章来源:郴州市委, 东阳市支部积极参政议政): the party the text prints right before it, whole or after its
    place (农工党无锡市委, 农工党市委, 民进蔡甸区工委); for a 委会, a party's word (the Communist party's committees are 委:
    湖州市委會:…), the one party the text names. Its full name (中国农工民主党无锡市委员会, 中国民主促进会东阳市支部)."""
    bare = _BARE_COMMITTEE.fullmatch(name)
    if bare is None or _AN_ORGANISATION_NAMED.search(name) or any(party in name for party in _PARTY_IN_FULL):
        return None
    tails = {name, name[bare.start("kind") - 1:]}  # and the name relative to its level: 市委, 区工委
    tails |= {name[index:] for index in range(1, len(name) - 2)  # after a place of its chain: 蔡甸区工委
              if name[index - 1] in "省市县区州旗" and name[index] != "委"}
    if f"中共{name}" in text or any(f"中共{tail}" in text for tail in tails):
        return None
    named = {match.group(0) for tail in tails for match in re.finditer(PARTY_SHORT_NAMES + "(?=" + re.escape(tail) + ")", text)}
    if not named and (name.endswith("委会") or (name + "会") in line):
        named = set(_PARTY_NAMED.findall(text))
    if len(named) != 1:
        return None
    party = named.pop()
    if bare.group("kind").startswith("委"):
        resolved = _party_committee(party + name, place_hint(place))
        return resolved.name if resolved else None
    branch = _party_branch(party + name, place_hint(place))
    return branch.name if branch else _PARTIES[party] + name


# a party's branch in a district or a county (民进蔡甸区工委, 民盟奉化区支部, 九三学社大安区基层委员会)
_PARTY_BRANCH_FORM = r"^(?P<party>" + "|".join(_PARTY_IN_FULL) + r")(?P<place>{place})(?P<branch>" + _BRANCH_WORDS + r")$"
_PARTY_BRANCH = re.compile(_PARTY_BRANCH_FORM.replace("{place}", r"[\u4e00-\u9fff]{2,12}?[市县区旗]"))
_PARTY_BRANCH_OF_A_SHORT_PLACE = re.compile(_PARTY_BRANCH_FORM.replace("{place}", r"[\u4e00-\u9fff]{2,3}?"))  # 民进高要支部


def _party_branch(name: str, hint: Place | None) -> Resolution | None:
    """民进蔡甸区工委 → 中国民主促进会武汉市蔡甸区工委, 九三学社大安区基层委员会 → 九三学社自贡市大安区基层委员会: a party's
    branch with its place written as the place's body would be (a district with its city in front), at that place; the
    place also printed short where it names one county (民进高要支部 → 中国民主促进会肇庆市高要区支部, not the party's
    national body)."""
    match = _PARTY_BRANCH.match(name) or _branch_with_its_county_in_full(name)
    if match is None:
        return None
    resolved = _committee_at(_PARTY_IN_FULL[match.group("party")], match.group("place"), hint)
    if resolved is None or resolved.name is None:
        return None
    return resolved._replace(name=resolved.name[:-len("委员会")] + match.group("branch"))


def _branch_with_its_county_in_full(name: str) -> re.Match[str] | None:
    """民进高要支部 read as 民进高要区支部: the county a short place name names alone."""
    short = _PARTY_BRANCH_OF_A_SHORT_PLACE.match(name)
    county = _place_by_its_name(short.group("place")) if short else None
    if short is None or county is None or county.level != "county":
        return None
    return _PARTY_BRANCH.match(short.group("party") + county.name + short.group("branch"))


_PARTY_AFTER_ITS_PLACE_IN_FULL = re.compile(_PARTY_AFTER_ITS_PLACE)


def _party_after_its_place(name: str, hint: Place | None) -> Resolution | None:
    """茂名民进, 椒江民建区委: the party's committee at the place printed before it, where that place may have one."""
    placed = _PARTY_AFTER_ITS_PLACE_IN_FULL.fullmatch(name)
    place = _place_before_a_party(placed["place"], placed["committee"]) if placed else None
    return _committee_at(_PARTIES[placed["party"]], place.name, hint) if placed and place else None


def placed_party_in_full(name: str) -> str:
    """茂名民进 → 中国民主促进会茂名市委员会: a body's name as is_body_name knows it (none ends with a party's short name);
    any other name as it is."""
    committee = _party_after_its_place(name, None)
    return committee.name if committee and committee.name else name


def _place_before_a_party(name: str, committee: str | None) -> Place | None:
    """The place a party's name follows (茂名 of 茂名民进): a prefecture or a province, or a county's with its 委 printed
    (a party's body in a county is more often a 基层委员会 or a 总支: 瑞安民进 is 中国民主促进会瑞安市基层委员会)."""
    place = _place_by_its_name(name)
    return place if place and (place.level in ("city", "province") or committee) else None


def _committee_at(organisation: str, place: str, hint: Place | None) -> Resolution | None:
    """An organisation's committee of a place, written organisation + the place in full + 委员会 (中国民主建国会洛阳市委员会,
    共青团云南省委员会), at that place; None where the place is not one the gazetteer settles."""
    inner = resolve_full(place + "人民政府", hint)
    if not inner.jurisdiction or inner.warnings:
        return None
    assert inner.name is not None  # resolve_full always gives a name
    return inner._replace(name=organisation + inner.name[:-len("人民政府")] + "委员会")


# the Communist Youth League's committee of a place: 共青团云南省委, 长兴团县委, 阳澄湖镇团委, 团三亚市委 (its 团市委 named
# relatively aside)
_LEAGUE_COMMITTEE = re.compile(r"(?:共青)?团(?P<place>[\u4e00-\u9fff]{2,20}?[省市县区旗州])委(?:员会)?"
                               r"|(?P<town>[\u4e00-\u9fff]{2,20}?(?:镇|乡|街道))团委"
                               r"|(?P<short>[\u4e00-\u9fff]{2,12}?)团(?P<level>[省市县区])委")


def _league_committee(name: str, hint: Place | None) -> Resolution | None:
    """共青团云南省委, 长兴团县委, 苏州市相城区阳澄湖镇团委, 团三亚市委 → 共青团云南省委员会, 共青团长兴县委员会,
    共青团苏州市相城区阳澄湖镇委员会, 共青团三亚市委员会:
    the League's committee in its official form, at its place (the corpus's labels; 团委 is no 团委员会)."""
    match = _LEAGUE_COMMITTEE.fullmatch(name)
    if match is None:
        return None
    place = match["place"] or match["town"] or (match["short"] if match["short"].endswith(match["level"])
                                                else match["short"] + match["level"])
    return _committee_at("共青团", place, hint)


# a place's committee (三亚市委, 吉林省委员会), and the organisation printed right before it: a democratic party or the Youth
# League (团, not 集团)
_COMMITTEE_OF_A_PLACE = re.compile(r"[\u4e00-\u9fff]{2,20}?[省市县区州](?:委(?:员会|会)?|" + _BRANCH_WORDS + r")$")
_ORGANISATION_BEFORE = re.compile(PARTY_SHORT_NAMES + r"$|共青团$|(?<!集)团$")


# a department's division: 云南省农业农村厅绿色食品处, 郑州市人民政府办公厅建议提案处, 省发展改革委规划处 (not a 街道办事处, not a
# session's 秘书处)
_DIVISION_OF_A_DEPARTMENT = re.compile(r"(?P<department>[\u4e00-\u9fff]{2,30}?(?:厅|局|部|委员会|委(?![会员])))"
                                       r"(?P<division>[\u4e00-\u9fff]{2,12}(?<![办秘][事书])[处科])")


def department_of_its_division(name: str) -> str:
    """The department a division's name begins with (来源:云南省农业农村厅绿色食品处 → 云南省农业农村厅): its division
    posts or signs the department's letter, which the department authors (point 64)."""
    division = _DIVISION_OF_A_DEPARTMENT.fullmatch(name) if name.endswith(("处", "科")) else None
    return division.group("department") if division and is_body_name(division.group("department")) else name


def with_its_organisation(name: str, line: str | None) -> str:
    """A place's committee printed right after a democratic party's or the Youth League's short name (团三亚市委在…召开,
    ad7fb66a001d; 九三学社吉林省委员会召集…, b6f05caf8804) is that organisation's, not the Party's: the name keeps it."""
    if not line or not _COMMITTEE_OF_A_PLACE.fullmatch(name):
        return name
    for at in (match.start() for match in re.finditer(re.escape(name), line)):
        organisation = _ORGANISATION_BEFORE.search(line, 0, at)
        if organisation:
            return organisation.group() + name
    return name


def resolve_full(name: str, hint: Place | None = None) -> Resolution:
    """Canonical form of a name that starts with place names (or a national body)."""
    cppcc = _cppcc_with_its_place_in_full(name, hint) or _cppcc_named_in_full(name, hint) or _party_committee(name, hint) \
        or _league_committee(name, hint)
    if cppcc:
        return cppcc
    chain, prefix_length = gazetteer.leading_places_and_length(name)
    if _named_by_its_park(name, prefix_length):
        return Resolution(name, None, None)
    inner = (_after_province_short_name(name) or _with_city_written_in_full(name)) if not chain else None
    if inner:
        return resolve_full(inner, hint)
    if not chain:
        in_full = province_house_in_full(name) or _province_court_in_full(name)  # 宁夏人大常委会, 北京高院
        if in_full:
            return resolve_full(in_full, hint)
        organ = _party_organ(name, hint)  # 中共海口市委办公室
        if organ:
            return organ
        if _NATIONAL.search(name) or name in _NATIONAL_SHORT:  # 全国政协提案委员会 → 政协全国委员会提案委员会
            name = _CHINA_BEFORE_A_MINISTRY.sub("", name)  # 中国生态环境部 (中新社's style) → 生态环境部
            return Resolution(_NATIONAL_SHORT.get(name) or _congress_form(written_out(name)), "全国", "national")
        office = _OFFICE.search(name)  # 国家卫生计生委办公厅 (6c824ae115b4), 公安部交通管理局: a national body's unit
        stem = office and resolve_full(name[:office.start()])
        if stem and stem.jurisdiction == "全国":  # the ministry's name written in full before its unit (point 87)
            assert office is not None  # stem is resolved only where an office was found
            assert stem.name is not None  # resolve_full always gives a name
            return Resolution(stem.name + name[office.start():], "全国", "national")
        return Resolution(name, None, None)
    parents: list[Place] = []
    for candidates in chain:
        place = _narrow(candidates, parents, hint)
        if place is None:
            return _ambiguous(name, candidates)
        parents.append(place)
    place = parents[-1]
    county = _county_written_short(name[prefix_length:], place)
    if county:  # 岳阳市云溪人民政府: 云溪区 of 岳阳市 written without its level word
        return resolve_full(name[:prefix_length] + county, hint)
    rest = _judicial_in_full(_unabbreviated(name[prefix_length:]), place)
    # a chain of places or a name printed otherwise stays as printed; a prefecture's short name (红河州): its full name
    short_prefecture = len(parents) == 1 and gazetteer.is_short_name_of(name[:prefix_length], place.name)
    as_printed = len(parents) > 1 or prefix_length != len(place.name) and not short_prefecture
    if len(parents) > 1 and _HOUSE_REST.match(rest):  # 河北省沧州市政协 → 政协沧州市委员会: a house's official place
        as_printed = False
    if len(parents) > 1 and admin_level_of(place) == "county" and not rest.endswith("分局"):
        as_printed = False  # 渭南市澄城县卫生健康局: a county keeps its own name; 芜湖市南陵县生态环境分局: a city's branch its city
    canonical = name[:prefix_length] + rest if as_printed else full_name_at(place, rest)
    place = _branch_place(rest, place) or place
    return Resolution(_congress_form(canonical), place.name, admin_level_of(place))


# a park's or a reserve's body is named after the park (三江源国家公园管理局: the sources of three rivers, no 三江侗族自治县;
# 武夷山国家公园管理局 spans two provinces): a place's name it opens with, printed without its level word, names no place
_PARK = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:国家公园|(?:国家级)?自然保护区|风景名胜区)")


def is_park_body(name: str) -> bool:
    """A park's or a reserve's body (三江源国家公园管理局): its official name needs no place before it."""
    return bool(_PARK.search(name))


def _named_by_its_park(name: str, prefix_length: int) -> bool:
    """The name opens with a park's name, not with a place's name in full (三江源国家公园管理局, not
    九寨沟县自然保护区管理局 nor 青海省三江源国家公园管理局, placed by the places they open with)."""
    return is_park_body(name) and (not prefix_length or name[prefix_length - 1] not in gazetteer.PLACE_LEVEL_CHARACTERS)


_CPPCC_OF_A_PLACE = re.compile(r"^政协(?P<place>[\u4e00-\u9fff]{2,12}?)委员会(?P<organ>.*)$")


def _cppcc_with_its_place_in_full(name: str, hint: Place | None) -> Resolution | None:
    """政协长乐区委员会 → 政协福州市长乐区委员会: a district's CPPCC in its official form is written with its city in
    front, as its colloquial name is (长乐区政协; docs/labelling.md, Districts); 政协恩施州委员会 → 政协恩施土家族苗族自治州委员会:
    a prefecture's short name written in full, as 恩施州政协's is."""
    match = _CPPCC_OF_A_PLACE.match(name)
    organ = match.group("organ") if match else ""
    if match is None or gazetteer.leading_places_and_length(match.group("place"))[1] != len(match.group("place")) \
            or organ and not organ.endswith(("委员会", "办公室", "办公厅")):  # 主席会议 and a session's organs stay as printed
        return None
    resolved = resolve_full(match.group("place") + "政协" + match.group("organ"), hint)
    short_prefecture = bool(resolved.jurisdiction) and gazetteer.is_short_name_of(match.group("place"), cast(str, resolved.jurisdiction))
    return resolved if (resolved.admin_level == "district" or short_prefecture) and resolved.name != name else None


_PARTY_ORGAN = re.compile(r"^(?:中共|中国共产党|共青团)(?=[\u4e00-\u9fff]+?[省市区县州]委)")


def _party_organ(name: str, hint: Place | None) -> Resolution | None:
    """中共海口市委办公室, 中共江西省委办公厅, 共青团浙江省委员会: a Party or League committee's organ at the place named
    after 中共 or 共青团, kept as printed (8e52adff8845, b18241ff10d3, 8801f1956dca)."""
    prefix = _PARTY_ORGAN.match(name)
    if not prefix:
        return None
    chain, _ = gazetteer.leading_places_and_length(name[prefix.end():])
    parents: list[Place] = []
    for candidates in chain:  # 中共南昌市东湖区委员会: the district within its city (ad686e97e80d)
        place = _narrow(candidates, parents, hint)
        if place is None:
            return None
        parents.append(place)
    return Resolution(name, parents[-1].name, admin_level_of(parents[-1])) if parents else None


def province_house_in_full(name: str) -> str | None:
    """宁夏人大常委会 → 宁夏回族自治区人大常委会, 广西政协 → 广西壮族自治区政协: a province's house named with the province's
    short name, as news write it (68dd5575d5f8)."""
    for length in (3, 2):
        province = gazetteer.province_short_names().get(name[:length])
        if province and _HOUSE_REST.match(name, length):
            return province.name + name[length:]
    return None


def _county_written_short(rest: str, city: Place) -> str | None:
    """The rest of a name after a prefecture, its county or district written without the level word before a
    government (岳阳市|云溪人民政府 → 云溪区人民政府; 威海市|文登人民政府办公室 → 文登区…): the county's full name and the rest,
    where the city has exactly one county of that short name."""
    if city.level != "city":
        return None
    for length in (2, 3, 4):
        short, tail = rest[:length], rest[length:]
        if not tail.startswith(("人民政府", "政府")):
            continue
        counties = [place for word in ("区", "县", "市") for place in gazetteer.lookup(short + word) if place.city == city.name]
        if len(counties) == 1:
            return counties[0].name + tail
    return None


def _province_court_in_full(name: str) -> str | None:
    """北京高院 → 北京市高级人民法院, 辽宁高院 → 辽宁省高级人民法院: a province's high court named with the province's short
    name, as news write it (bce4f07761f6, dcad8f2607b6)."""
    for length in (3, 2):
        province = gazetteer.province_short_names().get(name[:length])
        if province and name[length:] in ("高院", "高级人民法院"):
            return province.name + "高级人民法院"
    return None


_COURT_OF_LEVEL = {"province": "高级人民法院", "city": "中级人民法院", "county": "人民法院"}


def _judicial_in_full(rest: str, place: Place) -> str:
    """省法院 → 省高级人民法院, 市检察院 → 市人民检察院: a court or procuratorate in its one standard full form, the
    court's by its place's level (point 87: fe0a184de9cb)."""
    if rest == "法院":
        return _COURT_OF_LEVEL[place.level]
    if rest in _COURT_SHORT and place.level == _COURT_SHORT[rest][0]:  # 昆明中院, 福建高院
        return _COURT_SHORT[rest][1]
    return "人民检察院" if rest == "检察院" else rest


_COURT_SHORT = {"中院": ("city", "中级人民法院"), "高院": ("province", "高级人民法院")}


_HOUSE_REST = re.compile(r"政协|人大|人民代表大会")
# a national body's general office, or a ministry's bureau or department (公安部交通管理局: a2511ff9aee4)
_OFFICE = re.compile(r"(?<=.{2})办公厅$|(?<=.{2}部)[\u4e00-\u9fff]{2,8}?(?:局|司)$")


# 生态环境局罗庄分局; 公安局大洼分局交通安全管理大队: a unit of the branch serves the branch's county too;
# 日照市交警东港大队: a city's traffic police unit named after its district (ce3de336b405)
_BRANCH = re.compile(r"(?:局(?P<branch>[\u4e00-\u9fff]{2,4}?)分局(?:[\u4e00-\u9fff]{2,12}?(?:大队|中队|派出所))?"
                     r"|交警(?P<unit>[\u4e00-\u9fff]{2,4}?)大队)$")


def _branch_place(rest: str, city: Place) -> Place | None:
    """生态环境局罗庄分局 of 临沂市 serves 罗庄区: a city bureau's branch named after one of its counties; a
    municipality's too (上海市公安局普陀分局 serves 普陀区: 90e7095a4ccc)."""
    match = _BRANCH.search(rest)
    if not match or city.level != "city" and city.name not in gazetteer.MUNICIPALITIES:
        return None
    found: dict[str, Place] = {}
    for suffix in ("", "区", "县", "市"):
        for place in gazetteer.lookup((match.group("branch") or match.group("unit")) + suffix):
            if place.city == city.name and (place.code not in found or found[place.code].name.endswith("县")):
                found[place.code] = place  # 香格里拉县 became 香格里拉市 under one code: a county's later name wins
    return next(iter(found.values())) if len(found) == 1 else None


# a house's own organ after its colloquial name: 太湖县政协办公室, 南通市政协提案委员会, 三亚市人大常委会办公室; a street's
# working committee after its congress's short name, the standing committee's organ (龙岗区人大宝龙街道工委: point 69)
_HOUSE_ORGAN = re.compile(r"^(?P<place>[\u4e00-\u9fff]+?)(?P<house>政协|人大常委会|人大(?=[\u4e00-\u9fff]{1,8}?街道工委$))"
                          r"(?P<organ>办公室|办公厅|[\u4e00-\u9fff]{0,8}?委员会|[\u4e00-\u9fff]{1,6}?工委|"
                          r"[\u4e00-\u9fff]{1,10}?专?委会?)?$")
# a committee's short name: 文化文史和学习委, 提案专委会 (专门委员会) → …委员会
_SHORT_COMMITTEE = re.compile(r"专?委会?$")


# a congress's special committees (专门委员会) by their usual short names, named as the congress's own organs
# (温州市人大社会委 → 温州市人民代表大会社会建设委员会, 达州市人大财经委 → …财政经济委员会)
_SPECIAL_COMMITTEES = {"财经委": "财政经济委员会", "教科文卫委": "教育科学文化卫生委员会", "社会委": "社会建设委员会",
                       "社建委": "社会建设委员会", "环资委": "环境与资源保护委员会", "监察司法委": "监察和司法委员会",
                       "监司委": "监察和司法委员会", "内司委": "内务司法委员会", "法制委": "法制委员会"}
_SPECIAL_COMMITTEE = re.compile(r"^(?P<place>[\u4e00-\u9fff]+?)人大(?P<organ>" + "|".join(_SPECIAL_COMMITTEES) + ")$")
# the one working committee of a standing committee written out from its short name, 代表工委 → 代表工作委员会, as the
# labelling's list of standing organs names it; the others (选联工委, 人代工委, 法工委 …) and a street's 工委 keep the
# short form as printed, their full names not printed (point 69)
_WORKING_COMMITTEES = {"代表工委": "代表工作委员会"}


# a town's or a township's congress by its short name (石湾镇人大): a town has no standing committee (point 67)
_TOWN_CONGRESS = re.compile(r"^[\u4e00-\u9fff]{2,}[镇乡]人大$")


def is_town_congress(name: str) -> bool:
    return bool(_TOWN_CONGRESS.match(name))


def by_its_standing_committee(name: str) -> str:
    """晋州市人大召开…, 来源:安化县人大: between sessions the congress acts by its standing committee. A town has none:
    its congress acting is its congress (合浦县石湾镇人大开展… → 合浦县石湾镇人民代表大会, point 67)."""
    return name + "常委会" if name.endswith("人大") and not is_town_congress(name) else name


def _congress_form(name: str) -> str:
    """People's congress and CPPCC bodies and their organs in their official forms: 莆田市政协 →
    政协莆田市委员会, 北京市人大常委会 → 北京市人民代表大会常务委员会, 太湖县政协办公室 → 政协太湖县委员会办公室,
    合浦县石湾镇人大 → 合浦县石湾镇人民代表大会."""
    if is_town_congress(name):
        return name[:-len("人大")] + "人民代表大会"
    name = name.replace("人大常务委员会", "人大常委会")  # 区人大常务委员会工作报告: the short house, its committee in full
    special = _SPECIAL_COMMITTEE.match(name)
    if special:
        return f"{special.group('place')}人民代表大会{_SPECIAL_COMMITTEES[special.group('organ')]}"
    match = _HOUSE_ORGAN.match(name)
    if match is None:
        return name
    place, organ = match.group("place"), match.group("organ") or ""
    if organ == "常委" or place != "全国" and gazetteer.leading_places_and_length(place)[1] != len(place):
        return name  # a standing member, a person; words that are no place's (房山区民革党员在区政协): no body's name
    if organ == "常委会":
        organ = "常务委员会"
    elif organ in _WORKING_COMMITTEES and match.group("house") == "人大常委会":
        organ = _WORKING_COMMITTEES[organ]
    elif not organ.endswith(("委员会", "工委", "办公室", "办公厅")):
        organ = _SHORT_COMMITTEE.sub("委员会", organ)
    if match.group("house") == "政协":
        return f"政协{place}委员会{organ}"
    return f"{place}人民代表大会常务委员会{organ}"


def _after_province_short_name(name: str) -> str | None:
    """山西太原市政协 → 太原市政协, 陕西渭南澄城县卫健局 → 渭南市澄城县卫健局: a province written short before a place
    of that province, named in full or by its short name (cc99aa05b9ad)."""
    for length in (3, 2):
        province = gazetteer.province_short_names().get(name[:length])
        rest = name[length:] if province else ""
        rest = rest if gazetteer.leading_places(rest) else _with_city_written_in_full(rest) or ""
        chain = gazetteer.leading_places(rest)
        if chain and any(place.province == cast(Place, province).name for place in chain[0]):
            return rest
    return None


def _ambiguous(name: str, candidates: tuple[Place, ...]) -> Resolution:
    """市中区水务局 with four 市中区 and nothing to tell them apart: the name stays as printed and
    the parent is not guessed; the place's own name and level, the same for all of them, are kept."""
    levels = {admin_level_of(place) for place in candidates}
    names = {place.name for place in candidates}
    jurisdiction, level = (candidates[0].name, levels.pop()) if len(levels) == 1 and len(names) == 1 else (None, None)
    return Resolution(name, jurisdiction, level, (f"ambiguous_place:{candidates[0].name}",))


def _with_city_written_in_full(name: str) -> str | None:
    """临沂生态环境局罗庄分局 → 临沂市生态环境局罗庄分局, 新邵国土局 → 新邵县国土局, 周村人大常委会 → 周村区人大常委会: a
    prefecture, a county or a district written without its level word (a county only before a bureau's or a house's name)."""
    for length in (4, 3, 2):
        place = _short_names().get(name[:length])
        if not place or not _ORG_SUFFIX.search(name):
            continue
        if name.startswith(place.name, length):  # 赤峰赤峰市生态环境局: a tag of the place, then its full name (432ab3cdd27d)
            return name[length:]
        if name.startswith(("县", "市", "区", "旗"), length):  # 株洲县水利局, 宜宾县教育局, 横山县民政局: a county since
            return None  # abolished (made 渌口区, 叙州区, 横山区) that the gazetteer no longer lists, not the city's 县 bureau
        if _ZONE.match(name, length):  # 淮南高新区党政办公室: a zone named after its city, as printed (5264ce1b492b)
            return None
        if place.level == "city" or name.startswith(("人大", "政协"), length) or (
                _BUREAU_AFTER_SHORT_NAME.fullmatch(name[length:]) and name[:length] not in _BUREAU_WORDS):
            return place.name + name[length:]  # 稿源:海淀人大, 来源:周村人大: a house by its place's short name
    return None


# (咸宁高新技术产业开发区管理委员会, 合肥滨湖科学城管理委员会: e1f314aff680, dc41f5e916e8)
_ZONE = re.compile(r"(?:高新|经开|经济开发|经济技术开发|高新技术产业开发|开发|新|示范|工业园)区|[\u4e00-\u9fff]{0,4}?科学城")
_BUREAU_AFTER_SHORT_NAME = re.compile(r"(?!分局)[\u4e00-\u9fff]{1,10}局|(?:人民)?(?:法院|检察院)")  # not 西陵分局: a city bureau's branch
_BUREAU_WORDS = frozenset({"公安", "港口", "资源"})  # 公安交警局, 资源规划局: words of a bureau's name, not 公安县


# 发布机构 | 市城管委(市综合执法局), 市发改委(市粮储局): one body under two plaques; 广德市人民政府(办公室): its office
_TWO_NAMES = re.compile(r"(?P<name>[^()（）]{2,24})[(（](?P<other>[^()（）]{2,16})[)）]")


def one_name_of_two(value: str | None) -> str | None:
    """A metadata value naming one body under two names, the first as its name (a placed or relative one, whose
    other name is a body's too); a government with its office in brackets, the office."""
    found = _TWO_NAMES.fullmatch(value or "")
    if found is None:
        return value
    name, other = found.group("name", "other")
    if not (gazetteer.leading_places(name) or is_relative(name)):
        return value
    if name.endswith("人民政府") and other in ("办公室", "办公厅"):
        return name + other
    return name if is_body_name(name) and is_body_name(other) else value


def is_relative(name: str) -> bool:
    """省人大常委会, 县住建局, 团市委: a body named by its level alone; not 市场监管局 (a market's bureau: 市场 is a word)."""
    return (name[:1] in _RELATIVE_LEVEL and not name.startswith("市场") and not gazetteer.leading_places(name)
            or bool(_LEAGUE_RELATIVE.fullmatch(name)))


# the League's committee named by its level alone (团市委, 团县委, 团区委: 共青团东营市委员会), and a party's (市民革,
# 市民革委会, 市九三学社: 中国国民党革命委员会东营市委员会)
_LEAGUE_RELATIVE = re.compile(r"团(?P<level>[省市县区州旗])委")
_PARTY_RELATIVE = re.compile(rf"[省市县区州旗](?P<party>{PARTY_SHORT_NAMES})(?:委员会|委会|委)?")


def _level_char(name: str) -> str:
    league = _LEAGUE_RELATIVE.fullmatch(name)
    return league.group("level") if league else name[0]


def _placed_name(name: str, place: Place) -> str:
    """A relative name with its place: 区民政局 → 嘉定区民政局, 团市委 → 团东营市委, 市民革 → 民革东营市委."""
    if _LEAGUE_RELATIVE.fullmatch(name):
        return f"团{place.name}委"
    party = _PARTY_RELATIVE.fullmatch(name)
    return f"{party.group('party')}{place.name}委" if party else place.name + name[1:]


def _fits(place: Place, level_char: str) -> bool:
    return place.level in _RELATIVE_LEVEL[level_char] and place.name.endswith(level_char)


def _from_hint(level_char: str, hint: Place | None) -> Place | None:
    if hint is None:
        return None
    if _fits(hint, level_char):
        return hint
    if level_char == "市" and hint.level == "county" and hint.city:
        return single_place(gazetteer.lookup(hint.city))
    if level_char == "省" and hint.province.endswith("省"):
        return single_place(gazetteer.lookup(hint.province))
    former = gazetteer.former_county_name(hint) if level_char == "县" else None
    if former and gazetteer.is_former_county_name(former):  # 县卫生局 on a 2013 page of 宁乡 (宁乡市 since 2017)
        return single_place(gazetteer.lookup(former))
    return None


def single_place(candidates: tuple[Place, ...]) -> Place | None:
    """The place when a name has exactly one, else None (never guessed)."""
    return candidates[0] if len(candidates) == 1 else None


def _from_full_mentions(name: str, text: str) -> Place | None:
    """The place written right before the relative name in the text (区民政局 ← 嘉定区民政局)."""
    found = {}
    tail = name if _LEAGUE_RELATIVE.fullmatch(name) else name[1:]  # 东营团市委
    level_char = _level_char(name)
    for place in (*_places_before(tail, text), *_places_in_official_forms(tail, text)):
        if _fits(place, level_char):
            found[place.code] = place
    return next(iter(found.values())) if len(found) == 1 else None


def _places_before(tail: str, text: str) -> list[Place]:
    """The places written right before a body's name (嘉定区 in 嘉定区民政局; 通州区 of 北京市 in
    北京市通州区人大常委会, its parent telling the two 通州区 apart)."""
    places = []
    for match in re.finditer(re.escape(tail), text):
        candidates = gazetteer.place_ending_at(text, match.start())
        before = text[max(0, match.start() - 20):match.start()]
        inside = [place for place in candidates
                  if any(before[:-len(place.name)].endswith(parent) for parent in (place.city, place.province) if parent)]
        place = single_place(candidates) or single_place(tuple(inside))
        places += [place] if place else []
    return places


# a house or a government in its official form, its place before it: 北京市通州区人民代表大会常务委员会 (a
# site's footer); a CPPCC's, its place inside: 政协上海市松江区委员会, 中国人民政治协商会议赣州市章贡区第九届委员会
_OFFICIAL_NAME = {"人大常委会": "人民代表大会常务委员会", "人大": "人民代表大会", "政府": "人民政府"}
_CPPCC_OFFICIAL = re.compile(r"(?:政协|中国人民政治协商会议)(?:第[一二三四五六七八九十]+届)?(?P<place>[\u4e00-\u9fff]{2,16}?)"
                             r"(?:第[一二三四五六七八九十]+届)?委员会")


def _places_in_official_forms(tail: str, text: str) -> list[Place]:
    """The places of a relative name's official forms in the text (区人大常委会 ← 北京市通州区人民代表大会常务委员会)."""
    if tail in _OFFICIAL_NAME:
        return _places_before(_OFFICIAL_NAME[tail], text)
    if tail != "政协":
        return []
    places = []
    for match in _CPPCC_OFFICIAL.finditer(text):
        chain, length = gazetteer.leading_places_and_length(match.group("place"))
        place = single_place(chain[-1]) if chain and length == len(match.group("place")) else None
        places += [place] if place else []
    return places


def _dominant_place(level_char: str, text: str) -> Place | None:
    """The place of the right level the text names clearly more often than any other."""
    counts: Counter = Counter()
    places = {}
    for match in re.finditer(level_char, text):
        place = single_place(gazetteer.place_ending_at(text, match.end()))
        if place and _fits(place, level_char):
            counts[place.code] += 1
            places[place.code] = place
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        # none named in full, or the only one named once in full and more often short (民盟昆山市委员会 … 喜迎昆山两会)
        short = _named_short(level_char, text) if len(ranked) <= 1 else None
        return short if short and (not ranked or short.code == ranked[0][0]
                                   or short.city == places[ranked[0][0]].name) else None  # 京山 of 荆门市, named in full once
    return places[ranked[0][0]]


def _named_short(level_char: str, text: str) -> Place | None:
    """市政协 in a text that names no city in full but one by its short name, twice (首页 > 长治新闻 … 长治: d1ee25db2270):
    that city, a short name that is a common word (徐州) never counted (places_named_at_level); 省人民政府 the same with one
    province (《浙江民建》 … 浙江: e6a5c50e6b90); a municipality (北京城市建设, 北京水务) for 市 too."""
    if level_char == "省":
        named = [place for short, place in gazetteer.province_short_names().items() if text.count(short) >= _SHORT_MENTIONS]
        return named[0] if len(named) == 1 else None
    if level_char != "市":
        return None
    cities = places_named_at_level(text, "city", most=1)
    county = _county_level_city_named(text) if len(cities) <= 1 else None  # with two prefectures named, none of theirs
    if len(cities) == 1 and county and county.city == cities[0].name \
            and _mentions(county, text) >= _OUTNAMED * _mentions(cities[0], text):
        return county  # 京山 five times and 荆门市 once: the county-level city's 市政协, its prefecture named in passing
    return (cities[0] if len(cities) == 1 else None) or _municipality_named_short(text) or (county if not cities else None)


_OUTNAMED = 3  # 京山 five times against 荆门市 once; 丹阳 twice against 镇江市 once is not enough


def _mentions(place: Place, text: str) -> int:
    """How often a text names a place, short or in full (京山 for 京山市)."""
    short = place.name[:-1] if place.name.endswith("市") and len(place.name) >= 3 else place.name
    return text.count(short)


def _county_level_city_named(text: str) -> Place | None:
    """市政协举行“中国丹阳眼镜文化节”专题协商会 … 眼镜是丹阳最有特色的传统产业: with no prefecture named, the one
    county-level city the text names (in full, or short and twice) is the 市 its 市政协 speaks of."""
    counties = places_named_at_level(text, "county", most=1)
    return counties[0] if len(counties) == 1 and counties[0].name.endswith("市") else None


def _municipality_named_short(text: str) -> Place | None:
    """市水务局 in a text that speaks of 北京城市建设, 北京水务: the one municipality it names short, twice."""
    named = [name for name in gazetteer.MUNICIPALITIES if text.count(name[:2]) >= _SHORT_MENTIONS]
    return single_place(gazetteer.lookup(named[0])) if len(named) == 1 else None


def resolve_relative(name: str, text: str, hint: Place | None = None) -> Resolution:
    level_char = _level_char(name)
    place = _from_hint(level_char, hint) or _from_full_mentions(name, text) or _house_of_the_organ_placed(name, text)
    warnings: tuple[str, ...] = ()
    if place is None and level_char == "省":
        place = _province_of_its_letter_numbers(text)
    if place is None:
        place = _dominant_place(level_char, text)
        warnings = ("issuer_place_inferred_from_text",) if place else (f"issuer_relative_unresolved:{name}",)
    if place is None:
        return Resolution(None, None, None, warnings)
    resolved = resolve_full(_placed_name(name, place), place)
    return resolved._replace(warnings=resolved.warnings + warnings)


# a letter number opening with a province's one-character abbreviation (黔发改议复字〔2019〕7号, (闽交规〔2022〕38号))
_PROVINCE_S_LETTER_NUMBER = re.compile(r"(?:^|(?<=[\s(（:：]))([" + "".join(gazetteer.PROVINCE_ABBREVIATIONS)
                                       + r"])[\u4e00-\u9fff]{1,8}[〔\[［(（](?:19|20)\d{2}[〕\]］)）]第?\d{1,5}号", re.MULTILINE)


def _province_of_its_letter_numbers(text: str) -> Place | None:
    """省发展改革委 over 黔发改议复字〔2019〕7号: the one province the text's letter numbers name by their abbreviation,
    the department's own, over the places its text speaks of (泸州至遵义高速铁路)."""
    provinces = {gazetteer.PROVINCE_ABBREVIATIONS[match.group(1)] for match in _PROVINCE_S_LETTER_NUMBER.finditer(text)}
    return gazetteer.province_short_names().get(provinces.pop()) if len(provinces) == 1 else None


# a house's organ named relatively (区人大教科文卫委员会, 区政协提案委员会): its house, placed as the house is
_HOUSE_OF_AN_ORGAN = re.compile(r"^[省市区县州](?:人大常委会|人大|政协)(?=.)")


def _house_of_the_organ_placed(name: str, text: str) -> Place | None:
    """The place of the house a relatively named organ belongs to, where the text names the house in full
    (区人大教科文卫委 ← 北京市通州区人民代表大会常务委员会 in the site's footer: b5e8557bf337)."""
    house = _HOUSE_OF_AN_ORGAN.match(name)
    return _from_full_mentions(house.group(), text) if house and house.group() != name else None


def _single_region(text: str) -> Place | None:
    """The one autonomous region a text names (by full or short name), if only one."""
    regions = [place for place in places_named_at_level(text, "province") if place.name.endswith("自治区")]
    return regions[0] if len(regions) == 1 else None


# 南开区第十八届人大常委会, 漳州市十二届政协常委会; at the start: 十二届市政协常委会, 第九届区政协 (6ba61ede3365)
_TERM_OF_HOUSE = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?=人大|人民代表大会|委员会|政协)|"
                            r"^第?[一二三四五六七八九十]{1,3}届(?=[\u4e00-\u9fff]{1,12}?(?:人大|政协))")


def _without_term(name: str) -> str:
    """南开区第十八届人大常委会 → 南开区人大常委会, 政协伊犁哈萨克自治州第十四届委员会 → 政协伊犁哈萨克自治州委员会,
    北京市通州区第七届委员会常务委员会 → 政协北京市通州区委员会常务委员会: a house's official short form
    (convention 7). A CPPCC printed in full (中国人民政治协商会议…), a session's organ (…第N次会议…) and a
    party committee keep their names as printed."""
    if name.startswith(("中国人民政治协商会议", "中共", "中国共产党")) or "次会议" in name:
        return name
    stripped = _TERM_OF_HOUSE.sub("", name, count=1)
    if stripped != name and stripped.endswith("政协委员会"):  # 市政协第九届委员会: the CPPCC itself
        return stripped[:-len("委员会")]
    if stripped != name and "政协" not in stripped and not re.search("人大|人民代表大会", stripped):
        return "政协" + stripped  # a CPPCC named by its term alone
    return stripped


def resolve_issuer(raw: str, text: str = "", hint: Place | None = None) -> Resolution:
    """Canonical name, jurisdiction and admin level of an issuer name as printed."""
    name = _without_term(re.sub(r"\s+", "", raw))
    if name.startswith("自治区"):  # 自治区水利厅 on a Tibet site or in a text about 广西
        region = hint if hint and hint.name.endswith("自治区") else _single_region(text)
        name = region.name + name[3:] if region else name
    if is_relative(name):
        return resolve_relative(name, text, hint)
    resolved = resolve_full(name, hint)
    if text and any(warning.startswith("ambiguous_place:") for warning in resolved.warnings):
        return _settled_by_the_city_named(name, text) or resolved
    return resolved


def _settled_by_the_city_named(name: str, text: str) -> Resolution | None:
    """市中区水务局 in a text that names 济南 (in full, or its short name twice, else once standing as a name: the
    outlet 深圳商报 over 南山区政协: dcdc37f309f8): the 市中区 of that city, when only one namesake's city (or municipality) is named."""
    settled = {}
    resolved: Resolution | None
    # a municipality named as well (上海市深化养老服务… beside 对接舟山普陀): its district is a namesake too (ae702f9de62f)
    municipalities = [place for place in places_named_at_level(text, "province") if place.name in gazetteer.MUNICIPALITIES]
    for city in [*(places_named_at_level(text, "city") or places_named_once(text, "city")), *municipalities]:  # once: 深圳商报
        resolved = resolve_full(name, city)
        if resolved.jurisdiction and not resolved.warnings:
            settled[resolved.name] = resolved
    if not settled:  # 永定区消防救援大队 in 湖南日报's news: the one namesake in the one province named (not a municipality's)
        for province in places_named_at_level(text, "province"):
            resolved = None if province.name in gazetteer.MUNICIPALITIES else resolve_full(name, province)
            if resolved and resolved.jurisdiction and not resolved.warnings:
                settled[resolved.name] = resolved
    return next(iter(settled.values())) if len(settled) == 1 else None


_SPECIAL_REGIONS = ("香港特别行政区", "澳门特别行政区", "台湾省", "香港", "澳门", "台湾")


def _province_short_name(text: str, position: int) -> Place | None:
    """甘肃, 广西, 内蒙古 … written short, not in a dateline (新华社北京5月9日电)."""
    if text[position] not in gazetteer.province_short_starts():
        return None
    for length in (3, 2):
        place = gazetteer.province_short_names().get(text[position:position + length])
        following = text[position + length:position + length + 1]
        if place and not following.isdigit() and not gazetteer.opens_a_word(text, position):
            return place
    return None


def _more_specific(text: str, position: int, province: Place) -> Place:
    """内蒙古赤峰市…, 浙江浦江县…, 上海杨浦…: the place written right after a short province name, if in it."""
    after = position + next(length for length in (3, 2)
                            if gazetteer.province_short_names().get(text[position:position + length]) == province)
    chain = gazetteer.leading_places(text[after:])
    if chain:
        inside = [place for place in chain[-1] if place.province == province.name]
        if len(inside) == 1:
            return inside[0]
    for length in _SHORT_NAME_LENGTHS:  # 上海杨浦联合推进…: a district's short name
        place = _short_names().get(text[after:after + length])
        if place and place.province == province.name:
            return place
    return province


def place_in(text: str | None) -> Place | None:
    """The first unambiguous place named in a text (a title: 呈贡区召开…, 关于海南省…), read only where a place's
    name can start (its first two characters)."""
    if not text:
        return None
    covered = 0  # the end of a place read as a word's tail: no place inside it is read (对华容县: no 容县, 8932cc22c846)
    for start in gazetteer.place_start_pattern().finditer(text):
        position = start.start()
        if position < covered:
            continue
        candidates, length = gazetteer.leading_places_and_length(text[position:])
        end = position + len(candidates[-1][0].name) if candidates else position
        if candidates and _tail_of_a_word(text, candidates[-1][0].name, end):
            covered, candidates = end, []
        if candidates and (candidates[0][0].province in _SPECIAL_REGIONS or gazetteer.conjunction_at(text, position)
                           or gazetteer.opens_a_word(text, position) or _a_side_or_a_kind_of_area(candidates)):
            candidates = []
        short = None if candidates else _province_short_name(text, position)
        if short:
            return _more_specific(text, position, short)
        if candidates:
            place = single_place(candidates[-1]) if len(candidates) == 1 else _narrow(candidates[-1], [
                place for found in candidates[:-1] if (place := single_place(found))], None)
            county = gazetteer.county_named_short_after(place, text[position + length:]) if place and place.level == "city" else None
            return county or place  # 徐州市铜山侨界委员…, 威海市文登人民政府办公室: the district its short name names
    return None


def _a_side_or_a_kind_of_area(candidates: list[tuple[Place, ...]]) -> bool:
    """矿区, 西区, 城区 alone (南票矿区采煤, 园区西区): a kind or a side of an area, which names 阳泉's 矿区 or 攀枝花's
    西区 only after its city (阳泉市矿区, 铜陵市郊区)."""
    return len(candidates) == 1 and all(len(place.name) == 2 and place.name.endswith("区") for place in candidates[0])


def namesakes_named(text: str) -> list[Place]:
    """The place names a text prints in full that several places of one level share (宝山区 of 上海 and of 双鸭山,
    青山区 of 武汉 and of 包头), one place of each: a jurisdiction's name and level, never its parent."""
    found: dict[str, Place] = {}
    for match in re.finditer("[区县市]", text):
        places = gazetteer.place_ending_at(text, match.end())
        if len(places) > 1 and len(places[0].name) > 2 and len({(place.name, place.level) for place in places}) == 1 \
                and not _NO_PLACE_AFTER.match(text, match.end()):
            found.setdefault(places[0].name, places[0])
    return list(found.values())


_LEVEL_CHARACTERS = {"province": "省", "city": "市", "district": "区", "county": "县"}
_SHORT_MENTIONS = 2  # a short name (厦门, 绩溪) counts only when the text repeats it


def _fits_level(place: Place, level: str) -> bool:
    if level == "province":
        return place.level == "province"
    if level == "city":
        return place.level == "city"
    return place.level == "county" and admin_level_of(place) == level


@functools.cache
def _places_by_short_name() -> dict[str, tuple[Place, ...]]:
    """Prefecture and county names without their level word → every place so named (衡阳 → 衡阳市, 衡阳县), leaving out
    former county names, full names themselves and the provinces' short names."""
    found: dict[str, list[Place]] = {}
    for name, places in gazetteer.place_index().items():
        if gazetteer.is_former_county_name(name):
            continue
        short = _SHORT_LEVEL_WORD.sub("", name)
        if len(short) >= 2 and short != name:
            found.setdefault(short, []).extend(places)
    return {short: tuple(places) for short, places in found.items()
            if not gazetteer.lookup(short) and short not in gazetteer.province_short_names() and not _A_POSITION.fullmatch(short)}


# 城北 (城北区), 路北 (路北区): a side of a town or a road (金游城北首的广场, 大直沽八号路北段), no place's short name
_A_POSITION = re.compile(r"[城路][东南西北中]")


@functools.cache
def _short_names() -> dict[str, Place]:
    """Prefecture and county names without their level word (厦门 → 厦门市, 绩溪 → 绩溪县), kept only
    when the short form names exactly one place and is not a full name itself."""
    return {short: places[0] for short, places in _places_by_short_name().items() if len(places) == 1}


@functools.cache
def _shared_short_names() -> dict[str, tuple[Place, ...]]:
    """Short names a prefecture shares with its own county only (衡阳: 衡阳市, 衡阳县; 岳阳), which the level a text
    speaks at tells apart (推动衡阳经济社会发展 under 市政协: 衡阳市)."""
    return {short: places for short, places in _places_by_short_name().items()
            if len(places) == 2 and len({place.city or place.name for place in places}) == 1}


def _the_one_fitting(places: tuple[Place, ...] | None, level: str) -> Place | None:
    fitting = [place for place in places if _fits_level(place, level)] if places else []
    return fitting[0] if len(fitting) == 1 else None


_SHORT_LEVEL_WORD = re.compile(r"(?:市|县|区)$")
_SHORT_NAME_LENGTHS = (2, 3, 4)


def as_its_county(place: Place, text: str = "") -> Place:
    """宁乡 in a text of 县政协, 县卫生局 (794b64d3376a, 2013): the county-level city as the county it then was
    (宁乡县), its former name being the one the text's bodies go by; a text whose bodies are its 市's and none a
    县's (石獅交建…市政協六屆六次會議, 51c729eb2b9d) keeps the city."""
    former = gazetteer.former_county_name(place)
    if not former or text and _CITY_BODIES.search(text) and not _COUNTY_BODIES.search(text):
        return place
    return place._replace(name=former)


_COUNTY_BODIES = re.compile(r"县(?:政协|人大|政府|委|[\u4e00-\u9fff]{1,6}?局)|我县|全县")
_CITY_BODIES = re.compile(r"市(?:政协|人大|政府|委|[\u4e00-\u9fff]{1,6}?局)|我市|全市")


def places_named_at_level(text: str, level: str, most: int | None = None) -> list[Place]:
    """The distinct places of one level a text names: in full (宜州区, 呈贡区), or by a short name
    it repeats (厦门 … 厦门); provinces also by their short names (广西, 江西). With `most`, the
    search stops once more than that many are found (the caller only needs to know there are more)."""
    found: dict[str, Place] = {}
    level_character = _LEVEL_CHARACTERS[level]
    for match in re.finditer(f"[{level_character}州盟旗]" if level != "province" else "[省区市]", text):
        place = single_place(gazetteer.place_ending_at(text, match.end()))
        if place and _fits_level(place, level) and not _tail_of_a_word(text, place.name, match.end()) \
                and not gazetteer.conjunction_at(text, match.end() - len(place.name)):
            found.setdefault(place.code, place)
    if most is not None and len(found) > most:
        return list(found.values())
    if level == "province":
        for short, place in gazetteer.province_short_names().items():
            if short in text:
                found.setdefault(place.code, place)
    else:
        for short, mentions in _short_mentions(text).items():
            place = _short_names()[short]
            if _fits_level(place, level) and mentions >= _SHORT_MENTIONS:
                found.setdefault(place.code, as_its_county(place, text) if level == "county" else place)
    return list(found.values())


_SHORTEST_SAFE_NAME = 4  # 高县 in 提高县级, 江县 in 长江县段: a short full name may end another word's reading


def _tail_of_a_word(text: str, name: str, end: int) -> bool:
    """A short full name read where a word of the language runs into it (提高县级公立医院: 提高, so no 高县: f253d70f8d1f),
    or a full name that is also a common phrase, read without its city before it (寸土寸金的老城区: an old town)."""
    start = end - len(name)
    city = _NAMES_THAT_ARE_PHRASES.get(name)
    if city is not None:  # (read after its city in one chain of names, 洛阳市老城区, it is not printed at start)
        return text[start:end] == name and not text[max(0, start - len(city) - 1):start].rstrip("市").endswith(city)
    return (len(name) < _SHORTEST_SAFE_NAME and text[start:end] == name and not _OBJECT_OF.match(text, max(0, start - 1))
            and gazetteer.word_runs_into(text, start, end))


# 老城区: 洛阳's district, and the old town of any city (金坛 老城区交通拥堵, 瑞昌市老城区: 7 corpus pages, none in 洛阳)
_NAMES_THAT_ARE_PHRASES = {"老城区": "洛阳"}


# a preposition before a full name makes the place its object, whatever word the two characters spell (对华容县: 对华 is a
# word, 华容县 still the place; 8932cc22c846)
_OBJECT_OF = re.compile(r"[对向在从于](?=[\u4e00-\u9fff]{2}[县区市])")


def places_named_once(text: str, level: str, apart: bool = False, context: str = "") -> list[Place]:
    """The places of a level the text names by a short name standing as a word of its own, once will do (人文松江,
    秀山博物馆, 五彩巴中): not a common word (乡村振兴), nor part of other words (主任张汉中, 可延长至), nor a
    street's, a town's or a road's name (松岭路). `apart`: nor an item of a list (涉及公安、人事; 忠信、石陂、永兴6个
    乡镇). Never a person's given name after a title (理事长段钦州). `context`: the page the text is part of (a headline's),
    whose bodies say whether a county-level city is named as the county it was (as_its_county)."""
    found: dict[str, Place] = {}
    persons: set[str] = set()  # 副县长申东明 … 座谈会上申东明作表态发言: a person's given name wherever printed (a3d531cc08be)
    for match in _short_name_start_pattern().finditer(text):
        position = match.start()
        for length in _SHORT_NAME_LENGTHS:
            name = text[position:position + length]
            place = _short_names().get(name) or _the_one_fitting(_shared_short_names().get(name), level)
            if not place or not _fits_level(place, level):
                continue
            if _TITLE_AND_SURNAME.search(text[max(0, position - 4):position]):  # 提案委主任宣四平: a2b990ccfb81
                persons.add(place.code)
            if _stands_as_a_name(text, position, position + length) \
                    and not (apart and _listed(text, position, position + length)):
                found.setdefault(place.code, as_its_county(place, context or text) if level == "county" else place)
    return [place for code, place in found.items() if code not in persons]


# 理事长段钦州; 承办人:齐安平 (a form's person after its label)
_TITLE_AND_SURNAME = re.compile(r"(?:长|主任|书记|主席|委员|代表|记者|理事|[人者][:：]\s?)[\u4e00-\u9fff]$")


def _listed(text: str, start: int, end: int) -> bool:
    return "、" in (text[start - 1:start], text[end:end + 1])


def _stands_as_a_name(text: str, start: int, end: int) -> bool:
    return not (gazetteer.conjunction_at(text, start) or _NO_PLACE_AFTER.match(text, end)
                or gazetteer.opens_a_word(text, start) or gazetteer.is_common_word(text[start:end])
                or gazetteer.straddles_a_word(text, start, end))


def _short_mentions(text: str) -> Counter:
    """How often each short place name occurs in the text: one pass, looking up only where a short
    name can start (its first two characters)."""
    names, starts = _short_names(), _short_name_starts()
    positions = (match.start() for match in _short_name_start_pattern().finditer(text))
    return Counter(text[position:position + length] for position in positions
                   if text[position:position + 2] in starts and not gazetteer.conjunction_at(text, position)
                   for length in _SHORT_NAME_LENGTHS if text[position:position + length] in names
                   and not _NO_PLACE_AFTER.match(text, position + length)
                   and not gazetteer.opens_a_word(text, position)
                   and not gazetteer.is_common_word(text[position:position + length])
                   and not gazetteer.word_runs_into(text, position, position + length)
                   and not _tail_of_a_town(text, position, position + length))


def _tail_of_a_town(text: str, start: int, end: int) -> bool:
    """西乡 ending 花西乡, a township of 孝昌县 (9c5be93645ca): a short name read inside a town's or a township's name."""
    return text[start:end][-1:] in ("乡", "镇") and any(text[max(0, start - before):end] in gazetteer.town_places()
                                                      for before in (1, 2, 3))


# 金山街道, 育民社区, 合作镇: a township or street of that name, not the district or county (91c1c19fa382);
# 县公安局: a bureau's word, not 公安县 (cce9bdae3135); 鄂尔多斯盆地: a basin over four provinces, not 鄂尔多斯市 (83e352b1d624)
_NO_PLACE_AFTER = re.compile(r"街道|社区|公路|大道|盆地|[镇乡村局路]")  # 聚贤至横山公路: a road's end, not 横山区


@functools.cache
def _short_name_starts() -> frozenset[str]:
    return frozenset(name[:2] for name in _short_names())


@functools.cache
def _short_name_start_pattern() -> re.Pattern:
    """Where a short name may start."""
    return gazetteer.start_pattern(_short_name_starts())


def place_hint(jurisdiction: str | None) -> Place | None:
    """The gazetteer place of a registry jurisdiction (None when unknown or ambiguous)."""
    if not jurisdiction:
        return None
    return single_place(gazetteer.lookup(jurisdiction))


# a session's own organ: 市政协十四届六次会议提案审查委员会, 政协第十四届聊城市委员会第一次会议秘书处,
# 湖北省十二届人大一次会议主席团, 十三届全国人大一次会议大会秘书处
_SESSION_ORGAN = re.compile(
    r"(?P<name>(?:中国人民政治协商会议|政协)?[\u4e00-\u9fff]{0,12}?第?(?P<term>[一二三四五六七八九十]{1,3})届"
    r"(?:[\u4e00-\u9fff]{0,12}?委员会|全国人大|人大|全国人民代表大会|人民代表大会)?第?(?P<session>[一二三四五六七八九十]{1,2})次"
    r"(?:全体)?会议)(?:大会)?(?P<held>召开|举行(?=提案委员会))?"
    # …会议提案审查委员(会)召开会议, …会议提案审查会议召开, …会议召开提案委员会全体会议, …会议举行提案委员会会议,
    # …会议召开提案委员会第二次会议, 议案审查委员会 of a congress
    r"(?P<organ>提案审查委员会?|议案审查委员会|提案审查(?=会议)|"
    r"提案委员会(?=(?:召开|举行)?(?:第[一二三四五六七八九十\d]{1,3}次)?(?:全体)?会议)|秘书处|主席团|筹备处)")
# the organ acting: its meeting held, its report, a reporter learning from it
_ORGAN_ACTS = re.compile(r"(?:第\d+次|第[一二三四五六七八九十]+次)?(?:全体)?会议?(?:召开|举行|表决|审议|通过)|"
                         r"(?:于[^,,。]{1,12}?)?(?:举行|召开)|关于|"
                         r"[\u4e00-\u9fff]{0,3}组?[^。,,]{0,4}?(?:了解到|获悉)")


def session_organ(text: str, place: Place | None) -> str | None:
    """The issuer when a session organ (提案审查委员会, 秘书处, 主席团) acts in the text, at the document's
    place (None for 全国); None when the organ is another place's. A review committee keeps its session
    name (政协海口市第十四届委员会第六次会议提案审查委员会); a session's temporary organ, its secretariat or
    presidium, acts for its house (settled question 4): 湖北省…主席团 → 湖北省人民代表大会,
    十三届全国人大一次会议秘书处 → 全国人民代表大会, 政协…聊城市…秘书处 → 政协聊城市委员会. Also read: the session
    holding the meeting (…会议召开提案审查委员会会议; …召开提案委员会全体会议 → the house's 提案委员会), its review
    meeting held (…会议提案审查会议召开), a congress session's 议案审查委员会; a district with its city. A session
    convening a review meeting (…会议召开提案审查会议) acts itself: its house. A presidium adopting the report
    (…会议主席团第七次会议通过, its delivery line) gives way to an organ the report has acting after it
    (…会议议案审查委员会于1月29日下午召开了全体会议)."""
    adopted = None
    for match in _SESSION_ORGAN.finditer(text):
        acts = (match.group("held") or _ORGAN_ACTS.match(text, match.end())
                or text[max(0, match.start() - 1):match.start()] == "从")
        name = match.group("name")
        national = "全国" in name
        named = place_in(name)
        if not acts or (place is None) != national or (named and place and named.name != place.name):
            continue
        if isinstance(acts, re.Match) and acts.group().endswith("通过"):
            adopted = adopted or _organ_name(match, place)
            continue
        learned = acts is True or isinstance(acts, re.Match) and acts.group().endswith(("了解到", "获悉"))
        return _organ_name(match, place, for_its_house=learned)
    return adopted


def _organ_name(match: re.Match, place: Place | None, for_its_house: bool = False) -> str:
    """The official name of the session organ a _SESSION_ORGAN match names (session_organ); its house's where the organ
    is only where a reporter learned the news (记者从…会议提案审查委员会了解到: point 107, the account is the house's)."""
    name = match.group("name")
    national = "全国" in name
    cppcc = "政协" in name or "委员会" in name
    term, session = match.group("term"), match.group("session")
    organ = "提案审查委员会" if match.group("organ").startswith("提案审查") else match.group("organ")
    where = "全国" if national else full_name_at(cast(Place, place), "")  # a district with its city (政协临沂市罗庄区…)
    convened = match.group("held") and match.group("organ") == "提案审查"  # …会议召开提案审查会议: the session's
    # 市政协十二届三次会议提案委员会召开会议: the committee named with its session, as printed (point 74: e4933fa3fb31)
    with_session = organ in ("提案审查委员会", "议案审查委员会") or organ == "提案委员会" and not match.group("held")
    if convened or not with_session or for_its_house:  # the session's temporary organ acts for its house
        house = f"政协{where}委员会" if cppcc else f"{where}人民代表大会"
        return house + organ if organ == "提案委员会" and not for_its_house else house  # the house's own committee
    if cppcc and organ in ("提案审查委员会", "提案委员会"):  # 政协第十四届聊城市委员会 as printed, else 政协海口市第十四届委员会
        term_first = national or "政协第" in name or "政治协商会议第" in name
        house = f"第{term}届{where}委员会" if term_first else f"{where}第{term}届委员会"
        return f"政协{house}第{session}次会议{organ}"
    return f"{'' if national else where}第{term}届{'全国' if national else ''}人民代表大会第{session}次会议{organ}"
