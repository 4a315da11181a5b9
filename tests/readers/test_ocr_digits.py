"""Which OCR lines are trusted for figures (no engine needed: lines as the engine reports them)."""

from readers.ocr import is_uncertain, mark
from readers.reading import Line, Reading


def test_confident_lines_and_lines_without_digits_are_trusted():
    assert not is_uncertain(Line("共收到建议41件", confidence=0.99))
    assert not is_uncertain(Line("高度重视,压实责任", confidence=0.60))


def test_a_doubtful_line_with_digits_needs_a_second_read_that_agrees():
    doubtful = Line("主办29件、会办67件", confidence=0.91)
    assert is_uncertain(doubtful)
    doubtful.digits_confirmed = True
    assert not is_uncertain(doubtful)


def test_letters_that_look_like_digits_are_never_trusted():
    for text in ("办复率1O0%", "共l17件", "主办2S件"):
        line = Line(text, confidence=0.99, digits_confirmed=True)
        assert is_uncertain(line), text


def test_mark_flags_ocr_and_weights_confidence_by_characters():
    reading = Reading("pdf")
    mark(reading, [[Line("一二三四", confidence=1.0), Line("共96件", confidence=0.5)]])
    assert reading.flags == ["ocr"] and reading.ocr_confidence == 0.75
    assert reading.uncertain_lines == ["共96件"]
