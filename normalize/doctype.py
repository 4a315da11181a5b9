"""summary | reply | notice | other, from the title first and the body's shape second."""

import re

_REPLY_TITLE = re.compile(r"答复|答覆|复函|回复|的函$|办理情况的函")
_NOTICE_TITLE = re.compile(r"通报|通知|公告|公示|通告")
_SUMMARY_TITLE = re.compile(r"总结|报告|汇报|情况说明|工作情况|办理情况|办理工作|办理结果|办理综述")
_EVENT_TITLE = re.compile(r"召开|推进会|座谈会|走访|慰问|调研")  # news of a meeting or visit, not a summary
_SUBJECT = re.compile(r"建议|提案|议案|议提案|两案")
_REPLY_OPENING = re.compile(r"^[\u4e00-\u9fff、]{2,30}(?:代表|委员)[:,]|您(?:提出|们提出)的")


def classify(title: str | None, body_text: str, has_counts: bool) -> str:
    title = title or ""
    if _SUBJECT.search(title):
        if _REPLY_TITLE.search(title):
            return "reply"
        if _NOTICE_TITLE.search(title):
            return "notice"
        if _SUMMARY_TITLE.search(title) and not _EVENT_TITLE.search(title):
            return "summary"
    elif _NOTICE_TITLE.search(title):
        return "notice"  # 关于开展2024年度社会组织年度检查工作的通知: a notice, if not about handling
    if _REPLY_OPENING.search(body_text[:200]):
        return "reply"
    if has_counts and _SUBJECT.search(body_text[:500]):
        return "summary"
    return "other"
