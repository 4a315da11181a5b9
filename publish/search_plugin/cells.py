"""How cells read in table and query pages: Chinese labels beside codes, snippets with their hits
marked, document titles and ids linked to the document page. Only markup we write is returned;
every value from the database is escaped."""

from __future__ import annotations

import json
from functools import lru_cache

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
        return None
    if column == "snippet" and isinstance(value, str):
        return marked_html(value)
    document_id = _document_id(row, column)
    if document_id is not None:
        href = datasette.urls.row(database, "documents", str(document_id))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None


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
