"""The handling year of a document (docs/labelling.md): the year a title or the text states, a
session's year when the page dates it (never a term's calendar), 今年/去年 resolved by the page's dates,
else the dates themselves; null with a reason in warnings when no year can be read."""

import re
from typing import cast

from normalize import figures as figures_module
from normalize.doctype import before_submission, counts_the_items
from normalize.metadata import parse_date
from normalize.numerals import to_int
from normalize.text import nfkc, to_simplified, without_pinyin_glosses

OPENING = 160  # how much of a text's start says what it is about (document.py reads the same)
# ——2017年1月11日在…会议上, (2018年1月27日…会议通过): the date a report was delivered or adopted on
# (在2016年10月11日政协…会议上), (…主席会议审议通过): the place word before the date, the adoption reviewed
DELIVERED_ON = re.compile(r"^[(（]?(?:——|—|-)?\s*在?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*"
                          r"(?:在?[^()（）]{2,60}(?:会议|大会)上|[^()（）]{2,60}(?:会议|大会)(?:审议)?通过)?[)）]?$")


# 20251月,市八届人大六次会议以来: a page whose 年 was lost between a year and its month (2025年1月)
_GLUED_YEAR_MONTH = re.compile(r"(?<![\d.])((?:19|20)\d{2})(1[0-2]|[1-9])月")
_GLUED_DIGITS = re.compile(r"[12]\d{4,5}月")
_BEFORE_ITEMS = re.compile(r"征集[^。,,]{0,40}?(?:建议|提案)|(?:建议|提案)[^。,,]{0,6}?(?:线索|素材|准备工作)")
_ABOUT_ITEMS = re.compile(r"建议|提案|议案|建議|議案|两案|兩案")  # 两案: suggestions and proposals together
# the houses' items, not anyone's 意见建议 (市民意见建议, 代表委员…提出了意见和建议 at a bureau's forum)
_HOUSES_ITEMS = re.compile(r"提案|议案|議案|两案|兩案|(?:代表|人大|代表们|人大代表)(?:所提|提出的?)?建议|建议提案|議提案|议提案"
                           r"|关于[^。,,]{2,40}?的建议")  # a suggestion's own heading
_NEWS_OF_THE_WORK = ("meeting_news", "inspection_news")  # a meeting's or a visit's headline need not name the items


def _glued_digits(text: str) -> bool:
    """_GLUED_DIGITS.search(text), tried only before each 月 (every match ends in one): str.find skips the text
    between far faster than re's scan for 1 and 2."""
    month = text.find("月")
    while month != -1:
        if _GLUED_DIGITS.search(text, max(0, month - 6), month + 1):
            return True
        month = text.find("月", month + 1)
    return False


def fallback_year(document: dict, body_text: str, header: str = "", effective_date: str | None = None,
                   delivered: str | None = None, signed_month: str | None = None, written: str | None = None) -> None:
    """An `other` page on the houses' items before they exist (a call for proposal leads, point 103) takes its year
    as a notice does (point 108); see _fallback_year."""
    if not (document["doc_type"] == "other" and _before_the_items(document, body_text)):
        _fallback_year(document, body_text, header, effective_date, delivered, signed_month, written)
        return
    document["doc_type"] = "notice"
    try:
        _fallback_year(document, body_text, header, effective_date, delivered, signed_month, written)
    finally:
        document["doc_type"] = "other"


def _before_the_items(document: dict, body_text: str) -> bool:
    """A call for items or the items a party or a delegation is to submit (民革中央拟向全国政协会议提交38件提案: points 103,
    131)."""
    opening = to_simplified(f"{document['title'] or ''}。{body_text[:300]}")
    return bool(_BEFORE_ITEMS.search(opening) or before_submission(opening)
                or "issuer_from_text:party_submitting" in document["warnings"])


def _fallback_year(document: dict, body_text: str, header: str = "", effective_date: str | None = None,
                   delivered: str | None = None, signed_month: str | None = None, written: str | None = None) -> None:
    """Every document about items gets a handling year or a reason (docs/labelling.md). Replies
    and notices: the year their title states, else the session's year as their dated letter,
    the publish date or the address dates it (a 交办会 that reviews last year's figures is about
    this year's items: 今年 beside the items makes the date decide); summaries: the first year
    named beside the items, else the dates (one naming a session without its year: settled point 28,
    see _year_of_a_session_account); last, the first full date of the text's opening (2017年9月12日
    上午,…; 务必于2021年6月30日之前…). A 生效日期 is no publication date, but on a page without one it
    dates the document."""
    if _glued_digits(body_text):  # a cheap look before the repair (the lookbehind scans slowly)
        body_text = _GLUED_YEAR_MONTH.sub(r"\1年\2月", body_text)
    title = document["title"] or ""
    read_title = nfkc(to_simplified(title)) if document["script"] == "traditional" else title  # as the rules read it
    from_title = bool(title) and document["evidence"].get("handling_year") in (title, read_title)
    if document["doc_type"] in ("reply", "notice") and not from_title:
        _drop_year(document)
    account = _SPACES.sub("", without_pinyin_glosses(f"{read_title}。{body_text[:300]}"))
    if (_may_be_a_term_account(document) and not from_title  # a notice hands one session's items over
            and figures_module.is_term_account(read_title, body_text)):  # 五年来…共征集提案3127件: no one year's items
        _drop_year(document, "term_account")
        return
    if document["doc_type"] == "summary" and not from_title and _several_years_counted(document, body_text):
        _drop_year(document, "several_years_account")
        return
    if document["handling_year"] is not None:
        return
    title = document["title"] if document["title"] and len(document["title"]) > _BARE_TITLE else None
    # a bare title (通知公告) leaves the body to say; so does one without the items' words when the
    # text opens by counting items (运城市人民代表大会常务委员会公告: …提出议案4件、建议…) or a
    # meeting's or a visit's headline (市政协召开十届三次常委会, 市人大常委会开展主任接待代表日活动) when
    # it is on them; a summary, a reply (农业农村部答复:通过提高农业现代化水平…, a news headline) or a notice (the kind
    # is news of the items' handling: 民进恩阳支部会员“两会”履职建言…, a session's close adopting the review report) is on
    # them whatever its opening (a session's news that comes to the items later)
    opening = body_text[:200]
    named = _ABOUT_ITEMS.search(title or opening) and (document["doc_type"] != "other"
                                                        or _HOUSES_ITEMS.search(f"{title}。{opening}"))
    about = document["doc_type"] in ("summary", "reply", "notice") or named or counts_the_items(opening)
    if not about:  # the houses' other business is about its own year; another subject has none
        if _year_of_annual_report(document, read_title, body_text):  # …厅2023年度政府信息公开工作报告
            return
        if _HOUSES_BUSINESS.search(f"{read_title}。{body_text[:_LEAD]}") \
                and _year_of_the_page(document, _BOOK_TITLE.sub("《》", body_text[:OPENING * 2]), read_title):
            return
        if document["doc_subtype"] != "proposal_text":  # an item's own text is about it: point 108's order dates it
            document["warnings"].append("handling_year_unknown:not_about_suggestions_or_proposals")
            return
    relative = (_year_said_relatively(document, body_text[:OPENING], body_text, effective_date)
                if document["doc_type"] == "summary" else None)
    if relative == _CONTRADICTED:
        document["warnings"].append("handling_year_unknown:date_before_the_results")
        return
    if relative:
        document["handling_year"] = relative
        document["warnings"].append("handling_year_from:relative_year_and_date")
        return
    notice = document["doc_type"] == "notice"
    this_year = notice and _THIS_YEARS_ITEMS.search(body_text)
    stated = _BOOK_TITLE.sub("《》", body_text)  # 《教育部2025年建议提案选题参考》: a document's name, not the text's year
    dated = document["doc_type"] in ("summary", "notice") and _year_of_the_session(read_title, stated, notice)
    if dated:
        document["handling_year"] = dated
        document["warnings"].append("handling_year_from:session_dated_in_text")
        return
    planned = notice and _year_planned_after_its_account(stated)
    if planned:
        _set_year(document, planned, "year_planned")
        return
    text_year = None if document["doc_type"] == "reply" or this_year else (
        _year_beside_items(stated, _own_year(document, delivered) if document["doc_type"] == "summary" else None)
        or (_year_of_assignment(stated) if notice else _YEAR_OPENING_THE_COUNT.search(stated))
        or notice and document["doc_subtype"] not in _NEWS_OF_THE_WORK and _YEAR_OPENING_THE_COUNT.search(stated)
        or document["doc_type"] == "summary" and (_YEAR_OPENING_THE_ACCOUNT.search(stated[:OPENING])
                                                  or _THE_YEAR_NAMED.search(stated[:OPENING])
                                                  or _YEAR_OF_A_COUNT.search(stated))
        or notice and (_YEAR_OF_THE_MEETING.search(stated) or _YEAR_OF_THE_SESSIONS.search(stated)))
    if text_year is None and this_year:  # 召开2023年…交办会: the meeting's own year is 今年's
        text_year = _YEAR_OF_THE_MEETING.search(stated)
    session_year = text_year and notice and _year_of_the_session_news(document, int(text_year.group(1)), account)
    if session_year:
        _set_year(document, session_year, "session_news_date")
        return
    if text_year:
        document["handling_year"] = int(text_year.group(1))
        document["warnings"].append("handling_year_from:text")
        return
    if _year_of_annual_report(document, read_title, body_text):  # …交通运输局2021年政府信息公开工作年度报告's section
        return
    further = _SPACES.sub("", without_pinyin_glosses(body_text[:_SESSIONS_READ]))
    since_session = bool(_SINCE_SESSION.search(account))
    session_account = document["doc_type"] == "summary" and _names_undated_session(f"{read_title}。{further}")
    cutoff = _ITEMS_CUTOFF.search(stated) if document["doc_type"] == "summary" else None
    if cutoff:  # 截至2020年11月,提案已全部办复
        year = (_year_of_a_session_account(_month_of(cutoff.group()), f"{read_title}。{further}", since_session, stated,
                                           page_date=False)
                if session_account
                else figures_module.year_of_cutoff(cutoff.group()))
        _set_year(document, year, "cutoff_date")
        return
    if document["doc_type"] == "summary" and _MASKED_YEAR.search(body_text[:_SESSIONS_READ]):
        document["warnings"].append("handling_year_unknown:masked_year")  # a template's xxxx年: no date says it
        return
    opened = notice and _YEAR_OPENING_THE_TEXT.match(body_text)
    if opened and not this_year:  # 2004年,市五届人大二次会议秘书处将…建议…交: the event's year, on a page posted later
        _set_year(document, int(opened.group(1)), "text")
        return
    for reason, find in _dates(document, header, body_text, effective_date, delivered, signed_month, written):
        date = find()  # the later ones read the whole text: only when the earlier are missing
        if date and session_account and _session_undated_by(reason, further):
            document["warnings"].append("handling_year_unknown:session_without_year")
            return
        if date and notice and reason in _LATER_DATES:
            date, reason = _completed_lead_date(body_text, date, reason != "opening_date") or (date, reason)
        if date:
            _set_year(document, _year_of_a_session_account(date, f"{read_title}。{further}", since_session, stated)
                      if session_account else _year_of_date(date, document["doc_type"],
                                                            since_session or _reports_the_year_before(further)), reason)
            return
    opening_year = document["doc_type"] == "summary" and _YEAR_OPENING_A_SENTENCE.search(further)
    if opening_year:  # undated: 2016年,围绕食盐加碘…, the year the account's work is told in
        _set_year(document, int(opening_year.group(1)), "text")
        return
    handed_over = this_year and _year_handed_over(stated)
    if handed_over:  # no date says which year 今年 is: the year whose items the meeting hands over
        document["handling_year"] = handed_over
        document["warnings"].append("handling_year_from:items_handed_over")
        return
    undated = notice and (_YEAR_OPENING_THE_ACCOUNT.search(stated) or _year_beside_items(stated))
    if undated and not _RESULTS_STATED.search(stated, undated.start(), _sentence_end(stated, undated.start())):
        # 2022年,县卫健局共承办…提案4件 in a meeting's news that prints no date: the year of the items it is on (not a
        # year whose results it looks back on: 2020年,…交县政府办理的建议提案共300件,已全部办结); with 今年 beside the items
        # too, no date having said which year that is (安排部署2022年重点提案办理工作…今年的重点提案)
        _set_year(document, int(undated.group(1)), "text_of_an_undated_notice")
        return
    index_year = document["doc_type"] != "summary" and (document["index_parts"] or {}).get("year")
    if index_year:  # point 127: the year the body's catalogue entered the page, when nothing printed dates it
        _set_year(document, index_year, "index_number")
        return
    commended = notice and _year_after_the_items_commended(read_title, stated)
    if commended:
        _set_year(document, commended, "items_commended_the_year_before")
        return
    document["warnings"].append("handling_year_unknown")


def _year_of_annual_report(document: dict, title: str, body_text: str) -> bool:
    """A body's yearly report on its work (…2023年度政府信息公开工作报告) counting the items among that work, or a page
    of it that is its section on the items, is of the report's year (point 89): set it, when the title is one."""
    report = _ANNUAL_REPORT.search(title)
    if report is None or not _HOUSES_ITEMS.search(body_text):
        return False
    _set_year(document, int(report.group(1)), "annual_report_title")
    return True


def _dates(document: dict, header: str, body_text: str, effective_date: str | None, delivered: str | None,
           signed_month: str | None = None, written: str | None = None) -> tuple:
    """(reason, finder) pairs for the dates that may date a document, best first: its letter's date (or its month,
    福建省公安厅 / 2021年4月, printed without a day: 41e3ef1ecaeb), its 成文日期 (`written`, none when later than its
    publication), its delivery, its publication, a 生效日期, a
    letter's number (〔2013〕59号; a reply's own, on a line of its own, before a repost's date: 人社建字〔2019〕196号),
    an item's number (建议第20232061号), its address, an address it prints, the first date in its opening (in a
    notice, before the address)."""
    opening = body_text[:OPENING * 2]
    numbered = _own_letter_number_year(f"{document['doc_number'] or ''} {header} {opening}")
    own_number = _OWN_LETTER_NUMBER.search(f"{document['doc_number'] or ''}\n{header}\n{opening}")
    own_letter_number = ((("letter_number", lambda: own_number and own_number.group(1)),)
                         if document["doc_type"] == "reply" else ())
    # a meeting's date in its news' lead (2020年12月31日,省政协教育科技委员会召开…) is printed, the address is not
    printed_before_address = ((("opening_date", lambda: parse_date(opening)),)
                              if document["doc_type"] == "notice" else ())
    return (("letter_date", lambda: document["signed_date"]), ("letter_month", lambda: signed_month),
            ("written_date", lambda: written), ("delivery_date", lambda: delivered),
            *own_letter_number,
            ("publish_date", lambda: _own_publish_date(document)), ("effective_date", lambda: effective_date),
            ("letter_number", lambda: numbered and numbered.group(1)),
            ("item_number", lambda: _item_numbers_year(f"{document['title'] or ''}\n{opening}")
             if document["doc_type"] != "summary" else None),
            ("assignment_date", lambda: _assignment_year(f"{header}\n{body_text[:_RECORD_FIELDS]}")),
            *printed_before_address,
            ("address", lambda: _address_date(document["url"])),
            ("printed_address", lambda: _printed_address_date(f"{header}\n{body_text}")),
            ("opening_date", lambda: parse_date(opening)))


# an item's record (朝天 提案管理系统: 审查结果:已立案 / 交办时间:2021年4月21日 | 是否重点:否): the date it was handed to
# its bureau, in the session's year; below the item's own text, which the record prints first
_ASSIGNED_ON = re.compile(r"交办(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[年\-/.]")
_RECORD_FIELDS = 3000


def _assignment_year(text: str) -> str | None:
    assigned = _ASSIGNED_ON.search(text)
    return assigned.group(1) if assigned else None


def _item_numbers_year(text: str) -> str | None:
    """The year the text's item numbers open with; none where two of them open with different years (point 133)."""
    years = {match.group(1) for match in _ITEM_NUMBER_YEAR.finditer(text)}
    return years.pop() if len(years) == 1 else None


def _own_letter_number_year(text: str) -> re.Match | None:
    """The first letter number (安文广函〔2013〕59号) that is not a paper the letter cites (f3fe415650c0: the answer
    quotes 《…》(自然资发〔2019〕194号), its own year being 2023)."""
    return next((match for match in _LETTER_NUMBER_YEAR.finditer(text)
                 if not _CITED_PAPER.search(text, max(0, match.start() - 30), match.start())
                 and not _PAPER_NAMED_AFTER.match(text, match.end())), None)


def _completed_lead_date(body_text: str, date: str, later: bool = True) -> tuple[str, str] | None:
    """A news lead dated by day and month only (12月23日,闵行区政协召开…; 11月13日下午,市政协视察组…) happened in
    the latest year before the page's other date (a printed one, one in the text, the address's 2018-02):
    2025-12-23 beside 2026-01-12, 2017-11-13 beside 2018-02, 2017-04-28 beside 2018-01-21 (point 120); None when that
    is the other date's year (3月13日 beside 2015-03-07: within a month after it). A date the text opens with (not
    later: an earlier event's, 2025年1月21日召开的…) completes it to the year nearest it."""
    lead = _YEARLESS_LEAD_DATE.search(body_text[:_LEAD_DATE_WITHIN])
    if lead is None or len(date) < 7:
        return None
    month, day = int(lead.group(1)), int(lead.group(2))
    own = int(date[:4])
    other = _days(own, int(date[5:7]), int(date[8:10] or 15))
    if later:  # the latest year before the later date (point 120: 4月28日 under 2018-01-21 is 2017-04-28), a few days
        # after it still its own year (3月13日 beside 2015-03-07: a notice of a coming meeting, or an address made early)
        year = own - 1 if _days(own, month, day) - other > _DAYS_AFTER_THE_LATER_DATE else own
    else:  # a date the text opens with (2025年1月21日召开的…) may be before the lead's: the year nearest it
        year = min((own + shift for shift in (-1, 0, 1)), key=lambda candidate: abs(_days(candidate, month, day) - other))
    return (f"{year}-{month:02d}-{day:02d}", "lead_date_completed") if year != own else None


def _days(year: int, month: int, day: int) -> int:
    """A rough day count, enough to say which of three years puts a date nearest another."""
    return year * 372 + month * 31 + day


_LATER_DATES = ("publish_date", "opening_date", "address", "printed_address")
_DAYS_AFTER_THE_LATER_DATE = 31
_LEAD_DATE_WITHIN = 40
_YEARLESS_LEAD_DATE = re.compile(r"(?<![年\d])(1[0-2]|[1-9])月([12]\d|3[01]|[1-9])日")


def _own_publish_date(document: dict) -> str | None:
    """The printed publish date, unless it is half a year or more after the date in the page's address (an
    address is given when a page is made: a later printed date is an archive's upload or a re-stamp, settled
    point 70: 发布消息日期:2020-01-17 under …/20190117/…)."""
    date, address = document["publish_date"], _address_date(document["url"])
    if not date or not address or len(address) < 7:
        return date
    return None if _months(date) - _months(address) >= _RESTAMPED else date


def _page_date(document: dict, effective_date: str | None = None) -> str | None:
    """The page's own date: its letter's, else its printed publish date, the 生效日期, its address's."""
    return document["signed_date"] or _own_publish_date(document) or effective_date or _address_date(document["url"])


def _months(date: str) -> int:
    return int(date[:4]) * 12 + int(date[5:7])


_RESTAMPED = 6  # months between an address's date and a printed one that the making of a page does not explain


# an account's first count, of several years short of a term (六年来…共提交提案2933件; 2021年和2022年,该局共承办政协提案35件;
# 2018年以来,省检察院共办理代表建议83件 on a page of a later year), said in its sentence or earlier in its paragraph: no one
# year's items (settled points 8, 62)
_SEVERAL_YEARS = re.compile(r"(?<![一\d])[两三四六七八九十2-46-9]年(?:来|以来|间)|((?:19|20)\d\d)年以来|"
                            r"(?:19|20)\d\d年?(?:和|与|、|至|到|—|－|-|~)(?:19|20)\d\d年")
_FIRST_COUNT_READ = 1200


def _several_years_counted(document: dict, body_text: str) -> bool:
    """The text's first count is of several years (see _SEVERAL_YEARS), and its sentence names no other year."""
    text = _SPACES_IN_A_LINE.sub(" ", without_pinyin_glosses(to_simplified(body_text[:_FIRST_COUNT_READ])))
    for paragraph in text.split("\n"):
        before = ""
        for sentence in figures_module.sentences(paragraph):
            before += sentence
            if figures_module.counts_something(sentence):
                return _of_several_years(document, before, sentence)
    return False


def _of_several_years(document: dict, paragraph: str, sentence: str) -> bool:
    """Said before the count's figure (not 解决率为近三年来最高 after it); a year since (2020年以来) is several only
    before the year the page's date reports on (one dated in January or February reports the year before)."""
    figure = _COUNT_FIGURE.search(sentence)
    match = _SEVERAL_YEARS.search(paragraph, 0, len(paragraph) - len(sentence) + (figure.start() if figure else 0))
    if not match or _ANY_YEAR.search(_SEVERAL_YEARS.sub("", sentence)):
        return False
    if not match.group(1):
        return True
    date = _page_date(document) or ""
    return len(date) >= 7 and int(match.group(1)) < _year_of_date(date, "summary")


_COUNT_FIGURE = re.compile(r"\d+余?件")
_SPACES_IN_A_LINE = re.compile(r"[^\S\n][^\S\n]*")  # (the line breaks kept: they end the paragraphs)


def _may_be_a_term_account(document: dict) -> bool:
    """Not a reply, a handover or a meeting's news: a summary, or news relaying a term's report at a session
    (十二届漳州市政协期间共收到提案1654件, kinds `notice` / `other`)."""
    return document["doc_type"] not in ("reply", "notice") or document["doc_subtype"] == "other"


def _year_planned_after_its_account(text: str) -> int | None:
    """A meeting that sums up one year's items and sets out the next's (总结了2018年建议提案办理工作,安排部署了
    2019年相关工作; 介绍了…2021年建议提案办理工作情况,并解读了2022年…计划; the plan's verb after its year:
    总结了2018年议提案办理工作,对2019年议提案办理工作进行了安排部署) is about the next year's items."""
    for pattern in (_ACCOUNT_THEN_PLAN, _ACCOUNT_THEN_YEAR_PLANNED):
        for match in pattern.finditer(text):
            if int(match.group(2)) == int(match.group(1)) + 1:
                return int(match.group(2))
    this_year = _ACCOUNT_THEN_THIS_YEAR.search(text)
    if this_year:
        return int(this_year.group(1)) + 1
    for match in _WORK_OF_THE_YEAR_REQUIRED.finditer(text):
        if f"{int(match.group(1)) - 1}年" in text[:match.start()]:
            return int(match.group(1))
    return None


_ACCOUNT_THEN_PLAN = re.compile(r"((?:19|20)\d{2})年(?:度)?[^。;;\d]{0,16}?(?:建议|提案|议案)[^。;;\d]{0,16}?[,,、]?"
                                r"[^。;;\d]{0,4}?(?:安排|部署|解读|计划|谋划|启动)[^。;;\d]{0,4}?((?:19|20)\d{2})年")
_ACCOUNT_THEN_YEAR_PLANNED = re.compile(r"((?:19|20)\d{2})年(?:度)?[^。;;\d]{0,16}?(?:建议|提案|议案)[^。;;\d]{0,16}?[,,、]"
                                        r"[^。;;\d]{0,4}?((?:19|20)\d{2})年(?:度)?[^。;;\d]{0,16}?(?:建议|提案|议案)"
                                        r"[^。;;\d]{0,12}?(?:安排|部署|谋划)")
# 会议总结了2018年建议办理情况,…并安排部署了今年办理工作: this year's are the next year's items
_ACCOUNT_THEN_THIS_YEAR = re.compile(r"(?:总结|回顾)了?((?:19|20)\d{2})年(?:度)?[^。;;\d]{0,12}?(?:建议|提案|议案)[^。;;\d]{0,60}?"
                                     r"(?:安排|部署)了?(?:今年|本年度)")
# (充分肯定了2015年度建议提案办理工作…) 对2016年建议提案办理工作提出了三点要求: the year whose work the meeting sets out
_WORK_OF_THE_YEAR_REQUIRED = re.compile(r"((?:19|20)\d{2})年(?:度)?[^。;;\d]{0,12}?(?:建议|提案|议案)[^。;;\d]{0,6}?工作"
                                        r"[^。;;\d]{0,6}?(?:提出|作出)[^。;;\d]{0,6}?(?:要求|部署|安排)")


def _year_handed_over(text: str) -> int | None:
    """The year of the items a meeting hands over, pushes or reviews (通报了2017年区政协提案交办、督办…;
    就2025年度政协提案办理工作进行“回头看”), or the year after the one it sums up while handing over
    (总结2017年建议、提案办理工作,将…交办 → 2018)."""
    handed = _YEAR_HANDED_OVER.search(text)
    if handed:
        return int(handed.group(1) or handed.group(2))
    summed = _YEAR_SUMMED_UP.search(text)
    return int(summed.group(1)) + 1 if summed and "交办" in text else None


_YEAR_HANDED_OVER = re.compile(r"((?:19|20)\d{2})年(?:度)?[^。,,;\d]{0,8}?(?:建议|提案|议案)[、和]?(?:交办|督办)"
                               r"|(?:就|对)((?:19|20)\d{2})年(?:度)?[^。,,;\d]{0,8}?(?:建议|提案|议案)办理工作进行")
_YEAR_SUMMED_UP = re.compile(r"总结((?:19|20)\d{2})年(?:度)?[^。,,;\d]{0,12}?(?:建议|提案|议案)")


def _drop_year(document: dict, reason: str | None = None) -> None:
    """The year read so far (from the figures) is not the document's; with a reason, no other is sought."""
    document["handling_year"] = None
    document["evidence"].pop("handling_year", None)
    if reason:
        document["warnings"].append(f"handling_year_unknown:{reason}")


def _set_year(document: dict, year: int | None, reason: str) -> None:
    if year is None:  # settled point 28: the account is of the year before its date, which it does not say
        document["warnings"].append("handling_year_unknown:session_account_of_the_year_before")
        return
    document["handling_year"] = year
    document["warnings"].append(f"handling_year_from:{reason}")


def _month_of(cutoff: str) -> str:
    """截至2015年1月31日 → 2015-01; 截至2025年底 → 2025-12."""
    stated = figures_module.cutoff_of(cutoff)
    assert stated is not None  # an _ITEMS_CUTOFF match, which opens as _CUTOFF does
    year, month = stated
    return f"{year}-{month:02d}"


def _names_undated_session(text: str) -> bool:
    """Names a session (市十五届人大二次会议), not a standing committee's meeting."""
    return any(not _STANDING.search(match.group()) for match in figures_module.SESSION.finditer(text))


def _year_of_a_session_account(date: str, text: str, since_session: bool, printed: str,
                               page_date: bool = True) -> int | None:
    """A summary naming a session without its year (settled point 28) is of the year its page is dated
    in, unless it is dated early in a year, at the next sessions (…会议以来 into April; an account given
    at a later session of the term, in the first half of a year, whatever its month): then it is of
    the year before when it says it reports 去年 or 过去一年 or prints that year (截至2025年底), and null
    otherwise, its date's year being contradicted by the account and no other year read off the page."""
    year, month = int(date[:4]), date[5:7]
    at_the_next_session = page_date and month and month <= "06" and (_reported_at_a_later_session(text)
                                                                      or _STANDING_REPORT.search(text))
    if not at_the_next_session and (not month or month > ("04" if since_session else "03")):
        return year
    looks_back = _REPORTS_LAST_YEAR.search(text) or at_the_next_session and _PAST_YEAR_AT_A_SESSION.search(text)
    return year - 1 if looks_back or f"{year - 1}年" in printed else None


def _reported_at_a_later_session(text: str) -> bool:
    """An account since one session given at a later one of its term (向政协十三届三次会议报告政协十三届二次
    会议以来的提案工作情况, held in May 2020)."""
    sessions = [(match.groups(), text.startswith("以来", match.end()))
                for match in figures_module.SESSION.finditer(text) if not _STANDING.search(match.group())]
    since = {(term, to_int(number)) for (term, number), spans in sessions if spans}
    return any(term == since_term and (to_int(number) or 0) > (since_number or 99)
               for (term, number), _ in sessions for since_term, since_number in since)


# 省政协常委会关于提案工作情况的报告, 向大会报告…提案工作情况: the standing committee's report to the next session
_STANDING_REPORT = re.compile(r"(?:常委会|常务委员会)关于[^。,,]{0,20}?提案工作情况的报告|向大会报告[^。,,]{0,20}?提案工作")
# 过去一年,增强代表议案审议…; not a comparison (比去年的45%, 较上一年度增长)
# at the next session any account of 一年来 or 过去一年 is of the year before (settled point 77: f8ef93a30e2a)
_PAST_YEAR_AT_A_SESSION = re.compile(r"(?<![比较与同])(?:过去一年|一年来|一年以来)")
_PAST_YEAR_OF_THE_ITEMS = re.compile(r"(?<![比较与同])(?:过去一年|一年来|一年以来)[^。]*?(?:建议|提案|议案)")
_REPORTS_LAST_YEAR = re.compile(r"(?<![比较与同])(?:去年|过去一年|上一年度?|一年来|一年以来)(?!同期)[^。]{0,40}?(?:建议|提案|议案)"
                                r"|(?:过去一年|一年来|一年以来)[,,][^。]*?(?:建议|提案|议案)")


def _session_undated_by(reason: str, text: str) -> bool:
    """A summary naming a session without its year (settled point 28) takes its year from what the page
    prints, not from its address, which only resolves a relative word (今年, 一年来), dates a page that
    prints a year or news at the session itself."""
    return reason in _NO_SESSION_DATES and not (_RELATIVE_YEAR_WORDS.search(text) or _PRINTED_YEAR.search(text)
                                                 or _at_the_session(text))


def _at_the_session(text: str) -> bool:
    """News at a session (…会议在深圳会堂隆重开幕), not at its standing committee's meeting (政协云南省第十二届
    委员会常务委员会第五次会议在昆明开幕, which dates no session)."""
    return any(not _STANDING.search(text, max(0, match.start() - _STANDING_BEFORE), match.end())
               for match in _SESSION_UNDER_WAY.finditer(text))


def _year_after_the_items_commended(title: str, text: str) -> int | None:
    """Session news naming one year's best items commended at it (获评市政协2020年度优秀提案, 表彰政协2018年度优秀提案) is
    of the year after: the houses commend a year's items at the next year's session (settled point 134). Not a page on
    the commendation itself (its headline: 表彰, 评选, 优秀提案…), which point 108 gives the items' year."""
    years = {int(year) for year in _COMMENDED_ITEMS_YEAR.findall(text)}
    return years.pop() + 1 if len(years) == 1 and not _ON_THE_COMMENDATION.search(title) else None


_COMMENDED_ITEMS_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度(?:优秀|好)(?:提案|建议)")
_ON_THE_COMMENDATION = re.compile(r"(?:优秀|好)(?:提案|建议)|表彰|评选|评出")
_NO_SESSION_DATES = ("address", "printed_address")  # an address dates only a relative word (the Decisions' last resort)
# a relative word for a year (今年,…; 一年来,…), not a month's date (今年2月份,大量…视频)
_RELATIVE_YEAR_WORDS = re.compile(r"(?:今年|去年|过去一年|上一年|一年来|一年以来)(?!\d{1,2}月)")
# a year the page prints, not one in a document's name or a span (《…实施方案(2022-2025年)》)
_PRINTED_YEAR = re.compile(r"(?<![-—至《])(?<!\d)(?:19|20)\d{2}年(?![^《》]{0,40}》)")
_STANDING_BEFORE = 24
# news at the session (…会议在深圳会堂隆重开幕, 1月19日召开的州政协十三届五次会议): the page's date is the session's
_SESSION_UNDER_WAY = re.compile(r"会议[^。,,]{0,12}?开幕|召开的[^。,,]{0,24}?会议")


def _year_of_the_page(document: dict, opening: str, title: str = "") -> bool:
    """A page on the houses' business other than the items (a session opening, a work report, a
    CPPCC's visit to projects) is about the year its text opens with (2023年,市卫生健康委…; 一、2025年
    主要工作), else its event's date (白水县政协在2024年6月14日…; not a host's stamp, 2025-06-28
    15:37:41), else the date it was published or its address has, else the one year its headline names
    (2026年成都市两会日程安排确定) or its meeting is named by (召开2018年第二次主席团会议), point 108."""
    stated = _YEAR_OPENING_A_SENTENCE.search(opening) or _DATE_IN_A_SENTENCE.search(opening)
    named = {*_YEAR_IN_A_HEADLINE.findall(title or "")} or {*_MEETING_OF_A_YEAR.findall(opening)}
    found = (("text", stated and stated.group(1)),
             ("publish_date", _own_publish_date(document)), ("address", _address_date(document["url"])),
             ("year_named", named.pop() if len(named) == 1 else None))
    reason, date = next(((reason, date) for reason, date in found if date), (None, None))
    session_year = reason == "text" and _year_of_the_session_news(document, int(cast(str, date)[:4]), opening)
    if session_year:
        _set_year(document, session_year, "session_news_date")
        return True
    if date:
        looks_back = reason in ("publish_date", "address") and _tells_of_the_items_past_year(opening)
        document["handling_year"] = _year_of_date(date, document["doc_type"], looks_back) if looks_back else int(date[:4])
        document["warnings"].append(f"handling_year_from:{reason}")
    return bool(date)


def _year_of_the_session_news(document: dict, text_year: int, account: str) -> int | None:
    """News of a session opening or about to open (…会议在杭州隆重开幕; …会议将于1月11日召开) that quotes last year's
    account (2011年提案及提案办理基本情况, 2019年立案提案718件) is about the session: the page's date, of the next
    year, gives the session's year (points 46, 113)."""
    if not _at_the_session(account) and not _SESSION_TO_OPEN.search(account):
        return None
    date = _own_publish_date(document) or _address_date(document["url"])
    return int(date[:4]) if date and int(date[:4]) == text_year + 1 else None


_SESSION_TO_OPEN = re.compile(r"会议将于[^。,,]{0,16}?(?:召开|开幕)")


def _reports_the_year_before(text: str) -> bool:
    """1月11日…会议开幕。…代表…常务委员会,向大会报告工作。…说,过去一年来,…: a session's work report, on the
    year before the session (read like an account since a session). So is any account of 过去一年 or 一年来 told at
    a session or its plenary (记者从…市政协全会获悉,过去一年,…298件提案全部得到办理答复; 政协第五届河池市委员会第六次
    会议开幕…过去一年,市政协…): the sessions meet early in a year, on the year before (points 28, 77); and any
    account of 一年来 dated before May, when they meet (a paper's 2024-03-02 issue: 一年来,最高人民法院…, cfdee06ff8f1)."""
    return _work_report_on_the_past_year(text) or bool(_PAST_YEAR_AT_A_SESSION.search(text))


def _tells_of_the_items_past_year(text: str) -> bool:
    """A page on the houses' other business looks back a year only where its past year is the items' (过去一年…提案), or
    where it keeps returning to it (a review of the year), or relays the work report: not for one line of the city's
    year (回首过去一年,日照… over members registering: the session's year)."""
    return (_work_report_on_the_past_year(text) or bool(_PAST_YEAR_OF_THE_ITEMS.search(text))
            or len(_PAST_YEAR_AT_A_SESSION.findall(text)) > 1)


def _work_report_on_the_past_year(text: str) -> bool:
    return bool(_WORK_REPORT.search(text) and _PAST_YEAR.search(text))


_WORK_REPORT = re.compile(r"向大会(?:报告|作)[^。,,]{0,6}工作")
_PAST_YEAR = re.compile(r"过去一年")


# the houses' business (a session, its deputies or members) in the headline or the lead, not another
# subject (低保标准, 年检) whose text mentions the items in passing
# not 两代表一委员 (a bureau's or a street's outreach to party delegates, deputies and members: no items, point 108)
_HOUSES_BUSINESS = re.compile(r"政协|人大|人民代表大会|两会|(?<!两)代表(?!一委员)|(?<!一)委员")
# a body's yearly report on its own work (…2023年度政府信息公开工作报告, …2022年法治政府建设情况报告): its year is the
# year of whatever items it counts among that work (docs/labelling.md, point 89)
_ANNUAL_REPORT = re.compile(r"((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,16}?(?:工作)?(?:年度)?(?:情况)?(?:报告|报)")
_LEAD = 60  # a news item's lead or a notice's first line says what it is about
# a year, not a date, opening a sentence or a heading: 2023年,市卫生健康委…; 一、2025年主要工作
_YEAR_OPENING_THE_TEXT = re.compile(r"\s*((?:19|20)\d{2})年(?:\d{1,2}月(?:上旬|中旬|下旬|\d{1,2}日)?)?[,,]")
_YEAR_IN_A_HEADLINE = re.compile(r"((?:19|20)\d{2})年")
_MEETING_OF_A_YEAR = re.compile(r"((?:19|20)\d{2})年第[一二三四五六七八九十\d]{1,3}次[\u4e00-\u9fff]{0,6}?会议")
_YEAR_OPENING_A_SENTENCE = re.compile(r"(?:^|[。\n、])\s*((?:19|20)\d{2})年(?!\d{1,2}月|以来)")
_DATE_IN_A_SENTENCE = re.compile(r"[\u4e00-\u9fff]((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")
DELIVERY_LINES = 12


def delivered_on(lines: list[str]) -> str | None:
    """The date a report was delivered or adopted on, printed under its heading (——2017年1月11日在…
    会议上, (2017年1月11日)): the report's own date, whenever the page was posted."""
    return next((parse_date(match.group(1)) for line in lines if (match := DELIVERED_ON.match(line))), None)


def _year_of_the_session(title: str, text: str, notice: bool = False) -> int | None:
    """The year the text gives the session a page is about (2023年区三届人大二次会议代表提出建议135件,
    2004年,市五届人大二次会议秘书处将…建议…交…): its title's session, else the first the text names; in a
    notice the one it hands over (交办区三届人大二次会议代表提出的建议), not the first, often last year's
    it looks back on (2015年,市八届人大五次会议…交由市政府系统办理的建议提案…全部办理完毕)."""
    sessions = [match for match in figures_module.SESSION.finditer(text) if not _STANDING.search(match.group())]
    named = [match.groups() for match in figures_module.SESSION.finditer(title) if not _STANDING.search(match.group())]
    about = named[0] if named else next((match.groups() for match in sessions if not notice
                                         or _HANDING_OVER.search(text, max(0, match.start() - 6), match.start())), None)
    for match in sessions:
        year = match.groups() == about and _YEAR_BEFORE_SESSION.search(text, max(0, match.start() - _DATE_BEFORE_SESSION),
                                                                      match.start())
        if year:
            return int(year.group(1))
    return None


_HANDING_OVER = re.compile(r"交办|交付")
_STANDING = re.compile(r"常委|常务")  # 市十四届人大常委会第三十一次会议: a standing committee's meeting, not a session
_DATE_BEFORE_SESSION = 16
_YEAR_BEFORE_SESSION = re.compile(r"(?<!截至)(?<!截止)((?:19|20)\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?)?[,,]?[^\d。,,;\n年]{0,8}$")


# 1986~2005年,县人民代表大会受理代表建议732件: two decades' items; 确定了…176件2013年A类提案作为…督办的重点: a
# counted subset of another year's items inside the account (截至2014年11月,所有提案全部办复 is its year)
_NOT_A_SPAN_OR_A_SUBSET = r"(?<![~～\-—–至件])"
# (篇一) 2021 年,在市委、市政府的坚强领导下,…我局把做好人大代表建议…: the year a summary opens with
_YEAR_OPENING_THE_ACCOUNT = re.compile(_NOT_A_SPAN_OR_A_SUBSET + r"((?:19|20)\d{2})\s?年(?:度)?[,,][^。]{0,80}?(?:建议|提案|议案)")
_THE_YEAR_NAMED = re.compile(r"((?:19|20)\d{2})年?这一年")  # 在海南自贸港的2025这一年得到了充分的诠释
_SESSIONS_READ = 800  # how far a summary's text is read for the session it names
# 截至2020年11月,提案已全部办复; 所有提案全部于2014年9月底前书面答复: the date the results run to (point 77)
_ITEMS_CUTOFF = re.compile(r"(?:截至|截止)(?:19|20)\d{2}年(?:\d{1,2}月|底|末)[^。]{0,40}?(?:建议|提案|议案|办复|办结)"
                           r"|[于到](?:19|20)\d{2}年\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|以前)?[^。,,]{0,12}?(?:答复|办复|办结)")
# 2022年住房和城乡建设部共承办十三届全国人大五次会议代表建议594件: a year and a count in one clause
_YEAR_OF_A_COUNT = re.compile(_NOT_A_SPAN_OR_A_SUBSET + r"((?:19|20)\d{2})年(?!\d{1,2}月)(?:度)?[^。,,;\n]{0,40}?"
                              r"(?:承办|办理|收到)[^。,,;\n]{0,30}?"
                              r"(?:建议|提案|议案)\d+件")
_YEAR_OF_THE_MEETING = re.compile(r"召开((?:19|20)\d{2})年(?:度)?[^。,]{0,30}?(?:交办|推进|督办|座谈|协商|见面|面商)会")
# 出席2025年全国全省“两会”的…代表和委员: the sessions a notice prepares or follows up (a summary's
# 2025年全国两会即将召开 is the next year's)
_YEAR_OF_THE_SESSIONS = re.compile(r"((?:19|20)\d{2})年(?!\d{1,2}月)[^。,,;\n]{0,6}?两会")
_MASKED_YEAR = re.compile(r"(?:[xX×*]{2,4}|20[xX_]{1,2}|(?<![\u4e00-\u9fff])XX)\s?年")  # a template's xxxx年, 20XX年
_BOOK_TITLE = re.compile(r"《[^《》]{0,60}》")
# 2021年,市人大常委、市政协交人民政府办理的…提案共472件: the year a notice hands its items over in
_YEAR_OF_ASSIGNMENT = re.compile(r"((?:19|20)\d{2})年(?:度)?[,,][^。]{0,30}?交[^。]{0,30}?(?:建议|提案|议案)[^。]{0,20}?\d+件")
_RESULTS_STATED = re.compile(r"办结|办复|答复|满意|完毕|解决|采纳")


def _year_of_assignment(text: str) -> re.Match | None:
    """The year of a sentence handing the items over, not of one reporting a year's results (2020年,
    共交办…300件,已全部办结: the year a 交办会 looks back on)."""
    return next((match for match in _YEAR_OF_ASSIGNMENT.finditer(text)
                 if not _RESULTS_STATED.search(text, match.start(), _sentence_end(text, match.start()))), None)


def _sentence_end(text: str, start: int) -> int:
    end = text.find("。", start)
    return len(text) if end < 0 else end


_COMMENDED = re.compile(r"优秀|先进")  # 表彰2020年度优秀…建议, 2015年度优秀提案奖: the year commended, not handled
_PRINTED_URL = re.compile(r"https?://[^\s\"'<>()（）]+")


def _year_beside_items(text: str, own_year: int | None = None) -> re.Match | None:
    """The first year named beside the items; of several, the report's own year (…就2019年…B类…2020年市人大
    代表建议办理情况报告如下 in a report delivered on 2020年12月17日: a follow-up of 2019's, then 2020's)."""
    found = (match for match in _YEAR_BESIDE_ITEMS.finditer(text)
             if not _COMMENDED.search(match.group()) and "表彰" not in text[max(0, match.start() - 4):match.start()])
    first = next(found, None)
    if first is None or own_year is None or int(first.group(1)) == own_year:
        return first
    return next((match for match in found if int(match.group(1)) == own_year), first)


def _own_year(document: dict, delivered: str | None) -> int | None:
    """The year a summary's own date (its signature, delivery or publication) says it reports."""
    date = document["signed_date"] or delivered or _own_publish_date(document)
    return _year_of_date(date, "summary") if date else None


def _printed_address_date(text: str) -> str | None:
    """The date in an address the page prints (文章来源:http://www.chuzhou.cn/2026/0127/521506.shtml)."""
    return next((date for url in _PRINTED_URL.findall(text) if (date := _address_date(url))), None)


_THIS_YEARS_PLAN = re.compile(r"今年[,,]?[^。,,]{0,10}?(?:将|拟|计划)")  # 今年,省政协将加强提案办理协商: a plan, not the account
_LAST_YEAR_OPENING = re.compile(r"(?:去年|过去一年|上一年度?)[^。]{0,40}?(?:建议|提案|议案)")
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}年")


def _results_after(date: str, text: str) -> bool:
    """今年…截止到11月底 under a date of July: 今年's results run past the date that would say which year
    今年 is, so that date is not the page's own (an address or a repost's; settled point 70)."""
    return len(date) >= 7 and any((to_int(match.group(1)) or 0) > int(date[5:7])
                                  for match in _YEARLESS_CUTOFF.finditer(text[:_SESSIONS_READ]))


_CONTRADICTED = -1  # a date the text contradicts: no year
_YEARLESS_CUTOFF = re.compile(r"(?<![年\d])(?:截至|截止到?)(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|\d{1,2}日)")


def _year_said_relatively(document: dict, opening: str, body_text: str, effective_date: str | None = None) -> int | None:
    """A summary whose opening speaks of 今年's or 去年's items without naming a year (今年天津市政府系统
    共承办…; 过去一年,…办理建议提案): the page's own date says which year that is."""
    date = _page_date(document, effective_date)
    if not date or _ANY_YEAR.search(opening):
        return None
    this_year = _THIS_YEARS_ITEMS.search(opening)
    if this_year and not _THIS_YEARS_PLAN.match(this_year.group()):
        return _CONTRADICTED if _results_after(date, body_text) else int(date[:4])
    if _LAST_YEAR_OPENING.search(opening):
        return int(date[:4]) - 1
    return None


def _year_of_date(date: str, doc_type: str, since_session: bool = False) -> int:
    """A summary dated in January or February reports the year before (results are reported at
    the year's end or at the next sessions, held early in the year); so does any account of the
    items since a session (…会议以来), or a session's work report on 过去一年, dated before May, when the
    next sessions meet."""
    year, month = int(date[:4]), date[5:7]
    if doc_type == "summary" and month in ("01", "02"):
        return year - 1
    return year - 1 if since_session and doc_type != "notice" and month in ("01", "02", "03", "04") else year


_BARE_TITLE = 6  # 通知公告, 工作动态: a column's name printed as the headline
_THIS_YEARS_ITEMS = re.compile(r"今年[^。]{0,30}?(?:建议|提案|议案|两会)")  # 今年初,莒县“两会”召开后…
# an item numbered by its year and a serial: 《关于…的建议》(建议第20232061号), 第2023083號, 第 20240154 号, after a
# letter (第W2024049号), by its year, its day and a serial (第20250118040022号), or bare after the item's name (…的建議》(20210152號))
_ITEM_NUMBER_YEAR = re.compile(r"(?:第\s*[A-Za-z]?|[》>]\s*[(（]\s*)((?:19[89]|20[0-4])\d)(?:\d{3,4}|\d{10})\s*[号號]")
# a reply's own number on a line of its own (人社建字〔2019〕196号), not a document it cites
# (教建议〔2017〕第329号, 洪公提字〔2023〕第38号: a 第 before the serial, 57350ef7fe4c, 6d450168f60e)
_OWN_LETTER_NUMBER = re.compile(r"^\s*[\u4e00-\u9fff]{1,12}[〔\[［(（]((?:19|20)\d{2})[〕\]］)）]第?\d+号\s*(?:\|\s*)?$", re.MULTILINE)
# 安文广函〔2013〕59号, 平人社函〔2023〕45 号 (a space before 号: 457a47dafb7e), 杨政文旅体函〔2025〕号 (its serial left blank:
# 823c7ea6edda), 教基建議〔2020〕335號: the letter's year
_LETTER_NUMBER_YEAR = re.compile(r"[〔\[［(（]((?:19|20)\d{2})[〕\]］)）]第?\d* ?[号號]")
# a number in brackets after a cited paper's name: 《关于开展…试点工作的通知》(自然资发〔2019〕194号), that paper's
# (the reply's own answer named in its record, 《…第56号提案的答复》(泸建函〔2019〕42号), is the reply's: d03f12be1f5c)
_CITED_PAPER = re.compile(r"(?<!答复)(?<!复函)(?<!答复的函)》\s*[(（][^()（）《》]*$")
# …or before it: 按照…国办发(1995)40号《国务院办公厅转发…的通知》文件 (4da654392244, its own year 2022)
_PAPER_NAMED_AFTER = re.compile(r"\s*《")
# 會(hui) 議: a repost's gloss and the space after it (the title is as printed); not \s+: a pattern that opens
# with a class lets re skip ahead to it
_SPACES = re.compile(r"\s\s*")
_SINCE_SESSION = re.compile(r"届[一二三四五六七八九十\d]+次(?:全体)?会议以来")
_YEAR_BESIDE_ITEMS = re.compile(_NOT_A_SPAN_OR_A_SUBSET + r"((?:19|20)\d{2})\s?年(?!\d{1,2}月|以来)(?:度)?[^。,;\n]{0,12}?"
                                r"(?:建议|提案|议案|议提案|两案)")
# 2018年,乌鲁木齐市政协共收集提案274件: the year opening the sentence that counts the items (not in a
# notice, where it is the year a meeting reviews)
_YEAR_OPENING_THE_COUNT = re.compile(_NOT_A_SPAN_OR_A_SUBSET + r"((?:19|20)\d{2})年(?:度)?[,,][^。,,;\n]{0,16}?(?:建议|提案|议案)")
# /202404/t20240401_…, /2016-02/19/; /2024-0819001.htm: after a separator the month needs no end
# an address's year is one a page can have been published in: 1950–2039 (93.gov.cn/xwjc-snyw/206308.html is an article's
# number, not 2063-08)
_ADDRESS_YEAR_DIGITS = r"(?:19[5-9]\d|20[0-3]\d)"
# (/info/1962/119723.htm: a VSB site's column number and article number, no date: 793f629fc6ea, 61003cd9dbbe; not
# /info/20150126/n1355102197603.html, a date)
_VSB_COLUMN = r"(?!(?<=/info/)\d{4}/\d+\.s?html?$)"
# (/info/4294/198207.htm, /news/show-195410.html: a file named by a six-digit article number, no date: 89793a5a3c9d)
_ARTICLE_NUMBER = r"(?!(?<=[/_=-])\d{6}\.s?html?$)"
_ADDRESS_DATE = re.compile(r"(?<!\d)" + _VSB_COLUMN + _ARTICLE_NUMBER + r"(" + _ADDRESS_YEAR_DIGITS + r")(?:[/_-](0[1-9]|1[0-2]|[1-9](?=/))"
                           r"|(0[1-9]|1[0-2])(?:[/_-]?(?:0[1-9]|[12]\d|3[01]))?(?!\d)"
                           # a file, a folder or a query named by its time
                           r"|(0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=\d{4,}(?:\.s?html?$|/|-\d|$)))")
# (/gongkai/show/20181009084800-255552-00-000.html: the disclosure platform of 四川's portals, cngy.gov.cn, yaan.gov.cn,
# gk.suining.gov.cn: its time, then a number; Detail.aspx?id=20251011102638506, content.php?no=20191126064225: a query's)
# (not a folder numbered like a year with one no month can be after it: /DocHtml/1991/18/10/, a site's column numbers)
_ADDRESS_YEAR = re.compile(r"/" + _VSB_COLUMN + r"(" + _ADDRESS_YEAR_DIGITS + r")/(?!(?:1[3-9]|[2-9]\d)/)(?:\d{1,2}/)?")
# /yajytacl/2011n/2011nyajy/, /2022nlhjytablfwgk/: a column of one year's items (a year, n for 年, pinyin initials)
_ADDRESS_YEAR_FOLDER = re.compile(r"/(" + _ADDRESS_YEAR_DIGITS + r")n[a-z]*\d{0,2}/"  # (…gk1/: a column's first page)
                                  # /2024lh/, /2023xalh/, /2015qglh/, /2024jmslhzt/: a year's 两会 special (lh: lianghui)
                                  r"|/(" + _ADDRESS_YEAR_DIGITS + r")[a-z]{0,4}lh(?:zt)?/")
# 网易's news pages, /hunan/24/0305/17/ISHJAIPV04369D91.html: the year's last two digits, the month and day, the hour
_NETEASE_ADDRESS = re.compile(r"\.163\.com/(?:[a-z]+/)?(\d{2})/(0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/\d{2}/[0-9A-Z]{16}\.html")
_UNSET_TIME = "1970-01"  # /t19700101_3456808.shtml: a CMS's unset timestamp (the Unix epoch), no date


def _address_date(url: str | None) -> str | None:
    """A date in the page's address (/202404/t20240401_…, /2016-02/19/, /art/2024/7/19/, /2008-7/), as
    YYYY-MM when it has a month, else YYYY (a path segment /2021/)."""
    match: re.Match[str] | None
    for match in _ADDRESS_DATE.finditer(url or ""):
        date = f"{match.group(1)}-{int(match.group(2) or match.group(3) or match.group(4)):02d}"
        if date != _UNSET_TIME:
            return date
    netease = _NETEASE_ADDRESS.search(url or "")
    if netease:
        return f"20{netease.group(1)}-{netease.group(2)}"
    match = _ADDRESS_YEAR.search(url or "") or _ADDRESS_YEAR_FOLDER.search(url or "")
    return (match.group(1) or match.group(2)) if match else None
