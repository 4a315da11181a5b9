"""dictionary.yaml → Datasette metadata (descriptions, facets, search, canned queries, plugins)."""

from __future__ import annotations

import json
from pathlib import Path

from markupsafe import escape

from publish import dictionary, search
from publish.facet_counts import FACET_COUNTS_TABLE
from publish.facet_groups import DOCUMENT_GROUPS_TABLE, GROUPS_TABLE
from publish.queries import CHART_FRAGMENT, QUERIES
from publish.search_facets import SEARCH_FACETS_TABLE

DATABASE_NAME = "banli"
HIDDEN_TABLES = ("_banli_meta", "_banli_runs", FACET_COUNTS_TABLE, GROUPS_TABLE, DOCUMENT_GROUPS_TABLE, SEARCH_FACETS_TABLE)


def how_to_use(database: str, licence_note: str = "") -> str:
    """The front page's few lines for a reader: where to search, compare and check a number."""
    return f"""<div class="banli-howto"><p><strong>怎么用 / How to use</strong></p><ol>
<li><a href="/{database}/search">搜索全文</a>：输入词语（如 养老），结果带摘要，点标题看文件。
 / <a href="/{database}/search">Search</a> the full text; click a title to open the document.</li>
<li><a href="/{database}/summaries?is_repost=0&amp;is_synthetic=0">办理总结</a>：每份总结一行，可按年度、地区筛选。
 / <a href="/{database}/summaries?is_repost=0&amp;is_synthetic=0">Handling summaries</a>, one row each.</li>
<li><a href="/{database}/compare{CHART_FRAGMENT}">对比图</a>：各机构各年度的同一指标，每个点都是原文写明的数字。
 / <a href="/{database}/compare{CHART_FRAGMENT}">Compare</a> one figure across bodies and years.</li>
<li>每个数字都在其文件页上，附原文句子和原网址。 / Every figure is on its document's page with the sentence it came from.</li>
</ol><p>转载（非政府网站）和合成测试页面已标出。 / Reposts and synthetic test pages are marked.</p>
<p><small>{escape(licence_note)}</small></p></div>"""


def datasette_metadata(database_name: str = DATABASE_NAME) -> dict:
    spec = dictionary.load_dictionary()
    licence = spec["licence"]
    return {
        "title": spec["title"],
        "license": licence["title"],
        "license_url": licence["path"],
        "source": "banli source registry (banli/sources.yaml)",
        "source_url": spec["homepage"],
        "about": "banli",
        "about_url": spec["homepage"],
        "description_html": how_to_use(database_name, spec["licence_note"]),
        "databases": {database_name: {
            "description": f"{spec['description']} / {spec['description_en']}",
            "tables": {**_tables(), **{name: {"hidden": True} for name in HIDDEN_TABLES}},
            "queries": QUERIES,
        }},
        "plugins": {"datasette-atom": {"allow_unsafe_html_in_canned_queries": False}},
    }


def _tables() -> dict:
    tables = {}
    for name, spec in dictionary.tables().items():
        table = {
            "title": f"{dictionary.short_name(spec)} / {name}",
            "description": dictionary.bilingual(spec),
            "columns": {column["name"]: dictionary.bilingual(column) for column in spec["columns"]},
            "facets": [counted_facet(facet) for facet in spec.get("facets", [])],
        }
        for key in ("sort_desc", "label_column"):
            if key in spec:
                table[key] = spec[key]
        tables[name] = table
    tables["documents"].update(fts_table=search.FTS_TABLE, fts_pk="id", searchmode="escaped")
    return tables


def counted_facet(facet: str | dict) -> dict:
    """A dictionary facet as our counted facet (publish/search_plugin/facets.py): ``year`` facets sorted by year."""
    if isinstance(facet, dict):
        (sort, column), = facet.items()
        return {"counted": {"column": column, "sort": sort}}
    return {"counted": facet}


def write_metadata(path: str | Path, database_name: str = DATABASE_NAME) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(datasette_metadata(database_name), ensure_ascii=False, indent=2), encoding="utf-8")
    return path
