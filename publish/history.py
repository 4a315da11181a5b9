"""What each crawl run says about document history: seen, new, changed, removed.

Pure functions over archive fetch records. The rule that matters: a document is removed only
when a *complete* crawl of its source no longer lists it and the recheck of its URL answers
404/410 or redirects out of the source's columns. An outage, a partial crawl, a timeout or a
5xx never removes anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

GONE_STATUSES = frozenset({404, 410})
SEEN_STATUSES = frozenset({200, 203, 304})


@dataclass
class RunDigest:
    run_id: str
    crawl_rows: list[dict] = field(default_factory=list)
    first_seen: dict[str, str] = field(default_factory=dict)  # url -> earliest fetch this run
    last_seen: dict[str, str] = field(default_factory=dict)  # url -> latest fetch this run
    removed: dict[str, str] = field(default_factory=dict)  # url -> when the recheck found it gone


def header(record: dict, name: str) -> str | None:
    for key, value in (record.get("headers") or {}).items():
        if key.lower() == name:
            return value[0] if isinstance(value, list) else value
    return None


def redirects_away(url: str, location: str | None, columns: list[str]) -> bool:
    """True when a redirect target is outside every column, or is a column's own index page."""
    if not location:
        return True
    target = urlsplit(urljoin(url, location))
    if target.netloc and target.netloc.lower() != urlsplit(url).netloc.lower() and not target.path:
        return True
    path = target.path or "/"
    for column in columns:
        root = column.rstrip("/")
        if path.startswith(root + "/") and not _is_index_page(path, root):
            return False
    return True


def _is_index_page(path: str, column_root: str) -> bool:
    rest = path[len(column_root):].strip("/")
    return rest == "" or rest.split("/")[-1].startswith("index")


def is_gone(record: dict, columns: list[str]) -> bool:
    """Whether a recheck record proves the URL gone (404/410 or a redirect leaving the column).

    A throttle (wzws: an empty 404 with a ``wzws-ray`` header) or a failed fetch proves nothing.
    """
    status = record.get("status")
    if record.get("error") or header(record, "wzws-ray") is not None:
        return False
    if status in GONE_STATUSES:
        return True
    if isinstance(status, int) and 300 <= status < 400:
        return redirects_away(record["url"], header(record, "location"), columns)
    return False


def is_seen(record: dict) -> bool:
    return record.get("kind") == "detail" and record.get("status") in SEEN_STATUSES


def digest_run(run_id: str, records, summary: dict | None, sources: dict[str, dict],
               known_sha: dict[str, str]) -> RunDigest:
    """Fold one run's records; ``known_sha`` (url → last page hash) is updated in place."""
    digest = RunDigest(run_id)
    per_source = (summary or {}).get("sources", {})
    counters: dict[str, dict] = {}
    for record in sorted(records, key=lambda r: r.get("fetched_at") or ""):
        source_id = record.get("source_id")
        count = counters.setdefault(source_id, {"pages": 0, "new": 0, "changed": 0, "removed": 0, "errors": 0})
        count["pages"] += record.get("kind") != "recheck"
        count["errors"] += bool(record.get("error")) or (record.get("status") or 0) >= 500
        if is_seen(record):
            _note_seen(digest, record, known_sha, count)
        elif record.get("kind") == "recheck" and _source_complete(per_source, source_id):
            columns = sources.get(source_id, {}).get("columns", [])
            if is_gone(record, columns) and record["url"] not in digest.last_seen:
                digest.removed[record["url"]] = record["fetched_at"]
                count["removed"] += 1
    for source_id in sorted(set(counters) | set(per_source), key=str):
        digest.crawl_rows.append(_crawl_row(run_id, source_id, summary, per_source.get(source_id, {}),
                                            counters.get(source_id, {})))
    return digest


def _note_seen(digest: RunDigest, record: dict, known_sha: dict[str, str], count: dict) -> None:
    url, when, sha = record["url"], record["fetched_at"], record.get("sha256")
    digest.first_seen.setdefault(url, when)
    digest.last_seen[url] = when
    if sha is None:
        return
    if url not in known_sha:
        count["new"] += 1
    elif known_sha[url] != sha:
        count["changed"] += 1
    known_sha[url] = sha


def _source_complete(per_source: dict, source_id: str) -> bool:
    return bool(per_source.get(source_id, {}).get("complete"))


def _crawl_row(run_id: str, source_id: str, summary: dict | None, reported: dict, counted: dict) -> dict:
    return {
        "run_id": run_id,
        "source_id": source_id,
        "started_at": (summary or {}).get("started_at"),
        "finished_at": (summary or {}).get("finished_at"),
        "pages": reported.get("pages", counted.get("pages", 0)),
        "documents": reported.get("documents"),
        "new": counted.get("new", 0),
        "changed": counted.get("changed", 0),
        "removed": counted.get("removed", 0),
        "errors": reported.get("errors", counted.get("errors", 0)),
        "complete": int(bool(reported.get("complete"))),
        "min_documents": reported.get("min_documents"),
        "below_minimum": int(bool(reported.get("below_minimum"))),
    }


def merge_history(current: dict, digest: RunDigest, url: str) -> dict:
    """New first_seen / last_seen / removed_at for one document after a run.

    A document fetched after its removal date is back online, so removed_at clears.
    """
    first = min(filter(None, [current.get("first_seen"), digest.first_seen.get(url)]), default=None)
    last = max(filter(None, [current.get("last_seen"), digest.last_seen.get(url)]), default=None)
    removed_at = current.get("removed_at")
    gone_at = digest.removed.get(url)
    if gone_at and not removed_at and (last is None or last < gone_at):
        removed_at = gone_at
    if removed_at and last and last > removed_at:
        removed_at = None
    return {"first_seen": first, "last_seen": last, "removed_at": removed_at}
