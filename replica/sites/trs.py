"""TRS-style static columns (Wuhan civil affairs, Yichang government notices).

Lists at ``{column}index.shtml`` then ``index_1.shtml`` …, the page count in an inline
``createPageHTML(pages, current, "index", "shtml")`` call; details at
``{column}YYYYMM/tYYYYMMDD_<id>.shtml`` with attachments ``./P0….pdf`` beside them.
Wuhan details carry the xxgk metadata table with spaced labels; Yichang's are notice pages
with a 栏目/发布时间 line and a summary paragraph above the body.
"""

from __future__ import annotations

import re

from replica.catalog import Document
from replica.messages import Reply
from replica.sites import chrome
from replica.sites.base import Site
from replica.sites.chrome import esc

PAGER_SCRIPT = """<script>
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var html = "";
  for(var i=0;i<_nPageCount;i++){
    var name = i==0 ? _sPageName+"."+_sPageExt : _sPageName+"_"+i+"."+_sPageExt;
    html += i==_nCurrIndex ? "<span class='current'>"+(i+1)+"</span>" : "<a href='"+name+"'>"+(i+1)+"</a>";
  }
  document.write("<div class='pagination'>"+html+"<span>共"+_nPageCount+"页</span></div>");
}
</script>
"""


class TrsSite(Site):
    page_size = 10
    trail = ("首页", "政务公开", "法定主动公开内容", "其他主动公开内容", "建议提案办理")
    show_index_in_list = True
    suffix = "shtml"
    first_numbered_page = 1  # the number in index_<n> of the second page

    def route_table(self) -> list:
        column, suffix = re.escape(self.column), re.escape(self.suffix)
        return [
            (rf"{column}(?:index\.{suffix})?", lambda request, match: self.list_reply(0)),
            (rf"{column}index_(?P<page>[1-9]\d*)\.{suffix}",
             lambda request, match: self.numbered_list_reply(int(match["page"]))),
            (rf"{column}\d{{6}}/t\d{{8}}_(?P<id>\d+)\.{suffix}", self.detail_reply),
            (rf"{column}\d{{6}}/P0\d+\.(?:pdf|docx|doc|xlsx)", self.attachment_reply),
        ]

    def numbered_list_reply(self, number: int) -> Reply | None:
        page = number - self.first_numbered_page + 1
        return self.list_reply(page) if page >= 1 else None

    def detail_path(self, doc: Document) -> str:
        return f"{self.column}{doc.url_date:%Y%m}/t{doc.url_date:%Y%m%d}_{doc.doc_id}.{self.suffix}"

    def relative_href(self, doc: Document) -> str:
        return f"./{doc.url_date:%Y%m}/t{doc.url_date:%Y%m%d}_{doc.doc_id}.{self.suffix}"

    def list_reply(self, page: int) -> Reply | None:
        pages = self.page_count()
        if page >= pages:
            return None
        column_name = self.catalog.profile.column_name
        body = (
            f"{chrome.header_nav(self.identity)}\n{chrome.breadcrumb([*self.trail, column_name], '当前位置:', ' &gt; ')}\n"
            f'<div class="list-box"><h2 class="column-title">{esc(column_name)}</h2>\n'
            f"{self.list_markup(self.page_documents(page))}\n"
            f'<div class="page">{self.pager_markup(page, pages)}</div>\n</div>\n'
            f"{chrome.footer(self.identity)}"
        )
        head = chrome.meta_tags(self.identity, column=column_name) + PAGER_SCRIPT
        return self.html(chrome.document_page(self.charset_label, f"{column_name}-{self.identity.site_name}", head, body), kind="list")

    def list_markup(self, documents: list[Document]) -> str:
        items = "\n".join(self.list_item(doc) for doc in documents)
        return f'<ul class="list">\n{items}\n</ul>'

    def pager_markup(self, page: int, pages: int) -> str:
        return f'<script>createPageHTML({pages}, {page}, "index", "{self.suffix}");</script>'

    def list_item(self, doc: Document) -> str:
        index = f'<span class="syh">{esc(doc.index_number)}</span>' if self.show_index_in_list and doc.index_number else ""
        return (f'<li><a href="{self.relative_href(doc)}" title="{esc(doc.title)}" target="_blank">{esc(doc.title)}</a>'
                f"<span>{doc.published:%Y-%m-%d}</span>{index}</li>")

    def render_detail(self, doc: Document) -> str:
        attachment = chrome.attachment_links(doc, f"./{doc.attachment.filename}" if doc.attachment else None)
        body = (
            f'<div class="top-bar"><a href="/">{esc(self.identity.site_name)}</a>'
            f"<span>数据开放平台</span><span>智能问答</span><span>繁体</span><span>登录</span><span>注册</span></div>\n"
            f"{chrome.header_nav(self.identity)}\n"
            f"{chrome.breadcrumb([*self.trail, doc.column_name], '当前位置:', ' &gt; ')}\n"
            f'<div class="article">\n{chrome.synthetic_mark(doc)}<h1 class="title">{esc(doc.title)}</h1>\n'
            f"{self.metadata(doc)}\n"
            f'<div id="zoom"><div class="TRS_UEDITOR trs_paper_default">\n{chrome.paragraphs(doc)}\n</div></div>\n'
            f"{chrome.article_tail(self.identity, attachment, '扫一扫在手机上查看当前页面', counter=True, always_label=True)}"
        )
        return self.detail_document(doc, body)

    def metadata(self, doc: Document) -> str:
        issuer = esc(doc.issuer or self.identity.sponsor)
        return (
            f'<div class="info"><span class="time">{doc.published:%Y-%m-%d %H:%M}</span> <span class="source">{issuer}</span></div>\n'
            '<table class="xxgk-table">\n'
            f'<tr><td class="label">索 引 号</td><td>{esc(doc.index_number or "")}</td>'
            f'<td class="label">发布日期</td><td>{doc.published:%Y-%m-%d}</td></tr>\n'
            f'<tr><td class="label">发布机构</td><td>{issuer}</td><td class="label">公开范围</td><td>面向社会</td></tr>\n'
            '<tr><td class="label">公开方式</td><td>主动公开</td><td class="label">文  号</td><td></td></tr>\n'
            '<tr><td class="label">主题分类</td><td>其他</td><td class="label">有 效 性</td><td>有效</td></tr>\n'
            "</table>"
        )


class TrsNoticeSite(TrsSite):
    """Government portal notices: no metadata table, a 栏目 line and an abstract instead."""

    trail = ("首页", "政务公开")
    show_index_in_list = False

    def metadata(self, doc: Document) -> str:
        column = f"{doc.issuer or self.identity.sponsor}-{doc.column_name}"
        abstract = "".join(doc.paragraphs)[:150]
        return (f'<div class="info">栏目:{esc(column)} 发布时间:{doc.published:%Y-%m-%d}</div>\n'
                f'<div class="summary">{esc(abstract)}</div>')


NOTICE_SOURCES = {"yichang-gov-tzgg"}


def site_for(source: dict, catalog) -> Site:
    from replica.sites.trs_variants import VARIANTS

    variant = (source.get("platform_options") or {}).get("variant")
    if variant:
        return VARIANTS[variant](source, catalog)
    return (TrsNoticeSite if source["id"] in NOTICE_SOURCES else TrsSite)(source, catalog)
