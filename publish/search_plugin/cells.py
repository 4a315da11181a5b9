"""How cells read in table, row and query pages: Chinese labels beside codes, snippets with their
hits marked, document titles and ids linked to the document page, and on a row page a foreign
key by its label (Datasette labels them on table pages only: 上海市嘉定区民政局 rather than 12).
Only markup we write is returned; every value from the database is escaped."""

from __future__ import annotations

import json
from functools import lru_cache

from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from publish import dictionary
from publish.search import marked_html

# Coded columns of query results (no table to look their label set up in).
QUERY_LABEL_SETS = {"doc_type": "doc_type", "doc_subtype": "doc_subtype", "admin_level": "admin_level",
                    "flags": "flags", "kind": "kind", "role": "role"}


@lru_cache(maxsize=64)
def label_sets(table: str | None) -> dict[str, str]:
    """{column: label set} for a table's coded columns, or for a query's."""
    if table is None:
        return QUERY_LABEL_SETS
    spec = dictionary.tables().get(table)
    return {c["name"]: c["labels"] for c in spec["columns"] if "labels" in c} if spec else {}


def render(row, value, column: str, table: str | None, database: str, datasette) -> Markup | None:
    if value is None:
        return None
    label_set = label_sets(table).get(column)
    if label_set:
        return _labelled(label_set, value)
    if table is not None:
        other_table = foreign_key_tables(table).get(column)
        return _labelled_key(datasette, database, table, column, other_table, value) if other_table else None
    if column == "snippet" and isinstance(value, str):
        return marked_html(value)
    document_id = _document_id(row, column)
    if document_id is not None:
        href = datasette.urls.row(database, "documents", str(document_id))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None


@lru_cache(maxsize=64)
def foreign_key_tables(table: str) -> dict[str, str]:
    """{column: the table it points to} for a table's foreign keys."""
    if table not in dictionary.tables():
        return {}
    return {column: other for column, other, _ in dictionary.foreign_keys(table)}


async def _labelled_key(datasette, database: str, table: str, column: str, other_table: str, value) -> Markup | None:
    """A foreign key not labelled yet (a row page's) as a table page shows it: its label linked, the key after it.

    A table page hands over its labelled keys as dicts and keeps Datasette's own rendering."""
    if isinstance(value, dict):
        return None
    label = (await datasette.expand_foreign_keys(database, table, column, [value])).get((column, value))
    if label is None or label == value:
        return None
    href = datasette.urls.row(database, other_table, tilde_encode(str(value)))
    return Markup(f'<a href="{escape(href)}">{escape(label)}</a>&nbsp;<em>{escape(value)}</em>')


def _document_id(row, column: str) -> int | None:
    """The document a query cell names: its document_id, or the row's id for a documents title."""
    keys = row.keys()
    if column == "document_id" and isinstance(row["document_id"], int):
        return row["document_id"]
    if column == "title" and "id" in keys and "url" in keys and isinstance(row["id"], int):
        return row["id"]
    return None


def _labelled(label_set: str, value) -> Markup | None:
    labels = dictionary.value_labels()[label_set]
    if label_set == "flags":
        try:
            codes = json.loads(value) if isinstance(value, str) else []
        except ValueError:
            return None
        return Markup("、".join(f'{escape(labels.get(code, code))} <code>{escape(code)}</code>' for code in codes))
    if value not in labels:
        return None
    return Markup(f'{escape(labels[value])} <code>{escape(value)}</code>')
