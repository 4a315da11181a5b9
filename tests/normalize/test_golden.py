"""Whole documents for the five seeds against golden files written by reading each text by hand."""

import json

import pytest

from normalize import normalize_page
from tests.normalize.conftest import GOLDEN, SEEDS

GOLDEN_FILES = sorted(GOLDEN.glob("*.json"))


@pytest.fixture(scope="module", params=GOLDEN_FILES, ids=[path.stem for path in GOLDEN_FILES])
def case(request, validate):
    golden = json.loads(request.param.read_text(encoding="utf-8"))
    document = normalize_page((SEEDS / golden["seed"]).read_bytes())
    return golden, validate(document)


def test_all_five_seeds_have_golden_files():
    assert len(GOLDEN_FILES) == 5


def test_fields(case):
    golden, document = case
    mismatched = {key: (document[key], value) for key, value in golden["expected"].items() if document[key] != value}
    assert not mismatched, json.dumps(mismatched, ensure_ascii=False, indent=1)


def test_topics(case):
    golden, document = case
    if "topics" in golden:
        assert set(document["topics"]) == set(golden["topics"])
    for topic in golden.get("topics_include", []):
        assert topic in document["topics"]


def test_evidence_sentences(case):
    golden, document = case
    for key, fragment in golden.get("evidence_contains", {}).items():
        assert fragment in document["evidence"].get(key, ""), key
    for key in golden.get("evidence_absent", []):
        assert key not in document["evidence"]


def test_evidence_is_a_sentence_of_the_text(case):
    _, document = case
    for key, sentence in document["evidence"].items():
        if key.startswith(("counts", "rates", "outcomes")):
            assert sentence in document["text"], key
            assert "\n" not in sentence


def test_text(case):
    golden, document = case
    assert document["text"].startswith(golden["text_starts_with"])
    assert document["text"].endswith(golden["text_ends_with"])
    for fragment in golden.get("text_excludes", []):
        assert fragment not in document["text"]
    if "text_original_starts_with" in golden:
        assert document["text_original"].startswith(golden["text_original_starts_with"])
