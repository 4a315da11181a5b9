"""Canned queries: titles, parameters and SQL (SQL by nature; the search ones use escape_fts)."""

from __future__ import annotations

from publish.search import SEARCH_SQL

SINCE_DAYS = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || coalesce(nullif(:days, ''), '30') || ' days')"
CHART_FRAGMENT = ("#g.mark=line&g.x_column=handling_year&g.x_type=ordinal&g.y_column=value"
                  "&g.y_type=quantitative&g.color_column=jurisdiction")

QUERIES = {
    "search": {
        "title": "全文搜索（带摘要） / Full-text search with snippets",
        "description": ("输入一个或多个词（空格分隔，全部须出现），繁体亦可 / "
                        "One or more words (all must appear); traditional characters work too."),
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
    "figures_by_year": {
        "title": "各地各年度办理数字 / Handling figures by jurisdiction and year",
        "description_html": (
            "metric 例如 counts.total（默认）、rates.reply_rate、rates.satisfaction_rate。"
            f' <a href="{CHART_FRAGMENT}">看图 / Show the chart</a>'
        ),
        "sql": """select documents.handling_year, coalesce(documents.jurisdiction, '未注明 / not stated') as jurisdiction,
  handling_stats.metric, round(avg(handling_stats.value), 1) as value, count(*) as documents
from handling_stats join documents on documents.id = handling_stats.document_id
where handling_stats.level = 'all' and documents.handling_year is not null
  and handling_stats.metric = coalesce(nullif(:metric, ''), 'counts.total')
group by 1, 2, 3 order by 1, 2""",
        "params": ["metric"],
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
from documents order by first_seen desc limit 100""",
    },
    "changed_documents_feed": {
        "title": "banli 内容有变化的文件 / Changed documents",
        "sql": """select 'banli:document:' || id || ':' || content_hash as atom_id, title as atom_title,
  last_changed as atom_updated, coalesce(jurisdiction, '') || ' ' || coalesce(publish_date, '') as atom_content,
  url as atom_link
from documents where last_changed > first_seen order by last_changed desc limit 100""",
    },
}
