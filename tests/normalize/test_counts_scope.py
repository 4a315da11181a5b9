"""Counts read by scope (normalize/counts.py): whole → level → kind → role, and back."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize.counts import _proposals_among_the_filed
from normalize.figures import extract_figures


def _rows(found):
    return [(row["level"], row["kind"], row["role"], row["value"]) for row in found.breakdown]


def test_kinds_inside_a_roles_parenthesis_are_rows_and_the_roles_are_the_whole():
    # tests/real 7420ef1da68b (攀枝花市民政局 2025)
    found = extract_figures(None, "2025年涉及民政建议提案总共22件。"
                            "其中主办件9件(包括人大代表建议3件、政协提案6件),会办件13件(包括人大代表建议1件、政协提案12件)。")
    assert (found.counts["total"], found.counts["lead"], found.counts["joint"]) == (22, 9, 13)
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] is None
    assert _rows(found) == [(None, "npc_suggestions", "lead", 3), (None, "cppcc_proposals", "lead", 6),
                            (None, "npc_suggestions", "joint", 1), (None, "cppcc_proposals", "joint", 12)]


def test_kinds_inside_a_totals_parenthesis_are_the_kinds_of_the_whole():
    # tests/real c41a4cd7dfbf (教育部 2024, repost)
    found = extract_figures(None, "2024年教育部共承办两会建议提案2657件(人大建议1413件,政协提案1244件),均已按期办结。")
    assert (found.counts["total"], found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (2657, 1413, 1244)


def test_roles_after_a_kind_are_rows_and_of_the_only_kind_the_documents_roles():
    # tests/real 5a2979267afc (安徽省民政厅 2021, repost; labelling Decisions: one kind only)
    found = extract_figures(None, "2021年,省民政厅承办省政协十二届四次会议委员提案67件,分别是主办30件、会办34件,分办3件。")
    assert found.counts["cppcc_proposals"] == 67 and found.counts["total"] is None
    # the session named (省政协十二届四次会议) gives the rows its level, as the label has them (normalize/levels.py)
    assert ("省", "cppcc_proposals", "lead", 30) in _rows(found)
    assert (found.counts["lead"], found.counts["joint"], found.counts["assigned"]) == (30, 34, None)
    found = extract_figures(None, "2021年,省民政厅承办省政协委员提案67件,分别是主办30件、会办34件;"
                            "承办省人大代表建议12件,均已办结。")
    assert found.counts["lead"] is None and found.counts["joint"] is None


def test_kinds_after_a_role_are_rows_and_the_role_is_the_whole():
    # tests/real 751ea61b1892 (教育部 2016, big5 gateway, converted)
    found = extract_figures(None, "2016年,教育部承办建议提案1828件,其中人大建议1023件,政协提案805件。"
                            "1828件中,牵头办理1021件,其中人大建议586件,政协提案435件。")
    assert (found.counts["total"], found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (1828, 1023, 805)
    assert found.counts["lead"] == 1021
    assert (None, "npc_suggestions", "lead", 586) in _rows(found)



def test_kinds_counted_among_one_roles_items_are_that_roles_rows():
    # tests/real 809634367dba (区住建局 2021): 主办件中, the kinds after it count the lead items only
    found = extract_figures(None, "2021年,我局共承办区十一届人大五次会议代表建议和区政协五届五次会议提案109件,"
                            "其中主办件51件、协办件58件。主办件中,人大代表建议(议案)共26件,政协委员提案31件。")
    assert (found.counts["lead"], found.counts["joint"], found.counts["cppcc_proposals"]) == (51, 58, None)
    assert (None, "cppcc_proposals", "lead", 31) in _rows(found)


def test_a_count_of_one_kind_joined_with_another_is_neither_kinds():
    # tests/real f5b1631e48c9 (a district's 2020 report, traditional in the page): 9件代表建议、提案均… counts both kinds,
    # and the 7 suggestions stated before stand
    found = extract_figures(None, "今年,我区共收到市人大代表建议和政协提案9件,其中:人大代表建议7件(包括闭会期间1件),主办4件,"
                            "会办1件;政协提案2件,主办、会办各1件。9件代表建议、提案均在法定办理期限内提前完成办理答复工作。")
    assert (found.counts["total"], found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (9, 7, 2)
    # tests/real b0033cd638ba (广安区 2018): 承办的227件区人大代表建议和政协提案 is no count of suggestions
    found = extract_figures(None, "该区2018年建议提案办理工作总体上成效明显,区政府系统承办的227件区人大代表建议和政协提案"
                            "全部按期办结,一批群众关心关注的热点难点问题得到有效解决。")
    assert found.counts["npc_suggestions"] is None
    # tests/real e6a5e304c116 (宜良县交运局 2024), counts in words: the next kind counted for itself is no join
    found = extract_figures(None, "县交运局主办的四十件人大建议和五件政协提案均于6月20日前全部办理完成,办理结果均为满意。")
    assert (None, "npc_suggestions", "lead", 40) in _rows(found)

def test_a_role_stated_twice_differently_is_not_filled():
    # a bureau's account in the style of a city 民政局's (单办, 主办 and 会办 after the kinds); written
    # here, as no dev page has the shape
    found = extract_figures(None, "我局承办的建议提案共152件,其中,建议90件、提案62件;单办30件,主办70件,会办52件。")
    assert (found.counts["total"], found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (152, 90, 62)
    assert found.counts["lead"] is None and found.counts["joint"] == 52
    assert {(None, None, "lead", 30), (None, None, "lead", 70)} <= set(_rows(found))


def test_count_then_role_word_is_a_role_not_a_total():
    found = extract_figures(None, "今年我局共计13件主办件,会办件23件。")
    assert found.counts["total"] is None and found.counts["lead"] == 13


def test_one_kind_at_one_level_is_the_kinds_count_with_a_row():
    # tests/real 66ca379d7d59 (县民政局 2022, repost)
    found = extract_figures(None, "我局共收到县政府法制办转办的人大代表建议、政协委员提案共11件,其中县人大代表建议9件,政协委员提案2件。")
    assert (found.counts["total"], found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (11, 9, 2)
    assert ("县", "npc_suggestions", None, 9) in _rows(found)


def test_parts_that_disagree_with_the_total_are_kept_and_flagged():
    found = extract_figures(None, "我局共承办建议提案41件,其中人大代表建议16件,政协提案20件。")
    assert (found.counts["total"], found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (41, 16, 20)
    assert "parts_disagree_with_total" in found.flags
    assert any(warning.startswith("parts_disagree_with_total:") for warning in found.warnings)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 999), st.integers(1, 999), st.integers(1, 999))
def test_parts_are_never_summed(npc, cppcc, lead):
    found = extract_figures(None, f"人大代表建议{npc}件,主办{lead}件;政协提案{cppcc}件。")
    assert found.counts["total"] is None and found.counts["lead"] is None
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (npc, cppcc)
    assert all(row["value"] in (npc, cppcc, lead) for row in found.breakdown)


def test_filed_proposals_are_the_kinds_count_not_the_received_ones():
    # tests/real 4fd1fccc439c (太原市政协, traditional repost, converted)
    found = extract_figures(None, "太原市政协十四届一次会议以来,共收到提案685件,经审查立案568件,立案率82.92%。")
    assert found.counts["cppcc_proposals"] == 568 and found.counts["total"] is None


def test_a_kinds_original_items_received_are_no_total():
    # tests/real 54e6ba5793d5 (江汉区政协's session opening: 提案原案, the proposals as handed in before review; the
    # label takes the 173 filed and handed over, 立案交办, as the kind's count)
    found = extract_figures(None, "一年来,江汉区政协常委会共收到政协提案原案274件,立案交办173件,涉及经济发展、社会建设等领域。")
    assert found.counts["total"] is None
    assert found.counts["cppcc_proposals"] == 173


def test_kinds_summed_into_a_role_are_that_roles_parts():
    # tests/real ada71de70481 (白城市住建局 2024)
    found = extract_figures(None, "2024年,我局高质量地完成了市七届人大四次会议代表建议7件,市政协七届三次会议委员提案6件,"
                            "共计13件主办件。")
    assert found.counts["lead"] == 13 and found.counts["total"] is None
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] is None
    assert ("市", "npc_suggestions", "lead", 7) in _rows(found)


def test_role_words_next_to_a_kind_make_a_kind_role_figure():
    # tests/real 8bba690151fd (新密市, 2020) and e6a5e304c116 (宜良县交通运输局 2024)
    found = extract_figures(None, "今年,由我局承办的市五届人大五次会议议案建议共17件,其中:主办建议12件,协办建议5件。")
    assert found.counts["npc_suggestions"] is None and ("市", "npc_suggestions", "lead", 12) in _rows(found)
    found = extract_figures(None, "县交运局主办的40件人大建议和5件政协提案均于6月20日前全部办理完成。")
    assert found.counts["lead"] is None and (None, "npc_suggestions", "lead", 40) in _rows(found)


def test_parts_inside_a_total_and_outcome_classes_are_no_totals():
    # tests/real e8f5830f8dbc (青岛市交通运输局 2023) and a694f9a7bc25 (南阳市生态环境局)
    found = extract_figures(None, "2023年,青岛市交通运输局共承办市人大代表建议和市政协提案69件(含平字建议提案6件),"
                            "其中:主办31件,协办38件。")
    assert (found.counts["total"], found.counts["lead"], found.counts["joint"]) == (69, 31, 38)
    assert found.counts["cppcc_proposals"] is None
    found = extract_figures(None, "代表委员所提问题已经解决或基本解决的(A类)共6件,占35%,其中人大建议3件,政协提案3件。")
    assert found.counts["total"] is None



def test_the_items_adopted_or_solved_are_an_outcome_not_the_total():
    # tests/real e1abbed048dc (国家知识产权局 2017): 共计 in the outcome's clause does not outrank the year's 共承办
    found = extract_figures(None, "2017年,国家知识产权局共承办全国两会建议提案150件,数量再创新高;其中建议91件,提案59件,"
                            "已全部按期办结。2017年,国家知识产权局完全采纳或基本采纳的建议提案共计122件,"
                            "完全或基本采纳率为81.3%,较上一年提升9.2%。")
    assert found.counts["total"] == 150


def test_a_target_holds_for_the_rest_of_its_sentence():
    # tests/real bf60daa5d1e7 (枣庄市市中区文化和旅游局 2024)
    found = extract_figures(None, "明确了办理目标,力争做到三个100%,即与委员的见面率达到100%、及时办理答复率达到100%。")
    assert found.rates["meeting_rate"] is None and found.rates["reply_rate"] is None


def test_a_kind_counted_at_city_and_prefecture_level_has_no_overall_count():
    # a county-level city's 交办会 news: its own 市 items and the 州 (prefecture) items it handles
    found = extract_figures(None, "会上,交办了市人大代表建议215件,市政协提案129件及文山市办理的州人大代表建议8件,"
                            "州政协提案48件。")
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] is None
    assert ("市", "npc_suggestions", None, 215) in _rows(found)


def test_roles_after_a_named_level_and_kind_are_rows_of_that_kind():
    # tests/real c9bb684f6e64 (吉林省政府 2022)
    found = extract_figures(None, "2022年,吉林省政府共办理省人大代表建议181件,省政协提案513件,均按规定办结。"
                            "全国人大交办的代表建议,吉林省政府主办1件、分办1件、协办1件、参阅1件,均按规定办结。")
    assert found.counts["lead"] is None and found.counts["joint"] is None
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] == 513
    assert ("全国", "npc_suggestions", "lead", 1) in _rows(found)


def test_a_role_after_a_semicolon_keeps_the_kind_before_it():
    # tests/real a2734219fb56 (龙里县环保局 2014)
    found = extract_figures(None, "2014年,该局共负责办理人大代表建议2件(均为协办件)。"
                            "2014年,该局共负责办理政协委员提案5件,其中主办政协提案1件:“关于加大湾滩河污染治理力度的建议”;"
                            "协办4件:“关于集中整治乡村环境卫生的建议”、“关于进一步加强贯城河治理的建议”。")
    assert found.counts["joint"] is None
    assert (None, "cppcc_proposals", "joint", 4) in _rows(found)


def test_suggestions_criticisms_and_opinions_is_one_kind_and_topic_or_feedback_counts_no_total():
    # tests/real f60c51613c3c (a provincial NPC's 2016 suggestions, news)
    found = extract_figures(None, "2016年省十二届人大四次会议期间,代表共提出建议、批评和意见(下称建议)1034件。"
                            "从建议内容看,占比最高的是综合经济类,有317件;其次是社会及公共事务类140件,占13.5%。"
                            "截止到2016年11月22日,代表共对755件建议的办理工作进行了满意度反馈。")
    assert found.counts["npc_suggestions"] == 1034 and found.counts["total"] is None


def test_all_deputies_suggestions_of_which_a_part_went_to_the_issuer_are_not_its_count():
    # tests/real 7d3443a33218 (杭州市人民政府 2024)
    found = extract_figures(None, "今年,市人大代表共提出建议401件,其中,由政府系统承办的365件,占全市建议总量的91%。")
    assert found.counts["npc_suggestions"] is None
    assert "kind_count_of_all_deputies:npc_suggestions" in found.warnings


def test_a_sum_with_letters_or_a_count_of_opinions_is_no_total_and_the_filed_count_is_the_kind():
    # tests/real cbc0878944fc (漳州市教育局 2020), 97ada9135ac5 (交通运输部 2019), f729e8f9c6fa (河北省政协 2013)
    found = extract_figures(None, "2020年漳州市教育局共接办了人大代表建议15件、政协委员提案46件、委员来信3件,总计64件。")
    assert found.counts["total"] is None and found.counts["npc_suggestions"] == 15
    found = extract_figures(None, "全国两会期间,交通运输部共收到代表团转来的共18件限时办理意见。")
    assert found.counts["total"] is None
    found = extract_figures(None, "一年来,省政协提案委员会共收到提案629件。经审查立案交有关单位办理的621件。")
    assert found.counts["cppcc_proposals"] == 621


def test_kinds_listed_after_one_kinds_count_are_its_parts():
    # tests/real 953305c5d013 (武汉市商务局 2021)
    found = extract_figures(None, "其中,人大代表建议(议案)共38件,包括省人大代表建议7件、市人大议案1件和市人大代表建议30件;"
                            "政协提案(建议案)共106件,包括省政协提案10件、市政协建议案1件和市政协提案95件。")
    # the kind counted with another in brackets (建议(议案)共38件) is no one kind's count (settled question 11,
    # the label relabelled 2026-12-02); its parts stay rows
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (None, None)
    assert found.counts["npc_motions"] is None and found.counts["cppcc_motions"] is None
    assert ("市", "npc_motions", None, 1) in _rows(found)


def test_a_count_followed_by_its_one_kind_is_that_kinds():
    # tests/real a83034208146 (阿拉尔市: 共提出54件提案)
    found = extract_figures(None, "广大政协委员运用提案形式积极建言献策,共提出54件提案。")
    assert (found.counts["total"], found.counts["cppcc_proposals"]) == (None, 54)
    found = extract_figures(None, "今年共办理12件人大代表建议和政协提案,均已办结。")
    assert found.counts["total"] == 12


def test_a_kind_restated_with_another_figure_is_abstained_from():
    # tests/real 6c95ac10b5ab (a bureau page that gives 11+4 in one section and 7+5 in another)
    found = extract_figures(None, "2024年,我局办理人大代表建议11件,政协委员提案4件。"
                            "2024年,我局共承办人大代表建议7件,政协委员提案5件,全部予以采纳。")
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] is None
    assert "kind_stated_differently:npc_suggestions" in found.warnings


def test_a_part_restated_later_keeps_the_whole():
    # tests/real f97686a10d51 (北京市人大: 建议933件 … 关于…的建议506件)
    found = extract_figures(None, "今年,共有355位市人大代表领衔提出建议933件。"
                            "关于推进“两区”建设等全市中心工作的建议506件;关于民生方面的建议295件。")
    assert found.counts["npc_suggestions"] == 933


def test_figures_of_several_years_or_several_bodies_are_not_the_documents():
    # tests/real 7da22e3f1f13 (本届两会5年来…回头看) and 8dd476e0cad5 (several ministries in one report)
    found = extract_figures(None, "根据要求对本届两会5年来的办理件进行跟踪梳理“回头看”,共计梳理人大代表建议主合办466件。")
    assert found.counts["total"] is None and found.counts["npc_suggestions"] is None
    found = extract_figures(None, "科技部副部长介绍,2019年科技部共承办人大代表建议408件,政协委员提案441件,满意率都达到100%。"
                            "2019年,人民银行承办的人大代表议案28件,人大代表建议412件,政协委员提案242件,共计682件。")
    assert not any(found.counts.values()) and not any(found.rates.values())
    assert any(warning.startswith("figures_of_several_bodies:") for warning in found.warnings)


def test_beside_a_filed_count_a_total_of_what_came_in_is_no_total():
    # tests/real 5229a55593ee (云南省政协 report, 2015 session)
    found = extract_figures(None, "报告中提到,省政协十一届二次会议以来,共收到提案材料729件,其中省政协十一届二次会议期间收到719件,"
                            "闭会期间收到10件。经审查,立案688件,提交119个承办单位办理,已经全部按规定时限办结。")
    assert (found.counts["total"], found.counts["cppcc_proposals"]) == (None, 688)
    assert ("省", "items", None, 729) in _rows(found)
    assert "total_is_the_intake:filed_count_stated" in found.warnings
    # without a filed count, what a bureau received is its total
    found = extract_figures(None, "2021年,我局共收到转办件32件。")
    assert found.counts["total"] == 32


def test_the_filed_proposals_after_merging_are_the_ones_handled():
    # tests/real e740f9c93dd0 (浙江省政协 2014, 浙江日报)
    found = extract_figures(None, "在2014年召开的省政协十一届二次会议上,广大政协委员、政协参加单位共以提案形式提出意见建议1042件,"
                            "经审查立案846件,并案处理后为735件,分别送交116家承办单位办理,现已全部办复。")
    assert (found.counts["total"], found.counts["cppcc_proposals"]) == (None, 735)
    # 并案14件 counts the merged ones: the filed count stays
    found = extract_figures(None, "共提出提案380件,经审查立案300件,并案14件。")
    assert found.counts["cppcc_proposals"] == 300
    # tests/real 913a2a6b3918 (天长市政协 2017: a comma after 并案后)
    found = extract_figures(None, "一年来,共收到提案254件。经审查,立案 230件。经整理并案后,交办131件,由43家单位办理。")
    assert found.counts["cppcc_proposals"] == 131
    # tests/real eb098f789584 (a traditional copy of a city CPPCC's year: 經並案處理,實際交辦271件, no 后)
    found = extract_figures(None, "委员个人提出提案229件,集体提出提案49件,立案278件。经并案处理,实际交办271件,"
                            "按归口管理分类移交市委办公室15件、市政府办公室256件。")
    assert found.counts["cppcc_proposals"] == 271
    # tests/real 67ae32aa419e (荣成市政协 2021: merged under 合并, after the filing)
    found = extract_figures(None, "积极利用提案履行职能,共提出提案210件,经提案委员会审查,主席会议研究议定,立案110件,"
                            "合并整理后形成正式提案61件。")
    assert found.counts["cppcc_proposals"] == 61
    # tests/real f8d4c948d835 (嘉兴 CPPCC 2014: 归并后为, in a parenthesis after the filed count)
    found = extract_figures(None, "以提案形式共提出意见建议449件,经审查立案421件(提案归并后为304件)。经61个主办单位认真办理,"
                            "目前,这些提案已全部办复。")
    assert found.counts["cppcc_proposals"] == 304
    # submissions merged before they were filed: the filed count stays
    found = extract_figures(None, "五年来,共提交提案2465件,相近提案合并后1723件。经审查立案1467件,立案率59.5%。")
    assert found.counts["cppcc_proposals"] == 1467


def test_in_a_governments_account_the_part_handed_to_the_government_is_its_count():
    # tests/real 6b113699f918 (云南省人民政府 at the CPPCC standing committee), db3f9386955e (深圳市人民政府 通报)
    found = extract_figures(None, "副省长到会通报省政府系统办理省政协十二届一次会议以来提案工作情况。"
                            "他指出,省政协十二届一次会议共提出提案744件,其中670件交由省政府系统承办,占提案总数的90.1%。")
    assert found.counts["cppcc_proposals"] == 670
    assert "kind_count_of_the_government_part:cppcc_proposals" in found.warnings
    found = extract_figures("深圳市人民政府关于市政协七届一次会议以来提案办理情况的通报",
                            "据统计,市政协共收到提案739件,其中大会提案714件,平时提案25件,经审查立案579件,"
                            "交付政府系统办理567件,占交办提案总数的97.93%。")
    assert found.counts["cppcc_proposals"] == 567
    # tests/real 7d3443a33218 (杭州市人民政府 report to the congress standing committee)
    found = extract_figures(None, "我受市政府委托,现就市十四届人大四次会议交由市政府系统办理的市人大代表建议的办理情况报告如下。"
                            "今年,市人大代表共提出建议401件,其中,由政府系统承办的365件,占全市建议总量的91%。")
    assert found.counts["npc_suggestions"] == 365
    # tests/real 60d7729074ea (2014, the same government's account at the standing committee, relayed as 通报了省政府关于…)
    found = extract_figures("省政协十一届八次常委会议开幕",
                            "副省长高峰到会通报了省政府关于省政协十一届二次会议以来提案办理工作的情况。高峰说,省政协十一届二次会议以来,"
                            "省政协参加单位及委员共提出提案688件,其中649件交由省政府系统办理,占提案总数的94.3%。")
    assert found.counts["cppcc_proposals"] == 649
    # tests/real 432559cb7d1a (楚雄州人民政府's 通报 at the CPPCC standing committee: …办理的有387件)
    found = extract_figures("楚雄州人民政府关于政府系统办理州政协十一届二次会议提案情况的通报",
                            "在2023年2月召开的州政协十一届二次会议上,共提出提案429件,其中交由州政府系统办理的有387件,"
                            "占比90.21%。")
    assert found.counts["cppcc_proposals"] == 387
    # tests/real 75c10dd444fe: the number after the government's part is another kind's (议案1件), no part of 建议
    found = extract_figures("市人民政府关于市六届人大二次会议代表建议办理情况的报告",
                            "市六届人大二次会议交由市政府系统办理的议案1件、代表建议93件,其中财政经济方面25件。")
    assert (found.counts["npc_suggestions"], found.counts["npc_motions"]) == (93, 1)


def test_one_kind_counted_side_by_side_in_parts_has_no_whole():
    # tests/real 59c080f20af8 (山东省人大 press conference, 2025)
    found = extract_figures(None, "自山东省十四届人大三次会议以来,人大代表先后通过书面或履职平台提出建议1138件,"
                            "审议山东省人大常委会工作报告时提出建议61件,参加列席代表座谈会时提出建议30件。")
    assert found.counts["npc_suggestions"] is None
    assert "kind_counted_in_parts:npc_suggestions" in found.warnings
    # tests/real c71bb85432c6 (广州市政协 term report): two kinds of 建议案, no combined figure
    found = extract_figures(None, "形成常委会议建议案11件、主席会议建议案5件、专委会建议31份。")
    assert found.counts["cppcc_motions"] is None
    # parts that make up the first figure, or parts under 其中, leave the whole
    found = extract_figures(None, "我局承办提案20件,委员提案15件,集体提案5件。")
    assert found.counts["cppcc_proposals"] == 20
    found = extract_figures(None, "全年共提出建议973件,其中大会期间提出建议946件,闭会期间提出建议27件。")
    assert found.counts["npc_suggestions"] == 973


def test_kinds_counted_among_the_items_split_them_and_count_no_kind():
    # tests/real c71bb85432c6 (广州市政协: proposals split by proposer)
    found = extract_figures(None, "据统计,市政协于过去五年间立案的提案中,市各民主党派、人民团体和市政协各专委会及界别提案335件,"
                            "委员联名提案1833件、个人提案332件。")
    assert found.counts["cppcc_proposals"] is None
    found = extract_figures(None, "在办理建议中,我局共承办人大代表建议12件。")
    assert found.counts["npc_suggestions"] == 12
    # tests/real 751ea61b1892 (教育部 2016): kinds under a role stay its breakdown rows
    found = extract_figures(None, "1828件中,牵头办理1021件,其中人大建议586件,政协提案435件。")
    assert (None, "npc_suggestions", "lead", 586) in _rows(found)


def test_what_was_submitted_when_only_a_part_was_answered_is_no_count_of_the_handled():
    # tests/real 53033ef2c047 (四川省政协 report), 656fbc38e1ce (广西 deputies' suggestions, 2021)
    found = extract_figures(None, "截至2024年12月31日,共提出提案1509件,已办复1325件,其中,提案所提意见建议采纳612件,部分采纳632件。")
    assert found.counts["cppcc_proposals"] is None
    assert "kind_count_submitted_not_all_handled:cppcc_proposals" in found.warnings
    found = extract_figures(None, "2021年自治区两会期间,人大代表共提出建议692件(经与提出建议的代表沟通,有4件作为参阅件,"
                            "提供给有关单位改进工作参考,不需答复)。")
    assert found.counts["npc_suggestions"] is None
    # all of them answered: the submitted count is the handled one (tests/real a83034208146)
    found = extract_figures(None, "共提出54件提案,截至目前54件提案已全部办理完毕。")
    assert found.counts["cppcc_proposals"] == 54


def test_a_count_of_key_proposals_is_no_total():
    # tests/real c71bb85432c6 (广州市政协 term report)
    found = extract_figures(None, "值得一提的是,过去五年,广州市领导督办的重点提案共计97件。")
    assert found.counts["total"] is None
    found = extract_figures(None, "今年共承办建议提案97件,其中重点提案5件。")
    assert found.counts["total"] == 97
    found = extract_figures(None, "围绕重点工作共承办建议提案30件。")
    assert found.counts["total"] == 30


def test_more_proposals_handled_than_the_session_filed_are_the_kinds_count():
    # tests/real c1c7ed31702d (宜良县政协 2019): 118 filed at the session, 2 between sessions
    found = extract_figures(None, "经提案审查委员会讨论确定: 同意立案118件,不予立案的11件,立案率为91.5%。"
                            "对闭会期间收到的2件提案,经县政协主席办公会讨论同意立案,并及时移交办理。"
                            "圆满完成120件提案的办理答复工作,办理工作成效明显,办结率100%,满意率98%。")
    assert found.counts["cppcc_proposals"] == 120
    # fewer may be progress: the filed count stays
    found = extract_figures(None, "经审查立案120件。目前已完成100件提案的办理。")
    assert found.counts["cppcc_proposals"] == 120


def test_gong_n_jian_right_after_one_kind_counts_that_kind_not_the_total():
    # tests/real 8767b8aa855e (a city civil affairs bureau's proposals, 2014): one kind only
    found = extract_figures(None, "民主评议会上,市民政局负责人介绍,2014年涉及民政工作的政协提案共有28件,"
                            "其中市民政局主办的有20件,会办的有8件。")
    assert (found.counts["total"], found.counts["cppcc_proposals"]) == (None, 28)
    # tests/real aa8bfe36badb (城西区政协): a topic's proposals are neither a kind count nor a total
    found = extract_figures(None, "除此之外,还有关于城乡建设和城市管理、科教文卫、机关效能建设等方面的提案共12件。")
    assert found.counts["total"] is None and found.counts["cppcc_proposals"] is None
    # tests/real b94f56aeb104 (宿州市城市管理局埇桥分局 2023): the items on one topic listed after the whole
    found = extract_figures(None, "今年,我局共承办人大建议14件(协办4件),关于西关大街拓宽提升改造的建议1件,"
                            "关于统筹市区资金资源的建议2件,关于道路安全建议1件。")
    assert (found.counts["npc_suggestions"], found.counts["joint"]) == (14, 4)
    assert not any(warning.startswith("kind_stated_differently") for warning in found.warnings)
    # tests/real 46aa83e2449a: the items 关于我局 are the bureau's own, all of them
    found = extract_figures(None, "今年共收到关于我局的政协委员提案3件,已全部办结。")
    assert found.counts["cppcc_proposals"] == 3
    # after two kinds joined, 共N件 is the total
    found = extract_figures(None, "今年我局共收到人大代表建议和政协提案共28件。")
    assert found.counts["total"] == 28


def test_the_congress_s_two_kinds_in_one_figure_are_its_items_and_the_total_only_alone():
    # round 37's ab83ced41883 (鼎城区 government 2019): suggestions and motions in one figure beside the proposals
    found = extract_figures(None, "全年区政府共办理区人大代表建议和议案164件、区政协委员提案97件,见面率、回复率达100%。")
    assert (found.counts["total"], found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (None, None, 97)
    # dev e1bf93929e11 and cdc39f0c5688: the congress's items alone, both kinds stated, are all the document's
    found = extract_figures(None, "2016年,区政府办理区十五届人大六次会议代表议案建议共29件(其中议案12件、建议17件)。")
    assert (found.counts["total"], found.counts["npc_motions"], found.counts["npc_suggestions"]) == (29, 12, 17)
    found = extract_figures(None, "全乡共承办人大代表议案和建议20件,其中议案1件,建议19件。")
    assert found.counts["total"] == 20
    # without its parts stated the combined count stays a row (50b8109a7315: 其中166件交区政府办理)
    found = extract_figures(None, "区十一届人大五次会议上,代表提出的议案建议共174件。")
    assert found.counts["total"] is None


def test_the_session_s_share_of_what_came_in_is_no_session_intake():
    # round 37's cca9e477ba36 (厦门市政协 2017, traditional copy): 其中大会提案…,平时提案… splits the year's intake by
    # when it came in; the filed count after it is the proposals handled
    found = extract_figures(None, "报告称,一年来,共收到提案577件,其中大会提案559件,平时提案18件,经审查立案511件,立案率88.6%。")
    assert found.counts["cppcc_proposals"] == 511
    found = extract_figures(None, "截至1月16日11时,大会秘书处共收到大会提案685件,经审查立案600件。")
    assert found.counts["cppcc_proposals"] is None


def test_a_filed_count_given_only_roughly_leaves_the_proposals_uncounted():
    # tests/real df5cb0b05d3f (乌鲁木齐市政协 2018, traditional repost)
    found = extract_figures(None, "2018年,乌鲁木齐市政协共收集提案274件,经审查立案240多件,交由32个部门办理,截至目前提案已全部办复。")
    assert found.counts["cppcc_proposals"] is None
    assert "filed_count_only_rough:cppcc_proposals" in found.warnings


def test_all_of_one_kinds_items_handled_count_that_kind():
    # tests/real e4c6038f2796 (银川市政协, traditional), 91fd1766ae4a (新疆维吾尔自治区人民政府), b124d866fe8c (沈阳市人大)
    found = extract_figures(None, "截至目前,立案的415件提案已全部办复,办复率为100%,委员意见建议采纳落实率达86%。")
    assert found.counts["cppcc_proposals"] == 415 and found.rates["reply_rate"] == 100
    found = extract_figures(None, "由自治区政协交办的609件提案已全部完成办理和答复。")
    assert found.counts["cppcc_proposals"] == 609
    found = extract_figures(None, "截至目前,在各有关方面的共同努力下,市人大代表提出的638件建议、批评和意见已全部办结并答复代表。")
    assert found.counts["npc_suggestions"] == 638
    # a part (其中…), or the last item of a work report's list over both kinds, is no kind's count
    found = extract_figures(None, "承办提案20件,其中5件提案已全部办结。")
    assert found.counts["cppcc_proposals"] == 20
    found = extract_figures(None, "46项市级绩效任务全部完成,318件建议提案全部办理完毕。")
    assert found.counts["total"] is None


def test_the_national_sessions_items_of_a_ministry_are_its_total():
    # tests/real b483868fb36b, d99ea6ef9208 (生态环境部 2024, 2022): 全国两会 names the sessions, not a level
    found = extract_figures(None, "2024年,生态环境部承办全国两会建议提案926件,其中人大建议521件,政协提案405件。")
    assert (found.counts["total"], found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (926, 521, 405)
    found = extract_figures(None, "2022年,生态环境部共办理全国两会建议提案1294件,包括人大建议818件,政协提案476件。")
    assert found.counts["total"] == 1294


def test_proposals_submitted_are_a_row_unless_all_of_them_were_answered():
    # tests/real 525b0a67d3e3 (全国政协, 新华社), 657a03aac0f1 (国家卫生计生委: the CPPCC's figure, then its own)
    found = extract_figures(None, "全国政协十二届四次会议以来,全国政协委员、政协各参加单位、政协各专门委员会共提交提案5769件,"
                            "截至目前,办复率达99.84%。")
    assert found.counts["cppcc_proposals"] is None and ("全国", "cppcc_proposals", None, 5769) in _rows(found)
    found = extract_figures(None, "全国政协十二届四次会议以来,政协委员提交提案5769件。"
                            "据了解,国家卫生计生委承办提案545件,已按规定时限全部办结。")
    assert found.counts["cppcc_proposals"] == 545
    # tests/real aa8bfe36badb (城西区政协): every submitted proposal answered
    found = extract_figures(None, "一年来,共提交提案51件,所有提案均全部办复完毕,办复率达100%。")
    assert found.counts["cppcc_proposals"] == 51


def test_a_total_in_a_sentence_of_parts_is_a_part():
    # tests/real 40f9a3ca119b (a district government's 2022 suggestions, split by subject)
    found = extract_figures(None, "2022年,区政府共收到人大代表建议83件。其中,涉及社会管理方面的建议数量最多,共42件,占50.6%,"
                            "其余依次为民生保障方面23件。")
    assert (found.counts["total"], found.counts["npc_suggestions"]) == (None, 83)


# 8688c505116a (an urban management bureau's 2010 summary, wm114 copy)
_PER_LEVEL = ("截止2010年11月15日我局共承办省、市建议(含市人大代表视察工作意见)提案75件,其中承办省人大代表建议1件,"
              "省政协委员提案7件;市人大代表建议和视察工作意见22件,市政协委员提案43件。"
              "在办理的人大代表建议及视察工作意见中,主办件15件,协助其他部门办理8件。")


def test_a_kind_counted_at_one_level_but_named_at_another_is_no_whole():
    found = extract_figures(None, _PER_LEVEL)
    assert found.counts["npc_suggestions"] is None
    assert "kind_named_at_another_level:npc_suggestions" in found.warnings


def test_roles_among_one_kind_are_that_kinds_rows():
    found = extract_figures(None, _PER_LEVEL)
    assert found.counts["lead"] is None
    assert {"level": None, "kind": "npc_suggestions", "role": "lead", "value": 15,
            "evidence": "在办理的人大代表建议及视察工作意见中,主办件15件"} in found.breakdown


def test_a_kind_at_one_level_only_is_still_the_whole():
    found = extract_figures(None, "2022年,我局共承办区人大代表建议12件,其中主办8件,协办4件。")
    assert found.counts["npc_suggestions"] == 12


def test_a_governments_part_stated_after_its_count_is_its_count():
    # 701cc9b807b6 (四川省人民政府's report, yybnet copy)
    text = ("四川省人民政府关于四川省第十二届人民代表大会第五次会议代表建议、批评和意见办理情况的报告。"
            "截至8月14日,归属省政府系统组织办理的778件建议已全部办理完毕。"
            "省十二届人大五次会议期间,代表共提出建议856件,其中归属省政府系统组织办理的建议778件,占建议总数的91%。")
    found = extract_figures(None, text)
    assert found.counts["npc_suggestions"] == 778


def test_roles_after_two_kinds_side_by_side_are_the_wholes():
    # 93d4a4bf9358 (a city water bureau, traditional copy read simplified)
    found = extract_figures(None, "2023年,我局办理市十三届人大三次会议人大代表建议16件、市政协十三届二次会议政协委员提案9件,"
                                  "其中主办2件(均为提案),会办23件(16件建议、7件提案)。")
    assert (found.counts["lead"], found.counts["joint"]) == (2, 23)
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (16, 9)


def test_roles_right_after_one_kind_stay_that_kinds():
    found = extract_figures(None, "2023年,我局承办人大代表建议10件,主办8件,协办2件;政协提案5件,主办3件,协办2件。")
    assert found.counts["lead"] is None
    assert ("npc_suggestions", "lead", 8) in [(row["kind"], row["role"], row["value"]) for row in found.breakdown]


def test_undertaken_set_against_joint_is_the_lead():
    # 878cfae0c9c2 (a bureau's 2021 summary on wenke99; the copy's spaces around figures)
    found = extract_figures(None, "今年,我局共接收人大代表建议、政协委员提案 31 件(其中承办 27 件,协办 4 件),全部按时办理完毕并答复。"
                                  "其中,承办人大代表议案建议 11 件,已经解决或基本解决 11 件;"
                                  "承办政协委员提案 16 件,已经解决或基本解决 14 件。")
    assert (found.counts["total"], found.counts["lead"], found.counts["joint"]) == (31, 27, 4)
    assert found.counts["cppcc_proposals"] is None
    assert ("cppcc_proposals", "lead", 16) in [(row["kind"], row["role"], row["value"]) for row in found.breakdown]


def test_a_kinds_undertaken_count_set_against_its_joint_count_is_its_lead_part():
    # round 4's 8bb641df2522 (a city development and reform commission's account: per kind, by role only)
    found = extract_figures(None, "今年,我委共承办建议6件,协办建议24件,承办提案18件,协办提案23件,主要内容集中在县域经济发展等领域。")
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] is None  # parts are not added
    rows = [(row["kind"], row["role"], row["value"]) for row in found.breakdown]
    assert ("npc_suggestions", "lead", 6) in rows and ("cppcc_proposals", "joint", 23) in rows
    whole = extract_figures(None, "2020年,我局共承办提案59件,其中主办50件,协办9件,已全部办结。")  # the kind's whole, then its roles
    assert (whole.counts["cppcc_proposals"], whole.counts["lead"], whole.counts["joint"]) == (59, 50, 9)


def test_proposals_merged_under_another_word_are_the_kind_count_point_105():
    # round 6's 77aa12d4a160 (襄阳: 立案597件;经对内容相同的提案进行归并,编号交办560件)
    found = extract_figures(None, "共提交提案725件,经审查立案597件,立案率82.3%;经对内容相同的提案进行归并,编号交办560件,"
                                  "交由77个部门和单位承办。目前,这些提案已全部办复。")
    assert found.counts["cppcc_proposals"] == 560


def test_members_items_made_proposals_after_review_are_the_filed_count():
    # round 4's 99da5fe94829 (a county CPPCC standing committee's report: 28 received, 27 made proposals, 1 a letter)
    found = extract_figures(None, "第二次会议以来,共收到委员建议28件,其中反映城乡建设10件。经提案审查委员会审查后,列为提案的有27件"
                                  "(其中重点提案4件),作为委员来信1件。目前,提案答复工作全部进行完毕。")
    assert (found.counts["cppcc_proposals"], found.counts["total"]) == (27, None)
    not_made = extract_figures(None, "共收到委员提案30件,经审查立案27件,未列为提案3件。")
    assert not_made.counts["cppcc_proposals"] == 27


def test_a_governments_part_handed_to_it_and_its_departments():
    text = ("昨日,市政府秘书长通报了提案办理情况。市政协十一届三次会议以来,共收到提案835件,"
            "其中交由市政府及有关部门和单位办理的801件,约占95.9%。")
    found = extract_figures(None, text)
    assert found.counts["cppcc_proposals"] == 801


def test_deputies_opinions_and_suggestions_are_their_suggestions():
    # f6335fef3ac0 (a county government's account, e-paper copy)
    found = extract_figures(None, "第十五届人民代表大会第四次会议期间,县政府受理了县人大代表提出的意见建议共73件,"
                                  "从办理情况看,办复率为100%。")
    assert found.counts["npc_suggestions"] == 73
    public = extract_figures(None, "今年共收集群众意见建议73件,已全部答复。")
    assert public.counts["npc_suggestions"] is None


def test_a_total_the_issuer_led_is_also_the_lead():
    # 5e9a89587fa7 (a county-level city government's 2020 summary, template copy)
    found = extract_figures(None, "2020年,由XX人民政府主办的建议、提案共有20件,其中:人大表建议8件,政协委员提案12件;"
                                  "重点建议1件,重点提案1件。")
    assert (found.counts["total"], found.counts["lead"]) == (20, 20)
    both_roles = extract_figures(None, "2020年,我局主办、协办的建议、提案共有20件。")
    assert both_roles.counts["total"] == 20
    assert both_roles.counts["lead"] is None and both_roles.counts["joint"] is None


def test_a_role_with_of_before_joined_kinds_is_the_wholes_role():
    # 55999b44ca9c (a provincial housing department)
    found = extract_figures(None, "省人大、省政协交由省住房城乡建设厅办理的省十三届人大五次会议人大代表建议、"
                                  "省政协十二届五次会议政协提案共76件"
                                  "(建议34件、提案42件),其中,牵头主办(含独办、分办,下同)的建议、提案35件(建议24件、提案11件)。")
    assert (found.counts["total"], found.counts["lead"]) == (76, 35)


def test_the_issuers_undertaken_items_of_a_kind_are_its_count():
    # 9cdc65069978 (松原市人民政府, newspaper item)
    found = extract_figures(None, "截至2025年10月,市政府承办的80件人大代表建议和71件政协提案已全部答复完毕,代表和提案人均表示满意。")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (80, 71)
    handed_on = extract_figures(None, "代表共提出建议401件,其中由政府系统承办的365件。")
    assert handed_on.counts["npc_suggestions"] is None


def test_a_total_after_a_long_name_of_the_items():
    # a9baab79079d (a bureau's 2021 summary): 共牵头承办…2件 counts the led items only, lead but no total
    # (docs/labelling.md, point 32)
    found = extract_figures(None, "2021年,我局共牵头承办人大代表建议和政协委员提案2件,按照办理工作相关要求,已全部按时办结。")
    assert (found.counts["total"], found.counts["lead"]) == (None, 2)


def test_all_sorts_of_suggestions_are_no_subset():
    # 94ccc05208f9: 各方面建议、批评和意见 are all of them
    found = extract_figures(None, "在市四届人大五次会议期间,市人大代表共提出各方面建议、批评和意见100件。")
    assert found.counts["npc_suggestions"] == 100 and found.counts["total"] is None


def test_more_filed_than_came_in_is_no_count():
    # cebe45e60351 (a template copy whose figures contradict each other)
    found = extract_figures(None, "2022年,共征集提案1300件,经审查立案1500件,已全部办复。")
    assert found.counts["cppcc_proposals"] is None
    assert "filed_count_above_what_came_in:cppcc_proposals" in found.warnings
    handed_on_after = extract_figures(None, "市政协共立案383件,共向市政府系统提出了353件提案。")
    assert handed_on_after.counts["cppcc_proposals"] == 383



def test_unlevelled_parts_in_a_levelled_kinds_aside_are_its_rows():
    # 674bc057c282 (重庆市人民政府): the session's and the recess's suggestions inside the count
    found = extract_figures(None, "今年,市政府系统共收到市人大代表建议1267件(其中,大会建议1231件、闭会建议36件),由92个单位负责办理。")
    assert found.counts["npc_suggestions"] == 1267
    assert ("市", "npc_suggestions", None, 1231) in _rows(found)


def test_a_count_in_a_stretch_about_one_kind_is_that_kinds_not_the_total():
    # tests/real 985a50ebabd8 (黑龙江 2009, traditional repost): 合计 after 代表所提建议 counts suggestions
    found = extract_figures(None, "报告指出,省十一届人大三次会议期间代表所提建议,归属省政府办理的合计385件,较去年增加102件。")
    assert (found.counts["total"], found.counts["npc_suggestions"]) == (None, 385)
    # a stretch naming both kinds keeps its total (tests/real 66ca379d7d59)
    found = extract_figures(None, "我局共收到县政府法制办转办的人大代表建议、政协委员提案共11件。")
    assert found.counts["total"] == 11


def test_a_filed_count_stated_twice_differently_counts_nothing():
    # tests/real a918d75f1cbe (马尔康县 2014, repost): the copy contradicts itself (立案16件, 立案11件)
    found = extract_figures(None, "据统计,2014年,该县政协共收到委员提案24件,经审查立案16件,立案11件(5件未立案提案以书面形式"
                            "给委员进行了正式答复),建议案1件,经各个单位认真办理,办理答复率100%。")
    assert found.counts["cppcc_proposals"] is None and found.rates["reply_rate"] == 100
    assert "filed_count_stated_differently:cppcc_proposals" in found.warnings


def test_one_named_bodys_part_is_a_row_unless_the_title_names_that_body():
    # tests/real 5eff7b9723ec (永安市城管局 2023, notice): the title's body leads its part of the proposals
    sentence = ("据了解,永安市政协十五届二次会议期间,市政协委员就城市管理领域提出提案45件,"
                "其中由市城管局主办的提案有26件、协办19件,是永安市提案办理数量最多的部门。")
    own = extract_figures("市城管局开展政协委员提案办理面商活动", sentence)
    assert (own.counts["lead"], own.counts["joint"]) == (26, 19)
    # the same sentence in a text about the whole city: the bureau's part, no lead or joint of the whole
    other = extract_figures("永安市政协提案办理面商活动", sentence)
    assert other.counts["lead"] is None and other.counts["joint"] is None
    assert ("市", "cppcc_proposals", "undertaken", 26) in _rows(other)


def test_both_kinds_joined_before_a_count_are_the_total():
    # tests/real 6dbb070d0f0f (莒县交通局): the count follows both kinds, far from its 共
    found = extract_figures(None, "今年初,莒县“两会”召开后,莒县交通局共收到包括县乡公路改造、农村公路建设及升级列养等内容的"
                            "人大代表建议、政协委员提案15件。")
    assert (found.counts["total"], found.counts["cppcc_proposals"]) == (15, None)
    # tests/real a9baab79079d (国管局): a 共…N件 of led items only is the lead, no total (point 32)
    found = extract_figures(None, "2021年,我局共牵头承办人大代表建议和政协委员提案2件,按照办理工作相关要求,已全部按时办结。")
    assert (found.counts["total"], found.counts["lead"]) == (None, 2)


def test_counts_raised_before_the_kinds_name_are_that_kinds():
    # tests/real 6c300b4ddfba (十三届全国人大二次会议, traditional repost), ee11a945130e (拉萨市), ee1edbd17f26 (松阳)
    found = extract_figures(None, "2019年,代表在十三届全国人大二次会议期间提出的491件议案和8160件建议均办理完毕并答复代表。")
    assert (found.counts["npc_motions"], found.counts["npc_suggestions"]) == (491, 8160)
    found = extract_figures(None, "拉萨市人大常委会党组成员、秘书长侯静华表示,拉萨市十二届人大五次会议期间收到的1件议案、"
                            "134件代表意见建议已全部办理完毕并答复,代表反馈满意。")
    assert (found.counts["npc_motions"], found.counts["npc_suggestions"]) == (1, 134)
    found = extract_figures(None, "2017年9月初,县人大常委会首次就年初人代会上代表提出的220件建议,组织代表进行了测评。")
    assert found.counts["npc_suggestions"] == 220
    # tests/real 59c080f20af8 (山东省): a pool something is picked from counts nothing
    found = extract_figures(None, "我们从山东省十四届人大一次会议以来代表提出的128件议案、3085件建议中,评选出优秀议案建议80件。")
    assert found.counts["npc_motions"] is None and found.counts["npc_suggestions"] is None


def test_a_prefectures_or_an_autonomous_regions_level_is_read_as_such():
    # tests/real dc82401a9b1c (文山市 交办会): 市 and 州 items are two levels, the 州's rows at prefecture level
    found = extract_figures(None, "会上,交办了市人大代表建议215件,市政协提案129件及文山市办理的州人大代表建议8件,州政协提案48件。")
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] is None
    assert ("市", "npc_suggestions", None, 8) in _rows(found)
    # a 州 bureau's items of its own level only are its kinds'
    found = extract_figures(None, "2023年,我局承办州人大代表建议8件、州政协提案12件。")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (8, 12)
    # 自治区人大代表建议 are a province's items, not a district's: a district's own kind is no longer summed up
    found = extract_figures(None, "2023年,我局共承办区人大代表建议12件、区政协提案8件,自治区人大代表建议3件。")
    assert found.counts["npc_suggestions"] is None and ("省", "npc_suggestions", None, 3) in _rows(found)


def test_the_proposals_not_filed_are_no_filed_count():
    # tests/real 4ae9988256d0 (海口市政协), 4b915e737247 (成华区政协): 不予立案3件 / 未立案46件 beside the filed count
    found = extract_figures(None, "按照《政协海口市委员会提案工作规则》对全部提案进行认真审查后,决定立案349件,不予立案3件。")
    assert found.counts["cppcc_proposals"] == 349 and not any(w.startswith("filed_count_stated") for w in found.warnings)
    found = extract_figures(None, "共收到提案404件,区政协提案委员会依据《政协成都市成华区委员会提案工作条例》对提案进行了认真审查,"
                            "立案358件,未立案46件,立案率88.61%。")
    assert found.counts["cppcc_proposals"] == 358
    # tests/real 5db7423afbfc: 立案的17件提案 is the filed count too
    found = extract_figures(None, "截至目前,立案的17件提案中,已全部办结,办结率100%。")
    assert found.counts["cppcc_proposals"] == 17


def test_a_total_stated_as_the_number_of_all_items():
    # tests/real c6d83d8f4309 (a finance bureau's year): 办件总量322件
    found = extract_figures(None, "今年,我局办件总量322件,主合办件涉及重大改革、民生保障等领域,主要围绕政府采购、税费改革等方面工作。")
    assert found.counts["total"] == 322


def test_items_of_several_levels_named_together_are_the_total():
    # tests/real 8688c505116a (a bureau's 2010 summary): 省、市建议(含…)提案75件 counts both levels' items
    found = extract_figures(None, "截止2010年11月15日我局共承办省、市建议(含市人大代表视察工作意见)提案75件,其中承办省人大代表建议1件,"
                            "省政协委员提案7件;市人大代表建议和视察工作意见22件,市政协委员提案43件。")
    assert found.counts["total"] == 75 and found.counts["cppcc_proposals"] is None
    found = extract_figures(None, "截止2010年11月15日我局共承办省、市建议提案75件,其中承办省人大代表建议1件。")
    assert found.counts["total"] == 75 and ("市", "items", None, 75) not in _rows(found)


def test_deputies_opinions_raised_after_a_clause_about_them_are_suggestions():
    # tests/real 978ebaf4fafa (拉萨市人大): 人大代表依法履职尽责,对各方面工作提出意见建议77件
    found = extract_figures(None, "在拉萨市第十二届人民代表大会第四次会议以来,人大代表依法履职尽责,对各方面工作提出意见建议77件,"
                            "交由29家承办单位研究办理,目前已经全部办理完毕并答复代表,办复率达100%,满意率达95%。")
    assert found.counts["npc_suggestions"] == 77


def test_a_named_bodys_part_of_the_issuers_own_whole_is_the_issuers():
    # the issuer naming itself in full after 我局 (as tests/real 46aa83e2449a names 临沂市生态环境局沂南县分局)
    found = extract_figures(None, "2023年,我局共承办建议提案45件,其中,市住建局主办30件,协办15件。")
    assert (found.counts["total"], found.counts["lead"], found.counts["joint"]) == (45, 30, 15)


def test_every_one_or_the_items_just_cited_are_no_role_count():
    # tests/real 74f3738c46d9 (每一件主办件: every lead item), f5b1631e48c9 (“…的建议”2件主办件: the cited ones)
    found = extract_figures(None, "我局即按照相关工作制度第一时间制定建议提案办理承办任务分工方案,每一件主办件均由局领导亲自牵头协调办理。")
    assert found.counts["lead"] is None
    found = extract_figures(None, "经跟踪梳理,姚萍代表提出的“关于加快推进市政府实施大型居住社区房屋维修消除极大安全隐患的建议”、"
                            "俞悦代表提出的“关于居民区纳编书记享受事业待遇退休问题的建议”2件主办件,现办理结果为“解决采纳”。")
    assert found.counts["lead"] is None


def test_items_counted_as_a_share_of_a_larger_whole_are_no_total():
    # tests/real e1388adaa3de (a topic's share of the year's items)
    found = extract_figures(None, "涉及加强历史建筑保护、提高消防救援装备水平等方面,提出建议提案29件,占20.6%,反映了人民群众的期盼。")
    assert found.counts["total"] is None


def test_the_whole_a_share_is_taken_of_is_no_count_of_the_page():
    # tests/real e71355032237 (a vice-mayor's account: the CPPCC's 413 filed proposals, of which the government took 382)
    found = extract_figures(None, "姜继鼎说,市政协十三届二次会议以来,市政府及组成部门共受理政协委员提案382件,"
                                  "占市政协立案总数413件的92.5%。截至目前,所有提案全部办理并答复完毕。")
    assert found.counts["cppcc_proposals"] != 413 and found.counts["total"] is None


def test_kinds_listed_after_a_led_verb_are_lead_rows_not_kind_counts():
    # 6572d19649fd and 6e2cf8e9c950 (国务院各部门, 2018): 牵头办理 counts led items (docs/labelling.md, point 32)
    found = extract_figures(None, "2018年全年,国务院各部门牵头办理全国人大代表建议6319件,全国政协委员提案3863件,"
                                  "分别占两会建议提案总数的88.5%和87%,已全部按时办结。")
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] is None
    assert found.counts["lead"] is None and found.counts["total"] is None
    assert _rows(found) == [("全国", "npc_suggestions", "lead", 6319), ("全国", "cppcc_proposals", "lead", 3863)]


def test_主办及分办_in_one_figure_is_the_lead():
    # abe0ad8e98a1 and e1388adaa3de (应急管理部): 主办及分办 set against 协办会办 (point 33)
    found = extract_figures(None, "2018年,我部共收到“两会”建议提案121件。"
                                  "其中,人大建议65件、政协提案56件,主办及分办53件、协办及会办54件、参阅14件。")
    assert (found.counts["total"], found.counts["lead"], found.counts["joint"]) == (121, 53, 54)
    assert found.counts["assigned"] is None
    # 5a2979267afc (省民政厅): 分办 counted on its own stays assigned, not added to the lead
    alone = extract_figures(None, "2021年,省民政厅承办省政协十二届四次会议委员提案67件,分别是主办30件、会办34件,分办3件,"
                                  "其中重点提案9件。")
    assert alone.counts["lead"] == 30
    assert ("省", "cppcc_proposals", "assigned", 3) in _rows(alone)


def test_filed_worded_的有_is_the_filed_count():
    # a10d81b87521 (绩溪县, traditional copy): 共收到委员提案104件,经审查立案的有92件
    found = extract_figures(None, "该县自今年元月八届一次会议召开以来,共收到委员提案104件,经审查立案的有92件,这些提案共涉及29个承办单位。")
    assert found.counts["cppcc_proposals"] == 92


def test_a_submitted_count_listed_with_other_submissions_is_no_count_of_the_handled():
    # f8ef93a30e2a (白沙 county CPPCC session): the answer follows speeches and opinions too
    found = extract_figures(None, "政协白沙黎族自治县第十届委员会第五次会议以来,"
                                  "政协委员聚焦产业发展、乡村振兴、生态环保、教育文化卫生等方面,通过政协平台提交提案49件,委员大会发言10篇,提出解决问题协商意见建议130多条,"
                                  "都得到相关部门的重视和办理,提案办复率100%。")
    assert found.counts["cppcc_proposals"] is None and (None, "cppcc_proposals", None, 49) in _rows(found)
    # 6a9d52dea5e6 (a county CPPCC): the submitted proposals themselves all answered
    answered = extract_figures(None, "县政协二届三次会议以来,共提交提案75件,分别由40个部门、10个乡镇管委会办理完毕,提案办复率100%。")
    assert answered.counts["cppcc_proposals"] == 75


def test_a_total_naming_no_items_counts_something_else():
    # a7cdce86f6c4 (宣城市应急管理局): 对全市共192件各类应急预案的修订 counts emergency plans, not items
    found = extract_figures(None, "机构改革后,我局依法依规组织、指导开展了对全市共192件各类应急预案的修订工作,"
                                  "《宣城市人民政府突发公共事件总体应急预案》和《宣城市生产安全事故应急预案》已经政府印发。")
    assert found.counts["total"] is None
    # d1eacd4b86ec (a county transport bureau): “两案” names the items
    named = extract_figures(None, "今年县交通运输局共承办“两案”62件,其中人大代表议案1件,建议47件,政协委员提案14件。")
    assert named.counts["total"] == 62


def test_the_items_priority_ones_involve_are_a_subset():
    # 493934e37942 (财政部 2021, traditional copy): 19项重点督办建议,涉及具体建议112件 is no count of the kind
    found = extract_figures(None, "财政部部长助理欧文汉在2月23日国务院政策例行吹风会上表示,财政部2021年承办的建议提案数量继续保持高位,"
                                  "达到3622件,其中建议2501件、提案1121件,所有建议提案均按时办结。"
                                  "2021年,全国人大交由财政部配合办理19项重点督办建议,涉及具体建议112件;"
                                  "全国政协交由财政部配合办理12项重点提案,涉及具体提案19件。")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (2501, 1121)


def test_what_was_raised_beside_the_share_a_handler_took_is_no_ones_count():
    # 7485895b3956 (an unsigned county report): 69 raised, 68 handed to the government system
    found = extract_figures(None, "在召开县十二届人大四次会议期间,代表们共提出各类建议69件。"
                                  "其中交由政府系统办理的有68件,占代表建议总件数的98.6%。")
    assert found.counts["total"] is None and found.counts["npc_suggestions"] is None
    assert "total_raised_with_a_share_taken" in found.warnings
    # 45aa6d2f8187 (荆门日报's feature, no author): the session's 144 and the 138 the city government system handled
    feature = extract_figures(None, "民有所呼,我有所应!市八届人大七次会上,共收到代表建议144件。在市政府副市长领办、相关部门承办,"
                                    "市人大常委会副主任牵头对口督办下,市政府系统承办的138件代表建议办理得到了有效落实。")
    assert feature.counts["npc_suggestions"] is None
    # 9566534b2b7d (雨花街道): the delegation's 22, of which the sub-district's own lead 5 and joint 1
    street = extract_figures(None, "雨花街道代表团在区十七届人大五次会议上提出代表建议22件,涉及到该街道主办5件,协办1件。")
    assert street.counts["npc_suggestions"] is None
    assert (street.counts["lead"], street.counts["joint"]) == (5, 1)


def test_the_share_a_handler_took_is_read_in_its_other_wordings():
    # 5904b06073a1 (新华社 on 贵阳's 215 items, traditional copy): the share named before it is handed on
    before = extract_figures(None, "今年初举行的贵阳市第十一届人大四次会议期间,人大代表共提出215件建议、批评和意见。"
                                   "大会议案组根据分类,将其中的202件转交给市政府办理,由政府相关部门承办。")
    assert before.counts["npc_suggestions"] is None
    # c4c6200ceb67 (大众网 on 东营): the rest handed on after the few that went elsewhere
    rest = extract_figures(None, "市七届人大三次会议以来,市人大代表围绕东营经济社会发展共提出120件代表建议、批评和意见。"
                                 "经审查,这些建议除3件转市直党群部门办理外,其余117件全部转交政府系统办理。")
    assert rest.counts["npc_suggestions"] is None
    # 4f0b094b4810 (天水's government report): what all deputies raised is no total of the government's account
    report = extract_figures("关于天水市七届人大一次会议代表意见建议办理情况的报告",
                             "受市人民政府委托,现将市七届人大一次会议代表意见建议办理情况报告如下。"
                             "市七届人大一次会议期间,市人大代表认真履行职责,积极建言献策,共提出意见建议232件,交政府系统办理225件,占96%。")
    assert report.counts["total"] is None and "total_raised_with_a_share_taken" in report.warnings
    # a government's account counting only what its system took keeps that count (point 62)
    own = extract_figures("关于市七届人大一次会议代表建议办理情况的报告", "今年,市政府系统共承办代表建议225件,目前已全部办结。")
    assert own.counts["npc_suggestions"] == 225


def test_both_houses_items_word_in_a_clause_naming_the_cppcc_alone_counts_its_proposals():
    # 9716fdc0ae34 (宁波市科技局 at the city CPPCC's review): 政协建议提案71件 are the members' proposals, roles theirs
    bureau = extract_figures(None, "2022年,宁波市科技局共承办政协建议提案71件,其中主办件22件、协办件49件,内容涉及科技政策等领域。")
    assert (bureau.counts["cppcc_proposals"], bureau.counts["total"]) == (71, None)
    assert (bureau.counts["lead"], bureau.counts["joint"]) == (22, 49)
    # 806fd24406da (临沭县民政局): a CPPCC session's 提案建议
    county = extract_figures(None, "今年,我局承办县十届政协二次会议提案建议共有5件,其中主办2件、分办3件。")
    assert (county.counts["cppcc_proposals"], county.counts["total"], county.counts["lead"]) == (5, None, 2)
    # 97d0418b5a2c (广东省生态环境厅): both houses' offices hand on the items, listed with 、 in one clause
    both = extract_figures(None, "省人大常委会选联工委、省政协提案委交由我厅办理的建议提案160件,其中,省十四届人大一次会议代表建议66件,"
                                 "省政协十三届一次会议提案94件。")
    assert (both.counts["total"], both.counts["cppcc_proposals"]) == (160, 94)


def test_a_level_before_two_joined_kinds_names_both_at_it():
    # fa3036da56cb (云南省财政厅): 政协提案114件 at the 省 level beside national 建议和政协提案7件 (kinds per level)
    found = extract_figures(None, "自云南省十三届人大三次会议和省政协十二届三次会议以来,省财政厅共收到省人大代表建议179件、"
                                  "政协提案114件,收到省政府办公厅转来的全国人大代表建议和政协提案7件。")
    assert found.counts["cppcc_proposals"] is None and found.counts["npc_suggestions"] is None


def test_kinds_listed_after_主办_are_read_kind_by_kind():
    # d5a91297b412 (a county agriculture bureau, 2024): 共主办县人大代表建议13件、县政协委员提案9件 (labelled as the
    # kinds' figures; only 牵头办理 carries its role over the list, point 32)
    found = extract_figures(None, "县农业农村局2024年度共主办县人大代表建议13件、县政协委员提案9件。")
    assert found.counts["cppcc_proposals"] == 9
    assert ("县", "npc_suggestions", "lead", 13) in _rows(found)


def test_the_proposals_received_beside_a_filed_count_are_the_intake():
    # ae259ca86b85 (湛江 CPPCC session news): 收到的254件提案已全部办结 beside 去年212件立案提案 (Decisions: 立案)
    found = extract_figures(None, "2月8日,记者从市政协十四届二次会议上获悉,截至2022年12月,市政协十四届一次会议收到的254件提案已全部办结,"
                                  "大部分建议被党政部门采纳落实。据介绍,去年212件立案提案涉及经济建设、教科文卫体、市政建设等各个方面。")
    assert found.counts["cppcc_proposals"] is None
    assert "kind_count_received_beside_a_filed_count:cppcc_proposals" in found.warnings
    # 64c9bf1b7f77 (a county CPPCC's term): as many filed as submitted, the count stands
    term = extract_figures(None, "2月10日,从县政协九届一次会议上获悉,自县政协八届一次会议以来,由八届政协委员提交的394件提案全部办结。"
                                 "五年来,共提交提案394件,经审查立案394件,办复率100%。")
    assert term.counts["cppcc_proposals"] == 394
    # 6aa236c85db7 (济宁 CPPCC's 2019 report, 齐鲁晚报): the filed ones handled, their count unstated
    found = extract_figures(None, "2019年,市政协共收到提案676件,截至2019年11月底,立案的提案全部办复。")
    assert found.counts["cppcc_proposals"] is None
    assert ("市", "cppcc_proposals", None, 676) in _rows(found)
    # the received ones handled are the kind's (point 76)
    assert extract_figures(None, "2019年,市政协共收到提案676件,截至2019年11月底,提案全部办复。").counts["cppcc_proposals"] == 676


def test_a_filed_count_before_its_words_is_the_filed_count():
    # 4fd1fccc439c (太原市政协, traditional copy): 568件立案提案全部办复 after 共收到提案685件
    found = extract_figures(None, "太原市政协十四届一次会议以来,共收到提案685件。值得一提的是,截至2022年12月底,568件立案提案全部办复。")
    assert found.counts["cppcc_proposals"] == 568


def test_the_share_one_handler_took_of_what_was_put_forward_in_other_words():
    # 9566534b2b7d (雨花街道): 提出代表建议22件,涉及到该街道主办5件,协办1件 — the share worded with 其中 (该/由 the
    # handler) or 交由…主办: the 22 the delegation put forward are still not the sub-district's
    opening = "雨花街道代表团在区十七届人大五次会议上提出代表建议22件,"
    for share in ("其中该街道主办5件,协办1件。", "其中由街道主办5件,协办1件。", "交由街道主办的5件,协办的1件。",
                  "涉及街道办理的6件。"):
        assert extract_figures(None, opening + share).counts["npc_suggestions"] is None, share
    # 7d3443a33218 (杭州市人民政府): in a government's account the part handed to it is its count
    found = extract_figures("杭州市人民政府关于2024年市人大代表建议办理情况的报告",
                            "市十四届人大四次会议期间,代表们共提出建议401件,其中,由政府系统承办的365件。")
    assert found.counts["npc_suggestions"] == 365


def test_what_came_in_beside_a_count_kept_after_review_is_the_intake():
    # 6740590dfeea (遂昌县政协 交办会): 收到…意见建议167件,经审查立为提案的140件 — the 167 came in; the kept
    # count is worded without 立案 (a10d81b87521's 立案的有92件 worded as 经审查确定为提案的92件 likewise)
    found = extract_figures(None, "县政协九届一次会议期间共收到委员以提案形式提出的意见建议167件,经审查立为提案的140件。")
    assert found.counts["cppcc_proposals"] != 167
    found = extract_figures(None, "该县自今年元月八届一次会议召开以来,共收到委员提案104件,经审查确定为提案的92件,"
                                  "这些提案共涉及29个承办单位。")
    assert found.counts["cppcc_proposals"] is None
    assert "kind_count_received_beside_a_filed_count:cppcc_proposals" in found.warnings


def test_a_congress_kind_joined_to_a_cppcc_kind_counts_both():
    # a41c583cbe6e (长春市环境保护局 2017, labelled this session): 承办人大政协议案提案14件 is one count of both sides,
    # not 14 proposals; the kinds after 其中 are each stated
    found = extract_figures("长春市全力做好“两会”议案和提案办理工作",
                            "长春市环境保护局2017年度承办人大政协议案提案14件,其中议案7件、提案7件,按时逐一面复,办结率100%,满意度100%。")
    assert (found.counts["total"], found.counts["npc_motions"], found.counts["cppcc_proposals"]) == (14, 7, 7)


def test_a_role_stated_per_kind_in_two_sentences_is_no_ones():
    # 42643416f7ed (国家发改委 2016, labelled this session): 主办827件 for the suggestions and 主办了317件 for the
    # proposals; 主办了 is a role count too, so with each kind named as 方面 the role is stated differently and the
    # document's lead is null (as printed, 在人大建议办理工作任务中 scopes the 827 itself)
    opening = "2016年,国家发改委完成3151件建议提案的办理工作,其中人大建议2239件、人大议案61件、政协提案851件。李朴民介绍,"
    printed = extract_figures(None, opening + "在人大建议办理工作任务中,国家发改委主办827件,政协提案方面,国家发改委主办了317件。")
    assert printed.counts["lead"] is None and printed.counts["npc_suggestions"] == 2239
    found = extract_figures(None, opening + "人大建议方面,国家发改委主办827件。政协提案方面,国家发改委主办了317件。")
    assert found.counts["lead"] is None and "role_stated_differently:lead" in found.warnings


def test_roles_after_one_kind_the_counts_are_among_and_their_subject_are_that_kinds():
    # 42643416f7ed (国家发改委 2016): 在人大建议办理工作任务中,国家发改委主办827件 — the body named after the frame
    # does not lift the role out of the suggestions; with the proposals' sentence left out the 827 is still no lead
    found = extract_figures(None, "2016年,国家发改委完成3151件建议提案的办理工作,其中人大建议2239件、人大议案61件、政协提案851件。"
                                  "李朴民介绍,在人大建议办理工作任务中,国家发改委主办827件。")
    assert found.counts["lead"] is None
    assert (None, "npc_suggestions", "lead", 827) in _rows(found)


def test_opinions_of_deputies_and_members_together_are_no_kinds_count():
    # tests/real 437e7f227a0d (甘肃省高级人民法院 2024, repost; point 99): the 404 mixes both houses' items with opinions
    found = extract_figures(None, "据介绍,2024年,省法院办理答复代表、委员意见建议404件,其中:省人大交办代表建议4件、"
                                  "省政协交办委员提案6件,代表、委员在审议、讨论法院工作报告时提出的意见建议74件,"
                                  "代表、委员在日常联络期间提出的意见建议320件。")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"], found.counts["total"]) == (4, 6, None)


def test_kinds_listed_after_each_of_two_roles_are_that_roles_rows():
    # tests/real 583e3a963c7e (舟山市司法局 2023): both roles counted, each list is its role's; no kind's whole count
    found = extract_figures(None, "今年,我局主办市人大代表议案2件、建议2件,协办市人大代表议案3件、建议1件;"
                                  "主办市政协委员提案2件,协办市政协委员提案3件。")
    assert (found.counts["npc_suggestions"], found.counts["npc_motions"], found.counts["cppcc_proposals"]) == (None, None, None)
    assert {("市", "npc_suggestions", "lead", 2), ("市", "npc_suggestions", "joint", 1)} <= set(_rows(found))
    # d5a91297b412: after 主办 alone, the kinds listed are the kinds' own counts (as labelled)
    alone = extract_figures(None, "今年,我局共主办县人大代表建议13件、县政协委员提案9件,已全部办结。")
    assert alone.counts["cppcc_proposals"] == 9


def test_a_count_told_as_an_addition_is_a_part_not_the_whole():
    # tests/real d1126ae2d99d (温州市人大 2020: the session's 562 suggestions, then the recess's 2 added)
    found = extract_figures(None, "闭会期间,代表还陆续提出2件建议。")
    assert found.counts["npc_suggestions"] is None
    assert (None, "npc_suggestions", None, 2) in _rows(found)
    # tests/real 8bbc1db4388d (十三届全国人大: the session's count, and the recess's added, point 47)
    found = extract_figures(None, "此外,有关单位还办理了由全国人大常委会办公厅交办的、代表在闭会期间提出的建议一百一十六件。")
    assert found.counts["npc_suggestions"] is None
    # a role's count told as an addition stays the role's (主办…,还协办…)
    found = extract_figures(None, "2023年,我局主办5件,还协办3件。")
    assert (found.counts["lead"], found.counts["joint"]) == (5, 3)


def test_proposals_passed_on_as_suggestions_are_no_deputies_suggestions():
    # tests/real bd4eb644f647 (西江日报 on 肇庆市政协 2025): 转作建议 are proposals not filed, passed on as suggestions
    found = extract_figures(None, "市政协十二届四次会议以来,共收到提案420件,经审查后立案263件,转作建议157件。")
    assert found.counts["npc_suggestions"] is None
    found = extract_figures(None, "对不符合立案标准不予立案的11件提案转为建议处理。")
    assert found.counts["npc_suggestions"] is None


def test_汇办_is_the_joint_role():
    # tests/real 60d4b359f935 (深圳市应急管理局: 其中主办件4件、汇办件5件)
    found = extract_figures(None, "2022年,我局受理的人大代表建议共9件,其中主办件4件、汇办件5件。全部按时办结。")
    assert found.counts["joint"] == 5


def test_the_proposals_among_a_filed_count_of_several_kinds():
    # tests/real 777c17d73cae (神农架林区政协: 审查立案60件,其中政协建议案1件,提案50件,建议意见9件)
    sentence = "审查立案60件,其中政协建议案1件,提案50件,建议意见9件。"
    assert _proposals_among_the_filed(60, sentence) == 50
    assert _proposals_among_the_filed(60, "审查立案60件,其中重点提案10件。") == 60
    # a numeral no reading gives (一二十, a slip for 一百二十 or 十二) states no count of proposals: the filed count
    # stands (it raised TypeError, a failed page, until mypy found the None)
    assert _proposals_among_the_filed(60, "审查立案60件,其中政协建议案1件,提案一二十件,建议意见9件。") == 60
    counts = extract_figures(None, "共收到建议案1件,提案64件。" + sentence + "答复率为100%。").counts
    assert (counts["cppcc_proposals"], counts["cppcc_motions"]) == (50, 1)


def test_a_kinds_count_answered_to_the_end_without_all_is_that_kinds_count():
    # tests/real 5c382558fac2 (ynjc.gov.cn: a district CPPCC standing committee hears the government's 通报): 已…答复完毕
    # says all of them as 全部 does
    found = extract_figures(None, "截至目前,142件政协提案已按规定办理答复完毕,办复率为100%.提案解决率达66.90%。")
    assert found.counts["cppcc_proposals"] == 142
    # a part of the items (其中…) finished is no count of the kind
    part = extract_figures(None, "共收到提案150件,其中142件政协提案已按规定办理完毕。")
    assert part.counts["cppcc_proposals"] == 150


def test_a_space_the_copy_put_before_a_figure_does_not_hide_it():
    # tests/real 40e58eb5b2cd (闽北日报 on 南平市政协's proposal report: 经审查立案 301件)
    found = extract_figures(None, "南平市政协五届一次会议以来,委员共提交提案328件,经审查立案 301件,分别交由61个承办单位办理。"
                                  "在规定时限内,提案办复率为99.3%。")
    assert found.counts["cppcc_proposals"] == 301


def test_lead_with_another_lead_word_inside_it_and_disclosed_items_are_no_lead():
    # tests/real a852a0c1f2ec (武汉市科学技术局 2023: 主(承)办44件 against 会办163件; 公开34件主办件 discloses)
    found = extract_figures(None, "2023年我局共承担办理人大政协议提案207件,案件数量同比增长11%,其中主(承)办44件,会办163件。"
                            "截至目前,我局已完成全部建议、提案的答复工作,在局门户网站公开34件主办件的办理情况。")
    assert (found.counts["total"], found.counts["lead"], found.counts["joint"]) == (207, 44, 163)


def test_a_session_periods_count_beside_the_closing_periods_is_a_part():
    # tests/real 40007eca8415 (a city government's account: 260 in the session, 4 in the recess, 264 the year's): at first
    # sight the session's 260 was taken for the document's suggestions
    found = extract_figures(None, "市九届人大一次会议期间,市人大代表提出并交由市人民政府办理的建议、批评和意见共260件,闭会期间4件。")
    assert found.counts["npc_suggestions"] is None
    assert ("市", "npc_suggestions", None, 260) in _rows(found)
    # both periods together are the whole (dc49e59d4dab: 截至目前会议及闭会期间收到的753件建议均已办结)
    found = extract_figures(None, "截至目前会议及闭会期间收到的753件建议均已办结,绝大多数代表对建议办理表示满意。")
    assert found.counts["npc_suggestions"] == 753
    # the closing period's count after the session's is a part too (61c94f04f07d: 979 + 35, the year's 1,014 stated
    # elsewhere), and a closing period's count alone stays a report's whole (c0e6508fee20)
    found = extract_figures(None, "省政府系统共接收省政协十二届四次会议期间提案979件,接收闭会期间提案35件。")
    assert found.counts["cppcc_proposals"] is None
    assert extract_figures(None, "闭会期间收到建议10件,目前正在有序办理。").counts["npc_suggestions"] == 10


def test_the_items_leaders_lead_are_a_part_not_the_kinds_count():
    # tests/real 61c94f04f07d (a province's government: 省政府领导领衔办理省政协提案11件, the leaders' share)
    found = extract_figures(None, "省政府领导领衔办理省政协提案11件,均已办结。")
    assert found.counts["cppcc_proposals"] is None


def test_a_term_account_counts_its_own_years_said_as_their_span():
    # tests/real c43f1f237f19 (郑州 CPPCC's twelfth term, headline 5年提案涉及…): 2009年至2013年间 is the term's five
    # years, so its filed 2779 is the account's, not a span of other years whose 委员提案2645 (a part by proposer,
    # in the next sentence) stood in for it
    text = ("2009年至2013年间,十二届市政协共提交提案3305件,经审查,立案2779件,立案率84.1%。其中,委员提案2645件,占立案总数的"
            "95.2%;集体提案134件,占立案总数的4.8%。")
    assert extract_figures("5年提案涉及经济、民生、生态等热点问题", text).counts["cppcc_proposals"] == 2779
    # a span longer than a term stays several years' figures
    assert extract_figures("5年提案涉及经济", "1998年至2013年间,市政协共立案提案2779件。").counts["cppcc_proposals"] is None


def test_parts_opening_a_sentence_stay_parts_when_their_whole_is_set_aside():
    # tests/real c43f1f237f19's sentences under a headline that makes no term account: the span's 2779 is set aside as
    # several years' figures, and the next sentence's 其中,委员提案2645件 (a part of the same kind) must not stand in for it
    text = ("2009年至2013年间,十二届市政协共提交提案3305件,经审查,立案2779件,立案率84.1%。其中,委员提案2645件,占立案总数的"
            "95.2%;集体提案134件,占立案总数的4.8%。")
    figures = extract_figures("2013年提案工作", text)
    assert figures.counts["cppcc_proposals"] is None
    assert "kind_counted_in_parts:cppcc_proposals" in figures.warnings
    # a split of both kinds after a total of the two stays the kinds' counts; a filed count after 其中 is the whole's
    assert extract_figures(None, "今年共承办建议提案150件。其中,人大代表建议100件,政协委员提案50件。").counts["cppcc_proposals"] == 50
    assert extract_figures(None, "五年来共提出提案471件。其中,专门委员提案61件,委员个人和联名提案410件,经审查立案402件。"
                           ).counts["cppcc_proposals"] == 402


@pytest.mark.parametrize("sentence, expected", [
    # tests/real 6b80ca7db691 (绍兴日报) and 435e15f98967: the whole stated only as the pool of its outcomes
    ("到目前,市政协七届二次会议以来539件提案中,所提问题已解决或基本解决的有260件,占48.2%;正在解决或计划解决的249件,占46.2%。",
     {"cppcc_proposals": 539}),
    ("截至12月20日,838件代表建议中有820件已办复,另有18件仍在办理期限内,尚未办复。", {"npc_suggestions": 838}),
    # one body's share, a pool picked from: no whole (d7b971a7f43a, 9d5b5dfab125)
    ("交区政府办理的123件建议中,代表满意的113件,占91.87%。", {}),
    ("我们从代表提出的128件议案、3085件建议中,评选出优秀议案建议80件,均已办结。", {}),
])
def test_the_whole_a_text_states_only_as_the_pool_of_its_outcomes(sentence, expected):
    counts = extract_figures("建议提案办理工作综述", sentence).counts
    assert {key: value for key, value in counts.items() if value} == expected


@pytest.mark.parametrize("text", [
    # dev a0f1c9790964 (a district's report: the session's motions all passed on as suggestions by its presidium)
    "区二届人大四次会议代表10人以上联名提出议案38件。大会主席团决定,将38件议案全部转为建议,连同代表提出的建议71件,共109件,交区政府办理。",
    # dev a814143f4732 (余姚年鉴2014: the session's motions, then 均转为代表建议 in the next sentence)
    "会议收到代表10人以上联名提出的5件议案。因这些议案内容不属于市人大常委会审议决定的事项,不符合议案提出规范要求,均转为代表建议、批评和意见处理。",
])
def test_motions_passed_on_as_suggestions_are_no_motions_handled(text):
    figures = extract_figures("代表建议办理情况", text)
    assert figures.counts["npc_motions"] is None
    assert "motions_passed_on_as_suggestions" in figures.warnings


def test_motions_passed_on_in_part_keep_their_count_and_one_set_named_twice_is_one_kind():
    kept = extract_figures("代表议案建议办理情况", "大会共收到代表议案20件。其中5件列为大会议案,其余15件议案转为代表建议处理。")
    assert "motions_passed_on_as_suggestions" not in kept.warnings
    # dev 5904b06073a1 (新华社 on 贵阳: 215件议案 in the lead, 215件建議、批評和意見 in the next paragraph, one set of items)
    twice = extract_figures("贵阳:人大代表不满意 8件议案重办理", "今年以来,贵阳市有关部门办理了人大代表提出的215件议案。\n"
                            "今年初举行的贵阳市第十一届人大四次会议期间,人大代表共提出215件建议、批评和意见。")
    assert (twice.counts["npc_motions"], "motions_counted_as_the_suggestions" in twice.warnings) == (None, True)


def test_plain_items_listed_after_the_priority_ones_are_the_rest_not_the_kinds_whole():
    # tests/real 813db20bcafd (a city government's 2023 account: 215 = 6 motions + 16 priority + 193 other suggestions)
    found = extract_figures(None, "2023年,市政府系统承办市十七届人大二次会议代表议案、建议215件,其中议案6件、重点建议16件"
                            "(并案后7件)、建议193件。承办市政协十五届二次会议提案451件,其中重点提案6件。")
    assert found.counts["npc_suggestions"] is None
    assert "kind_counted_in_parts:npc_suggestions" in found.warnings
    assert (found.counts["npc_motions"], found.counts["cppcc_proposals"]) == (6, 451)
    in_words = extract_figures(None, "2023年,市政府系统承办市十七届人大二次会议代表议案、建议215件,其中议案六件、重点建议十六件"
                               "、建议193件。")
    assert in_words.counts["npc_suggestions"] is None


def test_the_cppccs_filed_count_beside_what_the_headlines_body_undertook_is_the_cppccs():
    # 619ff2fd85be (中国残联's 2023 account, a news 综述): the national CPPCC's 4791 filed, the federation's own 28
    title = "不断满足残疾人对美好生活的期待——中国残联2023年提案办理情况综述"
    text = ("全国政协十四届一次会议以来,政协委员、政协各参加单位和各专门委员会提出提案5621件,经审查立案4791件。"
            "记者日前从中国残联获悉,2023年,中国残联共承办政协第十四届全国委员会第一次会议提案28件,包括主办15件、分办1件、协办12件。")
    found = extract_figures(title, text)
    assert found.counts["cppcc_proposals"] == 28
    assert "filed_count_of_the_cppcc_beside_the_issuers_own:cppcc_proposals" in found.warnings
    # the CPPCC's own account keeps its filed count beside the share a government undertook
    own = extract_figures("市政协2023年提案工作情况", "一年来,委员共提出提案500件,经审查立案480件。市政府共承办提案450件,均已办复。")
    assert own.counts["cppcc_proposals"] == 480


def test_a_group_of_handlers_share_is_no_count_of_the_whole():
    # 5f074e1a2e9d (淮安's congress working committee): the city government's 37 units' 251 and the other 10 units' 21
    # are shares (占92.3%, 占7.7%) of the session's 272
    found = extract_figures(None, "从承办主体看,市政府共37个单位主办建议251件,占92.3%,已全部答复代表。"
                                  "市直党群及其他部门共10个单位承办建议21件,占7.7%,均已答复代表。")
    assert found.counts["npc_suggestions"] is None
    # a share said of one government's system stays its count (a government's account: point 62)
    own = extract_figures(None, "市政府系统共收到代表建议546件,占全市代表建议总量的92.8%。")
    assert own.counts["npc_suggestions"] == 546
