"""doc_type (summary | reply | notice | other) and doc_subtype, from the title first and the body's
shape second (docs/labelling.md).

A summary is an account of a year's handling results. Administrative texts about the process are
notices: handover or progress meetings (交办会, 推进会, 座谈会, 督办会), inspection news, mid-year
progress 通报, work plans, assignment notices and lists of items.

The title decides first, corrected by the opening when it is a news headline (…面对面答复 over a
面商会 held, …659件提案获立案 over the year's results). Without a title (or a headline printed in the
opening), the body: a meeting, visit, review or intake in its opening; then a year's results; then a
dated meeting, a visit, instructions or a selection further in; else other.

A meeting is told by its event (召开/举行…会, …会在…召开) on the items, whatever its name. A meeting that
hears or presents the year's handling and states its results is that year's account (convention 3);
one that works the process (交办, 审查, 推进, 协商…) stays meeting news whatever it quotes (convention 2).
"""

import re
from typing import NamedTuple

from normalize.text import without_pinyin_glosses

# a letter's headline ends with its form (…第182号建议的答复, …提案的复函, …答复的函); 答复 with an object
# after it is news (…面对面答复人大建议, 均已办理并答复代表); 件件有答复 is a slogan, 全部答复 / 及时答复 results;
# a joint handler's 会办意见 answers one item with the lead handler
# a letter sending the year's account to the house (…关于报送2020年度政协委员提案办理工作总结的函) is the account, not an answer
_SUMMARY_SENT = re.compile(r"报送[^。]{0,40}?(?:总结|情况|报告)的?函$")
# (…提案清单式办理答复表(174号提案): one item's answer form)
_REPLY_TITLE = re.compile(r"(?<!有)(?<!全部)(?<!已)(?<!均)(?<!时)(?<!期)(?<!并)(?:答复|答覆|回复)函?$|复函$|的函$|(?:会办|协办)意见$"
                          r"|答复表(?:[(（]第?\d+号(?:提案|建议)?[)）])?$"
                          # one numbered item's carrying out reported to its proposer (对…第0868号提案的办理落实情况: eca03ffd7cda)
                          # (…第0125号建议的落实情况报告, …第30号建议办理落实情况报告: 9393842e382f, e931fbdf777e)
                          r"|第\s*[\w-]+\s*号(?:提案|建议|议案)的?(?:办理)?落实情况(?:的?报告)?$"
                          # a letter's heading on one numbered item (关于对柳州市政协十三届三次会议第78号提案的办理情况:
                          # 53088ef36231), not a bureau's account of its one key item (…第134454号重点提案办理情况: 637de43f7720)
                          # (…局关于…第6号建议的办理情况, 关于…第1114号、1435号…代表建议的办理情况: a bureau's letter, several
                          # numbered items answered together)
                          r"|(?:^|[:：]|(?<=[局委厅院府室]))关于[^,,。:：]{0,40}?第\s*[\w-]+\s*号(?:[、和及]\s*(?:第\s*)?\d+\s*号)*"
                          r"(?:代表|委员)?(?:提案|建议|议案)的办理情况$"
                          # one item named by its quoted title (市交通委对“关于…的建议”的答复情况: 4b64da4e6e67)
                          r"|[“\"《]关于[^”\"》]{2,60}?(?:建议|提案|议案)[”\"》]的?(?:办理|答复|回复)(?:情况|结果)$")
# work on items before they are submitted (docs/labelling.md point 103): a call for items or for their leads and
# material (关于征集市政协十四届四次会议提案的函, 公开征集提案线索, 征集…提案素材的通知, 一、征集时间), a forum gathering
# material for deputies' suggestions (议案建议素材征集座谈会, 议案建议准备工作座谈会): no item exists yet; collecting the
# members' proposals themselves is intake (point 118)
_CALL_TITLE = re.compile(r"征集[^。]{0,30}?(?:提案|建议)(?:线索|选题|素材)?的(?:函|通知|公告)$")
_BEFORE_SUBMISSION = re.compile(r"征集[^。,,]{0,24}?(?:线索|素材|选题)|(?:线索|素材|选题)[^。,,]{0,4}征集|"
                                r"征集(?:时间|范围|内容)[::\s]|(?:议案|建议|提案)[^。,,]{0,6}?准备工作|"
                                # 省人代会议案建议征集座谈会, 建议提案线索座谈会: a forum gathering what deputies will propose
                                r"(?:议案|建议|提案)[^。,,]{0,4}?(?:征集|线索)座谈会|"
                                # items a party or a delegation is to submit (拟向全国政协…提交提案72件, 将提交50份提案, 筛送提案
                                # 60篇: 8fa403646095, b56dfe980b67)
                                r"(?:拟|将|准备)(?:向[^。,,]{0,30}?)?(?:提交|报送)[^。,,]{0,16}?(?:提案|建议|议案)|筛送[^。,,]{0,4}?提案")
# a note after the headline (…的通知(黔府办函〔2025〕12号), …的答复(水利局), …答复人大代表提出建议(图)), which
# the headline's grammar is read without
_TRAILING_NOTE = re.compile(r"(?<=.)\s*(?:[((][^()()]{1,30}[))]|[((]关于[^。]{2,80}?(?:建议|提案|议案)[))])$")
# deputies answered in person (区民政局面对面答复人大建议, 有关部门现场答复人大代表): an event, meeting news
_ANSWERED_IN_PERSON = re.compile(r"(?:面对面|现场)答复")
# a meeting on the process named by its kind (…提案面商会, …建议办理评议会) or held (召开/举行…会)
_MEETING_TITLE = re.compile(r"(?:交办|交接|推进|座谈|督办|协调|培训|见面|面商|(?<!政治)协商|恳谈|评议|测评|答复|面复|通报|审查|部署|调度|"
                            r"对接|联席|现场办理)(?:工作)?会|会议?(?:召开|举行)|(?:召开|举行|举办).{0,30}会")
# members or deputies deliberating reports at their session (政协委员分组讨论政协常委会工作报告和提案工作报告, 委员分组审议…):
# the session's news, not the report it names (not …代表提出的议案审议结果的报告: a committee's report on motions)
_REPORTS_DISCUSSED = re.compile(r"(?:委员|代表)们?(?:分组|认真|积极|热烈|学习)*(?:讨论|审议|热议)[^,,。]{0,40}?报告")
_MEETING_HEADLINE = re.compile(r"(?:召开|举行|舉行)[^。,,]{0,30}会|会议?(?:召开|举行|舉行)$")
_INSPECTION_TITLE = re.compile(r"视察|督查|督导|督办|调研|检查|评估工作|回头看|现场办理|带队")
_PROGRESS_TITLE = re.compile(r"进展情况|进度|阶段性|上半年|半年|中期|截至|督查(?:通报|情况)")
_INTAKE = re.compile(r"审查|立案|复审|大会秘书处|大会提案|截[至止][^。]{0,12}\d时|接办|受理情况|"
                     r"(?:会议|大会)(?:期间|上)?(?:已|共)收到?")  # filing at a session, not handling
# a review of the session's filings reports no handling (…提案审查情况的报告; the motions review committee's
# …代表提出的议案处理意见的报告)
_REVIEW_REPORT = re.compile(r"(?:(?:审查|受理)(?:工作)?(?:情况)?|(?:议案|提案|建议)处理意见)的?报告")
# a 督办会 named is a meeting held (…建议办理情况督办会召开), not a visit (settled 25)
# (市政府督查室 is an office's name: 在…市政府办公厅(市政府督查室)的指导下 inspects nothing, 63d28a51d75e)
_INSPECTION_OPENING = re.compile(r"视察|调研|检查组|中期检查|进行了?检查|督查(?![室处科局])|督办(?!(?:工作)?(?:座谈|协调|推进|见面)?会)|"
                                 r"率[^。]{0,40}?(?:到|赴)[^。]{0,20}?(?:就|对)|"
                                 r"(?:走访(?!慰问)|走进)[^。,,]{0,12}?(?:部|局|委|厅|单位)|"  # a bureau visited
                                 r"[带率]队(?:到|赴)[^。,,]{0,16}?(?:部|局|委|厅|单位)")  # 带队到住房和城乡建设部走访座谈
# supervision named among the work's methods (强化重点督办, 抓源头、强督办、固长效, 全程督办): no visit
_SUPERVISION_AS_METHOD = re.compile(r"(?:强化|加强|加大|狠抓|全程|强)(?:重点|提案|建议)?督办")
# a 通报 of an inspection (…进行了专项督查。从督查情况看,…): a progress report, not a year's results
_INSPECTION_REPORT = re.compile(r"进行了?(?:专项)?督查|督查情况|督查组|督查发现")
_IN_PROGRESS = re.compile(r"正在[^。,]{0,10}办理中|正在办理|尚在办理|已经?全面展开|初步办理")  # 目前正在按程序有序办理中: mid-year
_DONE = re.compile(r"办结|办复|答复完毕|全部(?:办理)?答复|办理完毕|已答复|全部完成|完成[^。,,]{0,24}?的?答复|"
                   r"已[^。,,]{0,4}完成(?:所有|全部)[^。,,]{0,16}办理|"
                   # every item given its formal answer (承办单位对这些提案都给予了正式答复): what is 正在办理 after it is
                   # an answer's category (正在办理中的提案有416件,占51.6%; 列入计划…), not handling under way (point 115)
                   r"(?:都|均|全部)(?:给予|作出|做出)了?(?:正式|书面)?答复")
# a year's results, or a report of them (现将办理情况报告如下)
# …the handling report itself heard (听取和审议了《关于2025年…建议…办理工作情况的报告》)
# (A类|B类|C类, not [ABC]类: with every alternative opening with a literal, re skips to where one can start)
_RESULTS = re.compile(rf"{_DONE.pattern}|完成办理|办理完成|答复率|A类|B类|C类|已经?解决|采纳|报告如下|总结如下|汇报如下|"
                      r"办理(?:工作)?情况的?报告》")
_HANDLED = re.compile(r"办复|办结|答复|回复|办理完毕|已经?(?:解决|采纳)|得到(?:了)?(?:解决|采纳)")  # handled, or solved
_PROCESS_MEETING = re.compile(r"(?:召开|举办|举行|开展)[^。]{0,30}?(?:交办|推进|面复|见面|现场办理|督办|协商|座谈|分配|"
                              r"部署|动员|调度|恳谈|对接|会商|审查|培训|协调|分办|转办|面商)[^。,,]{0,10}(?<!次)(?<!常委)会|(?:见面|面商|面复)活动|"
                              r"(?:召开|举行)[^。]{0,30}?(?:建议|提案)[^。]{0,12}专题[^。]{0,6}会|"
                              r"(?:交办|推进|督办)[^。,]{0,4}会(?:议)?(?:举行|召开|现场|上)")
# a meeting held, named either way round (召开…协商会议, …座谈会在乐平市政协会议室召开, …提案审查委员会举行
# 第二次会议), on the items when they are named in the same sentence
_MEETING_HELD = re.compile(r"(?:召开|举行|举办)了?[^。]{0,40}?会议?(?=[,,。;:\s]|$)|"
                           r"会议?(?:在[^。,,]{0,30})?(?:召开|举行)(?![^。,,]{0,4}会|在即)")
# the day a story happens (5月4日, 昨日下午, 近日): a meeting held that day is the story, one held in the
# course of a year's work (2023年,我局召开专题会议研究…) is a step of its account; only whether there is one
# is asked, so 5月 / 4日 / 4号 are read from their 月 / 日 / 号 back (literals re skips ahead to)
_ON_A_DAY = re.compile(r"月(?<=\d月)\d+日|日(?<=\d日)(?:上午|下午|晚)|号(?<=\d号)|近日|日前|昨日|昨天|今天|今日|当天|上午|下午")
# 主持召开市政府常务会议,研究部署人大代表建议和政协提案办理工作; 召开代表建议集中交办工作会议
_MEETING_ON_ITEMS = re.compile(r"(?:召开|举行)[^。,]{0,20}?会议?[,,]?(?:研究部署|专题研究|部署|交办|总结|评议|通报)"
                               r"[^。]{0,30}?(?:建议|提案)|"
                               r"会议?(?:召开|举行)[,,](?:听取|研究|部署)[^。]{0,40}?(?:建议|提案)")
_STRONG_SUMMARY = re.compile(r"总结|报告|汇报|情况说明|综述")
_PLAN_TITLE = re.compile(r"工作方案|实施方案|工作计划|工作安排|安排意见|工作要点|办理要求")
# standing rules (…工作规程, …工作规则, …办法): not one year's process
_REGULATION_TITLE = re.compile(r"(?:印发|出台|制定|发布)[^。]{0,60}(?:规程|规则|办法|规定|条例|细则)")
# a rules text's own headline (…提案办理工作制度, …提案工作规定) and its articles on the page (第一条, 制定本规定): a rules text
# and the notice issuing it with its text are other / other; news that a body issued rules, their text not on the page
# (省政府出台办法…《办法》明确), is a notice on the process (point 110)
# (…的实施办法, …办理情况考核细则, …工作规程(试行) too)
_RULES_HEADLINE = re.compile(r"(?:办理|工作|实施|考核|考评|督办|评选)(?:制度|办法|规定|规则|规程|细则)(?:[(（]试行[)）])?$")
_RULES_TEXT = re.compile(r"第[一1]条|第[一1]章|制定本(?:规定|办法|制度|规则|规程|细则)|本(?:规定|办法|制度|规则|规程|细则)所称"
                         # an assessment's rules in numbered sections (一、考核范围 … 三、考核标准: 59dde2831c94)
                         r"|(?:^|\n)\s*[一二三四][、.．]\s*(?:考核|考评|评分|评比)(?:范围|对象|原则|标准|内容|方法|办法)")
# a body's general work report named by the headline (…|市人大常委会工作报告, 政府工作报告): its paragraph on the items
# is one section of another document's scope (docs/labelling.md point 89; dea4c8cee353)
_GENERAL_REPORT_TITLE = re.compile(r"(?:常委会|常务委员会|政府|法院|检察院)[^,,。建提议案]{0,8}?工作(?:报告|汇报)(?:$|[(（])")
_INTERPRETATION_TITLE = re.compile(r"解读$")  # 关于《…的通知》的政策解读 explains a notice
_NOTICE_END = re.compile(r"通知$")
_DO_WELL = re.compile(r"关于(?:认真)?(?:做好|进一步做好|切实做好)")
# a notice on handling the items (关于认真办理…建议和…提案的通知, 关于人大建议和政协提案办理工作的通知): the year's work plan
# when it names the session or the year whose items it sets requirements for (point 52), a standing notice without
# (国务院关于认真办理全国人民代表大会代表提案的通知, point 45)
_HANDLING_NOTICE_TITLE = re.compile(r"关于(?:认真)?办理[^。]{0,60}?(?:建议|提案)[^。]{0,10}的通知$|"
                                    r"关于[^。]{0,40}?(?:建议|提案)办理(?:工作)?的通知$")
_SESSION_OR_YEAR = re.compile(r"届[^。,,]{0,6}?次会议|20\d\d年")
_SELECTED = re.compile(r"督办|交办|重点(?:建议|提案)")
_SELECTED_AS = re.compile(r"(?:被)?(?:确定|列)为[^,,。]{0,20}重点(?:建议|提案|督办)")  # 37件提案被确定为…重点提案
_ASSIGNMENT_TITLE = re.compile(r"交办|分解|任务分工|责任分工")
# (“幸福清单”: a quoted figure of speech; 清单式办理: a way of answering, not a list)
_LIST_TITLE = re.compile(r"(?:目录|清单(?!式)|一览表|汇总表|名单|名录)(?!”)")
_NOTICE_TITLE = re.compile(r"通报|通知|公告|公示|通告")
# (a deadline is no result: …212件 要求6月30日前办结, 确保年底前办结)
_SUMMARY_TITLE = re.compile(r"总结|报告|汇报|情况说明|工作情况|办理情况|办理工作|办理结果|办理综述|(?<!前)(?<!确保)(?<!力争)办结|"
                            r"办理完毕|成效|办复|答复率|"
                            r"(?<!确保)(?<!力争)(?<!按时)完成|"
                            r"回复率|满意率|总体情况|概述|情况$")
_PROPOSAL_TITLE = re.compile(r"^关于.{2,60}的(?:建议|提案|议案)$")
_SUBJECT = re.compile(r"建议|提案|议案|议提案|两案|议事原案")  # 议事原案: a county congress's word for its items (e15b6af2c247)
# advice in general (代表们提出的意见和建议, 建言献策) is not the items deputies and members file
_GENERIC_ADVICE = re.compile(r"意见[和、及与]?建议|建议[和、及与]?意见|建言献策")
ITEM_COUNT = re.compile(r"(?:建议|提案|议案)[^。;]{0,16}?\d+(?:余|多)?\s?件|\d+(?:余|多)?\s?件(?:[^。,;]{0,6}?)(?:建议|提案|议案)")
# 林晓东代表, 张三、李四委员: the deputy or member a letter is addressed to, not a report's 主任、各位副主任、各位委员
_SALUTATION = r"(?![^:]{0,30}?(?:各位|主任|秘书长))[\u4e00-\u9fff、]{2,30}(?:代表|委员)"
# a letter to one deputy or member, or one that answers an item (…提出《…》(99号)建议…现答复如下); a
# report's salutation to a session or a standing committee (主任、各位副主任、各位委员:) is no letter
_REPLY_OPENING = re.compile("^" + _SALUTATION + r"[:,]|"
                            r"您(?:提出|们提出)的|现(?:将[^。,,]{0,12})?答复如下")
# a letter to one deputy or member acknowledging what they raised and answering it, whatever the item is called
# (林晓东代表: / 您提出的《关于垃圾分类工作中大宗垃圾处理存在问题的意见》收悉,现答复如下:; 您领衔提出的《…》(第80号建议)收悉)
_LETTER_TO_A_DEPUTY = re.compile(r"^(?:[\u4e00-\u9fff、]{2,30}(?:代表|委员)[:：]\s{0,4})?您们?(?:领衔)?(?:提出|所提)的[^。]{2,80}?收悉"
                                 r"[^。]{0,12}?答复如下", re.M)
_ANSWERED = re.compile(r"答复|答覆|回复")
# the text opening with the one deputy or member (or several named) it is addressed to, on a line of its own
_ADDRESSEE_FIRST = re.compile(_SALUTATION + r"[:：]\s*\n")
# a headline printed as a line of the opening, or the file a document-sharing site names
_HEADLINE_LINE = re.compile(r"^([^\s《》“”,,。:]{0,40}关于[^\s《》。:]{4,80}的(?:通知|通报|报告|答复|复函))$", re.M)
_SHARED_DOCUMENT = re.compile(r"《([^《》]{4,80}?)\.(?:docx?|pdf|wps)》")
_ROLE_COUNTS = re.compile(r"(?:主办|会办|协办|分办)\d+件")  # items split among handlers: an assignment
# the work stated as done, unless a target word opens the clause (确保按时完成…)
_COMPLETED = re.compile(r"完成了?[^。,,]{0,8}?(?:建议|提案)[^。,,]{0,4}?办理工作|共办理了?[^。,,]{0,20}?\d+\s?件")
_TARGET = re.compile(r"确保|力争|争取|务必|要(?!求)|将|计划|目标|[在于][^。,,]{0,16}前")  # …要求在10月20日前: a deadline
_CLAUSE_END = re.compile(r"[,,。;;:]")
_FORMAL_TITLE = re.compile(r"(?:通知|通告|公告|报告|通报|答复|复函|函|意见)$")  # not a news headline
# talks, and deputies or members met in person (与…代表委员座谈, 接待…代表): a meeting, not a visit that inspects
_TALKS = re.compile(r"(?:协商|开展|进行|面对面)座谈|(?:进行|开展)了?面对面协商|座谈交流|与[^。,,]{0,20}?(?:代表|委员)[^。,,]{0,6}?座谈|"
                    r"接待[^。,,]{0,12}?(?:代表|委员)")
# a meeting that decides the session's review: a 提案委员会 plenary, a presidium, a vote on the review report;
# not a presidium named as the source of a decision (按照…主席团第一次会议通过的议案截止时间) or of the text itself
# (an adoption note: (2017年3月2日…主席团第二次会议通过))
_REVIEW_MEETING = re.compile(r"(?:提案|审查)委员会[^。]{0,6}全体会议|主席团[^。]{0,8}会议(?!通过(?:的|[))]))|"
                             r"表决通过[^。]{0,60}(?:审查情况|处理意见)的?报告")
# what a reporter learned at a handover or review meeting (记者从…提案交办会上获悉); a 座谈会 that sums up
# the last year stays with its results (convention 3)
_LEARNED_AT_MEETING = re.compile(r"从[^。]{0,40}?(?:交办|审查|推进|通报)[^。]{0,6}会上(?:获悉|了解到)")
# the year's handling report delivered (冯明光作…关于十届四次会议以来提案工作情况的报告): the page carries it
_REPORT_DELIVERED = re.compile(r"(?<!工)(?:作|做)了?[^。]{0,60}?(?:提案|建议)[^。]{0,6}(?:工作|办理)情况的?报告")
# a five-year term (五年来; 十一届政协期间; 向大会报告十届州政协提案工作情况)
_TERM = re.compile(r"五年(?:来|间|中)|过去五年|[一二三四五六七八九十]+届[^。,,次]{0,10}?(?:政协|人大)期间|"
                   r"[一二三四五六七八九十]+届[^。,,次]{0,6}?(?:政协|人大)的?(?:提案|建议)工作情况")
# a meeting reported (会议指出; 出席…常委会第十九次会议的…组成人员), or held on a date, named either way
# round (8月27日,…召开了…座谈会; 3月2日,…常委会会议在…举行), not a habit (每年…召开交办会)
_MEETING_MENTION = re.compile(r"会议(?:指出|强调|要求|听取|审议)|出席[^。,,]{1,30}?会议(?!室)|"
                              r"在[^。,,]{0,40}?会议上|"
                              r"\d+月\d+日[^。]{0,40}?(?:召开|开展|举行)了?[^。]{0,30}?(?:座谈|协商|面商|交办|推进|督办)会|"
                              r"\d+月\d+日[^。]{0,40}?会议?(?:在[^。,,]{0,30})?(?:召开|举行)(?!在即)")
# a session opening or closing that reports its business on the items (hears the 提案工作情况的报告,
# receives, reviews or hands over the items): meeting news (settled 26)
_SESSION_OPENS = re.compile(r"(?:会议|大会)[^。,,]{0,16}?(?:开幕|闭幕)")
_SESSION_ON_ITEMS = re.compile(r"(?:提案|建议)工作情况|收到[^。,,]{0,6}(?:提案|建议)|"
                               r"(?:提案|建议)[^。]{0,16}?(?:立案|审查|交办)")
# a headline whose news is the session opening or closing (自治区政协十一届四次会议今开幕), not a time (…会议开幕前
# 收到提案413件): the intake it reports is the session's business (settled 26)
_SESSION_HEADLINE = re.compile(r"(?:会议?|两会”?)[^。,,]{0,8}?(?:开幕|闭幕)(?!前|后)")
# the session's meeting that decides the review held (闭幕会审议通过提案审查情况报告; 举行闭幕会。通过…提案审查
# 情况的报告, a clause of the meeting's acts): intake news that tells it is that meeting's news (Fields → doc_type)
_REVIEW_ADOPTED = re.compile(r"(?:会[^。]{0,20}?|(?:^|[。,,;])\s*)(?:审议|表决)?通过了?[^。,,]{0,50}?审查(?:情况)?的?报告")
_VISIT = re.compile(r"实地(?:考察|查看|察看|调研)|促办|\d+月\d+日[^。]{0,60}?(?:视察|督查|检查|督导)")
# a headline whose news is a way of working built (探索创新民主评议机制, 全力打造办理工作闭环), not a visit made: the
# visits and 回头看 it tells are the mechanism's parts, a text on the process (notice / other)
_MECHANISM_HEADLINE = re.compile(r"(?:探索|创新|打造|建立|健全|完善|构建)[^,,。 ]{0,10}?(?:机制|闭环|模式)")
_SELECTION = re.compile(r"确定了[^。,,]{0,20}?重点(?:提案|建议)")  # 主席会议确定了…2022年重点提案
_INSTRUCTIONS = re.compile(r"各承办单位(?:要|务必)|务必于[^。]{0,20}前")


# items led by named leaders (领办, 领衔办理): a meeting where one is taken up, a list of the selected
# items, or a practice described (convention 10)
_LEADERS_TITLE = re.compile(r"领办|领衔")
_MEETING_REPORTED = re.compile(r"(?:参加|出席|主持)(?:了)?会议|会上|召开|举行|座谈|协商会|面商")
_ITEMS_SELECTED = re.compile(r"确定|遴选|选定|名单|清单|如下")


# an item's own record: its case and what it proposes, as labelled fields
_ITEM_FIELDS = re.compile(r"(?:^|\n)\s*(?:案由|内容|提案内容|建议内容|问题及理由)[::]")
_PROPOSED_FIELD = re.compile(r"\n\s*(?:建议|具体建议|办法|措施|建议办法)[::]")


# one item named by its title (《关于支持山桐子产业发展的建议》) and its answer told as given (…座谈进行答复, 做出了答复意见):
# one item's answer reported as news is a reply (point 59)
_NAMED_ITEM = re.compile(r"[《“]关于[^《》“”]{2,60}?(?:建议|提案|议案)[》”]")
_ANSWER_GIVEN = re.compile(r"(?:做出|作出|进行)了?(?:书面)?答复")


class DocKind(NamedTuple):
    doc_type: str
    doc_subtype: str


def _notice_kind(title: str) -> DocKind | None:
    """The process texts, in the order their words are telling (a 交办会 is meeting news)."""
    for pattern, subtype in ((_MEETING_TITLE, "meeting_news"), (_REPORTS_DISCUSSED, "meeting_news"),
                             (_ANSWERED_IN_PERSON, "meeting_news"),
                             (_PLAN_TITLE, "work_plan"), (_LIST_TITLE, "item_list")):
        if pattern.search(title):
            return DocKind("notice", subtype)
    if _NOTICE_END.search(title) and _DO_WELL.search(title):  # 关于做好2025年…办理工作的通知
        return DocKind("notice", "work_plan")
    if _NOTICE_END.search(title) and _SELECTED.search(title) or _SELECTED_AS.search(title):  # 重点督办建议提案的通知
        return DocKind("notice", "assignment_notice")
    if _INSPECTION_TITLE.search(title) and not _STRONG_SUMMARY.search(title) and not _NOTICE_TITLE.search(title):
        return DocKind("notice", "inspection_news")  # 区人大常委会视察上半年…代表建议办理情况: a visit, not its 通报
    if _PROGRESS_TITLE.search(title) and (_NOTICE_TITLE.search(title) or _SUMMARY_TITLE.search(title)):
        return DocKind("notice", "progress_report")
    if _INSPECTION_TITLE.search(title) and not _STRONG_SUMMARY.search(title):
        return DocKind("notice", "inspection_news")
    if ((_INTAKE.search(title) or _REVIEW_REPORT.search(title)) and not _HANDLED.search(title)
            and not _STRONG_SUMMARY.search(_REVIEW_REPORT.sub("", title))):
        return DocKind("notice", "other")
    if _ASSIGNMENT_TITLE.search(title) and not _SUMMARY_TITLE.search(title):
        return DocKind("notice", "assignment_notice")
    return None


def _led_items(body_text: str) -> DocKind:
    head = "。".join(body_text[:400].split("。")[:2])
    if _MEETING_REPORTED.search(head):
        return DocKind("notice", "meeting_news")
    return DocKind("notice", "item_list" if _ITEMS_SELECTED.search(head) else "other")


# 首批, 第一批 (47d4d135e740, 8768cf291ee5): a headline counting a batch of the items, not the year's whole
_A_BATCH = re.compile(r"首批|第[一二三四五六七八九十]批")
# the items a delegation's or a session's deputies handed in, told as a 情况 (山东代表团公布山东全国人大代表提出议案有关情况:
# bf793eb6b34a): intake news, no year's handling (point 131)
_SUBMITTED_TITLE = re.compile(r"(?:提出|提交)(?:的)?[^,,。]{0,6}?(?:议案|建议|提案)[^,,。]{0,6}?情况$")
_HANDLING_WORD = re.compile(r"办理|办复|答复|落实|办结")


def _titled(title: str) -> DocKind | None:
    if _GENERAL_REPORT_TITLE.search(title) or _ANOTHER_ASSEMBLY.search(title) and not _A_HOUSE.search(title):
        return DocKind("other", "other")
    if not _SUBJECT.search(title):
        return DocKind("notice", "other") if _NOTICE_TITLE.search(title) else None
    if _REGULATION_TITLE.search(title):
        return DocKind("other", "other")
    if _INTERPRETATION_TITLE.search(title):
        return DocKind("notice", "other")
    if _CALL_TITLE.search(title) or _BEFORE_SUBMISSION.search(title):
        return DocKind("other", "other")
    if _SUMMARY_SENT.search(title):
        return DocKind("summary", "annual_summary")
    if _REPLY_TITLE.search(title):
        return DocKind("reply", "reply_letter")
    process = _notice_kind(title)
    if process:
        return process
    if title.endswith(("通知", "通告", "公告")):
        return DocKind("notice", "other")  # 关于加快办理…的通知, …办理结果公开通告: about the work, no assignment
    if _A_BATCH.search(title):  # 交通运输部办结第一批28条意见建议: the first batch done, the rest still to come
        return DocKind("notice", "progress_report")
    if _SUBMITTED_TITLE.search(title) and not _HANDLING_WORD.search(title):
        return DocKind("notice", "other")
    if _SUMMARY_TITLE.search(title) or "通报" in title:
        return DocKind("summary", "annual_summary")
    if _PROPOSAL_TITLE.search(title):
        return DocKind("other", "proposal_text")
    if _NOTICE_TITLE.search(title):
        return DocKind("notice", "other")
    return None


# another body's assembly and its own proposals (四川省总十四届三次全委会期间118件提案全部办结: the trade union's; a college's
# 教代会/工代会 提案落实情况; 区水利局关于区二次党代会第23号提案的复函: the Party congress's): no deputies' or members'
# items (point 91)
_ANOTHER_ASSEMBLY = re.compile(r"职代会|教代会|工代会|团代会|妇代会|学代会|党代会|职工代表大会|总工会|省总[^,,。]{0,8}全委会|模拟政协")
_A_HOUSE = re.compile(r"人大|人民代表大会|政协|政治协商")


def _headline(title: str) -> str:
    """The headline as its grammar is read: without pinyin glosses and without a note after it."""
    return _TRAILING_NOTE.sub("", without_pinyin_glosses(title))


def classify(title: str | None, body_text: str, has_counts: bool) -> DocKind:
    """The kind of a document; a title that says nothing about it leaves the body to decide. A body
    alone makes a summary only when it counts items and reports results (办结, 办复, 已解决 …) in
    its opening: figures of a page that merely counts items are not taken as handling results."""
    title = _headline(title) if title else None
    body_text = without_pinyin_glosses(body_text[:1500])
    kind = _classified(title, body_text, has_counts)
    if kind == ("notice", "meeting_news") and (_told_at_a_briefing(title, body_text) or _learned_at_a_session(body_text)):
        return DocKind("notice", "other")
    return kind


# a press conference or briefing (新闻发布会, 国务院政策例行吹风会, …重点提案督办工作通气会)
_BRIEFING = re.compile(r"发布会|吹风会|通气会")


def _told_at_a_briefing(title: str | None, body_text: str) -> bool:
    """A press conference or briefing in the headline or the story's first sentence: it is read by what it
    reports, never as a meeting on the items (point 55): the intake, the coming session's agenda or key items'
    progress told there are notice / other (a year's results told there are a summary, decided before)."""
    return bool(_BRIEFING.search(title or "") or _BRIEFING.search(_opening(body_text)))


# where a reporter learned the news: a session (从今日闭幕的市十五届人大一次会议上获悉, 从…会议闭幕式上获悉), not one of its
# organs' or a standing body's meetings on the items (…主席团第三次会议, …常委会第五次会议, …提案委员会全体会议)
_LEARNED_AT_SESSION = re.compile(r"从[^。]{0,60}?(?:届[^。]{0,6}?次会议|闭幕会|开幕会|闭幕大会|闭幕式)上?(?:获悉|了解到|得知)")
_SESSION_ORGAN = re.compile(r"主席团|常委会|常务委员会|委员会全体会议|主任会议|提案委员会")


def _learned_at_a_session(body_text: str) -> bool:
    """The story's first two sentences name a session only as where the news was learned (point 55: filing news,
    notice / other): the session is no meeting held on the items."""
    learned = _LEARNED_AT_SESSION.search("。".join(body_text[:400].split("。")[:2]))
    return learned is not None and not _SESSION_ORGAN.search(learned.group())


def _classified(title: str | None, body_text: str, has_counts: bool) -> DocKind:
    if _one_answer_reported(title, body_text):
        return DocKind("reply", "other")
    rules = _rules_kind(title, body_text)
    if rules:
        return DocKind(rules, "other")
    if title and _award_with_results(title, body_text):
        return _summary(body_text)
    if title and _MEETING_HEARING_A_REPORT.match(title) and not _results_meeting(title, body_text):
        return DocKind("notice", "meeting_news")
    kind = _titled(title) if title else _headline_in_body(body_text)
    if kind == ("notice", "other") and title and not _SUBJECT.search(title) and not names_the_items(title, body_text):
        kind = None  # 12345政府服务热线二月情况通报: a notice word over no items is a notice on something else
    if kind in (None, ("notice", "other")) and title and _LEADERS_TITLE.search(title) and _SUBJECT.search(title):
        return _led_items(body_text)
    if kind == ("notice", "inspection_news") and _MECHANISM_HEADLINE.search(title or ""):
        kind = DocKind("notice", "other")  # 柯桥区代表建议届末“回头看”全力打造办理工作闭环
    if kind:
        return _refined(kind, title or "", body_text)
    if _general_report_heard(title, body_text):
        return DocKind("notice", "meeting_news")
    if _LETTER_TO_A_DEPUTY.search(body_text[:300]):  # a deputy's 意见 (代表建议、批评和意见) answered in a letter to them
        return DocKind("reply", "reply_letter")
    if title and _ANSWERED.search(title) and _ADDRESSEE_FIRST.match(body_text):
        return DocKind("reply", "reply_letter")  # 农业农村部答复:持续推进… / 韩秋香代表: / 近年来,我部…: the letter under a site's headline
    if not title and _answer_by_points(body_text):
        return DocKind("reply", "reply_letter")
    if not names_the_items(title, body_text) or _before_submission(body_text):
        return DocKind("other", "other")  # 听取代表对人大工作的意见和建议: a page on something else
    if title and _MEETING_HEADLINE.search(title) and not _STRONG_SUMMARY.search(title) and _on_the_items(body_text[:500]):
        if _results_meeting(title, body_text):  # …召开十三届十九次常委(扩大)会议, hearing the year's handling and its results
            return _summary(body_text)
        return DocKind("notice", "meeting_news")  # 市政协召开十届三次常委会, on the year's proposals: a meeting
    if _REPLY_OPENING.search(body_text[:300]):
        return DocKind("reply", "reply_letter")
    if _ITEM_FIELDS.search(body_text[:300]) and _PROPOSED_FIELD.search(body_text[:1500]):
        return DocKind("other", "proposal_text")  # 内容:… 建议:… 主办单位:…: an item's own record
    kind = (_process_by_body(title, body_text) or _results_by_body(body_text, has_counts)
            or _late_process(title or "", body_text))
    if kind.doc_type == "summary" and (_session_news_beside_its_items(title, body_text)
                                       or _GROUP_DISCUSSION.search(f"{title or ''}。{_opening(body_text)}")):
        return DocKind("notice", "meeting_news")
    return kind


# members or deputies at a session discussing its reports in groups (委员们在各驻地分组学习讨论…审议市政协常委会工作报告和
# 提案工作情况报告; 委員分組討論提案工作情況報告): the session's news, whatever figures the reports gave
_GROUP_DISCUSSION = re.compile(r"(?:委员|代表|委員)[^。,,]{0,12}?(?:分组|分組|按界别|按界別)(?:学习|學習)?(?:讨论|审议|討論|審議)")


# a line that names the items or their results (…会议开幕 提案办复率100%, …开幕,全面总结过去5年工作), or a standing
# committee's meeting (省政协十二届五次常委会议开幕: one that hears the year's account, convention 3)
_ITEMS_OR_RESULTS_NAMED = re.compile(rf"{_SUBJECT.pattern}|{_STRONG_SUMMARY.pattern}|办复|办结|答复|率|成绩单|\d+\s?件|常委|"
                                     r"建議|議案|辦|報告|總結")
_ITEMS_NAMED = re.compile(r"提案|建议|议案|建議|議案|\d\s?件|\d\s?[%％]")  # or counted: 其中…解决的258件 / 占38.8%
_PIECE = re.compile(r"[^。\n]+。?")  # a sentence, or the part of a line up to its 。


def _session_news_beside_its_items(title: str | None, body_text: str) -> bool:
    """News of a session's opening or closing whose headline (or, without one, first sentence) names only the
    session, with fewer sentences or lines on the items than prose sentences on other business: one paragraph beside
    the general work (据会议透露…去年区政协收到提案138件) is the session's news, its figures no year's account of the items
    (point 54). Only sentences ended by 。 weigh against the items, so a byline, credits or a footer around the story
    (来源:… 作者:…, (责任编辑:…)) move nothing, while an account set out in short counted lines (共办理提案572件 /
    其中…258件) keeps them on its side."""
    opening = _opening(body_text)
    headline = title if title and not _COLUMN_NAME.match(title) else None
    if not _session_held(headline, "" if headline else opening) or _ITEMS_OR_RESULTS_NAMED.search(headline or opening):
        return False
    items = other_prose = 0
    for piece in _PIECE.findall(body_text):
        if not piece.rstrip("。").strip():
            continue
        if _ITEMS_NAMED.search(piece):
            items += 1
        elif piece.endswith("。") and len(piece) > 5:
            other_prose += 1
    return items < other_prose


# one body awarded for its handling (荣获…"提案办理先进集体", 被评为…办理工作先进单位, 获政协提案先进承办单位);
# a commendation naming many units (关于表彰…先进单位的决定, …表彰优秀提案、先进单位) has no 获 / 评为
_AWARDED = re.compile(r"(?:获|评为)[^。,,]{0,40}?先进(?:集体|单位|承办单位)")


# a headline opening with the meeting that heard or reviewed a report (区六届人大常委会第八次会议认真审议区政府关于…办理
# 情况的报告): the meeting's news, not the report it names; a formal title (…委员会关于…议案审议结果的报告) opens otherwise
_MEETING_HEARING_A_REPORT = re.compile(r"(?:(?!关于)[^,,。:：]){2,40}?(?:会议|常委会|主任会议)(?:认真|专题)?(?:听取|审议)")


def _award_with_results(title: str, body_text: str) -> bool:
    """A body's award for its handling told with the year's results (共收到提案…件,…满意率均为100%) is that
    year's account under another headline (point 3), whatever meeting conferred it."""
    return bool(_AWARDED.search(title)) and "表彰" not in title and _results_stated(body_text[:1000])


def _one_answer_reported(title: str | None, body_text: str) -> bool:
    """News whose first sentence tells one named item answered (…就马武怀代表提出的《关于…的建议》…进行答复): a reply
    reported as news (point 59), not the letter itself (a formal headline, a salutation) nor a meeting on several items.
    A headline telling the answer given (…对…《关于…的提案》做出答复) is news, though it ends like a letter's."""
    opening = _opening(body_text)
    if "答复" not in opening or not _ANSWER_GIVEN.search(opening) or len(set(_NAMED_ITEM.findall(opening))) != 1:
        return False
    return not (title and _FORMAL_TITLE.search(title) and not _ANSWER_GIVEN.search(title)
                or _REPLY_OPENING.search(body_text[:300]))


# a headline that names the document an account of the handling (…关于十一届一次会议以来提案工作情况的报告,
# 宜良县政协2019年提案办理基本情况)
# (…办理工作情况的通报: the field guide's account forms include the 通报 of the year's handling)
_ACCOUNT_TITLE = re.compile(r"(?:总结|报告|汇报|情况|综述|情况的?通报)$")


# handling told as still under way somewhere in the text (截止目前,…办理工作进展顺利; …正在积极办理推进过程中)
# (not 在办理中存在…问题, 办理中发现: problems found in the course of handling, seed 002)
_TOLD_UNDER_WAY = re.compile(r"正在[^。,,]{0,12}?(?:办理|推进)|进展顺利|尚在办理|办理中(?!存在|发现|遇到|出现)")


# an answer's first point taking up the first matter the item raised (一、关于新一轮草原生态保护补助奖励政策问题, 一、关于加强农业
# 污染源头控制): the ministries' answer pages whose headline stays in the page's html title only; an account's first
# heading names the handling or its situation instead (一、基本情况, 一、关于提案办理工作的情况)
_FIRST_POINT_ON_A_MATTER = re.compile(r"^\s*一、\s*关于(?![^\n。]{0,40}?(?:办理|工作情况|基本情况|建议|提案|议案))[^\n。]{2,60}")


def _answer_by_points(body_text: str) -> bool:
    """A page with no headline that opens on an answer's first point (a reply letter shown without its heading), with no
    items counted in its opening: an account would count them."""
    return bool(_FIRST_POINT_ON_A_MATTER.match(body_text)) and not counts_the_items(body_text[:800])


def _rules_kind(title: str | None, body_text: str) -> str | None:
    """other for a rules text on handling the items or the notice issuing it (关于印发…规程的通知), notice for news that
    rules were issued (point 110); None for a headline naming no rules."""
    if not title or not _SUBJECT.search(title):
        return None
    issued = _REGULATION_TITLE.search(title)
    if not issued and not _RULES_HEADLINE.search(title):
        return None
    if issued and _FORMAL_TITLE.search(title) or _RULES_TEXT.search(body_text):
        return "other"
    return "notice" if issued else None


def kind_named_by_headline(title: str | None, body_text: str) -> str | None:
    """The doc_type a headline names the document in its own form: standing rules issued with their text (other)
    or news of their issue (notice, point 110), or an
    account of the handling (summary) unless the text tells handling still under way (a mid-year report
    titled 工作总结 or 工作汇报, settled 12); None for any other headline."""
    title = _headline(title) if title else ""
    if not _SUBJECT.search(title):
        return None
    if _LETTER_TITLE.search(title) and _REPLY_TITLE.search(title) and _ITEM_OF_A_SESSION.search(title):
        return "reply"  # 对…第68号提案的答覆, 关于…会议第12号建议的答复: a letter's own headline on a session's item
    text = without_pinyin_glosses(body_text[:1500])
    rules = _rules_kind(title, text)
    if rules:
        return rules
    if _PROGRESS_NAMED.search(title) and _ACCOUNT_TITLE.search(title):
        return "notice"  # …提案办理进展情况的汇报: a progress report by its own name (c64fcbc5b750, 54c3c3cc6190)
    under_way = _TOLD_UNDER_WAY.search(text)
    return "summary" if _ACCOUNT_TITLE.search(title) and not under_way else None


_PROGRESS_NAMED = re.compile(r"进展情况|进展报告|進展情況")


# a letter answering an item, by its headline's grammar: 对…的答复, 关于…(建议|提案)的答复/复函
_LETTER_TITLE = re.compile(r"^[^,,。]{0,30}?(?:对|关于)[^,,。]{4,}?(?:建议|提案|议案|意见)[^,,。]{0,12}?的(?:答复|答覆|回复|复函)")
# a session's item, numbered or named by its session (not 关于科技节水建议的复函: a letter outside the houses' channels, point 91)
_ITEM_OF_A_SESSION = re.compile(r"\d+\s*号|次会议|提案|议案")
_TOLD_WORDS = ("征集", "准备工作", "答复", "提交", "报送", "筛送")  # a cheap look before the patterns: a word each needs


def kind_told_by_its_wording(title: str | None, body_text: str) -> str | None:
    """The doc_type a page's own wording tells outright: work before the items exist, a call for them or a forum
    gathering their material (other, point 103), or one item's answer reported as news (reply, point 59); None else."""
    if not any(word in f"{title or ''}{body_text[:400]}" for word in _TOLD_WORDS):
        return None
    headline = _headline(title) if title else None
    text = without_pinyin_glosses(body_text[:1500])
    if headline and (_CALL_TITLE.search(headline) or _BEFORE_SUBMISSION.search(headline)) or _before_submission(text):
        return "other"
    return "reply" if _one_answer_reported(headline, text) else None


# the year's handling reported to, or heard by, the meeting the story tells (李智勇代表市政府通报了…提案办理工作情况; 张悦华
# 汇报了人大建议办理情况; 会议听取了2015年提案办理工作情况…通报)
_HANDLING_REPORTED = re.compile(r"(?:通报|汇报|报告|听取)了?[^。]{0,40}?(?:提案|建议|议案)[^。]{0,10}?办理(?:工作)?情况")


def reports_whole_results(body_text: str) -> bool:
    """Whether the text tells the year's handling reported (通报了…提案办理工作情况) and states its results as
    a whole (所有政协提案均已办理完毕,办结率100%), with no handling told under way (settled 12): the story of
    a meeting that hears the year's account is that account (convention 3), however much its opening
    reads like meeting news."""
    text = without_pinyin_glosses(body_text[:1500])
    return bool(_HANDLING_REPORTED.search(text)) and not _TOLD_UNDER_WAY.search(text) \
        and _results_stated(text, _WHOLE_RESULTS)


def names_the_items(title: str | None, body_text: str) -> bool:
    """Whether the headline or the opening names the items (建议, 提案 …), not advice in general: a page
    that does not is about something else, whatever its words of meetings and sessions."""
    return _items_named(without_pinyin_glosses(f"{title or ''}。{body_text[:700]}"))


def _items_named(text: str) -> bool:
    return bool(_SUBJECT.search(_GENERIC_ADVICE.sub("", text)))


def counts_the_items(text: str) -> bool:
    """Items counted (提案…430件, 54件建议), not advice in general (意见建议类53件 among a hotline's tickets)."""
    return bool(ITEM_COUNT.search(_GENERIC_ADVICE.sub("", text)))


def _on_the_items(text: str) -> bool:
    """The items named as handled or filed (建议办理, 提案工作情况, 收到提案), not advice heard at a meeting
    (委员们…建言献策…建议提得很好)."""
    return bool(_HANDLING_WORK.search(text) or _SESSION_ON_ITEMS.search(text))


def _headline_in_body(body_text: str) -> DocKind | None:
    """A page whose headline was not picked out may still print it as a line of its opening
    (…办公室关于做好2023年代表建议和委员提案办理工作的通知), under breadcrumbs and metadata."""
    line = _HEADLINE_LINE.search(body_text[:600]) or _SHARED_DOCUMENT.search(body_text[:300])
    return _titled(line.group(1)) if line else None


# a headline that states results or a report (…全部办复, …办理情况, 2023年…总结), which a meeting
# opening the story does not make meeting news
_RESULTS_HEADLINE = re.compile(rf"{_STRONG_SUMMARY.pattern}|办复|办结|答复|完成|全部|情况|率|\d(?!\d*\s?年)")


def _refined(kind: DocKind, title: str, body_text: str) -> DocKind:
    """A title's kind, corrected by what the opening shows: a news headline (面对面答复…, …建议提案交办,
    …659件提案获立案) over a meeting, or over the year's results, is that meeting or those results."""
    opening = _opening(body_text)
    news = not _FORMAL_TITLE.search(title)
    if kind == ("summary", "annual_summary"):
        if _LETTER_TO_A_DEPUTY.search(body_text[:300]):  # 九原区…代表建议、批评和意见办理情况 / 冯永霞代表: / 您提出的…收悉
            return DocKind("reply", "reply_letter")  # a portal's column heading one letter
        if "通报" in title and _INSPECTION_REPORT.search(body_text[:400]) or _still_under_way(body_text):
            return DocKind("notice", "progress_report")
        if news and not _RESULTS_HEADLINE.search(title) and _meeting_first(opening) == "meeting_news" \
                and not _results_learned(body_text):
            return DocKind("notice", "meeting_news")  # 县城管执法局 积极开展建议提案办理工作 / 日前,…召开…专题会议
        return _summary(body_text)
    if news and kind.doc_type in ("reply", "notice") and kind.doc_subtype != "meeting_news" \
            and _meeting_first(opening) == "meeting_news":
        return DocKind("notice", "meeting_news")
    if kind == ("notice", "meeting_news") and not _REPORTS_DISCUSSED.search(title) and _results_meeting(title, body_text):
        return _summary(body_text)  # 民主评议…会: the evaluated year's results stated (convention 3)
    if kind == ("notice", "inspection_news") and news and not _visit_told("。".join(body_text[:400].split("。")[:2])) \
            and _results_stated(body_text[:800]):
        return _summary(body_text)  # 区政府积极督办…办理工作 over the year's results, no visit told (convention 3)
    if kind != ("notice", "other"):
        return kind
    if _HANDLING_NOTICE_TITLE.search(title) and _SESSION_OR_YEAR.search(f"{title} {body_text[:400]}"):
        return DocKind("notice", "work_plan")
    if _INTAKE.search(title):
        head = "。".join(body_text[:400].split("。")[:3])
        if _IN_PROGRESS.search(body_text):
            return DocKind("notice", "progress_report")
        if _DONE.search(head):  # 提出提案708件,立案659件。…已全部办复: the year's results
            return _summary(body_text)
        if _REVIEW_ADOPTED.search(head) or _REPORT_DELIVERED.search(head) or _SESSION_SENTENCE.search(opening):
            return DocKind("notice", "meeting_news")  # …向大会作提案工作情况报告, …会议圆满闭幕: the session's business,
            # its intake headline giving no results (points 40, 54)
    if _SELECTED_AS.search(body_text[:400]) or _ROLE_COUNTS.search(body_text[:400]):
        return DocKind("notice", "assignment_notice")  # …确定为重点督办建议; 共计197件…主办57件,会办140件
    assert isinstance(kind, DocKind)  # the parameter's type; mypy's narrowing by == ("notice", "other") drops its class
    return kind


def before_submission(text: str) -> bool:
    """Items called for or to be submitted (point 103): 征集提案线索, 拟向全国政协…提交提案72件."""
    return bool(_BEFORE_SUBMISSION.search(text))


def _before_submission(body_text: str) -> bool:
    """The story's first two sentences call for items or gather their material (point 103), with no results
    stated: a year's account that names its call for leads among its work stays an account."""
    head = "。".join(body_text[:400].split("。")[:2])
    return before_submission(head) and not _results_stated(body_text[:800])


def _still_under_way(body_text: str) -> bool:
    """Handling stated as under way with nothing stated done (settled 12: a mid-year report)."""
    return bool(_IN_PROGRESS.search(body_text)) and not _DONE.search(body_text)


# a sentence of purpose before the story (为更好地提高代表建议办理实效,确保…。8月11日,…), after a
# dateline (本报讯 (记者 …)), or a quotation (“担任新一届全国人大代表以来,我…视察调研等活动。”)
_PURPOSE = re.compile(r"\s*(?:(?:[^。]{0,40}?[))讯]\s*)?为(?:了)?[^。]{0,60}|[“「][^。”」]*)$")


# members or deputies hearing their standing committee's general work report, told first with no headline saying
# more (图为政协委员在听取…常务委员会工作报告): the session's news, whatever account of the items it carries (points 111,
# 113); hearing the report on the items in the same sentence (…听取…关于提案工作情况的报告) may open their account
_GENERAL_REPORT_HEARD = re.compile(r"(?:听取|审议|讨论)[^。]{0,40}?(?:常务委员会|常委会)工作报告")


def _general_report_heard(title: str | None, body_text: str) -> bool:
    """The opening hears the general work report alone, under no headline giving the items' results (a headline
    that does makes the page their account: 十二届人大四次会议代表提出8609件建议等全部办理, point 111)."""
    opening = _opening(body_text)
    return bool(_GENERAL_REPORT_HEARD.search(opening)) and not _SUBJECT.search(opening) \
        and not (title and _RESULTS_HEADLINE.search(title))


def _opening(body_text: str) -> str:
    """The story's first sentence, after a sentence that only states its purpose."""
    sentences = body_text[:300].split("。")
    return sentences[1] if len(sentences) > 2 and _PURPOSE.match(sentences[0]) else sentences[0]


def _meeting_first(opening: str) -> str | None:
    """meeting_news or inspection_news, whichever the opening sentence names first: a visit that
    inspects (率…赴湖州…开展督办调研并召开…座谈会) is inspection news, a 督办会 held is a meeting. A visit is
    inspection news only when the opening names the items (a 专题调研 or 调研座谈 on other matters is not)."""
    found = [(match.start(), subtype) for pattern, subtype, text in (
        (_PROCESS_MEETING, "meeting_news", opening if _on_items_or_their_work(opening) else ""),
        (_TALKS, "meeting_news", opening),
        (_REVIEW_MEETING, "meeting_news", opening),
        (_MEETING_ON_ITEMS, "meeting_news", opening if _ON_A_DAY.search(opening) else ""),
        (_INSPECTION_OPENING, "inspection_news", _without_methods(opening[:80]) if _items_named(opening) else ""),
        (_MEETING_HELD, "meeting_news", opening if _SUBJECT.search(opening) and _held_on_a_day(opening) else ""))
             for match in [pattern.search(text)] if match]
    return min(found)[1] if found else None


# the year's results stated: items counted as done (243件代表建议全部如期答复, 已全部按时办结) or a rate's value
_DONE_COUNTED = re.compile(r"\d+\s?件[^。]{0,40}?(?:全部|均|已|已经)[^。,,]{0,8}?(?:办结|办复|办理完毕|答复)|"
                           r"已(?:全部)?(?:办复|办结|答复)[^。,,]{0,4}?\d+\s?件|"  # 提案已办复26583件
                           r"(?:结果|办理)满意的?有?\d+\s?件")  # a 测评's result: 对办理结果满意的有198件
# the year's results as a whole: every item done (135件…已全部办理完毕) or a rate's value, not single items
_WHOLE_RESULTS = re.compile(r"(?:全部|均|所有)[^。,,]{0,10}?(?:办结|办复|办理完毕|答复完毕)|"
                            r"(?:办结|办复|答复|回复|满意)率[^。,,]{0,6}?(?:\d+(?:\.\d+)?\s?%|百分之百)")
_STATED_RESULTS = re.compile(rf"{_DONE_COUNTED.pattern}|{_WHOLE_RESULTS.pattern}|"
                             r"(?:办结|办复|答复|满意)率[^。]{0,10}?[三四五两]个(?:百分之百|100%)")
# a meeting that works the process (hands over, reviews, pushes items): results quoted there are not its
# subject (convention 2)
_PROCESS_WORK = re.compile(r"交办|交接|审查|立案|推进|部署|分配|督办|培训|调度")
# talks on the items (协商, 座谈, 面商): the year's account when the page states the year's own results,
# meeting news when it gives single items' progress (settled 27)
_TALKS_WORK = re.compile(r"面商|面复|见面|协商|座谈")
_OVER_YEARS = re.compile(rf"{_TARGET.pattern}|多年|历年")  # 多年来满意率始终保持100%: a record, not the year's


def _results_meeting(meeting: str, body_text: str) -> bool:
    """A meeting that hears, reports or presents the year's handling (a 常委会议 hearing the 通报, a
    session, a press briefing, talks on the year's items) and whose story states the results is the
    year's account (convention 3)."""
    if _PROCESS_WORK.search(meeting):
        return False
    if _TALKS_WORK.search(meeting):
        return _results_stated(body_text[:800], _WHOLE_RESULTS, _OVER_YEARS)
    return _results_stated(body_text[:800])


def _results_stated(text: str, results: re.Pattern = _STATED_RESULTS, not_after: re.Pattern = _TARGET) -> bool:
    """Results stated as reached, not as a target (力争满意率100%) nor whatever else not_after names in the
    clause before them."""
    return any(not not_after.search(_CLAUSE_END.split(text[max(0, found.start() - 30):found.start()])[-1])
               for found in results.finditer(text))


def _without_methods(text: str) -> str:
    """The text with the work's methods blanked out, each character kept in place."""
    return _SUPERVISION_AS_METHOD.sub(lambda method: "、" * len(method.group()), text)


def _visit_told(text: str) -> bool:
    return bool(_INSPECTION_OPENING.search(_without_methods(text)) or _VISIT.search(text) or _TALKS.search(text))


_ITEMS_WORK = re.compile(r"交办|面复|督办|分办|转办|审查|现场办理|面商|见面")  # a meeting's name that says it works the items


def _on_items_or_their_work(opening: str) -> bool:
    """A meeting on the items or named by their work (交办会, 面复会), not a 协商会议 on policy
    (全国政协全体会议期间首次举行界别协商会议, the members' advice on innovation)."""
    return bool(_SUBJECT.search(opening) or _ITEMS_WORK.search(opening))


def _held_on_a_day(sentence: str) -> bool:
    return bool(_ON_A_DAY.search(sentence) and _MEETING_HELD.search(sentence))


_MEETING_GOES_ON = re.compile(r"\s*(?:会议|会上|大会|全会)")  # the next sentence still tells the meeting


def _meeting_on_items(sentences: list[str]) -> str | None:
    """The sentence of the first two that holds a meeting on the items (召开…会议,研究部署…建议; 区十七届
    人大四次会议举行第三次全体会议。大会通过了…议案建议处理意见的报告)."""
    for sentence in sentences:
        if _ON_A_DAY.search(sentence) and (_MEETING_ON_ITEMS.search(sentence) or _held_on_a_day(sentence)
                                           and _SUBJECT.search(sentence)):
            return sentence
    if len(sentences) == 2 and _held_on_a_day(sentences[0]) and _MEETING_GOES_ON.match(sentences[1]) \
            and _SUBJECT.search(sentences[1]):
        return "。".join(sentences)
    return None


def _process_by_body(title: str | None, body_text: str) -> DocKind | None:
    if _results_learned(body_text):
        return _summary(body_text)
    if _REPORT_SECTION_FIRST.match(body_text):  # a report's own first section: its results decide, not a meeting it names
        return None
    if _HANDLING_REPORTED_BELOW.search(body_text, 0, _PREAMBLE_READ):  # the body's own report: not a meeting it names
        return DocKind("notice", "progress_report") if _still_under_way(body_text) else None
    opening = _opening(body_text)
    subtype = _meeting_first(opening)
    if subtype == "inspection_news":
        return DocKind("notice", subtype)
    meeting = opening if subtype else _meeting_on_items(body_text[:400].split("。")[:2])
    if meeting:
        return _summary(body_text) if _results_meeting(meeting, body_text) else DocKind("notice", "meeting_news")
    if _LEARNED_AT_MEETING.search(body_text):
        return DocKind("notice", "meeting_news")
    intake = "。".join(body_text[:400].split("。")[:2])  # 共提交提案639件。经审查,确定立案588件
    if _INTAKE.search(intake) and not _results_stated(f"{title or ''} {body_text[:400]}", _HANDLED):
        head = "。".join(body_text[:500].split("。")[:3])
        at_a_meeting = _session_held(title, opening) or _REVIEW_ADOPTED.search(head) or _handover_held(head)
        if at_a_meeting:
            return DocKind("notice", "meeting_news")
        over_the_year = _SINCE_LAST_SESSION.search(intake) and not _SELECTED.search(intake)  # not items handed over
        return _summary(body_text) if over_the_year else DocKind("notice", "other")
    if _still_under_way(body_text):
        return DocKind("notice", "progress_report")
    return None


# the intake counted over the year or the term behind the session (省政协十二届二次会议以来,…; 一年来,…共提交提案611件;
# 五年来,省政协共收到提案3498件; 2013年,省政协共征集提案567件): the standing body's account of its items (point 3), not
# the session's own filings (point 55)
# a year or several told as one span: 一年来, 5年来, 五年来
_YEARS_PAST = r"一年来|[一二三四五两\d]年来"
_SINCE_LAST_SESSION = re.compile(r"次会议以来|" + _YEARS_PAST + r"|(?:^|[。\s])(?:19|20)\d\d年[,,]")
# 一、基本情况 / 一、总体情况 / 一、建议提案办理情况: a text opening with a report's first section (583e3a963c7e:
# 一、基本情况 2023年,…我局…及时召开建议提案交办会… is the bureau's account, not news of the handover meeting)
_REPORT_SECTION_FIRST = re.compile(r"\s*[一1][、.．]\s*[^\n。]{0,12}?(?:基本|总体|办理|工作)(?:开展)?情况\s*\n")
# 现将办理情况汇报如下, 现将我局2019年…办理工作情况报告如下: a body's report on its handling, its preamble
# naming the instructions it follows (根据《…关于督办…的通知》要求) before the report proper (b862419e1d20)
_HANDLING_REPORTED_BELOW = re.compile(r"现将[^。]{0,40}?办理[^。]{0,12}?(?:汇报|报告|通报)如下")
_PREAMBLE_READ = 700
_COLUMN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}$")  # 提案议案: a site's column in place of the headline
_SESSION_AS_TIME = re.compile(r"(?:开幕|闭幕)(?:前|后|以来)")
# a first sentence whose news ends with the session opening or closing (…会议圆满闭幕, …会议在人民大会堂举行闭幕会)
_SESSION_SENTENCE = re.compile(r"(?:会议?|两会”?)[^。,,]{0,8}?(?:开幕|闭幕)会?\s*$")


def _session_held(title: str | None, opening: str) -> bool:
    """The session's opening or closing told by the headline; on a page without one (no title, or a
    column's name), by the story's first sentence (9日,无锡市第十三届政协二次会议闭幕); under a headline that
    tells the intake (西藏自治区政协十二届一次会议期间共收到提案306件), by a first sentence that is the session's
    opening or closing and nothing else (1月15日,…第一次会议圆满闭幕。: point 40); not a headline or a sentence
    that makes the session only a time (…会议开幕前收到提案413件, …自3月4日开幕以来) or the place a count was
    learned (记者从…会议闭幕大会上获悉,…; 会议5月21日开幕,…表示…共收到提案: point 55)."""
    told = opening if not title or _COLUMN_NAME.match(title) else title
    return bool(_SESSION_HEADLINE.search(told)) and not _SESSION_AS_TIME.search(told) \
        or bool(_SESSION_SENTENCE.search(opening))


# where a reporter learned the news (记者从…推进会上获悉; 从会上了解到): the news is what follows
_LEARNED_AT_A_MEETING = re.compile(r"从[^。]{0,60}?会议?上(?:获悉|了解到|得知)")


def _results_learned(body_text: str) -> bool:
    """News learned at a meeting (从…提案办理工作推进会上获悉) that is the year's results as a whole (…2019年建议
    提案实现…按时办结率、代表满意率“四个100%”) is the year's account, whatever the meeting (convention 3);
    learned intake or assignment (截至26日上午10时,会议共收到提案890件) stays the meeting's news."""
    learned = _LEARNED_AT_A_MEETING.search(body_text[:400])
    return learned is not None and _results_stated("。".join(body_text[learned.start():].split("。")[:4]), _WHOLE_RESULTS)


# the items handed over or reviewed at a meeting held (在18日举行的…提案交办会上; 3日…召开代表建议交办会)
_HANDOVER_MEETING = re.compile(r"(?:召开|举行)[^。]{0,30}?(?:交办|审查)[^。,,]{0,10}(?<!次)(?<!常委)会")
_ANNOUNCED = re.compile(r"将|定于|拟")  # 大会闭幕后,定于3月24日召开…提案交办会: not held yet


def _handover_held(head: str) -> bool:
    """Intake news that goes on to the handover or review meeting held is that meeting's news
    (convention 2); one that announces the meeting to come stays filing news."""
    return any(not _ANNOUNCED.search(_CLAUSE_END.split(head[max(0, found.start() - 20):found.start()])[-1])
               for found in _HANDOVER_MEETING.finditer(head))


# the handling reported in the text's own form (现将有关情况总结如下), with or without figures; a report of
# the filings received (现将受理情况汇报如下) is no account of handling
_REPORT_FORM = re.compile(r"现将(?![^。]{0,20}?(?:受理|审查))[^。]{0,20}?(?:总结|报告|汇报)如下")


def _results_by_body(body_text: str, has_counts: bool) -> DocKind | None:
    counts_items = has_counts or bool(ITEM_COUNT.search(body_text[:600]))
    about_items = _SUBJECT.search(body_text[:500])
    if about_items and (counts_items and (_results_stated(body_text, _RESULTS) or _completed(body_text[:600])
                                        or _results_stated(body_text[:800], _DONE_COUNTED))
                        or _report_delivered("。".join(body_text[:400].split("。")[:2]))
                        or _REPORT_FORM.search(body_text[:700])):
        return _summary(body_text)
    return None


def _report_delivered(head: str) -> bool:
    """The year's handling report delivered, unless at a session opening or closing, whose news it is
    when no results are stated (settled 26: 省政协十届五次会议在杭州隆重开幕。冯明光作…提案工作情况的报告)."""
    return bool(_REPORT_DELIVERED.search(head)) and not _SESSION_OPENS.search(head)


def _summary(body_text: str) -> DocKind:
    """An account of a five-year term (过去五年,三亚市政协共提出提案1082件) is no annual summary."""
    return DocKind("summary", "other" if _TERM.search(body_text[:300]) else "annual_summary")


def _completed(text: str) -> bool:
    """The year's work stated as done (高质量完成建议提案办理工作; 去年…共办理代表建议8666件), not as a
    target (确保按时完成建议提案办理工作, 要…)."""
    return any(not _TARGET.search(_CLAUSE_END.split(text[max(0, done.start() - 12):done.start()])[-1])
               for done in _COMPLETED.finditer(text))


# a headline on the handling of the items
_HANDLING_WORK = re.compile(r"(?:建议|提案|议案)[^,,。 ]{0,6}办理|办理[^,,。 ]{0,8}(?:建议|提案|议案)")


def _late_process(title: str, body_text: str) -> DocKind:
    """News about the items that reports no results: a meeting or a visit further into the text
    (…8月27日,县文化和旅游局召开了…座谈会; 会议指出; 委员们实地考察了…), or instructions to the
    handling units (各承办单位要…务必于…前办理完毕: requirements set, no items handed over, a work plan by
    point 52; 确定了…重点提案 designates items, an assignment); else a text on the handling process (a headline on
    it) is a notice, anything else other."""
    head = "。".join(body_text[:700].split("。")[:5])
    if _SUBJECT.search(head):
        if _MEETING_MENTION.search(head) or _SESSION_OPENS.search(head) and _SESSION_ON_ITEMS.search(body_text):
            return DocKind("notice", "meeting_news")
        if _VISIT.search(head) and not _MECHANISM_HEADLINE.search(title):
            return DocKind("notice", "inspection_news")
        if _SELECTION.search(head):
            return DocKind("notice", "assignment_notice")
        if _INSTRUCTIONS.search(head):
            return DocKind("notice", "work_plan")
    if _session_held(title, _opening(body_text)) and _SESSION_ON_ITEMS.search(body_text):
        return DocKind("notice", "meeting_news")  # …会议闭幕 / 会议审查通过了…提案审查情况的报告: the session's business
    if _HANDLING_WORK.search(title):
        if _told_over_a_year(body_text) and not _MECHANISM_HEADLINE.search(title):
            return _summary(body_text)
        return DocKind("notice", "other")  # …创新工作机制促进提案办理落实: the process, no year's results
    return DocKind("other", "other")


# the story told over a year or a term (2010年,国家邮政局把办理…; 一年来,最高人民法院…; 5年来,…办理…建议170余件)
_OVER_A_YEAR = re.compile(r"(?:^|[。,,\s])(?:(?:19|20)\d\d年|今年|去年|" + _YEARS_PAST + r")[,,]")


def _told_over_a_year(body_text: str) -> bool:
    """News on a body's handling whose opening tells it over a year (2010年,…; 一年来,…) rather than one event is
    the year's account (point 3: year-result news under a headline about something else)."""
    return bool(_OVER_A_YEAR.search(body_text[:300]))
