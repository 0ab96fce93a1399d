"""Every quantity stated in a report's narrative, as :class:`Mention` with exact offsets.

Span selection and context rules are ours; numeral conversion is :mod:`nlp.cnnum`. Conventions:

- ``surface`` runs from the numeral's first character (or its approximation word, or the negation)
  through its unit; ``start``/``end`` index ``Report.text``.
- ``value``/``low``/``high``: counts with 万/亿 applied, money in 元, percent as the percent number,
  个百分点 as points. Approximations are intervals: 约/左右 N → N ± half a unit of N's last significant
  place; N余/多 → [N, N + one unit of that place]; 近N → [N − one unit, N]; 超过/以上 N → [N, None];
  不足/不到 N → [None, N]; ranges [a, b]. Exact numbers have low = high = value.
  Vague multiples: 数十/几十 N → [2N, 10N] (N = 十/百/千/万); 上千/上万 → [N, None]; 十几/二十几 like 十多/二十多.
  Fractions are percents: 三分之二 = 66.67, 近2/3 → [33.33, 66.67] (one unit: 1/denominator).
- Negated zeros (未收到申请, 未发生行政复议和行政诉讼, 未收取信息处理费) are count (money for fees) mentions of 0;
  so is a zero written as a word at a clause end (…均为零; money after 费/金额).
- Years, dates, durations and time limits, enumerators, article references, document numbers,
  telephone/postcode/hotline numbers and set phrases are not quantities; nor are figures inside a document
  title (《…100%…》), ranks and positions (前三名, 后四位), codes and standards (GB/T 9704-2012, V3.2),
  project phases (二期工程) and named rules (两票制, 一票否决).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from .cnnum import to_number

FW = str.maketrans("０１２３４５６７８９％．，", "0123456789%.,")
FW_PAIRS = tuple(zip("０１２３４５６７８９％．，", "0123456789%.,"))

_CN = "零〇○一二两三四五六七八九十廿百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"      # 叁佰伍拾元: capitals in money
# a PDF line may wrap inside a number (8\n8件, 99.\n5%), but not a label's value or a page number at a line's end
# (邮编：365000\n18个乡镇, 2/5\n28件: two numbers)
NUM = r"\d+(?:\n\d+)?(?:,\d{3})*(?:\.\n?\d+)?"
# …where a line ends with a label's long value or a page fraction, the new line starts a new number (the line
# break becomes a space in the normalised text, so the number pattern above stops there)
RE_NO_WRAP = re.compile(r"[：:/／](?:(?<=[：:])\d{4,}|(?<=[/／])\d+)(\n)(?=\d)")     # (one class first: scanned in C)
# 十几, 二十几: like 十多 (几 only after 十/百/千/万, checked in _mention); a PDF line may wrap inside it (十\n四件)
CNUM = rf"[{_CN}]+(?:\n[{_CN}]+)?几?"
CNUM_DEC = rf"[{_CN}]+(?:点[零〇○一二三四五六七八九]+)?"     # 九十八点六 (in 百分之…)
CNUM_POINT = rf"[{_CN}]+点[零〇○一二三四五六七八九]+"          # 零点五个百分点: a decimal in words

COUNT_UNITS = ("人次", "件次", "条次", "个", "件", "条", "次", "项", "篇", "家", "人", "名", "场", "期", "份", "批",
               "起", "宗", "户", "处", "类", "部", "本", "张", "册", "套", "台", "所", "座", "位", "段", "幅", "则",
               "封", "单", "例", "组", "支", "轮", "个次", "场次", "种", "大类", "大项", "小项", "余", "通", "大", "方面",
               "笔", "批次", "台次", "票",          # 业务N笔 (tax, banking), 抽检N批次, 手术N台次, 报关单N票 (customs)
               "家次", "户次", "册次", "篇次", "项次", "辆次", "艘次", "架次", "门次", "卷", "集", "帧", "门", "辆", "头",
               "块", "间")
MONEY_UNITS = ("亿元", "万元", "元")
UNIT_RE = "个百分点|" + "|".join(sorted(MONEY_UNITS + COUNT_UNITS, key=len, reverse=True)) + "|%"
_UNIT_FIRST = re.escape("".join(sorted({u[0] for u in UNIT_RE.split("|")})))      # what a unit can start with


def _after_first(form: str, first: str) -> str:
    """``form`` (which opens with ``first``+) less its first character: ``first`` repeated zero or more times."""
    assert form.startswith(first + "+"), form
    return first + "*" + form[len(first) + 1:]


# a figure: (?P<num>{NUM}|{CNUM_POINT}|{CNUM}), written to open with one character class (the regex engine then
# scans for it in C instead of trying the pattern at every position): the first digit or numeral, then the rest of
# the form that character opens (digits and numerals are disjoint)
_DIGIT_REST = _after_first(NUM, r"\d")
_NUMERAL_REST = _after_first(CNUM_POINT, f"[{_CN}]") + "|" + _after_first(CNUM, f"[{_CN}]")
_FIGURE = rf"(?P<num>[\d{_CN}](?:(?<=\d){_DIGIT_REST}|(?<=[{_CN}])(?:{_NUMERAL_REST})))"
# what can follow a figure on the way to its unit (the range below, spaces, 余/多, a multiplier, the unit itself): a
# look ahead that the rest implies, so that the engine gives up at once after a numeral inside a word (进一步, 统一)
FIGURE_CONTINUES = r"(?=[\s余多千百万亿至到~～\-—－" + _UNIT_FIRST + "])"
RE_MENTION = re.compile(
    _FIGURE + FIGURE_CONTINUES +
    rf"(?:(?=[千百万亿]{{0,2}}\s*[至到~～\-—－])(?P<mult1>[千百]?万|亿|千)?"         # (a quick look ahead first)
    rf"(?:[ \t\u3000]*(?P<rsep>~|～|-|—|－)[ \t\u3000]*|\s*(?P<rword>至|到)\s*)"
    rf"(?P<num2>{NUM}|{CNUM}))?"   # 1.5万至2万; a dash range stays on its line (— 5 —\n23件: a page number)
    rf"\s*(?P<approx0>余|多)?(?P<mult>[千百]?万|亿|千)?(?P<approx>余|多)?\s*"         # 一百多万, 三万余
    rf"(?=[{_UNIT_FIRST}])(?P<unit>{UNIT_RE})"      # (the quick look ahead: most numerals are followed by no unit)
    rf"(?P<post>左右|上下(?!游|级|半|层|班|楼|联动|贯通|衔接)|以上|以下|以内(?!容|涵|部)|之多)?")
RE_UNITLESS = re.compile(r"(?P<num>\d\d*(?:,\d{3})*(?:\.\d+)?)\s*(?P<mult>万|亿)?(?=[，。；;、）)余多]|,(?!\d{3})|$)")
RE_UNITLESS_BEFORE = re.compile(r"(?:数|(?<!质)量)(?:均|都|皆|共|累计)?(?:为|达到|达|是|突破|超过)?\s*$")   # 访问量, not 质量
RE_PERCENT_CN = re.compile(rf"百分之(?P<num>{NUM}|{CNUM_DEC}|百)(?P<post>左右|上下(?!游|级|半)|以上|以下|以内(?!容|涵|部))?")
RE_CHENG = re.compile(r"(?P<num>[一二两三四五六七八九])成(?P<post>左右|以上|多|有余|余)?(?![为立本果效员功绩熟型])")
# the approximation word before a figure (matched on the few characters before it: the regexes above
# start at the numeral, which keeps them fast)
RE_PRE = re.compile(r"(?P<w>大约|(?<![节签制合履违预邀公])约|(?<![最附就临亲靠贴])近|将近|接近|超过|(?<![赶追高])超|至少|不少于|不低于|突破|逾|多达|不足|不到|少于|低于|不超过|高于|达到|达)"
                    # (约占比为…, 约占办结总数的三分之一: the word before 占 qualifies the share)
                    r"(?:占(?:[^，。；;、\d]{0,12}?的)?(?:比例|比重|比)?(?:为|达|是)?)?$"
                    r"|(?P<w2>大约|(?<![节签制合履违预邀公])约)有$")     # 约有200人
PRE_NEAR = frozenset("约近过少于破逾达足到占比为有超")      # …which end a match within five characters
PRE_LAST = frozenset("约近过少于破逾达足到占比为有超的重例是")          # how an RE_PRE match can end: a quick first test
# 至少 before a short verb: "每年至少开展2次" (the approximation still governs the figure)
RE_PRE_VERB = re.compile(r"(?P<w>至少|最少)(?:开展|召开|举办|组织|进行|发布|更新|公开|安排|有)$")
# vague multiples before a bare 十/百/千/万: 数十, 数百, 几十, 上千, 上万
RE_VAGUE = re.compile(r"(?P<w>数|几|上)$")
# fractions as percents: 三分之二, 近2/3 (not dates 2023/12/31, not 24/7)
RE_FRACTION = re.compile(rf"(?P<den>(?<![百{_CN}])[二三四五六七八九十]+)分之(?P<num>[一二三四五六七八九十]+)(?P<post>左右|以上)?"
                         r"|(?<![\d/.\-])(?<!第)(?P<a>[1-9])/(?P<b>[1-9]\d?)(?![\d/.\-]|小时|时|天|日|号|页|期|楼|版)(?P<post2>左右|以上)?")
# "…均为零": a zero written as a word
RE_MONEY_BEFORE = re.compile(r"(?:费|金额|元)[^，,。；;]*$")
RE_ZERO_WORD = re.compile(r"(?<=[为是])零(?=[，,。；;、）)]|$)")

# negated zeros: the negation through the noun it negates
_NEG_STOP = "，。；;,、！!？?：:"
_T4_NOUN = r"行政复议|行政诉讼|复议|诉讼|(?:结果)?纠正案件|纠错|败诉"
RE_NEG = re.compile(
    r"(?P<neg>未被|未向[^，。；;,、]{1,8}?收取|未曾?(?:收到|接到|受理|发生|出现|产生|有|收取|涉及|制发|出台|制定|印发)|未(?=结转)|没有(?:产生|收到|发生|收取|出现)?|无(?!法|正当|需|须|偿|论|关|效|权)(?:收取)?)"
    # what stands between: no 因 (未发生因依申请公开引发的行政复议: the request is the cause), unless a review or
    # a lawsuit — the consequence — is the noun negated
    rf"(?P<mid>(?:(?!因|\n\s*[\d（(一二三四五六七八九十])[^{_NEG_STOP}]){{0,16}}?|[^{_NEG_STOP}因]{{0,4}}因[^{_NEG_STOP}]{{0,15}}?(?={_T4_NOUN})"
    # a list inside: 未接到公民、法人或者其他组织提出的…申请; 未向申请人收取检索、复制、邮寄等费用
    rf"|[^{_NEG_STOP}因]{{0,8}}?(?:、[^{_NEG_STOP}因]{{1,6}}){{1,4}}?(?:等|或者其他组织|或其他组织|和其他组织)(?:提出|提交)?的?"
    # …其他组织对本机关答复不服提起的行政复议: a longer tail only before a review or a lawsuit
    rf"|[^{_NEG_STOP}因]{{0,8}}?(?:、[^{_NEG_STOP}因]{{1,6}}){{1,4}}?(?:或者其他组织|或其他组织|和其他组织)[^{_NEG_STOP}因]{{0,24}}?(?={_T4_NOUN}))"
    r"(?P<noun>政府信息公开申请|依申请公开申请|公开申请|信息公开申请|申请(?!行政复议|复议)"
    # the outcome with its group (未发生行政诉讼败诉案件, 未发生行政复议案件被纠错的情况): none of that group's corrected
    r"|(?:行政)?(?:复议|诉讼)(?:案件)?被?(?:败诉|纠错|纠正)"
    r"|行政复议(?:和|、|及|或|与)?(?:行政诉讼)?(?:案件|情况)?"
    r"|行政诉讼(?:案件|情况)?|复议(?:和|、|及)?诉讼(?:案件)?|(?:结果)?纠正案件|纠错|败诉|信息(?:公开)?处理费|处理费|行政事业性收费|收费事项|相关费用|任何费用|费用"
    r"|(?<![^\s，。；;,、无有生开])收费(?:及|和|与|、)?(?:减免)?(?:情况|事项)?(?=[，,。；;、\s）)]|$)"
    r"|(?:行政)?规范性文件(?!清理|备案|审查|审核|管理|制度|库|目录|栏目|专栏|合法性|的)"
    r"|(?:政府|部门)?规章(?!制度|清理|备案|审查|审核|管理|库|目录|栏目|专栏|合法性|的|[\u4e00-\u9fff]*规定)"
    # a request outcome that did not occur (未出现无法提供的情形, 无不予公开情况) and nothing carried forward
    # (未结转申请至下年度, 无结转下年度办理的申请)
    r"|(?:无法提供|不予公开|部分公开|不予处理)(?:(?:的)?(?:情形|情况|申请|答复)|(?=[，。；;,、]|$))"
    r"|结转(?:政府信息公开)?(?:申请)?(?:至|到)?下(?:一)?(?:个)?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?)"
    r"(?!(?:公开|信息公开)?而?(?:引起|引发|导致|产生的|提起))")   # 未发生因(依)申请(公开)引起的行政复议: 申请 only qualifies
_OUTCOME_NOUNS = ("无法提供", "不予公开", "部分公开", "不予处理", "结转")    # negated only right after the negation
NEG_OPENERS = "未没无"            # what every negation (RE_NEG) opens with: a span without them has none
# a negated normative document (or regulation: 未制发规章) states that none was issued only bare (未制发规范性文件, 未出台任何规范性文件):
# 未出台排除限制竞争的规范性文件 is a fair-competition review's finding; 上半年未出台… a part of the year
RE_FIELD_BEFORE = re.compile(r"[：:]\s?$")
_NORMATIVE_MID = frozenset({"", "任何", "新的", "新", "过", "过任何"})
RE_PART_OF_YEAR = re.compile(r"(?:上半年|下半年|季度|[\d一二三四五六七八九十]+月(?:份)?)[^，,。；;]{0,3}$")
# a PDF text layer may wrap a line inside any word of a negation (行政复\n议, 信息\n处理费): one line break is
# allowed between two Chinese characters of the pattern
RE_NEG = re.compile(re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", r"\\n?", RE_NEG.pattern))

# contexts that make a numeral not a quantity
RE_NOT_AFTER = re.compile(r"\s*(?:年|月|日|号|时|点(?!击)|分钟|秒|周年|周|天|小时|个工作日|工作日|个月|届|季度|倍|级|版|楼|层|栋|号楼|路|米|公里|平方|岁)")
RE_SET_PHRASES = re.compile(
    r"三审三校|三安全一稳定|一网通办|一网统管|一网协同|一件事|一次办|一站式|一体化|一把手|一窗|两会|两化|两微一端|"
    r"五公开|六稳|六保|一些|统一|进一步|一并|一律|一致|唯一|一线|一批次|一揽子|一是|二是|三是|四是|五是|"
    r"两个大局|三个一|五个公开|一类|三类内部|四类过程|三公经费|一条龙|一张网|一张图|第一|一起|一道|一带一路|双随机|十四五|十三五|二十大|"
    r"一方面|另一方面|百家号|一个平台|多个|多次|多家|多项|多种|多渠道|多形式|多元|几个|一定|一般|一直|一旦|一同|万家|千家万户|"
    r"[一二三四五六七八九十]位一体|四种形态|两张皮|四套班子|十[七八九]大|两个维护|两个确立|四个意识|四个自信|四个全面|四个最严|两个责任|"
    r"价比三家|货比三家|三次分配|五家渠|七台河|三台县|五台[县山]|九台区|八所镇|三门峡|三门县|三间房|两头跑|"
    r"[一二三四五]类(?:医疗器械|疫苗|水质|水体|标准|切口|地区|事业单位|人员|手术|资质)")
_CN_SET = frozenset(_CN)
_CAPITALS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")
# 十三届七次全会, 市十七届人大三次会议, 省政协十三届二次会议: the numeral that follows 届 (and the body) is a session
RE_SESSION_BEFORE = re.compile(r"[一二三四五六七八九十\d]届(?:全国|省|市|县|区)?(?:人大|政协|人民代表大会|代表大会|党代会|"
                               r"委员会|常委会|人大常委会|市委|省委|县委|区委|党委|纪委)?(?:第)?$")
RE_SESSION_AFTER = re.compile(r"(?:全体)?(?:会议|全会|会)")
RE_LAW_BEFORE = re.compile(r"(?:条例|(?<![办方执做说想司])法)\s*$")      # 条例三十六条, 政府信息公开法二十条
_CLAUSE_START = frozenset("，,。；;：:、！!？?\n（(")
RE_COUNTER_BEFORE = re.compile(r"(?:(?:浏览|点击|阅读)(?:次数|量|数|人数)?|(?:今日|本站|本页|本文)(?:累计)?访问(?:量|人数|次数)?)\s*[：:]\s*$"
                               r"|已被(?:浏览|阅读|访问|点击)\s*$")
_BEN_WORD = frozenset("年机单局级市县区部着次")
_UNIT_WORD_STARTS = {"集": frozenset("中团体成约聚结采"), "卷": frozenset("宗轴"), "门": frozenset("户诊槛店面前口类"), "头": frozenset("条版部号"),
                     "块": frozenset("牌"), "间": frozenset("隔断歇")}
RE_ENUM_ZE = re.compile(r"(?:^|(?<=[，,。；;：:、！!？?\n（(]))[一二三四五六]则")
RE_CJK_NEXT = re.compile(r"[\u4e00-\u9fff]")
# a period with 每 in the clause before a count of times: 每天至少, 每2周, 每个工作日, 每季度开展
RE_FREQUENCY_BEFORE = re.compile(r"每(?:\d+|[一两二三四五六七八九十半])?个?(?:天|日|周|星期|旬|月|季度?|半年|年|工作日)"
                                 r"(?:(?!共|累计|合计|总计|要求|机制|制度|规定|安排|部署)[^，,。；;、\d]){0,8}$")
_SPACES = frozenset(" \t\n\u3000\xa0")
RE_PARTICLE_SUO = re.compile(r"所[列述示涉属含指附]")          # 附件2所列: 所 is a particle, not 学校N所
RE_TIME_LIMIT = re.compile(r"\s*[余多]?个[多余半]?(?:工作日|月|小时|季度|年度|自然日)")   # 3个多月, 1个半月, 10余个工作日
RE_DATE_AFTER = re.compile(r"\s*(?:年|月|日|号)")
RE_DOC_YEAR = re.compile(r"[〔\[]\d{4}[〕\]]\s*$")
RE_CODE_BEFORE = re.compile(r"(?:[A-Za-z]|[/／]\s*[TZ]\s*|(?<![A-Za-z])GB\s*)$")     # V3, GB/T 9704, GB 2760
RE_RANK_BEFORE = re.compile(r"(?<![目此之以提事当年日月随最然会先])[前后]\s*$")     # 前三名; not 目前3名
# a slogan: a Chinese numeral + 个 + a verb or adverb, not a noun (两个确保, 两个毫不动摇, 四个最, 三个代表, 两个务必)
RE_SLOGAN_AFTER = re.compile(r"确保|毫不|最|代表|不(?!同|足|够)|区分开来|务必|坚持|必须|维护|确立|着力|结合")
# rhetoric, not a count: 一条主线, 交出一份满意答卷, 走出一条新路
RE_FIGURE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:答卷|主线|新路|路子)")
# a rank, not a count: 前移三位, 上升2位, 提高3个位次, 名次
RE_RANK_MOVE = re.compile(r"(?:前移|后移|上升|下降|提升|提高|前进|后退|晋升)\s*$")
RE_PRECISION_AFTER = re.compile(r"小数|有效数字")                                # 保留两位小数
RE_ISSUE_YEAR = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年\s*$")       # 《刊名》2024年3期: an issue
RE_PARALLEL = re.compile(r"[\u4e00-\u9fff]{1,3}?一[名个面座张套份条项家人户村企校策档案事级位本册]")             # 一名党员一面旗帜
# an address or a road stake, not a count: 1号院2座, 东大街3段15号, K12+300处
RE_ADDRESS_BEFORE = re.compile(r"(?:\d号院?|[A-Za-z\d]\+)\s*$")
RE_ADDRESS_AFTER = re.compile(r"\s*\d+\s*(?:号|栋|幢|单元|室|层|楼)")
RE_PHASE_AFTER = re.compile(r"\s*(?:工程|项目|建设|改造|扩建|系统|工地|规划)")
RE_SYSTEM_AFTER = re.compile(r"制(?![发定作])|否决")
RE_TITLE = re.compile(r"《[^《》\n]{1,80}》")
# a short quotation without Arabic digits (a slogan, a rule's or a campaign's name)
RE_SLOGAN_QUOTE = re.compile(r"‘[^‘’\n\d]{1,14}’|“[^“”\n\d]{1,14}”|「[^「」\n\d]{1,14}」|『[^『』\n\d]{1,14}』")
_QUOTES_OPEN = frozenset("‘“「『")
_CASE_UNITS = frozenset({"件", "件次", "人次", "宗", "起", "例"})        # “受理三件、办结三件”: a count still
RE_NAME_AFTER = re.compile(r"\s*(?:措施|行动|举措|工程|机制|条例|专项|攻坚|战役|规定|制度|红线|底线)")    # 二十条措施, 八项规定
RE_PHONE_SHAPE = re.compile(r"0\d{6,}|1\d{4}|9\d{4}|\d{7,}")     # 0591…, 12345, 96xxx
RE_PROSE = re.compile(r"[\u4e00-\u9fff]{2,}")
_NOT_A_HOTLINE = frozenset({"元", "万元", "亿元", "件"})      # units that make 12345 an amount or a count
RE_PHONE_CONTEXT = re.compile(r"(?:电话|传真|热线|邮编|邮政编码|手机|QQ|微信号|号码)[:：]?\s*$|(?:信箱|地址|邮箱)[:：]\s*$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    value: float | int | None
    low: float | int | None
    high: float | int | None
    unit: str
    kind: str           # count / money / percent / points
    section: str | None = None
    counted: str = ""   # the subject of its clause: what is counted

    def to_dict(self) -> dict:
        return asdict(self)


MULTIPLIERS = {"万": 10_000, "亿": 100_000_000, "千": 1000, "百万": 1_000_000, "千万": 10_000_000}


def _place(num: float | int) -> float:
    """One unit of the number's last significant place (200 → 100, 230 → 10, 1.5 → 0.1)."""
    if isinstance(num, float) and not num.is_integer():
        decimals = len(repr(num).split(".")[1])
        return 10 ** -decimals
    n = int(num)
    if n == 0:
        return 1
    place = 1
    while n % 10 == 0:
        n //= 10
        place *= 10
    return place


def _interval(value: float | int, pre: str | None, approx: str | None, post: str | None,
              multiplier: int) -> tuple[float | int | None, float | int | None, float | int | None]:
    """(value, low, high) for an optionally approximate number (before the multiplier is applied)."""
    place = _place(value)
    m = multiplier

    def scale(x):
        if x is None:
            return None
        y = x * m
        return int(y) if float(y).is_integer() else round(y, 6)

    if approx in ("余", "多"):
        return None, scale(value), scale(value + place)
    if pre in ("约", "大约") or post in ("左右", "上下"):
        return None, scale(value - place / 2), scale(value + place / 2)
    if pre in ("近", "将近", "接近"):
        return None, scale(value - place), scale(value)
    if pre in ("超过", "超", "逾", "高于", "至少", "不少于", "不低于", "突破") or post in ("以上", "之多") or pre == "多达":
        return None, scale(value), None
    if pre in ("不足", "不到", "少于", "低于", "不超过") or post in ("以下", "以内"):
        return None, None, scale(value)
    return scale(value), scale(value), scale(value)


def _unit_kind(unit: str) -> tuple[str, str, int]:
    """(unit as printed, kind, multiplier to the canonical unit)."""
    if unit == "%":
        return "%", "percent", 1
    if unit == "个百分点":
        return "个百分点", "points", 1
    if unit == "万元":
        return "元", "money", 10_000
    if unit == "亿元":
        return "元", "money", 100_000_000
    if unit == "元":
        return "元", "money", 1
    return unit, "count", 1


def _unwrap(m: re.Match[str]) -> str:
    return m.group()[:m.start(1) - m.start()] + " "


def extract_numbers(text: str, spans: list[tuple[int, int, str | None]] | None = None) -> list[Mention]:
    """Quantities in ``text`` (within ``spans`` = [(start, end, section key)], default the whole text)."""
    norm = text
    for a, b in FW_PAIRS:                      # str.replace per character: much faster than str.translate
        if a in norm:
            norm = norm.replace(a, b)
    if "\n" in norm:
        norm = RE_NO_WRAP.sub(_unwrap, norm)
    spans = spans or [(0, len(text), None)]
    out: list[Mention] = []
    for s0, e0, section in spans:
        taken: list[tuple[int, int]] = []
        region = norm[s0:e0]
        negations = RE_NEG.finditer(norm, s0, e0) if any(c in region for c in NEG_OPENERS) else ()
        for m in negations:
            start, end = m.start(), m.end()
            noun = m.group("noun")
            if m.group("neg") == "无" and "\n" in m.group("mid") and RE_FIELD_BEFORE.search(norm, max(s0, start - 2), start):
                continue                              # 附件：无\n…: a field's value, not a negation of what follows
            if noun.endswith(("规范性文件", "规章")) and (m.group("mid").replace("\n", "") not in _NORMATIVE_MID
                                                or RE_PART_OF_YEAR.search(norm, max(s0, start - 8), start)):
                continue
            if noun.startswith(_OUTCOME_NOUNS) and m.group("mid").strip():
                continue                              # 没有应公开而不予公开的情况, 未接到关于不予公开…的投诉: no count
            kind = "money" if "费" in noun else "count"
            out.append(Mention(start, end, text[start:end], 0, 0, 0, "元" if kind == "money" else "件", kind,
                               section, noun))
            taken.append((start, end))
        if e0 - s0 <= 40 and not RE_PROSE.search(RE_MENTION.sub("", region)):
            continue                                   # figures left over from a table ("3个 3443000元")
        for rx in (RE_MENTION, RE_PERCENT_CN, RE_CHENG, RE_UNITLESS, RE_ZERO_WORD, RE_FRACTION):
            if (rx is RE_PERCENT_CN and "百分之" not in region) or (rx is RE_CHENG and "成" not in region) or \
                    (rx is RE_ZERO_WORD and "零" not in region) or (rx is RE_FRACTION and "分之" not in region
                                                                    and "/" not in region) or \
                    (rx is RE_UNITLESS and not _unitless_possible(norm, s0, e0)):
                continue
            for m in rx.finditer(norm, s0, e0):
                if taken and _overlaps(taken, m.start(), m.end()):
                    continue
                if rx is RE_ZERO_WORD:                 # "…均为零"; "收费金额为零" is money
                    s = m.start()
                    money = RE_MONEY_BEFORE.search(norm, max(s0, s - 16), s)
                    out.append(Mention(s, m.end(), text[s:m.end()], 0, 0, 0, "元" if money else "件",
                                       "money" if money else "count", section, counted(text, s)))
                    taken.append((s, m.end()))
                    continue
                j = m.start()                   # "约\u300030件", "近\n百件": spaces or a wrap after the word
                while j > s0 and norm[j - 1] in _SPACES and m.start() - j < 3:
                    j -= 1
                last = norm[j - 1:j]             # (…占办结总数的 reaches further back than 约有)
                pre = RE_PRE.search(norm, max(s0, j - (5 if last in PRE_NEAR else 22)), j) if last in PRE_LAST else None
                if pre is None and "少" in norm[max(s0, m.start() - 4):m.start()]:
                    pre = RE_PRE_VERB.search(norm, max(s0, m.start() - 4), m.start())
                word = (pre.group("w") or pre.group("w2")) if pre else None
                if rx is RE_UNITLESS and word in (None, "达", "达到"):     # 访问量达到85万: the figure alone
                    pre = word = None
                mention = _mention(text, norm, m, rx, section, word, pre.start() if pre else m.start())
                if mention is not None:
                    out.append(mention)
                    taken.append((mention.start, mention.end))
    if "《" in norm:                                # a figure inside a document's title is part of its name
        out = _drop_inside(out, RE_TITLE, norm, lambda x: True)
    if any(q in norm for q in _QUOTES_OPEN):       # ‘五项管理’, “六个百分百”: a slogan in numerals names a rule
        out = _drop_inside(out, RE_SLOGAN_QUOTE, norm, lambda x: x.surface[:1] in _CN_SET and x.value != 0
                           and x.kind == "count" and x.unit not in _CASE_UNITS)
    out.sort(key=lambda x: x.start)
    if ("均" in norm or "全部" in norm) and ("复议" in norm or "诉讼" in norm):
        out = _all_of_them(text, norm, out, spans)
    return _join_ranges(text, out) if len(out) > 1 else out


# …行政复议2件，均维持原答复 / 全部被纠正: every one of the cases just counted had that outcome
RE_ALL_OUTCOME = re.compile(r"(?<=[，,])\s*(?:且|并)?(?P<all>均|全部|都)(?:已)?(?:被|经)?(?:复议机关|法院)?(?:予以|判决|决定)?"
                            r"(?P<outcome>维持|纠正|纠错)")
RE_CASES_BEFORE = re.compile(r"复议|诉讼|起诉")


def implied(m: Mention) -> bool:
    """A figure the text implies, not prints (:func:`_all_of_them`: 均维持): no part of the text's own arithmetic."""
    return m.surface[:1] in "均都" or m.surface.startswith("全部")


def _all_of_them(text: str, norm: str, out: list[Mention], spans) -> list[Mention]:
    """A figure implied for an outcome of 表四: 均维持 after a count of review or litigation cases is that count of
    upheld cases (a mention of the count's value spanning the words), where the count's clause names the cases."""
    extra = []
    for s0, e0, section in spans:
        for m in RE_ALL_OUTCOME.finditer(norm, s0, e0):
            prev = next((x for x in reversed(out) if x.end <= m.start()), None)
            if prev is None or prev.kind != "count" or not prev.value or \
                    norm.rfind("。", prev.end, m.start()) >= 0 or norm.count("，", prev.end, m.start()) + \
                    norm.count(",", prev.end, m.start()) > 1 or \
                    not RE_CASES_BEFORE.search(norm, max(s0, prev.start - 24), prev.end + 4):
                continue
            clause = max(norm.rfind(c, s0, prev.start) for c in "，,。；;") + 1
            if any(x is not prev and clause <= x.start < m.start() for x in out):
                continue                  # (行政复议1件、行政诉讼2件，均被纠正: every case of both, a sum not stated)
            start = m.start("all")         # (the words from 均 on: what :func:`implied` knows them by)
            extra.append(Mention(start, m.end(), text[start:m.end()], prev.value, prev.low, prev.high, prev.unit,
                                 "count", section, m.group("outcome")))
    return sorted(out + extra, key=lambda x: x.start) if extra else out


def _unitless_possible(norm: str, start: int, end: int) -> bool:
    """Whether a figure without a unit in ``norm[start:end]`` can be a count: it needs 万 or 亿 after it, or 数 or
    量 in the few characters before it (RE_UNITLESS_BEFORE, looked for up to four characters back, before the span's
    start too)."""
    region = norm[max(0, start - 4):end]
    return "万" in region or "亿" in region or "数" in region or "量" in region


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans``."""
    for a, b in spans:
        if a < end and start < b:
            return True
    return False


def _drop_inside(mentions: list[Mention], rx: re.Pattern[str], norm: str, which) -> list[Mention]:
    """The mentions, less those ``which`` selects that stand inside a match of ``rx`` (a title, a quotation)."""
    spans = [(t.start(), t.end()) for t in rx.finditer(norm)]
    if not spans:
        return mentions
    return [x for x in mentions if not (which(x) and any(a < x.start and x.end < b for a, b in spans))]


# "30元至50元", "1023元/月至1822元/月": two figures in the same unit joined by a range word are one interval
RE_RANGE_GAP = re.compile(r"(?P<per>[/／][\u4e00-\u9fff]{1,2})?[ \t\u3000]*(?:至|~|～|-|—|－)[ \t\u3000]*")   # one line
# 由30元至50元, 从原来的20件至35件: a change, two figures
RE_CHANGE_BEFORE = re.compile(r"(?:从|由|自)[^，,。；;、\d]{0,6}$")


def _join_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.value is not None and m.value is not None and prev.unit == m.unit \
                and prev.kind == m.kind and prev.value < m.value and prev.unit:
            gap = RE_RANGE_GAP.fullmatch(text, prev.end, m.start)
            if gap is not None and not RE_CHANGE_BEFORE.search(text, max(0, prev.start - 8), prev.start):
                end = m.end
                per = gap.group("per")
                if per and text.startswith(per, end):
                    end += len(per)
                out[-1] = Mention(prev.start, end, text[prev.start:end], None, prev.value, m.value, prev.unit,
                                  prev.kind, prev.section, prev.counted)
                continue
        out.append(m)
    return out


def _fraction(text: str, m: re.Match[str], section: str | None, pre: str | None, start: int) -> Mention | None:
    if m.group("a"):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if not text[line_start:m.start()].strip() and not text[m.end():None if line_end < 0 else line_end].strip():
            return None                                 # "2/9" alone on its line: a page number
        a, b, post = int(m.group("a")), int(m.group("b")), m.group("post2")
    else:
        a, b, post = to_number(m.group("num")), to_number(m.group("den")), m.group("post")
    if not a or not b or a >= b:
        return None
    v, unit = 100 * a / b, 100 / b                      # one "unit" of the fraction: 1/b

    def r(x: float) -> float:
        return round(x, 2)
    if pre in ("约", "大约") or post in ("左右", "上下"):
        lo, hi, val = r(v - unit / 2), r(v + unit / 2), None
    elif pre in ("近", "将近", "接近"):
        lo, hi, val = r(v - unit), r(v), None
    elif pre in ("超过", "逾", "高于", "至少", "不少于", "不低于", "突破", "多达") or post == "以上":
        lo, hi, val = r(v), None, None
    elif pre in ("不足", "不到", "少于", "低于", "不超过"):
        lo, hi, val = None, r(v), None
    else:
        lo = hi = val = r(v)
    return Mention(start, m.end(), text[start:m.end()], val, lo, hi, "%", "percent", section, counted(text, start))


def _mention(text: str, norm: str, m: re.Match[str], rx: re.Pattern[str], section: str | None,
             pre: str | None, start: int) -> Mention | None:
    if rx is RE_FRACTION:
        return _fraction(text, m, section, pre, start)
    if rx is RE_UNITLESS:                          # 粉丝数54373, 访问量139.7万: counts without a unit word
        s0 = m.start()
        if s0 > 0 and (norm[s0 - 1].isdigit() or norm[s0 - 1] in ".,-/:："):
            return None
        if not (m.group("mult") or RE_UNITLESS_BEFORE.search(norm, max(0, s0 - 4), s0)):
            return None
        mult = {"万": 10_000, "亿": 100_000_000}.get(m.group("mult") or "", 1)
        value = to_number(m.group("num"))
        if value is None:
            return None
        v, lo, hi = _interval(value, pre, None, None, mult)          # 粉丝数突破5万: an open interval
        return Mention(start, m.end(), text[start:m.end()], v, lo, hi, "", "count", section, counted(text, start))
    num_text = m.group("num")
    vague = None
    if rx is RE_MENTION and num_text.endswith("几"):                 # 十几件: like 十多件
        num_text = num_text[:-1]
        if num_text[-1:] not in ("十", "百", "千", "万"):
            return None
    elif rx is RE_MENTION and num_text in ("十", "百", "千", "万") and pre is None and m.start() > 0:
        v = RE_VAGUE.search(norm, max(0, m.start() - 1), m.start())      # 数百条, 几十次, 上千条
        if v and (v.group("w") != "上" or num_text != "十"):
            vague, start = v.group("w"), v.start()
    if rx is RE_MENTION and num_text in ("百", "千", "万", "亿") and not (pre or vague or m.group("approx")
                                                                       or m.group("approx0")):
        return None                                   # 单位：万元, 千元, 百家号: a bare 百/千/万/亿 needs 近/数/余…
    if rx is RE_PERCENT_CN:
        value = 100 if num_text == "百" else to_number(num_text)
        unit, kind, mult = "%", "percent", 1
        approx = None
    elif rx is RE_CHENG:
        value = to_number(num_text) * 10
        unit, kind, mult = "%", "percent", 1
        approx = "余" if m.group("post") in ("多", "有余", "余") else None      # 两成多: from 20% up to 30%
    else:
        unit_raw = m.group("unit")
        approx = m.group("approx") or m.group("approx0") or ("多" if m.group("num").endswith("几") else None)
        if unit_raw == "余":                     # 200余 with the unit dropped: 200余人 is caught above
            return None
        if not _is_quantity(norm, m):
            return None
        value = to_number(num_text)
        unit, kind, mult = _unit_kind(unit_raw)
        if m.group("mult"):
            mult *= MULTIPLIERS[m.group("mult")]
    if value is None:
        return None
    post = m.groupdict().get("post")
    if rx is RE_CHENG and post is None and pre is None and "占" in text[max(0, start - 4):start]:
        post = "左右"                  # 占两成: a share in tenths is rounded (24% is 两成), as 两成左右 says
    if rx is RE_MENTION and m.group("num2"):
        hi = to_number(m.group("num2"))
        if hi is None:
            return None
        first = MULTIPLIERS[m.group("mult1")] if m.group("mult1") else mult      # 1.5万至2万人次, 1至2万人次
        if m.group("mult1") and m.group("mult"):
            first *= mult // MULTIPLIERS[m.group("mult")]                       # (a money unit's 万元 stays)
        elif not m.group("mult1") and m.group("mult") and value * first > hi * mult:
            first = mult // MULTIPLIERS[m.group("mult")]                        # 500至1万人次: 500 is not 500万
        v, lo, high = None, value * first, hi * mult
    elif vague:
        v, lo, high = None, value * mult * (1 if vague == "上" else 2), None if vague == "上" else value * mult * 10
    else:
        v, lo, high = _interval(value, pre, approx, post, mult)
    end = m.end()
    surface = text[start:end]
    return Mention(start, end, surface, v, lo, high, unit, kind, section, counted(text, start))


def _is_quantity(norm: str, m: re.Match[str]) -> bool:
    num = m.group("num")
    s, e = m.start("num"), m.end()
    before = norm[max(0, s - 12):s]
    last = m.end("num2") if "num2" in m.re.groupindex and m.group("num2") else m.end("num")   # 3至5个工作日
    after = "".join(norm[last:last + 12].split())[:6]   # PDF wraps, HTML spaces: 5个工\n作日, 20 个 工作日
    if RE_NOT_AFTER.match(after) and not m.group("unit"):
        return False
    if RE_TIME_LIMIT.match(after):                                        # 5个工作日 is a time limit
        return False
    if RE_DATE_AFTER.match(after):
        return False
    if before.endswith(("第", "〔", "[", "（", "(")):
        if before.endswith("第"):
            return False
    if before[-1:] in _SPACES and before.rstrip().endswith("第"):       # 第 36 条, 第\n三十八条
        return False
    if RE_DOC_YEAR.search(before):                              # 〔2021〕30号
        return False
    if RE_PHONE_CONTEXT.search(before) and m.group("unit") != "通" or RE_PHONE_SHAPE.fullmatch(num) and \
            re.search(r"热线|电话|邮编|传真", norm[max(0, s - 20):e + 6]):
        return False                                  # not "接听电话84472通": a count of calls
    if num == "零" and norm[m.end():m.end() + 1] not in ("", "，", ",", "。", "；", ";", "、", "）", ")"):
        return False                                  # 零部件, 零星: a lone 零 counts only at a clause end
    if num.isdigit() and len(num) == 5 and num.startswith("123") and m.group("unit") not in _NOT_A_HOTLINE:
        return False                                  # 12345, 12315: hotlines (12345元 is an amount)
    cn = num[0] in _CN_SET
    if cn and len(num) < 2 and num in _CAPITALS:
        return False                                  # 伍家岗, 陆家嘴, 登陆次数: a lone capital is part of a word
    if before.endswith("每") or cn and RE_NAME_AFTER.match(norm, m.end(), m.end() + 3):
        return False                                  # 每一件; 二十条措施, 八项规定, 三项制度, 三大攻坚战 are names
    unit = m.group("unit")
    if unit == "次" and (RE_SESSION_BEFORE.search(before) and RE_SESSION_AFTER.match(norm, m.end())
                        or norm.startswith("全会", m.end())
                        or cn and num == "二" and not m.group("num2") and RE_CJK_NEXT.match(norm, m.end())):
        return False                                  # 十三届七次全会, 人大三次会议: a session; 二次报销: secondary
    if not m.group("mult") and (("：" in before or ":" in before or "被" in before) and RE_COUNTER_BEFORE.search(before)
                                or unit == "条" and norm.startswith("记录", m.end()) and before.endswith("共")):
        return False                                  # 浏览次数：1203次, 共23条记录: the web page's own counters
    if num == "一" and unit in ("篇", "条", "页", "则") and before.endswith(("上", "下")):
        return False                                  # 上一篇 / 下一条: navigation
    if unit == "本" and ("\n" in norm[m.end("num"):m.start("unit")] or norm[m.end():m.end() + 1] in _BEN_WORD):
        return False                                  # 3,120\n本年度…, 1本级: 本 begins a word (本年度, 本机关)
    if unit in _UNIT_WORD_STARTS and norm[m.end():m.end() + 1] in _UNIT_WORD_STARTS[unit]:
        return False                                  # 三集中, 1门户, 头条, 两块牌子: the unit begins a word
    if unit == "期" and norm.startswith("间", m.end()):
        return False                                  # 五一期间, 十一期间: a holiday, not issues
    if unit == "则" and cn and (not before or before[-1] in _CLAUSE_START) and \
            len(RE_ENUM_ZE.findall(norm, max(0, s - 40), m.end() + 40)) > 1:
        return False                                  # 一则…二则…: an enumerator (a series of them)
    if unit == "条" and cn and RE_LAW_BEFORE.search(before):
        return False                                  # 条例三十六条: an article without 第
    if unit in ("次", "遍", "回", "轮") and RE_FREQUENCY_BEFORE.search(before):
        return False                                  # 每天至少1次, 每2周更新1次: a frequency, not a count
    if unit in ("名", "位") and RE_RANK_BEFORE.search(before) or \
            unit == "%" and before.rstrip().endswith("前") and RE_RANK_BEFORE.search(before):
        return False                                  # 位居前三名, 排名前十位, 后四位, ESI前1%: a rank or a position
    if unit == "个" and norm[m.end():m.end() + 2] == "位次" or unit == "位" and norm[m.end():m.end() + 1] == "次" \
            or unit == "位" and (RE_RANK_MOVE.search(before) or RE_PRECISION_AFTER.match(norm, m.end(), m.end() + 4)):
        return False                                  # 3个位次, 前移三位: a rank; 两位小数: a precision
    if not cn and (RE_ADDRESS_BEFORE.search(before) or unit in ("座", "段", "栋", "幢", "区", "处")
                   and RE_ADDRESS_AFTER.match(norm, m.end(), m.end() + 8)):
        return False                                  # 1号院2座, 东大街3段15号, K12+300处: an address or a stake
    if unit == "人" and norm[m.end():m.end() + 1] in ("才", "民"):
        return False                                  # 521人才工程, 3人民…: 人 begins a word, not a unit
    if unit == "期" and RE_ISSUE_YEAR.search(before):
        return False                                  # 2024年3期: an issue of a journal
    if before.endswith("双") and num[0] in _CN_SET:
        return False                                  # 双十条, 双百行动: a programme's name
    if RE_CODE_BEFORE.search(before):
        return False                                  # GB/T 35273-2020, V3.2, DB35/T 1234: a code, not a count
    if unit == "期" and RE_PHASE_AFTER.match(norm, m.end()):
        return False                                  # 二期工程, 金税四期建设: a phase of a project
    if cn and RE_SYSTEM_AFTER.match(norm, m.end()):
        return False                                  # 两票制, 一票否决: a rule's name
    if m.group("unit") == "所" and RE_PARTICLE_SUO.match(norm, m.end() - 1):
        return False                                  # 附件2所列, 表3所示: a reference, not a count of schools
    if m.group("unit") == "单" and norm[m.end():m.end() + 1] == "元":
        return False                                  # 2单元 (an address)
    if cn:
        window = norm[max(0, s - 3):m.end() + 6]
        for ph in RE_SET_PHRASES.finditer(window):
            ps, pe = ph.start() + max(0, s - 3), ph.end() + max(0, s - 3)
            if ps < m.end("num") and s < pe:
                return False
        nxt = norm[m.end():m.end() + 1]
        if nxt in ("性", "步", "体", "致", "律", "般", "直", "线", "道", "心", "手", "式") or (num == "一" and nxt in ("方", "面")):
            return False
        if num in ("一", "两") and norm[m.end():m.end() + 1] == num and not m.group("num2") or \
                m.group("unit") == "个" and norm[m.end():m.end() + 1] == "一":
            return False                                # 一户一档, 一案一策, 五个一, 两个一百年: set phrases
        if num == "一" and RE_PARALLEL.match(norm, m.end(), m.end() + 5):
            return False                                # 一名党员一面旗帜, 一个支部一座堡垒: a parallel slogan
        if num == "一" and m.group("unit") in ("条", "份") and RE_FIGURE_AFTER.match(norm, m.end(), m.end() + 8):
            return False                                # 一条主线, 一份满意答卷: a figure of speech
        if m.group("unit") == "个" and RE_SLOGAN_AFTER.match(norm, m.end()):
            return False                                # 两个确保, 四个最, 三个代表: a slogan's name
        if len(num) == 1 and num == "一" and m.group("unit") in ("个", "次", "批", "项", "类", "部", "本", "张",
                                                                "套", "台", "处", "段", "支", "轮", "组", "种",
                                                                "笔", "票", "门", "块", "间", "头", "集", "卷"):
            # 一个/一次/一批 are mostly articles ("a"), counted only with a clear number word around
            return bool(re.search(r"(?:(?:共|累计|总计|合计)[\u4e00-\u9fff]{0,2}|全年|仅|只)\s*$", before))
        if m.group("unit") == "大":                    # 三大功能, 两大主题; not 十九大, 一大批, 大会
            return len(num) == 1 and num in "两二三四五六七八九十" and not m.group("mult") and not m.group("num2") \
                and not re.match(r"会|精神|代表|报告|以来|胜利", norm[m.end():m.end() + 2])
        if m.group("unit") == "通" and not re.match(r"电话|来电|热线", norm[m.end():m.end() + 2]):
            return False                                # 一通电话; not 四通八达
    elif m.group("unit") == "大":
        return False
    elif m.group("unit") == "通" and norm[m.end():m.end() + 1] in ("报", "知", "过", "告", "道", "畅"):
        return False                                    # 11通 (calls); not 3通报
    if num[0].isdigit() and norm[s - 1:s] in (".", "．") and norm[s - 2:s - 1].isdigit():
        return False
    return True


RE_COUNTED_TAIL = re.compile(r"[（(]?\s*(?:共计|共有|为|达|约|近|超过|有|计|共)?$")     # 申请（共15件）
RE_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：:、]")
RE_COUNTED_NOISE = re.compile(r"^(?:其中|共|全年|累计|总计|合计|另|并|已|均|本年度?|今年|当年|年内|我[局委办市区县镇]|"
                              r"\d{4}年(?:度)?|全区|全市|全县)+")


def counted(text: str, start: int, width: int = 24) -> str:
    """What is counted: the clause before the number, trimmed of connectives."""
    lo = max(0, start - width)
    left = text[lo:start]
    parts = RE_CLAUSE_BREAK.split(left)
    lines = parts[-1].split("\n")
    clause = lines.pop().strip()
    while lines and len(clause) < 4:             # a PDF line wrapped inside the clause: 新收…申\n请15件
        clause = lines.pop().strip() + clause
    clause = RE_COUNTED_NOISE.sub("", clause)
    clause = RE_COUNTED_TAIL.sub("", clause)
    return clause.strip()[-16:]
