"""`banli extract`: normalize pages on disk and print the documents as JSON."""

import json
import sys
from pathlib import Path

import click

MAX_INPUT_BYTES = 8 * 1024 * 1024  # pages are < 1 MB; a bigger file is read this far, with a warning
ATTACHMENT_EXTENSIONS = ("pdf", "docx", "doc", "wps", "rtf", "xlsx", "xls", "et", "png", "jpg", "jpeg", "tif", "tiff",
                         "bmp", "gif", "webp")


def _load_source(source_id: str) -> dict:
    try:
        from banli.sources import load_registry

        entries = load_registry()
    except Exception as error:  # any failure of another stage's registry is one CLI error line
        raise click.ClickException(f"cannot load the source registry: {error}") from None
    for entry in entries:
        if entry.get("id") == source_id:
            return entry
    raise click.ClickException(f"unknown source id: {source_id}")


def _is_attachment(path: Path, head: bytes) -> bool:
    """Office files, PDFs and images go through the attachment readers; pages and text do not."""
    from readers.sniff import extension, sniff

    kind = sniff(head, path.name)
    return kind not in ("html", "text", "unknown") or extension(path.name) in ATTACHMENT_EXTENSIONS


def _extract_attachment(path: Path, url: str | None, source: dict | None) -> dict:
    """An attachment's document; NormalizeError (one error line) when no text could be read from it."""
    from normalize import NormalizeError
    from normalize.attachment import normalize_attachment
    from readers import read_attachment
    from readers.reading import MAX_BYTES

    if path.stat().st_size > MAX_BYTES:
        raise NormalizeError(f"attachment_too_large:{path.stat().st_size}")
    reading = read_attachment(path.read_bytes(), name=path.name)
    if not any(page.strip() for page in reading.pages) and reading.html is None:
        raise NormalizeError("; ".join(reading.warnings) or "attachment_no_text")
    return normalize_attachment(reading.as_dict(), url=url, name=path.name, source=source)


def _read_capped(path: Path) -> tuple[bytes, bool]:
    """The file's first MAX_INPUT_BYTES, and whether there was more (pages are well under 1 MB)."""
    with open(path, "rb") as handle:
        content = handle.read(MAX_INPUT_BYTES + 1)
    return content[:MAX_INPUT_BYTES], len(content) > MAX_INPUT_BYTES


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", help="URL the page was fetched from (resolves attachment links).")
@click.option("--source", "source_id", help="Registry id of the source (completes relative issuer names).")
def extract(paths: tuple[Path, ...], url: str | None, source_id: str | None) -> None:
    """Normalize PATH… (HTML in any encoding, reader text, or an attachment: PDF, DOCX, DOC, WPS, XLS(X),
    images) and print one JSON document per path."""
    from normalize import NormalizeError, normalize_page

    source = _load_source(source_id) if source_id else None
    failed = False
    for path in paths:
        try:
            content, cut = _read_capped(path)
            if _is_attachment(path, content[:65536]):
                document, cut = _extract_attachment(path, url, source), False
            else:
                document = normalize_page(content, url=url, source=source)
        except (OSError, NormalizeError) as error:
            click.echo(f"error: {path}: {getattr(error, 'strerror', None) or error}", err=True)
            failed = True
            continue
        if cut:
            document["warnings"].append(f"input_truncated:{MAX_INPUT_BYTES}")
        indent = 2 if len(paths) == 1 else None
        click.echo(json.dumps(document, ensure_ascii=False, indent=indent))
    if failed:
        sys.exit(1)


commands = [extract]
