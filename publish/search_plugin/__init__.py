"""Datasette plugin: Chinese search through the ordinary search box, pages for readers, empty feeds.

Datasette's table search runs ``… match escape_fts(:search)``; its own ``escape_fts`` (registered
by ``datasette.sql_functions``) just quotes words. We register ours on every connection, last,
so it replaces that one and the search box, ``?_search=``, exports and canned queries all apply
the normalisation and bigram phrases of :mod:`publish.search`.

Document bodies are scraped text: Datasette escapes every cell unless a plugin returns markup,
and this plugin returns none. A small stylesheet keeps their line breaks visible on row pages,
lays a row page out as label/value lines (a journalist reads one document, not a table), gives
titles room and long cells a width in table views, and names facets in Chinese; a small script
(banli.js) folds the column descriptions above a table into a ``<details>``, puts a hint in the
search box and lets the "Show the chart" link of the figures query draw its chart.

Pages for readers: a document's row page starts with its figures and their sentences
(:mod:`.document_page`, templates/row.html), coded values read in Chinese and search snippets
show their hits (:mod:`.cells`), the year facet shows blanks in year order (:mod:`.facets`), the
database page puts the tables (with their Chinese titles) first and the SQL box last
(templates/database.html), JSON columns are arrays in the API (:mod:`.json_columns`), table pages
list the columns a reader scans (:mod:`.list_columns`), a search matching many documents reads
them newest first from the date index (:mod:`.search_order`), a page filtered by a search alone
is counted and faceted from the search index (:mod:`.search_count`, :mod:`.facets`), and error
pages are quick, a bad sort column a 400 (:mod:`.errors`); a reader's permissions are looked up once
per resource (:mod:`.permissions`) and full garbage collections skip the startup heap (:mod:`.heap`).

``.atom`` goes to datasette-atom's renderer through :func:`publish.feeds.render_atom_allowing_empty`
(registered last, so it replaces datasette-atom's own entry), which answers a feed query with no
rows with a valid empty feed instead of an error.
"""

from __future__ import annotations

import functools
import inspect
import json
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response

from publish import dictionary
from publish.feeds import EXTENSION, can_render_atom, render_atom_allowing_empty
from publish.queries import PARAM_LABELS
from publish.search import FTS_SOURCE_VIEW, register_functions
from publish.search_plugin import (
    cells,
    document_page,
    errors,
    facets,
    heap,
    json_columns,
    list_columns,
    permissions,
    search_count,
    search_order,
)

# Read the (never modified in place) database through a memory map: a search that looks up
# thousands of rows costs about half as much as through read() calls into a 2 MB page cache.
MEMORY_MAP_BYTES = 2**31
STYLESHEET_PATH = "/-/banli.css"
SCRIPT_PATH = "/-/banli.js"
SCRIPT = Path(__file__).with_name("banli.js")
STYLESHEET = """
dl.column-descriptions { max-height: 7.5em; overflow-y: auto; border: 1px solid #ddd; padding: 0.3em 0.8em; }
details.column-descriptions { margin: 0 0 1em; }
details.column-descriptions summary { cursor: pointer; color: #555; }
details.column-descriptions dl { max-height: none; }
body.row td.col-text, body.row td.col-text_original { white-space: pre-wrap; }
td.col-title, td.col-issuing_body { min-width: 14em; }
body.table td.col-text, body.table td.col-text_original, body.table td.col-evidence { min-width: 36em; font-size: 0.85em; }
td.col-content_hash, td.col-page_sha256 { word-break: break-all; min-width: 9em; font-size: 0.8em; }
td.col-url, td.col-base_url { word-break: break-all; min-width: 12em; }
.facet-info-total:before { font-size: 1rem; color: #111; font-weight: bold; }
body.row table.rows-and-columns, body.row .rows-and-columns tbody, body.row .rows-and-columns tr,
body.row .rows-and-columns td { display: block; }
body.row .rows-and-columns thead { display: none; }
body.row .rows-and-columns td { position: relative; border: none; border-bottom: 1px solid #eee;
  padding: 0.35em 0 0.35em 13em; min-height: 1.3em; max-width: 60em; }
body.row .rows-and-columns td:before { position: absolute; left: 0; width: 14.5em; margin-left: 0;
  font-weight: bold; font-size: 0.85em; color: #555; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.col-snippet { white-space: normal; min-width: 28em; }
mark { background: #ffe066; padding: 0 0.1em; }
section.banli-document { max-width: 70em; }
div.banli-text { white-space: pre-wrap; line-height: 1.7; max-width: 46em; border-left: 3px solid #eee; padding-left: 1em; }
.banli-where { color: #444; font-size: 1.05em; }
table.banli-figures { border-collapse: collapse; margin: 0.5em 0 1em; }
table.banli-figures th, table.banli-figures td {
  border-bottom: 1px solid #ddd; padding: 0.3em 0.8em 0.3em 0; text-align: left; vertical-align: top; }
table.banli-figures td.banli-value { text-align: right; font-weight: bold; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.banli-figures td.banli-evidence { color: #333; max-width: 40em; }
.banli-en { color: #777; font-weight: normal; font-size: 0.85em; }
ul.banli-flags li { color: #8a4b00; }
details.banli-sql { margin: 1.5em 0; }
details.banli-sql summary { cursor: pointer; color: #555; }
body.table pre.wrapped-sql { display: none; }  /* the CREATE TABLE: engineers read it on the database page's SQL */
p.banli-search-help { font-size: 0.85em; color: #555; margin-top: -0.5em; }
.banli-howto { background: #f6f8fa; border: 1px solid #ddd; padding: 0.6em 1em; max-width: 60em; }
"""


@hookimpl(trylast=True)
def prepare_connection(conn):
    register_functions(conn)
    conn.execute(f"PRAGMA mmap_size={MEMORY_MAP_BYTES}")


@hookimpl
def startup(datasette):
    search_count.install(datasette)
    permissions.install(datasette)
    heap.freeze_startup_heap()


@hookimpl(trylast=True)
def register_output_renderer():
    return {"extension": EXTENSION, "render": render_atom_allowing_empty, "can_render": can_render_atom}


@hookimpl
def register_routes():
    return [(r"^/-/banli\.css$", _stylesheet), (r"^/-/banli\.js$", _script)]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    return cells.render(row, value, column, table, database, datasette)


@hookimpl
def register_facet_classes():
    return [facets.CountedFacet]


@hookimpl(hookwrapper=True)
def filters_from_request(request, database, table, datasette):
    """Search clauses of searches that match many documents walk the sort order (:mod:`.search_order`)."""
    outcome = yield
    outcome.force_result([search_order.wrap(datasette, database, result) for result in outcome.get_result()])


@hookimpl
def asgi_wrapper(datasette):
    return lambda app: list_columns.wrap(json_columns.wrap(app))


@hookimpl(hookwrapper=True)
def handle_exception(datasette, request, exception):
    """Replace every handler's answer (the default one would print it with rich first) by ours."""
    outcome = yield
    for pending in outcome.get_result():
        if inspect.iscoroutine(pending):
            pending.close()
    outcome.force_result([errors.error_response(datasette, request, exception)])


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if view_name == "index":
        return {"banli_reader_tables": reader_tables()}
    if template == "query.html":  # a canned query's page or the SQL page (served by several views)
        return {"banli_param_labels": PARAM_LABELS}
    if view_name == "database":
        return {"banli_tables": datasette.metadata("tables", database=database) or {},
                "banli_internal_views": [FTS_SOURCE_VIEW]}
    if view_name == "row" and table == "documents":
        async def document():
            return {"banli_document": await document_page.document_context(datasette, database,
                                                                            request.url_vars["pks"])}
        return document
    return {}


@hookimpl
def extra_css_urls():
    return [STYLESHEET_PATH]


@hookimpl
def extra_js_urls():
    return [SCRIPT_PATH]


async def _stylesheet():
    return Response(STYLESHEET + labels_css(), content_type="text/css; charset=utf-8")


async def _script():
    labels = {column: dictionary.value_labels()[spec["labels"]]
              for table in dictionary.tables().values() for spec in table["columns"] if "labels" in spec
              for column in [spec["name"]]}
    return Response(f"const BANLI_LABELS = {json.dumps(labels, ensure_ascii=False)};\n"
                    + SCRIPT.read_text(encoding="utf-8"), content_type="text/javascript; charset=utf-8")


@functools.lru_cache(maxsize=1)
def reader_tables() -> list[dict]:
    """The published tables for the front page: Chinese title first, then what a row is."""
    return [{"name": name, "title": f"{dictionary.short_name(spec)} / {name}", "zh": spec["zh"].split("：", 1)[-1]}
            for name, spec in dictionary.tables().items()]


@functools.lru_cache(maxsize=1)
def labels_css() -> str:
    """Column labels from the dictionary: before each value on a row page, after each facet's name.

    Datasette's row template labels cells only on narrow screens; the dictionary gives every
    table's column order (the schema is built in it), so the labels can be set for all widths.
    A facet is headed by its column name; its Chinese name follows it.
    """
    rules = []
    for table, spec in dictionary.tables().items():
        for position, column in enumerate(spec["columns"], start=1):
            label = _css_string(f"{column['name']} {_short_zh(column)}")
            rules.append(f'body.row.table-{table} .rows-and-columns td:nth-of-type({position}):before '
                         f'{{ content: "{label}"; }}')
        columns = {column["name"]: column for column in spec["columns"]}
        for facet in map(dictionary.facet_column, spec.get("facets", [])):
            rules.append(f'body.table-{table} .facet-info[data-column="{facet}"] .facet-info-total:before '
                         f'{{ content: "{_css_string(_short_zh(columns[facet]))} "; }}')
    return "\n".join(rules) + "\n"


def _short_zh(column: dict) -> str:
    return column["zh"].split("（")[0]


def _css_string(text: str) -> str:
    return text.replace("\\", "").replace('"', "'")
