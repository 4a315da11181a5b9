"""Accuracy floors on the labelled real-page corpus of this repository (tests/real).

The figures come from bench/accuracy.py (the same comparison `bench/bench_accuracy.py` prints);
the floors sit a little below what the normalizer reaches, so a regression fails CI. The corpus
is committed with the repository: its absence is a failure, not a skip.
"""

import pytest

from bench.accuracy import CORPUS, evaluate

FIELD_ACCURACY_FLOOR = 0.89  # reached: dev 0.902, holdout 0.903 (215 pages)
# per split, a little above what is reached (one more wrong or spurious number fails)
WRONG_PER_100_CEILING = {"dev": 1.0, "holdout": 6.0, "all": 2.0}  # reached: dev 0.0, holdout 5.4, all 1.4
SPURIOUS_PER_100_CEILING = {"dev": 3.5, "holdout": 15.0, "all": 6.0}  # reached: dev 2.5, holdout 14.3, all 5.6


@pytest.fixture(scope="module")
def figures():
    assert (CORPUS / "labels").is_dir(), f"the labelled corpus is missing: {CORPUS}"
    found, _ = evaluate(CORPUS)
    assert found["all"]["documents"] > 0, "the corpus has no labelled pages"
    return found


@pytest.mark.parametrize("split", ["dev", "holdout", "all"])
def test_no_failed_extraction(figures, split):
    assert figures[split]["failed_extractions"] == 0


@pytest.mark.parametrize("split", ["dev", "holdout", "all"])
def test_field_accuracy_floor(figures, split):
    assert figures[split]["field_accuracy"] >= FIELD_ACCURACY_FLOOR, figures[split]["fields"]


@pytest.mark.parametrize("split", ["dev", "holdout", "all"])
def test_wrong_and_spurious_numbers_ceilings(figures, split):
    assert figures[split]["wrong_per_100"] <= WRONG_PER_100_CEILING[split]
    assert figures[split]["spurious_per_100"] <= SPURIOUS_PER_100_CEILING[split]
