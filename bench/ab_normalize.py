"""This checkout's normalize_page against another revision's in ONE process, alternating, by CPU time.

    python bench/ab_normalize.py [REV] [--blocks 300]

compare_normalize.py times each version in its own process; on the shared machine its rounds swing
by a fifth, more than most speed changes. Here both versions' normalize packages are loaded side by
side (the revision's from a temporary worktree), their outputs on the built pages are checked equal
(--outputs-may-differ times a change that alters them, e.g. a body container now found: the same pages,
less work on them), and blocks of the built pages alternate between them (in turns, so load and cache
state fall on both alike); the medians of the blocks' CPU times are compared. Runs of 300 blocks spread by about
two percent on a loaded host (A/A: 0.998, 1.008; one pair of trees: 1.005, 1.022, 1.045), a tenth of
compare_normalize's spread: take the median of three runs, and a change under 2% stays unproven.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from compare_normalize import ROOT, _worktree


def _package(checkout: Path):
    """normalize_page of the normalize package under `checkout`, loaded beside any other one."""
    for name in [name for name in sys.modules if name == "normalize" or name.startswith("normalize.")]:
        del sys.modules[name]
    sys.path.insert(0, str(checkout))
    try:
        from normalize.document import normalize_page
    finally:
        sys.path.remove(str(checkout))
    return normalize_page


def _block(normalize_page, pages: list[bytes]) -> float:
    started = time.process_time()
    for page in pages:
        normalize_page(page)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("revision", nargs="?", default="main")
    parser.add_argument("--blocks", type=int, default=300, help="blocks of the built pages per version")
    parser.add_argument("--outputs-may-differ", action="store_true",
                        help="time a change that alters the built pages' documents (a body container found), "
                             "printing how many differ, instead of stopping")
    args = parser.parse_args()
    from bench_normalize import built_pages

    pages = built_pages()
    with tempfile.TemporaryDirectory(prefix="banli-ab-") as folder:
        other = _worktree(args.revision, Path(folder))
        try:
            theirs, ours = _package(other), _package(ROOT)
            differing = sum(theirs(page) != ours(page) for page in pages)
            if differing and not args.outputs_may_differ:
                raise SystemExit(f"the built pages normalize differently here and at {args.revision}")
            if differing:
                print(f"{differing} of the {len(pages)} built pages normalize differently here and at {args.revision}")
            times: dict[str, list[float]] = {"theirs": [], "ours": []}
            for block in range(args.blocks):
                turns = (("theirs", theirs), ("ours", ours)) if block % 2 else (("ours", ours), ("theirs", theirs))
                for name, normalize_page in turns:
                    times[name].append(_block(normalize_page, pages))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], capture_output=True)
    theirs_time, ours_time = (statistics.median(times[name]) for name in ("theirs", "ours"))
    print(f"{args.revision}: {len(pages) / theirs_time:.0f} documents/s CPU; this checkout: "
          f"{len(pages) / ours_time:.0f} documents/s CPU; this checkout's speed / {args.revision}'s: "
          f"{theirs_time / ours_time:.3f}")


if __name__ == "__main__":
    main()
