from normalize import normalize_page


def test_the_portal_named_at_the_end_of_the_browser_title_places_the_page_4e5d4f743a1e():
    # …答复_建议提案_上海市宝山区人民政府门户网站: 上海's 宝山区, not 双鸭山's, named by the portal it is on
    page = ("对区九届人大六次会议063号代表建议的答复_建议提案_上海市宝山区人民政府门户网站\n\n对区九届人大六次会议063号代表建议的答复\n"
            "信息来源: 区住房保障房屋管理局 发布时间 2025-07-09\n宋彩琴代表:\n"
            "您提出的《关于推进2000年前后建成小区二次供水改造的建议》收悉。现答复如下:\n经了解,友谊路街道部分住宅小区未改造的楼顶水箱存在老化。")
    document = normalize_page(page.encode())
    assert (document["jurisdiction"], document["admin_level"]) == ("宝山区", "district")
