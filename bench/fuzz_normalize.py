"""Fuzz the normalizer with mutated replica pages for a while; report crashes and the slowest input.

    python bench/fuzz_normalize.py [--seconds N] [--size SIZE] [--seed S] [--out DIR]

Hypothesis draws the mutations (byte flips, truncation, tag soup, encoding swaps, huge
repetition, splices of two pages) of the replica's detail pages (SIZE documents a source,
rendered in-process as ``bench/bench_normalize.py --replica`` does) and feeds each result to
``normalize_page``. A crash is any exception other than ``NormalizeError`` (which is the
normalizer's documented answer to binary input). Hypothesis runs in batches of fresh seeds
without shrinking, so a run ends on time; crashes are recorded rather than raised, and each
crashing input is saved to ``--out`` (default ``bench/results/fuzz``) beside its traceback.
Exit status 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's normalize, not an installed one
sys.path.insert(0, str(Path(__file__).parent))

from bench_normalize import replica_pages  # noqa: E402

from normalize import NormalizeError, normalize_page  # noqa: E402

BATCH = 20  # small, so a run overshoots --seconds by one short batch at most
MAX_REPEATED_BYTES = 4 * 1024 * 1024
SOUP = [b"<div>", b"</div>", b"<table><tr><td>", b"</td></tr>", b"<p>", b"<script>", b"</script>", b"<!--", b"-->",
        b"<![CDATA[", b"]]>", b"&#xFFFFFF;", b"&#0;", b"&nbsp;", b"<meta charset=\"gbk\">", b"<meta charset=\"big5\">",
        b"<title>", b"</title>", b"<br/>", b"<a href='javascript:'>", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
        "索 引 号:".encode(), "发布机构".encode(), "办复率100%".encode(), "二〇二一年十月".encode(), "第12号提案".encode(),
        "共承办建议提案117件".encode(), "附件:".encode(), "1.5亿".encode()]
ENCODINGS = ["gb18030", "gbk", "big5", "utf-16", "utf-16-le", "latin-1", "shift_jis", "utf-8"]


@dataclass
class Findings:
    deadline: float = float("inf")  # time.monotonic() after which no new batch starts
    executions: int = 0
    crashes: dict[str, dict] = field(default_factory=dict)  # crash key -> {count, example file, error}
    slowest: tuple[float, str, int] = (0.0, "", 0)  # seconds, mutation, input bytes


def flip_bytes(data, page: bytes) -> tuple[bytes, str]:
    mutable = bytearray(page)
    count = data.draw(st.integers(1, 64))
    for _ in range(count):
        position = data.draw(st.integers(0, max(len(mutable) - 1, 0)))
        if mutable:
            mutable[position] ^= data.draw(st.integers(1, 255))
    return bytes(mutable), f"flip {count} bytes"


def truncate(data, page: bytes) -> tuple[bytes, str]:
    end = data.draw(st.integers(0, len(page)))
    return page[:end], f"truncate at {end}"


def tag_soup(data, page: bytes) -> tuple[bytes, str]:
    pieces = data.draw(st.lists(st.tuples(st.integers(0, len(page)), st.sampled_from(SOUP)), min_size=1, max_size=40))
    mutated = page
    for position, fragment in sorted(pieces, reverse=True):
        mutated = mutated[:position] + fragment + mutated[position:]
    return mutated, f"insert {len(pieces)} fragments"


def swap_encoding(data, page: bytes) -> tuple[bytes, str]:
    target = data.draw(st.sampled_from(ENCODINGS))
    return page.decode("utf-8", errors="replace").encode(target, errors="replace"), f"re-encode as {target}"


def repeat(data, page: bytes) -> tuple[bytes, str]:
    start = data.draw(st.integers(0, max(len(page) - 1, 0)))
    length = data.draw(st.integers(1, 4096))
    piece = page[start:start + length] or b"<p>"
    times = data.draw(st.integers(2, max(2, MAX_REPEATED_BYTES // len(piece))))
    return page[:start] + piece * times + page[start:], f"repeat {len(piece)} bytes x{times}"


def splice(data, page: bytes, other: bytes) -> tuple[bytes, str]:
    cut, other_cut = data.draw(st.integers(0, len(page))), data.draw(st.integers(0, len(other)))
    return page[:cut] + other[other_cut:], f"splice at {cut}/{other_cut}"


MUTATIONS = [flip_bytes, truncate, tag_soup, swap_encoding, repeat]


def mutated_page(data, pages: list[bytes]) -> tuple[bytes, str]:
    """One to three mutations of a replica page, or a splice of two pages."""
    page = data.draw(st.sampled_from(pages))
    if data.draw(st.booleans()) and len(pages) > 1:
        page, description = splice(data, page, data.draw(st.sampled_from(pages)))
        steps = [description]
    else:
        steps = []
    for mutation in data.draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3)):
        page, description = mutation(data, page)
        steps.append(description)
    return page, "; ".join(steps)


def run_one(page: bytes, description: str, findings: Findings, out_dir: Path) -> None:
    began = time.perf_counter()
    try:
        normalize_page(page, url="https://mzj.wuhan.gov.cn/zwgk/t20211029_1.shtml", content_type="text/html")
    except NormalizeError:
        pass
    except Exception as error:  # a crash is any other exception: record it, keep fuzzing
        record_crash(page, description, error, findings, out_dir)
    elapsed = time.perf_counter() - began
    findings.executions += 1
    if elapsed > findings.slowest[0]:
        findings.slowest = (elapsed, description, len(page))


def record_crash(page: bytes, description: str, error: Exception, findings: Findings, out_dir: Path) -> None:
    frame = traceback.extract_tb(error.__traceback__)[-1]
    key = f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"
    crash = findings.crashes.setdefault(key, {"count": 0, "error": f"{type(error).__name__}: {error}"})
    crash["count"] += 1
    if crash["count"] == 1:
        out_dir.mkdir(parents=True, exist_ok=True)
        name = f"crash-{hashlib.sha256(page).hexdigest()[:16]}"
        (out_dir / f"{name}.html").write_bytes(page)
        (out_dir / f"{name}.txt").write_text(f"{description}\n\n{traceback.format_exc()}", encoding="utf-8")
        crash["example"] = str(out_dir / f"{name}.html")


def fuzz_batch(pages: list[bytes], batch_seed: int, findings: Findings, out_dir: Path) -> None:
    """One Hypothesis run of BATCH inputs: generation only (no shrinking, no example database)."""

    @seed(batch_seed)
    @settings(max_examples=BATCH, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def one_input(data):
        page, description = mutated_page(data, pages)
        run_one(page, description, findings, out_dir)

    one_input()


def report(findings: Findings, seconds: float) -> str:
    slowest, description, size = findings.slowest
    lines = [f"executions: {findings.executions} in {seconds:.0f} s ({findings.executions / max(seconds, 1e-9):.1f}/s)",
             f"crashes: {sum(c['count'] for c in findings.crashes.values())} ({len(findings.crashes)} distinct)"]
    lines += [f"  {key}: {crash['count']}x, {crash['error'][:200]} -> {crash['example']}"
              for key, crash in findings.crashes.items()]
    lines.append(f"slowest input: {slowest:.2f} s, {size} bytes ({description})")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=180.0, help="how long to fuzz (default 180)")
    parser.add_argument("--size", type=int, default=5, help="replica documents per source used as seeds (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="first Hypothesis seed (batches count up from it)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "fuzz",
                        help="where crashing inputs are saved")
    arguments = parser.parse_args()
    pages = replica_pages(arguments.size)
    began = time.monotonic()
    findings = Findings(deadline=began + arguments.seconds)
    batch_seed = arguments.seed
    while time.monotonic() < findings.deadline:
        fuzz_batch(pages, batch_seed, findings, arguments.out)
        batch_seed += 1
    print(f"seed pages: {len(pages)} replica detail pages")
    print(report(findings, time.monotonic() - began))
    return 1 if findings.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
