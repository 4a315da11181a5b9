"""Facet counts of every table's default facets, computed once per publish.

A table page without filters shows the same counts until the next publish (the database is
served immutable), so they are read from ``_banli_facet_counts`` instead of being counted again
over 100,000 rows at every request (publish/search_plugin/facets.py).
"""

from __future__ import annotations

import sqlite_utils

from publish import dictionary

FACET_COUNTS_TABLE = "_banli_facet_counts"


def refresh_facet_counts(db: sqlite_utils.Database) -> None:
    """Count every default facet value (blanks too) of every table, replacing the previous counts."""
    with db.conn:
        db.execute(f"create table if not exists {FACET_COUNTS_TABLE} "
                   "(table_name text, column_name text, value, count integer)")
        db.execute(f"delete from {FACET_COUNTS_TABLE}")
        for table in dictionary.tables():
            for column in dictionary.facet_columns(table):
                db.execute(f"insert into {FACET_COUNTS_TABLE} select ?, ?, [{column}], count(*) "
                           f"from [{table}] group by [{column}]", [table, column])
