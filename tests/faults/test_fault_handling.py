"""The crawler's answers to faults, one piece at a time and without a reactor or a replica."""

from __future__ import annotations

import asyncio
from unittest import mock

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from publish.history import is_gone
from spiders.middlewares import BackoffRetryMiddleware, RedirectLoopMiddleware
from tests.spiders.helpers import make_spider

PAGE = "https://mzj.wuhan.gov.cn/zwgk_918/fdzdgk/qtzdgknr/jytabl/gzgk/202110/t20211029_1822695.shtml"
THROTTLE = {"wzws-ray": "1a2b3c-1"}


def throttled(request: Request) -> HtmlResponse:
    return HtmlResponse(request.url, status=404, body=b"", headers=THROTTLE, request=request)


def retry_middleware() -> BackoffRetryMiddleware:
    spider = make_spider("wuhan-mzj-jytabl", settings={"RETRY_TIMES": 3, "BANLI_RETRY_BACKOFF_BASE": 1.0,
                                                          "BANLI_RETRY_BACKOFF_MAX": 60.0})
    return BackoffRetryMiddleware.from_crawler(spider.crawler)


def test_a_wzws_throttle_is_retried_with_growing_backoff():
    middleware, request = retry_middleware(), Request(PAGE)
    with mock.patch("spiders.middlewares.sleep", new=mock.AsyncMock()) as sleep:
        for attempt in (1, 2, 3):
            request = asyncio.run(middleware.process_response(request, throttled(request)))
            assert isinstance(request, Request) and request.meta["retry_times"] == attempt
        final = asyncio.run(middleware.process_response(request, throttled(request)))
    assert isinstance(final, HtmlResponse) and final.status == 404
    assert [call.args[0] for call in sleep.await_args_list] == [1.0, 2.0, 4.0]


def test_a_plain_404_is_not_retried():
    middleware, request = retry_middleware(), Request(PAGE)
    response = HtmlResponse(PAGE, status=404, body=b"not here", request=request)
    assert asyncio.run(middleware.process_response(request, response)) is response


def test_a_throttled_detail_is_logged_as_throttled_with_its_status():
    spider = make_spider("wuhan-mzj-jytabl")
    request = Request(PAGE, meta={"kind": "detail"}, cb_kwargs={"listing": {"title": "t"}})
    failure = Failure(HttpError(throttled(request), "Ignoring non-200 response"))
    failure.request = request
    [page] = list(spider.fetch_failed(failure))
    assert page["status"] == 404 and page["error"] == "HttpError: throttle (HTTP 404) after retries"


def test_a_throttled_recheck_never_proves_a_page_gone():
    spider = make_spider("wuhan-mzj-jytabl", known_urls=[PAGE], source_changes={"min_documents": 0})
    [recheck] = list(spider.recheck_requests())
    [page] = list(recheck.callback(throttled(recheck)))
    record = {**dict(page), "headers": page["headers"]}
    assert record["status"] == 404 and not is_gone(record, spider.source["columns"])
    assert is_gone({**record, "headers": {}}, spider.source["columns"])


def test_a_failed_recheck_never_proves_a_page_gone():
    assert not is_gone({"url": PAGE, "status": 404, "headers": {}, "error": "HttpError: HTTP 404"}, ["/"])


def redirect(request: Request, location: str) -> HtmlResponse:
    return HtmlResponse(request.url, status=302, headers={"Location": location}, request=request)


def test_a_redirect_back_to_a_visited_url_is_a_loop():
    middleware = RedirectLoopMiddleware()
    first = Request(PAGE)
    response = redirect(first, "?loop=1")
    assert middleware.process_response(first, response) is response
    second = Request(PAGE + "?loop=1", meta={"redirect_urls": [PAGE]})
    with pytest.raises(IgnoreRequest, match="redirect loop"):
        middleware.process_response(second, redirect(second, PAGE))


def test_a_self_redirect_is_a_loop_and_dont_redirect_is_left_alone():
    middleware = RedirectLoopMiddleware()
    request = Request(PAGE)
    with pytest.raises(IgnoreRequest):
        middleware.process_response(request, redirect(request, PAGE))
    recheck = Request(PAGE, meta={"dont_redirect": True})
    response = redirect(recheck, PAGE)
    assert middleware.process_response(recheck, response) is response


def test_a_loop_error_is_recorded_on_the_listed_url():
    spider = make_spider("wuhan-mzj-jytabl")
    request = Request(PAGE + "?loop=1", meta={"kind": "detail", "redirect_urls": [PAGE]})
    failure = Failure(IgnoreRequest("redirect loop: a -> b -> a"))
    failure.request = request
    [page] = list(spider.fetch_failed(failure))
    assert page["url"] == PAGE and page["error"].startswith("IgnoreRequest: redirect loop")
