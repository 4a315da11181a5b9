"""classify_response on the answers crawlers of Chinese government sites actually get."""

import pytest
from scrapy.http import Headers

from replica.faults import FaultState
from replica.sites.challenge import jsl_round_one, jsl_round_two, rs_challenge
from spiders.classify import classify_response

JSL_ROUND_ONE = (b"<script>document.cookie=('_')+('_')+('j')+('sl')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')"
                 b"+('c')+('e')+('_')+('s')+('=')+(-~[]+'6')+((1+[2])/[2]+'')+'|-1|0|'+(-~{}+'')+'dK%2F'"
                 b"+';max-age=3600;path=/';location.href=location.pathname+location.search</script>")
JSL_ROUND_TWO = (b'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 b"<body><script>var _0x4f1a=function(){setTimeout('location.href=location.pathname+location.search',"
                 b"1500);for(var i=0;i<2;i++){document.cookie='__jsl_clearance_s=1735012345.123|0|ab'}};"
                 b'go({"bts":["1735012345.123|0|","U7o%3D"],"chars":"abcdef","ct":"9f8e","ha":"sha1"})'
                 b"</script></body></html>")
RUISHU_412 = (b'<!DOCTYPE html>\n<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
              b"<meta id=\"9DhefwqGPrzGxEp9hPaoag\" content=\"_D8Kc4bK0gHC3xgd0i1l\" r='m'>\n"
              b"<script type=\"text/javascript\" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=46853;"
              b'$_ts.cd="qhXcrrAlDaLRHGAqcqqlqGEUrr3cqGAoDqE6rArlEq3";</script>\n'
              b'<script type="text/javascript" charset="utf-8" src="/4QbVtADbnLVIc/d.FxXa.b6a0e8c.js" r=\'m\'></script>\n'
              b"</head><body></body></html>")
ARTICLE_WITH_FONT_COOKIE = (b"<html><body><div id='zoom'><p>2021\xe5\xb9\xb4\xe5\xbb\xba\xe8\xae\xae</p></div>"
                            b"<script>function setFont(s){document.cookie='fontSize='+s;}</script></body></html>")


def replica_pages():
    state = FaultState(0)
    return {"jsl_one": jsl_round_one(state), "jsl_two": jsl_round_two(state, "0" * 32), "rs": rs_challenge(state)}


@pytest.mark.parametrize(("status", "body"), [
    (521, JSL_ROUND_ONE),
    (521, JSL_ROUND_TWO),
    (412, RUISHU_412),
    (202, RUISHU_412),
    (202, JSL_ROUND_ONE),
])
def test_challenge_pages_are_challenges(status, body):
    assert classify_response(status, {"Server": "nginx"}, body) == "challenge"


@pytest.mark.parametrize("name", ["jsl_one", "jsl_two", "rs"])
def test_the_replicas_challenge_pages_are_challenges(name):
    reply = replica_pages()[name]
    assert classify_response(reply.status, dict(reply.headers), reply.body) == "challenge"


def test_an_empty_404_with_a_wzws_ray_is_throttling_never_gone():
    headers = Headers({"wzws-ray": "1135-1735012345.123-wzws-0bb1", "Content-Type": "text/html"})
    assert classify_response(404, headers, b"") == "throttle"
    assert classify_response(404, {"WZWS-RAY": "1135"}, b"\r\n") == "throttle"


def test_429_is_throttling():
    assert classify_response(429, {"Retry-After": "30"}, b"Too Many Requests") == "throttle"


@pytest.mark.parametrize(("status", "headers", "body"), [
    (404, {}, b"<html><h1>404</h1><p>\xe5\xaf\xb9\xe4\xb8\x8d\xe8\xb5\xb7</p></html>"),
    (404, {"wzws-ray": "1135"}, b"<html><h1>404 Not Found</h1></html>"),
    (404, {}, b""),
    (410, {}, b"<html><body><h1>410 Gone</h1></body></html>"),
])
def test_not_found_and_gone_are_gone(status, headers, body):
    assert classify_response(status, headers, body) == "gone"


@pytest.mark.parametrize(("status", "body"), [
    (500, b"<h1>500 Internal Server Error</h1>"),
    (502, b"<html><center>nginx</center></html>"),
    (503, b""),
    (521, b"<html><title>Web server is down</title></html>"),
    (412, b"<html><body>Precondition Failed</body></html>"),
    (403, b"<html><body>Forbidden</body></html>"),
])
def test_server_errors_and_unexplained_refusals_are_errors(status, body):
    assert classify_response(status, {}, body) == "error"


@pytest.mark.parametrize(("status", "body"), [
    (200, ARTICLE_WITH_FONT_COOKIE),
    (200, RUISHU_412),
    (202, b'{"code": 202, "msg": "accepted"}'),
    (304, b""),
    (200, None),
])
def test_pages_that_merely_mention_cookies_or_ts_are_pages(status, body):
    assert classify_response(status, {}, body) == "page"
