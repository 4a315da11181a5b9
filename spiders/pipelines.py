"""Item pipeline: every raw page (and every failed fetch) into the archive's fetch log."""

from __future__ import annotations

import os
import socket

from archive.store import Archive

ERROR_SAMPLES = 5


class ArchivePipeline:
    """Store each :class:`~spiders.items.RawPage` with ``RunLog.record_fetch``.

    One fetch log per source and process (``fetch-log-<host>-<pid>-<source>.jsonl``), so
    parallel crawlers never interleave lines. Counts go to the crawler's stats under
    ``banli/``: ``list_pages``, ``documents``, ``attachments``, ``new`` (new detail and
    attachment blobs), ``errors``, ``not_modified`` (304 answers to conditional requests, logged
    with no body), plus ``banli/error_samples`` (the first few errors).
    Settings: ``BANLI_ARCHIVE_ROOT`` (required) and ``BANLI_RUN_ID``.

    Pages are written in the reactor thread as they come, so the log keeps their order. A
    writer thread per source was tried and measured (bench/bench_crawl.py): the write is
    short stretches of Python between system calls, and each stretch had to win the GIL
    back from the busy reactor thread; a write took about five times its CPU time, pages
    waited ~0.1 s in the pipeline, and the crawl's rate swung from run to run (level with
    bare Scrapy, then 0.7×). Written here, a page costs the write's CPU time, the same in
    every run; nothing waits for the disk (no fsync: the page cache takes the writes).
    """

    def __init__(self, crawler, archive_root):
        self.crawler = crawler
        self.archive = Archive(archive_root)
        self.run_id = crawler.settings.get("BANLI_RUN_ID")
        self.stats = crawler.stats
        self.run_log = None

    @classmethod
    def from_crawler(cls, crawler):
        root = crawler.settings.get("BANLI_ARCHIVE_ROOT")
        if not root:
            from banli.paths import archive_dir

            root = archive_dir()
        return cls(crawler, root)

    def open_spider(self):
        worker = f"{socket.gethostname()}-{os.getpid()}-{self.crawler.spider.name}"
        self.run_log = self.archive.open_run(self.run_id, worker)

    def close_spider(self):
        self.run_log.close()

    def process_item(self, item):
        self.count(self.record(item))
        return item

    def record(self, item) -> dict:
        return self.run_log.record_fetch(
            url=item["url"], source_id=item["source_id"], kind=item["kind"], status=item["status"],
            body=item["body"], headers=item["headers"], listing=item["listing"],
            parent_url=item["parent_url"], error=item["error"], fetched_at=item["fetched_at"],
        )

    def count(self, record: dict) -> None:
        if record["error"]:
            self.stats.inc_value("banli/errors")
            samples = self.stats.get_value("banli/error_samples", [])
            if len(samples) < ERROR_SAMPLES:
                self.stats.set_value("banli/error_samples", [*samples, f"{record['url']}: {record['error']}"])
            return
        counter = {"list": "banli/list_pages", "detail": "banli/documents",
                   "attachment": "banli/attachments", "recheck": "banli/rechecks"}[record["kind"]]
        self.stats.inc_value(counter)
        if record["status"] == 304:
            self.stats.inc_value("banli/not_modified")
        if record["new_blob"] and record["kind"] in ("detail", "attachment"):
            self.stats.inc_value("banli/new")
