"""``banli nightly``: crawl every enabled source → publish → export, one run at a time.

A lock file in the data directory (``fcntl.flock``) refuses an overlapping run. The exit code
is 1 when any source failed, crawled incompletely or found fewer documents than its
registered minimum, so a scheduler notices a broken source the morning after.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from banli import paths

EXIT_OK, EXIT_SOURCE_PROBLEM, EXIT_ALREADY_RUNNING = 0, 1, 75
SUMMARY_COLUMNS = ("source", "mode", "fetched", "documents", "new", "changed", "removed", "errors", "complete",
                   "status")


class AlreadyRunning(RuntimeError):
    pass


@contextlib.contextmanager
def nightly_lock(lock_path: Path) -> Iterator[None]:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            raise AlreadyRunning(f"another nightly run holds {lock_path} (pid {handle.read().strip() or '?'})") from None
        handle.truncate(0)
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def lock_path() -> Path:
    return paths.data_dir() / "nightly.lock"


def run_nightly(*, source_ids: list[str] | None = None, replica: bool = False, export: bool = True,
                archive_root: Path | None = None, db_path: Path | None = None,
                echo: Callable[[str], None] = print, full: bool = False, quiet: bool = False) -> int:
    """The nightly job; ``full`` forces a full sweep instead of the incremental default.

    Each source is walked incrementally unless it is due its periodic full sweep
    (``spiders.incremental``); only full sweeps can mark documents removed. ``quiet`` sends
    Scrapy's log to ``<data>/logs/crawl-<run id>.log`` and shows progress bars instead.
    """
    try:
        with nightly_lock(lock_path()):
            return _run(source_ids, replica, export, Path(archive_root or paths.archive_dir()),
                        Path(db_path or paths.database_path()), echo, full, quiet)
    except AlreadyRunning as error:
        echo(f"nightly: {error}")
        return EXIT_ALREADY_RUNNING


def _run(source_ids, replica: bool, export: bool, archive_root: Path, db_path: Path, echo,
         full: bool = False, quiet: bool = False) -> int:
    from banli.replica_wiring import replica_hosts
    from banli.sources import load_registry, select_sources
    from publish.build import publish
    from publish.export import export_all
    from publish.progress import NormalizeBar

    registry = load_registry()
    sources = select_sources(registry, source_ids or (), replica=replica)
    started = time.monotonic()
    echo(f"nightly: crawling {len(sources)} source(s){' from the replica' if replica else ''} …")
    with replica_hosts(replica, [s["id"] for s in sources]) as replica_map:
        summary = _crawl(sources, archive_root, replica_map, "full" if full else "auto", quiet, echo)
    echo(f"nightly: crawl {summary['run_id']} done in {time.monotonic() - started:.0f} s; publishing …")
    bar = NormalizeBar() if quiet else None
    try:
        result = publish(archive_root, db_path, registry=registry, progress=bar.progress if bar else echo,
                         counter=bar.counter if bar else None)
    finally:
        if bar:
            bar.close()
    echo(f"nightly: published {db_path} ({result.normalized} page(s) normalized, {result.new} new, "
         f"{result.changed} changed, {result.removed} removed, {len(result.failures)} failed) in {result.seconds:.0f} s")
    for url, problem in result.failures[:10]:
        echo(f"nightly:   could not normalize {url}: {problem}")
    if export:
        written = export_all(db_path)
        echo(f"nightly: exported {len(written)} file(s) to {written[0].parent}")
    rows = summary_rows(summary, sources, db_path)
    echo(format_table(rows))
    return EXIT_SOURCE_PROBLEM if any(row["status"] != "ok" for row in rows) else EXIT_OK


def _crawl(sources: list[dict], archive_root: Path, replica_map, mode: str, quiet: bool, echo) -> dict:
    """The crawl; quiet: Scrapy's log to a file and a progress bar of pages fetched."""
    from archive.store import new_run_id
    from publish.progress import crawl_log_file, crawl_with_progress
    from spiders.run import run_crawl

    if not quiet:
        return run_crawl(sources, archive_root=archive_root, replica_map=replica_map, mode=mode)
    run_id = new_run_id()
    log_file = crawl_log_file(paths.data_dir(), run_id)
    echo(f"nightly: Scrapy's log is in {log_file} (-v shows it here)")
    return crawl_with_progress(
        lambda: run_crawl(sources, archive_root=archive_root, replica_map=replica_map, mode=mode, run_id=run_id,
                          settings={"LOG_FILE": str(log_file)}),
        archive_root, run_id, sources)


def summary_rows(summary: dict, sources: list[dict], db_path: Path) -> list[dict]:
    """One row per source: what the crawl reported plus what publish counted for this run."""
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    counted = {row["source_id"]: row for row in db["crawl_runs"].rows_where("run_id = ?", [summary["run_id"]])}
    rows = []
    for source in sources:
        reported = summary.get("sources", {}).get(source["id"])
        mine = counted.get(source["id"], {})
        rows.append({
            "source": source["id"],
            "mode": (reported or {}).get("mode") or "-",
            "fetched": (reported or {}).get("pages", 0),
            "documents": (reported or {}).get("documents", 0),
            "new": mine.get("new", 0), "changed": mine.get("changed", 0), "removed": mine.get("removed", 0),
            "errors": (reported or {}).get("errors", 0),
            "complete": "yes" if (reported or {}).get("complete") else "no",
            "status": source_status(reported, source),
        })
    return rows


def source_status(reported: dict | None, source: dict) -> str:
    if reported is None:
        return "FAILED (no result)"
    if not reported.get("walk_finished", reported.get("complete")):
        return "INCOMPLETE: " + "; ".join(reported.get("error_samples") or ["the list walk did not finish"])[:200]
    why = "; ".join(reported.get("error_samples") or [])[:200]
    if reported.get("below_minimum"):
        return f"BELOW MINIMUM ({reported.get('documents', 0)} < {source['min_documents']})" + (f": {why}" if why else "")
    if reported.get("errors"):
        return f"ERRORS ({reported['errors']}): {why}"
    return "ok"


def format_table(rows: list[dict]) -> str:
    table = [SUMMARY_COLUMNS] + [tuple(str(row[c]) for c in SUMMARY_COLUMNS) for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(SUMMARY_COLUMNS))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in table)


@click.command("nightly")
@click.option("--replica", is_flag=True, help="Crawl the local replica instead of the live sites.")
@click.option("--source", "source_ids", multiple=True, help="Only these source ids (repeatable).")
@click.option("--no-export", is_flag=True, help="Skip writing the CSV/NDJSON files.")
@click.option("--full", is_flag=True, help="A full sweep of every source (default: incremental unless a sweep is due).")
@click.option("-v", "--verbose", is_flag=True, help="Scrapy's log here instead of progress bars (the log file).")
def nightly_command(replica, source_ids, no_export, full, verbose):
    """Crawl every enabled source, publish, export; exit 1 if a source failed or fell below its minimum."""
    from banli.sources import RegistryError

    try:
        code = run_nightly(source_ids=list(source_ids) or None, replica=replica, export=not no_export, echo=click.echo,
                           full=full, quiet=not verbose)
    except RegistryError as error:
        click.echo(f"banli: registry error: {error}", err=True)
        sys.exit(2)
    sys.exit(code)


commands = [nightly_command]
