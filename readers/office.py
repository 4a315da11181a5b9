"""Legacy Word and WPS files (and RTF): LibreOffice headless converts them to DOCX, then the DOCX reader
reads them. Each run has its own throw-away profile directory (parallel runs never share a lock)
and a timeout; LibreOffice missing or failing is a warning, never a crash."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from readers.reading import ReaderError, Reading

TIMEOUT_SECONDS = 90


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, suffix: str, target: str = "docx", timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The file converted by LibreOffice to `target` (docx, pdf, doc …); ReaderError on any failure."""
    program = soffice()
    if program is None:
        raise ReaderError("reader_unavailable:libreoffice")
    with tempfile.TemporaryDirectory(prefix="banli-office-") as work:
        source = Path(work) / f"input.{suffix}"
        source.write_bytes(data)
        command = [program, f"-env:UserInstallation={Path(work, 'profile').as_uri()}", "--headless",
                   "--norestore", "--nolockcheck", "--convert-to", target, "--outdir", str(Path(work, "out")),
                   str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise ReaderError(f"attachment_timeout:libreoffice:{timeout:g}s") from None
        produced = Path(work, "out", f"input.{target.split(':')[0]}")
        if not produced.exists():
            raise ReaderError(f"attachment_corrupt:{suffix}:libreoffice could not convert it")
        return produced.read_bytes()


def read_legacy(data: bytes, kind: str) -> Reading:
    from readers.docx import read_docx

    reading = read_docx(convert(data, "rtf" if kind == "rtf" else "doc"))
    reading.kind = kind
    return reading
