"""Publishing: incremental re-normalizing, versions, history and removal rules, atomic swap."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from archive.store import Archive
from publish import dictionary
from publish.history import is_gone
from publish.ids import canonical_url, document_id
from publish.metadata import write_metadata
from publish.schema import STABLE_ID_COLUMNS, ensure_schema
from tests.publish.conftest import COLUMN_URL, archive_run, corpus, make_document, publish_test

PROJECT_ROOT = Path(__file__).resolve().parents[2]


# A publish that stops inside the normalizer (the new page is the only one to normalize), with
# its half-built copy beside the served database, until the test kills it.
STALLED_PUBLISH = """
import sys, time
from pathlib import Path
from publish.build import Normalizer, publish
from tests.publish.conftest import SOURCE, fingerprint

def stall(content, **_):
    Path(sys.argv[3]).touch()
    time.sleep(120)

publish(Path(sys.argv[1]), Path(sys.argv[2]), normalizer=Normalizer("test-1", stall, fingerprint),
        registry=[SOURCE], workers=1)
"""


def assert_search_index_intact(db) -> None:
    """FTS5's integrity-check raises when the index and the rows it was built from disagree."""
    try:
        db.execute("insert into documents_fts(documents_fts) values('integrity-check')")
    except sqlite3.DatabaseError as error:
        pytest.fail(f"the search index disagrees with the documents: {error}")


def documents(db_path: Path) -> dict[str, dict]:
    return {row["url"]: row for row in sqlite_utils.Database(db_path)["documents"].rows}


def test_ids_are_stable_and_positive():
    url = "HTTPS://Mzj.Test.gov.cn:443/jytabl/t1.html#top"
    assert canonical_url(url) == "https://mzj.test.gov.cn/jytabl/t1.html"
    assert document_id(url) == document_id("https://mzj.test.gov.cn/jytabl/t1.html")
    assert 0 < document_id(url) < 2**53


def test_only_changed_pages_are_normalized_again(tmp_path):
    docs = corpus()
    archive_run(tmp_path / "a", docs, run_id="20240101T000000Z")
    first = publish_test(tmp_path / "a", tmp_path / "banli.db")
    assert (first.normalized, first.new) == (len(docs), len(docs))
    docs[1] = {**docs[1], "text": docs[1]["text"] + "新增一句：殡葬服务。"}
    archive_run(tmp_path / "a", docs, run_id="20240201T000000Z")
    second = publish_test(tmp_path / "a", tmp_path / "banli.db")
    assert (second.normalized, second.new, second.changed) == (1, 0, 1)
    rows = documents(tmp_path / "banli.db")
    changed = rows[docs[1]["url"]]
    assert changed["last_changed"].startswith("2024-02-01") and changed["first_seen"].startswith("2024-01-01")
    assert rows[docs[0]["url"]]["last_changed"].startswith("2024-01-01")
    assert rows[docs[0]["url"]]["last_seen"].startswith("2024-02-01")
    db = sqlite_utils.Database(tmp_path / "banli.db")
    versions = list(db["document_versions"].rows_where("document_id = ?", [changed["id"]], order_by="recorded_at"))
    assert len(versions) == 2 and json.loads(versions[1]["changed_fields"]) == ["text"]
    runs = {row["run_id"]: row for row in db["crawl_runs"].rows}
    assert (runs["20240201T000000Z"]["new"], runs["20240201T000000Z"]["changed"]) == (0, 1)


def test_search_index_follows_changes(tmp_path):
    docs = corpus()[:2]
    archive_run(tmp_path / "a", docs, run_id="20240101T000000Z")
    publish_test(tmp_path / "a", tmp_path / "banli.db")
    docs[0] = {**docs[0], "title": "关于火葬场的报告", "text": "火葬场建设。"}
    archive_run(tmp_path / "a", docs, run_id="20240201T000000Z")
    publish_test(tmp_path / "a", tmp_path / "banli.db")
    db = sqlite_utils.Database(tmp_path / "banli.db")
    from publish.search import register_functions
    register_functions(db.conn)

    def hits(query: str) -> list[int]:
        return [r[0] for r in db.execute("select rowid from documents_fts where documents_fts match escape_fts(?)", [query])]

    assert hits("火葬场") == [document_id(docs[0]["url"])]
    assert hits("养老服务") == []
    assert_search_index_intact(db)


def test_new_normalizer_version_renormalizes_everything(tmp_path):
    archive_run(tmp_path / "a", corpus(), run_id="20240101T000000Z")
    publish_test(tmp_path / "a", tmp_path / "banli.db")
    again = publish_test(tmp_path / "a", tmp_path / "banli.db", version="test-2")
    assert again.normalized == len(corpus()) and again.changed == 0
    assert {row["normalizer_version"] for row in documents(tmp_path / "banli.db").values()} == {"test-2"}


def gone_url_run(tmp_path, *, complete: bool, status: int, headers=None):
    docs = corpus()
    archive_run(tmp_path / "a", docs, run_id="20240101T000000Z")
    publish_test(tmp_path / "a", tmp_path / "banli.db")
    missing = docs.pop(2)
    archive_run(tmp_path / "a", docs, run_id="20240201T000000Z", complete=complete,
                rechecks=[(missing["url"], status, headers or {})])
    result = publish_test(tmp_path / "a", tmp_path / "banli.db")
    return result, documents(tmp_path / "banli.db")[missing["url"]]


def test_complete_crawl_and_404_marks_removed(tmp_path):
    result, row = gone_url_run(tmp_path, complete=True, status=404)
    assert result.removed == 1 and row["removed_at"].startswith("2024-02-01")
    db = sqlite_utils.Database(tmp_path / "banli.db")
    assert db["crawl_runs"].get(("20240201T000000Z", "test-mzj"))["removed"] == 1


def test_removal_found_when_several_runs_are_published_at_once(tmp_path):
    docs = corpus()
    archive_run(tmp_path / "a", docs, run_id="20240101T000000Z")
    missing = docs.pop(2)
    archive_run(tmp_path / "a", docs, run_id="20240201T000000Z", rechecks=[(missing["url"], 410, {})])
    result = publish_test(tmp_path / "a", tmp_path / "banli.db")
    row = documents(tmp_path / "banli.db")[missing["url"]]
    assert result.removed == 1 and row["removed_at"].startswith("2024-02-01")
    assert row["last_seen"].startswith("2024-01-01")


def test_partial_crawl_never_removes(tmp_path):
    result, row = gone_url_run(tmp_path, complete=False, status=404)
    assert result.removed == 0 and row["removed_at"] is None


def test_outage_never_removes(tmp_path):
    result, row = gone_url_run(tmp_path, complete=True, status=503)
    assert row["removed_at"] is None


def test_redirect_rules():
    columns = ["/jytabl/"]

    def record(location: str) -> dict:
        return {"url": f"{COLUMN_URL}t1.html", "status": 302, "headers": {"Location": location}}

    assert is_gone(record("/"), columns)
    assert is_gone(record("https://www.test.gov.cn/404.html"), columns)
    assert is_gone(record(f"{COLUMN_URL}index.html"), columns)
    assert not is_gone(record(f"{COLUMN_URL}2024/t1.html"), columns)
    assert is_gone({"url": f"{COLUMN_URL}t1.html", "status": 410, "headers": {}}, columns)
    assert not is_gone({"url": f"{COLUMN_URL}t1.html", "status": 500, "headers": {}}, columns)


def test_document_coming_back_is_no_longer_removed(tmp_path):
    gone_url_run(tmp_path, complete=True, status=410)
    archive_run(tmp_path / "a", corpus(), run_id="20240301T000000Z")
    publish_test(tmp_path / "a", tmp_path / "banli.db")
    row = documents(tmp_path / "banli.db")[corpus()[2]["url"]]
    assert row["removed_at"] is None and row["last_seen"].startswith("2024-03-01")


def test_killed_publish_leaves_the_old_database_served(tmp_path):
    archive_run(tmp_path / "a", corpus(), run_id="20240101T000000Z")
    db_path = tmp_path / "banli.db"
    publish_test(tmp_path / "a", db_path)
    before = db_path.read_bytes()
    archive_run(tmp_path / "a", [make_document(99, "新文件", "新的正文")], run_id="20240201T000000Z")
    stalled = tmp_path / "normalizing"
    child = subprocess.Popen([sys.executable, "-c", STALLED_PUBLISH, str(tmp_path / "a"), str(db_path), str(stalled)],
                             cwd=PROJECT_ROOT)
    deadline = time.monotonic() + 30
    while not stalled.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert stalled.exists(), "the publish never reached the new page"
    assert list(tmp_path.glob("banli.db.building-*")), "the publish was not building aside"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert db_path.read_bytes() == before
    assert sqlite3.connect(db_path).execute("pragma integrity_check").fetchone()[0] == "ok"
    metadata = write_metadata(tmp_path / "metadata.json")
    served = subprocess.run([sys.executable, "-m", "datasette", "-i", str(db_path), "--metadata", str(metadata),
                             "--get", "/banli/documents.json?_search=殡葬&_shape=array"],
                            capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert served.returncode == 0, served.stderr
    assert len(json.loads(served.stdout)) == 2
    finished = publish_test(tmp_path / "a", db_path)
    assert finished.new == 1 and not list(tmp_path.glob("banli.db.building-*"))


def test_an_error_page_never_replaces_a_document(tmp_path):
    docs = corpus()
    archive_run(tmp_path / "a", docs, run_id="20240101T000000Z")
    publish_test(tmp_path / "a", tmp_path / "banli.db")
    log = Archive(tmp_path / "a").open_run("20240201T000000Z", worker="test")
    log.record_fetch(url=docs[0]["url"], source_id="test-mzj", kind="detail", status=404, body=b"not json at all")
    log.close()
    result = publish_test(tmp_path / "a", tmp_path / "banli.db")
    assert result.failures == [] and documents(tmp_path / "banli.db")[docs[0]["url"]]["title"] == docs[0]["title"]


def test_documents_columns_are_moved_into_dictionary_order(tmp_path):
    """A database published with another column order is rebuilt in the dictionary's, rows and search intact."""
    docs = corpus()[:3]
    archive_run(tmp_path / "a", docs, run_id="20240101T000000Z")
    publish_test(tmp_path / "a", tmp_path / "banli.db")
    db = sqlite_utils.Database(tmp_path / "banli.db")
    old_order = ["id", "url", "source_id", *[c for c in dictionary.column_names("documents") if c not in ("id", "url", "source_id")]]
    db["documents"].transform(column_order=old_order)
    assert db["documents"].columns[1].name == "url"
    before = documents(tmp_path / "banli.db")
    ensure_schema(db)
    assert [c.name for c in db["documents"].columns] == dictionary.column_names("documents")
    assert documents(tmp_path / "banli.db") == before
    assert_search_index_intact(db)
    hits = [r[0] for r in db.execute("select rowid from documents_fts where documents_fts match escape_fts('殡葬')")]
    assert hits == [document_id(docs[1]["url"])]


def published_corpus(tmp_path: Path) -> sqlite_utils.Database:
    archive_run(tmp_path / "a", corpus(), run_id="20240101T000000Z")
    publish_test(tmp_path / "a", tmp_path / "banli.db")
    return sqlite_utils.Database(tmp_path / "banli.db")


def search_hits(db: sqlite_utils.Database, query: str) -> set[int]:
    return {r[0] for r in db.execute("select rowid from documents_fts where documents_fts match escape_fts(?)", [query])}


def test_ids_fit_javascript_and_a_63_bit_database_is_migrated(tmp_path):
    """Schema 3: ids ≤ 2**53; a database of 63-bit ids gets the ids a fresh publish gives, children and search too."""
    fresh = published_corpus(tmp_path)
    expected = {table: sorted(fresh.execute(f"select * from [{table}]").fetchall()) for table in STABLE_ID_COLUMNS}
    assert all(0 < row[0] < 2**53 for row in fresh.execute("select id from documents"))
    legacy = sqlite_utils.Database(tmp_path / "legacy.db")
    fresh.conn.backup(legacy.conn)
    with legacy.conn:
        for table, columns in STABLE_ID_COLUMNS.items():
            # the former ids: 63 leading bits of the same digests (the 10 bits after the 53 made up here)
            legacy.execute(f"update [{table}] set " + ", ".join(f"[{c}] = ([{c}] << 10) | 777" for c in columns))
        legacy.execute("update _banli_meta set value = '2' where key = 'schema_version'")
    assert legacy.execute("select max(id) from documents").fetchone()[0] > 2**53
    ensure_schema(legacy)
    assert {table: sorted(legacy.execute(f"select * from [{table}]").fetchall()) for table in STABLE_ID_COLUMNS} == expected
    assert search_hits(legacy, "殡葬改革") == {document_id(corpus()[1]["url"])}


def test_texts_are_moved_out_of_an_older_documents_table(tmp_path):
    """Schema 4: a database with bodies in ``documents`` gets them in ``document_texts``, search intact."""
    db = published_corpus(tmp_path)
    texts = dict(db.execute("select document_id, text from document_texts").fetchall())
    with db.conn:
        db.execute("drop view documents_fts_source")
        db.execute("alter table documents add column text text")
        db.execute("alter table documents add column text_original text")
        db.execute("update documents set text = (select text from document_texts where document_id = documents.id)")
        db.execute("delete from document_texts")
        db.execute("update _banli_meta set value = '3' where key = 'schema_version'")
    ensure_schema(db)
    assert "text" not in db["documents"].columns_dict
    assert dict(db.execute("select document_id, text from document_texts").fetchall()) == texts
    assert search_hits(db, "殡葬改革") == {document_id(corpus()[1]["url"])}


def test_workers_share_tables_loaded_once_before_forking(tmp_path, monkeypatch):
    from publish import build
    from tests.publish.conftest import SOURCE, fingerprint

    loaded: list[int] = []

    def normalize_with_tables(content, **_):
        assert loaded, "a worker normalized before the tables were loaded"
        return json.loads(content)

    monkeypatch.setattr(build, "PARALLEL_MIN_PAGES", 2)
    archive_run(tmp_path / "archive", corpus(), run_id="20240101T000000Z")
    normalizer = build.Normalizer("test-1", normalize_with_tables, fingerprint, load_tables=lambda: loaded.append(1))
    result = build.publish(tmp_path / "archive", tmp_path / "banli.db", normalizer=normalizer, registry=[SOURCE],
                           workers=2)
    assert loaded == [1] and not result.failures
    assert len(documents(tmp_path / "banli.db")) == len(corpus())
