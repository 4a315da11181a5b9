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
