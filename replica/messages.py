"""The request a site sees and the reply it gives, independent of the HTTP server."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict = field(default_factory=dict)
    form: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Reply:
    """A rendered answer. ``kind`` (list, api, detail, attachment, robots, error) lets faults
    pick their targets; ``transport`` (normal, reset, truncate) tells the server how to send."""

    status: int
    body: bytes
    content_type: str
    kind: str = "other"
    headers: tuple = ()
    etag: str | None = None
    last_modified: datetime | None = None
    delay: float = 0.0
    transport: str = "normal"
    position: int | None = None

    def but(self, **changes) -> Reply:
        return replace(self, **changes)
