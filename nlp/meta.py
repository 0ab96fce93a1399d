"""Report metadata: title, issuing body (and a normalised key to match one body across years),
report year, published date, government level and the crawl header of crawled pages."""
from __future__ import annotations

import re

from .tables.tokens import FULLWIDTH

RE_CRAWL_FIELD = re.compile(r"^(标题|发布时间|文号|发布机构|栏目|原文链接|本地目录)[:：]\s*(.*)$", re.M)
RE_CRAWL_BODY = re.compile(r"^=+\s*正文\s*=+\s*$", re.M)
RE_YEAR = re.compile(r"((?:19|20|１９|２０)\d{2})\s*年")
RE_CN_YEAR = re.compile(r"([二][〇○零0OＯ][一二三四五六七八九〇○零0OＯ]{2})\s*年")
RE_DATE = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
# the genre's words after 政府 (…信息公开工作年度报告, …信息与政务公开工作2023年度报告)
_GENRE = r"(?:信息(?:与政务)?|政务)公开(?:工作)?(?:(?:19|20)\d{2}\s*)?(?:年度)?(?:情况的?)?(?:报告|年报)"
RE_REPORT_WORDS = re.compile(r"(?:政府)?" + _GENRE)
_CN_DIGIT = {"〇": "0", "○": "0", "零": "0", "0": "0", "O": "0", "Ｏ": "0", "一": "1", "二": "2", "三": "3",
             "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}

_TITLE_NOISE = re.compile(
    r"关于(?:报送|印发|公布|发布)?|(?:的)?(?:函|通知|公告)$|[（(]全文[）)]|"
    # a forwarded copy's marks (【转发】…, 转发：…, …（转载）) and the period's dates in brackets (（2023年1月1日至…）)
    r"^(?:【\s*)?(?:转发|转载)(?:\s*】|[:：])?|[（(](?:转发|转载)[）)]|[（(][^（）()]{0,30}?\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]{0,30}[）)]|"
    r"(?:(?:19|20)\d{2}|[１２][０-９]{3}|[二][〇○零0][一二三四五六七八九〇○零0]{2})\s*年度?|"
    r"(?:19|20)\d{2}(?=\s*(?:政府)?(?:信息|政务)公开)|"          # 生态环境局2023政府信息公开…: a year without 年
    r"政府" + _GENRE + r"|年度报告|工作报告|[\s　]+|[《》“”\"【】]|"
    # an edition's or year's bracket after the title: （更正版）, （修订稿）, （2023）
    r"[（(][^（）()]{0,6}(?:版|稿|更正)[）)]|[（(]\s*(?:19|20)\d{2}\s*[）)]")
# a title's first line: the body's name alone, or with the year after it (云溪县农业农村局2023年度)
_TITLE_HEAD = re.compile(r"[\u4e00-\u9fff（）()]{2,30}(?:(?:19|20)\d{2}\s*年度?)?")
_EMPTY_BRACKETS = re.compile(r"[（(]\s*[）)]")      # what is left of （2023年度）
# a page's breadcrumb (当前位置：首页 > 政务公开 > 年报) is no title
_BREADCRUMB = re.compile(r"^(?:您?当前(?:的)?位置|您的位置|你的位置|所在位置)|>.*>|》.*》|».*»|^首页\s*[>»/›]")
# a page field's label before the title (名称：…, 标题：…)
_TITLE_FIELD = re.compile(r"^(?:名\s*称|标\s*题|题\s*名|title|附\s*件\s*\d*)\s*[:：]\s*", re.I)
_LINKED = re.compile(r"\[([^\]]+)\]\([^)]*\)")                  # [title](url)
_MARKDOWN_LINK = re.compile("^" + _LINKED.pattern + "$")        # a line that is only a link


def crawl_header(text: str) -> tuple[dict[str, str], int]:
    """Fields of a crawled page's header (标题, 发布时间, …) and where the page text starts."""
    m = RE_CRAWL_BODY.search(text, 0, 3000) if text.find("正文", 0, 3000) >= 0 else None   # (its word first: a quick no)
    if not m:
        return {}, 0
    fields = {k: v.strip() for k, v in RE_CRAWL_FIELD.findall(text[:m.start()])}
    return fields, m.end()


_YEAR_SPACE = re.compile(r"(?<=\d)[ \t\u3000]+(?=年)")      # 2023 年 (a PDF's spacing) is 2023年


# a reader's hint: the title a file's own properties give (DOCX core properties, PDF info), often a template's or
# last year's: the text's own title line comes first
FILE_TITLE_HINT = "文件属性标题"
# the title a DOCX prints in its page header, and a file's name when it names a report: ranked before the properties'
HEADER_TITLE_HINT = "页眉标题"
FILE_NAME_HINT = "文件名"


def guess_title(text: str, start: int, hints: dict[str, str]) -> str | None:
    """The report's title: the crawl header's, a page's <title> that names a report, the text's first line that
    does, else what the reader's hints give (a DOCX's page header, the file's name, :data:`FILE_TITLE_HINT` last)."""
    title = _title_of(text, start, hints)
    return _YEAR_SPACE.sub("", title) if title else title


def _title_of(text: str, start: int, hints: dict[str, str]) -> str | None:
    if hints.get("标题"):
        return hints["标题"]
    page = _page_title(hints.get("title"))
    if page and _names_a_body(page):
        return page
    line, bare = _title_in_text(text, start)
    if line:
        return line
    named = next((t for t in (page, hints.get(HEADER_TITLE_HINT), hints.get(FILE_NAME_HINT), hints.get(FILE_TITLE_HINT))
                  if t and RE_REPORT_WORDS.search(t)), None)
    return named or bare or hints.get("title") or hints.get(FILE_TITLE_HINT) or None


def title_disagreement(text: str, start: int, hints: dict[str, str]) -> str | None:
    """A warning when the crawl header's 标题 (the title taken) and the text's own title line name another body or
    year (a page crawled under one report's header holding another's text), else None."""
    header = hints.get("标题")
    if not header:
        return None
    own, _ = _title_in_text(text, start)
    if not own:
        return None
    differ = [what for what, a, b in (("机构", guess_body(header, {}), guess_body(own, {})),
                                      ("年度", _year_in(header), _year_in(own)))
              if a and b and body_key(str(a)) != body_key(str(b))]
    if not differ:
        return None
    return f"页面标题“{header}”与正文标题“{_YEAR_SPACE.sub('', own)}”的{'和'.join(differ)}不一致（采用页面标题）：请核对"


def _year_in(title: str) -> int | None:
    m = RE_YEAR.search(title)
    return int(m.group(1)) if m else None


# what parts a page's <title>: 标题_栏目_站点, 站点 - 标题, 标题｜站点
_PAGE_TITLE_SEPARATOR = re.compile(r"\s*[_|｜–—]+\s*|\s+-+\s+|(?<=[\u4e00-\u9fff])-+(?=[\u4e00-\u9fff])")


def _page_title(title: str | None) -> str | None:
    """The part of a page's <title> that names the report: of the parts that hold the report's words, the one
    that names the most besides them."""
    if not title or not RE_REPORT_WORDS.search(title):
        return None
    parts = [p for p in _PAGE_TITLE_SEPARATOR.split(title.strip()) if RE_REPORT_WORDS.search(p)]
    return max(parts, key=lambda p: len(_TITLE_NOISE.sub("", p)), default=None)


def _names_a_body(title: str) -> bool:
    return title_words(title) >= 2


def title_words(title: str) -> int:
    """How much a title names besides a report's words, years and wrappers (松岚区人民政府2024年政府信息公开工作年度报告:
    7, for 松岚区人民政府; 政府信息公开年报: 0): of several titles, the one that names the most is the report's."""
    return len(_EMPTY_BRACKETS.sub("", _TITLE_NOISE.sub("", _page_title(title) or title)).strip("，,。 "))


# a page's field lines above the article (索引号：…  信息分类：…  发布机构：…) and its links to other articles (上一篇：…
# another body's report): never the title, whatever they hold
_FIELD_LINE = re.compile(r"^(?:索\s*引\s*号|信息分类|主题分类|体裁分类|组配分类|发布机构|生成日期|成文日期|发布日期|公开日期"
                         r"|发文日期|文\s*号|发文字号|有效性|公开方式|公开范围|公开时限|所属主题|来\s*源"
                         r"|上一[篇条]|下一[篇条]|相关(?:链接|文章|阅读|信息|新闻)|推荐阅读|热点信息|延伸阅读)\s*[:：]")


def _title_in_text(text: str, start: int) -> tuple[str | None, str | None]:
    """The title line among the text's first lines (None if none), and a line that names the genre alone (a site's
    menu item 政府信息公开年报), the last resort."""
    previous = before = ""      # the last two non-blank lines
    seen = 0                    # non-blank lines so far (a title cut over two lines is among the first)
    bare = None                 # a line that names the genre alone (a site's menu item 政府信息公开年报)
    attached = None             # a file linked or attached above the title (附件：…报告.pdf): a last resort too
    for line in text[start:start + 3000].splitlines():
        line = line.strip().lstrip("#").strip().strip("*").strip()
        if _ATTACHMENT_LINE.search(line):
            if attached is None and RE_REPORT_WORDS.search(line):
                attached = _FILE_SUFFIX.sub("", _TITLE_FIELD.sub("", _LINKED.sub(r"\1", _ATTACHMENT_LABEL.sub("", line))))
            continue
        line = _TITLE_FIELD.sub("", _MARKDOWN_LINK.sub(r"\1", line))
        if _FIELD_LINE.match(line):
            continue
        if "\t" in line:                                 # a page's fields as cells: 标题<TAB>…报告<TAB>发布日期<TAB>…
            line = next((_TITLE_FIELD.sub("", c.strip()) for c in line.split("\t") if RE_REPORT_WORDS.search(c)), line)
        if line.startswith("|"):                          # a page's fields as a table row: | 名称 | …报告 | 文号 | … |
            line = next((c.strip() for c in line.strip("|").split("|") if RE_REPORT_WORDS.search(c)), line)
        if len(line) > 80:
            # a page run into one line (its chrome, the title, the text): a title that names its body and year
            glued = _GLUED_TITLE.search(line)
            if glued and not _BREADCRUMB.search(glued.group()):
                return glued.group(), bare
        if line and _BREADCRUMB.search(line):
            continue
        if line and _INTRODUCES.search(line):
            continue                            # 根据《条例》…，现将本局…工作情况报告如下: the opening, no title
        if line and RE_REPORT_WORDS.search(line) and len(line) <= 80:
            if len(_TITLE_NOISE.sub("", line)) < 2 and _TITLE_HEAD.fullmatch(previous) and _NAMED.search(previous) \
                    and not _SITE_NAME.search(previous):
                if _PLACE_LINE.fullmatch(before) and not _PLACE_UNIT.search(previous[:4]):
                    return before + previous + line, bare     # 临川市松岚区 / 教育体育局 / 2023年…
                return previous + line, bare    # a title over two lines: the body on the first (not a site's name)
            if _NAME_CUT.fullmatch(previous) and not _SITE_NAME.search(previous) and \
                    not RE_REPORT_WORDS.search(previous) and not _PLACE_UNIT.search(line[:4]) and \
                    1 <= len(_TITLE_NOISE.sub("", line)) <= 8 and (previous.count("（") > previous.count("）")
                                                               or not _ENDS_AS_BODY.search(previous)):
                return previous + line, bare    # cut inside the body's name: 临川市发展和改革 / 委员会2023年度…
            if not _NAMED.search(RE_REPORT_WORDS.sub("", line)):
                bare = bare or line             # no year and nothing named before the genre: look on
                previous, before = line, previous
                continue
            if _PLACE_LINE.fullmatch(previous) and not _PLACE_UNIT.search(_TITLE_NOISE.sub("", line)[:8]):
                return previous + line, bare    # wrapped after its place: 临川市松岚区 / 人力资源和社会保障局2023年…
            return line, bare
        joined = previous + line
        if line and previous and seen < 8 and len(joined) <= 60 and RE_REPORT_WORDS.search(joined) and \
                not RE_REPORT_WORDS.search(previous) and _TITLE_CUT.search(previous) and not _CLAUSE.search(joined):
            if len(_TITLE_NOISE.sub("", joined)) < 2 and _TITLE_HEAD.fullmatch(before) and _NAMED.search(before):
                return before + joined, bare    # and its body on the line above: 青禾县人民政府 / 2023年政府信息公开 / …
            return joined, bare                 # a title cut inside its words: …2023年度政府信息公开 / 工作年度报告
        seen += bool(line)
        if line:
            previous, before = line, previous
        if line and len(line) > 80:
            m = re.match(r"(.{4,60}?(?:年度报告|工作报告|年报))", line)
            if m and RE_REPORT_WORDS.search(m.group(1)):
                return m.group(1), bare
    return attached, bare


# a line that attaches or links a file (附件下载：[…报告.docx](…), 附件：…报告.pdf, 相关附件：…): last year's report or
# this one's as a file, not the page's title when one follows
_FILE_TYPES = r"pdf|docx?|wps|xlsx?|ofd|zip|rar"
_FILE_SUFFIX = re.compile(rf"\.(?:{_FILE_TYPES}|txt)\b", re.I)
_ATTACHMENT_LABEL = re.compile(r"^(?:相关)?附\s*件\s*\d*\s*(?:下载)?\s*[:：]\s*")
_ATTACHMENT_LINE = re.compile(rf"{_ATTACHMENT_LABEL.pattern}|\.(?:{_FILE_TYPES})\s*(?:\)|$)", re.I)


# a line that is a place's name alone (the first line of a title wrapped after it), and what names a place
_PLACE_UNITS = r"[省市县区旗州盟镇乡]|街道"
_PLACE_LINE = re.compile(rf"[\u4e00-\u9fff]{{2,16}}(?:{_PLACE_UNITS})")
_PLACE_UNIT = re.compile(_PLACE_UNITS)
# something named before a report's genre words: a body (…局, …政府, …镇) or the report's year (digits or 二〇二三)
_NAMED = re.compile(r"[局委办府院会厅处镇乡街道区县市省州盟旗所站队司部署中心年]|(?:19|20)\d{2}(?=\s*年)")
_CLAUSE = re.compile(r"[，,。；;：:]")
# the opening sentence that announces the report (现将…报告如下), never its title
_INTRODUCES = re.compile(r"现将|如下|特此|(?:根据|依据|按照|依照)《")
# a title's first line cut inside the body's name (临川市发展和改革 / 委员会2023年度…; …办公室（临川市政务服务 / 数据管理局）…)
_NAME_CUT = re.compile(r"[\u4e00-\u9fff（）()]{4,30}")
# a title's first line cut inside its words: it ends with the start of the genre (…政府信息公开, …信息, …政府), a word
# of it cut too (…政府信息公 / 开工作年度报告, …年度报 / 告)
_TITLE_CUT = re.compile(r"(?:(?:19|20)\d{2}\s*年度?|年度?)(?:政府)?(?:信息)?(?:公开)?(?:工作)?$|(?:政府)?信息公开?(?:工作?)?$"
                        r"|政府信$|年度报$")


def cn_year(s: str) -> int | None:
    digits = "".join(_CN_DIGIT.get(ch, "") for ch in s)
    return int(digits) if len(digits) == 4 else None


# a year that dates a law's revision or a document, not the report (依据2019年修订施行的《条例》)
_NOT_THE_REPORTS_YEAR = re.compile(r"\s*\d{0,2}\s*月?\s*\d{0,2}\s*日?\s*(?:修订|修正|施行|颁布|印发|起施行)")


def guess_year(title: str | None, text: str, start: int) -> int | None:
    """The report's year: the title's, else the first year of the text (a page's 发布日期 field left out)."""
    body = text[start:start + 2500]
    if "：" in body or ":" in body:
        body = RE_PAGE_FIELD.sub("", body)
        if _has_field_mark(body):                      # among a page's fields on one line (来源：…　　更新时间：…)
            body = _PUBLISHED_FIELD.sub("", body)
    if _DATE_LINE.search(body, 0, 600):
        body = _DATE_LINE.sub("", body, count=1)       # a date on its own line under the title: when it was issued
    for src in ([title] if title else []) + [body]:
        m = next((y for y in RE_YEAR.finditer(src) if not _NOT_THE_REPORTS_YEAR.match(src, y.end())), None)
        if m and 2000 <= int(m.group(1)) <= 2100:
            return int(m.group(1))
        m = RE_CN_YEAR.search(src)
        if m and cn_year(m.group(1)):
            return cn_year(m.group(1))
    return None


# a notice that issues the report (…办公室关于印发临川市2023年政府信息公开工作年度报告的通知): the report's own title inside
_ISSUING_NOTICE = re.compile(r"关于(?:印发|公布|转发|报送|发布)《?(?P<title>.+?)》?的(?:通知|函)$")


# a site's name above a page's title (青禾县人民政府网站 / 2023年政府信息公开工作年度报告): not the report's body
_SITE_NAME = re.compile(r"(?:网站|门户网|政务网|官网|客户端|公众号)$")
# the body as the report's opening names it when its title does not (本报告由青禾县水利局编制; 青禾县水利局根据《条例》…编制本报告)
# what a body's name ends in
BODY_NAME_END = r"(?:局|委员会|委|办公室|办公厅|人民政府|政府|中心|院|厅|所|站|队|办事处|管委会|镇|乡|街道)"
_ENDS_AS_BODY = re.compile(BODY_NAME_END + "$")

# a title inside a long line: a body's name (not a page's chrome: after a space, a colon or the line's start), the
# year, the genre (云岭县发展和改革局2023年政府信息公开工作年度报告)
_GLUED_TITLE = re.compile(r"(?:^|(?<=[\s:：>》»]))[\u4e00-\u9fff（）()]{2,30}?" + BODY_NAME_END
                          + r"(?:19|20)\d{2}\s*年度?(?:政府)?(?:信息|政务)公开(?:工作)?(?:年度)?(?:报告|年报)")
_BODY_WORD = r"[\u4e00-\u9fff（）()]{2,30}?" + BODY_NAME_END
_BODY_IN_TEXT = re.compile(rf"本(?:年度)?报告由(?P<a>{_BODY_WORD})(?:(?:根据|依据|按照)[^。\n]{{0,60}}?)?(?:负责)?(?:编制|制作|编写|起草)"
                           rf"|(?:^|(?<=[。\n]))[ \t\u3000]*(?P<b>{_BODY_WORD})(?:根据|依据|按照)[^。\n]{{0,60}}?(?:编制|制作|编写)(?:了)?本(?:年度)?报告",
                           re.M)


_GENERIC_BODY = ("本", "我", "该", "局", "县", "市", "区")


_PUBLISHER_FIELD = re.compile(rf"(?:^|(?<=[\s　|]))(?:发布机构|发文机关|发布单位)[ \t\u3000]*[:：][ \t\u3000]*(?P<b>{_BODY_WORD})(?=[\s　|]|$)",
                              re.M)


def body_in_fields(text: str, start: int) -> str | None:
    """The body a page's fields name above the report (发布机构：云岭县城市管理局), when its title names none."""
    head = text[start:start + 1500]
    if "发布机构" not in head and "发文机关" not in head and "发布单位" not in head:
        return None                                  # (the field's name first: a quick no)
    m = _PUBLISHER_FIELD.search(text, start, start + 1500)
    return m["b"] if m else None


def body_named_in_text(text: str, start: int, end: int) -> str | None:
    """The body the report's opening (before its first part, at most 800 characters) says made it."""
    m = _BODY_IN_TEXT.search(text, start, min(end, start + 800))
    body = (m["a"] or m["b"]) if m else None
    return None if body is None or body.startswith(_GENERIC_BODY) else body     # (本局办公室 names no one)


def guess_body(title: str | None, hints: dict[str, str]) -> str | None:
    if title:
        issued = _ISSUING_NOTICE.search(title)
        if issued and RE_REPORT_WORDS.search(issued.group("title")) and _names_a_body(issued.group("title")):
            title = issued.group("title")       # (…局关于报送2020年度…报告的函: the report names no body, the sender is it)
        title = _JOINED_AFTER.sub("", title)      # …年度报告暨2024年政务公开工作计划: the report's title before 暨
        body = _EMPTY_BRACKETS.sub("", _TITLE_NOISE.sub("", title)).strip("，,。 ")
        # the genre's words after a body whose year stood between them (青禾县人民政府2023年度信息公开工作年度报告)
        body = _GENRE_LEFT.sub("", body)
        if len(body) >= 2:
            return body
    org = hints.get("发布机构", "").strip()
    if len(org) >= 2 and not org.isdigit():
        return org
    return None


_JOINED_AFTER = re.compile(r"(?<=报告|年报)\s*暨.*$")
_GENRE_LEFT = re.compile(r"(?<=[局委办府院会厅处镇乡道区县市所站队部署心])(?:信息(?:与政务)?|政务)公开(?:工作)?(?:情况)?$")


def body_key(body: str | None) -> str | None:
    """A key equal for one body's reports across years: no spaces or punctuation, and the common short forms
    unified: a place's 政府 / 政府办 (青禾县政府, 青禾县政府办) as 人民政府 / 人民政府办公室, a department's name with or
    without its 和 (人力资源和社会保障局, 人力资源社会保障局), 委员会 as 委 (卫生健康委员会, 卫生健康委). A name with and
    without the place above it (临川市松岚区教育局, 松岚区教育局) is matched within a corpus
    (:func:`resolve_body_keys`): alone it may name another place's body."""
    if not body:
        return None
    key = re.sub(r"[\s　（）()“”\"《》·,，。]", "", body)
    key = key.replace("人民政府办公厅", "人民政府办公室").replace("管理委员会", "管委会")
    if _BARE_PLACE.fullmatch(key) and not _NOT_A_GOVERNMENT.search(key):
        key += "人民政府"             # 青禾县 (a title's place alone) is 青禾县人民政府 (another year's title)
    if "政府" in key:
        key = _SHORT_GOVERNMENT.sub("人民政府", key)
        key = _SHORT_OFFICE.sub("人民政府办公室", key)
    if "和" in key:
        key = _DEPARTMENT_AND.sub(r"\1\2", key)
    key = key.replace("委员会", "委")
    return key or None


# 青禾县政府 (the people's government of a place, short): not 数字政府, 政府采购
_SHORT_GOVERNMENT = re.compile(r"(?<=[省市县区旗盟州镇乡])政府(?!采购|信息|网站|门户|数据|服务)")
_SHORT_OFFICE = re.compile(r"人民政府办(?:公室)?$")
# department names that are written with and without their 和 (人力资源和社会保障局, 人力资源社会保障局)
_DEPARTMENT_AND = re.compile(r"(人力资源|住房|自然资源|文化|文化广电|工业|发展|卫生|教育|科学技术|民族|商务|农业)和"
                             r"(社会保障|城乡建设|规划|旅游|信息化|改革|计划生育|健康|体育|宗教|外事|投资促进|农村)")


# one place of the chain that may stand before a body's own name (临川市, 江南省, 松岚区 before 南湖街道办事处)
_PLACE_IN_CHAIN = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|州|盟|地区|自治县|县|区|旗)")
# …and what the rest must open with: a place of its own (县, 区, 市, 旗, 镇, 乡, 街道) within its first characters
_OWN_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治县|县|区|市|旗|镇|乡|街道)")


def resolve_body_keys(keys) -> dict[str, str]:
    """Each key of a corpus (:func:`body_key`) → the key it is one body with: a name written without the places above
    it (松岚区教育局) is the one body in the corpus whose name adds them (临川市松岚区教育局), where exactly one does and
    the shorter name opens with a place of its own (not 教育局 alone: every county has one). The longer key stands
    for both. Keys without such a match map to themselves."""
    keys = {k for k in keys if k}
    longer: dict[str, set[str]] = {}
    for k in keys:
        pos = 0
        while (m := _PLACE_IN_CHAIN.match(k, pos)) is not None:
            pos = m.end()
            rest = k[pos:]
            if rest in keys and _OWN_PLACE.match(rest):
                longer.setdefault(rest, set()).add(k)
    out = {k: k for k in keys}
    for k in sorted(longer, key=len, reverse=True):         # (the longer keys resolved first: a chain is one body)
        bodies = {out[f] for f in longer[k]}
        if len(bodies) == 1:
            out[k] = bodies.pop()
    return out


# a place alone that names its people's government (省, 市, 县, 区, 旗, 盟, 州), not an organ's name, nor a zone run
# by a 管委会 (开发区, 实验区, 园区…)
_BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:省|自治区|市|县|自治县|区|旗|自治旗|盟|州|自治州)")
_NOT_A_GOVERNMENT = re.compile(r"[局委办厅院会所站队部署处科室]|中心|政府|(?:开发|实验|试验|示范|合作|功能|保税|高新|园|新|景|片|社|矿|林|牧|垦)区$")


RE_CN_DATE = re.compile(RE_CN_YEAR.pattern + r"\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")


def _field_lines(names: str) -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*(?:{names})[ \t]*[:：][^\n]*$", re.M)


# (日期 alone too, as a field: 日期：2024-01-21　　来源：本站)
_PUBLISHED_NAMES = r"发布(?:时间|日期)|成文日期|公开日期|生成日期|更新时间|日期"
# every such field has one of these (its name's end and a separator the field patterns below allow): a cheap test
# before them
_FIELD_MARKS = tuple(f"{w}{sep}" for w in ("时间", "日期") for sep in ("：", ":", " ", "\t", "|"))
_FIELD_MARK = re.compile("|".join(map(re.escape, _FIELD_MARKS)))


def _has_field_mark(text: str) -> bool:
    return ("日期" in text or "时间" in text) and _FIELD_MARK.search(text) is not None


# on a line of its own, or among a page's fields on one line (来源：…　　发布时间：2024-01-19 09:30　　浏览次数：…)
_PUBLISHED_FIELD = re.compile(rf"(?:^|(?<=[\u3000\t|])|(?<=  ))[ \t\u3000]*(?P<name>{_PUBLISHED_NAMES})"
                              rf"(?:[ \t]*[:：|]|[ \t]+(?=\d))[^\n]*", re.M)
# the same after a single space (来源：… 发布时间：2024-01-23 浏览次数：…): only where no field stands as above
_PUBLISHED_FIELD_LOOSE = re.compile(rf"(?<= )(?P<name>{_PUBLISHED_NAMES})[ \t]*[:：|][^\n]*")
# a date in brackets on a line of its own (under the title: （2024年1月20日）)
_DATE_LINE = re.compile(r"^[ \t\u3000]*[（(]?[ \t]*(?:(?:19|20)\d{2}\s*年\s*(?:\d{1,2}|元)\s*月\s*\d{1,2}\s*日"
                        r"|二[〇○零][一二三四五六七八九〇○零]{2}\s*年\s*[元一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)"
                        r"[ \t]*[)）]?[ \t\u3000]*$", re.M)       # (二〇二五年一月十一日: a cover page's)
# a page's own fields (crawled text without the ===正文=== marker): 发布时间：2024-01-20, 来源：…, 浏览次数：…
RE_PAGE_FIELD = _field_lines(_PUBLISHED_NAMES + r"|发文日期|日期|来源|浏览次数|访问量|字号|索引号|发布机构|发文机关|信息来源")

_CN_DIGITS = "一二三四五六七八九"


def _cn_numeral(n: int, one_ten: bool = False) -> str:
    """1–39 in Chinese numerals: 九, 十, 十五 (一十五 with ``one_ten``), 二十, 三十一."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("一十" if one_ten else "十") if tens == 1 else _CN_DIGITS[tens - 1] + "十"
    return head + ("" if ones == 0 else _CN_DIGITS[ones - 1])


# a month or a day in Chinese numerals (一 … 三十一) → its number
_CN_SMALL = {_cn_numeral(n, one_ten): n for n in range(1, 32) for one_ten in (False, True)}


def _date_spans(src: str) -> list[tuple[int, int, tuple[int, int, int]]]:
    """(start, end, (year, month, day)) of every date in ``src``, Arabic or Chinese numerals (二〇二四年一月二十日)."""
    out = [(m.start(), m.end(), tuple(int(x) for x in m.groups())) for m in RE_DATE.finditer(src.replace("元月", "1月"))]
    for m in RE_CN_DATE.finditer(src.replace("元月", "一月")):           # (元月: January; same length)
        y, mo, d = cn_year(m.group(1)), _CN_SMALL.get(m.group(2)), _CN_SMALL.get(m.group(3))
        if y and mo and d:
            out.append((m.start(), m.end(), (y, mo, d)))
    return sorted(out)


def _dates(src: str) -> list[tuple[int, tuple[int, int, int]]]:
    """(position, (year, month, day)) of every date in ``src``."""
    return [(start, date) for start, _, date in _date_spans(src)]


# a date that is a deadline or a plan, not a signature's (计划于2024年6月30日前整改到位, 截至2023年12月31日)
_NOT_SIGNED_BEFORE = re.compile(r"(?:计划|预计|力争|截至|截止|争取|将于|拟于|到|至|于)\s*$")
_NOT_SIGNED_AFTER = re.compile(r"\s*(?:前|以前|之前|止|底前|起|以来|期间)")


def _signed(src: str) -> list[tuple[int, tuple[int, int, int]]]:
    """The last date of ``src`` that may be a signature's (not a deadline, a plan or a period's end)."""
    for pos, end, date in reversed(_date_spans(src)):
        if not (_NOT_SIGNED_BEFORE.search(src[max(0, pos - 6):pos]) or _NOT_SIGNED_AFTER.match(src, end)):
            return [(pos, date)]
    return []


# a signature's body line: the body's name alone on its line, just above the signature's date
_SIGNATURE_BODY = re.compile(rf"[ \t\u3000]*(?P<b>[\u4e00-\u9fff（）()]{{2,30}}?{BODY_NAME_END})[ \t\u3000]*")


def body_signed(text: str, end: int | None = None) -> str | None:
    """The body a report signs with at its end (临川市生态环境局 / 2024年1月18日): the line above the signature's date
    (:func:`_signed`) when it is a body's name alone; ``end``: where the report's last part ends, when known."""
    stop = end if end is not None and end < len(text) else len(text)
    lo = max(0, stop - 300)
    signed = _signed(text[lo:stop])
    if not signed:
        return None
    date_line = text.rfind("\n", lo, lo + signed[0][0])
    if date_line < 0:
        return None
    for line in reversed(text[lo:date_line].strip("\n").split("\n")[-2:]):
        m = _SIGNATURE_BODY.fullmatch(line)
        if m and not m["b"].startswith(_GENERIC_BODY):
            return m["b"]
    return None


# a reader's hint: the 发布时间 a web page shows outside the report's own text (ranked after the report's own fields)
PAGE_DATE_HINT = "页面发布时间"


_FULLWIDTH_DIGIT = re.compile(r"[０-９]")


def guess_published(text: str, hints: dict[str, str], end: int | None = None) -> str | None:
    """The crawl header's 发布时间, else a page field (发布日期：…, alone on its line or among a page's fields) near the
    top, else a date in brackets on a line of its own under the title, else the 发布时间 a web page shows outside the
    report's text (:data:`PAGE_DATE_HINT`), else the last date of the text's end before
    any attachment (the signature's, after any 统计期限 date). ``end``: where the report's last part ends (an
    attachment after it), when known."""
    if _FULLWIDTH_DIGIT.search(text):                # (str.translate costs ~0.1 µs a character: only when needed)
        text = text.translate(FULLWIDTH)              # (２０２４年１月２０日: the same length, the same offsets)
    candidates = _dates(hints.get("发布时间") or "")[:1]
    if not candidates:
        # 发布日期 before 成文日期 (every field has a mark _has_field_mark looks for: without one there is none)
        fields = (list(_PUBLISHED_FIELD.finditer(text, 0, 1500)) or list(_PUBLISHED_FIELD_LOOSE.finditer(text, 0, 1500))) \
            if _has_field_mark(text[:1500]) else []
        field = next((f for f in fields if f.group("name").startswith("发布")), fields[0] if fields else None)
        candidates = _dates(field.group()) if field else []
    if not candidates:
        under = _DATE_LINE.search(text, 0, 600)
        candidates = _dates(under.group()) if under else []
    if not candidates:
        # a web page's 发布时间 field outside the report's text (the page's info line above the article)
        candidates = _dates(hints.get(PAGE_DATE_HINT) or "")[:1]
    if not candidates and end is not None and end < len(text):
        candidates = _signed(text[max(0, end - 300):end])
    if not candidates:
        candidates = _signed(text[-300:])
    for _, (y, mo, d) in candidates:
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


_MUNICIPALITY = re.compile(r"^(?:北京|上海|天津|重庆)市$")
# the level of a place from its last administrative unit (the longer suffixes first: 自治区 before 区)
_PLACE_LEVEL = (("province", re.compile(r"(?:省|自治区|特别行政区)$")),
                ("township", re.compile(r"(?:街道|镇|乡|苏木)$")),
                ("county", re.compile(r"(?:县|旗|林区|特区)$")),
                ("city", re.compile(r"(?:市|州|盟|地区)$")),
                ("district", re.compile(r"区$")))


_LAST_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")
# a city named after the prefecture above it (临川市枫桥市, 某自治州某市): a county-level city
_COUNTY_CITY = re.compile(r"(?:市|州|盟|地区)[^省市州盟区]{1,8}?市$")   # (not 贵州省贵阳市: a province's 州)


def _place_level(place: str) -> str | None:
    if _MUNICIPALITY.search(place):
        return "province"
    if _COUNTY_CITY.search(place):
        return "county"
    return next((level for level, rx in _PLACE_LEVEL if rx.search(place)), None)


def guess_level(body: str | None) -> str | None:
    """province / city / county / district / township / department, from the body's name: a government (人民政府,
    管委会, 行政公署, or a place's name alone) takes the level of its place's last unit (江南省临川市 is a city,
    北京市 and 某自治区 provinces, 某自治州, 某盟 and 某地区 cities, 某旗 and 某林区 counties); anything else is a
    department."""
    if not body:
        return None
    # a second name in brackets after the body's (…人民政府办公室（…政务服务数据管理局）): the first is the body's
    body = _LAST_BRACKET.sub("", body) or body
    gov = re.search(r"(人民政府|(?<=[省市县区旗州盟镇乡])政府|管委会|管理委员会|行政公署)(?:办公厅|办公室|办)?$", body)
    if not gov:
        if re.search(r"(?:街道办事处|街道办|街道|镇|乡)$", body):
            return "township"
        if re.search(r"片区管理局$", body):
            return "district"
        if _ORGAN_THEN_PLACE.search(body):
            return "department"         # …交通运输局白沙园区: an organ's office in a zone, not the zone's government
        return _place_level(body) or "department"       # 青禾县2023年…报告: a place's name alone is its government
    place = re.sub(r"(?:党工委|党委)$", "", body[:gov.start()])        # 开发区党工委管委会: the zone's own
    if gov.group(1) in ("管委会", "管理委员会") and not _ZONE.search(place):
        return "department"             # 城市管理委员会, 人民政府国有资产监督管理委员会: a commission of a government
    return _place_level(place) or ("county" if place else None)


# an organ's name, then a place after it (临川市城乡建设和交通运输局白沙园区): the organ's office there
_ORGAN_THEN_PLACE = re.compile(r"(?:局|委员会|委|办公室|厅|中心)[\u4e00-\u9fff]{1,8}(?:区|县|市|镇|乡)$")

# what a 管委会 governs when it is a government of its own: a zone (开发区, 综合实验区, 高新区, 工业园…)
_ZONE = re.compile(r"[区园]$")
