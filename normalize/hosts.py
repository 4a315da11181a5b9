"""The place a government host names (jtj.huainan.gov.cn → 淮南市), from the gazetteer's names in pinyin.

Government sites put their place in the host as pinyin (wuhan, luozhuang, xiangyin). Each
place's name without its level word (淮南市 → 淮南) is spelled in toneless pinyin with jionlp's
pinyin table (pypinyin's where jionlp knows a character not), and by the other readings of its
characters (漯河 luohe, 乐清 yueqing) for labels no first reading spells; a host label that spells
exactly one place gives it. Labels that spell several
places (two 市中区, 通州 in Beijing and Nantong) or none give nothing: never guessed.
"""

import contextlib
import functools
import io
import itertools
import math
import re

import pypinyin

from normalize import gazetteer
from normalize.gazetteer import Place
from normalize.issuer import kinds_we_speak_as
from normalize.repost import host_of, is_government_host

_LEVEL_WORD = re.compile(r"(?:(?:[\u4e00-\u9fff]{1,4}族)*(?:自治州|自治县|自治旗|自治区|特别行政区)|省|市|区|县|旗|地区|盟|林区|特区)$")
_ETHNIC = re.compile("(?:" + "|".join(gazetteer.PEOPLES) + ")族$")  # 管城回族区 → 管城
_OWN_PEOPLE = re.compile(r"族?自治(?:州|县|旗)$")
_SERVICE_LABELS = {"www", "gov", "cn", "public", "m", "wap", "xxgk", "zwgk", "big5"}
_MIN_SPELLING = 5  # shorter spellings (xian, yi'an …) are too often something else


@functools.cache
def _pinyin_names() -> tuple[dict[str, tuple[Place, ...]], dict[str, tuple[Place, ...]], dict[str, tuple[Place, ...]]]:
    """Places by their names without the level word in toneless pinyin (huainan), by the initials of
    that pinyin (pds for 平顶山, hhht for 呼和浩特), and by the other readings of their characters (luohe
    for 漯河, whose 漯 the table reads ta), which a host's label is matched against only when no place has
    it as its first reading."""
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp
    spellings: dict[str, dict[str, Place]] = {}
    initials: dict[str, dict[str, Place]] = {}
    others: dict[str, dict[str, Place]] = {}
    for name, places in gazetteer.place_index().items():
        if gazetteer.is_former_county_name(name):
            continue
        base = _LEVEL_WORD.sub("", name)
        while _ETHNIC.search(base):
            base = _ETHNIC.sub("", base)
        if len(base) < 2:  # 鄂温克族自治旗: named after its people (ewenke.gov.cn)
            base = _OWN_PEOPLE.sub("", name)
        if len(base) < 2:
            continue
        syllables = [re.sub(r"\d", "", syllable) for syllable in jionlp.pinyin(base, formater="simple")]
        if not all(syllable.isalpha() for syllable in syllables):  # <py_unk> for 凤, 麒, 蛟 …
            syllables = pypinyin.lazy_pinyin(base)
        for place in places:
            spellings.setdefault("".join(syllables), {})[place.code] = place
            initials.setdefault("".join(syllable[:1] for syllable in syllables), {})[place.code] = place
            for reading in _readings(base):
                others.setdefault(reading, {})[place.code] = place
    return tuple({key: tuple(found.values()) for key, found in table.items()}  # type: ignore[return-value]
                 for table in (spellings, initials, others))


_MAX_READINGS = 16


def _readings(base: str) -> set[str]:
    """Every toneless reading of a name from its characters' readings (漯: luo, ta, lei), up to
    _MAX_READINGS of them: the table's one reading per character is often not the place's."""
    choices = [pypinyin.pinyin(character, style=pypinyin.Style.NORMAL, heteronym=True)[0] for character in base]
    if math.prod(map(len, choices)) > _MAX_READINGS:
        return set()
    return {"".join(combination) for combination in itertools.product(*choices)
            if all(syllable.isalpha() for syllable in combination)}


def _places_spelled(label: str) -> tuple[Place, ...]:
    """The places a host label spells by their first reading, else by another reading of their characters."""
    spellings, _, others = _pinyin_names()
    return spellings.get(label) or others.get(label, ())


# provinces whose portals sit under a short code (jtw.sh.gov.cn, wlt.hlj.gov.cn, jyt.gd.gov.cn); codes
# that could be two provinces (hb, hn, sx) are left out
_PROVINCE_CODES: dict[str | None, str] = {  # looked up with a congress host's place code too, None for another host
    "bj": "北京市", "tj": "天津市", "sh": "上海市", "cq": "重庆市", "nmg": "内蒙古自治区", "ln": "辽宁省",
    "jl": "吉林省", "hlj": "黑龙江省", "js": "江苏省", "zj": "浙江省", "ah": "安徽省", "fj": "福建省",
    "jiangxi": "江西省", "sd": "山东省", "gd": "广东省", "gxzf": "广西壮族自治区", "sc": "四川省",
    "yn": "云南省", "xizang": "西藏自治区", "shaanxi": "陕西省", "nx": "宁夏回族自治区", "xj": "新疆维吾尔自治区"}


# people's congress sites are named …rd (bjrd.gov.cn, rd.kq.gov.cn), CPPCC sites …zx (hljzx.gov.cn)
_CONGRESS_LABEL = re.compile(r"^(?P<place>[a-z]{0,6})(?P<kind>rd|zx)$")
_CONGRESS_PROVINCE_CODES: dict[str | None, str] = {"gs": "甘肃省", "gx": "广西壮族自治区"}  # gszx.gov.cn, gxzx.gov.cn


def _province_of_code(host: str) -> Place | None:
    """The province a portal's code names right before gov.cn (jtw.sh.gov.cn → 上海市)."""
    code = _portal_code(host)
    if code is None:
        return None
    congress = _CONGRESS_LABEL.match(code)  # hljzx.gov.cn, jszx.gov.cn, bjrd.gov.cn
    place_code = congress.group("place") if congress else None
    name = _PROVINCE_CODES.get(code) or _PROVINCE_CODES.get(place_code) or _CONGRESS_PROVINCE_CODES.get(place_code)
    return gazetteer.lookup(name)[0] if name else None


def _naming_labels(host: str) -> list[str]:
    """The labels of a host that name something (www, gov, cn, xxgk … left out)."""
    return [label for label in host.split(".") if label not in _SERVICE_LABELS]


# provinces whose portal is their name in full pinyin, which may also spell another place (xinjiang: 新绛县,
# hebei: 天津市河北区) or sit over a county's own site (wenchang.hainan.gov.cn: 文昌市)
_PROVINCE_PORTALS = {"hebei": "河北省", "shanxi": "山西省", "henan": "河南省", "hainan": "海南省", "xinjiang": "新疆维吾尔自治区"}


def _portal_code(host: str) -> str | None:
    """The label right before gov.cn (sh in jtw.sh.gov.cn, xinjiang in swt.xinjiang.gov.cn), or None."""
    labels = host.split(".")
    return labels[-3] if len(labels) >= 3 and labels[-2:] == ["gov", "cn"] else None


def place_of_host(url: str | None, text: str = "") -> Place | None:
    """The one place a *.gov.cn host spells, or None: a province by its portal's code (jtw.sh.gov.cn), a
    place by a label spelling it, else a province by its portal's full name (swt.xinjiang.gov.cn). Given the page's
    text, not a place the text never names where it names one of another reading of the label (zjj.chaoyang.gov.cn
    under 关于对朝阳市政协…提案答复意见的函: 朝阳 is read zhaoyang by the table, chaoyang being 潮阳区's first reading)."""
    host = host_of(url)
    if not host or not is_government_host(host):
        return None
    province = _province_of_code(host)
    if province:
        return province
    portal = _PROVINCE_PORTALS.get(_portal_code(host) or "")
    labels = _naming_labels(host)
    for label in reversed(labels[:-1] if portal else labels):
        if len(label) >= _MIN_SPELLING and label.isalpha():
            places = _places_spelled(label) or _places_spelled_with_level(label) or _places_after_province_code(label)
            if len(places) == 1 and not _another_reading_named(label, places[0], text):
                return places[0]
    return gazetteer.lookup(portal)[0] if portal else None


def _another_reading_named(label: str, place: Place, text: str) -> bool:
    """Whether the text names a place another reading of the label spells (朝阳市, chaoyang) and not the place its
    first reading spells (潮阳区)."""
    others = [other for other in _pinyin_names()[2].get(label, ()) if other.code != place.code]
    return bool(text) and any(gazetteer.named_in(other, text) for other in others) and not gazetteer.named_in(place, text)


# a county's or a district's portal named with its province's code before its name (ahjinzhai: 金寨县, sdningjin: 宁津县,
# sxshilou: 石楼县, hnziyang: 益阳's 资阳区, scdongqu: 攀枝花's 东区); a code several provinces share names each of them
_PROVINCE_PREFIXES = {"ah": ("安徽省",), "sd": ("山东省",), "js": ("江苏省",), "zj": ("浙江省",), "fj": ("福建省",), "gd": ("广东省",),
                      "gx": ("广西壮族自治区",), "jl": ("吉林省",), "ln": ("辽宁省",), "sc": ("四川省",), "yn": ("云南省",),
                      "gz": ("贵州省",), "hlj": ("黑龙江省",), "nmg": ("内蒙古自治区",), "xj": ("新疆维吾尔自治区",),
                      "qh": ("青海省",), "gs": ("甘肃省",), "nx": ("宁夏回族自治区",), "jx": ("江西省",), "sx": ("山西省", "陕西省"),
                      "hn": ("湖南省", "河南省", "海南省"), "hb": ("湖北省", "河北省")}
_MIN_AFTER_CODE = 4  # xian after sx (sxxian) would read too many names


def _places_after_province_code(label: str) -> tuple[Place, ...]:
    """The places of the province a label's code names that the rest of the label spells in full pinyin."""
    for length in (3, 2):
        provinces, rest = _PROVINCE_PREFIXES.get(label[:length], ()), label[length:]
        if provinces and len(rest) >= _MIN_AFTER_CODE:
            return tuple(place for place in _places_spelled(rest) if place.province in provinces)
    return ()


def prefecture_of_host(url: str | None) -> Place | None:
    """The one prefecture-level city a *.gov.cn host label spells in full pinyin where the label also spells counties or
    districts elsewhere (jtj.changzhou.gov.cn: 常州市, not 梧州's 长洲区; ganzhou.gov.cn: 赣州市, not 张掖's 甘州区;
    nanjing.gov.cn: 南京市, not 南靖县): the city's portal or its bureau's site, as the corpus reads such hosts (a
    county's own site is rarely its bare name under a city's namesake). None for readings of two cities (taizhou)."""
    host = host_of(url)
    if not host or not is_government_host(host):
        return None
    for label in reversed(_naming_labels(host)):
        if len(label) >= _MIN_SPELLING and label.isalpha() and (places := _places_spelled(label)):
            cities = [place for place in places if place.level == "city"]
            return cities[0] if len(cities) == 1 and len(places) > 1 else None
    return None


_LEVEL_SPELLINGS = (("xian", "县"), ("shi", "市"), ("qu", "区"), ("qi", "旗"))
_MIN_STEM = 4  # tieling, before its level word: a shorter stem (shou-xian) reads too many names


def _places_spelled_with_level(label: str) -> tuple[Place, ...]:
    """The places a host label spells with their level word (tielingxian.gov.cn → 铁岭县, not 铁岭市): the
    name's spelling, then the level's, the place of that name at that level."""
    for spelled, word in _LEVEL_SPELLINGS:
        stem = label.removesuffix(spelled)
        if stem != label and len(stem) >= _MIN_STEM:
            return tuple(place for place in _places_spelled(stem) if place.name.endswith(word))
    return ()


_MIN_INITIALS = 3  # two letters (dy, sz) name many places
# …but as candidates the text narrows, two will do (tjj.gz.gov.cn in a text naming 广州: ce69fc966c1a)
_MIN_BARE_INITIALS = 2


def _initials_with_level_word(letters: str) -> tuple[Place, ...]:
    """blzq.gov.cn → 巴林左旗: a place's initials followed by its level word's (q for 旗), four letters or more."""
    if len(letters) <= _MIN_INITIALS:
        return ()
    return tuple(place for place in _pinyin_names()[1].get(letters[:-1], ())
                 if _LEVEL_INITIALS.get(place.name[-1]) == letters[-1])


def places_of_initials(url: str | None) -> tuple[Place, ...]:
    """Every reading of a government site's initials (pds.gov.cn: 平顶山市; a congress's hhhtrd.gov.cn: 呼和浩特市;
    blzq.gov.cn: 巴林左旗, q for 旗; gdsx.gov.cn: 广东 始兴县 or 遂溪县), candidates for a text to narrow, never an
    answer alone (docs/labelling.md, point 72)."""
    host = host_of(url)
    labels = host.split(".") if host else []
    if len(labels) < 3 or labels[-2:] != ["gov", "cn"]:
        return ()
    congress = _CONGRESS_LABEL.match(labels[-3])
    letters = congress.group("place") if congress else labels[-3]
    if len(letters) < _MIN_BARE_INITIALS or not letters.isalpha() or letters in _NOT_INITIALS:
        return ()
    found = {place.code: place for place in (*_pinyin_names()[1].get(letters, ()), *_initials_with_level_word(letters),
                                             *_places_inside_initials(letters))}
    return tuple(found.values())


def _places_inside_initials(letters: str) -> list[Place]:
    """pds is one place; cqfj is 重庆 (cq) then 奉节 (fj) inside it: the ways to read the letters as a
    province's or city's initials followed by the initials of a place within it."""
    initials = _pinyin_names()[1]
    found: dict[str, Place] = {}
    for cut in range(2, len(letters) - 1):
        parents = {place.name for place in initials.get(letters[:cut], ()) if place.level in ("province", "city")}
        parents |= {_PROVINCIAL_DOMAINS[letters[:cut]]} if letters[:cut] in _PROVINCIAL_DOMAINS else set()
        rest = letters[cut:]
        inside = [*initials.get(rest, ()),  # wss: 文山 with its level word's initial (s for 市)
                  *(place for place in initials.get(rest[:-1], ()) if _LEVEL_INITIALS.get(place.name[-1]) == rest[-1])]
        found.update((place.code, place) for place in inside
                     if place.level != "province" and (place.province in parents or place.city in parents))
    return list(found.values())


_LEVEL_INITIALS = {"市": "s", "县": "x", "区": "q", "旗": "q", "州": "z"}


# a bureau's site is named by its initials in front of the place (jyj.wuhan.gov.cn → 武汉市教育局)
_BUREAU_INITIALS: dict[str, str | tuple[str, ...]] = {
    "jyj": "教育局", "jtj": "交通运输局", "jtysj": "交通运输局", "mzj": "民政局", "sthj": "生态环境局",
    "sthjj": "生态环境局", "zjj": "住房和城乡建设局", "wjw": "卫生健康委员会", "wjj": "卫生健康局",
    "wlj": "文化和旅游局", "whlyj": "文化和旅游局", "wglj": "文化广电和旅游局", "rsj": "人力资源和社会保障局",
    "scjgj": "市场监督管理局", "slj": "水利局", "nyncj": "农业农村局", "czj": "财政局", "gaj": "公安局",
    "fgw": "发展和改革委员会", "fgj": ("发展和改革局", "房屋管理局"), "sfj": "司法局", "yjj": "应急管理局", "tyjrswj": "退役军人事务局",
    "swj": ("商务局", "水务局"), "kjj": "科学技术局", "gxj": "工业和信息化局", "jxj": "工业和信息化局", "tjj": "统计局",
    "sjj": "审计局", "ybj": "医疗保障局", "lyj": "林业局", "yjglj": "应急管理局", "nync": "农业农村局",
    "amr": "市场监督管理局", "tyjr": "退役军人事务局", "yjgl": "应急管理局",  # amr.nanyang.gov.cn, tyjr.sz.gov.cn, yjgl.sz.gov.cn
    "lcj": "林业和草原局", "lycy": "林业和草原局", "cgj": "城市管理局", "whly": "文化和旅游局", "wwj": "文物局",
    "gzw": "国有资产监督管理委员会", "gbdsj": "广播电视局", "hrss": "人力资源和社会保障局", "whhlyj": "文化和旅游局",
    "wsjkw": "卫生健康委员会", "tyj": "体育局",  # wsjkw.cq.gov.cn (a municipality's commission), tyj.gz.gov.cn
    "nyj": "农业农村局", "zrzy": "自然资源局", "zrzyj": "自然资源局", "fcj": "房产局", "sjzyglj": "数据资源管理局",
    "agri": "农业农村局", "edu": ("教育局", "教育委员会"), "jw": "教育委员会", "mz": "民政局", "zwdsj": "政务服务和大数据管理局",
    "xzspj": "行政审批局", "epb": "环境保护局", "ysj": "营商环境建设局", "cgzfj": "城管执法局",
}


# a province's department is a 厅 (jyt.gd.gov.cn → 广东省教育厅)
_DEPARTMENT_INITIALS = {
    "jyt": "教育厅", "mzt": "民政厅", "czt": "财政厅", "jtt": "交通运输厅", "jtyst": "交通运输厅", "sthjt": "生态环境厅",
    "zjt": "住房和城乡建设厅", "zrzyt": "自然资源厅", "wlt": "文化和旅游厅", "whhlyt": "文化和旅游厅", "slt": "水利厅",
    "rst": "人力资源和社会保障厅", "nynct": "农业农村厅", "wsjkw": "卫生健康委员会", "wjw": "卫生健康委员会",
    "sft": "司法厅", "swt": "商务厅", "kjt": "科学技术厅", "gxt": "工业和信息化厅", "yjt": "应急管理厅",
    "nync": "农业农村厅",  # nync.yn.gov.cn
    "amr": "市场监督管理局",  # amr.hunan.gov.cn: a province's market regulator is a 局
    "lcj": "林业和草原局", "wwj": "文物局", "gbdsj": "广播电视局", "hyj": "海洋局",  # a province's bureaus (lcj.yn.gov.cn)
    "whly": "文化和旅游厅", "zfcxjst": "住房和城乡建设厅", "dnr": "自然资源厅", "yjglt": "应急管理厅", "tyjrswt": "退役军人事务厅",
    "mzw": "民族宗教事务委员会", "gzw": "国有资产监督管理委员会", "sndrc": "发展和改革委员会", "nmt": "农牧厅",
    # a province's bureaus and commissions by the initials of their own names (lyj.fujian.gov.cn: 福建省林业局;
    # sthj.guizhou.gov.cn: 贵州省生态环境厅, its 厅 left out)
    "lyj": "林业局", "scjgj": "市场监督管理局", "tyj": "体育局", "ybj": "医疗保障局", "tjj": "统计局", "zyyj": "中医药管理局",
    "yjgl": "应急管理厅", "sthj": "生态环境厅", "fgw": "发展和改革委员会", "wsjk": "卫生健康委员会",
    "hrss": "人力资源和社会保障厅", "edu": "教育厅", "agri": "农业农村厅", "mz": "民政厅", "smzt": "民政厅",
    "gdii": "工业和信息化厅", "hnga": "公安厅", "ysj": "营商环境建设局",
}


_NOT_INITIALS = {*_SERVICE_LABELS, *_BUREAU_INITIALS, *_DEPARTMENT_INITIALS, *_PROVINCE_CODES}


def body_of_host(url: str | None, text: str = "", narrowed: bool = False) -> tuple[str, Place] | None:
    """The bureau a government host names by its initials before the place it spells, and that
    place (jtj.huainan.gov.cn → 淮南市交通运输局; a place by its initials only where the text names it:
    mzj.cxz.gov.cn and 楚雄州 → 楚雄彝族自治州民政局); initials several bureaus share (swj: 商务局, 水务局) name
    the one the page's text names; None for any other host. `narrowed`: also a place label that spells several
    places or a short one (nyncj.luan.gov.cn) where the text prints one of them (六安), a weaker reading."""
    host = host_of(url)
    place = place_of_host(url, text) or _the_one_named(places_of_initials(url), text) \
        or (_the_one_named(_places_a_short_label_spells(host), text) if narrowed else None)
    if not host or place is None:
        return None
    assert url is not None  # host_of gives a host only for a url
    labels = _naming_labels(host)
    # a province's departments are 厅; a municipality's (上海市, level province) are 局 like a city's
    initials = _DEPARTMENT_INITIALS if place.level == "province" and place.name not in gazetteer.MUNICIPALITIES \
        else _BUREAU_INITIALS
    bureau = _named_by_text(initials.get(labels[0]), text) if len(labels) > 1 else _bureau_of_path(url, initials, text)
    return (place.name + bureau, place) if bureau and _kind_printed(bureau, text) else None


_HEAD = re.compile(r"(?:局|厅|委员会)$")


def _kind_printed(bureau: str, text: str) -> bool:
    """Whether the page names the kind of body the initials spell (point 125): 我局 (我委, 我厅) for a body of that head
    word, or the body's field (水利 for 水利局, 发展和改革 for 发展和改革委员会) or a short name of it (发改, 文旅)."""
    head = "委" if bureau.endswith("委员会") else bureau[-1]
    if head in kinds_we_speak_as([text]):
        return True
    field = _HEAD.sub("", bureau)
    return field in text or any(short in text for short in _FIELD_SHORT_NAMES.get(field, ()))


_FIELD_SHORT_NAMES = {"发展和改革": ("发改", "发展改革"), "文化和旅游": ("文旅",), "住房和城乡建设": ("住建", "住房城乡建设"),
                      "人力资源和社会保障": ("人社", "人力资源社会保障"), "市场监督管理": ("市场监管", "市监"),
                      "卫生健康": ("卫健",), "科学技术": ("科技",), "工业和信息化": ("工信",), "医疗保障": ("医保",),
                      "应急管理": ("应急",), "退役军人事务": ("退役军人",), "生态环境": ("环保", "环境"),
                      "林业和草原": ("林草", "林业"), "城市管理": ("城管",), "民族宗教事务": ("民宗", "民族宗教"),
                      "国有资产监督管理": ("国资",), "广播电视": ("广电",),
                      "文化广电和旅游": ("文广旅", "文旅"), "交通运输": ("交通",)}


def _the_one_named(places: tuple[Place, ...], text: str) -> Place | None:
    """Of a host's readings, the one place the text prints; of several printed without their level word
    (西安 for 西安市 and 西安区), the one it prints in full."""
    named = [place for place in places if gazetteer.named_in(place, text)]
    if len(named) > 1:
        named = [place for place in named if place.name in text]
    return named[0] if len(named) == 1 else None


def _places_a_short_label_spells(host: str | None) -> tuple[Place, ...]:
    """The places a government host's place label spells, however many or short (luan: 六安市; henan: 河南省 and
    河南蒙古族自治县), candidates for the text to narrow (nyncj.luan.gov.cn on a page printing 六安)."""
    labels = host.split(".") if host else []
    if len(labels) < 3 or labels[-2:] != ["gov", "cn"] or not labels[-3].isalpha():
        return ()
    return _places_spelled(labels[-3]) if len(labels[-3]) >= _MIN_NARROWED_SPELLING else ()


def _named_by_text(bureau: str | tuple[str, ...] | None, text: str) -> str | None:
    """A bureau, or of several sharing initials the one the text names (and no other)."""
    if not isinstance(bureau, tuple):
        return bureau
    named = [name for name in bureau if name in text]
    return named[0] if len(named) == 1 else None


_PATH_WORD = re.compile(r"[a-z]+")
# the level's letter a prefecture's portal puts before its bureau's initials (diqing.gov.cn/zfxxgk_dqzzf_zwhhlyj: 州)
_LEVEL_LETTERS = frozenset(_LEVEL_INITIALS.values())


def _bureau_of_path(url: str, initials: dict, text: str) -> str | None:
    """The one bureau a portal's path names by its initials (xianggelila.gov.cn/zfxxgk_xglls_mzj/… →
    民政局; zfxxgk_dqzzf_zwhhlyj, the level's letter first: 州文化和旅游局): the bureau's column on its government's
    portal."""
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0].lower()
    words = [word if word in initials else word[1:] for word in _PATH_WORD.findall(path)
             if word in initials or word[:1] in _LEVEL_LETTERS and word[1:] in initials]
    found = {_named_by_text(initials[word], text) for word in words} - {None}
    return found.pop() if len(found) == 1 else None


# a ministry's own site (www.mee.gov.cn → 生态环境部)
_MINISTRY_HOSTS = {
    "mee": "生态环境部", "mem": "应急管理部", "moe": "教育部", "mca": "民政部", "mot": "交通运输部", "mof": "财政部",
    "mohurd": "住房和城乡建设部", "mwr": "水利部", "nhc": "国家卫生健康委员会", "moa": "农业农村部", "mofcom": "商务部",
    "most": "科学技术部", "miit": "工业和信息化部", "mps": "公安部", "moj": "司法部", "mohrss": "人力资源和社会保障部",
    "mnr": "自然资源部", "mct": "文化和旅游部", "ndrc": "国家发展和改革委员会",
    "mva": "退役军人事务部", "spb": "国家邮政局", "samr": "国家市场监督管理总局", "nhsa": "国家医疗保障局",
    "stats": "国家统计局", "forestry": "国家林业和草原局", "nmpa": "国家药品监督管理局", "cnipa": "国家知识产权局",
    "chinatax": "国家税务总局", "customs": "海关总署", "audit": "审计署", "sport": "国家体育总局", "nea": "国家能源局",
    "caac": "中国民用航空局", "sasac": "国务院国有资产监督管理委员会", "mfa": "外交部", "neac": "国家民族事务委员会",
}


def ministry_of_host(url: str | None) -> str | None:
    """The ministry whose own site the host is (www.mee.gov.cn, m.moe.gov.cn), else None."""
    host = host_of(url)
    labels = host.split(".") if host else []
    if len(labels) < 3 or labels[-2:] != ["gov", "cn"]:
        return None
    return _MINISTRY_HOSTS.get(labels[-3])


_CONGRESS_BODY = {"rd": "人大常委会", "zx": "政协"}


def is_portal_of(url: str | None, place: Place) -> bool:
    """Whether the host is the place's own government portal: it spells that place alone
    (www.hengdong.gov.cn), or its initials read as that place among others (www.aqyx.gov.cn: 安庆 宜秀区
    or 岳西县, the page telling which)."""
    host = host_of(url)
    if not host or not is_government_host(host) or len(_naming_labels(host)) != 1:
        return False
    spelled = place_of_host(url)
    if spelled:
        return spelled == place
    # pingyuan.gov.cn spells 平原县 and 平远县: the one the page names is the portal's
    return place in places_spelled_by_host(url) or place in places_of_initials(url)


# a place's own media or congress/CPPCC site: tielingtv.com, xiantaoapp.com, jixizxw.gov.cn
_MEDIA_SUFFIX = re.compile(r"(?:tv|app|news|rb|xw|zxw|zx|rdw|rd)$")
_NOT_PLACES = {"xinhua", "renmin", "zhongguo", "huanqiu", "fenghuang"}  # national media, not places
# news aggregators filing other outlets' stories under city channels (nanchang.baogaosu.com carries 赣州 items,
# heilongjiang.dbw.cn provincial ones): the channel is the aggregator's label and places nothing (point 83)
_AGGREGATORS = (".baogaosu.com", ".dbw.cn")
_MIN_NARROWED_SPELLING = 4  # dazu.cbg.cn, jixizxw: a short spelling once a province or a site kind narrows it

# CNNIC's provincial domains (baoshan.sh.cn) and a province's own media platform with a site per
# county (xishui.cjyun.org: 长江云, Hubei; dazu.cbg.cn: Chongqing's broadcaster)
_PROVINCIAL_DOMAINS = {
    "bj": "北京市", "sh": "上海市", "tj": "天津市", "cq": "重庆市", "he": "河北省", "sx": "山西省", "nm": "内蒙古自治区",
    "ln": "辽宁省", "jl": "吉林省", "hl": "黑龙江省", "js": "江苏省", "zj": "浙江省", "ah": "安徽省", "fj": "福建省",
    "jx": "江西省", "sd": "山东省", "ha": "河南省", "hb": "湖北省", "hn": "湖南省", "gd": "广东省", "gx": "广西壮族自治区",
    "hi": "海南省", "sc": "四川省", "gz": "贵州省", "yn": "云南省", "xz": "西藏自治区", "sn": "陕西省", "gs": "甘肃省",
    "qh": "青海省", "nx": "宁夏回族自治区", "xj": "新疆维吾尔自治区"}
_PROVINCIAL_PLATFORMS = {"cjyun.org": "湖北省", "cbg.cn": "重庆市"}
# national news sites with a channel per province under the province's code (jx.people.com.cn, gx.chinanews.com.cn)
_NATIONAL_MEDIA = {"people.com.cn", "chinanews.com.cn", "chinanews.com", "xinhuanet.com", "news.cn"}


def province_of_host(url: str | None) -> str | None:
    """The province a host's domain belongs to: a provincial domain (*.sh.cn), a province's media
    platform (*.cjyun.org), a national news site's provincial channel (jx.people.com.cn) or a province
    portal's code (*.sh.gov.cn); None for any other host."""
    host = host_of(url)
    if not host:
        return None
    labels = host.split(".")
    if len(labels) >= 3 and labels[-1] == "cn" and labels[-2] in _PROVINCIAL_DOMAINS:
        return _PROVINCIAL_DOMAINS[labels[-2]]
    platform = _PROVINCIAL_PLATFORMS.get(".".join(labels[-2:]))
    if platform:
        return platform
    for length in (3, 2):
        if len(labels) > length and ".".join(labels[-length:]) in _NATIONAL_MEDIA:
            return _PROVINCIAL_DOMAINS.get(labels[-length - 1])
    portal_province = _province_of_code(host)
    return portal_province.name if portal_province else None


def places_spelled_by_host(url: str | None) -> tuple[Place, ...]:
    """The places any host (not only a government's) spells in one of its labels, bare or before a
    media suffix (xishui.cjyun.org, tielingtv.com), within the province its domain names if it
    names one (xishui.cjyun.org: 浠水县, not 习水县): candidates to narrow, never an answer alone."""
    host = host_of(url)
    if not host or host.endswith(_AGGREGATORS):
        return ()
    province = province_of_host(url)
    found: dict[str, Place] = {}
    for label in (part for whole in host.split(".")[:-1] for part in whole.split("-")):  # m-baokang.cjyun.org
        bare = _MEDIA_SUFFIX.sub("", label)
        for spelling in {label, bare}:
            shortest = _MIN_NARROWED_SPELLING if province or spelling != label else _MIN_SPELLING
            if len(spelling) >= shortest and spelling.isalpha() and spelling not in _NOT_PLACES:
                found.update((place.code, place) for place in _places_spelled(spelling)
                             if province in (None, place.province))
    return tuple(found.values())


def congress_of_host(url: str | None) -> str | None:
    """人大常委会 or 政协 when a government host is a people's congress or CPPCC site, else None."""
    host = host_of(url)
    if not host or not is_government_host(host):
        return None
    for label in host.split(".")[:-2]:
        match = _CONGRESS_LABEL.match(label)
        if match:
            return _CONGRESS_BODY[match.group("kind")]
    return None
