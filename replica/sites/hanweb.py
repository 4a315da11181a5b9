"""Hanweb (大汉) jcms columns (Zhejiang civil affairs).

``/col/col<columnid>/index.html`` is a JS shell whose inline datastore is empty; records
come from ``POST /module/web/jpage/dataproxy.jsp?startrecord=&endrecord=&perpage=`` as XML
with one ``<record><![CDATA[<li>…</li>]]></record>`` per document and ``<totalrecord>``.
Details ``/art/YYYY/M/D/art_<columnid>_<docid>.html``; attachments ``/attach/0/<file>.pdf``.
"""

from __future__ import annotations

import math
import re

from replica.catalog import Document
from replica.messages import Reply, Request
from replica.sites import chrome
from replica.sites.base import Site, int_or
from replica.sites.chrome import esc

DATAPROXY = "/module/web/jpage/dataproxy.jsp"
UNIT_ID = 7452016
ACCESSIBILITY_TOOLS = '<a href="/">无障碍</a> <a href="/">长者模式</a>'


class HanwebSite(Site):
    def __init__(self, source: dict, catalog):
        options = source.get("platform_options") or {}
        self.column_id = str(options.get("columnid") or re.search(r"col(\d+)", source["columns"][0]).group(1))
        self.web_id = str(options.get("webid", ""))
        self.page_size = int(options.get("perpage", 15))
        self.without_total = options.get("variant") == "no_totalrecord"
        super().__init__(source, catalog)

    def route_table(self) -> list:
        return [
            (rf"/col/col{self.column_id}/(?:index\.html)?", lambda request, match: self.column_shell()),
            (re.escape(DATAPROXY), lambda request, match: self.dataproxy(request)),
            (rf"/art/\d{{4}}/\d{{1,2}}/\d{{1,2}}/art_{self.column_id}_(?P<id>\d+)\.html", self.detail_reply),
            (r"/attach/0/P0\d+\.(?:pdf|docx|doc|xlsx)", self.attachment_reply),
        ]

    def detail_path(self, doc: Document) -> str:
        day = doc.url_date
        return f"/art/{day.year}/{day.month}/{day.day}/art_{self.column_id}_{doc.doc_id}.html"

    def attachment_path(self, doc: Document) -> str:
        return f"/attach/0/{doc.attachment.filename}"

    def column_shell(self) -> Reply:
        column_name = self.catalog.profile.column_name
        body = (
            f"{chrome.header_nav(self.identity)}\n{chrome.breadcrumb(['首页', '政务公开', column_name], '当前位置:', ' &gt; ')}\n"
            f'<div class="main"><div class="column-title">{esc(column_name)}</div>\n<div id="{UNIT_ID}">'
            '<script type="text/xml"><datastore><nextgroup><![CDATA['
            f'<a href="{DATAPROXY}?page=1&appid=1&webid={self.web_id}&path=/&columnid={self.column_id}&unitid={UNIT_ID}'
            '&permissiontype=0"></a>]]></nextgroup><recordset></recordset></datastore></script>\n'
            '<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>\n'
            '<script language="javascript" src="/module/web/jpage/jpage.js"></script>\n'
            f'<script>var jpageConfig = {{"proxyUrl": "{DATAPROXY}", "webid": "{self.web_id}", "columnid": "{self.column_id}",'
            f' "unitid": "{UNIT_ID}", "perpage": {self.page_size}, "outstyle": 2}};</script>\n</div></div>\n'
            f"{chrome.footer(self.identity)}"
        )
        head = chrome.meta_tags(self.identity, column=column_name)
        return self.html(chrome.document_page(self.charset_label, f"{column_name} {self.identity.site_name}", head, body), kind="list")

    def dataproxy(self, request: Request) -> Reply:
        """Records ``startrecord``…``endrecord`` (1-based, inclusive) of the column, as jcms answers them."""
        fields = {**request.query, **request.form}
        positions = self.listed_positions() if fields.get("columnid", self.column_id) == self.column_id else range(0)
        if self.without_total and fields.get("unitid") != str(UNIT_ID):
            positions = range(0)  # this variant's proxy needs the unitid its column page names
        perpage = int_or(fields.get("perpage"), self.page_size) or self.page_size
        start = max(1, int_or(fields.get("startrecord"), 1))
        end = min(len(positions), max(start, int_or(fields.get("endrecord"), start + 3 * perpage - 1)))
        records = "".join(
            f"<record><![CDATA[{self.record(self.catalog.document(position))}]]></record>\n"
            for position in positions[start - 1:end]
        )
        totals = "" if self.without_total else (f"<totalrecord>{len(positions)}</totalrecord>"
                                                f"<totalpage>{math.ceil(len(positions) / perpage)}</totalpage>")
        answer = (
            f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><nextgroup><![CDATA[<a href=\"{DATAPROXY}?page=2\"></a>]]></nextgroup>\n"
            f"<recordset>\n{records}</recordset>{totals}</datastore>"
        )
        return Reply(200, answer.encode("utf-8"), "text/xml; charset=UTF-8", kind="api")

    def record(self, doc: Document) -> str:
        return (f'<li><a href="{self.detail_path(doc)}" title="{esc(doc.title)}" target="_blank">{esc(doc.title)}</a>'
                f"<span>{doc.published:%Y-%m-%d}</span></li>")

    def render_detail(self, doc: Document) -> str:
        attachment = chrome.attachment_links(doc, self.attachment_href(doc))
        body = (
            f"{chrome.header_nav(self.identity, ACCESSIBILITY_TOOLS)}\n"
            f"{chrome.breadcrumb(['首页', '政务公开', doc.column_name], '当前位置:', ' &gt; ')}\n"
            f'<div class="main">\n{chrome.synthetic_mark(doc)}{self.metadata(doc)}\n'
            f'<div class="title"><h1>{esc(doc.title)}</h1></div>\n'
            f'<div class="info">发布日期:{doc.published:%Y-%m-%d} 来源:{esc(doc.issuer or self.identity.sponsor)}'
            f' 浏览次数:<span id="visitcount">0</span> 字号:[ <a>大</a> <a>中</a> <a>小</a> ]</div>\n'
            f'<div id="zoom">\n{chrome.paragraphs(doc)}\n</div>\n'
            f"{chrome.article_tail(self.identity, attachment, label='相关附件:')}"
        )
        return self.detail_document(doc, body)

    def metadata(self, doc: Document) -> str:
        issuer = esc(doc.issuer or self.identity.sponsor)
        return (
            '<table class="xxgk_table">\n'
            f"<tr><td>信息索引号</td><td>{esc(doc.index_number or '')}</td><td>公开方式</td><td>主动公开</td></tr>\n"
            f"<tr><td>发布机构</td><td>{issuer}</td><td>生成日期</td><td>{doc.published:%Y-%m-%d}</td></tr>\n"
            f"<tr><td>文号</td><td></td><td>公开范围</td><td>面向社会</td></tr>\n"
            "</table>"
        )



def site_for(source: dict, catalog) -> Site:
    return HanwebSite(source, catalog)
