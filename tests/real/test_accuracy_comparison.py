"""The comparison behind the accuracy bench: what counts as right, wrong, spurious and missed."""

from bench.accuracy import body_form, compact_title, compare, figures_by_kind
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
    assert body_form("政協滁州市委員會五屆提案委員會") == body_form("政協滁州市委員會提案委員會")  # a term printed without 第
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


def test_figures_by_kind_group_each_split_by_the_labels_spread_and_doc_type():
    right, wrong = empty_document(), empty_document()
    right.update(title="市民政局2021年议提案办理工作总结", doc_type="summary")
    right["counts"].update(total=117, joint=78)
    right["rates"].update(reply_rate=100)
    wrong.update(title="首页>政务公开", doc_type="notice")
    labels = [dict(_label(), spread={"page_kind": "summary"}, split=split) for split in ("dev", "holdout")]
    news = dict(_label(), spread={"page_kind": "news"}, split="holdout")
    comparisons = [compare(labels[0], right), compare(labels[1], wrong), compare(news, right)]
    by_page_kind = figures_by_kind(comparisons, "page_kind")
    assert sorted(by_page_kind) == ["news", "summary"]
    assert by_page_kind["summary"]["dev"]["documents"] == 1 and by_page_kind["summary"]["holdout"]["documents"] == 1
    assert by_page_kind["summary"]["dev"]["fields"]["title"] == 1.0
    assert by_page_kind["summary"]["holdout"]["fields"]["title"] == 0.0
    assert by_page_kind["news"]["dev"]["documents"] == 0
    assert figures_by_kind(comparisons, "doc_type")["summary"]["holdout"]["documents"] == 2
