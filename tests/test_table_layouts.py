"""Tables in the layouts that text copied out of PDFs and web pages takes, beyond the generator's own: the tab-
separated tables of generated reports rewritten with spaces between cells (an empty cell is then only a wider
gap), with every cell on its own line (an empty cell is an empty line), with full-width digits (in the cells and in
the row labels' enumerators: ３.其他), as pandoc's grid tables (+---+ rules, padded cells), with thousands
separators (1,655; every figure grouped, decimals too: 589,671.2858; with the full-width comma: 1，655) and with
the 其他 row of （六）其他处理 printed without its 3.

Every cell must read as generated or be reported ambiguous (never a wrong value), and a consistent table must give
no error or warning."""
from __future__ import annotations

import random
import re

import pytest

from nlp import synth
from nlp.report import read_report
from nlp.tables.tokens import tokens

def _grouped(text: str, sep: str) -> str:
    """Every separated figure of four or more integer digits printed with thousands separators ``sep``."""
    return re.sub(r"(?<=\t)(\d{4,})(\.\d+)?(?=\t|\n)",
                  lambda m: f"{int(m[1]):,}".replace(",", sep) + (m[2] or ""), text)


def _wrapped(text: str, width: int, first: str = "三、收到", after: str = "四、政府信息公开行政复议",
             n: int = 7) -> str:
    """A table (表三; 表二 with ``n`` = 1, its rows' last figure) as a PDF's text layer gives it when its label
    column is ``width`` characters wide: cells apart by spaces, and a longer label wrapped with the row's figures
    printed between its first line and the rest (2.没有现成信息需 / 7 0 0 0 0 0 7 / 要另行制作)."""
    a, b = text.find(first), text.find(after)
    out = []
    for line in text[a:b].split("\n"):
        cells = [c for c in line.split("\t") if c.strip()] if n == 1 else line.split("\t")
        k = next((i for i, c in enumerate(cells) if re.fullmatch(r"[-\d.]+", c)), len(cells)) if n == 1 else len(cells) - 7
        values = cells[k:]
        if k < 1 or len(values) < n or not all(re.fullmatch(r"[-\d.]+", v) for v in values):
            out.append(line)
            continue
        labels = [c for c in cells[:k] if c.strip()]
        last = labels[-1] if labels else ""
        head = " ".join(labels[:-1] + [last[:width]])
        if len(last) <= width:
            out.append(head + " " + " ".join(values))
        else:
            out += [head, " ".join(values), last[width:]]
    return text[:a] + "\n".join(out) + text[b:]


def _html_rows(part: str) -> str:
    """Tab-separated rows as the HTML table a PDF-to-markdown converter leaves in its output."""
    out, inside = [], False
    for line in part.split("\n"):
        if "\t" in line:
            if not inside:
                out.append("<table><tbody>")
                inside = True
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr>")
            continue
        if inside:
            out.append("</tbody></table>")
            inside = False
        out.append(line)
    return "\n".join(out + (["</tbody></table>"] if inside else []))


def _grid_rows(part: str, wrap: int | None = None, width: int = 0) -> str:
    """Tab-separated rows as the grid tables pandoc writes (+----+ rules between rows, +====+ under the first, every
    cell padded to its column's width); with ``wrap``, a cell's text is wrapped to lines of that many characters, as
    pandoc wraps a cell to its column's width (the row then spans several lines between its rules); every column at
    least ``width`` characters wide."""
    def render(table: list[list[str]]) -> list[str]:
        out = []
        n = max(len(r) for r in table)
        rows = [r + [""] * (n - len(r)) for r in table]
        if wrap:
            rows = [[[c[k:k + wrap] for k in range(0, max(len(c), 1), wrap)] for c in r] for r in rows]
        else:
            rows = [[[c] for c in r] for r in rows]
        widths = [max([width] + [len(part) for r in rows for part in r[j]]) for j in range(n)]
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
        out.append(rule)
        for i, r in enumerate(rows):
            for k in range(max(len(c) for c in r)):
                out.append("| " + " | ".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(r, widths)) + " |")
            out.append(rule.replace("-", "=") if i == 0 else rule)
        return out
    return _tables_rendered(part, render)


def _tables_rendered(part: str, render) -> str:
    """``part`` with each run of tab-separated lines (a table) replaced by ``render``'s lines for its rows."""
    out, table = [], []
    for line in part.split("\n") + [""]:
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        if table:
            out += render(table)
            table = []
        out.append(line)
    return "\n".join(out[:-1])


def _in_t4(text: str, f) -> str:
    """``f`` applied to 表四's part of a generated report (its heading to the next part's)."""
    a = text.find("四、政府信息公开行政复议")
    b = re.compile(r"^(?:#+ )?五、", re.M).search(text, a).start()
    return text[:a] + f(text[a:b]) + text[b:]


def _t4_in_parts(part: str) -> str:
    """表四 printed as two tables: 行政复议 with its five figures, then 行政诉讼 with its ten."""
    v = re.search(r"^((?:\d+\t){14}\d+)", part, re.M).group(1).split("\t")
    head = "\t".join(("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"))
    heading = part.split("\n", 1)[0]                        # the generated report's own heading line
    return (heading + "\n（一）行政复议情况\n" + head + "\n" + "\t".join(v[:5])
            + "\n（二）行政诉讼情况\n未经复议直接起诉\t复议后起诉\n" + head + "\t" + head + "\n" + "\t".join(v[5:]) + "\n\n")


_T4_RESULTS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
_T4_GROUPS = ("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）")


def _t4_relaid(how: str):
    """表四 with its results as labels: a line per figure (行政复议结果维持：0), a row per group under a 结果维持…总计
    header, or a row per result with the three groups as columns."""
    def relay(part: str) -> str:
        v = re.search(r"^((?:\d+\t){14}\d+)", part, re.M).group(1).split("\t")
        heading = part.split("\n", 1)[0]
        if how == "lines":
            body = "".join(f"{g}{r}：{v[i * 5 + j]}\n" for i, g in enumerate(_T4_GROUPS) for j, r in enumerate(_T4_RESULTS))
        elif how.startswith("groups-as-rows"):
            body = "\t" + "\t".join(_T4_RESULTS) + "\n" + "".join(
                g + "\t" + "\t".join(v[i * 5:i * 5 + 5]) + "\n" for i, g in enumerate(_T4_GROUPS))
            if how.endswith("heji"):                 # and a 合计 row under them, each column's sum
                body += "合计\t" + "\t".join(str(sum(int(v[i * 5 + j]) for i in range(3))) for j in range(5)) + "\n"
        else:
            body = "\t" + "\t".join(_T4_GROUPS) + "\n" + "".join(
                r + "\t" + "\t".join(v[i * 5 + j] for i in range(3)) + "\n" for j, r in enumerate(_T4_RESULTS))
        return heading + "\n" + body + "\n"
    return relay


_T3_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")


def _t3_key_value(bullet: str = ""):
    """表三 with each row as its label and then every figure after its column's name (一、本年新收…：自然人 0，商业企业
    3，…，总计 5), as a list item with ``bullet``."""
    def relay(part: str) -> str:
        out = []
        for line in part.split("\n"):
            cells = [c for c in line.split("\t") if c.strip()]        # (a row with an empty cell stays as it is)
            values = [c for c in cells if re.fullmatch(r"\d+|/|—", c)]
            labels = [c for c in cells if c not in values]
            if len(values) != 7 or not labels or cells[-7:] != values or "\t\t" in line.strip("\t").split(labels[-1])[-1]:
                out.append(line)
                continue
            out.append(bullet + labels[-1] + "：" + "，".join(f"{c} {v}" for c, v in zip(_T3_COLUMNS, values)))
        return "\n".join(out)
    return relay


def _t3_written_out(style: str):
    """表三's rows written out, each figure after its column's name: on the row's line (一、本年新收…：自然人3件，…，
    其他0件，总计3件。) or one pair per indented line under the row's label (    自然人：3)."""
    def relay(part: str) -> str:
        out = []
        for line in part.split("\n"):
            cells = [c for c in line.split("\t") if c.strip()]
            values = cells[-7:]
            if len(cells) < 8 or not all(re.fullmatch(r"\d+", v) for v in values):
                out.append(line)
                continue
            label = "".join(cells[:-7])
            if style == "line":
                out.append(label + "：" + "，".join(f"{c}{v}件" for c, v in zip(_T3_COLUMNS, values)) + "。")
            else:
                out += [label] + [f"    {c}：{v}" for c, v in zip(_T3_COLUMNS, values)]
        return "\n".join(out)
    return relay


def _t4_written_out(part: str) -> str:
    """表四 as sentences: each group's count, then its results in brackets (行政复议2件（结果维持0件、…）；…)."""
    m = re.search(r"^((?:\d+\t){14}\d+)\t*$", part, re.M)
    if not m:
        return part
    v = m[1].split("\t")
    names = ("行政复议", "未经复议直接提起行政诉讼", "复议后提起行政诉讼")
    words = ("结果维持", "结果纠正", "其他结果", "尚未审结")
    said = "；".join(f"{names[g]}{v[5 * g + 4]}件（" + "、".join(f"{w}{v[5 * g + i]}件" for i, w in enumerate(words)) + "）"
                    for g in range(3))
    return part.split("\n", 1)[0] + "\n\n" + said + "。\n\n"


_GROUP_LAST_ROWS = ("8.属于行政查询事项", "3.补正后申请内容仍不明确", "5.要求行政机关确认或重新出具已获取信息", "3.其他")


def _t3_group_subtotals(part: str) -> str:
    """A 小计 row closing each group of 表三's results (不予公开, 无法提供, 不予处理, 其他处理), the sum of its rows."""
    out, group = [], []
    for line in part.split("\n"):
        out.append(line)
        m = re.search(r"\t((?:\d+\t){6}\d+)\t*$", line)
        if m and "（" not in line.split("\t")[-8] and not line.startswith(("一、", "二、")):
            group.append([int(x) for x in m[1].split("\t")])
        if m and any(line.rstrip("\t").split("\t")[-8].endswith(last) for last in _GROUP_LAST_ROWS):
            out.append("\t\t小计\t" + "\t".join(str(sum(c)) for c in zip(*group)))
        if m and re.search(r"[（(][一二三四五六][）)]", line):
            group = [[int(x) for x in m[1].split("\t")]]
    return "\n".join(out)


def _t2_heji(part: str) -> str:
    rows = re.findall(r"^(?:规章|行政规范性文件|规范性文件)\t([^\n]*)$", part, flags=re.M)
    values = [[int(x) if x.strip() else 0 for x in r.split("\t")[:3]] for r in rows]
    if len(values) != 2 or any(len(v) != 3 for v in values):
        return part
    last = re.search(r"^(?:行政规范性文件|规范性文件)\t[^\n]*$", part, flags=re.M)
    row = "合计\t" + "\t".join(str(a + b) for a, b in zip(*values))
    return part[:last.end()] + "\n" + row + part[last.end():]


def _in_t3(text: str, f) -> str:
    """``f`` applied to 表三's part of a generated report."""
    a, b = text.find("三、收到和处理"), text.find("四、政府信息公开行政复议")
    return text[:a] + f(text[a:b]) + text[b:]


def _t3_in_column_parts(part: str) -> str:
    """表三 cut into two tables side by side (自然人…科研机构, then 续表 社会公益组织…总计), each with every row label;
    unchanged unless every data row ends in seven printed cells."""
    head, rows, tail = [], [], []
    for line in part.split("\n"):
        cells = line.rstrip("\t").split("\t")
        values = cells[-7:]
        if len(cells) > 7 and all(re.fullmatch(r"\d+|/|—", v) for v in values):
            rows.append(("\t".join(c for c in cells[:-7] if c), values))
        elif rows and "\t" in line:
            return part                             # a row with an empty cell: left as it is
        else:
            (tail if rows else head).append(line)
    if len(rows) < 20:
        return part
    first = ["\t自然人\t商业企业\t科研机构"] + [f"{label}\t" + "\t".join(v[:3]) for label, v in rows]
    second = ["\t社会公益组织\t法律服务机构\t其他\t总计"] + [f"{label}\t" + "\t".join(v[3:]) for label, v in rows]
    return "\n".join(head[:1] + [""] + first + ["（续表）"] + second + tail)


def _in_t2(text: str, f) -> str:
    """``f`` applied to 表二's part of a generated report (from 二、主动公开… to the next heading)."""
    a = text.find("二、主动公开")
    b = text.find("\n#", a)
    return text[:a] + f(text[a:b + 1]) + text[b + 1:]


def _in_t3_fn(f):
    return lambda t: _in_t3(t, f)


def _latex_rows(part: str) -> str:
    """Tab-separated rows as the LaTeX tables a PDF converter writes: \\begin{tabular}{|c|…|}, cells apart by &, each
    row ended by \\\\ and a \\hline, the first row's words in \\multicolumn{1}{|c|}{…}, a long label broken by a
    \\newline and every figure in \\textbf{…} on one row in three."""

    def cell(c: str, first_row: bool, bold: bool) -> str:
        if first_row and c.strip() and not c.strip().isdigit():
            return "\\multicolumn{1}{|c|}{" + c + "}"
        if len(c) > 9 and re.search(r"[\u4e00-\u9fff]", c) and not re.search(r"\d", c):     # (a label)
            return c[:5] + " \\newline " + c[5:]
        return "\\textbf{" + c + "}" if bold and c.isdigit() else c

    def render(table: list[list[str]]) -> list[str]:
        n = max(len(r) for r in table)
        return (["\\begin{tabular}{|" + "c|" * n + "}\n\\hline"]
                + [" & ".join(cell(c, i == 0, i % 3 == 1) for c in r + [""] * (n - len(r))) + " \\\\ \\hline"
                   for i, r in enumerate(table)]
                + ["\\end{tabular}"])
    return _tables_rendered(part, render)


def _in_tables(f):
    """``f`` applied to the tables' part of a generated report (from 二、主动公开… to 五、存在…)."""
    def apply(t: str) -> str:
        a, b = t.find("二、主动公开"), t.find("五、存在")
        return t[:a] + f(t[a:b]) + t[b:]
    return apply


def _t4_total_first(part: str) -> str:
    """表四 with each group's 总计 column before its results (总计 结果维持 结果纠正 其他结果 尚未审结)."""
    part = part.replace("结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "总计\t结果维持\t结果纠正\t其他结果\t尚未审结")

    def rotate(m: re.Match) -> str:
        v = m[0].split("\t")
        return "\t".join(x for g in range(3) for x in [v[5 * g + 4]] + v[5 * g:5 * g + 4])
    return re.sub(r"^(?:\d+\t){14}\d+(?=\t*$)", rotate, part, flags=re.M)


def _t4_header_wrapped(part: str) -> str:
    """表四's header as a PDF wraps it: each result word cut after its third character, the last characters on the
    next line (结果维 / 持), so that only the 总计 columns are whole words."""
    out = []
    for line in part.split("\n"):
        tails = re.findall(r"(?<=结果维|结果纠|其他结|尚未审)[持正果结]", line)
        out.append(re.sub(r"(?<=结果维|结果纠|其他结|尚未审)[持正果结]", "", line))
        if tails:
            out.append("\t".join(tails))
    return "\n".join(out)


# 表三's labels cut to their key words, without enumerators (a layout some bodies design their own table in)
_T3_SHORT_LABELS = [("一、本年新收政府信息公开申请数量", "本年新收"), ("二、上年结转政府信息公开申请数量", "上年结转"),
                    ("1.属于国家秘密", "国家秘密"), ("2.其他法律行政法规禁止公开", "法律法规禁止"),
                    ("3.危及“三安全一稳定”", "危及三安全一稳定"), ("4.保护第三方合法权益", "第三方权益"),
                    ("5.属于三类内部事务信息", "内部事务信息"), ("6.属于四类过程性信息", "过程性信息"),
                    ("7.属于行政执法案卷", "执法案卷"), ("8.属于行政查询事项", "行政查询"),
                    ("1.本机关不掌握相关政府信息", "不掌握"), ("2.没有现成信息需要另行制作", "需另行制作"),
                    ("3.补正后申请内容仍不明确", "补正后仍不明确"), ("1.信访举报投诉类申请", "信访举报投诉"),
                    ("4.无正当理由大量反复申请", "大量反复申请"), ("5.要求行政机关确认或重新出具已获取信息", "确认或重新出具"),
                    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正"),
                    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "逾期未缴费"),
                    ("(七)总计", "小计"), ("四、结转下年度继续办理", "结转下年度")]


def _t3_short_labels(part: str) -> str:
    for long, short in _T3_SHORT_LABELS:
        part = part.replace(long, short)
    return part


def _t3_breakdown(part: str) -> str:
    """Rows of their own under 本年新收 and 予以公开 splitting them (其中：网上申请 …, 信函申请 …; 其中：当场答复 …)."""
    def split(m: re.Match) -> str:
        v = [int(x) for x in m[2].split("\t")]
        online = [x - x // 3 for x in v]
        rest = [x - y for x, y in zip(v, online)]
        if m[1].startswith("一"):
            return (f"{m[0]}\n其中：网上申请\t" + "\t".join(map(str, online)) + "\n信函申请\t"
                    + "\t".join(map(str, rest)))
        return f"{m[0]}\n\t其中：当场答复\t" + "\t".join(map(str, rest))
    return re.sub(r"^(一、本年新收[^\t\n]*|[^\n]*\(一\) 予以公开)\t+((?:\d+\t){6}\d+)(?=\t*$)", split, part, flags=re.M)


_T2_MEASURES = {"规章": ("本年制发件数", "本年废止件数", "现行有效件数"),
                "行政规范性文件": ("本年制发件数", "本年废止件数", "现行有效件数"),
                "行政许可": ("本年处理决定数量",), "行政处罚": ("本年处理决定数量",), "行政强制": ("本年处理决定数量",),
                "行政事业性收费": ("本年收费金额（单位：万元）",)}


def _t2_relaid(style: str):
    """表二 (2021) without its article and 信息内容 lines: a row per measure under the heading (规章 本年制发件数 0 /
    本年废止件数 2 …), or each row written out on a line (规章：本年制发0件，本年废止2件，现行有效6件。)."""
    def relay(part: str) -> str:
        rows = []
        for line in part.split("\n"):
            cells = [c for c in line.split("\t") if c.strip()]
            if cells and cells[0] in _T2_MEASURES:
                if len(cells) != len(_T2_MEASURES[cells[0]]) + 1:
                    return part
                rows.append((cells[0], list(zip(_T2_MEASURES[cells[0]], cells[1:]))))
        if len(rows) != len(_T2_MEASURES):
            return part                                     # (the 2019 table: left as it is)
        out = ["二、主动公开政府信息情况", ""]
        for label, measured in rows:
            if style == "per-measure":
                out += [f"{label}\t{m}\t{v}" if i == 0 else f"{m}\t{v}" for i, (m, v) in enumerate(measured)]
            elif style == "bullets":
                unit = "万元" if label == "行政事业性收费" else "件"
                out.append(f"● {label}——" + "／".join(f"{m.split('（')[0].removesuffix('件数').removesuffix('数量')}{v}{unit}"
                                                      for m, v in measured))
            else:
                unit = "万元" if label == "行政事业性收费" else "件"
                out.append(f"{label}：" + "，".join(f"{m.split('（')[0].removesuffix('件数').removesuffix('数量')}{v}{unit}"
                                                   for m, v in measured) + "。")
        return "\n".join(out) + "\n\n"
    return relay


def _numbered_rows(part: str) -> str:
    """Each line that ends in figures numbered in order at its start (1 一、本年新收… 7件 0件 …)."""
    n = iter(range(1, 100))
    return re.sub(r"^(?=[^\n]*\d件\t*$)", lambda m: f"{next(n)} ", part, flags=re.M)


LAYOUTS = {
    "spaces": lambda t: t.replace("\t", "  "),
    "fullwidth": _in_tables(lambda z: z.translate(str.maketrans("0123456789", "０１２３４５６７８９"))),
    "cell-per-line": lambda t: t.replace("\t", "\n"),
    "thousands": lambda t: re.sub(r"(?<=\t)(\d)(\d{3})(?=\t|\n)", r"\1,\2", t),
    "grouped-all": lambda t: _grouped(t, ","),
    "grouped-fullwidth-comma": lambda t: _grouped(t, "，"),
    "bare-other": lambda t: t.replace("3.其他\t", "其他\t"),
    "t3-in-column-parts": lambda t: _in_t3(t, _t3_in_column_parts),
    "label-variants": lambda t: _in_t3(t, lambda z: z.replace("3.其他\t", "3.其它\t").replace("（七）总计", "（七）合计")
                                         .replace("四、结转下年度继续办理", "四、结转下年度继续办理（件）")),
    "pdf-wrapped-labels-9": lambda t: _wrapped(t, 9),
    "pdf-wrapped-labels-12": lambda t: _wrapped(t, 12),
    "pdf-wrapped-labels-8": lambda t: _wrapped(t, 8),
    "pdf-wrapped-t2-labels-5": lambda t: _wrapped(t, 5, "二、主动公开", "三、收到", 1),
    "unit-suffix": _in_tables(lambda z: re.sub(r"(?<=\t)(\d+)(?=\t|\n)", r"\1件", z)),
    # and a sequence number before each of 表三's rows (a PDF of a table with a 序号 column): no cell of the row before
    "unit-suffix-row-numbers": lambda t: _in_t3(t, lambda z: _numbered_rows(re.sub(r"(?<=\t)(\d+)(?=\t|\n)", r"\1件", z))),
    "t4-row-label": lambda t: re.sub(r"\n((?:\d+\t){14}\d+)(?=\t*\n)", r"\n数量（件）\t\1", t),
    "t4-heji": lambda t: _in_t4(t, lambda z: z.replace("总计", "合计")),
    "t4-in-parts": lambda t: _in_t4(t, _t4_in_parts),
    "t3-key-value-rows": lambda t: _in_t3(t, _t3_key_value()),
    "t3-key-value-bullets": lambda t: _in_t3(t, _t3_key_value("- ")),
    "t4-a-line-per-figure": lambda t: _in_t4(t, _t4_relaid("lines")),
    "t4-groups-as-rows": lambda t: _in_t4(t, _t4_relaid("groups-as-rows")),
    "t4-results-as-rows": lambda t: _in_t4(t, _t4_relaid("results-as-rows")),
    "html-tables-in-markdown": lambda t: _in_tables(_html_rows)(t),
    "pandoc-grid-tables": lambda t: _in_tables(_grid_rows)(t),
    "pandoc-grid-tables-wrapped": lambda t: _in_tables(lambda z: _grid_rows(z, wrap=6))(t),
    # …and padded wide: 表三's first two rows more than 600 characters apart
    "pandoc-grid-tables-wide": lambda t: _in_tables(lambda z: _grid_rows(z, wrap=8, width=14))(t),
    "latex-tables": lambda t: _in_tables(_latex_rows)(t),
    # a line break between a label's enumerator and its dot (2<br>.没有现成信息…): the 2 is no figure of the row before
    "br-in-enumerators": _in_tables(lambda z: re.sub(r"(?m)(^|\t)(\d)\.(?=[\u4e00-\u9fff])", r"\1\2<br>.", z)),
    "br-in-labels-bold-figures": _in_tables(lambda z: re.sub(
        r"(?<=\t)(\d+)(?=\t|\n)", r"**\1**", re.sub(r"(\d\.[\u4e00-\u9fff]{3})(?=[\u4e00-\u9fff]{3})", r"\1<br>", z))),
    # a CSV export's rows: cells apart by commas (17,2,169 is three cells: 2 is no group of a thousands separator)
    "csv-commas": _in_tables(lambda z: z.replace("\t", ",")),
    # a blank cell written in words (暂无, 不适用) between figures, and figures with their unit (0件)
    "cell-words": lambda t: _in_t3(t, lambda z: re.sub(r"(?<=\t)(\d+)(?=\t|\n)", r"\1件", re.sub(
        r"(?<=\d\t)(?=\t\d)", "暂无", re.sub(r"(?<=\d\t)(?=\t\d)", "不适用", z, count=3)))),
    # each group of 表四 with its 总计 first, in the header and the figures
    "t4-total-first": lambda t: _in_t4(t, _t4_total_first),
    # and its header wrapped as a PDF does (结果维 / 持): the figures' identities tell the order
    "t4-total-first-header-wrapped": lambda t: _in_t4(t, lambda z: _t4_header_wrapped(_t4_total_first(z))),
    "t4-header-wrapped": lambda t: _in_t4(t, _t4_header_wrapped),
    # a space after a row's enumerator (8. 属于行政查询事项): the 8 is no figure of the row before
    "enumerator-space": lambda t: re.sub(r"(?<=\t)(\d)\.(?=[\u4e00-\u9fff])", r"\1. ", t),
    # zero-width spaces (web editors, WeChat) inside figures, between a label's characters and before a row
    "zero-width-spaces": _in_tables(lambda z: re.sub(r"(?<=\d)(?=\d)|(?<=公开)|(?=\t)|(?<=\n)", "\u200b", z)),
    "t3-label-years-reworded": lambda t: _in_t3(t, lambda z: z.replace("本年新收", "本年度新收").replace(
        "上年结转", "上一年度结转").replace("结转下年度", "结转下一年度")),
    # the last row as a label, a colon and its figures apart by 、 (结转下年度继续办理：2、0、1、…。)
    "t3-last-row-colon-dunhao": lambda t: _in_t3(t, lambda z: re.sub(
        r"(结转下年度继续办理)\t+((?:\d+\t){6}\d+)", lambda m: m[1] + "：" + m[2].replace("\t", "、") + "。", z)),
    "t3-short-labels": lambda t: _in_t3(t, _t3_short_labels),
    # rows written out with each column's name (其他 and 总计 are columns there, not rows), the last row too
    "t3-rows-written-out": lambda t: _in_t3(t, _t3_written_out("line")),
    "t3-a-pair-per-line": lambda t: _in_t3(t, _t3_written_out("pairs")),
    "t4-written-out": lambda t: _in_t4(t, _t4_written_out),
    "t2-bulleted-rows": lambda t: _in_t2(t, _t2_relaid("bullets")),
    # 表二's counts in a spreadsheet's number format (14.00), and its article lines left out of a markdown table
    "t2-spreadsheet-decimals": lambda t: _in_t2(t, lambda z: re.sub(r"(?<=\t)([+-]?\d+)(?=\t|\n)", r"\1.00", z)),
    "t2-markdown-without-article": lambda t: _in_t2(t, lambda z: re.sub(r"\t", " | ", re.sub(
        r"^第二十条[^\n]*\n", "", z, flags=re.M))),
    "t2-a-row-per-measure": lambda t: _in_t2(t, _t2_relaid("per-measure")),
    "t2-rows-written-out": lambda t: _in_t2(t, _t2_relaid("written-out")),
    "t3-breakdown-rows": lambda t: _in_t3(t, _t3_breakdown),
    "t3-group-subtotal-rows": lambda t: _in_t3(t, _t3_group_subtotals),
    # an OCR text layer's letters for digits beside other digits (l2 for 12, 1O for 10)
    "ocr-letters-for-digits": _in_tables(lambda z: re.sub(r"(?<=\d)0(?=\t|\n)", "O", re.sub(r"(?<=\t)1(?=\d)", "l", z))),
    "ocr-lone-letters": _in_t3_fn(lambda z: re.sub(r"(?<=\t)0(?=\t)", "O", z)),
    "t4-groups-as-rows-heji": lambda t: _in_t4(t, _t4_relaid("groups-as-rows-heji")),
    # a 合计 row under 表二's 规章 and 行政规范性文件 (a spreadsheet's sum)
    "t2-heji-row": lambda t: _in_t2(t, _t2_heji),
    "repeated-labels-spaces": lambda t: re.sub(r"\t+", "  ", re.sub(
        r"^(\t*)([^\t\n]*[\u4e00-\u9fff][^\t\n]*)(\t+(?:\d+\t){6}\d+)(?=\t*$)", r"\1\2  \2\3", t, flags=re.M)),
}
SEEDS = range(24)


def _read(layout: str, seed: int):
    rng = random.Random(seed)
    fmt = ("2021", "2019")[seed % 2]
    data, truth = synth.make_report(rng, fmt=fmt, layout="tsv", scale=3000 if layout.startswith(("thousands", "grouped")) else None)
    text = data if isinstance(data, str) else data.decode("utf-8")
    return read_report(LAYOUTS[layout](text).encode("utf-8"), name=f"r{seed}.txt"), truth["values"], \
        set(truth["blanks"])


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_cells_read_right_or_ambiguous_and_no_false_alarm(layout):
    wrong, ambiguous, cells, alarms = [], 0, 0, []
    for seed in SEEDS:
        report, values, blanks = _read(layout, seed)
        for key, value in values.items():
            if not key.startswith(("t2", "t3", "t4")):
                continue
            cells += 1
            cell = report.cells.get(key)
            if cell is not None and cell.status == "ambiguous":
                ambiguous += 1
            elif cell is None or cell.status == "missing" or (cell.value or 0) != (value or 0) \
                    or (cell.value is None and key not in blanks):           # a printed figure read as blank
                wrong.append((seed, key, value, None if cell is None else (cell.value, cell.status)))
        alarms += [(seed, f.rule) for f in report.checks if f.severity in ("error", "warning")]
    assert not wrong, wrong[:5]
    assert not alarms, alarms[:5]
    assert ambiguous < 0.01 * cells, (ambiguous, cells)      # where the spacing shows the empty cells


def test_a_lost_empty_cell_goes_where_the_wider_gap_is():
    """"14  1    0  3  0  18": six numbers for seven cells; the row total holds only with an empty cell (not with
    14 split into 1|4), and the wider gap says it is the third."""
    from nlp.tables.extract import _row_readings, _t3_row_keys, _t3_row_test
    for sep, wide in (("  ", "    "), ("\n", "\n\n")):
        row = sep + sep.join(["14", "1"]) + wide + sep.join(["0", "3", "0", "18"]) + "\n"
        text = "一、本年新收政府信息公开申请数量" + row
        start = text.index(row)
        found, _ = _row_readings(text, start, len(text), 7, accept=_t3_row_test("2021", _t3_row_keys("new")))
        assert [[p.raw for p in r] for r in found] == [["14", "1", "", "0", "3", "0", "18"]]


def test_thousands_separators_make_one_cell_and_a_dash_line_between_cells_is_not_a_page_number():
    assert [(t.text, t.start, t.end) for t in tokens("1,655\t12,345.5\t3")] == [
        ("1655", 0, 5), ("12345.5", 6, 14), ("3", 15, 16)]
    assert [t.text for t in tokens("1,2 1,0000")] == ["1", "2", "1", "0000"]     # not thousands groups
    assert [t.text for t in tokens("0\n—\n3\n—\n3")] == ["0", "—", "3", "—", "3"]
    assert [t.text for t in tokens("5\n- 3 -\n7")] == ["5", "7"]                  # a page number on its own line


def test_a_full_width_comma_groups_thousands_and_typeset_minus_signs_are_signs():
    assert [t.text for t in tokens("1，218\t2，520.69\t3")] == ["1218", "2520.69", "3"]
    assert [t.text for t in tokens("1，22\t3")] == ["1", "22", "3"]                # not a thousands group
    assert [t.text for t in tokens("12\t\u22123\t\ufe634\t7", allow_sign=True)] == ["12", "-3", "-4", "7"]
    assert [t.kind for t in tokens("5\t\u2212\t7")] == ["int", "blank", "int"]     # a lone minus sign is a blank mark


def test_a_running_header_year_and_a_wrapped_group_label_are_no_cells():
    assert [t.text for t in tokens("0\n某某局2022年度政府信息公开工作年度报告\n48")] == ["0", "48"]
    assert [t.text for t in tokens("（四）无\n0 0 0\n法提供")] == ["0", "0", "0"]         # （四）无法提供, wrapped
    assert [t.text for t in tokens("2\t无\t0")] == ["2", "无", "0"]                         # 无 as a cell stays a mark


def test_the_last_row_of_a_table_reads_grouped_figures_to_their_end():
    """表二's fee is its last row: the values after its label run to the end of the figures, commas included."""
    from nlp.tables.extract import open_end
    for fee in ("1,234.50", "23,456", "2，520.69"):
        text = "行政事业性收费\t" + fee + "\n三、收到和处理政府信息公开申请情况"
        assert text[7:open_end(text, 7)].strip() == fee


def test_a_docling_header_joined_with_dots_still_heads_the_review_and_litigation_table():
    from nlp.tables.extract import read_t4
    heads = ["行政复议.结果维持", "行政复议.结果纠正", "行政复议.其他结果", "行政复议.尚未审结", "行政复议.总计"]
    for group in ("行政诉讼.未经复议直接起诉", "行政诉讼.复议后起诉"):
        heads += [f"{group}.{w}" for w in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")]
    values = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 2, 0, 0, 0, 2]
    text = ("四、复议和诉讼\n| " + " | ".join(heads) + " |\n|" + "---|" * 15 + "\n| "
            + " | ".join(map(str, values)) + " |\n\n五、存在的主要问题及改进情况\n")
    t4 = read_t4(text)
    assert t4 is not None and [t4.cells[k].value for k in sorted(t4.cells, key=list(t4.cells).index)] == values
    assert not t4.broken


def _t3_with_org_subtotal(zone: str, word: str = "小计") -> str:
    """表三 with a column after the five legal-person columns that sums them (法人或其他组织 小计), header and rows."""
    def row(m: re.Match) -> str:
        figures = m[2].split("\t")
        return m[1] + "\t".join(figures[:6] + [str(sum(map(int, figures[1:6]))), figures[6]]) + m[3]
    zone = re.sub(r"^(.*?\t)(\d+(?:\t\d+){6})(\t*)$", row, zone, flags=re.M)
    return zone.replace("\t其他\t", f"\t其他\t{word}", 1)


@pytest.mark.parametrize("seed", range(6))
def test_a_legal_person_subtotal_column_is_read_by_the_header_and_checked(seed):
    """表三 printing 法人或其他组织's 小计 after its five columns (eight figures a row): read by the header, each figure
    in its column (as the row alone, a figure too many: 16 of the probe's cells were ambiguous); the subtotal is
    no cell of the template. A header whose one 合计 after 其他 is the table's 总计 is the template's."""
    rng = random.Random(seed)
    data, truth = synth.make_report(rng, fmt=("2021", "2019")[seed % 2], layout="tsv", blanks=set())
    report = read_report(_in_t3(data, _t3_with_org_subtotal).encode("utf-8"), name=f"sub{seed}.txt")
    t3 = {k: v for k, v in truth["values"].items() if k.startswith("t3.")}
    assert [(k, v, report.cells[k].value) for k, v in t3.items()
            if report.cells[k].status != "value" or report.cells[k].value != v] == []
    assert not [f for f in report.checks if f.severity in ("error", "warning")]
    # (合计 in the prose before the table is not the header's: a review found the total column read as a subtotal)
    heji = (lambda z: z.replace("申请情况\n", "申请情况\n本年度办结8件，合计处理8件。\n", 1)
            .replace("\t其他\t", "\t其他\t合计", 1).replace("\t总计", "\t", 1))
    plain = read_report(_in_t3(data, heji).encode("utf-8"), name=f"heji{seed}.txt")
    assert all(plain.cells[k].value == v for k, v in t3.items())


@pytest.mark.parametrize("seed", [0, 3, 5, 12, 17, 20, 21, 28])       # (seeds whose 表三 has figures of 1,000 and more)
def test_a_flattened_table_with_thousands_separators_reads_its_figures(seed):
    """表三 flattened as a crawled page glues it (label and cells run together) with its figures of four digits or
    more grouped by commas: "…申请数量11,9473,118863726687337 17,678". A comma there is a thousands mark or a
    separator, which the row alone cannot tell; read only as separators, 6,917 became a 6 (a wrong value) and the
    row's total broke. Each way is a reading now, and the row's identities choose: no cell is wrong, no false
    alarm."""
    rng = random.Random(seed)
    data, truth = synth.make_report(rng, fmt="2021", layout="tsv", scale=3000, blanks=set())

    def flatten(zone: str) -> str:
        head, _, rows = zone.partition("一、本年新收")
        return head + "一、本年新收" + _grouped(rows, ",").replace("\t", "")

    report = read_report(_in_t3(data, flatten).encode("utf-8"), name=f"flat{seed}.txt")
    t3 = {k: v for k, v in truth["values"].items() if k.startswith("t3.")}
    assert sum(v >= 1000 for v in t3.values()) >= 3
    wrong = [(k, v, report.cells[k].value) for k, v in t3.items()
             if report.cells[k].status != "ambiguous" and report.cells[k].value != v]
    unsure = [k for k in t3 if report.cells[k].status == "ambiguous"]
    assert not wrong and len(unsure) <= 0.1 * len(t3), (wrong[:5], len(unsure))
    assert all(v in report.cells[k].candidates for k in unsure for v in [t3[k]])
    assert not [f.rule for f in report.checks if f.severity == "error"]


def test_a_row_of_many_joining_commas_gives_each_reading_once_and_no_more_than_the_cap():
    """A figures row of comma-joined digit runs (1234,5678,1234,…) has hundreds of ways to read its commas, each
    with thousands of readings: gathered once each (a review found them compared pairwise: minutes for one row)
    and no more than a row's cap."""
    from nlp.tables.extract import ROW_CAP, _row_readings
    text = "行政复议\n" + ",".join(["1234", "5678"] * 3) + "\n五、"
    found, _ = _row_readings(text, 5, len(text) - 3, 15, last=True)
    assert 0 < len(found) <= ROW_CAP and len(set(found)) == len(found)


def _t3_serial_numbers(zone: str) -> str:
    """表三 with a 序号 column: each row's line opened by its number and a TAB (the header's by 序号)."""
    out, n = [], 0
    for line in zone.split("\n"):
        if re.match(r"\t*(?:[一二三四]、|（[一二三四五六七]）|\d\.)", line):        # a row's line (its label's enumerator)
            n += 1
            line = f"{n}\t{line.lstrip(chr(9))}"
        elif "本列数据" in line:
            line = "序号\t" + line
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("seed", range(6))
def test_a_serial_number_column_with_empty_cells_places_no_figure_wrong(seed):
    """表三 with a 序号 column and zeros left empty: each row's region ran into the next row's number ("…\t10\n14\t2.
    没有现成…"), an extra figure that shifted the row's cells (7 wrong in a PDF probe). The next row's number is not
    the row's: no cell is wrong, no false alarm."""
    rng = random.Random(seed)
    values = synth.random_tables(rng, "2021", 50)
    zeros = sorted(k for k, v in values.items() if v == 0 and k.startswith("t3.") and not k.endswith(".total"))
    blanks = set(rng.sample(zeros, min(20, len(zeros))))
    data, truth = synth.make_report(rng, fmt="2021", layout="tsv", values=values, blanks=blanks)
    report = read_report(_in_t3(data, _t3_serial_numbers).encode("utf-8"), name=f"serial{seed}.txt")
    wrong = [(k, v, report.cells[k].value) for k, v in values.items() if k.startswith("t3.")
             and report.cells[k].status in ("value", "blank") and (report.cells[k].value or 0) != v]
    assert wrong == []
    assert not [f for f in report.checks if f.severity == "error"]


def test_figures_apart_fewer_than_cells_without_identities_stay_ambiguous():
    """A PDF's text layer drops empty cells: "规章 126" for 规章 | 126 | | . One digit per cell was the only split and
    was taken as the figures (1, 2, 6: wrong values); the figure may as well be whole, in any of the cells, and 表二's
    rows have no identity to choose: ambiguous, the truth among the candidates."""
    from nlp.tables.extract import read_t2
    text = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 126\n"
            "行政规范性文件 3 0 12\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 45\n三、收到和处理")
    t2 = read_t2(text)
    cells = [t2.cells[f"t2.regulation.{c}"] for c in ("issued", "repealed", "in_force")]
    assert all(c.status == "ambiguous" for c in cells) and 126 in cells[0].candidates
    assert [t2.cells[f"t2.normative_doc.{c}"].value for c in ("issued", "repealed", "in_force")] == [3, 0, 12]


def test_a_review_and_litigation_table_in_two_markdown_parts_keeps_its_empty_cell():
    """表四 as two markdown tables (行政复议's five columns, then 行政诉讼's ten) whose figure rows leave a cell empty
    (| 7 | 1 |  | 0 | 8 |): the empty cell is one of the fifteen, not a figure fewer (read as that, no reading
    fitted and the table went unread: 未找到表四)."""
    from nlp.tables.extract import read_t4
    words = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    values = ["0", "2", "5", "0", "7", "0", "3", "9", "1", "13", "4", "1", "", "0", "5"]

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |\n"
    text = ("四、政府信息公开行政复议、行政诉讼情况\n\n" + row(["行政复议"] * 5) + row(["---"] * 5) + row(words)
            + row(values[:5]) + "\n" + row(["行政诉讼"] * 10) + row(["---"] * 10)
            + row(["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5) + row(words * 2) + row(values[5:])
            + "\n五、存在的主要问题及改进情况\n")
    t4 = read_t4(text)
    assert t4 is not None
    got = [t4.cells[k] for k in sorted(t4.cells, key=list(t4.cells).index)]
    assert [c.status for c in got] == ["blank" if v == "" else "value" for v in values]
    assert [c.value for c in got if c.status == "value"] == [int(v) for v in values if v]
    assert not t4.broken


def test_a_review_and_litigation_row_that_opens_with_empty_cells_keeps_them():
    """表四's one row of figures as an HTML, DOCX or ruled PDF table prints it when its first cells are left
    empty ("<TAB><TAB><TAB><TAB>0<TAB>…": only each group's 总计 filled in): the TABs before the first figure
    are cells, not the space after the header (read as that, the row was four cells short, and with every figure 0
    the identities could not tell which end they belonged to: every cell ambiguous)."""
    from nlp.tables.extract import read_t4
    words = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    values = ["", "", "", "", "0", "", "", "", "", "0", "", "", "", "", "0"]
    text = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n" + "\t".join(words) + "\t未经复议直接起诉\t复议后起诉\n"
            + "\t".join(words * 3) + "\n" + "\t".join(values) + "\n五、存在的主要问题及改进情况\n")
    t4 = read_t4(text)
    got = [t4.cells[k] for k in sorted(t4.cells, key=list(t4.cells).index)]
    assert [c.status for c in got] == ["blank" if v == "" else "value" for v in values]
    assert [c.value for c in got if c.status == "value"] == [0, 0, 0]
    assert not t4.broken


def test_a_pdf_that_drops_its_empty_cells_reads_ambiguous_never_wrong_and_raises_no_false_alarm():
    """Zeros left empty and a PDF's text layer that drops empty cells ("123 35 158" for 123||||35||158): the row's
    own identities place the figures where they can; what stays undecided is ambiguous, never a wrong value, and
    a consistent table raises no error."""
    def drop_zeros(text: str) -> str:
        a, b = text.find("三、收到"), text.find("四、政府信息公开行政复议")
        rows = [re.sub(r"[ \t]+", " ", re.sub(r"(?<=\t)0(?=\t|$)", "", line)).strip()
                if re.search(r"(?:\t\d+){7}\t*$", line) else line for line in text[a:b].split("\n")]
        return text[:a] + "\n".join(rows) + text[b:]
    wrong, alarms = [], []
    for seed in range(8):
        fmt = ("2021", "2019")[seed % 2]
        data, truth = synth.make_report(random.Random(seed), fmt=fmt, layout="tsv")
        text = drop_zeros(data if isinstance(data, str) else data.decode("utf-8"))
        report = read_report(text.encode("utf-8"), name=f"z{seed}.txt")
        for key, value in truth["values"].items():
            cell = report.cells.get(key)
            if key.startswith("t3") and cell is not None and cell.status == "value" and (cell.value or 0) != (value or 0):
                wrong.append((seed, key, value, cell.value))
        alarms += [(seed, f.rule, f.message) for f in report.checks if f.severity in ("error", "warning")]
    assert not wrong, wrong[:5]
    assert not alarms, alarms[:5]


def test_a_hostile_run_of_digits_is_not_split_and_costs_bounded_work():
    """A row of 40-digit runs (millions of ways to cut each into cells) is read as missing, not guessed; the cuts
    of any run are bounded."""
    from nlp.tables.tokens import CUT_CAP, _cuts, readings
    run = "3252888742817718542611191747194889464485"
    assert list(readings(tokens(run), 7)) == []
    assert len(_cuts("1" * 30, 7)) == CUT_CAP
    text = "一、本年新收政府信息公开申请数量" + run + "\n二、上年结转政府信息公开申请数量" + run[::-1] + "\n"
    from nlp.tables.extract import _row_readings
    found, _ = _row_readings(text, 16, text.index("\n"), 7)
    assert found == []


def test_a_2019_change_column_reads_en_dashes_and_sign_words_as_signs():
    assert [t.text for t in tokens("98\t–3\t0\t减12\t增2\t增加1\t减少4", allow_sign=True)] == [
        "98", "-3", "0", "-12", "+2", "+1", "-4"]
    assert [(t.text, t.kind) for t in tokens("5\t–\t7", allow_sign=True)] == [("5", "int"), ("–", "blank"), ("7", "int")]
    assert [t.text for t in tokens("98\t–3\t0")] == ["98", "–", "3", "0"]      # without signs (other tables): as before


def _legal_columns_merged(part: str) -> str:
    """表三 with one 法人或其他组织 column for the five (a home-made table): 自然人 | 法人或其他组织 | 总计."""
    def merge(m: re.Match) -> str:
        a, *legal, total = m[2].split("\t")
        return m[1] + "\t".join([a, str(sum(int(x) for x in legal)), total])
    return re.sub(r"^(.*\t)((?:\d+\t){6}\d+)$", merge, part, flags=re.M)


@pytest.mark.parametrize("seed", range(6))
def test_a_table_with_fewer_applicant_columns_places_no_figure_in_a_column_it_is_not_in(seed):
    """Three figures for seven columns (and no cell left empty) say nothing of where the five legal-person cells
    are: no figure may be read into one of them, whatever identity the guess would satisfy."""
    rng = random.Random(seed)
    data, truth = synth.make_report(rng, fmt="2021", layout="tsv")
    text = _in_t3(data if isinstance(data, str) else data.decode("utf-8"), _legal_columns_merged)
    report = read_report(text.encode("utf-8"), name=f"r{seed}.txt")
    wrong = [(k, v, report.cells[k].value) for k, v in truth["values"].items()
             if k.startswith("t3.") and k in report.cells and report.cells[k].status in ("value", "blank")
             and (report.cells[k].value or 0) != (v or 0)]
    assert not wrong, wrong[:5]


def _t3_transposed(part: str) -> str:
    """表三 with its rows as columns: one line of the row labels, then a line per applicant column."""
    rows = re.findall(r"^(.*?)\t+((?:\d+\t){6}\d+)\t*$", part, flags=re.M)
    labels = [re.split(r"\t+", label.strip("\t"))[-1] for label, _ in rows]
    columns = list(zip(*(figures.split("\t") for _, figures in rows)))
    names = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    lines = ["申请人\t" + "\t".join(labels)] + [n + "\t" + "\t".join(c) for n, c in zip(names, columns)]
    return part[:part.index("\n") + 1] + "\n".join(lines) + "\n\n"


@pytest.mark.parametrize("seed", range(4))
def test_a_transposed_table_3_is_unknown_not_blank(seed):
    """The figures stand under the row labels, not after them: no cell is read as blank (a report with no request),
    each is unknown, and the report says why."""
    data, _ = synth.make_report(random.Random(seed), fmt="2021", layout="tsv", blanks=[])
    text = _in_t3(data if isinstance(data, str) else data.decode("utf-8"), _t3_transposed)
    report = read_report(text.encode("utf-8"), name=f"r{seed}.txt")
    t3 = [c for k, c in report.cells.items() if k.startswith("t3.")]
    assert t3 and not [c for c in t3 if c.status in ("blank", "value")]
    assert any("转置" in w for w in report.warnings)
    # and no identity is said broken by figures the cells do not hold
    assert not [f.rule for f in report.checks if f.rule.startswith("T3-") and f.severity in ("error", "warning")]


def test_a_blank_cell_in_words_and_figures_with_their_unit_read_as_cells():
    """暂无 in a cell of its own is a blank cell, 0件 a figure with its unit and 0* one with a footnote's mark: the row
    is read cell by cell (it used to be read as a run of tokens, every cell of it ambiguous)."""
    data, _ = synth.make_report(random.Random(3), fmt="2021", layout="tsv", blanks=[])
    text = data if isinstance(data, str) else data.decode("utf-8")
    row = re.search(r"^(.*属于三类内部事务信息\t+)((?:\d+\t){6}\d+)$", text, flags=re.M)
    figures = row[2].split("\t")
    assert figures[0] == "0"
    text = text.replace(row[0], row[1] + "\t".join(["暂无"] + [f + "件" for f in figures[1:-1]] + [figures[-1] + "*"]))
    report = read_report(text.encode("utf-8"), name="words.txt")
    cells = [report.cells[f"t3.denied.internal_affairs.{c}"] for c in
             ("natural", "commercial", "research", "social_welfare", "legal_service", "org_other", "total")]
    assert cells[0].status in ("blank", "not_applicable") and cells[0].value is None
    assert [(c.status, c.value) for c in cells[1:]] == [("value", int(f)) for f in figures[1:]]


def _t3_labels_then_columns(part: str) -> str:
    """表三 as a PDF text layer extracted column by column: every row label on a line of its own, then every figure,
    one per line, the first column's down to its last row, then the next column's."""
    rows = re.findall(r"^(.*?)\t+((?:\d+\t){6}\d+)\t*$", part, flags=re.M)
    labels = [re.split(r"\t+", label.strip("\t"))[-1] for label, _ in rows]
    columns = list(zip(*(figures.split("\t") for _, figures in rows)))
    return part[:part.index("\n") + 1] + "\n".join(labels + [f for c in columns for f in c]) + "\n\n"


@pytest.mark.parametrize("seed", range(4))
def test_figures_read_down_the_columns_are_no_cells_and_break_no_identity(seed):
    data, _ = synth.make_report(random.Random(seed), fmt="2021", layout="tsv", blanks=[])
    text = _in_t3(data if isinstance(data, str) else data.decode("utf-8"), _t3_labels_then_columns)
    report = read_report(text.encode("utf-8"), name=f"r{seed}.txt")
    t3 = [c for k, c in report.cells.items() if k.startswith("t3.")]
    assert t3 and not [c for c in t3 if c.status in ("blank", "value")]
    assert not [f.rule for f in report.checks if f.rule.startswith("T3-") and f.severity in ("error", "warning")]


def _total_column_dropped(part: str) -> str:
    """表三 printed without its 总计 column: the header's 总计 and every row's last figure gone."""
    part = re.sub(r"^([^\n]*(?:申请人情况|自然人|商业企业)[^\n]*)$", lambda m: re.sub(r"\t*总\s*计", "", m[1]), part,
                  flags=re.M)
    return re.sub(r"^(.*?\t(?:\d+\t){6})\d+\t*$", lambda m: m[1].rstrip("\t"), part, flags=re.M)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("html", [False, True])
def test_a_table_3_without_its_total_column_reads_the_applicant_columns_and_no_total(seed, html):
    """Six figures under six printed applicant columns are those columns' (never shifted right, 自然人 blank), each
    总计 is missing rather than guessed, and no identity over a total is said broken; the report says why."""
    data, truth = synth.make_report(random.Random(seed), fmt="2021", layout="tsv", blanks=[])
    text = _in_t3(data if isinstance(data, str) else data.decode("utf-8"), _total_column_dropped)
    if html:
        text = _in_t3(text, _html_rows)
    report = read_report(text.encode("utf-8"), name=f"r{seed}.{'html' if html else 'txt'}")
    t3 = {k: v for k, v in truth["values"].items() if k.startswith("t3.")}
    assert [k for k in t3 if k.endswith(".total") and report.cells[k].status != "missing"] == []
    wrong = [(k, v, report.cells[k].value, report.cells[k].status) for k, v in t3.items() if not k.endswith(".total")
             and (report.cells[k].status not in ("value", "blank") or (report.cells[k].value or 0) != (v or 0))]
    assert not wrong, wrong[:5]
    assert not [f.rule for f in report.checks if f.rule.startswith("T3-") and f.severity in ("error", "warning")]
    assert any("总计" in w for w in report.warnings)


@pytest.mark.parametrize("word", ["无变化", "无增减", "持平"])
def test_a_2019_change_cell_in_words_is_no_change_and_leaves_its_row_read(word):
    """行政处罚<TAB>55<TAB>无变化<TAB>1234: the words are the change cell (no change), not figures glued to the row's other
    cells: the row's figures read as printed, none ambiguous."""
    data, truth = synth.make_report(random.Random(1), fmt="2019", layout="tsv", blanks=[])
    text = data if isinstance(data, str) else data.decode("utf-8")
    text = re.sub(r"^(行政处罚\t\d+\t)[^\t\n]*(\t)", rf"\g<1>{word}\2", text, count=1, flags=re.M)
    assert word in text
    report = read_report(text.encode("utf-8"), name="r.txt")
    row = {k: report.cells[k] for k in report.cells if k.startswith("t2v19.penalty.")}
    assert [k for k, c in row.items() if c.status == "ambiguous"] == []
    assert (row["t2v19.penalty.delta_items"].value or 0) == 0
    for k in ("t2v19.penalty.prev_items", "t2v19.penalty.decisions"):
        assert row[k].value == truth["values"][k]


def _legal_columns_swapped(part: str) -> str:
    """表三 with its header's 社会公益组织 and 法律服务机构 printed the other way round, the figures under them too."""
    part = part.replace("社会公益组织\t法律服务机构", "法律服务机构\t社会公益组织")

    def swap(m: re.Match) -> str:
        v = m[2].split("\t")
        v[3], v[4] = v[4], v[3]
        return m[1] + "\t".join(v)
    return re.sub(r"^(.*\t)((?:\d+\t){6}\d+)$", swap, part, flags=re.M)


@pytest.mark.parametrize("html", [False, True])
def test_table_3_columns_follow_its_headers_order(html):
    """The figures are under the columns the header names, in its order: a header that prints 法律服务机构 before
    社会公益组织 puts those cells' figures there (every identity holds either way: nothing else would tell)."""
    rng = random.Random(0)
    values = {k: 0 for k in synth.random_tables(rng, "2021")}
    for row in ("new", "granted", "total_processed"):       # 10 + 5 + 2 requests, every one granted
        values.update({f"t3.{row}.natural": 10, f"t3.{row}.social_welfare": 5, f"t3.{row}.legal_service": 2,
                       f"t3.{row}.total": 17})
    text = synth.render_report(values, fmt="2021", layout="tsv", rng=rng, body="云溪县测试局", year=2023)
    text = _in_t3(text, _legal_columns_swapped)
    assert "法律服务机构\t社会公益组织" in text
    if html:
        text = _in_t3(text, _html_rows)
    report = read_report(text.encode("utf-8"), name="r.html" if html else "r.txt")
    wrong = [(k, v, report.cells[k].value) for k, v in values.items()
             if k.startswith("t3.") and (report.cells[k].value or 0) != (v or 0)]
    assert not wrong, wrong[:5]


def _litigation_groups_swapped(part: str) -> str:
    """表四's header naming 复议后起诉 before 未经复议直接起诉, the figures under them swapped too."""
    part = part.replace("未经复议直接起诉\t\t\t\t\t复议后起诉", "复议后起诉\t\t\t\t\t未经复议直接起诉")

    def swap(m: re.Match) -> str:
        v = m[1].split("\t")
        return "\t".join(v[:5] + v[10:15] + v[5:10])
    return re.sub(r"^((?:\d+\t){14}\d+)(?=\t*$)", swap, part, flags=re.M)


def test_table_4_litigation_groups_follow_its_headers_order():
    """A header that prints 复议后起诉 before 未经复议直接起诉 has the after-review group's figures first: they are read
    as that group's (the same identities hold either way: nothing else would tell), and the report says so."""
    rng = random.Random(0)
    values = {k: 0 for k in synth.random_tables(rng, "2021")}
    values.update({"t4.lit_direct.upheld": 2, "t4.lit_direct.other": 1, "t4.lit_direct.total": 3,
                   "t4.lit_after_review.corrected": 1, "t4.lit_after_review.total": 1})
    text = synth.render_report(values, fmt="2021", layout="tsv", rng=rng, body="云溪县测试局", year=2023)
    a = text.find("四、政府信息公开行政复议")
    text = text[:a] + _litigation_groups_swapped(text[a:])
    assert "复议后起诉\t\t\t\t\t未经复议直接起诉" in text
    report = read_report(text.encode("utf-8"), name="r.txt")
    wrong = [(k, v, report.cells[k].value) for k, v in values.items()
             if k.startswith("t4.") and (report.cells[k].value or 0) != (v or 0)]
    assert not wrong, wrong[:5]
    assert any("复议后起诉" in w for w in report.warnings)


def test_a_figure_standing_apart_in_a_row_that_lost_its_empty_cells_is_among_its_candidates():
    """A PDF's 表二 row 规章 12 for 规章 | | 12 (empty cells gone): 12 may be one figure as well as 1 and 2, so the
    in-force cell's candidates hold 12, and a narrative that says 12 is no contradiction."""
    from population_common import report_with

    from nlp.analysis import analyse
    rep = report_with("截至年底，现行有效规章12件。", {"t2.regulation.in_force": 12})
    text = re.sub(r"^规章\t[^\n]*$", "规章 12", rep.text, count=1, flags=re.M)
    assert "\n规章 12\n" in text
    report = read_report(text.encode("utf-8"), name="r.txt")
    cell = report.cells["t2.regulation.in_force"]
    assert cell.value == 12 or (cell.status == "ambiguous" and 12 in cell.candidates)
    assert not [f.rule for f in analyse(report).findings if f.severity == "error"]


def _t4_values_row_without_blanks(text: str) -> str:
    """The report with 表四's row of figures as a PDF's text layer gives it when the table has no column rules and
    its zeros are left empty: the figures alone, apart by spaces, their positions lost."""
    a = text.find("四、政府信息公开行政复议")
    b = text.find("五、存在", a)
    rows = re.findall(r"^[\t\d]*\d[\t\d]*$", text[a:b], flags=re.M)
    assert len(rows) == 1
    figures = [v for v in rows[0].split("\t") if v and v != "0"]
    return text[:a] + text[a:b].replace(rows[0], " ".join(figures)) + text[b:]


@pytest.mark.parametrize("seed", range(4))
def test_a_review_table_whose_figures_cannot_be_placed_is_found_not_missing(seed):
    """表四 under its whole header, its row of figures fewer than its fifteen cells and too many ways to spread them
    (a PDF probe: 2 2 3 2 4 9 2 2). It was reported as 未找到表四 (a warning that the report lacks a table it prints);
    now it is found, every cell unknown, with a note saying why, and only a table that is not there is missing."""
    rng = random.Random(seed)
    values = synth.random_tables(rng, "2021", 50)
    for g in ("review", "lit_direct", "lit_after_review"):   # zeros left empty: nine of the fifteen cells lost
        values.update({f"t4.{g}.corrected": 0, f"t4.{g}.other": 0, f"t4.{g}.pending": 0})
        values[f"t4.{g}.upheld"] = values[f"t4.{g}.total"] = rng.randint(1, 30)
    data, _ = synth.make_report(rng, fmt="2021", layout="tsv", values=values, blanks=set())
    text = _t4_values_row_without_blanks(data)
    report = read_report(text.encode("utf-8"), name=f"t4unplaced{seed}.txt")
    assert "表四" in report.table_formats
    t4 = {k: c for k, c in report.cells.items() if k.startswith("t4.")}
    assert len(t4) == 15 and all(c.status == "missing" for c in t4.values())
    assert not [f for f in report.checks if f.rule == "TABLE-MISSING"]
    assert any(w.startswith("表四: 表四的表头已找到") and "无法逐一对应" in w for w in report.warnings)
    a, b = text.find("四、政府信息公开行政复议"), text.find("五、存在")
    gone = read_report((text[:a] + text[b:]).encode("utf-8"), name=f"t4gone{seed}.txt")
    assert "表四" not in gone.table_formats
    assert [f.message for f in gone.checks if f.rule == "TABLE-MISSING"] == ["未找到表四"]


@pytest.mark.parametrize("year,missing", [(2022, True), (2017, False)])
def test_tables_printed_as_images_are_missing_and_the_old_outlines_words_do_not_make_a_report_pre_2019(year, missing):
    """A report whose three tables are images (a portal page: no table in its text) and whose 一、总体情况 has the
    subheading （二）依申请公开政府信息情况: a 2022 report misses its tables (three TABLE-MISSING warnings; before, the
    subheading made it "pre-2019" and switched its completeness checks off); a 2017 report is pre-2019 by its year."""
    data, _ = synth.make_report(random.Random(3), fmt="2021", layout="tsv", year=year)
    text = data if isinstance(data, str) else data.decode("utf-8")
    kept = []
    for line in text.split("\n"):
        if "\t" in line or re.fullmatch(r"[\d\s.,/—-]+", line.strip() or "x"):
            continue                                  # the tables' rows (images on the page) are not in the text
        kept.append(line)
        if line.lstrip("# ").startswith("一、总体情况"):
            kept.append("（二）依申请公开政府信息情况")
    report = read_report("\n".join(kept).encode("utf-8"), name=f"images{year}.txt")
    assert not report.table_formats
    assert report.meta.table_format == (None if missing else "pre-2019")
    assert sorted(f.message for f in report.checks if f.rule == "TABLE-MISSING") == \
        (["未找到表三", "未找到表二", "未找到表四"] if missing else [])


def _t3_blanks_dropped(text: str) -> str:
    """表三's tab rows as a crawler that skips empty cells joins them: an empty field is no field (…\t277\t0\t124
    \t401: seven cells, one of them lost)."""
    a, b = text.find("三、收到和处理"), text.find("四、政府信息公开行政复议")
    rows = [re.sub(r"\t(?=\t)", "", line) if re.search(r"\t\d", line) else line for line in text[a:b].split("\n")]
    return text[:a] + "\n".join(rows) + text[b:]


@pytest.mark.parametrize("seed", range(8))
def test_a_tab_row_that_lost_an_empty_cell_places_no_figure_wrong(seed):
    """(a crawled-text probe: seven wrong cells, silent) A tab row one cell short, none of its cells empty, lost an
    empty cell wherever it stood; it was placed at one edge only (自然人 or 总计), so the figures after a lost middle
    cell moved a column, and where the whole table moved alike its identities held. Every place is a reading now:
    no cell is wrong and no identity reported broken; what the identities cannot place stays ambiguous."""
    rng = random.Random(seed)
    values = synth.random_tables(rng, "2021", 50)
    middle = sorted(k for k, v in values.items() if v == 0 and k.startswith("t3.") and
                    k.rsplit(".", 1)[1] in ("research", "social_welfare", "legal_service"))
    blanks = set(rng.sample(middle, min(12, len(middle))))
    data, _ = synth.make_report(rng, fmt="2021", layout="tsv", values=values, blanks=blanks)
    report = read_report(_t3_blanks_dropped(data).encode("utf-8"), name=f"dropped{seed}.txt")
    wrong = [(k, v, report.cells[k].value) for k, v in values.items() if k.startswith("t3.")
             and report.cells[k].status == "value" and report.cells[k].value != v]
    assert wrong == []
    assert not [f.message for f in report.checks if f.severity == "error"]


_T3_HEADERS = {
    "total first": ("总计\t自然人\t法人或其他组织\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他", [6, 0, 1, 2, 3, 4, 5]),
    "natural after the five": ("法人或其他组织\t自然人\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
                               [1, 2, 3, 4, 5, 0, 6]),
}


def _t3_columns_moved(text: str, header: str, order: list[int]) -> str:
    """表三 with its header ``header`` (over two rows) and each row's seven figures in the columns' ``order`` (indices
    of the template's columns)."""
    a, b = text.find("三、收到和处理"), text.find("四、政府信息公开行政复议")
    part = text[a:b]
    h0, h1 = part.find("(本列数据"), part.find("一、本年新收")
    part = part[:h0] + "申请人情况\n" + header + "\n" + part[h1:]
    part = re.sub(r"(?<=\t)[^\t\n]*(?:\t[^\t\n]*){6}(?=\t*$)", lambda m: "\t".join(m[0].split("\t")[i] for i in order),
                  part, flags=re.M)
    return text[:a] + part + text[b:]


@pytest.mark.parametrize("layout", sorted(_T3_HEADERS))
@pytest.mark.parametrize("seed", range(3))
def test_t3_columns_in_the_order_the_header_prints_them(layout, seed):
    """(an HTML/DOCX probe: 45–73 wrong cells a table, 11–15 false errors, or none where the whole table moved alike)
    表三 whose header puts 总计 first, or 自然人 after the five 法人或其他组织 columns, on one row over the five's names:
    its figures follow the header, every cell right and no identity broken."""
    rng = random.Random(seed)
    values = synth.random_tables(rng, "2021", 50)
    data, _ = synth.make_report(rng, fmt="2021", layout="tsv", values=values, blanks=set())
    header, order = _T3_HEADERS[layout]
    report = read_report(_t3_columns_moved(data, header, order).encode("utf-8"), name=f"t3order{seed}.txt")
    assert {k: report.cells[k].value for k in values if k.startswith("t3.")} == \
        {k: v for k, v in values.items() if k.startswith("t3.")}
    assert not [f.message for f in report.checks if f.severity == "error"]


_T4_TOTAL_FIRST = "总计\t结果维持\t结果纠正\t其他结果\t尚未审结"


@pytest.mark.parametrize("layout", ["header cells repeated", "label column", "two tables"])
def test_t4_total_first_in_layouts_of_word_and_web_tables(layout):
    """(an HTML/DOCX probe: 9–15 wrong cells, 2–3 false errors) 表四 with each group's 总计 first, in three layouts
    the reader took in the template's order: a DOCX header whose 行政复议 cells, merged down, print in both rows
    (twenty result words, not fifteen); a row-label column (项目 … / 件数 …); and 行政复议 and 行政诉讼 as two tables."""
    from nlp.tables.extract import read_t4
    groups = [(4, 1, 1, 2), (2, 4, 2, 2), (1, 2, 4, 0)]         # 维持, 纠正, 其他, 尚未审结 of each group
    figures = ["\t".join(str(x) for x in (sum(g), *g)) for g in groups]
    top = "四、政府信息公开行政复议、行政诉讼情况\n"
    if layout == "two tables":
        text = (top + "行政复议\n" + _T4_TOTAL_FIRST + "\n" + figures[0] + "\n行政诉讼\n未经复议直接起诉\t复议后起诉\n"
                + _T4_TOTAL_FIRST + "\t" + _T4_TOTAL_FIRST + "\n" + figures[1] + "\t" + figures[2] + "\n五、存在的主要问题")
    else:
        label = "项目\t" if layout == "label column" else ""
        text = (top + label + "行政复议\t行政诉讼\n" + label + _T4_TOTAL_FIRST + "\t未经复议直接起诉\t复议后起诉\n" + label
                + "\t".join([_T4_TOTAL_FIRST] * 3) + "\n" + ("件数\t" if label else "") + "\t".join(figures)
                + "\n五、存在的主要问题")
    t4 = read_t4(text)
    for (name, g) in zip(("review", "lit_direct", "lit_after_review"), groups):
        assert [t4.cells[f"t4.{name}.{c}"].value for c in ("total", "upheld", "corrected", "other", "pending")] == \
            [sum(g), *g], layout
    assert t4.broken == []


def test_a_review_table_as_a_list_of_rows_followed_by_a_sentence():
    """(a converter probe: 未找到表四 in every such file) 表四 as one row per group and result (| 行政复议 | 结果维持 | 0 |…),
    a sentence after it before the next part: its figures end before that sentence (they were fifteen and two)."""
    from nlp.tables.extract import read_t4
    rows, figures = [], {"review": (0, 32, 0, 0, 32), "lit_direct": (0, 0, 27, 0, 27), "lit_after_review": (0,) * 5}
    for group, name in (("review", "行政复议"), ("lit_direct", "未经复议直接起诉"), ("lit_after_review", "复议后起诉")):
        for k, result in enumerate(("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")):
            rows.append(f"| {name if k == 0 else ''} | {result} | {figures[group][k]} |")
    text = ("四、政府信息公开行政复议、行政诉讼情况\n\n| 类别 | 结果 | 数量 |\n|---|---|---|\n" + "\n".join(rows)
            + "\n\n本年度因政府信息公开被申请行政复议32件，被提起行政诉讼27件。\n\n五、存在的主要问题及改进情况\n")
    t4 = read_t4(text)
    assert t4 is not None
    for group, values in figures.items():
        assert tuple(t4.cells[f"t4.{group}.{c}"].value for c in ("upheld", "corrected", "other", "pending", "total")) \
            == values
    assert t4.broken == []


@pytest.mark.parametrize("cell, value", [("l", 1), ("**l**", 1), ("I", 1), ("5 0", 50), ("$46$", 46)])
def test_a_converters_artefacts_in_a_cell(cell, value):
    """(a converter probe: wrong cells and false errors) An OCR'd 1 alone in its cell (| l |, | **l** |, | I |: the
    cell's own separators are drawn, no rule read as a letter), a figure's digits spaced out in its cell (| 5 0 |: one
    figure where the row then has its cells), a figure in inline math ($46$)."""
    rng = random.Random(5)
    values = synth.random_tables(rng, "2021", 50)
    data, _ = synth.make_report(rng, fmt="2021", layout="pipe", values=values, blanks=set())
    row = "| 规章 |"
    at = data.find(row)
    line_end = data.find("\n", at)
    cells = data[at:line_end].split("|")
    cells[2] = f" {cell} "                               # 规章's 本年制发件数
    text = data[:at] + "|".join(cells) + data[line_end:]
    report = read_report(text.encode("utf-8"), name="artefacts.md")
    assert report.cells["t2.regulation.issued"].value == value


def test_inline_math_in_the_last_row_of_table_two():
    """(a converter probe: both cells blank) 表二 (2019)'s last row, 政府集中采购, with its figures in inline math
    (| $46$ | 5141.29 |): the last row's figures run on through the $ signs."""
    rng = random.Random(6)
    values = synth.random_tables(rng, "2019", 50)
    data, _ = synth.make_report(rng, fmt="2019", layout="pipe", values=values, blanks=set())
    projects = values["t2v19.central_procurement.projects"]
    at = data.find("| 政府集中采购 |")
    line_end = data.find("\n", at)
    cells = data[at:line_end].split("|")
    assert cells[2].strip() == str(projects)
    cells[2] = f" ${projects}$ "
    report = read_report((data[:at] + "|".join(cells) + data[line_end:]).encode("utf-8"), name="math.md")
    assert report.cells["t2v19.central_procurement.projects"].value == projects
    assert report.cells["t2v19.central_procurement.amount"].value == values["t2v19.central_procurement.amount"]


def test_rows_a_converter_stacked_in_one_markdown_row():
    """(a converter probe: 14 and 22 wrong cells, silent) A markdown row holding two rows stacked in its cells, their
    parts apart by <br> (| 2.重复申请<br>3.要求提供公开出版物 | 0<br>0 | 1<br>0 | … |): the first row's cells were read
    empty and the second's from both. Each stacked row is a row again (in the same number of characters)."""
    rng = random.Random(7)
    values = synth.random_tables(rng, "2021", 50)
    for row, col, n in (("not_processed.duplicate", "natural", 2), ("not_processed.publication", "commercial", 1)):
        for key in (f"t3.{row}.{col}", f"t3.{row}.total", f"t3.total_processed.{col}", "t3.total_processed.total",
                    f"t3.new.{col}", "t3.new.total"):
            values[key] += n                      # (the identities still hold)
    data, _ = synth.make_report(rng, fmt="2021", layout="pipe", values=values, blanks=set())
    lines = data.split("\n")
    at = next(i for i, line in enumerate(lines) if "2.重复申请" in line)
    one, two = lines[at].strip().strip("|").split("|"), lines[at + 1].strip().strip("|").split("|")
    assert "3.要求提供公开出版物" in lines[at + 1] and len(one) == len(two)
    cells = [a if a.strip() == b.strip() and not a.strip().isdigit() else f"{a.strip()}<br>{b.strip()}"
             for a, b in zip(one, two)]
    lines[at:at + 2] = ["|" + "|".join(cells) + "|"]
    text = "\n".join(lines)
    assert "<br>0" in text or "<br>1" in text
    report = read_report(text.encode("utf-8"), name="stacked.md")
    for row in ("not_processed.duplicate", "not_processed.publication"):
        for col in ("natural", "commercial", "total"):
            key = f"t3.{row}.{col}"
            assert report.cells[key].value == values[key], key
    assert not [f for f in report.checks if f.severity == "error"]
