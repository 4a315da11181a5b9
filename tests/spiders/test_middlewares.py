"""Replica mapping, backoff retries and the archive pipeline, without a reactor."""

import asyncio
from unittest import mock

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse
from scrapy.utils.httpobj import urlparse_cached

from archive.store import Archive
from spiders.items import RawPage
from spiders.middlewares import BackoffRetryMiddleware, ReplicaMapMiddleware
from spiders.pipelines import ArchivePipeline
from tests.spiders.helpers import make_spider

REPLICA_MAP = {"https://mzj.wuhan.gov.cn": "http://127.0.0.1:41234"}
LIVE = "https://mzj.wuhan.gov.cn/zwgk_918/index.shtml?x=1"


def test_requests_go_to_the_replica_and_come_back_live():
    middleware = ReplicaMapMiddleware(REPLICA_MAP)
    request = Request(LIVE)
    urlparse_cached(request)
    assert middleware.process_request(request) is None
    assert request.url == "http://127.0.0.1:41234/zwgk_918/index.shtml?x=1"
    assert urlparse_cached(request).netloc == "127.0.0.1:41234"
    response = HtmlResponse(request.url, status=302, headers={"Location": "http://127.0.0.1:41234/moved"}, request=request)
    live = middleware.process_response(request, response)
    assert live.url == LIVE and request.url == LIVE
    assert live.headers[b"Location"] == b"https://mzj.wuhan.gov.cn/moved"


def test_unmapped_hosts_and_failures_are_left_alone_or_restored():
    middleware = ReplicaMapMiddleware(REPLICA_MAP)
    other = Request("https://example.org/")
    middleware.process_request(other)
    assert other.url == "https://example.org/"
    request = Request(LIVE)
    middleware.process_request(request)
    assert middleware.process_exception(request, TimeoutError()) is None
    assert request.url == LIVE


def test_replica_mapping_is_off_for_live_crawls():
    import pytest
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured):
        ReplicaMapMiddleware.from_crawler(Crawler(make_spider("wuhan-mzj-jytabl").__class__, {}))


def backoff_middleware(base=2.0, maximum=30.0):
    spider = make_spider("wuhan-mzj-jytabl", settings={"BANLI_RETRY_BACKOFF_BASE": base, "BANLI_RETRY_BACKOFF_MAX": maximum})
    return BackoffRetryMiddleware.from_crawler(spider.crawler)


def test_backoff_doubles_per_attempt_up_to_the_cap():
    middleware = backoff_middleware()
    delays = [middleware.backoff_delay(Request(LIVE, meta={"retry_times": n})) for n in (1, 2, 3, 6)]
    assert delays == [2.0, 4.0, 8.0, 30.0]
    assert middleware.backoff_delay(Request(LIVE), b"7") == 7.0


def test_a_503_is_retried_after_sleeping():
    middleware = backoff_middleware(base=0.5)
    request = Request(LIVE)
    with mock.patch("spiders.middlewares.sleep", new=mock.AsyncMock()) as sleep:
        retry = asyncio.run(middleware.process_response(request, HtmlResponse(LIVE, status=503, request=request)))
    assert isinstance(retry, Request) and retry.meta["retry_times"] == 1
    sleep.assert_awaited_once_with(0.5)
    ok = HtmlResponse(LIVE, status=200, request=request)
    assert asyncio.run(middleware.process_response(request, ok)) is ok


def raw_page(**changes):
    page = dict(url=LIVE, status=200, headers={"content-type": "text/html"}, body=b"<html>x</html>",
                fetched_at="2026-01-01T00:00:00.000000Z", source_id="wuhan-mzj-jytabl", kind="detail",
                listing={"title": "t"}, parent_url=None, error=None)
    return RawPage(**{**page, **changes})


def test_pipeline_archives_pages_and_counts(tmp_path):
    spider = make_spider("wuhan-mzj-jytabl", settings={"BANLI_ARCHIVE_ROOT": str(tmp_path), "BANLI_RUN_ID": "r1"})
    pipeline = ArchivePipeline.from_crawler(spider.crawler)
    pipeline.open_spider()
    for page in (raw_page(), raw_page(url=LIVE + "&again"), raw_page(kind="attachment", body=b"%PDF", parent_url=LIVE),
                 raw_page(body=None, status=404, error="HttpError: 404")):
        assert pipeline.process_item(page) is page  # written before the pipeline hands the page on
    pipeline.close_spider()
    archive = Archive(tmp_path)
    records = list(archive.iter_records("r1"))
    assert [r["new_blob"] for r in records] == [True, False, True, False]
    assert records[2]["parent_url"] == LIVE and records[3]["error"] == "HttpError: 404"
    stats = spider.crawler.stats
    assert stats.get_value("banli/documents") == 2 and stats.get_value("banli/new") == 2
    assert stats.get_value("banli/errors") == 1 and stats.get_value("banli/error_samples") == [f"{LIVE}: HttpError: 404"]
    assert archive.blob_count() == 2
