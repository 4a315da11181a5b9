"""Field errors at first sight, per past revision: a time split on the dev pages, classed per field.

    python bench/first_sight_fields.py REV [REV ...] [--fields F,F,…] [--today] [--list] [--json FILE]

For each revision REV, the dev pages labelled after REV (their label files are not in REV's tree) are
normalized with REV's normalize/ (bench/first_sight.py's subprocess, which imports nothing of today's code)
and each chosen field (any field bench/accuracy.py compares; by default title, doc_type, doc_subtype,
issuing_body, jurisdiction, admin_level, handling_year) is compared with today's label. Printed: per revision
its pages and each field's errors; per field the errors on each page read by the newest listed revision that
had not seen it (the code nearest today's), then the distinct errors, each (page, field) once from the oldest
revision that made it, counted by class:

- title: `null_for_title` (banli null, the label a headline), `title_for_null` (banli a title, the label
  null), `other` (another text: cut, a site's tail, a banner, a breadcrumb, a subtitle; read them).
- issuing_body: (a) banli names a body, the label null; (b) banli null, the label names one; (c) both named,
  another body; (d) both named, the same body in another name form (a guess: one name is the other with
  characters left out, the same last character and as many 委员会 and 办公 in both, or the same with 办公厅/
  办公室 swapped; read them). banli's issuer, place and level warnings (which source gave the name) are its
  reason, for jurisdiction and admin_level too.
- handling_year: `null_for_year` (banli null, the label a year), `year_for_null` (banli a year, the label
  null), `off_by_one` (split by what the two years are: a publish year or neither) and `other`; banli's
  reason (its handling_year_from/… warning) is counted too, right and wrong, on each page as the newest
  revision that had not seen it read it.
- every other field: the label -> banli pairs; doc_subtype also says how many had doc_type right or wrong too.

These are a fair sample of what banli does on pages it has not seen: weigh a general mechanism by how many of
them its condition catches against the right fields it loses on today's dev. --today also normalizes the same
pages with this checkout's code and says which first-sight errors it still makes (these pages are dev: today's
rules were tuned on many of them, so this is no fair figure). --list prints each error with its page,
revision, both kinds, banli's reason, title and evidence, and with --today today's value beside it (today's
title for a title). --json writes every distinct error and every page's row as the newest revision read it.
Holdout pages are never read.

Figures, 2026-12-03 (cb66d50 316c543 97e679b a639775 04624dc 2fbcb8a: 606 dev pages at first sight):
- issuing_body 201 mismatches on the pages as the newest revision read them (first-sight accuracy about 0.67,
  as the holdout's 0.687), jurisdiction 87, admin_level 66. Classes read by hand: (a) 43, (b) 89, (c) 55 (23 a
  house against its own organ: 常务委员会, 提案委员会, 提案审查委员会; 8 a clause or a venue taken for a name; 24
  another body), (d) 14. No source of the issuer is right less often than the label is null (abstaining costs
  at least what it catches, per source); (b) is recall spread over many kinds of body.
- handling_year: 111 distinct errors. doc_subtype: 150 distinct errors, 54 of them with doc_type right.
- title: cb66d50 606 pages 67 wrong, 316c543 414 / 40, 97e679b 311 / 29, a639775 238 / 25, 04624dc 106 / 11,
  2fbcb8a 58 / 3; 71 distinct wrong titles (first_sight_titles.py, merged here, kept each page's distinct
  titles; here each page once: 69). Read by hand: null 31 (a page printing a headline), cut 9, the html title
  or the site's tail 7, a banner or outlet before it 6, a title for null 5, a breadcrumb 5, a subtitle 5, other 3.
This tool on the same revisions (20 s) prints each figure above again; its distinct issuing_body errors (each
page from the oldest revision that made one) are 227.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import SCALAR_FIELDS, _same  # noqa: E402
from bench.first_sight import FIELDS, REPOSITORY, _run_worker, compared, labelled_after, normalize_with  # noqa: E402

CORPUS = REPOSITORY / "tests" / "real"
_PLACE_WARNINGS = ("issuer", "jurisdiction", "place", "level")
_REASONS = {"handling_year": ("handling_year",), "issuing_body": _PLACE_WARNINGS, "jurisdiction": _PLACE_WARNINGS,
            "admin_level": _PLACE_WARNINGS}


def _reason(document: dict, field: str) -> str:
    """banli's own account of the field: its handling_year_from/… or issuer and place warnings."""
    prefixes = _REASONS.get(field)
    if not prefixes:
        return ""
    return " ".join(warning for warning in document.get("warnings") or [] if warning.startswith(prefixes))


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def title_class(labelled: str | None, emitted: str | None) -> str:
    """The class of a title error: banli null where the label has a headline, a title for null, or other."""
    if emitted is None:
        return "null_for_title"
    if labelled is None:
        return "title_for_null"
    return "other"


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


_OFFICES = str.maketrans({"厅": "室"})
_ORGANS = ("委员会", "委員會", "办公", "辦公")  # a house and its committee or office are two bodies, not two forms


def issuer_class(label: str | None, banli: str | None) -> str:
    """(a) a name where the label has null, (b) null where it names one, (d) the same body in another name form
    (a guess), (c) another body."""
    if label is None:
        return "a"
    if banli is None:
        return "b"
    short, long = sorted((label, banli), key=len)
    if short.translate(_OFFICES) == long.translate(_OFFICES):
        return "d"
    same_organs = all(short.count(organ) == long.count(organ) for organ in _ORGANS)
    return "d" if _subsequence(short, long) and short[-1] == long[-1] and same_organs else "c"


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(char in rest for char in short)


def error_class(field: str, labelled, emitted, expected: dict, document: dict) -> str:
    """`right`, or the class of the field's error (its classer, or the label -> banli pair)."""
    if _same(field, labelled, emitted):
        return "right"
    if field == "title":
        return title_class(labelled, emitted)
    if field == "issuing_body":
        return issuer_class(labelled, emitted)
    if field == "handling_year":
        publish = {_year(expected.get("publish_date")), _year(document.get("publish_date"))} - {None}
        return year_class(labelled, emitted, publish)
    return f"{labelled}->{emitted}"


def field_rows(revision: str, fields: list[str], out: Path, run_code: str | None = None) -> list[dict]:
    """Each of `fields` the label has, on the dev pages labelled after `revision`, normalized by `revision`'s
    code (or by the code at `run_code`): right or the error's class, and banli's reason."""
    page_ids = labelled_after(revision, CORPUS)
    out.mkdir(parents=True, exist_ok=True)
    if run_code:
        _run_worker(run_code, CORPUS, page_ids, out)
    else:
        normalize_with(revision, CORPUS, page_ids, out)
    found = []
    for comparison, document in compared(CORPUS, out, page_ids):
        expected = json.loads((CORPUS / "labels" / f"{comparison.page_id}.json").read_text(encoding="utf-8"))["expected"]
        for field in fields:
            if field not in comparison.fields:
                continue
            labelled, emitted = comparison.fields[field]
            found.append({"revision": revision, "page": comparison.page_id, "field": field, "label": labelled,
                          "banli": emitted, "class": error_class(field, labelled, emitted, expected, document),
                          "reason": _reason(document, field),
                          "label_kind": f"{expected.get('doc_type')}/{expected.get('doc_subtype')}",
                          "banli_kind": f"{document.get('doc_type')}/{document.get('doc_subtype')}",
                          "title": (document.get("title") or "")[:60],
                          "evidence": ((document.get("evidence") or {}).get(field) or "")[:120]})
    return found


def first_of_each(errors: list[dict]) -> list[dict]:
    """Each (page, field) once, from the first revision listed (the oldest) that made it."""
    seen, kept = set(), []
    for error in errors:
        if (error["page"], error["field"]) not in seen:
            seen.add((error["page"], error["field"]))
            kept.append(error)
    return kept


def _print_classes(errors: list[dict], field: str, today: dict | None) -> None:
    chosen = [error for error in errors if error["field"] == field]
    print(f"\n{field}: {len(chosen)} distinct first-sight errors" + (" (class, errors, still made today)" if today else ""))
    for kind, number in Counter(error["class"] for error in chosen).most_common():
        still = sum(_still(today, error) for error in chosen if error["class"] == kind) if today is not None else ""
        print(f"  {kind:46} {number:>4} {still!s:>4}")
    if field == "doc_subtype":
        same_type = sum(error["label_kind"].split("/")[0] == error["banli_kind"].split("/")[0] for error in chosen)
        print(f"  (of them, {same_type} with doc_type right, {len(chosen) - same_type} with doc_type wrong too)")
    if field == "handling_year":
        print("  banli's reason:")
        for reason, number in Counter(error["reason"] or "-" for error in chosen).most_common():
            print(f"    {reason:60} {number:>4}")


def _still(today: dict | None, error: dict) -> bool:
    row = (today or {}).get((error["page"], error["field"]))
    return bool(row) and row["class"] != "right"


def _print_reasons(rows: list[dict]) -> None:
    """Per reason banli gave, how often its handling_year was right, each page read by the newest revision
    that had not seen it."""
    print("\nhandling_year by banli's reason (each page by the newest revision that had not seen it):")
    tally = Counter((row["reason"] or "-", row["class"] == "right") for row in rows)
    for reason in sorted({reason for reason, _ in tally}, key=lambda reason: -tally[(reason, False)]):
        print(f"  {reason:60} right {tally[(reason, True)]:>4} wrong {tally[(reason, False)]:>4}")


def _print_error(error: dict, today: dict | None) -> None:
    now = ""
    if today is not None:
        row = today.get((error["page"], error["field"]))
        now = f" | today {'still' if _still(today, error) else 'ok'}: {row['banli']!r}" if row else ""
    print(f"{error['page']} {error['field']} {error['class']}: label={error['label']!r} banli={error['banli']!r}"
          f" ({error['label_kind']} | banli {error['banli_kind']}, {error['revision'][:8]}) {error['reason']}{now}"
          f" | {error['title']} | {error['evidence']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="+")
    parser.add_argument("--fields", default=",".join(FIELDS), help="comma-separated fields (default: %(default)s)")
    parser.add_argument("--today", action="store_true", help="which of them this checkout's code still makes")
    parser.add_argument("--list", action="store_true", help="print every distinct error")
    parser.add_argument("--json", type=Path, help="write every distinct error, and every page's row as the newest"
                                                  " revision that had not seen it read it, to this file")
    arguments = parser.parse_args()
    fields = arguments.fields.split(",")
    if unknown := [field for field in fields if field not in SCALAR_FIELDS]:
        parser.error(f"no such field {', '.join(unknown)}: one of {', '.join(SCALAR_FIELDS)}")
    work = Path(tempfile.mkdtemp(prefix="first_sight_fields_"))
    every, newest = [], {}
    for revision in arguments.revisions:
        rows = field_rows(revision, fields, work / revision)
        found = [row for row in rows if row["class"] != "right"]
        print(f"{revision[:8]} {len(labelled_after(revision, CORPUS)):>5} dev pages labelled after it: "
              + ", ".join(f"{field} {sum(error['field'] == field for error in found)}" for field in fields))
        every += found
        newest.update({(row["page"], row["field"]): row for row in rows})
    print("each page by the newest revision that had not seen it: " + ", ".join(
        f"{field} {sum(row['field'] == field and row['class'] != 'right' for row in newest.values())}"
        for field in fields))
    distinct = first_of_each(every)
    if "handling_year" in fields:
        _print_reasons([row for (_, field), row in newest.items() if field == "handling_year"])
    today = None
    if arguments.today:
        widest = max(arguments.revisions, key=lambda revision: len(labelled_after(revision, CORPUS)))
        today = {(row["page"], row["field"]): row
                 for row in field_rows(widest, fields, work / "today", run_code=str(REPOSITORY))}
        print(f"\n(with this checkout's code, {sum(row['class'] != 'right' for row in today.values())} errors on"
              f" those pages today)")
    for field in fields:
        _print_classes(distinct, field, today)
    if arguments.list:
        print()
        for error in sorted(distinct, key=lambda error: (error["field"], error["class"], error["page"])):
            _print_error(error, today)
    if arguments.json:
        arguments.json.write_text(json.dumps({"errors": distinct, "newest": list(newest.values())}, ensure_ascii=False,
                                             indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
