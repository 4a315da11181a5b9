"""Exports and the data package: stable columns, encodings, and a package that validates."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil

import pytest
from frictionless import validate

from publish import dictionary
from publish.export import export_all
from tests.publish.conftest import corpus


@pytest.fixture(scope="module")
def exported(built_db, tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("datasets")
    export_all(built_db, out_dir)
    return out_dir


def test_every_table_exported_with_dictionary_columns(exported):
    for table in dictionary.tables():
        with open(exported / f"{table}.csv", encoding="utf-8", newline="") as handle:
            assert next(csv.reader(handle)) == dictionary.column_names(table)
        assert (exported / f"{table}.excel.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not list(exported.glob(".*tmp*"))


def test_csv_round_trips_chinese_and_counts(exported):
    with open(exported / "documents.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(corpus())
    assert {row["title"] for row in rows} >= {"关于殡葬改革的提案答复"}


def test_excel_variant_keeps_ids_as_text(exported):
    text = (exported / "documents.excel.csv").read_text(encoding="utf-8-sig")
    assert '"=""' in text.splitlines()[1] and "\r\n" in (exported / "documents.excel.csv").read_bytes().decode("utf-8-sig")


def test_ndjson_is_utf8_with_decoded_json_columns(exported):
    lines = (exported / "documents.ndjson").read_text(encoding="utf-8").splitlines()
    assert "殡葬" in "".join(lines) and "\\u" not in "".join(lines)
    record = json.loads(lines[0])
    assert list(record) == dictionary.column_names("documents")
    assert isinstance(record["topics"], list)


def test_datapackage_validates(exported):
    descriptor = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert [r["path"] for r in descriptor["resources"]] == [f"{t}.csv" for t in dictionary.tables()]
    report = validate(str(exported / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_datapackage_gives_sizes_hashes_array_types_and_the_other_formats(exported):
    descriptor = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    documents = next(r for r in descriptor["resources"] if r["path"] == "documents.csv")
    fields = {field["name"]: field for field in documents["schema"]["fields"]}
    assert fields["topics"]["type"] == fields["flags"]["type"] == "array"
    for described in [documents, *documents["alternates"]]:
        data = (exported / described["path"]).read_bytes()
        assert described["bytes"] == len(data)
        assert described["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    assert {a["path"] for a in documents["alternates"]} == {"documents.ndjson", "documents.excel.csv"}


def test_tampered_file_fails_validation(exported, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(exported, copy)
    with open(copy / "topics.csv", "a", encoding="utf-8") as handle:
        handle.write("1,extra\n")
    assert not validate(str(copy / "datapackage.json")).valid
