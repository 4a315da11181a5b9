"""The catalog in a real browser: `banli serve` + headless Chromium (Debian's, via Playwright)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from banli import children
from tests.processes import CHROMIUM, free_port, stop_process
from tests.publish.conftest import corpus

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]
PROJECT_ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(built_db, tmp_path_factory):
    port = free_port()
    env = {**os.environ, "BANLI_DATA": str(tmp_path_factory.mktemp("serve-data"))}
    process = children.popen([str(Path(sys.executable).with_name("banli")), "serve", "--db", str(built_db), "--port", str(port)],
                               cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.2)
    yield base
    stop_process(process)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser.new_page()
        browser.close()


def test_typing_in_the_search_box_lists_the_right_documents(server, page):
    page.goto(f"{server}/banli/documents")
    page.fill("input#_search", "殡葬")
    page.press("input#_search", "Enter")
    page.wait_for_url("**_search=*")
    rows = page.locator("table.rows-and-columns tbody tr")
    titles = " ".join(rows.all_inner_texts())
    assert rows.count() == 2
    assert "关于殡葬改革的提案答复" in titles and "關於殯葬管理的答覆" in titles
    assert "婚姻登记" not in titles


def test_issuing_body_page_lists_its_documents(server, page):
    page.goto(f"{server}/banli/issuing_bodies")
    page.locator("table.rows-and-columns tbody tr", has_text="测试市民政局").locator("a").first.click()
    page.wait_for_url("**/issuing_bodies/*")
    expected = sum(document["issuing_body"] == "测试市民政局" for document in corpus())
    link = page.locator("a[href*='issuing_body_id']")
    assert str(expected) in link.first.inner_text()
    link.first.click()
    page.wait_for_url("**/documents?issuing_body_id*")
    assert page.locator("table.rows-and-columns tbody tr").count() == expected


def test_scraped_script_does_not_run(server, page):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server}/banli/documents?_search=script")
    page.locator("table.rows-and-columns tbody tr a").first.click()
    page.wait_for_load_state("load")
    assert dialogs == [] and "<script>alert" in page.inner_text("body")


def test_search_box_is_in_the_first_viewport_and_column_descriptions_are_folded(server, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{server}/banli/documents")
    search = page.locator("input#_search")
    box = search.bounding_box()
    assert box and box["y"] + box["height"] <= 800
    assert "养老" in search.get_attribute("placeholder")
    assert page.locator("details.column-descriptions summary").is_visible()
    assert not page.locator("dl.column-descriptions").is_visible()
    page.locator("details.column-descriptions summary").click()
    assert page.locator("dl.column-descriptions").is_visible()


def test_show_the_chart_link_draws_the_chart(server, page):
    page.goto(f"{server}/banli/compare")
    page.locator("a", has_text="Show the chart").click()
    page.wait_for_selector(".vega-embed canvas, .vega-embed svg", timeout=15000)


ARTIFACTS = Path(os.environ.get("BANLI_TEST_ARTIFACTS", PROJECT_ROOT / "test-artifacts")) / "browser"


def screenshot(page, name: str) -> Path:
    """Kept after the run (test-artifacts/ is git-ignored) so a person can look at each step."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_journalist_path_home_search_summary_figures_chart(server, page):
    """Home → search 养老 → a summary → its figures with their sentences → the comparison chart."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(server)
    assert page.locator(".banli-howto").is_visible()
    screenshot(page, "1-home")
    page.locator(".banli-howto a", has_text="搜索全文").click()
    page.wait_for_url("**/search*")
    page.fill("input[name=q]", "养老")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**q=*")
    marks = page.locator("td.col-snippet mark")
    assert marks.count() >= 2 and all(text == "养老" for text in marks.all_inner_texts())
    screenshot(page, "2-search")
    page.locator("td.col-title a", has_text="2020年度办理工作总结").click()
    page.wait_for_url("**/documents/*")
    figures = page.locator("table.banli-figures").first
    assert figures.is_visible()
    total = figures.locator("tr", has_text="总件数")
    assert "45 件" in total.inner_text() and "45件" in total.locator("td.banli-evidence").inner_text()
    assert "45.0" not in figures.inner_text()
    screenshot(page, "3-document")
    page.locator("a.banli-compare").click()
    page.wait_for_url("**/compare*")
    page.wait_for_selector(".vega-embed canvas, .vega-embed svg", timeout=15000)
    assert page.locator("td.col-document_id a").count() >= 1
    screenshot(page, "4-compare")


def test_table_page_reads_in_chinese_and_points_to_snippets(server, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{server}/banli/documents")
    facet = page.locator('.facet-info[data-column="doc_type"]')
    assert "办理总结 (summary)" in facet.inner_text()
    year = page.locator('.facet-info[data-column="handling_year"] li').first
    assert year.inner_text().startswith("未注明")
    page.fill("input#_search", "养老")
    help_link = page.locator("p.banli-search-help a")
    assert "OR" in page.locator("p.banli-search-help").inner_text()
    assert help_link.get_attribute("href").endswith("/banli/search?q=%E5%85%BB%E8%80%81")
    screenshot(page, "5-documents-table")
