"""Hanweb jpaas (Zhejiang department sites since their move): list pages built by a JSON unit API."""

import json
from urllib.parse import urlencode

from spiders.base import SourceSpider
from spiders.fingerprint import jpaas_query

UNIT_API = "/api-gateway/jpaas-publish-server/front/page/build/unit"


class JpaasUnitSpider(SourceSpider):
    """Columns whose page loads its list from the jpaas unit API.

    The column page (``/col/col<id>/index.html``) is a shell; its ``unitbuild.js`` script names
    the unit (``queryData``: ``webId``, ``pageId``, ``tplSetId``, ``tagId``). Each page of the
    list is ``GET {UNIT_API}?parseType=bulidstatic&…&paramJson={"pageNo":n,"pageSize":m}``,
    answered ``{"data": {"html": "<ul>…</ul>"}}``; documents are ``art_<32 hex>.html`` links
    found in that HTML without selectors. The answer states no total, so the walk goes on
    until a page lists no documents, and only that empty page completes the column; a page
    that lists nothing new stops the walk without calling it complete.
    ``platform_options`` (overriding the column page): ``webId``, ``pageId``, ``tplSetId``,
    ``tagId``, ``pageSize`` (default 15).
    """

    platform = "jpaas"
    progress_attributes = (*SourceSpider.progress_attributes, "units")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.units: dict[str, dict[str, str]] = {}

    def start_column(self, column):
        yield self.list_request(self.source_url(column), "parse_column_page", column)

    def parse_column_page(self, response, column):
        self.units[column] = {**jpaas_query(response.text),
                              **{key: str(value) for key, value in self.options.items() if key != "pageSize"}}
        yield self.unit_request(column, 1)

    def unit_request(self, column: str, page: int):
        unit = self.units[column]
        query = {"parseType": "bulidstatic", "webId": unit.get("webId", ""), "tplSetId": unit.get("tplSetId", ""),
                 "pageType": "column", "tagId": unit.get("tagId", ""), "editType": "null",
                 "pageId": unit.get("pageId", ""),
                 "paramJson": json.dumps({"pageNo": page, "pageSize": int(self.options.get("pageSize", 15))},
                                         separators=(",", ":"))}
        return self.list_request(self.source_url(f"{UNIT_API}?{urlencode(query)}"), "parse_unit", column,
                                 cb_kwargs={"page": page})

    def parse_unit(self, response, column, page: int):
        before = len(self.listed_urls)
        listed = self.read_page(response)
        entries = self.page_entries(listed)
        yield from self.document_requests(entries)
        if listed.pager.complete:
            self.column_exhausted(column)
        elif len(self.listed_urls) == before:
            self.logger.warning("%s: unit page %d listed nothing new; stopping", column, page)
        elif self.walk_on(column, [url for url, _ in entries]):
            yield self.unit_request(column, page + 1)
