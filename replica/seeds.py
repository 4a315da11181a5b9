"""The five real seed pages, cut into title, metadata and body.

The seed files are plain-text captures of real pages (chrome included). Each needs a few
hand-written facts the text does not carry reliably (where the body starts and ends, a
publication date where the page showed none, the real document id in its URL) and the
normalized values a reader can verify by hand; those live in :data:`SEED_FACTS`.
Copies of the files ship in ``replica/seeds/`` so the replica works without ``../shared``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

PACKAGE_SEEDS = Path(__file__).with_name("seeds")


@dataclass(frozen=True)
class SeedFacts:
    title: str
    published: str
    body_from: str
    body_to: str | None
    doc_id: int
    expected: dict
    index_number: str | None = None
    occurrence: int = 1
    extra: dict = field(default_factory=dict)


SEED_FACTS = {
    "000_86ed3f2f62b82968": SeedFacts(
        title="市民政局2021年议提案办理工作总结",
        published="2021-10-08 10:00",
        index_number="010886343/2021-62972",
        body_from="2021年,在市政府督查室的指导下",
        body_to="2021年9月30日",
        doc_id=1822695,
        extra={"url_date": "20211029"},
        expected={
            "issuing_body": "武汉市民政局",
            "handling_year": 2021,
            "counts": {"total": 117, "lead": 28, "joint": 78},
            "rates": {"meeting": 100.0, "reply": 100.0, "satisfaction": 100.0},
        },
    ),
    "001_2fe878b2e108fe82": SeedFacts(
        title="2019年政協提案辦理情況彙報",
        published="2019-11-20 09:12",
        body_from="民生工作事關羣衆的切身利益",
        body_to=None,
        doc_id=88213,
        expected={
            "issuing_body": None,
            "handling_year": 2019,
            "counts": {"total": None, "cppcc_proposals": 13},  # one kind stated: no total (docs/labelling.md)
            "rates": {"reply": 100.0},
        },
    ),
    "002_bc4318cc3e1f2a43": SeedFacts(
        title="关于市政府系统2021年人大代表建议和政协提案办理工作情况的通报",
        published="2021-10-13 16:30",
        body_from="2021年,市政府系统承办人大代表议案建议208件",
        body_to="2021年10月09日",
        occurrence=2,
        doc_id=1003318,
        expected={
            "issuing_body": "宜昌市人民政府办公室",
            "handling_year": 2021,
            "counts": {},
            "rates": {},
        },
    ),
    "003_7bc5d565849fe77f": SeedFacts(
        title="嘉定区民政局2021年区建议提案办理工作总结",
        published="2021-11-15 14:20",
        index_number="00001434-9/2021-00178",
        body_from="一、基本情况",
        body_to="2021年11月 15 日",
        doc_id=1236527,
        expected={
            "issuing_body": "上海市嘉定区民政局",
            "handling_year": 2021,
            "counts": {"total": 28, "lead": 18, "joint": 10},
            "rates": {"meeting": 100.0, "reply": 100.0, "satisfaction": 100.0},
        },
    ),
    "004_414199d8c11842ec": SeedFacts(
        title="市民政局2024年人大建议办理情况报告",
        published="2024-06-20 15:42",
        body_from="2024年,市民政局深入贯彻市人大各项决策部署",
        body_to="为构建和谐社会、增进民生福祉作出更多的贡献。",
        doc_id=4612207,
        expected={
            "issuing_body": "宜春市民政局",
            "handling_year": 2024,
            # one kind only, its roles inside it: no total; the roles are the document's lead/joint
            # (docs/labelling.md, Decisions: one kind only)
            "counts": {"total": None, "npc_suggestions": 6, "lead": 4, "joint": 2},
            "rates": {"meeting": 100.0, "reply": 100.0, "satisfaction": 100.0},
        },
    ),
}


@dataclass(frozen=True)
class Seed:
    seed_id: str
    facts: SeedFacts
    paragraphs: tuple[str, ...]

    @property
    def published(self) -> datetime:
        return datetime.strptime(self.facts.published, "%Y-%m-%d %H:%M")


def seeds_dir() -> Path:
    """The package copy, or ``$BANLI_SHARED/seeds`` when that is set (to try new captures)."""
    shared = os.environ.get("BANLI_SHARED")
    if shared and (Path(shared) / "seeds").is_dir():
        return Path(shared) / "seeds"
    return PACKAGE_SEEDS


@cache
def load_seed(seed_id: str) -> Seed:
    facts = SEED_FACTS[seed_id]
    text = (seeds_dir() / f"{seed_id}.txt").read_text(encoding="utf-8")
    return Seed(seed_id, facts, tuple(_body_lines(text, facts)))


def _body_lines(text: str, facts: SeedFacts) -> list[str]:
    lines = [line.strip() for line in text.splitlines()]
    starts = [n for n, line in enumerate(lines) if line.startswith(facts.body_from)]
    start = starts[facts.occurrence - 1]
    body = []
    for line in lines[start:]:
        if line:
            body.append(line)
        if facts.body_to and line.endswith(facts.body_to):
            break
    return body
