"""gkmlpt detail pages whose document sits in a script (``_CONFIG.DETAIL = {…}``).

No saved page of this kind was found (see tests/spiders/fixtures/real/README.md): the page
below is reconstructed from the issue's description and the gkmlpt API's field names."""

import json

from normalize.document import normalize_page
from normalize.script_detail import script_detail_html

DETAIL = {"id": 8123456, "title": "关于市政协十四届五次会议第123号提案答复的函",
          "identifier": "007482975/2022-00123", "publisher": "广州市民政局", "document_number": "穗民函〔2022〕321号",
          "date": 1656518400, "display_publish_time": 1656900000,
          "content": "<p>尊敬的委员：您提出的关于加强社区养老服务的提案收悉。经研究，现答复如下。</p>"
                     "<p>一、我局高度重视社区养老服务工作，今年新建长者饭堂20个。</p>"}
PAGE = ("<html><head><title>广州市民政局</title></head><body><div id=\"app\"></div>"
        f"<script>var _CONFIG = {{}}; _CONFIG.DETAIL = {json.dumps(DETAIL, ensure_ascii=False)};</script>"
        "<div class=\"footer\">主办单位：广州市民政局</div></body></html>")


def test_the_script_object_becomes_the_document():
    document = normalize_page(PAGE.encode(), url="http://mzj.gz.gov.cn/gkmlpt/content/8/8123/post_8123456.html")
    assert document["title"] == DETAIL["title"]
    assert document["index_number"] == "007482975/2022-00123"
    assert document["doc_number"] == "穗民函〔2022〕321号"
    assert document["publish_date"] == "2022-07-04"  # 1656900000 is 2022-07-04 10:00 in China
    assert "新建长者饭堂20个" in document["text"]


def test_pages_without_the_script_are_left_alone():
    assert script_detail_html("<html><body><p>正文</p></body></html>") is None
    assert script_detail_html("<script>_CONFIG.DETAIL = {broken</script>") is None
