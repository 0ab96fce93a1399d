"""Section headings: variants, glued headings, markdown prefixes, problems numbered 四/六, missing."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.sections import find_sections

BODY = "正文一句。"

OUTLINES = [
    # (text, expected keys)
    ("一、总体情况" + BODY + "二、主动公开政府信息情况" + BODY + "三、收到和处理政府信息公开申请情况" + BODY +
     "四、政府信息公开行政复议、行政诉讼情况" + BODY + "五、存在的主要问题及改进情况" + BODY + "六、其他需要报告的事项无。",
     ["general", "proactive", "requests", "review_litigation", "problems", "other"]),
    ("## 一、总体情况\n" + BODY + "\n## 二、主动公开政府信息情况\n表\n## 三、收到和处理政府信息公开申请情况\n表\n"
     "#### 四、政府信息公开行政复议、行政诉讼情况\n表\n#### 五、政府信息公开工作存在的主要问题及改进情况\n问题\n## 六、其他需要报告的事项\n无",
     ["general", "proactive", "requests", "review_litigation", "problems", "other"]),
    ("一总体情况" + BODY + "二、主动公开政府信息情况" + BODY + "三、收到和处理政府信息公开申请情况" + BODY +
     "四、政府信息公开行政复议与行政诉讼情况" + BODY + "五、信息处理费收取情况" + BODY + "六、存在的主要问题和改进情况" + BODY,
     ["general", "proactive", "requests", "review_litigation", "other", "problems"]),   # fees as their own part
    ("本报告由总体情况、主动公开政府信息情况、其他需要报告的事项等组成。一、总体情况" + BODY,
     ["general"]),                                            # the intro's list of parts is not a heading
    ("一、总体情况" + BODY + "四、政府信息公开行政复议、行政诉讼情况" + BODY + "（一）存在问题一是培训不足。（二）改进情况一是加强培训。",
     ["general", "review_litigation", "problems"]),             # missing 五 heading recovered
]


@pytest.mark.parametrize("text,keys", OUTLINES)
def test_find_sections_variants(text, keys):
    assert [s.key for s in find_sections(text)] == keys


def test_sections_offsets_cover_text_in_order():
    text = OUTLINES[0][0]
    secs = find_sections(text)
    for a, b in zip(secs, secs[1:]):
        assert a.end == b.start
    assert text[secs[0].start:secs[0].body_start] == "一、总体情况"
    assert secs[-1].end == len(text)
    assert text[secs[4].body_start:secs[4].end] == BODY


def test_t3_row_labels_are_not_section_headings():
    text = ("三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量0000000四、结转下年度继续办理0000000"
            "四、政府信息公开行政复议、行政诉讼情况表")
    secs = find_sections(text)
    assert [s.key for s in secs] == ["requests", "review_litigation"]
    assert text[secs[1].start:].startswith("四、政府信息公开行政复议")


# ---------------------------------------------------------------- the prefiltered search equals the plain one

_PIECES = ["一", "二", "四", "五", "六", "十", "、", ".", "．", " ", "\n", "#", "## ", "（", "(", "a", "是", "2023", "第", "部分",
           "1", "3", "：", "**", "其他",
           "总体情况", "概述", "主动公开政府信息情况", "依申请公开情况", "收到和处理政府信息公开申请情况",
           "行政复议", "行政诉讼情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况",
           "存在问题", "其他需要报告的事项", "其他事项", "。", "正文", "进一步"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.integers(min_value=0, max_value=200))
def test_prefiltered_heading_search_is_the_plain_search(pieces, cursor):
    """``_first`` scans with a character-class prefilter and confirms with the exact pattern: it must find
    the very match the exact patterns' own searches find (same key, same span), from any cursor."""
    import re

    from nlp.sections import _BARE_END, _LINE_START, ORDER, RE_HEADING, RE_MD_HEADING, SECTION_TITLES, _first
    # the line headings of each key on its own (RE_LINE_HEADINGS finds them all in one pass)
    arabic = {k: re.compile(_LINE_START + r"[1-9]\s*[、.．]\s*(?=[^\n]{4})" + t, re.M) for k, t in SECTION_TITLES.items()}
    bare = {k: re.compile(_LINE_START + r"(?=[^\n]{4})" + t + _BARE_END, re.M) for k, t in SECTION_TITLES.items()}
    text = "".join(pieces)
    cursor = min(cursor, len(text))
    for key in ORDER:
        found = [m for m in (rx[key].search(text, cursor) for rx in (RE_HEADING, RE_MD_HEADING, arabic, bare)) if m]
        want = min(found, key=lambda m: m.start()).span() if found else None
        got = _first(text, key, cursor)
        assert (got.span() if got else None) == want


def test_headings_with_their_characters_spaced_out_are_found_at_their_own_offsets():
    """PDFs justify short headings to a width (一、总 体 情 况): the headings are found all the same, and the
    sections' offsets are the text's own."""
    text = ("某县农业农村局2024年政府信息公开工作年度报告\n一、总 体 情 况\n今年我们做了很多工作。\n"
            "二、主 动 公 开 政 府 信 息 情 况\n见下表。\n三、收到和处理政府信息公开申请情况\n见下表。\n"
            "四、政府信息公开行政复议、行政诉讼情况\n无。\n五、存 在 的 主 要 问 题 及 改 进 情 况\n更新不够及时。\n"
            "六、其 他 需 要 报 告 的 事 项\n无。")
    sections = find_sections(text)
    assert [s.key for s in sections] == ["general", "proactive", "requests", "review_litigation", "problems", "other"]
    problems = sections[4]
    assert text[problems.start:problems.body_start].strip() == "五、存 在 的 主 要 问 题 及 改 进 情 况"
    assert text[problems.body_start:problems.end].strip() == "更新不够及时。"
    assert sections[-1].end == len(text) and sections[0].title == "一、总体情况"


# headings worded otherwise than the template (older outlines, other regions): each title is found as its part
WORDED = {
    "general": ["工作概述", "总体工作情况", "基本概况", "年度工作总体情况", "工作概况"],
    "proactive": ["政府信息主动公开情况", "主动公开工作情况", "主动公开政府信息工作情况", "主动公开信息情况"],
    "requests": ["政府信息依申请公开情况", "依申请公开办理情况", "政府信息依申请公开工作情况", "依申请公开政府信息工作情况",
                 "依申请公开政府信息和不予公开政府信息情况"],
    "problems": ["主要问题和改进措施", "工作中存在的问题及改进措施", "问题和不足", "存在的困难和问题", "面临的问题和下一步打算",
                 "问题及改进情况", "年度工作存在的主要问题及改进情况", "工作中的不足及改进", "主要问题及整改情况"],
    "other": ["其他需要说明的情况", "其他需要报告的情况", "其他情况说明", "其他", "其它需要报告的事项"],
}
TEMPLATE = {"general": "一、总体情况", "proactive": "二、主动公开政府信息情况", "requests": "三、收到和处理政府信息公开申请情况",
            "review_litigation": "四、政府信息公开行政复议、行政诉讼情况", "problems": "五、存在的主要问题及改进情况",
            "other": "六、其他需要报告的事项"}


@pytest.mark.parametrize("key,title", [(k, t) for k, ts in WORDED.items() for t in ts])
def test_headings_in_other_wordings(key, title):
    heads = dict(TEMPLATE, **{key: TEMPLATE[key][:2] + title})
    text = "".join(f"{h}\n{BODY}\n" for h in heads.values())
    secs = {s.key: s for s in find_sections(text)}
    assert list(secs) == list(TEMPLATE), title
    assert text[secs[key].start:secs[key].body_start] == heads[key] and not secs[key].inferred


def test_a_numeral_inside_a_word_does_not_open_a_part():
    """未发生一起因政府信息公开引发的行政复议和行政诉讼: 一 glued to the text before it is no part number (a glued
    heading keeps its 、: …情况。四、政府…)."""
    heads = list(TEMPLATE.values())
    text = (f"{heads[0]}\n{BODY}\n{heads[1]}\n{BODY}\n{heads[2]}\n全年未发生一起因政府信息公开引发的行政复议和行政诉讼。\n"
            + "".join(f"{h}\n{BODY}\n" for h in heads[3:]))
    secs = {s.key: s for s in find_sections(text)}
    assert text[secs["review_litigation"].start:].startswith(heads[3])
    glued = text.replace(f"\n{heads[3]}", "。" + heads[3])
    assert glued[{s.key: s for s in find_sections(glued)}["review_litigation"].start:].startswith(heads[3])


def test_bare_qita_heads_a_part_only_at_its_line_end():
    """六、其他 alone on its line is the other-matters part; 六、其他处理 inside a flattened line is not."""
    text = "".join(f"{h}\n{BODY}\n" for h in list(TEMPLATE.values())[:5]) + "六、其他本单位无收费。"
    assert [s.key for s in find_sections(text)][-1] == "problems"


@pytest.mark.parametrize("style", ["第{n}部分 {t}", "第{n}部分：{t}", "{i}.{t}", "{i}、{t}", "{t}", "**{t}**", "{n}，{t}",
                                   "{n}、2023年度{t}",
                                   "{n}丶{t}",          # an input method's 丶 typed for 、
                                   "{w}．{t}",          # full-width Arabic numerals
                                   "【{t}】"])
def test_outlines_numbered_otherwise_or_not_at_all(style):
    """Parts numbered 第一部分 / 1. / 1、 / 一， (a comma typed for 、) or not numbered (a title alone on its line, bold or
    not) are found, also with the year before the title (一、2023年度总体情况)."""
    cn = "一二三四五六"
    text = "".join(style.format(n=cn[i], i=i + 1, w="１２３４５６"[i], t=h[2:]) + f"\n{BODY}\n"
                   for i, h in enumerate(TEMPLATE.values()))
    secs = find_sections(text)
    assert [s.key for s in secs] == list(TEMPLATE)
    assert not any(s.inferred for s in secs)


def test_table_row_labels_on_their_own_lines_are_not_headings():
    """One cell per line: 3.其他 and 其他 alone on a line are row labels; a title that only begins a sentence of
    its line (总体情况良好。) is no unnumbered heading."""
    text = ("一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n三、收到和处理政府信息公开申请情况\n（六）其他处理\n"
            "3.其他\n0\n其他\n0\n总体情况良好，无其他需要报告的事项。\n")
    assert [s.key for s in find_sections(text)] == ["general", "proactive", "requests"]


def test_last_part_ends_before_a_closing_statistics_table_part():
    """Pre-2019 outlines close with a part that is only the table (六、某区政府信息公开情况统计表): the problems part
    ends before it, so the table's rows are not section 五 items."""
    text = ("一、概述\n正文。\n二、主动公开政府信息情况\n正文。\n五、主要问题和改进措施\n一是培训不足。二是栏目偏少。"
            "六、某区政府信息公开情况统计表 指标名称 计量单位 本年度 主动公开政府信息数 条 12")
    problems = {s.key: s for s in find_sections(text)}["problems"]
    assert text[problems.body_start:problems.end] == "\n一是培训不足。二是栏目偏少。"


_PARTS = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
          "存在的主要问题及改进情况", "其他需要报告的事项")
_KEYS = ["general", "proactive", "requests", "review_litigation", "problems", "other"]


@pytest.mark.parametrize("leader", ["", "……………… 3", " .......... 12"])
def test_a_table_of_contents_is_not_the_outline(leader):
    numerals = "一二三四五六"
    contents = "目录\n" + "".join(f"{n}、{p}{leader}\n" for n, p in zip(numerals, _PARTS))
    body = "".join(f"{n}、{p}\n第{n}部分的正文，写满一句话。\n" for n, p in zip(numerals, _PARTS))
    text = "某局年度报告\n" + contents + "\n" + body
    secs = find_sections(text)
    assert [s.key for s in secs] == _KEYS
    assert secs[0].start == text.index(body)                   # the outline after the contents
    problems = secs[4]
    assert text[problems.body_start:problems.end].strip() == "第五部分的正文，写满一句话。"


@pytest.mark.parametrize("prefix", ["", "### ", "**"])
def test_parts_numbered_in_brackets_are_the_outline_only_where_no_other_outline_is(prefix):
    numerals = "一二三四五六"
    text = "".join(f"{prefix}（{n}）{p}\n第{n}部分的正文。\n" for n, p in zip(numerals, _PARTS))
    secs = find_sections(text)
    assert [s.key for s in secs] == _KEYS
    assert [s.title.lstrip("#* ") for s in secs] == [f"（{n}）{p}" for n, p in zip(numerals, _PARTS)]
    assert all(a.end == s.start and text[s.start:s.body_start].lstrip("#* ").startswith("（")
               for a, s in zip(secs, secs[1:]))
    # under a numbered outline, （一）… are sub-headings: 一、总体情况 keeps its （一）主动公开情况
    nested = ("一、总体情况\n（一）主动公开政府信息情况\n正文。\n（二）依申请公开情况\n正文。\n"
              "二、主动公开政府信息情况\n表\n三、收到和处理政府信息公开申请情况\n表\n"
              "四、政府信息公开行政复议、行政诉讼情况\n表\n五、存在的主要问题及改进情况\n问题。\n六、其他需要报告的事项\n无。\n")
    secs = find_sections(nested)
    assert [s.key for s in secs] == _KEYS and secs[0].title == "一、总体情况"


def test_bracketed_parts_with_bracketed_sub_headings_keep_their_own_numerals():
    numerals = "一二三四五六"
    text = ""
    for n, p in zip(numerals, _PARTS):
        text += f"（{n}）{p}\n正文。\n"
        if n == "一":        # 总体情况's own points, numbered the same way
            text += "（一）主动公开情况\n正文。\n（二）依申请公开情况\n正文。\n（三）平台建设情况\n正文。\n"
    secs = find_sections(text)
    assert [s.key for s in secs] == _KEYS
    assert secs[1].title == "（二）主动公开政府信息情况" and "（二）依申请公开情况" in text[secs[0].start:secs[0].end]


def test_an_introduction_listing_the_parts_is_not_the_outline():
    numerals = "一二三四五六"
    intro = "本报告由" + "；".join(f"{n}、{p}" for n, p in zip(numerals, _PARTS)) + "等六部分组成。\n"
    body = "".join(f"{n}、{p}\n正文。\n" for n, p in zip(numerals, _PARTS))
    text = "某局年度报告\n" + intro + "\n本报告的数据统计至年底。\n" + body
    secs = find_sections(text)
    assert [s.key for s in secs] == _KEYS and secs[0].start == text.index(body)


def test_other_matters_before_problems_and_an_attachment_line_end_the_outline():
    text = ("一、总体情况\n正文。\n二、主动公开政府信息情况\n表\n三、收到和处理政府信息公开申请情况\n表\n"
            "四、政府信息公开行政复议、行政诉讼情况\n表\n五、其他需要报告的事项\n未收费。\n"
            "六、存在的主要问题及改进情况\n问题一。\n附件\n1.统计表\n")
    secs = find_sections(text)
    assert [s.key for s in secs] == ["general", "proactive", "requests", "review_litigation", "other", "problems"]
    assert text[secs[-1].body_start:secs[-1].end].strip() == "问题一。"


def test_other_matters_worded_with_yingdang_and_an_attachment_marked_fu():
    text = ("一、总体情况\n正文。\n五、存在的主要问题及改进情况\n问题。\n六、其他应当报告的事项\n无。\n某局\n"
            "附：2023年度统计表\n表格\t0\n")
    secs = find_sections(text)
    assert secs[-1].key == "other" and text[secs[-1].body_start:secs[-1].end].strip() == "无。\n某局"


ALL_SIX = ["general", "proactive", "requests", "review_litigation", "problems", "other"]


@pytest.mark.parametrize("headings", [
    # wordings: 主动公开的政府信息, 收到及处理 / 收到、处理
    ("一、总体情况", "二、主动公开的政府信息情况", "三、收到及处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
     "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
    ("一、总体情况", "二、主动公开政府信息情况", "三、收到、处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
     "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
    # one space inside a heading (full-width or ASCII), not a run of spaced characters
    ("一、总体情况", "二、主动公开\u3000政府信息情况", "三、收到和处理 政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
     "五、存在的 主要问题及改进情况", "六、其他需要\u3000报告的事项"),
    # markdown bold on the words after the numeral
    ("一、**总体情况**", "二、**主动公开政府信息情况**", "三、**收到和处理政府信息公开申请情况**",
     "四、**政府信息公开行政复议、行政诉讼情况**", "五、**存在的主要问题及改进情况**", "六、**其他需要报告的事项**"),
])
def test_more_heading_shapes_find_all_six(headings):
    text = "".join(f"{h}\n本单位按要求开展相关工作，情况良好。\n" for h in headings)
    assert [s.key for s in find_sections(text)] == ALL_SIX


def test_a_numeral_after_a_comma_needs_its_dun_to_open_a_part():
    """…，一起因政府信息公开引发的行政复议、行政诉讼也没有发生。 is a sentence in 三, not the 四 heading; after a
    sentence's end a heading may lack its 、 (…。一总体情况)."""
    text = ("本报告如下。一总体情况\n本局情况良好。\n二、主动公开政府信息情况\n正文。\n三、收到和处理政府信息公开申请情况\n"
            "经核查，一起因政府信息公开引发的行政复议、行政诉讼也没有发生。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n"
            "五、存在的主要问题及改进情况\n一是培训不足。\n六、其他需要报告的事项\n无。\n")
    secs = {s.key: s for s in find_sections(text)}
    assert list(secs) == ALL_SIX
    assert text[secs["review_litigation"].start:].startswith("四、")


@pytest.mark.parametrize("fmt", ["**{n} {t}**", "**{n}{t}**"])
def test_bold_headings_without_their_dun(fmt):
    titles = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
              "存在的主要问题及改进情况", "其他需要报告的事项"]
    text = "".join(fmt.format(n=n, t=t) + "\n正文一句。\n" for n, t in zip("一二三四五六", titles))
    assert [s.key for s in find_sections(text)] == ALL_SIX


@pytest.mark.parametrize("sentence", ["一起因政府信息公开引发的行政复议、行政诉讼也没有发生。",
                                      "二是严格依法答复，未发生行政复议、行政诉讼。",
                                      "经核查，一、二季度均未发生行政复议、行政诉讼。"])
def test_sentences_that_begin_with_a_numeral_are_no_headings(sentence):
    text = ("一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n三、收到和处理政府信息公开申请情况\n" + sentence + "\n"
            "四、政府信息公开行政复议、行政诉讼情况\n无。\n五、存在的主要问题及改进情况\n正文。\n六、其他需要报告的事项\n无。\n")
    secs = {s.key: s for s in find_sections(text)}
    assert text[secs["review_litigation"].start:].startswith("四、")


def test_a_table_rows_label_is_never_a_parts_heading():
    """表三's first row (一、本年新收…<TAB>3…) and 表四's header (行政复议<TAB>…行政诉讼) lie on lines that hold a TAB:
    where the outline's own headings are written otherwise, the rows do not take their place."""
    text = ("【总体情况】\n正文。\n【主动公开政府信息情况】\n正文。\n【收到和处理政府信息公开申请情况】\n"
            "一、本年新收政府信息公开申请数量\t3\t1\t4\n四、结转下年度继续办理\t0\t0\t0\n"
            "【政府信息公开行政复议、行政诉讼情况】\n本年度无。\n行政复议\t\t行政诉讼\n0\t0\n"
            "【存在的主要问题及改进情况】\n正文。\n【其他需要报告的事项】\n无。\n")
    secs = find_sections(text)
    assert [s.key for s in secs] == ALL_SIX
    assert all(s.title.startswith("【") for s in secs)


@pytest.mark.parametrize("key, heading", [
    ("requests", "三、收到和处理信息公开申请情况"),
    ("review_litigation", "四、政府信息公开引起的复议、诉讼情况"),
    ("other", "六、需要报告的其他事项"),
])
def test_headings_worded_without_a_word_of_the_template(key, heading):
    parts = dict(TEMPLATE, **{key: heading})
    text = "".join(h + f"\n{BODY}\n" for h in parts.values())
    assert [s.key for s in find_sections(text)] == ALL_SIX


def test_the_last_part_ends_before_a_portals_links():
    text = "".join(h + f"\n{BODY}\n" for h in TEMPLATE.values()) + "上一篇：示例局关于年度工作的通知\n下一篇：无\n【打印本页】【关闭窗口】\n"
    last = find_sections(text)[-1]
    assert last.key == "other" and "上一篇" not in text[last.start:last.end]


@pytest.mark.parametrize("chrome", ["分享到：微信 微博 QQ空间\n", "扫一扫在手机打开当前页\n",
                                    "相关链接\n青禾县人民政府2023年政府信息公开工作年度报告\n",
                                    "【相关文章】\n政务公开工作要点\n", "热点信息\n关于做好网站内容保障的通知\n"])
def test_the_last_part_ends_before_a_share_bar_or_a_list_of_other_articles(chrome):
    text = "".join(h + f"\n{BODY}\n" for h in TEMPLATE.values()) + chrome + "上一篇：示例局的通知\n"
    last = find_sections(text)[-1]
    assert last.key == "other" and text[last.start:last.end].rstrip().endswith(BODY.rstrip())


@pytest.mark.parametrize("key, heading", [
    ("problems", "五、2023年度存在的主要问题及2024年改进措施"),
    ("problems", "五、存在的主要问题、改进情况及其他需要报告的事项"),
    ("other", "六、其他事项说明"),
])
def test_a_heading_is_its_whole_line_where_the_rest_is_its_words(key, heading):
    parts = dict(TEMPLATE, **{key: heading})
    text = "".join(h + f"\n{BODY}\n" for h in parts.values())
    sec = next(s for s in find_sections(text) if s.key == key)
    assert sec.title == heading and text[sec.body_start:].lstrip().startswith(BODY)


def test_a_headings_line_after_a_space_or_a_comma_is_the_parts_text():
    for tail in ("　无", "，本年度无"):
        parts = dict(TEMPLATE, other="六、其他需要报告的事项" + tail)
        text = "".join(h + f"\n{BODY}\n" for h in parts.values())
        sec = next(s for s in find_sections(text) if s.key == "other")
        assert sec.title == "六、其他需要报告的事项" and tail.strip("　，") in text[sec.body_start:sec.end]


def test_a_problems_part_without_its_heading_starts_at_the_line_that_opens_with_its_shortfalls():
    parts = dict(TEMPLATE)
    del parts["problems"]
    text = "".join(h + f"\n{BODY}\n" for h in parts.values())
    line = "本年度工作中存在的不足：无\n"
    text = text.replace(TEMPLATE["other"], line + TEMPLATE["other"])
    secs = {s.key: s for s in find_sections(text)}
    assert secs["problems"].inferred and secs["problems"].start == text.index(line)
    assert text[secs["problems"].body_start:secs["problems"].end].strip() == "无"
    assert secs["review_litigation"].end == text.index(line)


def test_a_numbered_attachment_table_list_ends_the_last_part():
    text = "".join(h + f"\n{BODY}\n" for h in TEMPLATE.values()) + "\n附表1：年度统计表\n附表2：申请办理一览表\n"
    last = find_sections(text)[-1]
    assert "附表1" not in text[last.start:last.end]


def test_headings_indented_with_tabs_are_headings_and_a_row_with_tabs_between_its_cells_is_not():
    """<TAB>一、总体情况 (a Word export's indent) is the part's heading; 四、结转下年度继续办理<TAB>0<TAB>… stays a table row."""
    keys = ["general", "proactive", "requests", "review_litigation", "problems", "other"]
    titles = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
              "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
    text = "".join(f"\t{t}\t\n本部分的正文写在这里。\n" for t in titles[:3]) + "四、结转下年度继续办理\t0\t0\t0\n" + \
        "".join(f"\t\t{t}\n本部分的正文写在这里。\n" for t in titles[3:])
    secs = find_sections(text)
    assert [s.key for s in secs] == keys
    assert [text[s.start:].lstrip("\t").split("\t")[0].split("\n")[0] for s in secs] == titles


@pytest.mark.parametrize("part, sub", [("第{n}部分 ", ""), ("## {c}、", "### ")])
def test_a_parts_numbered_sub_headings_are_not_the_outlines_parts(part, sub):
    """第一部分 总体情况 with 一、主动公开情况 / 二、依申请公开情况 under it (or ## parts with ### sub-parts): the parts are
    the headings marked as the outline's are (第二部分 主动公开…), not the first part's sub-headings."""
    cn = "一二三四五六"
    titles = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
              "存在的主要问题及改进情况", "其他需要报告的事项"]
    heads = [part.format(n=cn[i], c=cn[i]) + t for i, t in enumerate(titles)]
    subs = f"\n{sub}一、主动公开情况\n全年主动公开信息120条。\n{sub}二、依申请公开情况\n全年新收申请8件。\n"
    text = heads[0] + "\n本年度工作概述。" + subs + "".join(f"{h}\n本部分的正文。\n" for h in heads[1:])
    secs = find_sections(text)
    assert [text[s.start:].split("\n")[0] for s in secs] == heads


def test_a_page_flattened_with_tabs_between_its_blocks_keeps_its_outline():
    """(a crawled-text probe: six SECTION-MISSING warnings) A crawler that joins a page's blocks with TABs gives one
    line of headings, sentences and table cells. A heading on a line with a TAB was taken for a table's row label;
    a line of sentences is no table row: the six parts are found (the tables' row labels still are no headings)."""
    import random

    from nlp import synth
    from nlp.report import read_report
    rng = random.Random(3)
    values = synth.random_tables(rng, "2021", 50)
    data, _ = synth.make_report(rng, fmt="2021", layout="tsv", values=values)
    flat = "\t".join(line.strip("#* ") for line in data.split("\n") if line.strip())
    report = read_report(flat.encode("utf-8"), name="flat.txt")
    assert [s.key for s in report.sections] == ["general", "proactive", "requests", "review_litigation", "problems",
                                                "other"]
    assert not [f for f in report.checks if f.rule == "SECTION-MISSING"]
    assert all(report.cells[k].value == v for k, v in values.items() if k.startswith("t3."))


def test_a_heading_run_into_a_table_row_or_header_is_a_heading():
    """(a metadata probe: 三 and 四 missing) A page that lost its line breaks around the tables: a heading glued after
    the last row of the table above (行政事业性收费<TAB>0<TAB><TAB>三、收到…) or to the first header cell of the table
    under it (…申请情况（本列数据…）<TAB>申请人情况, …诉讼情况行政复议<TAB>行政诉讼). A table's row label is its cell whole
    and opens its row: those stay no headings."""
    text = ("一、总体情况\n略。\n二、主动公开政府信息情况\n第二十条第（八）项\n行政事业性收费\t0\t\t\t三、收到和处理政府信息公开申请情况"
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\n一、本年新收政府信息公开申请数量\t0\t0\n"
            "四、政府信息公开行政复议、行政诉讼情况行政复议\t\t行政诉讼\n结果维持\t0\n五、存在的主要问题及改进情况\n略。\n"
            "六、其他需要报告的事项\n无。")
    assert [s.key for s in find_sections(text)] == ["general", "proactive", "requests", "review_litigation",
                                                    "problems", "other"]
    rows = "一、主动公开政府信息情况\t12\t3\n二、依申请公开情况\t3\t4\n"
    assert find_sections("一、概述\n略。\n" + rows)[0].key == "general" and len(find_sections("一、概述\n略。\n" + rows)) == 1


@pytest.mark.parametrize("order", [("general", "requests", "proactive", "review_litigation", "problems", "other"),
                                   ("general", "proactive", "review_litigation", "requests", "problems", "other")])
def test_parts_printed_in_another_order_are_all_found(order):
    """二、收到和处理…申请情况 before 三、主动公开…: the in-order search passed over the part printed early; it is found by
    its numbered heading, whose numeral no other part has."""
    numerals = "一二三四五六"
    text = "".join(f"{numerals[i]}、{TEMPLATE[key][2:]}\n{BODY}\n" for i, key in enumerate(order))
    got = find_sections(text)
    assert [s.key for s in got] == list(order)
    assert all(text[s.body_start:s.end].strip() == BODY for s in got)


@pytest.mark.parametrize("title", ["依申请公开和不予公开情况", "依申请公开和不予公开政府信息情况", "依申请公开及不予公开情况",
                                   "受理政府信息公开申请情况"])
def test_an_old_outlines_merged_requests_part_is_the_requests_part(title):
    """Pre-2019 outlines merge 依申请公开 and 不予公开 in one part (三、依申请公开和不予公开情况): it was not recognised,
    and 主动公开 ran over it (or a statistics table's row 二、依申请公开情况 was taken for it)."""
    heads = dict(TEMPLATE, requests="三、" + title)
    text = "".join(f"{h}\n{BODY}\n" for h in heads.values())
    assert [s.key for s in find_sections(text)] == ALL_SIX


@pytest.mark.parametrize("tail", ["第七部分 政府信息公开情况统计表\n统计指标\t单位\t统计数\n", "政府信息公开情况统计表\n一、主动公开情况\t条\t5\n",
                                  "某县某镇人民政府\n2015年1月20日\n统计指标\t单位\t统计数\n一、主动公开情况\t条\t5\n"])
def test_the_last_part_ends_before_an_old_statistics_table(tail):
    """The old outline's statistics table after the last part: as 第七部分…统计表, as its title alone on a line, or as its
    header row (统计指标 单位 统计数) after the signature; the last part ran through the table."""
    text = "".join(h + f"\n{BODY}\n" for h in TEMPLATE.values()) + tail
    last = find_sections(text)[-1]
    assert "统计" not in text[last.body_start:last.end] and "一、主动公开情况" not in text[last.body_start:last.end]
