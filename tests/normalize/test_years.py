"""Handling years on real page shapes (normalize/years.py). Each page here is cut down from the tests/real
page named in its comment."""

from normalize import normalize_page
from normalize.figures import is_term_account
from normalize.years import _HOUSES_ITEMS
from tests.normalize.conftest import real_page


def test_an_account_of_5年来_in_arabic_digits_is_a_term_account():
    # tests/real 674391760835 (rmrb.online: 高检院5年办理人大代表建议170余件, settled point 8)
    page = ("高检院5年办理人大代表建议170余件\n"
            "本报北京2月20日讯 记者徐运平从最高人民检察院了解到,5年来,最高人民检察院有关部门办理全国人大代表建议170余件、"
            "全国政协委员提案70余件。统计显示,对于办理情况和答复意见,代表和委员们的满意率达到95%以上。")
    document = normalize_page(page)
    assert document["handling_year"] is None
    assert "handling_year_unknown:term_account" in document["warnings"]


def test_a_year_ending_in_5_before_年提案_is_no_term():
    # tests/real 7b230cc26181 (全国政协提案委员会今天通报了2015年提案工作情况: a year, not 5年 of a term)
    assert not is_term_account(None, "2月23日讯 记者李丹报道:全国政协提案委员会今天通报了2015年提案工作情况。")
    assert is_term_account(None, "记者徐运平从最高人民检察院了解到,5年来,最高人民检察院有关部门办理全国人大代表建议170余件")


def test_一年来_opening_the_account_at_the_next_session_is_the_year_before():
    # tests/real 4104dea9f756 (paper.ce.cn: the national CPPCC standing committee's report since the last session,
    # delivered on 2016年3月3日; 一年来,…提交提案6012件 → 2015, settled points 28 and 38)
    page = ("中国人民政治协商会议全国委员会常务委员会关于政协十二届三次会议以来提案工作情况的报告\n"
            "——在政协第十二届全国委员会第四次会议上\n(2016年3月3日)\n陈晓光\n各位委员:\n"
            "我代表中国人民政治协商会议全国委员会常务委员会,向大会报告政协十二届三次会议以来的提案工作情况,请予审议。\n"
            "一、提案办理情况\n"
            "一年来,政协委员、政协各参加单位和各专门委员会,围绕促进经济平稳较快发展和维护社会和谐稳定,"
            "通过提案积极履行职能,提交提案6012件。经审查,立案5027件。")
    assert normalize_page(page)["handling_year"] == 2015


def test_a_year_glued_to_its_month_dates_the_session():
    # tests/real 4e006099b905 (rd.sanya.gov.cn: the page lost its 年: 20251月 is 2025年1月)
    page = ("三亚市第八届人民代表大会第六次会议代表议案以及建议办理情况的报告\n2026-01-26 15:53 市人大常委会办公室\n"
            "20251月,市八届人大六次会议以来,收到代表团和代表提出议案4件、建议211件。会后,市人大常委会代表工作委员会"
            "将代表议案和建议交由各有关承办单位办理。现将办理情况报告如下:")
    assert normalize_page(page)["handling_year"] == 2025



def test_一年来_anywhere_in_an_account_told_at_the_next_session_is_the_year_before():
    # tests/real f8ef93a30e2a (a county CPPCC's account since its fifth session, told at the sixth's opening
    # on 2 February 2021; 一年來 → 2020: settled point 77)
    page = ("白沙:政協提案辦復率100%\n2021年02月04日 07:35  來源:中新網海南\n"
            "中新網海南新聞2月3日電 2月3日,政協白沙黎族自治縣第十屆委員會第六次會議開幕。政協白沙黎族自治縣第十屆委員會"
            "第五次會議以來,政協委員聚焦產業發展、鄉村振興,通過政協平臺提交提案49件,都得到相關部門的重視和辦理,"
            "提案辦復率100%。\n"
            "一年來,白沙全縣11個鄉鎮成立了政協工作聯絡站和基層協商議事會。")
    assert normalize_page(page)["handling_year"] == 2020


def test_今年_with_results_past_the_address_date_takes_no_year():
    # tests/real a10d81b87521 (今年…截止到11月底 under an address of 2008-07-23: the date is not the page's, point 70)
    page = ("宣城傳媒網訊 績溪縣委、縣政府十分重視政協委員提案辦理工作。該縣自今年元月八屆一次會議召開以來,共收到委員提案"
            "104件,經審查立案的有92件,這些提案共涉及29個承辦單位。截止到11月底,92件提案中,己經解決和基本解決的有16件。"
            "提案辦復率達100%。")
    document = normalize_page(page, url="http://whatawebsite.org/news/xuancheng/2008-07-23/2008-07-23-45350.html")
    assert document["handling_year"] is None
    assert "handling_year_unknown:date_before_the_results" in document["warnings"]


def test_a_printed_date_a_year_after_the_address_is_no_date_of_the_page():
    # tests/real efb02774789b (m.ttocc.com: 发布消息日期:2020-01-17 under an address …/20190117/…; the session's intake
    # news is of 2019, the printed date a re-stamp: settled point 70)
    page = ("当前位置: 首页/专题专栏/两会专题/人代会各式各样\n"
            "履职热情高涨 提案质量提升 区政协五届三次会议收到提案223件\n"
            "信息来源: 发布消息日期:2020-01-17 阅读次数:\n"
            "截至1月16日下午4时,区政协五届三次会议共收到提案223件,经审查立案205件,并案6件,不予立案12件。")
    url = "http://m.ttocc.com/ztzl/005010/005010005/20190117/6eb8fede-d475-410e-af8f-4d97ea2664e8.html"
    document = normalize_page(page, url=url)
    assert document["publish_date"] == "2020-01-17"
    assert document["handling_year"] == 2019


def test_an_other_page_on_citizens_suggestions_has_no_handling_year():
    # tests/real 8e6c7b071155 (qingdao.gov.cn: a bureau's handling of 市民意见建议, not deputies' or members' items)
    page = ("市财政局高度重视市民意见建议的办理工作,重点抓住责任落实、反馈督查、跟踪问效几个环节,着眼于建立有利于科学发展的"
            "长效工作机制,结合当前财政改革任务和2010年工作安排,分类逐项抓好落实。经梳理归纳,共有41条是民意见作为重点办理事项。")
    url = "http://www.qingdao.gov.cn/ywdt/zwzl/smhd/smhd2009/sm2009_46/202202/t20220209_4338943.shtml"
    document = normalize_page(page, url=url)
    assert document["doc_type"] == "other"
    assert document["handling_year"] is None
    assert "handling_year_unknown:not_about_suggestions_or_proposals" in document["warnings"]


def test_a_suggestions_own_heading_names_the_houses_item():
    # tests/real daf66a93c0ad (a deputy's suggestion form, 题目:关于加强农村居民用水安全监管的建议: other / proposal_text)
    assert _HOUSES_ITEMS.search("关于加强农村居民用水安全监管的建议")
    assert not _HOUSES_ITEMS.search("市财政局高度重视市民意见建议的办理工作")


def test_a_year_opening_the_count_dates_a_notice_that_is_no_meetings_news():
    # tests/real 458dcda47d5f (kuaixiaopin.net, address …/2014/0117/…: 2013年,省政协共征集提案567件 is the year the
    # page states for its items, before the address's)
    page = ("省政协去年提案近三成涉及民生 2013年,省政协共征集提案567件,经审查立案539件。 539件提案中,围绕医疗和社会保障、"
            "就业等民生话题的提案占提案总数的27%。 去年,共有145件提案围绕保障和改善民生。")
    document = normalize_page(page, url="https://kuaixiaopin.net/a/xiaofei/2014/0117/18628.html")
    assert document["handling_year"] == 2013


def test_the_year_opening_a_notices_text_dates_its_event_on_a_page_posted_years_later():
    # tests/real 8ec049ec9414 (岳阳市情网, 日期:2015-03-29: a chronicle entry on 2004's suggestions)
    page = ("代表建议办理\n来源:未知来源 日期:2015-03-29 12:00\n"
            "2004年,市五届人大二次会议秘书处将代表会议期间所提140件建议、批评、意见,交市政府、市中级法院、市检察院办理。"
            "市政府常务副市长李湘岳,于3月30日主持召开市直和县(市)、区政府等81家承办单位负责人参加的交办会。")
    assert normalize_page(page)["handling_year"] == 2004


def test_a_glued_year_and_month_opening_a_notice_dates_its_event():
    # tests/real e7bd8ccd2d91 (dyrdw.gov.cn, 时间:2014-03-25: 20105月下旬 is 2010年5月下旬, the inspection's date)
    page = ("当前位置:首页 > 热点聚焦\n市人大督办代表建议办理\n时间:2014-03-25 00:00:00  来源:  作者:\n"
            "20105月下旬,市政府办公室会同市人大人代联委就代表建议办理情况,对市公安局、交通局等承办单位进行联合督查。"
            "市十五届人大三次会议期间代表提出的146件建议,分别交33个部门和单位办理。")
    assert normalize_page(page)["handling_year"] == 2010


def test_a_count_sentence_over_five_years_makes_a_term_account():
    # tests/real 9b594bcb3c5c (漢濱區水利局, as the rules read it in simplified: not one year's items)
    assert is_term_account(None, "据统计,近五年来,汉滨区水利局共办理人大代表建议100余件。")


def test_a_count_of_a_terms_items_named_without_a_session_makes_a_term_account():
    # tests/real cbb014055ec8 (最高检共承办十三届全国人大建议1044件: the whole term's items, settled point 8)
    assert is_term_account(None, "最高检共承办十三届全国人大建议1044件,承办十三届全国政协提案313件。")
    assert not is_term_account(None, "2022年,住房和城乡建设部共承办十三届全国人大五次会议代表建议594件。")


def test_a_yearly_report_counting_the_items_among_its_work_has_the_reports_year():
    # tests/real 86814d2668f5 (河北省工业和信息化厅's disclosure report, its opening as stored: other, figures null, point 89)
    page = (
            '河北省工业和信息化厅2023年度政府信息公开工作报告\n2024-01-26\n\n\u3000\u3000根据《中华人民共和国政府信息公开条例》'
            '《河北省实施〈中华人民共和国政府信息公开条例〉办法》等规定，发布本年度报告。报告中所列数据统计期限为2023年1月1日至'
            '12月31日。\u3000\u3000一、总体情况\u3000\u30002023年，省工业和信息化厅坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕党中'
            '央、国务院决策部署和省委、省政府中心工作,聚焦助推行业发展、促进利企便民，持续深化政务公开，丰富公开形式，提高公开质量，'
            '为全省工业和信息化事业发展营造了良好氛围。\u3000\u3000（一）主动公开方面。按照“公开为原则，不公开为例外”要求，动态调整政务公开'
            '事项清单，主动公开各类政府信息。全年通过门户网站发布各类政务信息4464条，其中,我厅制发的规范性文件1件、政策类文件8'
            '件、各类业务性文件283件,省人大代表建议和政协提案办理结果74件等。全年通过“河北工信”微信公众号、政务微博发布政务信'
            '息1378条。全年向“两馆一中心”转交文件292件。\u3000\u3000（二）依申请公开方面。严格执行《河北省政府信息公开申请办理规范》'
            '，不断完善信息公开申请接收、登记、审核、办理、答复、归档的工作制度，开设了网络、信函、当面申请等渠道，严格遵守依申请公开'
            '答复期限，依法保障公众合理的信息公开需求。全年收到公民、法人和其他组织提交的政府信息公开申请10件，办结10件，均在法定')
    url = "http://gxt.hebei.gov.cn//hbgyhxxht/zfxxgk/zfxxgknb/949157/index.html"
    document = normalize_page(page.encode(), url=url)
    assert (document["doc_type"], document["handling_year"]) == ("other", 2023)
    assert "handling_year_from:annual_report_title" in document["warnings"]
    # the same report without the houses' items is about no items: no year
    plain = normalize_page(page.replace("省人大代表建议和政协提案办理结果74件", "依申请公开结果74件").encode(), url=url)
    assert plain["handling_year"] is None


def test_session_opening_news_quoting_last_years_proposals_takes_the_sessions_year():
    # tests/real e91f9f75e638 (zjol.com.cn, address …/2012/01/11/…: the 2012 session hears 2011年提案…的报告; point 46)
    page = ("浙江在线杭州1月11日讯 今天,浙江省政协十届五次会议在杭州隆重开幕。冯明光作政协第十届浙江省委员会常务委员会"
            "关于十届四次会议以来提案工作情况的报告。\n在作2011年提案及提案办理基本情况的报告时,冯明光说——\n"
            "省委、省政府对提案办理工作高度重视。")
    url = "http://zjnews.zjol.com.cn/05zjnews/system/2012/01/11/018137783.shtml"
    assert normalize_page(page, url=url)["handling_year"] == 2012


def test_news_of_a_session_about_to_open_quoting_last_years_count_takes_the_sessions_year():
    # tests/real 85e30d47b413 (zuoy.net, 时间:2020-01-09: 2019年立案提案718件 quoted before the 2020 session; point 46)
    page = ("内蒙古自治区政协十二届三次会议将于1月11日召开\n时间:2020-01-09 11:15:58 热度:37.1℃ 作者:网络\n"
            "人民网呼和浩特1月9日电 (王慧)9日上午,记者从内蒙古自治区政协召开的新闻发布会上了解到,自治区政协十二届三次会议"
            "将于1月11日至1月15日在呼和浩特市召开,会期4天半。\n"
            "2019年是人民政协成立70周年,自治区政协为促进内蒙古经济社会发展和民生改善做出了应有贡献。2019年立案提案718件,"
            "其中涉及民生领域466件,占比65%。")
    assert normalize_page(page, url="http://zuoy.net/19/175161.html")["handling_year"] == 2020


def test_a_leads_day_and_month_take_the_year_nearest_a_later_date_in_the_text():
    # tests/real 45932aa9f439 (闵行区政协: 12月23日 beside the next session's 2026年1月12日 is 2025-12-23; point 120)
    page = ("在协商民主中推动履职成果转化 闵行区政协召开常委会会议\n12月23日,闵行区政协召开七届二十三次常委(扩大)会议。\n"
            "会议听取了区府办关于区政协七届四次会议以来提案办理情况的通报并进行协商。"
            "会议决定,区政协七届五次会议于2026年1月12日至14日召开,会期三天。")
    url = "http://61.129.0.41/shzx/dqzx/content/f3a185aa-da18-4462-afd1-297b4db68423.html"
    assert normalize_page(page, url=url)["handling_year"] == 2025


def test_a_leads_day_and_month_under_an_address_of_early_next_year_are_of_the_year_before():
    # tests/real f0c6912f6bb4 (xfnrw.com, address tagz2018-02: a visit of 11月13日 is 2017's; point 120)
    page = ("董煜华参加 陈芝凤带队\n11月13日下午,市政协视察组对市公安局今年的提案办理工作开展视察。\n"
            "今年,市公安局共承办政协提案49件,并经市政协常委会议票选确定为市政协民主评议2017年度提案办理工作的评议对象。")
    assert normalize_page(page, url="https://xfnrw.com/html/tagz2018-02-133033.html")["handling_year"] == 2017


def test_a_bureaus_outreach_to_两代表一委员_is_no_houses_business_and_has_no_year():
    # tests/real 499d5689d12f (laixinews.com, address 2019-12-17) and 5a23a01d56a9 (杭州统计, 发布日期 2020-09-23):
    # the deputies and members are the bureau's guests, no items are the subject (point 108)
    page = ("记者 徐晟\n日前,市卫生健康局、水集街道联合召开“两代表一委员”座谈会,议民生实事,找问题差距,"
            "增进社会各界对市卫生健康局和水集街道工作的了解和支持。")
    document = normalize_page(page, url="http://laixinews.com/jkyl/2019-12-17/41936.html")
    assert document["handling_year"] is None
    page = ("“两代表一委员”走进杭州统计\n发布日期: 2020- 09- 23 16: 09 浏览次数: 来源: 市统计局\n"
            "中国统计开放日是统计部门打造阳光统计的一张亮丽名片,已经成为社会公众了解统计、认知统计、贴近统计的“桥梁”和“窗口”。")
    assert normalize_page(page)["handling_year"] is None


def test_the_date_an_account_says_its_items_were_answered_by_gives_its_year():
    # tests/real 420110472057 (baogaosu.com, only 1月27日 printed: 全部于2014年9月底前书面答复 → 2014; point 77)
    page = ("兰州市:委员建言注重质量 政府采纳率创新高\n中国甘肃网1月27日讯 据兰州日报报道 (记者 邵其珍) 1月26日,"
            "市政协召开第十三届委员会第十二次常委会。市委常委、副市长俞敬东对市政协十三届三次会议以来交由市政府系统承办提案"
            "办理情况进行通报。值得注意的是,在过去的一年,立案审查的343件交办提案中,市政府已解决或采纳的提案达到239件,"
            "较上年提高了21个百分点,达到了69.68%,为多年来最高的一年。\n这些提案,集中反映了人民群众和社会各界当前普遍关心的热点难点问题。根据市政府的通报,"
            "所有提案全部于2014年9月底前书面答复了各专门委员会和委员本人,按期答复率达到了100%。")
    assert normalize_page(page, url="http://lanzhou.baogaosu.com/xinwen/x/28871828")["handling_year"] == 2014


def test_过去一年_told_at_a_citys_cppcc_plenary_in_march_is_the_year_before():
    # tests/real e1c2b719b06f (rmzxb.com.cn, 2024年03月26日: 记者从…市政协全会获悉,过去一年,…298件提案 → 2023; points 28, 77)
    # (the whole page: its first paragraph alone is read as the plenary's news by the kind model, of the plenary's year)
    assert normalize_page(real_page("e1c2b719b06f"), url="https://www.rmzxb.com.cn/c/2024-03-26/3514966.shtml")[
        "handling_year"] == 2023


def test_一年来_at_a_plenary_in_april_is_the_year_before_and_in_december_the_years_own():
    # a variant of tests/real e1c2b719b06f's wording: 一年来 learned at a county CPPCC's plenary, dated in April
    page = ("县政协提案工作综述\n发布时间:2023-04-12\n4月10日,记者从县政协全会上获悉,一年来,县政协委员"
            "共提交提案126件,经审查立案112件,目前已全部办复,办复率100%。")
    assert normalize_page(page)["handling_year"] == 2022
    # the same account dated at the year's end, with no session, is of its own year
    page = ("县政协提案工作综述\n发布时间:2023-12-12\n一年来,县政协委员共提交提案126件,经审查立案112件,"
            "目前已全部办复,办复率100%。")
    assert normalize_page(page)["handling_year"] == 2023


def test_an_essay_on_the_past_year_at_a_session_is_of_that_year():
    # tests/real d0b13db927be (hechi CPPCC, 2026-03-03: 政协第五届河池市委员会第六次会议开幕…过去一年,市政协… → 2025; point 28)
    page = ("书写政协履职新答卷\n2026-03-03 11:20\n河池日报 黄德禹\n2月26日上午,政协第五届河池市委员会第六次会议开幕。"
            "大会报告通篇贯穿鲜明导向,既是对过去一年履职足迹的深情回望,更是向“十五五”新征程吹响的奋进号角。\n"
            "过去一年,市政协深耕主责主业,立案提案133件,办复率100%,委员满意率100%。")
    assert normalize_page(page)["handling_year"] == 2025


def test_a_session_s_story_saying_once_that_its_year_went_well_is_of_the_session():
    # tests/real de2111495406 (日照, 2022-02-17: members registering, the preamble 回首过去一年,日照… → 2022; point 108)
    page = ("政协委员报到!日照进入“两会时间”!\n来源:日照新闻网 发布时间:2022-02-17 14:27:10\n"
            "履职尽责担使命,毅勇笃行为民生。日照又一次迎来“两会时间”。回首过去一年,日照深入实施生态立市、创新兴市战略,成效显著。\n"
            "2月17日上午,参加市政协十一届一次会议的委员们陆续抵达报到处,向大会报到。\n市政协十一届一次会议将于2月18日上午开幕。")
    assert normalize_page(page)["handling_year"] == 2022
    # the same story whose past year is its members' items (过去一年,…变成了一份份议案提案) looks back
    page = page.replace("日照深入实施生态立市、创新兴市战略,成效显著", "委员们走遍田间地头,把群众的急难愁盼变成了一份份提案")
    assert normalize_page(page)["handling_year"] == 2021


def test_a_handover_meeting_summing_up_one_year_and_planning_the_next_is_of_the_next():
    # tests/real 8e13c7e7a285 (yybnet.net/jinchang: 会议总结了2018年建议办理情况,…并安排部署了今年办理 → 2019)
    page = ("本报讯(实习记者王玉龙)3月28日,市八届人大三次会议代表建议意见交办会在市行政中心召开。会议总结了2018年建议办理"
            "情况,书面传达了《金昌市人大常委会代表建议、批评和意见办理工作评价办法(试行)》,并安排部署了今年办理工作。")
    assert normalize_page(page)["handling_year"] == 2019
    # tests/real 92a15af8a8cf's wording (总结了2018年建议提案办理工作,安排部署了2019年相关工作) with the plan's verb
    # after its year
    page = ("全县建议提案交办会召开\n2019-02-26\n2月25日,县政府召开建议提案交办会。会议总结了2018年议提案办理工作,"
            "对2019年议提案办理工作进行了安排部署。")
    assert normalize_page(page)["handling_year"] == 2019


def test_remarks_reviewing_one_year_and_setting_requirements_for_the_next_are_of_the_next():
    # tests/real 88e6e53470a8 (zt.rednet.cn: 充分肯定了2015年度建议提案办理工作…对2016年建议提案办理工作提出了三点要求)
    page = ("时刻新闻\n刘湘凌副局长充分肯定了2015年度建议提案办理工作。他指出,省局党组高度重视建议提案办理工作,"
            "被评为2015年建议提案办理工作目标管理优秀单位。刘湘凌副局长对2016年建议提案办理工作提出了三点要求:"
            "一是要落实办理责任。二是要加强沟通协商。")
    assert normalize_page(page, url="http://zt.rednet.cn/c/2016/03/22/3939536.htm")["handling_year"] == 2016


def test_a_counted_subset_of_another_years_items_does_not_date_the_account():
    # tests/real 82e13498ede5 (hn.rednet.cn: 截至2014年11月,所有提案全部办复 … 176件2013年A类提案 as督办 targets → 2014)
    page = ("湖南省政协十一届二次会议以来,共收到提案1020件,经审查立案692件。截至2014年11月,所有提案全部办复。\n"
            "同时,确定了25件重点提案、77件党派、界别、专委会集体提案、176件2013年A类提案及129件来信作为全年办理协商和督办的重点。")
    assert normalize_page(page, url="https://hn.rednet.cn/c/2015/01/26/4079446.htm")["handling_year"] == 2014


def test_a_page_of_a_yearly_report_on_the_items_takes_the_reports_year():
    # tests/real 802f92e9ddbd (flip-book page 10 of 威海市文登区交通运输局2021年政府信息公开工作年度报告, its section on the
    # items, which names no year of its own → 2021, point 89)
    page = ("威海市文登区交通运输局2021年政府信息公开工作年度报告\n(三)人大代表建议和政协提案办理结果公开情况\n"
            "全年共办理区人大代表建议3件、区政协委员提案5件,均已按时办结,满意率100%。")
    assert normalize_page(page)["handling_year"] == 2021


def test_a_meetings_news_printing_no_date_takes_the_year_it_states_for_its_items():
    # tests/real 809b065bd52c (hunanzx.gov.cn app page, no date printed: 2022年,县卫健局共承办县政协…提案4件 → 2022)
    page = ("抓提案办理助卫生健康事业高质量发展\n县政协召开提案办理协商会,县卫健局汇报提案办理工作。\n"
            "2022年,县卫健局共承办县政协十一届委员会第一次会议提案4件,主要涉及提升乡镇卫生院基本公共卫生服务能力、"
            "加快推进省级中医医联体建设等方面。")
    document = normalize_page(page, url="https://zx.zxy.hunanzx.gov.cn/szxapp/5/71/260/content_872917.html")
    assert document["handling_year"] == 2022


def test_a_page_naming_no_houses_has_no_handling_year_from_its_counts():
    """A hotline's monthly report (dev a3b2e8c44380) dates its tickets (2017年3月,共办理热线工单2495件), and its
    意见建议类53件 is advice in general: no deputies' or members' items, so no handling year, with the reason."""
    page = ("12345政府服务热线二月情况通报\n"
            "一、基本情况\n2017年3月,共办理热线工单2495件。交办二级责任单位2388件,县热线办直办107件;"
            "按期回复2424件、二级单位逾期回复71件。工单分类:求决类1878件、咨询类267件、揭发控告类87件、"
            "意见建议类53件、其他类210件。\n二、回访情况\n回访满意率92%。\n")
    document = normalize_page(page)
    assert document["doc_type"] == "other"
    assert document["handling_year"] is None
    assert "handling_year_unknown:not_about_suggestions_or_proposals" in document["warnings"]


def test_an_account_of_an_undated_session_counted_to_the_years_end_840065985c03():
    # tests/real 840065985c03 (西部法制报: 省十四届人大三次会议…代表建议844件…截至2025年底,所有代表建议全部办理完毕并答复代表)
    page = ("省人大常委会代表建议办理工作成效明显\n"
            "本报讯 省十四届人大三次会议期间,代表们共提出建议844件,交由有关承办单位办理。截至2025年底,所有代表建议全部办理完毕"
            "并答复代表,代表满意率持续提升。\n")
    document = normalize_page(page)
    assert document["doc_type"] == "summary"
    assert document["handling_year"] == 2025


def test_a_yearless_lead_date_after_the_printed_date_is_in_the_year_before():
    # tests/real ea3dffbf3f32 (a visit of 4月28日 under a copy's 2018-01-21: 2017-04-28, point 120); a lead date a few
    # days after the printed date stays in its year
    page = ("市政協副主席吳婕到房管局協商提案辦理工作\n2018-01-21 10:46:28\n來源:孝感市房管局\n"
            "4月28日上午,市政協副主席、市法制辦主任吳婕帶領部分市政協委員到市房管局,對市政協五屆五次會議重點提案開展提案辦理協商。")
    assert normalize_page(page, url="http://otuountil.com/post/293/54661")["handling_year"] == 2017
    soon = page.replace("2018-01-21", "2018-04-25")
    assert normalize_page(soon, url="http://otuountil.com/post/293/54661")["handling_year"] == 2018


def test_a_reply_dated_by_nothing_printed_takes_its_index_numbers_year():
    # tests/real 869c6d922093 (南华县's disclosure table: 索引号 nhxncj/2025-00296, 著录日期 and 发文字号 empty, point 127)
    page = ("索引号: nhxncj/2025-00296 主题分类: 其他\n关于县第十八届人民代表大会第四次会议第37号建议的答复\n"
            "李明代表:\n您提出的关于加快农村公路建设的建议收悉,现答复如下:\n一、基本情况\n我局高度重视,认真研究办理。")
    document = normalize_page(page)
    assert (document["doc_type"], document["handling_year"]) == ("reply", 2025)
    assert "handling_year_from:index_number" in document["warnings"]


def test_a_reply_filed_under_a_years_column_in_its_address_is_of_that_year():
    # tests/real e3b02b3574a0 and fa48689259f0 (/zwgk/yajytacl/2011n/2011nyajy/: the 2011 column of 议案建议), cc0bfd5dc053
    page = ("关于区十五届人大七次会议第26号建议的答复\n王华代表:\n您提出的关于改善村道的建议收悉,现答复如下:\n"
            "我局高度重视,认真研究办理。")
    url = "http://www.rngsoft.cn/zwgk/yajytacl/2011n/2011nyajy/content/post_4452609.html"
    assert normalize_page(page, url=url)["handling_year"] == 2011


def test_a_paper_the_reply_cites_by_its_number_does_not_date_the_reply():
    # tests/real f3fe415650c0 (gi.mnr.gov.cn/202307/…: the answer cites 《…的通知》(自然资发〔2019〕194号); no letter
    # date or publish date is printed, so the address's 2023 dates it, not the cited notice's 2019)
    page = ("对十四届全国人大一次会议第3728号建议的答复\n"
            "你们提出的《关于将中山市全域纳入全域土地综合整治国家级试点的建议》收悉。我部会同农业农村部对你们所提的建议进行了认真研究,"
            "现答复如下:\n一、有关背景情况\n2019年底,我部印发《关于开展全域土地综合整治试点工作的通知》(自然资发〔2019〕194号),"
            "启动全域土地综合整治试点工作。")
    document = normalize_page(page, url="https://gi.mnr.gov.cn/202307/t20230710_2793500.html")
    assert document["handling_year"] == 2023
    # the reply's own number, standing as its own, still dates it (安文广函〔2013〕59号)
    heading = "对十四届全国人大一次会议第3728号建议的答复\n"
    own = page.replace(heading, heading + "自然资人议复字〔2023〕88号 ")
    assert normalize_page(own, url="https://gi.mnr.gov.cn/a/1.html")["handling_year"] == 2023


def test_the_reply_s_own_answer_named_in_a_record_with_its_number_dates_the_reply():
    # tests/real d03f12be1f5c (泸西's 建议提案 record: 办理复文(摘要): 《泸西县住房和城乡建设局对…第56号提案的答复》(泸建函〔2019〕42号)…:
    # the answer named is the reply itself, no paper it cites) and 457a47dafb7e (平人社函〔2023〕45 号, a space before 号)
    page = ("提案标题:《关于加快梨园路建设的提案》\n承办单位:泸西县住房和城乡建设局\n"
            "办理复文(摘要): 《泸西县住房和城乡建设局对政协泸西县九届三次会议第56号提案的答复》(泸建函〔2019〕42号)。一、梨园路")
    assert normalize_page(page, url="https://www.hhlx.gov.cn/info/2411/212131.htm")["handling_year"] == 2019
    assert normalize_page(page.replace("〔2019〕42号", "〔2019〕42 号"), url="https://www.hhlx.gov.cn/info/2411/2.htm")[
        "handling_year"] == 2019


def test_a_paper_cited_by_its_number_before_its_name_does_not_date_the_reply():
    # tests/real 4da654392244 (cnjg.gov.cn/new/detail/20220129…: 按照…国办发(1995)40号《国务院办公厅转发…的通知》文件; the
    # address's 2022 dates the reply, not the 1995 circular)
    page = ("杜佳洁委员:\n你提出的《关于规范剑阁县新县城再就业市场的建议》(第18号提案)收悉,现答复如下:\n"
            "一、关于“有关部门对再就业市场进行统一规划”的建议\n我局不具备对该市场进行统一规划的职能。按照1995年7月3日国办发(1995)40号"
            "《国务院办公厅转发国家工商行政管理局关于工商行政管理机关与所办市场尽快脱钩意见的通知》文件,明确要求工商行政管理机关必须与所办市场脱钩。")
    assert normalize_page(page, url="http://cnjg.gov.cn/new/detail/20220129104447225.html")["handling_year"] == 2022


def test_an_undated_page_on_the_houses_business_takes_the_one_year_its_headline_or_meeting_names():
    # tests/real f44b181f1173 (2026年成都市两会日程安排确定, 中新网成都1月26日电: no printed year, no dated address) and
    # 91b0f8edead2 (鲁垛镇人大组织召开2018年第二次主席团会议, no date printed): point 108's year of the page
    page = ("2026年成都市两会日程安排确定\n中新网成都1月26日电 据26日举行的2026年成都市两会新闻发布会消息,"
            "中国人民政治协商会议第十六届成都市委员会第四次会议将于27日召开,会期三天半。")
    assert normalize_page(page, url="https://us.usy7.cc/usy0127RCay0.Txt")["handling_year"] == 2026
    page = ("近日,鲁垛镇人大组织召开2018年第二次主席团会议,全体人大主席团成员参加,部分县、镇人大代表列席会议。\n"
            "首先,与会代表视察了该镇新能源汽车空调、五金等重点项目的实施情况。")
    assert normalize_page(page, url="http://byrd.gov.cn/E_ReadNews.asp?NewsID=2667")["handling_year"] == 2018
    # a headline naming two years names none
    page = page.replace("近日", "2017年至2018年鲁垛镇人大工作回顾\n近日").replace("召开2018年第二次", "召开第二次")
    assert normalize_page(page, url="http://byrd.gov.cn/E_ReadNews.asp?NewsID=2667")["handling_year"] is None


def test_a_notice_whose_opening_names_no_item_still_takes_a_notices_year():
    # tests/real 774b0f095597 (mjscswh.cn: 民进恩阳支部会员“两会” 履职建言展风采…, dated 2024-1-31; the sessions of 1月28日至31日
    # open the text, the members' suggestions and proposals come later): news of the items' handling, dated by the page
    document = normalize_page(real_page("774b0f095597"), url="http://www.mjscswh.cn/web/detail.asp?id=20735")
    assert (document["doc_type"], document["handling_year"]) == ("notice", 2024)
    assert "handling_year_unknown:not_about_suggestions_or_proposals" not in document["warnings"]


def _year_of_real_page(page_id: str, url: str) -> tuple[int | None, list[str]]:
    document = normalize_page(real_page(page_id), url=url)
    return document["handling_year"], document["warnings"]


def test_an_account_counting_the_items_since_a_year_before_the_pages_has_no_one_year():
    # tests/real e3925c00e0ab (a district CPPCC's term still running: 2022年以来,…共提交提案474件, on a 2025 page; points 8, 62)
    year, warnings = _year_of_real_page("e3925c00e0ab", "http://171.223.214.147:8180/html/2025-07/31/content_47641.htm")
    assert year is None
    assert "handling_year_unknown:several_years_account" in warnings


def test_two_years_counted_together_give_no_one_year():
    # tests/real 403115c2be42 (2021年和2022年,该局共承办政协提案35件: two years' results together, points 8, 62)
    year, warnings = _year_of_real_page("403115c2be42", "http://zxfzw.org.cn/show-40559.html")
    assert year is None
    assert "handling_year_unknown:several_years_account" in warnings


def test_六年来_opening_the_counts_paragraph_gives_no_one_year():
    # tests/real b1bf83c216f8 (渭南市政协: 6年来广大政协委员…, then 共提交提案2165件 in the same paragraph)
    year, _ = _year_of_real_page("b1bf83c216f8", "https://m.yybnet.net/weinan/news/201602/4381193.html")
    assert year is None


def test_a_year_since_on_a_page_of_the_next_january_is_that_years_account():
    # tests/real c28803f559d6 (开封: 2020年以来,市人大常委会…, the address dated 20210127: the 2020 account)
    year, warnings = _year_of_real_page("c28803f559d6", "https://www.hnsjb.cn/content/henan/kaifeng/20210127/1034252.html")
    assert year == 2020
    assert "handling_year_unknown:several_years_account" not in warnings


def test_several_years_said_after_the_count_leave_its_year():
    # tests/real 5c2c15cb9eeb (…共承办区人大代表建议44件,…解决率为近三年来最高: a comparison, not the count's years)
    year, _ = _year_of_real_page("5c2c15cb9eeb", "http://www.yanta.gov.cn/zwgk/jcxxgk/cabl/56063.htm")
    assert year == 2018


def test_a_reply_s_letter_number_with_its_serial_left_blank_dates_it():
    # dev 823c7ea6edda (类别:B类 杨政文旅体函〔2025〕号 over a 复函 on 区十届人大四次会议第24号代表建议, no date printed)
    assert normalize_page(real_page("823c7ea6edda"))["handling_year"] == 2025
