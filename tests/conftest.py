"""Session-wide settings for every test."""

import os
import tempfile
from pathlib import Path


def pytest_configure(config):
    """Replica attachments (Chromium and LibreOffice output, scans) depend only on their inputs:
    one cache for every test and xdist worker, instead of one per temporary data dir."""
    os.environ.setdefault("BANLI_REPLICA_CACHE", str(Path(tempfile.gettempdir()) / "banli-test-replica-attachments"))
