"""Datasette plugin: Chinese search through the ordinary search box, plain-text bodies, empty feeds.

Datasette's table search runs ``… match escape_fts(:search)``; its own ``escape_fts`` (registered
by ``datasette.sql_functions``) just quotes words. We register ours on every connection, last,
so it replaces that one and the search box, ``?_search=``, exports and canned queries all apply
the normalisation and bigram phrases of :mod:`publish.search`.

Document bodies are scraped text: Datasette escapes every cell unless a plugin returns markup,
and this plugin returns none; a small stylesheet only keeps their line breaks visible.

``.atom`` goes to datasette-atom's renderer through :func:`publish.feeds.render_atom_allowing_empty`
(registered last, so it replaces datasette-atom's own entry), which answers a feed query with no
rows with a valid empty feed instead of an error.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

from publish.feeds import EXTENSION, can_render_atom, render_atom_allowing_empty
from publish.search import register_functions

# Read the (never modified in place) database through a memory map: a search that looks up
# thousands of rows costs about half as much as through read() calls into a 2 MB page cache.
MEMORY_MAP_BYTES = 2**31
STYLESHEET_PATH = "/-/banli.css"
STYLESHEET = """
td.col-text, td.col-text_original { white-space: pre-wrap; }
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
    return Response(STYLESHEET, content_type="text/css; charset=utf-8")
