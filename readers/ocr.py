"""OCR with RapidOCR (PP-OCRv4 Chinese models shipped inside the rapidocr-onnxruntime wheel; nothing
is downloaded). One engine per process, one thread, so a page costs one core.

Digits are checked hard: a line holding digits is trusted for figures when the recognizer's
confidence for it reaches OCR_DIGIT_CONFIDENCE, or when a second read of the line's crop at 1.5×
scale gives the very same digits with at least OCR_SECOND_READ_CONFIDENCE; never when a letter
that looks like a digit (O l I S B Z) touches a number.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache

import numpy as np

from readers.layout import fold, page_text
from readers.reading import OCR_DIGIT_CONFIDENCE, OCR_SECOND_READ_CONFIDENCE, Line, ReaderError, Reading

_LOOKALIKE_IN_NUMBER = re.compile(r"\d[OoIlSBZ]|[OoIlSBZ]\d")
_DIGIT = re.compile(r"\d")
_DIGIT_RUNS = re.compile(r"\d+")
SECOND_READ_SCALE = 1.5


@lru_cache(maxsize=1)
def engine():
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as error:
        raise ReaderError(f"ocr_unavailable:{error}") from None
    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)


def image_lines(image) -> list[Line]:
    """Text lines of a PIL image, top to bottom, left to right, each with box and confidence."""
    result, _ = engine()(np.asarray(image.convert("RGB")))
    lines = []
    for box, text, confidence in result or []:
        xs, ys = [point[0] for point in box], [point[1] for point in box]
        line = Line(text, min(xs), max(xs), min(ys), max(ys), float(confidence))
        line.digits_confirmed = _DIGIT.search(text) is not None and _second_read_agrees(image, line)
        lines.append(line)
    return _reading_order(lines)


def _second_read_agrees(image, line: Line) -> bool:
    """For a doubtful line with digits: read its crop again, larger; the same digits at good confidence."""
    if (line.confidence or 0.0) >= OCR_DIGIT_CONFIDENCE or _LOOKALIKE_IN_NUMBER.search(line.text):
        return False
    pad = (line.bottom - line.top) * 0.25
    crop = image.crop((max(0, int(line.left - pad)), max(0, int(line.top - pad)),
                       min(image.width, int(line.right + pad)), min(image.height, int(line.bottom + pad))))
    crop = crop.resize((max(1, int(crop.width * SECOND_READ_SCALE)), max(1, int(crop.height * SECOND_READ_SCALE))))
    result, _ = engine()(np.asarray(crop.convert("RGB")), use_det=False, use_cls=False)
    if not result:
        return False
    text, confidence = result[0][0], float(result[0][1])
    return confidence >= OCR_SECOND_READ_CONFIDENCE and _DIGIT_RUNS.findall(text) == _DIGIT_RUNS.findall(line.text)


def _reading_order(lines: list[Line]) -> list[Line]:
    """Rows by vertical centre (boxes on one row overlap), then left to right; one Line per row."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda item: (item.top + item.bottom) / 2):
        centre = (line.top + line.bottom) / 2
        if rows and rows[-1][-1].top <= centre <= rows[-1][-1].bottom:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [_merge(sorted(row, key=lambda item: item.left)) for row in rows]


def _merge(row: list[Line]) -> Line:
    if len(row) == 1:
        return row[0]
    merged = Line(" ".join(line.text for line in row), row[0].left, max(line.right for line in row),
                  min(line.top for line in row), max(line.bottom for line in row),
                  min(line.confidence for line in row))
    merged.digits_confirmed = not any(is_uncertain(line) for line in row)
    return merged


def is_uncertain(line: Line) -> bool:
    if not _DIGIT.search(line.text) or _LOOKALIKE_IN_NUMBER.search(line.text):
        return bool(_DIGIT.search(line.text))
    return (line.confidence or 0.0) < OCR_DIGIT_CONFIDENCE and not line.digits_confirmed


def mark(reading: Reading, pages: list[list[Line]]) -> None:
    """Flag the reading as OCR'd, with its character-weighted confidence and the untrusted lines."""
    lines = [line for page in pages for line in page]
    if "ocr" not in reading.flags:
        reading.flags.append("ocr")
    characters = sum(len(line.text) for line in lines)
    if characters:
        reading.ocr_confidence = round(sum(len(line.text) * line.confidence for line in lines) / characters, 4)
    reading.uncertain_lines.extend(fold(line.text) for line in lines if is_uncertain(line))


def read_image(data: bytes) -> Reading:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ReaderError(f"attachment_corrupt:image:{error}") from None
    reading = Reading("image")
    lines = image_lines(image)
    mark(reading, [lines])
    reading.pages = [page_text(lines)]
    return reading
