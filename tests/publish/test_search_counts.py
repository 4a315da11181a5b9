"""A page filtered by a search alone is counted and faceted from the search index and the facet
groups: the same count and facets as Datasette's own SQL over the rows it lists."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3

import pytest
from datasette.database import QueryInterrupted

from publish import dictionary, search
from publish.facet_counts import FACET_COUNTS_TABLE
from publish.facet_groups import DOCUMENT_GROUPS_TABLE, GROUPS_TABLE
from publish.search_facets import STORED_OR_MATCHED_COUNT_SQL
from publish.search_plugin import search_filter, search_order
from publish.search_plugin.facets import CountedFacet
from tests.publish.conftest import archive_run, corpus, publish_test
from tests.publish.test_datasette import datasette_client, substring_hits

TERMS = ["养", "养老", "殡葬", "养老 建设", "养老 OR 殡葬", "殡葬 -改革", "2021", "没有这个词"]


@pytest.fixture(scope="module")
def client(built_db):
    return datasette_client(built_db)


def listed(client, db_name: str, query: str) -> list[dict]:
    return client(f"/{db_name}/documents.json?{query}&_size=max&_shape=array").json()


def facets_of(rows: list[dict]) -> dict[str, dict]:
    counts: dict[str, dict] = {column: {} for column in dictionary.facet_columns("documents")}
    for row in rows:
        for column, values in counts.items():
            values[row[column]] = values.get(row[column], 0) + 1
    return counts


def page_facets(page: dict) -> dict[str, dict]:
    """Each facet's counts; facets without a value (no row matched) left out, as in :func:`facets_of`."""
    return {column: {item["value"]: item["count"] for item in facet["results"]}
            for column, facet in page["facet_results"].items() if facet["results"]}


@pytest.mark.parametrize("walked", [False, True])
@pytest.mark.parametrize("term", TERMS)
def test_a_search_alone_counts_and_facets_its_listed_rows(client, built_db, monkeypatch, term, walked):
    if walked:  # the +id form of a search over many matches
        monkeypatch.setattr(search_order, "MANY_MATCHES", 1)
    page = client(f"/{built_db.stem}/documents.json?_search={term}&_size=2").json()
    rows = listed(client, built_db.stem, f"_search={term}")
    assert page["filtered_table_rows_count"] == len(rows)
    assert page_facets(page) == {column: values for column, values in facets_of(rows).items() if values}
    assert set(page["facet_results"]) == set(dictionary.facet_columns("documents"))


@pytest.mark.parametrize("term", ["养", "殡葬", "养老 建设"])
def test_counts_equal_a_substring_scan(client, built_db, term):
    page = client(f"/{built_db.stem}/documents.json?_search={term}&_nofacet=1").json()
    assert page["filtered_table_rows_count"] == len(substring_hits(built_db, term)) > 0


@pytest.mark.parametrize("query", ["_search=养老&doc_type=reply", "_search=殡葬&jurisdiction=测试市&_facet_size=3"])
def test_a_search_with_other_filters_is_datasettes_own_count(client, built_db, query):
    page = client(f"/{built_db.stem}/documents.json?{query}").json()
    rows = listed(client, built_db.stem, query)
    assert page["filtered_table_rows_count"] == len(rows) > 0
    assert page_facets(page) == {column: values for column, values in facets_of(rows).items() if values}


def test_search_facets_are_read_from_the_facet_groups(built_db, tmp_path):
    """Moving one document to another group in the stored table moves it in a search's facets."""
    moved = tmp_path / "moved.db"
    shutil.copy(built_db, moved)
    with sqlite3.connect(moved) as conn:
        other = conn.execute(f"select id from {GROUPS_TABLE} where doc_type = 'notice'").fetchone()[0]
        conn.execute(f"update {DOCUMENT_GROUPS_TABLE} set facet_group = ? where document_id = "
                     "(select id from documents where doc_type = 'reply' and title like '%殡葬%' limit 1)", [other])
    before = page_facets(datasette_client(built_db)(f"/{built_db.stem}/documents.json?_search=殡葬").json())
    after = page_facets(datasette_client(moved)(f"/{moved.stem}/documents.json?_search=殡葬").json())
    assert after["doc_type"]["reply"] == before["doc_type"]["reply"] - 1
    assert after["doc_type"]["notice"] == before["doc_type"].get("notice", 0) + 1


def test_groups_number_every_combination_of_facet_values(built_db):
    conn = sqlite3.connect(built_db)
    columns = ", ".join(dictionary.facet_columns("documents"))
    stored = conn.execute(f"select {', '.join(f'groups.{c}' for c in columns.split(', '))} from documents "
                          f"join {DOCUMENT_GROUPS_TABLE} on document_id = documents.id "
                          f"join {GROUPS_TABLE} as groups on groups.id = facet_group order by documents.id").fetchall()
    assert stored == conn.execute(f"select {columns} from documents order by id").fetchall()


def test_publish_rebuilds_a_search_index_that_lost_a_document(tmp_path):
    archive_run(tmp_path / "archive", corpus(), run_id="20240101T000000Z")
    db_path = tmp_path / "banli.db"
    publish_test(tmp_path / "archive", db_path)
    with sqlite3.connect(db_path) as conn:
        search.register_functions(conn)
        search.unindex_documents(conn, [conn.execute("select min(id) from documents").fetchone()[0]])
        assert not search.index_holds_every_document(conn)
    publish_test(tmp_path / "archive", db_path)
    with sqlite3.connect(db_path) as conn:
        assert search.index_holds_every_document(conn)


@pytest.mark.parametrize(("sql", "alone"), [
    (f"select count(*) from documents where {search_filter.SEARCH_CLAUSE} ", True),
    (f"select count(*) from documents where {search_filter.WALKED_SEARCH_CLAUSE} ", True),
    (f"select count(*) from documents where {search_filter.SEARCH_CLAUSE} and doc_type = :p0 ", False),
    (f"select count(*) from documents where doc_type = :p0 and {search_filter.SEARCH_CLAUSE} ", False),
    ("select count(*) from documents where id in (select rowid from documents_fts where documents_fts match :search) ",
     False),  # _searchmode=raw: the reader's own FTS5 syntax, not escape_fts
    (f"select count(*) from summaries where {search_filter.SEARCH_CLAUSE} ", False),
])
def test_only_a_search_alone_is_recognised(sql, alone):
    assert search_filter.is_search_count(sql) is alone
    assert search_filter.is_search_only(sql.replace("count(*)", "id, title")) is alone
    assert not search_filter.is_search_count(sql.replace("count(*)", "id, title"))


def test_a_search_is_counted_once_per_request(built_db, monkeypatch):
    """search_order's count of the index is the page's count: the index is asked once."""
    from datasette.app import Datasette

    from publish.metadata import datasette_metadata

    statements = []
    datasette = Datasette([str(built_db)], metadata=datasette_metadata(built_db.stem))

    async def page(path):
        database = datasette.get_database(built_db.stem)
        execute = database.execute

        async def recorded(sql, *args, **kwargs):  # what reaches SQLite, under search_count's wrapper
            statements.append(sql)
            return await execute(sql, *args, **kwargs)
        monkeypatch.setattr(database, "execute", recorded)
        await datasette.invoke_startup()
        first = (await datasette.client.get(path)).json()
        second = (await datasette.client.get(path.replace("殡葬", "养"))).json()
        return first, second

    monkeypatch.setattr(search_order, "MANY_MATCHES", 1)
    first, second = asyncio.run(page(f"/{built_db.stem}/documents.json?_search=殡葬&_nofacet=1"))
    assert sum(map(statements.count, (search_filter.MATCH_COUNT_SQL, STORED_OR_MATCHED_COUNT_SQL))) == 2
    assert first["filtered_table_rows_count"] == len(substring_hits(built_db, "殡葬"))
    assert second["filtered_table_rows_count"] == len(substring_hits(built_db, "养"))


def test_facets_that_time_out_are_named_on_the_page(client, built_db, monkeypatch):
    async def interrupted(self, columns):
        raise QueryInterrupted(None, "", {})
    monkeypatch.setattr(CountedFacet, "_counts", interrupted)
    page = client(f"/{built_db.stem}/documents?_search=殡葬").text
    assert "These facets timed out: " + ", ".join(dictionary.facet_columns("documents")) in page
    data = client(f"/{built_db.stem}/documents.json?_search=殡葬").json()
    assert data["filtered_table_rows_count"] == len(substring_hits(built_db, "殡葬"))
    assert [(name, facet["timed_out"], facet["results"]) for name, facet in data["facet_results"].items()] == \
        [(column, True, []) for column in dictionary.facet_columns("documents")]


def test_a_database_without_the_facet_groups_is_faceted_from_documents(built_db, tmp_path):
    older = tmp_path / "older.db"
    shutil.copy(built_db, older)
    with sqlite3.connect(older) as conn:
        conn.execute(f"drop index idx_{GROUPS_TABLE}_values")
        conn.execute(f"alter table {GROUPS_TABLE} drop column doc_type")
    client = datasette_client(older)
    page = client(f"/{older.stem}/documents.json?_search=殡葬").json()
    assert page_facets(page) == facets_of(listed(client, older.stem, "_search=殡葬"))
    with sqlite3.connect(older) as conn:
        conn.execute(f"drop table {DOCUMENT_GROUPS_TABLE}")
    page = client(f"/{older.stem}/documents.json?_search=殡葬").json()
    assert page_facets(page) == facets_of(listed(client, older.stem, "_search=殡葬"))


def test_a_database_without_stored_facet_counts_is_counted_from_its_rows(built_db, tmp_path):
    older = tmp_path / "older.db"
    shutil.copy(built_db, older)
    with sqlite3.connect(older) as conn:
        conn.execute(f"drop table {FACET_COUNTS_TABLE}")
    client = datasette_client(older)
    assert page_facets(client(f"/{older.stem}/documents.json").json()) == facets_of(listed(client, older.stem, ""))
