"""bench/first_sight_errors.py --fields: the classes of an issuer mismatch."""

from bench.first_sight_errors import issuer_class


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
