"""Model selection for the section 五 tagger: every candidate setting scored by cross-validation on the
train split only (5-fold GroupKFold by issuing body, thresholds chosen on the other folds), never on test.

    python -m nlp.topics.selection --corpus ../shared/corpora/real      # writes models/section5-v1/selection.json
    python -m nlp.topics.selection --corpus ../shared/corpora/real --polarity-by-file    # polarity only, per file
    python -m nlp.topics.selection --corpus ../shared/corpora/real --polarity-round      # round 7's classifiers
    python -m nlp.topics.selection --corpus ../shared/corpora/real --fresh-check         # round 8's fresh files

Each candidate is a :class:`nlp.topics.model.TrainConfig`; the shipped one is ``TrainConfig()`` (the
defaults). Every row is scored twice from the same out-of-fold predictions: on all gold train items, and on
the train bodies outside the dominant family (pingtan-*, ``evaluate.DOMINANT_FAMILY``), the closer if small
estimate for reports of other regions. Round 1 (features v2) picked the best CV topics micro/macro-F1 with
polarity accuracy as the tie-break; round 2 (features v3: tense/modality cues, synthetic batch 3) picked
the best mean of CV topics micro-F1 and CV polarity accuracy (the two targets not met), the other bodies'
figures as the check (the candidates lie within about ±0.005 of each other: a few items). Round 3 asked
one question: does synthetic batch 4 (233 items in the voices of issuers the train split lacks, written
before any model saw them) help, for polarity only or for both models? Rule fixed before the run: adopt
the variant with the best mean of CV micro-F1 and CV polarity if no CV figure falls by more than 0.005.
Round 4 (features v4) added a second yardstick: invented whole sections (108 sections in 9 files, written and
labelled by nine helpers from the codebook in the voices of provinces, cities, counties, townships and
sector departments the train split lacks, before any model saw them; ``corpora/annotations/
synthetic_sections``). Each candidate is trained on the train split plus one half of those files and scored on
the other half, both ways (``held_out_sections``), besides the usual CV. Rule fixed before the run: the best
mean of held-out micro-F1 and held-out polarity accuracy, with no CV figure down by more than 0.005.
Round 5 (features v5: look-back cues ``past_ref``/``past_fix`` and a short same-year fix no longer announcing
rectification) has a fresh yardstick: six more helpers' invented sections (``ROUND5_DEV``: devJ–devO, 60
sections, written after round 4 in new voices and weighted toward the polarity cases the held-out errors of
round 4 showed: rectification in every form, praise/closing/lead-in lines, long mixed points, small bodies'
short sections). Every candidate is trained on the train split plus all earlier synthetic items (devA–devI
included) and scored on devJ–devO (``held_out_files``), besides the usual CV. Rule fixed before the run (before
any model saw those files): the best mean of held-out micro-F1 and polarity accuracy, with no CV figure more
than 0.005 below the round-4 model's (0.874 / 0.851 / 0.985). The polarity cue-weight rows were known to matter
from the ablation (its "without cue tokens" row, printed with test figures in the card); the rule, not those
figures, decides.
Round 6 (same features, more data: the train split's annotations now include the items of three pre-2019
reports whose section 五 the section finder used to miss) has another fresh yardstick: six more helpers'
invented sections (``ROUND6_DEV``: devP–devU, 72 sections, 605 items, written this round in new voices and
weighted toward the cases that still fail: rectification told inline or as a story, lead-in / praise /
principle / closing lines, points mixing a gap and its remedy, short plain sections, headings in other
wordings). The shipped model of round 5 scored 0.894 polarity and 0.810 topics micro-F1 on them. Rule fixed
before the run: the best mean of held-out micro-F1 and polarity accuracy, with no CV figure more than 0.005
below the first row's (round 5's settings on this round's data).
Round 7 (polarity only, same features and data: which classifier) used the quick polarity yardstick
(``polarity_by_file``: every invented file held out in turn, gold items by CV) for every row
(``--polarity-round``, stored under ``polarity_round``). Rule: the best mean of the two accuracies, provided gold CV
is not below the round-6 model's; a ridge classifier (α=0.3) won.
Earlier rounds' tables are kept in selection.json (``previous_rounds``). The card (``nlp.topics.card``) prints both. The CV figures of rows with
synthetic batch 2 are optimistic: that batch was written after reading the cross-validation errors of the
train split.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .features import CUE_FAMILIES
from .model import MODEL_NAME, NO_MODAL_CUE_FAMILIES as NO_MODAL, REPO_MODELS, TrainConfig

V1_CUES = ("context", "topic", "polarity")

T5 = V1_CUES + ("shape", "title")        # the v2 cue families (no tense/modality tokens)

# round 5 (section5-features-v5): the fresh development files, never trained on while choosing
ROUND5_DEV = ("devJ", "devK", "devL", "devM", "devN", "devO")
# round 6: the fresh development files (written this round; never trained on while choosing)
ROUND6_DEV = ("devP", "devQ", "devR", "devS", "devT", "devU")
# (the rows' changes are against the shipped defaults: round 6's winner, polarity C=10, with the logistic regression
# that round 7 replaced; the other rows keep round 5's polarity C=30, as they were run)
_ROUND5 = {"polarity_classifier": "logistic", "polarity_C": 30.0}
CANDIDATES: list[tuple[str, str, dict]] = [
    ("round-5 settings (C=30, polarity cue weight 0.25, char 1–3, words 1–2)", "", _ROUND5),
    ("round 6's winner: polarity C=10", "", {"polarity_classifier": "logistic"}),
    ("polarity C=100", "", {"polarity_classifier": "logistic", "polarity_C": 100.0}),
    ("polarity cue weight 0.5", "", {**_ROUND5, "polarity_cue_weight": None}),
    ("character n-grams 1–4", "", {**_ROUND5, "char_ngram_max": 4}),
    ("word n-grams 1–3", "", {**_ROUND5, "word_ngram_max": 3}),
    ("polarity without class weights", "", {**_ROUND5, "polarity_class_weight": "none"}),
]

# round 7 (polarity only, same features and data): which classifier. Scored by ``polarity_by_file`` (every invented
# file held out in turn, gold items by 5-fold CV grouped by body); rule fixed before the formal run: the best mean of
# the two accuracies, provided gold CV polarity is not below the round-6 model's. Kept in selection.json under
# "polarity_round" (``--polarity-round`` reruns it, ~15 min). Changes are against the shipped defaults (ridge, 0.3).
_LOGISTIC = {"polarity_classifier": "logistic"}
POLARITY_CANDIDATES: list[tuple[str, str, dict]] = [
    ("round-6 model: logistic regression C=10", "", _LOGISTIC),
    ("logistic regression C=3", "", {**_LOGISTIC, "polarity_C": 3.0}),
    ("ridge α=0.1", "", {"polarity_alpha": 0.1}),
    ("shipped: ridge α=0.3", "", {}),
    ("ridge α=1", "", {"polarity_alpha": 1.0}),
    ("ridge α=3", "", {"polarity_alpha": 3.0}),
    ("ridge α=0.3 without class weights", "", {"polarity_class_weight": "none"}),
]

# round 5 (section5-features-v5; kept in selection.json under "previous_rounds"). The rows' changes are against
# the defaults of then, which took the winner: polarity cue weight 0.25
_ROUND4 = {"polarity_cue_weight": None}          # the round-4 settings: the polarity model's cue weight 0.5
CANDIDATES_V5: list[tuple[str, str, dict]] = [
    ("features v5, round-4 settings (C=30, batches 1–5, cue weight 0.5)", "", _ROUND4),
    ("v5 without the past cues (look-back lead-in fix only)", "",
     {**_ROUND4, "cue_families": tuple(f for f in CUE_FAMILIES if f != "past")}),
    ("polarity C=10", "", {**_ROUND4, "polarity_C": 10.0}),
    ("polarity C=100", "", {**_ROUND4, "polarity_C": 100.0}),
    ("shipped: polarity cue weight 0.25", "", {}),
    ("polarity cue weight 1.0", "", {"polarity_cue_weight": 1.0}),
    # the first six rows were the round as planned; cue weight 0.25 won, so the grid went on in that direction
    ("polarity cue weight 0.1", "added after the planned rows", {"polarity_cue_weight": 0.1}),
    ("polarity without cue tokens (weight 0)", "added after the planned rows", {"polarity_cue_weight": 0.0}),
]

# (name, what it tests, changes against the round-4 defaults): round 4 (section5-features-v4). Each row is also
# scored on the train bodies outside the dominant family (pingtan-*) and on the held-out half of the invented
# sections (trained on the other half; both ways). The first six rows were the round as planned (from the
# round-3 settings: C=10, batch 4 for polarity only); the last two changes that won (C=30, batch 4 for both
# models) were then tried together, as the shipped row.
_ROUND3 = {"topic_C": 10.0, "polarity_C": 10.0, "synthetic_batches": (1, 2, 3, 5), "polarity_only_batches": (4,)}
CANDIDATES_V4: list[tuple[str, str, dict]] = [
    ("round-3 settings + invented sections for both models", "C=10, batch 4 for polarity only", _ROUND3),
    ("round-3 settings (no invented sections)", "", {**_ROUND3, "synthetic_batches": (1, 2, 3)}),
    ("round-3 settings + invented sections for polarity only", "",
     {**_ROUND3, "synthetic_batches": (1, 2, 3), "polarity_only_batches": (4, 5)}),
    ("… + C=30", "", {**_ROUND3, "topic_C": 30.0, "polarity_C": 30.0}),
    ("… + C=3", "", {**_ROUND3, "topic_C": 3.0, "polarity_C": 3.0}),
    ("… + synthetic batch 4 for both models", "", {**_ROUND3, "synthetic_batches": (1, 2, 3, 4, 5),
                                                   "polarity_only_batches": ()}),
    ("shipped: … + C=30 + synthetic batch 4 for both models", "", {}),
]

# round 3 (section5-features-v3; kept in selection.json under "previous_rounds")
CANDIDATES_V3_BATCH4: list[tuple[str, str, dict]] = [
    ("shipped: + synthetic batch 4 for polarity only", "", {}),
    ("previous model: synthetic batches 1–3", "", {"polarity_only_batches": ()}),
    ("+ synthetic batch 4 for polarity and topics", "",
     {"synthetic_batches": (1, 2, 3, 4), "polarity_only_batches": ()}),
]

# round 2 (section5-features-v3 with synthetic batches 1–3; kept in selection.json under "previous_rounds")
CANDIDATES_V3: list[tuple[str, str, dict]] = [
    ("shipped: + tense/modality cues, + synthetic batch 3", "", {}),
    ("v2 features + batch 3", "no tense/modality tokens", {"cue_families": T5}),
    ("without synthetic batch 3", "", {"synthetic_batches": (1, 2)}),
    ("modal cues for polarity only", "", {"topic_cue_families": NO_MODAL}),
    ("modal cues for polarity only, polarity cue weight 1", "",
     {"topic_cue_families": NO_MODAL, "polarity_cue_weight": 1.0}),
    ("polarity cue weight 1", "", {"polarity_cue_weight": 1.0}),
    ("near-copies dropped from training (cos ≥ 0.9)", "", {"dedupe_similarity": 0.9}),
]

# round 1 (section5-features-v2, synthetic batches 1–2; the v2 model's selection): kept in selection.json as run
# then, under "previous_rounds"; its "shipped" row is the v2 model, equal to "v2 features" above without batch 3
CANDIDATES_V2: list[tuple[str, str, dict]] = [
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


def held_out_sections(train, sentences, sections, config) -> dict:
    """Train on the train split + ``sentences`` + the invented sections of one half of the files (every other
    file, one helper each), score the sections of the other half; both ways, the two scores averaged (the
    sections' voices are new to the train split: the closer estimate for other regions' reports)."""
    from .evaluate import evaluate_tagger, summary
    from .model import fit_tagger
    names = sorted({_section_file(it) for it in sections})
    halves = (names[0::2], names[1::2])
    scores = []
    for i in (0, 1):
        fit_on = [it for it in sections if _section_file(it) in halves[i]]
        held = [it for it in sections if _section_file(it) in halves[1 - i]]
        tagger, _ = fit_tagger(train, sentences + fit_on, config)
        scores.append(summary(evaluate_tagger(tagger, held)))
    return {k: round(sum(s[k] for s in scores) / 2, 4) for k in scores[0]}


def held_out_files(train, synthetic, dev, config) -> dict:
    """Train on the train split + ``synthetic`` (every synthetic item outside the development files), score
    ``dev`` (the items of invented-section files such as devJ: round 5's fresh yardstick)."""
    from .evaluate import evaluate_tagger, summary
    from .model import fit_tagger
    tagger, _ = fit_tagger(train, synthetic, config)
    return {**summary(evaluate_tagger(tagger, dev)), "n": len(dev)}


def polarity_by_file(train, sentences, sections, config=None, folds: int = 5) -> dict:
    """Polarity only, each invented-section file held out in turn: trained on the gold ``train`` items, the
    ``sentences`` and every other file, scored on that file's sections; the gold items by ``folds``-fold CV
    grouped by body (synthetic items train every fold). One polarity pipeline per fold, no thresholds: about
    a minute for every file, a quick yardstick for a polarity question (the files come from fifteen helpers who
    wrote in voices the train split lacks). Returns accuracy per file, over all sections and over the gold items,
    and the (gold, predicted) pairs of the errors."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    from .model import _groups, build_pipeline, training_frame
    config = config or TrainConfig()
    items = list(train) + list(sentences) + list(sections)
    x = training_frame(items, config)
    y = np.array([it.polarity for it in items])
    group = np.array(["gold"] * len(train) + ["sentence"] * len(sentences) + [_section_file(it) for it in sections])
    held_out = [te for _, te in GroupKFold(n_splits=folds).split(np.arange(len(train)),
                                                                    groups=_groups(train, config))]
    held_out += [np.flatnonzero(group == f) for f in sorted(set(group[len(train) + len(sentences):]))]
    pred = np.empty(len(items), dtype=object)
    for te in held_out:
        fit = np.ones(len(items), dtype=bool)
        fit[te] = False
        pred[te] = build_pipeline(config, "polarity").fit(x.iloc[fit], y[fit]).predict(x.iloc[te])

    def accuracy(mask) -> float:
        return round(float((pred[mask] == y[mask]).mean()), 4) if mask.any() else float("nan")
    files = sorted(set(group[len(train) + len(sentences):]))
    in_sections = np.isin(group, files)
    errors = {}
    for a, b in zip(y[in_sections], pred[in_sections]):
        if a != b:
            errors[f"{a}->{b}"] = errors.get(f"{a}->{b}", 0) + 1
    return {"gold_cv": accuracy(group == "gold"), "gold_items": len(train),
            "sections": accuracy(in_sections), "section_items": int(in_sections.sum()),
            "per_file": {f: accuracy(group == f) for f in files},
            "section_errors": dict(sorted(errors.items(), key=lambda kv: -kv[1]))}


def polarity_round(train, sentences, sections, candidates=POLARITY_CANDIDATES, quiet: bool = False) -> dict:
    """:func:`polarity_by_file` of every candidate: {"rows": [{name, note, changes, gold_cv, sections, mean}]}."""
    rows = []
    for name, note, changes in candidates:
        t0 = time.time()
        r = polarity_by_file(train, sentences, sections, TrainConfig().variant(**changes))
        rows.append({"name": name, "note": note, "changes": changes, "gold_cv": r["gold_cv"],
                     "sections": r["sections"], "mean": round((r["gold_cv"] + r["sections"]) / 2, 4)})
        if not quiet:
            print(f"{name:40s} gold CV {r['gold_cv']:.4f} sections {r['sections']:.4f} ({time.time() - t0:.0f}s)",
                  file=sys.stderr, flush=True)
    return {"gold_items": len(train), "section_items": len(sections), "rows": rows}


ROUND8_FRESH = ("devV", "devW", "devX", "devY", "devZ")      # written after round 7, to check its choice
ROUND9_FRESH = ("devAA", "devAB", "devAC", "devAD")          # written once round 8's files trained the model: a second check


# the fresh check compares the round-6 model with the shipped ridge
FRESH_CANDIDATES = tuple(c for c in POLARITY_CANDIDATES if c[2] in (_LOGISTIC, {}))


def fresh_check(train, sentences, sections, files=ROUND8_FRESH, candidates=FRESH_CANDIDATES) -> dict:
    """Polarity accuracy on the invented-section ``files`` of each candidate (default: the round-6 model and the
    shipped ridge), its polarity pipeline fitted on the train split, the sentences and every other file."""
    import numpy as np

    from .model import build_pipeline, training_frame
    held = [it for it in sections if _section_file(it) in files]
    if not held:
        raise ValueError(f"none of the files {files} is in the synthetic sections")
    fit_on = list(train) + list(sentences) + [it for it in sections if _section_file(it) not in files]
    y = np.array([it.polarity for it in held])
    rows = []
    for name, _, changes in candidates:
        config = TrainConfig().variant(**changes)
        model = build_pipeline(config, "polarity").fit(training_frame(fit_on, config), [it.polarity for it in fit_on])
        pred = model.predict(training_frame(held, config))
        rows.append({"name": name, "changes": changes, "polarity": round(float((pred == y).mean()), 4)})
    return {"files": list(files), "sections": len({it.report_id for it in held}), "items": len(held), "rows": rows}


def _section_file(item) -> str | None:
    """section-devJ-03 → devJ; None for a synthetic sentence."""
    parts = item.report_id.split("-")
    return parts[1] if parts[0] == "section" and len(parts) > 2 else None


def run_selection(corpus=None, candidates=CANDIDATES, quiet: bool = False, previous: dict | None = None,
                  dev_files: tuple[str, ...] = ROUND6_DEV) -> dict:
    """CV figures of every candidate: {"rows": [{name, note, changes, cv: {micro_f1, macro_f1, …}}]}."""
    from .data import load_gold, load_sections, load_sentences
    from .evaluate import cv_scores, cv_scores_other_bodies, summary
    from .model import config_dict, cross_validate
    train = load_gold(corpus, splits=("train",))
    sentences, sections = load_sentences(), load_sections()
    dev = [it for it in sections if _section_file(it) in dev_files]
    sections = [it for it in sections if _section_file(it) not in dev_files]      # never trained on here
    if dev_files and not dev:
        raise ValueError(f"none of the development files {dev_files} is in the synthetic sections")
    synthetic = sentences + sections
    rows = []
    for name, note, changes in candidates:
        t0 = time.time()
        config = TrainConfig().variant(**changes)
        result = cross_validate(train, synthetic, config)
        cv = cv_scores(train, result)
        other = cv_scores_other_bodies(train, result)
        held = (held_out_files(train, synthetic, dev, config) if dev_files
                else held_out_sections(train, sentences, sections, config))
        rows.append({"name": name, "note": note, "changes": {k: list(v) if isinstance(v, tuple) else v
                                                              for k, v in changes.items()},
                     "cv": summary(cv), "cv_other_bodies": {**summary(other), "n": other["n"]},
                     "held_out_sections": held,
                     "cv_per_label_f1": {lab: v["f1"] for lab, v in cv["topics"]["per_label"].items()}})
        if not quiet:
            s = rows[-1]["cv"]
            print(f"{name:40s} CV micro {s['micro_f1']:.4f} macro {s['macro_f1']:.4f} polarity "
                  f"{s['polarity_accuracy']:.4f} | held-out sections micro {held['micro_f1']:.4f} polarity "
                  f"{held['polarity_accuracy']:.4f}  ({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
    out = {"shipped_config": config_dict(TrainConfig()), "train_items": len(train),
           "section_items": len(sections), "dev_files": list(dev_files), "dev_items": len(dev), "rows": rows}
    if previous:
        out["previous_rounds"] = previous
    return out


def _polarity_data(corpus) -> tuple[list, list, list]:
    """(gold train items, synthetic sentences, invented-section items): what the polarity yardsticks read."""
    from .data import load_gold, load_sections, load_sentences
    return load_gold(corpus, splits=("train",)), load_sentences(), load_sections()


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m nlp.topics.selection", description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", metavar="DIR", help="the real corpus (default $NIANBAO_CORPUS or ../shared/corpora/real)")
    p.add_argument("--out", metavar="FILE", default=str(REPO_MODELS / MODEL_NAME / "selection.json"),
                   help="where to write the table (default: the shipped model's selection.json)")
    p.add_argument("--fresh-check", action="store_true",
                   help="polarity of the round-6 model and the shipped ridge on the round-8 files (ROUND8_FRESH, or "
                        "--files), each fitted on everything else (prints JSON, writes nothing)")
    p.add_argument("--files", metavar="NAMES", default=",".join(ROUND8_FRESH),
                   help="with --fresh-check: the invented-section files to score, comma-separated (round 9: "
                        + ",".join(ROUND9_FRESH) + ")")
    p.add_argument("--polarity-round", action="store_true",
                   help="score the polarity classifiers of POLARITY_CANDIDATES with polarity_by_file and store the "
                        "table in the selection file under \"polarity_round\" (the rest of it is kept)")
    p.add_argument("--polarity-by-file", action="store_true",
                   help="only score polarity with each invented-section file held out in turn (polarity_by_file; "
                        "prints JSON, writes nothing)")
    args = p.parse_args(argv)
    if args.polarity_by_file or args.fresh_check:
        data = _polarity_data(args.corpus)
        out = polarity_by_file(*data) if args.polarity_by_file else \
            fresh_check(*data, files=tuple(f for f in args.files.split(",") if f))
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    if args.polarity_round:
        old = json.loads(Path(args.out).read_text(encoding="utf-8")) if Path(args.out).is_file() else {}
        old["polarity_round"] = polarity_round(*_polarity_data(args.corpus))
        Path(args.out).write_text(json.dumps(old, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
        return 0
    previous = None
    if Path(args.out).is_file():
        old = json.loads(Path(args.out).read_text(encoding="utf-8"))
        previous = old.get("previous_rounds")
        if previous is None and old.get("shipped_config", {}).get("synthetic_batches") == [1, 2]:
            previous = {"section5-features-v2": {k: old[k] for k in ("shipped_config", "train_items", "rows")}}
        elif "polarity_only_batches" not in old.get("shipped_config", {}):
            # the table of round 2 (features v3, synthetic batches 1–3) becomes a previous round
            previous = {**(previous or {}),
                        "section5-features-v3": {k: old[k] for k in ("shipped_config", "train_items", "rows")}}
        elif old.get("dev_files") == list(ROUND5_DEV):
            # the table of round 5 (features v5, held-out devJ–devO) becomes a previous round
            previous = {**(previous or {}), "section5-features-v5": {
                k: old[k] for k in ("shipped_config", "train_items", "section_items", "dev_files", "dev_items", "rows")}}
        elif "dev_files" not in old and "section_items" in old:
            # the table of round 4 (features v4, held-out halves of devA–devI) becomes a previous round
            previous = {**(previous or {}), "section5-features-v4": {
                k: old[k] for k in ("shipped_config", "train_items", "section_items", "rows")}}
        elif "section_items" not in old:
            # the table of round 3 (features v3, synthetic batch 4) becomes a previous round
            previous = {**(previous or {}),
                        "section5-features-v3-batch4": {k: old[k] for k in ("shipped_config", "train_items", "rows")}}
    result = run_selection(args.corpus, previous=previous)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
