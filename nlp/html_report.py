"""The HTML report: ``OUT/index.html`` (corpus summary, problems first) and one page per report
(``OUT/reports/<id>.html``: the narrative with numbers and findings highlighted beside the tables with
the cells involved marked). Self-contained: inline CSS, charts as inline SVG, no scripts, fonts or
CDNs, so the folder opens offline and can be mailed. Every piece of report text is HTML-escaped."""
from __future__ import annotations

import hashlib
import os
import re
from functools import lru_cache
from html import escape
from pathlib import Path

from .schema import load_schema

CSS = """
body{font-family:system-ui,-apple-system,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
header{background:#1d3557;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85}
main{padding:16px 24px;max-width:1500px}a{color:#1d5fa8}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:8px 0 16px}.card{background:#fff;border-radius:8px;padding:10px 16px;box-shadow:0 1px 2px #0002;min-width:120px}
.card b{display:block;font-size:24px}.error{color:#b3261e}.warning{color:#9a6700}.info{color:#4a5568}
table{border-collapse:collapse;background:#fff;font-size:13px}td,th{border:1px solid #d8dde5;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eef1f5}.findings li{margin:4px 0}.sev{display:inline-block;min-width:64px;font-weight:600}
.cols{display:grid;grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);gap:18px}
.text{background:#fff;padding:12px 16px;white-space:pre-wrap;line-height:1.7;border-radius:8px;font-size:14px}
mark.num{background:#dbeafe;border-radius:3px}mark.num.mismatch{background:#fecaca}mark.num.match{background:#bbf7d0}
mark.num.ambiguous,mark.num.approx,mark.num.unit{background:#fde68a}mark.finding{outline:2px solid #b3261e;background:#fee2e2}
td.bad{background:#fecaca;font-weight:700}td.amb{background:#fde68a}td.blank{color:#999}
details{margin:8px 0}summary{cursor:pointer}h2{font-size:17px;margin:18px 0 8px}svg text{font-size:11px;font-family:inherit}
"""

SEV_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


def page_name(report_id: str, source: str) -> str:
    safe = re.sub(r"[^\w\-.]", "_", report_id)[:60]
    return f"{safe}-{hashlib.sha1(source.encode('utf-8')).hexdigest()[:8]}.html"


def _doc(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"<meta name=\"viewport\" content=\"width=device-width\"><style>{CSS}</style></head><body>{body}</body></html>")


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name("." + path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# ---------------------------------------------------------------- one report

def _highlight(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    """Escaped ``text[start:end]`` with non-overlapping <mark>s (class, title)."""
    out, pos = [], start
    for s, e, cls, title in sorted(m for m in marks if m[0] >= start and m[1] <= end):
        if s < pos:
            continue
        out.append(escape(text[pos:s]))
        out.append(f'<mark class="{cls}" title="{escape(title)}">{escape(text[s:e])}</mark>')
        pos = e
    out.append(escape(text[pos:end]))
    return "".join(out)


_CELL_CLASSES = ("", "blank", "amb", "bad")
_T3_HEAD = "<tr><th></th>" + "".join(f"<th>{c}</th>" for c in ("自然人", "商业企业", "科研机构", "社会公益组织",
                                                             "法律服务机构", "其他", "总计")) + "</tr>"


@lru_cache(maxsize=None)
def _table_skeleton(table: str, fmt: str) -> tuple[str, tuple[tuple[str, tuple[tuple[str, dict[str, str]], ...]], ...]]:
    """What a table's HTML has whatever its values: the caption and header, and per row its opening (the
    label) and per cell the opening tag for each cell class (schema keys are [a-z0-9_.]: nothing to escape)."""
    schema = load_schema()
    rows: dict[int, list[str]] = {}
    labels: dict[int, str] = {}
    for k in schema.keys(table, fmt):
        spec = schema.spec(k)
        rows.setdefault(spec.row, []).append(k)
        labels[spec.row] = spec.label.split(" × ")[0] if table == "表三" else "/".join(spec.label.split("/")[:-1])
    head = f"<table><caption>{table}（{fmt}）</caption>" + (_T3_HEAD if table == "表三" else "")
    out = []
    for r, ks in rows.items():
        label = labels[r] if table != "表四" else "行政复议 / 诉讼"
        cells = tuple((k, {cls: f'<td class="{cls}" title="{k}">' for cls in _CELL_CLASSES}) for k in ks)
        out.append((f"<tr><th>{escape(label)}</th>", cells))
    return head, tuple(out)


_INT_TEXT = tuple(str(i) for i in range(1000))         # the small counts most cells hold, as printed


def _table_html(report, table: str, bad: set[str]) -> str:
    fmt = report.table_formats.get(table)
    if not fmt:
        return f"<p>未找到{table}</p>"
    head, rows = _table_skeleton(table, fmt)
    parts = [head]
    add = parts.append
    cells = report.cells
    for opening, row in rows:
        add(opening)
        for k, tags in row:
            c = cells.get(k)
            if c is None:
                add("<td></td>")
                continue
            v = c.value
            if c.status == "ambiguous":
                cls, shown = "amb", escape("/".join(str(x) for x in c.candidates) + "?")
            elif v is None:
                cls, shown = "blank", escape(c.raw) if c.raw else ""
            elif type(v) is int:                  # (most cells: digits and a sign need no escaping)
                cls, shown = "", _INT_TEXT[v] if 0 <= v < len(_INT_TEXT) else str(v)
            else:
                cls, shown = "", escape(str(int(v)) if float(v).is_integer() else str(v))
            if k in bad:
                cls = "bad"
            add(tags[cls])
            add(shown)
            add("</td>")
        add("</tr>")
    add("</table>")
    return "".join(parts)


def report_page(analysis, findings, tagged) -> str:
    report = analysis.report
    m = report.meta
    bad = {k for f in findings if f.severity in ("error", "warning") for k in f.cells}
    marks = [(c.mention.start, c.mention.end, f"num {c.status}",
              f"{c.concept or ''} {c.status} {c.matched or ''}") for c in analysis.claims]
    marks += [(f.span[0], f.span[1], "finding", f.message) for f in findings
              if f.span and f.severity == "error" and f.rule.startswith("NARRATIVE")]
    # finding marks take precedence over plain number marks on the same span
    marks.sort(key=lambda x: (x[0], 0 if x[2] == "finding" else 1))
    items = sorted(findings, key=lambda f: ("error", "warning", "info").index(f.severity))
    lis = []
    for f in items:
        where = f" <small>[{escape(', '.join(f.cells[:6]))}{'…' if len(f.cells) > 6 else ''}]</small>" if f.cells else ""
        lis.append(f'<li class="{f.severity}"><span class="sev">{SEV_ZH[f.severity]}</span>'
                   f'<code>{escape(f.rule)}</code> {escape(f.message)}{where}</li>')
    serious = [x for x, f in zip(lis, items) if f.severity != "info"]
    infos = [x for x, f in zip(lis, items) if f.severity == "info"]
    text_html = _highlight(report.text, report.body_start, len(report.text), marks)
    tables = "".join(_table_html(report, t, bad) + "<br>" for t in ("表二", "表三", "表四"))
    tag_html = ""
    if tagged:
        tag_html = "<h2>存在的主要问题及改进情况：条目标注</h2><table><tr><th>#</th><th>极性</th><th>主题</th><th>内容</th></tr>" + \
            "".join(f"<tr><td>{t['index']}</td><td>{escape(str(t.get('polarity')))}</td>"
                    f"<td>{escape(', '.join(t.get('topics') or []))}</td><td>{escape(t['text'][:160])}</td></tr>"
                    for t in tagged) + "</table>"
    body = (f"<header><h1>{escape(m.title or report.report_id)}</h1><p>{escape(m.body or '')} · {m.year or ''} · "
            f"{escape(report.source)}</p></header><main><p><a href=\"../index.html\">← 返回汇总</a></p>"
            f"<h2>发现的问题</h2><ul class=\"findings\" id=\"findings\">{''.join(serious) or '<li>未发现错误或警告</li>'}</ul>"
            f"<details><summary>提示信息（{len(infos)}条）</summary><ul class=\"findings\">{''.join(infos)}</ul></details>"
            f"<div class=\"cols\"><div><h2>正文（数字已标注）</h2><div class=\"text\">{text_html}</div></div>"
            f"<div><h2>统计表格（涉及问题的单元格已标红）</h2>{tables}</div></div>{tag_html}</main>")
    return _doc(m.title or report.report_id, body)


def write_report_page(analysis, findings, tagged, html_dir: str) -> Path:
    """One report's page (rewritten whole when a run resumes, so a plain write is enough)."""
    r = analysis.report
    folder = os.path.join(html_dir, "reports")
    if folder not in _MADE:
        os.makedirs(folder, exist_ok=True)
        _MADE.add(folder)
    path = os.path.join(folder, page_name(r.report_id, r.source))
    data = report_page(analysis, findings, tagged).encode("utf-8")
    try:
        fd = os.open(path, _PAGE_FLAGS, 0o666)  # (no text-file object per page: one write of the bytes)
    except FileNotFoundError:                   # the folder was removed since (a run started afresh)
        os.makedirs(folder, exist_ok=True)
        fd = os.open(path, _PAGE_FLAGS, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
    return Path(path)


_PAGE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


_MADE: set[str] = set()          # report-page folders this process has created


# ---------------------------------------------------------------- the corpus summary

def _bar_chart(data: list[tuple[str, int, int]], title: str) -> str:
    """Horizontal stacked bars (errors, warnings) as inline SVG."""
    if not data:
        return ""
    width, bar_h, left = 560, 18, 190
    top = max(max(e + w for _, e, w in data), 1)
    h = 24 + bar_h * len(data) + 8
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" role="img" '
             f'aria-label="{escape(title)}"><text x="0" y="14" font-weight="600">{escape(title)}</text>']
    for i, (label, e, w) in enumerate(data):
        y = 24 + i * bar_h
        we = (width - left - 40) * e / top
        ww = (width - left - 40) * w / top
        parts.append(f'<text x="{left - 6}" y="{y + 12}" text-anchor="end">{escape(label[:28])}</text>'
                     f'<rect x="{left}" y="{y + 2}" width="{we:.1f}" height="{bar_h - 5}" fill="#b3261e"/>'
                     f'<rect x="{left + we:.1f}" y="{y + 2}" width="{ww:.1f}" height="{bar_h - 5}" fill="#e0a800"/>'
                     f'<text x="{left + we + ww + 4:.1f}" y="{y + 12}">{e + w}</text>')
    parts.append("</svg>")
    return "".join(parts)


def write_index(out: Path, reports: list[dict], errors: list[dict], coverage: list[dict]) -> Path:
    """OUT/index.html from the rows of the reports table, errors.csv and coverage.csv."""
    import pyarrow.compute as pc

    from .outputs import read_parquet
    disc_path = out / "discrepancies.parquet"
    serious = []
    if disc_path.exists():
        t = read_parquet(disc_path, columns=["report_id", "source", "rule", "severity", "message"])
        serious = t.filter(pc.not_equal(t.column("severity"), "info")).to_pylist()
    from collections import Counter
    counts = Counter((f["rule"], f["severity"]) for f in serious)
    n_err = sum(n for (_, sev), n in counts.items() if sev == "error")
    n_warn = sum(n for (_, sev), n in counts.items() if sev == "warning")
    by_rule = sorted(((rule, counts[rule, "error"], counts[rule, "warning"]) for rule in sorted({r for r, _ in counts})),
                     key=lambda x: -(x[1] + x[2]))
    per_year: dict[int, list[int]] = {}
    for r in reports:
        if r.get("year") is not None:
            c = per_year.setdefault(int(r["year"]), [0, 0])
            c[0] += r["errors"] or 0
            c[1] += r["warnings"] or 0
    by_year = [(str(y), e, w) for y, (e, w) in sorted(per_year.items())]
    worst = sorted(reports, key=lambda r: (-(r["errors"] or 0), -(r["warnings"] or 0)))[:300]
    rows = []
    for r in worst:
        link = f"reports/{page_name(r['report_id'], r['source'])}"
        rows.append(f"<tr><td><a href=\"{escape(link)}\">{escape(str(r['report_id']))}</a></td><td>{escape(r['body'] or '')}</td>"
                    f"<td>{'' if r['year'] is None else int(r['year'])}</td><td>{escape(str(r['table_format']))}</td>"
                    f"<td class=\"error\">{r['errors']}</td><td class=\"warning\">{r['warnings']}</td><td>{r['infos']}</td></tr>")
    problems = []
    for f in sorted(serious, key=lambda f: (f["severity"], f["report_id"]))[:500]:
        link = f"reports/{page_name(f['report_id'], f['source'])}"
        problems.append(f"<li class=\"{f['severity']}\"><span class=\"sev\">{SEV_ZH[f['severity']]}</span>"
                        f"<a href=\"{escape(link)}\">{escape(str(f['report_id']))}</a> <code>{escape(f['rule'])}</code> "
                        f"{escape(str(f['message']))}</li>")
    cov_rows = "".join(f"<tr><td>{int(c['year'])}</td><td>{escape(str(c['body']))}</td></tr>"
                       for c in coverage if c["missing"])
    err_rows = "".join(f"<tr><td>{escape(str(e['source']))}</td><td>{escape(str(e['code']))}</td>"
                       f"<td>{escape(str(e['message']))}</td></tr>" for e in errors)
    body = (f"<header><h1>nianbao 检查结果</h1><p>{len(reports)} 份报告 · {len(errors)} 个文件无法读取</p></header><main>"
            f"<div class=\"cards\"><div class=\"card error\"><b id=\"n-errors\">{n_err}</b>错误</div>"
            f"<div class=\"card warning\"><b id=\"n-warnings\">{n_warn}</b>警告</div>"
            f"<div class=\"card\"><b>{len(reports)}</b>报告</div><div class=\"card\"><b>{len(errors)}</b>读取失败</div></div>"
            f"<h2>问题清单（哪份报告、哪张表、什么问题）</h2><ul class=\"findings\" id=\"problems\">"
            f"{''.join(problems) or '<li>未发现错误或警告</li>'}</ul>"
            f"<h2>按规则与年度统计</h2>{_bar_chart(by_rule[:20], '按规则：错误（红）与警告（黄）')}<br>"
            f"{_bar_chart(by_year, '按年度：错误（红）与警告（黄）')}"
            f"<h2>报告（按问题数排序）</h2><table><tr><th>报告</th><th>发布机关</th><th>年度</th><th>表格格式</th>"
            f"<th>错误</th><th>警告</th><th>提示</th></tr>{''.join(rows)}</table>"
            f"<h2>报送情况：上一年有报告、本年没有的机关</h2><table><tr><th>年度</th><th>机关</th></tr>{cov_rows}</table>"
            f"<h2>无法读取的文件</h2><table><tr><th>文件</th><th>代码</th><th>原因</th></tr>{err_rows}</table></main>")
    path = out / "index.html"
    _atomic_write(path, _doc("nianbao 检查结果", body))
    return path
