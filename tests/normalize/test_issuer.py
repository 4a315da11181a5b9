import pytest

from normalize.issuer import body_at_start, is_body_name, place_hint, resolve_issuer
from tests.normalize.conftest import seed_text


@pytest.mark.parametrize("raw, name, jurisdiction, level", [
    ("武汉市民政局", "武汉市民政局", "武汉市", "city"),
    ("嘉定区民政局", "上海市嘉定区民政局", "嘉定区", "district"),
    ("上海市嘉定区民政局", "上海市嘉定区民政局", "嘉定区", "district"),
    ("湖北省民政厅", "湖北省民政厅", "湖北省", "province"),
    ("民政部", "民政部", "全国", "national"),
    ("淮阴区民政局", "淮阴区民政局", "淮阴区", "district"),  # as printed (tests/real labels: 马关县交通运输局)
])
def test_full_names(raw, name, jurisdiction, level):
    assert resolve_issuer(raw)[:3] == (name, jurisdiction, level)


def test_relative_name_from_source_jurisdiction():
    assert resolve_issuer("区民政局", "", place_hint("嘉定区")).name == "上海市嘉定区民政局"
    assert resolve_issuer("市民政局", "", place_hint("嘉定区")).name == "上海市民政局"


def test_relative_name_from_full_mention_in_text():
    assert resolve_issuer("区民政局", seed_text("003")).name == "上海市嘉定区民政局"
    assert resolve_issuer("市民政局", seed_text("004")).name == "宜春市民政局"


def test_relative_name_unresolved_without_evidence():
    resolution = resolve_issuer("市民政局", "我局认真办理建议。")
    assert resolution.name is None and resolution.warnings == ("issuer_relative_unresolved:市民政局",)


def test_ambiguous_place_is_not_guessed():
    resolution = resolve_issuer("市中区民政局")
    assert resolution.jurisdiction is None and resolution.warnings == ("ambiguous_place:市中区",)
    assert resolve_issuer("市中区民政局", "", place_hint("乐山市")).jurisdiction == "市中区"


@pytest.mark.parametrize("name", ["县政府网站", "本网", "本站", "灵感范文站", "", None, "武汉市"])
def test_non_bodies(name):
    assert not is_body_name(name)


def test_body_at_start_of_title():
    assert body_at_start("市民政局2024年人大建议办理情况报告") == "市民政局"
    assert body_at_start("关于市政府系统2021年人大代表建议和政协提案办理工作情况的通报") is None
