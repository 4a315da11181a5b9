"""Hard-wrapped lines joined back (normalize/reflow.py), on the lines of real pages."""

from hypothesis import given
from hypothesis import strategies as st

from normalize import normalize_page
from normalize.reflow import display_width, unwrapped, wrap_width

# tests/real c1d2989ea003 (公文搜, a 州政府's 2019 account kept as text wrapped at about 75 columns)
WRAPPED = [
    "州政府办理2019年省人大建议和省政协提案工作总结",
    "省政府办公厅:",
    "2019年接到省人民政府办公厅转来我州办理的省十三届人大二次会议代表建议共9件",
    ",省政协十二届二次会议提案共8件,全国人大代表建议1件,全国政协委员提案1件,共",
    "计19件,已按要求全部办理完毕,现将办理情况报告如下:",
    "一、建议提案办理的基本情况",
    "今年我州办理的省人大代表建议省政协提案涉及的内容多,范围广,主要有发展规",
    "划、科教文旅、交通、社会公共服务等四个方面的问题。我州主办件为2件,协办件为1",
    "7件。",
    "接到这些建议提案后,州委常委、州政府常务副州长黄伟同志和州委常委、州委秘",
    "书长瓦标龙同志高度重视,召开交办会,明确要求各承办部门结合我州实际,深入调查",
    "研究,千方百计解决代表、委员提出的问题,实事求是地将办理情况答复代表和委员,",
    "州政府领导逐件进行督办、审签。",
]


def test_a_wrapped_page_has_its_paragraphs_back_and_its_headings_kept():
    lines = unwrapped(WRAPPED)
    assert lines[:2] == WRAPPED[:2] and lines[3] == "一、建议提案办理的基本情况"
    assert lines[2].endswith("共计19件,已按要求全部办理完毕,现将办理情况报告如下:")
    assert "协办件为17件。" in lines[4]
    assert lines[5].startswith("接到这些建议提案后") and lines[5].endswith("审签。")


def test_the_counts_broken_over_lines_are_read():
    document = normalize_page("\n".join(WRAPPED))
    assert document["counts"]["total"] == 19 and document["counts"]["joint"] == 17


def test_a_page_of_whole_paragraphs_is_left_as_it_is():
    # tests/real fc064ba3928c-like reader text: one paragraph a line, widths all different
    lines = ["2020年,市民政局共承办建议提案41件,其中人大代表建议16件,政协提案25件,已全部办结,办复率100%,满意率100%。",
             "市民政局高度重视建议提案办理工作,召开专题会议部署,明确分管领导和责任科室,建立台账逐件推进。" * 2,
             "一是加强组织领导。", "二是强化沟通协商,办理前、办理中、办理后与代表委员面对面沟通,听取意见建议。"] * 3
    assert wrap_width([display_width(line) for line in lines]) is None
    assert unwrapped(lines) == lines


@given(st.lists(st.text(alphabet="建议提案办理件年,。、一二三123", min_size=0, max_size=60), max_size=30))
def test_joining_loses_no_character_and_never_adds_lines(lines):
    joined = unwrapped(lines)
    assert "".join(joined) == "".join(lines) and len(joined) <= len(lines)
