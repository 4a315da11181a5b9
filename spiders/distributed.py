"""Distributed crawls: N worker processes share one Redis queue and duplicate filter.

``banli crawl --redis redis://host:6379/0 [--source ID …]`` runs one worker. It is the usual
crawl (one crawler per source, same spiders, same archive pipeline) with scrapy-redis's
``Scheduler`` and ``RFPDupeFilter`` in place of Scrapy's, so every request any worker yields
goes into the shared queue ``banli:<source id>:requests`` once and is downloaded by whichever
worker pops it. scrapy-redis 0.9.1 works with Scrapy 2.19 as it is (see
``../shared/dependency-notes.md`` beside the repository); its traps are handled here:

* ``SCHEDULER_PERSIST`` is on, or the first worker to close would flush the shared queue
  and duplicate filter under the others.
* Every worker yields the start requests; they are ordinary (not ``dont_filter``) requests,
  so the shared filter keeps one. Hanweb's POST windows share a URL but not a body, and
  the scrapy-redis fingerprint includes the body.
* A worker whose queue runs dry stays open until the shared queue has been quiet for
  ``MAX_IDLE_TIME_BEFORE_CLOSE`` seconds (:class:`CloseWhenQuiet`); Scrapy polls an idle
  worker's scheduler on its 5 s heartbeat.
* A worker holds at most ``CONCURRENT_REQUESTS = HELD_REQUESTS`` requests (downloading or
  waiting for a per-host slot). Scrapy's default lets one worker pull dozens of requests off
  the shared queue into its own downloader, where no other worker can take them.
* ``REMOTE_CONTROL_ENABLED`` stays off.

Politeness settings apply per worker: N workers on one source ask its host N times as often.

Each worker writes its own run (fetch logs and summary) into the shared archive, with
``mode: "distributed"``. One worker sees only part of the list walk, so its summary is never
``complete`` and a distributed crawl never feeds removals; a single-process ``full`` sweep
does that. The shared filter remembers every request ever queued: :func:`clear_queues`
(``banli crawl --redis URL --redis-clear``) empties the sources' queue and filter before
the next distributed crawl starts its workers.
"""

from __future__ import annotations

import time

from scrapy import signals
from scrapy.exceptions import DontCloseSpider

KEY_PREFIX = "banli"
QUIET_SECONDS = 3
HELD_REQUESTS = 4
KEY_KINDS = ("requests", "dupefilter")


def redis_profile(redis_url: str) -> dict:
    """The Scrapy settings that turn a crawl process into one worker sharing ``redis_url``."""
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": queue_key("%(spider)s", "requests"),
        "SCHEDULER_DUPEFILTER_KEY": queue_key("%(spider)s", "dupefilter"),
        "REDIS_URL": redis_url,
        "MAX_IDLE_TIME_BEFORE_CLOSE": QUIET_SECONDS,
        "CONCURRENT_REQUESTS": HELD_REQUESTS,
        "EXTENSIONS": {"spiders.distributed.CloseWhenQuiet": 500},
        "REMOTE_CONTROL_ENABLED": False,
    }


def queue_key(source_id: str, kind: str) -> str:
    return f"{KEY_PREFIX}:{source_id}:{kind}"


def clear_queues(redis_url: str, source_ids: list[str]) -> int:
    """Delete these sources' shared queue and duplicate filter; returns how many keys existed."""
    import redis

    keys = [queue_key(source_id, kind) for source_id in source_ids for kind in KEY_KINDS]
    return redis.Redis.from_url(redis_url).delete(*keys)


class CloseWhenQuiet:
    """Keep an idle worker open until it has received nothing for ``MAX_IDLE_TIME_BEFORE_CLOSE`` s.

    Other workers may still be reading list pages that will fill the shared queue; closing
    at the first empty poll would leave all the work to whoever started first.
    """

    def __init__(self, crawler, quiet_seconds: float):
        self.quiet_seconds = quiet_seconds
        self.last_busy = time.monotonic()
        crawler.signals.connect(self.busy, signal=signals.response_received)
        crawler.signals.connect(self.idle, signal=signals.spider_idle)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getfloat("MAX_IDLE_TIME_BEFORE_CLOSE", QUIET_SECONDS))

    def busy(self, **_):
        self.last_busy = time.monotonic()

    def idle(self, spider):
        if time.monotonic() - self.last_busy < self.quiet_seconds:
            raise DontCloseSpider
