"""``--replica``: where a crawl, a check or a nightly run sends the registry's URLs.

Either nowhere (the live sites), a replica already running (its host map file, from
``banli replica serve --map-file``), or a replica started for the run and stopped after it
(a child process that also dies with this one, :mod:`banli.children`).
"""

from __future__ import annotations

import json
from contextlib import nullcontext
from pathlib import Path


def replica_hosts(wanted: bool, source_ids=(), *, size: int | None = None, registry=None, map_file=None):
    """A context manager yielding the host map (live origin → replica origin), or None for the live sites."""
    if map_file:
        return nullcontext(json.loads(Path(map_file).read_text(encoding="utf-8")))
    if not wanted:
        return nullcontext(None)
    from replica.server import running_replica

    return running_replica(size=size, sources=list(source_ids), registry=registry)
