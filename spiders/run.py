"""Run one crawl: a child process with one Scrapy crawler per source, and its summary.

The Twisted reactor cannot be restarted inside a process, so :func:`run_crawl` hands the
job to ``python -m spiders.run JOB.json``. The child runs every source's crawler in one
``CrawlerProcess`` (spider class from the platform table, :mod:`banli.sources`), collects each crawler's
outcome when its spider closes, and writes the run summary into the archive
(``runs/<run_id>/summary.json``), where the parent reads it back.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import tempfile
from pathlib import Path

from archive.store import Archive, new_run_id, utc_now
from archive.summary import RunSummary, SourceOutcome
from banli import children
from banli.sources import find_source, load_registry, platform_of
from spiders.incremental import choose_mode, known_pages
from spiders.jobstate import forget_finished_sources, job_run_id, remember_job_run


class CrawlFailed(RuntimeError):
    """The crawl process ended without writing a summary."""


def run_crawl(sources, *, archive_root, replica_map=None, run_id=None, settings=None,
              summary_json=None, mode="full", redis_url=None) -> dict:
    """Crawl ``sources`` (registry entries or ids) into the archive; returns the run summary.

    ``replica_map`` sends the registered hosts to a running replica (and switches to the
    replica settings profile); ``settings`` overrides Scrapy settings for every crawler;
    ``summary_json`` also writes the summary to that file. ``mode`` is ``full``,
    ``incremental`` or ``auto`` (see :mod:`spiders.incremental`); ``redis_url`` makes this
    process one worker of a distributed crawl (:mod:`spiders.distributed`). With a
    ``JOBDIR`` setting an interrupted crawl resumes under its own run id (:mod:`spiders.jobstate`).
    """
    entries = [source if isinstance(source, dict) else find_source(source, load_registry())
               for source in sources]
    jobdir = (settings or {}).get("JOBDIR")
    run_id = run_id or (jobdir and job_run_id(jobdir)) or new_run_id()
    if jobdir:
        remember_job_run(jobdir, run_id)
    job = {"sources": entries, "archive_root": str(archive_root), "replica_map": replica_map or {},
           "run_id": run_id, "settings": settings or {}, "mode": mode, "redis_url": redis_url}
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="banli-crawl-", delete=False) as handle:
        json.dump(job, handle, ensure_ascii=False)
    try:
        children.run([sys.executable, "-m", "spiders.run", handle.name], check=False)
    finally:
        os.unlink(handle.name)
    summary = Archive(archive_root).run_summary(run_id)
    if summary is None:
        raise CrawlFailed(f"crawl {run_id} ended without a summary (see the log above)")
    if jobdir:
        forget_finished_sources(jobdir, summary)
    if summary_json:
        Path(summary_json).write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return summary


def crawl_settings(*, replica_map: dict, archive_root: str, run_id: str, overrides: dict, redis_url=None):
    """Project settings, the replica and Redis profiles where they apply, then the overrides.

    The replica profile sits at ``cmdline`` priority so it also beats a source's own
    politeness (``spider`` priority) on delays and concurrency; ``obey_robots`` still applies.
    """
    from scrapy.settings import Settings

    from spiders import settings as project_settings

    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    if replica_map:
        settings.setdict(project_settings.REPLICA_PROFILE, priority="cmdline")
        settings.set("BANLI_REPLICA_MAP", replica_map, priority="cmdline")
    if redis_url:
        from spiders.distributed import redis_profile

        settings.setdict(redis_profile(redis_url), priority="cmdline")
    settings.setdict({"BANLI_ARCHIVE_ROOT": archive_root, "BANLI_RUN_ID": run_id}, priority="cmdline")
    settings.setdict(overrides, priority="cmdline")
    return settings


def spider_arguments(source: dict, known: dict[str, dict], *, requested_mode: str, archive: Archive,
                     settings) -> dict:
    """What one source's spider starts with: its mode, its archived detail URLs (the stop
    rule and rechecks) and the validators of every archived page (conditional requests)."""
    mode = requested_mode if requested_mode == "distributed" else choose_mode(
        requested_mode, source, archive=archive, has_known=any(page["kind"] == "detail" for page in known.values()),
        full_sweep_days=settings.getint("BANLI_FULL_SWEEP_DAYS"))
    detail_urls = [url for url, page in known.items() if page["kind"] == "detail"]
    return {"source": source, "known_urls": detail_urls, "mode": mode, "validators": known}


def source_outcome(spider, stats, reason: str) -> SourceOutcome:
    """One source's summary entry, from its spider's list walk and its crawler's stats.

    ``complete`` (every list page walked, pagination exhausted: what removals rely on) is
    only ever true for a ``full`` walk; ``walk_finished`` says whether the walk the mode asks
    for ran to its end. Incremental and distributed runs check ``min_documents`` against the
    documents on record (archived or listed now) rather than the ones this process fetched.
    """
    list_pages = spider.list_pages_parsed
    documents = stats.get_value("banli/documents", 0)
    minimum = spider.source["min_documents"]
    on_record = documents if spider.mode == "full" else len(spider.known_urls | spider.listed_urls)
    problems = listing_problems(spider)
    return SourceOutcome(**{
        "list_pages": list_pages,
        "documents": documents,
        "pages": list_pages + documents,
        "new": stats.get_value("banli/new", 0),
        "attachments": stats.get_value("banli/attachments", 0),
        "errors": stats.get_value("banli/errors", 0) + stats.get_value("spider_exceptions/count", 0),
        "error_samples": stats.get_value("banli/error_samples", []) + problems,
        "complete": (spider.mode == "full" and reason == "finished" and spider.list_walk_complete
                     and spider.listed_enough),
        "mode": spider.mode,
        "walk_finished": reason == "finished" and spider.walk_finished and not problems,
        "requests": stats.get_value("downloader/request_count", 0),
        "not_modified": stats.get_value("banli/not_modified", 0),
        "retries": stats.get_value("retry/count", 0),
        "min_documents": minimum,
        "below_minimum": on_record < minimum,
        "seen_urls": len(spider.listed_urls),
        "rechecked": stats.get_value("banli/rechecks", 0),
        "browser_pages": stats.get_value("playwright/page_count", 0),
        "challenge_passes": stats.get_value("banli/challenge/browser_passes", 0),
        "close_reason": reason,
    })


def listing_problems(spider) -> list[str]:
    """Why a list walk that fetched every list page is still not complete (a redesign shows here)."""
    if spider.list_walk_complete and not spider.listed_enough:
        return [f"the lists named {len(spider.listed_urls)} documents, fewer than min_documents "
                f"{spider.source['min_documents']} (list pages redesigned?)"]
    return []


def crawl_in_this_process(job: dict) -> dict:
    """Run every source's crawler in this process and write the run summary."""
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.misc import load_object

    archive = Archive(job["archive_root"])
    settings = crawl_settings(replica_map=job["replica_map"], archive_root=job["archive_root"],
                              run_id=job["run_id"], overrides=job["settings"], redis_url=job.get("redis_url"))
    known = known_pages(archive, [source["id"] for source in job["sources"]])
    requested_mode = "distributed" if job.get("redis_url") else job.get("mode", "full")
    process = CrawlerProcess(settings)
    outcomes: dict[str, SourceOutcome] = {}
    started_at = (archive.run_summary(job["run_id"]) or {}).get("started_at") or utc_now()
    for source in job["sources"]:
        platform = platform_of(source)
        if platform is None:
            outcomes[source["id"]] = missing_outcome(source, f"no spider for platform {source['platform']!r}")
            continue
        crawler = process.create_crawler(load_object(platform.spider))

        def on_closed(spider, reason, crawler=crawler):
            outcomes[spider.name] = source_outcome(spider, crawler.stats, reason)

        crawler.signals.connect(on_closed, signal=signals.spider_closed, weak=False)
        process.crawl(crawler, **spider_arguments(source, known.get(source["id"], {}), requested_mode=requested_mode,
                                                  archive=archive, settings=settings))
    process.start()
    summary = RunSummary(job["run_id"], started_at, utc_now(),
                         {source["id"]: outcomes.get(source["id"]) or missing_outcome(source)
                          for source in job["sources"]})
    run_log = archive.open_run(job["run_id"], f"{socket.gethostname()}-{os.getpid()}")
    run_log.write_summary(summary)
    run_log.close()
    return summary.as_dict()


def missing_outcome(source: dict, problem: str = "the crawler did not run to its end") -> SourceOutcome:
    """The summary entry of a source that could not be crawled or whose crawler never closed
    (no mode and no close reason: nothing ran)."""
    return SourceOutcome(list_pages=0, documents=0, pages=0, new=0, attachments=0, errors=1,
                         error_samples=[problem], complete=False, walk_finished=False,
                         requests=0, not_modified=0,
                         min_documents=source["min_documents"], below_minimum=True, seen_urls=0,
                         rechecked=0, retries=0, browser_pages=0, challenge_passes=0)


if __name__ == "__main__":
    crawl_in_this_process(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
