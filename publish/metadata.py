"""dictionary.yaml → Datasette metadata (descriptions, facets, search, canned queries, plugins)."""

from __future__ import annotations

import json
from pathlib import Path

from publish import dictionary, search
from publish.queries import QUERIES

DATABASE_NAME = "banli"
HIDDEN_TABLES = ("_banli_meta", "_banli_runs")


def datasette_metadata(database_name: str = DATABASE_NAME) -> dict:
    spec = dictionary.load_dictionary()
    licence = spec["licence"]
    return {
        "title": spec["title"],
        "description": f"{spec['description']} / {spec['description_en']} {spec['licence_note']}",
        "license": licence["title"],
        "license_url": licence["path"],
        "source": "banli source registry (banli/sources.yaml)",
        "source_url": spec["homepage"],
        "about": "banli",
        "about_url": spec["homepage"],
        "databases": {database_name: {
            "description": f"{spec['description']} / {spec['description_en']}",
            "tables": {**_tables(), **{name: {"hidden": True} for name in HIDDEN_TABLES}},
            "queries": QUERIES,
        }},
        "plugins": {"datasette-atom": {"allow_unsafe_html_in_canned_queries": False}},
    }


def _tables() -> dict:
    tables = {}
    for name, spec in dictionary.tables().items():
        table = {
            "description": dictionary.bilingual(spec),
            "columns": {column["name"]: dictionary.bilingual(column) for column in spec["columns"]},
            "facets": spec.get("facets", []),
        }
        for key in ("sort_desc", "label_column"):
            if key in spec:
                table[key] = spec[key]
        tables[name] = table
    tables["documents"].update(fts_table=search.FTS_TABLE, fts_pk="id", searchmode="escaped")
    return tables


def write_metadata(path: str | Path, database_name: str = DATABASE_NAME) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(datasette_metadata(database_name), ensure_ascii=False, indent=2), encoding="utf-8")
    return path
