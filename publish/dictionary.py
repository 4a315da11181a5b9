"""The data dictionary (dictionary.yaml): the one description of tables and columns."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

DICTIONARY_PATH = Path(__file__).with_name("dictionary.yaml")

SQLITE_TYPES = {"integer": int, "number": float, "boolean": int}  # everything else is text


@lru_cache(maxsize=1)
def load_dictionary() -> dict:
    return yaml.safe_load(DICTIONARY_PATH.read_text(encoding="utf-8"))


def tables() -> dict[str, dict]:
    return load_dictionary()["tables"]


def column_names(table: str) -> list[str]:
    """The stable column order of a table, as published in every export."""
    return [column["name"] for column in tables()[table]["columns"]]


def column_types(table: str) -> dict[str, type]:
    return {c["name"]: SQLITE_TYPES.get(c["type"], str) for c in tables()[table]["columns"]}


def primary_key(table: str) -> str | list[str]:
    return tables()[table]["primary_key"]


def foreign_keys(table: str) -> list[tuple[str, str, str]]:
    """(column, other table, other table's primary key) for every column with ``fk``."""
    return [(c["name"], c["fk"], primary_key(c["fk"])) for c in tables()[table]["columns"] if "fk" in c]


def facet_columns(table: str) -> list[str]:
    """The columns a table is faceted on (a facet is a column name or ``{facet type: column}``)."""
    return [facet_column(facet) for facet in tables()[table].get("facets", [])]


def facet_column(facet: str | dict) -> str:
    return next(iter(facet.values())) if isinstance(facet, dict) else facet


def value_labels() -> dict[str, dict[str, str]]:
    """Chinese labels of coded values, by label set (doc_type, admin_level, flags …)."""
    return load_dictionary()["value_labels"]


def figures() -> list[dict]:
    """The figures of a document in display order: metric, zh, en."""
    return load_dictionary()["figures"]


def bilingual(entry: dict) -> str:
    """'中文 / English' description of a table or column."""
    return f"{entry['zh']} / {entry['en']}"


def short_name(entry: dict) -> str:
    """The Chinese name of a table or column: its description up to the first colon or bracket."""
    return entry["zh"].split("：")[0].split("（")[0]
