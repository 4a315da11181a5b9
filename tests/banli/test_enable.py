"""Marking checked columns verified and enabled in sources.yaml, comments and layout kept."""

import pytest
from click.testing import CliRunner

from banli.check import check
from banli.enable import enable_verified
from banli.sources import RegistryError, load_registry

REGISTRY = """# a registry with comments
- id: first-mzj
  name: 示例一
  jurisdiction: 示例市
  kind: government
  platform: trs
  base_url: https://mzj.example.gov.cn
  columns:
  - /jytabl/
  min_documents: 5
  enabled: false   # until checked
  verified: false

# an entry written by add-source (no verified line)
- id: second-mzj
  name: 示例二
  jurisdiction: 示例市
  kind: government
  platform: trs
  base_url: https://mzj.example2.gov.cn
  columns:
  - /jyta/
  min_documents: 5
  enabled: false

- id: third-mzj
  name: 示例三
  jurisdiction: 示例市
  kind: government
  platform: trs
  base_url: https://mzj.example3.gov.cn
  columns:
  - /jyta/
  min_documents: 5
  enabled: false
  verified: false
"""


@pytest.fixture
def registry(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


def test_checked_columns_become_verified_and_enabled_and_nothing_else_changes(registry):
    assert enable_verified(registry, ["first-mzj", "second-mzj"]) == ["first-mzj", "second-mzj"]
    entries = {entry["id"]: entry for entry in load_registry(registry)}
    assert entries["first-mzj"]["verified"] and entries["first-mzj"]["enabled"]
    assert entries["second-mzj"]["verified"] and entries["second-mzj"]["enabled"]
    assert not entries["third-mzj"]["verified"] and not entries["third-mzj"]["enabled"]
    text = registry.read_text(encoding="utf-8")
    assert text.startswith("# a registry with comments") and "# an entry written by add-source" in text
    assert text.count("\n") == REGISTRY.count("\n") + 1 and "enabled: true  # until checked" in text


def test_nothing_to_enable_leaves_the_file_untouched(registry):
    assert enable_verified(registry, ["no-such-source"]) == []
    assert registry.read_text(encoding="utf-8") == REGISTRY


def test_an_edit_that_would_not_validate_is_not_written(registry):
    broken = REGISTRY.replace("  platform: trs\n  base_url: https://mzj.example3.gov.cn", "  platform: wordpress\n  base_url: https://mzj.example3.gov.cn")
    registry.write_text(broken, encoding="utf-8")
    with pytest.raises(RegistryError):
        enable_verified(registry, ["first-mzj"])
    assert registry.read_text(encoding="utf-8") == broken


def test_the_replica_cannot_verify_a_column():
    result = CliRunner().invoke(check, ["--all", "--replica", "--enable-ok"])
    assert result.exit_code == 2 and "--enable-ok records live checks" in result.output
