"""The reader text of real detail pages (tests/spiders/fixtures/real/detail, see its README): the body container."""

from pathlib import Path

from normalize.html import BODY_END, BODY_START, parse_html

DETAIL = Path(__file__).resolve().parent.parent / "spiders" / "fixtures" / "real" / "detail"


def _body_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return lines[lines.index(BODY_START) + 1:lines.index(BODY_END)]


def test_the_shanghai_district_cms_body_is_marked():
    # www.shyp.gov.cn's detail page: <div class="Article_content" id="ivs_content"> under the 索引号 block, the body
    # container of Shanghai's district portals (嘉定, 杨浦); without its mark every navigation line is read as a candidate
    page = parse_html((DETAIL / "shyp_label_span_value_span.html").read_text(encoding="utf-8"))
    assert page is not None
    assert _body_lines(page.text) == ["第一条 为支持打造OPC超级个体社区，制定本措施。", "第二条 本措施自发布之日起施行。"]
