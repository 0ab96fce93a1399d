"""Patterns written in a fast form (opening with one character class or literal, so that the regex engine scans for
it in C, or with a quick look ahead) match exactly what their plain form matches: the same spans, groups and
substitutions, from any start and end position."""
from __future__ import annotations

import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import claims, numbers, sections

PLAIN = {
    "sentence end": (claims.RE_SENTENCE_END,
                     r"[。！？!?]|\n\s*\n|\n(?=\s*(?:#|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]))"),
    "spaces in CJK": (claims._WS_IN_CJK, r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|\s*\n\s*|\s+$"),
    "no wrap": (numbers.RE_NO_WRAP, r"(?:[：:]\d{4,}|[/／]\d+)(\n)(?=\d)"),
    "unitless": (numbers.RE_UNITLESS, numbers.RE_UNITLESS.pattern.replace(r"(?P<num>\d\d*", r"(?P<num>\d+", 1)),
    "mention": (numbers.RE_MENTION,
                numbers.RE_MENTION.pattern.replace(f"(?=[{numbers._UNIT_FIRST}])(?P<unit>", "(?P<unit>", 1)
                .replace(numbers._FIGURE, f"(?P<num>{numbers.NUM}|{numbers.CNUM_POINT}|{numbers.CNUM})", 1)),
    **{f"md heading {k}": (sections._PRE_MD_HEADING[k], r"#{1,6}\s*" + t) for k, t in sections.SECTION_TITLES.items()},
}

ALPHABET = list("。！？!?\n \t\u3000#一二三四五六七八九十两百千万亿、，（()）：:/／0123456789,.%件个条元余多至到~-—点几申请公开年号政府信息主动情况"
                "总体存在问题不足改进其他事项行政复议诉讼") + ["\n\n", "  ", "个百分点", "万元", "工作", "\r\n",
                   "3件", "12 件", "十二个", "1.5万元", "20%", "两千余", "五至8项", "0条", "：20230", "/4"]
TEXT = st.lists(st.sampled_from(ALPHABET), max_size=70).map("".join)
EXAMPLES = settings(max_examples=int(os.environ.get("NIANBAO_FUZZ_EXAMPLES", "200")), deadline=None)


def _sig(m: re.Match | None):
    return None if m is None else (m.span(), m.groups(), m.groupdict())


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_the_plain_form_really_differs(name):
    fast, plain = PLAIN[name]
    assert fast.pattern != plain and fast.flags == re.compile(plain).flags


@pytest.mark.parametrize("name", sorted(PLAIN))
@EXAMPLES
@given(text=TEXT, a=st.integers(0, 80), b=st.integers(0, 80))
def test_fast_form_matches_as_the_plain_form(name, text, a, b):
    fast, plain = PLAIN[name][0], re.compile(PLAIN[name][1])
    assert [_sig(m) for m in fast.finditer(text)] == [_sig(m) for m in plain.finditer(text)]
    assert fast.sub("_", text) == plain.sub("_", text)
    a, b = min(a, len(text)), min(max(a, b), len(text))
    assert _sig(fast.search(text, a, b)) == _sig(plain.search(text, a, b))
    assert _sig(fast.match(text, a, b)) == _sig(plain.match(text, a, b))


def test_on_report_shaped_text():
    text = ("一、总体情况\n\n2023年，本机关共收到申请12件，较上年增加3件。其中：\n（一）予以公开5件；三万余元，"
            "十几个部门。\n二、主动公开政府信息情况\n## 三、收到和处理政府信息公开申请情况\n地址：100085\n12件 号：\n"
            "1/3\n45件  完毕  \n")
    for name, (fast, plain) in PLAIN.items():
        plain = re.compile(plain)
        assert [_sig(m) for m in fast.finditer(text)] == [_sig(m) for m in plain.finditer(text)], name
    assert len(list(numbers.RE_MENTION.finditer(text))) >= 6


@pytest.mark.parametrize("name", ["sentence end", "spaces in CJK", "no wrap", "unitless", "md heading general", "mention"])
def test_fast_forms_give_the_engine_a_prefix(name):
    """What makes them fast: the compiled code's INFO block names a literal prefix or a first-character set."""
    from nlp import _recache
    if _recache._ORIGINAL is None:
        pytest.skip("inspects CPython 3.11-3.13 regex code")
    import re._constants as c
    fast, plain = PLAIN[name]
    info = lambda p: _recache._fresh(p, 0)[1][2]          # noqa: E731 - the INFO block's flags
    assert info(fast.pattern) & (c.SRE_INFO_PREFIX | c.SRE_INFO_CHARSET)
    assert not info(plain) & (c.SRE_INFO_PREFIX | c.SRE_INFO_CHARSET)
