"""Realistic attachments, made the way bureaus make them, at build or serve time (never committed):

- a PDF printed from headless Chromium with running head, page footer and embedded CJK fonts;
- a PDF exported by LibreOffice from a Word file (office suites map some glyphs to Kangxi radicals);
- a DOCX written with python-docx (title, indented paragraphs, page-number footer), and the DOC
  LibreOffice saves from it;
- a scanned letter: the printed PDF rendered to grey pixels, tilted, speckled, JPEG-compressed and
  wrapped as an image-only PDF;
- an XLSX item list (建议提案办理情况一览表).

Slow products (browser, LibreOffice) are cached under ``<data dir>/replica-attachments`` by the
sha256 of what went into them, so a replica serves the same bytes every time.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import random
import re
import threading
import zipfile
from pathlib import Path

from banli import paths

BROWSER_TIMEOUT_MS = 60_000
_MAKING = threading.Lock()  # the replica serves from threads: one maker at a time


def cache_dir() -> Path:
    """``$BANLI_REPLICA_CACHE``, else ``<data dir>/replica-attachments`` (contents depend only on inputs)."""
    override = os.environ.get("BANLI_REPLICA_CACHE")
    return Path(override) if override else paths.data_dir() / "replica-attachments"


def make_all(catalogs) -> None:
    """Make every catalog's attachment now (the replica does this before it says it is ready, so no
    request waits for Chromium or LibreOffice); a maker that fails is retried by the request."""
    for catalog in catalogs:
        document = catalog.pdf_document
        if document is not None and document.attachment is not None:
            try:
                document.attachment.content()
            except Exception:  # noqa: BLE001 — the request for it makes it again and fails visibly
                continue


def _cached(kind: str, inputs, make) -> bytes:
    key = hashlib.sha256(json.dumps([kind, inputs], ensure_ascii=False).encode()).hexdigest()[:32]
    path = cache_dir() / f"{kind}-{key}"
    with _MAKING:
        if path.exists():
            return path.read_bytes()
        data = make()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        return data


FIXED_TIME = (2024, 1, 28, 9, 0, 0)
_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _fixed_zip(data: bytes) -> bytes:
    """The same office file every time: zip entry times and document dates pinned."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _CORE_DATES.sub(rb"\g<1>2024-01-28T09:00:00Z\g<2>", body)
            target.writestr(zipfile.ZipInfo(info.filename, FIXED_TIME), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _html(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title><style>"
            "body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:15pt;line-height:1.6}"
            "h1{font-size:20pt;text-align:center} p{text-indent:2em;margin:0}</style></head>"
            f"<body><h1>{html.escape(title)}</h1>{body}</body></html>")


def browser_pdf(title: str, paragraphs: list[str]) -> bytes:
    """Print to PDF in headless Chromium, with the title as running head and `n/N` as footer."""
    def make() -> bytes:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", timeout=BROWSER_TIMEOUT_MS,
                                                 args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
            try:
                page = browser.new_page()
                page.set_default_timeout(BROWSER_TIMEOUT_MS)
                page.set_content(_html(title, paragraphs))
                return page.pdf(format="A4", display_header_footer=True,
                                margin={"top": "2.2cm", "bottom": "2.2cm", "left": "2.4cm", "right": "2.4cm"},
                                header_template="<div style='font-size:8px;width:100%;text-align:center'>"
                                                "<span class='title'></span></div>",
                                footer_template="<div style='font-size:8px;width:100%;text-align:center'>"
                                                "<span class='pageNumber'></span>/<span class='totalPages'></span></div>")
            finally:
                browser.close()
    return _cached("browser.pdf", [title, paragraphs], make)


def docx_file(title: str, paragraphs: list[str]) -> bytes:
    """A Word file as an office writes it: centred title, first-line indents, page number in the footer."""
    return _fixed_zip(_make_docx(title, paragraphs))


def _make_docx(title: str, paragraphs: list[str]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    heading = document.add_paragraph(title)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in paragraphs:
        paragraph = document.add_paragraph(text)
        paragraph.paragraph_format.first_line_indent = Pt(24)
    footer = document.sections[0].footer.paragraphs[0]
    run = footer.add_run()
    for tag, text in (("w:fldChar", "begin"), ("w:instrText", "PAGE"), ("w:fldChar", "end")):
        element = OxmlElement(tag)
        if tag == "w:fldChar":
            element.set(qn("w:fldCharType"), text)
        else:
            element.text = text
        run._r.append(element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def office_convert(data: bytes, suffix: str, target: str) -> bytes:
    from readers.office import convert

    return _cached(f"office.{target}", [hashlib.sha256(data).hexdigest(), suffix], lambda: convert(data, suffix, target))


def office_pdf(title: str, paragraphs: list[str]) -> bytes:
    return office_convert(docx_file(title, paragraphs), "docx", "pdf")


def doc_file(title: str, paragraphs: list[str]) -> bytes:
    return office_convert(docx_file(title, paragraphs), "docx", "doc")


def scanned_pdf(pdf: bytes, seed: int = 0, dpi: int = 150) -> bytes:
    """Each page printed, then scanned: grey, tilted a little, speckled, JPEG, one image per page."""
    def make() -> bytes:
        import pypdfium2 as pdfium
        from PIL import Image, ImageFilter

        rng = random.Random(seed)
        document = pdfium.PdfDocument(pdf)
        images = []
        for page in document:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            image = image.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
            image = image.filter(ImageFilter.GaussianBlur(0.5))
            pixels = image.load()
            for _ in range(image.width * image.height // 400):
                pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.randrange(90, 200)
            scanned = io.BytesIO()
            image.save(scanned, "JPEG", quality=70)
            images.append(Image.open(io.BytesIO(scanned.getvalue())))
        document.close()
        out = io.BytesIO()
        images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
        return out.getvalue()
    return _cached("scan.pdf", [hashlib.sha256(pdf).hexdigest(), seed, dpi], make)


ITEM_HEADER = ("序号", "案号", "案由", "领衔人", "主办单位", "办理结果")


def items_xlsx(title: str, items: list[dict]) -> bytes:
    """An item list: a title row, the header, one row per item (number, title, proposer, lead body, outcome)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "一览表"
    sheet.append([title])
    sheet.append(list(ITEM_HEADER))
    for position, item in enumerate(items, start=1):
        sheet.append([position, item["number"], item["title"], "、".join(item["proposers"]), item["lead_body"],
                      item["outcome"]])
    out = io.BytesIO()
    workbook.save(out)
    return _fixed_zip(out.getvalue())
