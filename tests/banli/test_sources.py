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
])
def test_a_malformed_entry_names_entry_and_field(change, field):
    with pytest.raises(RegistryError) as raised:
        validate_entry({**GOOD, **change})
    assert raised.value.field == field
    assert raised.value.entry_id in (GOOD["id"], change.get("id"))
    assert repr(field) in str(raised.value)


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


def test_an_option_the_platform_does_not_read_is_refused():
    entry = {**GOOD, "platform_options": {"webid": "1"}}
    with pytest.raises(RegistryError, match="field 'platform_options.webid': is not an option of platform"):
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
