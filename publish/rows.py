"""A normalized document (the normalize stage's dict) → rows of the published tables.

Child rows are made from the document and its ``documents`` row (``row``), so what a reader
filters on (repost, flags, place) is decided once, in :func:`document_row`.
"""

from __future__ import annotations

import json

from publish.ids import canonical_url, document_id, stable_id

DOCUMENT_FIELDS = ("title", "doc_type", "doc_subtype", "index_number", "issuing_body_raw", "jurisdiction", "admin_level",
                   "publish_date", "signed_date", "doc_number", "topic_category", "validity",
                   "handling_year", "script", "text", "text_original")
FIGURE_GROUPS = {"counts": "件", "rates": "%", "outcomes": "件"}
# Bookkeeping columns that are not part of a document's content.
HISTORY_FIELDS = {"first_seen", "last_seen", "last_changed", "removed_at", "page_sha256",
                  "normalizer_version", "content_hash"}


def as_json(value) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value not in (None, [], {}) else None


def document_row(document: dict, *, page: dict, source: dict) -> dict:
    """The ``documents`` row, without history fields and the issuing-body lookup id.

    It still holds ``text`` and ``text_original`` (versions compare them); they are written
    to ``document_texts`` (:func:`text_rows`) and left out of ``documents`` (:func:`stored_row`).
    """
    url = canonical_url(page["url"])  # the archived URL, so ids match the crawl history
    row = {"id": document_id(url), "url": url, "source_id": page["source_id"]}
    row.update({name: document.get(name) for name in DOCUMENT_FIELDS})
    row["jurisdiction"] = row["jurisdiction"] or source.get("jurisdiction")
    row["admin_level"] = row["admin_level"] or source.get("admin_level")
    row["is_repost"] = int(is_repost(document, source))
    row["topics"] = as_json(document.get("topics"))
    row["flags"] = json.dumps(reader_flags(document, source), ensure_ascii=False)  # [] too: filterable
    row["warnings"] = as_json(document.get("warnings"))
    return row


def is_repost(document: dict, source: dict) -> bool:
    """A repost by the normalizer's reading of the page, or by the registry's kind of source."""
    return bool(document.get("is_repost")) or source.get("kind") == "repost"


def reader_flags(document: dict, source: dict) -> list[str]:
    """The normalizer's flags plus what a reader must know from elsewhere (repost source, attachment warning)."""
    flags = list(document.get("flags") or [])
    if is_repost(document, source):
        flags.append("repost")
    if any(str(warning).startswith("content_in_attachment") for warning in document.get("warnings") or []):
        flags.append("content_in_attachment")
    return list(dict.fromkeys(flags))


TEXT_FIELDS = ("text", "text_original")


def stored_row(row: dict) -> dict:
    return {key: value for key, value in row.items() if key not in TEXT_FIELDS}


def text_rows(document_id_: int, document: dict, row: dict) -> list[dict]:
    return [{"document_id": document_id_, **{name: row[name] for name in TEXT_FIELDS}}]


SUMMARY_COUNTS = ("total", "npc_suggestions", "cppcc_proposals", "lead", "joint")
SUMMARY_RATES = ("meeting_rate", "reply_rate", "satisfaction_rate")


def summary_rows(document_id_: int, document: dict, row: dict) -> list[dict]:
    """One ``summaries`` row for a handling summary (whole numbers as integers), none otherwise."""
    if row["doc_type"] != "summary":
        return []
    counts, rates = document.get("counts") or {}, document.get("rates") or {}
    flags = json.loads(row["flags"] or "[]")
    return [{
        "document_id": document_id_, "title": row["title"], "issuing_body": document.get("issuing_body"),
        "jurisdiction": row["jurisdiction"], "admin_level": row["admin_level"], "handling_year": row["handling_year"],
        "doc_subtype": row["doc_subtype"],
        **{name: _whole(counts.get(name)) for name in SUMMARY_COUNTS},
        **{name: rates.get(name) for name in SUMMARY_RATES},
        "satisfaction_qualifier": (document.get("rate_notes") or {}).get("satisfaction_rate"),
        "flags": row["flags"], "is_repost": row["is_repost"], "is_synthetic": int("synthetic" in flags),
        "publish_date": row["publish_date"], "url": row["url"],
    }]


def _whole(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


def breakdown_rows(document_id_: int, document: dict, row: dict) -> list[dict]:
    return [
        {"id": stable_id(document_id_, "breakdown", position), "document_id": document_id_,
         "level": part.get("level"), "kind": part.get("kind"), "role": part.get("role"),
         "value": _whole(part.get("value")), "evidence": part.get("evidence")}
        for position, part in enumerate(document.get("breakdown") or [])
    ]


def handling_stats_rows(document_id_: int, document: dict, row: dict) -> list[dict]:
    evidence = document.get("evidence") or {}
    sources = document.get("evidence_source") or {}
    notes = document.get("rate_notes") or {}
    rows = []
    for group, unit in FIGURE_GROUPS.items():
        for metric, value in (document.get(group) or {}).items():
            if value is not None:
                key = f"{group}.{metric}"
                rows.append(_figure(document_id_, key, "all", value, unit, notes.get(metric) if group == "rates" else None,
                                    evidence.get(key), sources.get(key)))
    for level, kinds in (document.get("counts_by_level") or {}).items():
        for kind, value in (kinds or {}).items():
            if value is not None:
                key = f"counts_by_level.{level}.{kind}"
                rows.append(_figure(document_id_, f"counts.{kind}", level, value, "件", None, evidence.get(key),
                                    sources.get(key)))
    return rows


def _figure(document_id_, metric, level, value, unit, note, evidence, source=None) -> dict:
    return {"id": stable_id(document_id_, metric, level), "document_id": document_id_, "metric": metric,
            "level": level, "value": value, "unit": unit, "note": note, "evidence": evidence,
            "evidence_source": evidence_place(source)}


def evidence_place(source: dict | None) -> str | None:
    """Where an attachment's evidence sentence is: `附件 名称.pdf 第 2 页`."""
    if not source or not source.get("file"):
        return None
    page = f" 第 {source['page']} 页" if source.get("page") else ""
    return f"附件 {source['file']}{page}"


def mentioned_item_rows(document_id_: int, document: dict, row: dict) -> list[dict]:
    return [
        {"id": stable_id(document_id_, "item", position, item.get("number")), "document_id": document_id_,
         "number": item.get("number"), "title": item.get("title"), "kind": item.get("kind"),
         "proposers": as_json(item.get("proposers")), "outcome": item.get("outcome"),
         "lead_body": item.get("lead_body")}
        for position, item in enumerate(document.get("mentioned_items") or [])
    ]


def topic_rows(document_id_: int, document: dict, row: dict) -> list[dict]:
    return [{"document_id": document_id_, "topic": topic} for topic in dict.fromkeys(document.get("topics") or [])]


def attachment_rows(document_id_: int, document: dict, row: dict) -> list[dict]:
    return [
        {"id": stable_id(document_id_, attachment.get("url")), "document_id": document_id_,
         "url": attachment.get("url"), "name": attachment.get("name"), "type": attachment.get("type")}
        for attachment in document.get("attachments") or []
    ]


CHILD_ROWS = {
    "document_texts": text_rows,
    "summaries": summary_rows,
    "breakdowns": breakdown_rows,
    "handling_stats": handling_stats_rows,
    "mentioned_items": mentioned_item_rows,
    "topics": topic_rows,
    "attachments": attachment_rows,
}


def changed_fields(old_row: dict | None, new_row: dict) -> list[str]:
    if old_row is None:
        return []
    return sorted(k for k, v in new_row.items() if k not in HISTORY_FIELDS and k in old_row and old_row[k] != v)
