"""What a document's row page shows above its fields: figures with their sentences, breakdowns,
flags, the original URL, the government original of a repost, attachments, then the text.

Everything is returned as plain values; the template (templates/_banli_document.html) escapes
them all. Links are only made for http(s) addresses.
"""

from __future__ import annotations

import json

from datasette.utils import tilde_decode

from publish import dictionary
from publish.queries import CHART_FRAGMENT

LINKABLE_SCHEMES = ("http://", "https://")


async def document_context(datasette, database: str, pks: str) -> dict | None:
    """The ``banli_document`` template variable for a documents row page (None when there is no such row)."""
    db = datasette.get_database(database)
    try:
        document_id = int(tilde_decode(pks))
    except ValueError:
        return None
    row = (await db.execute(
        "select documents.id, title, doc_type, handling_year, documents.jurisdiction, publish_date, url, flags, "
        "is_repost, issuing_bodies.name as issuing_body from documents "
        "left join issuing_bodies on issuing_bodies.id = documents.issuing_body_id where documents.id = ?",
        [document_id])).first()
    if row is None:
        return None
    return {
        **{key: row[key] for key in ("id", "title", "handling_year", "jurisdiction", "publish_date", "url", "issuing_body")},
        "doc_type_label": labelled("doc_type", row["doc_type"]),
        "flags": [{"code": code, "label": dictionary.value_labels()["flags"].get(code, code)}
                  for code in json.loads(row["flags"] or "[]")],
        "figures": await _figures(db, document_id),
        "breakdowns": await _breakdowns(db, document_id),
        "attachments": await _attachments(db, document_id),
        "original": await _government_original(db, row) if row["is_repost"] else None,
        "compare_url": datasette.urls.database(database) + "/compare" + CHART_FRAGMENT,
        "text": (await db.execute("select text from document_texts where document_id = ?", [document_id])).first(),
    }


def labelled(label_set: str, code) -> str:
    """'办理总结 (summary)' for a coded value; the value itself when it has no label."""
    if code is None:
        return ""
    label = dictionary.value_labels()[label_set].get(code)
    return f"{label} ({code})" if label else str(code)


def figure_text(value, unit: str | None) -> str:
    """117 件, 98.5% — whole numbers without a decimal point."""
    if value is None:
        return ""
    number = int(value) if float(value).is_integer() else value
    return f"{number}%" if unit == "%" else f"{number} {unit or ''}".strip()


async def _figures(db, document_id: int) -> list[dict]:
    order = {figure["metric"]: position for position, figure in enumerate(dictionary.figures())}
    names = {figure["metric"]: figure for figure in dictionary.figures()}
    rows = (await db.execute("select metric, value, unit, note, evidence from handling_stats "
                             "where document_id = ? and level = 'all'", [document_id])).rows
    rows = sorted(rows, key=lambda r: (order.get(r["metric"], len(order)), r["metric"]))
    return [{"metric": r["metric"], "zh": names.get(r["metric"], {}).get("zh", r["metric"]),
             "en": names.get(r["metric"], {}).get("en", ""), "value": figure_text(r["value"], r["unit"]),
             "note": r["note"], "evidence": r["evidence"]} for r in rows]


async def _breakdowns(db, document_id: int) -> list[dict]:
    rows = (await db.execute("select level, kind, role, value, evidence from breakdowns where document_id = ? "
                             "order by level, kind, role", [document_id])).rows
    return [{"level": r["level"], "kind_label": labelled("kind", r["kind"]), "role_label": labelled("role", r["role"]),
             "value": figure_text(r["value"], "件"), "evidence": r["evidence"]} for r in rows]


async def _attachments(db, document_id: int) -> list[dict]:
    rows = (await db.execute("select url, name, type from attachments where document_id = ? order by name",
                             [document_id])).rows
    return [{"url": r["url"] if (r["url"] or "").startswith(LINKABLE_SCHEMES) else None,
             "name": r["name"] or r["url"], "type": r["type"]} for r in rows]


async def _government_original(db, row) -> dict | None:
    """The same title published by a non-repost source, when the catalog has it."""
    if not row["title"]:
        return None
    original = (await db.execute("select id, title, url from documents where title = ? and is_repost = 0 and id != ? "
                                 "order by publish_date limit 1", [row["title"], row["id"]])).first()
    return dict(original) if original else None
