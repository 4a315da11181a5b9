"""Chinese full-text search with exact substring semantics.

SQLite's tokenizers cannot do it (see /work/shared/anchors.md): the default one makes a run of
Han characters a single token, trigram misses 1- and 2-character words. So we tokenize in
Python: text is normalised (NFKC, traditional → simplified) and every character becomes one
token, written space-separated so FTS5's ``unicode61`` tokenizer reads it back unchanged.
Characters that are not letters or digits (punctuation, symbols) become ``x<hex>`` tokens and a
run of whitespace becomes ``xs``, so a query can never match across them. A query term turns
into an adjacency phrase of its tokens, which matches exactly where ``LIKE '%term%'`` would.

The FTS5 table ``documents_fts`` takes its content from the view ``documents_fts_source``
(``banli_tokens(title)``, ``banli_tokens(text)``), so ``snippet()`` works without storing the
tokens twice; ``banli_detokenize`` turns a snippet back into readable text.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

import opencc

FTS_TABLE = "documents_fts"
FTS_SOURCE_VIEW = "documents_fts_source"
FTS_COLUMNS = {"title": "title", "body": "text"}  # FTS column -> documents column
WHITESPACE_TOKEN = "xs"
SNIPPET_MARKS = ("【", "】", "…")

_to_simplified = opencc.OpenCC("t2s")
_whitespace_runs = re.compile(r"\s+")


class _TokenTable(dict):
    """str.translate table mapping each character to its token plus a separating space."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char == " ":
            token = WHITESPACE_TOKEN
        elif char.isalnum():
            token = char
        else:
            token = f"x{code:x}"
        self[code] = token + " "
        return self[code]


_TOKENS = _TokenTable()


def normalise(text: str) -> str:
    """NFKC then traditional → simplified: the one normalisation shared by index and query."""
    return _to_simplified.convert(unicodedata.normalize("NFKC", text))


def tokens(text: str | None) -> str:
    """The indexed form of a text: one space-separated token per character."""
    if not text:
        return ""
    collapsed = _whitespace_runs.sub(" ", normalise(text))
    return collapsed.translate(_TOKENS).rstrip()


def fts_query(query: str | None) -> str:
    """A user query → FTS5 MATCH expression: each whitespace-separated term an adjacency phrase, all required.

    Quotes are dropped (a term is already matched as an exact substring). An empty query
    becomes a phrase that matches nothing rather than an FTS5 syntax error.
    """
    terms = (query or "").replace('"', " ").split()
    phrases = [f'"{tokens(term)}"' for term in terms if tokens(term)]
    return " AND ".join(phrases) if phrases else '"xempty"'


def detokenize(indexed: str | None) -> str | None:
    """Readable text back from tokens (e.g. a snippet()), keeping the snippet marks."""
    if indexed is None:
        return None
    return "".join(_detokenize_piece(piece) for piece in indexed.split(" ") if piece)


def _detokenize_piece(piece: str) -> str:
    prefix = suffix = ""
    while piece and piece[0] in SNIPPET_MARKS:
        prefix, piece = prefix + piece[0], piece[1:]
    while piece and piece[-1] in SNIPPET_MARKS:
        piece, suffix = piece[:-1], piece[-1] + suffix
    return prefix + _token_char(piece) + suffix


def _token_char(token: str) -> str:
    if len(token) <= 1:
        return token
    if token == WHITESPACE_TOKEN:
        return " "
    if token.startswith("x"):
        try:
            return chr(int(token[1:], 16))
        except ValueError:
            pass
    return token


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the FTS view, the search box and the canned queries rely on."""
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
    conn.create_function("banli_tokens", 1, tokens, deterministic=True)
    conn.create_function("banli_detokenize", 1, detokenize, deterministic=True)


def create_fts(conn: sqlite3.Connection) -> None:
    """The view and the external-content FTS5 table (idempotent)."""
    conn.execute(
        f"CREATE VIEW IF NOT EXISTS {FTS_SOURCE_VIEW} AS SELECT id, "
        + ", ".join(f"banli_tokens([{column}]) AS [{fts}]" for fts, column in FTS_COLUMNS.items())
        + " FROM documents"
    )
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        + ", ".join(FTS_COLUMNS)
        + f", content='{FTS_SOURCE_VIEW}', content_rowid='id',"
        " tokenize='unicode61 remove_diacritics 0')"
    )


def index_rows(conn: sqlite3.Connection, rows) -> None:
    """Add (id, title_tokens, body_tokens) rows to the index."""
    conn.executemany(f"INSERT INTO {FTS_TABLE}(rowid, {', '.join(FTS_COLUMNS)}) VALUES (?, ?, ?)", rows)


def unindex_documents(conn: sqlite3.Connection, ids: list[int]) -> None:
    """Remove documents from the index; must run while their old rows are still in ``documents``."""
    columns = ", ".join(FTS_COLUMNS)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        conn.execute(
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) "
            f"SELECT 'delete', id, {columns} FROM {FTS_SOURCE_VIEW} "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )


SEARCH_SQL = f"""
select documents.id, documents.title, documents.jurisdiction, documents.publish_date,
  banli_detokenize(snippet({FTS_TABLE}, -1, '【', '】', '…', 24)) as snippet, documents.url
from {FTS_TABLE} join documents on documents.id = {FTS_TABLE}.rowid
where {FTS_TABLE} match escape_fts(:q)
order by documents.publish_date desc
limit 200
"""
