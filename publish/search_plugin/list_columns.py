"""A table's HTML page lists the columns a reader scans; the JSON API and the row page keep them all.

Rendering a cell costs more than reading it: 20 rows of the 28 documents columns are 560 cells
through ``render_cell`` and the table template, most of the page's time. An ASGI wrapper adds
Datasette's own ``_col=COLUMN`` parameters (from ``list_columns`` in dictionary.yaml) to the
HTML page of such a table when the request names no columns itself (``_col`` / ``_nocol``), so
Datasette's column menu still shows and adds the others.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from datasette.utils import tilde_decode

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
        await app(scope, receive, send)

    return with_listed_columns
