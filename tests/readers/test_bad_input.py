"""Encrypted, corrupt, oversized and disguised files: a warning each, never an exception."""

from __future__ import annotations

import io
import zipfile

import pytest

import readers
from normalize.attachment import normalize_attachment
from readers import read_attachment
from readers.office import convert
from readers.reading import ReaderError
from replica.pdf import text_pdf


def _encrypted_pdf() -> bytes:
    """A PDF whose trailer asks for the standard security handler with a password nobody knows."""
    plain = text_pdf("标题", ["正文内容"])
    encrypt = (b"/Encrypt << /Filter /Standard /V 1 /R 2 /P -44 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32
               + b"> >> /ID [<" + b"33" * 16 + b"> <" + b"33" * 16 + b">] ")
    return plain.replace(b"trailer\n<< ", b"trailer\n<< " + encrypt)


def test_encrypted_pdf_is_a_warning():
    reading = read_attachment(_encrypted_pdf(), name="a.pdf")
    assert reading.pages == [] and reading.warnings == ["attachment_encrypted:pdf"]


def test_truncated_pdf_is_a_warning():
    reading = read_attachment(text_pdf("标题", ["正文"])[:300], name="a.pdf")
    assert reading.pages == [] and reading.warnings[0].startswith("attachment_corrupt:pdf")


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_zip_bomb_docx_is_refused_before_inflating():
    bomb = _zip({"word/document.xml": b"\0" * (40 * 1024 * 1024), "[Content_Types].xml": b"<Types/>"})
    reading = read_attachment(bomb, name="bomb.docx")
    assert reading.kind == "docx" and reading.warnings[0].startswith("attachment_zip_bomb")


def test_broken_xlsx_is_a_warning():
    reading = read_attachment(_zip({"xl/workbook.xml": b"<not-a-workbook"}), name="list.xlsx")
    assert reading.pages == [] and reading.warnings and reading.warnings[0].startswith(("attachment_corrupt", "attachment_unreadable"))


def test_a_doc_that_is_really_html_is_read_as_html_with_a_warning():
    page = ("<html><head><meta charset='utf-8'><title>答复</title></head><body><div class='TRS_Editor'>"
            "<p>关于加强社区养老服务的建议的答复</p><p>我局共办理建议12件,办复率100%。</p></div></body></html>")
    reading = read_attachment(page.encode("utf-8"), name="reply.doc")
    assert reading.kind == "html" and reading.warnings == ["attachment_type_mismatch:doc:html"]
    document = normalize_attachment(reading.as_dict(), name="reply.doc")
    assert "办复率100%" in document["text"] and "attachment_type_mismatch:doc:html" in document["warnings"]


def test_unknown_bytes_are_unsupported():
    reading = read_attachment(b"\x00\x01garbage" * 100, name="x.doc")
    assert reading.pages == [] and any(w.startswith("attachment_unsupported") for w in reading.warnings)


def test_oversized_file_is_not_read(monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    reading = read_attachment(text_pdf("标题", ["正文" * 400]), name="big.pdf")
    assert reading.pages == [] and reading.warnings == [f"attachment_too_large:{len(text_pdf('标题', ['正文' * 400]))}"]


def test_page_limit_reads_the_first_pages(monkeypatch):
    import readers.pdf

    monkeypatch.setattr(readers.pdf, "MAX_PAGES", 1)
    reading = read_attachment(text_pdf("标题", ["这是很长的正文。" * 400]), name="long.pdf")
    assert len(reading.pages) == 1 and reading.warnings[0].startswith("attachment_pages_truncated:1/")


def test_libreoffice_runs_with_a_timeout():
    with pytest.raises(ReaderError, match="attachment_timeout:libreoffice"):
        convert(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096, "doc", timeout=0.001)


def test_corrupt_image_is_a_warning():
    reading = read_attachment(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, name="scan.png")
    assert reading.pages == [] and reading.warnings[0].startswith("attachment_corrupt:image")


def test_extract_refuses_an_oversized_attachment_without_reading_it(tmp_path):
    from tests.normalize.test_bad_input import extract, one_error_line

    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(readers.MAX_BYTES + 1)
    assert one_error_line(extract(path), path) == f"error: {path}: attachment_too_large:{readers.MAX_BYTES + 1}"
