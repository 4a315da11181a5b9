"""Hanweb (大汉) jcms columns: records come from the ``dataproxy.jsp`` XML proxy."""

import re

from scrapy import FormRequest, Selector

from spiders.base import SourceSpider

RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
TOTAL = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>")
COLUMN_ID = re.compile(r"/col/col(\d+)/")
DATAPROXY = "/module/web/jpage/dataproxy.jsp"


class HanwebColumnSpider(SourceSpider):
    """Hanweb columns (Zhejiang).

    Records are read in windows of ``window_pages × perpage`` (``startrecord`` …
    ``endrecord``) until ``totalrecord`` is covered. Servers do not always honour
    ``endrecord`` or ``startrecord``, so records are deduplicated by URL and the walk stops
    when a window adds nothing new; the column counts as exhausted only if it listed at
    least ``totalrecord`` documents. ``platform_options``: ``webid``, ``columnid`` (default:
    from the column path), ``perpage`` (default 15), ``window_pages`` (default 3), ``unitid``.
    """

    platform = "hanweb"
    window_pages = 3
    progress_attributes = (*SourceSpider.progress_attributes, "column_listed")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.column_listed: dict[str, int] = {}

    def start_column(self, column):
        yield self.window_request(column, first_record=1)

    def window_request(self, column: str, first_record: int):
        perpage = int(self.options.get("perpage", 15))
        last_record = first_record + perpage * int(self.options.get("window_pages", self.window_pages)) - 1
        query = f"?startrecord={first_record}&endrecord={last_record}&perpage={perpage}"
        return self.list_request(
            self.source_url(DATAPROXY + query), "parse_window", column, request_class=FormRequest,
            formdata=self.form_fields(column), cb_kwargs={"last_record": last_record},
        )

    def form_fields(self, column: str) -> dict[str, str]:
        match = COLUMN_ID.search(column)
        column_id = self.options.get("columnid") or (match.group(1) if match else "")
        return {
            "col": "1", "appid": "1", "webid": str(self.options.get("webid", "")), "path": "/",
            "columnid": str(column_id), "sourceContentType": "1",
            "unitid": str(self.options.get("unitid", "")), "permissiontype": "0",
        }

    def parse_window(self, response, column, last_record: int):
        before = len(self.listed_urls)
        entries = [entry for record in RECORD.findall(response.text)
                   for entry in self.list_entries(Selector(text=record).css("li"), response.url)]
        yield from self.document_requests(entries)
        added = len(self.listed_urls) - before
        self.column_listed[column] = self.column_listed.get(column, 0) + added
        total = total_records(response.text)
        if added and last_record < total:
            if self.walk_on(column, [url for url, _ in entries]):
                yield self.window_request(column, last_record + 1)
        elif self.column_listed[column] >= total:
            self.column_exhausted(column)
        else:
            self.logger.warning("%s: listed %d of %d records; the proxy stopped giving new ones",
                                column, self.column_listed[column], total)


def total_records(xml: str) -> int:
    match = TOTAL.search(xml)
    return int(match.group(1)) if match else 0
