"""``banli export``: the database → CSV, Excel-friendly CSV, NDJSON and datapackage.json in datasets/.

Columns and their order come from the data dictionary, so downstream users can rely on them.
Every file is written under a temporary name and renamed into place.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from banli import paths
from publish import dictionary
from publish.datapackage import EXCEL_SUFFIX, datapackage
from publish.readme import write_readme


def export_all(db_path: str | Path | None = None, out_dir: str | Path | None = None) -> list[Path]:
    db = sqlite_utils.Database(db_path or paths.database_path())
    out_dir = Path(out_dir or paths.datasets_dir())
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in dictionary.tables():
        columns = dictionary.column_names(table)
        written.append(_write_csv(out_dir / f"{table}.csv", columns, _rows(db, table, columns)))
        written.append(_write_csv(out_dir / f"{table}{EXCEL_SUFFIX}", columns, _rows(db, table, columns), excel=True))
        written.append(_write_ndjson(out_dir / f"{table}.ndjson", table, _rows(db, table, columns)))
    sources = [dict(row, columns=json.loads(row["columns"] or "[]")) for row in db["sources"].rows]
    with _replacing(out_dir / "datapackage.json") as tmp:
        tmp.write_text(json.dumps(datapackage(sources, out_dir), ensure_ascii=False, indent=2), encoding="utf-8")
    written.append(out_dir / "datapackage.json")
    written.append(write_readme(out_dir / "README.md"))
    return written


def _rows(db: sqlite_utils.Database, table: str, columns: list[str]) -> Iterable[tuple]:
    order = dictionary.primary_key(table)
    order_by = ", ".join(f"[{c}]" for c in (order if isinstance(order, list) else [order]))
    select = ", ".join(f"[{c}]" for c in columns)
    return db.execute(f"select {select} from [{table}] order by {order_by}").fetchall()


@contextmanager
def _replacing(path: Path):
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_csv(path: Path, columns: list[str], rows: Iterable[tuple], excel: bool = False) -> Path:
    """UTF-8 CSV; the Excel variant adds a BOM and CRLF and guards long ids as text."""
    id_positions = [i for i, c in enumerate(columns) if c == "id" or c.endswith("_id")] if excel else []
    with _replacing(path) as tmp, open(tmp, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n" if excel else "\n")
        writer.writerow(columns)
        for row in rows:
            if id_positions:
                row = list(row)
                for position in id_positions:
                    if isinstance(row[position], int):
                        row[position] = f'="{row[position]}"'
            writer.writerow(row)
    return path


def _write_ndjson(path: Path, table: str, rows: Iterable[tuple]) -> Path:
    """One JSON object per line, Chinese kept as is; JSON columns decoded, booleans as true/false."""
    spec = dictionary.tables()[table]["columns"]
    with _replacing(path) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        for row in rows:
            record = {column["name"]: _ndjson_value(column["type"], value) for column, value in zip(spec, row, strict=True)}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _ndjson_value(column_type: str, value):
    if value is None:
        return None
    if column_type == "json":
        return json.loads(value)
    if column_type == "boolean":
        return bool(value)
    return value
