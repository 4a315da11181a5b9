"""``banli extract`` on bad input: one ``error: PATH: …`` line or a document with warnings, never a traceback.

Each case runs the installed ``banli`` command in a child process, as an operator would.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from normalize import decode_html
from normalize.cli import MAX_INPUT_BYTES
from tests.normalize.conftest import FIXTURES

BANLI = str(Path(sys.executable).with_name("banli"))
WUHAN_PAGE = (FIXTURES / "wuhan_trs.html").read_bytes()
GBK_PAGE = """<html><head><title>宜春市民政局关于市五届人大一次会议第12号建议的答复</title></head>
<body><div class="content"><p>宜春市民政局2021年共承办人大代表建议15件，办复率100%。</p></div></body></html>"""


def extract(*paths: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([BANLI, "extract", *map(str, paths)], capture_output=True, text=True, timeout=timeout)


def one_error_line(result: subprocess.CompletedProcess, path: Path) -> str:
    assert result.returncode == 1 and result.stdout == ""
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {path}: ")
    return line


def document_of(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "市民政局")
    return buffer.getvalue()


# Images, PDFs and zips now go through the attachment readers (issue 10): a broken one is still
# one error line, naming what the reader found.
@pytest.mark.parametrize(("name", "content", "message"), [
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "attachment_corrupt:image:"),
    ("bundle.zip", zip_bytes(), "attachment_unsupported:zip"),
    ("report.html", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "attachment_type_mismatch:html:pdf; attachment_corrupt:pdf:"),
    ("utf16-without-bom.html", "<html><title>市民政局</title></html>".encode("utf-16-le"), "binary content, not a page"),
])
def test_binary_files_are_one_line_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    assert one_error_line(extract(path), path).startswith(f"error: {path}: {message}")


def test_a_missing_path_and_a_directory_are_one_line_errors(tmp_path):
    missing, directory = tmp_path / "missing.html", tmp_path / "folder"
    directory.mkdir()
    assert one_error_line(extract(missing), missing).endswith("No such file or directory")
    assert one_error_line(extract(directory), directory).endswith("Is a directory")


def test_an_empty_file_is_an_empty_document_with_a_warning(tmp_path):
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    document = document_of(extract(path))
    assert document["warnings"] == ["empty_body"] and document["title"] is None


def test_a_page_cut_inside_a_character_decodes_without_mojibake(tmp_path):
    path = tmp_path / "cut.html"
    path.write_bytes("<html><head><title>关于市民政局".encode()[:-2])
    document = document_of(extract(path))
    assert document["title"] == "关于市民政"
    assert decode_html("关于".encode() + "市".encode()[:2]) == "关于"


def test_truncated_and_broken_html_gives_a_document_with_warnings(tmp_path):
    truncated, broken = tmp_path / "truncated.html", tmp_path / "broken.html"
    truncated.write_bytes(WUHAN_PAGE[: len(WUHAN_PAGE) // 2])
    broken.write_bytes(b"<html><body><div><table><tr><td>\xe5\xb8\x82</td><p><<<>>>&#xFFFFFF;&bogus;</scr")
    assert document_of(extract(truncated))["title"]
    assert "title_missing" in document_of(extract(broken))["warnings"]


def test_utf8_text_with_a_few_damaged_bytes_is_still_read_as_utf8(tmp_path):
    path = tmp_path / "reader.txt"
    sentence = "武汉市民政局2021年共承办建议提案117件，办复率100%，满意率98%。\n".encode()
    path.write_bytes(sentence * 20 + b"\xff\xfe \xc3\x28\n" + sentence * 20)
    document = document_of(extract(path))
    assert "武汉市民政局2021年共承办建议提案117件" in document["text"]


def test_gbk_with_a_false_utf8_declaration_is_still_read_as_gbk():
    """The replica's wrong_charset fault: GBK bytes, ``charset=utf-8`` in header and meta."""
    page = GBK_PAGE.replace("<head>", '<head><meta charset="utf-8">').encode("gbk")
    assert "宜春市民政局2021年共承办人大代表建议15件" in decode_html(page, "text/html; charset=utf-8")


def test_a_gbk_page_without_a_charset_declaration_is_detected(tmp_path):
    path = tmp_path / "gbk.html"
    path.write_bytes(GBK_PAGE.encode("gbk"))
    document = document_of(extract(path))
    assert document["title"] == "宜春市民政局关于市五届人大一次会议第12号建议的答复"
    assert "办复率100%" in (document["text"] or "")


def test_deep_nesting_and_tag_soup_do_not_crash(tmp_path):
    deep, soup = tmp_path / "deep.html", tmp_path / "soup.html"
    deep.write_bytes(b"<html><body>" + b"<div>" * 100_000 + "市民政局".encode() + b"</div>" * 100_000 + b"</body></html>")
    soup.write_bytes(b"<" * 500_000)
    assert "warnings" in document_of(extract(deep))
    assert "warnings" in document_of(extract(soup))


def test_a_50_mb_page_is_read_to_a_cap_with_a_warning_in_seconds(tmp_path):
    path = tmp_path / "huge.html"
    start = WUHAN_PAGE.index(b">", WUHAN_PAGE.index(b"TRS_UEDITOR")) + 1
    filler = "<p>市民政局办理建议第{}件，办复率100%。</p>\n"
    with open(path, "wb") as handle:
        handle.write(WUHAN_PAGE[:start])
        number = 0
        while handle.tell() < 50 * 1024 * 1024:
            handle.write("".join(filler.format(number + k) for k in range(1000)).encode())
            number += 1000
        handle.write(WUHAN_PAGE[start:])
    began = time.monotonic()
    document = document_of(extract(path, timeout=120))
    assert time.monotonic() - began < 60
    assert f"input_truncated:{MAX_INPUT_BYTES}" in document["warnings"]
    assert document["title"]
