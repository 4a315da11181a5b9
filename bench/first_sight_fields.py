"""Field errors at first sight, per past revision: a time split on the dev pages, classified.

    python bench/first_sight_fields.py REV [REV ...] [--fields handling_year,doc_subtype] [--today] [--list]
                                      [--json FILE]

For each revision REV, the dev pages labelled after REV are normalized with REV's normalize/ (as
bench/first_sight_errors.py does for figures) and each chosen field is compared with today's label.
Every distinct error (page, field) is kept once, from the oldest revision that made it, and classed:

- handling_year: `null_for_year` (banli null, the label a year), `year_for_null` (banli a year, the
  label null), `off_by_one` (split by what the two years are: the publish year, the session's year read
  from 届次, or neither) and `other`; banli's reason (its handling_year_from/… warning) is counted too.
- doc_subtype (and doc_type): the label → banli pairs.

--today also normalizes the same pages with this checkout's code and says which first-sight errors it
still makes (these pages are dev: today's rules were tuned on many of them, so this is no fair figure).
--list prints each error with its page, revision, banli's reason and evidence. Holdout pages are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import _same  # noqa: E402
from bench.first_sight import REPOSITORY, _run_worker, compared, normalize_with  # noqa: E402
from bench.first_sight_errors import labelled_after  # noqa: E402

CORPUS = REPOSITORY / "tests" / "real"


def _reason(document: dict, field: str) -> str:
    """banli's own account of the field: its handling_year_from / handling_year_unknown warning."""
    if field != "handling_year":
        return ""
    return next((warning for warning in document.get("warnings") or [] if warning.startswith("handling_year")), "")


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def year_class(labelled: int | None, emitted: int | None, publish_years: set[int]) -> str:
    """The class of a handling_year error; off-by-one errors say which of the two is a publish year."""
    if emitted is None:
        return "null_for_year"
    if labelled is None:
        return "year_for_null"
    if abs(labelled - emitted) != 1:
        return "other"
    which = ("banli=publish" if emitted in publish_years else "", "label=publish" if labelled in publish_years else "")
    return "off_by_one:" + (",".join(part for part in which if part) or "neither=publish")


def field_rows(revision: str, fields: list[str], out: Path, run_code: str | None = None) -> list[dict]:
    """Each of `fields` on the dev pages labelled after `revision`, normalized by `revision`'s code (or by the
    code at `run_code`): right or not, the error's class and banli's reason."""
    page_ids = labelled_after(revision, CORPUS)
    out.mkdir(parents=True, exist_ok=True)
    if run_code:
        _run_worker(run_code, CORPUS, page_ids, out)
    else:
        normalize_with(revision, CORPUS, page_ids, out)
    found = []
    for comparison, document in compared(CORPUS, out, page_ids):
        label = json.loads((CORPUS / "labels" / f"{comparison.page_id}.json").read_text(encoding="utf-8"))
        expected = label["expected"]
        for field in fields:
            labelled, emitted = comparison.fields.get(field, (None, None))
            if _same(field, labelled, emitted):
                kind = "right"
            elif field == "handling_year":
                publish = {_year(expected.get("publish_date")), _year(document.get("publish_date"))} - {None}
                kind = year_class(labelled, emitted, publish)
            else:
                kind = f"{labelled}->{emitted}"
            found.append({"revision": revision, "page": comparison.page_id, "field": field, "label": labelled,
                          "banli": emitted, "class": kind, "reason": _reason(document, field),
                          "label_kind": f"{expected['doc_type']}/{expected['doc_subtype']}",
                          "banli_kind": f"{document.get('doc_type')}/{document.get('doc_subtype')}",
                          "title": (document.get("title") or "")[:60],
                          "evidence": ((document.get("evidence") or {}).get(field) or "")[:120]})
    return found


def field_errors(revision: str, fields: list[str], out: Path, run_code: str | None = None) -> list[dict]:
    return [row for row in field_rows(revision, fields, out, run_code) if row["class"] != "right"]


def first_of_each(errors: list[dict]) -> list[dict]:
    seen, kept = set(), []
    for error in errors:
        if (error["page"], error["field"]) not in seen:
            seen.add((error["page"], error["field"]))
            kept.append(error)
    return kept


def _print_classes(errors: list[dict], field: str, still: dict | None) -> None:
    chosen = [error for error in errors if error["field"] == field]
    print(f"\n{field}: {len(chosen)} distinct first-sight errors")
    classes = Counter(error["class"] for error in chosen)
    for kind, number in classes.most_common():
        today = sum((error["page"], field) in still for error in chosen if error["class"] == kind) if still is not None else ""
        print(f"  {kind:46} {number:>4} {today!s:>4}")
    if field == "doc_subtype":
        same_type = sum(error["label_kind"].split("/")[0] == error["banli_kind"].split("/")[0] for error in chosen)
        print(f"  (of them, {same_type} with doc_type right, {len(chosen) - same_type} with doc_type wrong too)")
    if field == "handling_year":
        print("  banli's reason:")
        for reason, number in Counter(error["reason"] or "-" for error in chosen).most_common():
            print(f"    {reason:60} {number:>4}")


def _print_reasons(rows: list[dict]) -> None:
    """Per reason banli gave, how often its handling_year was right, each page read by the newest revision
    that had not seen it."""
    print("\nhandling_year by banli's reason (each page by the newest revision that had not seen it):")
    tally = Counter((row["reason"] or "-", row["class"] == "right") for row in rows)
    for reason in sorted({reason for reason, _ in tally}, key=lambda reason: -tally[(reason, False)]):
        print(f"  {reason:60} right {tally[(reason, True)]:>4} wrong {tally[(reason, False)]:>4}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="+")
    parser.add_argument("--fields", default="handling_year,doc_subtype")
    parser.add_argument("--today", action="store_true", help="which of them this checkout's code still makes")
    parser.add_argument("--list", action="store_true", help="print every error")
    parser.add_argument("--json", type=Path, help="write every distinct error, and every page's row as the newest"
                                                  " revision that had not seen it read it, to this file")
    arguments = parser.parse_args()
    fields = arguments.fields.split(",")
    work = Path(tempfile.mkdtemp(prefix="first_sight_fields_"))
    every, newest = [], {}
    for revision in arguments.revisions:
        rows = field_rows(revision, fields, work / revision)
        found = [row for row in rows if row["class"] != "right"]
        print(f"{revision[:8]} {len(labelled_after(revision, CORPUS)):>5} dev pages labelled after it: "
              + ", ".join(f"{field} {sum(error['field'] == field for error in found)}" for field in fields))
        every += found
        newest.update({(row["page"], row["field"]): row for row in rows})
    distinct = first_of_each(every)
    if "handling_year" in fields:
        _print_reasons([row for (_, field), row in newest.items() if field == "handling_year"])
    still = None
    if arguments.today:
        oldest = arguments.revisions[0]
        still = {(error["page"], error["field"]): error
                 for error in field_errors(oldest, fields, work / "today", run_code=str(REPOSITORY))}
        print(f"(last column: still wrong with this checkout's code; {len(still)} errors on those pages today)")
    for field in fields:
        _print_classes(distinct, field, still)
    if arguments.list:
        for error in sorted(distinct, key=lambda error: (error["field"], error["class"], error["page"])):
            today = (still or {}).get((error["page"], error["field"]))
            mark = f" still: {today['banli']!r} {today['reason']}" if today else ""
            print(f"{error['page']} {error['field']} {error['class']}: label={error['label']!r} banli={error['banli']!r}"
                  f" ({error['label_kind']} | banli {error['banli_kind']}, {error['revision'][:8]}{mark}) {error['reason']}"
                  f" | {error['title']} | {error['evidence']}")
    if arguments.json:
        arguments.json.write_text(json.dumps({"errors": distinct, "newest": list(newest.values())}, ensure_ascii=False,
                                             indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
