"""Hanweb jpaas columns (Zhejiang department sites since their move to the publish API).

``/col/col<pageId>/index.html`` is a shell whose ``unitbuild.js`` script carries the unit's
``queryData``; the list comes from
``GET /api-gateway/jpaas-publish-server/front/page/build/unit?…&paramJson={"pageNo":n,"pageSize":m}``
as ``{"success": true, "data": {"html": "<ul>…</ul>"}}`` (an empty ``<ul>`` past the last
page; no total). Details ``/art/YYYY/M/D/art_<32 hex>.html`` with a jcms-style metadata table.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re

from replica.catalog import Document
from replica.messages import Reply, Request
from replica.sites import chrome
from replica.sites.base import int_or
from replica.sites.chrome import esc
from replica.sites.hanweb import HanwebSite

UNIT_API = "/api-gateway/jpaas-publish-server/front/page/build/unit"
ID_DIGITS = 12  # the art_ name ends with the document id in hex


class JpaasSite(HanwebSite):
    def __init__(self, source: dict, catalog):
        options = source.get("platform_options") or {}
        self.page_id = str(options.get("pageId") or re.search(r"col(\d+)", source["columns"][0]).group(1))
        self.unit = {"webId": str(options.get("webId", "3185")), "pageId": self.page_id,
                     "tplSetId": str(options.get("tplSetId", "o0YcVHHq5vWtr3uiCp4SY")),
                     "tagId": str(options.get("tagId", "信息列表"))}
        super().__init__({**source, "platform_options": {"columnid": self.page_id}}, catalog)
        self.page_size = 15

    def route_table(self) -> list:
        return [
            (rf"/col/col{self.page_id}/(?:index\.html)?", lambda request, match: self.column_shell()),
            (re.escape(UNIT_API), lambda request, match: self.unit_page(request)),
            (r"/art/\d{4}/\d{1,2}/\d{1,2}/art_(?P<hex>[0-9a-f]{32})\.html", self.detail_by_hex),
            (r"/attach/0/P0\d+\.pdf", self.attachment_reply),
        ]

    def detail_path(self, doc: Document) -> str:
        day = doc.url_date
        digest = hashlib.md5(str(doc.doc_id).encode()).hexdigest()[:32 - ID_DIGITS]
        return f"/art/{day.year}/{day.month}/{day.day}/art_{digest}{doc.doc_id:0{ID_DIGITS}x}.html"

    def detail_by_hex(self, request: Request, match: re.Match) -> Reply | None:
        doc_id = int(match["hex"][-ID_DIGITS:], 16)
        doc = self.document_at(request.path, doc_id)
        return self.html(self.render_detail(doc), kind="detail", modified=doc.published,
                         position=doc.position) if doc else None

    def column_shell(self) -> Reply:
        column_name = self.catalog.profile.column_name
        query_data = json.dumps(self.unit, ensure_ascii=False).replace('"', "'")
        body = (
            f"{chrome.header_nav(self.identity)}\n{chrome.breadcrumb(['首页', '政务公开', column_name], '当前位置:', ' &gt; ')}\n"
            f'<div class="main"><div class="column-title">{esc(column_name)}</div>\n<div id="list"></div>\n'
            f'<script id="unitbuild" src="/module/jslib/jpaas/unitbuild.js" url="{UNIT_API}" '
            f'queryData="{query_data}"></script>\n</div>\n{chrome.footer(self.identity)}'
        )
        head = chrome.meta_tags(self.identity, column=column_name)
        return self.html(chrome.document_page(self.charset_label, f"{column_name} {self.identity.site_name}", head, body),
                         kind="list")

    def unit_page(self, request: Request) -> Reply:
        """One page of the unit's list; a request for another unit gets an empty list."""
        params = {}
        with contextlib.suppress(ValueError):
            params = json.loads(request.query.get("paramJson") or "{}")
        page = max(1, int_or(params.get("pageNo"), 1))
        size = max(1, int_or(params.get("pageSize"), self.page_size))
        ours = all(request.query.get(key) == value for key, value in self.unit.items())
        positions = self.listed_positions()[(page - 1) * size:page * size] if ours else range(0)
        items = "".join(self.record(self.catalog.document(position)) for position in positions)
        answer = {"success": True, "code": "200", "data": {"html": f'<ul class="list">{items}</ul>'}}
        body = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return Reply(200, body, "application/json;charset=UTF-8", kind="api")


def site_for(source: dict, catalog) -> JpaasSite:
    return JpaasSite(source, catalog)
