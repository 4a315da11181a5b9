"""PDF → pages of text with pypdfium2 (PDFium's text layer; pages without one go to OCR).

Each text-layer line gets its box from PDFium's character boxes, so running heads, footers and
page numbers can be told by where they sit and lines broken by layout joined by where they end.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from readers import layout
from readers.reading import MAX_OCR_PAGES, MAX_PAGES, Line, ReaderError, Reading

OCR_SCALE = 200 / 72  # render scans at 200 dpi: enough for 10.5 pt Chinese print
MIN_TEXT_CHARS = 20  # a page with fewer characters in its text layer is treated as a scan


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message or "security" in message:
            raise ReaderError("attachment_encrypted:pdf") from None
        raise ReaderError(f"attachment_corrupt:pdf:{error}") from None


def read_pdf(data: bytes) -> Reading:
    document = open_pdf(data)
    reading = Reading("pdf")
    try:
        count = len(document)
        if count > MAX_PAGES:
            reading.warnings.append(f"attachment_pages_truncated:{MAX_PAGES}/{count}")
        pages, heights, scans = [], [], []
        for index in range(min(count, MAX_PAGES)):
            page = document[index]
            lines = text_layer_lines(page)
            if sum(len(line.text) for line in lines) < MIN_TEXT_CHARS:
                scans.append(index)
            pages.append(lines)
            heights.append(page.get_height())
        _ocr_scans(document, scans, pages, heights, reading)
    finally:
        document.close()
    pages = layout.drop_running_lines(pages, heights)
    reading.pages = layout.pages_text(pages)
    return reading


def text_layer_lines(page) -> list[Line]:
    """The text layer as lines in content order, each with its box (top-down coordinates)."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        height = page.get_height()
        if len(text) != textpage.count_chars():  # characters outside the BMP shift indexes: no boxes
            return [Line(part.strip()) for part in text.splitlines() if part.strip()]
        lines, start = [], 0
        for part in text.split("\n"):
            stripped = part.rstrip("\r")
            if stripped.strip():
                lines.append(_line_box(textpage, stripped, start, height))
            start += len(part) + 1
        return lines
    finally:
        textpage.close()


def _line_box(textpage, text: str, start: int, height: float) -> Line:
    """The line's box, its characters put in left-to-right order (office PDFs draw fallback-font
    glyphs such as “ ” after the rest of the line)."""
    placed, boxes = [], []
    last_left = -1.0
    for offset, char in enumerate(text):
        left, bottom, right, top = textpage.get_charbox(start + offset)
        if right > left:
            boxes.append((left, bottom, right, top))
            last_left = left
        placed.append((last_left, offset, char))
    if not boxes:
        return Line(text.strip())
    ordered = "".join(char for _, _, char in sorted(placed)) if _out_of_order(placed) else text
    return Line(ordered.strip(), min(box[0] for box in boxes), max(box[2] for box in boxes),
                height - max(box[3] for box in boxes), height - min(box[1] for box in boxes))


def _out_of_order(placed: list[tuple[float, int, str]]) -> bool:
    return any(later[0] < earlier[0] - 1 for earlier, later in zip(placed, placed[1:], strict=False))


def _ocr_scans(document, scans: list[int], pages: list[list[Line]], heights: list[float], reading: Reading) -> None:
    if not scans:
        return
    from readers import ocr

    if len(scans) > MAX_OCR_PAGES:
        reading.warnings.append(f"attachment_ocr_pages_truncated:{MAX_OCR_PAGES}/{len(scans)}")
    results = []
    for index in scans[:MAX_OCR_PAGES]:
        image = document[index].render(scale=OCR_SCALE, grayscale=True).to_pil()
        lines = ocr.image_lines(image)
        pages[index], heights[index] = lines, float(image.height)
        results.append(lines)
    ocr.mark(reading, results)
