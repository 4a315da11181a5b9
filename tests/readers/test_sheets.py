"""Spreadsheets of items → mentioned_items (number, title, proposers, lead body, outcome)."""

from __future__ import annotations

import random

from normalize.attachment import normalize_attachment
from readers import read_attachment
from replica import writing
from replica.attachments import items_xlsx


def test_item_list_fills_mentioned_items():
    items = writing.item_list(random.Random(7), "市民政局", 2023)
    reading = read_attachment(items_xlsx("2023年建议提案办理情况一览表", items), name="list.xlsx")
    assert reading.kind == "xlsx" and reading.warnings == []
    document = normalize_attachment(reading.as_dict(), name="list.xlsx")
    assert document["mentioned_items"] == items


def _xls(rows: list[list]) -> bytes:
    """A legacy Excel 97 workbook (BIFF8), written by xlwt as older office suites write it."""
    import io

    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("一览表")
    for row_number, row in enumerate(rows):
        for column, value in enumerate(row):
            sheet.write(row_number, column, value)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_legacy_xls_is_read_with_xlrd():
    items = writing.item_list(random.Random(11), "区民政局", 2022)
    rows = [["2022年建议提案办理情况一览表"], ["序号", "案号", "案由", "领衔人", "主办单位", "办理结果"]]
    rows += [[n, item["number"], item["title"], "、".join(item["proposers"]), item["lead_body"], item["outcome"]]
             for n, item in enumerate(items, start=1)]
    reading = read_attachment(_xls(rows), name="list.xls")
    assert reading.kind == "xls" and reading.warnings == []
    assert normalize_attachment(reading.as_dict(), name="list.xls")["mentioned_items"] == items
