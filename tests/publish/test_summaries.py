"""One row per handling summary, the comparison built on it, breakdowns, and the document page."""

from __future__ import annotations

import json
import re

import pytest
import sqlite_utils

from tests.publish.conftest import corpus
from tests.publish.test_datasette import datasette_client


@pytest.fixture(scope="module")
def client(built_db):
    return datasette_client(built_db)


def summaries_in_corpus() -> list[dict]:
    return [document for document in corpus() if document["doc_type"] == "summary"]


def test_one_summaries_row_per_summary_with_whole_numbers(built_db):
    db = sqlite_utils.Database(built_db)
    rows = {row["url"]: row for row in db["summaries"].rows}
    assert set(rows) == {document["url"] for document in summaries_in_corpus()}
    for document in summaries_in_corpus():
        row = rows[document["url"]]
        assert row["total"] == document["counts"].get("total") and (row["total"] is None or type(row["total"]) is int)
        assert row["satisfaction_rate"] == document["rates"].get("satisfaction_rate")
        assert row["satisfaction_qualifier"] == document["rate_notes"].get("satisfaction_rate")
        assert row["is_repost"] == int(document["is_repost"])
        assert row["is_synthetic"] == int("synthetic" in document["flags"])
    assert db.execute("select typeof(total) from summaries where total is not null").fetchall() == \
        [("integer",)] * db.execute("select count(*) from summaries where total is not null").fetchone()[0]


def test_breakdowns_keep_each_scoped_figure_with_its_sentence(built_db):
    db = sqlite_utils.Database(built_db)
    expected = {(part["level"], part["kind"], part["role"], part["value"], part["evidence"])
                for document in corpus() for part in document["breakdown"]}
    assert expected and {(r["level"], r["kind"], r["role"], r["value"], r["evidence"])
                         for r in db["breakdowns"].rows} == expected


def test_compare_lists_each_summarys_own_figure_without_reposts_or_synthetic(client, built_db):
    rows = client(f"/{built_db.stem}/compare.json?metric=&_shape=array").json()
    included = [d for d in summaries_in_corpus() if not d["is_repost"] and "synthetic" not in d["flags"]
                and d["doc_subtype"] != "progress_report" and d["counts"].get("total") is not None]
    assert sorted(row["value"] for row in rows) == sorted(d["counts"]["total"] for d in included)
    assert all(type(row["value"]) is int for row in rows)
    assert all(row["evidence"] for row in rows if row["value"] == 45)
    assert all(isinstance(row["flags"], list) for row in rows)
    everything = client(f"/{built_db.stem}/compare.json?metric=&include_reposts=1&include_synthetic=1"
                        "&include_progress_reports=1&_shape=array").json()
    assert len(everything) == sum(d["counts"].get("total") is not None for d in summaries_in_corpus())
    assert client(f"/{built_db.stem}/compare.json?jurisdiction=测试市&_shape=array").json() == rows
    assert client(f"/{built_db.stem}/compare.json?jurisdiction=别处&_shape=array").json() == []


def test_compare_page_links_numbers_to_documents_and_draws_a_chart(client, built_db):
    page = client(f"/{built_db.stem}/compare?metric=rates.satisfaction_rate").text
    ids = [row["document_id"] for row in
           client(f"/{built_db.stem}/compare.json?metric=rates.satisfaction_rate&_shape=array").json()]
    assert ids and all(f'href="/{built_db.stem}/documents/{i}"' in page for i in ids)
    assert "g.x_column=handling_year" in page and "datasette_vega" in page and "/-/banli.js" in page


def document_page(client, built_db, url: str) -> str:
    [row] = client(f"/{built_db.stem}/documents.json?url={url}&_shape=array").json()
    return client(f"/{built_db.stem}/documents/{row['id']}").text


def test_document_page_shows_figures_in_order_with_sentences(client, built_db):
    document = corpus()[0]
    page = document_page(client, built_db, document["url"])
    figures = page[page.index("banli-figures"):page.index("全部字段")]
    assert re.search(r"总件数.*?Total items.*?45 件.*?2021年我局共承办人大代表建议和政协提案45件", figures, re.S)
    assert "45.0" not in figures and "98.5%" in figures and "满意和基本满意" in figures
    order = [figures.index(label) for label in ("总件数", "人大代表建议", "政协提案", "办复率", "满意率")]
    assert order == sorted(order)
    assert f'href="{document["url"]}"' in page and document["attachments"][0]["url"] in page


def test_document_page_shows_breakdowns_flags_and_the_reposts_original(client, built_db):
    synthetic = next(d for d in corpus() if "synthetic" in d["flags"])
    page = document_page(client, built_db, synthetic["url"])
    assert "合成测试数据" in page and "市级建议37件" in page and "主办 (lead)" in page
    repost = next(d for d in corpus() if d["is_repost"])
    page = document_page(client, built_db, repost["url"])
    original = next(d for d in corpus() if d["title"] == repost["title"] and not d["is_repost"])
    assert "banli-repost-original" in page and original["url"] in page


def test_summaries_table_is_described_and_faceted_for_readers(client, built_db):
    data = client(f"/{built_db.stem}/summaries.json?_size=0").json()
    assert {"handling_year", "jurisdiction", "is_repost"} <= set(data["facet_results"])
    page = client(f"/{built_db.stem}/summaries").text
    assert "办理总结" in page and "年度总结 <code>annual_summary</code>" in page
    assert json.dumps("summaries")


@pytest.mark.parametrize("metric", ["", "rates.satisfaction_rate", "counts.nosuch"])
def test_compare_walks_summaries_in_its_order_and_stops_at_its_limit(client, built_db, monkeypatch, metric):
    """The walked query (summaries outer, index order) lists what a join sorted afterwards lists."""
    from publish import queries

    query = f"metric={metric}&include_reposts=1&include_synthetic=1&include_progress_reports=1&_shape=array"
    rows = client(f"/{built_db.stem}/compare.json?{query}").json()
    conn = sqlite_utils.Database(built_db).conn
    sql = f"""select summaries.document_id from summaries join handling_stats
      on handling_stats.document_id = summaries.document_id and handling_stats.level = 'all'
      and handling_stats.metric = {queries.COMPARE_METRIC}
      where summaries.handling_year is not null and summaries.issuing_body is not null
      order by summaries.issuing_body, summaries.handling_year, summaries.publish_date, summaries.document_id
      limit {queries.COMPARE_LIMIT}"""
    params = {"metric": metric, "jurisdiction": "", "include_reposts": "1", "include_synthetic": "1",
              "include_progress_reports": "1"}
    expected = conn.execute(sql, params).fetchall()
    assert [row["document_id"] for row in rows] == [row[0] for row in expected]
    keys = [(row["issuing_body"], row["handling_year"], row["document_id"]) for row in rows]
    assert keys == sorted(keys, key=lambda key: (key[0], key[1])) and len(rows) <= queries.COMPARE_LIMIT
    plan = " ".join(str(step) for step in conn.execute(f"explain query plan {queries.COMPARE_SQL}", params))
    # summaries walked in index order (no sort of every summary), no filter built over every figure
    assert "idx_summaries_issuing_body_handling_year_publish_date" in plan and "BLOOM FILTER" not in plan
