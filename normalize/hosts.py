"""The place a government host names (jtj.huainan.gov.cn → 淮南市), from the gazetteer's names in pinyin.

Government sites put their place in the host as pinyin (wuhan, luozhuang, xiangyin). Each
place's name without its level word (淮南市 → 淮南) is spelled in toneless pinyin with jionlp's
pinyin table; a host label that spells exactly one place gives it. Labels that spell several
places (two 市中区, 通州 in Beijing and Nantong) or none give nothing: never guessed.
"""

import contextlib
import functools
import io
import re

from normalize import gazetteer
from normalize.gazetteer import Place
from normalize.repost import host_of, is_government_host

_LEVEL_WORD = re.compile(r"(?:(?:[\u4e00-\u9fff]{1,4}族)*(?:自治州|自治县|自治旗|自治区|特别行政区)|省|市|区|县|旗|地区|盟|林区|特区)$")
_ETHNIC = re.compile(  # 管城回族区 → 管城
    r"(?:回|满|蒙古|藏|彝|壮|苗|土家|侗|瑶|白|哈尼|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|"
    r"布朗|撒拉|毛南|仡佬|锡伯|普米|朝鲜|怒|鄂温克|保安|裕固|京|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|哈萨克|维吾尔|布依|各)族$")
_SERVICE_LABELS = {"www", "gov", "cn", "public", "m", "wap", "xxgk", "zwgk", "big5"}
_MIN_SPELLING = 5  # shorter spellings (xian, yi'an …) are too often something else


@functools.cache
def _spellings() -> dict[str, tuple[Place, ...]]:
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp
    index: dict[str, dict[str, Place]] = {}
    for name, places in gazetteer.place_index().items():
        base = _LEVEL_WORD.sub("", name)
        while _ETHNIC.search(base):
            base = _ETHNIC.sub("", base)
        if len(base) < 2:
            continue
        spelling = "".join(re.sub(r"\d", "", syllable) for syllable in jionlp.pinyin(base, formater="simple"))
        for place in places:
            index.setdefault(spelling, {})[place.code] = place
    return {spelling: tuple(places.values()) for spelling, places in index.items()}


def place_of_host(url: str | None) -> Place | None:
    """The one place a *.gov.cn host spells, or None."""
    host = host_of(url)
    if not host or not is_government_host(host):
        return None
    labels = [label for label in host.split(".") if label not in _SERVICE_LABELS]
    for label in reversed(labels):
        if len(label) >= _MIN_SPELLING and label.isalpha():
            places = _spellings().get(label, ())
            if len(places) == 1:
                return places[0]
    return None
