"""A platform spider's callbacks driven by hand, without Scrapy's engine.

For pages that are already on disk (``banli add-source``'s captured fixture and the test it
writes): the source's spider is built on a bare crawler, a canned answer of the right
response class is handed to a request's callback, and what it yields is read back. Checking
a live or replica column is not done this way: ``banli check`` runs a real Scrapy crawl
(``spiders/checking.py``), with robots.txt, challenges, rendering and the middlewares.
``Fetcher`` is the one plain download that ``add-source`` makes of the page it captures.
"""

from __future__ import annotations

import urllib.error
import urllib.request


class CheckFailed(RuntimeError):
    """A fetch that gave no answer at all (connection refused, timeout, unknown host)."""


def build_spider(source: dict):
    """The source's platform spider, wired to a bare crawler so its callbacks run offline."""
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.misc import load_object

    from banli.sources import platform_of

    platform = platform_of(source)
    if platform is None:
        raise CheckFailed(f"no spider for platform {source['platform']!r}")
    spider_class = load_object(platform.spider)
    crawler = Crawler(spider_class, {})
    spider = spider_class.from_crawler(crawler, source=source)
    crawler.spider, crawler.stats = spider, MemoryStatsCollector(crawler)
    return spider


def make_response(request, *, status: int, headers: dict, body: bytes, url: str | None = None):
    """A Scrapy response of the right class (HTML, XML, JSON, binary) for a canned answer."""
    from scrapy.http import Headers
    from scrapy.responsetypes import responsetypes

    headers = Headers(headers)
    response_class = responsetypes.from_args(headers=headers, url=url or request.url, body=body)
    return response_class(url=url or request.url, status=status, headers=headers, body=body, request=request)


def run_callback(request, response) -> list:
    """Everything the request's callback yields for this response (items and requests)."""
    return list(request.callback(response, **request.cb_kwargs) or [])


def split_requests(output) -> tuple[list, list]:
    """(detail requests, further list-page requests) among a callback's output."""
    from scrapy import Request

    requests = [entry for entry in output if isinstance(entry, Request)]
    return ([r for r in requests if r.meta.get("kind") == "detail"],
            [r for r in requests if "kind" not in r.meta])


class Fetcher:
    """Download a Scrapy request once with urllib (add-source's capture of one column page)."""

    timeout = 30

    def __init__(self, max_bytes: int | None = None):
        from spiders import settings

        self.max_bytes = max_bytes or settings.DOWNLOAD_MAXSIZE
        self.user_agent = settings.USER_AGENT

    def __call__(self, request):
        headers = {key.decode("latin-1"): b", ".join(values).decode("latin-1") for key, values in request.headers.items()}
        plain = urllib.request.Request(request.url, data=request.body or None, method=request.method,
                                       headers={**headers, "User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(plain, timeout=self.timeout) as answer:
                status, answer_headers, body = answer.status, dict(answer.headers), answer.read(self.max_bytes + 1)
        except urllib.error.HTTPError as error:
            status, answer_headers, body = error.code, dict(error.headers or {}), error.read(self.max_bytes + 1)
        except (urllib.error.URLError, OSError, ValueError) as error:
            raise CheckFailed(f"{request.url}: {getattr(error, 'reason', None) or error}") from None
        if len(body) > self.max_bytes:
            raise CheckFailed(f"{request.url}: larger than DOWNLOAD_MAXSIZE ({self.max_bytes} bytes)")
        return make_response(request, status=status, headers=answer_headers, body=body)
