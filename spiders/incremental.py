"""Incremental nightly crawls: what the archive already holds, and which mode a run takes.

Modes (each source's summary says which one ran, as ``mode``):

``full``
    Walk every list page. Archived detail pages and attachments are asked for conditionally
    (``If-None-Match`` / ``If-Modified-Since`` from the headers the archive kept), so an
    unchanged page costs a 304 without a body. Only a full walk can be ``complete``, and so
    only a full walk rechecks vanished URLs and can feed removals.
``incremental``
    Walk each column newest first only until ``1 + BANLI_INCREMENTAL_MARGIN_PAGES``
    consecutive list pages named nothing but archived documents (the rule lives in
    :meth:`spiders.base.SourceSpider.walk_on`); archived detail pages are not requested at
    all. Never ``complete``.
``distributed``
    Several workers share one Redis queue (:mod:`spiders.distributed`); walks like ``full``.

``auto`` (what ``banli crawl`` asks for unless ``--full``) picks ``incremental`` for a source
that has archived documents and a complete full sweep that finished less than
``full_sweep_days`` ago (registry ``politeness.full_sweep_days``, else the
``BANLI_FULL_SWEEP_DAYS`` setting, 7), and ``full`` otherwise — the periodic full sweep.
"""

from __future__ import annotations

import datetime as dt

from archive.store import Archive

MODES = ("auto", "full", "incremental")
VALIDATED_KINDS = ("detail", "attachment")


def known_pages(archive: Archive, source_ids: list[str]) -> dict[str, dict[str, dict]]:
    """Per source: archived detail and attachment URLs → ``{kind, etag, last_modified}``.

    The validators are those of the latest archived version (``None`` when the site sent
    none), read from ``index.db`` after folding in the newest fetch logs.
    """
    if not archive.run_ids():
        return {}
    archive.update_index()
    known: dict[str, dict[str, dict]] = {}
    for page in archive.latest_pages(source_ids, kinds=VALIDATED_KINDS):
        known.setdefault(page["source_id"], {})[page["url"]] = {
            "kind": page["kind"],
            "etag": page["headers"].get("etag"),
            "last_modified": page["headers"].get("last-modified"),
        }
    return known


def conditional_headers(validators: dict | None) -> dict[str, str]:
    """Request headers that let the site answer 304 when the archived version is current."""
    headers = {}
    if validators and validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators and validators.get("last_modified"):
        headers["If-Modified-Since"] = validators["last_modified"]
    return headers


def last_full_sweep(archive: Archive, source_id: str) -> dt.datetime | None:
    """When the newest complete full walk of the source finished (summaries without a
    ``mode`` predate incremental crawls and were full walks)."""
    for run_id in reversed(archive.run_ids()):
        summary = archive.run_summary(run_id) or {}
        entry = (summary.get("sources") or {}).get(source_id) or {}
        if entry.get("complete") and entry.get("mode", "full") == "full":
            return parse_utc(summary.get("finished_at") or summary.get("started_at"))
    return None


def choose_mode(requested: str, source: dict, *, archive: Archive, has_known: bool,
                full_sweep_days: int, now: dt.datetime | None = None) -> str:
    """The mode one source's run takes: ``requested`` unless it is ``auto``."""
    if requested not in MODES:
        raise ValueError(f"unknown crawl mode {requested!r} (known: {', '.join(MODES)})")
    if requested != "auto":
        return requested
    if not has_known:
        return "full"
    swept = last_full_sweep(archive, source["id"])
    days = (source.get("politeness") or {}).get("full_sweep_days", full_sweep_days)
    now = now or dt.datetime.now(dt.UTC)
    return "incremental" if swept and now - swept < dt.timedelta(days=days) else "full"


def parse_utc(text: str | None) -> dt.datetime | None:
    """An archive timestamp (``2026-11-02T01:00:00.000000Z``) as an aware datetime."""
    if not text:
        return None
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))

