"""The catalog's facets: blanks shown, year facets in year order, all of a page's facets counted
in one query, and the counts of an unfiltered table read from what publish counted.

Datasette's column facet leaves blanks out, sorts by count and runs one query per facet, each
evaluating the page's filter (a search over 30,000 matching documents) again. Ours evaluates the
filter once, grouped by all the facet columns together (SQLite reads the groups in order from the
documents' index of its facet columns, publish/schema.py, without sorting), and adds the groups
up per column; without a filter it reads ``_banli_facet_counts`` (publish/facet_counts.py), and
filtered by a search alone it groups the search index's matches by the facet combination each
document belongs to (publish/facet_groups.py, :mod:`.search_filter`), or reads those counts from
publish for a frequent one- or two-character search (publish/search_facets.py). A blank value is listed first as
"未注明" and links to ``?column__isnull=1``. Configured in the metadata as ``{"counted": column}``
or ``{"counted": {"column": column, "sort": "year"}}`` (publish/metadata.py).
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from collections import Counter
from dataclasses import dataclass

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_removed_args

from publish.facet_counts import FACET_COUNTS_TABLE
from publish.facet_groups import GROUPED_TABLE, GROUPS_TABLE, grouped_columns, match_counts_sql
from publish.search_facets import STORED_OR_MATCHED_COUNTS_SQL
from publish.search_plugin import search_filter
from publish.search_plugin.cells import foreign_key_tables

BLANK_LABEL = "未注明 / not stated"


@dataclass(frozen=True)
class CountedConfig:
    column: str
    sort: str  # "count" (most first) or "year" (newest first)
    source: str


class CountedFacet(Facet):
    type = "counted"

    async def suggest(self):
        return []

    async def facet_results(self):
        configs = [self._config(config) for config in self.get_configs()]
        if not configs:
            return [], []
        try:
            counts = await self._counts([config.column for config in configs])
        except QueryInterrupted:
            return self._timed_out(configs), [config.column for config in configs]
        size = self.get_facet_size()
        return [await self._facet(config, counts.get(config.column, []), size) for config in configs], []

    def _timed_out(self, configs: list[CountedConfig]) -> list[dict]:
        """Facets that took longer than facet_time_limit_ms: the HTML page names them in Datasette's
        note; the JSON API (which has no such note in Datasette 0.65) lists them, empty, marked
        ``timed_out``, so they do not just vanish."""
        if not self.request.path.endswith(".json"):
            return []
        return [{"name": config.column, "type": "column", "hideable": config.source != "metadata",
                 "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet": config.column})),
                 "results": [], "truncated": False, "timed_out": True} for config in configs]

    @staticmethod
    def _config(config: dict) -> CountedConfig:
        spec = config["config"]
        return CountedConfig(spec.get("column") or spec["simple"], spec.get("sort", "count"), config["source"])

    def _unfiltered(self) -> bool:
        return not self.params and self.table is not None and " where " not in self.sql.lower()

    async def _counts(self, columns: list[str]) -> dict[str, list[tuple]]:
        if self._unfiltered():
            stored = await self._stored_counts(columns)
            if stored is not None:
                return stored
        rows = await self._search_groups(columns) if self._searched_only(columns) else None
        if rows is None:
            grouped = ", ".join(escape_sqlite(column) for column in columns)
            rows = (await self.ds.execute(
                self.database, f"select {grouped}, count(*) from ({self.sql}) group by {grouped}",
                self.params, truncate=False, custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
        counts: dict[str, Counter] = {column: Counter() for column in columns}
        for row in rows:
            for position, column in enumerate(columns):
                counts[column][row[position]] += row[-1]
        return {column: list(counter.items()) for column, counter in counts.items()}

    def _searched_only(self, columns: list[str]) -> bool:
        return self.table == GROUPED_TABLE and set(columns) <= set(grouped_columns()) \
            and search_filter.is_search_only(self.sql)

    async def _search_groups(self, columns: list[str]) -> list | None:
        """Rows (facet values…, count) for a search alone: its matches counted per facet group
        (stored at publish for a frequent search, publish/search_facets.py)."""
        values = ", ".join(f"groups.{escape_sqlite(column)}" for column in columns)
        for group_counts in (STORED_OR_MATCHED_COUNTS_SQL, match_counts_sql("escape_fts(:search)")):
            try:
                return (await self.ds.get_database(self.database).execute(
                    f"select {values}, matches.count from ({group_counts}) as matches "
                    f"join {GROUPS_TABLE} as groups on groups.id = matches.facet_group",
                    {"search": self.params["search"]}, truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
            except sqlite3.OperationalError:
                continue  # published before the stored counts (or the groups, or one of their columns)
        return None  # counted from documents

    async def _stored_counts(self, columns: list[str]) -> dict[str, list[tuple]] | None:
        try:
            rows = (await self.ds.get_database(self.database).execute(
                f"select column_name, value, count from {FACET_COUNTS_TABLE} where table_name = ? "
                f"and column_name in ({', '.join('?' * len(columns))})", [self.table, *columns])).rows
        except sqlite3.OperationalError:
            return None  # published before the stored counts
        counts: dict[str, list[tuple]] = {column: [] for column in columns}
        for row in rows:
            counts[row["column_name"]].append((row["value"], row["count"]))
        return counts

    async def _facet(self, config: CountedConfig, counts: list[tuple], size: int) -> dict:
        counts = sorted(counts, key=_order(config.sort))
        shown = counts[:size]
        labels = await self.ds.expand_foreign_keys(self.database, self.table, config.column, [value for value, _ in shown]) \
            if config.column in foreign_key_tables(self.table) else {}
        pairs, current = self.get_querystring_pairs(), urllib.parse.parse_qsl(self.request.query_string)
        here = self.ds.absolute_url(self.request, self.ds.urls.path(_with_query(self.request.path, current)))
        return {
            "name": config.column, "type": "column", "hideable": config.source != "metadata",
            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet": config.column})),
            "results": [self._value(config.column, value, count, labels, pairs, current, here) for value, count in shown],
            "truncated": len(counts) > size,
        }

    def _value(self, column: str, value, count: int, labels: dict, pairs, current: list[tuple], here: str) -> dict:
        """A facet value; ``here`` is this page's absolute URL, which selecting the value extends."""
        key, text = (f"{column}__isnull", "1") if value is None else (column, str(value))
        selected = (key, text) in pairs
        if selected:
            toggle = self.ds.absolute_url(self.request, self.ds.urls.path(
                _with_query(self.request.path, [pair for pair in current if pair != (key, text)])))
        else:
            toggle = f"{here}{'&' if '?' in here else '?'}{urllib.parse.urlencode([(key, text)])}"
        return {"value": value, "label": BLANK_LABEL if value is None else labels.get((column, value), value),
                "count": count, "selected": selected, "toggle_url": toggle}


def _with_query(path: str, pairs: list[tuple]) -> str:
    """Datasette's path_with_added_args / path_with_removed_args, from a query string parsed once
    per facet rather than once per value (a search page links ~50 values); selecting a value adds
    its pair to the page's own URL, built once per facet."""
    query = urllib.parse.urlencode(pairs)
    return f"{path}?{query}" if query else path


def _order(sort: str):
    """Blanks first; then newest year first, or most frequent first (ties by value)."""
    if sort == "year":
        return lambda item: (item[0] is not None, -(item[0] or 0))
    return lambda item: (item[0] is not None, -item[1], str(item[0]))
