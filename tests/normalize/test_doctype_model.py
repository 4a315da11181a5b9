"""The document-kind model: pure-Python inference equal to scikit-learn's, trained on dev labels
only and current with them, and a second opinion that can take figures away but never add them (a summary it names
over the rules publishes none)."""

import json
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bench import crossval_kind
from bench.accuracy import CORPUS, load_labels, page_path
from normalize import normalize_page
from normalize.doctype import kind_named_by_headline, kind_told_by_its_wording
from normalize.doctype_model import (
    MODEL_PATH,
    SUMMARY_BY_MODEL,
    Opinion,
    gram_index,
    known_columns,
    load_model,
    model_text,
    probabilities,
    second_opinion,
    type_probabilities,
)
from normalize.text import nfkc, to_simplified
from scripts import train_doctype_model

# real sentences of the kinds (provenance: the dev pages named)
_SENTENCES = [
    ("对市政协四届五次会议第21064号提案的答复", "尊敬的委员:您提出的关于加大菜市场建设力度的建议收悉,现答复如下", "reply/reply_letter"),
    ("关于十四届人大三次会议第5号建议的答复", "您提出的建议收悉,经研究,现答复如下:感谢您对我局工作的支持", "reply/reply_letter"),
    ("市政府召开建议提案交办会", "3月15日,市政府召开2023年市人大代表建议和市政协提案交办会,副市长出席会议并讲话", "notice/meeting_news"),
    ("县政协召开重点提案督办座谈会", "5月20日上午,县政协召开重点提案督办座谈会,县政协主席主持会议", "notice/meeting_news"),
    ("2022年建议提案办理工作总结", "2022年,我局共承办市人大代表建议35件、政协提案28件,已全部办结,满意率100%", "summary/annual_summary"),
    ("关于2021年度建议提案办理工作情况的报告", "全年共承办建议提案116件,其中主办38件,协办78件,办结率100%", "summary/annual_summary"),
]


def char_ngrams(text: str, ngram_range: tuple[int, int]) -> Counter:
    """The reference the fast lookup is checked against: every n-gram of scikit-learn's 'char' analyzer."""
    text = re.sub(r"\s\s+", " ", text.lower())
    low, high = ngram_range
    return Counter(text[start:start + size] for size in range(low, high + 1)
                   for start in range(len(text) - size + 1))


def _fitted(texts, classes):
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 4), sublinear_tf=True)
    model = LogisticRegression(C=10, max_iter=5000).fit(vectorizer.fit_transform(texts), classes)
    return vectorizer, model


def test_pure_python_inference_equals_scikit_learn(tmp_path):
    texts = [model_text(title, body, 600) for title, body, _ in _SENTENCES]
    vectorizer, model = _fitted(texts, [kind for *_, kind in _SENTENCES])
    path = tmp_path / "model.json"
    path.write_text(json.dumps(train_doctype_model.model_data(vectorizer, model, ["x"])), encoding="utf-8")
    loaded = load_model.__wrapped__(path)
    probe = ("关于建议办理情况的答复", "您提出的建议收悉,现答复如下")
    expected = dict(zip(model.classes_, model.predict_proba(vectorizer.transform([model_text(*probe, 600)]))[0], strict=True))
    for name, probability in probabilities(*probe, model=loaded).items():
        assert probability == pytest.approx(expected[name], abs=1e-3)


@given(st.text(alphabet="建议提案办理答复 \n\tABab0", max_size=40))
def test_char_ngrams_are_scikit_learns(text):
    analyzer = TfidfVectorizer(analyzer="char", ngram_range=(2, 4)).build_analyzer()
    assert sorted(char_ngrams(text, (2, 4)).elements()) == sorted(analyzer(text))
    columns = {gram: index for index, gram in enumerate(sorted(set(analyzer(text)))[::2])}
    expected = [columns[gram] for gram in char_ngrams(text, (2, 4)).elements() if gram in columns]
    assert sorted(known_columns(text, (2, 4), gram_index(columns))) == sorted(expected)


def test_the_shipped_model_is_trained_on_every_dev_label_and_no_holdout_one():
    trained = set(json.loads(MODEL_PATH.read_text(encoding="utf-8"))["trained_on"])
    splits = {label["id"]: label["split"] for label in load_labels()}
    assert trained == {page for page, split in splits.items() if split == "dev"}, \
        "labels changed: retrain with python scripts/train_doctype_model.py"


def _dev_page(doc_type: str, doc_subtype: str | None = None) -> tuple[str, str]:
    """The first titled dev page of that kind (a reply letter, not a compilation's reply/other entry: 4005ce781812)."""
    label = next(label for label in load_labels() if label["split"] == "dev" and label["expected"]["doc_type"] == doc_type
                 and doc_subtype in (None, label["expected"]["doc_subtype"]) and label["expected"]["title"])
    document = normalize_page(page_path(CORPUS, label["id"]).read_bytes(), url=label["url"])
    return nfkc(to_simplified(document["title"])), document["text"]


def test_a_confident_disagreement_takes_the_models_kind_and_says_so():
    title, text = _dev_page("reply", "reply_letter")
    assert max(type_probabilities(probabilities(title, text)).items(), key=lambda item: item[1])[0] == "reply"
    opinion = second_opinion("notice", "meeting_news", title, text)
    assert (opinion.doc_type, opinion.doc_subtype) == ("reply", "reply_letter")
    assert opinion.warning.startswith("doc_type_by_model:notice->reply:")


def test_agreement_keeps_the_rules_subtype_and_adds_no_warning():
    title, text = _dev_page("reply")
    assert second_opinion("reply", "other", title, text) == ("reply", "other", None)


def test_a_confident_summary_overrides_a_story_read_by_the_rules_but_no_kind_read_from_wording():
    title, text = _dev_page("summary", "annual_summary")
    assert type_probabilities(probabilities(title, text))["summary"] >= SUMMARY_BY_MODEL
    opinion = second_opinion("notice", "meeting_news", title, text)
    assert (opinion.doc_type, opinion.doc_subtype) == ("summary", "annual_summary")
    assert opinion.warning.startswith("doc_type_by_model:notice->summary:")
    for read_from_wording in ("progress_report", "assignment_notice", "work_plan", "item_list"):
        assert second_opinion("notice", read_from_wording, title, text) == ("notice", read_from_wording, None)
    assert second_opinion("reply", "reply_letter", title, text).doc_type != "summary"


def test_a_summary_by_the_model_alone_publishes_no_figures(monkeypatch):
    # tests/real 66fbe1715ff0's shape: a standing committee meeting hearing the government's account of the session's items
    page = ("第六届市政协常委会第二十五次会议召开\n昨日上午,第六届市政协常委会第二十五次会议召开。"
            "会议听取市政府副市长关于政协六届六次会议以来提案办理情况通报。\n据悉,市政协六届六次会议以来,市政府共收到市政协六届六次会议提案257件,经分解后,分别交给53个市直单位进行办理。"
            "从答复情况看,257件提案中所提问题已经解决或基本解决的有148件,占办理总数的57.6%。")
    rules_only = normalize_page(page)  # the rules read a meeting: its figures are no handling results
    assert rules_only["doc_type"] == "notice" or "doc_type_by_model:notice->summary" in ";".join(rules_only["warnings"])
    monkeypatch.setattr("normalize.document.second_opinion",
                        lambda *_: Opinion("summary", "annual_summary", "doc_type_by_model:notice->summary:0.90"))
    document = normalize_page(page)
    assert (document["doc_type"], document["doc_subtype"]) == ("summary", "annual_summary")
    assert all(value is None for value in document["counts"].values())
    assert not document["breakdown"] and not any(key.startswith("counts") for key in document["evidence"])
    assert "figures_withheld:summary_by_model_over_notice" in document["warnings"]


def test_without_a_trained_model_the_rules_decide(tmp_path, monkeypatch):
    monkeypatch.setattr("normalize.doctype_model.load_model", lambda: load_model.__wrapped__(tmp_path / "absent.json"))
    assert second_opinion("summary", "annual_summary", "任意标题", "现答复如下") == ("summary", "annual_summary", None)


def test_cross_validation_decides_every_page_with_a_model_that_never_saw_it(monkeypatch):
    pages = [(train_doctype_model.Page(f"{number:012x}", title, body, kind), kind)
             for number, (title, body, kind) in enumerate(_SENTENCES * 2)]
    trained_on = []

    def recording_fit(fold_pages, settings):
        trained_on.append({page.id for page in fold_pages})
        return train_doctype_model.fit(fold_pages, settings)

    monkeypatch.setattr(crossval_kind, "fit", recording_fit)
    decided = crossval_kind.cross_validate(pages, folds=3)
    assert sorted(item.page.id for item in decided) == sorted(page.id for page, _ in pages)
    for fold, seen in enumerate(trained_on):
        held_out = {page.id for page, _ in pages if crossval_kind.fold_of(page.id, 3) == fold}
        assert held_out and not held_out & seen and held_out | seen == {page.id for page, _ in pages}
    assert all(item.rules == item.page.kind for item in decided)  # the rules' kind as given
    assert crossval_kind.scores(decided, "rules")["doc_type"] == 1.0


def test_a_page_that_names_no_items_is_left_to_the_rules():
    # dev 6dc66c963c20 (a session's speeches, 意见和建议 in general): the model read it as meeting news
    body = ("4月28日上午,政协镇安县第八届委员会第四次会议召开第二次全体会议,举行委员大会发言。会上,来自不同界别的10名委员"
            "分别就依法治县、棚户区改造等方面提出了许多中肯的、富有建设性的意见和建议。")
    assert second_opinion("other", "other", None, body) == ("other", "other", None)


def test_a_summary_headlined_as_an_account_is_left_to_the_rules():
    # dev d87f52562aeb and c1c7ed31702d: accounts the model, trained without them, read as meeting news
    title = "宜良县政协2019年提案办理基本情况"
    body = _SENTENCES[2][1]  # a 交办会 held: what the model reads as meeting news
    assert max(type_probabilities(probabilities(title, body)).items(), key=lambda item: item[1])[0] == "notice"
    assert second_opinion("summary", "annual_summary", title, body) == ("summary", "annual_summary", None)
    assert kind_named_by_headline("中国人民政治协商会议四川省第十一届委员会常务委员会关于十一届一次会议以来提案工作情况的报告",
                                  "") == "summary"
    assert kind_named_by_headline("市城管局开展政协委员提案办理面商活动", "") is None
    # dev cc14b0f30c2f: a 工作汇报 that tells the handling under way is a mid-year report (settled 12), left to the model
    under_way = "截止目前,建议提案的办理工作进展顺利,除了市领导领办的 1 件重要建议和本部门领导领办的 3 件重要提案,"
    assert kind_named_by_headline("市教育局 2015 年建议提案办理工作汇报", under_way) is None
    # dev 9ff2c6a7e983 and 6eda0b9cd96a: standing rules issued with their text, which the model read as a plan's
    # notice; 5279e200db3f: news of rules issued, their text not on the page (point 110)
    assert kind_named_by_headline("北京市西城区人民政府办公室关于印发北京市西城区人民政府办理区人大代表建议和区政协委员提案"
                                  "工作规程(试行)的通知", "第一章 总 则\n第一条 为进一步规范…工作,制定本规程。") == "other"
    assert kind_named_by_headline("办理人大代表建议和政协提案 省政府出台办法", "日前省政府印发《…办法》,明确了办理范围。") == "notice"
    # dev 46cafd935558: a rules text whose headline ends in 实施办法, not 工作办法
    assert kind_named_by_headline("政协渭南市委员会评选表彰优秀提案、提案先进承办单位和提案先进承办个人的实施办法",
                                  "第一条 为进一步提高提案质量,制定本办法。") == "other"


def test_a_kind_the_wording_tells_outright_is_left_to_the_rules():
    # out of fold the model read dev 6dcdbbdc5f2d (a forum on the deputies' suggestion material, point 103) as meeting
    # news and e9c81f98221d (one item's answer reported, point 59) as a notice
    forum = ("1月3日,省人大常委会组织召开十四届全国人大三次会议青海代表团议案建议准备工作座谈会,对省直部门提供的议案建议素材"
             "进行集中讨论。")
    assert kind_told_by_its_wording(None, forum) == "other"
    answer = ("7月5日,六盘水市林业局就马武怀代表提出的《关于支持山桐子产业发展的建议》到水城区杨梅乡邀请代表面对面座谈"
              "进行答复。")
    assert kind_told_by_its_wording("六盘水市林业局认真开展人大代表建议答复工作", answer) == "reply"
    assert second_opinion("reply", "other", "六盘水市林业局认真开展人大代表建议答复工作", answer) == ("reply", "other", None)
    assert kind_told_by_its_wording("市城管局开展政协委员提案办理面商活动", "") is None


def test_a_summary_that_reports_the_years_whole_results_is_left_to_the_rules():
    # dev 82e10896a601: a 专题协商会 hears the year's handling reported, its results follow; out of fold the
    # model read it as meeting news and took its figures away
    title = "贡井区政协召开重点提案办理情况专题协商会"
    meeting = ("10月11日上午,贡井区政协召开重点提案办理情况专题协商会,区政协主席李平,区委常委、区政府副区长胡小林出席座谈会。"
               "座谈会上,听取了胡小林通报的区政府关于区政协十届一次会议重点提案办理情况,委员们对各承办单位在提案办理工作中"
               "做出的突出成绩给予了充分肯定,并提出意见和建议。")
    results = "截止8月31日,135件立案提案已全部办理完毕,委员满意率为100%。"
    assert second_opinion("summary", "annual_summary", title, meeting).doc_type == "notice"
    assert type_probabilities(probabilities(title, meeting + results))["notice"] > load_model().threshold
    assert second_opinion("summary", "annual_summary", title, meeting + results) == ("summary", "annual_summary", None)


@pytest.mark.parametrize("title", [
    "西吉县文联关于县政协十一届二次会议第11号提案办理进展情况的汇报",  # tests/real c64fcbc5b750 (the model had made it a reply)
    "关于对县十八届人民代表大会二次会议建议办理进展情况报告",  # tests/real 54c3c3cc6190
])
def test_a_headline_naming_a_progress_report_keeps_the_rules_notice_over_the_model(title):
    assert kind_named_by_headline(title, "") == "notice"
    assert kind_named_by_headline("关于2023年建议提案办理工作情况的报告", "") == "summary"
