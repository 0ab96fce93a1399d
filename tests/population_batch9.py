"""A ninth batch of invented sentences, aimed at the claim binder's RECALL and PRECISION across the whole
population of issuing bodies: ministries, provincial and city departments, counties, townships and street
offices, development-zone committees, state-owned enterprises, hospitals, universities, courts, police, tax,
customs and market regulators, each restating a figure of 表二, 表三 or 表四 in its own words.

- ``CLAIMS``: every concept a narrative figure can be bound to, several phrasings each: requests received
  (in total, by natural persons, by 法人或其他组织 and by each kind of organisation), requests carried over
  from last year and carried forward to next year, every outcome (予以公开, 部分公开, 予以公开和部分公开,
  不予公开, 本机关不掌握, 无法提供, 不予处理, 其他处理), requests processed, 办结率, review and litigation
  counts with their outcomes (维持, 纠正, 被纠错, 其他结果, 尚未审结), 规章 and 规范性文件 issued, repealed and
  in force, 行政许可 / 行政处罚 / 行政强制 decisions, 行政事业性收费 in 元, 万元 and 亿元, negated zeros; the
  keyword before or after the figure, in 其中 and 分别为 lists and in parentheses, with 件/份/起/宗/部/次 as
  units. The concepts with no table target (信息处理费, 按时办结率, 政府集中采购) appear with target ``None``.
- ``NO_TARGET``: figures that look like one of the above but restate no table cell: published information
  items, trainings, hotline tickets, 建议提案, complaints, 政务服务 and other kinds of applications
  (行政许可申请, 补贴申请), timeliness and satisfaction rates, last year's figures, plans, changes, figures per
  unit, reductions and 信息处理费.

Where a sentence stood alone without the 申请 that a report always mentions before its outcomes, a short
opening clause gives it that context (added when the batch was wired in). Every sentence is invented for this test (no real report wording). Tables only: tests/test_numbers_population.py
runs them.
"""
from __future__ import annotations

from population_common import (
    _ALL_CORRECTED,
    _ALL_PENDING,
    _ALL_UPHELD,
    _DENIED,
    _NOTPROC,
    _ORG,
    _OTHER,
    _RATE,
    _T4_ALL,
    _UNABLE,
)

_LIT = "t4.lit_direct.total+t4.lit_after_review.total"
_LIT_UPHELD = "t4.lit_direct.upheld+t4.lit_after_review.upheld"
_LIT_OTHER = "t4.lit_direct.other+t4.lit_after_review.other"
_LIT_PENDING = "t4.lit_direct.pending+t4.lit_after_review.pending"

# whole sentences that several rows below read
_APPLICANTS = "按申请人类别划分，商业企业6件、科研机构2件、社会公益组织1件、法律服务机构4件。"
_OUTCOME_LIST = "在办结的申请中，予以公开21件，部分公开4件，不予公开2件，无法提供7件，不予处理3件，其他处理1件。"
_OUTCOME_RESP = "对这些申请，办理结果中予以公开、部分公开、不予公开、无法提供、不予处理的分别为15件、6件、2件、9件、1件。"
_OUTCOME_PAREN = "对收到的申请，答复情况为：予以公开（12件）、部分公开（3件）、无法提供（5件）。"
_REVIEW_LIST = "本厅被申请行政复议7件，其中维持4件、纠正1件、其他结果0件、尚未审结2件。"
_LIT_LIST = "行政诉讼方面，本局被提起诉讼3件，法院判决维持2件，另有1件尚在审理中。"
_T4_BOTH = "行政复议和行政诉讼共4件，其中维持3件、尚未审结1件。"
_T2_NORMATIVE = "本年度规范性文件制发、废止、现行有效件数分别为4件、2件、39件。"
_T2_REGULATION = "本年度制发规章0件、废止规章1件、现行有效规章23件。"
_T2_DECISIONS = "行政许可、行政处罚、行政强制处理决定分别为862件、145件、9件。"

# ------------------------------------------------------------------ restated table figures: concept and target
# (sentence, surface of the figure, concept, a target the claim must list — None: any)
CLAIMS = [
    # received, in many bodies' words
    ("2023年，省交通运输厅共收到政府信息公开申请64件，均在法定期限内予以答复。", "64件", "requests", "t3.new.total"),
    ("市税务局本年度受理纳税人、缴费人提出的政府信息公开申请17件。", "17件", "requests", "t3.new.total"),
    ("本关全年受理依申请公开申请二十三件。", "二十三件", "requests", "t3.new.total"),
    ("市中级人民法院本年度登记信息公开申请9件，均已答复。", "9件", "requests", "t3.new.total"),
    ("全年共有41件政府信息公开申请提交至省商务厅。", "41件", "requests", "t3.new.total"),
    ("大学本年度收到信息公开申请15份，全部按期答复。", "15份", "requests", "t3.new.total"),
    ("市公安局全年共受理各类政府信息公开申请1,126件。", "1,126件", "requests", "t3.new.total"),
    ("市市场监管局全年受理政府信息公开申请300余件。", "300余件", "requests", "t3.new.total"),
    ("省卫生健康委全年受理依申请公开86件，较上年有所减少。", "86件", "requests", "t3.new.total"),
    ("街道办事处本年度受理政府信息公开申请一件。", "一件", "requests", "t3.new.total"),
    ("依申请公开方面，县林业局全年收到申请8件。", "8件", "requests", "t3.new.total"),
    ("全年共受理政府信息公开申请35件（其中上年结转2件）。", "35件", "requests",
     "t3.new.total+t3.carried_over.total"),
    ("本年度，县医保局没有收到政府信息公开申请。", "没有收到政府信息公开申请", "requests", "t3.new.total"),
    ("区人民医院本年度未收到院务公开申请。", "未收到院务公开申请", "requests", "t3.new.total"),
    # applicants
    ("从申请主体看，自然人申请43件，法人或其他组织申请9件。", "43件", "natural", "t3.new.natural"),
    ("从申请主体看，自然人申请43件，法人或其他组织申请9件。", "9件", "org", _ORG),
    ("全年收到政府信息公开申请33件，其中28件由自然人提出，5件由法人或其他组织提出。", "28件", "natural", "t3.new.natural"),
    ("全年收到政府信息公开申请33件，其中28件由自然人提出，5件由法人或其他组织提出。", "5件", "org", _ORG),
    ("新收申请中，来自公民个人的有31件。", "31件", "natural", "t3.new.natural"),
    (_APPLICANTS, "6件", "commercial", "t3.new.commercial"),
    (_APPLICANTS, "2件", "research", "t3.new.research"),
    (_APPLICANTS, "1件", "social_welfare", "t3.new.social_welfare"),
    (_APPLICANTS, "4件", "legal_service", "t3.new.legal_service"),
    ("收到申请40件，其中自然人申请35件、商业企业申请5件。", "5件", "commercial", "t3.new.commercial"),
    ("商业企业提出的申请（7件）主要涉及招投标信息。", "7件", "commercial", "t3.new.commercial"),
    ("律师事务所等法律服务机构提出申请3件。", "3件", "legal_service", "t3.new.legal_service"),
    ("环保类社会公益组织提出申请2件。", "2件", "social_welfare", "t3.new.social_welfare"),
    ("科研机构提交申请1件，涉及科研项目经费信息。", "1件", "research", "t3.new.research"),
    # carried over from last year
    ("全年共受理政府信息公开申请35件（其中上年结转2件）。", "2件", "carried_over", "t3.carried_over.total"),
    ("上一年度结转至本年度办理的申请4件。", "4件", "carried_over", "t3.carried_over.total"),
    ("依申请公开方面，连同上年结转的3件，全年共办理申请25件。", "3件", "carried_over", "t3.carried_over.total"),
    ("上年结转申请0件，本年新收申请8件。", "0件", "carried_over", "t3.carried_over.total"),
    ("上年结转的5件申请已于一季度全部办结。", "5件", "carried_over", "t3.carried_over.total"),
    # carried forward to next year
    ("另有1件申请结转至下年度办理。", "1件", "carried_forward", "t3.carried_forward.total"),
    ("截至年底，结转下年度办理的申请为0件。", "0件", "carried_forward", "t3.carried_forward.total"),
    ("截至12月底，尚未办结、结转下年度的申请2件。", "2件", "carried_forward", "t3.carried_forward.total"),
    # outcomes: a list, a 分别为 list, parentheses
    (_OUTCOME_LIST, "21件", "granted", "t3.granted.total"),
    (_OUTCOME_LIST, "4件", "partial", "t3.partial.total"),
    (_OUTCOME_LIST, "2件", "denied", _DENIED),
    (_OUTCOME_LIST, "7件", "unable", _UNABLE),
    (_OUTCOME_LIST, "3件", "not_processed", _NOTPROC),
    (_OUTCOME_LIST, "1件", "other_processing", _OTHER),
    (_OUTCOME_RESP, "15件", "granted", "t3.granted.total"),
    (_OUTCOME_RESP, "9件", "unable", _UNABLE),
    (_OUTCOME_RESP, "1件", "not_processed", _NOTPROC),
    (_OUTCOME_PAREN, "12件", "granted", "t3.granted.total"),
    (_OUTCOME_PAREN, "5件", "unable", _UNABLE),
    # outcomes one at a time
    ("市教育局对11件申请予以公开。", "11件", "granted", "t3.granted.total"),
    ("有3件申请作部分公开处理。", "3件", "partial", "t3.partial.total"),
    ("在办结的申请中，予以公开和部分公开的共18件。", "18件", "granted_partial", "t3.granted.total+t3.partial.total"),
    ("予以公开或部分公开的申请合计14件。", "14件", "granted_partial", "t3.granted.total+t3.partial.total"),
    ("对收到的申请经审查，决定不予公开的1件。", "1件", "denied", _DENIED),
    ("不予公开的申请共计3件，均已书面告知理由。", "3件", "denied", _DENIED),
    ("告知申请人本机关不掌握相关政府信息2件。", "2件", "not_held", "t3.unable.not_held.total"),
    ("经检索，申请公开的信息本机关不掌握的有4件。", "4件", "not_held", "t3.unable.not_held.total"),
    ("县民政局答复无法提供的申请8件。", "8件", "unable", _UNABLE),
    ("作出不予处理决定的申请2件。", "2件", "not_processed", _NOTPROC),
    ("对信访类申请经审查依法不予处理1件。", "1件", "not_processed", _NOTPROC),
    ("镇政府对收到的申请作其他处理3件。", "3件", "other_processing", _OTHER),
    # processed and the processing rate
    ("省水利厅本年度共办结信息公开申请37件，办结率100%。", "37件", "processed", "t3.total_processed.total"),
    ("省水利厅本年度共办结信息公开申请37件，办结率100%。", "100%", "processing_rate", _RATE),
    ("已答复申请人的申请19件。", "19件", "processed", "t3.total_processed.total"),
    ("对收到的申请已全部作出答复，共计答复22件。", "22件", "processed", "t3.total_processed.total"),
    ("医院院务公开申请办结率100%，无超期答复情况。", "100%", "processing_rate", _RATE),
    ("依申请公开办结率百分之百。", "百分之百", "processing_rate", _RATE),
    # review and litigation: counts
    ("本局作出的政府信息公开答复被申请行政复议的有3件。", "3件", "review", "t4.review.total"),
    ("本年度共有2起政府信息公开行政复议案件，均已审结。", "2起", "review", "t4.review.total"),
    ("申请人不服答复向人民法院提起行政诉讼的1宗。", "1宗", "litigation", _LIT),
    ("未经复议直接提起行政诉讼2件。", "2件", "litigation", "t4.lit_direct.total"),
    ("被申请行政复议和被提起行政诉讼分别为3宗和2宗。", "2宗", "litigation", _LIT),
    ("本机关涉及政府信息公开的复议、诉讼案件共4起。", "4起", "review_and_litigation", _T4_ALL),
    ("因政府信息公开引发的行政争议案件（含行政复议和行政诉讼）共5件。", "5件", "review_and_litigation", _T4_ALL),
    # review and litigation: outcomes
    (_REVIEW_LIST, "7件", "review", "t4.review.total"),
    (_REVIEW_LIST, "4件", "t4_upheld", "t4.review.upheld"),
    (_REVIEW_LIST, "1件", "t4_corrected", "t4.review.corrected"),
    (_REVIEW_LIST, "0件", "t4_other", "t4.review.other"),
    (_REVIEW_LIST, "2件", "t4_pending", "t4.review.pending"),
    (_LIT_LIST, "2件", "t4_upheld", _LIT_UPHELD),
    (_LIT_LIST, "1件", "t4_pending", _LIT_PENDING),
    (_T4_BOTH, "3件", "t4_upheld", _ALL_UPHELD),
    (_T4_BOTH, "1件", "t4_pending", _ALL_PENDING),
    ("行政复议结果为维持的3件，撤销的1件。", "1件", "t4_corrected", "t4.review.corrected"),
    ("本年度政府信息公开答复被纠错1件。", "1件", "corrected", _ALL_CORRECTED),
    ("经行政复议被纠错2件。", "2件", "corrected", "t4.review.corrected"),
    ("行政复议和行政诉讼中被纠错的案件0件。", "0件", "corrected", _ALL_CORRECTED),
    ("行政诉讼以其他结果结案2件。", "2件", "t4_other", _LIT_OTHER),
    ("行政诉讼案件中尚未审结的2件。", "2件", "t4_pending", _LIT_PENDING),
    # review and litigation: negated zeros
    ("本年度未发生政府信息公开行政复议案件。", "未发生政府信息公开行政复议案件", "review", "t4.review.total"),
    ("市监狱管理局全年未被提起政府信息公开行政诉讼。", "未被提起政府信息公开行政诉讼", "litigation", _LIT),
    ("本局本年度没有发生涉及政府信息公开的行政复议和行政诉讼。", "没有发生涉及政府信息公开的行政复议和行政诉讼",
     "review_and_litigation", _T4_ALL),
    ("公司全年未发生信息公开类行政复议、行政诉讼。", "未发生信息公开类行政复议、行政诉讼",
     "review_and_litigation", _T4_ALL),
    # 表二: normative documents
    ("市生态环境局全年制定出台规范性文件3件。", "3件", "normative_issued", "t2.normative_doc.issued"),
    ("以厅名义制发行政规范性文件12份。", "12份", "normative_issued", "t2.normative_doc.issued"),
    ("本年度新发布行政规范性文件十件，废止两件。", "十件", "normative_issued", "t2.normative_doc.issued"),
    ("本年度新发布行政规范性文件十件，废止两件。", "两件", "normative_repealed", "t2.normative_doc.repealed"),
    ("开展规范性文件集中清理，宣布废止11件。", "11件", "normative_repealed", "t2.normative_doc.repealed"),
    (_T2_NORMATIVE, "4件", "normative_issued", "t2.normative_doc.issued"),
    (_T2_NORMATIVE, "39件", "normative_in_force", "t2.normative_doc.in_force"),
    ("本年度未制定行政规范性文件。", "未制定行政规范性文件", "normative_issued", "t2.normative_doc.issued"),
    ("门户网站全年发布信息1,380条（含行政规范性文件5件）。", "5件", "normative_listed", "t2.normative_doc.issued"),
    # 表二: regulations
    ("本年度制定部门规章2件。", "2件", "regulation_issued", "t2.regulation.issued"),
    ("省政府全年出台政府规章3部。", "3部", "regulation_issued", "t2.regulation.issued"),
    ("本部全年废止部门规章4件。", "4件", "regulation_repealed", "t2.regulation.repealed"),
    ("截至年底，本部现行有效部门规章56件。", "56件", "regulation_in_force", "t2.regulation.in_force"),
    ("省政府现行有效的地方政府规章共计42部。", "42部", "regulation_in_force", "t2.regulation.in_force"),
    (_T2_REGULATION, "0件", "regulation_issued", "t2.regulation.issued"),
    (_T2_REGULATION, "1件", "regulation_repealed", "t2.regulation.repealed"),
    (_T2_REGULATION, "23件", "regulation_in_force", "t2.regulation.in_force"),
    # 表二: decisions
    ("省药监局全年作出行政许可处理决定356件。", "356件", "licensing", "t2.licensing.decisions"),
    ("市场监管局本年度作出行政许可决定4.3万件。", "4.3万件", "licensing", "t2.licensing.decisions"),
    ("下达行政处罚决定书1,035份。", "1,035份", "penalty", "t2.penalty.decisions"),
    ("海关本年度作出行政处罚决定六百二十件。", "六百二十件", "penalty", "t2.penalty.decisions"),
    ("消防救援支队全年实施行政强制措施12次。", "12次", "coercion", "t2.coercion.decisions"),
    ("县公安局本年度作出行政强制决定4件。", "4件", "coercion", "t2.coercion.decisions"),
    ("采取查封、扣押等行政强制措施27件。", "27件", "coercion", "t2.coercion.decisions"),
    (_T2_DECISIONS, "862件", "licensing", "t2.licensing.decisions"),
    (_T2_DECISIONS, "145件", "penalty", "t2.penalty.decisions"),
    (_T2_DECISIONS, "9件", "coercion", "t2.coercion.decisions"),
    # 表二: fees, in 元, 万元 and 亿元
    ("全年收取行政事业性收费86.4万元，全部缴入国库。", "86.4万元", "admin_fee", "t2.admin_fee.amount_wan"),
    ("行政事业性收费金额共计2,560元。", "2,560元", "admin_fee", "t2.admin_fee.amount_wan"),
    ("本年度行政事业性收费收入1.35亿元。", "1.35亿元", "admin_fee", "t2.admin_fee.amount_wan"),
    ("行政事业性收费金额为零元。", "零元", "admin_fee", "t2.admin_fee.amount_wan"),
    ("本年度未收取任何行政事业性收费。", "未收取任何行政事业性收费", "admin_fee", "t2.admin_fee.amount_wan"),
    # concepts with no table target
    ("本年度收取信息处理费合计450元。", "450元", "info_fee", None),
    ("政府信息公开申请按时答复率100%。", "100%", "ontime_rate", None),
    ("政府集中采购项目9个，采购金额213.5万元。", "9个", "procurement_projects", None),
    ("政府集中采购项目9个，采购金额213.5万元。", "213.5万元", "procurement_amount", None),
]

# ------------------------------------------------------------------ look-alikes that restate no table cell
# (sentence, surface of the figure): found, but bound to no concept with a table target
NO_TARGET = [
    # published information, interpretation, media
    ("省统计局全年主动公开政府信息1,024条。", "1,024条"),
    ("发布政策解读材料42篇，其中图文解读18篇。", "42篇"),
    ("召开新闻发布会15场，回应社会关切。", "15场"),
    ("政务新媒体全年发布信息3,400余条。", "3,400余条"),
    ("门户网站全年访问量126万人次。", "126万人次"),
    ("更新政府信息公开目录事项215项。", "215项"),
    # trainings, meetings, inspections
    ("全年举办政务公开培训5期，参训320人次。", "5期"),
    ("全年举办政务公开培训5期，参训320人次。", "320人次"),
    ("组织依申请公开业务培训2场。", "2场"),
    ("对所属单位开展政务公开督查4轮。", "4轮"),
    ("开展行政执法检查46次，发现问题17个。", "46次"),
    ("计划下一年度开展依申请公开专题培训2次。", "2次"),
    # hotlines, messages, complaints, proposals
    ("办理12345热线工单2,316件。", "2,316件"),
    ("回复网民留言683条，按期回复率100%。", "683条"),
    ("热线满意率为96.5%。", "96.5%"),
    ("收到群众投诉举报46件，均已按期办结。", "46件"),
    ("受理群众来信来访132件次。", "132件次"),
    ("办理人大代表建议28件、政协提案35件。", "28件"),
    ("办理人大代表建议28件、政协提案35件。", "35件"),
    ("人大代表建议和政协提案办结率均为100%。", "100%"),
    ("公开征求意见草案12件，收到意见建议87条。", "87条"),
    # other kinds of applications and services
    ("政务服务大厅全年受理办件8.6万件。", "8.6万件"),
    ("市场监管局全年受理行政许可申请1,530件。", "1,530件"),
    ("审核农机购置补贴申请312份。", "312份"),
    ("受理就业创业补贴申请1,045份。", "1,045份"),
    ("政务服务事项按时办结率99.8%。", "99.8%"),
    ("组织行政许可听证3次。", "3次"),
    ("接待群众现场查阅政府信息35人次。", "35人次"),
    # applications by channel or subject
    ("通过电子邮件提交的申请5件，通过信函提交的申请2件。", "5件"),
    ("申请内容涉及社会保险待遇的9件。", "9件"),
    # timeliness and other rates
    ("政府信息公开申请按期办结率为100%。", "100%"),
    ("本年度发文公开率为62%。", "62%"),
    # last year's figures and plans
    ("上一年度收到政府信息公开申请18件。", "18件"),
    ("上年度办结申请12件，本年度工作量有所增加。", "12件"),
    ("上年末现行有效的规范性文件58件。", "58件"),
    ("上年度本机关被申请行政复议1件。", "1件"),
    ("计划明年制定规范性文件5件。", "5件"),
    ("力争下一年度主动公开政府信息500条以上。", "500条以上"),
    # changes
    ("收到的申请数量较上年增加6件。", "6件"),
    ("依申请公开数量同比下降12.5%。", "12.5%"),
    ("行政复议案件比上年减少2件。", "2件"),
    ("行政处罚决定数量同比增长18%。", "18%"),
    ("行政事业性收费较上年减少3.6万元。", "3.6万元"),
    # figures per unit, standards, reductions
    ("不动产登记费每件80元。", "80元"),
    ("复制费按每页0.5元收取。", "0.5元"),
    ("为小微企业减免行政事业性收费3.2万元。", "3.2万元"),
    # information-processing fees (section 六, not 表二)
    ("本年度收取信息处理费240元。", "240元"),
    ("按标准收取信息处理费共计1,800元。", "1,800元"),
    ("信息处理费按件计收，每件100元。", "100元"),
    # central procurement (a 2019-format row, no 2021 cell)
    ("本年度完成政府集中采购项目16个。", "16个"),
    ("政府集中采购金额共计530万元。", "530万元"),
]
