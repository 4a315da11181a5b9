"""Stable integer ids, so a document keeps its row id (and its Datasette URL) across rebuilds."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop the default port and the fragment; keep path and query."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    return urlunsplit((scheme, host, parts.path or "/", parts.query, ""))


def stable_id(*parts: object) -> int:
    """A positive 63-bit integer from the SHA-256 of the parts (fits SQLite's rowid)."""
    key = "\x1f".join(str(part) for part in parts).encode("utf-8")
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big") >> 1


def document_id(url: str) -> int:
    return stable_id(canonical_url(url))
