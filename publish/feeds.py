"""Atom feeds through datasette-atom, valid even when a feed query has no rows.

datasette-atom 0.9 sets the feed's ``updated`` to the newest ``atom_updated`` of the rows, so a
feed with no rows yet (e.g. changed documents on a fresh catalog) fails with a 500. A feed reader
must get a valid empty feed instead: same id, self link and title, ``updated`` set to the time
the database file was written.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from datasette import __version__
from datasette.utils.asgi import Response
from datasette_atom import can_render_atom, render_atom
from feedgen.feed import FeedGenerator

EXTENSION = "atom"
CONTENT_TYPE = "application/xml; charset=utf-8"


def render_atom_allowing_empty(datasette, request, sql, columns, rows, database, table, query_name, view_name, data):
    """datasette-atom's renderer, except that no rows give an empty feed rather than an error."""
    if rows or not can_render_atom(columns):
        return render_atom(datasette, request, sql, columns, rows, database, table, query_name, view_name, data)
    return empty_feed(request.url, _feed_title(datasette, database, query_name) or sql,
                      _database_written_at(datasette, database))


def empty_feed(url: str, title: str, updated: datetime) -> Response:
    feed = FeedGenerator()
    feed.generator(generator="Datasette", version=__version__, uri="https://github.com/simonw/datasette")
    feed.id(url)
    feed.link(href=url, rel="self")
    feed.title(title)
    feed.updated(updated)
    return Response(feed.atom_str(pretty=True), content_type=CONTENT_TYPE, status=200)


def _feed_title(datasette, database: str, query_name: str | None) -> str | None:
    queries = (datasette.metadata(database=database) or {}).get("queries") or {}
    query = queries.get(query_name) if query_name else None
    return query.get("title") if isinstance(query, dict) else None


def _database_written_at(datasette, database: str) -> datetime:
    path = datasette.get_database(database).path
    if path and os.path.exists(path):
        return datetime.fromtimestamp(os.path.getmtime(path), UTC)
    return datetime.now(UTC)
