"""Synthetic 政府信息公开工作年度报告 for tests, benchmarks and the demo corpus.

Real reports may not be copied into this repository, so everything a test needs is made here:

* :func:`random_tables` draws a full, internally consistent set of cell values (表二, 表三, 表四)
  keyed by the schema keys of :mod:`nlp.schema`, in the 2021 or the 2019 table format;
* :func:`compose_report` writes an invented report around those values (title, preface, the six
  sections, narrative sentences that restate some figures, section 五 items drawn from a pool of
  problems and improvements with their topic labels) and records what the narrative claims;
* :func:`render_report` lays the report out the way reports are found in the wild: ``tsv``
  (markdown headings with tab-separated tables and their quirks), ``pipe`` (markdown pipe tables),
  ``flat`` (a crawled page: header lines, then the whole page on one line with table cells run
  together), ``html`` (a site page with chrome and real ``<table>`` elements, UTF-8 or GBK),
  ``docx`` (python-docx, real Word tables with merged cells) and ``pdf`` (reportlab, CID font
  ``STSong-Light``, tables as lines of space-separated cells);
* :func:`render_pre2019` and :func:`render_attachment_only` make the two kinds of page a reader
  must recognise and decline (an old-outline report, a page that only links an attachment);
* :func:`generate_corpus` writes many of them plus a ``truth.jsonl`` with every value, blank cell,
  narrative claim and section 五 item, deterministically for a seed.

All bodies, numbers and sentences are invented; only the statutory table labels are official
wording. Blank cells (``blanks``) are always cells whose true value is zero, so the identities hold
whether a reader treats a blank as zero or not; the truth keeps them apart.
"""
from __future__ import annotations

import datetime as _dt
import html as _html
import io
import json
import random
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from .cnnum import cn_numeral
from .schema import T3_APPLICANT_COLS, T4_GROUPS, load_schema

__all__ = [
    "LAYOUTS", "EXTENSIONS", "FORMATS", "random_tables", "invent_body", "compose_report",
    "render_report", "render_composed", "render_pre2019", "render_attachment_only",
    "random_pre2019_values", "inject_t3_imbalance", "carried_forward_of", "make_report", "generate_corpus",
    "ComposedReport", "cn_numeral",
]

LAYOUTS = ("tsv", "pipe", "flat", "html", "docx", "pdf", "pdfgrid")
EXTENSIONS = {"tsv": ".txt", "pipe": ".md", "flat": ".txt", "html": ".html", "docx": ".docx",
              "pdf": ".pdf", "pdfgrid": ".pdf", "pre2019": ".txt", "attachment": ".html"}
FORMATS = ("2021", "2019")
T4_PARTS = ("upheld", "corrected", "other", "pending")

# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------

# Relative frequency of each 表三 outcome row (how often real bodies use it).
_OUTCOME_WEIGHTS = {
    "granted": 10, "partial": 3,
    "denied.state_secret": 0.2, "denied.law_prohibited": 0.3, "denied.security_stability": 0.2,
    "denied.third_party": 0.8, "denied.internal_affairs": 0.5, "denied.process_info": 0.8,
    "denied.enforcement_file": 0.3, "denied.admin_query": 0.4,
    "unable.not_held": 5, "unable.needs_creation": 1.5, "unable.unclear_after_correction": 1,
    "not_processed.petition": 1.5, "not_processed.duplicate": 1, "not_processed.publication": 0.3,
    "not_processed.mass_repeat": 0.3, "not_processed.confirm_reissue": 0.5,
    "other.no_correction": 1, "other.unpaid_fee": 0.1, "other.other": 1.5, "other": 2.5,
}


def _t3_outcomes(fmt: str) -> tuple[str, ...]:
    rows = load_schema().t3_rows(fmt)
    return tuple(r for r in rows if r not in ("new", "carried_over", "total_processed", "carried_forward"))


def _magnitude(rng: random.Random, scale: int, zero_p: float) -> int:
    """A count that is often zero, usually small, sometimes several digits long."""
    r = rng.random()
    if r < zero_p:
        return 0
    r = rng.random()
    if r < 0.45:
        return rng.randint(1, 9)
    if r < 0.85:
        return rng.randint(10, max(11, scale * 2))
    return rng.randint(max(11, scale * 2), max(12, scale * 60))


def _fee(rng: random.Random, scale: int) -> int | float:
    """行政事业性收费 in 万元: zero, a whole number, or a decimal with up to 4 places."""
    if rng.random() < 0.55:
        return 0
    places = rng.choice((0, 1, 2, 2, 4, 4, 3))
    amount = round(rng.uniform(0.01, scale * 200), places)
    if places == 0 or amount == int(amount):
        return int(amount) or 1
    return amount


def _random_t2(rng: random.Random, fmt: str, scale: int) -> dict[str, int | float]:
    v: dict[str, int | float] = {}
    if fmt == "2021":
        for row, zero_p in (("regulation", 0.85), ("normative_doc", 0.35)):
            issued = 0 if rng.random() < zero_p else rng.randint(1, 3 if row == "regulation" else 30)
            repealed = 0 if rng.random() < zero_p + 0.2 else rng.randint(1, 3 if row == "regulation" else 15)
            in_force = 0 if (issued == 0 and rng.random() < zero_p) else issued + rng.randint(0, 150)
            v[f"t2.{row}.issued"], v[f"t2.{row}.repealed"], v[f"t2.{row}.in_force"] = issued, repealed, in_force
        v["t2.licensing.decisions"] = _magnitude(rng, scale * 5, 0.4)
        v["t2.penalty.decisions"] = _magnitude(rng, scale * 5, 0.45)
        v["t2.coercion.decisions"] = _magnitude(rng, scale, 0.7)
        v["t2.admin_fee.amount_wan"] = _fee(rng, scale)
        return v
    for row, zero_p in (("regulation", 0.85), ("normative_doc", 0.35)):
        made = 0 if rng.random() < zero_p else rng.randint(1, 3 if row == "regulation" else 25)
        published = made if rng.random() < 0.8 else rng.randint(0, made)
        total = 0 if (made == 0 and rng.random() < zero_p) else published + rng.randint(0, 200)
        v[f"t2v19.{row}.new_made"], v[f"t2v19.{row}.new_published"] = made, published
        v[f"t2v19.{row}.total_published"] = total
    for row, zero_p in (("licensing", 0.4), ("other_mgmt_service", 0.6), ("penalty", 0.45),
                        ("coercion", 0.7), ("admin_fee", 0.6)):
        prev = 0 if rng.random() < zero_p else rng.randint(1, 80)
        delta = 0 if rng.random() < 0.6 else rng.randint(-min(prev, 6), 6)
        v[f"t2v19.{row}.prev_items"], v[f"t2v19.{row}.delta_items"] = prev, delta
        if row != "admin_fee":
            v[f"t2v19.{row}.decisions"] = _magnitude(rng, scale * 3, zero_p)
    projects = 0 if rng.random() < 0.5 else rng.randint(1, 40)
    v["t2v19.central_procurement.projects"] = projects
    v["t2v19.central_procurement.amount"] = 0 if projects == 0 else round(rng.uniform(5, 5_000_000), rng.choice((0, 1, 2)))
    if v["t2v19.central_procurement.amount"] == int(v["t2v19.central_procurement.amount"]):
        v["t2v19.central_procurement.amount"] = int(v["t2v19.central_procurement.amount"])
    return v


def _random_t3(rng: random.Random, fmt: str, scale: int,
               carried_over: dict[str, int] | None) -> dict[str, int]:
    profile = rng.choices(("none", "few", "some", "many"), weights=(2, 4, 3, 1))[0]
    new = dict.fromkeys(T3_APPLICANT_COLS, 0)
    new["natural"] = {"none": 0, "few": rng.randint(1, 9), "some": rng.randint(5, max(6, scale)),
                      "many": rng.randint(max(6, scale), max(7, scale * 20))}[profile]
    if profile != "none":
        p_org = rng.choice((0.0, 0.1, 0.25, 0.5))
        for col, w in zip(T3_APPLICANT_COLS[1:], (1.0, 0.3, 0.3, 0.5, 0.6)):
            if rng.random() < p_org * w:
                new[col] = rng.randint(1, max(1, new["natural"] // 4)) if new["natural"] > 4 else rng.randint(1, 3)
    if carried_over is None:
        co = {c: (rng.randint(1, max(1, new[c] // 5)) if new[c] and rng.random() < 0.2 else 0)
              for c in T3_APPLICANT_COLS}
    else:
        co = {c: int(carried_over.get(c, 0)) for c in T3_APPLICANT_COLS}
    outcomes = _t3_outcomes(fmt)
    weights = [_OUTCOME_WEIGHTS[r] for r in outcomes]
    n_active = rng.randint(1, min(len(outcomes), 2 + (sum(new.values()) // 4)))
    active: list[str] = []
    while len(active) < n_active:          # weighted sample without replacement
        pick = rng.choices(outcomes, weights)[0]
        if pick not in active:
            active.append(pick)
    act_w = [_OUTCOME_WEIGHTS[r] for r in active]
    v: dict[str, int] = {}
    for col in T3_APPLICANT_COLS:
        avail = new[col] + co[col]
        cf = rng.randint(0, max(0, avail // 4)) if avail and rng.random() < 0.25 else 0
        counts = dict.fromkeys(outcomes, 0)
        for r in rng.choices(active, act_w, k=avail - cf):
            counts[r] += 1
        v[f"t3.new.{col}"], v[f"t3.carried_over.{col}"] = new[col], co[col]
        for r in outcomes:
            v[f"t3.{r}.{col}"] = counts[r]
        v[f"t3.total_processed.{col}"] = avail - cf
        v[f"t3.carried_forward.{col}"] = cf
    for row in load_schema().t3_rows(fmt):
        v[f"t3.{row}.total"] = sum(v[f"t3.{row}.{c}"] for c in T3_APPLICANT_COLS)
    return v


def _random_t4(rng: random.Random, scale: int) -> dict[str, int]:
    busy = rng.random() < 0.35
    v: dict[str, int] = {}
    for group, p in zip(T4_GROUPS, (0.8, 0.5, 0.3)):
        total = rng.randint(1, max(1, scale // 8)) if busy and rng.random() < p else 0
        parts = dict.fromkeys(T4_PARTS, 0)
        for part in rng.choices(T4_PARTS, (6, 1, 2, 2), k=total):
            parts[part] += 1
        for part in T4_PARTS:
            v[f"t4.{group}.{part}"] = parts[part]
        v[f"t4.{group}.total"] = total
    return v


def random_tables(rng: random.Random, fmt: str = "2021", scale: int = 50, *,
                  carried_over: dict[str, int] | None = None) -> dict[str, int | float]:
    """A full set of cell values for 表二, 表三 and 表四 in table format ``fmt`` ("2021"/"2019").

    Every hard identity holds: per 表三 column 一+二 = （七）+四 and （七） = the outcome rows;
    per 表三 row 总计 = the six applicant columns; per 表四 group 总计 = the four results.
    ``scale`` is the typical size of a busy body's yearly request count. ``carried_over`` fixes
    ``t3.carried_over.<applicant column>`` (e.g. last year's ``carried_forward``) to chain years.
    """
    if fmt not in FORMATS:
        raise ValueError(f"The 'fmt' parameter of random_tables must be one of {FORMATS}. Got {fmt!r} instead.")
    values: dict[str, int | float] = {}
    values.update(_random_t2(rng, fmt, scale))
    values.update(_random_t3(rng, fmt, scale, carried_over))
    values.update(_random_t4(rng, scale))
    return values


def carried_forward_of(values: dict[str, Any]) -> dict[str, int]:
    """The six applicant columns of ``t3.carried_forward``: next year's ``carried_over``."""
    return {c: int(values[f"t3.carried_forward.{c}"]) for c in T3_APPLICANT_COLS}


def inject_t3_imbalance(values: dict[str, Any], rng: random.Random, fmt: str = "2021") -> dict[str, Any]:
    """Make one 表三 column fail 一+二 = 三（七）+四, in place, and say what was changed.

    An outcome cell, its row total and （七）总计 of that column and of 总计 all grow by the same
    amount, as when an author adds a late decision and forgets 结转: rows and the （七） sums still
    add up, but the applicant column and the 总计 column no longer balance.
    """
    col = max(T3_APPLICANT_COLS, key=lambda c: (values[f"t3.new.{c}"], c == "natural"))
    row = rng.choice([r for r in _t3_outcomes(fmt) if values[f"t3.{r}.{col}"] > 0] or ["granted"])
    delta = rng.randint(1, 3)
    cells = [f"t3.{row}.{col}", f"t3.{row}.total", f"t3.total_processed.{col}", "t3.total_processed.total"]
    for key in cells:
        values[key] += delta
    return {"kind": "t3_column_imbalance", "columns": [col, "total"], "cells": cells, "delta": delta}


def _check_identities(values: dict[str, Any], fmt: str) -> list[str]:
    """Names of the hard identities ``values`` violates (used by the corpus writer as a guard)."""
    bad = []
    cols = (*T3_APPLICANT_COLS, "total")
    for c in cols:
        if values[f"t3.new.{c}"] + values[f"t3.carried_over.{c}"] != \
                values[f"t3.total_processed.{c}"] + values[f"t3.carried_forward.{c}"]:
            bad.append(f"t3 column {c}: new+carried_over")
        if values[f"t3.total_processed.{c}"] != sum(values[f"t3.{r}.{c}"] for r in _t3_outcomes(fmt)):
            bad.append(f"t3 column {c}: total_processed")
    for r in load_schema().t3_rows(fmt):
        if values[f"t3.{r}.total"] != sum(values[f"t3.{r}.{c}"] for c in T3_APPLICANT_COLS):
            bad.append(f"t3 row {r}")
    for g in T4_GROUPS:
        if values[f"t4.{g}.total"] != sum(values[f"t4.{g}.{p}"] for p in T4_PARTS):
            bad.append(f"t4 group {g}")
    return bad


# --------------------------------------------------------------------------------------------
# Invented bodies and number wording
# --------------------------------------------------------------------------------------------

_PLACES = ("云溪", "青禾", "松岚", "汀澜", "枫屿", "岚川", "鹭沙", "白榆", "霁川", "杉湖", "苇塘",
           "蓼洲", "芸岭", "萤桥", "梧垣", "栖禾", "潇林", "沄水", "柘溪", "槐荫")
_LEVELS = (("县", "county"), ("市", "city"), ("区", "district"))
_DEPTS = ("人民政府办公室", "生态环境局", "自然资源和规划局", "财政局", "教育局", "卫生健康委员会",
          "市场监督管理局", "住房和城乡建设局", "司法局", "人力资源和社会保障局", "交通运输局",
          "水利局", "应急管理局", "农业农村局", "民政局", "医疗保障局", "统计局", "文化和旅游局")
_TOWNS = ("镇人民政府", "街道办事处", "乡人民政府")


def invent_body(rng: random.Random) -> tuple[str, str]:
    """An invented issuing body and its level, e.g. ``("云溪县生态环境局", "department")``."""
    place = rng.choice(_PLACES)
    suffix, level = rng.choice(_LEVELS)
    r = rng.random()
    if r < 0.25:
        return f"{place}{suffix}人民政府", level
    if r < 0.4:
        town = rng.choice(_PLACES)
        while town == place:
            town = rng.choice(_PLACES)
        return f"{place}{suffix}{town}{rng.choice(_TOWNS)}", "township"
    return f"{place}{suffix}{rng.choice(_DEPTS)}", "department"


def _short_name(body: str) -> str:
    """How a body refers to itself: 本局, 我委, 我区, 本办 …"""
    for tail, short in (("人民政府办公室", "我办"), ("委员会", "我委"), ("办事处", "我街道"), ("镇人民政府", "我镇"),
                        ("乡人民政府", "我乡"), ("局", "我局")):
        if body.endswith(tail):
            return short
    return {"县": "我县", "市": "我市", "区": "我区"}.get(body[-5:-4], "本机关")




def _fullwidth(s: str) -> str:
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def _say(n: int | float, rng: random.Random) -> str:
    """A figure the way authors print it: mostly Arabic, sometimes 1,234 / １６ / 十六."""
    if isinstance(n, float) and n != int(n):
        return _plain_decimal(n)
    n = int(n)
    r = rng.random()
    if 0 < n < 100 and r < 0.08:
        return cn_numeral(n)
    if r < 0.12:
        return _fullwidth(str(n))
    if n >= 1000 and r < 0.5:
        return f"{n:,}"
    return str(n)


def _plain_decimal(x: float | int, min_places: int = 0) -> str:
    """``x`` without float noise (12.3456 → "12.3456"), padded to ``min_places`` decimals."""
    d = Decimal(repr(float(x))).normalize() if not isinstance(x, int) else Decimal(x)
    s = format(d, "f")
    if min_places:
        whole, _, frac = s.partition(".")
        s = f"{whole}.{frac.ljust(min_places, '0')}" if len(frac) <= min_places else s
    return s


_ENUM = ("一是", "二是", "三是", "四是", "五是", "六是")
_SUBNUM = ("（一）", "（二）", "（三）", "（四）", "（五）", "（六）")
# Paragraph text marks enumerators (一是) for bolding in markdown/html: \x01一是\x02
_B0, _B1 = "\x01", "\x02"

# --------------------------------------------------------------------------------------------
# Narrative pools (all sentences written for this generator)
# --------------------------------------------------------------------------------------------

_PREFACES = (
    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求，由{body}结合本单位工作实际编制。"
    "报告共六个部分：一是总体情况，二是主动公开政府信息情况，三是收到和处理政府信息公开申请情况，"
    "四是行政复议和行政诉讼情况，五是存在的主要问题及改进情况，六是其他需要报告的事项。"
    "报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。",
    "依照《中华人民共和国政府信息公开条例》第五十条的规定，现公布{body}{year}年度政府信息公开工作年度报告。"
    "本报告统计数据的时间范围为{year}年1月1日至12月31日。本报告电子版可在{site}查阅下载；"
    "如对报告内容有疑问，请与{office}联系（地址：{addr}；电话：{tel}）。",
    "为全面反映{year}年度政府信息公开工作情况，{body}对全年工作台账进行了汇总梳理，编制形成本报告。"
    "报告统计时段自{year}年1月1日起至{year}年12月31日止，所列数据均来源于本单位政府信息公开工作登记台账。",
    "本年度报告由{body}按照上级政务公开主管部门的统一部署编制，内容包括工作总体情况、主动公开情况、"
    "依申请公开办理情况、行政复议和行政诉讼情况、存在问题及改进措施等。数据统计截至{year}年12月31日。",
)

_GENERAL_OPENERS = (
    "{year}年，{short}按照《条例》规定和本级政府年度工作安排，把信息发布、政策解读和回应关切一并纳入日常工作，"
    "政务公开工作取得了新的进展。",
    "{year}年，在上级政务公开主管部门的指导下，{short}把政务公开作为提升治理能力的一项基础工作来抓，"
    "持续完善工作机制，不断拓宽公开渠道，较好完成了年度各项任务。",
    "本年度，{short}严格执行政府信息公开各项制度，坚持以公开为常态、不公开为例外，着力提升公开质量和实效，"
    "群众获取政府信息的渠道更加便捷。",
    "{year}年，{short}紧扣年度政务公开工作要点，从制度建设、平台管理、队伍培训三个方面同步发力，"
    "推动政府信息公开工作规范运行。",
)

_PROACTIVE_SENTENCES = (
    "全年通过政府门户网站主动公开政府信息{n}条",
    "{year}年，{short}累计主动公开各类政府信息{n}条",
    "本年度在政府信息公开专栏发布信息{n}条",
    "全年共主动公开政府信息{n}条",
)
_PROACTIVE_CATEGORIES = ("工作动态", "通知公告", "政策文件", "政策解读", "人事信息", "财政信息", "规划计划",
                         "办事指南", "应急管理", "重点领域信息")

_MANAGEMENT = (
    "严格执行信息发布审核制度，拟公开信息须经承办科室初审、办公室复核、分管负责同志签发后方可发布。",
    "在公文拟稿环节同步明确公开属性，对拟不予公开的文件逐件说明理由，全年认定公文公开属性{n}件。",
    "根据机构职能调整情况及时修订政府信息公开指南，对办事指南、联系方式等基础信息实行动态维护。",
    "开展政府信息常态化清理，对已失效、已废止的文件在网站上统一作出标注，避免误导公众。",
    "建立政府信息公开工作台账，对主动公开、依申请公开事项逐项登记、定期核对。",
)
_PLATFORM = (
    "以政府门户网站为政务公开第一平台，优化信息公开专栏设置，新增重点领域信息公开、政策解读等子栏目。",
    "用好政务微信公众号等新媒体，全年推送各类信息{n}条，及时发布与群众生产生活密切相关的政策和通知。",
    "在政务服务大厅设置政府信息公开查阅点，配备查询终端和纸质资料，方便群众现场查阅。",
    "完成门户网站适老化和无障碍改造，提升老年人和残障人士获取政府信息的便利度。",
    "对政务新媒体账号开展季度检查，及时整改更新不及时、内容空白等问题。",
)
_SUPERVISION = (
    "成立由主要负责同志任组长的政务公开工作领导小组，办公室承担日常工作，配备专（兼）职工作人员{n}名。",
    "将政务公开工作纳入科室年度目标考核，定期通报信息报送和栏目更新情况。",
    "组织政务公开专题培训{n}次，参训人员{m}人次，重点讲解公开属性认定和依申请公开办理流程。",
    "在门户网站公布监督电话和电子邮箱，主动接受社会监督，全年未发生因政府信息公开引起的责任追究事项。",
    "结合年度工作要点制定任务分解表，明确责任科室和完成时限，按季度跟踪落实情况。",
)

# Section 五 items: (text, polarity, topics). {ny} is the following year.
_PROBLEMS = (
    ("部分工作人员对政务公开工作的重要性认识不足，存在重业务、轻公开的倾向", ("awareness",)),
    ("政务公开工作人员多为兼职，岗位调整较为频繁，业务衔接不够顺畅", ("staffing_training",)),
    ("业务培训次数偏少，新入职人员对公开属性认定把握不准", ("staffing_training", "info_management")),
    ("个别栏目信息更新不及时，部分专栏长期未维护", ("platforms", "proactive_scope")),
    ("政策解读形式较为单一，以文字解读为主，图解、音视频等形式运用不多", ("policy_interpretation",)),
    ("个别政策文件与解读材料未能同步发布，解读的针对性不强", ("policy_interpretation",)),
    ("依申请公开答复文书的规范性有待提高，个别答复引用法律条款不够准确", ("request_handling",)),
    ("依申请公开办理中与业务科室的会商机制不够健全，个别申请临近法定期限才作出答复",
     ("request_handling", "institutions")),
    ("政府信息公开目录更新不够及时，部分事项的公开要素不完整", ("info_management", "grassroots")),
    ("主动公开的深度不够，重大决策执行情况和结果类信息公开较少", ("proactive_scope",)),
    ("信息发布前审核把关不严，个别信息存在错别字和格式不统一的问题", ("content_quality",)),
    ("对公众关切的回应不够及时，网民留言办理质量参差不齐", ("responsiveness",)),
    ("重大行政决策预公开和意见征集后的采纳情况反馈不够充分", ("public_participation",)),
    ("基层政务公开标准目录与实际工作结合不够紧密，村（社区）公开栏内容更新较慢", ("grassroots",)),
    ("政务公开考核评估机制不够完善，督促检查多停留在面上", ("institutions",)),
    ("政务新媒体运营能力不足，发布内容以转载为主，原创内容偏少", ("platforms",)),
    ("信息化支撑能力较弱，网站检索功能不够智能，群众查找信息不够便利", ("digital_data", "platforms")),
    ("对政府信息公开工作的宣传不够，部分群众不了解申请公开政府信息的渠道", ("outreach",)),
    ("历史文件清理推进较慢，部分规范性文件的有效性标注不及时", ("info_management",)),
    ("政务公开工作虽有进步，但与上级要求和群众期待相比仍有差距", ("generic",)),
)
_IMPROVEMENTS = (
    ("将政务公开纳入领导班子议事日程，每半年至少专题研究一次政务公开工作", ("awareness", "institutions")),
    ("每年组织不少于2次业务培训，重点讲解公开属性认定和保密审查要求", ("staffing_training", "content_quality")),
    ("针对依申请公开办理开展专题培训，选取典型案例逐案剖析", ("staffing_training", "request_handling")),
    ("建立栏目维护责任清单，明确各栏目更新频次和责任科室，每月开展一次自查", ("platforms", "institutions")),
    ("坚持政策文件与解读材料同步起草、同步审签、同步发布，增加图解、短视频等解读形式", ("policy_interpretation",)),
    ("规范依申请公开答复文书模板，答复前由法律顾问审核，降低行政复议和诉讼风险", ("request_handling",)),
    ("建立依申请公开办理台账，实行收件登记、限时办理、到期提醒", ("request_handling", "institutions")),
    ("于{ny}年6月底前完成政府信息公开目录的全面梳理和动态更新", ("info_management",)),
    ("加大重点领域信息公开力度，及时发布重大项目进展和财政资金使用等结果类信息", ("proactive_scope",)),
    ("严格执行信息发布三审三校制度，发布前逐条核对内容和格式", ("content_quality",)),
    ("完善网民留言办理机制，确保一般性留言在5个工作日内答复", ("responsiveness",)),
    ("对涉及群众切身利益的决策草案，通过门户网站公开征求意见并公布采纳情况", ("public_participation",)),
    ("指导乡镇（街道）对照标准目录完善公开事项，推动村（社区）公开栏规范化建设", ("grassroots",)),
    ("将政务公开工作纳入年度绩效考核，每季度通报检查结果", ("institutions",)),
    ("加强政务新媒体内容策划，提高原创内容比例", ("platforms",)),
    ("优化门户网站智能搜索功能，推进公共数据资源有序开放", ("digital_data",)),
    ("利用政务公开日和政务大厅公开专区，向群众宣传政府信息公开申请渠道", ("outreach",)),
    ("开展规范性文件集中清理，及时标注文件有效性并更新现行有效文件库", ("info_management",)),
    ("继续做好政务公开各项工作，推动政务公开工作再上新台阶", ("generic",)),
    ("配齐配强政务公开工作人员，保持队伍相对稳定", ("staffing_training",)),
)
_RECTIFICATIONS = (
    ("针对上一年度报告指出的栏目更新不及时问题，本年度已建立栏目巡检制度并完成整改", ("platforms",)),
    ("针对上年度解读形式单一的问题，本年度新增图解解读{n}篇", ("policy_interpretation",)),
    ("上年度提出的公开目录更新任务已于{y}年内全部完成", ("info_management",)),
)

_OTHER_MATTERS = (
    "本年度未收取政府信息公开信息处理费。",
    "{year}年，{short}未收取信息处理费。",
    "无其他需要报告的事项。",
    "无。",
    "本年度政务公开工作要点确定的各项任务均已按期落实，未收取信息处理费。",
)

_HEADINGS = {
    "general": ("一、总体情况",),
    "proactive": ("二、主动公开政府信息情况",),
    "requests": ("三、收到和处理政府信息公开申请情况",),
    "review_litigation": ("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况",
                          "四、政府信息公开行政复议和行政诉讼情况"),
    "problems": ("五、存在的主要问题及改进情况", "五、存在的主要问题及改进情况",
                 "五、政府信息公开工作存在的主要问题及改进情况", "五、存在的问题及改进情况"),
    "other": ("六、其他需要报告的事项",),
}


# --------------------------------------------------------------------------------------------
# Composition: what the report says, independent of layout
# --------------------------------------------------------------------------------------------

@dataclass
class ComposedReport:
    """One invented report before layout: blocks per section plus what the text claims.

    ``sections`` is a list of ``(key, heading, blocks)``; a block is ``("p", text)``,
    ``("sub", text)`` (a sub-heading such as （一）存在问题) or ``("table", "t2"|"t3"|"t4")``.
    ``claims`` are narrative figures that restate table cells: ``{"key", "value", "agrees", "text"}``
    where ``key`` may join several schema keys with ``+`` (a sum). ``items`` are section 五 items
    with polarity and topics. ``facts`` holds narrative-only figures (主动公开条数, 信息处理费).
    """
    title: str
    body: str
    year: int
    fmt: str
    values: dict[str, Any]
    published: _dt.date
    preface: list[str]
    sections: list[tuple[str, str, list[tuple[str, str]]]]
    signature: list[str]
    claims: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    site: str = ""

    @property
    def headings(self) -> dict[str, str]:
        return {key: heading for key, heading, _ in self.sections}


class _Claims:
    """Collects narrative figures; ``overrides`` replace the true value in the text."""

    def __init__(self, values: dict[str, Any], overrides: dict[str, Any], rng: random.Random):
        self.values, self.overrides, self.rng, self.out = values, overrides, rng, []

    def true(self, key: str) -> int | float:
        return sum(self.values[k] for k in key.split("+"))

    def say(self, key: str, unit_scale: int = 1) -> str:
        actual = self.true(key)
        stated = self.overrides.get(key, actual)
        self.out.append({"key": key, "value": stated, "agrees": stated == actual})
        shown = round(stated * unit_scale, 6) if unit_scale != 1 else stated
        if isinstance(shown, float) and shown == int(shown):
            shown = int(shown)
        return _say(shown, self.rng)

    def close(self, sentence: str, since: int) -> None:
        """Attach the finished sentence to the claims made while writing it."""
        for claim in self.out[since:]:
            claim.setdefault("text", sentence.replace(_B0, "").replace(_B1, ""))


def _orgs_key(row: str) -> str:
    return "+".join(f"t3.{row}.{c}" for c in T3_APPLICANT_COLS[1:])


def _requests_paragraph(c: _Claims, year: int, short: str, fmt: str) -> str:
    rng, v = c.rng, c.values
    mark = len(c.out)
    new_total = v["t3.new.total"]
    if new_total == 0 and "t3.new.total" not in c.overrides:
        text = rng.choice(("本年度未收到政府信息公开申请", f"{year}年，{short}未收到政府信息公开申请",
                           "全年无政府信息公开申请"))
        c.out.append({"key": "t3.new.total", "value": 0, "agrees": True})
    else:
        text = rng.choice(("全年共收到政府信息公开申请{}件", f"{year}年，{short}共受理政府信息公开申请{{}}件",
                           "本年度新收政府信息公开申请{}件", "全年新收各类政府信息公开申请{}件"))
        text = text.format(c.say("t3.new.total"))
        orgs = sum(v[f"t3.new.{col}"] for col in T3_APPLICANT_COLS[1:])
        if orgs and rng.random() < 0.6:
            text += f"，其中自然人申请{c.say('t3.new.natural')}件、法人或其他组织申请{c.say(_orgs_key('new'))}件"
        if v["t3.carried_over.total"] and rng.random() < 0.7:
            text += f"，另有上年结转申请{c.say('t3.carried_over.total')}件"
    text += "。"
    c.close(text, mark)
    parts = []
    mark = len(c.out)
    groups = [("予以公开", "t3.granted.total"), ("部分公开", "t3.partial.total")]
    for label, prefix in (("不予公开", "denied."), ("无法提供", "unable."), ("不予处理", "not_processed."),
                          ("其他处理", "other.")):
        keys = [f"t3.{r}.total" for r in _t3_outcomes(fmt) if r.startswith(prefix) or r + "." == prefix]
        groups.append((label, "+".join(keys)))
    for label, key in groups:
        if c.true(key) and rng.random() < 0.8:
            parts.append(f"{label}{c.say(key)}件")
    if parts:
        lead = rng.choice(("从办理结果看，", "在已办结的申请中，", "其中，", ""))
        sent = lead + "，".join(parts)
        if v["t3.carried_forward.total"]:
            sent += f"，结转下年度继续办理{c.say('t3.carried_forward.total')}件"
        elif rng.random() < 0.4:
            sent += "，均在法定期限内答复完毕"
        sent += "。"
        c.close(sent, mark)
        text += sent
    return text


def _review_sentence(c: _Claims, year: int, short: str) -> str:
    rng = c.rng
    mark = len(c.out)
    all_key = "+".join(f"t4.{g}.total" for g in T4_GROUPS)
    lit_key = "t4.lit_direct.total+t4.lit_after_review.total"
    if c.true(all_key) == 0 and all_key not in c.overrides:
        text = rng.choice(("全年未发生因政府信息公开引起的行政复议、行政诉讼案件。",
                           f"{year}年，{short}未发生政府信息公开行政复议和行政诉讼。",
                           "本年度未收到涉及政府信息公开的行政复议申请，也未被提起行政诉讼。"))
        c.out.append({"key": all_key, "value": 0, "agrees": True})
    elif rng.random() < 0.3:
        text = f"全年涉及政府信息公开的行政复议、行政诉讼案件共{c.say(all_key)}件。"
    else:
        text = f"全年因政府信息公开被申请行政复议{c.say('t4.review.total')}件、被提起行政诉讼{c.say(lit_key)}件"
        corrected = "+".join(f"t4.{g}.corrected" for g in T4_GROUPS)
        if rng.random() < 0.5:
            text += f"，其中被纠错{c.say(corrected)}件" if c.true(corrected) else "，均未被纠错"
        text += "。"
    c.close(text, mark)
    return text


def _t2_sentence(c: _Claims, fmt: str) -> str:
    rng, v = c.rng, c.values
    mark = len(c.out)
    bits = []
    if fmt == "2021":
        if v["t2.normative_doc.issued"] or rng.random() < 0.3:
            s = f"本年制发行政规范性文件{c.say('t2.normative_doc.issued')}件"
            if v["t2.normative_doc.repealed"]:
                s += f"、废止{c.say('t2.normative_doc.repealed')}件"
            if rng.random() < 0.6:
                s += f"，现行有效{c.say('t2.normative_doc.in_force')}件"
            bits.append(s)
        if v["t2.licensing.decisions"] and rng.random() < 0.5:
            bits.append(f"公开行政许可处理决定{c.say('t2.licensing.decisions')}件")
        fee = v["t2.admin_fee.amount_wan"]
        if fee and rng.random() < 0.6:
            if rng.random() < 0.3 and isinstance(fee, float) and "t2.admin_fee.amount_wan" not in c.overrides:
                bits.append(f"收取行政事业性收费{c.say('t2.admin_fee.amount_wan', 10000)}元")
                c.out[-1]["unit"] = "元"
            else:
                bits.append(f"收取行政事业性收费{c.say('t2.admin_fee.amount_wan')}万元")
    else:
        if v["t2v19.normative_doc.new_published"] or rng.random() < 0.3:
            bits.append(f"新公开规范性文件{c.say('t2v19.normative_doc.new_published')}件")
        if v["t2v19.licensing.decisions"] and rng.random() < 0.5:
            bits.append(f"公开行政许可处理决定{c.say('t2v19.licensing.decisions')}件")
    if not bits:
        return ""
    text = "，".join(bits) + "。"
    c.close(text, mark)
    return text


def _enumerate(items: list[str], rng: random.Random, style: str) -> str:
    """Join items as 一是…；二是…。 or 1.… 2.… (enumerators marked for bolding)."""
    if style == "ordinal":
        return "".join(f"{_B0}{_ENUM[i]}{_B1}{t}{'。' if i == len(items) - 1 else rng.choice(('；', '。'))}"
                       for i, t in enumerate(items))
    return "".join(f"{i + 1}.{t}。" for i, t in enumerate(items))


def _problems_section(rng: random.Random, year: int, short: str) -> tuple[list[tuple[str, str]], list[dict]]:
    n_prob, n_imp = rng.randint(2, 4), rng.randint(2, 5)
    probs = rng.sample(_PROBLEMS, n_prob)
    imps = rng.sample(_IMPROVEMENTS, n_imp)
    fill = {"ny": year + 1, "y": year, "n": rng.randint(2, 30)}
    items = [{"text": t.format(**fill), "polarity": "problem", "topics": list(tp)} for t, tp in probs]
    rect = []
    if rng.random() < 0.3:
        t, tp = rng.choice(_RECTIFICATIONS)
        rect = [{"text": t.format(**fill), "polarity": "rectification", "topics": list(tp)}]
    items_imp = [{"text": t.format(**fill), "polarity": "improvement", "topics": list(tp)} for t, tp in imps]
    style = rng.choice(("ordinal", "ordinal", "ordinal", "arabic"))
    prob_intro = rng.choice((f"{year}年，{short}政府信息公开工作取得了一定成效，但也存在一些不足：",
                             "对照上级要求和群众期盼，工作中仍存在以下问题：",
                             "在肯定成绩的同时，我们也清醒地看到存在的不足："))
    imp_intro = rng.choice(("下一步，将重点做好以下工作：", f"{year + 1}年，{short}将从以下方面加以改进：",
                            "针对上述问题，拟采取以下措施："))
    blocks: list[tuple[str, str]] = []
    layout = rng.choices(("subheads", "one_para", "two_paras"), weights=(5, 2, 3))[0]
    prob_txt = prob_intro + _enumerate([i["text"] for i in items], rng, style)
    imp_txt = imp_intro + _enumerate([i["text"] for i in items_imp], rng, style)
    if rect:
        imp_txt = rect[0]["text"] + "。" + imp_txt
    if layout == "subheads":
        blocks += [("sub", rng.choice(("（一）存在问题", "（一）存在的主要问题", "（一）主要问题"))), ("p", prob_txt),
                   ("sub", rng.choice(("（二）改进情况", "（二）改进措施"))), ("p", imp_txt)]
    elif layout == "one_para":
        blocks.append(("p", prob_txt + imp_txt))
    else:
        blocks += [("p", prob_txt), ("p", imp_txt)]
    return blocks, items + rect + items_imp


def _fill(template: str, rng: random.Random, **kw: Any) -> str:
    return template.format(n=rng.randint(2, 40), m=rng.randint(20, 300), **kw)


def compose_report(values: dict[str, Any], *, fmt: str, rng: random.Random, body: str, year: int,
                   narrative_overrides: dict[str, Any] | None = None) -> ComposedReport:
    """Write the text of one report around ``values``; see :class:`ComposedReport`.

    ``narrative_overrides`` maps a claim key (e.g. ``"t3.new.total"``) to the figure the prose
    should state instead of the table's, to make a report whose narrative disagrees with its table.
    """
    overrides = dict(narrative_overrides or {})
    short = _short_name(body)
    published = _dt.date(year + 1, rng.randint(1, 3), rng.randint(1, 28))
    site = rng.choice(("本单位门户网站", "政府门户网站的政府信息公开专栏", "本级人民政府门户网站"))
    tel = f"0{rng.randint(300, 999)}-{rng.randint(2000000, 8999999)}"
    addr = f"{body[:3]}{rng.choice(('人民路', '府前路', '建设路', '文昌路', '滨河路'))}{rng.randint(1, 199)}号"
    title = rng.choice((f"{body}{year}年政府信息公开工作年度报告", f"{body}{year}年度政府信息公开工作年度报告",
                        f"{body}{year}年度政府信息公开年度报告"))
    preface = [rng.choice(_PREFACES).format(body=body, year=year, site=site, office=f"{body}办公室"
                                            if not body.endswith("办公室") else body, addr=addr, tel=tel)]
    claims = _Claims(values, overrides, rng)
    facts: dict[str, Any] = {}

    # 一、总体情况
    general: list[tuple[str, str]] = [("p", _fill(rng.choice(_GENERAL_OPENERS), rng, year=year, short=short))]
    n_items = rng.choice((rng.randint(20, 300), rng.randint(300, 5000)))
    facts["proactive_items"] = n_items
    pro = rng.choice(_PROACTIVE_SENTENCES).format(n=_say(n_items, rng), year=year, short=short)
    if rng.random() < 0.6:
        cats = rng.sample(_PROACTIVE_CATEGORIES, rng.randint(2, 5))
        cuts = sorted(rng.sample(range(1, n_items), len(cats) - 1)) if n_items > len(cats) else []
        if cuts:
            sizes = [b - a for a, b in zip([0, *cuts], [*cuts, n_items])]
            pro += "，其中" + "，".join(f"{cat}{s}条" for cat, s in zip(cats, sizes))
    pro += "。" + _t2_sentence(claims, fmt)
    req = _requests_paragraph(claims, year, short, fmt)
    rev = _review_sentence(claims, year, short)
    style = rng.choices(("subsections", "paragraphs"), weights=(3, 1))[0]
    if style == "subsections":
        subs = (("（一）主动公开政府信息情况", pro),
                (rng.choice(("（二）依申请公开政府信息情况", "（二）依申请公开情况")), req + rev),
                ("（三）政府信息管理情况", "".join(_fill(t, rng) for t in rng.sample(_MANAGEMENT, 2))),
                ("（四）政府信息公开平台建设情况", "".join(_fill(t, rng) for t in rng.sample(_PLATFORM, 2))),
                ("（五）监督保障情况", "".join(_fill(t, rng) for t in rng.sample(_SUPERVISION, 2))))
        for sub, text in subs:
            general += [("sub", sub), ("p", text)]
    else:
        general += [("p", pro + req), ("p", rev + _fill(rng.choice(_MANAGEMENT), rng)),
                    ("p", _fill(rng.choice(_PLATFORM), rng) + _fill(rng.choice(_SUPERVISION), rng))]

    proactive: list[tuple[str, str]] = []
    if rng.random() < 0.3:
        proactive.append(("p", rng.choice(("本年度主动公开政府信息情况见下表。", "主要数据统计如下："))))
    proactive.append(("table", "t2"))
    review: list[tuple[str, str]] = [("table", "t4")]
    if rng.random() < 0.2:
        review.insert(0, ("p", "本年度政府信息公开行政复议、行政诉讼情况如下："))

    problems, items = _problems_section(rng, year, short)
    other_text = _fill(rng.choice(_OTHER_MATTERS), rng, year=year, short=short)
    if rng.random() < 0.15:
        fee_yuan = rng.randint(1, 12) * 50
        facts["processing_fee_yuan"] = fee_yuan
        other_text = f"{year}年，{short}依照信息处理费管理有关规定收取信息处理费{fee_yuan}元。"
    else:
        facts["processing_fee_yuan"] = 0 if "信息处理费" in other_text else None

    sections = [
        ("general", _HEADINGS["general"][0], general),
        ("proactive", _HEADINGS["proactive"][0], proactive),
        ("requests", _HEADINGS["requests"][0], [("table", "t3")]),
        ("review_litigation", rng.choice(_HEADINGS["review_litigation"]), review),
        ("problems", rng.choice(_HEADINGS["problems"]), problems),
        ("other", _HEADINGS["other"][0], [("p", other_text)]),
    ]
    signature = [body, f"{published.year}年{published.month}月{published.day}日"]
    return ComposedReport(title=title, body=body, year=year, fmt=fmt, values=values, published=published,
                          preface=preface, sections=sections, signature=signature, claims=claims.out,
                          items=items, facts=facts, site=site)


# --------------------------------------------------------------------------------------------
# Table grids (the official template's merged-cell structure)
# --------------------------------------------------------------------------------------------

@dataclass
class GCell:
    """One cell of a table grid; ``value`` marks data cells (the rest are labels)."""
    text: str
    rs: int = 1
    cs: int = 1
    value: bool = False
    key: str | None = None


_T3_HEAD = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
_T3_COL_LABELS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
_T3_GROUPS = (("denied.", "（三）不予公开"), ("unable.", "（四）无法提供"), ("not_processed.", "（五）不予处理"),
              ("other.", "（六）其他处理"))
_T3_LABELS = {
    "new": "一、本年新收政府信息公开申请数量", "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开", "partial": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "other": "（六）其他处理", "total_processed": "（七）总计", "carried_forward": "四、结转下年度继续办理",
}
_T4_HEAD = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


def _leaf_label(row: str) -> str:
    if row in _T3_LABELS:
        return _T3_LABELS[row]
    return load_schema().spec(f"t3.{row}.natural").label.split(" × ")[0].split("/")[-1]


class _CellText:
    """Formats cell values for one rendering: blanks, signed deltas, fee decimals."""

    def __init__(self, values: dict[str, Any], blanks: Iterable[str], blank_tokens: tuple[str, ...],
                 rng: random.Random, fee_places: int = 0, plus_sign: bool = False, yuan_suffix: bool = False):
        self.values, self.blanks, self.tokens, self.rng = values, set(blanks), blank_tokens, rng
        self.fee_places, self.plus_sign, self.yuan_suffix = fee_places, plus_sign, yuan_suffix
        self.token = rng.choice(blank_tokens)

    def __call__(self, key: str) -> GCell:
        if key in self.blanks:
            text = self.token if self.rng.random() < 0.85 else self.rng.choice(self.tokens)
            return GCell(text, value=True, key=key)
        v = self.values[key]
        if key == "t2.admin_fee.amount_wan":
            text = _plain_decimal(v, self.fee_places if v else 0)
        elif key.endswith(".delta_items"):
            text = f"+{v}" if (v > 0 and self.plus_sign) else str(v)
        elif key == "t2v19.central_procurement.amount":
            text = _plain_decimal(v) + ("元" if (v and self.yuan_suffix) else "")
        elif isinstance(v, float):
            text = _plain_decimal(v)
        else:
            text = str(v)
        return GCell(text, value=True, key=key)


def _grid_t2(fmt: str, ct: _CellText, fee_header: str) -> list[list[GCell]]:
    def block(title: str, header: list[GCell], rows: list[list[GCell]]) -> list[list[GCell]]:
        return [[GCell(title, cs=4)], [GCell("信息内容"), *header], *rows]

    def span3(label: str, key: str) -> list[GCell]:
        c = ct(key)
        c.cs = 3
        return [GCell(label), c]

    if fmt == "2021":
        three = [GCell("本年制发件数"), GCell("本年废止件数"), GCell("现行有效件数")]
        return [
            *block("第二十条第（一）项", three, [
                [GCell("规章")] + [ct(f"t2.regulation.{m}") for m in ("issued", "repealed", "in_force")],
                [GCell("行政规范性文件")] + [ct(f"t2.normative_doc.{m}") for m in ("issued", "repealed", "in_force")]]),
            *block("第二十条第（五）项", [GCell("本年处理决定数量", cs=3)], [span3("行政许可", "t2.licensing.decisions")]),
            *block("第二十条第（六）项", [GCell("本年处理决定数量", cs=3)], [
                span3("行政处罚", "t2.penalty.decisions"), span3("行政强制", "t2.coercion.decisions")]),
            *block("第二十条第（八）项", [GCell(fee_header, cs=3)], [span3("行政事业性收费", "t2.admin_fee.amount_wan")]),
        ]
    made = [GCell("本年新制作数量"), GCell("本年新公开数量"), GCell("对外公开总数量")]
    items = [GCell("上一年项目数量"), GCell("本年增/减"), GCell("处理决定数量")]

    def row3(label: str, row: str, measures: tuple[str, ...]) -> list[GCell]:
        return [GCell(label)] + [ct(f"t2v19.{row}.{m}") for m in measures]

    def row2(label: str, k1: str, k2: str) -> list[GCell]:
        c2 = ct(k2)
        c2.cs = 2
        return [GCell(label), ct(k1), c2]

    m_items = ("prev_items", "delta_items", "decisions")
    return [
        *block("第二十条第（一）项", made, [row3("规章", "regulation", ("new_made", "new_published", "total_published")),
                                   row3("规范性文件", "normative_doc", ("new_made", "new_published", "total_published"))]),
        *block("第二十条第（五）项", items, [row3("行政许可", "licensing", m_items),
                                   row3("其他对外管理服务事项", "other_mgmt_service", m_items)]),
        *block("第二十条第（六）项", [GCell(c.text) for c in items], [row3("行政处罚", "penalty", m_items),
                                                            row3("行政强制", "coercion", m_items)]),
        *block("第二十条第（八）项", [GCell("上一年项目数量"), GCell("本年增/减", cs=2)],
               [row2("行政事业性收费", "t2v19.admin_fee.prev_items", "t2v19.admin_fee.delta_items")]),
        *block("第二十条第（九）项", [GCell("采购项目数量"), GCell("采购总金额", cs=2)],
               [row2("政府集中采购", "t2v19.central_procurement.projects", "t2v19.central_procurement.amount")]),
    ]


def _grid_t3(fmt: str, ct: _CellText) -> list[list[GCell]]:
    cols = (*T3_APPLICANT_COLS, "total")
    vals = lambda row: [ct(f"t3.{row}.{c}") for c in cols]  # noqa: E731
    grid = [[GCell(_T3_HEAD, rs=3, cs=3), GCell("申请人情况", cs=7)],
            [GCell("自然人", rs=2), GCell("法人或其他组织", cs=5), GCell("总计", rs=2)],
            [GCell(x) for x in _T3_COL_LABELS],
            [GCell(_T3_LABELS["new"], cs=3), *vals("new")],
            [GCell(_T3_LABELS["carried_over"], cs=3), *vals("carried_over")]]
    outcomes = [*_t3_outcomes(fmt), "total_processed"]
    body_rows: list[list[GCell]] = []
    for row in outcomes:
        group = next((g for g in _T3_GROUPS if row.startswith(g[0])), None)
        if group is None:
            body_rows.append([GCell(_leaf_label(row), cs=2), *vals(row)])
            continue
        members = [r for r in outcomes if r.startswith(group[0])]
        lead = [GCell(group[1], rs=len(members))] if row == members[0] else []
        body_rows.append([*lead, GCell(_leaf_label(row)), *vals(row)])
    body_rows[0].insert(0, GCell("三、本年度办理结果", rs=len(body_rows)))
    grid += body_rows
    grid.append([GCell(_T3_LABELS["carried_forward"], cs=3), *vals("carried_forward")])
    return grid


def _grid_t4(ct: _CellText) -> list[list[GCell]]:
    return [[GCell("行政复议", cs=5), GCell("行政诉讼", cs=10)],
            [*(GCell(h, rs=2) for h in _T4_HEAD), GCell("未经复议直接起诉", cs=5), GCell("复议后起诉", cs=5)],
            [GCell(h) for h in _T4_HEAD * 2],
            [ct(f"t4.{g}.{o}") for g in T4_GROUPS for o in (*T4_PARTS, "total")]]


def _expand(grid: list[list[GCell]]) -> list[list[tuple[GCell, bool]]]:
    """Place spanned cells on a full matrix: ``(cell, is_origin)`` at every position."""
    width = sum(c.cs for c in grid[0])
    matrix: list[list[tuple[GCell, bool] | None]] = [[None] * width for _ in grid]
    for r, row in enumerate(grid):
        col = 0
        for cell in row:
            while matrix[r][col] is not None:
                col += 1
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    matrix[r + dr][col + dc] = (cell, dr == 0 and dc == 0)
            col += cell.cs
    return [[x if x is not None else (GCell(""), True) for x in row] for row in matrix]


@dataclass
class _Style:
    """Per-rendering choices shared by the table builders of one report."""
    fee_header: str = "本年收费金额（单位：万元）"
    fee_places: int = 0
    halfwidth: bool = False


def _grids(doc: ComposedReport, ct: _CellText, st: _Style) -> dict[str, list[list[GCell]]]:
    grids = {"t2": _grid_t2(doc.fmt, ct, st.fee_header), "t3": _grid_t3(doc.fmt, ct), "t4": _grid_t4(ct)}
    if st.halfwidth:
        table = str.maketrans({"（": "(", "）": ")", "，": ","})
        for grid in grids.values():
            for row in grid:
                for cell in row:
                    if not cell.value and not cell.text.startswith("第二十条"):
                        cell.text = cell.text.translate(table).replace(")予", ") 予").replace(")部", ") 部")
    return grids


def _pick_style(rng: random.Random, layout: str) -> _Style:
    st = _Style()
    if rng.random() < (0.5 if layout == "tsv" else 0.15):
        st.fee_header = "本年收费金额（单位：万元，保留4位小数）"
        st.fee_places = 4 if rng.random() < 0.5 else 0
    st.halfwidth = layout in ("tsv", "pipe") and rng.random() < 0.3
    return st


def _plain(text: str) -> str:
    return text.replace(_B0, "").replace(_B1, "")


# --------------------------------------------------------------------------------------------
# Layouts
# --------------------------------------------------------------------------------------------

def _tsv_table(name: str, grid: list[list[GCell]], rng: random.Random) -> list[str]:
    """Tab-separated lines of a grid with the quirks of exported markdown: trailing empty columns,
    one row with an extra empty column, one row that lost its leading tabs, the 表三 header split
    differently from the grid."""
    matrix = _expand(grid)
    lines = []
    trail = rng.choice((0, 0, 1, 2))
    for row in matrix:
        cells = [c.text if origin else "" for c, origin in row]
        lines.append("\t".join(cells) + "\t" * trail)
    if name == "t3" and rng.random() < 0.5:
        lines[0:3] = [f"{grid[0][0].text}\t\t申请人情况\t\t\t\t\t\t总计\t\t",
                      "\t\t自然人\t法人或其他组织\t\t\t\t\t\t",
                      "\t\t\t" + "\t".join(c.text for c in grid[2]) + "\t\t\t"]
    if name in ("t3", "t2") and rng.random() < 0.5:
        i = rng.randrange(3 if name == "t3" else 2, len(lines))
        head, sep, rest = lines[i].partition("\t")
        lines[i] = head + "\t\t" + rest if sep else lines[i]
    if name == "t3" and rng.random() < 0.5:
        i = rng.randrange(5, len(lines) - 1)
        lines[i] = lines[i].lstrip("\t")
    return lines


def _pipe_table(grid: list[list[GCell]], rng: random.Random) -> list[str]:
    matrix = _expand(grid)
    repeat = rng.random() < 0.4
    out = []
    for i, row in enumerate(matrix):
        cells = [c.text if (origin or (repeat and not c.value)) else "" for c, origin in row]
        out.append("| " + " | ".join(x.replace("|", "/") for x in cells) + " |")
        if i == 0:
            out.append("|" + "---|" * len(row))
    return out


def _flat_table(grid: list[list[GCell]], rng: random.Random) -> str:
    """A table as crawled pages give it: labels glued, values glued or irregularly spaced."""
    p_space = rng.choice((0.0, 0.0, 1.0, 0.85, 0.5))
    parts = []
    for row in grid:
        labels = "".join(c.text for c in row if not c.value)
        values = [c.text for c in row if c.value]
        joined = ""
        for j, v in enumerate(values):
            if j and rng.random() < p_space:
                joined += " "
            joined += v
        if values and labels and p_space and rng.random() < 0.3:
            joined = " " + joined
        parts.append(labels + joined)
    return "".join(parts)


def _md_para(text: str, bold: bool) -> str:
    return text.replace(_B0, "**" if bold else "").replace(_B1, "**" if bold else "")


def _render_markdown(doc: ComposedReport, rng: random.Random, blanks: Iterable[str], pipe: bool) -> str:
    st = _pick_style(rng, "pipe" if pipe else "tsv")
    ct = _CellText(doc.values, blanks, ("/", "—", ""), rng, st.fee_places, rng.random() < 0.3, rng.random() < 0.3)
    grids = _grids(doc, ct, st)
    bold = rng.random() < 0.5
    deep = rng.random() < 0.25           # the sample's "####" for later sections
    sub_style = rng.choice(("（一）", "(一)、", "(一)"))
    out = ["", "", f"# {doc.title}", ""] if rng.random() < 0.7 else [doc.title, ""]
    for p in doc.preface:
        out += [p, ""]
    for key, heading, blocks in doc.sections:
        level = "####" if deep and key in ("review_litigation", "problems") else "##"
        out += [f"{level} {heading}", ""]
        for kind, text in blocks:
            if kind == "sub":
                if sub_style != "（一）" and text[:3] in _SUBNUM:
                    text = sub_style.replace("一", text[1]) + text[3:]
                out += [f"### {text}", ""]
            elif kind == "p":
                out += [_md_para(text, bold), ""]
            elif pipe:
                out += [*_pipe_table(grids[text], rng), ""]
            else:
                out += [*_tsv_table(text, grids[text], rng), ""]
    if rng.random() < 0.5:
        out += [*doc.signature, ""]
    return "\n".join(out)


def _flat_header(rng: random.Random, title: str, date: _dt.date, body: str) -> list[str]:
    path = f"zwgk/zfxxgk/nb/{date:%Y%m}/t{date:%Y%m%d}_{rng.randint(10000, 99999)}"
    return [f"标题: {title}", f"发布时间: {date:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
            "文号: ", f"发布机构: {body if rng.random() < 0.4 else ''}", "栏目: 政府信息公开年报",
            f"原文链接: https://www.example.gov.cn/{path}.htm",
            f"本地目录: {path.rsplit('/', 1)[0]}/{path.rsplit('_', 1)[1]}_{title}",
            "页面链接与图片详见 links.tsv(同目录)", "==================== 正文 ===================="]


def _render_flat(doc: ComposedReport, rng: random.Random, blanks: Iterable[str]) -> str:
    st = _pick_style(rng, "flat")
    ct = _CellText(doc.values, blanks, ("/",), rng, st.fee_places)
    grids = _grids(doc, ct, st)
    pieces = [doc.title + " "] if rng.random() < 0.5 else []
    pieces += [_plain(p) for p in doc.preface]
    for _key, heading, blocks in doc.sections:
        pieces.append(heading)
        for kind, text in blocks:
            if kind == "table":
                pieces.append(rng.choice((" ", "")) + _flat_table(grids[text], rng) + rng.choice((" ", "")))
            elif kind == "sub":
                pieces.append(text + rng.choice(("", "。")))
            else:
                pieces.append(_plain(text))
    pieces.append(" " + "".join(doc.signature))
    line = "".join(pieces)
    return "\n".join(_flat_header(rng, doc.title, doc.published, doc.body)) + "\n" + line + "\n"


# ---- HTML ----------------------------------------------------------------------------------

_NAV = ("首页", "政务公开", "政务服务", "互动交流", "走进本地", "专题专栏")


def _html_page(title: str, site_name: str, body: str, date: _dt.date, article: str, rng: random.Random,
               charset: str) -> bytes:
    e = _html.escape
    nav = "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(_NAV))
    related = (f'<div class="related"><h4>相关链接</h4><ul><li><a href="/zwgk/nb/{date.year - 1}/">'
               f'{e(body)}{date.year - 2}年政府信息公开工作年度报告</a></li><li><a href="/zwgk/zn/">政府信息公开指南</a>'
               f'</li></ul></div>')
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="SiteName" content="{e(site_name)}"><meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="{date:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}">
<title>{e(title)}_{e(site_name)}</title>
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script></head>
<body>
<div class="topbar"><a href="/">首页</a> | <a href="/wza/">无障碍浏览</a> | <a href="/m/">手机版</a> | <a href="/login/">登录</a></div>
<header class="site-header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{e(site_name)}"></a></div>
<form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></header>
<nav class="main-nav"><ul>{nav}</ul></nav>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/1/">政务公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>
<div class="main"><div class="article">
<h1 class="article-title">{e(title)}</h1>
<div class="article-info">发布时间：{date:%Y-%m-%d} 来源：{e(body)} 浏览次数：<span id="hits">{rng.randint(20, 9000)}</span> 【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="javascript:window.print()">打印</a></div>
<div class="article-content"><div class="TRS_Editor">
{article}
</div></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</div>{related}</div>
<footer class="site-footer"><ul class="links"><li><a href="/about/">关于本站</a></li><li><a href="/sitemap/">网站地图</a></li><li><a href="/contact/">联系我们</a></li><li><a href="/privacy/">隐私声明</a></li></ul>
<p>主办单位：{e(site_name)}办公室 承办：{e(site_name)}信息中心 网站标识码：{rng.randint(1000000000, 9999999999)}</p>
<p><a href="https://beian.miit.gov.cn/">ICP备{rng.randint(10000000, 99999999)}号-{rng.randint(1, 3)}</a> 公网安备 {rng.randint(10 ** 13, 10 ** 14 - 1)}号</p></footer>
<script>var _hits = document.getElementById("hits");</script>
</body></html>
"""
    return page.encode(charset, errors="xmlcharrefreplace")


def _html_table(grid: list[list[GCell]], rng: random.Random) -> str:
    e = _html.escape
    wrap_p = rng.random() < 0.6
    rows = []
    for row in grid:
        tds = []
        for c in row:
            attrs = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
            text = e(c.text) if c.text else "&nbsp;"
            if not c.value and 4 <= len(c.text) <= 6 and c.text.startswith(("结果", "其他", "尚未")) and rng.random() < 0.5:
                text = f"{e(c.text[:2])}<br />{e(c.text[2:])}"
            inner = f'<p align="center">{text}</p>' if wrap_p else text
            tds.append(f'<td{attrs} style="width:{48 * c.cs + (96 if len(c.text) > 8 else 0)}px;">{inner}</td>')
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return '<table border="1" cellspacing="0" cellpadding="0" align="center"><tbody>' + "".join(rows) + "</tbody></table>"


def _render_html(doc: ComposedReport, rng: random.Random, blanks: Iterable[str], encoding: str | None) -> bytes:
    charset = encoding or rng.choice(("utf-8", "utf-8", "gbk"))
    st = _pick_style(rng, "html")
    ct = _CellText(doc.values, blanks, ("/", "—", ""), rng, st.fee_places, rng.random() < 0.3, rng.random() < 0.3)
    grids = _grids(doc, ct, st)
    e = _html.escape
    indent = ' style="text-indent: 2em;"'

    strong = rng.random() < 0.4

    def para(text: str) -> str:
        body = e(text).replace(_B0, "<strong>" if strong else "").replace(_B1, "</strong>" if strong else "")
        return f"<p{indent}>{body}</p>"

    heading_tag = rng.choice(("strong", "h3", "b"))
    parts = [f'<p style="text-align:center;"><strong>{e(doc.title)}</strong></p>'] if rng.random() < 0.5 else []
    parts += [para(p) for p in doc.preface]
    for _key, heading, blocks in doc.sections:
        parts.append(f"<h3>{e(heading)}</h3>" if heading_tag == "h3" else
                     f"<p{indent}><{heading_tag}>{e(heading)}</{heading_tag}></p>")
        for kind, text in blocks:
            if kind == "table":
                parts.append(_html_table(grids[text], rng))
            elif kind == "sub":
                parts.append(f"<p{indent}>{e(text)}</p>")
            else:
                parts.append(para(text))
    parts.append("".join(f'<p style="text-align:right;">{e(s)}</p>' for s in doc.signature))
    site_name = doc.body[:3] + rng.choice(("人民政府", "政府门户网站"))
    return _html_page(doc.title, site_name, doc.body, doc.published, "\n".join(parts), rng, charset)


# ---- DOCX ----------------------------------------------------------------------------------

def _fixed_zip(data: bytes, when: _dt.date) -> bytes:
    """Rewrite a zip with fixed timestamps so the same report gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(when.year, when.month, when.day, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _docx_table(d: Any, grid: list[list[GCell]]) -> None:
    """Append ``grid`` to document ``d`` as a Word table: gridSpan for column spans, vMerge for
    row spans (written as XML directly; python-docx's ``merge`` is quadratic and slow)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def el(tag: str, **attrs: str) -> Any:
        node = OxmlElement(tag)
        for k, v in attrs.items():
            node.set(qn(f"w:{k}"), v)
        return node

    matrix = _expand(grid)
    width = len(matrix[0])
    table = d.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for row in matrix:
        tr = el("w:tr")
        col = 0
        while col < width:
            cell, origin = row[col]
            tc, pr = el("w:tc"), el("w:tcPr")
            pr.append(el("w:tcW", w=str(900 * cell.cs), type="dxa"))
            if cell.cs > 1:
                pr.append(el("w:gridSpan", val=str(cell.cs)))
            if cell.rs > 1:
                pr.append(el("w:vMerge", val="restart") if origin else el("w:vMerge"))
            tc.append(pr)
            p = el("w:p")
            if origin and cell.text:
                if cell.value:
                    ppr = el("w:pPr")
                    ppr.append(el("w:jc", val="center"))
                    p.append(ppr)
                run, t = el("w:r"), el("w:t")
                t.text = cell.text
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                run.append(t)
                p.append(run)
            tc.append(p)
            tr.append(tc)
            col += cell.cs
        table._tbl.append(tr)


def _render_docx(doc: ComposedReport, rng: random.Random, blanks: Iterable[str]) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    st = _pick_style(rng, "docx")
    ct = _CellText(doc.values, blanks, ("/", "—", ""), rng, st.fee_places, rng.random() < 0.3, rng.random() < 0.3)
    grids = _grids(doc, ct, st)
    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "宋体"
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    when = _dt.datetime(doc.published.year, doc.published.month, doc.published.day, 9, 0, 0)
    cp.title, cp.author, cp.last_modified_by = doc.title, doc.body, doc.body
    cp.created = cp.modified = when
    cp.revision = 1
    use_headings = rng.random() < 0.4

    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(doc.title)
    run.bold, run.font.size = True, Pt(16)

    def para(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(24)
        for i, chunk in enumerate(text.replace(_B1, _B0).split(_B0)):
            if chunk:
                p.add_run(chunk).bold = (i % 2 == 1)

    for p in doc.preface:
        para(p)
    for _key, heading, blocks in doc.sections:
        if use_headings:
            d.add_heading(heading, level=2)
        else:
            d.add_paragraph().add_run(heading).bold = True
        for kind, text in blocks:
            if kind == "sub":
                d.add_paragraph().add_run(text).bold = rng.random() < 0.7
            elif kind == "p":
                para(text)
            else:
                _docx_table(d, grids[text])
                d.add_paragraph()
    for s in doc.signature:
        d.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue(), doc.published)


# ---- PDF -----------------------------------------------------------------------------------

_PDF_FONT = "STSong-Light"


def _pdf_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if _PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_PDF_FONT))
    return _PDF_FONT


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points (characters, not words)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for ch in text:
        if cur and stringWidth(cur + ch, _PDF_FONT, size) > width:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def _pdf_table_lines(grid: list[list[GCell]], width: float, size: float) -> list[str]:
    """Each grid row as one line: labels then space-separated values; a label too long for the
    line is broken and its tail goes on the line with the values, as PDF text layers show."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out = []
    for row in grid:
        labels = " ".join(c.text for c in row if not c.value and c.text)
        values = " ".join(c.text for c in row if c.value)
        line = f"{labels} {values}".strip()
        if stringWidth(line, _PDF_FONT, size) <= width:
            out.append(line)
            continue
        room = width - stringWidth(" " + values, _PDF_FONT, size)
        head = _wrap(labels, room, size)
        out += head[:-1] + [f"{head[-1]} {values}".strip()]
    return out


def _render_pdf(doc: ComposedReport, rng: random.Random, blanks: Iterable[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _pdf_font()
    st = _pick_style(rng, "pdf")
    ct = _CellText(doc.values, blanks, ("/", "—"), rng, st.fee_places, rng.random() < 0.3, rng.random() < 0.3)
    grids = _grids(doc, ct, st)
    page_w, page_h = A4
    margin = 64
    width = page_w - 2 * margin
    body_size, table_size = 12, 9.5
    lines: list[tuple[str, float, str]] = []       # text, size, align
    for t in _wrap(doc.title, width, 16):
        lines.append((t, 16, "center"))
    for p in doc.preface:
        lines += [(t, body_size, "left") for t in _wrap("　　" + p, width, body_size)]
    for _key, heading, blocks in doc.sections:
        lines.append((heading, body_size, "left"))
        for kind, text in blocks:
            if kind == "table":
                lines += [(t, table_size, "left") for t in _pdf_table_lines(grids[text], width, table_size)]
            elif kind == "sub":
                lines.append((text, body_size, "left"))
            else:
                lines += [(t, body_size, "left") for t in _wrap("　　" + _plain(text), width, body_size)]
    lines += [(s, body_size, "right") for s in doc.signature]

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(doc.title)
    c.setAuthor(doc.body)
    page, y = 1, page_h - margin
    numbered = rng.random() < 0.7
    for text, size, align in lines:
        if y < margin + size:
            if numbered:
                c.setFont(font, 10)
                c.drawCentredString(page_w / 2, margin / 2, f"- {page} -")
            c.showPage()
            page, y = page + 1, page_h - margin
        c.setFont(font, size)
        if align == "center":
            c.drawCentredString(page_w / 2, y - size, text)
        elif align == "right":
            c.drawRightString(page_w - margin, y - size, text)
        else:
            c.drawString(margin, y - size, text)
        y -= size * 1.6
    if numbered:
        c.setFont(font, 10)
        c.drawCentredString(page_w / 2, margin / 2, f"- {page} -")
    c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_grid_table(grid: list[list[GCell]], width: float, size: float) -> Any:
    """``grid`` as a ruled reportlab table (every cell's borders drawn, merged cells spanned, an empty cell left
    empty), as word processors print the statistics tables into a PDF: label columns share what the figure columns
    leave of ``width``."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    font = _pdf_font()
    label = ParagraphStyle("label", fontName=font, fontSize=size, leading=size * 1.25, wordWrap="CJK")
    figure = ParagraphStyle("figure", parent=label, alignment=1)
    matrix = _expand(grid)
    n = len(matrix[0])
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    data = []
    for r, row in enumerate(matrix):
        data.append([Paragraph(escape(cell.text), figure if cell.value else label) if origin and cell.text else ""
                     for cell, origin in row])
        style += [("SPAN", (c, r), (c + cell.cs - 1, r + cell.rs - 1))
                  for c, (cell, origin) in enumerate(row) if origin and (cell.rs > 1 or cell.cs > 1)]
    figures = {c for row in matrix for c, (cell, _) in enumerate(row) if cell.value and cell.cs == 1}
    fig_w = min(width / n, size * 3.6) if len(figures) < n else width / n
    # each label column as wide as its longest label asks, in proportion (a group label spanning many rows is short)
    asks = {c: max([len(cell.text) for row in matrix for cell, origin in row[c:c + 1] if origin and cell.cs == 1]
                   + [2]) for c in range(n) if c not in figures}
    room = width - fig_w * len(figures)
    return Table(data, colWidths=[fig_w if c in figures else room * asks[c] / sum(asks.values()) for c in range(n)],
                 style=TableStyle(style))


def _render_pdf_grid(doc: ComposedReport, rng: random.Random, blanks: Iterable[str]) -> bytes:
    """A PDF whose statistics tables are ruled grids (reportlab platypus): blank cells may be truly empty here,
    the cell borders tell where they are."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus.doctemplate import LayoutError

    font = _pdf_font()
    st = _pick_style(rng, "pdf")
    # a ruled table's blank cell is most often left empty
    ct = _CellText(doc.values, blanks, ("", "", "/", "—"), rng, st.fee_places, rng.random() < 0.3, rng.random() < 0.3)
    grids = _grids(doc, ct, st)
    margin = 56
    width = A4[0] - 2 * margin
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    title = ParagraphStyle("title", parent=plain, fontSize=16, leading=26, alignment=1)
    right = ParagraphStyle("right", parent=plain, alignment=2)
    sizes = [rng.choice((8.0, 9.0, 10.0)), 7.0, 6.0]
    numbered = rng.random() < 0.7

    def page_number(canvas: Any, d: Any) -> None:
        if numbered:
            canvas.setFont(font, 10)
            canvas.drawCentredString(A4[0] / 2, margin / 2, f"- {d.page} -")

    for table_size in sizes:        # a table whose merged rows cannot fit one page is set smaller
        buf = io.BytesIO()
        pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                                bottomMargin=margin, title=doc.title, author=doc.body, invariant=1)
        try:
            pdf.build(_pdf_grid_story(doc, grids, width, table_size, (title, body, plain, right)),
                      onFirstPage=page_number, onLaterPages=page_number)
            break
        except LayoutError:
            if table_size == sizes[-1]:
                raise
    return buf.getvalue()


def _pdf_grid_story(doc: ComposedReport, grids: dict[str, list[list[GCell]]], width: float, table_size: float,
                    styles: tuple[Any, ...]) -> list[Any]:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph, Spacer

    title, body, plain, right = styles
    story: list[Any] = [Paragraph(escape(doc.title), title)]
    story += [Paragraph(escape(p), body) for p in doc.preface]
    for _key, heading, blocks in doc.sections:
        story.append(Paragraph(escape(heading), plain))
        for kind, text in blocks:
            if kind == "table":
                story += [_pdf_grid_table(grids[text], width, table_size), Spacer(1, 8)]
            elif kind == "sub":
                story.append(Paragraph(escape(text), plain))
            else:
                story.append(Paragraph(escape(_plain(text)), body))
    story += [Paragraph(escape(s), right) for s in doc.signature]
    return story


# ---- dispatch ------------------------------------------------------------------------------

def render_composed(doc: ComposedReport, *, layout: str, rng: random.Random,
                    blanks: Iterable[str] = frozenset(), encoding: str | None = None) -> str | bytes:
    """Lay out a composed report; text layouts return ``str``, html/docx/pdf return ``bytes``."""
    if layout not in LAYOUTS:
        raise ValueError(f"The 'layout' parameter must be one of {LAYOUTS}. Got {layout!r} instead.")
    blanks = frozenset(blanks)
    unknown = blanks - set(doc.values)
    if unknown:
        raise ValueError(f"blanks name cells that are not in values: {sorted(unknown)[:5]}")
    if layout == "tsv":
        return _render_markdown(doc, rng, blanks, pipe=False)
    if layout == "pipe":
        return _render_markdown(doc, rng, blanks, pipe=True)
    if layout == "flat":
        return _render_flat(doc, rng, blanks)
    if layout == "html":
        return _render_html(doc, rng, blanks, encoding)
    if layout == "docx":
        return _render_docx(doc, rng, blanks)
    if layout == "pdfgrid":
        return _render_pdf_grid(doc, rng, blanks)
    return _render_pdf(doc, rng, blanks)


def render_report(values: dict[str, Any], *, fmt: str, layout: str, rng: random.Random, body: str, year: int,
                  blanks: Iterable[str] = frozenset(), encoding: str | None = None,
                  narrative_overrides: dict[str, Any] | None = None) -> str | bytes:
    """Compose and lay out one report (see :func:`compose_report` and :func:`render_composed`).

    ``layout`` is one of :data:`LAYOUTS`. Cells named in ``blanks`` print as empty, "/" or "—"
    ("/" in ``flat``; never empty in ``pdf``, where an empty cell would vanish from the text layer; ``pdfgrid``
    prints its tables ruled, so there an empty cell keeps its place).
    ``encoding`` picks the html charset (``utf-8``/``gbk``; random when None).
    """
    if fmt not in FORMATS:
        raise ValueError(f"The 'fmt' parameter must be one of {FORMATS}. Got {fmt!r} instead.")
    doc = compose_report(values, fmt=fmt, rng=rng, body=body, year=year, narrative_overrides=narrative_overrides)
    return render_composed(doc, layout=layout, rng=rng, blanks=blanks, encoding=encoding)


# --------------------------------------------------------------------------------------------
# Pre-2019 reports and attachment-only pages
# --------------------------------------------------------------------------------------------

_PRE2019_ROWS = (
    ("pre.proactive.total", "一、主动公开政府信息数", "条"),
    ("pre.proactive.normative", "其中：主动公开规范性文件数", "条"),
    ("pre.requests.total", "二、收到政府信息公开申请数", "件"),
    ("pre.requests.in_person", "其中：1.当面申请数", "件"),
    ("pre.requests.online", "2.网络申请数", "件"),
    ("pre.requests.letter", "3.信函申请数", "件"),
    ("pre.replies.granted", "三、对申请的答复：1.同意公开答复数", "件"),
    ("pre.replies.partial", "2.同意部分公开答复数", "件"),
    ("pre.replies.denied", "3.不同意公开答复数", "件"),
    ("pre.replies.not_exist", "4.信息不存在数", "件"),
    ("pre.replies.not_ours", "5.非本机关职责范围数", "件"),
    ("pre.fee.amount_wan", "四、依申请提供政府信息收取的费用", "万元"),
    ("pre.review.total", "五、因政府信息公开申请提起行政复议数", "件"),
    ("pre.litigation.total", "六、因政府信息公开申请提起行政诉讼数", "件"),
)


def random_pre2019_values(rng: random.Random) -> dict[str, int | float]:
    """Figures for the small statistics table of an old-outline report (keys ``pre.*``, not schema keys)."""
    v: dict[str, int | float] = {"pre.proactive.total": rng.randint(30, 2000)}
    v["pre.proactive.normative"] = rng.randint(0, min(30, v["pre.proactive.total"]))
    ways = [rng.choice((0, 0, rng.randint(1, 20))) for _ in range(3)]
    v["pre.requests.in_person"], v["pre.requests.online"], v["pre.requests.letter"] = ways
    total = v["pre.requests.total"] = sum(ways)
    replies = dict.fromkeys(("granted", "partial", "denied", "not_exist", "not_ours"), 0)
    for r in rng.choices(list(replies), (8, 2, 1, 2, 1), k=total):
        replies[r] += 1
    for r, n in replies.items():
        v[f"pre.replies.{r}"] = n
    v["pre.fee.amount_wan"] = 0
    v["pre.review.total"] = rng.choice((0, 0, 0, 1))
    v["pre.litigation.total"] = rng.choice((0, 0, 0, 0, 1))
    return v


def render_pre2019(rng: random.Random, *, body: str, year: int, layout: str = "tsv",
                   values: dict[str, Any] | None = None, encoding: str | None = None) -> str | bytes:
    """An old-outline report (概述 … 七、其他需要报告的事项) with a small statistics table.

    ``layout`` is ``tsv``, ``flat`` (str) or ``html`` (bytes). The values default to
    :func:`random_pre2019_values`.
    """
    if year >= 2019:
        raise ValueError(f"pre-2019 reports are for years before 2019. Got {year}.")
    v = values or random_pre2019_values(rng)
    short = _short_name(body)
    title = f"{body}{year}年政府信息公开工作年度报告"
    published = _dt.date(year + 1, rng.randint(1, 3), rng.randint(1, 28))
    req = v["pre.requests.total"]
    sections = [
        ("一、概述", [f"本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为{year}年1月1日至12月31日。"
                   f"{year}年，{short}围绕年度工作重点，扎实推进政府信息公开工作，公开制度进一步健全。"]),
        ("二、主动公开政府信息情况", [f"全年主动公开政府信息{v['pre.proactive.total']}条，其中规范性文件"
                             f"{v['pre.proactive.normative']}条。主要通过门户网站、公告栏和政府公报等渠道公开。"]),
        ("三、依申请公开政府信息情况", [f"全年共收到政府信息公开申请{req}件，" +
                              ("已全部按期答复。" if req else "无依申请公开事项。")]),
        ("四、政府信息公开的收费及减免情况", ["本年度未收取任何费用。"]),
        ("五、因政府信息公开申请提起行政复议、行政诉讼的情况",
         [f"全年发生因政府信息公开申请提起的行政复议{v['pre.review.total']}件、行政诉讼{v['pre.litigation.total']}件。"]),
        ("六、存在的主要问题和改进措施", ["一是公开内容不够全面，二是工作人员业务水平有待提高。下一步将加强培训，"
                                "及时更新公开目录，提高公开工作的规范化水平。"]),
        ("七、其他需要报告的事项", ["无。"]),
    ]
    rows = [("统计指标", "单位", "统计数")] + [(label, unit, _plain_decimal(v[key])) for key, label, unit in _PRE2019_ROWS]
    caption = f"{body}{year}年政府信息公开情况统计表"
    if layout == "html":
        e = _html.escape
        table = "<table border=\"1\"><tbody>" + "".join(
            "<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in rows) + "</tbody></table>"
        parts = []
        for heading, paras in sections:
            parts.append(f"<p><strong>{e(heading)}</strong></p>" + "".join(f"<p>{e(p)}</p>" for p in paras))
        parts.append(f"<p>附表：{e(caption)}</p>{table}")
        return _html_page(title, body[:3] + "人民政府", body, published, "\n".join(parts), rng,
                          encoding or rng.choice(("utf-8", "gbk")))
    if layout == "flat":
        text = "".join(h + "".join(ps) for h, ps in sections)
        text += "附表：" + caption + "".join(a + b + c for a, b, c in rows)
        return "\n".join(_flat_header(rng, title, published, body)) + "\n" + text + "\n"
    if layout != "tsv":
        raise ValueError(f"render_pre2019 supports layouts tsv, flat, html. Got {layout!r} instead.")
    out = [title, ""]
    for heading, paras in sections:
        out += [heading, *paras, ""]
    out += [f"附表：{caption}", *("\t".join(r) for r in rows), ""]
    return "\n".join(out)


def render_attachment_only(rng: random.Random, *, body: str, year: int, layout: str = "html",
                           encoding: str | None = None) -> str | bytes:
    """A page with a title and a link to the report as an attachment, but no report text.

    ``layout`` is ``html`` (bytes, with site chrome) or ``flat`` (a crawl: header lines and a body
    that only names the attachment).
    """
    title = f"{body}{year}年政府信息公开工作年度报告"
    published = _dt.date(year + 1, rng.randint(1, 3), rng.randint(1, 28))
    ext = rng.choice(("pdf", "docx", "doc"))
    name = f"{title}.{ext}"
    href = f"/zwgk/nb/{published:%Y%m}/P0{published:%Y%m%d}{rng.randint(100000, 999999)}.{ext}"
    if layout == "flat":
        return ("\n".join(_flat_header(rng, title, published, body)) + "\n"
                + rng.choice(("附件：", "相关附件：")) + name + "\n")
    if layout != "html":
        raise ValueError(f"render_attachment_only supports layouts html, flat. Got {layout!r} instead.")
    e = _html.escape
    article = (f'<p style="text-align:center;">{e(title)}</p>'
               f'<p>附件：<a href="{href}" target="_blank">{e(name)}</a></p>')
    return _html_page(title, body[:3] + "人民政府", body, published, article, rng, encoding or rng.choice(("utf-8", "gbk")))


# --------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------

def _pick_blanks(values: dict[str, Any], rng: random.Random, fmt: str) -> set[str]:
    """Zero-valued cells to print blank: a few scattered, or a whole empty applicant column."""
    r = rng.random()
    if r < 0.7:
        return set()
    zeros = sorted(k for k, x in values.items() if x == 0 and k.startswith(("t3.", "t4.", "t2")))
    if r < 0.85:
        return set(rng.sample(zeros, min(len(zeros), rng.randint(1, 6))))
    empty_cols = [c for c in T3_APPLICANT_COLS[1:]
                  if all(values[f"t3.{row}.{c}"] == 0 for row in load_schema().t3_rows(fmt))]
    if not empty_cols:
        return set()
    col = rng.choice(empty_cols)
    return {f"t3.{row}.{col}" for row in load_schema().t3_rows(fmt)}


def _write(path: Path, data: str | bytes, encoding: str) -> None:
    if isinstance(data, str):
        path.write_bytes(data.encode(encoding))
    else:
        path.write_bytes(data)


def _html_charset(data: bytes) -> str:
    return "gbk" if b"charset=gbk" in data[:400] else "utf-8"


def make_report(rng: random.Random, *, fmt: str, layout: str, body: str | None = None, level: str | None = None,
                year: int | None = None, values: dict[str, Any] | None = None, blanks: Iterable[str] | None = None,
                encoding: str | None = None, narrative_overrides: dict[str, Any] | None = None,
                scale: int | None = None) -> tuple[str | bytes, dict[str, Any]]:
    """One rendered report and its truth record (without ``file``); anything not given is drawn.

    ``encoding`` is the text encoding for txt/md output (``utf-8`` or ``gb18030``) or the html charset.
    """
    if body is None:
        body, level = invent_body(rng)
    if year is None:
        year = rng.randint(2021, 2024) if fmt == "2021" else rng.choice((2019, 2020))
    if values is None:
        values = random_tables(rng, fmt, scale or rng.choice((10, 30, 50, 200)))
    blanks = set(_pick_blanks(values, rng, fmt) if blanks is None else blanks)
    doc = compose_report(values, fmt=fmt, rng=rng, body=body, year=year, narrative_overrides=narrative_overrides)
    data = render_composed(doc, layout=layout, rng=rng, blanks=blanks,
                           encoding=encoding if layout == "html" else None)
    if layout == "html":
        enc = _html_charset(data)  # type: ignore[arg-type]
    elif isinstance(data, str):
        enc = encoding or "utf-8"
    else:
        enc = None
    truth = {"fmt": fmt, "layout": layout, "body": body, "level": level, "year": year, "encoding": enc,
             "title": doc.title, "published": doc.published.isoformat(), "headings": doc.headings,
             "values": values, "blanks": sorted(blanks), "claims": doc.claims, "items": doc.items,
             "facts": doc.facts, "identity_violations": _check_identities(values, fmt)}
    return data, truth


def generate_corpus(out_dir: str | Path, n: int, *, seed: int = 0, layouts: Iterable[str] = LAYOUTS,
                    formats: Iterable[str] = FORMATS) -> list[dict[str, Any]]:
    """Write ``n`` synthetic reports and ``truth.jsonl`` into ``out_dir``; return the truth records.

    Report ``i`` is drawn from ``random.Random(f"{seed}:{i}")``, so the corpus is the same for the
    same arguments (byte for byte, docx and pdf included). Layouts cycle through ``layouts`` and
    formats through ``formats``; text files are UTF-8, a few GB18030. Each truth record holds
    ``file, fmt, layout, body, level, year, encoding, title, published, headings, values, blanks,
    claims, items, facts, identity_violations``.
    """
    layouts, formats = tuple(layouts), tuple(formats)
    bad = [x for x in layouts if x not in LAYOUTS]
    if bad or not layouts:
        raise ValueError(f"The 'layouts' parameter must name layouts from {LAYOUTS}. Got {layouts!r} instead.")
    if not formats or any(f not in FORMATS for f in formats):
        raise ValueError(f"The 'formats' parameter must name formats from {FORMATS}. Got {formats!r} instead.")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    records = []
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        layout = layouts[i % len(layouts)]
        fmt = formats[(i // len(layouts)) % len(formats)] if len(formats) > 1 else formats[0]
        encoding = None
        if layout in ("tsv", "pipe", "flat"):
            encoding = "gb18030" if rng.random() < 0.1 else "utf-8"
        data, truth = make_report(rng, fmt=fmt, layout=layout, encoding=encoding)
        name = f"{i:04d}_{layout}_{fmt}{EXTENSIONS[layout]}"
        _write(out / name, data, truth["encoding"] or "utf-8")
        records.append({"file": name, **truth})
    with open(out / "truth.jsonl", "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records
