"""Resuming an interrupted crawl from its ``JOBDIR`` (``banli crawl --jobdir DIR``).

Scrapy keeps the request queue and the duplicate filter in the job directory, and the
``spider.state`` dict in ``spider.state`` there (its SpiderState extension loads it when the
spider opens and saves it when the spider closes). What Scrapy cannot know is the spider's
own progress: the URLs it listed, its pending list pages, the counters behind ``complete``,
its mode. :func:`save_progress` puts those into ``spider.state`` when the spider closes and
:func:`restore_progress` brings them back before the start requests, together with the crawl
stats the summary reads, so the resumed run carries on where the interrupted one stopped and
its summary describes the whole job.

The run id is kept in ``<JOBDIR>/run.json``: the resumed crawl writes its fetch log into the
interrupted run's directory and replaces that run's (incomplete) summary, so the archive
shows one run per job. A source whose crawl finished leaves no job directory behind, so the
next run with the same ``--jobdir`` starts afresh.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

PROGRESS_KEY = "banli_progress"
RUN_FILE = "run.json"
CARRIED_STATS = (
    "banli/list_pages", "banli/documents", "banli/attachments", "banli/new", "banli/errors",
    "banli/error_samples", "banli/rechecks", "banli/not_modified", "downloader/request_count",
    "retry/count", "spider_exceptions/count",
)


def save_progress(spider, stats) -> None:
    """Store the spider's progress and carried stats in ``spider.state`` (JOBDIR runs only)."""
    state = getattr(spider, "state", None)
    if state is None:
        return
    state[PROGRESS_KEY] = {
        "attributes": {name: getattr(spider, name) for name in spider.progress_attributes},
        "stats": {key: stats.get_value(key) for key in CARRIED_STATS if stats.get_value(key) is not None},
    }


def restore_progress(spider, stats) -> bool:
    """Bring back what :func:`save_progress` stored; returns whether this run resumes a job."""
    progress = (getattr(spider, "state", None) or {}).get(PROGRESS_KEY)
    if not progress:
        return False
    for name, value in progress["attributes"].items():
        setattr(spider, name, value)
    for key, value in progress["stats"].items():
        if isinstance(value, list):
            stats.set_value(key, value)
        else:
            stats.inc_value(key, value)
    spider.logger.info("resuming: %d list page(s) parsed, %d URL(s) listed, %d list page(s) queued",
                       spider.list_pages_parsed, len(spider.listed_urls), spider.pending_list_pages)
    return True


def job_run_id(jobdir: str | Path) -> str | None:
    """The run id of the job this directory holds, if a crawl using it was interrupted."""
    path = Path(jobdir) / RUN_FILE
    return json.loads(path.read_text(encoding="utf-8"))["run_id"] if path.exists() else None


def remember_job_run(jobdir: str | Path, run_id: str) -> None:
    Path(jobdir).mkdir(parents=True, exist_ok=True)
    (Path(jobdir) / RUN_FILE).write_text(json.dumps({"run_id": run_id}), encoding="utf-8")


def forget_finished_sources(jobdir: str | Path, summary: dict) -> None:
    """Remove the job directories of sources whose crawl finished (and the run file once all did)."""
    jobdir = Path(jobdir)
    finished = [source_id for source_id, entry in summary["sources"].items()
                if entry.get("close_reason") == "finished"]
    for source_id in finished:
        shutil.rmtree(jobdir / source_id, ignore_errors=True)
    if len(finished) == len(summary["sources"]):
        (jobdir / RUN_FILE).unlink(missing_ok=True)
