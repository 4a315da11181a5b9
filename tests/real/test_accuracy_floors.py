"""Accuracy floors on the labelled real-page corpus of this repository (tests/real).

The figures come from bench/accuracy.py (the same comparison `bench/bench_accuracy.py` prints);
the floors sit a little below what the normalizer reaches, so a regression fails CI. The corpus
is committed with the repository: its absence is a failure, not a skip.
"""

import pytest

from bench.accuracy import CORPUS, evaluate

# per split, a little below what is reached (1,650 pages: 1,199 dev, 451 holdout)
FIELD_ACCURACY_FLOOR = {"dev": 0.976, "holdout": 0.943, "all": 0.967}  # reached: dev 0.979, holdout 0.946, all 0.970
# per split, just above what is reached: one more wrong or spurious number fails
# reached: wrong dev 0.00, holdout 1.11, all 0.30; spurious dev 0.58, holdout 5.54, all 1.94 (1,650 pages; the 23
# holdout pages added in the fifth session, chosen for their figures, brought 10 spurious numbers at first sight,
# the 391 before them 11; the 37 of the sixth session one wrong and four spurious; the 76 + 32 fresh dev pages of
# the sixth session 7 spurious, left as they are: whose-figure cases no general rule settles yet)
WRONG_PER_100_CEILING = {"dev": 0.09, "holdout": 1.2, "all": 0.33}
SPURIOUS_PER_100_CEILING = {"dev": 0.6, "holdout": 5.6, "all": 2.0}


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
    assert figures[split]["field_accuracy"] >= FIELD_ACCURACY_FLOOR[split], figures[split]["fields"]


@pytest.mark.parametrize("split", ["dev", "holdout", "all"])
def test_wrong_and_spurious_numbers_ceilings(figures, split):
    assert figures[split]["wrong_per_100"] <= WRONG_PER_100_CEILING[split]
    assert figures[split]["spurious_per_100"] <= SPURIOUS_PER_100_CEILING[split]
