"""A government's handling account relayed at another body's session or meeting (relayed.py)."""

import pytest

from normalize.relayed import government_reporting


@pytest.mark.parametrize(("opening", "government"), [
    # tests/real 985a50ebabd8 (a provincial government's report at a congress standing committee meeting)
    ("东北网8月18日讯 (记者 印蕾) 受省政府委托,省政府副秘书长、办公厅主任赵铭在17日召开的省十一届人大常委会第十二次会议上"
     "就承办省十一届人大三次会议期间人大代表所提建议、批评和意见的办理情况作了汇报。", "省政府"),
    # tests/real 4c3e56041410 (a vice-mayor reporting for the government at a CPPCC session)
    ("市委常委、常务副市长张虎代表市政府作关于办理市政协六届二次会议以来提案办理的情况通报。", "市政府"),
    # tests/real 4137a16d082d (the government's secretary-general reporting its account)
    ("15日的常委会上,西安市政府秘书长王德安还通报了西安市政府关于西安市政协第十三届三次会议以来提案办理情况,", "西安市政府"),
    # tests/real 6b113699f918 (a vice-governor reporting the government system's handling)
    ("副省长任军号到会通报省政府系统办理省政协十二届一次会议以来提案工作情况。", "省政府"),
    # tests/real ee1c304909f8 (the government's report to the CPPCC's plenary)
    ("在湟源县政府向大会所作关于政协委员提案办理情况的报告中指出,", "在湟源县政府"),
    # tests/real 9b241ea39d8b (the government's report counting the items the standing committee handed it)
    ("2025年,市人大常委会向市政府交办市六届人大四次会议代表建议171件,经市政府办公室认真梳理,", "市政府"),
    # tests/real 60a37c4441fa (…交省政府系统办理的代表建议共559件)
    ("记者从会上获悉,2022年,省人大常委会交省政府系统办理的代表建议共559件,涉及农林水利等多个领域。", "省政府"),
    # tests/real dc813321da3a (a vice-mayor's report to the standing committee in his own words, under its delivery line)
    ("主任、各位副主任、秘书长、各位委员:\n我代表市人民政府,向市人大常委会报告“提高城市精治共治法治水平,持续改善人居环境”议案办理"
     "工作情况。", "市人民政府"),
])
def test_a_government_s_relayed_report_names_that_government(opening, government):
    assert government_reporting(opening)[0] == government


def test_two_bodies_reporting_together_or_a_house_reporting_are_no_government_s_report():
    # tests/real df5cb0b05d3f (two offices' report read at a CPPCC standing committee meeting)
    assert government_reporting("乌鲁木齐市政协十三届七次常委会议通报了市委办公厅、市政府办公厅关于市政协十三届三次会议"
                                "提案办理情况。") is None
    # tests/real 4c3e56041410 (the CPPCC's own standing committee reporting)
    assert government_reporting("戴北方代表市政协常委会向大会作工作报告") is None
