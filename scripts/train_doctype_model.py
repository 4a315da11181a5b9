"""Train the document-kind model of normalize/doctype_model.py on the dev split's labels.

    python scripts/train_doctype_model.py [--corpus tests/real] [--output normalize/data/doctype_model.json]

Needs scikit-learn (in the `train` and `test` extras). Only labels with "split": "dev" are read:
holdout pages never reach the model. The page text is what normalize_page makes of the page (the
model reads what it will read in production). Deterministic: the same labels give the same file.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bench.accuracy import CORPUS, load_labels, page_path  # noqa: E402
from normalize.doctype_model import MODEL_PATH, model_text  # noqa: E402
from normalize.document import normalize_page  # noqa: E402
from normalize.text import nfkc, to_simplified  # noqa: E402

NGRAM_RANGE = (2, 4)
OPENING_CHARS = 450  # 10-fold cross-validation on dev: 300 → 0.874, 450 → 0.892, 600 → 0.888
MAX_FEATURES = 5000
REGULARISATION = 10.0  # LogisticRegression's C
THRESHOLD = 0.5  # chosen by cross-validation on the dev pages labelled after the rules (see the module)
SCALE = 10000  # weights are stored as integers of 1/SCALE


def dev_examples(corpus: Path) -> tuple[list[str], list[str], list[str]]:
    ids, texts, classes = [], [], []
    for label in load_labels(corpus):
        if label.get("split") != "dev":
            continue
        document = normalize_page(page_path(corpus, label["id"]).read_bytes(), url=label.get("url"))
        title = nfkc(to_simplified(document["title"])) if document["title"] else None
        ids.append(label["id"])
        texts.append(model_text(title, document["text"] or "", OPENING_CHARS))
        classes.append(f"{label['expected']['doc_type']}/{label['expected']['doc_subtype']}")
    return ids, texts, classes


def train(corpus: Path) -> dict:
    ids, texts, classes = dev_examples(corpus)
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=NGRAM_RANGE, sublinear_tf=True, min_df=2,
                                 max_features=MAX_FEATURES)
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=REGULARISATION, max_iter=5000).fit(matrix, classes)
    return model_data(vectorizer, model, ids)


def model_data(vectorizer: TfidfVectorizer, model: LogisticRegression, ids: list[str]) -> dict:
    """The fitted vectorizer and model as the plain data normalize/doctype_model.py reads."""
    weights = {gram: [round(vectorizer.idf_[column] * SCALE),
                      *(round(model.coef_[row][column] * SCALE) for row in range(len(model.classes_)))]
               for gram, column in sorted(vectorizer.vocabulary_.items())}
    return {"classes": [str(name) for name in model.classes_],
            "intercepts": [float(value) for value in model.intercept_],
            "ngram_range": list(vectorizer.ngram_range), "opening_chars": OPENING_CHARS, "threshold": THRESHOLD,
            "scale": SCALE, "trained_on": sorted(ids), "weights": weights}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    arguments = parser.parse_args()
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(json.dumps(train(arguments.corpus), ensure_ascii=False, separators=(",", ":")),
                                encoding="utf-8")
    print(f"wrote {arguments.output}")


if __name__ == "__main__":
    main()
