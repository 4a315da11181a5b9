"""Fixtures for the publish tests: an archive of pages whose 'normalizer' is json.loads.

The normalize stage is replaced by a stand-in so these tests exercise publish alone; the
end-to-end test (test_end_to_end.py) runs the real normalizer on replica pages.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from archive.store import Archive
from archive.summary import RunSummary, SourceOutcome
from publish.build import Normalizer, publish

SOURCE = {
    "id": "test-mzj", "name": "测试市民政局 建议提案办理", "jurisdiction": "测试市", "admin_level": "city",
    "bureau": "测试市民政局", "kind": "government", "platform": "trs", "base_url": "https://mzj.test.gov.cn",
    "columns": ["/jytabl/"], "min_documents": 2, "enabled": True,
}
COLUMN_URL = "https://mzj.test.gov.cn/jytabl/"

BODIES = [
    ("关于2021年建议提案办理工作情况的报告",
     "2021年我局共承办人大代表建议和政协提案45件，其中养老服务体系建设相关12件。办复率100%，满意率98.5%。"),
    ("关于殡葬改革的提案答复", "殡葬改革是民生大事。我局将推进惠民殡葬政策，完善殡葬服务设施。"),
    ("关于社区养老的建议答复", "社区居家养老是重点，我局积极推动养老机构建设。"),
    ("关于加强婚姻登记服务的通知", "为进一步提升婚姻登记服务水平，现将有关事项通知如下。"),
    ("关于<script>alert(1)</script>的测试", '<img src=x onerror=alert(1)> 正文 <script>alert("x")</script> 养'),
    ("關於殯葬管理的答覆", "繁体来源：殡葬管理条例修订，养 老分开写。"),
    ("2020年度办理工作总结", "2020年共办理建议30件、提案15件，见面率100%。养老保险、医疗保障局相关。"),
    ("关于2021年上半年建议提案办理进展情况的报告", "截至6月底，已办复建议提案20件。"),
    ("关于2021年建议提案办理工作情况的报告", "（转载）2021年我局共承办人大代表建议和政协提案45件。"),
    ("2022年度建议提案办理工作总结", "2022年共承办建议提案60件，其中市级建议37件（主办34件、协办3件）。"),
]
# Per position in BODIES: what the normalizer reads beyond the defaults of make_document.
OVERRIDES = {
    0: {"handling_year": 2021},
    3: {"handling_year": None, "doc_type": "notice", "doc_subtype": "assignment_notice"},
    6: {"handling_year": 2020},
    7: {"handling_year": 2021, "doc_subtype": "progress_report", "counts": {"total": 20},
        "evidence": {"counts.total": "已办复建议提案20件"}},
    8: {"handling_year": 2021, "is_repost": True, "flags": ["repost"], "publish_date": "2021-12-30"},
    9: {"handling_year": 2022, "flags": ["synthetic"], "counts": {"total": 60, "npc_suggestions": None},
        "rates": {}, "rate_notes": {},
        "evidence": {"counts.total": "2022年共承办建议提案60件"},
        "breakdown": [{"level": "市", "kind": "npc_suggestions", "role": None, "value": 37, "evidence": "市级建议37件"},
                      {"level": "市", "kind": "npc_suggestions", "role": "lead", "value": 34, "evidence": "主办34件"}]},
}


def make_document(index: int, title: str, text: str, **overrides) -> dict:
    summary = "总结" in title or "报告" in title
    document = {
        "url": f"{COLUMN_URL}t{index}.html", "title": title, "doc_type": "summary" if summary else "reply",
        "doc_subtype": "annual_summary" if summary else "reply_letter", "is_repost": False, "flags": [],
        "breakdown": [],
        "index_number": f"TEST-2021-{index:04d}", "index_parts": {"prefix": "TEST", "year": "2021", "serial": f"{index:04d}"},
        "issuing_body": "测试市民政局" if index % 2 == 0 else "测试市卫生健康委员会", "issuing_body_raw": "测试市民政局",
        "jurisdiction": "测试市", "admin_level": "city", "publish_date": f"2021-0{1 + index % 9}-15",
        "signed_date": None, "doc_number": None, "topic_category": "民政" if index % 2 == 0 else "卫生",
        "validity": None, "handling_year": 2020 + index % 2, "script": "simplified", "text": text, "text_original": None,
        "counts": {"total": 45, "npc_suggestions": 30, "cppcc_proposals": 15},
        "counts_by_level": {"市": {"npc_suggestions": 20}},
        "rates": {"reply_rate": 100.0, "satisfaction_rate": 98.5}, "rate_notes": {"satisfaction_rate": "满意和基本满意"},
        "outcomes": {"adopted": 8}, "topics": ["养老"] if "养老" in text else ["殡葬"],
        "mentioned_items": [{"number": f"21-{index}", "title": "关于养老的建议", "kind": "建议", "proposers": ["朱芳"],
                             "outcome": "全部采纳"}],
        "evidence": {"counts.total": "2021年我局共承办人大代表建议和政协提案45件", "rates.reply_rate": "办复率100%",
                     "rates.satisfaction_rate": "满意率98.5%"},
        "attachments": [{"url": f"{COLUMN_URL}a{index}.pdf", "name": "附件1", "type": "pdf"}], "warnings": [],
    }
    document.update(overrides)
    return document


def corpus() -> list[dict]:
    return [make_document(i, title, text, **OVERRIDES.get(i, {})) for i, (title, text) in enumerate(BODIES)]


def fingerprint(document: dict) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def json_normalizer(version: str = "test-1") -> Normalizer:
    return Normalizer(version, lambda content, **_: json.loads(content), fingerprint)


def archive_run(archive_root: Path, documents: list[dict], *, run_id: str, complete: bool = True,
                rechecks: list[tuple[str, int, dict]] = (), fetched_at: str | None = None) -> None:
    """One crawl run: a list page, a detail fetch per document, optional rechecks, a summary."""
    log = Archive(archive_root).open_run(run_id, worker="test")
    when = fetched_at or f"{run_id[:4]}-{run_id[4:6]}-{run_id[6:8]}T00:00:00.000000Z"
    log.record_fetch(url=COLUMN_URL, source_id=SOURCE["id"], kind="list", status=200, body=b"<ul></ul>",
                     headers={"content-type": "text/html"}, fetched_at=when)
    for document in documents:
        log.record_fetch(url=document["url"], source_id=SOURCE["id"], kind="detail", status=200,
                         body=json.dumps(document, ensure_ascii=False).encode(), headers={"content-type": "text/html"},
                         listing={"title": document["title"]}, parent_url=COLUMN_URL, fetched_at=when)
    for url, status, headers in rechecks:
        log.record_fetch(url=url, source_id=SOURCE["id"], kind="recheck", status=status, body=None,
                         headers=headers, fetched_at=when)
    log.write_summary(RunSummary(run_id, when, when, {SOURCE["id"]: SourceOutcome(
        list_pages=1, documents=len(documents), pages=len(documents) + 1, new=0, attachments=0,
        errors=0, complete=complete, min_documents=SOURCE["min_documents"],
        below_minimum=len(documents) < SOURCE["min_documents"], seen_urls=len(documents))}))
    log.close()


def publish_test(archive_root: Path, db_path: Path, version: str = "test-1"):
    return publish(archive_root, db_path, normalizer=json_normalizer(version), registry=[SOURCE], workers=1)


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("catalog")
    archive_run(root / "archive", corpus(), run_id="20240101T000000Z")
    db_path = root / "banli.db"
    publish_test(root / "archive", db_path)
    return db_path
