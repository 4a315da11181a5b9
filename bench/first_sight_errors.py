"""Wrong and spurious figures at first sight, per past revision: a time split on the dev pages.

    python bench/first_sight_errors.py REV [REV ...] [--json FILE]
    python bench/first_sight_errors.py REV [REV ...] --fields issuing_body,jurisdiction,admin_level [--today]

For each revision REV, the dev pages labelled after REV (their label files are not in REV's tree) are
normalized with REV's normalize/ (bench/first_sight.py's subprocess, which imports nothing of today's code)
and compared with today's labels (bench/accuracy.py). Printed: per revision the pages and the wrong +
spurious numbers, then every such number once (page, field, label, banli, the label's kind, the evidence
sentence), from the oldest revision that made it. These are a fair sample of what banli does on pages it
has not seen: evaluate a general mechanism by how many of them its condition catches, against how many
right figures it drops on today's dev. Holdout pages are never read.

--fields NAMES reports field mismatches instead (a name where the label has null, null where it names one,
another value): each page once, from the newest listed revision that had not seen it (the code nearest
today's), with the evidence line and the issuer warnings (which source gave the name). issuing_body errors are
classed: (a) banli names a body, the label null; (b) banli null, the label names one; (c) both named, another
body; (d) both named, the same body in another name form (a guess: one name is the other with characters left
out, the same last character and as many 委员会 and 办公 in both, or the same with 办公厅/办公室 swapped; read
them). --today also normalizes those pages with today's code and marks each error still made.

Figures, 2026-12-03 (cb66d50 316c543 97e679b a639775 04624dc 2fbcb8a: 606 dev pages at first sight): issuing_body
201 mismatches (first-sight accuracy about 0.67, as the holdout's 0.687), jurisdiction 87, admin_level 66. Classes
read by hand: (a) 43, (b) 89, (c) 55 (23 a house against its own organ: 常务委员会, 提案委员会, 提案审查委员会; 8 a clause
or a venue taken for a name; 24 another body), (d) 14. No source of the issuer is right less often than the label
is null (abstaining costs at least what it catches, per source); (b) is recall spread over many kinds of body.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import _same  # noqa: E402
from bench.first_sight import REPOSITORY, _run_worker, compared, normalize_with  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "real"


def labelled_after(revision: str, corpus: Path) -> list[str]:
    """Dev page ids whose label was not yet in `revision`'s tree."""
    listed = subprocess.run(["git", "-C", str(corpus), "ls-tree", "--name-only", revision, "labels/"],
                            capture_output=True, text=True, check=True).stdout.split()
    had = {Path(name).stem for name in listed}
    return sorted(path.stem for path in (corpus / "labels").glob("*.json")
                  if path.stem not in had and json.loads(path.read_text(encoding="utf-8")).get("split") == "dev")


def errors_at(revision: str, corpus: Path, out: Path) -> tuple[int, list[dict]]:
    page_ids = labelled_after(revision, corpus)
    out.mkdir(parents=True, exist_ok=True)
    normalize_with(revision, corpus, page_ids, out)
    found = []
    for comparison, document in compared(corpus, out, page_ids):
        label = json.loads((corpus / "labels" / f"{comparison.page_id}.json").read_text(encoding="utf-8"))
        for name, labelled, *emitted in [*comparison.wrong, *((name, None, value) for name, value in comparison.spurious)]:
            found.append({"revision": revision, "page": comparison.page_id, "field": name, "label": labelled,
                          "banli": emitted[0], "kind": f"{label['expected']['doc_type']}/{label['expected']['doc_subtype']}",
                          "evidence": (document.get("evidence") or {}).get(name) or ""})
    return len(page_ids), found


def field_errors_at(revision: str, corpus: Path, out: Path, names: list[str]) -> dict[str, list[dict]]:
    """Page id → its mismatches in `names` at first sight (REV's code), for the dev pages labelled after REV."""
    page_ids = labelled_after(revision, corpus)
    out.mkdir(parents=True, exist_ok=True)
    normalize_with(revision, corpus, page_ids, out)
    return {comparison.page_id: _mismatches(comparison, document, names, revision)
            for comparison, document in compared(corpus, out, page_ids)}


def _mismatches(comparison, document: dict, names: list[str], revision: str) -> list[dict]:
    warnings = [warning for warning in document.get("warnings") or []
                if warning.startswith(("issuer", "jurisdiction", "place", "level"))]
    return [{"revision": revision, "page": comparison.page_id, "field": name, "label": labelled, "banli": emitted,
             "kind": f"{comparison.kinds.get('doc_type')}", "class": issuer_class(labelled, emitted) if name == "issuing_body" else "",
             "evidence": (document.get("evidence") or {}).get("issuing_body") or "", "warnings": warnings}
            for name, (labelled, emitted) in comparison.fields.items() if name in names and not _same(name, labelled, emitted)]


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


def fields_report(revisions: list[str], names: list[str], today: bool, work: Path) -> list[dict]:
    """Every page's first-sight field errors (newest revision that had not seen it), optionally checked today."""
    by_page: dict[str, list[dict]] = {}
    for revision in revisions:
        found = field_errors_at(revision, CORPUS, work / revision, names)
        print(f"{revision[:8]} {len(found):>5} dev pages labelled after it: "
              f"{sum(map(len, found.values()))} field mismatches ({', '.join(names)})")
        by_page.update(found)
    every = [error for errors in by_page.values() for error in errors]
    if today:
        pages = sorted({error["page"] for error in every})
        (work / "today").mkdir(exist_ok=True)
        _run_worker(str(REPOSITORY), CORPUS, pages, work / "today")
        now = {comparison.page_id: comparison for comparison, _ in compared(CORPUS, work / "today", pages)}
        for error in every:
            error["today"] = now[error["page"]].fields[error["field"]][1]
            error["still"] = not _same(error["field"], error["label"], error["today"])
    print(f"{len(by_page)} pages, {len(every)} mismatches:")
    for name in names:
        mine = [error for error in every if error["field"] == name]
        classes = {cls: sum(error["class"] == cls for error in mine) for cls in "abcd"} if name == "issuing_body" else {}
        still = f", still made today {sum(error['still'] for error in mine)}" if today else ""
        print(f"  {name}: {len(mine)} {classes or ''}{still}")
    for error in sorted(every, key=lambda error: (error["field"], error["class"], error["page"])):
        mark = (" [today: ok]" if not error["still"] else " [today: still]") if today else ""
        print(f"{error['page']} {error['field']} ({error['class'] or '-'}): label={error['label']!r} banli={error['banli']!r}"
              f" ({error['kind']}, {error['revision'][:8]}){mark} | {' '.join(error['warnings'])} | {error['evidence'][:100]}")
    return every


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="+")
    parser.add_argument("--json", type=Path, help="write every error (all revisions) to this file")
    parser.add_argument("--fields", help="comma-separated fields: their mismatches instead of the figures")
    parser.add_argument("--today", action="store_true", help="with --fields: which errors today's code still makes")
    arguments = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="first_sight_errors_"))
    if arguments.fields:
        every = fields_report(arguments.revisions, arguments.fields.split(","), arguments.today, work)
        if arguments.json:
            arguments.json.write_text(json.dumps(every, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    every, seen = [], set()
    for revision in arguments.revisions:
        pages, found = errors_at(revision, CORPUS, work / revision)
        print(f"{revision[:8]} {pages:>5} dev pages labelled after it: {len(found)} wrong or spurious numbers")
        every += found
    for error in every:
        if (error["page"], error["field"]) in seen:
            continue
        seen.add((error["page"], error["field"]))
        print(f"{error['page']} {error['field']}: label={error['label']!r} banli={error['banli']!r} ({error['kind']},"
              f" {error['revision'][:8]}) | {error['evidence'][:120]}")
    if arguments.json:
        arguments.json.write_text(json.dumps(every, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
