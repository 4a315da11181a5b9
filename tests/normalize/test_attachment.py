"""normalize_attachment and adopt_attachments: pure, on readings given as plain dicts."""

from __future__ import annotations

from normalize import normalize_page
from normalize.attachment import adopt_attachments, normalize_attachment

SUMMARY = ["市民政局2023年建议提案办理工作总结",
           "2023年我局共收到市人大代表建议41件、政协提案55件,共计96件。",
           "按办理类别分为:主办29件、会办67件。",
           "所有建议提案均在规定时限内办结,见面率100%、办复率100%。"]


def _reading(**extra) -> dict:
    return {"kind": "pdf", "pages": ["\n".join(SUMMARY[:2]), "\n".join(SUMMARY[2:])], "tables": [], "flags": [],
            "warnings": [], "ocr_confidence": None, "uncertain_lines": [], "html": None, **extra}


def test_evidence_says_file_and_page():
    document = normalize_attachment(_reading(), name="总结.pdf")
    assert document["counts"]["total"] == 96 and document["counts"]["lead"] == 29
    assert document["evidence_source"]["counts.total"] == {"file": "总结.pdf", "page": 1}
    assert document["evidence_source"]["counts.lead"] == {"file": "总结.pdf", "page": 2}


def test_a_low_confidence_ocr_line_keeps_its_figures_out():
    reading = _reading(flags=["ocr"], ocr_confidence=0.93, uncertain_lines=["按办理类别分为:主办29件、会办67件。"])
    document = normalize_attachment(reading, name="scan.pdf")
    assert document["counts"]["lead"] is None and document["counts"]["joint"] is None
    assert "counts.lead" not in document["evidence"]
    assert document["counts"]["total"] == 96  # from a line read with confidence
    assert {"ocr", "low_ocr_confidence"} <= set(document["flags"]) and document["ocr_confidence"] == 0.93
    assert "low_ocr_confidence:counts.lead" in document["warnings"]


def test_unreadable_attachment_gives_an_empty_document_with_the_reason():
    document = normalize_attachment(_reading(pages=[], warnings=["attachment_encrypted:pdf"]), name="x.pdf")
    assert document["text"] is None and document["warnings"][0] == "attachment_encrypted:pdf"


PAGE = ("<html><head><meta charset='utf-8'><title>市民政局2023年建议提案办理工作总结</title></head><body>"
        "<div class='TRS_Editor'><p>市民政局2023年建议提案办理工作总结详见附件。</p></div>"
        "<a href='/a/P01.pdf'>市民政局2023年建议提案办理工作总结.pdf</a></body></html>")


def test_a_page_that_points_to_its_attachment_takes_text_and_figures():
    page = normalize_page(PAGE, url="https://example.gov.cn/a/t1.html")
    assert "content_in_attachment" in page["warnings"] and page["counts"]["total"] is None
    attached = normalize_attachment(_reading(), url="https://example.gov.cn/a/P01.pdf", name="总结.pdf")
    document = adopt_attachments(page, [attached])
    assert document["counts"]["total"] == 96 and document["rates"]["reply_rate"] == 100
    assert document["text"] == attached["text"] and document["title"] == page["title"]
    assert "content_in_attachment" in document["flags"] and "content_in_attachment" not in document["warnings"]
    assert document["evidence_source"]["counts.total"]["file"] == "总结.pdf"


def test_an_unreadable_attachment_leaves_the_warning_and_says_why():
    page = normalize_page(PAGE, url="https://example.gov.cn/a/t1.html")
    broken = normalize_attachment(_reading(pages=[], warnings=["attachment_encrypted:pdf"]), name="x.pdf")
    document = adopt_attachments(page, [broken])
    assert {"content_in_attachment", "attachment_encrypted:pdf"} <= set(document["warnings"])
    assert document["counts"]["total"] is None
