"""A damaged archive: ``banli archive verify`` reports it, ``banli publish`` skips it and keeps the rest."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import sqlite_utils

from archive.store import Archive
from archive.summary import RunSummary, SourceOutcome
from tests.normalize.conftest import FIXTURES

BANLI = str(Path(sys.executable).with_name("banli"))
SOURCE_ID = "wuhan-mzj-jytabl"
COLUMN = "https://mzj.wuhan.gov.cn/zwgk_918/fdzdgk/qtzdgknr/jytabl/gzgk/"
PAGE = (FIXTURES / "wuhan_trs.html").read_bytes()
URLS = [f"{COLUMN}202110/t2021102{n}_18226{n}.shtml" for n in range(3)]


def page_version(number: int, version: int = 1) -> bytes:
    """The Wuhan fixture page, made distinct per document and version by a trailing comment."""
    return PAGE + f"<!-- document {number} version {version} -->".encode()


def crawl_run(root: Path, run_id: str, bodies: dict[str, bytes]) -> dict[str, str]:
    """One complete crawl run of the given detail pages; returns url → sha256."""
    log = Archive(root).open_run(run_id, worker="test")
    when = f"{run_id[:4]}-{run_id[4:6]}-{run_id[6:8]}T00:00:00.000000Z"
    shas = {url: log.record_fetch(url=url, source_id=SOURCE_ID, kind="detail", status=200, body=body,
                                  headers={"content-type": "text/html; charset=utf-8"}, fetched_at=when)["sha256"]
            for url, body in bodies.items()}
    log.write_summary(RunSummary(run_id, when, when, {SOURCE_ID: SourceOutcome(
        list_pages=1, documents=len(bodies), pages=len(bodies) + 1, errors=0, complete=True,
        min_documents=1, below_minimum=False, seen_urls=len(bodies))}))
    log.close()
    return shas


def damage(archive: Archive, sha: str, how: str) -> None:
    path = archive.blob_path(sha)
    data = path.read_bytes()
    damaged = {
        "flipped": data[:20] + bytes([data[20] ^ 0xFF]) + data[21:],
        "truncated": data[: len(data) // 2],
        "swapped": gzip.compress(b"<html>someone else's page</html>"),
        "empty": b"",
    }[how]
    path.write_bytes(damaged)


def banli(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([BANLI, *arguments], capture_output=True, text=True, timeout=120)


def published(db_path: Path) -> dict[str, dict]:
    return {row["url"]: row for row in sqlite_utils.Database(db_path).query("select url, title, page_sha256, removed_at from documents")}


def test_verify_reports_every_kind_of_damaged_blob(tmp_path):
    root = tmp_path / "archive"
    shas = crawl_run(root, "20240101T000000Z", {url: page_version(n) for n, url in enumerate(URLS)})
    archive = Archive(root)
    kinds = ["flipped", "truncated", "swapped"]
    for url, how in zip(URLS, kinds, strict=True):
        damage(archive, shas[url], how)
    result = banli("archive", "verify", "--archive", str(root))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    reported = [line for line in result.stdout.splitlines() if line.startswith("corrupt: ")]
    assert sorted(line.split()[2].rstrip(":") for line in reported) == sorted(shas.values())
    assert result.stdout.splitlines()[-1] == f"{len(URLS)} blobs checked, {len(URLS)} problems"


def test_a_garbled_fetch_log_line_is_skipped(tmp_path):
    root = tmp_path / "archive"
    crawl_run(root, "20240101T000000Z", {URLS[0]: page_version(0)})
    log = next((root / "runs" / "20240101T000000Z").glob("fetch-log-*.jsonl"))
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b'{"url": "half a record\n' + b"".join(lines) + b"\x00\xff garbage\n")
    archive = Archive(root)
    assert [record["url"] for record in archive.iter_records("20240101T000000Z")] == [URLS[0]]
    archive.update_index()
    assert [page["url"] for page in archive.latest_pages()] == [URLS[0]]


def test_publish_skips_a_corrupt_blob_and_keeps_the_published_document(tmp_path):
    root, db_path = tmp_path / "archive", tmp_path / "banli.db"
    first = crawl_run(root, "20240101T000000Z", {url: page_version(n) for n, url in enumerate(URLS)})
    assert banli("publish", "--archive", str(root), "--db", str(db_path)).returncode == 0
    before = published(db_path)
    assert set(before) == set(URLS)

    second = crawl_run(root, "20240102T000000Z", {url: page_version(n, version=2) for n, url in enumerate(URLS)})
    damage(Archive(root), second[URLS[0]], "flipped")
    result = banli("publish", "--archive", str(root), "--db", str(db_path))
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert f"could not normalize {URLS[0]}: CorruptBlob" in result.stderr
    after = published(db_path)
    assert set(after) == set(URLS) and not any(row["removed_at"] for row in after.values())
    assert after[URLS[0]]["page_sha256"] == first[URLS[0]]
    assert {after[url]["page_sha256"] for url in URLS[1:]} == {second[url] for url in URLS[1:]}


def test_a_fresh_publish_over_a_corrupt_blob_publishes_the_rest(tmp_path):
    root, db_path = tmp_path / "archive", tmp_path / "banli.db"
    shas = crawl_run(root, "20240101T000000Z", {url: page_version(n) for n, url in enumerate(URLS)})
    damage(Archive(root), shas[URLS[1]], "empty")
    result = banli("publish", "--archive", str(root), "--db", str(db_path))
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "1 failed" in result.stdout and f"could not normalize {URLS[1]}" in result.stderr
    assert set(published(db_path)) == {URLS[0], URLS[2]}
