"""``banli archive export-warc`` and ``banli archive verify`` on a small hand-made archive."""

import gzip

from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from archive.cli import archive as archive_command
from archive.store import Archive

PAGE = "https://mzj.wuhan.gov.cn/zwgk_918/202110/t20211029_1822695.shtml"
PDF = "https://mzj.wuhan.gov.cn/zwgk_918/202110/P020211029.pdf"


def make_archive(root) -> Archive:
    archive = Archive(root)
    for run_id in ("run-1", "run-2"):
        log = archive.open_run(run_id, "test")
        log.record_fetch(url=PAGE, source_id="wuhan-mzj-jytabl", kind="detail", status=200,
                         body="<html>市民政局</html>".encode(), listing={"title": "t"},
                         headers={"content-type": "text/html; charset=utf-8", "content-encoding": "gzip",
                                  "content-length": "9"})
        log.record_fetch(url=PDF, source_id="wuhan-mzj-jytabl", kind="attachment", status=200,
                         body=b"%PDF-1.4 fake", parent_url=PAGE, headers={"content-type": "application/pdf"})
        log.record_fetch(url=PAGE + "?gone", source_id="wuhan-mzj-jytabl", kind="recheck", status=404,
                         error="HttpError: 404")
        log.close()
    return archive


def read_warc(path) -> list:
    with open(path, "rb") as handle:
        return [(record.rec_type, record.rec_headers, record.http_headers, record.content_stream().read())
                for record in ArchiveIterator(handle)]


def test_export_writes_responses_then_revisits(tmp_path):
    make_archive(tmp_path / "a")
    out = tmp_path / "out.warc.gz"
    result = CliRunner().invoke(archive_command, ["export-warc", str(out), "--archive", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    assert "2 response records, 2 revisit records" in result.output
    records = read_warc(out)
    assert [r[0] for r in records] == ["response", "response", "revisit", "revisit"]
    kind, warc, http, body = records[0]
    assert warc.get_header("WARC-Target-URI") == PAGE and warc.get_header("WARC-Banli-Kind") == "detail"
    assert http.get_statuscode() == "200" and http.get_header("content-encoding") is None
    assert http.get_header("content-length") == str(len(body)) and body.decode() == "<html>市民政局</html>"
    assert records[1][1].get_header("WARC-Banli-Parent") == PAGE
    assert records[2][1].get_header("WARC-Refers-To-Target-URI") == PAGE


def test_export_of_one_run(tmp_path):
    make_archive(tmp_path / "a")
    out = tmp_path / "one.warc.gz"
    result = CliRunner().invoke(archive_command, ["export-warc", str(out), "--run", "run-2", "--archive", str(tmp_path / "a")])
    assert result.exit_code == 0 and [r[0] for r in read_warc(out)] == ["response", "response"]
    bad = CliRunner().invoke(archive_command, ["export-warc", str(out), "--run", "nope", "--archive", str(tmp_path / "a")])
    assert bad.exit_code == 2 and "no such run: nope" in bad.output


def test_verify_passes_a_sound_archive(tmp_path):
    make_archive(tmp_path / "a")
    result = CliRunner().invoke(archive_command, ["verify", "--archive", str(tmp_path / "a")])
    assert result.exit_code == 0 and "2 blobs checked, 0 problems" in result.output


def test_verify_reports_corrupt_and_missing_blobs(tmp_path):
    archive = make_archive(tmp_path / "a")
    page_sha = next(archive.iter_records("run-1"))["sha256"]
    archive.blob_path(page_sha).write_bytes(gzip.compress(b"tampered"))
    pdf_sha = list(archive.iter_records("run-1"))[1]["sha256"]
    archive.blob_path(pdf_sha).unlink()
    result = CliRunner().invoke(archive_command, ["verify", "--archive", str(tmp_path / "a")])
    assert result.exit_code == 1
    assert f"corrupt: blob {page_sha}" in result.output
    assert f"missing: blob {pdf_sha} ({PDF})" in result.output
