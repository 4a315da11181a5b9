"""Helpers for tests that start servers of their own (Redis, Datasette) on 127.0.0.1."""

import socket

from replica.server import stop_process
from spiders.settings import PLAYWRIGHT_LAUNCH_OPTIONS

__all__ = ["CHROMIUM", "REDIS_SERVER", "free_port", "stop_process"]

CHROMIUM = PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"]
REDIS_SERVER = "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
