"""Each searched document's facet values as one small integer, for counting a search's facets.

A search that matches a third of 100,000 documents has to read the facet columns of 31,000
rows to count its facets. Read from ``documents`` (by id, or by walking its facet index and
probing the matches) that is 40–80 ms. Publish therefore numbers the distinct combinations of a
searched table's facet values (``_banli_facet_groups``: a few hundred rows) and gives every
document its combination's number in a narrow table keyed by document id
(``_banli_document_facet_groups``). The facets of a search are then one join of the search
index's matches with that narrow table, grouped by an integer (~20 ms), and the few hundred
groups are added up per column (publish/search_plugin/facets.py). Rebuilt at every publish
from ``documents`` itself, so the groups always agree with the rows served.
"""

from __future__ import annotations

import sqlite_utils

from publish import dictionary
from publish.search import FTS_TABLE

GROUPS_TABLE = "_banli_facet_groups"
DOCUMENT_GROUPS_TABLE = "_banli_document_facet_groups"
GROUPED_TABLE = "documents"


def grouped_columns() -> list[str]:
    return dictionary.facet_columns(GROUPED_TABLE)


def refresh_facet_groups(db: sqlite_utils.Database) -> None:
    """Number the facet combinations of ``documents`` and record each document's number (replacing both)."""
    columns = ", ".join(f"[{column}]" for column in grouped_columns())
    same_values = " and ".join(f"groups.[{column}] is documents.[{column}]" for column in grouped_columns())
    with db.conn:
        for table in (GROUPS_TABLE, DOCUMENT_GROUPS_TABLE):
            db.execute(f"drop table if exists [{table}]")
        db.execute(f"create table [{GROUPS_TABLE}] (id integer primary key, {columns})")
        db.execute(f"insert into [{GROUPS_TABLE}] ({columns}) select distinct {columns} from [{GROUPED_TABLE}] "
                   f"order by {columns}")
        db.execute(f"create unique index [idx_{GROUPS_TABLE}_values] on [{GROUPS_TABLE}] ({columns})")
        db.execute(f"create table [{DOCUMENT_GROUPS_TABLE}] (document_id integer primary key, "
                   "facet_group integer not null)")
        db.execute(f"insert into [{DOCUMENT_GROUPS_TABLE}] select documents.id, groups.id "
                   f"from [{GROUPED_TABLE}] as documents join [{GROUPS_TABLE}] as groups on {same_values} "
                   "order by documents.id")


def match_counts_sql(match: str) -> str:
    """``(facet_group, count)`` of the search index's matches of ``match`` (an SQL expression giving an FTS5 query)."""
    return (f"select facet_group, count(*) as count from {FTS_TABLE} join [{DOCUMENT_GROUPS_TABLE}] "
            f"on [{DOCUMENT_GROUPS_TABLE}].document_id = {FTS_TABLE}.rowid where {FTS_TABLE} match {match} "
            "group by facet_group")
