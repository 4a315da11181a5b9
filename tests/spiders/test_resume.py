"""An interrupted crawl resumes from its JOBDIR: nothing fetched twice, nothing missed."""

import pytest

from archive.store import Archive
from replica.catalog import expected_documents
from replica.server import running_replica
from spiders.run import run_crawl
from tests.spiders.served import served

SOURCES = ["wuhan-mzj-jytabl", "zj-mzt-jytabl"]
QUIET = {"LOG_LEVEL": "WARNING"}
STOP_AFTER_PAGES = 15


@pytest.fixture(scope="module")
def resumed(tmp_path_factory):
    """A crawl stopped after a few pages (Scrapy's graceful close), then run again with the same JOBDIR."""
    work = tmp_path_factory.mktemp("resume")
    archive, jobdir, log = Archive(work / "archive"), work / "job", work / "requests.jsonl"
    with running_replica(sources=SOURCES, extra_args=["--request-log", str(log)]) as host_map:
        interrupted = run_crawl(SOURCES, archive_root=archive.root, replica_map=host_map,
                                settings={**QUIET, "JOBDIR": str(jobdir), "CLOSESPIDER_PAGECOUNT": STOP_AFTER_PAGES})
        left_behind = sorted(path.name for path in jobdir.iterdir())
        finished = run_crawl(SOURCES, archive_root=archive.root, replica_map=host_map,
                             settings={**QUIET, "JOBDIR": str(jobdir)})
    return archive, interrupted, left_behind, finished, served(log), jobdir


def test_the_interrupted_crawl_is_incomplete_and_keeps_its_job(resumed):
    _, interrupted, left_behind, _, _, _ = resumed
    for entry in interrupted["sources"].values():
        assert entry["close_reason"] == "closespider_pagecount" and not entry["complete"]
    assert interrupted["sources"]["wuhan-mzj-jytabl"]["documents"] < 40
    assert left_behind == sorted([*SOURCES, "run.json"])


def test_the_resumed_run_archives_every_document_under_the_same_run(resumed):
    archive, interrupted, _, finished, _, _ = resumed
    assert finished["run_id"] == interrupted["run_id"]
    assert archive.run_summary(finished["run_id"]) == finished
    for source_id in SOURCES:
        archived = {r["url"] for r in archive.iter_records(finished["run_id"])
                    if r["source_id"] == source_id and r["kind"] == "detail" and r["sha256"]}
        assert archived == {doc["url"] for doc in expected_documents(source_id)}


def test_the_resumed_summary_describes_the_whole_job(resumed):
    _, _, _, finished, _, _ = resumed
    for source_id, entry in finished["sources"].items():
        served_documents = expected_documents(source_id)
        assert entry["complete"] and entry["walk_finished"] and entry["close_reason"] == "finished"
        assert entry["documents"] == entry["seen_urls"] == entry["new"] - entry["attachments"] == len(served_documents)
        assert entry["attachments"] == sum(len(doc["attachments"]) for doc in served_documents)
        assert entry["errors"] == 0


def test_no_page_is_fetched_twice_across_both_runs(resumed):
    _, _, _, _, counts, _ = resumed
    assert counts and max(counts.values()) == 1, [key for key, n in counts.items() if n > 1]


def test_a_finished_job_leaves_no_job_directory(resumed):
    *_, jobdir = resumed
    assert list(jobdir.iterdir()) == []
