"""The bigram search index against a plain substring scan, its migration, and the serving settings."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from publish import search, serve
from publish.schema import ensure_schema, meta_value, set_meta_value

ALPHABET = "养老服务殡葬改革年21Ab-，。 %、"
TEXTS = ["养老服务体系建设", "殡葬改革，养老", "养 老分开", "21-168号建议", "办复率100%。", "AB养老", "老", "", "2021年度"]


def fts_database(texts: list[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    search.register_functions(conn)
    conn.execute("create table documents (id integer primary key, title text)")
    conn.execute("create table document_texts (document_id integer primary key, text text)")
    conn.executemany("insert into documents (id, title) values (?, '')", [(i,) for i in range(1, len(texts) + 1)])
    conn.executemany("insert into document_texts (document_id, text) values (?, ?)", enumerate(texts, start=1))
    search.create_fts(conn)
    conn.execute(f"insert into {search.FTS_TABLE}({search.FTS_TABLE}) values ('rebuild')")
    return conn


def fts_hits(conn: sqlite3.Connection, query: str) -> set[int]:
    return {row[0] for row in conn.execute(
        f"select rowid from {search.FTS_TABLE} where {search.FTS_TABLE} match escape_fts(?)", [query])}


def like_hits(conn: sqlite3.Connection, query: str) -> set[int]:
    """The reference: every group has a word in the text, no excluded word is in it."""
    parsed = search.parse_query(query)

    def found(word: str, text: str) -> bool:
        return word.lower() in text.lower()

    return {row[0] for row in conn.execute("select document_id, text from document_texts")
            if parsed.required and all(any(found(word, row[1]) for word in group) for group in parsed.required)
            and not any(found(word, row[1]) for word in parsed.excluded)}


@pytest.mark.parametrize("query", ["养", "老", "养老", "老服", "养老服务", "服务体系建设", "殡葬改革，养老", "，养", "，",
                                   "21-1", "21-168", "1-16", "-", "100%", "%", "0%。", "率100", "ab", "b养", "养老分开",
                                   "年度", "2021", "21 养老", "养老 殡葬", "老 改革", "殡葬 OR 21-168",
                                   "养老 -殡葬", "养老 NOT 分开", "养老 OR 殡葬 -改革", "养老 AND 服务", "OR 养老",
                                   "-养老", "养老 or 服务", "- 养", "养 OR"])
def test_hits_equal_a_substring_scan(query):
    conn = fts_database(TEXTS)
    assert fts_hits(conn, query) == like_hits(conn, query)


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(st.text(alphabet=ALPHABET, max_size=12), min_size=1, max_size=6),
       query=st.text(alphabet=ALPHABET, min_size=1, max_size=5))
def test_hits_equal_a_substring_scan_for_any_text(texts, query):
    conn = fts_database(texts)
    assert fts_hits(conn, query) == like_hits(conn, query)


def test_terms_become_bigram_phrases():
    assert search.fts_query("養老服務") == '"养老 老服 服务"'
    assert search.fts_query("殡葬") == '"殡葬"'
    assert search.fts_query("养") == '"养" *'
    assert search.fts_query("21-1") == '"21 1 _2d 1" *'
    assert search.fts_query('"" ') == search.NO_MATCH
    assert search.fts_query("养老 OR 殯葬") == '("养老" OR "殡葬")'
    assert search.fts_query("养老 -殡葬") == '("养老") NOT "殡葬"'
    assert search.fts_query("NOT 殡葬") == search.NO_MATCH


def test_operators_are_upper_case_words_only():
    assert search.parse_query("养老 or 殡葬") == search.ParsedQuery([["养老"], ["or"], ["殡葬"]], [])
    assert search.parse_query("养老 OR 殡葬 服务 -公墓 NOT 火化") == search.ParsedQuery(
        [["养老", "殡葬"], ["服务"]], ["公墓", "火化"])


def test_snippet_marks_hits_in_context():
    text = "前言" * 40 + "我局推进惠民殡葬政策，完善殡葬服务设施。" + "后记" * 40
    found = search.snippet("标题", text, "殯葬")
    assert found.startswith("…") and found.endswith("…") and found.count("<mark>殡葬</mark>") == 2
    assert search.snippet("关于殡葬的答复", "正文", "殡葬") == "关于<mark>殡葬</mark>的答复"
    assert search.snippet("标题", "养老与殡葬", "养老 OR 殡葬 -公墓") == "<mark>养老</mark>与<mark>殡葬</mark>"


def test_snippet_html_escapes_the_text_and_keeps_only_marks():
    scraped = search.snippet("t", '<img src=x onerror=alert(1)> 殡葬 <mark class="x">', "殡葬")
    html = str(search.marked_html(scraped))
    assert "<img" not in html and "&lt;img src=x" in html and "<mark>殡葬</mark>" in html
    assert '<mark class' not in html


def test_index_of_an_older_tokenization_is_rebuilt(built_db, tmp_path):
    copy = tmp_path / "old.db"
    copy.write_bytes(built_db.read_bytes())
    db = sqlite_utils.Database(copy)
    search.register_functions(db.conn)
    db.conn.execute(f"drop table {search.FTS_TABLE}")
    db.conn.execute(f"create virtual table {search.FTS_TABLE} using fts5(title, body, content='')")
    set_meta_value(db, "search_index_version", "unigram")
    ensure_schema(db)
    assert meta_value(db, "search_index_version") == search.INDEX_VERSION
    assert "prefix='1'" in db[search.FTS_TABLE].schema
    assert len(fts_hits(db.conn, "殡葬")) == 2


def test_serve_turns_suggested_facets_off():
    arguments = serve.setting_arguments()
    assert arguments[arguments.index("suggest_facets") + 1] == "off"
    assert serve.DATASETTE_SETTINGS["facet_time_limit_ms"] <= 500


def test_inspect_file_is_written_afresh_at_every_start(built_db, tmp_path, monkeypatch):
    monkeypatch.setenv("BANLI_DATA", str(tmp_path))
    stale = serve.serving_dir() / f"{built_db.stem}.inspect.json"
    stale.parent.mkdir(parents=True)
    stale.write_text(json.dumps({built_db.stem: {"tables": {"documents": {"count": 999}}}}))
    _, inspect_file = serve.prepare(built_db)
    counts = json.loads(inspect_file.read_text())[built_db.stem]["tables"]
    assert counts["documents"]["count"] == sqlite3.connect(built_db).execute("select count(*) from documents").fetchone()[0]


@pytest.mark.parametrize("query", ["养", "殡葬", "养老 OR 殡葬", "殡葬 -改革", "没有这个词"])
def test_search_query_walking_the_dates_lists_the_same_hits(built_db, query):
    """The canned search reads many matches newest first from the date index, few by id: same rows."""
    conn = sqlite3.connect(built_db)
    search.register_functions(conn)
    by_id, walked = (conn.execute(search.search_sql(threshold), {"q": query}).fetchall() for threshold in (10**9, 1))
    newest = conn.execute("select id from documents where id in (select rowid from documents_fts "
                          "where documents_fts match escape_fts(?)) order by publish_date desc, id", [query]).fetchall()
    assert [row[-1] for row in by_id] == [row[-1] for row in walked] == [row[0] for row in newest][:search.SEARCH_LIMIT]
    assert by_id == walked
