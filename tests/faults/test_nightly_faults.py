"""``banli nightly`` under faults: nothing published is lost, and the summary says who failed and why.

A clean nightly publishes four replica sources; a second nightly runs with three of them
faulted (a list emptied by a redesign, redirect loops on every document, a wzws throttle on
everything). The database must still hold every document with none marked removed,
``crawl_runs`` must record the errors per source, and ``banli nightly`` must exit 1 with a
summary row naming each failing source and its reason. The faulted nightly is a full sweep: an
incremental one would not fetch the archived documents whose redirects now loop.
"""

from __future__ import annotations

import pytest
import sqlite_utils
from click.testing import CliRunner

import replica.server
from banli.nightly import nightly_command

pytestmark = pytest.mark.slow
CLEAN = "yichun-mzj-rdjy"
FAULTS = {"wuhan-mzj-jytabl": "empty_list", "gz-mzj-gkmlpt": "redirect_loop", "zj-mzt-jytabl": "wzws:1.0"}
REASONS = {"wuhan-mzj-jytabl": "fewer than min_documents", "gz-mzj-gkmlpt": "redirect loop",
           "zj-mzt-jytabl": "throttle"}
SOURCES = [*FAULTS, CLEAN]
RUNNING_REPLICA = replica.server.running_replica


def nightly(monkeypatch, faults: dict[str, str], *extra_options: str):
    """``banli nightly --replica`` for SOURCES, with the replica started with these faults."""
    fault_arguments = [argument for source_id, fault in faults.items() for argument in ("--fault", f"{source_id}={fault}")]

    def running_replica_with_faults(*args, **kwargs):
        return RUNNING_REPLICA(*args, **{**kwargs, "extra_args": [*kwargs.get("extra_args", ()), *fault_arguments]})

    monkeypatch.setattr(replica.server, "running_replica", running_replica_with_faults)
    options = ["--replica", "--no-export", *extra_options, *(option for source_id in SOURCES for option in ("--source", source_id))]
    return CliRunner().invoke(nightly_command, options)


@pytest.fixture(scope="module")
def nightlies(tmp_path_factory):
    """(clean result, faulted result, documents before, database path)."""
    root = tmp_path_factory.mktemp("nightly")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("BANLI_DATA", str(root / "data"))
        monkeypatch.setenv("BANLI_ARCHIVE", str(root / "data" / "archive"))
        monkeypatch.setenv("BANLI_DATASETS", str(root / "datasets"))
        db_path = root / "datasets" / "banli.db"
        clean = nightly(monkeypatch, {})
        before = {row["url"]: row for row in sqlite_utils.Database(db_path).query("select url, removed_at from documents")}
        faulted = nightly(monkeypatch, FAULTS, "--full")
    return clean, faulted, before, db_path


def summary_row(output: str, source_id: str) -> str:
    return next(line for line in output.splitlines() if line.startswith(source_id + " "))


def test_the_clean_nightly_passes(nightlies):
    clean, _, before, _ = nightlies
    assert clean.exit_code == 0, clean.output
    assert len(before) == 40 * len(SOURCES)


def test_no_published_document_is_lost_or_removed(nightlies):
    _, _, before, db_path = nightlies
    after = {row["url"]: row for row in sqlite_utils.Database(db_path).query("select url, removed_at from documents")}
    assert set(after) == set(before)
    assert not [url for url, row in after.items() if row["removed_at"]]


def test_crawl_runs_records_the_errors_per_source(nightlies):
    _, _, _, db_path = nightlies
    db = sqlite_utils.Database(db_path)
    last_run = db.execute("select max(run_id) from crawl_runs").fetchone()[0]
    rows = {row["source_id"]: row for row in db["crawl_runs"].rows_where("run_id = ?", [last_run])}
    assert rows["gz-mzj-gkmlpt"]["errors"] > 0 and rows["zj-mzt-jytabl"]["errors"] > 0
    assert rows["wuhan-mzj-jytabl"]["complete"] == 0 and rows["zj-mzt-jytabl"]["complete"] == 0
    assert rows[CLEAN]["errors"] == 0


def test_the_nightly_exits_1_naming_each_failing_source_and_why(nightlies):
    _, faulted, _, _ = nightlies
    assert faulted.exit_code == 1, faulted.output
    for source_id, reason in REASONS.items():
        row = summary_row(faulted.output, source_id)
        assert reason in row, row
        assert not row.rstrip().endswith(" ok")
    assert summary_row(faulted.output, CLEAN).rstrip().endswith("ok")
