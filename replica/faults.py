"""Fault switches for robustness tests, read from a source's ``faults`` registry field.

``faults`` maps a fault name to its setting: a mapping (``{rate: 0.3}``), a bare number
(the fault's main parameter, as ``--fault SOURCE=NAME:VALUE`` gives it) or ``true``.
Every request goes through :func:`apply_faults`; whether a fault fires for a request is
decided by hashing (seed, fault, path, how many times this path was asked), so the same
seed and the same request sequence give the same faults, and a retry may succeed.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter

from replica.messages import Reply, Request
from replica.sites.challenge import challenge_412, challenge_521

MAIN_PARAMETER = {
    "error_5xx": "rate", "slow": "delay", "truncate": "rate", "reset": "rate", "wzws": "rate",
    "redirect_loop": "rate", "wrong_charset": "rate", "huge_page": "size_mb", "empty_list": "rate", "gone": "count",
    "unpublished": "count",
    "challenge_521": "requests", "challenge_412": "requests",
}
DEFAULTS = {
    "error_5xx": {"rate": 0.3}, "slow": {"delay": 5.0, "rate": 1.0}, "truncate": {"rate": 1.0},
    "reset": {"rate": 0.3}, "wzws": {"rate": 0.3}, "redirect_loop": {"rate": 1.0},
    "wrong_charset": {"rate": 1.0}, "huge_page": {"size_mb": 20}, "empty_list": {}, "gone": {"count": 3},
    "unpublished": {"count": 50},
    "challenge_521": {"requests": 0, "seconds": 0}, "challenge_412": {"requests": 0, "seconds": 0},
}
HTML_KINDS = ("list", "detail")
LOOP_MARK = "loop"


class FaultState:
    """The seed and the per-path request counts that make fault decisions reproducible."""

    def __init__(self, seed: int = 0):
        self.seed = seed
        self.counts: Counter = Counter()
        self.lock = threading.Lock()

    def fires(self, fault: str, request: Request, rate: float) -> bool:
        if rate >= 1:
            return True
        with self.lock:
            self.counts[(fault, request.path)] += 1
            nth = self.counts[(fault, request.path)]
        digest = hashlib.blake2b(f"{self.seed}|{fault}|{request.path}|{nth}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big") / 2**64 < rate


def fault_settings(name: str, value) -> dict:
    """One fault's settings with defaults filled; ``value`` is a mapping, a number, true or None."""
    if name not in DEFAULTS:
        raise ValueError(f"unknown fault {name!r} (known: {', '.join(DEFAULTS)})")
    settings = dict(DEFAULTS[name])
    if isinstance(value, dict):
        settings.update(value)
    elif value is not None and value is not True:
        settings[MAIN_PARAMETER[name]] = float(value)
    return settings


def active_faults(source: dict) -> dict[str, dict]:
    return {name: fault_settings(name, value) for name, value in (source.get("faults") or {}).items()}


def list_window(source: dict) -> tuple[int, bool]:
    """(first listed position, whether lists are empty): ``gone`` hides the first N documents,
    and so does ``unpublished`` (the N newest documents are not out yet: serving the same
    catalogue without it makes exactly those N appear at the top of the lists)."""
    faults = active_faults(source)
    first = max([0] + [int(faults[name]["count"]) for name in ("gone", "unpublished") if name in faults])
    return first, "empty_list" in faults


def apply_faults(source: dict, request: Request, reply: Reply, state: FaultState) -> Reply:
    """The reply as the faulty site would give it (or an instruction to misbehave on the wire)."""
    for name, settings in active_faults(source).items():
        reply = FAULTS.get(name, _unchanged)(request, reply, settings, state) or reply
    return reply


def _unchanged(request, reply, settings, state):
    return None


def _error_5xx(request, reply, settings, state):
    if reply.kind != "robots" and state.fires("error_5xx", request, settings["rate"]):
        status = (500, 502, 503)[state.counts[("error_5xx", request.path)] % 3]
        return Reply(status, f"<html><body><h1>{status}</h1></body></html>".encode(), "text/html", kind="error")
    return None


def _slow(request, reply, settings, state):
    if reply.kind != "robots" and state.fires("slow", request, settings["rate"]):
        return reply.but(delay=float(settings["delay"]))
    return None


def _truncate(request, reply, settings, state):
    if reply.kind in ("detail", "attachment") and state.fires("truncate", request, settings["rate"]):
        return reply.but(transport="truncate")
    return None


def _reset(request, reply, settings, state):
    if reply.kind != "robots" and state.fires("reset", request, settings["rate"]):
        return reply.but(transport="reset")
    return None


def _wzws(request, reply, settings, state):
    if reply.kind != "robots" and state.fires("wzws", request, settings["rate"]):
        ray = hashlib.blake2b(f"{state.seed}{request.path}".encode(), digest_size=8).hexdigest()
        return Reply(404, b"", "text/html", kind="error", headers=(("wzws-ray", f"{ray}-1"),))
    return None


def _redirect_loop(request, reply, settings, state):
    if reply.kind == "detail" and state.fires("redirect_loop", request, settings["rate"]):
        target = request.path if LOOP_MARK in request.query else f"{request.path}?{LOOP_MARK}=1"
        return Reply(302, b"", "text/html", kind="error", headers=(("Location", target),))
    return None


def _wrong_charset(request, reply, settings, state):
    """Declares utf-8 (header and meta) but sends GBK bytes."""
    if reply.kind not in HTML_KINDS or reply.status != 200:
        return None
    text = reply.body.decode(_charset(reply.content_type), errors="replace")
    text = text.replace('charset="gb2312"', 'charset="utf-8"')
    return reply.but(body=text.encode("gbk", errors="xmlcharrefreplace"), content_type="text/html; charset=utf-8", etag=None)


def _huge_page(request, reply, settings, state):
    """The detail page at ``position`` (default 0, the newest), padded to ``size_mb`` megabytes."""
    if reply.kind != "detail" or reply.position != int(settings.get("position", 0)):
        return None
    padding = int(float(settings["size_mb"]) * 1024 * 1024) - len(reply.body)
    filler = b"<!-- " + b"banli replica huge page " * (max(padding, 0) // 24) + b" -->\n"
    return reply.but(body=reply.body.replace(b"</body>", filler + b"</body>", 1), etag=None)


def _gone(request, reply, settings, state):
    if reply.kind == "detail" and reply.position is not None and reply.position < int(settings["count"]):
        return Reply(410, b"<html><body><h1>410 Gone</h1></body></html>", "text/html", kind="error")
    return None


def _unpublished(request, reply, settings, state):
    if reply.kind in ("detail", "attachment") and reply.position is not None and reply.position < int(settings["count"]):
        return Reply(404, b"<html><body><h1>404 Not Found</h1></body></html>", "text/html", kind="error")
    return None


def _charset(content_type: str) -> str:
    return content_type.rsplit("charset=", 1)[-1].strip() if "charset=" in content_type else "utf-8"


FAULTS = {
    "error_5xx": _error_5xx, "slow": _slow, "truncate": _truncate, "reset": _reset, "wzws": _wzws,
    "redirect_loop": _redirect_loop, "wrong_charset": _wrong_charset, "huge_page": _huge_page, "gone": _gone,
    "unpublished": _unpublished,
    "challenge_521": challenge_521, "challenge_412": challenge_412,
}
