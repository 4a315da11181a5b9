"""HTML → the page as a reader sees it: lines of text, the body's place among them, meta tags, links.

One pass over the lxml tree renders block elements as lines and table cells as `a | b` (the
same shape as the seed texts), so the plain-text rules work unchanged on HTML pages.
"""

import re
from typing import NamedTuple, cast
from urllib.parse import urljoin

from lxml import etree

BODY_START, BODY_END = "\ue000", "\ue001"  # private-use characters, removed from input first
_SKIP = {"script", "style", "noscript", "template", "iframe", "select", "object", "svg", "head", "button"}
_BLOCK = {"p", "div", "br", "li", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
          "section", "article", "ul", "ol", "dl", "dt", "dd", "header", "footer", "form", "blockquote",
          "pre", "hr", "center", "nav", "aside", "main", "caption", "figure", "figcaption", "address", "body"}
_CELL = {"td", "th"}
# Body containers, best first: class tokens and ids seen on TRS, Hanweb, gkmlpt and CMS pages (ivs_content: the
# Shanghai district portals', tests/spiders/fixtures/real/detail/shyp_label_span_value_span.html).
_BODY_CLASSES = ("TRS_UEDITOR", "TRS_Editor", "article-content", "article_content", "content-text",
                 "news_content", "detail-content", "xxgk_content", "wzy_content", "zw", "bt-article")
_BODY_IDS = ("zoom", "Zoom", "UCAP-CONTENT", "ivs_content", "zwnr", "article_content", "content", "Content")
_RANKS = {("class", name): rank for rank, name in enumerate(_BODY_CLASSES)}
_RANKS.update({("id", name): len(_BODY_CLASSES) + rank for rank, name in enumerate(_BODY_IDS)})
ATTACHMENT_TYPES = ("pdf", "doc", "docx", "wps", "xls", "xlsx", "et", "ppt", "pptx", "ofd", "zip", "rar", "7z", "txt")
_ATTACHMENT_URL = re.compile(r"\.(" + "|".join(ATTACHMENT_TYPES) + r")(?:$|[?#])", re.I)
# A looser test on all hrefs joined one per line: pages without attachments skip the per-link pass.
_ATTACHMENT_LINE = re.compile(r"\.(?:" + "|".join(ATTACHMENT_TYPES) + r")(?:$|[?#\s])", re.I)
_ATTACHMENT_LINE_LOWER = re.compile(_ATTACHMENT_LINE.pattern)  # the same on lowercased ASCII, without re.I's folding
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_HTML_SIGNS = re.compile(r"<(?:!doctype|html|head|body|div|p|table|meta|span|br|td|a)\b", re.I)
# control characters and the two noncharacters (U+FFFE, U+FFFF) XML has no place for: lxml parses them, then refuses
# them as element text (ValueError: All strings must be XML compatible), as hypothesis found with '\ufffe'
_CONTROL_CHARACTERS = ("".join(map(chr, (*range(0x09), 0x0b, 0x0c, *range(0x0e, 0x20)))) + "\ufffe\uffff"
                       + BODY_START + BODY_END)
_CONTROL_CHARS = re.compile(f"[{re.escape(_CONTROL_CHARACTERS)}]")


class Page(NamedTuple):
    text: str  # reader text; BODY_START / BODY_END lines mark the body container when one was found
    meta: dict[str, str]
    html_title: str | None
    attachments: list[dict]


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SIGNS.search(text[:4096]))


_ID_AND_CLASS = etree.XPath("//@id | //@class")
_BODY_NAMES = re.compile("|".join(map(re.escape, _BODY_CLASSES + _BODY_IDS)))  # quick; _body_rank is exact
_HREFS = etree.XPath("//a/@href", smart_strings=False)
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True)


def _body_rank(element) -> int | None:
    ranks = [_RANKS.get(("id", element.get("id"))), *(
        _RANKS.get(("class", token)) for token in (element.get("class") or "").split())]
    ranks = [rank for rank in ranks if rank is not None]
    return min(cast(list[int], ranks)) if ranks else None


def _has_text(element) -> bool:
    return any(not text.isspace() for text in element.itertext() if text)


def _find_body(root):
    """The best-ranked container with text in it; the first in document order among equals."""
    attributes = _ID_AND_CLASS(root)
    candidates = dict.fromkeys(attribute.getparent() for attribute in attributes if _BODY_NAMES.search(attribute))
    ranked = [(rank, element) for element in candidates if (rank := _body_rank(element)) is not None]
    ranked.sort(key=lambda pair: pair[0])
    return next((element for _, element in ranked if _has_text(element)), None)


def _attachments(root, base_url: str | None) -> list[dict]:
    hrefs = "\n".join(_HREFS(root))
    if not (_ATTACHMENT_LINE_LOWER.search(hrefs.lower()) if hrefs.isascii() else _ATTACHMENT_LINE.search(hrefs)):
        return []
    found: dict[str, dict] = {}
    for element in root.iter("a"):
        href = (element.get("href") or "").strip()
        match = _ATTACHMENT_URL.search(href)
        if not match:
            continue
        url = urljoin(base_url, href) if base_url else href
        name = re.sub(r"\s+", " ", "".join(element.itertext())).strip() or href.rsplit("/", 1)[-1]
        found.setdefault(url, {"url": url, "name": name, "type": match.group(1).lower()})
    return list(found.values())


def _render(root, body) -> str:
    """Reader text: line breaks around blocks, ' | ' before cells, markers around the body.

    The tree is edited in place (it is thrown away afterwards) so the text comes out of one
    C-level text serialisation instead of a Python walk over every node. A block right after a
    block whose tail is blank already starts a line, so its text is left alone (the reader only
    keeps non-blank lines: one line break fewer changes none of them).
    """
    etree.strip_elements(root, *_SKIP, with_tail=False)
    previous, previous_blank = None, False  # the last block, and whether its tail is blank
    for element in root.iter(*_BLOCK):
        tail = element.tail
        if not (previous_blank and element.getprevious() is previous):
            element.text = "\n" + (element.text or "")
        element.tail = "\n" + (tail or "")
        previous, previous_blank = element, tail is None or not tail.strip()
    for element in root.iter(*_CELL):
        element.text = " | " + (element.text or "")
    if body is not None:
        body.text = f"\n{BODY_START}\n" + (body.text or "")
        etree.SubElement(body, "span").text = f"\n{BODY_END}\n"
    return etree.tostring(root, method="text", encoding="unicode", with_tail=False)


def _meta_tags(root) -> dict[str, str]:
    meta = {}
    for element in root.iter("meta"):
        name = (element.get("name") or element.get("property") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if name and content and name not in meta:
            meta[name] = content
    return meta


# a <title> whose closing tag is broken (</titlng>) runs to the page's end, its markup read as the title's text: no
# real page's title is that long or holds the page's own tags (an escaped <script> in a title is its text, and kept)
_LONGEST_TITLE_ELEMENT = 1000
_MARKUP = re.compile(r"</?(?:head|body|html)\b|</titl", re.I)
_TITLE_TAG = re.compile(r"<title\b[^>]*>", re.I)


def _parsed(text: str):
    try:
        return etree.fromstring(text, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def parse_html(text: str, base_url: str | None = None) -> Page | None:
    """Render an HTML page; None when lxml finds no document in it."""
    text = _XML_DECLARATION.sub("", text, count=1)
    if any(character in text for character in _CONTROL_CHARACTERS):  # a find per character beats one regex scan
        text = _CONTROL_CHARS.sub("", text)
    root = _parsed(text)
    if root is None:
        return None
    title_element = root.find(".//title")
    html_title = "".join(title_element.itertext()).strip() if title_element is not None else None
    if html_title and (len(html_title) > _LONGEST_TITLE_ELEMENT or _MARKUP.search(html_title)):  # <title>…</titlng>
        root = _parsed(_TITLE_TAG.sub("", text))
        if root is None:
            return None
        html_title = None
    meta = _meta_tags(root)
    attachments = _attachments(root, base_url)
    text = _render(root, _find_body(root))
    return Page(text, meta, html_title or None, attachments)
