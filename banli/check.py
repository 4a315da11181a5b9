"""``banli check SOURCE``: one list page and one detail page, field by field, to diagnose a source.

When a site is redesigned the nightly says only that a source fell below its minimum; this
command shows in a minute where it breaks. It runs the source's real platform spider, but
offline from Scrapy's engine: each request the spider makes is fetched once with a plain
HTTP client, and the answer is handed to the spider's callback as Scrapy would. It fetches
the column's first list page (following a shell page's single list request, such as an
iframe, at most twice), prints what the spider listed and the pagination it asked for,
then fetches the first listed document and prints what ``normalize_page`` made of it.
Exit status 1 when the list names nothing or the document has no title (or a fetch fails).
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import click

SHOWN_ITEMS = 5
SHELL_HOPS = 2
FETCH_TIMEOUT = 30
EMPTY = "(empty)"
DOCUMENT_FIELDS = ("title", "doc_type", "index_number", "issuing_body", "publish_date", "handling_year",
                   "counts", "rates", "warnings")


class CheckFailed(RuntimeError):
    """A fetch that gave no answer at all (connection refused, timeout, unknown host)."""


@dataclass
class ListedPage:
    """What the spider made of one list page: its answer, its documents, its further list pages."""

    response: object
    details: list = field(default_factory=list)
    further_pages: list = field(default_factory=list)
    shells: list = field(default_factory=list)  # pages before it that only pointed onwards


def build_spider(source: dict):
    """The source's platform spider, wired to a bare crawler so its callbacks run offline."""
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.misc import load_object

    from banli.sources import platform_of

    platform = platform_of(source)
    if platform is None:
        raise CheckFailed(f"no spider for platform {source['platform']!r}")
    spider_class = load_object(platform.spider)
    crawler = Crawler(spider_class, {})
    spider = spider_class.from_crawler(crawler, source=source)
    crawler.spider, crawler.stats = spider, MemoryStatsCollector(crawler)
    return spider


def make_response(request, *, status: int, headers: dict, body: bytes, url: str | None = None):
    """A Scrapy response of the right class (HTML, XML, JSON, binary) for a canned answer."""
    from scrapy.http import Headers
    from scrapy.responsetypes import responsetypes

    headers = Headers(headers)
    response_class = responsetypes.from_args(headers=headers, url=url or request.url, body=body)
    return response_class(url=url or request.url, status=status, headers=headers, body=body, request=request)


def run_callback(request, response) -> list:
    """Everything the request's callback yields for this response (items and requests)."""
    return list(request.callback(response, **request.cb_kwargs) or [])


def split_requests(output: list) -> tuple[list, list]:
    """(detail requests, further list-page requests) among a callback's output."""
    from scrapy import Request

    requests = [entry for entry in output if isinstance(entry, Request)]
    return ([r for r in requests if r.meta.get("kind") == "detail"],
            [r for r in requests if "kind" not in r.meta])


class Fetcher:
    """Fetch a Scrapy request with urllib, through the replica's host map when there is one."""

    def __init__(self, replica_map: dict | None = None, max_bytes: int | None = None):
        from spiders import settings

        self.replica_by_host = {urlsplit(live).netloc.lower(): mapped.rstrip("/")
                                for live, mapped in (replica_map or {}).items()}
        self.max_bytes = max_bytes or settings.DOWNLOAD_MAXSIZE
        self.user_agent = settings.USER_AGENT

    def target(self, url: str) -> str:
        parts = urlsplit(url)
        mapped = self.replica_by_host.get(parts.netloc.lower())
        return mapped + url[len(f"{parts.scheme}://{parts.netloc}"):] if mapped else url

    def __call__(self, request):
        headers = {key.decode("latin-1"): b", ".join(values).decode("latin-1") for key, values in request.headers.items()}
        plain = urllib.request.Request(self.target(request.url), data=request.body or None, method=request.method,
                                       headers={**headers, "User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(plain, timeout=FETCH_TIMEOUT) as answer:
                status, answer_headers, body = answer.status, dict(answer.headers), answer.read(self.max_bytes + 1)
        except urllib.error.HTTPError as error:
            status, answer_headers, body = error.code, dict(error.headers or {}), error.read(self.max_bytes + 1)
        except (urllib.error.URLError, OSError, ValueError) as error:
            raise CheckFailed(f"{request.url}: {getattr(error, 'reason', None) or error}") from None
        if len(body) > self.max_bytes:
            raise CheckFailed(f"{request.url}: larger than DOWNLOAD_MAXSIZE ({self.max_bytes} bytes)")
        return make_response(request, status=status, headers=answer_headers, body=body)


def first_list_page(spider, fetch) -> ListedPage:
    """The column's first list page that names documents (after at most SHELL_HOPS shell pages)."""
    request = next(iter(spider.start_column(spider.source["columns"][0])))
    shells = []
    while True:
        response = fetch(request)
        details, further = split_requests(run_callback(request, response))
        if details or len(further) != 1 or len(shells) == SHELL_HOPS:
            return ListedPage(response, details, further, shells)
        shells.append(response)
        request = further[0]


def normalized_detail(request, response, source: dict) -> dict:
    from normalize import NormalizeError, normalize_page

    try:
        return normalize_page(response.body, url=response.url, content_type=response.headers.get("Content-Type", b"").decode("latin-1"),
                              source=source, listing=request.cb_kwargs.get("listing") or {})
    except NormalizeError as error:
        return {"warnings": [f"not a page: {error}"]}


# report ----------------------------------------------------------------------------------

def shown(value) -> str:
    """A field value for the report; empty values say so plainly."""
    if isinstance(value, dict):
        stated = {key: item for key, item in value.items() if item not in (None, "", [], {})}
        return ", ".join(f"{key}={item}" for key, item in stated.items()) if stated else EMPTY
    if isinstance(value, list):
        return "; ".join(map(str, value)) if value else EMPTY
    return EMPTY if value in (None, "") else str(value)


def list_report(page: ListedPage, column_exhausted: bool) -> list[str]:
    lines = [f"  shell   {shell.url} (status {shell.status}) points on to the real list" for shell in page.shells]
    lines += [f"list    {page.response.url}", f"  status  {page.response.status}",
              f"  items   {len(page.details)} document(s) listed"]
    for number, request in enumerate(page.details[:SHOWN_ITEMS], start=1):
        listing = request.cb_kwargs.get("listing") or {}
        lines.append(f"    {number}. {listing.get('date') or EMPTY:<10}  {listing.get('title') or EMPTY}"
                     + (f"  [{listing['index_number']}]" if listing.get("index_number") else ""))
    lines.append(f"  pages   {pagination(page.further_pages, column_exhausted)}")
    return lines


def pagination(further_pages: list, column_exhausted: bool) -> str:
    if further_pages:
        urls = [request.url for request in further_pages]
        more = f" … (+{len(urls) - 3})" if len(urls) > 3 else ""
        return f"{len(urls)} further list request(s): {', '.join(urls[:3])}{more}"
    return "none: this page ends the column" if column_exhausted else "none detected (and the column is not exhausted)"


def detail_report(response, document: dict) -> list[str]:
    lines = [f"detail  {response.url}", f"  status  {response.status}, {len(response.body)} bytes, "
             f"{response.headers.get('Content-Type', b'').decode('latin-1') or 'no content-type'}"]
    lines += [f"  {name:<14}{shown(document.get(name))}" for name in DOCUMENT_FIELDS]
    return lines


def check_source(source: dict, fetch, echo=click.echo) -> int:
    """Print the report for one source; returns the exit status."""
    spider = build_spider(source)
    echo(f"source  {source['id']} ({source['platform']}) {source['name']}")
    page = first_list_page(spider, fetch)
    for line in list_report(page, column_exhausted=not spider.open_columns):
        echo(line)
    if not page.details:
        echo("problem: the list page names no documents (item_selector or list layout changed?)")
        return 1
    request = page.details[0]
    response = fetch(request)
    document = normalized_detail(request, response, source)
    for line in detail_report(response, document):
        echo(line)
    problem = detail_problem(response, document)
    if problem:
        echo(f"problem: {problem}")
        return 1
    return 0


def detail_problem(response, document: dict) -> str | None:
    """What makes the detail page unusable, if anything (the title may come from the listing)."""
    if response.status != 200:
        return f"the detail page answered {response.status}"
    if not document.get("title"):
        return "the detail page has no title"
    if "no_body" in (document.get("warnings") or []):
        return "the detail page has no body text (page layout changed?)"
    return None


@click.command("check")
@click.argument("source_id", metavar="SOURCE")
@click.option("--replica", is_flag=True, help="Check the local replica's copy instead of the live site.")
@click.option("--registry", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Registry YAML (default banli/sources.yaml).")
def check(source_id, replica, registry):
    """Fetch SOURCE's first list page and one detail page; show what each field came out as."""
    from banli.crawl import load_registry_or_exit
    from banli.replica_wiring import replica_hosts
    from banli.sources import RegistryError, find_source

    try:
        source = find_source(source_id, load_registry_or_exit(registry))
    except RegistryError as error:
        raise click.BadParameter(str(error), param_hint="SOURCE") from None
    try:
        with replica_hosts(replica, [source["id"]], registry=registry) as host_map:
            status = check_source(source, Fetcher(host_map))
    except CheckFailed as error:
        click.echo(f"error: {error}", err=True)
        status = 1
    sys.exit(status)
