"""Registry validation and ``banli sources``: a malformed entry is refused naming entry and field."""

import json

import pytest
import yaml
from click.testing import CliRunner

from banli.crawl import sources
from banli.sources import RegistryError, load_registry, validate_entry

GOOD = {
    "id": "demo-mzj", "name": "示例民政局", "jurisdiction": "示例市", "admin_level": "city",
    "bureau": "示例市民政局", "kind": "government", "platform": "trs",
    "base_url": "https://mzj.example.gov.cn", "columns": ["/jytabl/"], "min_documents": 1,
}


@pytest.mark.parametrize(("change", "field"), [
    ({"platform": "wordpress"}, "platform"),
    ({"base_url": "https://mzj.example.gov.cn/col/"}, "base_url"),
    ({"columns": ["jytabl/"]}, "columns"),
    ({"columns": "/jytabl/"}, "columns"),
    ({"min_documents": "25"}, "min_documents"),
    ({"encoding": "klingon"}, "encoding"),
    ({"jurisdiction": None}, "jurisdiction"),
    ({"politeness": {"delay": 2}}, "politeness.delay"),
    ({"politeness": {"obey_robots": "no"}}, "politeness.obey_robots"),
    ({"renderer": "browser"}, "renderer"),
    ({"id": "Demo MZJ"}, "id"),
    ({"platform_options": {"item_selecter": "ul li"}}, "platform_options.item_selecter"),
    ({"platform_options": {"sid": 200028}}, "platform_options.sid"),
    ({"platform": "hanweb", "platform_options": {"perpage": "15"}}, "platform_options.perpage"),
    ({"platform": "html_list", "platform_options": {"follow_iframe": "yes"}}, "platform_options.follow_iframe"),
    ({"platform_options": {"variant": "table_rows"}}, "platform_options.variant"),
])
def test_a_malformed_entry_names_entry_and_field(change, field):
    with pytest.raises(RegistryError) as raised:
        validate_entry({**GOOD, **change})
    assert raised.value.field == field
    assert raised.value.entry_id in (GOOD["id"], change.get("id"))
    assert repr(field) in str(raised.value)


def test_an_unknown_option_is_refused_naming_it_and_the_platforms_options():
    with pytest.raises(RegistryError) as raised:
        validate_entry({**GOOD, "platform_options": {"item_selecter": "ul li"}})
    assert "'platform_options.item_selecter'" in str(raised.value) and "not a trs option" in str(raised.value)
    assert "item_selector" in str(raised.value)


def test_platform_options_each_platform_reads_are_accepted():
    for platform, options in [("trs", {"index_name": "index", "suffix": "html", "item_selector": "ul li"}),
                              ("hanweb", {"webid": 66, "columnid": "1229154633", "unitid": 7452016, "path": "/"}),
                              ("gkmlpt", {"sid": 200028, "column": 2853}),
                              ("jpaas", {"webId": "2758", "pageId": "1229743683", "pageSize": 15})]:
        assert validate_entry({**GOOD, "platform": platform, "platform_options": options})["platform_options"] == options
    replica = validate_entry({**GOOD, "replica_only": True, "replica": True, "platform_options": {"variant": "table_rows"}})
    assert replica["platform_options"] == {"variant": "table_rows"}


def test_a_missing_field_is_named():
    entry = dict(GOOD)
    del entry["base_url"]
    with pytest.raises(RegistryError, match="'demo-mzj': field 'base_url': is required"):
        validate_entry(entry)


def test_the_shipped_registry_is_valid_and_every_platform_has_a_spider_and_a_replica_site():
    import importlib

    from scrapy.utils.misc import load_object

    from banli.sources import PLATFORM_TABLE

    entries = load_registry()
    assert len(entries) >= 8
    assert {entry["platform"] for entry in entries} <= set(PLATFORM_TABLE)
    for platform in PLATFORM_TABLE.values():
        assert load_object(platform.spider) and importlib.import_module(platform.replica_site).site_for


def test_an_option_of_another_platform_is_refused():
    entry = {**GOOD, "platform_options": {"webid": "1"}}
    with pytest.raises(RegistryError, match="field 'platform_options.webid': is not a trs option"):
        validate_entry(entry)


def write_registry(tmp_path, entries):
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return str(path)


def test_banli_sources_lists_the_registry(tmp_path):
    result = CliRunner().invoke(sources, ["--registry", write_registry(tmp_path, [GOOD])])
    assert result.exit_code == 0
    assert "demo-mzj" in result.output and "trs" in result.output and "示例民政局" in result.output


def test_banli_sources_json_has_defaults_filled(tmp_path):
    result = CliRunner().invoke(sources, ["--json", "--registry", write_registry(tmp_path, [GOOD])])
    [entry] = json.loads(result.output)
    assert entry["encoding"] == "utf-8" and entry["enabled"] is True


def test_banli_sources_refuses_a_malformed_registry_in_one_line(tmp_path):
    registry = write_registry(tmp_path, [GOOD, {**GOOD, "id": "broken-mzj", "platform": "wordpress"}])
    result = CliRunner().invoke(sources, ["--registry", registry])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "'broken-mzj'" in lines[0] and "'platform'" in lines[0]


def test_replica_only_sources_are_skipped_live_and_refused_by_name():
    from banli.sources import RegistryError, load_registry, select_sources

    entries = load_registry()
    replica_only = {entry["id"] for entry in entries if entry["replica_only"]}
    assert replica_only, "the registry should carry the synthetic challenge sources"
    assert not replica_only & {entry["id"] for entry in select_sources(entries)}
    assert replica_only <= {entry["id"] for entry in select_sources(entries, replica=True)}
    with pytest.raises(RegistryError, match="replica_only"):
        select_sources(entries, [sorted(replica_only)[0]])


@pytest.mark.parametrize(("change", "field"), [
    ({"evidence": {"page": "https://other.example.gov.cn/jytabl/t1.shtml", "seen": "a crawler"}}, "evidence.page"),
    ({"evidence": {"page": "https://mzj.example.gov.cn/jytabl/t1.shtml"}}, "evidence.seen"),
    ({"evidence": {"page": "https://mzj.example.gov.cn/jytabl/t1.shtml", "seen": "x", "note": "y"}}, "evidence.note"),
    ({"verified": "yes"}, "verified"),
    ({"replica_only": True}, "replica"),
])
def test_the_verification_fields_are_checked(change, field):
    with pytest.raises(RegistryError) as raised:
        validate_entry({**GOOD, **change})
    assert raised.value.field == field


def test_entries_default_to_unverified_and_unserved_by_the_replica():
    entry = validate_entry(GOOD)
    assert entry["verified"] is False and entry["replica"] is False and entry["enabled"] is True


def test_replica_crawls_cover_only_what_the_replica_serves():
    from banli.sources import (
        RegistryError,
        load_registry,
        replica_sources,
        select_sources,
    )

    entries = load_registry()
    served = {entry["id"] for entry in entries if entry["replica"]}
    assert {entry["id"] for entry in replica_sources(entries)} == {e["id"] for e in entries if e["replica"] and e["enabled"]}
    unserved = next(entry for entry in entries if not entry["replica"])
    with pytest.raises(RegistryError, match="not served by the local replica"):
        select_sources(entries, [unserved["id"]], replica=True)
    assert not {entry["id"] for entry in select_sources(entries)} - served, "only served sources are enabled so far"


def test_the_registry_lists_real_columns_each_with_its_evidence():
    unverified = [entry for entry in load_registry() if entry.get("evidence")]
    assert len(unverified) >= 60
    assert {entry["admin_level"] for entry in unverified} == {"national", "province", "city", "district", "county"}
    assert len({entry["platform"] for entry in unverified}) >= 3
    for entry in unverified:
        assert entry["verified"] is False and entry["enabled"] is False and entry["replica"] is False, entry["id"]
        column_url = entry["base_url"] + entry["columns"][0]
        assert entry["evidence"]["page"].startswith(column_url.split("?")[0]), entry["id"]
        assert entry.get("expected"), entry["id"]


def test_the_replica_refuses_to_make_up_an_unserved_source():
    from replica.server import select_sources as replica_selection

    entries = load_registry()
    unserved = next(entry for entry in entries if not entry["replica"])
    assert {entry["id"] for entry in replica_selection(entries)} == {e["id"] for e in entries if e["replica"] and e["enabled"]}
    with pytest.raises(ValueError, match="not served by the replica"):
        replica_selection(entries, [unserved["id"]])


def test_enabled_not_verified_decides_what_a_crawl_takes():
    from banli.sources import select_sources

    entries = [validate_entry({**GOOD, "id": "checked-off", "verified": True, "enabled": False}),
               validate_entry({**GOOD, "id": "unchecked-on", "base_url": "https://mzj.other.gov.cn"})]
    assert [entry["id"] for entry in select_sources(entries)] == ["unchecked-on"]
