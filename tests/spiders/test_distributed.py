"""Two ``banli crawl --redis`` workers share one Redis queue: every page once, same archive."""

import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from archive.store import Archive
from banli import children
from replica.catalog import expected_documents
from replica.server import running_replica
from spiders.run import run_crawl
from tests.processes import REDIS_SERVER, free_port, stop_process
from tests.spiders.served import served

pytestmark = [pytest.mark.redis, pytest.mark.slow]

SOURCES = ["wuhan-mzj-jytabl", "zj-mzt-jytabl"]
SIZE = 40
# Each answer takes this long, so the crawl outlasts the 5 s engine heartbeat on which an
# idle worker polls the shared queue again: both workers get a share of the pages.
REPLY_DELAY = 0.5
# Upper bounds, so a stuck crawl fails the test instead of hanging CI (a run takes ~15 s).
WORKERS_TIMEOUT = 90
SINGLE_CRAWL_TIMEOUT = 60


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    import redis

    port, workdir = free_port(), tmp_path_factory.mktemp("redis")
    server = children.popen([REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(workdir)], stdout=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    try:
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop_process(server)


def worker(redis_url: str, map_file: Path, archive_root: Path) -> subprocess.Popen:
    command = [str(Path(sys.executable).with_name("banli")), "crawl", "--redis", redis_url,
               "--replica-map", str(map_file), "--archive", str(archive_root)]
    for source_id in SOURCES:
        command += ["--source", source_id]
    # Its own process group: the crawl runs in a grandchild (python -m spiders.run) that must die with it.
    return children.popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONWARNINGS": "ignore"}, start_new_session=True)


def finish(workers: list[subprocess.Popen], timeout: float) -> list[tuple[str, str]]:
    """Each worker's (stdout, stderr) once all have exited; any still running after ``timeout``
    seconds is killed with its crawl process (and the test fails)."""
    deadline = time.monotonic() + timeout
    try:
        return [process.communicate(timeout=max(deadline - time.monotonic(), 0.1)) for process in workers]
    finally:
        for process in workers:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()


def single_process_crawl(archive_root: Path) -> None:
    with running_replica(size=SIZE, sources=SOURCES) as host_map:
        run_crawl(SOURCES, archive_root=archive_root, replica_map=host_map,
                  settings={"LOG_LEVEL": "WARNING", "CLOSESPIDER_TIMEOUT": SINGLE_CRAWL_TIMEOUT})


@pytest.fixture(scope="module")
def two_workers(redis_url, tmp_path_factory):
    """Two workers on one slow replica and one archive; meanwhile a single-process crawl of a fast one."""
    work = tmp_path_factory.mktemp("distributed")
    log, map_file = work / "requests.jsonl", work / "map.json"
    slow = [arg for source_id in SOURCES for arg in ("--fault", f"{source_id}=slow:{REPLY_DELAY}")]
    with ThreadPoolExecutor(1) as pool:
        single = pool.submit(single_process_crawl, work / "single")
        with running_replica(size=SIZE, sources=SOURCES, extra_args=[*slow, "--request-log", str(log)]) as host_map:
            map_file.write_text(json.dumps(host_map), encoding="utf-8")
            workers = []
            try:
                workers += [worker(redis_url, map_file, work / "shared") for _ in range(2)]
            finally:
                outputs = finish(workers, WORKERS_TIMEOUT)
        single.result()
    return {"shared": Archive(work / "shared"), "single": Archive(work / "single"), "served": served(log),
            "exit_codes": [process.returncode for process in workers], "outputs": outputs}


def pages(archive: Archive) -> set[tuple[str, str]]:
    archive.update_index()
    return {(page["url"], page["sha256"]) for page in archive.latest_pages(SOURCES)}


def test_both_workers_finish_their_share(two_workers):
    for number, (stdout, stderr) in enumerate(two_workers["outputs"]):  # shown when the test fails
        print(f"--- worker {number}: exit {two_workers['exit_codes'][number]}\n{stdout}\n{stderr}")
    assert two_workers["exit_codes"] == [0, 0]
    archive = two_workers["shared"]
    shares = [sum(r["kind"] == "detail" for r in archive.iter_records(run_id)) for run_id in archive.run_ids()]
    assert len(shares) == 2 and all(shares), shares
    for run_id in archive.run_ids():
        for entry in archive.run_summary(run_id)["sources"].values():
            assert entry["mode"] == "distributed" and entry["walk_finished"] and not entry["complete"]


def test_every_page_is_fetched_exactly_once(two_workers):
    counts = two_workers["served"]
    assert max(counts.values()) == 1, [key for key, n in counts.items() if n > 1]
    documents = {doc["url"] for source_id in SOURCES for doc in expected_documents(source_id, SIZE)}
    assert documents <= {url for _, url in counts}


def test_the_shared_archive_equals_a_single_process_crawl(two_workers):
    shared = pages(two_workers["shared"])
    assert shared and shared == pages(two_workers["single"])


def test_clearing_empties_the_sources_queue_and_filter(redis_url, two_workers, tmp_path):
    import redis

    client = redis.Redis.from_url(redis_url)
    assert client.exists("banli:wuhan-mzj-jytabl:dupefilter")
    command = [str(Path(sys.executable).with_name("banli")), "crawl", "--redis", redis_url, "--redis-clear",
               "--source", "wuhan-mzj-jytabl"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "cleared 1 Redis key(s)" in result.stdout
    assert not client.exists("banli:wuhan-mzj-jytabl:dupefilter")
    assert client.exists("banli:zj-mzt-jytabl:dupefilter")


def test_the_worker_profile_shares_queue_and_filter_and_never_flushes_them():
    from click.testing import CliRunner

    from banli.crawl import crawl
    from spiders.run import crawl_settings

    settings = crawl_settings(replica_map={}, archive_root="a", run_id="r", overrides={},
                              redis_url="redis://127.0.0.1:6379/0")
    assert settings["SCHEDULER"] == "scrapy_redis.scheduler.Scheduler"
    assert settings["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert settings.getbool("SCHEDULER_PERSIST") and not settings.getbool("REMOTE_CONTROL_ENABLED")
    assert settings["SCHEDULER_QUEUE_KEY"] % {"spider": "x"} == "banli:x:requests"
    assert settings.getint("MAX_IDLE_TIME_BEFORE_CLOSE") > 0
    assert CliRunner().invoke(crawl, ["--redis-clear"]).exit_code == 2
    assert CliRunner().invoke(crawl, ["--redis", "redis://x", "--jobdir", "j"]).exit_code == 2


# one worker's list-walk bookkeeping, without Redis ------------------------------------------
def handed_over(request, worker):
    """``request`` as another worker pops it off the shared queue (scrapy-redis stores dicts)."""
    from scrapy.utils.request import request_from_dict

    return request_from_dict(request.to_dict(spider=request.callback.__self__), spider=worker)


def test_a_worker_that_reads_only_a_columns_last_page_finished_its_walk():
    """Its start request went to the other worker (or was filtered) and it parsed only the page
    that exhausts the column: its counters balance, yet it listed only that page's documents."""
    from spiders.run import source_outcome
    from tests.spiders.helpers import make_spider, respond, start_requests

    first, second = (make_spider("wuhan-mzj-jytabl", mode="distributed") for _ in range(2))
    start_requests(second)  # yielded, dropped by the shared filter
    [last_page] = [first.list_request(first.page_url(column, 2), "parse_page", column,
                                      cb_kwargs={"page": 2}) for column in first.source["columns"]]
    respond(handed_over(last_page, second), "trs_list_page2.html")
    assert second.list_pages_parsed == 1 and not second.open_columns and not second.listed_enough
    outcome = source_outcome(second, second.crawler.stats, "finished")
    assert outcome.walk_finished and not outcome.error_samples and not outcome.complete


def test_a_worker_whose_list_page_fails_reports_an_unfinished_walk():
    from twisted.python.failure import Failure

    from spiders.run import source_outcome
    from tests.spiders.helpers import make_spider, start_requests

    first, second = (make_spider("wuhan-mzj-jytabl", mode="distributed") for _ in range(2))
    request = handed_over(start_requests(first)[0], second)
    failure = Failure(TimeoutError("timed out"))
    failure.request = request
    list(request.errback(failure))
    outcome = source_outcome(second, second.crawler.stats, "finished")
    assert second.list_failures == 1 and not outcome.walk_finished and not outcome.complete
