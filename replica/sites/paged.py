"""Lists paged by URL templates and a 下一页 link, as ``platform_options`` describe them.

Shared by the html_list sites (Jiading, Yichun) and the repost sites (essay, mirror): page 1
is ``first_page``, page n ≥ 2 is ``list_pages`` with ``{page}`` = n; every page but the
last carries ``<a class="next">``.
"""

from __future__ import annotations

import re

from replica.catalog import Document
from replica.messages import Reply
from replica.sites.base import Site
from replica.sites.chrome import esc

PAGE_MARK = "9999999"


class PagedListSite(Site):
    page_size = 10
    next_label = "下一页"
    previous_label = "上一页"
    first_label = "首页"
    last_label = "尾页"
    total_label = "共{pages}页"

    def __init__(self, source: dict, catalog):
        options = source.get("platform_options") or {}
        self.first_page_template = options.get("first_page", "{column}")
        self.list_pages_template = options.get("list_pages", "{column}list_{page}.html")
        super().__init__(source, catalog)

    def list_route_table(self) -> list:
        """Routes for the list pages themselves (page 1 and pages from 2)."""
        first = re.escape(self.first_page_template.format(column=self.column))
        later = re.escape(self.list_pages_template.format(column=self.column, page=PAGE_MARK))
        later = later.replace(PAGE_MARK, r"(?P<page>[2-9]|[1-9]\d+)")
        return [
            (first, lambda request, match: self.list_reply(1)),
            (later, lambda request, match: self.list_reply(int(match["page"]))),
        ]

    def list_page_path(self, page: int) -> str:
        if page == 1:
            return self.first_page_template.format(column=self.column)
        return self.list_pages_template.format(column=self.column, page=page)

    def list_reply(self, page: int) -> Reply | None:
        if page > self.page_count():
            return None
        html = self.render_list(page, self.page_documents(page - 1))
        return self.html(html, kind="list")

    def render_list(self, page: int, documents: list[Document]) -> str:
        raise NotImplementedError

    def pager(self, page: int, path_of=None) -> str:
        """首页 / 上一页 / numbers / 下一页 (``a.next``) / 尾页, as these CMSs print them."""
        path_of = path_of or self.list_page_path
        pages = self.page_count()
        parts = [f'<a href="{path_of(1)}">{self.first_label}</a>']
        if page > 1:
            parts.append(f'<a class="prev" href="{path_of(page - 1)}">{self.previous_label}</a>')
        for number in range(max(1, page - 2), min(pages, page + 2) + 1):
            parts.append(f'<span class="current">{number}</span>' if number == page
                         else f'<a href="{path_of(number)}">{number}</a>')
        if page < pages:
            parts.append(f'<a class="next" href="{path_of(page + 1)}">{self.next_label}</a>')
        else:
            parts.append(f'<span class="next-disabled">{self.next_label}</span>')
        parts.append(f'<a href="{path_of(pages)}">{self.last_label}</a><span>{self.total_label.format(pages=pages)}</span>')
        return f'<div class="pages">{"".join(parts)}</div>'

    def list_links(self, documents: list[Document], item: str) -> str:
        """One entry per document; ``item`` is a format string with href, title, date."""
        return "\n".join(
            item.format(href=self.detail_path(doc), title=esc(doc.title), date=f"{doc.published:%Y-%m-%d}")
            for doc in documents
        )
