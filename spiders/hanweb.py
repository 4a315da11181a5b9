"""Hanweb (大汉) jcms columns: records come from the ``dataproxy.jsp`` XML proxy."""

import re
from urllib.parse import unquote

from scrapy import FormRequest

from spiders.base import SourceSpider
from spiders.fingerprint import hanweb_ids
from spiders.listing import DATAPROXY, RECORD, TOTAL_RECORD, first_int

PROXY_PATH = re.compile(r"[?&;]path=([^&'\"]*)")


class HanwebColumnSpider(SourceSpider):
    """Hanweb columns (Zhejiang, Jiangsu).

    The column page comes first: it may carry the first records inline (a
    ``<script type="text/xml"><datastore>``), and its jpage set-up names the ``unitid``,
    ``webid``, ``columnid`` and ``path`` the proxy wants. Records are then read from the
    proxy in windows of ``window_pages × perpage`` (``startrecord`` … ``endrecord``).
    Servers do not always honour the window, so records are deduplicated by URL and a window
    that adds nothing new stops the walk without calling it complete. The column is
    exhausted when a window reaches ``<totalrecord>``; an answer without ``<totalrecord>``
    goes on until a batch comes back empty, and only that empty batch completes the column.
    ``platform_options`` (each overriding what the column page says): ``webid``,
    ``columnid`` (default: from the column path), ``unitid``, ``path``, ``perpage`` (default
    15), ``window_pages`` (default 3).
    """

    platform = "hanweb"
    window_pages = 3
    progress_attributes = (*SourceSpider.progress_attributes, "column_forms", "column_listed")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.column_forms: dict[str, dict[str, str]] = {}
        self.column_listed: dict[str, int] = {}

    def start_column(self, column):
        yield self.list_request(self.source_url(column), "parse_column_page", column)

    def parse_column_page(self, response, column):
        yield from self.listed_in_column(column, self.page_entries(self.read_page(response)))
        self.column_forms[column] = self.form_fields(response.url, response.text)
        yield self.window_request(column, first_record=1)

    def form_fields(self, column_url: str, page_text: str) -> dict[str, str]:
        """The proxy form: the source's options, else what the column page declares."""
        declared = hanweb_ids(page_text, column_url)
        path = PROXY_PATH.search(page_text)
        value = {**declared, "path": unquote(path[1]) if path else "/", **self.options}
        return {
            "col": "1", "appid": "1", "webid": str(value.get("webid", "")), "path": str(value["path"] or "/"),
            "columnid": str(value.get("columnid", "")), "sourceContentType": "1",
            "unitid": str(value.get("unitid", "")), "permissiontype": "0",
        }

    def window_request(self, column: str, first_record: int):
        perpage = int(self.options.get("perpage", 15))
        last_record = first_record + perpage * int(self.options.get("window_pages", self.window_pages)) - 1
        query = f"?startrecord={first_record}&endrecord={last_record}&perpage={perpage}"
        return self.list_request(
            self.source_url(DATAPROXY + query), "parse_window", column, request_class=FormRequest,
            formdata=self.column_forms.get(column) or self.form_fields(self.source_url(column), ""),
            cb_kwargs={"last_record": last_record},
        )

    def parse_window(self, response, column, last_record: int):
        before = len(self.listed_urls)
        entries = self.page_entries(self.read_page(response))
        yield from self.listed_in_column(column, entries)
        total = first_int(TOTAL_RECORD, response.text)
        if not RECORD.search(response.text) or (total is not None and self.column_listed[column] >= total):
            self.column_exhausted(column)
        elif len(self.listed_urls) == before:
            self.logger.warning("%s: the window ending at record %d added nothing new; the proxy stopped "
                                "giving new ones", column, last_record)
        elif total is not None and last_record >= total:
            self.column_exhausted(column)
        elif self.walk_on(column, [url for url, _ in entries]):
            yield self.window_request(column, last_record + 1)

    def listed_in_column(self, column: str, entries: list[tuple[str, dict]]):
        """Detail requests for the entries, counting the column's newly listed documents."""
        before = len(self.listed_urls)
        yield from self.document_requests(entries)
        self.column_listed[column] = self.column_listed.get(column, 0) + len(self.listed_urls) - before
