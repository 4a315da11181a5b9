"""bench/first_sight.py: each page goes to the code that existed just before its label, and that code
runs instead of today's."""

import json
import subprocess
from pathlib import Path

from bench.first_sight import batches_by_code, first_seen_by, labelled_after, normalize_with

_CODE = '''def normalize_page(content, url=None):
    return {{"text": content.decode(), "title": "{version}", "url": url}}
'''


def _commit(repository: Path, message: str) -> str:
    subprocess.run(["git", "-C", str(repository), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(repository), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q",
                    "-m", message], check=True)
    return subprocess.run(["git", "-C", str(repository), "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()


def _code(repository: Path, version: str) -> None:
    (repository / "normalize").mkdir(exist_ok=True)
    (repository / "normalize" / "__init__.py").write_text(_CODE.format(version=version), encoding="utf-8")


def _label(corpus: Path, page_id: str) -> None:
    (corpus / "labels" / f"{page_id}.json").write_text(
        json.dumps({"id": page_id, "split": "dev", "url": f"http://example.gov.cn/{page_id}.html", "expected": {}}),
        encoding="utf-8")
    (corpus / "pages" / f"{page_id}.txt").write_text(f"page {page_id}", encoding="utf-8")


def _history(tmp_path: Path) -> tuple[Path, list[str]]:
    """Code v1; label a; code v2; labels b and c; label a edited (its first addition still counts)."""
    corpus = tmp_path / "tests" / "real"
    (corpus / "labels").mkdir(parents=True)
    (corpus / "pages").mkdir()
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    _code(tmp_path, "v1")
    first = _commit(tmp_path, "code v1")
    _label(corpus, "aaaaaaaaaaaa")
    labelled_a = _commit(tmp_path, "label a")
    _code(tmp_path, "v2")
    second = _commit(tmp_path, "code v2")
    _label(corpus, "bbbbbbbbbbbb")
    _label(corpus, "cccccccccccc")
    _commit(tmp_path, "labels b, c")
    (corpus / "labels" / "aaaaaaaaaaaa.json").write_text(
        json.dumps({"id": "aaaaaaaaaaaa", "split": "dev", "url": "http://example.gov.cn/a2.html", "expected": {}}),
        encoding="utf-8")
    _commit(tmp_path, "relabel a")
    return corpus, [first, labelled_a, second]


def test_each_page_is_seen_first_by_the_code_before_its_label(tmp_path):
    corpus, (first, _, second) = _history(tmp_path)
    assert first_seen_by(corpus) == {"aaaaaaaaaaaa": first, "bbbbbbbbbbbb": second, "cccccccccccc": second}


def test_pages_are_grouped_by_their_normalize_tree_oldest_first(tmp_path):
    corpus, (first, _, second) = _history(tmp_path)
    pages = {"aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc"}
    assert batches_by_code(corpus, pages) == [(first, ["aaaaaaaaaaaa"]), (second, ["bbbbbbbbbbbb", "cccccccccccc"])]
    assert batches_by_code(corpus, {"bbbbbbbbbbbb"}) == [(second, ["bbbbbbbbbbbb"])]


def test_the_old_code_runs_not_todays(tmp_path):
    corpus, (first, _, _) = _history(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    normalize_with(first, corpus, ["aaaaaaaaaaaa", "bbbbbbbbbbbb"], out)
    documents = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in out.glob("*.json")}
    assert {page_id: document["title"] for page_id, document in documents.items()} == {
        "aaaaaaaaaaaa": "v1", "bbbbbbbbbbbb": "v1"}
    assert documents["aaaaaaaaaaaa"]["text"] == "page aaaaaaaaaaaa"
    assert documents["aaaaaaaaaaaa"]["url"] == "http://example.gov.cn/a2.html"


def test_the_pages_labelled_after_a_revision_are_those_its_tree_had_no_label_for(tmp_path):
    corpus, (first, _, second) = _history(tmp_path)
    assert labelled_after(first, corpus) == ["aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc"]
    assert labelled_after(second, corpus) == ["bbbbbbbbbbbb", "cccccccccccc"]
