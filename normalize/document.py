"""normalize_page: raw page → the published document (all fields, null when unknown).

Where each field comes from, best first:
- title: meta ArticleTitle, a header line matching it or the <title>, the most repeated title-like
  header line, the listing's title;
- issuer: the metadata block (发布机构 …, a row of [ 发布机构 ] labels, or a bulleted list's body after its
  index number), meta ContentSource, the body a title opens with (市民政局2024年…), the `date source`
  line under the title, the signature above the closing date (or 承办单位:… under it, or a reply's
  sender's name closing it undated), 我局 tied to a named bureau, the body or the house's session
  the opening shows acting (houses.py), a body counting or handling the items, a later paragraph
  opening with a body, last the bureau or the ministry the address names. Relative names are completed as issuer.py
  explains. For repost sources only the text's own evidence (signature, title) counts, never the
  repost site's metadata or the registry entry;
- publish_date: 发布日期-style labels, meta PubDate, the date under the title, 发文/成文日期, the listing;
- signed_date: the closing signature's date.
"""

import functools
import hashlib
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple, cast

from normalize import figures as figures_module
from normalize import gazetteer
from normalize import html as html_module
from normalize.body_names import expanded_as_printed, settled_body_name
from normalize.decode import decode_html
from normalize.doctype import classify
from normalize.doctype_model import second_opinion, summary_probability
from normalize.gazetteer import Place
from normalize.hosts import (
    body_of_host,
    congress_of_host,
    is_portal_of,
    ministry_of_host,
    place_of_host,
    places_of_initials,
    places_spelled_by_host,
    prefecture_of_host,
    province_of_host,
)
from normalize.houses import (
    house_of_session,
    house_of_session_named,
    is_house_name,
    proposal_committee_acting,
    standing_committee_reporting,
    standing_meeting_acting,
    standing_meeting_of_a_cppcc,
)
from normalize.issuer import (
    PARTY_CENTRE,
    admin_level_of,
    as_its_county,
    body_at_start,
    body_before_about,
    by_its_standing_committee,
    department_of_its_division,
    full_name_at,
    house_tagging,
    is_body_name,
    is_relative,
    kinds_we_speak_as,
    namesakes_named,
    one_name_of_two,
    party_of_a_bare_committee,
    place_hint,
    place_in,
    placed_party_in_full,
    places_named_at_level,
    places_named_once,
    province_house_in_full,
    resolve_issuer,
    session_organ,
    single_place,
    with_its_organisation,
    written_out,
)
from normalize.items import extract_items
from normalize.layout import (
    DOC_NUMBER_LINE,
    analyse,
    date_after_headline,
    find_signature,
    spelled_out,
    without_banner,
    without_doc_number,
    without_printed_notes,
    without_site_name,
)
from normalize.metadata import edition_date, org_code_valid, parse_date, parse_index_number, parse_metadata_lines
from normalize.near_hint import finditer_near, search_near
from normalize.parties import committee_acting
from normalize.printed import printed_title
from normalize.reflow import unwrapped
from normalize.relayed import government_reporting
from normalize.repost import host_of, is_government_host, is_repost, is_sharing_site
from normalize.script_detail import with_script_detail
from normalize.subject import lead_sentences, sentence_subject
from normalize.text import (
    SITES_TODAY,
    clean_lines,
    is_traditional,
    nfkc,
    to_simplified,
    to_traditional,
    without_injected_brands,
    without_pinyin_glosses,
)
from normalize.topics import find_topics
from normalize.year_model import drop_year_of_another_subject
from normalize.years import DELIVERED_ON, DELIVERY_LINES, OPENING, delivered_on, fallback_year

FIELDS = ("url", "title", "doc_type", "doc_subtype", "is_repost", "index_number", "index_parts", "issuing_body", "issuing_body_raw",
          "jurisdiction", "admin_level", "publish_date", "signed_date", "doc_number", "topic_category",
          "validity", "handling_year", "script", "text", "text_original", "counts", "counts_by_level", "rates",
          "rate_notes", "breakdown", "outcomes", "topics", "mentioned_items", "evidence", "evidence_source",
          "attachments", "flags", "ocr_confidence", "warnings")
_SHORT_BODY = 200
_PARAGRAPHS = 16  # the paragraphs read for a body that opens one
_SHARING_TOP = 12  # lines of the page read for a sharing site's marks (point 100)
SYNTHETIC_MARK = "<!-- banli replica: synthetic document -->"  # replica pages written by banli, not by a bureau
_KIND_OF_COUNT = {"npc_suggestions": "npc_suggestion", "npc_motions": "npc_motion",
                  "cppcc_proposals": "cppcc_proposal", "cppcc_motions": "cppcc_motion"}
_TITLE_SPLIT = re.compile(r"\s*[_|]\s*|\s+-\s+")


def empty_document(url: str | None = None) -> dict:
    document = dict.fromkeys(FIELDS)
    fig = figures_module.Figures()
    document.update(url=url, index_parts={"prefix": None, "year": None, "serial": None}, counts=fig.counts,
                    rates=fig.rates, rate_notes={}, outcomes=fig.outcomes, topics=[], mentioned_items=[],
                    evidence={}, evidence_source={}, attachments=[], warnings=[], doc_type="other", is_repost=False,
                    breakdown=[], flags=[])
    return document


def _to_text(content: bytes | str, content_type: str | None) -> str:
    """Bytes are decoded (binary raises NormalizeError); text is already a page, NULs dropped."""
    if isinstance(content, bytes):
        return decode_html(content, content_type)
    return content.replace("\x00", "")


def _reader_text(raw: str, url: str | None) -> tuple[str, dict, str | None, list[dict]]:
    if html_module.looks_like_html(raw):
        page = html_module.parse_html(with_script_detail(raw), url)
        if page is not None:
            return page.text, page.meta, page.html_title, page.attachments
    return raw, {}, None, _text_attachments(raw)


_TEXT_ATTACHMENT = re.compile(r"https?://\S+?\.(" + "|".join(html_module.ATTACHMENT_TYPES) + r")\b", re.I)


def _text_attachments(text: str) -> list[dict]:
    found: list[dict] = []
    for match in _TEXT_ATTACHMENT.finditer(text):
        if all(item["url"] != match.group() for item in found):
            found.append({"url": match.group(), "name": match.group().rsplit("/", 1)[-1],
                          "type": match.group(1).lower()})
    return found


def _split_lines(original: str) -> tuple[list[str], list[str], tuple[int, int] | None, bool]:
    """Parallel simplified/original lines, the body span markers, and whether t2s changed the text."""
    original_lines = unwrapped(_near_body(clean_lines(original)))
    joined = "\n".join(original_lines)
    converted = to_simplified(joined)
    traditional = is_traditional(joined, converted)
    simplified = nfkc(without_pinyin_glosses(converted))  # the rules read the text without a repost's pinyin
    lines = simplified.split("\n")
    if len(lines) != len(original_lines):
        original_lines = lines
    span = _marker_positions(lines)
    markers = (html_module.BODY_START, html_module.BODY_END)
    lines = [line if line not in markers else "" for line in lines]
    return lines, original_lines, span, traditional


_WINDOW = 80


def _near_body(lines: list[str]) -> list[str]:
    """Lines within reach of the marked body: menus and footers further out carry nothing we read."""
    span = _marker_positions(lines)
    if span is None:
        return lines
    start, end = span
    return lines[max(0, start - _WINDOW):end + _WINDOW]


def _marker_positions(lines: list[str]) -> tuple[int, int] | None:
    """Where the body markers sit (one scan each), or None when either is missing."""
    try:
        return lines.index(html_module.BODY_START), lines.index(html_module.BODY_END)
    except ValueError:
        return None


def _clean_html_title(title: str | None) -> str | None:
    if not title:
        return None
    parts = [part for part in _TITLE_SPLIT.split(nfkc(to_simplified(title))) if part]
    return max(parts, key=len) if parts else None


def normalize_page(content: bytes | str, *, url: str | None = None, content_type: str | None = None,
                   source: dict | None = None, listing: dict | None = None) -> dict:
    """Normalize one page into the published document. Raises NormalizeError only for binary input."""
    document = empty_document(url)
    raw = _to_text(content, content_type)
    if not raw or raw.isspace():
        document["warnings"].append("empty_body")
        return document
    reader, meta, html_title, attachments = _reader_text(raw, url)
    lines, original_lines, span, traditional = _split_lines(reader)
    meta_title = nfkc(to_simplified(meta.get("articletitle", ""))) or None
    page_title = _clean_html_title(html_title)
    layout = analyse(lines, span, [meta_title, page_title])
    listing = listing or {}
    fields = parse_metadata_lines(layout.metadata_lines)
    fields.update(issuing_body=one_name_of_two(fields.get("issuing_body")), posted_by=one_name_of_two(fields.get("posted_by")))
    title = without_printed_notes(without_site_name(without_banner(spelled_out(without_banner(fields.get("title")), layout.title)
                                                                   or layout.title or meta_title
                                                                   or page_title or listing.get("title"))))
    if title and not _CHINESE.search(title):
        title = None  # 005452487/2022-00036 under a metadata list: an index number, no headline
        document["warnings"].append("title_without_words_dropped")
    # the rules read the title as they read the text (simplified, without a repost's pinyin glosses); the document
    # keeps it as printed, glosses and all (docs/labelling.md)
    title_as_printed = title
    if traditional and title:
        printed = printed_title(title, lines, original_lines)
        title_as_printed = nfkc(printed) if printed else _as_printed(title, lines, original_lines)
    body_text = "\n".join(lines[index] for index in layout.body)
    document.update(title=title, text=body_text or None, attachments=attachments,
                    script="traditional" if traditional else "simplified")
    if traditional:
        document["text_original"] = "\n".join(original_lines[index] for index in layout.body)
    printed_text, body_text = body_text, without_injected_brands(body_text)  # the figures' evidence as printed
    record = _record_dates(lines[:_RECORD_LINES])
    _metadata(document, fields, meta, layout, listing, [lines[index] for index in layout.body[:5]],
              is_sharing_site(url, lines[:_SHARING_TOP]), lines[:_SHARING_TOP], record)
    issuer_text = "\n".join([title or "", *layout.header_lines, body_text])
    above_body = lines[:layout.body[0] if layout.body else _BREADCRUMB_LINES]  # where a breadcrumb stands
    town_body = _issuer(document, fields, meta, layout, source, issuer_text,
            [lines[index] for index in layout.body[-6:]], [lines[index] for index in layout.body[:4]],
            [lines[index] for index in layout.body[:_PARAGRAPHS]], _footer(lines, layout.body), above_body)
    titled_text = "\n".join([title or "", body_text])
    simplified_title = to_simplified(title or "")
    if document["issuing_body"] is None and document["jurisdiction"] in (None, "全国"):  # points 75, 130
        _take_place(document, _region_of_resident_members(simplified_title, body_text)
                    or _province_of_the_group(simplified_title, body_text), "resident_members")
    elif to_simplified(document["issuing_body"] or "") in _NATIONAL_HOUSES:
        _resident_members_at_the_session(document, simplified_title, body_text)
    sources = "\n".join([*layout.header_lines[-8:], body_text[:_OPENING], *layout.metadata_lines, body_text[-_OPENING:]])
    if document["jurisdiction"] is None and _first_unresolved_relative(document):  # over a city the text names in passing
        _place_named_by_the_outlet(document, titled_text, sources, _OWN_MEDIA)
    if document["jurisdiction"] is None:
        _place_from_text(document, body_text)
        if document["jurisdiction"] is None:
            _place_of_the_breadcrumb(document, above_body, body_text)
    elif document["issuing_body"] is None and "jurisdiction_from_address" in document["warnings"]:
        _title_place_over_the_host(document, body_text)
    spelled = None
    if document["jurisdiction"] is None:
        spelled = _place_spelled_by_the_host(document, titled_text)
    if document["jurisdiction"] is None:
        spelled = _place_of_the_host_the_text_names(document, "\n".join([title or "", *layout.header_lines[-8:], body_text]))
    if document["jurisdiction"] is None:
        spelled = _place_named_by_the_outlet(document, titled_text, sources)
    if document["jurisdiction"] is None:
        _take_place(document, _place_of_the_site_printed(layout.header_lines[:_SITE_NAME_LINES]), "site_name")
    if document["jurisdiction"] is None:
        _take_place(document, _short_name_at_the_level_spoken(document, titled_text), "text")
    if document["jurisdiction"] is None:
        _take_place(document, _one_namesake(titled_text), "text")
    if document["jurisdiction"] is None:
        spelled = _take_place(document, _prefecture_of_its_portal(document, titled_text), "address_prefecture") or spelled
    if document["jurisdiction"] is None:
        _take_place(document, _county_city_of_a_city_s_text(titled_text), "text")
    if document["issuing_body"] is None and document["jurisdiction"]:
        _relative_issuer_at_its_place(document, spelled)
    if document["issuing_body"] is None and document["jurisdiction"]:
        _bare_bureau_at_its_place(document, layout.header_lines[-_HEADER_SOURCE_LINES:],
                                  [lines[index] for index in layout.body[:4]])
    if document["issuing_body"] is None and document["jurisdiction"]:
        _relative_bureau_answering_at_its_place(document, [lines[index] for index in layout.body[:6]])
    if document["issuing_body"] is None and document["jurisdiction"]:
        _drop_a_place_of_another_level(document, titled_text)
        if document["jurisdiction"] is None and (  # the host's or the outlet's place, of the level spoken at (point 72)
                _place_spelled_by_the_host(document, titled_text, document["admin_level"])  # the level its words say
                or _place_spelled_by_the_host(document, titled_text) or _place_named_by_the_outlet(document, titled_text, sources)
                or _take_place(document, _prefecture_of_its_portal(document, titled_text), "address_prefecture")
                or _take_place(document, _place_of_the_level_spoken(document, titled_text), "text")):
            _relative_issuer_at_its_place(document)
    if document["admin_level"] is None:
        _level_of_relative_name(document, titled_text)
    if document["issuing_body"] is None:
        _congress_of_site(document, titled_text)
    if document["issuing_body"] is None:
        _government_of_its_portal(document, body_text[:_OPENING])
    if document["issuing_body"] is None and document["jurisdiction"] == "全国":
        _ministry_reported_on(document, "\n".join([title or "", body_text[:_OPENING * 2]]))
    if document["issuing_body"] is None:
        _subject_of_the_opening(document, title, body_text)
    if document["issuing_body"] is None and not source:
        _bureau_of_a_host_the_text_places(document, issuer_text)
    first_lines = [lines[index] for index in layout.body[:2]]
    if document["jurisdiction"] is None:  # after the issuer rules: an inference from towns names no body
        _take_place(document, _county_of_its_towns(document, titled_text), "towns")
        if document["issuing_body"] is None and document["jurisdiction"]:  # 市人大常委会 at the towns' 灵武市 (point 122)
            _relative_issuer_at_its_place(document)
    elif document["issuing_body"] is None:
        _town_handling(document, title, first_lines)
    if document["jurisdiction"] is None:  # after every place the page names; over a level read off 多省代表团
        _national_story(document, f"{simplified_title}\n{body_text[:_NATIONAL_STORY_REACH]}")
    if document["issuing_body"] is None or _from_the_site_kind(document):
        headline_and_opening = [title or "", *_first_sentences(first_lines)]
        _town_congress_acting(document, headline_and_opening)  # the county placed by its town too (point 122); a town's
        # congress acting on its county congress's site is the town's (晋熙镇人大集中交办… on thrd.gov.cn)
        if document["issuing_body"] is None or _from_the_site_kind(document):  # the street's organ so too
            _street_committee_acting(document, headline_and_opening)
    if document["issuing_body"] is None and town_body:
        _town_body_at_its_county(document, *town_body)
    _figures_and_items(document, layout, printed_text)
    if _from_the_site_kind(document) and _an_item_s_answer_or_text(document):
        _drop_a_guessed_issuer(document, "issuer_from_site_kind", _SITE_S_HOUSE_ANSWERING)
    elif _from_the_site_kind(document) and document["doc_type"] == "other":
        _drop_a_guessed_issuer(document, "issuer_from_site_kind", _SITE_S_HOUSE_CARRYING)
    if document["doc_subtype"] == "proposal_text" and "issuer_from_text:ministry" in document["warnings"]:
        _drop_a_guessed_issuer(document, "issuer_from_text:ministry", _MINISTRY_ADDRESSED)
    elif document["doc_type"] == "other" and "issuer_from_text:ministry" in document["warnings"] \
            and not _ministry_at_the_head(document["issuing_body"], f"{simplified_title}。{_lead_sentence(body_text)}"):
        _drop_a_guessed_issuer(document, "issuer_from_text:ministry", _MINISTRY_IN_PASSING)
    if document["issuing_body"] is None and document["doc_type"] == "reply" and document["jurisdiction"] == "全国":
        _ministry_acting_in_its_answer(document, body_text)  # the rules' lines are simplified already
    if document["issuing_body"] is None:
        _party_centre_submitting(document, to_simplified(f"{title or ''}。{body_text[:_OPENING * 2].split('。', 1)[0]}"))
    if document["issuing_body"] is None and document["doc_type"] != "reply" and document["doc_subtype"] != "proposal_text":
        _party_committee_acting(document, simplified_title, body_text[:_OPENING * 3])  # not an item's proposer (point 75)
    if document["issuing_body"] is None and document["jurisdiction"] and not _MEMBERS_OPEN.match(body_text):
        _body_of_the_session(document, f"{title or ''} {body_text[:_OPENING * 2]}")  # needs the document's kind
    if document["issuing_body"] is None and document["jurisdiction"]:
        _house_of_the_secretariat_receiving(document, body_text[:_OPENING * 3])
    if document["jurisdiction"]:
        _session_organ_acting(document, "。".join([title or "", "".join(layout.header_lines[-6:]), body_text[:_OPENING * 4]]))
    _government_reporting(document, body_text[:_OPENING * 6])
    if document["issuing_body"] is None and document["doc_type"] == "reply":
        _body_publishing_its_reply(document, body_text[:_OPENING * 2])
    if document["issuing_body"] is None and document["doc_type"] == "reply":
        _body_answering_in_the_news(document, body_text[:_ANSWER_READ])
    standing_opening = _SPACES.sub("", f"{title or ''} {body_text[:_OPENING * 3]}")
    headline, lead = _SPACES.sub("", simplified_title), _SPACES.sub("", body_text[:_STANDING_LEAD]).split("。", 1)[0]
    house = document["issuing_body"] or _cppcc_of_its_place(document, standing_opening, headline, lead)
    standing = standing_committee_reporting(house, standing_opening, document["doc_type"] == "other")
    organ = None if standing else (standing_meeting_acting(house, headline, lead)
                                   or proposal_committee_acting(document["issuing_body"], headline, lead))
    if (standing or organ) and not _CONVENES_ITS_STANDING_COMMITTEE.search(body_text.split("。", 1)[0]):  # settled point 5
        document["issuing_body"] = standing or organ
        document["warnings"].append("issuer_from_text:standing_committee_report" if standing else "issuer_from_text:organ_acting")
    _chair_meeting_acting(document, title, body_text[:_OPENING * 2])
    if document["issuing_body"] and document["doc_type"] != "reply" \
            and _convened_jointly([lines[index] for index in layout.body[:4]]) \
            and not (fields.get("issuing_body") and document.get("issuing_body_raw") == fields["issuing_body"]) \
            and not _headline_names_the_issuer(document, title, body_text[:_OPENING]):
        document["issuing_body"] = None  # several bodies convening: nobody's news, unless a 发布机构 names one; a
        # reply that answers …经会同市教育局、住建局…认真研究 consulted them and is still its bureau's
        document["warnings"].append("issuer_null:joint_actors")
    if document["issuing_body"] and _handover_without_convener(title, [lines[index] for index in layout.body[:4]]) \
            and not _issuer_of_the_site(document, fields):
        document["issuing_body"] = None  # a handover meeting with no named convener (points 37, 95)
        document["warnings"].append("issuer_null:no_convener")
    if document["doc_type"] == "other" and not fields.get("issuing_body") \
            and _house_of_a_session_it_only_dates(document, simplified_title, body_text):
        _drop_a_guessed_issuer(document, None, _SESSION_THE_FEATURE_S_EVENT)  # no warning of its own names the house
    elif document["doc_subtype"] == "proposal_text" and document["issuing_body"] and not fields.get("issuing_body") \
            and not _HOUSE_PROPOSING.search(simplified_title):
        _drop_a_guessed_issuer(document, _ANY_SOURCE, _AN_ITEM_S_OWN_TEXT)  # point 75 (the house may come from any rule)
    _delegation_not_its_house(document, title, body_text[:_OPENING])
    _party_committee_of_the_text(document, title, issuer_text)
    settled = settled_body_name(document["issuing_body"], document["jurisdiction"])
    document["issuing_body"] = expanded_as_printed(settled.name, issuer_text)
    document["warnings"].extend(settled.warnings)
    if settled.name is None and settled.warnings and document["jurisdiction"]:
        # the name taken is none (发布机构: 皇冠手机APP官网水利局, a betting string where its place was): the body the page
        # names relatively, at the place found (州水利局 at 红河哈尼族彝族自治州: 78715401d5e1)
        _relative_issuer_at_its_place(document)
    _open_level_of_an_unplaced_city(document, titled_text)
    if traditional and document["issuing_body"]:
        document["issuing_body"] = _as_printed(document["issuing_body"], lines, original_lines)
    delivered = delivered_on([*layout.header_lines[-8:], *(lines[index] for index in layout.body[:DELIVERY_LINES])])
    fallback_year(document, body_text, "\n".join(layout.header_lines[-6:]), parse_date(fields.get("effective_date")),
                   delivered, layout.signature and layout.signature.month, _written_before_published(document, fields))
    _without_dates_of_the_year_only(document, lines[:_SHARING_TOP], record)
    drop_year_of_another_subject(document)
    if is_repost(url, source):
        document["is_repost"] = True
        document["flags"].append("repost")
    if SYNTHETIC_MARK in raw:
        document["flags"].append("synthetic")
    _warnings(document, body_text)
    document["title"] = title_as_printed
    return document


def _metadata(document: dict, fields: dict, meta: dict, layout, listing: dict, opening: list[str],
              sharing: bool, top: list[str], record: "_RecordDates") -> None:
    raw_index = fields.get("index_number") or listing.get("index_number")
    parts = parse_index_number(raw_index)
    document.update(index_number=raw_index, index_parts=parts.as_dict(), doc_number=fields.get("doc_number"),
                    topic_category=fields.get("topic_category"), validity=fields.get("validity"))
    if org_code_valid(parts.prefix) is False:
        document["warnings"].append("index_org_code_check_failed")
    date_source = layout.date_source[0] if layout.date_source else None
    header = layout.header_lines
    below_title = header[header.index(layout.title) + 1:] if layout.title in header else header
    above_text = _before_first_paragraph(opening)
    dated_below = _dateline(below_title[-8:] + above_text) if layout.date_source_above_title else None
    lead = header[-8:] + above_text
    # point 100: a sharing site's dates are its posting's, but the copied report's dated note is the document's, and so
    # is the 公布日期 of a law database's record
    posted = (_dated_note(lead, opening), record.promulgated) if sharing else (
        _written_date_of_a_copy(fields), fields.get("publish_date"), record.promulgated, _bulleted_publish_date(top),
        meta.get("pubdate"),
        _answer_date_column(header + opening[:2]), dated_below, date_source,
        _stored_date(header + opening),
        _date_beside_headline(header, layout.title),
        _dateline(lead) or _dated_note(lead, opening), _run_in_dateline(opening[:len(above_text) + 1]),
        fields.get("written_date"), listing.get("date"),
        _publishing_date_on_top(top), _dateline_among_top_lines(top))
    covering = _cover_letter_date(layout.title, opening)
    answered = record.answered
    clock, submitted = _sites_today(top), (record.submitted - {parse_date(answered)}) if answered else frozenset()
    for candidate in (*posted, answered, layout.trailing_date, covering,
                      layout.signature.date if layout.signature else None):
        date = parse_date(candidate)
        if date and date != clock and date not in submitted:
            document["publish_date"] = date
            break
    if sharing and document["publish_date"] is None:  # point 100: the date printed is the copy's posting
        document["warnings"].append("publish_date_unknown:sharing_site_posting_date")
    if layout.signature:
        document["signed_date"] = layout.signature.date


# a record of an item and its answer (来信时间 | 2019-10-14 | 来信人 | … / 答复时间 | 2019-10-25; 建议人 杨杰 建议时间 …;
# 回复部门 住建局 回复日期 2021-05-12): the answer's date, not the item's submission
_ANSWER_DATE_FIELD = re.compile(r"(?:答复|回复)(?:时间|日期)\s*[:：]?\s*\|?\s*((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))")
_SUBMISSION_DATE_FIELD = re.compile(r"(?:来信|建议|提交|留言)(?:时间|日期)\s*[:：]?\s*\|?\s*((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}"
                                    r"|年\d{1,2}月\d{1,2}日))")
_RECORD_LINES = 40


# 文章属性 •【制定机关】北海市人民政府 •【公布日期】2013.06.07 •【字号】北政办[2013]123号: a law database's record of the
# document it copies, dated by the document (tests/real 4b6e66ed7b6b, c27307438a44)
_PROMULGATION_DATE = re.compile(r"【公布日期】\s*((?:19|20)\d{2}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2})")


class _RecordDates(NamedTuple):
    """A record's answer date as printed, and the dates it gives its item's submission (来信日期, 建议时间, 提交日期):
    none of those is the answer's publication, unless the answer is dated the same day. A law database's record
    prints the 公布日期 of the document it copies: the document's own date, on a sharing site too (point 100)."""
    answered: str | None
    submitted: frozenset[str]
    promulgated: str | None


def _record_dates(lines: list[str]) -> _RecordDates:
    """Read once per page: the publish date and, after the year, the check of a submission date both use it."""
    answered = next((answer.group(1) for answer in map(_ANSWER_DATE_FIELD.search, lines) if answer), None)
    promulgated = next((record.group(1) for record in map(_PROMULGATION_DATE.search, lines) if record), None)
    return _RecordDates(answered, frozenset(date for line in lines for field in _SUBMISSION_DATE_FIELD.finditer(line)
                                            if (date := parse_date(field.group(1)))), promulgated)


# a reply database's record: 承办单位 答复日期 答复内容 / 省卫计委 / 2007年6月26日 (hainan.gov.cn's rdjydata, zxtadata),
# the answer's date over the 交办日期 printed alone on a line above it
_ANSWER_DATE_HEAD = re.compile(r"答复日期\s*答复内容\s*$")


def _answer_date_column(lines: list[str]) -> str | None:
    """The date under a record's 答复日期 column head (within the two lines after it)."""
    head = next((index for index, line in enumerate(lines) if _ANSWER_DATE_HEAD.search(line)), None)
    return None if head is None else next(filter(None, map(parse_date, lines[head + 1:head + 3])), None)


_DATELINE = re.compile(r"^[^。,()]{0,40}?((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日"
                       r"|\s\d{1,2}/\d{1,2}(?=\s+\d{1,2}:\d{2})"  # 2023 10/21 11:47:04, a wire's
                       r"| 年 \d{1,2} 月 \d{1,2} 日(?= 星期)))"  # 2011 年 2 月 17 日 星期四: a digital paper's issue
                       r"\s*(?:\d{1,2}[:时]\d{2}|星期|(?:信息|文章|稿件)?来源|发布(?:机构|单位|部门)|作者|编辑|标签|<\s*上一版|\||"
                       r"浏览|点击|阅读|访问|(?<=\s)\d+次(?:浏览|阅读|点击)|字号|字体|【|版次|放大|$"
                       r"|】"  # 【来源:…】 【 】 【2025年05月09日】: a date in brackets
                       # 2022-07-07 7780次浏览 (its views spaced off: run into the day, 2023-07-170次浏览, either may be cut)
                       # 2021-10-18 国家市场监督管理总局10870 (its views), 2023-03-02 XX日报 第3版: a short tail spaced off
                       # that is no sentence; 2023-01-04韩伟,张利达 (its authors)
                       r"|(?<=[\d日])\s+[^,,。;;:：!！?？]{1,30}$|(?:[\u4e00-\u9fff]{2,4}[,,、])+[\u4e00-\u9fff]{2,4}$)")
# …全部办复 2022年01月20日; …的报告 (2018年1月27日政协…会议通过); …的答复 ( 2020年08月20日 ) or ( 2025-05-12 ), a
# disclosure catalogue's: the date printed beside the headline
_HEADLINE_DATE = re.compile(r"(?:\s|[(（])\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?=\s*[)）]))"
                            r"(?:[^()（）]{2,60}通过[)）]|\s*[)）])?$")
# …的报告 (2017年12月28日政协第十四届阿坝州委员会第二次会议: the note's end cut off with the line (b699017eeb89)
_HEADLINE_NOTE_CUT = re.compile(r"[(（]((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^()（）]{2,60}(?:会议|大会)$")
# <正>(2014年7月21日…主席会议审议通过)第一条…, (2009年1月13日…会议通过) 政协第十届…: a dated note opening the text's
# first line, the text run on after it (a periodical's or a reader's copy); one date, not a list of revisions
_OPENING_NOTE = re.compile(r"^(?:<正>)?\s*[(（]\s*在?((?:19|20)\d{2}\s?年\s?\d\s?\d?\s?月\s?\d\s?\d?\s?日)[^()（）,,。]{2,60}"
                           r"(?:(?:会议|大会)上|(?:会议|大会)(?:审议)?通过)[)）]")


# date 2026-03-12 全國人大會議今日(12日)閉幕。… (4a7572e3b980 hk01.com, ae0c14912552 lyd.com.cn): a stored page's date
# field printed before its text
_STORED_DATE = re.compile(r"^date ((?:19|20)\d{2}-\d{2}-\d{2})\s")
# 23-09-27 08:43 来源:… (a29ba5cb1773, bef56f3a1a5d): a dateline with the year's two last digits and the time
_SHORT_YEAR_DATELINE = re.compile(r"^(\d{2}-[01]?\d-[0-3]?\d)\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)")
# …议案提案http://www.sina.com.cn 2008年01月18日07:22 解放日报 (fe7d08b6ef45): the portal's address on the dateline
_ADDRESS = re.compile(r"https?://[A-Za-z0-9./_%?=&#~-]+")
# 株洲日?qǐng)?bào) 2025-02-22 10:29:56 (a86adcb06cc0): a conversion gloss whose character and opening bracket were lost
_LOST_GLOSS = re.compile(r"\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
_DAY_FIRST_DATELINE = re.compile(r"^(\d{2})\.(\d{2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}$")


def _before_first_paragraph(opening: list[str]) -> list[str]:
    """The body's first lines up to its first paragraph: a dateline sits above the text, while dates
    after a paragraph belong to a list of other stories (2024-04-26 10:16:13 …)."""
    end = next((position for position, line in enumerate(opening) if "。" in line and len(line) > 40 or len(line) > 100),
               len(opening))
    return opening[:end]


# 2025-01-09 22:35:11 来源:平潭网 作者:… 蔡曦媛在平潭两会期间…: the dateline run into the story's first paragraph
_RUN_IN_DATELINE = re.compile(r"\s*((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*"
                              r"(?:来源|作者)\s*[:：]")


def _run_in_dateline(lines: list[str]) -> str | None:
    return next((dated.group(1) for dated in map(_RUN_IN_DATELINE.match, lines) if dated), None)


_NOT_PUBLISHED = re.compile(r"(?:生效|施行|废止|失效)日期")  # when a rule holds, not when the page came out


def _dateline(header_lines: list[str]) -> str | None:
    """The news dateline above the text (2020年05月10日09:42 来源:人民网; 东南网 2024-01-08 15:42;
    29.04.2016 19:51)."""
    for position, line in enumerate(header_lines):
        if _NOT_PUBLISHED.search(line):
            continue
        line = _LOST_GLOSS.sub("", _ADDRESS.sub(" ", line)) if "://" in line or "?" in line else line
        match = _DATELINE.search(line)
        if match:
            return match.group(1)
        short_year = _SHORT_YEAR_DATELINE.match(line)
        if short_year:  # 23-09-27 08:43 来源:中国甘肃网-甘肃日报
            return parse_date("20" + short_year.group(1))
        labelled = _labelled_date(line)
        if labelled:
            return labelled
        day_first = _DAY_FIRST_DATELINE.match(line)
        if day_first:
            return f"{day_first.group(3)}-{day_first.group(2)}-{day_first.group(1)}"
        day = _YEAR_ALONE.match(line) and _MONTH_DAY.match(header_lines[position + 1] if position + 1 < len(header_lines) else "")
        if day:  # 2019 / 03/04 / 16:12, 2024 / 08-02 / 09:55: a dateline printed in three pieces
            return f"{line}-{int(day.group(1)):02d}-{int(day.group(2)):02d}"
    return None


# a date its publishing label or its brackets mark, on a line the layout left in the text or in chrome: 陆丰政协网:
# www.lfszx.gov.cn 发布时间:2017-03-03 发布者:lfszx; [日期:2025-01-15]; (2018/7/21 15:18:28)  来源:…; 【】 【2025-09-23】
# (an empty cell before it); an e-paper's issue (当前位置:茂名日报 第2017-12-26期 第B3版)
_DATE = r"((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日))"
_PUBLISHING_LABEL_DATE = re.compile(r"(?:发布|发表|发稿|更新|公布|出版)(?:时间|日期|于)\s*[:：]?\s*[\[【(（]?\s*" + _DATE
                                    + r"|^\s*(?:【\s*】\s*)*[\[【(（]\s*(?:日期\s*[:：]\s*)?" + _DATE
                                    + r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】)）]|第" + _DATE + "期")


_TODAY_IS = re.compile("^" + SITES_TODAY)


def _sites_today(top: list[str]) -> str | None:
    """The day a site's banner greets the reader with (今天是:2025年12月05日), the day the page was saved: no date of
    the page's own."""
    return next((parse_date(today.group(1)) for today in map(_TODAY_IS.match, (line.strip() for line in top)) if today),
                None)


# an e-paper reader's banner: its name, today's date, the weekday, then the paper (当前报纸名称:石狮日报)
_READERS_CLOCK = re.compile(r"电子报阅读机\n((?:19|20)\d{2}-\d{1,2}-\d{1,2})\n星期[一二三四五六日天]\n当前报纸名称")


def _without_dates_of_the_year_only(document: dict, top: list[str], record: _RecordDates) -> None:
    """Dates that are no publish date but still date the year, dropped once the year is read. An e-paper reader prints
    its own day over the story (电子报阅读机 / 2026-01-24 / 星期六 / 当前报纸名称:…), the story only 日期:11-12: the
    reader's day completes the story's yearless date (point 120). A record of an item with no answer date prints only
    the item's submission (提交日期:2022-12-03): the year the item was raised."""
    date = document["publish_date"]
    clock = _READERS_CLOCK.search("\n".join(line.strip() for line in top))
    if date and clock and date == parse_date(clock.group(1)):
        reason = "e_paper_readers_date"
    elif date and date in record.submitted and record.answered is None:
        reason = "items_submission_date"
    else:
        return
    document["publish_date"] = None
    document["warnings"].append(f"publish_date_unknown:{reason}")


_SITES_OWN_ADDRESS = re.compile(r"(?:https?://)?(?:www|m)\.[a-z0-9-]+(?:\.[a-z]{2,})+/?", re.IGNORECASE)


def _written_before_published(document: dict, fields: dict) -> str | None:
    """The 成文日期 as the letter's date, unless it is later than the page's publication (成文日期 2020-04-09 on a reply
    published 2017-05-27, in a column 2017年(已归档): the archiving's date, point 97)."""
    written = parse_date(fields.get("written_date"))
    return written if written and not (document["publish_date"] and written > document["publish_date"]) else None


def _written_date_of_a_copy(fields: dict) -> str | None:
    """A site whose byline names only a web address as the source (來源: www.f9km6.cn 日期:2025-12-27) posts a copy of
    a record that prints its own 发文日期 (发文机关国家卫生健康委员会 / 发文日期2020年08月19日): the record's date is the
    document's, the byline's the copy's posting (point 100)."""
    if _SITES_OWN_ADDRESS.fullmatch((fields.get("posted_by") or "").strip()):
        return fields.get("written_date")
    return None


def _publishing_date_on_top(top: list[str]) -> str | None:
    """The first date the page's top lines mark as its publishing, where the layout found no dateline (a spam banner
    over the headline, a site's name on the byline's line: no header); not a sharing site's (point 100)."""
    for line in top:
        match = _PUBLISHING_LABEL_DATE.search(line)
        if match:
            return next(date for date in match.groups() if date)
    return None


def _dateline_among_top_lines(top: list[str]) -> str | None:
    """A dateline above the first paragraph where the layout placed no header over the text (a copy's chrome taken
    for its body: 人民网's 2013年03月16日23:26 来源:人民网 under a topic banner); not a forum profile's value (- 注册时间 /
    - 2010-11-24) nor a banner's clock (天津市南开区人民政府 2019年12月3日星期二)."""
    return _dateline([line for line in _before_first_paragraph(top)
                      if not _LISTED_DATE.match(line) and not _BANNERS_CLOCK.search(line)])


_LISTED_DATE = re.compile(r"^\s*[-•·]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*$")
_BANNERS_CLOCK = re.compile(r"\d日\s*星期[一二三四五六日天]\s*$")


def _cover_letter_date(title: str | None, first_lines: list[str]) -> str | None:
    """关于印发…的通知, a 公告 (…现予公布): the cover letter's signature above the document it issues (杭州市人民政府办公厅
    / 2019年5月5日, then the rules; e1c4fa4fcd43, e4075fe41919, f8f2aeff098b), the letter's own date; the document's end
    is not the letter's."""
    if not _ISSUES_A_DOCUMENT.search("".join([title or "", *first_lines])):
        return None
    for end in range(2, len(first_lines) + 1):
        signature = find_signature(first_lines, list(range(end)))
        if signature and signature.body and signature.date and signature.line == first_lines[end - 1]:
            return signature.date
    return None


_ISSUES_A_DOCUMENT = re.compile(r"印发|现予(?:以)?公布")


def _stored_date(lines: list[str]) -> str | None:
    stored = _STORED_DATE.match(lines[0]) if lines else None
    return stored.group(1) if stored else None


def _labelled_date(line: str) -> str | None:
    """The date of a byline's 时间/发布时间 field among the source's or author's fields on one line
    (文章来源:投稿 作者:刘长军 时间: 2023-07-14 上传:刘杏), or among other labels of the byline left empty (中国人民政治协商会议
    湖南省委员会 时间:[2016-01-26] 来源:, (信息时间:2018-12-06) 点击量:): the story's date wherever the line starts."""
    fields = parse_metadata_lines([line]) if "时间" in line or "日期" in line else {}
    if fields.get("publish_date") and (fields.get("posted_by") or fields.get("author") or len(fields) > 1):
        return parse_date(fields["publish_date"])
    return None


def _date_beside_headline(header_lines: list[str], title: str | None) -> str | None:
    """The date on the headline's own line after it, however long the headline (a dateline is short: _DATELINE)."""
    return next((date for line in header_lines if (date := date_after_headline(line, title))), None) if title else None


def _dated_note(header_lines: list[str], first_lines: list[str]) -> str | None:
    """The date a report was delivered or adopted on (——2023年12月26日在…会议上; (2026年1月30日);
    (2024年1月19日…审议通过) beside its headline, above a dateline 2024-01-20 10:51 来源:…), or the dated
    note opening the text it heads ((2022年10月30日…会议通过)全国人民代表大会常务委员会:…)."""
    for position, line in enumerate(header_lines):
        if _NOT_PUBLISHED.search(line):
            continue
        following = header_lines[position + 1] if position + 1 < len(header_lines) else ""
        delivered = (DELIVERED_ON.match(line) or _HEADLINE_DATE.search(line) or _HEADLINE_NOTE_CUT.search(line)
                     or DELIVERED_ON.match(line + following))  # ——2026年1月5日在政协…委员会 / 第五次会议上
        if delivered:
            return delivered.group(1)
    edition = next((date for line in header_lines if (date := edition_date(line))), None)
    if edition:
        return edition
    opening_note = next((match for line in first_lines if (match := _OPENING_NOTE.match(line))), None)
    return _SPACES.sub("", opening_note.group(1)) if opening_note else None  # (2009年1 1月27日…): a scan's digits


_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}$")
_MONTH_DAY = re.compile(r"(\d{1,2})[/-](\d{1,2})$")  # 2019 / 03/04; 南通网's 2024 / 08-02 / 09:55 / 来源


def _as_printed(name: str, lines: list[str], original_lines: list[str]) -> str:
    """The name in the page's own script where the page prints it (政協太原市委員會); a name the page
    does not print whole is converted, keeping a character the page prints as it is (秘書處, not 祕書處)."""
    for line, original in zip(lines, original_lines, strict=True):
        position = line.find(name)
        if position >= 0 and len(line) == len(original):
            return original[position:position + len(name)]
    converted = to_traditional(name)
    if len(converted) != len(name):
        return converted
    traditional = "".join(original for line, original in zip(lines, original_lines, strict=True) if line != original)
    whole = "".join(original_lines)  # a traditional text's characters, not its simplified menu's 服务 (e7d455160adf: 常務委員會)
    printed = set(traditional if len(traditional) * 2 > len(whole) else whole)
    pairs = list(zip(name, converted, strict=True))
    unprinted = any(alternative not in printed and kept not in printed for kept, alternative in pairs)
    variants = _printed_variants(printed) if unprinted else {}  # most names' characters are all printed as they are
    return "".join(alternative if alternative in printed else kept if kept in printed else variants.get(kept, alternative)
                   for kept, alternative in pairs)


def _printed_variants(printed: set[str]) -> dict[str, str]:
    """Simplified character → the page's own traditional form of it, where the page prints a variant OpenCC does not
    write (陜西 for 陝西: e88469a4281f, c494eec3262a)."""
    characters = "".join(sorted(printed))
    simplified = to_simplified(characters)
    if len(simplified) != len(characters):
        return {}
    return {plain: own for own, plain in zip(characters, simplified, strict=True) if own != plain}


_SOURCE_LINE = re.compile(r"^(?:来源|稿件来源|文章来源|信息来源)[:：]\s*(?P<body>[\u4e00-\u9fff()]{2,30})$")
# a reply signed by a labelled line under it: 承办单位:抚顺县教育局; not an item's handlers listed
# (主办单位:区卫生局 / 协办单位:区财政局 under a deputy's suggestion)
_SIGNER_LINE = re.compile(r"^(?:承办单位|答复单位|办理单位|答复机关|联系单位)(?:及(?:联系)?电话)?[:：]\s*"
                          r"(?P<body>[\u4e00-\u9fff()（）]{2,30}?)(?:\s+[\d\-—－]{7,})?$")  # 0919—4185259: a dash of any width
_HANDLERS_LISTED = re.compile(r"^(?:主办|协办|会办)单位[:：]")
# a reply closing with its lead handler alone, in place of a signature (主办单位:夏阳街道办事处), no joint handler listed
_LEAD_HANDLER_CLOSING = re.compile(r"^主办单位[:：]\s*(?P<body>[\u4e00-\u9fff()（）]{2,30})$")


# a reply database's sheet (hainan.gov.cn's rdjydata/zxtadata): 主办单位 会办 交办日期 / 省民政厅; 省财政厅;… 2018-04-27 /
# 承办单位答复 答复日期 答复内容 / 民政厅 / 2018年7月31日
# or a record's field names each on a line over its value (淄博's 建议提案 records: 提案者 / 王晓璇 / 承办单位 / 桓台县市场监督管理局)
_ANSWERING_UNIT_HEAD = re.compile(r"^承办单位(?:(?:答复)?\s*答复日期\s*答复内容|[:：]?)$")
_LEAD_UNIT_HEAD = re.compile(r"^主办单位\s*会办\s*交办日期$")
_FIRST_UNIT = re.compile(r"^\s*([\u4e00-\u9fff()（）]{2,30})\s*[;；]")
_UNIT = re.compile(r"^[\u4e00-\u9fff]{2,20}$")


def _answering_row(header: Sequence[str]) -> int | None:
    return next((index for index, line in enumerate(header) if _ANSWERING_UNIT_HEAD.match(line)), None)


def _lead_unit(header: Sequence[str]) -> tuple[str | None, str]:
    """The lead unit a reply database's sheet lists first (省民政厅; 省财政厅;… 2018-04-27)."""
    at = _answering_row(header)
    if at is not None and at >= 2 and _LEAD_UNIT_HEAD.match(header[at - 2]) and (lead := _FIRST_UNIT.match(header[at - 1])):
        return lead.group(1), header[at - 1]
    return None, ""


def _answering_unit(header: Sequence[str]) -> tuple[str | None, str]:
    """The unit a reply database's sheet shows answering: a department written short (民政厅) is its province's
    (省民政厅), a place alone its government (海口市 → 海口市人民政府)."""
    at = _answering_row(header)
    if at is None:
        return None, ""
    unit = header[at + 1] if at + 1 < len(header) and _UNIT.match(header[at + 1]) else None
    if unit is None:
        return None, ""
    if unit.endswith("厅") and not is_relative(unit) and not gazetteer.leading_places(unit):
        return "省" + unit, unit
    place = single_place(gazetteer.lookup(unit))
    return (unit + "人民政府" if place and place.name == unit else unit), unit


def _signer_line(tail: list[str]) -> tuple[str | None, str]:
    """承办单位:抚顺县教育局 (or 联系单位及电话:郑州市上街区城市管理局 68118611) closing a reply: the body that signs it."""
    if any(_HANDLERS_LISTED.match(line) for line in tail):
        lead = _LEAD_HANDLER_CLOSING.match(tail[-1]) if tail else None  # …的答复 / …一、… / 主办单位:夏阳街道办事处
        if lead is None or sum(bool(_HANDLERS_LISTED.match(line)) for line in tail) != 1:
            return None, ""
        return lead.group("body"), tail[-1]
    for line in reversed(tail):
        match = _SIGNER_LINE.match(line)
        if match and (not line.startswith("联系单位") or _named_in_full(match.group("body"))):
            return match.group("body"), line
    return None, ""


# 建议标题:《…》 / 建议内容(摘要):… / 承办单位:泸西县交通运输局 / 督办领导:… / 办理复文(摘要):…: a handling record's fields, the
# unit that answered the item among them
_RECORDED_ITEM = re.compile(r"^\s*(?:建议|提案|议案)(?:标题|内容)")


def _record_handler(lines: Sequence[str]) -> tuple[str | None, str]:
    """The 承办单位 of a handling record that carries its item and its answer: the body that answered (a single one),
    its line read as a reply's signer line is."""
    item_at = next((position for position, line in enumerate(lines) if _RECORDED_ITEM.match(line)), None)
    for line in map(str.strip, lines[item_at:]) if item_at is not None else ():
        handler = _SIGNER_LINE.match(line) if line.startswith("承办单位") else None
        if handler:
            return handler.group("body"), line
    after_proposer = next((lines[at:at + 3] for at, line in enumerate(lines) if _PROPOSER_FIELD.match(line)), [])
    for line in map(str.strip, after_proposer):
        lead = _LEAD_HANDLER_CLOSING.match(line) or _HANDLER_FIELD.search(line)  # 建议人: 陈立波 / 主办单位: 博山区…
        if lead:
            return lead.group("body"), line
    for at, line in enumerate(lines):
        lead = _LEAD_AMONG_HANDLERS.match(" ".join([line.strip(), *lines[at + 1:at + 3]]))  # on its line or over three
        if lead:
            return lead.group("body"), line
    return None, ""


# a record's proposer field, spaced or not (提 案 者: 陈立功, 领衔人:胡和平)
_PROPOSER_FIELD = re.compile(r"^\s*(?:建\s*议\s*人|提\s*案\s*[人者]|提\s*出\s*人|领\s*衔\s*人)\s*[:：]")
# the handler's field after it (承办单位: 住建局; 提 案 者: 马孝军 建议承办单位: 县人社局; 主办单位:区文旅体局 | 协办单位:…)
_HANDLER_FIELD = re.compile(r"(?:^|\s)(?:建议)?(?:承办|主办)单位[:：]\s*(?P<body>[\u4e00-\u9fff()（）]{2,30}?)\s*(?:\||$)")
# the lead handler among the record's handlers (承办单位: | 主办: | 民政局 | 协办: | |; 承办单位: 主办: 住房和城乡建设局 协办: …;
# 承办单位: / 主 办 / 农业局 / 会 办 over three lines)
_LEAD_AMONG_HANDLERS = re.compile(r"承办单位[:：]?[\s|]*主\s*办[:：]?[\s|]*(?P<body>[\u4e00-\u9fff()（）]{2,30}?)[\s|]+(?:协|会)\s*办")


def _named_in_full(name: str) -> bool:
    """联系单位:郑州市上街区城市管理局 or 黄山区交通运输局: a contact unit is taken for the reply's sender only when the
    gazetteer keeps its name whole (安徽巢湖经开区建设发展局, a zone's bureau read as 巢湖市's, is not taken)."""
    return (resolve_issuer(name).name or "").endswith(name)


def _undated_signature(tail: list[str], title: str | None, opening: Sequence[str] = ()) -> tuple[str | None, str]:
    """A reply closed by its sender's full name on a line of its own, with no date under it
    (…敬请反馈。/ 盘锦市公安局大洼分局交通安全管理大队 / the site's footer), or before a date closing the
    contact's line (联系人姓名及电话:孙彤 15948410567 永吉县水利局 2023年)."""
    opens_as_a_reply = (_REPLY_TITLE.search(title) or _OPINION_TITLE.search(title) if title
                        else any(_REPLY_OPENING.search(line) for line in opening[:3]))  # untitled: a reply by its opening
    if not opens_as_a_reply:
        return None, ""
    for line in reversed(tail[-_SIGNATURE_LINES:]):
        dated = _NAME_BEFORE_DATE.search(line)  # 联系人姓名及电话:孙彤 159… 永吉县水利局 2023年
        name = dated.group("name") if dated else line.strip()
        if len(name) <= 30 and is_body_name(name) and gazetteer.leading_places(name) and not _SITE_CREDIT.search(name):
            return name, line
    return None, ""


def _imprint(tail: list[str]) -> tuple[str | None, str]:
    """The body whose office printed the document, in its imprint (版记) at the foot: 临湘市农业农村局办公室 2022年8月17日印发
    (df2610a27176): the document is that body's."""
    for line in reversed(tail[-_IMPRINT_LINES:]):
        found = _IMPRINT.search(line)
        if found and gazetteer.leading_places(found.group("body")) and is_body_name(found.group("body")):
            return found.group("body"), line
    return None, ""


_IMPRINT = re.compile(r"^\s*(?P<body>[\u4e00-\u9fff]{2,28}?(?:局|厅|委员会|委|公司))办公室\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
                      r"\s*\d{1,2}\s*日\s*印\s*发\s*$")
_IMPRINT_LINES = 8


# a sender's name closing a line before its date, after a contact's: … 永吉县水利局 2023年
_NAME_BEFORE_DATE = re.compile(r"(?:^|\s)(?P<name>[\u4e00-\u9fff]{4,30})\s+(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?\s*$")


_SIGNATURE_LINES = 3
# a joint handler's letter to the lead unit, signed as a reply is: …提案的会办意见, …建议协办意见的函
_OPINION_TITLE = re.compile(r"(?:会办|协办|分办|办理)意见(?:的函)?$")
_SITE_CREDIT = re.compile(r"(?:主办|承办|协办|维护|制作)$")  # 郑州市上街区人民政府办公室主办: the site's footer
_OFFICE_OF = re.compile(r"(?<=[局厅委])办公室$")


def _source_line(tail: list[str]) -> tuple[str | None, str]:
    """来源:镇江市民政局办公室 under the text: the bureau (its office only sends the item)."""
    for line in reversed(tail):
        match = _SOURCE_LINE.match(line)
        if match:
            return by_its_standing_committee(_OFFICE_OF.sub("", match.group("body"))), line
    return None, ""


# 发布时间:2021-12-17 00:00来源:金林区人民政府访问量: / 浑江区人民政府 发布时间:… 信息来源:浑江区文化教育和体育局
_HEADER_SOURCE = re.compile(r"(?:文章|信息|稿件)?来源[:：]\s*(?P<body>[\u4e00-\u9fff()（）]{2,30}?)"
                            r"(?=\s|访问|浏览|作者|编辑|责任|打印|发布|点击|字体|文字大小|阅读|$)")


_AUTHOR_UNIT = re.compile(r"作者[:：]\s*[\u4e00-\u9fff]{0,12}(?:办|局|委|厅|政协|人大)")
_BUREAU_NAME = re.compile(r"(?:局|厅|委员会|委)$")


def _header_source(header: list[str], opening: list[str]) -> tuple[str | None, str]:
    """来源 in a byline over the title or text that runs on into other fields: the unit that posted
    the page, a last resort (settled question 14: a document's own author comes first). Not a parent
    body over a unit the page shows writing: a byline's 作者 that is a unit (作者:东川区政协办 来源:昆明市政协),
    a text speaking as a bureau (我局…) under a government's or a house's name."""
    speaks_as_bureau = any(_OUR_OWN.search(line) for line in opening)
    for line in reversed(header):
        match = _HEADER_SOURCE.search(line)
        if match:
            body = by_its_standing_committee(_OFFICE_OF.sub("", match.group("body")))
            if _AUTHOR_UNIT.search(line) or (speaks_as_bureau and not _BUREAU_NAME.search(body)):
                return None, ""
            return body, line
    return None, ""


_OUR_BUREAU = re.compile(r"(?:我局|本局)")
_NAMED_BUREAU = re.compile(r"([\u4e00-\u9fff]{0,12}?[省市区县州][\u4e00-\u9fff]{1,12}?局)(?![长里面])")


def _bureau_of_we(opening: list[str], paragraphs: Sequence[str] = ()) -> tuple[str | None, str]:
    """我局 tied to a bureau the same sentence names (市民政局…我局…), else the one bureau a clause of the
    text opens with (我局高度重视… / 区住房和城乡建设局作为专班成员… / 下一步,区住建局将…): that bureau."""
    for line in opening:
        for sentence in line.split("。"):
            if _OUR_BUREAU.search(sentence):
                words = _OUR_BUREAU.sub("", sentence)
                named = next((match for match in _NAMED_BUREAU.finditer(words) if not _ADDRESSEE.search(words, 0, match.start())
                              and words[match.end():match.end() + 1] not in (":", "：")), None)  # 市农业农村局: its addressee
                if named:
                    return named.group(1), sentence
    if not any(_OUR_BUREAU.search(line) for line in opening):
        return None, ""
    subjects = {written_out(match.group(1)): match.group(1) for line in paragraphs
                for match in _BUREAU_OPENING_A_CLAUSE.finditer(line) if _named_body(match.group(1)) == match.group(1)}
    if len(subjects) != 1:
        return None, ""
    name = subjects.popitem()[1]
    return name, next(line for line in paragraphs if name in line)


# a bureau opening a clause: 区住房和城乡建设局作为专班成员, …; 下一步,区住建局将… (not 与县财政局沟通: an object; not
# 市农业农村局: over a letter, its addressee: ee73dbbc3dd4)
_BUREAU_OPENING_A_CLAUSE = re.compile(r"(?:^|[。,,;；])(?:下一步|同时|目前|近年来|今年)?[,,]?"
                                      r"([\u4e00-\u9fff]{0,12}?[省市区县州][\u4e00-\u9fff]{1,12}?局)(?![长里面:：])")


# a bureau the sentence sends to, or lists with others (…报送市人大社建委、市人大常委会法工委、市司法局): not 我局
_ADDRESSEE = re.compile(r"(?:报送|抄送|送|报|提交|[、向与和及])$")


_OUR_DEPARTMENT = re.compile(r"(?:我|本)(厅|委|部)(?![员会门分队署位])")
# a province's department (省文化和旅游厅, not its government's 办公厅) or a commission (州卫健委, not a house's 提案委)
_NAMED_DEPARTMENT = {"厅": re.compile(r"[\u4e00-\u9fff]{0,12}?(?:省|自治区)[\u4e00-\u9fff]{2,12}?(?<!办公)厅(?![长里])"),
                     "委": re.compile(r"[\u4e00-\u9fff]{0,12}?[省市区县州盟][\u4e00-\u9fff]{2,10}?委(?:员会)?(?![员会长])")}
_NOT_A_DEPARTMENT = re.compile(r"人大|政协|党|纪|常委|政府")


def _a_partner_ministry(line: str, match: re.Match) -> bool:
    """与发展改革委、财政部等部门沟通: a ministry listed or met with is not the one speaking as 我部."""
    return line[match.start() - 1:match.start()] in _PARTNER_BEFORE or line[match.end():match.end() + 1] in _LISTING


_PARTNER_BEFORE = frozenset("、与和及同向对")


_LISTED_UP_TO_US = re.compile(r"(?:[、和及与][^,,。;;:：]{0,40}?)?[和及与、](?:我|本)[厅委]")  # …交由自治区农业农村厅和我厅分别办理
# …(我厅)认真贯彻…精神,联合省委组织部、省财政厅等部门: the departments a clause has ours join (fdc824a7c13d)
_JOINED = re.compile(r"(?:会同|联合|协同)[^,,。;;]*$")
# 我委会同市生态环境局、市商务局…; 我委积极与区住建委等部门联系: the departments ours works with
_WITH_US = re.compile(r"(?:我|本)[厅委][^,,。;;]{0,8}?(?:会同|联合|与|同)[^,,。;;]*$")
_CLAUSE_MARK = re.compile(r"[,,。;;]")
_LISTED_AFTER_US = re.compile(r"(?:我|本)[厅委][及和与、][^,,。;;]*$")  # 由我厅及省委政法委、省民政厅分别办理


def _a_partner_department(line: str, match: re.Match) -> bool:
    """A department in one list with 我厅 (交由自治区文化厅、旅游发展委、梧州市政府和我厅分别办理: e01ae088aec9; 由我厅及
    省委政法委、省民政厅分别办理), or one
    that ours works with in the same clause (我委会同市生态环境局、…、市城管委; 我委积极与区住建委等部门联系), is not 我厅/我委."""
    clause_start = max((mark.end() for mark in _CLAUSE_MARK.finditer(line, 0, match.start())), default=0)
    clause = line[clause_start:match.end()]  # the match may open with the clause's verb (联合省民政厅)
    return bool(_LISTED_UP_TO_US.match(line, match.end()) or _WITH_US.search(clause) or _LISTED_AFTER_US.search(clause)
                or _JOINED.search(clause))


def _department_of_we(opening: list[str]) -> tuple[str | None, str]:
    """我厅/我委 in a paragraph that names one department of that kind (…省文化和旅游厅充分发挥…我厅主要做了…;
    到州卫健委调研…了解掌握我委…): that department."""
    for line in opening:
        our = _OUR_DEPARTMENT.search(line)
        if not our:
            continue
        # a ministry (对我部承办的…建议 beside 水利部承办3个: settled point 44)
        named_here = _MINISTRIES if our.group(1) == "部" else _NAMED_DEPARTMENT[our.group(1)]
        named = {_named_body(match.group()) for match in named_here.finditer(line)
                 if not (_a_partner_ministry(line, match) if our.group(1) == "部" else _a_partner_department(line, match))}
        named = {name for name in named if name and not _NOT_A_DEPARTMENT.search(name)}
        if len(named) == 1:
            name = named.pop()
            assert name is not None
            return name, next(sentence for sentence in line.split("。") if name in sentence)
    return None, ""


_OWN_NAME_LINES = 3
# 你好,欢迎访问南阳市生态环境局!今天是:: the site greeting the reader with its own name
_GREETING = re.compile(r"^(?:你好[,，]\s*)?(?:欢迎(?:访问|光临|您访问)|歡迎(?:訪問|光臨))([\u4e00-\u9fff]{2,40}?)"
                       r"(?:门户|門戶)?(?:网站|網站|网|網)?[!！]")


def _own_name_printed(line: str) -> str:
    """The body a header line names alone, or the site greeting the reader with it (欢迎访问南阳市生态环境局!)."""
    greeting = _GREETING.match(line.strip())
    return greeting.group(1) if greeting else line.strip()


def _kind_of_we(opening: list[str]) -> str | None:
    """The one kind of body the text speaks as (局 for 我局, 委 for 我委), or None for none or several."""
    kinds = kinds_we_speak_as(opening)
    return kinds.pop() if len(kinds) == 1 else None


def _site_name_of_we(header: list[str], opening: list[str]) -> tuple[str | None, str]:
    """A text speaking as 我局 (我部, 我委, 我厅) under a page whose first lines print one body of that kind alone on its
    line, the site's own name (国家中医药管理局 over …对第7835号建议的答复 … 我局深入推进…): that body."""
    kind = _kind_of_we(opening)
    if kind is None:
        return None, ""
    return _the_one_body_of_its_kind(((name, name) for name in map(_own_name_printed, header[:_OWN_NAME_LINES])), kind)


def _crumb_of_we(above: Sequence[str], opening: list[str]) -> tuple[str | None, str]:
    """A text speaking as 我局 (我委, 我厅) under a breadcrumb naming one body of that kind, the section of the portal
    the page stands in (首页>部门信息公开目录>市交通运输局>回应关切; > 市级部门 > 市海洋经济发展局 > 法定主动公开内容): that
    body, answering in its own disclosure section as on its own site (_site_name_of_we)."""
    kind = _kind_of_we(opening)
    if kind is None:
        return None, ""
    return _the_one_body_of_its_kind(((crumb, line) for line in above if _CRUMB_SEPARATOR.search(line)
                                      for crumb in _CRUMB_SEPARATOR.split(line.strip())), kind)


def _the_one_body_of_its_kind(printed: Iterable[tuple[str, str]], kind: str) -> tuple[str | None, str]:
    """Of (name, line) pairs a page prints, the one body of the kind its text speaks as (我局: a …局), named alone; none
    where it names several."""
    named = {(name, line) for name, line in printed if name.endswith(_KIND_ENDINGS.get(kind, (kind,))) and _named_body(name) == name}
    return named.pop() if len({name for name, _ in named}) == 1 else (None, "")


# the names of the kind a text speaks as: 我委 a …委 or a …委员会 (市卫生健康委员会), 我办 an …办 or an …办公室
_KIND_ENDINGS = {"委": ("委", "委员会"), "办": ("办", "办公室")}


# the site's owner in its footer: 主办单位:天津市规划和自然资源局 地址:… (d1dbb741723f)
_SITE_OWNER = re.compile(r"(?:主办单位|网站主办单位|主办)\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{4,30})")
_FOOTER_LINES = 12


def _footer(lines: list[str], body: list[int]) -> list[str]:
    """The last lines of the body and those under it (a text page's footer is read as its body's end)."""
    if not body:
        return []
    return [*(lines[index] for index in body[-_FOOTER_LINES:]), *lines[body[-1] + 1:body[-1] + 1 + _FOOTER_LINES]]


def _site_owner_of_we(footer: Sequence[str], opening: list[str]) -> tuple[str | None, str]:
    """A text speaking as 我局 (我委, 我厅) on a site whose footer names one body of that kind as its owner (主办单位:
    天津市规划和自然资源局): that body, the bureau answering in its own disclosure section (point 65's registry)."""
    kind = _kind_of_we(opening)
    if kind is None:
        return None, ""
    return _the_one_body_of_its_kind(((match.group("name"), line) for line in footer for match in _SITE_OWNER.finditer(line)),
                                     kind)


# the letter a reply's title names: 对…第41号建议的答复, …的复函, …提案的回复
_REPLY_TITLE = re.compile(r"(?:答复|复函|回复|答复函|(?:答|回)复的函)$"  # …提案答复的函 (4d95c806cbe9)
                          # …的答复梁洁代表提出的“…的建议”(主办): the item's subject and the bureau's role after it
                          r"|(?:答复|复函).{0,80}[(（](?:主办|合办|协办|会办|分办)[)）]$")
# the letterhead, its 文号, a class line and a disclosure line (分类:(A1) / 公开情况:(主动公开): 825b382598ab), the title's
# two lines
_LETTERHEAD_LINES = 6
_WORDED = re.compile(r"[\w\u4e00-\u9fff]")
# the line under a letterhead besides its 文号 (layout's DOC_NUMBER_LINE): the letter's own heading, however broken
# off (对市届人大会议108号建议的)
_BROKEN_HEADING = re.compile(r"(?:关于)?对.{2,30}?(?:会议|第?\d{1,5}号)")
_TITLE_LINE = 6  # the shortest first line of a title read as the title's
# the letter template's fields under the sender's name: 铜川市耀州区退役军人事务局 | / 类 别: A | / 签发人:… (7ce87bb4e2fb)
_LETTER_FIELD = re.compile(r"(?:类\s*别|签\s*发\s*人)\s*[:：]")
_HEADER_SOURCE_LINES = 6
_CLASS_MARK = re.compile(r"[(（]?[ABCabc][1-9]?类?[)）]?")
_LETTER_MARK = re.compile(r"\s*[(（]函[)）]$")


def _letterhead(header: list[str], title: str | None) -> tuple[str | None, str]:
    """A line that is only a body's full name over a reply's title (平江县人民政府办公室 /
    对…第41号建议的答复), or over its first line (唐山市丰南区农业农村局 / 对丰南区第七届人民代表大会 /
    第三次会议第20号建议的答复): the letterhead of the body that sends it, printed as the page shows it."""
    lines = [line for line in header  # not a stray "." between, nor the reply's bare class mark (阳城县水务局 / A / 关于…)
             if _WORDED.search(line) and not _CLASS_MARK.fullmatch(line.strip())][-_LETTERHEAD_LINES:]
    title = (title or "").strip()
    for above, below in zip(lines, lines[1:], strict=False):
        name = _LETTER_MARK.sub("", above.strip())  # 奉新县文广新旅局(函): the letter template's mark after the name
        heading = (len(below.strip()) >= _TITLE_LINE and title.startswith(below.strip())
                   or DOC_NUMBER_LINE.match(below.strip()) or _BROKEN_HEADING.match(below.strip())
                   or _LETTER_FIELD.match(below.strip()))
        if (heading and _REPLY_TITLE.search(title)
                and len(name) <= 24 and is_body_name(name) and gazetteer.leading_places(name)):
            return name, f"{name} {below.strip()}"
    return None, ""


# 厦门市人民代表大会常务委员会公告 / (〔十六届〕第四十九号) under a rules text's headline: the notice promulgating it
_PROMULGATING_NOTICE = re.compile(r"^(?P<body>[\u4e00-\u9fff()（）]{4,40}?)(?:公告|令)$")
_NOTICE_NUMBER = re.compile(r"^[(（]?(?:〔[^〕]{1,8}〕)?第[一二三四五六七八九十百零〇\d]{1,6}号[)）]?$")


def _promulgating_notice(lines: list[str]) -> tuple[str | None, str]:
    """The body whose 公告 (or 令) promulgates the text the page carries: its heading over the notice's number, under the
    text's own headline (厦门市人民代表大会常务委员会公告 / (〔十六届〕第四十九号) / 《…办理办法》已于…修订通过…现予公布)."""
    for line, below in zip(lines, lines[1:], strict=False):
        notice = _PROMULGATING_NOTICE.match(line.strip())
        if notice and _NOTICE_NUMBER.match(below.strip()):
            return notice.group("body"), f"{line.strip()} {below.strip()}"
    return None, ""


# the letter's own heading in its text, its sender's name first, over the addressee, under a proposal's record or a
# suggestion's form: 马关县林业局关于对…第38号委员提案的答复函 / 杨万祥…委员: (576332e93f46), 万宁市旅游和文化广电体育局关于 /
# 万宁市十六届人大三次会议第163026号建议答复的函 / 沈菊英代表: (dd37d871ba11)
_LETTER_HEADING = re.compile(r"^(?P<body>[\u4e00-\u9fff()（）]{4,30}?)\s*(?:关于|对)[^。:：]{6,84}$")  # ending as _REPLY_TITLE
_ADDRESSED = re.compile(r"(?:代表|委员|代表团|同志)[:：]$")
_ADDRESSEE_LINES = 3


def _letter_heading(paragraphs: Sequence[str]) -> tuple[str | None, str]:
    """The sender a reply's heading names in its text, on one line or broken over two, right above the addressee;
    the caller adds the header's last lines, where a news site's headline leaves the letter's heading (答复:《…》 /
    重庆市市场监督管理局关于…第0294号提案答复的函 / 殷正双委员:)."""
    lines = [line.strip() for line in paragraphs]
    for index, line in enumerate(lines):
        if not any(_ADDRESSED.search(below) for below in lines[index + 1:index + 1 + _ADDRESSEE_LINES]):
            continue
        for heading in (line, f"{lines[index - 1]}{line}" if index else ""):
            found = _LETTER_HEADING.match(heading) if _REPLY_TITLE.search(heading) else None
            name = found.group("body") if found else ""
            if name and is_body_name(name) and gazetteer.leading_places(name):
                return name, heading
    return None, ""


_TITLE_PARTS = re.compile(r"\s+|(?<=[\u4e00-\u9fff])(?:——|――)(?=[\u4e00-\u9fff])")  # (―― of some sites' fonts)


# a series' tag before the headline: 【我们的履职答卷·20255】株洲民革两会履职综述 (without_banner's wider reading moves seven
# labelled pages' issuers)
_SERIES_TAG = re.compile(r"^【[^【】]{1,20}】")
# a title in quotes, its document's number (layout's DOC_NUMBER_LINE) before it or not: 陕政办函〔2020〕7号《陕西省人民政府
# 办公厅关于…的通知》, 《政协达州市委员会提案工作条例(修订)》
_NUMBERED_TITLE = re.compile(r"^(?:" + DOC_NUMBER_LINE.pattern + r"\s*)?《([^《》]{4,})》$")


def _body_opening_title(title: str | None) -> str | None:
    """The body a title, or one of its space-separated parts, opens with (教育部2657件…;
    提案办理回复率100% 2023年莆田市政协立案236件), or a body's full name printed before the rest
    (南宫市交通运输局 对…第46号建议的答复), or the house whose session the title has acting (市五届人大六次会议
    收到议案15件: settled question 4)."""
    tagged = house_tagging(title)
    if tagged:
        return tagged
    numbered = _NUMBERED_TITLE.match(title or "")  # 陕政办函〔2020〕7号《陕西省人民政府办公厅关于…的通知》
    title = numbered.group(1) if numbered else title
    parts = _TITLE_PARTS.split(_SERIES_TAG.sub("", title or ""))  # …高质量发展——最高人民检察院以…: the subject after a kicker's dash
    if (len(parts) > 1 and is_body_name(parts[0]) and gazetteer.leading_places(parts[0])
            and not _NOT_A_BODY_NAME.search(parts[0])):  # 晋城市政协召开重点提案督办会 郭跃峰出席: an event, no body
        return parts[0]
    spaced = body_before_about(title) if title and len(parts) > 1 else None  # a name laid out over lines
    if spaced:
        return spaced
    for part in parts:
        body = body_at_start(part)
        if body and not _items_of_a_session_answered(part, body, title):
            return placed_party_in_full(body)  # …——茂名民进参加…: the committee in full
    house = next(filter(None, map(house_of_session, parts)), None)
    if house:
        return house
    bank = _ANSWERING_BANK.match(title or "")
    return bank.group("body") if bank else None


# the central bank or its branch named before the item it answers (中国人民银行对十四届全国人大一次会议第2738号建议的
# 答复): no government suffix, the reply's wording names it
_ANSWERING_BANK = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,24}?(?:银行|分行|支行))对[^。，,]{0,30}?第[^号]{1,12}号"
                            r"[^。，,]{0,12}?(?:建议|提案)[^。，,]{0,8}?的(?:答复|复函|回复)")


def _headline_subject(title: str | None, subtitle: str | None) -> str | None:
    """The body the headline opens with, else the one its ——subheading opens with (践行全过程人民民主… /
    ——最高人民法院高质量办理代表建议系列综述之五: cfdee06ff8f1), the subheading being printed as the headline's part, on its
    own line or after —— on the headline's (b7a1a637620b; spaced off it: …履职担当促发展—— 民建荆州市委在…: 7277f271ddad)."""
    subheading = _subheading_on_its_line(title or "")  # 守护好“绿色的国宝”——国家林草局认真办理…
    return (_body_opening_title(title) or (_body_opening_title(subheading) if subheading else None)
            or (_body_opening_title(subtitle.lstrip("—-－ ")) if subtitle else None))


def _subheading_on_its_line(headline: str) -> str | None:
    """The subheading printed after —— on the headline's line, a space after the dash left out."""
    dash = headline.rfind("——")
    return headline[dash + 2:].lstrip() if dash > 0 else None


_SESSION_AFTER = re.compile(r"第?[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}次(?:全体)?会议")
# a session's items named as what the title is, handled, answered or listed (…会议委员提案办理情况汇报, …会议提案第一次公开答复会,
# 北京市政协十四届二次会议第0804号提案的答复意见, …会议《关于…的建议》(104号)的答复, 黄石市政协十三届四次会议委员提案, …会议提案汇编,
# …会议提案办理回复单): the house whose items they are, not the body answering
_ITEMS_OF_A_SESSION = re.compile(_SESSION_AFTER.pattern
                                 + r"[^。,，]{0,60}?(?:(?:提案|建议|议案)(?:[^。,，]{0,50}?(?:答复|回复|复函|办理|汇编)|[)）]?$)"
                                   r"|号[)）]?的?(?:答复|回复|复函))")


def _items_of_a_session_answered(title: str, body: str, whole: str | None = None) -> bool:
    """大洼区政协十届三次会议提案:第25号…的答复, 宁县政协十届四次会议委员提案办理情况汇报: the house names the
    session whose items are answered or reported on, not the body that answers or reports; `whole`: the headline
    `title` is a part of, an answer's words after a space (市政协十六届三次会议《关于完善…规定 提升…的提案》(第130号)答复)."""
    after = title.find(body) + len(body)
    return bool(_REPLY_TITLE.search(whole or title) and _SESSION_AFTER.match(title, after)
                or _ITEMS_OF_A_SESSION.match(title, after))


class _OnDemand:
    """Candidates found when first asked for, each once: most pages settle on an early candidate, so
    the finders of the later ones (which read the opening and the paragraphs) never run. Every finder
    is pure, so when it runs changes nothing. Indexed by an int only (a sequence without slices)."""

    def __init__(self, finders: list[Callable[[], tuple[str | None, str]]]):
        self._finders = finders
        self._found: dict[int, tuple[str | None, str]] = {}

    def __len__(self) -> int:
        return len(self._finders)

    def __getitem__(self, index: int) -> tuple[str | None, str]:
        index = range(len(self._finders))[index]  # a negative index counts from the end; past the end raises
        if index not in self._found:
            self._found[index] = self._finders[index]()
        return self._found[index]

    def __iter__(self) -> Iterator[tuple[str | None, str]]:
        return (self[index] for index in range(len(self._finders)))


def _issuer_candidates(fields: dict, meta: dict, layout, repost: bool, tail: list[str],
                       opening: list[str], later_paragraphs: bool = True,
                       paragraphs: Sequence[str] = (), footer: Sequence[str] = (),
                       above: Sequence[str] = ()) -> Iterator[tuple[str, str | None]]:
    """(name, evidence line) pairs, best first: the issuer's metadata (发布机构, 制发机关), the
    title's opening name, the unit that posted the page (来源, the byline), the signature, a 来源
    line under the text, 我局 tied to a named bureau, the body the opening shows acting, last a
    later paragraph's. A repost's site metadata names the reposter. The page's own namings are
    found as the caller reaches them (_OnDemand)."""
    signature = layout.signature
    title = without_site_name(layout.title or fields.get("title"))  # …修复建议 - 政協提案 - 海南省人民政府網: no body's headline
    date_source = layout.date_source[1] if layout.date_source else None
    formal = [_metadata_pair(fields.get("issuing_body"), layout), (meta.get("contentsource"), meta.get("contentsource")),
              _bracketed_issuer([*layout.header_lines[-4:], *opening[:2]]), _bulleted_issuer(layout.header_lines[-8:]),
              _lead_unit(layout.header_lines), _record_handler([*layout.header_lines[-_PARAGRAPHS:], *paragraphs])]
    posting = [_metadata_pair(by_its_standing_committee(fields.get("posted_by") or ""), layout), (date_source, date_source),
               (fields.get("author"), fields.get("author"))]  # 来源:周村人大, its standing committee (Fields → issuing_body)
    acting = _acting_body(opening)
    signing = [lambda: (signature.body, f"{signature.body} {signature.line}") if signature else (None, ""),
               (letterhead := lambda: _letterhead(layout.header_lines, title)),
               lambda: _promulgating_notice([*layout.header_lines[-2:], *opening[:2]]), lambda: _signer_line(tail),
               lambda: _undated_signature(tail, title, opening), lambda: _imprint(tail),
               lambda: _letter_heading([*layout.header_lines[-2:], *paragraphs])]
    finders = [
        *signing, lambda: _source_line(tail), lambda: _bureau_of_we(opening, paragraphs),
        lambda: _department_of_we(opening),
        (site_name_of_we := lambda: _site_name_of_we(layout.header_lines, [*opening, *paragraphs])),
        lambda: _site_owner_of_we(footer, [*opening, *paragraphs]),
        lambda: _crumb_of_we(above, [*opening, *paragraphs]),
        lambda: acting, lambda: _reporters_source(opening),
        lambda: _handling_subject(opening if later_paragraphs else opening[:1], later_sentences=acting[0] is None),
        lambda: _house_counting(opening[:2]), lambda: _paragraph_subject(paragraphs if later_paragraphs else []),
        lambda: _answering_unit(layout.header_lines),  # written short (文体厅): after a signature's full name
        lambda: _header_source([*layout.header_lines[-_HEADER_SOURCE_LINES:], *_lines_over_the_text(opening)], opening)]
    own = _OnDemand(finders)
    site_name = finders.index(site_name_of_we)
    # 省政协陈海峰副主席一行莅临我厅检查…: the visitor opens the headline, the page is the department's (point 14)
    visited = _OUR_OWN.search(title or "") or _visits_its_source(title, fields.get("posted_by"))
    title_pair = [(None if visited else _headline_subject(title, layout.subtitle), title),
                  _body_opening_text(opening)]
    if title_pair[0][0] and acting[0] and _organ_of(acting[0], title_pair[0][0]):
        title_pair = [acting, *title_pair]  # 省政协…复审工作有序开展 / 省政协提案委员会组织开展…: the organ acting
    if _byline_office_of_the_actor(fields, title, title_pair[0][0]):  # points 49, 74: the actor over its office
        formal = [title_pair[0], *formal]
    if signature and _portal_of_its_bureau(fields.get("issuing_body"), signature.body):
        formal = [own[0], *formal]
    elif _PORTAL_RUNNER.search(fields.get("issuing_body") or ""):  # 发布机构:江永县数据局, 来源:江永县文化旅游广电体育局
        formal = [*(pair for pair in [*posting, own[signing.index(letterhead)]]
                    if _portal_of_its_bureau(fields.get("issuing_body"), pair[0])),
                  *formal]  # or the letterhead: 发布机构 靖远县政府信息中心 over 靖远县文广局 / 对…第20号建议的答复
    bureau_posting = _bureau_posting_on_its_governments_portal(fields, posting, [*opening, *paragraphs])
    if bureau_posting and not signature:  # a letter signed is its signer's (point 17)
        formal = [bureau_posting, *formal]
    author = _author_over_its_publisher(fields.get("issuing_body"), posting, title_pair,
                                        (own[index] for index in range(len(signing))))
    if author:  # settled point 35: the author the page names, over the 发布机构 that is its office or short form
        formal = [author, *formal]
    if signature and any(name for name, _ in posting):  # settled point 17: the signer over any 来源, the portal's office
        posting = [own[0], *posting]  # (来源:市政府议案提案办) or the bureau that supplied the page (来源:县规划建设和住房局)
    elif not signature and any(_GOVERNMENT.search(name or "") or _PORTAL_RUNNER.search(name or "") for name, _ in posting) \
            and any(_portal_of_its_bureau(name, own[site_name][0]) for name, _ in posting):
        posting = [own[site_name], *posting]  # 来源:南阳市人民政府 on the site of the 南阳市生态环境局 writing 我局
    if any(_office_of(name, acting[0]) for name, _ in posting):  # settled point 49: the body over its own office
        posting = [acting, *posting]
    if _headline_of_news(title, title_pair[0][0]) and not _contributing_source(own[-1][0], cast(str, title_pair[0][0])):
        title_pair = [own[-1], *title_pair]  # settled question 3: a 来源 body over a news headline's actor
    candidates = itertools.chain(title_pair, own) if repost else itertools.chain(formal, title_pair, posting, own)
    return ((with_its_organisation(department_of_its_division(name), line), line) for name, line in candidates
            if is_body_name(name))


# a place's committee named by a party's word opening a headline or its subheading: 金华市委会:围绕中心服务大局…,
# 汕头市委会关注民生献良策, 大理州委会多项工作亮点写入… (the Communist party's committees are 委, a 委员会 is anyone's)
_COMMITTEE_BY_A_PARTY_S_WORD = re.compile(r"(?:【[^】]{0,20}】)?([\u4e00-\u9fff]{2,12}?[省市县区州]委)会(?!员)")


def _party_committee_of_the_text(document: dict, title: str | None, text: str) -> None:
    """The issuer printed as a place's committee without its party (无锡市委, 东阳市支部), or the headline opening with a
    place's 委会: the democratic party's committee the text names (party_of_a_bare_committee)."""
    headline = to_simplified(title or "")
    opening = next((match for part in (headline, _subheading_on_its_line(headline) or "")
                    if (match := _COMMITTEE_BY_A_PARTY_S_WORD.match(part))), None)
    if opening and gazetteer.leading_places_and_length(opening.group(1)[:-1])[1] == len(opening.group(1)) - 1:
        party = party_of_a_bare_committee(opening.group(1), document["jurisdiction"], text, opening.group())
        line = title
    elif document["issuing_body"]:
        line = document["evidence"].get("issuing_body") or ""
        party = party_of_a_bare_committee(document["issuing_body"], document["jurisdiction"], text, to_simplified(line))
    else:
        return
    if party:
        resolved = resolve_issuer(party)
        if resolved.jurisdiction:
            _take_issuer(document, resolved, party, line)
        else:  # a branch (中国民主促进会东阳市支部) the gazetteer does not place: at the place found
            document["issuing_body"] = party
        document["warnings"].append("issuer_party_from_text")


def _byline_office_of_the_actor(fields: dict, title: str | None, actor: str | None) -> bool:
    """发布机构:县政府办公室 in a news item's byline (no 索引号 table) under 县政府召开…交办会: the host's own
    office, not the author of its body's news (points 49, 74); a real metadata table keeps it (point 35)."""
    return (not fields.get("index_number") and _headline_of_news(title, actor)
            and _office_of(fields.get("issuing_body"), actor))


def _lines_over_the_text(opening: list[str]) -> list[str]:
    """The body's lines above its first paragraph, where a byline the reader left in the body stands
    (聚焦生态美,打好“保卫战” / 2022-04-24 来源:民进中山市委会 【收藏本文】 / 2022年4月22日,…), else its first line."""
    return _before_first_paragraph(opening) or opening[:1]


def _bureau_posting_on_its_governments_portal(fields: dict, posting: list, text: Sequence[str]) -> tuple[str, str] | None:
    """The bureau a 来源 or 作者 names over the 发布机构 that is the portal's government (发布机构 乌恰县人民政府, 来源
    乌恰县畜牧兽医局) where the letter speaks as a body of the bureau's kind (我局高度重视): the government publishes
    its bureaus' answers, the bureau wrote it (points 64, 65)."""
    publisher = fields.get("issuing_body") or ""
    if not _PUBLISHING_GOVERNMENT.search(publisher):
        return None
    spoken = kinds_we_speak_as(text) - {"府"}
    return next(((name, line) for name, line in posting
                 if name and spoken and _KIND_HEADS.get(name[-1:]) in spoken and not _PUBLISHING_GOVERNMENT.search(name)),
                None)


_PUBLISHING_GOVERNMENT = re.compile(r"(?:人民)?政府$")
_KIND_HEADS = {"局": "局", "厅": "厅", "委": "委", "会": "委"}  # 住房和城乡建设局 speaks as 我局, 发展和改革委员会 as 我委


def _author_over_its_publisher(publisher: str | None, posting: list, titled: list,
                               signed: Iterable[tuple[str | None, str]]) -> tuple[str, str] | None:
    """The author a page names where the 发布机构 is the short form of its title's author (嘉祥县体育中心 for
    嘉祥县体育事业发展中心), or the office of the author its 责任部门 names and its title, letterhead or signature
    names too (发布机构 红寺堡区政府办公室, 责任部门 and letterhead 吴忠市红寺堡区人民政府)."""
    if not publisher:
        return None
    short = next(((name, line) for name, line in titled if name and _short_form_of(publisher, name)), None)
    if short:
        return short
    posted = {name for name, _ in posting if name}
    if not posted:  # no candidate can be the posted one: the page's own namings need not be found
        return None
    publishing = resolve_issuer(publisher).name
    return next(((name, line) for name, line in itertools.chain(titled, signed) if name in posted
                 and _office_of(publishing, resolve_issuer(name).name)), None)


def _short_form_of(short: str, name: str) -> bool:
    """体育中心 in 体育事业发展中心: the same place's body named with fewer of its characters, in order; or a body named
    relatively and short (市国资委) for the full name its title prints (重庆市国有资产监督管理委员会)."""
    if _RELATIVE_LEVEL.match(short) and gazetteer.leading_places_and_length(name)[1]:
        short, name = short[1:], name[gazetteer.leading_places_and_length(name)[1]:]
        ends_alike = short[-2:] == name[-2:] or short.endswith("委") and name.endswith("委员会")
        if len(short) >= len(name) or not ends_alike or short[:1] != name[:1]:
            return False
    elif len(short) >= len(name) or short[-1:] != name[-1:] or not short.startswith(name[:2]):
        return False  # (盐池县文广局 for 盐池县文化旅游广电局: the last character alike, not always the last two)
    remaining = iter(name)
    return all(character in remaining for character in short)


_RELATIVE_LEVEL = re.compile(r"[省市县区州旗](?![委政])")  # 市国资委, 县体育中心; not 市委 or 市政府


# the portal's own government office, named relatively (市政府议案提案办, 县政府办): the host's own body
_PORTAL_OFFICE = re.compile(r"^[市县区旗](?:人民)?政府[\u4e00-\u9fff]{0,6}?(?:办公室|办)$")


def _office_of(office: str | None, body: str | None) -> bool:
    """来源:太湖县政协办公室 over 县政协组织开展…督办: the office (办公室, 办) of the body the text has acting."""
    if not office or not body:
        return False
    parent = re.sub(r"(?:办公室|办)$", "", office)
    return parent != office and len(parent) >= 2 and (parent.endswith(body) or body.endswith(parent))


# a news headline's act after its body (…政协十届十三次主席会议暨…督办会召开, …召开…交办会), not a document's
# author (X关于…的报告, X2024年…工作总结): settled questions 3 and 14
_NEWS_ACT = re.compile(r"召开|举行|开展|督办|视察|调研|走访|座谈")


def _contributing_source(source: str | None, actor: str) -> bool:
    """A 来源 that only contributed or relayed the news of the body its headline has acting (points 49, 63):
    a parent portal's body, an office (本文来源:临翔区章驮乡党政办 over 区人大常委会调研组到章驮调研…), the house
    whose own organ acts (来源:区人大 over 区人大教科文卫委开展…), or an organ of the house acting (来源:省政协农业和农村委员会
    over 省政协聚焦高标准农田建设开展提案督办活动)."""
    if not source:
        return False
    return (_parent_portals_source(source, actor) or bool(_AN_OFFICE.search(source)) or _house_of_its_organ(source, actor)
            or _house_of_its_organ(actor, source))


_AN_OFFICE = re.compile(r"(?:办公室|办公厅|办)$")


def _house_of_its_organ(house: str, organ: str) -> bool:
    """区人大 (or its 常委会) over 区人大教科文卫委, 市政协 over 市政协提案委: the house an acting organ belongs to."""
    stem = re.sub(r"(?:常委会|常务委员会)$", "", house)
    return stem.endswith(("政协", "人大")) and organ.startswith(stem) and len(organ) > len(house)


_PARENT_HOUSE_SHORT = re.compile(r"人大|政协|人大常委会")
_LEVEL_WORD = re.compile(r"(?:市|盟|地区|州)$")


def _parent_portals_source(source: str | None, actor: str) -> bool:
    """来源:市食药监管局 over 鼎城区食药监局召开…: the 来源 names, relatively, the city's body whose portal carries a
    district's or a county's news, not the body the headline has acting (point 17: a parent portal's 来源); or it names
    the body of the actor's prefecture or province by its place (来源:梧州市人大 over 岑溪市人大常委会…, point 63)."""
    if not source:
        return False
    places = gazetteer.leading_places(actor)
    if not source.startswith(("市", "州", "省")):
        parents = gazetteer.leading_places(source)
        parent, place = (single_place(parents[-1]) if parents else None), (single_place(places[-1]) if places else None)
        if not parents and place and place.level == "county" and place.city:  # 来源:赤峰人大 over 敖汉旗人大常委会…
            bare = _LEVEL_WORD.sub("", place.city)
            return len(bare) >= 2 and source.startswith(bare) and bool(_PARENT_HOUSE_SHORT.fullmatch(source[len(bare):]))
        return bool(parent and place and parent.level != "county" and parent.code != place.code
                    and parent.name in (place.city, place.province))
    return bool(places) and all(place.level == "county" for place in places[0])


def _headline_of_news(title: str | None, body: str | None) -> bool:
    return bool(title and body and "关于" not in title and _NEWS_ACT.search(title, title.find(body) + len(body)))


# [ 索引号 ]…[ 发布机构 ]南川区政府办公室 [ 主题分类 ]…: a metadata row printed as one line of bracketed labels
_BRACKETED_ISSUER = re.compile(r"[\[【]\s*(?:发布机构|发文机关|制发机关)\s*[\]】]\s*([\u4e00-\u9fff()（）]{2,30})")


def _bracketed_issuer(lines: list[str]) -> tuple[str | None, str]:
    return _first_field(_BRACKETED_ISSUER, lines)


def _first_field(pattern: re.Pattern, lines: list[str]) -> tuple[str | None, str]:
    """(value, line): the first line a labelled field's pattern finds, its value its first group."""
    for line in lines:
        match = pattern.search(line)
        if match:
            return match.group(1), line
    return None, ""


# a metadata list printed without its field names, one bullet a field: • 055299515/2020-00030 / • 新郑市公安局 / • 综合…
_BULLETED_INDEX = re.compile(r"^•\s*[0-9A-Z]{8,}/(?:19|20)\d{2}-\d+$")
_BULLETED_BODY = re.compile(r"^•\s*(?P<body>[\u4e00-\u9fff()（）]{2,30})$")


_BULLETED_DATE = re.compile(r"^•\s*((?:19|20)\d{2}-\d{2}-\d{2})$")
_BULLETED_FIELDS = 6


def _bulleted_publish_date(lines: list[str]) -> str | None:
    """The publish date of a bulleted metadata list (• 005252258/2024-00042 / • 郑州市文物局 / • 政协提案 / • 2024-08-23 /
    • 2024-11-12): its fields come in the platform's order, the 成文日期 before the 发布日期, so of two dates the
    last."""
    stripped = [line.strip() for line in lines]
    start = next((number for number, line in enumerate(stripped) if _BULLETED_INDEX.match(line)), None)
    if start is None:
        return None
    dates = [date.group(1) for date in map(_BULLETED_DATE.match, stripped[start + 1:start + 1 + _BULLETED_FIELDS]) if date]
    return dates[-1] if len(dates) >= 2 else None


def _bulleted_issuer(lines: list[str]) -> tuple[str | None, str]:
    """The publishing body a bulleted metadata list names right after its index number."""
    stripped = [line.strip() for line in lines]
    for index_line, next_line in zip(stripped, stripped[1:], strict=False):
        body = _BULLETED_BODY.match(next_line) if _BULLETED_INDEX.match(index_line) else None
        if body:
            return body.group("body"), next_line
    return None, ""


def _organ_of(organ: str, house: str) -> bool:
    """省政协提案委员会 of 省政协: a house's committee or office named after the house (settled question 5)."""
    return (house.endswith(("政协", "人大常委会")) and organ.endswith(("委员会", "办公室"))
            and organ.find(house) >= 0 and organ.find(house) + len(house) < len(organ))


_GOVERNMENT = re.compile(r"人民政府$")
_BUREAU = re.compile(r"(?:局|委员会|委|厅)$")


def _portal_of_its_bureau(issuer: str | None, signer: str | None) -> bool:
    """发布机构: 白银市人民政府 on a reply signed 白银市自然资源局: the government's portal publishes its
    bureau's letter, and the bureau is the issuer; likewise 发布机构: 江永县数据局, the bureau running the county's
    portal, over a letter signed 江永县文化旅游广电体育局 (8e82ce130f6e)."""
    if not issuer or not signer or not _BUREAU.search(signer):
        return False
    portal = _GOVERNMENT.search(issuer) or _PORTAL_RUNNER.search(issuer)
    if not portal or signer == issuer:
        return False
    place = issuer[:portal.start()]
    return signer.startswith(place) and len(signer) > len(place) + 1


_PORTAL_RUNNER = re.compile(r"(?:大?数据(?:资源)?(?:管理|发展|应用发展管理)?局|数据中心|政务服务(?:和|与)?数据管理局"
                            r"|政府信息中心)$")


_SUBJECT_VERB = re.compile(r"(?:共|今年|全年|认真)?(?:收到|承办|办理|接收|接办)")
# the subject of a handling sentence: 县水利局共承办…; 天津市政府系统共承办…; 市政府承办的80件…;
# 芦溪县住建局(人防办)共承办… (the office it also runs in brackets)
_HANDLING_SUBJECT = re.compile(r"([\u4e00-\u9fff]{1,24}?(?:局|厅|委员会|委|办公室|办公厅|研究室|政府|(?<!全)部|法院|检察院))(?:系统)?"
                               r"(?:[(（][\u4e00-\u9fff]{2,8}[)）])?(?:\d{4}年度?)?" + _SUBJECT_VERB.pattern)
# where _HANDLING_SUBJECT's verb can stand (after a body's last character, 系统, a bracket, a year (2017年度) or 共/今年/全年/认真),
# at most _HANDLING_REACH characters after its start (near_hint.py; keep the two in step)
_HANDLING_HINT = re.compile(r"[局厅会委室府部院统)）共年度真](?:收到|承办|办理|接收|接办)")
_HANDLING_REACH = 48


_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _body_opening_text(opening: list[str]) -> tuple[str | None, str]:
    """The body the text opens with: a line that is only its name (郑州市文化广电和旅游局 above 我局共承办…;
    市人大常委会办公室 under the site's host name, placed as a relative name is),
    or the subject of the first sentence (2025年内黄县教育局共收到…)."""
    if not opening:
        return None, ""
    speaker, evidence = _speaker_under_delivery_line(opening)
    if speaker:
        return speaker, evidence
    line = next((line for line in opening[:2] if _CHINESE.search(line)), "")  # not a host's name (rd.sanya.gov.cn)
    tagged = house_tagging(line)  # a headline read as the text's first line: 长子人大:…
    if tagged:
        return tagged, line
    if len(line) <= 30 and is_body_name(line) and (gazetteer.leading_places(line) or is_relative(line)
                                                   or resolve_issuer(line).jurisdiction == "全国") \
            and not _addressed_letter(opening, line):
        return line, line  # 國家衛生計生委辦公廳 over its account: a national body's byline (6c824ae115b4)
    body = body_at_start(line)
    at = line.find(body) if body else -1  # a standing committee's name is written, not printed (区政协十一届九次常委会议)
    if body and at >= 0 and _SUBJECT_VERB.match(line, at + len(body)):
        return body, line
    return None, ""


def _addressed_letter(opening: list[str], line: str) -> bool:
    """A body's name over a letter's first sentence acknowledging the item (省发改委 / …第1378号…已收悉,我单位的办理意见
    如下): the body the letter is addressed to, its salutation (ff329ebd879d, signed by 福建省自然资源厅)."""
    position = opening.index(line)
    return any("收悉" in next_line.split("。", 1)[0] for next_line in opening[position + 1:position + 2])


_ACTOR = r"([\u4e00-\u9fff]{1,24}?(?:政协|人大常委会|人大|局|委员会|专委会|委|厅|办公室|办公厅|政府|站|中心|(?<!全)部|法院|检察院))"
_LEADER = r"(?:党组副?书记、)?(?:党组书记|[\u4e00-\u9fff]{0,6}?(?:主任|主席|局长|厅长|秘书长|区长|县长|市长))[\u4e00-\u9fff]{2,3}"
# more leaders of the same body under one title: 湖南省人大常委会副主任于来山、徐明华一行 (5436acc3a3e5)
_FELLOW_LEADERS = r"(?:、[\u4e00-\u9fff]{2,3})*"
# a leader's other post printed between the body's post and the name: 市政协副主席、安徽材料工程学校党委书记章明安
_TWO_POSTS = r"[\u4e00-\u9fff]{0,6}?(?:主任|主席)、[\u4e00-\u9fff]{2,16}?(?:书记|院长|校长|主委)[\u4e00-\u9fff]{2,3}"
# the body doing what the news reports: 省人大常委会建议督办组赴…; …政府向…报告; 市政协召开…; 蔡甸区政协在…召开…;
# 市政府系统高度重视…; 自治区人民政府通报了…; 省政协副主席李兴旺带领… (not 省委组织部…: a department's name, 802c1e0a637a;
# 组织部分委员 still organises)
_ACTING = re.compile(_ACTOR + r"[\u4e00-\u9fff]{0,6}?(?:视察|督办|调研|检查|督查)组(?:一行)?(?:赴|到|深入|来到|前往|走进)"
                     # 河池市宜州区人民政府的领导向该区人大常委会…报告了代表建议办理情况
                     r"|" + _ACTOR + r"(?:的?(?:领导|负责人|负责同志|主要负责人))?向[^,,。]{1,30}?(?:报告|汇报|通报)"
                     r"|" + _ACTOR + r"(?:系统|一行)?(?:今天|今日|昨天|昨日|日前|近日|\d{1,2}日)?"
                     r"(?:[,,]?在[^,,。]{1,30}?(?:[上下中][,,])?)?"
                     r"(?:(?:就|围绕)[^,,。]{1,40}?[,,]?)?(?:牵头|专门|专题)?(?:组织)?"
                     r"(?:召开|举行|举办|联合|以|到|赴|深入|督查|督办|视察|走访|开展|组织(?!部(?!分))|通报|召集|评选|高度重视|认真|积极|扎实|邀请|"
                     r"圆满完成|坚持|切实|全力|多措|对[^,,。]{1,40}?(?:进行|开展)|约见|披露|将(?=[^,,。]{2,30}?作为)"
                     # news of an answer: 福建省民政厅在答复中表示, 六安市水利局回复了…建议, 自然资源部对…提案作出答复
                     r"|在答复中|(?:答复|回复)(?:称|了)|对[^。]{1,80}?(?:作出|做出|作了|给予)(?:了|明确|书面)?(?:如下)?(?:答复|回复))"
                     r"|" + _ACTOR + _LEADER + _FELLOW_LEADERS
                     + r"(?:率队|带队|带领|一行|率|来到|召集|主持召开|(?:领衔|现场|实地|专题)督办)"
                     # 省政协副主席刘善桥在洪湖市实地调研,督办…; 市政协副主席、…党委书记章明安赴市财政局开展提案督办: the leader
                     # visiting on the items' handling (point 23: the leader's body)
                     r"|" + _ACTOR + r"(?:" + _TWO_POSTS + "|" + _LEADER + r")(?:赴|到|深入|在[^,,。]{1,20}?(?:调研|视察|督办|检查))"
                     r"(?=[^。]{0,40}?督办)"
                     # 副市长李磊岩率队督办…, 副省长郑继伟主持召开…: a government's leader under no body's name leads for
                     # the government (point 23: the leader's body); the level's word names it (市 → 市人民政府)
                     r"|(?:^|(?<=[,,。;;]))(?:[省市县区州旗]委(?:常委|副书记)、)?(?:常务)?副?([省市县区州旗])长[\u4e00-\u9fff]{2,3}"
                     + _FELLOW_LEADERS
                     + r"(?:率队|带队|带领|一行|率|召集|主持召开|领衔督办)"
                     # 市长…主持召开市政府常务会议: the government's own meeting
                     r"|召开([\u4e00-\u9fff]{1,12}?(?:政府|人大常委会|政协))(?:第[\d一二三四五六七八九十]{1,4}次)?(?:党组|常务|主任|主席)(?:会议|会)")
# where each way of acting in _ACTING can stand (its group's words, the first character after the actor's
# last, a leader's title, 召开), at most _ACTING_REACH characters after its start (near_hint.py; keep in step)
_ACTING_HINT = re.compile(r"(?:视察|督办|调研|检查|督查)组|向[^,,。]{1,30}?(?:报告|汇报|通报)"
                          r"|[协会大局委厅室府站心部院][系一今昨日近\d在组召举联以到赴深督视走开通评高认积扎圆坚切全多,,就围牵专对约将披邀答回]"
                          r"|(?:书记|主任|主席|长)[\u4e00-\u9fff]{2,3}" + _FELLOW_LEADERS
                          + "(?:率|带|一行|来到|召集|主持|领衔|现场|实地|专题|赴|到|深入|在)|召开")
_ACTING_REACH = 40
_OUR_OWN = re.compile(r"我局|我委|我厅|本局|我办")
# 市政协副主席吴婕到房管局协商提案办理工作 under 来源:孝感市房管局: the visited body's own news (point 14)
_VISITED = re.compile(r"(?:到|赴|莅临|走进)(?:市|县|区|省)?(?P<body>[\u4e00-\u9fff]{1,10}?(?:局|委|厅|办|中心))")


def _visits_its_source(title: str | None, posted_by: str | None) -> bool:
    if not title or not posted_by:
        return False
    visited = _VISITED.search(to_simplified(title))
    return bool(visited and to_simplified(posted_by).endswith(visited.group("body")))


def _acting_body(opening: list[str]) -> tuple[str | None, str]:
    """The body the news opens with doing what it reports (docs/labelling.md, convention 5), or the
    house whose session acts (…政协十一届四次会议开幕: settled question 4); not when a bureau speaks
    of itself (…一行到我局督查: the page is that bureau's)."""
    for sentence in _opening_sentences(opening):
        if _OUR_OWN.search(sentence):
            return None, ""
        house = house_of_session(sentence)
        if house:
            return house, sentence
        match = _acting_in(sentence)
        if match and _joint(sentence, match):  # 市人大、市政府、市政协召开: several bodies, nobody's news
            return None, ""
        if match and sentence[match.start() - 1:match.start()] != "、":
            group = match.lastindex  # each way of acting names its actor in its own group
            assert group is not None
            words = by_its_standing_committee(match.group(group))
            words = words + "人民政府" if len(words) == 1 else words  # a government leader's level word
            body = _named_body(words)
            start = match.start(group) + len(words) - len(body) if body else 0
            introduced = sentence[start - 1:start] in _PREPOSITIONS
            return (body, sentence) if body and not introduced else (None, "")
    return None, ""


# a photo's caption on a line of its own, in brackets: (湖南省人大常委会副主任于来山讲话。) (5436acc3a3e5)
_CAPTION = re.compile(r"^\s*[(（][^()（）]*[)）]\s*$")
_PHOTO_CREDIT = re.compile(r"(?:摄|供图)[)）]?\s*$")  # 广西新闻网通讯员 韦克文 摄: a photo's credit, no sentence of the news


def _joint(sentence: str, match: re.Match) -> bool:
    """The actor is the last of several listed (…人大常委会、区人民政府、区政协联合召开; 市人大常委会副主任…、市政协
    副主席…带领)."""
    before = sentence[:match.start()]
    return before.endswith("、") and bool(_LISTED_BODY.search(before[:-1]))


def _headline_names_the_issuer(document: dict, title: str | None, opening: str) -> bool:
    """The headline opens with the issuer (荥经县人大常委会建立…机制, 河北省政协到衡水市督办…): its story, even where the
    text then has it act with others (…人大常委会办公室、…人民政府办公室联合行文; points 82, 37)."""
    headline = to_simplified(without_pinyin_glosses(title or ""))
    tagged = house_tagging(headline)  # 长子人大:…: a tag and its colon, the name written out (not printed as such)
    subject = tagged or body_at_start(headline)
    if not subject:
        return False
    after = None if tagged else headline.find(subject) + len(subject)
    if after is not None and (_JOINT_IN_THE_HEADLINE.match(headline, after) or _SESSION_AFTER.match(headline, after)):
        return False  # …政协十二届二次会议提案集中交办: the session's items, not the body acting
    return resolve_issuer(subject, opening).name == document["issuing_body"]


# 潼关县政府政协联合督办提案, 市人大常委会与市政府召开…: the headline itself has several bodies acting
_JOINT_IN_THE_HEADLINE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:联合|会同|共同|携手)|[与和及、]")


# what a list of actors has before its 、: a body (区人大常委会、) or a leader (市人大常委会副主任韩一兵、), not
# another title of the same person (全国政协常委、提案委员会副主任、原国家质检总局局长支树平带队)
_LISTED_BODY = re.compile(r"(?:会|府|协|局|委|厅|室|办|部)$|" + _LEADER + "$")


def _opens_with_joint_actors(opening: list[str]) -> bool:
    """Whether the first acting clause of the opening has several bodies acting together."""
    for sentence in _opening_sentences(opening):
        match = _acting_in(sentence)
        if match:
            return _joint(sentence, match)
    return False


# two bodies acting together in the opening clause (a time word may stand between them: 省政协办公厅日前会同省政府办公厅
# 召开…, c1780658c1b4): 旗人大常委会与旗人民政府、旗政协联合召开, 县政协提案委联合县政府
# 督查室对…进行了督办, 云南省政协与省生态环境厅等单位在昆明举行…
_TOGETHER = re.compile(r"(?:人大常委会|政协|政府|局|厅|委|办公室|办公厅)(?:日前|近日)?(?:与|和|同|联合|会同)[^,，。]{2,24}?"
                       r"(?:局|厅|委|政协|政府|人大常委会|室|单位)(?:等单位)?[^,，。]{0,20}?(?:联合|共同)?(?:召开|举行|举办|开展|对)")
_LEADING_CLAUSES = 1  # a date clause (9月26日,) may stand before the acting one


def _convened_jointly(opening: list[str]) -> bool:
    """Whether the opening's first acting clause (of its first two sentences) has several bodies convening
    or acting together (docs/labelling.md, issuing_body null: a story about several bodies; 市人大、市政府、
    市政协召开…); not where a bureau speaks of itself (…一行到州卫健委调研…了解我委…: the bureau's page)."""
    if any(_OUR_OWN.search(line) for line in opening):
        return False
    for sentence in itertools.islice(_opening_sentences(opening), 2):
        together = _TOGETHER.search(sentence)
        if together and len(re.findall(r"[,，]", sentence[:together.start()])) <= _LEADING_CLAUSES:
            return True
        match = _acting_in(sentence)
        if match:
            return _joint(sentence, match)
    return False


# a handover meeting (交办会, 交办工作会议, 分配会议) given as the subject of its being held, or as where a
# reporter learned the news: 遂昌县政协九届一次会议提案和大会发言交办会召开, …交办会,在县政府四楼会议室召开,
# 记者从…代表建议、批评和意见分配会议上了解到, 记者在…提案交办工作会议上获悉, 在18日举行的…提案交办会上
_HANDOVER_MEETING = r"(?:交办|分配)[^,，。]{0,6}?(?:会议|会)"
_HANDOVER_HELD = re.compile(_HANDOVER_MEETING + r"[,，]?(?:在[^,，。]{1,20}?)?(?:召开|举行)$")
_HANDOVER_AS_PLACE = re.compile(r"[从在][^,，。]{0,60}?" + _HANDOVER_MEETING + r"上?(?:获悉|了解到)|在[^,，。]{0,12}?举行的"
                                r"[^,，。]{0,40}?" + _HANDOVER_MEETING + "上")
# a place convening (我市举行…交办作业会, 随县召开…交办工作会议, 市上召开…交办会): the place is no body (Fields → issuing_body, null)
_PLACE_CONVENES = re.compile(r"(?:^|[,，\s])(?:我|全)?[\u4e00-\u9fff]{0,6}?[市县区旗州]上?(?:日前|近日|\d{1,2}日)?(?:召开|举行)"
                             r"[^,，。]{0,40}?" + _HANDOVER_MEETING)
# a body convening: 自治区政协召开会议, 县政府2月26日召开, 全国人大常委会办公厅3日在北京人民大会堂召开
_CONVENER = re.compile(r"(?:政协|人大常委会|人大|政府|局|委员会|委|厅|办公室|办公厅|部)"
                       r"(?:日前|近日|今天|今日|昨天|昨日|\d{1,2}日(?:上午|下午)?)?(?:在[^,，。]{1,16}?)?"
                       r"(?:组织|主持|联合|共同)?(?:召开|举行|召集)")


def _handover_without_convener(title: str | None, opening: list[str]) -> bool:
    """A handover meeting reported with no body convening it (only leaders 出席, 主持, 讲话): nobody's news
    (docs/labelling.md points 37, 95), however the headline's opening name qualifies the meeting."""
    sentences = list(_opening_sentences(opening))
    headline = to_simplified(title or "").strip()
    held = _HANDOVER_HELD.search(headline) or any(
        _HANDOVER_HELD.search(clause) for sentence in sentences[:1] for clause in re.split(r"[。;；]", sentence))
    held = held or any(_PLACE_CONVENES.search(words) for words in [headline, *sentences[:1]])
    if not held and not any(_HANDOVER_AS_PLACE.search(sentence) for sentence in sentences):
        return False
    return not any(_single_convener(words) for words in [headline, *sentences])


def _single_convener(sentence: str) -> bool:
    """One body convening (市政协召开…), not a place where the meeting is held (在县政府召开), nor several
    bodies together (自治区党委、政府、政协共同召开)."""
    for match in _CONVENER.finditer(sentence):
        clause = re.split(r"[,，]", sentence[:match.start()])[-1]
        if "在" not in clause[-8:] and not clause.endswith("、") and "、" not in clause[-12:] \
                and not re.search(r"联合|共同", match.group()):
            return True
    return False


def _issuer_of_the_site(document: dict, fields: dict) -> bool:
    """The issuer a 发布机构 names, or the site's own body (a house's site or a government's portal carrying
    its meeting: point 73's registry), which a meeting's missing convener does not unmake."""
    if fields.get("issuing_body") and document.get("issuing_body_raw") == fields["issuing_body"]:
        return True
    if {"issuer_from_site_kind", "issuer_from_address"} & set(document["warnings"]):
        return True
    place = place_hint(document["jurisdiction"])
    if place and document["issuing_body"].endswith("人民政府") and is_portal_of(document["url"], place):
        return True  # the portal's own news of its government's handover meeting (Fields → issuing_body)
    house = congress_of_host(document["url"])
    return bool(house) and any(word in document["issuing_body"] for word in _HOUSE_WORDS[cast(str, house)])


_HOUSE_WORDS = {"政协": ("政协",), "人大常委会": ("人大", "人民代表大会")}


def _opening_sentences(opening: list[str]) -> Iterator[str]:
    """The first three sentences of words: not a date line (2019 / 03/04 / 16:12), an empty one a closing 。
    leaves, nor a photo's credit or caption."""
    lines = (line for line in opening if not _CAPTION.match(line))
    sentences = (sentence for sentence in "。".join(lines).split("。")
                 if _CHINESE.search(sentence) and not _PHOTO_CREDIT.search(sentence))
    return itertools.islice(sentences, 3)


@functools.lru_cache(maxsize=64)
def _acting_in(sentence: str) -> re.Match | None:
    """_ACTING in a sentence, read once for the acting body and the joint-actors check."""
    return search_near(_ACTING, _ACTING_HINT, sentence, _ACTING_REACH)


_PREPOSITIONS = set("经由向对与同请给被在")  # 经市政府办公室认真梳理, 在市政府召开的…会上: the body is no subject


_DELIVERY_START = re.compile(r"^(?:[(（]|——|--)")
_DELIVERY_END = re.compile(r"会议上[)）]?$")


def _speaker_under_delivery_line(opening: list[str]) -> tuple[str | None, str]:
    """(2025年12月29日在…常务委员会…会议上) / 杭州市人民政府: the body reporting, on the line under the
    delivery line (which may run over two lines), with or without its speaker's name."""
    if not opening or not _DELIVERY_START.match(opening[0]):
        return None, ""
    for index in range(min(2, len(opening) - 1)):
        line = opening[index + 1]
        if _DELIVERY_END.search(opening[index]) and len(line) <= 30:
            speaker = line if is_body_name(line) else body_at_start(line)
            if speaker and gazetteer.leading_places(speaker):
                return _principal_of_its_office(speaker, opening[index + 2:index + 5]), " ".join(opening[:index + 2])
    return None, ""


# 受自治县人民政府委托,我向…报告: the government the speaking office reports for
_ON_BEHALF = re.compile(r"受[\u4e00-\u9fff]{0,12}?(?:人民)?政府(?:的)?委托")


def _principal_of_its_office(speaker: str, lines: list[str]) -> str:
    """肃南县人民政府办公室主任 reporting 受自治县人民政府委托: the government, the office only speaking for it
    (point 49: a body's own office does not replace it)."""
    government = re.sub(r"办公室$", "", speaker)
    if government != speaker and government.endswith("政府") and any(_ON_BEHALF.search(line) for line in lines):
        return government
    return speaker


# 记者从四川省人民政府办公厅获悉, 记者从政协…提案委员会了解到 (not 从…会议上获悉: a meeting is no body)
# (and after the byline's brackets: 本报讯(记者… 通讯员…)日前,从市人大常委会获悉)
_REPORTERS_SOURCE = re.compile(r"(?:(?:记者|本报|获悉)[^,,。]{0,6}?|[))]\s*(?:日前|近日|今天|昨天|今日|昨日)?[,,]?)"
                               r"从([\u4e00-\u9fff]{2,40}?)(?:获悉|了解到|得悉|获得)")


def _reporters_source(opening: list[str]) -> tuple[str | None, str]:
    """The body a reporter learned the account from is the account's body; a session named as where the
    reporter learned it (记者从正在召开的政协长沙市十一届三次会议上了解到) is no actor (points 73, 81)."""
    sentence = "".join(opening[:2])[:300]
    match = _REPORTERS_SOURCE.search(sentence)
    if match is None or house_of_session_named(match.group(1)):
        return None, ""
    body = by_its_standing_committee(match.group(1))
    return (body, match.group()) if is_body_name(body) else (None, "")


def _handling_subject(opening: list[str], later_sentences: bool = False) -> tuple[str | None, str]:
    """The subject of the handling clause in a paragraph's first sentence (2025年,县水利局共承办…;
    截至10月,市政府承办的…; a news lead, then 今年,市财政局共承办…), else, where no body acts in the
    opening (`later_sentences`: a visitor's news quotes the bureau it visits), a bureau's in its second or
    third (…必然要求。2014年,省财政厅共承办建议提案305件; not a government's system, often quoted by others'
    news): weaker than a signature, which names the sender when the text speaks of a whole system."""
    place = _PLACE_HANDLING.match(opening[0]) if opening else None
    if place and gazetteer.lookup(place.group(1)):  # 2021年,管城回族区承办…: the place's government
        return place.group(1) + "人民政府", opening[0].split("。", 1)[0]
    for line in opening[:_HANDLING_PARAGRAPHS]:
        sentence = line.split("。", 1)[0]
        body = _handler_in(sentence)
        if body:
            return body, sentence
    for line in opening[:_HANDLING_PARAGRAPHS] if later_sentences else ():
        for sentence in line.split("。")[1:3]:
            body = _handler_in(sentence)
            if body and _BUREAU.search(body):
                return body, sentence
    return None, ""


def _handler_in(sentence: str) -> str | None:
    """The body a sentence has handling the items, not one listed with it or its object."""
    match = search_near(_HANDLING_SUBJECT, _HANDLING_HINT, sentence, _HANDLING_REACH)
    body = _named_body(match.group(1)) if match else None
    return body if body and match and not _a_partner(sentence[:match.end(1) - len(body)]) else None


def _a_partner(before: str) -> bool:
    """由我部会同发展改革委、财政部办理: a body listed or joined to the subject handles, but is not it; nor is
    the one the items are passed on to (县人大转交县政府办理建议88件: 97e37037ebf2)."""
    return before.endswith(("、", "会同", "转交", "移交")) or before[-1:] in _OBJECT_MARKS


_OBJECT_MARKS = set("将把向对与同请给经")  # 市政协提案委员会将市文广局承办的…提案: the bureau is an object


# a house counting its own items: 2023年,省政协共收到提案572件; …以来,省政协立案提案1280件
_HOUSE_COUNTING = re.compile(r"([\u4e00-\u9fff]{1,24}?(?:政协|人大常委会))(?:共|今年|全年)?(?:审查)?(?:收到|立案|收集|征集|接收)")
# the house counting, at most _HOUSE_COUNTING_REACH characters after a match's start (near_hint.py; keep in step)
_HOUSE_COUNTING_HINT = re.compile(r"(?:政协|人大常委会)(?:共|今年|全年)?(?:审查)?(?:收到|立案|收集|征集|接收)")
_HOUSE_COUNTING_REACH = 24


def _house_counting(opening: list[str]) -> tuple[str | None, str]:
    """The CPPCC or congress standing committee a paragraph's first or second sentence has counting its
    items (…常委会议通报了…提案办理情况。2018年,乌鲁木齐市政协共收集提案274件), after any bureau handling them
    (which is the page's subject when it speaks)."""
    for sentence in _first_sentences(opening):
        for match in finditer_near(_HOUSE_COUNTING, _HOUSE_COUNTING_HINT, sentence, _HOUSE_COUNTING_REACH):
            body = _named_body(match.group(1))
            if body:
                return body, sentence
    return None, ""


# a purpose or a time before the subject: 为了把建议提案办理工作落细落实, / 近年来, / 2023年,
_LEADING_CLAUSE = re.compile(r"(?:为了|为|近年来|今年|目前|同时|此外|(?:19|20)\d{2}年)[^,,。]{0,24}[,,]")


def _paragraph_subject(paragraphs: Sequence[str]) -> tuple[str | None, str]:
    """The body a later paragraph opens with, named in full and acting (二、主要做法 / 阿拉尔市人民政府坚持…),
    or learned from by a reporter (记者从交通运输部获悉,…): a summary's or a feature's own body."""
    for line in paragraphs:
        sentence = line.split("。", 1)[0]
        source = _REPORTERS_SOURCE.search(line)
        if source and source.start() in (0, line.find("。记者") + 1) and is_body_name(source.group(1)):
            return source.group(1), line[source.start():].split("。", 1)[0]
        clause = _LEADING_CLAUSE.match(sentence)
        acting = _ACTING.match(sentence) or (_ACTING.match(sentence, clause.end()) if clause else None)
        words = acting.group(cast(int, acting.lastindex)) if acting else ""
        if words and words == _named_body(words) and (gazetteer.leading_places(words) or _MINISTRIES.fullmatch(words)) \
                and not _ACTING_ON_US.search(sentence, acting.end() if acting else 0):
            return words, sentence
    return None, ""


# 宜春市水利局组织专家对我县蒙山灌区…进行审查: a body acting on the writer's own place (我县) is another than the writer
_ACTING_ON_US = re.compile(r"(?:对|为|到|向|给|帮助|支持)我(?:县|市|区|省|旗|州)")


_HANDLING_PARAGRAPHS = 3
_PLACE_HANDLING = re.compile(r"(?:(?:19|20)\d{2}年度?[,,]?)?([\u4e00-\u9fff]{2,12}?)" + _SUBJECT_VERB.pattern)


def _named_body(words: str) -> str | None:
    """The body a run of words ends with, from where its name starts (年内黄县教育局 → 内黄县教育局,
    截至10月市政府 → 市政府): a place or a relative level word, then no word of the item's subject;
    none when the words join two bodies."""
    if _JOINT_BODIES.search(words):
        return None
    for start in range(len(words) - 1):
        name = words[start:]
        if start and _cuts_a_province_short_name(words, start):
            continue  # 九三学社广西区委: no 西区 (of 攀枝花) cut out of 广西, no 区委 left after it
        named = (is_relative(name) or name.startswith(("自治区", "全国政协", "全国人大")) or gazetteer.leading_places(name)
                 or _MINISTRIES.fullmatch(name))  # 教育部扎实办好每一份建议提案; 全国政协提案委员会组织…
        if named and (not _NOT_A_BODY_NAME.search(name) or _COMMITTEE_OF_A_CPPCC.fullmatch(name)):
            prefix = _NAME_BEFORE_ITS_PLACE.search(words[:start])  # 政协伊犁…州第十四届委员会; 政协第十一届山东省委员会提案委员会
            name = prefix.group() + name if prefix else name
            return name if is_body_name(name) else None
    return None


def _cuts_a_province_short_name(words: str, start: int) -> bool:
    """广西 of 九三学社广西区委 would be cut at 西, or left behind at 区: the name would start inside a province's short
    name, or right after it (its 区委 is the region's, not a district's)."""
    shorts = gazetteer.province_short_names()
    after = words[start] in "省市区县州"  # a relative word right after the short name (广西区委), not a place's (湖南湘潭市)
    return any(words[start - back:start - back + length] in shorts
               for length in (2, 3) for back in range(1, length + after) if back <= start)


# a CPPCC's name before its place, with its term or not (政协第十一届山东省委员会: 78e106dab8e1), and the Youth League's
# (共青团云南省委: no Party committee)
_NAME_BEFORE_ITS_PLACE = re.compile(r"政协(?:第[一二三四五六七八九十]+届)?$|共青团$")
# 政协X委员会提案委员会 is a body; 委员 or 提案 otherwise are the items' words
_NOT_A_BODY_NAME = re.compile(r"政协各?专门委员会|"
                              r"建议|提案(?!(?:审查)?委(?:员会)?)|议案|代表|委员(?!会)|关于|办理|召开|举行|全部|交(?!通)|转由|由|向|将|把"
                              r"|对(?!外|口)")  # 兴安盟文化旅游体育局对盟政协 第十届…的答复: a body answering, no name (93945cca3bf1)
# a CPPCC's committee, whose name may hold the items' words (北碚区政协提案和委员联络委员会)
_COMMITTEE_OF_A_CPPCC = re.compile(r"[\u4e00-\u9fff]{1,16}?政协(?!各?专门委员会)[\u4e00-\u9fff]{2,12}?(?:委员会|专委会)")
# …人大常委会办公厅和…政协办公厅, 市委市政府督查室: two bodies, no one actor
_JOINT_BODIES = re.compile(r"[局厅委会室府协][和与及]|[省市区县]委[省市区县]?政府")


# 市政协主席王笑柳代表政协营口市第十三届委员会常务委员会(向大会作工作报告): a post and a name, then the body spoken for
_SPEAKS_FOR = re.compile(r"^[\u4e00-\u9fff]*?(?:主席|书记|主任|委员长|[局厅部市县区院]长)[\u4e00-\u9fff]{2,4}?代表(?P<body>.{4,})$")


def _body_a_person_speaks_for(raw: str) -> str:
    """The body after a person speaking for it (…主席王笑柳代表政协营口市…委员会常务委员会), else the name as found."""
    speaks = _SPEAKS_FOR.match(raw)
    return speaks.group("body") if speaks else raw


def _is_ambiguous(resolved) -> bool:
    return any(warning.startswith("ambiguous_place:") for warning in resolved.warnings)


def _settled_by_the_host(name: str, text: str, url: str | None):
    """长安区人大常委会 on sjzrd.gov.cn: of the readings of a name two places share (石家庄市长安区, 西安市长安区), the one
    inside the place the host's initials or pinyin spell (石家庄市), when exactly one is (docs/labelling.md, point 72:
    initials choose between readings the page prints; alone they place nothing)."""
    settled = {}
    for place in (*places_of_initials(url), *places_spelled_by_host(url)):
        resolved = resolve_issuer(name, text, place)
        if resolved.name and not _is_ambiguous(resolved) and resolved.jurisdiction:
            settled[resolved.name] = resolved
    if len(settled) != 1:
        return None
    resolved = next(iter(settled.values()))
    return resolved._replace(warnings=(*resolved.warnings, "issuer_place_from_address_initials"))


def _metadata_pair(value: str | None, layout) -> tuple[str | None, str | None]:
    """A metadata value with the line it stands on, as evidence."""
    return value, next((line for line in layout.metadata_lines if value and value in line), value)


def _issuer(document: dict, fields: dict, meta: dict, layout, source: dict | None, text: str,
            tail: list[str], opening: list[str], paragraphs: Sequence[str] = (),
            footer: Sequence[str] = (), above: Sequence[str] = ()) -> tuple[str, str | None] | None:
    """The issuer, its place and level into the document; returned, a town's body the page names (signing, as 来源)
    that no place was found for, for _town_body_at_its_county once the county is placed."""
    source = source or {}
    repost = source.get("kind") == "repost"
    host_place = None if source else place_of_host(document["url"], text)
    hint = None if repost else (place_hint(source.get("jurisdiction")) or host_place)
    placeless = None  # 文化和旅游局 as 发布机构: kept unless a later candidate names its place (市中区文化和旅游局)
    town_body = None  # 篾厂乡人民政府 signing: no place of its own, its county placed later by its town (point 122)
    for raw, line in _issuer_candidates(fields, meta, layout, repost, tail, opening,
                                        _later_paragraphs_speak_for_the_page(document["url"], opening), paragraphs,
                                        footer, above):
        resolved = resolve_issuer(_body_a_person_speaks_for(raw), text, hint)
        if not repost and _is_ambiguous(resolved):
            resolved = _settled_by_the_host(_body_a_person_speaks_for(raw), text, document["url"]) or resolved
        document["warnings"].extend(resolved.warnings)
        if resolved.name and resolved.jurisdiction is None and not is_relative(resolved.name):
            if raw == fields.get("issuing_body"):  # the issuer's metadata is kept without a place
                placeless = placeless or (resolved, raw, line)
            elif _signed_without_a_place(raw, layout.signature):
                placeless = placeless or (resolved._replace(name=raw), raw, line)
            town_body = town_body or ((raw, line) if _town_of_body(raw) else None)
            continue
        if resolved.name and town_body and _town_body_at(document, place_hint(resolved.jurisdiction), *town_body):
            # the town's body signing over its county's 来源 (东山镇人民政府 / 来源:华容县政府): the signer (point 17), at that
            # county (points 67, 122: 华容县东山镇人民政府, 9a5eab812f78)
            document.update(jurisdiction=resolved.jurisdiction, admin_level=resolved.admin_level)
            break
        if resolved.name:
            _take_issuer(document, resolved, raw, line)
            break
    else:
        if placeless:
            _take_issuer(document, *placeless)
        elif source:
            document["warnings"].append("issuer_unknown")
        else:
            _issuer_from_host(document, body_of_host(document["url"], text), ministry_of_host(document["url"]))
    if document["jurisdiction"] is None and not repost and source.get("jurisdiction"):
        document["jurisdiction"] = source["jurisdiction"]
        document["admin_level"] = source.get("admin_level")
    if document["jurisdiction"] is None and host_place:
        document.update(jurisdiction=host_place.name, admin_level=admin_level_of(host_place))
        document["warnings"].append("jurisdiction_from_address")
    return town_body if document["issuing_body"] is None else None


def _signed_without_a_place(name: str, signature) -> bool:
    """The body signing over the date whose place the gazetteer cannot settle (西安灞河新区开发建设管理委员会,
    杨凌示范区公安局交巡警支队新区大队): the letter's author as printed, kept when no candidate names a placed
    body; a town's body waits for its county (_town_body_at_its_county)."""
    return signature is not None and name == signature.body and not _TOWN_BODY_NAME.fullmatch(name)


def _take_issuer(document: dict, resolved, raw: str, line: str | None) -> None:
    document.update(issuing_body=resolved.name, issuing_body_raw=raw,
                    jurisdiction=resolved.jurisdiction, admin_level=resolved.admin_level)
    document["evidence"]["issuing_body"] = line


def _issuer_from_host(document: dict, found: tuple[str, Place] | None, ministry: str | None) -> None:
    """Without a named issuer, the bureau a government host names (jyj.wuhan.gov.cn → 武汉市教育局), or the
    ministry whose site it is (www.mee.gov.cn → 生态环境部)."""
    if found is None and ministry:
        document.update(issuing_body=ministry, jurisdiction="全国", admin_level="national")
        document["warnings"].append("issuer_from_address")
        return
    if found is None:
        document["warnings"].append("issuer_unknown")
        return
    name, place = found
    name = resolve_issuer(name, "", place).name or name  # a district's bureau with its city (convention 6)
    document.update(issuing_body=name, jurisdiction=place.name, admin_level=admin_level_of(place))
    document["warnings"].append("issuer_from_address")


def _bureau_of_a_host_the_text_places(document: dict, text: str) -> None:
    """Last of all, the bureau a government host names by its initials before a place label the text narrows to one
    place (nyncj.luan.gov.cn on a page printing 六安 → 六安市农业农村局; jtyst.henan.gov.cn: 河南省, not 河南县): the
    registry read from the address (point 125), after every name the page prints itself, and never at another
    place than the one the page was placed at."""
    found = body_of_host(document["url"], text, narrowed=True)
    if found is None or document["jurisdiction"] not in (None, found[1].name):
        return
    document.update(issuing_body=found[0], jurisdiction=found[1].name, admin_level=admin_level_of(found[1]))
    _without_warning(document, "issuer_unknown")
    document["warnings"].append("issuer_from_address")


_MINISTRIES = re.compile(r"(?:教育|民政|财政|交通运输|生态环境|环境保护|环保|自然资源|住房和城乡建设|住建|文化和旅游|卫生健康|"
                         r"农业农村|水利|商务|科技|科学技术|工业和信息化|工信|公安|司法|人力资源和社会保障|人社|"
                         r"应急管理|退役军人事务)部(?![门分])|国家(?!部委|有关|相关|各)[\u4e00-\u9fff]{1,8}?(?:局|委员会|委)|国务院(?:办公厅)?"
                         r"|市场监管总局|海关总署"
                         r"|最高人民(?:检察|法)院")  # 4月26日,最高人民检察院召开…交办会 (b4a4496273c4)
_NATIONAL_SESSIONS = re.compile(r"全国人大|全国政协|全国两会|十[二三四]届全国")
_NATIONAL_SESSION_NAMED = re.compile(r"(?:十[一二三四五]?|[八九])届全国|全国政协(?:十[一二三四五]?|[八九])届|全国人民代表大会第")
_OPENING = OPENING
_STANDING_LEAD = 60  # the lead's opening, where news names the meeting acting (not a list of stories further on)
_SPACES = re.compile(r"\s\s*")  # not \s+: a pattern that opens with a class lets re skip ahead to it


_RELATIVE_LEVELS: dict[str | None, str] = {"省": "province", "市": "city", "区": "district", "县": "county"}
_PREFECTURE_AND_BANNER_LEVELS: dict[str | None, str] = {"州": "city", "旗": "county"}


def _level_of_relative(name: str) -> str | None:
    """The level a relative name says (县民政局 → county); 州政府, 州教育局 a prefecture's (c1d2989ea003),
    not the tail of a place's name (州白云国际会议中心 of 广州白云…)."""
    if name[:1] == "州":
        return "city" if _RELATIVE_BODY.fullmatch(name) else None
    return _RELATIVE_LEVELS.get(name[:1])


def _first_unresolved_relative(document: dict) -> str | None:
    """The first issuer named only relatively that no place completed (its issuer_relative_unresolved warning)."""
    return next((warning.split(":", 1)[1] for warning in document["warnings"]
                 if warning.startswith("issuer_relative_unresolved:")), None)


# a session named relatively counts as its house (县十九届人大一次会议, 市十四届人大五次会议: a02f4225a808, 9095e84bc611)
_RELATIVE_BODY = re.compile(r"(自治区|省|市|区|县|州)(?:[一二三四五六七八九十]{1,3}届)?"
                            r"(?:人大|政协|政府|人民政府|委|[\u4e00-\u9fff]{1,6}?局)")


def _relative_issuer_at_its_place(document: dict, place: Place | None = None) -> None:
    """An issuer named only relatively (省人大常委会, 县住建局), once the title, text or address has
    given the place of its level (the place itself when a host spelled one of several of that name,
    宝山区 on baoshan.sh.cn): 甘肃省人民代表大会常务委员会; a province's body visiting one of its cities
    (省发展改革委赴成都市…) is that province's, which becomes the jurisdiction; a county's body in a county-level
    city that was a county (县卫生局 of 宁乡市, an older page) is the former county's, its name as printed."""
    unresolved = _first_unresolved_relative(document)
    place = place or place_hint(document["jurisdiction"])
    if unresolved is None or place is None:
        return
    resolved = resolve_issuer(unresolved, "", place)
    if resolved.name and resolved.jurisdiction in (place.name, place.province, place.city,
                                                   gazetteer.former_county_name(place)):  # 宁乡市 then 宁乡县
        document.update(issuing_body=resolved.name, issuing_body_raw=unresolved, admin_level=resolved.admin_level,
                        jurisdiction=resolved.jurisdiction)
        document["warnings"].append("issuer_place_from_jurisdiction")


# a name that opens with a place, known or not (阜蒙县环境保护局, 南宫市交通运输局); 市场监管局 is bare
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{0,6}?[省市区县州盟旗](?!场)")


def _bare_bureau_at_its_place(document: dict, header: list[str], opening: list[str]) -> None:
    """A reply's title closed by its author (…的答复(水利局), over a 来源 naming the host's office: points 14,
    17), 来源:交通局 over a reply that speaks as 我局, a reply's form naming its handler (办理部门 农水局 over
    …第247号建议的复函), or a reply answering as 交通运输局 (…收悉,现答复如下:/ 交通运输局接到提案后…), on a
    page whose title or address gives its place (对沙河市第九届人民代表大会…第31号建议的答复; ewenke.gov.cn):
    that place's bureau (沙河市交通局, 宁陕县农水局, 鄂温克族自治旗交通运输局)."""
    place = place_hint(document["jurisdiction"])
    if place is None or place.level == "province":
        return
    speaks_as_bureau = any(_OUR_OWN.search(line) for line in opening)
    bureau, line = _first_field(_REPLY_AUTHOR_BRACKETED, [to_simplified(document["title"] or "")])
    if not _a_bare_bureau(bureau) and speaks_as_bureau:
        bureau, line = _header_source(header, opening)
    if not _a_bare_bureau(bureau) and _REPLY_TITLE.search(document["title"] or ""):
        bureau, line = _first_field(_HANDLING_UNIT_FIELD, [*header, *opening])
    if not _a_bare_bureau(bureau):
        bureau, line = _bare_bureau_answering(opening)
    if not _a_bare_bureau(bureau):
        return
    assert bureau is not None
    resolved = resolve_issuer(place.name + bureau, "", place)
    if resolved.name and resolved.jurisdiction == place.name:
        _take_issuer(document, resolved, bureau, line)
        document["warnings"].append("issuer_place_from_jurisdiction")


def _a_bare_bureau(name: str | None) -> bool:
    """交通运输局, 农水局: a bureau's name with no place before it, relative or not."""
    if not name:
        return False
    return bool(_BUREAU_NAME.search(name)) and not is_relative(name) and not _PLACE_PREFIX.match(name)


# a reply's title closed by its author in brackets: 对县十六届人大一次会议第3号建议的答复(水利局)
_REPLY_AUTHOR_BRACKETED = re.compile(r"(?:答复|复函|回复)[(（]([\u4e00-\u9fff]{2,12}?局)[)）]$")
# a reply's form naming its handler (编号 247 办理部门 农水局 处理状态) or its publisher (2022-05-23 发布机构:农业农村局)
_HANDLING_UNIT_FIELD = re.compile(r"(?:办理部门|承办部门|办理单位|发布机构)[:：\s]\s*([\u4e00-\u9fff]{2,12}?局)(?=\s|$)")


# a reply's bureau answering by its bare name: 交通运输局接到提案后与辉苏木政府对接 (not 我局, 本局)
_BARE_BUREAU_ANSWERING = re.compile(r"(?:^|[。,,;；])([^我本,,。;；]{2,10}?局)(?=接到|收到|高度重视)")


def _bare_bureau_answering(opening: list[str]) -> tuple[str | None, str]:
    """The bare bureau a reply's clause opens with, answering (…收悉,现答复如下: above it)."""
    if not any("收悉" in line for line in opening):
        return None, ""
    for line in opening:
        match = _BARE_BUREAU_ANSWERING.search(line)
        if match:
            return match.group(1), line
    return None, ""


# a reply's bureau named relatively, answering (自收到该建议以来,自治州水利局高度重视…; 县林业局作为主办单位高度重视; 省医保局
# 高度重视代表建议办理工作); not a party committee, a house or a government (市委市政府高度重视: not the answering bureau)
_RELATIVE_BUREAU_ANSWERING = re.compile(r"(?:^|[。,,;；:：\s])((?:自治区|自治州|省|市|县|区|州|旗)"
                                        r"[\u4e00-\u9fff]{1,10}?(?:局|厅|委员会|委))(?:党委|党组)?(?=高度重视|非常重视|十分重视|作为(?:主办|承办)单位|接到|收到)")
_REPLY_OPENING = re.compile(r"收悉|答复如下|答覆如下")


def _relative_bureau_answering_at_its_place(document: dict, opening: list[str]) -> None:
    """A reply (…收悉 / 现答复如下 in its opening) whose answering bureau it names relatively (市城管局高度重视, 县林业局作为
    主办单位…), on a page whose title, text or address gave the place of that level: that place's bureau."""
    place = place_hint(document["jurisdiction"])
    if place is None or not any(_REPLY_OPENING.search(line) for line in opening):
        return
    for line in opening:
        for match in _RELATIVE_BUREAU_ANSWERING.finditer(line):
            name = match.group(1)
            if _NOT_A_DEPARTMENT.search(name) or name.endswith(("市委", "县委", "区委", "州委")):  # (纪委, 党委: 纪, 党)
                continue
            resolved = resolve_issuer(name, "", place)
            if resolved.name and resolved.jurisdiction == place.name:
                _take_issuer(document, resolved, name, line)
                document["warnings"].append("issuer_place_from_jurisdiction")
            return


def _drop_a_place_of_another_level(document: dict, text: str) -> None:
    """An issuer named only relatively (区人大常委会), or a text speaking of its own place at one level (我市,
    我区), whose level the place read off the address or the text does not have (聊城市 from
    renda.liaocheng.gov.cn, 河北省 named in a text of 我市): the issuer is at some place of that level, so no
    jurisdiction (a wrong place is worse than none), and the level its words say; unless the place read lies inside
    one place of that level (郑州市 under 我省: 河南省; 青神县 under 我市: 眉山市), which the text speaks of as its own.
    On the labelled dev pages the place above is the labelled one 27 times in 40 (the other 13: a city's delegation
    at its province's session, 我省 in its deputies' words)."""
    unresolved = _first_unresolved_relative(document)
    level = _level_of_relative(unresolved) if unresolved else None
    word = unresolved[:1] if unresolved and level else _own_place_word(text)
    level = level or _RELATIVE_LEVELS.get(word) or _PREFECTURE_AND_BANNER_LEVELS.get(word)
    if level and word and not _level_word_fits(word, document):
        above = _the_place_above(document["jurisdiction"], level)
        if above:  # 我省 in a text naming 郑州市: the province that holds it, a gazetteer reading (point 94)
            document.update(jurisdiction=above.name, admin_level=admin_level_of(above))
            document["warnings"].append("jurisdiction_from_the_place_named_below")
            return
        document.update(jurisdiction=None, admin_level=level)
        document["warnings"].append("jurisdiction_dropped:spoken_of_at_another_level")


def _the_place_above(name: str | None, level: str) -> Place | None:
    """The province (level province) or the prefecture (level city) holding the one place of that name below it."""
    place = single_place(gazetteer.named_in_full(name))
    if place is None or place.level == "province" or level not in ("province", "city"):
        return None
    return single_place(gazetteer.named_in_full(place.province if level == "province"
                                                else place.city if place.level == "county" else None))


_OWN_PLACE = re.compile(r"我(省|市|区|县|州|旗)")


def _own_place_word(text: str) -> str | None:
    """The level word a text most often names its own place with (我市 … 我市 → 市), when one leads; 我区 in a text of an
    autonomous region's bodies (自治区政协 … 我区) is the region's, a province's word."""
    ranked = Counter(_OWN_PLACE.findall(text)).most_common(2)
    word = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    if word == "区" and text.count("自治区") > len(_DISTRICT_BODY.findall(text)):
        return "省"
    return word


_DISTRICT_BODY = re.compile(r"(?<!自治)区(?:政协|人大|政府|委|[\u4e00-\u9fff]{1,6}?局)")


def _level_word_fits(word: str, document: dict) -> bool:
    """市 fits a prefecture, a county-level city or a municipality; 区 a district or an autonomous region."""
    level, place = document["admin_level"], document["jurisdiction"] or ""
    if level == "province" and word in "市区":
        return place in gazetteer.MUNICIPALITIES if word == "市" else place.endswith("自治区")
    if level == "county" and word == "市":  # 市 fits a county-level city (醴陵市), not a 县 the text names (霍山县 under 我市)
        return place.endswith("市")
    return level in _LEVEL_WORDS.get(word, (level,))


# what fixes the level of a 市 the page does not place (docs/labelling.md point 79): units under it, or a
# prefecture's own words (州, 盟, 地区)
_CITY_LEVEL_FIXED = re.compile(r"县[(（][市区][、,，]?[市区]?[)）]|县市区|县区|各县|[\d一二三四五六七八九十]+个县|"
                               r"我州|州委|州政府|州人大|州政协|自治州|我盟|盟委|行署")


# the place a text says its work fits (符合景德镇实际的…, 结合我县实际): the page naming its own place
_OWN_REALITY = re.compile(r"(?:符合|结合|立足|从)([\u4e00-\u9fff]{2,6}?)实际")


def _open_level_of_an_unplaced_city(document: dict, text: str) -> None:
    """市, 我市, 市政府 with no place: a prefecture-level city or a county-level one, so no level, unless the
    page names units under it (各县(市、区)), speaks as a prefecture (州政府, 我盟) or names a prefecture-level
    city as the reality its work fits (符合景德镇实际)."""
    if document["jurisdiction"] is not None or document["admin_level"] != "city" or _CITY_LEVEL_FIXED.search(text):
        return
    if any(admin_level_of(place) == "city" for name in _OWN_REALITY.findall(text)
           for place in (*gazetteer.lookup(name), *gazetteer.lookup(name + "市"))):
        return
    document["admin_level"] = None
    document["warnings"].append("admin_level_dropped:unplaced_city")


def _level_of_relative_name(document: dict, text: str) -> None:
    """An issuer named only relatively (县民政局) still tells its level, not its place; without
    one, the level the text's bodies are most often named at (市人大…, 市政协…, 市教育局)."""
    for warning in document["warnings"]:
        if warning.startswith("issuer_relative_unresolved:"):
            level = _level_of_relative(warning.split(":", 1)[1])
            if level:
                document["admin_level"] = level
                return
    level = "district" if _ZONE_HANDLING.search(text[:_OPENING * 2]) else _dominant_relative_level(text)
    if level:
        document["admin_level"] = level
        document["warnings"].append("admin_level_from_text")


# a development zone handling the items itself (郑东新区认真落实…, **高新区收到市政府交办的…): a district-level body
# under its city (docs/labelling.md: 郑州市郑东新区管理委员会, district), whatever 市 bodies the text names
_ZONE_HANDLING = re.compile(r"(?:新区|高新区|开发区|经开区|管委会)(?:\d{4}年)?(?:共|今年|全年)?(?:收到|承办|办理|接办|认真|高度重视)")


def _place_opening_the_text(opening: str) -> Place | None:
    """新疆维吾尔自治区人民政府(以下简称…)办理全国政协…提案: the body the text opens with names its
    place, which a national session it handles does not override."""
    chain, length = gazetteer.leading_places_and_length(opening)
    return single_place(chain[-1]) if chain and is_body_name(cast(re.Match, _BODY_AFTER_PLACE.match(opening, length)).group()) else None


_BODY_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|局|厅|委员会|委|办公室|政协|人大常委会)|")


@functools.lru_cache(maxsize=4)  # asked of the same text by several of the place finders of an unplaced page
def _dominant_relative_level(text: str) -> str | None:
    """The level the text's bodies are most often named at (市人大…, 市政协…, 区教育局 → 市 … )."""
    levels = Counter({"州": "市", "自治区": "省"}.get(found, found) for found in _RELATIVE_BODY.findall(text))
    ranked = levels.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return _RELATIVE_LEVELS[ranked[0][0]]
    return None


def _place_of_own_level(text: str, relative: str | None = None) -> Place | None:
    """A text that names its bodies relatively (区政协, 区文旅委) and names exactly one place of
    that level (宜州区; 厦门 repeated) is about that place; for an issuer named only relatively (县人大常委会)
    a short name printed once, standing as a name, will do (秀山博物馆, 人文松江)."""
    level = (_level_of_relative(relative) if relative else None) or _dominant_relative_level(text)
    # 我县 throughout, no body named relatively: a county or district named in full only (惠东县; not 滨江新城 under 我区)
    own_word_only = level is None
    level = level or _RELATIVE_LEVELS.get(_own_place_word(text))
    if level is None:
        return None
    places = places_named_at_level(text, level, most=1) or (places_named_once(text, level) if relative else [])
    if own_word_only:
        places = [place for place in places if place.name in text or place.level in ("city", "province")]
    if level == "city":  # 市政协 in a text that names 天津 (twice at least): a municipality's bodies, unless it names a city too
        places = [*places, *_municipalities_repeated(text)]
    if not places and relative and level in _LOWER_LEVELS:
        places = _parents_of_places_named(text, level)
    if level == "city" and len(places) == 1 and places[0].level == "city":
        return _county_city_named_more(text, places[0]) or places[0]
    return places[0] if len(places) == 1 else None


def _county_city_of_a_city_s_text(text: str) -> list[Place]:
    """A text speaking of 市 bodies (市政协, 我市) that names no prefecture but one county-level city, in full (楚雄市通过…)
    or by a short name it repeats (舞钢 … 舞钢市教育体育局): that city, when nothing else placed the page."""
    if _dominant_relative_level(text) != "city":
        return []
    named = {place.code: place for place in places_named_at_level(text, "county", most=1) if place.name.endswith("市")}
    named.update((place.code, place) for place in _county_cities_in_full(text))
    return list(named.values())


_CITY_ENDINGS_READ = 200


def _county_cities_in_full(text: str) -> list[Place]:
    """The county-level cities a text names in full (楚雄市通过…), read where a 市 ends one of their names (the first
    _CITY_ENDINGS_READ of them: a page of 市 after 市 costs no more)."""
    ends = itertools.islice(re.finditer("市", text), _CITY_ENDINGS_READ)
    found = (single_place(gazetteer.place_ending_at(text, match.end())) for match in ends)
    return [place for place in found if place and place.level == "county" and place.name.endswith("市")
            and place.name in text]


_SPEAKS_AS_A_PREFECTURE = re.compile(r"[我全本该]州|州(?:政府|政协|人大|党委|委员会)")


def _county_city_named_more(text: str, prefecture: Place) -> Place | None:
    """舞民〔2022〕55号 … 舞钢 … 平顶山: a county-level city of the prefecture that the text names more often than the
    prefecture speaks as 市 of itself (its 市民政局, 我市), not of the prefecture over it."""
    if _SPEAKS_AS_A_PREFECTURE.search(text):  # 州政协, 全州: the 州 speaks, never a county-level city
        return None
    counties = [place for place in places_named_at_level(text, "county")
                if place.city == prefecture.name and place.name.endswith("市")]
    if len(counties) != 1:
        return None
    county, short = counties[0], gazetteer.prefecture_short_name(prefecture.name)  # 迪庆州 for 迪庆藏族自治州
    return county if text.count(county.name[:-1]) > text.count((short or prefecture.name)[:-1]) else None


def _municipalities_repeated(text: str) -> list[Place]:
    """The municipalities the text names and repeats short (天津 twice at least); a text repeating none of their
    short names needs no reading of its provinces."""
    if not any(text.count(name[:2]) >= _SHORT_MENTIONS for name in gazetteer.MUNICIPALITIES):
        return []
    return [place for place in places_named_at_level(text, "province")
            if place.name in gazetteer.MUNICIPALITIES and text.count(place.name[:2]) >= _SHORT_MENTIONS]


_LOWER_LEVELS = {"province": ("city", "county", "district"), "city": ("county", "district")}


# the place a news story is filed from: 本报兰州讯, 本报北京电
_FILED_FROM = re.compile(r"本报([\u4e00-\u9fff]{2,6}?)(?:讯|电)")


def _parents_of_places_named(text: str, level: str) -> list[Place]:
    """The places of `level` over the lower places the text's opening or its dateline names (本报兰州讯 … 省法院: 兰州 →
    甘肃省; 州人社局 visiting 三穗县 → 黔东南苗族侗族自治州): a gazetteer reading of the page's own names (point 94), not
    of the stories a page's end may carry beside it (point 66)."""
    dateline = _FILED_FROM.search(text[:_OPENING])  # the body text, simplified already
    found: dict[str, Place] = {}
    for lower in _LOWER_LEVELS[level]:
        named = places_named_at_level(text[:_OPENING * 2], lower) or places_named_once(dateline.group(1) if dateline else "", lower)
        found.update((parent.code, parent) for parent in map(functools.partial(_parent_at, level=level), named) if parent)
    return list(found.values())


_SHORT_MENTIONS = 2  # a municipality named short (天津) counts when the text repeats it
_LISTING = frozenset("、和及等")


# a ministry the answer consulted (经商市场监管总局, 征求生态环境部意见), not the one answering
_CONSULTED = re.compile(r"(?:经商|征求|会同)$")


def _ministry_reported_on(document: dict, opening: str) -> None:
    """News whose opening speaks of one ministry's handling (据交通运输部消息…; 记者从教育部获悉,
    教育部共承办…) carry that ministry's own account: it is the issuer."""
    found = [match for match in _MINISTRIES.finditer(opening) if match.group() != "国务院"
             and opening[match.end():match.end() + 1] != "令"  # 根据交通运输部令2018年第4号: a ministry's order cited
             and not _CONSULTED.search(opening, max(0, match.start() - 2), match.start())]  # 经商市场监管总局
    named = {resolve_issuer(name).name for name in {match.group() for match in found}}  # 国家市场监督管理总局 and 市场监管总局: one body
    listed = any(opening[match.end():match.end() + 1] in _LISTING or opening[match.start() - 1:match.start()] in _LISTING
                 for match in found)  # 科技部、海关总署、市场监管总局等部门都介绍了…: one of several speakers
    if len(named) == 1 and not listed:
        document["issuing_body"] = named.pop()
        document["warnings"].append("issuer_from_text:ministry")


# a ministry opening a clause and acting (农业农村部一直高度重视…; …,农业农村部配合财政部…): the answer's own work
_MINISTRY_ACTING = re.compile(r"(?:^|[。,，;；:：\n])(" + _MINISTRIES.pattern + r")(?:将|一直|高度重视|积极|持续|已|配合|会同|联合"
                              r"|牵头|组织|印发|大力|不断|加快|始终|坚持|正在|继续|进一步|认真|高度关注)")
_ACTING_TWICE = 2


def _ministry_acting_in_its_answer(document: dict, text: str) -> None:
    """An unsigned answer to a national item that tells its ministry's work in the third person (农业农村部一直高度
    重视…, 农业农村部配合财政部…): the ministry acting in at least two clauses, more than any other, answers (point 65's
    same act said of it by name). On the dev pages so read, 4 of 4; named acting once, 8 of 21 (13 labelled null)."""
    acting = Counter(resolve_issuer(match.group(1)).name for match in _MINISTRY_ACTING.finditer(text)
                     if not match.group(1).startswith("国务院"))
    ranked = acting.most_common(2)
    if ranked and ranked[0][1] >= _ACTING_TWICE and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        document["issuing_body"] = ranked[0][0]
        _without_warning(document, "issuer_unknown")
        document["warnings"].append("issuer_from_text:ministry_answering")


_PARTY_CENTRE = re.compile(PARTY_CENTRE)  # 台盟中央26日在北京召开…通气会


def _subject_of_the_opening(document: dict, title: str | None, text: str) -> None:
    """Last resort: the body the headline or the first sentence opens with acting, named in full
    (近日,咸阳市食药监管局被评为…) or relatively at the place already found (11月7日,市政协副主席…带领…
    on a page of 枣庄市); never a body whose place is unknown or differs from the place found."""
    raw, sentence = sentence_subject(title, text)
    if raw is None or _JOINT_BODIES.search(raw) or not (is_relative(raw) or gazetteer.leading_places(raw)
                                                       or _MINISTRIES.fullmatch(raw) or raw.startswith("全国")
                                                       or province_house_in_full(raw) or _PARTY_CENTRE.fullmatch(raw)):
        return  # not 市委市政府 (two bodies), 国务院各部 (门), 论文部 (分)
    hint = place_hint(document["jurisdiction"])
    if is_relative(raw) and hint is None:
        return
    resolved = resolve_issuer(raw, "" if is_relative(raw) else text, hint)
    if resolved.name is None or resolved.jurisdiction is None:
        return
    if document["jurisdiction"] not in (None, resolved.jurisdiction):
        return
    document.update(issuing_body=resolved.name, issuing_body_raw=raw, jurisdiction=resolved.jurisdiction,
                    admin_level=resolved.admin_level)
    document["evidence"]["issuing_body"] = sentence
    document["warnings"].append("issuer_from_text:sentence_subject")


def _congress_of_site(document: dict, text: str) -> None:
    """A page of a people's congress or CPPCC site that names no issuer, about one place that its
    text names that body for (…区人大常委会…), is that body's own account."""
    body = congress_of_host(document["url"])
    place = document["jurisdiction"]
    if not body or not place or place == "全国" or body[:2] not in text or _GOVERNMENT_ACCOUNTS.search(text):
        return
    resolved = resolve_issuer(place + body, text)
    if resolved.name and resolved.jurisdiction == place:
        document["issuing_body"] = resolved.name
        document["warnings"].append("issuer_from_site_kind")


# the government giving its own account on its congress's site (我代表县政府向本次会议报告…; 经区政府与各承办单位共同努力;
# 县人民政府今天召开…交办会): the government's document, not the congress's (6bbc453a9ce9, 7331b1a54bd5, 75359353c0a9)
_GOVERNMENT_ACCOUNTS = re.compile(r"(?:我代表|受|经)[省市县区州旗]?(?:人民)?政府"
                                  r"|[省市县区州旗](?:人民)?政府(?:今天)?(?:召开|坚持|高度重视)")
_OUR_PLACE_MEETS = re.compile(r"我(?:县|市|区|旗)(?:组织)?(?:召开|举行|举办)")
# a place's meeting as the news's only actor: 我市召开…, 2024年全市政府系统建议提案交办会召开
_PLACE_MEETS = re.compile(_OUR_PLACE_MEETS.pattern + r"|全(?:市|区|县|旗)[^。,,]{0,30}?会议?(?:召开|举行)")


def _later_paragraphs_speak_for_the_page(url: str | None, opening: list[str]) -> bool:
    """Whether a body handling the items in a later paragraph speaks for the page: not on a congress or
    CPPCC site, whose news quotes the bureaus it visits (据悉,今年市教育局共收到…), nor after a lead
    whose only actor is a place, unless on a government's own site (docs/labelling.md: nobody's news)."""
    if congress_of_host(url) is not None:
        return False
    if _opens_with_joint_actors(opening):  # several bodies acting together: nobody's news (docs/labelling.md)
        return False
    host = host_of(url)
    return not (_PLACE_MEETS.search(opening[0] if opening else "") and not (host and is_government_host(host)))


# the head of the government or a deputy chairing the meeting: 市委常委、常务副市长陈国平主持会议并作讲话
_GOVERNMENT_CHAIRS = re.compile(r"(?:副)?(?:市|县|区|旗)长[\u4e00-\u9fff]{2,3}主持(?:会议|召开)")


def _place_meets(place: Place, opening: str) -> bool:
    """宜秀区召开人大代表建议和政协委员提案交办会 on 宜秀区's own portal: the place meeting, as 我区召开 does."""
    return re.search(re.escape(place.name) + r"(?:组织)?(?:召开|举行|举办)", opening) is not None


def _government_of_its_portal(document: dict, opening: str) -> None:
    """我县召开…交办会, or a meeting its (deputy) head chairs, on the county's own portal
    (www.hengdong.gov.cn, ynwss.gov.cn): the county government's news."""
    place = place_hint(document["jurisdiction"])
    if place is None or not is_portal_of(document["url"], place):
        return
    if not (_OUR_PLACE_MEETS.search(opening) or _GOVERNMENT_CHAIRS.search(opening) or _place_meets(place, opening)):
        return
    document["issuing_body"] = resolve_issuer(place.name + "人民政府", "", place).name  # a district's with its city
    document["warnings"].append("issuer_from_portal")


_HOUSE = re.compile(r"政协|人大|人民代表大会")
_ORGAN_WORDS = re.compile(r"审查委员|提案审查|提案委员会|秘书处|主席团|筹备处")


def _session_organ_acting(document: dict, opening: str) -> None:
    """A session's organ acting in the title or the opening (市政协十四届六次会议提案审查委员会会议召开,
    记者从…会议秘书处了解到, …主席团第5次会议表决通过) is the issuer, in its official name, over its
    house or no issuer (docs/labelling.md); never over a bureau."""
    if document["issuing_body"] and not _HOUSE.search(document["issuing_body"]) or not _ORGAN_WORDS.search(opening):
        return
    place = None if document["jurisdiction"] == "全国" else place_hint(document["jurisdiction"])
    if place is None and document["jurisdiction"] != "全国":
        return
    organ = session_organ(_SPACES.sub("", opening), place)
    if organ:
        document["issuing_body"] = organ
        document["warnings"].append("issuer_from_text:session_organ")


def _chair_meeting_acting(document: dict, title: str | None, opening: str) -> None:
    """A CPPCC's 主席会议 or a congress standing committee's 主任会议 acting in its own name (自治区政协十一届八十九次主席会议
    召开,审议…; …主席会议确定了…重点提案) or commissioning the report (受市人大常委会主任会议委托,现就…报告如下) is the issuer,
    named after its body (point 124); a body convening it (市政协召开…主席会议) stays the issuer."""
    if "会议" not in opening and "会议" not in (title or ""):  # most pages: no chair meeting to look for
        return
    first = "。".join(_SPACES.sub("", line) for line in re.split(r"[。\n]", opening)[:2])
    acting = _CHAIR_MEETING_ACTS.search(f"{title or ''}。{first}")
    commissioned = _COMMISSIONED_BY_CHAIR_MEETING.search(_SPACES.sub("", opening))
    in_the_lead = _CHAIR_MEETING_ACTS.search("。" + first.split("。", 1)[0])
    for organ, house in (("主席会议", _CPPCC_HOUSE), ("主任会议", _CONGRESS_STANDING)):
        body = document["issuing_body"] or (_house_named_relatively(document, acting.group(), organ) if acting else "")
        if organ == "主席会议" and in_the_lead and in_the_lead.group("organ") == organ:  # the lead's subject over a standing
            body = body.removesuffix("常务委员会")  # committee read off a report the meeting only schedules (point 124)
        if house.fullmatch(body) and any(found and found.group("organ") == organ for found in (acting, commissioned)):
            document["issuing_body"] = body + organ
            document["warnings"].append("issuer_from_text:chair_meeting")
            return


def _house_named_relatively(document: dict, words: str, organ: str) -> str:
    """市政协 or 区人大常委会 acting through its meeting, on a page placed at a place of that level (鄂尔多斯市): its house."""
    relative = re.search(r"(自治区|省|市|区|县)(?:政协|人大常委会)[^。,,]*$", words[:words.rfind(organ)])
    place = document["jurisdiction"] or ""
    if not relative or document["jurisdiction"] == "全国" or not place.endswith(relative.group(1)):
        return ""
    return resolve_issuer(place + ("政协" if organ == "主席会议" else "人大常委会")).name or ""


_COMMISSIONED_BY_CHAIR_MEETING = re.compile(r"受[^。,,]{0,20}?(?P<organ>主席会议|主任会议)的?委托")
_CPPCC_HOUSE = re.compile(r"(?:政协|中国人民政治协商会议)(?:(?!委员会)[\u4e00-\u9fff]){2,20}委员会")  # not its organs
_CONGRESS_STANDING = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:人民代表大会常务委员会|人大常委会)")
# the meeting the subject of the headline or of the first sentence, not convened by its body (…政协召开…主席会议)
_CHAIR_MEETING_ACTS = re.compile(r"(?:^|。|\])(?:[^。,,]{0,12}?日(?:上午|下午)?[,,]?)?(?:[^。,,召举]{0,20}?)(?:政协|人大常委会)"
                                 r"[^。,,召举]{0,16}?(?P<organ>主席会议|主任会议)(?:第[一二三四五六七八九十\d]+次会议)?"
                                 r"(?:召开|举行|确定|审议|研究|决定|通过)")


# the report's author named as entrusting its speaker: 受十二届市政协常委会委托,向大会作提案工作情况报告
_ENTRUSTED_BY_STANDING = re.compile(r"受[^。,,]{0,20}?(?:常务委员会|常委会)的?委托")


def _cppcc_of_its_place(document: dict, opening: str, headline: str, lead: str) -> str | None:
    """政协X委员会 of the document's place when a summary's opening speaks of a CPPCC, or any page's has the
    CPPCC's standing committee entrusting a report (受…市政协常务委员会委托…报告…提案工作) or its meeting as the
    headline's or the lead's subject, and no issuer was found: the house whose standing committee may be acting."""
    place = document["jurisdiction"]
    if not place or "政协" not in opening:
        return None
    if document["doc_type"] != "summary" and not _ENTRUSTED_BY_STANDING.search(opening) \
            and not standing_meeting_of_a_cppcc(headline, lead):
        return None
    return _NATIONAL_SESSION_BODIES["政协"] if place == "全国" else resolve_issuer(place + "政协", opening).name


# settled point 20: a house convening its standing committee's meeting (市政协第九届委员会召开第17次常委会议) is the
# issuer, though the meeting adopts the committee's report
_CONVENES_ITS_STANDING_COMMITTEE = re.compile(r"(?:政协|人大)[^,，。]{0,12}?召开[^,，。]{0,12}?常委会")
# a house convening a meeting in the text's first sentence: 贡井区政协召开重点提案办理情况专题协商会
_HOUSE_CONVENES = re.compile(r"(?:政协|人大常委会)[^,，。]{0,12}?(?:召开|举行)")


def _government_reporting(document: dict, opening: str) -> None:
    """A summary whose account is a government's report relayed at another body's session or meeting
    (受省政府委托…作了汇报; 副省长…通报省政府系统办理…提案工作情况): that government, over the house
    that hears it or no issuer (relayed.py); never over a bureau or an office the page names."""
    issuer = document["issuing_body"]
    if document["doc_type"] != "summary" or (issuer and not _HOUSE.search(issuer)) or _OUR_OWN.search(opening):
        return  # a bureau speaking of itself (…交市政府办理的建议中,我局承办…) is its own account
    if _HOUSE_CONVENES.search(opening.split("。", 1)[0]):
        return  # settled point 36: the house convening the meeting the government reports at
    found = government_reporting(_SPACES.sub("", opening))
    if found:
        _take_body_named(document, found[0], opening, found[1], "issuer_from_text:government_report")


def _take_body_named(document: dict, words: str, opening: str, evidence: str, reason: str) -> None:
    """The body a run of words ends with (_named_body) as the issuer, when its name resolves at the page's place."""
    body = _named_body(words)
    if not body:
        return
    resolved = resolve_issuer(body, opening, place_hint(document["jurisdiction"]))
    if resolved.name and resolved.jurisdiction and document["jurisdiction"] in (None, resolved.jurisdiction):
        _take_issuer(document, resolved, body, evidence)
        document["warnings"].append(reason)


# news relaying a reply its body published: 应急管理部发布《关于…提案答复的函》; 农业农村部在官网发布《对…建议的答复》;
# 石家庄市民政局网站日前发布《…的答复》
_PUBLISHES_ITS_REPLY = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,24}?)(?:于?(?:近日|日前))?(?:在其?(?:官网|官方网站|门户网站|网站)上?|(?:官网|网站))?(?:近日|日前)?"
    r"(?:公开)?(?:发布|發布|發佈)了?《[^》]{4,80}?(?:答复|答覆|复函|復函|的函|复文)[^》]{0,12}》")


def _body_publishing_its_reply(document: dict, opening: str) -> None:
    """A reply relayed by the news as one body's publication is that body's (point 73: the page carries
    its answer), when its name resolves at the page's place."""
    if "《" not in opening or ("布" not in opening and "佈" not in opening):  # quicker scans than the pattern's
        return
    match = _PUBLISHES_ITS_REPLY.search(_SPACES.sub("", opening))
    if match:
        _take_body_named(document, match.group("body"), opening, match.group(), "issuer_from_text:published_reply")


# news relaying one body's answer to an item: 市海洋与渔业局答复说, 大理州民政局称, 国家文物局经商北京市政府答复称,
# 泉州市市政公用事业管理局相关负责人介绍, 市绿化市容局在答复中透露 (the body opening its clause, its words the answer)
_ANSWERING_IN_THE_NEWS = re.compile(
    r"(?:^|[。,,;;:：\n]|(?<=[日月]))(?P<body>[\u4e00-\u9fff]{2,24}?(?:局|厅|委|部|署|办公室|办公厅|委员会|政府|中心))"
    r"(?:经商[^,,。]{2,20}?)?(?:在(?:答复|回复|复函)(?:函)?中|(?:相关|有关)?负责(?:人|同志))?"
    r"(?:表示|答复称|回复称|答复说|回复说|介绍|透露|称)[,,:：]")
_ANSWER_READ = 3000


def _body_answering_in_the_news(document: dict, text: str) -> None:
    """A reply the news relays as one body's answer, quoted by name (广西生态环境厅称…; 市园林绿化局表示…), is that
    body's (the body whose answer the story reports: point 73); none where several bodies speak."""
    answers = {match.group("body"): match.group()[match.start("body") - match.start():]
               for match in _ANSWERING_IN_THE_NEWS.finditer(to_simplified(text))
               if is_body_name(match.group("body"))}
    if len(answers) == 1:
        (body, clause), = answers.items()
        _take_body_named(document, body, text, clause, "issuer_from_text:answering_body")


_NATIONAL_SESSION_BODIES = {"政协": "政协全国委员会", "人大常委会": "全国人民代表大会常务委员会"}
# the session's secretariat counting its items: 大会秘书处提案组共收到提案786件, 大会秘书处议案组共收到代表建议1606件
_SECRETARIAT_RECEIVING = re.compile(r"大会秘书处(?P<group>提案组|议案组)?(?:共|已)?收到(?P<items>[^,,。]{0,12}?(?:提案|建议|议案))")


def _house_of_the_secretariat_receiving(document: dict, opening: str) -> None:
    """A session's secretariat receiving the items is the session receiving them: its house, whoever opens the page
    (point 73: 879224a4979d, a415e9445aa4; members opening it do not make it null)."""
    match = _SECRETARIAT_RECEIVING.search(opening)
    if match is None:
        return
    congress = match.group("group") == "议案组" or (match.group("group") is None and re.search("代表|建议|议案", match.group("items")))
    place = document["jurisdiction"]
    if place == "全国":
        name: str | None = "全国人民代表大会" if congress else _NATIONAL_SESSION_BODIES["政协"]
    else:
        name = resolve_issuer(place + ("人民代表大会" if congress else "政协"), opening).name
    if name:
        document["issuing_body"] = name
        document["warnings"].append("issuer_from_text:session_secretariat")


# a house named in a headline (自治区政协参政议政务实高效, 关于征集市政协十四届四次会议提案的函), not its members (政协委员如期赴会)
_HOUSE_IN_A_HEADLINE = re.compile(r"(?:政协|人大常委会)(?!委员|代表)")


# a democratic party's central committee putting its items forward or briefing the press on them before the sessions
# (民进中央拟向全国政协…提交46件提案, 台盟中央27日在北京召开2026年全国两会新闻通气会, 九三学社中央近日宣布,拟向…提交)
_PARTY_CENTRE_SUBMITTING = re.compile(r"(?<!来自)(?P<party>" + PARTY_CENTRE
                                      + r")[^。]{0,40}?(?:提交|报送|筛送|新闻通气会|情况通报会)")


def _party_centre_submitting(document: dict, opening: str) -> None:
    """The one party's central committee the headline or the first sentence has submitting its items (points 103, 131),
    not the CPPCC whose session receives them, nor a party its members come from (来自民建中央的全国政协委员…)."""
    if len({match.group() for match in _PARTY_CENTRE.finditer(opening)}) != 1:
        return  # several parties' items (a portal's index of their stories): no one's
    submitting = _PARTY_CENTRE_SUBMITTING.search(opening)
    if submitting:
        _take_issuer(document, resolve_issuer(submitting["party"]), submitting["party"], submitting.group())
        document["warnings"].append("issuer_from_text:party_submitting")


def _party_committee_acting(document: dict, title: str, opening: str) -> None:
    """The one democratic party committee the headline or the lead has acting, or its deputies and members at a session
    (point 131: the committee whose account the page is), in its full name at its place (parties.committee_acting)."""
    lead = lead_sentences(to_simplified(opening), 2)
    committees = {resolved.name: (resolved, raw) for raw in committee_acting(title, lead)
                  if (resolved := resolve_issuer(raw)).name and resolved.jurisdiction}
    if len(committees) != 1:
        return
    ((resolved, raw),) = committees.values()
    if document["jurisdiction"] in (None, resolved.jurisdiction):
        _take_issuer(document, resolved, raw, next((line for line in (title, *lead) if raw in line), raw))
        document["warnings"].append("issuer_from_text:party_committee_acting")


def _body_of_the_session(document: dict, opening: str) -> None:
    """News of one kind of item told by its own house (省政协…共收到提案572件; 市人大常委会会议听取…代表
    建议办理情况的报告) where no bureau handles them in the opening: that CPPCC or congress standing
    committee, at the place the text is about (its level as the text names it)."""
    if document["doc_type"] == "reply" or search_near(_HANDLING_SUBJECT, _HANDLING_HINT, opening, _HANDLING_REACH):
        return
    if document["doc_type"] == "other" and not _HOUSE_IN_A_HEADLINE.search(to_simplified(document["title"] or "")) \
            or document["doc_subtype"] == "proposal_text" or _members_news_at_a_session(opening):
        return  # a look-alike (a feature, members arriving) is not its house's news unless its headline names the house
    proposals, suggestions = "提案" in opening, bool(_SUGGESTIONS.search(opening))
    house = (_CPPCC_MENTION.search(opening) if proposals and not suggestions
             else _CONGRESS_MEETING.search(opening) if suggestions and not proposals else None)
    place = document["jurisdiction"]
    if house is None or not _fits_jurisdiction(house.group("level"), document):
        return
    body = "政协" if "政协" in house.group() else "人大常委会"
    name = _NATIONAL_SESSION_BODIES[body] if place == "全国" else resolve_issuer(place + body, opening).name
    if name:
        document["issuing_body"] = name
        document["warnings"].append("issuer_from_text:session_body")


# a session or meeting named as where the reporter learned the news (从自治区政协十一届五次会议上获悉, 记者从会上获悉;
# not a 常委会 meeting, whose account it is: point 80), the members putting the items forward
# (广大政协委员、政协各参加单位和专门委员会…共提交提案384件)
_LEARNED_AT_A_SESSION = re.compile(r"从(?![^,，。]{0,40}?常委会)[^,，。]{0,40}?会议?上(?:获悉|了解到)")
_MEMBERS_PUT_FORWARD = re.compile(r"(?:委员|代表)[^。]{0,60}?(?:提交|提出)[^,，。]{0,6}?(?:提案|建议)")


def _members_news_at_a_session(opening: str) -> bool:
    """记者1月26日从省政协八届四次会议上了解到,…广大省政协委员…提出提案718件: a session named only as where the
    reporter learned it, the members putting the items forward; 出席市政协十三届二次会议的委员们进行分组讨论: the members
    attending it the lead's subject: nobody's news (points 9, 73, 81)."""
    return bool(_LEARNED_AT_A_SESSION.search(opening) and _MEMBERS_PUT_FORWARD.search(opening)
                or _MEMBERS_ATTENDING.search(opening.split("。", 1)[0]) and not _RECEIVED.search(opening))


# the members attending a session as the lead's subject (出席市政协十三届二次会议的委员们进行分组讨论; 参加市政协八届二次会议的
# 委员们迈着…步伐; 出席政协第十四届聊城市委员会第三次会议的委员,分组讨论…), not counted (出席会议的委员共427名), nor the
# session receiving the items besides (…的委员前来报到…共收到210份提案: point 73, the house)
_MEMBERS_ATTENDING = re.compile(r"(?:出席|参加|列席)[^,,。]{0,30}?(?:会议|大会)的[^,,。]{0,8}?(?:委员|代表)们?(?![会团共\d])")
_RECEIVED = re.compile(r"收到[^,,。]{0,12}?提案")


# news that opens with the members acting (…会议期间,委员们认真履行职责) is nobody's (settled question 4), though
# it is about one house's session; a house's own report names them formally (政协委员、政协各参加单位和…)
# (…a member quoted first: “担任新一届全国人大代表以来,我列席…”全国人大代表马瑞燕切实感受到…: 6c300b4ddfba)
_MEMBERS_OPEN = re.compile(r"(?:[^,,。\n]{0,40}?(?:期间|以来|会议上)[,,])?(?:委员们|代表们)"
                           r"|“[^”\n]{0,200}”[\u4e00-\u9fff]{0,8}?(?:人大代表|政协委员)")
_SUGGESTIONS = re.compile(r"(?<!意见)(?<!意見)建议")  # 意见建议: what members put forward, not the congress's items
_CPPCC_MENTION = re.compile(r"(?P<level>全国|自治区|省|市|区|县|州)?政协")
_CONGRESS_MEETING = re.compile(r"(?P<level>全国|自治区|省|市|区|县|州)?(?:[十一二三四五六七八九]+届)?(?:人大常委会|人民代表大会常务委员会)"
                               r"(?:第[一二三四五六七八九十]+次)?会议")
_LEVEL_WORDS = {"全国": ("national",), "自治区": ("province",), "省": ("province",), "州": ("city",), "旗": ("county",),
                "市": ("city", "province", "county"), "区": ("district",), "县": ("county",)}


def _fits_jurisdiction(level_word: str | None, document: dict) -> bool:
    return level_word is None or document["admin_level"] in _LEVEL_WORDS[level_word]


def _level_spoken_at(document: dict, text: str) -> str | None:
    """The level of the issuer named relatively (县民政局), else the level the text names its bodies at."""
    unresolved = _first_unresolved_relative(document)
    return _level_of_relative(unresolved) if unresolved else _dominant_relative_level(text)


def _place_of_the_level_spoken(document: dict, text: str) -> list[Place]:
    """After a place of another level was dropped: the one place of the level the page speaks at (its admin_level) that
    the text names in full (省政协…我省 with 甘肃省 printed, a city named in passing dropped)."""
    level = document["admin_level"]
    if level not in ("province", "city", "county", "district"):
        return []
    places = places_named_at_level(text, level, most=1)
    return places if len(places) == 1 and places[0].name in text else []


def _prefecture_of_its_portal(document: dict, text: str) -> list[Place]:
    """Last of the places: the prefecture-level city whose portal or bureau's site the host is, though counties
    elsewhere share its pinyin (jtj.changzhou.gov.cn: 常州市; point 72), or its province for a text speaking at that
    level (省生态环境厅…座谈会 on yueyang.gov.cn: 湖南省); none for a text speaking of a county or a district."""
    city = prefecture_of_host(document["url"])
    level = _level_spoken_at(document, text) if city else None
    if city is None or level not in (None, "city", "province"):
        return []
    return list(gazetteer.lookup(city.province)) if level == "province" else [city]


def _place_spelled_by_the_host(document: dict, text: str, level: str | None = None) -> Place | None:
    """A text that names its bodies only relatively (县民政局, 市政协, 省政协) on a host that spells one
    place of that level (xishui.cjyun.org, tielingtv.com) or is a province's (jx.people.com.cn): that place. The level is
    the one given (the level a dropped place's text speaks at: 我县), else the one the text names its bodies at."""
    level = level or _level_spoken_at(document, text)
    spelled = places_spelled_by_host(document["url"])
    fitting = [as_its_county(place) if level == "county" else place
               for place in spelled if level and _fits_level_word(place, level)] if _one_prefecture(spelled) else []
    province = province_of_host(document["url"]) if level == "province" and not fitting else None
    return _take_place(document, list(gazetteer.lookup(province)) if province else fitting, "address_spelling")


def _one_prefecture(places: tuple[Place, ...]) -> bool:
    """Whether a host's readings are one place name: a prefecture and its own county (yueyang: 岳阳市, 岳阳县), the
    text's level choosing; readings in two prefectures (jixi: 鸡西市, 绩溪县) place nothing (points 72, 85: f6d01e87468e)."""
    return len({(place.province, place.city or place.name) for place in places}) <= 1


def _place_of_the_host_the_text_names(document: dict, text: str) -> Place | None:
    """A host whose initials read as one or several places (pds.gov.cn: 平顶山市; gdsx.gov.cn: 始兴县 or 遂溪县 in
    广东), or whose pinyin reads as several (xifeng.gov.cn: 西峰区, 息烽县 or 西丰县): the one of them the text names, in
    full, without its level word or by its short name (…助力始兴经济社会发展; 主办单位:息烽县人民政府办公室; 楚雄州):
    initials alone place nothing (docs/labelling.md, point 72)."""
    spelled = {place.code: place for place in (*places_of_initials(document["url"]), *places_spelled_by_host(document["url"]))}
    named = [place for place in spelled.values() if gazetteer.named_in(place, text)]
    return _take_place(document, named, "address_initials")


# 您当前的位置:安康市人民政府 >部门动态 > 正文内容; 您的位置:首页 >明山区人大常委会>…: the site's own crumbs
_BREADCRUMB = re.compile(r"(?:位置|所在位置)\s*[:：>]\s*(?P<crumbs>.+)")
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>+|»|›|→)\s*")
_BREADCRUMB_LINES = 30


def _place_of_the_breadcrumb(document: dict, header: list[str], text: str) -> Place | None:
    """Bodies named relatively (市林业局, 省人社厅; 省政府 in the text) on a site whose breadcrumb names a place (安康市人民政府,
    酒泉市人社局, 东北网黑龙江): that place, or its parent at the bodies' level (points 72, 94: the site the page comes from)."""
    level = _level_spoken_at(document, text)
    crumbs = next((match.group("crumbs") for match in map(_BREADCRUMB.search, header) if match), "")
    for crumb in _CRUMB_SEPARATOR.split(crumbs)[:3]:
        place = place_in(crumb)  # 安康市人民政府; 东北网黑龙江, a news site's channel of a province (point 72)
        if place and level:
            parent = place if admin_level_of(place) == level else _parent_at(place, level)
            return _take_place(document, [parent] if parent else [], "breadcrumb")
    return None


def _parent_at(place: Place, level: str) -> Place | None:
    """The place of `level` a lower place lies in (酒泉市 → 甘肃省)."""
    name = place.province if level == "province" else place.city if level == "city" else None
    return single_place(tuple(match for match in gazetteer.lookup(name or "") if match.level == level)) if name else None


def _take_place(document: dict, fitting: list[Place], where: str) -> Place | None:
    if len(fitting) != 1:
        return None
    place = fitting[0]
    document.update(jurisdiction=place.name, admin_level=admin_level_of(place))
    document["warnings"].append(f"jurisdiction_from_{where}")
    return place


# a local outlet named after its place: 沈阳日报, 铜陵新闻网, 瓦房店广播电视网, 红网永州站, 红网祁东分站, 永州信息港 (f253d70f8d1f)
_OUTLET = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:日报|晚报|都市报|时报|商报|广播电视台|广播电视网|电视台|新闻网|信息港|融媒体中心"
                     r"|分站|站|网讯|网消息|网记者|分社)"
                     r"|云上([\u4e00-\u9fff]{2,4}?)(?:报道|讯)")  # 邓州网讯, 云上大冶报道 (Hubei's county platforms)
# a paper's own dateline opening the story (【桂林日报讯】(记者…), 本报讯 has no place): the paper's place for a text speaking
# relatively (全市…, 我市…), over a place another story's headline below it names (f5f90607c6c7); a national body or
# session the story opens with still places it (湖北日报讯…全国人大教科文卫委员会…调研组来鄂: 4aa4d90d57d5)
_PAPER_DATELINE = re.compile(r"\s*[【\[(（]?\s*[\u4e00-\u9fff]{2,8}?(?:日报|晚报|都市报|时报)(?:讯|消息)")
# a county's or a district's own media centre (大冶市融媒体中心, 云上大冶报道: a98a85de32e2), whose place wins over a city
# the text names in passing (黄石临空经济区); not a paper named after a word (新民晚报: a6fc43089e37)
_OWN_MEDIA = re.compile(r"([\u4e00-\u9fff]{2,8}?[市县区旗])融媒体中心|云上([\u4e00-\u9fff]{2,4}?)(?:报道|讯)")
# 中新社四川分社 over 省政府: 四川省 (5ff3b89f6280); 稿源:滨海时报 over 区人大常委会: 滨海新区 (5780a7356e4c, point 72)
_LEVEL_WORDS_OF_SHORT_NAMES = ("", "市", "县", "区", "省", "新区", "州")  # 延边信息港 over 州政协: 延边州
# a province's party paper not named after it places that province's bodies (来源:大众日报 over 省人大常委会…)
_PROVINCIAL_PAPERS = {"大众日报": "山东省", "南方日报": "广东省", "新华日报": "江苏省", "解放日报": "上海市"}


def _place_named_by_the_outlet(document: dict, text: str, sources: str, outlet: re.Pattern = _OUTLET) -> Place | None:
    """A text that names its bodies only relatively (市人大…, 市政协召开…) reported by an outlet named
    after one place of that level (来源:沈阳日报, 据厦门日报报道): that place. `outlet`: which outlets count."""
    return _take_place(document, _places_of_the_outlet(document, text, sources, outlet), "outlet")


def _places_of_the_outlet(document: dict, text: str, sources: str, outlet: re.Pattern = _OUTLET) -> list[Place]:
    level = _level_spoken_at(document, text)
    if level is None:
        return []
    found: dict[str, Place] = {}
    for match in outlet.finditer(sources):
        words = match.group(1) or match.group(2)
        for start in range(len(words) - 1):
            for level_word in _LEVEL_WORDS_OF_SHORT_NAMES:
                found.update((place.code, place) for place in gazetteer.lookup(words[start:] + level_word)
                             if _fits_level_word(place, level))
    found.update((place.code, place) for paper, province in _PROVINCIAL_PAPERS.items() if paper in sources
                 for place in gazetteer.lookup(province) if _fits_level_word(place, level))
    return list(found.values())


def _place_of_the_dateline(document: dict, text: str) -> Place | None:
    dateline = _PAPER_DATELINE.match(text)
    places = _places_of_the_outlet(document, text, dateline.group()) if dateline else []
    return places[0] if len(places) == 1 else None


# 欢迎访问新疆维吾尔自治区察布查尔锡伯自治县人民政府网站!: the site's own name printed over the page (point 72)
_SITE_PRINTED = re.compile(r"^(?:欢迎(?:访问|光临|您访问)|歡迎(?:訪問|光臨))([\u4e00-\u9fff]{2,40}?)(?:门户|門戶)?(?:网站|網站|网|網)")
# the browser title's last part: 对区九届人大六次会议063号代表建议的答复_建议提案_上海市宝山区人民政府门户网站 (4e5d4f743a1e)
_SITE_ENDING_THE_PAGE_TITLE = re.compile(r"[_|｜\-—]\s*([\u4e00-\u9fff]{2,40}?)(?:门户)?网站\s*$")
_SITE_NAME_LINES = 8


def _place_of_the_site_printed(header_lines: list[str]) -> list[Place]:
    """The place of a government site whose welcome line or browser title names it (欢迎访问…自治县人民政府网站;
    …_建议提案_上海市宝山区人民政府门户网站): the most local place the name opens with, when a body's name follows it."""
    for line in header_lines:
        simplified = to_simplified(line.strip())
        printed = _SITE_PRINTED.match(simplified) or _SITE_ENDING_THE_PAGE_TITLE.search(simplified)
        if printed is None:
            continue
        chain, length = gazetteer.leading_places_and_length(printed.group(1))
        if chain and is_body_name(printed.group(1)[length:] or "人民政府"):
            return [place] if (place := single_place(_under_the_places_before(chain))) else []
    return []


def _under_the_places_before(chain: list[tuple[Place, ...]]) -> tuple[Place, ...]:
    """The last place's candidates that lie in the places named before it (上海市宝山区: 上海's 宝山区, not 双鸭山's)."""
    parents = {place.name for candidates in chain[:-1] for place in candidates}
    inside = tuple(place for place in chain[-1] if parents & {place.province, place.city})
    return inside if parents and inside else chain[-1]


def _fits_level_word(place: Place, level: str) -> bool:
    """县 fits a county, 区 a district, 市 a prefecture city or a county-level city."""
    return admin_level_of(place) == level or (level == "city" and place.name.endswith("市"))


def _title_place_over_the_host(document: dict, text: str) -> None:
    """No issuer, and the place read off the host only (maiji.gov.cn, a district's portal): a place the title
    names (天水市人大代表建议政协委员提案交办会召开) outranks it, the page being about that place."""
    place = _place_of_the_title(to_simplified(document["title"] or ""), text)
    if place is None:
        return
    document.update(jurisdiction=place.name, admin_level=admin_level_of(place))
    document["warnings"] = [warning for warning in document["warnings"] if warning != "jurisdiction_from_address"]
    document["warnings"].append("jurisdiction_from_title")


def _place_of_the_title(title: str, text: str) -> Place | None:
    """The place the title names, unless it is a province over news whose bodies are all named below it
    (浙江区政协二届四次会议收到…, 天津【关注两会】… over 区政协…: an aggregator's tag, not the district)."""
    place = place_in(title)
    if place is None or place.level != "province":
        return place
    levels = {_RELATIVE_LEVELS.get({"州": "市", "自治区": "省"}.get(word, word)) for word in _RELATIVE_BODY.findall(title + text)}
    return None if levels and levels <= {"district", "county"} else place


_OUR_MINISTRY = re.compile(r"[我本]部(?![门分队署位])")  # 经我部认真研究: a ministry replying (not 本部门, 本部分)


def _place_from_text(document: dict, text: str) -> None:
    """Without an issuer, the place the title names (呈贡区召开…); else 全国 for a national body or
    session named in the title or the text's opening, or a ministry speaking as 我部 (never for a body
    named relatively, 省人大常委会…全国人大…: a place's), unless the text opens with a body of its own
    place (新疆维吾尔自治区人民政府…办理全国政协…提案); else the one place of the level the text
    speaks at; else the first place the text opens with."""
    title = to_simplified(document["title"] or "")
    opening = text[:_OPENING]
    relative = any(warning.startswith("issuer_relative_unresolved:") for warning in document["warnings"])
    # a body named relatively (省人大常委会组织…全国人大代表…) is a place's, not the nation's
    national_title = not relative and (_MINISTRIES.search(title) or _NATIONAL_SESSIONS.search(title)
                                       or _NATIONAL_ORGANS.search(title))
    national_text = not relative and (_MINISTRIES.search(opening) or _NATIONAL_SESSION_NAMED.search(text[:_OPENING * 2])
                                      or _OUR_MINISTRY.search(opening) or _NATIONAL_ORGANS.search(opening)
                                      or _NATIONAL_MEMBERS.search(opening))
    candidates = ((lambda: _place_of_the_title(title, text), "title"),
                  (lambda: _region_of_its_members(title, opening), "text"),
                  (lambda: _place_its_members_are_based_in(f"{title}\n{opening}", f"{title}\n{text}"), "text"),
                  (lambda: national_title, "title"),
                  (lambda: _place_opening_the_text(opening) if national_text else None, "text"),
                  (lambda: national_text, "text"), (lambda: _place_of_the_dateline(document, text), "outlet"),
                  (lambda: _place_of_own_level(text, _first_unresolved_relative(document)), "text"),
                  (lambda: place_in(opening), "text"), (lambda: _one_place_the_title_names_short(title, text), "title"))
    for find, where in candidates:
        found = find()
        if found:
            level = admin_level_of(found) if isinstance(found, Place) else "national"
            document.update(jurisdiction=found.name if isinstance(found, Place) else "全国", admin_level=level)
            document["warnings"].append(f"jurisdiction_from_{where}")
            return


# the national sessions or houses named by a story that names no place of its own (李和平委员:大力发展公办幼儿园, on the
# 全国两会; 致公党2016两会拟提34件提案, by its central committee): 全国, as the labels place a national member's or deputy's
# items not named as a region's (points 75, 130); never where the story speaks of a place's own house or of its place
# relatively (在全市政协提案办理工作经验交流座谈会上的发言 … 全国政协; 我省代表…): a local page citing the nation
_NATIONAL_STORY = re.compile(r"全国(?:两会|“两会”|人大|政协|人民代表大会)|政协全国委员会"
                             r"|(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)中央")
_LOCAL_STORY = re.compile(r"[我本][省市州县区旗]|全[市县区州]|[市县区州](?:政协|人大)")
_NATIONAL_STORY_REACH = 600


def _national_story(document: dict, opening: str) -> None:
    """全国 for a story naming the national sessions or houses and no place of its own; never under an issuer named
    relatively (省科技厅召开2022年省“两会”建议提案交办会: a province's bureau, its province unnamed)."""
    if _first_unresolved_relative(document):
        return
    if _NATIONAL_STORY.search(opening) and not _LOCAL_STORY.search(opening):
        document.update(jurisdiction="全国", admin_level="national")
        document["warnings"].append("jurisdiction_from_national_story")


# national organs beside the ministries: the supreme court and procuratorate (最高检工作报告附件5; 最高人民检察院已经举办了
# 三届) and the national people's organisations (中国侨联参政议政工作领导小组会议: fae55ba69d4f)
_NATIONAL_ORGANS = re.compile(r"最高人民(?:检察|法)院|最高[检法](?![律定令])|中国(?:侨联|科协|残联|文联|作协)"
                              r"|全国(?:妇联|总工会|工商联|台联|青联)|中华全国[\u4e00-\u9fff]{2,8}联合会|共青团中央|团中央")
# 全国政协委员、民建甘肃省委主委宁崇瑞…建议: a national member or deputy presented with his home post, which places
# neither him nor his items (461e00f60066)
_NATIONAL_MEMBERS = re.compile(r"全国(?:人大代表|政协委员)")
# 港区全国人大代表团团长…; 澳区全国人大代表提出共一百零七个建议; 12位澳区人大代表团中的…: a special administrative region's
# deputies or members at the national sessions; a headline may name them short (港区委员作用获政协常委会重视)
# 台籍全国政协委员, 人大台湾团, 中国人大台代表: Taiwan's deputies and members (the national congress keeps a 台湾省 delegation)
_TAIWAN_MEMBERS = r"|(台)籍(?:全国|两会)?(?:人大|政协)?(?:代表|委员)|人大(台)湾?(?:团|代表)"
_REGION_MEMBERS = re.compile(r"([港澳])区(?:全国(?:人大代表|政协委员)|人大代表团)" + _TAIWAN_MEMBERS)
_REGION_MEMBERS_SHORT = re.compile(r"([港澳])区(?:人大|政协)?(?:代表|委员)" + _TAIWAN_MEMBERS)
_REGIONS = {"港": "香港特别行政区", "澳": "澳门特别行政区", "香港": "香港特别行政区", "澳门": "澳门特别行政区", "台": "台湾省"}
# 江西代表团81名全国人大代表共提交…; 出席省十三届人大四次会议的大同代表团代表…; 香港代表团: a place's delegation to a session
_DELEGATION = re.compile(r"代表团")
_DELEGATION_NAME = (2, 3)  # 江西, 大同, 内蒙古: the place's short name right before 代表团
# 在甘全国政协委员, 在温全国人大代表: the national members or deputies based in a place, named by its one-character short
# name (甘 for 甘肃, 温 for 温州); a national house's members of that place at its session, like its delegation
_MEMBERS_BASED_IN = re.compile(r"[在住驻]([\u4e00-\u9fff])的?" + _NATIONAL_MEMBERS.pattern)


# 住川全国政协委员, 在湘全国人大代表, 住内蒙古全国政协委员: a region's resident national members, the story's place
_RESIDENT_MEMBERS = re.compile(r"[在住驻]([\u4e00-\u9fff]{1,3}?)的?(?:部分)?" + _NATIONAL_MEMBERS.pattern)
_REGION_CHARACTERS = {"疆": "新疆", "蒙": "内蒙古", "藏": "西藏"}  # one character that does not open its region's name


def _region_of_resident_members(title: str, text: str) -> list[Place]:
    """The one region whose resident national deputies or members the headline or opening names (住吉全国政协委员赴京,
    部分在湘全国人大代表视察…), over the nation a story of their travel or work speaks of (points 75, 130): the place
    the text confirms (_place_its_members_are_based_in), else a province by its abbreviation (鄂, 川, 疆) or its
    short name (内蒙古), which no other place shares."""
    opening = f"{title}\n{text[:_OPENING]}"
    confirmed = _place_its_members_are_based_in(opening, f"{title}\n{text}")
    if confirmed:
        return [confirmed]
    regions = {region for match in _RESIDENT_MEMBERS.finditer(opening) if (region := _region_named(match.group(1)))}
    return list(regions) if len(regions) == 1 else []


@functools.cache
def _provinces_by_name() -> dict[str, Place]:
    """A province by its short name (福建, 内蒙古) or its full one (福建省)."""
    provinces = gazetteer.province_short_names()
    return {**provinces, **{place.name: place for place in provinces.values()}}


@functools.cache
def _provinces_group() -> re.Pattern:
    """福建省全国人大代表, 出席…的青海的全国人大代表, 宁夏代表团, 山东团各位代表: a province's national deputies or members
    as a group, the province standing as a name of its own."""
    names = sorted(_provinces_by_name(), key=len, reverse=True)
    return re.compile(r"(?<![\u4e00-\u9fff])(?:(?:出席|参加)[^,,。]{0,30}的)?(" + "|".join(map(re.escape, names))
                      + r")(?:十[一二三四五]?届)?的?(?:全国人大代表|全国政协委员|代表团|团(?=各位|代表))")


def _province_of_the_group(title: str, text: str) -> list[Place]:
    """The one province whose national deputies or members as a group the headline or opening is about (point 130:
    海南省十二届全国人大代表组成代表视察组…, …的福建省全国人大代表和全国政协委员同机抵达北京), over the nation."""
    places = {_provinces_by_name()[found.group(1)] for found in _provinces_group().finditer(f"{title}\n{text[:_OPENING]}")}
    return list(places) if len(places) == 1 else []


_NATIONAL_HOUSES = ("政协全国委员会", "全国人民代表大会")


def _resident_members_at_the_session(document: dict, title: str, text: str) -> None:
    """A region's resident national deputies or members travelling to, attending or back from the national session
    (住皖委员提案立案率超九成, 住黔全国人大代表积极做好…会前准备) are the story's actors, not the house whose session they
    attend: no issuer, the region their place (points 73, 130)."""
    regions = _region_of_resident_members(title, text)
    if len(regions) == 1:
        document["warnings"].append(f"issuer_dropped:resident_members_at_the_session:{document['issuing_body']}")
        document["issuing_body"] = None
        _take_place(document, regions, "resident_members")


def _region_named(short: str) -> Place | None:
    """A province by its one-character abbreviation (川, 湘, 疆) or its short name (内蒙古, 四川)."""
    if len(short) == 1:
        short = gazetteer.PROVINCE_ABBREVIATIONS.get(short) or _REGION_CHARACTERS.get(short) or short
    return gazetteer.province_short_names().get(short)


def _region_of_its_members(title: str, opening: str) -> Place | None:
    """News of a place's delegation or a special administrative region's deputies or members at a session is about that
    place (point 104: 7a14311c2e68, be6ae9b8f6fb; 68fdf8af35a2, b7331eb45ff8), not the house whose session they attend;
    a region's members of a city's CPPCC (澳区政协委员 in 中山) or named in passing are not the page's subject."""
    found = _REGION_MEMBERS_SHORT.search(title) or _REGION_MEMBERS.search(opening)
    if found:
        return single_place(gazetteer.lookup(_REGIONS[cast(str, found.group(cast(int, found.lastindex)))]))
    return next(filter(None, (_place_of_the_delegation(text) for text in (title, opening))), None)


def _place_its_members_are_based_in(opening: str, text: str) -> Place | None:
    """The place whose national members or deputies the text is about (在甘全国政协委员昨日抵京, 在温全国人大代表共提交
    建议50件): the one province or prefecture the text names whose name opens with that character (甘肃, 温州), the page
    naming it (points 104, 94: bd96ef555d3f, ad6a25d47769); none when it names two (宁夏 and 宁波 for 在宁)."""
    found = _MEMBERS_BASED_IN.search(opening)
    if found is None:
        return None
    short = found.group(1)
    province: str | Place | None
    province = gazetteer.PROVINCE_ABBREVIATIONS.get(short)  # 住渝: 重庆, when the page names it too
    if province and province in text:
        return gazetteer.province_short_names().get(province)
    named: dict[str, Place] = {}
    for match in re.finditer(short + "([\u4e00-\u9fff]{1,2})", text):
        for tail in (match.group(1)[:1], match.group(1)):
            province = gazetteer.province_short_names().get(short + tail)
            cities = [place for place in gazetteer.lookup(f"{short}{tail}市") if place.level == "city"]
            named.update((place.code, place) for place in [province, single_place(tuple(cities))] if place)
    return next(iter(named.values())) if len(named) == 1 else None


def _place_of_the_delegation(text: str) -> Place | None:
    """The place whose short name names the first delegation the text names: a province's (江西代表团), a special
    administrative region's (香港代表团) or else a prefecture city's (大同代表团)."""
    found = _DELEGATION.search(text)
    if found is None:
        return None
    for length in _DELEGATION_NAME:
        name = text[max(0, found.start() - length):found.start()]
        region = gazetteer.lookup(_REGIONS[name]) if name in _REGIONS else ()
        province = gazetteer.province_short_names().get(name)
        cities = tuple(place for place in gazetteer.lookup(f"{name}市") if place.level == "city")
        place = single_place(region) or province or single_place(cities)
        if place:
            return place
    return None


# 省十三届人大一次会议青岛代表团提出的《…议案》, 南京代表团陈昌龙、吴新民等代表提出的"…主张", 议案…由青海代表团和16个代表团部分
# 代表1401人次提出: a delegation or its deputies named as an item's author, in passing (88fe84932d37), not the delegation
# acting (江门代表团提交建议35件)
_DELEGATIONS_ITEM = re.compile(r"代表团(?:[^。;；,，:：]{0,24}?代表)?(?:提出|提交)的"
                               r"|由[^。;；,，]{0,8}代表团[^。;；,，]{0,24}?(?:提出|提交)")


def _delegation_not_its_house(document: dict, title: str | None, opening: str) -> None:
    """News of a place's delegation, or of a region's deputies or members, at a session (澳区全国人大代表…提出…建议,
    港区委员作用获…重视) is the members' news about their place, not the news of the house whose session they attend:
    no issuer and the delegation's place (points 73, 104). A house of that same place keeps its news."""
    issuer = document["issuing_body"]
    if not issuer or not _HOUSE.search(issuer):
        return
    place = _region_of_its_members(to_simplified(title or ""), opening)
    if place is None or place.name == document["jurisdiction"] or _DELEGATIONS_ITEM.search(opening):
        return
    document.update(issuing_body=None, jurisdiction=place.name, admin_level=admin_level_of(place))
    document["warnings"].append("issuer_null:delegation")


def _one_place_the_title_names_short(title: str, text: str = "") -> Place | None:
    """随州建议提案办理工作连续两年双先进: the one place a headline names by its short name, standing as a name (the
    place the page is about, its body unnamed: 45815b485030)."""
    named = [place for level in ("city", "county", "district") for place in places_named_once(title, level, context=text)]
    return named[0] if len(named) == 1 else None


def _short_name_at_the_level_spoken(document: dict, text: str) -> list[Place]:
    """The one place of the level the text names its bodies at (市人大…, 全区) that it prints by its short name standing as
    a name, once will do (把蔡甸建设成为…; 受大庆客观条件限制), when nothing else placed the page (points 72, 94); not in
    a template that masks its place (xxx市)."""
    level = _level_spoken_at(document, text) or _level_of_the_whole(text)
    return places_named_once(text, level, apart=True) if level and not _MASKED_PLACE.search(text) else []


# a template that masks its own place (xxx市人民政府办公室…): a name it leaves once elsewhere is no reading of its place
_MASKED_PLACE = re.compile(r"[xX×*＊]{2,}(?:省|市|区|县|州|盟|人民政府)")


_THE_WHOLE = re.compile(r"全(省|市|区|县)")  # 全区人民群众, 全县上下: the place the text speaks for, at its level


def _level_of_the_whole(text: str) -> str | None:
    ranked = Counter(_THE_WHOLE.findall(text)).most_common(2)
    return _RELATIVE_LEVELS[ranked[0][0]] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _one_namesake(text: str) -> list[Place]:
    """The one place name shared by several places of one level that the title and text print (宝山区七届人大…),
    when nothing else placed the page: the jurisdiction's name and level (point 72), its parent left unknown."""
    named = namesakes_named(text)
    return named if len(named) == 1 else []


# 银雀山街道人大工委, 回马镇、玉峰镇: a town's or street's full name, read back from its ending
_TOWN_ENDING = re.compile(r"街道|镇|乡")
_TOWN_NAME = (2, 3, 4, 5)  # the characters before the ending: 回马, 银雀山


def _county_of_its_towns(document: dict, text: str) -> list[Place]:
    """The one county (district) whose towns or streets the text names, each found in that county only (银雀山街道 →
    兰山区; 回马镇、玉峰镇 → 大英县; 璧泉街道、丁家街道 → 璧山区), when nothing else placed the page: a gazetteer reading of
    the page's own names (points 67, 94); a county-level city for 市 bodies (刘仁八镇 → 大冶市), else the prefecture or
    province of the level the text names its bodies at; nothing in a template that masks its place (XX人民政府)."""
    if _MASKED_PLACE.search(text):
        return []
    towns = gazetteer.town_counties()
    found = {towns[name] for match in _TOWN_ENDING.finditer(text) if (name := _longest_town(text, match, towns))}
    if len(found) != 1:
        return []
    place = _county_of_the_list(*found.pop())
    if place is None:
        return []
    level = _level_spoken_at(document, text)
    if level is None or _fits_level_word(place, level):
        return [place]
    return [parent] if level in ("city", "province") and (parent := _parent_at(place, level)) else []


def _longest_town(text: str, ending: re.Match, towns: dict) -> str | None:
    """The longest town name ending there (西街口镇, not the 街口镇 of another county inside it)."""
    return next((name for length in reversed(_TOWN_NAME)
                 if (name := text[max(0, ending.start() - length):ending.end()]) in towns), None)


# 涧池镇加紧办理人大代表建议, 莒南县十字路街道2023年度关于人大建议…, 坊前镇始终将人大建议和政协提案办理列为重点工作
# a town named at the start, its county before it or not (三台县立新镇, 鲁垛镇): the rules below read it
_COUNTY_BEFORE = r"(?P<county>[\u4e00-\u9fff]{1,8}?[县区市])?"
_TOWN_NAMED = r"(?P<town>[\u4e00-\u9fff]{2,5}?(?:镇|乡))"
_TOWN_HANDLING = re.compile(_COUNTY_BEFORE + r"(?P<town>[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道))"
                            r"(?=(?:19|20)\d{2}年|关于|认真|加紧|扎实|切实|全力|积极|高度重视|始终|多措并举|做好|抓好|办理|推进)")
_TOWN_ITEMS = re.compile(r"建议|提案|议案")
_TOWN_BODY = {"镇": "人民政府", "乡": "人民政府", "街道": "办事处"}


def _town_handling(document: dict, title: str | None, opening: list[str]) -> None:
    """A headline, or with none the first sentence of the text's first two lines, opening with a town or street of the county the page is
    placed at, handling the items in its own name: the town's government (a street's office), written with its county
    in front (point 67). The town must be that county's in the gazetteer: a namesake elsewhere places nothing."""
    place = place_hint(document["jurisdiction"])
    lines = [title] if title else [line.split("。", 1)[0] for line in opening]
    line, match = next(((line, match) for line in lines if (match := _TOWN_HANDLING.match(line))), ("", None))
    if place is None or place.level != "county" or not match or not _TOWN_ITEMS.search(line):
        return
    town = match["town"]
    if match["county"] in (None, place.name) and _is_town_of(town, place):
        _take_town_body(document, place, town + _TOWN_BODY["街道" if town.endswith("街道") else town[-1]], line,
                        "town_handling")


# 鲁垛镇人大组织召开…, 三台县立新镇人大扎实推进…, 立新镇人大主席团以代表小组为单位…, 邮亭镇人大:…: a town's congress (or its
# presidium) acting; not 镇人大代表 (its deputies) nor 镇人大主席 (a person)
_TOWN_CONGRESS = re.compile(_COUNTY_BEFORE + _TOWN_NAMED + r"人大(?P<presidium>主席团)?"
                            r"(?=组织|召开|开展|创新|认真|积极|扎实|切实|及时|围绕|坚持|深入|始终|持续|聚焦|集中|对|以|把|将|[:：]"
                            r"|立足|通过|着力|紧紧|紧扣|充分|不断|进一步|全力|主动|高度重视|推动|助力|精心|严格|注重|大力|强化|加强|狠抓"
                            r"|多措并举|于\d|在)")
# 新庄镇召开第四届人民代表大会第三次会议, 鉴江镇第十七届人民代表大会第一次会议胜利召开: the town's congress in session
# (洽湾镇在洽湾村大礼堂隆重召开第五届人民代表大会第二次会议, 洽湾镇五届人大第二次会议召开: where it sits, its short name)
_TOWN_SESSION = re.compile(_COUNTY_BEFORE + _TOWN_NAMED + r"(?:(?:在[^,，。]{1,16}?)?(?:隆重|胜利)?(?:召开了?|举行了?))?"
                           r"第?[一二三四五六七八九十\d]{1,3}届(?:人民代表大会|人大)第[一二三四五六七八九十\d]{1,3}次会议")


def _an_item_s_answer_or_text(document: dict) -> bool:
    """A reply, or an item's own text as the rules read it (not the kind model's guess of a subtype)."""
    return document["doc_type"] == "reply" or document["doc_subtype"] == "proposal_text" and not any(
        warning.startswith("doc_subtype_by_model") for warning in document["warnings"])


# issuer guesses the page's kind unmakes (_drop_a_guessed_issuer), each stale once a later rule names a body:
# a reply (or an item's own text) on a congress's or CPPCC's site is no work of that house, it answers or puts forward an
# item the house only publishes (point 65: an unsigned reply names no one); nor is an `other` page there (news of
# deputies or members, a liaison station's profile, a town's activity), which the house only carries (docs/labelling.md:
# a story about members or deputies is nobody's news); the ministry an item's own text asks to act (建议国家发展改革委…,
# 呼吁教育部…) is its addressee, not its author
_SITE_S_HOUSE_ANSWERING = "issuer_null:reply_on_a_house_s_site"
_SITE_S_HOUSE_CARRYING = "issuer_null:other_page_on_a_house_s_site"
_MINISTRY_ADDRESSED = "issuer_null:ministry_addressed_by_an_item"
_MINISTRY_IN_PASSING = "issuer_null:ministry_not_the_story_s_subject"
_SESSION_THE_FEATURE_S_EVENT = "issuer_null:session_the_feature_s_event"
_AN_ITEM_S_OWN_TEXT = "issuer_null:an_item_s_own_text"
_HOUSE_PROPOSING = re.compile(r"(?:政协|人大常委会|人大)(?:建议|提出|提交|呼吁|建言)")  # 江西省政协建议…: the house proposes
_STALE_ONCE_NAMED = ("issuer_unknown", _SITE_S_HOUSE_ANSWERING, _SITE_S_HOUSE_CARRYING, _MINISTRY_ADDRESSED, _MINISTRY_IN_PASSING,
                     _SESSION_THE_FEATURE_S_EVENT, _AN_ITEM_S_OWN_TEXT)


_NAMES_A_HOUSE = re.compile(r"(?:政协|人大|人民代表大会)(?!委员|代表)")  # not 政协委员, 人大代表: the members


def _house_of_a_session_it_only_dates(document: dict, headline: str, body_text: str) -> bool:
    """An `other` page (a feature, members at a session) whose issuer is only the house of the session its headline or
    lead has acting, under a headline that does not name the house: the session is the page's event and the members its
    actors (points 9, 73, 123: 中国人民政治协商会议巫山县第十届委员会第四次会议…召开, then the members' proposals)."""
    if not is_house_name(to_simplified(document["issuing_body"] or "")) or _NAMES_A_HOUSE.search(headline) \
            or any(warning.startswith(("issuer_from", "issuer_place")) for warning in document["warnings"]):
        return False
    opening = _SPACES.sub("", f"{headline}。{body_text[:_OPENING]}")
    return any(map(house_of_session, opening.split("。")[:2])) and not _SESSION_ADOPTS.search(body_text, 0, _OPENING * 2)


_SESSION_ADOPTS = re.compile(r"审议(?:批准|通过)|表决通过|通过了")  # the session acting on its business (point 4)


def _lead_sentence(body_text: str) -> str:
    """The text up to its first full stop, and to the next where the last line before it is a slogan
    (from:…date:… / 听民意、汇民智。从2016年开始,每年的全国两会国务院办公厅都会派出…)."""
    first, _, rest = body_text.partition("。")
    return f"{first}。{rest.split('。', 1)[0]}" if len(first.rsplit("\n", 1)[-1]) <= _SLOGAN else first


_SLOGAN = 10


def _ministry_at_the_head(ministry: str | None, head: str) -> bool:
    """A feature or a round-up (an `other` page) is a ministry's own story only where its headline or first sentence
    names the ministry (point 59: 国家林业局电话回访…; 教育部就…做出了最新回应), not one that answered a deputy's item
    further on (…她的建议得到了最高人民检察院的答复)."""
    return any(resolve_issuer(match.group()).name == ministry for match in _MINISTRIES.finditer(head))


def _drop_a_guessed_issuer(document: dict, source: str | tuple[str, ...] | None, warning: str) -> None:
    """No issuer where the one guessed from `source` (a warning of its rule, the prefixes of any rule's, or none) is no
    author of a page of this kind."""
    document["issuing_body"] = None
    if isinstance(source, tuple):
        document["warnings"][:] = [named for named in document["warnings"] if not named.startswith(source)]
    elif source:
        _without_warning(document, source)
    document["warnings"].append(warning)


_ANY_SOURCE = ("issuer_from", "issuer_place")  # the warnings of every rule that names or places an issuer


def _from_the_site_kind(document: dict) -> bool:
    """The issuer is only the house whose site carries the page (_congress_of_site): any body the text shows acting
    comes before it."""
    return "issuer_from_site_kind" in document["warnings"]


def _no_longer_from_the_site_kind(document: dict) -> None:
    _without_warning(document, "issuer_from_site_kind")


def _without_warning(document: dict, name: str) -> None:
    document["warnings"][:] = [warning for warning in document["warnings"] if warning != name]


def _first_sentences(lines: list[str]) -> list[str]:
    """The first two sentences of each line (a paragraph's, after a slogan opening: 民有所呼,我有所应。…)."""
    return [sentence for line in lines for sentence in line.split("。")[:2]]


def _town_congress_acting(document: dict, headline_and_opening: list[str]) -> None:
    """The headline's, or else the opening sentences', town congress acting (or in session), written with its county
    (_county_of_the_town: the page's, or the one the national division list gives the town to): 宝应县鲁垛镇人民代表大会,
    its presidium where that acts (points 67, 122, 124)."""
    found = [(match, line, county) for line in headline_and_opening
             if (match := _TOWN_CONGRESS.search(line) or _TOWN_SESSION.search(line))
             and (county := _county_of_the_town(document["jurisdiction"], match["town"], match["county"]))]
    if not found:
        return
    match, line, county = found[0]
    # the headline's 立新镇人大 is its presidium where the text says 立新镇人大主席团 acted
    presidium = any(other.groupdict().get("presidium") and other["town"] == match["town"] for other, _, _ in found)
    _take_town_body(document, county, match["town"] + ("人民代表大会主席团" if presidium else "人民代表大会"), line,
                    "town_congress_acting")
    if document["jurisdiction"] != county.name:  # the page placed above the town's county, or not at all (point 67)
        document.update(jurisdiction=county.name, admin_level=admin_level_of(county))
        document["warnings"].append("jurisdiction_from_town")


def _county_of_the_town(jurisdiction: str | None, town: str, printed_county: str | None) -> Place | None:
    """The county a town congress is written with (point 67): the page's own, where the national division list has the
    town there; else, for a page placed above it or not at all, the one county the list has the town in (within the
    page's prefecture or province, and the county printed before it if any: 万顷沙镇 → 南沙区 of 广州; 梁垛镇 → 东台市);
    none where the list has it in several (温泉镇 in seventeen counties)."""
    place = place_hint(jurisdiction)
    if place is not None and place.level == "county":
        return place if printed_county in (None, place.name) and _is_town_of(town, place) else None
    counties = {(province, city, county) for province, city, county in gazetteer.town_places().get(town, ())
                if printed_county in (None, county)
                and (jurisdiction is None or jurisdiction in (province, city, county))}
    if len(counties) != 1:
        return None
    return _county_of_the_list(*counties.pop())


def _county_of_the_list(province: str, city: str, county: str) -> Place | None:
    """The gazetteer's place of a county the national division list names with its province and city."""
    return single_place(tuple(place for place in gazetteer.lookup(county) if place.province == province
                              and place.city in (city, None)))


def _street_committee_acting(document: dict, headline_and_opening: list[str]) -> None:
    """The headline's, or else the opening sentences', street working committee of the district congress acting (安阳街道
    人大工委:精心书写…, 人大长洲街道工委组织…), on a page placed at the district the division list gives the street to, or at
    the prefecture over the one district of its own that has it: the committee written with its parent in official form
    (points 67, 69, 122); on a page placed higher or not at all, at the one district the list gives the street to."""
    for line in headline_and_opening:
        for match in _STREET_CONGRESS_COMMITTEE.finditer(line):
            found = _street_at(line, match, document["jurisdiction"]) if _COMMITTEE_ACTS.match(line, match.end()) else None
            if found:
                street, county = found
                _take_town_body(document, county, f"人大常委会{street}工委", line, "street_committee_acting")
                document.update(jurisdiction=county.name, admin_level=admin_level_of(county))
                return


# what the committee does next to its name: 组织…, 开展…, 在…指导下, 把…, or a headline's colon; not 主任 (its director
# chairing), 供图 (a photo's credit), 了解到 (a reporter's source) or 向城区提交 (a deputy's channel)
_COMMITTEE_ACTS = re.compile(r"组织|开展|召开|举行|举办|把|将|在|联合|深入|坚持|积极|创新|围绕|持续|扎实|认真|始终|聚焦|[:：]")


def _street_at(line: str, match: re.Match, jurisdiction: str | None) -> tuple[str, Place] | None:
    """The street a committee's name prints (the longest name ending there: 昨日安阳街道 → 安阳街道) and its district: the
    page's own, or the one district the division list gives it to within the page's place (_county_of_the_town)."""
    start, end = match.span("street" if match["street"] else "printed_first")
    for length in range(min(end - start, 7), 2, -1):
        street = line[end - length:end]
        county = _county_of_the_town(jurisdiction, street, None)
        if county:
            return street, county
    return None


# a town's or a street's own body, named without its county: 篾厂乡人民政府, 金锁关镇人民政府, 龙华街道办事处
_TOWN_BODY_NAME = re.compile(r"(?P<town>[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))(?:人民政府|办事处|人民代表大会|人大主席团)")
# a street's congress working committee, the district standing committee's organ there (人大长洲街道工委,
# 东晓街道人大工委); 街道工委 alone is the party's
_STREET_CONGRESS_COMMITTEE = re.compile(r"人大(?P<street>[\u4e00-\u9fff]{1,6}?街道)工委"
                                        r"|(?P<printed_first>[\u4e00-\u9fff]{1,6}?街道)人大工委")


def _town_of_body(name: str) -> tuple[str, str] | None:
    """(town, the body's name to write after its county) for a town's or street's body; a street's congress
    working committee is written with its parent in official form in front (point 69: 人大常委会长洲街道工委)."""
    committee = _STREET_CONGRESS_COMMITTEE.fullmatch(name)
    if committee:
        street = committee["street"] or committee["printed_first"]
        return street, f"人大常委会{street}工委"
    town_body = _TOWN_BODY_NAME.fullmatch(name)
    return (town_body["town"], name) if town_body else None


def _town_body_at_its_county(document: dict, name: str, line: str | None) -> None:
    """A town's body the page names (signing 篾厂乡人民政府; 来源:金锁关镇人民政府), on a page placed at a county that
    the national division list gives the town to: the body with its county in front (points 67, 122). A town
    of another county, or of several, names nothing."""
    _town_body_at(document, place_hint(document["jurisdiction"]), name, line)


def _town_body_at(document: dict, place: Place | None, name: str, line: str | None) -> bool:
    """The town's body taken at the county, when the division list gives that county the town; whether it was."""
    town, body = cast(tuple[str, str], _town_of_body(name))
    if place is None or place.level != "county" or not _is_town_of(town, place):
        return False
    _take_town_body(document, place, body, line, "town_body_at_its_county")
    return True


def _is_town_of(town: str, county: Place) -> bool:
    """The national division list has the town or street in that county."""
    return any((province, name) == (county.province, county.name) for province, _, name in gazetteer.town_places().get(town, ()))


def _take_town_body(document: dict, county: Place, body: str, line: str | None, source: str) -> None:
    """The town's body, written with its county in front (point 67)."""
    document["issuing_body"] = full_name_at(county, body)
    document["evidence"]["issuing_body"] = line
    _no_longer_from_the_site_kind(document)
    document["warnings"].append(f"issuer_from_text:{source}")


def _figures_and_items(document: dict, layout, body_text: str) -> None:
    signed = document["signed_date"]
    title = without_doc_number(nfkc(to_simplified(document["title"]))) if document["title"] else None  # rules read simplified text
    found = figures_module.extract_figures(title, body_text, signed)
    figures_module.drop_unless_the_houses_items(title, body_text, found)
    kinds = [key for key in _KIND_OF_COUNT if found.counts[key] is not None]
    document.update(counts=found.counts, counts_by_level=found.counts_by_level, rates=found.rates,
                    rate_notes=found.rate_notes, outcomes=found.outcomes, handling_year=found.handling_year,
                    breakdown=found.breakdown, flags=found.flags,
                    topics=find_topics(body_text, title),
                    mentioned_items=extract_items(body_text.split("\n"),
                                                  _KIND_OF_COUNT[kinds[0]] if len(kinds) == 1 else None))
    document["evidence"].update(found.evidence)
    document["warnings"].extend(found.warnings)
    has_counts = any(value is not None for value in found.counts.values())
    # the subheading and a column's tag say what the page is
    headline = f"{layout.banner or ''}{title}{layout.subtitle or ''}" if title else title
    rules_kind = classify(headline, body_text, has_counts or bool(found.breakdown))
    kind = second_opinion(rules_kind.doc_type, rules_kind.doc_subtype, headline, body_text)
    if kind.warning:  # doc_type_by_model:…;doc_subtype_by_model:…
        document["warnings"].extend(kind.warning.split(";"))
    document.update(doc_type=kind.doc_type, doc_subtype=kind.doc_subtype)
    has_figures = has_counts or found.breakdown or found.flags or any(
        value is not None for value in (*found.rates.values(), *found.outcomes.values()))
    if kind.doc_type != "summary" and has_figures:
        _drop_figures(document, f"figures_not_handling_results:{kind.doc_type}")  # outcomes too (采纳52件 at a 交办会)
    elif rules_kind.doc_type != "summary" and has_figures:  # a summary by the kind model alone: no result statement read
        _drop_figures(document, f"figures_withheld:summary_by_model_over_{rules_kind.doc_type}")
    elif has_figures:
        _unless_an_account(document, title, body_text)


# the kind model's probability of a summary under which a page partly about something else is no account
_DOUBTED_SUMMARY = 0.4


def _unless_an_account(document: dict, title: str | None, body_text: str) -> None:
    """No figures on a page mostly about something else, nor on one partly about something else that the kind
    model, trained on the dev labels, doubts is an account (a summary with a probability under 0.4). Two weak
    signs together: out of fold, on the dev pages labelled after cb66d50, the second took 5 more wrong or
    spurious figures of cb66d50's code (all 5 still made by a639775's) and 1 right figure (73a44cde1395)."""
    share = figures_module.share_about_the_items(body_text)
    if share < figures_module.MOSTLY_ABOUT_SOMETHING_ELSE:
        _drop_figures(document, f"figures_of_a_page_about_something_else:{share:.2f}")
    elif share < figures_module.PARTLY_ABOUT_SOMETHING_ELSE:
        summary = summary_probability(title, body_text)
        if summary is not None and summary < _DOUBTED_SUMMARY:
            _drop_figures(document, f"figures_of_a_doubted_account:{share:.2f}:{summary:.2f}")


_FIGURE_EVIDENCE = ("counts", "rates", "outcomes")


def _drop_figures(document: dict, warning: str) -> None:
    """No counts, rates or outcomes (in a reply, a notice or another page they are never handling results),
    with a warning saying why."""
    fresh = empty_document()
    document.update(counts=fresh["counts"], counts_by_level=None, rates=fresh["rates"], rate_notes={},
                    outcomes=fresh["outcomes"], breakdown=[], flags=[])
    document["evidence"] = {key: value for key, value in document["evidence"].items()
                            if not key.startswith(_FIGURE_EVIDENCE)}
    document["warnings"].append(warning)


def _warnings(document: dict, body_text: str) -> None:
    if not body_text:
        document["warnings"].append("no_body")
    if document["title"] is None:
        document["warnings"].append("title_missing")
    if len(body_text) < _SHORT_BODY and document["attachments"]:
        document["warnings"].append("content_in_attachment")
    named = document["issuing_body"] is not None  # a later rule named the body the first ones could not
    document["warnings"] = [warning for warning in dict.fromkeys(document["warnings"])
                            if not (named and warning in _STALE_ONCE_NAMED)]


def content_fingerprint(document: dict) -> str:
    """sha256 of what a reader would call the document: title, text and key metadata.

    Chrome (counters, 已阅 0) is already stripped from `text`, so re-fetches of an unchanged page
    give the same fingerprint.
    """
    keys = ("title", "text", "index_number", "issuing_body", "publish_date", "doc_number")
    payload = json.dumps({key: document.get(key) for key in keys}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
