"""The same real summary as a browser-printed PDF, an office PDF, DOCX, DOC and a scan gives the
figures of its text version and (almost) all of its text."""

from __future__ import annotations

import difflib

import pytest

from normalize.attachment import normalize_attachment
from readers import read_attachment

FIGURES = ("counts", "rates", "outcomes", "counts_by_level", "handling_year", "signed_date", "doc_type")
AGREEMENT = {"scan.pdf": 0.90}


def _agreement(text: str, reference: str) -> float:
    return difflib.SequenceMatcher(None, text, reference, autojunk=False).ratio()


@pytest.fixture(scope="module")
def documents(renderings):
    return {name: normalize_attachment(read_attachment(data, name=name).as_dict(), name=name)
            for name, data in renderings.items()}


@pytest.mark.parametrize("name", ["browser.pdf", "office.pdf", "summary.docx", "summary.doc", "summary.wps", "scan.pdf"])
def test_same_figures_as_the_text(documents, text_document, name):
    document = documents[name]
    assert {key: document[key] for key in FIGURES} == {key: text_document[key] for key in FIGURES}
    assert document["counts"]["total"] == 117


@pytest.mark.parametrize("name", ["browser.pdf", "office.pdf", "summary.docx", "summary.doc", "scan.pdf"])
def test_keeps_the_text(documents, text_document, name):
    assert _agreement(documents[name]["text"], text_document["text"]) >= AGREEMENT.get(name, 0.95)


def test_evidence_names_file_and_page(documents):
    sources = documents["browser.pdf"]["evidence_source"]
    assert sources["counts.total"] == {"file": "browser.pdf", "page": 1}
    assert all(place["page"] in (1, 2, 3) for place in sources.values())


def test_scan_is_flagged_with_its_confidence(documents):
    scan = documents["scan.pdf"]
    assert "ocr" in scan["flags"] and 0.9 <= scan["ocr_confidence"] <= 1.0
    assert "ocr" not in documents["browser.pdf"]["flags"] and documents["browser.pdf"]["ocr_confidence"] is None


def test_running_heads_and_page_numbers_are_dropped(renderings):
    reading = read_attachment(renderings["browser.pdf"], name="browser.pdf")
    assert len(reading.pages) == 3
    for page in reading.pages:
        assert not any(line.strip() in ("1/3", "2/3", "3/3") for line in page.splitlines())
    assert sum(page.count("市民政局2021年议提案办理工作总结") for page in reading.pages) == 1


def test_wps_is_named_as_such(renderings):
    assert read_attachment(renderings["summary.wps"], name="summary.wps").kind == "wps"
