"""Python's full garbage collections kept out of the readers' way.

Once Datasette has started, its heap holds some 70,000 objects that live as long as the process
(modules, plugins, metadata, compiled templates, the dictionary, OpenCC's tables). Every full
(generation 2) collection walks all of them: 50–80 ms, a pause that falls on whichever page is
being served (a summaries page at 74 ms instead of 20), a few times every few hundred requests.
``gc.freeze()`` after startup moves them to the permanent generation, which collections skip:
a full collection then walks only what requests created, 2–3 ms. Done at the first startup of
the process only (``banli serve`` starts one Datasette; a test session starts many, and the
collection before the freeze takes 100 ms or more).
"""

from __future__ import annotations

import gc


def freeze_startup_heap() -> None:
    """Collect what startup left over, then exempt everything still alive from later collections."""
    if gc.get_freeze_count():
        return
    gc.collect()
    gc.freeze()
