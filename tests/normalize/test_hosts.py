"""The place a government host spells in pinyin (normalize/hosts.py); never guessed."""

import pytest

from normalize import gazetteer, normalize_page
from normalize.hosts import (
    body_of_host,
    congress_of_host,
    is_portal_of,
    ministry_of_host,
    place_of_host,
    places_of_initials,
    places_spelled_by_host,
    prefecture_of_host,
    province_of_host,
)
from tests.normalize.conftest import real_page


def test_hosts_that_spell_one_place():
    # hosts of tests/real pages: 41fee8886421 (jtj.huainan.gov.cn), 46aa83e2449a (www.yinan.gov.cn),
    # 51c892126799 (public.guancheng.gov.cn)
    assert place_of_host("https://jtj.huainan.gov.cn/ztzl/a.html").name == "淮南市"
    assert place_of_host("http://www.yinan.gov.cn/info/7705/143369.htm").name == "沂南县"
    assert place_of_host("https://public.guancheng.gov.cn/D1101X/1.jhtml").name == "管城回族区"


def test_hosts_that_spell_a_place_by_another_reading_of_its_characters():
    # tests/real 540d4cf1aa7c (yjgl.luohe.gov.cn: 市应急管理局召开办理市人大建议对接汇报会): the pinyin table reads
    # 漯 ta, the host luo; a first reading still wins (changzhi is 长治, not 尚志 by another reading of 尚)
    assert place_of_host("https://yjgl.luohe.gov.cn/index.php?c=show&id=4229").name == "漯河市"
    assert place_of_host("http://www.changzhi.gov.cn/a.html").name == "长治市"
    assert place_of_host("http://www.fengyang.gov.cn/a.html").name == "凤阳县"  # 凤 unknown to jionlp's table


def test_hosts_that_spell_nothing_or_several_places_or_are_not_government():
    assert place_of_host("https://www.shizhong.gov.cn/a.html") is None  # 市中区 exists four times
    assert place_of_host("http://www.syrd.gov.cn/a.html") is None  # 沈阳 written by initials only
    assert place_of_host("http://news.wuhan.com.cn/a.html") is None
    assert place_of_host(None) is None


def test_the_host_completes_a_relative_issuer():
    # tests/real 4585ec26f547-like: 信息来源 市住房和城乡建设局 on www.yuyao… sites; here 淮南
    document = normalize_page("关于市十七届人大三次会议第182号代表建议的答复函\n发布机构:市交通运输局\n"
                              "尊敬的朱杰代表:您提出的建议收悉,现答复如下。", url="https://jtj.huainan.gov.cn/a.html")
    assert document["issuing_body"] == "淮南市交通运输局" and document["jurisdiction"] == "淮南市"


def test_a_bureaus_initials_before_the_place_name_the_bureau():
    # tests/real 44bbb4cac3a1 (jyj.wuhan.gov.cn), 41fee8886421 (jtj.huainan.gov.cn)
    assert body_of_host("https://jyj.wuhan.gov.cn/zfxxgk/1.shtml", "我局高度重视")[0] == "武汉市教育局"
    assert body_of_host("https://jtj.huainan.gov.cn/ztzl/551709666.htm", "全市交通运输工作")[0] == "淮南市交通运输局"
    # point 125: the initials name the body only where the page names its kind (我局, or its field)
    assert body_of_host("https://jyj.wuhan.gov.cn/zfxxgk/1.shtml", "我市高度重视") is None
    assert body_of_host("https://www.wuhan.gov.cn/1.html") is None
    assert body_of_host("https://jyj.wuhan.com.cn/1.html") is None
    # tests/real bbe258cd1982 (wsjkw.cq.gov.cn: a municipality's health commission is a city's, not a province's 厅) and
    # 457b7de22c74 (tyj.gz.gov.cn: a city's sports bureau, gz narrowed to 广州 by the text)
    assert body_of_host("http://wsjkw.cq.gov.cn/ztzl_242/a.html", "市卫生健康委与市委编办共同研究")[0] == "重庆市卫生健康委员会"
    assert body_of_host("http://tyj.gz.gov.cn/hdjl/a.html", "广州市全民健身,组织市体育局研究")[0] == "广州市体育局"
    # a district's bureau named by its site only: with its city in front (convention 6)
    assert normalize_page("今年我局共承办建议5件。", url="http://jyj.luozhuang.gov.cn/a/b.html")["issuing_body"] == "临沂市罗庄区教育局"


@pytest.mark.parametrize(("url", "text", "body"), [
    # tests/real 9695bbdbe107: a province's education department on edu.<province>
    ("http://edu.shandong.gov.cn/art/2021/7/24/art_11998_10292817.html", "建议》收悉,根据我厅职能,经认真研究", "山东省教育厅"),
    # tests/real 9c80c3044a71: agri.<province> is the agriculture and rural affairs department
    ("http://agri.jl.gov.cn/gk/jyta/202506/t20250625_3473207.html", "省农业农村厅、省自然资源厅、省财政厅联合印发", "吉林省农业农村厅"),
    # tests/real 49f115431d99 (nyj, a city's 农业农村局), aa3a801cf311 (epb, its environmental protection bureau),
    # 6581d82b97a6 (fcj, its 房产局)
    ("http://nyj.linyi.gov.cn/info/1383/36589.htm", "近年来,市农业农村局认真贯彻落实…推荐临沂新程金锣肉制品集团有限公司",
     "临沂市农业农村局"),
    ("http://epb.hangzhou.gov.cn/art/2018/11/7/art_1692276_38291446.html", "我局将继续配合林水局做好千岛湖配水工程", "杭州市环境保护局"),
    ("https://fcj.shenyang.gov.cn/zwgkzdgz/fdzdgknr/jyta/jy/202505/t20250521_4854137.html", "市房产局组织起草",
     "沈阳市房产局"),
    # tests/real b054e7d3f0bb: a municipality's jw is its education commission
    ("https://jw.cq.gov.cn/zwgk/zfxxgkml/jytablfh/202508/t20250829_14950683.html", "完善学校心理健康教育机制",
     "重庆市教育委员会"),
    # tests/real d11412ef9080 (ysj: Liaoning's 营商环境建设局), 9296a62413ec (cgzfj: 城管执法局, as its pages print it)
    ("https://ysj.ln.gov.cn/ysj/zfxxgk/zfxxgkzd/jyta/srddbjy/2020n/3458D0F58AD2410897DEB58126D35EA5/index.shtml",
     "首先感谢您对我省营商环境建设工作的关心和支持", "辽宁省营商环境建设局"),
    ("http://cgzfj.baoji.gov.cn/col13074/col13082/col13084/202510/t20251028_1221742.html", "市城管执法局高新执法大队采取",
     "宝鸡市城管执法局"),
])
def test_more_bureaus_named_by_their_sites_initials(url, text, body):
    assert body_of_host(url, text, narrowed=True)[0] == body  # 临沂 narrows linyi (临沂市, 临邑县, 临猗县)
    assert body_of_host(url, "感谢您对我市工作的关心", narrowed=True) is None  # point 125: the page names no body of the kind


def test_a_portal_path_names_its_bureau_by_initials_with_its_levels_letter():
    # tests/real 73fcbfb69791 (weixi.gov.cn/zfxxgk_weixi_whhlyj/: 文化和旅游局), dacaac50636d (laoshan.gov.cn/…/qrsj/:
    # 区人力资源和社会保障局), e3ad4957567a (shcm.gov.cn/govxxgk/qwhlyj/: 区文化和旅游局): the bureau's column on its
    # government's portal, written with the level's letter first on some (point 125: where the page names its kind)
    url = "http://www.weixi.gov.cn/zfxxgk_weixi_whhlyj/fdzdgknr/jytabljggk/rdjybljggk/202112/20211230_159534.html"
    assert body_of_host(url, "已交我局办理")[0] == "维西傈僳族自治县文化和旅游局"
    url = "http://www.laoshan.gov.cn/zfxxgk/bmxxgk/qgzbm/qrsj/gknb/202302/t20230218_6936803.shtml"
    assert body_of_host(url, "我局高度重视")[0] == "崂山区人力资源和社会保障局"
    assert body_of_host(url, "我区高度重视") is None
    assert body_of_host("http://www.laoshan.gov.cn/zfxxgk/bmxxgk/qgzbm/qabc/1.shtml", "我局高度重视") is None


@pytest.mark.parametrize(("url", "body"), [
    ("https://www.hljzx.gov.cn/contents/266/3545.html", "政协"),  # tests/real b5900b99fc4f
    ("http://www.bjrd.gov.cn/zyfb/bg/202112/t20211227_2573666.html", "人大常委会"),  # tests/real f97686a10d51
    ("http://rd.kq.gov.cn/art/2024/7/19/art_1604841_58944981.html", "人大常委会"),  # tests/real 822eea72a6d6
    ("https://jyj.wuhan.gov.cn/xxgk/t20231213_2318305.shtml", None),
    ("http://www.rmzxw.com.cn/c/2019-04-04/2323793.shtml", None),  # a news site, not a CPPCC's own
])
def test_congress_and_cppcc_sites(url, body):
    assert congress_of_host(url) == body


def test_a_cppcc_site_page_without_an_issuer_is_the_cppcc_s_own():
    # shaped like tests/real b5900b99fc4f (hljzx.gov.cn, no metadata, relative names only), its text as printed but for
    # the committee's name; its intake news whole (a three-line digest of it reads as other to the kind model, whose
    # look-alikes are no house's news: _body_of_the_session)
    page = ("十三届三次会议提案复审工作有序开展\n"
            "12日至14日,黑龙江省政协提案委员会组织开展十三届三次会议提案复审工作。\n"
            "会议召开以来,省政协委员、政协各参加单位围绕中心大局、聚焦民生热点,积极参政议政、踊跃建言献策,"
            "提案总数相比去年同期增长29.9%。在前期提案初审工作的基础上,坚持质量导向,严格审查标准,分三批次有序开展提案"
            "复审工作,立案率较去年同期提高1.9个百分点。截至目前,已经完成998件提案的复审工作。")
    without_actor = page.replace("黑龙江省政协提案委员会组织开展", "黑龙江省")
    document = normalize_page(without_actor, url="https://www.hljzx.gov.cn/contents/266/3545.html")
    assert document["issuing_body"] == "政协黑龙江省委员会"
    assert "issuer_from_site_kind" in document["warnings"]
    # the proposals committee acting is named as itself, on any site (settled question 5)
    for url in ("https://www.hljzx.gov.cn/contents/266/3545.html", "https://www.hljnews.cn/contents/266/3545.html"):
        assert normalize_page(page, url=url)["issuing_body"] == "政协黑龙江省委员会提案委员会"
    # on a news site the text's own house still tells the account (docs/labelling.md, convention 5)
    reposted = normalize_page(without_actor, url="https://www.hljnews.cn/contents/266/3545.html")
    assert reposted["issuing_body"] == "政协黑龙江省委员会"
    assert "issuer_from_text:session_body" in reposted["warnings"]


@pytest.mark.parametrize(("url", "place"), [
    ("https://jtw.sh.gov.cn/jyyablqk2024/20240422/a.html", "上海市"),  # tests/real 7da22e3f1f13
    ("http://slt.xizang.gov.cn/slxw/slyw/202108/t20210830_257060.html", "西藏自治区"),  # tests/real aaeb070519f6
    ("https://www.hljzx.gov.cn/contents/266/3545.html", "黑龙江省"),  # a province CPPCC's site
    ("http://www.qhzx.gov.cn/contents/60/3994.html", None),  # 秦淮区 CPPCC, not 青海: qh is left out
])
def test_province_portal_codes(url, place):
    found = place_of_host(url)
    assert (found.name if found else None) == place


def test_a_province_department_is_named_by_its_initials():
    assert body_of_host("http://slt.xizang.gov.cn/slxw/a.html", "全区水利工作")[0] == "西藏自治区水利厅"
    assert body_of_host("https://jyt.gd.gov.cn/a.html", "我厅认真研究")[0] == "广东省教育厅"


def test_a_bureaus_host_with_a_short_or_shared_place_label_is_placed_by_the_text_when_asked():
    # tests/real 448fcddbcc69 (nyncj.luan.gov.cn: luan, four letters, spells 六安, which the letter prints) and
    # 685cbf3238c2 (jtyst.henan.gov.cn: henan spells 河南省 and 河南蒙古族自治县; the text prints 河南省)
    luan = "https://nyncj.luan.gov.cn/public/6608321/10526895.html"
    assert body_of_host(luan, "我局高度重视。六安市高度重视农产品品牌建设工作") is None  # not on the address alone
    assert body_of_host(luan, "我局高度重视。六安市高度重视农产品品牌建设工作", narrowed=True)[0] == "六安市农业农村局"
    assert body_of_host(luan, "我局高度重视", narrowed=True) is None  # the text prints no place the label spells
    henan = "http://jtyst.henan.gov.cn/2023/08-29/2805435.html"
    assert body_of_host(henan, "河南省交通运输厅高度重视", narrowed=True)[0] == "河南省交通运输厅"
    # of places printed without their level word (西安 for 西安市 and 西安区), the one printed in full
    # (tests/real 6361ff19ed91, yjglj.xa.gov.cn)
    assert body_of_host("http://yjglj.xa.gov.cn/gk/1.html", "西安市应急管理局;西安的应急工作")[0] == "西安市应急管理局"


@pytest.mark.parametrize(("url", "province"), [
    ("http://bsrd.baoshan.sh.cn/rdxw/1.html", "上海市"),  # CNNIC's provincial domain
    ("http://xishui.cjyun.org/p/1.html", "湖北省"),  # a province's media platform
    ("https://dazu.cbg.cn/show/1.html", "重庆市"),
    ("https://jtw.sh.gov.cn/x.html", "上海市"),  # a province portal's code
    ("https://jyj.wuhan.gov.cn/x.html", None),
    ("https://www.sh.com/x.html", None),
])
def test_the_province_a_host_belongs_to(url, province):
    assert province_of_host(url) == province


@pytest.mark.parametrize(("url", "place"), [
    ("https://www.ewenke.gov.cn/OpennessContent/show/532833.html", "鄂温克族自治旗"),  # tests/real 46549a215308
    ("http://pds.gov.cn/contents/3602/134702.html", None),  # initials alone place nothing (docs/labelling.md, point 72)
    ("http://mzj.gov.cn/a.html", None),  # a bureau's initials, not a place's
])
def test_a_site_spelling_its_place_places_it_and_initials_alone_do_not(url, place):
    found = place_of_host(url)
    assert (found.name if found else None) == place


@pytest.mark.parametrize(("url", "place"), [
    ("http://pds.gov.cn/contents/3602/134702.html", "平顶山市"),  # tests/real afa8b72ecbf6: 平顶山's portal
    ("https://www.hhhtrd.gov.cn/c/2023-12-11/504489.shtml", "呼和浩特市"),  # tests/real 9dd7c3edcd27: its congress
    ("http://rsj.cxz.gov.cn/info/1078/3473.htm", "楚雄彝族自治州"),  # tests/real f700f9ee0f50: 楚雄州's bureau
    ("http://cqfj.gov.cn/index/bm_168/sthjj/a.html", "奉节县"),  # tests/real e91cff55f2a2: 重庆 (cq), 奉节 (fj)
    ("https://www.ahszzx.gov.cn/index.php?a=shows", "宿州市"),  # tests/real 5bd6166208a5: 安徽 (ah), 宿州, its CPPCC
    ("https://public.zzsj.gov.cn/D1102X/8528522.jhtml", "上街区"),  # tests/real cb1044f34b25: 郑州 (zz), 上街 (sj)
    ("https://ynwss.gov.cn/info/2402/98630.htm", "文山市"),  # tests/real dc82401a9b1c: 云南, 文山 with s for 市
    ("http://lnfsx.gov.cn/ins.asp?i=34787&s=60", "抚顺县"),  # tests/real cca5115b2799: 辽宁, 抚顺 with x for 县
    ("http://www.blzq.gov.cn/zfzx/jrzq/2018-09-28-26418.html", "巴林左旗"),  # tests/real d86da9490fc6: q for 旗
])
def test_a_sites_initials_are_candidates_for_the_text_to_confirm(url, place):
    assert place in {found.name for found in places_of_initials(url)}


def test_initials_many_places_share_stay_candidates():
    assert places_of_initials("http://www.dyrdw.gov.cn/Web_Rdjj/2022-11-28/812.html") == ()  # dy: 东营, 德阳 … unread
    assert {place.name for place in places_of_initials("http://www.gdsx.gov.cn/xwdt/a.html")} >= {"始兴县", "遂溪县"}


def test_a_bureaus_host_is_placed_by_initials_the_text_confirms():
    # tests/real f738021f10dc (mzj.cxz.gov.cn, a letter of 楚雄州民政局); the same host with no 楚雄 printed: no body
    found = body_of_host("https://mzj.cxz.gov.cn/info/egovinfo/1001/overt_centent/1153", "楚雄州民政局关于…的答复")
    assert found and found[0] == "楚雄彝族自治州民政局"
    assert body_of_host("https://mzj.cxz.gov.cn/info/egovinfo/1001/overt_centent/1153", "关于…的答复") is None
    # swj: 商务局 or 水务局, the one the text names (tests/real 87d27e501839: 市水务局(市海洋局)专题研究部署…)
    assert body_of_host("http://swj.sh.gov.cn/tpxw/20240314/a.html", "市水务局(市海洋局)召开专题会议")[0] == "上海市水务局"
    assert body_of_host("http://swj.sh.gov.cn/tpxw/20240314/a.html", "召开专题会议") is None


@pytest.mark.parametrize(("url", "province"), [
    ("http://jx.people.com.cn/BIG5/n2/2020/0118/c190181-33726989.html", "江西省"),  # tests/real cb2cbdb7c9cf
    ("http://www.gx.chinanews.com.cn/pczt/2022gxlh/wglh/2022-01-16/detail-ihausqcy0635611.shtml",
     "广西壮族自治区"),  # tests/real 656fbc38e1ce
    ("http://www.people.com.cn/n1/2020/0118/c1.html", None),  # the national site itself
])
def test_a_national_news_site_s_provincial_channel(url, province):
    assert province_of_host(url) == province


def test_a_province_level_text_on_a_provincial_channel_is_that_province_s():
    # tests/real 656fbc38e1ce (自治区 bodies named relatively, on gx.chinanews.com.cn)
    page = ("摘要提示:2021年自治区两会期间,人大代表共提出建议692件。\n2021年自治区两会期间,自治区人大代表提出的每一条建议、"
            "政协委员提出的每一件提案,都与时代发展同频。自治区人大常委会高度重视建议办理。")
    url = "http://www.gx.chinanews.com.cn/pczt/2022gxlh/wglh/2022-01-16/detail-ihausqcy0635611.shtml"
    assert normalize_page(page, url=url)["jurisdiction"] == "广西壮族自治区"


@pytest.mark.parametrize(("url", "body"), [
    # tests/real 4998d78ec1eb (the bureau's column on its county-level city's portal)
    ("http://www.xianggelila.gov.cn/zfxxgk_xglls_mzj/fdzdgknr/jytabljggk/rdjybljggk/202306/20230617_190689.html",
     "香格里拉市民政局"),
    ("https://www.wuhan.gov.cn/zwgk/xxgk/202401/t1.html", None),  # the portal itself: no bureau
    ("https://www.wuhan.gov.cn/jyj/mzj/1.html", None),  # two bureaus named: none
])
def test_a_bureau_s_column_on_its_government_s_portal(url, body):
    found = body_of_host(url, "民政工作")
    assert (found[0] if found else None) == body


def test_every_reading_of_a_site_s_initials_is_a_candidate():
    # tests/real f499b4983dd6: gdsx.gov.cn is 广东 (gd) then 始兴县 or 遂溪县 (sx), no one reading alone
    readings = {place.name for place in places_of_initials("http://www.gdsx.gov.cn/xwdt/post_2733395.html")}
    assert {"始兴县", "遂溪县"} <= readings
    assert places_of_initials("https://jyj.wuhan.gov.cn/a.html") == ()


def test_a_municipality_s_bureau_is_named_by_its_initials():
    # tests/real 74f3738c46d9 (yjglj.sh.gov.cn, a report that names no issuer but 我局): 上海市应急管理局
    assert body_of_host("https://yjglj.sh.gov.cn/xxgk/a.html", "我局")[0] == "上海市应急管理局"
    assert body_of_host("http://yjglj.huainan.gov.cn/gk/a.html", "应急管理工作")[0] == "淮南市应急管理局"
    assert body_of_host("https://czj.sh.gov.cn/a.html", "财政资金")[0] == "上海市财政局"
    assert body_of_host("https://jyt.gd.gov.cn/a.html", "教育")[0] == "广东省教育厅"  # a province's department stays a 厅


def test_a_place_s_portal_read_by_its_initials_when_the_page_tells_which_place():
    # tests/real ba335640cc27 (www.aqyx.gov.cn: 安庆 宜秀区 or 岳西县; the page is about 宜秀区)
    assert is_portal_of("http://www.aqyx.gov.cn/html/2020/zxbd_0406/50245.html", gazetteer.lookup("宜秀区")[0])
    assert not is_portal_of("http://jyj.aqyx.gov.cn/html/1.html", gazetteer.lookup("宜秀区")[0])  # a bureau's site
    # dev 9a8f17fed3ed: pingyuan.gov.cn spells 平原县 and 平远县, the page naming 平远
    assert is_portal_of("http://www.pingyuan.gov.cn/pyyw/zwyw/content/post_2753807.html", gazetteer.lookup("平远县")[0])
    assert not is_portal_of("http://www.pingyuan.gov.cn/pyyw/zwyw/content/post_2753807.html", gazetteer.lookup("平阳县")[0])
    assert is_portal_of("http://www.hengdong.gov.cn/zwgk/t1.html", gazetteer.lookup("衡东县")[0])
    assert not is_portal_of("http://www.hengdong.gov.cn/zwgk/t1.html", gazetteer.lookup("宜秀区")[0])


def test_a_ministry_s_own_site_names_the_ministry():
    # tests/real be3e3ec51fcb (www.mee.gov.cn: a reply 由我部会同发展改革委、财政部办理, signed by no one)
    assert ministry_of_host("https://www.mee.gov.cn/gkml/sthjbgw/qt/201611/t20161104_366875_wh.htm") == "生态环境部"
    assert ministry_of_host("http://m.moe.gov.cn/jyb_xxgk/a.html") == "教育部"
    assert ministry_of_host("https://jyj.wuhan.gov.cn/a.html") is None
    assert ministry_of_host("https://www.mee.com/a.html") is None


def test_a_hyphenated_host_label_spells_its_parts():
    # tests/real 46d1e5d2320e (m-baokang.cjyun.org: the mobile site of 保康县 on Hubei's platform; point 72)
    assert [place.name for place in places_spelled_by_host("http://m-baokang.cjyun.org/p/6364.html")] == ["保康县"]


def test_a_national_bureau_s_own_site_names_it():
    # tests/real 52b2cc38cd9f (spb.gov.cn: a reply speaking as 我局, its 发布机构 a department, point 64)
    assert ministry_of_host("https://spb.gov.cn/gjyzj/c200041/202207/1450cd24e7614a16a51aecc56b181192.shtml") == "国家邮政局"
    page = ("对十三届全国人大五次会议第7202号建议的答复\n徐贤淑代表:\n您提出的关于修改邮政法落实快递安全监管最后一公里护航快递业"
            "高质量发展的建议(第7202号)收悉。经研究,我局支持采纳您的建议,现答复如下:")
    document = normalize_page(page, url="https://spb.gov.cn/gjyzj/c200041/202207/1450cd24e7614a16a51aecc56b181192.shtml")
    assert (document["issuing_body"], document["jurisdiction"]) == ("国家邮政局", "全国")


def test_an_aggregator_s_city_channel_spells_no_place():
    # tests/real 594d38c31552 (nanchang.baogaosu.com files other cities' stories too: point 83)
    assert places_spelled_by_host("http://nanchang.baogaosu.com/xinwen/16654538") == ()
    assert places_spelled_by_host("http://baokang.cjyun.org/p/13123.html")  # a county's own outlet on a platform


def test_two_initials_are_candidates_the_text_narrows():
    # tests/real ce69fc966c1a (tjj.gz.gov.cn: 我局 on the bureau's own site, the text naming 广州)
    url = "http://tjj.gz.gov.cn/news_newtjdt/gzdt/content/post_8537800.html"
    text = "咨询活动期间,广州市委副书记、市长温国辉和广州市人大常委会副主任李小勉巡视了各部门咨询点。在市统计局服务咨询点,…"
    assert body_of_host(url, text)[0] == "广州市统计局"
    assert body_of_host(url, "在市统计局服务咨询点,两位市领导慰问了工作人员。") is None  # initials alone place nothing


def test_a_host_spelling_a_name_with_its_level_word_places_the_county_not_the_city_of_that_name():
    # tests/real a02f4225a808 (tielingxian.gov.cn: a reply of 铁岭县; tieling alone reads 铁岭市 and 铁岭县)
    assert place_of_host("http://tielingxian.gov.cn/tlx/xxgk/fdzdgknr/jyta/rddbjy/2022n/index.html").name == "铁岭县"
    assert place_of_host("http://www.fengnanqu.gov.cn/").name == "丰南区"  # tests/real 960b936a031d's host


def test_an_agriculture_bureaus_host_named_by_nync():
    # tests/real 6696ba30646a (nync.ln.gov.cn: 辽宁省农业农村厅's replies), fa1e4af173a0 (nync.yn.gov.cn)
    assert body_of_host("https://nync.ln.gov.cn/nync/zfxxgk/fdzdgknr/jyta/srddbjy/index.html", "我厅")[0] == "辽宁省农业农村厅"
    assert body_of_host("https://nync.yn.gov.cn/html/2025/jjtabl2025_0516/1418931.html", "农业农村")[0] == "云南省农业农村厅"
    assert body_of_host("http://nync.huainan.gov.cn/a/1.html", "我局")[0] == "淮南市农业农村局"


@pytest.mark.parametrize(("url", "place"), [
    ("http://swt.xinjiang.gov.cn/xjswt/c115569/202503/11bf803114ff41748818527716163df2.shtml",
     "新疆维吾尔自治区"),  # tests/real 6a7a41a4dafd: not 新绛县, which xinjiang also spells
    ("http://whly.hebei.gov.cn/a/1.html", "河北省"),  # hebei also spells 天津市河北区
    ("http://wlt.shanxi.gov.cn/a/1.html", "山西省"),
    ("http://yjglt.henan.gov.cn/a/1.html", "河南省"),
    ("http://www.hainan.gov.cn/hainan/a/1.html", "海南省"),
    ("http://wenchang.hainan.gov.cn/a/1.html", "文昌市"),  # a county's own site under the province's portal
    ("http://tunchang.hainan.gov.cn/a/1.html", "屯昌县"),
])
def test_a_province_portal_named_in_full_pinyin_places_the_province_below_any_place_spelled_under_it(url, place):
    assert place_of_host(url).name == place


@pytest.mark.parametrize(("url", "text", "body"), [
    # tests/real 6a7a41a4dafd: 商务厅高度重视… on the department's own site
    ("http://swt.xinjiang.gov.cn/xjswt/c115569/202503/11bf803114ff41748818527716163df2.shtml",
     "收悉。商务厅高度重视,积极会同自治区相关部门认真研究代表建议内容", "新疆维吾尔自治区商务厅"),
    # tests/real ba61004c6826: 我委 on mzw.gxzf.gov.cn
    ("http://mzw.gxzf.gov.cn/zwgk/zfxxgk/fdzdgknr/rdjy/t1814475.shtml", "由自治区人大常委会办公厅交由我委等单位分办",
     "广西壮族自治区民族宗教事务委员会"),
    # tests/real 5496726f3e84: 省林草局将继续做好以下3项工作 on lcj.yn.gov.cn
    ("https://lcj.yn.gov.cn/html/2021/jianyitianbanli_0604/63735.html", "省林草局将继续做好以下3项工作", "云南省林业和草原局"),
    # tests/real 7835e4c549f0: 省住房城乡建设厅作为牵头部门 on zfcxjst.gd.gov.cn
    ("http://zfcxjst.gd.gov.cn/xxgk/jytabl/content/post_1405730.html", "省住房城乡建设厅作为牵头部门,会同省环境保护厅",
     "广东省住房和城乡建设厅"),
    # tests/real 811b70283e53 (我局 on lyj.fujian.gov.cn), 7e6978fd09bc (scjgj.fujian.gov.cn), c1c636442ee7 (sthj.guizhou.gov.cn,
    # the department's 厅 left out of its initials), 809397446e40 (tyj.gd.gov.cn), 49080eab535f (yjgl.gd.gov.cn): a province's
    # bureaus were read as cities' only
    ("http://lyj.fujian.gov.cn/zwgk/jyta/zxwy/202507/t20250701_6960012.htm", "我局高度重视", "福建省林业局"),
    ("http://scjgj.fujian.gov.cn/zw/tzgg/202505/t20250506_6908584.htm", "我局党组高度重视", "福建省市场监督管理局"),
    ("https://sthj.guizhou.gov.cn/zwgk/jyta/202507/t20250723_88325345.html", "全省生态环境部门", "贵州省生态环境厅"),
    ("http://tyj.gd.gov.cn/a/1.html", "我局将继续", "广东省体育局"),
    ("http://yjgl.gd.gov.cn/a/1.html", "我厅高度重视", "广东省应急管理厅"),
])
def test_more_bureaus_named_by_their_initials(url, text, body):
    assert body_of_host(url, text)[0] == body


def test_a_bureau_s_initials_name_it_only_where_the_page_names_its_kind():
    assert body_of_host("https://lcj.yn.gov.cn/html/2021/x.html", "省发展改革委于2016—2017年投资1700万元") is None


@pytest.mark.parametrize(("url", "city"), [
    # hosts of tests/real pages: d7655a1a4077 (常州市, not 梧州's 长洲区), 656c19629ef0 (赣州市, not 张掖's 甘州区),
    # c12d3c70ae78 (南京市, not 漳州's 南靖县), 62732af3689f (铁岭市 and its own 铁岭县)
    ("https://cgj.changzhou.gov.cn/html/cgj/2016/BKAFIFKJ_0114/14088.html", "常州市"),
    ("http://www.ganzhou.gov.cn/zfxxgk/c101786/202212/d25dcee7cb87469d81c07d7d10f6eb40.shtml", "赣州市"),
    ("https://www.nanjing.gov.cn/xxgkn/jytabljggk/2024njytabl/shizxta/202411/t20241120_5013890.html", "南京市"),
    ("http://www.tieling.gov.cn/tieling/zwgk/zfxxgk/fdzdgknr/jyta/szxta50/2018n/2022031915394368089/index.html", "铁岭市"),
    ("http://www.yinan.gov.cn/", None),  # one reading, a county's (place_of_host's)
    ("http://kjj.taizhou.gov.cn/", None),  # two cities (台州市, 泰州市: point 85)
    ("http://jixi.dbw.cn/system/2007/12/27/051097993.shtml", None),  # a news site, not a government's
])
def test_a_city_s_portal_whose_pinyin_counties_elsewhere_share_is_the_city_s(url, city):
    found = prefecture_of_host(url)
    assert (found.name if found else None) == city


@pytest.mark.parametrize(("page_id", "url", "expected"), [
    # the city's bureau's own site, the text naming no place: the city, its bureau written in full (point 72)
    ("d7655a1a4077", "https://cgj.changzhou.gov.cn/html/cgj/2016/BKAFIFKJ_0114/14088.html", ("常州市", "city", "常州市城管局")),
    ("c12d3c70ae78", "https://www.nanjing.gov.cn/xxgkn/jytabljggk/2024njytabl/shizxta/202411/t20241120_5013890.html",
     ("南京市", "city", "南京市城市管理局")),
    # the CPPCC's own site, the text's 市政协 over a place of another level it names (dropped): the city
    ("9ffb4d91462f", "https://zx.changzhou.gov.cn/html/czzx/2017/LNEHPFOK_0703/10414.html", ("常州市", "city", "政协常州市委员会")),
    # a text speaking of the province's bodies (省生态环境厅…在岳省人大代表) on the city's portal: the province
    ("f7cc200a804b", "http://www.yueyang.gov.cn/mobile/23184/23185/content_2320711.html", ("湖南省", "province")),
])
def test_a_page_on_a_city_s_portal_the_text_does_not_place_is_placed_by_it(page_id, url, expected):
    document = normalize_page(real_page(page_id), url=url)
    assert (document["jurisdiction"], document["admin_level"], document["issuing_body"])[:len(expected)] == expected
    assert "jurisdiction_from_address_prefecture" in document["warnings"]


@pytest.mark.parametrize(("url", "place"), [
    # hosts of tests/real pages: a county's or district's portal named with its province's code before its name
    ("https://www.ahjinzhai.gov.cn/public/6596471/35056508.html", "金寨县"),  # 548de01d8db1
    ("http://sxshilou.gov.cn/gwgk/jytajggk/zx_67598/202507/t20250721_1967376.shtml", "石楼县"),  # 773f13536345 (山西 or 陕西)
    ("http://www.sdningjin.gov.cn/n50593881/n50593903/n50593957/n50593959/c91526442/content.html", "宁津县"),  # af7ac96a2a1a
    ("http://www.hnziyang.gov.cn/18534/18525/18506/18745/18760/18905/content_2104964.html", "资阳区"),  # 42764c48db44: 湖南's
    ("https://www.gdxingning.jcy.gov.cn/jclz/t20260123_5394.htm", "兴宁市"),  # afd8da79de28: the county procuratorate's
    ("http://fxzx.ahfeixi.gov.cn/content/detail/677c950d2b56e036728b4567.html", "肥西县"),  # b2ec59f222de: its CPPCC's
    ("http://www.scjgj.gov.cn/", None),  # a province's bureau by its initials: no place after the code
])
def test_a_host_named_with_its_province_s_code_before_a_county_s_name(url, place):
    found = place_of_host(url)
    assert (found.name if found else None) == place


def test_a_host_label_read_otherwise_by_the_text_places_nothing():
    # tests/real 459fdddb0279, 5efbc145a49f (zjj.chaoyang.gov.cn: 朝阳市's housing bureau, 朝 read zhao by the pinyin
    # table, so chaoyang's first reading is 汕头's 潮阳区): the text names 朝阳市, never 潮阳
    url = "http://zjj.chaoyang.gov.cn/html/CYZJJ/202209/0166199150623679.html"
    assert place_of_host(url).name == "潮阳区"
    assert place_of_host(url, "朝住建提案[2022]21号 关于对朝阳市政协十二届一次会议 第101号提案答复意见的函") is None
    assert place_of_host(url, "汕头市潮阳区住房和城乡建设局关于…的答复 朝阳路").name == "潮阳区"
    document = normalize_page(real_page("5efbc145a49f"), url=url)
    assert (document["issuing_body"], document["jurisdiction"]) == ("朝阳市住房和城乡建设局", "朝阳市")
