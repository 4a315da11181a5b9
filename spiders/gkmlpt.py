"""Guangdong ``gkmlpt``: a JSON list API behind a JavaScript column page."""

from spiders.base import SourceSpider
from spiders.listing import with_query


class GkmlptApiSpider(SourceSpider):
    """``GET [/<dept>]/gkmlpt/api/all/<column>?page=<n>&sid=<sid>`` (Guangzhou and the
    department sites that sit under a path prefix, ``/<dept>/gkmlpt/index#<column>``).

    Articles give their link as ``url`` or ``post_url`` (``post_…`` or ``mpost_…`` pages) and
    their times as epoch seconds (dated in China time) or as text
    (:func:`spiders.listing.gkmlpt_items`). Pages run from 1, each asked for once the previous
    one is read (so an incremental walk can stop early), until ``page × size`` covers the total
    (``total``, else ``classify.post_count``; ``size``, else the number of articles on a page);
    an answer without any total goes on until a page comes back empty.
    ``platform_options``: ``sid``, ``column`` (default: the ``#fragment`` of the column path).
    """

    platform = "gkmlpt"

    def start_column(self, column):
        yield self.list_request(self.api_url(column, 1), "parse_page", column, cb_kwargs={"page": 1})

    def api_url(self, column: str, page: int) -> str:
        column_id = self.options.get("column") or column.rsplit("#", 1)[-1]
        prefix = column.split("#", 1)[0].split("/gkmlpt/", 1)[0] if "/gkmlpt/" in column else ""
        sid = self.options.get("sid", "")
        return self.source_url(f"{prefix}/gkmlpt/api/all/{column_id}?page={page}&sid={sid}")

    def parse_page(self, response, column, page: int):
        listed = self.read_page(response)
        entries = self.page_entries(listed)
        yield from self.document_requests(entries)
        if listed.pager.complete:
            self.column_exhausted(column)
        elif self.walk_on(column, [url for url, _ in entries]):
            yield self.list_request(with_query(response.url, page=page + 1), "parse_page", column,
                                    cb_kwargs={"page": page + 1})
