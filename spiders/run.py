"""Run one crawl: a child process with one Scrapy crawler per source, and its summary.

The Twisted reactor cannot be restarted inside a process, so :func:`run_crawl` hands the
job to ``python -m spiders.run JOB.json``. The child runs every source's crawler in one
``CrawlerProcess`` (spider class chosen by the source's platform), collects each crawler's
outcome when its spider closes, and writes the run summary into the archive
(``runs/<run_id>/summary.json``), where the parent reads it back.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from archive.store import Archive, new_run_id, utc_now
from spiders.registry import find_source, load_registry

SPIDER_CLASSES = {
    "trs": "spiders.trs.TrsColumnSpider",
    "hanweb": "spiders.hanweb.HanwebColumnSpider",
    "gkmlpt": "spiders.gkmlpt.GkmlptApiSpider",
    "html_list": "spiders.html_list.HtmlListSpider",
    "repost": "spiders.repost.RepostSiteSpider",
}


class CrawlFailed(RuntimeError):
    """The crawl process ended without writing a summary."""


def run_crawl(sources, *, archive_root, replica_map=None, run_id=None, settings=None,
              summary_json=None) -> dict:
    """Crawl ``sources`` (registry entries or ids) into the archive; returns the run summary.

    ``replica_map`` sends the registered hosts to a running replica (and switches to the
    replica settings profile); ``settings`` overrides Scrapy settings for every crawler;
    ``summary_json`` also writes the summary to that file.
    """
    entries = [source if isinstance(source, dict) else find_source(source, load_registry())
               for source in sources]
    run_id = run_id or new_run_id()
    job = {"sources": entries, "archive_root": str(archive_root), "replica_map": replica_map or {},
           "run_id": run_id, "settings": settings or {}}
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="banli-crawl-", delete=False) as handle:
        json.dump(job, handle, ensure_ascii=False)
    try:
        subprocess.run([sys.executable, "-m", "spiders.run", handle.name], check=False)
    finally:
        os.unlink(handle.name)
    summary = Archive(archive_root).run_summary(run_id)
    if summary is None:
        raise CrawlFailed(f"crawl {run_id} ended without a summary (see the log above)")
    if summary_json:
        Path(summary_json).write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return summary


def crawl_settings(*, replica_map: dict, archive_root: str, run_id: str, overrides: dict):
    """Project settings, the replica profile when mapping to a replica, then the overrides.

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
    settings.setdict({"BANLI_ARCHIVE_ROOT": archive_root, "BANLI_RUN_ID": run_id}, priority="cmdline")
    settings.setdict(overrides, priority="cmdline")
    return settings


def known_detail_urls(archive: Archive, source_ids: list[str]) -> dict[str, list[str]]:
    """Detail URLs archived by earlier runs, per source (the candidates for rechecks)."""
    if not archive.run_ids():
        return {}
    archive.update_index()
    known: dict[str, list[str]] = {}
    for page in archive.latest_pages(source_ids, kinds=("detail",)):
        known.setdefault(page["source_id"], []).append(page["url"])
    return known


def source_outcome(spider, stats, reason: str) -> dict:
    """One source's summary entry, from its spider's list walk and its crawler's stats."""
    list_pages = spider.list_pages_parsed
    documents = stats.get_value("banli/documents", 0)
    minimum = spider.source["min_documents"]
    return {
        "list_pages": list_pages,
        "documents": documents,
        "pages": list_pages + documents,
        "new": stats.get_value("banli/new", 0),
        "attachments": stats.get_value("banli/attachments", 0),
        "errors": stats.get_value("banli/errors", 0) + stats.get_value("spider_exceptions/count", 0),
        "error_samples": stats.get_value("banli/error_samples", []),
        "complete": reason == "finished" and spider.list_walk_complete,
        "min_documents": minimum,
        "below_minimum": documents < minimum,
        "seen_urls": len(spider.listed_urls),
        "rechecked": stats.get_value("banli/rechecks", 0),
        "close_reason": reason,
    }


def crawl_in_this_process(job: dict) -> dict:
    """Run every source's crawler in this process and write the run summary."""
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.misc import load_object

    archive = Archive(job["archive_root"])
    settings = crawl_settings(replica_map=job["replica_map"], archive_root=job["archive_root"],
                              run_id=job["run_id"], overrides=job["settings"])
    known = known_detail_urls(archive, [source["id"] for source in job["sources"]])
    process = CrawlerProcess(settings)
    outcomes: dict[str, dict] = {}
    started_at = utc_now()
    for source in job["sources"]:
        if source["platform"] not in SPIDER_CLASSES:
            outcomes[source["id"]] = missing_outcome(source, f"no spider for platform {source['platform']!r}")
            continue
        crawler = process.create_crawler(load_object(SPIDER_CLASSES[source["platform"]]))

        def on_closed(spider, reason, crawler=crawler):
            outcomes[spider.name] = source_outcome(spider, crawler.stats, reason)

        crawler.signals.connect(on_closed, signal=signals.spider_closed, weak=False)
        process.crawl(crawler, source=source, known_urls=known.get(source["id"], []))
    process.start()
    summary = {"run_id": job["run_id"], "started_at": started_at, "finished_at": utc_now(),
               "sources": {source["id"]: outcomes.get(source["id"]) or missing_outcome(source)
                           for source in job["sources"]}}
    run_log = archive.open_run(job["run_id"], f"{socket.gethostname()}-{os.getpid()}")
    run_log.write_summary(summary)
    run_log.close()
    return summary


def missing_outcome(source: dict, problem: str = "the crawler did not run to its end") -> dict:
    """The summary entry of a source that could not be crawled or whose crawler never closed."""
    return {"list_pages": 0, "documents": 0, "pages": 0, "new": 0, "attachments": 0, "errors": 1,
            "error_samples": [problem], "complete": False,
            "min_documents": source["min_documents"], "below_minimum": True, "seen_urls": 0,
            "rechecked": 0, "close_reason": None}


if __name__ == "__main__":
    crawl_in_this_process(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
