"""Accuracy floors on the labelled real-page corpus of this repository (tests/real).

The figures come from bench/accuracy.py (the same comparison `bench/bench_accuracy.py` prints);
the floors sit a little below what the normalizer reaches, so a regression fails CI. The corpus
is committed with the repository: its absence is a failure, not a skip.
"""

import pytest

from bench.accuracy import CORPUS, evaluate

FIELD_ACCURACY_FLOOR = 0.915  # reached: dev 0.947, holdout 0.922 (289 pages)
# per split, just above what is reached: one more wrong or spurious number fails
WRONG_PER_100_CEILING = {"dev": 0.5, "holdout": 1.4, "all": 0.7}  # reached: dev 0.47, holdout 1.33, all 0.69
SPURIOUS_PER_100_CEILING = {"dev": 0.5, "holdout": 9.4, "all": 2.8}  # reached: dev 0.47, holdout 9.33, all 2.77


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
