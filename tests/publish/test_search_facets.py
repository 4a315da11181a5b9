"""Facet counts of frequent short searches, stored at publish: pages read them, and they are the
counts of the rows a search lists (the corpus is small, so the threshold is lowered to 2)."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter

import pytest
import sqlite_utils

from publish import search
from publish.search_facets import SEARCH_FACETS_TABLE, frequent_queries, refresh_search_facets
from tests.publish.test_datasette import datasette_client, substring_hits
from tests.publish.test_search_counts import facets_of, listed, page_facets

MINIMUM = 2


def with_stored_search_facets(built_db, directory):
    stored = directory / "stored.db"
    shutil.copy(built_db, stored)
    db = sqlite_utils.Database(stored)
    search.register_functions(db.conn)
    refresh_search_facets(db, minimum=MINIMUM)
    db.close()
    return stored


@pytest.fixture(scope="module")
def stored_db(built_db, tmp_path_factory):
    return with_stored_search_facets(built_db, tmp_path_factory.mktemp("search_facets"))


def stored_totals(db_path) -> dict[str, int]:
    return dict(sqlite3.connect(db_path).execute(
        f"select query, sum(count) from {SEARCH_FACETS_TABLE} group by query").fetchall())


def short_terms(built_db) -> Counter:
    """Documents containing each character and each pair of letters or digits (the reference)."""
    conn = sqlite3.connect(built_db)
    found: Counter = Counter()
    for title, text in conn.execute("select title, text from documents "
                                    "left join document_texts on document_texts.document_id = documents.id"):
        written = search.normalise(f"{title or ''}\n{text or ''}").lower()
        pairs = {a + b for a, b in zip(written, written[1:], strict=False) if (a + b).isalnum()}
        found.update({character for character in written if character.isalnum()} | pairs)
    return found


def test_every_frequent_character_and_pair_is_stored_with_its_count(stored_db, built_db):
    expected = {search.fts_query(term): count for term, count in short_terms(built_db).items() if count >= MINIMUM}
    assert stored_totals(stored_db) == expected


@pytest.mark.parametrize("term", ["养", "殡葬", "殯葬", "养老"])
def test_a_frequent_search_reads_its_stored_counts(stored_db, term):
    client = datasette_client(stored_db)
    page = client(f"/{stored_db.stem}/documents.json?_search={term}&_size=2").json()
    rows = listed(client, stored_db.stem, f"_search={term}")
    assert search.fts_query(term) in stored_totals(stored_db)
    assert page["filtered_table_rows_count"] == len(rows) == len(substring_hits(stored_db, term)) > 0
    assert page_facets(page) == {column: values for column, values in facets_of(rows).items() if values}


def test_the_page_shows_what_is_stored(stored_db, tmp_path):
    """One more document stored for 殡葬 in its largest group: one more in its count and facets."""
    changed = tmp_path / "changed.db"
    shutil.copy(stored_db, changed)
    with sqlite3.connect(changed) as conn:
        conn.execute(f"update {SEARCH_FACETS_TABLE} set count = count + 1 where query = ? and facet_group = "
                     f"(select facet_group from {SEARCH_FACETS_TABLE} where query = ?1 order by count desc limit 1)",
                     [search.fts_query("殡葬")])
    before = datasette_client(stored_db)(f"/{stored_db.stem}/documents.json?_search=殡葬").json()
    after = datasette_client(changed)(f"/{changed.stem}/documents.json?_search=殡葬").json()
    assert after["filtered_table_rows_count"] == before["filtered_table_rows_count"] + 1
    assert sum(after["facet_results"]["doc_type"]["results"][i]["count"] for i in range(
        len(after["facet_results"]["doc_type"]["results"]))) == before["filtered_table_rows_count"] + 1


def test_longer_and_rare_searches_are_counted_live(stored_db):
    client = datasette_client(stored_db)
    for term in ["养老 建设", "殡葬 -改革", "没有这个词"]:
        assert search.fts_query(term) not in stored_totals(stored_db)
        page = client(f"/{stored_db.stem}/documents.json?_search={term}").json()
        rows = listed(client, stored_db.stem, f"_search={term}")
        assert page_facets(page) == {column: values for column, values in facets_of(rows).items() if values}


def test_a_search_in_fewer_documents_than_the_minimum_is_left_out(stored_db):
    db = sqlite_utils.Database(stored_db)
    hits = len(substring_hits(stored_db, "殡葬"))
    assert search.fts_query("殡葬") in frequent_queries(db, hits)
    assert search.fts_query("殡葬") not in frequent_queries(db, hits + 1)


def test_a_database_published_before_the_stored_counts_counts_live(stored_db, tmp_path):
    older = tmp_path / "older.db"
    shutil.copy(stored_db, older)
    with sqlite3.connect(older) as conn:
        conn.execute(f"drop table {SEARCH_FACETS_TABLE}")
    client = datasette_client(older)
    for term in ["养", "殡葬"]:
        page = client(f"/{older.stem}/documents.json?_search={term}").json()
        rows = listed(client, older.stem, f"_search={term}")
        assert page["filtered_table_rows_count"] == len(rows) > 0
        assert page_facets(page) == {column: values for column, values in facets_of(rows).items() if values}
