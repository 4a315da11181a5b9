"""Headlines found by their shape on real layouts (normalize/layout.py, normalize/printed.py).
Each page here is cut down from the tests/real page named in its comment."""

import pytest

from normalize import normalize_page
from normalize.layout import without_banner
from normalize.printed import printed_title


def _title(page: str, url: str | None = None) -> str | None:
    return normalize_page(page, url=url)["title"]


def test_a_traditional_headline_keeps_its_glosses_when_joined_or_after_a_lost_character():
    # tests/real 521716deeb01 (headline / ——subtitle, glossed: the subtitle left out, settled point 29) and
    # d4faee38d4e8 (?廣東省…關(guān)于…)
    page = ("首頁>專題>政協(xié)資訊\n讓民心工程更暖心\n——天津市政協(xié)召開重點提案辦理協(xié)商座談會小記\n"
            "2022年11月11日 17:11 | 來源:人民政協(xié)網\n"
            "人民政協(xié)網天津11月9日電 11月8日,天津市政協(xié)召開重點提案辦理協(xié)商座談會,圍繞提案辦理落實情況督辦交流。")
    assert _title(page) == "讓民心工程更暖心"
    assert printed_title("广东省人民政府办公厅关于印发 2013年", ["?广东省人民政府办公厅关于印发 2013年重点"],
                         ["?廣東省人民政府辦公廳關(guān)于印發(fā) 2013年重點"]) == "廣東省人民政府辦公廳關(guān)于印發(fā) 2013年"


def test_a_count_completing_a_headline_is_joined_and_a_deck_counting_its_own_items_is_left_out():
    # settled point 29: tests/real 4360baf69c22 (海南 法制时报: …履职尽责 / 524件提案全部办复, a deck) and
    # efbb24c0a4d4 (…召开第二次提案审查会 / 新收到提案554件); 8dd476e0cad5 (人民网: …建议提案 / 1萬余件全部按時辦結)
    above = ("当前版: 001版 上一版 下一版\n2023年省政协聚焦海南发展和群众关切履职尽责\n524件提案全部办复\n"
             "本报讯(记者张星)1月20日,记者从新闻吹风会上获悉,2023年,省政协共收到提案572件、审查立案524件,办复率100%。")
    assert _title(above) == "2023年省政协聚焦海南发展和群众关切履职尽责"
    review = ("省政协十三届二次会议召开第二次提案审查会\n新收到提案554件\n来源:四川日报 时间:2024-01-25 09:07:25\n"
              "1月24日,省政协十三届二次会议召开第二次提案审查会,对收到的政协提案进行集中审查。")
    assert _title(review) == "省政协十三届二次会议召开第二次提案审查会"
    # tests/real f4e6041902e3 (燕赵人民代表网: a deck of two counts, one space between, longer than the headline)
    two = ("燕赵人民代表网>>市县人大\n石家庄市十五届人大六次会议代表建议交办工作会召开\n"
           "566件代表建议全部交付相关部门办理 60件被确定为重点督办代表建议\n来源:燕赵人民代表网  2025-3-14 10:12:47\n"
           "3月13日,石家庄市十五届人大六次会议代表建议交办工作会召开,市十五届人大六次会议期间代表提出的566件建议全部交付相关部门办理。")
    assert _title(two) == "石家庄市十五届人大六次会议代表建议交办工作会召开"
    kicker = ("聚焦青海两会\n青海省政协收到提案800件\n2024年01月23日15:13 | 来源:人民网-青海频道\n"
              "人民网西宁1月23日电 记者从青海省政协十三届二次会议上获悉,青海省政协收到提案800件。")
    assert _title(kicker) == "青海省政协收到提案800件"  # a short kicker above a count headline is not its headline
    below = ("国务院部门牵头办理代表委员建议提案\n1万余件全部按时办结\n2020年05月10日09:42 来源:人民网-人民日报\n"
             "本报北京5月9日电 有关部门负责人介绍了2019年国务院部门办理全国人大代表建议和全国政协委员提案的情况。")
    assert _title(below) == "国务院部门牵头办理代表委员建议提案 1万余件全部按时办结"


def test_a_headline_broken_before_its_last_words_or_its_about_line():
    # tests/real 587f5ccd7089 (…提案办理质量 / 评议工作) and 6b9a95cda429 (…人民政府 / 关于…会议 / 委员提案办理工作总结)
    tail = ("区政协农业和农村委员会至区农业农村委开展2022年提案质量和提案办理质量\n评议工作\n"
            "9月27日上午,区政协农业和农村委员会至区农业农村委开展2022年提案质量和提案办理质量评议工作。")
    assert _title(tail) == "区政协农业和农村委员会至区农业农村委开展2022年提案质量和提案办理质量评议工作"
    about = ("政府信息公开\n新疆维吾尔自治区人民政府\n关于全国政协十四届二次会议\n委员提案办理工作总结\n发布时间:2024-12-05\n"
             "2024年,自治区人民政府办理全国政协十四届二次会议委员提案19件,均为委员个人提案。")
    assert _title(about) == "新疆维吾尔自治区人民政府关于全国政协十四届二次会议委员提案办理工作总结"


def test_a_formal_headline_wins_over_a_column_name_or_a_short_title_above_it():
    # tests/real 66a04bdab055 (红河州: column 人大代表建议办理答复 over the metadata) and 748e613cca7a (武汉市政协)
    column = ("人大代表建议办理答复\n• 索引号: 20240913-212122-400\n• 发布机构: 红河州林业和草原局\n• 发布日期: 2021-10-14\n"
              "红河州林业和草原局对州十二届人大四次会议第0080号建议的答复\n李群英等代表:\n"
              "你们在红河州十二届人大四次会议提出的第0080号建议,已转交我局研究办理,现将办理情况答复如下:")
    assert _title(column) == "红河州林业和草原局对州十二届人大四次会议第0080号建议的答复"
    short = ("十四届一次会议提案审查情况报告\n中国人民政治协商会议\n武汉市第十四届委员会第一次会议\n"
             "提案审查委员会关于市政协十四届一次会议\n提案审查情况的报告\n(2022年1月12日提案审查委员会全体会议通过)\n"
             "截至2022年1月12日下午14时,市政协十四届一次会议大会秘书处共收到提案567件。")
    assert _title(short) == ("中国人民政治协商会议武汉市第十四届委员会第一次会议"  # its author's name printed above it
                             "提案审查委员会关于市政协十四届一次会议提案审查情况的报告")
    news = ("省政协副主席胡刚向省政协十三届二次会议作提案工作情况报告\n"
            "中国人民政治协商会议江苏省第十三届委员会常务委员会关于一次会议以来提案工作情况的报告\n"
            "广大政协委员、政协各参加单位和各专门委员会积极通过提案建言献策。")  # tests/real fd0892b2819a
    assert _title(news) == "省政协副主席胡刚向省政协十三届二次会议作提案工作情况报告"


def test_a_headline_without_the_items_words_above_a_dated_byline():
    # tests/real 765ca2a14e74 (发布时间:… 丨 阅读次数:) and 656fbc38e1ce (- headline / - 发表时间:…)
    byline = ("您当前的位置:首页>>人大要闻\n市人大常委会开展主任接待代表日活动\n发布时间:2021-09-17 丨 阅读次数:\n"
              "9月16日,市人大常委会开展主任接待代表日活动,市人大常委会副主任路文忠接待了5位市人大代表,督办代表重点建议。")
    assert _title(byline) == "市人大常委会开展主任接待代表日活动"
    listed = ("您的位置:首页>微观两会\n- 2021年自治区人大履职成绩单\n- 发表时间:2022-01-16 11:24:47来源:广西日报\n"
              "摘要提示:2021年自治区两会期间,人大代表共提出建议692件。")
    assert _title(listed) == "2021年自治区人大履职成绩单"


def test_headlines_a_copy_runs_into_its_text_or_names_as_a_file():
    # tests/real 5e9a89587fa7, d5a91297b412 (one-line copies) and 66ca379d7d59 (taowenge: 《….doc》由会员分享)
    assert _title("2020年办理人大表建议政协委员提案工作总结现将2020年XX人民政府办理建议和委员提案工作情况总结如下:"
                  "一、办理情况2020年,由XX人民政府主办的建议、提案共有20件。") == "2020年办理人大表建议政协委员提案工作总结"
    assert _title("农业农村局 2024 年度人大代表建议、政协委员提案办理工作总结 一、办理情况 县农业农村局 2024 年度共主办县人大代表建议"
                  " 13 件、县政协委员提案 9 件。主要涉及乡村振兴等方面的内容。") == (
        "农业农村局 2024 年度人大代表建议、政协委员提案办理工作总结")
    shared = ("《县民政局2022年办理人大建议政协提案工作情况报告.doc》由会员分享,可在线阅读,更多相关《县民政局2022年办理人大建议"
              "政协提案工作情况报告.doc(4页珍藏版)》请在淘文阁网上搜索。\n1、县民政局2022年办理人大建议政协提案工作情况报告今年,"
              "我局共收到县政府法制办转办的人大代表建议、政协委员提案共11件。")
    assert _title(shared) == "县民政局2022年办理人大建议政协提案工作情况报告"
    # tests/real a3f71a0aa065 (a formal title run into its addressee) and c27307438a44 (a law database's copy running the
    # title into its fields: 文章属性•【制定机关】…)
    assert _title("关于县人大七届人大一次会议第50-1号人大建议答复的函 王沛海等十位代表: 你们在县十七届人大一次会议上提出的:"
                  "“关于全面加强我县饮用水水源地保护整治工作的议案”已收悉,经研究办理,现答复如下: 一、基本情况") == (
        "关于县人大七届人大一次会议第50-1号人大建议答复的函")
    assert _title("重庆市商务委员会关于政协重庆市委员会五届五次会议第0779号提案办理情况的答复函文章属性•【制定机关】重庆市商务委员会"
                  "•【公布日期】2022.05.12•【字号】渝商务函〔2022〕211号•【施行日期】2022.05.12•【效力等级】地方规范性文件•【时效性】"
                  "现行有效•【主题分类】机关工作,农副产品购销正文重庆市商务委员会关于政协重庆市委员会五届五次会议第0779号提案办理情况的答复函"
                  "市工商联:你们提出的关于加快推进我市农产品冷链物流发展的提案收悉。现答复如下。") == (
        "重庆市商务委员会关于政协重庆市委员会五届五次会议第0779号提案办理情况的答复函")


def test_an_original_headline_note_or_a_headline_the_text_prints_twice():
    # tests/real 6b113699f918 (原标题: first) and 695d5d921e50 (the headline printed twice inside the text)
    assert _title("原标题:省政协十二届五次常委会议开幕\n12月20日上午,政协云南省第十二届委员会常务委员会第五次会议在昆明开幕。"
                  "副省长到会通报省政府系统办理省政协十二届一次会议以来提案工作情况。") == "省政协十二届五次常委会议开幕"
    twice = "十三届全国人大三次会议9180件代表建议统一交办 拟确定9项重点督办建议"
    page = (f"本篇文章847字,读完约2分钟\n新华社北京6月9日电 记者从代表建议分配会议上了解到,代表们提出了9180条建议。\n{twice}\n"
            f"记者了解到,今年代表大会期间,代表提出的建议数量比去年增加了1020件。\n{twice}\n根据《代表法》的有关规定,建议将由194家承办单位研究处理。")
    assert _title(page) == twice
    closing_note = ("受政协第十二届全国委员会常务委员会委托,万钢向大会报告十二届政协的提案工作情况。\n"
                    "在主席台就座的领导同志还有:丁薛祥等。\n"
                    "中共中央有关部门负责同志应邀列席。\n原标题:两会受权发布:全国政协十三届一次会议在京开幕")  # tests/real af55aa62a413
    assert _title(closing_note) is None


def test_a_series_banner_or_an_outlets_name_before_a_bar_is_left_out():
    # tests/real 9f0278f5f812 (简报|…面复会) and b0e1ab3e17f9 (广州日报|…, printed three times; settled point 29)
    assert _title("简报|二道区卫计局组织召开 区人大代表建议、政协委员提案面复会\n长春卫生计生信息\n"
                  "4月25日,二道区卫计局组织召开了区人大代表建议、政协委员提案面复会。") == (
        "二道区卫计局组织召开 区人大代表建议、政协委员提案面复会")
    page = ("广州日报|办理答复满意率100%,提案办复率100%\n广州日报|办理答复满意率100%,提案办复率100%\n"
            "广州日报讯 6月29日~30日,禅城区政协四届五次会议召开。去年全年禅城区政协共收集提案273件,立案166件;提案办复率100%。")
    document = normalize_page(page)
    assert document["title"] == "办理答复满意率100%,提案办复率100%"
    assert document["doc_type"] == "summary"  # 答复满意率 is a rate, not a reply


def test_a_series_banner_above_the_headline_is_not_the_headline():
    # tests/real 46c8c070ffc6 (人民网: “民有所呼 政有所应”——部委建议提案办理工作系列报道之七 over the headline)
    page = ("“民有所呼 政有所应”——部委建议提案办理工作系列报道之七\n住建部:办理建议提案近千件 聚焦老百姓“幸福清单”\n"
            "人民网记者 许维娜\n2023年03月11日14:20   来源:人民网\n"
            "编者按:办理全国人大代表建议和政协委员提案,是政府听取民意、接受人民监督的内在要求。")
    document = normalize_page(page)
    assert document["title"] == "住建部:办理建议提案近千件 聚焦老百姓“幸福清单”"
    assert document["doc_subtype"] != "item_list"  # “幸福清单” is a figure of speech, not a list


def test_a_bodys_name_over_the_lines_above_its_about_headline():
    # tests/real d7cebaa77ff6 (中国人民政治协商会议 / 咸宁市第五届委员会第二次会议 / 关于提案审查情况的报告)
    page = ("中国人民政治协商会议\n咸宁市第五届委员会第二次会议\n关于提案审查情况的报告\n(2018年1月11日市政协五届二次会议通过)\n"
            "中国人民政治协商会议咸宁市第五届委员会第二次会议期间,市政协委员积极通过提案建言献策。大会期间,共收到提案156件。")
    assert _title(page) == "中国人民政治协商会议咸宁市第五届委员会第二次会议关于提案审查情况的报告"


def test_a_headlines_opening_line_above_it():
    # tests/real c4359a8246c0 (对市政协… / 第2025D048号集体提案的答复) and 6740590dfeea (遂昌县政协九届一次会议 / …交办会召开)
    reply = ("长房议字〔2025〕11号 签发人:赵洪利\n对市政协第十四届第四次会议\n第2025D048号集体提案的答复\n民建长春市委员会:\n"
             "贵会在市政协会议上提出的《关于做好城市体检工作,助推城市更新行动的建议》(第2025D048号)收悉,现答复如下:")
    assert _title(reply) == "对市政协第十四届第四次会议第2025D048号集体提案的答复"
    meeting = ("遂昌县政协九届一次会议\n提案和大会发言交办会召开\n"
               "4月26日上午,遂昌县政协九届一次会议提案和大会发言交办会在县政府四楼会议室召开。")
    assert _title(meeting) == "遂昌县政协九届一次会议提案和大会发言交办会召开"


def test_a_columns_mark_before_a_cjk_bar_is_left_out_and_a_document_number_after_the_headline_kept():
    # tests/real 5a527c00229e (中國發布丨…) and 7d854eec651e (…建议的答复 沈公复〔2023〕01号)
    assert _title("当前位置: 正文\n中国发布丨刘新成:政协委员等提出提案6117件 立案5039件 99.8%已办复\n"
                  "文章来源:中国网 发布时间:2022-03-04 16:40:11\n中国网3月4日讯 全国政协十三届五次会议4日在北京开幕。") == (
        "刘新成:政协委员等提出提案6117件 立案5039件 99.8%已办复")
    assert _title("沈丘县公安局关于县人大代表015号建议的答复 沈公复〔2023〕01号\n来源:本站 时间:2023-09-11\n尊敬的李云峰代表:\n"
                  "您提出“关于法制教育应从基础教育抓起的建议”已收悉。现就你提出的建议答复如下:") == (
        "沈丘县公安局关于县人大代表015号建议的答复 沈公复〔2023〕01号")  # on the headline's line: point 128


def test_a_one_line_copys_report_heading_before_its_salutation():
    # tests/real cc14b0f30c2f (wenke99: 1、- 1 -市教育局 2015 年建议提案办理工作汇报沈主任、各位领导:…)
    assert _title("1、- 1 -市教育局 2015 年建议提案办理工作汇报沈主任、各位领导:我就市教育局 2015 年建议提案办理工作情况向各位领导汇报如下:"
                  "一、整体工作推进情况。") == "市教育局 2015 年建议提案办理工作汇报"


def test_a_sharing_sites_file_pages_and_notes_are_chrome_and_the_texts_heading_the_title():
    # tests/real a34f599a5370 (renrendoc: ….doc_第1页 … 全文预览已结束 / 文档简介 / the heading run into the text)
    page = ("2011年人大代表建议、政协委员提案办理工作总结.doc_第1页\n2011年人大代表建议、政协委员提案办理工作总结.doc_第2页\n"
            "全文预览已结束\n下载本文档\n版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n文档简介\n"
            "区教育局2011年人大建议、政协提案办理工作总结 2011年教育局共承办区人大代表、政协委员建议、提案13件,"
            "其中,人大建议3件,政协提案10件。")
    assert _title(page) == "区教育局2011年人大建议、政协提案办理工作总结"


def test_a_headline_line_with_a_sites_name_after_it_gives_way_to_the_headline():
    # tests/real acf70c044a15 (…全部办结-新华网 over the headline) and a31ac08d2734 (…的通知 建标库)
    page = ("自治区党政领导干部领衔督办的19件代表建议全部办结-新华网\n2023 10/21 11:47:04\n来源: 新疆日报\n"
            "自治区党政领导干部领衔督办的19件代表建议全部办结\n字体:\n"
            "记者从自治区人大常委会获悉:今年自治区党政领导同志领衔督办的19件代表建议全部办结。")
    assert _title(page) == "自治区党政领导干部领衔督办的19件代表建议全部办结"
    notice = ("国务院关于认真办理全国人民代表大会代表提案的通知 建标库\n国务院关于认真办理全国人民代表大会代表提案的通知\n"
              "全国人民代表大会代表的提案,很多是有关社会主义现代化建设的重要建议。")
    assert _title(notice) == "国务院关于认真办理全国人民代表大会代表提案的通知"


def test_formal_headlines_broken_over_lines_with_their_author_or_number():
    # tests/real 960b936a031d (body / 对… / …建议的答复), ef6a69cfb6c5 (the letterhead over a one-line 对…的复函
    # is its author: relabelled 2026-12-03 after the second reading, point 78),
    # 6fc8d09bf75c (…建议的 / 答 复), abe0ad8e98a1 (关于…建议 / 和…提案的办理情况), 6361ff19ed91 (a number glued in front)
    # and c61ea267f685 (中国人民政治协商会议 / 北京市通州区…常务委员会 / 关于…的报告)
    broken = ("唐山市丰南区农业农村局\n对丰南区第七届人民代表大会\n第三次会议第20号建议的答复\n李任忠代表:\n"
              "您提出的关于“对大新庄镇农田管灌设施进行更新”的建议收悉,现答复如下:")
    assert _title(broken) == "唐山市丰南区农业农村局对丰南区第七届人民代表大会第三次会议第20号建议的答复"
    letterhead = ("宁交函〔2011〕25号 签发人:廖德谦\n宁陕县交通局\n对县十六届人大六次会议第37号建议的复函\n杨和平代表:\n"
                  "您提出的关于解决金川镇兴隆村环山公路建设有关问题的建议收悉,现答复如下:")
    assert _title(letterhead) == "宁陕县交通局对县十六届人大六次会议第37号建议的复函"
    spaced = ("高平市卫生健康和体育局\n关于对市七届人大五次会议第71号建议的\n答 复\n高卫体发〔2023〕148号\n尊敬的王爱珍代表:\n"
              "一、您这一提案提得很好,表明您对我市基层医疗卫生事业的高度关注。")
    assert _title(spaced) == "高平市卫生健康和体育局关于对市七届人大五次会议第71号建议的答复"
    both = ("2019-02-26 10:20来源:办公厅\n关于2018年全国人大代表建议\n和全国政协委员提案的办理情况\n一、基本情况\n"
            "2018年,我部共收到“两会”建议提案121件。")
    assert _title(both) == "关于2018年全国人大代表建议和全国政协委员提案的办理情况"
    glued = "市应急函〔2020〕73号对市政协十四届四次会议第324号提案的复函\n王文委员:\n您提出的提案收悉,现答复如下:"
    assert _title(glued) == "市应急函〔2020〕73号对市政协十四届四次会议第324号提案的复函"  # point 128
    report = ("|\n中国人民政治协商会议\n北京市通州区第七届委员会常务委员会\n关于提案工作情况的报告\n"
              "——2026年1月5日在政协北京市通州区第七届委员会\n第五次会议上\n倪德才\n各位委员:\n"
              "区政协七届四次会议以来,广大政协委员积极建言献策。")
    assert _title(report) == "中国人民政治协商会议北京市通州区第七届委员会常务委员会关于提案工作情况的报告"


def test_banners_a_repost_note_table_borders_and_a_news_sites_dateline():
    # tests/real 9aeb07d2b6e4 (两会前奏 | 海南省政协…), 4eca43643ede (the page's headline over two lines above its
    # 原标题 note), 98f512769a4e (…办理情况 | ||||||) and d1d6c02a92bd (人民网: …开幕 / 2024年01月23日15:13 | 来源:…)
    bar = ("两会前奏 | 海南省政协加强和改进提案工作,提高提案质量和办理质量\n人大政协这一年\n"
           "省政协加强和改进提案工作,提高提案质量和办理质量\n海南日报记者 刘操\n"
           "与时代发展“合辙”,与党政工作“同频”,与人民需求“共振”。翻开2023年省政协提案目录,一件件提案紧扣时代脉搏。")
    assert _title(bar) == "海南省政协加强和改进提案工作,提高提案质量和办理质量"
    noted = ("首页>政协·协商>会议 会议\n福建泉州市政协表彰\n优秀提案、提案办理先进单位和先进工作者\n"
             "原标题:市政协表彰优秀提案、提案办理先进单位和先进工作者\n"
             "为表彰先进,经十一届市政协第二十一次主席会议协商研究决定,本次大会共表彰优秀提案。")
    assert _title(noted) == "福建泉州市政协表彰优秀提案、提案办理先进单位和先进工作者"
    table = ("兰山区文化和旅游局2023年建议提案办理情况 | ||||||||||||||||||||||||\n2023-11-01 点击数: | ||||||||||||\n|\n"
             "2023年,我单位共接收市政协提案1件,区人大代表建议3件,区政协提案21件,共计25件,现已按照要求全部办结。")
    assert _title(table) == "兰山区文化和旅游局2023年建议提案办理情况"
    opening = ("人民网\n人民网>>青海频道>>本网专稿\n聚焦青海两会\n青海省政协十三届二次会议开幕\n"
               "2024年01月23日15:13 | 来源:人民网-青海频道\n小字号\n会议现场。人民网 况玉摄\n"
               "人民网西宁1月23日电 1月23日,中国人民政治协商会议第十三届青海省委员会第二次会议在西宁开幕。")
    assert _title(opening) == "青海省政协十三届二次会议开幕"
    # tests/real bc9c7ef9256e (an e-paper's issue date, 2023年04月12日 星期三: a weekday is no source)
    paper = ("十四届全国人大一次会议8314件代表建议统一交办\n2023年04月12日 星期三\n"
             "新华社北京4月11日电 记者11日从在京召开的十四届全国人大一次会议代表建议交办会上获悉,代表们共提出建议8314件。")
    assert normalize_page(paper)["issuing_body"] != "星期三"


def test_a_doubled_opening_a_teaser_over_the_headline_and_a_sessions_column():
    # tests/real d342c40c389c (凤凰网: 江西省政协十三届四次会议开幕 printed twice over its lead), 95bb28d0a83d (摘要:… over
    # the headline) and 5a03d0239c99 (海南两会观察:让政协提案…, a column's name)
    doubled = ("江西省政协十三届四次会议开幕\n江西省政协十三届四次会议开幕\n"
               "1月26日14时30分,中国人民政治协商会议江西省第十三届委员会第四次会议在南昌开幕。\n"
               "江西省政协主席宋福龙代表政协江西省第十三届委员会常务委员会,向大会报告工作。")
    assert _title(doubled) == "江西省政协十三届四次会议开幕"
    teaser = ("摘要:国务院各部门共采纳两会代表委员意见建议近4700条2月29日,国务院新闻办公室举行例行吹风会。\n"
              "国务院各部门共采纳两会代表委员意见建议近4700条\n"
              "2月29日,国务院新闻办公室举行例行吹风会,介绍2023年国务院各部门办理全国人大代表建议和全国政协委员提案工作有关情况。")
    assert _title(teaser) == "国务院各部门共采纳两会代表委员意见建议近4700条"
    column = ("海南两会观察:让政协提案转化为推动高质量发展的实际成效\n"
              "中新网海口1月27日电 让政协提案转化为推动高质量发展的实际成效,在海南自贸港的2025这一年得到了充分的诠释。")
    assert _title(column) == "让政协提案转化为推动高质量发展的实际成效"


def test_the_line_over_a_subheading_is_the_headline_whatever_its_words():
    # tests/real 7653b9dea563 (qzrd.gov.cn: [date] / 构建“满意度测评+”监督矩阵的若干分析 / ---以Q区人大常委会为例)
    page = ("[2025-08-04 12:06]\n构建“满意度测评+”监督矩阵的若干分析\n---以Q区人大常委会为例\n"
            "满意度测评,是一种通过科学的方法和手段,对个体或群体对于特定对象的满意程度进行量化评估的过程。")
    assert _title(page) == "构建“满意度测评+”监督矩阵的若干分析"


def test_a_news_headlines_first_line_ending_in_what_was_said_announces_the_second():
    # tests/real 6b59862de016 (经济日报 page: 王晨在…交办会上强调 / 紧紧围绕党和国家工作大局 高质量做好代表建议办理工作)
    page = ("上一版  下一版 2021年4月7日 星期 放大 缩小 默认\n王晨在十三届全国人大四次会议代表建议交办会上强调\n"
            "紧紧围绕党和国家工作大局 高质量做好代表建议办理工作\n\n"
            "新华社北京4月6日电 中共中央政治局委员、全国人大常委会副委员长王晨6日在十三届全国人大四次会议代表建议交办会上强调,"
            "要深入学习贯彻习近平新时代中国特色社会主义思想,高质量做好代表建议办理工作。")
    assert _title(page) == "王晨在十三届全国人大四次会议代表建议交办会上强调 紧紧围绕党和国家工作大局 高质量做好代表建议办理工作"


def test_no_author_is_put_before_a_headline_that_opens_with_its_number():
    # tests/real 50be20b685e1 (the bureau's name above the breadcrumb, the headline's line opening with its 文号)
    assert _title("重庆市江津区民政局\n\n当前位置: 重庆市江津区民政局>政务公开>政府信息公开目录>建议提案办理>人大代表建议办理\n\n"
                  "津民政函〔2025〕35号关于区十八届人大七次会议第188号建议办理情况的答复函\n\n"
                  "发布日期:2025-05-22 17:25:26\n\n唐倩代表:\n您提出的建议收悉,现答复如下:") == (
        "津民政函〔2025〕35号关于区十八届人大七次会议第188号建议办理情况的答复函")


@pytest.mark.parametrize(("line", "headline"), [
    # tests/real 7763562d6c20, e5e9700c9493, e6c6efcaa736, fdf03d5ccf46, f92373e2daf2: a series', a column's or a paper's
    # banner before or after the headline on its line (points 29, 112): a middle dot, a year, a latin letter in it
    ("记者探会·两会声音丨市六届人大五次会议共收到建议128件", "市六届人大五次会议共收到建议128件"),
    ("2026九龙坡两会丨凝聚智慧谋发展 肩负使命启新程", "凝聚智慧谋发展 肩负使命启新程"),
    ("V视|市政协八届二次会议提案办理工作协商会议召开", "市政协八届二次会议提案办理工作协商会议召开"),
    ("《深圳晚报》深圳两优秀政协提案获省政协表彰", "深圳两优秀政协提案获省政协表彰"),
    ("省政协常委会工作报告:提案立案1255件,连续4年建言优化营商环境丨两会“法”声·报告解读",
     "省政协常委会工作报告:提案立案1255件,连续4年建言优化营商环境"),
    # tests/real f236905bd1a6, ddd5298a6ebf, df902eeda8f1: an aggregator's tag naming a deputy, a wire's tag unbracketed
    ("人大代表王东华 省人大常委会召开代表议案建议交办会", "省人大常委会召开代表议案建议交办会"),
    ("蒋子龙人大代表 建世界名城 人大代表这样建议", "建世界名城 人大代表这样建议"),
    ("两会受权发布全国人民代表大会常务委员会工作报告", "全国人民代表大会常务委员会工作报告"),
])
def test_a_banner_on_the_headlines_line_is_left_out(line, headline):
    page = f"{line}\n发布时间:2024-01-18 10:20\n1月17日,记者从会议上获悉,委员们围绕发展大局提交提案,提案办理工作扎实推进。"
    assert _title(page) == headline


@pytest.mark.parametrize("headline", [
    # tests/real 6a414cca9a4c, a0155cdc0e57: what deputies do or put forward before the rest names no deputy
    "人大代表办实事 老旧小区也用上了天然气", "人大代表提案 关于修建淮南市门球场地的建议"])
def test_deputies_doing_before_the_rest_of_a_headline_is_no_tag_naming_one(headline):
    assert without_banner(headline) == headline
    assert without_banner("人大代表王东华 省人大常委会召开代表议案建议交办会") == "省人大常委会召开代表议案建议交办会"


def test_a_players_notice_over_the_page_is_chrome_not_the_end_of_its_header():
    # tests/real 862df74fad00 (此页面上的内容需要较新版本的 Adobe Flash Player。 over the session, the headline and its date)
    page = ("此页面上的内容需要较新版本的 Adobe Flash Player。\n\n获取 Adobe Flash Player\n\n州十四届人民代表大会第一次会议\n\n"
            "关于延边朝鲜族自治州十三届人大五次会议人大代表建议、批评和意见办理情况的报告\n\n2012-12-25 14:35:23\n\n延边州人民政府\n\n"
            "延边朝鲜族自治州第十四届人民代表大会第一次会议:州十三届人大五次会议期间,代表们提出建议、批评和意见210件。")
    assert _title(page) == "关于延边朝鲜族自治州十三届人大五次会议人大代表建议、批评和意见办理情况的报告"


def test_a_headline_over_lines_keeps_a_word_spaced_out_on_its_last_line_as_printed():
    # tests/real 69f187884d23, 7cd1565a08f7, d040f436b42d (…的 / 答 复(fù): the letter's heading over lines, its last word
    # spaced; was the heading without the glosses, read back from the simplified text)
    read = ["岳阳县张谷英镇人民政府", "对县十八届人大四次会议第153号建议的", "答 复"]
    printed = ["岳陽(yáng)縣張谷英鎮(zhèn)人民政府", "對(duì)縣十八屆人大四次會(huì)議第153號(hào)建議的", "答 復(fù)"]
    assert printed_title("岳阳县张谷英镇人民政府对县十八届人大四次会议第153号建议的答复", read, printed) == "".join(printed)
