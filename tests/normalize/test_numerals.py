import pytest

from normalize.numerals import chinese_to_int


@pytest.mark.parametrize("token, value", [
    ("13", 13), ("十三", 13), ("十", 10), ("二十", 20), ("一百零五", 105), ("两千", 2000),
    ("二〇二一", 2021), ("三万五千", 35000), ("一", 1), ("零", 0),
])
def test_values(token, value):
    assert chinese_to_int(token) == value


@pytest.mark.parametrize("token", ["", "abc", "十三件", "三五十"])
def test_not_numerals(token):
    assert chinese_to_int(token) is None
