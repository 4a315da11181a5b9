"""Children die with the process that started them, even when it is killed with SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.processes import CHROMIUM

PROJECT_ROOT = Path(__file__).resolve().parents[2]
GONE_WITHIN = 20  # seconds: the replica stops its servers on SIGTERM, Scrapy shuts down gracefully


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def descendants(pid: int) -> list[int]:
    return [grandchild for child in children_of(pid) for grandchild in [child, *descendants(child)]]


def command_line(pid: int) -> list[str]:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().decode().split("\0")
    except OSError:
        return []


def alive(pid: int) -> bool:
    """Running (a zombie nobody has reaped yet counts as gone)."""
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def assert_all_gone(pids: list[int], parent: str) -> None:
    """Every process exits within GONE_WITHIN; a survivor fails the test (and is killed, not left)."""
    wait_until(lambda: not any(map(alive, pids)), GONE_WITHIN)
    survivors = {pid: command_line(pid) for pid in pids if alive(pid)}
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert not survivors, f"outlived {parent}: {list(survivors.values())}"


def port_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_child_dies_when_its_parent_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from banli import children;"
        "child = children.popen(['sleep', '300']); print(child.pid, flush=True); time.sleep(300)")],
        stdout=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)
    child_pid = int(parent.stdout.readline())
    assert alive(child_pid)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    gone = wait_until(lambda: not alive(child_pid), 5)
    if not gone:
        os.kill(child_pid, signal.SIGKILL)
    assert gone, "the child outlived its parent"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_killed_nightly_leaves_no_replica_holding_its_ports(tmp_path):
    environment = {**os.environ, "BANLI_DATA": str(tmp_path / "data"), "BANLI_DATASETS": str(tmp_path / "datasets")}
    nightly = subprocess.Popen([str(Path(sys.executable).with_name("banli")), "nightly", "--replica",
                                "--source", "wuhan-mzj-jytabl", "--no-export"],
                               cwd=PROJECT_ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        replica = wait_for_replica(nightly.pid)
        map_file = Path(replica["command"][replica["command"].index("--map-file") + 1])
        assert wait_until(map_file.exists, 60), "the replica never wrote its host map"
        ports = [int(origin.rsplit(":", 1)[1]) for origin in json.loads(map_file.read_text()).values()]
        assert ports and not any(map(port_free, ports))
        started = children_of(nightly.pid)
    finally:
        nightly.send_signal(signal.SIGKILL)
        nightly.wait()
    assert_all_gone(started, "the nightly")
    assert all(map(port_free, ports))


def wait_for_replica(parent_pid: int) -> dict:
    """The parent's ``replica serve`` child: its pid and command line."""
    found: dict = {}

    def look() -> bool:
        for pid in children_of(parent_pid):
            command = command_line(pid)
            if "replica" in command and "serve" in command:
                found.update(pid=pid, command=command)
                return True
        return False

    assert wait_until(look, 60), "the nightly never started its replica"
    return found


@pytest.mark.browser
def test_a_killed_crawl_process_leaves_no_browser():
    """The crawl's Chromium belongs to Playwright's driver, which closes it when its pipe to the
    crawl process closes: nothing of the browser outlives a SIGKILLed crawl."""
    crawl = subprocess.Popen([sys.executable, "-c", (
        "import time; from playwright.sync_api import sync_playwright;"
        "from spiders.settings import PLAYWRIGHT_LAUNCH_OPTIONS as options;"
        "browser = sync_playwright().start().chromium.launch(**options); print('up', flush=True); time.sleep(300)")],
        stdout=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)
    assert crawl.stdout.readline().strip() == "up"
    started = descendants(crawl.pid)
    assert any(Path(CHROMIUM).name in " ".join(command_line(pid)) for pid in started)
    crawl.send_signal(signal.SIGKILL)
    crawl.wait()
    assert_all_gone(started, "the crawl")
