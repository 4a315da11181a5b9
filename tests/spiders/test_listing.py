"""List pages read without selectors: pager forms, script-written lists, API answers, fingerprints.

The real pages are in test_real_fixtures.py; here are the forms no saved page was found for
(the issue quotes them), in the sites' own styles. gkmlpt and jpaas answers are reconstructed
from the fields crawler code reads (see fixtures/real/README.md): marked so below.
"""

import json
from urllib.parse import urljoin

import pytest

from spiders.fingerprint import fingerprint, suggested_options
from spiders.list_page import NotAListPage, read_list_page
from spiders.listing import any_date, document_like, read_pager, row_date

COLUMN = "https://www.example.gov.cn/zwgk/jytabl/"


def test_count_page_form_from_the_issue_names_the_next_page_beside_this_one():
    html = "<script>var countPage = 13//共多少页\nvar currentPage = 0;</script>"
    pager = read_pager(html, COLUMN + "index.html")
    assert (pager.next_urls, pager.complete, pager.pages) == ([COLUMN + "index_1.html"], False, 13)
    last = read_pager("<script>var countPage = 13//共多少页</script>", COLUMN + "index_12.html")
    assert last.complete and last.next_urls == []


def test_container_form_counts_pages_from_one():
    html = "<script>createPageHTML('page_div',5,1,'fg','shtml',89);</script>"
    assert read_pager(html, COLUMN + "fg.shtml").next_urls == [COLUMN + "fg_2.shtml"]
    assert read_pager(html.replace(",1,'fg'", ",5,'fg'"), COLUMN + "fg_5.shtml").complete


def test_list_written_by_document_writeln_is_read():
    html = ('<div class="list"><script>document.writeln("<ul class=\\"list\\">");'
            'document.writeln("<li><a href=\\"./202105/t20210520_3360123.shtml\\" title=\\"关于第12号建议的答复\\">'
            '关于第12号建议的答复</a><span>2021-05-20</span></li>");'
            'document.writeln("<li><a href=\\"./202104/t20210402_3350001.shtml\\">关于第3号提案的答复</a>'
            '<span>2021-04-02</span></li>");document.writeln("</ul>");</script></div>'
            '<script>createPageHTML(2, 0, "index", "shtml");</script>')
    page = read_list_page(html, COLUMN + "index.shtml")
    assert [(item.url, item.title, item.date) for item in page.items] == [
        (COLUMN + "202105/t20210520_3360123.shtml", "关于第12号建议的答复", "2021-05-20"),
        (COLUMN + "202104/t20210402_3350001.shtml", "关于第3号提案的答复", "2021-04-02"),
    ]
    assert page.pager.next_urls == [COLUMN + "index_1.shtml"]


def test_navigation_is_not_taken_for_the_list():
    nav = "".join(f'<li><a href="/{name}/">{name}</a></li>' for name in ("zwgk", "zwfw", "hdjl", "zjxx", "xwzx"))
    html = (f'<ul class="nav">{nav}</ul><div class="list"><p><a href="/zwgk/202301/t20230105_1.html">'
            '关于市政协提案的答复</a> 2023-01-05</p></div>')
    [item] = read_list_page(html, "https://www.example.gov.cn/zwgk/").items
    assert item.url.endswith("t20230105_1.html") and item.date == "2023-01-05"


def test_next_link_and_a_next_word_without_a_link():
    more = read_list_page('<a href="list_2.html">下一页</a>', COLUMN + "list.html")
    assert (more.pager.next_urls, more.pager.complete) == ([COLUMN + "list_2.html"], False)
    last = read_list_page('<span class="disabled">下一页</span>', COLUMN + "list_9.html")
    assert (last.pager.next_urls, last.pager.complete) == ([], True)
    scripted = read_list_page('<a href="javascript:goPage(2)">下一页</a>', COLUMN + "list.html")
    assert (scripted.pager.next_urls, scripted.pager.complete) == ([], False)


def test_a_page_without_any_pager_proves_nothing():
    page = read_list_page('<ul><li><a href="./202101/t20210101_1.html">通知</a></li></ul>', COLUMN)
    assert len(page.items) == 1 and page.pager.next_urls == [] and not page.pager.complete


def test_month_day_dates_take_the_year_only_from_an_agreeing_url():
    assert row_date("10-11", COLUMN + "201710/t20171011_1.html") == "2017-10-11"
    assert row_date("10-12", COLUMN + "201710/t20171011_1.html") is None
    assert row_date("10-11", COLUMN + "1.html") is None


def test_epoch_seconds_are_dated_in_china_time():
    assert any_date(1635436800) == "2021-10-29"  # 2021-10-28 16:00 UTC is 2021-10-29 00:00 in China
    assert any_date(1635436799) == "2021-10-28"
    assert any_date(1635436800000) == "2021-10-29"
    assert any_date("2021-10-29 10:00:00") == "2021-10-29"


# gkmlpt answers (reconstructed from the fields crawler code reads) ---------------------------
GKMLPT_API = "http://mzj.gz.gov.cn/gkmlpt/api/all/2853?page=1&sid=200028"


def gkmlpt_answer(**fields) -> str:
    article = {"id": 8123456, "title": "广州市民政局2021年建议提案办理工作总结", "identifier": "007482975/2021-00321",
               "display_publish_time": 1635472800, "first_publish_time": 1635472800, "date": 1635436800,
               "post_url": "http://mzj.gz.gov.cn/gkmlpt/content/8/8123/mpost_8123456.html"}
    return json.dumps({"articles": [article], **fields}, ensure_ascii=False)


def test_gkmlpt_epoch_times_post_url_and_post_count():
    page = read_list_page(gkmlpt_answer(classify={"id": 2853, "post_count": 3}), GKMLPT_API)
    [item] = page.items
    assert (item.url, item.date, item.index_number) == (
        "http://mzj.gz.gov.cn/gkmlpt/content/8/8123/mpost_8123456.html", "2021-10-29", "007482975/2021-00321")
    assert page.platform == "gkmlpt" and not page.pager.complete
    assert page.pager.next_urls == ["http://mzj.gz.gov.cn/gkmlpt/api/all/2853?page=2&sid=200028"]
    last = read_list_page(gkmlpt_answer(classify={"post_count": 3}), GKMLPT_API.replace("page=1", "page=3"))
    assert last.pager.complete and last.pager.next_urls == []


def test_gkmlpt_without_any_total_walks_until_an_empty_page():
    page = read_list_page(gkmlpt_answer(), GKMLPT_API)
    assert not page.pager.complete and len(page.pager.next_urls) == 1
    empty = read_list_page(json.dumps({"articles": []}), GKMLPT_API)
    assert empty.pager.complete and empty.items == []


# jpaas answers (reconstructed: {"data": {"html": …}} with art_<32 hex> links) ---------------------
JPAAS_API = ("https://rlsbt.zj.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?parseType=bulidstatic"
             "&webId=2758&pageType=column&pageId=1229743683&paramJson=%7B%22pageNo%22%3A1%2C%22pageSize%22%3A15%7D")


def test_jpaas_unit_answer_and_its_next_page():
    html = ('<ul class="list"><li><a href="/art/2026/9/1/art_6008c994616a47b8b6366e28cf329b7d.html" '
            'title="关于省十四届人大四次会议第123号建议的答复">关于…的答复</a><span>2026-09-01</span></li></ul>')
    page = read_list_page(json.dumps({"success": True, "data": {"html": html}}), JPAAS_API)
    [item] = page.items
    assert item.url == "https://rlsbt.zj.gov.cn/art/2026/9/1/art_6008c994616a47b8b6366e28cf329b7d.html"
    assert (item.title, item.date, page.platform) == ("关于省十四届人大四次会议第123号建议的答复", "2026-09-01", "jpaas")
    [following] = page.pager.next_urls
    assert "%22pageNo%22%3A2" in following and not page.pager.complete
    empty = read_list_page(json.dumps({"data": {"html": "<ul></ul>"}}), JPAAS_API)
    assert empty.pager.complete and empty.pager.next_urls == []


@pytest.mark.parametrize(("text", "url", "platform"), [
    ('{"articles": [], "total": 0}', GKMLPT_API, "gkmlpt"),
    ('{"data": {"html": ""}}', JPAAS_API, "jpaas"),
    ("<script>var SID: '200028'; gkmlpt</script>", "http://mzj.gz.gov.cn/gkmlpt/index", "gkmlpt"),
    ('<script src="/module/jslib/jpaas/unitbuild.js" queryData="{\'webId\':\'2758\'}"></script>',
     "https://rlsbt.zj.gov.cn/col/col1229743683/index.html", "jpaas"),
    ("<datastore><recordset></recordset></datastore>", "https://mzt.zj.gov.cn/col/col1/index.html", "hanweb"),
    ('<script>createPageHTML(3, 0, "index", "shtml");</script>', COLUMN, "trs"),
    ('<ul><li><a href="/a/118877">x</a></li></ul>', COLUMN, "html_list"),
])
def test_fingerprint(text, url, platform):
    assert fingerprint(text, url) == platform


JS_LIST_SHELL = ('<ul class="news-list"></ul><div class="pager"></div><script>(function () {'
                 'fetch("/api/list?channelId=128984&page=" + page + "&pageSize=10", {credentials: "same-origin"})'
                 '.then(function (answer) { return answer.json(); });})();</script>')
JQUERY_LIST_SHELL = ('<div id="list"></div><script>$.ajax({url: "/cdmzj/api/articleList?channelId=5520&pageNo=1",'
                     ' dataType: "json", success: function (data) { render(data); }});</script>')


@pytest.mark.parametrize("text", [JS_LIST_SHELL, JQUERY_LIST_SHELL])
def test_a_list_its_script_fetches_from_a_list_api_is_js_list(text):
    assert fingerprint(text, "https://cdmzj.chengdu.gov.cn/cdmzj/c128984/index.html") == "js_list"


def test_a_script_fetching_something_else_does_not_make_a_js_list():
    text = '<ul><li><a href="/a/1.html">x</a></li></ul><script>fetch("/api/visit?page=1");$.get("/api/weather")</script>'
    assert fingerprint(text, COLUMN) == "html_list"


def test_js_list_channel_comes_from_the_list_call():
    url = "https://cdmzj.chengdu.gov.cn/cdmzj/c128984/index.html"
    assert suggested_options("js_list", JS_LIST_SHELL, url) == {"channel": 128984}
    assert suggested_options("js_list", JQUERY_LIST_SHELL, url) == {"channel": 5520}
    assert suggested_options("js_list", '<script>fetch("/api/list?page=1")</script>', url) == {}


def test_suggested_options_come_from_the_page():
    jpaas = ("<script src=\"/module/jslib/jpaas/unitbuild.js\" queryData=\"{'webId':'2758','pageId':'1229743683',"
             "'tplSetId':'kUBgoFENJiaYxr31jYEph','tagId':'当前栏目列表'}\"></script>")
    assert suggested_options("jpaas", jpaas, "https://rlsbt.zj.gov.cn/col/col1229743683/index.html") == {
        "webId": "2758", "pageId": "1229743683", "tplSetId": "kUBgoFENJiaYxr31jYEph", "tagId": "当前栏目列表"}
    escaped = jpaas.replace("'", "&#x27;")
    assert suggested_options("jpaas", escaped, "https://rlsbt.zj.gov.cn/col/col1229743683/index.html")["webId"] == "2758"
    hanweb = "<script>var param_212860={columnid:33718,unitid:'212860'};</script>"
    assert suggested_options("hanweb", hanweb, "https://www.jiangsu.gov.cn/col/col33718/index.html") == {
        "columnid": 33718, "unitid": 212860}
    assert suggested_options("gkmlpt", "SID: '200028' gkmlpt", "http://mzj.gz.gov.cn/gkmlpt/index#2853") == {
        "sid": 200028, "column": 2853}


@pytest.mark.parametrize("href", ["./202110/t20211029_1822695.shtml", "/art/2021/10/29/art_1229154633_58930211.html",
                                  "/gkmlpt/content/8/8123/mpost_8123456.html", "/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml",
                                  "/publicity/jcgk/jytabl/mzj/118877", "/module/xxgk/detail.jsp?infoid=4415&tpid=1",
                                  "/news/show.aspx?id=20211029"])
def test_document_addresses(href):
    assert document_like(urljoin(COLUMN, href))


@pytest.mark.parametrize("href", ["/", "/zwgk/", "/zwgk/index.shtml", "./index_2.html", "/col/col1229154633/index.html",
                                  "/module/web/jpage/dataproxy.jsp?page=2"])
def test_column_addresses_are_not_documents(href):
    assert not document_like(urljoin(COLUMN, href))


def test_a_saved_gkmlpt_column_page_is_read_as_html_unless_gkmlpt_is_named():
    shell = "<html><body><div id=\"app\"></div><script>var SID: '200028'; /* gkmlpt */</script></body></html>"
    page = read_list_page(shell, "http://mzj.gz.gov.cn/gkmlpt/index")
    assert (page.platform, page.items, page.pager.complete) == ("gkmlpt", [], False)
    with pytest.raises(NotAListPage):
        read_list_page(shell, "http://mzj.gz.gov.cn/gkmlpt/index", platform="gkmlpt")


def test_documents_on_the_bureaus_own_host_count_other_sites_do_not():
    html = ('<ul><li><a href="https://mzj.example.gov.cn/art/2021/1/5/art_1_1.html">关于提案的答复</a> 2021-01-05</li>'
            '<li><a href="https://mzj.example.gov.cn/art/2021/1/4/art_1_2.html">关于建议的答复</a> 2021-01-04</li></ul>'
            '<ul><li><a href="https://www.gov.cn/zhengce/content/2021-01/05/content_5577001.htm">国务院文件</a> 2021-01-05</li></ul>')
    page = read_list_page(html, "https://www.example.gov.cn/col/col1/index.html", platform="html_list")
    assert [item.url for item in page.items] == ["https://mzj.example.gov.cn/art/2021/1/5/art_1_1.html",
                                                 "https://mzj.example.gov.cn/art/2021/1/4/art_1_2.html"]


def test_a_pager_call_commented_out_is_not_the_pager():
    """Real pager quoted in fixtures/real/trs/school_pager_commented_create_page_fragment.html: a
    template's old ``//createPageHTML(9, …)`` line above the live ``var countPage = 17``."""
    html = '<SCRIPT>\n//createPageHTML(9, 0, "index", "html");\nvar currentPage = 0;\nvar countPage = 17;//共多少页\n</SCRIPT>'
    pager = read_pager(html, COLUMN + "index.html")
    assert (pager.pages, pager.next_urls) == (17, [COLUMN + "index_1.html"])
    assert read_pager('<script>var u = "http://x.gov.cn/"; createPageHTML(3, 0, "index", "html");</script>',
                      COLUMN + "index.html").pages == 3


def test_a_date_shown_inside_the_link_is_the_listed_date_and_not_part_of_the_title():
    """Hanweb records ``<a …><span>title</span><i>2020-08-14</i></a>`` (fixtures/real/hanweb/
    yuhang_dataproxy_date_in_link_fragment.xml); a year inside the title alone is no date."""
    html = ('<ul><li><a href="/art/2020/8/14/art_1_1.html"><span>关于办公家具采购项目的公开招标公告</span>'
            '<i>2020-08-14</i></a></li><li><a href="./202101/t20210105_2.html"><span class="date">'
            '[2021-01-05]</span>关于2021年1月5日起调整的通知</a></li>'
            '<li><a href="./202101/t20210101_3.html">2020年12月31日工作总结</a></li></ul>')
    items = read_list_page(html, "https://www.example.gov.cn/col/").items
    assert [(item.title, item.date) for item in items] == [
        ("关于办公家具采购项目的公开招标公告", "2020-08-14"), ("关于2021年1月5日起调整的通知", "2021-01-05"),
        ("2020年12月31日工作总结", None)]


@pytest.mark.parametrize("proxy", ["/module/web/jpage/dataproxy.jsp", "/module/jpage/dataproxy.jsp"])
def test_a_records_proxy_answer_is_known_by_its_file_name_wherever_it_sits(proxy):
    url = f"https://www.example.gov.cn{proxy}?startrecord=1&endrecord=60&perpage=20"
    answer = ("<datastore><totalrecord>6163</totalrecord><recordset><record><![CDATA[<li>"
              "<a href='/art/2020/8/14/art_1_1.html'>通知</a><i>2020-08-14</i></li>]]></record></recordset></datastore>")
    [following] = read_list_page(answer, url).pager.next_urls
    assert following.startswith(f"https://www.example.gov.cn{proxy}?startrecord=61&endrecord=120&perpage=20")


def test_a_list_component_paged_by_script_counts_its_pages_down():
    """The component pager of fixtures/real/html/fengcheng_reverse_numbered_pages.html: the column
    page shows page ``maxPageNum`` (199), page 2 is ``index_958_198.html``, ``index_958_1.html`` the last."""
    script = ('<script>var purl="../../n3/n13/index_958"\nvar maxPageNum=0;\n'
              'document.cookie="maxPageNum958=199";\nmaxPageNum = 199;</script>')
    site = "http://www.example.gov.cn/n3/n13/"
    first = read_pager(script, site + "index.html")
    assert (first.next_urls, first.complete, first.pages) == ([site + "index_958_198.html"], False, 199)
    assert read_pager(script, site + "index_958_57.html").next_urls == [site + "index_958_56.html"]
    last = read_pager(script, site + "index_958_1.html")
    assert (last.next_urls, last.complete) == ([], True)


def test_a_next_link_by_class_or_onclick_is_followed():
    """JEECMS pager of fixtures/real/html/yctravel_jhtml_onclick_pager.html: ``<a class="next"
    href="#" onclick="location.href='index_7.jhtml'">&gt;&gt;</a>``; a 下一页 going by onclick too."""
    classed = '<a class="prev" href="#" onclick="location.href=\'index_5.jhtml\'"> &lt;&lt; </a>' \
              '<a class="next" href="#" onclick="location.href=\'index_7.jhtml\'"> &gt;&gt; </a>'
    assert read_pager(classed, COLUMN + "index_6.jhtml").next_urls == [COLUMN + "index_7.jhtml"]
    worded = '<a href="javascript:;" onclick="location.href=\'list_3.html\'">下一页</a>'
    assert read_pager(worded, COLUMN + "list_2.html").next_urls == [COLUMN + "list_3.html"]
    carousel = '<a class="next" href="#"></a><span>下一页</span>'
    assert read_pager(carousel, COLUMN + "list_9.html").complete
