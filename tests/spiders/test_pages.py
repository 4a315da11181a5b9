"""What the shared base does for every platform: raw pages, attachments, errors, rechecks."""

from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from spiders.base import RECHECK_STATUSES, headers_as_dict, listed_date
from tests.spiders.helpers import items, make_spider, requests, respond, start_requests

DETAIL = "https://mzj.wuhan.gov.cn/zwgk_918/fdzdgk/qtzdgknr/jytabl/gzgk/202110/t20211029_1822695.shtml"


def detail_request(spider, url=DETAIL, listing=None):
    [request] = spider.document_request(url, listing or {"title": "市民政局2021年议提案办理工作总结"})
    return request


def test_detail_page_is_yielded_raw_with_its_listing():
    spider = make_spider("wuhan-mzj-jytabl")
    output = respond(detail_request(spider), "trs_detail.html", headers={"ETag": '"abc"'})
    [page] = items(output)
    assert page["kind"] == "detail" and page["status"] == 200 and page["url"] == DETAIL
    assert page["body"].startswith(b"<!DOCTYPE html>") and page["error"] is None
    assert page["headers"]["content-type"] == "text/html; charset=utf-8" and page["headers"]["etag"] == '"abc"'
    assert page["listing"] == {"title": "市民政局2021年议提案办理工作总结"}
    assert page["fetched_at"].endswith("Z") and page["source_id"] == "wuhan-mzj-jytabl"


def test_attachments_are_requested_once_each_with_their_parent():
    spider = make_spider("wuhan-mzj-jytabl")
    attachments = requests(respond(detail_request(spider), "trs_detail.html"))
    base = DETAIL.rsplit("/", 1)[0]
    assert [r.url for r in attachments] == [f"{base}/P020211029384756102938.pdf", f"{base}/P020211029384756102939.DOCX?v=1"]
    assert all(r.meta["kind"] == "attachment" and r.cb_kwargs["parent_url"] == DETAIL for r in attachments)
    assert attachments[0].priority > spider.detail_priority


def test_attachment_page_keeps_bytes_and_parent():
    spider = make_spider("wuhan-mzj-jytabl")
    attachment = requests(respond(detail_request(spider), "trs_detail.html"))[0]
    [page] = items(respond(attachment, body=b"%PDF-1.4 ...", content_type="application/pdf", response_class=Response))
    assert (page["kind"], page["parent_url"], page["body"]) == ("attachment", DETAIL, b"%PDF-1.4 ...")


def test_a_url_listed_twice_is_requested_once():
    spider = make_spider("wuhan-mzj-jytabl")
    assert list(spider.document_request(DETAIL + "#top", {}))
    assert list(spider.document_request(DETAIL, {})) == []


def test_http_error_becomes_an_error_record_with_status():
    spider = make_spider("wuhan-mzj-jytabl")
    request = detail_request(spider, listing={"title": "t"})
    response = HtmlResponse(DETAIL, status=503, body=b"busy", request=request)
    failure = Failure(HttpError(response, "Ignoring non-200 response"))
    failure.request = request
    [page] = list(request.errback(failure))
    assert page["status"] == 503 and page["body"] is None and page["error"].startswith("HttpError")
    assert page["kind"] == "detail" and page["listing"] == {"title": "t"}


def test_connection_error_becomes_an_error_record_without_status():
    spider = make_spider("wuhan-mzj-jytabl")
    request = detail_request(spider)
    failure = Failure(ConnectionRefusedError("refused"))
    failure.request = request
    [page] = list(request.errback(failure))
    assert page["status"] is None and "refused" in page["error"]


def test_failed_list_page_makes_the_walk_incomplete_and_is_logged():
    spider = make_spider("wuhan-mzj-jytabl", known_urls=[DETAIL])
    request = start_requests(spider)[0]
    failure = Failure(TimeoutError("timed out"))
    failure.request = request
    [page] = list(request.errback(failure))
    assert page["kind"] == "list" and page["error"]
    assert spider.list_failures == 1 and not spider.list_walk_complete


def test_rechecks_known_urls_the_lists_no_longer_show_after_a_complete_walk():
    gone = DETAIL.replace("1822695", "1700000")
    listed = "http://www.yichang.gov.cn/zfxxgk/tzgg/202110/t20211029_1822001.shtml"
    spider = make_spider("yichang-gov-tzgg", known_urls=[gone, listed], source_changes={"min_documents": 1})
    body = '<ul class="list"><li><a href="./202110/t20211029_1822001.shtml">通知</a></li></ul>'.encode()
    output = respond(start_requests(spider)[0], body=body)
    rechecks = [r for r in requests(output) if r.meta.get("kind") == "recheck"]
    assert [r.url for r in rechecks] == [gone]
    assert rechecks[0].meta["dont_redirect"] and rechecks[0].meta["handle_httpstatus_list"] == RECHECK_STATUSES
    response = HtmlResponse(gone, status=404, body=b"gone", request=rechecks[0])
    [page] = list(rechecks[0].callback(response))
    assert (page["kind"], page["status"], page["body"]) == ("recheck", 404, None)


def test_no_rechecks_when_the_lists_name_fewer_than_min_documents():
    """A redesign that empties the list must not recheck (and so remove) every archived page."""
    spider = make_spider("yichang-gov-tzgg", known_urls=[DETAIL])
    body = '<ul class="list"><li><a href="./202110/t20211029_1822001.shtml">通知</a></li></ul>'.encode()
    output = respond(start_requests(spider)[0], body=body)
    assert spider.list_walk_complete and not spider.listed_enough
    assert not [r for r in requests(output) if r.meta.get("kind") == "recheck"]


def test_no_rechecks_after_an_incomplete_walk():
    spider = make_spider("wuhan-mzj-jytabl", known_urls=[DETAIL])
    output = respond(start_requests(spider)[0], "trs_list_page0.html")
    assert not [r for r in requests(output) if r.meta.get("kind") == "recheck"]


def test_source_politeness_reaches_the_crawler_settings():
    politeness = {"download_delay": 3.5, "concurrency": 1, "obey_robots": False}
    spider = make_spider("wuhan-mzj-jytabl", source_changes={"politeness": politeness})
    settings = spider.crawler.settings
    assert settings.getfloat("DOWNLOAD_DELAY") == 3.5
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getbool("ROBOTSTXT_OBEY") is False


def test_jobdir_gets_one_directory_per_source(tmp_path):
    spider = make_spider("wuhan-mzj-jytabl", settings={"JOBDIR": str(tmp_path)})
    assert spider.crawler.settings["JOBDIR"] == str(tmp_path / "wuhan-mzj-jytabl")


def test_listed_date_forms():
    assert listed_date("发布 2021年9月5日") == "2021-09-05"
    assert listed_date("2021/10/29 10:00") == "2021-10-29"
    assert listed_date("no date") is None


def test_headers_are_lower_case_strings():
    request = Request("http://x.test/")
    response = HtmlResponse("http://x.test/", headers={"Set-Cookie": ["a=1", "b=2"], "X-Y": "z"}, request=request)
    assert headers_as_dict(response.headers) == {"set-cookie": "a=1, b=2", "x-y": "z"}
