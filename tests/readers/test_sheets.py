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


def test_xls_is_read_with_xlrd():
    import pathlib

    import xlrd  # noqa: F401  (the reader's dependency must be installed)

    sample = pathlib.Path(xlrd.__file__).parent / "examples"
    files = sorted(sample.glob("*.xls")) if sample.exists() else []
    for path in files[:1]:
        assert read_attachment(path.read_bytes(), name=path.name).kind == "xls"
