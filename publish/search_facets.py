"""Facet counts of the frequent one- and two-character searches, counted once per publish.

The facets of a search alone are counted from the search index's matches, grouped by each
document's facet group (publish/facet_groups.py): for a character or a word found in a third of
100,000 documents that is 31,000 matches joined and grouped, 13–25 ms of every such page. The
database is served immutable, so those counts cannot change until the next publish: publish
counts them here for every search of one character or one bigram that matches at least
:data:`FREQUENT_MATCHES` documents, keyed by the search's FTS5 expression
(:func:`publish.search.fts_query`, so 殡葬 and 殯葬 share one entry), and the page reads a few
hundred stored rows instead (publish/search_plugin/facets.py). Rarer searches stay cheap to count
live (under a few milliseconds); longer words are counted live too (their number is unbounded).

The candidates come from the index's own vocabulary (FTS5's ``fts5vocab``): every bigram token
in enough documents, and every character whose tokens together are in enough documents (an upper
bound on the documents containing it, checked by counting). At 100,000 documents of the bench
corpus: 1,252 searches, 80,000 rows, about 16 s of every publish (full or incremental) on two cores.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import sqlite_utils

from publish.facet_groups import match_counts_sql
from publish.search import FTS_TABLE, NO_MATCH, fts_query

SEARCH_FACETS_TABLE = "_banli_search_facet_counts"
# A search matching fewer documents is faceted live in a few milliseconds (the join costs ~0.4 µs a match).
FREQUENT_MATCHES = 5000
_VOCABULARY = "temp._banli_search_vocabulary"
_STORED = f"select facet_group, count from [{SEARCH_FACETS_TABLE}] where query = escape_fts(:search)"
# A search's (facet_group, count): the stored counts of a frequent search, else counted from the index.
# When stored, the index is asked for a phrase that matches nothing: SQLite would otherwise start the
# search (the costly part of a common one) before checking a condition that rules it out.
STORED_OR_MATCHED_COUNTS_SQL = (f"{_STORED} union all "
                                + match_counts_sql(f"iif(exists ({_STORED}), '{NO_MATCH}', escape_fts(:search))"))
# A search's number of matches: the sum of its stored counts, else the index's count.
STORED_OR_MATCHED_COUNT_SQL = (f"select coalesce((select sum(count) from [{SEARCH_FACETS_TABLE}] "
                               f"where query = escape_fts(:search)), (select count(*) from {FTS_TABLE} "
                               f"where {FTS_TABLE} match escape_fts(:search)))")


def refresh_search_facets(db: sqlite_utils.Database, minimum: int = FREQUENT_MATCHES, workers: int | None = None) -> None:
    """Count the facet groups of every frequent short search (replacing the previous counts);
    run after the facet groups are renumbered and committed. The searches are counted on
    ``workers`` read connections at once (SQLite runs them without holding Python's lock)."""
    queries = frequent_queries(db, minimum)
    workers = max(1, min(workers or os.cpu_count() or 1, len(queries)))
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    count = functools.partial(_group_counts, path, minimum=minimum)
    with ThreadPoolExecutor(workers) as pool:
        counted = list(pool.map(count, [queries[start::workers] for start in range(workers)]))
    with db.conn:
        db.execute(f"drop table if exists [{SEARCH_FACETS_TABLE}]")
        db.execute(f"create table [{SEARCH_FACETS_TABLE}] (query text, facet_group integer, count integer, "
                   "primary key (query, facet_group)) without rowid")
        db.conn.executemany(f"insert into [{SEARCH_FACETS_TABLE}] values (?, ?, ?)",
                            sorted(row for rows in counted for row in rows))


def _group_counts(path: str, queries: list[str], minimum: int) -> list[tuple[str, int, int]]:
    """(query, facet_group, count) of each query in at least ``minimum`` documents."""
    conn = sqlite3.connect(path)
    try:
        found = []
        for query in queries:
            rows = conn.execute(match_counts_sql("?"), [query]).fetchall()
            if sum(count for _, count in rows) >= minimum:
                found += [(query, group, count) for group, count in rows]
        return found
    finally:
        conn.close()


def frequent_queries(db: sqlite_utils.Database, minimum: int) -> list[str]:
    """FTS5 expressions of the bigrams in at least ``minimum`` documents and of the characters
    that may be (their tokens' document counts add up to at least ``minimum``)."""
    db.execute(f"create virtual table if not exists {_VOCABULARY} using fts5vocab(main, {FTS_TABLE}, row)")
    try:
        vocabulary = db.execute(f"select term, doc from {_VOCABULARY} where term not like '\\_%' escape '\\'").fetchall()
    finally:
        db.execute(f"drop table {_VOCABULARY}")
    characters: Counter = Counter()
    for term, documents in vocabulary:
        characters[term[0]] += documents
    terms = [term for term, documents in vocabulary if len(term) == 2 and documents >= minimum]
    return sorted({fts_query(term) for term in [*terms, *(c for c, documents in characters.items() if documents >= minimum)]})
