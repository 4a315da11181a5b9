"""First-sight accuracy: every labelled page normalized by the code that existed just before its label.

    python bench/first_sight.py [--corpus DIR] [--since REV] [--holdout] [--figures] [--keep DIR]

A rule is written while its author reads dev pages, so today's dev figure says little about pages
no one has read. The labels were added batch by batch over the project's history, and the code of
the revision just before a label was added had never seen that page. This bench rebuilds that code
(`git archive REV normalize`, one subprocess per distinct normalize tree), normalizes each page with
it and scores the output against today's label (bench/accuracy.py's comparison), then prints per
batch of pages: the code's revision, the pages, the field accuracy and wrong + spurious numbers per
100 documents at first sight, and today's figures on the same pages. Read down the first-sight
column: it is the project's learning curve on pages its rules had never seen, the figure the
holdout split estimates for today's code.

Dev pages only unless --holdout, which prints the holdout split's aggregates (never one page).
--since REV keeps the batches whose code is REV or later. --keep DIR leaves the documents there.
--figures lists every wrong or spurious number at first sight (dev) with the sentence it came from.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
FIELDS = ("title", "doc_type", "doc_subtype", "issuing_body", "jurisdiction", "admin_level", "handling_year")


def first_seen_by(corpus: Path) -> dict[str, str]:
    """Page id → the revision whose code was the last one before the page's label was added (the
    first parent of the earliest commit adding tests/real/labels/<id>.json)."""
    listed = subprocess.run(
        ["git", "-C", str(corpus), "log", "--reverse", "--diff-filter=A", "--format=C %H %P", "--name-only",
         "--", "labels"], capture_output=True, text=True, check=True).stdout
    seen: dict[str, str] = {}
    parent = None
    for line in listed.splitlines():
        if line.startswith("C "):
            parent = (line.split()[2:] or [None])[0]
        elif line.strip() and parent:
            seen.setdefault(Path(line.strip()).stem, parent)
    return seen


def batches_by_code(corpus: Path, pages: set[str]) -> list[tuple[str, list[str]]]:
    """(revision, page ids) per distinct normalize tree, oldest code first: revisions with the same
    normalize/ are one batch."""
    by_tree: dict[str, list[str]] = defaultdict(list)
    revision_of_tree: dict[str, str] = {}
    tree_of_revision: dict[str, str] = {}  # a batch of labels shares its revision: one git call for it
    for page_id, revision in first_seen_by(corpus).items():
        if page_id not in pages:
            continue
        if revision not in tree_of_revision:
            tree_of_revision[revision] = _git(corpus, "rev-parse", f"{revision}:normalize")
        tree = tree_of_revision[revision]
        by_tree[tree].append(page_id)
        revision_of_tree.setdefault(tree, revision)
    ordered = sorted(by_tree, key=lambda tree: int(_git(corpus, "log", "-1", "--format=%ct", revision_of_tree[tree])))
    return [(revision_of_tree[tree], sorted(by_tree[tree])) for tree in ordered]


def labelled_after(revision: str, corpus: Path) -> list[str]:
    """Dev page ids whose label was not yet in `revision`'s tree: the pages its code had never seen."""
    from bench.accuracy import labelled_at

    had = labelled_at(revision, corpus)
    return sorted(path.stem for path in (corpus / "labels").glob("*.json")
                  if path.stem not in had and json.loads(path.read_text(encoding="utf-8")).get("split") == "dev")


def _git(corpus: Path, *arguments: str) -> str:
    return subprocess.run(["git", "-C", str(corpus), *arguments], capture_output=True, text=True,
                          check=True).stdout.strip()


def normalize_with(revision: str, corpus: Path, page_ids: list[str], out: Path) -> None:
    """Normalize the pages with the normalize/ package of `revision`, in a subprocess that imports
    nothing of today's code, writing one JSON document per page into `out`."""
    with tempfile.TemporaryDirectory() as code:
        top = _git(corpus, "rev-parse", "--show-toplevel")
        archive = subprocess.run(["git", "-C", top, "archive", "--prefix=normalize/", f"{revision}:normalize"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", code], input=archive, check=True)
        _run_worker(code, corpus, page_ids, out)


def _run_worker(code: str, corpus: Path, page_ids: list[str], out: Path) -> None:
    subprocess.run([sys.executable, __file__, "--worker", str(corpus), str(out), *page_ids],
                   env={**os.environ, "PYTHONPATH": code}, check=True)


def _worker(corpus: Path, out: Path, page_ids: list[str]) -> None:
    from normalize import normalize_page  # the revision's: PYTHONPATH holds its code, and not this checkout's

    for page_id in page_ids:
        label = json.loads((corpus / "labels" / f"{page_id}.json").read_text(encoding="utf-8"))
        page = next(path for suffix in (".txt", ".html", ".htm")
                    if (path := corpus / "pages" / f"{page_id}{suffix}").exists())
        try:
            document = normalize_page(page.read_bytes(), url=label.get("url"))
            document.pop("html", None)
        except Exception as error:  # a failed extraction is scored as one, never raised
            document = {"failed": f"{type(error).__name__}: {error}"}
        (out / f"{page_id}.json").write_text(json.dumps(document, ensure_ascii=False, default=str), encoding="utf-8")


def score(corpus: Path, out: Path, page_ids: list[str]) -> dict:
    """bench/accuracy.py's figures for the documents written to `out`."""
    from bench.accuracy import tally

    return tally([comparison for comparison, _ in compared(corpus, out, page_ids)]).summary()


def compared(corpus: Path, out: Path, page_ids: list[str]) -> list[tuple]:
    """(bench/accuracy.py's Comparison, the document) for each page written to `out`."""
    from bench.accuracy import _failed, compare

    labels = {page_id: json.loads((corpus / "labels" / f"{page_id}.json").read_text(encoding="utf-8"))
              for page_id in page_ids}
    comparisons = []
    for page_id in page_ids:
        document = json.loads((out / f"{page_id}.json").read_text(encoding="utf-8"))
        if document.get("failed") or not document.get("text"):
            comparisons.append((_failed(labels[page_id], document.get("failed") or "no text"), document))
            continue
        document.setdefault("counts", {})
        document.setdefault("rates", {})
        comparisons.append((compare(labels[page_id], document), document))
    return comparisons


def print_wrong_figures(corpus: Path, out: Path, page_ids: list[str]) -> None:
    """Each wrong or spurious number at first sight with the sentence banli took it from."""
    for comparison, document in compared(corpus, out, page_ids):
        for name, labelled, *emitted in [*comparison.wrong, *((name, None, value) for name, value in comparison.spurious)]:
            sentence = (document.get("evidence") or {}).get(name) or ""
            print(f"{comparison.page_id} {name}: label={labelled!r} banli={emitted[0]!r} | {sentence[:160]}")


def _row(revision: str, pages: int, first: dict, today: dict) -> str:
    def errors(figures: dict) -> float:
        return figures["wrong_per_100"] + figures["spurious_per_100"]

    fields = " ".join(f"{first['fields'].get(name, 0):>8.2f}" for name in FIELDS)
    return (f"{revision[:8]} {pages:>6} {first['field_accuracy']:>8.3f} {errors(first):>7.1f}"
            f" {today['field_accuracy']:>8.3f} {errors(today):>7.1f} {fields}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPOSITORY / "tests" / "real")
    parser.add_argument("--since", help="only batches whose code is this revision or later")
    parser.add_argument("--holdout", action="store_true", help="the holdout split's aggregates instead of dev")
    parser.add_argument("--figures", action="store_true",
                        help="list each wrong or spurious number at first sight with its sentence (dev only)")
    parser.add_argument("--keep", type=Path, help="leave the first-sight documents in this directory")
    arguments = parser.parse_args()
    corpus = arguments.corpus.resolve()
    split = "holdout" if arguments.holdout else "dev"
    pages = {path.stem for path in (corpus / "labels").glob("*.json")
             if json.loads(path.read_text(encoding="utf-8")).get("split", "dev") == split}
    batches = batches_by_code(corpus, pages)
    if arguments.since:
        since = int(_git(corpus, "log", "-1", "--format=%ct", arguments.since))
        batches = [(revision, ids) for revision, ids in batches
                   if int(_git(corpus, "log", "-1", "--format=%ct", revision)) >= since]
    work = arguments.keep or Path(tempfile.mkdtemp(prefix="first_sight_"))
    print(f"{split} pages at first sight, scored against today's labels ({corpus})")
    print(f"{'code':8} {'pages':>6} {'first':>8} {'w+s/100':>7} {'today':>8} {'w+s/100':>7} "
          + " ".join(f"{name[:8]:>8}" for name in FIELDS))
    every: list[str] = []
    first_dir, today_dir = work / "first_sight", work / "today"
    first_dir.mkdir(parents=True, exist_ok=True)
    today_dir.mkdir(parents=True, exist_ok=True)
    for revision, page_ids in batches:
        normalize_with(revision, corpus, page_ids, first_dir)
        _run_worker(str(REPOSITORY), corpus, page_ids, today_dir)
        print(_row(revision, len(page_ids), score(corpus, first_dir, page_ids), score(corpus, today_dir, page_ids)),
              flush=True)
        every += page_ids
    print(_row("all", len(every), score(corpus, first_dir, every), score(corpus, today_dir, every)))
    print("(columns after today's: per-field accuracy at first sight)")
    if arguments.figures and split == "dev":
        print("\nwrong and spurious numbers at first sight:")
        print_wrong_figures(corpus, first_dir, every)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        _worker(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:])
    else:
        sys.path.insert(0, str(REPOSITORY))
        main()
