"""What abstention would cost: page-level gates on publishing a page's figures, benefit against cost.

    python bench/figure_gates.py [--folds 10] [--revisions REV ...] [--json FILE]

A gated page keeps its figures out of counts and rates (with a warning). For each gate, printed:
- caught: the wrong + spurious figures at first sight it removes, of bench/first_sight_errors.py's fair sample (the
  revisions below, each error once, from the oldest revision that made it; the 606 dev pages labelled after cb66d50);
- fs lost, fs kept: the right figures at first sight it removes, and the share of them left (the same pages and
  documents; each (page, figure) once, from the oldest revision that got it right, unless some revision got it wrong);
- w+s/100: the first-sight errors left per 100 pages (a union over six revisions: 72 on 606 pages, 11.9 before);
  newest: the same for the errors of the newest revision that had not seen each page (57, 9.4 before); hold~: the
  holdout's 6.21 scaled by the share of the 72 left (a projection; the holdout is not read);
- dev lost, kept: today's right dev figures it removes and the share left, the kind model's probability taken out of
  fold (K folds by page id, bench/crossval_kind.py's split, scripts/train_doctype_model.py's fit); dev w+s: today's
  own dev errors it removes (in sample: the rules were tuned on them);
- ratio: caught per first-sight page over dev lost per dev page (1,329), benefit over cost out of fold.
The gate reads the document the figures came from (at first sight the old revision's title, issuer and warnings) and
P(summary) of the model trained without the page's fold. Holdout pages are never read. Needs scikit-learn; about a
minute (six old revisions normalize their pages in subprocesses).

Gates: P(summary) < t; the headline names no account (none of the words of docs/labelling.md's summary kinds,
办理工作总结 and 办理情况的报告/通报/说明: 办理 情况 总结 报告 通报 说明 工作, nor 答复 办复 办结 落实 成效 结果; a page with no headline
counts as naming none, the next row judges only printed headlines); the issuer null, or null or taken from a weak
source (the site, its address or host, a portal, the jurisdiction, a place inferred or a relative name unresolved, no
name found: the issuer_* warnings); and combinations (| either, & both). The oracle row drops every page whose label
is no summary: the most any page-kind gate could catch without losing a right figure.

2026-12-03 (main 5bbed67):

first sight: 606 pages, 72 wrong + spurious (57 by the newest revision that had not seen each page), 279 right figures;
dev today: 941 right, 8 wrong + spurious
gate                        caught fs lost fs kept w+s/100 newest hold~ dev lost  kept dev w+s ratio
(none)                           0       0    100%    11.9    9.4  6.21        0  100%       0     -
oracle: label not summary       26       0    100%     7.6    6.1  3.97        0  100%       0     -
P(summary)<0.3                   8       4     99%    10.6    8.7  5.52       18   98%       0   1.0
P(summary)<0.5                  12      11     96%     9.9    8.1  5.18       52   94%       2   0.5
P(summary)<0.7                  27      31     89%     7.4    5.8  3.88      135   86%       3   0.4
P(summary)<0.8                  36      77     72%     5.9    5.0  3.10      249   74%       4   0.3
P(summary)<0.9                  45     130     53%     4.5    3.5  2.33      422   55%       4   0.2
P(summary)<0.95                 47     176     37%     4.1    3.1  2.16      565   40%       5   0.2
no account in headline          29      98     65%     7.1    5.9  3.71      386   59%       2   0.2
headline, naming no account      3      19     93%    11.4    9.1  5.95       69   93%       0   0.1
issuer null                     25      99     65%     7.8    6.4  4.05      243   74%       4   0.2
issuer null or weak             40     152     46%     5.3    4.0  2.76      391   58%       6   0.2
no account & P<0.7              14      14     95%     9.6    7.6  5.00       86   91%       1   0.4
issuer weak & P<0.7             15      22     92%     9.4    7.4  4.92       61   94%       2   0.5
no account | P<0.5              37     105     62%     5.8    5.0  3.02      406   57%       4   0.2
issuer weak | P<0.5             46     160     43%     4.3    3.3  2.24      430   54%       7   0.2
no account | weak | P<0.5       57     188     33%     2.5    1.8  1.29      588   38%       7   0.2
no account | weak | P<0.7       57     188     33%     2.5    1.8  1.29      600   36%       7   0.2
no account | weak | P<0.9       64     225     19%     1.3    1.2  0.69      709   25%       7   0.2

Read: 46 of the 72 first-sight errors are on pages labelled summary (figures of a real account whose scope the label
leaves null, or a wrong number in it); no page gate reaches them without dropping the accounts' right figures, and
even the oracle leaves 7.6 per 100 (3.97 projected on the holdout). No gate reaches 1 per 100 at first sight; the
nearest, no account | weak issuer | P<0.9 (1.3, newest 1.2, projected 0.69), keeps 19 % of the right figures at first
sight and 25 % on dev. No gate catches twice what it loses out of fold (ratio ≤ 1.0; P(summary) < 0.3, 8 caught and 4
lost at first sight, loses 18 right dev figures: 1.3 per 100 dev pages for 1.3 caught per 100). 26 of the 29 errors
the headline gate catches are on pages with no headline (79 right figures with them); a printed headline naming no
account catches 3 for 19. Figure-level scope rules, not page-level abstention, are what is left.

2026-12-07 (seventy-fifth session, main 753d17f), --revisions 87b1c55 8203c08 524a37b 5e67f1d 3aba442 (the 2,560 dev
pages labelled after the forty-eighth session): 17 wrong + spurious at first sight (0.7 per 100) and 66 right figures;
1,750 right dev figures today. P(summary) < 0.5 catches 2, loses 2 at first sight and 151 right dev figures out of fold
(ratio 0.1); < 0.3 catches 2 for 83; the oracle itself catches 7 of the 17. Page gates stay unprofitable: the pages
labelled since carry few figures, and their errors are scattered (the hold~ column still projects from the first run's
holdout figure and is not read here).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import _same, load_labels, page_path  # noqa: E402
from bench.crossval_kind import out_of_fold  # noqa: E402
from bench.first_sight import compared  # noqa: E402
from bench.first_sight_errors import CORPUS, errors_at  # noqa: E402
from normalize import normalize_page  # noqa: E402
from normalize.doctype_model import summary_probability  # noqa: E402
from normalize.text import nfkc, to_simplified  # noqa: E402
from scripts.train_doctype_model import Page, page_of  # noqa: E402

REVISIONS = ("cb66d50", "316c543", "97e679b", "a639775", "04624dc", "2fbcb8a")
HOLDOUT_PER_100 = 6.21  # wrong + spurious per 100 holdout pages at the start (5 wrong, 25 spurious on 483 pages)
FIGURE = ("counts.", "rates.")


class Figure(NamedTuple):
    page: str
    field: str
    status: str  # right, wrong or spurious
    labelled_kind: str  # the label's doc_type (for the oracle row only)
    title: str
    issuer: str | None
    warnings: tuple[str, ...]


def figures_of(comparison, document: dict) -> list[Figure]:
    """The page's labelled counts and rates that banli emitted: right, wrong or spurious."""
    title = nfkc(to_simplified(document.get("title") or ""))
    found = []
    for name, (labelled, emitted) in comparison.fields.items():
        if not name.startswith(FIGURE) or emitted is None:
            continue
        status = "right" if _same(name, labelled, emitted) else "spurious" if labelled is None else "wrong"
        found.append(Figure(comparison.page_id, name, status, comparison.kinds.get("doc_type"), title, document.get("issuing_body"),
                            tuple(document.get("warnings") or ())))
    return found


def first_sight(revisions: list[str], work: Path) -> tuple[list[Figure], dict[str, list[Figure]]]:
    """Every figure emitted at first sight, each (page, field) once: an error from the oldest revision that made
    it, else a right figure from the oldest revision that got it; and page id → its figures by the newest revision
    that had not seen it (the code nearest today's)."""
    errors: dict[tuple, Figure] = {}
    rights: dict[tuple, Figure] = {}
    newest: dict[str, list[Figure]] = {}
    for revision in revisions:
        count, _ = errors_at(revision, CORPUS, work / revision)
        page_ids = sorted(path.stem for path in (work / revision).glob("*.json"))
        print(f"{revision[:8]}: {count} dev pages at first sight", file=sys.stderr)
        for comparison, document in compared(CORPUS, work / revision, page_ids):
            newest[comparison.page_id] = figures_of(comparison, document)
            for figure in newest[comparison.page_id]:
                chosen = rights if figure.status == "right" else errors
                chosen.setdefault((figure.page, figure.field), figure)
    return [*errors.values(), *(figure for key, figure in rights.items() if key not in errors)], newest


def today(labels: list[dict]) -> tuple[list[Figure], list[Page]]:
    """Today's figures on every dev page, and the pages as the kind model reads them."""
    from bench.accuracy import compare

    figures, pages = [], []
    for label in labels:
        document = normalize_page(page_path(CORPUS, label["id"]).read_bytes(), url=label.get("url"))
        document.setdefault("counts", {})
        document.setdefault("rates", {})
        figures += figures_of(compare(label, document), document)
        pages.append(page_of(label, document))
    return figures, pages


def out_of_fold_summary(pages: list[Page], folds: int) -> dict[str, float]:
    """Page id → the kind model's P(summary), the model trained on the other folds."""
    return {page.id: summary_probability(page.title, page.text, model) for page, model in out_of_fold(pages, folds)}


_ACCOUNT = re.compile(r"办理|情况|总结|报告|通报|说明|工作|答复|办复|办结|落实|成效|结果")
_WEAK_ISSUER = ("issuer_from_host", "issuer_from_address", "issuer_from_portal", "issuer_from_site_kind",
                "issuer_of_the_site", "issuer_place_from_jurisdiction", "issuer_place_inferred_from_text",
                "issuer_relative_unresolved", "issuer_unknown")

Gate = Callable[[Figure, float], bool]


def no_account(figure: Figure, _: float) -> bool:
    return not _ACCOUNT.search(figure.title)


def headline_without_account(figure: Figure, _: float) -> bool:
    """A headline printed that names no account (a page without one is not judged)."""
    return bool(figure.title) and not _ACCOUNT.search(figure.title)


def issuer_null(figure: Figure, _: float) -> bool:
    return figure.issuer is None


def issuer_weak(figure: Figure, _: float) -> bool:
    return figure.issuer is None or any(warning.startswith(_WEAK_ISSUER) for warning in figure.warnings)


def doubted(threshold: float) -> Gate:
    return lambda figure, summary: summary < threshold


def both(*gates: Gate) -> Gate:
    return lambda figure, summary: all(gate(figure, summary) for gate in gates)


def either(*gates: Gate) -> Gate:
    return lambda figure, summary: any(gate(figure, summary) for gate in gates)


def not_labelled_summary(figure: Figure, _: float) -> bool:
    """The oracle of a page-kind gate: every page the label says is no account (not a gate banli can run)."""
    return figure.labelled_kind != "summary"


GATES: dict[str, Gate] = {
    "oracle: label not summary": not_labelled_summary,
    **{f"P(summary)<{t}": doubted(t) for t in (0.3, 0.5, 0.7, 0.8, 0.9, 0.95)},
    "no account in headline": no_account,
    "headline, naming no account": headline_without_account,
    "issuer null": issuer_null,
    "issuer null or weak": issuer_weak,
    "no account & P<0.7": both(no_account, doubted(0.7)),
    "issuer weak & P<0.7": both(issuer_weak, doubted(0.7)),
    "no account | P<0.5": either(no_account, doubted(0.5)),
    "issuer weak | P<0.5": either(issuer_weak, doubted(0.5)),
    **{f"no account | weak | P<{t}": either(no_account, issuer_weak, doubted(t)) for t in (0.5, 0.7, 0.9)},
}


def table(first: list[Figure], newest: dict[str, list[Figure]], dev: list[Figure], dev_pages: int,
          summary: dict[str, float]) -> None:
    pages = len(newest)
    errors = [figure for figure in first if figure.status != "right"]
    rights = [figure for figure in first if figure.status == "right"]
    newest_errors = [figure for figures in newest.values() for figure in figures if figure.status != "right"]
    dev_right = [figure for figure in dev if figure.status == "right"]
    dev_errors = [figure for figure in dev if figure.status != "right"]
    print(f"first sight: {pages} pages, {len(errors)} wrong + spurious ({len(newest_errors)} by the newest revision "
          f"that had not seen each page), {len(rights)} right figures;\ndev today: {len(dev_right)} right, "
          f"{len(dev_errors)} wrong + spurious")
    print(f"{'gate':27}{'caught':>7}{'fs lost':>8}{'fs kept':>8}{'w+s/100':>8}{'newest':>7}{'hold~':>6}"
          f"{'dev lost':>9}{'kept':>6}{'dev w+s':>8}{'ratio':>6}")
    rows = {"(none)": lambda figure, summary: False, **GATES}
    for name, gate in rows.items():
        def gated(figures: list[Figure], gate: Gate = gate) -> int:
            return sum(gate(figure, summary[figure.page]) for figure in figures)

        caught, lost, dev_lost = gated(errors), gated(rights), gated(dev_right)
        left = len(errors) - caught
        print(f"{name:27}{caught:>7}{lost:>8}{1 - lost / len(rights):>8.0%}{100 * left / pages:>8.1f}"
              f"{100 * (len(newest_errors) - gated(newest_errors)) / pages:>7.1f}"
              f"{HOLDOUT_PER_100 * left / len(errors):>6.2f}{dev_lost:>9}{1 - dev_lost / len(dev_right):>6.0%}"
              f"{gated(dev_errors):>8}{ratio(caught / pages, dev_lost / dev_pages):>6}")


def ratio(caught: float, lost: float) -> str:
    return f"{caught / lost:.1f}" if lost else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--revisions", nargs="+", default=list(REVISIONS))
    parser.add_argument("--json", type=Path, help="write every figure with its gate inputs to this file")
    arguments = parser.parse_args()
    labels = [label for label in load_labels(CORPUS) if label.get("split") == "dev"]
    dev, pages = today(labels)
    summary = out_of_fold_summary(pages, arguments.folds)
    first, newest = first_sight(arguments.revisions, Path(tempfile.mkdtemp(prefix="figure_gates_")))
    if arguments.json:
        rows = [{**figure._asdict(), "when": when, "summary": summary[figure.page]}
                for when, figures in (("first_sight", first), ("today", dev)) for figure in figures]
        arguments.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    table(first, newest, dev, len(pages), summary)


if __name__ == "__main__":
    main()
