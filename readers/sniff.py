"""What a file really is, from its first bytes (names and Content-Types lie: a .doc is often HTML)."""

from __future__ import annotations

import io
import zipfile

_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"BM", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"{\\rtf", "rtf"),
)
IMAGE_EXTENSIONS = ("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp")
EXTENSIONS = ("pdf", "docx", "doc", "wps", "xlsx", "xls", "et", "txt", "html", "htm", *IMAGE_EXTENSIONS)


def extension(name: str | None) -> str:
    tail = (name or "").rsplit("/", 1)[-1].split("?", 1)[0]
    return tail.rsplit(".", 1)[-1].lower() if "." in tail else ""


def sniff(data: bytes, name: str | None = None) -> str:
    """pdf, docx, xlsx, ole (doc/wps/xls/et), image, rtf, html, text or unknown."""
    head = data[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    return _text_kind(data)


def _zip_kind(data: bytes) -> str:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return "unknown"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return "zip"


def _text_kind(data: bytes) -> str:
    start = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype", b"<html", b"<?xml", b"<meta", b"<head", b"<body", b"<div", b"<p")) \
            or b"<html" in start:
        return "html"
    if b"\x00" in data[:4096]:
        return "unknown"
    return "text"


def ole_kind(data: bytes, name: str | None) -> str:
    """An OLE2 compound file: Word (doc/wps) or Excel (xls/et), by its streams, then its name."""
    if b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t" in data[:1 << 20]:
        return "doc"
    if b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k" in data[:1 << 20] or b"B\x00o\x00o\x00k" in data[:1 << 20]:
        return "xls"
    return "xls" if extension(name) in ("xls", "et") else "doc"
