from normalize import normalize_page
from normalize.figures import (
    _headline_side,
    _part_of_the_issuer_sentences,
    drop_unless_the_houses_items,
    extract_figures,
    sentences,
)
from tests.normalize.conftest import real_page


def figures(text, title=None, signed=None):
    return extract_figures(title, text, signed)


def test_total_only_when_called_a_total():
    found = figures("2021年,市政府系统承办人大代表议案建议208件、政协建议案提案352件。")
    assert found.counts["total"] is None
    assert (found.counts["npc_items"], found.counts["cppcc_items"]) == (208, 352)


def test_joined_kinds_are_not_a_per_kind_count():
    found = figures("今年以来,我局共收到代表建议、政协提案28件,比去年增加6件。")
    assert found.counts["total"] == 28 and found.counts["cppcc_proposals"] is None


def test_levels_are_inherited_within_a_clause_and_not_summed():
    found = figures("共117件,其中:省人大代表建议3件、省政协提案2件;市人大议案2件(1号议案为会办)、人大代表建议38件。")
    assert found.counts_by_level == {"省": {"npc_suggestions": 3, "cppcc_proposals": 2},
                                     "市": {"npc_motions": 2, "npc_suggestions": 38}}
    assert found.counts["npc_suggestions"] is None
    assert found.evidence["counts_by_level.市.npc_suggestions"].startswith("共117件")


def test_roles_per_kind_do_not_override_overall_roles():
    found = figures("主办件18件,会办件10件。其中,人大代表建议6件,主办4件,会办2件;政协提案22件,主办14件,会办8件。")
    assert (found.counts["lead"], found.counts["joint"]) == (18, 10)


def test_roles_inside_one_kind_are_breakdown_rows_and_one_kind_is_no_total():
    # docs/labelling.md: role counts given inside one kind are breakdowns (and, the document being
    # about that kind only, its lead/joint: Decisions); a number stated for one kind is not the
    # total (it is that kind's count when the page has only that level).
    found = figures("2024年市民政局共办理市人大建议6件(主办件4件,协办件2件),主要涉及养老服务。")
    assert (found.counts["total"], found.counts["lead"], found.counts["joint"]) == (None, 4, 2)
    assert found.counts["npc_suggestions"] == 6
    assert [(row["level"], row["kind"], row["role"], row["value"]) for row in found.breakdown] == [
        ("市", "npc_suggestions", None, 6), ("市", "npc_suggestions", "lead", 4), ("市", "npc_suggestions", "joint", 2)]


def test_chinese_numerals_and_jian_ci():
    found = figures("我局共承办政协提案十三件。累计237件次答复意见被退回。")
    assert found.counts["cppcc_proposals"] == 13 and found.counts["total"] is None  # one kind is no total


def test_rates_with_shared_value_and_qualifiers():
    found = figures("实现见面率100%、办复率100%、满意率和基本满意率达100%。")
    assert found.rates["meeting_rate"] == found.rates["reply_rate"] == found.rates["satisfaction_rate"] == 100
    assert found.rate_notes == {"satisfaction_rate": "满意和基本满意"}
    found = figures("与代表面商率、办理回复率、代表满意率均为100%。办复率均为100%,满意度达90%以上。")
    assert found.rates["meeting_rate"] == 100 and found.rates["satisfaction_rate"] == 100
    found = figures("办复率均为100%,满意度达90%以上。")
    assert found.rates["satisfaction_rate"] == 90 and found.rate_notes == {"satisfaction_rate": "以上"}


def test_rates_paired_respectively():
    found = figures("办结率、满意率分别为98%、96.5%。")
    assert found.rates["completion_rate"] == 98 and found.rates["satisfaction_rate"] == 96.5


def test_shares_targets_and_previous_year_are_not_rates():
    found = figures("养老服务占总办件的83%。福彩公益金55%以上用于养老。健康管理率达67.6%。"
                    "力争满意率达到100%。去年满意率为95%。")
    assert all(value is None for value in found.rates.values())


def test_a_target_is_stated_as_one_goals_and_tasks_are_none():
    # tests/real a11c9e6c7fc3 (甘肃省政协: 围绕…各项目标任务), 885b1d048c72 (四川省政协: 目标为…100%)
    found = extract_figures(None, "紧紧围绕省委、省政府中心工作和各项目标任务,利用提案方式积极建言献策,共提出提案820件,经审查,立案799件。")
    assert found.counts["cppcc_proposals"] == 799
    found = extract_figures(None, "今年,省政协将加强提案办理协商,目标为推动集体提案办理100%面对面协商,实现提案办理协商率100%,满意率100%。")
    assert found.rates["satisfaction_rate"] is None


def test_previous_year_sentence_is_skipped():
    found = figures("2020年共收到建议提案30件。2021年共收到建议提案28件。", title="2021年建议提案办理工作总结")
    assert found.counts["total"] == 28


def test_outcomes_both_orders():
    found = figures("已经解决或采纳的8件,列入计划拟解决或拟采纳的4件;短期内不具备条件采纳落实,用作参考的1件。")
    assert found.outcomes == {"adopted": 8, "partially_adopted": None, "planned": 4, "reference": 1}
    found = figures("从主办件办理结果来看,16件为解决(或全部采纳),2件为部分采纳。")
    assert found.outcomes["adopted"] == 16 and found.outcomes["partially_adopted"] == 2


def test_handling_year_from_title_text_or_this_year_with_signature():
    assert figures("共收到提案5件。", title="2019年政协提案办理情况汇报").handling_year == 2019
    assert figures("2022年我局共收到提案5件。").handling_year == 2022
    assert figures("今年我局共收到提案5件。", signed="2023-10-01").handling_year == 2023
    assert figures("今年我局共收到提案5件。").handling_year is None


def test_sentences_split_on_full_stops_and_lines():
    assert sentences("甲。乙!\n丙") == ["甲。", "乙!", "丙"]


def test_a_stated_total_beats_the_first_kind_after_gong():
    found = figures("2024年我局共收到市人大代表建议4件、政协提案15件,共计19件。")
    assert found.counts["total"] == 19
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (4, 15)


def test_a_title_year_is_a_handling_year_only_for_suggestions_or_proposals():
    assert figures("请各单位于2024年5月3日前完成。", title="关于开展2024年度社会组织年度检查工作的通知").handling_year is None
    assert figures("近日召开会议。", title="市民政局召开2024年建议提案办理工作推进会").handling_year == 2024


def test_several_years_figures_are_skipped_but_one_sessions_are_kept():
    # tests/real 9d5de9d9bb16 (a provincial transport department, 2016)
    found = extract_figures(None, "省政协十一届会议以来,我厅先后承办提案128件,办理质量不断提高,多年来满意率始终保持100%。")
    assert found.counts["cppcc_proposals"] is None and found.rates["satisfaction_rate"] is None
    found = extract_figures(None, "十三五 期内,全省政府部门共承办市人大建议743件。")
    assert found.counts["npc_suggestions"] is None and found.counts["total"] is None
    found = extract_figures(None, "区政协三届一次会议以来,共提出提案380件,经审查立案300件,办复率100%。")
    assert found.counts["cppcc_proposals"] == 300 and found.rates["reply_rate"] == 100


def test_proposals_filed_and_handed_over_are_the_kinds_count_not_those_received():
    # tests/real 95237049e567 (政协武汉市委员会常务委员会's report on its proposals, 2019: 共提出提案856件,经审查,
    # 立案交办750件(其中政府系统687件,党群系统等63件) … 收到的提案…已全部办复)
    document = normalize_page(real_page("95237049e567"), url="https://www.whzx.gov.cn/ldjh/202301/t4427808.htm")
    assert document["counts"]["cppcc_proposals"] == 750
    assert "kind_count_received_beside_a_filed_count:cppcc_proposals" not in document["warnings"]


def test_a_sessions_intake_and_a_split_by_proposer_are_no_handling_counts():
    # tests/real 6bc4a85714b7 (湖北省人大 2013), cb2cbdb7c9cf (江西省政协 2020)
    found = extract_figures(None, "报告显示,截止1月26日11时,大会秘书处议案组收到代表10人以上联名提出的议案共81件。")
    assert found.counts["npc_motions"] is None and found.counts["total"] is None
    found = extract_figures(None, "按提案主体分,委员个人及联名提案528件,占77.1%;各民主党派和政协各专门委员会提案157件,占22.9%。")
    assert found.counts["cppcc_proposals"] is None
    # tests/real 8f5af91f9501, c0e6508fee20 (徐汇区 受理情况的报告): a sentence opening with what came in
    # during the session; what came in between sessions is not skipped
    found = extract_figures(None, "会议期间,共受理代表建议75件,有19件不属于我区职权范围。")
    assert found.counts["npc_suggestions"] is None
    found = extract_figures(None, "区十六届人大一次会议期间,共收到代表10人以上提出的议案6件,经审议,全部作为代表建议办理。")
    assert found.counts["npc_motions"] is None
    found = extract_figures(None, "闭会期间收到建议10件,目前正在有序办理。")
    assert found.counts["npc_suggestions"] == 10


def test_a_terms_own_five_years_are_its_figures():
    # c9b5512a6ed9 (十一届西藏自治区政协期间…): a term's account counts its five years
    text = ("十一届自治区政协期间共收到提案1951件。五年来,共收到提案1951件,经审查立案1862件,"
            "截止到2022年底,提案全部办复,办复率为100%,委员满意率98%以上。")
    found = figures(text, title="十一届西藏自治区政协期间共收到提案1951件")
    assert found.counts["cppcc_proposals"] == 1862
    assert (found.rates["reply_rate"], found.rates["satisfaction_rate"]) == (100, 98)


def test_a_terms_account_without_a_title_counts_its_five_years():
    # tests/real 64c9bf1b7f77 (a county CPPCC term's proposals, no headline, no handling year)
    text = ("2月10日,从县政协九届一次会议上获悉,自县政协八届一次会议以来,由八届政协委员提交的394件提案全部办结。"
            "五年来,共提交提案394件,经审查立案394件,办复率100%。")
    assert figures(text).rates["reply_rate"] == 100


def test_five_years_in_a_years_summary_are_still_skipped():
    found = figures("2022年,我局共承办建议12件。五年来,我局共承办建议58件,满意率均为100%。", title="2022年建议办理工作总结")
    assert found.counts["npc_suggestions"] == 12
    assert found.rates["satisfaction_rate"] is None


def test_another_years_aside_is_skipped():
    # de787be41647 (武汉市卫健委 2022): the previous year's figures in an aside
    text = ("今年,我委共收到人大代表建议和政协委员提案(以下简称议提案)157件,议提案主办(含承办、分办)75件,会办82件。"
            "从数量上看,2022年议提案总办件数、主办件数与2021年相比均进一步增长(2021年共147件、主办71件)。")
    found = figures(text, title="市卫健委2022年度议提案办理工作总结")
    assert (found.counts["lead"], found.counts["joint"]) == (75, 82)
    assert found.counts["total"] == 157


def test_a_date_in_the_clause_is_no_other_years_items():
    found = figures("2022年,截至2023年1月底共承办建议12件,全部办结。", title="2022年建议办理工作总结")
    assert found.counts["npc_suggestions"] == 12


def test_satisfaction_said_of_one_kinds_members_in_a_two_kind_document_is_none():
    # edb38a1af217: 代表…满意率达到100% beside both kinds (settled question 11)
    text = ("2023年,我局共承办人大代表建议8件、政协委员提案5件。代表对我单位的办理态度和办理结果都给予了充分肯定和高度评价,"
            "满意率达到100%。")
    found = figures(text)
    assert found.rates["satisfaction_rate"] is None
    assert "rate_of_one_side:satisfaction_rate:npc" in found.warnings


def test_satisfaction_of_both_sides_or_of_a_one_kind_document_is_kept():
    both = figures("2023年,我局共承办人大代表建议8件、政协委员提案5件,代表、委员满意率均为100%。")
    assert both.rates["satisfaction_rate"] == 100
    one_kind = figures("2023年,我局共承办人大代表建议8件。代表对办理结果均表示满意,满意率达到100%。")
    assert one_kind.rates["satisfaction_rate"] == 100
    kind_named = figures("2023年,我局共承办人大代表建议8件、政协委员提案5件,政协委员所提建议2件,满意率均为100%。")
    assert kind_named.rates["satisfaction_rate"] == 100


def test_a_bureaus_account_does_not_take_the_whole_areas_figures():
    text = ("2022年,全市共承办人大代表建议和政协提案1200件,满意率98.5%。"
            "我局承办建议提案25件,其中主办18件,协办7件,满意率100%。")
    found = figures(text)
    assert found.counts["total"] == 25
    assert (found.counts["lead"], found.counts["joint"]) == (18, 7)
    assert found.rates["satisfaction_rate"] == 100


def test_an_areas_own_account_keeps_its_figures():
    found = figures("2022年,市政府系统共承办人大代表建议和政协提案1200件,满意率98.5%。")
    assert found.counts["total"] == 1200 and found.rates["satisfaction_rate"] == 98.5


def test_priority_items_are_no_total():
    found = figures("2022年我局共承办重点建议提案5件,满意率100%。")
    assert found.counts["total"] is None


def test_meeting_said_of_one_kinds_members_in_a_two_kind_document_is_none():
    found = figures("2023年,我局共承办人大代表建议8件、政协委员提案5件,与代表见面率100%,办复率100%。")
    assert found.rates["meeting_rate"] is None and found.rates["reply_rate"] == 100


def test_a_meeting_rate_named_for_the_deputies_is_theirs_though_the_clause_names_both():
    # 5080f91f4df7 (蔡甸区 2025): 与代表见面率 after 回复代表委员, the headline naming 人大代表建议案 and 政协提案
    found = figures("2025年我区收到市人大政协议提案共13件。截至目前,会办件已全部按时回复主办单位,主办件已全部回复代表委员,"
                    "实现办复率100%、与代表见面率100%。", title="蔡甸区2025年市人大代表建议案、政协提案办理情况")
    assert found.rates["meeting_rate"] is None and found.rates["reply_rate"] == 100
    # 6f70b0158c49 (a repost of a bureau's decade): 与代表委员沟通率 is said of both
    both = figures("2023年共承办人大代表建议8件、政协委员提案5件,连续10年实现按时办理率、与代表委员沟通率、代表委员满意率三个100%。")
    assert both.rates["satisfaction_rate"] == 100


def test_the_kinds_stated_decide_a_two_kind_document_even_when_unsettled():
    # 6c95ac10b5ab (市中区水务局 2024): the kinds are stated twice with other figures, yet both are counted
    text = ("2024年,我局办理人大代表建议11件,政协委员提案4件。承办建议提案全部在规定时间内向提案人提供了书面意见,"
            "办结率为100%,收到代表反馈意见满意率为100%。2024年,我局共承办人大代表建议7件,政协委员提案5件,全部予以采纳。")
    found = figures(text)
    assert found.rates["satisfaction_rate"] is None and found.rates["completion_rate"] == 100


def test_figures_of_a_term_or_a_span_of_years_are_skipped():
    # in the style of the bureau summaries of tests/real (8a856093c6af …): a cumulative figure after the year's
    for span in ("本届以来,累计办理建议提案126件,满意率99%。", "近三年共办理建议提案126件,满意率99%。",
                 "累计办理建议提案126件,满意率均为99%。", "上届政协期间提案满意率为99%。"):
        found = figures("2023年,我局共承办人大代表建议20件、政协提案15件。" + span)
        assert found.counts["total"] is None and found.rates["satisfaction_rate"] is None, span
    found = figures("2023年,我局共承办人大代表建议20件,今年累计办结20件,满意率均为100%。")
    assert found.rates["satisfaction_rate"] == 100


def test_a_count_since_the_term_began_is_not_the_sessions():
    # tests/real 9499ee30dd2d (工信部: 十三届全国人大以来…共承办代表建议4895件, then the session's 1151)
    found = figures("据介绍,十三届全国人大以来,工信部共承办代表建议4895件。承办十三届全国人大五次会议代表建议1151件,"
                    "其中牵头办理317件、协办568件、参阅266件。")
    assert found.counts["npc_suggestions"] == 1151
    found = figures("十二届市政协以来,我局共承办政协提案312件。")
    assert found.counts["cppcc_proposals"] is None


def test_targets_worded_as_striving_are_no_rates():
    # tests/real aeb7bb1efce3 (a 交办会 speech): 努力做到 … 达100% is what is asked for
    found = figures("他表示,今年的建议提案办理工作,要进一步完善办理机制,提高办理质量,"
                    "努力做到与代表、委员的面商率达100%、按期办结率达100%。")
    assert found.rates["meeting_rate"] is None and found.rates["completion_rate"] is None


def test_figures_of_every_levels_congresses_or_cppccs_are_no_ones():
    found = figures("一年来,全省各级政协共收到提案12356件,立案10234件。省政协共收到提案856件,经审查立案780件,办复率100%。")
    assert found.counts["cppcc_proposals"] == 780
    # tests/real ce37d7e37925 (黄埔区政府): items that came from every level are still the district's own
    found = figures("据介绍,截至4月25日,今年黄埔区政府共收到各级人大、政协交办的建议提案285件。")
    assert found.counts["total"] == 285


def test_a_report_counting_for_several_local_bureaus_states_none_of_their_wholes():
    # the several-bodies rule of test_counts_scope (国务院部门, tests/real 8dd476e0cad5) for local bureaus
    found = figures("会上通报,2023年市住建局共承办建议提案45件,满意率100%;市交通局承办建议提案38件,满意率98%。")
    assert found.counts["total"] is None and found.rates["satisfaction_rate"] is None
    # one bureau named in full and short (tests/real 6dbb070d0f0f: 莒县交通局 … 县交通局) is one body
    found = figures("2023年,莒县交通局共收到建议提案15件。县交通局办理的15件建议提案满意率100%。")
    assert found.counts["total"] == 15
    # the title's body named in full and in short is the document's own
    found = figures("2023年,市住建局共承办建议提案45件。市住房和城乡建设局办理的45件建议提案满意率100%。",
                    title="市住房和城乡建设局2023年建议提案办理情况")
    assert found.counts["total"] == 45 and found.rates["satisfaction_rate"] == 100


def test_a_span_of_years_and_a_group_members_figures_are_skipped():
    # tests/real 8c75e432c6be (生态环境部: the term's 2018年-2022年 figures after the year's)
    found = figures("2022年,生态环境部共办理全国“两会”建议提案1294件,包括人大建议818件,政协提案476件。"
                    "2018年-2022年,我部共承办建议提案4774件,其中主办1353件,承办的建议提案总数和主办件数已连续五年增长。")
    assert (found.counts["total"], found.counts["lead"]) == (1294, None)
    # tests/real 6572d19649fd (国务院各部门 story quoting 自然资源部's own count; the group's 牵头办理 figures
    # are led items per kind, rows only: docs/labelling.md, point 32)
    found = figures("国新办新闻局副局长、新闻发言人袭艳春介绍,2018年全年,国务院各部门牵头办理全国人大代表建议6319件,"
                    "全国政协委员提案3863件,分别占两会建议提案总数的88.5%和87%,已全部按时办结。"
                    "自然资源部副部长库热西・买合苏提介绍,2018年自然资源部共承办人大代表建议、政协委员提案668件,全部按时办结。")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"], found.counts["total"]) == (None, None, None)
    assert found.counts["lead"] is None
    # tests/real bdc1397762cb (a briefing: 各部门…9000余件次; one ministry's 去年承办的1487件 and its three 100%)
    found = figures("2022年各部门负责同志主持办理建议提案9000余件次,密切与代表委员沟通。"
                    "科技部党组成员、秘书长林新介绍,科技部去年承办的1487件建议提案均实现高品质办结,"
                    "做到了办件沟通率、按时办结率、办理满意率三个100%。")
    assert (found.counts["total"], found.rates["completion_rate"], found.rates["satisfaction_rate"]) == (None, None, None)
    # tests/real 46c8c070ffc6: the title names the ministry, whose story quotes the group
    found = figures("去年国务院各部门共办理代表建议8721件、委员提案5865件。记者日前从住房和城乡建设部了解到,2022年住房和城乡建设部"
                    "共承办十三届全国人大五次会议代表建议594件,全国政协十三届五次会议提案341件。",
                    title="住建部:办理建议提案近千件 聚焦老百姓“幸福清单”")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (594, 341)
    # the same, the group's figures dated to the member's year (as 6572d19649fd dates them: 2018年全年,国务院各部门…):
    # in the member's story they are the group's, quoted, whatever their year
    found = figures("2022年国务院各部门共办理代表建议8721件、委员提案5865件。记者日前从住房和城乡建设部了解到,2022年住房和城乡建设部"
                    "共承办十三届全国人大五次会议代表建议594件,全国政协十三届五次会议提案341件。",
                    title="住建部:办理建议提案近千件 聚焦老百姓“幸福清单”")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (594, 341)
    assert "figures_of_the_group_skipped" in found.warnings
    # tests/real fbda7ff33c46: the group written without 各 (国务院部门), quoted in the ministry's story
    found = figures("国务院新闻办新闻局副局长、新闻发言人邢慧娜介绍,2022年国务院部门共办理人大代表建议8721件,政协委员提案5865件,"
                    "分别占建议、提案总数的94.8%和95%,均已按时办结。",
                    title="科技部:去年高质量办结1487件建议提案")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (None, None)
    # tests/real d95ea3a7b60d: the same group under a headline naming no body is the story's: one ministry's figures
    # are skipped, the group's stand
    found = figures("2021年国务院部门共办理两会期间代表建议8666件,委员提案5718件,分别占总数的96.4%和93.4%,已全部按时办结。"
                    "数据显示,2021年教育部共办理建议提案2506件,其中牵头办理1164件,共采纳代表委员意见270条,出台政策措施62项。",
                    title="2021年两会期间建议提案已全部按时办结")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (8666, 5718)
    assert (found.counts["total"], found.counts["lead"]) == (None, None)
    # tests/real db4bb117e4d8: no headline, an editor's note on the group (国务院部门, no 各) over one member's account
    found = figures("去年国务院部门共办理代表建议8666件、委员提案5718件,分别占建议、提案总数的96.4%和93.4%。"
                    "2021年,民航局承办两会建议提案173件,其中,人大代表建议127件,政协提案46件。")
    assert (found.counts["total"], found.counts["npc_suggestions"]) == (173, 127)
    # a title naming the group's head (a government's office) is the group's own account: its figures stand
    found = figures("2022年,省政府各部门共承办省人大代表建议800件、省政协提案600件,均已按时办结。",
                    title="省人民政府办公厅关于2022年建议提案办理工作情况的通报")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (800, 600)
    # a headline saying 已全部按时办结 names no body (全部 is no ministry): the member's figures are still skipped
    found = figures("国新办新闻局副局长、新闻发言人袭艳春介绍,2018年全年,国务院各部门牵头办理全国人大代表建议6319件,"
                    "全国政协委员提案3863件,已全部按时办结。"
                    "自然资源部副部长库热西・买合苏提介绍,2018年自然资源部共承办人大代表建议、政协委员提案668件,全部按时办结。",
                    title="2018年两会期间建议提案已全部按时办结")
    assert found.counts["total"] is None


def test_figures_of_a_named_part_of_the_issuer_are_skipped():
    # 852fd8b0b52c (兴义市财政局 2022): its 基层财政管理局's figures, and the rates said with them (point 34)
    text = ("今年以来,兴义市财政局将人大代表建议和政协委员提案办理工作作为促进工作的重要举措。"
            "2022年,兴义市财政局基层财政管理局共答复人大代表建议29件,政协委员提案7件。"
            "实现了答复率100%、满意率100%,用实际行动向社会公众交出了一份满意答卷。")
    found = figures(text)
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] is None
    assert found.rates["reply_rate"] is None and found.rates["satisfaction_rate"] is None
    assert "figures_of_a_part_of_the_issuer_skipped" in found.warnings


def test_a_part_named_by_a_one_character_unit_is_skipped_too():
    # 852fd8b0b52c (兴义市财政局 2022) with its unit named as a 股 or 科 (预算股, 国库科): the page's 股室 and 科室 are
    # no second naming of that unit, so the figures stay a part's; so with 的 between the body and its unit
    text = ("今年以来,兴义市财政局将人大代表建议和政协委员提案办理工作作为促进工作的重要举措,形成相关股室全面抓的工作格局。"
            "2022年,兴义市财政局{}共答复人大代表建议29件,政协委员提案7件。"
            "实现了答复率100%、满意率100%,用实际行动向社会公众交出了一份满意答卷。")
    for unit in ("预算股", "国库科", "的基层财政管理局"):
        found = figures(text.format(unit))
        assert found.counts["npc_suggestions"] is None and found.rates["reply_rate"] is None, unit


def test_a_ministrys_department_is_a_named_part_of_the_ministry():
    # tests/real b83f7db1cf8c (教育部 2024): its 高教司's 348 items were read as the whole, clashing with the ministry's parts
    found = figures("2024年教育部共承办两会建议提案2657件(人大建议1413件,政协提案1244件),所有建议提案均按期办结。"
                    "去年,教育部高教司承办人大建议149件、政协提案199件,总计348件,均实现高质量办结。")
    assert (found.counts["total"], found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (2657, 1413, 1244)


def test_a_units_own_account_keeps_its_figures():
    # 46aa83e2449a (临沂市生态环境局沂南县分局 2023) and cce9bdae3135 (澂江县公安局交警大队 2013): the unit's own pages
    found = figures("本年度,临沂市生态环境局沂南县分局共收到政协委员提案3件。实现办结率、答复率、满意率100%。",
                    "沂南县临沂市生态环境局沂南县分局2023年政协提案办理情况")
    assert found.counts["cppcc_proposals"] == 3 and found.rates["reply_rate"] == 100
    squad = figures("2013年,澂江县公安局交警大队接到县人大代表建议2件、县政协委员提案8件。接到建议和提案后,大队领导高度重视。")
    assert (squad.counts["npc_suggestions"], squad.counts["cppcc_proposals"]) == (2, 8)
    # b204075df438 (略阳县政协): a list of bureaus (…市场监管局等提案承办大户所承办的) names no unit of one
    visit = "对县住建局、农业局、林业局、市场监管局等提案承办大户所承办的11件提案、21件建议办理落实情况进行了视察。"
    listed = _part_of_the_issuer_sentences([visit, "县住建局、市场监管局高度重视。"], "")
    assert listed == set()


def test_a_kind_counted_against_the_headlines_kind_is_no_ones():
    # 58deb2c0c31a (罗庄区水务局): a 政协提案 headline over 我局承办的区人大代表建议共2件; the rates stay
    found = figures("今年我局承办的区人大代表建议共2件,涉及建设水域文化旅游、改善农村基础设施等建议,"
                    "体现了各位委员对我区水利工作的关注和帮助。"
                    "水务局认真落实每一件提案,所有提案均在规定时限内办理完毕,并及时向每位政协委员报告反馈,办理回复率100%,代表满意率100%。",
                    "罗庄区水务局2023年度政协提案办理总体情况")
    assert found.counts["npc_suggestions"] is None and "kind_against_the_headline:npc_suggestions" in found.warnings
    assert found.rates["reply_rate"] == 100
    same_side = figures("今年我局承办的区人大代表建议共2件。", "罗庄区水务局2023年度人大代表建议办理总体情况")
    assert same_side.counts["npc_suggestions"] == 2
    # headlines naming both sides in one word (de787be41647 议提案; 两案, 两会) or a CPPCC's 建议案 (one side)
    assert _headline_side("市卫健委2022年度议提案办理工作总结") is None
    assert _headline_side("天津市“两会”建议提案全部按期办复") is None
    assert _headline_side("关于政协第十一届石嘴山市委员会第五次会议提案办理情况的通报") == "cppcc"


def test_a_rate_named_for_one_kind_in_a_two_kind_document_is_a_parts():
    # 9853bfb3f443 (商丘市农业农村局 2019): 提案按时办复率 is the proposals' only; 见面答复率 is the 面复率
    found = figures("据统计,2019年市农业农村局共办理人大代表建议97件、政协委员提案62件,建议、提案合计159件,"
                    "其中主办109件、会办50件。提案按时办复率100%,见面答复率100%。")
    assert found.rates["reply_rate"] is None and "rate_of_one_side:reply_rate:cppcc" in found.warnings
    assert found.rates["meeting_rate"] == 100
    # 55999b44ca9c (省住房城乡建设厅): a rate named for both kinds is the document's
    both = figures("省人大、省政协交由省住房城乡建设厅办理的省十三届人大五次会议人大代表建议、省政协十二届五次会议政协提案共76件"
                   "(建议34件、提案42件)。建议、提案办结率为100%。")
    assert both.rates["completion_rate"] == 100


def test_a_bureau_named_by_the_headline_does_not_take_the_whole_areas_figures():
    # f6a00b8f9f2b's sentence (the city government system's 2023 figures) read under a bureau's headline:
    # another body's figures in the bureau's account (docs/labelling.md, Figures: "of another body")
    text = "2023年全市政府系统共接办市人大建议161件,市政协提案182件,均在规定时限内全部办理回复,满意率为100%。"
    found = figures(text, "市财政局2023年建议提案办理情况")
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] is None
    assert found.rates["satisfaction_rate"] is None
    assert figures(text).counts["npc_suggestions"] == 161  # the area's own account keeps them


def test_a_bureau_counting_after_an_area_wide_phrase_keeps_its_figures():
    # 586b880d7d58 (永州市财政局): 今年全市“两会”后,市财政局共承办… is the bureau's count
    found = figures("今年全市“两会”后,市财政局共承办市人大代表建议18件、市政协委员提案10件,"
                    "内容涉及财政体制、三农发展、文化教育、医疗保障、生态环境保护等各个方面。", "永州市财政局2023年建议提案办理情况")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (18, 10)


def test_roles_above_the_total_contradict_it_and_neither_is_kept():
    # abe0ad8e98a1 (应急管理部 2018) as printed keeps its figures; a copy whose 主办 figure exceeds the
    # total it is part of (the kind of slip of 共征集提案1300件,经审查立案1500件) keeps neither
    printed = "2018年,我部共收到“两会”建议提案121件。其中,人大建议65件、政协提案56件,主办及分办53件、协办及会办54件、参阅14件。"
    assert (figures(printed).counts["total"], figures(printed).counts["lead"]) == (121, 53)
    slipped = figures(printed.replace("主办及分办53件", "主办及分办153件"))
    assert slipped.counts["total"] is None and slipped.counts["lead"] is None and slipped.counts["joint"] == 54
    assert "part_above_the_whole:lead:153>121" in slipped.warnings


def test_figures_of_a_part_of_the_year_are_skipped():
    # f4d65aa13be1 (涪陵区生态环境局, a mid-year 座谈会, traditional copy): the first half-year's items
    found = figures("今年上半年,涪陵区生态环境局共接到人大代表建议10件。", "扎实办理建议提案 打好污染防治攻坚战")
    assert found.counts["npc_suggestions"] is None
    # 5a2979267afc's year account with 上半年已全部办结 inserted: a half-year named later leaves the year's figures
    year = figures("2021年,省民政厅承办省政协十二届四次会议委员提案67件,上半年已全部办结,提案办理沟通率、办结率、满意率均达到100%。")
    assert year.counts["cppcc_proposals"] == 67 and year.rates["satisfaction_rate"] == 100


def test_a_clause_counting_a_part_of_the_year_holds_for_the_counts_after_it():
    # 9853bfb3f443 (商丘市农业农村局 2019) with its year worded as 上半年: the combined 159 after the first clause
    # goes on counting the half-year's items (the 2019 sentence as printed keeps them all)
    printed = ("据统计,2019年市农业农村局共办理人大代表建议97件、政协委员提案62件,建议、提案合计159件,"
               "其中主办109件、会办50件,涉及农村人居环境整治等方面的内容。")
    assert figures(printed).counts["total"] == 159
    half = figures(printed.replace("2019年", "上半年"))
    assert half.counts["total"] is None and half.counts["lead"] is None


def test_rates_under_a_one_kind_heading_of_a_two_kind_document_are_that_kinds():
    # 71a40182b530 (来凤县 2017, an account of suggestions and proposals): the rates under
    # 一、代表建议办理情况 are the suggestions' (docs/labelling.md, point 11); its counts stay the suggestions'
    section = ("一、代表建议办理情况\n(一)代表建议基本情况\n在县第十七届人大一次会议期间,与会代表提出建议共100件。\n"
               "(二)代表建议办理情况\n通过各承办单位的认真办理,100件建议于731日前按程序全部办理答复完毕,办复率100%,"
               "并书面函复了代表本人,见面率100%。")
    title = "2017年县十七届人大一次会议期间人大代表建议和县政协九届一次会议期间委员提案办理情况"
    found = figures(section, title)
    assert found.rates["reply_rate"] is None and found.rates["meeting_rate"] is None
    assert "rate_under_one_kind_heading:reply_rate:npc" in found.warnings
    assert found.counts["npc_suggestions"] == 100
    # a document about one kind (its headline names the suggestions only) keeps them
    assert figures(section, "2017年县十七届人大一次会议期间人大代表建议办理情况").rates["reply_rate"] == 100
    # a heading naming both kinds is the whole's
    both = figures(section.replace("一、代表建议办理情况", "一、建议提案办理情况").replace("(一)代表建议基本情况", "")
                   .replace("(二)代表建议办理情况", "(二)办理情况"), title)
    assert both.rates["reply_rate"] == 100


def test_a_page_naming_no_deputies_members_or_their_items_has_no_figures():
    # 7bd5eb1cc72f (黑龙江省信访局 yearbook entry, labelled this session): 人民建议24件 are citizens' suggestions and
    # 办结率98% a hotline's; the page never names a congress, a CPPCC, deputies, members or proposals
    text = ("省政府信访电话加大交办、督办力度,推动解决了大量涉及民生问题,全年交办2247件,办结率98%。"
            "加强人民建议征集工作,整理报送省领导人民建议24件,一批优秀建议被相关部门采纳落实。")
    found = figures(text)
    assert found.counts["npc_suggestions"] == 24  # an excerpt is read as it stands
    drop_unless_the_houses_items(None, text, found)
    assert found.counts["npc_suggestions"] is None and found.rates["completion_rate"] is None
    assert "figures_of_no_deputies_or_members_items" in found.warnings
    # the same figures where the page names whose items they are stay (建议 then is the deputies')
    named = "县人大常委会交办代表建议24件,全年办结率98%。"
    kept = figures(named)
    drop_unless_the_houses_items(None, named, kept)
    assert kept.rates["completion_rate"] == 98


def test_a_sentence_whose_first_count_is_of_a_part_goes_on_counting_that_part():
    # 91d30cb4ce29 (泽州县人民政府 2021): 政府系统办理的重点建议共10件,其中已经解决或基本解决的7件 — the outcomes are
    # the priority items', not the year's
    priority = figures("2021年政府系统办理的重点建议共10件,其中已经解决或基本解决的7件,正在逐步解决的3件。")
    assert priority.outcomes["adopted"] is None and priority.counts["npc_suggestions"] is None
    # 9853bfb3f443 (商丘市农业农村局 2019) with its first count worded for a part (首批, 部分, 重点, 领办, 配合办理):
    # the kinds, the combined count and the roles after it in the sentence are that part's
    printed = ("据统计,2019年市农业农村局共办理人大代表建议97件、政协委员提案62件,建议、提案合计159件,"
               "其中主办109件、会办50件,涉及农村人居环境整治等方面的内容。")
    for part in ("首批办理", "共办理部分", "共办理重点", "领办", "共配合办理"):
        found = figures(printed.replace("共办理", part))
        assert found.counts["total"] is None and found.counts["cppcc_proposals"] is None, part
    # an outcome graded 部分采纳 names no part of the items (tests/real e740f9c93dd0)
    graded = figures("所提建议被采纳和部分采纳或列入计划采纳的为718件,占97.7%。")
    assert graded.outcomes["planned"] == 718


def test_a_total_of_one_levels_items_beside_another_levels_is_a_row():
    # tests/real b7efd51d18fd (云南省乡村振兴局 2022): 2 national proposals, then the provincial houses' 35 items;
    # the document covers both levels and states no figure for all of them (total null, docs/labelling.md Figures)
    found = figures("2022年,全国政协十三届五次会议结束后,省政府办公厅交办省乡村振兴局全国政协提案2件;"
                    "省十三届人大五次会议和省政协十二届五次会议结束后,交办省乡村振兴局建议和提案35件,其中:建议19件、提案16件。")
    assert found.counts["total"] is None and "total_of_one_level:省" in found.warnings
    assert {"level": "省", "kind": None, "role": None, "value": 35} in [
        {key: row[key] for key in ("level", "kind", "role", "value")} for row in found.breakdown]
    # with no other level counted the provincial houses' items are all the document covers
    found = figures("省十三届人大五次会议和省政协十二届五次会议结束后,交办省乡村振兴局建议和提案35件,其中:建议19件、提案16件。")
    assert found.counts["total"] == 35


def test_a_page_mostly_about_something_else_has_no_figures_of_the_items():
    # tests/real c8d5cdaa19f7 (河北省工业和信息化厅 2022 disclosure report: one sentence of 30 counts the answers
    # published, point 89) and dcdc37f309f8 (深圳商报: a session opening, the past year's proposals in one
    # sentence beside the CPPCC's general work, point 54)
    from normalize.figures import MOSTLY_ABOUT_SOMETHING_ELSE, share_about_the_items

    def about_something_else(text):
        return share_about_the_items(text) < MOSTLY_ABOUT_SOMETHING_ELSE

    disclosure = ("按照“公开为原则,不公开为例外”要求,主动公开各类政府信息。"
                  "2022年厅门户网站发布工作动态、通知公告、规范性文件、政策解读等各类信息3301篇,公开省人大代表建议政协提案复文共35件。"
                  "“河北工信”微信公众号坚持每日推送更新,全年发布信息1566篇。"
                  "严格执行《河北省政府信息公开申请办理规范》,不断完善信息公开申请接收、登记、审核、办理、答复、归档的工作制度,"
                  "开设了网络、信函、当面申请等渠道,严格遵守依申请公开答复期限,依法保障公众合理的信息公开需求。"
                  "全年共收到信息公开申请14件,当年办结14件。"
                  "在厅办公系统发文程序设置“主动公开方式”选项,将公文公开和审查嵌入发文流程,推动提高工作人员主动公开意识。"
                  "健全厅门户网站、政务新媒体管理制度,严格信息发布内容审核,实行日常审读检查机制,切实加强厅门户网站和政务新媒体运行管理。")
    assert about_something_else(disclosure)
    session = ("昨天上午,政协南山区第三届委员会第四次会议在南山会堂开幕。据会议透露的消息,去年区政协收到提案138件,立案128件,"
               "目前,所有提案全部办理完毕,委员的满意和基本满意率达到100%。\n市政协副主席廖军文应邀出席了会议。"
               "南山区委书记叶民辉、区长刘庆生等四套班子领导参加了会议。\n去年,南山区政协大力支持区委区政府重点工作,取得显著成效。"
               "主要包括:直接参与安全隐患排查整治行动。政协班子亲临一线,深入街道、社区,现场督促解决有关问题。"
               "企业界委员高度重视自身企业安全生产,刘少川、程宗玉常委和宋琦委员联名向驻区企业发出《坚决履行安全责任、"
               "彻底消灭安全隐患》的倡议书;全力支持抗震救灾工作。王建彬、高峰、许锦光、王斌、邹胜龙、穆乐天等委员组织所在企业"
               "捐赠数额均在30万元以上;认真做好大冲旧改和南科大拆迁工作。")
    assert about_something_else(session)
    # tests/real 9b241ea39d8b (六安市人民政府: an account that goes on to the key suggestions' subjects, kept)
    account = ("2025年,市人大常委会向市政府交办市六届人大四次会议代表建议171件【其中重点建议4件(由7件建议并案)】,"
               "经市政府办公室认真梳理,分别交由8个县区政府(管委)和58个单位承办。"
               "目前所有建议均按规定要求完成答复工作,办复率和满意率均为100%。现将办理情况报告如下,请予审议。\n"
               "一、重点建议办理情况\n(一)关于加快推进我市医养结合工作的建议办理情况。\n"
               "市政府深入贯彻落实党中央、国务院和省委、省政府医养结合工作部署要求,坚持以制度为保障、以规划为引领、"
               "以措施为抓手,有力推动医养结合工作健康发展。\n一是完善医养服务政策。")
    assert not about_something_else(account)


def test_a_history_counting_items_term_by_term_has_no_whole():
    # tests/real d8a20e1f1b2e (九江市志 on the city CPPCC's proposals, term by term: point 8, no figure for the whole)
    found = extract_figures(None, "一、委员提案第九届市政协共征集提案1594件(1991-1993年期间征集提案699件),其中集体提案39件;"
                            "提交提案的委员369人。\n1994-1998年,第十届市政协共征集提案1198件,其中党派团体提案54件。")
    assert found.counts["cppcc_proposals"] is None
    assert any(warning.startswith("figures_of_several_terms") for warning in found.warnings)
    # tests/real c75139d793c8 (a session, 十六届人大四次会议, is no term: its count stands)
    found = extract_figures(None, "12月27日,记者从市十六届人大常委会第二十八次会议上获悉,市十六届人大四次会议以来,"
                            "市人大代表对西安市各方面工作共提出建议516件,目前已全部办理完毕。")
    assert found.counts["npc_suggestions"] == 516


def test_a_group_member_given_as_an_example_counts_for_itself_not_the_document():
    # tests/real ece28e3e4959 (a readers' column: 国务院各部门共承办…8783件…; 拿民政部来说,2024年共承办…313件: the ministry's)
    found = figures("2月28日,国务院新闻办公室例行吹风会介绍,去年国务院各部门共承办两会全国人大代表建议8783件、政协提案4813件,"
                    "分别占建议、提案总数的95.1%、96.1%,均已按时办结;\n"
                    "举个例子。吹风会上介绍了不少部门办理建议提案的情况,拿民政部来说,2024年共承办全国人大代表建议313件、"
                    "全国政协委员提案174件,主要涉及老龄养老")
    assert (found.counts["npc_suggestions"], found.counts["cppcc_proposals"]) == (None, None)
    assert "figures_of_a_group_member_skipped" in found.warnings


def test_a_total_adding_motions_passed_on_to_the_suggestions_counts_one_kind():
    # tests/real a0f1c9790964, a814143f4732 (议案全部转为建议,连同其它建议…共109件: all suggestions, no combined count)
    found = figures("区十七届人大三次会议期间,代表提出议案38件。大会主席团决定,将38件议案全部转为建议,"
                    "连同代表提出的其它建议、批评及意见71件,共109件。目前,109件建议已全部办理完毕。")
    assert found.counts["total"] is None
    assert "total_null:motions_passed_on_as_suggestions" in found.warnings
    # a total of suggestions and proposals is still a total
    found = figures("今年共承办人大代表建议和政协提案共52件,其中建议30件、提案22件,已全部办结。")
    assert found.counts["total"] == 52



def test_a_sentence_longer_than_any_statement_is_not_read_for_figures():
    # bench/fuzz_normalize.py: a broken page repeating a block a thousand times made one sentence of a hundred thousand
    # characters, each count read against all before it for minutes; no labelled page has a sentence over 2,000
    # characters. tests/real 4135e84b55c7 (traditional) with its count sentence's clauses run on 600 times at its end
    page = real_page("4135e84b55c7")
    assert normalize_page(page.encode())["counts"]["total"] == 1561
    run = "2019年國家衛生健康委承辦建議提案2000件," + "其中主辦件近60%," * 600 + "全部按時辦結。"
    document = normalize_page(f"{page}\n{run}".encode())
    assert document["counts"]["total"] == 1561
    assert "figures_not_read:sentence_too_long" in document["warnings"]
