"""JSON columns come back from the JSON API as arrays and objects, not as strings of JSON.

An ASGI wrapper adds Datasette's own ``_json=COLUMN`` parameter for every JSON column of the
table (from dictionary.yaml) to a ``.json`` request that does not ask for ``_json`` itself.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from datasette.utils import tilde_decode

from publish import dictionary

QUERY_JSON_COLUMNS = {"compare": ["flags"]}


@lru_cache(maxsize=1)
def json_columns() -> dict[str, list[str]]:
    columns = {name: [c["name"] for c in spec["columns"] if c["type"] == "json"]
               for name, spec in dictionary.tables().items()}
    return {**{name: cols for name, cols in columns.items() if cols}, **QUERY_JSON_COLUMNS}


def columns_for_path(path: str) -> list[str]:
    """The JSON columns of /db/table.json, /db/table/pk.json or /db/query.json."""
    parts = path.strip("/").split("/")
    if len(parts) < 2 or not path.endswith(".json"):
        return []
    name = tilde_decode(parts[1].removesuffix(".json"))
    return json_columns().get(name, [])


def wrap(app):
    async def with_json_columns(scope, receive, send):
        if scope.get("type") == "http":
            columns = columns_for_path(scope.get("path", ""))
            query = scope.get("query_string", b"").decode("latin-1")
            if columns and "_json=" not in query:
                extra = "&".join(f"_json={quote(column)}" for column in columns)
                scope = {**scope, "query_string": (f"{query}&{extra}" if query else extra).encode("latin-1")}
        await app(scope, receive, send)

    return with_json_columns
