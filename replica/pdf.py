"""A small real PDF with Chinese text, built by hand.

Uses the standard Adobe-GB1 font STSong-Light with the predefined UniGB-UTF16-H CMap, so
no font is embedded and text extractors (pdfminer, pdftotext) map the glyphs back to
Unicode.
"""

from __future__ import annotations

LINE_CHARS = 34
LINES_PER_PAGE = 40


def text_pdf(title: str, paragraphs: list[str]) -> bytes:
    lines = _wrap([title, *paragraphs])
    pages = [lines[n:n + LINES_PER_PAGE] for n in range(0, len(lines), LINES_PER_PAGE)] or [[]]
    objects = _objects(pages)
    return _serialize(objects)


def _wrap(paragraphs: list[str]) -> list[str]:
    lines = []
    for paragraph in paragraphs:
        lines.extend(paragraph[n:n + LINE_CHARS] for n in range(0, max(len(paragraph), 1), LINE_CHARS))
    return lines


def _content_stream(lines: list[str]) -> bytes:
    parts = ["BT /F1 14 Tf 16 TL 56 790 Td"]
    for line in lines:
        parts.append(f"<{line.encode('utf-16-be').hex().upper()}> Tj T*")
    parts.append("ET")
    return "\n".join(parts).encode("ascii")


def _objects(pages: list[list[str]]) -> list[bytes]:
    first_page = 6
    kids = " ".join(f"{first_page + 2 * n} 0 R" for n in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H"
        b" /DescendantFonts [4 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
        b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    for n, lines in enumerate(pages):
        stream = _content_stream(lines)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       f" /Contents {first_page + 2 * n + 1} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return objects


def _serialize(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
