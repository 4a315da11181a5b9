"""Counts and rates in a notice, a reply or another page are never handling results (issue 8): whatever
kind of notice or reply the page is, its figures are dropped with the reason in warnings."""

import pytest

from normalize import normalize_page

PAGES = {
    # tests/real dc82401a9b1c (a 交办会 handing over this year's items)
    "meeting_news": "2022年市人大代表建议和政协提案交办会举行\n4月11日上午,2022年市人大代表建议和政协提案交办会举行。"
                    "今年,市政府系统共承办市人大代表建议215件、市政协提案129件,已全部交办。",
    # tests/real eb0fd17f1287 (intake at a session)
    "other": "贵州省政协十一届四次会议共收到提案650件\n截至1月29日15时,省政协十一届四次会议共收到提案650件。经审查,共立案616件。",
    # tests/real fc965f0f06f0 (work still under way)
    "progress_report": "大冶市自然资源和规划局2025年建议提案办理进展情况通报\n2025年我局共承办人大代表建议和政协委员提案27件,"
                       "其中主办4件。目前正在按程序有序办理中。",
    # tests/real ea071f58bcdf (an assignment: 主办57件,会办140件)
    "assignment_notice": "关于交办2022年人大建议和政协提案的通知\n各相关处室:\n2022年,省政府办公厅转来建议和提案共计197件:"
                         "其中人大建议61件,政协提案136件;主办57件(含分办),会办140件。",
    # tests/real 4e7f2d5e4265 (a reply letter stating the bureau's year)
    "reply_letter": "关于区政协三届二次会议第254号提案的复函\n李栋良委员:\n您提出的提案收悉。今年我委共办理提案32件,满意率100%。",
}


@pytest.mark.parametrize("subtype", sorted(PAGES))
def test_a_notice_or_a_reply_carries_no_figures(subtype):
    document = normalize_page(PAGES[subtype])
    assert document["doc_type"] in ("notice", "reply") and document["doc_subtype"] == subtype
    assert all(value is None for value in document["counts"].values())
    assert all(value is None for value in document["rates"].values())
    assert not document["breakdown"] and document["counts_by_level"] is None
    assert not any(key.startswith(("counts", "rates", "outcomes")) for key in document["evidence"])
    assert f"figures_not_handling_results:{document['doc_type']}" in document["warnings"]


def test_outcomes_quoted_at_a_meeting_are_dropped_too():
    # tests/real e6e121a93b60 (a 2020 办理工作会议 reviewing 2019: only the outcomes were read, and kept)
    document = normalize_page("4月21日,我县召开2020年县政府系统人大代表建议和政协委员提案办理工作会议。会上,回顾总结了2019年"
                              "县人大代表建议、政协委员提案办理情况。其中,已解决或正在解决的74件,占64.25%;已列入计划,"
                              "正逐步解决的 33件,占28.70%。")
    assert document["doc_subtype"] == "meeting_news"
    assert all(value is None for value in document["outcomes"].values())
    assert "figures_not_handling_results:notice" in document["warnings"]


def test_a_summary_keeps_its_figures():
    document = normalize_page("市民政局2023年建议提案办理工作总结\n2023年,我局共承办人大建议16件、政协提案9件,已全部办结,满意率100%。")
    assert document["doc_type"] == "summary"
    assert document["counts"]["npc_suggestions"] == 16 and document["rates"]["satisfaction_rate"] == 100
