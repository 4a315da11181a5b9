"""Attachments in publish: each archived attachment is read once per content hash, and a page is
normalized again when its attachments change (not only its own bytes).

Readings are cached in the published database itself (``_banli_attachment_readings``, keyed by
sha256 and reader version), which publish carries from one build to the next; the signature of
each page's attachments (their hashes) is kept in ``_banli_attachment_pages``.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict

from archive.store import Archive, CorruptBlob
from publish import history
from publish.ids import canonical_url

READINGS_TABLE = "_banli_attachment_readings"
PAGES_TABLE = "_banli_attachment_pages"


def reader_version() -> str:
    from readers import READER_VERSION

    return READER_VERSION


def archived_attachments(archive: Archive) -> dict[str, list[dict]]:
    """Archived attachments (answered 200) by the canonical URL of the page that links them."""
    by_parent: dict[str, list[dict]] = defaultdict(list)
    for page in archive.latest_pages(kinds=("attachment",)):
        if page.get("parent_url") and page.get("status") in history.SEEN_STATUSES:
            by_parent[canonical_url(page["parent_url"])].append(page)
    return by_parent


def signature(attachments: list[dict]) -> str | None:
    if not attachments:
        return None
    hashes = sorted(f"{canonical_url(page['url'])}={page['sha256']}" for page in attachments)
    return hashlib.sha256(json.dumps([reader_version(), hashes]).encode()).hexdigest()


def known_signatures(db) -> dict[str, str]:
    if PAGES_TABLE not in db.table_names():
        return {}
    return {row["url"]: row["signature"] for row in db[PAGES_TABLE].rows}


def record_signatures(db, signatures: dict[str, str | None]) -> None:
    rows = [{"url": url, "signature": value} for url, value in signatures.items()]
    if rows:
        db[PAGES_TABLE].upsert_all(rows, pk="url")


def readings(db, archive: Archive, attachments: list[dict], progress=lambda _: None) -> dict[str, dict]:
    """sha256 → reading dict for these attachments: cached ones from the table, the rest read now."""
    from readers import read_attachment

    version = reader_version()
    wanted = {page["sha256"] for page in attachments}
    cached = {}
    if READINGS_TABLE in db.table_names() and wanted:
        for row in db[READINGS_TABLE].rows_where("reader_version = ?", [version]):
            if row["sha256"] in wanted:
                cached[row["sha256"]] = json.loads(row["reading"])
    names = {page["sha256"]: page["url"] for page in attachments}
    missing = sorted(wanted - set(cached))
    if missing:
        progress(f"publish: reading {len(missing)} attachment(s)")
    for sha in missing:
        try:
            reading = read_attachment(archive.get_blob(sha), name=names[sha]).as_dict()
        except CorruptBlob as error:
            reading = {"kind": "unknown", "pages": [], "warnings": [f"attachment_corrupt_blob:{error}"]}
        cached[sha] = reading
        db[READINGS_TABLE].upsert({"sha256": sha, "reader_version": version,
                                   "reading": json.dumps(reading, ensure_ascii=False)}, pk="sha256")
    return cached


def attach(document: dict, attachments: list[dict], by_sha: dict[str, dict], source: dict) -> dict:
    """The page's document completed from its archived attachments, in the page's link order."""
    from normalize.attachment import adopt_attachments, normalize_attachment

    names = {canonical_url(link["url"]): link.get("name") for link in document.get("attachments") or [] if link.get("url")}
    order = list(names)
    ordered = sorted(attachments, key=lambda page: order.index(canonical_url(page["url"]))
                     if canonical_url(page["url"]) in order else len(order))
    documents = [normalize_attachment(by_sha[page["sha256"]], url=page["url"], source=source,
                                      name=names.get(canonical_url(page["url"])) or page["url"].rsplit("/", 1)[-1])
                 for page in ordered if page["sha256"] in by_sha]
    return adopt_attachments(document, documents)
