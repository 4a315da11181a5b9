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


ID_BITS = 53  # JavaScript's (and jq's) exact integers end at 2**53
LEGACY_ID_SHIFT = 64 - 1 - ID_BITS  # ids before schema 3 were 63-bit: old id >> 10 is the new id


def stable_id(*parts: object) -> int:
    """A positive 53-bit integer from the SHA-256 of the parts: exact in JavaScript, fits SQLite's rowid.

    It is the first 53 bits of the digest, so an id of the former 63-bit scheme (the first 63
    bits) becomes the new one by a right shift of :data:`LEGACY_ID_SHIFT` (the schema migration).
    """
    key = "\x1f".join(str(part) for part in parts).encode("utf-8")
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big") >> (64 - ID_BITS)


def document_id(url: str) -> int:
    return stable_id(canonical_url(url))
