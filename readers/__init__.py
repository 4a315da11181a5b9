"""Attachments → text: PDF (text layer or OCR), DOCX, DOC/WPS/RTF (LibreOffice), XLSX/XLS/ET, images.

`read_attachment(data, name=…)` never raises: a file it cannot read comes back with no pages and
the reason in `warnings` (the bytes stay in the archive, so nothing is lost). What a file is comes
from its bytes, not its name; a name that disagrees is a warning.
"""

from __future__ import annotations

from readers.reading import MAX_BYTES, ReaderError, Reading
from readers.sniff import EXTENSIONS, IMAGE_EXTENSIONS, extension, ole_kind, sniff

READER_VERSION = "2"  # 2: OCR digits confirmed by a second read
_FAMILY = {"pdf": "pdf", "docx": "docx", "doc": "doc", "wps": "doc", "rtf": "rtf", "xlsx": "xlsx", "xls": "xls",
           "et": "xls", "txt": "text", "html": "html", "htm": "html", **{ext: "image" for ext in IMAGE_EXTENSIONS}}

__all__ = ["EXTENSIONS", "READER_VERSION", "Reading", "ReaderError", "read_attachment"]


def read_attachment(data: bytes, *, name: str | None = None) -> Reading:
    """Read one attachment's bytes; `name` (file name or URL) only names the kind when bytes cannot."""
    kind = _kind(data, name)
    if len(data) > MAX_BYTES:
        return Reading(kind, warnings=[f"attachment_too_large:{len(data)}"])
    try:
        reading = _read(data, kind)
    except ReaderError as error:
        reading = Reading(kind, warnings=[str(error)])
    except Exception as error:  # a library's own failure on hostile bytes is one warning, not a crash
        reading = Reading(kind, warnings=[f"attachment_unreadable:{kind}:{type(error).__name__}"])
    expected = _FAMILY.get(extension(name))
    if expected and expected != _FAMILY.get(kind, kind):
        reading.warnings.insert(0, f"attachment_type_mismatch:{extension(name)}:{kind}")
    if not any(page.strip() for page in reading.pages) and reading.html is None and not reading.warnings:
        reading.warnings.append("attachment_no_text")
    return reading


def _kind(data: bytes, name: str | None) -> str:
    kind = sniff(data, name)
    if kind == "ole":
        kind = ole_kind(data, name)
        if kind == "doc" and extension(name) == "wps":
            kind = "wps"
    return kind


def _read(data: bytes, kind: str) -> Reading:
    if kind == "pdf":
        from readers.pdf import read_pdf

        return read_pdf(data)
    if kind == "docx":
        from readers.docx import read_docx

        return read_docx(data)
    if kind in ("doc", "wps", "rtf"):
        from readers.office import read_legacy

        return read_legacy(data, kind)
    if kind == "xlsx":
        from readers.sheets import read_xlsx

        return read_xlsx(data)
    if kind == "xls":
        from readers.sheets import read_xls

        return read_xls(data)
    if kind == "image":
        from readers.ocr import read_image

        return read_image(data)
    if kind in ("html", "text"):
        return _markup_or_text(data, kind)
    raise ReaderError(f"attachment_unsupported:{kind}")


def _markup_or_text(data: bytes, kind: str) -> Reading:
    from normalize.decode import decode_html

    text = decode_html(data, None)
    if kind == "html":
        return Reading("html", html=text)
    return Reading("text", pages=[text])
