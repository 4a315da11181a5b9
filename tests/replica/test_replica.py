"""The replica serves every registered source in its platform's style."""

from __future__ import annotations

import math
import re
import time
import tracemalloc
from urllib.parse import urlsplit

import httpx
import pytest

from banli.sources import find_source, replica_sources
from normalize.document import SYNTHETIC_MARK
from replica.catalog import CONTENT_TYPES, SourceCatalog, expected_documents
from replica.faults import FaultState
from replica.messages import Request
from replica.server import running_replica
from replica.sites.challenge import solve_challenge

ATTACHMENT_MAGIC = {"pdf": b"%PDF-", "docx": b"PK\x03\x04", "xlsx": b"PK\x03\x04", "doc": b"\xd0\xcf\x11\xe0"}

SOURCES = [entry["id"] for entry in replica_sources()]


@pytest.fixture(scope="module")
def replica():
    with running_replica() as host_map, httpx.Client(timeout=10) as client:
        yield Local(host_map, client)


class Local:
    """Requests by live URL, sent to the replica."""

    def __init__(self, host_map: dict, client: httpx.Client):
        self.host_map, self.client = host_map, client

    def url(self, live_url: str) -> str:
        parts = urlsplit(live_url)
        return self.host_map[f"{parts.scheme}://{parts.netloc}"] + live_url[len(f"{parts.scheme}://{parts.netloc}"):]

    def get(self, live_url: str, **kwargs) -> httpx.Response:
        """GET, passing the cookie challenges of gated sources as a browser would (two rounds at most)."""
        response = self.client.get(self.url(live_url), **kwargs)
        for _ in range(2):
            if response.status_code not in (412, 521):
                break
            self.client.cookies.update(solve_challenge(response.text))
            response = self.client.get(self.url(live_url), **kwargs)
        return response

    def post(self, live_url: str, **kwargs) -> httpx.Response:
        return self.client.post(self.url(live_url), **kwargs)


def test_host_map_covers_every_registered_host(replica):
    assert set(replica.host_map) == {f"{urlsplit(e['base_url']).scheme}://{urlsplit(e['base_url']).netloc}" for e in replica_sources()}
    assert all(origin.startswith("http://127.0.0.1:") for origin in replica.host_map.values())


@pytest.mark.parametrize("source_id", SOURCES)
def test_every_expected_url_answers(replica, source_id):
    documents = expected_documents(source_id)
    assert len(documents) >= 26
    assert sum(not d["synthetic"] for d in documents) == (1 if find_source(source_id).get("seed") else 0)
    for document in documents:
        response = replica.get(document["url"])
        assert response.status_code == 200, document["url"]
        assert (SYNTHETIC_MARK in response.text) == document["synthetic"]
        assert response.headers["etag"] and response.headers["last-modified"]


@pytest.mark.parametrize("source_id", SOURCES)
def test_each_source_has_one_pdf_summary(replica, source_id):
    """One summary per source comes with an attachment, in the format its bureau uses (issue 10:
    PDF printed or exported, scan, DOCX, DOC, or an XLSX item list)."""
    with_attachment = [d for d in expected_documents(source_id) if d["attachments"]]
    assert len(with_attachment) == 1 and with_attachment[0]["doc_type"] == "summary"
    url = with_attachment[0]["attachments"][0]
    extension = url.rsplit(".", 1)[-1]
    response = replica.get(url)
    assert response.headers["content-type"] == CONTENT_TYPES[extension]
    assert response.content.startswith(ATTACHMENT_MAGIC[extension])
    if extension == "pdf":
        assert response.content.rstrip().endswith(b"%%EOF")


def test_trs_list_pages_carry_the_page_count(replica):
    base = "https://mzj.wuhan.gov.cn/zwgk_918/fdzdgk/qtzdgknr/jytabl/gzgk/"
    pages = math.ceil(len(expected_documents("wuhan-mzj-jytabl")) / 10)
    assert pages >= 3
    first = replica.get(base + "index.shtml").text
    assert f'createPageHTML({pages}, 0, "index", "shtml")' in first
    assert '<ul class="list">' in first and 'href="./' in first and 'class="syh"' in first
    last = replica.get(base + f"index_{pages - 1}.shtml").text
    assert f'createPageHTML({pages}, {pages - 1}, "index", "shtml")' in last
    assert replica.get(base + f"index_{pages}.shtml").status_code == 404
    assert replica.get("http://www.yichang.gov.cn/zfxxgk/tzgg/index_2.shtml").status_code == 200


def test_wuhan_seed_detail_has_the_metadata_block(replica):
    seed = next(d for d in expected_documents("wuhan-mzj-jytabl") if not d["synthetic"])
    assert seed["url"].endswith("/202110/t20211029_1822695.shtml")
    page = replica.get(seed["url"]).text
    for fragment in ("索 引 号", "010886343/2021-62972", "有 效 性", '文  号</td><td></td>', 'class="TRS_UEDITOR',
                     "扫一扫在手机上查看当前页面", "【打印】", "网站标识码", '<meta name="ArticleTitle"'):
        assert fragment in page


def test_yichang_notice_and_mirror_share_seed_002(replica):
    original = next(d for d in expected_documents("yichang-gov-tzgg") if not d["synthetic"])
    mirrored = next(d for d in expected_documents("zcbk-mirror") if not d["synthetic"])
    assert original["title"] == mirrored["title"]
    assert "栏目:宜昌市人民政府办公室-通知公告" in replica.get(original["url"]).text
    mirror_page = replica.get(mirrored["url"]).text
    assert "扫描二维码查看原文" in mirror_page and "侦策百科收集整理" in mirror_page


def test_hanweb_dataproxy_answers_records_and_total(replica):
    documents = expected_documents("zj-mzt-jytabl")
    shell = replica.get("https://mzt.zj.gov.cn/col/col1229154633/index.html").text
    assert "<datastore>" in shell and "<record>" not in shell
    form = {"col": "1", "appid": "1", "webid": "66", "path": "/", "columnid": "1229154633",
            "sourceContentType": "1", "unitid": "", "permissiontype": "0"}
    answer = replica.post("https://mzt.zj.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15", data=form).text
    assert f"<totalrecord>{len(documents)}</totalrecord>" in answer
    assert int(re.search(r"<totalpage>(\d+)</totalpage>", answer)[1]) >= 3
    records = re.findall(r"<record><!\[CDATA\[(.*?)\]\]></record>", answer)
    assert len(records) == min(45, len(documents))
    assert re.search(r'href="/art/\d{4}/\d{1,2}/\d{1,2}/art_1229154633_\d+\.html"', records[0])


def test_gkmlpt_api_total_and_pages(replica):
    documents = expected_documents("gz-mzj-gkmlpt")
    first = replica.get("http://mzj.gz.gov.cn/gkmlpt/api/all/2853?page=1&sid=200028").json()
    assert first["total"] == len(documents) and math.ceil(first["total"] / first["size"]) >= 3
    article = first["articles"][0]
    assert article["url"] == documents[0]["url"] + "#2853" and article["identifier"].startswith("007482919/")
    assert "article-content" in replica.get(article["url"].split("#")[0]).text


def test_jiading_iframe_list_and_table(replica):
    shell = replica.get("https://www.jiading.gov.cn/publicity/jcgk/jytabl/mzj/index.html").text
    inner = re.search(r'<iframe[^>]+src="([^"]+)"', shell)[1]
    listing = replica.get("https://www.jiading.gov.cn" + inner).text
    assert '<ul class="list">' in listing and 'class="date"' in listing and 'class="next"' in listing
    seed = next(d for d in expected_documents("jiading-mzj") if not d["synthetic"])
    page = replica.get(seed["url"]).text
    assert "<td>索引号:</td><td>00001434-9/2021-00178</td><td>发布机构:</td><td>区民政局</td>" in page
    assert seed["expected"]["issuing_body"] == "上海市嘉定区民政局"


def test_yichun_is_gbk_with_breadcrumb(replica):
    response = replica.get("http://mzj.yichun.gov.cn/ycsmzj/rdjy/list.html")
    assert response.headers["content-type"] == "text/html; charset=gb2312"
    text = response.content.decode("gbk")
    assert '<meta charset="gb2312">' in text and '<div class="news-list">' in text
    seed = next(d for d in expected_documents("yichun-mzj-rdjy") if not d["synthetic"])
    page = replica.get(seed["url"]).content.decode("gbk")
    trail = re.sub(r"<[^>]+>", "", re.search(r'<div class="breadcrumb">(.*?)</div>', page)[1]).replace("&gt;", ">")
    assert trail == "您当前所在位置: 首页>政务公开>信息公开>法定主动公开内容>结果公开>建议提案办理公开>人大建议"
    assert "xxgk" not in page and "索引号" not in page


def test_essay_site_is_traditional(replica):
    listing = replica.get("https://www.lgfwz.com/syw/hbcl/").text
    assert '<ul class="article-list">' in listing and "下一頁" in listing
    seed = next(d for d in expected_documents("lgfwz-essay") if not d["synthetic"])
    page = replica.get(seed["url"]).text
    assert "位置:" in page and "首頁" in page and "2019年政協提案辦理情況彙報" in page
    generated = next(d for d in expected_documents("lgfwz-essay") if d["doc_type"] == "summary" and d["synthetic"])
    assert "辦理" in generated["title"] and "办理" not in generated["title"]


@pytest.mark.parametrize("first, later", [
    ("https://www.lgfwz.com/syw/hbcl/", "https://www.lgfwz.com/syw/hbcl/list_{page}.html"),
    ("http://www.zcbk.cn/zfwj/", "http://www.zcbk.cn/zfwj/list_{page}.html"),
    ("http://mzj.yichun.gov.cn/ycsmzj/rdjy/list.html", "http://mzj.yichun.gov.cn/ycsmzj/rdjy/list_{page}.html"),
])
def test_next_links_run_to_three_pages_or_more(replica, first, later):
    url, pages = first, 0
    while url:
        response = replica.get(url)
        assert response.status_code == 200
        pages += 1
        href = re.search(r'<a class="next" href="([^"]+)"', response.text)
        url = f"{first.split('/', 3)[0]}//{urlsplit(first).netloc}{href[1]}" if href else None
    assert pages >= 3
    assert replica.get(later.format(page=pages + 1)).status_code == 404


def test_conditional_requests_get_304(replica):
    document = expected_documents("wuhan-mzj-jytabl")[0]
    first = replica.get(document["url"])
    again = replica.get(document["url"], headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    since = replica.get(document["url"], headers={"If-Modified-Since": first.headers["last-modified"]})
    assert since.status_code == 304
    assert replica.get(document["url"], headers={"If-None-Match": '"other"'}).status_code == 200


def test_robots_and_404(replica):
    assert "User-agent" in replica.get("https://mzj.wuhan.gov.cn/robots.txt").text
    assert replica.get("https://mzj.wuhan.gov.cn/no/such/page.html").status_code == 404


def test_expected_documents_shape():
    documents = expected_documents("wuhan-mzj-jytabl")
    seed = next(d for d in documents if not d["synthetic"])
    assert seed["expected"]["counts"] == {"total": 117, "lead": 28, "joint": 78}
    assert seed["index_number"] == "010886343/2021-62972" and seed["publish_date"] == "2021-10-08"
    kinds = {d["doc_type"] for d in documents}
    assert {"summary", "reply", "notice"} <= kinds
    summary = next(d for d in documents if d["doc_type"] == "summary" and d["synthetic"])
    counts = summary["expected"]["counts"]
    assert counts["total"] == counts["lead"] + counts["joint"] and summary["expected"]["handling_year"]
    assert all(re.fullmatch(r"010886343/\d{4}-\d{5}", d["index_number"]) for d in documents)
    assert expected_documents("wuhan-mzj-jytabl") == documents


def test_a_large_catalogue_computes_one_document_in_constant_memory():
    source = find_source("gz-mzj-gkmlpt")
    catalog = SourceCatalog(source, size=100_000)
    tracemalloc.start()
    started = time.perf_counter()
    document = catalog.document(90_000)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 0.05 and peak < 512 * 1024
    assert catalog.position_of(document.doc_id) == 90_000 and document.synthetic


def test_fault_decisions_repeat_with_the_seed():
    request = Request("GET", "/x.shtml")
    first = [FaultState(7).fires("error_5xx", request, 0.5) for _ in range(1)]
    runs = []
    for _ in range(2):
        state = FaultState(7)
        runs.append([state.fires("error_5xx", request, 0.5) for _ in range(20)])
    assert runs[0] == runs[1] and first[0] == runs[0][0] and any(runs[0]) and not all(runs[0])


def test_gone_fault_hides_and_removes_documents():
    documents = expected_documents("wuhan-mzj-jytabl")
    with running_replica(sources=["wuhan-mzj-jytabl"], extra_args=["--fault", "wuhan-mzj-jytabl=gone:2"]) as host_map:
        local = Local(host_map, httpx.Client(timeout=10))
        assert local.get(documents[0]["url"]).status_code == 410
        assert local.get(documents[2]["url"]).status_code == 200
        listing = local.get("https://mzj.wuhan.gov.cn/zwgk_918/fdzdgk/qtzdgknr/jytabl/gzgk/index.shtml").text
        assert urlsplit(documents[0]["url"]).path.rsplit("/", 1)[-1] not in listing
        assert urlsplit(documents[2]["url"]).path.rsplit("/", 1)[-1] in listing
        local.client.close()

