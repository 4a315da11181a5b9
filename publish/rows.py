"""A normalized document (the normalize stage's dict) → rows of the published tables."""

from __future__ import annotations

import json

from publish.ids import canonical_url, document_id, stable_id

DOCUMENT_FIELDS = ("title", "doc_type", "index_number", "issuing_body_raw", "jurisdiction", "admin_level",
                   "publish_date", "signed_date", "doc_number", "topic_category", "validity",
                   "handling_year", "script", "text", "text_original")
FIGURE_GROUPS = {"counts": "件", "rates": "%", "outcomes": "件"}
# Bookkeeping columns that are not part of a document's content.
HISTORY_FIELDS = {"first_seen", "last_seen", "last_changed", "removed_at", "page_sha256",
                  "normalizer_version", "content_hash"}


def as_json(value) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value not in (None, [], {}) else None


def document_row(document: dict, *, page: dict, source: dict) -> dict:
    """The ``documents`` row, without history fields and the issuing-body lookup id."""
    url = canonical_url(page["url"])  # the archived URL, so ids match the crawl history
    row = {"id": document_id(url), "url": url, "source_id": page["source_id"]}
    row.update({name: document.get(name) for name in DOCUMENT_FIELDS})
    row["jurisdiction"] = row["jurisdiction"] or source.get("jurisdiction")
    row["admin_level"] = row["admin_level"] or source.get("admin_level")
    row["topics"] = as_json(document.get("topics"))
    row["warnings"] = as_json(document.get("warnings"))
    row["flags"] = as_json(document.get("flags"))
    return row


def handling_stats_rows(document_id_: int, document: dict) -> list[dict]:
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


def mentioned_item_rows(document_id_: int, document: dict) -> list[dict]:
    return [
        {"id": stable_id(document_id_, "item", position, item.get("number")), "document_id": document_id_,
         "number": item.get("number"), "title": item.get("title"), "kind": item.get("kind"),
         "proposers": as_json(item.get("proposers")), "outcome": item.get("outcome"),
         "lead_body": item.get("lead_body")}
        for position, item in enumerate(document.get("mentioned_items") or [])
    ]


def topic_rows(document_id_: int, document: dict) -> list[dict]:
    return [{"document_id": document_id_, "topic": topic} for topic in dict.fromkeys(document.get("topics") or [])]


def attachment_rows(document_id_: int, document: dict) -> list[dict]:
    return [
        {"id": stable_id(document_id_, attachment.get("url")), "document_id": document_id_,
         "url": attachment.get("url"), "name": attachment.get("name"), "type": attachment.get("type")}
        for attachment in document.get("attachments") or []
    ]


CHILD_ROWS = {
    "handling_stats": handling_stats_rows,
    "mentioned_items": mentioned_item_rows,
    "topics": topic_rows,
    "attachments": attachment_rows,
}


def changed_fields(old_row: dict | None, new_row: dict) -> list[str]:
    if old_row is None:
        return []
    return sorted(k for k, v in new_row.items() if k not in HISTORY_FIELDS and k in old_row and old_row[k] != v)
