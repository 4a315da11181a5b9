import pytest

from normalize import NormalizeError, decode_html
from tests.normalize.conftest import fixture_bytes

PAGE = "<html><head>{meta}</head><body><p>市民政局2021年议提案办理工作总结</p></body></html>"


def test_meta_charset_gb2312_is_read_as_gb18030():
    raw = PAGE.format(meta='<meta charset="gb2312">').replace("总结", "总结𠀀").encode("gb18030")
    assert "总结𠀀" in decode_html(raw, None)


def test_header_charset_used_without_meta():
    raw = PAGE.format(meta="").encode("gbk")
    assert "议提案" in decode_html(raw, "text/html; charset=GBK")


def test_detection_without_any_declaration():
    raw = (PAGE.format(meta="") * 20).encode("gb18030")
    assert "议提案" in decode_html(raw, None)


def test_utf8_page_mislabelled_as_gb2312():
    raw = PAGE.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("utf-8")
    assert "议提案" in decode_html(raw, None)


def test_gbk_fixture_decodes():
    assert "宜春市民政局" in decode_html(fixture_bytes("yichun_gbk.html"), None)


@pytest.mark.parametrize("raw", [b"%PDF-1.7 ...", b"PK\x03\x04zip", b"\x89PNG\r\n", b"abc\x00\x00def"])
def test_binary_raises(raw):
    with pytest.raises(NormalizeError):
        decode_html(raw, None)
