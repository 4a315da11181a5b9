"""Every normalized document of a fixed set of pages, one JSON line each, to check that a pure
performance change leaves the output byte-identical.

    python bench/dump_normalize.py OUT [--corpus DIR]
    (make the change)
    python bench/dump_normalize.py OUT2 [--corpus DIR] && cmp OUT OUT2

The pages: every labelled real page (as bench_accuracy.py reads it, with and without its URL) and
every file in the corpus' pages/, the seeds and golden files, the fixtures (with no source, the
Jiading source and a repost source), bench_normalize.py's built pages and the replica's detail
pages. An exception is dumped as the document's value, so a change in what fails shows too.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import CORPUS, load_labels, page_path  # noqa: E402
from bench.bench_normalize import built_pages, replica_pages  # noqa: E402
from normalize import normalize_page  # noqa: E402
from tests.normalize.conftest import FIXTURES, GOLDEN, JIADING_SOURCE, REPOST_SOURCE, SEEDS  # noqa: E402


def _cases(corpus: Path):
    """(name, content, keyword arguments of normalize_page) for every page dumped."""
    for label in load_labels(corpus):
        path = page_path(corpus, label["id"])
        if path:
            yield f"real:{label['id']}", path.read_bytes(), {"url": label.get("url")}
            yield f"real-no-url:{label['id']}", path.read_bytes(), {}
    for path in sorted((corpus / "pages").iterdir()):
        yield f"file:{path.name}", path.read_bytes(), {}
    for path in sorted(SEEDS.glob("*.txt")):
        yield f"seed:{path.name}", path.read_bytes(), {}
        yield f"seed-text:{path.name}", path.read_text(encoding="utf-8"), {}
    for path in sorted(GOLDEN.glob("*.json")):
        yield f"golden:{path.name}", (SEEDS / json.loads(path.read_text(encoding="utf-8"))["seed"]).read_bytes(), {}
    for path in sorted(FIXTURES.glob("*.html")):
        yield f"fixture:{path.name}", path.read_bytes(), {"url": "http://www.example.gov.cn/a/b.html"}
        yield f"fixture-jiading:{path.name}", path.read_bytes(), {"source": JIADING_SOURCE}
        yield f"fixture-repost:{path.name}", path.read_bytes(), {"source": REPOST_SOURCE}
    for index, page in enumerate(built_pages()):
        yield f"built:{index}", page, {}
    for index, page in enumerate(replica_pages(40)):
        yield f"replica:{index}", page, {}


def _document(content, arguments: dict) -> dict:
    try:
        return normalize_page(content, **arguments)
    except Exception as error:  # a change in what fails is a change in output too
        return {"error": f"{type(error).__name__}: {error}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="file to write the JSON lines to")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder with pages/ and labels/")
    arguments = parser.parse_args()
    count = 0
    with arguments.out.open("w", encoding="utf-8") as out:
        for name, content, keywords in _cases(arguments.corpus):
            document = _document(content, keywords)
            out.write(json.dumps({"case": name, "document": document}, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"{count} documents written to {arguments.out}")


if __name__ == "__main__":
    main()
