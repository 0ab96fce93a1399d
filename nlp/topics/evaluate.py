"""Scores of the section 五 tagger against gold items: per-label P/R/F1, micro/macro F1, polarity accuracy.

The test split is for measuring only: nothing in this module feeds back into training. ``evaluate`` scores
the shipped (or a given) model on the test split beside the keyword baselines and prints the ablation
recorded at training time (or reruns it).
"""
from __future__ import annotations

from collections.abc import Sequence

from .labels import LABELS, POLARITIES


def topic_scores(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict:
    """Per-label precision/recall/F1/support and micro/macro F1 over the 15 topics."""
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    from .model import topic_matrix
    y, p = topic_matrix(gold), topic_matrix(pred)
    prec, rec, f1, sup = precision_recall_fscore_support(y, p, average=None, zero_division=0,
                                                         labels=list(range(len(LABELS))))
    return {
        "per_label": {lab: {"precision": round(float(prec[j]), 4), "recall": round(float(rec[j]), 4),
                            "f1": round(float(f1[j]), 4), "support": int(sup[j])} for j, lab in enumerate(LABELS)},
        "micro_f1": round(float(f1_score(y, p, average="micro", zero_division=0)), 4),
        "macro_f1": round(float(f1_score(y, p, average="macro", zero_division=0)), 4),
        "exact_match": round(float((y == p).all(axis=1).mean()), 4) if len(y) else 0.0,
    }


def polarity_scores(gold: Sequence[str], pred: Sequence[str]) -> dict:
    from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support
    prec, rec, f1, sup = precision_recall_fscore_support(gold, pred, labels=list(POLARITIES), zero_division=0)
    cm = confusion_matrix(gold, pred, labels=list(POLARITIES))
    return {
        "accuracy": round(float(accuracy_score(gold, pred)), 4),
        "per_class": {c: {"precision": round(float(prec[k]), 4), "recall": round(float(rec[k]), 4),
                          "f1": round(float(f1[k]), 4), "support": int(sup[k])} for k, c in enumerate(POLARITIES)},
        "confusion": {"labels": list(POLARITIES), "rows_gold_cols_pred": cm.tolist()},
    }


def score_predictions(items, preds: Sequence[dict]) -> dict:
    """Both scores for gold ``items`` (LabelledItem) and predictions (dicts with polarity and topics)."""
    return {"n": len(items),
            "topics": topic_scores([it.topics for it in items], [p["topics"] for p in preds]),
            "polarity": polarity_scores([it.polarity for it in items], [p["polarity"] for p in preds])}


def keyword_predictions(items, lexicon: str = "codebook") -> list[dict]:
    from .keywords import classify
    out = []
    for it in items:
        pol, topics = classify(it.text, it.input.heading_kind, lexicon)
        out.append({"polarity": pol, "topics": topics})
    return out


def evaluate_tagger(tagger, items) -> dict:
    return score_predictions(items, tagger.predict([it.input for it in items]))


def cv_scores(gold_train, cv) -> dict:
    """Cross-validation figures: out-of-fold predictions, thresholds chosen on the other folds."""
    preds = [{"polarity": p, "topics": [lab for j, lab in enumerate(LABELS) if row[j]]}
             for p, row in zip(cv.polarity_pred, cv.nested_topics)]
    return score_predictions(gold_train, preds)


# the train split is dominated by the departments of one district (report ids pingtan-*, restating each other);
# the CV figures on the other train bodies alone are the closer (if small) estimate for a new region's reports
DOMINANT_FAMILY = "pingtan-"


def other_bodies(items) -> list[int]:
    """Indices of the items whose issuing body is outside the dominant family."""
    return [i for i, it in enumerate(items) if not it.body_group.startswith(DOMINANT_FAMILY)]


def cv_scores_other_bodies(gold_train, cv) -> dict:
    """:func:`cv_scores` restricted to the bodies outside the dominant family (same out-of-fold predictions)."""
    idx = other_bodies(gold_train)
    preds = [{"polarity": cv.polarity_pred[i], "topics": [lab for j, lab in enumerate(LABELS) if cv.nested_topics[i][j]]}
             for i in idx]
    return score_predictions([gold_train[i] for i in idx], preds)


def agreement(annotations=None) -> dict:
    """Inter-annotator agreement: the second annotation (D.jsonl) against the gold (A/B/C) on the same items."""
    from .data import ANNOTATIONS, annotation_records, read_jsonl
    root = annotations or ANNOTATIONS
    gold = {(r["report_id"], r["index"]): r for r in annotation_records(root)}
    second = [r for r in read_jsonl(root / "D.jsonl") if (r["report_id"], r["index"]) in gold]
    first = [gold[(r["report_id"], r["index"])] for r in second]
    topics = topic_scores([r["topics"] for r in first], [r["topics"] for r in second])
    pol = polarity_scores([r["polarity"] for r in first], [r["polarity"] for r in second])
    return {"n": len(second), "micro_f1": topics["micro_f1"], "macro_f1": topics["macro_f1"],
            "polarity_accuracy": pol["accuracy"]}


def summary(scores: dict) -> dict:
    """The three headline figures."""
    return {"micro_f1": scores["topics"]["micro_f1"], "macro_f1": scores["topics"]["macro_f1"],
            "polarity_accuracy": scores["polarity"]["accuracy"]}


# ----------------------------------------------------------------------------------------- printing

def format_scores(title: str, scores: dict, baseline: dict | None = None) -> str:
    lines = [f"{title} (n={scores['n']})", f"  {'label':22s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>4s}"
             + ("  baseline F1" if baseline else "")]
    for lab in LABELS:
        s = scores["topics"]["per_label"][lab]
        extra = f"  {baseline['topics']['per_label'][lab]['f1']:11.3f}" if baseline else ""
        lines.append(f"  {lab:22s} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['support']:4d}{extra}")
    t, p = scores["topics"], scores["polarity"]
    lines.append(f"  topics micro-F1 {t['micro_f1']:.3f}  macro-F1 {t['macro_f1']:.3f}  exact match "
                 f"{t['exact_match']:.3f}")
    lines.append(f"  polarity accuracy {p['accuracy']:.3f}  ("
                 + ", ".join(f"{c} F1 {v['f1']:.2f} n={v['support']}" for c, v in p["per_class"].items()) + ")")
    return "\n".join(lines)


def format_headline(name: str, s: dict) -> str:
    return (f"  {name:38s} micro-F1 {s['micro_f1']:.3f}  macro-F1 {s['macro_f1']:.3f}  "
            f"polarity acc {s['polarity_accuracy']:.3f}")


def evaluate(corpus=None, model_dir=None, rerun_ablation: bool = False) -> dict:
    """Score a saved model on the test split, with the keyword baselines and the ablation."""
    from .data import load_gold, load_synthetic
    from .model import config_from_meta, load_tagger
    tagger = load_tagger(model_dir)
    test = load_gold(corpus, splits=("test",))
    result = {"model": tagger.meta.get("name"), "test": evaluate_tagger(tagger, test),
              "keyword_baseline": score_predictions(test, keyword_predictions(test, "codebook")),
              "keyword_extended": score_predictions(test, keyword_predictions(test, "extended")),
              "cv": tagger.meta.get("metrics", {}).get("cv"),
              "ablation": tagger.meta.get("metrics", {}).get("ablation"), "ablation_rerun": False}
    if rerun_ablation:
        from .train import ablation
        train = load_gold(corpus, splits=("train",))
        result["ablation"] = ablation(train, load_synthetic(), test, config_from_meta(tagger.meta))
        result["ablation_rerun"] = True
    return result


def format_evaluation(result: dict) -> str:
    test, base, ext = result["test"], result["keyword_baseline"], result["keyword_extended"]
    out = [format_scores(f"model {result['model']} on the test split", test, base), "",
           "headline (test split):",
           format_headline("model", summary(test)),
           format_headline("keyword baseline (codebook cues)", summary(base)),
           format_headline("keyword rules (extended lexicon)", summary(ext)),
           f"  macro-F1 margin over the keyword baseline: {summary(test)['macro_f1'] - summary(base)['macro_f1']:+.3f}"
           f"; over the extended rules: {summary(test)['macro_f1'] - summary(ext)['macro_f1']:+.3f}"]
    if result.get("cv"):
        out += ["", "cross-validation on the train split (GroupKFold by body, thresholds chosen on the other folds):",
                format_headline("model", result["cv"])]
    if result.get("ablation"):
        how = "rerun now" if result.get("ablation_rerun") else "recorded at training; --rerun-ablation to recompute"
        out += ["", f"ablation (test split; CV on train) — {how}:"]
        for name, a in result["ablation"].items():
            out.append(format_headline(f"{name} test", a["test"]))
            out.append(format_headline(f"{name} cv", a["cv"]))
    return "\n".join(out)
