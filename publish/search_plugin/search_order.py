"""Searches that match many documents read the table in its sort order instead of by id.

Datasette's search filter is ``[id] in (select rowid from documents_fts where … match …)``.
SQLite answers it by looking every match up by id and then sorting them all for the page: for a
term in a third of 100,000 documents, 31,000 lookups and a sort of 31,000 rows (~40 ms idle), and
the facets look them up again. Written ``+[id] in (…)`` (the unary plus keeps SQLite from using
the id), the matches become a set that SQLite probes while it walks the ``publish_date`` index
newest first, stopping at the page's last row (~5 ms), and the facets walk the narrow facet index.
That index orders ties by id, as Datasette's later pages (``_next``) do (publish/schema.py).
For a rare term that walk would cover the whole table, so the clause is rewritten only when the
index itself counts (in a few ms) at least :data:`MANY_MATCHES` matches. Same rows either way.
"""

from __future__ import annotations

import sqlite3

from datasette.utils import await_me_maybe

from publish.search import MANY_MATCHES
from publish.search_facets import STORED_OR_MATCHED_COUNT_SQL
from publish.search_plugin.search_filter import MATCH_COUNT_SQL, SEARCH_CLAUSE, remember_count


def wrap(datasette, database: str, result):
    """A filters_from_request result whose search clause is rewritten when the search matches many."""
    async def rewritten():
        arguments = await await_me_maybe(result)
        if arguments is None or "search" not in arguments.params:
            return arguments
        remember_count(database, "", None)
        clauses = arguments.where_clauses
        if SEARCH_CLAUSE in clauses \
                and await _matches(datasette, database, arguments.params["search"]) >= MANY_MATCHES:
            arguments.where_clauses = [f"+{clause}" if clause == SEARCH_CLAUSE else clause for clause in clauses]
        return arguments
    return rewritten


async def _matches(datasette, database: str, search: str) -> int:
    """The index's count of the search's matches (summed from publish's counts for a frequent one)."""
    db = datasette.get_database(database)
    try:
        count = (await db.execute(STORED_OR_MATCHED_COUNT_SQL, {"search": search})).single_value()
    except sqlite3.OperationalError:  # published before the stored counts
        count = (await db.execute(MATCH_COUNT_SQL, {"search": search})).single_value()
    remember_count(database, search, count)
    return count
