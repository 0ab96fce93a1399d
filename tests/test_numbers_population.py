"""The whole population of issuing bodies: a broad table of invented sentences in the styles of provincial
departments, ministries, city / county / district governments, street offices, universities, hospitals
and courts / procuratorates. Every sentence is invented for this test (no real report wording).

Later batches, written for forms and styles this one lacks, hold their tables in
tests/population_batch2.py (SOEs, townships, development zones, police / tax / customs, 2019 format),
population_batch3.py (PDF and crawled-HTML text: wraps and odd spaces, whole restatement paragraphs) and
population_batch4.py (precision: non-quantities and near-misses) and population_batch5.py (frequencies, the
older outline's fee negations, set phrases, ranges: found by the annotation rounds of the fourth session) and
population_batch6.py (precision again, in the voices of provincial and city departments, SOEs, hospitals,
universities and courts: sessions, classes, holidays, place names, quoted slogans) and population_batch7.py
(the noise around a narrative: web-page chrome and counters, page numbers, tables of contents, attachment and
contact lines, table remnants) and population_batch8.py (recall: measure words, 万/亿 with decimals, long and
capital Chinese numerals, approximations in many wordings, ranges, negated zeros with lists inside) and
population_batch9.py (claims: how other issuers restate each table cell, and figures that only look like one —
NO_TARGET); this module runs every batch.

Three tables per batch:

- ``NO_NUMBER``: non-quantities (dates, document numbers, article references, enumerators, hotlines,
  phone numbers, postcodes, addresses, versions, set phrases, durations and time limits) — the extractor
  must return nothing;
- ``NUMBERS``: quantity forms — each expected figure as ``(surface, value)`` or ``(surface, (low, high))``
  for an interval (``None`` for an open end);
- ``CLAIMS``: phrasings that restate table figures — the figure's surface, the concept it binds to
  (``None``: no concept) and one target its claim must list.
"""
from __future__ import annotations

import pytest

import population_batch2 as batch2
import population_batch3 as batch3
import population_batch4 as batch4
import population_batch5 as batch5
import population_batch6 as batch6
import population_batch7 as batch7
import population_batch8 as batch8
import population_batch9 as batch9
from nlp.numbers import extract_numbers
from population_common import (_DENIED, _NOTPROC, _ORG, _OTHER, _RATE, _T4_ALL, _UNABLE, _got, _same,  # noqa: F401
                               claim_of, claim_of_2019)

# ------------------------------------------------------------------ non-quantities: no number at all
NO_NUMBER = [
    # dates, in every form
    "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    "报告中所列数据统计期限为1月至12月。",
    "二〇二三年，省发展改革委认真贯彻落实政务公开各项部署。",
    "二○二三年，市卫生健康委持续深化政务公开。",
    "二零二四年一月三十日，本机关完成年度报告编制。",
    "数据统计截止日期为2023.12.31。",
    "统计时段为2023.1.1—2023.12.31。",
    "一季度，区政府办公室召开专题会议研究部署。",
    "第三季度组织开展政务公开自查。",
    "上半年完成主动公开目录更新，下半年开展第三方评估。",
    "截至2023年底，全县政务公开专区运行平稳。",
    "本机关于次年1月底前公布上一年度工作年度报告。",
    "12月份，学校召开信息公开工作推进会。",
    "于11月中旬至12月上旬开展集中培训。",
    "自2019年5月15日起施行修订后的条例。",
    "每季度开展一次网站内容检查。",
    "2023年度绩效考核中，本院政务公开工作获评优秀。",
    # document numbers and article references
    "根据平政办〔2022〕3号文件要求，进一步规范公开流程。",
    "按照国办公开办函〔2021〕30号要求修订公开指南。",
    "依据某政规〔2023〕2号文件开展规范性文件清理。",
    "对照京政办发[2023]5号文件逐项落实。",
    "按照《某省政府信息公开规定》（省政府第12号令）执行。",
    "依照《条例》第二十条第（一）项的规定予以公开。",
    "依据《中华人民共和国政府信息公开条例》第三十六条第（三）项作出答复。",
    "根据《条例》第十四条、第十五条规定不予公开。",
    "按照条例第33条第2款的规定，在法定期限内答复。",
    "依据第三十八条规定告知申请人。",
    # enumerators
    "一是强化组织领导；二是健全工作机制；三是加强监督考核。",
    "第一，抓好主动公开；第二，规范依申请公开；第三，强化平台建设。",
    "（一）主动公开政府信息情况",
    "(二)依申请公开情况",
    "1.加强队伍建设。2.完善制度机制。",
    "1）规范答复文书；2）加强业务培训。",
    "①健全机制；②强化监督；③注重实效。",
    "（1）加强学习；（2）狠抓落实。",
    # hotlines, telephones, postcodes, addresses, web
    "群众可拨打12345政务服务便民热线进行咨询。",
    "通过12315平台受理市场监管领域诉求。",
    "纳税人可拨打12366纳税服务热线。",
    "咨询电话：0591-1234567。",
    "服务热线400-800-1234，工作时间内有专人接听。",
    "联系电话：（0571）87654321。",
    "邮政编码：350001。",
    "公开查阅点设在行政服务中心3号楼5楼201室。",
    "办公地址：人民路88号。",
    "申请人可到市民中心B座2层政务公开专区查阅。",
    # versions and technical terms
    "上线政务服务2.0版，优化检索功能。",
    "推进5G基站和千兆光网建设信息公开。",
    "完成门户网站IPv6改造和4K视频专区建设。",
    "网站升级至3.0版本。",
    # set phrases
    "深入推进一网通办、一件事一次办改革。",
    "深化最多跑一次改革，推行一窗受理。",
    "全面推行双随机一公开监管。",
    "严格控制三公经费支出并按规定公开。",
    "落实五公开要求，持续深化放管服改革。",
    "依托12345热线提供7×24小时服务。",
    "构建1+N政策解读体系。",
    "建立1+3+N工作机制。",
    "落实一把手负总责要求。",
    "打造一站式服务平台。",
    "认真办理两会期间人大代表建议和政协委员提案。",
    "对标十四五规划目标任务。",
    "深入学习贯彻党的二十大精神。",
    "严格执行三重一大决策制度。",
    "开展一对一业务指导。",
    "出台一揽子稳经济政策措施。",
    "第一时间回应社会关切。",
    "推进政务公开一体化建设。",
    "实现政务服务一张网全覆盖。",
    "建立省市县乡四级联动机制。",
    "建成省市县三级政务公开专区。",
    "压实五级书记抓落实责任。",
    "增强四个意识，坚定四个自信，做到两个维护。",
    "严格落实中央八项规定精神。",
    "全面推行行政执法三项制度。",
    "建立一户一档、一企一策服务台账。",
    "推行一案一档管理。",
    "推进两微一端建设。",
    "落实一岗双责要求。",
    "实施八五普法规划。",
    "坚持两手抓、两手都要硬。",
    "全面落实一次性告知制度。",
    "推行一码通办。",
    "推进跨省通办、全省通办。",
    "坚持三会一课制度。",
    "构建大数据一张图。",
    "建成一刻钟便民服务圈。",
    # durations and time limits
    "在收到申请之日起20个工作日内予以答复。",
    "需要延长答复期限的，延长的期限最长不得超过20个工作日。",
    "申请人应在15日内补正。",
    "政务服务热线24小时在线。",
    "相关档案保存期限为3年。",
    "五年来，政务公开水平持续提升。",
    "每周更新一次，每月通报一次。",
    "在3个工作日内转交承办科室。",
    "于7个自然日内完成整改。",
    "信息发布后48小时内完成解读。",
    "两个月内完成整改。",
    "网页平均响应时间不超过3秒。",
    "一年来，街道办事处持续推进基层政务公开。",
    "实施三年行动计划。",
    # people in ordinal or role phrases
    "由第一责任人亲自部署。",
    "第二批试点单位名单已公布。",
    "召开第十四届人大常委会第5次会议。",
    "党的十九届六中全会精神。",
    # a bare 万/千 in a unit heading
    "收费金额单位：万元。",
    "表中金额单位为千元。",
    "推进万名干部进万家活动。",
    # court case numbers, compounds, addresses, web, schedules
    "案号为（2023）闽0128行初12号的案件已审结。",
    "依据（2022）京01行终345号判决书履行。",
    "推进汽车零部件产业信息公开。",
    "开设政务百家号、头条号。",
    "推行一部手机办事通。",
    "提供7/24小时不间断服务。",
    "日期格式统一为2023/12/31。",
    "建成一刻钟便民生活圈。",
    "实现零距离服务、零差评。",
    "坚持一张蓝图绘到底。",
    "构建两不愁三保障监测机制。",
    "推进千万工程经验学习。",
    "持续推进三农领域信息公开。",
    "开展四下基层活动。",
    "推行五个一工作法。",
    "落实双百行动。",
    "完善一县一策工作机制。",
    "推进一人一档建设。",
    "设立一件事一次办专区。",
    "推行三书一函制度。",
    "节约经费签约仪式于本月举行。",
    "附件1：政府信息公开工作年度报告表格。",
    "见表2、图3。",
    "本院第二审判庭负责该项工作。",
    "市第一人民医院信息公开专栏完成改版。",
    "区第三中学开展校务公开。",
    "二〇二三年度第四季度。",
    "于2023年3月15日消费者权益日开展宣传。",
    "地址：某市某区某路128号5栋2单元。",
    "网址：www.example.gov.cn/2023/0101。",
    "工作时间为每周一至周五9:00-17:00。",
    "于每月5日前报送上月信息。",
    "每年第一季度开展一次培训。",
]

# ------------------------------------------------------------------ quantity forms
NUMBERS = [
    # plain counts, thousands separators, full-width digits
    ("全年共收到政府信息公开申请16件。", [("16件", 16)]),
    ("全年主动公开政府信息12,345条。", [("12,345条", 12345)]),
    ("网站累计发布信息1,234,567条。", [("1,234,567条", 1234567)]),
    ("收到申请１２件，办结率１００％。", [("１２件", 12), ("１００％", 100)]),
    ("公开率达８９．５％。", [("达８９．５％", 89.5)]),
    ("发布各类信息１，２３４条。", [("１，２３４条", 1234)]),
    # Chinese numerals
    ("共受理政府信息公开申请二十三件。", [("二十三件", 23)]),
    ("编发政务信息一百零七期。", [("一百零七期", 107)]),
    ("答复申请两件。", [("两件", 2)]),
    ("举办培训班两百零三场。", [("两百零三场", 203)]),
    ("开展专题培训十二次，参训人员三百余人次。", [("十二次", 12), ("三百余人次", (300, 400))]),
    ("召开新闻发布会十几场。", [("十几场", (10, 20))]),
    ("完成二十几项重点任务。", [("二十几项", (20, 30))]),
    ("发放宣传资料一千二百份。", [("一千二百份", 1200)]),
    ("收到申请0件。", [("0件", 0)]),
    # 万 / 亿 / 千
    ("门户网站访问量达156万人次。", [("达156万人次", 1560000)]),
    ("发布政务微博1.2万条。", [("1.2万条", 12000)]),
    ("全年收取行政事业性收费3.56万元。", [("3.56万元", 35600)]),
    ("涉及资金2.3亿元。", [("2.3亿元", 230000000)]),
    ("惠及群众一万二千人。", [("一万二千人", 12000)]),
    ("网站浏览量2.3万余次。", [("2.3万余次", (23000, 24000))]),
    ("接听来电5千余通。", [("5千余通", (5000, 6000))]),
    ("页面访问量达到85万。", [("85万", 850000)]),
    # money
    ("收取信息处理费120元。", [("120元", 120)]),
    ("本年度行政事业性收费356,000元。", [("356,000元", 356000)]),
    ("收费金额共计12.5万元。", [("12.5万元", 125000)]),
    # percents
    ("依申请公开按时办结率为100%。", [("100%", 100)]),
    ("公开率达98.6 %。", [("达98.6 %", 98.6)]),
    ("答复率百分之九十八。", [("百分之九十八", 98)]),
    ("满意率百分之九十八点六。", [("百分之九十八点六", 98.6)]),
    ("按时答复率达到百分之百。", [("达到百分之百", 100)]),
    ("线上申请占比约三成。", [("约三成", (25, 35))]),
    ("近三成的申请通过网络提交。", [("近三成", (20, 30))]),
    ("五成以上的申请来自自然人。", [("五成以上", (50, None))]),
    ("八成左右的事项实现网上办理。", [("八成左右", (75, 85))]),
    ("线上申请约占35%。", [("约占35%", (34.5, 35.5))]),
    ("网上申请超过90%。", [("超过90%", (90, None))]),
    ("满意度95%以上。", [("95%以上", (95, None))]),
    ("不足10%的申请需要补正。", [("不足10%", (None, 10))]),
    # 个百分点
    ("公开率较上年提高2.3个百分点。", [("2.3个百分点", 2.3)]),
    ("差错率下降两个百分点。", [("两个百分点", 2)]),
    ("同比提高一个百分点。", [("一个百分点", 1)]),
    # approximations
    ("推送文章200余篇。", [("200余篇", (200, 300))]),
    ("转发信息1600多条。", [("1600多条", (1600, 1700))]),
    ("发布信息近千条。", [("近千条", (0, 1000))]),
    ("受理申请约230件。", [("约230件", (225, 235))]),
    ("发布政策解读材料1000条左右。", [("1000条左右", (500, 1500))]),
    ("开展宣传活动50场以上。", [("50场以上", (50, None))]),
    ("服务企业超过200家。", [("超过200家", (200, None))]),
    ("补正申请不足10件。", [("不足10件", (None, 10))]),
    ("逾百名干部参加培训。", [("逾百名", (100, None))]),
    ("全年发布信息数百条。", [("数百条", (200, 1000))]),
    ("开展业务培训数十次。", [("数十次", (20, 100))]),
    ("收到群众留言上千条。", [("上千条", (1000, None))]),
    ("累计发布信息将近3000条。", [("将近3000条", (2000, 3000))]),
    ("开展专项检查至少3次，抽查网站不少于20个。", [("至少3次", (3, None)), ("不少于20个", (20, None))]),
    # ranges
    ("每场培训3至5人。", [("3至5人", (3, 5))]),
    ("每月受理申请3-5件。", [("3-5件", (3, 5))]),
    ("每月更新十至二十条。", [("十至二十条", (10, 20))]),
    ("参加人员5到10名。", [("5到10名", (5, 10))]),
    ("每个乡镇配备2～3名信息员。", [("2～3名", (2, 3))]),
    # negated zeros
    ("本年度未收到政府信息公开申请。", [("未收到政府信息公开申请", 0)]),
    ("本年度本机关未接到依申请公开申请。", [("未接到依申请公开申请", 0)]),
    ("全年未发生政府信息公开行政复议和行政诉讼。", [("未发生政府信息公开行政复议和行政诉讼", 0)]),
    ("全年均未发生因政府信息公开引起的行政复议、行政诉讼。", [("未发生因政府信息公开引起的行政复议、行政诉讼", 0)]),
    ("本年度没有发生行政复议案件。", [("没有发生行政复议案件", 0)]),
    ("本年度无政府信息公开申请。", [("无政府信息公开申请", 0)]),
    ("本年度暂无依申请公开申请。", [("无依申请公开申请", 0)]),
    ("本机关未被申请行政复议，未被提起行政诉讼。", [("未被申请行政复议", 0), ("未被提起行政诉讼", 0)]),
    ("未向申请人收取信息处理费。", [("未向申请人收取信息处理费", 0)]),
    ("全年未收取任何费用。", [("未收取任何费用", 0)]),
    ("因政府信息公开引发的行政复议、行政诉讼案件数量均为0。", [("0", 0)]),
    ("政府信息公开行政复议和行政诉讼案件均为零。", [("零", 0)]),
    # PDF line breaks inside numbers and units
    ("全年共收到申请1\n2件。", [("1\n2件", 12)]),
    ("主动公开信息35\n条。", [("35\n条", 35)]),
    ("行政复\n议2件。", [("2件", 2)]),
    ("公开率 99.5\n%。", [("99.5\n%", 99.5)]),
    # counts next to non-quantities in the same sentence
    ("2023年，本局共收到政府信息公开申请45件。", [("45件", 45)]),
    ("一是全年发布信息320条；二是开展培训6场。", [("320条", 320), ("6场", 6)]),
    ("依据《条例》第三十六条答复12件。", [("12件", 12)]),
    ("12345热线转办件23件。", [("23件", 23)]),
    ("在20个工作日内答复申请9件。", [("9件", 9)]),
    ("通过一网通办平台办理事项3.5万件。", [("3.5万件", 35000)]),
    ("按照平政办〔2022〕3号文件，清理规范性文件15件。", [("15件", 15)]),
    ("二〇二三年收到申请八件。", [("八件", 8)]),
    ("上半年收到申请7件，下半年收到申请5件。", [("7件", 7), ("5件", 5)]),
    ("第三季度受理申请4件。", [("4件", 4)]),
    ("五年来累计发布信息3000余条。", [("3000余条", (3000, 4000))]),
    ("共有1个部门、3个街道参与。", [("1个", 1), ("3个", 3)]),
    ("全院明确一名分管领导。", [("一名", 1)]),
    ("配备专职工作人员2名、兼职人员15名。", [("2名", 2), ("15名", 15)]),
    ("咨询电话0591-1234567接听来电326通。", [("326通", 326)]),
    ("本院审结政府信息公开类行政案件18件。", [("18件", 18)]),
    ("检察院公开法律文书1,856份，发布案件信息412条。", [("1,856份", 1856), ("412条", 412)]),
    ("医院公开医疗服务价格项目2,310项。", [("2,310项", 2310)]),
    ("学校主动公开信息清单所列十大类五十项信息。", [("十大类", 10), ("五十项", 50)]),
    ("全区27个部门、9个镇街均设立公开专栏。", [("27个", 27), ("9个", 9)]),
    ("在门户网站发布2023年度部门预算等信息58条。", [("58条", 58)]),
    ("制发行政规范性文件5件，废止2件，现行有效30件。", [("5件", 5), ("2件", 2), ("30件", 30)]),
    ("行政许可决定1,204件，行政处罚决定56件，行政强制决定3件。",
     [("1,204件", 1204), ("56件", 56), ("3件", 3)]),
    ("召开政务公开领导小组会议3次，研究解决问题12个。", [("3次", 3), ("12个", 12)]),
    ("更新公开指南和公开目录各1次。", [("1次", 1)]),
    ("全年共开展一次集中清理。", [("一次", 1)]),
    # more bodies and styles
    ("服务群众万余人次。", [("万余人次", (10000, 20000))]),
    ("惠及近万人。", [("近万人", (0, 10000))]),
    ("收到网民留言上万条。", [("上万条", (10000, None))]),
    ("政务微博访问量达数万人次。", [("数万人次", (20000, 100000))]),
    ("发布各类信息百余条。", [("百余条", (100, 200))]),
    ("开展执法检查千余次。", [("千余次", (1000, 2000))]),
    ("收到申请一百二十余件。", [("一百二十余件", (120, 130))]),
    ("接待来访群众两千多人次。", [("两千多人次", (2000, 3000))]),
    ("本年度无一例行政复议。", [("无一例行政复议", 0)]),
    ("本机关没有被申请行政复议。", [("没有被申请行政复议", 0)]),
    ("本机关从未发生行政诉讼。", [("未发生行政诉讼", 0)]),
    ("本年度行政事业性收费金额为零。", [("零", 0)]),
    ("收到政府信息公开申请 12 件。", [("12 件", 12)]),
    ("共收到申请12件（其中网上申请10件，信函申请2件）。", [("12件", 12), ("10件", 10), ("2件", 2)]),
    ("按申请人类型分：自然人11件、法人或其他组织1件。", [("11件", 11), ("1件", 1)]),
    ("全年通过部门户网站发布信息2,356条，其中政策文件158件。", [("2,356条", 2356), ("158件", 158)]),
    ("审结一审行政案件1,235件，结案率98.5%。", [("1,235件", 1235), ("98.5%", 98.5)]),
    ("本校收到信息公开申请5件，均予以答复。", [("5件", 5)]),
    ("医院年门诊量120万人次。", [("120万人次", 1200000)]),
    ("申请数量同比增长15%，下降3.2个百分点。", [("15%", 15), ("3.2个百分点", 3.2)]),
    ("百分之五十以上的事项实现全程网办。", [("百分之五十以上", (50, None))]),
    ("近三分之一的申请涉及征地拆迁。", [("近三分之一", (0.0, 33.33))]),
    ("三分之二以上的申请通过网络提交。", [("三分之二以上", (66.67, None))]),
    ("信息处理费按每页0.1元标准收取。", [("0.1元", 0.1)]),
    ("接听热线电话84,472通。", [("84,472通", 84472)]),
    ("累计接听电话23456通。", [("23456通", 23456)]),
    ("从以下三方面加以改进。", [("三方面", 3)]),
    ("全年收到申请二十件，较上年的十五件有所增加。", [("二十件", 20), ("十五件", 15)]),
    ("开展培训3场次，培训人员150人次。", [("3场次", 3), ("150人次", 150)]),
    ("公开财政预决算信息12项；公开重大项目信息8个。", [("12项", 12), ("8个", 8)]),
    ("全年公开政府采购项目16个，采购金额1,234.5万元。", [("16个", 16), ("1,234.5万元", 12345000)]),
    ("新增政务新媒体账号2个，关停整合1个。", [("2个", 2), ("1个", 1)]),
    ("受理群众诉求3.2万件，办结率99%。", [("3.2万件", 32000), ("99%", 99)]),
    ("举办政府开放日活动4期，邀请市民代表60余名参加。", [("4期", 4), ("60余名", (60, 70))]),
    ("全年共召开新闻发布会12场，发布权威信息80余条。", [("12场", 12), ("80余条", (80, 90))]),
    ("各乡镇（街道）确定1至2名信息员。", [("1至2名", (1, 2))]),
]

# ------------------------------------------------------------------ restated table figures: concept and target

# (sentence, surface of the figure, concept, a target the claim must list)
CLAIMS = [
    # received
    ("2023年，省自然资源厅共受理政府信息公开申请23件。", "23件", "requests", "t3.new.total"),
    ("全年新收政府信息公开申请45件。", "45件", "requests", "t3.new.total"),
    ("本部全年收到依申请公开申请12件。", "12件", "requests", "t3.new.total"),
    ("区政府办公室共接收群众提出的政府信息公开申请31件。", "31件", "requests", "t3.new.total"),
    ("全年共办理政府信息公开申请30件。", "30件", "requests", "t3.new.total"),
    ("本年度收到的政府信息公开申请共计28件。", "28件", "requests", "t3.new.total"),
    ("新收政府信息公开申请件数为28件。", "28件", "requests", "t3.new.total"),
    ("2023年度，学校受理信息公开申请7件。", "7件", "requests", "t3.new.total"),
    ("医院全年共登记政府信息公开申请6件。", "6件", "requests", "t3.new.total"),
    ("本年度新收申请10件，上年结转3件。", "3件", "carried_over", "t3.carried_over.total"),
    ("上年度结转政府信息公开申请2件。", "2件", "carried_over", "t3.carried_over.total"),
    ("收到申请20件（含上一年度结转2件）。", "2件", "carried_over", "t3.carried_over.total"),
    ("其中自然人申请15件，法人或其他组织申请3件。", "15件", "natural", "t3.new.natural"),
    ("其中自然人申请15件，法人或其他组织申请3件。", "3件", "org", _ORG),
    ("收到政府信息公开申请18件，其中商业企业申请2件。", "2件", "commercial", "t3.new.commercial"),
    ("收到政府信息公开申请18件，其中科研机构1件。", "1件", "research", "t3.new.research"),
    ("收到政府信息公开申请18件，其中社会公益组织1件。", "1件", "social_welfare", "t3.new.social_welfare"),
    ("收到政府信息公开申请18件，其中法律服务机构4件。", "4件", "legal_service", "t3.new.legal_service"),
    # outcomes
    ("全年办结政府信息公开申请18件。", "18件", "processed", "t3.total_processed.total"),
    ("依申请公开办结率100%。", "100%", "processing_rate", _RATE),
    # a timeliness rate: the tables cannot say which replies were on time
    ("依申请公开按时办结率100%。", "100%", "ontime_rate", None),
    ("政府信息公开申请答复及时率为100%。", "100%", "ontime_rate", None),
    ("政府信息公开申请办复率达100%。", "达100%", "processing_rate", _RATE),
    ("对收到的申请，予以公开8件。", "8件", "granted", "t3.granted.total"),
    ("收到申请9件，办理结果为：同意公开6件，部分公开2件，不予公开1件。", "6件", "granted", "t3.granted.total"),
    ("收到申请9件，办理结果为：同意公开6件，部分公开2件，不予公开1件。", "2件", "partial", "t3.partial.total"),
    ("收到申请9件，办理结果为：同意公开6件，部分公开2件，不予公开1件。", "1件", "denied", _DENIED),
    ("对申请区分处理，部分公开（区分处理）3件。", "3件", "partial", "t3.partial.total"),
    ("在办结的申请中，因本机关不掌握相关政府信息无法提供5件。", "5件", "unable", _UNABLE),
    ("在办结的申请中，不予处理1件。", "1件", "not_processed", _NOTPROC),
    ("在办结的申请中，其他处理2件。", "2件", "other_processing", _OTHER),
    ("申请人要求提供的信息，本机关不掌握3件。", "3件", "not_held", "t3.unable.not_held.total"),
    ("政府信息公开申请结转下年度办理2件。", "2件", "carried_forward", "t3.carried_forward.total"),
    ("政府信息公开申请结转至2024年继续办理1件。", "1件", "carried_forward", "t3.carried_forward.total"),
    ("政府信息公开申请尚在办理中的有1件。", "1件", "carried_forward", "t3.carried_forward.total"),
    ("办结申请30件，其中予以公开12件，占办结总数的40%。", "12件", "granted", "t3.granted.total"),
    # review and litigation
    ("因政府信息公开被申请行政复议2件、被提起行政诉讼1件。", "2件", "review", "t4.review.total"),
    ("因政府信息公开被申请行政复议2件、被提起行政诉讼1件。", "1件", "litigation",
     "t4.lit_direct.total+t4.lit_after_review.total"),
    ("本年度发生政府信息公开行政复议3起。", "3起", "review", "t4.review.total"),
    ("政府信息公开行政复议、行政诉讼案件共5件。", "5件", "review_and_litigation", _T4_ALL),
    ("行政复议结果维持2件、纠正1件。", "2件", "t4_upheld", "t4.review.upheld"),
    ("行政复议结果维持2件、纠正1件。", "1件", "t4_corrected", "t4.review.corrected"),
    ("涉及政府信息公开的行政诉讼1件，尚未审结。", "1件", "litigation",
     "t4.lit_direct.total+t4.lit_after_review.total"),
    ("行政诉讼案件中，法院判决维持3件。", "3件", "t4_upheld",
     "t4.lit_direct.upheld+t4.lit_after_review.upheld"),
    ("行政复议被纠错0件。", "0件", "corrected", "t4.review.corrected"),
    ("本年度无政府信息公开行政复议和行政诉讼案件。", "无政府信息公开行政复议和行政诉讼案件", "review_and_litigation", _T4_ALL),
    ("本机关未被申请行政复议。", "未被申请行政复议", "review", "t4.review.total"),
    # table 2
    ("本年度制发行政规范性文件5件。", "5件", "normative_issued", "t2.normative_doc.issued"),
    ("规范性文件制发5件、废止2件、现行有效30件。", "5件", "normative_issued", "t2.normative_doc.issued"),
    ("规范性文件制发5件、废止2件、现行有效30件。", "2件", "normative_repealed", "t2.normative_doc.repealed"),
    ("规范性文件制发5件、废止2件、现行有效30件。", "30件", "normative_in_force", "t2.normative_doc.in_force"),
    ("清理并废止行政规范性文件3件。", "3件", "normative_repealed", "t2.normative_doc.repealed"),
    ("截至年底，本机关现行有效的规范性文件共120件。", "120件", "normative_in_force", "t2.normative_doc.in_force"),
    ("本年度出台政府规章1件。", "1件", "regulation_issued", "t2.regulation.issued"),
    ("本年度废止政府规章2件。", "2件", "regulation_repealed", "t2.regulation.repealed"),
    ("现行有效的政府规章共18件。", "18件", "regulation_in_force", "t2.regulation.in_force"),
    ("作出行政许可决定1,204件。", "1,204件", "licensing", "t2.licensing.decisions"),
    ("全年作出行政处罚决定56件。", "56件", "penalty", "t2.penalty.decisions"),
    ("实施行政处罚56起。", "56起", "penalty", "t2.penalty.decisions"),
    ("采取行政强制措施3件。", "3件", "coercion", "t2.coercion.decisions"),
    ("收取行政事业性收费12.5万元。", "12.5万元", "admin_fee", "t2.admin_fee.amount_wan"),
    ("行政事业性收费金额为356,000元。", "356,000元", "admin_fee", "t2.admin_fee.amount_wan"),
    ("收取信息处理费0元。", "0元", "info_fee", None),
    # figures with no table target
    ("当面申请3件，网络申请12件。", "3件", None, None),
    ("收到申请45件，较上年增加12件。", "12件", None, None),
    ("全院明确一名分管领导。", "一名", None, None),
    ("全年发布信息320条。", "320条", None, None),
    ("受理12345热线转办件23件。", "23件", None, None),
    ("依申请公开信息45条。", "45条", None, None),
    # more phrasings: outcomes in lists, changes, unit prices, zeros in words
    ("本年度行政事业性收费金额为零。", "零", "admin_fee", "t2.admin_fee.amount_wan"),
    ("全年受理行政许可申请2,345件。", "2,345件", None, None),
    ("全年受理群众政府信息公开申请12件。", "12件", "requests", "t3.new.total"),
    ("全年共发生政府信息公开行政复议案件2件，行政诉讼案件1件。", "1件", "litigation",
     "t4.lit_direct.total+t4.lit_after_review.total"),
    ("收到政府信息公开申请20件，自然人提出申请17件，法人或其他组织提出申请3件。", "17件", "natural", "t3.new.natural"),
    ("收到政府信息公开申请20件，其中通过网站申请15件。", "15件", None, None),
    ("收到政府信息公开申请20件，比2022年增加5件。", "5件", None, None),
    ("规范性文件备案审查12件。", "12件", None, None),
    ("本年度对规范性文件进行了清理，废止4件，修改3件。", "4件", "normative_repealed", "t2.normative_doc.repealed"),
    ("本年度对规范性文件进行了清理，废止4件，修改3件。", "3件", None, None),
    ("全年办理行政许可事项2,345件。", "2,345件", "licensing", None),
    ("全年共收到申请12件（其中网上申请10件，信函申请2件）。", "12件", "requests", "t3.new.total"),
    ("全年共收到申请12件（其中网上申请10件，信函申请2件）。", "10件", None, None),
    ("按申请人类型分：自然人11件、法人或其他组织1件。政府信息公开申请均已办结。", "11件", "natural", "t3.new.natural"),
    ("依申请公开数量增加5件。", "5件", None, None),
    ("行政事业性收费标准为每件10元。", "10元", None, None),
    ("信息处理费按0.1元/页收取。", "0.1元", None, None),
    ("本年度收到政府信息公开申请12件，与上年持平。", "12件", "requests", "t3.new.total"),
    ("因政府信息公开申请被提起行政复议1件，复议机关撤销1件。", "1件", "review", "t4.review.total"),
    ("行政诉讼案件2件，其中被法院判决撤销1件。", "1件", "t4_corrected", "t4.lit_direct.corrected+t4.lit_after_review.corrected"),
    ("未经复议直接起诉的行政诉讼1件，结果维持1件。", "1件", "litigation", "t4.lit_direct.total"),
    ("行政复议和行政诉讼案件数量均为零。", "零", "review_and_litigation", _T4_ALL),
    ("涉及政府信息公开的行政复议、行政诉讼数量均为0。", "0", "review_and_litigation", _T4_ALL),
    ("本年度受理的政府信息公开申请中，予以公开3件、部分公开1件、无法提供2件、不予处理1件。", "2件", "unable",
     "t3.unable.not_held.total+t3.unable.needs_creation.total+t3.unable.unclear_after_correction.total"),
    ("本年度受理的政府信息公开申请中，予以公开3件、部分公开1件、无法提供2件、不予处理1件。", "1件", "partial", "t3.partial.total"),
    ("截至年底，政府信息公开申请结转下一年度继续办理3件。", "3件", "carried_forward", "t3.carried_forward.total"),
    ("全年新制发行政规范性文件3件，现行有效行政规范性文件47件。", "47件", "normative_in_force", "t2.normative_doc.in_force"),
    ("本年度没有收取行政事业性收费。", "没有收取行政事业性收费", "admin_fee", "t2.admin_fee.amount_wan"),
]


# ------------------------------------------------------------------ every batch, one set of tests
BATCHES = {"1": __import__(__name__), "2": batch2, "3": batch3, "4": batch4, "5": batch5, "6": batch6, "7": batch7, "8": batch8, "9": batch9}


def _all(table: str) -> list:
    return [pytest.param(*(row if isinstance(row, tuple) else (row,)), id=f"b{b}-{i}")
            for b, mod in BATCHES.items() for i, row in enumerate(getattr(mod, table, []))]


@pytest.mark.parametrize("text", _all("NO_NUMBER"))
def test_no_number(text):
    assert _got(text) == []


@pytest.mark.parametrize("text,expected", _all("NUMBERS"))
def test_numbers(text, expected):
    got = _got(text)
    assert _same(got, expected), got
    for m in extract_numbers(text):
        assert text[m.start:m.end] == m.surface


@pytest.mark.parametrize("text,surface,concept,target", _all("CLAIMS"))
def test_claims(text, surface, concept, target):
    c = claim_of(text, surface)
    assert c is not None, _got(text)
    assert c.concept == concept, (c.concept, c.targets, c.note)
    if target is not None:
        assert target in c.targets, c.targets


@pytest.mark.parametrize("text,surface", _all("NO_TARGET"))
def test_no_table_target(text, surface):
    c = claim_of(text, surface)
    assert c is not None, _got(text)
    assert c.concept is None or not c.targets, (c.concept, c.targets)


@pytest.mark.parametrize("text,surface,concept,target", batch2.CLAIMS_2019)
def test_claims_in_2019_format_reports(text, surface, concept, target):
    c = claim_of_2019(text, surface)
    assert c is not None, _got(text)
    assert c.concept == concept, (c.concept, c.targets, c.note)
    assert target in c.targets, c.targets


@pytest.mark.parametrize("text,surface,expected", batch3.COUNTED)
def test_counted(text, surface, expected):
    m = next((x for x in extract_numbers(text) if x.surface == surface), None)
    assert m is not None, _got(text)
    assert m.counted.replace("\n", "") == expected, m.counted


def test_every_batch_is_broad():
    sizes = {b: sum(len(getattr(mod, t, [])) for t in ("NO_NUMBER", "NUMBERS", "CLAIMS", "CLAIMS_2019", "COUNTED"))
             for b, mod in BATCHES.items()}
    assert sizes["1"] >= 150 and sizes["2"] >= 280 and sizes["3"] >= 200 and sizes["4"] >= 195, sizes
    assert len(batch4.NO_NUMBER) >= 140                 # the precision batch is mostly non-quantities
    assert sizes["6"] >= 200 and len(batch6.NO_NUMBER) >= 150
    assert sizes["7"] >= 180 and len(batch7.NO_NUMBER) >= 120
    assert sizes["8"] >= 180 and len(batch8.NUMBERS) >= 150
    assert len(batch9.CLAIMS) >= 120 and len(batch9.NO_TARGET) >= 50
