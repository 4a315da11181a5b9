"""A government's handling account relayed at a session or a meeting of another body, as printed.

News of a CPPCC session or a congress standing committee meeting often carries, as its figures, the
account a government gave there: 受省政府委托,省政府副秘书长…作了汇报; 常务副市长…代表市政府作关于…提案办理的
情况通报; 我代表市人民政府,向市人大常委会报告…议案办理工作情况; 西安市政府秘书长…通报了西安市政府关于…提案办理
情况; 副省长…通报省政府系统办理…提案工作情况; 湟源县政府向大会所作关于政协委员提案办理情况的报告; or counts the
items the house handed it (市人大常委会向市政府交办…代表建议171件). A summary whose account is that report is the
government's (docs/labelling.md, issuing_body: the body whose account the page carries), not the house that hears it.
Two bodies reporting together (市委办公厅、市政府办公厅关于…) are nobody's alone.
"""

import re

_GOVERNMENT = r"[\u4e00-\u9fff]{1,14}?(?:人民政府|政府)(?:办公室|办公厅)?"
_ITEMS = r"[^。;；]{0,40}?(?:提案|建议|议案)"
_RELAYED = re.compile(
    rf"受(?P<entrusted>{_GOVERNMENT})委托"
    rf"|代表(?P<represented>{_GOVERNMENT})(?:向[^,,。]{{1,20}}?)?作(?=[^。]{{0,30}}?(?:通报|报告|汇报))"
    # a report delivered in the speaker's own words: 我代表市人民政府,向市人大常委会报告…议案办理工作情况
    rf"|我代表(?P<speaking_for>{_GOVERNMENT})[,，]?向[^,,。]{{1,20}}?(?:报告|汇报|通报)"
    rf"|通报了?(?P<reported>{_GOVERNMENT})(?:系统)?(?:关于|办理){_ITEMS}"
    rf"|(?P<delivering>{_GOVERNMENT})(?:系统)?向[^,,。]{{1,20}}?所?作(?:了)?(?:关于)?{_ITEMS}[^,,。]{{0,20}}?(?:报告|通报|汇报)"
    # the items assigned to it, counted: 市人大常委会向市政府交办…代表建议171件; 省人大常委会交省政府系统办理的代表建议共559件
    rf"|(?:向|交由?)(?P<assigned>{_GOVERNMENT})(?:系统)?(?:交办|办理|承办)的?{_ITEMS}[^。,,]{{0,6}}?\d+件")


def government_reporting(opening: str) -> tuple[str, str] | None:
    """(the government's name as printed, with any words before it, and the clause) when the opening
    relays one government's own report on the items; None when none, or when it is one of several."""
    if "政府" not in opening:  # every way of relaying names a government
        return None
    for match in _RELAYED.finditer(opening):
        group = match.lastgroup
        assert group is not None  # every alternative of _RELAYED is one named group
        if opening[match.start(group) - 1:match.start(group)] == "、":  # 市委办公厅、市政府办公厅关于…
            continue
        return match.group(group), match.group()
    return None
