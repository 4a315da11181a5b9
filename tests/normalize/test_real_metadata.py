"""Metadata blocks of real detail pages (tests/spiders/fixtures/real/detail, see its README):
label and value in separate elements, in one cell, or a label line followed by a value line."""

from pathlib import Path

import pytest

from normalize.document import normalize_page

DETAIL = Path(__file__).resolve().parent.parent / "spiders" / "fixtures" / "real" / "detail"

CASES = {
    "shyp_label_span_value_span.html": {"index_number": "YP-2026-00491", "doc_number": "杨府发〔2026〕4号",
                                        "issuing_body": "上海市杨浦区人民政府"},
    "gxt_zwxxgk_table.html": {"index_number": "696785044/2026-00017", "publish_date": "2026-04-17"},
    # the stored text begins "号: 003043524/…" (its 索引号 label cut): no index number is asserted
    "huaiyuan_two_fields_a_line_fragment.txt": {"doc_number": "怀政办〔2022〕15号", "publish_date": "2022-03-26"},
    "mingxi_fujian_block_fragment.txt": {"index_number": "SM04101-1100-2018-00010", "doc_number": "明政办〔2018〕21号",
                                         "publish_date": "2018-03-16"},
    "zb_label_line_value_line.txt": {"index_number": "6107280000/2024-001005", "doc_number": "镇政发〔2024〕7号",
                                     "publish_date": "2024-04-06"},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_metadata_of_a_real_detail_block(name):
    document = normalize_page((DETAIL / name).read_bytes(), url=f"https://www.example.gov.cn/{name}")
    for field, value in CASES[name].items():
        assert document[field] == value, field


def test_a_label_with_nothing_after_it_takes_no_value_from_the_next_label():
    page = "主题分类:\n来源:\n索引号:\n6107280000/2024-001005\n关于市政协提案的答复\n正文第一段，内容如下。".encode()
    document = normalize_page(page, url="https://www.example.gov.cn/a.txt")
    assert document["index_number"] == "6107280000/2024-001005"
    assert document["issuing_body"] is None


def test_a_disclosure_entry_s_name_label_is_no_part_of_the_title():
    # tests/real 5e72914f46d2 (新华网's copy of 国家能源局's catalogue entry: 公开事项名称: 关于…的答复摘要 over the heading)
    page = ("关于十四届全国人大三次会议第0920号建议的答复摘要-新华网\n您当前位置:首页 > 正文\n目录项的基本信息\n"
            "公开事项名称: 关于十四届全国人大三次会议第0920号建议的答复摘要\n索引号: 000019705/2025-000273 主办单位: 国家能源局\n"
            "制发日期: 2025-07-10\n关于十四届全国人大三次会议第0920号建议的答复摘要\n"
            "您提出的关于将曹县煤田纳入国家规划并加速开发建设的建议收悉,经商自然资源部、国家矿山安监局、山东省人民政府,现答复如下:")
    assert normalize_page(page.encode())["title"] == "关于十四届全国人大三次会议第0920号建议的答复摘要"
