"""Read the replica's ``--request-log``: how many times each URL was served."""

import json
from collections import Counter
from pathlib import Path


def served(log_path: Path) -> Counter:
    """``(method, live url)`` → times answered; robots.txt left out (every crawl asks for it)."""
    counts: Counter = Counter()
    if not Path(log_path).exists():
        return counts
    for line in Path(log_path).read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if not entry["url"].endswith("/robots.txt"):
            counts[(entry["method"], entry["url"])] += 1
    return counts


def served_urls(log_path: Path) -> set[str]:
    return {url for _, url in served(log_path)}
