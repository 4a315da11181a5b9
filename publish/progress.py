"""Progress bars for ``banli nightly``: pages fetched per source while the crawl runs, documents
normalized while publish runs. Scrapy's own log goes to a file under the data directory.

The crawl runs in a child process (spiders.run); its progress is read from the run's fetch logs
in the archive, which the crawl appends to as it goes, so the crawler needs no callback.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import click

from archive.store import Archive

POLL_SECONDS = 0.5


def crawl_log_file(data_dir: Path, run_id: str) -> Path:
    directory = data_dir / "logs"
    directory.mkdir(parents=True, exist_ok=True)
    return directory / f"crawl-{run_id}.log"


def pages_by_source(archive: Archive, run_id: str) -> Counter:
    return Counter(record.get("source_id") for record in archive.iter_records(run_id))


def crawl_with_progress(crawl: Callable[[], dict], archive_root: Path, run_id: str, sources: list[dict]) -> dict:
    """Run ``crawl`` in a thread; meanwhile a bar of pages fetched, led by the busiest source.

    The bar's length is the sources' registered minimum documents (a full crawl fetches about
    that many pages); it grows when a crawl fetches more.
    """
    outcome: dict = {}
    worker = threading.Thread(target=lambda: outcome.update(summary=_capture(crawl, outcome)), daemon=True)
    archive = Archive(archive_root)
    expected = sum(source.get("min_documents") or 1 for source in sources)
    with click.progressbar(length=expected, label="crawl    ", show_pos=True, item_show_func=lambda text: text,
                           width=30) as bar:
        worker.start()
        shown = 0
        while worker.is_alive():
            worker.join(POLL_SECONDS)
            counts = pages_by_source(archive, run_id)
            done = sum(counts.values())
            bar.length = max(bar.length, done)
            bar.update(done - shown, _per_source(counts))
            shown = done
    if "error" in outcome:
        raise outcome["error"]
    return outcome["summary"]


def _capture(crawl: Callable[[], dict], outcome: dict):
    try:
        return crawl()
    except BaseException as error:  # handed to the main thread
        outcome["error"] = error
        return None


def _per_source(counts: Counter) -> str:
    return ", ".join(f"{source} {count}" for source, count in counts.most_common(2))


class NormalizeBar:
    """``progress`` / ``counter`` callbacks for publish: one bar over the pages to normalize."""

    def __init__(self):
        self.bar = None

    def progress(self, message: str) -> None:
        """Publish's messages; the bar replaces its periodic counts."""
        if self.bar is None and "normalized" not in message:
            click.echo(message)

    def counter(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=max(total, 1), label="normalize", show_pos=True, width=30)
            self.bar.__enter__()
        self.bar.update(1)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
