"""``banli archive export-warc`` and ``banli archive verify``."""

from __future__ import annotations

import sys

import click

ARCHIVE_OPTION = click.option("--archive", "archive_root", type=click.Path(file_okay=False), default=None,
                              help="Archive directory (default $BANLI_ARCHIVE or data/archive).")


def open_archive(archive_root):
    from archive.store import Archive
    from banli.paths import archive_dir

    return Archive(archive_root or archive_dir())


@click.group("archive")
def archive():
    """The raw archive: content-addressed bodies and per-run fetch logs."""


@archive.command("export-warc")
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--run", "run_ids", multiple=True, metavar="RUN_ID", help="Only this run (repeatable; default all).")
@ARCHIVE_OPTION
def export_warc_command(out, run_ids, archive_root):
    """Write the archived pages to OUT (a gzipped WARC file)."""
    from archive.warc import export_warc

    store = open_archive(archive_root)
    unknown = sorted(set(run_ids) - set(store.run_ids()))
    if unknown:
        raise click.BadParameter(f"no such run: {', '.join(unknown)}", param_hint="--run")
    counts = export_warc(store, out, list(run_ids) or None)
    click.echo(f"{out}: {counts['response']} response records, {counts['revisit']} revisit records")


@archive.command("verify")
@ARCHIVE_OPTION
def verify_command(archive_root):
    """Re-hash every blob and check that every logged body is present; exits 1 on any problem."""
    store = open_archive(archive_root)
    problems = corrupt_blobs(store) + missing_blobs(store)
    for problem in problems:
        click.echo(problem)
    click.echo(f"{store.blob_count()} blobs checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


def corrupt_blobs(store) -> list[str]:
    from archive.store import CorruptBlob

    problems = []
    for path in sorted(store.blob_dir.glob("*/*.gz")) if store.blob_dir.exists() else []:
        try:
            store.get_blob(path.name.removesuffix(".gz"))
        except CorruptBlob as error:
            problems.append(f"corrupt: {error}")
    return problems


def missing_blobs(store) -> list[str]:
    missing = {record["sha256"]: record["url"] for run_id in store.run_ids() for record in store.iter_records(run_id)
               if record.get("sha256") and not store.has_blob(record["sha256"])}
    return [f"missing: blob {sha} ({url})" for sha, url in sorted(missing.items())]


commands = [archive]
