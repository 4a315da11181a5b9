"""Security: scraped markup never renders, the catalog is read-only, downloads and file names are bounded.

The hostile page is a TRS-style detail page whose title and body carry ``<script>alert`` and
``<img … onerror=…>`` both as text (escaped in the page, so they reach the database verbatim)
and as real tags. It goes through the archive, the real normalizer and ``publish`` exactly as
a crawled page would, and Datasette then serves the database the way ``banli serve`` does
(immutable, ``-i``).
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from archive.store import Archive
from archive.summary import RunSummary, SourceOutcome
from banli.add_source import add_source_command, path_inside, safe_file_name
from banli.sources import DEFAULT_REGISTRY, load_registry
from publish.build import publish
from publish.metadata import datasette_metadata
from publish.serve import datasette_command
from spiders.run import crawl_settings
from tests.spiders.helpers import FIXTURES

SOURCE_ID = "wuhan-mzj-jytabl"
COLUMN = "https://mzj.wuhan.gov.cn/zwgk_918/fdzdgk/qtzdgknr/jytabl/gzgk/"
HOSTILE_URL = f"{COLUMN}202110/t20211029_9999999.shtml"
PLAIN_URL = f"{COLUMN}202110/t20211028_9999998.shtml"
INDEX_NUMBER = "010886343/2021-99999"
PAYLOAD = "&lt;script&gt;alert(1)&lt;/script&gt;养老服务的答复&lt;img src=x onerror=alert(1)&gt;"
EXECUTABLE = [re.compile(r"<script>\s*alert", re.I), re.compile(r"<[a-z][^<>]*\sonerror\s*=", re.I)]


def detail_page(title: str, index_number: str, body: str) -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>{title}_武汉市民政局</title></head><body>
<table class="xxgk-table"><tr><td>索 引 号</td><td>{index_number}</td><td>发布机构</td><td>武汉市民政局</td></tr>
<tr><td>发布日期</td><td>2021-10-29</td></tr></table><h1 class="title">{title}</h1>
<div id="zoom"><div class="TRS_UEDITOR"><p>{body}</p><script>alert(4)</script><img src=x onerror=alert(5)></div></div>
</body></html>""".encode()


HOSTILE = detail_page(f"关于{PAYLOAD}", INDEX_NUMBER,
                      "我局共承办建议提案117件。&lt;script&gt;alert(2)&lt;/script&gt; &lt;img src=x onerror=alert(3)&gt; 养老服务")
PLAIN = detail_page("关于养老服务的答复", "010886343/2021-99998", "我局共承办建议提案117件。")
PLAIN_TURNED_HOSTILE = detail_page(f"关于养老服务的答复{PAYLOAD}", "010886343/2021-99998", "我局共承办建议提案118件。")


def crawl_run(root: Path, run_id: str, pages: dict[str, bytes], rechecks=()) -> None:
    log = Archive(root).open_run(run_id, worker="test")
    when = f"{run_id[:4]}-{run_id[4:6]}-{run_id[6:8]}T00:00:00.000000Z"
    for url, body in pages.items():
        log.record_fetch(url=url, source_id=SOURCE_ID, kind="detail", status=200, body=body,
                         headers={"content-type": "text/html; charset=utf-8"}, fetched_at=when)
    for url in rechecks:
        log.record_fetch(url=url, source_id=SOURCE_ID, kind="recheck", status=404, fetched_at=when)
    log.write_summary(RunSummary(run_id, when, when, {SOURCE_ID: SourceOutcome(
        documents=len(pages), errors=0, complete=True, min_documents=1, below_minimum=False)}))
    log.close()


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    """The published database: one hostile page published then removed, another page changed into a
    hostile one, so that every canned query (new, changed, removed, by number, search) shows the payload."""
    root = tmp_path_factory.mktemp("security")
    db_path = root / "banli.db"
    crawl_run(root / "archive", "20240101T000000Z", {HOSTILE_URL: HOSTILE, PLAIN_URL: PLAIN})
    assert not publish(root / "archive", db_path, registry=load_registry(), workers=1).failures
    crawl_run(root / "archive", "20240102T000000Z", {PLAIN_URL: PLAIN_TURNED_HOSTILE}, rechecks=[HOSTILE_URL])
    assert publish(root / "archive", db_path, registry=load_registry(), workers=1).removed == 1
    return db_path


@pytest.fixture(scope="module")
def served(catalog):
    """Datasette as ``banli serve`` runs it: the database immutable, our metadata and plugins."""
    datasette = Datasette(immutables=[str(catalog)], metadata=datasette_metadata(catalog.stem))
    return datasette, catalog.stem


def get(served, path: str):
    datasette, _ = served
    return asyncio.run(datasette.client.get(path))


def hostile_id(served) -> int:
    _, name = served
    [row] = get(served, f"/{name}/documents.json?url={HOSTILE_URL}&_shape=array").json()
    assert "<script>alert(1)</script>" in row["title"]
    return row["id"]


def pages_showing_the_payload(served) -> list[str]:
    _, name = served
    return [f"/{name}/documents/{hostile_id(served)}", f"/{name}/documents", f"/{name}/documents?_search=alert",
            f"/{name}/documents?_search=养老服务", f"/{name}/search?q=alert", f"/{name}/search?q=养老服务",
            f"/{name}/new_documents?days=100000", f"/{name}/changed_documents?days=100000",
            f"/{name}/removed_documents", f"/{name}/item_by_number?number={INDEX_NUMBER}",
            f"/{name}/new_documents_feed?days=100000", f"/{name}/new_documents_feed.atom?days=100000",
            f"/{name}/changed_documents_feed?days=100000", f"/{name}/changed_documents_feed.atom?days=100000",
            f"/{name}?sql=select+title,+text+from+documents+join+document_texts+on+document_id+=+id"]


def test_scraped_markup_is_escaped_on_every_page(served):
    for path in pages_showing_the_payload(served):
        response = get(served, path)
        assert response.status_code == 200, path
        html = response.text
        assert "alert" in html, f"{path} does not show the hostile document at all"
        for executable in EXECUTABLE:
            assert not executable.search(html), f"{path}: {executable.pattern}"


def test_every_canned_query_page_was_checked(served):
    datasette, name = served
    canned = set(datasette_metadata(name)["databases"][name]["queries"])
    checked = {path.split("?")[0].split("/")[-1].removesuffix(".atom") for path in pages_showing_the_payload(served)}
    # compare lists figures of summaries only (issuing body, value, evidence): none on these pages.
    assert canned - {"compare"} <= checked


def test_the_catalog_is_served_immutable_and_refuses_writes(served, catalog):
    datasette, name = served
    before = hashlib.sha256(catalog.read_bytes()).hexdigest()
    assert datasette.databases[name].is_mutable is False
    write = get(served, f"/{name}.json?sql=update+documents+set+title+%3D+'x'")
    assert write.status_code == 400 and "select" in write.text.lower()
    create = asyncio.run(datasette.client.post(f"/{name}/-/create", json={"table": "x", "rows": [{"a": 1}]}))
    insert = asyncio.run(datasette.client.post(f"/{name}/documents", json={"rows": [{"title": "x"}]}))
    assert create.status_code == 405 and insert.status_code >= 400  # Datasette 0.65: POST only to canned queries
    assert hashlib.sha256(catalog.read_bytes()).hexdigest() == before
    command = datasette_command(catalog, 8001, Path("metadata.json"), Path("inspect.json"))
    assert command[command.index("-i") + 1] == str(catalog)


def test_downloads_are_bounded():
    settings = crawl_settings(replica_map={}, archive_root="a", run_id="r", overrides={})
    assert settings.getint("DOWNLOAD_MAXSIZE") == 16 * 1024 * 1024
    assert settings.getint("DOWNLOAD_WARNSIZE") < settings.getint("DOWNLOAD_MAXSIZE")


@pytest.mark.parametrize(("name", "safe"), [
    ("../../etc/passwd", "passwd"),
    ("/etc/passwd", "passwd"),
    ("..\\..\\Windows\\System32\\evil.dll", "evil.dll"),
    ("C:\\Users\\x\\附件1.pdf", "__1.pdf"),
    ("..", "page.html"),
    ("", "page.html"),
    (".bashrc", "bashrc"),
    ("a\x00b.pdf", "a_b.pdf"),
    ("%2e%2e%2fetc%2fpasswd", "_2e_2e_2fetc_2fpasswd"),
])
def test_names_from_pages_become_bare_file_names(tmp_path, name, safe):
    assert safe_file_name(name) == safe
    assert path_inside(tmp_path, name).parent == tmp_path.resolve()


@pytest.mark.parametrize("url", [
    "https://mzj.example.gov.cn/col/jytabl/..%2F..%2F..%2Fetc%2Fpasswd",
    "https://mzj.example.gov.cn/col/jytabl/%2e%2e/%2e%2e/evil.html",
])
def test_add_source_keeps_its_fixture_inside_the_fixture_folder(tmp_path, url):
    registry = tmp_path / "sources.yaml"
    registry.write_text(Path(DEFAULT_REGISTRY).read_text(encoding="utf-8"), encoding="utf-8")
    page = tmp_path / "saved.html"
    page.write_bytes((FIXTURES / "trs_list_page0.html").read_bytes())
    fixtures = tmp_path / "fixtures"
    beside_before = set(tmp_path.parent.iterdir())  # where "../../.." from fixtures/example-mzj leads
    result = CliRunner().invoke(add_source_command, [
        url, "--id", "example-mzj", "--platform", "trs", "--jurisdiction", "示例市", "--from-file", str(page),
        "--registry", str(registry), "--tests-dir", str(tmp_path / "tests"), "--fixtures-dir", str(fixtures)])
    assert result.exit_code == 0, result.output
    folder = (fixtures / "example-mzj").resolve()
    captured = [path for path in fixtures.rglob("*") if path.is_file()]
    assert len(captured) == 2 and all(path.resolve().parent == folder for path in captured)
    assert set(tmp_path.parent.iterdir()) == beside_before, "add-source wrote outside its folders"
