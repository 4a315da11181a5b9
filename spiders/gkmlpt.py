"""Guangdong ``gkmlpt``: a JSON list API behind a JavaScript column page."""

import json
import math
from urllib.parse import urljoin

from spiders.base import SourceSpider


class GkmlptApiSpider(SourceSpider):
    """``GET /gkmlpt/api/all/<column>?page=<n>&sid=<sid>`` (Guangzhou).

    Page 1 gives ``total`` and ``size``; pages 2 … ceil(total/size) are requested at once.
    ``platform_options``: ``sid``, ``column`` (default: the ``#fragment`` of the column path).
    """

    platform = "gkmlpt"

    def start_column(self, column):
        yield self.list_request(self.api_url(column, 1), "parse_first_page", column)

    def api_url(self, column: str, page: int) -> str:
        column_id = self.options.get("column") or column.rsplit("#", 1)[-1]
        sid = self.options.get("sid", "")
        return self.source_url(f"/gkmlpt/api/all/{column_id}?page={page}&sid={sid}")

    def parse_first_page(self, response, column):
        answer = json.loads(response.text)
        yield from self.articles(answer, response.url)
        size = answer.get("size") or len(answer.get("articles") or []) or 1
        for page in range(2, math.ceil(int(answer.get("total") or 0) / size) + 1):
            yield self.list_request(self.api_url(column, page), "parse_page", column)
        self.column_exhausted(column)

    def parse_page(self, response, column):
        yield from self.articles(json.loads(response.text), response.url)

    def articles(self, answer: dict, page_url: str):
        for article in answer.get("articles") or []:
            if article.get("url"):
                yield from self.document_request(urljoin(page_url, article["url"]), article_listing(article))


def article_listing(article: dict) -> dict:
    listing = {
        "title": article.get("title"),
        "date": (article.get("display_publish_time") or "")[:10] or None,
        "index_number": article.get("identifier"),
    }
    return {key: value for key, value in listing.items() if value}

