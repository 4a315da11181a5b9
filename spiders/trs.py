"""TRS-style static columns: ``index.shtml``, ``index_1.shtml`` … counted by ``createPageHTML``."""

import re

from spiders.base import SourceSpider

PAGE_COUNT = re.compile(r"createPageHTML\(\s*(\d+)\s*,\s*(\d+)")


class TrsColumnSpider(SourceSpider):
    """TRS columns (Wuhan, Yichang).

    Page 0 is ``{column}index.shtml``; its inline ``createPageHTML(<pages>, 0, "index",
    "shtml")`` gives the page count, and pages 1 … pages-1 follow one after another (each
    asked for once the previous one is read, so an incremental walk can stop early). A page
    without the script is a one-page column. ``platform_options``: ``index_name`` (default
    ``index``), ``suffix`` (default ``shtml``), ``item_selector``.
    """

    platform = "trs"
    item_selector = "ul.list li"

    def start_column(self, column):
        yield self.list_request(self.page_url(column, 0), "parse_first_page", column)

    def page_url(self, column: str, page: int) -> str:
        name = self.options.get("index_name", "index")
        suffix = self.options.get("suffix", "shtml")
        file_name = f"{name}.{suffix}" if page == 0 else f"{name}_{page}.{suffix}"
        return self.source_url(column.rstrip("/") + "/" + file_name)

    def parse_first_page(self, response, column):
        yield from self.parse_page(response, column, page=0, pages=page_count(response.text))

    def parse_page(self, response, column, page: int, pages: int):
        selector = self.options.get("item_selector", self.item_selector)
        entries = self.list_entries(response.css(selector), response.url)
        yield from self.document_requests(entries)
        if page + 1 >= pages:
            self.column_exhausted(column)
        elif self.walk_on(column, [url for url, _ in entries]):
            yield self.list_request(self.page_url(column, page + 1), "parse_page", column,
                                    cb_kwargs={"page": page + 1, "pages": pages})


def page_count(html: str) -> int:
    match = PAGE_COUNT.search(html)
    return max(int(match.group(1)), 1) if match else 1
