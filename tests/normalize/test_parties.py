"""A democratic party's committee acting in the lead, or its deputies and members at a session (normalize/parties.py;
docs/labelling.md point 131). Sentences from the labelled real pages named."""

from unittest import mock

from normalize import normalize_page
from normalize.parties import committee_acting
from tests.normalize.conftest import real_page


def test_a_committee_with_its_deputies_and_members_at_the_session_acts():
    # tests/real 9c24b5a6f95f (醴陵民革两会履职风采: the sessions open, then the committee's members attend)
    lead = ["核心提示:1月28日至1月31日,政协醴陵市第十五届委员会第四次会议和醴陵市第十七届人民代表大会第四次会议相继举行",
            "民革醴陵市委会26名政协委员和11名人大代表出席会议,以饱满的政治热情以及高度的政治责任感,积极履行人大代表和政协委员的职责"]
    assert committee_acting("", lead) == ["民革醴陵市委会"]
    # tests/real 68c52908be8a (来自民建新昌县基层委的6名县人大代表和32名县政协委员携民意而来)
    counted = ["1月14日至18日,新昌县十七届人大三次会议和政协新昌县十一届三次会议隆重召开",
               "来自民建新昌县基层委的6名县人大代表和32名县政协委员携民意而来,为群众发声"]
    assert committee_acting("", counted) == ["民建新昌县基层委"]


def test_a_committee_acting_in_the_lead_s_first_sentence():
    # tests/real 64530aede2c9 (民革吉林省委会在长春召开参政议政情况媒体通气会)
    lead = ["1月16日,吉林省两会开幕前夕,民革吉林省委会在长春召开参政议政情况媒体通气会,向新闻媒体介绍过去一年参政履职情况和新一年工作安排"]
    assert committee_acting("", lead) == ["民革吉林省委会"]
    # the second sentence counts only with its deputies and members: 民革吉林省委会拟向…提交 there is the briefing's content
    briefed = ["1月16日,吉林省两会开幕前夕,记者从有关方面获悉", "今年,民革吉林省委会拟向省政协十三届四次会议提交集体提案35件"]
    assert committee_acting("", briefed) == []


def test_a_committee_named_as_an_item_s_author_or_one_member_s_party_is_no_actor():
    # tests/real 66da10bf0fc8 (台盟云南省委会提交的该提案被确定为省政协年度重点提案: the meeting's, points 63, 75)
    assert committee_acting("", ["8月8日,省政协与省生态环境厅等部门在昆明举行重点提案办理面商会",
                                 "省政协十二届五次会议上,台盟云南省委会提交的该提案被确定为省政协年度重点提案"]) == []
    # tests/real d013cfcf4670 (来自民建中央的全国政协委员蔡玲: one member named by her party, no count)
    assert committee_acting("", ["两会召开在即,今天来自全国各地的全国政协委员开始集中向大会报到",
                                 "来自民建中央的全国政协委员蔡玲,今天一大早就来到两会驻地报到"]) == []
    # a committee inside another phrase (会同民建…, 与九三学社…) is not the clause's subject
    assert committee_acting("", ["6月20日,省科技厅会同致公党湖南省委会召开提案办理协商会"]) == []


def test_a_party_s_own_news_of_its_members_at_the_session_is_its_committee_s():
    # tests/real 41418ff3e572 (whmj.org: the district's sessions, then 民进东西湖区工委人大代表和政协委员…)
    page, url = real_page("41418ff3e572"), "http://www.whmj.org/huiwuhuodong/meitijujiao/2018/1229/3515.html"
    document = normalize_page(page, url=url)
    assert document["issuing_body"] == "中国民主促进会武汉市东西湖区工委"
    assert "issuer_from_text:party_committee_acting" in document["warnings"]
    with mock.patch("normalize.document._party_committee_acting"):
        assert normalize_page(page, url=url)["issuing_body"] is None
