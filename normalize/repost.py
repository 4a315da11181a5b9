"""Whether a page is a repost: found on a site that is not a government one (docs/labelling.md).

The registry decides for crawled pages (kind repost | government); a page without a registry
entry is a repost when its address is not on a government host (*.gov.cn). A page with neither
is taken as it comes (not a repost).
"""

import re
from typing import cast
from urllib.parse import urlsplit

GOVERNMENT_SUFFIXES = (".gov.cn",)


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None  # www.ynws.gov.cn.: a fully qualified name's root dot


def is_government_host(host: str) -> bool:
    return host == "gov.cn" or host.endswith(GOVERNMENT_SUFFIXES)


def is_repost(url: str | None, source: dict | None) -> bool:
    if source and source.get("kind") in ("repost", "government"):
        return source["kind"] == "repost"
    host = host_of(url)
    return bool(host) and not is_government_host(cast(str, host))


# What a document-sharing site prints near its top (docs/labelling.md point 100): who posted the copy
# (网友上传, 网友投稿, 上传时间), what it offers (下载word, 下载这篇文档) and the kind of site it is (a 范文网, a 文库, a 公文
# template site, an exam-preparation site collecting model texts), and a forum thread's furniture (显示全部楼层 | 阅读模式,
# 只看该作者, 本帖最后由 … 于 2015-4-13 00:37 编辑): a member's post of a document.
# 作者:范文杰, (记者范文杰): a byline's name that opens with the word is no model text (af5f95f3f27f)
_SHARING_MARKS = re.compile(r"网友(?:上传|投稿)|上传(?:时间|者)|下载(?:word|这篇文档|文档)|(?<!作者:)(?<!作者: )(?<!记者)范文|文库"
                            r"|公文(?:网|搜)|(?:高考|考试)网"
                            r"|显示全部楼层|阅读模式|只看该作者|回帖奖励|本帖最后由")
_SHARING_PATHS = re.compile(r"fanwen|wenku|/(?:zongjie|gongwen)/|renrendoc|doc88|docin|book118", re.IGNORECASE)


def is_sharing_site(url: str | None, top_lines: list[str]) -> bool:
    """A page on a site holding documents its users upload or that it collects as models, whose printed
    date is the copy's posting, never the document's issue (point 100). Government hosts never are."""
    host = host_of(url)
    if host and is_government_host(host):
        return False
    return bool(_SHARING_PATHS.search(url or "")) or any(_SHARING_MARKS.search(line) for line in top_lines)
