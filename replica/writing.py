"""Synthetic document text in the seeds' vocabulary.

Each writer takes a seeded ``random.Random`` and the bureau's names, and returns the title,
the body paragraphs and the normalized values a reader of the text would extract — known
here by construction, so normalizer tests can compare against them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国新春晓燕文斌宁志海波"
TOPICS = (
    "加快发展普惠型养老服务",
    "完善社区居家养老服务网络",
    "推进殡葬改革和公益性公墓建设",
    "加强农村留守儿童关爱保护",
    "提升社区事务受理服务中心服务水平",
    "规范社会组织登记管理",
    "健全困难群众社会救助体系",
    "推进老旧小区适老化改造",
    "加强地名文化保护",
    "发展社区社会组织参与基层治理",
    "完善特困人员供养服务设施",
    "推动慈善事业高质量发展",
    "建设智慧养老服务平台",
    "加强婚姻登记便民服务",
    "提高残疾人两项补贴精准度",
)
PRACTICES = (
    "高度重视,压实办理责任。局党组召开专题会议研究部署建议提案办理工作,形成主要领导负总责、分管领导具体抓、办公室统筹协调、业务处室具体承办的工作格局。",
    "加强沟通,提升办理质量。坚持办前联系、办中协商、办后回访,通过电话、座谈、登门走访等方式与代表委员充分沟通,认真听取意见建议。",
    "建立台账,实行销号管理。对每件建议提案明确承办处室、经办人和办结时限,局办公室每月通报办理进度,按时完成各项办理任务。",
    "统筹结合,推动成果转化。把建议提案办理与年度重点工作结合起来,同安排、同考核、同落实,推动一批群众关心的实际问题得到解决。",
    "严格审核,规范答复文稿。答复件经分管领导审核、主要领导签发,做到内容具体、行文规范、按时答复。",
    "公开透明,接受社会监督。对涉及公共利益、社会关切的办理复文,在门户网站建议提案办理专栏全文公开。",
)
# the work of a notice on something else (as many as PRACTICES: the same draw keeps the replica's random stream)
ROUTINE = (
    "加强组织领导,明确责任分工。各单位要指定专人负责,确保各项工作按要求落实到位。",
    "严格对照标准,规范工作程序。按照有关规定逐项核实,做到程序合法、材料齐全、结果公开。",
    "强化统筹协调,形成工作合力。各相关科室要密切配合,及时研究解决工作中遇到的问题。",
    "注重工作实效,切实服务群众。把各项措施落到实处,让群众切实感受到工作成效。",
    "加强信息报送,及时反馈情况。工作中遇到的重要情况和问题,请及时向局办公室报告。",
    "严肃工作纪律,确保廉洁高效。严格执行各项规定,杜绝形式主义,提高工作效率。",
)
PLANS = (
    "下一步,我局将持续抓好B、C类件的跟踪落实,认真开展办理工作“回头看”,不断提升建议提案办理的质量和实效。",
    "下一步,我局将进一步健全办理工作机制,加强与代表委员的联系沟通,推动办理成果转化为惠民利民的具体举措。",
)
# the column's other business: a notice on something else is an unrelated page, `other` (docs/labelling.md, doc_type)
NOTICE_SUBJECTS = (
    ("关于开展{year}年度社会组织年度检查工作的通知", "other"),
    ("关于公布{year}年第{n}批养老机构等级评定结果的公告", "other"),
    ("关于调整{year}年城乡居民最低生活保障标准的通知", "other"),
    ("关于做好{year}年春节期间困难群众走访慰问工作的通知", "other"),
    ("关于征集{year}年度民政领域重点课题研究项目的通知", "other"),
    ("关于{year}年政府信息公开工作年度报告", "other"),
    ("{short}召开{year}年建议提案办理工作推进会", "notice"),  # meeting news (docs/labelling.md)
    ("{short}领导走访慰问{year}年度重点建议提出人", "other"),
)
CONGRESS_TERMS = {2013: "十三", 2018: "十四", 2023: "十五"}
SESSION_NUMBERS = "一二三四五"


@dataclass
class Text:
    title: str
    paragraphs: list[str]
    doc_type: str
    expected: dict = field(default_factory=dict)


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def handling_summary(rng: random.Random, short: str, level: str, year: int, signature: list[str]) -> Text:
    """A year's handling summary: counts, roles, rates and A/B/C outcomes in running text."""
    suggestions, proposals = rng.randint(3, 45), rng.randint(5, 80)
    total = suggestions + proposals
    lead = rng.randint(total // 5, total // 2)
    joint = total - lead
    meeting, reply = 100.0, 100.0
    satisfaction = rng.choice((100.0, 100.0, 98.5, 97.6, 96.3))
    solved = rng.randint(lead // 2, lead)
    planned = rng.randint(0, lead - solved)
    reference = lead - solved - planned
    title = rng.choice((
        f"{short}{year}年议提案办理工作总结",
        f"{short}{year}年人大代表建议和政协提案办理情况报告",
        f"{short}关于{year}年建议提案办理工作情况的报告",
    ))
    paragraphs = [
        f"{year}年,在{level}政府督查室的指导下,{short}认真落实建议提案办理工作要求,将办理工作与全年重点工作有机结合,圆满完成了今年的建议提案办理工作。现将有关情况报告如下:",
        "一、基本情况",
        f"{year}年我局共收到{level}人大代表建议{suggestions}件、政协提案{proposals}件,共计{total}件。按办理类别分为:主办{lead}件、会办{joint}件。"
        f"所有建议提案均在规定时限内办结,见面率{_pct(meeting)}、办复率{_pct(reply)}、满意率和基本满意率达{_pct(satisfaction)}。",
        f"从主办件办理结果看,已经解决或采纳的(A类){solved}件,列入计划拟解决的(B类){planned}件,留作参考的(C类){reference}件。",
        "二、主要做法",
        *[f"({'一二三'[n]}){text}" for n, text in enumerate(rng.sample(PRACTICES, 3))],
        "三、下步工作打算",
        rng.choice(PLANS),
        *signature,
    ]
    expected = {
        "handling_year": year,
        "counts": {"total": total, "lead": lead, "joint": joint},
        "rates": {"meeting": meeting, "reply": reply, "satisfaction": satisfaction},
        "outcomes": {"A": solved, "B": planned, "C": reference},
    }
    return Text(title, paragraphs, "summary", expected)


def reply_letter(rng: random.Random, short: str, level: str, year: int, signature: list[str]) -> Text:
    """A per-item reply (答复) to one deputy's suggestion or one member's proposal."""
    is_proposal = rng.random() < 0.6
    number = rng.randint(1, 560)
    topic = rng.choice(TOPICS)
    session = _session(year)
    if is_proposal:
        title = f"关于{level}政协{session}第{number}号提案的答复"
        item, addressee = f"《关于{topic}的提案》", f"{person(rng)}委员"
    else:
        title = f"关于{level}{session.replace('届', '届人大', 1)}第{number}号建议的答复"
        item, addressee = f"《关于{topic}的建议》", f"{person(rng)}代表"
    outcome = rng.choice(("A", "B", "C"))
    verdict = {"A": "您的建议已全部采纳,相关措施正在落实。", "B": "您的建议已列入工作计划,我局将积极创造条件逐步解决。",
               "C": "受现有条件限制,您的建议暂时留作参考,我局将在今后工作中认真研究。"}[outcome]
    paragraphs = [
        f"{addressee}:",
        f"您提出的{item}收悉。经认真研究,现答复如下:",
        f"一、关于{topic}。近年来,我局围绕这一问题出台了一系列政策措施,取得了积极成效。{rng.choice(PRACTICES)}",
        f"二、关于下一步工作。{verdict}",
        "感谢您对民政工作的关心和支持。",
        f"联系人:{person(rng)}  联系电话:{rng.randint(80000000, 89999999)}",
        *signature,
    ]
    expected = {"handling_year": year, "outcome": outcome, "item_number": number,
                "item_kind": "proposal" if is_proposal else "suggestion"}
    return Text(title, paragraphs, "reply", expected)


def notice(rng: random.Random, short: str, level: str, year: int, signature: list[str]) -> Text:
    """An unrelated notice or work-news item that shares the column."""
    pattern, doc_type = rng.choice(NOTICE_SUBJECTS)
    title = pattern.format(year=year, n=rng.randint(1, 4), short=short)
    paragraphs = [
        "各有关单位:" if title.endswith(("通知", "公告")) else f"近日,{short}召开专题会议。",
        f"根据工作安排,现就{title.removeprefix('关于').removesuffix('的通知').removesuffix('的公告')}有关事项说明如下。",
        f"一、工作内容。{rng.choice(PRACTICES if '建议' in title else ROUTINE)}",
        f"二、时间安排。请各单位于{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日前完成相关工作并报送材料。",
        "三、联系方式。" + f"联系人:{person(rng)},联系电话:{rng.randint(80000000, 89999999)}。",
        *signature,
    ]
    # a yearly report counting the houses' items among its work has the report's year (docs/labelling.md, point 89)
    report = title.endswith("工作年度报告") and any("提案" in paragraph for paragraph in paragraphs)
    return Text(title, paragraphs, doc_type, {"handling_year": year if report else None})


def attachment_summary(rng: random.Random, short: str, level: str, year: int, signature: list[str]) -> Text:
    """A summary whose page holds one line; the figures are in the PDF (same paragraphs)."""
    full = handling_summary(rng, short, level, year, signature)
    full.title = f"{short}{year}年建议提案办理工作总结"
    return full


def _pct(value: float) -> str:
    return f"{value:g}%"


def _session(year: int) -> str:
    start = max(y for y in CONGRESS_TERMS if y <= year) if year >= 2013 else 2013
    return f"{CONGRESS_TERMS[start]}届{SESSION_NUMBERS[min(year - start, 4)]}次会议"


WRITERS = {"summary": handling_summary, "reply": reply_letter, "notice": notice}


OUTCOME_CLASSES = ("A类", "B类", "C类")


def item_list(rng: random.Random, short: str, year: int, count: int = 8) -> list[dict]:
    """Rows of a 建议提案办理情况一览表: number, title, proposer, lead body, outcome class."""
    items = []
    for serial in rng.sample(range(1, 400), count):
        cppcc = rng.random() < 0.5
        proposers = ["".join((rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(GIVEN)))
                     for _ in range(rng.choice((1, 1, 2)))]
        items.append({"number": f"{year}{serial:04d}", "title": f"关于{rng.choice(TOPICS)}的{'提案' if cppcc else '建议'}",
                      "kind": "cppcc_proposal" if cppcc else "npc_suggestion", "proposers": proposers,
                      "lead_body": short, "outcome": rng.choice(OUTCOME_CLASSES)})
    return items
