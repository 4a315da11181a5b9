"""A blind second reading of labelled pages: prepare the pages for readers, then import their readings.

    python scripts/second_reading.py prepare OUT --dev N --holdout N [--per-set 40] [--seed S]
    python scripts/second_reading.py import OUT [--against REV] [--apply]

`prepare` copies a random sample of corpus pages into OUT/setK/P####.txt (the page's URL, then its
text), under names that hide the page id and the split, and keeps the key in OUT/.key.json. A second
reader labels each page by reading it, without the stored label and without banli's output
(OUT/AUDIT_BRIEF.md is the brief used on 2026-12-03), writing P####.json; then compares with the stored
label (OUT/compare.py) and adjudicates each difference: "stored", "mine" (the stored label is against
the conventions) or "open" (the conventions do not settle it), in setK/adjudication.json.

`import` writes tests/real/second_readings/<id>.json for every page read (the reading, its notes, the
differences from the label as it stood at git revision REV, HEAD by default, and the verdicts) and with --apply relabels each field whose
verdict is "mine", with a note saying so. bench/reader_agreement.py reads the result.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import CORPUS, _same, load_labels, page_path  # noqa: E402

READINGS = CORPUS / "second_readings"
FIELDS = ("title", "doc_type", "doc_subtype", "issuing_body", "jurisdiction", "admin_level", "handling_year")
FIGURE_GROUPS = ("counts", "rates")


def prepare(out: Path, dev: int, holdout: int, per_set: int, seed: int) -> None:
    labels = load_labels(CORPUS)
    read = {path.stem for path in READINGS.glob("*.json")}
    rng = random.Random(seed)
    sample = [*rng.sample([label for label in labels if label["split"] == "dev" and label["id"] not in read], dev),
              *rng.sample([label for label in labels if label["split"] == "holdout" and label["id"] not in read], holdout)]
    rng.shuffle(sample)
    key = {}
    sets = max(1, -(-len(sample) // per_set))
    for number, label in enumerate(sample, start=1):
        folder = out / f"set{1 + number % sets}"
        folder.mkdir(parents=True, exist_ok=True)
        name = f"P{number:04d}"
        text = page_path(CORPUS, label["id"]).read_text(encoding="utf-8", errors="replace")
        (folder / f"{name}.txt").write_text(f"URL: {label.get('url')}\n-----\n{text}", encoding="utf-8")
        key[name] = label["id"]
    (out / ".key.json").write_text(json.dumps(key), encoding="utf-8")
    print(f"{len(sample)} pages in {sets} sets under {out}")


def differences(expected: dict, reading: dict) -> list[dict]:
    """Each field the reading gives a value the label does not (bench/accuracy.py's sameness)."""
    found = [{"field": name, "stored": expected.get(name), "second": reading.get(name)}
             for name in FIELDS if name in reading and not _same(name, expected.get(name), reading.get(name))]
    for group in FIGURE_GROUPS:
        if group in reading:
            found += [{"field": f"{group}.{name}", "stored": value, "second": (reading[group] or {}).get(name)}
                      for name, value in expected[group].items()
                      if not _same(name, value, (reading[group] or {}).get(name))]
    return found


def _label_at(revision: str, page_id: str) -> dict:
    shown = subprocess.run(["git", "-C", str(CORPUS), "show", f"{revision}:./labels/{page_id}.json"],
                           capture_output=True, text=True, check=True).stdout
    return json.loads(shown)


def import_readings(out: Path, against: str, apply: bool) -> None:
    key = json.loads((out / ".key.json").read_text(encoding="utf-8"))
    READINGS.mkdir(exist_ok=True)
    relabelled = 0
    for folder in sorted(out.glob("set*")):
        adjudicated = {}
        if (folder / "adjudication.json").exists():
            for verdict in json.loads((folder / "adjudication.json").read_text(encoding="utf-8")):
                adjudicated[(verdict["page"], verdict["field"])] = verdict
        for reading_path in sorted(folder.glob("P*.json")):
            page_id = key[reading_path.stem]
            label_path = CORPUS / "labels" / f"{page_id}.json"
            label = json.loads(label_path.read_text(encoding="utf-8"))
            reading = json.loads(reading_path.read_text(encoding="utf-8"))
            notes = reading.pop("notes", [])
            found = differences(_label_at(against, page_id)["expected"], reading)
            for difference in found:
                verdict = adjudicated.get((reading_path.stem, difference["field"]), {})
                outcome = verdict.get("verdict")
                difference.update(verdict=outcome if outcome in ("stored", "mine") else "open" if verdict else None,
                                  point=verdict.get("point"), why=verdict.get("why"))
            record = {"id": page_id, "split": label["split"], "read": f"blind second reading, {date.today().isoformat()}",
                      "reading": reading, "notes": notes, "differences": found}
            (READINGS / f"{page_id}.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n",
                                                      encoding="utf-8")
            mine = [difference for difference in found if difference["verdict"] == "mine"]
            if apply and mine:
                _relabel(label, mine)
                label_path.write_text(json.dumps(label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
                relabelled += 1
    print(f"imported readings from {out}; {relabelled} labels relabelled")


def _relabel(label: dict, mine: list[dict]) -> None:
    changes = []
    for difference in mine:
        group, _, name = difference["field"].rpartition(".")
        (label["expected"][group] if group else label["expected"])[name] = difference["second"]
        changes.append(f"{difference['field']} {difference['stored']!r} → {difference['second']!r} "
                       f"({difference['point']}: {difference['why']})")
    label["notes"].append(f"Relabelled {date.today().isoformat()} after a blind second reading (the second reader labelled the page "
                          "without this label or banli's output, then adjudicated the difference against the "
                          "conventions): " + "; ".join(changes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    prepared = commands.add_parser("prepare")
    prepared.add_argument("out", type=Path)
    prepared.add_argument("--dev", type=int, default=40)
    prepared.add_argument("--holdout", type=int, default=40)
    prepared.add_argument("--per-set", type=int, default=40)
    prepared.add_argument("--seed", type=int, default=20261203)
    imported = commands.add_parser("import")
    imported.add_argument("out", type=Path)
    imported.add_argument("--against", default="HEAD", help="the revision of the labels the readers compared with")
    imported.add_argument("--apply", action="store_true", help="relabel the fields adjudicated 'mine'")
    arguments = parser.parse_args()
    if arguments.command == "prepare":
        prepare(arguments.out, arguments.dev, arguments.holdout, arguments.per_set, arguments.seed)
    else:
        import_readings(arguments.out, arguments.against, arguments.apply)


if __name__ == "__main__":
    main()
