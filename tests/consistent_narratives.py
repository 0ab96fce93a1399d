"""Invented, fully consistent narratives of government-information-disclosure annual reports
(政府信息公开工作年度报告), for checking that the narrative-versus-table comparison raises no false alarm.

``NARRATIVES`` is a list of dicts ``{"voice", "text", "cells"}``:

* ``voice``: who is speaking (the kind of issuer and the report section the text imitates);
* ``text``: 150-600 characters in the style of sections 一 (总体情况), 三 (依申请公开), 四 (复议诉讼) or
  六 (其他需要报告的事项) of that issuer's report;
* ``cells``: 2021-format table cells (schema keys ``t2.*``, ``t3.*``, ``t4.*`` of
  shared/domain/schema.json) with the values that make every table figure of the text true, plus the
  cells those values imply, so that the table's own identities hold (表三: 一 + 二 = 三(七) + 四 in every
  column, (七) = sum of the outcome rows, 总计 = sum of the six applicant columns; 表四: 总计 = 维持 +
  纠正 + 其他 + 尚未审结 in each group).  Cells that are not listed are 0; a few zeros that a text asserts
  (未收到…, 未发生…, 未收取…) are listed explicitly.

Every report as a whole is consistent: each figure that restates a table cell agrees with it, every
其中 / 分别为 list adds up, every rate is right at its stated precision and every approximate figure
(余, 近, 左右, 超过, 以上, 约…成) brackets its cell.  The texts also carry figures that are not table
figures (items published, trainings, hotline calls, page views, suggestions and proposals, last year's
figures and changes, plans, 信息处理费, fines) and must not be compared with the tables.

Every issuer, name, figure and sentence here is invented for this test; no text is copied from a real
report.
"""
from __future__ import annotations

NARRATIVES = [
    {
        "voice": "国务院组成部门（某部）办公厅；年报第一部分“总体情况”中的依申请公开段落",
        "text": (
            "2023年，本部认真贯彻《中华人民共和国政府信息公开条例》，"
            "全年共收到政府信息公开申请386件，其中自然人申请301件，法人或其他组织申请85件，"
            "另有上年结转申请14件。"
            "全年共办结申请389件，结转下年度继续办理11件，办结率为97.25%。"
            "从办理结果看，予以公开142件，部分公开37件，不予公开26件，无法提供121件，"
            "不予处理45件，其他处理18件。"
            "申请内容主要集中在行业标准、项目审批和统计数据等方面，与上年相比，申请总量增长约一成。"
        ),
        "cells": {
            "t3.new.natural": 301, "t3.new.commercial": 50, "t3.new.research": 10, "t3.new.legal_service": 15,
                "t3.new.org_other": 10, "t3.new.total": 386,
            "t3.carried_over.natural": 12, "t3.carried_over.commercial": 2, "t3.carried_over.total": 14,
            "t3.granted.natural": 100, "t3.granted.commercial": 25, "t3.granted.research": 7,
                "t3.granted.legal_service": 6, "t3.granted.org_other": 4, "t3.granted.total": 142,
            "t3.partial.natural": 25, "t3.partial.commercial": 8, "t3.partial.research": 1,
                "t3.partial.legal_service": 2, "t3.partial.org_other": 1, "t3.partial.total": 37,
            "t3.denied.state_secret.natural": 2, "t3.denied.state_secret.total": 2,
            "t3.denied.law_prohibited.natural": 3, "t3.denied.law_prohibited.total": 3,
            "t3.denied.third_party.natural": 5, "t3.denied.third_party.commercial": 2,
                "t3.denied.third_party.total": 7,
            "t3.denied.internal_affairs.natural": 4, "t3.denied.internal_affairs.total": 4,
            "t3.denied.process_info.natural": 6, "t3.denied.process_info.commercial": 1,
                "t3.denied.process_info.total": 7,
            "t3.denied.enforcement_file.legal_service": 2, "t3.denied.enforcement_file.total": 2,
            "t3.denied.admin_query.legal_service": 1, "t3.denied.admin_query.total": 1,
            "t3.unable.not_held.natural": 88, "t3.unable.not_held.commercial": 10,
                "t3.unable.not_held.research": 2, "t3.unable.not_held.legal_service": 3,
                "t3.unable.not_held.org_other": 3, "t3.unable.not_held.total": 106,
            "t3.unable.needs_creation.natural": 8, "t3.unable.needs_creation.commercial": 2,
                "t3.unable.needs_creation.total": 10,
            "t3.unable.unclear_after_correction.natural": 4, "t3.unable.unclear_after_correction.org_other": 1,
                "t3.unable.unclear_after_correction.total": 5,
            "t3.not_processed.petition.natural": 20, "t3.not_processed.petition.total": 20,
            "t3.not_processed.duplicate.natural": 15, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.total": 16,
            "t3.not_processed.publication.natural": 3, "t3.not_processed.publication.total": 3,
            "t3.not_processed.mass_repeat.natural": 5, "t3.not_processed.mass_repeat.total": 5,
            "t3.not_processed.confirm_reissue.legal_service": 1, "t3.not_processed.confirm_reissue.total": 1,
            "t3.other.no_correction.natural": 12, "t3.other.no_correction.commercial": 1,
                "t3.other.no_correction.total": 13,
            "t3.other.other.natural": 4, "t3.other.other.org_other": 1, "t3.other.other.total": 5,
            "t3.total_processed.natural": 304, "t3.total_processed.commercial": 50,
                "t3.total_processed.research": 10, "t3.total_processed.legal_service": 15,
                "t3.total_processed.org_other": 10, "t3.total_processed.total": 389,
            "t3.carried_forward.natural": 9, "t3.carried_forward.commercial": 2, "t3.carried_forward.total": 11,
        },
    },
    {
        "voice": "省自然资源厅；年报第三部分“收到和处理政府信息公开申请情况”及第四部分",
        "text": (
            "（一）收到申请情况。本年度新收政府信息公开申请1,027件，上年结转21件。"
            "新收申请中，自然人提出的有864件，法人或其他组织提出的有163件，"
            "分别为商业企业118件、科研机构6件、社会公益组织4件、法律服务机构27件、"
            "其他组织8件。（二）办理情况。全年办结1,035件，结转下年度13件。"
            "办结的申请中，予以公开412件，部分公开96件，不予公开54件，无法提供338件，"
            "不予处理87件，其他处理48件。申请事项主要涉及土地征收、不动产登记、矿业权出让等。"
            "（三）复议诉讼情况。"
            "因政府信息公开被申请行政复议19件，其中结果维持11件、结果纠正2件、其他结果3件、"
            "尚未审结3件；被提起行政诉讼8件，均为未经复议直接起诉。"
        ),
        "cells": {
            "t3.new.natural": 864, "t3.new.commercial": 118, "t3.new.research": 6, "t3.new.social_welfare": 4,
                "t3.new.legal_service": 27, "t3.new.org_other": 8, "t3.new.total": 1027,
            "t3.carried_over.natural": 18, "t3.carried_over.commercial": 3, "t3.carried_over.total": 21,
            "t3.granted.natural": 330, "t3.granted.commercial": 60, "t3.granted.research": 5,
                "t3.granted.social_welfare": 3, "t3.granted.legal_service": 10, "t3.granted.org_other": 4,
                "t3.granted.total": 412,
            "t3.partial.natural": 70, "t3.partial.commercial": 18, "t3.partial.research": 1,
                "t3.partial.legal_service": 5, "t3.partial.org_other": 2, "t3.partial.total": 96,
            "t3.denied.state_secret.natural": 3, "t3.denied.state_secret.total": 3,
            "t3.denied.law_prohibited.natural": 4, "t3.denied.law_prohibited.total": 4,
            "t3.denied.third_party.natural": 12, "t3.denied.third_party.commercial": 6,
                "t3.denied.third_party.org_other": 1, "t3.denied.third_party.total": 19,
            "t3.denied.internal_affairs.natural": 6, "t3.denied.internal_affairs.total": 6,
            "t3.denied.process_info.natural": 15, "t3.denied.process_info.commercial": 2,
                "t3.denied.process_info.total": 17,
            "t3.denied.enforcement_file.legal_service": 3, "t3.denied.enforcement_file.total": 3,
            "t3.denied.admin_query.legal_service": 2, "t3.denied.admin_query.total": 2,
            "t3.unable.not_held.natural": 270, "t3.unable.not_held.commercial": 27,
                "t3.unable.not_held.social_welfare": 1, "t3.unable.not_held.legal_service": 6,
                "t3.unable.not_held.org_other": 1, "t3.unable.not_held.total": 305,
            "t3.unable.needs_creation.natural": 20, "t3.unable.needs_creation.commercial": 3,
                "t3.unable.needs_creation.total": 23,
            "t3.unable.unclear_after_correction.natural": 10, "t3.unable.unclear_after_correction.total": 10,
            "t3.not_processed.petition.natural": 50, "t3.not_processed.petition.commercial": 3,
                "t3.not_processed.petition.total": 53,
            "t3.not_processed.duplicate.natural": 25, "t3.not_processed.duplicate.total": 25,
            "t3.not_processed.publication.natural": 2, "t3.not_processed.publication.total": 2,
            "t3.not_processed.mass_repeat.natural": 5, "t3.not_processed.mass_repeat.total": 5,
            "t3.not_processed.confirm_reissue.natural": 2, "t3.not_processed.confirm_reissue.total": 2,
            "t3.other.no_correction.natural": 40, "t3.other.no_correction.total": 40,
            "t3.other.other.natural": 8, "t3.other.other.total": 8,
            "t3.total_processed.natural": 872, "t3.total_processed.commercial": 119,
                "t3.total_processed.research": 6, "t3.total_processed.social_welfare": 4,
                "t3.total_processed.legal_service": 26, "t3.total_processed.org_other": 8,
                "t3.total_processed.total": 1035,
            "t3.carried_forward.natural": 10, "t3.carried_forward.commercial": 2,
                "t3.carried_forward.legal_service": 1, "t3.carried_forward.total": 13,
            "t4.review.upheld": 11, "t4.review.corrected": 2, "t4.review.other": 3, "t4.review.pending": 3,
                "t4.review.total": 19,
            "t4.lit_direct.upheld": 5, "t4.lit_direct.corrected": 1, "t4.lit_direct.other": 1,
                "t4.lit_direct.pending": 1, "t4.lit_direct.total": 8,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市生态环境局；年报第一部分“总体情况”（主动公开、依申请公开）",
        "text": (
            "（一）主动公开。"
            "全年通过局门户网站主动公开政府信息2,316条，发布政策解读材料27篇，"
            "其中图解类11篇、视频类5篇、文字类11篇。"
            "本年度制发行政规范性文件3件，废止2件，现行有效规范性文件共41件，"
            "均已在“政策文件”栏目集中公开。公开环境行政处罚决定156件，罚没款项已按规定上缴国库；"
            "作出查封、扣押等行政强制决定12件。全年未收取行政事业性收费。（二）依申请公开。"
            "共收到申请58件，较上年的47件增加11件，全部在法定期限内答复。"
        ),
        "cells": {
            "t2.normative_doc.issued": 3, "t2.normative_doc.repealed": 2, "t2.normative_doc.in_force": 41,
            "t2.penalty.decisions": 156,
            "t2.coercion.decisions": 12,
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 41, "t3.new.commercial": 17, "t3.new.total": 58,
            "t3.granted.natural": 20, "t3.granted.commercial": 10, "t3.granted.total": 30,
            "t3.partial.natural": 5, "t3.partial.commercial": 3, "t3.partial.total": 8,
            "t3.denied.third_party.commercial": 2, "t3.denied.third_party.total": 2,
            "t3.unable.not_held.natural": 10, "t3.unable.not_held.commercial": 2, "t3.unable.not_held.total": 12,
            "t3.not_processed.petition.natural": 6, "t3.not_processed.petition.total": 6,
            "t3.total_processed.natural": 41, "t3.total_processed.commercial": 17, "t3.total_processed.total": 58,
        },
    },
    {
        "voice": "县人民政府（含县政府办公室）；年报第三部分，数字用汉字书写",
        "text": (
            "本年度，县人民政府（含县政府办公室）共新收政府信息公开申请六十三件，上年结转二件。"
            "其中，自然人申请五十七件，商业企业申请四件，法律服务机构申请二件。"
            "办理结果方面：予以公开二十一件，部分公开七件，不予公开三件，无法提供二十四件，"
            "不予处理五件，其他处理三件，合计六十三件；"
            "另有二件因需征求第三方意见，结转下年度继续办理。"
            "全年答复均未超过法定期限，按时答复率为百分之百。"
        ),
        "cells": {
            "t3.new.natural": 57, "t3.new.commercial": 4, "t3.new.legal_service": 2, "t3.new.total": 63,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 18, "t3.granted.commercial": 2, "t3.granted.legal_service": 1,
                "t3.granted.total": 21,
            "t3.partial.natural": 6, "t3.partial.commercial": 1, "t3.partial.total": 7,
            "t3.denied.internal_affairs.natural": 1, "t3.denied.internal_affairs.total": 1,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.total": 2,
            "t3.unable.not_held.natural": 20, "t3.unable.not_held.commercial": 1,
                "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 22,
            "t3.unable.needs_creation.natural": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 3, "t3.not_processed.petition.total": 3,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.other.no_correction.natural": 3, "t3.other.no_correction.total": 3,
            "t3.total_processed.natural": 57, "t3.total_processed.commercial": 4,
                "t3.total_processed.legal_service": 2, "t3.total_processed.total": 63,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "乡镇人民政府；年报第三、四、六部分的合写段落",
        "text": (
            "2023年，本镇共收到政府信息公开申请2件，均为自然人提出，"
            "内容涉及宅基地审批和拆迁补偿安置，经审查均予以公开，并在法定期限内书面答复申请人。"
            "全年无上年结转和结转下年度的申请。本年度未发生因政府信息公开引起的行政复议和行政诉讼。"
            "本镇依申请提供政府信息，未收取任何信息处理费。"
            "镇政务公开领导小组全年召开专题会议4次，组织村（社区）干部培训2期，培训约120人次。"
        ),
        "cells": {
            "t3.new.natural": 2, "t3.new.total": 2,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 2, "t3.granted.total": 2,
            "t3.total_processed.natural": 2, "t3.total_processed.total": 2,
            "t3.carried_forward.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "国家级经济技术开发区管委会；年报第一部分“总体情况”",
        "text": (
            "经济技术开发区管委会2023年主动公开各类政府信息1,482条，其中机构职能类36条、"
            "规划计划类58条、财政预决算类24条、行政执法类1,364条。"
            "本年度管委会制发行政规范性文件2件，现行有效规范性文件15件；"
            "作出建设工程施工许可等行政许可决定共计935件，作出行政处罚决定47件。"
            "全年收到政府信息公开申请9件，其中商业企业申请6件，自然人申请3件，已全部办结，"
            "办结率100%。"
        ),
        "cells": {
            "t2.normative_doc.issued": 2, "t2.normative_doc.in_force": 15,
            "t2.licensing.decisions": 935,
            "t2.penalty.decisions": 47,
            "t3.new.natural": 3, "t3.new.commercial": 6, "t3.new.total": 9,
            "t3.granted.natural": 2, "t3.granted.commercial": 4, "t3.granted.total": 6,
            "t3.partial.commercial": 1, "t3.partial.total": 1,
            "t3.denied.third_party.commercial": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 1, "t3.unable.not_held.total": 1,
            "t3.total_processed.natural": 3, "t3.total_processed.commercial": 6, "t3.total_processed.total": 9,
        },
    },
    {
        "voice": "市属国有供水企业（水务集团）；参照政府信息公开年报格式编写的依申请公开部分",
        "text": (
            "集团公司作为供水公共服务企业，参照政府信息公开年度报告格式编制本报告。"
            "2023年共受理信息公开申请14件，较上年减少5件，其中自然人12件，社会公益组织2件。"
            "已办结13件，其中予以公开8件、部分公开2件、本单位不掌握相关信息3件；"
            "尚有1件因涉及管网改造工程资料整理，结转至2024年继续办理。"
            "全年供水服务热线接听市民来电约3.6万个，来电处理率99.2%。"
        ),
        "cells": {
            "t3.new.natural": 12, "t3.new.social_welfare": 2, "t3.new.total": 14,
            "t3.granted.natural": 7, "t3.granted.social_welfare": 1, "t3.granted.total": 8,
            "t3.partial.natural": 1, "t3.partial.social_welfare": 1, "t3.partial.total": 2,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.total": 3,
            "t3.total_processed.natural": 11, "t3.total_processed.social_welfare": 2,
                "t3.total_processed.total": 13,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
    },
    {
        "voice": "市第一人民医院（公立医院）；信息公开年度报告的总体情况与其他事项",
        "text": (
            "医院全年通过官方网站、微信公众号发布医疗服务价格、出诊安排、招标采购等信息613条，"
            "公众号年度阅读量超过85万次。"
            "收到患者及家属提出的信息公开申请11件，主要涉及病历复印流程和检查项目价格，"
            "已全部按期答复，其中予以公开9件，因涉及他人隐私不予公开2件。"
            "本年度未发生因信息公开引起的行政复议、行政诉讼。"
            "医院依申请提供信息，未向申请人收取任何费用。"
        ),
        "cells": {
            "t3.new.natural": 11, "t3.new.total": 11,
            "t3.granted.natural": 9, "t3.granted.total": 9,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.total_processed.natural": 11, "t3.total_processed.total": 11,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "省属高等学校（某大学）；信息公开年度报告的依申请公开部分",
        "text": (
            "2023年度学校共收到信息公开申请27件，其中校外自然人申请19件，"
            "法人或其他组织申请8件（科研机构5件、律师事务所3件）。"
            "申请内容主要涉及招生录取、学位授予、科研项目经费等。"
            "截至12月31日，已答复25件，其中予以公开13件，部分公开4件，"
            "不予公开2件（均涉及第三方合法权益），不属于本校掌握范围6件；"
            "另2件于12月下旬提出，尚在法定答复期限内，结转下年度办理。答复率为92.6%。"
        ),
        "cells": {
            "t3.new.natural": 19, "t3.new.research": 5, "t3.new.legal_service": 3, "t3.new.total": 27,
            "t3.granted.natural": 9, "t3.granted.research": 3, "t3.granted.legal_service": 1,
                "t3.granted.total": 13,
            "t3.partial.natural": 3, "t3.partial.research": 1, "t3.partial.total": 4,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.legal_service": 1,
                "t3.denied.third_party.total": 2,
            "t3.unable.not_held.natural": 4, "t3.unable.not_held.research": 1,
                "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 6,
            "t3.total_processed.natural": 17, "t3.total_processed.research": 5,
                "t3.total_processed.legal_service": 3, "t3.total_processed.total": 25,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "地级市中级人民法院；参照政府信息公开年报格式报告司法行政事务信息公开",
        "text": (
            "本院参照政府信息公开年度报告格式，对司法行政事务信息公开情况报告如下。"
            "全年通过裁判文书公开平台公开裁判文书8,947篇，通过庭审直播平台直播庭审1,206场。"
            "收到涉及司法行政事务的信息公开申请5件，其中自然人4件、法律服务机构1件，均已办结，"
            "予以公开3件；另2件申请的内容属于审判执行信息，已告知申请人通过诉讼服务渠道查询。"
            "本院未因信息公开事项被申请行政复议或被提起行政诉讼。"
        ),
        "cells": {
            "t3.new.natural": 4, "t3.new.legal_service": 1, "t3.new.total": 5,
            "t3.granted.natural": 3, "t3.granted.total": 3,
            "t3.other.other.natural": 1, "t3.other.other.legal_service": 1, "t3.other.other.total": 2,
            "t3.total_processed.natural": 4, "t3.total_processed.legal_service": 1, "t3.total_processed.total": 5,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市公安局；年报第三部分",
        "text": (
            "本年度市公安局共收到政府信息公开申请243件，其中通过网上申请平台提交186件，"
            "信函邮寄41件，当面提交16件。从申请主体看，自然人申请229件，占94.2%；"
            "法人或其他组织申请14件。连同上年结转的7件，全年共办结241件，结转下年度9件。"
            "办理结果为：予以公开58件，部分公开12件，不予公开31件，无法提供97件，"
            "不予处理36件，其他处理7件。"
            "不予公开的申请中，属于行政执法案卷的19件，属于过程性信息的8件，"
            "危及“三安全一稳定”的4件。"
        ),
        "cells": {
            "t3.new.natural": 229, "t3.new.commercial": 9, "t3.new.legal_service": 5, "t3.new.total": 243,
            "t3.carried_over.natural": 7, "t3.carried_over.total": 7,
            "t3.granted.natural": 50, "t3.granted.commercial": 5, "t3.granted.legal_service": 3,
                "t3.granted.total": 58,
            "t3.partial.natural": 10, "t3.partial.commercial": 2, "t3.partial.total": 12,
            "t3.denied.security_stability.natural": 4, "t3.denied.security_stability.total": 4,
            "t3.denied.process_info.natural": 7, "t3.denied.process_info.commercial": 1,
                "t3.denied.process_info.total": 8,
            "t3.denied.enforcement_file.natural": 18, "t3.denied.enforcement_file.legal_service": 1,
                "t3.denied.enforcement_file.total": 19,
            "t3.unable.not_held.natural": 90, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 91,
            "t3.unable.needs_creation.natural": 6, "t3.unable.needs_creation.total": 6,
            "t3.not_processed.petition.natural": 25, "t3.not_processed.petition.total": 25,
            "t3.not_processed.duplicate.natural": 10, "t3.not_processed.duplicate.legal_service": 1,
                "t3.not_processed.duplicate.total": 11,
            "t3.other.no_correction.natural": 7, "t3.other.no_correction.total": 7,
            "t3.total_processed.natural": 227, "t3.total_processed.commercial": 9,
                "t3.total_processed.legal_service": 5, "t3.total_processed.total": 241,
            "t3.carried_forward.natural": 9, "t3.carried_forward.total": 9,
        },
    },
    {
        "voice": "国家税务总局某市税务局；年报第一部分“总体情况”",
        "text": (
            "2023年，国家税务总局某市税务局坚持以公开促落实，全年在门户网站发布税收政策、"
            "纳税服务等信息3,185条，解答12366纳税服务热线咨询约41.7万次，"
            "开展“税法宣传月”活动23场。"
            "全年共受理政府信息公开申请32件，同比增长18.5%，其中自然人26件，商业企业6件，"
            "均在法定期限内办结。制发税务行政规范性文件1件，废止4件。"
            "本局未收取行政事业性收费，办理依申请公开亦未收取信息处理费。"
        ),
        "cells": {
            "t2.normative_doc.issued": 1, "t2.normative_doc.repealed": 4, "t2.normative_doc.in_force": 9,
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 26, "t3.new.commercial": 6, "t3.new.total": 32,
            "t3.granted.natural": 12, "t3.granted.commercial": 4, "t3.granted.total": 16,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.denied.third_party.commercial": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 6, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 7,
            "t3.not_processed.petition.natural": 5, "t3.not_processed.petition.total": 5,
            "t3.total_processed.natural": 26, "t3.total_processed.commercial": 6, "t3.total_processed.total": 32,
        },
    },
    {
        "voice": "直属海关（某海关）；年报第三、四部分",
        "text": (
            "本关全年新收政府信息公开申请71件，其中商业企业申请44件，自然人申请21件，"
            "法律服务机构申请6件；无上年结转申请。"
            "已办结68件，其中予以公开29件，部分公开8件，不予公开11件，无法提供17件，"
            "不予处理3件；剩余3件结转下年度。"
            "申请内容集中在进出口商品检验检疫结果、行政处罚决定和企业信用等级等方面。"
            "全年因政府信息公开被申请行政复议2件，经复议均维持原答复；"
            "被提起行政诉讼1件，为经复议后起诉，尚未审结。"
        ),
        "cells": {
            "t3.new.natural": 21, "t3.new.commercial": 44, "t3.new.legal_service": 6, "t3.new.total": 71,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 8, "t3.granted.commercial": 18, "t3.granted.legal_service": 3,
                "t3.granted.total": 29,
            "t3.partial.natural": 1, "t3.partial.commercial": 6, "t3.partial.legal_service": 1,
                "t3.partial.total": 8,
            "t3.denied.law_prohibited.commercial": 2, "t3.denied.law_prohibited.total": 2,
            "t3.denied.third_party.commercial": 6, "t3.denied.third_party.total": 6,
            "t3.denied.enforcement_file.natural": 2, "t3.denied.enforcement_file.legal_service": 1,
                "t3.denied.enforcement_file.total": 3,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.commercial": 9,
                "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 15,
            "t3.unable.needs_creation.natural": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.not_processed.duplicate.commercial": 1, "t3.not_processed.duplicate.total": 1,
            "t3.total_processed.natural": 20, "t3.total_processed.commercial": 42,
                "t3.total_processed.legal_service": 6, "t3.total_processed.total": 68,
            "t3.carried_forward.natural": 1, "t3.carried_forward.commercial": 2, "t3.carried_forward.total": 3,
            "t4.review.upheld": 2, "t4.review.total": 2,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.pending": 1, "t4.lit_after_review.total": 1,
        },
    },
    {
        "voice": "地级市市场监督管理局；年报第一部分“总体情况”",
        "text": (
            "市市场监管局全年依法作出食品经营、特种设备使用登记等行政许可决定12,604件；"
            "作出行政处罚决定1,873件，罚没款合计2,316.5万元，"
            "其中涉及食品安全的案件642件；作出查封扣押等行政强制决定209件。"
            "全年收取行政事业性收费18.6万元，主要为计量检定收费。"
            "本年度收到政府信息公开申请406件，上年结转12件，全年办结409件，办结率97.8%，"
            "结转下年度的9件将在法定期限内答复。"
        ),
        "cells": {
            "t2.licensing.decisions": 12604,
            "t2.penalty.decisions": 1873,
            "t2.coercion.decisions": 209,
            "t2.admin_fee.amount_wan": 18.6,
            "t3.new.natural": 350, "t3.new.commercial": 56, "t3.new.total": 406,
            "t3.carried_over.natural": 10, "t3.carried_over.commercial": 2, "t3.carried_over.total": 12,
            "t3.granted.natural": 120, "t3.granted.commercial": 25, "t3.granted.total": 145,
            "t3.partial.natural": 30, "t3.partial.commercial": 8, "t3.partial.total": 38,
            "t3.denied.third_party.natural": 12, "t3.denied.third_party.commercial": 6,
                "t3.denied.third_party.total": 18,
            "t3.denied.process_info.natural": 10, "t3.denied.process_info.total": 10,
            "t3.unable.not_held.natural": 120, "t3.unable.not_held.commercial": 15,
                "t3.unable.not_held.total": 135,
            "t3.unable.needs_creation.natural": 10, "t3.unable.needs_creation.total": 10,
            "t3.not_processed.petition.natural": 30, "t3.not_processed.petition.commercial": 2,
                "t3.not_processed.petition.total": 32,
            "t3.not_processed.duplicate.natural": 10, "t3.not_processed.duplicate.total": 10,
            "t3.other.no_correction.natural": 10, "t3.other.no_correction.total": 10,
            "t3.other.other.commercial": 1, "t3.other.other.total": 1,
            "t3.total_processed.natural": 352, "t3.total_processed.commercial": 57,
                "t3.total_processed.total": 409,
            "t3.carried_forward.natural": 8, "t3.carried_forward.commercial": 1, "t3.carried_forward.total": 9,
        },
    },
    {
        "voice": "城区街道办事处；年报第一、三、四、六部分的合写段落（无申请）",
        "text": (
            "本街道办事处2023年通过区政府门户网站街道专栏主动公开信息186条，"
            "更新政务公开标准目录事项47项，在社区居委会设置政务公开栏12处。"
            "全年未收到政府信息公开申请，无上年结转申请，未发生因政府信息公开引起的行政复议、"
            "行政诉讼案件。本年度未收取信息处理费，亦无行政事业性收费项目。"
            "下一步，街道将按照“一网通办”要求，进一步推进政务服务事项网上公开。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
            "t3.new.total": 0,
            "t3.carried_over.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "省教育厅；年报第三部分",
        "text": (
            "本年度本厅收到政府信息公开申请155件，较上年增加23件；"
            "上年结转3件，合计需办理158件。"
            "截至年底已办结154件，结转下年度4件，办结率为97.5%。"
            "已办结申请中，予以公开和部分公开的分别为61件和15件，不予公开9件，无法提供52件，"
            "不予处理11件，其他处理6件。"
            "申请人主要关注教师资格认定、民办学校审批、招生考试政策等事项。"
        ),
        "cells": {
            "t3.new.natural": 140, "t3.new.commercial": 10, "t3.new.social_welfare": 5, "t3.new.total": 155,
            "t3.carried_over.natural": 3, "t3.carried_over.total": 3,
            "t3.granted.natural": 52, "t3.granted.commercial": 6, "t3.granted.social_welfare": 3,
                "t3.granted.total": 61,
            "t3.partial.natural": 12, "t3.partial.commercial": 2, "t3.partial.social_welfare": 1,
                "t3.partial.total": 15,
            "t3.denied.third_party.commercial": 1, "t3.denied.third_party.total": 1,
            "t3.denied.internal_affairs.natural": 3, "t3.denied.internal_affairs.total": 3,
            "t3.denied.process_info.natural": 5, "t3.denied.process_info.total": 5,
            "t3.unable.not_held.natural": 46, "t3.unable.not_held.commercial": 1,
                "t3.unable.not_held.social_welfare": 1, "t3.unable.not_held.total": 48,
            "t3.unable.needs_creation.natural": 4, "t3.unable.needs_creation.total": 4,
            "t3.not_processed.petition.natural": 8, "t3.not_processed.petition.total": 8,
            "t3.not_processed.duplicate.natural": 3, "t3.not_processed.duplicate.total": 3,
            "t3.other.no_correction.natural": 6, "t3.other.no_correction.total": 6,
            "t3.total_processed.natural": 139, "t3.total_processed.commercial": 10,
                "t3.total_processed.social_welfare": 5, "t3.total_processed.total": 154,
            "t3.carried_forward.natural": 4, "t3.carried_forward.total": 4,
        },
    },
    {
        "voice": "省卫生健康委员会；年报第四部分“行政复议、行政诉讼情况”",
        "text": (
            "2023年，本委因政府信息公开工作被申请行政复议6件，其中复议机关维持原答复4件，"
            "责令重新答复（结果纠正）1件，申请人撤回申请终止复议1件；"
            "被提起行政诉讼5件，其中未经复议直接起诉3件，均已判决驳回诉讼请求，复议后起诉2件，"
            "1件维持、1件尚未审结。全年复议诉讼案件被纠错1件，纠错率约9.1%。"
            "针对被纠错案件，本委已重新作出答复，并组织依申请公开工作人员开展专题培训2次。"
        ),
        "cells": {
            "t4.review.upheld": 4, "t4.review.corrected": 1, "t4.review.other": 1, "t4.review.total": 6,
            "t4.lit_direct.upheld": 3, "t4.lit_direct.total": 3,
            "t4.lit_after_review.upheld": 1, "t4.lit_after_review.pending": 1, "t4.lit_after_review.total": 2,
        },
    },
    {
        "voice": "地级市人力资源和社会保障局；年报第一部分“总体情况”（约数表述）",
        "text": (
            "2023年，市人力资源和社会保障局收到政府信息公开申请300余件，同比有所下降，"
            "申请事项主要集中在社会保险缴费、工伤认定、职称评审和劳动保障监察等领域。"
            "全年办结率超过98%，未出现逾期答复情况。"
            "全年在“人社之窗”栏目发布政策文件和解读材料共计约400篇，"
            "举办政策宣讲进企业活动36场，12333热线接听群众来电约28万人次，"
            "办理人大代表建议和政协委员提案57件，办复率100%。"
        ),
        "cells": {
            "t3.new.natural": 290, "t3.new.commercial": 22, "t3.new.total": 312,
            "t3.carried_over.natural": 4, "t3.carried_over.total": 4,
            "t3.granted.natural": 100, "t3.granted.commercial": 12, "t3.granted.total": 112,
            "t3.partial.natural": 20, "t3.partial.commercial": 3, "t3.partial.total": 23,
            "t3.denied.third_party.natural": 5, "t3.denied.third_party.total": 5,
            "t3.denied.process_info.natural": 4, "t3.denied.process_info.total": 4,
            "t3.unable.not_held.natural": 110, "t3.unable.not_held.commercial": 6, "t3.unable.not_held.total": 116,
            "t3.unable.needs_creation.natural": 10, "t3.unable.needs_creation.total": 10,
            "t3.not_processed.petition.natural": 20, "t3.not_processed.petition.total": 20,
            "t3.not_processed.duplicate.natural": 10, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.total": 11,
            "t3.other.no_correction.natural": 10, "t3.other.no_correction.total": 10,
            "t3.total_processed.natural": 289, "t3.total_processed.commercial": 22,
                "t3.total_processed.total": 311,
            "t3.carried_forward.natural": 5, "t3.carried_forward.total": 5,
        },
    },
    {
        "voice": "地级市住房和城乡建设局；年报第三部分，数字为全角",
        "text": (
            "本局２０２３年度新收政府信息公开申请８９件，上年结转５件。"
            "申请人中自然人７６件，法人或其他组织１３件。"
            "全年办结９１件，其中予以公开３４件，部分公开９件，不予公开６件，无法提供３０件，"
            "不予处理８件，其他处理４件；结转下年度３件。"
            "办理中共向申请人发出补正告知书１１份，向第三方发出征求意见书７份。"
            "申请事项主要涉及商品房预售许可、物业专项维修资金和老旧小区改造。"
        ),
        "cells": {
            "t3.new.natural": 76, "t3.new.commercial": 10, "t3.new.org_other": 3, "t3.new.total": 89,
            "t3.carried_over.natural": 5, "t3.carried_over.total": 5,
            "t3.granted.natural": 28, "t3.granted.commercial": 5, "t3.granted.org_other": 1,
                "t3.granted.total": 34,
            "t3.partial.natural": 7, "t3.partial.commercial": 2, "t3.partial.total": 9,
            "t3.denied.third_party.natural": 3, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 4,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.total": 2,
            "t3.unable.not_held.natural": 24, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.org_other": 2, "t3.unable.not_held.total": 28,
            "t3.unable.unclear_after_correction.natural": 2, "t3.unable.unclear_after_correction.total": 2,
            "t3.not_processed.petition.natural": 5, "t3.not_processed.petition.total": 5,
            "t3.not_processed.duplicate.natural": 3, "t3.not_processed.duplicate.total": 3,
            "t3.other.no_correction.natural": 4, "t3.other.no_correction.total": 4,
            "t3.total_processed.natural": 78, "t3.total_processed.commercial": 10,
                "t3.total_processed.org_other": 3, "t3.total_processed.total": 91,
            "t3.carried_forward.natural": 3, "t3.carried_forward.total": 3,
        },
    },
    {
        "voice": "市辖区交通运输局；年报第一部分，数字用汉字书写",
        "text": (
            "区交通运输局二〇二三年全年收到政府信息公开申请十六件，均为自然人提出，较上年减少两件。"
            "所有申请均已在法定期限内办结，其中予以公开九件，部分公开两件，"
            "本机关不掌握相关政府信息的四件，重复申请不予处理一件。"
            "本年度作出交通运输行政处罚决定一百零七件，均已在区政府门户网站“双公示”专栏公开。"
            "全年未发生因政府信息公开申请引发的行政复议、行政诉讼。"
        ),
        "cells": {
            "t2.penalty.decisions": 107,
            "t3.new.natural": 16, "t3.new.total": 16,
            "t3.granted.natural": 9, "t3.granted.total": 9,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.unable.not_held.natural": 4, "t3.unable.not_held.total": 4,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.total_processed.natural": 16, "t3.total_processed.total": 16,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市医疗保障局；年报第六部分“其他需要报告的事项”",
        "text": (
            "六、其他需要报告的事项。（一）信息处理费收取情况。"
            "本年度本局依申请提供政府信息，未收取信息处理费。（二）落实年度政务公开工作要点情况。"
            "围绕医保待遇、药品集中带量采购等群众关注事项，全年发布政策解读14篇，"
            "召开新闻发布会3场，在门户网站开设“医保政策问答”专栏，收录问答条目216条。"
            "（三）人大代表建议和政协提案办理情况。"
            "全年承办人大代表建议21件、政协委员提案34件，均已按期办结，满意率100%。"
        ),
        "cells": {},
    },
    {
        "voice": "县农业农村局；年报第三部分（申请数含上年结转）",
        "text": (
            "2023年本局共受理政府信息公开申请22件（含上年结转1件），其中自然人申请20件，"
            "商业企业申请2件。"
            "全部申请均已办结：予以公开11件，部分公开3件，不予公开1件（属于内部事务信息），"
            "无法提供5件，不予处理2件。申请内容主要为土地承包经营权确权、农业补贴发放、动物防疫等。"
            "全年作出农业行政处罚决定38件、行政许可决定516件，均在作出决定后7个工作日内公示。"
        ),
        "cells": {
            "t2.licensing.decisions": 516,
            "t2.penalty.decisions": 38,
            "t3.new.natural": 19, "t3.new.commercial": 2, "t3.new.total": 21,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 10, "t3.granted.commercial": 1, "t3.granted.total": 11,
            "t3.partial.natural": 2, "t3.partial.commercial": 1, "t3.partial.total": 3,
            "t3.denied.internal_affairs.natural": 1, "t3.denied.internal_affairs.total": 1,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.total": 5,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.total_processed.natural": 20, "t3.total_processed.commercial": 2, "t3.total_processed.total": 22,
        },
    },
    {
        "voice": "地级市应急管理局；年报第四部分与第一部分的监督保障段落",
        "text": (
            "本年度，本局因政府信息公开被申请行政复议1件，经复议机关审查后维持原答复；"
            "未被提起行政诉讼。全年共组织政务公开业务培训3次，参训人员约150人次；"
            "对所属5个执法支队的公开专栏开展季度检查4轮，发现并整改问题17个。"
            "本局作出安全生产行政处罚决定214件，罚款金额合计约1,030万元，"
            "均已按规定在作出决定之日起7个工作日内公开。"
        ),
        "cells": {
            "t2.penalty.decisions": 214,
            "t4.review.upheld": 1, "t4.review.total": 1,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "省司法厅；年报第三部分（分别为/占比表述）",
        "text": (
            "本年度共新收政府信息公开申请217件，上年结转6件。"
            "按申请人类型分，自然人、法人或其他组织分别为183件、34件，占比分别为84.3%、"
            "15.7%。"
            "办结的219件申请中，予以公开87件，部分公开21件，不予公开13件，无法提供74件，"
            "不予处理16件，其他处理8件，另有4件结转下年度办理。"
            "申请事项主要涉及律师执业、司法鉴定、公证和法律援助等方面。"
        ),
        "cells": {
            "t3.new.natural": 183, "t3.new.commercial": 9, "t3.new.social_welfare": 5, "t3.new.legal_service": 20,
                "t3.new.total": 217,
            "t3.carried_over.natural": 5, "t3.carried_over.legal_service": 1, "t3.carried_over.total": 6,
            "t3.granted.natural": 70, "t3.granted.commercial": 5, "t3.granted.social_welfare": 2,
                "t3.granted.legal_service": 10, "t3.granted.total": 87,
            "t3.partial.natural": 16, "t3.partial.commercial": 1, "t3.partial.social_welfare": 1,
                "t3.partial.legal_service": 3, "t3.partial.total": 21,
            "t3.denied.law_prohibited.commercial": 1, "t3.denied.law_prohibited.total": 1,
            "t3.denied.third_party.natural": 4, "t3.denied.third_party.legal_service": 2,
                "t3.denied.third_party.total": 6,
            "t3.denied.process_info.natural": 3, "t3.denied.process_info.total": 3,
            "t3.denied.enforcement_file.natural": 3, "t3.denied.enforcement_file.total": 3,
            "t3.unable.not_held.natural": 60, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.social_welfare": 2, "t3.unable.not_held.legal_service": 5,
                "t3.unable.not_held.total": 69,
            "t3.unable.needs_creation.natural": 5, "t3.unable.needs_creation.total": 5,
            "t3.not_processed.petition.natural": 10, "t3.not_processed.petition.total": 10,
            "t3.not_processed.duplicate.natural": 6, "t3.not_processed.duplicate.total": 6,
            "t3.other.no_correction.natural": 6, "t3.other.no_correction.total": 6,
            "t3.other.other.natural": 2, "t3.other.other.total": 2,
            "t3.total_processed.natural": 185, "t3.total_processed.commercial": 9,
                "t3.total_processed.social_welfare": 5, "t3.total_processed.legal_service": 20,
                "t3.total_processed.total": 219,
            "t3.carried_forward.natural": 3, "t3.carried_forward.legal_service": 1, "t3.carried_forward.total": 4,
        },
    },
    {
        "voice": "地级市财政局；年报第一部分“总体情况”（收费以元表述）",
        "text": (
            "市财政局2023年在门户网站“财政预决算”专栏集中公开市级部门预算112个、"
            "部门决算109个，应公开部门公开率100%。"
            "本局制发行政规范性文件4件，现行有效行政规范性文件28件。"
            "全年收取行政事业性收费3,600元，为会计专业技术资格考试考务费。"
            "收到政府信息公开申请45件，其中法人或其他组织申请18件，自然人申请27件；"
            "办结42件，结转下年度3件，办结率93.3%。"
        ),
        "cells": {
            "t2.normative_doc.issued": 4, "t2.normative_doc.in_force": 28,
            "t2.admin_fee.amount_wan": 0.36,
            "t3.new.natural": 27, "t3.new.commercial": 14, "t3.new.research": 4, "t3.new.total": 45,
            "t3.granted.natural": 10, "t3.granted.commercial": 6, "t3.granted.research": 3, "t3.granted.total": 19,
            "t3.partial.natural": 4, "t3.partial.commercial": 2, "t3.partial.total": 6,
            "t3.denied.third_party.commercial": 1, "t3.denied.third_party.total": 1,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.total": 2,
            "t3.unable.not_held.natural": 7, "t3.unable.not_held.commercial": 4, "t3.unable.not_held.research": 1,
                "t3.unable.not_held.total": 12,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.total_processed.natural": 25, "t3.total_processed.commercial": 13,
                "t3.total_processed.research": 4, "t3.total_processed.total": 42,
            "t3.carried_forward.natural": 2, "t3.carried_forward.commercial": 1, "t3.carried_forward.total": 3,
        },
    },
    {
        "voice": "市辖区人民政府（全区汇总）；年报第三、四部分",
        "text": (
            "全区各级行政机关（区政府及其工作部门、"
            "街道办事处）本年度新收政府信息公开申请1,316件，其中自然人1,208件，"
            "商业企业73件，科研机构2件，社会公益组织5件，法律服务机构21件，其他组织7件。"
            "加上上年结转的38件，全年办结1,327件，结转下年度27件。"
            "全区因政府信息公开引发的行政复议、行政诉讼案件共57件，其中行政复议36件，"
            "行政诉讼21件；复议和诉讼中被纠错的共6件，占10.5%。"
        ),
        "cells": {
            "t3.new.natural": 1208, "t3.new.commercial": 73, "t3.new.research": 2, "t3.new.social_welfare": 5,
                "t3.new.legal_service": 21, "t3.new.org_other": 7, "t3.new.total": 1316,
            "t3.carried_over.natural": 35, "t3.carried_over.commercial": 3, "t3.carried_over.total": 38,
            "t3.granted.natural": 400, "t3.granted.commercial": 30, "t3.granted.research": 2,
                "t3.granted.social_welfare": 3, "t3.granted.legal_service": 8, "t3.granted.org_other": 3,
                "t3.granted.total": 446,
            "t3.partial.natural": 110, "t3.partial.commercial": 10, "t3.partial.legal_service": 3,
                "t3.partial.org_other": 1, "t3.partial.total": 124,
            "t3.denied.third_party.natural": 20, "t3.denied.third_party.commercial": 6,
                "t3.denied.third_party.total": 26,
            "t3.denied.internal_affairs.natural": 10, "t3.denied.internal_affairs.total": 10,
            "t3.denied.process_info.natural": 20, "t3.denied.process_info.total": 20,
            "t3.denied.enforcement_file.natural": 10, "t3.denied.enforcement_file.legal_service": 2,
                "t3.denied.enforcement_file.total": 12,
            "t3.unable.not_held.natural": 420, "t3.unable.not_held.commercial": 25,
                "t3.unable.not_held.social_welfare": 2, "t3.unable.not_held.legal_service": 6,
                "t3.unable.not_held.org_other": 3, "t3.unable.not_held.total": 456,
            "t3.unable.needs_creation.natural": 20, "t3.unable.needs_creation.total": 20,
            "t3.unable.unclear_after_correction.natural": 10, "t3.unable.unclear_after_correction.total": 10,
            "t3.not_processed.petition.natural": 90, "t3.not_processed.petition.total": 90,
            "t3.not_processed.duplicate.natural": 40, "t3.not_processed.duplicate.commercial": 3,
                "t3.not_processed.duplicate.total": 43,
            "t3.not_processed.mass_repeat.natural": 10, "t3.not_processed.mass_repeat.total": 10,
            "t3.not_processed.confirm_reissue.legal_service": 2, "t3.not_processed.confirm_reissue.total": 2,
            "t3.other.no_correction.natural": 50, "t3.other.no_correction.total": 50,
            "t3.other.other.natural": 8, "t3.other.other.total": 8,
            "t3.total_processed.natural": 1218, "t3.total_processed.commercial": 74,
                "t3.total_processed.research": 2, "t3.total_processed.social_welfare": 5,
                "t3.total_processed.legal_service": 21, "t3.total_processed.org_other": 7,
                "t3.total_processed.total": 1327,
            "t3.carried_forward.natural": 25, "t3.carried_forward.commercial": 2, "t3.carried_forward.total": 27,
            "t4.review.upheld": 22, "t4.review.corrected": 4, "t4.review.other": 6, "t4.review.pending": 4,
                "t4.review.total": 36,
            "t4.lit_direct.upheld": 9, "t4.lit_direct.corrected": 1, "t4.lit_direct.other": 2,
                "t4.lit_direct.pending": 3, "t4.lit_direct.total": 15,
            "t4.lit_after_review.upheld": 3, "t4.lit_after_review.corrected": 1, "t4.lit_after_review.other": 1,
                "t4.lit_after_review.pending": 1, "t4.lit_after_review.total": 6,
        },
    },
    {
        "voice": "县退役军人事务局；年报第一、三、四部分及下一年计划（无申请）",
        "text": (
            "本局本年度未收到政府信息公开申请，也无上年结转申请；"
            "未发生政府信息公开行政复议和行政诉讼案件；未制发行政规范性文件。"
            "全年主动公开优抚政策、褒扬纪念等信息95条，其中政策文件12条，工作动态83条。"
            "2024年，本局计划新增“退役军人服务”公开专题1个，"
            "组织乡镇（街道）退役军人服务站工作人员培训不少于2期，"
            "力争信息发布时效缩短至3个工作日以内。"
        ),
        "cells": {
            "t2.normative_doc.issued": 0,
            "t3.new.total": 0,
            "t3.carried_over.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市人民政府（市政府办公室代拟）；年报第一部分“主动公开”段落",
        "text": (
            "本年度，市人民政府制定政府规章2件，废止规章1件，现行有效规章43件；"
            "以市政府及市政府办公室名义制发行政规范性文件19件，废止8件，"
            "现行有效行政规范性文件236件，均已在市政府门户网站“政策文件库”统一公开并标注有效性。"
            "市政府全年召开常务会议24次，审议议题137个，其中涉及重大民生事项的议题31个，"
            "会议情况均通过“今日关注”栏目发布。"
        ),
        "cells": {
            "t2.regulation.issued": 2, "t2.regulation.repealed": 1, "t2.regulation.in_force": 43,
            "t2.normative_doc.issued": 19, "t2.normative_doc.repealed": 8, "t2.normative_doc.in_force": 236,
        },
    },
    {
        "voice": "地级市不动产登记中心（自然资源部门所属事业单位）；年报第一、三部分",
        "text": (
            "本中心全年办理各类不动产登记业务14.6万件，"
            "依法收取行政事业性收费（不动产登记费）1,286.42万元，已全额缴入国库，"
            "收费依据和标准均在办事大厅和网站公示。"
            "全年受理政府信息公开申请93件，其中自然人申请85件，法律服务机构申请8件，已全部办结。"
            "申请事项多为查询房屋权属登记资料，对于属于不动产登记资料查询的，"
            "告知申请人按照不动产登记资料查询的专门规定办理，计19件。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 1286.42,
            "t3.new.natural": 85, "t3.new.legal_service": 8, "t3.new.total": 93,
            "t3.granted.natural": 40, "t3.granted.legal_service": 4, "t3.granted.total": 44,
            "t3.partial.natural": 5, "t3.partial.total": 5,
            "t3.denied.admin_query.natural": 17, "t3.denied.admin_query.legal_service": 2,
                "t3.denied.admin_query.total": 19,
            "t3.unable.not_held.natural": 20, "t3.unable.not_held.legal_service": 2,
                "t3.unable.not_held.total": 22,
            "t3.not_processed.petition.natural": 3, "t3.not_processed.petition.total": 3,
            "t3.total_processed.natural": 85, "t3.total_processed.legal_service": 8,
                "t3.total_processed.total": 93,
        },
    },
    {
        "voice": "省药品监督管理局；年报第三部分（含成数与百分比）",
        "text": (
            "全年本局共收到政府信息公开申请79件，其中商业企业提出的申请占比超过六成，达到48件，"
            "其余31件由自然人提出。本年度办理的79件申请均已按期答复，答复率达到百分之百。"
            "其中，予以公开35件，占44.3%；部分公开12件；不予公开9件，主要涉及企业商业秘密；"
            "无法提供18件；不予处理5件。"
            "申请事项主要围绕药品经营许可、医疗器械注册备案和药品抽检结果等内容。"
        ),
        "cells": {
            "t3.new.natural": 31, "t3.new.commercial": 48, "t3.new.total": 79,
            "t3.granted.natural": 13, "t3.granted.commercial": 22, "t3.granted.total": 35,
            "t3.partial.natural": 4, "t3.partial.commercial": 8, "t3.partial.total": 12,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.commercial": 8,
                "t3.denied.third_party.total": 9,
            "t3.unable.not_held.natural": 10, "t3.unable.not_held.commercial": 6, "t3.unable.not_held.total": 16,
            "t3.unable.needs_creation.commercial": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 3, "t3.not_processed.petition.total": 3,
            "t3.not_processed.duplicate.commercial": 2, "t3.not_processed.duplicate.total": 2,
            "t3.total_processed.natural": 31, "t3.total_processed.commercial": 48, "t3.total_processed.total": 79,
        },
    },
    {
        "voice": "地级市城市管理综合行政执法局；年报第一部分“总体情况”（含“近百”）",
        "text": (
            "本年度，市城市管理综合行政执法局按照“谁执法谁公示”原则，"
            "在门户网站和信用信息平台公示行政处罚决定2,431件，较上年增长约12%；"
            "作出责令停止违法行为、查封施工工具等行政强制决定近百件。"
            "全局制发行政规范性文件1件，现行有效行政规范性文件6件。"
            "收到政府信息公开申请31件，其中自然人申请29件，商业企业申请2件，均已办结，"
            "未收取任何费用。"
        ),
        "cells": {
            "t2.normative_doc.issued": 1, "t2.normative_doc.in_force": 6,
            "t2.penalty.decisions": 2431,
            "t2.coercion.decisions": 96,
            "t3.new.natural": 29, "t3.new.commercial": 2, "t3.new.total": 31,
            "t3.granted.natural": 10, "t3.granted.commercial": 1, "t3.granted.total": 11,
            "t3.partial.natural": 2, "t3.partial.commercial": 1, "t3.partial.total": 3,
            "t3.unable.not_held.natural": 12, "t3.unable.not_held.total": 12,
            "t3.not_processed.petition.natural": 5, "t3.not_processed.petition.total": 5,
            "t3.total_processed.natural": 29, "t3.total_processed.commercial": 2, "t3.total_processed.total": 31,
        },
    },
    {
        "voice": "国家高新技术产业开发区管委会；年报第三部分",
        "text": (
            "高新技术产业开发区管委会2023年共收到政府信息公开申请18件，全部为新收申请，"
            "无上年结转。申请人中，商业企业7件，科研机构3件，自然人8件。"
            "办理结果为：予以公开10件，部分公开3件，无法提供4件，"
            "因申请内容不明确且申请人逾期未补正而不再处理1件。"
            "截至年底，所有申请均已办结，无结转下年度申请。"
            "申请内容主要涉及企业入驻扶持政策兑现、工业用地出让和园区规划调整等。"
        ),
        "cells": {
            "t3.new.natural": 8, "t3.new.commercial": 7, "t3.new.research": 3, "t3.new.total": 18,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 4, "t3.granted.commercial": 4, "t3.granted.research": 2, "t3.granted.total": 10,
            "t3.partial.commercial": 2, "t3.partial.research": 1, "t3.partial.total": 3,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 4,
            "t3.other.no_correction.natural": 1, "t3.other.no_correction.total": 1,
            "t3.total_processed.natural": 8, "t3.total_processed.commercial": 7, "t3.total_processed.research": 3,
                "t3.total_processed.total": 18,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "乡镇人民政府；年报总体情况（汉字数字、数字在关键词之前）",
        "text": (
            "2023年，本镇收到群众提出的政府信息公开申请两件，"
            "分别涉及土地征收补偿标准和低保对象名单，一件予以公开，"
            "一件因涉及个人隐私作区分处理后部分公开，均在二十个工作日内答复完毕。"
            "全年通过镇政府信息公开专栏发布信息三百余条，利用村务公开栏公示惠民资金发放情况十二期。"
            "本年度镇政府未作出行政处罚决定，未收取行政事业性收费，未发生行政复议、行政诉讼。"
        ),
        "cells": {
            "t2.penalty.decisions": 0,
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 2, "t3.new.total": 2,
            "t3.granted.natural": 1, "t3.granted.total": 1,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.total_processed.natural": 2, "t3.total_processed.total": 2,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市统计局；年报第三部分（冒号与破折号格式）",
        "text": (
            "本年度收到政府信息公开申请情况：自然人申请41件，商业企业申请12件，科研机构申请9件，"
            "合计62件。本年度办理结果：予以公开——23件；部分公开——6件；"
            "无法提供（本机关不掌握或需另行制作）——27件；不予处理——4件；结转下年度——2件。"
            "申请内容集中于分行业工资、人口抽样调查和地区生产总值等统计数据，"
            "对于要求提供已公开出版统计年鉴的，告知申请人获取途径。"
        ),
        "cells": {
            "t3.new.natural": 41, "t3.new.commercial": 12, "t3.new.research": 9, "t3.new.total": 62,
            "t3.granted.natural": 14, "t3.granted.commercial": 5, "t3.granted.research": 4, "t3.granted.total": 23,
            "t3.partial.natural": 3, "t3.partial.commercial": 2, "t3.partial.research": 1, "t3.partial.total": 6,
            "t3.unable.not_held.natural": 10, "t3.unable.not_held.commercial": 3, "t3.unable.not_held.total": 13,
            "t3.unable.needs_creation.natural": 8, "t3.unable.needs_creation.commercial": 2,
                "t3.unable.needs_creation.research": 4, "t3.unable.needs_creation.total": 14,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.not_processed.publication.natural": 3, "t3.not_processed.publication.total": 3,
            "t3.total_processed.natural": 39, "t3.total_processed.commercial": 12,
                "t3.total_processed.research": 9, "t3.total_processed.total": 60,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "地级市住房公积金管理中心；年报第一部分（热线的按时办结率不是表三的办结率）",
        "text": (
            "市住房公积金管理中心全年发布公积金政策、年度报告和贷款利率调整等信息268条，"
            "门户网站年度访问量约310万人次，12329服务热线受理咨询9.8万件，"
            "按时办结率99.6%。"
            "本年度收到政府信息公开申请13件，上年结转1件，其中，予以公开6件，部分公开1件，"
            "本中心不掌握相关信息4件，信访举报类申请不予处理2件，均已办结，"
            "另有1件申请因需补正结转下年度。"
        ),
        "cells": {
            "t3.new.natural": 13, "t3.new.total": 13,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 6, "t3.granted.total": 6,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.unable.not_held.natural": 4, "t3.unable.not_held.total": 4,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.total_processed.natural": 13, "t3.total_processed.total": 13,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
    },
    {
        "voice": "省气象局；年报第一部分“总体情况”",
        "text": (
            "本局坚持“以公开为常态、不公开为例外”，全年主动公开气象灾害预警、"
            "雷电防护装置检测资质许可等信息1,927条。"
            "依法作出雷电防护装置设计审核、升放气球活动许可等行政许可决定342件，"
            "作出行政处罚决定3件。"
            "全年收到政府信息公开申请7件，均为法人或其他组织提出（商业企业5件，法律服务机构2件），"
            "已全部办结，其中予以公开5件，因属于过程性信息不予公开1件，本机关不掌握相关信息1件。"
        ),
        "cells": {
            "t2.licensing.decisions": 342,
            "t2.penalty.decisions": 3,
            "t3.new.commercial": 5, "t3.new.legal_service": 2, "t3.new.total": 7,
            "t3.granted.commercial": 4, "t3.granted.legal_service": 1, "t3.granted.total": 5,
            "t3.denied.process_info.legal_service": 1, "t3.denied.process_info.total": 1,
            "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 1,
            "t3.total_processed.commercial": 5, "t3.total_processed.legal_service": 2,
                "t3.total_processed.total": 7,
        },
    },
    {
        "voice": "地级市消防救援支队；年报第一、三、四部分合写",
        "text": (
            "支队全年通过政务新媒体矩阵发布火灾防控提示和执法信息2,140余条，"
            "开展消防宣传“进企业、进社区、进学校”活动480场次，受教育群众约36万人次。"
            "全年作出消防行政处罚决定618件，作出临时查封等行政强制决定57件。"
            "收到政府信息公开申请6件，其中5件要求提供火灾事故调查案卷材料，"
            "因属于行政执法案卷不予公开，另1件予以公开。未发生信息公开类行政复议或行政诉讼。"
        ),
        "cells": {
            "t2.penalty.decisions": 618,
            "t2.coercion.decisions": 57,
            "t3.new.natural": 6, "t3.new.total": 6,
            "t3.granted.natural": 1, "t3.granted.total": 1,
            "t3.denied.enforcement_file.natural": 5, "t3.denied.enforcement_file.total": 5,
            "t3.total_processed.natural": 6, "t3.total_processed.total": 6,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "县民政局；年报第三、四部分（成数、上年数字、否定式零）",
        "text": (
            "本年度县民政局共收到政府信息公开申请40件，较上年（52件）有所减少，申请人均为自然人，"
            "主要涉及最低生活保障、特困供养和殡葬管理事项。"
            "全部申请已办结，约七成予以公开或部分公开，具体为予以公开22件、部分公开6件；"
            "无法提供8件，不予处理4件。"
            "全年未收到法人或其他组织的申请，未发生政府信息公开行政复议和行政诉讼。"
        ),
        "cells": {
            "t3.new.natural": 40, "t3.new.total": 40,
            "t3.granted.natural": 22, "t3.granted.total": 22,
            "t3.partial.natural": 6, "t3.partial.total": 6,
            "t3.unable.not_held.natural": 7, "t3.unable.not_held.total": 7,
            "t3.unable.needs_creation.natural": 1, "t3.unable.needs_creation.total": 1,
            "t3.not_processed.petition.natural": 3, "t3.not_processed.petition.total": 3,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.total_processed.natural": 40, "t3.total_processed.total": 40,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市林业局；年报第四部分（三组复议诉讼逐一列出）",
        "text": (
            "本局本年度因政府信息公开被申请行政复议3件，结果为维持2件、"
            "其他结果1件（申请人主动撤回）；"
            "被提起行政诉讼4件，其中直接起诉3件（维持1件，尚未审结2件），"
            "复议后起诉1件（结果纠正1件）。"
            "以上行政复议和行政诉讼案件合计7件，被纠错1件，已按照法院判决重新作出答复。"
            "全年收到政府信息公开申请29件，均已办结。"
        ),
        "cells": {
            "t3.new.natural": 25, "t3.new.commercial": 4, "t3.new.total": 29,
            "t3.granted.natural": 10, "t3.granted.commercial": 2, "t3.granted.total": 12,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.denied.third_party.commercial": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 8, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 9,
            "t3.not_processed.petition.natural": 4, "t3.not_processed.petition.total": 4,
            "t3.total_processed.natural": 25, "t3.total_processed.commercial": 4, "t3.total_processed.total": 29,
            "t4.review.upheld": 2, "t4.review.other": 1, "t4.review.total": 3,
            "t4.lit_direct.upheld": 1, "t4.lit_direct.pending": 2, "t4.lit_direct.total": 3,
            "t4.lit_after_review.corrected": 1, "t4.lit_after_review.total": 1,
        },
    },
    {
        "voice": "地级市水利局；年报第一部分（个百分点、计划）",
        "text": (
            "2023年，市水利局收到政府信息公开申请24件，上年结转2件，办结25件，"
            "办结率96.2%，较上年提高3.1个百分点。"
            "予以公开和部分公开的共15件，其余为无法提供7件、不予处理3件。"
            "全年主动公开水资源公报、河湖长制工作动态等信息742条，发布政策解读9篇。"
            "2024年将完成全部19个水利工程管理单位的公开事项目录编制，"
            "计划开展业务培训不少于3次。"
        ),
        "cells": {
            "t3.new.natural": 20, "t3.new.commercial": 4, "t3.new.total": 24,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 9, "t3.granted.commercial": 3, "t3.granted.total": 12,
            "t3.partial.natural": 2, "t3.partial.commercial": 1, "t3.partial.total": 3,
            "t3.unable.not_held.natural": 6, "t3.unable.not_held.total": 6,
            "t3.unable.needs_creation.natural": 1, "t3.unable.needs_creation.total": 1,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.total_processed.natural": 21, "t3.total_processed.commercial": 4, "t3.total_processed.total": 25,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
    },
    {
        "voice": "地级市卫生健康委员会；年报第一部分（“左右”“以上”“约一成”）",
        "text": (
            "市卫生健康委员会2023年受理政府信息公开申请120件左右，主要涉及医疗机构执业登记、"
            "医疗纠纷处理和预防接种等，办结率达到百分之九十五以上，其中法人或其他组织申请约占一成。"
            "全年作出医疗机构执业许可等行政许可决定1,058件，作出卫生健康行政处罚决定276件；"
            "收取行政事业性收费0.8万元。全年公开人大代表建议和政协提案复文46件。"
        ),
        "cells": {
            "t2.licensing.decisions": 1058,
            "t2.penalty.decisions": 276,
            "t2.admin_fee.amount_wan": 0.8,
            "t3.new.natural": 108, "t3.new.commercial": 10, "t3.new.legal_service": 3, "t3.new.total": 121,
            "t3.carried_over.natural": 3, "t3.carried_over.total": 3,
            "t3.granted.natural": 40, "t3.granted.commercial": 5, "t3.granted.legal_service": 2,
                "t3.granted.total": 47,
            "t3.partial.natural": 10, "t3.partial.commercial": 2, "t3.partial.total": 12,
            "t3.denied.third_party.natural": 5, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 6,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.total": 2,
            "t3.unable.not_held.natural": 33, "t3.unable.not_held.commercial": 1,
                "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 35,
            "t3.unable.needs_creation.natural": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 7, "t3.not_processed.petition.total": 7,
            "t3.not_processed.duplicate.natural": 3, "t3.not_processed.duplicate.total": 3,
            "t3.other.no_correction.natural": 5, "t3.other.no_correction.total": 5,
            "t3.total_processed.natural": 107, "t3.total_processed.commercial": 9,
                "t3.total_processed.legal_service": 3, "t3.total_processed.total": 119,
            "t3.carried_forward.natural": 4, "t3.carried_forward.commercial": 1, "t3.carried_forward.total": 5,
        },
    },
    {
        "voice": "省属国有交通投资集团；参照政府信息公开年报格式的依申请公开段落",
        "text": (
            "集团作为省属国有企业，依照公共企事业单位信息公开有关规定开展信息公开工作。"
            "本年度收到公众提出的信息公开申请8件，其中涉及高速公路通行费减免政策5件，"
            "涉及沿线征地拆迁补偿3件。8件申请全部在规定时限内答复：予以公开6件；"
            "另2件申请的信息不属于本集团掌握范围，已告知申请人向有关行政机关申请。"
            "集团全年未发生与信息公开相关的复议、诉讼案件。"
            "全年共收集社会公众意见建议112条，采纳率约35%。"
        ),
        "cells": {
            "t3.new.natural": 8, "t3.new.total": 8,
            "t3.granted.natural": 6, "t3.granted.total": 6,
            "t3.unable.not_held.natural": 2, "t3.unable.not_held.total": 2,
            "t3.total_processed.natural": 8, "t3.total_processed.total": 8,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市自然资源和规划局；年报第六部分（信息处理费与行政事业性收费分开报告）",
        "text": (
            "六、其他需要报告的事项。（一）收取信息处理费情况。"
            "本年度，本局对1名申请人在一个月内提交的超出标准数量的申请，"
            "按照有关规定按件计收信息处理费，共计400元；其余申请均未收费。"
            "（二）行政事业性收费情况。"
            "本局本年度收取行政事业性收费（不动产登记费）523.6万元，收费依据、"
            "标准均已在门户网站公示。（三）建议提案办理情况。"
            "全年承办市人大代表建议32件、市政协委员提案28件，均按时办复。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 523.6,
        },
    },
]
