"""Wrong and spurious figures at first sight, per past revision: a time split on the dev pages.

    python bench/first_sight_errors.py REV [REV ...] [--json FILE]

For each revision REV, the dev pages labelled after REV (their label files are not in REV's tree) are
normalized with REV's normalize/ (bench/first_sight.py's subprocess, which imports nothing of today's code)
and compared with today's labels (bench/accuracy.py). Printed: per revision the pages and the wrong +
spurious numbers, then every such number once (page, field, label, banli, the label's kind, the evidence
sentence), from the oldest revision that made it. These are a fair sample of what banli does on pages it
has not seen: evaluate a general mechanism by how many of them its condition catches, against how many
right figures it drops on today's dev. Holdout pages are never read. The fields' errors at first sight (a
name, a year, a kind or a title) are bench/first_sight_fields.py's.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.first_sight import compared, labelled_after, normalize_with  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "real"


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="+")
    parser.add_argument("--json", type=Path, help="write every error (all revisions) to this file")
    arguments = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="first_sight_errors_"))
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
