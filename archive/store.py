"""The raw archive: content-addressed blobs plus one fetch log per crawl run.

Layout under the archive root::

    blobs/ab/abcdef….gz          body bytes, gzip, named by the sha256 of the raw bytes
    runs/<run_id>/fetch-log-<worker>.jsonl   one JSON record per fetch (success or error)
    runs/<run_id>/summary.json   what the crawl said at the end (per source)
    index.db                     derived: latest record per URL (rebuildable from the logs)

The blobs and logs are the source of truth; ``index.db`` is a cache that
:meth:`Archive.update_index` brings up to date and :meth:`Archive.rebuild_index` rebuilds.
A blob is written once (temp file + rename), so re-fetching an unchanged page stores
nothing new and a crash never leaves a half-written blob under its final name.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import socket
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from archive.summary import RunSummary

RECORD_FIELDS = (
    "run_id", "url", "source_id", "kind", "status", "sha256", "bytes", "content_type",
    "headers", "fetched_at", "listing", "parent_url", "error", "new_blob",
)
PAGE_KINDS = ("detail", "attachment")


class CorruptBlob(Exception):
    """A blob whose bytes no longer match its name (or cannot be read)."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


class Archive:
    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.blob_dir = self.root / "blobs"
        self.run_dir = self.root / "runs"
        self._blob_dirs_made: set[Path] = set()  # a crawl writes thousands of blobs into 256 directories

    # blobs -------------------------------------------------------------------------------
    def blob_path(self, sha: str) -> Path:
        return self.blob_dir / sha[:2] / f"{sha}.gz"

    def has_blob(self, sha: str) -> bool:
        return self.blob_path(sha).exists()

    def put_blob(self, data: bytes) -> tuple[str, bool]:
        """Store bytes; returns (sha256, whether they were new to the archive)."""
        sha = sha256_hex(data)
        path = self.blob_path(sha)
        if path.exists():
            return sha, False
        if path.parent not in self._blob_dirs_made:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._blob_dirs_made.add(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(gzip.compress(data, compresslevel=5, mtime=0))
        os.replace(tmp, path)
        return sha, True

    def get_blob(self, sha: str) -> bytes:
        try:
            data = gzip.decompress(self.blob_path(sha).read_bytes())
        except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as error:
            raise CorruptBlob(f"blob {sha}: {error}") from error
        if sha256_hex(data) != sha:
            raise CorruptBlob(f"blob {sha}: content does not match its hash")
        return data

    def blob_count(self) -> int:
        return sum(1 for _ in self.blob_dir.glob("*/*.gz")) if self.blob_dir.exists() else 0

    # runs --------------------------------------------------------------------------------
    def open_run(self, run_id: str | None = None, worker: str | None = None) -> RunLog:
        return RunLog(self, run_id or new_run_id(), worker or f"{socket.gethostname()}-{os.getpid()}")

    def run_ids(self) -> list[str]:
        return sorted(p.name for p in self.run_dir.iterdir() if p.is_dir()) if self.run_dir.exists() else []

    def iter_records(self, run_id: str) -> Iterator[dict]:
        """Every fetch record of one run; a torn last line (crashed run) is skipped."""
        for log in sorted((self.run_dir / run_id).glob("fetch-log-*.jsonl")):
            yield from _read_jsonl(log)

    def run_summary(self, run_id: str) -> dict | None:
        path = self.run_dir / run_id / "summary.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

    # index -------------------------------------------------------------------------------
    @property
    def index_path(self) -> Path:
        return self.root / "index.db"

    def index(self) -> sqlite_utils.Database:
        db = sqlite_utils.Database(self.index_path)
        if "pages" not in db.table_names():
            db["pages"].create(
                {"url": str, "source_id": str, "kind": str, "status": int, "sha256": str,
                 "content_type": str, "headers": str, "listing": str, "parent_url": str,
                 "first_fetched": str, "last_fetched": str, "last_changed": str, "run_id": str},
                pk="url",
            )
            db["pages"].create_index(["source_id"])
            db["ingested"].create({"log": str, "offset": int}, pk="log")
        return db

    def update_index(self) -> int:
        """Fold fetch-log lines not yet seen into index.db; returns how many were read.

        Each log's new lines are folded in memory first and written with one batched
        upsert, so indexing a 100,000-page crawl takes seconds, not minutes.
        """
        db = self.index()
        offsets = {row["log"]: row["offset"] for row in db["ingested"].rows}
        count = 0
        for log in sorted(self.run_dir.glob("*/fetch-log-*.jsonl")) if self.run_dir.exists() else []:
            key = str(log.relative_to(self.root))
            records, end = _read_jsonl_from(log, offsets.get(key, 0))
            if end == offsets.get(key, 0):
                continue
            with db.conn:
                _fold_records(db, records)
                db["ingested"].upsert({"log": key, "offset": end}, pk="log")
            count += len(records)
        return count

    def rebuild_index(self) -> int:
        self.index_path.unlink(missing_ok=True)
        return self.update_index()

    def latest_pages(self, source_ids: list[str] | None = None, kinds=PAGE_KINDS) -> Iterator[dict]:
        """The latest successfully archived version of every page (after update_index)."""
        db = self.index()
        where = f"kind in ({','.join('?' * len(kinds))}) and sha256 is not null"
        params = list(kinds)
        if source_ids:
            where += f" and source_id in ({','.join('?' * len(source_ids))})"
            params += list(source_ids)
        for row in db["pages"].rows_where(where, params, order_by="url"):
            yield {**row, "headers": json.loads(row["headers"] or "{}"), "listing": json.loads(row["listing"] or "{}")}


class RunLog:
    """Append-only fetch log of one crawl run, one file per worker process."""

    def __init__(self, archive: Archive, run_id: str, worker: str):
        self.archive, self.run_id = archive, run_id
        self.dir = archive.run_dir / run_id
        self.dir.mkdir(parents=True, exist_ok=True)
        # open for the log's lifetime, closed by close()
        self._handle = open(self.dir / f"fetch-log-{worker}.jsonl", "a", encoding="utf-8")  # noqa: SIM115

    def record_fetch(self, *, url: str, source_id: str, kind: str, status: int | None,
                     body: bytes | None = None, headers: dict | None = None,
                     listing: dict | None = None, parent_url: str | None = None,
                     error: str | None = None, fetched_at: str | None = None) -> dict:
        """Store the body (if any) and log the fetch; returns the record written."""
        sha, new = self.archive.put_blob(body) if body is not None else (None, False)
        headers = headers or {}
        record = {
            "run_id": self.run_id, "url": url, "source_id": source_id, "kind": kind,
            "status": status, "sha256": sha, "bytes": len(body) if body is not None else 0,
            "content_type": headers.get("content-type"), "headers": headers,
            "fetched_at": fetched_at or utc_now(), "listing": listing or {},
            "parent_url": parent_url, "error": error, "new_blob": new,
        }
        self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._handle.flush()
        return record

    def write_summary(self, summary: RunSummary | dict) -> None:
        """Store the run's summary (a dict is read through :class:`RunSummary`, so a typo is refused)."""
        if not isinstance(summary, RunSummary):
            summary = RunSummary.from_dict(summary)
        path = self.dir / "summary.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)

    def close(self) -> None:
        self._handle.close()


def _read_jsonl(path: Path) -> Iterator[dict]:
    records, _ = _read_jsonl_from(path, 0)
    yield from records


def _read_jsonl_from(path: Path, offset: int) -> tuple[list[dict], int]:
    """Complete lines from byte offset on; stops before a torn (unterminated) last line."""
    records = []
    with open(path, "rb") as handle:
        handle.seek(offset)
        for line in handle:
            if not line.endswith(b"\n"):
                break
            offset += len(line)
            try:
                records.append(json.loads(line))
            except ValueError:  # not JSON, or bytes json cannot even decode (garbage, NULs)
                continue
    return records, offset


def _fold_records(db: sqlite_utils.Database, records: list[dict]) -> None:
    """Update the latest-per-URL rows with fetch records, in log order.

    A fetch without a body (an error, a 304, a recheck) only moves ``last_fetched``: the
    page keeps its last archived body, so a failed or unchanged fetch never loses content.
    """
    urls = list({record["url"] for record in records})
    rows = {}
    for start in range(0, len(urls), 500):
        chunk = urls[start:start + 500]
        placeholders = ",".join("?" * len(chunk))
        rows.update({row["url"]: row for row in db["pages"].rows_where(f"url in ({placeholders})", chunk)})
    for record in records:
        rows[record["url"]] = _folded_row(rows.get(record["url"]), record)
    db["pages"].upsert_all(rows.values(), pk="url")


def _folded_row(existing: dict | None, record: dict) -> dict:
    fetched_at = record["fetched_at"]
    if record.get("sha256") is None:
        if existing is not None:
            return {**existing, "last_fetched": fetched_at}
        return {"url": record["url"], "source_id": record["source_id"], "kind": record["kind"],
                "status": record["status"], "sha256": None, "content_type": None, "headers": "{}",
                "listing": json.dumps(record.get("listing") or {}, ensure_ascii=False),
                "parent_url": record.get("parent_url"), "first_fetched": fetched_at,
                "last_fetched": fetched_at, "last_changed": None, "run_id": record["run_id"]}
    changed = existing is None or existing["sha256"] != record["sha256"]
    return {
        "url": record["url"], "source_id": record["source_id"], "kind": record["kind"],
        "status": record["status"], "sha256": record["sha256"], "content_type": record.get("content_type"),
        "headers": json.dumps(record.get("headers") or {}, ensure_ascii=False),
        "listing": json.dumps(record.get("listing") or {}, ensure_ascii=False),
        "parent_url": record.get("parent_url"),
        "first_fetched": existing["first_fetched"] if existing else fetched_at,
        "last_fetched": fetched_at,
        "last_changed": fetched_at if changed else existing["last_changed"],
        "run_id": record["run_id"],
    }
