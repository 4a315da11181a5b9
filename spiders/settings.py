"""Scrapy settings for banli's crawls.

Live runs are polite by default: an honest User-Agent, robots.txt obeyed, AutoThrottle on,
at most two parallel requests per host, retries with exponential backoff. Replica runs use
the same spiders and middlewares with :data:`REPLICA_PROFILE` layered on top, which only
removes the waiting (AutoThrottle, delays, long backoffs) so tests and benchmarks are fast.
Per-source politeness (``politeness:`` in ``sources.yaml``) is applied by
:meth:`spiders.base.SourceSpider.from_crawler`, one crawler per source.
"""

import os
import tempfile
from pathlib import Path

BOT_NAME = "banli"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

USER_AGENT = "banli/0.1 (+https://github.com/banli-open-data/banli; open-data crawler)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 60
# Documents are well under 1 MB and attachments a few MB: a bigger answer is refused (and
# logged as a fetch error) rather than held in memory.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
BANLI_RETRY_BACKOFF_BASE = 2.0
BANLI_RETRY_BACKOFF_MAX = 120.0

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.middlewares.BackoffRetryMiddleware": 550,
    "spiders.challenge.ChallengeMiddleware": 560,
    "spiders.middlewares.RedirectLoopMiddleware": 610,
    "spiders.middlewares.ReplicaMapMiddleware": 950,
}
ITEM_PIPELINES = {
    "spiders.pipelines.ArchivePipeline": 300,
}

# Browser (spiders/browser.py): only requests with meta["playwright"] use it — list pages of
# `render: browser` sources and challenge passes; Playwright starts with the first of them.
DOWNLOAD_HANDLERS = {
    "http": "spiders.browser.LazyPlaywrightDownloadHandler",
    "https": "spiders.browser.LazyPlaywrightDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": os.environ.get("BANLI_CHROMIUM", "/usr/bin/chromium"),
    "headless": True,
    "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
}
PLAYWRIGHT_MAX_CONTEXTS = 4
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 2
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000
# Challenges (spiders/challenge.py): consecutive browser passes per host before giving up
# (0 = never use the browser), and how long one pass may take to reload into content.
BANLI_CHALLENGE_BROWSER_PASSES = 3
BANLI_CHALLENGE_WAIT = 15.0

# Callbacks yield one page item and a few requests: Scrapy starts CONCURRENT_ITEMS worker
# tasks for every callback's output, and its default (100) made that the crawl's main cost.
CONCURRENT_ITEMS = 8

HTTPCACHE_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
TLDEXTRACT_CACHE = str(Path(tempfile.gettempdir()) / "banli-tldextract")
LOG_LEVEL = "INFO"

BANLI_PROFILE = "live"
BANLI_REPLICA_MAP = {}
BANLI_ARCHIVE_ROOT = None
BANLI_RUN_ID = None
# Incremental crawls (spiders/incremental.py): list pages walked past the first page that
# names only archived documents, and the age after which `auto` runs a full sweep again.
BANLI_INCREMENTAL_MARGIN_PAGES = 1
BANLI_FULL_SWEEP_DAYS = 7

REPLICA_PROFILE = {
    "BANLI_PROFILE": "replica",
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOAD_TIMEOUT": 20,
    "BANLI_RETRY_BACKOFF_BASE": 0.05,
    "BANLI_RETRY_BACKOFF_MAX": 0.5,
}
