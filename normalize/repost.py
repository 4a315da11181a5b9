"""Whether a page is a repost: found on a site that is not a government one (docs/labelling.md).

The registry decides for crawled pages (kind repost | government); a page without a registry
entry is a repost when its address is not on a government host (*.gov.cn). A page with neither
is taken as it comes (not a repost).
"""

from urllib.parse import urlsplit

GOVERNMENT_SUFFIXES = (".gov.cn",)


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host.lower() if host else None


def is_government_host(host: str) -> bool:
    return host == "gov.cn" or host.endswith(GOVERNMENT_SUFFIXES)


def is_repost(url: str | None, source: dict | None) -> bool:
    if source and source.get("kind") in ("repost", "government"):
        return source["kind"] == "repost"
    host = host_of(url)
    return bool(host) and not is_government_host(host)
