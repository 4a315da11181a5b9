"""The body a headline or a text's first sentence opens with acting (normalize/subject.py)."""

import pytest

from normalize import normalize_page
from normalize.issuer import resolve_full
from normalize.subject import sentence_subject


@pytest.mark.parametrize(("title", "text", "subject"), [
    # tests/real 6f8663edafbb (time words, then the bureau named in full)
    (None, "近日,咸阳市食药监管局被评为2016年度全市人大代表建议政协提案办理工作先进集体,局1名同志被评为先进个人,受到市政府表彰。",
     "咸阳市食药监管局"),
    # tests/real 7aaa31e8e54f (a time clause before the body's own)
    (None, "2015年以来,上海市食品药品监督管理局继续把认真办理代表建议、提案工作作为监管部门问计民生的重要抓手。",
     "上海市食品药品监督管理局"),
    # tests/real ffa96f043bec (a leader of the body leading the visit: settled point 23)
    (None, "11月7日,市政协副主席李敦奉、市政协港澳台侨民族宗教委员会主任委员宋再文带领相关委室负责人及部分市政协委员,"
     "对市教育局、人社局今年承办的重点提案落实情况进行专题调研。", "市政协"),
    # tests/real 9d7e31707d36 (a dateline naming its reporters with 报道:, then the act's purpose before its subject)
    (None, "本报讯 特约记者沈忱、通讯员艾利报道:为进一步将人大建议工作落到实处,8月9日下午,崇阳县国土资源局主动邀请部分"
     "县人大代表召开座谈会,专门给国土工作“挑刺”、“找毛病”,提出意见和建议。", "崇阳县国土资源局"),
    # tests/real bae04f111157 (the paper's dateline and its reporter before the news)
    (None, "本报讯(记者 罗跃)11月13日,区人大常委会主任梁正华率队对区四届人大三次会议代表建议办理情况进行视察。",
     "区人大常委会"),
    # tests/real b00c9183c412 (where it happened, a clause of its own before the subject)
    (None, "1月26日,在青海省政协十三届四次会议新闻发布会上,海东市政协副主席程启煜介绍,“十四五”以来,海东市政协立足专门协商机构职能。",
     "海东市政协"),
    # tests/real c452e47ef90a (a body meeting deputies still acts on its own)
    (None, "5月26日,国家发展改革委与贵州省代表团部分代表举行视频会议,对代表提出的意见建议予以答复。", "国家发展改革委"),
    # tests/real 68dd5575d5f8 (an outlet's dateline in brackets, then a province's house named by its short name)
    (None, "(宁夏人大网讯)2月13日,宁夏人大常委会组织召开在宁全国人大代表议案建议素材征集座谈会,向自治区政府有关部门广泛征求议案建议素材。",
     "宁夏人大常委会"),
    # tests/real 7ecaa320236e (the national CPPCC's plenary acting)
    ("诤言化良策——全国政协全体会议期间首次举行界别协商会议", "11日上午,全国政协全体会议期间首次举行界别协商会议。", "全国政协"),
])
def test_the_body_opening_the_headline_or_first_sentence(title, text, subject):
    assert sentence_subject(title, text)[0] == subject


@pytest.mark.parametrize("text", [
    # tests/real f5b1631e48c9: a report's addressee, not its author
    "市政府办公厅:\n按照工作要求,现将我区2020年度市人大代表建议和政协提案办理情况报告如下:",
    # tests/real 879224a4979d: a session, whose members act (settled point 4)
    "贵州省政协十二届四次会议期间,委员们认真履行职责、积极参政议政。",
    # tests/real 8ad829344ff2's second sentence: a leader attending is a guest
    "市人大常委会副主任黄茂林参加会议。",
    # tests/real b0c7c0896835: two bodies acting together (…人大办、区民政局联合举办), nobody's news
    "5月4日,上海市杨浦区人大办、区民政局联合举办推进养老服务体系建设人大代表建议现场办理会。",
    # tests/real 69c2b1dfafe3's visited department, after 走访检查: no subject
    "10月20日,在西安外国语大学,走访检查省教育厅提案办理工作。",
])
def test_no_subject_where_the_body_is_no_actor(text):
    assert sentence_subject(None, text)[0] is None


def test_a_body_s_own_news_without_other_evidence_is_its_subject_s():
    # tests/real 6f8663edafbb: no metadata, signature or handling clause names the bureau
    page = ("近日,咸阳市食药监管局被评为2016年度全市人大代表建议政协提案办理工作先进集体,局1名同志被评为先进个人,"
            "受到市政府表彰。\n内容涉及农村食品药品安全、餐饮服务监管、校园周边食品安全等。")
    document = normalize_page(page)
    assert document["issuing_body"] == "咸阳市食品药品监督管理局" and document["jurisdiction"] == "咸阳市"


def test_a_relative_subject_is_placed_only_at_the_place_found():
    # tests/real ffa96f043bec: 市政协 on a page about 枣庄 (the title names the city)
    visit = ("11月7日,市政协副主席李敦奉带领相关委室负责人及部分市政协委员,对市教育局今年承办的重点提案落实情况进行专题调研。"
             "\n市教育局对提案办理情况作了汇报。")
    assert normalize_page(visit)["issuing_body"] is None
    assert normalize_page("枣庄市重点提案专题调研\n" + visit)["issuing_body"] == "政协枣庄市委员会"


def test_food_and_drug_bureau_short_forms_are_written_in_full():
    # tests/real 6f8663edafbb (咸阳市食药监管局), 78ce514a61f2 (鼎城区食药监局)
    assert resolve_full("咸阳市食药监管局").name == "咸阳市食品药品监督管理局"
    assert resolve_full("常德市食药监局").name == "常德市食品药品监督管理局"


def test_a_session_handing_items_to_us_is_no_body():
    # tests/real b94a58fe52bb (广东省统计局: 2020年,省十三届人大三次会议交由我局办理5件代表建议)
    text = "2020年,省十三届人大三次会议交由我局办理5件代表建议,我局已在规定时间内完成代表建议的答复工作。"
    assert sentence_subject(None, text) == (None, "")
