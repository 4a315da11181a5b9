"""Real list pages and API answers saved by others (tests/spiders/fixtures/real, see its README),
read field by field: links, titles, dates, next pages, complete. Expected values were read off
the saved text; every fixture also goes through ``banli parse-list``."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from banli.crawl import parse_list
from spiders.list_page import read_list_page
from spiders.listing import read_pager

REAL = Path(__file__).parent / "fixtures" / "real"
ZHANGSHU = "http://www.zhangshu.gov.cn/xwzx/zsyw/"
GXT_WINDOW = "https://gxt.jiangsu.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15"
POLICE_WINDOW = "https://gat.jiangsu.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15"
ZHAOQING_API = "https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/api/all/21023?page=1&sid=758019"
DINGXI = "http://www.dingxi.gov.cn"
YUHANG_WINDOW = "http://www.yuhang.gov.cn/module/jpage/dataproxy.jsp?startrecord=1&endrecord=60&perpage=20"
KJT = "http://kjt.shandong.gov.cn/art/2026/"
EGB = "https://site.example/xxgk/xxgknb/"  # the saved page does not name its host (see the README)
YICHUN = "http://www.yichun.gov.cn/xxgk/zwdt/zwyw/"  # host named by the page; the column's path names are not
YCTRAVEL = "http://www.yctravel.gov.cn/lykb/"
WANZAI = "http://www.wanzai.gov.cn/"
FENGCHENG = "http://www.jxfc.gov.cn/n3/n13/"
YZQ = "http://www.yzq.gov.cn/zwgk/zwdt/zwyw/"  # host named by the page; the column's path names are not

CASES = {
    "trs/zhangshu_table_rows_fragment.html": {
        "url": ZHANGSHU + "index.html", "platform": "trs",
        "items": [
            (ZHANGSHU + "201710/t20171011_397574.html", "樟树启动实施“智慧城市”建设", "2017-10-11"),
            (ZHANGSHU + "201710/t20171011_397571.html", "樟树市成功入选2017年多个百强县市榜", "2017-10-11"),
            (ZHANGSHU + "201710/t20171010_397432.html", "2017“樟树·中国药都杯”中日韩围棋大师赛暨中国围棋甲级联...",
             "2017-10-10"),
            (ZHANGSHU + "201710/t20171009_397388.html", "红色革命遗迹——毛泽东旧居免费对外开放", "2017-10-09"),
            (ZHANGSHU + "201709/t20170930_397102.html", "刘安安书记参观《江山多娇》柯克中国山水画展", "2017-09-30"),
            (ZHANGSHU + "201709/t20170928_396616.html", "宜春市重大项目巡查组成员到我市巡查", "2017-09-28"),
        ],
        "next": [ZHANGSHU + "index_1.html"], "complete": False,
    },
    "trs/amac_ul_list.html": {
        "url": "https://www.amac.org.cn/xwfb/xhyw/", "platform": "trs",
        "items": [
            ("https://www.amac.org.cn/xwfb/xhyw/202606/t20260612_27827.html",
             "关于发布《公开募集证券投资基金主题投资风格管理指引》的公告", "2026-06-12"),
            ("https://www.amac.org.cn/xwfb/xhyw/202303/t20230316_18424.html",
             "关于举办《私募投资基金登记备案办法》解读直播培训的通知", "2023-03-16"),
        ],
        "next": [], "complete": True,
    },
    "trs/nbs_listing_single_quotes.html": {
        "url": "https://www.stats.gov.cn/sj/zxfb/", "platform": "trs",
        "items": [("https://www.stats.gov.cn/sj/zxfb/2020/1215/1812345.html", "2020年11月份规模以上工业增加值增长7.0%", None)],
        "next": [], "complete": True,
    },
    "trs/nbs_catalog_pager.html": {
        "url": "https://www.stats.gov.cn/sj/zxfb/", "platform": "trs", "items": [],
        "next": ["https://www.stats.gov.cn/sj/zxfb/index_1.html"], "complete": False,
    },
    "trs/stat_pager_page_div.html": {
        "url": "https://tjj.hunan.gov.cn/hntj/tjfx/tjgb/xlist.shtml", "platform": "trs", "items": [],
        "next": ["https://tjj.hunan.gov.cn/hntj/tjfx/tjgb/xlist_2.shtml"], "complete": False,
    },
    "trs/wcm_article_pager_count_page_fragment.html": {
        # the host is not in the saved copy; the article's own pager names only itself
        "url": "https://site.example/xxgk/201904/t20190419_6377489.htm", "platform": "trs", "items": [],
        "next": [], "complete": True,
    },
    "trs/ordos_egb_table_count_page.html": {
        "url": EGB + "index.html", "platform": "trs",
        "items": [
            (EGB + "202009/t20200903_2748784.html", "鄂尔多斯市2019年政府信息公开工作年度报告", "2020-09-03"),
            (EGB + "202005/t20200506_2633371.html", "恩格贝生态示范区召开2020年度工作会暨党风廉政建设会议", "2020-05-06"),
            (EGB + "202003/t20200311_2593126.html", "鄂尔多斯市人民政府办公室2019年政府信息公开工作年度报告", "2020-03-11"),
            (EGB + "201906/t20190614_2389850.html", "恩格贝生态示范区召开目标责任制考核表彰大会", "2019-06-14"),
            (EGB + "201905/t20190530_2380968.html", "鄂尔多斯市2018年政府信息公开年度报告", "2019-05-30"),
            (EGB + "201905/t20190530_2380967.html", "内蒙古自治区2018年政府信息公开工作年度报告", "2019-05-30"),
            # the row shows 2018-03-26 although the address says 20181102: the list's date is kept
            (EGB + "201811/t20181102_2290635.html", "恩格贝生态示范区召开2018年度工作会议暨党风廉政建设会议", "2018-03-26"),
            (EGB + "201811/t20181102_2290607.html", "恩格贝生态示范区：栽下梧桐引凤来", "2018-01-05"),
            (EGB + "201805/t20180525_2166460.html", "一图读懂示范区2017年重点工作", "2017-03-22"),
            (EGB + "201802/t20180205_2082017.html", "2016，恩格贝，精彩继续！", "2017-01-07"),
        ],
        "next": [EGB + "index_1.html"], "complete": False,
    },
    "trs/yuanzhou_table_rows_create_page.html": {
        "url": YZQ + "index.html", "platform": "trs", "count": 25,
        "items_include": [
            (YZQ + "201710/t20171020_398361.html", "袁州区财政局掀起学习贯彻省、市、区有关文件精神热潮", "2017-10-20"),
            # shown 2017-10-18 beside an address dated 20171019
            (YZQ + "201710/t20171019_398220.html", "袁州区广大党员干部和群众收听收看党的十九大开幕盛况", "2017-10-18"),
            (YZQ + "201710/t20171013_397884.html",
             "袁州区签约引进总投资40亿元的年产750万只品牌钟表及2500万套可穿戴设备生产项目", "2017-10-13"),
            (YZQ + "201710/t20171010_397448.html", "袁州区财政局举办“庆国庆 迎十九大”演讲赛", "2017-10-10"),
        ],
        "next": [YZQ + "index_1.html"], "complete": False,
    },
    "trs/yichun_table_rows_sidebar_list.html": {
        # the 政府公告 sidebar lists six more t2017… documents (cut titles, no dates): not this column's list
        "url": YICHUN + "index.html", "platform": "trs", "count": 20,
        "items_include": [
            (YICHUN + "201710/t20171015_521060.html", "我市在广州举行生态招商推介会", "2017-10-14"),
            (YICHUN + "201710/t20171011_520689.html",
             "张小平：扎实推动智慧经济产业特色小镇建设 为建设美丽宜春决胜全面小康奠定坚实基础", "2017-10-11"),
            (YICHUN + "201710/t20171010_520596.html", "我市颁发首张“二十四证合一”营业执照", "2017-10-10"),
        ],
        "next": [YICHUN + "index_1.html"], "complete": False,
    },
    "trs/school_pager_commented_create_page_fragment.html": {
        # the blog post names no host ("http://example.edu.cn"); the pager names only its own pages
        "url": "https://site.example/xshd/index.html", "platform": "trs", "items": [],
        "next": ["https://site.example/xshd/index_1.html"], "complete": False,
    },
    "html/wanzai_div_rows_next_link.html": {
        "url": WANZAI + "news-list-wanzaiyaowen.html", "platform": "html_list", "count": 20,
        "items_include": [
            (WANZAI + "news-show-8960.html", "万载县发布禁火令", "2017-10-13"),
            # trailing spaces in the link text; entities in another
            (WANZAI + "news-show-8942.html", "熊敏剑副县长主持召开全县交通沿线环境综合整治部署推进暨现场督查会议", "2017-10-11"),
            (WANZAI + "news-show-8929.html", "万载县两家省级农业龙头企业被认定为\"江西老字号\"企业", "2017-10-11"),
            (WANZAI + "news-show-8849.html", "万载县14个乡镇年中人民代表大会顺利召开", "2017-09-27"),
        ],
        # 共595条记录 1/30页; 上一页 links nowhere (javascript:volid(0)), 下一页 names page 2
        "next": [WANZAI + "news-list-wanzaiyaowen-2.html"], "complete": False,
    },
    "html/fengcheng_reverse_numbered_pages.html": {
        "url": FENGCHENG + "index.html", "platform": "html_list", "count": 21,
        "items_include": [
            (FENGCHENG + "c672769/content.html", "胡江萍调研我市重点交通工程项目推进情况", "2017-10-13"),
            (FENGCHENG + "c672444/content.html",
             "孙渡公办中心幼儿园与新疆阿克陶县巴仁乡且克双语幼儿园开展“千校手拉手”活动", "2017-10-10"),
            (FENGCHENG + "c672331/content.html", "宜春市新上项目巡查组在丰城巡查", "2017-10-09"),
        ],
        # ``purl="../../n3/n13/index_958"``, ``maxPageNum = 199``: page 2 of 199 is index_958_198.html
        "next": [FENGCHENG + "index_958_198.html"], "complete": False,
    },
    "html/yctravel_jhtml_onclick_pager.html": {
        # page 6 of the column ("共1648条记录 6/66页", the pager's "Num on" link is index_6.jhtml)
        "url": YCTRAVEL + "index_6.jhtml", "platform": "html_list", "count": 25,
        "items_include": [
            (YCTRAVEL + "9010.jhtml", "骑游同乐，美景共享！宜丰千人骑游活动完美落幕！", "2017-09-28"),
            (YCTRAVEL + "8977.jhtml", "朱 虹：禅宗圣地—宜春", "2017-09-15"),
            (YCTRAVEL + "8962.jhtml", "宜春市旅游安全四大专项行动检查组来樟树开展旅游安全专项行动抽查工作", "2017-09-04"),
        ],
        # <a class="next" href="#" onclick="location.href='index_7.jhtml'"> &gt;&gt; </a>
        "next": [YCTRAVEL + "index_7.jhtml"], "complete": False,
    },
    "hanweb/dingxi_datastore_no_total_fragment.xml": {
        "url": DINGXI + "/col/col12377/index.html", "platform": "hanweb", "count": 45,
        "items_include": [
            (DINGXI + "/art/2022/1/20/art_12377_1486865.html", "定西市“春节”文明祭祀倡议书", "2022-01-20"),
            # link text cut with "..." on the page; the title attribute is whole
            (DINGXI + "/art/2022/1/19/art_12377_1486583.html",
             "定西市工信局关于对省级第二轮环保督察反馈第四项第十三项问题整改完成情况的公示", "2022-01-19"),
            (DINGXI + "/art/2021/12/15/art_12377_1475526.html", "关于在定西市渭源县开展省级自然资源所有权首次登记的通告",
             "2021-12-15"),
            # the one absolute link, on the 政务公开 host of the same site
            ("http://zwgk.dingxi.gov.cn/art/2021/11/4/art_12480_1461862.html",
             "甘肃省人民政府教育督导委员会办公室关于开展2021年市（州）人民政府履行教育职责情况满意度调查的通知", "2021-11-04"),
            (DINGXI + "/art/2021/9/30/art_12377_1452512.html", "定西市人民代表大会常务委员会公告（第9号）", "2021-09-30"),
        ],
        "next_query": {"startrecord": "46", "endrecord": "90", "perpage": "15", "webid": "110", "columnid": "12377",
                       "unitid": "38486"},
        "complete": False,
    },
    "hanweb/yuhang_dataproxy_date_in_link_fragment.xml": {
        "url": YUHANG_WINDOW, "platform": "hanweb",
        "items": [("http://www.yuhang.gov.cn/art/2020/8/14/art_1229179150_1872814.html",
                   "杭州市公共资源交易中心余杭分中心关于杭州市余杭区人民政府南苑街道办事处办公家具采购项目的公开招标公告",
                   "2020-08-14")],
        "next_query": {"startrecord": "61", "endrecord": "120", "perpage": "20"}, "complete": False,
    },
    "hanweb/shandong_kjt_column_datastore_fragment.html": {
        "url": "http://kjt.shandong.gov.cn/col/col103585/index.html", "platform": "hanweb",
        "items": [
            (KJT + "9/4/art_103585_10328790.html", "关于印发《山东省自然科学基金绩效评价工作细则（试行）》的通知", "2026-09-04"),
            (KJT + "8/21/art_103585_10327410.html", "关于印发《关于进一步加强科技类行业协会等社会组织管理工作的若干措施》的通知",
             "2026-08-21"),
        ],
        "next_query": {"startrecord": "3", "webid": "73", "columnid": "103585", "unitid": "764752"}, "complete": False,
    },
    "hanweb/jiangsu_column_datastore.html": {
        "url": "https://www.jiangsu.gov.cn/col/col33718/index.html", "platform": "hanweb",
        "items": [
            ("https://www.jiangsu.gov.cn/art/2026/9/11/art_33718_11828204.html", "连云港跨里海班列运输提质提速", "2026-09-11"),
            ("https://www.jiangsu.gov.cn/art/2025/12/15/art_33718_11693505.html",
             "徐州以产业集群培育赋能中小企业高质量发展", "2025-12-15"),
        ],
        "next_query": {"startrecord": "3", "endrecord": "59", "perpage": "19", "columnid": "33718", "unitid": "212860"},
        "complete": False,
    },
    "hanweb/gxt_dataproxy.xml": {
        "url": GXT_WINDOW, "platform": "hanweb",
        "items": [
            ("https://gxt.jiangsu.gov.cn/art/2026/6/10/art_6278_11783480.html",
             "关于印发江苏省“人工智能+制造”实施方案的通知", "2026-06-10"),
            ("https://gxt.jiangsu.gov.cn/art/2026/5/18/art_6278_11772533.html",
             "省工业和信息化厅关于组织申报2026年度专精特新中小企业的通知", "2026-05-18"),
        ],
        "next_query": {"startrecord": "46", "endrecord": "90", "perpage": "15"}, "complete": False,
    },
    "hanweb/gxt_dataproxy_readlabel.xml": {
        "url": GXT_WINDOW, "platform": "hanweb",
        "items": [("https://gxt.jiangsu.gov.cn/art/2026/4/17/art_80179_11759099.html",
                   "省工业和信息化厅关于印发《江苏省制造强省建设专项资金项目验收管理办法》的通知", "2026-04-17")],
        "next_query": {"startrecord": "46"}, "complete": False,
    },
    "hanweb/jiangsu_police_records.html": {
        "url": POLICE_WINDOW, "platform": "hanweb",
        "items": [
            ("https://gat.jiangsu.gov.cn/art/2026/9/24/art_6372_11834666.html", "Routine police news", None),
            ("https://gat.jiangsu.gov.cn/art/2026/9/24/art_6372_11834669.html", "Police AI technology", None),
        ],
        "next_query": {"startrecord": "46", "endrecord": "90"}, "complete": False,
    },
}


def next_query(url: str) -> dict:
    from urllib.parse import parse_qsl, urlsplit

    return dict(parse_qsl(urlsplit(url).query))


def check(case: dict, answer: dict) -> None:
    assert answer["platform"] == case["platform"]
    read = [(item["url"], item["title"], item["date"]) for item in answer["items"]]
    if "items" in case:
        assert read == case["items"]
    else:
        assert len(read) == case["count"] and all(date for _, _, date in read)
        assert [item for item in read if item in case["items_include"]] == case["items_include"]
    assert answer["complete"] is case["complete"]
    if "next" in case:
        assert answer["next"] == case["next"]
    else:
        [following] = answer["next"]
        assert case["next_query"].items() <= next_query(following).items()


@pytest.mark.parametrize("name", sorted(CASES))
def test_real_list_page_read_field_by_field(name):
    case = CASES[name]
    check(case, read_list_page((REAL / name).read_text(encoding="utf-8"), case["url"]).as_json())


@pytest.mark.parametrize("name", sorted(CASES))
def test_banli_parse_list_prints_the_contract(name):
    case = CASES[name]
    result = CliRunner().invoke(parse_list, [str(REAL / name), "--url", case["url"]])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert set(answer) == {"platform", "items", "next", "complete"}
    check(case, answer)


def test_every_real_list_fixture_is_covered():
    saved = {str(path.relative_to(REAL)) for path in REAL.glob("*/*") if path.parent.name in ("trs", "hanweb", "html")}
    assert saved == set(CASES)


def test_a_hanweb_answer_read_as_gkmlpt_is_refused_with_a_clear_error():
    result = CliRunner().invoke(parse_list, [str(REAL / "hanweb/gxt_dataproxy.xml"), "--url", GXT_WINDOW,
                                             "--platform", "gkmlpt"])
    assert result.exit_code == 1 and "not JSON" in result.output


def without_comments(text: str) -> str:
    """The quoted answer as JSON: the saver's ``//`` notes dropped (none sits inside a string)."""
    return re.sub(r'(?m)^\s*//.*$|\s+//[^"\n]*$', "", text)


def test_real_gkmlpt_answer_fragment_under_a_department_prefix(tmp_path):
    """Epoch ``date`` read in China time (16:00 UTC the day before), the ``/zqhjj/`` prefix kept,
    ``classify.post_count`` as the total: one article of 203 shown, so the walk goes on."""
    saved = tmp_path / "answer.json"
    saved.write_text(without_comments((REAL / "gkmlpt/zhaoqing_hjj_api_answer_fragment.jsonc").read_text(encoding="utf-8")),
                     encoding="utf-8")
    result = CliRunner().invoke(parse_list, [str(saved), "--url", ZHAOQING_API])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert answer["platform"] == "gkmlpt" and answer["complete"] is False
    assert answer["items"] == [{"url": "https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/content/3/3255/post_3255421.html",
                                "title": "金宸农牧科技（四会）有限公司四会富硒蛋鸡产业园项目受理公告", "date": "2026-07-07"}]
    assert next_query(answer["next"][0]) == {"page": "2", "sid": "758019"}
    page = read_list_page(saved.read_text(encoding="utf-8"), ZHAOQING_API)
    assert page.items[0].index_number == "11441200MB2C91453G/2026-00271"


@pytest.mark.parametrize("name, pages", [
    # the school's template keeps ``//createPageHTML(9, 0, …)`` above ``var countPage = 17``: 17 pages,
    # so a walk by page number does not stop after the ninth
    ("trs/school_pager_commented_create_page_fragment.html", 17),
    # saved after its script ran: ``var countPage = 2`` and the written 下一页 link agree
    ("trs/ordos_egb_table_count_page.html", 2),
    # the pager function sits in an HTML comment inside its script; the call names 120 pages
    ("trs/yuanzhou_table_rows_create_page.html", 120),
    ("trs/yichun_table_rows_sidebar_list.html", 50),
    # pages counted down by the component's script
    ("html/fengcheng_reverse_numbered_pages.html", 199),
])
def test_numbered_pagers_state_their_page_count(name, pages):
    assert read_pager((REAL / name).read_text(encoding="utf-8"), CASES[name]["url"]).pages == pages
