"""The baseline for bench_crawl.py: plain Scrapy over the same sources and lists, storing nothing.

Each platform spider is reused only for its list walk (so both crawls request the same
pages); detail pages are parsed with ``response.css`` and dropped. No item pipeline, no
retries with backoff, no robots.txt, no attachments: default Scrapy settings plus the
replica host mapping that any crawl of the replica needs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench_crawl import plain_http_sources
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.utils.misc import load_object

from banli.sources import PLATFORM_TABLE
from spiders.settings import REPLICA_PROFILE

BARE_SETTINGS = {
    "CONCURRENT_REQUESTS": REPLICA_PROFILE["CONCURRENT_REQUESTS"],
    "CONCURRENT_REQUESTS_PER_DOMAIN": REPLICA_PROFILE["CONCURRENT_REQUESTS_PER_DOMAIN"],
    "DOWNLOADER_MIDDLEWARES": {"spiders.middlewares.ReplicaMapMiddleware": 950},
    "LOG_LEVEL": "WARNING",
    "TELNETCONSOLE_ENABLED": False,
    "REMOTE_CONTROL_ENABLED": False,
}


def bare_class(platform: str):
    """The platform spider with detail pages parsed and dropped."""
    platform_class = load_object(PLATFORM_TABLE[platform].spider)

    def parse_detail(self, response, listing):
        self.parsed_pages += 1
        response.css("title::text, a::attr(href)").getall()
        return ()

    return type(f"Bare{platform_class.__name__}", (platform_class,), {"parse_detail": parse_detail, "parsed_pages": 0})


def crawl(replica_map: dict, out_path: str) -> None:
    process = CrawlerProcess({**BARE_SETTINGS, "BANLI_REPLICA_MAP": replica_map})
    pages: dict[str, int] = {}
    for source in plain_http_sources():
        crawler = process.create_crawler(bare_class(source["platform"]))
        crawler.signals.connect(lambda spider: pages.__setitem__(spider.name, spider.parsed_pages),
                                signal=signals.spider_closed, weak=False)
        process.crawl(crawler, source=source)
    process.start()
    Path(out_path).write_text(json.dumps(pages))


if __name__ == "__main__":
    crawl(json.loads(Path(sys.argv[1]).read_text()), sys.argv[2])
