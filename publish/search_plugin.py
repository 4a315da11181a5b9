"""Datasette plugin: Chinese search through the ordinary search box, plain-text bodies, empty feeds.

Datasette's table search runs ``… match escape_fts(:search)``; its own ``escape_fts`` (registered
by ``datasette.sql_functions``) just quotes words. We register ours on every connection, last,
so it replaces that one and the search box, ``?_search=``, exports and canned queries all apply
the normalisation and bigram phrases of :mod:`publish.search`.

Document bodies are scraped text: Datasette escapes every cell unless a plugin returns markup,
and this plugin returns none. A small stylesheet keeps their line breaks visible, lays a
document's row page out as label/value lines (a journalist reads one document, not a table),
and keeps the column descriptions above a table to a short scrolling box.

``.atom`` goes to datasette-atom's renderer through :func:`publish.feeds.render_atom_allowing_empty`
(registered last, so it replaces datasette-atom's own entry), which answers a feed query with no
rows with a valid empty feed instead of an error.
"""

from __future__ import annotations

import functools

from datasette import hookimpl
from datasette.utils.asgi import Response

from publish import dictionary
from publish.feeds import EXTENSION, can_render_atom, render_atom_allowing_empty
from publish.search import register_functions

# Read the (never modified in place) database through a memory map: a search that looks up
# thousands of rows costs about half as much as through read() calls into a 2 MB page cache.
MEMORY_MAP_BYTES = 2**31
STYLESHEET_PATH = "/-/banli.css"
STYLESHEET = """
dl.column-descriptions { max-height: 7.5em; overflow-y: auto; border: 1px solid #ddd; padding: 0.3em 0.8em; }
td.col-text, td.col-text_original { white-space: pre-wrap; }
body.row table.rows-and-columns, body.row .rows-and-columns tbody, body.row .rows-and-columns tr,
body.row .rows-and-columns td { display: block; }
body.row .rows-and-columns thead { display: none; }
body.row .rows-and-columns td { position: relative; border: none; border-bottom: 1px solid #eee;
  padding: 0.35em 0 0.35em 13em; min-height: 1.3em; max-width: 60em; }
body.row .rows-and-columns td:before { position: absolute; left: 0; width: 14.5em; margin-left: 0;
  font-weight: bold; font-size: 0.85em; color: #555; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.col-snippet { white-space: normal; }
"""


@hookimpl(trylast=True)
def prepare_connection(conn):
    register_functions(conn)
    conn.execute(f"PRAGMA mmap_size={MEMORY_MAP_BYTES}")


@hookimpl(trylast=True)
def register_output_renderer():
    return {"extension": EXTENSION, "render": render_atom_allowing_empty, "can_render": can_render_atom}


@hookimpl
def register_routes():
    return [(r"^/-/banli\.css$", _stylesheet)]


@hookimpl
def extra_css_urls():
    return [STYLESHEET_PATH]


async def _stylesheet():
    return Response(STYLESHEET + row_labels_css(), content_type="text/css; charset=utf-8")


@functools.lru_cache(maxsize=1)
def row_labels_css() -> str:
    """A label before each value on a row page: column name and its Chinese description.

    Datasette's row template labels cells only on narrow screens; the dictionary gives every
    table's column order (the schema is built from it), so the labels can be set for all widths.
    """
    rules = []
    for table, spec in dictionary.tables().items():
        for position, column in enumerate(spec["columns"], start=1):
            label = f"{column['name']} {column['zh'].split('（')[0]}".replace("\\", "").replace('"', "'")
            rules.append(f'body.row.table-{table} .rows-and-columns td:nth-of-type({position}):before '
                         f'{{ content: "{label}"; }}')
    return "\n".join(rules) + "\n"
