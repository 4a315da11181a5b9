"""Which platform serves a page, and the options a registry entry needs for it.

Read from the page's own text and address (no requests): used by ``banli add-source URL``
to fill in ``platform`` and ``platform_options``, and by ``banli parse-list`` when no
platform is given.
"""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import urlsplit

GKMLPT_SID = re.compile(r"\bSID\s*[:=]\s*['\"]?(\d+)")
HANWEB_MARKS = re.compile(r"<datastore|<recordset|<record>\s*<!\[CDATA\[|dataproxy\.jsp|\.jpage\(|jpage\.js", re.I)
TRS_MARKS = re.compile(r"createPageHTML\(|\bvar\s+countPage\s*=|TRS_UEDITOR|/t\d{8}_\d+\.s?html?", re.I)
JPAAS_MARKS = re.compile(r"jpaas-publish-server|unitbuild\.js|/art_[0-9a-f]{32}\.html", re.I)
QUERY_DATA = re.compile(r"queryData\s*=\s*(['\"])(\{.*?\})\1", re.S)  # attribute text, entities and all
JPAAS_KEYS = ("webId", "pageId", "tplSetId", "tagId")
HANWEB_KEYS = ("webid", "columnid", "unitid")
COLUMN_ID = re.compile(r"/col/col(\d+)/")
# A list filled in by the page's own script: a call for a JSON list API (fetch, jQuery, axios).
JS_LIST_CALL = re.compile(r"""(?:\bfetch|\$\.(?:ajax|get|getJSON|post)|\baxios\.(?:get|post))\s*\(\s*"""
                          r"""(?:\{\s*url\s*:\s*)?["'][^"']*/api/[\w/-]*list\b[^"']*""", re.I)
CHANNEL_ID = re.compile(r"\bchannelId=(\d+)")


# The platforms a page can be recognised as (anything else reads as ``html_list``, the default).
RECOGNISABLE = ("gkmlpt", "jpaas", "hanweb", "trs", "js_list")


def json_answer(text: str):
    """The text as JSON when it is a JSON object, else None."""
    stripped = text.lstrip()
    if not stripped.startswith("{"):
        return None
    try:
        answer = json.loads(stripped)
    except ValueError:
        return None
    return answer if isinstance(answer, dict) else None


def fingerprint(text: str, url: str) -> str:
    """The platform a list page or API answer comes from (``html_list`` when none is recognised)."""
    answer = json_answer(text)
    if answer is not None:
        if "articles" in answer:
            return "gkmlpt"
        if isinstance(answer.get("data"), dict) and "html" in answer["data"]:
            return "jpaas"
    if "/gkmlpt/" in urlsplit(url).path or GKMLPT_SID.search(text) and "gkmlpt" in text:
        return "gkmlpt"
    if JPAAS_MARKS.search(text) or "jpaas-publish-server" in url:
        return "jpaas"
    if HANWEB_MARKS.search(text) or "dataproxy.jsp" in url or COLUMN_ID.search(urlsplit(url).path):
        return "hanweb"
    if TRS_MARKS.search(text):
        return "trs"
    if JS_LIST_CALL.search(text):
        return "js_list"
    return "html_list"


def suggested_options(platform: str, text: str, url: str) -> dict:
    """``platform_options`` the page itself declares (ids the platform's API needs)."""
    if platform == "gkmlpt":
        sid = GKMLPT_SID.search(text)
        fragment = urlsplit(url).fragment
        options = {"sid": int(sid[1])} if sid else {}
        return {**options, **({"column": int(fragment)} if fragment.isdigit() else {})}
    if platform == "hanweb":
        return hanweb_ids(text, url)
    if platform == "jpaas":
        return jpaas_query(text)
    if platform == "js_list":
        return js_list_channel(text)
    return {}


def js_list_channel(text: str) -> dict:
    """The ``channel`` a script-filled list asks its list API for (``channelId=N`` in the call)."""
    call = JS_LIST_CALL.search(text)
    channel = CHANNEL_ID.search(call[0]) if call else None
    return {"channel": int(channel[1])} if channel else {}


def hanweb_ids(text: str, url: str) -> dict:
    """``webid``, ``columnid``, ``unitid`` as the column page's jpage set-up names them."""
    found = {}
    for key in HANWEB_KEYS:
        match = re.search(rf"\b{key}['\"]?\s*[=:]\s*['\"]?(\d+)", text, re.I)
        if match:
            found[key] = int(match[1])
    column = COLUMN_ID.search(urlsplit(url).path)
    if "columnid" not in found and column:
        found["columnid"] = int(column[1])
    return found


def jpaas_query(text: str) -> dict:
    """The unit build parameters of a jpaas column page (its ``unitbuild.js`` ``queryData``)."""
    match = QUERY_DATA.search(text)
    if not match:
        return {}
    raw = unescape(match[2]).replace("'", '"')
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return {key: str(data[key]) for key in JPAAS_KEYS if data.get(key) not in (None, "")}
