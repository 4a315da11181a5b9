"""replica → banli nightly → database, with the real crawler and normalizer."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from banli import nightly

SOURCES = ["wuhan-mzj-jytabl", "gz-mzj-gkmlpt"]


@pytest.fixture
def data_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("BANLI_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("BANLI_ARCHIVE", str(tmp_path / "data" / "archive"))
    monkeypatch.setenv("BANLI_DATASETS", str(tmp_path / "datasets"))
    return tmp_path


@pytest.mark.slow
def test_replica_nightly_database(data_dirs):
    lines: list[str] = []
    code = nightly.run_nightly(source_ids=SOURCES, replica=True, echo=lines.append, quiet=True)
    output = "\n".join(lines)
    assert code == nightly.EXIT_OK, output
    [log] = (data_dirs / "data" / "logs").glob("crawl-*.log")
    assert "Dumping Scrapy stats" in log.read_text(encoding="utf-8") and "Scrapy stats" not in output
    assert str(log) in output and len(lines) < 20
    db = sqlite_utils.Database(data_dirs / "datasets" / "banli.db")
    per_source = {row["source_id"]: row["n"] for row in db.query("select source_id, count(*) n from documents group by 1")}
    assert set(per_source) == set(SOURCES) and all(n >= 25 for n in per_source.values())
    assert db["crawl_runs"].count == len(SOURCES)
    assert all(row["complete"] == 1 and row["new"] == per_source[row["source_id"]] for row in db["crawl_runs"].rows)
    assert db.execute("select count(*) from documents where doc_type = 'summary' and handling_year is not null").fetchone()[0]
    assert db["handling_stats"].count and db["issuing_bodies"].count
    for source in SOURCES:
        assert source in output
    package = json.loads((data_dirs / "datasets" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["resources"][0]["path"] == "documents.csv"


def test_overlapping_nightly_is_refused(data_dirs):
    lines: list[str] = []
    with nightly.nightly_lock(nightly.lock_path()):
        assert nightly.run_nightly(source_ids=SOURCES, echo=lines.append) == nightly.EXIT_ALREADY_RUNNING
    assert "another nightly run" in lines[0]


def test_source_below_minimum_fails_the_run():
    source = {"id": "s", "min_documents": 25}
    assert nightly.source_status({"complete": True, "documents": 3, "below_minimum": True}, source).startswith("BELOW")
    assert nightly.source_status({"complete": False, "documents": 30}, source) == (
        "INCOMPLETE: the list walk did not finish")
    failed_walk = {"mode": "incremental", "walk_finished": False, "error_samples": ["HTTP 503 on list page 2"]}
    assert nightly.source_status(failed_walk, source) == "INCOMPLETE: HTTP 503 on list page 2"
    finished_walk = {"mode": "incremental", "complete": False, "walk_finished": True, "below_minimum": False}
    assert nightly.source_status(finished_walk, source) == "ok"
    assert nightly.source_status(None, source).startswith("FAILED")
    assert nightly.source_status({"complete": True, "documents": 30}, source) == "ok"
