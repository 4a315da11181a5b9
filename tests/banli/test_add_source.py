"""``banli add-source``: adding a source with a failing test (``banli check`` is in test_check.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from scrapy.http import Headers

from banli.add_source import add_source_command
from banli.sources import find_source, load_registry
from spiders.offline import make_response
from tests.spiders.helpers import FIXTURES

COLUMN_URL = "https://mzj.example.gov.cn/col/jytabl/index.shtml"


def test_responses_get_the_class_their_content_type_asks_for():
    from scrapy import Request

    json_answer = make_response(Request("https://x.gov.cn/api"), status=200, body=b"{}",
                                headers=Headers({"Content-Type": "application/json"}))
    assert json_answer.text == "{}"


# banli add-source ------------------------------------------------------------------------

@pytest.fixture
def workspace(tmp_path):
    registry = tmp_path / "sources.yaml"
    registry.write_text(Path(load_registry.__globals__["DEFAULT_REGISTRY"]).read_text(encoding="utf-8"), encoding="utf-8")
    page = tmp_path / "saved.html"
    page.write_bytes((FIXTURES / "trs_list_page0.html").read_bytes())
    return tmp_path, registry, page


def add(workspace, *extra, url=COLUMN_URL, source_id="example-mzj"):
    root, registry, page = workspace
    arguments = [url, "--id", source_id, "--platform", "trs", "--jurisdiction", "示例市", "--name", "示例市民政局 建议提案",
                 "--from-file", str(page), "--registry", str(registry), "--tests-dir", str(root / "tests" / "sources"),
                 "--fixtures-dir", str(root / "fixtures"), *extra]
    return CliRunner().invoke(add_source_command, arguments)


def run_pytest(test_file: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", str(test_file), "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(test_file.parent)], capture_output=True, text=True, cwd=test_file.parent)


def test_add_source_captures_registers_disabled_and_writes_a_test(workspace):
    root, registry, page = workspace
    result = add(workspace)
    assert result.exit_code == 0, result.output
    entry = find_source("example-mzj", load_registry(registry))
    assert entry["enabled"] is False and entry["base_url"] == "https://mzj.example.gov.cn"
    assert entry["columns"] == ["/col/jytabl/"] and entry["platform"] == "trs"
    fixture = root / "fixtures" / "example-mzj"
    assert (fixture / "index.shtml").read_bytes() == page.read_bytes()
    assert (fixture / "fixture.json").exists()
    assert (root / "tests" / "sources" / "test_example_mzj.py").exists()
    assert registry.read_text(encoding="utf-8").startswith("# banli source registry")


@pytest.mark.slow
def test_the_generated_test_fails_until_expectations_are_filled_in(workspace):
    root, _, _ = workspace
    assert add(workspace).exit_code == 0
    test_file = root / "tests" / "sources" / "test_example_mzj.py"
    failing = run_pytest(test_file)
    assert failing.returncode == 1
    assert "TODO: fill in EXPECTED ['documents', 'first_title', 'first_date']" in failing.stdout
    assert "the spider listed 3 document(s)" in failing.stdout
    filled = (test_file.read_text(encoding="utf-8")
              .replace('"documents": None', '"documents": 3')
              .replace('"first_title": None', '"first_title": "市民政局2021年议提案办理工作总结"')
              .replace('"first_date": None', '"first_date": "2021-10-29"'))
    test_file.write_text(filled, encoding="utf-8")
    passing = run_pytest(test_file)
    assert passing.returncode == 0, passing.stdout[-2000:]


def test_the_generated_test_is_skipped_without_its_fixture(workspace):
    root, _, _ = workspace
    assert add(workspace).exit_code == 0
    for path in (root / "fixtures" / "example-mzj").iterdir():
        path.unlink()
    result = run_pytest(root / "tests" / "sources" / "test_example_mzj.py")
    assert result.returncode == 5 or "skipped" in result.stdout


def test_add_source_refuses_a_duplicate_and_writes_nothing(workspace):
    root, registry, _ = workspace
    before = registry.read_text(encoding="utf-8")
    result = add(workspace, url="https://mzj.wuhan.gov.cn/zwgk_918/fdzdgk/qtzdgknr/jytabl/gzgk/index.shtml",
                 source_id="wuhan-again")
    assert result.exit_code == 1 and "already registered as 'wuhan-mzj-jytabl'" in result.output
    assert add(workspace, source_id="wuhan-mzj-jytabl").exit_code == 1
    assert registry.read_text(encoding="utf-8") == before
    assert not (root / "fixtures").exists() and not (root / "tests").exists()


@pytest.mark.parametrize(("arguments", "field"), [
    (["--id", "Bad Id!"], "id"),
    (["--platform", "wordpress"], "platform"),
    (["--min-documents", "0", "--encoding", "klingon"], "encoding"),
])
def test_add_source_refuses_a_malformed_entry_naming_the_field(workspace, arguments, field):
    root, registry, _ = workspace
    before = registry.read_text(encoding="utf-8")
    result = add(workspace, *arguments, source_id=arguments[1] if arguments[0] == "--id" else "example-mzj")
    assert result.exit_code == 2 and f"field {field!r}" in result.output
    assert registry.read_text(encoding="utf-8") == before and not (root / "fixtures").exists()


def test_a_government_source_needs_its_jurisdiction(workspace):
    root, registry, page = workspace
    result = CliRunner().invoke(add_source_command, [
        COLUMN_URL, "--id", "example-mzj", "--platform", "trs", "--from-file", str(page), "--registry", str(registry),
        "--tests-dir", str(root / "t"), "--fixtures-dir", str(root / "f")])
    assert result.exit_code == 2 and "field 'jurisdiction'" in result.output


def test_the_registry_file_keeps_validating(workspace):
    _, registry, _ = workspace
    assert add(workspace).exit_code == 0
    entries = yaml.safe_load(registry.read_text(encoding="utf-8"))
    assert entries[-1]["id"] == "example-mzj" and len(load_registry(registry)) == len(entries)
