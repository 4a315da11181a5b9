"""The whole crawl against the running replica: pagination, encodings, attachments, re-crawls."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from archive.store import Archive
from banli.sources import load_registry, replica_sources
from replica.catalog import expected_documents
from replica.server import running_replica
from spiders.run import run_crawl

pytestmark = pytest.mark.slow
QUIET = {"LOG_LEVEL": "WARNING"}


@pytest.fixture(scope="session")
def replica_map():
    with running_replica() as host_map:
        yield host_map


@pytest.fixture(scope="session")
def crawled(replica_map, tmp_path_factory):
    """One crawl of every source into a fresh archive: (archive, summary, summary-json path)."""
    root = tmp_path_factory.mktemp("archive")
    summary_json = root.parent / "summary.json"
    summary = run_crawl(replica_sources(), archive_root=root, replica_map=replica_map, settings=QUIET,
                        summary_json=summary_json)
    return Archive(root), summary, summary_json


def records(archive: Archive, run_id: str, source_id: str | None = None, kind: str | None = None) -> list[dict]:
    return [r for r in archive.iter_records(run_id)
            if (source_id is None or r["source_id"] == source_id) and (kind is None or r["kind"] == kind)]


@pytest.mark.parametrize("source_id", [entry["id"] for entry in replica_sources()])
def test_every_document_the_replica_serves_is_archived(crawled, source_id):
    archive, summary, _ = crawled
    archived = {r["url"] for r in records(archive, summary["run_id"], source_id, "detail") if r["sha256"]}
    assert archived == {doc["url"] for doc in expected_documents(source_id)}


def test_listing_metadata_travels_with_each_page(crawled):
    archive, summary, _ = crawled
    expected = {doc["url"]: doc for doc in expected_documents("wuhan-mzj-jytabl")}
    for record in records(archive, summary["run_id"], "wuhan-mzj-jytabl", "detail"):
        assert record["listing"]["title"] == expected[record["url"]]["title"]
        assert record["listing"]["date"] == expected[record["url"]]["publish_date"]


def test_gbk_pages_are_archived_byte_exact_and_decode_as_gb18030(crawled):
    archive, summary, _ = crawled
    pages = records(archive, summary["run_id"], "yichun-mzj-rdjy", "detail")
    assert pages
    for record in pages:
        text = archive.get_blob(record["sha256"]).decode("gb18030")
        assert "宜春市民政局" in text


def test_attachments_are_archived_with_their_parent_page(crawled):
    archive, summary, _ = crawled
    for source_id in summary["sources"]:
        expected = {(url, doc["url"]) for doc in expected_documents(source_id) for url in doc["attachments"]}
        attachments = records(archive, summary["run_id"], source_id, "attachment")
        assert {(r["url"], r["parent_url"]) for r in attachments} == expected
        pdfs = [archive.get_blob(r["sha256"]) for r in attachments if r["url"].endswith(".pdf")]
        assert all(body.startswith(b"%PDF") for body in pdfs)


def test_summary_is_complete_with_counts(crawled):
    _, summary, summary_json = crawled
    assert json.loads(summary_json.read_text(encoding="utf-8")) == summary
    for source_id, entry in summary["sources"].items():
        served = expected_documents(source_id)
        assert entry["complete"] is True, source_id
        assert entry["documents"] == entry["seen_urls"] == len(served)
        assert entry["pages"] == entry["list_pages"] + entry["documents"]
        assert entry["errors"] == 0 and entry["below_minimum"] is False
        assert entry["attachments"] == sum(len(doc["attachments"]) for doc in served)
        assert entry["new"] == entry["documents"] + entry["attachments"]


def test_recrawl_of_an_unchanged_replica_adds_nothing(crawled, replica_map):
    archive, first, _ = crawled
    blobs = archive.blob_count()
    second = run_crawl(replica_sources(), archive_root=archive.root, replica_map=replica_map, settings=QUIET)
    assert archive.blob_count() == blobs
    assert all(entry["new"] == 0 and entry["complete"] for entry in second["sources"].values())
    assert not records(archive, second["run_id"], kind="recheck")


def test_archived_pages_the_lists_dropped_are_rechecked(crawled, tmp_path):
    archive, summary, _ = crawled
    root = tmp_path / "archive"
    shutil.copytree(archive.root, root)
    entries = load_registry()
    wuhan = next(entry for entry in entries if entry["id"] == "wuhan-mzj-jytabl")
    registry = tmp_path / "sources.yaml"
    registry.write_text(yaml.safe_dump([{**wuhan, "faults": {"gone": {"count": 3}}}], allow_unicode=True))
    with running_replica(registry=registry, sources=["wuhan-mzj-jytabl"]) as host_map:
        later = run_crawl([wuhan], archive_root=root, replica_map=host_map, settings=QUIET)
    listed = {doc["url"] for doc in expected_documents("wuhan-mzj-jytabl", registry=str(registry))}
    dropped = {r["url"] for r in records(archive, summary["run_id"], "wuhan-mzj-jytabl", "detail")} - listed
    rechecks = records(Archive(root), later["run_id"], "wuhan-mzj-jytabl", "recheck")
    assert len(dropped) == 3
    assert {r["url"] for r in rechecks} == dropped
    assert all(r["sha256"] is None and r["status"] in (200, 301, 302, 404, 410) for r in rechecks)
    assert later["sources"]["wuhan-mzj-jytabl"]["rechecked"] == 3


def test_banli_crawl_replica_end_to_end(tmp_path):
    summary_json = tmp_path / "summary.json"
    command = [str(Path(sys.executable).with_name("banli")), "crawl", "--replica", "--source", "wuhan-mzj-jytabl",
               "--archive", str(tmp_path / "archive"), "--summary-json", str(summary_json)]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    entry = json.loads(summary_json.read_text(encoding="utf-8"))["sources"]["wuhan-mzj-jytabl"]
    assert entry["complete"] and entry["documents"] == len(expected_documents("wuhan-mzj-jytabl"))
    assert "wuhan-mzj-jytabl" in result.stdout and "true" in result.stdout
