"""TRS / WCM static columns: ``index.shtml``, ``index_1.shtml`` … as the page's pager names them."""

from spiders.base import SourceSpider
from spiders.listing import Pager


class TrsColumnSpider(SourceSpider):
    """TRS-style columns (Wuhan, Yichang and the WCM sites like them).

    Page 0 is ``{column}index.shtml`` (``platform_options``: ``index_name``, ``suffix``). The
    list is found without selectors (``ul`` lists, table rows, lists written by
    ``document.writeln``) unless ``item_selector`` is set. Every pager form is read
    (:func:`spiders.listing.read_pager`): ``createPageHTML(pages, current, "index", "shtml")``,
    ``createPageHTML('page_div', pages, current, 'fg', 'shtml', records)``,
    ``var countPage = N``, a 下一页 link. Numbered pagers are walked by this spider's own page
    count (each page asked for once the previous one is read, so an incremental walk can stop
    early); a page without any pager is a one-page column.
    """

    platform = "trs"

    def start_column(self, column):
        yield self.list_request(self.page_url(column, 0), "parse_page", column, cb_kwargs={"page": 0})

    def page_url(self, column: str, page: int) -> str:
        name = self.options.get("index_name", "index")
        suffix = self.options.get("suffix", "shtml")
        file_name = f"{name}.{suffix}" if page == 0 else f"{name}_{page}.{suffix}"
        return self.source_url(column.rstrip("/") + "/" + file_name)

    def parse_page(self, response, column, page: int):
        listed = self.read_page(response)
        entries = self.page_entries(listed)
        yield from self.document_requests(entries)
        next_url = following_page(listed.pager, response.url, page)
        if not next_url:
            self.column_exhausted(column)
        elif self.walk_on(column, [url for url, _ in entries]):
            yield self.list_request(next_url, "parse_page", column, cb_kwargs={"page": page + 1})


def following_page(pager: Pager, url: str, page: int) -> str | None:
    """The page after page ``page`` (0-based): by number for numbered pagers (the page count
    they state, this walk's own position), else the link the page gives."""
    if pager.template and pager.pages:
        return pager.page_url(url, page + 1) if page + 1 < pager.pages else None
    next_url = next(iter(pager.next_urls), None)
    return next_url if next_url and next_url != url else None
