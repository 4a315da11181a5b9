"""Accuracy of normalize_page on the labelled real-page corpus, per split (dev, holdout) and overall.

    python bench/bench_accuracy.py [--json] [--corpus DIR] [--dev-only] [--dev-failures] [--by KEY [--field NAME]]
                                  [--labelled-since REV]

Per-field accuracy, wrong / spurious / missed numbers per 100 documents, breakdown recall and
failed extractions (definitions in bench/accuracy.py, label conventions in docs/labelling.md).
--dev-failures lists the mismatches of dev pages only: holdout pages are never read one by one.
--dev-only (implied by --dev-failures) prints the dev split alone, so that rule work, which looks at
figures many times a day, never shows the holdout; look at the holdout at the start and at the end.
--by KEY groups the pages by a key of their label's spread (page_kind, site, level, body_kind,
province, year) or by doc_type, and prints per group and split the documents, the field accuracy
(or one field's with --field) and the wrong and spurious numbers per 100: where a split falls behind,
by kind of page, without reading its pages.
--labelled-since REV scores only the pages labelled after REV. The rules are tuned on the pages they
were written against, so their dev figure is optimistic; run from a worktree of an older revision
(`--corpus` pointing at today's tests/real), it tells how that revision's rules do on pages they
had never seen — the fresh sample that says how well rules generalise.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import CORPUS, SPLITS, evaluate, figures_by_kind, labelled_at, tally  # noqa: E402


def _print_table(figures: dict, groups: tuple[str, ...]) -> None:
    print(f"{'':28}" + "".join(f"{group:>10}" for group in groups))
    rows = ("documents", "failed_extractions", "field_accuracy", "wrong_per_100", "spurious_per_100",
            "missed_per_100", "breakdown_recall")
    for row in rows:
        print(f"{row:28}" + "".join(f"{_cell(figures[group][row]):>10}" for group in groups))
    print("per field:")
    names = sorted({name for group in groups for name in figures[group]["fields"]})
    for name in names:
        print(f"  {name:26}" + "".join(f"{_cell(figures[group]['fields'].get(name)):>10}" for group in groups))


def _cell(value) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _print_dev_failures(comparisons: list) -> None:
    for comparison in comparisons:
        if comparison.split != "dev":
            continue
        mismatches = comparison.mismatches()
        if comparison.failed or mismatches:
            print(f"\n{comparison.page_id}: {comparison.failed or ''}")
            for name, (expected, emitted) in mismatches.items():
                print(f"  {name}: label={expected!r} banli={emitted!r}")


def _print_by_kind(comparisons: list, key: str, field_name: str | None, splits: tuple[str, ...]) -> None:
    measure = field_name or "field_accuracy"
    print(f"\nby {key}: documents, {measure}, wrong+spurious per 100")
    print(f"{'':22}" + "".join(f"{split:>26}" for split in splits))
    for value, figures in figures_by_kind(comparisons, key).items():
        cells = []
        for split in splits:
            group = figures[split]
            accuracy = group["fields"].get(field_name) if field_name else group["field_accuracy"]
            numbers = group["wrong_per_100"] + group["spurious_per_100"] if group["documents"] else None
            cells.append(f"{group['documents']:>6} {_cell(accuracy):>8} {_cell(numbers):>10}")
        print(f"  {value[:20]:20}" + "".join(f"{cell:>26}" for cell in cells))


def _labelled_after(revision: str, corpus: Path, comparisons: list) -> tuple[dict, list]:
    """Figures and comparisons of the pages whose labels the corpus did not have at `revision`."""
    known = labelled_at(revision, corpus)
    fresh = [item for item in comparisons if item.page_id not in known]
    figures = {split: tally([item for item in fresh if item.split == split]).summary() for split in SPLITS}
    figures["all"] = tally(fresh).summary()
    return figures, fresh


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder with pages/ and labels/")
    parser.add_argument("--dev-failures", action="store_true", help="list mismatches of dev pages")
    parser.add_argument("--by", metavar="KEY", help="group the figures by a spread key or doc_type")
    parser.add_argument("--field", metavar="NAME", help="with --by: one field's accuracy (e.g. issuing_body)")
    parser.add_argument("--dev-only", action="store_true",
                        help="print the dev split only (implied by --dev-failures): rule work never shows the holdout")
    parser.add_argument("--labelled-since", metavar="REV",
                        help="score only the pages labelled after git revision REV (a fresh sample for the rules of REV)")
    arguments = parser.parse_args()
    dev_only = arguments.dev_only or arguments.dev_failures
    splits = ("dev",) if dev_only else SPLITS
    try:
        figures, comparisons = evaluate(arguments.corpus)
        if arguments.labelled_since:
            figures, comparisons = _labelled_after(arguments.labelled_since, arguments.corpus, comparisons)
    except FileNotFoundError as error:
        raise SystemExit(str(error)) from None
    if arguments.json:
        print(json.dumps({group: figures[group] for group in (splits if dev_only else (*SPLITS, "all"))},
                         ensure_ascii=False, indent=2))
    else:
        _print_table(figures, splits if dev_only else (*SPLITS, "all"))
    if arguments.by:
        _print_by_kind(comparisons, arguments.by, arguments.field, splits)
    if arguments.dev_failures:
        _print_dev_failures(comparisons)


if __name__ == "__main__":
    main()
