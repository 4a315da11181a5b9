"""Create and migrate the published database from the data dictionary.

Tables come from dictionary.yaml; a migration is simply a dictionary column the database lacks
(added with ALTER TABLE) or a table whose columns are not in dictionary order (rebuilt in that
order with sqlite-utils ``transform``, once), recorded with the schema version in ``_banli_meta``.
Every facet column gets an index so Datasette's facet counts stay fast. The search index is
rebuilt when its recorded tokenization (``search_index_version``) differs from
:data:`search.INDEX_VERSION`.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.db import DescIndex

from publish import dictionary, search
from publish.ids import LEGACY_ID_SHIFT

SCHEMA_VERSION = 4  # 2: documents columns in reading order; 3: 53-bit ids; 4: texts in document_texts
META_TABLE = "_banli_meta"
# Creation order respects foreign keys.
TABLE_ORDER = ("sources", "issuing_bodies", "documents", "document_texts", "summaries", "breakdowns", "handling_stats", "mentioned_items",
               "topics", "attachments", "document_versions", "crawl_runs")
EXTRA_INDEXES = {
    # Newest first, ties by id: the order of Datasette's pages after the first (``_next``), so a
    # search walking it (publish/search_plugin/search_order.py) pages without skipping a tie.
    "documents": [["source_id"], [DescIndex("publish_date"), "id"], ["last_changed"], ["first_seen"], ["removed_at"], ["index_number"]],
    "handling_stats": [["document_id"], ["metric", "level", "document_id"]],
    "breakdowns": [["document_id"]],
    # The compare query walks summaries in its order (publish/queries.py).
    "summaries": [["is_repost", "is_synthetic", "handling_year"], ["issuing_body", "handling_year", "publish_date", "document_id"]],
    "mentioned_items": [["document_id"], ["number"]],
    "attachments": [["document_id"]],
    "document_versions": [["recorded_at"]],
}

RETIRED_INDEXES = ["idx_documents_publish_date",  # replaced by (publish_date desc, id)
                   "idx_summaries_issuing_body_handling_year"]  # by (…, publish_date, document_id)

# A search's facets are counted from one narrow index holding all the facet columns
# (publish/search_plugin/search_order.py), not from the table's wide rows.
SEARCHED_TABLES = ("documents",)


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create missing tables, columns, indexes and the search index; idempotent."""
    search.register_functions(db.conn)
    _shorten_legacy_ids(db)
    for table in TABLE_ORDER:
        _ensure_table(db, table)
    for index in RETIRED_INDEXES:
        db.execute(f"drop index if exists [{index}]")
    _move_texts_out(db)
    _ensure_search_index(db)
    set_meta_value(db, "schema_version", str(SCHEMA_VERSION))


# Columns holding stable ids (publish.ids.stable_id), shortened once from 63 to 53 bits.
STABLE_ID_COLUMNS = {"documents": ["id"], "handling_stats": ["id", "document_id"],
                     "mentioned_items": ["id", "document_id"], "topics": ["document_id"],
                     "attachments": ["id", "document_id"], "document_versions": ["document_id"]}


def _shorten_legacy_ids(db: sqlite_utils.Database) -> None:
    """Schema 3: ids of a database built with 63-bit ids become the 53-bit ids of the same keys.

    The new id is the old one shifted right (both are leading bits of the same digest), so
    document pages keep a predictable address and no id has to be recomputed from its key.
    The search index is keyed on the document id and is rebuilt.
    """
    version = meta_value(db, "schema_version")
    if version is None or int(version) >= 3:
        return
    with db.conn:
        for table, columns in STABLE_ID_COLUMNS.items():
            if db[table].exists():
                assignments = ", ".join(f"[{c}] = [{c}] >> {LEGACY_ID_SHIFT}" for c in columns)
                db.execute(f"update [{table}] set {assignments}")
        set_meta_value(db, "search_index_version", "")
        set_meta_value(db, "schema_version", "3")


TEXT_COLUMNS = ("text", "text_original")


def _move_texts_out(db: sqlite_utils.Database) -> None:
    """Schema 4: document bodies live in ``document_texts``, so ``documents`` rows are a few hundred
    bytes and searches, facets and counts over thousands of them read few pages. The search
    index reads the texts through its view and is rebuilt."""
    if "text" not in db["documents"].columns_dict:
        return
    with db.conn:
        db.execute(f"drop view if exists {search.FTS_SOURCE_VIEW}")
        db.execute("insert or replace into document_texts (document_id, text, text_original) "
                   "select id, text, text_original from documents")
        set_meta_value(db, "search_index_version", "")
    db["documents"].transform(drop=set(TEXT_COLUMNS))


def _ensure_search_index(db: sqlite_utils.Database) -> None:
    """Create the search index, or rebuild it when it was built with other tokens."""
    if meta_value(db, "search_index_version") == search.INDEX_VERSION:
        search.create_fts(db.conn)
        return
    search.rebuild_fts(db.conn)
    set_meta_value(db, "search_index_version", search.INDEX_VERSION)


def _ensure_table(db: sqlite_utils.Database, name: str) -> None:
    table = db[name]
    columns = dictionary.column_types(name)
    if not table.exists():
        table.create(columns, pk=dictionary.primary_key(name), foreign_keys=dictionary.foreign_keys(name))
    else:
        for column, column_type in columns.items():
            if column not in table.columns_dict:
                table.add_column(column, column_type)
        if [column for column in table.columns_dict if column in columns] != list(columns):
            table.transform(column_order=list(columns))
    wanted = [[c] for c in dictionary.facet_columns(name)] + EXTRA_INDEXES.get(name, [])
    if name in SEARCHED_TABLES:
        wanted.append(dictionary.facet_columns(name))
    for index_columns in wanted:
        table.create_index(index_columns, if_not_exists=True)


def meta_value(db: sqlite_utils.Database, key: str) -> str | None:
    if META_TABLE not in db.table_names():
        return None
    row = next(db[META_TABLE].rows_where("key = ?", [key]), None)
    return row["value"] if row else None


def set_meta_value(db: sqlite_utils.Database, key: str, value: str) -> None:
    db[META_TABLE].upsert({"key": key, "value": value}, pk="key")
