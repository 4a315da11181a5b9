"""Every label of the corpus keeps the format docs/labelling.md → "Label format" sets.

Labels are written by hand (by labelling helpers, one wave at a time), so a slip in the format is a slip no
score shows: a page put in the wrong split is tuned on where it should be unseen (35fe27b4fe3c, round 27, was
written "dev" with a holdout id), a spread written in traditional characters counts a province twice.
"""

import hashlib

from bench.accuracy import CORPUS, PAGE_SUFFIXES, SCALAR_FIELDS, load_labels
from normalize.gazetteer import place_index
from normalize.text import to_simplified

FIGURE_KEYS = ("counts", "rates", "rate_qualifiers", "breakdown")
# labelled into the wrong split and read in rule work before the slip was seen (twenty-fifth session): moving it
# to the holdout now would put a page tuned on among the unseen ones, so it stays dev
SPLIT_EXCEPTIONS = {"35fe27b4fe3c": "dev"}


def _split_of(page_id: str) -> str:
    return SPLIT_EXCEPTIONS.get(page_id, "holdout" if page_id[0] in "0123" else "dev")


def test_every_label_is_named_by_its_address_and_has_its_page():
    labels = load_labels()
    assert len(labels) > 7000
    pages = {path.stem for suffix in PAGE_SUFFIXES for path in (CORPUS / "pages").glob(f"*{suffix}")}
    for label in labels:
        assert label["id"] == hashlib.sha1(label["url"].encode()).hexdigest()[:12], label["id"]
        assert label["id"] in pages, label["id"]
    assert pages == {label["id"] for label in labels}


def test_the_split_follows_the_ids_first_digit():
    misplaced = [label["id"] for label in load_labels() if label["split"] != _split_of(label["id"])]
    assert misplaced == []
    assert _split_of("35fe27b4fe3c") == "dev" and _split_of("3a0000000000") == "holdout"


def test_every_label_states_every_field_and_its_provenance():
    for label in load_labels():
        assert set(label["expected"]) == {*SCALAR_FIELDS, *FIGURE_KEYS}, label["id"]
        assert {"corpus", "query", "found", "fragment", "edits"} <= set(label["provenance"]), label["id"]


def test_a_spread_names_its_province_as_the_gazetteer_does():
    provinces = {place.name for places in place_index().values() for place in places if place.level == "province"}
    named = {label["spread"].get("province") for label in load_labels() if label.get("spread")}
    assert named - {None} - provinces == {"全国"}


def test_rate_qualifiers_are_written_in_simplified_characters():
    # docs/labelling.md point 93: a qualifier is a value to filter on, not a quotation (two traditional ones were
    # written as printed in the twenty-eighth session's wave: abbea66086fd, 16552324c1fc)
    traditional = [(label["id"], qualifier) for label in load_labels()
                   for qualifier in (label["expected"].get("rate_qualifiers") or {}).values()
                   if qualifier and to_simplified(qualifier) != qualifier]
    assert traditional == []
