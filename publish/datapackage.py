"""dictionary.yaml → a Frictionless ``datapackage.json`` describing the CSV exports."""

from __future__ import annotations

from publish import dictionary

FRICTIONLESS_TYPES = {
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "text": {"type": "string"},
    "date": {"type": "date"},
    "datetime": {"type": "datetime", "format": "any"},
    "boolean": {"type": "boolean", "trueValues": ["1"], "falseValues": ["0"]},
    "json": {"type": "string", "format": "default"},
}


def datapackage(sources: list[dict] | None = None) -> dict:
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
        "resources": [_resource(name, table) for name, table in dictionary.tables().items()],
    }


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
    if column["type"] == "json":
        description += " (JSON)"
    return {"name": column["name"], "title": column["en"], "description": description, **FRICTIONLESS_TYPES[column["type"]]}
