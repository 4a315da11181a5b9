"""The holdout split stays unseen by the rules: no rule or test outside tests/real names a holdout page.

docs/labelling.md: rules are tuned on dev pages only, and holdout pages are read only to label them.
A test quoting a holdout page (its id next to its sentence) is a sign that a rule was fitted to it.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

from bench.accuracy import CORPUS

ROOT = Path(__file__).resolve().parents[2]
_PAGE_ID = re.compile(r"\b[0-9a-f]{12}\b")
_WATCHED = ("normalize", "tests/normalize", "tests/golden", "bench", "scripts")


def _holdout_ids() -> set[str]:
    labels = (json.loads(path.read_text(encoding="utf-8")) for path in (CORPUS / "labels").glob("*.json"))
    return {label["id"] for label in labels if label["split"] == "holdout"}


def test_no_rule_or_test_names_a_holdout_page():
    holdout = _holdout_ids()
    assert holdout, "the corpus has no holdout pages"
    named = {f"{path.relative_to(ROOT)}: {page_id}"
             for folder in _WATCHED for path in sorted((ROOT / folder).rglob("*.py"))
             for page_id in _PAGE_ID.findall(path.read_text(encoding="utf-8")) if page_id in holdout}
    assert not named, sorted(named)


def test_the_benchmark_shows_dev_only_for_rule_work():
    """`--dev-only` (and `--dev-failures`, which implies it) prints no holdout figure."""
    script = ROOT / "bench" / "bench_accuracy.py"
    for options in (["--dev-only", "--json", "--by", "page_kind"], ["--dev-failures"]):
        shown = subprocess.run([sys.executable, str(script), *options], cwd=ROOT, capture_output=True, text=True,
                               check=True).stdout
        assert "dev" in shown and "holdout" not in shown and '"all"' not in shown, options


def test_labelled_since_scores_only_the_pages_labelled_after_a_revision():
    """`--labelled-since REV` keeps the pages REV had no label for: a fresh sample for REV's rules."""
    from bench.accuracy import Comparison, labelled_at
    from bench.bench_accuracy import _labelled_after

    known = labelled_at("HEAD", CORPUS)
    assert known, "the corpus has no labels committed at HEAD"
    old = sorted(known)[:2]
    comparisons = [Comparison(old[0], "dev"), Comparison(old[1], "holdout"), Comparison("ffffffffffff", "dev")]
    figures, fresh = _labelled_after("HEAD", CORPUS, comparisons)
    assert [item.page_id for item in fresh] == ["ffffffffffff"]
    assert (figures["dev"]["documents"], figures["holdout"]["documents"], figures["all"]["documents"]) == (1, 0, 1)
