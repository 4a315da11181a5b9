"""The year model: an `other` page on another subject than the items loses the year the rules gave it."""

import json

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bench.accuracy import load_labels
from normalize import normalize_page
from normalize.doctype_model import load_model, model_text, probabilities
from normalize.year_model import NO_YEAR, WITH_YEAR, YEAR_MODEL_PATH, drop_year_of_another_subject
from scripts import train_doctype_model
from tests.normalize.conftest import real_page

_TEXTS = [("区人大代表视察老旧小区物业管理工作", "近日,区人大常委会组织部分代表视察老旧小区物业管理", NO_YEAR),
          ("政协委员走进企业调研营商环境", "委员们实地察看了企业生产车间,听取情况介绍", NO_YEAR),
          ("市政协召开提案办理协商会", "会议通报了今年提案办理工作情况,承办单位作了发言", WITH_YEAR),
          ("关于征集市政协提案线索的通知", "为做好市政协全体会议提案征集工作,现征集提案线索", WITH_YEAR)]


def test_a_two_class_model_is_written_for_the_same_softmax_as_scikit_learns(tmp_path):
    texts = [model_text(title, body, 600) for title, body, _ in _TEXTS]
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True)
    model = LogisticRegression(C=10, max_iter=5000).fit(vectorizer.fit_transform(texts), [year for *_, year in _TEXTS])
    path = tmp_path / "year_model.json"
    path.write_text(json.dumps(train_doctype_model.model_data(vectorizer, model, ["x"])), encoding="utf-8")
    probe = ("区人大代表视察物业管理", "组织代表视察小区物业管理工作")
    expected = dict(zip(model.classes_, model.predict_proba(vectorizer.transform([model_text(*probe, 600)]))[0], strict=True))
    answer = probabilities(*probe, model=load_model.__wrapped__(path))
    assert answer.keys() == expected.keys() == {NO_YEAR, WITH_YEAR}
    for name, probability in answer.items():
        assert probability == pytest.approx(expected[name], abs=1e-3)


def test_the_shipped_year_model_is_trained_on_dev_labels_only():
    trained = set(json.loads(YEAR_MODEL_PATH.read_text(encoding="utf-8"))["trained_on"])
    splits = {label["id"]: label["split"] for label in load_labels()}
    assert trained and trained <= set(splits), "labels changed: retrain with python scripts/train_year_model.py"
    assert {splits[page] for page in trained} == {"dev"}


def test_a_deputies_inspection_of_a_public_service_has_no_handling_year():
    # a district congress's deputies inspecting old estates' property management (2017): their work, no items of a year
    document = normalize_page(real_page("42733966cdcd"))
    assert document["doc_type"] == "other" and document["handling_year"] is None
    assert any(warning.startswith("handling_year_unknown:another_subject_by_model:") for warning in document["warnings"])


def test_a_meeting_on_the_proposal_work_keeps_its_year():
    # a party committee's exchange meeting on its proposal work: the items are its subject
    document = normalize_page(real_page("404bcccf5efc"))
    assert (document["doc_type"], document["handling_year"]) == ("other", 2023)


def test_only_an_other_page_is_judged():
    inspection = "近日,区人大常委会组织部分区人大代表对老旧小区物业管理工作进行视察。视察组实地查看了两个居民小区。"
    for doc_type in ("reply", "notice", "summary"):
        document = {"doc_type": doc_type, "handling_year": 2017, "title": "区人大视察老旧小区物业管理工作",
                    "text": inspection, "evidence": {}, "warnings": []}
        drop_year_of_another_subject(document)
        assert document["handling_year"] == 2017 and not document["warnings"]
