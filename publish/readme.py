"""datasets/README.md for consumers, its table reference generated from the data dictionary."""

from __future__ import annotations

from pathlib import Path

from publish import dictionary

INTRO = """# banli datasets

How Chinese government bureaus handled NPC deputies' suggestions and CPPCC members' proposals
(人大代表建议、政协提案办理情况), crawled nightly from their disclosure columns, normalized and
published as open data. Licence: **CC BY 4.0** for the catalogue data; the documents are public
government information. Content produced by the local replica (`banli replica`) is synthetic test data.

## Files

| file | what |
|---|---|
| `banli.db` | the SQLite catalog served by Datasette (`banli serve`, read-only: restart it after each publish, since it keeps serving the file it opened) |
| `<table>.csv` | UTF-8 CSV, header row, `\\n` line ends |
| `<table>.excel.csv` | the same with a BOM and CRLF so Excel opens Chinese correctly; id columns are written as `="…"` so Excel keeps all 19 digits |
| `<table>.ndjson` | one JSON object per line, UTF-8 (not `\\u` escaped), JSON columns decoded, booleans as true/false |
| `datapackage.json` | Frictionless Data Package: every CSV as a tabular resource with its byte size and SHA-256 (`frictionless validate datasets/datapackage.json` checks both), JSON columns typed as arrays, and each table's NDJSON and Excel files under `alternates` with their sizes and hashes |
| `document.schema.json` | JSON Schema of one normalized document (from the normalize stage) |

Column names and their order come from one data dictionary (`publish/dictionary.yaml`), in
reading order: what identifies a document first, bookkeeping next, the URL and long text last.
Read columns by their header name, not by position: in November 2026 the `documents` columns
were put into this order.

## Things to know

- `documents.id` is stable: the first 53 bits of the SHA-256 of the canonical URL, so it is exact
  in JavaScript and jq (≤ 2^53). Join the other tables on `document_id`. Databases published before
  December 2026 had 63-bit ids; the new id is the old one shifted right by 10 bits.
- Dates are ISO `YYYY-MM-DD`; timestamps ISO 8601 UTC.
- History: `first_seen`, `last_seen`, `last_changed`, `removed_at`. A document is marked removed
  only when a complete crawl of its source no longer lists it **and** its URL answers 404/410 or
  redirects out of the column; an outage never marks anything removed. `document_versions` keeps
  one row per distinct content of a document.
- `summaries` has one row per handling summary with its figures as the text states them (whole
  numbers as integers, rates in percent, `satisfaction_qualifier` such as 满意和基本满意 or 以上, and
  `flags`). Never average them across documents: a mid-year report and a year's summary of the same
  body are two rows (`doc_subtype`). `is_repost` / `is_synthetic` mark copies on non-government
  sites and synthetic test pages.
- `handling_stats` has one row per figure with the sentence it was read from (`evidence`); rates
  are percentages. Check `note` (e.g. 满意和基本满意) before comparing rates. `breakdowns` keeps the
  figures a text gives per level, kind or role (市代表建议34件, 主办10件), never added into totals.
- Searching in Datasette finds exact substrings of any length (养, 养老, 养老服务), and
  traditional input finds simplified text; words separated by spaces must all appear, `OR`
  between two words finds either, `-word` or `NOT word` excludes one (upper-case operators only);
  the `search` canned query adds snippets with the hits in `<mark>`. The index
  (`documents_fts`) holds overlapping character bigrams plus a one-character prefix index;
  query it with `documents_fts match escape_fts('养老 服务')` rather than raw FTS syntax.
  Topics can be faceted with `?_facet_array=topics`; the JSON API returns JSON columns (`topics`,
  `flags`, `warnings` …) as arrays.

## Tables
"""


def consumer_readme() -> str:
    parts = [INTRO]
    for name, table in dictionary.tables().items():
        parts.append(f"\n### `{name}` — {table['en']}\n\n{table['zh']}\n\n| column | type | description |\n|---|---|---|\n")
        parts.extend(f"| `{c['name']}` | {c['type']} | {c['en']} / {c['zh']} |\n" for c in table["columns"])
    return "".join(parts)


def write_readme(path: str | Path) -> Path:
    path = Path(path)
    path.write_text(consumer_readme(), encoding="utf-8")
    return path
