"""Plain HTML lists: numeric-id CMSs, iframe lists, "next page" links, any list layout."""

from urllib.parse import urlsplit

from spiders.base import SourceSpider


class HtmlListSpider(SourceSpider):
    """Lists of any layout (Jiading, Yichun), found by themselves or by hand-set selectors.

    ``first_page`` (URL template with ``{column}``, default ``{column}``) is the column page.
    With ``follow_iframe``, a column page without entries is a shell: its same-host
    ``<iframe>`` holds the real list. Entries are found without selectors
    (:mod:`spiders.listing`) unless ``item_selector`` (with ``link_selector``,
    ``date_selector``) is set. Further pages come from ``next_page_selector`` when set, else
    from the page's own pager (``createPageHTML``, ``countPage``, a 下一页 link), else from the
    ``list_pages`` template (``{page}`` from 2) until a page lists nothing new. The column is
    exhausted at a page with no next page.
    """

    platform = "html_list"
    next_page_selector = None

    def start_column(self, column):
        first_page = self.options.get("first_page", "{column}").format(column=column)
        yield self.list_request(self.source_url(first_page), "parse_page", column, cb_kwargs={"page": 1})

    def parse_page(self, response, column, page: int):
        listed = self.read_page(response)
        iframe = self.list_iframe(response) if not listed.items else None
        if iframe:
            yield self.list_request(iframe, "parse_page", column, cb_kwargs={"page": page})
            return
        before = len(self.listed_urls)
        entries = self.page_entries(listed)
        yield from self.document_requests(entries)
        next_url = self.next_page_url(response, listed.pager, column, page, listed_new=len(self.listed_urls) > before)
        if not next_url:
            self.column_exhausted(column)
        elif self.walk_on(column, [url for url, _ in entries]):
            yield self.list_request(next_url, "parse_page", column, cb_kwargs={"page": page + 1},
                                    meta={"handle_httpstatus_list": [404]})

    def list_iframe(self, response) -> str | None:
        if not self.options.get("follow_iframe"):
            return None
        src = response.css("iframe::attr(src)").get()
        url = response.urljoin(src.strip()) if src else None
        return url if url and urlsplit(url).netloc == urlsplit(response.url).netloc else None

    def next_page_url(self, response, pager, column: str, page: int, listed_new: bool) -> str | None:
        """The next list page, or None when the pagination is exhausted."""
        if response.status == 404 or not listed_new:
            return None
        next_url = next((url for url in pager.next_urls if url != response.url), None)
        if next_url or pager.complete or self.options.get("next_page_selector", self.next_page_selector):
            return next_url
        template = self.options.get("list_pages")
        return self.source_url(template.format(column=column, page=page + 1)) if template else None
