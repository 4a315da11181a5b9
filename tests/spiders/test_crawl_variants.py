"""Every real list layout crawled end to end over HTTP: the replica-only variant sources of
replica/variants.yaml (table rows, the page_div and countPage pagers, document.writeln lists,
a Hanweb proxy without totalrecord, gkmlpt under a path prefix with epoch times, jpaas)."""

from pathlib import Path

import pytest

from archive.store import Archive
from banli.sources import load_registry
from replica.catalog import expected_documents
from replica.server import running_replica
from spiders.run import run_crawl

pytestmark = pytest.mark.slow
VARIANTS = Path(__file__).resolve().parents[2] / "replica" / "variants.yaml"
SIZE = 35  # documents per source: several list pages, a last page that is not full


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    entries = load_registry(VARIANTS)
    with running_replica(size=SIZE, registry=VARIANTS) as replica_map:
        root = tmp_path_factory.mktemp("variants")
        summary = run_crawl(entries, archive_root=root, replica_map=replica_map, settings={"LOG_LEVEL": "WARNING"})
    return Archive(root), summary


@pytest.mark.parametrize("source_id", [entry["id"] for entry in load_registry(VARIANTS)])
def test_every_document_of_the_variant_is_archived_and_the_walk_is_complete(crawled, source_id):
    archive, summary = crawled
    expected = {doc["url"]: doc for doc in expected_documents(source_id, size=SIZE, registry=str(VARIANTS))}
    records = [r for r in archive.iter_records(summary["run_id"])
               if r["source_id"] == source_id and r["kind"] == "detail" and r["sha256"]]
    assert {record["url"] for record in records} == set(expected)
    outcome = summary["sources"][source_id]
    assert outcome["complete"] and outcome["errors"] == 0, outcome
    for record in records:
        listed = record["listing"]
        assert listed.get("title") == expected[record["url"]]["title"]
        assert listed.get("date") in (None, expected[record["url"]]["publish_date"])


def test_lists_that_show_full_dates_carry_them(crawled):
    archive, summary = crawled
    dated = [r for r in archive.iter_records(summary["run_id"])
             if r["kind"] == "detail" and r["source_id"] in ("writeln-list", "szpsq-gkmlpt-dept", "zj-fzggw-jpaas")]
    assert dated and all(record["listing"].get("date") for record in dated)
