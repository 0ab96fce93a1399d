"""The model card (README.md of a model directory), rendered from its meta.json."""
from __future__ import annotations

import json
from pathlib import Path

from .labels import LABELS, POLARITIES

TARGETS = {"micro_f1": 0.85, "macro_f1": 0.75, "polarity_accuracy": 0.95, "macro_margin": 0.10}

WEAKNESSES = [
    "Small data: 804 gold train items from 18 issuing bodies (most of them departments of one district, "
    "平潭综合实验区, whose reports restate each other year after year). Wordings of other regions are "
    "under-represented; expect lower scores on them.",
    "Rare labels rest on few examples (test support in the table): a single error moves their F1 by 10–30 "
    "points, so per-label test figures for digital_data, public_participation, grassroots and "
    "rectification are noisy.",
    "`rectification` depends on context (a lead-in such as 针对上年度报告中的问题… before a list); a lone "
    "sentence passed to `classify` has no such context, and items whose lead-in the item splitter "
    "merged into another item are often tagged `improvement`.",
    "Polarity of long mixed items (a gap and its remedy in one item, codebook P2/P6) is decided by the "
    "model, not by a length rule; these are most of the polarity errors.",
    "Topic boundaries the codebook itself calls hard stay hard: content_quality vs generic 质量/水平 (T9), "
    "grassroots vs a body's own catalogues (T11), platforms vs outreach (T12), awareness vs "
    "staffing_training (T10). All annotations were made under codebook 1.0; rules added in 1.1 were "
    "checked on the double-annotated sample only.",
    "Items are what `nlp.items` splits; when the splitter glues a heading, a table remnant or the next "
    "section to an item, the tags describe the glued text.",
    "Scores are class-balanced logistic-regression probabilities, not calibrated frequencies; thresholds "
    "were chosen on cross-validated train predictions and clipped to 0.3–0.7.",
]


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
        "from nlp.topics import load_tagger, tag_items, tag_report",
        "tag_items([\"一是政策解读形式单一，图解、视频解读运用较少。\"])",
        "# [{'polarity': 'problem', 'topics': ['policy_interpretation'], 'scores': {...}}]",
        "```",
        "",
        "## Files",
        "",
        "| file | what |",
        "|---|---|",
        f"| `model.joblib` | dict of two scikit-learn pipelines (`polarity`, `topics`), stock classes only; sha256 "
        f"`{meta['model_sha256']}` |",
        "| `meta.json` | library versions, data hash, codebook version, labels, thresholds, config, all metrics, "
        "the sha256 above, the segmentation dictionary's sha256 |",
        "| `README.md` | this card (generated from meta.json by `nlp.topics.card`) |",
        "",
        "`nlp.topics.load_tagger()` checks the sha256 of `model.joblib` **before** unpickling it ([E021]) and "
        "refuses a different major.minor of scikit-learn, numpy, scipy or jieba than recorded ([E022]), "
        "another segmentation dictionary, feature version or cue lexicon (fingerprint in meta.json, [E025]); "
        "a missing model is [E020].",
        f"Trained with scikit-learn {lib['scikit-learn']}, numpy {lib['numpy']}, scipy {lib['scipy']}, "
        f"jieba {lib['jieba']}, joblib {lib['joblib']}, Python {lib['python']}.",
        "",
        "## Data",
        "",
        f"- Gold: `corpora/annotations/section5/{{A,B,C}}.jsonl`, every section 五 item of the real corpus once "
        f"(ids, offsets and sha1 of the text; the text is read from the corpus). Train split: "
        f"{d['train_gold_items']} items, {d['train_reports']} reports, {d['train_bodies']} bodies. Test split: "
        f"{d['test_items']} items, {d['test_reports']} reports, {d['test_bodies']} bodies (no body in both).",
        f"- Synthetic: {d['train_synthetic_items']} sentences we wrote ourselves for rare labels "
        "(`corpora/annotations/synthetic_items.jsonl`, marked `synthetic`, train only, never evaluated on).",
        f"- Data sha256 (annotation files + synthetic file): `{d['sha256']}`.",
        f"- Codebook {meta['codebook_version']} (`corpora/codebook.md`); the annotations were made under "
        f"{', '.join(meta['annotation_codebook_versions'])}.",
        "- The test split was used for the figures below only: features, rules, thresholds and settings were "
        "chosen on the train split (cross-validation). (An early exploratory run printed test figures of a plain "
        "tf-idf model without cue tokens; no setting was chosen from them.)",
        "",
        "## Method",
        "",
        "- Features (`nlp/topics/features.py`): jieba words with the domain dictionary → "
        "`TfidfVectorizer(token_pattern=r\"\\S+\", ngram_range=(1, 2))`; raw text → "
        "`TfidfVectorizer(analyzer=\"char\", ngram_range=(1, 3))`; cue tokens (heading kind, context of the "
        "latest sub-heading or lead-in, third of the section, the keyword rules' topic and polarity cue hits) → "
        f"binary `CountVectorizer`, weight {meta['config']['cue_weight']}.",
        f"- Polarity: `LogisticRegression(C={meta['config']['polarity_C']}, class_weight=\"balanced\")`. Topics: "
        f"`OneVsRestClassifier(LogisticRegression(C={meta['config']['topic_C']}, class_weight=\"balanced\"))`.",
        f"- Thresholds per topic: {meta['config']['folds']}-fold `GroupKFold` on the train split, one group per "
        "issuing body (all its years; pingtan-main-2023 and its -html copy together), the F1-best threshold on "
        "the out-of-fold probabilities in 0.3–0.7, shrunk toward 0.5. At least one topic per item; `generic` "
        "only alone.",
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
        "| topic | precision | recall | F1 | support | baseline F1 |",
        "|---|---|---|---|---|---|",
    ]
    for lab in LABELS:
        s = detail["topics"]["per_label"][lab]
        lines.append(f"| {lab} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} | "
                     f"{base_detail['topics']['per_label'][lab]['f1']:.3f} |")
    lines += ["", "Polarity (test split):", "", "| polarity | precision | recall | F1 | support |",
              "|---|---|---|---|---|"]
    for c in POLARITIES:
        s = detail["polarity"]["per_class"][c]
        lines.append(f"| {c} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
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
    per = detail["topics"]["per_label"]
    weakest = sorted(LABELS, key=lambda lab: per[lab]["f1"])[:4]
    lines += [
        "",
        "## Known weaknesses",
        "",
        "- Weakest topics on the test split: " + ", ".join(
            f"{lab} (F1 {per[lab]['f1']:.2f}, n={per[lab]['support']})" for lab in weakest) + ".",
        *[f"- {w}" for w in WEAKNESSES],
        "",
        "## Reproduce",
        "",
        "```sh",
        f"nianbao train --corpus ../shared/corpora/real --out models/{meta['name']}   # this directory (~2.5 min)",
        "nianbao evaluate --corpus ../shared/corpora/real                          # the figures above",
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


def write_card(model_dir: str | Path) -> Path:
    d = Path(model_dir)
    meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
    path = d / "README.md"
    path.write_text(render_card(meta), encoding="utf-8")
    return path
