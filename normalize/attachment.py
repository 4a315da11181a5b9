"""Attachments through the same normalizer: a reading (text per page, tables, OCR confidence) →
document, and a page that only points to its attachments takes text and figures from them.

Pure: the reading comes from `readers.read_attachment(...).as_dict()`; nothing here opens files.
`evidence_source` says for each evidence key which attachment and page the sentence is on.
"""

from __future__ import annotations

import re

from normalize.document import empty_document, normalize_page
from normalize.sheet_items import items_from_tables
from normalize.text import nfkc, to_simplified

FIGURE_GROUPS = ("counts", "rates", "outcomes", "counts_by_level")
_READ_FROM_THE_ATTACHMENT = (*FIGURE_GROUPS, "handling_year")  # the page's evidence for these goes
TAKEN_FROM_ATTACHMENT = ("counts", "counts_by_level", "rates", "rate_notes", "outcomes", "breakdown",
                         "handling_year", "topics")
# Warnings about the attachment as a page of its own that say nothing about the adopting document.
_PAGE_ONLY_WARNINGS = {"issuer_unknown", "title_missing", "no_body", "empty_body", "content_in_attachment",
                       "index_org_code_check_failed"}
_NUMBER_IN_CONTEXT = re.compile(r".{0,2}\d[\d.,%]*.{0,2}")
_SPACE = re.compile(r"\s+")


def normalize_attachment(reading: dict, *, url: str | None = None, name: str | None = None,
                         source: dict | None = None, listing: dict | None = None) -> dict:
    """One attachment's document: its text normalized as a page, OCR'd figures checked, items from tables."""
    if reading.get("html") is not None:
        document = normalize_page(reading["html"], url=url, source=source, listing=listing)
    elif any(page.strip() for page in reading.get("pages") or []):
        document = normalize_page("\n".join(reading["pages"]), url=url, source=source, listing=listing)
    else:
        document = empty_document(url)
    document["flags"] = list(dict.fromkeys([*document["flags"], *reading.get("flags", [])]))
    document["warnings"] = [*reading.get("warnings", []), *document["warnings"]]
    if reading.get("ocr_confidence") is not None:
        document["ocr_confidence"] = reading["ocr_confidence"]
    _distrust_uncertain_figures(document, reading.get("uncertain_lines") or [])
    items = items_from_tables(reading.get("tables") or [])
    if items:
        document["mentioned_items"] = items
    document["evidence_source"] = _evidence_pages(document["evidence"], reading.get("pages") or [], name or url)
    document["warnings"] = list(dict.fromkeys(document["warnings"]))
    return document


def _squeezed(text: str) -> str:
    return _SPACE.sub("", nfkc(to_simplified(text)))


def _evidence_pages(evidence: dict, pages: list[str], file: str | None) -> dict:
    squeezed = [_squeezed(page) for page in pages]
    sources = {}
    for key, sentence in evidence.items():
        target = _squeezed(sentence or "")
        page = next((n for n, text in enumerate(squeezed, 1) if target and target in text), None)
        if page is None and target:
            page = next((n for n, text in enumerate(squeezed, 1) if target[:12] in text), None)
        sources[key] = {"file": file, "page": page}
    return sources


def _distrust_uncertain_figures(document: dict, uncertain_lines: list[str]) -> None:
    """A figure whose sentence holds a number from an OCR line read with low confidence is dropped."""
    fragments = {_squeezed(match.group()) for line in uncertain_lines for match in _NUMBER_IN_CONTEXT.finditer(line)}
    fragments.discard("")
    for key, sentence in list(document["evidence"].items()):
        if key.split(".")[0] not in FIGURE_GROUPS or not any(f in _squeezed(sentence) for f in fragments):
            continue
        _set_path(document, key, None)
        del document["evidence"][key]
        document["warnings"].append(f"low_ocr_confidence:{key}")
        if "low_ocr_confidence" not in document["flags"]:
            document["flags"].append("low_ocr_confidence")


def _set_path(document: dict, dotted: str, value) -> None:
    *parents, leaf = dotted.split(".")
    target: object = document
    for part in parents:
        target = target.get(part) if isinstance(target, dict) else None
        if target is None:
            return
    if isinstance(target, dict) and leaf in target:
        target[leaf] = value


def _has_figures(document: dict) -> bool:
    return any(value is not None for group in ("counts", "rates") for value in (document.get(group) or {}).values())


def adopt_attachments(document: dict, attached: list[dict]) -> dict:
    """The page's document completed from its attachments' documents (in link order).

    Items from every attachment are added. When the page's body only points to its attachments
    (`content_in_attachment`), the first attachment with figures (else with text) gives text,
    figures, evidence with its source, topics and flags; the page keeps its own metadata.
    """
    for other in attached:
        known = {(item.get("number"), item.get("title")) for item in document["mentioned_items"]}
        document["mentioned_items"] += [item for item in other.get("mentioned_items") or []
                                        if (item.get("number"), item.get("title")) not in known]
    if "content_in_attachment" not in document["warnings"] or not attached:
        return document
    best = next((other for other in attached if _has_figures(other)),
                next((other for other in attached if other.get("text")), None))
    if best is None:
        document["warnings"] += [w for other in attached for w in other["warnings"] if w not in _PAGE_ONLY_WARNINGS]
        return document
    _take_from(document, best)
    return document


def _take_from(document: dict, best: dict) -> None:
    document.update({key: best.get(key) for key in TAKEN_FROM_ATTACHMENT})
    document["text"] = best["text"]
    page_evidence = {key: value for key, value in document["evidence"].items() if key.split(".")[0] not in
                     _READ_FROM_THE_ATTACHMENT}
    document["evidence"] = {**page_evidence, **best["evidence"]}
    document["evidence_source"] = dict(best.get("evidence_source") or {})
    if document["doc_type"] == "other":
        document["doc_type"] = best["doc_type"]
    for key in ("signed_date", "issuing_body", "issuing_body_raw", "jurisdiction", "admin_level"):
        if document.get(key) is None and best.get(key) is not None:
            document[key] = best[key]
    document["flags"] = list(dict.fromkeys([*document["flags"], "content_in_attachment", *best["flags"]]))
    kept = [w for w in document["warnings"] if w not in ("content_in_attachment", "issuer_unknown")
            or (w == "issuer_unknown" and document.get("issuing_body") is None)]
    document["warnings"] = list(dict.fromkeys([*kept, *(w for w in best["warnings"] if w not in _PAGE_ONLY_WARNINGS)]))
    if best.get("ocr_confidence") is not None:
        document["ocr_confidence"] = best["ocr_confidence"]
