"""The tables normalize reads, loaded at once instead of by the first page that needs each one.

The gazetteer, jionlp's word lists, OpenCC's converters, the kind model and the year model are loaded lazily, each by
the first page whose text asks for it: a run pays for them once, at a page that depends on the
corpus's order. `load_tables` loads them all now, so that a benchmark times pages and nothing else, and
publish loads them once before it forks its workers, which then share them instead of each loading its own.
"""

from normalize import doctype_model, document, gazetteer, hosts, issuer, text, year_model


def load_tables() -> None:
    """Load every lazily built table of normalize (about a second; a no-op when done)."""
    for build in (gazetteer.place_index, gazetteer.province_short_names, gazetteer.province_short_starts,
                  gazetteer.place_start_pattern, gazetteer._name_lengths_by_first_character,
                  gazetteer._name_lengths_by_last_character, gazetteer._name_endings,
                  gazetteer._former_county_names, gazetteer._words_opened_by_a_place, gazetteer._word_rarity,
                  gazetteer._dictionary_words, gazetteer.town_counties, issuer._short_names, issuer._short_name_start_pattern,
                  gazetteer._counties_by_short_name, hosts._pinyin_names, text._t2s_converter, text._changed_by_t2s,
                  text._s2t_converter, doctype_model.load_model, document._provinces_by_name, document._provinces_group):
        build()
    doctype_model.load_model(year_model.YEAR_MODEL_PATH)
