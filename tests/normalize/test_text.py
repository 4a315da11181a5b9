import pytest

from normalize import normalize_page
from normalize.text import clean_lines, is_chrome_line, is_traditional, nfkc, to_simplified
from tests.normalize.conftest import real_page


@pytest.mark.parametrize("line", [
    "已阅 0  打印   关闭", "武汉市数据开放平台智能问答繁体登录注册", "访问量:", "关联稿件:", "扫一扫在手机打开当前页",
    "扫一扫在手机上查看当前页面", "返回顶部关闭本页", "位置:首页 > 实用文 > 汇报材料", "您当前所在位置: 首页>政务公开",
    "【打印】【关闭】", "【字体:大 中 小】", "字号:[ 大 中 小 ]", "分享到: 微信 微博", "网站标识码:4201000028",
    "上一篇:关于…的通知", "扫描二维码查看原文", "侦策百科收集整理,相关权利归属源作者",
    "http://www.zcbk.cn/uploads/allimg/20210508/1-21050Q11431415.jpg", "",
    # a picture's file name between the headline and the text (tests/real 4612d3ab977d, 8b54771e17ff)
    "IMG20170511091709.jpg", "20220309_99f675aa69326fb71ec09b62b30b6ceb.jpg",
    # a portal's notice to old browsers and its IPv6 badge (dev 580e874fbd71, over a Guangdong department's reply)
    "你正在使用的浏览器版本过低,为保障你的数据安全及获得最佳浏览效果,请使用最新版本的浏览器。",
    "我们建议使用chrome或Microsoft Edge浏览器。", "若你当前使用的浏览器为QQ浏览器、360浏览器、2345浏览器等仍出现该提示,请切换至极速模式。×",
    "网站支持IPv6",
    # tests/real 8652722cf5dc: 请升级浏览器版本 / 你正在使用旧版本浏览器。请升级浏览器以获得更好的体验。
    "请升级浏览器版本", "你正在使用旧版本浏览器。请升级浏览器以获得更好的体验。",
])
def test_chrome_lines(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", [
    "市民政局2021年议提案办理工作总结", "主办件18件,会办件10件。", "附件:", "武汉市民政局", "2021年9月30日",
    "局办公室及时分办、督办,打印并关闭归档。", "建议使用国产浏览器开展政务办公,我局将研究落实。", "关于升级浏览器的建议",
    "退役军人事务部与部分军队政协委员座谈01.jpg",  # a headline printed as its picture's name (tests/real a9b8ceee3cf1)
])
def test_body_lines_kept(line):
    assert not is_chrome_line(line)


def test_t2s_and_script():
    original = "殯葬 辦復率 滿意率 爲 羣衆"
    simplified = to_simplified(original)
    assert simplified == "殡葬 办复率 满意率 为 群众"
    assert is_traditional(original, simplified)
    assert not is_traditional("殡葬办复率满意率", to_simplified("殡葬办复率满意率"))


def test_nfkc_and_spaces():
    assert nfkc("１００％，满意") == "100%,满意"
    assert clean_lines("  a\u3000\u00a0b  \n\n\u3000\nc") == ["a b", "c"]


def test_pinyin_glosses_after_characters_go_even_when_doubled():
    from normalize.text import without_pinyin_glosses
    assert without_pinyin_glosses("办(ban)(ban)理 政协(xié)召开") == "办理 政协召开"
    assert without_pinyin_glosses("附件 (a) 第x(ab)条") == "附件 (a) 第x(ab)条"
    # tests/real ce1b4bf86cc2 and 4c1eba67fca6: a converter that leaves a space before the closing bracket
    assert without_pinyin_glosses("全国人大常委会(huì )办公厅召开代表建议交办会(huì )") == "全国人大常委会办公厅召开代表建议交办会"


def test_a_variant_of_a_place_s_character_is_simplified_as_its_standard_form():
    # tests/real e22790528c58 (寧陜縣政協組織縣住建局…: 陜, a variant of 陝, which t2s leaves alone)
    assert to_simplified("近日,寧陜縣政協組織縣住建局、創建辦等提案承辦單位") == "近日,宁陕县政协组织县住建局、创建办等提案承办单位"


def test_a_lone_cells_border_goes_but_a_datelines_bars_stay():
    # tests/real 8d1002d63017 (县政协集中开展提案办理走访活动 |, bare | rows); 7d69466a05c1 (date | site |)
    assert clean_lines("县政协集中开展提案办理走访活动 |\n|\n||\n2013-11-15 00:00:00 | 湖北省建设信息中心 | ") == [
        "县政协集中开展提案办理走访活动", "2013-11-15 00:00:00 | 湖北省建设信息中心 |"]


def test_a_lone_cells_leading_bar_goes_over_a_rows_border():
    # tests/real efd84099fcf6 (tianshui: | 天水市交通运输局关于…的答复 | ||||: one cell in a bordered row, its headline); a row of
    # two cells keeps its bars
    assert clean_lines("政府信息公开\n| 天水市交通运输局关于对市人大七届四次会议第62号建议的答复 | ||||||||\n| 2019-09-25 阅读: | ||||\n"
                       " | 索引号 | 013542/2019-00123") == [
        "政府信息公开", "天水市交通运输局关于对市人大七届四次会议第62号建议的答复", "2019-09-25 阅读:", "| 索引号 | 013542/2019-00123"]


def test_an_indent_turned_into_question_marks_goes():
    # tests/real 830f205966db (a reply's signature ??鐵嶺縣交通運輸局 / ??2024年6月3日); a question mark inside a line stays
    assert clean_lines("??下一步我局將會同橫道河子鎮政府研究維修方案。\n??鐵嶺縣交通運輸局\n??2024年6月3日\n是否办结?是") == [
        "下一步我局將會同橫道河子鎮政府研究維修方案。", "鐵嶺縣交通運輸局", "2024年6月3日", "是否办结?是"]
    page = "張帥、張維斌代表:\n??您提出的建議收悉,現答復如下:\n??下一步我局將會同鎮政府研究維修方案。\n??鐵嶺縣交通運輸局\n??2024年6月3日"
    assert normalize_page(page)["publish_date"] == "2024-06-03"


def test_font_size_buttons_on_their_own_line_are_chrome():
    # tests/real 43c5288d4611 (遵義市政協六屆一次會議勝利閉幕 / • A+ / 政協第六屆…: the headline over the lead, was null)
    assert is_chrome_line("  • A+") and is_chrome_line("A-")
    assert not is_chrome_line("A+类提案") and not is_chrome_line("A")


def test_a_share_button_on_its_own_line_is_chrome_745643632435():
    # 重庆市政协四届三次会议开幕 / 分享 / 17日,…: the button, not the headline's second line
    assert is_chrome_line("分享")
    assert not is_chrome_line("分享履职经验")


def test_a_back_to_top_button_in_either_script_is_chrome_48f1f7313aca():
    # 回頂部 / 當前位置: 首頁 » … / 對十三屆全國人大四次會議第1250號建議的答復: the button was read as the headline's opening
    # line, and as its issuer
    assert is_chrome_line("回頂部") and is_chrome_line("返回頂部") and is_chrome_line("回顶部")
    assert not is_chrome_line("回顶部的路")
    document = normalize_page(real_page("48f1f7313aca"))
    assert document["title"] == "對十三屆全國人大四次會議第1250號建議的答復"
    assert document["issuing_body"] is None
