"""A table's HTML page lists the columns a reader scans; the JSON API and the row page keep them all.

Rendering a cell costs more than reading it: 20 rows of the 28 documents columns are 560 cells
through ``render_cell`` and the table template, most of the page's time. An ASGI wrapper adds
Datasette's own ``_col=COLUMN`` parameters (from ``list_columns`` in dictionary.yaml) to the
HTML page of such a table when the request names no columns itself (``_col`` / ``_nocol``), so
Datasette's column menu still shows and adds the others.

The listed columns are how the page reads, not a choice of data: the page's links (JSON and CSV
exports, the advanced export form, sorting, facets, next page) are given back without the added
``_col`` parameters, so an export has every column, as the same URL without the page would. A
reader who picks columns (``_col`` / ``_nocol`` in the request) keeps them in every link.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from datasette.utils import tilde_decode
from markupsafe import escape

from publish import dictionary


@lru_cache(maxsize=1)
def list_columns() -> dict[str, list[str]]:
    return {name: spec["list_columns"] for name, spec in dictionary.tables().items() if "list_columns" in spec}


def columns_for_path(path: str) -> list[str]:
    """The listed columns of /db/table (the HTML table page; not .json, .csv or a row page)."""
    parts = path.strip("/").split("/")
    if len(parts) != 2 or "." in parts[1]:
        return []
    return list_columns().get(tilde_decode(parts[1]), [])


def wrap(app):
    async def with_listed_columns(scope, receive, send):
        if scope.get("type") == "http":
            columns = columns_for_path(scope.get("path", ""))
            query = scope.get("query_string", b"").decode("latin-1")
            if columns and "_col=" not in query and "_nocol=" not in query:
                extra = "&".join(f"_col={quote(column)}" for column in columns)
                scope = {**scope, "query_string": (f"{query}&{extra}" if query else extra).encode("latin-1")}
                send = _links_without(extra, columns, send)
        await app(scope, receive, send)

    return with_listed_columns


def _links_without(extra: str, columns: list[str], send):
    """``send`` for an HTML page whose links leave out the query parameters ``extra`` added."""
    started: dict = {}
    body: list[bytes] = []

    async def send_without_added_columns(message):
        if message["type"] == "http.response.start":
            started.update(message)
            return
        if message["type"] != "http.response.body" or not started:
            await send(message)
            return
        body.append(message.get("body", b""))
        if message.get("more_body"):
            return
        headers, content = started["headers"], b"".join(body)
        if any(name.lower() == b"content-type" and value.startswith(b"text/html") for name, value in headers):
            content = without_added_columns(content.decode("utf-8"), extra, columns).encode("utf-8")
            headers = [(name, str(len(content)).encode() if name.lower() == b"content-length" else value)
                       for name, value in headers]
        await send({**started, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    return send_without_added_columns


def without_added_columns(html: str, extra: str, columns: list[str]) -> str:
    """The page's links (query strings written with ``&amp;``) without the added ``extra`` parameters,
    and the export form without the hidden ``_col`` fields of the added ``columns``."""
    added = extra.replace("&", "&amp;")
    html = html.replace(f"&amp;{added}", "").replace(f"?{added}&amp;", "?").replace(f"?{added}\"", '"')
    for column in columns:
        html = html.replace(f'<input type="hidden" name="_col" value="{escape(column)}">', "")
    return html
