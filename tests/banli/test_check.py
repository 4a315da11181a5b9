"""``banli check``: one list page and one document per column, through the crawl's own Scrapy stack."""

from __future__ import annotations

import json
import socket

import pytest
import yaml
from click.testing import CliRunner
from scrapy import Request
from scrapy.http import HtmlResponse

from banli.check import TABLE_HEADINGS, check, detailed_lines, source_report
from banli.sources import find_source, load_registry
from replica.server import running_replica
from spiders.checking import detail_page, run_checks, verdict

REPORT_KEYS = {"id", "name", "jurisdiction", "admin_level", "platform", "base_url", "columns", "enabled", "verified",
               "replica", "status", "problem", "fingerprint", "shells", "list", "detail", "errors"}


def write_registry(tmp_path, entries: list[dict]) -> str:
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return str(path)


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_check(*arguments, tmp_path):
    report_file = tmp_path / "check.json"
    result = CliRunner().invoke(check, [*arguments, "--json", str(report_file)])
    return result, (json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else None)


# one source ------------------------------------------------------------------------------

@pytest.mark.slow
def test_check_shows_the_list_and_each_field_of_one_document():
    result = CliRunner().invoke(check, ["wuhan-mzj-jytabl", "--replica"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "  items   10 document(s) listed" in lines
    assert any(line.startswith("  pages   1 further list request(s): ") and "index_1.shtml" in line for line in lines)
    fields = {line.split()[0]: line.split(None, 1)[1] for line in lines if line.startswith("  ") and len(line.split()) > 1}
    assert fields["title"] == "关于市政协十五届二次会议第292号提案的答复"
    assert fields["issuing_body"] == "武汉市民政局" and fields["doc_type"] == "reply"
    # a reply's handling year is its letter's year, with the reason (docs/labelling.md)
    assert fields["counts"] == "(empty)" and fields["warnings"] == "handling_year_from:letter_date"
    assert lines[-1] == "ok: one list page and one document read"


@pytest.mark.slow
def test_check_fails_on_a_list_emptied_by_a_redesign():
    source = find_source("jiading-mzj")
    with running_replica(sources=["jiading-mzj"], extra_args=["--fault", "jiading-mzj=empty_list"]) as host_map:
        raw = run_checks([source], replica_map=host_map)
    report = source_report(source, raw["jiading-mzj"], None)
    assert report["status"] == "fail" and report["list"]["items"] == 0 and report["detail"] is None
    lines = detailed_lines(report)
    assert "  items   0 document(s) listed" in lines
    assert lines[-1].startswith("fail: the list page names no documents")


def test_a_redesigned_detail_page_fails_the_check_naming_the_missing_body():
    source = find_source("wuhan-mzj-jytabl")
    url = "https://mzj.wuhan.gov.cn/zwgk_918/fdzdgk/qtzdgknr/jytabl/gzgk/202110/t20211029_1822695.shtml"
    redesigned = HtmlResponse(url, body=b"<html><body><div class='new-layout'></div></body></html>",
                              headers={"Content-Type": "text/html; charset=utf-8"}, request=Request(url))
    listing = {"title": "市民政局2021年议提案办理工作总结", "date": "2021-10-29"}
    raw = {"shells": [], "list": {"url": url, "status": 200, "items": 3, "sample": [], "further": [], "exhausted": True,
                                  "signs": ["trs"]},
           "detail": detail_page(redesigned, listing, source), "errors": []}
    # the listing's title still names the bureau (市民政局 on mzj.wuhan.gov.cn), so only the text is missing
    assert raw["detail"]["fields"]["issuing_body"] == "武汉市民政局"
    assert verdict(raw) == ("fail", "the detail page has no body text (page layout changed?)")


@pytest.mark.parametrize(("status", "fields", "problem"), [
    (404, {"title": "t"}, "the detail page answered 404"),
    (200, {"title": None, "warnings": ["title_missing"]}, "the detail page has no title"),
    (200, {"title": "t", "warnings": []}, None),
])
def test_what_makes_a_detail_page_unusable(status, fields, problem):
    from spiders.checking import detail_problem

    assert detail_problem({"status": status, "fields": fields}) == problem


def test_check_refuses_an_unknown_source():
    result = CliRunner().invoke(check, ["no-such-source"])
    assert result.exit_code == 2 and "no such source" in result.output


@pytest.mark.parametrize("arguments", [[], ["wuhan-mzj-jytabl", "--all"]])
def test_check_wants_one_source_or_all(arguments):
    result = CliRunner().invoke(check, arguments)
    assert result.exit_code == 2 and "name one SOURCE or give --all" in result.output


# every source ----------------------------------------------------------------------------

@pytest.mark.slow
def test_check_all_on_the_replica_passes_served_sources_and_skips_the_others(tmp_path):
    entries = {entry["id"]: entry for entry in load_registry()}
    served = ["wuhan-mzj-jytabl", "zj-mzt-jytabl", "gz-mzj-gkmlpt", "yichun-mzj-rdjy"]
    unserved = [entry_id for entry_id, entry in entries.items() if not entry["replica"]][:2]
    registry = write_registry(tmp_path, [entries[entry_id] for entry_id in served + unserved])
    result, report = run_check("--all", "--replica", "--registry", registry, tmp_path=tmp_path)
    assert result.exit_code == 0, result.output
    assert report["replica"] is True and report["counts"] == {"ok": 4, "fail": 0, "error": 0, "skipped": 2}
    by_id = {entry["id"]: entry for entry in report["sources"]}
    assert list(by_id) == served + unserved
    for entry_id in served:
        entry = by_id[entry_id]
        assert set(entry) == REPORT_KEYS
        assert entry["status"] == "ok" and entry["list"]["status"] == 200 and entry["list"]["items"] >= 10
        assert entry["detail"]["status"] == 200 and entry["detail"]["fields"]["title"]
        assert entry["fingerprint"]["match"] is (True if entries[entry_id]["platform"] != "html_list" else None)
    for entry_id in unserved:
        assert by_id[entry_id]["status"] == "skipped" and by_id[entry_id]["list"] is None
        assert "not served by the local replica" in by_id[entry_id]["problem"]
    rows = {line.split()[0]: line.split() for line in result.output.splitlines() if line.split()}
    assert rows["wuhan-mzj-jytabl"][2] == "ok" and rows[unserved[0]][2] == "skipped"
    assert "4 ok, 0 fail, 0 error, 2 skipped" in result.output


@pytest.mark.slow
def test_check_shows_the_signs_of_a_list_its_script_fills_in(tmp_path):
    """js_list: the rendered list page still carries its script's list-API call, the platform's sign."""
    registry = write_registry(tmp_path, [find_source("chengdu-mzj-jytabl")])
    result, report = run_check("--all", "--replica", "--registry", registry, tmp_path=tmp_path)
    assert result.exit_code == 0, result.output
    [entry] = report["sources"]
    assert entry["status"] == "ok" and entry["list"]["items"] >= 10
    assert entry["fingerprint"] == {"platform": "js_list", "signs": ["js_list"], "match": True}
    row = next(line.split() for line in result.output.splitlines() if line.startswith("chengdu-mzj-jytabl"))
    assert row[TABLE_HEADINGS.index("platform?")] == "yes"


@pytest.mark.slow
def test_check_all_live_reports_each_unreachable_column_in_its_row(tmp_path):
    port = closed_port()
    entries = [{**find_source(entry_id), "base_url": f"http://127.0.0.1:{port}", "id": f"{entry_id}-offline"}
               for entry_id in ("wuhan-mzj-jytabl", "gz-mzj-gkmlpt")]
    entries.append(find_source("chengdu-mzj-jytabl"))
    result, report = run_check("--all", "--registry", write_registry(tmp_path, entries), tmp_path=tmp_path)
    assert result.exit_code == 1
    assert report["replica"] is False and report["counts"] == {"ok": 0, "fail": 0, "error": 2, "skipped": 1}
    offline = [entry for entry in report["sources"] if entry["status"] == "error"]
    assert {entry["id"] for entry in offline} == {"wuhan-mzj-jytabl-offline", "gz-mzj-gkmlpt-offline"}
    for entry in offline:
        assert "refused" in entry["problem"].lower() and entry["list"] is None
        assert entry["errors"][0]["kind"] == "list" and entry["errors"][0]["url"].startswith(f"http://127.0.0.1:{port}/")
    skipped = next(entry for entry in report["sources"] if entry["status"] == "skipped")
    assert skipped["id"] == "chengdu-mzj-jytabl" and "only in the local replica" in skipped["problem"]


@pytest.mark.slow
@pytest.mark.browser
def test_check_all_on_the_replica_reports_every_served_source_ok(tmp_path):
    result, report = run_check("--all", "--replica", tmp_path=tmp_path)
    assert result.exit_code == 0, result.output
    entries = load_registry()
    statuses = {entry["id"]: entry["status"] for entry in report["sources"]}
    assert statuses == {entry["id"]: ("ok" if entry["replica"] else "skipped") for entry in entries}
