"""Canned queries: titles, parameters and SQL (SQL by nature; the search ones use escape_fts)."""

from __future__ import annotations

from publish.search import SEARCH_HELP, SEARCH_LIMIT, SEARCH_SQL

SINCE_DAYS = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || coalesce(nullif(:days, ''), '30') || ' days')"
CHART_FRAGMENT = ("#g.mark=circle&g.x_column=handling_year&g.x_type=ordinal&g.y_column=value"
                  "&g.y_type=quantitative&g.color_column=issuing_body")
COMPARE_LIMIT = 100  # a chart and table a reader can take in; narrow with jurisdiction
# One row per summary and figure: the value and sentence the summary states, with its document.
# `picked` walks summaries in the order shown (the index issuing_body, handling_year, publish_date,
# document_id; publish/schema.py), asks per summary whether it states the metric, and stops at the
# 100th; only those 100 are then joined to their figures. A plain join let SQLite build a Bloom
# filter over every figure first on some databases (35-50 ms at 100k documents instead of 1-5).
COMPARE_METRIC = "coalesce(nullif(:metric, ''), 'counts.total')"
COMPARE_SQL = f"""with picked as materialized (
  select summaries.document_id from summaries
  where summaries.handling_year is not null and summaries.issuing_body is not null
    and (coalesce(:jurisdiction, '') = '' or summaries.jurisdiction = :jurisdiction)
    and (summaries.is_repost = 0 or :include_reposts = '1')
    and (summaries.is_synthetic = 0 or :include_synthetic = '1')
    and (coalesce(summaries.doc_subtype, '') != 'progress_report' or :include_progress_reports = '1')
    and exists (select 1 from handling_stats where handling_stats.metric = {COMPARE_METRIC}
                and handling_stats.level = 'all' and handling_stats.document_id = summaries.document_id)
  order by summaries.issuing_body, summaries.handling_year, summaries.publish_date, summaries.document_id
  limit {COMPARE_LIMIT})
select summaries.handling_year, summaries.issuing_body,
  case when handling_stats.unit = '件' then cast(handling_stats.value as integer) else handling_stats.value end as value,
  handling_stats.unit,
  handling_stats.note as qualifier, summaries.doc_subtype, summaries.flags, summaries.document_id,
  handling_stats.evidence, summaries.jurisdiction
from picked join summaries on summaries.document_id = picked.document_id
  join handling_stats on handling_stats.document_id = summaries.document_id
  and handling_stats.level = 'all' and handling_stats.metric = {COMPARE_METRIC}
order by summaries.issuing_body, summaries.handling_year, summaries.publish_date, summaries.document_id"""

QUERIES_WITH_SQL_SHOWN = {
    "search": {
        "title": "全文搜索（带摘要） / Full-text search with snippets",
        "description": f"{SEARCH_HELP} 显示最新 {SEARCH_LIMIT} 条 / the newest {SEARCH_LIMIT} hits.",
        "sql": SEARCH_SQL,
        "params": ["q"],
    },
    "new_documents": {
        "title": "近 N 天新增的文件 / Documents new in the last N days",
        "description": "days 默认 30 / days defaults to 30",
        "sql": f"""select id, title, jurisdiction, doc_type, publish_date, first_seen, url
from documents where first_seen >= {SINCE_DAYS} order by first_seen desc""",
        "params": ["days"],
    },
    "changed_documents": {
        "title": "近 N 天内容有变化的文件 / Documents whose content changed in the last N days",
        "sql": f"""select documents.id, documents.title, documents.jurisdiction, documents.last_changed,
  document_versions.changed_fields, documents.url
from documents join document_versions
  on document_versions.document_id = documents.id and document_versions.content_hash = documents.content_hash
where documents.last_changed >= {SINCE_DAYS} and documents.last_changed > documents.first_seen
order by documents.last_changed desc""",
        "params": ["days"],
    },
    "removed_documents": {
        "title": "已从来源网站删除的文件 / Documents removed from the source site",
        "sql": """select id, title, jurisdiction, publish_date, last_seen, removed_at, url
from documents where removed_at is not null order by removed_at desc""",
    },
    "compare": {
        "title": "各机构各年度办理数字对比 / One figure per issuing body and year",
        "description_html": (
            "每行是一份办理总结原文写明的一个数字，不求平均、不相加；默认不含转载、合成测试页面和年中进展通报"
            "（include_reposts / include_synthetic / include_progress_reports 填 1 则包括）。jurisdiction 只看一地（如 武汉市）；"
            f"最多 {COMPARE_LIMIT} 行。"
            "metric 例如 counts.total（默认）、counts.npc_suggestions、rates.reply_rate、rates.satisfaction_rate"
            "（比较满意率前先看 qualifier）。点 document_id 看原文。"
            " / Each row is one figure as one summary states it: never averaged or added up; reposts, synthetic"
            " pages and mid-year progress reports left out unless include_reposts / include_synthetic /"
            f" include_progress_reports is 1; jurisdiction narrows to one place; at most {COMPARE_LIMIT} rows."
            f' <a href="{CHART_FRAGMENT}">看图 / Show the chart</a>'
        ),
        "sql": COMPARE_SQL,
        "params": ["metric", "jurisdiction", "include_reposts", "include_synthetic", "include_progress_reports"],
    },
    "item_by_number": {
        "title": "按编号查找建议提案或文件 / Look up an item by its number",
        "description": "建议提案编号（如 21-168）、索引号或文号 / Item number, index number or document number",
        "sql": """select 'mentioned item' as found, mentioned_items.number, mentioned_items.title, mentioned_items.kind,
  mentioned_items.outcome, documents.id as document_id, documents.title as document, documents.url
from mentioned_items join documents on documents.id = mentioned_items.document_id
where mentioned_items.number = :number
union all
select 'document', coalesce(index_number, doc_number), title, doc_type, null, id, title, url
from documents where index_number = :number or doc_number = :number""",
        "params": ["number"],
    },
    "new_documents_feed": {
        "title": "banli 新增文件 / New documents",
        "sql": """select 'banli:document:' || id as atom_id, title as atom_title, first_seen as atom_updated,
  coalesce(jurisdiction, '') || ' ' || coalesce(publish_date, '') || char(10) || substr(coalesce(text, ''), 1, 500) as atom_content,
  url as atom_link
from documents left join document_texts on document_texts.document_id = documents.id
order by first_seen desc limit 100""",
    },
    "changed_documents_feed": {
        "title": "banli 内容有变化的文件 / Changed documents",
        "sql": """select 'banli:document:' || id || ':' || content_hash as atom_id, title as atom_title,
  last_changed as atom_updated, coalesce(jurisdiction, '') || ' ' || coalesce(publish_date, '') as atom_content,
  url as atom_link
from documents where last_changed > first_seen order by last_changed desc limit 100""",
    },
}

# The canned queries' parameters as their forms label them (templates/query.html): Chinese first.
PARAM_LABELS = {
    "q": "搜索词 / q (search words)",
    "days": "天数（默认 30） / days",
    "metric": "指标（默认 counts.total 总件数） / metric",
    "jurisdiction": "行政区划（如 武汉市；空着为全部） / jurisdiction",
    "include_reposts": "包括转载（填 1） / include_reposts",
    "include_synthetic": "包括合成测试页面（填 1） / include_synthetic",
    "include_progress_reports": "包括年中进展通报（填 1） / include_progress_reports",
    "number": "编号（建议提案编号、索引号或文号） / number",
}

# Readers see the question and the answer; the SQL is one "show" link away.
QUERIES = {name: {**query, "hide_sql": True} for name, query in QUERIES_WITH_SQL_SHOWN.items()}
