"""Text cleaning: NFKC width normalisation, traditional → simplified, boilerplate lines (field guide §5)."""

import functools
import operator
import re
import unicodedata

_SPACE = r"[ \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]"
# a run of two or more, or one other than " " (a lone " " stays: the same text, with fewer replacements);
# not X+: a pattern that opens with a class lets re skip ahead to it
_SPACES = re.compile(_SPACE + f"(?:{_SPACE}+|(?<! ))")
_NON_HAN = re.compile(r"[^\u4e00-\u9fff]+")

# a site's banner greeting the reader with the day, the day captured (今天是:2025年12月05日): chrome for the layout, the day
# the page was saved for document.py's _sites_today
SITES_TODAY = r"今天是\s*[:：]?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2})"

# Whole lines that are page chrome. Every pattern is anchored to the full line so a body
# sentence that merely mentions one of these words is never touched.
_CHROME_LINE = re.compile(
    r"^(?:"
    r"(?:您当前所在位置|您现在的位置|您的位置|当前位置|所在位置|位置)\s*[:>].*"
    r"|扫一扫在手机.{0,12}"
    r"|扫描二维码.{0,12}|如二维码无法正常访问.*|.{0,12}收集整理.{0,4}相关权利归属.*"
    r"|(?:网站标识码|版权所有|ICP备|备案号|网站地图|联系我们|Copyright|©).*"
    r"|主办\s*[:：].{0,40}|(?:上一篇|下一篇|上一条|下一条)\s*[:：]?.{0,80}"
    r"|(?:相关链接|关联稿件|相关文章|相关阅读)\s*[:：]?"
    # an image's address, or its file's name in Latin letters and digits (IMG20170511091709.jpg: 4612d3ab977d; not a
    # headline printed as its picture's name, 退役军人事务部与部分军队政协委员座谈01.jpg)
    r"|https?://\S+\.(?:jpg|jpeg|png|gif|bmp)|[!-~]+\.(?:jpg|jpeg|png|gif|bmp|webp)"
    r"|.{2,80}\.(?:docx?|pdf|pptx?)_第\d+页"  # …工作总结.doc_第1页: a sharing site's page of a file
    r"|版权说明[:：].*|全文预览已结束|下载本文档|文档简介"  # and its notes around it
    r"|.{0,20}(?:Adobe )?Flash Player.{0,10}"  # 此页面上的内容需要较新版本的 Adobe Flash Player。: a player's notice
    # a portal's notice to old browsers (你正在使用的浏览器版本过低… / 我们建议使用chrome或Microsoft Edge浏览器。 /
    # …请切换至极速模式。×), and its IPv6 badge
    r"|.{0,20}(?:浏览器|瀏覽器)版本(?:过低|過低).*|.{0,12}(?:建议|建議)使用.{0,40}(?:浏览器|瀏覽器).{0,4}"
    # 请升级浏览器版本 / 你正在使用旧版本浏览器。请升级浏览器以获得更好的体验。
    r"|(?:请|請)(?:升级|升級)(?:浏览器|瀏覽器).{0,16}|(?:你|您)正在使用(?:旧|舊)版本(?:浏览器|瀏覽器).{0,24}"
    r"|.{0,30}(?:浏览器|瀏覽器).{0,40}(?:极速模式|極速模式|兼容模式).{0,4}|(?:网站|網站)支持IPv6"
    r"|.*\">"  # …市政協十五屆">: a tag's attribute a mirror cut into the text
    # a site's banner greeting the reader with the day (今天是:2024年12月30日, 今天是2019年10月31日星期三农历十月初七)
    r"|" + SITES_TODAY + r"\s*(?:星期[一二三四五六日天])?\s*(?:农历[\u4e00-\u9fff]{2,6}(?:\s*[\u4e00-\u9fff]{2,6})?)?"
    r")$",
    re.I,
)
_CONTROL_TOKEN = re.compile(
    r"(?:已阅|阅读次数|浏览次数|访问量|点击数|阅读量|浏览量)\s*[:：]?\s*\d*次?"
    r"|【\s*(?:打印|关闭|字体|字号|打印本页|关闭窗口|收藏|大|中|小|\s)*[^】]{0,12}】"
    r"|(?:字号|字体)\s*[:：]?\s*\[?\s*大\s*中\s*小\s*\]?"
    r"|打印本页|打印此页|关闭窗口|关闭本页|返?回[顶頂]部|回到[顶頂]部|语音阅读|分享[到至]\s*[:：]?|微信|微博|QQ空间"
    # 分享: a share button on its own line under the headline (745643632435), 分享至 on 网易号 pages (6e16e11f42b8);
    # [复制链接]: a forum thread's (44d1dbe7f065)
    r"|打印|关闭|收藏|分享|复制链接|複製鏈接|[\[\]【】|\s]"
    r"|^[•·]?\s*A[+-]$"  # • A+, A-: a page's font-size buttons on their own line (43c5288d4611)
)
# A character no control token can consume outside 【…】 (built from the pattern's own characters,
# a superset, so the quick test never rejects a line that the full substitution would empty).
_NOT_CONTROL_CHAR = re.compile("[^" + re.escape("".join(sorted(set(_CONTROL_TOKEN.pattern)))) + r"\d\s]")
_NAV_TOKEN = re.compile(r"智能问答|繁体|简体|登录|注册|无障碍|English|长者模式|关怀版")


# 协(xié)商: the pinyin a machine-converted repost prints after its characters, not the document's
# a literal first: re skips ahead to it; a doubly converted repost glosses twice (办(ban)(ban)理)
_GLOSS = r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7} ?\)"
PINYIN_GLOSS = re.compile(_GLOSS + f"(?:{_GLOSS})*")


def without_pinyin_glosses(text: str) -> str:
    """The text without pinyin glosses that follow a Chinese character (a list's (a) stays)."""
    if "(" not in text:
        return text
    return PINYIN_GLOSS.sub(lambda gloss: "" if after_han(text, gloss.start()) else gloss.group(), text)


def after_han(text: str, position: int) -> bool:
    return position > 0 and "\u4e00" <= text[position - 1] <= "\u9fff"


def squeeze_spaces(text: str) -> str:
    """Collapse runs of spaces (NBSP, full-width, zero-width) into one ASCII space."""
    return _SPACES.sub(" ", text)


def nfkc(text: str) -> str:
    """NFKC width normalisation (full-width letters, digits and punctuation → ASCII)."""
    return unicodedata.normalize("NFKC", text)


@functools.cache
def _t2s_converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Simplified script; a text without any character that t2s changes on its own is returned
    as it is, without a pass through OpenCC (most pages are simplified)."""
    if not text or not _changed_by_t2s().search(text):
        return text
    return _t2s_converter().convert(_standard_forms(text))


# variant forms t2s leaves alone, written as their standard traditional character first: 寧陜縣 → 宁陕县
_VARIANTS = {"陜": "陝"}


def _standard_forms(text: str) -> str:
    """The text with _VARIANTS replaced (str.replace finds a character far faster than str.translate
    maps every one through a dict)."""
    for variant, standard in _VARIANTS.items():
        text = text.replace(variant, standard)
    return text


@functools.cache
def _changed_by_t2s() -> re.Pattern:
    """A class of every CJK character that OpenCC's t2s converts when it stands alone."""
    characters = [chr(code) for block in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
                  for code in range(*block)]
    converted = _t2s_converter().convert("\n".join(characters)).split("\n")
    changed = [character for character, simplified in zip(characters, converted, strict=True) if character != simplified]
    return re.compile("[" + "".join(map(re.escape, changed)) + "]")


@functools.cache
def _s2t_converter():
    import opencc

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    """A name banli built (政协太原市委员会) written in a traditional page's script."""
    return _s2t_converter().convert(text) if text else text


def is_traditional(original: str, simplified: str) -> bool:
    """True when t2s changed a real share of the Han characters (not one stray variant).

    The Han characters are only counted when the changes are too few to decide without them:
    a change in 1% of all characters is a change in at least 1% of the Han ones.
    """
    if original == simplified:
        return False
    enough = max(5, 0.01 * len(original))
    changed = _changed_characters(original, simplified, enough)
    if len(original) != len(simplified):
        changed = max(changed, 10)
    if changed >= enough:
        return True
    return changed >= 5 and changed >= 0.01 * max(_han_count(original), 1)


def _changed_characters(original: str, simplified: str, enough: float, chunk: int = 64) -> int:
    """Positions where the texts differ, counted chunk by chunk (most chunks are equal) until `enough`."""
    changed = 0
    for start in range(0, len(original), chunk):
        before, after = original[start:start + chunk], simplified[start:start + chunk]
        if before != after:
            changed += sum(map(operator.ne, before, after))
            if changed >= enough:
                break
    return changed


def _han_count(text: str) -> int:
    return len(_NON_HAN.sub("", text))


def is_chrome_line(line: str) -> bool:
    """A line that is navigation, counters, controls or mirror chrome, not document text."""
    stripped = line.strip()
    if not stripped:
        return True
    if _CHROME_LINE.match(stripped):
        return True
    if _only_control_tokens(stripped) or _is_keyword_spam(stripped):
        return True
    return len(stripped) <= 40 and len(_NAV_TOKEN.findall(stripped)) >= 2


# 伊人六月,97自拍超碰,久久精品亚洲7777影院,…: a spam mirror's row of keywords over the copied page
_SPAM_SEPARATOR = re.compile(r"[,|]")  # 黑料吃瓜网免费|亚洲成热|…,国产传媒第3页: bars and commas mixed
_SPAM_WORD = re.compile(r"自拍|无码|無碼|在线观看|在線觀看|免费视频|免費視頻|精品|影院|国产|國產|超碰|午夜|av", re.I)


def _is_keyword_spam(line: str) -> bool:
    """A row of short comma-separated phrases, several of them a spam site's vocabulary."""
    if line.count(",") + line.count("|") < 3 or "。" in line:  # most lines: no need to split them
        return False
    return max(map(len, _SPAM_SEPARATOR.split(line))) <= 20 and len(_SPAM_WORD.findall(line)) >= 3


# 澳门金沙城中心_欧洲杯足球网-【投注官网平台】, 365比分_365bet娱乐在线_365bet最稳定网址, 新万博体育_新万博app: a hijacked
# mirror's brand (an SEO title, its words joined by _) injected where the page named its place or its body (after a date
# or a number: 2020年1月2日澳门…, 第70号澳门…)
_INJECTED_BRAND = re.compile(r"(?:(?![年月日号])[A-Za-z0-9\u4e00-\u9fff]){2,10}(?:_[A-Za-z0-9\u4e00-\u9fff ]{2,20})+"
                             r"(?:-【[^】]{2,12}】|-[A-Za-z0-9\u4e00-\u9fff]{2,12})?")
_BRAND_WORD = re.compile(r"体育|彩票|投注|博彩|赌|娱乐|老虎机|足球|比分|bet|365|app|官网|精品|av", re.I)
_BRAND_MASK = "××"


def without_injected_brands(text: str) -> str:
    """The text with a spam mirror's injected brands masked (××市场监督管理局): what they replaced stays unknown,
    never read from the brand (澳门金沙城中心 is no 金沙县)."""
    if "_" not in text:
        return text
    return _INJECTED_BRAND.sub(lambda brand: _BRAND_MASK if _BRAND_WORD.search(brand.group()) else brand.group(), text)


def _only_control_tokens(line: str) -> bool:
    if "【" not in line and _NOT_CONTROL_CHAR.search(line):
        return False
    return not _CONTROL_TOKEN.sub("", line)


def clean_lines(text: str) -> list[str]:
    """Lines with spaces squeezed and stripped, without a table's trailing border (…办理情况 | ||||||,
    a lone cell's 县政协集中开展提案办理走访活动 |); empty lines (a bare border, ||) dropped."""
    if "??" in text:  # ??2024年6月3日: an indent's full-width spaces a wrong encoding turned into question marks (830f205966db)
        text = _LOST_INDENT.sub("", text)
    lines = squeeze_spaces(text).split("\n")
    if "|" not in text:  # no border to take off: the regexes below would scan every line for nothing
        return [line for raw in lines if (line := raw.strip())]
    return [line for raw in lines if (line := (_without_border(raw) if "|" in raw else raw).strip())]


_LOST_INDENT = re.compile(r"^[ \t\u3000]*\?{2,}", re.MULTILINE)
_TABLE_BORDER = re.compile(r"\s*\|(?:\s*\|){2,}\s*$")
_CELL_BORDER = re.compile(r"(?:^|\s)\|{1,2}\s*$")


def _without_border(line: str) -> str:
    """The line without its row's border, or a lone cell's when no other bar parts it
    (2013-11-15 | 湖北省建设信息中心 | keeps its bars: a dateline's fields)."""
    line = _TABLE_BORDER.sub("", line)
    cell = _CELL_BORDER.search(line)
    line = line[:cell.start()] if cell and "|" not in line[:cell.start()] else line
    # | 天水市交通运输局关于…的答复 over a row's border: a lone cell's bar before it (efd84099fcf6)
    return line.lstrip()[1:] if line.count("|") == 1 and line.lstrip().startswith("|") else line
