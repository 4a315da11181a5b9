"""The comparison behind the accuracy bench: what counts as right, wrong, spurious and missed."""

from bench.accuracy import body_form, compact_title, compare
from normalize.document import empty_document


def _label(**expected):
    base = {"title": "市民政局2021年议提案办理工作总结", "doc_type": "summary",
            "counts": {"total": 117, "lead": None, "joint": 78},
            "rates": {"reply_rate": 100}, "rate_qualifiers": {"satisfaction_rate": None},
            "breakdown": [{"level": "省", "kind": "npc_suggestions", "role": None, "value": 3, "evidence": "省人大代表建议3件"}]}
    base.update(expected)
    return {"id": "abc", "split": "dev", "expected": base}


def test_titles_compare_without_spaces_and_punctuation():
    assert compact_title("关于“两会”建议 提案的报告") == compact_title("关于两会建议、提案的报告")
    assert compact_title("。") is None


def test_official_forms_of_one_body_compare_equal_and_other_bodies_do_not():
    assert body_form("中国人民政治协商会议莆田市委员会") == body_form("政协莆田市委员会")
    assert body_form("政协第九届福州市马尾区委员会提案委员会") == body_form("政协福州市马尾区委员会提案委员会")
    assert body_form("北京市人民代表大会常务委员会") == body_form("北京市人大常委会")
    assert body_form("政協第六屆澤州縣委員會") == body_form("政協澤州縣委員會")  # the term left out in either script
    assert body_form("第十三届全国人民代表大会第一次会议秘书处") != body_form("第十二届全国人民代表大会第一次会议秘书处")
    assert body_form("罗庄区人民政府") != body_form("临沂市罗庄区人民政府")


def test_wrong_spurious_and_missed_numbers():
    document = empty_document()
    document.update(title="市民政局 2021年议提案办理工作总结", doc_type="summary")
    document["counts"].update(total=116, lead=28)
    result = compare(_label(), document)
    assert result.wrong == [("counts.total", 117, 116)]
    assert result.spurious == [("counts.lead", 28)]
    assert result.missed == [("counts.joint", 78), ("rates.reply_rate", 100)]
    assert "title" not in result.mismatches() and "doc_type" not in result.mismatches()


def test_breakdown_rows_match_on_level_kind_role_and_value():
    document = empty_document()
    document["breakdown"] = [{"level": "省", "kind": "npc_suggestions", "role": None, "value": 3, "evidence": "…"}]
    assert compare(_label(), document).breakdown_found == 1
    document["breakdown"][0]["level"] = "市"
    assert compare(_label(), document).breakdown_found == 0
