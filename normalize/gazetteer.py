"""Administrative divisions from jionlp's maintained gazetteer, indexed by full name.

Loaded once on first use (about half a second); jionlp prints a banner on import, which is
kept off stdout so CLI output stays clean JSON.
"""

import contextlib
import functools
import io
import re
from collections.abc import Iterable
from typing import NamedTuple

MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")


class Place(NamedTuple):
    name: str
    level: str  # province | city | county
    province: str
    city: str | None  # parent prefecture for a county; None for provinces, cities and 直辖 counties
    code: str


def _is_pseudo(name: str) -> bool:
    return "直辖" in name


@functools.cache
def place_index() -> dict[str, tuple[Place, ...]]:
    """Full name → every place with that name (市中区 has four)."""
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp

        data = jionlp.china_location_loader()
    index: dict[str, list[Place]] = {}

    def add(place: Place) -> None:
        entries = index.setdefault(place.name, [])
        if all(entry.code != place.code for entry in entries):
            entries.append(place)

    for province, province_data in data.items():
        add(Place(province, "province", province, None, str(province_data.get("_admin_code"))))
        for city, city_data in province_data.items():
            if city.startswith("_"):
                continue
            real_city = None if _is_pseudo(city) or city in MUNICIPALITIES or province in SPECIAL_REGIONS else city
            if real_city:
                add(Place(city, "city", province, None, str(city_data.get("_admin_code"))))
            for county, county_data in city_data.items():
                if county.startswith("_") or _is_pseudo(county):
                    continue
                parent = city if city in MUNICIPALITIES else real_city
                add(Place(county, "county", province, parent, str(county_data.get("_admin_code"))))
    for name, entries in list(index.items()):
        short = prefecture_short_name(name)
        if short and short not in index:
            index[short] = entries
    for region, short in SPECIAL_REGIONS.items():  # 澳门: the region itself, a province-level unit (point 104)
        if region in index:
            index[short] = index[region]
    for short, name in CUSTOMARY_SHORT_NAMES.items():
        if short not in index and name in index:
            index[short] = index[name]
    for entries in list(index.values()):
        for place in entries:
            former = former_county_name(place)
            if former and former not in index:
                index[former] = [place._replace(name=former)]
    for former, province, city, county in _counties_made_districts():
        district = next((place for place in index.get(county, ()) if (place.province, place.city) == (province, city)), None)
        if district and former not in index:
            index[former] = [district._replace(name=former)]
    return {name: tuple(entries) for name, entries in index.items()}


@functools.cache
def _counties_made_districts() -> list[tuple[str, str, str, str]]:
    """(former county, province, prefecture, district) of the counties jionlp records as made districts (繁昌县 →
    芜湖市繁昌区, 株洲县 → 渌口区): older pages print the county, and the labels keep its name as printed."""
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp

        changes = jionlp.china_location_change_loader()
    return [(change["old_loc"][-1][0], *change["new_loc"]) for change in changes
            if len(change["old_loc"]) == 3 and len(change["new_loc"]) == 3 and (change["old_loc"][-1][0] or "").endswith("县")
            and (change["new_loc"][-1] or "").endswith("区")]


@functools.cache
def town_places() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """A town's or street's full name (银雀山街道, 芦阳镇) → (province, prefecture, county) of every county that has it."""
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp

        data = jionlp.china_location_loader(detail=True)
    found: dict[str, list[tuple[str, str, str]]] = {}
    for province, cities in _units(data):
        for city, counties in _units(cities):
            for county, towns in _units(counties):
                for town, _ in _units(towns):
                    found.setdefault(town, []).append((province, city, county))
    return {town: tuple(places) for town, places in found.items()}


@functools.cache
def town_counties() -> dict[str, tuple[str, str, str]]:
    """A town's or street's full name (银雀山街道, 回马镇) → (province, prefecture, county) of the one county that has
    it; names found in several counties (城关镇, 金山街道) are left out: they place nothing."""
    return {town: places[0] for town, places in town_places().items() if len(places) == 1}


def _units(data: dict) -> list[tuple[str, dict]]:
    return [(name, value) for name, value in data.items() if not name.startswith("_") and isinstance(value, dict)]


# the peoples an autonomous place is named after (黔东南苗族侗族自治州), 族 left out in a few official
# names (伊犁哈萨克自治州, 木垒哈萨克自治县)
PEOPLES = ("回", "满", "蒙古", "藏", "彝", "壮", "苗", "土家", "侗", "瑶", "白", "哈尼", "傣", "黎", "傈僳", "佤", "畲",
           "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
           "锡伯", "普米", "朝鲜", "怒", "鄂温克", "保安", "裕固", "京", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
           "哈萨克", "维吾尔", "布依", "各")
_AUTONOMOUS_PLACE = re.compile(r"^(?P<base>[\u4e00-\u9fff]{2,4}?)(?:(?:" + "|".join(PEOPLES) + r")族?)+自治(?P<level>州|县)$")


# the special administrative regions, which jionlp lists with one city of their short name (澳门 under 澳门特别行政区)
SPECIAL_REGIONS = {"香港特别行政区": "香港", "澳门特别行政区": "澳门"}


# autonomous counties whose bodies sign with a short name made of two syllables, not their base (阜蒙县环境保护局:
# e6777df4be86), which prefecture_short_name cannot derive
CUSTOMARY_SHORT_NAMES = {"阜蒙县": "阜新蒙古族自治县", "杜蒙县": "杜尔伯特蒙古族自治县", "喀左县": "喀喇沁左翼蒙古族自治县",
                         "前郭县": "前郭尔罗斯蒙古族自治县",
                         # Inner Mongolia's banners by the short names their own bodies print (科右中旗人民政府: 5cb7e0862b03;
                         # 莫旗文化和旅游局: aef839a603f7)
                         "科右中旗": "科尔沁右翼中旗", "科右前旗": "科尔沁右翼前旗", "科左中旗": "科尔沁左翼中旗",
                         "科左后旗": "科尔沁左翼后旗", "莫旗": "莫力达瓦达斡尔族自治旗", "鄂温克旗": "鄂温克族自治旗",
                         "鄂伦春旗": "鄂伦春自治旗", "达茂旗": "达尔罕茂明安联合旗", "土左旗": "土默特左旗", "土右旗": "土默特右旗",
                         "察右前旗": "察哈尔右翼前旗", "察右中旗": "察哈尔右翼中旗", "察右后旗": "察哈尔右翼后旗",
                         "阿左旗": "阿拉善左旗", "阿右旗": "阿拉善右旗", "东乌旗": "东乌珠穆沁旗", "西乌旗": "西乌珠穆沁旗",
                         "新左旗": "新巴尔虎左旗", "新右旗": "新巴尔虎右旗", "陈旗": "陈巴尔虎旗", "鄂前旗": "鄂托克前旗"}


def prefecture_short_name(name: str) -> str | None:
    """海南藏族自治州 → 海南州, 楚雄彝族自治州 → 楚雄州, 伊犁哈萨克自治州 → 伊犁州, 肃南裕固族自治县 → 肃南县: the short form an
    autonomous prefecture's or county's bodies are named with."""
    match = _AUTONOMOUS_PLACE.match(name)
    return match.group("base") + match.group("level") if match else None


_LEVEL_WORD_AT_END = re.compile(r"(?:市|县|区|旗)$")


def named_in(place: Place, text: str) -> bool:
    """Whether the text prints the place: its name, its name without the level word (始兴), or an autonomous
    prefecture's short name (楚雄州)."""
    bare = _LEVEL_WORD_AT_END.sub("", place.name)
    short = prefecture_short_name(place.name)
    return any(name and name in text for name in (place.name, bare if len(bare) >= 2 else None, short))


@functools.cache
def _counties_by_short_name() -> dict[tuple[str, str], dict[str, Place]]:
    """(province, city) → the short name (铜山, 文登) → its county or district, where the city has one of that name."""
    found: dict[tuple[str, str], dict[str, list[Place]]] = {}
    for name, places in place_index().items():
        for place in places:
            bare = _LEVEL_WORD_AT_END.sub("", place.name)
            if place.level == "county" and place.city and name == place.name and 2 <= len(bare) < len(place.name):
                found.setdefault((place.province, place.city), {}).setdefault(bare, []).append(place)
    return {key: {bare: places[0] for bare, places in shorts.items() if len(places) == 1} for key, shorts in found.items()}


def county_named_short_after(city: Place, text: str) -> Place | None:
    """The county or district of the city whose short name the text opens with (徐州市 / 铜山侨界委员…: 铜山区), not
    its full name (which reads as itself)."""
    for bare, county in _counties_by_short_name().get((city.province, city.name), {}).items():
        if text.startswith(bare) and not text.startswith(county.name):
            return county
    return None


def is_short_name_of(short: str, name: str) -> bool:
    """海南州 of 海南藏族自治州, 阜蒙县 of 阜新蒙古族自治县: a short name its bodies are written with in full."""
    return short == prefecture_short_name(name) or CUSTOMARY_SHORT_NAMES.get(short) == name


def former_county_name(place: Place) -> str | None:
    """宁乡市 → 宁乡县, 香格里拉市 → 香格里拉县: a county-level city's name as the county it was before
    (older pages print it, and the labels keep a county's name as printed)."""
    base = place.name[:-1]
    return base + "县" if place.level == "county" and place.name.endswith("市") and len(base) >= 2 else None


@functools.cache
def _former_county_names() -> frozenset[str]:
    index = place_index()
    made_districts = {former for former, *_ in _counties_made_districts()}
    return frozenset(name for name, places in index.items() if name.endswith("县") and len(places) == 1
                     and (any(place.code == places[0].code for place in index.get(name[:-1] + "市", ()))
                          or (name in made_districts and places[0].name == name)))


def is_former_county_name(name: str) -> bool:
    """宁乡县: an entry kept for a county-level city's former name, not a source of short names or spellings."""
    return name in _former_county_names()


def lookup(name: str) -> tuple[Place, ...]:
    return place_index().get(name, ())


def named_in_full(name: str | None) -> tuple[Place, ...]:
    """The places whose full name is `name` (lookup also answers a short name: 延边 → 延边朝鲜族自治州)."""
    return tuple(place for place in lookup(name or "") if place.name == name)


@functools.cache
def _name_lengths_by_first_character() -> dict[str, tuple[int, ...]]:
    """First character → the lengths (two or more, longest first) of the names starting with it."""
    lengths: dict[str, set[int]] = {}
    for name in place_index():
        if len(name) > 1:
            lengths.setdefault(name[0], set()).add(len(name))
    return {character: tuple(sorted(found, reverse=True)) for character, found in lengths.items()}


def start_pattern(starts: Iterable[str]) -> re.Pattern:
    """Where a name may start, given the first two characters of every name: a character opening one, then one
    second in one (a scan in re, not a slice and a set lookup at every position of the text). The second is looked
    ahead at, so starts may overlap; the first is matched, which lets re skip the text by its class (twice as fast
    as looking ahead at both)."""
    firsts, seconds = ("".join(sorted({start[index] for start in starts})) for index in (0, 1))
    return re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")


@functools.cache
def _name_beginnings() -> frozenset[str]:
    """The first two characters of every name of two or more: most characters of a text begin none."""
    return frozenset(name[:2] for name in place_index() if len(name) > 1)


@functools.cache
def place_start_pattern() -> re.Pattern:
    """Where a place name of two characters or more may start, full or a province's short name (甘肃, 内蒙古)."""
    return start_pattern(_name_beginnings() | {name[:2] for name in province_short_names()})


def leading_places(text: str) -> list[tuple[Place, ...]]:
    """Places written one after another at the start of a name: 上海市嘉定区民政局 → 上海市, 嘉定区."""
    return leading_places_and_length(text)[0]


def leading_places_and_length(text: str) -> tuple[list[tuple[Place, ...]], int]:
    """The leading places and how many characters they take (海南州生态环境局 → 海南藏族自治州, 3)."""
    found, position = [], 0
    starts, beginnings = _name_lengths_by_first_character(), _name_beginnings()
    while text[position:position + 2] in beginnings:  # else no name starts here: every length need not be tried
        for length in starts[text[position]]:
            candidates = lookup(text[position:position + length]) if position + length <= len(text) else ()
            if candidates:
                found.append(candidates)
                position += length
                break
        else:
            break
    return found, position


@functools.cache
def _name_lengths_by_last_character() -> dict[str, tuple[int, ...]]:
    """Last character → the lengths (two or more, longest first) of the names ending with it."""
    lengths: dict[str, set[int]] = {}
    for name in place_index():
        if len(name) > 1:
            lengths.setdefault(name[-1], set()).add(len(name))
    return {character: tuple(sorted(found, reverse=True)) for character, found in lengths.items()}


@functools.cache
def _name_endings() -> frozenset[str]:
    """The last two characters of every name of two or more: most 区 and 市 of a text (社区, 全市) end none."""
    return frozenset(name[-2:] for name in place_index() if len(name) > 1)


def place_ending_at(text: str, end: int) -> tuple[Place, ...]:
    """The longest place name ending at text[end - 1] (for 嘉定 + 区民政局 style completion)."""
    if end < 2 or text[end - 2:end] not in _name_endings():
        return ()  # no name ends here: every length need not be tried
    index = place_index()  # bound once: this runs for every 市/区/县 a text names
    for length in _name_lengths_by_last_character().get(text[end - 1], ()):
        candidates = index.get(text[end - length:end], ()) if length <= end else ()
        if candidates and not conjunction_at(text, end - length) and not _tail_of_a_province(text, end - length, length):
            return candidates
    return ()


def _tail_of_a_province(text: str, start: int, length: int) -> bool:
    """A two-character name read inside a province's short name and its level word (各民主党派广西区委: 西区 is no
    district there, d4fbf8d417cc)."""
    return length == 2 and start > 0 and text[start - 1:start + 1] in province_short_names()


# 和县 and 和政县 are counties, but …代表建议和县政协…, 市直和县(市), 人大代表建议和政协委员提案 join with 和:
# inside a run of words it is the conjunction, a place only after a place (安徽省和县) or opening a phrase
PLACE_LEVEL_CHARACTERS = "省市州区县盟旗"
_CLOSING = ")）”」』"


def conjunction_at(text: str, start: int) -> bool:
    """Whether the place name read at text[start] opens with 和 joining it to the words before it, or
    with the verb 会同 (经会同县水利局现场踏看: with the county's water bureau; dc7dce1b8fe7)."""
    before = text[start - 1:start]
    return ((text[start:start + 1] == "和" or text.startswith("会同", start)) and before != ""
            and ("\u4e00" <= before <= "\u9fff" and before not in PLACE_LEVEL_CHARACTERS or before in _CLOSING
                 or _LIST_OF_RELATIVE_BODIES.search(text, max(0, start - _LIST_ITEM_REACH), start) is not None))


# 县教育局、县农业农村局、县产业开发区和县水利局: 和 closing a list of a place's bodies named relatively (aa14e0978ec0), its
# last item ending in a level character (开发区) without naming a place
_LIST_OF_RELATIVE_BODIES = re.compile(r"[、,，][省市区县州][\u4e00-\u9fff]{1,12}$")
_LIST_ITEM_REACH = 14


_PROVINCE_SUFFIX = re.compile(r"(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$")


# a province's one-character abbreviation that does not open its name (渝 for 重庆), to its short name; no city opens
# with these but 湘潭, 湘西 and 鄂州, which a page naming the province's name tells apart
PROVINCE_ABBREVIATIONS = {"渝": "重庆", "沪": "上海", "闽": "福建", "粤": "广东", "桂": "广西", "滇": "云南", "黔": "贵州",
                          "蜀": "四川", "川": "四川", "鄂": "湖北", "湘": "湖南", "赣": "江西", "皖": "安徽", "鲁": "山东",
                          "豫": "河南", "冀": "河北", "晋": "山西", "琼": "海南", "陇": "甘肃", "秦": "陕西", "陕": "陕西"}


@functools.cache
def province_short_names() -> dict[str, Place]:
    """Short names of provinces as news write them (甘肃, 广西, 新疆, 内蒙古) → the province."""
    short = {}
    for entries in place_index().values():
        for place in entries:
            if place.level == "province":
                name = _PROVINCE_SUFFIX.sub("", place.name)
                if len(name) >= 2 and name != place.name and not place_index().get(name):
                    short[name] = place
    return short


@functools.cache
def province_short_starts() -> frozenset[str]:
    return frozenset(name[0] for name in province_short_names())


# what continues a place's name as a place, not a word: its level word, and 人 (北京人民政府, not 北京人)
_PLACE_CONTINUES = frozenset("省市区县州盟旗人")
_LEVEL_ENDING = re.compile(r"(?:市|县|区|州|盟|旗)$")


@functools.cache
def _words_opened_by_a_place() -> dict[str, tuple[str, ...]]:
    """Place name (full, or short without its level word) → the rest of the common words and idioms it opens
    in jionlp's phrase list (大理 → 石, 寺; 长治 → 久安; 合作 → 社; 新民 → 主主义)."""
    with contextlib.redirect_stdout(io.StringIO()):
        from jionlp.dictionary.dictionary_loader import pinyin_phrase_loader

        phrases = pinyin_phrase_loader()
    names = set(place_index())
    names |= {_LEVEL_ENDING.sub("", name) for name in names} | set(province_short_names())
    rests: dict[str, set[str]] = {}
    for word in phrases:
        for length in range(2, min(len(word), 6)):
            if word[:length] in names and word[length] not in _PLACE_CONTINUES and word not in names:
                rests.setdefault(word[:length], set()).add(word[length:])
    return {name: tuple(sorted(found, key=len, reverse=True)) for name, found in rests.items()}


def opens_a_word(text: str, start: int) -> bool:
    """Whether a place name read at text[start] is the head of a longer common word (县城内的大理石厂: 大理石,
    not 大理; 长治久安, 合作社, 新民主主义): no place is named there."""
    words = _words_opened_by_a_place()
    for length in range(2, 6):
        rests = words.get(text[start:start + length])
        if rests and any(text.startswith(rest, start + length) for rest in rests):
            return True
    return False


@functools.cache
def _word_rarity() -> dict[str, float]:
    """jionlp's words with their inverse document frequency (水平 4.9, 振兴 7.5, 松江 8.6, 苍南 12.0)."""
    with contextlib.redirect_stdout(io.StringIO()):
        from jionlp.dictionary.dictionary_loader import idf_loader

        return idf_loader()


@functools.cache
def _dictionary_words() -> frozenset[str]:
    """The head words of jionlp's Chinese dictionary (振兴, 延长, 平和: words with senses of their own; 厦门 is none)."""
    with contextlib.redirect_stdout(io.StringIO()):
        from jionlp.dictionary.dictionary_loader import chinese_word_dictionary_loader

        return frozenset(chinese_word_dictionary_loader())


# a dictionary word found in most texts (振兴 7.5, 延长 7.0 in jionlp's idf; not 松江 8.6) is too common to name a place
_COMMON_WORD_IDF = 8.0
_LONGEST_WORD = 6


def is_common_word(word: str) -> bool:
    """振兴 (乡村振兴), 延长 (可延长至): a place's short name that is also a frequent word of the language, a
    dictionary word most texts use (not 厦门, 宁波: no dictionary sense; not 松江: rare)."""
    return (word in _dictionary_words() and _word_rarity().get(word, _COMMON_WORD_IDF) < _COMMON_WORD_IDF
            and word not in _CITIES_THE_DICTIONARY_GLOSSES or word in _WORDS_THAT_ARE_SHORT_NAMES)


# frequent words the dictionary leaves out because places bear them (规划新建 twice is no 新建区: 5ca760921216;
# 前进, 解放, 光明, 复兴: a street's or a slogan's word), read as a name only in full (新建区, 光明区); and words the
# general language uses rarely but government texts often, so its rarity passes them (惠民, 富民, 惠农: a policy's word,
# 芦南惠民养老服务中心 read as 惠民县 on 繁昌县's page 8aaaff75675e; 会同: together with; 全州: the whole prefecture; 老城: an
# old town; 互助, 同心: a slogan's; 中西: 中西医; 金山: 金山银山; 双城: 双城经济圈; 凤凰: 凤凰网; 天涯: 天涯海角). Each was
# counted as a mention of its place on 10–96 dev pages, of which none or at most one named that place (twenty-eighth session)
_WORDS_THAT_ARE_SHORT_NAMES = frozenset({"平原", "江南", "港口", "前进", "解放", "新建", "古城", "运河", "南岸", "平定",
                                         "光明", "安定", "复兴", "洞口", "富裕", "光泽", "西山", "长子", "滨海", "红旗",
                                         "江海", "莲花", "海港", "高明", "惠民", "富民", "惠农", "会同", "全州", "老城",
                                         "互助", "同心", "中西", "金山", "双城", "凤凰", "天涯"})

# prefecture cities whose names the dictionary holds only in old senses (昆明: 汉代昆明池; 徐州: 古九州之一; 青岛: 草木青翠的
# 岛屿), frequent in texts because the cities are (紧扣昆明发展, 幸福徐州): names, not words; 开封 (to unseal) stays a word
_CITIES_THE_DICTIONARY_GLOSSES = frozenset({"南京", "南阳", "太原", "徐州", "昆明", "洛阳", "绍兴", "青岛"})


def straddles_a_word(text: str, start: int, end: int) -> bool:
    """Whether a word of the language that is no place's name runs across an edge of text[start:end] (主任张汉中:
    张汉; 可延长至: 可延; 共同富裕: 同富; 思想上高度: 想上): the name read there is part of other words."""
    rarity = _word_rarity()
    for first in range(max(0, start - _LONGEST_WORD + 1), end):
        for length in range(2, _LONGEST_WORD + 1):
            last = first + length
            if last <= start or (first >= start and last <= end) or last > len(text):
                continue
            if _other_word(text[first:last], rarity):
                return True
    return False


def _other_word(word: str, rarity: dict[str, float]) -> bool:
    """A word of the language (in jionlp's idf list) that is no place's name, with or without its level word."""
    return word in rarity and not lookup(word) and not lookup(_LEVEL_ENDING.sub("", word))


def word_runs_into(text: str, start: int, end: int) -> bool:
    """Whether a word of the language that is no place's name starts before text[start:end] and ends inside it
    (新建水厂: 新建, so no 建水; 修建水冲式: 修建): the name read there is the tail of another word."""
    rarity = _word_rarity()
    for first in range(max(0, start - _LONGEST_WORD + 1), start):
        for last in range(start + 1, min(end, first + _LONGEST_WORD) + 1):
            if _other_word(text[first:last], rarity) and not _taken_by_the_word_before(text, first, rarity[text[first:last]]):
                return True
    return False


def _taken_by_the_word_before(text: str, first: int, rarity: float) -> bool:
    """关于晋江市…: 于 closes the commoner word 关于, so the rare 于晋 does not run into 晋江."""
    before = text[first - 1:first + 1] if first else ""
    return _word_rarity().get(before, rarity) < rarity
