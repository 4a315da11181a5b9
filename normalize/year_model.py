"""Whether an `other` page has a handling year at all: a second model's opinion.

An `other` page (meeting news, a feature, a profile, a forum post …) has a handling year only where its subject is
the deputies' suggestions or the members' proposals or the work on them (docs/labelling.md: the Fields' handling_year
and point 108); a page on another subject that only names them (a hotline's report, a bureau's open day, a deputy's
profile, a session's speeches on other business) has none, however it is dated. The rules in years.py date such a page
by its session, its letter or its publish date all the same: on the 11,686 dev labels before this model, of the 1,680
pages banli called `other` and gave a year, 348 are labelled with none.

The subject shows in the wording more than in any structure, so a character n-gram model (doctype_model's machinery,
its own data in normalize/data/year_model.json) trained on the dev labels of the pages normalize calls `other` tells
the two: where it gives NO_YEAR a probability of at least its threshold, the year is dropped with a warning. Trained
by `python scripts/train_year_model.py` on dev labels only.
"""

from __future__ import annotations

from pathlib import Path

from normalize.doctype_model import document_reading, load_model, probabilities

YEAR_MODEL_PATH = Path(__file__).parent / "data" / "year_model.json"
NO_YEAR, WITH_YEAR = "no_year", "year"


def drop_year_of_another_subject(document: dict) -> None:
    """An `other` page's year dropped where the model reads its subject as no items of a year."""
    if document["doc_type"] != "other" or document["handling_year"] is None:
        return
    model = load_model(YEAR_MODEL_PATH)
    if model is None:
        return
    probability = probabilities(*document_reading(document), model).get(NO_YEAR, 0.0)
    if probability >= model.threshold:
        document["handling_year"] = None
        document["evidence"].pop("handling_year", None)
        document["warnings"].append(f"handling_year_unknown:another_subject_by_model:{probability:.2f}")
