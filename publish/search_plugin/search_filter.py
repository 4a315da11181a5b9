"""The search box's filter as Datasette writes it, and whether a query is filtered by it alone.

Datasette's table search adds ``id in (select rowid from documents_fts where documents_fts match
escape_fts(:search))`` to the page's SQL (``+id in (…)`` once :mod:`.search_order` rewrites it).
When that is the page's only filter, its rows are exactly the search index's matches: the search
index holds one row per document, keyed by the document's id (publish keeps it so, and checks it,
publish/search.py), so they can be counted (:mod:`.search_count`) and faceted (:mod:`.facets`)
from the index without reading ``documents``.
"""

from __future__ import annotations

from contextvars import ContextVar

from datasette.utils import escape_sqlite

from publish.search import FTS_TABLE

SEARCHED_TABLE = "documents"
SEARCH_CLAUSE = (f"{escape_sqlite('id')} in (select rowid from {escape_sqlite(FTS_TABLE)} "
                 f"where {escape_sqlite(FTS_TABLE)} match escape_fts(:search))")
WALKED_SEARCH_CLAUSE = f"+{SEARCH_CLAUSE}"
MATCH_COUNT_SQL = f"select count(*) from {FTS_TABLE} where {FTS_TABLE} match escape_fts(:search)"
_FROM = f" from {escape_sqlite(SEARCHED_TABLE)} where "
# The index's count of the current request's search, once :mod:`.search_order` has asked for it
# (set again, or cleared, by every table request's filters).
_counted: ContextVar[tuple[str, str, int] | None] = ContextVar("banli_search_count", default=None)


def remember_count(database: str, search: str, count: int | None) -> None:
    _counted.set(None if count is None else (database, search, count))


def remembered_count(database: str, search: str) -> int | None:
    """The count of this search if this request has already asked the index for it."""
    counted = _counted.get()
    return counted[2] if counted is not None and counted[:2] == (database, search) else None


def is_search_only(sql: str) -> bool:
    """A ``select … from documents where …`` whose only condition is the search box's."""
    _, found, where = sql.partition(_FROM)
    return bool(found) and where.strip() in (SEARCH_CLAUSE, WALKED_SEARCH_CLAUSE)


def is_search_count(sql: str) -> bool:
    """Datasette's count of a table page filtered by the search box alone."""
    return sql.startswith("select count(*) from ") and is_search_only(sql)
