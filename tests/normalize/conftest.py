"""Shared helpers: fixture files, seed texts and the document JSON Schema."""

import json
from pathlib import Path

import jsonschema
import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
GOLDEN = Path(__file__).parents[1] / "golden"
SCHEMA_PATH = Path(__file__).parents[2] / "datasets" / "document.schema.json"
REAL_PAGES = Path(__file__).parents[1] / "real" / "pages"
JIADING_SOURCE = {"id": "jiading-mzj", "name": "嘉定区民政局", "jurisdiction": "嘉定区", "admin_level": "district",
                  "bureau": "上海市嘉定区民政局", "platform": "jiading-cms", "kind": "government"}
REPOST_SOURCE = {"id": "lgfwz", "name": "灵感范文站", "jurisdiction": "上海市", "admin_level": "province",
                 "bureau": "灵感范文站", "platform": "essay", "kind": "repost"}


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def real_page(page_id: str) -> str:
    """A page of the labelled real corpus (tests/real/pages), whole, as stored."""
    return (REAL_PAGES / f"{page_id}.txt").read_text(encoding="utf-8")


def seed_text(stem_prefix: str) -> str:
    return next(SEEDS.glob(f"{stem_prefix}*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def schema_validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def validate(schema_validator):
    """Assert a document matches the published JSON Schema (all errors in the message)."""

    def check(document: dict) -> dict:
        errors = sorted(schema_validator.iter_errors(document), key=lambda error: list(error.path))
        assert not errors, "; ".join(f"{list(error.path)}: {error.message}" for error in errors)
        return document

    return check
