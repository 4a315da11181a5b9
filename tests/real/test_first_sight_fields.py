"""bench/first_sight_fields.py: the classes of a field's error at first sight (real values, page ids in comments)."""

from bench.first_sight_fields import error_class, issuer_class, title_class, year_class


def test_a_name_where_the_label_has_null_and_null_where_it_names_one():
    assert issuer_class(None, "政协河池市委员会") == "a"  # d0b13db927be
    assert issuer_class("国家邮政局", None) == "b"  # 52b2cc38cd9f


def test_the_same_body_in_another_name_form():
    assert issuer_class("南京市高淳區工業和信息化局", "南京市高淳區工信局") == "d"  # ffc269a43a49
    assert issuer_class("普洱市民族宗教事务委员会", "普洱市民族宗教委员会") == "d"  # 4d5704e9e542
    assert issuer_class("政协邢台市第十四届委员会第六次会议提案委员会", "政协邢台市委员会提案委员会") == "d"  # dc4d4f5c0bc5


def test_a_house_and_its_own_committee_or_another_body_are_two_bodies():
    assert issuer_class("政协湖北省委员会提案委员会", "政协湖北省委员会") == "c"  # b804270e9952
    assert issuer_class("政协格尔木市委员会", "政协格尔木市委员会常务委员会") == "c"  # ab025cf0aa7f
    assert issuer_class("广州市人民代表大会常务委员会", "广州市人民代表大会") == "c"  # dea4c8cee353
    assert issuer_class("上海市水务局", "上海市商务局") == "c"  # 87d27e501839


def test_a_year_missed_or_made_up():
    assert year_class(2015, None, {2015}) == "null_for_year"  # 4c5ddd71c3d7
    assert year_class(None, 2022, {2022}) == "year_for_null"  # 44131e6d54f4: the publish year


def test_a_year_off_by_one_says_which_is_the_publish_year():
    assert year_class(2018, 2017, {2018}) == "off_by_one:label=publish"  # 88ac2ca8be57
    assert year_class(2018, 2017, {2017}) == "off_by_one:banli=publish"
    assert year_class(2018, 2017, set()) == "off_by_one:neither=publish"
    assert year_class(2018, 2015, {2018}) == "other"


def test_a_title_missed_made_up_or_another_text():
    assert title_class("省政协七届四次会议今日开幕", None) == "null_for_title"  # c0b1ee462b50
    assert title_class(None, "现将我厅2019年人大代表建议办理工作情况报告") == "title_for_null"  # f6efbe6704f3
    assert title_class("聚焦两会:办理好建议提案 政府在行动", "办理好建议提案 政府在行动") == "other"  # 56ea82c99ca0


def test_each_field_goes_to_its_classer_and_any_other_field_to_its_pair():
    assert error_class("title", "呼和浩特市政协提案委就民主评", "呼和浩特市政协提案委就民主评 ", {}, {}) == "right"  # 72896a098189
    assert error_class("title", "省政协七届四次会议今日开幕", None, {}, {}) == "null_for_title"  # c0b1ee462b50
    assert error_class("issuing_body", "国家邮政局", None, {}, {}) == "b"  # 52b2cc38cd9f
    assert error_class("handling_year", 2018, 2017, {"publish_date": "2018-05-01"}, {}) == "off_by_one:label=publish"
    assert error_class("doc_subtype", "other", "meeting_news", {}, {}) == "other->meeting_news"  # 83a9beee249e
