"""The blind second readings (tests/real/second_readings/) stay consistent with the labels they checked."""

import json

from bench.accuracy import CORPUS, _same
from scripts.second_reading import differences

READINGS = sorted((CORPUS / "second_readings").glob("*.json"))


def _label(page_id: str) -> dict:
    return json.loads((CORPUS / "labels" / f"{page_id}.json").read_text(encoding="utf-8"))


def test_every_reading_is_of_a_labelled_page_in_its_split():
    assert READINGS, "no second readings"
    for path in READINGS:
        reading = json.loads(path.read_text(encoding="utf-8"))
        assert reading["id"] == path.stem
        assert reading["split"] == _label(path.stem)["split"], path.stem


def test_a_difference_adjudicated_to_the_second_reading_is_the_label_now():
    for path in READINGS:
        reading = json.loads(path.read_text(encoding="utf-8"))
        expected = _label(path.stem)["expected"]
        for difference in reading["differences"]:
            if difference["verdict"] != "mine":
                continue
            group, _, name = difference["field"].rpartition(".")
            now = (expected[group] if group else expected)[name]
            # label_now: the reading's value written in the corpus's form where the reading left the form open
            assert _same(name, difference.get("label_now", difference["second"]), now), (path.stem, difference["field"])


def test_differences_compare_as_the_benchmark_does():
    expected = {"title": "市政协召开 提案交办会", "issuing_body": "中国人民政治协商会议河池市委员会", "handling_year": 2023,
                "counts": {"total": 12, "lead": None}, "rates": {"reply_rate": 100}}
    reading = {"title": "市政协召开提案交办会", "issuing_body": "政协河池市委员会", "handling_year": 2024,
               "counts": {"total": 12, "lead": 8}, "rates": {"reply_rate": None}}
    assert [(item["field"], item["stored"], item["second"]) for item in differences(expected, reading)] == [
        ("handling_year", 2023, 2024), ("counts.lead", None, 8), ("rates.reply_rate", 100, None)]


def test_a_reader_s_numbers_are_told_apart_as_wrong_spurious_or_missed():
    from bench.reader_agreement import _figure_differences

    differences = [{"field": "counts.total", "stored": 12, "second": 13},
                   {"field": "rates.reply_rate", "stored": None, "second": 100.0},
                   {"field": "counts.lead", "stored": 7, "second": None},
                   {"field": "issuing_body", "stored": "某市民政局", "second": None}]
    assert _figure_differences(differences) == {"readers_wrong": 1, "readers_spurious": 1, "readers_missed": 1}
