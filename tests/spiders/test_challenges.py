"""Challenged and JS-rendered sources crawled completely, in real headless Chromium.

The replica puts 加速乐-style (521) and 瑞数-style (412) cookie challenges in front of two
sources and renders a third's list from a JSON API in the page; the crawl must archive every
document, use the browser once per challenged host and go on with plain HTTP.
"""

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest

from archive.store import Archive
from replica.catalog import expected_documents
from replica.server import running_replica
from spiders import settings as project_settings
from spiders.run import run_crawl

SIZE = 30
QUIET = {"LOG_LEVEL": "WARNING"}
JSL, RUISHU, JS_LIST = "hubei-mzt-jytabl", "mca-jytabl", "chengdu-mzj-jytabl"
SOURCES = [JSL, RUISHU, JS_LIST]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def replica(tmp_path_factory):
    """The replica of the three sources and the file it logs every answered request to."""
    request_log = tmp_path_factory.mktemp("replica") / "requests.jsonl"
    with running_replica(size=SIZE, sources=SOURCES, extra_args=["--request-log", str(request_log)]) as host_map:
        yield host_map, request_log


@pytest.fixture(scope="module")
def crawled(replica, tmp_path_factory):
    host_map, request_log = replica
    root = tmp_path_factory.mktemp("archive")
    summary = run_crawl(SOURCES, archive_root=root, replica_map=host_map, settings=QUIET)
    return Archive(root), summary, [json.loads(line) for line in request_log.read_text().splitlines()]


def archived(archive: Archive, run_id: str, source_id: str, kind: str) -> list[dict]:
    return [r for r in archive.iter_records(run_id) if r["source_id"] == source_id and r["kind"] == kind]


@pytest.mark.browser
@pytest.mark.parametrize("source_id", SOURCES)
def test_every_document_is_archived(crawled, source_id):
    archive, summary, _ = crawled
    served = expected_documents(source_id, SIZE)
    details = archived(archive, summary["run_id"], source_id, "detail")
    assert {r["url"] for r in details if r["sha256"]} == {doc["url"] for doc in served}
    attachments = archived(archive, summary["run_id"], source_id, "attachment")
    assert {r["url"] for r in attachments} == {url for doc in served for url in doc["attachments"]}
    outcome = summary["sources"][source_id]
    assert outcome["complete"] and outcome["errors"] == 0, outcome["error_samples"]


@pytest.mark.browser
@pytest.mark.parametrize(("source_id", "challenge_answers"), [(JSL, 3), (RUISHU, 2)])
def test_a_challenged_host_uses_the_browser_once_then_plain_http(crawled, source_id, challenge_answers):
    """One browser page per host; the replica answered challenges only to that first exchange.

    加速乐: the plain request's 521, then the browser's two rounds; 瑞数: the plain 412 and the
    browser's one. Everything after went over plain HTTP with the browser's cookies.
    """
    archive, summary, requests = crawled
    outcome = summary["sources"][source_id]
    assert outcome["challenge_passes"] == 1 and outcome["browser_pages"] == 1
    host = urlsplit(expected_documents(source_id, SIZE)[0]["url"]).netloc
    statuses = Counter(r["status"] for r in requests if urlsplit(r["url"]).netloc == host)
    assert statuses[521] + statuses[412] == challenge_answers
    assert all(r["status"] == 200 for r in archived(archive, summary["run_id"], source_id, "detail"))


@pytest.mark.browser
def test_the_js_list_is_read_from_the_rendered_page(crawled):
    archive, summary, requests = crawled
    outcome = summary["sources"][JS_LIST]
    assert outcome["browser_pages"] == outcome["list_pages"] == 3 and outcome["challenge_passes"] == 0
    lists = archived(archive, summary["run_id"], JS_LIST, "list")
    assert all(b'class="news-list"><li><a href="/cdmzj/c128984/' in archive.get_blob(r["sha256"]) for r in lists)
    assert sum("/api/list?" in r["url"] for r in requests) == 3


@pytest.mark.browser
def test_expired_cookies_cost_exactly_one_more_browser_pass(tmp_path):
    """Cookies good for 25 answers; the crawl needs about 36, so the browser passes twice."""
    limit = ["--fault", f"{JSL}=challenge_521:25"]
    with running_replica(size=SIZE, sources=[JSL], extra_args=limit) as host_map:
        summary = run_crawl([JSL], archive_root=tmp_path, replica_map=host_map, settings=QUIET)
    outcome = summary["sources"][JSL]
    assert outcome["challenge_passes"] == 2 and outcome["browser_pages"] == 2
    assert outcome["complete"] and outcome["documents"] == SIZE and outcome["errors"] == 0


def test_plain_http_alone_fails_the_412_source_with_a_clear_error(replica, tmp_path):
    host_map, _ = replica
    summary = run_crawl([RUISHU], archive_root=tmp_path, replica_map=host_map,
                        settings={**QUIET, "BANLI_CHALLENGE_BROWSER_PASSES": 0})
    outcome = summary["sources"][RUISHU]
    assert not outcome["complete"] and outcome["documents"] == 0 and outcome["browser_pages"] == 0
    assert "ChallengeNotPassed: www.mca.gov.cn answers 412 with a 瑞数-style $_ts script" in outcome["error_samples"][0]


def test_without_the_challenge_middleware_the_412_is_a_named_fetch_error(replica, tmp_path):
    host_map, _ = replica
    middlewares = {**project_settings.DOWNLOADER_MIDDLEWARES, "spiders.challenge.ChallengeMiddleware": None}
    summary = run_crawl([RUISHU], archive_root=tmp_path, replica_map=host_map,
                        settings={**QUIET, "DOWNLOADER_MIDDLEWARES": middlewares})
    outcome = summary["sources"][RUISHU]
    assert not outcome["complete"] and outcome["documents"] == 0
    assert "challenge (HTTP 412)" in outcome["error_samples"][0]


def test_a_browser_that_cannot_pass_is_given_up_after_n_passes(replica, tmp_path):
    """No usable browser: three passes fail, then the host is given up with the browser's problem."""
    host_map, _ = replica
    launch = {**project_settings.PLAYWRIGHT_LAUNCH_OPTIONS, "executable_path": str(tmp_path / "no-chromium")}
    summary = run_crawl([RUISHU], archive_root=tmp_path / "archive", replica_map=host_map,
                        settings={**QUIET, "PLAYWRIGHT_LAUNCH_OPTIONS": launch})
    outcome = summary["sources"][RUISHU]
    assert not outcome["complete"] and outcome["challenge_passes"] == 3
    assert "still answers 412" in outcome["error_samples"][0]
    assert "after 3 browser passes in a row; last browser problem:" in outcome["error_samples"][0]
