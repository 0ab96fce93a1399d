"""Table checks of one report: every hard identity on every row and column, and the notable
(blank, "/", ambiguous, missing) cells. Findings carry rule id, severity, schema keys, expected,
actual and a Chinese message."""
from __future__ import annotations

from .tables.extract import TableRead
from .types import AMBIGUOUS, BLANK, MISSING, NOT_APPLICABLE, Finding, SECTION_KEYS, Section

SECTION_ZH = {"general": "一、总体情况", "proactive": "二、主动公开政府信息情况",
              "requests": "三、收到和处理政府信息公开申请情况",
              "review_litigation": "四、政府信息公开行政复议、行政诉讼情况",
              "problems": "五、存在的主要问题及改进情况", "other": "六、其他需要报告的事项"}


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 4)


def table_findings(tables: list[TableRead]) -> list[Finding]:
    out: list[Finding] = []
    for t in tables:
        for b in t.broken:
            ident = b.identity
            if ident.rule in ("T3-ROW-TOTAL", "T3-COL-OUTCOMES", "T4-GROUP-TOTAL"):
                expected, actual = _num(b.rhs), _num(b.lhs)     # the printed total vs its parts
            else:
                expected, actual = _num(b.lhs), _num(b.rhs)
            blank = [k for k in ident.keys if t.cells.get(k) and t.cells[k].status in (BLANK, NOT_APPLICABLE)]
            note = f"（其中{len(blank)}个单元格为空白或“/”，按0计）" if blank else ""
            out.append(Finding(ident.rule, "error",
                               f"{ident.message}：应为{expected}，实际为{actual}{note}",
                               ident.keys, expected, actual))
        for ident in t.unverifiable:
            out.append(Finding("IDENTITY-UNRESOLVED", "info",
                               f"{ident.message}：相关单元格读数不唯一，无法判断是否成立",
                               ident.keys))
        by_status: dict[str, list[str]] = {}
        negative: list[tuple[str, float | int]] = []
        for key, cell in t.cells.items():
            status = cell.status
            if status in by_status:
                by_status[status].append(key)
            else:
                by_status[status] = [key]
            v = cell.value
            if v is not None and v < 0 and not key.endswith("delta_items"):
                negative.append((key, v))
        if by_status.get(AMBIGUOUS):
            keys = by_status[AMBIGUOUS]
            out.append(Finding("CELL-AMBIGUOUS", "info",
                               f"{t.table}有{len(keys)}个单元格的数字粘连、可有多种拆分，已列出候选值而未作猜测",
                               tuple(keys)))
        for status, zh in ((BLANK, "空白"), (NOT_APPLICABLE, "填写“/”或“—”")):
            if by_status.get(status):
                keys = by_status[status]
                out.append(Finding("CELL-BLANK" if status == BLANK else "CELL-NOT-APPLICABLE", "info",
                                   f"{t.table}有{len(keys)}个单元格{zh}（计算时按0处理）", tuple(keys)))
        if by_status.get(MISSING):
            keys = by_status[MISSING]
            out.append(Finding("ROW-MISSING", "info",
                               f"{t.table}缺少{len(keys)}个单元格（对应行未印出或未能定位）", tuple(keys)))
        for key, v in negative:
            out.append(Finding("NONNEG", "error", f"{key}为负数：{v}", (key,), ">=0", v))
    return out


def completeness_findings(year: int | None, table_format: str | None, tables: list[TableRead],
                          sections: list[Section]) -> list[Finding]:
    out: list[Finding] = []
    # (no table read in a report of a year the 2019 and 2021 templates cover, its parts there: its tables are missing —
    # printed as images, say; a page with neither parts nor tables has its own warning)
    if table_format not in ("2019", "2021") and not (table_format is None and year is not None and year >= 2019
                                                     and sections):
        return out
    found = {t.table for t in tables}
    for table in ("表二", "表三", "表四"):
        if table not in found:
            out.append(Finding("TABLE-MISSING", "warning", f"未找到{table}", ()))
    keys = {s.key for s in sections}
    for key in SECTION_KEYS:
        if key not in keys:
            out.append(Finding("SECTION-MISSING", "warning", f"未找到“{SECTION_ZH[key]}”部分", ()))
    if year and year >= 2021:
        for t in tables:
            if t.table in ("表二", "表三") and t.fmt == "2019":
                out.append(Finding("FORMAT-OLD-TABLE", "warning",
                                   f"{year}年度报告仍使用2019年版{t.table}格式（应使用2021年新版格式）", ()))
    return out
