"""Invented, fully consistent narratives of government-information-disclosure annual reports
(政府信息公开工作年度报告), a fourth set for checking that the narrative-versus-table comparison raises no
false alarm.  It imitates the way small bodies write: townships and street offices (with 村务/居务/嘎查务 figures
mixed in), county bureaus and service centres, schools, clinics and hospitals, state farms, forest and pasture
farms, a reservoir station and development-zone committees.

``NARRATIVES`` is a list of dicts ``{"voice", "text", "cells"}`` in the format of tests/consistent_narratives.py:

* ``voice``: who is speaking (the kind of issuer, the report section the text imitates, and the trait that the
  entry exercises);
* ``text``: about 80-190 characters in that issuer's style;
* ``cells``: 2021-format table cells (schema keys ``t2.*``, ``t3.*``, ``t4.*`` of shared/domain/schema.json) with
  the values that make every table figure of the text true, plus the cells those values imply, so that the
  table's own identities hold (表三: 一 + 二 = 三(七) + 四 in every column, (七) = sum of the outcome rows,
  总计 = sum of the six applicant columns; 表四: 总计 = 维持 + 纠正 + 其他 + 尚未审结 in each group).  Cells
  that are not listed are 0; zeros that a text asserts (没有上年结转, 0件, 为零, 没有发生…, 收费金额为0) are
  listed explicitly.

The texts dwell on:

* plain, repetitive short sentences (两件都是…。两件都予以公开。) and colloquial totals and quantifiers
  (共计, 一共, 总共, 全部, 均, 都, 合计为, 其余, 没有转到明年的);
* numbers written as Chinese numerals and in mixed forms: 一十二, 一十, 两, 廿三, 廿四, 两百四十一, 一百零六,
  百分之九十二点九, 百分之百, 二〇二三年, 4.3万件, 1.2万元, 20多件, 10余件, 300余条;
* the statutory wording copied loosely (公开申请, 信息申请, 申请公开的, 依申请公开, 申请公开信息的申请) and 表三's
  row names restated nearly verbatim (本年新收政府信息公开申请数量…件, 本年度办理结果…, 结转下年度继续办理…);
* long single sentences that chain applicants, outcomes, carry-overs, 复议诉讼 and fees with commas, and
  numbered lists (1. 2. 3., 1）2）3）, 一是/二是/三是) whose items carry figures;
* section 五 and 六 text with figures that are not table figures (villages and communities, staff, problems
  found and rectified, 整改率, trainings and 人次, tasks completed, 信息处理费) beside a few that are
  (the requests handled, 表二's 收费金额);
* 表二 restated in short sentences, with 行政事业性收费 in 万元 with four decimals and in 元 (with and without a
  thousands separator), beside 罚没款, 一事一议 筹资 and medical or school charges that are not 行政事业性收费;
* 表四 told in plain words (法院驳回了诉讼请求, 到年底还没有判, 没有被纠错的案件).

Every report as a whole is consistent: each figure that restates a table cell agrees with it, every complete
其中 list adds up, every rate is right at its stated precision and every approximate figure brackets its
cell.  Figures that are not table figures (published items, villages, staff, trainings, problems, dates, 工作日,
hall transactions, fines, 筹资, 信息处理费) must not be compared with the tables.

Every issuer, name, figure and sentence here is invented for this test; no text is copied from a real
report.
"""
from __future__ import annotations

NARRATIVES = [
    {
        "voice": "山区乡人民政府；年报第一部分（短句反复、汉字数字，村务公开数字夹在依申请公开数字之间）",
        "text": (
            "今年我乡政务公开工作正常开展。乡政府公开栏全年更新廿四期。全乡九个村的村务公开栏都按季度更新，"
            "共公开村务、财务信息二百一十六条。乡政府网站专栏发布信息八十五条。全年一共收到政府信息公开申请两件。"
            "两件都是自然人申请。两件都予以公开。两件都在规定时间内答复。没有上年结转的申请。也没有结转下年度的申请。"
            "全年没有发生行政复议。全年没有发生行政诉讼。"
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
        "voice": "老城区街道办事处；年报第三部分（照抄表三行名逐行复述，含0件）",
        "text": (
            "本年新收政府信息公开申请数量7件，其中自然人6件，法人或其他组织1件。上年结转政府信息公开申请数量1件。"
            "本年度办理结果：予以公开3件，部分公开1件，不予公开0件，无法提供3件，不予处理1件，其他处理0件，"
            "总计8件。结转下年度继续办理0件。"
        ),
        "cells": {
            "t3.new.natural": 6, "t3.new.org_other": 1, "t3.new.total": 7,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 2, "t3.granted.org_other": 1, "t3.granted.total": 3,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.total": 3,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.total_processed.natural": 7, "t3.total_processed.org_other": 1, "t3.total_processed.total": 8,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "县第一中学（公办普通高中）；信息公开年度报告的依申请公开部分（一共、都，工作日不是件数）",
        "text": (
            "本年度学校一共收到信息公开申请5件，都是学生家长以个人名义提出的。申请内容主要是招生录取和收费标准。"
            "5件申请中，予以公开4件，无法提供1件。无法提供的1件，是因为学校没有这方面的信息，"
            "已告知申请人向县教育局咨询。5件都在15个工作日内答复完毕。学校依申请提供信息，不收取任何费用。"
        ),
        "cells": {
            "t3.new.natural": 5, "t3.new.total": 5,
            "t3.granted.natural": 4, "t3.granted.total": 4,
            "t3.unable.not_held.natural": 1, "t3.unable.not_held.total": 1,
            "t3.total_processed.natural": 5, "t3.total_processed.total": 5,
        },
    },
    {
        "voice": "镇卫生院；信息公开年度报告总体情况（一个长句用逗号串联申请人、结果、结转、复议诉讼和收费）",
        "text": (
            "本年度我院共计收到信息公开申请3件，其中自然人申请2件，社会公益组织申请1件，予以公开2件，"
            "部分公开1件，全部在规定期限内办结，没有结转，没有因信息公开被申请行政复议或者被提起行政诉讼，"
            "也没有收取信息处理费。院务公开栏全年更新24次，公示药品价格和医疗服务价格386项。"
        ),
        "cells": {
            "t3.new.natural": 2, "t3.new.social_welfare": 1, "t3.new.total": 3,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 1, "t3.granted.social_welfare": 1, "t3.granted.total": 2,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.total_processed.natural": 2, "t3.total_processed.social_welfare": 1, "t3.total_processed.total": 3,
            "t3.carried_forward.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "国有农场（农垦）；参照年报格式的第一部分（一是、二是……逐项列举，项内带数字）",
        "text": (
            "今年农场政务公开主要做了这几件事：一是公开场务信息。全年在场部公开栏和职工微信群发布信息一百二十条。"
            "二是办理依申请公开。全年共收到申请四件，都是本场职工提出的，内容是土地承包费和社保缴纳情况，"
            "予以公开三件，不予公开一件（涉及他人个人信息）。三是开展培训。组织各管理区公开员培训两次，"
            "参加四十六人次。四是接受监督。场部设意见箱五个，收到意见建议十一条，都已回复。"
        ),
        "cells": {
            "t3.new.natural": 4, "t3.new.total": 4,
            "t3.granted.natural": 3, "t3.granted.total": 3,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.total": 1,
            "t3.total_processed.natural": 4, "t3.total_processed.total": 4,
        },
    },
    {
        "voice": "省级经济开发区管理委员会；年报第一部分（表二各行逐句复述，行政事业性收费以万元四位小数）",
        "text": (
            "管委会今年制发的行政规范性文件有1件，废止的行政规范性文件有2件，"
            "到年底现行有效的行政规范性文件共计9件。全年作出行政许可决定312件，行政处罚决定17件，"
            "行政强制决定0件。本年度收取行政事业性收费合计为3.0475万元，全部缴入开发区财政。"
        ),
        "cells": {
            "t2.normative_doc.issued": 1, "t2.normative_doc.repealed": 2, "t2.normative_doc.in_force": 9,
            "t2.licensing.decisions": 312,
            "t2.penalty.decisions": 17,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 3.0475,
        },
    },
    {
        "voice": "新建城区街道办事处；年报第一部分（居务公开与依申请公开交替，反复用“共计”）",
        "text": (
            "本街道下辖社区8个。8个社区都设有居务公开栏，共计公开居务信息432条。"
            "街道门户专栏共计发布信息156条。全年共计收到政府信息公开申请11件，比去年多3件。"
            "11件申请都是居民个人提出的。办理结果是：予以公开5件，部分公开2件，无法提供3件，不予处理1件。"
            "11件申请全部办结。"
        ),
        "cells": {
            "t3.new.natural": 11, "t3.new.total": 11,
            "t3.granted.natural": 5, "t3.granted.total": 5,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.total": 3,
            "t3.not_processed.petition.natural": 1, "t3.not_processed.petition.total": 1,
            "t3.total_processed.natural": 11, "t3.total_processed.total": 11,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "县统计局；年报第三、四部分（一十二、一十、两等汉字数字，办结率百分之……点……）",
        "text": (
            "本局本年度收到政府信息公开申请一十二件，其中自然人申请一十件，商业企业申请两件；另有上年结转两件，"
            "合计一十四件。办理结果为：予以公开六件，部分公开两件，无法提供四件，其他处理一件，共办结一十三件；"
            "结转下年度一件。办结率百分之九十二点九。本局全年没有被申请行政复议，没有被提起行政诉讼。"
        ),
        "cells": {
            "t3.new.natural": 10, "t3.new.commercial": 2, "t3.new.total": 12,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 5, "t3.granted.commercial": 1, "t3.granted.total": 6,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 4,
            "t3.other.no_correction.natural": 1, "t3.other.no_correction.total": 1,
            "t3.total_processed.natural": 11, "t3.total_processed.commercial": 2, "t3.total_processed.total": 13,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "平原镇人民政府；年报第三部分（“廿”的写法，极短句，“公开申请”的松散叫法）",
        "text": (
            "今年镇政府收到公开申请廿三件。都是群众个人申请。内容大多是征地补偿和低保。予以公开一十五件。"
            "部分公开两件。无法提供四件。不予处理两件。都按时答复了。没有转到明年办的。"
        ),
        "cells": {
            "t3.new.natural": 23, "t3.new.total": 23,
            "t3.granted.natural": 15, "t3.granted.total": 15,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.total": 3,
            "t3.unable.needs_creation.natural": 1, "t3.unable.needs_creation.total": 1,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.total_processed.natural": 23, "t3.total_processed.total": 23,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "县国有林场（公益一类事业单位）；信息公开年度报告（一共、都，收费金额为零，未制发规范性文件）",
        "text": (
            "林场一共有职工六十八人。今年林场在场部公示栏公示生态护林员选聘、森林抚育项目等信息三十四条。"
            "全年一共收到信息公开申请一件，是附近村民问林地界址的，已经予以公开。林场没有行政事业性收费项目，"
            "收费金额为零。林场今年没有制发规范性文件。"
        ),
        "cells": {
            "t2.normative_doc.issued": 0,
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 1, "t3.new.total": 1,
            "t3.granted.natural": 1, "t3.granted.total": 1,
            "t3.total_processed.natural": 1, "t3.total_processed.total": 1,
        },
    },
    {
        "voice": "县城市管理局；年报第一部分（许可、处罚、强制用汉字数字，行政事业性收费以元计）",
        "text": (
            "本局本年度作出行政许可决定一百零六件，主要是临时占用城市道路、设置户外广告的许可；"
            "作出行政处罚决定两百四十一件；作出行政强制决定九件。"
            "全年收取行政事业性收费（城市道路占用费、挖掘修复费）共计186,420元，均上缴县财政。"
        ),
        "cells": {
            "t2.licensing.decisions": 106,
            "t2.penalty.decisions": 241,
            "t2.coercion.decisions": 9,
            "t2.admin_fee.amount_wan": 18.642,
        },
    },
    {
        "voice": "社区卫生服务中心；年报合写段落（1. 2. 3. 4. 编号列举，“均”）",
        "text": (
            "现将本中心本年度信息公开情况报告如下：1.主动公开。"
            "在中心公示栏公开服务项目、收费标准、医生排班等信息共计62条。2.依申请公开。共计收到申请2件，"
            "均为居民个人申请，均予以公开。3.复议诉讼。本年度未发生行政复议、行政诉讼。4.收费情况。"
            "本中心依申请提供信息不收费。"
        ),
        "cells": {
            "t3.new.natural": 2, "t3.new.total": 2,
            "t3.granted.natural": 2, "t3.granted.total": 2,
            "t3.total_processed.natural": 2, "t3.total_processed.total": 2,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "县信访局；年报第三部分（“信息申请”“申请公开”混用，不予处理的其中清单）",
        "text": (
            "本局今年共收到信息申请9件。申请公开的内容多数是本人信访事项的办理情况。9件中，自然人申请8件，"
            "法律服务机构申请1件。办理结果：予以公开2件，部分公开1件，无法提供2件，不予处理4件，"
            "其中属于信访举报投诉类申请的3件、重复申请的1件。9件申请均已答复，没有结转下年度的。"
        ),
        "cells": {
            "t3.new.natural": 8, "t3.new.legal_service": 1, "t3.new.total": 9,
            "t3.granted.natural": 2, "t3.granted.total": 2,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.unable.not_held.natural": 1, "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 2,
            "t3.not_processed.petition.natural": 3, "t3.not_processed.petition.total": 3,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.total_processed.natural": 8, "t3.total_processed.legal_service": 1, "t3.total_processed.total": 9,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "工业园区管理委员会；年报第三部分（表三行名照抄，括号注明理由，附一句行政许可）",
        "text": (
            "本年新收申请数量6件，其中商业企业5件，其他组织1件；上年结转申请数量1件（商业企业）。本年度办理结果："
            "予以公开4件，部分公开1件，不予公开1件（属于保护第三方合法权益），"
            "无法提供1件（本机关不掌握相关政府信息），办理结果总计7件。结转下年度继续办理申请数量0件。"
            "园区本年度作出企业投资项目核准、施工许可等行政许可决定46件。"
        ),
        "cells": {
            "t2.licensing.decisions": 46,
            "t3.new.commercial": 5, "t3.new.org_other": 1, "t3.new.total": 6,
            "t3.carried_over.commercial": 1, "t3.carried_over.total": 1,
            "t3.granted.commercial": 3, "t3.granted.org_other": 1, "t3.granted.total": 4,
            "t3.partial.commercial": 1, "t3.partial.total": 1,
            "t3.denied.third_party.commercial": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 1,
            "t3.total_processed.commercial": 6, "t3.total_processed.org_other": 1, "t3.total_processed.total": 7,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "丘陵乡人民政府；年报第五部分（存在问题与改进情况，村数、人数、整改问题数、培训次数）",
        "text": (
            "（一）存在的主要问题。一是公开内容还不够全，全乡7个村中有2个村的村务公开栏更新不及时。二是工作力量弱，"
            "乡里只有1名兼职人员负责政务公开。三是依申请公开办理经验不足，今年收到的3件申请虽然都按期答复，"
            "但答复书格式不够规范。（二）改进情况。针对上年报告中查找出的4个问题，已整改完成4个。"
            "今年组织乡村两级干部开展政务公开培训3次，培训86人次。下一步每季度对村务公开栏检查1次。"
        ),
        "cells": {
            "t3.new.natural": 3, "t3.new.total": 3,
            "t3.granted.natural": 2, "t3.granted.total": 2,
            "t3.unable.not_held.natural": 1, "t3.unable.not_held.total": 1,
            "t3.total_processed.natural": 3, "t3.total_processed.total": 3,
        },
    },
    {
        "voice": "县中医院；信息公开年度报告第六部分（医疗收费、信息处理费、表二收费金额为0、培训人次）",
        "text": (
            "关于收费。本院医疗服务收费执行医保部门公布的价格，价格信息都在门诊大厅电子屏公示。本院依申请提供信息，"
            "未收取信息处理费。本院没有行政事业性收费，表二收费金额为0。关于培训。全年开展院务公开培训2次，"
            "参加培训的科室负责人共计53人次。关于申请。全年一共收到信息公开申请4件，都已办结。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 4, "t3.new.total": 4,
            "t3.granted.natural": 3, "t3.granted.total": 3,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.total_processed.natural": 4, "t3.total_processed.total": 4,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "县文化和旅游局；年报第一部分（一个长句串联表二、表三、表四和收费）",
        "text": (
            "2023年，本局主动公开信息386条，制发行政规范性文件0件，现行有效行政规范性文件3件，"
            "作出行政许可决定58件，作出行政处罚决定7件，没有作出行政强制决定，收到政府信息公开申请5件，"
            "其中自然人4件、商业企业1件，予以公开3件、无法提供2件，全部按时办结，没有发生行政复议和行政诉讼，"
            "没有收取任何费用。"
        ),
        "cells": {
            "t2.normative_doc.issued": 0, "t2.normative_doc.in_force": 3,
            "t2.licensing.decisions": 58,
            "t2.penalty.decisions": 7,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 4, "t3.new.commercial": 1, "t3.new.total": 5,
            "t3.granted.natural": 2, "t3.granted.commercial": 1, "t3.granted.total": 3,
            "t3.unable.not_held.natural": 2, "t3.unable.not_held.total": 2,
            "t3.total_processed.natural": 4, "t3.total_processed.commercial": 1, "t3.total_processed.total": 5,
            "t3.carried_forward.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "牧区苏木人民政府（内蒙古）；年报合写段落（嘎查务公开，汉字数字，否定式零）",
        "text": (
            "本苏木下辖嘎查六个。六个嘎查都按月公开嘎查务和财务。"
            "苏木政府全年公开惠牧政策落实情况、草原生态补奖资金发放等信息一百四十三条。全年没有收到政府信息公开申请，"
            "也没有上年结转的申请。全年没有人因为信息公开的事申请行政复议，也没有人提起行政诉讼。"
            "苏木没有收取信息处理费。"
        ),
        "cells": {
            "t3.new.total": 0,
            "t3.carried_over.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "农业大镇人民政府；年报第三部分（办理结果用一是、二是……列出，括注日期）",
        "text": (
            "全年共受理依申请公开十件，上年结转一件，共计十一件。办理情况：一是予以公开五件；二是部分公开一件；"
            "三是不予公开一件，是涉及第三方个人隐私的；四是无法提供三件，是镇政府不掌握的；五是结转下年度办理一件，"
            "是十二月二十八日收到的。全年办结十件。"
        ),
        "cells": {
            "t3.new.natural": 10, "t3.new.total": 10,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 5, "t3.granted.total": 5,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 3, "t3.unable.not_held.total": 3,
            "t3.total_processed.natural": 10, "t3.total_processed.total": 10,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
    },
    {
        "voice": "县职业中等专业学校；信息公开年度报告（学费、住宿费以万元四位小数计，在校生人数）",
        "text": (
            "学校现有在校生1,286人。学校收取的学费、住宿费属于行政事业性收费，"
            "本年度收费金额合计为215.6480万元，全部缴入县财政专户。全年收到信息公开申请3件，"
            "都是学生家长申请，都予以公开。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 215.648,
            "t3.new.natural": 3, "t3.new.total": 3,
            "t3.granted.natural": 3, "t3.granted.total": 3,
            "t3.total_processed.natural": 3, "t3.total_processed.total": 3,
        },
    },
    {
        "voice": "县工业和信息化局；年报第三、四部分（汉字数字，复议一件维持、直接起诉一件未判）",
        "text": (
            "本局全年收到政府信息公开申请六件，全部是企业提出的。予以公开三件，部分公开一件，无法提供两件。"
            "因为信息公开的事，本局被申请行政复议一件，结果维持；被提起行政诉讼一件，是未经复议直接起诉的，"
            "到年底法院还没有判决。本局没有被纠错的案件。"
        ),
        "cells": {
            "t3.new.commercial": 6, "t3.new.total": 6,
            "t3.granted.commercial": 3, "t3.granted.total": 3,
            "t3.partial.commercial": 1, "t3.partial.total": 1,
            "t3.unable.not_held.commercial": 2, "t3.unable.not_held.total": 2,
            "t3.total_processed.commercial": 6, "t3.total_processed.total": 6,
            "t4.review.upheld": 1, "t4.review.corrected": 0, "t4.review.total": 1,
            "t4.lit_direct.corrected": 0, "t4.lit_direct.pending": 1, "t4.lit_direct.total": 1,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "县应急管理局；年报第一部分（表二数字用汉字，“均”“都”，工作日不是件数）",
        "text": (
            "本局本年度没有制发行政规范性文件，没有废止行政规范性文件。行政规范性文件现行有效的只有一件。"
            "全年作出安全生产行政许可决定三十七件，都在网站公示。作出行政处罚决定二十九件，"
            "均在作出决定之日起七个工作日内公开。作出行政强制决定两件。本局没有行政事业性收费。"
        ),
        "cells": {
            "t2.normative_doc.issued": 0, "t2.normative_doc.repealed": 0, "t2.normative_doc.in_force": 1,
            "t2.licensing.decisions": 37,
            "t2.penalty.decisions": 29,
            "t2.coercion.decisions": 2,
            "t2.admin_fee.amount_wan": 0,
        },
    },
    {
        "voice": "城郊镇人民政府；年报第一部分（一是抓村务公开、二是抓依申请公开、三是抓培训）",
        "text": (
            "一是抓村务公开。全镇15个村（社区）全部建立了村务监督委员会，"
            "全年公开村级财务收支、低保评议、集体经济收益分配等事项1,082条，村务公开满意度测评95分。"
            "二是抓依申请公开。全年收到申请公开的6件，上年结转的1件，一共7件，全部办结，其中予以公开4件，"
            "部分公开1件，无法提供1件，不予处理1件。三是抓培训。全镇开展培训4期，村干部参训120人次。"
        ),
        "cells": {
            "t3.new.natural": 6, "t3.new.total": 6,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 4, "t3.granted.total": 4,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.unable.not_held.natural": 1, "t3.unable.not_held.total": 1,
            "t3.not_processed.petition.natural": 1, "t3.not_processed.petition.total": 1,
            "t3.total_processed.natural": 7, "t3.total_processed.total": 7,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "县妇幼保健院；信息公开年度报告第六部分（行政事业性收费为0元，不收取信息处理费）",
        "text": (
            "本院按规定收取的孕产期保健、儿童保健等医疗服务费用，不属于行政事业性收费。"
            "本院本年度行政事业性收费金额为0元。本院对申请人提出的信息公开申请一律不收取信息处理费。"
            "全年收到申请一件，为自然人提出，已予以公开。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 1, "t3.new.total": 1,
            "t3.granted.natural": 1, "t3.granted.total": 1,
            "t3.total_processed.natural": 1, "t3.total_processed.total": 1,
        },
    },
    {
        "voice": "县水务局；年报第一部分（水土保持补偿费以元计并括注万元四位小数）",
        "text": (
            "本局本年度作出取水许可、河道采砂许可等行政许可决定43件，作出水行政处罚决定6件，没有作出行政强制决定。"
            "全年收取水土保持补偿费26,350元（合计为2.6350万元），属于行政事业性收费，已全部缴入县国库。"
            "依申请提供政府信息不收取费用。"
        ),
        "cells": {
            "t2.licensing.decisions": 43,
            "t2.penalty.decisions": 6,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 2.635,
        },
    },
    {
        "voice": "农业科技园区管理委员会；年报第三部分（1）2）3）4）编号，表三行名，“均”“全部”）",
        "text": (
            "本年度依申请公开工作情况如下：1）本年新收申请2件，均为科研机构提出；2）上年结转申请0件；"
            "3）办理结果：予以公开1件，部分公开1件；4）结转下年度0件。2件申请全部办结。"
        ),
        "cells": {
            "t3.new.research": 2, "t3.new.total": 2,
            "t3.carried_over.total": 0,
            "t3.granted.research": 1, "t3.granted.total": 1,
            "t3.partial.research": 1, "t3.partial.total": 1,
            "t3.total_processed.research": 2, "t3.total_processed.total": 2,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "县政务服务管理局；年报第一部分（大厅办件量、“4.3万件”与本局行政许可决定并列，未收到申请）",
        "text": (
            "县政务服务大厅进驻部门28个，进驻事项612项。全年大厅共计受理各类办件4.3万件，"
            "其中本局以自己名义作出的行政许可决定1,265件，其余为各进驻部门的办件。"
            "本局本年度没有作出行政处罚决定和行政强制决定。本局未收到政府信息公开申请。"
        ),
        "cells": {
            "t2.licensing.decisions": 1265,
            "t2.penalty.decisions": 0,
            "t2.coercion.decisions": 0,
            "t3.new.total": 0,
        },
    },
    {
        "voice": "边境经济合作区管理委员会；年报第四部分（复议、诉讼各用“其中”，末尾“合计为”）",
        "text": (
            "本年度管委会因信息公开被申请行政复议2件，其中维持1件，纠正1件。被提起行政诉讼3件，"
            "其中未经复议直接起诉2件，均维持；复议后起诉1件，尚未审结。行政复议和行政诉讼合计为5件。"
        ),
        "cells": {
            "t4.review.upheld": 1, "t4.review.corrected": 1, "t4.review.total": 2,
            "t4.lit_direct.upheld": 2, "t4.lit_direct.total": 2,
            "t4.lit_after_review.pending": 1, "t4.lit_after_review.total": 1,
        },
    },
    {
        "voice": "县粮食和物资储备中心；年报合写段落（一句一个数，0件、0元逐项写明）",
        "text": (
            "本中心全年主动公开信息47条。本中心没有规章和规范性文件制定权。全年收到政府信息公开申请0件。"
            "上年结转0件。行政复议0件。行政诉讼0件。行政事业性收费0元。信息处理费0元。"
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
        "voice": "乡中心小学；信息公开年度报告（村小、教学点数量，汉字数字，“均”）",
        "text": (
            "我校是乡中心小学，管辖村小四所、教学点两个。"
            "本年度学校通过校务公开栏公开食堂收支、营养改善计划、困难学生资助名单等信息五十八条。"
            "全年收到家长提出的信息公开申请两件，均予以公开。学校没有行政事业性收费项目，依申请提供信息也不收费。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 2, "t3.new.total": 2,
            "t3.granted.natural": 2, "t3.granted.total": 2,
            "t3.total_processed.natural": 2, "t3.total_processed.total": 2,
        },
    },
    {
        "voice": "化工园区管理委员会；年报第一部分（规范性文件、许可处罚强制，收费以万元四位小数）",
        "text": (
            "园区管委会全年制发行政规范性文件2件，没有废止，现行有效的行政规范性文件共7件。作出行政许可决定21件，"
            "行政处罚决定4件，行政强制决定1件。收取城市道路占用挖掘修复费等行政事业性收费0.8260万元。"
        ),
        "cells": {
            "t2.normative_doc.issued": 2, "t2.normative_doc.repealed": 0, "t2.normative_doc.in_force": 7,
            "t2.licensing.decisions": 21,
            "t2.penalty.decisions": 4,
            "t2.coercion.decisions": 1,
            "t2.admin_fee.amount_wan": 0.826,
        },
    },
    {
        "voice": "商贸区街道办事处；年报第三部分（一个长句用逗号连接新收、结转、办理结果和办结率）",
        "text": (
            "本年度街道共收到政府信息公开申请十九件，上年结转一件，予以公开八件，部分公开三件，不予公开一件，"
            "无法提供五件，不予处理一件，其他处理一件，共办结十九件，结转下年度一件，办结率为95%。"
        ),
        "cells": {
            "t3.new.natural": 17, "t3.new.commercial": 2, "t3.new.total": 19,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 7, "t3.granted.commercial": 1, "t3.granted.total": 8,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.total": 1,
            "t3.unable.not_held.natural": 4, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 5,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.other.no_correction.natural": 1, "t3.other.no_correction.total": 1,
            "t3.total_processed.natural": 17, "t3.total_processed.commercial": 2, "t3.total_processed.total": 19,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
        },
    },
    {
        "voice": "县畜牧兽医水产局；年报第一部分（每句以“一共”开头的复述，规范性文件制发、废止、现行有效）",
        "text": (
            "本局今年一共制发规范性文件1件，是关于动物防疫补助的。一共废止规范性文件1件。"
            "目前现行有效的规范性文件一共4件。今年一共办理动物诊疗许可、水产苗种生产许可等行政许可决定19件。"
            "一共作出行政处罚决定8件。没有作出行政强制决定。"
        ),
        "cells": {
            "t2.normative_doc.issued": 1, "t2.normative_doc.repealed": 1, "t2.normative_doc.in_force": 4,
            "t2.licensing.decisions": 19,
            "t2.penalty.decisions": 8,
            "t2.coercion.decisions": 0,
        },
    },
    {
        "voice": "物流园区管理委员会；年报第三部分（企业申请为主，其中清单和“合计为”都完整）",
        "text": (
            "园区今年一共收到政府信息公开申请8件，其中商业企业6件、法律服务机构1件、自然人1件。8件申请中，"
            "予以公开5件，部分公开2件，无法提供1件，合计为8件，已全部办结。"
        ),
        "cells": {
            "t3.new.natural": 1, "t3.new.commercial": 6, "t3.new.legal_service": 1, "t3.new.total": 8,
            "t3.granted.natural": 1, "t3.granted.commercial": 4, "t3.granted.total": 5,
            "t3.partial.commercial": 1, "t3.partial.legal_service": 1, "t3.partial.total": 2,
            "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 1,
            "t3.total_processed.natural": 1, "t3.total_processed.commercial": 6,
                "t3.total_processed.legal_service": 1, "t3.total_processed.total": 8,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "县机关事务服务中心；年报合写段落（没有申请，公开条数、培训次数，否定式零）",
        "text": (
            "本中心今年主动公开公务用车、公共机构节能等信息共计31条。参加县里组织的政务公开培训2次。"
            "全年没有收到政府信息公开申请。没有行政复议。没有行政诉讼。本中心没有行政事业性收费，"
            "也没有收取信息处理费。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
            "t3.new.total": 0,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "国营农场社区管理委员会；年报第三部分（按表三口径逐行说明，汉字数字，“为零”）",
        "text": (
            "依申请公开情况按表格口径说明如下：本年新收政府信息公开申请数量三件，都是农场职工提出的；"
            "上年结转政府信息公开申请数量为零；本年度办理结果为予以公开两件、无法提供一件，合计三件；"
            "结转下年度继续办理为零。"
        ),
        "cells": {
            "t3.new.natural": 3, "t3.new.total": 3,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 2, "t3.granted.total": 2,
            "t3.unable.not_held.natural": 1, "t3.unable.not_held.total": 1,
            "t3.total_processed.natural": 3, "t3.total_processed.total": 3,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "县商务局；年报第一部分（“130余件”的办件量与行政许可决定数并列，罚没款用万元，不是表二收费）",
        "text": (
            "本局全年办理成品油零售经营、二手车交易市场备案等事项130余件，其中作出行政许可决定86件。"
            "作出行政处罚决定5件，罚没款1.2万元。行政强制决定没有。本局全年收到政府信息公开申请2件，"
            "都是企业提出的，都予以公开。"
        ),
        "cells": {
            "t2.licensing.decisions": 86,
            "t2.penalty.decisions": 5,
            "t2.coercion.decisions": 0,
            "t3.new.commercial": 2, "t3.new.total": 2,
            "t3.granted.commercial": 2, "t3.granted.total": 2,
            "t3.total_processed.commercial": 2, "t3.total_processed.total": 2,
        },
    },
    {
        "voice": "开发区街道办事处；年报第五部分（问题和改进措施用1. 2. 3.编号，含办理件数、整改数和整改率）",
        "text": (
            "（一）存在的问题。1.社区居务公开不平衡，全街道11个社区中有3个社区公开内容更新慢。"
            "2.依申请公开答复还不够规范，今年办理的8件申请中有1件答复书没有写明救济途径。"
            "3.政务公开专职人员只有2人，业务能力不够。（二）改进措施。1.每季度对11个社区开展1次督查。"
            "2.今年已组织依申请公开专题培训1次，明年计划再办2次。3.上年查摆的5个问题已整改完成5个，"
            "整改率100%。"
        ),
        "cells": {
            "t3.new.natural": 8, "t3.new.total": 8,
            "t3.granted.natural": 4, "t3.granted.total": 4,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.unable.not_held.natural": 2, "t3.unable.not_held.total": 2,
            "t3.not_processed.petition.natural": 1, "t3.not_processed.petition.total": 1,
            "t3.total_processed.natural": 8, "t3.total_processed.total": 8,
        },
    },
    {
        "voice": "县水库管理所（事业单位）；信息公开年度报告（短句，“两”，不收取任何费用）",
        "text": (
            "本所管理中型水库两座。今年公开防汛预案、调度运行、放水通知等信息300余条。全年收到信息公开申请两件，"
            "都是下游村民问放水时间的，两件都予以公开。本所不收取任何费用。没有发生行政复议和行政诉讼。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 2, "t3.new.total": 2,
            "t3.granted.natural": 2, "t3.granted.total": 2,
            "t3.total_processed.natural": 2, "t3.total_processed.total": 2,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "县供销合作社联合社；年报第三部分（“申请公开信息的申请”，办结率百分之百，其中清单在办结之后）",
        "text": (
            "本社全年共收到申请公开信息的申请4件，上年结转0件。4件全部办结，办结率百分之百。其中予以公开3件，"
            "不予处理1件（属于重复申请）。本社今年未制发规范性文件。"
        ),
        "cells": {
            "t2.normative_doc.issued": 0,
            "t3.new.natural": 3, "t3.new.org_other": 1, "t3.new.total": 4,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 2, "t3.granted.org_other": 1, "t3.granted.total": 3,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.total_processed.natural": 3, "t3.total_processed.org_other": 1, "t3.total_processed.total": 4,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "综合保税区管理委员会；年报第一、三、四部分（逗号长句，收费以元计，无千位分隔符）",
        "text": (
            "本年度管委会作出行政许可决定9件，行政处罚决定2件，行政强制决定0件，收取行政事业性收费3200元，"
            "收到政府信息公开申请3件，其中商业企业2件，自然人1件，均予以公开，未被申请行政复议，未被提起行政诉讼。"
        ),
        "cells": {
            "t2.licensing.decisions": 9,
            "t2.penalty.decisions": 2,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 0.32,
            "t3.new.natural": 1, "t3.new.commercial": 2, "t3.new.total": 3,
            "t3.granted.natural": 1, "t3.granted.commercial": 2, "t3.granted.total": 3,
            "t3.total_processed.natural": 1, "t3.total_processed.commercial": 2, "t3.total_processed.total": 3,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "沿河乡人民政府；年报第六部分（上年工作要点落实项数、收费金额0万元、信息处理费、培训人次）",
        "text": (
            "关于上年工作要点落实情况。上年县里下达的政务公开工作任务共计12项，已全部完成。关于收费情况。"
            "本乡没有行政事业性收费项目，本年度收费金额为0万元。本乡依申请提供政府信息，没有收取信息处理费。"
            "关于培训情况。全年组织乡村干部培训两次，参加培训一共一百零三人次。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
        },
    },
    {
        "voice": "县司法局；年报第三、四部分（冒号短语：依申请公开：……办理结果：……复议和诉讼：……）",
        "text": (
            "依申请公开：本年新收9件，上年结转1件。办理结果："
            "予以公开4件、部分公开2件、不予公开1件、无法提供2件、其他处理1件，合计10件。结转：0件。"
            "复议和诉讼：被申请行政复议1件，结果纠正；被提起行政诉讼0件。"
        ),
        "cells": {
            "t3.new.natural": 8, "t3.new.legal_service": 1, "t3.new.total": 9,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 4, "t3.granted.total": 4,
            "t3.partial.natural": 1, "t3.partial.legal_service": 1, "t3.partial.total": 2,
            "t3.denied.process_info.natural": 1, "t3.denied.process_info.total": 1,
            "t3.unable.not_held.natural": 2, "t3.unable.not_held.total": 2,
            "t3.other.other.natural": 1, "t3.other.other.total": 1,
            "t3.total_processed.natural": 9, "t3.total_processed.legal_service": 1, "t3.total_processed.total": 10,
            "t3.carried_forward.total": 0,
            "t4.review.corrected": 1, "t4.review.total": 1,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "乡镇农业综合服务中心；信息公开年度报告（“总共”反复，惠农补贴公示户数不是表格数字）",
        "text": (
            "本中心总共公示惠农补贴发放情况9批次，涉及农户2,317户。全年总共收到政府信息公开申请3件，"
            "都是农户问补贴标准的。3件申请中予以公开2件，还有1件因补贴名单涉及农户个人信息，作了部分公开。"
            "总共办结3件。"
        ),
        "cells": {
            "t3.new.natural": 3, "t3.new.total": 3,
            "t3.granted.natural": 2, "t3.granted.total": 2,
            "t3.partial.natural": 1, "t3.partial.total": 1,
            "t3.total_processed.natural": 3, "t3.total_processed.total": 3,
        },
    },
    {
        "voice": "产业集聚区管理委员会；年报第三部分（表三各行逐项，括号内再分，办结率两位小数）",
        "text": (
            "本年新收申请数量25件，其中自然人18件、商业企业6件、其他组织1件；上年结转申请数量2件。"
            "本年度办理结果：予以公开9件，部分公开4件，不予公开2件（均属于保护第三方合法权益），"
            "无法提供6件（本机关不掌握相关政府信息5件、没有现成信息需要另行制作1件），"
            "不予处理2件（信访举报投诉类申请），其他处理1件（申请人逾期不补正），共计24件。"
            "结转下年度继续办理3件。办结率88.89%。"
        ),
        "cells": {
            "t3.new.natural": 18, "t3.new.commercial": 6, "t3.new.org_other": 1, "t3.new.total": 25,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 6, "t3.granted.commercial": 2, "t3.granted.org_other": 1, "t3.granted.total": 9,
            "t3.partial.natural": 3, "t3.partial.commercial": 1, "t3.partial.total": 4,
            "t3.denied.third_party.natural": 1, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 2,
            "t3.unable.not_held.natural": 4, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 5,
            "t3.unable.needs_creation.natural": 1, "t3.unable.needs_creation.total": 1,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.other.no_correction.natural": 1, "t3.other.no_correction.total": 1,
            "t3.total_processed.natural": 18, "t3.total_processed.commercial": 5, "t3.total_processed.org_other": 1,
                "t3.total_processed.total": 24,
            "t3.carried_forward.natural": 2, "t3.carried_forward.commercial": 1, "t3.carried_forward.total": 3,
        },
    },
    {
        "voice": "国有牧场；参照年报格式的合写段落（二〇二三年的写法，汉字数字，表二各项为零）",
        "text": (
            "二〇二三年，牧场在场部和各生产队公示草场承包、禁牧补助发放等信息七十六条。"
            "全年收到牧工提出的信息公开申请一件，申请公开草场承包合同，已予以公开。牧场没有制发规范性文件，"
            "没有行政许可、行政处罚和行政强制权限，表二各项都是零。"
        ),
        "cells": {
            "t2.normative_doc.issued": 0, "t2.normative_doc.repealed": 0, "t2.normative_doc.in_force": 0,
            "t2.licensing.decisions": 0,
            "t2.penalty.decisions": 0,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 1, "t3.new.total": 1,
            "t3.granted.natural": 1, "t3.granted.total": 1,
            "t3.total_processed.natural": 1, "t3.total_processed.total": 1,
        },
    },
    {
        "voice": "老街道办事处；年报第一部分（“20多件”“10余件”“一半以上”等约数）",
        "text": (
            "今年街道收到的政府信息公开申请有20多件，比去年多了近一倍。其中一半以上是问老旧小区改造的。"
            "予以公开的有10余件。其余的按规定作了部分公开、无法提供或者不予处理。没有结转到明年的。"
        ),
        "cells": {
            "t3.new.natural": 23, "t3.new.total": 23,
            "t3.granted.natural": 13, "t3.granted.total": 13,
            "t3.partial.natural": 2, "t3.partial.total": 2,
            "t3.unable.not_held.natural": 6, "t3.unable.not_held.total": 6,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.total_processed.natural": 23, "t3.total_processed.total": 23,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "河口镇人民政府；年报第四部分（复议被纠正一件、直接起诉两件，“被纠错的共1件”）",
        "text": (
            "本年度，我镇被申请行政复议1件（因政府信息公开），县政府复议后责令我镇重新答复，属于结果纠正。"
            "因政府信息公开被起诉2件，都是直接到法院起诉的，1件法院驳回了诉讼请求，1件到年底还没有判。"
            "我镇被纠错的共1件。"
        ),
        "cells": {
            "t4.review.corrected": 1, "t4.review.total": 1,
            "t4.lit_direct.upheld": 1, "t4.lit_direct.pending": 1, "t4.lit_direct.total": 2,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "库区镇人民政府；年报第一部分（村级“一事一议”筹资、惠民资金公示不是表二收费，“都已办结”）",
        "text": (
            "全镇8个村全年公示“一事一议”筹资筹劳方案8份，筹资合计为4.26万元；"
            "公示惠民惠农资金发放明细56批次。镇政府本级不收行政事业性收费，表二里收费金额填的是0。"
            "镇政府全年收到政府信息公开申请4件，其中自然人3件、其他组织1件，予以公开3件，无法提供1件，都已办结。"
        ),
        "cells": {
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 3, "t3.new.org_other": 1, "t3.new.total": 4,
            "t3.granted.natural": 2, "t3.granted.org_other": 1, "t3.granted.total": 3,
            "t3.unable.not_held.natural": 1, "t3.unable.not_held.total": 1,
            "t3.total_processed.natural": 3, "t3.total_processed.org_other": 1, "t3.total_processed.total": 4,
            "t3.carried_forward.total": 0,
        },
    },
]
