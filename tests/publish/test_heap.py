"""Datasette's startup heap is frozen once per process, so full collections skip it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

STARTED = """
import asyncio, gc, sys
from datasette.app import Datasette
from publish.metadata import datasette_metadata
before = gc.get_freeze_count()
first = Datasette([sys.argv[1]], metadata=datasette_metadata("banli"))
asyncio.run(first.invoke_startup())
frozen = gc.get_freeze_count()
asyncio.run(Datasette([sys.argv[1]], metadata=datasette_metadata("banli")).invoke_startup())
print(before, frozen, gc.get_freeze_count())
"""


def test_the_first_startup_freezes_the_heap_and_later_ones_leave_it(built_db):
    before, frozen, after = map(int, subprocess.run([sys.executable, "-c", STARTED, str(built_db)], check=True, capture_output=True,
                                                    text=True, cwd=Path(__file__).parents[2]).stdout.split())
    assert before == 0
    assert frozen > 10_000  # modules, plugins, metadata: the heap a full collection would walk
    assert after == frozen
