"""replica → crawl → publish: attachment-only summaries get their figures from the attachment
(browser-printed PDF, scan, item spreadsheet), and an attachment is read once per content hash."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from archive.store import Archive
from publish import attachments as publish_attachments
from publish.build import publish
from spiders.run import run_crawl

SOURCES = {"wuhan-mzj-jytabl": "browser_pdf", "yichun-mzj-rdjy": "scan_pdf", "zj-mzt-jytabl": "xlsx"}
SIZE = 8


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    import os

    from banli.sources import load_registry
    from replica.server import running_replica

    root = tmp_path_factory.mktemp("attachments-publish")
    old = os.environ.get("BANLI_DATA")
    os.environ["BANLI_DATA"] = str(root / "data")
    try:
        registry = [entry for entry in load_registry() if entry["id"] in SOURCES]
        with running_replica(size=SIZE, sources=list(SOURCES)) as replica_map:
            run_crawl(registry, archive_root=root / "archive", replica_map=replica_map)
        result = publish(root / "archive", root / "banli.db", registry=registry, workers=1)
    finally:
        os.environ.pop("BANLI_DATA") if old is None else os.environ.__setitem__("BANLI_DATA", old)
    return root, registry, result


def _attachment_documents(db):
    return {row["source_id"]: row for row in db.query(
        "select d.* from documents d where exists (select 1 from attachments a where a.document_id = d.id)")}


@pytest.mark.slow
def test_attachment_only_summaries_get_their_figures(published):
    root, _, result = published
    assert not result.failures
    db = sqlite_utils.Database(root / "banli.db")
    documents = _attachment_documents(db)
    assert set(documents) == set(SOURCES)
    for source_id in ("wuhan-mzj-jytabl", "yichun-mzj-rdjy"):
        row = documents[source_id]
        assert "content_in_attachment" in json.loads(row["flags"]) and row["handling_year"] is not None
        stats = list(db["handling_stats"].rows_where("document_id = ? and metric = 'counts.total'", [row["id"]]))
        assert stats and stats[0]["evidence_source"].startswith("附件 ") and "第 1 页" in stats[0]["evidence_source"]
        assert "content_in_attachment" not in (row["warnings"] or "")
    assert "ocr" in json.loads(documents["yichun-mzj-rdjy"]["flags"])


@pytest.mark.slow
def test_item_spreadsheet_fills_mentioned_items(published):
    root, _, _ = published
    db = sqlite_utils.Database(root / "banli.db")
    from banli.sources import find_source, load_registry
    from replica.catalog import SourceCatalog

    source = find_source("zj-mzt-jytabl", load_registry())
    expected = SourceCatalog(source, SIZE).pdf_document.expected["mentioned_items"]
    row = _attachment_documents(db)["zj-mzt-jytabl"]
    items = list(db["mentioned_items"].rows_where("document_id = ? and lead_body is not null", [row["id"]]))
    assert sorted((i["number"], i["title"], i["lead_body"], i["outcome"]) for i in items) == sorted(
        (i["number"], i["title"], i["lead_body"], i["outcome"]) for i in expected)


@pytest.mark.slow
def test_attachments_are_read_once_per_content_hash(published, monkeypatch):
    root, registry, _ = published
    db = sqlite_utils.Database(root / "banli.db")
    assert db[publish_attachments.READINGS_TABLE].count == len(SOURCES)
    import readers

    def no_reading(*args, **kwargs):
        raise AssertionError("an attachment was read again")

    monkeypatch.setattr(readers, "read_attachment", no_reading)
    again = publish(root / "archive", root / "banli.db", registry=registry, workers=1)
    assert again.pages == 0 and not again.failures
    archive = Archive(root / "archive")
    assert {page["sha256"] for page in archive.latest_pages(kinds=("attachment",))} == {
        row["sha256"] for row in sqlite_utils.Database(root / "banli.db")[publish_attachments.READINGS_TABLE].rows}
