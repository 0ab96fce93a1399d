"""Invented narratives of government-information-disclosure annual reports (政府信息公开工作年度报告), each holding
exactly ONE real contradiction, for checking that the narrative-versus-table comparison reports it.

``NARRATIVES`` is a list of dicts ``{"voice", "text", "cells", "wrong", "kind"}``:

* ``voice``: who is speaking (the kind of issuer and the report section the text imitates) and what the one
  wrong figure is;
* ``text``: 150-400 characters in the style of sections 一 (总体情况), 三 (依申请公开), 四 (复议诉讼) or 六
  (其他需要报告的事项) of that issuer's report;
* ``cells``: 2021-format table cells (schema keys ``t2.*``, ``t3.*``, ``t4.*`` of shared/domain/schema.json):
  every cell the text restates, with its TRUE value, plus the cells those values imply, so that the table's own
  identities hold (表三: 一 + 二 = 三(七) + 四 in every column, (七) = sum of the outcome rows, 总计 = sum of the
  six applicant columns; 表四: 总计 = 维持 + 纠正 + 其他 + 尚未审结 in each group).  Cells that are not listed
  are 0; zeros that a text asserts (无上年结转, 结转下年度0件, 无结转下年度的申请) are listed explicitly;
* ``wrong``: the exact surface of the one wrong figure as it appears in ``text`` (it occurs there once);
* ``kind``: what makes it wrong:
  - ``"table"``: a figure plainly stating this year's cell of the body's own table (requests received or
    processed, an outcome, carried over / forward, review or litigation totals or outcomes, 规章 and 行政规范性
    文件 制发/废止/现行有效, 行政许可/处罚/强制 decisions, 行政事业性收费) differs from ``cells``; the wrong
    figure may stand before its keyword, be written in Chinese numerals, full-width digits, 万 or 元, or be a
    新收 figure that wrongly includes the carried-over requests;
  - ``"list"``: a 其中 / 分别为 list that claims to be complete (it ends with 其他… / 其余…, or 分别为 runs over
    all categories) does not add up to its stated total; either one part or the total is the wrong figure,
    and it also disagrees with its table cell where it has one;
  - ``"rate"``: a rate (办结率, 公开率, 纠错率, 维持率, 按期答复率, 留言答复率) stated in the same sentence as its
    own numerator and denominator is wrong at its stated precision (the numerator and denominator are right).

Everything else in a text is consistent: the other table figures agree with ``cells``, incomplete 其中 lists stay
below their totals, and the figures that are not table figures (items published, guides updated, hotline
messages, proposals, days) are plain facts with no table target.  No wrong figure is approximate (约, 左右,
以上), planned, a last-year comparison, about a sub-unit or about one applicant type's share of an outcome.

Every issuer, name, figure and sentence here is invented for this test; no text is copied from a real report.
"""
from __future__ import annotations

NARRATIVES = [
    {
        "voice": "地级市人力资源和社会保障局；第三部分“收到和处理政府信息公开申请情况”。错误：称“新收”的数字把上年结转也算了进去",
        "text": (
            "（一）收到申请情况。本年度新收政府信息公开申请260件，另有上年结转申请12件，申请内容主要集中在社会保险待遇核定、"
            "工伤认定结论、劳动保障监察处理等方面。（二）办理情况。全年办结申请244件，结转下年度继续办理16件。办结的申请中，"
            "予以公开96件，部分公开18件，不予公开9件，无法提供87件，不予处理22件，其他处理12件。"
            "对不予公开和无法提供的，均在答复书中逐项说明理由和依据，并告知申请人救济途径。"
        ),
        "cells": {
            "t3.new.natural": 208, "t3.new.commercial": 31, "t3.new.legal_service": 6, "t3.new.org_other": 3,
                "t3.new.total": 248,
            "t3.carried_over.natural": 12, "t3.carried_over.total": 12,
            "t3.granted.natural": 96, "t3.granted.total": 96,
            "t3.partial.natural": 18, "t3.partial.total": 18,
            "t3.denied.third_party.natural": 5, "t3.denied.third_party.total": 5,
            "t3.denied.process_info.natural": 4, "t3.denied.process_info.total": 4,
            "t3.unable.not_held.natural": 80, "t3.unable.not_held.total": 80,
            "t3.unable.needs_creation.natural": 1, "t3.unable.needs_creation.commercial": 6,
                "t3.unable.needs_creation.total": 7,
            "t3.not_processed.petition.commercial": 15, "t3.not_processed.petition.total": 15,
            "t3.not_processed.duplicate.commercial": 7, "t3.not_processed.duplicate.total": 7,
            "t3.other.no_correction.commercial": 3, "t3.other.no_correction.legal_service": 6,
                "t3.other.no_correction.org_other": 3, "t3.other.no_correction.total": 12,
            "t3.total_processed.natural": 204, "t3.total_processed.commercial": 31,
                "t3.total_processed.legal_service": 6, "t3.total_processed.org_other": 3,
                "t3.total_processed.total": 244,
            "t3.carried_forward.natural": 16, "t3.carried_forward.total": 16,
        },
        "wrong": "260件",
        "kind": "table",
    },
    {
        "voice": "县人民政府办公室；第一部分“总体情况”中的依申请公开段落。错误：予以公开多算一件",
        "text": (
            "（二）依申请公开方面。本机关全年共收到政府信息公开申请57件，上年结转3件，共办结55件，结转下年度继续办理5件。"
            "在办结的申请中，依法予以公开22件，部分公开4件。申请人较为关注征地补偿安置、房屋征收、农村宅基地审批等事项。"
            "我办进一步规范申请登记、承办、审核、答复流程，统一答复文书格式，对承办单位起草的答复意见逐件进行合法性审查，"
            "所有申请均在法定期限内予以答复。"
        ),
        "cells": {
            "t3.new.natural": 49, "t3.new.commercial": 6, "t3.new.org_other": 2, "t3.new.total": 57,
            "t3.carried_over.natural": 3, "t3.carried_over.total": 3,
            "t3.granted.natural": 21, "t3.granted.total": 21,
            "t3.partial.natural": 4, "t3.partial.total": 4,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.total": 2,
            "t3.unable.not_held.natural": 19, "t3.unable.not_held.total": 19,
            "t3.not_processed.petition.natural": 1, "t3.not_processed.petition.commercial": 3,
                "t3.not_processed.petition.total": 4,
            "t3.not_processed.duplicate.commercial": 2, "t3.not_processed.duplicate.total": 2,
            "t3.other.no_correction.commercial": 1, "t3.other.no_correction.org_other": 2,
                "t3.other.no_correction.total": 3,
            "t3.total_processed.natural": 47, "t3.total_processed.commercial": 6, "t3.total_processed.org_other": 2,
                "t3.total_processed.total": 55,
            "t3.carried_forward.natural": 5, "t3.carried_forward.total": 5,
        },
        "wrong": "22件",
        "kind": "table",
    },
    {
        "voice": "省交通运输厅；第三部分。错误：不予公开的件数写在关键词之前，且与表三不符",
        "text": (
            "本年度本厅新收政府信息公开申请196件，上年结转8件，全年共办结198件。其中，71件予以公开，22件部分公开，"
            "9件因涉及第三方合法权益、内部事务或过程性信息依法不予公开，64件因本机关不掌握相关信息或需要另行制作而无法提供；"
            "另有6件结转下年度继续办理。申请事项以公路建设项目审批、道路运输经营许可、交通运输行政执法为主。"
            "本厅对复杂疑难申请实行法律顾问会商，确保答复依据充分、告知完整。"
        ),
        "cells": {
            "t3.new.natural": 142, "t3.new.commercial": 38, "t3.new.research": 2, "t3.new.legal_service": 9,
                "t3.new.org_other": 5, "t3.new.total": 196,
            "t3.carried_over.natural": 8, "t3.carried_over.total": 8,
            "t3.granted.natural": 71, "t3.granted.total": 71,
            "t3.partial.natural": 22, "t3.partial.total": 22,
            "t3.denied.third_party.natural": 3, "t3.denied.third_party.total": 3,
            "t3.denied.internal_affairs.natural": 1, "t3.denied.internal_affairs.total": 1,
            "t3.denied.process_info.natural": 4, "t3.denied.process_info.total": 4,
            "t3.unable.not_held.natural": 43, "t3.unable.not_held.commercial": 15, "t3.unable.not_held.total": 58,
            "t3.unable.needs_creation.commercial": 6, "t3.unable.needs_creation.total": 6,
            "t3.not_processed.petition.commercial": 12, "t3.not_processed.petition.total": 12,
            "t3.not_processed.duplicate.commercial": 5, "t3.not_processed.duplicate.total": 5,
            "t3.other.no_correction.research": 2, "t3.other.no_correction.legal_service": 8,
                "t3.other.no_correction.total": 10,
            "t3.other.other.legal_service": 1, "t3.other.other.org_other": 5, "t3.other.other.total": 6,
            "t3.total_processed.natural": 144, "t3.total_processed.commercial": 38,
                "t3.total_processed.research": 2, "t3.total_processed.legal_service": 9,
                "t3.total_processed.org_other": 5, "t3.total_processed.total": 198,
            "t3.carried_forward.natural": 6, "t3.carried_forward.total": 6,
        },
        "wrong": "9件",
        "kind": "table",
    },
    {
        "voice": "地级市生态环境局；第四部分“行政复议、行政诉讼情况”。错误：行政复议总数用汉字数字写成五件",
        "text": (
            "2023年，本局收到政府信息公开申请50件，办结48件，结转下年度2件。因政府信息公开工作被申请行政复议五件，"
            "其中维持原答复2件、被纠正1件，另有1件尚未审结；被提起行政诉讼3件，均为未经复议直接起诉，"
            "人民法院均判决驳回原告诉讼请求。针对被纠正的案件，本局逐案剖析原因，完善答复前法制审核程序，"
            "并组织承办人员围绕答复文书规范开展专题学习。"
        ),
        "cells": {
            "t3.new.natural": 35, "t3.new.commercial": 12, "t3.new.social_welfare": 3, "t3.new.total": 50,
            "t3.granted.natural": 20, "t3.granted.total": 20,
            "t3.partial.natural": 6, "t3.partial.total": 6,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.commercial": 10, "t3.unable.not_held.total": 15,
            "t3.not_processed.petition.commercial": 2, "t3.not_processed.petition.social_welfare": 1,
                "t3.not_processed.petition.total": 3,
            "t3.other.no_correction.social_welfare": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 33, "t3.total_processed.commercial": 12,
                "t3.total_processed.social_welfare": 3, "t3.total_processed.total": 48,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
            "t4.review.upheld": 2, "t4.review.corrected": 1, "t4.review.pending": 1, "t4.review.total": 4,
            "t4.lit_direct.upheld": 3, "t4.lit_direct.total": 3,
        },
        "wrong": "五件",
        "kind": "table",
    },
    {
        "voice": "市辖区人民政府；第四部分。错误：行政诉讼件数两位数字颠倒（21/12）",
        "text": (
            "2023年，区政府本级共新收政府信息公开申请372件，上年结转15件，办结368件，结转下年度19件。"
            "全年因政府信息公开被申请行政复议16件，被提起行政诉讼21件。行政复议案件中，结果维持9件，结果纠正2件，"
            "其他结果3件，尚未审结2件；行政诉讼案件均为未经复议直接起诉。对被纠正的案件，区政府办公室会同区司法局逐案复盘，"
            "督促承办单位整改到位。"
        ),
        "cells": {
            "t3.new.natural": 310, "t3.new.commercial": 44, "t3.new.legal_service": 12, "t3.new.org_other": 6,
                "t3.new.total": 372,
            "t3.carried_over.natural": 15, "t3.carried_over.total": 15,
            "t3.granted.natural": 118, "t3.granted.total": 118,
            "t3.partial.natural": 41, "t3.partial.total": 41,
            "t3.denied.state_secret.natural": 1, "t3.denied.state_secret.total": 1,
            "t3.denied.third_party.natural": 6, "t3.denied.third_party.total": 6,
            "t3.denied.process_info.natural": 8, "t3.denied.process_info.total": 8,
            "t3.denied.enforcement_file.natural": 2, "t3.denied.enforcement_file.total": 2,
            "t3.unable.not_held.natural": 126, "t3.unable.not_held.total": 126,
            "t3.unable.needs_creation.natural": 4, "t3.unable.needs_creation.commercial": 7,
                "t3.unable.needs_creation.total": 11,
            "t3.unable.unclear_after_correction.commercial": 4, "t3.unable.unclear_after_correction.total": 4,
            "t3.not_processed.petition.commercial": 22, "t3.not_processed.petition.total": 22,
            "t3.not_processed.duplicate.commercial": 11, "t3.not_processed.duplicate.legal_service": 3,
                "t3.not_processed.duplicate.total": 14,
            "t3.not_processed.mass_repeat.legal_service": 3, "t3.not_processed.mass_repeat.total": 3,
            "t3.other.no_correction.legal_service": 6, "t3.other.no_correction.org_other": 3,
                "t3.other.no_correction.total": 9,
            "t3.other.other.org_other": 3, "t3.other.other.total": 3,
            "t3.total_processed.natural": 306, "t3.total_processed.commercial": 44,
                "t3.total_processed.legal_service": 12, "t3.total_processed.org_other": 6,
                "t3.total_processed.total": 368,
            "t3.carried_forward.natural": 19, "t3.carried_forward.total": 19,
            "t4.review.upheld": 9, "t4.review.corrected": 2, "t4.review.other": 3, "t4.review.pending": 2,
                "t4.review.total": 16,
            "t4.lit_direct.upheld": 7, "t4.lit_direct.corrected": 1, "t4.lit_direct.other": 2,
                "t4.lit_direct.pending": 2, "t4.lit_direct.total": 12,
        },
        "wrong": "21件",
        "kind": "table",
    },
    {
        "voice": "地级市市场监督管理局；第一部分“主动公开”段落。错误：行政处罚决定数后两位数字颠倒",
        "text": (
            "（一）主动公开。本局坚持以公开为常态、不公开为例外，全年通过门户网站主动公开政府信息3,215条。及时公开行政许可、"
            "行政处罚等执法信息，全年作出行政许可决定15,482件、行政处罚决定2,316件，实施行政强制127件，"
            "相关决定均在作出之日起7个工作日内上网公示。本年制发行政规范性文件6件，废止3件，截至年底现行有效41件，"
            "均已在规范性文件专栏集中公开，并同步标注效力状态。"
        ),
        "cells": {
            "t2.normative_doc.issued": 6, "t2.normative_doc.repealed": 3, "t2.normative_doc.in_force": 41,
            "t2.licensing.decisions": 15482,
            "t2.penalty.decisions": 2361,
            "t2.coercion.decisions": 127,
        },
        "wrong": "2,316件",
        "kind": "table",
    },
    {
        "voice": "县住房和城乡建设局；第一部分“总体情况”（一是、二是、三是）。错误：现行有效规范性文件数字颠倒（32/23）",
        "text": (
            "本局紧紧围绕住房保障、城市建设、物业管理等群众关注事项推进政务公开。一是规范性文件管理更加规范，"
            "本年制发行政规范性文件4件、废止2件，截至年底，本局现行有效的行政规范性文件共32件，"
            "已全部在县政府门户网站集中公开并标注有效状态。二是依申请公开办理更加规范，本年新收申请18件，上年结转1件，"
            "均已办结，其中予以公开9件、部分公开2件。三是本年作出的行政许可决定846件全部及时上网公示。"
        ),
        "cells": {
            "t2.normative_doc.issued": 4, "t2.normative_doc.repealed": 2, "t2.normative_doc.in_force": 23,
            "t2.licensing.decisions": 846,
            "t3.new.natural": 15, "t3.new.commercial": 3, "t3.new.total": 18,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 9, "t3.granted.total": 9,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.total": 5,
            "t3.not_processed.petition.commercial": 2, "t3.not_processed.petition.total": 2,
            "t3.other.no_correction.commercial": 1, "t3.other.no_correction.total": 1,
            "t3.total_processed.natural": 16, "t3.total_processed.commercial": 3, "t3.total_processed.total": 19,
            "t3.carried_forward.total": 0,
        },
        "wrong": "32件",
        "kind": "table",
    },
    {
        "voice": "地级市司法局；第一部分“政府信息管理”段落。错误：制发规范性文件数用汉字数字写成四件",
        "text": (
            "在政府信息管理方面，本局严格落实行政规范性文件统一登记、统一编号、统一公布制度，本年度制发行政规范性文件四件，"
            "废止1件，现行有效17件，均按要求在市政府门户网站规范性文件库同步发布。同时，对本局主动公开基本目录进行全面梳理，"
            "调整公开事项12项。依申请公开方面，全年收到政府信息公开申请26件，均已按期办结，其中予以公开12件，部分公开3件，"
            "无法提供8件。"
        ),
        "cells": {
            "t2.normative_doc.issued": 3, "t2.normative_doc.repealed": 1, "t2.normative_doc.in_force": 17,
            "t3.new.natural": 22, "t3.new.legal_service": 4, "t3.new.total": 26,
            "t3.granted.natural": 12, "t3.granted.total": 12,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.unable.not_held.natural": 7, "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 8,
            "t3.not_processed.petition.legal_service": 2, "t3.not_processed.petition.total": 2,
            "t3.other.no_correction.legal_service": 1, "t3.other.no_correction.total": 1,
            "t3.total_processed.natural": 22, "t3.total_processed.legal_service": 4, "t3.total_processed.total": 26,
            "t3.carried_over.total": 0,
            "t3.carried_forward.total": 0,
        },
        "wrong": "四件",
        "kind": "table",
    },
    {
        "voice": "地级市行政审批服务局；第一部分“主动公开”段落。错误：行政许可决定数以“万”表示，与表二差一千件",
        "text": (
            "本局作为全市相对集中行政许可权改革的实施部门，持续推进审批结果公开，全年共作出行政许可决定1.26万件，"
            "全部通过“信用中国”地方站点和本局网站进行“双公示”。依申请公开方面，本年新收政府信息公开申请63件，上年结转2件，"
            "办结62件，结转下年度3件，办结的申请中予以公开30件。申请人主要为企业，关注事项集中在项目审批进度和审批档案查阅。"
            "本局同步更新办事指南182项，确保线上线下标准一致。"
        ),
        "cells": {
            "t2.licensing.decisions": 11642,
            "t3.new.natural": 20, "t3.new.commercial": 41, "t3.new.org_other": 2, "t3.new.total": 63,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 19, "t3.granted.commercial": 11, "t3.granted.total": 30,
            "t3.partial.commercial": 5, "t3.partial.total": 5,
            "t3.denied.third_party.commercial": 3, "t3.denied.third_party.total": 3,
            "t3.unable.not_held.commercial": 16, "t3.unable.not_held.total": 16,
            "t3.unable.needs_creation.commercial": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.commercial": 4, "t3.not_processed.petition.total": 4,
            "t3.other.no_correction.org_other": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 19, "t3.total_processed.commercial": 41,
                "t3.total_processed.org_other": 2, "t3.total_processed.total": 62,
            "t3.carried_forward.natural": 3, "t3.carried_forward.total": 3,
        },
        "wrong": "1.26万件",
        "kind": "table",
    },
    {
        "voice": "地级市自然资源和规划局；第六部分“其他需要报告的事项”。错误：行政事业性收费以元表示，与表二万元数不符",
        "text": (
            "（一）收费情况。本年度本局未收取政府信息公开信息处理费。按照第二十条第（八）项要求，"
            "本局本年收取行政事业性收费326,500元，主要为不动产登记费和土地复垦费，收费项目、依据、标准均已在门户网站公开。"
            "本年作出行政许可决定1,208件，均已按规定公示。（二）落实上级年度政务公开工作要点情况。本局围绕国土空间规划、"
            "耕地保护等重点领域，发布政策解读8篇，召开新闻发布会3场。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 23.65,
            "t2.licensing.decisions": 1208,
        },
        "wrong": "326,500元",
        "kind": "table",
    },
    {
        "voice": "乡镇人民政府；第三部分。错误：结转下年度的件数写成“两件”，实际一件",
        "text": (
            "2023年，我镇共收到政府信息公开申请9件，均为自然人提出，无上年结转申请，主要涉及土地承包经营权确权、"
            "危房改造补助、最低生活保障评定等事项。截至12月31日，已办结8件，其中予以公开5件、无法提供2件、不予处理1件；"
            "结转下年度继续办理的有两件，将在法定期限内予以答复。镇党政办公室安排专人负责登记和答复，"
            "所有答复均经分管领导审核后送达。"
        ),
        "cells": {
            "t3.new.natural": 9, "t3.new.total": 9,
            "t3.granted.natural": 5, "t3.granted.total": 5,
            "t3.unable.not_held.natural": 2, "t3.unable.not_held.total": 2,
            "t3.not_processed.petition.natural": 1, "t3.not_processed.petition.total": 1,
            "t3.total_processed.natural": 8, "t3.total_processed.total": 8,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
            "t3.carried_over.total": 0,
        },
        "wrong": "两件",
        "kind": "table",
    },
    {
        "voice": "街道办事处；第三部分。错误：上年结转件数多一件",
        "text": (
            "本街道全年新收政府信息公开申请14件，上年结转申请3件，全年共办结16件，无结转下年度的申请。办结申请中，"
            "予以公开7件，部分公开1件，无法提供5件，不予处理1件，其他处理2件。申请事项集中在老旧小区改造、"
            "拆迁安置补偿和城市更新项目。街道对每件申请均建立办理台账，实行一案一档，答复前由法律顾问进行审核。"
        ),
        "cells": {
            "t3.new.natural": 12, "t3.new.commercial": 2, "t3.new.total": 14,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 7, "t3.granted.total": 7,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.total": 5,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 14, "t3.total_processed.commercial": 2, "t3.total_processed.total": 16,
            "t3.carried_forward.total": 0,
        },
        "wrong": "3件",
        "kind": "table",
    },
    {
        "voice": "地级市教育局；第三部分。错误：无法提供的件数两位数字颠倒（13/31）",
        "text": (
            "（一）申请总体情况。全年新收政府信息公开申请88件，其中自然人提出80件，法人或其他组织提出8件；上年结转4件。"
            "（二）办理结果。全年办结89件，结转下年度3件。其中，予以公开32件，部分公开6件；因本机关不掌握相关信息、"
            "需另行制作等原因无法提供的有13件；不予公开3件。申请内容主要涉及招生入学政策、学校建设项目、教师招聘等。"
        ),
        "cells": {
            "t3.new.natural": 80, "t3.new.commercial": 5, "t3.new.social_welfare": 3, "t3.new.total": 88,
            "t3.carried_over.natural": 4, "t3.carried_over.total": 4,
            "t3.granted.natural": 32, "t3.granted.total": 32,
            "t3.partial.natural": 6, "t3.partial.total": 6,
            "t3.denied.law_prohibited.natural": 1, "t3.denied.law_prohibited.total": 1,
            "t3.denied.internal_affairs.natural": 2, "t3.denied.internal_affairs.total": 2,
            "t3.unable.not_held.natural": 27, "t3.unable.not_held.total": 27,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.total": 3,
            "t3.unable.unclear_after_correction.natural": 1, "t3.unable.unclear_after_correction.total": 1,
            "t3.not_processed.petition.natural": 9, "t3.not_processed.petition.total": 9,
            "t3.not_processed.duplicate.commercial": 3, "t3.not_processed.duplicate.total": 3,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.social_welfare": 3,
                "t3.other.no_correction.total": 5,
            "t3.total_processed.natural": 81, "t3.total_processed.commercial": 5,
                "t3.total_processed.social_welfare": 3, "t3.total_processed.total": 89,
            "t3.carried_forward.natural": 3, "t3.carried_forward.total": 3,
        },
        "wrong": "13件",
        "kind": "table",
    },
    {
        "voice": "地级市卫生健康委员会；第三部分。错误：办结件数少两件，不等于表三任何总数",
        "text": (
            "本委全年新收政府信息公开申请154件，上年结转6件。全年办结申请151件，予以公开67件，部分公开14件，"
            "不予公开6件，无法提供52件。截至年底，尚有7件申请因需征求第三方意见而结转下年度办理。"
            "申请内容主要集中在医疗机构执业登记、医疗纠纷处理、疫苗接种等领域。本委对涉及个人隐私的信息严格进行保密审查，"
            "必要时作区分处理后公开。"
        ),
        "cells": {
            "t3.new.natural": 131, "t3.new.commercial": 17, "t3.new.legal_service": 4, "t3.new.org_other": 2,
                "t3.new.total": 154,
            "t3.carried_over.natural": 6, "t3.carried_over.total": 6,
            "t3.granted.natural": 67, "t3.granted.total": 67,
            "t3.partial.natural": 14, "t3.partial.total": 14,
            "t3.denied.third_party.natural": 4, "t3.denied.third_party.total": 4,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.total": 2,
            "t3.unable.not_held.natural": 43, "t3.unable.not_held.commercial": 4, "t3.unable.not_held.total": 47,
            "t3.unable.needs_creation.commercial": 5, "t3.unable.needs_creation.total": 5,
            "t3.not_processed.petition.commercial": 8, "t3.not_processed.petition.total": 8,
            "t3.other.no_correction.legal_service": 4, "t3.other.no_correction.org_other": 2,
                "t3.other.no_correction.total": 6,
            "t3.total_processed.natural": 130, "t3.total_processed.commercial": 17,
                "t3.total_processed.legal_service": 4, "t3.total_processed.org_other": 2,
                "t3.total_processed.total": 153,
            "t3.carried_forward.natural": 7, "t3.carried_forward.total": 7,
        },
        "wrong": "151件",
        "kind": "table",
    },
    {
        "voice": "省人民政府办公厅；第四部分。错误：被纠错件数与表四不符（表四纠正合计4件）",
        "text": (
            "本年度，省政府因政府信息公开被申请行政复议33件，被提起行政诉讼22件，其中未经复议直接起诉17件、复议后起诉5件。"
            "已审结的案件中，被复议机关或人民法院纠错6件，其余均被维持或以其他方式结案。被纠错案件主要原因为答复未充分说明理由、"
            "检索范围不够全面。省政府办公厅已逐件督促整改，并将典型案例纳入全省政务公开业务培训教材。"
        ),
        "cells": {
            "t4.review.upheld": 21, "t4.review.corrected": 3, "t4.review.other": 5, "t4.review.pending": 4,
                "t4.review.total": 33,
            "t4.lit_direct.upheld": 11, "t4.lit_direct.corrected": 1, "t4.lit_direct.other": 2,
                "t4.lit_direct.pending": 3, "t4.lit_direct.total": 17,
            "t4.lit_after_review.upheld": 4, "t4.lit_after_review.other": 1, "t4.lit_after_review.total": 5,
        },
        "wrong": "6件",
        "kind": "table",
    },
    {
        "voice": "国务院组成部门；第三部分。错误：部分公开件数后两位颠倒（1,054/1,045），带千位分隔符",
        "text": (
            "本部全年新收政府信息公开申请3,548件，上年结转87件，全年办结3,533件，结转下年度继续办理102件。"
            "在办结的申请中，予以公开1,207件，部分公开1,054件，不予公开166件，无法提供811件。"
            "无法提供的申请主要是所需信息不属于本部职责范围或本部未制作、未获取，"
            "对此均在答复中告知申请人可以咨询的行政机关及联系方式。本部还对申请量较大的事项进行分析，"
            "将其中具有普遍性的信息转为主动公开。"
        ),
        "cells": {
            "t3.new.natural": 2846, "t3.new.commercial": 512, "t3.new.research": 31, "t3.new.social_welfare": 18,
                "t3.new.legal_service": 96, "t3.new.org_other": 45, "t3.new.total": 3548,
            "t3.carried_over.natural": 80, "t3.carried_over.commercial": 7, "t3.carried_over.total": 87,
            "t3.granted.natural": 1207, "t3.granted.total": 1207,
            "t3.partial.natural": 1045, "t3.partial.total": 1045,
            "t3.denied.state_secret.natural": 12, "t3.denied.state_secret.total": 12,
            "t3.denied.law_prohibited.natural": 9, "t3.denied.law_prohibited.total": 9,
            "t3.denied.security_stability.natural": 3, "t3.denied.security_stability.total": 3,
            "t3.denied.third_party.natural": 41, "t3.denied.third_party.total": 41,
            "t3.denied.internal_affairs.natural": 22, "t3.denied.internal_affairs.total": 22,
            "t3.denied.process_info.natural": 57, "t3.denied.process_info.total": 57,
            "t3.denied.enforcement_file.natural": 8, "t3.denied.enforcement_file.total": 8,
            "t3.denied.admin_query.natural": 14, "t3.denied.admin_query.total": 14,
            "t3.unable.not_held.natural": 413, "t3.unable.not_held.commercial": 289,
                "t3.unable.not_held.total": 702,
            "t3.unable.needs_creation.commercial": 88, "t3.unable.needs_creation.total": 88,
            "t3.unable.unclear_after_correction.commercial": 21, "t3.unable.unclear_after_correction.total": 21,
            "t3.not_processed.petition.commercial": 114, "t3.not_processed.petition.research": 29,
                "t3.not_processed.petition.total": 143,
            "t3.not_processed.duplicate.research": 2, "t3.not_processed.duplicate.social_welfare": 18,
                "t3.not_processed.duplicate.legal_service": 41, "t3.not_processed.duplicate.total": 61,
            "t3.not_processed.publication.legal_service": 9, "t3.not_processed.publication.total": 9,
            "t3.not_processed.mass_repeat.legal_service": 18, "t3.not_processed.mass_repeat.total": 18,
            "t3.not_processed.confirm_reissue.legal_service": 4, "t3.not_processed.confirm_reissue.total": 4,
            "t3.other.no_correction.legal_service": 24, "t3.other.no_correction.org_other": 25,
                "t3.other.no_correction.total": 49,
            "t3.other.unpaid_fee.org_other": 2, "t3.other.unpaid_fee.total": 2,
            "t3.other.other.org_other": 18, "t3.other.other.total": 18,
            "t3.total_processed.natural": 2831, "t3.total_processed.commercial": 512,
                "t3.total_processed.research": 31, "t3.total_processed.social_welfare": 18,
                "t3.total_processed.legal_service": 96, "t3.total_processed.org_other": 45,
                "t3.total_processed.total": 3533,
            "t3.carried_forward.natural": 95, "t3.carried_forward.commercial": 7, "t3.carried_forward.total": 102,
        },
        "wrong": "1,054件",
        "kind": "table",
    },
    {
        "voice": "地级市公安局；第三部分。错误：不予处理的件数写在关键词之前，两位数字颠倒（54/45）",
        "text": (
            "本局本年度共收到政府信息公开申请237件，加上上年结转的9件，全年办结238件，另有8件结转下年度。其中，"
            "申请事项属于信访举报投诉、重复申请或要求确认已获取信息的，共有54件依法不予处理；属于行政执法案卷、"
            "行政查询事项或国家秘密而依法不予公开的47件；予以公开44件，部分公开19件。本局将户籍、出入境、"
            "交通管理等高频申请事项的办理指南统一公开，引导群众通过法定渠道查询。"
        ),
        "cells": {
            "t3.new.natural": 221, "t3.new.commercial": 5, "t3.new.legal_service": 11, "t3.new.total": 237,
            "t3.carried_over.natural": 9, "t3.carried_over.total": 9,
            "t3.granted.natural": 44, "t3.granted.total": 44,
            "t3.partial.natural": 19, "t3.partial.total": 19,
            "t3.denied.state_secret.natural": 3, "t3.denied.state_secret.total": 3,
            "t3.denied.enforcement_file.natural": 27, "t3.denied.enforcement_file.total": 27,
            "t3.denied.admin_query.natural": 17, "t3.denied.admin_query.total": 17,
            "t3.unable.not_held.natural": 66, "t3.unable.not_held.total": 66,
            "t3.unable.needs_creation.natural": 4, "t3.unable.needs_creation.total": 4,
            "t3.not_processed.petition.natural": 31, "t3.not_processed.petition.total": 31,
            "t3.not_processed.duplicate.natural": 11, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.total": 12,
            "t3.not_processed.confirm_reissue.commercial": 2, "t3.not_processed.confirm_reissue.total": 2,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.legal_service": 9,
                "t3.other.no_correction.total": 11,
            "t3.other.other.legal_service": 2, "t3.other.other.total": 2,
            "t3.total_processed.natural": 222, "t3.total_processed.commercial": 5,
                "t3.total_processed.legal_service": 11, "t3.total_processed.total": 238,
            "t3.carried_forward.natural": 8, "t3.carried_forward.total": 8,
        },
        "wrong": "54件",
        "kind": "table",
    },
    {
        "voice": "县农业农村局；第一部分“政府信息管理”段落。错误：废止规范性文件件数与表二不符",
        "text": (
            "（三）政府信息管理。本局严格落实行政规范性文件统一登记、统一发布制度，本年制发行政规范性文件2件，废止7件，"
            "截至12月底现行有效11件，均已在县政府门户网站公开并标注效力状态。同时严格执行公文公开属性源头认定制度，"
            "全年主动公开耕地地力保护补贴、农机购置补贴等信息286条。依申请公开方面，全年收到申请13件，全部按期办结，"
            "结转下年度0件。"
        ),
        "cells": {
            "t2.normative_doc.issued": 2, "t2.normative_doc.repealed": 4, "t2.normative_doc.in_force": 11,
            "t3.new.natural": 13, "t3.new.total": 13,
            "t3.granted.natural": 6, "t3.granted.total": 6,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.total": 5,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.total_processed.natural": 13, "t3.total_processed.total": 13,
            "t3.carried_over.total": 0,
            "t3.carried_forward.total": 0,
        },
        "wrong": "7件",
        "kind": "table",
    },
    {
        "voice": "地级市财政局；第六部分。错误：行政事业性收费万元数前两位颠倒（86.42/68.42）",
        "text": (
            "（一）收取信息处理费情况。本年度本局未收取政府信息公开信息处理费。（二）行政事业性收费情况。"
            "本局本年度收取行政事业性收费86.42万元，全部为会计专业技术资格考试考务费，已全额缴入国库。（三）依申请公开情况。"
            "本年度收到政府信息公开申请42件，办结40件，结转下年度2件。（四）建议提案办理情况。全年承办人大代表建议41件、"
            "政协提案56件，均按期办结，办理复文全部公开。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 68.42,
            "t3.new.natural": 36, "t3.new.commercial": 6, "t3.new.total": 42,
            "t3.granted.natural": 18, "t3.granted.total": 18,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.unable.not_held.natural": 13, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 14,
            "t3.not_processed.petition.commercial": 3, "t3.not_processed.petition.total": 3,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 34, "t3.total_processed.commercial": 6, "t3.total_processed.total": 40,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
            "t3.carried_over.total": 0,
        },
        "wrong": "86.42万元",
        "kind": "table",
    },
    {
        "voice": "市辖区人民政府；第三部分，汉字数字。错误：称“不含上年结转”的新收数实为新收与结转之和",
        "text": (
            "2023年，区政府本级新收政府信息公开申请一百二十七件（不含上年结转的九件），全年办结一百二十二件，结转下年度五件。"
            "从办理结果看，予以公开四十七件，部分公开十一件，不予公开五件，无法提供四十一件，不予处理十三件，其他处理五件。"
            "申请主要集中在房屋征收补偿、建设工程规划许可、环境综合整治等领域。"
            "区政府办公室每季度对各承办单位的答复文书进行抽查评查，并通报评查结果。"
        ),
        "cells": {
            "t3.new.natural": 101, "t3.new.commercial": 14, "t3.new.org_other": 3, "t3.new.total": 118,
            "t3.carried_over.natural": 9, "t3.carried_over.total": 9,
            "t3.granted.natural": 47, "t3.granted.total": 47,
            "t3.partial.natural": 11, "t3.partial.total": 11,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.denied.process_info.natural": 3, "t3.denied.process_info.total": 3,
            "t3.unable.not_held.natural": 38, "t3.unable.not_held.total": 38,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.total": 3,
            "t3.not_processed.petition.natural": 1, "t3.not_processed.petition.commercial": 8,
                "t3.not_processed.petition.total": 9,
            "t3.not_processed.duplicate.commercial": 4, "t3.not_processed.duplicate.total": 4,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.org_other": 3,
                "t3.other.no_correction.total": 5,
            "t3.total_processed.natural": 105, "t3.total_processed.commercial": 14,
                "t3.total_processed.org_other": 3, "t3.total_processed.total": 122,
            "t3.carried_forward.natural": 5, "t3.carried_forward.total": 5,
        },
        "wrong": "一百二十七件",
        "kind": "table",
    },
    {
        "voice": "设区的市人民政府；第一部分“政府信息管理”段落。错误：现行有效政府规章数字颠倒（85/58）",
        "text": (
            "（四）政府信息管理。市政府坚持规章、行政规范性文件统一登记、统一编号、统一发布，本年制定政府规章3件，废止1件，"
            "现行有效政府规章85件；制发市政府行政规范性文件14件，废止9件，现行有效176件，"
            "均已在市政府门户网站政策文件库集中公开，并同步更新文件效力状态。对涉及群众切身利益的文件，全部在公布前公开征求意见，"
            "并同步发布政策解读材料。"
        ),
        "cells": {
            "t2.regulation.issued": 3, "t2.regulation.repealed": 1, "t2.regulation.in_force": 58,
            "t2.normative_doc.issued": 14, "t2.normative_doc.repealed": 9, "t2.normative_doc.in_force": 176,
        },
        "wrong": "85件",
        "kind": "table",
    },
    {
        "voice": "经济技术开发区管理委员会；第四部分。错误：称行政诉讼0件，表四有1件未经复议直接起诉（尚未审结）",
        "text": (
            "管委会全年新收政府信息公开申请21件，上年结转1件，办结21件，结转下年度1件，申请主要涉及企业入驻审批、"
            "园区控制性详细规划和征地补偿。本年度，管委会因政府信息公开被申请行政复议1件，经复议机关审理后维持原答复；"
            "被提起行政诉讼0件。管委会党政办公室将以案促改，进一步规范答复文书的说理和救济途径告知。"
        ),
        "cells": {
            "t3.new.natural": 13, "t3.new.commercial": 8, "t3.new.total": 21,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 9, "t3.granted.total": 9,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.unable.not_held.natural": 2, "t3.unable.not_held.commercial": 4, "t3.unable.not_held.total": 6,
            "t3.not_processed.petition.commercial": 2, "t3.not_processed.petition.total": 2,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 13, "t3.total_processed.commercial": 8, "t3.total_processed.total": 21,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
            "t4.review.upheld": 1, "t4.review.total": 1,
            "t4.lit_direct.pending": 1, "t4.lit_direct.total": 1,
        },
        "wrong": "0件",
        "kind": "table",
    },
    {
        "voice": "地级市医疗保障局；第三部分，PDF 转出的全角数字。错误：予以公开件数与表三不符（16/19）",
        "text": (
            "本局全年共收到政府信息公开申请４６件，上年结转２件，办结４７件，结转下年度１件。其中予以公开１６件，部分公开５件，"
            "不予公开１件，无法提供１５件。申请内容主要为医保定点医药机构名单、"
            "药品和医用耗材集中带量采购结果以及医保基金使用监管情况。对申请人所需信息已主动公开的，"
            "本局在答复中告知获取方式和网址，并在医保服务大厅提供现场查阅。"
        ),
        "cells": {
            "t3.new.natural": 40, "t3.new.commercial": 6, "t3.new.total": 46,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 19, "t3.granted.total": 19,
            "t3.partial.natural": 5, "t3.partial.total": 5,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 15, "t3.unable.not_held.total": 15,
            "t3.not_processed.petition.natural": 1, "t3.not_processed.petition.commercial": 3,
                "t3.not_processed.petition.total": 4,
            "t3.other.no_correction.commercial": 3, "t3.other.no_correction.total": 3,
            "t3.total_processed.natural": 41, "t3.total_processed.commercial": 6, "t3.total_processed.total": 47,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
        "wrong": "１６件",
        "kind": "table",
    },
    {
        "voice": "地级市水利局；第一部分“主动公开”段落。错误：行政强制决定数与表二不符（9/6）",
        "text": (
            "本局持续做好水行政执法信息公开，全年作出水行政许可决定312件、水行政处罚决定47件、行政强制决定9件，"
            "相关执法信息均按要求在“双公示”平台公开。本年制发行政规范性文件1件，现行有效8件。依申请公开方面，"
            "全年收到政府信息公开申请15件，无上年结转，均已办结，其中予以公开8件。防汛抗旱、河湖长制、"
            "水资源管理等重点领域信息均设置专栏集中发布。"
        ),
        "cells": {
            "t2.licensing.decisions": 312,
            "t2.penalty.decisions": 47,
            "t2.coercion.decisions": 6,
            "t2.normative_doc.issued": 1, "t2.normative_doc.in_force": 8,
            "t3.new.natural": 15, "t3.new.total": 15,
            "t3.granted.natural": 8, "t3.granted.total": 8,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.unable.not_held.natural": 4, "t3.unable.not_held.total": 4,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.total_processed.natural": 15, "t3.total_processed.total": 15,
            "t3.carried_over.total": 0,
            "t3.carried_forward.total": 0,
        },
        "wrong": "9件",
        "kind": "table",
    },
    {
        "voice": "县人民政府；第三部分。错误：收到申请总数多十件，开篇第一句",
        "text": (
            "本年度，县人民政府共收到政府信息公开申请146件，无上年结转申请。截至年底办结132件，结转下年度4件。"
            "办结的申请中，予以公开55件，部分公开12件，不予公开4件，无法提供43件。申请人主要关注土地征收补偿、"
            "农村集体资产处置和重点项目建设情况。县政府办公室对到期未答复的申请实行提前三个工作日提醒，全年未出现逾期答复。"
        ),
        "cells": {
            "t3.new.natural": 121, "t3.new.commercial": 9, "t3.new.legal_service": 6, "t3.new.total": 136,
            "t3.granted.natural": 55, "t3.granted.total": 55,
            "t3.partial.natural": 12, "t3.partial.total": 12,
            "t3.denied.process_info.natural": 4, "t3.denied.process_info.total": 4,
            "t3.unable.not_held.natural": 41, "t3.unable.not_held.total": 41,
            "t3.unable.needs_creation.natural": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 3, "t3.not_processed.petition.commercial": 7,
                "t3.not_processed.petition.total": 10,
            "t3.not_processed.duplicate.commercial": 2, "t3.not_processed.duplicate.legal_service": 1,
                "t3.not_processed.duplicate.total": 3,
            "t3.other.no_correction.legal_service": 5, "t3.other.no_correction.total": 5,
            "t3.total_processed.natural": 117, "t3.total_processed.commercial": 9,
                "t3.total_processed.legal_service": 6, "t3.total_processed.total": 132,
            "t3.carried_forward.natural": 4, "t3.carried_forward.total": 4,
            "t3.carried_over.total": 0,
        },
        "wrong": "146件",
        "kind": "table",
    },
    {
        "voice": "地级市城市管理局；第三部分。错误：以“其他处理”收尾的办理结果清单中不予处理多算，各项之和不等于办结数",
        "text": (
            "本局全年新收政府信息公开申请93件，上年结转5件。共办结94件，其中予以公开37件、部分公开8件、不予公开3件、"
            "无法提供31件、不予处理17件、其他处理4件；结转下年度4件。申请主要涉及违法建设查处、占道经营整治、"
            "市容环境卫生管理等事项。本局对涉及执法案卷的申请严格依法审查，对含有个人信息的内容作区分处理，防止泄露当事人隐私。"
        ),
        "cells": {
            "t3.new.natural": 84, "t3.new.commercial": 7, "t3.new.org_other": 2, "t3.new.total": 93,
            "t3.carried_over.natural": 5, "t3.carried_over.total": 5,
            "t3.granted.natural": 37, "t3.granted.total": 37,
            "t3.partial.natural": 8, "t3.partial.total": 8,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.denied.process_info.natural": 1, "t3.denied.process_info.total": 1,
            "t3.unable.not_held.natural": 29, "t3.unable.not_held.total": 29,
            "t3.unable.needs_creation.natural": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 6, "t3.not_processed.petition.commercial": 3,
                "t3.not_processed.petition.total": 9,
            "t3.not_processed.duplicate.commercial": 2, "t3.not_processed.duplicate.total": 2,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.org_other": 2,
                "t3.other.no_correction.total": 4,
            "t3.total_processed.natural": 85, "t3.total_processed.commercial": 7, "t3.total_processed.org_other": 2,
                "t3.total_processed.total": 94,
            "t3.carried_forward.natural": 4, "t3.carried_forward.total": 4,
        },
        "wrong": "17件",
        "kind": "list",
    },
    {
        "voice": "省科学技术厅；第三部分。错误：按六类申请人“分别为”列出的新收申请中科研机构数字颠倒（12/21），合计不等于总数",
        "text": (
            "本年度，本厅新收政府信息公开申请134件，按申请人类型分别为：自然人64件，商业企业38件，科研机构12件，"
            "社会公益组织2件，法律服务机构5件，其他组织4件。另有上年结转申请3件。全年办结135件，结转下年度2件。"
            "申请内容主要涉及科技计划项目立项与经费安排、高新技术企业认定、科技成果登记等，"
            "本厅对涉及商业秘密的内容均征求了第三方意见。"
        ),
        "cells": {
            "t3.new.natural": 64, "t3.new.commercial": 38, "t3.new.research": 21, "t3.new.social_welfare": 2,
                "t3.new.legal_service": 5, "t3.new.org_other": 4, "t3.new.total": 134,
            "t3.carried_over.natural": 3, "t3.carried_over.total": 3,
            "t3.granted.natural": 65, "t3.granted.commercial": 6, "t3.granted.total": 71,
            "t3.partial.commercial": 13, "t3.partial.total": 13,
            "t3.denied.third_party.commercial": 6, "t3.denied.third_party.total": 6,
            "t3.denied.internal_affairs.commercial": 2, "t3.denied.internal_affairs.total": 2,
            "t3.unable.not_held.commercial": 11, "t3.unable.not_held.research": 17, "t3.unable.not_held.total": 28,
            "t3.unable.needs_creation.research": 4, "t3.unable.needs_creation.total": 4,
            "t3.not_processed.petition.social_welfare": 2, "t3.not_processed.petition.legal_service": 4,
                "t3.not_processed.petition.total": 6,
            "t3.other.no_correction.legal_service": 1, "t3.other.no_correction.org_other": 4,
                "t3.other.no_correction.total": 5,
            "t3.total_processed.natural": 65, "t3.total_processed.commercial": 38,
                "t3.total_processed.research": 21, "t3.total_processed.social_welfare": 2,
                "t3.total_processed.legal_service": 5, "t3.total_processed.org_other": 4,
                "t3.total_processed.total": 135,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
        "wrong": "12件",
        "kind": "list",
    },
    {
        "voice": "地级市交通运输局；第三、四部分。错误：行政复议结果“分别为”四项中其他结果多一件，四项之和不等于复议总数",
        "text": (
            "本年度本局新收政府信息公开申请205件，上年结转7件，办结206件，结转下年度6件。"
            "本局因政府信息公开被申请行政复议10件，复议结果分别为：结果维持6件、结果纠正1件、其他结果3件、尚未审结1件。"
            "被提起行政诉讼5件，均为未经复议直接起诉，其中结果维持4件、其他结果1件。对被纠正的案件，本局已重新作出答复，"
            "并对承办人员开展专项培训。"
        ),
        "cells": {
            "t3.new.natural": 170, "t3.new.commercial": 30, "t3.new.legal_service": 5, "t3.new.total": 205,
            "t3.carried_over.natural": 7, "t3.carried_over.total": 7,
            "t3.granted.natural": 88, "t3.granted.total": 88,
            "t3.partial.natural": 20, "t3.partial.total": 20,
            "t3.denied.third_party.natural": 4, "t3.denied.third_party.total": 4,
            "t3.denied.process_info.natural": 5, "t3.denied.process_info.total": 5,
            "t3.unable.not_held.natural": 54, "t3.unable.not_held.commercial": 7, "t3.unable.not_held.total": 61,
            "t3.unable.needs_creation.commercial": 5, "t3.unable.needs_creation.total": 5,
            "t3.not_processed.petition.commercial": 12, "t3.not_processed.petition.total": 12,
            "t3.not_processed.duplicate.commercial": 4, "t3.not_processed.duplicate.total": 4,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.legal_service": 5,
                "t3.other.no_correction.total": 7,
            "t3.total_processed.natural": 171, "t3.total_processed.commercial": 30,
                "t3.total_processed.legal_service": 5, "t3.total_processed.total": 206,
            "t3.carried_forward.natural": 6, "t3.carried_forward.total": 6,
            "t4.review.upheld": 6, "t4.review.corrected": 1, "t4.review.other": 2, "t4.review.pending": 1,
                "t4.review.total": 10,
            "t4.lit_direct.upheld": 4, "t4.lit_direct.other": 1, "t4.lit_direct.total": 5,
        },
        "wrong": "3件",
        "kind": "list",
    },
    {
        "voice": "地级市商务局；第三部分。错误：办结总数多三件，其后以“其他处理”收尾的清单之和（即表三办结数）与之不符",
        "text": (
            "本局全年新收政府信息公开申请61件，上年结转2件，结转下年度1件。全年办结政府信息公开申请65件，"
            "其中予以公开27件、部分公开6件、不予公开3件、无法提供18件、不予处理4件、其他处理4件。"
            "申请人多为外贸和流通领域企业，关注事项集中在专项资金分配、成品油经营许可和商贸项目招商情况。"
            "本局对涉及企业商业秘密的内容，均书面征求第三方意见后再作出答复。"
        ),
        "cells": {
            "t3.new.natural": 21, "t3.new.commercial": 38, "t3.new.org_other": 2, "t3.new.total": 61,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 22, "t3.granted.commercial": 5, "t3.granted.total": 27,
            "t3.partial.commercial": 6, "t3.partial.total": 6,
            "t3.denied.third_party.commercial": 3, "t3.denied.third_party.total": 3,
            "t3.unable.not_held.commercial": 17, "t3.unable.not_held.total": 17,
            "t3.unable.needs_creation.commercial": 1, "t3.unable.needs_creation.total": 1,
            "t3.not_processed.petition.commercial": 4, "t3.not_processed.petition.total": 4,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.org_other": 2,
                "t3.other.no_correction.total": 4,
            "t3.total_processed.natural": 22, "t3.total_processed.commercial": 38,
                "t3.total_processed.org_other": 2, "t3.total_processed.total": 62,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
        "wrong": "65件",
        "kind": "list",
    },
    {
        "voice": "县民政局；第三部分。错误：新收申请“分别为”自然人和法人两类，自然人少两件，合计不等于总数",
        "text": (
            "本局本年度新收政府信息公开申请52件，分别为自然人提出的45件和法人或其他组织提出的5件，无上年结转申请。"
            "全年办结51件，结转下年度1件。办结的申请中予以公开22件，部分公开3件，无法提供19件。"
            "申请内容主要涉及最低生活保障、特困人员供养、殡葬服务收费和社会组织登记。"
            "本局在答复中对不掌握的信息一律告知申请人可以咨询的机关。"
        ),
        "cells": {
            "t3.new.natural": 47, "t3.new.commercial": 3, "t3.new.social_welfare": 2, "t3.new.total": 52,
            "t3.granted.natural": 22, "t3.granted.total": 22,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.unable.not_held.natural": 19, "t3.unable.not_held.total": 19,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.commercial": 3,
                "t3.not_processed.petition.total": 5,
            "t3.other.no_correction.social_welfare": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 46, "t3.total_processed.commercial": 3,
                "t3.total_processed.social_welfare": 2, "t3.total_processed.total": 51,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
            "t3.carried_over.total": 0,
        },
        "wrong": "45件",
        "kind": "list",
    },
    {
        "voice": "市辖区应急管理局；第三部分。错误：不予公开的细分理由以“其他情形”收尾，过程性信息多一件，之和不等于不予公开数",
        "text": (
            "本局全年新收政府信息公开申请44件，上年结转1件，办结44件，结转下年度1件。办结的申请中，予以公开16件，"
            "部分公开3件，无法提供11件；不予公开9件，其中属于过程性信息的5件，涉及保护第三方合法权益的3件，其他情形2件。"
            "申请内容主要涉及生产安全事故调查报告、危险化学品经营许可和应急物资储备情况，本局已将事故调查报告统一在专栏发布。"
        ),
        "cells": {
            "t3.new.natural": 35, "t3.new.commercial": 9, "t3.new.total": 44,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 16, "t3.granted.total": 16,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.denied.third_party.natural": 3, "t3.denied.third_party.total": 3,
            "t3.denied.internal_affairs.natural": 1, "t3.denied.internal_affairs.total": 1,
            "t3.denied.process_info.natural": 4, "t3.denied.process_info.total": 4,
            "t3.denied.enforcement_file.natural": 1, "t3.denied.enforcement_file.total": 1,
            "t3.unable.not_held.natural": 7, "t3.unable.not_held.commercial": 4, "t3.unable.not_held.total": 11,
            "t3.not_processed.petition.commercial": 3, "t3.not_processed.petition.total": 3,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 35, "t3.total_processed.commercial": 9, "t3.total_processed.total": 44,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
        "wrong": "5件",
        "kind": "list",
    },
    {
        "voice": "地级市人民政府办公室；第三部分。错误：无法提供的三种情形“分别为”中另行制作一项少十件，之和不等于无法提供数",
        "text": (
            "市政府办公室本年度新收政府信息公开申请412件，上年结转18件，办结419件，结转下年度11件。在办结的申请中，"
            "予以公开142件，部分公开33件，不予公开25件；无法提供161件，分别为本机关不掌握相关政府信息138件、"
            "没有现成信息需要另行制作7件、补正后申请内容仍不明确6件；不予处理39件；其他处理19件。"
        ),
        "cells": {
            "t3.new.natural": 356, "t3.new.commercial": 41, "t3.new.research": 2, "t3.new.legal_service": 9,
                "t3.new.org_other": 4, "t3.new.total": 412,
            "t3.carried_over.natural": 18, "t3.carried_over.total": 18,
            "t3.granted.natural": 142, "t3.granted.total": 142,
            "t3.partial.natural": 33, "t3.partial.total": 33,
            "t3.denied.state_secret.natural": 2, "t3.denied.state_secret.total": 2,
            "t3.denied.third_party.natural": 9, "t3.denied.third_party.total": 9,
            "t3.denied.internal_affairs.natural": 3, "t3.denied.internal_affairs.total": 3,
            "t3.denied.process_info.natural": 11, "t3.denied.process_info.total": 11,
            "t3.unable.not_held.natural": 138, "t3.unable.not_held.total": 138,
            "t3.unable.needs_creation.natural": 17, "t3.unable.needs_creation.total": 17,
            "t3.unable.unclear_after_correction.natural": 6, "t3.unable.unclear_after_correction.total": 6,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.commercial": 21,
                "t3.not_processed.petition.total": 23,
            "t3.not_processed.duplicate.commercial": 12, "t3.not_processed.duplicate.total": 12,
            "t3.not_processed.mass_repeat.commercial": 4, "t3.not_processed.mass_repeat.total": 4,
            "t3.other.no_correction.commercial": 4, "t3.other.no_correction.research": 2,
                "t3.other.no_correction.legal_service": 8, "t3.other.no_correction.total": 14,
            "t3.other.other.legal_service": 1, "t3.other.other.org_other": 4, "t3.other.other.total": 5,
            "t3.total_processed.natural": 363, "t3.total_processed.commercial": 41,
                "t3.total_processed.research": 2, "t3.total_processed.legal_service": 9,
                "t3.total_processed.org_other": 4, "t3.total_processed.total": 419,
            "t3.carried_forward.natural": 11, "t3.carried_forward.total": 11,
        },
        "wrong": "7件",
        "kind": "list",
    },
    {
        "voice": "县市场监督管理局；第四部分及表二内容。错误：复议诉讼合计多一件，“分别为”两项之和与之不符",
        "text": (
            "本年度，本局因政府信息公开引发的行政复议、行政诉讼案件共7件，分别为行政复议4件、行政诉讼2件。"
            "行政复议案件中结果维持3件、结果纠正1件；行政诉讼案件均为未经复议直接起诉，人民法院均判决维持。"
            "全年作出行政许可决定2,944件、行政处罚决定583件，均已按规定公示。依申请公开方面，全年新收申请36件，"
            "无上年结转，均已办结。"
        ),
        "cells": {
            "t4.review.upheld": 3, "t4.review.corrected": 1, "t4.review.total": 4,
            "t4.lit_direct.upheld": 2, "t4.lit_direct.total": 2,
            "t2.licensing.decisions": 2944,
            "t2.penalty.decisions": 583,
            "t3.new.natural": 29, "t3.new.commercial": 7, "t3.new.total": 36,
            "t3.granted.natural": 14, "t3.granted.total": 14,
            "t3.partial.natural": 4, "t3.partial.total": 4,
            "t3.unable.not_held.natural": 11, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 12,
            "t3.not_processed.petition.commercial": 4, "t3.not_processed.petition.total": 4,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 29, "t3.total_processed.commercial": 7, "t3.total_processed.total": 36,
            "t3.carried_over.total": 0,
            "t3.carried_forward.total": 0,
        },
        "wrong": "7件",
        "kind": "list",
    },
    {
        "voice": "地级市退役军人事务局；第三部分。错误：不予处理的细分以“其他情形”收尾，重复申请多一件，之和不等于不予处理数",
        "text": (
            "本局全年新收政府信息公开申请31件，均为自然人提出，无上年结转，全部办结。其中予以公开10件，部分公开2件，"
            "无法提供6件，不予处理12件，其他处理1件。不予处理的申请共12件，其中属于信访举报投诉类的8件，重复申请4件，"
            "其他情形1件。申请内容主要涉及退役安置待遇、优抚对象认定和褒扬纪念设施管理，本局对每件答复均附法律依据。"
        ),
        "cells": {
            "t3.new.natural": 31, "t3.new.total": 31,
            "t3.granted.natural": 10, "t3.granted.total": 10,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.unable.not_held.natural": 6, "t3.unable.not_held.total": 6,
            "t3.not_processed.petition.natural": 8, "t3.not_processed.petition.total": 8,
            "t3.not_processed.duplicate.natural": 3, "t3.not_processed.duplicate.total": 3,
            "t3.not_processed.publication.natural": 1, "t3.not_processed.publication.total": 1,
            "t3.other.no_correction.natural": 1, "t3.other.no_correction.total": 1,
            "t3.total_processed.natural": 31, "t3.total_processed.total": 31,
            "t3.carried_over.total": 0,
            "t3.carried_forward.total": 0,
        },
        "wrong": "4件",
        "kind": "list",
    },
    {
        "voice": "省生态环境厅；第四部分。错误：行政诉讼审理结果“分别为”四项中维持少一件，之和不等于诉讼总数",
        "text": (
            "本年度，本厅因政府信息公开被申请行政复议17件，其中结果维持11件、结果纠正2件、其他结果1件、尚未审结3件；"
            "被提起行政诉讼15件（其中复议后起诉4件），审理结果分别为：维持8件、纠正1件、其他结果2件、尚未审结3件。"
            "本厅已对被纠正案件逐案分析，主要问题是答复未充分说明不予公开的理由，现已修订答复文书范本并加强法制审核。"
        ),
        "cells": {
            "t4.review.upheld": 11, "t4.review.corrected": 2, "t4.review.other": 1, "t4.review.pending": 3,
                "t4.review.total": 17,
            "t4.lit_direct.upheld": 6, "t4.lit_direct.corrected": 1, "t4.lit_direct.other": 2,
                "t4.lit_direct.pending": 2, "t4.lit_direct.total": 11,
            "t4.lit_after_review.upheld": 3, "t4.lit_after_review.pending": 1, "t4.lit_after_review.total": 4,
        },
        "wrong": "8件",
        "kind": "list",
    },
    {
        "voice": "市辖区政务服务和数据管理局；第三部分。错误：以“其余”收尾的三项办理结果中无法提供多一件，之和不等于办结数",
        "text": (
            "本局全年新收政府信息公开申请27件、上年结转1件，共28件，均已办结，其中予以公开（含部分公开）15件，"
            "无法提供9件，其余不予公开、不予处理及其他处理的共5件。申请内容主要涉及政务服务事项办理结果、"
            "公共数据开放目录和一体化平台建设项目。本局依托政务服务中心设立政府信息公开查阅点，提供申请指引和代填服务。"
        ),
        "cells": {
            "t3.new.natural": 20, "t3.new.commercial": 7, "t3.new.total": 27,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 13, "t3.granted.total": 13,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.commercial": 2, "t3.unable.not_held.total": 7,
            "t3.unable.needs_creation.commercial": 1, "t3.unable.needs_creation.total": 1,
            "t3.not_processed.petition.commercial": 2, "t3.not_processed.petition.total": 2,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 21, "t3.total_processed.commercial": 7, "t3.total_processed.total": 28,
            "t3.carried_forward.total": 0,
        },
        "wrong": "9件",
        "kind": "list",
    },
    {
        "voice": "地级市发展和改革委员会；第三部分。错误：办结率小数位数字颠倒（92.6%，应为96.2%）",
        "text": (
            "本年度共受理政府信息公开申请132件（含上年结转4件），办结127件，办结率92.6%，结转下年度5件。"
            "办结的申请中，予以公开58件，部分公开9件，无法提供43件。申请内容主要集中在固定资产投资项目审批核准、"
            "价格调整和重点项目建设进度等方面，本委对申请量较大的项目信息已转为主动公开，并在答复中注明查询网址，方便申请人获取。"
        ),
        "cells": {
            "t3.new.natural": 96, "t3.new.commercial": 27, "t3.new.org_other": 5, "t3.new.total": 128,
            "t3.carried_over.natural": 4, "t3.carried_over.total": 4,
            "t3.granted.natural": 58, "t3.granted.total": 58,
            "t3.partial.natural": 9, "t3.partial.total": 9,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.denied.process_info.natural": 3, "t3.denied.process_info.total": 3,
            "t3.unable.not_held.natural": 23, "t3.unable.not_held.commercial": 18, "t3.unable.not_held.total": 41,
            "t3.unable.needs_creation.commercial": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.commercial": 7, "t3.not_processed.petition.org_other": 1,
                "t3.not_processed.petition.total": 8,
            "t3.other.no_correction.org_other": 4, "t3.other.no_correction.total": 4,
            "t3.total_processed.natural": 95, "t3.total_processed.commercial": 27,
                "t3.total_processed.org_other": 5, "t3.total_processed.total": 127,
            "t3.carried_forward.natural": 5, "t3.carried_forward.total": 5,
        },
        "wrong": "92.6%",
        "kind": "rate",
    },
    {
        "voice": "乡人民政府；第三部分。错误：办结10件、收到12件却称办结率100%",
        "text": (
            "本年度我乡共收到政府信息公开申请12件，均为自然人提出，已办结10件，办结率100%。另有2件因涉及多个部门、"
            "需调取历史档案，已结转下年度继续办理。办结的申请中，予以公开6件，无法提供3件，不予处理1件。"
            "申请内容主要为土地征收补偿标准、农村低保名单和村级项目资金使用情况。乡党政综合办公室安排专人登记、专人答复，"
            "答复前均经分管领导审核。"
        ),
        "cells": {
            "t3.new.natural": 12, "t3.new.total": 12,
            "t3.granted.natural": 6, "t3.granted.total": 6,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.total": 3,
            "t3.not_processed.petition.natural": 1, "t3.not_processed.petition.total": 1,
            "t3.total_processed.natural": 10, "t3.total_processed.total": 10,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
            "t3.carried_over.total": 0,
        },
        "wrong": "100%",
        "kind": "rate",
    },
    {
        "voice": "地级市文化广电和旅游局；第三部分。错误：公开率与其自身分子分母不符（48/80 应为60%）",
        "text": (
            "本局全年新收政府信息公开申请78件，上年结转3件，结转下年度1件。全年办结政府信息公开申请80件，"
            "其中予以公开和部分公开的共48件，占全部办结申请的65%。其余申请主要因本机关不掌握相关信息而无法提供。"
            "申请事项集中在文物保护单位名录、A级旅游景区评定和营业性演出审批，本局已将相关名录在门户网站集中公开。"
        ),
        "cells": {
            "t3.new.natural": 66, "t3.new.commercial": 12, "t3.new.total": 78,
            "t3.carried_over.natural": 3, "t3.carried_over.total": 3,
            "t3.granted.natural": 40, "t3.granted.total": 40,
            "t3.partial.natural": 8, "t3.partial.total": 8,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.unable.not_held.natural": 18, "t3.unable.not_held.commercial": 3, "t3.unable.not_held.total": 21,
            "t3.unable.needs_creation.commercial": 1, "t3.unable.needs_creation.total": 1,
            "t3.not_processed.petition.commercial": 5, "t3.not_processed.petition.total": 5,
            "t3.other.no_correction.commercial": 3, "t3.other.no_correction.total": 3,
            "t3.total_processed.natural": 68, "t3.total_processed.commercial": 12, "t3.total_processed.total": 80,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
        "wrong": "65%",
        "kind": "rate",
    },
    {
        "voice": "省卫生健康委员会；第三部分。错误：办结率在一位小数精度上明显不符（1,055/1,084 应为97.3%）",
        "text": (
            "本年度新收政府信息公开申请1,046件，上年结转38件，合计1,084件；已办结1,055件，办结率为97.8%，"
            "结转下年度29件。办结的申请中，予以公开402件，部分公开117件，不予公开47件，无法提供356件，"
            "不予处理83件，其他处理50件。申请内容主要涉及医疗机构设置审批、医师执业注册和医疗服务价格。"
        ),
        "cells": {
            "t3.new.natural": 902, "t3.new.commercial": 98, "t3.new.research": 11, "t3.new.social_welfare": 6,
                "t3.new.legal_service": 21, "t3.new.org_other": 8, "t3.new.total": 1046,
            "t3.carried_over.natural": 33, "t3.carried_over.commercial": 5, "t3.carried_over.total": 38,
            "t3.granted.natural": 402, "t3.granted.total": 402,
            "t3.partial.natural": 117, "t3.partial.total": 117,
            "t3.denied.state_secret.natural": 1, "t3.denied.state_secret.total": 1,
            "t3.denied.law_prohibited.natural": 4, "t3.denied.law_prohibited.total": 4,
            "t3.denied.third_party.natural": 19, "t3.denied.third_party.total": 19,
            "t3.denied.internal_affairs.natural": 6, "t3.denied.internal_affairs.total": 6,
            "t3.denied.process_info.natural": 14, "t3.denied.process_info.total": 14,
            "t3.denied.enforcement_file.natural": 3, "t3.denied.enforcement_file.total": 3,
            "t3.unable.not_held.natural": 311, "t3.unable.not_held.total": 311,
            "t3.unable.needs_creation.natural": 33, "t3.unable.needs_creation.commercial": 3,
                "t3.unable.needs_creation.total": 36,
            "t3.unable.unclear_after_correction.commercial": 9, "t3.unable.unclear_after_correction.total": 9,
            "t3.not_processed.petition.commercial": 52, "t3.not_processed.petition.total": 52,
            "t3.not_processed.duplicate.commercial": 21, "t3.not_processed.duplicate.total": 21,
            "t3.not_processed.publication.commercial": 3, "t3.not_processed.publication.total": 3,
            "t3.not_processed.mass_repeat.commercial": 7, "t3.not_processed.mass_repeat.total": 7,
            "t3.other.no_correction.commercial": 4, "t3.other.no_correction.research": 11,
                "t3.other.no_correction.social_welfare": 6, "t3.other.no_correction.legal_service": 17,
                "t3.other.no_correction.total": 38,
            "t3.other.other.legal_service": 4, "t3.other.other.org_other": 8, "t3.other.other.total": 12,
            "t3.total_processed.natural": 910, "t3.total_processed.commercial": 99,
                "t3.total_processed.research": 11, "t3.total_processed.social_welfare": 6,
                "t3.total_processed.legal_service": 21, "t3.total_processed.org_other": 8,
                "t3.total_processed.total": 1055,
            "t3.carried_forward.natural": 25, "t3.carried_forward.commercial": 4, "t3.carried_forward.total": 29,
        },
        "wrong": "97.8%",
        "kind": "rate",
    },
    {
        "voice": "县人民政府；第四部分。错误：行政复议纠错率与其自身分子分母不符（2/8 应为25%）",
        "text": (
            "本年度，县政府新收政府信息公开申请95件，上年结转3件，办结96件，结转下年度2件。"
            "因政府信息公开被申请行政复议8件，其中结果纠正2件，纠错率为20%；被提起行政诉讼3件，均为未经复议直接起诉，"
            "其中2件维持原行政行为，1件尚未审结。对被纠正的2件案件，县政府办公室已督促承办单位重新答复，"
            "并在全县政务公开培训中作为案例讲评。"
        ),
        "cells": {
            "t3.new.natural": 88, "t3.new.commercial": 7, "t3.new.total": 95,
            "t3.carried_over.natural": 3, "t3.carried_over.total": 3,
            "t3.granted.natural": 40, "t3.granted.total": 40,
            "t3.partial.natural": 9, "t3.partial.total": 9,
            "t3.denied.process_info.natural": 3, "t3.denied.process_info.total": 3,
            "t3.unable.not_held.natural": 30, "t3.unable.not_held.total": 30,
            "t3.unable.needs_creation.natural": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 5, "t3.not_processed.petition.commercial": 2,
                "t3.not_processed.petition.total": 7,
            "t3.other.no_correction.commercial": 5, "t3.other.no_correction.total": 5,
            "t3.total_processed.natural": 89, "t3.total_processed.commercial": 7, "t3.total_processed.total": 96,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
            "t4.review.upheld": 5, "t4.review.corrected": 2, "t4.review.other": 1, "t4.review.total": 8,
            "t4.lit_direct.upheld": 2, "t4.lit_direct.pending": 1, "t4.lit_direct.total": 3,
        },
        "wrong": "20%",
        "kind": "rate",
    },
    {
        "voice": "地级市统计局；第三部分。错误：按期答复率与其自身分子分母不符（45/46 应为97.8%）",
        "text": (
            "本年度本局新收政府信息公开申请44件，上年结转3件，办结46件，结转下年度1件。办结的46件申请中，按期答复45件，"
            "按期答复率为98.9%。办结的申请中，予以公开21件，部分公开4件，无法提供15件。"
            "对涉及统计调查对象个人信息和单个企业数据的申请，本局依照统计法律法规不予公开，并在答复中说明理由，"
            "同时告知申请人可查阅已公开的统计公报和年鉴。"
        ),
        "cells": {
            "t3.new.natural": 30, "t3.new.commercial": 8, "t3.new.research": 6, "t3.new.total": 44,
            "t3.carried_over.natural": 3, "t3.carried_over.total": 3,
            "t3.granted.natural": 21, "t3.granted.total": 21,
            "t3.partial.natural": 4, "t3.partial.total": 4,
            "t3.denied.law_prohibited.natural": 2, "t3.denied.law_prohibited.total": 2,
            "t3.unable.not_held.natural": 5, "t3.unable.not_held.commercial": 7, "t3.unable.not_held.total": 12,
            "t3.unable.needs_creation.commercial": 1, "t3.unable.needs_creation.research": 2,
                "t3.unable.needs_creation.total": 3,
            "t3.not_processed.publication.research": 2, "t3.not_processed.publication.total": 2,
            "t3.other.no_correction.research": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 32, "t3.total_processed.commercial": 8, "t3.total_processed.research": 6,
                "t3.total_processed.total": 46,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
        "wrong": "98.9%",
        "kind": "rate",
    },
    {
        "voice": "市辖区教育局；第三部分。错误：公开率以“百分之”写出，与其自身分子分母不符（48/75 应为64%）",
        "text": (
            "本局全年新收政府信息公开申请73件，上年结转2件，全部按期办结，无结转下年度申请。办结的75件申请中，"
            "予以公开和部分公开共48件，公开率为百分之六十。无法提供19件，主要是申请人所需的学籍档案等信息由学校保存。"
            "申请事项集中在义务教育招生划片、校外培训机构监管和教师职称评审，本局已将招生政策在官网集中公开。"
        ),
        "cells": {
            "t3.new.natural": 70, "t3.new.social_welfare": 3, "t3.new.total": 73,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 40, "t3.granted.total": 40,
            "t3.partial.natural": 8, "t3.partial.total": 8,
            "t3.denied.internal_affairs.natural": 1, "t3.denied.internal_affairs.total": 1,
            "t3.unable.not_held.natural": 19, "t3.unable.not_held.total": 19,
            "t3.not_processed.petition.natural": 4, "t3.not_processed.petition.total": 4,
            "t3.other.no_correction.social_welfare": 3, "t3.other.no_correction.total": 3,
            "t3.total_processed.natural": 72, "t3.total_processed.social_welfare": 3,
                "t3.total_processed.total": 75,
            "t3.carried_forward.total": 0,
        },
        "wrong": "百分之六十",
        "kind": "rate",
    },
    {
        "voice": "地级市林业和草原局；第三部分。错误：办结率达98.5%，与其自身分子分母不符（46/48 应为95.8%）",
        "text": (
            "全年收到政府信息公开申请48件（含上年结转1件），按期办结46件，办结率达98.5%，"
            "其余2件因需征求第三方意见结转下年度办理。办结的申请中，予以公开19件，部分公开3件，无法提供17件。"
            "申请人主要关注林木采伐许可、林地征占用审批和生态公益林补偿资金发放情况，"
            "本局已将上述事项的办理结果按月在门户网站公开，方便群众查询。"
        ),
        "cells": {
            "t3.new.natural": 39, "t3.new.commercial": 8, "t3.new.total": 47,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 19, "t3.granted.total": 19,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 15, "t3.unable.not_held.commercial": 2, "t3.unable.not_held.total": 17,
            "t3.not_processed.petition.commercial": 4, "t3.not_processed.petition.total": 4,
            "t3.other.no_correction.commercial": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 38, "t3.total_processed.commercial": 8, "t3.total_processed.total": 46,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
        "wrong": "98.5%",
        "kind": "rate",
    },
    {
        "voice": "省自然资源厅；第四部分。错误：行政复议维持率与其自身分子分母不符（9/12 应为75%）",
        "text": (
            "本年度，本厅因政府信息公开被申请行政复议12件，其中结果维持9件，维持率为80%；被提起行政诉讼8件，"
            "其中未经复议直接起诉6件、复议后起诉2件。被纠正的1件案件系答复未告知申请人可向有关机关咨询，本厅已重新作出答复。"
            "全年制发行政规范性文件5件，废止3件，现行有效68件，均已在厅门户网站规范性文件栏目集中公开。"
        ),
        "cells": {
            "t4.review.upheld": 9, "t4.review.corrected": 1, "t4.review.other": 2, "t4.review.total": 12,
            "t4.lit_direct.upheld": 5, "t4.lit_direct.other": 1, "t4.lit_direct.total": 6,
            "t4.lit_after_review.upheld": 2, "t4.lit_after_review.total": 2,
            "t2.normative_doc.issued": 5, "t2.normative_doc.repealed": 3, "t2.normative_doc.in_force": 68,
        },
        "wrong": "80%",
        "kind": "rate",
    },
    {
        "voice": "地级市人民政府办公室；第一部分“政民互动”及依申请公开段落。错误：留言答复率与其自身分子分母不符（1,200/1,250 应为96%）",
        "text": (
            "（三）回应关切。全年通过“市长信箱”收到网民留言1,250件，已答复1,200件，答复率为98%，"
            "其余留言正在办理中。（四）依申请公开。全年新收政府信息公开申请530件，上年结转24件，办结539件，"
            "结转下年度15件；办结的申请中，予以公开201件，部分公开47件，不予公开24件，无法提供194件，不予处理51件，"
            "其他处理22件。"
        ),
        "cells": {
            "t3.new.natural": 468, "t3.new.commercial": 45, "t3.new.legal_service": 12, "t3.new.org_other": 5,
                "t3.new.total": 530,
            "t3.carried_over.natural": 24, "t3.carried_over.total": 24,
            "t3.granted.natural": 201, "t3.granted.total": 201,
            "t3.partial.natural": 47, "t3.partial.total": 47,
            "t3.denied.third_party.natural": 8, "t3.denied.third_party.total": 8,
            "t3.denied.internal_affairs.natural": 4, "t3.denied.internal_affairs.total": 4,
            "t3.denied.process_info.natural": 12, "t3.denied.process_info.total": 12,
            "t3.unable.not_held.natural": 176, "t3.unable.not_held.total": 176,
            "t3.unable.needs_creation.natural": 15, "t3.unable.needs_creation.total": 15,
            "t3.unable.unclear_after_correction.natural": 3, "t3.unable.unclear_after_correction.total": 3,
            "t3.not_processed.petition.natural": 11, "t3.not_processed.petition.commercial": 26,
                "t3.not_processed.petition.total": 37,
            "t3.not_processed.duplicate.commercial": 14, "t3.not_processed.duplicate.total": 14,
            "t3.other.no_correction.commercial": 5, "t3.other.no_correction.legal_service": 12,
                "t3.other.no_correction.total": 17,
            "t3.other.other.org_other": 5, "t3.other.other.total": 5,
            "t3.total_processed.natural": 477, "t3.total_processed.commercial": 45,
                "t3.total_processed.legal_service": 12, "t3.total_processed.org_other": 5,
                "t3.total_processed.total": 539,
            "t3.carried_forward.natural": 15, "t3.carried_forward.total": 15,
        },
        "wrong": "98%",
        "kind": "rate",
    },
]
