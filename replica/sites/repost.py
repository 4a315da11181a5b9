"""Repost sites: the traditional-character essay site and the 侦策百科 mirror.

Essay (靈感範文站): ``{column}`` then ``{column}list_N.html`` (``ul.article-list li``),
details ``{column}<id>.html`` with 位置:首頁 > 實用文 > 彙報材料, all in traditional
characters. Mirror (侦策百科): ``{column}`` then ``{column}list_N.html``
(``div.list dl dt``), details ``{column}<id>.html`` ending with the 扫描二维码查看原文 block.
Attachments sit beside the details (``{column}P0….pdf``).
"""

from __future__ import annotations

import re

from replica.catalog import Document
from replica.sites import chrome
from replica.sites.chrome import esc
from replica.sites.paged import PagedListSite

ESSAY_NAV = '<ul class="nav"><li><a href="/">首頁</a></li><li><a href="/syw/">實用文</a></li><li><a href="/gzzj/">工作總結</a></li><li><a href="/syw/hbcl/">彙報材料</a></li><li><a href="/xdth/">心得體會</a></li></ul>'
ESSAY_FOOTER = '<div class="footer"><p>本站文章均來自網絡,如有侵權請聯繫刪除。</p><p>Copyright © 靈感範文站 版權所有 {icp}</p></div>'
MIRROR_QR = (
    '<div class="yuanwen"><img src="/uploads/allimg/20210508/1-21050Q11431415.jpg" alt="">'
    "<p>扫描二维码查看原文</p><p>侦策百科收集整理,相关权利归属源作者</p>"
    "<p>如二维码无法正常访问,请联系客服免费提供原文链接。</p></div>"
)


class RepostSite(PagedListSite):
    def route_table(self) -> list:
        column = re.escape(self.column)
        return [
            *self.list_route_table(),
            (rf"{column}(?P<id>\d+)\.html", self.detail_reply),
            (rf"{column}P0\d+\.(?:pdf|docx|doc|xlsx)", self.attachment_reply),
        ]

    def detail_path(self, doc: Document) -> str:
        return f"{self.column}{doc.doc_id}.html"


class EssaySite(RepostSite):
    next_label = "下一頁"
    previous_label = "上一頁"
    first_label = "首頁"
    last_label = "尾頁"
    total_label = "共{pages}頁"

    def page_shell(self, title: str, head: str, content: str) -> str:
        body = (f'<div class="header"><div class="logo"><a href="/">靈感範文站</a></div>{ESSAY_NAV}</div>\n'
                f'<div class="position">位置:<a href="/">首頁</a> &gt; <a href="/syw/">實用文</a> &gt; <a href="{self.column}">彙報材料</a></div>\n'
                f"{content}\n{ESSAY_FOOTER.format(icp=esc(self.identity.icp))}")
        return chrome.document_page(self.charset_label, title, head, body, lang="zh-Hant")

    def describe(self, doc: Document) -> dict:
        """An essay site's 時間 is when the copy was posted, never the document's date (docs/labelling.md point
        100): the document has a publish_date only where its own text prints it (its dated signature)."""
        described = super().describe(doc)
        printed = f"{doc.published.year}年{doc.published.month}月{doc.published.day}日"
        if not any(paragraph.strip() == printed for paragraph in doc.paragraphs):
            described["publish_date"] = None
        return described

    def render_list(self, page: int, documents: list[Document]) -> str:
        items = self.list_links(documents, '<li><a href="{href}" title="{title}">{title}</a><span>{date}</span></li>')
        content = f'<div class="list-main"><h2>彙報材料</h2><ul class="article-list">\n{items}\n</ul>\n{self.pager(page)}</div>'
        return self.page_shell(f"彙報材料_靈感範文站 第{page}頁", "", content)

    def render_detail(self, doc: Document) -> str:
        attachment = chrome.attachment_links(doc, self.attachment_href(doc))
        content = (
            f'<div class="article">\n{chrome.synthetic_mark(doc)}<h1>{esc(doc.title)}</h1>\n'
            f'<div class="info">時間:{doc.published:%Y-%m-%d} 來源:網友投稿</div>\n'
            f'<div class="summary">{esc(doc.title)}</div>\n'
            f'<div class="content">\n<p><strong>{esc(doc.title)}</strong></p>\n{chrome.paragraphs(doc)}\n</div>\n'
            f"{chrome.attachments_block(attachment, '附件:') if attachment else ''}\n"
            '<div class="prenext"><p>上一篇:<a href="/">工作總結範文</a></p><p>下一篇:<a href="/">述職報告範文</a></p></div>\n</div>'
        )
        head = f'<meta name="keywords" content="{esc(doc.title)}">\n'
        return self.page_shell(f"{doc.title}_靈感範文站", head, content)


class MirrorSite(RepostSite):
    def render_list(self, page: int, documents: list[Document]) -> str:
        items = self.list_links(documents, '<dl><dt><a href="{href}" title="{title}">{title}</a></dt><dd>{date}</dd></dl>')
        body = (
            f"{chrome.header_nav(self.identity)}\n{chrome.breadcrumb(['首页', '政府文件'], '当前位置:', ' &gt; ')}\n"
            f'<div class="list">\n{items}\n</div>\n{self.pager(page)}\n{self.footer()}'
        )
        return chrome.document_page(self.charset_label, f"政府文件_侦策百科 第{page}页", "", body)

    def render_detail(self, doc: Document) -> str:
        attachment = chrome.attachment_links(doc, self.attachment_href(doc))
        body = (
            f"{chrome.header_nav(self.identity)}\n{chrome.breadcrumb(['首页', '政府文件'], '当前位置:', ' &gt; ')}\n"
            f'<div class="arc">\n{chrome.synthetic_mark(doc)}<h1>{esc(doc.title)}</h1>\n'
            f'<div class="arc-info">发布时间:{doc.published:%Y-%m-%d} 来源:网络整理</div>\n'
            f'<div class="arc-body">\n{chrome.paragraphs(doc, indent="  ")}\n</div>\n'
            f"{chrome.attachments_block(attachment) if attachment else ''}\n{MIRROR_QR}\n</div>\n{self.footer()}"
        )
        head = f'<meta name="keywords" content="{esc(doc.title)}">\n<meta name="description" content="{esc("".join(doc.paragraphs)[:120])}">\n'
        return chrome.document_page(self.charset_label, f"{doc.title}-侦策百科", head, body)

    def footer(self) -> str:
        return f'<div class="footer"><p>侦策百科 版权所有 {esc(self.identity.icp)}</p></div>'


LAYOUTS = {"lgfwz-essay": EssaySite, "zcbk-mirror": MirrorSite}


def site_for(source: dict, catalog) -> RepostSite:
    return LAYOUTS.get(source["id"], MirrorSite)(source, catalog)
