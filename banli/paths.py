"""Where banli keeps its generated data.

Everything generated (archive, database, exports, replicas) lives under one data directory,
``$BANLI_DATA`` or ``./data`` by default, except the published files in ``datasets/``.
"""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return Path(os.environ.get("BANLI_DATA", PROJECT_ROOT / "data"))


def archive_dir() -> Path:
    return Path(os.environ.get("BANLI_ARCHIVE", data_dir() / "archive"))


def datasets_dir() -> Path:
    return Path(os.environ.get("BANLI_DATASETS", PROJECT_ROOT / "datasets"))


def database_path() -> Path:
    return datasets_dir() / "banli.db"
