"""bench/figure_gates.py: the page gates read the headline, the issuer's source and the model's P(summary)."""

from bench.figure_gates import Figure, either, headline_without_account, issuer_weak, no_account


def figure(title: str, issuer: str | None = "徐州市公安局", warnings: tuple[str, ...] = ()) -> Figure:
    return Figure("8768cf291ee5", "counts.cppcc_proposals", "spurious", "notice", title, issuer, warnings)


def test_a_headline_naming_the_handling_names_an_account():
    assert not no_account(figure("徐州公安高质量完成首批40件政协提案办理"), 0.73)  # 8768cf291ee5


def test_a_session_discussion_names_no_account():
    assert no_account(figure("为新青海建设贡献政协智慧和力量 省政协十二届二次会议进行分组讨论"), 0.19)  # 6a936ad303dc


def test_a_page_without_headline_is_judged_only_by_the_wider_gate():
    assert no_account(figure(""), 0.9) and not headline_without_account(figure(""), 0.9)


def test_an_issuer_from_the_address_is_weak_and_gates_combine():
    weak = figure("罗庄区水务局2023年度政协提案办理总体情况", "临沂市罗庄区水务局", ("issuer_from_address",))
    assert issuer_weak(weak, 0.99) and either(no_account, issuer_weak)(weak, 0.99)
    assert not issuer_weak(figure("罗庄区水务局2023年度政协提案办理总体情况"), 0.99)
