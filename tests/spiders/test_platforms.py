"""Each platform spider against small pages in its platform's style, field by field."""

import json
from urllib.parse import parse_qs, urlsplit

from scrapy.http import TextResponse

from tests.spiders.helpers import FIXTURES, details, items, list_pages, make_spider, requests, respond, start_requests

WUHAN_COLUMN = "https://mzj.wuhan.gov.cn/zwgk_918/fdzdgk/qtzdgknr/jytabl/gzgk/"


class TestTrs:
    def test_starts_at_index_shtml(self):
        spider = make_spider("wuhan-mzj-jytabl")
        [request] = start_requests(spider)
        assert request.url == WUHAN_COLUMN + "index.shtml"
        assert request.priority < spider.detail_priority

    def test_first_page_lists_documents_and_requests_the_next_page(self):
        spider = make_spider("wuhan-mzj-jytabl")
        output = respond(start_requests(spider)[0], "trs_list_page0.html")
        [list_page] = items(output)
        assert list_page["kind"] == "list" and list_page["source_id"] == "wuhan-mzj-jytabl"
        [next_page] = list_pages(output)
        assert next_page.url == WUHAN_COLUMN + "index_1.shtml"
        [last_page] = list_pages(respond(next_page, "trs_list_page2.html"))
        assert last_page.url == WUHAN_COLUMN + "index_2.shtml"
        assert [r.url for r in details(output)] == [
            WUHAN_COLUMN + "202110/t20211029_1822695.shtml",
            WUHAN_COLUMN + "202110/t20211012_1822001.shtml",
            WUHAN_COLUMN + "202109/t20210930_1821500.shtml",
        ]

    def test_listing_carries_title_date_and_index_number(self):
        spider = make_spider("wuhan-mzj-jytabl")
        output = respond(start_requests(spider)[0], "trs_list_page0.html")
        first, second, third = (r.cb_kwargs["listing"] for r in details(output))
        assert first == {"title": "市民政局2021年议提案办理工作总结", "date": "2021-10-29",
                         "index_number": "010886343/2021-62972"}
        assert second == {"title": "关于市政协十四届五次会议第20210123号提案的答复", "date": "2021-10-12"}
        assert third["date"] == "2021-09-30"

    def test_list_walk_completes_when_every_page_is_parsed(self):
        spider = make_spider("wuhan-mzj-jytabl")
        pages = list_pages(respond(start_requests(spider)[0], "trs_list_page0.html"))
        assert not spider.list_walk_complete
        while pages:
            pages = list_pages(respond(pages[0], "trs_list_page2.html"))
        assert spider.list_walk_complete
        assert spider.list_pages_parsed == 3

    def test_a_page_without_the_pager_script_is_a_one_page_column(self):
        spider = make_spider("yichang-gov-tzgg")
        body = '<ul class="list"><li><a href="./202110/t20211029_1822695.shtml">通知</a></li></ul>'.encode()
        output = respond(start_requests(spider)[0], body=body)
        assert [r.url for r in requests(output)] == ["http://www.yichang.gov.cn/zfxxgk/tzgg/202110/t20211029_1822695.shtml"]
        assert spider.list_walk_complete


COLUMN_SHELL = (b'<div id="7452016"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/'
                b'dataproxy.jsp?page=1&appid=1&webid=66&path=/zjmzt/&columnid=1229154633&unitid=7452016"></a>]]>'
                b'</nextgroup><recordset></recordset></datastore></script></div>')


def first_window(spider, column_page: bytes = COLUMN_SHELL):
    """The first dataproxy window, asked for once the column page is read."""
    [window] = list_pages(respond(start_requests(spider)[0], body=column_page))
    return window


class TestHanweb:
    def test_reads_the_column_page_then_posts_the_dataproxy_form_in_windows_of_three_pages(self):
        spider = make_spider("zj-mzt-jytabl")
        [column_page] = start_requests(spider)
        assert column_page.url == "https://mzt.zj.gov.cn/col/col1229154633/index.html"
        request = first_window(spider)
        query = parse_qs(urlsplit(request.url).query)
        assert urlsplit(request.url).path == "/module/web/jpage/dataproxy.jsp"
        assert (query["startrecord"], query["endrecord"], query["perpage"]) == (["1"], ["45"], ["15"])
        assert request.method == "POST"
        form = parse_qs(request.body.decode())
        assert form["columnid"] == ["1229154633"] and form["webid"] == ["66"] and form["col"] == ["1"]
        assert form["unitid"] == ["7452016"] and form["path"] == ["/zjmzt/"]

    def test_the_column_pages_own_records_are_listed(self):
        spider = make_spider("zj-mzt-jytabl")
        page = (FIXTURES / "real" / "hanweb" / "jiangsu_column_datastore.html").read_bytes()
        output = respond(start_requests(spider)[0], body=page)
        assert [r.url for r in details(output)] == [
            "https://mzt.zj.gov.cn/art/2026/9/11/art_33718_11828204.html",
            "https://mzt.zj.gov.cn/art/2025/12/15/art_33718_11693505.html",
        ]
        [window] = list_pages(output)
        form = parse_qs(window.body.decode())
        assert form["unitid"] == ["212860"] and form["columnid"] == ["1229154633"]

    def test_reads_records_and_asks_for_the_next_window(self):
        spider = make_spider("zj-mzt-jytabl")
        output = respond(first_window(spider), "hanweb_window.xml", content_type="text/xml;charset=UTF-8",
                         response_class=TextResponse)
        [first, *_] = details(output)
        assert first.url == "https://mzt.zj.gov.cn/art/2021/10/29/art_1229154633_58930211.html"
        assert first.cb_kwargs["listing"] == {"title": "浙江省民政厅2021年度建议提案办理工作总结", "date": "2021-10-29"}
        [next_window] = list_pages(output)
        assert parse_qs(urlsplit(next_window.url).query)["startrecord"] == ["46"]

    def test_a_window_with_nothing_new_stops_and_leaves_the_walk_incomplete(self):
        spider = make_spider("zj-mzt-jytabl")
        [next_window] = list_pages(respond(first_window(spider), "hanweb_window.xml", response_class=TextResponse))
        output = respond(next_window, "hanweb_window.xml", response_class=TextResponse)
        assert requests(output) == []
        assert spider.pending_list_pages == 0 and not spider.list_walk_complete

    def test_a_window_covering_totalrecord_exhausts_the_column(self):
        spider = make_spider("zj-mzt-jytabl")
        body = (b"<datastore><recordset><record><![CDATA[<li><a href='/art/2021/1/1/art_1_1.html'>x</a></li>]]>"
                b"</record></recordset><totalrecord>1</totalrecord></datastore>")
        output = respond(first_window(spider), body=body, response_class=TextResponse)
        assert len(requests(output)) == 1
        assert spider.list_walk_complete

    def test_without_totalrecord_the_walk_goes_on_until_an_empty_batch(self):
        spider = make_spider("zj-mzt-jytabl")
        records = (FIXTURES / "real" / "hanweb" / "jiangsu_police_records.html").read_bytes()
        output = respond(first_window(spider), body=records, response_class=TextResponse)
        [next_window] = list_pages(output)
        assert len(details(output)) == 2 and not spider.list_walk_complete
        assert parse_qs(urlsplit(next_window.url).query)["startrecord"] == ["46"]
        empty = b"<datastore><recordset></recordset></datastore>"
        assert requests(respond(next_window, body=empty, response_class=TextResponse)) == []
        assert spider.list_walk_complete


class TestGkmlpt:
    def test_pages_the_json_api_until_total_is_covered(self):
        spider = make_spider("gz-mzj-gkmlpt")
        [first] = start_requests(spider)
        assert first.url == "http://mzj.gz.gov.cn/gkmlpt/api/all/2853?page=1&sid=200028"
        output = respond(first, "gkmlpt_page1.json", content_type="application/json", response_class=TextResponse)
        [second] = list_pages(output)
        assert second.url == "http://mzj.gz.gov.cn/gkmlpt/api/all/2853?page=2&sid=200028"
        [third] = list_pages(respond(second, "gkmlpt_page1.json", response_class=TextResponse))
        assert third.url == "http://mzj.gz.gov.cn/gkmlpt/api/all/2853?page=3&sid=200028"
        assert list_pages(respond(third, "gkmlpt_page1.json", response_class=TextResponse)) == []
        assert spider.list_walk_complete
        detail = details(output)[0]
        assert detail.url == "http://mzj.gz.gov.cn/gkmlpt/content/8/8123/post_8123456.html"
        assert detail.cb_kwargs["listing"] == {"title": "广州市民政局2021年建议提案办理工作总结",
                                               "date": "2021-10-29", "index_number": "007482975/2021-00321"}

    def test_an_empty_answer_is_a_complete_empty_column(self):
        spider = make_spider("gz-mzj-gkmlpt")
        body = json.dumps({"articles": [], "total": 0, "page": 1, "size": 20}).encode()
        assert requests(respond(start_requests(spider)[0], body=body, response_class=TextResponse)) == []
        assert spider.list_walk_complete


    def test_a_department_under_a_path_prefix_and_an_answer_without_size(self):
        spider = make_spider("gz-mzj-gkmlpt", source_changes={"columns": ["/gzmzj/gkmlpt/index#2853"]})
        [first] = start_requests(spider)
        assert first.url == "http://mzj.gz.gov.cn/gzmzj/gkmlpt/api/all/2853?page=1&sid=200028"
        article = {"title": "答复", "post_url": "/gzmzj/gkmlpt/content/8/8123/mpost_8123456.html",
                   "display_publish_time": 1635472800}
        body = json.dumps({"articles": [article], "classify": {"post_count": 2}}).encode()
        output = respond(first, body=body, response_class=TextResponse)
        [detail] = details(output)
        assert detail.url == "http://mzj.gz.gov.cn/gzmzj/gkmlpt/content/8/8123/mpost_8123456.html"
        assert detail.cb_kwargs["listing"] == {"title": "答复", "date": "2021-10-29"}
        [second] = list_pages(output)
        assert second.url == "http://mzj.gz.gov.cn/gzmzj/gkmlpt/api/all/2853?page=2&sid=200028"
        respond(second, body=body.replace(b"8123456", b"8123457"), response_class=TextResponse)
        assert spider.list_walk_complete


class TestJpaas:
    SOURCE = {"id": "zj-rlsbt-jpaas", "platform": "jpaas", "base_url": "https://rlsbt.zj.gov.cn",
              "columns": ["/col/col1229743683/index.html"], "platform_options": {"pageSize": 15}}
    SHELL = ("<script src=\"/module/jslib/jpaas/unitbuild.js\" queryData=\"{'webId':'2758','pageId':'1229743683',"
             "'tplSetId':'kUBgoFENJiaYxr31jYEph','tagId':'当前栏目列表'}\"></script>").encode()

    def unit_answer(self, *ids: str) -> bytes:
        html = "".join(f'<li><a href="/art/2026/9/1/art_{doc_id}.html" title="答复{doc_id[:4]}">答复</a>'
                       f"<span>2026-09-01</span></li>" for doc_id in ids)
        return json.dumps({"success": True, "data": {"html": f"<ul>{html}</ul>"}}).encode()

    def test_reads_the_unit_from_the_column_page_and_walks_until_an_empty_page(self):
        spider = make_spider("zj-mzt-jytabl", source_changes=self.SOURCE)
        [column_page] = start_requests(spider)
        assert column_page.url == "https://rlsbt.zj.gov.cn/col/col1229743683/index.html"
        [unit] = list_pages(respond(column_page, body=self.SHELL))
        query = parse_qs(urlsplit(unit.url).query)
        assert urlsplit(unit.url).path == "/api-gateway/jpaas-publish-server/front/page/build/unit"
        assert query["webId"] == ["2758"] and query["tagId"] == ["当前栏目列表"]
        assert json.loads(query["paramJson"][0]) == {"pageNo": 1, "pageSize": 15}
        output = respond(unit, body=self.unit_answer("6008c994616a47b8b6366e28cf329b7d"), response_class=TextResponse)
        [detail] = details(output)
        assert detail.url == "https://rlsbt.zj.gov.cn/art/2026/9/1/art_6008c994616a47b8b6366e28cf329b7d.html"
        assert detail.cb_kwargs["listing"] == {"title": "答复6008", "date": "2026-09-01"}
        [second] = list_pages(output)
        assert json.loads(parse_qs(urlsplit(second.url).query)["paramJson"][0])["pageNo"] == 2
        assert not spider.list_walk_complete
        assert list_pages(respond(second, body=self.unit_answer(), response_class=TextResponse)) == []
        assert spider.list_walk_complete


class TestHtmlList:
    def test_follows_the_same_host_iframe_of_a_shell_page(self):
        spider = make_spider("jiading-mzj")
        [first] = start_requests(spider)
        assert first.url == "https://www.jiading.gov.cn/publicity/jcgk/jytabl/mzj/index.html"
        [iframe] = requests(respond(first, "jiading_shell.html"))
        assert iframe.url == "https://www.jiading.gov.cn/publicity/jcgk/jytabl/mzj/list/index.html"
        assert not spider.list_walk_complete

    def test_numeric_id_list_with_next_link(self):
        spider = make_spider("jiading-mzj")
        [iframe] = requests(respond(start_requests(spider)[0], "jiading_shell.html"))
        follow = requests(respond(iframe, "jiading_list.html"))
        assert [r.url for r in follow] == [
            "https://www.jiading.gov.cn/publicity/jcgk/jytabl/mzj/118877",
            "https://www.jiading.gov.cn/publicity/jcgk/jytabl/mzj/118870",
            "https://www.jiading.gov.cn/publicity/jcgk/jytabl/mzj/list/index_2.html",
        ]
        assert follow[1].cb_kwargs["listing"] == {"title": "关于区政协2021年第45号提案的答复", "date": "2021-09-18"}
        assert requests(respond(follow[2], "jiading_list_last.html"))[0].url.endswith("/100002")
        assert spider.list_walk_complete

    def test_gbk_list_is_decoded(self):
        spider = make_spider("yichun-mzj-rdjy")
        output = respond(start_requests(spider)[0], "yichun_list.html", content_type="text/html")
        first, second = (request.cb_kwargs["listing"] for request in details(output))
        assert first["title"] == "宜春市民政局关于市五届人大一次会议第12号建议的答复"
        assert second["date"] == "2021-09-15"
        assert items(output)[0]["body"] == (FIXTURES / "yichun_list.html").read_bytes()

    def test_registry_encoding_applies_when_the_page_declares_none(self):
        spider = make_spider("yichun-mzj-rdjy")
        body = '<div class="news-list"><li><a href="/a.html">宜春市民政局答复</a></li></div>'.encode("gbk")
        [detail] = requests(respond(start_requests(spider)[0], body=body, content_type="text/html"))
        assert detail.cb_kwargs["listing"]["title"] == "宜春市民政局答复"

    def test_template_pagination_without_a_next_selector(self):
        options = {"first_page": "{column}list.html", "list_pages": "{column}list_{page}.html",
                   "item_selector": "div.news-list li"}
        spider = make_spider("yichun-mzj-rdjy", source_changes={"platform_options": options})
        follow = requests(respond(start_requests(spider)[0], "yichun_list.html", content_type="text/html"))
        assert follow[-1].url == "http://mzj.yichun.gov.cn/ycsmzj/rdjy/list_2.html"
        assert requests(respond(follow[-1], body=b"<html>Not found</html>", status=404)) == []
        assert spider.list_walk_complete


class TestRepost:
    def test_next_link_pagination_and_offsite_links_left_to_the_offsite_filter(self):
        spider = make_spider("lgfwz-essay")
        [first] = start_requests(spider)
        assert first.url == "https://www.lgfwz.com/syw/hbcl/"
        follow = requests(respond(first, "repost_list.html"))
        assert [r.url for r in follow] == [
            "https://www.lgfwz.com/syw/hbcl/20211103/1234567.html",
            "https://ads.example.net/promo",
            "https://www.lgfwz.com/syw/hbcl/list_2.html",
        ]
        assert spider.allowed_domains == ["www.lgfwz.com"]
        assert follow[0].cb_kwargs["listing"] == {"title": "xxx市民政局2021年議提案辦理工作總結", "date": "2021-11-03"}
