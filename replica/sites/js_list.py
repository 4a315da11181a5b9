"""JavaScript-rendered column lists (a city civil-affairs site built on a front-end framework).

``{column}index.html`` (``?page=N`` for later pages) arrives with an empty
``<ul class="news-list">``; its script fetches ``/api/list?channelId=<id>&page=N&pageSize=10``
(JSON ``{"code": 200, "data": {"total", "pageCount", "page", "list": [{"title", "url",
"publishDate"}]}}``) and injects one ``<li><a>…</a><span class="date">…</span></li>`` per item,
then a pager whose ``a.next`` links ``?page=N+1``. Details are plain HTML at
``{column}YYYY-MM/DD/content_<id>.shtml``; attachments sit beside them.
"""

from __future__ import annotations

import json
import re

from replica.catalog import Document
from replica.messages import Reply, Request
from replica.sites import chrome
from replica.sites.base import Site, int_or
from replica.sites.chrome import esc

API_PATH = "/api/list"
TRAIL = ["首页", "政务公开", "法定主动公开内容", "建议提案办理"]
LIST_SCRIPT = """<script>
(function () {
  var page = parseInt(new URLSearchParams(location.search).get("page") || "1", 10);
  fetch("%(api)s?channelId=%(channel)s&page=" + page + "&pageSize=%(size)d", {credentials: "same-origin"})
    .then(function (answer) { return answer.json(); })
    .then(function (answer) { render(answer.data, page); });

  function render(data, page) {
    var list = document.querySelector("ul.news-list");
    data.list.forEach(function (item) {
      var entry = document.createElement("li"), link = document.createElement("a"), date = document.createElement("span");
      link.href = item.url; link.title = item.title; link.target = "_blank"; link.textContent = item.title;
      date.className = "date"; date.textContent = item.publishDate.slice(0, 10);
      entry.appendChild(link); entry.appendChild(date); list.appendChild(entry);
    });
    if (!data.list.length) { list.innerHTML = '<li class="empty">暂无信息</li>'; }
    var pager = document.querySelector("div.pager"), parts = [];
    if (page > 1) { parts.push('<a class="prev" href="?page=' + (page - 1) + '">上一页</a>'); }
    parts.push('<span class="current">' + page + '/' + data.pageCount + '</span>');
    parts.push(page < data.pageCount ? '<a class="next" href="?page=' + (page + 1) + '">下一页</a>'
                                     : '<span class="next-disabled">下一页</span>');
    pager.innerHTML = parts.join("") + '<span>共' + data.total + '条</span>';
  }
})();
</script>"""


class JsListSite(Site):
    page_size = 10

    def __init__(self, source: dict, catalog):
        options = source.get("platform_options") or {}
        self.channel = str(options.get("channel") or re.sub(r"\D", "", source["columns"][0]) or "1")
        super().__init__(source, catalog)

    def route_table(self) -> list:
        column = re.escape(self.column)
        return [
            (rf"{column}(?:index\.html)?", lambda request, match: self.list_shell()),
            (re.escape(API_PATH), lambda request, match: self.api_page(request)),
            (rf"{column}\d{{4}}-\d{{2}}/\d{{2}}/content_(?P<id>\d+)\.shtml", self.detail_reply),
            (rf"{column}\d{{4}}-\d{{2}}/\d{{2}}/P0\d+\.(?:pdf|docx|doc|xlsx)", self.attachment_reply),
        ]

    def detail_path(self, doc: Document) -> str:
        return f"{self.column}{doc.url_date:%Y-%m}/{doc.url_date:%d}/content_{doc.doc_id}.shtml"

    def list_shell(self) -> Reply:
        """The same HTML for every page: the script reads ``?page=`` and fetches the items."""
        column_name = self.catalog.profile.column_name
        script = LIST_SCRIPT % {"api": API_PATH, "channel": self.channel, "size": self.page_size}
        body = (
            f"{chrome.header_nav(self.identity)}\n{chrome.breadcrumb([*TRAIL, column_name], '当前位置:', ' &gt; ')}\n"
            f'<div class="list-box"><h2 class="column-title">{esc(column_name)}</h2>\n'
            '<ul class="news-list"></ul>\n<div class="pager"></div>\n</div>\n'
            f"{chrome.footer(self.identity)}\n{script}"
        )
        head = chrome.meta_tags(self.identity, column=column_name)
        return self.html(chrome.document_page(self.charset_label, f"{column_name}-{self.identity.site_name}", head, body),
                         kind="list")

    def api_page(self, request: Request) -> Reply:
        page = max(1, int_or(request.query.get("page"), 1))
        known = request.query.get("channelId") == self.channel
        documents = self.page_documents(page - 1) if known else []
        data = {
            "total": len(self.listed_positions()) if known else 0,
            "pageCount": self.page_count() if known else 0,
            "page": page,
            "list": [{"title": doc.title, "url": self.detail_path(doc),
                      "publishDate": f"{doc.published:%Y-%m-%d %H:%M:%S}"} for doc in documents],
        }
        body = json.dumps({"code": 200, "msg": "success", "data": data}, ensure_ascii=False, separators=(",", ":"))
        return Reply(200, body.encode("utf-8"), "application/json; charset=utf-8", kind="api")

    def render_detail(self, doc: Document) -> str:
        attachment = chrome.attachment_links(doc, self.attachment_href(doc))
        body = (
            f"{chrome.header_nav(self.identity)}\n"
            f"{chrome.breadcrumb([*TRAIL, doc.column_name], '当前位置:', ' &gt; ')}\n"
            f'<div class="article">\n{chrome.synthetic_mark(doc)}{self.metadata(doc)}\n'
            f'<h1 class="article-title">{esc(doc.title)}</h1>\n'
            f'<div class="article-content" id="content">\n{chrome.paragraphs(doc)}\n</div>\n'
            f"{chrome.article_tail(self.identity, attachment)}"
        )
        return self.detail_document(doc, body)

    def metadata(self, doc: Document) -> str:
        issuer = esc(doc.issuer or self.identity.sponsor)
        return (
            '<table class="gk-info">\n'
            f"<tr><th>索引号</th><td>{esc(doc.index_number or '')}</td><th>发布机构</th><td>{issuer}</td></tr>\n"
            f"<tr><th>成文日期</th><td>{doc.published:%Y-%m-%d}</td><th>发布日期</th><td>{doc.published:%Y-%m-%d}</td></tr>\n"
            f"<tr><th>文号</th><td></td><th>主题分类</th><td>{esc(doc.column_name)}</td></tr>\n"
            "</table>"
        )


def site_for(source: dict, catalog) -> Site:
    return JsListSite(source, catalog)
