"""`banli extract` on attachments: a DOCX and a photographed or scanned image, as on pages."""

from __future__ import annotations

import io
import json

from replica.attachments import docx_file
from tests.normalize.test_bad_input import extract


def _extract(path):
    return extract(path, timeout=300)


def test_extract_reads_a_docx(tmp_path, summary, text_document):
    path = tmp_path / "总结.docx"
    path.write_bytes(docx_file(*summary))
    result = _extract(path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["counts"] == text_document["counts"]
    assert document["evidence_source"]["counts.total"] == {"file": "总结.docx", "page": 1}


def test_extract_reads_an_image_by_ocr(tmp_path, renderings):
    """The top of the printed summary's first page, photographed as PNG: the title and the figures line."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(renderings["browser.pdf"])[0]
    image = page.render(scale=150 / 72, grayscale=True).to_pil()
    path = tmp_path / "photo.png"
    buffer = io.BytesIO()
    image.crop((0, 0, image.width, image.height // 2)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    result = _extract(path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert "ocr" in document["flags"] and document["ocr_confidence"] > 0.9
    assert document["title"] == "市民政局2021年议提案办理工作总结" and document["counts"]["total"] == 117
