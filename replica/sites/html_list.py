"""Numeric-id and CSS-selector lists: Jiading (Shanghai district) and Yichun (GBK).

Jiading: ``{column}/index.html`` and ``{column}/index_N.html`` are shells whose
``<iframe>`` holds the real list ``{column}/list_N.html`` (``ul.list li`` with
``span.date``); details ``{column}/<id>`` with the ``索引号: | … | 发布机构: | 区民政局 |``
table. Yichun: ``{column}list.html``, ``{column}list_N.html`` (``div.news-list li``);
details ``{column}YYYYMM/tYYYYMMDD_<id>.html`` with the long breadcrumb and no
metadata table, all served in GBK.
"""

from __future__ import annotations

import re

from replica.catalog import Document
from replica.sites import chrome
from replica.sites.chrome import esc
from replica.sites.paged import PagedListSite

JIADING_TRAIL = ["首页", "政务公开", "基层政务公开", "建议提案办理", "区民政局"]
YICHUN_TRAIL = ["首页", "政务公开", "信息公开", "法定主动公开内容", "结果公开", "建议提案办理公开", "人大建议"]


class JiadingSite(PagedListSite):
    issuer_label = "区民政局"

    def route_table(self) -> list:
        column = re.escape(self.column)
        return [
            *self.list_route_table(),
            (rf"{column}/list_(?P<page>[1-9]\d*)\.html", lambda request, match: self.inner_list(int(match["page"]))),
            (rf"{column}/(?P<id>\d+)", self.detail_reply),
            (rf"{column}/P0\d+\.(?:pdf|docx|doc|xlsx)", self.attachment_reply),
        ]

    def detail_path(self, doc: Document) -> str:
        return f"{self.column}/{doc.doc_id}"

    def inner_path(self, page: int) -> str:
        return f"{self.column}/list_{page}.html"

    def render_list(self, page: int, documents: list[Document]) -> str:
        """The column page: chrome around an iframe that holds the actual list."""
        body = (
            f"{chrome.header_nav(self.identity)}\n{chrome.breadcrumb(JIADING_TRAIL, '当前位置:', ' &gt; ')}\n"
            f'<div class="main"><div class="column-title">人大代表建议和政协提案办理</div>\n'
            f'<iframe id="listFrame" src="{self.inner_path(page)}" width="100%" height="760" frameborder="0" scrolling="no"></iframe>\n'
            f"</div>\n{chrome.footer(self.identity)}"
        )
        head = chrome.meta_tags(self.identity, column="人大代表建议和政协提案办理")
        return chrome.document_page(self.charset_label, f"人大代表建议和政协提案办理_{self.identity.site_name}", head, body)

    def inner_list(self, page: int):
        if page > self.page_count():
            return None
        items = self.list_links(self.page_documents(page - 1),
                                '<li><a href="{href}" title="{title}" target="_parent">{title}</a><span class="date">{date}</span></li>')
        body = f'<ul class="list">\n{items}\n</ul>\n{self.pager(page, self.inner_path)}'
        return self.html(chrome.document_page(self.charset_label, "列表", "", body), kind="list")

    def render_detail(self, doc: Document) -> str:
        attachment = chrome.attachment_links(doc, self.attachment_href(doc))
        body = (
            f"{chrome.header_nav(self.identity)}\n{chrome.breadcrumb(JIADING_TRAIL, '当前位置:', ' &gt; ')}\n"
            f'<div class="main">\n{chrome.synthetic_mark(doc)}{self.metadata(doc)}\n'
            f'<h1 class="article-title">{esc(doc.title)}</h1>\n'
            f'<div class="article-content" id="ivs_content">\n{chrome.paragraphs(doc)}\n</div>\n'
            f"{chrome.article_tail(self.identity, attachment)}"
        )
        return self.detail_document(doc, body)

    def metadata(self, doc: Document) -> str:
        return (
            '<table class="xxgk-info">\n'
            f"<tr><td>索引号:</td><td>{esc(doc.index_number or '')}</td><td>发布机构:</td><td>{self.issuer_label}</td></tr>\n"
            f"<tr><td>发文日期:</td><td>{doc.published.year}年{doc.published.month}月{doc.published.day}日</td>"
            "<td>主题分类:</td><td>政务公告</td></tr>\n"
            '<tr><td>关键词:</td><td colspan="3"></td></tr>\n'
            "</table>"
        )


class YichunSite(PagedListSite):
    def route_table(self) -> list:
        column = re.escape(self.column)
        return [
            *self.list_route_table(),
            (rf"{column}\d{{6}}/t\d{{8}}_(?P<id>\d+)\.html", self.detail_reply),
            (rf"{column}\d{{6}}/P0\d+\.(?:pdf|docx|doc|xlsx)", self.attachment_reply),
        ]

    def detail_path(self, doc: Document) -> str:
        return f"{self.column}{doc.url_date:%Y%m}/t{doc.url_date:%Y%m%d}_{doc.doc_id}.html"

    def render_list(self, page: int, documents: list[Document]) -> str:
        items = self.list_links(documents, '<li><a href="{href}" title="{title}" target="_blank">{title}</a><span>{date}</span></li>')
        body = (
            f"{chrome.header_nav(self.identity)}\n{chrome.breadcrumb(YICHUN_TRAIL, '您当前所在位置:', '&gt;')}\n"
            f'<div class="news-list"><ul>\n{items}\n</ul></div>\n{self.pager(page)}\n{chrome.footer(self.identity)}'
        )
        head = chrome.meta_tags(self.identity, column="人大建议")
        return chrome.document_page(self.charset_label, f"人大建议-{self.identity.site_name}", head, body)

    def render_detail(self, doc: Document) -> str:
        attachment = chrome.attachment_links(doc, f"./{doc.attachment.filename}" if doc.attachment else None)
        body = (
            f"{chrome.header_nav(self.identity)}\n{chrome.breadcrumb(YICHUN_TRAIL, '您当前所在位置:', '&gt;')}\n"
            f'<div class="article">\n{chrome.synthetic_mark(doc)}<h1>{esc(doc.title)}</h1>\n'
            f'<div class="info">发布时间:{doc.published:%Y-%m-%d} 访问量:<span id="hits"></span></div>\n'
            '<div class="related">关联稿件:</div>\n'
            f'<div class="content"><div class="TRS_Editor"><p align="center"><strong>{esc(doc.title)}</strong></p>\n'
            f"{chrome.paragraphs(doc)}\n</div></div>\n"
            f"{chrome.attachments_block(attachment)}\n{chrome.qr_line('扫一扫在手机打开当前页')}\n"
            '<div class="tools"><a href="#top">返回顶部</a><a href="javascript:window.close()">关闭本页</a></div>\n</div>\n'
            f"{chrome.footer(self.identity)}"
        )
        return self.detail_document(doc, body)


LAYOUTS = {"jiading-mzj": JiadingSite, "yichun-mzj-rdjy": YichunSite}


def site_for(source: dict, catalog) -> PagedListSite:
    return LAYOUTS.get(source["id"], YichunSite)(source, catalog)
