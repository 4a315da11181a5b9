"""Feasibility study: would a learned ranker over candidate bodies pick issuing_body better than the rules?

    python bench/crossval_issuer.py [--folds 10] [--since 316c543] [--cache FILE] [--no-rules] [--model gbm|lr] [--errors]
    BANLI_CODE=/work/wt/start python bench/crossval_issuer.py ...   # the candidates of another tree's normalize/

For every dev page (holdout ids, starting 0-3, are never opened) the candidates are every body-like name
banli's machinery produces: each source behind `_issuer_candidates` called on its own (metadata 发布机构,
contentsource, 来源/byline, signature, letterhead, 来源 line, 我局/我厅 ties, acting subjects, handling
subjects, the headline's and the text's opening body, ...), the host's body, ministry or congress,
`sentence_subject`, the rules' own final answer, plus a plain regex sweep of body names (a place then
...局|委员会|人民政府|人大常委会..., 政协X委员会, a democratic party's committee) in the title, header, opening
and later text. Each is resolved with `resolve_issuer` (the host's place as hint, then the rules'
jurisdiction) and `settled_body_name`, and merged by bench/accuracy.py's `body_form`; "null" is always an
option. Features: its sources, its rank in `_issuer_candidates`, position and frequency in the text, the
words around its first mention (来源, 发布机构, 我局, 与, 召开, 关于, 联合 ...), relative or resolved, level,
kind of body, the page's doc_type, whether it is the rules' answer (hidden with --no-rules). A gradient
boosting classifier (or --model lr) scores candidates; a page takes the best one, or null when its score
is under a threshold chosen by an inner 3-fold split of the training pages only. Labels come from today's
corpus whatever tree supplies the candidates; "old" pages are those labelled at --since (915), "new" those
labelled after (103). About a minute (the candidate build, cached with --cache, is 45 s).

Figures, 2026-12-02 (1,018 dev pages; on the 103 new pages one page is 0.010 and a 95% interval on one
figure is about +-0.09; deterministic runs):

  candidates from the session-start tree 316c543 (BANLI_CODE=/work/wt/start), the honest setting:
    rules of 316c543:             old 0.870 (in-sample, today's labels)   new 0.728
    (c) candidate recall:         old 0.945 (labels naming a body 0.929)  new 0.883 (labels naming a body 0.838)
    (a) ranker, 10-fold OOF, old: gbm 0.861, without the rules' answer 0.862, --plain (nor their order) 0.862;
                                  lr 0.864, lr without the rules' answer 0.862
    (b) trained on old, on new:   gbm 0.728, without the rules' answer 0.709, --plain 0.709; lr 0.728 and 0.728
    gbm differs from the rules on 2 new pages (ranker right on 1, rules on 1); --plain on 3 (0 and 2).
    The rules' 28 errors on new pages: 12 the label not among the candidates, 6 a body where the label is
    null, 4 null where the label's body was a candidate, 6 another candidate chosen.
  candidates from main 0a7eef8 (its rules were written this afternoon against the new pages: in-sample):
    rules old 0.911, new 0.816; (c) recall old 0.960, new 0.932; (a) gbm 0.906 (0.908 without the rules'
    answer, 0.908 --plain), lr 0.907; (b) gbm 0.825 (0.825, 0.806 --plain), lr 0.806.

Reading: from the features of banli's own extractors the ranker learns back the rules' choice (with or
without their answer or their hand-made order it agrees with them on all but 2-3 new pages) and generalises
no better. On unseen pages 12 of the 28 errors are recall (a relative name, 区人大常委会 or 市林业局, whose
place the page never writes; no name at all) and 10 the null decision (whose news or repost a page is);
only 6 are a choice between candidates. Nothing in normalize/ uses this.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import re
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.environ.get("BANLI_CODE", str(HERE)))  # the normalize/ whose machinery is measured

import numpy as np  # noqa: E402

from normalize import document as D  # noqa: E402
from normalize import normalize_page  # noqa: E402
from normalize.hosts import body_of_host, congress_of_host, ministry_of_host, place_of_host  # noqa: E402
from normalize.issuer import is_body_name, is_relative, place_hint, resolve_issuer  # noqa: E402
from normalize.layout import analyse, without_banner  # noqa: E402
from normalize.metadata import parse_metadata_lines  # noqa: E402
from normalize.subject import sentence_subject  # noqa: E402
from normalize.text import nfkc, to_simplified  # noqa: E402

try:  # the session-start tree (316c543) has neither
    from normalize.body_names import settled_body_name
    from normalize.layout import without_site_name
except ImportError:
    def settled_body_name(name, jurisdiction):
        return type("Settled", (), {"name": name})

    def without_site_name(title):
        return title

CORPUS = HERE / "tests" / "real"
HOLDOUT = tuple("0123")
SOURCES = ("meta_issuer", "contentsource", "bracketed", "bulleted", "posted_by", "date_source", "author",
           "signature", "letterhead", "signer_line", "undated_signature", "source_line", "bureau_of_we",
           "department_of_we", "acting", "reporters_source", "handling_subject", "house_counting",
           "paragraph_subject", "header_source", "title_opening", "text_opening", "sentence_subject",
           "host_body", "host_ministry", "host_congress", "rules", "sweep_title", "sweep_header", "sweep_opening",
           "sweep_later")
DOC_TYPES = ("reply", "summary", "notice", "other", None)
LEVELS = ("national", "province", "city", "county", "district", None)
KINDS = (("政府", r"政府$"), ("政府办", r"政府办公[室厅]$"), ("人大", r"人民代表大会|人大"), ("政协", r"政协|政治协商"),
         ("提案委", r"提案|委员会委员会$"), ("局", r"局$"), ("委员会", r"委员会$|委$"), ("办公室", r"办公[室厅]$|办$"),
         ("厅", r"厅$"), ("党派", r"民革|民盟|民建|民进|农工|致公|九三|台盟"), ("部", r"部$"))
BEFORE = ("来源", "发布机构", "我局", "与", "和", "联合", "由", "向", "经", "对", "、", "从", "：", ":")
AFTER = ("召开", "关于", "联合", "与", "和", "、", "组织", "举行", "办理", "收到", "答复", "承办", "党组", "主任",
         "主席", "局长", "领导", "视察", "调研", "：", "\n")

_PLACE_CHARS = "省市区县州旗盟"
_BODY_END = re.compile(r"人民政府办公[室厅]|政府办公[室厅]|人民政府|政府|人大常委会|人民代表大会常务委员会|常务委员会|"
                       r"委员会|政协|局|厅|办公室|委|残联|工商联|妇联|科协")
_CPPCC = re.compile(r"(?:中国人民政治协商会议|政协)[\u4e00-\u9fff]{2,16}?委员会(?:提案委员会|常务委员会)?")
_PARTY = re.compile(r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)[\u4e00-\u9fff]{1,10}?(?:委员会|委会|[省市区县]委)")
_SWEEP_REACH = 20


def dev_labels(corpus: Path) -> list[dict]:
    """The dev labels only: holdout files are skipped by their name, never opened."""
    return [json.loads(path.read_text(encoding="utf-8"))
            for path in sorted((corpus / "labels").glob("*.json")) if not path.name.startswith(HOLDOUT)]


def _safe(function, *args):
    """A helper's name, called with fewer trailing arguments where an older tree's takes fewer."""
    if function is None:
        return None
    for count in range(len(args), 0, -1):
        try:
            found = function(*args[:count])
        except TypeError:
            continue
        return found[0] if isinstance(found, tuple) else found
    return None


def _helper(name: str, *args):
    """A helper of normalize/document.py by name (None where the measured tree lacks it)."""
    return _safe(getattr(D, name, None), *args)


# today's bench/accuracy.py (body_form, page_path, labelled_at), loaded by its path: with BANLI_CODE the
# package `bench` on sys.path is the older tree's, whose labels and comparison may differ
_spec = importlib.util.spec_from_file_location("banli_accuracy_today", HERE / "bench" / "accuracy.py")
_accuracy = sys.modules[_spec.name] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_accuracy)
body_form, page_path, labelled_at = _accuracy.body_form, _accuracy.page_path, _accuracy.labelled_at


def _sources(url, fields, meta, layout, lines, title, text, document) -> list[tuple[str, str]]:
    """(source, raw name) for every source of a body name banli has."""
    body = layout.body
    tail = [lines[i] for i in body[-6:]]
    opening = [lines[i] for i in body[:4]]
    paragraphs = [lines[i] for i in body[:D._PARAGRAPHS]]
    header = layout.header_lines
    signature = layout.signature
    over_text = getattr(D, "_lines_over_the_text", lambda lines: lines[:1])(opening)
    found = [("meta_issuer", fields.get("issuing_body")), ("contentsource", meta.get("contentsource")),
             ("bracketed", _helper("_bracketed_issuer", [*header[-4:], *opening[:2]])),
             ("bulleted", _helper("_bulleted_issuer", header[-8:])), ("posted_by", fields.get("posted_by")),
             ("date_source", layout.date_source[1] if layout.date_source else None), ("author", fields.get("author")),
             ("signature", signature.body if signature else None),
             ("letterhead", _helper("_letterhead", header, title)), ("signer_line", _helper("_signer_line", tail)),
             ("undated_signature", _helper("_undated_signature", tail, title)),
             ("source_line", _helper("_source_line", tail)), ("bureau_of_we", _helper("_bureau_of_we", opening, paragraphs)),
             ("department_of_we", _helper("_department_of_we", opening)), ("acting", _helper("_acting_body", opening)),
             ("reporters_source", _helper("_reporters_source", opening)),
             ("handling_subject", _helper("_handling_subject", opening, True)),
             ("house_counting", _helper("_house_counting", opening[:2])),
             ("paragraph_subject", _helper("_paragraph_subject", paragraphs)),
             ("header_source", _helper("_header_source", [*header[-6:], *over_text], opening)),
             ("title_opening", _helper("_body_opening_title", title)), ("text_opening", _helper("_body_opening_text", opening)),
             ("sentence_subject", _safe(sentence_subject, title, "\n".join(opening))),
             ("host_body", (body_of_host(url) or (None,))[0]), ("host_ministry", ministry_of_host(url)),
             ("host_congress", congress_of_host(url)), ("rules", document["issuing_body"])]
    body_text = "\n".join(lines[i] for i in body)
    zones = (("sweep_title", title or ""), ("sweep_header", "\n".join(header[-8:])),
             ("sweep_opening", body_text[:600]), ("sweep_later", body_text[600:3000]))
    for zone, words in zones:
        found += [(zone, name) for name in sweep(words)]
    return [(source, name) for source, name in found if isinstance(name, str) and name]


def sweep(text: str) -> list[str]:
    """Body names in plain text: a body's ending preceded by a place name (the longest), a relative name
    (市民政局), a CPPCC written 政协X委员会, a democratic party's committee."""
    names = {match.group() for pattern in (_CPPCC, _PARTY) for match in pattern.finditer(text)}
    for match in _BODY_END.finditer(text):
        end = match.end()
        for start in range(max(0, end - _SWEEP_REACH), match.start()):
            piece = text[start:end]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", piece) or not is_body_name(piece):
                continue
            if D.gazetteer.leading_places(piece) or (piece[0] in _PLACE_CHARS and len(piece) > 2):
                names.add(piece)
                break
    return sorted(names)  # a set's order changes with the process's hash seed


def page_candidates(raw: bytes, url: str | None) -> tuple[dict, dict]:
    """The rules' document and {body_form: candidate features} of one page."""
    document = normalize_page(raw, url=url)
    text_raw = D._to_text(raw, None)
    reader, meta, html_title, _ = D._reader_text(text_raw, url)
    lines, original_lines, span, traditional = D._split_lines(reader)
    meta_title = nfkc(to_simplified(meta.get("articletitle", ""))) or None
    layout = analyse(lines, span, [meta_title, D._clean_html_title(html_title)])
    fields = parse_metadata_lines(layout.metadata_lines)
    title = without_site_name(without_banner(fields.get("title")) or layout.title or meta_title
                              or D._clean_html_title(html_title))
    body_text = "\n".join(lines[i] for i in layout.body)
    text = "\n".join([title or "", *layout.header_lines, body_text])
    tail, opening = [lines[i] for i in layout.body[-6:]], [lines[i] for i in layout.body[:4]]
    paragraphs = [lines[i] for i in layout.body[:D._PARAGRAPHS]]
    ranked = [name for name, _ in D._issuer_candidates(fields, meta, layout, False, tail, opening, True, paragraphs)]
    host = place_of_host(url)
    rules_place = place_hint(document["jurisdiction"])
    candidates: dict[str, dict] = {}
    for source, raw_name in _sources(url, fields, meta, layout, lines, title, text, document):
        name, place, level = _resolved(raw_name, text, host, rules_place, source == "rules")
        if not name:
            continue
        if traditional and source != "rules":
            name = D._as_printed(name, lines, original_lines)
        key = body_form(name)
        entry = candidates.setdefault(key, {"name": name, "sources": Counter(), "raws": set(), "place": place,
                                           "level": level, "rank": None})
        entry["sources"][source] += 1
        entry["raws"].add(raw_name)
        if raw_name in ranked:
            rank = ranked.index(raw_name)
            entry["rank"] = rank if entry["rank"] is None else min(rank, entry["rank"])
    page = {"doc_type": document["doc_type"], "rules": body_form(document["issuing_body"]), "title": title or "",
            "text": text, "host": host.name if host else None, "jurisdiction": document["jurisdiction"]}
    return page, candidates


def _resolved(raw: str, text: str, host, rules_place, rules: bool) -> tuple[str | None, str | None, str | None]:
    if rules:
        return raw, None, None
    if not is_body_name(raw):
        return None, None, None
    found = resolve_issuer(raw, text, host)
    if (not found.name or found.jurisdiction is None) and rules_place:
        again = resolve_issuer(raw, "", rules_place)
        found = again if again.name and again.jurisdiction else found
    if not found.name:
        return None, None, None
    settled = settled_body_name(found.name, found.jurisdiction).name
    return settled, found.jurisdiction, found.admin_level


def features(page: dict, entry: dict, total_candidates: int) -> list[float]:
    text, title = page["text"], page["title"]
    row = [float(entry["sources"].get(source, 0)) for source in SOURCES]
    rank = entry["rank"]
    row += [1.0 if rank == 0 else 0.0, 1.0 / (1 + rank) if rank is not None else 0.0, float(rank is None)]
    row += [float(body_form(entry["name"]) == page["rules"]), float(page["rules"] is None)]
    row += [float(len([s for s in entry["sources"] if not s.startswith("sweep")])), float(len(entry["sources"]))]
    mentions = [text.find(raw) for raw in entry["raws"] if raw in text]
    first = min(mentions) if mentions else -1
    count = sum(text.count(raw) for raw in entry["raws"])
    row += [math.log1p(count), math.log1p(text.count(entry["name"])), float(first >= 0),
            first / max(1, len(text)) if first >= 0 else 1.0, math.log1p(first) if first >= 0 else 10.0]
    row += [float(any(title.startswith(raw) for raw in entry["raws"])), float(any(raw in title for raw in entry["raws"]))]
    before = text[max(0, first - 6):first] if first >= 0 else ""
    raw_first = next((raw for raw in sorted(entry["raws"]) if text.find(raw) == first), "")
    after = text[first + len(raw_first):first + len(raw_first) + 6] if first >= 0 else ""
    row += [float(word in before) for word in BEFORE] + [float(word in after) for word in AFTER]
    row += [float(any(is_relative(raw) for raw in entry["raws"])), float(entry["name"] not in entry["raws"]),
            float(entry["place"] is not None)]
    row += [float(entry["level"] == level) for level in LEVELS]
    row += [float(bool(re.search(pattern, entry["name"]))) for _, pattern in KINDS]
    row += [float(page["doc_type"] == kind) for kind in DOC_TYPES]
    row += [float(entry["place"] is not None and entry["place"] == page["host"]),
            float(entry["place"] is not None and entry["place"] == page["jurisdiction"]),
            float(len(entry["name"])), float(total_candidates)]
    return row


def build(corpus: Path, labels: list[dict]) -> list[dict]:
    """Per page: id, label's body_form, candidate keys, feature matrix, the rules' answer."""
    pages = []
    for label in labels:
        path = page_path(corpus, label["id"])
        if path is None or "issuing_body" not in label["expected"]:
            continue
        page, candidates = page_candidates(path.read_bytes(), label.get("url"))
        keys = list(candidates)
        pages.append({"id": label["id"], "gold": body_form(label["expected"]["issuing_body"]), "keys": keys,
                      "X": [features(page, candidates[key], len(keys)) for key in keys], "rules": page["rules"]})
    return pages


MODEL = {"kind": "gbm"}


def _model():
    from sklearn.ensemble import HistGradientBoostingClassifier
    if MODEL["kind"] == "lr":
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler
        return make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
    return HistGradientBoostingClassifier(max_iter=150, learning_rate=0.08, max_leaf_nodes=15,
                                          min_samples_leaf=10, random_state=0)


def _fit(pages: list[dict]):
    rows = [(x, float(key == page["gold"])) for page in pages for key, x in zip(page["keys"], page["X"], strict=True)]
    if not rows:
        return None
    X = np.array([x for x, _ in rows])
    y = np.array([t for _, t in rows])
    return _model().fit(X, y)


def _best(model, page: dict) -> tuple[str | None, float]:
    if not page["keys"]:
        return None, 0.0
    scores = model.predict_proba(np.array(page["X"]))[:, 1]
    top = int(np.argmax(scores))
    return page["keys"][top], float(scores[top])


def _threshold(pages: list[dict], folds: int = 3) -> float:
    """The null threshold that maximises inner out-of-fold accuracy on the training pages."""
    scored = []
    for fold in range(folds):
        train = [page for index, page in enumerate(pages) if index % folds != fold]
        model = _fit(train)
        scored += [(page["gold"], *_best(model, page)) for index, page in enumerate(pages) if index % folds == fold]
    grid = np.linspace(0.0, 0.9, 46)
    return float(max(grid, key=lambda cut: sum((best if score >= cut else None) == gold for gold, best, score in scored)))


def predict(train: list[dict], test: list[dict]) -> list[str | None]:
    cut = _threshold(train)
    model = _fit(train)
    answers = []
    for page in test:
        best, score = _best(model, page)
        answers.append(best if score >= cut else None)
    return answers


def accuracy(pages: list[dict], answers: list) -> float:
    return sum(answer == page["gold"] for page, answer in zip(pages, answers, strict=True)) / max(1, len(pages))


def recall(pages: list[dict]) -> tuple[float, float]:
    """Share of pages whose label is among the candidates (null always is); and among labels naming a body."""
    named = [page for page in pages if page["gold"] is not None]
    hit = sum(page["gold"] in page["keys"] for page in named)
    return (hit + len(pages) - len(named)) / max(1, len(pages)), hit / max(1, len(named))


def breakdown(pages: list[dict], answers: list) -> str:
    """Wrong answers by cause: the label's body not among the candidates (recall), among them but another
    chosen (ranking), null chosen over a body that was there, a body chosen where the label is null."""
    causes = Counter()
    for page, answer in zip(pages, answers, strict=True):
        if answer == page["gold"]:
            continue
        if page["gold"] is None:
            causes["body for null"] += 1
        elif page["gold"] not in page["keys"]:
            causes["label not a candidate"] += 1
        elif answer is None:
            causes["null for a candidate"] += 1
        else:
            causes["another candidate"] += 1
    return ", ".join(f"{cause} {count}" for cause, count in sorted(causes.items()))


def disagreement(pages: list[dict], answers: list) -> str:
    """Pages where the ranker and the rules answer differently, and who is right there."""
    differ = [(page, answer) for page, answer in zip(pages, answers, strict=True) if answer != page["rules"]]
    ranker = sum(answer == page["gold"] for page, answer in differ)
    rules = sum(page["rules"] == page["gold"] for page, _ in differ)
    return f"differs from the rules on {len(differ)} pages (ranker right {ranker}, rules right {rules})"


def crossval(pages: list[dict], folds: int) -> list:
    answers: list = [None] * len(pages)
    for fold in range(folds):
        train = [page for index, page in enumerate(pages) if index % folds != fold]
        test_index = [index for index in range(len(pages)) if index % folds == fold]
        for index, answer in zip(test_index, predict(train, [pages[i] for i in test_index]), strict=True):
            answers[index] = answer
    return answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--since", default="316c543")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the candidate build, reused if present")
    parser.add_argument("--no-rules", action="store_true", help="hide the rules' final answer from the ranker")
    parser.add_argument("--plain", action="store_true",
                        help="hide the rules' answer and the rank in _issuer_candidates (their hand-made order) too")
    parser.add_argument("--model", choices=("gbm", "lr"), default="gbm", help="gradient boosting or logistic regression")
    parser.add_argument("--errors", action="store_true", help="list the new pages' ranker answers")
    args = parser.parse_args()
    import pickle
    MODEL["kind"] = args.model
    if args.cache and args.cache.exists():
        pages = pickle.loads(args.cache.read_bytes())
    else:
        pages = build(CORPUS, dev_labels(CORPUS))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(pages))
    hidden = []
    if args.no_rules or args.plain:
        hidden += [SOURCES.index("rules"), len(SOURCES) + 3, len(SOURCES) + 4]
    if args.plain:
        hidden += [len(SOURCES), len(SOURCES) + 1, len(SOURCES) + 2]
    if hidden:
        for page in pages:
            for row in page["X"]:
                for column in hidden:
                    row[column] = 0.0
    old_ids = labelled_at(args.since, CORPUS)
    old = [page for page in pages if page["id"] in old_ids]
    new = [page for page in pages if page["id"] not in old_ids]
    print(f"dev pages: {len(pages)} ({len(old)} labelled at {args.since}, {len(new)} after)")
    print(f"mean candidates per page: {np.mean([len(page['keys']) for page in pages]):.1f}")
    for name, group in (("old", old), ("new", new)):
        any_recall, named_recall = recall(group)
        rules = accuracy(group, [page["rules"] for page in group])
        print(f"{name}: candidate recall {any_recall:.3f} (labels naming a body: {named_recall:.3f}); "
              f"rules of this tree {rules:.3f}")
    oof = crossval(old, args.folds)
    print(f"(a) {args.folds}-fold out-of-fold ranker on old dev: {accuracy(old, oof):.3f}")
    print(f"    wrong: {breakdown(old, oof)}; rules wrong: {breakdown(old, [page['rules'] for page in old])}")
    print(f"    {disagreement(old, oof)}")
    fresh = predict(old, new)
    print(f"(b) ranker trained on old dev, on new dev: {accuracy(new, fresh):.3f}")
    print(f"    wrong: {breakdown(new, fresh)}; rules wrong: {breakdown(new, [page['rules'] for page in new])}")
    print(f"    {disagreement(new, fresh)}")
    if args.errors:
        for page, answer in zip(new, fresh, strict=True):
            mark = "ok " if answer == page["gold"] else "BAD"
            print(mark, page["id"], "label:", page["gold"], "| ranker:", answer, "| rules:", page["rules"])


if __name__ == "__main__":
    main()
