"""Anti-bot gates in front of a replicated site: 加速乐-style 521 and 瑞数-style 412 cookie challenges.

Switched on per source by the ``faults`` entries ``challenge_521`` and ``challenge_412``
(see ``replica/faults.py``), so any source can be put behind either gate. A gate answers
before the site does; only a client that runs the page's JavaScript obtains cookies the
gate accepts, and those cookies then work for plain HTTP too, until they expire after
``requests`` answered requests or ``seconds`` (0 = never). Everything is verified
statelessly from the cookies (keyed digests over the fault seed) except the per-cookie
request count. ``/robots.txt`` is never challenged.

加速乐 (521), two rounds as on real sites:
  1. no valid ``__jsluid_s``: a script assembles ``__jsluid_s`` from XOR-ed char codes,
     sets it and reloads;
  2. no valid ``__jsl_clearance_s``: ``go({...})`` searches two characters whose FNV-1a
     hash with the given prefix and suffix matches ``ct``, sets ``__jsl_clearance_s``
     (bound to ``__jsluid_s`` and stamped with the time) and reloads.

瑞数 (412): ``Set-Cookie: NfBCSins2OywO=<token>; HttpOnly`` plus an inline ``$_ts`` script
(``$_ts.nsd``, ``$_ts.cd`` derived from the token) whose 64 rounds of Murmur-style integer
mixing compute ``NfBCSins2OywP``; the gate recomputes it from the token.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
from functools import lru_cache
from urllib.parse import quote

from replica.messages import Reply, Request

MASK32 = 0xFFFFFFFF
JSL_ID_COOKIE = "__jsluid_s"
JSL_CLEARANCE_COOKIE = "__jsl_clearance_s"
JSL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
RS_PREFIX = "NfBCSins2Oyw"
RS_TOKEN_COOKIE = RS_PREFIX + "O"
RS_ANSWER_COOKIE = RS_PREFIX + "P"
RS_ROUNDS = 64
CHALLENGE_CONTENT_TYPE = "text/html; charset=utf-8"
COOKIE_MAX_AGE = 3600


# shared ---------------------------------------------------------------------------------
def request_cookies(request: Request) -> dict[str, str]:
    """The ``Cookie`` header as name → value (the last of repeated names wins)."""
    pairs = (part.strip().split("=", 1) for part in request.headers.get("cookie", "").split(";"))
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


def keyed_digest(state, *parts, size: int = 16) -> bytes:
    text = "|".join(str(part) for part in (state.seed, *parts))
    return hashlib.blake2b(text.encode(), digest_size=size, key=b"banli-replica-gate").digest()


def lease_holds(state, gate: str, cookie: str, issued_at: int, settings: dict) -> bool:
    """Whether a passed challenge's cookie still works; counts this request against it."""
    seconds = float(settings.get("seconds") or 0)
    if seconds and time.time() - issued_at > seconds:
        return False
    limit = int(settings.get("requests") or 0)
    with state.lock:
        state.counts[(gate, cookie)] += 1
        used = state.counts[(gate, cookie)]
    return not limit or used <= limit


def next_serial(state, gate: str) -> int:
    with state.lock:
        state.counts[(gate, "issued")] += 1
        return state.counts[(gate, "issued")]


def fnv1a(text: str) -> str:
    value = 0x811C9DC5
    for char in text:
        value = ((value ^ ord(char)) * 0x01000193) & MASK32
    return f"{value:08x}"


def challenge_reply(status: int, html: str, headers: tuple = ()) -> Reply:
    return Reply(status, html.encode("utf-8"), CHALLENGE_CONTENT_TYPE, kind="challenge", headers=headers)


def guards(reply: Reply) -> bool:
    return reply.kind != "robots"


# 加速乐 (521) ----------------------------------------------------------------------------
JSL_ROUND_ONE = (
    "<html><script>document.cookie=('_')+('_')+('jsl')+('uid_s=')+[{codes}]"
    ".map(function(c){{return String.fromCharCode(c^{key})}}).join('')+(';max-age=31536000;path=/');"
    "location.href=location.pathname+location.search</script></html>"
)
JSL_ROUND_TWO = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>
var _h=function(s){var h=0x811c9dc5;for(var i=0;i<s.length;i++){h^=s.charCodeAt(i);h=Math.imul(h,0x01000193)>>>0;}return ('0000000'+h.toString(16)).slice(-8);};
function go(d){var n=d.chars.length;for(var i=0;i<n;i++){for(var j=0;j<n;j++){var c=d.bts[0]+d.chars[i]+d.chars[j]+d.bts[1];
if(_h(c)==d.ct){document.cookie=d.tn+'='+c+';max-age='+d.vt+';path=/';setTimeout(function(){location.href=location.pathname+location.search},d.wt);return;}}}}
go(%s);
</script></body></html>"""


def jsl_id(state, serial: int) -> str:
    return f"{serial:016x}{keyed_digest(state, 'jsluid', serial, size=8).hex()}"


def jsl_id_valid(state, value: str) -> bool:
    try:
        return len(value) == 32 and jsl_id(state, int(value[:16], 16)) == value
    except ValueError:
        return False


def jsl_parts(state, jsluid: str, stamp: int, serial: int) -> tuple[str, str, str]:
    """The clearance's prefix, two-character answer and suffix for this client, time and issue.

    The issue serial keeps two clearances given out within one second apart, so each has
    its own request count.
    """
    digest = keyed_digest(state, "clearance", jsluid, stamp, serial, size=20)
    prefix = f"{stamp}.{serial:03d}|0|"
    answer = JSL_CHARS[digest[2] % len(JSL_CHARS)] + JSL_CHARS[digest[3] % len(JSL_CHARS)]
    suffix = quote(base64.b64encode(digest[4:]).decode(), safe="")
    return prefix, answer, suffix


def jsl_clearance_stamp(state, jsluid: str, clearance: str) -> int | None:
    """The time stamp of a clearance the script computed for this client, or None."""
    try:
        stamp, serial = (int(part) for part in clearance.split("|", 1)[0].split("."))
    except ValueError:
        return None
    prefix, answer, suffix = jsl_parts(state, jsluid, stamp, serial)
    fits = (clearance.startswith(prefix) and clearance.endswith(suffix)
            and len(clearance) == len(prefix) + len(answer) + len(suffix))
    return stamp if fits and fnv1a(clearance) == fnv1a(prefix + answer + suffix) else None


def jsl_round_one(state) -> Reply:
    key = 0x5A
    codes = ",".join(str(ord(char) ^ key) for char in jsl_id(state, next_serial(state, "challenge_521")))
    return challenge_reply(521, JSL_ROUND_ONE.format(codes=codes, key=key), (("X-Via-JSL", "2ed6e9d,-"),))


def jsl_round_two(state, jsluid: str) -> Reply:
    prefix, answer, suffix = jsl_parts(state, jsluid, int(time.time()), next_serial(state, "challenge_521 clearance"))
    task = {"bts": [prefix, suffix], "chars": JSL_CHARS, "ct": fnv1a(prefix + answer + suffix), "ha": "fnv1a",
            "tn": JSL_CLEARANCE_COOKIE, "vt": str(COOKIE_MAX_AGE), "wt": "20"}
    return challenge_reply(521, JSL_ROUND_TWO % json.dumps(task), (("X-Via-JSL", "2ed6e9d,-"),))


def challenge_521(request: Request, reply: Reply, settings: dict, state) -> Reply | None:
    """The 加速乐 gate: None (the site answers) once both cookies are valid and unexpired."""
    if not guards(reply):
        return None
    cookies = request_cookies(request)
    jsluid = cookies.get(JSL_ID_COOKIE, "")
    if not jsl_id_valid(state, jsluid):
        return jsl_round_one(state)
    clearance = cookies.get(JSL_CLEARANCE_COOKIE, "")
    stamp = jsl_clearance_stamp(state, jsluid, clearance)
    if stamp is None or not lease_holds(state, "challenge_521", clearance, stamp, settings):
        return jsl_round_two(state, jsluid)
    return None


# 瑞数 (412) ------------------------------------------------------------------------------
RS_PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta id="9DhefwqGPrzGxEp9hPaoag" content="{meta}" r='m'>
<script type="text/javascript" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={{}};$_ts.nsd={nsd};$_ts.cd="{cd}";</script>
<script type="text/javascript" r='m'>(function(){{var cd=$_ts.cd,n=$_ts.nsd,h1=n^0x9e3779b9,h2=0x85ebca6b;
for(var r=0;r<{rounds};r++){{for(var i=0;i<cd.length;i++){{var k=Math.imul(cd.charCodeAt(i)+r,0xcc9e2d51);k=(k<<15)|(k>>>17);
k=Math.imul(k,0x1b873593);h1^=k;h1=(h1<<13)|(h1>>>19);h1=(Math.imul(h1,5)+0xe6546b64)|0;h2=(h2+Math.imul(h1^(h1>>>16),0x85ebca6b))|0;}}}}
document.cookie='{name}='+(h1>>>0).toString(36)+(h2>>>0).toString(36)+n.toString(36)+';path=/';location.reload();}})();</script>
</head><body></body></html>"""


def rs_token(state, serial: int, stamp: int) -> str:
    return f"{serial:08x}{stamp:08x}{keyed_digest(state, 'rs-token', serial, stamp, size=20).hex()}"


def rs_token_stamp(state, token: str) -> int | None:
    """The issue time of a token this gate issued, or None."""
    try:
        serial, stamp = int(token[:8], 16), int(token[8:16], 16)
    except ValueError:
        return None
    return stamp if rs_token(state, serial, stamp) == token else None


def rs_task(state, token: str) -> tuple[int, str]:
    """``$_ts.nsd`` and ``$_ts.cd`` for a token."""
    digest = keyed_digest(state, "rs-task", token, size=48)
    return 10000 + int.from_bytes(digest[:4], "big") % 90000, base64.b64encode(digest).decode().rstrip("=")


@lru_cache(maxsize=256)
def rs_answer(nsd: int, cd: str) -> str:
    """What the 412 page's script computes (32-bit integer arithmetic, as JavaScript does it)."""
    h1, h2 = (nsd ^ 0x9E3779B9) & MASK32, 0x85EBCA6B
    for round_number in range(RS_ROUNDS):
        for char in cd:
            k = ((ord(char) + round_number) * 0xCC9E2D51) & MASK32
            k = ((k << 15) | (k >> 17)) & MASK32
            k = (k * 0x1B873593) & MASK32
            h1 ^= k
            h1 = ((h1 << 13) | (h1 >> 19)) & MASK32
            h1 = (h1 * 5 + 0xE6546B64) & MASK32
            h2 = (h2 + (h1 ^ (h1 >> 16)) * 0x85EBCA6B) & MASK32
    return base36(h1) + base36(h2) + base36(nsd)


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
        if not number:
            return text


def rs_challenge(state) -> Reply:
    token = rs_token(state, next_serial(state, "challenge_412"), int(time.time()))
    nsd, cd = rs_task(state, token)
    html = RS_PAGE.format(meta=cd[::-1], nsd=nsd, cd=cd, rounds=RS_ROUNDS, name=RS_ANSWER_COOKIE)
    return challenge_reply(412, html, (("Set-Cookie", f"{RS_TOKEN_COOKIE}={token}; Path=/; HttpOnly"),))


def challenge_412(request: Request, reply: Reply, settings: dict, state) -> Reply | None:
    """The 瑞数 gate: None (the site answers) once the script's cookie matches the token."""
    if not guards(reply):
        return None
    cookies = request_cookies(request)
    token = cookies.get(RS_TOKEN_COOKIE, "")
    stamp = rs_token_stamp(state, token)
    answer = cookies.get(RS_ANSWER_COOKIE)
    if stamp is None or answer != rs_answer(*rs_task(state, token)):
        return rs_challenge(state)
    if not lease_holds(state, "challenge_412", answer, stamp, settings):
        return rs_challenge(state)
    return None


# for tests ------------------------------------------------------------------------------
def solve_challenge(html: str) -> dict[str, str]:
    """The cookie a browser running this challenge page would set, computed in Python.

    Lets HTTP-only tests read gated sources; the crawler itself uses a real browser.
    """
    if match := re.search(r"\[([\d,]+)\]\.map\(function\(c\)\{return String\.fromCharCode\(c\^(\d+)\)", html):
        return {JSL_ID_COOKIE: "".join(chr(int(code) ^ int(match[2])) for code in match[1].split(","))}
    if match := re.search(r"go\((\{.*?\})\);", html):
        task = json.loads(match[1])
        candidates = (task["bts"][0] + first + second + task["bts"][1] for first in task["chars"] for second in task["chars"])
        return {task["tn"]: next(value for value in candidates if fnv1a(value) == task["ct"])}
    if match := re.search(r'\$_ts\.nsd=(\d+);\$_ts\.cd="([^"]+)"', html):
        return {RS_ANSWER_COOKIE: rs_answer(int(match[1]), match[2])}
    return {}
