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
    link = page.locator("a[href*='issuing_body_id']")
    assert "4" in link.first.inner_text()
    link.first.click()
    page.wait_for_url("**/documents?issuing_body_id*")
    assert page.locator("table.rows-and-columns tbody tr").count() == 4


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
    page.goto(f"{server}/banli/figures_by_year")
    page.locator("a", has_text="Show the chart").click()
    page.wait_for_selector(".vega-embed canvas, .vega-embed svg", timeout=15000)
