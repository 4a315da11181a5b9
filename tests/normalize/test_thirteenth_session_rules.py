"""Rules written on round 9's dev pages (the thirteenth session), each on a real page shape cut down from the
tests/real page named in its comment: towns' own bodies, the site's name over 我局, names in full, years, titles,
roles, reply headlines and filed counts of several kinds."""

from pathlib import Path

import pytest

from normalize import normalize_page
from normalize.counts import _proposals_among_the_filed
from normalize.doctype_model import second_opinion
from normalize.figures import extract_figures, year_in
from normalize.issuer import resolve_issuer
from normalize.years import _address_date

_PAGES = Path(__file__).parents[1] / "real" / "pages"


def _real_page(page_id: str) -> str:
    return (_PAGES / f"{page_id}.txt").read_text(encoding="utf-8")


def test_a_town_government_signing_a_reply_is_written_with_its_county():
    # tests/real 65d7bc25173b (ynmg.gov.cn: 篾厂乡人民政府 signs; 篾厂乡 is 马关县's only in the division list, point 122)
    page = ("李建道、王清能委员:\n你们提出的“关于解决建设篾厂乡岩头村委会打秋坝易地搬迁点活动室所需资金的提案”,已交我们研究办理,"
            "现答复如下:\n对提案反映的问题,乡人民政府高度重视,已组织人员到现场实地勘察。\n希望你们以后多提宝贵意见。\n"
            "篾厂乡人民政府\n2021年6月22日")
    document = normalize_page(page, url="http://ynmg.gov.cn/info/2140/77171.htm")
    assert (document["issuing_body"], document["jurisdiction"]) == ("马关县篾厂乡人民政府", "马关县")
    assert "issuer_from_text:town_body_at_its_county" in document["warnings"]


def test_a_town_body_of_several_counties_names_nothing():
    # the same reply signed by a town the division list has in several counties (桐木镇: point 122 places none)
    page = ("李建道委员:\n你提出的关于修建桐木镇活动室的提案已交我们研究办理,现答复如下:\n我镇已组织人员实地勘察。\n"
            "桐木镇人民政府\n2021年6月22日")
    assert normalize_page(page)["issuing_body"] is None


def test_an_outlets_county_station_places_a_relatively_named_congress():
    # tests/real b9100f5a847c (qdxw.com.cn: 红网祁东分站 over 县人大常委会召开代表建议督办会), the stored page whole
    document = normalize_page(_real_page("b9100f5a847c"), url="http://wap.qdxw.com.cn/content/2019/09/16/8186924.html")
    assert (document["issuing_body"], document["jurisdiction"]) == ("祁东县人民代表大会常务委员会", "祁东县")


def test_the_sites_own_name_over_a_reply_speaking_as_我局_is_its_author():
    # tests/real b46f35ddf3a2 (a mirror of 国家中医药管理局's reply: the site's name first, 我局 in the text; another
    # ministry named later in the text is no author)
    page = ("国家中医药管理局\n邮箱 微信\n工作动态 您当前的位置:首页 > 综合司 > 工作动态\n对十四届全国人大二次会议\n第7835号建议的答复\n"
            "时间:2025-01-15 14:30:59\n国中医药建字〔2024〕106号\n赵建国代表:\n"
            "您提出的关于在数字化技术时代背景下发展中医药行业的建议收悉,现答复如下:\n一、关于“建立中药材原生态供应基地”的建议\n"
            "我局深入推进中药材生态栽培以及珍稀濒危中药资源可持续利用等工作。\n农业农村部积极推进中药材生态栽培。")
    assert normalize_page(page)["issuing_body"] == "国家中医药管理局"


@pytest.mark.parametrize("printed, full", [
    ("政协恩施州委员会", "政协恩施土家族苗族自治州委员会"),  # tests/real 47f4cbec2796: a prefecture's short name, as 恩施州政协's
    ("深圳市龙华区观澜街道办", "深圳市龙华区观澜街道办事处"),  # tests/real 6252bdb1a6ce
    ("重庆市永川区食药监分局", "重庆市永川区食品药品监督管理分局"),  # tests/real d148e029b71f
    ("迪庆藏族自治州生态环境局香格里拉分局", "迪庆藏族自治州生态环境局香格里拉分局"),  # tests/real 932b13e6218f
])
def test_short_forms_are_written_in_full(printed, full):
    assert resolve_issuer(printed).name == full


def test_a_branch_named_after_a_renamed_county_serves_its_later_name():
    # tests/real 932b13e6218f: 香格里拉县 became 香格里拉市 under one code (533401)
    assert resolve_issuer("迪庆藏族自治州生态环境局香格里拉分局").jurisdiction == "香格里拉市"


def test_an_addresss_unset_timestamp_dates_nothing():
    # tests/real 49ce4bda32b4 (liujiang.gov.cn/…/t19700101_3456808.shtml: the CMS's Unix epoch)
    assert _address_date("http://liujiang.gov.cn/xxgk/zc/jzbf/t19700101_3456808.shtml") is None
    assert _address_date("http://liujiang.gov.cn/xxgk/zc/jzbf/202404/t20240401_3456808.shtml") == "2024-04"


def test_an_index_number_under_a_metadata_list_is_no_title():
    # tests/real cb96eba6e925 (pds.gov.cn: - 索引号 / - 005452487/2022-00036 on lines of their own, no headline printed)
    page = ("- 发文字号\n- 索引号\n- 005452487/2022-00036\n- 发布日期\n- 2022-11-03\n- 主题分类\n- 政协委员提案办理\n"
            "2022年,市教体局共承办政协提案53件,其中主办37件,协办16件。全部在规定时间内高质量办理完毕,政协委员对答复满意率为100%。")
    document = normalize_page(page)
    assert document["title"] is None
    assert "title_without_words_dropped" in document["warnings"]


def test_the_count_clauses_year_not_another_clauses():
    # tests/real 68ab1608be8e (滁州日报: 今年…代表建议160件…;…从2018年开始选择…试点: 2018 is the pilot's start)
    sentence = ("会议指出:今年市政府共承办市七届人大二次会议议案3件、代表建议160件,均在规定期限内办理答复完毕;"
                "市人大常委会从2018年开始选择工作基础比较好的部分县(市、区)和乡镇开展民生实事项目人大代表票决制试点工作。")
    assert extract_figures(None, sentence).handling_year is None


def test_a_spans_start_gives_way_to_the_year_after_it():
    # tests/real 73b461416931 (致公党中央: 从2022年11月开始…启动了2023年全国政协大会提案…准备工作)
    assert year_in("从2022年11月开始,致公党中央就启动了2023年全国政协大会提案发言准备工作") == 2023
    assert year_in("自2023年以来,我局共承办建议12件") == 2023


def test_汇办_is_the_joint_role():
    # tests/real 60d4b359f935 (深圳市应急管理局: 其中主办件4件、汇办件5件)
    found = extract_figures(None, "2022年,我局受理的人大代表建议共9件,其中主办件4件、汇办件5件。全部按时办结。")
    assert found.counts["joint"] == 5


def test_a_reply_letters_own_headline_on_a_sessions_item_is_not_overruled():
    # tests/real 6fa5886b278f (对赤水市政协第五届第三次会议68号提案的答覆: the model had read other)
    title = "对赤水市政协第五届第三次会议68号提案的答覆"
    body = "一、赤水古城垣保护已做的工作\n1、市人民政府已列入2009年“八件实事”之一。\n再次对你表示感谢!\n二00九年六月十八日"
    assert second_opinion("reply", "reply_letter", title, body).doc_type == "reply"


def test_a_reply_headline_with_the_items_title_after_it_is_a_reply():
    # tests/real 7bfa92677e93 (…第046号提案的答复(关于设立“黄丘(黄帝陵)旧址”历史地名保护标志碑的建议)), the stored page whole
    url = "http://tez.gov.cn/zwgk/zwgkzt/jytabl/qjzxtabljg/202412/t20241210_1979612.html"
    assert normalize_page(_real_page("7bfa92677e93"), url=url)["doc_type"] == "reply"


def test_a_city_convening_a_handover_meeting_is_no_body():
    # tests/real 764c23e8180f (商洛日报: 市上召开人大代表建议政协提案交办会, three houses' leaders attending)
    page = ("市上召开人大代表建议政协提案交办会\n2018-04-03 12:56 商洛日报\n(记者 李亮)4月2日,市上召开人大代表建议政协提案交办会,"
            "安排部署办理工作。市委常委、常务副市长李豫琦,市人大常委会副主任李吉斌,市政协副主席熊道宇出席会议并讲话。\n"
            "2017年度,市政府系统共承办人大代表建议282件、政协委员提案294件,按期办复率达到100%。")
    assert normalize_page(page)["issuing_body"] is None


def test_the_proposals_among_a_filed_count_of_several_kinds():
    # tests/real 777c17d73cae (神农架林区政协: 审查立案60件,其中政协建议案1件,提案50件,建议意见9件)
    sentence = "审查立案60件,其中政协建议案1件,提案50件,建议意见9件。"
    assert _proposals_among_the_filed(60, sentence) == 50
    assert _proposals_among_the_filed(60, "审查立案60件,其中重点提案10件。") == 60
    counts = extract_figures(None, "共收到建议案1件,提案64件。" + sentence + "答复率为100%。").counts
    assert (counts["cppcc_proposals"], counts["cppcc_motions"]) == (50, 1)


def test_a_sessions_report_printed_under_its_name_is_titled_with_it():
    # tests/real bcdc18f69db2 (顺庆区 CPPCC: 中国人民政治协商会议 / 第六届…第五次会议 / 提案审查情况报告, three lines)
    page = ("中国人民政治协商会议\n第六届南充市顺庆区委员会第五次会议\n提案审查情况报告\n"
            "(2021年3月10日政协第六届南充市顺庆区委员会第五次会议通过)\n"
            "区政协六届五次会议期间,区政协各参加单位和全体区政协委员,深入贯彻落实区委六届十三次全会精神,认真履行职能。")
    assert normalize_page(page)["title"] == "中国人民政治协商会议第六届南充市顺庆区委员会第五次会议提案审查情况报告"


def test_a_spam_hosts_name_after_the_headline_is_cut():
    # tests/real c7ada640acf6 (a betting host's 网页版 name injected after the headline)
    page = ("郝静:推进电动自行车充电设施建设监管 消除消防隐患-m6米乐网页版\n发布时间: 2024-01-23 15:38:44 来源: 河工新闻网 字号:\n"
            "作为一名来自基层的人大代表,郝静认为,重要的是收集社情民意。调研中,居民向郝静反映,小区电动自行车违规上楼、飞线充电现象突出。")
    assert normalize_page(page)["title"] == "郝静:推进电动自行车充电设施建设监管 消除消防隐患"


def test_a_session_holding_its_proposal_committees_meeting_gives_the_committee():
    # tests/real 77bd4f5e26ae, c164171d8b38 (…第三次会议举行提案委员会会议, …会议召开提案委员会第二次会议: point 107)
    from normalize.issuer import place_hint, session_organ
    place = place_hint("邵阳市")
    assert session_organ("12月25日下午,政协邵阳市第十三届委员会第三次会议举行提案委员会会议,审查大会提案。", place) \
        == "政协邵阳市委员会提案委员会"
    assert session_organ("1月14日,益阳市政协六届五次会议召开提案委员会第二次会议。", place_hint("益阳市")) \
        == "政协益阳市委员会提案委员会"


def test_a_reply_forms_result_field_is_no_title():
    # tests/real ae702f9de62f (shpt.gov.cn: the headline, then 办理结果:采纳或解决 and 公开属性 on lines of their own)
    page = ("正文内容区域请使用tab按钮切换浏览\n对区政协十四届四次会议第144032号提案的会办意见\n办理结果:采纳或解决\n"
            "公开属性:主动公开·全文\n区发改委:\n民进界别组提出的关于提升本区在长三角一体化中的地位和作用的建议收悉,经研究,现将会办意见函告如下:\n"
            "我区积极参与长三角养老服务区域合作。\n普陀区民政局\n2021年6月30日")
    assert normalize_page(page)["title"] == "对区政协十四届四次会议第144032号提案的会办意见"


def test_a_resolution_under_the_sessions_full_name_on_one_line_is_titled_with_it():
    # tests/real 6ed31566421a (唐山: the session's full name, 29 characters, over 关于…提案工作报告的决议)
    page = ("中国人民政治协商会议河北省唐山市第十一届委员会第一次会议\n关于政协唐山市第十届委员会常务委员会提案工作报告的决议\n"
            "(2013年4月12日政协唐山市第十一届委员会第一次会议第四次全体会议通过)\n"
            "中国人民政治协商会议河北省唐山市第十一届委员会第一次会议,同意沈瑾同志代表政协唐山市第十届委员会常务委员会所作的提案工作报告。")
    assert normalize_page(page)["title"] == ("中国人民政治协商会议河北省唐山市第十一届委员会第一次会议"
                                             "关于政协唐山市第十届委员会常务委员会提案工作报告的决议")


def test_a_district_named_beside_two_of_its_namesakes_places_is_not_guessed():
    # tests/real ae702f9de62f (上海's 普陀区民政局 on a proposal to link with 舟山普陀: both namesakes' places named)
    text = "民进界别组提出的关于加快对接舟山普陀的建议收悉。根据《上海市深化养老服务实施方案》的要求,我区积极参与长三角养老服务区域合作。"
    assert resolve_issuer("普陀区民政局", text).name != "舟山市普陀区民政局"
    # tests/real 77243d1f115e: 江北区 of 重庆 (the municipality named), not of 宁波
    assert resolve_issuer("江北区政协", "重庆市江北区政协十一届三次会议开幕").name == "政协重庆市江北区委员会"
