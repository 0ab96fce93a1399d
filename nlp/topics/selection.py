"""Model selection for the section 五 tagger: every candidate setting scored by cross-validation on the
train split only (5-fold GroupKFold by issuing body, thresholds chosen on the other folds), never on test.

    python -m nlp.topics.selection --corpus ../shared/corpora/real      # writes models/section5-v1/selection.json

Each candidate is a :class:`nlp.topics.model.TrainConfig`; the shipped one is ``TrainConfig()`` (the
defaults), picked as the best CV topics micro/macro-F1 among these, with polarity accuracy as the tie-break.
The card (``nlp.topics.card``) prints the table. The CV figures of rows with synthetic batch 2 are optimistic:
that batch was written after reading the cross-validation errors of the train split.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .model import MODEL_NAME, REPO_MODELS, TrainConfig

V1_CUES = ("context", "topic", "polarity")

# (name, what it tests, changes against the shipped defaults)
CANDIDATES: list[tuple[str, str, dict]] = [
    ("previous model (v1)", "C=20, v1 cues, synthetic batch 1",
     {"topic_C": 20.0, "polarity_C": 20.0, "cue_families": V1_CUES, "synthetic_batches": (1,)}),
    ("+ synthetic batch 2", "v1 cues, C=20",
     {"topic_C": 20.0, "polarity_C": 20.0, "cue_families": V1_CUES}),
    ("+ shape cues", "C=20", {"topic_C": 20.0, "polarity_C": 20.0,
                              "cue_families": V1_CUES + ("shape",)}),
    ("+ shape and title cues", "C=20", {"topic_C": 20.0, "polarity_C": 20.0}),
    ("shipped: + C=10", "", {}),
    ("C=5", "", {"topic_C": 5.0, "polarity_C": 5.0}),
    ("C=50", "", {"topic_C": 50.0, "polarity_C": 50.0}),
    ("cue weight 0.35", "", {"cue_weight": 0.35}),
    ("cue weight 0.75", "", {"cue_weight": 0.75}),
    ("thresholds not shrunk to 0.5", "", {"threshold_penalty": 0.0}),
    ("char n-grams 1-4", "", {"char_ngram_max": 4}),
    ("no class weights", "", {"topic_class_weight": "none", "polarity_class_weight": "none"}),
]


def run_selection(corpus=None, candidates=CANDIDATES, quiet: bool = False) -> dict:
    """CV figures of every candidate: {"rows": [{name, note, changes, cv: {micro_f1, macro_f1, …}}]}."""
    from .data import load_gold, load_synthetic
    from .evaluate import cv_scores, summary
    from .model import config_dict, cross_validate
    train = load_gold(corpus, splits=("train",))
    synthetic = load_synthetic()
    rows = []
    for name, note, changes in candidates:
        t0 = time.time()
        config = TrainConfig().variant(**changes)
        cv = cv_scores(train, cross_validate(train, synthetic, config))
        rows.append({"name": name, "note": note, "changes": {k: list(v) if isinstance(v, tuple) else v
                                                              for k, v in changes.items()},
                     "cv": summary(cv),
                     "cv_per_label_f1": {lab: v["f1"] for lab, v in cv["topics"]["per_label"].items()}})
        if not quiet:
            s = rows[-1]["cv"]
            print(f"{name:32s} micro {s['micro_f1']:.4f} macro {s['macro_f1']:.4f} polarity "
                  f"{s['polarity_accuracy']:.4f}  ({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
    return {"shipped_config": config_dict(TrainConfig()), "train_items": len(train), "rows": rows}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m nlp.topics.selection", description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", metavar="DIR", help="the real corpus (default $NIANBAO_CORPUS or ../shared/corpora/real)")
    p.add_argument("--out", metavar="FILE", default=str(REPO_MODELS / MODEL_NAME / "selection.json"),
                   help="where to write the table (default: the shipped model's selection.json)")
    args = p.parse_args(argv)
    result = run_selection(args.corpus)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
