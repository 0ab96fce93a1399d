"""The model card (README.md of a model directory), rendered from its meta.json."""
from __future__ import annotations

import json
from pathlib import Path

from .labels import LABELS, POLARITIES

TARGETS = {"micro_f1": 0.85, "macro_f1": 0.75, "polarity_accuracy": 0.95, "macro_margin": 0.10}

WEAKNESSES = [
    "Small data: {train_gold_items} gold train items from {train_bodies} issuing bodies (most of them departments "
    "of one district, 平潭综合实验区, whose reports restate each other year after year). Wordings of other "
    "regions are under-represented; expect lower scores on them. Cross-validation (by body, but within this "
    "one district) is optimistic: the test split's bodies score lower. The invented sections (batch 5) bring "
    "other regions' layouts and voices, but written by helpers, not by the bodies themselves.",
    "Synthetic batch 2 was written after reading the cross-validation errors of the train split (table rows "
    "and signatures glued into section 五, rectification lists, codebook T9 quality wording): the CV figures "
    "with it are optimistic for exactly those cases; only the test split measures them fairly. CV polarity is "
    "{cv_pol_batch1:.3f} with batch 1 only and {cv_pol:.3f} with every batch; test polarity {test_pol:.3f} (the "
    "previous models: 0.927 with section5-features-v1, 0.913 with v2, 0.920 with v3, 0.933 with v4, 0.933 with v5 "
    "before round 6, on the 150 items annotated then; 0.936 with v6 and logistic regression, on the 157 items of "
    "now); {test_pol_wrong} of {test_items} test "
    "items get the wrong polarity, among them {rect_missed} of the {rect_n} rectification items. Batch 3 "
    "(new report styles, rare polarities, weak topics) was written without reading any error list; it barely "
    "moves the CV figures, which cannot measure wording from other regions.",
    "Rare labels rest on few examples (test support in the table): a single error moves their F1 by 10–30 "
    "points, so per-label test figures for digital_data, public_participation, grassroots and "
    "rectification are noisy.",
    "`rectification` depends on context (a lead-in such as 针对上年度报告中的问题… before a list); a lone "
    "sentence passed to `classify` has no such context, and items whose lead-in the item splitter "
    "merged into another item are often tagged `improvement`.",
    "The yardsticks disagree about the cue tokens' share in polarity: on the invented sections held out in "
    "selection round 5 less weight helps down to 0.25 and no cue tokens at all is the worst row (0.903), "
    "while the ablation's *without cue tokens* row scores the test split's polarity highest. Most test items "
    "come from four 平潭 departments that are not in the train split, each over five to seven years; bodies "
    "restate their section 五 year after year, so a few template sentences can decide several test items at "
    "once, and neither the train split's other departments nor the helpers' inventions (other regions' "
    "voices) show those templates. The test figure was not acted on (that would be tuning on test); more "
    "annotated real reports in the train split are what would settle it.",
    "Polarity of long mixed items (a gap and its remedy in one item, codebook P2/P6) is decided by the "
    "model, which reads the remedy's share of the item as a feature (v4) but applies no length rule; these "
    "are most of the polarity errors.",
    "Topic boundaries the codebook itself calls hard stay hard: content_quality vs generic 质量/水平 (T9), "
    "grassroots vs a body's own catalogues (T11), platforms vs outreach (T12), awareness vs "
    "staffing_training (T10). All annotations were made under codebook 1.0; rules added in 1.1 were "
    "checked on the double-annotated sample only.",
    "Items are what `nlp.items` splits; when the splitter glues a heading, a table remnant or the next "
    "section to an item, the tags describe the glued text.",
    "Topic scores are class-balanced logistic-regression probabilities and polarity scores a softmax of the ridge "
    "model's decision values with one fitted scale: neither is a calibrated frequency. Topic thresholds were "
    "chosen on cross-validated train predictions and clipped to 0.3–0.7.",
]


def _polarity_method(meta: dict) -> str:
    c = meta["config"]
    weights = '"balanced"' if c.get("polarity_class_weight", "balanced") == "balanced" else "None"
    if c.get("polarity_classifier", "logistic") == "logistic":
        return f"- Polarity: `LogisticRegression(C={c['polarity_C']}, class_weight={weights})`."
    return (f"- Polarity: `RidgeClassifier(alpha={c['polarity_alpha']}, class_weight={weights})` (selection round 7, "
            "below: it beat logistic regression on both polarity yardsticks). Its scores are the softmax of "
            f"{meta.get('polarity_scale', 1.0):g} × its decision values, the scale with the least log loss on the "
            "cross-validated decisions of the train split (the predicted polarity is the largest decision value, "
            "whatever the scale).")


def _row(name: str, s: dict) -> str:
    return f"| {name} | {s['micro_f1']:.3f} | {s['macro_f1']:.3f} | {s['polarity_accuracy']:.3f} |"


def render_card(meta: dict) -> str:
    m = meta["metrics"]
    test, cv = m["test"], m["cv"]
    base, ext = m["keyword_baseline"]["test"], m["keyword_extended"]["test"]
    detail, base_detail = m["test_detail"], m["keyword_baseline"]["test_detail"]
    d = meta["data"]
    margin = test["macro_f1"] - base["macro_f1"]
    lib = meta["libraries"]
    lines = [
        f"# {meta['name']}: section 五 tagger (polarity and topics)",
        "",
        f"{meta['description']}. Tagger `{meta['tagger_version']}`, features `{meta['feature_version']}`, "
        f"segmentation dictionary `{meta['segdict']['version']}` (sha256 `{meta['segdict']['sha256'][:16]}…`).",
        "",
        "```python",
        "from nlp.topics import load_tagger, tag_items, tag_report, tag_reports",
        "tag_items([\"一是政策解读形式单一，图解、视频解读运用较少。\"])",
        "# [{'polarity': 'problem', 'topics': ['policy_interpretation'], 'scores': {...}}]",
        "tag_reports(reports)   # many nlp.Report objects in one batch: one list of item dicts per report",
        "```",
        "",
        "## Files",
        "",
        "| file | what |",
        "|---|---|",
        f"| `model.joblib` | dict of two scikit-learn pipelines (`polarity`, `topics`), stock classes only; sha256 "
        f"`{meta['model_sha256']}` |",
        f"| `inference.npz` | the same two models compiled for inference (`nlp.topics.fast`: vocabulary lookup tables, "
        f"idf and block weights, stacked coefficients; numpy arrays and a JSON header, no pickles; the stacked "
        f"coefficients are stored uncompressed, so that loading does not inflate 20 MB), written from "
        f"`model.joblib` by `nianbao train`; sha256 `{meta.get('inference_sha256', '—')}` |",
        "| `meta.json` | library versions, data hash, codebook version, labels, thresholds, config, all metrics, "
        "the sha256s above, the segmentation dictionary's sha256 |",
        "| `README.md` | this card (generated from meta.json by `nlp.topics.card`) |",
        "",
        "`nlp.topics.load_tagger()` checks the sha256 of `model.joblib` and of `inference.npz` **before** "
        "reading either ([E021]) and refuses a different major.minor of scikit-learn, numpy, scipy or jieba than "
        "recorded ([E022]), another segmentation dictionary, feature version or cue lexicon (fingerprint in "
        "meta.json, [E025]); a missing model is [E020]. Tagging then runs on `inference.npz` with numpy alone "
        "(no scikit-learn import: a worker process starts in a fraction of a second); `model.joblib` is "
        "unpickled only when the pipelines themselves are asked for (`engine=\"pipeline\"`, training tools).",
        f"Trained with scikit-learn {lib['scikit-learn']}, numpy {lib['numpy']}, scipy {lib['scipy']}, "
        f"jieba {lib['jieba']}, joblib {lib['joblib']}, Python {lib['python']}.",
        "",
        "## Data",
        "",
        f"- Gold: `corpora/annotations/section5/{{A,B,C}}.jsonl`, every section 五 item of the real corpus once "
        f"(ids, offsets and sha1 of the text; the text is read from the corpus). Train split: "
        f"{d['train_gold_items']} items, {d['train_reports']} reports, {d['train_bodies']} bodies. Test split: "
        f"{d['test_items']} items, {d['test_reports']} reports, {d['test_bodies']} bodies (no body in both).",
        f"- Synthetic: {d['train_synthetic_items']} items we wrote ourselves "
        "(`corpora/annotations/synthetic_items.jsonl`, sentences, batches 1–4, and "
        "`corpora/annotations/synthetic_sections/`, whole sections, batch 5; marked `synthetic`, train only, "
        "never in a test figure): "
        + ", ".join(f"batch {b}: {n}" for b, n in sorted(d.get("synthetic_batches", {}).items()))
        + " (batch 1 for rare labels; batch 2 after reading the train split's cross-validation errors; batch 3 "
        "for report styles the train split lacks: other families' lead-ins, praise and closing lines, "
        "rectification worded in new ways, weak topics in new phrasings, longer and shorter items; batch 4, "
        "233 items in the voices of issuers the train split lacks — ministries, provincial departments, cities, "
        "counties, townships, universities, hospitals, tax / police / market regulators — weighted toward "
        "rectification and other, trains the polarity model only: it left the CV topic figures a little lower "
        "when the topic model learnt from it too, see *Selection*; batch 5, the items of 348 whole invented "
        "sections in the voices of provinces, cities, counties, townships and sector departments, each written and "
        "labelled from the codebook by one of thirty helpers before any model saw it, split by our splitter so "
        "that every item has a real item's heading, lead-in and position: first development sets for the "
        "selection (round 4: files devA–devI, trained on one half, scored on the other; round 5: devJ–devO, "
        "written after round 4, and round 6: devP–devU, written after round 5, each scored once by models trained "
        "on everything else; devV–devZ, written after round 7, checked its choice, and devAA–devAD, written after round 8, checked it again), then training data for both "
        "models).",
        *([f"- Not loaded: {len(d['dropped_items'])} annotated item(s) that the current section finder / item "
           "splitter no longer yields as section 五 items (" + ", ".join(
               f"{x['report_id']} #{x['index']} ({x['split']})" for x in d["dropped_items"])
           + "; their text is now outside section 五: in section 六, or in the closing part that is only the statistics "
           "table)."] if d.get("dropped_items") else []),
        f"- Data sha256 (annotation files + synthetic file): `{d['sha256']}`.",
        f"- Codebook {meta['codebook_version']} (`corpora/codebook.md`); the annotations were made under "
        f"{', '.join(meta['annotation_codebook_versions'])}.",
        "- The test split was used for the figures below only: features, rules, thresholds and settings were "
        "chosen on the train split (cross-validation). (An early exploratory run printed test figures of a plain "
        "tf-idf model without cue tokens; no setting was chosen from them.)",
        "",
        "## Method",
        "",
        "- Features (`nlp/topics/features.py`, `" + meta["feature_version"] + "`): jieba words with the domain "
        "dictionary → `TfidfVectorizer(token_pattern=r\"\\S+\", ngram_range=(1, "
        f"{meta['config'].get('word_ngram_max', 2)}))`; raw text → `TfidfVectorizer(analyzer=\"char\", "
        f"ngram_range=({meta['config'].get('char_ngram_min', 1)}, {meta['config'].get('char_ngram_max', 3)}))`; "
        "cue tokens → binary `CountVectorizer`, weight "
        f"{meta['config']['cue_weight']}"
        + (f" (the polarity model: {meta['config']['polarity_cue_weight']})"
           if meta['config'].get('polarity_cue_weight') is not None else "")
        + ": heading kind, context of the latest sub-heading or lead-in, third of the "
        "section, the keyword rules' topic and polarity cue hits, the item's shape (length bucket, table row, "
        "enumerated, glued heading of another section, mostly digits), the topic cues of its title (first "
        "clause of an item that goes on) and its tense and modality "
        "(plan 将/下一步/拟, need 需/有待 + verb, standing state 存在/仍/尚未, completed fix 已/完成/…了; the polarity "
        "cue families of its first and last clause; which family has more hits; an open or colon end; v4: the "
        "share of the item a remedy after its stated gap takes, codebook P2/P6). v4 also fixed the context: an "
        "enumerated point is never a lead-in, a long lead-in about last year's problems announces rectification, "
        "and under a rectification heading a lead-in that announces measures keeps the rectification context. "
        "v5: whether the item names a problem of an earlier report or outside review, and reports it fixed "
        "(codebook P5/P16); a short sentence announces rectification only when it looks back (a same-year fix "
        "does not, P9). v6: a look-back may name 短板, 差距 or 薄弱环节 and open with 对于 (本局针对上年工作中的短板，"
        "积极落实整改。 announces rectification; before, its points lost the rectification context). Adopted after "
        "round 6 on the quick polarity yardstick (`--polarity-by-file`, every invented file held out in turn): "
        "sections 0.9447 → 0.9452, gold CV 0.9791 both.",
        _polarity_method(meta) + " Topics: "
        f"`OneVsRestClassifier(LogisticRegression(C={meta['config']['topic_C']}, class_weight=\"balanced\"))`.",
        f"- Thresholds per topic: {meta['config']['folds']}-fold `GroupKFold` on the train split, one group per "
        "issuing body (all its years; pingtan-main-2023 and its -html copy together), the F1-best threshold on "
        "the out-of-fold probabilities in 0.3–0.7, shrunk toward 0.5. At least one topic per item; `generic` "
        "only alone.",
        "- Every setting was chosen on the train split (cross-validation) and on invented sections held out from "
        "training (table under *Selection*); the test split was scored only after the choice, once, for the "
        "figures below, and nothing was changed after it.",
        "- Inference (`nlp/topics/fast.py`): the two fitted pipelines are compiled at load into vocabulary "
        "lookups, idf/weight arrays and one stacked coefficient matrix; a batch of items is vectorised once for "
        "both models and scored with one sparse matrix product. Same probabilities as the pipelines (checked "
        "to 1e-9 in the tests); `Tagger.predict(..., engine=\"pipeline\")` runs the pipelines themselves.",
        "- Segmentation: training uses the private jieba tokenizer (`nlp.segment`, the reference); inference "
        "uses the `fast` backend, rjieba on texts made only of characters where the two agree and jieba "
        "otherwise, which gives jieba's tokens (checked on every gold item in the tests).",
        "",
        "Thresholds: " + ", ".join(f"{lab} {meta['thresholds'][lab]:.2f}" for lab in LABELS) + ".",
        "",
        "## Results on the test split",
        "",
        "| | topics micro-F1 | topics macro-F1 | polarity accuracy |",
        "|---|---|---|---|",
        _row("**model**", test),
        _row("keyword baseline (codebook cues)", base),
        _row("keyword rules (extended lexicon)", ext),
        *([_row(f"second annotator vs gold ({m['agreement']['n']} double-annotated items, both splits)",
                m["agreement"])] if m.get("agreement") else []),
        "",
        "| target | wanted | reached | |",
        "|---|---|---|---|",
        f"| topics micro-F1 | ≥ {TARGETS['micro_f1']:.2f} | {test['micro_f1']:.3f} | "
        f"{'met' if test['micro_f1'] >= TARGETS['micro_f1'] else '**not met**'} |",
        f"| topics macro-F1 | ≥ {TARGETS['macro_f1']:.2f} | {test['macro_f1']:.3f} | "
        f"{'met' if test['macro_f1'] >= TARGETS['macro_f1'] else '**not met**'} |",
        f"| polarity accuracy | ≥ {TARGETS['polarity_accuracy']:.2f} | {test['polarity_accuracy']:.3f} | "
        f"{'met' if test['polarity_accuracy'] >= TARGETS['polarity_accuracy'] else '**not met**'} |",
        f"| macro-F1 over the keyword baseline | ≥ +{TARGETS['macro_margin']:.2f} | {margin:+.3f} | "
        f"{'met' if margin >= TARGETS['macro_margin'] else '**not met**'} |",
        "",
        f"Over the stronger extended-lexicon rules the margin is {test['macro_f1'] - ext['macro_f1']:+.3f} macro-F1 "
        f"(micro {test['micro_f1'] - ext['micro_f1']:+.3f}, "
        f"polarity {test['polarity_accuracy'] - ext['polarity_accuracy']:+.3f}).",
        "",
        "Per topic (test split):",
        "",
        "| topic | precision | recall | F1 | support | baseline F1 | CV F1 (train) | CV support |",
        "|---|---|---|---|---|---|---|---|",
    ]
    cv_detail = m.get("cv_detail", {}).get("topics", {}).get("per_label", {})
    for lab in LABELS:
        s = detail["topics"]["per_label"][lab]
        c = cv_detail.get(lab, {})
        lines.append(f"| {lab} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} | "
                     f"{base_detail['topics']['per_label'][lab]['f1']:.3f} | "
                     f"{c['f1']:.3f} | {c['support']} |" if c else
                     f"| {lab} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} | "
                     f"{base_detail['topics']['per_label'][lab]['f1']:.3f} | – | – |")
    lines += ["", "Polarity (test split):", "", "| polarity | precision | recall | F1 | support | CV F1 (train) | "
              "CV support |", "|---|---|---|---|---|---|---|"]
    cv_pol = m.get("cv_detail", {}).get("polarity", {}).get("per_class", {})
    for c in POLARITIES:
        s = detail["polarity"]["per_class"][c]
        cp = cv_pol.get(c)
        lines.append(f"| {c} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} | "
                     + (f"{cp['f1']:.3f} | {cp['support']} |" if cp else "– | – |"))
    lines += [
        "",
        "## Cross-validation (train split)",
        "",
        f"{meta['config']['folds']}-fold GroupKFold by body; each fold's topics decoded with thresholds chosen on "
        "the other folds' out-of-fold probabilities (nested, so the thresholds are not scored on the data they "
        "were chosen on). Synthetic items join the training folds only.",
        "",
        "| | topics micro-F1 | topics macro-F1 | polarity accuracy |",
        "|---|---|---|---|",
        _row("model (CV)", cv),
        *([_row(f"model (CV), scored on the train bodies outside 平潭 only (n={m['cv_other_bodies']['n']})",
                m["cv_other_bodies"])] if m.get("cv_other_bodies") else []),
        _row("keyword baseline on train (no fitting)", m["keyword_baseline"]["train"]),
        _row("extended rules on train (lexicon written from train)", m["keyword_extended"]["train"]),
        "",
        "## Ablation",
        "",
        "Each row retrained from scratch with its own CV thresholds.",
        "",
        "| variant | CV micro-F1 | CV macro-F1 | CV polarity | test micro-F1 | test macro-F1 | test polarity |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, a in m["ablation"].items():
        c, t = a["cv"], a["test"]
        lines.append(f"| {name} | {c['micro_f1']:.3f} | {c['macro_f1']:.3f} | {c['polarity_accuracy']:.3f} | "
                     f"{t['micro_f1']:.3f} | {t['macro_f1']:.3f} | {t['polarity_accuracy']:.3f} |")
    lines += _selection_lines(meta.get("selection"))
    lines += _speed_lines(meta.get("speed"))
    per = detail["topics"]["per_label"]
    weakest = sorted(LABELS, key=lambda lab: per[lab]["f1"])[:4]
    lines += [
        "",
        "## Known weaknesses",
        "",
        "- Weakest topics on the test split: " + ", ".join(
            f"{lab} (F1 {per[lab]['f1']:.2f}, n={per[lab]['support']})" for lab in weakest) + ".",
        *[f"- {w.format(**_weakness_values(meta))}" for w in WEAKNESSES],
        "",
        "## Reproduce",
        "",
        "```sh",
        "python -m nlp.topics.selection --corpus ../shared/corpora/real            # the selection table (~20 min)",
        f"nianbao train --corpus ../shared/corpora/real --out models/{meta['name']}   # this directory (~10 min)",
        "nianbao evaluate --corpus ../shared/corpora/real                          # the figures above",
        "taskset -c 0 python -m nlp.topics.speed --record                          # the speed figures",
        "```",
        "",
        "Retraining reproduces the thresholds, predictions and every figure here; the bytes of `model.joblib` "
        "(so its sha256) differ from run to run only because scikit-learn's text vectorizers store a "
        "process-dependent object id (`_stop_words_id`).",
        "",
        "`nlp/data/models` is a symbolic link to the repository's `models/`, so a wheel built from the "
        "repository (`pip install .`) carries these files as package data; the loader looks in "
        "`$NIANBAO_MODELS`, then the repository's `models/`, then the installed package data.",
        "",
    ]
    return "\n".join(lines)


def _weakness_values(meta: dict) -> dict:
    m, d = meta["metrics"], meta["data"]
    pol = m["test_detail"]["polarity"]
    rect = pol["per_class"]["rectification"]
    batch1 = m.get("ablation", {}).get("synthetic batch 1 only", {}).get("cv", m["cv"])
    return {**d, "cv_pol": m["cv"]["polarity_accuracy"], "cv_pol_batch1": batch1["polarity_accuracy"],
            "test_pol": m["test"]["polarity_accuracy"],
            "test_pol_wrong": round((1 - pol["accuracy"]) * d["test_items"]),
            "rect_n": rect["support"], "rect_missed": round((1 - rect["recall"]) * rect["support"])}


def _selection_rows(rows: list[dict], other: bool) -> list[str]:
    head = "| candidate | changes against the shipped settings | CV micro-F1 | CV macro-F1 | CV polarity |"
    rule = "|---|---|---|---|---|"
    if other:
        head += " other bodies micro-F1 | other bodies polarity |"
        rule += "---|---|"
    held = any(r.get("held_out_sections") for r in rows)
    if held:
        head += " held-out sections micro-F1 | held-out sections polarity |"
        rule += "---|---|"
    lines = [head, rule]
    for r in rows:
        ch = ", ".join(f"{k}={tuple(v) if isinstance(v, list) else v}" for k, v in r["changes"].items()) or "—"
        c = r["cv"]
        line = f"| {r['name']} | {ch} | {c['micro_f1']:.3f} | {c['macro_f1']:.3f} | {c['polarity_accuracy']:.3f} |"
        if other:
            o = r.get("cv_other_bodies")
            line += f" {o['micro_f1']:.3f} | {o['polarity_accuracy']:.3f} |" if o else " – | – |"
        if held:
            h = r.get("held_out_sections")
            line += f" {h['micro_f1']:.3f} | {h['polarity_accuracy']:.3f} |" if h else " – | – |"
        lines.append(line)
    return lines


def _selection_lines(sel: dict | None) -> list[str]:
    if not sel:
        return []
    other = any(r.get("cv_other_bodies") for r in sel["rows"])
    n_other = next((r["cv_other_bodies"]["n"] for r in sel["rows"] if r.get("cv_other_bodies")), 0)
    lines = ["", "## Selection (cross-validation on the train split; held-out invented sections)", "",
             f"Candidates scored by `python -m nlp.topics.selection` ({sel['train_items']} gold train items, same "
             "nested 5-fold GroupKFold by body as above), also on the train bodies outside 平潭 alone"
             + (f" (n={n_other}: the closest, if small and noisy, estimate for other regions)" if other else "")
             + ", and on invented whole sections no candidate trained on. "]
    if sel.get("dev_files"):
        lines[-1] += (
            f"This round (features v5, more data) the held-out set is fresh again: {sel.get('dev_items', 0)} items of "
            f"72 sections ({', '.join(sel['dev_files'])}) that six more helpers wrote and labelled from the codebook "
            "after round 5, as new-area departments, eastern counties and districts, big cities' general offices, "
            "small bodies (short pre-2019 sections), city and county sector bureaus and provincial or vertically "
            "managed bodies, weighted toward the cases that still failed: rectification told inline or as a story, "
            "lead-in, praise, principle and closing lines, points mixing a gap and its remedy, headings in other "
            "wordings. Every candidate trained on the train split plus every earlier synthetic item (the "
            f"{sel.get('section_items', 0)} items of devA–devO included) and was scored on those files once. "
            "The rule was fixed before the run: the best mean of held-out micro-F1 and polarity accuracy, provided no "
            "CV figure is more than 0.005 below the first row's (round 5's settings on this round's data). For "
            "reference, the round-5 model as shipped scored 0.810 micro-F1 and 0.894 polarity on the same files: "
            "these files are harder than the earlier ones. Polarity C=10 won (mean 0.853 against 0.851, three items "
            "of 605: the rule, not the size of the difference, decided). After the choice the files joined the "
            "training data (synthetic batch 5), so the shipped model has seen them.")
    else:
        lines[-1] += (
            "(synthetic batch 5: trained on the train split plus every other file, one helper each, scored on the "
            "rest, both ways, averaged).")
    lines[-1] += (
        " CV on the train split is near its ceiling for polarity and cannot see other regions' wording; the "
        "invented items can. The held-out topic figures share the helpers' reading of the codebook (they add "
        "`platforms` for a website named as a means less often than the gold annotators), so they favour training "
        "on the sections; CV guards the gold convention. Rows with synthetic batch 2 are optimistic (see *Known "
        "weaknesses*).")
    lines.append("")
    lines += _selection_rows(sel["rows"], other)
    lines += _polarity_round_lines(sel.get("polarity_round"))
    for name, prev in (sel.get("previous_rounds") or {}).items():
        prev_other = any(r.get("cv_other_bodies") for r in prev["rows"])
        lines += ["", f"Previous round ({name}, {ROUND_NOTES.get(name, 'changes against that round’s settings')}; "
                  f"{prev['train_items']} gold train items):", ""]
        lines += _selection_rows(prev["rows"], prev_other)
    return lines


_FRESH_COMMAND = "python -m nlp.topics.selection --corpus ../shared/corpora/real --fresh-check"


def _polarity_round_lines(rnd: dict | None) -> list[str]:
    if not rnd:
        return []
    lines = ["", "Round 7 (polarity only: which classifier; same features and data). `python -m nlp.topics.selection "
             "--corpus ../shared/corpora/real --polarity-round` scores each candidate with the quick polarity "
             f"yardstick: every invented-section file held out in turn ({rnd['section_items']} items) and the "
             f"{rnd['gold_items']} gold train items by 5-fold CV grouped by body. Rule: the best mean of the two, "
             "provided gold CV is not below the round-6 model's. (A first look with the same yardstick also tried "
             "LinearSVC, C=0.3–10: gold 0.979–0.983, sections 0.948–0.952, and one-vs-rest logistic regressions, "
             "C=10–100: gold 0.978–0.979, sections 0.945–0.948; the pipelines keep to the two classifiers the "
             "compiled inference reads.)", "",
             "| candidate | changes against the shipped settings | gold CV polarity | held-out sections polarity | mean |",
             "|---|---|---|---|---|"]
    for r in rnd["rows"]:
        ch = ", ".join(f"{k}={v}" for k, v in r["changes"].items()) or "—"
        lines.append(f"| {r['name']} | {ch} | {r['gold_cv']:.4f} | {r['sections']:.4f} | {r['mean']:.4f} |")
    checks = []
    for key, when in (("fresh_check", "after round 7"),
                      ("fresh_check_round9", "after round 8's files had joined the training data")):
        fresh = rnd.get(key)
        if not fresh:
            continue
        checks.append(fresh)
        rows = "; ".join(f"{r['name']} {r['polarity']:.3f}" for r in fresh["rows"])
        t = fresh["shipped"]
        lines += ["", f"Fresh check of the choice: {fresh['items']} items of {fresh['sections']} sections "
                  f"({', '.join(fresh['files'])}) that {len(fresh['files'])} more helpers wrote and labelled from the "
                  f"codebook {when}, before any model saw them. Polarity accuracy on them, each classifier "
                  f"trained on everything else: {rows}. The shipped tagger (trained before they existed) scored "
                  f"topics micro-F1 {t['micro_f1']:.3f}, macro-F1 {t['macro_f1']:.3f} and polarity "
                  f"{t['polarity_accuracy']:.3f} on them. Then they joined the training data (batch 5) and the "
                  f"model was retrained with the same settings. (`{fresh.get('command', _FRESH_COMMAND)}` "
                  "repeats the polarity rows.)"]
    if len(checks) > 1:
        wrong = {}
        for c in checks:
            for r in c["rows"]:
                wrong[r["name"]] = wrong.get(r["name"], 0) + round((1 - r["polarity"]) * c["items"])
        lines += ["", f"Both fresh checks together ({sum(c['items'] for c in checks)} items), items wrong: "
                  + "; ".join(f"{n} {w}" for n, w in wrong.items())
                  + ". Within noise of each other: the choice stands on the round-7 yardstick."]
    return lines


ROUND_NOTES = {
    "section5-features-v5": "fresh held-out files devJ–devO, every candidate trained on everything else; picked by the "
                            "best mean of held-out micro-F1 and polarity, no CV figure more than 0.005 below the "
                            "round-4 model's; polarity cue weight 0.25 won",
    "section5-features-v4": "held-out halves of the invented sections devA–devI, trained on the other half, both ways; "
                            "do the invented sections help, for both models or for polarity only; picked by the best "
                            "mean of held-out micro-F1 and polarity, no CV figure down by more than 0.005",
    "section5-features-v2": "synthetic batches 1–2; changes against the v2 model's settings",
    "section5-features-v3": "tense/modality cues and synthetic batch 3; changes against that round's shipped "
                            "settings; picked by the best mean of CV micro-F1 and CV polarity",
    "section5-features-v3-batch4": "does synthetic batch 4 help, for polarity only or both models; picked by the best "
                                   "mean of CV micro-F1 and CV polarity, no CV figure down by more than 0.005",
}


def _speed_lines(sp: dict | None) -> list[str]:
    if not sp:
        return []
    return ["", "## Speed", "",
            f"`{sp['command']}`: {sp['reports']} synthetic seed-sized reports (`nlp.synth`, seed 1, tsv and flat "
            f"layouts; {sp['items_per_report']} section 五 items per report), read beforehand; tagger loaded and "
            "warmed up beforehand; best of "
            f"{sp['repeats']} runs on the process CPU clock (wall clock in brackets, on a shared machine).", "",
            "| call | reports/s on one core | ms per report |",
            "|---|---|---|",
            f"| `tag_reports`, batches of {sp['batch']} | {sp['batched_reports_per_s']} "
            f"({sp['batched_reports_per_s_wall']} wall) | {sp['batched_ms_per_report']:.3f} |",
            f"| `tag_report`, one report per call | {sp['single_reports_per_s']} ({sp['single_reports_per_s_wall']} "
            f"wall) | {1000 / sp['single_reports_per_s']:.3f} |",
            "",
            "Included: splitting section 五 into items, the features (segmentation, cue rules), both models and "
            "the result dicts. The previous model's `tag_report` ran at ~54 reports/s per core (scikit-learn's "
            "per-call overhead and two vectorisations of each item). Batch reports through `tag_reports` (a few "
            "dozen per call) for the batched rate." + (f" {sp['note']}" if sp.get("note") else "")]


def write_card(model_dir: str | Path) -> Path:
    d = Path(model_dir)
    meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
    path = d / "README.md"
    path.write_text(render_card(meta), encoding="utf-8")
    return path
