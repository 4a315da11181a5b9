"""Downloader middlewares: replica host mapping and retries with exponential backoff.

Per-source politeness (delay, concurrency, robots.txt) needs no middleware: every source
runs in its own crawler, so :meth:`spiders.base.SourceSpider.from_crawler` sets that
crawler's ``DOWNLOAD_DELAY``, ``CONCURRENT_REQUESTS_PER_DOMAIN``, ``ROBOTSTXT_OBEY`` and
``AUTOTHROTTLE_TARGET_CONCURRENCY`` from the source's ``politeness`` entry.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils import httpobj
from scrapy.utils.asyncio import sleep

from spiders.classify import classify_response

LIVE_URL_META = "banli_live_url"


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class ReplicaMapMiddleware:
    """Send requests for registered hosts to the local replica, and hide that from everyone else.

    ``BANLI_REPLICA_MAP`` maps live origins to replica origins
    (``{"https://mzj.wuhan.gov.cn": "http://127.0.0.1:41234"}``); hosts match whatever the
    scheme. Placed last before the download handler, the middleware swaps the request's URL
    for the replica's just for the download and swaps it back on the way out, so the
    scheduler, dupefilter, offsite and robots checks, redirects, spiders and the archive only
    ever see live URLs. The swap is in place because a replaced Request would be
    re-scheduled through the engine; Scrapy caches a request's parsed URL, so that cache
    entry is dropped with each swap.
    """

    def __init__(self, replica_map: dict[str, str]):
        self.replica_by_host = {urlsplit(live).netloc.lower(): mapped.rstrip("/")
                                for live, mapped in replica_map.items()}
        self.live_by_replica = {mapped.rstrip("/"): live.rstrip("/") for live, mapped in replica_map.items()}

    @classmethod
    def from_crawler(cls, crawler):
        replica_map = crawler.settings.getdict("BANLI_REPLICA_MAP")
        if not replica_map:
            raise NotConfigured("no replica map: a live crawl")
        return cls(replica_map)

    def process_request(self, request):
        parts = urlsplit(request.url)
        mapped = self.replica_by_host.get(parts.netloc.lower())
        if mapped is None:
            return None
        request.meta[LIVE_URL_META] = request.url
        _retarget(request, mapped + request.url[len(f"{parts.scheme}://{parts.netloc}"):])
        return None

    def process_response(self, request, response):
        live_url = request.meta.pop(LIVE_URL_META, None)
        if live_url is None:
            return response
        _retarget(request, live_url)
        location = response.headers.get(b"Location")
        if location:
            response.headers[b"Location"] = self.to_live(location.decode("latin-1")).encode("latin-1")
        return response.replace(url=live_url, request=request)

    def process_exception(self, request, exception):
        live_url = request.meta.pop(LIVE_URL_META, None)
        if live_url is not None:
            _retarget(request, live_url)
        return None

    def to_live(self, url: str) -> str:
        """A replica URL (for instance in a redirect) with its live origin back."""
        mapped = origin_of(url)
        live = self.live_by_replica.get(mapped)
        return live + url[len(mapped):] if live else url


def is_throttled(response) -> bool:
    """A throttle (wzws: an empty 404 with a ``wzws-ray`` header; 429), as classify reads it.

    Such a 404 says "slow down", not "gone": it is retried with backoff and never proves removal.
    """
    return classify_response(response.status, response.headers, response.body) == "throttle"


class RedirectLoopMiddleware:
    """Fail a request whose redirect leads back to a URL already visited on its way.

    Without this, Scrapy's duplicate filter silently drops the redirect back to the
    original URL, and the page vanishes from the crawl with no error recorded. Raising
    ``IgnoreRequest`` here sends the request to its errback, so the loop is logged as a
    fetch error. Sits just before Scrapy's ``RedirectMiddleware`` (600).
    """

    def process_response(self, request, response):
        location = response.headers.get(b"Location")
        if request.meta.get("dont_redirect") or not (300 <= response.status < 400 and location):
            return response
        target = urljoin(request.url, location.decode("latin-1")).split("#")[0]
        visited = [*request.meta.get("redirect_urls", []), request.url]
        if target in visited:
            raise IgnoreRequest(f"redirect loop: {' -> '.join([*visited, target])}")
        return response


def _retarget(request, url: str) -> None:
    request._set_url(url)
    httpobj._urlparse_cache.pop(request, None)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, waiting ``base × 2^(attempt-1)`` seconds (capped) before each one.

    The wait is an asynchronous sleep: the reactor keeps serving other requests meanwhile.
    ``BANLI_RETRY_BACKOFF_BASE`` and ``BANLI_RETRY_BACKOFF_MAX`` set the curve (the replica
    profile shrinks it to fractions of a second). A ``Retry-After`` header in seconds, within
    the cap, is honoured instead.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("BANLI_RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("BANLI_RETRY_BACKOFF_MAX")

    async def process_response(self, request, response):
        if is_throttled(response) and not request.meta.get("dont_retry"):
            result = self._retry(request, "throttled (wzws)") or response
        else:
            result = super().process_response(request, response)
        if result is not response:
            await sleep(self.backoff_delay(result, response.headers.get(b"Retry-After")))
        return result

    async def process_exception(self, request, exception):
        result = super().process_exception(request, exception)
        if result is not None:
            await sleep(self.backoff_delay(result))
        return result

    def backoff_delay(self, retry_request, retry_after: bytes | None = None) -> float:
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after), self.backoff_max)
        attempt = retry_request.meta.get("retry_times", 1)
        return min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)
