"""``banli replica …`` and ``python -m replica …``: run the local replica."""

from __future__ import annotations

import click


def parse_fault(text: str) -> tuple[str, str, str | None]:
    """``SOURCE=NAME`` or ``SOURCE=NAME:VALUE`` → (source, fault, value)."""
    source_id, separator, spec = text.partition("=")
    if not separator or not source_id or not spec:
        raise click.BadParameter(f"{text!r}: expected SOURCE=NAME or SOURCE=NAME:VALUE")
    name, _, value = spec.partition(":")
    return source_id, name, value or None


@click.group("replica")
def replica():
    """The local replica of every registered source, for crawls without the internet."""


@replica.command("serve")
@click.option("--size", type=click.IntRange(min=1), default=None, help="Documents per source (default 40).")
@click.option("--map-file", type=click.Path(dir_okay=False), default=None, help="Write the host map JSON here once listening.")
@click.option("--source", "source_ids", multiple=True, help="Serve only this source (repeatable).")
@click.option("--registry", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Registry YAML (default banli/sources.yaml).")
@click.option("--fault", "fault_specs", multiple=True, help="SOURCE=NAME[:VALUE], e.g. wuhan-mzj-jytabl=error_5xx:0.3 (repeatable).")
@click.option("--fault-seed", type=int, default=0, help="Seed for fault decisions (same seed, same faults).")
@click.option("--verbose", is_flag=True, help="Log one line per request to stderr.")
@click.option("--request-log", type=click.Path(dir_okay=False), default=None,
              help="Append one JSON line per answered request (method, live url, status) to this file.")
def serve_command(size, map_file, source_ids, registry, fault_specs, fault_seed, verbose, request_log):
    """Serve until interrupted; prints the host map and writes it to --map-file."""
    from banli.sources import load_registry
    from replica.faults import fault_settings
    from replica.server import select_sources, serve

    faults: dict[str, dict] = {}
    try:
        for source_id, name, value in map(parse_fault, fault_specs):
            faults.setdefault(source_id, {})[name] = fault_settings(name, value)
        sources = select_sources(load_registry(registry), source_ids, faults)
    except ValueError as error:
        raise click.UsageError(str(error)) from error
    serve(sources, size=size, map_file=map_file, verbose=verbose, fault_seed=fault_seed, request_log=request_log)


commands = [replica]
