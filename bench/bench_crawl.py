"""Benchmark: banli's crawl against a bare Scrapy spider over the same plain-HTTP sources.

    python bench/bench_crawl.py [--size 1300]

Both sides crawl exactly the same sources: the enabled ones a plain HTTP client can read
(``render: http``, no challenge gate, not replica-only), :func:`plain_http_sources`. For two
replica sizes (``--size`` documents per source and a quarter of it) this starts a replica of
those sources, then crawls it with a bare Scrapy spider and with banli's full crawl
(middlewares, archive writes included), each in its own child process, ``--repeat`` times
in alternating order, and prints the best detail pages per second of each side, the ratio
and each crawl's peak RSS (flat across sizes when memory does not grow with the column).
Both crawls share the cores with the replica server.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 0.8


def plain_http_sources() -> list[dict]:
    """Enabled sources served over plain HTTP without a browser or a challenge pass."""
    from banli.sources import replica_sources

    return [source for source in replica_sources()
            if source["render"] == "http" and not source["replica_only"] and not source["faults"]]


def measure_in_child(which: str, map_file: str) -> dict:
    """:func:`measure` in a fresh process, so its children's peak RSS is this crawl's alone."""
    output = subprocess.run([sys.executable, __file__, "--measure", which, map_file],
                            check=True, cwd=ROOT, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def measure(which: str, map_file: str) -> dict:
    """Run one crawl in a child process; pages, seconds and the child's peak RSS."""
    with tempfile.TemporaryDirectory(prefix="banli-bench-") as workdir:
        out = Path(workdir) / "pages.json"
        if which == "banli":
            command = [sys.executable, __file__, "--banli-crawl", map_file, str(out), workdir]
        else:
            command = [sys.executable, str(ROOT / "bench" / "bare_spider.py"), map_file, str(out)]
        started = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT)
        seconds = time.perf_counter() - started
        pages = sum(json.loads(out.read_text()).values())
    return {"pages": pages, "seconds": seconds, "rate": pages / seconds, "peak_rss_mb": peak_rss_mb()}


def peak_rss_mb() -> float:
    """Peak RSS of the largest child or grandchild waited for, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def banli_crawl(map_file: str, out_path: str, archive_root: str) -> None:
    from archive.store import new_run_id
    from spiders.run import crawl_in_this_process

    job = {"sources": plain_http_sources(), "archive_root": str(Path(archive_root) / "archive"),
           "replica_map": json.loads(Path(map_file).read_text()), "run_id": new_run_id(),
           "settings": {"LOG_LEVEL": "WARNING"}, "mode": "full", "redis_url": None}
    summary = crawl_in_this_process(job)  # what `banli crawl` runs, here in one process like the baseline
    incomplete = [source_id for source_id, entry in summary["sources"].items() if not entry["complete"]]
    if incomplete:
        raise SystemExit(f"incomplete crawl: {incomplete}")
    Path(out_path).write_text(json.dumps({source_id: entry["documents"]
                                          for source_id, entry in summary["sources"].items()}))


def bench_size(size: int, repeat: int = 2) -> dict:
    """Both crawls against one replica of ``size`` documents per source, ``repeat`` times in
    alternating order; each side's best run counts (the machine is shared, so the slower runs
    measure the neighbours)."""
    from replica.server import running_replica

    sources = [source["id"] for source in plain_http_sources()]
    with running_replica(size=size, sources=sources, timeout=300) as replica_map, \
            tempfile.NamedTemporaryFile("w", suffix=".json") as map_file:
        json.dump(replica_map, map_file)
        map_file.flush()
        runs = {"bare": [], "banli": []}
        for round_number in range(repeat):
            order = ("bare", "banli") if round_number % 2 == 0 else ("banli", "bare")
            for which in order:
                runs[which].append(measure_in_child(which, map_file.name))
    bare, ours = (max(runs[which], key=lambda run: run["rate"]) for which in ("bare", "banli"))
    return {"size": size, "sources": sources, "repeat": repeat, "bare": bare, "banli": ours,
            "ratio": ours["rate"] / bare["rate"]}


def report(result: dict) -> str:
    bare, ours = result["bare"], result["banli"]
    return "\n".join([
        f"replica size {result['size']} per source, {len(result['sources'])} plain-HTTP sources on both sides, "
        f"best of {result['repeat']} runs each:",
        f"  bare scrapy  {bare['pages']:>6} pages in {bare['seconds']:6.1f}s = {bare['rate']:6.1f} pages/s, "
        f"peak RSS {bare['peak_rss_mb']:.0f} MB",
        f"  banli crawl  {ours['pages']:>6} pages in {ours['seconds']:6.1f}s = {ours['rate']:6.1f} pages/s, "
        f"peak RSS {ours['peak_rss_mb']:.0f} MB",
        f"  ratio {result['ratio']:.2f} (target ≥ {TARGET_RATIO})",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1300, help="documents per source in the larger run")
    parser.add_argument("--repeat", type=int, default=2, help="runs per side and size (the best counts)")
    parser.add_argument("--json", dest="json_out", help="also write the results here")
    parser.add_argument("--banli-crawl", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    if args.banli_crawl:
        banli_crawl(*args.banli_crawl)
        return
    results = []
    for size in (max(args.size // 4, 1), args.size):
        results.append(bench_size(size, args.repeat))
        print(report(results[-1]), flush=True)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
