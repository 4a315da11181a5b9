"""``banli check``: does a column work? One list page and one document, through the crawl's own stack.

``banli check SOURCE`` shows, for one source, what its first list page listed and the
pagination it asked for, then each field ``normalize_page`` made of the first document: when
a site is redesigned, this shows in a minute where it breaks. ``banli check --all`` does the
same for every registry entry in one run and prints a table (``--json FILE`` also writes every
report), so an operator with internet verifies the registry's unverified columns in one go
and enables those that work. Both run a real Scrapy crawl (``spiders/checking.py``): robots.txt,
challenge passes, browser rendering and the middlewares apply as in ``banli crawl``.

With ``--replica`` the local replica answers for the sources it serves (``replica: true``);
the others are reported as skipped, since a replica run never reaches the internet. Without
it, a ``replica_only`` source is skipped. Exit status: 0 when every checked source is ok,
1 when one failed (the site answered but the column does not work) or gave an error (no
usable answer: unknown host, refused connection, timeout, HTTP error), 2 on a malformed registry.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

EMPTY = "(empty)"
STATUSES = ("ok", "fail", "error", "skipped")
REPORT_FIELDS = ("id", "name", "jurisdiction", "admin_level", "platform", "base_url", "columns", "enabled", "verified",
                 "replica")


def check_sources(sources: list[dict], *, replica: bool = False, registry=None, settings: dict | None = None) -> list[dict]:
    """One report per source, in registry order (see the module docstring for what is checked)."""
    from spiders.checking import run_checks

    runnable = [source for source in sources if not skip_reason(source, replica)]
    raw: dict[str, dict] = {}
    if runnable:
        from banli.replica_wiring import replica_hosts

        with replica_hosts(replica, [source["id"] for source in runnable], registry=registry) as host_map:
            raw = run_checks(runnable, replica_map=host_map, settings=settings)
    return [source_report(source, raw.get(source["id"]), skip_reason(source, replica)) for source in sources]


def skip_reason(source: dict, replica: bool) -> str | None:
    if replica and not source["replica"]:
        return "not served by the local replica (no replica: true): check it live"
    if not replica and source["replica_only"]:
        return "exists only in the local replica (use --replica)"
    return None


def source_report(source: dict, raw: dict | None, skipped: str | None) -> dict:
    """The registry facts, the verdict, the platform fingerprint and what was fetched."""
    from spiders.checking import fingerprint, new_report, verdict

    report = {field: source[field] for field in REPORT_FIELDS}
    if skipped:
        return {**report, "status": "skipped", "problem": skipped, "fingerprint": None,
                "shells": [], "list": None, "detail": None, "errors": []}
    raw = raw or new_report(error="the check crawler did not report (it never closed)")
    status, problem = verdict(raw)
    return {**report, "status": status, "problem": problem, "fingerprint": fingerprint(source, raw),
            "shells": raw["shells"], "list": raw["list"], "detail": raw["detail"], "errors": raw["errors"]}


def exit_status(reports: list[dict]) -> int:
    return 1 if any(report["status"] in ("fail", "error") for report in reports) else 0


# one source, field by field ---------------------------------------------------------------

def shown(value) -> str:
    """A field value for the report; empty values say so plainly."""
    if isinstance(value, dict):
        stated = {key: item for key, item in value.items() if item not in (None, "", [], {})}
        return ", ".join(f"{key}={item}" for key, item in stated.items()) if stated else EMPTY
    if isinstance(value, list):
        return "; ".join(map(str, value)) if value else EMPTY
    return EMPTY if value in (None, "") else str(value)


def detailed_lines(report: dict) -> list[str]:
    lines = [f"source  {report['id']} ({report['platform']}) {report['name']}"]
    lines += [f"  shell   {shell['url']} (status {shell['status']}) points on to the real list" for shell in report["shells"]]
    if report["list"]:
        lines += list_lines(report["list"])
    if report["detail"]:
        lines += detail_lines(report["detail"])
    lines += [f"  failed  {error.get('kind')} {error.get('url') or ''} {error['error']}".rstrip()
              for error in report["errors"] if error.get("url")]
    lines.append(f"{report['status']}: {report['problem'] or 'one list page and one document read'}")
    return lines


def list_lines(listed: dict) -> list[str]:
    lines = [f"list    {listed['url']}", f"  status  {listed['status']}", f"  items   {listed['items']} document(s) listed"]
    for number, item in enumerate(listed["sample"], start=1):
        lines.append(f"    {number}. {item.get('date') or EMPTY:<10}  {item.get('title') or EMPTY}"
                     + (f"  [{item['index_number']}]" if item.get("index_number") else ""))
    lines.append(f"  pages   {pagination(listed['further'], listed['exhausted'])}")
    return lines


def pagination(further: list[str], exhausted: bool) -> str:
    if further:
        more = f" … (+{len(further) - 3})" if len(further) > 3 else ""
        return f"{len(further)} further list request(s): {', '.join(further[:3])}{more}"
    return "none: this page ends the column" if exhausted else "none detected (and the column is not exhausted)"


def detail_lines(detail: dict) -> list[str]:
    lines = [f"detail  {detail['url']}",
             f"  status  {detail['status']}, {detail['bytes']} bytes, {detail['content_type'] or 'no content-type'}"]
    return lines + [f"  {name:<14}{shown(value)}" for name, value in detail["fields"].items()]


# every source, one line each --------------------------------------------------------------

TABLE_HEADINGS = ("source", "platform", "status", "http", "items", "fields", "platform?", "problem")


def table_row(report: dict) -> tuple[str, ...]:
    listed, found = report["list"] or {}, report["fingerprint"] or {}
    match = {True: "yes", False: "no"}.get(found.get("match"), "-")
    return (report["id"], report["platform"], report["status"], str(listed.get("status", "-")),
            str(listed.get("items", "-")), fields_found(report["detail"]), match, report["problem"] or "")


def fields_found(detail: dict | None) -> str:
    """``found/all`` document fields the detail page filled (warnings not counted)."""
    if not detail:
        return "-"
    fields = {name: value for name, value in detail["fields"].items() if name != "warnings"}
    return f"{sum(value not in (None, '', [], {}) for value in fields.values())}/{len(fields)}"


def table(reports: list[dict]) -> str:
    rows = [TABLE_HEADINGS, *map(table_row, reports)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(TABLE_HEADINGS) - 1)]
    lines = ["  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]]).rstrip() for row in rows]
    counts = {status: sum(report["status"] == status for report in reports) for status in STATUSES}
    return "\n".join([*lines, "", ", ".join(f"{count} {status}" for status, count in counts.items())])


def write_json(path: str, reports: list[dict], replica: bool) -> None:
    counts = {status: sum(report["status"] == status for report in reports) for status in STATUSES}
    document = {"checked_at": datetime.now(UTC).isoformat(timespec="seconds"), "replica": replica,
                "counts": counts, "sources": reports}
    Path(path).write_text(json.dumps(document, ensure_ascii=False, indent=2, default=str), encoding="utf-8")


@click.command("check")
@click.argument("source_id", metavar="[SOURCE]", required=False)
@click.option("--all", "check_all", is_flag=True, help="Check every registry entry (enabled or not) in one run.")
@click.option("--replica", is_flag=True, help="Check the local replica's copy instead of the live site.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None, help="Also write the reports here.")
@click.option("--enable-ok", is_flag=True,
              help="Set verified: true and enabled: true in the registry on every column reported ok (live checks only).")
@click.option("--registry", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Registry YAML (default banli/sources.yaml).")
def check(source_id, check_all, replica, json_path, enable_ok, registry):
    """Fetch a source's first list page and one document (or every source's, with --all) and report what works."""
    from banli.crawl import load_registry_or_exit
    from banli.sources import DEFAULT_REGISTRY, RegistryError, find_source
    from spiders.checking import CheckRunFailed

    if bool(source_id) == check_all:
        raise click.UsageError("name one SOURCE or give --all")
    if enable_ok and replica:
        raise click.UsageError("--enable-ok records live checks; the replica proves nothing about a real column")
    entries = load_registry_or_exit(registry)
    try:
        sources = entries if check_all else [find_source(source_id, entries)]
    except RegistryError as error:
        raise click.BadParameter(str(error), param_hint="SOURCE") from None
    try:
        reports = check_sources(sources, replica=replica, registry=registry)
    except CheckRunFailed as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    click.echo(table(reports) if check_all else "\n".join(detailed_lines(reports[0])))
    if json_path:
        write_json(json_path, reports, replica)
    if enable_ok:
        from banli.enable import enable_verified

        enabled = enable_verified(registry or DEFAULT_REGISTRY, [r["id"] for r in reports if r["status"] == "ok"])
        click.echo(f"verified and enabled in {registry or DEFAULT_REGISTRY}: {', '.join(enabled) or 'none'}")
    sys.exit(exit_status(reports) if check_all else int(reports[0]["status"] != "ok"))
