"""A year facet: the documents with no year first, then every year with its count, newest first.

Datasette's column facet leaves blanks out and sorts by count; a reader filtering by year must
see how many documents have no year (and reach them: ``?handling_year__isnull=1``) and find
the years in order. Configured in dictionary.yaml as ``{year: handling_year}``.
"""

from __future__ import annotations

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

BLANK_LABEL = "未注明 / not stated"


class YearFacet(Facet):
    type = "year"

    async def suggest(self):
        return []

    async def facet_results(self):
        results, timed_out = [], []
        for config in self.get_configs():
            column = config["config"].get("column") or config["config"]["simple"]
            try:
                results.append(await self._facet(column, config["source"]))
            except QueryInterrupted:
                timed_out.append(column)
        return results, timed_out

    async def _facet(self, column: str, source: str) -> dict:
        size = self.get_facet_size()
        escaped = escape_sqlite(column)
        rows = (await self.ds.execute(
            self.database,
            f"select {escaped} as value, count(*) as count from ({self.sql}) group by {escaped} "
            f"order by {escaped} is not null, {escaped} desc limit {size + 1}",
            self.params, truncate=False, custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
        pairs = self.get_querystring_pairs()
        return {
            "name": column, "type": self.type, "hideable": source != "metadata",
            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_year": column})),
            "results": [self._value(column, row, pairs) for row in rows[:size]],
            "truncated": len(rows) > size,
        }

    def _value(self, column: str, row, pairs) -> dict:
        key, value = (f"{column}__isnull", "1") if row["value"] is None else (column, str(row["value"]))
        selected = (key, value) in pairs
        toggle = (path_with_removed_args(self.request, {key: value}) if selected
                  else path_with_added_args(self.request, {key: value}))
        return {"value": row["value"], "label": BLANK_LABEL if row["value"] is None else row["value"],
                "count": row["count"], "selected": selected,
                "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle))}
