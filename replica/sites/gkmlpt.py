"""Guangdong ``gkmlpt`` disclosure catalogue (Guangzhou civil affairs).

``/gkmlpt/index`` is a JS application; the data come from
``GET /gkmlpt/api/all/<column>?page=<n>&sid=<sid>`` (JSON, ``articles``/``total``/``size``).
Details ``/gkmlpt/content/<a>/<abcd>/post_<id>.html`` (the API gives them absolute, with
``#<column>``); attachments ``/attachment/0/<abcd>/<file>.pdf``.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta, timezone

from replica.catalog import Document
from replica.messages import Reply, Request
from replica.sites import chrome
from replica.sites.base import Site, int_or
from replica.sites.chrome import esc

CHINA = timezone(timedelta(hours=8))


class GkmlptSite(Site):
    page_size = 10

    def __init__(self, source: dict, catalog):
        options = source.get("platform_options") or {}
        self.column_id = str(options.get("column") or source["columns"][0].rsplit("#", 1)[-1])
        self.sid = str(options.get("sid", ""))
        # variant epoch_post_url: a department under a path prefix whose API answers with epoch
        # times, post_url (mpost_ pages) and classify.post_count instead of url/size/total
        self.epoch_answers = options.get("variant") == "epoch_post_url"
        column_path = source["columns"][0].split("#", 1)[0]
        self.prefix = column_path.split("/gkmlpt/", 1)[0] if "/gkmlpt/" in column_path else ""
        super().__init__(source, catalog)

    def route_table(self) -> list:
        prefix = re.escape(self.prefix)
        return [
            (rf"{prefix}/gkmlpt/(?:index)?", lambda request, match: self.application_shell()),
            (rf"{prefix}/gkmlpt/api/all/(?P<column>\d+)", self.api_page),
            (rf"{prefix}/gkmlpt/content/\d/\d{{1,4}}/m?post_(?P<id>\d+)\.html", self.detail_reply),
            (r"/attachment/0/\d+/P0\d+\.(?:pdf|docx|doc|xlsx)", self.attachment_reply),
        ]

    def detail_path(self, doc: Document) -> str:
        digits = str(doc.doc_id)
        page = "mpost" if self.epoch_answers else "post"
        return f"{self.prefix}/gkmlpt/content/{digits[0]}/{digits[:4]}/{page}_{digits}.html"

    def attachment_path(self, doc: Document) -> str:
        return f"/attachment/0/{str(doc.doc_id)[:4]}/{doc.attachment.filename}"

    def application_shell(self) -> Reply:
        body = (
            f"{chrome.header_nav(self.identity)}\n"
            f'<div id="app" data-sid="{esc(self.sid)}"></div>\n'
            '<script src="/gkmlpt/static/js/manifest.js"></script><script src="/gkmlpt/static/js/app.js"></script>\n'
            f"{chrome.footer(self.identity)}"
        )
        head = chrome.meta_tags(self.identity, column="政府信息公开目录")
        return self.html(chrome.document_page(self.charset_label, f"政府信息公开-{self.identity.site_name}", head, body), kind="list")

    def api_page(self, request: Request, match: re.Match) -> Reply:
        page = max(1, int_or(request.query.get("page"), 1))
        known = match["column"] == self.column_id
        documents = self.page_documents(page - 1) if known else []
        total = len(self.listed_positions()) if known else 0
        if self.epoch_answers:
            answer = {"articles": [self.epoch_article(doc) for doc in documents],
                      "classify": {"id": int(self.column_id), "post_count": total}}
        else:
            answer = {"articles": [self.article(doc) for doc in documents], "total": total, "page": page,
                      "size": self.page_size}
        body = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return Reply(200, body, "application/json; charset=utf-8", kind="api")

    def article(self, doc: Document) -> dict:
        published = doc.published.replace(tzinfo=CHINA)
        return {
            "id": doc.doc_id,
            "identifier": doc.index_number or "",
            "publisher": doc.issuer or self.identity.sponsor,
            "title": doc.title,
            "url": f"{self.detail_url(doc)}#{self.column_id}",
            "display_publish_time": f"{doc.published:%Y-%m-%d %H:%M:%S}",
            "first_publish_time": int(published.timestamp()),
            "attachment": bool(doc.attachment),
        }

    def epoch_article(self, doc: Document) -> dict:
        published = int(doc.published.replace(tzinfo=CHINA).timestamp())
        return {"id": doc.doc_id, "identifier": doc.index_number or "", "publisher": doc.issuer or self.identity.sponsor,
                "title": doc.title, "post_url": self.detail_url(doc), "display_publish_time": published,
                "first_publish_time": published, "date": published, "attachment": bool(doc.attachment)}

    def render_detail(self, doc: Document) -> str:
        attachment = chrome.attachment_links(doc, self.attachment_href(doc))
        body = (
            f"{chrome.header_nav(self.identity, '<span>无障碍</span><span>关怀版</span>')}\n"
            f"{chrome.breadcrumb(['首页', '政务公开', '政府信息公开目录', doc.column_name], '当前位置:', ' &gt; ')}\n"
            f'<div class="content">\n{chrome.synthetic_mark(doc)}{self.metadata(doc)}\n'
            f'<h1 class="content-title">{esc(doc.title)}</h1>\n'
            f'<div class="article-content">\n{chrome.paragraphs(doc)}\n</div>\n'
            f"{chrome.article_tail(self.identity, attachment)}"
        )
        return self.detail_document(doc, body)

    def metadata(self, doc: Document) -> str:
        issuer = esc(doc.issuer or self.identity.sponsor)
        return (
            '<table class="classify">\n'
            f"<tr><td class=\"label\">索引号:</td><td>{esc(doc.index_number or '')}</td>"
            f'<td class="label">分类:</td><td>{esc(doc.column_name)}</td></tr>\n'
            f'<tr><td class="label">发布机构:</td><td>{issuer}</td>'
            f'<td class="label">成文日期:</td><td>{doc.published:%Y-%m-%d}</td></tr>\n'
            f'<tr><td class="label">名称:</td><td colspan="3">{esc(doc.title)}</td></tr>\n'
            f'<tr><td class="label">文号:</td><td></td><td class="label">发布日期:</td><td>{doc.published:%Y-%m-%d}</td></tr>\n'
            '<tr><td class="label">公开方式:</td><td>主动公开</td><td class="label">主题词:</td><td></td></tr>\n'
            "</table>"
        )



def site_for(source: dict, catalog) -> Site:
    return GkmlptSite(source, catalog)
