"""The replica HTTP server: one listening socket per registered host, all in one process.

Each socket is a ``ThreadingHTTPServer`` speaking HTTP/1.1 with keep-alive; the port it
got decides which host (and so which sites) a request is for. Rendered replies are kept in
a small LRU so repeated requests cost one dictionary look-up; faults are applied after the
cache, per request. :func:`running_replica` runs the whole thing as a child process for
tests and ``banli crawl --replica``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from datetime import UTC
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from banli import children
from replica.attachments import make_all as make_attachments
from replica.catalog import SourceCatalog
from replica.faults import FaultState, apply_faults
from replica.messages import Reply, Request
from replica.sites import build_site

CHINA_TZ_OFFSET_HOURS = 8
CACHE_ENTRIES = 2048
MAP_WAIT_SECONDS = 180  # a first start makes the attachments (Chromium, LibreOffice): up to a minute


class ReplyCache:
    """A thread-safe LRU of rendered answers keyed by request line and body."""

    def __init__(self, capacity: int = CACHE_ENTRIES):
        self.capacity = capacity
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get_or_render(self, key, render) -> Reply:
        with self.lock:
            reply = self.entries.get(key)
            if reply is not None:
                self.entries.move_to_end(key)
                return reply
        reply = render()
        with self.lock:
            self.entries[key] = reply
            if len(self.entries) > self.capacity:
                self.entries.popitem(last=False)
        return reply


class HostApp:
    """The sites living on one host (usually one); the first that knows a path answers."""

    def __init__(self, origin: str, sites: list, fault_state: FaultState):
        self.origin = origin
        self.sites = sites
        self.fault_state = fault_state
        self.cache = ReplyCache()

    def answer(self, request: Request) -> tuple[dict, Reply]:
        key = (request.method, request.path, tuple(sorted(request.query.items())), tuple(sorted(request.form.items())))
        site, reply = self.cache.get_or_render(key, lambda: self._render(request))
        return site.source, apply_faults(site.source, request, reply, self.fault_state)

    def _render(self, request: Request):
        first = None
        for site in self.sites:
            reply = site.respond(request)
            if reply.status != 404:
                return site, reply
            first = first or (site, reply)
        return first


class ReplicaHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""
    disable_nagle_algorithm = True

    def do_GET(self):
        self._serve("GET")

    def do_HEAD(self):
        self._serve("HEAD")

    def do_POST(self):
        self._serve("POST")

    def _serve(self, method: str) -> None:
        request = self._request(method)
        source, reply = self.server.app.answer(request)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.transport == "reset":
            self._reset()
            return
        if _not_modified(self.headers, reply):
            reply = Reply(304, b"", reply.content_type, kind=reply.kind, etag=reply.etag,
                          last_modified=reply.last_modified)
        if self.server.request_log:
            self.server.request_log.write(method, self.server.app.origin + self.path, reply.status)
        self._send(method, reply)

    def _request(self, method: str) -> Request:
        parts = urlsplit(self.path)
        form = {}
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            form = dict(parse_qsl(self.rfile.read(length).decode("utf-8", "replace"), keep_blank_values=True))
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        return Request("GET" if method == "HEAD" else method, parts.path or "/", query, form,
                       {name.lower(): value for name, value in self.headers.items()})

    def _send(self, method: str, reply: Reply) -> None:
        body = reply.body if reply.status != 304 else b""
        declared = len(body) * 2 + 1024 if reply.transport == "truncate" else len(body)
        self.send_response(reply.status)
        if reply.status != 304:
            self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(declared))
        if reply.etag:
            self.send_header("ETag", reply.etag)
        if reply.last_modified:
            self.send_header("Last-Modified", _http_date(reply.last_modified))
        for name, value in reply.headers:
            self.send_header(name, value)
        if reply.transport == "truncate":
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(body if reply.transport != "truncate" else body[: len(body) // 2])

    def _reset(self) -> None:
        """Close with RST, no answer at all."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True

    def log_message(self, format, *args):
        if self.server.verbose:
            sys.stderr.write(f"{self.server.app.origin} {self.address_string()} {format % args}\n")


class RequestLog:
    """One JSON line per answered request (``method``, live ``url``, ``status``), for tests
    that count how often each URL was served. Shared by every host's server thread."""

    def __init__(self, path: str | Path):
        self.handle = open(path, "a", encoding="utf-8")  # noqa: SIM115  # open while the replica serves
        self.lock = threading.Lock()

    def write(self, method: str, url: str, status: int) -> None:
        line = json.dumps({"method": method, "url": url, "status": status}, ensure_ascii=False)
        with self.lock:
            self.handle.write(line + "\n")
            self.handle.flush()


class ReplicaHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, app: HostApp, verbose: bool = False, request_log: RequestLog | None = None):
        self.app = app
        self.verbose = verbose
        self.request_log = request_log
        super().__init__(("127.0.0.1", 0), ReplicaHandler)

    def handle_error(self, request, client_address):
        if self.verbose:
            super().handle_error(request, client_address)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def _not_modified(headers, reply: Reply) -> bool:
    if reply.status != 200 or not reply.etag:
        return False
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        return reply.etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
    since = headers.get("If-Modified-Since")
    if since and reply.last_modified:
        with contextlib.suppress(TypeError, ValueError):
            return _as_utc(reply.last_modified) <= parsedate_to_datetime(since)
    return False


def _as_utc(moment):
    from datetime import timedelta, timezone

    return moment.replace(tzinfo=timezone(timedelta(hours=CHINA_TZ_OFFSET_HOURS))).astimezone(UTC)


def _http_date(moment) -> str:
    return format_datetime(_as_utc(moment), usegmt=True)


def origin_of(source: dict) -> str:
    parts = urlsplit(source["base_url"])
    return f"{parts.scheme}://{parts.netloc}"


def select_sources(entries: list[dict], source_ids=(), faults: dict | None = None) -> list[dict]:
    """The enabled entries the replica serves (or the named ones), with CLI faults merged over the registry's.

    Only entries marked ``replica: true`` are served: the registry also lists real columns
    the replica has no site for, and naming one is refused rather than served made up.
    """
    wanted = set(source_ids or ())
    faults = faults or {}
    unknown = (wanted | set(faults)) - {entry["id"] for entry in entries}
    if unknown:
        raise ValueError(f"unknown source(s): {', '.join(sorted(unknown))}")
    unserved = sorted(entry["id"] for entry in entries if entry["id"] in wanted and not entry.get("replica"))
    if unserved:
        raise ValueError(f"not served by the replica (no replica: true): {', '.join(unserved)}")
    chosen = [entry for entry in entries
              if (entry["id"] in wanted if wanted else entry.get("enabled", True) and entry.get("replica"))]
    return [{**entry, "faults": {**(entry.get("faults") or {}), **faults.get(entry["id"], {})}} for entry in chosen]


def start_servers(sources: list[dict], size: int | None = None, verbose: bool = False,
                  fault_seed: int = 0, request_log: str | None = None) -> list[ReplicaHTTPServer]:
    """Listen for every host and serve each on its own thread; returns the servers."""
    fault_state = FaultState(fault_seed)
    log = RequestLog(request_log) if request_log else None
    by_origin: dict[str, list] = {}
    for source in sources:
        by_origin.setdefault(origin_of(source), []).append(build_site(source, SourceCatalog(source, size)))
    servers = []
    for origin, sites in by_origin.items():
        server = ReplicaHTTPServer(HostApp(origin, sites, fault_state), verbose, log)
        threading.Thread(target=server.serve_forever, name=f"replica {origin}", daemon=True).start()
        servers.append(server)
    make_attachments([site.catalog for sites in by_origin.values() for site in sites])
    return servers


def host_map(servers: list[ReplicaHTTPServer]) -> dict[str, str]:
    return {server.app.origin: server.origin for server in servers}


def write_map_file(path: str | Path, mapping: dict) -> None:
    """Write atomically so a poller never reads half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(mapping, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)


def serve(sources: list[dict], size: int | None = None, map_file: str | None = None,
          verbose: bool = False, fault_seed: int = 0, request_log: str | None = None) -> None:
    """Serve until SIGTERM or SIGINT; print the host map, and write it to ``map_file``."""
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    servers = start_servers(sources, size, verbose, fault_seed, request_log)
    mapping = host_map(servers)
    if map_file:
        write_map_file(map_file, mapping)
    print(json.dumps(mapping, ensure_ascii=False), flush=True)
    stop.wait()
    for server in servers:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def running_replica(size: int | None = None, sources=None, registry=None, extra_args=(), timeout: float = MAP_WAIT_SECONDS):
    """Run ``python -m replica serve`` in a child process and yield its host map."""
    with tempfile.TemporaryDirectory(prefix="banli-replica-") as workdir:
        map_file = Path(workdir) / "map.json"
        command = [sys.executable, "-m", "replica", "serve", "--map-file", str(map_file)]
        if size:
            command += ["--size", str(size)]
        if registry:
            command += ["--registry", str(registry)]
        for source_id in sources or ():
            command += ["--source", source_id]
        command += list(extra_args)
        with open(Path(workdir) / "stderr.log", "w+b") as stderr:
            child = children.popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
            try:
                yield _wait_for_map(child, map_file, stderr, timeout)
            finally:
                stop_process(child)


def _wait_for_map(child: subprocess.Popen, map_file: Path, stderr, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if map_file.exists():
            return json.loads(map_file.read_text(encoding="utf-8"))
        if child.poll() is not None:
            break
        time.sleep(0.05)
    stop_process(child)
    stderr.seek(0)
    detail = stderr.read().decode("utf-8", "replace")[-4000:]
    raise RuntimeError(f"replica did not start within {timeout:.0f}s (exit code {child.returncode}); stderr:\n{detail}")


def stop_process(child: subprocess.Popen) -> None:
    """Terminate a child, killing it if it has not exited 10 s later."""
    if child.poll() is None:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
