"""Report metadata: title, issuing body (and a normalised key to match one body across years),
report year, published date, government level and the crawl header of crawled pages."""
from __future__ import annotations

import re

RE_CRAWL_FIELD = re.compile(r"^(标题|发布时间|文号|发布机构|栏目|原文链接|本地目录)[:：]\s*(.*)$", re.M)
RE_CRAWL_BODY = re.compile(r"^=+\s*正文\s*=+\s*$", re.M)
RE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
RE_CN_YEAR = re.compile(r"([二][〇○零0OＯ][一二三四五六七八九〇○零0OＯ]{2})\s*年")
RE_DATE = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
RE_REPORT_WORDS = re.compile(r"(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)")
_CN_DIGIT = {"〇": "0", "○": "0", "零": "0", "0": "0", "O": "0", "Ｏ": "0", "一": "1", "二": "2", "三": "3",
             "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}

_TITLE_NOISE = re.compile(
    r"关于(?:报送|印发|公布|发布)?|(?:的)?函$|"
    r"(?:(?:19|20)\d{2}|[二][〇○零0][一二三四五六七八九〇○零0]{2})\s*年度?|"
    r"政府信息(?:与政务)?公开(?:工作)?(?:年度)?(?:报告|年报)|年度报告|工作报告|[\s　]+|[《》“”\"]")


def crawl_header(text: str) -> tuple[dict[str, str], int]:
    """Fields of a crawled page's header (标题, 发布时间, …) and where the page text starts."""
    m = RE_CRAWL_BODY.search(text, 0, 3000)
    if not m:
        return {}, 0
    fields = {k: v.strip() for k, v in RE_CRAWL_FIELD.findall(text[:m.start()])}
    return fields, m.end()


def guess_title(text: str, start: int, hints: dict[str, str]) -> str | None:
    if hints.get("标题"):
        return hints["标题"]
    if hints.get("title") and RE_REPORT_WORDS.search(hints["title"]):
        return hints["title"].strip()
    for line in text[start:start + 3000].splitlines():
        line = line.strip().lstrip("#").strip().strip("*").strip()
        if line and RE_REPORT_WORDS.search(line) and len(line) <= 80:
            return line
        if line and len(line) > 80:
            m = re.match(r"(.{4,60}?(?:年度报告|工作报告|年报))", line)
            if m and RE_REPORT_WORDS.search(m.group(1)):
                return m.group(1)
    return hints.get("title") or None


def cn_year(s: str) -> int | None:
    digits = "".join(_CN_DIGIT.get(ch, "") for ch in s)
    return int(digits) if len(digits) == 4 else None


def guess_year(title: str | None, text: str, start: int) -> int | None:
    for src in ([title] if title else []) + [text[start:start + 2500]]:
        m = RE_YEAR.search(src)
        if m and 2000 <= int(m.group(1)) <= 2100:
            return int(m.group(1))
        m = RE_CN_YEAR.search(src)
        if m and cn_year(m.group(1)):
            return cn_year(m.group(1))
    return None


def guess_body(title: str | None, hints: dict[str, str]) -> str | None:
    if title:
        body = _TITLE_NOISE.sub("", title).strip("，,。 ")
        if len(body) >= 2:
            return body
    org = hints.get("发布机构", "").strip()
    if len(org) >= 2 and not org.isdigit():
        return org
    return None


def body_key(body: str | None) -> str | None:
    """A key equal for one body's reports across years: no spaces or punctuation, and the common
    short forms unified (区X局 ~ <place>X局 is left to the caller: we only strip what is safe)."""
    if not body:
        return None
    key = re.sub(r"[\s　（）()“”\"《》·,，。]", "", body)
    key = key.replace("人民政府办公厅", "人民政府办公室").replace("管理委员会", "管委会")
    return key or None


def guess_published(text: str, hints: dict[str, str]) -> str | None:
    src = hints.get("发布时间") or ""
    m = RE_DATE.search(src) or RE_DATE.search(text[-300:])
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


_PROVINCIAL = re.compile(r"^(?:北京|上海|天津|重庆)市|省|自治区")


def guess_level(body: str | None) -> str | None:
    """province / city / county / district / township / department, from the body's name."""
    if not body:
        return None
    gov = re.search(r"(人民政府|管委会|管理委员会|行政公署)(?:办公厅|办公室)?$", body)
    if not gov:
        if re.search(r"(?:街道办事处|街道|镇|乡)$", body):
            return "township"
        if re.search(r"片区管理局$", body):
            return "district"
        return "department"
    place = body[:gov.start()]
    if re.search(r"(?:街道|镇|乡)$", place):
        return "township"
    if re.search(r"县$", place):
        return "county"
    if re.search(r"(?:区|旗)$", place):
        return "district"
    if _PROVINCIAL.search(place) and not re.search(r"市.+", place.split("省")[-1]):
        return "province"
    if re.search(r"市$", place):
        return "city"
    return "county" if place else None
