"""Challenged hosts: pass the challenge once in the browser, then go on with plain HTTP.

Every answer is read by :func:`spiders.classify.classify_response`. On a challenge (瑞数
412/202 ``$_ts``, 加速乐 521 cookie script) :class:`ChallengeMiddleware` sends that request
once more through headless Chromium (scrapy-playwright), waits until the page's scripts have
reloaded it into content, takes the browser's cookies by name and value, closes the browser
context, and re-issues the original request as plain HTTP with those cookies; Scrapy's cookie
jar keeps them for every later request to the host. When the cookies stop working the next
challenge starts another browser pass. Passes are serialised per host: requests challenged
while a pass runs wait for it and retry with its cookies. A host that still challenges after
``BANLI_CHALLENGE_BROWSER_PASSES`` consecutive passes without a page in between is given up
with :class:`ChallengeNotPassed` (an error in the fetch log, never a page).

Throttling (wzws, 429) is the other non-page answer classify knows; it is retried with
backoff by :class:`spiders.middlewares.BackoffRetryMiddleware`, which sits after this one.

Stats: ``banli/challenge/browser_passes`` and ``banli/challenge/browser_passes/<host>``,
``banli/challenge/answers/<host>`` (challenge answers seen).
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import suppress
from dataclasses import dataclass
from urllib.parse import urlsplit

from playwright.async_api import Error as PlaywrightError
from scrapy.exceptions import IgnoreRequest
from scrapy_playwright.page import PageMethod

from spiders.browser import CONTEXT_OPTIONS
from spiders.classify import RUISHU_MARKER, classify_response

logger = logging.getLogger(__name__)

PASS_META = "banli_challenge_pass"
# A pass jumps the queue: every request waiting there would meet the same challenge.
PASS_PRIORITY_BOOST = 1000
POLL_SECONDS = 0.05
NAVIGATION_STATUS = "() => (performance.getEntriesByType('navigation')[0] || {}).responseStatus || 0"


class ChallengeNotPassed(IgnoreRequest):
    """A host kept answering challenges that the browser could not turn into working cookies."""


@dataclass
class HostChallenge:
    """One host's challenge bookkeeping.

    ``cookies`` are the latest pass's: a challenge to a request that did not carry them
    (it was sent before they existed) is retried with them, not passed again.
    """

    passes: int = 0
    cookies: tuple = ()
    passes_without_page: int = 0
    pass_done: asyncio.Event | None = None
    challenged_request: object = None
    pass_started: float = 0.0
    last_problem: str = ""


class ChallengeMiddleware:
    """Downloader middleware between HTTP compression (590) and retries (550): see the module docstring.

    Settings: ``BANLI_CHALLENGE_BROWSER_PASSES`` (consecutive passes per host before giving
    up; 0 = never use the browser) and ``BANLI_CHALLENGE_WAIT`` (seconds a pass may take to
    reload into content).
    """

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.max_passes = settings.getint("BANLI_CHALLENGE_BROWSER_PASSES")
        self.pass_wait = settings.getfloat("BANLI_CHALLENGE_WAIT")
        self.hosts: dict[str, HostChallenge] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def host(self, request) -> HostChallenge:
        return self.hosts.setdefault(urlsplit(request.url).netloc.lower(), HostChallenge())

    # plain requests --------------------------------------------------------------------
    async def process_response(self, request, response):
        if PASS_META in request.meta:
            return await self.finish_pass(request)
        verdict = classify_response(response.status, response.headers, response.body)
        if verdict == "challenge":
            return await self.challenged(request, response)
        if verdict != "throttle":
            self.host(request).passes_without_page = 0
        return response

    async def process_exception(self, request, exception):
        if PASS_META not in request.meta:
            return None
        state = self.host(request)
        state.last_problem = f"{type(exception).__name__}: {exception}"
        await close_browser_context(request.meta.get("playwright_page"))
        return self.end_pass(state, request, cookies=())

    async def challenged(self, request, response):
        state = self.host(request)
        self.stats.inc_value(f"banli/challenge/answers/{urlsplit(request.url).netloc}")
        if not carries(request, state.cookies):
            return request.replace(cookies=list(state.cookies), dont_filter=True)
        if state.pass_done is not None:
            with suppress(asyncio.TimeoutError):
                await asyncio.wait_for(state.pass_done.wait(), timeout=self.pass_wait * 2)
            return request.replace(cookies=list(state.cookies), dont_filter=True)
        if state.passes_without_page >= self.max_passes:
            raise ChallengeNotPassed(self.give_up_message(request, response, state))
        return self.start_pass(request, state)

    def give_up_message(self, request, response, state: HostChallenge) -> str:
        host = urlsplit(request.url).netloc
        scheme = "a 瑞数-style $_ts script" if RUISHU_MARKER.search(response.body) else "a cookie-setting script (加速乐-style)"
        if not self.max_passes:
            return (f"{host} answers {response.status} with {scheme}; browser passes are off "
                    "(BANLI_CHALLENGE_BROWSER_PASSES=0) and plain HTTP cannot pass it")
        problem = f"; last browser problem: {state.last_problem}" if state.last_problem else ""
        return (f"{host} still answers {response.status} with {scheme} after {state.passes_without_page} "
                f"browser passes in a row{problem}")

    # browser passes --------------------------------------------------------------------
    def start_pass(self, request, state: HostChallenge):
        """The challenged request, once more, through the browser in a fresh context."""
        host = urlsplit(request.url).netloc
        state.passes_without_page += 1
        state.pass_done = asyncio.Event()
        state.challenged_request = request
        state.pass_started = time.monotonic()
        self.stats.inc_value("banli/challenge/browser_passes")
        self.stats.inc_value(f"banli/challenge/browser_passes/{host}")
        logger.info("%s answered a challenge; passing it in the browser (pass %d)", host, state.passes + 1)
        # The page method runs before scrapy-playwright reads the page: a challenge page reloads
        # itself (加速乐 twice, the second time from a timer), and reading a page that is
        # navigating fails the download, which would end the pass without cookies.
        meta = {**request.meta, PASS_META: host, "playwright": True, "playwright_include_page": True,
                "playwright_context": f"challenge-{host}-{state.passes + 1}", "playwright_context_kwargs": CONTEXT_OPTIONS,
                "playwright_page_methods": [PageMethod(wait_past_challenge, self.pass_wait)]}
        return request.replace(meta=meta, dont_filter=True, priority=request.priority + PASS_PRIORITY_BOOST)

    async def finish_pass(self, request):
        """Wait for the challenge to reload into content, then hand the cookies to plain HTTP.

        The page method of :meth:`start_pass` has already waited, before scrapy-playwright read
        the page. The response scrapy-playwright built is not used: it is the rendered DOM of
        whatever the page showed, while the archive wants the server's bytes.
        """
        page = request.meta["playwright_page"]
        state = self.host(request)
        passed, cookies = False, []
        try:
            passed = page_method_verdict(request)
            if passed is None:
                passed = await wait_past_challenge(page, self.pass_wait)
            cookies = await page.context.cookies(page.url)
        except PlaywrightError as error:
            state.last_problem = f"{type(error).__name__}: {error}"
        finally:
            await close_browser_context(page)
        if not passed and not state.last_problem:
            state.last_problem = f"the page was still a challenge after {self.pass_wait:g} s"
        logger.info("%s: browser pass %s in %.2f s, %d cookie(s)", request.meta[PASS_META],
                    "reached content" if passed else "failed", time.monotonic() - state.pass_started, len(cookies))
        return self.end_pass(state, request, jar_cookies(cookies))

    def end_pass(self, state: HostChallenge, pass_request, cookies: tuple):
        """Release waiting requests and re-issue the challenged one as plain HTTP with ``cookies``.

        A pass left in a ``JOBDIR`` queue by an earlier process has no challenged request
        here; its own request, stripped of the browser, stands in.
        """
        original = state.challenged_request or without_browser(pass_request)
        state.challenged_request = None
        state.passes += 1
        state.cookies = cookies or state.cookies
        if state.pass_done is not None:
            state.pass_done.set()
            state.pass_done = None
        return original.replace(cookies=list(state.cookies), dont_filter=True)


def jar_cookies(browser_cookies: list[dict]) -> tuple:
    """Playwright's cookies for Scrapy's jar: name, value and path, never the domain.

    The browser saw the replica's (or the live) host; the jar files cookies under the
    request's own host, and a domain would make a second copy of a cookie it already has.
    """
    return tuple({"name": c["name"], "value": c["value"], "path": c["path"]} for c in browser_cookies)


def page_method_verdict(request) -> bool | None:
    """What the pass's :func:`wait_past_challenge` page method found; None if it did not run."""
    for method in request.meta.get("playwright_page_methods") or ():
        if getattr(method, "method", None) is wait_past_challenge and method.result is not None:
            return method.result
    return None


def without_browser(request):
    meta = {key: value for key, value in request.meta.items() if not key.startswith("playwright") and key != PASS_META}
    return request.replace(meta=meta)


def carries(request, cookies: tuple) -> bool:
    """Whether the request went out with all of ``cookies`` (its ``Cookie`` header stays on it)."""
    sent = set(request.headers.get(b"Cookie", b"").decode("latin-1").split("; "))
    return all(f"{cookie['name']}={cookie['value']}" in sent for cookie in cookies)


async def wait_past_challenge(page, seconds: float) -> bool:
    """Poll until the page's current document is no challenge; False if it still is after ``seconds``.

    The status comes from the Navigation Timing entry of the document now shown: the
    response scrapy-playwright reports is the first one (the challenge), not the reload.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while loop.time() < deadline:
        with suppress(PlaywrightError):
            status = await page.evaluate(NAVIGATION_STATUS)
            html = await page.content()
            if status and classify_response(status, {}, html.encode("utf-8")) != "challenge":
                return True
        await asyncio.sleep(POLL_SECONDS)
    return False


async def close_browser_context(page) -> None:
    """Close a pass's page and its context (scrapy-playwright forgets the context on close)."""
    if page is not None:
        with suppress(PlaywrightError):
            await page.context.close()
