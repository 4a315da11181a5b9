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
bound on the documents containing it, checked by counting).
"""

from __future__ import annotations

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


def refresh_search_facets(db: sqlite_utils.Database, minimum: int = FREQUENT_MATCHES) -> None:
    """Count the facet groups of every frequent short search (replacing the previous counts);
    run after the facet groups are renumbered."""
    with db.conn:
        db.execute(f"drop table if exists [{SEARCH_FACETS_TABLE}]")
        db.execute(f"create table [{SEARCH_FACETS_TABLE}] (query text, facet_group integer, count integer, "
                   "primary key (query, facet_group)) without rowid")
        for query in frequent_queries(db, minimum):
            db.execute(f"insert into [{SEARCH_FACETS_TABLE}] select ?1, * from ({match_counts_sql('?1')})", [query])
        db.execute(f"delete from [{SEARCH_FACETS_TABLE}] where query in (select query from [{SEARCH_FACETS_TABLE}] "
                   "group by query having sum(count) < ?)", [minimum])


def frequent_queries(db: sqlite_utils.Database, minimum: int) -> list[str]:
    """FTS5 expressions of the bigrams in at least ``minimum`` documents and of the characters
    that may be (their tokens' document counts add up to at least ``minimum``)."""
    db.execute(f"create virtual table if not exists {_VOCABULARY} using fts5vocab(main, {FTS_TABLE}, row)")
    try:
        terms = [term for term, _ in db.execute(
            f"select term, doc from {_VOCABULARY} where term not like '\\_%' escape '\\' and length(term) = 2 "
            "and doc >= ?", [minimum]).fetchall()]
        characters = [character for character, _ in db.execute(
            f"select substr(term, 1, 1) as character, sum(doc) from {_VOCABULARY} where term not like '\\_%' escape '\\' "
            "group by character having sum(doc) >= ?", [minimum]).fetchall()]
    finally:
        db.execute(f"drop table {_VOCABULARY}")
    return sorted({fts_query(term) for term in [*terms, *characters]})
