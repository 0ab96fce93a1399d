"""Findings from the narrative: figures against the tables, parts against totals, rates against
their own counts, and the state of section 五. Severity follows one policy:

- ``error``: a stated figure that matches none of its plausible table targets (exact figure, all target
  cells resolved);
- ``warning``: soft checks — an exhaustive 其中 list that does not add up (or parts exceeding their
  total), a sum stated after its parts that they do not make (合计), a change stated with both figures that
  they do not give (较上年的422件增加48件 for 460件), a rate that disagrees at its stated precision, 元 written where the table has 万元, an empty
  or token section 五;
- ``info``: unsure or merely notable — ambiguous or approximate claims, figures with no table target,
  a 其中 list not shown to be exhaustive that sums to less than its total.
"""
from __future__ import annotations

import re

from .claims import CONCEPT_BY_KEY, PARTIAL_BASES, sentence_bounds
from .types import AMBIGUOUS, MISSING, Finding


def _fmt(x) -> str:
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _evidence(text: str, start: int) -> str:
    s, e = sentence_bounds(text, start)
    return text[s:e].strip()[:300]


RE_CELL_KEY = re.compile(r"t[234][\w.]*\.\w+")


def _keys(targets: list[str]) -> tuple[str, ...]:
    """The cells a claim's targets read ("(t3.granted.total)/t3.total_processed.total*100" → both keys)."""
    out: list[str] = []
    for t in targets:
        for k in RE_CELL_KEY.findall(t):
            if k not in out:
                out.append(k)
    return tuple(out)


# claim status → (rule, severity, message); fields: zh (concept), surface, expected, note, matched
CLAIM_FINDINGS = {
    "mismatch": ("NARRATIVE-MISMATCH", "error", "正文称{zh}“{surface}”，与表格不符（{expected}）"),
    "unit": ("FEE-UNIT", "warning", "正文“{surface}”与表二收费金额数字相同，但表二单位为万元：请核对单位"),
    "ambiguous": ("NARRATIVE-UNRESOLVED", "info", "正文{zh}“{surface}”无法确认是否与表格一致：{note}"),
    "approx": ("NARRATIVE-APPROX", "info", "正文{zh}“{surface}”为约数，与表格数字（{matched}）大致相符"),
    "outside": ("NARRATIVE-APPROX-OUTSIDE", "warning",
                "正文{zh}“{surface}”为约数（{stated}），表格数字（{expected}）不在其所示范围内"),
    "no_target": ("NARRATIVE-NO-TARGET", "info", "正文数字“{surface}”：{note}"),
}


def _expected(target: str, value, claim, report) -> str:
    """What the table gives for one target: its value, the values its ambiguous cells allow, or (a ratio with
    no value) the cells it reads."""
    if value is not None:
        return f"{target}={_fmt(value)}"
    if target in claim.possible:
        ps = claim.possible[target]
        return f"{target}={'或'.join(map(_fmt, ps[:8]))}{'等' if len(ps) > 8 else ''}（读数不唯一）"
    def shown(cell) -> str:            # a blank counts as 0 (as in evaluate); an unread cell is "?"
        return "?" if cell is None or cell.status in (AMBIGUOUS, MISSING) else _fmt(cell.value or 0)
    return f"{target}：" + "，".join(f"{k}={shown(report.cells.get(k))}" for k in _keys((target,)))


def _range(m) -> str:
    """An approximation's range in words: 460以上, 300至400, 不超过50."""
    if m.low is not None and m.high is not None:
        return f"{_fmt(m.low)}至{_fmt(m.high)}"
    return f"{_fmt(m.low)}以上" if m.low is not None else f"不超过{_fmt(m.high)}" if m.high is not None else m.surface


def narrative_findings(a) -> list[Finding]:
    text = a.report.text
    out: list[Finding] = []
    for c in a.claims:
        if c.status not in CLAIM_FINDINGS:
            continue
        m = c.mention
        rule, severity, template = CLAIM_FINDINGS[c.status]
        stated = m.value if m.value is not None else f"[{_fmt(m.low)}, {_fmt(m.high)}]"
        expected = "；".join(_expected(t, v, c, a.report) for t, v in c.values.items()) or None
        note = c.note or ("表格中没有对应的统计项" if c.status == "no_target" else "")
        message = template.format(zh=CONCEPT_BY_KEY[c.concept].zh if c.concept else "", surface=m.surface,
                                  expected=expected, note=note, matched=c.matched, stated=_range(m))
        if c.status == "mismatch" and c.note:
            message += "：" + c.note
        out.append(Finding(rule, severity, message, _keys(c.targets), expected, stated, (m.start, m.end),
                           _evidence(text, m.start)))
    for p in a.parts:
        total = p.total.value
        if any(x.value is None for x in p.parts) or total is None and p.total.high is None:
            continue
        s = sum(x.value for x in p.parts)
        span = (p.total.start, p.parts[-1].end)
        what = f"“{p.total.surface}”下列出的{len(p.parts)}项合计{_fmt(s)}"
        if total is None:               # an approximate total (近两千条): only parts beyond its upper bound say anything
            if p.certain and s > p.total.high + 1e-9:
                out.append(Finding("PARTS-EXCEED", "warning", f"{what}，超过约数“{p.total.surface}”的上限{_fmt(p.total.high)}",
                                   (), p.total.high, s, span, _evidence(text, p.total.start)))
            continue
        if abs(s - total) < 1e-9:
            continue
        if p.trailing:
            span = (p.parts[0].start, p.total.end)
            what = f"“{p.total.surface}”之前所列{len(p.parts)}项之和为{_fmt(s)}，与所称合计{_fmt(total)}不等"
            out.append(Finding("PARTS-SUM", "warning", what, (), s, total, span, _evidence(text, p.total.start)))
        elif not p.certain:
            out.append(Finding("PARTS-UNCLEAR", "info", f"{what}，与前文数字{_fmt(total)}不等（所分解的总数不明确）", (),
                               total, s, span, _evidence(text, p.total.start)))
        elif p.exhaustive:
            out.append(Finding("PARTS-SUM", "warning", f"{what}，与总数{_fmt(total)}不等", (), total, s, span,
                               _evidence(text, p.total.start)))
        elif s > total:
            out.append(Finding("PARTS-EXCEED", "warning", f"{what}，超过总数{_fmt(total)}", (), total, s, span,
                               _evidence(text, p.total.start)))
        else:
            out.append(Finding("PARTS-PARTIAL", "info", f"{what}，少于总数{_fmt(total)}（所列并非全部类别）", (),
                               total, s, span, _evidence(text, p.total.start)))
    # (a rate the table confirms has a base the sentence does not state in full: 办结率 over 新收 and 上年结转; not when
    # only this year's new requests confirm it: a sentence that states its base, 应办结130件, says what it is over)
    confirmed = {id(c.mention) for c in a.claims if c.status == "match" and c.matched not in PARTIAL_BASES}
    for r in a.rates:
        if not r.consistent and id(r.rate) not in confirmed:
            out.append(Finding("RATE-MISMATCH", "warning",
                               f"“{r.rate.surface}”与同句的{_fmt(r.numerator.value)}/{_fmt(r.denominator.value)}"
                               f"={r.computed:.2f}%不符", (), round(r.computed, 2), r.rate.value,
                               (r.rate.start, r.rate.end), _evidence(text, r.rate.start)))
    for c in a.changes:
        if not c.consistent:
            stated = "持平" if c.sign == 0 else ("增加" if c.sign > 0 else "减少") + c.change.surface
            got = f"变化率为{_fmt(round(c.computed, 2))}%" if c.change.kind == "percent" else \
                f"之差为{_fmt(round(c.computed, 2))}个百分点" if c.change.kind == "points" else f"之差为{_fmt(c.computed)}"
            out.append(Finding("CHANGE-MISMATCH", "warning",
                               f"“{c.current.surface}”与“{c.previous.surface}”{got}，与所称“{stated}”不符", (),
                               round(c.computed, 2), c.sign * c.change.value, (c.current.start, c.change.end),
                               _evidence(text, c.current.start)))
    out.extend(_section5_findings(a.report))
    return out


RE_NOTHING = re.compile(r"^[\s。.：:]*(?:无|暂无|没有|无其他需要报告的事项)?[\s。.]*$")


def _section5_findings(report) -> list[Finding]:
    if report.meta.table_format not in ("2019", "2021"):
        return []
    sec = report.section("problems")
    if sec is None:
        return []
    body = report.text[sec.body_start:sec.end].strip()
    if RE_NOTHING.match(body):
        return [Finding("SECTION5-EMPTY", "warning", "“存在的主要问题及改进情况”为空或仅写“无”", (), None, None,
                        (sec.start, sec.end))]
    if len(re.sub(r"\s", "", body)) < 60:
        return [Finding("SECTION5-SHORT", "warning", f"“存在的主要问题及改进情况”只有{len(body)}个字符，内容过于简略",
                        (), None, None, (sec.start, sec.end))]
    return []
