"""``banli add-source URL``: capture a column page, register the source, and write its failing test.

Adding a source takes three things that are easy to forget: a copy of the page as it looked
when the source was added (a fixture, so the spider can be tested offline), a registry entry,
and a test with expectations read off the page by a person. This command does the first two
and writes the third with ``None`` placeholders, so the new test fails with a TODO message
until someone fills in what the page really shows. The entry is written disabled; enable it
once the test passes and ``banli check ID`` looks right.

Every name that becomes a file path here (the URL's last segment, the source id) is reduced
to a bare, safe file name: nothing a page or a URL says can write outside the fixture folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import click

from banli.paths import PROJECT_ROOT

DEFAULT_TESTS_DIR = PROJECT_ROOT / "tests" / "spiders" / "sources"
DEFAULT_FIXTURES_DIR = PROJECT_ROOT / "tests" / "spiders" / "fixtures" / "sources"
FIXTURE_META = "fixture.json"
MAX_NAME_LENGTH = 100
UNSAFE_NAME_CHARACTERS = re.compile(r"[^A-Za-z0-9._-]")


class AddSourceError(RuntimeError):
    """Why the source cannot be added; nothing has been written when it is raised."""


# safe names ------------------------------------------------------------------------------

def safe_file_name(name: str, default: str = "page.html") -> str:
    """A bare file name from an untrusted one (a URL segment, an attachment name).

    Directories are dropped (``../../etc/passwd`` → ``passwd``, ``C:\\x\\y.pdf`` → ``y.pdf``),
    anything but ASCII letters, digits, ``.``, ``_`` and ``-`` becomes ``_``, leading dots go
    (no hidden files, no ``..``), and the length is capped.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = UNSAFE_NAME_CHARACTERS.sub("_", base).lstrip(".")[:MAX_NAME_LENGTH]
    return base or default


def path_inside(directory: Path, name: str) -> Path:
    """``directory / safe_file_name(name)``, checked to resolve inside ``directory``."""
    path = (directory / safe_file_name(name)).resolve()
    if path.parent != directory.resolve():
        raise AddSourceError(f"refusing to write {path}: outside {directory}")
    return path


def page_file_name(url: str) -> str:
    """The fixture's file name from the page URL (``index.shtml``; ``index.html`` for a bare path)."""
    name = safe_file_name(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] if urlsplit(url).path.strip("/") else "",
                          default="index.html")
    return name if "." in name else f"{name}.html"


# the entry -------------------------------------------------------------------------------

def column_of(url: str) -> str:
    """The column path of a column page URL: its folder when the URL names a file."""
    path = urlsplit(url).path or "/"
    last = path.rsplit("/", 1)[-1]
    return path[: len(path) - len(last)] if "." in last else path


def new_entry(url: str, *, source_id: str, platform: str, name: str | None, kind: str,
              jurisdiction: str | None, min_documents: int, encoding: str, test_path: str,
              platform_options: dict | None = None) -> dict:
    """The registry entry for the column at ``url``, validated (RegistryError names the field)."""
    from banli.sources import validate_entry

    parts = urlsplit(url)
    entry = {
        "id": source_id, "name": name or source_id, "jurisdiction": jurisdiction, "kind": kind,
        "platform": platform, "base_url": f"{parts.scheme}://{parts.netloc}", "columns": [column_of(url)],
        "encoding": encoding, "enabled": False, "min_documents": min_documents,
        "notes": f"added by banli add-source from {url} on {dt.date.today().isoformat()}; "
                 f"enable once {test_path} passes and `banli check {source_id}` looks right",
    }
    if entry["jurisdiction"] is None:
        del entry["jurisdiction"]
    if platform_options:
        entry["platform_options"] = platform_options
    validate_entry(entry)
    return entry


def refuse_duplicates(entry: dict, registry: list[dict]) -> None:
    for known in registry:
        if known["id"] == entry["id"]:
            raise AddSourceError(f"source {entry['id']!r} is already registered")
        if known["base_url"] == entry["base_url"] and set(known["columns"]) & set(entry["columns"]):
            raise AddSourceError(f"{entry['base_url']}{entry['columns'][0]} is already registered as {known['id']!r}")


def append_entry(registry_path: Path, entry: dict) -> None:
    """Append the entry to the registry file (comments kept); undone if the file no longer validates."""
    import yaml

    from banli.sources import load_registry

    before = registry_path.read_text(encoding="utf-8")
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, default_flow_style=False, width=120)
    registry_path.write_text(f"{before.rstrip()}\n\n{block}", encoding="utf-8")
    try:
        load_registry(registry_path)
    except Exception:
        registry_path.write_text(before, encoding="utf-8")
        raise


# fixture and test ------------------------------------------------------------------------

def write_fixture(fixture_dir: Path, url: str, body: bytes, content_type: str | None) -> Path:
    fixture_dir.mkdir(parents=True, exist_ok=True)
    page = path_inside(fixture_dir, page_file_name(url))
    page.write_bytes(body)
    meta = {"url": url, "file": page.name, "content_type": content_type,
            "captured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    path_inside(fixture_dir, FIXTURE_META).write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return page


def project_relative(path: Path) -> str:
    """The path as the project sees it (relative inside the project, absolute outside)."""
    path = path.resolve()
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else str(path)


def source_test_file_name(source_id: str) -> str:
    return f"test_{source_id.replace('-', '_')}.py"


TEST_TEMPLATE = '''"""Expectations for the source {source_id}, written by `banli add-source` on {today}.

The fixture is its column page as captured from {url}.
This test fails until EXPECTED holds the values a person read off that page; from then
on it guards the source against a redesign of its list and against spider changes.
"""

from pathlib import Path

import pytest

SOURCE_ID = {source_id!r}
REGISTRY = {registry!r}  # None: banli/sources.yaml
FIXTURE_DIR = (Path(__file__).parent / {fixture_dir!r}).resolve()

if not (FIXTURE_DIR / "fixture.json").exists():
    pytest.skip(f"no captured page for {{SOURCE_ID}} in {{FIXTURE_DIR}}", allow_module_level=True)

EXPECTED = {{
    "documents": None,  # TODO: how many documents the captured page lists
    "first_title": None,  # TODO: the first listed document's title, exactly as the page shows it
    "first_date": None,  # TODO: that document's date as YYYY-MM-DD
}}


def test_the_captured_column_page_lists_what_a_person_read_on_it():
    from banli.add_source import listed_in_fixture

    listed = listed_in_fixture(SOURCE_ID, FIXTURE_DIR, REGISTRY)
    todo = [key for key, value in EXPECTED.items() if value is None]
    if todo:
        pytest.fail(f"TODO: fill in EXPECTED {{todo}} in {{__file__}} with what the captured page shows "
                    f"(the spider listed {{len(listed)}} document(s); the first: {{listed[:1]}})")
    assert len(listed) == EXPECTED["documents"]
    assert listed[0].get("title") == EXPECTED["first_title"]
    assert listed[0].get("date") == EXPECTED["first_date"]
'''


def write_test(tests_dir: Path, fixture_dir: Path, entry: dict, url: str, registry: Path | None) -> Path:
    tests_dir.mkdir(parents=True, exist_ok=True)
    (tests_dir / "__init__.py").touch()
    path = path_inside(tests_dir, source_test_file_name(entry["id"]))
    path.write_text(TEST_TEMPLATE.format(
        source_id=entry["id"], today=dt.date.today().isoformat(), url=url,
        registry=str(registry) if registry else None, fixture_dir=os.path.relpath(fixture_dir, tests_dir),
    ), encoding="utf-8")
    return path


def listed_in_fixture(source_id: str, fixture_dir: Path, registry: str | None = None) -> list[dict]:
    """What the source's platform spider lists on the captured page: ``{url, title, date, …}`` each."""
    from scrapy import Request

    from banli.sources import find_source, load_registry
    from spiders.offline import build_spider, make_response, run_callback, split_requests

    meta = json.loads((fixture_dir / FIXTURE_META).read_text(encoding="utf-8"))
    spider = build_spider(find_source(source_id, load_registry(registry)))
    request: Request = next(iter(spider.start_column(spider.source["columns"][0])))
    headers = {"Content-Type": meta["content_type"]} if meta.get("content_type") else {}
    response = make_response(request, status=200, headers=headers, url=meta["url"],
                             body=path_inside(fixture_dir, meta["file"]).read_bytes())
    details, _ = split_requests(run_callback(request, response))
    return [{"url": detail.url, **(detail.cb_kwargs.get("listing") or {})} for detail in details]


# the command -----------------------------------------------------------------------------

def captured_page(url: str, from_file: str | None) -> tuple[bytes, str | None]:
    """The column page's bytes and content type: from a file, or fetched once."""
    if from_file:
        try:
            return Path(from_file).read_bytes(), None
        except OSError as error:
            raise AddSourceError(f"{from_file}: {error.strerror or error}") from None
    from scrapy import Request

    from spiders.offline import CheckFailed, Fetcher

    try:
        response = Fetcher()(Request(url))
    except CheckFailed as error:
        raise AddSourceError(str(error)) from None
    if response.status != 200:
        raise AddSourceError(f"{url} answered {response.status}")
    return response.body, response.headers.get("Content-Type", b"").decode("latin-1") or None


def platform_of(url: str, body: bytes, encoding: str, platform: str | None) -> tuple[str, dict]:
    """The platform (as given, else recognised from the page) and the options the page declares."""
    from spiders.fingerprint import fingerprint, suggested_options

    try:
        text = body.decode(encoding, errors="replace")
    except LookupError:  # an unknown encoding is refused, naming the field, when the entry is validated
        text = body.decode("utf-8", errors="replace")
    platform = platform or fingerprint(text, url)
    return platform, suggested_options(platform, text, url)


def add_source(url: str, *, source_id: str, platform: str | None = None, name: str | None = None,
               kind: str = "government",
               jurisdiction: str | None = None, min_documents: int = 10, encoding: str = "utf-8",
               from_file: str | None = None, registry: Path | None = None, tests_dir: Path = DEFAULT_TESTS_DIR,
               fixtures_dir: Path = DEFAULT_FIXTURES_DIR) -> dict[str, Path]:
    """Capture, register, write the test; returns the paths written. Checks everything before writing.

    Without ``platform`` the platform and its ``platform_options`` are read off the captured
    page (:mod:`spiders.fingerprint`).
    """
    from banli.sources import DEFAULT_REGISTRY, load_registry

    registry_path = Path(registry or DEFAULT_REGISTRY)
    test_path = tests_dir / source_test_file_name(source_id)
    registered = load_registry(registry_path)
    if test_path.exists():
        raise AddSourceError(f"{test_path} already exists")
    body, content_type = captured_page(url, from_file)
    platform, options = platform_of(url, body, encoding, platform)
    entry = new_entry(url, source_id=source_id, platform=platform, name=name, kind=kind, jurisdiction=jurisdiction,
                      min_documents=min_documents, encoding=encoding, test_path=project_relative(test_path),
                      platform_options=options)
    refuse_duplicates(entry, registered)
    fixture_dir = fixtures_dir / safe_file_name(source_id)
    page = write_fixture(fixture_dir, url, body, content_type)
    test = write_test(tests_dir, fixture_dir, entry, url, registry)
    append_entry(registry_path, entry)
    return {"fixture": page, "test": test, "registry": registry_path, "platform": platform, "platform_options": options}


@click.command("add-source")
@click.argument("url")
@click.option("--id", "source_id", required=True, help="Registry id: lowercase letters, digits, hyphens.")
@click.option("--platform", default=None,
              help="Platform family (trs, hanweb, gkmlpt, jpaas, html_list, repost, …); default: read off the page.")
@click.option("--name", default=None, help="Human name of the column (default: the id).")
@click.option("--kind", type=click.Choice(["government", "repost"]), default="government", show_default=True)
@click.option("--jurisdiction", default=None, help="The government's area (required for --kind government).")
@click.option("--min-documents", type=click.IntRange(min=0), default=10, show_default=True)
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding when pages declare none.")
@click.option("--from-file", type=click.Path(dir_okay=False), default=None, help="Use this saved page instead of fetching URL.")
@click.option("--registry", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Registry YAML to append to (default banli/sources.yaml).")
@click.option("--tests-dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_TESTS_DIR,
              help="Where the source's test goes.", show_default=True)
@click.option("--fixtures-dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_FIXTURES_DIR,
              help="Where the captured page goes (a sub-folder per source).", show_default=True)
def add_source_command(url, source_id, platform, name, kind, jurisdiction, min_documents, encoding, from_file,
                       registry, tests_dir, fixtures_dir):
    """Capture the column page at URL as a fixture, register it (disabled) and write its failing test."""
    from banli.sources import RegistryError

    try:
        written = add_source(url, source_id=source_id, platform=platform, name=name, kind=kind,
                             jurisdiction=jurisdiction, min_documents=min_documents, encoding=encoding,
                             from_file=from_file, registry=registry, tests_dir=tests_dir, fixtures_dir=fixtures_dir)
    except RegistryError as error:
        click.echo(f"banli: registry error: {error}", err=True)
        sys.exit(2)
    except AddSourceError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    for role in ("fixture", "test", "registry"):
        click.echo(f"{role:<9} {written[role]}")
    click.echo(f"platform  {written['platform']} {json.dumps(written['platform_options'], ensure_ascii=False)}")
    click.echo(f"next: fill in the TODOs in {written['test']}, run `banli check {source_id}`, then enable the entry")
