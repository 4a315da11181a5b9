"""How often two readers agree, beside how often banli agrees with the label, on the pages read twice.

    python bench/reader_agreement.py [--corpus DIR] [--json]

tests/real/second_readings/<id>.json holds a blind second reading of a labelled page (scripts/second_reading.py):
a reader who saw neither the label nor banli's output, and the verdicts on each difference. Per split
and per field, on the pages read twice, this prints:

- `readers`: the share of fields where the second reading equals the label as it then stood (before any
  relabelling the verdicts led to) — the agreement of two careful readers under docs/labelling.md, a
  ceiling no extractor can be expected to pass on pages it has not seen;
- `verdicts`: of the differences, how many the adjudication gave the stored label, the second reading
  ("mine": the label was relabelled) or neither ("open": the conventions do not settle it);
- `banli`: the share of the same fields where banli's output equals today's label;
- figures per 100 pages: the numbers (counts and rates) a reader states otherwise than the label as it then stood
  (wrong), states where the label has none (spurious) or leaves null where the label has one (missed), beside
  banli's against today's label: the floor under the target of at most one wrong or spurious number per 100
  documents that two careful readers reach on these pages.

Fields compare as bench/accuracy.py compares them (titles without spaces and punctuation, the two
forms of a CPPCC's name as one).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import CORPUS, SPLITS, _same, compare, load_labels, page_path  # noqa: E402
from normalize import normalize_page  # noqa: E402


def readings(corpus: Path) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted((corpus / "second_readings").glob("*.json"))]


def _fields_read(reading: dict) -> list[str]:
    names = [name for name in reading["reading"] if name not in ("counts", "rates")]
    for group in ("counts", "rates"):
        names += [f"{group}.{name}" for name in reading["reading"].get(group) or {}]
    return names


def agreement(corpus: Path) -> dict:
    """Per split: documents, and per field the readers' agreement, banli's, and the verdicts."""
    labels = {label["id"]: label for label in load_labels(corpus)}
    table: dict = {split: {"documents": 0, "fields": defaultdict(Counter), "figures": Counter()} for split in SPLITS}
    for reading in readings(corpus):
        label = labels[reading["id"]]
        group = table[label["split"]]
        group["documents"] += 1
        document = normalize_page(page_path(corpus, label["id"]).read_bytes(), url=label.get("url"))
        banli = compare(label, {**document, "counts": document.get("counts") or {}, "rates": document.get("rates") or {}})
        differing = {difference["field"]: difference for difference in reading["differences"]}
        group["figures"].update(_figure_differences(reading["differences"]))
        group["figures"].update({f"banli_{kind}": len(getattr(banli, kind)) for kind in ("wrong", "spurious", "missed")})
        for name in _fields_read(reading):
            tally = group["fields"][name]
            tally["read"] += 1
            if name in differing:
                tally[f"verdict_{differing[name]['verdict'] or 'none'}"] += 1
            else:
                tally["readers_agree"] += 1
            labelled, emitted = banli.fields.get(name, (None, None))
            tally["banli_agrees"] += _same(name, labelled, emitted)
    return table


def _figure_differences(differences: list[dict]) -> Counter:
    """The second reader's numbers against the label as it then stood: wrong, spurious or missed."""
    tally: Counter = Counter()
    for difference in differences:
        if not difference["field"].startswith(("counts.", "rates.")):
            continue
        stored, second = difference["stored"], difference["second"]
        tally["readers_" + ("wrong" if stored is not None and second is not None
                            else "spurious" if stored is None else "missed")] += 1
    return tally


def _figures_line(group: dict) -> str:
    figures, per_hundred = group["figures"], 100 / group["documents"]
    return "  figures per 100 pages      " + "   ".join(
        f"{who}: wrong {figures[f'{who}_wrong'] * per_hundred:.2f}, spurious {figures[f'{who}_spurious'] * per_hundred:.2f}"
        f", missed {figures[f'{who}_missed'] * per_hundred:.2f}" for who in ("readers", "banli"))


def _print(table: dict) -> None:
    for split in SPLITS:
        group = table[split]
        if not group["documents"]:
            continue
        print(f"\n{split}: {group['documents']} pages read twice")
        print(f"  {'field':28}{'read':>6}{'readers':>9}{'banli':>8}   verdicts stored / mine / open")
        totals = Counter()
        for name in sorted(group["fields"]):
            tally = group["fields"][name]
            totals.update(tally)
            print(f"  {name:28}{tally['read']:>6}{tally['readers_agree'] / tally['read']:>9.3f}"
                  f"{tally['banli_agrees'] / tally['read']:>8.3f}   {tally['verdict_stored']} / {tally['verdict_mine']} / "
                  f"{tally['verdict_open'] + tally['verdict_none']}")
        print(f"  {'all fields read':28}{totals['read']:>6}{totals['readers_agree'] / totals['read']:>9.3f}"
              f"{totals['banli_agrees'] / totals['read']:>8.3f}   {totals['verdict_stored']} / {totals['verdict_mine']} / "
              f"{totals['verdict_open'] + totals['verdict_none']}")
        print(_figures_line(group))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    table = agreement(arguments.corpus)
    if arguments.json:
        print(json.dumps({split: {"documents": group["documents"], "fields": dict(group["fields"]),
                                  "figures": dict(group["figures"])}
                          for split, group in table.items()}, ensure_ascii=False, indent=2))
    else:
        _print(table)


if __name__ == "__main__":
    main()
