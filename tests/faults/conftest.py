"""Crawls of the replica with faults switched on, shared by the fault tests.

One clean crawl of every source builds the archive; then two faulted crawls run into the
same archive, each with five faults on five sources and the other three sources clean. A
fault test looks up its source's outcome in the crawl that carried its fault. Fault
decisions hash (seed, fault, path, attempt), so every run sees the same faults.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from archive.store import Archive
from banli.sources import find_source, replica_sources
from replica.server import running_replica
from spiders.run import run_crawl

QUIET = {"LOG_LEVEL": "ERROR"}
SLOW_SECONDS = 3
SLOW_SOURCE_TIMEOUT = 2  # only the source with the slow fault: the clean ones keep the profile's timeout
FAULT_GROUPS = (
    {"error_5xx": ("wuhan-mzj-jytabl", "0.7"), "slow": ("yichang-gov-tzgg", str(SLOW_SECONDS)),
     "truncate": ("jiading-mzj", None), "reset": ("yichun-mzj-rdjy", "0.7"), "wzws": ("zj-mzt-jytabl", "0.5")},
    {"redirect_loop": ("gz-mzj-gkmlpt", None), "wrong_charset": ("wuhan-mzj-jytabl", None),
     "huge_page": ("zcbk-mirror", None), "empty_list": ("yichun-mzj-rdjy", None), "gone": ("lgfwz-essay", None)},
)
# Archived pages are re-fetched conditionally and the replica answers 304 before a body could be
# cut, so the truncate fault only bites on pages new to the archive: its source stays out of the
# clean first crawl.
NOT_IN_BASELINE = ("jiading-mzj",)
# Plain-HTTP sources without faults of their own in the registry (no browser, no challenge pages).
ALL_SOURCES = [entry["id"] for entry in replica_sources() if entry["render"] == "http" and not entry["faults"]]


@dataclass
class FaultedCrawl:
    """One crawl under faults: which fault sat on which source, the summary, the archive after it."""

    faults: dict[str, str]  # fault name -> source id
    summary: dict
    archive: Archive
    blobs_before: int
    blobs_after: int

    @property
    def clean_sources(self) -> list[str]:
        return [source_id for source_id in ALL_SOURCES if source_id not in self.faults.values()]

    def outcome(self, fault: str) -> dict:
        return self.summary["sources"][self.faults[fault]]

    def records(self, fault: str | None = None, source_id: str | None = None, kind: str | None = None) -> list[dict]:
        source_id = source_id or self.faults[fault]
        return [record for record in self.archive.iter_records(self.summary["run_id"])
                if record["source_id"] == source_id and (kind is None or record["kind"] == kind)]


def fault_arguments(group: dict) -> list[str]:
    arguments = []
    for fault, (source_id, value) in group.items():
        arguments += ["--fault", f"{source_id}={fault}" + (f":{value}" if value else "")]
    return arguments


def with_short_timeout(source_id: str) -> dict:
    """The source's entry with a download timeout below the slow fault's delay."""
    entry = find_source(source_id)
    return {**entry, "politeness": {**entry["politeness"], "download_timeout": SLOW_SOURCE_TIMEOUT}}


def crawl(archive: Archive, extra_args=(), sources=tuple(ALL_SOURCES), slow_source: str | None = None) -> dict:
    entries = [with_short_timeout(source) if source == slow_source else source for source in sources]
    with running_replica(extra_args=extra_args, sources=sources) as host_map:
        return run_crawl(entries, archive_root=archive.root, replica_map=host_map, settings=QUIET)


@pytest.fixture(scope="session")
def baseline(tmp_path_factory):
    """A clean crawl of every source: (archive, summary, {url: sha256} of every archived page)."""
    archive = Archive(tmp_path_factory.mktemp("faults") / "archive")
    summary = crawl(archive, sources=[source for source in ALL_SOURCES if source not in NOT_IN_BASELINE])
    archive.update_index()
    pages = {page["url"]: page["sha256"] for page in archive.latest_pages()}
    return archive, summary, pages


@pytest.fixture(scope="session")
def faulted_crawls(baseline) -> dict[str, FaultedCrawl]:
    """Fault name -> the faulted crawl that carried it (two crawls, run one after the other)."""
    archive = baseline[0]
    by_fault = {}
    for group in FAULT_GROUPS:
        blobs_before = archive.blob_count()
        summary = crawl(archive, fault_arguments(group), slow_source=group.get("slow", (None,))[0])
        faulted = FaultedCrawl({fault: source for fault, (source, _) in group.items()}, summary, archive,
                               blobs_before, archive.blob_count())
        by_fault.update(dict.fromkeys(group, faulted))
    return by_fault
