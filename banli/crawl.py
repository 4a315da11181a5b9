"""``banli crawl`` and ``banli sources`` (orchestration: a crawl may start the replica for itself)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

REGISTRY_OPTION = click.option("--registry", type=click.Path(exists=True, dir_okay=False), default=None,
                               help="Registry YAML (default banli/sources.yaml).")
SUMMARY_COLUMNS = ("mode", "list_pages", "documents", "new", "attachments", "errors", "requests", "complete")


def load_registry_or_exit(path):
    """The validated registry; a malformed one ends the command with one line and exit code 2."""
    from banli.sources import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as error:
        click.echo(f"banli: registry error: {error}", err=True)
        sys.exit(2)


def chosen_sources(entries: list[dict], source_ids: tuple[str, ...], replica: bool) -> list[dict]:
    """The named sources (even disabled ones), or every enabled source; see ``select_sources``."""
    from banli.sources import RegistryError, select_sources

    try:
        return select_sources(entries, source_ids, replica=replica)
    except RegistryError as error:
        raise click.BadParameter(str(error), param_hint="--source") from error


@click.command()
@click.option("--replica", is_flag=True, help="Start the local replica and crawl it instead of the live sites.")
@click.option("--source", "source_ids", multiple=True, metavar="ID", help="Crawl only this source (repeatable).")
@click.option("--size", type=click.IntRange(min=1), default=None, help="Replica size: documents per source.")
@click.option("--summary-json", type=click.Path(dir_okay=False), default=None, help="Also write the summary here.")
@click.option("--archive", "archive_root", type=click.Path(file_okay=False), default=None,
              help="Archive directory (default $BANLI_ARCHIVE or data/archive).")
@click.option("--jobdir", type=click.Path(file_okay=False), default=None,
              help="Scrapy JOBDIR (one sub-directory per source): an interrupted crawl resumes from it.")
@click.option("--full", is_flag=True,
              help="Full sweep of every source; by default a source with a recent full sweep is crawled incrementally.")
@click.option("--redis", "redis_url", metavar="URL", default=None,
              help="Run one worker of a distributed crawl sharing this Redis queue (redis://host:port/db).")
@click.option("--redis-clear", is_flag=True, help="With --redis: empty the sources' shared queue and filter, then exit.")
@click.option("--replica-map", "replica_map_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Crawl a replica that is already running, given its host map (replica serve --map-file).")
@REGISTRY_OPTION
def crawl(replica, source_ids, size, summary_json, archive_root, jobdir, full, redis_url, redis_clear,
          replica_map_file, registry):
    """Crawl the registered sources into the raw archive and print a per-source summary.

    Exits 1 when a source's walk did not finish (for a full sweep: was not complete), 2 on a
    malformed registry.
    """
    from banli.paths import archive_dir
    from banli.replica_wiring import replica_hosts
    from spiders.run import run_crawl

    check_crawl_options(replica=replica, size=size, jobdir=jobdir, redis_url=redis_url, redis_clear=redis_clear,
                        replica_map_file=replica_map_file)
    sources = chosen_sources(load_registry_or_exit(registry), source_ids, replica=bool(replica or replica_map_file))
    if redis_clear:
        from spiders.distributed import clear_queues

        click.echo(f"cleared {clear_queues(redis_url, [source['id'] for source in sources])} Redis key(s)")
        return
    settings = {"JOBDIR": jobdir} if jobdir else {}
    with replica_hosts(replica, [source["id"] for source in sources], size=size, registry=registry,
                       map_file=replica_map_file) as replica_map:
        summary = run_crawl(sources, archive_root=archive_root or archive_dir(), replica_map=replica_map,
                            settings=settings, summary_json=summary_json, mode="full" if full else "auto",
                            redis_url=redis_url)
    click.echo(summary_table(summary))
    sys.exit(0 if all(map(crawl_succeeded, summary["sources"].values())) else 1)


def check_crawl_options(*, replica, size, jobdir, redis_url, redis_clear, replica_map_file) -> None:
    if size and not replica:
        raise click.BadParameter("only a replica has a size", param_hint="--size")
    if replica and replica_map_file:
        raise click.BadParameter("either start a replica or use a running one", param_hint="--replica-map")
    if redis_clear and not redis_url:
        raise click.BadParameter("which Redis? give --redis URL", param_hint="--redis-clear")
    if jobdir and redis_url:
        raise click.BadParameter("a distributed crawl keeps its queue in Redis, not in a JOBDIR", param_hint="--jobdir")


def crawl_succeeded(entry: dict) -> bool:
    """A full sweep must be complete; other modes must have finished the walk they set out on."""
    return entry["complete"] if entry.get("mode") == "full" else bool(entry.get("walk_finished"))


def summary_table(summary: dict) -> str:
    width = max([len("source"), *map(len, summary["sources"])])
    lines = [f"run {summary['run_id']}",
             "  ".join(["source".ljust(width), *(column.rjust(11) for column in SUMMARY_COLUMNS)])]
    for source_id, entry in summary["sources"].items():
        cells = [str(entry.get(column)).lower() if isinstance(entry.get(column), bool) else str(entry.get(column))
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
    width = max((len(entry["id"]) for entry in entries), default=0)
    for entry in entries:
        state = ("" if entry["enabled"] else "  (disabled)") + ("  (replica only)" if entry["replica_only"] else "")
        click.echo(f"{entry['id']:<{width}} {entry['platform']:<10} {entry['base_url']:<32} {entry['name']}{state}")


@click.command("parse-list")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", required=True, help="The address the page or API answer was fetched from.")
@click.option("--platform", default=None, help="Platform (default: the --source's, else read off the page).")
@click.option("--source", "source_id", default=None, metavar="ID",
              help="Read it as this registry source does (its platform and platform_options).")
@REGISTRY_OPTION
def parse_list(file, url, platform, source_id, registry):
    """Print the documents and next pages of a saved list page or API answer as JSON.

    ``{"platform", "items": [{"url", "title", "date"}], "next": [urls], "complete"}``;
    ``complete`` is true only when the page proves that nothing follows it.
    """
    from banli.sources import PLATFORMS, RegistryError, find_source
    from spiders.list_page import NotAListPage, read_list_page

    options = {}
    if source_id:
        try:
            source = find_source(source_id, load_registry_or_exit(registry))
        except RegistryError as error:
            raise click.BadParameter(str(error), param_hint="--source") from error
        platform, options = platform or source["platform"], source["platform_options"]
        encoding = source["encoding"]
    else:
        encoding = "utf-8"
    if platform and platform not in PLATFORMS:
        raise click.BadParameter(f"{platform!r} is not one of {', '.join(PLATFORMS)}", param_hint="--platform")
    text = decoded(file.read_bytes(), encoding)
    try:
        page = read_list_page(text, url, platform, options)
    except NotAListPage as error:
        click.echo(f"banli: {file}: {error}", err=True)
        sys.exit(1)
    click.echo(json.dumps(page.as_json(), ensure_ascii=False, indent=2))


def decoded(body: bytes, fallback: str) -> str:
    """The page's text: its declared charset, else UTF-8, else the source's encoding."""
    from w3lib.encoding import html_body_declared_encoding

    declared = html_body_declared_encoding(body)
    for encoding in filter(None, (declared, "utf-8", fallback)):
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode(fallback, errors="replace")


def operator_commands() -> list:
    """``banli check`` and ``banli add-source`` (their modules import Scrapy only when run)."""
    from banli.add_source import add_source_command
    from banli.check import check

    return [check, add_source_command]


commands = [crawl, sources, parse_list, *operator_commands()]
