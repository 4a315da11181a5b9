"""Normalize speed of this checkout beside other git revisions, by CPU time, in alternating processes.

    python bench/compare_normalize.py [REV ...] [--rounds 4] [--passes 20]

bench_normalize.py measures one version against lxml in one process; on a shared machine its single
runs swing by a fifth. To compare versions, each revision is checked out into a temporary worktree
and every round runs each version in a fresh process, one after the other, timing `normalize_page`
over the same built seed pages by CPU time (time.process_time). The medians, and their ratios to
this checkout's, are printed. Example: `python bench/compare_normalize.py c84c995 8b8daca`.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMING = r"""
import sys, time
sys.path.insert(0, "bench")
import bench_normalize
from normalize import normalize_page
pages = bench_normalize.built_pages() * {passes}
for page in pages[:30]:
    normalize_page(page)
started = time.process_time()
for page in pages:
    normalize_page(page)
print(len(pages) / (time.process_time() - started))
"""


def _rate(checkout: Path, passes: int) -> float:
    done = subprocess.run([sys.executable, "-c", TIMING.format(passes=passes)], cwd=checkout,
                          env={"PYTHONPATH": str(checkout), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def _worktree(revision: str, folder: Path) -> Path:
    target = folder / revision.replace("/", "_")
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(target), revision],
                   check=True, capture_output=True)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("revisions", nargs="*", help="git revisions to time beside this checkout")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--passes", type=int, default=20, help="passes over the 15 built pages per timing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="banli-compare-") as folder:
        checkouts = {"this checkout": ROOT}
        try:
            checkouts.update({revision: _worktree(revision, Path(folder)) for revision in args.revisions})
            rates: dict[str, list[float]] = {name: [] for name in checkouts}
            for _ in range(args.rounds):
                for name, checkout in checkouts.items():
                    rates[name].append(_rate(checkout, args.passes))
        finally:
            for checkout in checkouts.values():
                if checkout != ROOT:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(checkout)],
                                   capture_output=True)
    baseline = statistics.median(rates["this checkout"])
    for name, values in rates.items():
        median = statistics.median(values)
        print(f"{name:16s} {median:6.0f} documents/s CPU (rounds: {', '.join(f'{value:.0f}' for value in values)})"
              f"  ratio to this checkout {median / baseline:.2f}")


if __name__ == "__main__":
    main()
