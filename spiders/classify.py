"""What an answer is, before anyone parses it: a page, a challenge, throttling, gone, an error.

Government sites sit behind anti-bot products whose answers look like errors but are not:
瑞数 (Rivers Security) answers 412 — sometimes 202 — with an inline ``$_ts`` script, 加速乐
answers 521 with a ``document.cookie=…`` script, and 网站卫士 (wzws) throttles with an empty
404 carrying a ``wzws-ray`` header. Treating those as errors loses pages; treating the wzws
404 as "gone" would even remove documents from the dataset. :func:`classify_response` is a
pure function so the downloader middleware, the spiders and the tests agree on one reading.
"""

from __future__ import annotations

import re
from typing import Literal

Verdict = Literal["page", "challenge", "throttle", "gone", "error"]

RUISHU_MARKER = re.compile(rb"\$_ts\s*=|\$_ts\.")
COOKIE_SCRIPT = re.compile(rb"<script[^>]*>(?:(?!</script>).)*?document\.cookie\s*=", re.IGNORECASE | re.DOTALL)
CHALLENGE_STATUSES = {412, 521, 202}
GONE_STATUSES = {404, 410}
THROTTLE_HEADER = "wzws-ray"


def classify_response(status: int, headers, body: bytes | None) -> Verdict:
    """Read one HTTP answer: ``page``, ``challenge``, ``throttle``, ``gone`` or ``error``.

    ``headers`` is any mapping of header names (any case, str or bytes) to values, such
    as Scrapy's ``Headers``; ``body`` the raw bytes (may be empty or None).
    """
    body = body or b""
    if status in CHALLENGE_STATUSES and is_challenge_script(body):
        return "challenge"
    if status == 429 or (status == 404 and not body.strip() and has_header(headers, THROTTLE_HEADER)):
        return "throttle"
    if status in GONE_STATUSES:
        return "gone"
    if status >= 400:
        return "error"
    return "page"


def is_challenge_script(body: bytes) -> bool:
    """A 瑞数 ``$_ts`` bootstrap or a 加速乐-style inline script that sets a cookie."""
    return bool(RUISHU_MARKER.search(body) or COOKIE_SCRIPT.search(body))


def has_header(headers, name: str) -> bool:
    wanted = name.lower()
    for key in headers or {}:
        text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if text.lower() == wanted:
            return True
    return False
