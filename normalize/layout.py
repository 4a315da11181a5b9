"""Where things sit on a page: chrome, title, metadata block, body, signature.

Works on reader-text lines (plain-text pages, or HTML rendered by html.py). The header zone is
everything above the first sentence-like line; the body starts after the last title or metadata
line in it. An HTML body container, when found, fixes the body's place instead.
"""

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, cast

from normalize import gazetteer
from normalize.issuer import is_body_name
from normalize.metadata import edition_date, find_date_span, is_metadata_line, label_without_value, parse_date, parse_metadata_lines
from normalize.text import is_chrome_line, without_pinyin_glosses

_TITLE_WORDS = re.compile(r"建议|提案|议案|总结|报告|通报|答复|复函|答覆|情况|汇报|说明|通知|公告|办理|意见|函")
# 2022-10-11 17:47 来源:…; 2024年01月23日15:13 | 来源:人民网-青海频道 (a news site's dateline)
_DATE_SOURCE = re.compile(
    r"^(?:[•·]\s*(?=.*来源))?(?:(?:发布)?时间[:：]?\s*)?(?P<date>(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    # a source after its label may be long: a CMS that fills 来源 with the headline printed above (580e874fbd71)
    r"\s*[|•·]?\s*(?P<labelled>(?:文章|信息|稿件)?来源[:：]?\s*)?"
    r"(?P<source>(?!星期)[\u4e00-\u9fff()（）《》](?(labelled)[\u4e00-\u9fff()（）《》\d-]{1,69}|[\u4e00-\u9fff()（）-]{1,29}))?"
    # a food site's byline runs its hit count on after an unlabelled source (2022-08-26 农业农村部464)
    r"(?(labelled)|(?(source)\d*))"
    # 2015-02-11 18:11:10 来源:东南网 责任编辑: 林雪; • 2011-03-09 • 来源:《工人日报》 (a news site's dateline, its credits after it)
    r"(?:\s*[|•·]?\s*(?:作者|责任编辑|编辑)[:：]\s*[\u4e00-\u9fff]{0,12})?\s*[•·]?$"
)
# (第二章 代表建议的交办, 第一条 …: a rules text's chapters and articles too)
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.]"
                              r"|第[一二三四五六七八九十]{1,3}[章条]\s)")
_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*[:：]?$")
_HTML_HEADER_LINES = 60  # title and metadata sit right above (or below) the body, menus further out
_COMPACT = re.compile(r"[\s\u3000][\s\u3000]*")  # not X+: a class first lets re skip ahead to it
_REMEMBERED_LINES = 4096


class Signature(NamedTuple):
    body: str | None
    date: str | None
    line: str
    month: str | None = None  # a date printed without its day (2021年4月): its year and month, 2021-04


class Layout(NamedTuple):
    title: str | None
    header_lines: list[str]
    metadata_lines: list[str]
    date_source: tuple[str | None, str | None] | None
    body: list[int]  # indices into the line list
    signature: Signature | None
    date_source_above_title: bool = False  # a mirror's own date line over the headline (2020-07-26)
    trailing_date: str | None = None  # a byline printed under the text, with the headline above it
    subtitle: str | None = None  # ——…: a subheading under the headline, not part of the title (it says what the page is)
    banner: str | None = None  # (建議提案辦理見成效): a column's tag before the headline, not part of the title (it says too)


# a record's column head: 承办单位, 答复日期, 交办日期, 会办 (its column of co-handlers)
_COLUMN_HEAD = r"(?:承办|主办|会办|协办|辦理|办理)(?:单位|單位)?(?:及?(?:答复|答覆))?|(?:答复|答覆|办复|交办)(?:时间|日期|内容|時間|內容)"
# …的答复|关于…的建议 (农办议〔2020〕35号): an answer column's headline, the item's subject after the bar, its 文号 after that
_BRACKETED_DOC_NUMBER = r"\s?[(（][\u4e00-\u9fff]{2,12}[〔\[][12]\d{3}[〕\]]\s?\d{1,4}\s?号[)）]"
_NOT_A_HEADLINE = re.compile(r">|»|^[•·]|^-\s|^(?:首页|网站首页|当前位置|您现在|面包屑)"
                             r"|\|(?![^|\s]{6,}(?:" + _BRACKETED_DOC_NUMBER + r")?$)|"
                             # …系列报道之七: a series' banner (not a headline with the series after its dash: 增加公交线路
                             # 方便市民出行——人大代表建议办理系列报道之二; a slogan in quotes before the dash is the series':
                             # “民有所呼 政有所应”——部委建议提案办理工作系列报道之七)
                             r"^(?!(?!“[^”—]*”——)[^—]{6,}——).*(?:系列|专题)(?:报道|访谈|评论)(?:之[一二三四五六七八九十\d]+)?$"
                             r"|[(（][^()（）]{0,20}摄[)）]$"  # …报告提案工作情况(中评社 徐梦溪摄): a photo's caption
                             r"|\.s?html?\b"  # 综合信息/col/col1676887/index.html…: a breadcrumb of addresses
                             # 建议标题:《关于…的建议》: a handling record's field naming the item, not the page (cd6da9601e86)
                             r"|^(?:建议|提案|议案)标题[:：]"
                             r"|^(?:核心提示|导读|導讀|摘要)\s*[:：]"  # 核心提示:…的答复: a teaser over the text, the lead's words
                             # 承办单位及答复, 答复时间, 答复内容: a record's column head on a line of its own (d617e40d39d2)
                             r"|^(?:(?:承办|主办)单位[及和]?)?(?:答复|办复|答覆|辦復)(?:时间|日期|内容|時間|內容)?\s*$"
                             # 承办单位答复 答复日期 答复内容: the row of a record's column heads (6127919c71c4)
                             r"|^(?:" + _COLUMN_HEAD + r")(?:\s+(?:" + _COLUMN_HEAD + r"))+$"
                             # 建议背景, 办理结果 (a record's section heads), 原建议提出者:赵汝朝, 提建议、批评和意见者:11号 樊强,
                             # 建议分类:C2 (its fields)
                             r"|^(?:建议|提案|議案|建議)背景$|^(?:办理|辦理)(?:结果|結果)$|^[\u4e00-\u9fff、]{2,14}者\s*[:：]"
                             r"|^(?:建议|提案|建議)分类\s*[:：]|^(?:建議)分類\s*[:：]"
                             # 提案者:吴建宁, 建议号:81: a record's short field and its short value
                             r"|^[\u4e00-\u9fff]{2,4}[:：]\s*[\u4e00-\u9fff\d]{1,4}$"
                             r"|^第[A-Za-z]?\d{1,3}版(?:[:：]\s*\S{0,8})?$"  # 第02版:02, 第A3版:要闻: a digital paper's page
                             # 朝天政协 - 提案管理系统: the name of the items' management system a record is shown in
                             r"|^[\u4e00-\u9fff]{2,10}\s*[-－—|]\s*[\u4e00-\u9fff]{2,12}系统$"
                             # 编 号:第〔15〕号 所属类别:委员提案: a record's row of short fields
                             r"|^(?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,5}[:：][^\s:：]{1,16}\s+)+[\u4e00-\u9fff]{2,6}[:：]")
# (2021年2月5日…会议通过): a report's adoption note; 办理结果:A: a reply form's answer class (a line of its own)
_NOTE_LINE = re.compile(r"[(（][^()（）]{4,40}(?:通过|通過)[)）]$|[\u4e00-\u9fff]{2,6}[:：]\s*[ABC]类?$|"
                        r"^(?:办理结果|办复结果|答复类别|办复类别|办理类别|答复类型|公开属性)\s*[:：]")  # 办理结果:采纳或解决


# 简报|二道区卫计局组织召开…; 广州日报|办理答复满意率100%…: a series' or an outlet's name before a
# headline (a headline | site name has the short part after the bar)
_NAME_BAR = re.compile(r"^[\u4e00-\u9fff]{2,6}\s?\|\s?(?=[^|]{8,}$)")  # 两会前奏 | 海南省政协…


# a sentence's end, not a headline's: 您提出的《…的建议》已收悉,: a reply's first sentence broken off on its line
_SENTENCE_ENDS = ("。", ":", ",")


def _headline_part(line: str) -> str:
    """The line without a column's name before a bar (提案摘登 | …) or a site's name after the headline (…交办会|政协新闻,
    …带队走访承办单位-新华网)."""
    return cast(str, without_site_name(_NAME_BAR.sub("", line)))  # text in, text out


def _is_title_candidate(line: str) -> bool:
    """A headline-like line: not a breadcrumb (首页 > …), a bullet or a table row of metadata, nor a sentence ending at a
    full stop, a colon or a comma."""
    line = _headline_part(line)
    return (4 <= len(line) <= 100 and not _NOT_A_HEADLINE.search(line) and not line.endswith(_SENTENCE_ENDS)
            and not _NOTE_LINE.match(line)
            and not _SECTION_HEADING.match(line.lstrip("?？ ")) and bool(_TITLE_WORDS.search(line))
            and not is_metadata_line(line) and not _is_menu(line) and not DOC_NUMBER_LINE.fullmatch(line))


def _is_menu(line: str) -> bool:
    """延吉概况 延吉新闻 社会民生 公示公告 …: a row of short menu items."""
    items = line.split()
    return len(items) >= 5 and max(len(item) for item in items) <= 8


def _ends_header_zone(line: str) -> bool:
    return "。" in line or (len(line) >= 60 and ("," in line or len(line) > 100))


def _ends_reader_header(line: str) -> bool:
    """A sentence-like line ends the header zone of reader text; a long metadata row
    ([ 索引号 ]… [ 发布日期 ]2023-05-04 [ 体裁分类 ]…) or a printed page title (…的报告 - 会议事项及文件 -
    中国人民政治协商会议湖北省委员会) is still header."""
    return (_ends_header_zone(line) and not _remembered_header_facts(line).metadata and not _TEASER.match(line)
            and not ("。" not in line and (_PAGE_TITLE_TAIL.search(line) or _DATED_REPLY_HEADLINE.match(line))))


_PAGE_TITLE_TAIL = re.compile(r"(?:\s*[-_|－—]\s*[\u4e00-\u9fff]{2,20}){2,3}$")  # - a column - a site
_TEASER = re.compile(r"摘要[:：]")  # 摘要:…: a teaser over the headline, its words the lead's
# 对…第B078号提案的答复“关于打造青年友好型社区,推动…的建议”(合办) 2023-05-15: a catalogue's reply headline, its subject
# quoted after it, and its date
_DATED_REPLY_HEADLINE = re.compile(r"^[^。]{4,100}(?:答复|复函)[^。]{0,80}\s(?:19|20)\d{2}-\d{1,2}-\d{1,2}$")


# (关于解决公共自行车停车站点被社会车辆占用问题的建议): the item's subject in brackets under a reply's headline
_BRACKETED_SUBJECT = re.compile(r"[(（][^()（）]{6,80}[)）]")


def _over_its_subject(lines: list[str], index: int, titles: list[int]) -> int:
    """The line over the byline, or the headline above it where that line is the item's subject in brackets
    (对市政协十五届二次会议第0267号提案的答复 / (关于…的建议) / 发布时间:… 来源:…)."""
    if _BRACKETED_SUBJECT.fullmatch(lines[index].strip()) and index - 1 in titles:
        return index - 1
    return index


def _pick_title(candidates: list[str], preferred: list[str], closest: bool, item_record: bool = False) -> str | None:
    """A preferred title (meta ArticleTitle, <title>) if a line is it, or else the longest line
    within it (not a menu item such as 工作总结); else the most repeated line that is not a piece of
    another; ties go to the line nearest the body on HTML pages (menus sit above) and to the first
    line in plain text (the title precedes any teaser), but on an item's record (案由:, 题目:) the letter answering
    it."""
    if not candidates:
        return None
    for hint in preferred:
        if hint in candidates:
            return _with_its_author(hint, candidates)
        within = [candidate for candidate in candidates if candidate in hint]
        if within:
            return max(within, key=len)
    counts = Counter(candidates)
    top = max(counts.values())
    tied = [candidate for candidate in candidates if counts[candidate] == top]
    # A line that another candidate contains is a piece of the headline (a scan's running head
    # 2020年建议提案办理 above 市民政局2020年建议提案办理工作总结, a menu item), not the headline.
    distinct = list(dict.fromkeys(tied))  # a page repeating its lines a thousand times compares each pair once
    pieces = {candidate for candidate in distinct
              if any(candidate != other and candidate in other and not _site_named_after(other, candidate) for other in distinct)
              or any(_site_named_after(candidate, other) for other in distinct)}
    whole = [candidate for candidate in tied if candidate not in pieces]
    if closest:
        return whole[-1]
    if item_record or _ITEM_SUBJECT_LABEL.match(whole[0]):
        return _answer_under_its_item(whole) or whole[0]
    # 提案工作 / 市政协召开重点提案督办协商会: a column's name over the headline, not a teaser under it
    return next((line for line in whole[1:] if _is_column_name(whole[0]) and len(line) > _COLUMN_NAME
                 and _is_headline_shaped(line)), whole[0])


def _answer_under_its_item(candidates: list[str]) -> str | None:
    """案由: 关于…的建议 over 海南省民政厅对…第0058号提案的答复: a record's field naming the item it carries, and the
    letter answering it printed under it, the page's own heading (docs/labelling.md, point 136)."""
    return next((line for line in candidates if _REPLY_HEADING_END.search(_ANSWER_CLASS.sub("", line))), None)


# 案  由: 关于…的建议, 题  目: 《关于…的建议》吉廷军: a record's field naming the item it carries
_ITEM_RECORD_FIELD = re.compile(r"(?:案\s{0,2}由|题\s{0,2}目)\s*[:：]")


def _with_its_author(hint: str, candidates: list[str]) -> str:
    """A page's <title> that drops the author of its 关于… headline (余庆县人大常委会调研组关于…的调研报告
    printed, 关于…的调研报告 in the <title>): the printed headline, author and all."""
    if not hint.startswith("关于"):
        return hint
    for candidate in candidates:
        author = candidate[:-len(hint)] if candidate.endswith(hint) else ""
        if 0 < len(author) <= _AUTHOR and " " not in author and (is_body_name(author) or gazetteer.leading_places(author)):
            return candidate
    return hint


_AUTHOR = 30


def _site_named_after(line: str, headline: str) -> bool:
    """…全部办结-新华网, …的通知 建标库, …170余件 [复制链接]: the headline and a site's name or a forum's tag, a
    page's <title> printed as a line; a line printing the headline twice (发现文章标题:X X.doc-免费下载); or a
    form's field repeating the headline under it (案由:关于…的提案: 4005ce781812)."""
    return line != headline and (line.startswith(headline) and bool(_SITE_AFTER.fullmatch(line[len(headline):]))
                                 or len(headline) >= _TITLE_LINE_PRINTED_TWICE and line.count(headline) >= 2
                                 or line.endswith(headline) and bool(_FORM_FIELD.fullmatch(line[:-len(headline)])))


# …的通知 建标库; …工作情况- 广东省生态环境厅公众网 - 广东省人民政府 (the column's and the site's names); [复制链接]
_SITE_AFTER = re.compile(r"(?:\s+|\s*[-_|－—]\s*)[\u4e00-\u9fff]{2,8}|\s*\[[\u4e00-\u9fff]{2,6}\]|"
                         + _PAGE_TITLE_TAIL.pattern.removesuffix("$"))
_TITLE_LINE_PRINTED_TWICE = 8
_FORM_FIELD = re.compile(r"(?:案\s?由|题\s?目|标\s?题|事\s?由)\s*[:：]\s*")  # a proposal form's subject field


# 【栏目】, [株洲], (两会受权发布): a column's, a place's or a wire's tag before the headline; a series' longer one before a
# headline of its own (【我们的履职答卷·20255】, 【央媒聚焦内蒙古· 中国气象报】)
_TAG = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}【[^】]{1,12}】|【[^】]{13,24}】(?=[^【】]{8,})"
                  r"|【[\u4e00-\u9fff]{2,6}(?: [\u4e00-\u9fff]{2,6}){1,3}】|『[^』]{1,8}』"
                  r"|\[[\u4e00-\u9fff]{2,6}\]"
                  # 聚焦两会—…, 聚焦2021广东两会|…: the sessions' column named before a headline of its own (a kicker with a
                  # colon, 聚焦两会:, 上海兩會:, is the headline's own: point 135)
                  r"|聚焦[\u4e00-\u9fff\d]{0,8}两会\s?[|｜—]\s?(?=[^|｜]{8,})"
                  r"|\[\d{6}[\u4e00-\u9fff]{2}\]"  # [300228股票]: a stock spam's tag injected before the headline
                  # (两会受权发布), (建議提案辦理見成效), (兩會·圖文互動)(1): a column's name in brackets, its story's number
                  r"|[(（][\u4e00-\u9fff·]{2,12}[)）](?:[(（]\d{1,2}[)）])?(?=[^()（）]{8,})"
                  # 澎湃新闻:, 人民网:, 海南两会观察:: an outlet or a column named before the headline (住建部:, 白沙:, a
                  # 国家电网: are its subject)
                  r"|[\u4e00-\u9fff]{0,6}(?:新闻|新聞|日报|日報|晚报|晚報|早报|早報|时报|時報|观察|觀察|(?<![电電])[网網])"
                  r"[:：](?=[^:：]{8,}$)"
                  # 《四川日报》:, 新华社北京2月12日电 题:: the outlet in book-title marks, a wire's dateline over its headline
                  r"|《[\u4e00-\u9fff]{2,10}(?:报|報|网|網|杂志|雜誌)》[:：](?=[^:：]{8,}$)"
                  r"|[\u4e00-\u9fff]{2,8}(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,4})日[电電]\s*[题題][:：]"
                  r"(?=.{8,}$)"  # (中新社北京二月二十九日電 題:: the month and day in words)
                  # 简报|, 中国发布丨, 广州日报|, 天津【关注两会】: a series', a column's or an outlet's banner (point 29)
                  # (2026九龙坡两会丨, 记者探会·两会声音丨, V视|: a year, a middle dot or a latin letter in it too)
                  r"|(?:[A-Za-z]{1,2}[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{2,6})\s?\|\s?|[\u4e00-\u9fff\dA-Za-z·]{2,10}丨(?=.{8,})"
                  # 2025省两会特别报道|, 2026吉林两会·委员新声|: a year's session coverage before the bar
                  r"|(?:19|20)\d{2}[\u4e00-\u9fff·]{2,10}\s?\|\s?(?=.{8,})"
                  # 提案办理“回头望”|, 盐田“两会”|, 两会·我建言|, 代表工作优秀案例展播|: a column's name in quotes or with a dot
                  r"|(?=[^|｜]{0,9}[“·])[\u4e00-\u9fff“”·]{4,10}\s?[|｜]\s?(?=[^|｜]{8,}$)|[\u4e00-\u9fff]{7,10}[|｜](?=[^|｜]{8,}$)"
                  # 人大代表王东华 省人大常委会召开…, 蒋子龙人大代表 建世界名城…: an aggregator's tag naming a deputy or member;
                  # 两会受权发布全国人民代表大会常务委员会工作报告: a wire's tag without its brackets
                  # (not 人大代表办实事, 政协委员在行动: what deputies do, no name)
                  r"|(?:(?:人大代表|政协委员)(?![办提建为在履当带话进走说讲谈看聚献议])[\u4e00-\u9fff]{2,3}"
                  r"|[\u4e00-\u9fff]{2,3}(?:人大代表|政协委员))\s+(?=.{8,})"
                  r"|(?:两会)?受权发布[:：]?(?=.{8,})"
                  # 《深圳晚报》深圳两优秀政协提案…: a paper's name in book-title marks before the headline
                  r"|《[\u4e00-\u9fff]{2,8}(?:报|報)》(?=[^《》]{8,}$)"
                  # 热点评!, 天天热资讯!: a content farm's feed word before a copied headline (落地有声! is the headline's)
                  r"|[\u4e00-\u9fff]{0,3}(?:资讯|資訊|热点|熱點|热闻|熱聞|快讯|快訊|头条|頭條|看点|看點|速递|速遞)[\u4e00-\u9fff]{0,2}[!！]"
                  # 快讯:江西省政协十一届三次会议开幕(图): a column tag with a colon (7f827eb5a853, 720c92c88a5d); 全球最新:, 天天播报:,
                  # 看点:, 话题:, 两会速递:: a content farm's feed word so (74b2d02992df, 899bdf45bae7, c070bb721498, 45dd211adb0f)
                  r"|(?:快讯|快訊|[\u4e00-\u9fff]{0,4}(?:最新|报道|報道|播报|播報|速递|速遞)|看点|看點|话题|話題)[:：](?=.{8,}))"
                  r"\s*")  # and the space after it ([计划总结] 区住建局…: 809634367dba)


_SHORTEST_CUT_NAME = 6
_ITEM_S_NUMBER_AND_ANSWER = re.compile(r"第?[\dA-Za-z]+号[^。]{0,12}?(?:答复|复函|回复|办理情况)")


# 《关于修建坝王岭五里桥水库的建议》吉廷军, 关于加大农机监管力度的建议: an item's title, its proposers' names after it
_ITEM_SUBJECT = re.compile(r"《?关于[^《》]{2,80}(?:建议|提案|议案)(?:》\s?[\u4e00-\u9fff、\d]{0,24}|\s[\u4e00-\u9fff、\d]{2,24})?")


def spelled_out(listed: str | None, printed: str | None) -> str | None:
    """The printed headline where the metadata's name (文件名称:, 标题:) shortens it, words left out inside
    (上海市政府办公厅关于… listed, 上海市人民政府办公厅关于… printed: f530759fc63f; …召开会议 listed, …召开第二次
    会议 printed: 9b9fae3d181e): the headline a reader sees; else the listed name."""
    if listed and printed and len(listed) >= _SHORTEST_CUT_NAME and printed.startswith(listed) \
            and _ITEM_S_NUMBER_AND_ANSWER.match(printed[len(listed):]):
        return printed  # the table's value cut at its line break: 对省十四届人大二次会议 / 第5032号建议的答复
    if listed and printed and _ITEM_SUBJECT.fullmatch(listed) and _REPLY_HEADING_END.search(printed):
        return printed  # 题目: 《关于…的建议》吉廷军, the item a record carries, over the letter answering it (point 136)
    if not (listed and printed) or len(printed) <= len(listed) or listed[0] != printed[0] or listed[-1] != printed[-1]:
        return listed
    letters = iter(printed)
    return printed if all(letter in letters for letter in listed) else listed


def without_banner(title: str | None) -> str | None:
    """【建议提案办理总体情况】2021年度…办理情况, 民生微实事 代表来督办丨均安人大:… → the headline without the column's or
    the series' banner, whichever path found the title (_whole_headline drops the series' banner only from the lines it
    joins)."""
    if not title:
        return title
    title = _TAG.sub("", title) or title
    barred = _BARRED_BANNER.match(title)
    if barred and not _DOCUMENT_WORD_END.search(barred.group("banner").strip()):
        title = title[barred.end():]  # 两会2026|施荣怀倡…, 同心“协”力 奋勇争先|市政协…: not …的答复|关于…的建议
    return _LEADING_BANNER.sub("", title) or title


# a series' or a column's banner before a bar (两会2026|…, 全球视点!纸短情长|…): a short one, the headline after it (not an
# issue's number: 住鲁全国政协委员提案袋|2卞志良:…)
_BARRED_BANNER = re.compile(r"^(?P<banner>[^|｜丨]{2,16})[|｜]\s?(?=[^|｜\d][^|｜]{7,}$)")


# 原标题:为青年发声 向“两会”建言 (8801f1956dca): a repost's note of the original headline taken as the headline line;
# …议案提案http://www.sina.com.cn 2008年01月18日07:22 解放日报 (fe7d08b6ef45): the portal's address, time and outlet after it
_SHORTEST_NOTED_HEADLINE = 6
_ADDRESS_AND_TIME_AFTER = re.compile(r"\s*https?://[A-Za-z0-9./_-]+\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2})?"
                                     r"\s*[\u4e00-\u9fff]{0,10}$")


# …调研代表建议办理工作 2022-08-31 (57632989d93b): the page's date printed after the headline on its line
# …第0331号代表建议的答复的函 2021-06-21 来源:市政府办公厅建议提案处 (428c2c6787cf): the page's date and source after it
_DATE_AND_SOURCE_AFTER = re.compile(r"\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+来源[:：]\s*\S{2,30}$")
_DATE_AFTER = re.compile(r"\s+(?P<date>(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日))"
                         r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# …第24007号提案的答复 发布日期:2024-12-02 16:25 信息来源:随州市文化和旅游局 编辑:… 字号:[ ] (85577e74371e): the page's
# byline, its labelled date first, printed after the headline on its line
_BYLINE_AFTER = re.compile(r"\s+(?:发布|发表|更新)?(?:日期|时间)[:：]\s*(?:19|20)\d{2}[-/年.].*$")
# …重点督办 浏览:1770 发布人:admin: the page's counters and poster printed after the headline on its line
_COUNTER = r"(?:浏览|点击|阅读)(?:次数|量)?[:：]\s*\d+"  # 浏览:1770, 阅读:3679: a page's counter
_COUNTERS_AFTER = re.compile(r"\s+" + _COUNTER + r"(?:\s+发布(?:人|者)[:：]\s*\S{1,16})?$")


def date_after_headline(line: str, headline: str) -> str | None:
    """The date a line prints after the headline it opens with (…代表建议、批评和意见的答复 2024-08-06: a disclosure
    catalogue's line), however long the headline."""
    after = _DATE_AFTER.match(line, len(headline)) if line.startswith(headline) else None
    return after.group("date") if after else None


def without_printed_notes(title: str | None) -> str | None:
    """The headline without a 原标题 note's label before it or the address, time and outlet printed after it;
    printed twice on its line (…总体情况 …总体情况: one title), or after a document viewer's page mark (Page 9 - …); a
    file's extension after it (政协提案回复.docx: the file's name, point 112); the page's date or its byline after it; an item
    form's 案由, 建议标题 or 提案标题 label before it (案由:关于加快县城南山开发建设的提案: the item's own title)."""
    label = _ITEM_SUBJECT_LABEL.match(title) if title else None
    if title and label:
        title = title[label.end():] or title
    if title and "." in title:
        title = _FILE_EXTENSION.sub("", title) or title
    if title and (title[-1].isdigit() or title.endswith("日")):
        title = _DATE_AFTER.sub("", title) or title
    if title and "来源" in title:
        title = _DATE_AND_SOURCE_AFTER.sub("", title) or title
    if title and ("日期" in title or "时间" in title):
        title = _BYLINE_AFTER.sub("", title) or title
    if title and ("浏览" in title or "点击" in title or "阅读" in title):
        title = _COUNTERS_AFTER.sub("", title) or title
    if title and " " in title:
        title = _VIEWER_PAGE.sub("", _once(title)) or title
    if title and title[-1] in _LINE_RESIDUE_ENDS:  # a metadata field's headline: its line's residue too
        title = _without_line_residue(_SHARED_PAGE_NUMBER.sub("", title) or title)
    if not title or ("原标题" not in title and "http" not in title):  # most headlines: no search
        return title
    noted = _ORIGINAL_TITLE.sub("", title)
    title = noted if len(noted) >= _SHORTEST_NOTED_HEADLINE else title
    address = _ADDRESS_AND_TIME_AFTER.search(title)
    return title[:address.start()] if address and address.start() >= _TITLE_LINE_PRINTED_TWICE else title


def _without_line_residue(title: str) -> str:
    """The headline without what its line prints after it: a letter template's fields, the answer class (point 71), the
    page's buttons, a host's decoration."""
    bare = _ANSWER_CLASS.sub("", _ANSWER_FIELDS.sub("", title)) or title
    return _ASTERISK_RUN.sub("", _PAGE_ACTIONS.sub("", bare)) or title


def _once(title: str) -> str:
    """A line printing its headline twice, space between (…总体情况 …总体情况), prints it once."""
    words = title.split()
    half = len(words) // 2
    return " ".join(words[:half]) if len(words) % 2 == 0 and words[:half] == words[half:] else title


_VIEWER_PAGE = re.compile(r"^Page \d{1,4} - (?=\S)")
# 标题:…的答复(B) (8ca8992b4f77), 标题: …重点提案 [打印本页] (fd6a46eb51ab): what a headline's line may end with
_LINE_RESIDUE_ENDS = frozenset("ABC类)）]】页頁")
_SHARED_PAGE_NUMBER = re.compile(r"_第\d+[页頁]$")  # …的复函_第1页: a document-sharing site's page of the file (f5609a2b5a6c)
# 案 由: a form's label spaced across its cell; 建议标题 关于…, 案  由 关于…: a record's label cell with its value beside it
_ITEM_SUBJECT_LABEL = re.compile(r"(?:[案事]\s{0,2}由|(?:建议|提案|议案)(?:标题|题目|问题))(?:\s*[:：]\s*|\s+(?=关于))")


def without_site_name(title: str | None) -> str | None:
    """…交办会-新华网, …_新闻频道_央视网(cctv.com), …—XX日报: the headline without the names of the site, its
    channel or the outlet printed after it (a page's <title> taken as the headline)."""
    if not title or not any(separator in title for separator in _SITE_SEPARATORS):  # most lines: no search
        return title
    cut = False
    while (tail := _SITE_TAIL.search(title)) and tail.start() >= _TITLE_LINE_PRINTED_TWICE \
            and (_is_site_name(tail.group("part").strip()) or _is_regional_channel(tail)
                 or cut and _DISCLOSURE_COLUMN.fullmatch(tail.group("part").strip())):
        title, cut = title[:tail.start()], True
    return title


# …修复建议 - 政協提案 - 海南省人民政府網: the disclosure column between the headline and the site's name (59f5c86de612)
_DISCLOSURE_COLUMN = re.compile(r"(?:政协|政協|人大|人大代表)?(?:建议|建議|提案|议案|議案|建议提案|建議提案)"
                                r"(?:办理|辦理)?(?:答复|答覆|答復)?|(?:政府)?信息公开|政务公开|(?:政府)?信息公開|政務公開|通知公告")


def _is_site_name(part: str) -> bool:
    """新华网, 新闻频道, 央视网(cctv.com), The Paper; not a headline's own last words (…—通报, -工作简报)."""
    named = len(part) >= _SITE_NAME and _SITE_WORD_END.search(part) and not _DOCUMENT_REPORT.search(part)
    return bool(named or _DOMAIN.search(part) or _LATIN_NAME.fullmatch(part) or _BRAND_AND_NUMBER.fullmatch(part))


def _is_regional_channel(tail: re.Match) -> bool:
    """…面对面交流-湖北: a regional site's channel, a province's short name alone after a hyphen or an underscore."""
    part = tail.group("part").strip()
    return tail.group().lstrip()[:1] in "-_－" and part in gazetteer.province_short_names()


# a separator (-, _, |, a lone dash or a double one: …公告——诸暨网) and the last part after it
_SITE_TAIL = re.compile(r"(?:\s*[-_|－]\s*|\s+[—–]\s+|(?<!—)——?(?!—))(?P<part>[^-_|－—–]{2,30})$")
_SITE_WORD_END = re.compile(r"(?:网|網|网站|網站|日报|日報|晚报|晚報|报|報|新闻|新聞|资讯|資訊|频道|頻道|人民政府|门户|門戶|头条|頭條"
                            r"|客户端|客戶端|网页版|網頁版|官网|官網|官方网站|官方網站"  # -m6米乐网页版: a spam host's injected name
                            r"|在线|在線|融媒体中心|融媒體中心|公众号|公眾號"
                            r"|消息|热点|熱點|快讯|快訊|要闻|要聞"  # …发声_每日热点, …“网底”-当前消息: a news site's column
                            r"|平台|平臺"  # …答复的函-欧洲杯足球平台: a betting site's injected name
                            # …工作报告-凯发体育vip下载, …-九游会登陆: a betting site's call to download or log in
                            r"|(?i:vip)?(?:下载|下載|登陆|登陸|登录|登錄)"
                            r"|网址|網址|首页|首頁)$")  # …-尊龙凯时网址, …——诸暨网-凯发官网首页: a site's address or home page
_SITE_NAME = 3
_SITE_SEPARATORS = "-_|－—–"
_DOCUMENT_REPORT = re.compile(r"(?:通报|汇报|简报|通報|匯報|簡報)$")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+\.(?:com|cn|net|org)\b")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .]{2,29}")  # The Paper
_BRAND_AND_NUMBER = re.compile(r"[A-Za-z]{2,12}[\u4e00-\u9fff]{1,6}\d{1,4}")  # …答复的函-yabo亚博88: a spam host's brand
# 西政办发〔2016〕10号 before the headline, or glued to it (市应急函〔2020〕73号对市政协…提案的复函): kept in the title
# (point 128), left out where the headline's words are read (without_doc_number) and no author put before it
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[(（]\d{4}[〕\])）]\d{1,4}号(?:\s+|(?=对|关于))")
_HEADLINE_END = re.compile(r"(?:完成)?(?:情况)?的?(?:说明|报告|总结|通报|汇报)")
# 常务会议纪要〔2023〕4号, 巴南水利函〔2025〕26号: a line printing only the document's number, under its headline
# a letter's number on a line of its own, its signer beside it or not (太住建函〔2022〕52号 签发人:蔺建林)
# (嶽縣水利函〔2020〕69號 B類 同意公開: in traditional characters, with the answer's class and its disclosure beside it)
DOC_NUMBER_LINE = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[(（【]\s*(?:19|20)\d{2}\s*[〕\])）】]\s*第?\d{1,5}\s*[号號]"
                              r"(?:\s*签发人?\s*[:：]\s*[\u4e00-\u9fff]{2,4})?"
                              r"(?:\s*[A-Da-d]\s*[类類])?(?:\s*(?:同意|主动|主動|依申请|依申請)?公[开開])?")
_TRAILING_DOC_NUMBER = re.compile(r"\s+[\u4e00-\u9fff]{1,10}[〔\[(（]\d{4}[〕\])）]\d{1,4}号$")
_WORD_COUNT = re.compile(r"[\[(（【]此文共\d+字[\])）】]$")  # an essay site's note after the headline
_HEADLINE_REST = re.compile(r"(?:和|及|与|、)[\u4e00-\u9fff“”]{2,20}(?:通知|报告|总结|通报|方案|意见|答复|情况)")
_ORIGINAL_TITLE = re.compile(r"^原标题[:：]\s*")  # a repost's note of the original headline
_ORIGINAL_TITLE_NOTE = re.compile(r"[(（]原标题[:：]\s*([^()（）]{6,60})[)）]")
# …全部办复 2022年01月20日; …工作表扬单位 时间:2025-02-10 (a byline's date on the headline's line)
_TRAILING_DATE = re.compile(r"\s+(?:(?:发布|发表)?(?:时间|日期)[:：]\s*)?(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})$"
                            # …代表建议的答复 ( 2025年05月30日 ), …提案的答复 ( 2025-05-12 ): a disclosure catalogue's date in
                            # brackets (8325d8485729, a87e8f4c0ec4)
                            r"|\s*[(（]\s*(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*[)）]$"
                            # …答复来了时间:2023-11-23 12:00:12: a news site's labelled time run onto the headline's line
                            r"|\s*(?:发布|发表)?时间[:：]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")
_ADOPTION_NOTE = re.compile(r"\s*[(（][^()（）]{4,40}(?:通过|通過)[)）]$")  # (2018年1月27日…会议通过)
# …的报告 (2017年12月28日政协第十四届阿坝州委员会第二次会议: a dated note under the headline whose end the line cut off
_UNCLOSED_DATED_NOTE = re.compile(r"\s*[(（](?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^()（）]*$")
# …170余件 [复制链接], …的通知【打印】【关闭】: a forum's or a page's buttons printed on the headline's line; …提案(图) 查看下一页:
# a news site's pager beside the headline of a story in several pages
_PAGE_ACTIONS = re.compile(r"(?:\s*[\[【](?:复制链接|打印本页|打印|收藏本页|收藏|关闭窗口|关闭|分享到?)[\]】]|\s+查看[上下]一页)+$")
# …第一次会议开幕******: a repost host's run of asterisks after every headline (three may stand for words left out)
_ASTERISK_RUN = re.compile(r"\*{6,}$")
# a shared document's or a picture's file name printed as the headline (…座谈01.jpg: a picture numbered in its story)
_FILE_EXTENSION = re.compile(r"(?<=[^\s.])(?:\.(?:docx?|pdf|pptx?|txt|wps|xlsx?)|\d{0,3}\.(?:jpe?g|png|gif))$", re.IGNORECASE)
# …答复函 B, …的答复(A类), and after the letter's number (…47号A类), …字第13号(B类)): point 71
_ANSWER_CLASS = re.compile(r"(?<=[复函覆])\s*[(（]?[ABC]类?[)）]?$"
                           r"|(?<=号)\s*(?:[ABC]类(?=[)）]$)|[(（][ABC]类[)）]$|[ABC]类$)")
# …提案的办理答复 类别:A 签发领导:金汇江 公开属性:是: a letter template's fields run onto its heading's line (ac8a014e1fc4)
_ANSWER_FIELDS = re.compile(r"(?<=[复函覆])(?:\s+(?:类\s*别|签发(?:领导|人)|公开(?:属性|方式|类别))\s*[:：]\s*[^\s:：]*)+$")
# 办理工作的报告; 办理情况的答复函 under 关于…第0502号建议
_HEADLINE_TAIL = re.compile(r"(?:办理)?(?:工作)?(?:" + _HEADLINE_END.pattern + r"|情况(?:[(（][ABC]类?[)）])?的?(?:答复函?|复函|函)"
                            r"|(?:情况)?(?:考核|考评|督办|实施)(?:细则|办法))")  # …提案 / 办理情况考核细则
_ABSTRACT_NOTE = re.compile(r"[(（]摘要[)）]")
_DOCUMENT_WORD = re.compile(r"说明|报告|总结|通报|汇报|通知|答复|复函|意见|方案")
_DOCUMENT_WORD_END = re.compile(r"(?:说明|报告|总结|通报|汇报|通知|答复|复函|意见|方案|情况)$")


def _whole_headline(lines: list[str], zone: list[int], title: str | None) -> str | None:
    """A headline printed over two lines is one (新疆…人民政府 / 关于…的报告; …办理工作 / 完成情况说明);
    a 【栏目】 tag or a document number (西政办发〔2016〕10号) in front is not part of it."""
    if not title:
        return title
    position = next((spot for spot, index in enumerate(zone) if lines[index] == title), None)
    if position is not None:
        line_at = {spot: lines[index] for spot, index in enumerate(zone)}
        if _ORIGINAL_TITLE.match(title):
            position, title = _own_headline_above(line_at, position, title)
        after = line_at.get(position + 1, "")
        before = line_at.get(position - 1, "")
        three = _reply_over_three_lines(line_at, position)
        if three:
            position, title = three
        elif _ABSTRACT_NOTE.fullmatch(after) and _DOCUMENT_WORD_END.search(title):
            title += after  # 对…第7597号建议的答复 / (摘要): a ministry's answer printed as its abstract
        elif title.endswith("的") and _DOCUMENT_WORD.fullmatch(_compact(after)):
            title += _compact(after)  # 关于对市七届人大五次会议第71号建议的 / 答 复
        elif not _DOCUMENT_WORD_END.search(title) and (len(after) <= 12 and _HEADLINE_TAIL.fullmatch(after)
                                                      or _HEADLINE_REST.fullmatch(after)
                                                      or _SHORT_TAIL.fullmatch(after) and position + 1 == len(zone) - 1):
            title += after  # …办理工作 / 完成情况说明; …市人大代表建议 / 和政协提案办理工作的通知; …质量 / 评议工作
        elif _ends_mid_phrase(title) and _completes(title, after):
            title += _compact(after)  # …代表建议、 / 批评和意见办理工作情况的报告
        elif _continues(before, title) or _opens_with_about(before, title):  # …代表建议 / 办理工作的报告
            position -= 1
            title = line_at[position] + title
        elif _subject_above(before, title) and not _site_name_over_a_letter(line_at, position, title):
            # 大足区人大常委会 / 开展“主任接待日”活动…
            position -= 1
            title = _compact(line_at[position]) + title
        elif _subject_above(title, _compact(after)):  # 市政协十四届四次会议 / 收到提案形式意见建议632件
            title += _compact(after)
        elif _SPEECH_VERB_END.search(title) and _is_headline_shaped(_compact(after)) and not after.startswith(("——", "--")):
            title += " " + after  # 王晨在…交办会上强调 / 紧紧围绕党和国家工作大局 高质量做好…: what was said, announced
        elif (_is_result_half(after) and not _ITEM_WORDS.search(after) and _is_headline_shaped(title)
              and not _DOCUMENT_WORD_END.search(title)):
            title += " " + after  # 国务院部门牵头办理代表委员建议提案 / 1万余件全部按时办结
        elif (_is_count_deck(title) and len(before) > max(map(len, title.split(" ")))  # not a kicker
              and _is_headline_shaped(before)
              and not _DOCUMENT_WORD_END.search(before)):
            position -= 1  # settled point 29: 2023年省政协聚焦海南发展…履职尽责 / 524件提案全部办复, a deck
            title = before
        elif title.startswith(("——", "--")):  # 让民心工程更暖心 / ——天津市政协召开…小记: the headline, not its subtitle
            above = position - 1
            while above > position - 4 and _between_headline_and_subtitle(line_at.get(above, "")):
                above -= 1  # a photo's caption or the dateline between them
            # a space the copy put inside the headline (把“ 事事有回音” 落到实处) does not make it two lines' worth
            if _is_headline_shaped(_compact(line_at.get(above, ""))) or _is_headline_of_phrases(line_at.get(above, "")):
                position = above  # settled point 29: a subheading printed as its own line is left out
                title = line_at[position]
        title = _author_above(line_at, position, title)
    title = _TRAILING_DATE.sub("", _ORIGINAL_TITLE.sub("", _WORD_COUNT.sub("", title))) or title
    title = _UNCLOSED_DATED_NOTE.sub("", _ADOPTION_NOTE.sub("", title) or title) or title
    title = _without_line_residue(title)
    title = title.lstrip("?？") or title  # a character the copy could not print, before the headline
    title = _TRAILING_BANNER.sub("", title) or title  # …优化营商环境丨两会“法”声·报告解读: the series after the headline
    title = _LEADING_BANNER.sub("", title) or title  # 听民意 汇民智丨部委回应…现场直击: the series before it
    return _TAG.sub("", title) or title  # a 文号 on the headline's line stays (point 128: 岳民字〔2025〕21号对…的答复)


# 崔波主持并讲话, 沈健主持并講話, 郭承录出席会议并讲话, 王文濤王忠林…到會祝賀 雷杰作常委會工作報告 李好臣主持: a deck
# under a meeting's headline naming who chaired, attended, greeted or reported
_DECK_PART = (r"(?:[\u4e00-\u9fff·、]{2,24}?(?:(?:主持|出席)(?:会议|會議)?(?:(?:并|並)(?:讲话|講話))?|到(?:会|會)祝(?:贺|賀))"
              r"|[\u4e00-\u9fff·]{2,4}作[\u4e00-\u9fff]{2,16}?(?:报告|報告)"
              r"|[\u4e00-\u9fff·]{2,4}(?:讲话|講話))")  # 钟志生讲话 梁高潮作常委会工作报告: a name and 讲话 beside the rest
_DECK = re.compile(rf"{_DECK_PART}(?: {_DECK_PART})*")


def _is_presiding_deck(line: str) -> bool:
    return bool(_DECK.fullmatch(without_pinyin_glosses(line)))


_TRAILING_BANNER = re.compile(r"(?<=.{8})丨[^丨]{2,14}$")
_LEADING_BANNER = re.compile(r"^[^丨]{2,14}丨(?=[^丨]{8})")


def _reply_over_three_lines(line_at: dict[int, str], position: int) -> tuple[int, str] | None:
    """A reply's headline broken after its item's number, or after its session and its number, whichever piece was picked:
    关于政协第十四届全国委员会第二次会议 / 第02603号(城乡建设类070号) / 提案答复的函; …局关于县十七届人民代表大会第三次会议 /
    第110号代表建议办理情况 / 的答复函."""
    pieces: list[tuple[int, str, str, str]] = []
    for start in (position - 2, position - 1):
        opening, number, end = (line_at.get(spot, "") for spot in range(start, start + 3))
        if len(end) <= 14 and _REPLY_END_PIECE.fullmatch(end):
            pieces.append((start, opening, number, end))
    for start, opening, number, end in pieces:
        if (len(number) <= 30 and _NUMBERED_PIECE.match(number)
                and len(opening) <= 60 and opening.endswith("会议") and ("关于" in opening or opening.startswith("对"))):
            return start, opening + number + end
        if len(opening) <= 30 and is_body_name(opening) and len(number) <= 40 and _ITEM_PIECE.fullmatch(number):
            return start, opening + number + end  # 四川省市场监督管理局 / 对省第十三届人大五次会议第735号 / 建议答复的函
    above, end = line_at.get(position - 1, ""), line_at.get(position, "")
    if len(end) <= 14 and _REPLY_END_PIECE.fullmatch(end) and len(above) <= 80 and _ANSWERED_ITEM.fullmatch(above):
        return position - 1, above + end  # 镇康县公安局关于对镇康县第十八届人民代表大会第二次会议代表第49号 / 建议的答复函
    for start, opening, number, end in pieces:
        if len(opening) + len(number) <= 80 and _ANSWERED_ITEM.fullmatch(opening + number):
            return start, opening + number + end  # 广东省人民政府关于政协十三届全国委员会 / 第二次会议第2656号(…) / 提案答复的函
    return None


# (旺苍县教育局 / 关于对县政协十届六次会议第11号提案 / 答复的函: the item's kind after its number)
_ITEM_PIECE = re.compile(r"(?:关于|对)[^,,。]{2,30}?(?:会议|届)[^,,。]{0,8}?第?[\dA-Za-z-]{1,10}号(?:提案|代表建议|建议|议案)?")
# the item a reply's headline names up to its number, its sender's name before it: …关于对…第二次会议代表第49号(…类285号)
_ANSWERED_ITEM = re.compile(r"[\u4e00-\u9fff()（）]{0,30}?(?:关于|对)[^,,。:：]{2,50}?(?:会议|届)[^,,。:：]{0,10}?"
                            r"第?[\dA-Za-z-]{1,10}号(?:[(（][^()（）]{1,20}[)）])?")
_REPLY_END_PIECE = re.compile(r"(?:提案|建议|代表建议|议案)?(?:办理情况)?的?(?:答复函?|复函|答复的函)")
_NUMBERED_PIECE = re.compile(r"第?[\dA-Za-z-]{1,10}号")


def without_doc_number(title: str) -> str:
    """The headline without the 文号 printed on its line (…的通知 杭政办〔2019〕1号): what its words say the page is."""
    return _DOC_NUMBER.sub("", _TRAILING_DOC_NUMBER.sub("", title) or title) or title


def _own_headline_above(line_at: dict[int, str], position: int, note: str) -> tuple[int, str]:
    """The page's own headline over its 原标题 note (settled point 29), printed over one to three lines
    that end with the original's words (福建泉州市政协表彰 / 优秀提案、…先进工作者 / 原标题:市政协表彰优秀提案…)."""
    original = _compact(_ORIGINAL_TITLE.sub("", note))
    for above in range(1, _NAME_LINES + 1):
        pieces = [line_at.get(spot, "") for spot in range(position - above, position)]
        if not all(_is_headline_shaped(_compact(piece)) for piece in pieces):  # 兰州市:委员建言注重质量 政府采纳率创新高
            break
        if len(original) > 4 and _compact("".join(pieces)).endswith(original):
            return position - above, "".join(pieces)
    return position, note


def _author_above(line_at: dict[int, str], position: int, title: str) -> str:
    """The author's name printed over the lines above a formal headline (关于…的报告, a committee's
    提案审查委员会关于…, 对…建议的答复 broken over lines): 中国人民政治协商会议咸宁市 / 第五届委员会第二次会议 /
    关于…, or one body's line (唐山市丰南区农业农村局 / 对丰南区第七届人民代表大会 / 第三次会议第20号建议的
    答复; 宁陕县交通局 / 对…的复函, a letterhead over a one-line reply, too: point 78)."""
    if _DOC_NUMBER.match(title):  # 津民政函〔2025〕35号关于…: the headline's line as printed, its 文号 first (point 128)
        return title
    if not (_FORMAL_OPENING.match(title) or _REPLY_OPENING.match(title)):
        # 中国人民政治协商会议 / 第六届南充市顺庆区委员会第五次会议 / 提案审查情况报告: a session's report under its name
        pieces = _name_pieces_above(line_at, position) if _DOCUMENT_WORD_END.search(title) else []
        return "".join(pieces) + title if pieces and pieces[0].startswith("中国人民政治协商会议") else title
    pieces = _name_pieces_above(line_at, position)
    if pieces and pieces[0].startswith("中国人民政治协商会议"):
        return "".join(pieces) + title
    before = line_at.get(position - 1, "")
    if (len(before) <= 30 and is_body_name(before) and " " not in before and not _NOT_A_HEADLINE.search(before)
            and gazetteer.leading_places(before) and not _site_name_over_a_letter(line_at, position, title)):
        return before + title
    return "".join(pieces) + title if title.startswith("关于") else title


def _site_name_over_a_letter(line_at: dict[int, str], position: int, title: str) -> bool:
    """陕西省发展和改革委员会 / 对…第678号建议的答复函 (printed once or twice) / 来源:档案室 发布时间:2014-07-01: the page's
    posting line right under a formal headline makes the body's line over it the site's name, not the letter's
    letterhead, unless the letter's own heading under the posting line opens with that name again."""
    if not (_FORMAL_OPENING.match(title) or _REPLY_OPENING.match(title)):
        return False
    under = position + 1 + (line_at.get(position + 1) == title)
    name = line_at.get(position - 1, "")
    return is_metadata_line(line_at.get(under, "")) and not line_at.get(under + 1, "").startswith(name)


# 关于…, 对…的答复, 提案审查委员会关于…: a formal headline whose author may be printed above it
_FORMAL_OPENING = re.compile(r"关于|[\u4e00-\u9fff]{2,12}委员会关于")
_REPLY_OPENING = re.compile(r"对[^的]{4,}的(?:答复|复函)")
# …会上强调, …时指出: a news headline's first line announcing what was said, on the line under it
_SPEECH_VERB_END = re.compile(r"(?:强调|強調|指出|表示|要求|提出|寄语|寄語)$")
_SHORT_TAIL = re.compile(r"[\u4e00-\u9fff]{1,6}(?:工作|会议|活动)")  # the last words of a headline printed apart
_RESULT_HALF = re.compile(r"[\d万萬余]+件[^,。:]{0,12}|[^,。:]{0,6}(?:全部|均已)[^,。:]{0,8}")  # 524件提案全部办复


def _is_count_deck(line: str) -> bool:
    """A deck under a news headline counting its own items (524件提案全部办复, 新收到提案554件): a clause
    of its own, left out (settled point 29), unlike a count completing the headline's items (1万余件…)."""
    clauses = line.split(" ")  # 566件代表建议全部交付相关部门办理 60件被确定为重点督办代表建议: two counts, one deck
    return (len(clauses) <= 2 and all(4 <= len(clause) <= 20 and _COUNT_DECK.fullmatch(clause) for clause in clauses)
            and bool(_ITEM_WORDS.search(line)))


_COUNT_DECK = re.compile(r"[^,。:\s]{0,10}?[\d万萬余]+件[^,。:\s]{0,14}")


def _is_result_half(line: str) -> bool:
    """The second half of a news headline stating the result (1万余件全部按时办结)."""
    return 4 <= len(line) <= 20 and bool(_RESULT_HALF.fullmatch(line)) and _is_headline_shaped(line.replace(" ", ""))


def _opens_with_about(before: str, title: str) -> bool:
    """关于全国政协十四届二次会议 / 委员提案办理工作总结, 对市政协第十四届第四次会议 / 第2025D048号集体提案的
    答复, 遂昌县政协九届一次会议 / 提案和大会发言交办会召开: a headline's opening line above its end."""
    opening = ("关于" in before and "关于" not in title
               or before.startswith("对") and _ANSWER_CLASS.sub("", title).endswith("的答复")  # …的答复(C): its class after it
               or _SESSION_NAME.fullmatch(before) is not None and not title.startswith("关于"))
    if _BROKEN_OPENING.fullmatch(before) and "关于" not in title and _NUMBERED_ITEM.match(title):
        return _is_headline_shaped(before)  # 关于政协十三届全国委员会第三次会议 / 0223号(…)提案答复的函
    if before.endswith("关于") and _is_headline_shaped(title):  # …委员会办公室关于 / 表彰2009年度…的通报
        return len(before) <= 60 and not _NOT_A_HEADLINE.search(before)
    return (opening and len(title) <= 20 and len(before) <= 30
            and not _DOCUMENT_WORD_END.search(before) and _is_headline_shaped(before))


# a reply's headline broken after the session's name, the answering body's name in front or not (国家医疗保障局关于政协
# 十三届全国委员会第三次会议 / 第5034号(社会管理类434号)提案答复的函)
_BROKEN_OPENING = re.compile(r"(?:[^\s,,。:：]{2,30}?)?(?:关于|对)[^,。]{4,30}会议")
# 第0223号, or the item's kind before its number: 代表建议、批评和意见第522004号办理情况的答复, 委员提案第0191号的答复
_NUMBERED_ITEM = re.compile(r"(?:(?:代表|委员)?(?:建议|提案)[、,，和批评意见]{0,8})?第?[\dA-Za-z]{1,10}号")


_SESSION_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}?第?[一二三四五六七八九十]{1,3}届(?:[\u4e00-\u9fff]{0,6}?)"
                           r"第?[一二三四五六七八九十]{1,2}次(?:全体)?会议")
# 中国人民政治协商会议 / 咸宁市第五届委员会第二次会议: a body's name printed over lines above its 关于…
_NAME_PIECE = re.compile(r"中国人民政治协商会议[\u4e00-\u9fff]{0,20}|[\u4e00-\u9fff]{2,24}(?:委员会|会议|人民政府|人民代表大会|常务委员会)")
_NAME_LINES = 3


def _name_pieces_above(line_at: dict[int, str], position: int) -> list[str]:
    pieces: list[str] = []
    for above in range(position - 1, position - 1 - _NAME_LINES, -1):
        line = line_at.get(above, "")
        if not (len(line) <= 30 and _NAME_PIECE.fullmatch(line)):
            break
        pieces.insert(0, line)
    return pieces if pieces and pieces[0].startswith("中国人民政治协商会议") or len(pieces) == 1 and is_body_name(
        "".join(pieces)) else []


def _between_headline_and_subtitle(line: str) -> bool:
    return bool(_CAPTION.match(line) or _DATE_SOURCE.match(line) or _DATELINE_START.match(line))


_DATELINE_START = re.compile(r"^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")


def _is_headline_of_phrases(line: str) -> bool:
    """让代表委员满意 让人民群众受益: a headline of two spaced phrases, or of three or four (肩负光荣使命 履行参政职能 民盟荆州市委
    “两会”再结硕果: 96f89055b5a5), each of at least four characters (not a menu's 首页 参政议政 建言献策); of three or four,
    one long enough to tell the news (not an e-paper's 返回目录 标题导航 版面导航); no byline's labels nor a date
    (2014-06-23 00:00:00 作者:管玮玮 来源:今日高邮, 執行總編:張曉暉 副社長:邱躍進 …)."""
    main, dash, subtitle = line.partition("——")
    if dash and _is_phrases_over_a_dash_subtitle(main, subtitle.strip()):
        return True
    parts = line.split(" ")
    return (2 <= len(parts) <= _HEADLINE_PHRASES and all(len(part) >= 4 for part in parts)
            and (len(parts) == 2 or max(map(len, parts)) >= _TELLING_PHRASE)
            and sum(":" in part or "：" in part for part in parts) <= 1 and not find_date_span(line)
            and _is_headline_shaped("".join(parts)))


_HEADLINE_PHRASES = 4
_TELLING_PHRASE = 8


def _is_phrases_over_a_dash_subtitle(main: str, subtitle: str) -> bool:
    """传民意 谋良策 共谱发展新篇章——内江市八届人大代表报到侧记: spaced phrases before a dash and the news after it; the
    subtitle makes a headline of phrases as short as three characters (a menu's items have no dash subtitle)."""
    parts = main.split()
    return (2 <= len(parts) <= _HEADLINE_PHRASES and all(len(part) >= 3 for part in parts)
            and _is_headline_shaped(subtitle) and _is_headline_shaped("".join(parts)) and not find_date_span(main))


def _is_headline_line(line: str) -> bool:
    """A line a headline may be: headline-shaped, or a headline of spaced phrases."""
    return _is_headline_shaped(line) or _is_headline_of_phrases(line)


# …关于…的报告, …对…第0080号建议的答复: a document's own headline, as opposed to a column's name
_FORMAL_HEADLINE = re.compile(r"(?:关于[^,。]{2,}|对[^的,。]{4,}的)(?:报告|总结|通报|汇报|说明|通知|答复|复函|意见|方案|决定|批复)$")


_SHORT_TITLE = 20


def _formal_headline(lines: list[str], zone: list[int], titles: list[int], title: str | None,
                     meta_title: list[str]) -> str | None:
    """A longer formal headline in the header wins over a column's name or a short title printed
    above it (人大代表建议办理答复 over 红河州林业和草原局对…第0080号建议的答复) — unless the page's own
    metadata names the title."""
    if not title or len(title) > _SHORT_TITLE or _FORMAL_HEADLINE.search(title) or title in meta_title:
        return title  # a news headline (胡刚向…会议作提案工作情况报告) above the report's name stays
    column = _is_column_name(title)  # 建议提案 over …代表建议工作总结
    for line in dict.fromkeys(lines[index] for index in titles):  # a line printed again reads the same
        whole = _whole_headline(lines, zone, line)
        if whole and len(whole) > len(title) and (_FORMAL_HEADLINE.search(whole)
                                                  or column and _DOCUMENT_WORD_END.search(whole)):
            return whole
    return title


_COLUMN_NAME = 8  # 建议提案, 提案议案: a column's name printed over the headline


def _is_column_name(title: str) -> bool:
    return len(title) <= _COLUMN_NAME and not _DOCUMENT_WORD_END.search(title)


_TEXT_LINES_SEARCHED = 30
_ORIGINAL_TITLE_LINES = 3
_GLUED_LINES = 6
# 《县民政局2022年办理…工作情况报告.doc》由会员分享: a document-sharing site names the file it shows
_SHARED_FILE = re.compile(r"^《(?P<name>[^《》]{6,80}?)\.(?:docx?|pdf|pptx?|txt|wps)》")
# 2020年办理…提案工作总结现将…; …办理工作总结 一、办理情况 …: a copy that runs the heading into the text
_GLUED_HEADING = re.compile(r"^(?:\d+、|\d{1,3}(?![\d年]))?(?:-\s?\d+\s?-)?"  # 1、, a page number 1 or -2- in front
                            # 现将我厅…情况报告如下: the report's opening sentence, never its heading (f6efbe6704f3)
                            r"(?!现将|特将|兹将)(?P<heading>[^,。:;“”()]{6,60}?(?:工作总结|总结|情况报告|工作报告|的报告|情况通报|情况汇报|工作汇报|讲话))(?=现将|[\s(]|[一二三四五六七八九十]、|今年|\d{4}\s?年|[\u4e00-\u9fff、]{2,12}:)")


# 省政协去年提案近三成涉及民生 2013年,省政协共征集提案567件,…。: a copy running its headline into the text after a space
_RUN_IN_HEADLINE = re.compile(r"^(?P<heading>[^,,。:;;“”()\s]{8,40})\s+(?=[^\s,,。]{2,20}[,,][^。]{4,}。)")
# 关于县人大…第50-1号人大建议答复的函 王沛海等十位代表: 你们…; 重庆市商务委员会关于…提案办理情况的答复函文章属性•【制定机关】…:
# a copy running a formal title (about one item's answer, a notice) into its addressee or a database's fields
_RUN_IN_FORMAL_TITLE = re.compile(r"^(?P<heading>[\u4e00-\u9fff]{0,20}?(?:关于|对)(?:[^,,。:：;“”()（）\s]| (?=第))"
                                  r"{6,80}?"
                                  r"(?:答复的函|答复函|的答复|的复函|的函|的通知))"
                                  r"(?=\s*[\u4e00-\u9fff、,,()（）]{2,40}[:：]|\s*文章属性|\s*【|\s*(?:发表|发布)时间)")
# 下面是小编为大家整理的…工作总结(2023年),供大家参考。: an essay site's line introducing the document it copies
_INTRODUCED = re.compile(r"^(?:下面|以下)是[\u4e00-\u9fff]{0,8}?(?:整理|收集|搜集|分享|准备|推荐)的(?P<name>[^,,。]{6,80}?)"
                         r"[,,。](?:供|希望|欢迎|仅供|以供)")


# 提案办理总结表彰及提案交办讲话人大政协 提案办理总结表彰及提案交办讲话人大政协同志们:…: a copy printing its
# heading, then its text opening with the heading again
_DOUBLED_HEADING = re.compile(r"^(?P<heading>[^,。:;“”\s]{6,60})\s+(?P=heading)")


def _headline_in_text(text_lines: list[str]) -> str | None:
    """With no headline above the text: a shared file's name, the heading a one-line copy runs into
    its text (…工作总结现将…, 1县人代会代表议案讲话同志们:…) or prints twice, a 原标题 note, or a headline
    the text prints twice."""
    for opening in text_lines[:_GLUED_LINES]:  # after a sharing site's notes (全文预览已结束, 文档简介)
        for pattern, group in ((_SHARED_FILE, "name"), (_INTRODUCED, "name"), (_DOUBLED_HEADING, "heading"),
                               (_GLUED_HEADING, "heading"), (_RUN_IN_HEADLINE, "heading"),
                               (_RUN_IN_FORMAL_TITLE, "heading")):
            match = pattern.match(opening)
            if match and _ITEM_WORDS.search(match.group(group)):
                return match.group(group).strip()
    for at, line in enumerate(text_lines[:_ORIGINAL_TITLE_LINES]):  # a note at the page's end may name another story
        if _ORIGINAL_TITLE.match(line) and _is_headline_shaped(_ORIGINAL_TITLE.sub("", line)):
            own = _own_headline_above(dict(enumerate(text_lines)), at, line)[1]  # settled point 29
            return _ORIGINAL_TITLE.sub("", own)
    noted = next((match.group(1) for line in text_lines if (match := _ORIGINAL_TITLE_NOTE.fullmatch(line))), None)
    if noted and _is_headline_shaped(noted):  # (原标题:…) on its own line: a news site's note of the story's own headline
        return noted
    wired = next((match.group("headline") for line in text_lines[:_GLUED_LINES] if (match := _WIRE_HEADLINE.search(line))),
                 None)
    if wired and _is_headline_line(wired):  # 新华社海口2月28日电 题:…: a wire story's headline in its dateline
        return wired
    printed = Counter(text_lines)
    return next((line for line, times in printed.items() if times >= 2 and _is_repeated_headline_shape(line)), None)


# 马关县教育局关于…第201号建议的答复函 / 伏正洪代表:: the answer's own heading over its addressee, under the item's record
# (建议号, 提案人, 内容, 承办单位 …) or the item's text printed first
_ADDRESSEE_LINE = re.compile(r"[\u4e00-\u9fff、,，·]{2,40}?(?:代表|委员|代表们|委员们)[:：]")
_REPLY_HEADING_END = re.compile(r"(?:答复|复函|答复函|答复的函|回复|答覆|答復|復函)$")


def _reply_heading_over_its_addressee(lines: list[str], searched: list[int]) -> str | None:
    """With no headline found above the text: a reply's heading, on one line or broken over two or three, right over
    the line that addresses its deputy or member."""
    line_at = {index: lines[index] for index in searched}
    for above, below in itertools.pairwise(searched):
        if not (_ADDRESSEE_LINE.fullmatch(lines[below]) and _REPLY_HEADING_END.search(lines[above])):
            continue
        broken = _reply_over_three_lines(line_at, above)
        if broken:
            return _author_above(line_at, *broken)
        if _is_title_candidate(lines[above]) and (_REPLY_OPENING.search(lines[above]) or _FORMAL_OPENING.search(lines[above])):
            return _author_above(line_at, above, lines[above])  # 广元市朝天区交通运输局 / 关于…的回复: its letterhead (point 78)
    return None


_ITEM_WORDS = re.compile(r"建议|提案|议案")
# 新华社海口2月28日电 题:“胶情”深 持续跟——…, 中新网哈尔滨3月10日电 题:…: the headline a wire's dateline prints
_WIRE_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日电\s*题[:：]\s*(?P<headline>\S.{5,80}?)\s*$")


def _is_repeated_headline_shape(line: str) -> bool:
    return (8 <= len(line) <= 60 and bool(_ITEM_WORDS.search(line)) and not _SECTION_HEADING.match(line)
            and _is_headline_line(line))


# 2022-04-24 来源:民进中山市委会 【收藏本文】 浏览 13678: the story's own byline, dated and sourced
# 2022-04-24 来源:民进中山市委会 【收藏本文】 浏览 13678, 来源:XX日报 作者:李四 时间:2023-03-01: the story's own
# byline, dated and labelled
_BYLINE_WORD = re.compile(r"来源|作者|编辑|记者|通讯员|发布|时间|日期|浏览|点击|阅读|字号|字体")
_BYLINE_LENGTH = 80
_CLOCK_TIME = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
_SHARED_WORD = 2


# 2017-10-19    办公室2, 2018-09-29 252 0: a dateline with its poster's name or its view and comment counters
_DATE_WITH_COUNTERS = re.compile(r"\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+[\w\u4e00-\u9fff]{1,6}){1,3}\s*")
# • 来源:长江网, 本文转自:人民日报客户端: a source line of its own, undated
_SOURCE_LINE = re.compile(r"[•·\s]*(?:(?:信息|新闻|文章)?来源|(?:本文)?[转轉]自)[::]\s*[\u4e00-\u9fff\w]{2,16}\s*")
# 11-25 17:39:49 来源:澎湃新闻: a dateline of month and day, its clock time and its source
_MONTH_DAY_CLOCK = re.compile(r"(?<!\d)\d{1,2}-\d{1,2}\s+[0-2]?\d:[0-5]\d")


@functools.lru_cache(maxsize=_REMEMBERED_LINES)  # a page asks about the same few lines from several passes
def _is_byline(line: str) -> bool:
    """来源:… 2022-10-11, or a news dateline with its clock time (海南特区报 2021-01-23 09:04); a dated line of
    counters, a source line of its own, a month-and-day dateline with its source."""
    if len(line) > _BYLINE_LENGTH:
        return False
    if find_date_span(line):  # the words: rarer
        return bool(_BYLINE_WORD.search(line) or _CLOCK_TIME.search(line) or _DATE_WITH_COUNTERS.fullmatch(line))
    return bool(_SOURCE_LINE.fullmatch(line) or _MONTH_DAY_CLOCK.search(line) and _BYLINE_WORD.search(line)
                or len(_BYLINE_LABEL.findall(line)) >= _UNDATED_BYLINE_LABELS)


# 来自:福建日报 作者:上海要闻 访问量:1346: an undated byline of its labels
_BYLINE_LABEL = re.compile(r"(?:来源|来自|作者|编辑|责任编辑|访问量|浏览量|浏览次数|点击数|阅读量)\s*[:：]")
_UNDATED_BYLINE_LABELS = 2


# 政协联线通讯员 王侃 记者 马赛, 本报记者 张三: the story's reporters, credited on a line of their own over its byline
_CREDIT_LINE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,8}?(?:通讯员|记者|通訊員|記者)[\s:：]*[\u4e00-\u9fff]{2,4}\s*){1,4}")


# 阅读:3679, 来源:新湖南客户端.本地: the page's counter or its source alone on a line between the headline and its dateline
_COUNTER_OR_SOURCE_LINE = re.compile(r"\s*(?:" + _COUNTER + r"|来源[:：]\s*[\u4e00-\u9fff\w.]{2,20})\s*")


def _headline_above_dateline(lines: list[str], zone: list[int], datelines: list[int], lead: str) -> str | None:
    """Without a headline of the usual words, the headline-shaped line right above the first
    dateline, or above the site's name under it (市政协召开十届三次常委会 / 2022-10-11 17:47:28),
    when the story's lead repeats some of its words (a site may print another story's headline)."""
    datelines = sorted(datelines or [index for index in zone if _DAY_FIRST_DATELINE.match(lines[index])]
                       or [index for index in zone if _is_byline(lines[index])])
    if not datelines:
        return None
    position = zone.index(datelines[0]) if datelines[0] in zone else 0
    sourced = _is_byline(lines[datelines[0]])
    while position > 0 and (is_metadata_line(above := lines[zone[position - 1]]) or DOC_NUMBER_LINE.fullmatch(above)
                            or _CREDIT_LINE.fullmatch(above) or _COUNTER_OR_SOURCE_LINE.fullmatch(above)):
        position -= 1  # 索引号:… 发布机构:… over 发布日期:…, a 文号 line, the reporters' credit: the headline sits above them
    for back in (1, 2):
        if position - back < 0:
            return None
        line = _LIST_DASH.sub("", lines[zone[position - back]])
        if back == 1 and _is_presiding_deck(line):
            continue  # 自治区政协十一届八十九次主席会议召开 / 崔波主持并讲话 / 2022-03-29: the meeting's headline over its deck
        if _is_headline_line(line):
            # over its own byline a word of the story will do (a content farm's unrelated headline shares none)
            return line if _lead_repeats(line, lead, _SHARED_WORD if back == 1 and sourced else _REPEATED_WORDS) else None
        if back == 1 and len(line) > 12:
            return None
    return None


_RETOLD_WORDS = 6
# the first line of a page, alone over its lead (澳门中联办举行“两会”精神传达会 / 中央人民政府驻澳门…举行“…精神传达会”):
# a headline that retells less of it
_OPENING_LINE_WORDS = 3


def _headline_over_the_lead(line: str, lead: str, words: int = _RETOLD_WORDS) -> str | None:
    """縣十六屆人大四次會議召開秘書長會議 / 1月8日上午,縣十六屆人大四次會議召開秘書長會議。…: in reader
    text, a headline without the usual words sits right above the lead that repeats it."""
    shaped = _is_headline_line(line) and not _is_plain_body_name(line)
    if _SECTION_HEADING.match(line) and not _MONTH_AND_DAY.match(line):  # 一、大门镇公交站点设施基本情况: a letter's heading
        return None  # (e3a45cdfdff4), not a news list's 08.21 旗政协专题调研…
    return line if shaped and _lead_repeats(line, lead, words) else None


_MONTH_AND_DAY = re.compile(r"\d{1,2}\.\d{1,2}\s")


def _is_plain_body_name(line: str) -> bool:
    """A byline's body (…人民政府办公室); not a meeting's news ending in 会 (市政协召开常委会专题协商协调会)."""
    return is_body_name(line) and not _MEETING_VERB.search(line)


_MEETING_VERB = re.compile(r"召开|举行|举办|开幕|闭幕")


_BROKEN_LINES = 3


def _broken_headline_over_the_lead(last_lines: list[str], lead: str) -> str | None:
    """中国人民政治协商会议 / 第十届玉屏侗族自治县委员会 / 第一次会议闭幕 over the lead that retells it: a headline
    printed over two or three short lines is one (settled point 29). A meeting's deck under it (卜祥联主持) is no part of it."""
    deck = bool(last_lines) and _is_presiding_deck(last_lines[-1])
    if deck:
        last_lines = last_lines[:-1]
    for count in range(len(last_lines), 0 if deck else 1, -1):
        pieces = last_lines[-count:]
        joined = "".join(pieces)
        if (all(len(piece) <= _SHORT_TITLE for piece in pieces) and _is_headline_shaped(joined)
                and not is_body_name(joined) and _lead_repeats(joined, lead, _RETOLD_WORDS * 2)):
            return joined
    return None


_LEAD_LINES = 6  # a story's lead, after the captions and font-size links a news page prints over it


_SUBHEADING_OPENING = ("—", "--")  # ——以Q区人大常委会为例, or one dash (—政协…常务委员会一年来工作综述)


def _headline_over_subtitle(lines: list[str], zone: list[int]) -> str | None:
    """构建“满意度测评+”监督矩阵的若干分析 / ---以Q区人大常委会为例: the line over a ——subheading is the
    headline whatever its words (the subheading is left out, settled point 29)."""
    for above, index in itertools.pairwise(zone):
        if lines[index].startswith(_SUBHEADING_OPENING) and _is_headline_line(lines[above]):
            return lines[above]  # 齐心贡献良策 建言谋划发展 / ——…讨论侧记; 履职担当促发展 凝心聚力谱新篇 / —…工作综述
    return None


def _headline_over_its_deck(lines: list[str], zone: list[int], deck: str) -> str | None:
    """市政協十四屆二次會議開幕 / 王文濤…到會祝賀 雷杰作常委會工作報告 李好臣主持: the headline-shaped line right over a
    meeting's deck; none where the deck is the page's only heading line."""
    return next((lines[above] for above, index in itertools.pairwise(zone)
                 if lines[index] == deck and _is_headline_line(lines[above]) and not _is_presiding_deck(lines[above])),
                None)


def _doubled_opening(lines: list[str], zone: list[int]) -> str | None:
    """阿拉尔市政协五届三次会议开幕 printed twice as the page's first lines (its title and its heading), over a deck
    that names the reports it heard: the headline, not the longer deck; or a line its 原标题 note repeats under it
    (…主席会议召开 围绕中心履职尽责 提升协商议政水平 / 原标题:…主席会议召开 围绕中心履职尽责 提升协商议政水平)."""
    repeated = next((lines[above] for above, below in zip(zone, zone[1:], strict=False)
                     if _ORIGINAL_TITLE.match(lines[below]) and _ORIGINAL_TITLE.sub("", lines[below]) == lines[above]), None)
    if repeated:
        return repeated
    if len(zone) < 3 or lines[zone[0]] != lines[zone[1]]:
        return None
    return lines[zone[0]] if _is_headline_shaped(lines[zone[0]]) else None


def _doubled_headline(line: str, lead: str) -> str | None:
    """江西省政协十三届四次会议开幕 printed twice over the lead that retells it: the headline, whatever its words."""
    shaped = _is_headline_line(line)
    return line if shaped and _lead_repeats(line, lead) else None


_LIST_DASH = re.compile(r"^[-•·]\s")  # - 2021年自治区人大履职成绩单, • 柯桥区代表建议…: a reader's list item
_CAPTION = re.compile(r"^[(（][^()（）]{1,20}[)）]$")  # (资料图片)
_DAY_FIRST_DATELINE = re.compile(r"^\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?:\s+\d{1,2}:\d{2})?")  # 16.01.2015 01:24
_REPEATED_WORDS = 4


def _lead_repeats(headline: str, lead: str, words: int = _REPEATED_WORDS) -> bool:
    return any(headline[start:start + words] in lead for start in range(len(headline) - words + 1))


def _is_headline_shaped(line: str) -> bool:
    line = _headline_part(line)
    return (6 <= len(line) <= 60 and not _NOT_A_HEADLINE.search(line) and not _NOTE_LINE.match(line)
            and not _ends_header_zone(line)
            and not _CAPTION.match(line)
            and not line.endswith((*_SENTENCE_ENDS, "网站", "网")) and not is_metadata_line(line)
            and not is_chrome_line(line) and not _DATE_SOURCE.match(line) and " " not in line.strip())


def _subject_above(subject: str, predicate: str) -> bool:
    """A headline's subject printed on a line of its own above the rest: a session (市政协十四届四次会议 / 收到提案…632件;
    市十八届人大二次会议以来 / 代表建议…办理完毕), or a body whose act the next line opens with (大足区人大常委会 /
    开展“主任接待日”活动…), or a CPPCC's term before its session (政协汉中市汉台区第十六届委员会 / 第五次会议定于3月2日召开)."""
    if _LINKED_SITES.search(subject):  # 中国政府网 山西省政府 忻州市政府: the portal's row of linked sites, no subject
        return False
    subject = _compact(subject)
    if subject and len(subject) <= 24 and _ANSWER_TO_AN_ITEM.fullmatch(predicate):  # 松桂镇人民政府 / 对…第 9号提案的答复
        return is_body_name(subject) and not _NOT_A_HEADLINE.search(subject) and _PLAIN_NAME.fullmatch(subject) is not None
    if not subject or len(subject) > 24 or not 4 <= len(predicate) <= 40 or not _is_headline_shaped(predicate):
        return False
    if _SESSION_NAME.fullmatch(subject.removesuffix("以来")):
        return not predicate.startswith(("关于", "第")) and not _DOCUMENT_WORD_END.search(predicate)
    if subject.endswith("委员会") and _SESSION_OF_A_TERM.match(predicate):
        return True
    return is_body_name(subject) and bool(_ACT_OPENING.match(predicate))


_LINKED_SITES = re.compile(r"[\u4e00-\u9fff]{2,12}网[ \t\u00a0\u3000]+[\u4e00-\u9fff]")  # a website's name, then another
_PLAIN_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff()()]+")  # not 所属机构:市自然资源局发布机构:…, -市…局
# a reply's headline that names no body: 对…第 9号提案的答复, 关于区十届人大三次会议第1号代表建议办理情况的复函
_ANSWER_TO_AN_ITEM = re.compile(r"(?:关于|对)[^,,。]{4,40}?(?:会议|届)[^,,。]{0,12}?第?\s?[\dA-Za-z-]{1,10}号[^,,。]{0,16}?"
                                r"(?:答复|复函|答复的函|答复函|回复)")


_SESSION_OF_A_TERM = re.compile(r"第[一二三四五六七八九十]{1,2}次(?:全体)?会议")
_ACT_OPENING = re.compile(r"开展|召开|举行|举办|组织|收到|共收到|定于|督办|视察|调研|走访")


def _continues(before: str, tail: str) -> bool:
    """办理工作的报告 under 关于…代表建议: the end of a headline printed over two lines."""
    return (len(tail) <= 12 and bool(_HEADLINE_TAIL.fullmatch(tail)) and bool(before)
            and not _DOCUMENT_WORD_END.search(before) and not _NOT_A_HEADLINE.search(before))


# 、, 和, 及, 与, 暨, 的, 关于, an opening bracket or quote: a line cut in the middle of a phrase
_MID_PHRASE_END = re.compile(r"(?:[、和及与暨的]|关于|[《“「『(（【\[‘])$")
_HEADLINE_LENGTH = 100


def _ends_mid_phrase(line: str) -> bool:
    return bool(_MID_PHRASE_END.search(line))


def _completes(title: str, after: str) -> bool:
    """The line under a headline cut mid-phrase that ends it, as opposed to a deck (——…), a byline,
    a date, metadata or a site's chrome printed under the headline."""
    rest = _compact(after)
    return (len(rest) >= 2 and len(title) + len(rest) <= _HEADLINE_LENGTH and not rest.startswith(("——", "--"))
            and not _NOT_A_HEADLINE.search(rest) and not _ends_header_zone(rest) and not rest.endswith((":", "："))
            and not is_metadata_line(after) and not is_chrome_line(after) and not _DATE_SOURCE.match(after)
            and not _is_byline(after) and not find_date_span(after) and not _CAPTION.match(rest))


def _headline_without_its_deck(lines: list[str], near: list[int], title: str | None) -> str | None:
    """A title run together from the headline and its deck, both printed below on lines of their own (a forum's
    thread title 政协八届一次会议通过提案审查报告会议期间共收到提案1799件,已立案1727件 over the story's 政协八届一次会议
    通过提案审查报告 / 会议期间共收到提案1799件,…): the headline alone, as the story prints it."""
    if not title or "件" not in title:  # both decks count items: most titles need no search
        return title
    whole = _compact(title)
    for before, after in zip(near, near[1:], strict=False):
        headline, deck = lines[before], lines[after]
        if _compact(headline) and whole == _compact(headline) + _compact(deck) and _is_headline_shaped(headline) \
                and (_is_count_deck(deck) or _COUNTS_DECK.fullmatch(deck)) \
                and not _subject_above(headline, _compact(deck)):  # not a headline broken over two lines
            return headline
    return title


_COUNTS_DECK = re.compile(r"[^。:\s]{0,16}?\d+件[,,][^。:\s]{0,16}?\d+件[^。:\s]{0,6}")  # 会议期间共收到提案1799件,已立案1727件


def _compact(text: str) -> str:
    return _COMPACT.sub("", text)


def _compact_start(lines: Iterable[str], length: int) -> str:
    """The compacted text of the lines, at least `length` characters of it when there are that many."""
    start = ""
    for line in lines:
        if len(start) >= length:
            break
        start += _compact(line)
    return start


def _is_excerpt(line: str, following: Iterable[str]) -> bool:
    """A teaser paragraph that repeats the start of the body (mirrors put one above the text)."""
    head = _compact(line)
    if len(head) < 20:
        return False
    prefix = head.rstrip(".…")[:-2] if len(head) > 40 else head
    return _compact_start(following, len(prefix)).startswith(prefix)


_PUBLICITY_NOTE = re.compile(r"[(（]?此件(?:主动|依申请|不予)?公开(?:发布)?[)）]?")
_FOOTER_LINES = 30


def _end_of_the_letter(lines: list[str], body: list[int]) -> int:
    """Where the letter ends: at its publicity note in the last lines, the portal's link lists and footer following it
    (福建省交通运输厅 / 2025年5月6日 / (此件主动公开) / 省政府部门 / 市、县(区) / …), else at the body's end."""
    for position in range(len(body) - 1, max(-1, len(body) - 1 - _FOOTER_LINES), -1):
        if _PUBLICITY_NOTE.fullmatch(lines[body[position]].strip()):
            return position + 1
    return len(body)


def find_signature(lines: list[str], body: list[int]) -> Signature | None:
    """The closing 'body / date' pair in the last lines of the body: the body on the line above the
    date (or above a seal note, (盖章)), or in front of the date on its own line (某某局 2023年7月18日);
    above the credits some sites print under it (来源:… 撰稿:… 校对:… 三审:…), else above a publicity note the
    portal's link lists follow (_end_of_the_letter), else above an annex's heading (镇康县卫生和计划生育局 / 2018年5月2日 /
    附件: / the form it names)."""
    found = _signature_above(lines, body, len(body))
    if found:
        return found
    end = _end_of_the_letter(lines, body)
    found = _signature_above(lines, body, end) if end < len(body) else None
    return found or next(filter(None, (_signature_above(lines, body, start) for start in _annex_headings(lines, body))), None)


_ANNEX_HEADING = re.compile(r"\s*附\s*件\s*\d{0,2}\s*[:：]?\s*")


def _annex_headings(lines: list[str], body: list[int]) -> Iterator[int]:
    """The body's positions of an annex's heading on its own line (附件: / 附件1), the last first."""
    return (position for position in range(len(body) - 1, 0, -1) if _ANNEX_HEADING.fullmatch(lines[body[position]]))


def _signature_above(lines: list[str], body: list[int], end: int) -> Signature | None:
    """find_signature in the body's lines before `end`."""
    while end and _CREDIT.match(lines[body[end - 1]]):
        end -= 1
    window = body[max(0, end - 6):end]
    for position in range(len(window) - 1, -1, -1):
        line = lines[window[position]]
        span = find_date_span(line)
        before = line[: span[0]].strip() if span else ""
        start = max(0, end - 6) + position
        above = [lines[index] for index in body[max(0, start - _CO_SIGNERS - 1):start]]
        if above and _SEAL_NOTE.match(above[-1]):
            above = above[:-1]
        if not span:  # 20231130 (a date printed without 年月日) or 2021年4月 (福建省公安厅 / 2021年4月: no day) under the signer
            dropped, run_together = _run_together_date(line)
            year_and_month = _YEAR_AND_MONTH.fullmatch(line)
            if (dropped or year_and_month) and (signer := _first_of_signers(above)):
                month = f"{year_and_month.group(1)}-{int(year_and_month.group(2)):02d}" if year_and_month else None
                return Signature(signer, run_together, line, month)
        run_in = _RUN_IN_SIGNATURE.search(line) if len(line) > _SIGNATURE_LINE else None
        run_in_body = run_in.group("body") if run_in else None
        run_in_signer = _signer(run_in_body) if run_in_body else None
        if run_in and (run_in_signer or not run_in_body):
            # …指导。 新平彝族傣族自治县水利局 2021年9月17日 on one line; …万事如意! 2018年7月30日: the date alone
            return Signature(run_in_signer, parse_date(run_in.group("date")), line)
        if (not span or len(line) > 24 + len(before) or line[span[1]:].strip(" |")  # 2018年6月28日 |
                or before and not _signer(before)):
            continue
        issuer = _signer(before) or _first_of_signers(above)
        return Signature(issuer, parse_date(line), line)
    return None


_YEAR_AND_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")
# 20231130, 2023年918, 202512月30, 202465: a date under the signer whose 年, 月 or 日 the page dropped (not 202011, which may
# be a year and a month; 2021年4月, a year and a month, is _YEAR_AND_MONTH's)
_RUN_TOGETHER = re.compile(r"(?P<year>(?:19|20)\d{2})"
                           r"(?:(?P<days>\d{3,4})|年(?P<after_year>\d{2,4})|(?P<month>\d{1,2})月(?P<day>\d{1,2})日?)"
                           r"|(?P<short>(?:19|20)\d{4})")
# the signature a one-line copy runs onto its last sentence: …指导。 新平彝族傣族自治县水利局 2021年9月17日 (c3172fd50124), the
# letter's contact fields after it (… 2016年6月6日 单位负责人: 联系人姓名:孙 炜: fe3bf7e988db) or before it (…联系电话:0591-87078127
# 福建省交通运输厅 2016年5月3日: 41ca08b05ad4)
_SIGNATURE_LINE = 40  # a longer line holds text before its signature
_RUN_IN_SIGNATURE = re.compile(r"(?:[。!！]|联系电话[:：]\s*[\d\-、—－]{7,40})(?:\s*[(（]?此件[\u4e00-\u9fff]{0,6}公开[)）]?)?"
                               r"\s*(?:(?P<body>[^\s。!！;；,，:：]{4,30})\s*)?(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
                               r"\s*(?:[(（]?(?:单位负责人|联系人|承办人|联系电话).*|\|)?$")


def _run_together_date(line: str) -> tuple[bool, str | None]:
    """20231130, 2023717, 2023年918, 202512月30 under the signer: a date whose 年, 月 or 日 the page dropped (e4075fe41919,
    f606729f515e), and the date when only one split of its month and day is one (2017111 is 1-11 or 11-1: none); with
    two digits after the year (2021年86, 202465) a digit may be lost as well: no date."""
    found = _RUN_TOGETHER.fullmatch(line.strip())
    if not found:
        return False, None
    if found.group("short"):  # 202011 may be a year and a month
        return int(found.group("short")[4:]) > 12, None
    year = found.group("year")
    if found.group("month"):
        month, day = int(found.group("month")), int(found.group("day"))
        return True, f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    rest = found.group("days") or found.group("after_year")
    dates = [f"{year}-{int(rest[:cut]):02d}-{int(rest[cut:]):02d}" for cut in (1, 2)
             if len(rest) - 2 <= cut < len(rest) and 1 <= int(rest[:cut]) <= 12 and 1 <= int(rest[cut:]) <= 31]
    return True, dates[0] if len(dates) == 1 and len(rest) > 2 else None


_CO_SIGNERS = 4


def _first_of_signers(above: list[str]) -> str | None:
    """The signer on the line above the date, or the first listed of several signing on the lines above it
    (…人民政府办公室 / …人大常委会办公室 / 政协…办公室 / 二○一○年二月十日: docs/labelling.md, several signers)."""
    signers = list(itertools.takewhile(_signer, reversed(above[-_CO_SIGNERS:])))
    return signers[-1] if signers else None


_CREDIT = re.compile(r"\s*(?:来源|撰稿|校对|审核|审校|[一二三初终]审|编辑|责任编辑"
                     # a letter's closing fields and the portal's footer under its signature (东莲花院乡人民政府 / 2020年5月14日 /
                     # 领导签发:… / 联系人及电话: / 抄报:… / 主办单位:…: a7f01b25dabb)
                     r"|领导签发|签发人|联系人(?:及电话)?|联系电话|抄报|抄送|经办人员?|办理人员|分管领导|承办人|主办单位|传真|附件)\s*[:：]"
                     # (此件主动公开) and a portal's buttons under it: 扫码关注…, 扫一扫在手机上查看当前页面, 返回顶部 (ff329ebd879d)
                     r"|[(（]?此件[\u4e00-\u9fff]{0,8}[)）]?\s*$|扫码|扫一扫|返回顶部"
                     r"|.*ICP备"
                     # the portal's footer and a sidebar's teasers under the letter (泌阳县卫生健康体育委员会 / 2024年11月26日 /
                     # ![]() / 主办:泌阳县人民政府办公室 / 地址:… / 政府网站标识码:…: 7ff44f561c0a; 近日,扶绥县人民医院…: 7e1c55b3f981),
                     # its print run (共印5份) and the contact in brackets ((联系人及电话:李泽洋 …))
                     r"|(?:主办|地址|技术支持|(?:政府)?网站标识码|版权所有)\s*[:：]|[(（]\s*联系人"
                     r"|!\[\]\(\)\s*\|?\s*$|[(（]?共印\d+份[)）]?$|.{6,30}(?:\.{3}|…{1,2})$"
                     # the print note (淅川县交通运输局办公室 2019年9月16日印: 8ba840b94834) and a portal's login box under the letter
                     # (扫一扫分享到朋友圈 / 账号+密码登录 / 手机+密码登录 / 微信扫码登录 / 还没有账号? / 立即注册: 8b51b17dcb9e)
                     r"|.{2,30}\d{1,2}\s*日印(?:发)?$|用户登录$|(?:账号|手机)\+(?:密码|验证码)登录$|微信扫码登录$|还没有账号|立即注册$")
_SEAL_NOTE = re.compile(r"^[(（]?(?:盖章|印章|公章|章)[)）]?$")


def _signer(text: str) -> str | None:
    """The body signing in front of the date; of two bodies co-signing on one line (凤县黄牛铺镇人民政府 凤县交通运输局
    2023年9月15日), the first, as of co-signers over several lines."""
    parts = text.split()
    if len(parts) > 1 and all(is_body_name(part) for part in parts):
        text = parts[0]
    return text if is_body_name(text) and len(text) <= 30 else None


def analyse(lines: list[str], body_span: tuple[int, int] | None = None,
            preferred_titles: Sequence[str | None] | None = None) -> Layout:
    """Split reader lines into header parts and body line indices."""
    preferred_titles = cast(list[str], [title for title in (preferred_titles or []) if title])
    flags, header_end = _chrome_flags(lines, body_span)
    keep = [index for index, chrome in enumerate(flags) if not chrome]
    if body_span:
        header = [index for index in keep if index < body_span[0]]
        zone = header[-_HTML_HEADER_LINES:]
    else:
        header = keep
        zone = keep if header_end is None else [index for index in keep if index < header_end]
    facts = {index: _remembered_header_facts(lines[index]) for index in zone}
    metadata = [index for index in zone if facts[index].metadata]
    values = _value_lines(lines, zone, facts)
    metadata = sorted({*metadata, *values.values()})
    date_sources = [(index, facts[index].date_source) for index in zone if facts[index].date_source]
    titles = [index for index in zone if facts[index].title_candidate]
    bylines = [index for index, _ in date_sources] + metadata
    above_byline = [lines[_over_its_subject(lines, index - 1, titles)] for index in sorted(bylines) if index - 1 in titles]
    title = _pick_title([lines[index] for index in titles], preferred_titles + above_byline[-1:],
                        closest=body_span is not None,
                        item_record=body_span is None and any(_ITEM_RECORD_FIELD.match(lines[index]) for index in zone)) \
        or _item_at_the_trail_s_end([lines[index] for index in zone[:_TRAIL_LINES]])
    title = _doubled_opening(lines, zone) or title
    title = _whole_headline(lines, zone, title)
    title = _formal_headline(lines, zone, titles, title, preferred_titles[:1])
    title = _headline_without_its_deck(lines, keep[:_TEXT_LINES_SEARCHED], title)
    if title and title.startswith(_SUBHEADING_OPENING):  # a subheading picked for its words: the headline over it, if any
        title = _headline_over_subtitle(lines, zone) or title
    elif title and _is_presiding_deck(title):  # …到會祝賀 雷杰作常委會工作報告 …主持, picked for 报告: the headline over it
        title = _headline_over_its_deck(lines, zone, title) or title
    if body_span:
        body = [index for index in keep if body_span[0] < index < body_span[1]]
        outside = [index for index in keep if index >= body_span[1]][:_HTML_HEADER_LINES]
        metadata += [index for index in outside if _remembered_header_facts(lines[index]).metadata]
    else:
        markers = metadata + [index for index, _ in date_sources] + titles
        start = max(markers) + 1 if markers else 0
        body = [index for index in keep if index >= start] or _lines_between_markers(keep, markers)
    title = _headline_over_a_day_first_dateline(lines, zone, title)
    if title is None or _is_column_name(title):  # the line over a dateline, or over a byline that dates the page
        bylines = sorted([index for index, _ in date_sources] + [index for index in metadata if find_date_span(lines[index])])
        lead = "".join(lines[index] for index in body[:_LEAD_LINES])[:300]
        above = _headline_above_dateline(lines, zone, bylines, lead)  # (来源:… 时间:2017-01-16)
        title = above if above and not above.startswith(("——", "--")) else title  # a subheading is not the headline
    if title is None:
        title = _headline_in_text([lines[index] for index in keep[:_TEXT_LINES_SEARCHED]])
    if title is None and body_span is None and len(keep) > 2 and lines[keep[0]] == lines[keep[1]]:
        title = _doubled_headline(lines[keep[0]], lines[keep[2]])
    if title is None:
        title = _headline_over_subtitle(lines, zone)
    if title is None and body_span is None and zone:  # reader text: the line over the lead that it sums up
        lead = "".join(lines[index] for index in [index for index in body if index > zone[-1]][:4])[:300]
        under_byline = (len(zone) > 1 and (is_metadata_line(lines[zone[-2]]) or _is_byline(lines[zone[-2]]))
                        and not find_date_span(lines[zone[-1]]))  # 参考消息网2026-02-04号报道: a second dateline
        title = _headline_over_the_lead(_LIST_DASH.sub("", lines[zone[-1]]), lead,
                                        _SHARED_WORD if under_byline else _RETOLD_WORDS)  # 发布日期:… / headline / lead
        title = _whole_headline(lines, zone, title)  # 政协汉中市汉台区第十六届委员会 / 第五次会议定于3月2日召开 / lead
        if title is None and lines[zone[-1]] in (lines[index] for index in zone[:-1]):  # a paper's list of stories above
            title = _doubled_headline(lines[zone[-1]], lead)
        title = title or _broken_headline_over_the_lead([lines[index] for index in zone[-_BROKEN_LINES:]], lead)
        if title is None and zone == keep[:1] and not _SECTION_HEADING.match(lines[zone[0]]):  # not 一、办理情况
            title = _headline_over_the_lead(lines[zone[0]], lead, _OPENING_LINE_WORDS)  # the page's only line over its lead
    if title is None and body_span is None:
        title = _headline_under_breadcrumb(lines, keep[:_TEXT_LINES_SEARCHED])
    if title is None:
        title = _reply_heading_over_its_addressee(lines, keep[:_TEXT_LINES_SEARCHED])
    if title is None and body_span is None and keep:
        title = _opening_headline_retold(lines, keep, body)
    dated = date_sources or any(find_date_span(lines[index]) for index in metadata)
    trailing_headline, trailing_date = _trailing_byline(lines, body) if title is None or not dated else (None, None)
    title = title or trailing_headline or _copied_link_s_title(lines[-_COPIED_LINK_LINES:]) \
        or (_headline_over_a_news_lead(lines, body) if body_span is None else None) \
        or _headline_over_its_reporters(lines, keep[:_TEXT_LINES_SEARCHED])
    title = _body_over_its_predicate(lines, keep[:_TEXT_LINES_SEARCHED], title)
    body = _trim_body(lines, body, title)
    date_source, above_title = None, False
    if date_sources:
        title_at = _title_line(lines, zone, title)
        below = [(index, match) for index, match in date_sources if title_at is None or index > title_at]
        at, match = (below or date_sources)[0]
        assert match is not None  # date_sources keeps only the lines with one
        date_source = (parse_date(match.group("date")), match.group("source"))
        above_title = title_at is not None and at < title_at
    in_body = set(body)
    value_of = {value: label for label, value in values.items()}
    metadata_lines = [f"{lines[index]} {lines[values[index]]}" if index in values else lines[index]
                      for index in metadata if index not in value_of]
    return Layout(title, [lines[index] for index in header if index not in in_body],
                  metadata_lines, date_source, body, find_signature(lines, body), above_title, trailing_date,
                  _subtitle_under(lines, zone, title), _banner_before(lines, zone, title))


# 当前位置 >> 代表工作 > 阅读正文, 您当前所在的位置: 首页 >> …, 當前位置: 首頁 > …, 网易首页 > 网易号 > 正文, 鳳凰網資訊 >大陸 >
# 2017全國兩會 >正文, 首页 / 大陆 / …, §當前位置: …: a site's trail of columns
_BREADCRUMB_TRAIL = re.compile(r"^§?\s*(?:(?:您|你)?(?:当前|當前|现在|現在)?(?:所在|所處|所处)?的?位置\s*[:：>]"
                               r"|\S{0,8}首[页頁]\s*(?:>|»|->|/)"
                               r"|(?:[^>\s]{1,12}\s*>{1,2}\s*){2,}正文$)")
_LONGEST_HEADLINE = 80
_HEADLINE_SPACES = 3  # 十三 届 五 次 第 1802 号 …: a record's spaced fields, not a headline


_TRAIL_LINES = 3
_TRAIL_STEP = re.compile(r"\s*(?:>>|»|>)\s*")


def _item_at_the_trail_s_end(opening: list[str]) -> str | None:
    """委员提案 >> 关于弘扬历史文化…的建议: a record's trail of columns ending in the item it shows, the record's name where
    no line is a headline."""
    for line in opening:
        steps = _TRAIL_STEP.split(line)
        if len(steps) >= 2 and _ITEM_SUBJECT.fullmatch(steps[-1]) and all(len(step) <= 12 for step in steps[:-1]):
            return steps[-1]
    return None


def _headline_under_breadcrumb(lines: list[str], keep: list[int]) -> str | None:
    """集益镇人大代表凝心聚力 力促井研柑橘产业健康发展 under 当前位置 >> 代表工作 > 阅读正文, over a byline or the lead: a
    news site's headline sits right under its trail of columns, whatever its words. The trail is often chrome, so it is
    looked for among all the lines above the last kept one; `_is_headline_shaped` is too strict here (at most 60
    characters, no space), as such headlines print two phrases with a space between them."""
    trail = next((index for index in range(keep[-1] if keep else 0) if _BREADCRUMB_TRAIL.match(lines[index])), None)
    # a bare 0 between a 网易号 page's headline and its lead is the story's comment count
    under = [index for index in keep if index > trail and not lines[index].isdigit()
             and not _BREADCRUMB_TRAIL.match(lines[index])][:2] if trail is not None else []  # a second trail under it
    if len(under) < 2:
        return None
    line, after = lines[under[0]], lines[under[1]]
    shaped = (6 <= len(line) <= _LONGEST_HEADLINE and not _NOT_A_HEADLINE.search(line) and "。" not in line
              and not line.endswith(":") and not is_metadata_line(line) and not is_chrome_line(line)
              and line.count(" ") <= _HEADLINE_SPACES and not find_date_span(line) and not _is_byline(line)
              and not _SECTION_HEADING.match(line))
    over_byline = _is_byline(after) or find_date_span(after) or _ends_header_zone(after) or is_metadata_line(after)
    return line if shaped and over_byline else None


_RETOLD_OPENING_WORDS = 8
_RETOLD_OPENING_LENGTH = 12
_DECK_OPENINGS = ("——", "--", "(", "【")  # the text is NFKC-normalised: （ arrives as (
_CREDITS_UNDER_OPENING = 4


def _opening_headline_retold(lines: list[str], keep: list[int], body: list[int]) -> str | None:
    """市政协“带着职工心声上两会”热线开通 / 北京日报客户端 | 记者 … / 2020-12-24 20:36 / 12月23日下午…热线开通,…: the page's
    first line, over at most a few credit lines, is its headline when the lead retells a long run of it."""
    first = keep[0]
    following = [index for index in body if index > first]
    if not following or following[0] - first > _CREDITS_UNDER_OPENING + 1:
        return None
    line = lines[first]
    if len(line) < _RETOLD_OPENING_LENGTH or line.startswith(_DECK_OPENINGS) or _SECTION_HEADING.match(line):
        return None  # ——在政协…会议上, (2018年2月2日在…), 一、关于…: a speech's deck or a letter's heading
    lead = "".join(lines[index] for index in following[:4])[:300]
    return line if _is_headline_line(line) and _lead_repeats(line, lead, _RETOLD_OPENING_WORDS) else None


def _lines_between_markers(keep: list[int], markers: list[int]) -> list[int]:
    """A page whose last line is a marker (a record of label: | value | rows ending in 关键词: | … |, a yearbook
    entry on meta.librarydata.cn: 7970c7e4b777) has no line after it: its text is every kept line that is no
    marker, the rows' prose (摘要: | 本文记述了… |) among them, rather than no text at all."""
    marked = set(markers)
    return [index for index in keep if index not in marked]


def _body_over_its_predicate(lines: list[str], first: list[int], title: str | None) -> str | None:
    """市林业局 / 高质高效做好建议提案办理工作, 银雀山街道人大工委 / 人大代表接待选民活动小结: the body's name on
    the line over a headline that names no body is the headline's subject, one headline broken over two
    lines (settled point 78)."""
    if title is None:
        return None
    at = next((spot for spot, index in enumerate(first) if lines[index] == title), None)
    above = lines[first[at - 1]] if at else ""
    if not (len(above) <= _BODY_OVER_PREDICATE and _OFFICE_END.search(above) and " " not in above) \
            or _NAMED_OPENING.match(title) or title.startswith(above) or _DOC_NUMBER.match(title):
        return title  # (津民政函〔2025〕35号关于…: a headline opening with its 文号 is printed whole on its line, point 128)
    if (is_body_name(above) and not _NOT_A_HEADLINE.search(above) and _is_headline_shaped(title)
            and not gazetteer.leading_places(title) and not _ACTORS_NAMED.search(title)):
        return above + title
    return title


# a headline naming its own actors (议报告,谱新篇!文山市政协委员热议…), under the portal's name (文山市人民政府)
_ACTORS_NAMED = re.compile(r"[\u4e00-\u9fff]{2,8}?[省市县区州](?:政协|人大)(?:委员|代表)")


_BODY_OVER_PREDICATE = 12
_OFFICE_END = re.compile(r"(?:局|厅|委|工委|办公室|委员会|人民政府|政协|人大)$")  # not 顶部, 图书馆, 大会: a page's chrome
_NAMED_OPENING = re.compile(r"[省市区县州镇乡]|关于|对")  # 市政协召开…, 关于…: the headline names its own subject


def _banner_before(lines: list[str], zone: list[int], title: str | None) -> str | None:
    """The column's tag printed before the headline on its line (point 29 leaves it out of the title)."""
    for index in zone if title else []:
        assert title is not None  # the loop runs only under a title
        tag = _TAG.match(lines[index]) if lines[index].endswith(title) else None
        if tag and lines[index][tag.end():] == title:
            return tag.group()
    return None


# 本报讯(记者 程颖), 新华社北京2月20日电: a news story's lead
# 本报讯, 新华社北京3月28日电, 中新社北京2月22日电, 【本報消息】, 【澳門日報消息】: a paper's or an agency's lead
_NEWS_LEAD = re.compile(r"\s*(?:本报讯|本報訊|本报[^,,。]{1,12}讯|本報[^,,。]{1,12}訊|(?:新华社|新華社|中新社)[^,,。]{1,12}[电電]"
                        r"|【[^【】,,。]{0,10}?(?:消息|讯|訊)】)")
_NEWS_LEAD_LINES = 12
_CREDIT_NOTE = re.compile(r"(?:转自|转载自|来自|来源|作者|编辑|记者|摄影|通讯员)[:：]"  # 转自:人民政协报
                          # □实习生吕薇 (a credit without its colon); 参考消息网2026-03-01号报道 (the outlet's dateline)
                          r"|^[□■\s]*(?:本报)?(?:记者|实习生|通讯员|特约记者|特约通讯员)[\u4e00-\u9fff]{2,4}$"
                          r"|[\u4e00-\u9fff]{1,10}?[网社报][\d\-年月日]{6,}号?报道$")


def _headline_over_a_news_lead(lines: list[str], body: list[int]) -> str | None:
    """A paper's story in the text, under its page's list of stories (01 / 助推体育强市建设 / 市政协民主评议…工作 /
    本报讯…): the headline-shaped line over the lead, or of two, the upper, the lower being its deck (point 29)."""
    for position, index in enumerate(body[:_NEWS_LEAD_LINES]):
        if _NEWS_LEAD.match(lines[index]):
            above = [_LIST_DASH.sub("", lines[spot]) for spot in body[max(0, position - 2):position]]
            shaped = [line for line in above if _is_headline_line(line)
                      and not _CREDIT_NOTE.match(line)]
            if len(shaped) == 2 and len(above) == 2:
                return shaped[0]
            return above[-1] if above and above[-1] in shaped else _headline_over_its_credits(lines, index)
    return None


_CREDIT_LINES = 4


def _headline_over_its_credits(lines: list[str], lead: int) -> str | None:
    """A story's headline printed over its credit lines (闽政协会议开幕 澳委员参会 / 来源:澳门日报 / 值班|执行总编:… /
    【澳门日报消息】…; …主席会议 / 文章来源:… 作者: 发布时间:… / 新华社…电): the first line above them, if headline-shaped."""
    for spot in range(lead - 1, max(-1, lead - 1 - _CREDIT_LINES), -1):
        line = _LIST_DASH.sub("", lines[spot]).strip()
        if not line or _is_credit(line):
            continue
        return line if _is_headline_line(line) else None
    return None


# 本报记者 白 昊, 深圳特区报记者 周宏博 文/图, ■ 融媒体记者 胡宗元: the story's reporters on a line of their own (not 记者手记,
# 记者从…获悉: a column's name, a sentence)
_REPORTERS = re.compile(r"[□■●\s]*[\u4e00-\u9fff]{0,10}?(?:记者|通讯员|实习生)(?!手记|从|了解|获悉|注意到|看到|在)[\s:：]*"
                        r"[\u4e00-\u9fff][\u4e00-\u9fff\s、,，/]{1,30}")
_REPORTED_HEADLINE = 40


def _headline_over_its_reporters(lines: list[str], kept: list[int]) -> str | None:
    """杜妍:聚焦乡村产业高质量发展履职献策 / 本报记者 白 昊 / 2月23日上午,…: the headline-shaped line right over the line
    crediting the story's reporters, where no other line was the headline (not an agency's dateline: 新华社北京2月22日电)."""
    for above, index in itertools.pairwise(kept):
        if _REPORTERS.fullmatch(lines[index]) and not _REPORTERS.fullmatch(lines[above]):
            line = _LIST_DASH.sub("", lines[above]).strip()
            shaped = len(line) <= _REPORTED_HEADLINE and _is_headline_line(line) and not _NEWS_LEAD.match(line)
            return line if shaped else None
    return None


def _is_credit(line: str) -> bool:
    """来源:… 作者:…, 值班|执行总编:…编辑:…, 2023-02-22 22:56:15 来源:中国新闻网, (资料图): a line of the story's credits."""
    return bool(_CREDIT_NOTE.search(line) or _is_byline(line) or _DATE_SOURCE.match(line) or _CAPTION.match(line)
                or is_metadata_line(line))


def _subtitle_under(lines: list[str], zone: list[int], title: str | None) -> str | None:
    """The ——subheading printed on the line under the headline (settled point 29 leaves it out of the title)."""
    position = next((spot for spot, index in enumerate(zone) if lines[index] == title), None)
    for index in zone[position + 1:position + 4] if position is not None else []:
        if lines[index].startswith(_SUBHEADING_OPENING):
            return lines[index]
        if not _between_headline_and_subtitle(lines[index]):  # a photo's caption or the dateline may sit between
            return None
    return None


_TRAILER_LINES = 10
# a copying site's footer giving the story's headline and address: 标题:人大代表踊跃建言献策… / 地址:http://www.….html
_COPIED_LINK_TITLE = re.compile(r"^标题[:：]\s*[“\"]?(?P<title>[^“”\"]{6,80}?)[”\"]?$")
_COPIED_LINK_ADDRESS = re.compile(r"^(?:地址|链接|网址|本文链接)[:：]\s*https?://")
_COPIED_LINK_LINES = 3


def _copied_link_s_title(last_lines: list[str]) -> str | None:
    """The headline a page's closing 标题: line names, over the 地址: line with the story's address."""
    for line, after in itertools.pairwise(last_lines):
        title = _COPIED_LINK_TITLE.match(line)
        if title and _COPIED_LINK_ADDRESS.match(after):
            return title["title"]
    return None


# 金湾区融媒体中心 2024-04-09 20:16: an outlet and its date
_BYLINE_DATE = re.compile(r"^[\u4e00-\u9fff]{2,20}\s+((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2})?$")
_ABOVE_BYLINE = 4


def _trailing_byline(lines: list[str], body: list[int]) -> tuple[str | None, str | None]:
    """Sites whose reader text puts the headline and its byline under the story (…座谈会召开 / - 作者:… /
    - 发布时间:[2018-09-28 10:37]; …交办会 / 金湾区融媒体中心 2024-04-09 20:16): that headline and date;
    a dated line under the story without a headline over it (创建时间: 2020-04-07, a paper's index line):
    that date alone."""
    tail = body[-_TRAILER_LINES:]
    dates = []
    for position, index in enumerate(tail):
        date = _byline_date(_LIST_DASH.sub("", lines[index]))
        if not date:
            continue
        dates.append(date)
        for back in range(position - 1, max(-1, position - 1 - _ABOVE_BYLINE), -1):
            above = _LIST_DASH.sub("", lines[tail[back]])
            if is_metadata_line(above):
                continue
            if _is_headline_shaped(above) and _TITLE_WORDS.search(above):
                return above, date
            break
    return None, dates[0] if dates else None  # 创建时间: 2020-04-07 under the text: the page's only date


def _byline_date(line: str) -> str | None:
    if is_metadata_line(line):
        return parse_date(parse_metadata_lines([line]).get("publish_date"))
    match = _BYLINE_DATE.match(line) or _PAPER_INDEX.match(line) or _POSTED_ON.match(line)
    return parse_date(match.group(1)) if match else edition_date(line)


# 本文由 灯塔 发表于2020年1月5日 00:00:00: a blog's or a forum's line saying when the story was posted
_POSTED_ON = re.compile(r"^[^。,,]{0,20}?(?:发表|發表|发布|發佈)(?:于|於)[:：]?\s*((?:19|20)\d{2}(?:年|[-/.])\d{1,2}(?:月|[-/.])\d{1,2}日?)"
                        r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")


# 浙江日报 要闻 00002 省两会建议提案交办 2019-04-03 9816347 2 2019年04月03日 星期三: a digital paper's index
# line under the story (paper, page, headline, date, its ids, the date again)
_PAPER_INDEX = re.compile(r"^[\u4e00-\u9fff]{2,8}报 [^。]{2,80}? ((?:19|20)\d{2}-\d{1,2}-\d{1,2}) \d+ \d+ "
                          r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日 星期[一二三四五六日]$")


def _headline_over_a_day_first_dateline(lines: list[str], zone: list[int], title: str | None) -> str | None:
    """南京市政协十三届四次会议昨闭幕 / 21.01.2016  09:35 / 45件优秀提案获表彰: a news site's headline stands right over its
    day-first dateline, and a line under it picked for its words (件, 提案) is the story's deck."""
    at = next((position for position, index in enumerate(zone) if _DAY_FIRST_DATELINE.match(lines[index])), None)
    if not at:  # no such dateline (most pages: the headline is not looked for), or nothing above it
        return title
    title_at = _title_line(lines, zone, title)
    if title_at is None or title_at < zone[at]:
        return title
    above = lines[zone[at - 1]]
    return above if _is_headline_line(above) else title


def _title_line(lines: list[str], zone: list[int], title: str | None) -> int | None:
    """Where the headline sits in the header zone (its first line when printed over several)."""
    if not title:
        return None
    return next((index for index in zone if lines[index] == title or len(lines[index]) >= 6 and lines[index] in title),
                None)


def _value_lines(lines: list[str], zone: list[int], facts: dict) -> dict[int, int]:
    """Label-only metadata line → the line after it that holds its value (label and value in
    separate elements, or a label line followed by a value line in reader text). A value is a
    short line that is neither a label, a title nor a sentence."""
    values = {}
    for position, index in enumerate(zone[:-1]):
        following = zone[position + 1]
        value = lines[following]
        if (facts[index].metadata and not facts[following].metadata and label_without_value(lines[index])
                and len(value) <= 60 and not facts[following].title_candidate and "。" not in value):
            values[index] = following
    return values


class _HeaderFacts(NamedTuple):
    metadata: bool
    date_source: re.Match | None  # only on lines that are not metadata lines
    title_candidate: bool


def _header_facts(line: str) -> _HeaderFacts:
    metadata = is_metadata_line(line)
    if metadata:
        return _HeaderFacts(True, None, False)
    return _HeaderFacts(False, _DATE_SOURCE.match(line), _is_title_candidate(line))


# Menus, metadata labels and footers repeat on every page of a site, so the facts of header
# and footer lines are remembered (a bounded cache: memory stays flat); body lines are not.
_remembered_header_facts = functools.lru_cache(maxsize=_REMEMBERED_LINES)(_header_facts)
_remembered_chrome = functools.lru_cache(maxsize=_REMEMBERED_LINES)(is_chrome_line)
_remembered_ends_header = functools.lru_cache(maxsize=_REMEMBERED_LINES)(_ends_reader_header)


def _chrome_flags(lines: list[str], body_span: tuple[int, int] | None) -> tuple[list[bool], int | None]:
    """is_chrome_line of every line, remembered outside the body: around an HTML body container,
    or in plain text up to the first sentence-like line that is not chrome, which ends the header
    zone (its index is returned too; None with a body container, or when no line ends the zone)."""
    if body_span:
        start, end = body_span
        return ([_remembered_chrome(line) for line in lines[:start + 1]]
                + [is_chrome_line(line) for line in lines[start + 1:end]]
                + [_remembered_chrome(line) for line in lines[end:]]), None
    flags = []
    for index, line in enumerate(lines):
        chrome = _remembered_chrome(line)
        flags.append(chrome)
        if not chrome and _remembered_ends_header(line) and not _breadcrumb_below(lines, index):
            return flags + [is_chrome_line(line) for line in lines[index + 1:]], index
    return flags, None


# 当前位置:首页 > 政府信息公开 > …: the page's own place in its site, printed over the story's headline
_BREADCRUMB = re.compile(r"^(?:您当前所在位置|您现在的位置|您的位置|当前位置|您当前的位置)\s*[:：>]")
_BREADCRUMB_REACH = 6


def _breadcrumb_below(lines: list[str], index: int) -> bool:
    """A breadcrumb a few lines under a sentence-like line: that line is the site's chrome (a ticker's 海洋预报…。 over
    当前位置:首页 > … > 建议提案答复 and the headline: 8c20f1b54223), not the story's first sentence."""
    return any(_BREADCRUMB.match(line) for line in lines[index + 1:index + 1 + _BREADCRUMB_REACH])


def _trim_body(lines: list[str], body: list[int], title: str | None) -> list[int]:
    """The body without a repeated title and teasers in front and 附件: labels at the end (no
    copying per dropped line: a page of a million repeated paragraphs stays linear)."""
    start, end = 0, len(body)
    while start < end and title and lines[body[start]] == title:
        start += 1
    while start < end and _is_excerpt(lines[body[start]], (lines[body[after]] for after in range(start + 1, end))):
        start += 1
    while start < end and _ATTACHMENT_LABEL.match(lines[body[end - 1]]):
        end -= 1
    return body[start:end]
