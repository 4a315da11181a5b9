"""is_repost: the registry decides for crawled pages, else the address's host (not *.gov.cn)."""

from normalize import normalize_page
from normalize.repost import is_repost


def test_hosts_and_registry():
    # hosts from tests/real: fc064ba3928c (jsw.com.cn, a news site), 751ea61b1892 (big5.www.gov.cn)
    assert is_repost("http://m.cmstop.zt.jsw.com.cn/p/83944.html", None)
    assert not is_repost("http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2017-02/07/content_5166207.htm", None)
    assert not is_repost(None, None)
    assert is_repost("https://mzj.wuhan.gov.cn/a.html", {"kind": "repost"})
    assert not is_repost("http://127.0.0.1:8000/a.html", {"kind": "government"})


def test_a_repost_is_flagged_and_keeps_no_figures_out():
    document = normalize_page("2020年,市民政局共承办建议提案41件,其中人大代表建议16件,政协提案25件,已全部办结。",
                              url="http://m.cmstop.zt.jsw.com.cn/p/83944.html")
    assert document["is_repost"] and "repost" in document["flags"]
    assert document["counts"]["total"] == 41
