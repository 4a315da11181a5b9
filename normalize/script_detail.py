"""Detail pages that carry their document in a script (gkmlpt's ``_CONFIG.DETAIL = {…}``).

Some gkmlpt detail pages render title, metadata and body from a JSON object in an inline
script; the HTML around it holds only the application's chrome. :func:`script_detail_html`
turns that object into the plain HTML the rest of normalize reads: a title, a label/value
table with the fields the object names, and the body in ``div.article-content``. Field names
follow the gkmlpt list API (``title``, ``content``, ``identifier``, ``publisher``,
``document_number``, ``date``/``created_at``, ``display_publish_time``); epoch times are dated
in China time. Pure: text in, text out.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html import escape

_DETAIL = re.compile(r"_CONFIG\.DETAIL\s*=\s*", re.S)
_CHINA = dt.timezone(dt.timedelta(hours=8))
LABELS = (("identifier", "索引号"), ("publisher", "发布机构"), ("document_number", "文号"),
          ("date", "成文日期"), ("created_at", "成文日期"), ("display_publish_time", "发布日期"))


def script_detail(raw: str) -> dict | None:
    """The ``_CONFIG.DETAIL`` object of the page, or None."""
    match = _DETAIL.search(raw)
    if not match:
        return None
    try:
        detail, _ = json.JSONDecoder().raw_decode(raw, match.end())
    except ValueError:
        return None
    return detail if isinstance(detail, dict) and isinstance(detail.get("content"), str) else None


def field_text(value) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        return dt.datetime.fromtimestamp(seconds, _CHINA).date().isoformat()
    return str(value).strip() or None


def script_detail_html(raw: str) -> str | None:
    """The document of a ``_CONFIG.DETAIL`` page as plain HTML, or None when there is none."""
    detail = script_detail(raw)
    if detail is None:
        return None
    rows, seen = [], set()
    for key, label in LABELS:
        text = field_text(detail.get(key))
        if text and label not in seen:
            seen.add(label)
            rows.append(f"<tr><td>{label}:</td><td>{escape(text)}</td></tr>")
    title = escape(str(detail.get("title") or ""))
    return (f"<h1>{title}</h1>\n<table class=\"classify\">{''.join(rows)}</table>\n"
            f"<div class=\"article-content\">{detail['content']}</div>")


def with_script_detail(raw: str) -> str:
    """The page with its script-carried document written out before ``</body>``."""
    block = script_detail_html(raw) if "_CONFIG" in raw else None
    if not block:
        return raw
    position = raw.lower().rfind("</body>")
    return raw[:position] + block + raw[position:] if position >= 0 else raw + block
