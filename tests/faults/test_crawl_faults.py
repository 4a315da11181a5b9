"""Every replica fault on one source, clean sources beside it: the crawl completes what it can.

Each fault must leave the crawl finished, the faulted source's errors in its summary entry
(``complete`` false when its list walk could not finish), the clean sources complete, and
everything archived before still there. See docs/robustness.md for the table.
"""

from __future__ import annotations

import pytest

from banli.sources import find_source
from normalize import decode_html
from publish.history import digest_run, is_gone
from replica.catalog import expected_documents
from replica.server import running_replica
from spiders.run import crawl_settings, run_crawl
from tests.faults.conftest import ALL_SOURCES, FAULT_GROUPS, QUIET

pytestmark = pytest.mark.slow
FAULTS = [fault for group in FAULT_GROUPS for fault in group]
SERVED = 40


def successful(records: list[dict], kind: str = "detail") -> list[dict]:
    return [record for record in records if record["kind"] == kind and record["sha256"]]


def failed(records: list[dict], kind: str | None = "detail") -> list[dict]:
    return [record for record in records if record["error"] and (kind is None or record["kind"] == kind)]


def assert_every_reached_document_accounted_for(crawl, fault: str) -> None:
    """Each document the list walk reached is archived or recorded as failed, and the walk is
    complete exactly when its list pages came through and reached every document served."""
    outcome, records = crawl.outcome(fault), crawl.records(fault)
    reached = {record["url"] for record in records if record["kind"] == "detail"}
    served = {document["url"] for document in expected_documents(crawl.faults[fault], SERVED)}
    assert reached <= served
    assert outcome["documents"] + len(failed(records)) == len(reached)
    assert outcome["complete"] is (reached == served and not failed(records, kind="list"))


# every fault -------------------------------------------------------------------------------

@pytest.mark.parametrize("fault", FAULTS)
def test_complete_only_when_every_list_page_came_through(faulted_crawls, fault):
    crawl = faulted_crawls[fault]
    outcome = crawl.outcome(fault)
    walk_finished = not failed(crawl.records(fault), kind="list") and fault != "empty_list"
    assert outcome["complete"] is walk_finished
    assert outcome["errors"] == len(failed(crawl.records(fault), kind=None))


@pytest.mark.parametrize("fault", FAULTS)
def test_the_clean_sources_beside_a_fault_are_complete(faulted_crawls, fault):
    crawl = faulted_crawls[fault]
    for source_id in crawl.clean_sources:
        outcome = crawl.summary["sources"][source_id]
        assert outcome["complete"] and outcome["errors"] == 0 and outcome["documents"] == SERVED, source_id


@pytest.mark.parametrize("fault", FAULTS)
def test_nothing_archived_before_is_lost(faulted_crawls, baseline, fault):
    crawl = faulted_crawls[fault]
    archive, _, pages_before = baseline
    assert crawl.blobs_after >= crawl.blobs_before
    archive.update_index()
    pages_now = {page["url"]: page["sha256"] for page in archive.latest_pages()}
    assert set(pages_before) <= set(pages_now)
    assert all(archive.has_blob(sha) for sha in pages_before.values())


def test_only_the_gone_fault_removes_anything(faulted_crawls, baseline):
    """Removal needs a complete walk plus a recheck answering 404/410: no other fault gets there."""
    known = dict(baseline[2])
    sources = {source_id: {"columns": []} for source_id in ALL_SOURCES}
    for crawl in {id(crawl): crawl for crawl in faulted_crawls.values()}.values():
        records = list(crawl.archive.iter_records(crawl.summary["run_id"]))
        removed = digest_run(crawl.summary["run_id"], records, crawl.summary, sources, known).removed
        gone_source = crawl.faults.get("gone")
        assert {record["source_id"] for record in records if record["url"] in removed} <= {gone_source}


# one fault each --------------------------------------------------------------------------

def test_error_5xx_is_retried_and_what_stays_failed_is_recorded(faulted_crawls):
    crawl = faulted_crawls["error_5xx"]
    outcome, errors = crawl.outcome("error_5xx"), failed(crawl.records("error_5xx"))
    assert outcome["retries"] > 0 and errors
    assert all(record["status"] in (500, 502, 503) and record["error"] == f"HttpError: HTTP {record['status']}"
               for record in errors)
    assert_every_reached_document_accounted_for(crawl, "error_5xx")


def test_slow_answers_time_out_and_leave_the_source_incomplete(faulted_crawls):
    crawl = faulted_crawls["slow"]
    outcome = crawl.outcome("slow")
    assert outcome["complete"] is False and outcome["documents"] == 0
    assert outcome["retries"] == 3
    assert "DownloadTimeoutError" in outcome["error_samples"][0]


def test_truncated_bodies_are_errors_and_never_archived(faulted_crawls):
    crawl = faulted_crawls["truncate"]
    outcome, records = crawl.outcome("truncate"), crawl.records("truncate")
    assert not successful(records) and len(failed(records)) == SERVED
    assert all("ResponseDataLoss" in record["error"] for record in failed(records))
    assert outcome["complete"] is True and outcome["below_minimum"] is True


def test_connection_resets_are_retried_and_what_stays_failed_is_recorded(faulted_crawls):
    """Twisted itself retries a reset on a reused keep-alive connection, so counts vary by run."""
    crawl = faulted_crawls["reset"]
    outcome, errors = crawl.outcome("reset"), failed(crawl.records("reset"), kind=None)
    assert outcome["retries"] > 0 and errors and outcome["errors"] == len(errors)
    assert all(record["status"] is None and "Connection" in record["error"] for record in errors)
    assert_every_reached_document_accounted_for(crawl, "reset")


def test_wzws_throttle_is_retried_and_never_taken_for_gone(faulted_crawls):
    crawl = faulted_crawls["wzws"]
    outcome, records = crawl.outcome("wzws"), crawl.records("wzws")
    assert outcome["retries"] > len(failed(records))
    assert outcome["documents"] >= 30
    for record in failed(records):
        assert record["status"] == 404 and "wzws-ray" in record["headers"]
        assert "throttle" in record["error"] and not is_gone(record, ["/"])
    assert not [record for record in records if record["kind"] == "recheck"]


def test_redirect_loops_end_with_an_error_on_the_listed_url(faulted_crawls):
    crawl = faulted_crawls["redirect_loop"]
    outcome, errors = crawl.outcome("redirect_loop"), failed(crawl.records("redirect_loop"))
    listed = {document["url"] for document in expected_documents("gz-mzj-gkmlpt")}
    assert {record["url"] for record in errors} == listed
    assert all("redirect loop" in record["error"] for record in errors)
    assert outcome["errors"] == SERVED and outcome["below_minimum"] is True


def test_a_wrong_declared_charset_still_decodes_right(faulted_crawls):
    crawl = faulted_crawls["wrong_charset"]
    pages = successful(crawl.records("wrong_charset"))
    titles = {document["url"]: document["title"] for document in expected_documents("wuhan-mzj-jytabl")}
    assert len(pages) == SERVED and crawl.outcome("wrong_charset")["errors"] == 0
    for record in pages:
        body = crawl.archive.get_blob(record["sha256"])
        assert "utf-8" in record["content_type"]
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert titles[record["url"]] in decode_html(body, record["content_type"])


def test_the_huge_page_is_refused_by_download_maxsize(faulted_crawls):
    crawl = faulted_crawls["huge_page"]
    maximum = crawl_settings(replica_map={}, archive_root="a", run_id="r", overrides={}).getint("DOWNLOAD_MAXSIZE")
    [error] = failed(crawl.records("huge_page"))
    assert maximum == 16 * 1024 * 1024
    assert error["url"] == expected_documents("zcbk-mirror")[0]["url"]
    assert "larger than download max size" in error["error"]
    assert crawl.outcome("huge_page")["documents"] == SERVED - 1
    assert all(record["bytes"] < maximum for record in crawl.records("huge_page"))


def test_an_emptied_list_is_incomplete_below_minimum_and_rechecks_nothing(faulted_crawls):
    crawl = faulted_crawls["empty_list"]
    outcome = crawl.outcome("empty_list")
    assert outcome["complete"] is False and outcome["below_minimum"] is True
    assert outcome["documents"] == 0 and outcome["rechecked"] == 0
    assert not [record for record in crawl.records("empty_list") if record["kind"] == "recheck"]
    assert "fewer than min_documents" in outcome["error_samples"][-1]


def test_gone_documents_are_rechecked_after_a_complete_walk(faulted_crawls):
    crawl = faulted_crawls["gone"]
    outcome = crawl.outcome("gone")
    rechecks = [record for record in crawl.records("gone") if record["kind"] == "recheck"]
    assert outcome["complete"] is True and outcome["rechecked"] == 3
    assert len(rechecks) == 3 and all(record["status"] == 410 and is_gone(record, ["/"]) for record in rechecks)


def test_an_emptied_list_fails_an_incremental_walk_too(baseline):
    """Incremental walks count archived documents toward the minimum, so the emptied list must say so itself."""
    archive = baseline[0]
    with running_replica(sources=["wuhan-mzj-jytabl", "yichun-mzj-rdjy"],
                         extra_args=["--fault", "wuhan-mzj-jytabl=empty_list"]) as host_map:
        summary = run_crawl([find_source("wuhan-mzj-jytabl"), find_source("yichun-mzj-rdjy")], archive_root=archive.root,
                            replica_map=host_map, settings=QUIET, mode="incremental")
    emptied, clean = summary["sources"]["wuhan-mzj-jytabl"], summary["sources"]["yichun-mzj-rdjy"]
    assert emptied["mode"] == clean["mode"] == "incremental"
    assert emptied["walk_finished"] is False and "fewer than min_documents" in emptied["error_samples"][-1]
    assert clean["walk_finished"] is True and clean["errors"] == 0
