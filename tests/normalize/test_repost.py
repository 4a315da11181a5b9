"""is_repost: the registry decides for crawled pages, else the address's host (not *.gov.cn)."""

import pytest

from normalize import normalize_page
from normalize.repost import is_repost, is_sharing_site
from tests.normalize.conftest import real_page


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


def test_sharing_sites_by_their_marks_or_address():
    """Point 100: a sharing site's printed date is the copy's posting. Lines and addresses of dev pages."""
    # 8ae1ece25f59 (网友投稿), 5a2979267afc (a member's 范文), c1ea3211557e (an exam site), b1ad5eaf5ece (下载这篇文档)
    assert is_sharing_site("https://cdhuaxingtx.com/a/45615.html", ["时间:2024-06-12 15:13:08 来源:网友投稿"])
    assert is_sharing_site("https://yincaa.com/jihua61/1744.html",
                           ["的会员“xhf168”为你整理了这篇政协委员提案办理工作总结范文,希望能给你的学习、工作带来参考"])
    assert is_sharing_site("http://huaxiashiwen.com/xuexi/gzzd/304922.html", ["2021-08-24 00:40:39华夏高考网"])
    assert is_sharing_site("http://77cn.com.cn/1268801.html", ["来源:网络收集 时间:2021-12-01 下载这篇文档 手机版"])
    # c2d8c2cc8992, a34f599a5370: the address alone
    assert is_sharing_site("https://yjbys.com/zongjie/gerenzongjie/822491.html", [])
    assert is_sharing_site("https://www.renrendoc.com/p-52825215.html", [])
    # a news site and a government column keep their dates
    assert not is_sharing_site("http://m.cmstop.zt.jsw.com.cn/p/83944.html", ["2023-03-02 来源:江苏教育报"])
    assert not is_sharing_site("http://www.hubei.gov.cn/gongwen/1.html", ["公文网 发布时间:2021-01-02"])
    # af5f95f3f27f (a spam mirror of a news story): 范文 opening its reporter's name is no model text
    assert not is_sharing_site("http://0514f.cn/c/2016-04-12/762230.shtml",
                               ["2016年04月12日 09:45 | 作者:范文杰 | 来源:人民政协网", "并对办理结果进行跟踪落实。(记者范文杰)"])


def test_a_sharing_sites_posting_date_is_no_publish_date_but_the_documents_own_is():
    page = ("<html><body><h1>政协委员提案办理工作总结</h1><p>时间:2024-06-12 15:13:08 来源:网友投稿</p>"
            "<p>今年,我局共承办政协提案12件,已全部办结。</p><p>XX县民政局</p><p>2019年12月20日</p></body></html>")
    document = normalize_page(page, url="https://cdhuaxingtx.com/zhuantifanwen/45615.html")
    assert document["publish_date"] == "2019-12-20"
    posted = normalize_page(page.replace("<p>2019年12月20日</p>", ""), url="https://cdhuaxingtx.com/zhuantifanwen/45615.html")
    assert posted["publish_date"] is None and "publish_date_unknown:sharing_site_posting_date" in posted["warnings"]


def test_a_government_host_written_with_its_root_dot_is_still_the_government_s():
    # tests/real a9862dc4e30d (http://www.ynws.gov.cn./info/1303/312791.htm), faf9204937f8 (dayao.gov.cn.)
    assert not is_repost("http://www.ynws.gov.cn./info/1303/312791.htm", None)
    assert not is_repost("http://dayao.gov.cn./info/egovinfo/1007/overt_centent/dyx006-/2024-0805005.htm", None)
    assert is_repost("http://www.ynws.com./info/1303/312791.htm", None)


@pytest.mark.parametrize("page_id, url", [
    ("a1e41adea645", "https://www.023002.com/thread-36455-1-1.html"),  # 发表于 2016-6-12 17:19:10 | 显示全部楼层 |阅读模式
    ("8d0041b5626a", "http://bbs.seclub.cn/forum.php?goto=lastpost&mod=redirect&tid=37414")])  # 本帖最后由 一品飞云 于 … 编辑
def test_a_forum_threads_post_date_is_no_publish_date(page_id, url):
    # tests/real a1e41adea645, 8d0041b5626a: a member's post of a story or a document (point 100)
    document = normalize_page(real_page(page_id), url=url)
    assert document["publish_date"] is None
    assert "publish_date_unknown:sharing_site_posting_date" in document["warnings"]
