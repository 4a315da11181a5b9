"""Build spiders and canned responses for unit tests, without a network or a reactor."""

from pathlib import Path

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.misc import load_object

from banli.sources import find_source, platform_of
from spiders.items import RawPage

FIXTURES = Path(__file__).parent / "fixtures"


def make_spider(source_id: str, known_urls=(), source_changes: dict | None = None, settings: dict | None = None,
                **spider_arguments):
    source = {**find_source(source_id), **(source_changes or {})}
    spider_class = load_object(platform_of(source).spider)
    crawler = Crawler(spider_class, settings or {})
    spider = spider_class.from_crawler(crawler, source=source, known_urls=known_urls, **spider_arguments)
    crawler.spider = spider
    crawler.stats = MemoryStatsCollector(crawler)
    return spider


def start_requests(spider) -> list[Request]:
    return [request for column in spider.source["columns"] for request in spider.start_column(column)]


def respond(request: Request, fixture: str | None = None, *, body: bytes | None = None, status: int = 200,
            content_type: str = "text/html; charset=utf-8", response_class=HtmlResponse, headers=None) -> list:
    """Run the request's callback on a canned answer, as Scrapy would; returns its output."""
    body = (FIXTURES / fixture).read_bytes() if fixture else (body or b"")
    response = response_class(url=request.url, status=status, body=body, request=request,
                              headers={"Content-Type": content_type, **(headers or {})})
    return list(request.callback(response, **request.cb_kwargs) or [])


def items(output: list) -> list[RawPage]:
    return [entry for entry in output if isinstance(entry, RawPage)]


def requests(output: list) -> list[Request]:
    return [entry for entry in output if isinstance(entry, Request)]


def details(output: list) -> list[Request]:
    return [request for request in requests(output) if request.meta.get("kind") == "detail"]


def list_pages(output: list) -> list[Request]:
    """Requests for further list pages (anything but documents, attachments and rechecks)."""
    return [request for request in requests(output) if "kind" not in request.meta]


__all__ = ["FIXTURES", "HtmlResponse", "Response", "TextResponse", "details", "items", "list_pages",
           "make_spider", "requests", "respond", "start_requests"]
