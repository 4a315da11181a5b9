"""The code passes ruff and keeps its layers (both configured in pyproject.toml)."""

import ast
import subprocess
import sys
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=PROJECT_ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_stages_import_downward_only():
    """The import-linter contracts in pyproject.toml (layers; normalize imports no stage above it)."""
    result = subprocess.run([str(Path(sys.executable).with_name("lint-imports")), "--no-cache"], cwd=PROJECT_ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice():
    """A second `_PATTERN = …` further down a module silently replaces the first for every function,
    which ruff does not report for constants (a merge once left two `_RAISED` in normalize/counts.py)."""
    twice = {}
    for path in sorted(PROJECT_ROOT.glob("[!.]*/**/*.py")):
        if ".venv" in path.parts or "tests" in path.parts:
            continue
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        repeated = sorted(name for name, count in counts.items() if count > 1)
        if repeated:
            twice[str(path.relative_to(PROJECT_ROOT))] = repeated
    assert not twice, twice


def test_normalize_type_checks():
    """mypy over normalize/ (configured in pyproject.toml): an annotation that says `str` where None can
    arrive hides a crash (counts._proposals_among_the_filed took min() of None for a numeral no reading
    gives), and a true one is what a compiler such as mypyc would need (docs/benchmarks.md)."""
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental"], cwd=PROJECT_ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
