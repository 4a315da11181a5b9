"""The session named before a kind count gives its breakdown row a level (normalize/levels.py)."""

from normalize.figures import extract_figures
from normalize.levels import levelled_rows


def _rows(found):
    return {(row["level"], row["kind"], row["role"], row["value"]) for row in found.breakdown}


def test_a_provincial_sessions_suggestions_and_their_roles_get_its_level():
    # tests/real f6efbe6704f3 (广东省司法厅 2019)
    found = extract_figures(None, "2019年,我厅共承办省人大十三届二次会议代表建议62件(主办10件,会办49件,参阅3件)。")
    assert found.counts["npc_suggestions"] == 62
    assert {("省", "npc_suggestions", None, 62), ("省", "npc_suggestions", "lead", 10),
            ("省", "npc_suggestions", "joint", 49)} <= _rows(found)


def test_national_sessions_named_either_way_round():
    # tests/real e1388adaa3de (a ministry's 2019 account)
    found = extract_figures(None, "2019年,我部共承办十三届全国人大二次会议代表建议90件、全国政协十三届二次会议提案51件。")
    assert {("全国", "npc_suggestions", None, 90), ("全国", "cppcc_proposals", None, 51)} <= _rows(found)


def test_no_session_no_level_and_counts_untouched():
    counts = {"npc_suggestions": 12, "npc_motions": None, "cppcc_proposals": None, "cppcc_motions": None}
    rows = [{"level": None, "kind": "npc_suggestions", "role": "lead", "value": 5, "evidence": "主办5件"}]
    evidence = {"counts.npc_suggestions": "今年共承办人大代表建议12件,其中主办5件。"}
    assert levelled_rows(counts, evidence, rows) == rows


def test_a_row_takes_the_one_level_its_sentence_names_a_house_at():
    # dev 4ab186e45933 (a city court): the roles of 市十四届人大一次会议's suggestions handed to it are the city's
    found = extract_figures(None, "市十四届人大一次会议以来,交由市中院承办的代表建议共计21件,其中主办件9件,会办件12件。")
    assert {("市", "npc_suggestions", "lead", 9), ("市", "npc_suggestions", "joint", 12)} <= _rows(found)
    # dev 8b2bc1e577de (a county bureau under a 州): the 州's items are a prefecture's, 市 among the levels
    prefecture = extract_figures(None, "2023年由我局办理的州人大代表建议、政协提案共51件,其中主办件19件(人大代表建议7件,"
                                       "政协提案12件),会办件32件(人大代表建议14件,政协提案18件)。")
    assert {("市", "npc_suggestions", "lead", 7), ("市", "cppcc_proposals", "joint", 18)} <= _rows(prefecture)
    # two levels named before the figure (省、市人大代表建议): no level is guessed
    both = extract_figures(None, "今年我局承办省、市人大代表建议共30件,其中主办件12件,会办件18件。")
    assert {(None, "npc_suggestions", "lead", 12), (None, "npc_suggestions", "joint", 18)} <= _rows(both)
    # a house named with no level before it gives none (人大代表建议 alone)
    bare = extract_figures(None, "今年共承办人大代表建议12件(主办5件、协办7件),政协提案8件(主办3件、协办5件)。")
    assert {(None, "npc_suggestions", "lead", 5), (None, "cppcc_proposals", "joint", 5)} <= _rows(bare)


def test_levels_before_a_house_are_read_back_over_a_few_characters_only():
    # the first pattern read a run of levels and marks again from every start (10,000 of 市、 took 6 s); the levels are
    # now read back from each house's name, so a long run costs one pass, and a list just before the house still counts
    from normalize.levels import _level_named_before
    sentence = "市、" * 10000 + "县人大代表提出建议21件,其中主办件9件。"
    assert _level_named_before("主办件9件", [sentence]) is None  # 市 and 县 named before the house: two levels
    assert _level_named_before("主办件9件", ["县人大代表提出建议21件,其中主办件9件。"]) == "县"
