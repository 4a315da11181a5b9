"""Rates with their names and qualifiers (normalize/rates.py); targets and composed rates are no rates."""

from normalize.figures import extract_figures
from normalize.rates import kinds_naming, rate_statements


def test_three_hundreds_after_a_list_of_rate_names():
    # tests/real c41a4cd7dfbf (教育部 2024)
    found = extract_figures(None, "并且继续实现了办结率、沟通率以及沟通满意率三个100%。")
    assert found.rates["completion_rate"] == found.rates["contact_rate"] == found.rates["satisfaction_rate"] == 100


def test_shared_value_without_a_verb_and_written_in_words():
    found = extract_figures(None, "实现见面率、办复率100%。无论是牵头办理的还是参与的提案建议,办结率均达到百分之百。")
    assert found.rates["meeting_rate"] == found.rates["reply_rate"] == found.rates["completion_rate"] == 100


def test_visit_rate_is_not_a_meeting_rate():
    found = extract_figures(None, "办复率、走访率、满意率均达到100%。")
    assert found.rates["visit_rate"] == 100 and found.rates["meeting_rate"] is None


def test_qualifiers_are_kept():
    found = extract_figures(None, "代表对办理结果满意和基本满意率达100%,满意度达90%以上。")
    assert found.rates["satisfaction_rate"] == 100 and found.rate_notes["satisfaction_rate"] == "满意和基本满意"


def test_targets_are_not_rates():
    found = extract_figures(None, "确保见面率、办复率达到100%。力争满意率达到95%以上。")
    assert all(value is None for value in found.rates.values())


def test_composed_satisfaction_is_flagged_not_a_rate():
    found = extract_figures(None, "代表委员对办理结果非常满意47.2%、满意35.4%、基本满意17.4%。")
    assert found.rates["satisfaction_rate"] is None and "composed_rate" in found.flags


def test_grades_counted_in_items_or_split_rates_are_composed():
    # tests/real 55999b44ca9c (云南省住建厅 2022) and 75c10dd444fe (a city's 2023 summary, repost)
    found = extract_figures(None, "从主办建议、提案的办理满意度来看,非常满意25件,满意10件,满意率为100%。")
    assert found.rates["satisfaction_rate"] is None and "composed_rate" in found.flags
    found = extract_figures(None, "建议回复率100%,初次办理满意率达到92.47%,基本满意率7.53%。")
    assert found.rates["satisfaction_rate"] is None and found.rates["reply_rate"] == 100
    # dev e223271c3ebe (兴化市 CPPCC's report: 满意的315件,占97.5%;基本满意的8件,占2.5%), its grades counted in words too
    for counted in ("满意的315件,占97.5%;基本满意的8件,占2.5%。", "满意的三百一十五件,占97.5%;基本满意的八件,占2.5%。"):
        assert extract_figures(None, "委员对办理结果" + counted).rates["satisfaction_rate"] is None


def test_rate_names_with_modifiers_quoted_hundreds_and_subsets():
    # tests/real 8d538e5ea711 (“三个百分百”), afa8b72ecbf6 (沟通见面率、代表委员满意率), b483868fb36b (主办件沟通率)
    found = extract_figures(None, "截至目前已全部办理完成,实现了办复率、走访率、满意率“三个百分百”。")
    assert (found.rates["reply_rate"], found.rates["visit_rate"], found.rates["satisfaction_rate"]) == (100, 100, 100)
    found = extract_figures(None, "领导批示率、沟通见面率、代表委员满意率均达到100%。")
    assert (found.rates["meeting_rate"], found.rates["satisfaction_rate"]) == (100, 100)
    found = extract_figures(None, "实现主办件见面率、按期办结率、代表委员满意率三个百分之百。")
    assert found.rates["meeting_rate"] is None and found.rates["completion_rate"] == 100
    found = extract_figures(None, "代表要求的面复率为100%。")
    assert found.rates["meeting_rate"] is None


def test_a_stated_combined_rate_beside_grade_counts_is_kept():
    # tests/real f5061300d250 (秦淮区政协 2022)
    found = extract_figures(None, "委员对提案办理结果表示满意的297件,基本满意3件,满意和基本满意率100%。")
    assert found.rates["satisfaction_rate"] == 100
    assert found.rate_notes["satisfaction_rate"] == "满意和基本满意"


def test_the_rest_of_a_sentence_about_lead_items_or_some_units_states_their_rates_only():
    # tests/real 7bff2f643b10 (其中23个主办件…办复率达100%) and 880a5943db41 (23家实现了见面率100%)
    from normalize.figures import extract_figures

    found = extract_figures(None, "9月底前已全部办结,其中23个主办件共电话沟通69次、面商24次,办复率达100%,面商率达100%。")
    assert found.rates["reply_rate"] is None and found.rates["meeting_rate"] is None
    found = extract_figures(None, "截至5月10日,36家主办单位中,23家实现了见面率100%的工作目标。")
    assert found.rates["meeting_rate"] is None
    found = extract_figures(None, "共承办建议20件,其中主办件12件,协办件8件,办复率、满意率均为100%。")
    assert found.rates["reply_rate"] == 100


def test_striving_for_support_is_no_target_of_the_rates_stated_after_it():
    # tests/real cae1a6a28ca5 (…争取支持理解等工作,…,办结率、满意率均达到100%), 443135517147 (“3个100%”)
    found = extract_figures(None, "认真开展多轮面商、争取支持理解等工作,截至9月底,27件建议提案已全部办理完毕,办结率、满意率均达到100%。")
    assert found.rates["completion_rate"] == 100 and found.rates["satisfaction_rate"] == 100
    assert extract_figures(None, "确保见面率、办复率、满意率达到100%。").rates["meeting_rate"] is None
    found = extract_figures(None, "做到了实现办结率、与代表委员沟通率、代表委员满意率“3个100%”。")
    assert found.rates["completion_rate"] == 100 and found.rates["satisfaction_rate"] == 100


def test_a_share_of_satisfied_deputies_without_the_word_rate():
    # tests/real 56465fa1c125 (…满意或基本满意的277件,占98.93%); the first sentence is written in the same style
    found = extract_figures(None, "全部提案均已按期办复,从委员反馈看,委员满意或基本满意达99%以上。")
    assert (found.rates["satisfaction_rate"], found.rate_notes["satisfaction_rate"]) == (99, "满意或基本满意;以上")
    found = extract_figures(None, "代表对于办理结果,表示满意或基本满意的277件,占98.93%。")
    assert found.rates["satisfaction_rate"] == 98.93
    found = extract_figures(None, "代表对办理结果非常满意的占47.2%、满意的占35.4%。")
    assert found.rates["satisfaction_rate"] is None and "composed_rate" in found.flags
    assert extract_figures(None, "力争代表满意达100%。").rates["satisfaction_rate"] is None


def test_a_rate_stated_once_per_kind_with_different_values_is_no_rate_of_the_whole():
    # tests/real 8596c5de81fa (铜陵市政府系统 2022, traditional repost): "历年来最高" compares, it is no
    # figure of several years
    found = extract_figures(None, "2022年,市政府系统共承办市人大代表建议734件,满意率为96.82%,为历年来最高;"
                            "共承办市政协提案266件,满意率达到99.6%,为历年来最高。")
    assert found.rates["satisfaction_rate"] is None
    assert "rate_stated_per_part:satisfaction_rate" in found.warnings
    assert found.counts["cppcc_proposals"] == 266
    found = extract_figures(None, "共承办建议12件,满意率100%;共承办提案8件,满意率100%。")
    assert found.rates["satisfaction_rate"] == 100


def test_one_handling_bodys_example_in_a_sessions_account_is_not_the_documents():
    # tests/real ac78ae12584c (河南省政协, 中新网), 9cf39959a187 (江苏省政协, 现代快报)
    found = extract_figures(None, "河南省政协十三届三次会议以来,经审查立案提案1228件,已全部办复。\n"
                            "以河南省交通运输厅为例。该厅2025年共承办政协提案78件,确保每件提案办理有抓手。"
                            "所有提案全部办结,与政协委员沟通协商覆盖率,满意率均达100%。")
    assert found.counts["cppcc_proposals"] == 1228 and found.rates["satisfaction_rate"] is None
    assert "figures_of_one_handling_body_skipped" in found.warnings
    found = extract_figures(None, "全年共提交提案1194件,经审查立案1056件,均已按时办结。\n"
                            "现代快报记者了解到,2024年,省委金融办负责承办政协提案64件,其中主办10件、协办54件,"
                            "办结率、沟通率、满意率均为100%。")
    assert (found.counts["lead"], found.counts["joint"], found.rates["completion_rate"]) == (None, None, None)
    # a bureau's own summary (no filed count) keeps its figures
    found = extract_figures(None, "2024年,市交通运输局共承办政协提案64件,其中主办10件、协办54件,满意率均为100%。")
    assert found.counts["cppcc_proposals"] == 64 and found.rates["satisfaction_rate"] == 100


def test_a_bound_worded_over_is_the_qualifier():
    # settled question 6: 超过 as a bound, after the wording
    found = extract_figures(None, "2022年我局共承办建议提案25件,委员满意或基本满意率超过90%。")
    assert found.rates["satisfaction_rate"] == 90
    assert found.rate_notes["satisfaction_rate"] == "满意或基本满意;超过"


def test_a_last_rate_name_without_its_rate_word_shares_the_value():
    # bcb3d5ec2601 (崂山区财政局): 面复率和满意均达到了100%
    found = extract_figures(None, "通过深入细致地调查研究和协调沟通,做到了按时办结、面复率和满意均达到了100%。")
    assert (found.rates["meeting_rate"], found.rates["satisfaction_rate"]) == (100, 100)


def test_the_share_answered_is_the_reply_rate():
    # 75028aea8019 (全国政协, crntt copy): 99.2%已经办复
    found = extract_figures(None, "经审查,立案4567件,交165家承办单位办理。截至2019年2月20日,99.2%已经办复。")
    assert found.rates["reply_rate"] == 99.2
    named = extract_figures(None, "提案全部办结,办复率为100%,其中95%已经办复。")
    assert named.rates["reply_rate"] == 100


def test_a_share_satisfied_worded_with_a_comma():
    # d3b5d4112f43 (厦门市政协, traditional copy read simplified)
    found = extract_figures(None, "委员们对提案办理情况总体上反映比较好,表示满意、基本满意达91%,表示理解的为7.2%。")
    assert found.rates["satisfaction_rate"] == 91
    assert found.rate_notes["satisfaction_rate"] == "满意、基本满意"


def test_a_required_rate_is_no_result():
    found = extract_figures(None, "市政府要求各承办单位办复率、满意率均达到100%。")
    assert found.rates["reply_rate"] is None and found.rates["satisfaction_rate"] is None
    done = extract_figures(None, "我局按照市政府要求认真办理,办复率、满意率均达到100%。")
    assert done.rates["reply_rate"] == 100
    as_required = extract_figures(None, "我局按要求办复率、满意率均达到100%。")
    assert as_required.rates["satisfaction_rate"] == 100


def test_a_sentence_opening_with_the_lead_items_states_their_rate():
    # the kind of 2014年永川区新城建管委政协提案办理工作总结: 满意率 said of the 主办件 only
    found = extract_figures(None, "我委共收到区政协十四届三次会议提案26件,其中主办件9件,协办件17件。"
                                  "主办件已全部在规定时间内办结,满意率为100%。")
    assert found.rates["satisfaction_rate"] is None
    whole = extract_figures(None, "提案26件已全部在规定时间内办结,满意率为100%。")
    assert whole.rates["satisfaction_rate"] == 100


def test_plans_are_no_results():
    found = extract_figures(None, "下一步,我局将继续加强沟通,实现见面率、满意率100%。今后我局将努力保持办复率100%。")
    assert found.rates["meeting_rate"] is None and found.rates["reply_rate"] is None
    kept = extract_figures(None, "2022年,我局继续保持办复率100%。")
    assert kept.rates["reply_rate"] == 100


def test_one_handling_bodys_share_states_its_own_rate():
    # written in the style of a CPPCC's account: no dev page has this shape (the sentence used before
    # came from a holdout page, which tests must not quote)
    found = extract_figures(None, "自治区政协十二届三次会议以来,共提出提案356件,立案318件。其中,吴忠市政府承办41件,满意率达到97%。")
    assert found.rates["satisfaction_rate"] is None
    assert found.counts["cppcc_proposals"] == 318


def test_a_satisfaction_rate_printed_as_satisfaction_degree_rate():
    found = extract_figures(None, "今年区人大代表提出建议92件,已全部办理完毕,代表满意度率93%。")
    assert found.rates["satisfaction_rate"] == 93


def test_rates_named_without_their_word_before_as_many_hundreds():
    # a694f9a7bc25 (南阳市生态环境局 2021)
    found = extract_figures(None, "至目前,已全部办理完毕,实现了与代表、委员沟通见面、办理答复两个百分之百,代表委员对办理情况满意率100%。")
    assert (found.rates["meeting_rate"], found.rates["reply_rate"], found.rates["satisfaction_rate"]) == (100, 100, 100)
    too_few = extract_figures(None, "实现了沟通见面三个百分之百。")
    assert too_few.rates["meeting_rate"] is None


def test_satisfaction_wording_with_a_comma_or_just_before_the_rate():
    # 5f5e36e6a0fd: 满意、基本满意率100%; fefbb4cd091b: 993件评价为满意或基本满意、满意率99.9%
    found = extract_figures(None, "至8月中旬,建议、提案全部办结,见面率100%,满意、基本满意率100%。")
    assert (found.rates["satisfaction_rate"], found.rate_notes["satisfaction_rate"]) == (100, "满意、基本满意")
    found = extract_figures(None, "其中,993件评价为满意或基本满意、满意率99.9%。")
    assert (found.rates["satisfaction_rate"], found.rate_notes["satisfaction_rate"]) == (99.9, "满意或基本满意")


def test_rates_named_as_a_goal_are_none_unless_the_sentence_says_they_were_reached():
    # tests/real 432ab3cdd27d (赤峰市生态环境局, notice): the run of rates ends in 的目标要求
    from normalize.rates import _RATE, _goal_runs
    sentence = "规定办理期限,力争达成面商率、答复率、满意率“三个百分百”的目标要求。"
    assert _goal_runs(sentence, list(_RATE.finditer(sentence))) == {0}
    sentence = "我局提出了办结率100%、满意率95%以上的工作要求。"  # a run of several rates, all of it the goal
    assert _goal_runs(sentence, list(_RATE.finditer(sentence))) == {0, 1}
    # tests/real d1eacd4b86ec (县交通运输局): 实现了 … 的目标 says the goal was reached
    found = extract_figures(None, "实现了件件有答复,事事有回音,答复率100%、见面率100%、满意率100%的目标。")
    assert (found.rates["reply_rate"], found.rates["meeting_rate"], found.rates["satisfaction_rate"]) == (100, 100, 100)
    found = extract_figures(None, "会议明确了见面率、办复率、满意率均达到100%的工作目标。")
    assert all(value is None for value in found.rates.values())


def test_one_named_bodys_share_keeps_its_rate_when_kinds_are_named_before_its_count():
    # the share pattern of test_one_handling_bodys_share_states_its_own_rate, with the kinds named
    found = extract_figures(None, "2022年,市政府系统共承办建议提案880件。其中,市住建局承办建议32件、提案28件,满意率100%。")
    assert found.rates["satisfaction_rate"] is None and found.counts["total"] == 880
    assert found.counts["npc_suggestions"] is None and found.counts["cppcc_proposals"] is None


def test_a_rate_stated_for_the_whole_with_two_values_is_none():
    # tests/real a2763ebe5a9b (宜州区) states 办理态度 and 办理结果 satisfaction in one sentence; said in two
    # sentences, neither value is the document's either
    found = extract_figures(None, "承办单位与代表的见面沟通率达100%,代表对承办单位办理态度满意率为100%。"
                            "从办结的92件建议答复结果看,对办理结果满意率为92.4%。")
    assert found.rates["satisfaction_rate"] is None and found.rates["meeting_rate"] == 100
    assert "rate_stated_differently:satisfaction_rate:92.4/100" in found.warnings
    # tests/real c0aac1e0a4d2 (三亚市政协 term account): a part's rate after 其中 is no rival
    found = extract_figures(None, "过去五年,三亚市政协共提出提案1082件,经审查立案903件,立案提案目前已全部办结,委员满意度为98.5%。"
                            "其中,2021年度提出提案224件,经审查立案166件:委员个人及联名提案135件、集体提案31件,"
                            "目前已全部办结,委员满意度93.4%。")
    assert found.rates["satisfaction_rate"] == 98.5


def test_a_rate_framed_by_the_lead_items_or_the_finished_ones_is_a_parts():
    # tests/real 43c1b64f78d1 (三明市住建局, traditional): the satisfaction of the 38 lead items' forms
    found = extract_figures(None, "今年市住建局共办理政协提案58件,所有提案均能按时办理答复,办复率100%;对住建局主办的38件提案,"
                            "委员反馈征求意见表28份,其中表示满意的22份,基本满意的6份,满意率为100%。")
    assert found.rates["satisfaction_rate"] is None and found.rates["reply_rate"] == 100
    found = extract_figures(None, "截至目前,已办结的30件中,满意率为100%。")
    assert found.rates["satisfaction_rate"] is None
    # tests/real 5eff7b9723ec (永安市城管局): the rates of the 26 lead items, of the 45 it handled
    found = extract_figures(None, "为此,市城管局坚持把提案办理作为一项政治任务来落实,以提案办理为契机,持续改进工作作风,"
                            "不断提高城市管理水平,目前该局主办的26件提案均按期办复完毕,实现办结率、面复率、满意率100%。")
    assert found.rates["satisfaction_rate"] is None and found.rates["completion_rate"] is None


def test_a_rate_the_headline_states_and_the_body_does_not():
    # tests/real 5229a55593ee (云南省政协): the headline's 100%办复, the body's bare 100% names no rate
    found = extract_figures("云南省政协十一届二次会议以来 688件提案100%办复",
                            "经审查,立案688件,提交119个承办单位办理,已经全部按规定时限办结,100%。")
    assert found.rates["reply_rate"] == 100 and found.evidence["rates.reply_rate"].startswith("云南省政协")
    # a body's own value stays (tests/real 72dd1f566b52: headline and body agree, the body is the evidence)
    found = extract_figures("全国政协提案办复率:99.9%", "一年来,全国政协共收到提案5992件,立案5061件,办复率99.9%。")
    assert found.evidence["rates.reply_rate"].startswith("一年来")


def test_rates_joined_under_one_predicate_after_the_lead_items_are_all_theirs():
    # tests/real fd5daf331bd3 (区教育局 at a CPPCC 协商座谈): 主办件回复率和满意率均达100%
    found = extract_figures(None, "截至目前,11件主办件和8件协办件均已办理结束,主办件回复率和满意率均达100%。")
    assert found.rates["reply_rate"] is None and found.rates["satisfaction_rate"] is None
    # tests/real b483868fb36b: rates listed with their own wording, the subset only qualifies the first
    listed = extract_figures(None, "截至目前,所有建议提案均已按期高质量办结,实现主办件沟通率、按期办结率、代表委员满意率三个百分之百。")
    assert listed.rates["satisfaction_rate"] == 100


def test_rates_of_the_lead_proposals_or_of_the_answered_ones_are_a_parts():
    # tests/real 9df7857ab2fb (郑东新区): 主办提案 heads the list of rates (公开回复率 a name of its own)
    found = extract_figures(None, "截至目前,协办提案均已按要求函告主办单位,主办提案按时回复率、公开回复率、代表满意率均达100%。")
    assert found.rates["reply_rate"] is None and found.rates["satisfaction_rate"] is None
    # tests/real cdc39f0c5688 (a township report): 已答复的代表满意率, of 10 of the 20
    answered = extract_figures(None, "从办理结果来看代表所提议案和建议中有15件已经解决和基本解决,其余5件正在逐步解决,"
                                     "有10件已答复给代表,已答复的代表满意率100%。")
    assert answered.rates["satisfaction_rate"] is None
    # tests/real ac191d63eb1b (交通运输部): a subset naming one item of the list leaves the others
    listed = extract_figures(None, "实现了定时办结率、与代表委员相同率、重点建议提案调研率及代表委员满意率均达100%。")
    assert listed.rates["satisfaction_rate"] == 100


def test_the_lead_items_beside_the_joint_ones_are_all_the_items():
    # tests/real 745bca1e7b00 (济宁市公安局): 协办的18件 … 主办的53件 …,实现了…满意率100%: the rates of all 71
    found = extract_figures(None, "4月20日,市公安局协办的18件全部完成协助办理答复工作,6月29日,市公安局主办的53件答复工作全部完成,"
                            "实现了办结率、走访率、见面率、满意率100%的工作目标。")
    assert found.rates["satisfaction_rate"] == 100 and found.rates["visit_rate"] == 100


def test_rates_of_the_lead_items_counted_or_sharing_one_value_are_a_parts():
    # tests/real 5eff7b9723ec (该局主办的26件提案…,实现办结率、面复率、满意率100%) and fd5daf331bd3
    # (主办件回复率和满意率均达100%: the subset's names share the value)
    found = extract_figures(None, "目前该局主办的26件提案均按期办复完毕,实现办结率、面复率、满意率100%。")
    assert found.rates["completion_rate"] is found.rates["meeting_rate"] is found.rates["satisfaction_rate"] is None
    found = extract_figures(None, "截至目前,11件主办件和8件协办件均已办理结束,主办件回复率和满意率均达100%。")
    assert found.rates["reply_rate"] is found.rates["satisfaction_rate"] is None
    found = extract_figures(None, "实现主办件见面率、按期办结率、代表委员满意率三个百分之百。")
    assert found.rates["meeting_rate"] is None and found.rates["completion_rate"] == 100


def test_names_opening_with_a_kind_or_feedback_keep_the_list_whole():
    # tests/real 63332c566c05 (建议办复率 inside a list) and a7028286c8ad (反馈满意率)
    found = extract_figures(None, "代表见面率、建议办复率和代表满意率达到100%。")
    assert found.rates["meeting_rate"] == found.rates["reply_rate"] == found.rates["satisfaction_rate"] == 100
    found = extract_figures(None, "目前承办的建议、提案已全部办结,面商率、反馈满意率均为100%。")
    assert found.rates["meeting_rate"] == found.rates["satisfaction_rate"] == 100


def test_satisfaction_with_the_answer_or_the_result_is_a_satisfaction_rate():
    # tests/real 8dd476e0cad5 (答复满意率) and dc82401a9b1c (办结满意率), each in a list
    found = extract_figures(None, "2019年科技部共承办人大代表建议408件,政协委员提案441件,按期办结率和答复满意率都达到100%。")
    assert found.rates["completion_rate"] == found.rates["satisfaction_rate"] == 100
    found = extract_figures(None, "2021年,市政府办理市人大代表建议140件,市政协提案126件,办复率、面商率、办结满意率均达100%。")
    assert found.rates["reply_rate"] == found.rates["meeting_rate"] == found.rates["satisfaction_rate"] == 100


def test_rates_with_no_field_in_a_list_are_left_out():
    # tests/real ac191d63eb1b (相同率 = 沟通率, 调研率) and 9f00ff65d0ea (落实率)
    found = extract_figures(None, "实现了定时办结率、与代表委员相同率、重点建议提案调研率及代表委员满意率均达100%。")
    assert found.rates["completion_rate"] == found.rates["satisfaction_rate"] == 100
    found = extract_figures(None, "办结率、与代表面商率、落实率、委员满意率均达到100%。")
    assert found.rates["completion_rate"] == found.rates["meeting_rate"] == found.rates["satisfaction_rate"] == 100


def test_a_list_with_a_kind_of_rate_it_cannot_place_gives_none():
    # tests/real 9df7857ab2fb: 公开回复率, a kind of reply rate, in a list said of the 主办提案
    found = extract_figures(None, "截至目前,协办提案均已按要求函告主办单位,主办提案按时回复率、公开回复率、代表满意率均达100%。")
    assert all(value is None for value in found.rates.values())


def test_a_rate_kept_for_years_running_is_this_years():
    # tests/real bf4b5d15a63d (伊犁州政协 2025)
    found = extract_figures(None, "截至年底,所有提案均已按期办复,办复率达100%,其中已解决或采纳的提案占37.6%,"
                                  "列入计划逐步落实的提案占52.7%,提案办理满意率连续多年保持100%。")
    assert found.rates["reply_rate"] == found.rates["satisfaction_rate"] == 100


def test_a_rate_on_a_figures_line_after_a_colon():
    # tests/real 72dd1f566b52 (全国政协提案办复率:99.9%)
    assert extract_figures(None, "全国政协提案办复率:99.9%").rates["reply_rate"] == 99.9


def test_a_statement_opens_where_it_did_so_the_kinds_before_it_read_the_same():
    # tests/real 6dbb070d0f0f: 答复 opens a listed name only; as a first name's opening it would put 委员提案
    # right before the statement and make the rate the proposals' alone
    sentence = "莒县交通代表建议和委员提案答复满意率达100%"
    (key, value, _, position), = rate_statements(sentence, lambda position: False)
    assert (key, value) == ("satisfaction_rate", 100) and kinds_naming(sentence, position) == set()


def test_the_led_items_rates_are_a_parts_like_the_lead_items():
    # tests/real 9df7857ab2fb (郑东新区): 主办提案 heads the list; 牵头办理 is 主办 by point 32, so the same
    # sentence worded with 牵头办理 / 牵头 gives the led items' rates, not the document's; so do the items
    # singled out for supervision or led by leaders (督办件, 领办, 领衔: point 43), like 重点提案
    sentence = "截至目前,协办提案均已按要求函告主办单位,{}按时回复率、公开回复率、代表满意率均达100%。"
    for subset in ("主办提案", "牵头办理的提案", "牵头提案", "督办件", "领办的提案", "领衔提案"):
        found = extract_figures(None, sentence.format(subset))
        assert found.rates["reply_rate"] is None and found.rates["satisfaction_rate"] is None, subset
    # …主办的26件提案 with the other role only named (协办提案均已…函告), not counted: still the lead items'
    counted = extract_figures(None, "截至目前,协办提案均已按要求函告主办单位,主办的6件提案办复率、满意率均为100%。")
    assert counted.rates["reply_rate"] is None


def test_the_answered_items_named_in_the_rates_clause_are_a_part():
    # tests/real cdc39f0c5688 (a township report): 已答复的代表满意率, of 10 of the 20; the same part named
    # in other orders (已答复建议的满意率, 代表对已答复建议满意率, 已办结的建议代表满意率), as the items the rate
    # is among (在已答复的建议中,), or as some of them (部分, 首批)
    opening = "从办理结果来看代表所提议案和建议中有15件已经解决和基本解决,其余5件正在逐步解决,有10件已答复给代表,"
    for rate in ("已答复的代表满意率100%", "已答复建议的满意率100%", "代表对已答复建议满意率100%", "已办结的建议代表满意率100%",
                 "在已答复的建议中,代表满意率100%", "部分建议代表满意率100%", "首批答复的建议代表满意率100%"):
        assert extract_figures(None, opening + rate + "。").rates["satisfaction_rate"] is None, rate
    # tests/real aa8bfe36badb: 所有提案均全部办复完毕 says it of all the items, in its own clause
    found = extract_figures(None, "一年来,共提交提案51件,所有提案均全部办复完毕,办复率达100%。")
    assert found.rates["reply_rate"] == 100


def test_a_rate_named_for_one_kind_under_a_headline_naming_both_is_a_parts():
    # 9eb7c64ce73a (国家乡村振兴局 2020, labelled this session): 提案如期办结率 (如期 like 按时) in an account whose
    # headline and total name both kinds (承办建议提案405件) is the proposals' (point 11); 代表委员满意率 stays
    title = "2020年国家乡村振兴局承办建议提案405件"
    text = ("2020年国家乡村振兴局,也就是原国务院扶贫办,共承办建议提案405件,较2019年增加39%。"
            "做到提案如期办结率100%、代表委员满意率100%、牵头承办重点建议提案组织开展调研座谈率100%、与代表委员沟通率100%。")
    found = extract_figures(title, text)
    assert found.rates["completion_rate"] is None and found.rates["satisfaction_rate"] == 100
    # tests/real 9d3aac8511e6-like one-kind accounts keep a rate named for their kind: the headline names one side
    one = extract_figures("2020年国家乡村振兴局承办提案12件", text.replace("建议提案405件", "提案12件"))
    assert one.rates["completion_rate"] == 100


def test_a_rate_of_one_body_or_some_units_named_with_it_is_a_parts():
    # tests/real 880a5943db41 (随州 notice): …其中,随州供电公司与代表委员见面率为零,广水市政府建议提案综合见面率为25%
    found = extract_figures(None, "截至5月10日,36家主办单位中,23家实现了见面率100%的工作目标。但有13家单位与代表委员见面率"
                                  "未达到100%,其中,随州供电公司与代表委员见面率为零,广水市政府建议提案综合见面率为25%。")
    assert found.rates["meeting_rate"] is None
    # tests/real 7d3443a33218 (杭州市人民政府 2024) with its rates said of one body, some units or the city's own level
    printed = "目前365件建议已全部按时办理完毕,办结率、上网率、面商率、满意率均为100%。"
    assert extract_figures(None, printed).rates["completion_rate"] == 100
    for part in ("其中市教育局的", "市教育局等12家单位", "12家单位", "市本级"):
        sentence = printed.replace("办结率、上网率、面商率、满意率", part + "办结率、满意率")
        assert extract_figures(None, sentence).rates["completion_rate"] is None, part
    # tests/real fc064ba3928c (市民政局 2020): 代表委员 and 办理结果 name no body
    kept = extract_figures(None, "2020年,市民政局共承办建议提案41件,其中人大代表建议16件,政协提案25件,所有建议提案办复率100%,"
                                 "代表委员对办理结果满意率100%。")
    assert kept.rates["satisfaction_rate"] == 100 and kept.rates["reply_rate"] == 100


def test_a_rate_in_one_of_several_handlers_parts_is_that_handlers():
    # tests/real 89e091d56ffe (陕西 一府两院): each part between semicolons opens with its own handler's count
    deck = "省政府承办代表建议562件,办复率100%;省法院办理代表建议2件,并制定联络代表实施办法;省检察院办理代表建议3件,满意率100%。"
    found = extract_figures(None, deck)
    assert (found.rates["reply_rate"], found.rates["satisfaction_rate"]) == (None, None)
    # one handler only, or parts that do not open with a handler's count: the rates stand
    assert extract_figures(None, "省政府承办代表建议562件,办复率100%,满意率100%。").rates["satisfaction_rate"] == 100
    listed = "全年共承办建议提案86件;全部按时办结,办复率100%;代表委员满意率100%。"
    assert extract_figures(None, listed).rates["satisfaction_rate"] == 100


def test_a_rate_of_n_lead_items_counted_before_their_role_is_a_parts():
    # tests/real 9070a8e2db75 (深圳市应急管理局 2023: 主办2件、分办4件、会办4件; the rate is of the 6 led and split)
    said = "截至目前,6件主办、分办提案均获政协委员满意反馈,满意率100%,并全力配合支持会办提案获得满意反馈。"
    assert extract_figures(None, said).rates["satisfaction_rate"] is None
    # the whole's items counted before their kind keep their rate
    assert extract_figures(None, "截至目前,10件提案均获政协委员满意反馈,满意率100%。").rates["satisfaction_rate"] == 100


def test_the_lead_items_heading_a_sentence_after_a_time_clause_are_a_part():
    # tests/real ba51113b613f (大足 经开区: 提案14件,其中主办件11件; the rate is of the 11 led)
    said = "今年区政协转交经开区的提案14件,其中主办件11件。目前,主办件己全部在规定时间内办结,满意率为99%。"
    assert extract_figures(None, said).rates["satisfaction_rate"] is None
    assert extract_figures(None, "目前,提案已全部在规定时间内办结,满意率为99%。").rates["satisfaction_rate"] == 99


def test_a_subsets_rate_is_none_whether_its_count_is_in_digits_or_words():
    # tests/real 9070a8e2db75 (深圳市应急管理局 2023): the rate is said of the lead and assigned items only
    for count in ("6", "六"):
        found = extract_figures(None, "2023年,我局受理政协提案共10件,其中主办2件、分办4件、会办4件。截至目前,"
                                      f"{count}件主办、分办提案均获政协委员满意反馈,满意率100%,并全力配合支持会办提案获得满意反馈。")
        assert found.rates["satisfaction_rate"] is None, count


def test_a_huge_sentence_without_a_full_stop_is_read_in_one_pass():
    # bench/fuzz_normalize.py found a 2 MB page whose title made _SUBSET_SENTENCE's look-ahead quadratic (hours);
    # the look-ahead for the other role now reads at most 200 characters
    sentence = "其中主办件情况" * 30000 + "协办满意率100%"
    assert rate_statements(sentence, lambda position: False) is not None
    # the other role within reach still makes the rate the whole's (其中主办件12件,协办件8件,办复率100%)
    found = extract_figures(None, "今年共承办建议20件,其中主办件12件,协办件8件,办复率100%。")
    assert found.rates["reply_rate"] == 100


def test_a_rate_said_of_the_lead_suggestions_named_by_kind_is_a_subsets():
    # tests/real 8767fd62f81f (深圳市应急管理局 2021): 其中主办建议…满意率100% is the lead items' rate
    found = extract_figures(None, "2021年,我局受理的代表建议共7件,其中主办1件、会办6件。"
                                  "我局受理的代表建议均已按时限要求完成答复工作,其中主办建议获人大代表满意反馈,满意率100%。")
    assert found.rates["satisfaction_rate"] is None


def test_a_rate_after_a_share_of_a_larger_whole_is_the_shares():
    # tests/real 89e091d56ffe (陕西: the deputies' 590, the government system's 562 "占总数的95.3%", its 办复率)
    found = extract_figures(None, "新一届省人大代表以高度的政治热情和责任感,积极履行职责,共提出590件建议,省政府系统共承办562件"
                            "(大会建议557件、闭会建议5件),较上届五次会议增加63件,占总数的95.3%,分别由72个单位办理,"
                            "已全部在规定时限内办理完结,办复率100%。")
    assert found.rates["reply_rate"] is None
    found = extract_figures(None, "共承办建议提案41件,所有建议提案办复率100%。")
    assert found.rates["reply_rate"] == 100
    # tests/real f2630b897d81 (区交通运输局 2014, label42, first seen after this rule): the outcomes' shares of the
    # bureau's own items are no larger whole
    found = extract_figures(None, "今年,我局承办市、区人大代表建议和政协委员提案共23件,按照办理程序、时限和工作规范要求,现已全部办结"
                                  "(其中:解决或基本解决的有11件,占总件数的48%;解释说明的有5件,占总件数22%),收回人大代表"
                                  "《建议办理情况反馈意见表》56份,实现回复率、反馈率、满意率100%,办实率取得突破。")
    assert found.rates["satisfaction_rate"] == 100


def test_a_rate_whose_name_is_quoted_before_its_percent_sign():
    # tests/real 702d0f108fb1 (重庆市高级人民法院: 代表对办理工作评价“满意”率100%)
    assert extract_figures(None, "代表对办理工作评价“满意”率100%。").rates["satisfaction_rate"] == 100


def test_the_key_items_named_with_their_house_and_year_frame_the_rates_after_them():
    # tests/real 5f0ba9538aa3 (雨花区政协 chair meeting on the key proposals): the rates are the key proposals' only
    found = extract_figures(None, "目前,区政协2018年重点提案已基本办复,并实现了见面率100%、答复率100%、满意率100%。")
    assert found.rates["meeting_rate"] is found.rates["reply_rate"] is found.rates["satisfaction_rate"] is None
    whole = extract_figures(None, "目前,区政协2018年提案已全部办复,并实现了见面率100%、答复率100%、满意率100%。")
    assert whole.rates["meeting_rate"] == whole.rates["reply_rate"] == whole.rates["satisfaction_rate"] == 100


def test_the_key_items_described_as_a_noun_phrase_frame_the_rates_after_them():
    # tests/real a1c2b8454d31 (武陵区人大常委会 hearing the handling report): the rate is the 6 key suggestions' only;
    # b5e54ac54796: a clause on choosing the key items (被确定为) comes before the rate of all the items
    found = extract_figures(None, "36件建议均在法定时限内办结,其中6件聚焦学生心理健康、高标准农田管护等领域的重点处理建议,"
                                  "代表满意率及基本满意率达99.4%,这些成效让群众看到了变化。")
    assert found.rates["satisfaction_rate"] is None
    whole = extract_figures(None, "全年共收到委员提案132件,审查立案104件,其中37件被确定为重点提案,办复率100%。")
    assert whole.rates["reply_rate"] == 100


def test_a_rate_of_the_items_but_some_left_out_is_a_subsets():
    # tests/real af81202ce5d8 (开封市文广旅局 2020): the rates leave the motion and the key proposals out
    found = extract_figures(None, "4月初至7月底,我局承办市政府转来市人大议案2件、人大建议30件、政协提案44件(含重点提案6件)。"
                                  "目前,上述建议提案(除议案、重点提案之外)办结率为100%,满意率为100%。")
    assert found.rates["completion_rate"] is None and found.rates["satisfaction_rate"] is None
    # a rest counted after the few that went elsewhere is a part too
    rest = extract_figures(None, "这些建议除3件转市直党群部门办理外,其余117件全部办结,满意率为100%。")
    assert rest.rates["satisfaction_rate"] is None
    # work done besides the handling leaves no item out
    kept = extract_figures(None, "今年共承办建议提案41件,除做好答复工作外,还开展回访,满意率为100%。")
    assert kept.rates["satisfaction_rate"] == 100
