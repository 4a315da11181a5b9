"""Publish dates and handling years on real page shapes (normalize/document.py, metadata.py, layout.py).
Each page here is cut down from the tests/real page named in its comment."""

import pytest

from normalize import normalize_page
from normalize.document import _dated_note, _dateline, _dateline_among_top_lines, _publishing_date_on_top
from normalize.figures import extract_figures, year_in
from normalize.layout import _run_together_date
from normalize.metadata import is_metadata_line, parse_date, parse_metadata_lines
from normalize.text import is_chrome_line
from normalize.years import _address_date
from tests.normalize.conftest import real_page


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


def test_a_letters_date_without_its_day_dates_a_reply_but_publishes_nothing():
    # tests/real 41e3ef1ecaeb (福建省公安厅 / 2021年4月 under a reply naming no session): the letter's year
    page = ("省文旅厅:\n马建荣委员提出的《关于大力发展乡村民宿产业的建议》收悉,我厅的办理意见如下:\n"
            "近年来,我厅积极支持民宿业依法依规健康发展,配合推动民宿立法。\n联 系 人:王颂捷\n福建省公安厅\n2021年4月")
    document = normalize_page(page.encode())
    assert (document["doc_type"], document["publish_date"], document["signed_date"]) == ("reply", None, None)
    assert document["handling_year"] == 2021
    assert "handling_year_from:letter_month" in document["warnings"]


def test_a_click_counter_before_the_publish_time_keeps_the_line_metadata():
    # tests/real ce37d7e37925 (honya.cn: 点击数:498 发布时间:2021-05-17)
    page = ("今年黄埔区188件建议提案交办\n点击数:498 发布时间:2021-05-17  发布者:Admin\n"
            "5月14日,黄埔区政府、广州开发区管委会常务会议召开,听取2021年黄埔区政府承办的人大代表建议和政协提案有关情况的汇报。")
    assert normalize_page(page)["publish_date"] == "2021-05-17"


def test_a_reply_records_answer_date_column_dates_it_over_the_assignment_date_above():
    # tests/real 891106d89628 (hainan.gov.cn's 人大建议 records: 交办日期 2007-04-10 alone on its line, then
    # 承办单位 答复日期 答复内容 / 省卫计委 / 2007年6月26日); d79698197155 has the 交办日期 beside a unit and was already read
    document = normalize_page(real_page("891106d89628"), url="http://www.hainan.gov.cn/data/rdjy/2007/06/2052.html")
    assert document["publish_date"] == "2007-06-26"
    assert normalize_page(real_page("d79698197155"))["publish_date"] == "2015-08-04"


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
            "省政协十一届一次会议以来,省政协各参加单位和广大政协委员共提出提案1112件,经审查立案1094件。\n"
            "截至2013年12月31日,提案已办复1090件。")
    document = normalize_page(page)
    assert document["publish_date"] == "2014-01-21"
    assert document["handling_year"] == 2013


def test_a_cut_tag_attribute_and_a_row_of_spam_keywords_are_chrome():
    # tests/real cb0ea6343b78 (a spam mirror: a lead cut inside an attribute, keyword spam, then the page)
    assert is_chrome_line("中新网天津1月25日电 (记者 周亚强 孙玲玲)政协天津市第十五届委员会第四次会议25日开幕。向大会报告市政协十五届\">")
    assert is_chrome_line("伊人六月,97自拍超碰,久久精品亚洲7777影院,五月婷婷综合在线观看,日本亚洲欧洲无免费码在线,2019国产精品视频")
    # tests/real 913ef3547fa2 (a traditional mirror: its keywords split by bars, then by commas, over the reply's headline)
    assert is_chrome_line("黑料吃瓜网免费|亚洲成热|蜜桃影像传媒peach|麻豆网络传媒网页入口污|国产麻豆剧果冻传媒APP下载|午夜免费网站|"
                          "mitunav天美传媒l|91 大神在线|麻豆文化传媒招女演员|麻豆传媒下载免费版下载,亚洲精品自拍偷拍av,国产最新高清自拍,"
                          "www色色,免费日韩三级黄色,M麻豆传媒映画完整版,国产传媒第3页")
    assert not is_chrome_line("首页 | 政务公开 | 建议提案办理 | 人大代表建议 | 政协委员提案")
    # tests/real 44d1dbe7f065 (a forum's thread: its subject, then the button to copy its link, then 发表于…)
    assert is_chrome_line("[复制链接]")
    assert not is_chrome_line("围绕京津冀协同发展,委员们就加强科技创新协同、产业配套融合、软硬联通服务等提出24件提案,"
                              "相关建议被纳入政策文件")


def test_a_summary_on_the_items_of_an_earlier_session_takes_the_year_it_says_or_prints():
    # tests/real e94b00d542b3 (news of the 五次会议 reporting the 四次会议's items, 过去一年) and 657a03aac0f1
    # (…四次会议以来, undated, its account told under 2016年,…): settled point 28, no term's calendar
    page = ("十二届人大四次会议代表提出8609件建议等全部办理\n文章来源: 中国网 发布时间: 2017-03-08\n"
            "3月8日,第十二届全国人民代表大会第五次会议在人民大会堂举行第二次全体会议,听取全国人大常委会工作报告。\n"
            "张德江表示,过去一年,增强代表议案审议和建议办理实效。十二届全国人大四次会议主席团交付有关专门委员会审议的462件代表议案,"
            "已全部完成审议工作。代表提出的8609件建议、批评和意见已全部办理完毕。")
    assert normalize_page(page)["handling_year"] == 2016
    since = ("在3月3日召开的全国政协十二届五次会议上,全国政协副主席马培华介绍,全国政协十二届四次会议以来,政协委员提交提案5769件。\n"
             "国家卫生计生委承办提案545件,已按规定时限全部办结。\n"
             "2016年,围绕食盐加碘、食品安全等群众关心的问题,国家卫生计生委邀请委员座谈。")
    assert normalize_page(since)["handling_year"] == 2016


def test_a_counts_cut_off_date_is_no_stated_year():
    # tests/real 567e4deb65b9 (截至2014年2月20日 in the report on the items since 政协十二届一次会议)
    page = ("2014年3月3日下午3时,全国政协十二届二次会议在人民大会堂举行开幕会,听取政协全国委员会常务委员会关于政协十二届一次会议以来"
            "提案工作情况的报告。\n各提案承办单位认真办理政协提案。\n截至2014年2月20日,已办复提案5396件,办复率为99.8%。")
    document = normalize_page(page)
    assert document["handling_year"] == 2013
    assert document["rates"]["reply_rate"] == 99.8  # the cut-off does not date the rate to another year


def test_a_notice_reviewing_items_since_a_session_takes_its_own_date():
    # tests/real f243c85cc683 (a 2019 visit on the items since 全国政协十三届一次会议)
    page = ("本网讯 11月7日,全国政协提案委员会组织部分委员、提案者代表、党派代表走访农业农村部并召开座谈会,了解政协提案办理工作情况,"
            "推动提案办理落实。农业农村部部长韩长赋,全国政协常委、提案委员会副主任赖明出席座谈会并讲话。\n"
            "全国政协十三届一次会议以来,农业农村部共承办政协提案855件,其中主办413件,全部在规定时间内办理完毕。")
    document = normalize_page(page, url="http://m.example.com/1/38/2019-11-11/195563.html")
    assert document["doc_type"] == "notice"
    assert document["handling_year"] == 2019


def test_years_in_a_document_name_or_a_commendation_are_not_the_handling_year():
    # tests/real 54282a0a97ef (《教育部2025年建议提案选题参考》) and f95ecf3ed230 (表彰2020年度优秀…建议)
    named = ("教育部2657件两会建议提案全部办结\n发布时间:2025-02-28 来源:中国教育报\n"
             "■2000余份《教育部2025年建议提案选题参考》送达代表委员手中\n"
             "本报北京2月27日讯 记者今天从教育部获悉。每年全国两会,教育都备受关注。2024年,教育部承办的两会建议提案2657件,均已按期办结。")
    assert normalize_page(named)["handling_year"] == 2024
    commended = ("晋州市七届人大六次会议期间代表们提交议案16件(已转建议)、建议35件,共计51件。"
                 "3月31日上午,晋州市人大召开代表建议集中交办工作会议。"
                 "会议宣读了《晋州市人大常委会关于表彰2020年度优秀市人大代表建议和先进承办单位的通报》。\n"
                 "会议要求,认真做好2021年人大代表建议办理工作。")
    assert normalize_page(commended)["handling_year"] == 2021


def test_a_notices_year_from_its_assignment_sentence_or_the_two_kinds_word():
    # tests/real ce809b0b5322 (2021年,…交人民政府办理的…共472件) and 8375f7809229 (2022年“两案”办理见面活动)
    assigned = ("会议指出,十三五期内建议提案办理面商率均达100%。\n2021年,市人大常委、市政协交人民政府办理的人大代表建议、政协提案共472件。"
                "会议强调,各承办单位主要领导是办理工作第一责任人。\n大会上举办了人大代表建议和政协提案交办签约仪式。")
    assert normalize_page(assigned)["handling_year"] == 2021
    looking_back = ("3月31日,县政府召开建议提案交办会。会议通报,2020年,县人大常委会、县政协交县政府办理的建议提案共300件,已全部办结。"
                    "会议要求各承办单位认真办理新交办的代表建议和政协提案。")
    assert normalize_page(looking_back)["handling_year"] is None  # a year looked back on is not the one handed over
    two_kinds = ("10月10号上午,县民政局开展2022年“两案”办理见面活动,邀请部分人大代表和政协委员现场听取“两案”办理情况。\n"
                 "活动中,县民政局相关负责人就“两案”办理情况一一作了回应,与会代表和委员给予了充分肯定。")
    assert normalize_page(two_kinds)["handling_year"] == 2022


def test_a_source_address_printed_on_the_page_dates_a_notice_without_a_date():
    # tests/real b069ea763349 (文章来源:http://www.chuzhou.cn/2026/0127/521506.shtml)
    page = ("市政协提案委员会举行七届十三次会议\n滁州网讯 1月26日下午,市政协提案委员会举行七届十三次会议。\n"
            "会议审查提案,审议通过市政协提案委员会关于七届五次会议提案审查情况的报告(草案)。\n"
            "文章来源:http://www.chuzhou.cn/2026/0127/521506.shtml")
    document = normalize_page(page, url="http://app.chuzhou.cn/print.php?contentid=521506")
    assert document["handling_year"] == 2026
    assert "handling_year_from:printed_address" in document["warnings"]


def test_a_reports_delivery_date_dates_its_year_before_a_later_posting():
    # tests/real c416d46022e3 (深圳市政协: delivered 2017年1月11日, posted 2018-02-12)
    page = ("中国人民政治协商会议广东省深圳市第六届委员会常务委员会关于市政协六届二次会议以来提案工作情况的报告\n"
            "来源:深圳政协发布时间:2018-02-12\n——在政协深圳市第六届委员会第三次会议上\n(2017年1月11日)\n刘润华\n各位委员:\n"
            "我代表深圳市政协常务委员会,向大会报告市政协六届二次会议以来的提案工作情况。请予审议。\n"
            "一年来,承办单位认真办理提案。")
    document = normalize_page(page)
    assert document["publish_date"] == "2018-02-12"
    assert document["handling_year"] == 2016
    assert "handling_year_from:delivery_date" in document["warnings"]


def test_the_year_a_summary_opens_with():
    # tests/real 878cfae0c9c2 (wenke99: (篇一) 2021 年,在市委、市政府的坚强领导下,…)
    page = ("局机关人大建议和政协提案办理工作总结() (篇一) 2021 年,在市委、市政府的坚强领导下,在市人大、市政协的监督指导下,"
            "我局把做好人大代表建议和政协委员提案办理工作作为一项重要政治任务,坚决落实。")
    assert normalize_page(page)["handling_year"] == 2021


def test_a_dateline_printed_in_pieces():
    # tests/real a6fc43089e37 (cnipai.com: 2019 / 03/04 / 16:12 under the headline)
    page = ("新闻\n今年上海两会代表建议和政协提案总数达1711件 比去年增加15.1%\n2019\n03/04\n16:12\n"
            "新民晚报讯 (记者 杨洁)今年上海两会期间,代表建议和政协提案总数达1711件。今天下午,市政府举行工作会议。")
    document = normalize_page(page)
    assert document["publish_date"] == "2019-03-04"
    assert document["handling_year"] == 2019
    # tests/real 85fb71b7a0b8 (南通网: 2024 / 08-02 / 09:55 / 来源 / 南通网 over the story, no headline)
    assert _dateline(["2024", "08-02", "09:55", "来源", "南通网"]) == "2024-08-02"
    assert normalize_page(real_page("85fb71b7a0b8"))["publish_date"] == "2024-08-02"


def test_a_headline_and_byline_printed_under_the_story():
    # tests/real d86da9490fc6 (blzq.gov.cn: the story, then its headline and a list of 作者/来源/发布时间)
    page = ("9月20日,2018年政协提案办理协商座谈会召开。旗政协主席王庆虎,旗政府副旗长王永春出席座谈会。\n"
            "各提案承办单位负责同志在会上汇报了提案办理进展情况和下一步工作安排。\n旗政协召开2018年提案办理协商座谈会\n"
            "- 作者:系统管理员\n- 来源:左旗通讯\n- 发布时间:[2018-09-28 10:37]\n- 点击数:9")
    document = normalize_page(page)
    assert document["title"] == "旗政协召开2018年提案办理协商座谈会"
    assert document["publish_date"] == "2018-09-28"


def test_a_byline_with_the_site_first_and_a_signature_with_a_bar():
    # tests/real ee5b83f2b938 (浑江区人民政府 发布时间:… 信息来源:…) and f6e7eb2684d2 (2018年6月28日 |)
    page = ("浑江区人民政府 发布时间:2010-08-18 信息来源:浑江区文化教育和体育局\n筹建八道江区全民健身中心的建议\n张永委员:\n"
            "您向区政协七届四次会议提出的23号提案收悉,现答复如下:\n感谢您对我区全民体育健身基础设施建设的关心。\n"
            "浑江区文化教育和体育局\n2010年5月10日")
    assert normalize_page(page)["publish_date"] == "2010-08-18"
    signed = ("南宫市交通运输局 对南宫市第九届人民代表大会第二次会议的第46号建议的答复\n"
              "秦振兴代表: 您提出的关于“乡间路维护的建议”收悉,现答复如下: 乡镇政府和村委会分别为乡道和村道的养管主体。\n2018年6月28日 |")
    assert normalize_page(signed)["publish_date"] == "2018-06-28"


def test_news_of_a_national_sessions_opening_reports_the_year_before():
    # tests/real 72dd1f566b52 (全国政协十四届四次会议…开幕, 一年来…) and 5a527c00229e (十三届五次会议4日在北京开幕)
    page = ("全国政协提案办复率:99.9%\n中国青年报客户端  |  2026-03-04 16:08\n"
            "中国青年报客户端北京3月4日电 全国政协十四届四次会议下午3时在北京人民大会堂开幕。\n"
            "一年来,全国政协共收到提案5992件,经审查立案5102件,99.9%已办复。")
    assert normalize_page(page)["handling_year"] == 2025


def test_a_span_since_a_year_and_a_meetings_own_year():
    # tests/real 7dccb2976c22 (总结了2016年以来…, 对2019年人大代表建议办理工作进行了安排部署) and 77e60e2919f7 (召开2023年…交办会)
    since = ("3月21日,市四届人大四次会议代表建议交办会召开。会议总结了2016年以来代表建议办理工作,"
             "对2019年人大代表建议办理工作进行了安排部署。\n"
             "会上,32个有关部门分别签收到代表建议。")
    assert normalize_page(since)["handling_year"] == 2019
    meeting = ("邓州网讯 5月29日,我市召开2023年政府系统人大代表建议政协委员提案交办会,总结去年的建议提案办理工作,安排部署今年的具体任务。\n"
               "就做好今年的建议提案办理工作,副市长指出,各承办单位要高度重视。")
    assert normalize_page(meeting)["handling_year"] == 2023


def test_a_summarys_cut_off_for_its_items_and_a_templates_masked_year():
    # tests/real cbf03eeee193 (截至2020年11月,提案已全部办复) and dd8129e0523c / b1ad5eaf5ece (xxxx年, XX年 in templates)
    cut_off = ("3月27日,记者从区政协十四届五次会议上获悉,区政协十四届四次会议以来,区政协委员认真履职。\n"
               "区政协十四届四次会议以来,共提出提案91件,其中集体提案24件。\n截至2020年11月,提案已全部办复,办复率为100%。")
    assert normalize_page(cut_off)["handling_year"] == 2020
    masked = ("区教育和体育局人大代表建议和政协提案办理工作总结\n来源:网络收集 时间:2021-12-01\n"
              "xxxx年,区教育体育局负责承办人大代表建议xx件、政协提案xx件,涉及教育投入、师资配备等各个层面。"
              "工作中,我们坚持把办理好代表建议和政协提案作为推动重点工作落细落小落地落实的重要抓手,"
              "积极办理,建议提案均已面复代表,代表满意率xxx%。")
    document = normalize_page(masked)
    assert document["handling_year"] is None
    assert "handling_year_unknown:masked_year" in document["warnings"]


def test_a_report_at_a_new_terms_first_session_accounts_for_the_term():
    # tests/real f5f5660f203f (迪庆州政协十届常委会的报告 ——在政协迪庆州第十一届委员会第一次会议上)
    page = ("中国人民政治协商会议迪庆藏族自治州第十届委员会常务委员会关于提案工作情况的报告\n来源:香格里拉网 发布时间:2012-01-10 21:57:50\n"
            "——在政协迪庆州第十一届委员会第一次会议上\n各位委员:\n州政协十届一次会议以来,委员们共提出提案1020件,立案986件。")
    document = normalize_page(page)
    assert document["handling_year"] is None
    assert "handling_year_unknown:term_account" in document["warnings"]


def test_an_address_date_followed_by_a_serial():
    # tests/real f738021f10dc (…/2024-0819001.htm, a reply whose letter date is cut)
    page = ("关于楚雄州第十三届人大四次会议\n第6号建议的答复\n李喜梅代表:\n"
            "您提出的《关于加强乡村公墓管理的建议》(第6号)交我们办理,现答复如下:\n"
            "2021年以来,我单位把办理好人大代表建议作为推动民政事业高质量发展的重要抓手。")
    url = "https://mzj.cxz.gov.cn/info/egovinfo/1001/overt_centent/115323000151674288-/2024-0819001.htm"
    assert normalize_page(page, url=url)["handling_year"] == 2024


def test_a_disclosure_platform_s_address_is_its_time_then_a_number():
    # tests/real 8a3e0aad796d (/gongkai/show/20181009084800-255552-00-000.html: an undated reply, its session undated
    # on the page, the address the last resort, point 77) and be30b351a289 (cncx.gov.cn, the same platform)
    url = "http://m.fqjz1.com/gongkai/show/20181009084800-255552-00-000.html"
    assert _address_date(url) == "2018-10"
    assert normalize_page(real_page("8a3e0aad796d"), url=url)["handling_year"] == 2018
    assert _address_date("https://cncx.gov.cn/open/show/20220317142623-22010-00-000.html") == "2022-03"
    # tests/real dde8a5ff3f2d (scgw.gov.cn: the reply's record numbered by its time, a query's value)
    assert _address_date("https://scgw.gov.cn/Detail.aspx?id=20210812152752755") == "2021-08"


def test_a_year_s_two_sessions_special_in_the_address_gives_its_year():
    # tests/real 7451d355ef6f (/Web/2024lh/: the 2024 两会 special, a notice's last resort, point 77) and 4675e000b945
    # (/ztbd/2024jmslhzt/: 江门市's 两会 special)
    assert _address_date("http://zs.luaninfo.com/Web/2024lh/details_432778.html") == "2024"
    assert _address_date("https://456150.com.cn/ztbd/2024jmslhzt/content/post_3030050.html") == "2024"
    url = "http://zs.luaninfo.com/Web/2024lh/details_432778.html"
    assert normalize_page(real_page("7451d355ef6f"), url=url)["handling_year"] == 2024


def test_a_folder_numbered_like_a_year_with_no_month_after_it_dates_nothing():
    # dev f5f753588c3b (/DocHtml/1991/18/10/: a site's column numbers; the answer cites 舒办发[2008]29号)
    url = "http://www.ahscxzx.cn/DocHtml/1991/18/10/00190227.html"
    assert _address_date(url) is None
    assert normalize_page(real_page("f5f753588c3b"), url=url)["handling_year"] is None
    assert _address_date("http://www.example.gov.cn/DocHtml/2019/12/10/00190227.html") == "2019-12"


def test_an_articles_number_in_the_address_is_no_future_year():
    # round 4's 58d95f01747e (93.gov.cn/xwjc-snyw/206308.html: a 2006 feature, no 2063)
    page = ("九三学社组提案受到承办单位重视与好评\n近日,九三学社组在全国政协十届四次会议上提出的提案得到国家知识产权局的重视与好评。")
    assert normalize_page(page, url="http://93.gov.cn:80/xwjc-snyw/206308.html")["handling_year"] != 2063


def test_datelines_with_dots_or_followed_by_counters():
    # the dateline shapes of tests/real news copies: 2021.05.17 and 2021-05-17 浏览次数:…
    for dateline in ("2021.05.17 来源:县融媒体中心", "2021-05-17 浏览次数:312", "2021年05月17日 【字体:大 中 小】"):
        page = (f"今年黄埔区188件建议提案交办\n{dateline}\n"
                "5月14日,黄埔区政府常务会议召开,听取2021年黄埔区政府承办的人大代表建议和政协提案有关情况的汇报。")
        assert normalize_page(page)["publish_date"] == "2021-05-17", dateline


def test_a_year_and_a_count_in_one_clause_and_a_meetings_year_without_this_year():
    # tests/real 46c8c070ffc6 (2022年住房和城乡建设部共承办…代表建议594件, after an editor's note) and 8ad829344ff2
    account = ("住建部:办理建议提案近千件\n2023年03月11日14:20   来源:人民网\n"
               "编者按:去年国务院各部门共办理代表建议8721件、委员提案5865件。\n"
               "记者日前从住房和城乡建设部了解到,2022年住房和城乡建设部共承办十三届全国人大五次会议代表建议594件,全部按时办结。")
    assert normalize_page(account)["handling_year"] == 2022
    meeting = ("云上大冶报道 8月16日,我市召开2024年度“共同缔造 八进八问”代表行动代表建议交办会。市人大常委会副主任黄茂林参加会议。\n"
               "据悉,市七届人大四次会议期间,各代表紧密结合全市经济社会发展实际,共提出了86件代表建议。")
    assert normalize_page(meeting)["handling_year"] == 2024


def test_a_notice_takes_the_year_the_text_gives_the_session_it_hands_over():
    # tests/real f13560387298 (名山区 交办会: 2022年 is last year's work looked back on, 2023年区三届人大二次会议 the one handed over)
    page = ("名山区召开人大代表建议和政协委员提案交办会\n 【发布日期:2023-02-09】\n"
            "2月7日,名山区人大常委会、区人民政府、区政协联合召开建议和政协委员提案交办会,集中交办区三届人大二次会议代表提出的建议135条。\n"
            "会议指出,区人大常委会对2022年代表建议办理工作给予充分肯定。\n"
            "会议强调,2023年区三届人大二次会议代表提出建议135件,区人民政府及其承办部门单位要切实增强法定意识。")
    document = normalize_page(page)
    assert document["handling_year"] == 2023
    assert "handling_year_from:session_dated_in_text" in document["warnings"]
    # tests/real aed91973796c: a 交办会 whose first session is last year's, dated, but not the one handed over
    looking_back = ("3月25日,我市召开2016年建议提案交办会,总结2015年建议提案办理情况,安排部署2016年工作重点。\n"
                    "2015年,市八届人大五次会议和市政协八届四次会议交由市政府系统办理的建议提案共149件,由57个承办单位分解办理。")
    assert normalize_page(looking_back)["handling_year"] == 2016


def test_a_notice_preparing_the_sessions_takes_their_year_over_a_cited_letters_number():
    # tests/real 8ddae1821323 (舟曲县: 出席2025年全国全省"两会"…, citing 州政办发电〔2024〕68号): other / other as a call
    # for proposal material (point 103), its year read as a notice's (point 108)
    page = ("舟曲县人民政府办公室\n关于征集全国全省人大代表建议和政协委员提案素材的通知\n各乡镇人民政府,县政府各部门:\n"
            "为确保出席2025年全国全省“两会”的甘肃省、甘南州人大代表和政协委员行使好民主权利,根据州政府办公室"
            "《关于征集全国全省人大代表建议和全国政协委员提案素材的通知》(州政办发电〔2024〕68号)精神,现将征集素材有关事项通知如下:")
    assert normalize_page(page)["handling_year"] == 2025


def test_a_page_on_the_houses_other_business_takes_the_year_it_is_about():
    # tests/real 7e5d8f4ece9a (a CPPCC's visit to projects: the event's date, not the host's stamp above it)
    visit = ("2025-06-28 15:37:41 2次\n白水县政协在2024年6月14日对全县重点项目建设情况开展了专项视察活动,"
             "实地考察了包括342国道修复治理在内的多个民生工程和产业项目。")
    assert normalize_page(visit)["handling_year"] == 2024
    # tests/real c82a7934e705 (a standing committee's work report: the year its account opens with)
    report = ("中国人民政治协商会议新疆维吾尔自治区委员会常务委员会工作报告\n发布时间:2026年02月18日\n"
              "各位委员:\n我代表政协新疆维吾尔自治区第十三届委员会常务委员会,向大会报告工作,请予审议。\n"
              "一、2025年主要工作\n2025年是新疆发展历程中具有重要里程碑意义的一年。")
    assert normalize_page(report)["handling_year"] == 2025
    # tests/real 6d9487712bef (a session's opening: its date line)
    opening = ("政協江西省十一屆五次會議在南昌開幕\n來源:中國江西網 作者:周再奔 時間:2017-01-16\n"
               "1月15日上午9時,政協江西省十一屆五次會議在南昌開幕。江西省委書記鹿心社出席開幕大會。")
    assert normalize_page(opening)["handling_year"] == 2017


def test_a_notice_on_another_subject_has_no_handling_year():
    # the replica's unrelated notices sharing a column (replica/writing.py notice): a 2024 notice on 低保
    page = ("关于调整2024年城乡居民最低生活保障标准的通知\n各有关单位:\n"
            "根据工作安排,现就调整2024年城乡居民最低生活保障标准有关事项说明如下。\n"
            "一、工作内容。把建议提案办理与年度重点工作结合起来,同安排、同考核、同落实。")
    assert normalize_page(page)["handling_year"] is None
    # tests/real 9b009a412848 (a weather bureau's 政务开放日, point 126: a bureau's open day has no items' year)
    document = normalize_page(real_page("9b009a412848"))
    assert document["handling_year"] is None
    assert "handling_year_unknown:not_about_suggestions_or_proposals" in document["warnings"]


def test_a_dateline_beats_the_adoption_date_beside_the_headline():
    # tests/real 658243d900b4 (吉安: (2024年1月19日…审议通过) after the headline, then 2024-01-20 10:51 来源:…)
    page = ("中国人民政治协商会议吉安市第五届委员会提案委员会关于市政协五届四次会议提案初步审查情况的报告 "
            "(2024年1月19日市政协五届四次会议审议通过)\n2024-01-20 10:51 来源: 吉安新闻网—井冈山报\n"
            "市政协五届四次会议期间,市政协委员、各参加单位和各专门委员会,坚持以习近平新时代中国特色社会主义思想为指导。")
    assert normalize_page(page)["publish_date"] == "2024-01-20"


def test_a_row_of_bracketed_cells_dates_the_page():
    # tests/real f13560387298 (【发布日期:2023-02-09】 【字号: 】  【关闭此页)
    page = ("您现在的位置:首页 >> 区县人大 >> 正文\n名山区召开人大代表建议和政协委员提案交办会\n"
            " 【发布日期:2023-02-09】 【字号: 】  【关闭此页\n"
            "2月7日,名山区人大常委会、区人民政府、区政协联合召开建议和政协委员提案交办会,集中交办区三届人大二次会议代表提出的建议135条。")
    assert normalize_page(page)["publish_date"] == "2023-02-09"


def test_a_signature_above_the_sites_credits():
    # tests/real ff27f6146625 (海林市: the signature and its date, then 来源:… 撰稿:… 校对:… 一审:… 二审:… 三审:…)
    page = ("关于公开征集2024年提案线索的公告\n一、征集时间\n2023年9月20日至2023年10月20日。\n"
            "欢迎社会各界人士和广大市民踊跃提供提案线索。\n政协海林市委员会提案委员会\n2023年9月18日\n"
            "来源:政协海林市委员会提案委员会\n撰稿:王玮琼\n校对:步金波\n一审:刘祥文\n二审:鲁文超\n三审:张 洁")
    document = normalize_page(page)
    assert document["signed_date"] == "2023-09-18"
    assert document["publish_date"] == "2023-09-18"


def test_an_undated_meeting_on_this_years_items_takes_the_year_it_hands_over():
    # tests/real 8b12e1b9b34b (湘阴县: 总结2017年建议、提案办理工作 while handing over 今年's items; no date printed)
    summing_up = ("日前,我县组织召开人大代表建议、政协提案总结表彰暨交办工作会议,总结2017年建议、提案办理工作,"
                  "将县第十七届人大二次会议代表建议和县政协第十届二次会议委员提案向县政府交办。\n"
                  "2017年,县政府承办人大代表建议117件,其中重点督办建议7件。\n"
                  "今年,县政府承办县第十七届人大二次会议提出的代表建议88件,县政协第十届二次会议提出的委员提案107件。")
    document = normalize_page(summing_up)
    assert document["handling_year"] == 2018
    assert "handling_year_from:items_handed_over" in document["warnings"]
    # tests/real c3be856f8c7c (莲湖区: 今年重点提案办理情况, 通报了2017年区政协提案交办、督办…)
    pushing = ("(李茹)11月16日,西安市莲湖区政协召开重点提案办理情况协商会。区政协主席陈宝玉主持。\n"
               "会上,区政协提案文史委员会主任李茹对今年重点提案办理情况进行了通报。"
               "区政府督查员许向红通报了2017年区政协提案交办、督办等有关工作")
    assert normalize_page(pushing)["handling_year"] == 2017
    # tests/real dc771ac3ae96 (a 回头看 of 2025年度 handling; 今年以来, no date printed)
    reviewing = ("本报讯 (融媒记者姚敏)11月17日下午,市政协邀请提案工作第三方评估组专家、部分政协委员,就2025年度政协提案办理工作进行"
                 "“回头看”和第三方评估。\n会上,市政府办汇报2025年度提案办理工作情况。第三方评估组专家、政协委员就今年以来的提案办理工作开展协商和测评。")
    assert normalize_page(reviewing)["handling_year"] == 2025


def test_this_years_sessions_dated_by_an_address_with_a_one_digit_month():
    # tests/real 6dbb070d0f0f (今年初,莒县“两会”召开后…; no date printed, the address's /2008-7/)
    page = ("莒县交通代表建议和委员提案答复满意率达100%\n"
            "今年初,莒县“两会”召开后,莒县交通局共收到包括县乡公路改造、农村公路建设及升级列养等内容的人大代表建议、政协委员提案15件。\n"
            "15件建议和提案面办率达100%,满意率达100%。")
    document = normalize_page(page, url="http://chinarta.com/html/2008-7/200871212730.htm")
    assert document["handling_year"] == 2008
    assert "handling_year_from:relative_year_and_date" in document["warnings"]


def test_an_address_named_by_its_posting_time_dates_the_page():
    # tests/real cea041d11ddf (天水在线: …/2016021915272330012.html, no date printed)
    page = ("张家川县十五届人民代表大会第五次会议将于明日召开。2月19日上午,来自全县各地的县人大代表们陆续前往驻地报到。\n"
            "跟随代表们一起“报到”的还有一份份事关张家川社会经济发展、反映百姓心声的建议和议案。")
    document = normalize_page(page, url="http://www.tianshui.com.cn/news/zjc/2016021915272330012.html")
    assert document["handling_year"] == 2016
    assert "handling_year_from:address" in document["warnings"]


def test_of_several_years_beside_the_items_a_report_takes_its_own():
    # tests/real 707606e0f801 (三亚: a follow-up of 2019's B-class items, then 2020's, delivered 2020年12月17日)
    page = ("三亚市人民政府关于市七届人大七次会议代表建议办理情况的报告\n——2020年12月17日在市七届人大常委会第四十四次会议上\n"
            "主任、各位副主任、秘书长、各位委员\n"
            "受市政府委托,现在我就2019年人大代表建议办理结果为B类(即正在解决或列入计划逐步解决)2020年市人大代表建议办理情况报告如下,请予审议。\n"
            "一、2019年B类件(正在解决或列入计划逐步解决)跟踪办理情况")
    assert normalize_page(page)["handling_year"] == 2020


def test_a_summary_naming_a_session_without_its_year_is_not_dated_by_its_address():
    # tests/real db82ebab0b4e (settled point 28: 市十四届人大四次会议期间…233件, no year printed, address 20150126), whole: its
    # first sentence alone the kind model reads as no account (0.55), and an `other` page takes its address's year
    document = normalize_page(real_page("db82ebab0b4e"), url="https://jiangxi.3158.cn/info/20150126/n1355102197603.html")
    assert document["handling_year"] is None
    assert "handling_year_unknown:session_without_year" in document["warnings"]
    # tests/real 7383a5eb2f2b: a page that prints a year (2022年,市人大常委会…) is dated by its address
    printing = ("本报讯(通讯员 张西科 王娜娜)市十八届人大一次会议以来,代表共提出建议238件,截至目前已全部办理完毕并答复代表。\n"
                "2022年,市人大常委会坚持以习近平新时代中国特色社会主义思想为指导,不断加大代表建议督查督办力度。")
    assert normalize_page(printing, url="http://h5.wfwb.wfnews.com.cn/content/20221226/Articel03004MN.htm")["handling_year"] == 2022


def test_an_account_since_a_session_given_at_the_next_one_is_not_of_its_dates_year():
    # settled point 28, tests/real 4c608095ca77 (reported at the third session, held in May 2020) and a031c258cfbf
    # (its count cut off 截至2015年1月31日): no 去年/过去一年 and no earlier year printed → null with a reason
    page = ("郑建邦作提案工作情况报告 全国政协十三届二次会议以来提案均已办结\n2020-05-21 23:42:00 来源: 新华网\n"
            "新华社北京5月21日电 全国政协十三届二次会议以来,全国政协委员提交二次会议提案5488件。经审查,立案4089件,均已按时办结。\n"
            "全国政协副主席郑建邦21日下午向政协十三届三次会议报告政协十三届二次会议以来的提案工作情况。")
    document = normalize_page(page)
    assert document["handling_year"] is None
    assert "handling_year_unknown:session_account_of_the_year_before" in document["warnings"]
    cut_off = ("全国政协提案工作情况通气座谈会5日在京举行,记者从会上获悉,全国政协十二届二次会议以来,政协委员共提交提案6101件,"
               "经审查立案5052件。截至2015年1月31日,已办复提案5044件,办复率为99.84%。")
    assert normalize_page(cut_off)["handling_year"] is None


def test_a_comparison_with_last_year_does_not_say_an_account_reports_it():
    # settled point 28, tests/real 5229a55593ee (比去年的45%明显提高, dated 2015-01-26)
    page = ("云南省政协十一届二次会议以来 688件提案100%办复\n26.01.2015  01:37\n"
            "昨日,省政协十一届三次会议开幕,省政协副主席喻顶成向大会作了提案工作情况报告。\n"
            "报告中提到,省政协十一届二次会议以来,共收到提案材料729件。经审查,立案688件,已经全部按规定时限办结。\n"
            "688件提案中,所提意见建议被采纳和反映问题已基本得到解决的占47.67%,比去年的45%明显提高。")
    assert normalize_page(page)["handling_year"] is None


def test_a_replys_own_number_dates_it_before_a_reposts_date():
    # tests/real 62e7bb3cebfc (人社建字〔2019〕196号 on its own line; the repost's post date 2022-09-21), not a
    # document it cites (66a04bdab055: 国函〔2013〕129号 in the text)
    page = ("人力资源社会保障部对十三届全国人大二次会议第2321号建议的答复\nadmin 484 2022-09-21\n"
            "人社建字〔2019〕196号\n您提出的关于实施就业优先政策、防范化解结构性失业问题的建议收悉,现答复如下:")
    assert normalize_page(page)["handling_year"] == 2019
    cited = ("关于州十二届人大四次会议第0080号建议的答复\n发布日期:2021-10-14\n您提出的建议收悉,现答复如下:\n"
             "按照《国家级自然保护区调整管理规定》(国函〔2013〕129号)文件规定,不能进行自然保护区调整。")
    assert normalize_page(cited)["handling_year"] == 2021


def test_an_address_dates_a_session_account_only_through_a_relative_word_or_at_the_session():
    # settled point 28: tests/real 6b113699f918 (news at a standing committee's meeting, not at a session) and
    # 701cc9b807b6 (今年2月份 dates another matter, not the items): the address's 201812 / 201712 gives no year
    meeting = ("原标题:省政协十二届五次常委会议开幕\n12月20日上午,政协云南省第十二届委员会常务委员会第五次会议在昆明开幕。\n"
               "副省长任军号到会通报省政府系统办理省政协十二届一次会议以来提案工作情况。他指出,省政协十二届一次会议共提出提案744件,"
               "其中670件交由省政府系统承办,已在规定时限内办理答复完毕。经逐件审核,办理结果为:已经解决或基本解决(A类)的418件、"
               "列入计划逐步解决(B类)的232件、留作参考(C类)的20件。")
    document = normalize_page(meeting, url="https://news.shi-fen.com/china/201812/50-130252.html")
    assert document["handling_year"] is None
    assert "handling_year_unknown:session_without_year" in document["warnings"]
    month = ("属省政府办理778件建议全部办理完毕\n本报讯 在11月28日举行的省第十二届人大常委会第三十七次会议上,省政府作了"
             "关于省第十二届人民代表大会第五次会议代表建议办理情况的报告。截至8月14日,归属省政府系统组织办理的778件建议已全部办理完毕。\n"
             "澎湃新闻此前报道,今年2月份,大量所谓“塑料紫菜”的视频在网上流传。")
    assert normalize_page(month, url="https://m.yybnet.net/sichuan/news/201712/6779749.html")["handling_year"] is None


def test_a_folder_named_by_its_posting_time_dates_a_reply():
    # tests/real 487235a12402 (…/rdjy/2022031620124669245/index.html, no date printed)
    page = "尊敬的杨占江代表:\n您提出的《关于对广告车辆上路慢行进行治理的建议》已收悉,现答复如下:\n公安交警部门将依法纠正。"
    url = "http://www.lndbss.gov.cn/diaobingshan/zfxxgk/fdzdgknr/qtfdxx/jyta/rdjy/2022031620124669245/index.html"
    assert normalize_page(page, url=url)["handling_year"] == 2022


def test_a_notice_citing_a_terms_total_is_no_term_account():
    # tests/real bc9c7ef9256e (a 交办会 on this session's items: 据了解,十三届全国人大期间,代表们共提出建议43750件)
    page = ("十四届全国人大一次会议8314件代表建议统一交办\n2023年04月12日 星期三\n"
            "新华社北京4月11日电 记者11日从在京召开的十四届全国人大一次会议代表建议交办会上获悉,今年十四届全国人大一次会议期间,"
            "代表们共提出建议8314件,分别交由204家承办单位研究办理。据了解,十三届全国人大期间,代表们共提出建议43750件。")
    document = normalize_page(page)
    assert (document["doc_type"], document["handling_year"]) == ("notice", 2023)


def test_a_year_named_as_this_one_is_the_accounts_year():
    # tests/real 5a03d0239c99 (中新网: 在海南自贸港的2025这一年; the session named without a year, 1月27日 only)
    page = ("海南两会观察:让政协提案转化为推动高质量发展的实际成效\n"
            "中新网海口1月27日电 让政协提案转化为推动高质量发展的实际成效,在海南自贸港的2025这一年得到了充分的诠释。\n"
            "海南省政协主席李荣灿表示,海南省政协八届三次会议以来,共审查立案提案678件,办复率100%。")
    assert normalize_page(page)["handling_year"] == 2025


def test_the_items_of_a_span_of_years_have_no_handling_year():
    # tests/real db38250aadd2 (a county gazetteer: 自1986年4月…至2005年1月…共向大会提出议案552件; 1986~2005年,…建议732件)
    page = ("第四节 议案办理\n自1986年4月县十届人大第三次会议至2005年1月县十五届人大第三次会议,共向大会提出议案552件,"
            "经审查,作为议案处理的有8件。\n1986~2005年,县人民代表大会受理代表建议、批评和意见732件。")
    assert normalize_page(page)["handling_year"] is None


def test_an_items_number_opening_with_its_year_dates_an_undated_reply():
    # tests/real d64eff7eeb95 (惠东县: 《关于解决宝口镇农田水利设施修复建设资金的建议》(建议第20232061号), no date printed)
    page = ("你们提出的《关于解决宝口镇农田水利设施修复建设资金的建议》(建议第20232061号)收悉,现答复如下:\n"
            "接到惠东县十一届人大三次会议《关于解决宝口镇农田水利设施修复建设资金的建议》办理任务后,我局高度重视。")
    document = normalize_page(page)
    assert (document["doc_type"], document["handling_year"]) == ("reply", 2023)
    assert "handling_year_from:item_number" in document["warnings"]


def test_a_comparisons_year_is_not_the_counts_year():
    # dev 5befa1317230 (市农业农村委2019年办理工作总结: …共承办建议提案112件,比2018年增长了35%: 2018 is the baseline)
    page = ("市农业农村委2019年办理工作总结\n"
            "市农业农村委全年共承办建议提案112件,比2018年增长了35%。在各部门的努力下,建议提案100%按时办结。\n"
            "一、办理概况\n2019年我委共承办112件建议提案,其中代表建议63件(主合办35件,会办28件);政协提案49件(主合办23件,会办26件)。")
    assert normalize_page(page)["handling_year"] == 2019
    assert year_in("共承办建议提案112件,比2018年增长了35%") is None
    assert year_in("较2020年增加12件,2021年共承办建议40件") == 2021


@pytest.mark.parametrize(("page", "year"), [
    ("5f2fe8b755da", 2023),  # 陳傳懷代表: 您在縣第十七屆人大七次會議提出的《…》(第2023083號): seven digits, traditional
    ("809397446e40", 2019),  # 你们提出的《…的提案》(第20190785号)提案收悉: the number with no 建议 or 提案 before it
    ("843adc6acdca", 2021),  # 清遠市農業農村局關于市政協七屆會議 第20210206號提案…: in the headline
    ("883fb1ec3c46", 2023),  # …关于市第十三届人大四次会议第20230099号建议答复的函: the text's copy masked (第********号)
    ("e91cb2950e63", 2024),  # …第十四届三次会议第W2024049号提案…: after a letter
    ("d4a403404757", 2025),  # 关于区十八届人大四次会议第20250118040022号建议的答复函: the year, a day and a serial
    ("9e3461ef71d9", 2021),  # …修建小橋的建議》(20210152號(hào))收悉: bare after the item's name
])
def test_any_item_number_opening_with_its_year_dates_an_undated_reply(page, year):
    document = normalize_page(real_page(page))
    assert (document["handling_year"], "handling_year_from:item_number" in document["warnings"]) == (year, True)


@pytest.mark.parametrize(("page", "year"), [
    ("427fc768b3a9", 2021),  # …获评市政协2020年度优秀提案, a party's members at the session; no date printed
    ("f5a6032f3b93", 2019),  # 28日上午,…会议将…表彰政协2018年度优秀提案
    ("c6107e03b347", 2024),  # 潘小雅领取区政协2023年度优秀提案证书
])
def test_a_notice_commending_one_years_best_items_is_of_the_year_after(page, year):
    # settled point 134: the session commending a year's best items meets in the year after, when nothing printed dates it
    document = normalize_page(real_page(page))
    assert (document["handling_year"], "handling_year_from:items_commended_the_year_before" in document["warnings"]) \
        == (year, True)


def test_best_items_of_two_years_date_no_notice():
    page = ("区政协召开全会\n1月中旬,区政协全会召开,会议表彰了2020年度优秀提案,"
            "回顾了2019年度优秀提案的办理情况,委员们踊跃提交提案。")
    assert "handling_year_from:items_commended_the_year_before" not in normalize_page(page)["warnings"]


def test_a_page_on_the_commendation_itself_is_not_dated_by_the_session_after_it():
    # settled point 134's other side: the commendation is the subject (point 108 reads the items' year)
    page = ("区政协表彰一批优秀提案和提案承办单位\n1月中旬,区政协全会召开,会议表彰了2020年度优秀提案10件,"
            "委员们踊跃提交提案。")
    assert normalize_page(page)["handling_year"] != 2021


def test_a_serial_that_opens_with_no_plausible_year_dates_nothing():
    page = ("王明代表:\n你提出的《关于改善城区交通的建议》(第2093193号)收悉,现答复如下:\n我局高度重视,认真研究办理。")
    assert "handling_year_from:item_number" not in normalize_page(page)["warnings"]


def test_an_items_record_dates_it_by_the_day_it_was_handed_to_its_bureau():
    # tests/real c552495df317 and f573fe7c2587 (朝天's 提案管理系统 and 代表议案建议系统: the item's text, then 审查结果:已立案 /
    # 交办时间:2021年4月21日 | 是否重点:否 / 主办单位:…, then the bureau's answer; the session printed without its year)
    for page_id, url, year in (("c552495df317", "http://118.121.234.130:8080/old_html_bill.asp?id=671", 2021),
                               ("f573fe7c2587", "http://118.121.234.130/old_html_bill.asp?id=626", 2020)):
        document = normalize_page(real_page(page_id), url=url)
        assert document["handling_year"] == year
        assert "handling_year_from:assignment_date" in document["warnings"]


def test_a_standing_committees_report_is_given_at_the_next_session_and_this_years_plan_is_not_its_year():
    # settled point 28, tests/real 885b1d048c72 (四川: 今年,省政协将加强提案办理协商 is a plan; 省政协常委会关于提案工作情况的
    # 报告 on the items since 十二届二次会议, posted 2020-05-09, at the next session): null with a reason
    page = ("提案回顾这一年实实在在\n城市镜像.新闻汇总 2020-05-09\n"
            "消息来源:四川在线 省政协十二届二次会议以来,省政协立案提案1280件,交93家承办单位研究办理,办复率100%。"
            "今年,省政协将加强提案办理协商,目标为推动集体提案办理100%面对面协商。\n"
            "省政协常委会关于提案工作情况的报告显示,省政协十二届二次会议以来,省政协共收到提案1449件,经审查,立案1280件。")
    document = normalize_page(page)
    assert document["handling_year"] is None
    assert "handling_year_unknown:session_account_of_the_year_before" in document["warnings"]


def test_a_meeting_summing_up_one_years_items_and_setting_out_the_next_is_about_the_next():
    # tests/real 92a15af8a8cf (河南: 总结了2018年建议提案办理工作,安排部署了2019年相关工作); also 47a4ccbc745f
    page = ("河南省政协十二届二次会议提案集中交办\n\n中国网北京2月22日讯 河南政协网消息,2月21日,河南省人大常委会办公厅、"
            "省政府办公厅、省政协办公厅联合召开省十三届人大二次会议代表建议暨河南省政协十二届二次会议提案集中交办会。\n\n"
            "会议总结了2018年建议提案办理工作,安排部署了2019年相关工作,强调办理建议提案既是政府及其职能部门的法定职责。")
    document = normalize_page(page)
    assert document["handling_year"] == 2019
    assert "handling_year_from:year_planned" in document["warnings"]


def test_datelines_with_a_sources_view_count_its_authors_or_a_papers_page_number():
    # tests/real 6b0f2fee2533 (2021-10-18 国家市场监督管理总局10870: source and views)
    reply = ("中国食品网\n\n对十三届全国人大四次会议第2923号建议的答复\n\n   2021-10-18 国家市场监督管理总局10870\n王新春代表:\n"
             "  您提出的《关于加强生活用品、食品标签粘合剂管理的建议》收悉,现答复如下:")
    assert normalize_page(reply)["publish_date"] == "2021-10-18"
    # tests/real e91b2ff66628 (2023-01-04韩伟,张利达: a journal's date glued to its authors)
    review = ("APP下载\n\n回应关切抓落实 担责履职促发展\n——水利部2021年建议提案办理情况综述\n\n2023-01-04韩伟,张利达\n\n"
              "中国水利 2022年5期\n\n2021年,水利部承办建议提案共517 件,其中,建议357 件,提案160 件。")
    assert normalize_page(review)["publish_date"] == "2023-01-04"
    # tests/real d4e195db4f1a (来源:羊城晚报 2022年01月07日 版次:A07 …: a paper's page under the headline)
    news = ("佛山市政协十三届一次会议开幕,全面总结过去5年工作并提出未来工作建议\n提交提案2016件立案1523件\n"
            "来源:羊城晚报     2022年01月07日        版次:A07    栏目:    作者:张闻、杭莹、郑静\n"
            "五年来,市政协及其常委会坚持以习近平新时代中国特色社会主义思想为指导,围绕中心,服务大局。")
    assert normalize_page(news)["publish_date"] == "2022-01-07"


def test_a_date_printed_under_the_story_when_the_page_has_no_other():
    # tests/real 8edbfa6b0574 (创建时间: 2020-04-07 under the text, read like 更新时间: point 15)
    created = ("您所在的位置: 首页 > 食品安全资讯 > 食品新闻\n湖南:建议提案实现“四个100%” 涉食品药品安全等\n来源:红网\n"
               "省市场监管局表示,将加快推进建议提案办理工作,确保办一件建议提案,解决一类问题,推动一项工作。\n"
               "创建时间: 2020-04-07\n声明:")
    assert normalize_page(created)["publish_date"] == "2020-04-07"
    # tests/real a797ba187050 (浙江日报's digital paper: its index line under the story); also 6c35ffd8adf5 (钱江晚报)
    paper = ("浙江日报 数字报纸\n00002版:要闻\n省两会建议提案交办\n本报杭州4月2日讯 (记者 翁浩浩) 4月2日,省委办公厅、"
             "省人大常委会办公厅、省政府办公厅、省政协办公厅在杭州召开2019年省“两会”建议提案交办会。\n"
             "浙江日报 要闻 00002 省两会建议提案交办 2019-04-03 9816347 2 2019年04月03日 星期三")
    assert normalize_page(paper)["publish_date"] == "2019-04-03"


def test_a_reports_delivery_line_broken_over_two_lines_dates_it():
    # tests/real c61ea267f685 (——2026年1月5日在政协北京市通州区第七届委员会 / 第五次会议上); also d3d491d302e3 (…通过))
    page = ("中国人民政治协商会议\n北京市通州区第七届委员会常务委员会\n关于提案工作情况的报告\n"
            "——2026年1月5日在政协北京市通州区第七届委员会\n第五次会议上\n倪德才\n各位委员:\n"
            "我受政协北京市通州区第七届委员会常务委员会委托,向大会报告区政协七届四次会议以来提案工作情况,请予审议。")
    assert normalize_page(page)["publish_date"] == "2026-01-05"


def test_session_news_relaying_a_terms_proposal_report_takes_the_sessions_year():
    # tests/real 6ba61ede3365 (十二届漳州市政协期间共收到提案1654件, the report delivered at the session: meeting news by
    # point 54, its year the session's by point 113, no longer point 8's null of a term account)
    page = ("注册\n闽南网 > 漳州 > 漳州新闻 > 正文\n\n十二届漳州市政协期间共收到提案1654件 立案1615件\n\n"
            "来源:漳州新闻网 2017-01-09 09:16 http://www.mnw.cn/ 海峡都市报电子版\n\n"
            "  1月8日,在市政协十三届一次会议上,十二届市政协副主席黄井南受十二届市政协常委会委托,向大会作提案工作情况报告。"
            "报告回顾了十二届市政协五年来提案工作情况,并向十三届市政协提出提案工作建议。")
    document = normalize_page(page)
    assert (document["doc_subtype"], document["handling_year"]) == ("meeting_news", 2017)


def test_a_reply_under_a_news_headline_without_the_items_words_is_still_about_its_item():
    # tests/real d7134f485511 (农业农村部答复:…促进粮食安全; the session undated, 2020年 a policy's year: the publish year)
    page = ("今日要闻\n\n农业农村部答复:通过提高农业现代化水平,促进粮食安全\n\n"
            "———关于政协第十四届全国委员会第一次会议第01025号(农业水利类090号)提案答复的函\n"
            "2023-09-08 11:06:27 来源:农业农村部 阅读量:12204 评论\n\n"
            "导读:孟丽红委员提出的《关于通过提高农业现代化水平,促进粮食安全的提案》收悉。经商自然资源部,现答复如下。\n"
            "孟丽红委员:\n2020年,国务院办公厅先后印发《关于坚决制止耕地“非农化”行为的通知》。")
    document = normalize_page(page)
    assert (document["doc_type"], document["handling_year"]) == ("reply", 2023)


def test_a_meetings_date_in_its_news_lead_dates_it_before_the_address():
    # tests/real f9c7e52c2495 (a paper's page: 省政协十二届三次会议 undated, 2020年12月31日 in the lead, the address 20210105)
    page = ("通版阅读请点击:\n当前版:02版\n本期发布:\n省政协教科委召开提案协商评议座谈会\n李晓东出席\n"
            "  本报讯(实习记者 孙高菊)2020年12月31日,省政协教育科技委员会召开提案协商评议座谈会。省政协副主席李晓东出席并讲话。\n"
            "  会上,省委组织部、省委教育工委、省政府办公厅相关负责同志通报了省政协十二届三次会议提案的办理情况。")
    document = normalize_page(page, url="http://oldpaper.gjnews.cn/gjdb/20210105/html/content_20210105002001.htm")
    assert (document["doc_type"], document["handling_year"]) == ("notice", 2020)


def test_a_sessions_work_report_on_the_past_year_dated_early_in_the_next():
    # tests/real d1f5047450b6 (拉萨市政协十二届二次会议开幕 …向大会报告工作。他说,过去一年,…; only the address dates it);
    # also c072a5b21b10 (银川, 过去一年来)
    page = ("拉萨市政协十二届二次会议开幕\n中国西藏网讯 1月11日,西藏自治区拉萨市政协十二届二次会议开幕。出席会议的政协委员们将按照会议议程,"
            "坚持建言资政和凝聚共识,双向发力。\n拉萨市政协主席尼玛代表政协第十二届拉萨市委员会常务委员会向大会报告工作。他说,过去一年,"
            "政协拉萨市委员会及其常务委员会聚焦党委政府中心任务,切实担负起凝聚力量的政治责任。")
    document = normalize_page(page, url="http://www.pasarwebsite.com/cn/index/rediscovery/202201/t20220112_7128929.html")
    assert document["handling_year"] == 2021


def test_a_wires_spaced_dateline_and_a_blogs_posting_line_date_the_page():
    # tests/real acf70c044a15 (…全部办结-新华网 / 2023 10/21 11:47:04 / 来源: 新疆日报)
    wire = ("自治区党政领导干部领衔督办的19件代表建议全部办结-新华网\n2023 10/21 11:47:04\n来源: 新疆日报\n"
            "自治区党政领导干部领衔督办的19件代表建议全部办结\n字体:\n"
            "记者从自治区人大常委会获悉:今年自治区党委和政府主要领导同志领衔督办的19件自治区十四届人大一次会议代表建议,已全部办结并答复代表。")
    assert normalize_page(wire)["publish_date"] == "2023-10-21"
    # tests/real 5633482eac20 (洛阳日报's digital paper: 3上一篇  下一篇4 / 2011 年 2 月 17 日 星期    【打印】): the issue's date
    # spaced out over the story
    paper = ("| 洛阳日报 | 洛阳晚报 | 版面导航 | 标题导航 |\n3上一篇  下一篇4  \n2011 年 2 月 17 日 星期    【打印】  \n"
             "134件政协提案全部立案\n  本报讯 收到提案134件,确定立案134件。这是在近日召开的政协伊川县七届五次会议上出现的一个可喜变化。")
    assert normalize_page(paper)["publish_date"] == "2011-02-17"
    # tests/real ac191d63eb1b (• 本文由 灯塔 发表于2020年1月5日 00:00:00, under the story)
    posted = ("交通运输部:不停提升建议提案解决质量和效率\n灯塔\n管理员\n"
              "孙文剑提及,2019年交通运输部承办天下人大代表建议和政协委员提案共计826件,其中含议案15件,承办总数同比增加17.5%。\n"
              "微信扫一扫\n  • 本文由 灯塔 发表于2020年1月5日 00:00:00\n  • 转载请务必保留本文链接")
    assert normalize_page(posted)["publish_date"] == "2020-01-05"


@pytest.mark.parametrize(("line", "date"), [
    ("   2021-10-18 国家市场监督管理总局10870", "2021-10-18"),  # tests/real 6b0f2fee2533: its source and views
    ("2019-04-29 来源:《中国教育报》收藏", "2019-04-29"),  # tests/real e620e58627a7
    ("截至2016年12月13日前部答复完毕", None),  # tests/real 4c3e56041410: a sentence, not a dateline
    ("2016年5月18日,市人大代表视察“我市污水收集处理情况”议案办理情况。", None),  # tests/real 56465fa1c125: a caption
    ("【来源:市政协教科卫体委办公室】 【 】 【2025年05月09日】", "2025年05月09日"),  # tests/real 51bb78f001fb: in brackets
])
def test_a_dateline_is_a_date_with_a_short_spaced_tail_that_is_no_sentence(line, date):
    assert _dateline([line]) == date


@pytest.mark.parametrize(("line", "date"), [
    ("23-09-27 08:43 来源:中国甘肃网-甘肃日报 编辑:靳佩佩", "2023-09-27"),  # tests/real bef56f3a1a5d (two-digit year)
    ("17-01-13 08:46 来源:中国甘肃网-甘肃经济日报 编辑:仁青东智", "2017-01-13"),  # tests/real a29ba5cb1773
    ("23-09-27", None),  # no clock time: no dateline
    # tests/real fe7d08b6ef45 (sina: the headline glued to the portal's address, the date and the outlet)
    ("妇女界代表将在市两会上提交10份议案提案http://www.sina.com.cn 2008年01月18日07:22 解放日报", "2008-01-18"),
    ("株洲日?qǐng)?bào) 2025-02-22 10:29:56", "2025-02-22"),  # tests/real a86adcb06cc0 (a gloss lost its bracket)
    # tests/real c29adbd9ca9a (hnrmzy.com: the date labelled among the source's and author's fields)
    ("http://www.hnrmzy.com  文章来源:投稿   作者:刘长军  时间: 2023-07-14   上传:刘杏", "2023-07-14"),
    ("时间:2023年3月1日 地点:市政府三楼会议室", None),  # a meeting's time, no byline's fields
])
def test_datelines_with_a_short_year_an_address_a_lost_gloss_or_labelled_among_a_bylines_fields(line, date):
    assert parse_date(_dateline([line])) == date


def test_a_dated_note_opening_the_text_or_cut_off_beside_the_headline_dates_the_report():
    # tests/real 7e401b5aeaf7 (scholarmate.com, a periodical's copy: the note runs on into the text)
    assert _dated_note([], ["摘要", "<正>(2022年10月30日第十三届全国人民代表大会常务委员会第三十七次会议通过)"
                                   "全国人民代表大会常务委员会:第十三届全国人民代表大会第五次会议主席团交付…"]) == "2022年10月30日"
    # tests/real db2988faad86 (ppdoc.com: a chair meeting's 审议通过)
    assert _dated_note([], ["<正>(2014年7月21日政协第十一届福建省委员会第十二次主席会议审议通过)第一条为提高提案办理质量"]) \
        == "2014年7月21日"
    # tests/real 915ff1a1416d (jxxfw.com: a scan's digits spaced apart, 1 1月 for 11月)
    assert _dated_note([], ["论文部分内容阅读", "(2009年1 1月27日浙江省第十一届人民代表大会常务委员会第十四次会议通过)"]) \
        == "2009年11月27日"
    # tests/real b699017eeb89 (the note after the headline, its end cut off with the line)
    assert _dated_note(["中国人民政治协商会议第十四届阿坝藏族羌族自治州委员会 提案委员会关于十四届二次会议提案审查情况的报告 "
                        "(2017年12月28日政协第十四届阿坝州委员会第二次会议"], []) == "2017年12月28日"
    # tests/real 7bc53237ec38 (a rules text's history of revisions: no single date)
    assert _dated_note([], ["(1994年12月16日政协苏州市第九届委员会常务委员会第十次会议通过,2002年1月10日政协苏州市第十届委员会"
                            "常务委员会第二十四次会议修订,2019年5月30日政协苏州市第十四届委员会常务委员会第十三次会议修订)"]) is None


def test_a_sharing_sites_copy_takes_the_reports_dated_line_under_its_heading():
    # tests/real f4705554acf0 (doc.hozii.com: (在2016年10月11日…会议上), point 100: the copied document's own date)
    page = ("2016年县政协一次会议提案工作报告\n中国人民政治协商会议。\n**县第九届委员会常务委员会。\n提案工作情况报告\n"
            "(在2016年10月11日政协**县第十届委员会第一次会议上)\n各位委员、各位同志:\n"
            "我代表政协**县第九届委员会常务委员会,向大会报告本届以来的提案工作情况,请予审议。")
    document = normalize_page(page, url="https://doc.hozii.com/Doc/Detail/a2604e69-7256-41c9-82d3-f9b4821cd548")
    assert document["publish_date"] == "2016-10-11"


def test_a_law_databases_record_is_dated_by_its_promulgation_on_a_sharing_site_too():
    # tests/real 4b6e66ed7b6b (360docs.net: 文章属性 / •【制定机关】… / •【公布日期】2013.06.07 under the copied notice's heading)
    page = ("北海市人民政府办公室关于做好市十四届人大四次会议代表建议办理工作的通知\n\n合集下载\n"
            "  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。\n\n"
            "北海市人民政府办公室关于做好市十四届人大四次会议代表建议办理工作的通知\n文章属性\n•【制定机关】北海市人民政府\n"
            "•【公布日期】2013.06.07\n•【字号】北政办[2013]123号\n•【施行日期】2013.06.07\n•【效力等级】地方规范性文件\n正文\n"
            "各县、区人民政府,市直各委、办、局:\n市十四届人大四次会议期间,代表们提出了许多建议,现就做好办理工作通知如下。")
    document = normalize_page(page, url="https://360docs.net/doc/0d23598268.html")
    assert document["publish_date"] == "2013-06-07"


def test_a_copied_newspaper_page_is_dated_by_its_issue_and_its_past_year_is_the_year_before():
    # tests/real cfdee06ff8f1 (dawenge.com: 人民法院报/2024 年/3 月/2 日/第 001 版 over the story; 一年来 told in March)
    page = ("正文复制\n人民法院报/2024 年/3 月/2 日/第 001 版\n践行全过程人民民主,把“ 事事有回音” 落到实处\n"
            "——最高人民法院高质量办理代表建议系列综述之五\n本报记者 张孟\n"
            "人大代表是国家权力机关的组成人员,在实践和发展全过程人民民主中发挥着重要作用。一件件来自基层的建议,凝聚着代表们的智慧和心血。\n"
            "一年来,最高人民法院着力把接受人民监督、办理意见建议转化为推动法院工作发展的强大动力,积极践行全过程人民民主,自觉接受人民监督。")
    document = normalize_page(page, url="https://www.dawenge.com/document/detail.html?id=631063")
    assert document["publish_date"] == "2024-03-02"
    assert document["handling_year"] == 2023


@pytest.mark.parametrize(("digits", "date"), [
    ("20231130", "2023-11-30"),  # tests/real e4075fe41919 (共和县人大常委会 / 20231130)
    ("2023717", "2023-07-17"),  # tests/real f606729f515e (a reply's signature, 2023717)
    ("2017111", None),  # 1-11 or 11-1: no date
    ("2023年918", "2023-09-18"),  # tests/real b01c87ae7687 (凤县水利局 / 2023年918: 月 and 日 lost)
    ("202512月30", "2025-12-30"),  # tests/real e89cf4400e88 (盘锦市兴隆台区人民政府 / 202512月30)
    ("2021年86", None),  # tests/real d4452a37f4c9 (上饶市水利局 / 2021年86: a digit may be lost as well)
    ("202066", None),  # tests/real 5d5812cd7039 (潭头镇人民政府 / 202066: the same)
])
def test_a_signature_date_printed_without_its_year_month_and_day_characters(digits, date):
    assert _run_together_date(digits) == (True, date)


@pytest.mark.parametrize("line", ["202011", "2021年4", "2024", "20241", "2023年9月18日"])
def test_a_year_and_a_month_or_a_whole_date_is_no_date_with_its_characters_dropped(line):
    assert _run_together_date(line) == (False, None)


def test_a_cover_letters_signature_dates_the_notice_that_issues_a_document():
    # tests/real e1c4fa4fcd43 (杭州: the office's notice issuing the rules, signed and dated above them)
    page = ("杭州市人民政府办公厅关于印发杭州市人民政府办理人大代表建议和政协提案工作规则的通知\n杭政办〔2019〕1号\n"
            "各区、县(市)人民政府,市政府各部门、各直属单位:\n"
            "《杭州市人民政府办理人大代表建议和政协提案工作规则》已经市政府同意,现印发给你们,请遵照执行。\n"
            "杭州市人民政府办公厅\n2019年5月5日\n杭州市人民政府办理人大代表建议和政协提案工作规则\n第一章 总则\n"
            "第一条 为进一步规范和加强市政府办理人大代表建议和政协提案工作,提高办理质量和效率,制定本规则。")
    assert normalize_page(page)["publish_date"] == "2019-05-05"
    # tests/real e4075fe41919 (共和县: the date printed 20231130 under the standing committee's name)
    page = ("关于印发《关于2023年度县政府承诺民生实事人大代表票决项目完成情况的督办报告》的通知\n县人民政府:\n"
            "共和县第十六届人民代表大会常务委员会第十六次会议审议通过了县人大常委会《关于2023年度县政府承诺民生实事人大代表票决项目"
            "完成情况的督办报告》,现随文印发,请针对该报告所提存在问题及建议,结合实际,认真研究办理。\n共和县人大常委会\n20231130\n"
            "关于2023年度县政府承诺民生实事人大代表票决项目完成情况的督办报告\n各位副主任、委员:")
    assert normalize_page(page)["publish_date"] == "2023-11-30"


def test_a_proclamations_signature_above_the_regulation_it_publishes_dates_it():
    # tests/real f8f2aeff098b (吉林省人大常委会公告 第64号: …现予公布, signed and dated above the regulation's 目录)
    page = ("吉林省第十四届人民代表大会常务委员会公告\n第64号\n《吉林省人民代表大会代表建议、批评和意见办理条例》经"
            "吉林省第十四届人民代表大会常务委员会第十八次会议于2025年7月30日修订通过,现予公布,自公布之日起施行。\n吉林省人民代表大会常务委员会\n2025年7月30日\n"
            "目 录\n第一章 总则\n第二章 代表建议、批评和意见的提出")
    assert normalize_page(page)["publish_date"] == "2025-07-30"


def test_a_stored_pages_date_field_before_its_text_dates_it():
    # tests/real ae0c14912552 (lyd.com.cn) and 4a7572e3b980 (hk01.com): 'date 2024-11-15' opening the stored text
    page = (" date 2024-11-15 昨日,市政协组织部分政协委员走进市卫健委,开展“提案办理协商进委局”活动。\n"
            "昨日,市政协组织部分政协委员走进市卫健委,开展“提案办理协商进委局”活动。\n"
            "市卫健委通报了年度提案办理进展及全市卫生健康重点工作情况。")
    assert normalize_page(page, url="http://news.lyd.com.cn/system/2025/08/15/032493923.shtml")["publish_date"] == "2024-11-15"


def test_an_addresss_unset_timestamp_dates_nothing():
    # tests/real 49ce4bda32b4 (liujiang.gov.cn/…/t19700101_3456808.shtml: the CMS's Unix epoch)
    assert _address_date("http://liujiang.gov.cn/xxgk/zc/jzbf/t19700101_3456808.shtml") is None
    assert _address_date("http://liujiang.gov.cn/xxgk/zc/jzbf/202404/t20240401_3456808.shtml") == "2024-04"


def test_a_column_of_one_year_s_items_numbered_for_its_page_dates_them():
    # dev dd22c89a9026, 812cacce9c55 (…/qglhjytafw/2020nqglhjytablfwgk1/…: 2020, n for 年, pinyin initials, the page 1)
    assert _address_date("https://pfbrewclub.com/ztzl/zyzt1/qglhjytafw/2020nqglhjytablfwgk1/ae951cad4b19.htm") == "2020"
    assert _address_date("http://www.panyu.gov.cn/zwgk/yajytacl/2006n/2006nta/content/post_6551873.html") == "2006"


def test_the_count_clauses_year_not_another_clauses():
    # tests/real 68ab1608be8e (滁州日报: 今年…代表建议160件…;…从2018年开始选择…试点: 2018 is the pilot's start)
    sentence = ("会议指出:今年市政府共承办市七届人大二次会议议案3件、代表建议160件,均在规定期限内办理答复完毕;"
                "市人大常委会从2018年开始选择工作基础比较好的部分县(市、区)和乡镇开展民生实事项目人大代表票决制试点工作。")
    assert extract_figures(None, sentence).handling_year is None


def test_a_spans_start_gives_way_to_the_year_after_it():
    # tests/real 73b461416931 (致公党中央: 从2022年11月开始…启动了2023年全国政协大会提案…准备工作)
    assert year_in("从2022年11月开始,致公党中央就启动了2023年全国政协大会提案发言准备工作") == 2023
    assert year_in("自2023年以来,我局共承办建议12件") == 2023


@pytest.mark.parametrize(("page", "year"), [
    # tests/real bdf4c5e2b404 (a county paper's copy, no date printed: 今年 beside the items, the year printed beside them too)
    ("4月27日,市政协召开七届一次会议重点提案交办会,安排部署2022年重点提案办理工作。市政协副主席出席会议并讲话。\n"
     "会议要求,各承办单位要把今年的重点提案办理工作摆上重要议事日程。", 2022),
    # tests/real 41443ba30a55 (a meeting's agenda reporting this year's items, no date printed)
    ("会议议程,请市农业农村局副局长通报2025年我局承办的建议提案办理情况。\n今年我局承办的建议提案涉及农业农村各个方面。", 2025),
])
def test_an_undated_notice_with_this_years_items_takes_the_year_printed_beside_them(page, year):
    """今年 beside the items makes a page's date decide which year it means; with no date printed at all, the year the
    text prints beside the items is the one."""
    document = normalize_page(page.encode(), url="http://www.example.com/a/1.html")
    assert (document["doc_type"], document["handling_year"]) == ("notice", year)


def test_a_netease_news_address_dates_its_story():
    # tests/real 4eb72e257881 and 9f8ff94694d3: 网易's /<region>/YY/MMDD/HH/<id>.html, the year's last two digits
    assert _address_date("https://bendi.news.163.com/hunan/24/0305/17/ISHJAIPV04369D91.html") == "2024-03"
    assert _address_date("https://hb.news.163.com/jingmen/24/1129/11/JI5IFV2504089BBL.html") == "2024-11"
    assert _address_date("https://www.163.com/dy/article/ISHJAIPV04369D91.html") is None


@pytest.mark.parametrize("page, date", [
    # tests/real 5e1d3f668d21 (lfszx.gov.cn: the site's name and its address on the byline's line, no header found)
    ("陆丰政协网: www.lfszx.gov.cn 发布时间:2017-03-03 发布者:lfszx 字号:[大] [中] [小]\n"
     "3月2日下午,市政协召开十届二次常委会议,协商通过有关事项。市政协主席彭薏菁主持会议。", "2017-03-03"),
    # tests/real 95edd7306495 (a spam banner over the headline; the date and clock time in brackets)
    ("黑料吃瓜网免费|亚洲成热|蜜桃影像传媒|麻豆网络传媒网页入口|国产麻豆剧果冻传媒APP下载|午夜免费网站|91 大神在线|"
     "麻豆文化传媒招女演员|麻豆传媒下载免费版下载,国产最新高清自拍,免费日韩三级黄色,国产传媒第3页\n"
     "总理要求国办工作人员上两会“听民意纳民智”\n(2016-3-15 6:48:55)  来源:新京报   打印本页\n"
     "国务院总理李克强日前主持召开国务院常务会议,要求国办工作人员上两会听取代表委员意见。", "2016-03-15"),
    # tests/real 494b4d626651 (a party's site: [日期:…] over its source and author)
    ("[日期:2025-01-15]\n文章来源:民盟雅安市委会\n作者:民盟雅安市委会\n"
     "2025年1月6日至9日,雅安市第五届人民代表大会第四次全体会议、政协雅安市第五届委员会第四次全体会议相继隆重召开。", "2025-01-15"),
])
def test_a_date_marked_as_the_publishing_on_the_top_lines_dates_a_page_with_no_header(page, date):
    assert normalize_page(page)["publish_date"] == date


def test_a_top_line_s_date_needs_a_publishing_label_or_brackets_of_its_own():
    assert _publishing_date_on_top(["【发布时间:2023年3月1日】"]) == "2023年3月1日"
    assert _publishing_date_on_top(["时间:2023年3月1日 地点:市政府三楼会议室"]) is None  # a meeting's time
    assert _publishing_date_on_top(["(2023年3月1日下午,市政协召开提案办理协商会)"]) is None  # the event's day
    assert _publishing_date_on_top(["上传时间:2023-03-01 上传者:网友"]) is None  # a sharing site's upload (point 100)


@pytest.mark.parametrize("headline, date", [
    ("对市十五届人大三次会议第0688号代表建议的答复 ( 2020年08月20日 )", "2020-08-20"),  # tests/real 7c422b7d6f8f
    ("对市政协十四届三次会议第0678号提案的答复 ( 2025-05-12 )", "2025-05-12"),  # tests/real a87e8f4c0ec4
])
def test_a_disclosure_catalogue_s_date_in_brackets_beside_the_headline_dates_the_reply(headline, date):
    page = (f"{headline}\n\n关于进一步规范住宅小区物业管理的代表建议收悉,经我局会同市委组织部、市民政局研究,现将办理情况答复如下:\n"
            "一、加强物业管理行业党建引领。今年,市委将物业管理行业党建纳入全市城市基层党建工作。")
    document = normalize_page(page)
    assert (document["title"], document["publish_date"]) == (headline.rsplit(" (", 1)[0], date)


def test_a_letter_number_with_a_serial_after_its_year_dates_a_reply_57350ef7fe4c():
    # 教建议〔2017〕第329号 over a reply naming a session without its year: the letter's year, not its address's 2018
    page = ("教育部对十二届全国人大五次会议第5114号建议的答复\n教建议〔2017〕第329号\n张三代表:\n"
            "您提出的关于加强乡村教师队伍建设的建议收悉,现答复如下:\n一、关于教师待遇。我部高度重视。")
    document = normalize_page(page.encode(), url="http://www.moe.gov.cn/jyb_xxgk/xxgk_jyta/jyta_jiaoshisi/201801/t20180116_324712.html")
    assert document["handling_year"] == 2017


def test_items_a_party_is_to_submit_take_the_year_of_the_sessions_they_go_to():
    # round 62's ae4844100af7 (2024年2月20日,农工党中央…两会情况通报会…介绍…2023年履职成果: was 2023), f9441dd2bb4b and
    # b594c2222853 (台盟中央…拟向全国政协十四届四次会议提交…, published 2026: were null), ce5c5c89c84a (民盟中央拟提交两会提案40件)
    page = ("2024年2月20日,农工党中央在京召开中央和首都新闻媒体记者两会情况通报会,农工党中央专职副主席杨关林出席会议并讲话。\n"
            "杨关林介绍了农工党的基本情况、2023年履职成果,以及下一步工作方向。农工党中央拟向全国政协十四届二次会议提交提案45件。")
    assert normalize_page(page)["handling_year"] == 2024
    page = ("2026-02-28 20:36:14 来源:参考消息网 责任编辑:刘天霖\n"
            "中新网北京2月27日电 (李百加 程小路)台盟中央27日在北京召开新闻通气会。记者从会上获悉,"
            "台盟中央拟向全国政协十四届四次会议提交24件建言材料。\n其中涉台建言6件。")
    assert normalize_page(page)["handling_year"] == 2026


def test_an_item_s_own_text_is_dated_as_an_item_is():
    # dev abeff6d7e900 (番禺's 2006年提案 record: no words of the houses' items in its opening, was null as not about
    # them); point 108's order dates a proposal's text by its session, its date or its address. The page as stored: the
    # kind model, retrained each session, reads a shortened copy of it otherwise
    document = normalize_page(real_page("abeff6d7e900"), url="http://www.panyu.gov.cn/zwgk/yajytacl/2006n/2006nta/content/post_6551873.html")
    assert document["doc_subtype"] == "proposal_text"
    assert document["handling_year"] == 2006


def test_the_date_after_a_long_headline_on_its_catalogue_line_dates_the_reply():
    # tests/real 4701ca88845d and 5dc2e2cad021 (杨浦's disclosure catalogue: the headline, a space, its date; the
    # headline longer than a dateline's lead, or carrying the item's subject quoted after it)
    page = ("杨浦区消防救援支队关于对区第十七届人大第五次会议 第D-013号代表建议、批评和意见的答复 2024-08-06\n"
            "办理结果:解决采纳\n公开属性:主动公开\n"
            "杨浦区消防救援支队关于对区第十七届人大第五次会议第D-013号代表建议、批评和意见的答复\n王舜玲代表:\n"
            "您提出的D-013号“关于在老旧社区周边建设电动自行车充电桩”的代表建议收悉,现将办理情况答复如下:")
    document = normalize_page(page)
    assert document["publish_date"] == "2024-08-06"
    assert document["handling_year"] == 2024
    quoted = ("对区政协十五届二次会议第B078号提案的答复“关于打造青年友好型社区,推动杨浦区青年发展型城区建设的建议”(合办) 2023-05-15\n\n"
              "          办理结果:解决或采纳\n\n          主动公开\n\n杨浦区住房保障和房屋管理局\n\n杨房管(2023)20号\n"
              "对区政协十五届二次会议\n第B078号提案的答复\n共青团杨浦区委员会:\n"
              "你们提出的第B078号“关于打造青年友好型社区,推动杨浦区青年发展型城区建设的建议”提案收悉,现答复如下:")
    document = normalize_page(quoted)
    assert document["title"] == "对区政协十五届二次会议第B078号提案的答复“关于打造青年友好型社区,推动杨浦区青年发展型城区建设的建议”(合办)"
    assert document["publish_date"] == "2023-05-15"
    assert document["issuing_body"] == "上海市杨浦区住房保障和房屋管理局"


@pytest.mark.parametrize(("line", "date"), [
    # dev 7380f7ccdff9 (湖南省政协's site: the house, its 时间 in brackets, an empty 来源) and f72546be3a00 (江阴人大: the
    # date in brackets beside an empty counter)
    ("中国人民政治协商会议湖南省委员会     时间:[2016-01-26]    来源:", "2016-01-26"),
    ("(信息时间:2018-12-06)  点击量:", "2018-12-06"),
    ("文章来源:投稿 作者:刘长军 时间: 2023-07-14 上传:刘杏", "2023-07-14"),
])
def test_a_byline_s_date_beside_its_other_labels_even_empty_ones(line, date):
    assert _dateline([line]) == date


@pytest.mark.parametrize("url", [
    "https://ahconsultingsolutions.com/HPOFrfQLCt/info/1962/119723.htm",  # tests/real 793f629fc6ea
    "http://ynmg.gov.cn/info/1985/58422.htm",  # tests/real 61003cd9dbbe
])
def test_a_vsb_sites_column_number_is_no_date(url):
    assert _address_date(url) is None
    assert _address_date(url.replace("/info/", "/2021/")) is not None
    assert _address_date("https://jiangxi.3158.cn/info/20150126/n1355102197603.html") == "2015-01"  # db82ebab0b4e: a date


def test_a_file_named_by_a_six_digit_article_number_is_no_year_and_month():
    # tests/real 89793a5a3c9d (/info/4294/198207.htm: a VSB article, no 1982-07) and e129777d3fd2 (show-195410.html)
    assert _address_date("http://yncxym.gov.cn/info/4294/198207.htm") is None
    assert _address_date("http://www.cctv1204.com/news/show-195410.html") is None
    # a folder so named, or a date before a serial file, still dates the page
    assert _address_date("http://zjj.linfen.gov.cn/xxgk/jytadf/rdjy/202306/t20230615_203308.html") == "2023-06"
    assert _address_date("http://m.51si.cn/shouye/2024-01-09/202406.html") == "2024-01"


def test_a_news_dateline_with_its_source_and_credits_dates_the_page():
    # tests/real 6e029f33bdd1 (• 2011-03-09 • 来源:《工人日报》, a bulleted dateline)
    document = normalize_page(real_page("6e029f33bdd1"),
                              url="http://www.beijingreview.com.cn/2011lianghui/txt/2011-03/09/content_340188.htm")
    assert document["publish_date"] == "2011-03-09"
    page = ("两会代表建议办理见面会召开\n2015-02-11 18:11:10  来源:东南网  责任编辑:林雪\n"
            "2月10日,市政府召开人大代表建议办理见面会,通报建议办理情况。")
    assert normalize_page(page)["publish_date"] == "2015-02-11"


def test_item_numbers_opening_with_two_years_date_nothing():
    page = ("王明代表:\n你提出的《关于改善城区交通的建议》(第20220135号)和《关于增设公交站点的建议》(第20230217号)收悉,现答复如下:\n"
            "我局高度重视,认真研究办理。")
    assert "handling_year_from:item_number" not in normalize_page(page)["warnings"]


@pytest.mark.parametrize("page_id, year", [("42110d1cab60", 2025), ("dcf363d6cec0", 2026)])
def test_an_e_paper_readers_own_day_publishes_nothing_but_completes_the_storys_date(page_id, year):
    # tests/real 42110d1cab60, dcf363d6cec0 (360elib.com: 电子报阅读机 / 2026-01-24 / 星期六 / 当前报纸名称:石狮日报
    # over a story dated only 日期:11-12): the reader's day is not the paper's (point 120)
    url = "http://www.360elib.com:2027/detail.aspx?NewsCode=NC103&NewsId=74023827&OrgId=001"
    document = normalize_page(real_page(page_id), url=url)
    assert document["publish_date"] is None
    assert "publish_date_unknown:e_paper_readers_date" in document["warnings"]
    assert document["handling_year"] == year


@pytest.mark.parametrize("page_id, url, date", [
    ("46b3207acac6", "http://www.f9km6.cn/law/1/53203.html", "2020-08-19"),
    ("b08fc977af1f", "http://www.f9km6.cn/law/1/49354.html", "2023-01-12")])
def test_a_copy_sourced_to_a_bare_web_address_takes_its_records_written_date(page_id, url, date):
    # tests/real 46b3207acac6, b08fc977af1f (law-copy sites: 來源: www.f9km6.cn   日期:2025-12-27 over the record's
    # 發文機關 / 發文日期2020年08月19日): the byline's date is the copy's posting (point 100)
    assert normalize_page(real_page(page_id), url=url)["publish_date"] == date


def test_a_byline_naming_a_body_as_its_source_keeps_its_date_before_a_written_date():
    page = ("市卫生健康委关于市政协十四届二次会议第56号提案的答复\n来源:市卫生健康委   日期:2024-07-30   阅读:\n"
            "发文日期2024年07月12日\n张委员:\n您提出的《关于加强基层医疗卫生服务能力建设的提案》收悉,现答复如下:")
    assert normalize_page(page)["publish_date"] == "2024-07-30"


def test_the_day_a_sites_banner_greets_the_reader_with_is_no_date_of_the_page():
    # tests/real 60a12ec42f08 (遂宁市经济和信息化局: 今天是:2025年12月05日 over a 2019 reply that prints no date)
    document = normalize_page(real_page("60a12ec42f08"))
    assert document["publish_date"] is None
    page = "今天是:2024-05-03 星期五\n遂宁市经济和信息化局\n关于市人大第12号建议的复函\n发布时间:2024-04-04\n李代表:\n您提出的建议收悉。"
    assert normalize_page(page)["publish_date"] == "2024-04-04"


def test_a_bulleted_metadata_lists_second_date_is_its_publish_date():
    # tests/real 49d2fa1d4f42 (public.zhengzhou.gov.cn: the fields printed without names, 成文日期 before 发布日期)
    url = "https://public.zhengzhou.gov.cn/D1102X/8806920.jhtml"
    assert normalize_page(real_page("49d2fa1d4f42"), url=url)["publish_date"] == "2024-11-12"
    page = ("• 005252258/2024-00042\n  • 郑州市文物局\n  • 政协提案\n  • 2024-08-23\n"
            "郑州市文物局关于政协郑州市第十五届委员会第三次会议第20240123号提案的答复\n李委员:\n您提出的提案收悉,现答复如下:")
    assert normalize_page(page)["publish_date"] == "2024-08-23"  # one date: no order tells which it is, so it stays


@pytest.mark.parametrize("page_id, url, date", [
    ("4d9bde540194", "http://www.hunan.gov.cn/hnszf/hdjl/wjy/201911/t20191106_100001593.html", "2019-10-25"),
    ("ec39ae687512", "https://www.dingcheng.gov.cn/petition/711599", "2021-05-12")])
def test_a_records_answer_date_publishes_it_not_the_items_submission(page_id, url, date):
    # tests/real 4d9bde540194 (来信时间 | 2019-10-14 | 来信人 | 省政协委员 … / 答复时间 | 2019-10-25), ec39ae687512
    # (来信人 熊** 来信日期 2021-05-11 / 回复部门 住建局 回复日期 2021-05-12)
    assert normalize_page(real_page(page_id), url=url)["publish_date"] == date


def test_a_record_without_an_answer_date_publishes_nothing_but_its_submission_dates_the_year():
    # tests/real b74dadb209b9 (qqhrzx.gov.cn: 十三届二次会议第 4 号 / 提交日期:2022-12-03, the proposal's own record)
    document = normalize_page(real_page("b74dadb209b9"), url="http://www.qqhrzx.gov.cn/tainfo.aspx?id=1566")
    assert document["publish_date"] is None
    assert "publish_date_unknown:items_submission_date" in document["warnings"]
    assert document["handling_year"] == 2022


@pytest.mark.parametrize("page_id, date", [
    ("42db20c13d2b", "2022-07-07"),  # 2022-07-07 7780次浏览 作者:梁辉开 来源:钦州人大网 分享: (the views spaced off)
    ("6c04d778945c", "2024-03-05"),  # 【】 【2024-03-05】 【四川政协报】 (an empty cell before the date's)
    ("5b0b472558dd", "2017-12-26"),  # 当前位置:茂名日报 第2017-12-26期 第B3版:茂南观察 (an e-paper's issue)
])
def test_a_dateline_with_its_views_an_empty_cell_or_an_issue_number_dates_the_page(page_id, date):
    assert normalize_page(real_page(page_id))["publish_date"] == date


def test_a_signature_above_an_annex_dates_the_letter():
    # tests/real d566ad1e66eb (镇康县卫生和计划生育局 / 2018年5月2日 / 附件: / the feedback form), 77b549edb89a (洛阳市人民政府 /
    # 二〇一二年二月八日 / 附件: / the list of units it commends)
    assert normalize_page(real_page("d566ad1e66eb"))["publish_date"] == "2018-05-02"
    assert normalize_page(real_page("77b549edb89a"))["publish_date"] == "2012-02-08"
    letter = ("关于表彰2011年度人大代表建议办理工作先进单位的通知\n各县(市)区人民政府,市人民政府各部门:\n"
              "2011年,各承办单位认真办理人大代表建议,现予通报表彰。\n某市人民政府\n二〇一二年二月八日\n附件1\n先进单位名单\n"
              "一、先进单位14个\n市教育局\n市财政局")
    document = normalize_page(letter)
    assert document["signed_date"] == "2012-02-08"
    assert document["publish_date"] == "2012-02-08"


@pytest.mark.parametrize("page_id, date", [
    ("6ff07ed2e8fc", "2025-10-29"),  # 2025-10-29 来源:医药卫生网 - 医药卫生报 浏览:次医药卫生网讯(记者陈述明)日前,…
    ("a0bd217c6012", "2025-01-09"),  # 2025-01-09 22:35:11 來源:平潭網 作者:廖慧娟 蔡曦媛在平潭兩會期間,…
    ("e5cf85b62e1e", "2010-10-20"),  # 2010年10月20日来源:10月13日,上海市政协组织…
])
def test_a_dateline_run_into_the_first_paragraph_dates_the_story(page_id, date):
    assert normalize_page(real_page(page_id))["publish_date"] == date


def test_a_dateline_with_the_publishing_body_dates_the_page():
    # tests/real 602afc70fd16 (内丘县: 2022-05-23 发布机构:农业农村局 浏览次数:32 under the headline, the reply dated 2022年5月20日)
    assert _dateline(["2022-05-23 发布机构:农业农村局 浏览次数:32 字体:[大 中 小]"]) == "2022-05-23"
    assert normalize_page(real_page("602afc70fd16"))["publish_date"] == "2022-05-23"


def test_a_date_run_into_its_view_count_is_no_dateline():
    # 2023-07-170次浏览: the 17th with no views or the 1st with 70, the line does not say (tests/real c51ac092ff65)
    assert _dateline(["2023-07-170次浏览来源:网络"]) is None
    assert _dateline(["2023-07-17 0次浏览 来源:网络"]) == "2023-07-17"


def test_a_dateline_above_the_first_paragraph_dates_a_copy_whose_layout_found_no_header():
    # tests/real 623634f79b6e (人民网's 两会 topic page: banners over 2013年03月16日23:26    来源:人民网    手机看新闻)
    url = "http://lianghui.people.com.cn/2013npc/n/2013/0316/c357183-20813977.html"
    assert normalize_page(real_page("623634f79b6e"), url=url)["publish_date"] == "2013-03-16"


def test_a_forum_profiles_date_or_a_banners_clock_above_the_text_dates_nothing():
    # tests/real 7169e453a7a7 (a forum's poster profile: - 最后登录 / - 2015-6-22), 66ec784d2bb2 (天津市南开区人民政府
    # 2019年12月3日星期二: the portal's clock, over a decision whose 成文日期 and 发文日期 are empty)
    assert _dateline_among_top_lines(["- 在线时间", "- 260 小时", "- 最后登录", "- 2015-6-22", "- 主题"]) is None
    assert _dateline_among_top_lines(["天津市南开区人民政府 2019年12月3日星期二", "首页 > 政务公开"]) is None
    assert _dateline_among_top_lines(["首页 > 要闻 > 正文", "2023-03-04 14:44:51来源:南方网"]) == "2023-03-04"


def test_a_replys_written_date_dates_its_year_unless_later_than_its_publication():
    # tests/real 53fc4291613c (a ministry's table: 成文日期 2015年08月19日 | 发布日期 2016年03月04日; the session undated):
    # the letter's year; 5c524d23e9ff (成文日期 2020-04-09 after 发布日期 2017-05-27, in a column 2017年(已归档)): an archiving
    # date, which dates nothing
    document = normalize_page(real_page("53fc4291613c"),
                              url="https://most.gov.cn/xxgk/xinxifenlei/fdzdgknr/jyta/201603/t20160304_124457.html")
    assert (document["handling_year"], document["publish_date"]) == (2015, "2016-03-04")
    assert "handling_year_from:written_date" in document["warnings"]
    document = normalize_page(real_page("5c524d23e9ff"), url="http://rlsbj.cq.gov.cn/zwgk_182/zfxxgkml/jytabl/rdjy_145369/"
                                                             "rdjy2017/202004/t20200409_7031416.html")
    assert document["handling_year"] == 2017
