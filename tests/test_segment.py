"""nlp.segment: a private jieba tokenizer with the versioned domain dictionary."""
from __future__ import annotations

import hashlib
import tempfile

import pytest

from nlp import segment as seg

# sentences in our own words: (text, domain terms that must come out whole)
SENTENCES = [
    ("一是部分科室对政务公开重视不够，主动公开意识不强。", ["政务公开", "主动公开"]),
    ("四是依申请公开答复文书格式不够统一。", ["依申请公开", "答复文书"]),
    ("二是丰富政策解读形式，多采用图解和视频解读。", ["政策解读", "图解", "视频解读"]),
    ("加强政务新媒体管理，规范公开属性认定。", ["政务新媒体", "公开属性认定"]),
    ("推进基层政务公开标准化规范化建设。", ["基层政务公开", "标准化规范化"]),
    ("被申请行政复议2件，被提起行政诉讼1件。", ["行政复议", "行政诉讼"]),
    ("落实三审三校和保密审查制度，杜绝错漏信息。", ["三审三校", "保密审查"]),
    ("及时更新公开指南和公开目录。", ["公开指南", "公开目录"]),
]
PLAIN = [
    "本年度我局政务公开工作取得一定成效，但对照上级要求仍有差距。",
    "下一步，我局将继续做好政府信息公开工作，推动各项工作再上新台阶。",
    "在重大决策出台前通过网站公开征求意见并反馈采纳情况。",
    "二是信息公开工作人员多为兼职且调整频繁，业务不够熟练；",
    "（三）升级信息公开系统，实现全文智能检索。",
]


@pytest.mark.parametrize("text,terms", SENTENCES)
def test_segment_domain_terms_kept_whole(text, terms):
    toks = seg.tokens(text)
    for term in terms:
        assert term in toks, (term, toks)


@pytest.mark.parametrize("text", [s for s, _ in SENTENCES] + PLAIN)
@pytest.mark.parametrize("user_dict", [True, False])
def test_segment_backends_agree(text, user_dict):
    assert seg.tokens(text, "jieba", user_dict) == seg.tokens(text, "rjieba", user_dict)


def test_segment_private_tokenizer_leaves_jieba_global_alone():
    import jieba
    seg.tokens("加强政务新媒体建设")                    # loads the private instance and the dictionary
    impl = seg.segmenter("jieba", True)
    assert impl._impl is not None
    # the global tokenizer never received a domain term (it may or may not have been initialised by others)
    assert "政务新媒体" not in jieba.dt.FREQ
    assert "公开属性认定" not in jieba.dt.FREQ
    assert jieba.dt.user_word_tag_tab == {}
    # with and without the dictionary differ: the terms really are in the private instance only
    assert "政务新媒体" in seg.tokens("加强政务新媒体建设")
    assert "政务新媒体" not in seg.tokens("加强政务新媒体建设", user_dict=False)


def test_segment_cache_is_private():
    d = seg._cache_dir()
    assert d != tempfile.gettempdir()
    import os
    import stat
    assert not os.stat(d).st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def test_segment_dictionary_hash_and_version():
    assert seg.DICT_PATH.name == f"{seg.DICT_VERSION}.txt"
    assert seg.dict_sha256() == hashlib.sha256(seg.DICT_PATH.read_bytes()).hexdigest()
    terms = seg.dict_terms()
    assert 60 <= len(terms) <= 150
    assert all(freq > 0 for _, freq in terms)        # freq 0 would touch jieba's global HMM state
    assert len({w for w, _ in terms}) == len(terms)


def test_segment_shipped_model_records_dictionary_hash():
    import json

    from nlp.topics.model import find_model_dir
    meta = json.loads((find_model_dir() / "meta.json").read_text(encoding="utf-8"))
    assert meta["segdict"] == {"version": seg.DICT_VERSION, "sha256": seg.dict_sha256()}


@pytest.mark.parametrize("text", ["a  b\n\n c", " 一是\t加强培训。 ", ""])
def test_segment_no_whitespace_tokens(text):
    toks = seg.tokens(text)
    assert all(t and not any(c.isspace() for c in t) for t in toks)
    assert seg.segment(text) == " ".join(toks)


def test_segment_unknown_backend():
    with pytest.raises(ValueError, match="backend"):
        seg.tokens("政务公开", backend="pkuseg")


# texts where rjieba alone would cut differently from jieba (ASCII runs joined by punctuation, characters
# outside jieba's Han range): the "fast" backend must send them to jieba
DIVERGENT = [
    "原文链接：https://www.example.gov.cn/zwgk/t20240101_123.htm",
    "咨询电话：0591-12345678，工作时间8:30-17:30。",
    "公开率达到99.5%以上，C++与C#课程各1期。",
    "二是信息公开栏目更新不及时，𠀀𪛖等生僻字显示异常。",
    "依据条例第\ufa0e条规定，完善相关制度。",
    "推进㐀鿖两类字符的规范使用。",
]


@pytest.mark.parametrize("text", [s for s, _ in SENTENCES] + PLAIN + DIVERGENT)
@pytest.mark.parametrize("user_dict", [True, False])
def test_segment_fast_backend_gives_jieba_tokens(text, user_dict):
    assert seg.tokens(text, "fast", user_dict) == seg.tokens(text, "jieba", user_dict)


def test_segment_fast_backend_routing():
    for text in [s for s, _ in SENTENCES] + PLAIN + ["2023年，公开文件1,024件（含附件3件）。", "一是……；二是“两化”建设。"]:
        assert seg.fast_routes_to_rjieba(text), text
    for text in DIVERGENT:
        assert not seg.fast_routes_to_rjieba(text), text
    # the routed texts really are the ones rjieba alone gets wrong (else the guard would be needlessly wide)
    assert any(seg.tokens(t, "rjieba") != seg.tokens(t, "jieba") for t in DIVERGENT)


def test_rjieba_is_loaded_without_its_default_tokenizer_and_a_later_import_reuses_it():
    """The rjieba package builds a default tokenizer on import (its whole dictionary) that nianbao never uses:
    the segmenter loads the binding alone, and importing the package afterwards still works."""
    import subprocess
    import sys
    code = ("import sys; from nlp.segment import tokens; "
            "print(tokens('加强政策解读', 'rjieba')); print('rjieba' in sys.modules); "
            "import rjieba; print(rjieba.Jieba is sys.modules['rjieba.rjieba'].Jieba, rjieba.cut('政务公开'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert lines[0] == "['加强', '政策解读']"
    assert lines[1] == "False"                      # the package (and its default tokenizer) was not imported
    assert lines[2].startswith("True [")
