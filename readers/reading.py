"""What a reader hands on: the text of each page (or sheet), tables, and how sure it is."""

from __future__ import annotations

from dataclasses import dataclass, field

# Spreadsheets, documents and PDFs are read this far; what is cut is named in a warning.
MAX_BYTES = 60 * 1024 * 1024
MAX_PAGES = 300
MAX_OCR_PAGES = 40
MAX_SHEET_ROWS = 20_000
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024
MAX_ZIP_RATIO = 200
OCR_DIGIT_CONFIDENCE = 0.95  # an OCR line with digits below this is read a second time
OCR_SECOND_READ_CONFIDENCE = 0.90  # ... and trusted only when both reads agree on every digit


@dataclass
class Line:
    """One line as laid out: text and box (points or pixels, top-down), OCR confidence if read by OCR."""

    text: str
    left: float = 0.0
    right: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    confidence: float | None = None
    digits_confirmed: bool = False  # a second OCR read of the line found the same digits


@dataclass
class Reading:
    kind: str
    pages: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ocr_confidence: float | None = None
    uncertain_lines: list[str] = field(default_factory=list)  # OCR lines whose digits are not trusted
    html: str | None = None  # a "document" that is really an HTML page

    def as_dict(self) -> dict:
        return {"kind": self.kind, "pages": self.pages, "tables": self.tables, "flags": self.flags,
                "warnings": self.warnings, "ocr_confidence": self.ocr_confidence,
                "uncertain_lines": self.uncertain_lines, "html": self.html}


class ReaderError(Exception):
    """A file no reader can open (corrupt, encrypted, over a limit); the message is the warning."""
