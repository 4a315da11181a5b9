"""The publish stage's commands: ``banli publish``, ``export``, ``serve`` (``nightly`` is :mod:`banli.nightly`)."""

from __future__ import annotations

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


commands = [publish_command, export_command, serve_command]
