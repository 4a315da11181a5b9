"""TRS/WCM list layouts seen on real sites (tests/spiders/fixtures/real/trs), for replica-only sources.

A source picks one with ``platform_options.variant``:

``table_rows``
    樟树市's WCM column: one ``<tr>`` per document, ``.html`` links, the date as ``MM-DD``
    only, ``createPageHTML(pages, current, "index", "html")``.
``container_pager``
    The Sohu-style call ``createPageHTML('page_div', pages, current, 'index', 'shtml', records)``:
    ``current`` counts from 1 and page n (from 2) is ``index_n.shtml``.
``count_page``
    ``var countPage = N//共多少页`` with ``var currentPage = k`` (pages ``index_k.shtml``).
``document_writeln``
    The list written by ``document.writeln("…")`` strings: no list links in the HTML itself.
"""

from __future__ import annotations

from replica.catalog import Document
from replica.sites.chrome import esc
from replica.sites.trs import TrsSite


class TableRowsSite(TrsSite):
    suffix = "html"
    show_index_in_list = False

    def list_markup(self, documents: list[Document]) -> str:
        rows = "\n".join(
            '<tr valign="center"><td width="3%" height="25" align="center"><img src="/images/dot.jpg" /></td>'
            f'<td width="87%" height="25" align="left" class="STYLE25"><a href="{self.relative_href(doc)}" target="_blank">'
            f'<span class="STYLE25">{esc(doc.title)}</span></a></td>'
            f'<td width="10%"><span class="STYLE12">{doc.published:%m-%d}</span></td></tr>'
            for doc in documents)
        return f'<table width="99%" border="0" cellspacing="0" cellpadding="0">\n{rows}\n</table>'


class ContainerPagerSite(TrsSite):
    first_numbered_page = 2

    def pager_markup(self, page: int, pages: int) -> str:
        records = len(self.listed_positions())
        return f"<div id=\"page_div\"></div><script>createPageHTML('page_div',{pages},{page + 1},'index','shtml',{records});</script>"


class CountPageSite(TrsSite):
    def pager_markup(self, page: int, pages: int) -> str:
        return f"<script>\nvar countPage = {pages}//共多少页\nvar currentPage = {page}//当前页\n</script>"


class DocumentWritelnSite(TrsSite):
    def list_markup(self, documents: list[Document]) -> str:
        lines = ['document.writeln("<ul class=\\"list\\">");']
        for doc in documents:
            item = self.list_item(doc).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'document.writeln("{item}");')
        lines.append('document.writeln("</ul>");')
        return "<script>\n" + "\n".join(lines) + "\n</script>"


VARIANTS = {
    "table_rows": TableRowsSite,
    "container_pager": ContainerPagerSite,
    "count_page": CountPageSite,
    "document_writeln": DocumentWritelnSite,
}
