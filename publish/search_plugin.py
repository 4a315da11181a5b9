"""Datasette plugin: Chinese search through the ordinary search box, and plain-text bodies.

Datasette's table search runs ``… match escape_fts(:search)``; its own ``escape_fts`` (registered
by ``datasette.sql_functions``) just quotes words. We register ours on every connection, last,
so it replaces that one and the search box, ``?_search=``, exports and canned queries all apply
the per-character normalisation of :mod:`publish.search`.

Document bodies are scraped text: Datasette escapes every cell unless a plugin returns markup,
and this plugin returns none; a small stylesheet only keeps their line breaks visible.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

from publish.search import register_functions

STYLESHEET_PATH = "/-/banli.css"
STYLESHEET = """
td.col-text, td.col-text_original { white-space: pre-wrap; }
td.col-snippet { white-space: normal; }
"""


@hookimpl(trylast=True)
def prepare_connection(conn):
    register_functions(conn)


@hookimpl
def register_routes():
    return [(r"^/-/banli\.css$", _stylesheet)]


@hookimpl
def extra_css_urls():
    return [STYLESHEET_PATH]


async def _stylesheet():
    return Response(STYLESHEET, content_type="text/css; charset=utf-8")
