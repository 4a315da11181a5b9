import pytest

from normalize import normalize_page
from normalize.metadata import edition_date, is_metadata_line, org_code_valid, parse_date, parse_index_number, parse_metadata_lines
from tests.normalize.conftest import real_page


@pytest.mark.parametrize("raw, prefix, year, serial", [
    ("010886343/2021-62972", "010886343", 2021, "62972"),
    ("000014349/2020-00072", "000014349", 2020, "00072"),
    ("00001434-9/2021-00178", "00001434-9", 2021, "00178"),
    ("6107280000/2024-001005", "6107280000", 2024, "001005"),
    ("01527918X-2020-153077", "01527918X", 2020, "153077"),
    ("11341702003255124U/202301-00126", "11341702003255124U", 2023, "00126"),
    ("1431551610/sbj/2020-0000106", "1431551610/sbj", 2020, "0000106"),
    ("XM02123-0101-2023-00001", "XM02123-0101", 2023, "00001"),
    ("20191202-189769", None, 2019, "189769"),
    ("53040020251631683", None, None, None),
])
def test_index_numbers(raw, prefix, year, serial):
    assert tuple(parse_index_number(raw)) == (prefix, year, serial)


def test_org_code_check():
    assert org_code_valid("000014349") is True
    assert org_code_valid("00001434-9") is True
    assert org_code_valid("000014348") is False
    assert org_code_valid("1431551610/sbj") is None


def test_spaced_labels_and_empty_value_followed_by_label():
    fields = parse_metadata_lines([
        "索 引 号 010886343/2021-62972 发布日期 2021-10-08", "发布机构 武汉市民政局 公开范围 面向社会",
        "公开方式 主动公开 文  号", "主题分类 其他 有 效 性 有效",
    ])
    assert fields["index_number"] == "010886343/2021-62972"
    assert fields["publish_date"] == "2021-10-08"
    assert fields["issuing_body"] == "武汉市民政局"
    assert fields["doc_number"] is None
    assert fields["topic_category"] == "其他"
    assert fields["validity"] == "有效"


def test_nbsp_fullwidth_spaces_and_table_cells():
    fields = parse_metadata_lines(["索\u00a0引\u00a0号: | 00001434-9/2021-00178 | 发布机构: | 区民政局 |",
                                   "发文日期: | 2021年11月15日 | 文\u3000\u3000号: | -- |"])
    assert fields["index_number"] == "00001434-9/2021-00178"
    assert fields["issuing_body"] == "区民政局"
    assert fields["written_date"] == "2021年11月15日"
    assert fields["doc_number"] is None


def test_one_run_block_is_cut_at_each_label():
    fields = parse_metadata_lines(["索引号:11341702003255124U/202301-00126发布机构:市民政局文号:宣民复〔2023〕12号成文日期:2023-07-18"])
    assert fields == {"index_number": "11341702003255124U/202301-00126", "issuing_body": "市民政局",
                      "doc_number": "宣民复〔2023〕12号", "written_date": "2023-07-18"}


def test_label_words_inside_sentences_are_not_labels():
    assert not is_metadata_line("我局来源于群众的建议分类办理。")
    assert is_metadata_line("栏目:宜昌市人民政府办公室-通知公告 发布时间:2021-10-13")


@pytest.mark.parametrize("text, date", [
    ("2021年11月 15 日", "2021-11-15"), ("2021-10-08 10:00", "2021-10-08"), ("二〇二一年九月三十日", "2021-09-30"),
    ("2021/9/3", "2021-09-03"), ("2021年13月1日", None), ("无", None), (None, None),
    # tests/real 6eda0b9cd96a: a signature's Chinese year with its 〇 typed as a digit
    ("二0一一年三月十五日", "2011-03-15"), ("2011年三月", None),
    # tests/real acf70c044a15: a wire's dateline, its year spaced off the month and day
    ("2023 10/21 11:47:04", "2023-10-21"), ("2023 10/21", "2023-10-21"), ("共2023 10件", None),
])
def test_dates(text, date):
    assert parse_date(text) == date


def test_news_datelines_and_more_date_labels_give_the_publish_date():
    # tests/real 8dd476e0cad5 (人民网 dateline), 9d5de9d9bb16 (发表时间), 5c1f3ba69eaf (编辑 … 发布日期)
    from normalize import normalize_page

    assert normalize_page("国务院部门牵头办理代表委员建议提案\n2020年05月10日09:42 来源:人民网-人民日报\n"
                          "本报北京5月9日电,建议提案全部办结。")["publish_date"] == "2020-05-10"
    assert normalize_page("我厅在全省政协提案办理协商会议上作典型经验介绍\n发表时间:2016-09-02 点击:\n"
                          "省政协召开全省政协提案办理协商会议。")["publish_date"] == "2016-09-02"
    assert normalize_page("全区人大代表建议和政协委员提案交办工作会议召开\n编辑:宣传部 发布日期:2018-03-07 点击:[]\n"
                          "3月6日,全区交办工作会议召开。")["publish_date"] == "2018-03-07"


def test_author_and_article_source_lines_name_the_issuer():
    # tests/real 55999b44ca9c (作者:云南省住房和城乡建设厅) and abfd543d6d42 (文章来源: 阳春市卫生健康局)
    from normalize import normalize_page

    document = normalize_page("人大代表建议和政协提案办理情况\n作者:云南省住房和城乡建设厅 来源: 时间:2022-09-26\n"
                              "2022年省两会召开以后,交由我厅办理的建议提案共76件。")
    assert document["issuing_body"] == "云南省住房和城乡建设厅" and document["publish_date"] == "2022-09-26"
    document = normalize_page("市卫生健康局:重视人大建议和政协提案办理\n2023-05-16 11:48:06 文章来源: 阳春市卫生健康局\n"
                              "5月15日,市卫生健康局召开会议。")
    assert document["issuing_body"] == "阳春市卫生健康局"


def test_the_formal_issuer_and_the_posting_unit_are_apart():
    # tests/real 738008d6dec1 (来源:市司法局 … 制发机关 宜兴市人民政府)
    fields = parse_metadata_lines(["来源:市司法局       时间:2025-08-14 15:02:52", "制发机关 宜兴市人民政府"])
    assert (fields["issuing_body"], fields["posted_by"]) == ("宜兴市人民政府", "市司法局")


def test_the_titles_body_comes_before_the_unit_that_posted_the_page():
    from normalize import normalize_page

    # tests/real db3f9386955e (深圳市人民政府关于…的通报, 来源:深圳政协 on the CPPCC's site)
    page = ("深圳市人民政府关于市政协七届一次会议以来提案办理情况的通报\n来源:深圳政协 发布时间:2022-04-10\n"
            "现将政府系统办理市政协七届一次会议以来提案情况通报如下:")
    assert normalize_page(page, url="https://www.szzx.gov.cn/content/2022-04/10/content_25049664.htm")[
        "issuing_body"] == "深圳市人民政府"


def test_a_label_with_a_second_one_in_brackets_before_its_colon():
    # tests/real ced4e959d8be (大庆市政协: 作者(来源):市政协      日期:2023-10-26              访问量:3650)
    line = "作者(来源):市政协      日期:2023-10-26              访问量:3650"
    assert is_metadata_line(line)
    fields = parse_metadata_lines([line])
    assert fields["author"] == "市政协"
    assert fields["publish_date"].startswith("2023-10-26")


def test_an_article_s_author_label_ends_its_source_s_value():
    # tests/real b49777e1c8d3 (文章来源:周村人大 文章作者:淄博人大)
    fields = parse_metadata_lines(["发布时间:2010-04-14 15:01:56 文章来源:周村人大 文章作者:淄博人大"])
    assert (fields["posted_by"], fields["author"]) == ("周村人大", "淄博人大")


def test_fujian_block_labels_and_a_document_number_before_a_label_it_does_not_know():
    """Real lines: the 明溪县 block (tests/spiders/fixtures/real/detail/mingxi_fujian_block_fragment.txt)
    and the 怀远县 two-fields-a-line block (…/huaiyuan_two_fields_a_line_fragment.txt), whose
    有效性 label reached the stored text as 性."""
    fields = parse_metadata_lines(["- 索 引 号:SM04101-1100-2018-00010", "- 备注/文号:明政办〔2018〕21号",
                                   "- 发布机构:县政府办", "- 公文生成日期:2018-03-16"])
    assert (fields["doc_number"], fields["publish_date"]) == ("明政办〔2018〕21号", "2018-03-16")
    assert is_metadata_line("- 备注/文号:明政办〔2018〕21号")
    assert parse_metadata_lines(["发文字号: 怀政办〔2022〕15号 性: 有效"])["doc_number"] == "怀政办〔2022〕15号"


@pytest.mark.parametrize(("line", "date"), [
    ("《 人平易近日报 》( 2020年06月10日 02 版)", "2020-06-10"),  # tests/real 88ce929c7a87 (under a mirror's copy)
    ("人民法院报/2024 年/3 月/2 日/第 001 版", "2024-03-02"),  # tests/real cfdee06ff8f1 (a paper's page, spaced)
    ("云南政协报/2024 年/2 月/6 日/第 006 版大理市政协全会特别报道", "2024-02-06"),  # tests/real f6d3a3e8a956
    ("中国青年报(2017年02月22日01版)", "2017-02-22"),  # tests/real 525b0a67d3e3
    ("截至2024年3月2日第2版已刊发", None),  # no paper's name before the date
])
def test_a_newspaper_pages_date_line(line, date):
    assert edition_date(line) == date


def test_a_hebei_county_row_opening_with_its_genre_label():
    """体裁分类 opens the one-line block of Hebei county portals (tests/real b596ab0a3db0, 临西县; a842f732bafe,
    南宫市): read as 体裁 followed by text, the row was no metadata and its 发布机构 and 发布时间 were lost."""
    line = "体裁分类:政协委员提案     主题分类:民政、扶贫、救灾           发布时间: 2021-11-04      发布机构:临西县民政局      浏览次数:35"
    assert is_metadata_line(line)
    fields = parse_metadata_lines([line])
    assert (fields["topic_category"], fields["publish_date"], fields["issuing_body"]) == ("政协委员提案", "2021-11-04", "临西县民政局")


@pytest.mark.parametrize(("line", "field", "value"), [
    ("稿件来源:人民之声报 发布时间:2015-01-22 12:28:55", "posted_by", "人民之声报"),  # tests/real 53c286acd517 (甘肃人大网)
    ("编稿时间: 2025-10-09 16:29 来源: 市民政局", "publish_date", "2025-10-09"),  # tests/real b40a0c8c09ec
    ("刊发日期:2024-07-01 阅读次数: 作者:  语音阅读:", "publish_date", "2024-07-01"),  # tests/real 6e46110e10ab (新渝报)
    ("信息类别:", "topic_category", None),  # tests/real de33e1f326bb (a disclosure block's empty label)
    ("生效时间: 废止时间: 暂无", "effective_date", None),  # tests/real b29ac8308bf1: a label with no value
])
def test_more_labels_of_real_bylines_and_blocks(line, field, value):
    """Labels these pages open their byline or block with: unknown, the whole line was taken for text."""
    assert is_metadata_line(line)
    read = parse_metadata_lines([line]).get(field)
    assert (parse_date(read) if field == "publish_date" else read) == value


@pytest.mark.parametrize(("lines", "date"), [
    # tests/real 9f69ebbd3636
    (["发布机构: 江苏省文化和旅游厅 生成日期: 2023-06-16", "【信息时间: 2023-07-05 17:35 浏览次数: 信息来源:江苏"], "2023-07-05"),
    (["生成日期:2023-05-05 公开日期:2023-05-16 废止日期:有效"], "2023-05-16"),  # tests/real b6437be07e53 (simplified as read)
    (["生成日期:2023-05-05", "发布日期:"], "2023-05-05"),  # no publication date printed: the catalogue's date still dates it
    (["发布日期:2023-05-01 生成日期:2023-05-05"], "2023-05-01"),
])
def test_a_publication_date_outranks_the_catalogues_generation_date(lines, date):
    assert parse_date(parse_metadata_lines(lines)["publish_date"]) == date


@pytest.mark.parametrize(("lines", "date"), [
    # tests/real 5c6a7ed3acdf (绍兴市公安局): the disclosure table's date, then the posting's under the headline
    (["发布机构: 市公安局 公开日期: 2024-07-01", "主办单位: 市公安局", "发布日期:2024-07-19 浏览次数: 字体:[ ]"], "2024-07-19"),
    # tests/real 6cea636648be (浙江省民宗委): a table's cells, then the posting's time
    (["公开日期: | 2021-12-21 | 发布机构: | 浙江省民宗委 |", "主动公开", "发布时间:2021-12-20 18:30"], "2021-12-20"),
    (["公开日期: 2024-07-01", "发布日期:"], "2024-07-01"),  # no posting date printed: the disclosure's still dates it
    (["发布日期:2024-07-19 公开日期: 2024-07-01"], "2024-07-19"),
    (["公开日期: 2024-07-01", "更新时间: 2024-07-19"], "2024-07-01"),  # only a posting date outranks it
])
def test_a_posting_date_outranks_the_disclosure_tables_date(lines, date):
    assert parse_date(parse_metadata_lines(lines)["publish_date"]) == date


@pytest.mark.parametrize(("line", "date"), [
    ("发布日期:21/09/24 15:59:22 作者:林草局 点击数: 来源:", "2021-09-24"),  # tests/real 89832389764e (甘南州林草局)
    ("发布日期:24/06/28 08:44:28 作者:林草局 点击数: 来源:", "2024-06-28"),  # tests/real e570f5ab3f69
    ("发布日期:21/09/24", None),  # no time after it: nothing says which part is the year
])
def test_a_cms_date_with_a_two_digit_year_before_its_time_is_read(line, date):
    assert parse_date(parse_metadata_lines([line])["publish_date"]) == date


def test_a_disclosure_blocks_labels_glued_to_their_values():
    """tests/real 4db8efa1bffb (平顺县 portal: 发文机关平顺县林业局 发布日期2025-11-21) and 47f1c02ffe95 (a law site's copy,
    one label and its value a line): the cells ran together; a date's label counts only before a digit."""
    fields = parse_metadata_lines(["索引号000014349/2025-29292 成文日期2025-11-21", "发文机关平顺县林业局 发布日期2025-11-21"])
    assert (fields["index_number"], fields["issuing_body"], parse_date(fields["publish_date"])) == (
        "000014349/2025-29292", "平顺县林业局", "2025-11-21")
    assert is_metadata_line("发文机关国家医疗保障局")
    assert not is_metadata_line("发布日期待定的会议将另行通知")


def test_a_reply_platforms_field_naming_the_answer_is_the_title():
    # dev b176bedfe064 (Guizhou's reply platform: the form's fields, 复文标题 the answer's own headline) and 8a21a4e7ff6b
    # (国台办's 复文名称)
    page = ("省体育局关于省十三届人大五次会议第204号建议的答复\n代表提案者: 何先美,王红梅,陈琴,杨雪峰\n会议届次: 省十三届人大五次会议\n"
            "建议提案标题: 关于支持建设德江马拉松赛道的建设的建议\n建议提案编号: 第204号\n主办单位: 省体育局\n"
            "复文标题: 省体育局关于省十三届人大五次会议第204号建议的答复\n答复内容:\n何先美代表:\n"
            "您提出的《关于支持建设德江马拉松赛道建设的建议》收悉。感谢您对我省体育工作的关心和支持。现就建议提出的有关问题答复如下:")
    assert normalize_page(page)["title"] == "省体育局关于省十三届人大五次会议第204号建议的答复"
    assert parse_metadata_lines(["复文名称:对十三届全国人大一次会议第3718号建议的答复"])["title"] == \
        "对十三届全国人大一次会议第3718号建议的答复"
    assert not is_metadata_line("建议提案标题: 关于支持建设德江马拉松赛道的建设的建议")  # the item's title, not the page's


def test_an_items_form_naming_who_raised_it_is_no_headline():
    # dev 9078e52ce686 (a township's items listed with their answers: 领衔代表:…, 附议代表:… under each item)
    assert is_metadata_line("附议代表:朱其顺、程孝平、方竹林、刘葆荣、汪海中")
    assert is_metadata_line("领衔代表:佘德梅 江山村(第一代表组)")
    page = ("一、关于开通江山村公交的建议\n领衔代表:佘德梅 江山村(第一代表组)\n附议代表:朱其顺、程孝平、方竹林、刘葆荣、汪海中\n"
            "议案内容:1、庐镇乡江山村辖18个村民组,1075人,村内百姓出行特别困难,特此申请通公交车。\n答复内容:\n"
            "尊敬的佘德梅、朱其顺、程孝平、方竹林、刘葆荣、汪海中代表:\n“关于开通江山村公交的建议”收悉,现答复如下:")
    assert not (normalize_page(page)["title"] or "").startswith("附议代表")


def test_a_byline_saying_when_it_was_posted_dates_the_page():
    # dev ad248d9bfe24 and 92a0ef913ea5 (达州 CPPCC's site: 作者: 来源: 发表于:2011年07月04日 文章点击数:2927)
    assert parse_date(parse_metadata_lines(["作者: 来源: 发表于:2011年07月04日 文章点击数:2927"])["publish_date"]) == "2011-07-04"
    page = ("区县政协 当前位置:首页>>区县政协>>正文\n大竹县交通运输局提案办理面商效果好\n"
            "作者: 来源: 发表于:2011年07月04日 文章点击数:2927\n大竹县交通运输局提案办理面商效果好\n"
            "7月1日上午,县交通运输局会场内提案办理面商座谈会正在进行。")
    assert normalize_page(page)["publish_date"] == "2011-07-04"


def test_a_ministry_pages_font_control_before_its_publication_time():
    # dev 63806f08931b and df36a80c8a6e (住房城乡建设部: 选择字体:[--] 发布时间:… under the answer's headline, the metadata
    # block above it giving only the 发文日期)
    line = "选择字体:[--] 发布时间:2023-12-29 14:43:43"
    assert is_metadata_line(line)
    assert parse_date(parse_metadata_lines([line])["publish_date"]) == "2023-12-29"


def test_an_issuer_ends_where_an_unknown_label_starts():
    # tests/real e79daa008a53 (秦皇岛市公安局's page: 发布机构:公安局 字体:[ 大 中 小], a font control after the issuer)
    fields = parse_metadata_lines(["发布时间:2019-09-20 发布机构:公安局 字体:[ 大 中 小]"])
    assert (fields["issuing_body"], fields["publish_date"]) == ("公安局", "2019-09-20")


def test_bracketed_label_cells_with_their_values_on_the_next_line():
    # tests/real e689c8e7e992 (重庆市南川区水利局's reply: [ 标  题 ] over its value, [ 成文日期 ] over its date)
    lines = ["[ 发布机构 ]", "南川区水利局", "[ 标  题 ]", "重庆市南川区水利局关于区十八届人大三次会议第189号建议的答复函",
             "[ 成文日期 ]", "2023-06-09", "[ 发布日期 ]", "2023-07-05"]
    page = ("您当前的位置:首页>政务公开>建议提案办理\n" + "\n".join(lines) + "\n鲜思娅代表:\n"
            "您提出的《关于加大人饮项目建设的建议》(第189号)收悉。经我局研究办理,现答复如下:\n近年来,区水利局对人饮项目建设非常重视。")
    document = normalize_page(page)
    assert document["title"] == "重庆市南川区水利局关于区十八届人大三次会议第189号建议的答复函"
    assert document["publish_date"] == "2023-07-05"


def test_a_publisher_named_short_and_relatively_gives_way_to_its_full_name_in_the_title():
    # tests/real 706edb005704 ([ 发布机构 ] 市国资委 over 重庆市国有资产监督管理委员会关于…的答复函)
    page = ("[ 索引号 ] 11500000709486001B/2023-00267 [ 发文字号 ]\n[ 发布机构 ] 市国资委\n"
            "[ 成文日期 ] 2023-04-06 [ 发布日期 ] 2023-09-15\n"
            "重庆市国有资产监督管理委员会关于市政协六届一次会议第0198号提案办理情况的答复函\n李麒麟委员:\n"
            "您好,首先衷心感谢您一直以来对残疾朋友的关心关爱。您提出的关于完善我市无障碍设施设计的提案收悉,现答复如下:")
    assert normalize_page(page)["issuing_body"] == "重庆市国有资产监督管理委员会"


def test_a_documents_validity_label_after_the_issuer_is_read_whole():
    # tests/real feab0c518eec, 8ffefe2f088c (陕西省文物局's disclosure block: 发布机构: 省文物局 公文时效: 长期公开)
    fields = parse_metadata_lines(["发布机构: 省文物局 公文时效: 长期公开"])
    assert (fields["issuing_body"], fields["validity"]) == ("省文物局", "长期公开")


def test_a_sources_value_ends_before_an_unknown_label_with_a_colon():
    # tests/real 43e7bc835701 (西双版纳州商务局's byline: 来源 :西双版纳州商务局 访问次数 : 发布时间 :2022-07-29)
    fields = parse_metadata_lines(["来源 :西双版纳州商务局 访问次数 : 发布时间 :2022-07-29"])
    assert (fields["posted_by"], fields["publish_date"]) == ("西双版纳州商务局", "2022-07-29")


def test_a_publishing_authoritys_label_names_the_issuer():
    # tests/real 5fb0e88bf408 (a wiki's copy of 仁懷市人民政府's answer: - 發布機關:仁懷市人民政府, simplified before reading)
    assert parse_metadata_lines(["- 发布机关:仁怀市人民政府"])["issuing_body"] == "仁怀市人民政府"


def test_a_sources_photo_and_text_credits_are_not_part_of_its_name():
    # tests/real 477cbda736cf (柳州市林业和园林局's byline: 来源: 柳州市林业和园林局/文/图/  |   发布日期: …)
    fields = parse_metadata_lines(["来源: 柳州市林业和园林局/文/图/  |   发布日期: 2024-05-22 09:25"])
    assert fields["posted_by"] == "柳州市林业和园林局"


def test_a_source_naming_a_bureaus_or_ministrys_website_names_that_body():
    # dev 87d9efdc2837 (a law site's copy of 农业农村部's answer: 时间:2023-08-03 来源:农业农村部网站 作者:佚名);
    # a house's or a government's site carries other bodies' news (来源:湖北省政协网站 over 政协广水市委员会's): kept whole
    fields = parse_metadata_lines(["时间:2023-08-03 来源:农业农村部网站 作者:佚名"])
    assert fields["posted_by"] == "农业农村部"
    assert parse_metadata_lines(["来源:湘西州政府门户网站"])["posted_by"] == "湘西州政府门户网站"
    assert parse_metadata_lines(["来源:湖北省政协网站"])["posted_by"] == "湖北省政协网站"
    assert normalize_page(real_page("87d9efdc2837"))["issuing_body"] == "农业农村部"


def test_a_tea_sites_added_date_uploader_and_views_are_metadata_over_the_lead():
    # dev cfc4e568983f (11tea.com: 添加时间:2008-05-23 / 出自:yiyicatdog / 浏览:1903次 over 日前,云南省知识产权局组织召开…)
    assert parse_metadata_lines(["添加时间:2008-05-23"])["publish_date"] == "2008-05-23"
    assert set(parse_metadata_lines(["出自:yiyicatdog", "浏览:1903次"])) <= {"other"}
    assert normalize_page(real_page("cfc4e568983f"))["issuing_body"] == "云南省知识产权局"


def test_a_validity_period_label_ends_the_document_name_before_it():
    # tests/real 9059814727c2 (文件名称: 对十三届全国人大二次会议第4809号建议的答复 有 效 期:)
    fields = parse_metadata_lines(["文件名称: 对十三届全国人大二次会议第4809号建议的答复 有 效 期:"])
    assert fields["title"] == "对十三届全国人大二次会议第4809号建议的答复"


def test_a_catalogue_records_name_is_its_title_and_its_rows_are_its_text():
    # dev 7970c7e4b777 and d8a20e1f1b2e (meta.librarydata.cn, the catalogue of local gazetteers and yearbooks: a
    # record's rows, 颗粒名称 its name; the first stored as rows only, its last row 关键词, no line after it)
    record = real_page("7970c7e4b777")
    document = normalize_page(record, url="http://meta.librarydata.cn/metainfo?metaID=141020020230003201")
    assert document["title"] == "做好政协会议发言和提案工作"
    assert "民革共提交了1篇大会发言、5件集体提案和20件个人提案" in document["text"]
    assert "no_body" not in document["warnings"]
    assert normalize_page(real_page("d8a20e1f1b2e"))["title"] == "第三节 参政议政"
    assert parse_metadata_lines(["颗粒名称: | 第三节 参政机构 |"])["title"] == "第三节 参政机构"


def test_an_encyclopedia_entry_s_name_is_its_title_and_its_gloss_its_text():
    # dev 9a42e5da1b34, c58703c91019 (cnenc.net: 词条 | 对赤水市政协五届三次会议第95号提案的答复 | over 释义 | 刘泽莲委员: …, the
    # answer copied as the gloss of an entry named after it; title null before)
    document = normalize_page(real_page("9a42e5da1b34"), url="http://cnenc.net/b2712775.html")
    assert document["title"] == "对赤水市政协五届三次会议第95号提案的答复"
    assert "您提出的《关于进一步加强对网吧管理检查力度的建议》的提案已收悉" in document["text"]
    assert normalize_page(real_page("c58703c91019"))["title"] == "对赤水市政协五届一次会议第55号提案的答复"
    assert parse_metadata_lines(["词条 | 中国民主促进会宜春市委员会 |"])["title"] == "中国民主促进会宜春市委员会"


def test_a_label_it_does_not_know_ending_in_one_it_knows_ends_the_value_before_it():
    # tests/real c661c36da02c: 南华县 (云南) portal's disclosure block, its 著录日期 empty
    line = ("索  引  号:nhxncj/2025-00294 公开范围:公开 发布机关:南华县农业农村局 著录日期: 发文字号: 主  题  词: "
            "标      题:关于对县第十八届人民代表大会第四次会议第54号建议办理情况的复函 生效日期:")
    fields = parse_metadata_lines([line])
    assert fields["issuing_body"] == "南华县农业农村局"
    assert fields["title"] == "关于对县第十八届人民代表大会第四次会议第54号建议办理情况的复函"
    assert parse_metadata_lines(["来源: 人民网 时间:2023-05-01"])["posted_by"] == "人民网"


def test_the_disclosing_body_and_the_answering_body_are_the_issuer():
    # dev ffb68e64b642 (崇明's portal: 公开主体 over its value) and 6e3e54386fd2 (a reply's record: 答覆機關:赤水市人民政府)
    assert parse_metadata_lines(["公开主体:上海市崇明区经济委员会"])["issuing_body"] == "上海市崇明区经济委员会"
    page = ("对区政协二届一次会议第0060号提案的答复\n信息来源:平台发布\n发布时间:2022-05-10 00:00\n  • 索引号:\n  • 公开主体:\n"
            "    上海市崇明区堡镇人民政府\n  • 发文字号:\n施建新委员:\n您提出的关于缓解堡镇地区停车难问题的提案收悉,现答复如下:")
    assert normalize_page(page)["issuing_body"] == "上海市崇明区堡镇人民政府"
    answered = "  • 答覆機關:赤水市人民政府\n赤水市人民政府關於市政協提案的答覆\n委員:\n您提出的提案收悉。"
    assert normalize_page(answered)["issuing_body"] == "赤水市人民政府"


def test_a_row_of_bracketed_label_cells_keeps_no_bracket_in_its_values():
    # tests/real 6ec3fd14cff7 (gxq.cq.gov.cn: [ 发布机构 ] 重庆高新技术产业开发区管理委员会 [ 有效性 ] …)
    fields = parse_metadata_lines(["[ 索引号 ] 1150010700927688xm/2023-01373 [ 发文字号 ] 渝高新函〔2023〕44号 [ 主题分类 ] 交通",
                                   "[ 发布机构 ] 重庆高新技术产业开发区管理委员会 [ 有效性 ] [ 成文日期 ] 2023-05-05 "
                                   "[ 发布日期 ] 2023-05-23"])
    assert fields["issuing_body"] == "重庆高新技术产业开发区管理委员会"
    assert fields["index_number"] == "1150010700927688xm/2023-01373"
    assert fields["written_date"] == "2023-05-05"
    document = normalize_page(real_page("6ec3fd14cff7"),
                              url="https://gxq.cq.gov.cn/zwgk_202/zfxxgkml/jytabl/zxwytabl/202305/t20230523_11990084.html")
    assert document["issuing_body"] == "重庆高新技术产业开发区管理委员会"
