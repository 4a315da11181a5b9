import json

from click.testing import CliRunner

from normalize.cli import commands, extract
from tests.normalize.conftest import SEEDS


def test_commands_list():
    assert commands == [extract]


def test_extract_seed_000():
    result = CliRunner().invoke(extract, [str(next(SEEDS.glob("000_*.txt")))])
    assert result.exit_code == 0
    document = json.loads(result.output)
    assert "武汉市民政局" in result.output  # not ASCII-escaped
    assert (document["index_number"], document["issuing_body"], document["publish_date"]) == (
        "010886343/2021-62972", "武汉市民政局", "2021-10-08")
    assert document["counts"]["total"] == 117 and document["evidence"]["counts.total"]


def test_several_paths_one_line_each():
    paths = [str(path) for path in sorted(SEEDS.glob("*.txt"))]
    result = CliRunner().invoke(extract, paths)
    lines = result.output.strip().split("\n")
    assert len(lines) == 5 and all(json.loads(line)["text"] for line in lines)


def test_bad_input_is_one_line_error(tmp_path):
    binary = tmp_path / "x.pdf"
    binary.write_bytes(b"%PDF-1.4 binary")
    result = CliRunner().invoke(extract, [str(binary), str(tmp_path / "missing.html")])
    assert result.exit_code == 1
    errors = [line for line in result.output.strip().split("\n") if line]
    assert len(errors) == 2 and all(line.startswith("error: ") for line in errors)
    assert "x.pdf" in errors[0] and "missing.html" in errors[1]
    assert "Traceback" not in result.output
