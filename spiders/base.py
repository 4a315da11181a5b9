"""The base spider: one registry entry in, raw pages out.

A platform spider subclasses :class:`SourceSpider` and says how its platform lists
documents: which list requests start a column (:meth:`SourceSpider.start_column`), how a
list page names its documents and its next pages, and when a column's pagination is
exhausted (:meth:`SourceSpider.column_exhausted`). Everything else is shared: detail and
attachment requests, raw page items, error items, the list-walk bookkeeping behind the
summary's ``complete``, and the recheck of archived URLs the lists no longer show.
Spiders never parse documents; that is normalize's job.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from archive.store import utc_now
from banli.sources import host_of
from spiders.browser import rendered_list_meta
from spiders.classify import classify_response
from spiders.incremental import conditional_headers
from spiders.items import RawPage
from spiders.jobstate import restore_progress, save_progress
from spiders.list_page import ListPage, read_list_page
from spiders.listing import listed_date  # noqa: F401  (part of this module's interface)

RECHECK_STATUSES = [301, 302, 303, 307, 308, 404, 410]
POLITENESS_SETTINGS = {
    "download_delay": "DOWNLOAD_DELAY",
    "concurrency": "CONCURRENT_REQUESTS_PER_DOMAIN",
    "obey_robots": "ROBOTSTXT_OBEY",
    "autothrottle_target": "AUTOTHROTTLE_TARGET_CONCURRENCY",
    "full_sweep_days": "BANLI_FULL_SWEEP_DAYS",
    "download_timeout": "DOWNLOAD_TIMEOUT",
}


class SourceSpider(scrapy.Spider):
    """Crawl one registry source; subclassed once per platform, never per site.

    Class attributes (set by platform subclasses):

    platform
        The registry ``platform`` value this spider serves.
    item_selector
        CSS selector of one listed document on a list page; None (the default) finds the list
        by itself (:mod:`spiders.listing`). ``platform_options.item_selector`` overrides it.
    list_priority, detail_priority, attachment_priority
        Scheduler priorities. Documents run ahead of further list pages, so the queue holds
        about one list page of work at a time and memory stays flat on long columns.
    attachment_extensions
        Link endings (lower case, no dot) fetched as attachments of a detail page.

    Spider arguments:

    source
        The validated registry entry (see ``banli/sources.py``); its id is the spider name.
    known_urls
        Detail URLs archived by earlier runs; those the lists no longer show are rechecked
        (without following redirects) once the list walk is complete.
    mode
        ``full`` (default), ``incremental`` or ``distributed``; see :mod:`spiders.incremental`.
    validators
        Archived URL → ``{etag, last_modified}``: requests for these URLs are conditional.

    ``progress_attributes`` name what :mod:`spiders.jobstate` saves in a ``JOBDIR`` so an
    interrupted crawl resumes with its bookkeeping intact.
    """

    platform: str | None = None
    item_selector: str | None = None
    list_priority = 0
    detail_priority = 10
    attachment_priority = 20
    attachment_extensions = ("pdf", "doc", "docx", "wps", "xls", "xlsx", "zip")
    progress_attributes = ("mode", "listed_urls", "pending_list_pages", "list_pages_parsed", "list_failures",
                           "open_columns", "rechecks_started", "started_columns", "known_streaks",
                           "caught_up_columns")

    def __init__(self, source: dict, known_urls=(), mode: str = "full", validators: dict | None = None, **kwargs):
        super().__init__(name=source["id"], **kwargs)
        self.source = source
        self.options = source.get("platform_options") or {}
        self.allowed_domains = [host_of(source).split(":")[0]]
        self.known_urls = set(known_urls)
        self.listed_urls: set[str] = set()
        self.pending_list_pages = 0
        self.list_pages_parsed = 0
        self.list_failures = 0
        self.open_columns = set(source["columns"])
        self.rechecks_started = False
        self.mode = mode
        self.validators = validators or {}
        self.margin_pages = 1
        self.started_columns: set[str] = set()
        self.known_streaks: dict[str, int] = {}
        self.caught_up_columns: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        """Apply the source's ``politeness`` entry to this crawler's settings.

        Each source runs in its own crawler, so these settings are per source; Scrapy
        freezes a crawler's settings only after its spider is created. A ``JOBDIR`` gets
        one sub-directory per source, since crawlers cannot share a job directory.
        """
        source = kwargs.get("source") or (args[0] if args else {})
        for key, value in (source.get("politeness") or {}).items():
            crawler.settings.set(POLITENESS_SETTINGS[key], value, priority="spider")
        if crawler.settings.get("JOBDIR"):
            jobdir = Path(crawler.settings["JOBDIR"]) / source["id"]
            crawler.settings.set("JOBDIR", str(jobdir), priority=crawler.settings.getpriority("JOBDIR"))
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.margin_pages = crawler.settings.getint("BANLI_INCREMENTAL_MARGIN_PAGES", 1)
        if "download_timeout" in (source.get("politeness") or {}):
            # How long a site takes to answer is the site's, not the profile's: as a spider
            # attribute it holds under the replica profile too (DownloadTimeoutMiddleware).
            spider.download_timeout = source["politeness"]["download_timeout"]
        return spider

    # platform hooks ----------------------------------------------------------------------
    def start_column(self, column: str):
        """Yield the first list request(s) of one column."""
        raise NotImplementedError

    # start -------------------------------------------------------------------------------
    async def start(self):
        """The first list request of every column not yet started (a resumed job started some)."""
        restore_progress(self, self.crawler.stats)
        for column in self.source["columns"]:
            if column not in self.started_columns:
                self.started_columns.add(column)
                for request in self.start_column(column):
                    yield request

    def closed(self, reason):
        save_progress(self, self.crawler.stats)

    def source_url(self, path: str) -> str:
        return urljoin(self.source["base_url"], path)

    # list pages --------------------------------------------------------------------------
    def list_request(self, url: str, parser: str, column: str, request_class=scrapy.Request, **kwargs):
        """A list page request; ``parser`` names the spider method that reads it.

        The parser is a name rather than a bound method so requests stay serialisable
        for ``JOBDIR`` queues. Sources with ``render: browser`` get their list pages loaded
        in headless Chromium, read once the ``item_selector`` entries exist.
        """
        self.pending_list_pages += 1
        if self.source.get("render") == "browser":
            selector = self.options.get("item_selector", self.item_selector) or "a[href]"
            kwargs["meta"] = {**kwargs.get("meta", {}), **rendered_list_meta(selector)}
        return request_class(
            url, callback=self.parse_list, errback=self.list_failed, priority=self.list_priority,
            cb_kwargs={"parser": parser, "column": column, **kwargs.pop("cb_kwargs", {})},
            **kwargs,
        )

    def parse_list(self, response, parser: str, column: str, **cb_kwargs):
        yield self.raw_page(response, kind="list")
        yield from getattr(self, parser)(self.with_source_encoding(response), column, **cb_kwargs)
        self.list_pages_parsed += 1
        self.pending_list_pages -= 1
        yield from self.after_list_page()

    def list_failed(self, failure):
        self.list_failures += 1
        self.pending_list_pages -= 1
        yield self.error_page(failure, kind="list")
        yield from self.after_list_page()

    def column_exhausted(self, column: str) -> None:
        """Called by a platform parser once a column's pagination has nothing more to give."""
        self.open_columns.discard(column)

    def walk_on(self, column: str, item_urls: list[str]) -> bool:
        """Whether to request the list page after the one that named ``item_urls``.

        Platform parsers call this with a page's document URLs in list order before asking
        for the next page. Full and distributed walks read every page. Lists run newest
        first, so an incremental walk stops once ``1 + margin_pages`` consecutive pages of
        the column named only archived documents (a page naming anything new restarts the
        count); the column then counts as caught up, not as exhausted.
        """
        if self.mode != "incremental":
            return True
        only_known = bool(item_urls) and all(url.split("#")[0] in self.known_urls for url in item_urls)
        self.known_streaks[column] = self.known_streaks.get(column, 0) + 1 if only_known else 0
        if self.known_streaks[column] > self.margin_pages:
            self.caught_up_columns.add(column)
            return False
        return True

    @property
    def walk_finished(self) -> bool:
        """Whether the list walk this run's mode asks for ran to its end with no failed list page.

        Full: every column exhausted (as for ``complete``). Incremental: every column caught
        up or exhausted. Distributed: one worker sees only part of the walk, so this says
        only that none of its list pages failed.
        """
        if self.mode == "distributed":
            return self.list_failures == 0
        return (self.open_columns <= self.caught_up_columns and self.pending_list_pages == 0
                and self.list_failures == 0)

    @property
    def list_walk_complete(self) -> bool:
        """Whether this process walked every list page, with none failed.

        Never true for a distributed worker: the shared queue hands the list requests it
        yields to whichever worker pops them (the shared filter may drop its start requests
        altogether), so its counters cover part of the walk and can balance by accident,
        e.g. when it parses only a column's last page.
        """
        return (self.mode != "distributed" and not self.open_columns and self.pending_list_pages == 0
                and self.list_failures == 0)

    @property
    def listed_enough(self) -> bool:
        """Whether the lists named at least the source's ``min_documents``.

        Fewer means a redesign or a broken list (the replica's ``empty_list`` fault): such a
        walk must not recheck, and so must never remove, every archived page it no longer sees.
        """
        return len(self.listed_urls) >= self.source["min_documents"]

    def after_list_page(self):
        if self.mode == "full" and self.list_walk_complete and self.listed_enough and not self.rechecks_started:
            self.rechecks_started = True
            yield from self.recheck_requests()

    def with_source_encoding(self, response):
        """The response, decoded with the registry's encoding when the page declares none."""
        if not isinstance(response, TextResponse):
            return response
        declared = http_content_type_encoding(response.headers.get(b"Content-Type", b"").decode("latin-1"))
        if declared or html_body_declared_encoding(response.body):
            return response
        return response.replace(encoding=self.source["encoding"])

    # listed documents --------------------------------------------------------------------
    def read_page(self, response) -> ListPage:
        """The list page's documents and pager (:mod:`spiders.list_page`); hand-set selectors in
        ``platform_options`` (or the platform's defaults) override the automatic reading."""
        defaults = {"item_selector": self.item_selector,
                    "next_page_selector": getattr(self, "next_page_selector", None)}
        options = {**{key: value for key, value in defaults.items() if value}, **self.options}
        return read_list_page(response.text, response.url, self.platform, options)

    def page_entries(self, page: ListPage) -> list[tuple[str, dict]]:
        """``(document URL, listing)`` for each document of a list page, in list order."""
        return [(item.url, item.listing()) for item in page.items]

    def document_requests(self, entries: list[tuple[str, dict]]):
        for url, listing in entries:
            yield from self.document_request(url, listing)

    def document_request(self, url: str, listing: dict):
        """A detail request, unless this run has already listed the URL or, walking
        incrementally, the archive already holds it."""
        url = url.split("#")[0]
        if url in self.listed_urls:
            return
        self.listed_urls.add(url)
        if self.mode == "incremental" and url in self.known_urls:
            return
        yield self.conditional_request(url, callback=self.parse_detail, priority=self.detail_priority,
                                       cb_kwargs={"listing": listing}, meta={"kind": "detail"})

    def conditional_request(self, url: str, *, meta: dict, **kwargs) -> scrapy.Request:
        """A page request that, for an archived URL, lets the site answer 304 Not Modified."""
        headers = conditional_headers(self.validators.get(url))
        if headers:
            meta = {**meta, "handle_httpstatus_list": [304]}
        return scrapy.Request(url, errback=self.fetch_failed, headers=headers, meta=meta, **kwargs)

    # detail pages and attachments --------------------------------------------------------
    def parse_detail(self, response, listing: dict):
        """The page, then its attachments (a 304 has no body to find them in: an unchanged
        page links the attachments archived with it)."""
        yield self.raw_page(response, kind="detail", listing=listing)
        if isinstance(response, TextResponse) and response.status != 304:
            for url in self.attachment_urls(response):
                yield self.conditional_request(url, callback=self.parse_attachment,
                                               priority=self.attachment_priority,
                                               cb_kwargs={"parent_url": response.url},
                                               meta={"kind": "attachment", "parent_url": response.url})

    def attachment_urls(self, response) -> list[str]:
        urls = []
        for href in response.xpath("//a/@href").getall():
            path = urlsplit(href.strip()).path.lower()
            if path.rsplit(".", 1)[-1] in self.attachment_extensions and "." in path:
                urls.append(response.urljoin(href.strip()))
        return list(dict.fromkeys(urls))

    def parse_attachment(self, response, parent_url: str):
        yield self.raw_page(response, kind="attachment", parent_url=parent_url)

    # rechecks ----------------------------------------------------------------------------
    def recheck_requests(self):
        """Known detail URLs the lists no longer show, fetched to learn whether they are gone."""
        for url in sorted(self.known_urls - self.listed_urls):
            yield scrapy.Request(url, callback=self.parse_recheck, errback=self.fetch_failed,
                                 priority=self.detail_priority,
                                 meta={"kind": "recheck", "dont_redirect": True,
                                       "handle_httpstatus_list": RECHECK_STATUSES})

    def parse_recheck(self, response):
        """Log the answer without its body: a recheck only tells whether the page is gone."""
        page = self.raw_page(response, kind="recheck")
        page["body"] = None
        yield page

    # items -------------------------------------------------------------------------------
    def raw_page(self, response, *, kind: str, listing: dict | None = None, parent_url: str | None = None) -> RawPage:
        return RawPage(
            url=response.url, status=response.status, headers=headers_as_dict(response.headers),
            body=response.body if response.status != 304 else None, fetched_at=utc_now(),
            source_id=self.name, kind=kind,
            listing=listing or {}, parent_url=parent_url, error=None,
        )

    def fetch_failed(self, failure):
        yield self.error_page(failure, kind=failure.request.meta.get("kind", "detail"))

    def error_page(self, failure, *, kind: str) -> RawPage:
        request = failure.request
        response = failure.value.response if failure.check(HttpError) else None
        return RawPage(
            url=(request.meta.get("redirect_urls") or [request.url])[0],
            status=response.status if response is not None else None,
            headers=headers_as_dict(response.headers) if response is not None else {},
            body=None, fetched_at=utc_now(), source_id=self.name, kind=kind,
            listing=request.cb_kwargs.get("listing") or {},
            parent_url=request.meta.get("parent_url"),
            error=describe_failure(failure, response),
        )


def describe_failure(failure, response=None) -> str:
    """One line saying why a fetch failed; HTTP errors name their status, throttles say so."""
    if response is None:
        return f"{failure.type.__name__}: {failure.getErrorMessage()}"
    verdict = classify_response(response.status, response.headers, response.body)
    if verdict in ("throttle", "challenge"):
        return f"HttpError: {verdict} (HTTP {response.status}) after retries"
    return f"HttpError: HTTP {response.status}"


def headers_as_dict(headers) -> dict[str, str]:
    """Scrapy headers as lower-case names → str (repeated headers joined with ', ')."""
    return {name.decode("latin-1").lower(): ", ".join(v.decode("latin-1") for v in values)
            for name, values in headers.items()}
