"""Incremental nightly crawls: stop at known items, skip unchanged pages, pick up new ones."""

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack

import pytest

from archive.store import Archive
from archive.summary import RunSummary, SourceOutcome
from banli.sources import find_source
from replica.catalog import expected_documents
from replica.server import running_replica
from spiders.incremental import choose_mode, conditional_headers
from spiders.run import run_crawl
from tests.spiders.helpers import details, items, list_pages, make_spider, requests, respond, start_requests
from tests.spiders.served import served_urls

WUHAN_COLUMN = "https://mzj.wuhan.gov.cn/zwgk_918/fdzdgk/qtzdgknr/jytabl/gzgk/"
PAGE0_URLS = [WUHAN_COLUMN + path for path in
              ("202110/t20211029_1822695.shtml", "202110/t20211012_1822001.shtml", "202109/t20210930_1821500.shtml")]
PAGE2_URLS = [WUHAN_COLUMN + "202001/t20200115_1000001.shtml"]
QUIET = {"LOG_LEVEL": "WARNING"}


# the stop rule and conditional requests, without a network ----------------------------------
def test_incremental_walk_stops_one_margin_page_after_a_page_of_known_items():
    spider = make_spider("wuhan-mzj-jytabl", known_urls=PAGE0_URLS + PAGE2_URLS, mode="incremental")
    output = respond(start_requests(spider)[0], "trs_list_page0.html")
    assert details(output) == []
    [margin_page] = list_pages(output)
    assert list_pages(respond(margin_page, "trs_list_page2.html")) == []
    assert spider.walk_finished and not spider.list_walk_complete
    assert spider.caught_up_columns == {spider.source["columns"][0]}


def test_a_page_naming_a_new_document_restarts_the_count_and_fetches_only_the_new_one():
    spider = make_spider("wuhan-mzj-jytabl", known_urls=PAGE0_URLS[1:], mode="incremental")
    output = respond(start_requests(spider)[0], "trs_list_page0.html")
    assert [r.url for r in details(output)] == PAGE0_URLS[:1]
    [second] = list_pages(output)
    assert [r.url for r in details(respond(second, "trs_list_page2.html"))] == PAGE2_URLS
    assert spider.known_streaks[spider.source["columns"][0]] == 0


def test_margin_zero_stops_at_the_first_page_of_known_items():
    spider = make_spider("wuhan-mzj-jytabl", known_urls=PAGE0_URLS, mode="incremental",
                         settings={"BANLI_INCREMENTAL_MARGIN_PAGES": 0})
    assert requests(respond(start_requests(spider)[0], "trs_list_page0.html")) == []
    assert spider.walk_finished


def test_full_walk_asks_for_archived_pages_conditionally():
    validators = {PAGE0_URLS[0]: {"etag": '"v1"', "last_modified": "Fri, 29 Oct 2021 02:00:00 GMT"}}
    spider = make_spider("wuhan-mzj-jytabl", known_urls=PAGE0_URLS[:1], validators=validators)
    known, new, _ = details(respond(start_requests(spider)[0], "trs_list_page0.html"))
    assert known.headers["If-None-Match"] == b'"v1"'
    assert known.headers["If-Modified-Since"] == b"Fri, 29 Oct 2021 02:00:00 GMT"
    assert known.meta["handle_httpstatus_list"] == [304]
    assert b"If-None-Match" not in new.headers and "handle_httpstatus_list" not in new.meta


def test_a_304_is_logged_without_a_body_and_asks_for_no_attachments():
    validators = {PAGE0_URLS[0]: {"etag": '"v1"', "last_modified": None}}
    spider = make_spider("wuhan-mzj-jytabl", known_urls=PAGE0_URLS[:1], validators=validators)
    [request] = spider.document_request(PAGE0_URLS[0], {})
    output = respond(request, status=304, headers={"ETag": '"v1"'})
    [page] = items(output)
    assert page["status"] == 304 and page["body"] is None and page["kind"] == "detail"
    assert requests(output) == []


def test_conditional_headers_use_what_the_site_sent():
    assert conditional_headers(None) == {}
    assert conditional_headers({"etag": None, "last_modified": "x"}) == {"If-Modified-Since": "x"}


# choosing the mode ---------------------------------------------------------------------------
def summary_with(archive: Archive, run_id: str, finished_at: str, entry: dict) -> None:
    log = archive.open_run(run_id, "test")
    log.write_summary(RunSummary(run_id, finished_at, finished_at, {"wuhan-mzj-jytabl": SourceOutcome(**entry)}))
    log.close()


@pytest.mark.parametrize("entry, age_days, expected", [
    ({"complete": True, "mode": "full"}, 2, "incremental"),
    ({"complete": True}, 2, "incremental"),
    ({"complete": True, "mode": "full"}, 8, "full"),
    ({"complete": False, "mode": "full"}, 1, "full"),
    ({"complete": False, "mode": "incremental", "walk_finished": True}, 1, "full"),
])
def test_auto_runs_incrementally_only_after_a_recent_complete_full_sweep(tmp_path, entry, age_days, expected):
    archive = Archive(tmp_path)
    now = dt.datetime(2026, 11, 20, 1, tzinfo=dt.UTC)
    finished = (now - dt.timedelta(days=age_days)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    summary_with(archive, "20261101T000000000000Z", finished, entry)
    source = find_source("wuhan-mzj-jytabl")
    assert choose_mode("auto", source, archive=archive, has_known=True, full_sweep_days=7, now=now) == expected
    assert choose_mode("full", source, archive=archive, has_known=True, full_sweep_days=7, now=now) == "full"


def test_auto_sweeps_fully_without_archived_documents_or_past_the_sources_own_period(tmp_path):
    archive = Archive(tmp_path)
    now = dt.datetime(2026, 11, 20, 1, tzinfo=dt.UTC)
    summary_with(archive, "20261101T000000000000Z", "2026-11-17T01:00:00.000000Z", {"complete": True})
    source = find_source("wuhan-mzj-jytabl")
    assert choose_mode("auto", source, archive=archive, has_known=False, full_sweep_days=7, now=now) == "full"
    weekly = {**source, "politeness": {"full_sweep_days": 2}}
    assert choose_mode("auto", weekly, archive=archive, has_known=True, full_sweep_days=7, now=now) == "full"


# nightly runs against the replica ----------------------------------------------------------
SOURCES = ["wuhan-mzj-jytabl", "zj-mzt-jytabl", "gz-mzj-gkmlpt", "jiading-mzj"]
NEW = 12
# robots.txt plus the list pages an unchanged incremental run reads: two pages (the first of
# known items and the margin page); Hanweb's first 45-record window holds the whole column;
# Jiading's column page is a shell around its list iframe.
# Hanweb: the column page (it names unitid and path), then the first proxy windows.
UNCHANGED_REQUESTS = {"wuhan-mzj-jytabl": 3, "zj-mzt-jytabl": 3, "gz-mzj-gkmlpt": 3, "jiading-mzj": 4}


def held_back(count: int) -> list[str]:
    return [arg for source_id in SOURCES for arg in ("--fault", f"{source_id}=unpublished:{count}")]


@pytest.fixture(scope="module")
def nightlies(tmp_path_factory):
    """Full crawl and an unchanged auto night (newest NEW documents not yet out), then a
    night after they appeared, then a full sweep: (archive, summaries, request logs).
    The second replica (everything published) starts meanwhile."""
    work = tmp_path_factory.mktemp("incremental")
    archive = Archive(work / "archive")
    after = work / "requests.jsonl"
    summaries, logs = {}, {}
    with ExitStack() as replicas, ThreadPoolExecutor(1) as pool:
        published = pool.submit(replicas.enter_context, running_replica(sources=SOURCES, extra_args=["--request-log", str(after)]))
        host_map = replicas.enter_context(running_replica(sources=SOURCES, extra_args=held_back(NEW)))
        summaries["first"] = run_crawl(SOURCES, archive_root=archive.root, replica_map=host_map, settings=QUIET)
        summaries["unchanged"] = run_crawl(SOURCES, archive_root=archive.root, replica_map=host_map,
                                           settings=QUIET, mode="auto")
        host_map = published.result()
        summaries["new"] = run_crawl(SOURCES, archive_root=archive.root, replica_map=host_map,
                                     settings=QUIET, mode="auto")
        logs["new"] = served_urls(after)
        summaries["sweep"] = run_crawl(SOURCES, archive_root=archive.root, replica_map=host_map,
                                       settings=QUIET, mode="full")
    return archive, summaries, logs


def test_an_unchanged_night_reads_only_the_first_list_pages(nightlies):
    _, summaries, _ = nightlies
    for source_id in SOURCES:
        first, second = summaries["first"]["sources"][source_id], summaries["unchanged"]["sources"][source_id]
        assert first["mode"] == "full" and first["complete"]
        assert second["mode"] == "incremental" and second["walk_finished"] and not second["complete"]
        assert second["requests"] == UNCHANGED_REQUESTS[source_id], source_id
        assert second["documents"] == second["new"] == second["rechecked"] == 0
        assert not second["below_minimum"]


def test_new_documents_at_the_top_are_fetched_and_nothing_old(nightlies):
    archive, summaries, logs = nightlies
    for source_id in SOURCES:
        documents = expected_documents(source_id)
        new = {doc["url"] for doc in documents[:NEW]}
        old = {doc["url"] for doc in documents[NEW:]}
        fetched = {r["url"] for r in archive.iter_records(summaries["new"]["run_id"])
                   if r["source_id"] == source_id and r["kind"] == "detail"}
        assert fetched == new, source_id
        assert not logs["new"] & old
        assert summaries["new"]["sources"][source_id]["documents"] == NEW


def test_a_full_sweep_finds_every_archived_page_unchanged_with_304s(nightlies):
    archive, summaries, _ = nightlies
    blobs = archive.blob_count()
    for source_id in SOURCES:
        entry = summaries["sweep"]["sources"][source_id]
        assert entry["mode"] == "full" and entry["complete"]
        assert entry["not_modified"] == entry["documents"] == len(expected_documents(source_id))
        assert entry["new"] == entry["attachments"] == entry["rechecked"] == 0
    assert archive.blob_count() == blobs
    records = [r for r in archive.iter_records(summaries["sweep"]["run_id"]) if r["kind"] == "detail"]
    assert {r["status"] for r in records} == {304} and all(r["sha256"] is None for r in records)


# banli crawl ----------------------------------------------------------------------------------
def test_banli_crawl_fails_an_incomplete_full_sweep_and_an_unfinished_incremental_walk():
    from banli.crawl import crawl_succeeded

    assert crawl_succeeded({"mode": "full", "complete": True, "walk_finished": True})
    assert not crawl_succeeded({"mode": "full", "complete": False, "walk_finished": True})
    assert crawl_succeeded({"mode": "incremental", "complete": False, "walk_finished": True})
    assert not crawl_succeeded({"mode": "incremental", "complete": False, "walk_finished": False})
