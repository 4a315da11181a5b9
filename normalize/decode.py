"""Bytes → text: meta charset, then the HTTP header, then detection; GB2312/GBK read as GB18030."""

import re

from normalize.errors import NormalizeError

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
            "cp936": "gb18030", "euc-cn": "gb18030", "utf8": "utf-8", "big5": "big5hkscs"}
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"GIF8", b"\xff\xd8\xff",
                 b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")
MOSTLY_UTF8_DAMAGE = 0.02
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def canonical_encoding(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    return _ALIASES.get(name, name)


def looks_binary(content: bytes) -> bool:
    """Known binary signatures, or NUL bytes in the first kilobyte (not UTF-16 text)."""
    if content.startswith(_BINARY_MAGIC):
        return True
    head = content[:1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def _try_decode(content: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return content.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_html(content: bytes | str, content_type: str | None = None) -> str:
    """Decode an HTTP body; raises NormalizeError for binary content.

    Bytes that are valid UTF-8 (and not pure ASCII) are read as UTF-8 whatever the declaration
    says: a GBK page almost never forms valid multi-byte UTF-8, while mislabelled UTF-8 pages
    declared as GB2312 are common and would otherwise decode to mojibake.
    """
    if isinstance(content, str):
        return content
    if looks_binary(content):
        raise NormalizeError("binary content, not a page")
    encoding: str | None
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content[len(bom):].decode(encoding, errors="replace")
    meta = _META_CHARSET.search(content[:4096])
    header = _HEADER_CHARSET.search(content_type or "")
    candidates = [canonical_encoding(meta.group(1).decode("ascii", "ignore")) if meta else None,
                  canonical_encoding(header.group(1)) if header else None, "utf-8"]
    if not content.isascii():
        as_utf8 = _try_decode(content, "utf-8") or _utf8_cut_short(content) or _mostly_utf8(content)
        if as_utf8 is not None:
            return as_utf8
    for encoding in candidates:
        text = _try_decode(content, encoding)
        if text is not None:
            return text
    return _detect(content)


def _utf8_cut_short(content: bytes) -> str | None:
    """UTF-8 whose only flaw is a last character cut in half (a truncated body), without that half.

    Left to detection, such a page decodes whole as mojibake (Shift-JIS, say) for want of
    its last one to three bytes.
    """
    try:
        content.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            return content[:error.start].decode("utf-8")
    return None


def _mostly_utf8(content: bytes) -> str | None:
    """UTF-8 with a few damaged bytes, each read as U+FFFD; None when the damage is more than that.

    GBK read as UTF-8 turns about 80% of its non-ASCII characters into U+FFFD, so a share of
    at most MOSTLY_UTF8_DAMAGE tells a damaged UTF-8 page from a GBK one.
    """
    if _damaged_at_start(content):
        return None
    text = content.decode("utf-8", errors="replace")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return text if text.count("\ufffd") <= non_ascii * MOSTLY_UTF8_DAMAGE else None


_ASCII_BYTES = bytes(range(128))
_START = 4096


def _damaged_at_start(content: bytes) -> bool:
    """The first bytes alone hold more U+FFFD than the whole page may (a GBK page), so it need not
    be decoded whole: the whole page has at least as many, less one for a character cut at _START,
    and no more non-ASCII characters than non-ASCII bytes. (Damage beyond the share of all the bytes is beyond
    the share of the non-ASCII ones too: a GBK page's bytes need not be counted.)"""
    damage = content[:_START].decode("utf-8", errors="replace").count("\ufffd") - 1
    return (damage > len(content) * MOSTLY_UTF8_DAMAGE
            or damage > len(content.translate(None, _ASCII_BYTES)) * MOSTLY_UTF8_DAMAGE)


def _detect(content: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(content[:65536]).best()
    encoding = canonical_encoding(best.encoding) if best else None
    if encoding in (None, "ascii"):
        encoding = "gb18030"
    return content.decode(encoding, errors="replace")
