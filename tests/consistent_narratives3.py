"""Invented, fully consistent narratives of government-information-disclosure annual reports
(政府信息公开工作年度报告), a third set for checking that the narrative-versus-table comparison raises no
false alarm.  It concentrates on what tests/consistent_narratives.py and consistent_narratives2.py cover least.

``NARRATIVES`` is a list of dicts ``{"voice", "text", "cells"}`` in the format of those files:

* ``voice``: who is speaking (the kind of issuer, the report section the text imitates, and the trait that the
  entry exercises);
* ``text``: about 110-230 characters in that issuer's style;
* ``cells``: 2021-format table cells (schema keys ``t2.*``, ``t3.*``, ``t4.*`` of shared/domain/schema.json) with
  the values that make every table figure of the text true, plus the cells those values imply, so that the
  table's own identities hold (表三: 一 + 二 = 三(七) + 四 in every column, (七) = sum of the outcome rows,
  总计 = sum of the six applicant columns; 表四: 总计 = 维持 + 纠正 + 其他 + 尚未审结 in each group).  Cells
  that are not listed are 0; zeros that a text asserts (无上年结转, 均为零, 未发生…, 无行政事业性收费) are
  listed explicitly.

The texts dwell on:

* 表三 restated in unusual structures: outcomes per applicant type (自然人的申请中予以公开…, 商业企业的申请…),
  不予公开 broken down by its eight reasons, 无法提供 by 本机关不掌握 / 需要另行制作 / 补正后仍不明确, 不予处理 by
  its five reasons (one applicant's 大量反复申请 among them), 其他处理 by 逾期不补正 / 逾期未缴纳信息处理费 /
  撤回 and other cases, the outcomes of last year's carried-over requests told apart from this year's new
  ones, requests received in late December carried forward, and replies counted per request beside counts per
  item of information or per reply document (项, 份), which are not table figures;
* 表四 restated per group (行政复议 / 未经复议直接起诉 / 复议后起诉) with outcomes, the two litigation groups
  given jointly, lawsuits from 2022 that are either excluded from or (by a stated rule) counted in this year's
  table, cases in which the issuer acted as the review authority (作为复议机关), which are not 表四 figures,
  and 纠错率 / 败诉率 with their stated denominators;
* section 六 and fee sentences: 信息处理费 charged (按件/按量, waived, unpaid) as opposed to 表二's
  行政事业性收费, 行政事业性收费 in 元 with its 万元 equivalent and in 万元 with decimals, 经营服务性收费 that
  is not a 行政事业性收费, last year's fee beside this year's;
* mixtures: one paragraph with this year's and 2022's 表三 or 表四 figures, a system (全省邮政管理系统) beside
  the body whose tables are reported, whole-county and whole-district reports with 县本级 / 区本级 and
  single-department figures, a bureau with its subordinate institutions, approximate statements (余, 以上,
  近六成, 约占四成, 约占三分之一, 绝大多数, 占多数, 全部) and zeros written as 零, 无, 没有, 未, 均未.

Every report as a whole is consistent: each figure that restates a table cell agrees with it, every complete
其中 / 分别为 list adds up, every rate is right at its stated precision and every approximate figure brackets its
cell.  Figures that are not this year's table figures (2022 figures, the whole system's or a sub-unit's figures,
cases decided as review authority, items and reply documents, 信息处理费, 交易服务费, counts of projects,
trainings and published items) are worded so that they cannot be taken for one.

Every issuer, name, figure and sentence here is invented for this test; no text is copied from a real
report.
"""
from __future__ import annotations

NARRATIVES = [
    {
        "voice": "省知识产权局；年报第三部分（办理结果按申请人类型分述，部分类型的结果合并表述）",
        "text": (
            "本局2023年新收政府信息公开申请64件，无上年结转申请。"
            "从申请人类型看，商业企业提出38件，自然人提出17件，法律服务机构提出6件，科研机构提出3件。"
            "商业企业的38件申请中，予以公开19件，部分公开7件，因涉及商业秘密等第三方合法权益不予公开4件，"
            "本机关不掌握相关信息6件，结转下年度2件；"
            "自然人的17件申请中，予以公开8件，无法提供5件，属于投诉举报诉求、依法不予处理4件；"
            "法律服务机构和科研机构提出的9件申请均予以公开。"
        ),
        "cells": {
            "t3.new.natural": 17, "t3.new.commercial": 38, "t3.new.research": 3, "t3.new.legal_service": 6,
                "t3.new.total": 64,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 8, "t3.granted.commercial": 19, "t3.granted.research": 3,
                "t3.granted.legal_service": 6, "t3.granted.total": 36,
            "t3.partial.commercial": 7, "t3.partial.total": 7,
            "t3.denied.third_party.commercial": 4, "t3.denied.third_party.total": 4,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.commercial": 6,
                "t3.unable.not_held.total": 11,
            "t3.not_processed.petition.natural": 4, "t3.not_processed.petition.total": 4,
            "t3.total_processed.natural": 17, "t3.total_processed.commercial": 36,
                "t3.total_processed.research": 3, "t3.total_processed.legal_service": 6,
                "t3.total_processed.total": 62,
            "t3.carried_forward.commercial": 2, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "自治州人民政府办公室；年报第三部分（不予公开按八类理由逐项细分）",
        "text": (
            "2023年，州人民政府办公室新收政府信息公开申请96件，上年结转4件；"
            "全年办结97件，另有3件因需征求第三方意见，结转至2024年继续办理。"
            "办理结果为：予以公开33件，部分公开11件，不予公开14件，无法提供26件，不予处理9件，其他处理4件。"
            "不予公开的14件中，属于国家秘密的2件，其他法律行政法规禁止公开的1件，"
            "涉及第三方合法权益、公开后可能造成损害的5件，属于人事管理等内部事务信息的2件，"
            "属于讨论记录、请示报告等过程性信息的4件。"
        ),
        "cells": {
            "t3.new.natural": 83, "t3.new.commercial": 12, "t3.new.legal_service": 1, "t3.new.total": 96,
            "t3.carried_over.natural": 4, "t3.carried_over.total": 4,
            "t3.granted.natural": 27, "t3.granted.commercial": 6, "t3.granted.total": 33,
            "t3.partial.natural": 8, "t3.partial.commercial": 3, "t3.partial.total": 11,
            "t3.denied.state_secret.natural": 2, "t3.denied.state_secret.total": 2,
            "t3.denied.law_prohibited.natural": 1, "t3.denied.law_prohibited.total": 1,
            "t3.denied.third_party.natural": 3, "t3.denied.third_party.commercial": 2,
                "t3.denied.third_party.total": 5,
            "t3.denied.internal_affairs.natural": 2, "t3.denied.internal_affairs.total": 2,
            "t3.denied.process_info.natural": 4, "t3.denied.process_info.total": 4,
            "t3.unable.not_held.natural": 19, "t3.unable.not_held.legal_service": 1,
                "t3.unable.not_held.total": 20,
            "t3.unable.needs_creation.natural": 4, "t3.unable.needs_creation.total": 4,
            "t3.unable.unclear_after_correction.natural": 2, "t3.unable.unclear_after_correction.total": 2,
            "t3.not_processed.petition.natural": 5, "t3.not_processed.petition.total": 5,
            "t3.not_processed.duplicate.natural": 4, "t3.not_processed.duplicate.total": 4,
            "t3.other.no_correction.natural": 4, "t3.other.no_correction.total": 4,
            "t3.total_processed.natural": 85, "t3.total_processed.commercial": 11,
                "t3.total_processed.legal_service": 1, "t3.total_processed.total": 97,
            "t3.carried_forward.natural": 2, "t3.carried_forward.commercial": 1,
                "t3.carried_forward.total": 3,
        },
    },
    {
        "voice": "县医疗保障局；年报第三部分（无法提供按三种原因细分，上年结转为上年12月收到的申请）",
        "text": (
            "县医保局2023年新收政府信息公开申请47件；"
            "另有2022年12月下旬收到、依法转入本年度办理的申请3件。"
            "上述50件申请均已办结，其中予以公开9件，部分公开2件，不予公开1件，无法提供29件，不予处理6件，"
            "其他处理3件。无法提供的29件中，本机关不掌握相关政府信息的21件，没有现成信息、需要另行制作的6件，"
            "经补正后申请内容仍不明确的2件。不予处理的6件均为以信息公开申请形式提出的投诉举报。"
        ),
        "cells": {
            "t3.new.natural": 46, "t3.new.commercial": 1, "t3.new.total": 47,
            "t3.carried_over.natural": 3, "t3.carried_over.total": 3,
            "t3.granted.natural": 8, "t3.granted.commercial": 1, "t3.granted.total": 9,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 21, "t3.unable.not_held.total": 21,
            "t3.unable.needs_creation.natural": 6, "t3.unable.needs_creation.total": 6,
            "t3.unable.unclear_after_correction.natural": 2, "t3.unable.unclear_after_correction.total": 2,
            "t3.not_processed.petition.natural": 6, "t3.not_processed.petition.total": 6,
            "t3.other.no_correction.natural": 3, "t3.other.no_correction.total": 3,
            "t3.total_processed.natural": 49, "t3.total_processed.commercial": 1,
                "t3.total_processed.total": 50,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "地级市信访局；年报第三部分（不予处理按五类原因逐项列明）",
        "text": (
            "本局本年度新收政府信息公开申请58件，均由自然人提出；上年结转1件。全年办结申请59件，年底无结转。"
            "办理结果中，予以公开12件，部分公开3件，无法提供15件，不予处理27件，其他处理2件。"
            "不予处理的27件，按原因分：属于信访、举报、投诉类申请的14件，重复申请的6件，"
            "要求提供公开出版物的1件，无正当理由大量反复申请的4件，要求本机关确认或重新出具申请人已获取信息的2件。"
            "不予处理比例较高，主要是部分群众将信息公开申请作为表达信访诉求的渠道。"
        ),
        "cells": {
            "t3.new.natural": 58, "t3.new.total": 58,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 12, "t3.granted.total": 12,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.unable.not_held.natural": 13, "t3.unable.not_held.total": 13,
            "t3.unable.unclear_after_correction.natural": 2, "t3.unable.unclear_after_correction.total": 2,
            "t3.not_processed.petition.natural": 14, "t3.not_processed.petition.total": 14,
            "t3.not_processed.duplicate.natural": 6, "t3.not_processed.duplicate.total": 6,
            "t3.not_processed.publication.natural": 1, "t3.not_processed.publication.total": 1,
            "t3.not_processed.mass_repeat.natural": 4, "t3.not_processed.mass_repeat.total": 4,
            "t3.not_processed.confirm_reissue.natural": 2, "t3.not_processed.confirm_reissue.total": 2,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 59, "t3.total_processed.total": 59,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "地级市房屋征收与补偿管理办公室；年报第三部分（其他处理按原因细分，含逾期未缴纳信息处理费）",
        "text": (
            "本年度本办共收到政府信息公开申请83件，上年结转6件，合计89件。年内作出答复81件，结转下年度8件。"
            "答复的81件中，予以公开27件，部分公开10件，不予公开5件，无法提供22件，不予处理7件，"
            "其他处理10件。其他处理的10件中，申请人无正当理由逾期不补正、本办不再处理的7件，"
            "申请人逾期未按收费通知缴纳信息处理费、本办不再处理的2件，申请人主动撤回申请的1件。"
        ),
        "cells": {
            "t3.new.natural": 77, "t3.new.commercial": 6, "t3.new.total": 83,
            "t3.carried_over.natural": 6, "t3.carried_over.total": 6,
            "t3.granted.natural": 24, "t3.granted.commercial": 3, "t3.granted.total": 27,
            "t3.partial.natural": 8, "t3.partial.commercial": 2, "t3.partial.total": 10,
            "t3.denied.third_party.natural": 3, "t3.denied.third_party.total": 3,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.total": 2,
            "t3.unable.not_held.natural": 18, "t3.unable.not_held.total": 18,
            "t3.unable.needs_creation.natural": 4, "t3.unable.needs_creation.total": 4,
            "t3.not_processed.petition.natural": 4, "t3.not_processed.petition.total": 4,
            "t3.not_processed.duplicate.natural": 3, "t3.not_processed.duplicate.total": 3,
            "t3.other.no_correction.natural": 7, "t3.other.no_correction.total": 7,
            "t3.other.unpaid_fee.natural": 2, "t3.other.unpaid_fee.total": 2,
            "t3.other.other.natural": 1, "t3.other.other.total": 1,
            "t3.total_processed.natural": 76, "t3.total_processed.commercial": 5,
                "t3.total_processed.total": 81,
            "t3.carried_forward.natural": 7, "t3.carried_forward.commercial": 1,
                "t3.carried_forward.total": 8,
        },
    },
    {
        "voice": "省地方金融监督管理局；年报第三部分（上年结转申请的办理结果单独交代、办结率两位小数）",
        "text": (
            "本局2023年新收政府信息公开申请41件，其中自然人29件，商业企业10件，法律服务机构2件。"
            "2022年结转至本年度的5件申请，已于今年1月份全部作出答复，其中予以公开2件，无法提供3件。"
            "连同结转申请，本年度共办结44件，办结率95.65%；"
            "截至12月31日，尚有2件处于法定答复期内，结转下年度办理。"
            "申请内容主要涉及地方金融组织的设立审批、监管评级和风险处置。"
        ),
        "cells": {
            "t3.new.natural": 29, "t3.new.commercial": 10, "t3.new.legal_service": 2, "t3.new.total": 41,
            "t3.carried_over.natural": 4, "t3.carried_over.commercial": 1, "t3.carried_over.total": 5,
            "t3.granted.natural": 11, "t3.granted.commercial": 5, "t3.granted.legal_service": 2,
                "t3.granted.total": 18,
            "t3.partial.natural": 2, "t3.partial.commercial": 2, "t3.partial.total": 4,
            "t3.denied.third_party.commercial": 2, "t3.denied.third_party.total": 2,
            "t3.unable.not_held.natural": 10, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.total": 12,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.total": 3,
            "t3.not_processed.petition.natural": 3, "t3.not_processed.petition.total": 3,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 31, "t3.total_processed.commercial": 11,
                "t3.total_processed.legal_service": 2, "t3.total_processed.total": 44,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "地级市工业和信息化局；年报第三部分（12月下旬收到的申请结转下年度，不计入办理结果）",
        "text": (
            "全年收到政府信息公开申请26件，上年无结转。其中商业企业申请15件，占57.7%；自然人申请9件；"
            "科研机构和其他组织各1件。"
            "截至年底办结23件：予以公开11件，部分公开4件，不予公开2件（均属于过程性信息），无法提供5件，"
            "其他处理1件。"
            "12月下旬收到的3件申请尚在法定答复期限内，已结转至2024年1月办理，本报告未计入办理结果。"
        ),
        "cells": {
            "t3.new.natural": 9, "t3.new.commercial": 15, "t3.new.research": 1, "t3.new.org_other": 1,
                "t3.new.total": 26,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 3, "t3.granted.commercial": 7, "t3.granted.research": 1,
                "t3.granted.total": 11,
            "t3.partial.natural": 2, "t3.partial.commercial": 2, "t3.partial.total": 4,
            "t3.denied.process_info.natural": 1, "t3.denied.process_info.commercial": 1,
                "t3.denied.process_info.total": 2,
            "t3.unable.not_held.natural": 1, "t3.unable.not_held.commercial": 3,
                "t3.unable.not_held.org_other": 1, "t3.unable.not_held.total": 5,
            "t3.other.no_correction.natural": 1, "t3.other.no_correction.total": 1,
            "t3.total_processed.natural": 8, "t3.total_processed.commercial": 13,
                "t3.total_processed.research": 1, "t3.total_processed.org_other": 1,
                "t3.total_processed.total": 23,
            "t3.carried_forward.natural": 1, "t3.carried_forward.commercial": 2,
                "t3.carried_forward.total": 3,
        },
    },
    {
        "voice": "省粮食和物资储备局；年报第三部分（答复按申请件数与按信息条目分别统计）",
        "text": (
            "本局本年度新收政府信息公开申请19件，全部在法定期限内办结，无上年结转，也无结转下年度的申请。"
            "由于部分申请人在一份申请中列明多项信息，按所涉信息条目计共需答复52项，其中提供信息37项，"
            "告知不予公开4项，告知本机关不掌握11项。"
            "年报表格按申请件数统计：予以公开8件，部分公开6件，不予公开1件，无法提供4件。"
            "申请事项主要涉及政府储备粮轮换、粮食收购企业资格和储备库建设项目。"
        ),
        "cells": {
            "t3.new.natural": 11, "t3.new.commercial": 8, "t3.new.total": 19,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 4, "t3.granted.commercial": 4, "t3.granted.total": 8,
            "t3.partial.natural": 3, "t3.partial.commercial": 3, "t3.partial.total": 6,
            "t3.denied.third_party.commercial": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 4, "t3.unable.not_held.total": 4,
            "t3.total_processed.natural": 11, "t3.total_processed.commercial": 8,
                "t3.total_processed.total": 19,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "省科学技术厅；年报第三部分（五类法人或其他组织逐类列出，办理结果按申请人分组）",
        "text": (
            "本厅2023年新收政府信息公开申请37件，上年结转2件。"
            "法人或其他组织提出的申请较多，共21件：商业企业9件，科研机构7件，社会公益组织1件，法律服务机构3件，"
            "其他组织1件；自然人提出16件。办理结果按申请人类型分：科研机构的申请全部予以公开；"
            "商业企业的申请予以公开5件、部分公开3件、不予公开1件；"
            "其余申请人的申请（含上年结转的2件）中，予以公开9件、部分公开2件、无法提供9件、不予处理2件，"
            "另有1件结转下年度。"
        ),
        "cells": {
            "t3.new.natural": 16, "t3.new.commercial": 9, "t3.new.research": 7, "t3.new.social_welfare": 1,
                "t3.new.legal_service": 3, "t3.new.org_other": 1, "t3.new.total": 37,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 6, "t3.granted.commercial": 5, "t3.granted.research": 7,
                "t3.granted.social_welfare": 1, "t3.granted.legal_service": 2, "t3.granted.total": 21,
            "t3.partial.natural": 1, "t3.partial.commercial": 3, "t3.partial.legal_service": 1,
                "t3.partial.total": 5,
            "t3.denied.third_party.commercial": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 8, "t3.unable.not_held.org_other": 1, "t3.unable.not_held.total": 9,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.total_processed.natural": 17, "t3.total_processed.commercial": 9,
                "t3.total_processed.research": 7, "t3.total_processed.social_welfare": 1,
                "t3.total_processed.legal_service": 3, "t3.total_processed.org_other": 1,
                "t3.total_processed.total": 38,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
    },
    {
        "voice": "县级市人民政府；年报第三部分（分号列举，无法提供、不予处理、其他处理在括号内再分）",
        "text": (
            "市人民政府（含市政府办公室）全年新收政府信息公开申请143件，上年结转9件，结转下年度6件，"
            "全年办结146件。其中：予以公开52件；部分公开18件；不予公开7件；"
            "无法提供39件（本机关不掌握31件，需另行制作6件，补正后仍不明确2件）；"
            "不予处理21件（信访举报投诉类11件，重复申请7件，要求提供公开出版物3件）；"
            "其他处理9件（逾期不补正8件，其他1件）。"
        ),
        "cells": {
            "t3.new.natural": 126, "t3.new.commercial": 14, "t3.new.legal_service": 3, "t3.new.total": 143,
            "t3.carried_over.natural": 8, "t3.carried_over.commercial": 1, "t3.carried_over.total": 9,
            "t3.granted.natural": 42, "t3.granted.commercial": 8, "t3.granted.legal_service": 2,
                "t3.granted.total": 52,
            "t3.partial.natural": 15, "t3.partial.commercial": 3, "t3.partial.total": 18,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 3,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.total": 2,
            "t3.denied.enforcement_file.natural": 1, "t3.denied.enforcement_file.legal_service": 1,
                "t3.denied.enforcement_file.total": 2,
            "t3.unable.not_held.natural": 29, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.total": 31,
            "t3.unable.needs_creation.natural": 6, "t3.unable.needs_creation.total": 6,
            "t3.unable.unclear_after_correction.natural": 2, "t3.unable.unclear_after_correction.total": 2,
            "t3.not_processed.petition.natural": 11, "t3.not_processed.petition.total": 11,
            "t3.not_processed.duplicate.natural": 7, "t3.not_processed.duplicate.total": 7,
            "t3.not_processed.publication.natural": 3, "t3.not_processed.publication.total": 3,
            "t3.other.no_correction.natural": 8, "t3.other.no_correction.total": 8,
            "t3.other.other.natural": 1, "t3.other.other.total": 1,
            "t3.total_processed.natural": 129, "t3.total_processed.commercial": 14,
                "t3.total_processed.legal_service": 3, "t3.total_processed.total": 146,
            "t3.carried_forward.natural": 5, "t3.carried_forward.commercial": 1,
                "t3.carried_forward.total": 6,
        },
    },
    {
        "voice": "地级市港口管理局；年报第三部分（法人申请的不予公开理由，首尾无结转）",
        "text": (
            "本年度本局新收政府信息公开申请22件，其中商业企业提出13件，自然人提出6件，法律服务机构提出3件；"
            "无上年结转，年底亦无结转。"
            "商业企业的申请多涉及港口岸线使用和危险货物作业许可，其中有4件因所涉信息包含其他企业的经营数据，"
            "经征求第三方意见后决定不予公开；法律服务机构提出的3件中，有2件所需信息属于行政执法案卷，不予公开。"
            "全年予以公开9件，部分公开4件，不予公开6件，无法提供3件。"
        ),
        "cells": {
            "t3.new.natural": 6, "t3.new.commercial": 13, "t3.new.legal_service": 3, "t3.new.total": 22,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 2, "t3.granted.commercial": 6, "t3.granted.legal_service": 1,
                "t3.granted.total": 9,
            "t3.partial.natural": 1, "t3.partial.commercial": 3, "t3.partial.total": 4,
            "t3.denied.third_party.commercial": 4, "t3.denied.third_party.total": 4,
            "t3.denied.enforcement_file.legal_service": 2, "t3.denied.enforcement_file.total": 2,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.total": 3,
            "t3.total_processed.natural": 6, "t3.total_processed.commercial": 13,
                "t3.total_processed.legal_service": 3, "t3.total_processed.total": 22,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "县乡村振兴局；年报第一、三、四部分（无、零、未、均未等否定式零）",
        "text": (
            "2023年，本局共收到政府信息公开申请4件，均为自然人提出，"
            "主要咨询脱贫人口小额信贷和帮扶项目资产管理情况。"
            "4件申请均予以公开，无部分公开、不予公开和无法提供的情形，也无不予处理或其他处理的申请；"
            "上年结转和结转下年度的申请数均为零。全年本局未被申请行政复议，也未被提起行政诉讼。"
        ),
        "cells": {
            "t3.new.natural": 4, "t3.new.total": 4,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 4, "t3.granted.total": 4,
            "t3.partial.total": 0,
            "t3.denied.state_secret.total": 0,
            "t3.denied.third_party.total": 0,
            "t3.unable.not_held.total": 0,
            "t3.not_processed.petition.total": 0,
            "t3.other.no_correction.total": 0,
            "t3.total_processed.natural": 4, "t3.total_processed.total": 4,
            "t3.carried_forward.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市城市更新局；年报第一部分（绝大多数、近六成、占多数、全部等约数）",
        "text": (
            "本局2023年收到政府信息公开申请211件，绝大多数由自然人提出，"
            "主要涉及旧城改造项目的规划审批、补偿方案和安置房分配。"
            "由于相当一部分申请所涉信息由区级征收部门制作和保存，无法提供的申请近六成；"
            "其余申请中，予以公开和部分公开的占多数。"
            "全部申请均在法定期限内答复，年初没有上年结转的申请，年底也没有结转到下一年度的申请。"
        ),
        "cells": {
            "t3.new.natural": 198, "t3.new.commercial": 9, "t3.new.org_other": 4, "t3.new.total": 211,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 31, "t3.granted.commercial": 5, "t3.granted.org_other": 2,
                "t3.granted.total": 38,
            "t3.partial.natural": 9, "t3.partial.commercial": 2, "t3.partial.total": 11,
            "t3.denied.third_party.natural": 5, "t3.denied.third_party.total": 5,
            "t3.denied.process_info.natural": 4, "t3.denied.process_info.total": 4,
            "t3.unable.not_held.natural": 109, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.org_other": 2, "t3.unable.not_held.total": 113,
            "t3.unable.needs_creation.natural": 8, "t3.unable.needs_creation.total": 8,
            "t3.unable.unclear_after_correction.natural": 4, "t3.unable.unclear_after_correction.total": 4,
            "t3.not_processed.petition.natural": 12, "t3.not_processed.petition.total": 12,
            "t3.not_processed.duplicate.natural": 8, "t3.not_processed.duplicate.total": 8,
            "t3.other.no_correction.natural": 8, "t3.other.no_correction.total": 8,
            "t3.total_processed.natural": 198, "t3.total_processed.commercial": 9,
                "t3.total_processed.org_other": 4, "t3.total_processed.total": 211,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "省文物局；年报第三部分（区分处理的申请只计部分公开的口径说明）",
        "text": (
            "本局年内新收政府信息公开申请18件，上年结转1件，均已办结。"
            "办理结果为予以公开6件，部分公开5件，不予公开2件，无法提供4件，不予处理2件。"
            "需要说明的是，部分公开的5件中有3件同时涉及第三方个人信息和文物安全信息，按照统计口径，"
            "对区分处理的申请只计入部分公开，不再重复计入不予公开；"
            "不予公开的2件均因公开后可能危及文物安全，属于危及“三安全一稳定”的情形。"
        ),
        "cells": {
            "t3.new.natural": 14, "t3.new.research": 3, "t3.new.org_other": 1, "t3.new.total": 18,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 4, "t3.granted.research": 2, "t3.granted.total": 6,
            "t3.partial.natural": 4, "t3.partial.research": 1, "t3.partial.total": 5,
            "t3.denied.security_stability.natural": 2, "t3.denied.security_stability.total": 2,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.org_other": 1, "t3.unable.not_held.total": 4,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.total_processed.natural": 15, "t3.total_processed.research": 3,
                "t3.total_processed.org_other": 1, "t3.total_processed.total": 19,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "地级市机关事务管理局；年报第三部分（上年结转与本年新收分开交代办理结果）",
        "text": (
            "本局2022年度结转的6件申请，本年度全部办结：予以公开2件，部分公开1件，无法提供2件，"
            "申请人逾期不补正、终止办理1件。2023年新收申请15件，年内办结13件，其余2件结转下年度继续办理。"
            "新收申请的办理结果中，予以公开6件，部分公开1件，不予公开1件，无法提供4件，不予处理1件。"
            "两部分合计，本年度共办结申请19件。"
        ),
        "cells": {
            "t3.new.natural": 15, "t3.new.total": 15,
            "t3.carried_over.natural": 5, "t3.carried_over.commercial": 1, "t3.carried_over.total": 6,
            "t3.granted.natural": 7, "t3.granted.commercial": 1, "t3.granted.total": 8,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.denied.internal_affairs.natural": 1, "t3.denied.internal_affairs.total": 1,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.total": 5,
            "t3.unable.needs_creation.natural": 1, "t3.unable.needs_creation.total": 1,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.other.no_correction.natural": 1, "t3.other.no_correction.total": 1,
            "t3.total_processed.natural": 18, "t3.total_processed.commercial": 1,
                "t3.total_processed.total": 19,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "省体育局；年报第三部分（结转下年度的申请按收到时间和申请人类型说明）",
        "text": (
            "2023年本局新收政府信息公开申请31件，上年结转0件。"
            "已办结27件，其中予以公开12件，部分公开3件，不予公开1件，无法提供7件，不予处理4件。"
            "结转下年度的4件均为12月18日以后收到、尚未届满答复期限的申请，其中自然人3件，商业企业1件。"
            "申请内容主要是大型体育赛事承办、体育彩票公益金使用和公共体育场馆免费开放等。"
        ),
        "cells": {
            "t3.new.natural": 24, "t3.new.commercial": 6, "t3.new.social_welfare": 1, "t3.new.total": 31,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 8, "t3.granted.commercial": 3, "t3.granted.social_welfare": 1,
                "t3.granted.total": 12,
            "t3.partial.natural": 2, "t3.partial.commercial": 1, "t3.partial.total": 3,
            "t3.denied.third_party.commercial": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 7, "t3.unable.not_held.total": 7,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.total_processed.natural": 21, "t3.total_processed.commercial": 5,
                "t3.total_processed.social_welfare": 1, "t3.total_processed.total": 27,
            "t3.carried_forward.natural": 3, "t3.carried_forward.commercial": 1,
                "t3.carried_forward.total": 4,
        },
    },
    {
        "voice": "市辖区房屋管理局；年报第三部分（同一申请人大量反复申请，不予处理的其余原因）",
        "text": (
            "本年度本局新收政府信息公开申请127件，上年结转3件。"
            "其中，同一申请人以相同或相近内容先后提出的申请达68件，经审查认定属于无正当理由大量反复申请，"
            "依法不予处理并已书面告知；其余不予处理的9件中，信访投诉类5件、重复申请4件。"
            "全年共办结128件，其中予以公开21件，部分公开6件，不予公开3件，无法提供18件，不予处理77件，"
            "其他处理3件；结转下年度2件。"
        ),
        "cells": {
            "t3.new.natural": 125, "t3.new.commercial": 2, "t3.new.total": 127,
            "t3.carried_over.natural": 3, "t3.carried_over.total": 3,
            "t3.granted.natural": 19, "t3.granted.commercial": 2, "t3.granted.total": 21,
            "t3.partial.natural": 6, "t3.partial.total": 6,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.denied.process_info.natural": 1, "t3.denied.process_info.total": 1,
            "t3.unable.not_held.natural": 15, "t3.unable.not_held.total": 15,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.total": 3,
            "t3.not_processed.petition.natural": 5, "t3.not_processed.petition.total": 5,
            "t3.not_processed.duplicate.natural": 4, "t3.not_processed.duplicate.total": 4,
            "t3.not_processed.mass_repeat.natural": 68, "t3.not_processed.mass_repeat.total": 68,
            "t3.other.no_correction.natural": 3, "t3.other.no_correction.total": 3,
            "t3.total_processed.natural": 126, "t3.total_processed.commercial": 2,
                "t3.total_processed.total": 128,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "省广播电视局；年报第三部分（其他处理中的撤回申请与“其他”情形）",
        "text": (
            "本局全年新收政府信息公开申请12件，上年结转1件，合计13件，全部办结。"
            "办理结果：予以公开5件，部分公开1件，无法提供3件，其他处理4件。"
            "其他处理的4件中，申请人逾期未补正1件；申请人在答复期限内书面撤回申请2件；"
            "另有1件，申请人要求获取本局主办的节目评选活动中评委的打分记录，"
            "本局告知其所需内容不属于政府信息公开申请的范围，并通过其他途径作了说明。"
        ),
        "cells": {
            "t3.new.natural": 11, "t3.new.commercial": 1, "t3.new.total": 12,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 4, "t3.granted.commercial": 1, "t3.granted.total": 5,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.total": 3,
            "t3.other.no_correction.natural": 1, "t3.other.no_correction.total": 1,
            "t3.other.other.natural": 3, "t3.other.other.total": 3,
            "t3.total_processed.natural": 12, "t3.total_processed.commercial": 1,
                "t3.total_processed.total": 13,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "省通信管理局；年报第三部分（需办理总量、办结率、公开合计的占比）",
        "text": (
            "本局本年度新收政府信息公开申请53件，上年结转申请7件，需办理总量60件，"
            "上年结转的7件已在一季度全部办结。全年共办结57件，办结率95%，结转下年度3件。"
            "办结的57件中，予以公开、部分公开的共24件，占42.1%；"
            "不予公开5件，无法提供19件，不予处理6件，其他处理3件。"
        ),
        "cells": {
            "t3.new.natural": 36, "t3.new.commercial": 17, "t3.new.total": 53,
            "t3.carried_over.natural": 5, "t3.carried_over.commercial": 2, "t3.carried_over.total": 7,
            "t3.granted.natural": 8, "t3.granted.commercial": 9, "t3.granted.total": 17,
            "t3.partial.natural": 3, "t3.partial.commercial": 4, "t3.partial.total": 7,
            "t3.denied.law_prohibited.natural": 2, "t3.denied.law_prohibited.total": 2,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.commercial": 2,
                "t3.denied.third_party.total": 3,
            "t3.unable.not_held.natural": 12, "t3.unable.not_held.commercial": 3,
                "t3.unable.not_held.total": 15,
            "t3.unable.needs_creation.natural": 4, "t3.unable.needs_creation.total": 4,
            "t3.not_processed.petition.natural": 4, "t3.not_processed.petition.total": 4,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.other.no_correction.natural": 3, "t3.other.no_correction.total": 3,
            "t3.total_processed.natural": 39, "t3.total_processed.commercial": 18,
                "t3.total_processed.total": 57,
            "t3.carried_forward.natural": 2, "t3.carried_forward.commercial": 1,
                "t3.carried_forward.total": 3,
        },
    },
    {
        "voice": "省人民政府国有资产监督管理委员会；年报第四部分（三组逐一给出结果，撤诉计其他结果）",
        "text": (
            "本委2023年涉及政府信息公开的行政复议案件有5件，其中维持原答复3件，复议机关责令重新答复1件，"
            "截至年底尚未审结1件。"
            "被提起行政诉讼4件：未经复议直接起诉的3件，法院判决驳回诉讼请求2件、原告撤诉1件；"
            "经复议后起诉的1件，一审判决维持本委的答复。全年复议、诉讼案件中被纠错的共1件。"
        ),
        "cells": {
            "t4.review.upheld": 3, "t4.review.corrected": 1, "t4.review.pending": 1, "t4.review.total": 5,
            "t4.lit_direct.upheld": 2, "t4.lit_direct.other": 1, "t4.lit_direct.total": 3,
            "t4.lit_after_review.upheld": 1, "t4.lit_after_review.total": 1,
        },
    },
    {
        "voice": "省监狱管理局；年报第四部分（上年已统计、本年审结的诉讼案件不重复计入）",
        "text": (
            "本年度本局新发生政府信息公开行政复议案件2件，复议机关均维持了本局的答复；"
            "新发生行政诉讼案件1件，系申请人未经复议直接向法院起诉，截至年底法院尚未作出判决。"
            "另有2022年被起诉、当年未审结的2件行政诉讼案件，已于2023年先后由二审法院判决驳回上诉，"
            "这2件已在上一年度报告中统计，本年度不再重复计入。"
        ),
        "cells": {
            "t4.review.upheld": 2, "t4.review.total": 2,
            "t4.lit_direct.pending": 1, "t4.lit_direct.total": 1,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "旗人民政府（内蒙古）；年报第四部分（本机关作为复议机关办理的案件不列入表四）",
        "text": (
            "2023年，以旗人民政府为被申请人的政府信息公开行政复议案件1件，经盟行政公署复议，维持了原答复；"
            "以旗人民政府为被告的政府信息公开行政诉讼案件2件，均为未经复议直接起诉，其中1件判决驳回原告诉讼请求，"
            "1件尚在审理中。"
            "此外，旗人民政府作为行政复议机关，全年受理以各苏木镇和旗直部门为被申请人的政府信息公开类复议申请13件，"
            "审结11件，其中撤销原答复或责令重新答复4件；这些案件中旗人民政府不是被申请人，按规定不列入本报告表四。"
        ),
        "cells": {
            "t4.review.upheld": 1, "t4.review.total": 1,
            "t4.lit_direct.upheld": 1, "t4.lit_direct.pending": 1, "t4.lit_direct.total": 2,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "港区管理委员会；年报第四部分（以已审结案件计的纠错率与败诉率）",
        "text": (
            "本年度港区管委会因政府信息公开被申请行政复议6件，被提起行政诉讼4件，合计10件。"
            "复议案件中维持4件、纠正1件、尚未审结1件；"
            "诉讼案件均为未经复议直接起诉，法院判决维持3件、判决确认违法1件。"
            "以已审结的9件计，被纠错2件，纠错率为22.2%；其中行政诉讼4件均已审结，败诉1件，败诉率为25%。"
        ),
        "cells": {
            "t4.review.upheld": 4, "t4.review.corrected": 1, "t4.review.pending": 1, "t4.review.total": 6,
            "t4.lit_direct.upheld": 3, "t4.lit_direct.corrected": 1, "t4.lit_direct.total": 4,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市交通运输综合行政执法支队；年报第四部分（复议后起诉与未发生直接起诉）",
        "text": (
            "本支队2023年政府信息公开行政复议、行政诉讼案件共9件。"
            "行政复议7件，其中结果维持4件，结果纠正2件，其他结果1件（申请人撤回复议申请）；"
            "复议决定作出后，申请人不服又向法院起诉的2件，1件法院判决驳回诉讼请求，1件尚未审结。"
            "本年度未发生未经复议直接起诉的案件。"
        ),
        "cells": {
            "t4.review.upheld": 4, "t4.review.corrected": 2, "t4.review.other": 1, "t4.review.total": 7,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.upheld": 1, "t4.lit_after_review.pending": 1, "t4.lit_after_review.total": 2,
        },
    },
    {
        "voice": "县科学技术局；年报第三、四部分简述（汉字数字，复议诉讼“均为零”）",
        "text": (
            "本年度县科技局收到政府信息公开申请三件，均为科技型企业提出，涉及高新技术企业认定和科技项目资金拨付，"
            "三件均予以公开。上年度没有结转的申请，本年度也没有需要结转的申请。"
            "涉及政府信息公开的行政复议、行政诉讼案件数均为零。"
        ),
        "cells": {
            "t3.new.commercial": 3, "t3.new.total": 3,
            "t3.carried_over.total": 0,
            "t3.granted.commercial": 3, "t3.granted.total": 3,
            "t3.total_processed.commercial": 3, "t3.total_processed.total": 3,
            "t3.carried_forward.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "计划单列市人民政府；年报第四部分（诉讼两组合并给出结果，并与2022年比较）",
        "text": (
            "2023年本市人民政府因政府信息公开被申请行政复议28件，"
            "结果维持19件、结果纠正3件、其他结果2件、尚未审结4件；"
            "被提起行政诉讼35件，其中未经复议直接起诉31件、复议后起诉4件。"
            "与2022年复议21件、诉讼29件的数量相比，两类案件均有所增加。"
            "本年度诉讼案件中，法院判决维持22件，判决纠正2件，以其他方式结案4件，尚未审结7件。"
            "全年复议和诉讼被纠错合计5件。"
        ),
        "cells": {
            "t4.review.upheld": 19, "t4.review.corrected": 3, "t4.review.other": 2, "t4.review.pending": 4,
                "t4.review.total": 28,
            "t4.lit_direct.upheld": 20, "t4.lit_direct.corrected": 2, "t4.lit_direct.other": 3,
                "t4.lit_direct.pending": 6, "t4.lit_direct.total": 31,
            "t4.lit_after_review.upheld": 2, "t4.lit_after_review.other": 1, "t4.lit_after_review.pending": 1,
                "t4.lit_after_review.total": 4,
        },
    },
    {
        "voice": "地级市园林绿化局；年报第四部分（上年起诉、本年审结的案件按口径计入本年度）",
        "text": (
            "本局本年度统计的政府信息公开行政诉讼案件共3件，均为未经复议直接起诉，"
            "包括2022年12月起诉、2023年4月判决驳回诉讼请求的1件，以及本年新起诉的2件；"
            "新起诉的2件中，1件已判决驳回诉讼请求，1件尚未审结。"
            "按照上级主管部门的统计口径，以上3件均计入本年度表四。本年度本局未被申请行政复议。"
        ),
        "cells": {
            "t4.review.total": 0,
            "t4.lit_direct.upheld": 2, "t4.lit_direct.pending": 1, "t4.lit_direct.total": 3,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "国家级新区管理委员会；年报第四部分（汉字数字，复议纠错率定义为纠正件数占已审结件数）",
        "text": (
            "本年度新区管委会因政府信息公开引发的行政复议案件十二件、行政诉讼案件九件。"
            "复议案件中，维持八件，纠正两件，终止一件，尚未审结一件。"
            "诉讼案件中，未经复议直接起诉的六件，已审结五件且均判决维持，一件尚未判决；"
            "复议后起诉的三件，法院判决维持两件、判决撤销被诉答复一件。"
            "复议纠错率（纠正件数占已审结复议案件数的比例）为百分之十八点二。"
        ),
        "cells": {
            "t4.review.upheld": 8, "t4.review.corrected": 2, "t4.review.other": 1, "t4.review.pending": 1,
                "t4.review.total": 12,
            "t4.lit_direct.upheld": 5, "t4.lit_direct.pending": 1, "t4.lit_direct.total": 6,
            "t4.lit_after_review.upheld": 2, "t4.lit_after_review.corrected": 1,
                "t4.lit_after_review.total": 3,
        },
    },
    {
        "voice": "省档案局；年报第三、六部分（收取信息处理费的人数与金额，表二行政事业性收费为零）",
        "text": (
            "本年度本局新收政府信息公开申请22件，均已办结。依据《政府信息公开信息处理费管理办法》，"
            "本局对2名申请人在一个月内提出的超出合理数量的申请收取了信息处理费，其中按件计收1人、按量计收1人，"
            "合计1,560元，已全额缴入国库。"
            "另有1名申请人收到收费通知后逾期未缴纳，本局依规定不再处理其申请，已计入表三“其他处理”栏。"
            "本局没有行政事业性收费项目，表二相应栏目为0。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 20, "t3.new.research": 2, "t3.new.total": 22,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 8, "t3.granted.research": 2, "t3.granted.total": 10,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.unable.not_held.natural": 6, "t3.unable.not_held.total": 6,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.other.unpaid_fee.natural": 1, "t3.other.unpaid_fee.total": 1,
            "t3.total_processed.natural": 20, "t3.total_processed.research": 2,
                "t3.total_processed.total": 22,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "省无线电管理局；年报第一、六部分（行政事业性收费以元给出并折算万元）",
        "text": (
            "本局依法征收无线电频率占用费，2023年共收取2,846,350元，折合284.635万元，"
            "即表二“行政事业性收费”栏填报的金额；收费依据和标准已在门户网站收费公示栏目公开。"
            "本年度办理依申请公开未收取任何信息处理费。"
            "全年作出无线电台（站）设置使用等行政许可决定1,208件，对违规设台等行为作出行政处罚决定17件，"
            "没有作出行政强制决定。"
        ),
        "cells": {
            "t2.licensing.decisions": 1208,
            "t2.penalty.decisions": 17,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 284.635,
        },
    },
    {
        "voice": "地级市口岸和物流办公室；年报第六部分（分项列出信息处理费与行政事业性收费）",
        "text": (
            "（一）关于信息处理费。本年度本办对1件申请按件计收信息处理费240元；"
            "另有1名申请人因经济困难申请减免，经审核予以免收。（二）关于行政事业性收费。"
            "本办无行政事业性收费项目，本年收费金额为零。（三）关于年度工作要点的落实。"
            "围绕口岸通关便利化，发布口岸收费目录清单和通关时效统计等信息46条，组织进出口企业座谈会3场。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
        },
    },
    {
        "voice": "省教育考试院；年报第一、六部分（考试考务费以万元计，与上年比较）",
        "text": (
            "本院依据省发展改革、财政部门核定的标准收取各类考试考务费，2023年收费金额共计3,127.46万元，"
            "较上年增加约5%，主要原因是自学考试和研究生招生考试报考人数增长。"
            "上述收费属于行政事业性收费，已全部纳入财政专户管理。全年收到信息公开申请19件，均已办结；"
            "本院依申请提供考试成绩复核、录取信息等，不收取信息处理费。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 3127.46,
            "t3.new.natural": 19, "t3.new.total": 19,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 11, "t3.granted.total": 11,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.unable.not_held.natural": 4, "t3.unable.not_held.total": 4,
            "t3.total_processed.natural": 19, "t3.total_processed.total": 19,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "地级市公共资源交易中心；年报第一、六部分（交易服务费属于经营服务性收费，不是表二行政事业性收费）",
        "text": (
            "本中心2023年共完成工程建设、政府采购等各类公共资源交易项目1,364个，交易额186.2亿元。"
            "本中心按规定向中标人收取的交易服务费共计742.8万元，属于经营服务性收费，不属于行政事业性收费，"
            "因此表二“行政事业性收费”栏本年收费金额填报为0。"
            "全年收到政府信息公开申请8件，均为投标企业提出，已全部答复。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
            "t3.new.commercial": 8, "t3.new.total": 8,
            "t3.carried_over.total": 0,
            "t3.granted.commercial": 5, "t3.granted.total": 5,
            "t3.partial.commercial": 1, "t3.partial.total": 1,
            "t3.denied.third_party.commercial": 2, "t3.denied.third_party.total": 2,
            "t3.total_processed.commercial": 8, "t3.total_processed.total": 8,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "省测绘地理信息局；年报第三、六部分（收费以元表述并括注万元，与2022年比较）",
        "text": (
            "本局2023年行政事业性收费金额为5,280元（折合0.528万元），2022年该项收费为7,900元。"
            "本年度共收到政府信息公开申请6件，均予以公开，未向申请人收取信息处理费。"
            "全年通过“天地图”省级节点发布地理信息公共服务数据图层32个。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0.528,
            "t3.new.natural": 4, "t3.new.commercial": 2, "t3.new.total": 6,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 4, "t3.granted.commercial": 2, "t3.granted.total": 6,
            "t3.total_processed.natural": 4, "t3.total_processed.commercial": 2,
                "t3.total_processed.total": 6,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "省能源局；年报第三部分（同一段落里本年与2022年的表三数字并列）",
        "text": (
            "与上一年度相比，本局依申请公开工作量有所上升：2023年新收申请46件，2022年为31件；"
            "2023年予以公开17件、部分公开5件，2022年分别为12件、3件；"
            "2023年结转下年度2件，而2022年末结转至本年度的为1件，已于本年1月办结。"
            "2023年无法提供的14件中，多数是申请人要求提供企业能耗数据等本局不掌握的信息。"
        ),
        "cells": {
            "t3.new.natural": 29, "t3.new.commercial": 17, "t3.new.total": 46,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 9, "t3.granted.commercial": 8, "t3.granted.total": 17,
            "t3.partial.natural": 2, "t3.partial.commercial": 3, "t3.partial.total": 5,
            "t3.denied.third_party.commercial": 3, "t3.denied.third_party.total": 3,
            "t3.unable.not_held.natural": 9, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.total": 11,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.total": 3,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 29, "t3.total_processed.commercial": 16,
                "t3.total_processed.total": 45,
            "t3.carried_forward.natural": 1, "t3.carried_forward.commercial": 1,
                "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "省邮政管理局；年报第三、四部分（全省邮政管理系统数字与省局机关数字并存，表格只统计省局机关）",
        "text": (
            "全省邮政管理系统（省局及所属14个市级邮政管理局）2023年共收到政府信息公开申请137件。"
            "其中省局机关收到29件，另有上年结转1件，本年办结30件，"
            "予以公开12件、部分公开2件、无法提供11件、不予处理5件，年底无结转；"
            "本报告表三、表四仅统计省局机关的数据。"
            "省局机关本年未被申请行政复议，被提起行政诉讼1件（未经复议直接起诉），法院已判决驳回原告的诉讼请求。"
        ),
        "cells": {
            "t3.new.natural": 21, "t3.new.commercial": 8, "t3.new.total": 29,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 7, "t3.granted.commercial": 5, "t3.granted.total": 12,
            "t3.partial.natural": 1, "t3.partial.commercial": 1, "t3.partial.total": 2,
            "t3.unable.not_held.natural": 7, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.total": 9,
            "t3.unable.needs_creation.natural": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 5, "t3.not_processed.petition.total": 5,
            "t3.total_processed.natural": 22, "t3.total_processed.commercial": 8,
                "t3.total_processed.total": 30,
            "t3.carried_forward.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.upheld": 1, "t4.lit_direct.total": 1,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "自治县人民政府（全县汇总）；年报第三部分（县本级与乡镇分列，个别部门数字括注）",
        "text": (
            "本报告统计范围为自治县人民政府及其工作部门、各乡镇人民政府。"
            "全县2023年新收政府信息公开申请178件，其中县本级（县政府办公室及县直部门）收到149件，"
            "各乡镇收到29件；上年结转5件，全部为县本级的申请。全县办结176件，结转下年度7件。"
            "县本级部门中，收到申请较多的是县自然资源局（61件）和县住房和城乡建设局（23件）。"
            "全县各单位均未收取信息处理费。"
        ),
        "cells": {
            "t3.new.natural": 160, "t3.new.commercial": 16, "t3.new.legal_service": 2, "t3.new.total": 178,
            "t3.carried_over.natural": 5, "t3.carried_over.total": 5,
            "t3.granted.natural": 49, "t3.granted.commercial": 9, "t3.granted.legal_service": 2,
                "t3.granted.total": 60,
            "t3.partial.natural": 11, "t3.partial.commercial": 3, "t3.partial.total": 14,
            "t3.denied.third_party.natural": 3, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 4,
            "t3.denied.internal_affairs.natural": 1, "t3.denied.internal_affairs.total": 1,
            "t3.denied.process_info.natural": 3, "t3.denied.process_info.total": 3,
            "t3.unable.not_held.natural": 48, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.total": 50,
            "t3.unable.needs_creation.natural": 9, "t3.unable.needs_creation.total": 9,
            "t3.unable.unclear_after_correction.natural": 3, "t3.unable.unclear_after_correction.total": 3,
            "t3.not_processed.petition.natural": 13, "t3.not_processed.petition.total": 13,
            "t3.not_processed.duplicate.natural": 9, "t3.not_processed.duplicate.total": 9,
            "t3.other.no_correction.natural": 10, "t3.other.no_correction.total": 10,
            "t3.total_processed.natural": 159, "t3.total_processed.commercial": 15,
                "t3.total_processed.legal_service": 2, "t3.total_processed.total": 176,
            "t3.carried_forward.natural": 6, "t3.carried_forward.commercial": 1,
                "t3.carried_forward.total": 7,
        },
    },
    {
        "voice": "省地质矿产勘查开发局；年报第一部分（余、以上、约占四成、约占三分之一、全部）",
        "text": (
            "本局2023年收到政府信息公开申请九十余件，其中六成以上来自商业企业，"
            "主要涉及地质勘查成果资料和矿业权相关信息。"
            "已办结的申请中，予以公开和部分公开的约占四成，因所需信息不由本局掌握而无法提供的约占三分之一。"
            "全部申请均在20个工作日内答复，无延期答复情形，年初年末均无结转。"
        ),
        "cells": {
            "t3.new.natural": 34, "t3.new.commercial": 60, "t3.new.total": 94,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 8, "t3.granted.commercial": 22, "t3.granted.total": 30,
            "t3.partial.natural": 2, "t3.partial.commercial": 6, "t3.partial.total": 8,
            "t3.denied.law_prohibited.commercial": 2, "t3.denied.law_prohibited.total": 2,
            "t3.denied.third_party.commercial": 4, "t3.denied.third_party.total": 4,
            "t3.unable.not_held.natural": 11, "t3.unable.not_held.commercial": 20,
                "t3.unable.not_held.total": 31,
            "t3.not_processed.petition.natural": 6, "t3.not_processed.petition.total": 6,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.commercial": 2,
                "t3.not_processed.duplicate.total": 4,
            "t3.not_processed.publication.natural": 3, "t3.not_processed.publication.total": 3,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.commercial": 4,
                "t3.other.no_correction.total": 6,
            "t3.total_processed.natural": 34, "t3.total_processed.commercial": 60,
                "t3.total_processed.total": 94,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "民族乡人民政府；年报合写段落（为零、没有、无、均未等否定式零）",
        "text": (
            "本乡全年收到的政府信息公开申请数为零，上年也没有结转的申请。"
            "本乡本年未制发行政规范性文件，现行有效的行政规范性文件数为零；本乡无行政事业性收费项目。"
            "全乡均未发生政府信息公开方面的行政复议、行政诉讼案件。"
            "乡政府全年通过县政府门户网站乡镇专栏主动公开信息127条，在各村务公开栏张贴惠农补贴公示表36期。"
        ),
        "cells": {
            "t2.normative_doc.issued": 0, "t2.normative_doc.in_force": 0,
            "t2.admin_fee.amount_wan": 0,
            "t3.new.total": 0,
            "t3.carried_over.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "省戒毒管理局（含所属戒毒所）；年报第三部分（局机关与所属单位分列，局机关的办理结果）",
        "text": (
            "本报告数据涵盖局机关及所属8个强制隔离戒毒所。"
            "2023年共新收政府信息公开申请62件，其中局机关17件，各戒毒所45件；上年结转2件。"
            "全年办结61件，结转下年度3件。"
            "办结申请中，予以公开24件，部分公开5件，不予公开6件，无法提供17件，不予处理7件，其他处理2件。"
            "局机关收到的17件申请中，予以公开9件，其余大多为本机关不掌握的信息。"
        ),
        "cells": {
            "t3.new.natural": 57, "t3.new.legal_service": 5, "t3.new.total": 62,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 21, "t3.granted.legal_service": 3, "t3.granted.total": 24,
            "t3.partial.natural": 4, "t3.partial.legal_service": 1, "t3.partial.total": 5,
            "t3.denied.state_secret.natural": 1, "t3.denied.state_secret.total": 1,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.denied.enforcement_file.natural": 2, "t3.denied.enforcement_file.legal_service": 1,
                "t3.denied.enforcement_file.total": 3,
            "t3.unable.not_held.natural": 14, "t3.unable.not_held.total": 14,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.total": 3,
            "t3.not_processed.petition.natural": 4, "t3.not_processed.petition.total": 4,
            "t3.not_processed.duplicate.natural": 3, "t3.not_processed.duplicate.total": 3,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 56, "t3.total_processed.legal_service": 5,
                "t3.total_processed.total": 61,
            "t3.carried_forward.natural": 3, "t3.carried_forward.total": 3,
        },
    },
    {
        "voice": "地级市民族宗教事务局；年报第三、四部分（上年报告的结转数与本年上年结转衔接，2022年复议数）",
        "text": (
            "本局2022年度报告中结转下年度的申请为2件，即本年度表三“上年结转”的2件，"
            "已于2023年1月全部答复。2023年新收申请11件，较2022年的7件增加4件；"
            "全年办结13件，年底无结转。2022年本局曾被申请行政复议1件；2023年未发生行政复议和行政诉讼。"
        ),
        "cells": {
            "t3.new.natural": 11, "t3.new.total": 11,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 6, "t3.granted.total": 6,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.unable.not_held.natural": 4, "t3.unable.not_held.total": 4,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.total_processed.natural": 13, "t3.total_processed.total": 13,
            "t3.carried_forward.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市外事办公室；年报第三部分（汉字数字，按申请人类型交代结果，答复率百分之百）",
        "text": (
            "二〇二三年，市外事办公室共收到政府信息公开申请七件，其中自然人五件、商业企业两件，无上年结转。"
            "自然人的五件申请中，予以公开三件，本机关不掌握相关信息两件；"
            "商业企业的两件申请，一件予以公开，一件部分公开。七件申请均已办结，答复率百分之百。"
        ),
        "cells": {
            "t3.new.natural": 5, "t3.new.commercial": 2, "t3.new.total": 7,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 3, "t3.granted.commercial": 1, "t3.granted.total": 4,
            "t3.partial.commercial": 1, "t3.partial.total": 1,
            "t3.unable.not_held.natural": 2, "t3.unable.not_held.total": 2,
            "t3.total_processed.natural": 5, "t3.total_processed.commercial": 2,
                "t3.total_processed.total": 7,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "地级市公路事业发展中心；年报第三部分（“分别为”与括号内的不予公开理由、无法提供原因）",
        "text": (
            "本中心本年度收到政府信息公开申请40件，上年结转0件，全部办结。"
            "办理结果分别为：予以公开14件、部分公开5件、不予公开3件、无法提供12件、不予处理4件、其他处理2件。"
            "不予公开的3件分别属于行政执法案卷（2件）和行政查询事项（1件）；"
            "无法提供的12件中，9件属于本中心不掌握的信息，3件需要对现有资料重新汇总加工；"
            "其他处理的2件均为申请人逾期未补正。"
        ),
        "cells": {
            "t3.new.natural": 33, "t3.new.commercial": 7, "t3.new.total": 40,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 10, "t3.granted.commercial": 4, "t3.granted.total": 14,
            "t3.partial.natural": 3, "t3.partial.commercial": 2, "t3.partial.total": 5,
            "t3.denied.enforcement_file.natural": 2, "t3.denied.enforcement_file.total": 2,
            "t3.denied.admin_query.natural": 1, "t3.denied.admin_query.total": 1,
            "t3.unable.not_held.natural": 8, "t3.unable.not_held.commercial": 1,
                "t3.unable.not_held.total": 9,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.total": 3,
            "t3.not_processed.petition.natural": 3, "t3.not_processed.petition.total": 3,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 33, "t3.total_processed.commercial": 7,
                "t3.total_processed.total": 40,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "旅游度假区管理委员会；年报第三部分（按申请件数与按信息事项两种口径）",
        "text": (
            "度假区管委会本年度新收政府信息公开申请21件，涉及的信息事项共计48项。"
            "按申请件数统计，予以公开10件，部分公开4件，无法提供5件，不予处理2件，均在法定期限内答复；"
            "若按信息事项统计，已提供信息的事项为31项，未能提供的事项为17项。"
            "申请人集中关注景区周边土地征收和民宿审批信息。"
        ),
        "cells": {
            "t3.new.natural": 18, "t3.new.commercial": 3, "t3.new.total": 21,
            "t3.granted.natural": 7, "t3.granted.commercial": 3, "t3.granted.total": 10,
            "t3.partial.natural": 4, "t3.partial.total": 4,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.total": 5,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.total_processed.natural": 18, "t3.total_processed.commercial": 3,
                "t3.total_processed.total": 21,
        },
    },
    {
        "voice": "省营商环境建设局；年报第三部分（分项答复的答复书份数不是申请件数）",
        "text": (
            "2023年本局新收政府信息公开申请33件，其中商业企业21件、法律服务机构4件、自然人8件；"
            "另有上年结转2件。全年办结35件，无结转。"
            "对一份申请包含多项内容的，本局分项作出答复，全年共制发答复告知书59份。"
            "以申请件数计，予以公开15件，部分公开6件，不予公开4件，无法提供8件，其他处理2件。"
        ),
        "cells": {
            "t3.new.natural": 8, "t3.new.commercial": 21, "t3.new.legal_service": 4, "t3.new.total": 33,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 3, "t3.granted.commercial": 10, "t3.granted.legal_service": 2,
                "t3.granted.total": 15,
            "t3.partial.natural": 2, "t3.partial.commercial": 4, "t3.partial.total": 6,
            "t3.denied.third_party.commercial": 3, "t3.denied.third_party.legal_service": 1,
                "t3.denied.third_party.total": 4,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.commercial": 4,
                "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 8,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 10, "t3.total_processed.commercial": 21,
                "t3.total_processed.legal_service": 4, "t3.total_processed.total": 35,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "直辖市所辖区人民政府（全区汇总）；年报第三部分（其中区本级与街道、镇分列，个别部门的约数，公开率定义）",
        "text": (
            "本区政府信息公开申请的统计范围为区政府、区政府工作部门和各街道办事处、镇人民政府。"
            "全区新收政府信息公开申请742件，其中区本级（区政府及区政府工作部门）613件，街道、镇129件；"
            "上年结转19件。全区办结748件，结转下年度13件。"
            "区本级收到的613件申请中，区规划和自然资源局、区住房和城乡建设委员会两家合计约占四成。"
            "全区予以公开和部分公开的共291件，公开率（按予以公开与部分公开之和除以办结总数计算）为38.9%。"
        ),
        "cells": {
            "t3.new.natural": 680, "t3.new.commercial": 50, "t3.new.legal_service": 8, "t3.new.org_other": 4,
                "t3.new.total": 742,
            "t3.carried_over.natural": 17, "t3.carried_over.commercial": 2, "t3.carried_over.total": 19,
            "t3.granted.natural": 196, "t3.granted.commercial": 30, "t3.granted.legal_service": 6,
                "t3.granted.org_other": 4, "t3.granted.total": 236,
            "t3.partial.natural": 46, "t3.partial.commercial": 9, "t3.partial.total": 55,
            "t3.denied.third_party.natural": 10, "t3.denied.third_party.commercial": 4,
                "t3.denied.third_party.total": 14,
            "t3.denied.internal_affairs.natural": 2, "t3.denied.internal_affairs.total": 2,
            "t3.denied.process_info.natural": 10, "t3.denied.process_info.total": 10,
            "t3.denied.enforcement_file.natural": 4, "t3.denied.enforcement_file.legal_service": 2,
                "t3.denied.enforcement_file.total": 6,
            "t3.unable.not_held.natural": 262, "t3.unable.not_held.commercial": 8,
                "t3.unable.not_held.total": 270,
            "t3.unable.needs_creation.natural": 22, "t3.unable.needs_creation.total": 22,
            "t3.unable.unclear_after_correction.natural": 9, "t3.unable.unclear_after_correction.total": 9,
            "t3.not_processed.petition.natural": 50, "t3.not_processed.petition.total": 50,
            "t3.not_processed.duplicate.natural": 28, "t3.not_processed.duplicate.total": 28,
            "t3.not_processed.mass_repeat.natural": 8, "t3.not_processed.mass_repeat.total": 8,
            "t3.other.no_correction.natural": 35, "t3.other.no_correction.total": 35,
            "t3.other.unpaid_fee.natural": 1, "t3.other.unpaid_fee.total": 1,
            "t3.other.other.natural": 2, "t3.other.other.total": 2,
            "t3.total_processed.natural": 685, "t3.total_processed.commercial": 51,
                "t3.total_processed.legal_service": 8, "t3.total_processed.org_other": 4,
                "t3.total_processed.total": 748,
            "t3.carried_forward.natural": 12, "t3.carried_forward.commercial": 1,
                "t3.carried_forward.total": 13,
        },
    },
]
