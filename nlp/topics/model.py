"""The section 五 models: train, save, load (verified), predict.

Two scikit-learn pipelines over the three views of ``nlp.topics.features`` (words, chars, cues):

- polarity: ``RidgeClassifier`` (balanced class weights; selection round 7; rounds 1–6 shipped a multinomial
  ``LogisticRegression``, still ``TrainConfig(polarity_classifier="logistic")``), one of problem / improvement /
  rectification / other, with scores softmax(scale × decision values), the scale fitted to the cross-validated
  decisions (:func:`choose_polarity_scale`; 1 for logistic regression, whose probabilities these are);
- topics: ``OneVsRestClassifier(LogisticRegression)`` (balanced class weights), one probability per topic,
  then per-label thresholds chosen by cross-validation on the train split (GroupKFold, one group per
  issuing body, so that a body's reports of different years are never on both sides of a fold), at least
  one topic per item, and ``generic`` alone (codebook T7).

The saved ``model.joblib`` is a dict of the two pipelines: stock scikit-learn classes only. ``meta.json``
beside it records the library versions, the data hash, labels, thresholds, metrics, the segmentation
dictionary's hash and the sha256 of ``model.joblib``. :func:`load_tagger` checks the hash **before**
unpickling (joblib runs code on load) and refuses another major.minor of scikit-learn, numpy, scipy or
jieba than recorded (coded errors E020–E025).
"""
from __future__ import annotations

import io
import json
import os
import platform
import zipfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from ..errors import Errors, NianbaoError
from ..segment import DICT_VERSION, dict_sha256
from .features import CUE_FAMILIES, COLUMNS, FEATURE_VERSION, ItemInput, Views, fingerprint, frame, views
from .fast import softmax
from .files import (INFERENCE_FILE, META_FILE, MODEL_FILE, MODEL_NAME, PACKAGE_DIR, PACKAGE_MODELS,  # noqa: F401
                    REPO_MODELS, file_sha256, find_model_dir, installed_version, model_search_path, read_hashed,
                    read_meta)
from .labels import GENERIC, LABELS

# every cue family but the tense/modality tokens (a candidate of the selection: those tokens for polarity only)
NO_MODAL_CUE_FAMILIES = tuple(f for f in CUE_FAMILIES if f != "modal")

TAGGER_VERSION = "nianbao-section5-tagger-v1"
CHECKED_LIBRARIES = ("scikit-learn", "numpy", "scipy", "jieba")


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides a trained model besides the data (recorded in meta.json)."""
    topic_C: float = 30.0
    # the polarity classifier: "ridge" (RidgeClassifier, round 7) or "logistic" (LogisticRegression, rounds 1–6)
    polarity_classifier: str = "ridge"
    polarity_alpha: float = 0.3      # the ridge penalty (round 7, every invented file held out in turn)
    polarity_C: float = 10.0         # the logistic model's (round 6: held-out devP–devU; rounds 4–5 had 30)
    cue_weight: float = 0.5          # weight of the cue-token block against the two tf-idf blocks
    # the polarity model's cue weight (None: cue_weight); 0.25 won selection round 5 (held-out invented sections)
    polarity_cue_weight: float | None = 0.25
    topic_class_weight: str = "balanced"       # "balanced" or "none"
    polarity_class_weight: str = "balanced"
    word_features: bool = True       # jieba words (the ablation turns this off)
    word_ngram_max: int = 2
    char_features: bool = True
    char_ngram_min: int = 1
    char_ngram_max: int = 3
    cue_features: bool = True
    cue_families: tuple[str, ...] = CUE_FAMILIES   # which cue tokens training reads (features.CUE_FAMILIES)
    # the topic model reads only these of them (None: all of ``cue_families``); the polarity model reads all
    topic_cue_families: tuple[str, ...] | None = None
    synthetic: bool = True           # add our own items (nlp.topics.data.load_synthetic) to every training fold
    # which batches: 1–4 the sentences of synthetic_items.jsonl (1: the first 100), 5 the items of the invented
    # whole sections (corpora/annotations/synthetic_sections, with their headings and lead-ins)
    synthetic_batches: tuple[int, ...] = (1, 2, 3, 4, 5)
    # batches that train the polarity model only (their topics are not learnt from; round 3 kept batch 4 here)
    polarity_only_batches: tuple[int, ...] = ()
    folds: int = 5
    group: str = "body"              # GroupKFold groups: "body" (all years of one body) or "report"
    # drop gold training items whose character 2–3-gram tf-idf cosine to an earlier kept item of the same
    # training set reaches this (bodies restate last year's text); None keeps every item
    dedupe_similarity: float | None = None
    threshold_low: float = 0.3
    threshold_high: float = 0.7
    threshold_step: float = 0.02
    threshold_penalty: float = 0.05  # F1 points given up per unit of distance from 0.5 (shrinks thresholds)
    max_iter: int = 5000

    def variant(self, **changes) -> TrainConfig:
        return replace(self, **changes)


# ----------------------------------------------------------------------------------------- pipelines

def build_pipeline(config: TrainConfig, kind: str):
    """An unfitted pipeline for ``kind`` = "polarity" or "topics" (stock scikit-learn classes only)."""
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression, RidgeClassifier
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline

    if kind not in ("polarity", "topics"):
        raise ValueError(f"The 'kind' parameter of build_pipeline must be one of ('polarity', 'topics'). "
                         f"Got {kind!r} instead.")
    blocks = []
    if config.word_features:
        blocks.append(("words", TfidfVectorizer(token_pattern=r"\S+", ngram_range=(1, config.word_ngram_max),
                                                lowercase=False, sublinear_tf=True), "words"))
    if config.char_features:
        blocks.append(("chars", TfidfVectorizer(analyzer="char", ngram_range=(config.char_ngram_min,
                                                                             config.char_ngram_max),
                                                sublinear_tf=True), "chars"))
    if config.cue_features:
        blocks.append(("cues", CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True), "cues"))
    if not blocks:
        raise ValueError("TrainConfig turns every feature block off; keep at least one.")
    cue_weight = config.cue_weight
    if kind == "polarity" and config.polarity_cue_weight is not None:
        cue_weight = config.polarity_cue_weight
    features = ColumnTransformer(blocks, transformer_weights={"cues": cue_weight})
    if kind == "polarity" and config.polarity_classifier == "ridge":
        clf = RidgeClassifier(alpha=config.polarity_alpha, class_weight=_class_weight(config.polarity_class_weight))
    elif kind == "polarity" and config.polarity_classifier == "logistic":
        clf = LogisticRegression(C=config.polarity_C, class_weight=_class_weight(config.polarity_class_weight),
                                 max_iter=config.max_iter)
    elif kind == "polarity":
        raise ValueError(f"polarity classifier must be 'ridge' or 'logistic', not {config.polarity_classifier!r}")
    else:
        clf = OneVsRestClassifier(LogisticRegression(C=config.topic_C,
                                                     class_weight=_class_weight(config.topic_class_weight),
                                                     max_iter=config.max_iter))
    return Pipeline([("features", features), ("clf", clf)])


def _class_weight(name: str):
    if name not in ("balanced", "none"):
        raise ValueError(f"class weight must be 'balanced' or 'none', not {name!r}")
    return "balanced" if name == "balanced" else None


def topic_matrix(topics: Sequence[Sequence[str]]) -> np.ndarray:
    """0/1 matrix, one column per label in LABELS order."""
    idx = {lab: j for j, lab in enumerate(LABELS)}
    y = np.zeros((len(topics), len(LABELS)), dtype=int)
    for i, ts in enumerate(topics):
        for t in ts:
            y[i, idx[t]] = 1
    return y


def decode_topics(scores: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """0/1 topic matrix from probabilities: every label at or above its threshold; none above → the label
    highest relative to its threshold; ``generic`` only alone (kept when it is the strongest, else dropped)."""
    scores = np.asarray(scores, dtype=float)
    pred = (scores >= thresholds).astype(int)
    if not len(pred):
        return pred
    rel = scores / thresholds
    g = LABELS.index(GENERIC)
    empty = np.flatnonzero(~pred.any(axis=1))
    pred[empty, rel[empty].argmax(axis=1)] = 1
    mixed = np.flatnonzero(pred[:, g].astype(bool) & (pred.sum(axis=1) > 1))
    if len(mixed):
        others = np.where(pred[mixed].astype(bool), rel[mixed], -np.inf)
        others[:, g] = -np.inf
        alone = rel[mixed, g] >= others.max(axis=1)
        pred[mixed[alone]] = 0
        pred[mixed, g] = alone.astype(int)
    return pred


SCALE_GRID = np.geomspace(0.25, 64.0, 81)


def choose_polarity_scale(decision: np.ndarray, classes: Sequence[str], gold: Sequence[str]) -> float:
    """The scale s (on a log grid) whose softmax(s × decision) gives the cross-validated decisions the least log
    loss: probabilities for a classifier whose decision values are not (a ridge model). The argmax, and so the
    predicted polarity, is the same for every s."""
    idx = np.array([list(classes).index(g) for g in gold])
    rows = np.arange(len(idx))
    loss = [-np.log(np.clip(softmax(s * decision)[rows, idx], 1e-12, None)).mean() for s in SCALE_GRID]
    return float(SCALE_GRID[int(np.argmin(loss))])


def choose_threshold(y: np.ndarray, scores: np.ndarray, config: TrainConfig) -> float:
    """The grid threshold with the best F1 minus ``threshold_penalty`` × its distance from 0.5."""
    from sklearn.metrics import f1_score
    grid = np.round(np.arange(config.threshold_low, config.threshold_high + 1e-9, config.threshold_step), 4)
    gain = np.array([f1_score(y, scores >= t, zero_division=0) for t in grid])
    gain -= config.threshold_penalty * np.abs(grid - 0.5)
    return float(grid[int(gain.argmax())])


def choose_thresholds(y: np.ndarray, scores: np.ndarray, config: TrainConfig) -> np.ndarray:
    return np.array([choose_threshold(y[:, j], scores[:, j], config) for j in range(y.shape[1])])


# ----------------------------------------------------------------------------------------- the tagger

@dataclass
class Tagger:
    """Both fitted pipelines, the topic thresholds and the metadata they were saved with.

    Predictions go through the compiled form of the pipelines (``nlp.topics.fast``: one vectorisation and one
    matrix product per batch for both models), read from ``inference.npz`` when the tagger was loaded from
    disk (then the pipelines themselves are unpickled only when asked for) or built on first use;
    ``engine="pipeline"`` runs the scikit-learn pipelines themselves (the reference; same probabilities to
    rounding)."""
    _polarity_model: object
    _topic_model: object
    thresholds: np.ndarray
    meta: dict = field(default_factory=dict)
    model_path: Path | None = None   # model.joblib (verified), unpickled on first use of the pipelines
    # polarity probabilities are softmax(polarity_scale × the polarity model's decision values): 1 for logistic
    # regression (its own probabilities); for a ridge model, the scale that fits the cross-validated decisions best
    polarity_scale: float = 1.0
    _compiled: object = field(default=None, init=False, repr=False, compare=False)

    def _pipelines(self) -> None:
        if self._polarity_model is None or self._topic_model is None:
            if self.model_path is None:
                raise NianbaoError(Errors.E020, detail="a tagger without its pipelines or model file")
            # checked again on the bytes unpickled: the file may have changed since the load
            data = _verified(self.model_path, self.meta.get("model_sha256"))
            import joblib
            models = joblib.load(io.BytesIO(data))
            self._polarity_model, self._topic_model = models["polarity"], models["topics"]

    @property
    def polarity_model(self):
        self._pipelines()
        return self._polarity_model

    @property
    def topic_model(self):
        self._pipelines()
        return self._topic_model

    @property
    def labels(self) -> tuple[str, ...]:
        return LABELS

    @property
    def polarities(self) -> tuple[str, ...]:
        if self._polarity_model is None and self.meta.get("labels", {}).get("polarity"):
            return tuple(self.meta["labels"]["polarity"])
        return tuple(str(c) for c in self.polarity_model.classes_)

    @property
    def compiled(self):
        """The compiled models (``nlp.topics.fast.CompiledTagger``), or None when they cannot be compiled."""
        if self._compiled is None:
            from .fast import compile_tagger
            self._compiled = compile_tagger(self.polarity_model, self.topic_model, self.polarity_scale) or False
        return self._compiled or None

    def predict_proba(self, inputs: Sequence[ItemInput] | Views,
                      engine: str = "compiled") -> tuple[np.ndarray, np.ndarray]:
        """(polarity probabilities in ``polarities`` order, topic probabilities in LABELS order).

        ``engine``: "compiled" (the default; falls back to the pipelines when the models cannot be compiled)
        or "pipeline"."""
        if engine not in ("compiled", "pipeline"):
            raise ValueError(f"The 'engine' parameter of predict_proba must be one of ('compiled', 'pipeline'). "
                             f"Got {engine!r} instead.")
        if not len(inputs):
            return np.zeros((0, len(self.polarities))), np.zeros((0, len(LABELS)))
        v = inputs if isinstance(inputs, Views) else views(inputs)
        compiled = self.compiled if engine == "compiled" else None
        if compiled is not None:
            return compiled.predict_proba(v)
        x = frame(v)
        pol = softmax(self.polarity_scale * self.polarity_model.decision_function(x))
        return pol, self.topic_model.predict_proba(x)

    def predict(self, inputs: Sequence[ItemInput] | Views, engine: str = "compiled") -> list[dict]:
        """One dict per input: polarity, topics (LABELS order), scores (every label → probability)."""
        pol, top = self.predict_proba(inputs, engine)
        n = len(pol)
        if not n:
            return []
        chosen = decode_topics(top, self.thresholds).tolist()
        polarities = self.polarities
        names = polarities + LABELS
        best = pol.argmax(axis=1).tolist()
        # np.round: rint(x·10⁴)/10⁴, the value Python's round(x, 4) gives except in exact half-way cases
        scores = np.round(np.hstack([pol, top]), 4).tolist()
        return [{"polarity": polarities[b],
                 "topics": [lab for lab, on in zip(LABELS, row) if on],
                 "scores": dict(zip(names, sc))}
                for b, row, sc in zip(best, chosen, scores)]


# ----------------------------------------------------------------------------------------- training

@dataclass
class CVResult:
    topic_scores: np.ndarray         # out-of-fold probabilities, gold train items
    polarity_pred: list[str]         # out-of-fold polarity
    polarity_decision: np.ndarray    # out-of-fold polarity decision values (columns: polarity_classes)
    polarity_classes: tuple[str, ...]
    thresholds: np.ndarray           # chosen on all out-of-fold scores (the shipped thresholds)
    nested_topics: np.ndarray        # out-of-fold topics decoded with thresholds chosen on the other folds


def _groups(items, config: TrainConfig) -> list[str]:
    return [it.body_group if config.group == "body" else it.report_group for it in items]


def training_synthetic(synthetic, config: TrainConfig, kind: str = "topics") -> list:
    """The synthetic items ``config`` trains the ``kind`` model ("topics" or "polarity") on."""
    if not config.synthetic:
        return []
    batches = set(config.synthetic_batches)
    if kind == "polarity":
        batches |= set(config.polarity_only_batches)
    else:
        batches -= set(config.polarity_only_batches)
    return [it for it in synthetic if it.batch in batches]


def training_frame(items, config: TrainConfig):
    return frame([it.input for it in items], cue_families=config.cue_families)


def topic_families(config: TrainConfig) -> tuple[str, ...]:
    """The cue families the topic model reads: ``cue_families`` narrowed to ``topic_cue_families``."""
    if config.topic_cue_families is None:
        return tuple(config.cue_families)
    return tuple(f for f in config.cue_families if f in config.topic_cue_families)


def topic_frame(x, config: TrainConfig):
    """``x`` (a :func:`training_frame`) with the cue tokens the topic model does not read taken out (at
    inference the topic model's fitted vocabulary ignores them)."""
    keep = topic_families(config)
    if set(keep) == set(config.cue_families):
        return x
    from .features import cue_family
    x = x.copy()
    x["cues"] = [" ".join(t for t in c.split() if cue_family(t) in keep) for c in x["cues"]]
    return x


def dedupe_mask(texts: Sequence[str], similarity: float | None) -> np.ndarray:
    """True for the items kept: each text whose cosine (character 2–3-gram tf-idf) to an earlier kept text
    reaches ``similarity`` is dropped (the first of every group of near-copies stays)."""
    keep = np.ones(len(texts), dtype=bool)
    if similarity is None or len(texts) < 2:
        return keep
    from sklearn.feature_extraction.text import TfidfVectorizer
    x = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True).fit_transform(texts)
    sim = (x @ x.T).toarray()
    for i in range(1, len(texts)):
        if (sim[i, :i][keep[:i]] >= similarity).any():
            keep[i] = False
    return keep


def cross_validate(gold_train, synthetic, config: TrainConfig) -> CVResult:
    """Out-of-fold scores on the gold train items (synthetic items join every training fold only)."""
    from sklearn.model_selection import GroupKFold
    x = training_frame(gold_train, config)
    y_top = topic_matrix([it.topics for it in gold_train])
    y_pol = np.array([it.polarity for it in gold_train])
    syn = training_synthetic(synthetic, config, "topics")
    syn_pol = training_synthetic(synthetic, config, "polarity")
    xs = training_frame(syn_pol, config) if syn_pol else None
    xst = topic_frame(training_frame(syn, config), config) if syn else None
    xt = topic_frame(x, config)
    folds = list(GroupKFold(n_splits=config.folds).split(x, y_pol, _groups(gold_train, config)))
    oof = np.zeros(y_top.shape)
    classes = tuple(sorted(set(y_pol) | {it.polarity for it in syn_pol}))
    dec = np.full((len(gold_train), len(classes)), -1e9)     # a class a fold never saw: never chosen
    texts = [it.text for it in gold_train]
    for train_idx, test_idx in folds:
        train_idx = train_idx[dedupe_mask([texts[i] for i in train_idx], config.dedupe_similarity)]
        xa, xta, ya_top, ya_pol = x.iloc[train_idx], xt.iloc[train_idx], y_top[train_idx], y_pol[train_idx]
        if syn:
            import pandas as pd
            xta = pd.concat([xta, xst], ignore_index=True)
            ya_top = np.vstack([ya_top, topic_matrix([it.topics for it in syn])])
        if syn_pol:
            import pandas as pd
            xa = pd.concat([xa, xs], ignore_index=True)
            ya_pol = np.concatenate([ya_pol, [it.polarity for it in syn_pol]])
        oof[test_idx] = build_pipeline(config, "topics").fit(xta, ya_top).predict_proba(xt.iloc[test_idx])
        pol_model = build_pipeline(config, "polarity").fit(xa, ya_pol)
        d = pol_model.decision_function(x.iloc[test_idx])
        if d.ndim == 1:                                        # two classes: one decision value
            d = np.column_stack([-d, d]) / 2
        dec[np.ix_(test_idx, [classes.index(str(c)) for c in pol_model.classes_])] = d
    nested = np.zeros_like(y_top)
    for train_idx, test_idx in folds:
        thr = choose_thresholds(y_top[train_idx], oof[train_idx], config)
        nested[test_idx] = decode_topics(oof[test_idx], thr)
    pol = [classes[j] for j in dec.argmax(axis=1)]
    return CVResult(oof, pol, dec, classes, choose_thresholds(y_top, oof, config), nested)


def fit_tagger(gold_train, synthetic, config: TrainConfig = TrainConfig(),
               thresholds: np.ndarray | None = None) -> tuple[Tagger, CVResult | None]:
    """Cross-validate (for the thresholds), then fit both pipelines on all train items (+ synthetic)."""
    cv = None
    if thresholds is None:
        cv = cross_validate(gold_train, synthetic, config)
        thresholds = cv.thresholds
    keep = dedupe_mask([it.text for it in gold_train], config.dedupe_similarity)
    gold = [it for it, k in zip(gold_train, keep) if k]
    items = gold + training_synthetic(synthetic, config, "topics")
    topic_model = build_pipeline(config, "topics").fit(topic_frame(training_frame(items, config), config),
                                                       topic_matrix([it.topics for it in items]))
    items = gold + training_synthetic(synthetic, config, "polarity")
    polarity_model = build_pipeline(config, "polarity").fit(training_frame(items, config),
                                                            [it.polarity for it in items])
    scale = 1.0          # given thresholds (no cross-validation): a ridge model's scores keep scale 1
    if config.polarity_classifier != "logistic" and cv is not None:
        scale = choose_polarity_scale(cv.polarity_decision, cv.polarity_classes, [it.polarity for it in gold_train])
    return Tagger(polarity_model, topic_model, np.asarray(thresholds, dtype=float), polarity_scale=scale), cv


# ----------------------------------------------------------------------------------------- persistence

def library_versions() -> dict[str, str]:
    import jieba
    import joblib
    import scipy
    import sklearn
    return {"scikit-learn": sklearn.__version__, "numpy": np.__version__, "scipy": scipy.__version__,
            "jieba": jieba.__version__, "joblib": joblib.__version__, "python": platform.python_version()}


def installed_versions() -> dict[str, str]:
    """The installed versions of :data:`CHECKED_LIBRARIES`, from package metadata (nothing is imported; an
    uninstalled one is "")."""
    out = {lib: installed_version(lib) for lib in CHECKED_LIBRARIES}
    unclear = [lib for lib, v in out.items() if v is None]
    if unclear:
        from importlib.metadata import PackageNotFoundError, version
        for lib in unclear:
            try:
                out[lib] = version(lib)
            except PackageNotFoundError:
                out[lib] = ""
    return out


def _series(version: str) -> str:
    return ".".join(version.split(".")[:2])


def save_tagger(tagger: Tagger, out_dir: str | os.PathLike, meta: dict | None = None) -> Path:
    """Write model.joblib and meta.json (with the file's sha256) to ``out_dir``; returns the directory."""
    import joblib
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / MODEL_FILE
    joblib.dump({"polarity": tagger.polarity_model, "topics": tagger.topic_model}, path, compress=3)
    inference = {}
    if tagger.compiled is not None:
        from .fast import save_compiled
        save_compiled(tagger.compiled, out / INFERENCE_FILE, tagger.polarities)
        inference = {"inference_file": INFERENCE_FILE, "inference_sha256": file_sha256(out / INFERENCE_FILE)}
    else:
        (out / INFERENCE_FILE).unlink(missing_ok=True)
    full = {
        "name": out.name,
        "tagger_version": TAGGER_VERSION,
        "feature_version": FEATURE_VERSION,
        "feature_fingerprint": fingerprint(),
        "feature_columns": list(COLUMNS),
        "labels": {"polarity": list(tagger.polarities), "topics": list(LABELS)},
        "thresholds": {lab: float(t) for lab, t in zip(LABELS, tagger.thresholds)},
        "libraries": library_versions(),
        "segdict": {"version": DICT_VERSION, "sha256": dict_sha256()},
        **(meta or {}),
        "polarity_scale": tagger.polarity_scale,
        "model_file": MODEL_FILE,
        "model_sha256": file_sha256(path),
        **inference,
    }
    (out / META_FILE).write_text(json.dumps(full, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tagger.meta = full
    return out


def check_meta(meta: dict, model_dir: Path) -> None:
    """Refuse what this code cannot run the same way: other library series, dictionary, features, labels."""
    installed = installed_versions()
    for lib in CHECKED_LIBRARIES:
        recorded = str(meta["libraries"].get(lib, ""))
        if _series(recorded) != _series(installed[lib]):
            raise NianbaoError(Errors.E022, source=str(model_dir), package=lib, recorded=recorded or "?",
                               installed=installed[lib], series=_series(recorded) or "?")
    if meta["segdict"].get("sha256") != dict_sha256():
        raise NianbaoError(Errors.E025, source=str(model_dir),
                           detail=f"trained with segmentation dictionary {meta['segdict'].get('version')} "
                                  f"sha256 {str(meta['segdict'].get('sha256'))[:12]}…, this package has "
                                  f"{DICT_VERSION} sha256 {dict_sha256()[:12]}…")
    if meta["feature_version"] != FEATURE_VERSION or meta["feature_fingerprint"] != fingerprint():
        raise NianbaoError(Errors.E025, source=str(model_dir),
                           detail=f"features {meta['feature_version']} ({meta['feature_fingerprint'][:12]}…), this "
                                  f"package builds {FEATURE_VERSION} ({fingerprint()[:12]}…): the cue lists or "
                                  f"features changed since training")
    if tuple(meta["labels"].get("topics", ())) != LABELS:
        raise NianbaoError(Errors.E025, source=str(model_dir), detail="its topic labels are not this package's")


def load_tagger(model_dir: str | os.PathLike | None = None) -> Tagger:
    """Load a saved tagger after checking its sha256 and library versions (nothing is unpickled before).

    With an ``inference.npz`` recorded in meta.json (and its sha256 right), predictions need only numpy: the
    pipelines in ``model.joblib`` are unpickled only if asked for (``engine="pipeline"``, training tools)."""
    d = Path(model_dir) if model_dir is not None else find_model_dir()
    meta = read_meta(d)
    path = d / meta.get("model_file", MODEL_FILE)
    if not path.is_file():
        raise NianbaoError(Errors.E020, detail=str(path))
    if file_sha256(path) != meta["model_sha256"]:       # (streamed: the pipelines are unpickled later, if at all)
        raise NianbaoError(Errors.E021, source=str(d), detail=path.name)
    try:                                                    # a field of the wrong kind or value: E025 too
        check_meta(meta, d)
        thresholds = np.array([float(meta["thresholds"][lab]) for lab in LABELS], dtype=float)
        scale = float(meta.get("polarity_scale", 1.0))      # models before the ridge (round 7) record none: 1
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise NianbaoError(Errors.E025, source=str(d), detail=f"meta.json: {type(exc).__name__}: {exc}") from None
    tagger = Tagger(None, None, thresholds, meta, model_path=path, polarity_scale=scale)
    if not meta.get("inference_file"):
        tagger._pipelines()                                  # no compiled form: the pipelines are the model
        return tagger
    inference = d / meta["inference_file"]
    if not inference.is_file():
        raise NianbaoError(Errors.E020, detail=str(inference))
    arrays = _verified(inference, meta.get("inference_sha256"))
    from .fast import NotCompilable, load_compiled
    try:
        compiled, polarities = load_compiled(io.BytesIO(arrays))
    except (NotCompilable, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise NianbaoError(Errors.E025, source=str(d), detail=f"{inference.name}: {exc}") from None
    if tuple(polarities) != tuple(meta["labels"].get("polarity", ())):
        raise NianbaoError(Errors.E025, source=str(d), detail=f"{inference.name}: polarity classes differ")
    tagger._compiled = compiled
    return tagger


def _verified(path: Path, sha256: str | None) -> bytes:
    """The bytes of a model file, read once and checked against the sha256 meta.json records (E021 otherwise):
    what is loaded is what was checked."""
    data, digest = read_hashed(path)
    if digest != sha256:
        raise NianbaoError(Errors.E021, source=str(path.parent), detail=path.name)
    return data


def config_from_meta(meta: dict) -> TrainConfig:
    known = TrainConfig.__dataclass_fields__
    return TrainConfig(**{k: tuple(v) if isinstance(v, list) else v
                          for k, v in meta.get("config", {}).items() if k in known})


def config_dict(config: TrainConfig) -> dict:
    return asdict(config)
