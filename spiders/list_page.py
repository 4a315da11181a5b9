"""One list page or API answer, read the way its platform serves it.

:func:`read_list_page` is what ``banli parse-list`` prints and what the platform spiders
walk by: the documents (URL, title, date as the list shows them) and the pager
(:class:`spiders.listing.Pager`). Hand-set selectors in ``platform_options``
(``item_selector``, ``link_selector``, ``date_selector``, ``next_page_selector``) override
the automatic reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from parsel import Selector

from spiders import listing
from spiders.fingerprint import fingerprint, json_answer
from spiders.listing import ListItem, Pager


@dataclass
class ListPage:
    platform: str
    items: list[ListItem]
    pager: Pager

    def as_json(self) -> dict:
        return {"platform": self.platform, "items": [item.as_json() for item in self.items],
                "next": list(self.pager.next_urls), "complete": self.pager.complete}


class NotAListPage(ValueError):
    """The text cannot be read as the named platform's list page or answer."""


def read_list_page(text: str, url: str, platform: str | None = None, options: dict | None = None) -> ListPage:
    """The page read as ``platform`` (as given, else recognised from the page). A gkmlpt or
    jpaas page that is not their API's JSON (a saved column page) is read as plain HTML unless
    the platform was named, in which case :class:`NotAListPage` says what was expected."""
    named = platform
    platform = platform or fingerprint(text, url)
    options = options or {}
    api_answer = json_answer(text) is not None
    if platform == "gkmlpt" and (api_answer or named):
        return read_gkmlpt(text, url)
    if platform == "jpaas" and (api_answer or named):
        return read_jpaas(text, url)
    if platform == "hanweb":
        items = page_items(text, url, options)
        return ListPage(platform, items, listing.hanweb_pager(text, url, len(listing.RECORD.findall(text))))
    tree = listing.page_tree(text)
    items = page_items(text, url, options, tree)
    return ListPage(platform, items, page_pager(text, url, options, tree))


def read_gkmlpt(text: str, url: str) -> ListPage:
    answer = json_answer(text)
    if answer is None:
        raise NotAListPage("a gkmlpt list is a JSON answer of /gkmlpt/api/all/<column>; this is not JSON")
    items = listing.gkmlpt_items(answer, url)
    return ListPage("gkmlpt", items, listing.gkmlpt_pager(answer, url, len(items)))


def read_jpaas(text: str, url: str) -> ListPage:
    answer = json_answer(text)
    html = (answer or {}).get("data", {}).get("html") if isinstance((answer or {}).get("data"), dict) else None
    if not isinstance(html, str):
        raise NotAListPage('a jpaas list is a JSON answer {"data": {"html": …}}; no data.html here')
    items = listing.find_items(html, url)
    return ListPage("jpaas", items, listing.jpaas_pager(url, len(items)))


def page_items(text: str, url: str, options: dict, tree=None) -> list[ListItem]:
    if options.get("item_selector"):
        return selector_items(text, url, options)
    return listing.find_items(text, url, tree)


def page_pager(text: str, url: str, options: dict, tree) -> Pager:
    """The hand-set next-page link when there is one, else the page's own pager; a page with
    no pager at all proves nothing (not complete, nothing next)."""
    selector = options.get("next_page_selector")
    if selector:
        href = Selector(text=text).css(f"{selector}::attr(href)").get()
        if listing.usable_href(href) and urljoin(url, href.strip()) != url:
            return Pager([urljoin(url, href.strip())], False)
    return listing.read_pager(text, url, tree) or Pager([], False)


def selector_items(text: str, url: str, options: dict) -> list[ListItem]:
    """Entries chosen by the source's hand-set selectors (the override)."""
    link_selector = options.get("link_selector", "a")
    date_selector = options.get("date_selector")
    items, seen = [], set()
    for entry in Selector(text=text).css(options["item_selector"]):
        href = entry.css(f"{link_selector}::attr(href)").get()
        if not listing.usable_href(href):
            continue
        item_url = urljoin(url, href.strip()).split("#")[0]
        if item_url in seen:
            continue
        seen.add(item_url)
        items.append(selected_item(entry, item_url, link_selector, date_selector))
    return items


def selected_item(entry, url: str, link_selector: str, date_selector: str | None) -> ListItem:
    """Title from the link's ``title`` or text; date from ``date_selector``, else the text
    outside the link, else the whole entry; index number from a ``.syh`` span."""
    link = entry.css(link_selector)[:1]
    title = (link.attrib.get("title") if link else None) or " ".join(" ".join(link.css("::text").getall()).split())
    date_texts = [entry.css(f"{date_selector} ::text").getall()] if date_selector else []
    date_texts += [entry.xpath(".//text()[not(ancestor::a)]").getall(), entry.css("::text").getall()]
    date = next(filter(None, (listing.row_date(" ".join(texts), url) for texts in date_texts)), None)
    index_number = " ".join(entry.css(".syh ::text").getall()).strip()
    return ListItem(url, title or None, date, index_number or None)
