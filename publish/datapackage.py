"""dictionary.yaml → a Frictionless ``datapackage.json`` describing the exports.

Each table is one tabular resource (its CSV), with the byte size and SHA-256 of the file so a
download can be checked (``frictionless validate`` does). The same table's NDJSON and
Excel-friendly CSV are listed under the resource's ``alternates`` with their own sizes and hashes.
JSON columns are typed as arrays (Frictionless reads the JSON text of the CSV cell).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from publish import dictionary

EXCEL_SUFFIX = ".excel.csv"
ALTERNATES = (
    ("ndjson", "application/x-ndjson", "utf-8",
     "One JSON object per line; JSON columns decoded, booleans true/false / 每行一个 JSON 对象"),
    (EXCEL_SUFFIX.lstrip("."), "text/csv", "utf-8-sig",
     "CSV for Excel: BOM, CRLF, ids written as =\"…\" so Excel keeps every digit / 供 Excel 打开的 CSV"),
)

FRICTIONLESS_TYPES = {
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "text": {"type": "string"},
    "date": {"type": "date"},
    "datetime": {"type": "datetime", "format": "any"},
    "boolean": {"type": "boolean", "trueValues": ["1"], "falseValues": ["0"]},
    "json": {"type": "array"},
}


def datapackage(sources: list[dict] | None = None, files_dir: Path | None = None) -> dict:
    """The descriptor; with ``files_dir``, every file's ``bytes`` and ``hash`` are read from there."""
    spec = dictionary.load_dictionary()
    licence = spec["licence"]
    return {
        "profile": "tabular-data-package",
        "name": "banli",
        "title": spec["title_en"],
        "description": f"{spec['description']}\n\n{spec['description_en']}\n\n{spec['licence_note']}",
        "homepage": spec["homepage"],
        "licenses": [{"name": licence["name"], "title": licence["title"], "path": licence["path"]}],
        "sources": [{"title": s["name"], "path": s["base_url"] + s["columns"][0]} for s in sources or []],
        "resources": [_with_files(_resource(name, table), name, files_dir) for name, table in dictionary.tables().items()],
    }


def _with_files(resource: dict, name: str, files_dir: Path | None) -> dict:
    if files_dir is None:
        return resource
    resource.update(_integrity(files_dir / resource["path"]))
    resource["alternates"] = [
        {"path": f"{name}.{suffix}", "format": suffix.split(".")[-1], "mediatype": mediatype, "encoding": encoding,
         "description": description, **_integrity(files_dir / f"{name}.{suffix}")}
        for suffix, mediatype, encoding, description in ALTERNATES
    ]
    return resource


def _integrity(path: Path) -> dict:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"bytes": path.stat().st_size, "hash": f"sha256:{digest.hexdigest()}"}


def _resource(name: str, table: dict) -> dict:
    primary_key = table["primary_key"]
    return {
        "name": name.replace("_", "-"),
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "title": table["en"],
        "description": dictionary.bilingual(table),
        "schema": {
            "fields": [_field(column) for column in table["columns"]],
            "primaryKey": primary_key if isinstance(primary_key, list) else [primary_key],
            "foreignKeys": [
                {"fields": column, "reference": {"resource": other.replace("_", "-"), "fields": other_pk}}
                for column, other, other_pk in dictionary.foreign_keys(name)
            ],
        },
    }


def _field(column: dict) -> dict:
    description = dictionary.bilingual(column)
    return {"name": column["name"], "title": column["en"], "description": description, **FRICTIONLESS_TYPES[column["type"]]}
