"""A third batch of invented sentences for the number extractor and the claim binder, in forms the first
two batches (``test_numbers_population.py``, ``population_batch2.py``) lack:

- text as it comes out of PDFs and crawled HTML: line breaks inside a number, between number and unit
  and inside a keyword (行政复\\n议), full-width spaces (\\u3000), non-breaking spaces (\\xa0), tabs,
  thousands separators written with full-width commas, figures in parentheses after a word（共15件）,
  figures followed by a footnote mark (①, [1], *);
- whole restatement paragraphs in the style of the section 三 / 四 narratives of counties, universities
  and hospitals (新收…其中自然人…；上年结转…；办结…其中予以公开…；结转下年度…; 行政复议X起、行政诉讼X起，
  其中维持…纠正…), with a concept and one target for each figure;
- outcome percentages (予以公开率, 占比, 个百分点), money (信息处理费 X 元, X 万元, 0 元) and what a figure
  counts (``Mention.counted``);
- non-quantities that stand inside those paragraphs: 第X条, （X）项, 表X, 附件X, 2023年度, 1-12月, 序号, 编号.

Every sentence is invented for this test (no real report wording). Same tables as the earlier batches:
``NO_NUMBER`` (nothing to extract), ``NUMBERS`` (``(surface, value)`` or ``(surface, (low, high))``),
``CLAIMS`` (sentence, surface, concept, one target the claim must list) and ``COUNTED`` (sentence, surface,
what the figure's ``counted`` must read, line breaks removed).

Tables only: tests/test_numbers_population.py runs them.
"""
from __future__ import annotations

from population_common import (_ALL_CORRECTED, _ALL_OTHER, _ALL_PENDING, _ALL_UPHELD, _DENIED, _LIT,  # noqa: F401
                                _NOTPROC, _ORG, _OTHER, _RATE, _T4_ALL, _UNABLE)

# ------------------------------------------------------------------ non-quantities: no number at all
NO_NUMBER = [
    # article and item references, with PDF breaks and odd spaces inside them
    "依照《条例》第\n三十八条的规定作出答复。",
    "依据《条例》第三十七条第\n一款进行区分处理。",
    "按照条例第33条第\u3000（一）项规定办理。",
    "依据第二十条\xa0第（七）项主动公开相关信息。",
    "按照《条例》第 36 条第（三）项告知申请人。",
    "依据《条例》第 12 条规定，编制公开指南。",
    "经审查属于《条例》第三十九条第一款规定的情形。",
    "依照《条例》第十六条第二款认定为过程性信息。",
    "参照第\u300019\u3000条执行。",
    # tables, annexes, footnotes, serial and file numbers
    "详见表3第（三）项。",
    "具体数据见附件2。",
    "附件1：2023年度政府信息公开工作年度报告表格",
    "表2中第（五）项的单位为万元。",
    "注1：本报告数据来源于政府信息公开平台。",
    "注：表中“0”表示本年度未发生。",
    "（注：本表第1栏为自然人。）",
    "序号：3；事项名称：政府信息公开指南。",
    "编号：XZXK-2023-015。",
    "申请编号为YSQ2023-0087的申请已依法答复。",
    "信息公开指南第4.2节规定了申请流程。",
    "见第5页表格。",
    "对照附件3《政府信息公开申请处理情况表》填报。",
    "按照表三“（七）总计”一栏核对。",
    # years, periods and dates, with breaks and spaces
    "2023年度政府信息公开工作年度报告",
    "二〇二三年度\u3000政府信息公开工作年度报告",
    "政府信息公开工作年度报告（2023年度）",
    "本表所列数据的统计期间为2023年1-12月。",
    "2023年1—12月，本委持续推进政务公开工作。",
    "统计时段为2023年1月1日至\n2023年12月31日。",
    "本报告于2024年1月\n31日前在门户网站公布。",
    "报告期为\u30002023年\u30001月\u30001日至12月31日。",
    "2023\n年，县政府办公室牵头开展政务公开工作。",
    "自2023年10月1日起施行新版公开指南。",
    # document numbers, wrapped or spaced
    "按照国办公开办函〔2021〕\n30号要求填报。",
    "根据某府办〔2023〕第7号文件执行。",
    "依据某政办发〔2022〕 18号文件开展清理。",
    "按照（2023）1号通知要求做好年报编制。",
    # telephones, hotlines and addresses in HTML and PDF text
    "咨询电话：0591-\n87654321。",
    "依申请公开受理机构为办公室（电话：0571-12345678）。",
    "联系电话：\xa00595-22881234。",
    "12345\n政务服务便民热线全天候受理诉求。",
    "受理地点：行政服务中心2号楼\u30003楼。",
    # enumerators with spaces and breaks
    "（一）\u3000收到和处理政府信息公开申请情况",
    "1.\xa0加强组织领导；2.\xa0健全工作机制。",
    "一是\n完善制度；二是强化培训。",
    "第二部分\u3000主动公开政府信息情况",
    # durations and time limits with spaces and breaks
    "延长答复期限不超过20 个 工作日。",
    "在收到申请之日起20\u3000个工作日内予以答复。",
    "于15\xa0个自然日内完成整改。",
    "申请人应当在\n10\n日内补正材料。",
    "每季度第1个月的10日前报送更新情况。",
    "相关信息在形成之日起20个\n工作日内公开。",
    # set phrases around the paragraphs
    "坚持“一事一议”，做到一申请一答复。",
    "落实一案一档管理要求。",
    "严格执行三审三校制度。",
    "推进一网通办，实现一次办好。",
]

# ------------------------------------------------------------------ quantity forms
_P1 = ("本年度新收政府信息公开申请86件，其中自然人71件、商业企业9件、科研机构0件、社会公益组织1件、法律服务机构5件；"
       "上年结转6件；本年度办结84件，其中予以公开32件、部分公开11件、不予公开4件、无法提供25件、不予处理10件、"
       "其他处理2件；结转下年度继续办理8件。")
_P1_FIGURES = [("86件", 86), ("71件", 71), ("9件", 9), ("0件", 0), ("1件", 1), ("5件", 5), ("6件", 6), ("84件", 84),
               ("32件", 32), ("11件", 11), ("4件", 4), ("25件", 25), ("10件", 10), ("2件", 2), ("8件", 8)]
# the same paragraph as a PDF text layer wraps it
_P1_PDF = ("本年度新收政府信息公开申\n请86件，其中自然人71件、商业企\n业9件、科研机构0件、社会公益组织1件、法律服\n务机构5件；"
           "上年结\n转6件；本年度办结84件，其中予以公开32件、部分公开1\n1件、不予公开4件、无法提供25\n件、不予处理10件、"
           "其他处理2件；结转下年度继续办\n理8件。")
_P2 = "全年发生政府信息公开行政复议7起、行政诉讼3起，其中结果维持6件、结果纠正1件、其他结果0件、尚未审结3件。"
_P3 = ("学校全年共收到信息公开申请12件，均已按期办结，其中予以公开7件，部分公开2件，因信息不存在告知申请人3件；"
       "未收取任何费用。")
_P4 = "医院全年收到院务公开申请4件，已全部办结，其中同意公开3件、不予公开1件，予以公开率为75%。"

NUMBERS = [
    # line breaks from PDF text layers: inside a number, before the unit, before the number
    ("全年共收到政府信息公开申请\n27件。", [("27件", 27)]),
    ("本年度新收申请38\n件，上年结转2件。", [("38\n件", 38), ("2件", 2)]),
    ("主动公开政府信息2\n56条。", [("2\n56条", 256)]),
    ("本年制发规范性文件五件、废止十\n四件。", [("五件", 5), ("十\n四件", 14)]),     # inside a Chinese numeral
    ("确保公开工作统一\n三是加强培训，全年培训三\n百余人次。", [("三\n百余人次", (300, 400))]),
    ("行政复\n议3件，行政诉\n讼1件。", [("3件", 3), ("1件", 1)]),
    ("其中予以\n公开12件。", [("12件", 12)]),
    ("办结率为99.\n5%。", [("99.\n5%", 99.5)]),
    ("收费金额为\n0\n万元。", [("0\n万元", 0)]),
    ("全年新收\n政府信息公开申请\n45件，其中自然人\n40件。", [("45件", 45), ("40件", 40)]),
    # full-width spaces, non-breaking spaces and tabs from HTML
    ("受理申请\u300016\u3000件。", [("16\u3000件", 16)]),
    ("受理申请\xa016\xa0件。", [("16\xa0件", 16)]),
    ("收到申请\t9\t件。", [("9\t件", 9)]),
    ("办结率\u3000100\u3000%。", [("100\u3000%", 100)]),
    ("公开率为 98.5 %。", [("98.5 %", 98.5)]),
    ("收取信息处理费 0 元。", [("0 元", 0)]),
    ("\u3000\u3000本年度共主动公开政府信息1,024条。", [("1,024条", 1024)]),
    ("行政复议 2 件 、 行政诉讼 1 件。", [("2 件", 2), ("1 件", 1)]),
    # thousands separators with full-width commas
    ("全年发布信息12，345条。", [("12，345条", 12345)]),
    ("网站访问量1，234，567人次。", [("1，234，567人次", 1234567)]),
    ("作出行政许可决定3，210件，行政处罚决定45件。", [("3，210件", 3210), ("45件", 45)]),
    # figures in parentheses after a word
    ("收到政府信息公开申请（共15件）。", [("15件", 15)]),
    ("本年度办结申请（含上年结转）共20件。", [("20件", 20)]),
    ("其中自然人（12件）、法人或其他组织（3件）。", [("12件", 12), ("3件", 3)]),
    ("行政复议(2件)均维持原答复。", [("2件", 2)]),
    ("收到申请18件(上年结转1件)。", [("18件", 18), ("1件", 1)]),
    # footnote marks after a figure
    ("收到申请15件①，均已办结。", [("15件", 15)]),
    ("予以公开率为93.3%[1]。", [("93.3%", 93.3)]),
    ("主动公开信息856条*。", [("856条", 856)]),
    ("本年度收取信息处理费200元²。", [("200元", 200)]),
    ("无法提供6件注，均已告知理由。", [("6件", 6)]),
    # whole restatement paragraphs
    (_P1, _P1_FIGURES),
    (_P1_PDF, [("86件", 86), ("71件", 71), ("9件", 9), ("0件", 0), ("1件", 1), ("5件", 5), ("6件", 6), ("84件", 84),
               ("32件", 32), ("1\n1件", 11), ("4件", 4), ("25\n件", 25), ("10件", 10), ("2件", 2), ("8件", 8)]),
    (_P2, [("7起", 7), ("3起", 3), ("6件", 6), ("1件", 1), ("0件", 0), ("3件", 3)]),
    (_P3, [("12件", 12), ("7件", 7), ("2件", 2), ("3件", 3), ("未收取任何费用", 0)]),
    (_P4, [("4件", 4), ("3件", 3), ("1件", 1), ("75%", 75)]),
    ("区政府全年共收到政府信息公开申请143件，较上年增加21件，增长17.2%；其中网上申请121件，占84.6%。",
     [("143件", 143), ("21件", 21), ("17.2%", 17.2), ("121件", 121), ("84.6%", 84.6)]),
    ("镇政府本年度受理申请3件，上年结转0件，办结3件，结转下年度0件。",
     [("3件", 3), ("0件", 0), ("3件", 3), ("0件", 0)]),
    # outcome percentages and percentage points
    ("予以公开率为36.2%。", [("36.2%", 36.2)]),
    ("不予公开4件，占比7.1%。", [("4件", 4), ("7.1%", 7.1)]),
    ("予以公开和部分公开的申请占办结总数的51.2%。", [("51.2%", 51.2)]),
    ("公开率同比上升2.5个百分点。", [("2.5个百分点", 2.5)]),
    ("办结率较上年下降0.8个百分点。", [("0.8个百分点", 0.8)]),
    ("依申请公开答复率同比提高\n3个百分点。", [("3个百分点", 3)]),
    ("占全部申请的43.10%。", [("43.10%", 43.1)]),
    ("无法提供的申请占比超过六成。", [("超过六成", (60, None))]),
    ("占办结总数的比例为37.5％。", [("37.5％", 37.5)]),
    ("予以公开约占三成。", [("约占三成", (25, 35))]),
    ("自然人申请占比近九成。", [("近九成", (80, 90))]),
    ("网上申请比例由60%提高到75%。", [("60%", 60), ("75%", 75)]),
    # money
    ("本年度收取信息处理费0元。", [("0元", 0)]),
    ("共收取信息处理费1,200元。", [("1,200元", 1200)]),
    ("行政事业性收费金额为12.36万元。", [("12.36万元", 123600)]),
    ("行政事业性收费0.5万元（即5000元）。", [("0.5万元", 5000), ("5000元", 5000)]),
    ("收取信息处理费人民币300元。", [("300元", 300)]),
    ("涉及收费金额约2.5万元。", [("约2.5万元", (24500, 25500))]),
    ("行政事业性收费合计1，050.8万元。", [("1，050.8万元", 10508000)]),
    ("按照每件超出部分收取100元的标准执行。", [("100元", 100)]),
    # negated zeros, wrapped or spaced
    ("本年度未收到\n政府信息公开申请。", [("未收到\n政府信息公开申请", 0)]),
    ("本机关全年未发生因政府信息公开引起的行政复\n议、行政诉讼案件。",
     [("未发生因政府信息公开引起的行政复\n议、行政诉讼案件", 0)]),
    ("本年度未收取信息\n处理费。", [("未收取信息\n处理费", 0)]),
    ("本年度无行政复议、行政诉讼情况。", [("无行政复议、行政诉讼情况", 0)]),
    ("未收取行政事业性收费（0元）。", [("未收取行政事业性收费", 0), ("0元", 0)]),
    ("本年度\u3000未发生\u3000行政复议。", [("未发生\u3000行政复议", 0)]),
    # approximations inside paragraphs
    ("办理各类申请共计60余件。", [("60余件", (60, 70))]),
    ("受理申请近\n百件。", [("近\n百件", (0, 100))]),
    ("答复申请约\u300030件。", [("约\u300030件", (25, 35))]),
    # non-quantities beside counts
    ("依据《条例》第三十六条第（四）项答复3件。", [("3件", 3)]),
    ("依据《条例》第36条第 3 项作出答复2件。", [("2件", 2)]),
    ("依照第\n12条规定办理申请3件。", [("3件", 3)]),
    ("按照表3第（三）项统计，予以公开5件。", [("5件", 5)]),
    ("附件2所列申请共8件。", [("8件", 8)]),
    ("2023年度本机关收到申请9件。", [("9件", 9)]),
    ("1-12月共收到申请14件。", [("14件", 14)]),
    ("序号3：自然人申请2件。", [("2件", 2)]),
    ("编号2023-015号申请已办结，共计1件。", [("1件", 1)]),
    ("表4中行政复议总计2件。", [("2件", 2)]),
    ("按照（2023）1号通知，清理规范性文件13件。", [("13件", 13)]),
    ("在20个工作日内答复的申请29件。", [("29件", 29)]),
    # more wrapped and spaced forms
    ("其中自然人申请\xa0\xa058件，占比\u300090.6%。", [("58件", 58), ("90.6%", 90.6)]),
    ("信息处理费\n收取\n0元。", [("0元", 0)]),
    ("行政复议纠正率为0.0%。", [("0.0%", 0)]),
    ("较上年减少\n2件，下降12.5%。", [("2件", 2), ("12.5%", 12.5)]),
]

# ------------------------------------------------------------------ restated table figures: concept and target

CLAIMS = [
    # the whole 表三 paragraph
    (_P1, "86件", "requests", "t3.new.total"),
    (_P1, "71件", "natural", "t3.new.natural"),
    (_P1, "9件", "commercial", "t3.new.commercial"),
    (_P1, "0件", "research", "t3.new.research"),
    (_P1, "1件", "social_welfare", "t3.new.social_welfare"),
    (_P1, "5件", "legal_service", "t3.new.legal_service"),
    (_P1, "6件", "carried_over", "t3.carried_over.total"),
    (_P1, "84件", "processed", "t3.total_processed.total"),
    (_P1, "32件", "granted", "t3.granted.total"),
    (_P1, "11件", "partial", "t3.partial.total"),
    (_P1, "4件", "denied", _DENIED),
    (_P1, "25件", "unable", _UNABLE),
    (_P1, "10件", "not_processed", _NOTPROC),
    (_P1, "2件", "other_processing", _OTHER),
    (_P1, "8件", "carried_forward", "t3.carried_forward.total"),
    # the same paragraph wrapped by a PDF text layer
    (_P1_PDF, "86件", "requests", "t3.new.total"),
    (_P1_PDF, "9件", "commercial", "t3.new.commercial"),
    (_P1_PDF, "5件", "legal_service", "t3.new.legal_service"),
    (_P1_PDF, "6件", "carried_over", "t3.carried_over.total"),
    (_P1_PDF, "1\n1件", "partial", "t3.partial.total"),
    (_P1_PDF, "25\n件", "unable", _UNABLE),
    (_P1_PDF, "8件", "carried_forward", "t3.carried_forward.total"),
    # the whole 表四 paragraph: the 其中 list after two groups breaks down both
    (_P2, "7起", "review", "t4.review.total"),
    (_P2, "3起", "litigation", _LIT),
    (_P2, "6件", "t4_upheld", _ALL_UPHELD),
    (_P2, "1件", "corrected", _ALL_CORRECTED),
    (_P2, "0件", "t4_other", _ALL_OTHER),
    (_P2, "3件", "t4_pending", _ALL_PENDING),
    ("行政复议方面，本机关被申请行政复议5件，其中维持4件、纠正1件。", "4件", "t4_upheld", "t4.review.upheld"),
    ("行政诉讼方面，被提起行政诉讼2件，其中维持1件、尚未审结1件。", "2件", "litigation", _LIT),
    ("行政诉讼方面，被提起行政诉讼2件，其中维持1件、尚未审结1件。", "1件", "t4_upheld",
     "t4.lit_direct.upheld+t4.lit_after_review.upheld"),
    ("全年发生行政复议2起、行政诉讼1起，均维持原行政行为。", "1起", "litigation", _LIT),
    # university and hospital paragraphs
    (_P3, "12件", "requests", "t3.new.total"),
    (_P3, "7件", "granted", "t3.granted.total"),
    (_P3, "2件", "partial", "t3.partial.total"),
    (_P3, "3件", "not_held", "t3.unable.not_held.total"),
    (_P4, "4件", "requests", "t3.new.total"),
    (_P4, "3件", "granted", "t3.granted.total"),
    (_P4, "1件", "denied", _DENIED),
    # a keyword broken by a line, spaced by HTML
    ("因政府信息公开被申请行政复\n议2件。", "2件", "review", "t4.review.total"),
    ("本年度新收政府信息公开申\n请15件。", "15件", "requests", "t3.new.total"),
    ("办结的申请中，予以\n公开6件，部分公开2件。", "6件", "granted", "t3.granted.total"),
    ("政府信息公开申请结转下\n年度继续办理1件。", "1件", "carried_forward", "t3.carried_forward.total"),
    ("上年结\n转政府信息公开申请2件。", "2件", "carried_over", "t3.carried_over.total"),
    ("全年作出行政许\n可决定120件。", "120件", "licensing", "t2.licensing.decisions"),
    ("\u3000\u3000本年度收到政府信息公开申请13件。", "13件", "requests", "t3.new.total"),
    ("收到政府信息公开申请\u300013\u3000件。", "13\u3000件", "requests", "t3.new.total"),
    ("被申请行政复议\xa02\xa0件。", "2\xa0件", "review", "t4.review.total"),
    ("行政复议 2 件 、 行政诉讼 1 件。", "1 件", "litigation", _LIT),
    ("行政 复议 2 件。", "2 件", "review", "t4.review.total"),
    ("政府信息公开 申请 办结率 100%。", "100%", "processing_rate", _RATE),
    # figures in parentheses and with footnote marks
    ("收到政府信息公开申请（共15件）。", "15件", "requests", "t3.new.total"),
    ("因政府信息公开被申请行政复议（2件）。", "2件", "review", "t4.review.total"),
    ("收到申请20件，其中自然人（17件）、法人或其他组织（3件）。", "17件", "natural", "t3.new.natural"),
    ("收到申请20件，其中自然人（17件）、法人或其他组织（3件）。", "3件", "org", _ORG),
    ("收到政府信息公开申请15件①。", "15件", "requests", "t3.new.total"),
    ("政府信息公开申请办结率98.5%[2]。", "98.5%", "processing_rate", _RATE),
    # non-quantities inside the paragraphs do not take the keyword away
    ("依据《条例》第三十六条第（三）项，告知申请人本机关不掌握相关信息3件。", "3件", "not_held",
     "t3.unable.not_held.total"),
    ("对申请人的申请，依据第三十六条第（五）项不予处理2件。", "2件", "not_processed", _NOTPROC),
    ("按照条例第33条，在20个工作日内答复申请29件。", "29件", "processed", "t3.total_processed.total"),
    ("2023年度共收到政府信息公开申请9件。", "9件", "requests", "t3.new.total"),
    ("1-12月共收到政府信息公开申请14件。", "14件", "requests", "t3.new.total"),
    ("按照表3第（三）项统计，政府信息公开申请予以公开5件。", "5件", "granted", "t3.granted.total"),
    ("附件2所列的政府信息公开申请共8件。", "8件", "requests", "t3.new.total"),
    ("本年度收到申请20件，较2022年度增加4件。", "4件", None, None),
    ("本年度收到申请20件，较2022年度增加4件。", "20件", "requests", "t3.new.total"),
    # shares, rates and points
    ("办结申请84件，其中予以公开32件，占办结总数的38.1%。", "38.1%", "share",
     "(t3.granted.total)/t3.total_processed.total*100"),
    ("对收到的申请，不予公开4件，占比4.8%。", "4.8%", "share", f"({_DENIED})/t3.total_processed.total*100"),
    ("政府信息公开申请办结率为96.8%。", "96.8%", "processing_rate", _RATE),
    ("政府信息公开申请予以公开率为38.1%。", "38.1%", None, None),
    ("依申请公开办结率同比上升2.5个百分点。", "2.5个百分点", None, None),
    ("自然人申请71件，占新收申请总数的82.6%。", "82.6%", "share", "(t3.new.natural)/t3.new.total*100"),
    # money
    ("本年度收取信息处理费0元。", "0元", "info_fee", None),
    ("共收取信息处理费1,200元。", "1,200元", "info_fee", None),
    ("行政事业性收费金额为12.36万元。", "12.36万元", "admin_fee", "t2.admin_fee.amount_wan"),
    ("收取行政事业性收费123，600元。", "123，600元", "admin_fee", "t2.admin_fee.amount_wan"),
    ("本年度未收取信息\n处理费。", "未收取信息\n处理费", "info_fee", None),
    ("本年度未收取行政事业性\n收费。", "未收取行政事业性\n收费", "admin_fee", "t2.admin_fee.amount_wan"),
    # negated zeros in wrapped text
    ("本年度未收到\n政府信息公开申请。", "未收到\n政府信息公开申请", "requests", "t3.new.total"),
    ("本机关全年未发生因政府信息公开引起的行政复\n议、行政诉讼案件。",
     "未发生因政府信息公开引起的行政复\n议、行政诉讼案件", "review_and_litigation", _T4_ALL),
    ("县政府本级全年共收到政府信息公开申请\n102件。", "102件", "requests", "t3.new.total"),
    ("其中商业企业申请\u30005件，法律服务机构申请\u30002件。", "2件", "legal_service", "t3.new.legal_service"),
    ("结转下一年度办理的政府信息公开申请（1件）。", "1件", "carried_forward", "t3.carried_forward.total"),
    # figures with no table target
    ("全年收到政府信息公开申请20件，同比下降\n9.1%。", "9.1%", None, None),
    ("本年度举办依申请公开业务培训\n3场。", "3场", None, None),
    ("全年主动公开政府信息12，345条。", "12，345条", None, None),
    ("按照每件超出部分收取100元的标准执行。", "100元", None, None),
]

# ------------------------------------------------------------------ what a figure counts
COUNTED = [
    ("本年度新收政府信息公开申请86件。", "86件", "新收政府信息公开申请"),
    ("其中予以公开32件。", "32件", "予以公开"),
    ("行政事业性收费金额为12.36万元。", "12.36万元", "行政事业性收费金额"),
    ("上年结转政府信息公开申请6件。", "6件", "上年结转政府信息公开申请"),
    ("收到政府信息公开申请（共15件）。", "15件", "收到政府信息公开申请"),
    ("本年度新收政府信息公开申\n请15件。", "15件", "新收政府信息公开申请"),
    ("结转下年度继续办\n理8件。", "8件", "结转下年度继续办理"),
    ("被申请行政复议\u30002\u3000件。", "2\u3000件", "被申请行政复议"),
]
