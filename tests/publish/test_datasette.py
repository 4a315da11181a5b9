"""The catalog through Datasette's own test client: facets, search, canned queries, feeds, exports."""

from __future__ import annotations

import asyncio
import re
import shutil
import sqlite3
from datetime import date
from xml.etree import ElementTree

import pytest
from datasette.app import Datasette
from markupsafe import escape

from publish import dictionary, serve
from publish.metadata import HIDDEN_TABLES, datasette_metadata
from publish.queries import PARAM_LABELS, QUERIES
from publish.search import normalise
from publish.search_plugin import search_order
from tests.publish.conftest import corpus


@pytest.fixture(scope="module")
def client(built_db):
    return datasette_client(built_db)


def datasette_client(db_path):
    """GET through Datasette's own client, with our metadata and plugins."""
    datasette = Datasette([str(db_path)], immutables=[], metadata=datasette_metadata(db_path.stem),
                          settings={"default_facet_size": 10})

    def get(path: str):
        return asyncio.run(datasette.client.get(path))

    return get


def substring_hits(built_db, term: str) -> set[int]:
    """The reference: ids whose title or text contains every term, after the same normalisation."""
    conn = sqlite3.connect(built_db)
    terms = [normalise(t) for t in term.split()]
    return {
        doc_id for doc_id, title, text in conn.execute(
            "select id, title, text from documents left join document_texts on document_texts.document_id = documents.id")
        if all(t in normalise(title or "") or t in normalise(text or "") for t in terms)
    }


def search_ids(client, db_name: str, term: str) -> set[int]:
    response = client(f"/{db_name}/documents.json?_search={term}&_shape=array&_size=max")
    assert response.status_code == 200, response.text
    return {row["id"] for row in response.json()}


@pytest.mark.parametrize("term", ["养", "养老", "殡葬", "养老服务", "婚姻登记服务", "殯葬", "養老", "2021", "养老 建设", "医疗保障局"])
def test_search_matches_substring_scan(client, built_db, term):
    expected = substring_hits(built_db, term)
    assert search_ids(client, built_db.stem, term) == expected
    assert expected, f"the corpus has no {term!r}: the comparison would prove nothing"


def test_search_has_no_false_positives_across_spaces_or_punctuation(client, built_db):
    assert search_ids(client, built_db.stem, "养老分开") == set()  # text has 养 老 with a space
    assert search_ids(client, built_db.stem, "工作情况的") == substring_hits(built_db, "工作情况的")


def test_search_one_two_four_characters_against_like(client, built_db):
    conn = sqlite3.connect(built_db)
    for term in ("养", "养老", "养老服务"):
        like = {row[0] for row in conn.execute(
            "select id from documents left join document_texts on document_texts.document_id = documents.id"
            " where title like ? or text like ?", (f"%{term}%", f"%{term}%"))}
        assert search_ids(client, built_db.stem, term) == like


def test_traditional_query_finds_simplified_text(client, built_db):
    hits = search_ids(client, built_db.stem, "殯葬")
    assert len(hits) >= 2 and hits == search_ids(client, built_db.stem, "殡葬")


def test_search_box_html_page(client, built_db):
    response = client(f"/{built_db.stem}/documents?_search=殡葬")
    assert response.status_code == 200
    assert "关于殡葬改革的提案答复" in response.text
    assert "关于加强婚姻登记服务的通知" not in response.text


def test_default_facets(client, built_db):
    data = client(f"/{built_db.stem}/documents.json?_size=0").json()
    facets = data["facet_results"]
    assert set(facets) == set(dictionary.facet_columns("documents"))
    bodies = {item["label"] for item in facets["issuing_body_id"]["results"]}
    assert "测试市民政局" in bodies


def test_year_facet_shows_blanks_and_sorts_by_year(client, built_db):
    years = [document["handling_year"] for document in corpus()]
    facet = client(f"/{built_db.stem}/documents.json?_size=0").json()["facet_results"]["handling_year"]
    assert [item["value"] for item in facet["results"]] == [None] + sorted(set(y for y in years if y), reverse=True)
    blank = facet["results"][0]
    assert blank["count"] == years.count(None) and blank["label"].startswith("未注明")
    assert "handling_year__isnull=1" in blank["toggle_url"]
    path = "/" + blank["toggle_url"].split("://", 1)[-1].split("/", 1)[-1].replace("_size=0", "_shape=array")
    assert len(client(path).json()) == years.count(None)


def test_bad_sort_column_is_a_clear_400(client, built_db):
    for path in (f"/{built_db.stem}/documents.json?_sort=nosuchcol", f"/{built_db.stem}/documents?_sort_desc=nosuchcol"):
        response = client(path)
        assert response.status_code == 400 and "nosuchcol" in response.text


def test_missing_row_is_a_404(client, built_db):
    assert client(f"/{built_db.stem}/documents/1").status_code == 404


def test_json_columns_are_arrays_in_the_api(client, built_db):
    rows = client(f"/{built_db.stem}/documents.json?_shape=array&_search=养老").json()
    assert rows and all(isinstance(row["flags"], list) for row in rows)
    assert all(isinstance(row["topics"], list) for row in rows if row["topics"] is not None)
    assert all(row["id"] < 2**53 for row in rows)
    one = client(f"/{built_db.stem}/documents/{rows[0]['id']}.json?_shape=array").json()
    assert isinstance(one[0]["topics"], list)
    assert isinstance(client(f"/{built_db.stem}/documents.json?_shape=array&_json=topics").json()[0]["flags"], str)


def test_search_canned_query_snippets(client, built_db):
    rows = client(f"/{built_db.stem}/search.json?q=殯葬&_shape=array").json()
    assert len(rows) == len(substring_hits(built_db, "殡葬"))
    assert all("<mark>殡葬</mark>" in row["snippet"] for row in rows)
    assert {"title", "issuing_body", "jurisdiction", "publish_date", "snippet"} <= set(rows[0])


def test_search_page_marks_hits_and_links_titles(client, built_db):
    rows = client(f"/{built_db.stem}/search.json?q=养老 OR 殡葬&_shape=array").json()
    assert len(rows) == len(substring_hits(built_db, "养老") | substring_hits(built_db, "殡葬"))
    page = client(f"/{built_db.stem}/search?q=养老").text
    assert "<mark>养老</mark>" in page and "&lt;mark&gt;" not in page
    first = client(f"/{built_db.stem}/search.json?q=养老&_shape=array").json()[0]
    assert f'href="/{built_db.stem}/documents/{first["id"]}"' in page
    assert "OR" in page and "NOT" in page  # the supported syntax is stated on the page


def test_search_excludes_words(client, built_db):
    ids = search_ids(client, built_db.stem, "养老 -建设")
    assert ids == substring_hits(built_db, "养老") - substring_hits(built_db, "建设") and ids


@pytest.mark.parametrize("query,params,expect", [
    ("new_documents", "days=100000", len(corpus())),
    ("changed_documents", "days=100000", 0),
    ("removed_documents", "", 0),
    ("item_by_number", "number=21-3", 1),
    ("item_by_number", "number=TEST-2021-0002", 1),
])
def test_canned_queries(client, built_db, query, params, expect):
    response = client(f"/{built_db.stem}/{query}.json?{params}&_shape=array")
    assert response.status_code == 200, response.text
    assert len(response.json()) == expect


ATOM = "{http://www.w3.org/2005/Atom}"


def atom_feed(client, path: str) -> ElementTree.Element:
    response = client(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert all(feed.findtext(f"{ATOM}{child}") for child in ("id", "title", "updated"))
    return feed


def test_atom_feed_lists_new_documents(client, built_db):
    feed = atom_feed(client, f"/{built_db.stem}/new_documents_feed.atom")
    titles = {entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")}
    assert titles == {document["title"] for document in corpus()}


def test_atom_feed_without_rows_is_a_valid_empty_feed(client, built_db):
    feed = atom_feed(client, f"/{built_db.stem}/changed_documents_feed.atom")
    assert feed.findall(f"{ATOM}entry") == []
    assert feed.findtext(f"{ATOM}title").startswith("banli 内容有变化的文件")


def test_atom_needs_the_atom_columns(client, built_db):
    assert client(f"/{built_db.stem}/removed_documents.atom").status_code == 400


def test_exports_csv_and_json(client, built_db):
    csv_text = client(f"/{built_db.stem}/documents.csv?_search=养老&_size=max").text
    assert csv_text.splitlines()[0] == ",".join(dictionary.column_names("documents"))
    assert "关于社区养老的建议答复" in csv_text
    rows = client(f"/{built_db.stem}/documents.json?_shape=array&_search=殡葬").json()
    assert {row["id"] for row in rows} == substring_hits(built_db, "殡葬")


def test_scraped_html_is_never_rendered(client, built_db):
    rows = client(f"/{built_db.stem}/documents.json?_search=script&_shape=array").json()
    assert len(rows) == 1
    for path in (f"/{built_db.stem}/documents/{rows[0]['id']}", f"/{built_db.stem}/documents?_search=script"):
        html = client(path).text
        assert "<script>alert" not in html and "<img src=x onerror" not in html
        assert "&lt;script&gt;alert" in html


def test_issuing_body_page_links_its_documents(client, built_db):
    bodies = client(f"/{built_db.stem}/issuing_bodies.json?_shape=array").json()
    body = next(b for b in bodies if b["name"] == "测试市民政局")
    page = client(f"/{built_db.stem}/issuing_bodies/{body['id']}")
    assert "documents" in page.text and "issuing_body_id" in page.text
    listed = client(f"/{built_db.stem}/documents.json?issuing_body_id={body['id']}&_shape=array").json()
    assert len(listed) == sum(document["issuing_body"] == "测试市民政局" for document in corpus())


def test_descriptions_from_the_dictionary(client, built_db):
    metadata = datasette_metadata(built_db.stem)
    table = metadata["databases"][built_db.stem]["tables"]["documents"]
    page = client(f"/{built_db.stem}/documents").text
    assert str(escape(table["description"])) in page  # escaped as Datasette's templates escape it
    assert metadata["license"] in page and metadata["license_url"] in page


def test_row_pages_label_every_value_and_table_pages_truncate_long_cells(client):
    css = client("/-/banli.css")
    assert css.status_code == 200
    assert 'body.row.table-documents .rows-and-columns td:nth-of-type(2):before { content: "title 标题"; }' in css.text
    assert "dl.column-descriptions" in css.text
    assert serve.DATASETTE_SETTINGS["truncate_cells_html"] > 0


def test_table_pages_fold_descriptions_and_label_facets(client, built_db):
    page = client(f"/{built_db.stem}/documents").text
    assert '<script src="/-/banli.js"></script>' in page and 'class="column-descriptions"' in page
    script = client("/-/banli.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert "details" in script.text and "placeholder" in script.text
    css = client("/-/banli.css").text
    assert 'body.table-documents .facet-info[data-column="issuing_body_id"] .facet-info-total:before { content: "发布机构 "; }' in css
    assert "body.row td.col-text, body.row td.col-text_original { white-space: pre-wrap; }" in css


def test_table_columns_in_reading_order(client, built_db):
    columns = client(f"/{built_db.stem}/documents.json?_size=1").json()["columns"]
    assert columns == dictionary.column_names("documents")
    assert columns[:8] == ["id", "title", "doc_type", "doc_subtype", "issuing_body_id", "jurisdiction", "publish_date",
                           "handling_year"]
    assert columns[-1] == "url" and "text" not in columns  # bodies are in document_texts


def test_home_and_database_pages_are_for_readers(client, built_db):
    home = client("/").text
    assert "怎么用 / How to use" in home and f"/{built_db.stem}/search" in home and f"/{built_db.stem}/compare" in home
    assert f'<a href="/{built_db.stem}/summaries">办理总结 / summaries</a>' in home
    page = client(f"/{built_db.stem}").text
    assert page.index("数据表 / Tables") < page.index("<details class=\"banli-sql\">")
    assert "办理总结 / summaries" in page and "documents_fts_source" not in page
    for hidden in HIDDEN_TABLES:
        assert f">{hidden}<" not in page and sqlite3.connect(built_db).execute(f"select 1 from [{hidden}]")


@pytest.mark.parametrize("query", ["", "_search=养老", "doc_type=summary", "_search=殡葬&jurisdiction=测试市"])
def test_facet_counts_equal_a_group_by(client, built_db, query):
    """Counted facets (stored for the bare table, one query when filtered) against SQL over the listed rows."""
    data = client(f"/{built_db.stem}/documents.json?{query}&_size=max&_json=topics").json()
    rows = client(f"/{built_db.stem}/documents.json?{query}&_size=max&_shape=array").json()
    for column in dictionary.facet_columns("documents"):
        expected: dict = {}
        for row in rows:
            expected[row[column]] = expected.get(row[column], 0) + 1
        got = {item["value"]: item["count"] for item in data["facet_results"][column]["results"]}
        assert got == expected, column


@pytest.mark.parametrize("term", ["养", "殡葬", "养老 建设", "养老 OR 殡葬"])
def test_search_of_many_matches_gives_the_same_page_count_and_facets(client, built_db, monkeypatch, term):
    """A search over many matches walks publish_date (+id clause): same rows in the same order."""
    path = f"/{built_db.stem}/documents.json?_search={term}&_size=3"
    by_id, all_by_id = client(path).json(), search_ids(client, built_db.stem, term)
    monkeypatch.setattr(search_order, "MANY_MATCHES", 1)
    walked = client(path).json()
    assert search_ids(client, built_db.stem, term) == all_by_id
    assert "+id in (select rowid" in walked["query"]["sql"] and "+id in" not in by_id["query"]["sql"]
    assert walked["rows"] and walked["rows"] == by_id["rows"] and walked["next"] == by_id["next"]
    walked_all = client(path.replace("_size=3", "_size=max&_shape=array")).json()
    assert walked_all == sorted(walked_all, key=_newest_then_id)  # ties by id, as on the pages after the first
    assert walked["filtered_table_rows_count"] == by_id["filtered_table_rows_count"]
    assert walked["facet_results"] == by_id["facet_results"]


def _newest_then_id(row: dict) -> tuple:
    published = row["publish_date"]
    return published is None, -date.fromisoformat(published).toordinal() if published else 0, row["id"]


def test_table_page_lists_its_list_columns_and_the_api_all(client, built_db):
    listed = dictionary.tables()["documents"]["list_columns"]
    page = client(f"/{built_db.stem}/documents").text
    assert all(f'class="col-{column}' in page for column in listed)
    assert 'class="col-content_hash' not in page and 'class="col-page_sha256' not in page
    assert 'class="col-content_hash' in client(f"/{built_db.stem}/documents?_col=content_hash").text
    assert client(f"/{built_db.stem}/documents.json?_size=1").json()["columns"] == dictionary.column_names("documents")


def test_search_walking_the_date_order_lists_ties_by_id(built_db, tmp_path, monkeypatch):
    """Datasette's later pages (_next) take ties by id; the first page of a walked search does too."""
    tied = tmp_path / "tied.db"
    shutil.copy(built_db, tied)
    with sqlite3.connect(tied) as conn:
        conn.execute("update documents set publish_date = '2024-06-01'")
    monkeypatch.setattr(search_order, "MANY_MATCHES", 1)
    rows = datasette_client(tied)(f"/{tied.stem}/documents.json?_search=养&_shape=array&_size=5").json()
    ids = [row["id"] for row in rows]
    assert len(ids) > 1 and ids == sorted(ids)


@pytest.mark.parametrize("name", [name for name, query in QUERIES.items() if query.get("params")])
def test_canned_query_parameters_are_labelled_chinese_first(client, built_db, name):
    page = client(f"/{built_db.stem}/{name}").text
    assert "查询条件 / Query parameters" in page
    for position, param in enumerate(QUERIES[name]["params"], start=1):
        label = str(escape(PARAM_LABELS[param]))
        assert f'<label for="qp{position}">{label}</label>' in page
        assert "\u4e00" <= label[0] <= "\u9fff" and param in label
    assert "<h3>查询 / Query" in page and "<h3>Custom SQL query" not in page  # the heading reads Chinese first


def test_row_pages_show_foreign_keys_by_their_labels(client, built_db):
    conn = sqlite3.connect(built_db)
    document_id, body_id, body = conn.execute(
        "select documents.id, issuing_bodies.id, issuing_bodies.name from documents "
        "join issuing_bodies on issuing_bodies.id = documents.issuing_body_id limit 1").fetchone()
    page = client(f"/{built_db.stem}/documents/{document_id}").text
    cell = page[page.index('<td class="col-issuing_body_id'):]
    cell = cell[:cell.index("</td>")]
    assert f'<a href="/{built_db.stem}/issuing_bodies/{body_id}">{escape(body)}</a>&nbsp;<em>{body_id}</em>' in cell
    figure = conn.execute("select id, document_id from handling_stats limit 1").fetchone()
    title = conn.execute("select title from documents where id = ?", [figure[1]]).fetchone()[0]
    assert f">{escape(title)}</a>&nbsp;<em>{figure[1]}</em>" in client(f"/{built_db.stem}/handling_stats/{figure[0]}").text
    table = client(f"/{built_db.stem}/documents?id={document_id}").text  # Datasette's own labelling on table pages
    assert f'{escape(body)}</a>&nbsp;<em>{body_id}</em>' in table


def _export_links(page: str) -> list[str]:
    links = page[page.index('<p class="export-links">'):]
    return [str(link).replace("&amp;", "&") for link in re.findall(r'href="([^"#]+)"', links[:links.index("</p>")])]


@pytest.mark.parametrize("query", ["", "?_search=养老"])
def test_table_page_exports_give_every_column(client, built_db, query):
    """The page lists its reading columns; its JSON and CSV links (and the export form) give whole rows."""
    page = client(f"/{built_db.stem}/documents{query}").text
    assert 'class="col-content_hash' not in page and "_col=" not in page
    assert 'name="_col"' not in page[page.index('id="export"'):]
    json_link, csv_link = _export_links(page)
    assert client(json_link).json()["columns"] == dictionary.column_names("documents")
    csv_columns = client(csv_link).text.splitlines()[0].split(",")
    assert [column for column in csv_columns if not column.endswith("_label")] == dictionary.column_names("documents")


def test_columns_a_reader_picks_stay_in_the_exports(client, built_db):
    json_link, _ = _export_links(client(f"/{built_db.stem}/documents?_col=title&_col=url").text)
    assert client(json_link).json()["columns"] == ["id", "title", "url"]
