"""``banli serve``: Datasette on 127.0.0.1, read-only (-i with an inspect file), our metadata.

Immutable mode (``-i``) lets Datasette trust the file: it takes table counts from the inspect file
and never re-checks the database. ``banli publish`` swaps a new file in with ``os.replace``, so
a running server keeps reading the old, now unlinked file: **restart serve after every publish**
(the systemd units in deploy/ do; ``banli-nightly.service`` restarts ``banli-serve.service``).
Each start writes the metadata and the inspect file afresh, so counts always match the file served.

Settings: 20 rows a page (a reader scans a screenful; rendering 100 wide rows costs more than
the queries); no suggested facets (Datasette would otherwise try a facet query on every column of
every table page: seconds at 100,000 documents); facets that take longer than
``facet_time_limit_ms`` (40 ms; those of a search alone over a third of 100,000 documents take
about 20, publish/facet_groups.py, or are read from publish's counts for a frequent 1- or
2-character search, publish/search_facets.py) are left out with Datasette's note naming them ("These facets
timed out: …") rather than holding up the page, and a narrower search shows them; long cells (body text,
URLs) are cut at ``truncate_cells_html`` characters in table views, never on a row page.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from banli import children, paths
from publish.metadata import write_metadata

DATASETTE_SETTINGS = {"default_page_size": 20, "default_facet_size": 15, "sql_time_limit_ms": 3000, "facet_time_limit_ms": 40,
                      "suggest_facets": False, "allow_download": False, "truncate_cells_html": 160}


def serving_dir() -> Path:
    return paths.data_dir() / "datasette"


def prepare(db_path: Path) -> tuple[Path, Path]:
    """Write the metadata and the inspect file of the database about to be served; returns both paths."""
    directory = serving_dir()
    metadata = write_metadata(directory / "metadata.json", database_name=db_path.stem)
    return metadata, write_inspect_file(db_path, directory / f"{db_path.stem}.inspect.json")


def write_inspect_file(db_path: Path, inspect_file: Path) -> Path:
    """``datasette inspect`` (table counts, hash) into a temporary file renamed into place."""
    inspect_file.parent.mkdir(parents=True, exist_ok=True)
    partial = inspect_file.with_name(f".{inspect_file.name}.tmp-{os.getpid()}")
    try:
        children.run([sys.executable, "-m", "datasette", "inspect", str(db_path), "--inspect-file", str(partial)],
                       check=True)
        os.replace(partial, inspect_file)
    finally:
        partial.unlink(missing_ok=True)
    return inspect_file


def setting_arguments(settings: dict = DATASETTE_SETTINGS) -> list[str]:
    """``--setting name value`` pairs for the datasette command line (booleans as on/off)."""
    arguments = []
    for name, value in settings.items():
        arguments += ["--setting", name, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    return arguments


def datasette_command(db_path: Path, port: int, metadata: Path, inspect_file: Path) -> list[str]:
    return [sys.executable, "-m", "datasette", "serve", "-i", str(db_path), "--inspect-file", str(inspect_file),
            "--metadata", str(metadata), "-h", "127.0.0.1", "-p", str(port), *setting_arguments()]


def serve(db_path: str | Path | None = None, port: int = 8001) -> None:
    """Prepare metadata and the inspect file, then become the Datasette process.

    ``exec`` rather than a child process, so a supervisor's or a test's SIGTERM reaches
    Datasette itself and no server is left orphaned.
    """
    db_path = Path(db_path or paths.database_path())
    if not db_path.exists():
        raise FileNotFoundError(f"{db_path} does not exist yet: run `banli publish` (or `banli nightly`) first")
    metadata, inspect_file = prepare(db_path)
    command = datasette_command(db_path, port, metadata, inspect_file)
    sys.stdout.flush()
    os.execv(command[0], command)
