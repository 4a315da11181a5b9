from normalize.doctype import classify
from normalize.items import extract_items
from normalize.topics import find_topics


def test_numbered_item_with_proposers_and_outcome():
    items = extract_items(["(一)第21-168号《关于进一步完善自助终端设备的几点建议》",
                           "朱芳、陈箴委员针对目前问题,提出三个建议。", "办理成果:区民政局予以全部采纳。",
                           "(二)第21-084号《关于提升社会组织作用的建议》", "顾崟涛委员提出四项建议。",
                           "因此作部分采纳。其余三条建议均全部采纳。"])
    assert items == [
        {"number": "21-168", "title": "关于进一步完善自助终端设备的几点建议", "kind": "cppcc_proposal",
         "proposers": ["朱芳", "陈箴"], "outcome": "全部采纳"},
        {"number": "21-084", "title": "关于提升社会组织作用的建议", "kind": "cppcc_proposal",
         "proposers": ["顾崟涛"], "outcome": "部分采纳"},
    ]


def test_titled_items_and_inline_proposer():
    items = extract_items(["印发了《关于做好办理工作的通知》。针对诸海霞代表提出的“关于提升老年人运用智能技术的建议”,开展行动。",
                           "办理《关于建立长效管护机制的提案》。"])
    assert [item["title"] for item in items] == ["关于提升老年人运用智能技术的建议", "关于建立长效管护机制的提案"]
    assert items[0]["proposers"] == ["诸海霞"] and items[0]["kind"] == "npc_suggestion"
    assert items[1]["kind"] == "cppcc_proposal"


def test_topics_need_a_stated_or_repeated_mention():
    assert find_topics("提案涉及殡葬改革3件、地名管理1件。殡葬设施。") == ["殡葬", "区划地名"]
    assert find_topics("为特困老人提供服务。") == []
    assert "养老服务" not in find_topics("优化城乡居民养老保险金发放方式的建议,养老保险。")


def test_doc_types():
    assert classify("关于市政协十三届四次会议第123号提案的答复", "", False) == ("reply", "reply_letter")
    # a year's results, 通报 or not, is a summary (docs/labelling.md; seed 002)
    assert classify("关于市政府系统2021年人大代表建议和政协提案办理工作情况的通报", "", True) == ("summary", "annual_summary")
    assert classify("市民政局2021年议提案办理工作总结", "", True) == ("summary", "annual_summary")
    assert classify(None, "王明委员:\n您提出的《关于…的提案》收悉。", False) == ("reply", "reply_letter")
    assert classify("市民政局召开党组会议", "会议研究了工作。", False).doc_type == "other"
    assert classify("关于开展2024年度社会组织年度检查工作的通知", "各有关单位:", False).doc_type == "notice"


def test_process_texts_are_notices_not_summaries():
    # meeting news from tests/real e620e58627a7 and 5c1f3ba69eaf; plans and progress reports
    assert classify("教育部召开建议提案交办会", "共1880件。", True) == ("notice", "meeting_news")
    assert classify("全区人大代表建议和政协委员提案交办工作会议召开", "", True) == ("notice", "meeting_news")
    assert classify("市民政局召开2024年建议提案办理工作推进会", "近日,市民政局召开专题会议。", False) == (
        "notice", "meeting_news")
    assert classify("关于2023年建议提案办理工作进展情况的通报", "", True) == ("notice", "progress_report")
    assert classify("2024年人大代表建议和政协提案办理工作方案", "", False) == ("notice", "work_plan")
    assert classify("关于加快发展社区养老服务的提案", "", False) == ("other", "proposal_text")


def test_results_news_is_a_summary_and_visits_or_intake_are_notices():
    # tests/real 9007abe63a3e, 4360baf69c22 (results news) and fef492acb443, 748e613cca7a (process)
    assert classify("广西高品质办好建议提案 2021年1079件建议提案答复率100%", "", True).doc_type == "summary"
    assert classify("524件提案全部办复", "记者获悉,2023年,省政协共收到提案572件、审查立案524件,办复率100%。",
                    True).doc_type == "summary"
    assert classify("区政协视察区教体局提案办理工作", "", False) == ("notice", "inspection_news")
    assert classify("十四届一次会议提案审查情况报告", "", True) == ("notice", "other")
    assert classify(None, "7月9日上午,省人大常委会副主任带领代表在省教育厅调研建议办理工作。", True) == (
        "notice", "inspection_news")


def test_a_handover_meeting_held_in_the_opening_is_meeting_news():
    # tests/real dc82401a9b1c (文山市 2022): no headline, the opening says the 交办会 was held
    body = ("4月11日上午,2022年市人大代表建议和政协提案交办会举行,总结2021年人大代表建议和政协提案办理情况。"
            "会上,交办了市人大代表建议215件,市政协提案129件。")
    assert classify(None, body, True) == ("notice", "meeting_news")


def test_pinyin_glosses_of_a_converted_repost_do_not_hide_a_meeting():
    # tests/real d06dd31c864d (蔡甸区政协 2017, a repost with pinyin glosses)
    body = ("2017年6月9日,武汉市蔡甸区(qū)政协(xié)在区(qū)教育局召开提案办理协(xié)商座谈会,"
            "就区(qū)教育局承办的17件政协(xié)提案展开集中协商。")
    assert classify(None, body, True) == ("notice", "meeting_news")


def test_intake_over_two_sentences_a_mid_term_inspection_and_work_still_in_progress_are_notices():
    # tests/real 926d33643b25 (青岛 2016), 54d1c7c2461f (中期检查), fc965f0f06f0 (大冶 2025, 办理中)
    body = "市政协十二届五次会议期间,委员们积极建言献策,共提交提案639件。经过市政协提案委员会审查,确定立案588件。"
    assert classify(None, body, True).doc_type == "notice"
    body = "7月29日上午,市人大、市政府、市政协联合对市卫生局人大代表建议、政协委员提案办理情况进行中期检查。"
    assert classify(None, body, True) == ("notice", "inspection_news")
    body = "2025年我局共承办人大代表建议和政协委员提案27件。目前正在按程序有序办理中。"
    assert classify(None, body, True) == ("notice", "progress_report")
    body = "2025年我局共承办人大代表建议和政协委员提案27件,已全部办结。"
    assert classify(None, body, True) == ("summary", "annual_summary")


def test_a_body_that_counts_items_without_any_result_is_no_summary():
    body = "今年,市政府系统共承办市人大代表建议93件,其中财政经济方面25件,农业农村方面26件。"
    assert classify(None, body, True).doc_type != "summary"
    body = "今年,市政府系统共承办市人大代表建议93件,已全部办结,其中已经解决的40件。"
    assert classify(None, body, True) == ("summary", "annual_summary")


def test_a_body_that_states_its_items_and_results_is_a_summary_even_when_figures_abstain():
    # tests/real 91fd1766ae4a (新疆日报: 由自治区政协交办的609件提案已全部完成办理和答复); the count
    # is a session's and stays out of the counts, but the page is still an account of results
    body = ("新疆日报讯 在13日召开的自治区政协十二届十三次常委会议上,自治区人民政府通报了提案办理情况。"
            "由自治区政协交办的609件提案已全部完成办理和答复。")
    assert classify(None, body, False) == ("summary", "annual_summary")
    assert classify(None, "代表们围绕民生提出建议,已全部办结。", False).doc_type != "summary"


def test_a_review_of_filings_and_an_inspection_notice_are_no_summaries():
    # tests/real 66ccf83baa8f (…提案审查情况的报告) and 880a5943db41 (督查通报)
    assert classify("政协第十三届广西壮族自治区委员会提案委员会关于政协十三届三次会议提案审查情况的报告",
                    "经审查,立案890件。", True) == ("notice", "other")
    body = "2019年5月上旬,市人大选任工委、市政协提案委和市政府督查室对建议提案见面情况进行了专项督查。"
    assert classify("关于市人大代表建议和政协提案办理情况的通报", body, False) == ("notice", "progress_report")
    assert classify("关于2022年建议提案办理情况的通报", "今年共承办建议30件,已全部办结。", True).doc_type == "summary"


def test_openings_of_meeting_and_inspection_news_without_a_headline():
    # tests/real d081121860e8 (…召开人大代表建议政协委员提案办理见面会), 926fa5b8881e (率…到市民政局就…)
    body = "6月23日,安化县教育和体育局召开人大代表建议政协委员提案办理见面会,初步答复建议提案办理情况。"
    assert classify(None, body, False) == ("notice", "meeting_news")
    body = "9月3日上午,市政协副主席率市政协提案委、部分市政协委员到市民政局就推进社区居家养老提案办理情况开展督办。"
    assert classify(None, body, False) == ("notice", "inspection_news")


def test_a_sessions_filings_followed_by_their_results_is_a_summary():
    # tests/real 84a23e624aad (西藏日报: 共提交提案384件,立案361件 … 均已按时办复,办复率为100%)
    body = ("1月3日,记者从自治区政协十一届五次会议上获悉,委员共提交提案384件,立案361件。"
            "自治区政府领导领衔督办重点提案12件。截至2021年11月25日,63家承办单位办理的提案,均已按时办复,办复率为100%。")
    assert classify(None, body, True) == ("summary", "annual_summary")
    assert classify(None, "截至1月16日11时,共收到大会提案685件。经审查,立案588件。", True).doc_type == "notice"


def test_instructions_and_selections_of_key_items_are_plans_and_assignments():
    # tests/real 738008d6dec1 (关于做好…办理工作的通知), d4faee38d4e8 (印发2013年重点督办建议提案的通知),
    # 7701f9fbacf9 (37件提案被确定为…重点提案)
    assert classify("市政府办公室关于做好2025年市人大代表建议和市政协委员提案办理工作的通知", "", False) == (
        "notice", "work_plan")
    assert classify("广东省人民政府办公厅关于印发2013年重点督办建议提案的通知", "", False) == ("notice", "assignment_notice")
    assert classify("37件提案被确定为自治区政协十二届二次会议重点提案", "", False) == ("notice", "assignment_notice")


def test_a_meeting_held_on_the_items_in_the_first_sentences_is_meeting_news():
    # tests/real 924074853f51 (主持召开市政府常务会议,研究部署…), f95ecf3ed230 (…召开代表建议集中交办工作会议)
    body = "1月10日,市长主持召开市政府常务会议,研究部署人大代表建议和政协提案办理工作。会议强调,要尊重代表、委员主体地位。"
    assert classify(None, body, False) == ("notice", "meeting_news")
    body = "代表们提交议案16件、建议35件,共计51件。3月31日上午,晋州市人大召开代表建议集中交办工作会议。"
    assert classify(None, body, True) == ("notice", "meeting_news")
    # tests/real aeaf3542a056 (召开十届三次常委专题会议,总结2022年提案办理工作)
    body = "10月11号,市政协召开十届三次常委专题会议,总结2022年提案办理工作,评议2022年重点提案落实情况。"
    assert classify(None, body, True) == ("notice", "meeting_news")


def test_a_report_of_counted_items_without_a_headline_is_a_summary():
    # tests/real 66b34bc4aef3 (…收到议案1件、建议166件…现将办理情况报告如下), 878cfae0c9c2 (提案 31 件, spaced)
    body = "市八届人大四次会议以来,收到代表团和代表提出议案1件、建议166件。现将办理情况报告如下:"
    assert classify(None, body, False) == ("summary", "annual_summary")
    body = "今年,我局共接收人大代表建议、政协委员提案 31 件,全部按时办理完毕并答复。"
    assert classify(None, body, False) == ("summary", "annual_summary")


def test_a_meeting_headline_about_the_items_is_meeting_news():
    # tests/real aeaf3542a056 (市政协召开十届三次常委会, the year's proposals on the agenda)
    body = "10月11号,市政协召开十届三次常委专题会议,总结2022年提案办理工作,评议重点提案落实情况。"
    assert classify("市政协召开十届三次常委会", body, True) == ("notice", "meeting_news")
    assert classify("市政协召开十届三次常委会", "会议研究了工作。", False).doc_type == "other"


def test_a_headline_less_meeting_opening_is_meeting_news_and_results_completed_make_a_summary():
    assert classify(None, "3月5日,县政府召开建议提案办理工作部署会,安排今年的办理工作,共交办建议45件。", True) == (
        "notice", "meeting_news")
    # tests/real 651d4fb1926e: the results are stated as 完成…的答复, not 办结
    body = "2025年内黄县教育局共收到县人大代表建议30件、县政协委员提案17件。截止6月底,已完成全部人大代表建议和政协委员提案的答复。"
    assert classify(None, body, True) == ("summary", "annual_summary")
