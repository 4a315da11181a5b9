"""``banli crawl`` and ``banli sources``."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext

import click

REGISTRY_OPTION = click.option("--registry", type=click.Path(exists=True, dir_okay=False), default=None,
                               help="Registry YAML (default spiders/sources.yaml).")
SUMMARY_COLUMNS = ("list_pages", "documents", "new", "attachments", "errors", "complete")


def load_registry_or_exit(path):
    """The validated registry; a malformed one ends the command with one line and exit code 2."""
    from spiders.registry import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as error:
        click.echo(f"banli: registry error: {error}", err=True)
        sys.exit(2)


def select_sources(entries: list[dict], source_ids: tuple[str, ...]) -> list[dict]:
    """The named sources (even disabled ones), or every enabled source."""
    from spiders.registry import RegistryError, find_source

    if not source_ids:
        return [entry for entry in entries if entry["enabled"]]
    try:
        return [find_source(source_id, entries) for source_id in source_ids]
    except RegistryError as error:
        raise click.BadParameter(str(error), param_hint="--source") from error


@click.command()
@click.option("--replica", is_flag=True, help="Start the local replica and crawl it instead of the live sites.")
@click.option("--source", "source_ids", multiple=True, metavar="ID", help="Crawl only this source (repeatable).")
@click.option("--size", type=click.IntRange(min=1), default=None, help="Replica size: documents per source.")
@click.option("--summary-json", type=click.Path(dir_okay=False), default=None, help="Also write the summary here.")
@click.option("--archive", "archive_root", type=click.Path(file_okay=False), default=None,
              help="Archive directory (default $BANLI_ARCHIVE or data/archive).")
@click.option("--jobdir", type=click.Path(file_okay=False), default=None, help="Scrapy JOBDIR (one sub-directory per source).")
@REGISTRY_OPTION
def crawl(replica, source_ids, size, summary_json, archive_root, jobdir, registry):
    """Crawl the registered sources into the raw archive and print a per-source summary.

    Exits 1 when a source's crawl is incomplete, 2 on a malformed registry.
    """
    from banli.paths import archive_dir
    from spiders.run import run_crawl

    if size and not replica:
        raise click.BadParameter("only a replica has a size", param_hint="--size")
    sources = select_sources(load_registry_or_exit(registry), source_ids)
    settings = {"JOBDIR": jobdir} if jobdir else {}
    with replica_for(replica, size, sources, registry) as replica_map:
        summary = run_crawl(sources, archive_root=archive_root or archive_dir(), replica_map=replica_map,
                            settings=settings, summary_json=summary_json)
    click.echo(summary_table(summary))
    sys.exit(0 if all(entry["complete"] for entry in summary["sources"].values()) else 1)


def replica_for(wanted: bool, size, sources: list[dict], registry):
    if not wanted:
        return nullcontext(None)
    from replica.server import running_replica

    return running_replica(size=size, sources=[source["id"] for source in sources], registry=registry)


def summary_table(summary: dict) -> str:
    width = max([len("source"), *map(len, summary["sources"])])
    lines = [f"run {summary['run_id']}",
             "  ".join(["source".ljust(width), *(column.rjust(11) for column in SUMMARY_COLUMNS)])]
    for source_id, entry in summary["sources"].items():
        cells = [str(entry[column]).lower() if isinstance(entry[column], bool) else str(entry[column])
                 for column in SUMMARY_COLUMNS]
        lines.append("  ".join([source_id.ljust(width), *(cell.rjust(11) for cell in cells)]))
        lines.extend(f"    ! {sample}" for sample in entry["error_samples"])
    return "\n".join(lines)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the validated entries as JSON.")
@REGISTRY_OPTION
def sources(as_json, registry):
    """List the registered sources (validating the registry)."""
    entries = load_registry_or_exit(registry)
    if as_json:
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    for entry in entries:
        state = "" if entry["enabled"] else "  (disabled)"
        click.echo(f"{entry['id']:<22} {entry['platform']:<10} {entry['base_url']:<32} {entry['name']}{state}")


commands = [crawl, sources]
