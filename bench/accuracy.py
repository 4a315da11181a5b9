"""banli's output against the labels of the real-page corpus (docs/labelling.md).

Shared by `bench/bench_accuracy.py` (prints the figures) and `tests/real/test_accuracy_floors.py`
(asserts floors). Each page is normalized as `banli extract FILE --url URL` does it (bytes in, the
label's URL, no registry source) and compared field by field with the label's `expected`:

- a field is right when banli's value equals the label's (titles after removing spaces and
  punctuation); counts and rates are compared for every key the label has;
- a *wrong* number: the label states v and banli emits w != v; a *spurious* number: the label is
  null and banli emits a value; a *missed* number: the label states v and banli emits null;
- breakdown recall: label rows found in banli's breakdown (same level, kind, role and value);
- a *failed* extraction: an exception, or no text at all.
"""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from normalize import normalize_page
from normalize.document import empty_document

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "real"
SCALAR_FIELDS = ("title", "doc_type", "doc_subtype", "issuing_body", "jurisdiction", "admin_level",
                 "handling_year", "publish_date", "script", "is_repost")
PAGE_SUFFIXES = (".txt", ".html", ".htm")
SPLITS = ("dev", "holdout")


@dataclass
class Tally:
    """Figures of one group of pages (a split, or all of them)."""

    documents: int = 0
    failed: int = 0
    right: dict = field(default_factory=dict)  # field → right answers
    seen: dict = field(default_factory=dict)  # field → labelled answers
    wrong_numbers: int = 0
    spurious_numbers: int = 0
    missed_numbers: int = 0
    breakdown_rows: int = 0
    breakdown_found: int = 0

    def count(self, name: str, correct: bool) -> None:
        self.seen[name] = self.seen.get(name, 0) + 1
        self.right[name] = self.right.get(name, 0) + int(correct)

    def summary(self) -> dict:
        per_hundred = 100 / self.documents if self.documents else 0.0
        fields_seen = sum(self.seen.values())
        return {
            "documents": self.documents,
            "failed_extractions": self.failed,
            "field_accuracy": round(sum(self.right.values()) / fields_seen, 4) if fields_seen else None,
            "fields": {name: round(self.right[name] / self.seen[name], 4) for name in sorted(self.seen)},
            "wrong_per_100": round(self.wrong_numbers * per_hundred, 2),
            "spurious_per_100": round(self.spurious_numbers * per_hundred, 2),
            "missed_per_100": round(self.missed_numbers * per_hundred, 2),
            "wrong_numbers": self.wrong_numbers,
            "spurious_numbers": self.spurious_numbers,
            "missed_numbers": self.missed_numbers,
            "breakdown_recall": (round(self.breakdown_found / self.breakdown_rows, 4)
                                 if self.breakdown_rows else None),
        }


@dataclass
class Comparison:
    """One page: which labelled fields banli got right, and its number errors."""

    page_id: str
    split: str
    failed: str | None = None
    kinds: dict = field(default_factory=dict)  # the label's spread and doc_type, to group pages by
    fields: dict = field(default_factory=dict)  # name → (expected, emitted)
    wrong: list = field(default_factory=list)
    spurious: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    breakdown_rows: int = 0
    breakdown_found: int = 0

    def mismatches(self) -> dict:
        return {name: pair for name, pair in self.fields.items() if not _same(name, *pair)}


_NOT_TITLE_TEXT = re.compile(r"\s+")


def compact_title(title: str | None) -> str | None:
    """A title without spaces and punctuation (quotes, dashes, brackets vary between copies)."""
    if title is None:
        return None
    kept = "".join(char for char in _NOT_TITLE_TEXT.sub("", unicodedata.normalize("NFKC", title))
                   if not unicodedata.category(char).startswith(("P", "S")))
    return kept or None


# the two official forms of the same congress, CPPCC and Party committee names (政协X委员会 is the CPPCC's own short
# form of 中国人民政治协商会议X委员会; X人大常委会 that of X人民代表大会常务委员会; 中共X委员会 that of 中国共产党X委员会),
# in both scripts
_BODY_FORMS = (("中国人民政治协商会议", "政协"), ("中國人民政治協商會議", "政協"),
               ("人民代表大会常务委员会", "人大常委会"), ("人民代表大會常務委員會", "人大常委會"),
               ("中国共产党", "中共"), ("中國共產黨", "中共"))


_TERM = re.compile(r"第?[一二三四五六七八九十]+[届屆](?=[\u4e00-\u9fff]{0,12}?委[员員][会會]|全[国國])")


def body_form(name: str | None) -> str | None:
    """An issuing body's name with the official long forms written short and a CPPCC's term number
    left out (政协第九届福州市马尾区委员会 = 政协福州市马尾区委员会), for comparison."""
    if name is None:
        return None
    for long_form, short_form in _BODY_FORMS:
        name = name.replace(long_form, short_form)
    return _TERM.sub("", name) if "政协" in name or "政協" in name else name


def _same(name: str, expected, emitted) -> bool:
    if name == "title":
        return compact_title(expected) == compact_title(emitted)
    if name == "issuing_body":
        return body_form(expected) == body_form(emitted)
    if isinstance(expected, (int, float)) and isinstance(emitted, (int, float)) and not isinstance(expected, bool):
        return abs(expected - emitted) < 1e-9
    return expected == emitted


def _figure_pairs(expected: dict, document: dict) -> list[tuple[str, object, object]]:
    """(field name, labelled, emitted) for every count, rate and rate qualifier the label has."""
    pairs = [(f"counts.{key}", value, document["counts"].get(key))
             for key, value in expected.get("counts", {}).items()]
    pairs += [(f"rates.{key}", value, document["rates"].get(key)) for key, value in expected.get("rates", {}).items()]
    pairs += [(f"rate_qualifiers.{key}", value, (document.get("rate_notes") or {}).get(key))
              for key, value in expected.get("rate_qualifiers", {}).items()]
    return pairs


def _row_key(row: dict) -> tuple:
    return row.get("level"), row.get("kind"), row.get("role"), row.get("value")


def compare(label: dict, document: dict) -> Comparison:
    """Field-by-field comparison of one normalized document with its label."""
    expected = label["expected"]
    result = Comparison(label["id"], label.get("split", "dev"),
                        kinds={**label.get("spread", {}), "doc_type": expected.get("doc_type")})
    for name in SCALAR_FIELDS:
        if name in expected:
            result.fields[name] = (expected[name], document.get(name))
    for name, labelled, emitted in _figure_pairs(expected, document):
        result.fields[name] = (labelled, emitted)
        if name.startswith("rate_qualifiers") or _same(name, labelled, emitted):
            continue
        if labelled is None:
            result.spurious.append((name, emitted))
        elif emitted is None:
            result.missed.append((name, labelled))
        else:
            result.wrong.append((name, labelled, emitted))
    emitted_rows = {_row_key(row) for row in document.get("breakdown") or []}
    labelled_rows = [_row_key(row) for row in expected.get("breakdown") or []]
    result.breakdown_rows = len(labelled_rows)
    result.breakdown_found = sum(row in emitted_rows for row in labelled_rows)
    return result


def page_path(corpus: Path, page_id: str) -> Path | None:
    for suffix in PAGE_SUFFIXES:
        path = corpus / "pages" / f"{page_id}{suffix}"
        if path.exists():
            return path
    return None


def load_labels(corpus: Path = CORPUS) -> list[dict]:
    """Every label of the corpus (sorted by id); raises FileNotFoundError when the corpus is absent."""
    folder = corpus / "labels"
    if not folder.is_dir():
        raise FileNotFoundError(f"no labelled corpus at {folder}")
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def run_page(corpus: Path, label: dict) -> Comparison:
    """Normalize the labelled page (as `banli extract FILE --url URL`) and compare it."""
    path = page_path(corpus, label["id"])
    if path is None:
        return _failed(label, "page file missing")
    try:
        document = normalize_page(path.read_bytes(), url=label.get("url"))
    except Exception as error:  # every failure is a failed extraction, reported, never raised
        return _failed(label, f"{type(error).__name__}: {error}")
    if not document.get("text"):
        return _failed(label, "no text")
    return compare(label, document)


def _failed(label: dict, reason: str) -> Comparison:
    """A failed page counts every labelled field as wrong (and its figures as missed)."""
    comparison = compare(label, empty_document(label.get("url")))
    comparison.failed = reason
    return comparison


def tally(comparisons: list[Comparison]) -> Tally:
    total = Tally()
    for comparison in comparisons:
        total.documents += 1
        total.failed += bool(comparison.failed)
        for name, (expected, emitted) in comparison.fields.items():
            total.count(name, _same(name, expected, emitted))
        total.wrong_numbers += len(comparison.wrong)
        total.spurious_numbers += len(comparison.spurious)
        total.missed_numbers += len(comparison.missed)
        total.breakdown_rows += comparison.breakdown_rows
        total.breakdown_found += comparison.breakdown_found
    return total


def figures_by_kind(comparisons: list[Comparison], key: str) -> dict:
    """Figures per split for each value of one spread key (page_kind, site, level …, or doc_type):
    aggregates only, so holdout pages stay unread one by one."""
    values = sorted({str(item.kinds.get(key)) for item in comparisons})
    return {value: {split: tally([item for item in comparisons
                                  if item.split == split and str(item.kinds.get(key)) == value]).summary()
                    for split in SPLITS}
            for value in values}


def evaluate(corpus: Path = CORPUS) -> tuple[dict, list[Comparison]]:
    """Figures per split and overall, and the comparisons themselves."""
    comparisons = [run_page(corpus, label) for label in load_labels(corpus)]
    figures = {split: tally([item for item in comparisons if item.split == split]).summary() for split in SPLITS}
    figures["all"] = tally(comparisons).summary()
    return figures, comparisons


def labelled_at(revision: str, corpus: Path) -> set[str]:
    """The ids of the labels the corpus had at a git revision."""
    listed = subprocess.run(["git", "-C", str(corpus), "ls-tree", "-r", "--name-only", revision, "labels"],
                            capture_output=True, text=True, check=True).stdout
    return {Path(name).stem for name in listed.split()}
