"""load_tables loads every table normalize builds lazily, so that nothing is loaded by a later page."""

import importlib
import inspect
import pkgutil

import normalize
from normalize import normalize_page
from normalize.tables import load_tables
from tests.normalize.conftest import SEEDS, fixture_bytes


def _lazy_tables():
    """Every functools cache of normalize's modules that takes no argument: a table built on first use."""
    for module_info in pkgutil.iter_modules(normalize.__path__):
        module = importlib.import_module(f"normalize.{module_info.name}")
        for name, value in vars(module).items():
            if hasattr(value, "cache_info") and value.__module__ == module.__name__:
                parameters = inspect.signature(value).parameters.values()
                if all(parameter.default is not parameter.empty for parameter in parameters):
                    yield f"{module.__name__}.{name}", value


def test_every_lazy_table_is_loaded():
    load_tables()
    tables = dict(_lazy_tables())
    assert "normalize.gazetteer._word_rarity" in tables and "normalize.text._t2s_converter" in tables
    assert [name for name, table in tables.items() if table.cache_info().currsize == 0] == []


def test_pages_load_nothing_more(monkeypatch):
    load_tables()
    import jionlp.dictionary.dictionary_loader as loaders
    import opencc

    def refuse(*_arguments, **_keywords):
        raise AssertionError("a table was loaded after load_tables")

    for name in ("idf_loader", "pinyin_phrase_loader", "chinese_word_dictionary_loader"):
        monkeypatch.setattr(loaders, name, refuse)
    monkeypatch.setattr(opencc, "OpenCC", refuse)
    pages = [fixture_bytes(name) for name in ("wuhan_trs.html", "yichun_gbk.html", "essay_repost.html")]
    pages += [path.read_bytes() for path in sorted(SEEDS.glob("*.txt"))]
    documents = [normalize_page(page) for page in pages]
    assert all(document["text"] for document in documents)

