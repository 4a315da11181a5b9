"""The browser side of a crawl: scrapy-playwright with Debian's chromium, started only when needed.

Requests carrying ``meta["playwright"]`` are loaded in headless Chromium by
scrapy-playwright; all others go through Scrapy's plain HTTP/1.1 handler, which the
playwright handler extends. Two kinds of requests use the browser: list pages of
``render: browser`` sources (:func:`rendered_list_meta`) and challenge passes
(``spiders/challenge.py``). Launch options live in ``spiders/settings.py``.
"""

from __future__ import annotations

import asyncio

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler
from scrapy_playwright.page import PageMethod

CONTEXT_OPTIONS = {"ignore_https_errors": True}
RENDER_WAIT_MS = 15_000


class LazyPlaywrightDownloadHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler, starting Playwright at the first browser request.

    The stock handler starts the Playwright driver (a Node.js process, about 0.6 s here)
    when each crawler's engine starts, and banli runs one crawler per source, most of which
    never need a browser. scrapy-playwright already launches Chromium itself lazily, with
    the first browser context; this moves the driver start to the same moment. Written
    against scrapy-playwright 0.0.48 (``_maybe_launch_in_thread``, ``_launch``,
    ``_download_request``).
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.driver_start_lock = asyncio.Lock()

    async def _maybe_launch_in_thread(self) -> None:
        """Engine start: nothing to do until a request asks for the browser."""

    async def _download_request(self, request, spider=None):
        async with self.driver_start_lock:
            if getattr(self, "browser_provider", None) is None:
                await self._launch()
        return await super()._download_request(request, spider)


def rendered_list_meta(ready_selector: str) -> dict:
    """Request meta that loads a page in the browser and reads it once ``ready_selector`` exists.

    The response body is the rendered DOM (what the page's scripts injected included), not
    the bytes the server sent.
    """
    return {
        "playwright": True,
        "playwright_context_kwargs": CONTEXT_OPTIONS,
        "playwright_page_methods": [PageMethod("wait_for_selector", ready_selector, timeout=RENDER_WAIT_MS)],
    }
