"""Read a list page without hand-set selectors: its documents (with their dates) and its pager.

Pure functions over text: no requests, no Scrapy. A list page is read in three steps:

1. Lists written by script are made visible: Hanweb ``<record><![CDATA[…]]></record>``
   records and ``document.write(ln)("…")`` strings are appended as HTML.
2. Every same-host link is grouped with the links that sit at the same DOM path (tags and
   classes from the root, positions ignored); the group with the most document-like links
   and listed dates is the list. A link's *row* is its highest ancestor holding no other
   link of the group (the ``li``, the ``tr``, the ``div.item``).
3. The pager says what follows and whether the page proves that nothing does
   (:func:`read_pager`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree
from lxml import html as lxml_html

DATE_ONLY = re.compile(r"[\[(（【]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[\])）】]?")
DATE_PATTERN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
PARTIAL_DATE = re.compile(r"(?<![\d-])(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?![\d-])")
URL_DATES = (
    re.compile(r"t((?:19|20)\d{2})(\d{2})(\d{2})_\d+"),
    re.compile(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"),
    re.compile(r"/((?:19|20)\d{2})-?(\d{2})/(\d{2})/"),
)
DOCUMENT_PATH = re.compile(
    r"t\d{8}_\d+|art_\d+_\d+|art_[0-9a-f]{32}|m?post_\d+|content_\d+|/\d{5,}(?:\.\w+)?$|\d{6,}\.\w+$"
    r"|/[0-9a-f]{16,}\.\w+$", re.I)
DOCUMENT_QUERY = re.compile(r"(?:^|&)(?:id|infoid|articleid|contentid|docid|newsid|itemid|wid)=\w{3,}", re.I)
LIST_PAGE_PATH = re.compile(r"(?:^|/)(?:index|list|default)(?:_\d+)?\.\w+$|/$", re.I)
SKIPPED_SCHEMES = ("javascript:", "#", "mailto:", "tel:")
ATTACHMENT_ENDINGS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".zip", ".rar", ".jpg", ".png")
RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
# One string literal written whole (a concatenation such as a pager's ``"…_" + nextPage + "…"``
# is script logic, not a list).
SCRIPT_STRING = re.compile(r"document\.write(?:ln)?\(\s*(['\"])((?:\\.|(?!\1)[^\\])*)\1\s*\)", re.S)
NEXT_WORDS = ("下一页", "下页", "后一页")
PAGER_WORDS = frozenset(("首页", "上一页", "上页", "前一页", *NEXT_WORDS, "尾页", "末页", "最后一页"))
CHINA = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")  # no daylight saving since 1991


@dataclass
class ListItem:
    url: str
    title: str | None = None
    date: str | None = None
    index_number: str | None = None

    def as_json(self) -> dict:
        return {"url": self.url, "title": self.title, "date": self.date}

    def listing(self) -> dict:
        """What the list showed, as :class:`spiders.items.RawPage` ``listing`` keeps it."""
        shown = {"title": self.title, "date": self.date, "index_number": self.index_number}
        return {key: value for key, value in shown.items() if value}


@dataclass
class Pager:
    """What a list page says about the pages after it.

    ``complete`` is true only when the page proves that nothing follows (its pager names the
    last page, or an API answer covers its total, or a batch came back empty).
    """

    next_urls: list[str] = field(default_factory=list)
    complete: bool = False
    pages: int | None = None
    template: tuple[str, str, int] | None = None  # (name, ext, offset): page n>0 is name_{n+offset}.ext

    def page_url(self, url: str, number: int) -> str | None:
        """Page ``number`` (0-based) of a numbered pager, beside ``url``; None for other pagers."""
        if not self.template:
            return None
        name, ext, offset = self.template
        return numbered_page(url, name, ext, number + offset if number else 0)


# dates ------------------------------------------------------------------------------------
def listed_date(text: str | None) -> str | None:
    """The first full date in the text as YYYY-MM-DD."""
    match = DATE_PATTERN.search(text or "")
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def url_date(url: str) -> str | None:
    """The date a document URL carries (``t20211029_…``, ``/art/2021/10/29/``, ``/202110/29/``)."""
    for pattern in URL_DATES:
        match = pattern.search(url)
        if match:
            year, month, day = (int(part) for part in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year}-{month:02d}-{day:02d}"
    return None


def row_date(text: str, url: str) -> str | None:
    """The date a list row shows: a full date, or a month-day (``10-11``) completed with the
    year of the document URL when the URL's month and day agree (never a guessed year)."""
    full = listed_date(text)
    if full:
        return full
    from_url = url_date(url)
    for match in PARTIAL_DATE.finditer(text or ""):
        month, day = int(match.group(1)), int(match.group(2))
        if from_url and from_url[5:] == f"{month:02d}-{day:02d}":
            return from_url
    return None


def epoch_date(value) -> str | None:
    """Epoch seconds (or milliseconds) as the date in China time (Asia/Shanghai, UTC+8)."""
    seconds = float(value)
    if seconds > 1e11:
        seconds /= 1000
    return dt.datetime.fromtimestamp(seconds, tz=CHINA).date().isoformat()


def any_date(value) -> str | None:
    """An API date field: epoch seconds or milliseconds (number or digit string) or a date text."""
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()
                                           and len(value.strip()) >= 9):
        return epoch_date(value)
    return listed_date(str(value))


# links ------------------------------------------------------------------------------------
SECOND_LEVEL_SUFFIXES = ("gov.cn", "org.cn", "com.cn", "edu.cn", "net.cn")


def site_of(host: str) -> str:
    """The registrable domain: ``jiangsu.gov.cn`` for ``gxt.jiangsu.gov.cn``."""
    labels = host.split(".")
    keep = 3 if ".".join(labels[-2:]) in SECOND_LEVEL_SUFFIXES else 2
    return ".".join(labels[-keep:])


def same_site(url: str, page_url: str) -> bool:
    """Same registrable domain (a column on www.… may list documents on its bureau's host)."""
    host, page_host = (urlsplit(u).hostname or "" for u in (url, page_url))
    return bool(host) and site_of(host) == site_of(page_host)


def document_like(url: str) -> bool:
    """A document's address: a dated or numbered page name, or a detail script with an id."""
    parts = urlsplit(url)
    if DOCUMENT_QUERY.search(parts.query):
        return True
    return bool(DOCUMENT_PATH.search(parts.path)) and not LIST_PAGE_PATH.search(parts.path)


def usable_href(href: str | None) -> bool:
    href = (href or "").strip()
    return bool(href) and not href.lower().startswith(SKIPPED_SCHEMES)


# the page as HTML -------------------------------------------------------------------------
def written_html(text: str) -> str:
    """HTML that scripts write or records carry: Hanweb records, ``document.write`` strings."""
    parts = RECORD.findall(text)
    for quote, string in SCRIPT_STRING.findall(text):
        parts.append(string.replace("\\" + quote, quote).replace("\\/", "/").replace("\\n", "\n"))
    return "\n".join(parts)


def page_tree(text: str):
    """The page as an lxml tree, script-written lists appended in a ``div``."""
    tree = parsed(RECORD.sub("", text))
    extra = written_html(text)
    if extra:
        written = parsed(f"<div class=\"banli-written\">{extra}</div>").body
        body = tree.find("body")
        (body if body is not None else etree.SubElement(tree, "body")).extend(list(written))
    return tree


def parsed(source: str):
    try:
        return lxml_html.document_fromstring(source.strip() or "<html></html>")
    except (etree.ParserError, ValueError):
        return lxml_html.document_fromstring("<html></html>")


def element_path(element) -> tuple:
    """Tags and first classes from the root down to the element, positions ignored."""
    steps = []
    for node in [*reversed(list(element.iterancestors())), element]:
        if not isinstance(node.tag, str):
            continue
        classes = (node.get("class") or "").split()
        steps.append(f"{node.tag}.{classes[0]}" if classes else node.tag)
    return tuple(steps)


def element_text(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


# the repeated block -----------------------------------------------------------------------
@dataclass
class _Link:
    element: object
    url: str


def find_items(text: str, page_url: str, tree=None) -> list[ListItem]:
    """The documents of a list page, in list order, found without selectors."""
    tree = tree if tree is not None else page_tree(text)
    groups: dict[tuple, list[_Link]] = defaultdict(list)
    for anchor in tree.iter("a"):
        href = anchor.get("href")
        if not usable_href(href):
            continue
        url = urljoin(page_url, unescape(href.strip())).split("#")[0]
        if url == page_url.split("#")[0] or not same_site(url, page_url) or url.lower().endswith(ATTACHMENT_ENDINGS):
            continue
        if element_text(anchor).strip("[]【】 ") in PAGER_WORDS:
            continue
        groups[element_path(anchor)].append(_Link(anchor, url))
    best, best_score = [], 0.0
    for links in groups.values():
        items = rows_of(links)
        score = list_score(items)
        if score > best_score:
            best, best_score = items, score
    return best


def rows_of(links: list[_Link]) -> list[ListItem]:
    """Each link's item, read from its row; the first link of each URL wins."""
    below = Counter(ancestor for link in links for ancestor in link.element.iterancestors())
    items, seen = [], set()
    for link in links:
        if link.url in seen:
            continue
        seen.add(link.url)
        row = link.element
        while row.getparent() is not None and below[row.getparent()] == 1:
            row = row.getparent()
        items.append(item_of(link, row))
    return items


def item_of(link: _Link, row) -> ListItem:
    anchor = link.element
    shown = dates_in_link(anchor)
    title = (anchor.get("title") or "").strip() or link_title(anchor, shown) or None
    outside = " ".join(text for text in row.itertext() if text not in set(anchor.itertext()))
    labels = " ".join(node.get("readlabel") or "" for node in row.iter() if isinstance(node.tag, str))
    date = row_date(outside, link.url) or row_date(labels, link.url) or row_date(" ".join(shown), link.url)
    index = " ".join(element_text(node) for node in row.iter() if isinstance(node.tag, str)
                     and "syh" in (node.get("class") or "").split())
    return ListItem(link.url, title, date, index or None)


def dates_in_link(anchor) -> list[str]:
    """Texts of elements inside the link that hold a date and nothing else (``<a …><span>title</span>
    <i>2020-08-14</i></a>``): the list's date shown within the link, never read from the title."""
    return [text for node in anchor.iterdescendants() if isinstance(node.tag, str)
            and (text := element_text(node)) and DATE_ONLY.fullmatch(text)]


def link_title(anchor, shown_dates: list[str]) -> str:
    """The link's text without the dates shown inside it."""
    return " ".join(text for text in (element_text(anchor).split()) if text not in shown_dates)


def list_score(items: list[ListItem]) -> float:
    """How much a group of links looks like the column's list of documents."""
    if not items:
        return 0.0
    documents = sum(document_like(item.url) for item in items)
    dated = sum(bool(item.date) for item in items)
    if not documents and not dated:
        return 0.0
    long_titles = sum(len(item.title or "") >= 8 for item in items)
    return 2.0 * documents + 2.0 * dated + long_titles + 0.1 * len(items)


# pagers -----------------------------------------------------------------------------------
CREATE_PAGE_BY_CONTAINER = re.compile(
    r"createPageHTML\(\s*['\"][^'\"]*['\"]\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]")
CREATE_PAGE = re.compile(
    r"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]")
COUNT_PAGE = re.compile(r"\bvar\s+countPage\s*=\s*(\d+)")
CURRENT_PAGE = re.compile(r"\bvar\s+currentPage\s*=\s*(\d+)")
NEXT_CLASS = re.compile(r"(?:^|\s)(?:next|next-?page|nextpage|page-next)(?:\s|$)", re.I)
ONCLICK_TARGET = re.compile(r"location\.href\s*=\s*['\"]([^'\"]+)['\"]")
PAGED_COMPONENT = re.compile(r"\bvar\s+purl\s*=\s*['\"]([^'\"]+)['\"]")
MAX_PAGE_NUM = re.compile(r"\bmaxPageNum\s*=\s*(\d+)")
COMMENTED_LINE = re.compile(r"(?m)^[ \t]*//.*$")
PAGE_FILE = re.compile(r"(?P<name>[^/]+?)(?:_(?P<number>\d+))?\.(?P<ext>\w+)$")


def read_pager(text: str, url: str, tree=None) -> Pager | None:
    """The page's own pager, in any form TRS/WCM, Sohu-style and plain sites use; None if none.
    Script lines commented out (``//createPageHTML(9, 0, …)`` above the live ``var countPage = 17``)
    are not the pager."""
    live = COMMENTED_LINE.sub("", text)
    for reader in (container_pager, create_page_pager, count_page_pager, paged_component_pager):
        pager = reader(live, url)
        if pager:
            return pager
    return next_link_pager(tree if tree is not None else page_tree(text), url)


def numbered_page(url: str, name: str, ext: str, number: int) -> str:
    """``name.ext`` for number 0, ``name_<number>.ext`` after it, beside the page."""
    return urljoin(url, f"{name}.{ext}" if number == 0 else f"{name}_{number}.{ext}")


def create_page_pager(text: str, url: str) -> Pager | None:
    """``createPageHTML(pages, current, "index", "shtml")``: current is 0-based, page n is
    ``index_n.shtml``."""
    match = CREATE_PAGE.search(text)
    if not match:
        return None
    pages, current, name, ext = int(match[1]), int(match[2]), match[3], match[4]
    return numbered_pager(url, pages, current, (name, ext, 0))


def numbered_pager(url: str, pages: int, current: int, template: tuple[str, str, int]) -> Pager:
    """A pager of ``pages`` numbered pages seen on page ``current`` (0-based)."""
    pager = Pager([], current + 1 >= pages, max(pages, 1), template)
    if not pager.complete:
        pager.next_urls.append(pager.page_url(url, current + 1))
    return pager


def container_pager(text: str, url: str) -> Pager | None:
    """``createPageHTML('page_div', pages, current, 'fg', 'shtml', records)``: current is
    1-based, page n (from 2) is ``fg_n.shtml``."""
    match = CREATE_PAGE_BY_CONTAINER.search(text)
    if not match:
        return None
    pages, current, name, ext = int(match[1]), int(match[2]), match[3], match[4]
    return numbered_pager(url, pages, max(current - 1, 0), (name, ext, 1))


def count_page_pager(text: str, url: str) -> Pager | None:
    """``var countPage = 13//共多少页`` (with ``var currentPage = 0`` or the page's own
    ``index_N`` number): pages ``index_N`` beside this one."""
    match = COUNT_PAGE.search(text)
    if not match:
        return None
    pages = int(match[1])
    page_file = PAGE_FILE.search(urlsplit(url).path)
    name, ext = (page_file["name"], page_file["ext"]) if page_file else ("index", "html")
    current_match = CURRENT_PAGE.search(text)
    current = int(current_match[1]) if current_match else int(page_file["number"] or 0) if page_file else 0
    return numbered_pager(url, pages, current, (name, ext, 0))


def paged_component_pager(text: str, url: str) -> Pager | None:
    """A list component paged by script (``var purl="../../n3/n13/index_958"`` and
    ``maxPageNum = 199``): its pages are numbered down, the column page showing page
    ``maxPageNum``; the one after it is ``index_958_198.html`` and ``index_958_1.html`` is the last."""
    component = PAGED_COMPONENT.search(text)
    counts = [int(count) for count in MAX_PAGE_NUM.findall(text)]
    if not component or not counts:
        return None
    pages, base = max(counts), urljoin(url, component[1])
    shown = re.fullmatch(re.escape(base) + r"_(\d+)\.html", url.split("?")[0])
    current = int(shown[1]) if shown else pages
    if current <= 1:
        return Pager([], True, max(pages, 1))
    return Pager([f"{base}_{current - 1}.html"], False, pages)


def next_link_pager(tree, url: str) -> Pager | None:
    """A 下一页 link, or a link classed ``next`` (``<a class="next" href="#" onclick=
    "location.href='index_7.jhtml'">&gt;&gt;</a>``), to its ``href`` or else to where its
    ``onclick`` goes. A 下一页 that links nowhere (plain text, a disabled link) marks the last
    page; one that only runs a script proves nothing."""
    found_word = False
    for node in tree.iter("a", "span", "font", "li", "button"):
        text = element_text(node)
        worded = bool(text) and len(text) <= 8 and any(word in text for word in NEXT_WORDS)
        if not worded and not (node.tag == "a" and NEXT_CLASS.search(node.get("class") or "")):
            continue
        found_word = found_word or worded
        target = link_target(node, url)
        if target and target != url:
            return Pager([target], False)
        if worded and not target and (node.get("href") or "").strip().lower().startswith("javascript:"):
            return Pager([], False)
    return Pager([], True) if found_word else None


def link_target(node, url: str) -> str | None:
    """Where a pager link goes: its ``href``, else the ``location.href`` its ``onclick`` sets."""
    if node.tag != "a":
        return None
    href = node.get("href")
    if usable_href(href):
        return urljoin(url, href.strip())
    clicked = ONCLICK_TARGET.search(node.get("onclick") or "")
    return urljoin(url, clicked[1].strip()) if clicked else None


# Hanweb ------------------------------------------------------------------------------------
TOTAL_RECORD = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.I)
JPAGE_TOTAL = re.compile(r"totalRecord\s*:\s*['\"]?(\d+)")
JPAGE_PER_PAGE = re.compile(r"perPage\s*:\s*['\"]?(\d+)")
NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[.*?href=['\"]([^'\"]+)['\"]", re.S)
DATAPROXY = "/module/web/jpage/dataproxy.jsp"
WINDOW_PAGES = 3


def window_url(url: str, start: int, end: int, perpage: int) -> str:
    """The dataproxy URL for records ``start``…``end``, other query fields kept."""
    parts = urlsplit(url)
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
             if key not in ("startrecord", "endrecord", "perpage", "page")]
    query = [("startrecord", str(start)), ("endrecord", str(end)), ("perpage", str(perpage)), *query]
    return urlunsplit(parts._replace(query=urlencode(query)))


def hanweb_pager(text: str, url: str, record_count: int) -> Pager:
    """Next dataproxy window of a Hanweb answer or column page.

    An answer with ``<totalrecord>`` is complete once its window reaches the total; without
    one, only an empty batch ends the walk (never before it). A column page with its first
    records inline asks for the records after them from the proxy its ``nextgroup`` names.
    """
    query = dict(parse_qsl(urlsplit(url).query))
    perpage = int(query.get("perpage") or first_int(JPAGE_PER_PAGE, text) or 15)
    total = first_int(TOTAL_RECORD, text)
    if total is None:
        total = first_int(JPAGE_TOTAL, text)
    proxy_answer = is_proxy_answer(url)
    if proxy_answer:
        start = int(query.get("startrecord") or 1)
        end = int(query.get("endrecord") or start + max(record_count, 1) - 1)
        proxy = url
    else:
        start, end = 1, record_count
        nextgroup = NEXTGROUP.search(text)
        proxy = urljoin(url, unescape(nextgroup[1])) if nextgroup else urljoin(url, DATAPROXY)
    if (proxy_answer and record_count == 0) or (total is not None and end >= total):
        return Pager([], True, None)
    size = WINDOW_PAGES * perpage
    return Pager([window_url(proxy, end + 1, end + size, perpage)], False, None)


def is_proxy_answer(url: str) -> bool:
    """An answer of the records proxy, wherever the site keeps it (``/module/web/jpage/`` or
    ``/module/jpage/dataproxy.jsp``, a relative ``nextgroup`` resolving beside either)."""
    return urlsplit(url).path.endswith("/dataproxy.jsp")


def first_int(pattern: re.Pattern, text: str) -> int | None:
    match = pattern.search(text)
    return int(match[1]) if match else None


# JSON APIs ---------------------------------------------------------------------------------
def with_query(url: str, **changes) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({key: str(value) for key, value in changes.items()})
    return urlunsplit(parts._replace(query=urlencode(query)))


def gkmlpt_items(answer: dict, url: str) -> list[ListItem]:
    """Articles of a gkmlpt answer: ``url`` or ``post_url``; the date from
    ``display_publish_time`` (epoch seconds or text), else ``first_publish_time`` / ``date``."""
    items = []
    for article in answer.get("articles") or []:
        link = article.get("url") or article.get("post_url")
        if not link:
            continue
        date = next(filter(None, (any_date(article.get(key)) for key in
                                  ("display_publish_time", "first_publish_time", "date", "publish_time"))), None)
        items.append(ListItem(urljoin(url, link).split("#")[0], article.get("title") or None, date,
                              article.get("identifier") or None))
    return items


def gkmlpt_pager(answer: dict, url: str, item_count: int) -> Pager:
    """Pages run from 1; the total is ``total``, else ``classify.post_count``; the page size is
    ``size``, else the number of articles on this page. No total: walk until an empty page."""
    page = int(dict(parse_qsl(urlsplit(url).query)).get("page") or answer.get("page") or 1)
    if item_count == 0:
        return Pager([], True)
    total = answer.get("total")
    if total in (None, ""):
        total = (answer.get("classify") or {}).get("post_count")
    size = int(answer.get("size") or item_count)
    if total not in (None, "") and page * size >= int(total):
        return Pager([], True, -(-int(total) // size))
    return Pager([with_query(url, page=page + 1)], False,
                 -(-int(total) // size) if total not in (None, "") else None)


def jpaas_page_number(url: str) -> tuple[int, dict | None]:
    """``pageNo`` of a jpaas unit request, from ``paramJson`` or the plain query."""
    query = dict(parse_qsl(urlsplit(url).query))
    if query.get("paramJson"):
        try:
            params = json.loads(query["paramJson"])
            return int(params.get("pageNo") or 1), params
        except (ValueError, AttributeError):
            pass
    return int(query.get("pageNo") or 1), None


def jpaas_pager(url: str, item_count: int) -> Pager:
    """jpaas units answer one page of HTML; the walk ends at a page without documents."""
    if item_count == 0:
        return Pager([], True)
    page, params = jpaas_page_number(url)
    if params is not None:
        return Pager([with_query(url, paramJson=json.dumps({**params, "pageNo": page + 1},
                                                           separators=(",", ":")))], False)
    return Pager([with_query(url, pageNo=page + 1)], False)
