"""nlp.topics: the section 五 tagger — API, persistence checks, CLI contracts, indicators, corpus figures."""
from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.errors import NianbaoError
from nlp.topics import (LABELS, POLARITIES, load_tagger, report_indicators, section5_similarity, tag_items, tag_report,
                        tag_reports)
from nlp.topics import model as M
from nlp.topics.cli import classify_lines, register, tag_paths
from nlp.topics.keywords import classify as keyword_classify

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpora" / "demo"

# codebook examples (our own words): text, polarity
CODEBOOK_EXAMPLES = [
    ("一是部分科室对政务公开重视不够，主动公开意识不强。", "problem", "awareness"),
    ("四是依申请公开答复文书格式不够统一，法律依据引用不够准确。", "problem", "request_handling"),
    ("二是丰富政策解读形式，多采用图表和短视频方式解读新出台政策。", "improvement", "policy_interpretation"),
    ("五是加强与群众的互动交流，及时回复网站留言和热线咨询。", "improvement", "responsiveness"),
    ("八是升级信息公开系统，实现全文智能检索。", "improvement", "digital_data"),
    ("主要表现在以下几个方面：", "other", "generic"),
]


@pytest.fixture(scope="session")
def tagger():
    return load_tagger()


@pytest.fixture(scope="session")
def model_dir() -> Path:
    return M.find_model_dir()


def _copy_model(model_dir: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "section5-v1"
    shutil.copytree(model_dir, dst)
    return dst


# ----------------------------------------------------------------------------------------- library API

@pytest.mark.parametrize("text,polarity,topic", CODEBOOK_EXAMPLES)
def test_topics_tag_items_codebook_examples(tagger, text, polarity, topic):
    (out,) = tag_items([text], tagger=tagger)
    assert out["polarity"] == polarity
    assert topic in out["topics"]


def test_topics_tag_items_shape(tagger):
    texts = [t for t, _, _ in CODEBOOK_EXAMPLES]
    out = tag_items(texts, headings=["存在问题", None, "改进措施", "improvements", None, None], tagger=tagger)
    assert len(out) == len(texts)
    for o in out:
        assert o["polarity"] in POLARITIES
        assert o["topics"] and set(o["topics"]) <= set(LABELS)
        assert "generic" not in o["topics"] or o["topics"] == ["generic"]
        assert set(o["scores"]) == set(LABELS) | set(POLARITIES)
        assert all(0.0 <= v <= 1.0 for v in o["scores"].values())
    assert tag_items([], tagger=tagger) == []
    with pytest.raises(TypeError):
        tag_items(["文本", 3], tagger=tagger)


def test_topics_tag_report_demo(tagger):
    import nlp
    report = nlp.read_report(DEMO / "demo-07_tsv_2019.txt")
    tagged = tag_report(report, tagger=tagger)
    assert tagged
    for t in tagged:
        assert report.text[t["start"]:t["end"]] == t["text"]
        assert set(t) >= {"report_id", "source", "index", "start", "end", "text", "heading", "heading_kind",
                          "polarity", "topics", "scores"}
    assert {t["polarity"] for t in tagged} >= {"problem", "improvement"}
    ind = report_indicators(report, tagged, previous_report=report)
    assert ind["similarity_prev"] == 1.0
    assert set(ind) == {"topics_covered", "problems_without_improvement", "improvements_without_problem",
                        "generic_share", "similarity_prev"}


def _demo_reports():
    import nlp
    return [nlp.read_report(p) for p in sorted(DEMO.iterdir()) if p.suffix in (".txt", ".md")]


def test_topics_tag_reports_batch_equals_one_by_one(tagger):
    reports = _demo_reports()
    assert len(reports) >= 3
    batched = tag_reports(reports, tagger=tagger)
    assert len(batched) == len(reports)
    assert batched == [tag_report(r, tagger=tagger) for r in reports]
    assert sum(map(len, batched)) > 10
    for report, tagged in zip(reports, batched):
        assert all(t["report_id"] == report.report_id for t in tagged)
        assert [t["index"] for t in tagged] == list(range(len(tagged)))
    assert tag_reports([], tagger=tagger) == []


def test_topics_tag_reports_report_without_section5(tagger):
    import nlp
    empty = nlp.read_report("一、总体情况\n本年度无。\n".encode("utf-8"), name="no-section5.txt")
    reports = _demo_reports()[:2]
    out = tag_reports([reports[0], empty, reports[1]], tagger=tagger)
    assert out[1] == [] and out[0] and out[2]
    assert out[0] == tag_report(reports[0], tagger=tagger)


def test_topics_compiled_equals_pipelines(tagger):
    """The compiled inference path gives the pipelines' probabilities and predictions."""
    import numpy as np

    from nlp.items import report_items
    from nlp.topics.features import inputs_from_items, inputs_from_texts
    assert tagger.compiled is not None
    # one feature space when the two models read the same vocabulary, else two (the shipped model: synthetic
    # batch 4 trains the polarity model only, so its vocabulary is larger) — both paths give the pipelines' figures
    assert len(tagger.compiled.spaces) == (1 if tagger.compiled.shared else 2)
    inputs = inputs_from_texts([t for t, _, _ in CODEBOOK_EXAMPLES] + ["", "ABC abc 123", "𠀀𪛖"])
    for r in _demo_reports():
        inputs += inputs_from_items(report_items(r))
    pol_c, top_c = tagger.predict_proba(inputs)
    pol_p, top_p = tagger.predict_proba(inputs, engine="pipeline")
    assert np.allclose(pol_c, pol_p, rtol=0, atol=1e-9) and np.allclose(top_c, top_p, rtol=0, atol=1e-9)
    assert tagger.predict(inputs) == tagger.predict(inputs, engine="pipeline")
    with pytest.raises(ValueError, match="engine"):
        tagger.predict_proba(inputs, engine="onnx")
    # a lone surrogate (text decoded with surrogateescape) is tagged (the pipelines' DataFrame path refuses it)
    (out,) = tag_items(["一是加强培训\udc80。"], tagger=tagger)
    assert out["polarity"] in POLARITIES


def test_topics_uncompilable_model_falls_back_to_pipelines(tagger, monkeypatch):
    import copy

    from sklearn.feature_extraction.text import HashingVectorizer

    from nlp.topics import fast
    from nlp.topics.features import inputs_from_texts
    from nlp.topics.model import Tagger
    odd = copy.deepcopy(tagger.topic_model)
    features = odd.named_steps["features"]
    name, _, column = features.transformers_[0]
    features.transformers_[0] = (name, HashingVectorizer(), column)      # not something fast.py reproduces
    assert fast.compile_tagger(tagger.polarity_model, odd) is None
    monkeypatch.setattr(fast, "compile_tagger", lambda *a: None)
    plain = Tagger(tagger.polarity_model, tagger.topic_model, tagger.thresholds, tagger.meta,
                   polarity_scale=tagger.polarity_scale)
    assert plain.compiled is None
    inputs = inputs_from_texts([t for t, _, _ in CODEBOOK_EXAMPLES])
    assert plain.predict(inputs) == tagger.predict(inputs)


def test_topics_batched_tagging_is_one_compiled_pass(tagger, monkeypatch):
    """tag_reports tags all items of all reports in one call of the compiled models (the pipelines are not
    consulted), and each report gets the same tags as when it is tagged alone. Speed itself is measured by
    ``nianbao bench``, not here."""
    reports = _demo_reports() * 3
    alone = [tag_report(r, tagger=tagger) for r in reports]
    compiled = tagger.compiled
    assert compiled is not None
    calls = []
    real = type(compiled).predict_proba
    monkeypatch.setattr(type(compiled), "predict_proba", lambda self, v: calls.append(1) or real(self, v))
    for m in (tagger.polarity_model, tagger.topic_model):
        monkeypatch.setattr(m, "predict_proba", lambda *a, **k: pytest.fail("pipeline used"), raising=False)
    batched = tag_reports(reports, tagger=tagger)
    assert len(calls) == 1
    assert batched == alone
    assert sum(len(r) for r in batched) > len(reports)


def test_topics_keyword_fast_guards_match_the_patterns():
    from nlp.topics import keywords as K
    texts = [t for t, _, _ in CODEBOOK_EXAMPLES] + [
        "存在以下不足：", "下一步将做好以下工作: ", "主要表现在以下几个方面：\n", "以下为统计表", "附件下载",
        "某某局 2024年1月5日", "  某某局 2024年1月5日 ", "某某局 2024年1月5日（此件主动公开）", "二〇二四年一月",
        "针对上年度报告中指出的栏目更新不及时问题，已建立周更新机制", "整改到位", "已全面完成", "上年度问题",
        "对照2023年度考核意见，逐项改进不足", "根据检查发现的问题，马上就改", ":", "", "日",
    ]
    for t in texts:
        assert K._lead_in(t.strip()) == bool(K.RE_LEAD_IN.search(t.strip())), t
        assert K._boilerplate(t) == bool(K.RE_BOILERPLATE.search(t)), t
        assert K._rectification(t) == bool(K.RE_RECTIFICATION.search(t)), t
    for n in (0, 19, 20, 39, 40, 79, 80, 159, 160, 400):             # shape buckets = LENGTH_BUCKETS
        want = next((name for limit, name in K.LENGTH_BUCKETS if n < limit), "xl")
        assert K.shape_hits("字" * n)[0] == want


def test_topics_cue_counts_given_or_not_give_the_same_families():
    """cue_tokens counts the problem and improvement cue words once and hands the counts to polarity_hits and
    modal_hits: with or without them, the same families (a count is not 0 exactly when a search finds one; the
    praise test reads the problem count). Texts with and without cues, unstripped ones too (modal_hits then
    counts its stripped text itself)."""
    from nlp.topics import keywords as K
    texts = [t for t, _, _ in CODEBOOK_EXAMPLES] + [
        "本年度全县政务公开工作稳步推进，取得了新的成效。", "衷心感谢社会各界对我局工作的关心和支持。",
        "工作取得一定成效，但仍存在一些不足。", "  存在以下不足：  ", "下一步，我局将加强培训。\n", "某某", "", " ",
        "一是部分科室仍存在重视不够的问题。下一步将加强培训，完善制度，提升公开质量，确保各项工作落到实处。",
    ]
    for t in texts:
        counts = K.cue_counts(t)
        assert (counts[0] > 0, counts[1] > 0) == (bool(K.RE_PROBLEM.search(t)), bool(K.RE_IMPROVEMENT.search(t))), t
        assert K.polarity_hits(t, counts) == K.polarity_hits(t), t
        assert K.modal_hits(t, counts) == K.modal_hits(t), t
    assert K.modal_hits("  取得了新的成效  ", (5, 0)) == K.modal_hits("  取得了新的成效  ")      # not this text's counts


def test_topics_cue_families_filter():
    from nlp.topics.features import CUE_FAMILIES, cue_family, cue_tokens, frame, inputs_from_texts
    x = inputs_from_texts(["（二）拓展公开渠道。针对去年报告指出的栏目问题，已充分发挥政府网站作用，1、网站公开 条 12 34"])
    toks = cue_tokens(x[0])
    assert {cue_family(t) for t in toks} == set(CUE_FAMILIES)
    assert "title_platforms" in toks and "shape_table" in toks and "shape_enum" in toks
    only = frame(x, cue_families=("context", "topic", "polarity"))["cues"][0].split()
    assert only == [t for t in toks if cue_family(t) in ("context", "topic", "polarity")]
    with pytest.raises(ValueError, match="cue families"):
        frame(x, cue_families=("context", "colour"))


def test_topics_modal_hits():
    from nlp.topics.keywords import modal_hits
    assert set(modal_hits("下一步，我局将加强培训。")) >= {"future", "first_i", "bal_i"}
    assert set(modal_hits("工作队伍专业能力需强化。")) >= {"need"}
    assert set(modal_hits("一是部分科室仍存在重视不够的问题。")) >= {"state", "first_p", "bal_p"}
    assert set(modal_hits("针对上年度问题，已建立周更新机制，整改到位。")) >= {"done"}
    assert modal_hits("继续严格落实有关要求，")[-1] == "open"
    assert modal_hits("存在以下不足：")[-1] == "colon"
    assert "praise" in modal_hits("本年度全县政务公开工作稳步推进，取得了新的成效。")
    assert "praise" in modal_hits("衷心感谢社会各界对我局工作的关心和支持。")
    assert "praise" not in modal_hits("工作取得一定成效，但仍存在一些不足。")          # an acknowledgement (P1)
    assert [t for t in modal_hits("某某") if t.startswith("bal_")] == ["bal_eq"]


def test_topics_topic_cue_families_narrow_the_topic_model():
    from nlp.topics.features import frame, inputs_from_texts
    from nlp.topics.model import NO_MODAL_CUE_FAMILIES, TrainConfig, topic_families, topic_frame
    assert "modal" in topic_families(TrainConfig())               # shipped: both models read the modal cues
    config = TrainConfig(topic_cue_families=NO_MODAL_CUE_FAMILIES)
    assert "modal" in config.cue_families and "modal" not in topic_families(config)
    x = frame(inputs_from_texts(["下一步将加强培训。", "需强化审核，"]))
    assert any(t.startswith("mod_") for t in x["cues"][0].split())
    xt = topic_frame(x, config)
    assert not any(t.startswith("mod_") for c in xt["cues"] for t in c.split())
    assert list(xt["words"]) == list(x["words"]) and list(x["cues"][0].split())[:3] == list(xt["cues"][0].split())[:3]
    assert topic_frame(x, config.variant(topic_cue_families=None)) is x


def test_topics_dedupe_mask():
    from nlp.topics.model import dedupe_mask
    texts = ["一是栏目更新不及时。", "一是栏目更新不及时。", "二是解读形式单一。"]
    assert dedupe_mask(texts, None).tolist() == [True, True, True]
    assert dedupe_mask(texts, 0.9).tolist() == [True, False, True]


def test_topics_report_indicators_cases():
    tagged = [
        {"polarity": "problem", "topics": ["awareness", "platforms"]},
        {"polarity": "problem", "topics": ["generic"]},
        {"polarity": "other", "topics": ["generic"]},
        {"polarity": "improvement", "topics": ["platforms", "digital_data"]},
        {"polarity": "improvement", "topics": ["generic"]},
    ]

    class R:
        def section_text(self, key):
            return ""
    ind = report_indicators(R(), tagged)
    assert ind["topics_covered"] == ["awareness", "platforms", "digital_data"]
    assert ind["problems_without_improvement"] == ["awareness"]
    assert ind["improvements_without_problem"] == ["digital_data"]
    assert ind["generic_share"] == 0.5                 # 2 of the 4 substantive items; "other" not counted
    assert ind["similarity_prev"] is None
    assert report_indicators(R(), [])["generic_share"] is None


SIMILARITY_CASES = [
    ("一是政策解读形式单一。二是栏目更新不及时。", "一是政策解读形式单一。二是栏目更新不及时。", 1.0, 1.0),
    ("2023年，政策解读形式单一，栏目更新不及时。", "2024年，政策解读形式单一；栏目更新不及时！", 1.0, 1.0),
    ("政策解读形式单一，栏目更新不及时。", "加强队伍建设，定期开展业务培训。", 0.0, 0.1),
    ("", "政策解读形式单一。", 0.0, 0.0),
]


@pytest.mark.parametrize("a,b,low,high", SIMILARITY_CASES)
def test_topics_section5_similarity(a, b, low, high):
    s = section5_similarity(a, b)
    assert low <= s <= high
    assert s == section5_similarity(b, a)


@pytest.mark.parametrize("text,polarity,topic", CODEBOOK_EXAMPLES)
def test_topics_keyword_baseline_labels(text, polarity, topic):
    for lexicon in ("codebook", "extended"):
        pol, topics = keyword_classify(text, "none", lexicon)
        assert pol in POLARITIES and topics and set(topics) <= set(LABELS)


# ----------------------------------------------------------------------------------------- persistence

def test_topics_model_round_trip(tagger, tmp_path):
    texts = [t for t, _, _ in CODEBOOK_EXAMPLES] + ["三是加强培训。", "存在以下不足："]
    saved = M.save_tagger(tagger, tmp_path / "rt", {k: v for k, v in tagger.meta.items()
                                                   if k not in ("model_sha256", "model_file")})
    again = M.load_tagger(saved)
    from nlp.topics.features import inputs_from_texts
    inputs = inputs_from_texts(texts)
    assert again.predict(inputs) == tagger.predict(inputs)
    assert list(again.thresholds) == list(tagger.thresholds)
    assert again.meta["model_sha256"] == M.file_sha256(saved / "model.joblib")


def test_topics_loader_refuses_tampered_file_before_unpickling(model_dir, tmp_path, monkeypatch):
    d = _copy_model(model_dir, tmp_path)
    with open(d / "model.joblib", "r+b") as fh:
        fh.seek(100)
        b = fh.read(1)
        fh.seek(100)
        fh.write(bytes([b[0] ^ 0xFF]))
    import joblib

    def boom(*a, **k):
        raise AssertionError("unpickled before the hash check")
    monkeypatch.setattr(joblib, "load", boom)
    with pytest.raises(NianbaoError) as exc:
        M.load_tagger(d)
    assert exc.value.code == "E021"


def test_topics_loader_refuses_tampered_inference_file(model_dir, tmp_path):
    d = _copy_model(model_dir, tmp_path)
    with open(d / M.INFERENCE_FILE, "r+b") as fh:
        fh.seek(200)
        b = fh.read(1)
        fh.seek(200)
        fh.write(bytes([b[0] ^ 0xFF]))
    with pytest.raises(NianbaoError) as exc:
        M.load_tagger(d)
    assert exc.value.code == "E021" and M.INFERENCE_FILE in exc.value.message


def test_topics_inference_needs_neither_sklearn_nor_scipy(model_dir):
    """The shipped inference.npz is loaded and used with numpy alone (worker start-up stays short); the
    pipelines are unpickled only when asked for."""
    code = ("import sys\n"
            "from nlp.topics import load_tagger, tag_items\n"
            "t = load_tagger()\n"
            "out = tag_items(['一是政策解读形式单一。', '下一步将加强培训。'], tagger=t)\n"
            "assert len(out) == 2 and t._polarity_model is None\n"
            "print(sorted(m for m in ('sklearn', 'scipy', 'joblib') if m in sys.modules))\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip() == "[]"
    assert M.read_meta(model_dir)["inference_sha256"] == M.file_sha256(model_dir / M.INFERENCE_FILE)


@pytest.mark.parametrize("library,fake", [("scikit-learn", "1.8.0"), ("numpy", "2.3.1"), ("scipy", "1.16.0"),
                                          ("jieba", "0.41.0")])
def test_topics_loader_refuses_other_library_series(model_dir, tmp_path, library, fake):
    d = _copy_model(model_dir, tmp_path)
    meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
    meta["libraries"][library] = fake
    (d / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(NianbaoError) as exc:
        M.load_tagger(d)
    assert exc.value.code == "E022"
    assert library in exc.value.message and fake in exc.value.message


def test_topics_loader_accepts_patch_release(model_dir, tmp_path):
    d = _copy_model(model_dir, tmp_path)
    meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
    major, minor, *_ = meta["libraries"]["scikit-learn"].split(".")
    meta["libraries"]["scikit-learn"] = f"{major}.{minor}.99"
    (d / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert M.load_tagger(d).predict([]) == []


@pytest.mark.parametrize("field, value", [("polarity_scale", "not a number"), ("thresholds", {}),
                                          ("thresholds", None), ("libraries", []), ("labels", "topics")])
def test_topics_loader_refuses_metadata_of_the_wrong_kind_with_a_coded_error(model_dir, tmp_path, field, value):
    """A meta.json field with a value of the wrong kind is E025, like a missing one (not a bare ValueError or
    KeyError that a batch run could only call a bug)."""
    d = _copy_model(model_dir, tmp_path)
    meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
    meta[field] = value
    (d / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(NianbaoError) as exc:
        M.load_tagger(d)
    assert exc.value.code == "E025" and "meta.json" in exc.value.message


def test_topics_loader_other_refusals(model_dir, tmp_path, monkeypatch):
    with pytest.raises(NianbaoError) as exc:
        M.load_tagger(tmp_path / "nowhere")
    assert exc.value.code == "E020"
    d = _copy_model(model_dir, tmp_path)
    (d / "model.joblib").unlink()
    with pytest.raises(NianbaoError) as exc:
        M.load_tagger(d)
    assert exc.value.code == "E020"
    d2 = _copy_model(model_dir, tmp_path / "b")
    meta = json.loads((d2 / "meta.json").read_text(encoding="utf-8"))
    meta["segdict"]["sha256"] = "0" * 64
    (d2 / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(NianbaoError) as exc:
        M.load_tagger(d2)
    assert exc.value.code == "E025"
    d3 = _copy_model(model_dir, tmp_path / "c")
    meta = json.loads((d3 / "meta.json").read_text(encoding="utf-8"))
    meta["feature_fingerprint"] = "f" * 64                     # a cue list edited after training
    (d3 / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(NianbaoError) as exc:
        M.load_tagger(d3)
    assert exc.value.code == "E025"
    monkeypatch.setenv("NIANBAO_MODELS", str(tmp_path / "empty"))
    with pytest.raises(NianbaoError) as exc:
        M.find_model_dir("section5-v0")
    assert exc.value.code == "E020"


def test_topics_model_search_order(model_dir, tmp_path, monkeypatch):
    d = _copy_model(model_dir, tmp_path)
    monkeypatch.setenv("NIANBAO_MODELS", str(tmp_path))
    assert M.find_model_dir() == d
    monkeypatch.delenv("NIANBAO_MODELS")
    assert M.model_search_path()[-1] == M.PACKAGE_MODELS / M.MODEL_NAME


def test_topics_package_data_carries_the_model():
    """nlp/data/models links to models/: a wheel's package data (pyproject: data/**/*) holds the model."""
    import hashlib
    pkg, repo = M.PACKAGE_MODELS / M.MODEL_NAME, M.REPO_MODELS / M.MODEL_NAME
    if not repo.exists():
        pytest.skip("not a source checkout")
    for name in ("model.joblib", "inference.npz", "meta.json", "README.md"):
        assert (pkg / name).is_file()
        assert hashlib.sha256((pkg / name).read_bytes()).digest() == hashlib.sha256((repo / name).read_bytes()).digest()
    assert '"data/**/*"' in (REPO / "pyproject.toml").read_text(encoding="utf-8")


def test_topics_model_holds_library_types_only(tagger):
    """No project class or function inside the persisted pipelines (they must load without nlp)."""
    seen: set[int] = set()
    modules: set[str] = set()

    def walk(obj) -> None:
        if id(obj) in seen or isinstance(obj, (str, bytes, int, float, bool, type(None))):
            return
        seen.add(id(obj))
        modules.add(getattr(type(obj), "__module__", "") or "")
        if callable(obj) and hasattr(obj, "__module__") and not isinstance(obj, type):
            modules.add(obj.__module__ or "")
        children = []
        if isinstance(obj, dict):
            children = list(obj.keys()) + list(obj.values())
        elif isinstance(obj, (list, tuple, set, frozenset)):
            children = list(obj)
        elif hasattr(obj, "__dict__") and not isinstance(obj, type):
            children = list(vars(obj).values())
        for c in children:
            walk(c)
    walk({"polarity": tagger.polarity_model, "topics": tagger.topic_model})
    roots = {m.split(".")[0] for m in modules if m}
    assert "nlp" not in roots
    assert roots <= {"sklearn", "numpy", "scipy", "builtins", "collections", "re"}, roots


# ----------------------------------------------------------------------------------------- CLI

def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="nianbao")
    register(p.add_subparsers(dest="command"))
    return p


def test_topics_cli_every_option_has_help():
    p = _parser()
    sub = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == {"train", "evaluate", "tag", "classify"}
    for name, sp in sub.choices.items():
        assert sp.description, name
        for action in sp._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            assert action.help, f"{name} {action.dest}"


CLASSIFY_LINES = [
    '{"text": "一是政策解读形式单一，图解运用较少。", "id": 1}',
    'not json',
    '{"id": 3}',
    '{"text": "二是加强业务培训，提升队伍能力。", "id": 4, "extra": {"k": [1, 2]}, "heading": "改进措施"}',
    '[1, 2]',
    '{"text": "   ", "id": 6}',
    '',
    '{"text": "主要表现在以下几个方面：", "id": 8}',
]


def test_topics_classify_lines_contract(tagger):
    out: list[str] = []
    good, bad = classify_lines(io.StringIO("\n".join(CLASSIFY_LINES) + "\n"), tagger, out.append, batch_size=3)
    assert len(out) == len(CLASSIFY_LINES) and (good, bad) == (3, 5)
    recs = [json.loads(x) for x in out]
    assert [r.get("id") for r in recs] == [1, None, None, 4, None, None, None, 8]
    for i in (1, 2, 4, 5, 6):
        assert set(recs[i]) == {"error"}
    assert recs[3]["extra"] == {"k": [1, 2]} and recs[3]["heading"] == "改进措施"
    assert recs[0]["polarity"] == "problem" and "policy_interpretation" in recs[0]["topics"]
    assert recs[3]["polarity"] == "improvement" and "staffing_training" in recs[3]["topics"]
    for r in (recs[0], recs[3], recs[7]):
        assert set(r["scores"]) == set(LABELS) | set(POLARITIES)


def test_topics_classify_command_stdout_is_only_json_lines(model_dir):
    """End to end through `python -m nlp.cli classify`: nothing but one JSON line per input line."""
    lines = ['{"text": "一是政策解读形式单一。", "n": 1}', "{bad", '{"text": "三是升级信息公开系统。", "n": 3}']
    proc = subprocess.run([sys.executable, "-m", "nlp.cli", "classify", "--model", str(model_dir)],
                          input="\n".join(lines) + "\n", capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert len(out) == 3
    recs = [json.loads(x) for x in out]
    assert recs[0]["n"] == 1 and "error" in recs[1] and recs[2]["n"] == 3
    assert "digital_data" in recs[2]["topics"]


def test_topics_tag_command_writes_both_tables(tmp_path, model_dir):
    import pandas as pd

    from nlp.cli import main
    files = [str(DEMO / "demo-01_tsv_2021.txt"), str(DEMO / "demo-02_pipe_2021.md"), str(DEMO / "missing.txt")]
    out = tmp_path / "out"
    assert main(["tag", *files, "-o", str(out), "--model", str(model_dir)]) == 0
    items = pd.read_parquet(out / "items.parquet")
    assert list(items.columns) == ["report_id", "source", "index", "start", "end", "text", "heading",
                                   "heading_kind", "polarity", "topics", "scores"]
    assert len(items) > 5 and set(items.report_id) == {"demo-01_tsv_2021", "demo-02_pipe_2021"}
    assert all(isinstance(json.loads(s), dict) for s in items.scores)
    assert all(list(t) and set(t) <= set(LABELS) for t in items.topics)
    topics = pd.read_parquet(out / "report_topics.parquet")
    assert list(topics.columns) == ["report_id", "source", "body", "year", "topics_covered",
                                    "problems_without_improvement", "improvements_without_problem",
                                    "generic_share", "similarity_prev"]
    assert len(topics) == 2
    later = topics.set_index("report_id").loc["demo-02_pipe_2021"]
    assert later.similarity_prev is not None and 0 < later.similarity_prev <= 1   # same body, year before
    errors = pd.read_csv(out / "errors.csv")
    assert list(errors.code) == ["E010"]
    with pytest.raises(NianbaoError) as exc:                    # no silent overwrite
        tag_paths(files[:1], out)
    assert exc.value.code == "E012"
    assert tag_paths(files[:1], out, force=True)["reports"] == 1


# ----------------------------------------------------------------------------------------- corpus figures

def test_topics_remedy_share():
    """Codebook P2/P6 as a feature: how much of an item a remedy after its stated gap takes (v4)."""
    from nlp.topics.keywords import remedy_share
    gap = "二是办事指南更新不够及时，部分事项要件与实际不符。"
    long_fix = "下一步，我局将逐项核对办事指南，每季度集中更新一次，并在窗口和网站同步公开修订内容，方便群众办事。"
    assert remedy_share(gap + long_fix) == "remedy_major"
    long_gap = ("二是办事指南更新不够及时，部分事项的申请材料、办理时限和收费标准与窗口实际执行的要求不符，"
                "群众按指南准备材料后仍需多次往返补正。")
    assert remedy_share(long_gap + "改进措施：建立办事指南季度核对制度，由业务科室逐项核对后同步更新网站和窗口的纸质指南。") == "remedy_minor"
    assert remedy_share(gap + "下一步将加强督促。") == "remedy_tail"
    assert remedy_share(gap) is None                                      # a gap alone
    assert remedy_share("一是完善审核制度。下一步将继续组织培训和检查，确保各项制度落到实处并形成长效机制。") is None


def test_topics_context_of_items_v4():
    """An enumerated point never becomes a lead-in (一是…整改情况… is not a rectification lead-in); a long list
    lead-in about last year's problems announces rectification; under a rectification heading a lead-in that
    announces measures keeps the rectification context (P8)."""
    from nlp.items import split_items
    from nlp.topics.features import inputs_from_items
    text = ("（一）存在问题\n一是整改情况的公开还不够全面。二是栏目检索不便。三是解读形式单一。\n"
            "（二）上年度问题整改情况\n针对上年度报告指出的信息更新慢、解读少等问题，我局结合实际认真研究，主要采取了以下措施：\n"
            "一是建立周更新制度。二是全年发布图解12篇。")
    items = split_items(text, 0, len(text))
    ctx = [(it.text[:6], x.context) for it, x in zip(items, inputs_from_items(items))]
    assert ctx[:3] == [("一是整改情况", "problems"), ("二是栏目检索", "problems"), ("三是解读形式", "problems")]
    assert [c for t, c in ctx[4:]] == ["rectification", "rectification"]
    from nlp.topics.keywords import lead_in_kind
    assert lead_in_kind("针对上年度报告中指出的信息更新不够及时、政策解读形式较为单一、互动回应不够快等问题，"
                        "我局在本年度结合实际逐项研究，重点做了以下几方面工作：") == "rectification"
    assert lead_in_kind("针对上述问题，我局将从以下几个方面抓好整改：") == "improvements"      # looks forward


def test_topics_past_problem_cues_v5():
    """Codebook P5/P16 as a feature: an item naming an earlier report's or outside review's problem (past_ref),
    reported fixed (past_fix); a same-year self-check is not a past problem, and a short sentence reporting a
    same-year fix (P9) no longer turns the items after it into rectification."""
    from nlp.topics.features import ItemInput, cue_tokens
    from nlp.topics.keywords import lead_in_kind, past_hits
    assert past_hits("三是规范答复文书。针对去年报告中提到的答复文书格式不一问题，已于年内印发统一范本。") == ["ref", "fix"]
    assert past_hits("上年度报告指出的专栏更新慢的问题仍未完全解决。") == ["ref"]
    assert past_hits("年内自查发现部分链接失效，已全部修复。") == []
    assert past_hits("2023年，我局存在的问题主要是解读形式单一。") == []              # this year's problems
    tokens = cue_tokens(ItemInput("针对第三方评估反映的栏目空白问题，已补充发布信息30条。"))
    assert "past_ref" in tokens and "past_fix" in tokens
    assert lead_in_kind("年内开展网站自查时发现个别附件无法下载，已整改到位。") is None      # P9, not rectification
    assert lead_in_kind("针对上年度存在的问题，我局认真整改。") == "rectification"


def test_topics_lookback_names_shortfalls_v6():
    """v6: a look-back may name 短板/差距/薄弱环节 and open with 对于; the points after such a lead-in are in the
    rectification context."""
    from nlp.items import split_items
    from nlp.topics.features import inputs_from_items
    from nlp.topics.keywords import lead_in_kind
    assert lead_in_kind("本局针对上年政务公开工作中的短板，认真查找原因，积极落实整改。") == "rectification"
    assert lead_in_kind("对于2023年评估反映的差距，我委逐项进行了整改。") == "rectification"
    assert lead_in_kind("我局政务公开工作还有一些短板。") is None
    text = "本局针对上年工作中的短板，积极落实整改。一是健全了审核制度；二是开展了两次培训。"
    items = split_items(text, 0, len(text))
    assert [x.context for x in inputs_from_items(items)] == ["none", "rectification", "rectification"]


def test_topics_invented_sections_load_as_split_and_labelled():
    """The invented sections: every item the splitter yields is labelled, with valid labels, batch 5, and the
    context a real item would have; a file whose spans no longer match the splitter is refused."""
    import json

    from nlp.topics.data import SECTIONS, load_sections
    from nlp.topics.labels import LABELS, POLARITIES
    items = load_sections()
    assert len(items) >= 600 and {it.batch for it in items} == {5} and {it.split for it in items} == {"train"}
    assert all(it.polarity in POLARITIES and it.topics and set(it.topics) <= set(LABELS) for it in items)
    assert all(it.topics == ("generic",) or "generic" not in it.topics for it in items)
    assert {it.input.context for it in items} >= {"problems", "improvements", "rectification", "next_steps"}
    assert {it.input.position for it in items} == {"first", "middle", "last"}
    first = json.loads(next(iter(sorted(SECTIONS.glob("*.jsonl")))).read_text(encoding="utf-8").splitlines()[0])
    first["items"] = first["items"][1:]
    bad = SECTIONS.parent / ".test-bad-sections"
    bad.mkdir(exist_ok=True)
    try:
        (bad / "x.jsonl").write_text(json.dumps(first, ensure_ascii=False) + "\n", encoding="utf-8")
        with pytest.raises(ValueError, match="not the splitter's items"):
            load_sections(bad)
    finally:
        (bad / "x.jsonl").unlink()
        bad.rmdir()


@pytest.fixture(scope="session")
def test_split(corpus):
    from nlp.topics.data import load_gold
    return load_gold(corpus, splits=("test",))


@pytest.mark.corpus
def test_topics_shipped_model_figures_on_the_test_split(tagger, test_split):
    from nlp.topics.evaluate import evaluate_tagger, keyword_predictions, score_predictions, summary
    s = summary(evaluate_tagger(tagger, test_split))
    assert s == tagger.meta["metrics"]["test"]                  # the card's figures are this model's
    base = summary(score_predictions(test_split, keyword_predictions(test_split, "codebook")))
    # targets met by the shipped model
    assert s["macro_f1"] >= 0.75
    assert s["macro_f1"] - base["macro_f1"] >= 0.10
    # sanity floors (set before the v3 model's test figures were computed; the v2 model reached micro-F1 0.827
    # and polarity 0.913): the card reports the figures reached against the targets (0.85 / 0.95)
    assert s["micro_f1"] >= 0.80
    assert s["polarity_accuracy"] >= 0.90
    # cross-validation on the train split, as recorded at training
    cv = tagger.meta["metrics"]["cv"]
    assert cv["micro_f1"] >= 0.86 and cv["macro_f1"] >= 0.83 and cv["polarity_accuracy"] >= 0.97
    other = tagger.meta["metrics"]["cv_other_bodies"]             # the train bodies outside 平潭
    assert other["n"] >= 15 and 0 < other["micro_f1"] <= 1


@pytest.fixture(scope="session")
def all_gold(corpus):
    from nlp.topics import data
    gold = data.load_gold(corpus)
    return gold, list(data.LAST_LOAD.dropped)


@pytest.mark.corpus
def test_topics_gold_loads_with_current_splitter(all_gold, test_split):
    gold, dropped = all_gold
    import json
    from nlp.topics.data import ANNOTATIONS
    index = [json.loads(line) for line in open(ANNOTATIONS.parent / "items_index.jsonl", encoding="utf-8")]
    inventory = {(r["report_id"], r["start"], r["end"]) for r in index if r["split"] == "test"}
    assert {(g.report_id, g.start, g.end) for g in test_split} == inventory      # every test item is labelled once
    assert len(test_split) == len(inventory) >= 150
    assert {g.split for g in gold} == {"train", "test"}
    assert all(d["split"] == "train" for d in dropped) and len(dropped) <= 5


@pytest.mark.corpus
def test_topics_fast_segmentation_equals_jieba_on_every_gold_item(all_gold):
    from nlp.segment import tokens
    from nlp.topics.features import normalise
    gold, _ = all_gold
    for g in gold:
        t = normalise(g.text)
        assert tokens(t, "fast") == tokens(t, "jieba"), g.report_id


@pytest.mark.corpus
def test_topics_compiled_equals_pipelines_on_gold(tagger, all_gold):
    import numpy as np
    gold, _ = all_gold
    inputs = [g.input for g in gold]
    pol_c, top_c = tagger.predict_proba(inputs)
    pol_p, top_p = tagger.predict_proba(inputs, engine="pipeline")
    assert np.allclose(pol_c, pol_p, rtol=0, atol=1e-9) and np.allclose(top_c, top_p, rtol=0, atol=1e-9)


@pytest.mark.corpus
def test_topics_tag_over_test_split_reproduces_evaluate(tmp_path, corpus, manifest, test_split, tagger, model_dir):
    import pandas as pd

    from nlp.topics.evaluate import score_predictions, summary
    files = {r["id"]: r["file"] for r in manifest}
    ids = sorted({it.report_id for it in test_split})
    res = tag_paths([str(corpus / files[i]) for i in ids], tmp_path / "out", model_dir)
    assert not res["errors"]
    items = pd.read_parquet(tmp_path / "out" / "items.parquet")
    id_of = {str(corpus / f): i for i, f in files.items()}
    items["rid"] = items.source.map(id_of)
    by_key = {(r.rid, r.start, r.end): r for r in items.itertuples()}
    preds = []
    for it in test_split:
        row = by_key[(it.report_id, it.start, it.end)]
        preds.append({"polarity": row.polarity, "topics": list(row.topics)})
    assert summary(score_predictions(test_split, preds)) == tagger.meta["metrics"]["test"]
    assert len(pd.read_parquet(tmp_path / "out" / "report_topics.parquet")) == len(ids)


def test_polarity_only_batches_train_the_polarity_model_alone():
    """A batch listed in polarity_only_batches feeds the polarity model only; its topics are never learnt from
    (round 3 shipped batch 4 that way); the shipped settings train both models on every batch, the invented
    sections (batch 5) included."""
    from nlp.topics.data import load_synthetic
    from nlp.topics.model import TrainConfig, training_synthetic
    syn = load_synthetic()
    shipped = TrainConfig()
    assert {it.batch for it in training_synthetic(syn, shipped, "topics")} == {1, 2, 3, 4, 5}
    assert training_synthetic(syn, shipped, "polarity") == training_synthetic(syn, shipped, "topics")
    cfg = shipped.variant(synthetic_batches=(1, 2, 3, 5), polarity_only_batches=(4,))
    pol, top = training_synthetic(syn, cfg, "polarity"), training_synthetic(syn, cfg, "topics")
    assert {it.batch for it in pol} == {1, 2, 3, 4, 5}
    assert {it.batch for it in top} == {1, 2, 3, 5}
    assert len(pol) == len(top) + sum(it.batch == 4 for it in syn) and sum(it.batch == 4 for it in syn) > 200
    assert training_synthetic(syn, cfg.variant(polarity_only_batches=()), "polarity") == top
    assert training_synthetic(syn, cfg.variant(synthetic=False), "polarity") == []
    assert sum(it.batch == 5 for it in syn) >= 600


def test_polarity_scale_fits_the_decisions_and_never_changes_the_prediction():
    """The scale is the one whose softmax fits the cross-validated decisions best: confident right decisions get a
    large one, wrong ones the smallest; the argmax (the predicted polarity) is the same at every scale."""
    import numpy as np

    from nlp.topics.model import SCALE_GRID, choose_polarity_scale, softmax
    classes = ("improvement", "other", "problem", "rectification")
    rng = np.random.default_rng(3)
    dec = rng.normal(0, 0.3, size=(200, 4))
    gold = [classes[j] for j in dec.argmax(axis=1)]
    right = choose_polarity_scale(dec, classes, gold)
    wrong = choose_polarity_scale(dec, classes, [classes[j] for j in dec.argmin(axis=1)])
    assert right > 1.0 and wrong == SCALE_GRID[0]
    # mostly right, some wrong: in between, and better than either end of the grid
    noisy = [g if i % 5 else classes[(classes.index(g) + 1) % 4] for i, g in enumerate(gold)]
    mid = choose_polarity_scale(dec, classes, noisy)
    assert SCALE_GRID[0] < mid < right

    def loss(s):
        p = softmax(s * dec)
        return -np.mean(np.log(p[np.arange(len(noisy)), [classes.index(g) for g in noisy]]))
    assert loss(mid) < min(loss(SCALE_GRID[0]), loss(SCALE_GRID[-1]))
    assert all((softmax(s * dec).argmax(axis=1) == dec.argmax(axis=1)).all() for s in SCALE_GRID[::10])


@pytest.mark.parametrize("classifier,scale", [("ridge", 7.5), ("logistic", 1.0)])
def test_ridge_polarity_compiles_with_its_scale(classifier, scale):
    """A ridge polarity model compiles (its decision values through the softmax with the tagger's scale): the
    compiled probabilities equal the pipeline engine's, and the polarity is the ridge model's own prediction."""
    import numpy as np

    from nlp.topics.data import load_synthetic
    from nlp.topics.features import frame, inputs_from_texts
    from nlp.topics.labels import LABELS
    from nlp.topics.model import TrainConfig, fit_tagger
    items = [it for it in load_synthetic() if it.batch in (1, 3)]
    tagger, _ = fit_tagger(items, [], TrainConfig(synthetic=False, polarity_classifier=classifier),
                           thresholds=np.full(len(LABELS), 0.5))
    tagger.polarity_scale = scale
    assert type(tagger.polarity_model.named_steps["clf"]).__name__ == (
        "RidgeClassifier" if classifier == "ridge" else "LogisticRegression")
    inputs = inputs_from_texts([t for t, _, _ in CODEBOOK_EXAMPLES])
    assert tagger.compiled is not None
    pol_c, top_c = tagger.predict_proba(inputs)
    pol_p, top_p = tagger.predict_proba(inputs, engine="pipeline")
    assert np.allclose(pol_c, pol_p, rtol=0, atol=1e-9) and np.allclose(top_c, top_p, rtol=0, atol=1e-9)
    assert np.allclose(pol_c.sum(axis=1), 1.0)
    own = tagger.polarity_model.predict(frame(inputs, backend="fast"))
    assert [p["polarity"] for p in tagger.predict(inputs)] == list(own)
    if classifier == "logistic":      # scale 1: the logistic model's own probabilities
        assert np.allclose(pol_p, tagger.polarity_model.predict_proba(frame(inputs, backend="fast")), atol=1e-9)


@pytest.mark.parametrize("polarity_cue_weight", [None, 0.25])
def test_compiled_shared_space_when_both_models_read_the_same_items(polarity_cue_weight):
    """Two models fitted on the same items have one feature space (one pass at inference), also when the
    polarity model weighs the cue block differently (its coefficients are rescaled); the shared path gives
    the pipelines' probabilities too."""
    import numpy as np

    from nlp.topics.data import load_synthetic
    from nlp.topics.fast import compile_tagger
    from nlp.topics.features import inputs_from_texts
    from nlp.topics.labels import LABELS
    from nlp.topics.model import TrainConfig, fit_tagger
    items = [it for it in load_synthetic() if it.batch in (1, 3)]
    config = TrainConfig(synthetic=False, polarity_cue_weight=polarity_cue_weight)
    tagger, _ = fit_tagger(items, [], config, thresholds=np.full(len(LABELS), 0.5))
    compiled = compile_tagger(tagger.polarity_model, tagger.topic_model)
    assert compiled is not None and compiled.shared and len(compiled.spaces) == 1
    inputs = inputs_from_texts([t for t, _, _ in CODEBOOK_EXAMPLES])
    from nlp.topics.features import views
    pol_c, top_c = compiled.predict_proba(views(inputs))
    pol_p, top_p = tagger.predict_proba(inputs, engine="pipeline")
    assert np.allclose(pol_c, pol_p, rtol=0, atol=1e-9) and np.allclose(top_c, top_p, rtol=0, atol=1e-9)


def test_polarity_by_file_holds_each_invented_file_out_once():
    """Every item of a held-out file is scored by a model that did not train on that file; the overall figure is
    the item-weighted mean of the files' figures, and the error pairs count exactly the wrong predictions."""
    from nlp.topics.data import load_sections, load_sentences
    from nlp.topics.selection import _section_file, polarity_by_file
    sentences = load_sentences()
    sections = [it for it in load_sections() if _section_file(it) in ("devA", "devB", "devC")]
    res = polarity_by_file(sentences[:60], sentences[60:160], sections, folds=3)
    assert set(res["per_file"]) == {"devA", "devB", "devC"} and res["section_items"] == len(sections)
    sizes = {f: sum(_section_file(it) == f for it in sections) for f in res["per_file"]}
    weighted = sum(res["per_file"][f] * n for f, n in sizes.items()) / len(sections)
    assert abs(weighted - res["sections"]) < 1e-3
    assert sum(res["section_errors"].values()) == round((1 - res["sections"]) * len(sections))
    assert all(a != b for a, b in (k.split("->") for k in res["section_errors"]))
    assert 0 <= res["gold_cv"] <= 1 and res["gold_items"] == 60


def test_fresh_check_scores_only_the_named_files():
    """The fresh check holds out exactly the files it names (two-letter names too: devAA) and fits on the rest;
    a name that is not a file is refused rather than scored as an empty set."""
    from nlp.topics.data import load_sections, load_sentences
    from nlp.topics.selection import _section_file, fresh_check
    sentences = load_sentences()
    sections = [it for it in load_sections() if _section_file(it) in ("devA", "devAA")]
    assert {_section_file(it) for it in sections} == {"devA", "devAA"}
    res = fresh_check(sentences[:80], sentences[80:], sections, files=("devAA",),
                      candidates=(("ridge", "", {}),))
    assert res["files"] == ["devAA"] and res["items"] == sum(_section_file(it) == "devAA" for it in sections)
    assert res["sections"] == len({it.report_id for it in sections if _section_file(it) == "devAA"})
    assert [r["name"] for r in res["rows"]] == ["ridge"] and 0 <= res["rows"][0]["polarity"] <= 1
    with pytest.raises(ValueError, match="devZZ"):
        fresh_check(sentences[:80], sentences[80:], sections, files=("devZZ",))


@pytest.mark.corpus
def test_item_inventory_is_the_current_splitters(corpus):
    """corpora/annotations/items_index.jsonl lists exactly the items nlp.items yields on the corpus today
    (regenerate it with scripts/list_items.py when the section finder or the splitter changes)."""
    import csv
    import json

    import nlp
    from nlp.items import report_items
    from nlp.topics.data import ANNOTATIONS, corpus_dir
    root = corpus_dir(corpus)
    with open(root / "MANIFEST.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    now = {(r["id"], it.start, it.end, it.sha1) for r in rows for it in report_items(nlp.read_report(root / r["file"]))}
    with open(ANNOTATIONS.parent / "items_index.jsonl", encoding="utf-8") as fh:
        listed = {(d["report_id"], d["start"], d["end"], d["sha1"]) for d in map(json.loads, fh)}
    assert now == listed
