"""Benchmark: banli's crawl against a bare Scrapy spider over the same plain-HTTP sources.

    python bench/bench_crawl.py [--size 1300] [--repeat 3]

Both sides crawl exactly the same sources: the enabled ones a plain HTTP client can read
(``render: http``, no challenge gate, not replica-only), :func:`plain_http_sources`. For two
replica sizes (``--size`` documents per source and a quarter of it) this starts a replica of
those sources, then crawls it with a bare Scrapy spider and with banli's full crawl
(middlewares, archive writes included), each in its own child process, ``--repeat`` times
in alternating order (bare first in even rounds, banli first in odd ones). It prints every
run as it ends, then each side's median and best detail pages per second, the ratio of the
medians (what the target is checked on: one noisy run cannot decide it) and of the bests,
and the peak RSS of each crawl (flat across sizes when memory does not grow with the
column). Both crawls share the cores with the replica server (and with whatever else runs).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
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


def bench_size(size: int, repeat: int = 3, show=print) -> dict:
    """Both crawls against one replica of ``size`` documents per source, ``repeat`` times each
    in alternating order; ``show`` gets a line per run as it ends."""
    from replica.server import running_replica

    sources = [source["id"] for source in plain_http_sources()]
    runs = []
    with running_replica(size=size, sources=sources, timeout=300) as replica_map, \
            tempfile.NamedTemporaryFile("w", suffix=".json") as map_file:
        json.dump(replica_map, map_file)
        map_file.flush()
        for round_number in range(repeat):
            order = ("bare", "banli") if round_number % 2 == 0 else ("banli", "bare")
            for which in order:
                runs.append({"side": which, "round": round_number + 1, **measure_in_child(which, map_file.name)})
                show(run_line(size, runs[-1]))
    return summarise(size, sources, repeat, runs)


def summarise(size: int, sources: list[str], repeat: int, runs: list[dict]) -> dict:
    """Each side's median and best rate; the ratios of the medians and of the bests."""
    sides = {}
    for which in ("bare", "banli"):
        side_runs = [run for run in runs if run["side"] == which]
        rates = [run["rate"] for run in side_runs]
        sides[which] = {"median_rate": statistics.median(rates), "best_rate": max(rates),
                        "pages": side_runs[0]["pages"], "peak_rss_mb": max(run["peak_rss_mb"] for run in side_runs)}
    return {"size": size, "sources": sources, "repeat": repeat, "runs": runs, **sides,
            "ratio": sides["banli"]["median_rate"] / sides["bare"]["median_rate"],
            "best_ratio": sides["banli"]["best_rate"] / sides["bare"]["best_rate"]}


def run_line(size: int, run: dict) -> str:
    return (f"  size {size} round {run['round']} {run['side']:<5} {run['pages']:>6} pages in {run['seconds']:6.1f}s "
            f"= {run['rate']:6.1f} pages/s, peak RSS {run['peak_rss_mb']:.0f} MB")


def report(result: dict) -> str:
    bare, ours = result["bare"], result["banli"]
    return "\n".join([
        f"replica size {result['size']} per source, {len(result['sources'])} plain-HTTP sources on both sides, "
        f"{result['repeat']} runs each:",
        f"  bare scrapy  {bare['pages']:>6} pages, median {bare['median_rate']:6.1f} pages/s, "
        f"best {bare['best_rate']:6.1f}, peak RSS {bare['peak_rss_mb']:.0f} MB",
        f"  banli crawl  {ours['pages']:>6} pages, median {ours['median_rate']:6.1f} pages/s, "
        f"best {ours['best_rate']:6.1f}, peak RSS {ours['peak_rss_mb']:.0f} MB",
        f"  ratio of medians {result['ratio']:.2f} (target ≥ {TARGET_RATIO}), ratio of bests {result['best_ratio']:.2f}",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1300, help="documents per source in the larger run")
    parser.add_argument("--repeat", type=int, default=3, help="runs per side and size (the median counts)")
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
        results.append(bench_size(size, args.repeat, show=lambda line: print(line, flush=True)))
        print(report(results[-1]), flush=True)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
