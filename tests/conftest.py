"""Tests that need a system component say so with a marker; this hook decides what a missing one means.

``browser`` needs Debian's chromium, ``redis`` needs redis-server, ``ocr`` needs the OCR engine.
On a developer's machine a missing component skips the test with the command that installs it;
under CI (the ``CI`` environment variable set, as GitHub Actions and ``.ci/run`` do) it fails it,
so a runner without chromium or Redis can never report green.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.processes import CHROMIUM, REDIS_SERVER


def _executable(path: str) -> bool:
    return Path(path).is_file() and os.access(path, os.X_OK) or shutil.which(path) is not None


def _module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


# marker -> (is it there?, what is missing, how to get it)
REQUIREMENTS = {
    "browser": (lambda: _executable(CHROMIUM), CHROMIUM, "apt-get install chromium (scripts/install-system-deps)"),
    "redis": (lambda: _executable(REDIS_SERVER), REDIS_SERVER, "apt-get install redis-server (scripts/install-system-deps)"),
    "ocr": (lambda: _module("rapidocr_onnxruntime"), "the OCR engine (rapidocr_onnxruntime)", "pip install -e '.[test]'"),
}


def missing_requirement(marker: str) -> str | None:
    """Why a test with this marker cannot run here, or None when its component is present."""
    present, what, install = REQUIREMENTS[marker]
    return None if present() else f"needs {what}: {install}"


def pytest_configure(config):
    """Replica attachments (Chromium and LibreOffice output, scans) depend only on their inputs:
    one cache for every test and xdist worker, instead of one per temporary data dir."""
    os.environ.setdefault("BANLI_REPLICA_CACHE", str(Path(tempfile.gettempdir()) / "banli-test-replica-attachments"))


def pytest_runtest_setup(item):
    for marker in REQUIREMENTS:
        if item.get_closest_marker(marker) is None:
            continue
        problem = missing_requirement(marker)
        if problem and os.environ.get("CI"):
            pytest.fail(f"{problem} (CI is set, so a missing component is a failure, not a skip)", pytrace=False)
        if problem:
            pytest.skip(problem)
