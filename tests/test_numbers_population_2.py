"""A second batch of invented sentences for the number extractor and the claim binder, in styles the
first batch (``test_numbers_population.py``) lacks: state-owned enterprises and public institutions,
townships and street offices, development-zone committees, police / tax / customs / market-regulation
systems, education and health bureaus, 2019-format reports (同意公开 / 不同意公开, 行政复议 / 行政诉讼
counts), full-width digits, 〇 / 零 / 两 / 廿, 万 / 亿 mixtures, vague amounts, changes (同比, 环比,
较上年, 个百分点), fees, negated zeros, 分别为 lists, rates, ranges, figures in parentheses and a
wide set of non-quantities (dates, issue and batch numbers, document numbers, article references,
hotlines, rankings, star ratings and grades, versions, standard numbers, codes, identity numbers).

Every sentence is invented for this test (no real report wording). Same three tables as the first batch:
``NO_NUMBER`` (nothing to extract), ``NUMBERS`` (``(surface, value)`` or ``(surface, (low, high))``)
and ``CLAIMS`` (sentence, surface, concept, one target the claim must list).
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from nlp.claims import make_claims
from nlp.numbers import extract_numbers
from test_numbers_population import _got, _same, claim_of

# ------------------------------------------------------------------ non-quantities: no number at all
NO_NUMBER = [
    # dates and periods, including full-width and 〇 forms
    "２０２３年，市税务局持续深化税务领域信息公开。",
    "本报告统计时限为2023年1—12月。",
    "二〇二三年度，开发区管委会扎实推进政务公开工作。",
    "自二〇二三年七月一日起执行新版公开目录。",
    "统计口径为2023年1-12月。",
    "本表数据截至2023年12月31日24时。",
    "２０２４年１月２０日前完成年报编制。",
    "二零二三年第四季度开展专项督查。",
    # issue, batch and session numbers
    "2023年第4期《政务公开简报》已印发。",
    "本镇入选第3批基层政务公开标准化示范镇。",
    "学校入选第二批国家级一流本科专业建设点。",
    "在第十四届全国人大第二次会议召开期间做好信息发布。",
    "市政府第28次常务会议审议通过该办法。",
    # document numbers and article references
    "根据榕开管〔2023〕15号文件精神推进工作。",
    "依据《条例》第二十七条、第二十九条的规定办理。",
    "按照条例第36条第（二）项予以答复。",
    "依据国办函〔2020〕109号文件规定的标准计收信息处理费。",
    "对照《公开指南》第四部分明确申请渠道。",
    "按照《某市政府信息公开规定》第十二条执行。",
    "依据某税发〔2022〕8号文件开展政策清理。",
    # hotlines and emergency numbers
    "市场监管局开通12315投诉举报热线并与12345热线实现数据共享。",
    "遇紧急情况请拨打110报警电话或120急救电话。",
    "海关12360服务热线全天候受理咨询。",
    "由县公安局110指挥中心统一调度。",
    "公布110、119、120等紧急求助电话。",
    "公开电话：0591-22334455（工作日8:00-12:00）。",
    "邮政编码：３５０００１。",
    # figures inside a document name
    "印发《关于推进政务服务事项100%网上可办的实施意见》。",
    "公开了《关于实现三级医院检查结果互认的通知》。",
    # rankings, positions, star ratings and grades
    "在全省政务公开第三方评估中位列第1名。",
    "在全市政务公开考核中位居前三名。",
    "在全国税务系统绩效考评中排名前十位。",
    "身份证号码后四位作隐藏处理。",
    "本院被评为五星级政务服务窗口。",
    "该景区为国家4A级旅游景区。",
    "企业纳税信用等级评定为A级。",
    "门户网站信息系统通过网络安全等级保护三级测评。",
    "本院为三级甲等综合医院。",
    # versions, standards, codes and identity numbers
    "政务服务App升级至V3.2.1版本。",
    "依据GB/T 9704-2012规范公文格式。",
    "执行GB/T 35273-2020个人信息安全规范。",
    "统一社会信用代码为12350100MB0123456X。",
    "申请人身份证号码35010219800101123X已作脱敏处理。",
    "学校发布《信息公开事项清单（2023版）》。",
    # set phrases in the styles of police, tax, customs, market regulation, health and education
    "深化放管服改革，推行证照分离改革全覆盖。",
    "聚焦高效办成一件事，推行一次办结。",
    "推进金税四期建设。",
    "加快推进二期工程建设。",
    "全面落实一岗双责和三重一大制度。",
    "海关推行两步申报、提前申报改革。",
    "公安机关推行一窗通办、跨省通办。",
    "医院开展一站式结算服务。",
    "推进两癌筛查信息公开。",
    "实施三医联动改革。",
    "落实六税两费减免政策。",
    "持续推进三个一改革。",
    "实施五证合一、一照一码登记制度。",
    "开发区实行一枚印章管审批。",
    "推进一业一证改革。",
    "学校全力推进双一流建设。",
    "严格执行首问负责制、一次性告知制和限时办结制。",
    "开展百日攻坚行动。",
    "全力推进十大工程建设。",
    "深入开展三抓三促行动。",
    "加快建设15分钟健康服务圈。",
    "建立一企一档、一校一策工作台账。",
    "深化四零服务，推行零见面审批。",
    "落实药品采购两票制。",
    "实行安全生产一票否决制。",
    "一点一滴做好基层公开工作。",
    # 无 as part of a word, not a negation of what follows
    "主动公开的信息无需申请即可查阅。",
    "各查阅点免费无偿提供政府信息公开申请表。",
    # durations and time limits
    "申请人应在收到告知书之日起15个工作日内补正。",
    "答复期限延长15个工作日。",
    "整改时限为30日。",
    "行政诉讼案件审理期限为六个月。",
    "每两周召开一次例会。",
    "设立24小时自助服务区。",
    "推行7×24小时不打烊服务。",
    "三年来，街道政务公开水平持续提升。",
    "政府网站全年365天不间断运行。",
    # addresses, floors, pages and tables
    "办公地点：开发区创业大道3号管委会大楼6层。",
    "乡镇政务公开栏设在便民服务中心一层大厅。",
    "网址：http://www.example.gov.cn/zfxxgk/index_2.html。",
    "具体数据见附表1第5行。",
    "附件2收到和处理政府信息公开申请情况表。",
    # court and procuratorate numbers
    "执行案号（2023）闽0102执123号已公开。",
    "本院第一巡回法庭负责该项工作。",
    # a person's role or an ordinal
    "由单位主要负责人担任第一责任人。",
    "召开第五次党组会议研究部署。",
]

# ------------------------------------------------------------------ quantity forms
NUMBERS = [
    # full-width digits
    ("全年受理户籍业务申请２３６件。", [("２３６件", 236)]),
    ("依申请公开答复率达１００％。", [("达１００％", 100)]),
    ("主动公开信息１，０２５条，其中政策解读３６篇。", [("１，０２５条", 1025), ("３６篇", 36)]),
    ("收取信息处理费１２０元。", [("１２０元", 120)]),
    ("答复率同比提高２．５个百分点。", [("２．５个百分点", 2.5)]),
    ("按时办结率为１００％。", [("１００％", 100)]),
    # Chinese numerals with 零 / 〇 / 两 / 廿
    ("全年办理纳税咨询一千零五十件。", [("一千零五十件", 1050)]),
    ("编印政策汇编一百〇八册。", [("一百〇八册", 108)]),
    ("发放明白纸三千零二十份。", [("三千零二十份", 3020)]),
    ("接待群众来访二百零五人次。", [("二百零五人次", 205)]),
    ("受理申请两件、答复两件。", [("两件", 2), ("两件", 2)]),
    ("组织两场新闻发布会。", [("两场", 2)]),
    ("廿三个村居全部设立公开栏。", [("廿三个", 23)]),
    ("全镇廿个行政村实现政务公开全覆盖。", [("廿个", 20)]),
    ("开展培训十一期。", [("十一期", 11)]),
    ("全年共发布信息一万零三百条。", [("一万零三百条", 10300)]),
    ("全年共发布信息一千二百三十四条。", [("一千二百三十四条", 1234)]),
    ("涉及资金两亿元。", [("两亿元", 200000000)]),
    # 万 / 亿 mixtures
    ("办理出入境证件1.2万件。", [("1.2万件", 12000)]),
    ("办理各类税费业务12.6万笔。", [("12.6万笔", 126000)]),
    ("全年新增减税降费2.35亿元。", [("2.35亿元", 235000000)]),
    ("为企业减免税款3,200万元。", [("3,200万元", 32000000)]),
    ("发放消费券5000万元。", [("5000万元", 50000000)]),
    ("门户网站总访问量1,234.5万次。", [("1,234.5万次", 12345000)]),
    ("登记新设市场主体2.1万户。", [("2.1万户", 21000)]),
    ("年出院患者4.6万人次。", [("4.6万人次", 46000)]),
    ("完成各类手术1.8万台次。", [("1.8万台次", 18000)]),
    ("监管进出口报关单12.3万票。", [("12.3万票", 123000)]),
    ("接处警1.2万起。", [("1.2万起", 12000)]),
    ("门户网站访问量达120万。", [("120万", 1200000)]),
    ("政务微信粉丝数突破5万。", [("突破5万", (50000, None))]),
    # approximations
    ("累计服务企业1.5万余户。", [("1.5万余户", (15000, 16000))]),
    ("政务服务网访问量逾200万人次。", [("逾200万人次", (2000000, None))]),
    ("办理业务3万余件。", [("3万余件", (30000, 40000))]),
    ("接待办事群众近2万人次。", [("近2万人次", (10000, 20000))]),
    ("服务对象约1.5万人。", [("约1.5万人", (14500, 15500))]),
    ("全年完成交易额约12亿元。", [("约12亿元", (1150000000, 1250000000))]),
    ("发放宣传手册3000余份。", [("3000余份", (3000, 4000))]),
    ("惠及群众近百户。", [("近百户", (0, 100))]),
    ("开展普法宣传百余场。", [("百余场", (100, 200))]),
    ("接受群众咨询上千人次。", [("上千人次", (1000, None))]),
    ("开展送政策进企业活动数十场。", [("数十场", (20, 100))]),
    ("培训乡镇信息员逾百人。", [("逾百人", (100, None))]),
    ("全年办理户籍业务约3500件。", [("约3500件", (3450, 3550))]),
    ("回复网民留言300条左右。", [("300条左右", (250, 350))]),
    ("涉及企业20余家。", [("20余家", (20, 30))]),
    ("走访企业超过150家。", [("超过150家", (150, None))]),
    ("补正的申请不足5件。", [("不足5件", (None, 5))]),
    ("共举办各类讲座四十余期。", [("四十余期", (40, 50))]),
    ("发放资料八千多份。", [("八千多份", (8000, 9000))]),
    ("覆盖学生两万余人。", [("两万余人", (20000, 30000))]),
    ("近五成的申请涉及不动产登记信息。", [("近五成", (40, 50))]),
    ("网上申请约占六成。", [("约占六成", (55, 65))]),
    ("办结时间平均缩短30%以上。", [("30%以上", (30, None))]),
    ("接待咨询将近五百人次。", [("将近五百人次", (400, 500))]),
    ("累计办件量突破10万件。", [("突破10万件", (100000, None))]),
    ("参与人数多达3000人。", [("多达3000人", (3000, None))]),
    ("投诉量低于20件。", [("低于20件", (None, 20))]),
    ("回访满意率不低于95%。", [("不低于95%", (95, None))]),
    ("线下申请占比不到一成。", [("不到一成", (None, 10))]),
    ("至少开展2次专项检查。", [("至少开展2次", (2, None))]),
    ("开展培训十余次。", [("十余次", (10, 20))]),
    ("二十余个部门参与评议。", [("二十余个", (20, 30))]),
    ("一百多人参加了开放日活动。", [("一百多人", (100, 200))]),
    ("收到几十条网民留言。", [("几十条", (20, 100))]),
    ("印发宣传折页万余份。", [("万余份", (10000, 20000))]),
    ("约有200人参加培训。", [("约有200人", (150, 250))]),
    ("累计培训教师2,300余人。", [("2,300余人", (2300, 2400))]),
    # ranges
    ("每个社区配备3至5名网格员。", [("3至5名", (3, 5))]),
    ("每期简报刊发10-20条信息。", [("10-20条", (10, 20))]),
    ("每次抽查5～8个网站。", [("5～8个", (5, 8))]),
    ("每所学校配备一到两名联络员。", [("一到两名", (1, 2))]),
    ("每个村张贴公告2—3份。", [("2—3份", (2, 3))]),
    ("每月更新30~50条。", [("30~50条", (30, 50))]),
    # changes: 同比, 环比, 较上年, 个百分点
    ("申请数量同比增长12.5%。", [("12.5%", 12.5)]),
    ("同比下降8%，环比上升3%。", [("8%", 8), ("3%", 3)]),
    ("答复率较上年提高1.5个百分点。", [("1.5个百分点", 1.5)]),
    ("网上办件占比提升至百分之九十二。", [("百分之九十二", 92)]),
    ("申请量较上年增加6件。", [("6件", 6)]),
    ("环比减少3件。", [("3件", 3)]),
    ("办件量同比增长两成。", [("两成", 20)]),
    ("好评率上升零点五个百分点。", [("零点五个百分点", 0.5)]),
    # fees
    ("本年度共收取信息处理费360元。", [("360元", 360)]),
    ("收取信息处理费0.12万元。", [("0.12万元", 1200)]),
    ("全年未收取信息处理费。", [("未收取信息处理费", 0)]),
    ("本机关未产生信息处理费。", [("未产生信息处理费", 0)]),
    ("按标准收取信息处理费2笔、金额150元。", [("2笔", 2), ("150元", 150)]),
    ("行政事业性收费金额为0万元。", [("0万元", 0)]),
    # negated zeros
    ("本年度街道办事处未收到政府信息公开申请。", [("未收到政府信息公开申请", 0)]),
    ("全年未受理政府信息公开申请。", [("未受理政府信息公开申请", 0)]),
    ("本年度无因政府信息公开引起的行政复议、行政诉讼。", [("无因政府信息公开引起的行政复议、行政诉讼", 0)]),
    ("本机关未发生因政府信息公开申请引起的行政复议。", [("未发生因政府信息公开申请引起的行政复议", 0)]),
    ("全年没有发生政府信息公开行政诉讼案件。", [("没有发生政府信息公开行政诉讼案件", 0)]),
    ("本单位无行政复议、行政诉讼情况。", [("无行政复议、行政诉讼情况", 0)]),
    ("行政复议、行政诉讼均为0件。", [("0件", 0)]),
    ("行政复议和行政诉讼数量均为零。", [("零", 0)]),
    ("本年度未被申请行政复议，也未被提起行政诉讼。", [("未被申请行政复议", 0), ("未被提起行政诉讼", 0)]),
    ("本单位暂未收到依申请公开申请。", [("未收到依申请公开申请", 0)]),
    ("未向申请人收取任何费用。", [("未向申请人收取任何费用", 0)]),
    ("本年度行政诉讼败诉案件为零。", [("零", 0)]),
    # words that look like negations but are not
    ("因信息不存在答复无法提供的申请有3件。", [("3件", 3)]),
    ("对无正当理由大量反复申请的不予处理2件。", [("2件", 2)]),
    # 其中 / 分别为 lists and parentheses
    ("其中，同意公开、部分公开、不予公开分别为10件、3件、2件。", [("10件", 10), ("3件", 3), ("2件", 2)]),
    ("共收到申请25件（其中自然人申请22件、法人申请3件）。", [("25件", 25), ("22件", 22), ("3件", 3)]),
    ("公开规范性文件（共计8件）。", [("8件", 8)]),
    ("通过信函申请4件（占16%）。", [("4件", 4), ("16%", 16)]),
    ("召开新闻发布会（吹风会）6场。", [("6场", 6)]),
    # units of many bodies
    ("全区68所中小学全部开设校务公开栏。", [("68所", 68)]),
    ("走访企业126家。", [("126家", 126)]),
    ("为困难群众1,024户发放救助金。", [("1,024户", 1024)]),
    ("组织开展政府开放日活动3期。", [("3期", 3)]),
    ("分两批公布权责清单。", [("两批", 2)]),
    ("印制办事指南5000册。", [("5000册", 5000)]),
    ("开展双随机抽查47批次。", [("47批次", 47)]),
    ("抽检食品样品1,356批次，合格率98.7%。", [("1,356批次", 1356), ("98.7%", 98.7)]),
    ("医院开放床位1,200张。", [("1,200张", 1200)]),
    ("查处违法案件32宗。", [("32宗", 32)]),
    ("办理户口迁移业务562笔。", [("562笔", 562)]),
    ("办理居民身份证3,580张。", [("3,580张", 3580)]),
    ("学校发布招生信息45条、财务信息12项。", [("45条", 45), ("12项", 12)]),
    ("全年开展执法检查236次，出动执法人员1,080人次。", [("236次", 236), ("1,080人次", 1080)]),
    ("新增纳税人1.1万户，其中企业3,200户。", [("1.1万户", 11000), ("3,200户", 3200)]),
    ("本街道下辖12个社区、3个行政村。", [("12个", 12), ("3个", 3)]),
    ("开发区入驻企业356家，其中规上工业企业48家。", [("356家", 356), ("48家", 48)]),
    ("开展义诊活动15场，服务群众2000余人次。", [("15场", 15), ("2000余人次", (2000, 3000))]),
    ("受理群众来信来访86件次。", [("86件次", 86)]),
    # figures beside non-quantities
    ("2023年1—12月，全局共受理申请18件。", [("18件", 18)]),
    ("根据〔2023〕5号文件，清理政策文件21件。", [("21件", 21)]),
    ("依据条例第三十三条，在规定期限内答复申请14件。", [("14件", 14)]),
    ("12345热线转办工单1,562件，办结率100%。", [("1,562件", 1562), ("100%", 100)]),
    ("110接警中心受理警情3.6万起。", [("3.6万起", 36000)]),
    ("在第3期简报中刊发信息25条。", [("25条", 25)]),
    ("第二批试点中，共有8个乡镇参与。", [("8个", 8)]),
    ("在全市考核中位列前三名，获评优秀等次2次。", [("2次", 2)]),
    ("《关于推进100%网上可办的意见》印发后，新增网办事项45项。", [("45项", 45)]),
    ("通过OA系统流转公文356件。", [("356件", 356)]),
    ("印发《2023年政务公开工作要点》等文件5件。", [("5件", 5)]),
    ("前三季度受理申请12件。", [("12件", 12)]),
    ("街道目前3名专职人员负责政务公开。", [("3名", 3)]),
    ("安排一笔专项资金用于专栏改版，全年共办理一笔退费。", [("一笔", 1)]),
    ("满意度达到百分之九十九点五。", [("达到百分之九十九点五", 99.5)]),
    ("公开率99.80%。", [("99.80%", 99.8)]),
]

# ------------------------------------------------------------------ restated table figures: concept and target
_T4_ALL = "t4.review.total+t4.lit_direct.total+t4.lit_after_review.total"
_LIT = "t4.lit_direct.total+t4.lit_after_review.total"
_ORG = "t3.new.commercial+t3.new.research+t3.new.social_welfare+t3.new.legal_service+t3.new.org_other"
_DENIED = "+".join(f"t3.denied.{k}.total" for k in ("state_secret", "law_prohibited", "security_stability",
                                                     "third_party", "internal_affairs", "process_info",
                                                     "enforcement_file", "admin_query"))
_UNABLE = "t3.unable.not_held.total+t3.unable.needs_creation.total+t3.unable.unclear_after_correction.total"
_NOTPROC = "+".join(f"t3.not_processed.{k}.total" for k in ("petition", "duplicate", "publication", "mass_repeat",
                                                            "confirm_reissue"))
_OTHER = "t3.other.no_correction.total+t3.other.unpaid_fee.total+t3.other.other.total"
_RATE = "t3.total_processed.total/(t3.new.total+t3.carried_over.total)*100"

_OUTCOMES = "对收到的申请，答复结果为：予以公开14件，部分公开3件，不予公开2件，无法提供6件，不予处理4件，其他处理5件。"
_V2019 = "本年度办结的申请中，同意公开9件，同意部分公开2件，不同意公开1件。"
_RESPECTIVELY = "在办结的申请中，予以公开、部分公开、不予公开的分别为6件、2件、1件。"

CLAIMS = [
    # received, in many bodies' words
    ("本年度海关共收到政府信息公开申请36件。", "36件", "requests", "t3.new.total"),
    ("税务局全年受理依申请公开事项8件。", "8件", "requests", "t3.new.total"),
    ("管委会全年共接到群众政府信息公开申请14件。", "14件", "requests", "t3.new.total"),
    ("公安分局共收到公民、法人或其他组织提出的信息公开申请52件。", "52件", "requests", "t3.new.total"),
    ("2023年，镇政府共受理政府信息公开申请3件，均已按时答复。", "3件", "requests", "t3.new.total"),
    ("市教育局本年度收到信息公开申请21件，比上年减少4件。", "21件", "requests", "t3.new.total"),
    ("市教育局本年度收到信息公开申请21件，比上年减少4件。", "4件", None, None),
    ("学校全年共受理信息公开申请11件，全部按期答复。", "11件", "requests", "t3.new.total"),
    ("医院本年度收到院务公开申请3件。", "3件", "requests", "t3.new.total"),
    ("街道全年共收到居民提交的信息公开申请4件。", "4件", "requests", "t3.new.total"),
    ("共收到政府信息公开申请１５件。", "１５件", "requests", "t3.new.total"),
    ("全年收到政府信息公开申请20余件。", "20余件", "requests", "t3.new.total"),
    ("收到政府信息公开申请十二件，予以公开九件。", "十二件", "requests", "t3.new.total"),
    ("收到政府信息公开申请十二件，予以公开九件。", "九件", "granted", "t3.granted.total"),
    ("集团公司本年度登记信息公开申请5件。", "5件", "requests", "t3.new.total"),
    # carried over / forward
    ("市卫健委本年度新收申请19件，加上上年结转2件，共需办理21件。", "2件", "carried_over", "t3.carried_over.total"),
    ("结转至下一年度办理的申请有3件。", "3件", "carried_forward", "t3.carried_forward.total"),
    ("截至12月31日，仍在办理中的申请2件。", "2件", "carried_forward", "t3.carried_forward.total"),
    ("上一年度结转的申请1件已于本年度办结。", "1件", "carried_over", "t3.carried_over.total"),
    # applicants
    ("申请人中，自然人34人次、法人或其他组织6人次。", "34人次", "natural", "t3.new.natural"),
    ("申请人中，自然人34人次、法人或其他组织6人次。", "6人次", "org", _ORG),
    ("按申请人类型统计，公民个人申请27件，企业申请5件。", "27件", "natural", "t3.new.natural"),
    ("按申请人类型统计，公民个人申请27件，企业申请5件。", "5件", "org", _ORG),
    ("申请人中商业企业8件，科研机构1件，社会公益组织2件，法律服务机构3件。", "8件", "commercial", "t3.new.commercial"),
    ("申请人中商业企业8件，科研机构1件，社会公益组织2件，法律服务机构3件。", "3件", "legal_service",
     "t3.new.legal_service"),
    ("收到申请30件，其中自然人申请26件、法人或其他组织申请4件。", "4件", "org", _ORG),
    ("收到申请12件，自然人、法人或其他组织分别为10件、2件。", "10件", "natural", "t3.new.natural"),
    ("收到申请12件，自然人、法人或其他组织分别为10件、2件。", "2件", "org", _ORG),
    ("收到申请12件，其中涉及公民个人信息的申请5件。", "5件", None, None),
    # outcomes
    (_OUTCOMES, "14件", "granted", "t3.granted.total"),
    (_OUTCOMES, "3件", "partial", "t3.partial.total"),
    (_OUTCOMES, "2件", "denied", _DENIED),
    (_OUTCOMES, "6件", "unable", _UNABLE),
    (_OUTCOMES, "4件", "not_processed", _NOTPROC),
    (_OUTCOMES, "5件", "other_processing", _OTHER),
    (_V2019, "9件", "granted", "t3.granted.total"),
    (_V2019, "2件", "partial", "t3.partial.total"),
    (_V2019, "1件", "denied", _DENIED),
    (_RESPECTIVELY, "6件", "granted", "t3.granted.total"),
    (_RESPECTIVELY, "2件", "partial", "t3.partial.total"),
    (_RESPECTIVELY, "1件", "denied", _DENIED),
    ("因本机关不掌握相关信息，告知申请人无法提供4件。", "4件", "unable", _UNABLE),
    ("对重复申请的不予处理2件。", "2件", "not_processed", _NOTPROC),
    ("对申请人无正当理由大量反复申请的不予处理2件。", "2件", "not_processed", _NOTPROC),
    ("本委全年答复政府信息公开申请29件。", "29件", "processed", "t3.total_processed.total"),
    ("全年办结申请26件，按时办结率100%。", "26件", "processed", "t3.total_processed.total"),
    ("收到申请20件，其中予以公开8件，占比40%。", "40%", "share",
     "(t3.granted.total)/t3.total_processed.total*100"),
    # rates
    ("依申请公开答复率达到100%。", "达到100%", "processing_rate", _RATE),
    ("政府信息公开申请办结率为95.5%。", "95.5%", "processing_rate", _RATE),
    ("申请按期答复率100%。", "100%", "ontime_rate", None),
    # review and litigation
    ("本年度被申请行政复议3件，其中维持2件、纠正1件。", "2件", "t4_upheld", "t4.review.upheld"),
    ("本年度被申请行政复议3件，其中维持2件、纠正1件。", "1件", "t4_corrected", "t4.review.corrected"),
    ("行政诉讼方面，一审判决维持3件，尚在审理中2件。", "2件", "t4_pending",
     "t4.lit_direct.pending+t4.lit_after_review.pending"),
    ("因政府信息公开申请引发的行政复议案件4件、行政诉讼案件2件。", "2件", "litigation", _LIT),
    ("因政府信息公开申请引发的行政复议案件4件、行政诉讼案件2件。", "4件", "review", "t4.review.total"),
    ("发生政府信息公开类行政复议、诉讼案件共6件。", "6件", "review_and_litigation", _T4_ALL),
    ("行政复议和诉讼案件合计3件。", "3件", "review_and_litigation", _T4_ALL),
    ("因政府信息公开被申请行政复议0件，被提起行政诉讼0件。", "0件", "review", "t4.review.total"),
    ("行政复议机关决定撤销本机关答复1件。", "1件", "t4_corrected", "t4.review.corrected"),
    ("行政诉讼被法院判决确认违法1件。", "1件", "t4_corrected", "t4.lit_direct.corrected+t4.lit_after_review.corrected"),
    ("本机关作为被告的政府信息公开行政诉讼案件3件。", "3件", "litigation", _LIT),
    ("行政复议、行政诉讼分别为2件和1件。", "2件", "review", "t4.review.total"),
    ("行政复议、行政诉讼分别为2件和1件。", "1件", "litigation", _LIT),
    ("本年度本机关未发生政府信息公开行政复议、行政诉讼案件。", "未发生政府信息公开行政复议、行政诉讼案件",
     "review_and_litigation", _T4_ALL),
    ("本机关未被提起行政诉讼。", "未被提起行政诉讼", "litigation", _LIT),
    # table 2
    ("本年度新制发规范性文件4件，废止1件，现行有效规范性文件26件。", "26件", "normative_in_force",
     "t2.normative_doc.in_force"),
    ("本年度新制发规范性文件4件，废止1件，现行有效规范性文件26件。", "1件", "normative_repealed",
     "t2.normative_doc.repealed"),
    ("本年度共印发行政规范性文件7件。", "7件", "normative_issued", "t2.normative_doc.issued"),
    ("全年作出行政许可决定3,456件，行政处罚决定128件，行政强制决定5件。", "128件", "penalty", "t2.penalty.decisions"),
    ("全年作出行政许可决定3,456件，行政处罚决定128件，行政强制决定5件。", "5件", "coercion", "t2.coercion.decisions"),
    ("市场监管局全年实施行政处罚案件235件。", "235件", "penalty", "t2.penalty.decisions"),
    ("税务部门作出行政处罚决定1.2万件。", "1.2万件", "penalty", "t2.penalty.decisions"),
    ("公安机关采取行政强制措施46次。", "46次", "coercion", "t2.coercion.decisions"),
    ("收取行政事业性收费共计45.6万元。", "45.6万元", "admin_fee", "t2.admin_fee.amount_wan"),
    ("本年度未收取行政事业性收费。", "未收取行政事业性收费", "admin_fee", "t2.admin_fee.amount_wan"),
    # fees
    ("本年度共收取信息处理费500元。", "500元", "info_fee", None),
    ("全年未收取信息处理费。", "未收取信息处理费", "info_fee", None),
    # figures with no table target
    ("全年通过政务新媒体发布信息1,256条。", "1,256条", None, None),
    ("举办政务公开培训4场。", "4场", None, None),
    ("政府信息公开申请量同比增长20%。", "20%", None, None),
    ("网上申请12件，当面申请5件，信函申请3件。", "12件", None, None),
    ("申请内容主要涉及征地拆迁（8件）、社会保障（5件）。", "8件", None, None),
    ("收到申请20件，比上年同期增加3件。", "3件", None, None),
    ("全年开展依申请公开业务培训2次。", "2次", None, None),
    ("召开政府信息公开申请办理工作会议3次。", "3次", None, None),
    ("接听12345热线电话326通。", "326通", None, None),
    ("发布招标采购信息56条。", "56条", None, None),
]

# the same, in a report whose tables are in the 2019 format
CLAIMS_2019 = [
    ("规范性文件本年新制作5件，对外公开总数量42件。", "5件", "normative_issued", "t2v19.normative_doc.new_made"),
    ("规范性文件本年新制作5件，对外公开总数量42件。", "42件", "normative_in_force",
     "t2v19.normative_doc.total_published"),
    ("本年度作出行政处罚决定86件。", "86件", "penalty", "t2v19.penalty.decisions"),
    ("行政许可事项上一年项目数量48项。", "48项", "licensing", "t2v19.licensing.prev_items"),
    ("政府集中采购项目12个，采购总金额356.8万元。", "12个", "procurement_projects",
     "t2v19.central_procurement.projects"),
    ("政府集中采购项目12个，采购总金额356.8万元。", "356.8万元", "procurement_amount",
     "t2v19.central_procurement.amount"),
    ("收到申请8件，其他处理2件。", "2件", "other_processing", "t3.other.total"),
    ("收到申请8件，予以公开5件，无法提供1件。", "1件", "unable", _UNABLE),
]


def claim_of_2019(text: str, surface: str):
    meta = SimpleNamespace(year=2023, table_format="2019")
    rep = SimpleNamespace(text=text, table_formats={}, meta=meta, cells={"t3.new.total": None})
    return next((c for c in make_claims(rep, extract_numbers(text)) if c.mention.surface == surface), None)


@pytest.mark.parametrize("text", NO_NUMBER)
def test_no_number(text):
    assert _got(text) == []


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_numbers(text, expected):
    got = _got(text)
    assert _same(got, expected), got
    for m in extract_numbers(text):
        assert text[m.start:m.end] == m.surface


@pytest.mark.parametrize("text,surface,concept,target", CLAIMS)
def test_claims(text, surface, concept, target):
    c = claim_of(text, surface)
    assert c is not None, _got(text)
    assert c.concept == concept, (c.concept, c.targets, c.note)
    if target is not None:
        assert target in c.targets, c.targets


@pytest.mark.parametrize("text,surface,concept,target", CLAIMS_2019)
def test_claims_2019(text, surface, concept, target):
    c = claim_of_2019(text, surface)
    assert c is not None, _got(text)
    assert c.concept == concept, (c.concept, c.targets, c.note)
    assert target in c.targets, c.targets


def test_second_batch_is_broad():
    assert len(NO_NUMBER) + len(NUMBERS) + len(CLAIMS) >= 280
