"""Child processes that die with the process that started them, even when it is SIGKILLed.

A nightly run killed by the OOM killer or a cron timeout gets no chance to stop what it
started, and a replica server left behind keeps its ports; a crawl child keeps writing into
the archive. Every place that starts a long-lived child (the crawl process, the replica
server, Datasette's inspect) starts it through :func:`popen` or :func:`run`: on Linux the
child asks the kernel (``prctl(PR_SET_PDEATHSIG)``) for ``SIGTERM`` the moment its parent
dies, so it shuts down as it would on an operator's ``kill``; the browser and Playwright's
driver go with the crawl process that owns them (the driver exits when its pipe to the
crawl closes). Elsewhere these are plain :mod:`subprocess` calls.

The kernel sends the signal when the *thread* that started the child ends, so start a child
from a thread that outlives it (the main thread, or the one that waits for it).
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys

PR_SET_PDEATHSIG = 1
DEATH_SIGNAL = signal.SIGTERM


def _load_prctl():
    """libc's prctl, looked up here in the parent so the forked child only calls it."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    return prctl


_prctl = _load_prctl()


def _die_with(parent_pid: int):
    """The ``preexec_fn``: runs in the child between fork and exec."""

    def arrange() -> None:
        if _prctl(PR_SET_PDEATHSIG, DEATH_SIGNAL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
        if os.getppid() != parent_pid:  # the parent died before the request was in place
            os.kill(os.getpid(), DEATH_SIGNAL)

    return arrange


def tied(kwargs: dict) -> dict:
    """``subprocess`` keyword arguments with the death signal arranged (where the OS has one)."""
    if _prctl is None:
        return kwargs
    return {**kwargs, "preexec_fn": _die_with(os.getpid())}


def popen(command, **kwargs) -> subprocess.Popen:
    """``subprocess.Popen`` for a child that must not outlive this process."""
    return subprocess.Popen(command, **tied(kwargs))


def run(command, **kwargs) -> subprocess.CompletedProcess:
    """``subprocess.run`` for a child that must not outlive this process."""
    return subprocess.run(command, **tied(kwargs))
