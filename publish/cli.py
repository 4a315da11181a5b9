"""The publish stage's commands: ``banli publish``, ``export``, ``serve``, ``nightly``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

PATH = click.Path(path_type=Path)


@click.command("publish")
@click.option("--archive", "archive_root", type=PATH, help="Archive root (default: $BANLI_ARCHIVE or data/archive).")
@click.option("--db", "db_path", type=PATH, help="Database to build (default: datasets/banli.db).")
def publish_command(archive_root, db_path):
    """Build the catalog database from the archive (only changed pages are normalized again)."""
    from publish.build import publish

    result = publish(archive_root, db_path, progress=click.echo)
    click.echo(f"{result.database}: {result.normalized} normalized, {result.new} new, {result.changed} changed, "
               f"{result.removed} removed, {len(result.failures)} failed, {result.runs} crawl run(s) in {result.seconds:.1f} s")
    for url, problem in result.failures[:20]:
        click.echo(f"  could not normalize {url}: {problem}", err=True)


@click.command("export")
@click.option("--db", "db_path", type=PATH, help="Database to export (default: datasets/banli.db).")
@click.option("--out", "out_dir", type=PATH, help="Output folder (default: datasets/).")
def export_command(db_path, out_dir):
    """Write CSV, Excel-friendly CSV, NDJSON and datapackage.json."""
    from publish.export import export_all

    for path in export_all(db_path, out_dir):
        click.echo(path)


@click.command("serve")
@click.option("--port", default=8001, show_default=True)
@click.option("--db", "db_path", type=PATH, help="Database to serve (default: datasets/banli.db).")
def serve_command(port, db_path):
    """Serve the catalog read-only with Datasette on 127.0.0.1."""
    from publish.serve import serve

    try:
        serve(db_path, port)
    except FileNotFoundError as error:
        raise click.ClickException(str(error)) from None


@click.command("nightly")
@click.option("--replica", is_flag=True, help="Crawl the local replica instead of the live sites.")
@click.option("--source", "source_ids", multiple=True, help="Only these source ids (repeatable).")
@click.option("--no-export", is_flag=True, help="Skip writing the CSV/NDJSON files.")
@click.option("--full", is_flag=True, help="A full sweep of every source (default: incremental unless a sweep is due).")
@click.option("-v", "--verbose", is_flag=True, help="Scrapy's log here instead of progress bars (the log file).")
def nightly_command(replica, source_ids, no_export, full, verbose):
    """Crawl every enabled source, publish, export; exit 1 if a source failed or fell below its minimum."""
    from publish.nightly import run_nightly
    from spiders.registry import RegistryError

    try:
        code = run_nightly(source_ids=list(source_ids) or None, replica=replica, export=not no_export, echo=click.echo,
                           full=full, quiet=not verbose)
    except RegistryError as error:
        click.echo(f"banli: registry error: {error}", err=True)
        sys.exit(2)
    sys.exit(code)


commands = [publish_command, export_command, serve_command, nightly_command]
