"""Policy areas from a controlled vocabulary; a topic is listed when one of its keywords occurs."""

import re

# Keywords are specific on purpose: 养老保险 is social insurance, not 养老服务.
TOPICS = {
    "养老服务": ("养老服务", "养老机构", "养老院", "敬老院", "居家养老", "社区养老", "适老化", "老年人", "助餐", "养老床位"),
    "社会救助": ("社会救助", "医疗救助", "临时救助", "低保", "最低生活保障", "特困", "困难群众"),
    "殡葬": ("殡葬", "公墓", "墓地", "坟墓", "火化"),
    "社会组织": ("社会组织",),
    "儿童福利": ("儿童福利", "留守儿童", "困境儿童", "孤儿", "儿童之家", "未成年人保护"),
    "区划地名": ("行政区划", "区划", "地名"),
    "社区治理": ("社区治理", "基层治理", "社区工作者", "居委会", "村委会", "基层政权", "基政", "社区管理"),
    "慈善与福利彩票": ("慈善", "福利彩票", "福彩"),
    "婚姻登记": ("婚姻登记", "婚姻"),
    "残疾人福利": ("残疾人",),
    "社会事务": ("社区事务受理", "救助管理站", "流浪乞讨"),
    "教育": ("教育局", "学生", "学校", "课后服务"),
    "交通": ("交通运输", "船舶", "公交"),
    "农业农村": ("农业农村", "人居环境", "乡村振兴"),
    "社会保障": ("养老保险", "医疗保险", "社保"),
    "住房城乡建设": ("住建", "住房城乡"),
    "财政金融": ("财政局", "代理记账", "金融机构"),
    "产业发展": ("工业园", "产业链", "经信"),
}


def _trie_pattern(words: list[str]) -> str:
    """An alternation of the words as a trie (养老(?:服务|机构|院…)): at each position it matches what the
    words sorted longest first would (of the words that fit there, each is a prefix of the longer, and
    the trie tries the longer first), but re compares a shared prefix once instead of once a word."""
    tree: dict = {}
    for word in words:
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    branches = [re.escape(character) + _branches(child) for character, child in node.items() if character]
    if not branches:
        return ""
    ends_here = "" in node
    joined = "|".join(branches)
    return (f"(?:{joined})" if len(branches) > 1 or ends_here else joined) + ("?" if ends_here else "")


_PATTERN = re.compile(_trie_pattern([word for words in TOPICS.values() for word in words]))
_TOPIC_OF = {word: topic for topic, words in TOPICS.items() for word in words}


_SUBJECT = re.compile(r"建议|提案|议案")


def find_topics(text: str, title: str | None = None) -> list[str]:
    """Topics the page is about, most mentioned first (ties in vocabulary order).

    A topic counts when its keywords occur twice, or once in the title or in a sentence that
    counts items (…殡葬改革3件、地名管理1件); a single passing mention elsewhere does not.
    """
    counts: dict[str, int] = {}
    for match in _PATTERN.finditer(text):
        topic = _TOPIC_OF[match.group()]
        counts[topic] = counts.get(topic, 0) + 1
    stated = set()
    if 1 in counts.values():  # only a topic named once needs the title or a counting sentence
        stated = {_TOPIC_OF[match.group()] for sentence in _handling_sentences(text)
                  if _SUBJECT.search(sentence) for match in _PATTERN.finditer(sentence)}
        stated |= {_TOPIC_OF[match.group()] for match in _PATTERN.finditer(title or "")}
    order = list(TOPICS)
    chosen = [topic for topic in counts if counts[topic] >= 2 or topic in stated]
    return sorted(chosen, key=lambda topic: (-counts[topic], order.index(topic)))


def _handling_sentences(text: str) -> list[str]:
    """Sentences (between 。 and line breaks) that count something in 件."""
    return [sentence for sentence in text.replace("。", "\n").split("\n") if "件" in sentence]
