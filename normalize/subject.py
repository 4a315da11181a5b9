"""The body a headline or a text's first sentence has as its grammatical subject: a last resort for
the issuer where no other evidence names one (docs/labelling.md, Fields → issuing_body: a body's own
news, 7月30日,县农业农村局召开…; 近日,咸阳市食药监管局被评为…).

Only a body that opens its clause counts, after the news agency's dateline and the time words:
a body after 向/对/将/会同/在 or listed with others (、/和) is no subject, and neither is a session
(省政协十二届四次会议期间: the session's members act)."""

import re

from normalize.issuer import body_at_start, is_body_name

# 本报讯(记者 王娟), 中新网北京3月1日电(记者 吴侃), 台海网1月10日讯, (宁夏人大网讯), 【本站8月21日讯】: a dateline, no
# sentence of the news
_DATELINE = re.compile(r"^(?:[(（【][^)）】]{1,20}讯[)）】]|[^,，。]{0,40}?(?:讯|日电)(?=[\s(（])"
                       r"(?:\s*[(（][^)）]{0,30}[)）]|\s*[^,，。:：]{2,30}?报道[:：])?)\s*")
_TIME_WORDS = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?|\d{1,2}\s*月|\d{1,2}\s*日|今年|去年|近日|日前|近期|近年来|近年|今天|昨天|"
                         r"年初|年底|以来|上午|下午|晚上|初|底|中旬|上旬|下旬|\s)+")
# what may follow a subject body: not a list of bodies (、和与及; 国家发展改革委与…代表举行: with the deputies it
# meets, it still acts), a possessive (的), an addressee's colon (市政府办公厅:) or a session's number (十二届四次会议)
_NOT_ITS_ACT = re.compile(r"^(?:[、的,，:：]|[和与及](?![^,，、。]{0,12}?(?:代表|委员)(?!会))|第?[一二三四五六七八九十\d]+届"
                          r"|[一二三四五六七八九十\d]+次)")
# a leader attending another's meeting (市人大常委会副主任黄茂林参加会议) is a guest, not the actor
_GUEST = re.compile(r"^[\u4e00-\u9fff]{0,10}?(?:主任|主席|书记|局长|厅长|秘书长|区长|县长|市长)[\u4e00-\u9fff]{2,3}"
                    r"(?:应邀)?(?:参加|出席|列席)")
# 在青海省政协…新闻发布会上: where it happened, a clause before the subject's own
_LOCATIVE = re.compile(r"^在[^,，]{2,40}?(?:上|中|期间|之际|时)$")
# 为进一步将人大建议工作落到实处, / 按照…要求,: the purpose or ground of the act, a clause before its subject's (9d7e31707d36)
_PURPOSE = re.compile(r"^(?:为了?|按照|根据)[^,，]{2,}$")
_CLAUSES = 3  # the subject's clause comes after at most two of time words only (2015年以来,上海市…)


def _first_sentence(text: str) -> str:
    return re.split(r"[。！？!?\n]", text.strip(), maxsplit=1)[0] if text else ""


def _clause_subject(sentence: str) -> str | None:
    """The body opening the first clause that is more than time words."""
    for clause in re.split(r"[,，]", sentence)[:_CLAUSES]:
        words = _TIME_WORDS.sub("", clause.strip())
        if not words or _LOCATIVE.match(words) or _PURPOSE.match(words):
            continue
        body = body_at_start(words)
        after = words[len(body):] if body else ""
        if not body or not is_body_name(body) or _NOT_ITS_ACT.match(after) or _GUEST.match(after):
            return None
        return body
    return None


def lead_sentences(text: str, count: int) -> list[str]:
    """The text's first `count` sentences (lines end one too), the news agency's dateline left out."""
    sentences = re.split(r"[。！？!?\n]", _DATELINE.sub("", text.strip(), count=1))
    return [sentence for sentence in sentences if sentence.strip()][:count]


def sentence_subject(title: str | None, text: str | None) -> tuple[str | None, str]:
    """(body, sentence): the body the headline, else the text's first sentence, opens with acting."""
    for sentence in (title or "", _DATELINE.sub("", _first_sentence(text or ""), count=1)):
        body = _clause_subject(sentence)
        if body:
            return body, sentence
    return None, ""
