"""index.db folds a 304 Not Modified as "seen, unchanged": the archived version stays current."""

from archive.store import Archive

URL = "https://mzj.wuhan.gov.cn/zwgk_918/a.shtml"
VALIDATORS = {"etag": '"abc"', "last-modified": "Tue, 29 Oct 2021 02:00:00 GMT", "content-type": "text/html"}


def fetch(archive: Archive, run_id: str, status: int, body: bytes | None, fetched_at: str, headers=None):
    log = archive.open_run(run_id, "worker")
    log.record_fetch(url=URL, source_id="wuhan-mzj-jytabl", kind="detail", status=status, body=body,
                     headers=headers if headers is not None else VALIDATORS, fetched_at=fetched_at)
    log.close()
    archive.update_index()


def test_a_304_moves_last_fetched_and_keeps_body_status_and_validators(tmp_path):
    archive = Archive(tmp_path)
    fetch(archive, "run1", 200, b"<html>v1</html>", "2026-11-01T01:00:00.000000Z")
    fetch(archive, "run2", 304, None, "2026-11-02T01:00:00.000000Z", headers={"etag": '"abc"'})
    [page] = archive.latest_pages(["wuhan-mzj-jytabl"])
    assert page["last_fetched"] == "2026-11-02T01:00:00.000000Z"
    assert page["first_fetched"] == page["last_changed"] == "2026-11-01T01:00:00.000000Z"
    assert archive.get_blob(page["sha256"]) == b"<html>v1</html>"
    assert page["status"] == 200 and page["headers"] == VALIDATORS


def test_a_changed_page_after_a_304_is_a_change(tmp_path):
    archive = Archive(tmp_path)
    fetch(archive, "run1", 200, b"<html>v1</html>", "2026-11-01T01:00:00.000000Z")
    fetch(archive, "run2", 304, None, "2026-11-02T01:00:00.000000Z")
    fetch(archive, "run3", 200, b"<html>v2</html>", "2026-11-03T01:00:00.000000Z")
    [page] = archive.latest_pages(["wuhan-mzj-jytabl"])
    assert archive.get_blob(page["sha256"]) == b"<html>v2</html>"
    assert page["last_changed"] == "2026-11-03T01:00:00.000000Z"
