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

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from archive.store import utc_now
from spiders.items import RawPage
from spiders.registry import host_of

DATE_PATTERN = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
RECHECK_STATUSES = [301, 302, 303, 307, 308, 404, 410]
POLITENESS_SETTINGS = {
    "download_delay": "DOWNLOAD_DELAY",
    "concurrency": "CONCURRENT_REQUESTS_PER_DOMAIN",
    "obey_robots": "ROBOTSTXT_OBEY",
    "autothrottle_target": "AUTOTHROTTLE_TARGET_CONCURRENCY",
}


class SourceSpider(scrapy.Spider):
    """Crawl one registry source; subclassed once per platform, never per site.

    Class attributes (set by platform subclasses):

    platform
        The registry ``platform`` value this spider serves.
    item_selector
        CSS selector of one listed document on a list page (overridable per source by
        ``platform_options.item_selector``).
    list_priority, detail_priority, attachment_priority
        Scheduler priorities. Documents run ahead of further list pages, so the queue holds
        about one list page of work at a time and memory stays flat on long columns.
    attachment_extensions
        Link endings (lower case, no dot) fetched as attachments of a detail page.

    Spider arguments:

    source
        The validated registry entry (see ``spiders/registry.py``); its id is the spider name.
    known_urls
        Detail URLs archived by earlier runs; those the lists no longer show are rechecked
        (without following redirects) once the list walk is complete.
    """

    platform: str | None = None
    item_selector = "ul li"
    list_priority = 0
    detail_priority = 10
    attachment_priority = 20
    attachment_extensions = ("pdf", "doc", "docx", "wps", "xls", "xlsx", "zip")

    def __init__(self, source: dict, known_urls=(), **kwargs):
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
        return super().from_crawler(crawler, *args, **kwargs)

    # platform hooks ----------------------------------------------------------------------
    def start_column(self, column: str):
        """Yield the first list request(s) of one column."""
        raise NotImplementedError

    # start -------------------------------------------------------------------------------
    async def start(self):
        for column in self.source["columns"]:
            for request in self.start_column(column):
                yield request

    def source_url(self, path: str) -> str:
        return urljoin(self.source["base_url"], path)

    # list pages --------------------------------------------------------------------------
    def list_request(self, url: str, parser: str, column: str, request_class=scrapy.Request, **kwargs):
        """A list page request; ``parser`` names the spider method that reads it.

        The parser is a name rather than a bound method so requests stay serialisable
        for ``JOBDIR`` queues.
        """
        self.pending_list_pages += 1
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

    @property
    def list_walk_complete(self) -> bool:
        return not self.open_columns and self.pending_list_pages == 0 and self.list_failures == 0

    def after_list_page(self):
        if self.list_walk_complete and not self.rechecks_started:
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
    def listed_documents(self, selectors, base_url: str):
        """Detail requests for list entries (``li`` and the like) not listed before.

        Each entry's first link is the document; its title comes from the link's ``title``
        attribute or text, its date from the first date-like text, its index number from a
        ``.syh`` span where the column shows one.
        """
        link_selector = self.options.get("link_selector", "a")
        date_selector = self.options.get("date_selector")
        for entry in selectors:
            href = entry.css(f"{link_selector}::attr(href)").get()
            if href and not href.strip().startswith(("javascript:", "#")):
                listing = listing_of(entry, link_selector, date_selector)
                yield from self.document_request(urljoin(base_url, href.strip()), listing)

    def document_request(self, url: str, listing: dict):
        """A detail request, unless this run has already listed the URL."""
        url = url.split("#")[0]
        if url in self.listed_urls:
            return
        self.listed_urls.add(url)
        yield scrapy.Request(url, callback=self.parse_detail, errback=self.fetch_failed,
                             priority=self.detail_priority, cb_kwargs={"listing": listing},
                             meta={"kind": "detail"})

    # detail pages and attachments --------------------------------------------------------
    def parse_detail(self, response, listing: dict):
        yield self.raw_page(response, kind="detail", listing=listing)
        if isinstance(response, TextResponse):
            for url in self.attachment_urls(response):
                yield scrapy.Request(url, callback=self.parse_attachment, errback=self.fetch_failed,
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
            body=response.body, fetched_at=utc_now(), source_id=self.name, kind=kind,
            listing=listing or {}, parent_url=parent_url, error=None,
        )

    def fetch_failed(self, failure):
        yield self.error_page(failure, kind=failure.request.meta.get("kind", "detail"))

    def error_page(self, failure, *, kind: str) -> RawPage:
        request = failure.request
        response = failure.value.response if failure.check(HttpError) else None
        return RawPage(
            url=request.url, status=response.status if response is not None else None,
            headers=headers_as_dict(response.headers) if response is not None else {},
            body=None, fetched_at=utc_now(), source_id=self.name, kind=kind,
            listing=request.cb_kwargs.get("listing") or {},
            parent_url=request.meta.get("parent_url"),
            error=f"{failure.type.__name__}: {failure.getErrorMessage()}",
        )


def listing_of(entry, link_selector: str = "a", date_selector: str | None = None) -> dict:
    """What a list entry shows about its document: title, date, index number (when present).

    The date is the first date-like text of ``date_selector``, else of the text outside the
    link (a title may itself contain a date), else of the whole entry.
    """
    link = entry.css(link_selector)[:1]
    title = (link.attrib.get("title") if link else None) or " ".join(link.css("::text").getall()).strip()
    listing = {"title": title} if title else {}
    date_texts = [entry.css(f"{date_selector} ::text").getall()] if date_selector else []
    date_texts += [entry.xpath(".//text()[not(ancestor::a)]").getall(), entry.css("::text").getall()]
    date = next(filter(None, (listed_date(" ".join(texts)) for texts in date_texts)), None)
    if date:
        listing["date"] = date
    index_number = " ".join(entry.css(".syh ::text").getall()).strip()
    if index_number:
        listing["index_number"] = index_number
    return listing


def listed_date(text: str) -> str | None:
    match = DATE_PATTERN.search(text or "")
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def headers_as_dict(headers) -> dict[str, str]:
    """Scrapy headers as lower-case names → str (repeated headers joined with ', ')."""
    return {name.decode("latin-1").lower(): ", ".join(v.decode("latin-1") for v in values)
            for name, values in headers.items()}
