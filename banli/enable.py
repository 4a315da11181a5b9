"""Mark registry entries verified and enabled, editing ``sources.yaml`` as text.

``banli check --all --enable-ok`` calls :func:`enable_verified` with the columns a live check
reported ok. The file is edited line by line (``verified: false`` and ``enabled: false``
become ``true`` inside those entries' blocks, a missing ``verified:`` line is added after the
``id:`` line), so comments, order and layout stay as the operator wrote them. The result must
validate before it replaces the file, atomically.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ENTRY_START = re.compile(r"^- id:\s*['\"]?([a-z0-9-]+)['\"]?\s*$")
SWITCH = re.compile(r"^(\s+)(verified|enabled):\s*(false|no|False)\s*(#.*)?$")
VERIFIED = re.compile(r"^\s+verified:")


def enable_verified(path: str | Path, source_ids) -> list[str]:
    """Set ``verified: true`` and ``enabled: true`` on these entries; returns the ids changed."""
    from banli.sources import load_registry

    path = Path(path)
    wanted = set(source_ids)
    lines, changed = switched_on(path.read_text(encoding="utf-8").splitlines(keepends=True), wanted)
    if not changed:
        return []
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text("".join(lines), encoding="utf-8")
    try:
        load_registry(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return sorted(changed)


def switched_on(lines: list[str], wanted: set[str]) -> tuple[list[str], set[str]]:
    """The lines with the wanted entries' switches on, and the ids that changed."""
    out: list[str] = []
    changed: set[str] = set()
    current, id_line, has_verified = None, None, False
    for line in [*lines, "- id: end-of-file-marker\n"]:
        start = ENTRY_START.match(line)
        if start or (line[:1] not in (" ", "\t", "\n", "") and not line.startswith("#")):
            if current in wanted and not has_verified:
                out.insert(id_line + 1, "  verified: true\n")
                changed.add(current)
            current, id_line, has_verified = (start.group(1), len(out), False) if start else (None, None, False)
        elif current in wanted:
            has_verified = has_verified or bool(VERIFIED.match(line))
            switch = SWITCH.match(line)
            if switch:
                comment = f"  {switch.group(4)}" if switch.group(4) else ""
                line = f"{switch.group(1)}{switch.group(2)}: true{comment}\n"
                changed.add(current)
        out.append(line)
    return out[:-1], changed
