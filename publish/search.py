"""Chinese full-text search with exact substring semantics.

SQLite's tokenizers cannot do it (see ../shared/anchors.md beside the repository): the default one makes a run of
Han characters a single token, trigram misses 1- and 2-character words. So we tokenize in
Python: text is normalised (NFKC, traditional → simplified) and split into runs of letters and
digits and single other characters. Every character of a run starts one token, the bigram of it
and the next character (the last character of a run stands alone: 养老服务 → 养老 老服 服务 务);
every other character becomes a ``_<hex>`` token (a run of whitespace one ``_20``), so nothing
matches across punctuation. The tokens are written space-separated, and FTS5's ``unicode61``
tokenizer (with ``_`` as a token character) reads them back unchanged.

A query term becomes an adjacency phrase of bigrams, which matches exactly where
``LIKE '%term%'`` would: 养老服务 → ``"养老 老服 服务"``; a bigram's doclist is far shorter than
those of its two characters. A term (or its last run) of one character is a prefix query
(``"养" *``), answered by the table's 1-character prefix index, i.e. a per-character index that
FTS5 maintains itself. Separators inside a term keep their ``_<hex>`` tokens, so 21-168 still
matches like a substring scan.

The FTS5 table ``documents_fts`` takes its content from the view ``documents_fts_source``
(``banli_tokens(title)`` of ``documents``, ``banli_tokens(text)`` of ``document_texts``), so the tokens are not stored twice and
deleting or rebuilding needs no copy of them. Snippets are cut from the document text by
``banli_snippet``.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass

import opencc
from markupsafe import Markup, escape

FTS_TABLE = "documents_fts"
FTS_SOURCE_VIEW = "documents_fts_source"
FTS_COLUMNS = {"title": "documents.title", "body": "document_texts.text"}  # FTS column -> source column
# Bump when the tokens change: schema.ensure_schema then rebuilds the index of an older database.
INDEX_VERSION = "bigram-1"
NO_MATCH = '"_empty"'
SNIPPET_MARKS = ("<mark>", "</mark>", "…")
SNIPPET_CONTEXT = 30

_to_simplified = opencc.OpenCC("t2s")
_whitespace_runs = re.compile(r"\s+")
_runs_and_separators = re.compile(r"([^\W_]+)|(.)", re.DOTALL)


def normalise(text: str) -> str:
    """NFKC then traditional → simplified: the one normalisation shared by index and query."""
    return _to_simplified.convert(unicodedata.normalize("NFKC", text))


def _collapsed(text: str) -> str:
    return _whitespace_runs.sub(" ", normalise(text))


def _run_tokens(run: str) -> list[str]:
    """Each character with the next one, the last alone: 养老服务 → 养老 老服 服务 务."""
    return [*map(str.__add__, run, run[1:]), run[-1]]


def _separator_token(char: str) -> str:
    return f"_{ord(char):x}"


def _token_groups(text: str) -> list[tuple[bool, list[str]]]:
    """(is a run of letters and digits, its tokens) for each run and each separator, in order."""
    return [(bool(run), _run_tokens(run) if run else [_separator_token(separator)])
            for run, separator in _runs_and_separators.findall(_collapsed(text))]


def tokens(text: str | None) -> str:
    """The indexed form of a text: space-separated bigram and separator tokens."""
    if not text:
        return ""
    return " ".join(token for _, group in _token_groups(text) for token in group)


def query_terms(query: str | None) -> list[str]:
    """The whitespace-separated words of a user query, quotes dropped (a word is already exact)."""
    return (query or "").replace('"', " ").split()


@dataclass(frozen=True)
class ParsedQuery:
    """A reader's query: groups that must all match (each group: words, any one of them), words to exclude."""

    required: list[list[str]]
    excluded: list[str]

    @property
    def highlighted(self) -> list[str]:
        return [word for group in self.required for word in group]


def parse_query(query: str | None) -> ParsedQuery:
    """Words separated by spaces must all appear; ``OR`` between two words: either; ``-word`` or
    ``NOT word``: must not appear. ``AND`` is the default and may be written. Operators are upper case
    (``or``, ``not`` are searched as words); any other character is searched as written."""
    required: list[list[str]] = []
    excluded: list[str] = []
    pending_or = pending_not = False
    for word in query_terms(query):
        if word in ("OR", "NOT", "AND"):
            pending_or, pending_not = (word == "OR" and bool(required)), word == "NOT"
            continue
        if pending_not or (word.startswith("-") and len(word) > 1 and not pending_or):
            excluded.append(word if pending_not else word[1:])
        elif pending_or:
            required[-1].append(word)
        else:
            required.append([word])
        pending_or = pending_not = False
    return ParsedQuery(required, excluded)


SEARCH_HELP = ("空格分隔的词全部须出现（养老 服务）；OR 表示任一（养老 OR 殡葬）；-词 或 NOT 词 表示排除（殡葬 -公墓）；"
               "繁体亦可，任意长度（一个字也行）。 / Words separated by spaces must all appear; OR between two words: "
               "either; -word or NOT word excludes it; exact substrings of any length, traditional characters too.")


def term_phrase(term: str) -> str:
    """One term → an FTS5 phrase matching exactly the texts that contain it as a substring.

    The term's own last character is not necessarily the end of a run in a text (养老 in 养老服务),
    so its stand-alone token is dropped after a bigram, and a term ending in a one-character run
    matches that character as a prefix (any token starting with it).
    """
    groups = _token_groups(term)
    if not groups:
        return ""
    is_run, last = groups[-1]
    ends_in_single_character = is_run and len(last) == 1
    if is_run and not ends_in_single_character:
        last = last[:-1]
    phrase = [token for _, group in groups[:-1] for token in group] + last
    return f'"{" ".join(phrase)}"' + (" *" if ends_in_single_character else "")


def fts_query(query: str | None) -> str:
    """A reader's query (see :func:`parse_query`) → FTS5 MATCH expression of bigram phrases.

    A query with nothing to find (empty, or only exclusions) becomes a phrase that matches
    nothing rather than an FTS5 syntax error.
    """
    parsed = parse_query(query)
    clauses = []
    for group in parsed.required:
        phrases = [phrase for phrase in map(term_phrase, group) if phrase]
        if phrases:
            clauses.append(phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")")
    if not clauses:
        return NO_MATCH
    expression = " AND ".join(clauses)
    for phrase in filter(None, map(term_phrase, parsed.excluded)):
        expression = f"({expression}) NOT {phrase}"
    return expression


def snippet(title: str | None, text: str | None, query: str | None) -> str | None:
    """Context around the first hit in the text (or else the title), each hit wrapped in ``<mark>``.

    The text itself is not escaped here: whoever renders it as HTML escapes it and turns only
    the mark tags back into markup (:func:`marked_html`).
    """
    terms = sorted({normalise(term) for term in parse_query(query).highlighted}, key=len, reverse=True)
    if not terms:
        return None
    pattern = re.compile("|".join(map(re.escape, terms)), re.IGNORECASE)
    for candidate in (text, title):
        if candidate:
            found = _snippet_around(pattern, _whitespace_runs.sub(" ", candidate)) \
                or _snippet_around(pattern, _collapsed(candidate))
            if found:
                return found
    return None


def marked_html(snippet_text: str) -> Markup:
    """A snippet as HTML: everything escaped, then only ``<mark>`` and ``</mark>`` made markup again."""
    escaped = str(escape(snippet_text))
    for tag in SNIPPET_MARKS[:2]:
        escaped = escaped.replace(str(escape(tag)), tag)
    return Markup(escaped)


def _snippet_around(pattern: re.Pattern, text: str) -> str | None:
    first = pattern.search(text)
    if first is None:
        return None
    start, end = max(0, first.start() - SNIPPET_CONTEXT), min(len(text), first.end() + SNIPPET_CONTEXT)
    opening, closing, ellipsis = SNIPPET_MARKS
    marked = pattern.sub(lambda hit: f"{opening}{hit.group()}{closing}", text[start:end])
    return (ellipsis if start else "") + marked + (ellipsis if end < len(text) else "")


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the FTS view, the search box and the canned queries rely on."""
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
    conn.create_function("banli_tokens", 1, tokens, deterministic=True)
    conn.create_function("banli_snippet", 3, snippet, deterministic=True)


def create_fts(conn: sqlite3.Connection) -> None:
    """The view and the external-content FTS5 table with its 1-character prefix index (idempotent)."""
    conn.execute(
        f"CREATE VIEW IF NOT EXISTS {FTS_SOURCE_VIEW} AS SELECT documents.id AS id, "
        + ", ".join(f"banli_tokens({column}) AS [{fts}]" for fts, column in FTS_COLUMNS.items())
        + " FROM documents LEFT JOIN document_texts ON document_texts.document_id = documents.id"
    )
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        + ", ".join(FTS_COLUMNS)
        + f", content='{FTS_SOURCE_VIEW}', content_rowid='id', prefix='1',"
        " tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\")"
    )


def rebuild_fts(conn: sqlite3.Connection) -> None:
    """Drop the index and build it again from ``documents`` (after a change of tokens)."""
    conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    create_fts(conn)
    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def index_holds_every_document(conn: sqlite3.Connection) -> bool:
    """One index row for every document and none for anything else (FTS5's ``_docsize`` table lists
    the indexed rowids). A search filtered by nothing else is counted and faceted from the index
    alone (publish/search_plugin/search_filter.py), so publish checks this before swapping in."""
    return bool(conn.execute(
        f"select (select count(*) from {FTS_TABLE}_docsize) = (select count(*) from documents) "
        f"and not exists (select id from {FTS_TABLE}_docsize except select id from documents)").fetchone()[0])


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


MATCHING_IDS_SQL = f"select rowid from {FTS_TABLE} where {FTS_TABLE} match escape_fts(:q)"
# A search matching at least this many documents reads them newest first from the date index and
# stops at the page's last one; fewer are looked up by id and sorted (same rows, same order).
MANY_MATCHES = 5000

# The newest 50 hits (a page a reader scans), then snippets for those 50 only (not for every hit).
# Exactly one of the two branches reads rows: the other's LIMIT is 0, which SQLite checks first.
# Ties in publish_date by id, the order of the (publish_date desc, id) index the first walks.
SEARCH_LIMIT = 50


def search_sql(many_matches: int = MANY_MATCHES) -> str:
    return f"""
with matches(n) as materialized (select count(*) from {FTS_TABLE} where {FTS_TABLE} match escape_fts(:q)),
hits as materialized (
  select * from (select id from documents where +id in ({MATCHING_IDS_SQL}) order by publish_date desc, id
                 limit (select iif(n >= {many_matches}, {SEARCH_LIMIT}, 0) from matches))
  union all
  select * from (select id from documents where id in ({MATCHING_IDS_SQL}) order by publish_date desc, id
                 limit (select iif(n < {many_matches}, {SEARCH_LIMIT}, 0) from matches))
)
select documents.title, issuing_bodies.name as issuing_body, documents.jurisdiction,
  documents.publish_date, documents.doc_type, banli_snippet(documents.title, document_texts.text, :q) as snippet,
  documents.url, documents.id
from hits join documents on documents.id = hits.id
  left join document_texts on document_texts.document_id = documents.id
  left join issuing_bodies on issuing_bodies.id = documents.issuing_body_id
order by documents.publish_date desc, documents.id
"""


SEARCH_SQL = search_sql()
