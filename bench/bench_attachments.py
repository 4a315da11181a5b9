"""Attachments: text-PDF pages/s beside bare text extraction of the same files, OCR pages/s on one
core, and how close each rendering of the five real seed summaries comes to their text versions.

    python bench/bench_attachments.py [--rounds N] [--no-ocr] [--seeds 000,003]

Each seed summary (title + body) is rendered as the replica renders attachments: Chromium
print-to-PDF, LibreOffice PDF export, DOCX, and a scan of the printed PDF (made once, cached under
``<data dir>/replica-attachments``). Baselines, same files, same run: pypdfium2's bare
``get_text_range`` per page (the library without our layout work) and, when installed, pdfminer.six
``extract_text`` (the pure-Python alternative). OCR runs on one thread (RapidOCR, ONNX Runtime).
Agreement: difflib ratio of the normalized text against the text version's; figures: `same` as
the text version's, `N dropped` (kept out as low-confidence OCR, none wrong) or `N WRONG`.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's packages, not installed ones

from normalize import normalize_page  # noqa: E402
from normalize.attachment import normalize_attachment  # noqa: E402
from readers import read_attachment  # noqa: E402
from replica import attachments  # noqa: E402
from replica.seeds import SEED_FACTS, load_seed  # noqa: E402


def renderings(seed_id: str) -> dict[str, bytes]:
    seed = load_seed(seed_id)
    title, paragraphs = seed.facts.title, list(seed.paragraphs)
    printed = attachments.browser_pdf(title, paragraphs)
    return {"browser.pdf": printed, "office.pdf": attachments.office_pdf(title, paragraphs),
            "summary.docx": attachments.docx_file(title, paragraphs), "scan.pdf": attachments.scanned_pdf(printed)}


def text_document(seed_id: str) -> dict:
    seed = load_seed(seed_id)
    return normalize_page("\n".join([seed.facts.title, *seed.paragraphs]))


def page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def bare_pdfium(data: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def bare_pdfminer(data: bytes) -> str:
    import io
    import logging

    from pdfminer.high_level import extract_text

    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    return extract_text(io.BytesIO(data))


def pages_per_second(function, files: list[bytes], pages: int, rounds: int) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for data in files:
            function(data)
    return pages * rounds / (time.perf_counter() - started)


def text_pdf_speed(made: dict[str, dict[str, bytes]], rounds: int) -> None:
    files = [files[name] for files in made.values() for name in ("browser.pdf", "office.pdf")]
    pages = sum(map(page_count, files))
    ours = pages_per_second(lambda data: read_attachment(data, name="a.pdf"), files, pages, rounds)
    bare = pages_per_second(bare_pdfium, files, pages, rounds)
    print(f"text PDF: {len(files)} files, {pages} pages x {rounds} rounds")
    print(f"  banli readers        {ours:8.1f} pages/s")
    print(f"  bare pypdfium2 text  {bare:8.1f} pages/s   (ratio {ours / bare:.2f})")
    try:
        miner = pages_per_second(bare_pdfminer, files, pages, 1)
        print(f"  pdfminer.six text    {miner:8.1f} pages/s   (banli is {ours / miner:.1f}x faster)")
    except ImportError:
        print("  pdfminer.six not installed: no second baseline")


def ocr_speed(made: dict[str, dict[str, bytes]]) -> None:
    from readers.ocr import engine

    engine()  # model load is not a page
    files = [files["scan.pdf"] for files in made.values()]
    pages = sum(map(page_count, files))
    started = time.perf_counter()
    confidences = [read_attachment(data, name="scan.pdf").ocr_confidence for data in files]
    seconds = time.perf_counter() - started
    print(f"OCR (one thread): {pages} scanned pages in {seconds:.1f} s = {pages / seconds:.2f} pages/s, "
          f"{seconds / pages:.1f} s/page; mean confidence {sum(confidences) / len(confidences):.3f}")


def _figures(document: dict) -> dict[str, object]:
    flat = {f"{group}.{key}": value for group in ("counts", "rates", "outcomes")
            for key, value in (document[group] or {}).items()}
    flat.update({f"counts_by_level.{level}.{kind}": value for level, kinds in (document["counts_by_level"] or {}).items()
                 for kind, value in kinds.items()})
    flat["handling_year"] = document["handling_year"]
    return flat


def figure_verdict(document: dict, reference: dict) -> str:
    """`same`, `N dropped` (null with a low_ocr_confidence warning, none wrong) or `N WRONG`."""
    got, expected = _figures(document), _figures(reference)
    wrong = [key for key, value in got.items() if value is not None and value != expected.get(key)]
    dropped = [key for key, value in expected.items() if value is not None and got.get(key) is None]
    if wrong:
        return f"{len(wrong)} WRONG"
    return f"{len(dropped)} dropped" if dropped else "same"


def agreement(made: dict[str, dict[str, bytes]], with_ocr: bool) -> None:
    print("agreement with the text version (text ratio, figures equal):")
    for seed_id, files in made.items():
        reference = text_document(seed_id)
        cells = []
        for name, data in files.items():
            if name == "scan.pdf" and not with_ocr:
                continue
            document = normalize_attachment(read_attachment(data, name=name).as_dict(), name=name)
            ratio = difflib.SequenceMatcher(None, document["text"] or "", reference["text"] or "", autojunk=False).ratio()
            cells.append(f"{name} {ratio:6.1%} {figure_verdict(document, reference)}")
        print(f"  {seed_id[:3]}  " + " | ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--seeds", default=",".join(seed_id[:3] for seed_id in SEED_FACTS))
    args = parser.parse_args()
    wanted = args.seeds.split(",")
    made = {seed_id: renderings(seed_id) for seed_id in SEED_FACTS if seed_id[:3] in wanted}
    text_pdf_speed(made, args.rounds)
    if not args.no_ocr:
        ocr_speed(made)
    agreement(made, not args.no_ocr)


if __name__ == "__main__":
    main()
