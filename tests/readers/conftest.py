"""One real summary (seed 000, 武汉市民政局) rendered the ways bureaus publish it, made once per run
(Chromium print-to-PDF, LibreOffice, python-docx, a scan of the printed PDF); nothing is committed."""

from __future__ import annotations

import os

import pytest

from normalize import normalize_page
from replica.seeds import load_seed

SEED = "000_86ed3f2f62b82968"


@pytest.fixture(scope="session")
def made_dir(tmp_path_factory):
    """Generated attachments are cached under this session's own data dir."""
    directory = tmp_path_factory.mktemp("attachments-data")
    old = os.environ.get("BANLI_DATA")
    os.environ["BANLI_DATA"] = str(directory)
    yield directory
    if old is None:
        os.environ.pop("BANLI_DATA", None)
    else:
        os.environ["BANLI_DATA"] = old


@pytest.fixture(scope="session")
def summary():
    seed = load_seed(SEED)
    return seed.facts.title, list(seed.paragraphs)


@pytest.fixture(scope="session")
def text_document(summary):
    title, paragraphs = summary
    return normalize_page("\n".join([title, *paragraphs]))


@pytest.fixture(scope="session")
def renderings(made_dir, summary):
    from replica import attachments

    title, paragraphs = summary
    printed = attachments.browser_pdf(title, paragraphs)
    legacy = attachments.doc_file(title, paragraphs)
    return {
        "summary.wps": legacy,  # Kingsoft WPS Writer files are Word binaries under another name
        "browser.pdf": printed,
        "office.pdf": attachments.office_pdf(title, paragraphs),
        "summary.docx": attachments.docx_file(title, paragraphs),
        "summary.doc": legacy,
        "scan.pdf": attachments.scanned_pdf(printed),
    }
