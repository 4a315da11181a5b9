"""`banli extract`: normalize pages on disk and print the documents as JSON."""

import json
import sys
from pathlib import Path

import click

MAX_INPUT_BYTES = 8 * 1024 * 1024  # pages are < 1 MB; a bigger file is read this far, with a warning


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
    """Normalize PATH… (HTML in any encoding, or reader text) and print one JSON document per path."""
    from normalize import NormalizeError, normalize_page

    source = _load_source(source_id) if source_id else None
    failed = False
    for path in paths:
        try:
            content, cut = _read_capped(path)
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
