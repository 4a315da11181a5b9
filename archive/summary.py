"""The run summary: what one crawl run reports per source, stored as ``runs/<run_id>/summary.json``.

One type for every writer (the crawl, and tests that stand in for one), so the fields live in
one place and a misspelt field is an error, not a silent new key. A field left at ``None`` was
not reported and is left out of the file, as in summaries of crawls older than the field;
readers (publish, nightly, incremental mode choice) read the stored JSON with ``.get``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields


@dataclass
class SourceOutcome:
    """One source's entry (see docs/contracts.md, "Crawl")."""

    list_pages: int | None = None
    documents: int | None = None  # detail pages archived by this run
    pages: int | None = None  # list_pages + documents
    new: int | None = None  # bodies new to the archive (attachments included)
    attachments: int | None = None
    errors: int | None = None
    error_samples: list[str] | None = None
    complete: bool | None = None  # a full walk that reached the end of every column
    mode: str | None = None  # full | incremental | distributed
    walk_finished: bool | None = None  # the walk this mode asks for ran to its end
    requests: int | None = None
    not_modified: int | None = None
    retries: int | None = None
    min_documents: int | None = None
    below_minimum: bool | None = None
    seen_urls: int | None = None  # documents the lists named
    rechecked: int | None = None
    browser_pages: int | None = None
    challenge_passes: int | None = None
    close_reason: str | None = None

    def as_dict(self) -> dict:
        return {name: value for name, value in asdict(self).items() if value is not None}


@dataclass
class RunSummary:
    run_id: str
    started_at: str | None
    finished_at: str | None
    sources: dict[str, SourceOutcome] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"run_id": self.run_id, "started_at": self.started_at, "finished_at": self.finished_at,
                "sources": {source_id: outcome.as_dict() for source_id, outcome in self.sources.items()}}

    @classmethod
    def from_dict(cls, data: dict) -> RunSummary:
        """Read a summary dict through the type: unknown fields raise ``TypeError``."""
        known = {item.name for item in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise TypeError(f"run summary: unknown field(s) {', '.join(sorted(unknown))}")
        sources = {source_id: outcome if isinstance(outcome, SourceOutcome) else SourceOutcome(**outcome)
                   for source_id, outcome in (data.get("sources") or {}).items()}
        return cls(data["run_id"], data.get("started_at"), data.get("finished_at"), sources)
