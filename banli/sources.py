"""The sources: the registry (one YAML entry per disclosure column, validated on load) and
the platform table, the one place that names each CMS platform's spider, replica site and options.

Every stage reads sources from here and nothing here imports a stage, so spiders, replica,
normalize and publish all sit above it (docs/architecture.md). A malformed entry is refused
with a :class:`RegistryError` that names the entry and the field, so an operator editing
``sources.yaml`` learns exactly what to fix.

Three switches say what happens to an entry: ``enabled`` decides whether crawls take it,
``verified`` records whether a live ``banli check`` has shown the column works (columns
found in public pages and code come in unverified and disabled, with their ``evidence``),
and ``replica`` whether the local replica serves it (only entries with a replica site and
profile do: tests, benchmarks and ``--replica`` runs cover exactly those).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

DEFAULT_REGISTRY = Path(__file__).with_name("sources.yaml")


@dataclass(frozen=True)
class Platform:
    """What the stages need to know about one CMS platform (names, not imports: a stage loads its own)."""

    spider: str  # the Scrapy spider class, spiders/
    replica_site: str  # the module serving the platform's style in the replica, replica/sites/
    options: dict  # the platform_options the spider and the replica site read, with their types


SELECTORS = {"item_selector": str, "link_selector": str, "date_selector": str, "next_page_selector": str}
HTML_LIST_OPTIONS = {**SELECTORS, "first_page": str, "list_pages": str, "follow_iframe": bool}
ID = (int, str)
PLATFORM_TABLE = {
    "trs": Platform("spiders.trs.TrsColumnSpider", "replica.sites.trs", {**SELECTORS, "index_name": str, "suffix": str}),
    "hanweb": Platform("spiders.hanweb.HanwebColumnSpider", "replica.sites.hanweb",
                       {"webid": ID, "columnid": ID, "unitid": ID, "path": str, "perpage": int, "window_pages": int}),
    "gkmlpt": Platform("spiders.gkmlpt.GkmlptApiSpider", "replica.sites.gkmlpt", {"sid": ID, "column": ID}),
    "html_list": Platform("spiders.html_list.HtmlListSpider", "replica.sites.html_list", HTML_LIST_OPTIONS),
    "repost": Platform("spiders.repost.RepostSiteSpider", "replica.sites.repost", HTML_LIST_OPTIONS),
    "js_list": Platform("spiders.js_list.JsListSpider", "replica.sites.js_list", {**HTML_LIST_OPTIONS, "channel": ID}),
    "jpaas": Platform("spiders.jpaas.JpaasUnitSpider", "replica.sites.jpaas",
                      {"webId": str, "pageId": str, "tplSetId": str, "tagId": str, "pageSize": int}),
}
PLATFORMS = tuple(PLATFORM_TABLE)
REPLICA_OPTIONS = {"variant": str}  # replica_only sources: which real layout the replica serves
ADMIN_LEVELS = ("national", "province", "city", "district", "county")
KINDS = ("government", "repost")
RENDER_MODES = ("http", "browser")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")

REQUIRED = {
    "id": str,
    "name": str,
    "kind": str,
    "platform": str,
    "base_url": str,
    "columns": list,
    "min_documents": int,
}
OPTIONAL = {
    "jurisdiction": (str, type(None)),
    "admin_level": (str, type(None)),
    "bureau": (str, type(None)),
    "encoding": str,
    "render": str,
    "enabled": bool,
    "verified": bool,
    "expected": str,
    "evidence": dict,
    "notes": str,
    "politeness": dict,
    "platform_options": dict,
}
# Fields only the local replica reads (a synthetic column, its seed text, its fault switches):
# kept apart so the production schema above is what a live crawl and the catalog use.
REPLICA_FIELDS = {
    "replica_only": bool,
    "replica": bool,
    "seed": str,
    "faults": dict,
}
DEFAULTS = {
    "jurisdiction": None,
    "admin_level": None,
    "bureau": None,
    "encoding": "utf-8",
    "render": "http",
    "enabled": True,
    "replica_only": False,
    "replica": False,
    "verified": False,
    "politeness": {},
    "platform_options": {},
    "faults": {},
}
POLITENESS_KEYS = {
    "download_delay": (int, float),
    "concurrency": int,
    "obey_robots": bool,
    "autothrottle_target": (int, float),
    "full_sweep_days": int,
    "download_timeout": (int, float),
}


class RegistryError(ValueError):
    """A registry entry that cannot be used, with the entry and field named."""

    def __init__(self, entry_id: str, field: str, problem: str):
        self.entry_id, self.field, self.problem = entry_id, field, problem
        super().__init__(f"source {entry_id!r}: field {field!r}: {problem}")


def load_registry(path: str | Path | None = None) -> list[dict]:
    """Read and validate the registry; returns entries with defaults filled in."""
    path = Path(path) if path else DEFAULT_REGISTRY
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise RegistryError("<file>", str(path), f"not valid YAML: {error}") from error
    if not isinstance(raw, list):
        raise RegistryError("<file>", str(path), "the registry must be a YAML list of entries")
    entries = [validate_entry(item, position) for position, item in enumerate(raw, start=1)]
    _refuse_duplicate_ids(entries)
    return entries


def validate_entry(item: object, position: int = 0) -> dict:
    """Check one entry and return it with defaults filled in."""
    if not isinstance(item, dict):
        raise RegistryError(f"#{position}", "<entry>", "an entry must be a mapping of fields")
    entry_id = item.get("id") if isinstance(item.get("id"), str) else f"#{position}"
    _check_fields(item, entry_id)
    entry = {**DEFAULTS, **item}
    _check_values(entry, entry_id)
    return entry


def _check_fields(item: dict, entry_id: str) -> None:
    for field, expected in REQUIRED.items():
        if field not in item:
            raise RegistryError(entry_id, field, "is required")
        if not isinstance(item[field], expected) or isinstance(item[field], bool):
            raise RegistryError(entry_id, field, f"must be {expected.__name__}, got {item[field]!r}")
    for field, value in item.items():
        if field in REQUIRED:
            continue
        expected = OPTIONAL.get(field) or REPLICA_FIELDS.get(field)
        if expected is None:
            raise RegistryError(entry_id, field, "is not a known field (typo?)")
        if not isinstance(value, expected):
            raise RegistryError(entry_id, field, f"has the wrong type: {value!r}")


def _check_values(entry: dict, entry_id: str) -> None:
    if not ID_PATTERN.match(entry["id"]):
        raise RegistryError(entry_id, "id", "lowercase letters, digits and hyphens only")
    _check_choice(entry, entry_id, "platform", PLATFORMS)
    _check_choice(entry, entry_id, "kind", KINDS)
    _check_choice(entry, entry_id, "render", RENDER_MODES)
    if entry["admin_level"] is not None:
        _check_choice(entry, entry_id, "admin_level", ADMIN_LEVELS)
    if entry["kind"] == "government" and not entry["jurisdiction"]:
        raise RegistryError(entry_id, "jurisdiction", "a government source needs its jurisdiction")
    url = urlsplit(entry["base_url"])
    if url.scheme not in ("http", "https") or not url.netloc or url.path not in ("", "/"):
        raise RegistryError(entry_id, "base_url", "must be scheme://host with no path")
    if not entry["columns"] or not all(isinstance(c, str) and c.startswith("/") for c in entry["columns"]):
        raise RegistryError(entry_id, "columns", "a non-empty list of paths starting with '/'")
    if entry["min_documents"] < 0:
        raise RegistryError(entry_id, "min_documents", "must be zero or more")
    _check_encoding(entry, entry_id)
    _check_politeness(entry, entry_id)
    _check_evidence(entry, entry_id)
    if entry["replica_only"] and not entry["replica"]:
        raise RegistryError(entry_id, "replica", "a replica_only source must be served by the replica (replica: true)")
    _check_platform_options(entry, entry_id)


def _check_choice(entry: dict, entry_id: str, field: str, choices: tuple) -> None:
    if entry[field] not in choices:
        raise RegistryError(entry_id, field, f"{entry[field]!r} is not one of {', '.join(choices)}")


def _check_encoding(entry: dict, entry_id: str) -> None:
    import codecs

    try:
        codecs.lookup(entry["encoding"])
    except LookupError:
        raise RegistryError(entry_id, "encoding", f"unknown encoding {entry['encoding']!r}") from None


def _check_politeness(entry: dict, entry_id: str) -> None:
    for key, value in entry["politeness"].items():
        if key not in POLITENESS_KEYS:
            raise RegistryError(entry_id, f"politeness.{key}", "is not a known politeness setting")
        if not isinstance(value, POLITENESS_KEYS[key]) or isinstance(value, bool) != (POLITENESS_KEYS[key] is bool):
            raise RegistryError(entry_id, f"politeness.{key}", f"has the wrong type: {value!r}")


def _check_evidence(entry: dict, entry_id: str) -> None:
    """``evidence: {page, seen}``: the real page the column was derived from, on the source's
    own host, and where that address was seen."""
    evidence = entry.get("evidence")
    if evidence is None:
        return
    unknown = set(evidence) - {"page", "seen"}
    if unknown:
        raise RegistryError(entry_id, f"evidence.{min(unknown)}", "is not a known evidence field (page, seen)")
    for key in ("page", "seen"):
        if not isinstance(evidence.get(key), str) or not evidence[key].strip():
            raise RegistryError(entry_id, f"evidence.{key}", "is required (a non-empty string)")
    page = urlsplit(evidence["page"])
    if page.scheme not in ("http", "https") or page.netloc.lower() != host_of(entry).lower():
        raise RegistryError(entry_id, "evidence.page", f"must be a page on {host_of(entry)}, got {evidence['page']!r}")


def _check_platform_options(entry: dict, entry_id: str) -> None:
    """Each option must be one the platform's spider reads, with the right type (a typo such as
    ``item_selecter`` would otherwise fall back to the default without a word)."""
    known = {**PLATFORM_TABLE[entry["platform"]].options, **(REPLICA_OPTIONS if entry["replica_only"] else {})}
    for key, value in entry["platform_options"].items():
        if key not in known:
            raise RegistryError(entry_id, f"platform_options.{key}",
                                f"is not a {entry['platform']} option (known: {', '.join(sorted(known))})")
        expected = known[key]
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            raise RegistryError(entry_id, f"platform_options.{key}", f"has the wrong type: {value!r}")


def _refuse_duplicate_ids(entries: list[dict]) -> None:
    seen = set()
    for entry in entries:
        if entry["id"] in seen:
            raise RegistryError(entry["id"], "id", "appears twice in the registry")
        seen.add(entry["id"])


def find_source(source_id: str, entries: list[dict] | None = None) -> dict:
    """The entry with this id, or a RegistryError naming the known ids."""
    entries = entries if entries is not None else load_registry()
    for entry in entries:
        if entry["id"] == source_id:
            return entry
    known = ", ".join(e["id"] for e in entries)
    raise RegistryError(source_id, "id", f"no such source (known: {known})")


def select_sources(entries: list[dict], source_ids=(), *, replica: bool = False) -> list[dict]:
    """The sources a crawl covers: the named ones (even disabled), or every enabled one.

    ``replica_only`` sources are synthetic columns that exist only in the local replica
    (modelled on a real protection scheme or layout); a live crawl skips them and refuses
    to crawl one by name. A replica crawl covers only sources the replica serves
    (``replica: true``) and refuses to crawl any other by name.
    """
    chosen = [find_source(source_id, entries) for source_id in source_ids] if source_ids else [
        entry for entry in entries if entry["enabled"] and (entry["replica"] if replica else not entry["replica_only"])]
    for entry in chosen:
        if replica and not entry["replica"]:
            raise RegistryError(entry["id"], "replica", "is not served by the local replica (no replica: true)")
        if not replica and entry["replica_only"]:
            raise RegistryError(entry["id"], "replica_only", "exists only in the local replica (use --replica)")
    return chosen


def replica_sources(entries: list[dict] | None = None) -> list[dict]:
    """What a replica crawl covers by default: the enabled sources the replica serves."""
    return select_sources(entries if entries is not None else load_registry(), replica=True)


def platform_of(source: dict) -> Platform | None:
    """The source's row of the platform table (None for a platform the table does not know)."""
    return PLATFORM_TABLE.get(source.get("platform"))


def host_of(entry: dict) -> str:
    return urlsplit(entry["base_url"]).netloc
