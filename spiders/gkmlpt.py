"""Guangdong ``gkmlpt``: a JSON list API behind a JavaScript column page."""

import json
import math
from urllib.parse import urljoin

from spiders.base import SourceSpider


class GkmlptApiSpider(SourceSpider):
    """``GET /gkmlpt/api/all/<column>?page=<n>&sid=<sid>`` (Guangzhou).

    Pages run from 1 to ceil(total/size), each asked for once the previous one is read (so an
    incremental walk can stop early). ``platform_options``: ``sid``, ``column`` (default: the
    ``#fragment`` of the column path).
    """

    platform = "gkmlpt"

    def start_column(self, column):
        yield self.list_request(self.api_url(column, 1), "parse_page", column, cb_kwargs={"page": 1})

    def api_url(self, column: str, page: int) -> str:
        column_id = self.options.get("column") or column.rsplit("#", 1)[-1]
        sid = self.options.get("sid", "")
        return self.source_url(f"/gkmlpt/api/all/{column_id}?page={page}&sid={sid}")

    def parse_page(self, response, column, page: int):
        answer = json.loads(response.text)
        entries = [(urljoin(response.url, article["url"]), article_listing(article))
                   for article in answer.get("articles") or [] if article.get("url")]
        yield from self.document_requests(entries)
        size = answer.get("size") or len(answer.get("articles") or []) or 1
        if page >= math.ceil(int(answer.get("total") or 0) / size):
            self.column_exhausted(column)
        elif self.walk_on(column, [url for url, _ in entries]):
            yield self.list_request(self.api_url(column, page + 1), "parse_page", column, cb_kwargs={"page": page + 1})


def article_listing(article: dict) -> dict:
    listing = {
        "title": article.get("title"),
        "date": (article.get("display_publish_time") or "")[:10] or None,
        "index_number": article.get("identifier"),
    }
    return {key: value for key, value in listing.items() if value}
