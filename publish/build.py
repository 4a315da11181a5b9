"""``banli publish``: archive → normalized documents → ``datasets/banli.db``, swapped in atomically.

The previous database is copied to a temporary file next to it and brought up to date there:
only pages whose archived bytes (sha256) or normalizer version changed are normalized again;
every other row is carried over as it is. The finished file replaces the old one with a single
``os.replace``, so a failed or killed publish leaves the previous database intact and served.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from archive.store import Archive, CorruptBlob
from banli import paths
from publish import attachments, history, rows, search
from publish.facet_counts import refresh_facet_counts
from publish.facet_groups import refresh_facet_groups
from publish.ids import canonical_url
from publish.schema import ensure_schema
from publish.search_facets import refresh_search_facets

BUILDING_SUFFIX = ".building-"
INGESTED_RUNS_TABLE = "_banli_runs"
BATCH_SIZE = 500
PARALLEL_MIN_PAGES = 400
STATE_COLUMNS = ("id", "url", "page_sha256", "normalizer_version", "content_hash",
                 "first_seen", "last_seen", "last_changed", "removed_at")


@dataclass(frozen=True)
class Normalizer:
    """The normalize stage as publish sees it (injectable, so tests can use plain dicts)."""

    version: str
    normalize_page: Callable[..., dict]
    fingerprint: Callable[[dict], str]
    reads_attachments: bool = False  # complete documents from their archived attachments
    load_tables: Callable[[], None] | None = None  # before forking workers: loaded once, shared by them all


def default_normalizer() -> Normalizer:
    from normalize import NORMALIZER_VERSION, content_fingerprint, normalize_page
    from normalize.tables import load_tables

    return Normalizer(str(NORMALIZER_VERSION), normalize_page, content_fingerprint, reads_attachments=True,
                      load_tables=load_tables)


@dataclass
class PublishResult:
    database: Path
    pages: int = 0
    normalized: int = 0
    new: int = 0
    changed: int = 0
    removed: int = 0
    runs: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class NormalizedPage:
    page: dict
    document: dict | None = None
    fingerprint: str | None = None
    title_tokens: str = ""
    body_tokens: str = ""
    error: str | None = None


def publish(archive_root: str | Path | None = None, db_path: str | Path | None = None, *,
            normalizer: Normalizer | None = None, registry: list[dict] | None = None,
            progress: Callable[[str], None] | None = None, workers: int | None = None,
            counter: Callable[[int, int], None] | None = None) -> PublishResult:
    """Bring the database up to date with the archive; returns what changed.

    ``progress`` gets messages; ``counter`` gets (pages normalized, pages to normalize) after each page.
    """
    started = time.monotonic()
    db_path = Path(db_path or paths.database_path())
    archive = Archive(archive_root or paths.archive_dir())
    normalizer = normalizer or default_normalizer()
    registry = registry if registry is not None else _load_registry()
    building = _start_building(db_path)
    try:
        db = sqlite_utils.Database(building)
        _skip_durability_while_building(db)
        ensure_schema(db)
        result = _update(db, archive, normalizer, registry, progress or (lambda _: None),
                         workers or os.cpu_count() or 1, counter or (lambda done, total: None))
        if not search.index_holds_every_document(db.conn):
            search.rebuild_fts(db.conn)
        refresh_facet_counts(db)
        refresh_facet_groups(db)
        refresh_search_facets(db)
        db.conn.execute("PRAGMA optimize")
        db.conn.execute("PRAGMA journal_mode=DELETE")
        db.close()
        _swap_in(building, db_path)
    except BaseException:
        building.unlink(missing_ok=True)
        raise
    result.database, result.seconds = db_path, time.monotonic() - started
    return result


def _load_registry() -> list[dict]:
    from banli.sources import load_registry

    return load_registry()


def _start_building(db_path: Path) -> Path:
    """A private copy of the current database (or an empty file) to build into."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_builds(db_path)
    building = db_path.with_name(f"{db_path.name}{BUILDING_SUFFIX}{os.getpid()}")
    if db_path.exists():
        shutil.copyfile(db_path, building)
    else:
        building.unlink(missing_ok=True)
    return building


def _remove_abandoned_builds(db_path: Path) -> None:
    for leftover in db_path.parent.glob(f"{db_path.name}{BUILDING_SUFFIX}*"):
        pid = leftover.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or not _process_alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _skip_durability_while_building(db) -> None:
    """No fsync per commit: the file is private until the swap, which fsyncs it once."""
    db.conn.execute("PRAGMA synchronous=OFF")
    db.conn.execute("PRAGMA journal_mode=MEMORY")


def _swap_in(building: Path, db_path: Path) -> None:
    with open(building, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(building, db_path)
    directory = os.open(db_path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


# the update itself -----------------------------------------------------------------------

def _update(db, archive: Archive, normalizer: Normalizer, registry: list[dict], progress, workers: int,
            counter) -> PublishResult:
    result = PublishResult(database=Path(db.conn.execute("PRAGMA database_list").fetchone()[2]))
    sources = {entry["id"]: entry for entry in registry}
    _write_sources(db, registry)
    archive.update_index()
    state = {row["url"]: row for row in db.query(f"select {', '.join(STATE_COLUMNS)} from documents")}
    digests = _digest_new_runs(db, archive, sources, state)
    result.runs = len(digests)
    attached = attachments.archived_attachments(archive) if normalizer.reads_attachments else {}
    signatures = attachments.known_signatures(db)
    pages = [page for page in archive.latest_pages(kinds=("detail",)) if _needs_normalizing(page, state, normalizer)
             or _attachments_changed(page, attached, signatures)]
    result.pages = len(pages)
    progress(f"publish: {len(pages)} page(s) to normalize, {len(digests)} new crawl run(s)")
    page_attachments = {page["url"]: attached.get(canonical_url(page["url"]), []) for page in pages}
    by_sha = attachments.readings(db, archive, [a for found in page_attachments.values() for a in found], progress)
    writer = _DocumentWriter(db, normalizer, sources, state, result)
    for done, normalized in enumerate(_normalize_all(pages, archive, sources, normalizer, workers,
                                                     (page_attachments, by_sha)), start=1):
        writer.add(normalized)
        counter(done, len(pages))
        if done % 5000 == 0:
            progress(f"publish: normalized {done}/{len(pages)}")
    writer.flush()
    attachments.record_signatures(db, {canonical_url(url): attachments.signature(found)
                                       for url, found in page_attachments.items() if found or url in signatures})
    result.removed = _apply_history(db, digests, state)
    return result


def _write_sources(db, registry: list[dict]) -> None:
    keys = [c for c in ("id", "name", "jurisdiction", "admin_level", "bureau", "kind", "platform",
                        "base_url", "columns", "min_documents", "enabled")]
    source_rows = [{key: (rows.as_json(entry.get(key)) if key == "columns" else entry.get(key)) for key in keys}
                   for entry in registry]
    for row in source_rows:
        row["enabled"] = int(bool(row["enabled"]))
    db["sources"].upsert_all(source_rows, pk="id")


def _needs_normalizing(page: dict, state: dict, normalizer: Normalizer) -> bool:
    """A page answered 200 whose bytes or normalizer changed (an error page never replaces a document)."""
    if page.get("status") not in history.SEEN_STATUSES:
        return False
    known = state.get(canonical_url(page["url"]))
    return known is None or known["page_sha256"] != page["sha256"] or known["normalizer_version"] != normalizer.version


def _attachments_changed(page: dict, attached: dict, signatures: dict) -> bool:
    """A page whose archived attachments are not those it was last normalized with."""
    if page.get("status") not in history.SEEN_STATUSES:
        return False
    url = canonical_url(page["url"])
    return attachments.signature(attached.get(url, [])) != signatures.get(url)


def _digest_new_runs(db, archive: Archive, sources: dict, state: dict) -> list[history.RunDigest]:
    """Digest every run not yet folded in; runs still without a summary are re-read next time."""
    ingested = {row["run_id"] for row in db[INGESTED_RUNS_TABLE].rows} if db[INGESTED_RUNS_TABLE].exists() else set()
    known_sha = {url: row["page_sha256"] for url, row in state.items()}
    digests = []
    for run_id in archive.run_ids():
        if run_id in ingested:
            continue
        records = [{**record, "url": canonical_url(record["url"])} for record in archive.iter_records(run_id)]
        summary = archive.run_summary(run_id)
        digest = history.digest_run(run_id, records, summary, sources, known_sha)
        db["crawl_runs"].upsert_all(digest.crawl_rows, pk=("run_id", "source_id"))
        if summary is not None:
            db[INGESTED_RUNS_TABLE].insert({"run_id": run_id}, pk="run_id", replace=True)
        digests.append(digest)
    return digests


def _apply_history(db, digests: list[history.RunDigest], state: dict) -> int:
    """first_seen / last_seen / removed_at from each new run, in order; returns newly removed count."""
    changed: dict[str, dict] = {}
    removed = 0
    for digest in digests:
        for url in set(digest.last_seen) | set(digest.removed):
            current = state.get(url)
            if current is None:
                continue
            merged = history.merge_history(current, digest, url)
            if any(current.get(key) != value for key, value in merged.items()):
                removed += bool(merged["removed_at"]) and not current.get("removed_at")
                current.update(merged)
                changed[url] = current
    db.conn.executemany(
        "update documents set first_seen = ?, last_seen = ?, removed_at = ? where id = ?",
        [(row["first_seen"], row["last_seen"], row["removed_at"], row["id"]) for row in changed.values()],
    )
    db.conn.commit()
    return removed


# normalizing -----------------------------------------------------------------------------

_worker_context: tuple | None = None


def _normalize_all(pages: list[dict], archive: Archive, sources: dict, normalizer: Normalizer,
                   workers: int, attached: tuple = ({}, {})) -> Iterator[NormalizedPage]:
    """Normalize pages, in worker processes when there are many (results in page order)."""
    global _worker_context
    _worker_context = (archive, sources, normalizer, attached)
    if workers <= 1 or len(pages) < PARALLEL_MIN_PAGES:
        yield from map(_normalize_in_context, pages)
        return
    if normalizer.load_tables:
        normalizer.load_tables()  # in the parent: forked workers share the tables instead of each loading them
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(_normalize_in_context, pages, chunksize=64)


def _normalize_in_context(page: dict) -> NormalizedPage:
    archive, sources, normalizer, (page_attachments, by_sha) = _worker_context
    return normalize_archived_page(page, archive, sources.get(page["source_id"], {"id": page["source_id"]}), normalizer,
                                   page_attachments.get(page["url"]), by_sha)


def normalize_archived_page(page: dict, archive: Archive, source: dict, normalizer: Normalizer,
                            attached: list[dict] | None = None, by_sha: dict | None = None) -> NormalizedPage:
    """The single place where publish calls the normalizer (and completes documents from attachments)."""
    try:
        content = archive.get_blob(page["sha256"])
        document = normalizer.normalize_page(content, url=page["url"], content_type=page.get("content_type"),
                                             source=source, listing=page.get("listing") or {})
        if attached and normalizer.reads_attachments:
            document = attachments.attach(document, attached, by_sha or {}, source)
    except (CorruptBlob, ValueError, LookupError, TypeError) as error:
        return NormalizedPage(page, error=f"{type(error).__name__}: {error}")
    return NormalizedPage(page, document, normalizer.fingerprint(document),
                          search.tokens(document.get("title")), search.tokens(document.get("text")))


class _DocumentWriter:
    """Writes normalized documents in batches: row, children, version, search index."""

    def __init__(self, db, normalizer: Normalizer, sources: dict, state: dict, result: PublishResult):
        self.db, self.normalizer, self.sources, self.state, self.result = db, normalizer, sources, state, result
        self.bodies: dict[str, int] = {row["name"]: row["id"] for row in db["issuing_bodies"].rows}
        self.pending: list[tuple[dict, NormalizedPage]] = []

    def add(self, normalized: NormalizedPage) -> None:
        self.result.normalized += 1
        if normalized.error:
            self.result.failures.append((normalized.page["url"], normalized.error))
            return
        self.pending.append((self._row(normalized), normalized))
        if len(self.pending) >= BATCH_SIZE:
            self.flush()

    def _row(self, normalized: NormalizedPage) -> dict:
        page, document = normalized.page, normalized.document
        row = rows.document_row(document, page=page, source=self.sources.get(page["source_id"], {}))
        row["issuing_body_id"] = self._issuing_body(document.get("issuing_body"), row["jurisdiction"])
        row.update(content_hash=normalized.fingerprint, page_sha256=page["sha256"],
                   normalizer_version=self.normalizer.version)
        old = self.state.get(row["url"])
        content_changed = old is None or old["content_hash"] != normalized.fingerprint
        row.update(
            first_seen=(old or {}).get("first_seen") or page.get("first_fetched"),
            last_seen=(old or {}).get("last_seen") or page.get("first_fetched"),
            last_changed=(page.get("last_changed") or page.get("last_fetched")) if content_changed else old["last_changed"],
            removed_at=(old or {}).get("removed_at"),
        )
        return row

    def _issuing_body(self, name: str | None, jurisdiction: str | None) -> int | None:
        if not name:
            return None
        if name not in self.bodies:
            self.bodies[name] = self.db["issuing_bodies"].lookup({"name": name}, {"jurisdiction": jurisdiction})
        return self.bodies[name]

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        db = self.db
        with db.conn:
            old_ids = [row["id"] for row, _ in batch if row["url"] in self.state]
            old_rows = {r["id"]: r for r in db.query(
                "select documents.*, document_texts.text, document_texts.text_original from documents "
                "left join document_texts on document_texts.document_id = documents.id "
                f"where documents.id in ({','.join('?' * len(old_ids))})", old_ids)} if old_ids else {}
            search.unindex_documents(db.conn, old_ids)
            self._write_versions(batch, old_rows)
            db["documents"].upsert_all([rows.stored_row(row) for row, _ in batch], pk="id")
            self._write_children(batch, old_ids)
            search.index_rows(db.conn, [(row["id"], n.title_tokens, n.body_tokens) for row, n in batch])
        for row, _ in batch:
            self.result.new += row["url"] not in self.state
            self.state[row["url"]] = {key: row[key] for key in STATE_COLUMNS}

    def _write_versions(self, batch, old_rows: dict) -> None:
        versions = []
        for row, _ in batch:
            old = old_rows.get(row["id"])
            if old is not None and old["content_hash"] == row["content_hash"]:
                continue
            self.result.changed += old is not None
            versions.append({"document_id": row["id"], "content_hash": row["content_hash"],
                             "recorded_at": row["last_changed"], "page_sha256": row["page_sha256"],
                             "normalizer_version": row["normalizer_version"], "title": row["title"],
                             "changed_fields": rows.as_json(rows.changed_fields(old, row))})
        self.db["document_versions"].insert_all(versions, pk=("document_id", "content_hash"), ignore=True)

    def _write_children(self, batch, old_ids: list[int]) -> None:
        for table, make_rows in rows.CHILD_ROWS.items():
            if old_ids:
                self.db[table].delete_where(f"document_id in ({','.join('?' * len(old_ids))})", old_ids)
            child_rows = [child for row, n in batch for child in make_rows(row["id"], n.document, row)]
            self.db[table].insert_all(child_rows, pk=self.db[table].pks, replace=True)

