"""Invented, fully consistent narratives of government-information-disclosure annual reports
(政府信息公开工作年度报告), a second set for checking that the narrative-versus-table comparison raises no
false alarm.  It concentrates on what tests/consistent_narratives.py covers least.

``NARRATIVES`` is a list of dicts ``{"voice", "text", "cells"}`` in the format of that file:

* ``voice``: who is speaking (the kind of issuer, the report section the text imitates, and the trait that the
  entry exercises);
* ``text``: about 150-250 characters in that issuer's style;
* ``cells``: 2021-format table cells (schema keys ``t2.*``, ``t3.*``, ``t4.*`` of shared/domain/schema.json) with
  the values that make every table figure of the text true, plus the cells those values imply, so that the
  table's own identities hold (表三: 一 + 二 = 三(七) + 四 in every column, (七) = sum of the outcome rows,
  总计 = sum of the six applicant columns; 表四: 总计 = 维持 + 纠正 + 其他 + 尚未审结 in each group).  Cells
  that are not listed are 0; zeros that a text asserts (未收取…, 未作出…, 无上年结转, 未发生…) are listed
  explicitly.

The texts dwell on:

* section 二 restated in prose: 规章 and 行政规范性文件 制发/废止/现行有效 (split by kind or by issuing
  organ), 文件清理 results whose 继续有效/修改/废止 figures describe the cleanup (or another body's documents,
  or proposals for next year) rather than this year's 表二 row, cumulative legislation counts, 行政许可/行政处罚/
  行政强制 decisions broken down by field, with case counts, inspections, fines and 罚没款 that are not table
  figures, and 行政事业性收费 in 元 and in 万元 (up to four decimals) beside 罚没款 and 信息处理费;
* percentages and shares: 占比, 同比增长/下降, 个百分点, 办结率/答复率/公开率 with and without the figures
  they come from, rates of other things (hotline 按时回复率, 满意率, 按时办结率, 解读率, 网上办理率), 成 forms
  (超过八成, 约占六成, 两成左右, 不足一成), percentages written 百分之九十七点六 or with full-width digits;
* long enumerations with 、 and ；, parts broken down again in parentheses or after a colon, 分别为 with
  several totals in one sentence, lists that stop at 等, 其余 and 另有;
* year comparisons (较上年, 上年同期, 与2022年相比, 较上年末), cumulative figures (累计, 截至年底, 历年) and
  plans (2024年将…);
* text as it comes out of PDFs and crawled pages: line breaks inside a sentence and inside a number
  ("1,2" at the end of a line and "36件" on the next is 1,236), full-width digits with a full-width comma
  as thousands separator and a full-width decimal point, spaces and no-break spaces between a number and
  its unit, ideographic-space indents.

Every report as a whole is consistent: each figure that restates a table cell agrees with it, every 其中 /
分别为 list that claims to be complete adds up (lists ending in 等 stay below their total), every rate is right
at its stated precision and every approximate figure (余, 约, 左右, 超过, 不足, 成) brackets its cell.  Figures
that are not table figures (last year's numbers, cleanup results, other bodies' documents, plans, fines,
hotline and service-hall counts, 信息处理费) must not be compared with the tables.

Every issuer, name, figure and sentence here is invented for this test; no text is copied from a real
report.
"""
from __future__ import annotations

NARRATIVES = [
    {
        "voice": "省人民政府；年报第二部分“主动公开政府信息情况”的文字说明（规章与规范性文件，其中/分别为）",
        "text": (
            "2023年，省政府围绕优化营商环境、生态环境保护等重点领域推进政府立法，全年制发省政府规章6件，"
            "其中新制定4件、修订2件（以修改决定形式公布），废止规章3件；截至2023年12月31日，"
            "现行有效省政府规章187件，均在省政府门户网站“规章库”和《省人民政府公报》同步刊载。以省政府、"
            "省政府办公厅名义制发的行政规范性文件分别为9件、17件，合计26件；本年废止行政规范性文件11件，"
            "现行有效412件。每件规范性文件均在印发后30日内报送备案，并随文发布解读材料，解读率100%。"
        ),
        "cells": {
            "t2.regulation.issued": 6, "t2.regulation.repealed": 3, "t2.regulation.in_force": 187,
            "t2.normative_doc.issued": 26, "t2.normative_doc.repealed": 11, "t2.normative_doc.in_force": 412,
        },
    },
    {
        "voice": "地级市司法局；年报第一部分“主动公开”段落（清理的是市政府文件，不是本局表二）",
        "text": (
            "按照市政府统一部署，本局牵头对市政府及市政府办公室历年印发的行政规范性文件进行全面清理，"
            "共梳理文件738件，经逐件审核，继续有效591件，需修改56件，废止或宣布失效91件，"
            "清理结果已于2023年10月由市政府统一公布。本局自身本年度制发行政规范性文件2件，废止1件，"
            "现行有效的本局规范性文件9件。全年完成市政府及各部门规范性文件合法性审核107件，"
            "提出审核意见340余条，备案审查区县规范性文件63件。"
        ),
        "cells": {
            "t2.normative_doc.issued": 2, "t2.normative_doc.repealed": 1, "t2.normative_doc.in_force": 9,
        },
    },
    {
        "voice": "县人民政府；年报第一部分“政府信息管理”段落（本年集中清理，清理废止数即表二废止数）",
        "text": (
            "县政府于2023年5月至9月对1998年以来以县政府、县政府办公室名义印发的规范性文件开展集中清理，"
            "共清理287件，其中继续有效164件、修改28件、废止95件，"
            "清理目录已在县政府门户网站“规范性文件”专栏公布，废止文件逐件标注“已失效”。清理完成后，"
            "加上本年新制发的7件，截至年底县政府现行有效规范性文件共199件。县政府无规章制定权，本年度未制定规章。"
        ),
        "cells": {
            "t2.regulation.issued": 0,
            "t2.normative_doc.issued": 7, "t2.normative_doc.repealed": 95, "t2.normative_doc.in_force": 199,
        },
    },
    {
        "voice": "地级市商务局；年报第一部分“主动公开”段落（拟修改、拟废止是清理意见，不是本年数字）",
        "text": (
            "本年度本局制发行政规范性文件3件，废止2件，现行有效行政规范性文件34件，"
            "文件目录和全文均在“政策文件”栏目动态更新并标注有效性。为落实优化营商环境要求，"
            "本局对现行有效文件逐件开展公平竞争审查和合法性评估，提出拟修改5件、拟废止4件的清理意见，"
            "已报市司法局审核，计划于2024年上半年完成相关程序。全年办理对外贸易经营者备案登记1,126家次，"
            "作出商务领域行政处罚决定9件，未作出行政强制决定。"
        ),
        "cells": {
            "t2.normative_doc.issued": 3, "t2.normative_doc.repealed": 2, "t2.normative_doc.in_force": 34,
            "t2.penalty.decisions": 9,
            "t2.coercion.decisions": 0,
        },
    },
    {
        "voice": "市辖区行政审批服务局；年报第一部分（行政许可按领域分列、同比、按时办结率与满意率）",
        "text": (
            "本局集中行使全区行政许可权，2023年共作出行政许可决定14,705件，"
            "较上年的13,126件增长12.0%。按领域分，市场主体登记类8,931件、工程建设类1,866件、"
            "社会事务类2,457件、交通运输类1,451件，"
            "许可结果均在作出决定之日起7个工作日内通过“信用中国”网站公示。"
            "全年政务服务大厅受理各类办件约26.3万件，按时办结率99.97%，“好差评”满意率99.8%。"
            "本局不承担行政处罚、行政强制职能，全年未收取行政事业性收费。"
        ),
        "cells": {
            "t2.licensing.decisions": 14705,
            "t2.penalty.decisions": 0,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 0,
        },
    },
    {
        "voice": "地级市文化广电和旅游局；年报第一部分（处罚按类别列举但带“等”，罚款不是表二数字）",
        "text": (
            "2023年，本局作出营业性演出、娱乐场所设立、旅行社设立等行政许可决定1,318件；"
            "开展文化市场执法检查4,260家次，立案查处违法案件226件，作出行政处罚决定213件，"
            "其中文化市场类97件、旅游市场类68件、出版物市场类29件等，罚款金额共计76.42万元，"
            "没收违法所得3.1万元；全年未作出行政强制决定。本局本年度未收取行政事业性收费，"
            "文化和旅游市场信用信息均通过“双公示”专栏公开。"
        ),
        "cells": {
            "t2.licensing.decisions": 1318,
            "t2.penalty.decisions": 213,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 0,
        },
    },
    {
        "voice": "地级市公安局交通警察支队；年报第一部分（万为单位的约数、余数，工本费为行政事业性收费）",
        "text": (
            "全年依法查处道路交通安全违法行为约48.6万起，作出行政处罚决定486,213件，"
            "其中罚款471,905件，暂扣或者吊销机动车驾驶证14,308件；依法作出扣留机动车、"
            "拖移机动车等行政强制措施决定约1.29万件。办理机动车登记、驾驶证核发等行政许可决定93.7万余件，"
            "网上办理率达到78.5%。全年依法收取机动车号牌、行驶证、"
            "驾驶证工本费等行政事业性收费1,036.28万元，已全额缴入国库，收费标准在各车管所办事大厅公示。"
        ),
        "cells": {
            "t2.licensing.decisions": 937452,
            "t2.penalty.decisions": 486213,
            "t2.coercion.decisions": 12874,
            "t2.admin_fee.amount_wan": 1036.28,
        },
    },
    {
        "voice": "县自然资源局；年报第一、六部分（收费以元计并分项，罚没款、信息处理费另列）",
        "text": (
            "本年度本局收取行政事业性收费共计1,245,600元，其中不动产登记费1,032,400元、"
            "土地复垦费213,200元，均按规定全额缴入县财政；依法查处违法用地、违法采矿案件31件，"
            "作出行政处罚决定27件，收缴罚没款86,500元，作出行政强制决定2件。本局作出建设用地规划许可、"
            "乡村建设规划许可等行政许可决定318件。依申请提供政府信息，本局未收取信息处理费。"
        ),
        "cells": {
            "t2.licensing.decisions": 318,
            "t2.penalty.decisions": 27,
            "t2.coercion.decisions": 2,
            "t2.admin_fee.amount_wan": 124.56,
        },
    },
    {
        "voice": "省人力资源和社会保障厅；年报第一部分（收费四位小数万元、与上年比较）",
        "text": (
            "2023年，本厅收取行政事业性收费2,386.0725万元，主要为专业技术人员职业资格考试考务费，"
            "较上年的2,104.6万元增长13.4%，原因是考试科目和报考人数增加，收费全额上缴省级国库。"
            "本厅依申请提供政府信息，未收取信息处理费。全年作出人力资源服务许可、"
            "劳务派遣经营许可等行政许可决定652件，作出劳动保障监察行政处罚决定18件，未作出行政强制决定。"
        ),
        "cells": {
            "t2.licensing.decisions": 652,
            "t2.penalty.decisions": 18,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 2386.0725,
        },
    },
    {
        "voice": "县市场监督管理局；年报第一、六部分（几百元的收费与信息处理费同句）",
        "text": (
            "本局全年收取行政事业性收费460元（计量器具强制检定费），"
            "另向1名在短期内提出大量申请的申请人按件收取信息处理费300元，两项收入均已上缴国库。全年办理食品经营、"
            "药品零售等行政许可1,873件，作出行政处罚决定142件，作出查封、扣押涉案物品等行政强制决定11件。"
            "全年收到政府信息公开申请37件，其中自然人31件、商业企业6件，已全部办结。"
        ),
        "cells": {
            "t2.licensing.decisions": 1873,
            "t2.penalty.decisions": 142,
            "t2.coercion.decisions": 11,
            "t2.admin_fee.amount_wan": 0.046,
            "t3.new.natural": 31, "t3.new.commercial": 6, "t3.new.total": 37,
            "t3.granted.natural": 13, "t3.granted.commercial": 3, "t3.granted.total": 16,
            "t3.partial.natural": 3, "t3.partial.commercial": 1, "t3.partial.total": 4,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.unable.not_held.natural": 8, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 9,
            "t3.not_processed.duplicate.natural": 3, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.total": 4,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 31, "t3.total_processed.commercial": 6,
                "t3.total_processed.total": 37,
        },
    },
    {
        "voice": "地级市人民防空办公室；年报第一部分（易地建设费、上年同期比较）",
        "text": (
            "本办本年度作出人防工程建设审批等行政许可决定214件，作出行政处罚决定6件，未作出行政强制决定；"
            "收取行政事业性收费（防空地下室易地建设费）1,862.5万元，"
            "较上年同期的2,444.3万元减少23.8%，主要受房地产开发项目减少影响。本办制发行政规范性文件1件，"
            "本年未废止，现行有效行政规范性文件5件，均已在市政府门户网站本办专栏公开。"
        ),
        "cells": {
            "t2.normative_doc.issued": 1, "t2.normative_doc.repealed": 0, "t2.normative_doc.in_force": 5,
            "t2.licensing.decisions": 214,
            "t2.penalty.decisions": 6,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 1862.5,
        },
    },
    {
        "voice": "设区的市人民政府；年报第一部分（累计立法数与本年规章数并存）",
        "text": (
            "自2015年依法取得地方立法权以来，市政府累计制定政府规章31件，其中已废止4件，先后修改11件次。"
            "2023年，市政府制定《城市供水用水管理办法》《电动自行车停放充电管理规定》2件规章，本年未废止规章，"
            "截至年底现行有效规章27件，规章文本及起草说明均在门户网站“政府规章”栏目公开。本年度以市政府、"
            "市政府办公室名义制发行政规范性文件共13件，废止6件，现行有效行政规范性文件149件。"
        ),
        "cells": {
            "t2.regulation.issued": 2, "t2.regulation.repealed": 0, "t2.regulation.in_force": 27,
            "t2.normative_doc.issued": 13, "t2.normative_doc.repealed": 6, "t2.normative_doc.in_force": 149,
        },
    },
    {
        "voice": "省发展和改革委员会；年报第一部分（其中按类别、括号内再分，收费目录的“项”不是金额）",
        "text": (
            "本年度本委制发行政规范性文件12件，其中价格管理类5件、能源管理类4件、投资管理类3件；"
            "废止行政规范性文件9件（其中因上位法修改废止6件，因有效期届满失效3件）；截至年底，"
            "本委现行有效行政规范性文件87件。本委会同省财政厅更新公布全省涉企行政事业性收费目录清单，"
            "清单内保留收费项目15项，较上年减少2项。本委本年度作出行政许可决定43件，未作出行政处罚、"
            "行政强制决定，未收取行政事业性收费。"
        ),
        "cells": {
            "t2.normative_doc.issued": 12, "t2.normative_doc.repealed": 9, "t2.normative_doc.in_force": 87,
            "t2.licensing.decisions": 43,
            "t2.penalty.decisions": 0,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 0,
        },
    },
    {
        "voice": "县综合行政执法局；年报第一部分（强制措施分项、与上年比较、投诉举报的按时办结率）",
        "text": (
            "2023年，县综合行政执法局作出行政处罚决定538件，较上年的581件下降7.4%，"
            "罚没款收入合计62.35万元；作出行政强制决定62件，其中查封场所、设施或者财物41件，扣押财物19件，"
            "强制拆除违法建筑物2件。全年通过12345热线和来信来访受理群众投诉举报1,907件，办结1,896件，"
            "按时办结率99.4%，回访满意率97.1%。"
        ),
        "cells": {
            "t2.penalty.decisions": 538,
            "t2.coercion.decisions": 62,
        },
    },
    {
        "voice": "地级市农业农村局；年报第一部分（处罚分类后用“其余”收尾，许可为“余”数）",
        "text": (
            "本年度，本局作出农业行政处罚决定146件，其中种子类38件、农药类45件、兽药饲料类29件，"
            "其余34件涉及渔业、农机和动物检疫等领域；作出行政强制决定8件，均为查封、扣押假劣农资。"
            "作出农药经营许可、种子生产经营许可、渔业捕捞许可等行政许可决定1000余件。以上处罚、"
            "许可信息均在作出决定后7个工作日内在门户网站“双公示”专栏公开，公开率100%。"
        ),
        "cells": {
            "t2.licensing.decisions": 1062,
            "t2.penalty.decisions": 146,
            "t2.coercion.decisions": 8,
        },
    },
    {
        "voice": "省林业和草原局；年报第一部分（“另办理”的非许可事项、与上年末现行有效数比较）",
        "text": (
            "全年本局作出林木采伐许可、使用林地审核同意、野生动物驯养繁殖许可等行政许可决定2,208件，"
            "另办理林草种子生产经营备案等非许可类事项431件；作出行政处罚决定17件，未作出行政强制决定。"
            "本局制发行政规范性文件4件，废止7件，现行有效行政规范性文件52件，与上年末的55件相比净减少3件，"
            "有效文件目录已在门户网站更新。"
        ),
        "cells": {
            "t2.normative_doc.issued": 4, "t2.normative_doc.repealed": 7, "t2.normative_doc.in_force": 52,
            "t2.licensing.decisions": 2208,
            "t2.penalty.decisions": 17,
            "t2.coercion.decisions": 0,
        },
    },
    {
        "voice": "直属海事局；年报第一部分（垂直管理单位，不制发规范性文件）",
        "text": (
            "本局依法作出船员适任证书签发、通航水域岸线安全使用许可、"
            "危险货物水上过驳作业许可等行政许可决定3,476件；作出水上交通安全行政处罚决定402件，"
            "罚款金额合计318.95万元；依法实施船舶滞留、禁止离港等行政强制措施决定57件。"
            "本局作为中央垂直管理单位，本年度未制发行政规范性文件，未收取行政事业性收费，"
            "各类执法决定均在作出之日起7个工作日内在本局门户网站公示。"
        ),
        "cells": {
            "t2.normative_doc.issued": 0,
            "t2.licensing.decisions": 3476,
            "t2.penalty.decisions": 402,
            "t2.coercion.decisions": 57,
            "t2.admin_fee.amount_wan": 0,
        },
    },
    {
        "voice": "城区街道办事处；年报第一部分（综合执法的处罚分类，否定式零）",
        "text": (
            "2023年，街道综合行政执法队依法作出行政处罚决定74件，其中违法建设类31件、市容环境卫生类28件、"
            "占道经营类15件，罚款合计9.86万元；作出行政强制决定3件，均为依法强制拆除违法建筑。"
            "街道办事处无规章和规范性文件制定权，本年度未制发规范性文件，亦无行政许可和行政事业性收费事项。"
            "全年在社区公开栏张贴执法公示42期。"
        ),
        "cells": {
            "t2.normative_doc.issued": 0,
            "t2.licensing.decisions": 0,
            "t2.penalty.decisions": 74,
            "t2.coercion.decisions": 3,
            "t2.admin_fee.amount_wan": 0,
        },
    },
    {
        "voice": "县烟草专卖局；年报第一部分（许可按新办/延续/变更分列，案件数不是决定数）",
        "text": (
            "本局2023年受理烟草专卖零售许可证申请，作出准予许可、延续、变更等行政许可决定612件，"
            "其中新办187件、延续358件、变更67件；查处涉烟违法案件53起，作出行政处罚决定49件，"
            "罚没款金额合计41.2万元；作出先行登记保存等行政强制决定4件。本局未收取行政事业性收费，"
            "依申请公开亦未收取信息处理费，零售许可证办理结果每月在门户网站公示。"
        ),
        "cells": {
            "t2.licensing.decisions": 612,
            "t2.penalty.decisions": 49,
            "t2.coercion.decisions": 4,
            "t2.admin_fee.amount_wan": 0,
        },
    },
    {
        "voice": "县水利局；由PDF提取的年报第一部分（数字与单位间有空格，句中换行）",
        "text": (
            "本局本年度收取行政事业性收费 37.5 万元，为水土保持补偿费，已全额缴入县级国库；作出取水许可、"
            "河道管理范围内建设项目审批等行政许可\n"
            "决定 86 件，作出水事违法行政处罚决定 12 件，罚款 14.6 万元，未作出行政强制决定。"
            "本年制发行政规范性文件 1 件，现行有效 6 件。2024年将完成 3 座中型水库管理范围划定成果公示。"
        ),
        "cells": {
            "t2.normative_doc.issued": 1, "t2.normative_doc.in_force": 6,
            "t2.licensing.decisions": 86,
            "t2.penalty.decisions": 12,
            "t2.coercion.decisions": 0,
            "t2.admin_fee.amount_wan": 37.5,
        },
    },
    {
        "voice": "市辖区人民政府；年报第三部分（各类申请人占比、同比增长）",
        "text": (
            "2023年，区政府及所属部门共新收政府信息公开申请412件，较上年的356件增长15.7%。"
            "其中自然人申请327件，占79.4%；商业企业申请61件，占14.8%；法律服务机构申请17件，"
            "占4.1%；科研机构、社会公益组织和其他组织申请合计7件，占1.7%。加上上年结转的9件，"
            "全年办结410件，结转下年度11件。申请事项集中在征地补偿、老旧小区改造和学位分配等方面。"
        ),
        "cells": {
            "t3.new.natural": 327, "t3.new.commercial": 61, "t3.new.research": 2, "t3.new.social_welfare": 3,
                "t3.new.legal_service": 17, "t3.new.org_other": 2, "t3.new.total": 412,
            "t3.carried_over.natural": 8, "t3.carried_over.commercial": 1, "t3.carried_over.total": 9,
            "t3.granted.natural": 110, "t3.granted.commercial": 20, "t3.granted.research": 1,
                "t3.granted.social_welfare": 1, "t3.granted.legal_service": 5, "t3.granted.org_other": 1,
                "t3.granted.total": 138,
            "t3.partial.natural": 33, "t3.partial.commercial": 6, "t3.partial.legal_service": 2,
                "t3.partial.total": 41,
            "t3.denied.third_party.natural": 7, "t3.denied.third_party.commercial": 2,
                "t3.denied.third_party.total": 9,
            "t3.denied.internal_affairs.natural": 2, "t3.denied.internal_affairs.commercial": 1,
                "t3.denied.internal_affairs.total": 3,
            "t3.denied.process_info.natural": 6, "t3.denied.process_info.commercial": 1,
                "t3.denied.process_info.total": 7,
            "t3.unable.not_held.natural": 112, "t3.unable.not_held.commercial": 21,
                "t3.unable.not_held.research": 1, "t3.unable.not_held.social_welfare": 1,
                "t3.unable.not_held.legal_service": 6, "t3.unable.not_held.org_other": 1,
                "t3.unable.not_held.total": 142,
            "t3.unable.needs_creation.natural": 10, "t3.unable.needs_creation.commercial": 2,
                "t3.unable.needs_creation.total": 12,
            "t3.unable.unclear_after_correction.natural": 3, "t3.unable.unclear_after_correction.commercial": 1,
                "t3.unable.unclear_after_correction.total": 4,
            "t3.not_processed.petition.natural": 17, "t3.not_processed.petition.commercial": 3,
                "t3.not_processed.petition.legal_service": 1, "t3.not_processed.petition.total": 21,
            "t3.not_processed.duplicate.natural": 7, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.legal_service": 1, "t3.not_processed.duplicate.total": 9,
            "t3.not_processed.mass_repeat.natural": 2, "t3.not_processed.mass_repeat.total": 2,
            "t3.other.no_correction.natural": 8, "t3.other.no_correction.commercial": 1,
                "t3.other.no_correction.social_welfare": 1, "t3.other.no_correction.total": 10,
            "t3.other.other.natural": 9, "t3.other.other.commercial": 2, "t3.other.other.legal_service": 1,
                "t3.other.other.total": 12,
            "t3.total_processed.natural": 326, "t3.total_processed.commercial": 61,
                "t3.total_processed.research": 2, "t3.total_processed.social_welfare": 3,
                "t3.total_processed.legal_service": 16, "t3.total_processed.org_other": 2,
                "t3.total_processed.total": 410,
            "t3.carried_forward.natural": 9, "t3.carried_forward.commercial": 1,
                "t3.carried_forward.legal_service": 1, "t3.carried_forward.total": 11,
        },
    },
    {
        "voice": "省交通运输厅；年报第三部分（办结率与公开率均给出分子分母）",
        "text": (
            "本年度本厅共收到政府信息公开申请198件，上年结转4件，需办理的申请共202件。截至12月31日，"
            "已办结197件，办结率为97.5%；其余5件尚在法定答复期限内，结转下年度继续办理。已办结的申请中，"
            "予以公开84件、部分公开23件，公开率（予以公开和部分公开件数占已办结件数的比例）为54.3%；"
            "无法提供61件，不予公开11件，不予处理14件，其他处理4件。申请人以自然人为主，共160件。"
        ),
        "cells": {
            "t3.new.natural": 160, "t3.new.commercial": 28, "t3.new.legal_service": 7, "t3.new.org_other": 3,
                "t3.new.total": 198,
            "t3.carried_over.natural": 4, "t3.carried_over.total": 4,
            "t3.granted.natural": 68, "t3.granted.commercial": 12, "t3.granted.legal_service": 3,
                "t3.granted.org_other": 1, "t3.granted.total": 84,
            "t3.partial.natural": 19, "t3.partial.commercial": 3, "t3.partial.legal_service": 1,
                "t3.partial.total": 23,
            "t3.denied.third_party.natural": 5, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 6,
            "t3.denied.process_info.natural": 4, "t3.denied.process_info.commercial": 1,
                "t3.denied.process_info.total": 5,
            "t3.unable.not_held.natural": 42, "t3.unable.not_held.commercial": 7,
                "t3.unable.not_held.legal_service": 2, "t3.unable.not_held.org_other": 1,
                "t3.unable.not_held.total": 52,
            "t3.unable.needs_creation.natural": 6, "t3.unable.needs_creation.commercial": 1,
                "t3.unable.needs_creation.total": 7,
            "t3.unable.unclear_after_correction.natural": 2, "t3.unable.unclear_after_correction.total": 2,
            "t3.not_processed.petition.natural": 7, "t3.not_processed.petition.commercial": 1,
                "t3.not_processed.petition.legal_service": 1, "t3.not_processed.petition.total": 9,
            "t3.not_processed.duplicate.natural": 4, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.total": 5,
            "t3.other.no_correction.natural": 3, "t3.other.no_correction.org_other": 1,
                "t3.other.no_correction.total": 4,
            "t3.total_processed.natural": 160, "t3.total_processed.commercial": 27,
                "t3.total_processed.legal_service": 7, "t3.total_processed.org_other": 3,
                "t3.total_processed.total": 197,
            "t3.carried_forward.natural": 4, "t3.carried_forward.commercial": 1, "t3.carried_forward.total": 5,
        },
    },
    {
        "voice": "地级市人民政府办公室；年报第三、四部分（只给办结率，不给分子分母）",
        "text": (
            "本年度，市政府办公室依法办理政府信息公开申请，申请事项主要涉及征地拆迁、规划调整和政府会议纪要等，"
            "全年办结率达到98.6%，较上年提高1.9个百分点，已办结的申请均在法定期限内答复，未发生逾期答复。"
            "因政府信息公开被申请行政复议的案件，经复议机关审理全部维持原答复，未被纠错；本年度未被提起行政诉讼。"
            "2024年将把会议纪要类信息的公开属性认定纳入发文前审核环节。"
        ),
        "cells": {
            "t3.new.natural": 181, "t3.new.commercial": 19, "t3.new.legal_service": 8, "t3.new.total": 208,
            "t3.carried_over.natural": 6, "t3.carried_over.total": 6,
            "t3.granted.natural": 54, "t3.granted.commercial": 6, "t3.granted.legal_service": 2,
                "t3.granted.total": 62,
            "t3.partial.natural": 16, "t3.partial.commercial": 1, "t3.partial.legal_service": 1,
                "t3.partial.total": 18,
            "t3.denied.third_party.natural": 4, "t3.denied.third_party.total": 4,
            "t3.denied.internal_affairs.natural": 3, "t3.denied.internal_affairs.total": 3,
            "t3.denied.process_info.natural": 8, "t3.denied.process_info.commercial": 1,
                "t3.denied.process_info.total": 9,
            "t3.unable.not_held.natural": 61, "t3.unable.not_held.commercial": 7,
                "t3.unable.not_held.legal_service": 3, "t3.unable.not_held.total": 71,
            "t3.unable.needs_creation.natural": 8, "t3.unable.needs_creation.commercial": 1,
                "t3.unable.needs_creation.total": 9,
            "t3.not_processed.petition.natural": 15, "t3.not_processed.petition.commercial": 1,
                "t3.not_processed.petition.legal_service": 1, "t3.not_processed.petition.total": 17,
            "t3.not_processed.duplicate.natural": 7, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.total": 8,
            "t3.other.no_correction.natural": 5, "t3.other.no_correction.commercial": 1,
                "t3.other.no_correction.total": 6,
            "t3.other.other.natural": 3, "t3.other.other.legal_service": 1, "t3.other.other.total": 4,
            "t3.total_processed.natural": 184, "t3.total_processed.commercial": 19,
                "t3.total_processed.legal_service": 8, "t3.total_processed.total": 211,
            "t3.carried_forward.natural": 3, "t3.carried_forward.total": 3,
            "t4.review.upheld": 3, "t4.review.total": 3,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "县住房和城乡建设局；年报第三部分（成数表述）",
        "text": (
            "县住房和城乡建设局本年度新收政府信息公开申请73件，超过八成由自然人提出，"
            "申请事项中近三成涉及棚户区改造安置补偿。办理结果中，予以公开和部分公开的约占六成，"
            "因本机关不掌握相关信息而无法提供的占两成左右，其余为不予公开、不予处理和其他处理。加上上年结转的2件，"
            "全年共办结75件，无结转下年度的申请。针对征收补偿类申请集中的情况，"
            "本局已将补偿安置方案和补偿标准调整为主动公开。"
        ),
        "cells": {
            "t3.new.natural": 61, "t3.new.commercial": 9, "t3.new.legal_service": 3, "t3.new.total": 73,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 30, "t3.granted.commercial": 4, "t3.granted.legal_service": 2,
                "t3.granted.total": 36,
            "t3.partial.natural": 8, "t3.partial.commercial": 1, "t3.partial.total": 9,
            "t3.denied.third_party.natural": 2, "t3.denied.third_party.total": 2,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.total": 2,
            "t3.unable.not_held.natural": 13, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.total": 15,
            "t3.not_processed.petition.natural": 4, "t3.not_processed.petition.commercial": 1,
                "t3.not_processed.petition.total": 5,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.commercial": 1,
                "t3.other.no_correction.legal_service": 1, "t3.other.no_correction.total": 4,
            "t3.total_processed.natural": 63, "t3.total_processed.commercial": 9,
                "t3.total_processed.legal_service": 3, "t3.total_processed.total": 75,
            "t3.carried_forward.total": 0,
        },
    },
    {
        "voice": "地级市政务服务和数据管理局；年报第一部分（热线的回复率、满意率与本局依申请公开的办结率并列）",
        "text": (
            "本局负责运行12345政务服务便民热线，全年受理群众诉求183.6万件，按时回复率99.2%，"
            "群众满意率96.7%。本局自身全年收到政府信息公开申请26件，无上年结转，已全部办结，办结率100%；"
            "其中予以公开15件，部分公开3件，无法提供6件，不予处理2件。全年新增编制政务数据目录1,284个，"
            "向社会开放数据集612个。"
        ),
        "cells": {
            "t3.new.natural": 19, "t3.new.commercial": 5, "t3.new.org_other": 2, "t3.new.total": 26,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 11, "t3.granted.commercial": 3, "t3.granted.org_other": 1,
                "t3.granted.total": 15,
            "t3.partial.natural": 2, "t3.partial.commercial": 1, "t3.partial.total": 3,
            "t3.unable.not_held.natural": 4, "t3.unable.not_held.commercial": 1,
                "t3.unable.not_held.org_other": 1, "t3.unable.not_held.total": 6,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.total_processed.natural": 19, "t3.total_processed.commercial": 5,
                "t3.total_processed.org_other": 2, "t3.total_processed.total": 26,
        },
    },
    {
        "voice": "省市场监督管理局；年报第三部分（两位小数的答复率，括号内按原因再分，“不足一成”）",
        "text": (
            "本年度本局收到政府信息公开申请87件，无上年结转申请。截至年底已答复84件，答复率为96.55%；"
            "另有3件因需征求第三方意见，依法延长答复期限，结转下年度办理。已答复的84件中，予以公开37件，"
            "部分公开9件，不予公开5件（涉及商业秘密4件、个人隐私1件），不予公开的不足一成；无法提供26件，"
            "不予处理7件。法人或其他组织申请占比较高，共29件，主要为商业企业。"
        ),
        "cells": {
            "t3.new.natural": 58, "t3.new.commercial": 24, "t3.new.legal_service": 3, "t3.new.org_other": 2,
                "t3.new.total": 87,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 25, "t3.granted.commercial": 10, "t3.granted.legal_service": 1,
                "t3.granted.org_other": 1, "t3.granted.total": 37,
            "t3.partial.natural": 6, "t3.partial.commercial": 2, "t3.partial.legal_service": 1,
                "t3.partial.total": 9,
            "t3.denied.third_party.natural": 4, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 5,
            "t3.unable.not_held.natural": 15, "t3.unable.not_held.commercial": 6,
                "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 22,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.commercial": 1,
                "t3.unable.needs_creation.total": 4,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.commercial": 1,
                "t3.not_processed.petition.org_other": 1, "t3.not_processed.petition.total": 4,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.total": 3,
            "t3.total_processed.natural": 57, "t3.total_processed.commercial": 22,
                "t3.total_processed.legal_service": 3, "t3.total_processed.org_other": 2,
                "t3.total_processed.total": 84,
            "t3.carried_forward.natural": 1, "t3.carried_forward.commercial": 2, "t3.carried_forward.total": 3,
        },
    },
    {
        "voice": "地级市教育局；年报第三部分，数字、小数点和百分号均为全角",
        "text": (
            "本局２０２３年共受理政府信息公开申请１３６件（含上年结转４件），本年新收申请１３２件中，自然人１１８件、"
            "法人或其他组织１４件。全年办结１３３件，办结率９７．８％，结转下年度３件。办结的申请中，予以公开５２件，"
            "部分公开１１件，不予公开６件，无法提供４７件，不予处理１２件，其他处理５件。申请内容主要涉及招生入学、"
            "教师招聘和民办学校审批。"
        ),
        "cells": {
            "t3.new.natural": 118, "t3.new.commercial": 6, "t3.new.social_welfare": 5, "t3.new.org_other": 3,
                "t3.new.total": 132,
            "t3.carried_over.natural": 4, "t3.carried_over.total": 4,
            "t3.granted.natural": 47, "t3.granted.commercial": 2, "t3.granted.social_welfare": 2,
                "t3.granted.org_other": 1, "t3.granted.total": 52,
            "t3.partial.natural": 10, "t3.partial.commercial": 1, "t3.partial.total": 11,
            "t3.denied.third_party.natural": 3, "t3.denied.third_party.total": 3,
            "t3.denied.process_info.natural": 3, "t3.denied.process_info.total": 3,
            "t3.unable.not_held.natural": 36, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.social_welfare": 2, "t3.unable.not_held.org_other": 1,
                "t3.unable.not_held.total": 41,
            "t3.unable.needs_creation.natural": 5, "t3.unable.needs_creation.commercial": 1,
                "t3.unable.needs_creation.total": 6,
            "t3.not_processed.petition.natural": 7, "t3.not_processed.petition.social_welfare": 1,
                "t3.not_processed.petition.total": 8,
            "t3.not_processed.duplicate.natural": 4, "t3.not_processed.duplicate.total": 4,
            "t3.other.no_correction.natural": 4, "t3.other.no_correction.org_other": 1,
                "t3.other.no_correction.total": 5,
            "t3.total_processed.natural": 119, "t3.total_processed.commercial": 6,
                "t3.total_processed.social_welfare": 5, "t3.total_processed.org_other": 3,
                "t3.total_processed.total": 133,
            "t3.carried_forward.natural": 3, "t3.carried_forward.total": 3,
        },
    },
    {
        "voice": "县人力资源和社会保障局；年报第三部分（汉字数字，“百分之……点……”）",
        "text": (
            "县人力资源和社会保障局二〇二三年共收到政府信息公开申请四十件，上年结转一件，全年办结四十件，"
            "办结率为百分之九十七点六，另有一件结转下年度继续办理。办结的四十件中，予以公开十八件、部分公开五件、"
            "无法提供十二件、不予处理三件、其他处理二件，申请事项集中在社保待遇核定、工伤认定和欠薪处理等方面。"
            "全年未发生因政府信息公开引起的行政复议和行政诉讼。"
        ),
        "cells": {
            "t3.new.natural": 38, "t3.new.commercial": 2, "t3.new.total": 40,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 17, "t3.granted.commercial": 1, "t3.granted.total": 18,
            "t3.partial.natural": 5, "t3.partial.total": 5,
            "t3.unable.not_held.natural": 9, "t3.unable.not_held.commercial": 1, "t3.unable.not_held.total": 10,
            "t3.unable.needs_creation.natural": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 38, "t3.total_processed.commercial": 2,
                "t3.total_processed.total": 40,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市发展和改革委员会；年报第三部分（同比下降、公开率与个百分点、其余）",
        "text": (
            "2023年本委收到政府信息公开申请64件，同比下降21.0%（2022年为81件），全部在本年度办结。"
            "其中予以公开27件、部分公开8件，公开率54.7%，较上年下降4.2个百分点，"
            "主要原因是要求提供项目审批过程性材料的申请增多，此类申请不予公开11件；其余为无法提供14件、"
            "不予处理4件。2024年将编制投资项目审批信息公开清单，减少因信息属性不明产生的争议。"
        ),
        "cells": {
            "t3.new.natural": 41, "t3.new.commercial": 20, "t3.new.legal_service": 3, "t3.new.total": 64,
            "t3.granted.natural": 17, "t3.granted.commercial": 9, "t3.granted.legal_service": 1,
                "t3.granted.total": 27,
            "t3.partial.natural": 5, "t3.partial.commercial": 2, "t3.partial.legal_service": 1,
                "t3.partial.total": 8,
            "t3.denied.process_info.natural": 7, "t3.denied.process_info.commercial": 4,
                "t3.denied.process_info.total": 11,
            "t3.unable.not_held.natural": 8, "t3.unable.not_held.commercial": 3,
                "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 12,
            "t3.unable.needs_creation.natural": 1, "t3.unable.needs_creation.commercial": 1,
                "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.commercial": 1,
                "t3.not_processed.petition.total": 3,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.total_processed.natural": 41, "t3.total_processed.commercial": 20,
                "t3.total_processed.legal_service": 3, "t3.total_processed.total": 64,
        },
    },
    {
        "voice": "省生态环境厅；年报第三部分（办理结果逐项列举，括号内再分子项）",
        "text": (
            "本年度本厅新收政府信息公开申请362件，上年结转17件，结转下年度9件。办结的申请中：予以公开96件；"
            "部分公开24件；不予公开57件（其中属于行政执法案卷31件，危及“三安全一稳定”12件，"
            "属于国家秘密5件，保护第三方合法权益9件）；无法提供138件（本机关不掌握相关政府信息119件，"
            "没有现成信息需要另行制作15件，补正后申请内容仍不明确4件）；不予处理42件（信访举报投诉类28件，"
            "重复申请11件，要求提供公开出版物3件）；其他处理13件。以上合计370件。"
        ),
        "cells": {
            "t3.new.natural": 301, "t3.new.commercial": 41, "t3.new.research": 4, "t3.new.social_welfare": 6,
                "t3.new.legal_service": 7, "t3.new.org_other": 3, "t3.new.total": 362,
            "t3.carried_over.natural": 15, "t3.carried_over.commercial": 2, "t3.carried_over.total": 17,
            "t3.granted.natural": 80, "t3.granted.commercial": 11, "t3.granted.research": 1,
                "t3.granted.social_welfare": 1, "t3.granted.legal_service": 2, "t3.granted.org_other": 1,
                "t3.granted.total": 96,
            "t3.partial.natural": 20, "t3.partial.commercial": 3, "t3.partial.social_welfare": 1,
                "t3.partial.total": 24,
            "t3.denied.state_secret.natural": 4, "t3.denied.state_secret.commercial": 1,
                "t3.denied.state_secret.total": 5,
            "t3.denied.security_stability.natural": 10, "t3.denied.security_stability.commercial": 2,
                "t3.denied.security_stability.total": 12,
            "t3.denied.third_party.natural": 8, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 9,
            "t3.denied.enforcement_file.natural": 26, "t3.denied.enforcement_file.commercial": 3,
                "t3.denied.enforcement_file.social_welfare": 1, "t3.denied.enforcement_file.legal_service": 1,
                "t3.denied.enforcement_file.total": 31,
            "t3.unable.not_held.natural": 99, "t3.unable.not_held.commercial": 13,
                "t3.unable.not_held.research": 2, "t3.unable.not_held.social_welfare": 2,
                "t3.unable.not_held.legal_service": 2, "t3.unable.not_held.org_other": 1,
                "t3.unable.not_held.total": 119,
            "t3.unable.needs_creation.natural": 12, "t3.unable.needs_creation.commercial": 2,
                "t3.unable.needs_creation.legal_service": 1, "t3.unable.needs_creation.total": 15,
            "t3.unable.unclear_after_correction.natural": 3, "t3.unable.unclear_after_correction.commercial": 1,
                "t3.unable.unclear_after_correction.total": 4,
            "t3.not_processed.petition.natural": 23, "t3.not_processed.petition.commercial": 3,
                "t3.not_processed.petition.research": 1, "t3.not_processed.petition.social_welfare": 1,
                "t3.not_processed.petition.total": 28,
            "t3.not_processed.duplicate.natural": 9, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.legal_service": 1, "t3.not_processed.duplicate.total": 11,
            "t3.not_processed.publication.natural": 3, "t3.not_processed.publication.total": 3,
            "t3.other.no_correction.natural": 7, "t3.other.no_correction.commercial": 1,
                "t3.other.no_correction.org_other": 1, "t3.other.no_correction.total": 9,
            "t3.other.other.natural": 4, "t3.other.other.total": 4,
            "t3.total_processed.natural": 308, "t3.total_processed.commercial": 42,
                "t3.total_processed.research": 4, "t3.total_processed.social_welfare": 6,
                "t3.total_processed.legal_service": 7, "t3.total_processed.org_other": 3,
                "t3.total_processed.total": 370,
            "t3.carried_forward.natural": 8, "t3.carried_forward.commercial": 1, "t3.carried_forward.total": 9,
        },
    },
    {
        "voice": "省商务厅；年报第三部分（一句话里的两组“分别为”）",
        "text": (
            "本年度本厅依申请公开工作总体平稳，新收申请、上年结转申请、办结申请和结转下年度申请分别为142件、6件、"
            "139件、9件；办结申请中予以公开、部分公开、不予公开、无法提供、不予处理、其他处理分别为53件、"
            "17件、8件、44件、12件、5件。申请主要涉及外资企业设立、自贸试验区政策和会展项目补贴，"
            "法人或其他组织申请占比明显高于往年。"
        ),
        "cells": {
            "t3.new.natural": 97, "t3.new.commercial": 38, "t3.new.legal_service": 5, "t3.new.org_other": 2,
                "t3.new.total": 142,
            "t3.carried_over.natural": 4, "t3.carried_over.commercial": 2, "t3.carried_over.total": 6,
            "t3.granted.natural": 36, "t3.granted.commercial": 14, "t3.granted.legal_service": 2,
                "t3.granted.org_other": 1, "t3.granted.total": 53,
            "t3.partial.natural": 12, "t3.partial.commercial": 4, "t3.partial.legal_service": 1,
                "t3.partial.total": 17,
            "t3.denied.third_party.natural": 4, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 5,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.commercial": 1,
                "t3.denied.process_info.total": 3,
            "t3.unable.not_held.natural": 25, "t3.unable.not_held.commercial": 11,
                "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.org_other": 1,
                "t3.unable.not_held.total": 38,
            "t3.unable.needs_creation.natural": 4, "t3.unable.needs_creation.commercial": 2,
                "t3.unable.needs_creation.total": 6,
            "t3.not_processed.petition.natural": 5, "t3.not_processed.petition.commercial": 2,
                "t3.not_processed.petition.total": 7,
            "t3.not_processed.duplicate.natural": 4, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.total": 5,
            "t3.other.no_correction.natural": 3, "t3.other.no_correction.commercial": 1,
                "t3.other.no_correction.legal_service": 1, "t3.other.no_correction.total": 5,
            "t3.total_processed.natural": 95, "t3.total_processed.commercial": 37,
                "t3.total_processed.legal_service": 5, "t3.total_processed.org_other": 2,
                "t3.total_processed.total": 139,
            "t3.carried_forward.natural": 6, "t3.carried_forward.commercial": 3, "t3.carried_forward.total": 9,
        },
    },
    {
        "voice": "省民政厅；年报第三部分（带“等”的不完全列举、主题分布与“其余”）",
        "text": (
            "本年度本厅新收政府信息公开申请104件，其中自然人申请84件；法人或其他组织申请20件，"
            "包括社会公益组织9件、法律服务机构6件等。申请内容主要集中在社会救助、养老服务、婚姻登记、"
            "殡葬管理等领域，其中涉及社会救助的38件、养老机构运营补贴的21件、婚姻登记档案查询的17件，"
            "其余为社会组织登记、区划地名等事项。本年度办结102件，另有2件结转下年度继续办理。"
        ),
        "cells": {
            "t3.new.natural": 84, "t3.new.commercial": 3, "t3.new.social_welfare": 9, "t3.new.legal_service": 6,
                "t3.new.org_other": 2, "t3.new.total": 104,
            "t3.granted.natural": 33, "t3.granted.commercial": 1, "t3.granted.social_welfare": 4,
                "t3.granted.legal_service": 2, "t3.granted.org_other": 1, "t3.granted.total": 41,
            "t3.partial.natural": 10, "t3.partial.social_welfare": 1, "t3.partial.legal_service": 1,
                "t3.partial.total": 12,
            "t3.denied.third_party.natural": 3, "t3.denied.third_party.social_welfare": 1,
                "t3.denied.third_party.total": 4,
            "t3.unable.not_held.natural": 25, "t3.unable.not_held.commercial": 1,
                "t3.unable.not_held.social_welfare": 2, "t3.unable.not_held.legal_service": 2,
                "t3.unable.not_held.org_other": 1, "t3.unable.not_held.total": 31,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.total": 3,
            "t3.not_processed.petition.natural": 4, "t3.not_processed.petition.commercial": 1,
                "t3.not_processed.petition.social_welfare": 1, "t3.not_processed.petition.total": 6,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.legal_service": 1,
                "t3.other.no_correction.total": 3,
            "t3.total_processed.natural": 82, "t3.total_processed.commercial": 3,
                "t3.total_processed.social_welfare": 9, "t3.total_processed.legal_service": 6,
                "t3.total_processed.org_other": 2, "t3.total_processed.total": 102,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "省住房和城乡建设厅；年报第三部分（冒号后再分子项）",
        "text": (
            "本年度本厅新收政府信息公开申请219件，上年结转11件，全年办结227件，结转下年度3件。"
            "办理结果如下：予以公开81件；部分公开19件；不予公开12件；"
            "无法提供93件：本机关不掌握相关政府信息84件，没有现成信息需要另行制作7件，"
            "补正后申请内容仍不明确2件；不予处理16件；其他处理6件。申请事项主要涉及建筑企业资质核准、"
            "工程质量投诉处理和住房保障政策。"
        ),
        "cells": {
            "t3.new.natural": 176, "t3.new.commercial": 31, "t3.new.legal_service": 9, "t3.new.org_other": 3,
                "t3.new.total": 219,
            "t3.carried_over.natural": 9, "t3.carried_over.commercial": 2, "t3.carried_over.total": 11,
            "t3.granted.natural": 65, "t3.granted.commercial": 12, "t3.granted.legal_service": 3,
                "t3.granted.org_other": 1, "t3.granted.total": 81,
            "t3.partial.natural": 15, "t3.partial.commercial": 3, "t3.partial.legal_service": 1,
                "t3.partial.total": 19,
            "t3.denied.third_party.natural": 6, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 7,
            "t3.denied.process_info.natural": 4, "t3.denied.process_info.commercial": 1,
                "t3.denied.process_info.total": 5,
            "t3.unable.not_held.natural": 68, "t3.unable.not_held.commercial": 11,
                "t3.unable.not_held.legal_service": 4, "t3.unable.not_held.org_other": 1,
                "t3.unable.not_held.total": 84,
            "t3.unable.needs_creation.natural": 6, "t3.unable.needs_creation.commercial": 1,
                "t3.unable.needs_creation.total": 7,
            "t3.unable.unclear_after_correction.natural": 2, "t3.unable.unclear_after_correction.total": 2,
            "t3.not_processed.petition.natural": 7, "t3.not_processed.petition.commercial": 1,
                "t3.not_processed.petition.legal_service": 1, "t3.not_processed.petition.total": 9,
            "t3.not_processed.duplicate.natural": 4, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.total": 5,
            "t3.not_processed.publication.natural": 2, "t3.not_processed.publication.total": 2,
            "t3.other.no_correction.natural": 3, "t3.other.no_correction.commercial": 1,
                "t3.other.no_correction.total": 4,
            "t3.other.other.natural": 1, "t3.other.other.org_other": 1, "t3.other.other.total": 2,
            "t3.total_processed.natural": 183, "t3.total_processed.commercial": 32,
                "t3.total_processed.legal_service": 9, "t3.total_processed.org_other": 3,
                "t3.total_processed.total": 227,
            "t3.carried_forward.natural": 2, "t3.carried_forward.commercial": 1, "t3.carried_forward.total": 3,
        },
    },
    {
        "voice": "省水利厅；年报第三、四部分（与2022年相比、上年同期）",
        "text": (
            "与2022年相比，本厅2023年收到的政府信息公开申请由47件增加到58件，增长23.4%；"
            "予以公开的申请由19件增加到26件。本年度上年结转申请2件，全年办结57件，结转下年度3件。"
            "行政复议方面，本年度被申请行政复议2件，上年同期为5件，2件均维持原答复；本年度未被提起行政诉讼。"
            "申请事项主要涉及取水许可、河道采砂和水利工程移民安置。"
        ),
        "cells": {
            "t3.new.natural": 49, "t3.new.commercial": 7, "t3.new.legal_service": 2, "t3.new.total": 58,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 22, "t3.granted.commercial": 3, "t3.granted.legal_service": 1,
                "t3.granted.total": 26,
            "t3.partial.natural": 6, "t3.partial.commercial": 1, "t3.partial.total": 7,
            "t3.denied.process_info.natural": 2, "t3.denied.process_info.total": 2,
            "t3.unable.not_held.natural": 12, "t3.unable.not_held.commercial": 2,
                "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 15,
            "t3.unable.needs_creation.natural": 2, "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.commercial": 1,
                "t3.not_processed.petition.total": 3,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 48, "t3.total_processed.commercial": 7,
                "t3.total_processed.legal_service": 2, "t3.total_processed.total": 57,
            "t3.carried_forward.natural": 3, "t3.carried_forward.total": 3,
            "t4.review.upheld": 2, "t4.review.total": 2,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "县人民政府；年报第一、三部分（累计、截至年底、历年数字与本年数字并存）",
        "text": (
            "截至2023年底，县政府门户网站累计公开政府信息4.2万余条，其中本年新增6,318条。"
            "自《条例》2008年施行以来，县政府历年累计收到政府信息公开申请1,127件；2023年新收59件，"
            "上年结转3件，本年办结60件，结转下年度2件。截至年底，县政府现行有效规范性文件共83件，本年制发5件、"
            "废止12件；县政府历年累计制发规范性文件412件。"
        ),
        "cells": {
            "t2.normative_doc.issued": 5, "t2.normative_doc.repealed": 12, "t2.normative_doc.in_force": 83,
            "t3.new.natural": 52, "t3.new.commercial": 5, "t3.new.legal_service": 2, "t3.new.total": 59,
            "t3.carried_over.natural": 3, "t3.carried_over.total": 3,
            "t3.granted.natural": 21, "t3.granted.commercial": 2, "t3.granted.legal_service": 1,
                "t3.granted.total": 24,
            "t3.partial.natural": 5, "t3.partial.commercial": 1, "t3.partial.total": 6,
            "t3.denied.internal_affairs.natural": 2, "t3.denied.internal_affairs.total": 2,
            "t3.unable.not_held.natural": 16, "t3.unable.not_held.commercial": 1,
                "t3.unable.not_held.legal_service": 1, "t3.unable.not_held.total": 18,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.total": 3,
            "t3.not_processed.petition.natural": 3, "t3.not_processed.petition.commercial": 1,
                "t3.not_processed.petition.total": 4,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.other.no_correction.natural": 2, "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 53, "t3.total_processed.commercial": 5,
                "t3.total_processed.legal_service": 2, "t3.total_processed.total": 60,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "地级市审计局；年报第一、三、五部分（本年数字与2024年计划数字并存）",
        "text": (
            "本年度本局制发行政规范性文件1件，废止3件，现行有效行政规范性文件11件；收到政府信息公开申请6件，"
            "无上年结转，全部办结，办结率100%，其中予以公开4件，无法提供2件。2024年，"
            "本局将制发审计整改规范性文件2件，完成现行有效的11件规范性文件评估，力争依申请公开办结率保持100%，"
            "全年组织政务公开培训不少于4期，审计结果公告数量较2023年增加10%以上。"
        ),
        "cells": {
            "t2.normative_doc.issued": 1, "t2.normative_doc.repealed": 3, "t2.normative_doc.in_force": 11,
            "t3.new.natural": 5, "t3.new.commercial": 1, "t3.new.total": 6,
            "t3.carried_over.total": 0,
            "t3.granted.natural": 3, "t3.granted.commercial": 1, "t3.granted.total": 4,
            "t3.unable.not_held.natural": 2, "t3.unable.not_held.total": 2,
            "t3.total_processed.natural": 5, "t3.total_processed.commercial": 1, "t3.total_processed.total": 6,
        },
    },
    {
        "voice": "市辖区生态环境分局；由PDF提取的年报第一、三部分（句中换行）",
        "text": (
            "本分局2023年共收到政府信息公开申请\n"
            "47件，上年结转1件；办结46件，结转下年度2件。办结的申请中，予以公开21件，部分公开\n"
            "6件，无法提供14件，不予处理5件。全年作出环境行政处罚决定39件，罚款金额合计\n"
            "286.4万元；作出查封、扣押决定5件，均已在区政府门户网站“环境执法”专栏公开。2024年将配合\n"
            "市局完成排污许可信息公开专项核查。"
        ),
        "cells": {
            "t2.penalty.decisions": 39,
            "t2.coercion.decisions": 5,
            "t3.new.natural": 35, "t3.new.commercial": 12, "t3.new.total": 47,
            "t3.carried_over.natural": 1, "t3.carried_over.total": 1,
            "t3.granted.natural": 16, "t3.granted.commercial": 5, "t3.granted.total": 21,
            "t3.partial.natural": 5, "t3.partial.commercial": 1, "t3.partial.total": 6,
            "t3.unable.not_held.natural": 9, "t3.unable.not_held.commercial": 3, "t3.unable.not_held.total": 12,
            "t3.unable.needs_creation.natural": 1, "t3.unable.needs_creation.commercial": 1,
                "t3.unable.needs_creation.total": 2,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.commercial": 1,
                "t3.not_processed.petition.total": 3,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.total_processed.natural": 35, "t3.total_processed.commercial": 11,
                "t3.total_processed.total": 46,
            "t3.carried_forward.natural": 1, "t3.carried_forward.commercial": 1, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "县卫生健康局；由PDF提取的年报第一部分（换行把数字断开）",
        "text": (
            "本局2023年作出医疗机构执业登记、公共场所卫生许可等行政许可决定1,2\n"
            "36件，作出卫生健康行政处罚决定15\n"
            "8件，罚没款合计31.7万元，未作出行政强制决定。全年收到政府信息公开申请2\n"
            "3件，均为自然人提出，已全部在法定期限内办结，其中予以公开14件，部分公开3件，无法提供6件。"
            "全年开展医疗卫生行业政务公开培训2期，覆盖乡镇卫生院和社区卫生服务中心31家。"
        ),
        "cells": {
            "t2.licensing.decisions": 1236,
            "t2.penalty.decisions": 158,
            "t2.coercion.decisions": 0,
            "t3.new.natural": 23, "t3.new.total": 23,
            "t3.granted.natural": 14, "t3.granted.total": 14,
            "t3.partial.natural": 3, "t3.partial.total": 3,
            "t3.unable.not_held.natural": 6, "t3.unable.not_held.total": 6,
            "t3.total_processed.natural": 23, "t3.total_processed.total": 23,
        },
    },
    {
        "voice": "地级市自然资源局；年报第一、三部分，全角数字带全角逗号千位分隔和全角小数点",
        "text": (
            "本局２０２３年主动公开政府信息１，２０６条，作出建设用地规划许可、建设工程规划许可等行政许可决定１，"
            "０４８件，作出行政处罚决定３７件，罚没款１２．６万元。全年收到政府信息公开申请２３７件，上年结转１１件，"
            "办结２４２件，办结率９７．６％，结转下年度６件。申请事项主要涉及征地补偿、不动产权属和国土空间规划。"
        ),
        "cells": {
            "t2.licensing.decisions": 1048,
            "t2.penalty.decisions": 37,
            "t3.new.natural": 201, "t3.new.commercial": 28, "t3.new.legal_service": 6, "t3.new.org_other": 2,
                "t3.new.total": 237,
            "t3.carried_over.natural": 9, "t3.carried_over.commercial": 2, "t3.carried_over.total": 11,
            "t3.granted.natural": 60, "t3.granted.commercial": 8, "t3.granted.legal_service": 2,
                "t3.granted.org_other": 1, "t3.granted.total": 71,
            "t3.partial.natural": 16, "t3.partial.commercial": 2, "t3.partial.legal_service": 1,
                "t3.partial.total": 19,
            "t3.denied.third_party.natural": 5, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 6,
            "t3.denied.process_info.natural": 3, "t3.denied.process_info.commercial": 1,
                "t3.denied.process_info.total": 4,
            "t3.unable.not_held.natural": 84, "t3.unable.not_held.commercial": 11,
                "t3.unable.not_held.legal_service": 2, "t3.unable.not_held.org_other": 1,
                "t3.unable.not_held.total": 98,
            "t3.unable.needs_creation.natural": 10, "t3.unable.needs_creation.commercial": 1,
                "t3.unable.needs_creation.total": 11,
            "t3.not_processed.petition.natural": 12, "t3.not_processed.petition.commercial": 2,
                "t3.not_processed.petition.total": 14,
            "t3.not_processed.duplicate.natural": 7, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.total": 8,
            "t3.other.no_correction.natural": 6, "t3.other.no_correction.commercial": 1,
                "t3.other.no_correction.total": 7,
            "t3.other.other.natural": 3, "t3.other.other.legal_service": 1, "t3.other.other.total": 4,
            "t3.total_processed.natural": 206, "t3.total_processed.commercial": 28,
                "t3.total_processed.legal_service": 6, "t3.total_processed.org_other": 2,
                "t3.total_processed.total": 242,
            "t3.carried_forward.natural": 4, "t3.carried_forward.commercial": 2, "t3.carried_forward.total": 6,
        },
    },
    {
        "voice": "县教育局；由PDF提取的年报第一、三部分（数字与单位、百分号之间有空格）",
        "text": (
            "本局依法做好政府信息公开工作，全年收到政府信息公开申请 31 件，其中自然人 28 件、"
            "法人或其他组织 3 件；办结 31 件，办结率 100 %。办理结果为：予以公开 17 件，"
            "部分公开 4 件，无法提供 8 件，不予处理 2 件。本局本年度制发行政规范性文件 2 件，"
            "现行有效 19 件；未作出行政处罚决定，收取行政事业性收费 0 万元。"
        ),
        "cells": {
            "t2.normative_doc.issued": 2, "t2.normative_doc.in_force": 19,
            "t2.penalty.decisions": 0,
            "t2.admin_fee.amount_wan": 0,
            "t3.new.natural": 28, "t3.new.commercial": 1, "t3.new.social_welfare": 2, "t3.new.total": 31,
            "t3.granted.natural": 15, "t3.granted.commercial": 1, "t3.granted.social_welfare": 1,
                "t3.granted.total": 17,
            "t3.partial.natural": 4, "t3.partial.total": 4,
            "t3.unable.not_held.natural": 6, "t3.unable.not_held.social_welfare": 1,
                "t3.unable.not_held.total": 7,
            "t3.unable.needs_creation.natural": 1, "t3.unable.needs_creation.total": 1,
            "t3.not_processed.petition.natural": 2, "t3.not_processed.petition.total": 2,
            "t3.total_processed.natural": 28, "t3.total_processed.commercial": 1,
                "t3.total_processed.social_welfare": 2, "t3.total_processed.total": 31,
        },
    },
    {
        "voice": "市辖区民政局；从网页抓取的年报第三、四部分（段首全角空格，数字与单位间为不换行空格）",
        "text": (
            "\u3000\u30002023年，区民政局依法办理政府信息公开申请。全年新收申请58\u00a0件，上年结转2\u00a0件，办结59\u00a0件，"
            "结转下年度1\u00a0件。\n"
            "\u3000\u3000办结的申请中，予以公开22\u00a0件，部分公开7\u00a0件，不予公开3\u00a0件，无法提供21\u00a0件，不予处理4\u00a0件，"
            "其他处理2\u00a0件，申请内容以低保审核、高龄津贴发放和养老机构备案为主。\n"
            "\u3000\u3000本年度未发生因政府信息公开引起的行政复议、行政诉讼。"
        ),
        "cells": {
            "t3.new.natural": 55, "t3.new.commercial": 1, "t3.new.social_welfare": 2, "t3.new.total": 58,
            "t3.carried_over.natural": 2, "t3.carried_over.total": 2,
            "t3.granted.natural": 21, "t3.granted.social_welfare": 1, "t3.granted.total": 22,
            "t3.partial.natural": 7, "t3.partial.total": 7,
            "t3.denied.third_party.natural": 3, "t3.denied.third_party.total": 3,
            "t3.unable.not_held.natural": 17, "t3.unable.not_held.commercial": 1,
                "t3.unable.not_held.total": 18,
            "t3.unable.needs_creation.natural": 3, "t3.unable.needs_creation.total": 3,
            "t3.not_processed.petition.natural": 3, "t3.not_processed.petition.total": 3,
            "t3.not_processed.duplicate.natural": 1, "t3.not_processed.duplicate.total": 1,
            "t3.other.no_correction.natural": 1, "t3.other.no_correction.social_welfare": 1,
                "t3.other.no_correction.total": 2,
            "t3.total_processed.natural": 56, "t3.total_processed.commercial": 1,
                "t3.total_processed.social_welfare": 2, "t3.total_processed.total": 59,
            "t3.carried_forward.natural": 1, "t3.carried_forward.total": 1,
            "t4.review.total": 0,
            "t4.lit_direct.total": 0,
            "t4.lit_after_review.total": 0,
        },
    },
    {
        "voice": "地级市人民政府；年报第四部分（复议诉讼逐组再分，纠错率与个百分点）",
        "text": (
            "本年度市政府因政府信息公开被申请行政复议14件、被提起行政诉讼9件，共计23件。行政复议14件中，"
            "结果维持8件，结果纠正2件，其他结果3件（均为申请人撤回），尚未审结1件；行政诉讼9件中，"
            "未经复议直接起诉6件（维持4件、尚未审结2件），复议后起诉3件（维持2件、纠正1件）。"
            "全年复议诉讼被纠错3件，纠错率13.0%，较上年下降5.2个百分点；对被纠错的案件已全部重新作出答复。"
        ),
        "cells": {
            "t4.review.upheld": 8, "t4.review.corrected": 2, "t4.review.other": 3, "t4.review.pending": 1,
                "t4.review.total": 14,
            "t4.lit_direct.upheld": 4, "t4.lit_direct.pending": 2, "t4.lit_direct.total": 6,
            "t4.lit_after_review.upheld": 2, "t4.lit_after_review.corrected": 1, "t4.lit_after_review.total": 3,
        },
    },
    {
        "voice": "国务院直属机构（某总局）办公厅；年报第二部分的文字说明（部门规章、一揽子修改决定）",
        "text": (
            "本年度本局制发部门规章6件，包括新制定的规章5件和1件一揽子修改7部规章的决定；废止规章2件；截至年底，"
            "现行有效部门规章163件，全部在本局政府网站“政策法规”栏目公开，并同步报送国家法律法规数据库。"
            "本年制发行政规范性文件28件，废止41件，现行有效行政规范性文件356件，"
            "与上年末的369件相比减少13件，主要原因是开展了规范性文件专项清理。"
        ),
        "cells": {
            "t2.regulation.issued": 6, "t2.regulation.repealed": 2, "t2.regulation.in_force": 163,
            "t2.normative_doc.issued": 28, "t2.normative_doc.repealed": 41, "t2.normative_doc.in_force": 356,
        },
    },
    {
        "voice": "省农业农村厅；年报第三部分（六类申请人用“分别为”一次列出）",
        "text": (
            "本年度新收政府信息公开申请中，自然人、商业企业、科研机构、社会公益组织、"
            "法律服务机构和其他组织提出的申请分别为214件、37件、2件、5件、19件、3件，合计280件；"
            "另有上年结转申请7件。全年办结282件，结转下年度5件，办结率98.3%。申请内容集中在农村土地承包、"
            "农业补贴资金和高标准农田建设等方面。"
        ),
        "cells": {
            "t3.new.natural": 214, "t3.new.commercial": 37, "t3.new.research": 2, "t3.new.social_welfare": 5,
                "t3.new.legal_service": 19, "t3.new.org_other": 3, "t3.new.total": 280,
            "t3.carried_over.natural": 6, "t3.carried_over.commercial": 1, "t3.carried_over.total": 7,
            "t3.granted.natural": 67, "t3.granted.commercial": 12, "t3.granted.research": 1,
                "t3.granted.social_welfare": 1, "t3.granted.legal_service": 6, "t3.granted.org_other": 1,
                "t3.granted.total": 88,
            "t3.partial.natural": 20, "t3.partial.commercial": 3, "t3.partial.social_welfare": 1,
                "t3.partial.legal_service": 2, "t3.partial.total": 26,
            "t3.denied.third_party.natural": 4, "t3.denied.third_party.commercial": 1,
                "t3.denied.third_party.total": 5,
            "t3.denied.process_info.natural": 5, "t3.denied.process_info.commercial": 1,
                "t3.denied.process_info.total": 6,
            "t3.unable.not_held.natural": 79, "t3.unable.not_held.commercial": 14,
                "t3.unable.not_held.research": 1, "t3.unable.not_held.social_welfare": 2,
                "t3.unable.not_held.legal_service": 6, "t3.unable.not_held.org_other": 1,
                "t3.unable.not_held.total": 103,
            "t3.unable.needs_creation.natural": 7, "t3.unable.needs_creation.commercial": 1,
                "t3.unable.needs_creation.legal_service": 1, "t3.unable.needs_creation.total": 9,
            "t3.unable.unclear_after_correction.natural": 2, "t3.unable.unclear_after_correction.commercial": 1,
                "t3.unable.unclear_after_correction.total": 3,
            "t3.not_processed.petition.natural": 16, "t3.not_processed.petition.commercial": 3,
                "t3.not_processed.petition.social_welfare": 1, "t3.not_processed.petition.legal_service": 1,
                "t3.not_processed.petition.total": 21,
            "t3.not_processed.duplicate.natural": 7, "t3.not_processed.duplicate.commercial": 1,
                "t3.not_processed.duplicate.legal_service": 1, "t3.not_processed.duplicate.total": 9,
            "t3.other.no_correction.natural": 6, "t3.other.no_correction.commercial": 1,
                "t3.other.no_correction.legal_service": 1, "t3.other.no_correction.total": 8,
            "t3.other.other.natural": 3, "t3.other.other.org_other": 1, "t3.other.other.total": 4,
            "t3.total_processed.natural": 216, "t3.total_processed.commercial": 38,
                "t3.total_processed.research": 2, "t3.total_processed.social_welfare": 5,
                "t3.total_processed.legal_service": 18, "t3.total_processed.org_other": 3,
                "t3.total_processed.total": 282,
            "t3.carried_forward.natural": 4, "t3.carried_forward.legal_service": 1,
                "t3.carried_forward.total": 5,
        },
    },
    {
        "voice": "自治区人民政府；年报第二部分的文字说明（规章专项清理、其中/其余）",
        "text": (
            "根据民法典、行政处罚法等上位法修改情况，"
            "自治区人民政府对截至6月底现行有效的185件政府规章进行了专项清理，决定一揽子修改12件、废止5件，"
            "相关决定已于11月以自治区人民政府令公布。"
            "本年度自治区人民政府共制发规章4件（含下半年新制定的3件和一揽子修改决定1件），废止规章5件，"
            "截至年底现行有效规章183件。同期制发行政规范性文件31件，其中自治区人民政府文件12件、"
            "自治区人民政府办公厅文件16件，其余3件为与有关部门联合印发；废止行政规范性文件27件，"
            "现行有效行政规范性文件305件。"
        ),
        "cells": {
            "t2.regulation.issued": 4, "t2.regulation.repealed": 5, "t2.regulation.in_force": 183,
            "t2.normative_doc.issued": 31, "t2.normative_doc.repealed": 27, "t2.normative_doc.in_force": 305,
        },
    },
    {
        "voice": "县公安局；年报第一、三、六部分（行政事业性收费、信息处理费和罚没款同在一句）",
        "text": (
            "本年度本局作出大型群众性活动安全许可、民用爆炸物品购买许可等行政许可决定428件，"
            "作出治安管理行政处罚决定2,317件，作出行政强制决定64件。"
            "全年收取居民身份证工本费等行政事业性收费12.8万元，"
            "依申请提供政府信息收取信息处理费2笔共计1,100元，罚没款收入347.62万元，均已上缴国库。"
            "全年收到政府信息公开申请48件，办结46件，结转下年度2件。"
        ),
        "cells": {
            "t2.licensing.decisions": 428,
            "t2.penalty.decisions": 2317,
            "t2.coercion.decisions": 64,
            "t2.admin_fee.amount_wan": 12.8,
            "t3.new.natural": 45, "t3.new.legal_service": 3, "t3.new.total": 48,
            "t3.granted.natural": 11, "t3.granted.legal_service": 1, "t3.granted.total": 12,
            "t3.partial.natural": 5, "t3.partial.total": 5,
            "t3.denied.enforcement_file.natural": 8, "t3.denied.enforcement_file.legal_service": 1,
                "t3.denied.enforcement_file.total": 9,
            "t3.unable.not_held.natural": 13, "t3.unable.not_held.legal_service": 1,
                "t3.unable.not_held.total": 14,
            "t3.not_processed.petition.natural": 4, "t3.not_processed.petition.total": 4,
            "t3.not_processed.duplicate.natural": 2, "t3.not_processed.duplicate.total": 2,
            "t3.total_processed.natural": 43, "t3.total_processed.legal_service": 3,
                "t3.total_processed.total": 46,
            "t3.carried_forward.natural": 2, "t3.carried_forward.total": 2,
        },
    },
    {
        "voice": "地级市人民政府；年报第一部分“主动公开”段落（其中按发文机关、另有、较上年末）",
        "text": (
            "本年度市政府制发行政规范性文件22件，其中市政府文件8件、市政府办公室文件11件，"
            "另有3件由市政府办公室与市直部门联合印发；废止行政规范性文件9件，现行有效行政规范性文件158件，"
            "较上年末增加13件。市政府制定规章1件，修改规章2件（以1件修改决定公布），本年制发规章共2件，无废止，"
            "现行有效规章36件。全部文件均实行“一文一解读”，政策解读发布率100%，"
            "解读材料平均在文件印发后3个工作日内上网。"
        ),
        "cells": {
            "t2.regulation.issued": 2, "t2.regulation.repealed": 0, "t2.regulation.in_force": 36,
            "t2.normative_doc.issued": 22, "t2.normative_doc.repealed": 9, "t2.normative_doc.in_force": 158,
        },
    },
]
