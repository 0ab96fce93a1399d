"""Tests for the HTML, DOCX and PDF readers (nlp.read.html / docx / pdf).

Fixtures are built here from invented bodies and figures (青溪县, 白石镇, …). The real corpus is used
only by the tests marked ``corpus`` (via conftest's ``corpus`` fixture, which skips when it is absent);
the blank DOCX template is found through NIANBAO_SHARED, NIANBAO_CORPUS/../.. or ../shared.
``NIANBAO_FUZZ_EXAMPLES`` raises the number of hypothesis examples per fuzz test (default 200).
"""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp.errors import NianbaoError
from nlp.meta import PAGE_DATE_HINT
from nlp.read.docx import read_docx
from nlp.read.html import read_html, tidy
from nlp.read.pdf import _decode_info, drop_page_numbers, read_pdf

# ----------------------------------------------------------------------------- shared corpus

def _shared_dir() -> Path | None:
    env = os.environ.get("NIANBAO_SHARED")
    candidates = [Path(env)] if env else []
    if os.environ.get("NIANBAO_CORPUS"):
        candidates.append(Path(os.environ["NIANBAO_CORPUS"]).parent.parent)
    candidates.append(Path(__file__).resolve().parents[1].parent / "shared")
    return next((p for p in candidates if (p / "corpora").is_dir()), None)


SHARED = _shared_dir()
TEMPLATE = SHARED / "corpora" / "template" / "blank-template-2021.docx" if SHARED else None
needs_shared = pytest.mark.skipif(SHARED is None, reason="shared corpus not found (set NIANBAO_SHARED)")

FUZZ = settings(max_examples=int(os.environ.get("NIANBAO_FUZZ_EXAMPLES", "200")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _mutations(seed: bytes):
    """Byte-level mutations of ``seed``: truncation, flipped bytes, inserted junk, deleted runs."""
    def apply(ops):
        b = bytearray(seed)
        for kind, pos, junk in ops:
            if not b:
                break
            i = pos % len(b)
            if kind == 0:
                del b[i:]
            elif kind == 1:
                b[i] = (b[i] + 1 + (junk[0] if junk else 0)) % 256
            elif kind == 2:
                b[i:i] = junk
            else:
                del b[i:i + 1 + len(junk) * 8]
        return bytes(b)

    op = st.tuples(st.integers(0, 3), st.integers(0, 10**9), st.binary(max_size=12))
    return st.lists(op, min_size=1, max_size=6).map(apply)


def _code(fn, *args, **kw) -> str:
    with pytest.raises(NianbaoError) as exc:
        fn(*args, **kw)
    return exc.value.code


# ============================================================================= HTML

CHROME_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>青溪县2022年政府信息公开工作年度报告_青溪县人民政府</title>
<script>var menu = "主动公开 依申请公开 年度报告";</script><style>.x{color:red}</style></head>
<body>
<header><a href="/">青溪县人民政府门户网站</a> <a href="/login">登录</a></header>
<nav><ul><li><a href="/zwgk">政务公开</a></li><li><a href="/nb">政府信息公开年度报告</a></li></ul></nav>
<div class="wrap">
  <div class="crumb"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/nb">年度报告</a></div>
  <div class="side"><h3>相关链接</h3><ul>
    <li><a href="/1">青溪县2021年政府信息公开工作年度报告</a></li>
    <li><a href="/2">青溪县2020年政府信息公开工作年度报告</a></li></ul></div>
  <div class="content" id="zoom">
    <h1>青溪县2022年政府信息公开工作年度报告</h1>
    <p>一、总体情况</p>
    <p>2022年，青溪县围绕主动公开、依申请公开等方面
       持续推进各项工作，全年主动公开各类信息812条。</p>
    <p>二、主动公开政府信息情况</p>
    <table border="1"><tr><td>信息内容</td><td>本年制发件数</td></tr>
      <tr><td>规章</td><td>0</td></tr></table>
    <p>四、政府信息公开行政复议、行政诉讼情况</p>
    <p>本年度未发生行政复议案件。</p>
  </div>
</div>
<footer>版权所有：青溪县人民政府办公室 地址：青溪县文昌路8号 备案号：X-00000</footer>
<div class="float"><a href="#top">返回顶部</a></div>
</body></html>"""

# rowspan/colspan are not expanded; &nbsp;-only cells and empty cells stay as empty strings
SPAN_TABLE = """<html><body><p>三、收到和处理政府信息公开申请情况</p><table>
<tr><td rowspan="2" colspan="2">（本列数据的勾稽关系为示意）</td><td colspan="3">申请人情况</td></tr>
<tr><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>
<tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td> 14 </td><td>&nbsp;</td><td>14</td></tr>
<tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>6</td><td></td><td>&nbsp;6&nbsp;</td></tr>
<tr><td>（二）部分公开</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><th>本年<br/>新制作数量</th><td>商业<br>企业</td><td>A<br>B</td></tr>
</table></body></html>"""
SPAN_LINES = [
    "三、收到和处理政府信息公开申请情况",
    "（本列数据的勾稽关系为示意）\t申请人情况",
    "自然人\t法人或其他组织\t总计",
    "一、本年新收政府信息公开申请数量\t14\t\t14",
    "三、本年度办理结果\t（一）予以公开\t6\t\t6",
    "（二）部分公开\t\t\t",
    "本年新制作数量\t商业企业\tA B",
]

# sibling <p>/<table> straight under <body>: the article is their common parent
UNWRAPPED = """<html><head><title>白石镇2023年度报告</title></head><body>
<p>白石镇人民政府2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>白石镇主动公开信息96条。</p>
<table><tr><td>行政许可</td><td>31</td></tr></table><p>五、存在的主要问题及改进情况</p><p>宣传力度不足。</p>
<table><tr><td>行政复议</td><td>0</td></tr></table><p>六、其他需要报告的事项</p><p>无。</p></body></html>"""

# old-style layout: the article sits in a layout-table cell next to a link sidebar
LAYOUT_PAGE = """<html><body><table width="100%"><tr>
<td width="200"><a href="/a">机构设置</a><br><a href="/b">主动公开目录</a><br><a href="/c">依申请公开</a></td>
<td><p>东湖区2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>东湖区依申请公开办理规范，答复及时。</p>
<table border="1"><tr><td>行政处罚</td><td>57</td></tr><tr><td>行政强制</td><td>&nbsp;</td></tr></table>
<p>四、政府信息公开行政复议、行政诉讼情况</p><p>行政复议案件2件。</p></td></tr></table></body></html>"""

HTML_GB_TEXT = "<p>一、总体情况</p><p>青溪县主动公开政府信息1203条，依申请公开办结率百分之百。</p>"


def _page(head: str = "", prefix: str = "") -> str:
    return f"{prefix}<html><head>{head}</head><body>{HTML_GB_TEXT}</body></html>"


HTML_CHARSET_CASES = [  # (case id, bytes, expected encoding)
    ("meta-charset-gbk", _page('<meta charset="gbk"><title>青溪</title>').encode("gbk"), "gb18030"),
    ("http-equiv-gb2312",
     _page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gb2312"), "gb18030"),
    ("no-charset-gb18030", _page().encode("gb18030"), "gb18030"),
    ("no-charset-utf8", _page().encode("utf-8"), "utf-8"),
    ("utf8-bom", b"\xef\xbb\xbf" + _page().encode("utf-8"), "utf-8"),
    ("meta-lies-utf8-inside", _page('<meta charset="gb2312">').encode("utf-8"), "utf-8"),
    ("meta-utf16-means-utf8", _page('<meta charset="utf-16">').encode("utf-8"), "utf-8"),
    ("meta-latin1-on-utf8-page", _page('<meta charset="iso-8859-1">').encode("utf-8"), "utf-8"),
    ("meta-zlib-is-not-a-charset", _page('<meta charset="zlib">').encode("gbk"), "gb18030"),
    ("xml-declaration", _page(prefix='<?xml version="1.0" encoding="utf-8"?>').encode("utf-8"), "utf-8"),
]

HTML_E009_CASES = [
    ("whitespace", b"  \n\t "),
    ("head-only", b"<html><head><title>only a title</title></head></html>"),
    ("comment-only", b"<!-- nothing here -->"),
    ("script-only", b"<html><body><script>document.write('x')</script></body></html>"),
    ("deep-divs", b"<html><body>" + b"<div>" * 100_000 + "深处".encode() + b"</div>" * 100_000),
]


def test_html_finds_article_among_chrome():
    doc = read_html(CHROME_PAGE.encode("utf-8"), "qx.html")
    lines = doc.text.split("\n")
    assert doc.source_format == "html" and doc.encoding == "utf-8"
    assert doc.hints["title"] == "青溪县2022年政府信息公开工作年度报告_青溪县人民政府"
    assert lines[0] == "青溪县2022年政府信息公开工作年度报告"
    assert "一、总体情况" in lines and "信息内容\t本年制发件数" in lines and "规章\t0" in lines
    # a source line break between Chinese characters disappears
    assert "2022年，青溪县围绕主动公开、依申请公开等方面持续推进各项工作，全年主动公开各类信息812条。" in lines
    for chrome in ("登录", "首页", "相关链接", "2021年政府信息公开工作年度报告", "版权所有", "返回顶部",
                   "var menu", "color:red"):
        assert chrome not in doc.text


def test_html_table_cells_tab_joined_without_span_expansion():
    doc = read_html(SPAN_TABLE.encode("utf-8"))
    assert doc.text.split("\n") == SPAN_LINES


def test_html_unwrapped_siblings_use_common_parent():
    lines = read_html(UNWRAPPED.encode("utf-8")).text.split("\n")
    assert lines == ["白石镇人民政府2023年政府信息公开工作年度报告", "一、总体情况", "白石镇主动公开信息96条。",
                     "行政许可\t31", "五、存在的主要问题及改进情况", "宣传力度不足。", "行政复议\t0",
                     "六、其他需要报告的事项", "无。"]


def test_html_layout_table_renders_as_blocks():
    doc = read_html(LAYOUT_PAGE.encode("utf-8"))
    lines = doc.text.split("\n")
    assert lines[0] == "东湖区2021年政府信息公开工作年度报告"
    assert "行政处罚\t57" in lines and "行政强制\t" in lines
    assert "机构设置" not in doc.text


@pytest.mark.parametrize("case,data,encoding", HTML_CHARSET_CASES, ids=[c[0] for c in HTML_CHARSET_CASES])
def test_html_charset_detection(case, data, encoding):
    doc = read_html(data, f"{case}.html")
    assert doc.encoding == encoding
    assert "青溪县主动公开政府信息1203条，依申请公开办结率百分之百。" in doc.text.split("\n")


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "us-ascii"])
def test_a_western_charset_label_on_a_gbk_page_is_a_servers_default_not_the_pages(label):
    page = f'<html><head><meta charset="{label}"></head><body><p>青溪县2022年政府信息公开工作年度报告</p>' \
           '<p>青溪县主动公开政府信息1203条，依申请公开办结率百分之百。</p></body></html>'
    doc = read_html(page.encode("gbk"), "qx.html")
    assert doc.encoding == "gb18030"
    assert "青溪县主动公开政府信息1203条，依申请公开办结率百分之百。" in doc.text.split("\n")
    # a page that is Latin-1 indeed (ASCII and entities) reads the same
    assert "1203" in read_html(b'<meta charset="iso-8859-1"><p>&#38738;&#28330; 1203</p>').text


def test_html_content_a_browser_hides_is_not_read():
    page = ("<html><body><p>青溪县2022年政府信息公开工作年度报告</p><table>"
            "<tr><td>行政许可</td><td>3<span style='display: none'>7</span>1</td></tr>"
            "<tr style='DISPLAY:NONE'><td>行政处罚</td><td>99</td></tr>"
            "<tr><td>行政处罚</td><td>57</td></tr>"
            "<tr hidden><td>行政强制</td><td>8</td></tr>"
            "<tr><td>行政强制</td><td><font style='visibility:hidden'>1</font>2</td></tr>"
            "<tr><td>说明</td><td style='display:block'>见附件</td></tr></table></body></html>")
    lines = read_html(page.encode("utf-8")).text.split("\n")
    assert lines[1:] == ["行政许可\t31", "行政处罚\t57", "行政强制\t2", "说明\t见附件"]


def test_html_hidden_content_that_is_the_report_is_read():
    """A report in a display:none block a script shows, or a visibility:hidden wrapper whose child is visible again:
    the hidden content is the page's text, read as such."""
    body = "<p>青溪县2022年政府信息公开工作年度报告</p><p>青溪县主动公开政府信息1203条。</p>"
    for page in (f"<html><body><div style='display:none'>{body}</div><p>页脚</p></body></html>",
                 f"<html><body><div style='visibility:hidden'><div style='visibility:visible'>{body}</div></div>"
                 "</body></html>"):
        assert "青溪县主动公开政府信息1203条。" in read_html(page.encode("utf-8")).text.split("\n")


def test_html_a_footnote_mark_in_a_cell_is_not_part_of_its_figure():
    page = ("<html><body><div><p>青溪县2022年政府信息公开工作年度报告</p><p>青溪县主动公开政府信息1203条（注<sup>2</sup>）。</p>"
            "<table><tr><td>行政许可</td><td>0<sup>2</sup></td><td>31<sub>*</sub></td></tr>"
            "<tr><td>行政处罚</td><td>57</td><td>6</td></tr></table></div></body></html>")
    lines = read_html(page.encode("utf-8")).text.split("\n")
    assert "行政许可\t0\t31" in lines and "青溪县主动公开政府信息1203条（注2）。" in lines


def test_html_explicit_encoding_wins():
    data = f"<html><body>{HTML_GB_TEXT}</body></html>".encode("gb18030")
    assert "青溪县主动公开" in read_html(data, encoding="gb18030").text
    assert _code(read_html, data, encoding="utf-8") == "E003"


def test_html_truncated_page_still_yields_text():
    full = SPAN_TABLE.encode("utf-8")
    cut = full[: full.index("（二）部分公开".encode()) + 4]           # mid-row, mid-character
    doc = read_html(cut, "cut.html")
    assert "一、本年新收政府信息公开申请数量\t14\t\t14" in doc.text.split("\n")
    assert any("truncated" in w for w in doc.warnings)
    chrome = CHROME_PAGE.encode("utf-8")
    chrome_cut = chrome[: chrome.index("本年度未发生行政复议案件。".encode()) + 40]   # inside </p>, no footer
    assert "本年度未发生行政复议案件。" in read_html(chrome_cut).text


def test_html_title_falls_back_to_h1():
    doc = read_html("<html><body><h1>西岭乡年度报告</h1><p>正文一行。</p></body></html>".encode())
    assert doc.hints == {"title": "西岭乡年度报告"}


def test_html_title_is_the_one_that_names_the_most_and_the_info_bars_bare_time_is_its_date():
    """A portal page whose <title> is its column's name (政府信息公开年报_站点) and whose <h1> is the report's title: the
    <h1> (before: the column's name, which names no body); 时间：2025/01/21 alone in the info bar is the page's date."""
    page = ("<html><head><title>政府信息公开年报_松岚区政府网</title></head><body><div class='nav'>首页 政务公开</div>"
            "<h1>松岚区人民政府2024年政府信息公开工作年度报告</h1><div class='info'>时间：2025/01/21 | 来源：本网</div>"
            "<div class='content'><p>一、总体情况</p><p>本年度工作有序开展。</p></div></body></html>")
    doc = read_html(page.encode())
    assert doc.hints["title"] == "松岚区人民政府2024年政府信息公开工作年度报告"
    assert doc.hints[PAGE_DATE_HINT].startswith("2025/01/21")
    from nlp.report import read_report
    assert read_report(page.encode(), name="p.html").meta.published == "2025-01-21"
    meta_only = page.replace("<h1>松岚区人民政府2024年政府信息公开工作年度报告</h1>", "").replace(
        "<head>", "<head><meta name='ArticleTitle' content='青禾县民政局2024年政府信息公开工作年度报告'>")
    assert read_html(meta_only.encode()).hints["title"] == "青禾县民政局2024年政府信息公开工作年度报告"
    # a statistics period's 时间 is no page date
    assert PAGE_DATE_HINT not in read_html(page.replace("时间：2025/01/21", "统计时间：2024/01/01").encode()).hints


def test_html_unclosed_inline_tags_beyond_parser_depth_keep_text():
    data = b"<html><body>" + "".join(f"<font><p>第{i}段" for i in range(4000)).encode()
    doc = read_html(data)
    assert "第3999段" in doc.text and doc.warnings


@pytest.mark.parametrize("case,data", HTML_E009_CASES, ids=[c[0] for c in HTML_E009_CASES])
def test_html_nothing_parseable_is_e009(case, data):
    assert _code(read_html, data, case) == "E009"


def test_html_huge_input_is_e004():
    assert _code(read_html, b"<p>" + b"x" * 2000 + b"</p>", max_bytes=1000) == "E004"


def test_a_page_of_a_data_table_is_refused_before_it_is_parsed():
    """A page under the size limit holding millions of table cells would take gigabytes to parse and read (probe h19:
    40 MB, 2.3 GB): past 100,000 cells it is E028; a report's page (a few hundred) is read."""
    row = b"<tr>" + b"<td>12</td>" * 50 + b"</tr>"
    page = b"<html><body><h1>\xe6\xa2\xa7\xe6\xa1\x90\xe5\x8e\xbf2023\xe5\xb9\xb4\xe6\x8a\xa5\xe5\x91\x8a</h1><table>"
    assert _code(read_html, page + row * 2001 + b"</table></body></html>") == "E028"
    assert read_html(page + row * 4 + b"</table></body></html>").text


TIDY_CASES = [
    ("一、总体\n  情况", "一、总体情况"),
    ("a\n b", "a b"),
    ("\xa0\u3000 12 \t", "12"),
    ("本年 新收", "本年 新收"),          # a plain space is kept (only line breaks between CJK vanish)
    ("2022年\n12月", "2022年 12月"),
]


@pytest.mark.parametrize("raw,expected", TIDY_CASES)
def test_html_tidy_whitespace(raw, expected):
    assert tidy(raw) == expected


@FUZZ
@given(st.one_of(st.binary(max_size=3000), _mutations(SPAN_TABLE.encode("utf-8")),
                 _mutations(CHROME_PAGE.encode("gbk", errors="ignore"))))
def test_html_fuzz_only_coded_errors(data):
    try:
        doc = read_html(data, "fuzz.html")
    except NianbaoError as exc:
        assert exc.code in {"E003", "E004", "E009"}
    else:
        assert isinstance(doc.text, str) and doc.text.strip()


# ============================================================================= DOCX

def _docx_bytes(build) -> bytes:
    import docx

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _alt_chunk(d, data: bytes, content_type: str, name: str) -> None:
    """Append an embedded document (w:altChunk) holding ``data`` to the body of ``d``, as converters from HTML do."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    part = Part(PackURI(f"/word/{name}"), content_type, data, d.part.package)
    chunk = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), d.part.relate_to(part, RT.A_F_CHUNK))
    d.element.body.insert(len(d.element.body) - 1, chunk)        # before the section properties


def test_docx_embedded_html_document_is_read_where_it_stands():
    """A DOCX whose report is an embedded HTML document (w:altChunk: Word imports it on opening) was read as the
    paragraphs around it only; now the HTML part is read as a page is, its table as TAB-separated rows. An embedded
    part of another kind is left out with a warning."""
    page = ("<html><head><meta charset='utf-8'></head><body><p>一、总体情况</p><p>本镇全年主动公开信息86条。</p>"
            "<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
            "<tr><td>规章</td><td>0</td><td></td><td>3</td></tr><tr><td></td><td></td><td>1</td><td>2</td></tr>"
            "</table></body></html>").encode("utf-8")

    def build(d) -> None:
        d.add_paragraph("青枫镇2023年政府信息公开工作年度报告")
        _alt_chunk(d, page, "text/html", "afchunk.htm")
        _alt_chunk(d, b"\x00\x01", "application/octet-stream", "afchunk.bin")
        d.add_paragraph("六、其他需要报告的事项")

    doc = read_docx(_docx_bytes(build), "alt.docx")
    lines = doc.text.split("\n")
    assert lines[:3] == ["青枫镇2023年政府信息公开工作年度报告", "一、总体情况", "本镇全年主动公开信息86条。"]
    assert "规章\t0\t\t3" in lines and lines[-1] == "六、其他需要报告的事项"
    assert "\t\t1\t2" in lines                      # a row's leading empty cells stay cells
    assert len(doc.warnings) == 1 and "application/octet-stream" in doc.warnings[0]


def test_docx_table_framed_by_a_layout_table_keeps_its_empty_cells():
    """A statistics table inside a one-cell frame table (a layout some templates use): flattened into the frame's
    cell, its rows ran together and its empty cells vanished; read as the body is, it gives its rows, each cell
    in its place."""
    def build(d) -> None:
        d.add_paragraph("二、主动公开政府信息情况")
        frame = d.add_table(rows=1, cols=1).rows[0].cells[0]
        frame.paragraphs[0].text = "第二十条第（一）项"
        inner = frame.add_table(rows=3, cols=4)
        for r, row in enumerate([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "", "2", "5"],
                                 ["行政规范性文件", "3", "", "12"]]):
            for c, text in enumerate(row):
                inner.cell(r, c).text = text
        d.add_paragraph("三、收到和处理政府信息公开申请情况")

    lines = read_docx(_docx_bytes(build), "frame.docx").text.split("\n")
    assert lines == ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
                     "规章\t\t2\t5", "行政规范性文件\t3\t\t12", "三、收到和处理政府信息公开申请情况"]


def _build_report(d) -> None:
    d.core_properties.title = "南岗街道2023年政府信息公开工作年度报告"
    d.add_paragraph("南岗街道2023年政府信息公开工作年度报告")
    d.add_paragraph("一、总体情况")
    d.add_paragraph("南岗街道全年主动公开信息\t245条。")
    p = d.add_paragraph("第一行")
    p.add_run().add_break()
    p.add_run("第二行")
    d.add_paragraph("")
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).merge(t.cell(0, 3)).text = "第二十条第（一）项"      # gridSpan over 4 columns
    for i, label in enumerate(("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")):
        t.cell(1, i).text = label
    t.cell(2, 0).merge(t.cell(3, 0)).text = "规范性文件"                # vMerge over 2 rows
    t.cell(2, 1).text, t.cell(2, 2).text, t.cell(2, 3).text = "3", "", "17"
    t.cell(3, 1).merge(t.cell(3, 2)).text = "1"
    t.cell(3, 3).text = "　"                                         # full-width space only
    d.add_paragraph("二、主动公开政府信息情况")


REPORT_DOCX_LINES = [
    "南岗街道2023年政府信息公开工作年度报告",
    "一、总体情况",
    "南岗街道全年主动公开信息 245条。",
    "第一行",
    "第二行",
    "第二十条第（一）项",
    "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
    "规范性文件\t3\t\t17",
    "规范性文件\t1\t",
    "二、主动公开政府信息情况",
]


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return buf.getvalue()


def _replace_member(data: bytes, name: str, body: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members[name] = body
    return _zip(members)


def _future_zip_version(data: bytes) -> bytes:
    """``data`` with its first central-directory entry claiming ZIP version 6.4 (zipfile refuses)."""
    i = data.index(b"PK\x01\x02") + 6
    return data[:i] + bytes((64, 0)) + data[i + 2:]


REPORT_DOCX = _docx_bytes(_build_report)

DOCX_E006_CASES = [
    ("not-a-zip", b"this is plain text, not a zip archive"),
    ("empty-zip", _zip({})),
    ("no-document-xml", _zip({"[Content_Types].xml": b"<Types/>", "word/other.xml": b"<x/>"})),
    ("truncated", REPORT_DOCX[: len(REPORT_DOCX) // 2]),
    ("unsupported-zip-version", _future_zip_version(REPORT_DOCX)),
    ("broken-xml", _replace_member(REPORT_DOCX, "word/document.xml", b"<w:document><unclosed")),
    ("zip-bomb", _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b" " * (30 * 1024 * 1024)})),
]


def _numbered(d, paragraphs, levels=(("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))):
    """Paragraphs of ``d`` numbered by a Word list (w:numPr; the number only in numbering.xml), each (text, level)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
                   for i, (fmt, text) in enumerate(levels))
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text, level in paragraphs:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


def test_docx_list_numbers_are_printed_as_word_prints_them():
    """Headings numbered by a Word list carry no number in their text: the reader prints it (一、 （一） 1.), so that a
    sub-heading (（一）主动公开政府信息情况 under 一、总体情况) is not taken for part 二 with the same words."""
    doc = read_docx(_docx_bytes(lambda d: _numbered(d, [
        ("总体情况", 0), ("主动公开政府信息情况", 1), ("依申请公开情况", 1), ("办理流程", 2), ("回复时限", 2),
        ("政府信息管理情况", 1), ("主动公开政府信息情况", 0)])))
    assert doc.text.split("\n") == ["一、总体情况", "（一）主动公开政府信息情况", "（二）依申请公开情况", "1.办理流程",
                                    "2.回复时限", "（三）政府信息管理情况", "二、主动公开政府信息情况"]


def test_docx_a_footer_that_signs_the_report_gives_its_body_and_date():
    """A Word report whose body and date are printed only in the page footer (青禾县司法局　2024年2月12日): they are the
    report's (before: no body, no date); a footer with a page number alone gives nothing."""
    from nlp.report import read_report

    def build(footer: str):
        def b(d):
            for line in ("2023年度政府信息公开工作年度报告", "一、总体情况", "本年度各项工作有序开展。"):
                d.add_paragraph(line)
            d.sections[0].footer.paragraphs[0].text = footer
        return b
    signed = read_report(_docx_bytes(build("青禾县司法局\u3000\u30002024年2月12日")), name="r.docx")
    assert (signed.meta.body, signed.meta.published) == ("青禾县司法局", "2024-02-12")
    dated = read_report(_docx_bytes(build("发布日期：2024年1月5日")), name="r.docx")
    assert (dated.meta.body, dated.meta.published) == (None, "2024-01-05")
    numbered = read_report(_docx_bytes(build("第 1 页")), name="r.docx")
    assert (numbered.meta.body, numbered.meta.published) == (None, None)


@pytest.mark.parametrize("n,fmt,text", [(1, "chineseCounting", "一"), (10, "chineseCounting", "十"),
                                        (11, "chineseCountingThousand", "十一"), (20, "chineseCounting", "二十"),
                                        (23, "chineseCounting", "二十三"), (105, "chineseCounting", "一百零五"),
                                        (3, "decimalEnclosedCircle", "③"), (4, "upperRoman", "IV"),
                                        (28, "lowerLetter", "bb"), (7, "decimalFullWidth", "７"), (9, "decimal", "9")])
def test_word_number_formats(n, fmt, text):
    from nlp.read.docx_numbers import format_number
    assert format_number(n, fmt) == text


def test_docx_paragraphs_and_tables_in_document_order():
    doc = read_docx(REPORT_DOCX, "ng.docx")
    assert doc.source_format == "docx"
    assert doc.text.split("\n") == REPORT_DOCX_LINES
    from nlp.meta import FILE_TITLE_HINT                  # the core properties' title: a fallback after the text's own
    assert doc.hints == {FILE_TITLE_HINT: "南岗街道2023年政府信息公开工作年度报告"}


def test_docx_hidden_text_is_not_read():
    def build(d) -> None:
        p = d.add_paragraph("行政许可 3")
        p.add_run("7").font.hidden = True                  # w:vanish: last year's figure, kept out of sight
        p.add_run("1")
        shown = d.add_paragraph("行政处罚 ")
        run = shown.add_run("57")
        run.font.hidden = False                            # w:vanish w:val="0": switched off, shown
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "行政强制"
        cell = t.cell(0, 1).paragraphs[0]
        cell.add_run("9").font.hidden = True
        cell.add_run("2")
    assert read_docx(_docx_bytes(build)).text.split("\n") == ["行政许可 31", "行政处罚 57", "行政强制\t2"]


@pytest.mark.parametrize("case,data", DOCX_E006_CASES, ids=[c[0] for c in DOCX_E006_CASES])
def test_docx_damaged_or_unsafe_is_e006(case, data):
    assert _code(read_docx, data, f"{case}.docx") == "E006"


def test_docx_uncompressed_limit_is_a_parameter():
    assert read_docx(REPORT_DOCX).text
    assert _code(read_docx, REPORT_DOCX, max_uncompressed=1000) == "E006"


@needs_shared
def test_docx_blank_template_filled_cells_come_out_in_rows():
    if not TEMPLATE.exists():
        pytest.skip("blank template not in the shared corpus")
    import docx

    d = docx.Document(str(TEMPLATE))
    t3 = next(t for t in d.tables if "本年新收" in "".join(c.text for c in t.columns[0].cells))
    row = next(r for r in t3.rows if r.cells[0].text.startswith("一、本年新收"))
    for cell, value in zip(row.cells[-7:], ("23", "4", "0", "1", "0", "2", "30")):
        cell.text = value
    t4 = d.tables[-1]
    for i, cell in enumerate(t4.rows[-1].cells):
        cell.text = str(i % 3)
    buf = io.BytesIO()
    d.save(buf)
    lines = read_docx(buf.getvalue(), "template.docx").text.split("\n")
    assert "一、本年新收政府信息公开申请数量\t23\t4\t0\t1\t0\t2\t30" in lines
    assert "\t".join(str(i % 3) for i in range(15)) in lines
    assert "三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t\t\t\t\t\t\t" in lines
    assert lines.index("二、主动公开政府信息情况") < lines.index("信息内容\t本年制发件数\t本年废止件数\t现行有效件数") \
        < lines.index("三、收到和处理政府信息公开申请情况")


@FUZZ
@given(st.one_of(
    st.binary(max_size=2000),
    _mutations(REPORT_DOCX),
    _mutations(zipfile.ZipFile(io.BytesIO(REPORT_DOCX)).read("word/document.xml"))
    .map(lambda xml: _replace_member(REPORT_DOCX, "word/document.xml", xml)),
))
def test_docx_fuzz_only_coded_errors(data):
    try:
        doc = read_docx(data, "fuzz.docx")
    except NianbaoError as exc:
        assert exc.code == "E006"
    else:
        assert isinstance(doc.text, str)


# ============================================================================= PDF

def _pdf_bytes(pages: list[list[str]], *, title: str | None = None, footer=None, compress: bool = True,
               encrypt: str | None = None, rectangle_only: bool = False) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=1 if compress else 0, encrypt=encrypt)
    if title:
        c.setTitle(title)
    for n, lines in enumerate(pages, 1):
        if rectangle_only:
            c.rect(100, 100, 300, 200, fill=1)
        c.setFont("STSong-Light", 12)
        for i, line in enumerate(lines):
            c.drawString(72, 760 - 20 * i, line)
        if footer:
            c.drawString(290, 40, footer(n))
        c.showPage()
    c.save()
    return buf.getvalue()


PDF_PAGES = [
    ["西岭乡2024年政府信息公开工作年度报告", "一、总体情况", "本年新收政府信息公开申请数量 9 件。"],
    ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 1 件，行政诉讼 0 件。", "7"],
    ["六、其他需要报告的事项", "本年度未收取信息处理费。"],
]
PDF_FOOTERS = [  # (case id, footer drawn on page n)
    ("dashes", lambda n: f"- {n} -"),
    ("em-dashes", lambda n: f"— {n} —"),
    ("di-ye", lambda n: f"第 {n} 页"),
    ("di-ye-gong", lambda n: f"第{n}页 共3页"),
    ("slash", lambda n: f"{n}/3"),
    ("lone-number", lambda n: str(n)),
]
PAGE_NUMBER_CASES = [  # (page text, page ordinal, expected)
    ("正文\n- 3 -", 3, "正文"),
    ("正文\n第 3 页", 3, "正文"),
    ("3\n正文", 3, "正文"),
    ("正文\n3", 3, "正文"),
    ("正文\n40", 3, "正文\n40"),            # far from the ordinal: a value, not a page number
    ("正文\n3\n正文", 3, "正文\n3\n正文"),    # a lone number mid-page is content
    ("行政许可 3", 3, "行政许可 3"),
]


def _ruled_pdf(rows: list[list[str]], lines: int = 0) -> bytes:
    """One page: a sentence, then ``rows`` as a ruled table (every cell's borders drawn), or, with ``lines``, a grid
    of that many ruling lines each way over the page instead."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 10)
    c.drawString(60, 800, "二、主动公开政府信息情况：本机关本年度制发的文件如下表。")
    if lines:
        for i in range(lines + 1):
            c.line(20 + i * 550 / lines, 20, 20 + i * 550 / lines, 780)
            c.line(20, 20 + i * 760 / lines, 570, 20 + i * 760 / lines)
    widths = [130, 80, 80, 80]
    for r, row in enumerate(rows):
        top = 760 - 24 * r
        x = 60
        for w, text in zip(widths, row):
            c.rect(x, top - 24, w, 24)
            if text:
                c.drawString(x + 4, top - 16, text)
            x += w
    c.drawString(60, 760 - 24 * len(rows) - 30, "三、收到和处理政府信息公开申请情况")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_ruled_table_keeps_its_empty_cells():
    """A ruled table's empty cell stays a cell (its row TAB-separated, as an HTML or DOCX table's): the text layer
    alone gives "规章 2 5", and the 2 would move into the empty first column."""
    rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "", "2", "5"], ["行政规范性文件", "3", "", "12"]]
    doc = read_pdf(_ruled_pdf(rows), "ruled.pdf")
    lines = doc.text.split("\n")
    assert lines[0].startswith("二、主动公开政府信息情况")
    assert lines[1:4] == ["\t".join(r) for r in rows]
    assert lines[4] == "三、收到和处理政府信息公开申请情况" and not doc.warnings


def _lined_pdf(rows: list[list[str]], *, sides: bool = True, skip_rule: int | None = None) -> bytes:
    """One page: ``rows`` in a table drawn with lines: without its outer side rules (``sides`` False), or without
    the rule under row ``skip_rule`` (two rows then share each cell)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 10)
    c.drawString(60, 800, "二、主动公开政府信息情况：本机关本年度制发的文件如下表。")
    xs, top = [60, 190, 270, 350, 430], 760
    for r in range(len(rows) + 1):
        if r != skip_rule:
            c.line(xs[0], top - 24 * r, xs[-1], top - 24 * r)
    for k, x in enumerate(xs):
        if sides or 0 < k < len(xs) - 1:
            c.line(x, top, x, top - 24 * len(rows))
    for r, row in enumerate(rows):
        for x, text in zip(xs, row):
            if text:
                c.drawString(x + 4, top - 24 * r - 16, text)
    c.drawString(60, top - 24 * len(rows) - 30, "三、收到和处理政府信息公开申请情况")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_table_whose_rules_are_not_all_drawn_is_read_as_text():
    """Rules that do not enclose the whole table — no outer side rules (the label column falls outside what they
    enclose), or a rule between two rows left out (each cell then holds two rows' figures, "0\n8") — give no
    table's cells: the page is read as its text, as before (read by the rules, labels were lost and figures
    glued: 0 and 8 became 08)."""
    rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "2", "5"], ["行政规范性文件", "3", "0", "12"]]
    for data in (_lined_pdf(rows, sides=False), _lined_pdf(rows, skip_rule=2)):
        lines = read_pdf(data, "lines.pdf").text.split("\n")
        assert "\t" not in "".join(lines)
        assert "规章 0 2 5" in lines and "行政规范性文件 3 0 12" in lines
    lines = read_pdf(_lined_pdf(rows), "lines.pdf").text.split("\n")
    assert "规章\t0\t2\t5" in lines


def test_pdf_page_of_very_many_characters_is_read_without_removing_doubled_ones():
    """Removing doubled characters (a bold heading drawn twice) costs more than linear time in a page's characters:
    a page of tens of thousands (no report's; a hostile file) is read as it is, with a warning."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 2)
    for i in range(380):
        c.drawString(10, 830 - 2.1 * i, "本年度新收申请" * 4)
    c.showPage()
    c.save()
    doc = read_pdf(buf.getvalue(), "dense.pdf")
    assert any("read without removing doubled ones" in w for w in doc.warnings)


def test_pdf_page_ruled_past_reading_is_read_as_text_with_a_warning():
    """A page of a few hundred ruling lines each way (a drawing, or a hostile file: pdfplumber's table finder would
    take seconds to minutes on it) is not searched for tables: its text is read alone, with a warning."""
    doc = read_pdf(_ruled_pdf([["规章", "1", "2", "3"]], lines=150), "grid.pdf")
    assert "规章 1 2 3" in doc.text.split("\n")
    assert len(doc.warnings) == 1 and "ruling lines" in doc.warnings[0]


def test_pdf_cid_font_text_comes_back():
    data = _pdf_bytes(PDF_PAGES, title="西岭乡年报")
    doc = read_pdf(data, "xl.pdf")
    assert doc.source_format == "pdf" and doc.encoding is None
    from nlp.meta import FILE_TITLE_HINT
    assert doc.hints == {FILE_TITLE_HINT: "西岭乡年报"}
    lines = doc.text.split("\n")
    assert lines[0] == "西岭乡2024年政府信息公开工作年度报告"
    assert "本年新收政府信息公开申请数量 9 件。" in lines
    assert "7" in lines                      # a lone number inside a page is kept
    assert doc.warnings == ()


@pytest.mark.parametrize("case,footer", PDF_FOOTERS, ids=[c[0] for c in PDF_FOOTERS])
def test_pdf_page_numbers_dropped(case, footer):
    doc = read_pdf(_pdf_bytes(PDF_PAGES, footer=footer))
    lines = doc.text.split("\n")
    assert not any(footer(n) == line.strip() for n in (1, 2, 3) for line in lines)
    assert "本年度未收取信息处理费。" in lines and "7" in lines


@pytest.mark.parametrize("text,ordinal,expected", PAGE_NUMBER_CASES)
def test_pdf_drop_page_numbers_rules(text, ordinal, expected):
    assert drop_page_numbers(text, ordinal) == expected


INFO_STRING_CASES = [  # raw document-information bytes → text
    (b"\xfe\xff" + "年报".encode("utf-16-be"), "年报"),
    (b"\xff\xfe" + "年报".encode("utf-16-le"), "年报"),      # little-endian BOM, written by some editors
    ("年报".encode("utf-8"), "年报"),
    (b"Annual report", "Annual report"),
]


@pytest.mark.parametrize("raw,expected", INFO_STRING_CASES)
def test_pdf_info_strings_decode(raw, expected):
    assert _decode_info(raw) == expected


def test_pdf_without_text_is_e007():
    data = _pdf_bytes([[], []], rectangle_only=True)
    with pytest.raises(NianbaoError) as exc:
        read_pdf(data, "scan.pdf")
    assert exc.value.code == "E007" and "2 pages" in exc.value.message


PDF_E008_CASES = [
    ("truncated", lambda: _pdf_bytes(PDF_PAGES)[:1500]),
    ("truncated-late", lambda: (lambda d: d[: int(len(d) * 0.9)])(_pdf_bytes(PDF_PAGES))),
    ("not-a-pdf", lambda: b"%PDF-1.4\nthis is not really a pdf"),
    ("encrypted", lambda: _pdf_bytes(PDF_PAGES, encrypt="secret")),
]


@pytest.mark.parametrize("case,make", PDF_E008_CASES, ids=[c[0] for c in PDF_E008_CASES])
def test_pdf_damaged_or_encrypted_is_e008(case, make):
    assert _code(read_pdf, make(), f"{case}.pdf") == "E008"


def test_pdf_page_cap_warns():
    doc = read_pdf(_pdf_bytes(PDF_PAGES), max_pages=2)
    assert "本年度未收取信息处理费。" not in doc.text
    assert any("2 of 3 pages" in w for w in doc.warnings)


def test_pdf_time_limit_is_e013():
    assert _code(read_pdf, _pdf_bytes(PDF_PAGES), time_limit=0) == "E013"


PDF_SEED = _pdf_bytes(PDF_PAGES[:2], compress=False)


@FUZZ
@given(st.one_of(st.binary(max_size=2000), st.binary(max_size=500).map(lambda b: b"%PDF-1.4\n" + b),
                 _mutations(PDF_SEED)))
def test_pdf_fuzz_only_coded_errors(data):
    try:
        doc = read_pdf(data, "fuzz.pdf")
    except NianbaoError as exc:
        assert exc.code in {"E007", "E008", "E013"}
    else:
        assert isinstance(doc.text, str)


# ============================================================================= real corpus

REAL_PDFS = ["hongze-2023.pdf", "hongze-2024.pdf", "huaian-2024.pdf"]
REAL_HTML = ["sh-office-2019.html", "pingtan-main-2023.html"]
KEY_LABELS = ["本年新收政府信息公开申请数量", "行政复议", "总体情况"]


@pytest.mark.corpus
@pytest.mark.parametrize("name", REAL_PDFS)
def test_pdf_real_reports_have_key_labels(corpus, name):
    path = corpus / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    doc = read_pdf(path.read_bytes(), name)
    for label in KEY_LABELS:
        assert label in doc.text
    assert not any(line.strip() in {f"- {n} -" for n in range(1, 10)} for line in doc.text.split("\n"))
    from nlp.meta import FILE_TITLE_HINT
    assert "年度报告" in doc.hints[FILE_TITLE_HINT]      # these PDFs store the title as UTF-16LE


@pytest.mark.corpus
@pytest.mark.parametrize("name", REAL_HTML)
def test_html_real_pages_have_labels_and_tab_rows(corpus, name):
    path = corpus / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    doc = read_html(path.read_bytes(), name)
    for label in KEY_LABELS:
        assert label in doc.text
    lines = doc.text.split("\n")
    new_row = next(line for line in lines if line.startswith("一、本年新收政府信息公开申请数量\t"))
    cells = new_row.split("\t")
    assert len(cells) == 8 and cells[-1].isdigit()
    assert sum("\t" in line for line in lines) >= 30
    assert doc.hints["title"].endswith("年度报告")


def test_a_pdf_heading_drawn_twice_to_look_bold_reads_once():
    """Some producers make a heading bold by drawing it two or three times a fraction of a point apart: the text
    layer then holds every character twice (二二、、主主动动…) unless the overlapping copies are dropped."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 12)
    for i, line in enumerate(["西岭乡2024年政府信息公开工作年度报告", "二、主动公开政府信息情况", "正文。"]):
        for dx in ((0, 0.3, 0.6) if i == 1 else (0,)):
            c.drawString(72 + dx, 760 - 20 * i, line)
    c.showPage()
    c.save()
    doc = read_pdf(buf.getvalue(), "bold.pdf")
    assert "二、主动公开政府信息情况" in doc.text and "二二" not in doc.text


def test_a_pdfs_running_header_and_footer_are_dropped_but_not_the_title():
    """The report's title printed atop every page, and an issuing line at every foot, are page furniture: gone from
    every page but the first page's top (the title itself); table rows and lines on fewer than half the pages stay."""
    from nlp.read.pdf import drop_running_lines
    title = "示例区水务局2023年政府信息公开工作年度报告"
    pages = [f"{title}\n一、总体情况\n本局依法公开。\n示例区水务局办公室 第1页",
             f"{title}\n行政复议\t行政诉讼\n结果维持\n0 0 0 0\n示例区水务局办公室 第2页",
             f"  {title}  \n0 0 0 0\n六、其他需要报告的事项\n无。\n示例区水务局办公室 第3页"]
    out = drop_running_lines(pages)
    assert out[0].startswith(title) and out[0].count(title) == 1
    assert title not in out[1] and title not in out[2]
    assert not any("办公室" in p for p in out)
    assert out[1].split("\n")[:2] == ["行政复议\t行政诉讼", "结果维持"] and "0 0 0 0" in out[2]
    assert drop_running_lines(pages[:1]) == pages[:1]
    once = [f"{title}\n正文一", "正文二\n结尾", "正文三\n结尾二"]          # on one page of three: no furniture
    assert drop_running_lines(once) == once


def test_table_rows_at_a_pages_edge_are_not_running_lines():
    """Rows with the same label and other figures are table rows, not a header: only a line's last number (a page
    number) is masked when pages are compared."""
    from nlp.read.pdf import drop_running_lines
    pages = ["正文一\n其他 1 2 3", "正文二\n其他 4 5 6", "正文三\n签名"]
    assert drop_running_lines(pages) == pages
    footed = ["正文一\n示例局2023年度报告 1", "正文二\n示例局2023年度报告 2", "正文三\n示例局2023年度报告 3"]
    assert drop_running_lines(footed) == ["正文一", "正文二", "正文三"]


@pytest.mark.parametrize("line_end", ["\r", "\u2028", "\r\n"])
def test_a_report_with_other_line_ends_reads_as_with_newlines(line_end):
    """A text whose lines end in a lone CR (classic Mac files, some crawlers) or a Unicode line separator reads the
    same sections and cells as with "\\n" (a CR before "\\n" too), at the same offsets: each such line end is one
    "\\n" for one character."""
    import nlp
    plain = (Path(__file__).resolve().parents[1] / "corpora" / "demo" / "demo-01_tsv_2021.txt").read_text("utf-8")
    base = nlp.read_report(plain.encode("utf-8"), name="r.txt")
    other = nlp.read_report(plain.replace("\n", line_end).encode("utf-8"), name="r.txt")
    assert len(base.sections) == 6
    if line_end != "\r\n":
        assert len(other.text) == len(plain)
        assert [(s.key, s.start, s.end) for s in other.sections] == [(s.key, s.start, s.end) for s in base.sections]
    else:
        assert [s.key for s in other.sections] == [s.key for s in base.sections]
    assert {k: c.value for k, c in other.cells.items()} == {k: c.value for k, c in base.cells.items()}


MERGED_ZEROS = """<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p><table>
<tr><td>A</td><td>B</td><td>C</td><td>D</td></tr>
<tr><td rowspan="3">（三）不予公开</td><td>1.甲</td><td rowspan="3">0</td><td>5</td></tr>
<tr><td>2.乙</td><td>7</td></tr>
<tr><td>3.丙</td><td>9</td></tr>
<tr><td>4.丁</td><td>2</td><td>4</td></tr>
<tr><td colspan="4">0</td></tr>
<tr><td rowspan="2">/</td><td colspan="2">12</td><td>1</td></tr>
<tr><td>x</td><td>y</td></tr>
</table></body></html>"""


def test_html_a_merged_zero_is_a_zero_in_every_cell_it_spans():
    """A 0 merged down a column (a group's rows) is that 0 in each row, at its column; a label, corner mark or other
    figure merged down, and any cell merged across (a short row's last figure widened), is printed once, as before."""
    assert read_html(MERGED_ZEROS.encode("utf-8")).text.split("\n")[1:] == [
        "A\tB\tC\tD", "（三）不予公开\t1.甲\t0\t5", "2.乙\t0\t7", "3.丙\t0\t9", "4.丁\t2\t4", "0",
        "/\t12\t1", "x\ty"]
