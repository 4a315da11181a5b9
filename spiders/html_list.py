"""Selector-driven HTML lists: numeric-id CMSs, iframe lists, "next page" links."""

from urllib.parse import urlsplit

from spiders.base import SourceSpider


class HtmlListSpider(SourceSpider):
    """Lists described entirely by ``platform_options`` (Jiading, Yichun).

    ``first_page`` (URL template with ``{column}``, default ``{column}``) is the column page.
    With ``follow_iframe``, a column page without entries is a shell: its same-host
    ``<iframe>`` holds the real list. Entries are ``item_selector`` elements, with
    ``link_selector``, ``date_selector`` inside them. Further pages come from the
    ``next_page_selector`` link; without one, from the ``list_pages`` template (``{page}``
    from 2) until a page lists nothing new. The column is exhausted at a page with no next page.
    """

    platform = "html_list"
    next_page_selector = None

    def start_column(self, column):
        first_page = self.options.get("first_page", "{column}").format(column=column)
        yield self.list_request(self.source_url(first_page), "parse_page", column, cb_kwargs={"page": 1})

    def parse_page(self, response, column, page: int):
        entries = response.css(self.options.get("item_selector", self.item_selector))
        iframe = self.list_iframe(response) if not entries else None
        if iframe:
            yield self.list_request(iframe, "parse_page", column, cb_kwargs={"page": page})
            return
        before = len(self.listed_urls)
        listed = self.list_entries(entries, response.url)
        yield from self.document_requests(listed)
        next_url = self.next_page_url(response, column, page, listed_new=len(self.listed_urls) > before)
        if not next_url:
            self.column_exhausted(column)
        elif self.walk_on(column, [url for url, _ in listed]):
            yield self.list_request(next_url, "parse_page", column, cb_kwargs={"page": page + 1},
                                    meta={"handle_httpstatus_list": [404]})

    def list_iframe(self, response) -> str | None:
        if not self.options.get("follow_iframe"):
            return None
        src = response.css("iframe::attr(src)").get()
        url = response.urljoin(src.strip()) if src else None
        return url if url and urlsplit(url).netloc == urlsplit(response.url).netloc else None

    def next_page_url(self, response, column: str, page: int, listed_new: bool) -> str | None:
        """The next list page, or None when the pagination is exhausted."""
        if response.status == 404 or not listed_new:
            return None
        selector = self.options.get("next_page_selector", self.next_page_selector)
        if selector:
            href = response.css(f"{selector}::attr(href)").get()
            if not href or href.strip().startswith(("javascript:", "#")):
                return None
            url = response.urljoin(href.strip())
            return None if url == response.url else url
        template = self.options.get("list_pages")
        return self.source_url(template.format(column=column, page=page + 1)) if template else None
