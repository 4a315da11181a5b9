"""Item pipeline: every raw page (and every failed fetch) into the archive's fetch log."""

from __future__ import annotations

import asyncio
import os
import socket
from concurrent.futures import ThreadPoolExecutor

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

    Writing a page (hash, gzip, a new file, a log line) blocks on the disk, so it runs in one
    writer thread per source while the reactor goes on downloading; one thread keeps the log
    in the order the pages came, and closing the spider waits for the last write.
    """

    def __init__(self, crawler, archive_root):
        self.crawler = crawler
        self.archive = Archive(archive_root)
        self.run_id = crawler.settings.get("BANLI_RUN_ID")
        self.stats = crawler.stats
        self.run_log = None
        self.writer: ThreadPoolExecutor | None = None

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
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"archive-{self.crawler.spider.name}")

    def close_spider(self):
        self.writer.shutdown(wait=True)
        self.run_log.close()

    async def process_item(self, item):
        record = await asyncio.wrap_future(self.writer.submit(self.record, item))
        self.count(record)
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
