"""``banli serve``: Datasette on 127.0.0.1, read-only (-i with an inspect file), our metadata."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from banli import paths
from publish.metadata import write_metadata

DATASETTE_SETTINGS = {"default_facet_size": "15", "sql_time_limit_ms": "3000", "facet_time_limit_ms": "500",
                      "allow_download": "off"}


def serving_dir() -> Path:
    return paths.data_dir() / "datasette"


def prepare(db_path: Path) -> tuple[Path, Path]:
    """Write the metadata and (when older than the database) the inspect file; returns both paths."""
    directory = serving_dir()
    metadata = write_metadata(directory / "metadata.json", database_name=db_path.stem)
    inspect_file = directory / f"{db_path.stem}.inspect.json"
    if not inspect_file.exists() or inspect_file.stat().st_mtime < db_path.stat().st_mtime:
        subprocess.run([sys.executable, "-m", "datasette", "inspect", str(db_path), "--inspect-file", str(inspect_file)],
                       check=True)
    return metadata, inspect_file


def datasette_command(db_path: Path, port: int, metadata: Path, inspect_file: Path) -> list[str]:
    command = [sys.executable, "-m", "datasette", "serve", "-i", str(db_path), "--inspect-file", str(inspect_file),
               "--metadata", str(metadata), "-h", "127.0.0.1", "-p", str(port)]
    for name, value in DATASETTE_SETTINGS.items():
        command += ["--setting", name, value]
    return command


def serve(db_path: str | Path | None = None, port: int = 8001) -> int:
    db_path = Path(db_path or paths.database_path())
    if not db_path.exists():
        raise FileNotFoundError(f"{db_path} does not exist yet: run `banli publish` (or `banli nightly`) first")
    metadata, inspect_file = prepare(db_path)
    return subprocess.call(datasette_command(db_path, port, metadata, inspect_file))
