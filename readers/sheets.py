"""Spreadsheets → one page per sheet (`a | b` rows) and the rows themselves, for item lists.

XLSX through openpyxl in read-only mode (cells streamed, values not formulas), XLS/ET through
xlrd. Rows past MAX_SHEET_ROWS are left out with a warning.
"""

from __future__ import annotations

import datetime as dt
import io

from readers.layout import fold
from readers.reading import MAX_SHEET_ROWS, ReaderError, Reading
from readers.zips import check_zip


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    return fold(" ".join(str(value).split()))


def _add_sheet(reading: Reading, name: str, rows) -> None:
    table = []
    for index, row in enumerate(rows):
        if index >= MAX_SHEET_ROWS:
            reading.warnings.append(f"attachment_rows_truncated:{name}:{MAX_SHEET_ROWS}")
            break
        cells = [_cell(value) for value in row]
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            table.append(cells)
    if table:
        reading.tables.append(table)
        reading.pages.append("\n".join(" | ".join(cells) for cells in table))


def read_xlsx(data: bytes) -> Reading:
    check_zip(data)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (KeyError, ValueError, OSError, TypeError) as error:
        raise ReaderError(f"attachment_corrupt:xlsx:{error}") from None
    reading = Reading("xlsx")
    try:
        for sheet in workbook.worksheets:
            _add_sheet(reading, sheet.title, sheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    return reading


def read_xls(data: bytes) -> Reading:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except (xlrd.XLRDError, ValueError, OSError, AssertionError, IndexError, KeyError) as error:
        raise ReaderError(f"attachment_corrupt:xls:{error}") from None
    reading = Reading("xls")
    for sheet in book.sheets():
        _add_sheet(reading, sheet.name, (sheet.row_values(index) for index in range(sheet.nrows)))
    return reading
