"""Searches started near a hint find what the plain search finds, on the sentences of real pages and seeds."""

import re
from pathlib import Path

import pytest

from normalize import document, figures, houses
from normalize.near_hint import finditer_near, search_near
from tests.normalize.conftest import SEEDS

REAL_PAGES = Path(__file__).parents[1] / "real" / "pages"
_SENTENCE_END = re.compile(r"[。\n]")
_OPENING = 3000  # the patterns read openings: titles, first sentences, first paragraphs


def _sentences() -> list[str]:
    paths = [*sorted(SEEDS.glob("*.txt")), *sorted(REAL_PAGES.glob("*.txt"))]
    texts = [path.read_text(encoding="utf-8", errors="replace")[:_OPENING] for path in paths]
    return [sentence for text in texts for sentence in _SENTENCE_END.split(text) if sentence.strip()]


@pytest.fixture(scope="module")
def sentences():
    return _sentences()


def _found(match: re.Match | None):
    return match and (match.span(), match.groups())


@pytest.mark.parametrize("pattern, hint, reach", [
    (document._ACTING, document._ACTING_HINT, document._ACTING_REACH),
    (document._HANDLING_SUBJECT, document._HANDLING_HINT, document._HANDLING_REACH),
], ids=["acting", "handling_subject"])
def test_search_near_finds_the_plain_search_match(sentences, pattern, hint, reach):
    plain = [_found(pattern.search(sentence)) for sentence in sentences]
    assert [_found(search_near(pattern, hint, sentence, reach)) for sentence in sentences] == plain
    assert sum(1 for found in plain if found) > 20  # the comparison covers sentences that match


def test_search_near_finds_a_part_of_a_body_where_the_plain_search_does(sentences):
    pattern, hint, reach = figures._PART_OF_A_BODY, figures._PART_OF_A_BODY_HINT, figures._PART_OF_A_BODY_REACH
    plain = [_found(pattern.search(sentence)) for sentence in sentences]
    assert [_found(search_near(pattern, hint, sentence, reach)) for sentence in sentences] == plain
    assert any(plain)  # (a rare wording: 兴义市财政局基层财政管理局共答复…29件)


@pytest.mark.parametrize("pattern, hint, reach", [
    (houses._SESSION_OF_HOUSE, houses._SESSION_HINT, houses._SESSION_REACH),
    (document._HOUSE_COUNTING, document._HOUSE_COUNTING_HINT, document._HOUSE_COUNTING_REACH),
], ids=["session_of_house", "house_counting"])
def test_finditer_near_finds_every_match_the_plain_search_finds(sentences, pattern, hint, reach):
    def spans(matches):
        return [_found(match) for match in matches]

    plain = [spans(pattern.finditer(sentence)) for sentence in sentences]
    assert [spans(finditer_near(pattern, hint, sentence, reach)) for sentence in sentences] == plain
    assert sum(1 for found in plain if found) > 5


def test_a_match_far_after_the_text_start_is_found_from_its_hint():
    pattern, hint = re.compile(r"[a-z]{1,5}?X"), re.compile("X")
    text = "0123456789 abcX ..."
    assert search_near(pattern, hint, text, 5).group() == pattern.search(text).group() == "abcX"
    assert search_near(pattern, hint, "no hint here", 5) is None
    assert list(finditer_near(pattern, hint, "none", 5)) == []
    assert [m.group() for m in finditer_near(pattern, hint, "aX bX", 5)] == ["aX", "bX"]
