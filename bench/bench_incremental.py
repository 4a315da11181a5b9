"""Benchmark: incremental nightly crawls over a 10,000-page replica.

    python bench/bench_incremental.py [--size 1250] [--new 50] [--json FILE]

Eight HTTP sources × ``--size`` documents, with the newest ``--new`` documents (spread over
the sources) held back by the replica's ``unpublished`` switch. Four nights, each a
``run_crawl`` in its own process, all into one fresh archive:

1. first night, a full crawl;
2. the replica unchanged, ``auto`` mode (incremental after a recent full sweep): its requests
   against the first night's (target ≤ 5 %);
3. the held-back documents published (they appear at the top of the lists): how many of them
   the ``auto`` night picked up (target all) and how many old pages it fetched (target none);
4. a full sweep with conditional requests: how many detail pages answered 304.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SOURCES = ["wuhan-mzj-jytabl", "yichang-gov-tzgg", "jiading-mzj", "yichun-mzj-rdjy", "zj-mzt-jytabl",
           "gz-mzj-gkmlpt", "lgfwz-essay", "zcbk-mirror"]
TARGET_RATIO = 0.05
QUIET = {"LOG_LEVEL": "WARNING"}


def held_back(new: int) -> dict[str, int]:
    """``new`` documents spread as evenly as possible over the sources."""
    share, extra = divmod(new, len(SOURCES))
    return {source_id: share + (index < extra) for index, source_id in enumerate(SOURCES)}


def replica_args(unpublished: dict[str, int]) -> list[str]:
    return [arg for source_id, count in unpublished.items() if count
            for arg in ("--fault", f"{source_id}=unpublished:{count}")]


def night(archive_root: Path, host_map: dict, mode: str) -> dict:
    """One crawl; its summary plus the wall time and the totals over all sources."""
    from spiders.run import run_crawl

    started = time.perf_counter()
    summary = run_crawl(SOURCES, archive_root=archive_root, replica_map=host_map, settings=QUIET, mode=mode)
    entries = summary["sources"].values()
    return {"run_id": summary["run_id"], "seconds": time.perf_counter() - started,
            "modes": sorted({entry["mode"] for entry in entries}),
            **{field: sum(entry[field] for entry in entries)
               for field in ("requests", "documents", "list_pages", "not_modified", "new")},
            "complete": all(entry["complete"] for entry in entries),
            "walk_finished": all(entry["walk_finished"] for entry in entries)}


def fetched_details(archive_root: Path, run_id: str) -> set[str]:
    from archive.store import Archive

    return {record["url"] for record in Archive(archive_root).iter_records(run_id) if record["kind"] == "detail"}


def new_documents(size: int, unpublished: dict[str, int]) -> set[str]:
    from replica.catalog import expected_documents

    return {doc["url"] for source_id, count in unpublished.items()
            for doc in expected_documents(source_id, size)[:count]}


def bench(size: int, new: int) -> dict:
    from replica.server import running_replica

    unpublished = held_back(new)
    with tempfile.TemporaryDirectory(prefix="banli-bench-incremental-") as workdir:
        archive_root = Path(workdir) / "archive"
        with running_replica(size=size, sources=SOURCES, extra_args=replica_args(unpublished), timeout=300) as host_map:
            first = night(archive_root, host_map, "full")
            unchanged = night(archive_root, host_map, "auto")
        with running_replica(size=size, sources=SOURCES, timeout=300) as host_map:
            published = night(archive_root, host_map, "auto")
            sweep = night(archive_root, host_map, "full")
        fetched = fetched_details(archive_root, published["run_id"])
    appeared = new_documents(size, unpublished)
    return {"size": size, "sources": len(SOURCES), "first": first, "unchanged": unchanged,
            "published": published, "sweep": sweep, "new_expected": len(appeared),
            "new_picked_up": len(fetched & appeared), "old_refetched": len(fetched - appeared),
            "ratio": unchanged["requests"] / first["requests"]}


def report(result: dict) -> str:
    first, unchanged, published, sweep = (result[key] for key in ("first", "unchanged", "published", "sweep"))
    line = "  {label:<34} {mode:<13} {requests:>6} requests {documents:>6} detail pages {seconds:6.1f}s"
    return "\n".join([
        f"replica: {result['sources']} sources × {result['size']} documents, {result['new_expected']} held back",
        line.format(label="1 first night (full)", mode=",".join(first["modes"]), **first),
        line.format(label="2 unchanged night (auto)", mode=",".join(unchanged["modes"]), **unchanged),
        line.format(label="3 after new documents (auto)", mode=",".join(published["modes"]), **published),
        line.format(label="4 full sweep (conditional)", mode=",".join(sweep["modes"]), **sweep),
        f"  unchanged night / first night: {unchanged['requests']} / {first['requests']} = "
        f"{result['ratio']:.2%} (target ≤ {TARGET_RATIO:.0%})",
        f"  new documents picked up: {result['new_picked_up']}/{result['new_expected']}, "
        f"old detail pages fetched again: {result['old_refetched']}",
        f"  full sweep: {sweep['not_modified']} of {sweep['documents']} detail pages answered 304, "
        f"{sweep['new']} new blobs, complete: {str(sweep['complete']).lower()}",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1250, help="documents per source (8 sources)")
    parser.add_argument("--new", type=int, default=50, help="documents that appear before the third night")
    parser.add_argument("--json", dest="json_out", help="also write the results here")
    args = parser.parse_args()
    result = bench(args.size, args.new)
    print(report(result), flush=True)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
