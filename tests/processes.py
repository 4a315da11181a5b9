"""Helpers for tests that start servers of their own (Redis, Datasette) on 127.0.0.1."""

import socket

from replica.server import stop_process

__all__ = ["free_port", "stop_process"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
