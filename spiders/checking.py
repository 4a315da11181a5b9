"""Checking columns with the crawl's own Scrapy stack: one list page and one document each.

:func:`run_checks` hands the job to ``python -m spiders.checking JOB.json`` (the Twisted
reactor cannot restart inside a process), which runs one crawler per source in a
``CrawlerProcess`` with the crawl's settings, middlewares and download handlers: robots.txt,
challenge passes in the browser, ``render: browser`` list pages, retries with backoff and
the replica host map all apply exactly as in ``banli crawl``. Each crawler runs the
source's platform spider with :class:`CheckMixin` in front of it: the first column's first
list page (following a shell page's single onward request, such as an iframe, at most
twice), then the first document it lists, normalized. Nothing is archived; what was seen is
written as one report per source, and :func:`verdict` turns it into ok / fail / error.

Checks are bounded so that a dead or unreachable site gives its error quickly rather than
hanging the run: one retry, short download and DNS timeouts, and a per-crawler time limit
(:data:`CHECK_SETTINGS`).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from banli import children
from spiders.fingerprint import RECOGNISABLE
from spiders.fingerprint import fingerprint as page_platform

SHELL_HOPS = 2
SAMPLE_ITEMS = 5
DOCUMENT_FIELDS = ("title", "doc_type", "index_number", "issuing_body", "publish_date", "handling_year",
                   "counts", "rates", "warnings")
CHECK_SETTINGS = {
    "ITEM_PIPELINES": {},
    "RETRY_TIMES": 1,
    "DOWNLOAD_TIMEOUT": 20,
    "DNS_TIMEOUT": 10,
    "BANLI_RETRY_BACKOFF_MAX": 4.0,
    "CLOSESPIDER_TIMEOUT": 240,
    "LOG_LEVEL": "INFO",
}


class CheckRunFailed(RuntimeError):
    """The check process ended without writing its reports."""


def run_checks(sources: list[dict], *, replica_map: dict | None = None, settings: dict | None = None) -> dict[str, dict]:
    """Check ``sources`` in one Scrapy process; returns the raw report of each, by id."""
    with tempfile.TemporaryDirectory(prefix="banli-check-") as workdir:
        job_file, out_file, log_file = (Path(workdir) / name for name in ("job.json", "reports.json", "check.log"))
        job = {"sources": sources, "replica_map": replica_map or {}, "out": str(out_file),
               "settings": {**CHECK_SETTINGS, "LOG_FILE": str(log_file), **(settings or {})}}
        job_file.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
        children.run([sys.executable, "-m", "spiders.checking", str(job_file)], check=False)
        if not out_file.exists():
            tail = log_file.read_text(encoding="utf-8", errors="replace")[-3000:] if log_file.exists() else ""
            raise CheckRunFailed(f"the check process wrote no reports; its log ends:\n{tail}")
        return json.loads(out_file.read_text(encoding="utf-8"))


def check_in_this_process(job: dict) -> dict[str, dict]:
    """Run every source's check crawler in this process and write the reports."""
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    from banli.sources import platform_of
    from spiders.run import crawl_settings

    settings = crawl_settings(replica_map=job["replica_map"], archive_root="", run_id="check",
                              overrides=job["settings"])
    process = CrawlerProcess(settings)
    reports: dict[str, dict] = {}
    for source in job["sources"]:
        if platform_of(source) is None:
            reports[source["id"]] = new_report(error=f"no spider for platform {source['platform']!r}")
            continue
        crawler = process.create_crawler(check_spider_class(platform_of(source).spider))

        def on_closed(spider, reason):
            reports[spider.name] = {**spider.report, "close_reason": reason}

        crawler.signals.connect(on_closed, signal=signals.spider_closed, weak=False)
        process.crawl(crawler, source=source)
    process.start()
    Path(job["out"]).write_text(json.dumps(reports, ensure_ascii=False, default=str), encoding="utf-8")
    return reports


def check_spider_class(spider_path: str):
    """The platform's spider (its import path) with :class:`CheckMixin` in front."""
    from scrapy.utils.misc import load_object

    platform_class = load_object(spider_path)
    return type(f"Check{platform_class.__name__}", (CheckMixin, platform_class), {})


def new_report(error: str | None = None) -> dict:
    return {"shells": [], "list": None, "detail": None, "errors": [{"kind": "list", "error": error}] if error else []}


class CheckMixin:
    """Walk one list page and one document instead of the column; record, never archive."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.report = new_report()

    async def start(self):
        for request in self.start_column(self.source["columns"][0]):
            yield request

    def parse_list(self, response, parser: str, column: str, **cb_kwargs):
        from spiders.offline import split_requests

        details, further = split_requests(super().parse_list(response, parser, column, **cb_kwargs))
        page = list_page(response, details, further, exhausted=column not in self.open_columns)
        if not details and len(further) == 1 and len(self.report["shells"]) < SHELL_HOPS:
            self.report["shells"].append(page)
            yield further[0]
            return
        self.report["list"] = page
        if details:
            yield details[0]

    def list_failed(self, failure):
        self.report["errors"].append(failed_fetch(failure, "list"))
        return ()

    def fetch_failed(self, failure):
        self.report["errors"].append(failed_fetch(failure, failure.request.meta.get("kind", "detail")))
        return ()

    def parse_detail(self, response, listing: dict):
        self.report["detail"] = detail_page(response, listing, self.source)
        return ()


def list_page(response, details: list, further: list, *, exhausted: bool) -> dict:
    """What one list page gave: its answer, the documents it names (a sample), its next pages."""
    return {
        "url": response.url, "status": response.status, "items": len(details),
        "sample": [{"url": request.url, **(request.cb_kwargs.get("listing") or {})} for request in details[:SAMPLE_ITEMS]],
        "further": [request.url for request in further], "exhausted": exhausted,
        "signs": platform_signs(response),
    }


def detail_page(response, listing: dict, source: dict) -> dict:
    """The document page's answer and what ``normalize_page`` made of it, field by field."""
    from normalize import NormalizeError, normalize_page

    content_type = response.headers.get("Content-Type", b"").decode("latin-1")
    try:
        document = normalize_page(response.body, url=response.url, content_type=content_type, source=source,
                                  listing=listing or {})
    except NormalizeError as error:
        document = {"warnings": [f"not a page: {error}"]}
    return {"url": response.url, "status": response.status, "content_type": content_type, "bytes": len(response.body),
            "fields": {name: document.get(name) for name in DOCUMENT_FIELDS}}


def failed_fetch(failure, kind: str) -> dict:
    """One failed request: which, with the answer's status when there was one, and why."""
    from scrapy.spidermiddlewares.httperror import HttpError

    from spiders.base import describe_failure

    response = failure.value.response if failure.check(HttpError) else None
    return {"kind": kind, "url": failure.request.url, "status": response.status if response is not None else None,
            "error": describe_failure(failure, response)}


def platform_signs(response) -> list[str]:
    """The platform the page shows signs of (:func:`spiders.fingerprint.fingerprint`, the one
    ``banli add-source`` reads too); empty when it shows none."""
    text = getattr(response, "text", None)
    found = page_platform(text, response.url) if text is not None else None
    return [found] if found in RECOGNISABLE else []


# verdicts ---------------------------------------------------------------------------------

def verdict(report: dict) -> tuple[str, str | None]:
    """``(status, problem)``: ok, fail (the site answered but the column does not work) or error
    (no usable answer: unreachable host, refused connection, timeout, HTTP error)."""
    listed, detail = report.get("list"), report.get("detail")
    list_errors = [error for error in report.get("errors", []) if error["kind"] == "list"]
    if listed is None:
        reason = list_errors[0]["error"] if list_errors else f"no list page came back ({report.get('close_reason')})"
        return "error", reason
    if not listed["items"]:
        return "fail", "the list page names no documents (item_selector or list layout changed?)"
    if detail is None:
        detail_errors = [error for error in report.get("errors", []) if error["kind"] == "detail"]
        return "fail", (f"the detail page failed: {detail_errors[0]['error']}" if detail_errors
                        else "the detail page never came back (an off-site link?)")
    return ("fail", problem) if (problem := detail_problem(detail)) else ("ok", None)


def detail_problem(detail: dict) -> str | None:
    """What makes the detail page unusable, if anything (the title may come from the listing)."""
    if detail["status"] != 200:
        return f"the detail page answered {detail['status']}"
    if not detail["fields"].get("title"):
        return "the detail page has no title"
    if "no_body" in (detail["fields"].get("warnings") or []):
        return "the detail page has no body text (page layout changed?)"
    return None


def fingerprint(source: dict, report: dict) -> dict:
    """Whether the list page shows the signs of the registered platform (None: it has none to show)."""
    listed = report.get("list") or {}
    signs = listed.get("signs", [])
    expected = source["platform"] in RECOGNISABLE
    return {"platform": source["platform"], "signs": signs,
            "match": (source["platform"] in signs) if expected and listed else None}


if __name__ == "__main__":
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "spiders.settings")
    check_in_this_process(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
