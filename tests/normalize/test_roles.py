"""Lead and joint of a document about one kind only (normalize/roles.py, docs/labelling.md Decisions)."""

from normalize.figures import extract_figures


def _counts(text: str) -> dict:
    return {key: value for key, value in extract_figures(None, text).counts.items() if value is not None}


def test_roles_inside_the_only_kind_are_the_documents():
    # tests/real bf60daa5d1e7 (市中区文化和旅游局, proposals only)
    text = "2024年,我局共承办区政协十届三次会议提案7件,其中主办3件,协办4件,已全部办结。"
    assert _counts(text) == {"cppcc_proposals": 7, "lead": 3, "joint": 4}


def test_roles_inside_one_of_two_kinds_stay_breakdowns():
    text = "今年共承办人大代表建议10件,其中主办6件,协办4件;政协提案8件,已全部办结。"
    counts = _counts(text)
    assert "lead" not in counts and "joint" not in counts


def test_a_second_kind_the_extraction_left_out_still_blocks_the_rule():
    text = "今年共承办政协提案7件,其中主办3件,协办4件。另有人大代表建议若干,其中转办建议2件已答复。"
    assert "lead" not in _counts(text)


def test_a_second_kind_counted_in_another_unit_blocks_the_rule():
    # tests/real f7e11993ff99 (兰山区行政审批服务局: the congress's suggestions counted in 篇, unread as a kind)
    text = "2022年,兰山区行政审批服务局共收到人大建议案2篇、政协提案7件。政协提案主办3件,涉及优化营商环境。"
    assert "lead" not in _counts(text)


def test_roles_that_exceed_the_kind_count_are_not_taken():
    text = "今年我局共承办政协提案7件,其中主办5件,协办4件。"
    assert "lead" not in _counts(text)


def test_every_item_lead():
    # tests/real 46aa83e2449a (均为主办件) and bfbb86d34cb8 (全部为卫生健康局主办)
    assert _counts("2023年,县生态环境分局共收到政协委员提案3件,均为主办件,均已办结。")["lead"] == 3
    text = "2025年涉及卫生健康领域人大代表建议和政协委员提案共26件,其中人大代表建议8件、政协委员提案18件,全部为卫生健康局主办。"
    assert _counts(text)["lead"] == 26


def test_a_role_with_a_parenthesis_or_a_unit_before_its_count():
    # tests/real 7087e92c2db1 (民政部), af107ba0451d, 953305c5d013
    assert _counts("今年民政部承办建议提案557件,其中,主办(独办、分办)192件,占34%;会办306件,占55%。") == {
        "total": 557, "lead": 192, "joint": 306}
    assert _counts("我局作为主办单位的有39件,作为会办单位的有98件。") == {"lead": 39, "joint": 98}


def test_handled_alone_is_a_lead_word_and_two_lead_figures_give_no_lead():
    # dev 7155a432e959 (最高检: 单独办理39件 … 主办10件, the led items in two figures the label does not add up);
    # 单独办理 is 独办 written out (docs/labelling.md, Figures → lead)
    text = ("今年我局承办建议提案111件,其中单独办理39件,与其他单位分别办理17件,主办10件、协办34件,参阅办理11件,"
            "均已按期办结。")
    counts = _counts(text)
    assert "lead" not in counts and counts["joint"] == 34
    assert _counts("今年我局承办建议提案20件,其中单独办理12件,协办8件,均已按期办结。")["lead"] == 12
