"""Figures of a handling summary, each kept with the sentence that states it.

Exact rather than eager: a count needs 件 (not 件次) right after its kind or role word; a total
is only what the text calls one (共/共计/合计/总计); a rate needs a rate name; clauses about the
previous year or a target (去年, 力争 …) and sentences dated to another year are skipped; nothing
is summed.
"""

import re
from dataclasses import dataclass, field

from normalize.numerals import CHINESE_NUMBER_CHARS, NUMBER, to_int

COUNT_KEYS = ("total", "npc_suggestions", "npc_motions", "cppcc_proposals", "cppcc_motions",
              "npc_items", "cppcc_items", "lead", "joint", "undertaken", "assigned")
RATE_KEYS = ("meeting_rate", "reply_rate", "satisfaction_rate", "basic_satisfaction_rate",
             "completion_rate", "contact_rate", "visit_rate", "online_rate")
OUTCOME_KEYS = ("adopted", "partially_adopted", "planned", "reference")
KIND_KEYS = ("npc_suggestions", "npc_motions", "cppcc_proposals", "cppcc_motions", "npc_items", "cppcc_items")

# Longest first; "combined" words name several kinds at once and never give a per-kind count.
_KIND_WORDS = {
    "人大代表议案建议": "npc_items", "人大议案建议": "npc_items", "议案建议": "npc_items",
    "政协建议案提案": "cppcc_items", "建议案提案": "cppcc_items",
    "议提案": "combined", "建议提案": "combined", "建议和提案": "combined", "提案和建议": "combined",
    "人大代表建议": "npc_suggestions", "人大建议": "npc_suggestions", "代表建议": "npc_suggestions",
    "人大代表议案": "npc_motions", "人大议案": "npc_motions", "议案": "npc_motions",
    "政协建议案": "cppcc_motions", "建议案": "cppcc_motions",
    "政协委员提案": "cppcc_proposals", "政协提案": "cppcc_proposals", "委员提案": "cppcc_proposals",
    "提案": "cppcc_proposals",
}
_KIND_ALT = "|".join(sorted(map(re.escape, _KIND_WORDS), key=len, reverse=True))
_COUNT_END = rf"(?P<num>{NUMBER})件(?!次)"
_LEVELS = ("全国", "省", "市", "区", "县")
_KIND_COUNT_START = "".join(sorted({word[0] for word in (*_KIND_WORDS, *_LEVELS)}))  # lets the search skip ahead
_KIND_COUNT = re.compile(rf"(?=[{_KIND_COUNT_START}])(?P<level>{'|'.join(_LEVELS)})?(?P<kind>{_KIND_ALT})"
                         rf"(?:共计|共|合计|为|计)?{_COUNT_END}")
_JOINED_KINDS = re.compile(r"(?:建议|提案|议案)(?:、|和|及|与|以及)$")
_TOTAL = re.compile(rf"(?:共计|合计|总计|共)[^,;:。\d]{{0,16}}?{_COUNT_END}")
_STATED_TOTAL = re.compile(rf"(?:共计|合计|总计)[^,;:。\d]{{0,16}}?{_COUNT_END}")  # not 共收到建议4件、提案15件
_KIND_MENTION = re.compile(r"建议|提案|议案|办件")
_ROLES = {"主办": "lead", "会办": "joint", "协办": "joint", "承办": "undertaken", "分办": "assigned"}
_ROLE_COUNT = re.compile(rf"(?P<role>主办|会办|协办|承办|分办)件?(?:共计|共|为)?{_COUNT_END}")
_RATE_NAMES = {"见面": "meeting_rate", "面商": "meeting_rate", "办复": "reply_rate", "答复": "reply_rate",
               "回复": "reply_rate", "满意": "satisfaction_rate", "基本满意": "basic_satisfaction_rate",
               "办结": "completion_rate", "沟通": "contact_rate", "走访": "visit_rate", "上网": "online_rate"}
_RATE_NAME = r"(?:与?代表|委员|办理|按时|群众)?(?:基本满意|见面|面商|办复|答复|回复|满意|办结|沟通|走访|上网)(?:率|度)"
_PERCENT = r"\d+(?:\.\d+)?\s*%(?:以上|左右)?"
_RATE = re.compile(
    rf"(?P<names>{_RATE_NAME}(?:(?:、|和|及|与|,){_RATE_NAME})*)"
    rf"(?:均|都|分别|全部)?(?:为|达到|达|是|保持|实现)?了?\s*(?P<values>{_PERCENT}(?:(?:、|和|,){_PERCENT})*)"
)
_RATE_NAME_PARTS = re.compile(r"(基本满意|见面|面商|办复|答复|回复|满意|办结|沟通|走访|上网)(?:率|度)")
_PERCENT_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*%(以上|左右)?")
_OUTCOME_RULES = (  # checked in order: the first that fits a clause wins
    ("planned", re.compile(r"列入计划|拟解决|B类")),
    ("partially_adopted", re.compile(r"部分采纳|部分解决")),
    ("reference", re.compile(r"参考|C类")),
    ("adopted", re.compile(r"解决|采纳|A类")),
)
_OUTCOME_NUMBER = re.compile(rf"(?=[\d{CHINESE_NUMBER_CHARS}])(?<![\d号第])(?P<num>{NUMBER})件(?!次)")
_SKIP_CONTEXT = re.compile(r"去年|上年|上一年|同比|力争|争取|目标|预计|计划到")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})年")
_SENTENCE = re.compile(r"[^。!?\n]+[。!?]?")
_CLAUSE_BREAK = re.compile(r"[,;:]")
_PARENTHESES = re.compile(r"\([^()]*\)")


@dataclass
class Figures:
    counts: dict = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS))
    counts_by_level: dict = field(default_factory=dict)
    rates: dict = field(default_factory=lambda: dict.fromkeys(RATE_KEYS))
    rate_notes: dict = field(default_factory=dict)
    outcomes: dict = field(default_factory=lambda: dict.fromkeys(OUTCOME_KEYS))
    handling_year: int | None = None
    evidence: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)

    def put(self, group: dict, key: str, value, sentence: str, evidence_key: str) -> bool:
        """Set a figure once (the first statement wins) with its evidence sentence."""
        if group.get(key) is not None or value is None:
            return False
        group[key] = value
        self.evidence[evidence_key] = sentence
        return True


def sentences(text: str) -> list[str]:
    return [sentence for match in _SENTENCE.finditer(text) if (sentence := match.group().strip())]


def _number(value: str) -> int | float:
    number = float(value)
    return int(number) if number.is_integer() else number


def _clause_before(sentence: str, position: int) -> str:
    starts = [match.end() for match in _CLAUSE_BREAK.finditer(sentence, 0, position)]
    return sentence[starts[-1] if starts else 0:position]


def _other_year(sentence: str, position: int, year: int | None) -> bool:
    """The sentence is dated (before the figure) to a year other than the handling year."""
    years = {int(found) for found in _YEAR.findall(sentence[:position])}
    return bool(year and years and year not in years)


def _skipped(sentence: str, position: int, year: int | None) -> bool:
    return bool(_SKIP_CONTEXT.search(_clause_before(sentence, position))) or _other_year(sentence, position, year)


def year_in(text: str) -> int | None:
    match = _YEAR.search(text)
    if match:
        return int(match.group(1))
    match = _CN_YEAR.search(text)
    value = to_int(match.group(1)) if match else None
    return value if value and 1949 < value < 2100 else None


def _counts_something(sentence: str) -> bool:
    """States a total or a per-kind count (every count ends in 件)."""
    return "件" in sentence and bool(_TOTAL.search(sentence) or _KIND_COUNT.search(sentence))


def find_handling_year(title: str | None, body_sentences: list[str], signed_date: str | None,
                       figures: Figures) -> None:
    """The year stated in a title about suggestions or proposals, else in the first count sentence,
    else 今年 + signature year (a notice about 2024年社会组织年检 has no handling year)."""
    year = year_in(title) if title and _KIND_MENTION.search(title) else None
    if year:
        figures.handling_year, figures.evidence["handling_year"] = year, title
        return
    for sentence in body_sentences:
        if not _counts_something(sentence):
            continue
        year = year_in(sentence)
        if year is None and "今年" in sentence and signed_date:
            year = int(signed_date[:4])
        if year:
            figures.handling_year, figures.evidence["handling_year"] = year, sentence
        return


def _total(sentence: str, year: int | None, figures: Figures) -> None:
    if _KIND_MENTION.search(sentence):
        match = _STATED_TOTAL.search(sentence) or _TOTAL.search(sentence)
        if match and not _skipped(sentence, match.start(), year):
            figures.put(figures.counts, "total", to_int(match.group("num")), sentence, "counts.total")


def _kind_counts(sentence: str, segments: list[tuple[int, str]], year: int | None,
                 kind_values: dict) -> list[tuple[int, int]]:
    """Per-kind (and per-level) counts; returns the spans of the kind counts found."""
    spans = []
    for segment_start, segment in segments:
        level = None
        for match in _KIND_COUNT.finditer(segment):
            kind = _KIND_WORDS[match.group("kind")]
            level = match.group("level") or level
            position = segment_start + match.start()
            if (kind == "combined" or _JOINED_KINDS.search(segment[: match.start()])
                    or _skipped(sentence, position, year)):
                continue
            spans.append((position, segment_start + match.end()))
            value = to_int(match.group("num"))
            kind_values.setdefault(kind, []).append((level, value, sentence))
    return spans


def _segments(sentence: str) -> list[tuple[int, str]]:
    """';'-separated parts with parenthesised asides blanked out (positions kept)."""
    blanked = sentence
    while True:
        replaced = _PARENTHESES.sub(lambda match: " " * len(match.group()), blanked)
        if replaced == blanked:
            break
        blanked = replaced
    parts, start = [], 0
    for piece in blanked.split(";"):
        parts.append((start, piece))
        start += len(piece) + 1
    return parts


def _settle_kinds(kind_values: dict, figures: Figures) -> None:
    """Top-level kind counts only where a single figure is stated; per-level ones when levels are."""
    for kind, entries in kind_values.items():
        by_level = {}
        for level, value, sentence in entries:
            if level and level not in by_level:
                by_level[level] = (value, sentence)
                figures.put(figures.counts_by_level.setdefault(level, {}), kind, value, sentence,
                            f"counts_by_level.{level}.{kind}")
        if len(by_level) <= 1:
            level, value, sentence = entries[0]
            figures.put(figures.counts, kind, value, sentence, f"counts.{kind}")


def _roles(sentence: str, segments: list[tuple[int, str]], kind_spans: list, year: int | None, figures: Figures,
           per_kind: list) -> None:
    segment_bounds = [(start, start + len(segment)) for start, segment in segments]
    for match in _ROLE_COUNT.finditer(sentence):
        if _skipped(sentence, match.start(), year):
            continue
        key, value = _ROLES[match.group("role")], to_int(match.group("num"))
        segment = next(bounds for bounds in segment_bounds if bounds[0] <= match.start() <= bounds[1])
        if any(segment[0] <= start < match.start() for start, _ in kind_spans):
            per_kind.append((key, value, sentence))
        else:
            figures.put(figures.counts, key, value, sentence, f"counts.{key}")


def _rates(sentence: str, year: int | None, figures: Figures) -> None:
    for match in _RATE.finditer(sentence):
        if _skipped(sentence, match.start(), year):
            continue
        names = _RATE_NAME_PARTS.findall(match.group("names"))
        values = _PERCENT_VALUE.findall(match.group("values"))
        if len(values) not in (1, len(names)):
            continue
        if "满意" in names and "基本满意" in names and len(values) == 1:
            names = [name for name in names if name != "基本满意"]
            figures.rate_notes.setdefault("satisfaction_rate", "满意和基本满意")
        for position, name in enumerate(names):
            number, qualifier = values[position if len(values) > 1 else 0]
            key = _RATE_NAMES[name]
            if figures.put(figures.rates, key, _number(number), sentence, f"rates.{key}") and qualifier:
                existing = figures.rate_notes.get(key)
                figures.rate_notes[key] = f"{existing};{qualifier}" if existing else qualifier


def _outcomes(sentence: str, year: int | None, figures: Figures) -> None:
    position = 0
    for clause in _CLAUSE_BREAK.split(sentence):
        if "件" in clause:
            _clause_outcome(sentence, clause, position, year, figures)
        position += len(clause) + 1


def _clause_outcome(sentence: str, clause: str, position: int, year: int | None, figures: Figures) -> None:
    """A clause with exactly one count of 件 states an outcome when an outcome rule fits it."""
    numbers = list(_OUTCOME_NUMBER.finditer(clause))
    if len(numbers) == 1 and not _skipped(sentence, position + numbers[0].start(), year):
        for key, pattern in _OUTCOME_RULES:
            if pattern.search(clause):
                figures.put(figures.outcomes, key, to_int(numbers[0].group("num")), sentence, f"outcomes.{key}")
                break


def extract_figures(title: str | None, body_text: str, signed_date: str | None = None) -> Figures:
    """All handling figures of a body text, with evidence sentences."""
    figures = Figures()
    body_sentences = sentences(body_text)
    find_handling_year(title, body_sentences, signed_date, figures)
    year = figures.handling_year
    kind_values: dict = {}
    per_kind_roles: list = []
    for sentence in body_sentences:
        if "件" in sentence:  # every count and outcome is so many 件
            _total(sentence, year, figures)
            segments = _segments(sentence)
            spans = _kind_counts(sentence, segments, year, kind_values)
            _roles(sentence, segments, spans, year, figures, per_kind_roles)
            _outcomes(sentence, year, figures)
        if "%" in sentence:
            _rates(sentence, year, figures)
    _settle_kinds(kind_values, figures)
    _single_kind_roles(kind_values, per_kind_roles, figures)
    figures.counts_by_level = figures.counts_by_level or None
    return figures


def _single_kind_roles(kind_values: dict, per_kind_roles: list, figures: Figures) -> None:
    """Roles stated for the only kind a page counts are the page's roles (市人大建议6件(主办件4件…))."""
    roles_stated = any(figures.counts[key] is not None for key in ("lead", "joint", "undertaken", "assigned"))
    if roles_stated or len(kind_values) != 1 or len(next(iter(kind_values.values()))) != 1:
        return
    for key, value, sentence in per_kind_roles:
        figures.put(figures.counts, key, value, sentence, f"counts.{key}")
