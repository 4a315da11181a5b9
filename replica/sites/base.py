"""What every replicated site does the same way: routing, list windows, document lookup by
URL, attachments, robots.txt, 404s, encoding and validators. Platform modules subclass
:class:`Site` and supply URL shapes and templates."""

from __future__ import annotations

import hashlib
import math
import posixpath
import re
from datetime import datetime

from replica.catalog import Document, SourceCatalog
from replica.faults import list_window
from replica.messages import Reply, Request
from replica.sites import chrome
from replica.sites.identity import identity_for


class Site:
    page_size = 10
    charset_label = "utf-8"

    def __init__(self, source: dict, catalog: SourceCatalog):
        self.source = source
        self.catalog = catalog
        self.column = source["columns"][0]
        self.base_url = source["base_url"].rstrip("/")
        self.encoding = source.get("encoding") or "utf-8"
        self.charset_label = "gb2312" if self.encoding.lower() in ("gbk", "gb2312", "gb18030") else "utf-8"
        self.identity = identity_for(source)
        self.first_listed, self.list_empty = list_window(source)
        self.routes = [(re.compile(pattern), handler) for pattern, handler in self.route_table()]

    def route_table(self) -> list:
        """``(path regex, handler(request, match) -> Reply | None)`` pairs, tried in order."""
        raise NotImplementedError

    def detail_path(self, doc: Document) -> str:
        raise NotImplementedError

    def render_detail(self, doc: Document) -> str:
        raise NotImplementedError

    def detail_document(self, doc: Document, body: str) -> str:
        """A government detail page: the body inside a head with the standard meta tags."""
        return chrome.document_page(self.charset_label, doc.title, chrome.meta_tags(self.identity, doc), body)

    def attachment_path(self, doc: Document) -> str:
        return posixpath.join(posixpath.dirname(self.detail_path(doc)), doc.attachment.filename)

    def respond(self, request: Request) -> Reply:
        if request.path == "/robots.txt":
            return Reply(200, chrome.robots_txt().encode(), "text/plain; charset=utf-8", kind="robots")
        for pattern, handler in self.routes:
            match = pattern.fullmatch(request.path)
            if match:
                reply = handler(request, match)
                if reply is not None:
                    return reply
        return self.not_found()

    def listed_positions(self) -> range:
        if self.list_empty:
            return range(0)
        return range(min(self.first_listed, self.catalog.size), self.catalog.size)

    def page_count(self) -> int:
        return max(1, math.ceil(len(self.listed_positions()) / self.page_size))

    def page_documents(self, page: int) -> list[Document]:
        """Documents on list page ``page`` (0-based)."""
        positions = self.listed_positions()[page * self.page_size:(page + 1) * self.page_size]
        return [self.catalog.document(position) for position in positions]

    def document_at(self, path: str, doc_id: str | int) -> Document | None:
        position = self.catalog.position_of(int(doc_id))
        if position is None:
            return None
        doc = self.catalog.document(position)
        return doc if self.detail_path(doc) == path else None

    def detail_url(self, doc: Document) -> str:
        return self.base_url + self.detail_path(doc)

    def attachment_href(self, doc: Document) -> str | None:
        """The link as the detail page prints it (relative where the platform does that)."""
        return self.attachment_path(doc) if doc.attachment else None

    def detail_reply(self, request: Request, match: re.Match) -> Reply | None:
        doc = self.document_at(request.path, match.group("id"))
        if doc is None:
            return None
        return self.html(self.render_detail(doc), kind="detail", modified=doc.published, position=doc.position)

    def attachment_reply(self, request: Request, match: re.Match) -> Reply | None:
        doc = self.catalog.pdf_document
        if doc is None or self.attachment_path(doc) != request.path:
            return None
        body = doc.attachment.content()
        return Reply(200, body, doc.attachment.content_type, kind="attachment", etag=_etag(body),
                     last_modified=doc.published, position=doc.position,
                     headers=(("Content-Disposition", f'inline; filename="{doc.attachment.filename}"'),))

    def html(self, text: str, kind: str, status: int = 200, modified: datetime | None = None,
             position: int | None = None) -> Reply:
        body = text.encode(self.encoding, errors="xmlcharrefreplace")
        return Reply(status, body, f"text/html; charset={self.charset_label}", kind=kind,
                     etag=_etag(body) if modified else None, last_modified=modified, position=position)

    def not_found(self) -> Reply:
        return self.html(chrome.not_found_page(self.identity, self.charset_label), kind="error", status=404)

    def describe(self, doc: Document) -> dict:
        """A document as :func:`replica.catalog.expected_documents` reports it."""
        attachments = [self.base_url + self.attachment_path(doc)] if doc.attachment else []
        return {
            "url": self.detail_url(doc), "title": doc.title, "publish_date": f"{doc.published:%Y-%m-%d}",
            "index_number": doc.index_number, "doc_type": doc.doc_type, "synthetic": doc.synthetic,
            "attachments": attachments, "position": doc.position, "expected": doc.expected,
        }


def int_or(value, default: int) -> int:
    """A query or form value as an int, or ``default`` when absent or malformed."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _etag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=10).hexdigest() + '"'
