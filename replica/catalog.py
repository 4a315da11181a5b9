"""The replica's documents: for each source, document ``i`` is computed from ``(source, i)``.

Nothing is built up front. A catalogue knows its size, where the seed sits in the date
order and which position holds the summary whose content is a PDF; any document is derived
on demand from a ``random.Random`` seeded with ``"<source id>:<position>"``, so memory stays
flat whatever the size and two runs serve the same bytes. Position 0 is the newest; lists
show positions in order. Every generated document is ``synthetic``; seed documents are not.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property, lru_cache

from replica import writing
from replica.pdf import text_pdf
from replica.seeds import Seed, load_seed

DEFAULT_SIZE = 40
NEWEST = datetime(2024, 12, 20, 10, 0)
OLDEST = datetime(2013, 1, 8, 9, 0)
ID_STRIDE = 3


@dataclass(frozen=True)
class Profile:
    """What a source's documents look like beyond the registry: ids, index numbers, voice."""

    id_base: int
    short: str
    level: str
    column_name: str
    index_prefix: str | None = None
    weights: tuple = (2, 5, 3)
    signature: str | None = None
    issuers: tuple = ()
    traditional: bool = False


PROFILES = {
    "wuhan-mzj-jytabl": Profile(2_236_907, "市民政局", "市", "工作概况", "010886343"),
    "yichang-gov-tzgg": Profile(1_431_772, "市政府办公室", "市", "通知公告", weights=(1, 1, 6),
                                signature="市政府政务督查室"),
    "jiading-mzj": Profile(1_498_311, "区民政局", "区", "人大代表建议和政协提案办理", "00001434-9",
                           signature="嘉定区民政局"),
    "yichun-mzj-rdjy": Profile(4_986_120, "市民政局", "市", "人大建议"),
    "zj-mzt-jytabl": Profile(59_612_402, "省民政厅", "省", "建议提案办理", "002482066"),
    "gz-mzj-gkmlpt": Profile(8_412_990, "市民政局", "市", "建议提案办理", "007482919"),
    "lgfwz-essay": Profile(412_733, "我局", "市", "彙報材料", signature="xxx市民政局",
                           traditional=True, weights=(6, 2, 2)),
    "zcbk-mirror": Profile(1_862_044, "市民政局", "市", "政府文件",
                           issuers=("襄阳市民政局", "荆州市民政局", "十堰市民政局", "黄石市民政局", "孝感市民政局")),
    "hubei-mzt-jytabl": Profile(3_704_551, "省民政厅", "省", "建议提案办理", "011043141"),
    "mca-jytabl": Profile(5_112_087, "民政部", "全国", "建议提案办理结果公开", "000014355"),
    "chengdu-mzj-jytabl": Profile(1_286_340, "市民政局", "市", "建议提案办理", "008726301"),
}
DEFAULT_PROFILE = Profile(3_000_001, "本局", "市", "建议提案办理")


# How each source's attachment summary was produced (replica/attachments.py makes them); sources
# not named here serve the small hand-built PDF. `xlsx` keeps the summary on the page and attaches
# the list of handled items as a spreadsheet.
ATTACHMENT_KINDS = {
    "wuhan-mzj-jytabl": "browser_pdf", "yichang-gov-tzgg": "docx", "jiading-mzj": "office_pdf",
    "yichun-mzj-rdjy": "scan_pdf", "zj-mzt-jytabl": "xlsx", "gz-mzj-gkmlpt": "doc",
    "hubei-mzt-jytabl": "browser_pdf", "mca-jytabl": "office_pdf", "chengdu-mzj-jytabl": "docx",
}
_EXTENSIONS = {"docx": "docx", "doc": "doc", "xlsx": "xlsx"}
CONTENT_TYPES = {"pdf": "application/pdf", "doc": "application/msword",
                 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@dataclass(frozen=True)
class Attachment:
    file_id: str
    title: str
    paragraphs: tuple
    kind: str = "text_pdf"
    items: tuple = ()

    @property
    def extension(self) -> str:
        return _EXTENSIONS.get(self.kind, "pdf")

    @property
    def filename(self) -> str:
        return f"{self.file_id}.{self.extension}"

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.extension]

    def content(self) -> bytes:
        from replica import attachments

        title, paragraphs = self.title, list(self.paragraphs)
        makers = {
            "browser_pdf": lambda: attachments.browser_pdf(title, paragraphs),
            "office_pdf": lambda: attachments.office_pdf(title, paragraphs),
            "scan_pdf": lambda: attachments.scanned_pdf(attachments.browser_pdf(title, paragraphs)),
            "docx": lambda: attachments.docx_file(title, paragraphs),
            "doc": lambda: attachments.doc_file(title, paragraphs),
            "xlsx": lambda: attachments.items_xlsx(title, [dict(item) for item in self.items]),
        }
        return makers.get(self.kind, lambda: text_pdf(title, paragraphs))()


@dataclass(frozen=True)
class Document:
    source_id: str
    position: int
    doc_id: int
    published: datetime
    url_date: datetime
    title: str
    doc_type: str
    synthetic: bool
    index_number: str | None
    paragraphs: tuple
    issuer: str | None
    column_name: str
    expected: dict = field(default_factory=dict)
    attachment: Attachment | None = None


class SourceCatalog:
    """The documents one source serves, newest first, each computed on request."""

    def __init__(self, source: dict, size: int | None = None):
        self.source = source
        self.size = max(1, size or DEFAULT_SIZE)
        self.profile = PROFILES.get(source["id"], DEFAULT_PROFILE)
        self.seed: Seed | None = load_seed(source["seed"]) if source.get("seed") else None
        self.step = (NEWEST - OLDEST) / self.size
        self.seed_position = self._seed_position()
        self.pdf_position = next((p for p in (3, 4) if p != self.seed_position and p < self.size), None)
        self.id_base = self._id_base()
        self.document = lru_cache(maxsize=512)(self._build)

    def _seed_position(self) -> int | None:
        if not self.seed:
            return None
        return min(self.size - 1, max(0, round((NEWEST - self.seed.published) / self.step)))

    def _id_base(self) -> int:
        base = self.profile.id_base
        if self.seed and (base - self.seed.facts.doc_id) % ID_STRIDE == 0:
            base += 1
        return base

    def doc_id(self, position: int) -> int:
        if position == self.seed_position:
            return self.seed.facts.doc_id
        return self.id_base - position * ID_STRIDE

    def position_of(self, doc_id: int) -> int | None:
        if self.seed and doc_id == self.seed.facts.doc_id:
            return self.seed_position
        offset, remainder = divmod(self.id_base - doc_id, ID_STRIDE)
        if remainder or not 0 <= offset < self.size or offset == self.seed_position:
            return None
        return offset

    def published(self, position: int) -> datetime:
        moment = NEWEST - self.step * position
        return moment.replace(second=0, microsecond=0)

    def _build(self, position: int) -> Document:
        if not 0 <= position < self.size:
            raise IndexError(position)
        if position == self.seed_position:
            return self._seed_document()
        return self._generated_document(position)

    def _seed_document(self) -> Document:
        facts = self.seed.facts
        url_date = datetime.strptime(facts.extra["url_date"], "%Y%m%d") if "url_date" in facts.extra else self.seed.published
        expected = dict(facts.expected)
        return Document(
            self.source["id"], self.seed_position, facts.doc_id, self.seed.published, url_date, facts.title,
            "summary", False, facts.index_number, self.seed.paragraphs,
            facts.expected["issuing_body"], self.profile.column_name, self._source_expected(expected),
        )

    def _generated_document(self, position: int) -> Document:
        rng = random.Random(f"{self.source['id']}:{position}")
        published = self.published(position)
        year = published.year if published.month >= 4 else published.year - 1
        issuer = rng.choice(self.profile.issuers) if self.profile.issuers else (self.source.get("bureau") or "")
        signature = [self.profile.signature or issuer, f"{published.year}年{published.month}月{published.day}日"]
        doc_type = "pdf" if position == self.pdf_position else self._doc_type(rng)
        writer = writing.attachment_summary if doc_type == "pdf" else writing.WRITERS[doc_type]
        text = writer(rng, self.profile.short, self.profile.level, year, signature)
        title, paragraphs = self._voice(text.title), tuple(self._voice(p) for p in text.paragraphs)
        attachment = None
        expected = {"issuing_body": issuer or None, **text.expected}
        if doc_type == "pdf":
            kind = ATTACHMENT_KINDS.get(self.source["id"], "text_pdf")
            file_id = f"P0{published:%Y%m%d}{position:06d}{rng.randint(100, 999)}"
            if kind == "xlsx":
                items = writing.item_list(rng, self.profile.short, year)
                attachment = Attachment(file_id, f"{title}附件：建议提案办理情况一览表", (), kind,
                                        tuple(tuple(item.items()) for item in items))
                expected["mentioned_items"] = items
            else:
                attachment = Attachment(file_id, title, paragraphs, kind)
                paragraphs = (f"{title}详见附件。",)
            expected["attachment_kind"] = kind
        return Document(
            self.source["id"], position, self.doc_id(position), published, published, title, text.doc_type,
            True, self._index_number(position, published), paragraphs, issuer or None,
            self.profile.column_name, self._source_expected(expected), attachment,
        )

    def _doc_type(self, rng: random.Random) -> str:
        return rng.choices(("summary", "reply", "notice"), weights=self.profile.weights)[0]

    def _voice(self, text: str) -> str:
        return to_traditional(text) if self.profile.traditional else text

    def _index_number(self, position: int, published: datetime) -> str | None:
        if not self.profile.index_prefix:
            return None
        return f"{self.profile.index_prefix}/{published.year}-{10000 + (position * 7919) % 90000:05d}"

    def _source_expected(self, expected: dict) -> dict:
        """Repost sites do not attribute: the original issuer moves to ``original_issuing_body``."""
        if self.source.get("kind") == "repost":
            expected = {**expected, "original_issuing_body": expected.get("issuing_body"), "issuing_body": None}
        return expected

    @cached_property
    def pdf_document(self) -> Document | None:
        return None if self.pdf_position is None else self.document(self.pdf_position)


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    return _s2t().convert(text)


def expected_documents(source_id: str, size: int | None = None, registry=None) -> list[dict]:
    """Every document the source serves with its live URLs and the values known by construction."""
    from banli.sources import find_source, load_registry
    from replica.sites import build_site

    entries = registry if isinstance(registry, list) else load_registry(registry)
    source = find_source(source_id, entries)
    site = build_site(source, SourceCatalog(source, size))
    return [site.describe(site.catalog.document(position)) for position in site.listed_positions()]
