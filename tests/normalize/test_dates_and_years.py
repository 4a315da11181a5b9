"""Publish dates and handling years on real page shapes (normalize/document.py, metadata.py, layout.py).
Each page here is cut down from the tests/real page named in its comment."""

from normalize import normalize_page
from normalize.metadata import is_metadata_line, parse_metadata_lines
from normalize.text import is_chrome_line


def test_a_row_of_bracketed_label_cells_is_metadata_and_the_headline_under_it_is_found():
    # tests/real a2ed1f101c19 (cqnc.gov.cn: one long row of [ label ]value cells above the headline)
    row = ("[ 索引号 ]11500384008682034F/2023-00019 [ 发文字号 ]南川府办〔2023〕17号 [ 发布机构 ]南川区政府办公室 "
           "[ 主题分类 ]综合政务 [ 成文日期 ]2023-04-25 [ 发布日期 ]2023-05-04 [ 体裁分类 ]政协提案办理;人大建议办理")
    assert is_metadata_line(row)
    assert not is_metadata_line("[ 作者:东川区政协办 发布时间:2022-02-16 16:09 来源:昆明市政协 ]")  # a bracketed byline
    page = (f"您当前的位置:首页>政务公开>政策文件>其它文件\n{row}\n"
            "重庆市南川区人民政府办公室关于做好2023年代表建议和委员提案办理工作的通知\n"
            "各乡镇人民政府、街道办事处区政府各部门有关单位:\n"
            "2023区人大常委会、区政协交区政府系统办理区两会期间代表建议257件、委员提案220件。现将有关事项通知如下:")
    document = normalize_page(page)
    assert document["title"] == "重庆市南川区人民政府办公室关于做好2023年代表建议和委员提案办理工作的通知"
    assert document["publish_date"] == "2023-05-04"


def test_an_effective_date_is_no_publish_date_but_dates_a_reply():
    # tests/real 47d246cb5df1 (梁园区: 生效日期 the only date of a reply)
    assert parse_metadata_lines(["生效日期: | 2022-12-12 | 废止日期: | |"])["effective_date"] == "2022-12-12"
    page = ("索引号: | -lyqrmzf-00000915 | 发布机构: | |\n生效日期: | 2022-12-12 | 废止日期: | |\n"
            "对商丘市梁园区六届人大一次会议第8号议案(建议)的答复\n尊敬的曹红伟等代表:\n"
            "您提出的关于“汛期农村学校积水严重影响师生安全的建议”的议案(建议)收悉。经与区水利局共同研究,现答复如下:")
    document = normalize_page(page)
    assert document["publish_date"] is None
    assert document["handling_year"] == 2022
    assert "handling_year_from:effective_date" in document["warnings"]


def test_a_click_counter_before_the_publish_time_keeps_the_line_metadata():
    # tests/real ce37d7e37925 (honya.cn: 点击数:498 发布时间:2021-05-17)
    page = ("今年黄埔区188件建议提案交办\n点击数:498 发布时间:2021-05-17  发布者:Admin\n"
            "5月14日,黄埔区政府、广州开发区管委会常务会议召开,听取2021年黄埔区政府承办的人大代表建议和政协提案有关情况的汇报。")
    assert normalize_page(page)["publish_date"] == "2021-05-17"


def test_datelines_with_tags_or_an_editions_navigation():
    # tests/real 501842f03b2c (2018-04-08  標簽:…) and cbc0878944fc (e-paper: 2020/06/11 < 上一版 下一版 >)
    tagged = ("延吉市政协召开2018年提案交办会\n2018-04-08  标签:延吉市 交办会 提案  来源:延吉新闻网  作者:李延玮\n"
              "延吉新闻网4月8日讯(记者 李延玮)4月8日,延吉市政协召开2018年提案交办会,将市政协十四届二次会议征集到的提案进行交办。")
    assert normalize_page(tagged)["publish_date"] == "2018-04-08"
    edition = ("2020/06/11 < 上一版 下一版 > 返回首页\n第09版:教育周刊\n今年市教育局共接办64件建议和提案 创历史新高\n"
               "本报讯(记者 戴岚岚)记者从漳州市教育局获悉,2020年漳州市教育局共接办了人大代表建议15件、政协委员提案46件。")
    assert normalize_page(edition)["publish_date"] == "2020-06-11"


def test_dates_of_a_related_stories_list_after_the_first_paragraph_are_not_the_dateline():
    # tests/real adb0f5c1c856 (a mirror's text, then a list of other stories' times)
    page = ("本报讯(记者 蒲二利)2月22日,记者从政协第十四届聊城市委员会第一次会议秘书处提案组了解到,市政协十三届五次会议以来,"
            "我市政协委员紧紧围绕全市经济社会发展大局建言献策。\n去年的提案办理工作,各承办单位重视程度进一步提高。\n"
            "2024-04-26 10:16:13\n2024-04-26 09:59:47")
    assert normalize_page(page, url="http://m.example.com/yaowen/20220224/13288.html")["publish_date"] is None


def test_a_date_line_under_the_headline_beats_a_mirrors_date_line_above_it():
    # tests/real d87f52562aeb (2020-07-26 printed by the mirror over the headline; the paper's date under it)
    page = ("2020-07-26\n中国人民政治协商会议四川省第十一届委员会常务委员会关于十一届一次会议以来提案工作情况的报告\n"
            "• 2014年01月21日 00时00分\n• 来源: 四川日报\n张雨东\n各位委员,同志们:\n"
            "省政协十一届一次会议以来,省政协各参加单位和广大政协委员共提出提案1112件,经审查立案1094件。")
    document = normalize_page(page)
    assert document["publish_date"] == "2014-01-21"
    assert document["handling_year"] == 2013


def test_a_cut_tag_attribute_and_a_row_of_spam_keywords_are_chrome():
    # tests/real cb0ea6343b78 (a spam mirror: a lead cut inside an attribute, keyword spam, then the page)
    assert is_chrome_line("中新网天津1月25日电 (记者 周亚强 孙玲玲)政协天津市第十五届委员会第四次会议25日开幕。向大会报告市政协十五届\">")
    assert is_chrome_line("伊人六月,97自拍超碰,久久精品亚洲7777影院,五月婷婷综合在线观看,日本亚洲欧洲无免费码在线,2019国产精品视频")
    assert not is_chrome_line("围绕京津冀协同发展,委员们就加强科技创新协同、产业配套融合、软硬联通服务等提出24件提案,相关建议被纳入政策文件")
