"""DOCX → text with python-docx: paragraphs and tables in body order (tables as `a | b` rows, the
shape the normalizer reads from HTML tables); explicit page breaks start a new page."""

from __future__ import annotations

import io

from readers.layout import fold
from readers.reading import ReaderError, Reading
from readers.zips import check_zip

_PAGE_BREAK_XPATH = './/w:br[@w:type="page"]'


def read_docx(data: bytes) -> Reading:
    check_zip(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, SyntaxError) as error:
        raise ReaderError(f"attachment_corrupt:docx:{error}") from None
    reading = Reading("docx")
    pages: list[list[str]] = [[]]
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            rows = _table_rows(block)
            reading.tables.append(rows)
            pages[-1].extend(" | " + " | ".join(row) for row in rows)
            continue
        if block._p.xpath(_PAGE_BREAK_XPATH) and pages[-1]:
            pages.append([])
        text = block.text.strip()
        if text:
            pages[-1].append(text)
    reading.pages = [fold("\n".join(lines)) for lines in pages if lines]
    return reading


def _table_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells = [" ".join(cell.text.split()) for cell in row.cells]
        deduplicated = [cell for index, cell in enumerate(cells) if index == 0 or cell != cells[index - 1]]
        if any(deduplicated):
            rows.append([fold(cell) for cell in deduplicated])
    return rows
