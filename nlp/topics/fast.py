"""The tagger's inference path: the fitted scikit-learn pipelines compiled into a few numpy arrays.

Calling ``Pipeline.predict_proba`` costs ~5 ms per call before any item is read (input validation of the
DataFrame, the ColumnTransformer, one ``check_array`` per one-vs-rest estimator), and the two pipelines
vectorise the same text twice. :class:`CompiledTagger` reads the vocabularies, idf weights, block weights
and coefficients out of the fitted pipelines once (at load) and then, for a whole batch:

1. turns every item's views (``nlp.topics.features.Views``: word tokens, normalised text, cue tokens) into
   vocabulary ids with one dictionary lookup per n-gram (the n-grams exactly as scikit-learn's analyzers
   build them: whitespace-free word tokens, ``lowercase``, char n-grams of the normalised text);
2. counts them with one ``np.unique`` over (item, feature) keys, applies binary / sublinear tf, idf, the
   l2 norm of each block and the ColumnTransformer's block weights, vectorised over the batch;
3. multiplies the batch's sparse matrix once by the stacked coefficients of both models (polarity and the
   15 one-vs-rest topic classifiers share one feature space when their fitted vectorizers are equal, which
   they are when both are fitted on the same items) and applies softmax / the logistic function.

The result equals the pipelines' probabilities to floating-point rounding (the topic pipeline's
``predict_proba``; for polarity the softmax of the tagger's polarity scale × the pipeline's decision values,
which for a logistic regression (scale 1) is its ``predict_proba``; tests/test_topics.py checks it to 1e-9 on
the gold items); anything this module does not know how to compile (another vectorizer,
analyzer or classifier) makes :func:`compile_tagger` return None and the tagger falls back to the pipelines.

The compiled form is also saved beside ``model.joblib`` as ``inference.npz`` (plain numpy arrays and one JSON
header, read with ``allow_pickle=False``), so that inference needs neither scikit-learn's import (~2 s) nor
the pipelines' memory: :func:`save_compiled` / :func:`load_compiled`. The model itself stays the two stock
scikit-learn pipelines in ``model.joblib``; the npz is derived from it (its sha256 is recorded in meta.json
with the sha256 of the joblib file it was compiled from, and ``nianbao train`` writes both).
"""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Sequence
from itertools import chain, repeat

import json
import zipfile

import numpy as np

from .features import Views

COMPILED_FORMAT = "nianbao-compiled-tagger-v1"


class NotCompilable(Exception):
    """The pipeline uses something the compiled path does not reproduce."""


@dataclass
class Block:
    column: str                      # words / chars / cues
    char: bool                       # char n-grams of a string (else n-grams of a token list)
    ngram: tuple[int, int]
    lowercase: bool
    vocab: dict[str, int] | None     # None in a loaded compiled form that has lookup tables instead
    binary: bool
    sublinear: bool
    idf: np.ndarray | None
    l2: bool
    weight: float
    size: int = -1                   # number of features (len(vocab))

    def __post_init__(self) -> None:
        if self.size < 0:
            self.size = len(self.vocab or ())

    def same_as(self, other: Block, weight: bool = True) -> bool:
        """The same features (``weight``: and the same block weight)."""
        return (self.column, self.char, self.ngram, self.lowercase, self.binary, self.sublinear, self.l2) == \
            (other.column, other.char, other.ngram, other.lowercase, other.binary, other.sublinear, other.l2) \
            and (not weight or self.weight == other.weight) \
            and self.vocab == other.vocab \
            and ((self.idf is None and other.idf is None)
                 or (self.idf is not None and other.idf is not None and np.array_equal(self.idf, other.idf)))

    def grams(self, doc) -> list[str]:
        """The n-grams scikit-learn's analyzer yields for ``doc`` (a string or a list of tokens)."""
        lo, hi = self.ngram
        if self.char:
            text = doc.lower() if self.lowercase else doc
            n_chars = len(text)
            out = list(text) if lo == 1 else []
            for n in range(max(lo, 2), min(hi, n_chars) + 1):
                out += [text[i:i + n] for i in range(n_chars - n + 1)]
            return out
        toks = [t.lower() for t in doc] if self.lowercase else doc
        if hi == 1:
            return list(toks)
        out = list(toks) if lo == 1 else []
        n_toks = len(toks)
        join = " ".join
        for n in range(max(lo, 2), min(hi, n_toks) + 1):
            out += [join(toks[i:i + n]) for i in range(n_toks - n + 1)]
        return out

    # ---- vocabulary ids of a batch: (row of each hit, feature id of each hit), unknown n-grams dropped

    def prepare(self) -> None:
        """Lookup tables for :meth:`ids` (built at compile time): char n-grams up to 3 as integer keys of their
        code points (21 bits each) in one sorted array; token bigrams as pairs of unigram indices when every
        bigram's tokens are unigrams of the vocabulary (always, without min_df/max_df/max_features pruning).
        Otherwise :meth:`ids` falls back to one dictionary lookup per n-gram. Char n-grams are taken of the
        text as given: the views hold normalised text (whitespace runs already one space, as scikit-learn's
        char analyzer would make them)."""
        self._char_tables = None
        self._pair_table = None
        if self.vocab is None:
            raise NotCompilable("a block without its vocabulary")
        lo, hi = self.ngram
        if self.char and hi <= 3 and all(len(g) >= lo and len(g) <= hi for g in self.vocab):
            # one sorted table for every n: keys of different lengths cannot collide (code point + 1 ≥ 1, so an
            # n-gram's key lies in [2^(21(n-1)), 2^(21n)))
            keys = np.array([_char_key(g) for g in self.vocab], dtype=np.uint64)
            ids = np.array(list(self.vocab.values()), dtype=np.int64)
            order = np.argsort(keys)
            self._char_tables = (keys[order], ids[order])
        elif not self.char and lo == 1 and hi == 2:
            uni = {g: j for g, j in self.vocab.items() if " " not in g}
            pairs = [g.split(" ") for g in self.vocab if " " in g]
            if all(len(p) == 2 and p[0] in uni and p[1] in uni for p in pairs):
                size = len(uni)
                index = {g: k for k, g in enumerate(uni)}          # token → dense index (0..size-1)
                self._uni_index = index
                self._uni_ids = np.array(list(uni.values()), dtype=np.int64)
                keys = np.array([index[a] * size + index[b] for a, b in pairs], dtype=np.int64)
                ids = np.array([self.vocab[" ".join(p)] for p in pairs], dtype=np.int64)
                order = np.argsort(keys)
                self._pair_table = (size, keys[order], ids[order])

    def ids(self, docs, memo: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(row, feature id) of every known n-gram of ``docs`` (one row per doc). ``memo``: a dict shared by the
        blocks that read the same batch (another model's char block reuses the n-gram keys of the texts)."""
        if self._char_tables is not None:
            return self._char_ids(docs, memo)
        if self._pair_table is not None:
            return self._pair_ids(docs)
        get = self.vocab.get
        grams = self.grams
        ids: list[int] = []
        lens: list[int] = []
        for doc in docs:
            g = grams(doc)
            lens.append(len(g))
            ids.extend(map(get, g, repeat(-1)))
        ids_a = np.fromiter(ids, dtype=np.int64, count=len(ids))
        rows = np.repeat(np.arange(len(lens), dtype=np.int64), lens)
        keep = ids_a >= 0
        return rows[keep], ids_a[keep]

    def _char_ids(self, docs, memo: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
        key = ("char", id(docs), self.lowercase, self.ngram)
        found = memo.get(key) if memo is not None else None
        q, rows = found if found is not None else self._char_queries(docs)
        if memo is not None:
            memo[key] = (q, rows)
        keys, ids = self._char_tables
        if not len(keys):
            return rows[:0], ids[:0]
        at = np.searchsorted(keys, q)
        at[at == len(keys)] = 0
        hit = keys[at] == q
        return rows[hit], ids[at[hit]]

    def _char_queries(self, docs) -> tuple[np.ndarray, np.ndarray]:
        """The integer keys of every char n-gram of ``docs`` and the row of each (the vocabulary-free part)."""
        texts = [d.lower() for d in docs] if self.lowercase else list(docs)
        lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        cp = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
        row_of = np.repeat(np.arange(len(texts), dtype=np.int64), lens)
        pos = np.arange(len(cp), dtype=np.int64) - np.repeat(np.cumsum(lens) - lens, lens)   # offset in its doc
        left = np.repeat(lens, lens) - pos                                                   # chars from here to the end
        cp += np.uint64(1)
        lo, hi = self.ngram
        queries, q_rows = [], []
        key = cp
        for n in range(1, hi + 1):
            if n > 1:
                key = key[:-1] << np.uint64(21) | cp[n - 1:]
            if n < lo:
                continue
            ok = left[:len(key)] >= n
            queries.append(key[ok])
            q_rows.append(row_of[:len(key)][ok])
        return np.concatenate(queries), np.concatenate(q_rows)

    def _pair_ids(self, docs) -> tuple[np.ndarray, np.ndarray]:
        size, pair_keys, pair_ids = self._pair_table
        index = self._uni_index.get
        toks = [[t.lower() for t in d] for d in docs] if self.lowercase else docs
        lens = list(map(len, toks))
        flat = np.fromiter(map(index, chain.from_iterable(toks), repeat(-1)), dtype=np.int64, count=sum(lens))
        rows = np.repeat(np.arange(len(lens), dtype=np.int64), lens)
        known = flat >= 0
        uni_rows, uni_ids = rows[known], self._uni_ids[flat[known]]
        same = rows[1:] == rows[:-1]
        both = same & known[1:] & known[:-1]
        q = flat[:-1][both] * size + flat[1:][both]
        at = np.searchsorted(pair_keys, q)
        at[at == len(pair_keys)] = 0
        hit = pair_keys[at] == q if len(pair_keys) else np.zeros(len(q), bool)
        return (np.concatenate([uni_rows, rows[:-1][both][hit]]),
                np.concatenate([uni_ids, pair_ids[at[hit]]]))


def _char_key(gram: str) -> int:
    """The n-gram's code points + 1, 21 bits each (so no key of one length equals a key of another)."""
    key = 0
    for ch in gram:
        key = key << 21 | (ord(ch) + 1)
    return key


def _block(name: str, vec, column, weight) -> Block:
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    if not isinstance(vec, CountVectorizer) or not isinstance(column, str):
        raise NotCompilable(f"block {name}: {type(vec).__name__} on {column!r}")
    if vec.preprocessor is not None or vec.tokenizer is not None or vec.stop_words is not None \
            or vec.strip_accents is not None or vec.input != "content" or callable(vec.analyzer):
        raise NotCompilable(f"block {name}: custom preprocessing")
    if vec.analyzer == "word":
        if vec.token_pattern != r"\S+":
            raise NotCompilable(f"block {name}: token pattern {vec.token_pattern!r}")
        char = False
    elif vec.analyzer == "char":
        char = True
    else:
        raise NotCompilable(f"block {name}: analyzer {vec.analyzer!r}")
    tfidf = isinstance(vec, TfidfVectorizer)
    idf = None
    if tfidf and vec.use_idf:
        idf = np.asarray(vec.idf_, dtype=np.float64)
    if tfidf and vec.norm not in ("l2", None):
        raise NotCompilable(f"block {name}: norm {vec.norm!r}")
    return Block(column, char, tuple(vec.ngram_range), bool(vec.lowercase), dict(vec.vocabulary_), bool(vec.binary),
                 bool(tfidf and vec.sublinear_tf), idf, bool(tfidf and vec.norm == "l2"),
                 1.0 if weight is None else float(weight))


def _blocks(pipeline) -> list[Block]:
    features = pipeline.named_steps["features"]
    weights = features.transformer_weights or {}
    out = []
    for name, trans, column in features.transformers_:
        if isinstance(trans, str) and trans == "drop":
            continue
        if name == "remainder":
            raise NotCompilable("a remainder that is not dropped")
        out.append(_block(name, trans, column, weights.get(name)))
    return out


def _linear(pipeline) -> tuple[np.ndarray, np.ndarray, str]:
    """(coef n_features × k, intercept k, link) of the classifier: "softmax" (a multi-class linear model: the
    polarity probabilities are the softmax of its decision values, scaled by the tagger's polarity scale) or
    "logistic" (one-vs-rest logistic regressions, per label)."""
    from sklearn.linear_model import LogisticRegression, RidgeClassifier
    from sklearn.multiclass import OneVsRestClassifier
    clf = pipeline.named_steps["clf"]
    if isinstance(clf, (LogisticRegression, RidgeClassifier)):
        if len(clf.classes_) <= 2:
            raise NotCompilable(f"binary {type(clf).__name__}")
        return np.asarray(clf.coef_, dtype=np.float64).T, np.asarray(clf.intercept_, dtype=np.float64), "softmax"
    if isinstance(clf, OneVsRestClassifier) and clf.multilabel_:
        coefs, icpt = [], []
        for est in clf.estimators_:
            if not isinstance(est, LogisticRegression) or est.coef_.shape[0] != 1:
                raise NotCompilable(f"one-vs-rest estimator {type(est).__name__}")
            coefs.append(est.coef_[0])
            icpt.append(est.intercept_[0])
        return np.asarray(coefs, dtype=np.float64).T, np.asarray(icpt, dtype=np.float64), "logistic"
    raise NotCompilable(f"classifier {type(clf).__name__}")


class FeatureSpace:
    """The blocks of one ColumnTransformer, laid side by side as scikit-learn's hstack does."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        for b in blocks:
            if not hasattr(b, "_char_tables"):       # a loaded block has its lookup tables already
                b.prepare()
        sizes = [b.size for b in blocks]
        self.offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        self.n_features = int(self.offsets[-1])
        nb = len(blocks)
        self.col_block = np.repeat(np.arange(nb), sizes)
        self.col_idf = np.concatenate([b.idf if b.idf is not None else np.ones(b.size) for b in blocks])
        self.block_binary = np.array([b.binary for b in blocks])
        self.block_sublinear = np.array([b.sublinear for b in blocks])
        self.block_l2 = np.array([b.l2 for b in blocks])
        self.block_weight = np.array([b.weight for b in blocks], dtype=np.float64)

    def same_as(self, other: FeatureSpace, weights: bool = True) -> bool:
        """The same features (``weights``: and the same block weights)."""
        return len(self.blocks) == len(other.blocks) and all(a.same_as(b, weights)
                                                             for a, b in zip(self.blocks, other.blocks))

    def rescale(self, coef: np.ndarray, other: FeatureSpace) -> np.ndarray:
        """Coefficients fitted on ``other`` (this space up to block weights) for this space's features: a
        feature of ``other`` is this space's times the ratio of the two block weights (the weight multiplies
        last, after the l2 norm), so its coefficient takes that ratio."""
        ratio = np.array([1.0 if o.weight == b.weight else o.weight / b.weight
                          for b, o in zip(self.blocks, other.blocks)])
        return coef * ratio[self.col_block][:, None]

    def entries(self, v: Views, memo: dict | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, column, value) of the batch's non-zero features, sorted by row then column: the entries of the
        matrix the ColumnTransformer builds (counts → binary / sublinear tf → idf → l2 per block → weight)."""
        n = len(v)
        nf = self.n_features
        keys = []
        for block, offset in zip(self.blocks, self.offsets):
            rows, ids = block.ids(getattr(v, block.column), memo)
            keys.append(rows * nf + (ids + offset))
        all_keys = np.concatenate(keys) if keys else np.zeros(0, np.int64)
        uniq, counts = np.unique(all_keys, return_counts=True)
        rows, cols = np.divmod(uniq, nf)
        blk = self.col_block[cols]
        data = counts.astype(np.float64)
        if self.block_binary.any():
            data[self.block_binary[blk]] = 1.0
        if self.block_sublinear.any():
            sub = self.block_sublinear[blk]
            data[sub] = np.log(data[sub]) + 1.0
        data *= self.col_idf[cols]
        if self.block_l2.any():
            nb = len(self.blocks)
            cell = rows * nb + blk
            norms = np.sqrt(np.bincount(cell, weights=data * data, minlength=n * nb))
            scale = np.where(self.block_l2[blk] & (norms[cell] > 0), norms[cell], 1.0)
            data /= scale
        data *= self.block_weight[blk]
        return rows, cols, data

    def transform(self, v: Views):
        """The batch's feature matrix (CSR, n_items × n_features), as the ColumnTransformer builds it."""
        import scipy.sparse as sp
        rows, cols, data = self.entries(v)
        indptr = np.searchsorted(rows, np.arange(len(v) + 1))
        return sp.csr_matrix((data, cols, indptr), shape=(len(v), self.n_features))

    def scores(self, v: Views, weights: np.ndarray, intercept: np.ndarray, memo: dict | None = None) -> np.ndarray:
        """``transform(v) @ weights + intercept``, without building the sparse matrix: the weights of each
        non-zero feature gathered and summed per row, in slices of rows small enough for the gathered block
        (non-zeros × outputs ≤ ``_GATHER_LIMIT``) to stay in cache."""
        n, k = len(v), weights.shape[1]
        rows, cols, data = self.entries(v, memo)
        out = np.zeros((n, k))
        if not len(data):
            return out + intercept
        starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
        bounds = np.append(starts, len(data))
        step = max(1, _GATHER_LIMIT // k)
        i = 0
        while i < len(starts):
            j = int(np.searchsorted(bounds, bounds[i] + step, side="right")) - 1   # rows i..j-1 fit
            j = min(max(j, i + 1), len(starts))
            lo, hi = bounds[i], bounds[j]
            block = weights[cols[lo:hi]] * data[lo:hi, None]
            out[rows[starts[i:j]]] = np.add.reduceat(block, starts[i:j] - lo, axis=0)
            i = j
        return out + intercept


# non-zeros × outputs gathered at once: about 800 KB, so the block stays in cache (400,000 took 1.6× as long)
_GATHER_LIMIT = 100_000


def _expit(x: np.ndarray) -> np.ndarray:
    """The logistic function (scipy.special.expit, without importing scipy): exp of non-positive values only."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def softmax(x: np.ndarray) -> np.ndarray:
    """Row-wise softmax (LogisticRegression's multinomial probabilities from its decision values); a new array."""
    out = np.asarray(x, dtype=np.float64) - np.max(x, axis=1, keepdims=True)
    np.exp(out, out=out)
    out /= out.sum(axis=1, keepdims=True)
    return out


class CompiledTagger:
    """Both models over one (or two) feature spaces: ``predict_proba(views)`` for a whole batch."""

    def __init__(self, polarity_pipeline, topic_pipeline, polarity_scale: float = 1.0) -> None:
        pol_space = FeatureSpace(_blocks(polarity_pipeline))
        top_space = FeatureSpace(_blocks(topic_pipeline))
        pol_w, pol_b, pol_link = _linear(polarity_pipeline)
        # softmax(s × (xW + b)) = softmax(x(sW) + sb): the scale goes into the coefficients
        pol_w, pol_b = pol_w * polarity_scale, pol_b * polarity_scale
        top_w, top_b, top_link = _linear(topic_pipeline)
        if pol_link != "softmax" or top_link != "logistic":
            raise NotCompilable("unexpected classifier kinds")
        for space, w in ((pol_space, pol_w), (top_space, top_w)):
            if w.shape[0] != space.n_features:
                raise NotCompilable("coefficients and features disagree")
        self.n_polarity = pol_w.shape[1]
        # the same features, maybe weighted differently (TrainConfig.polarity_cue_weight): one pass over the
        # topic model's space, the polarity coefficients rescaled to it (by 1 where the weights agree)
        self.shared = pol_space.same_as(top_space, weights=False) and bool(
            np.all((pol_space.block_weight == top_space.block_weight) | (top_space.block_weight != 0)))
        if self.shared:
            pol_w, pol_space = top_space.rescale(pol_w, pol_space), top_space
            self.spaces = [pol_space]
            self.weights = [np.ascontiguousarray(np.hstack([pol_w, top_w]))]
            self.intercepts = [np.concatenate([pol_b, top_b])]
        else:
            self.spaces = [pol_space, top_space]
            self.weights = [np.ascontiguousarray(pol_w), np.ascontiguousarray(top_w)]
            self.intercepts = [pol_b, top_b]

    def decision(self, v: Views) -> tuple[np.ndarray, np.ndarray]:
        memo: dict = {}                       # the two spaces' char blocks share the texts' n-gram keys
        outs = [space.scores(v, w, b, memo) for space, w, b in zip(self.spaces, self.weights, self.intercepts)]
        if self.shared:
            return outs[0][:, :self.n_polarity], outs[0][:, self.n_polarity:]
        return outs[0], outs[1]

    def predict_proba(self, v: Views) -> tuple[np.ndarray, np.ndarray]:
        """(polarity probabilities: softmax of the (scaled) decision values, as LogisticRegression's; topic
        probabilities: logistic, per label)."""
        pol, top = self.decision(v)
        return softmax(pol), _expit(top)


    @classmethod
    def from_parts(cls, spaces: list[FeatureSpace], weights: list[np.ndarray], intercepts: list[np.ndarray],
                   n_polarity: int) -> CompiledTagger:
        self = cls.__new__(cls)
        self.spaces, self.weights, self.intercepts = spaces, weights, intercepts
        self.n_polarity, self.shared = n_polarity, len(spaces) == 1
        return self


# ---------------------------------------------------------------- the compiled form on disk (inference.npz)

def _pack(strings: list[str]) -> np.ndarray:
    return np.frombuffer("\x00".join(strings).encode("utf-8"), dtype=np.uint8)


def _unpack(arr: np.ndarray) -> list[str]:
    text = arr.tobytes().decode("utf-8")
    return text.split("\x00") if text else []


def _block_to_arrays(b: Block, tag: str, arrays: dict[str, np.ndarray]) -> dict:
    head = {"column": b.column, "char": b.char, "ngram": list(b.ngram), "lowercase": b.lowercase,
            "binary": b.binary, "sublinear": b.sublinear, "l2": b.l2, "weight": b.weight, "size": b.size,
            "idf": b.idf is not None}
    if b.idf is not None:
        arrays[f"{tag}.idf"] = b.idf
    if b._char_tables is not None:
        head["table"] = "char"
        arrays[f"{tag}.char_keys"], arrays[f"{tag}.char_ids"] = b._char_tables
    elif b._pair_table is not None:
        head["table"] = "pair"
        size, keys, ids = b._pair_table
        arrays[f"{tag}.uni_tokens"] = _pack(list(b._uni_index))          # in dense-index order
        arrays[f"{tag}.uni_ids"] = b._uni_ids
        arrays[f"{tag}.pair_keys"], arrays[f"{tag}.pair_ids"] = keys, ids
    else:
        head["table"] = "vocab"
        by_id = sorted(b.vocab.items(), key=lambda kv: kv[1])
        if [j for _, j in by_id] != list(range(len(by_id))):
            raise NotCompilable("a vocabulary whose ids are not 0..n-1")
        arrays[f"{tag}.vocab"] = _pack([g for g, _ in by_id])
    return head


def _block_from_arrays(head: dict, tag: str, z) -> Block:
    table = head["table"]
    vocab = None
    if table == "vocab":
        vocab = {g: j for j, g in enumerate(_unpack(z[f"{tag}.vocab"]))}
    b = Block(head["column"], head["char"], tuple(head["ngram"]), head["lowercase"], vocab, head["binary"],
              head["sublinear"], z[f"{tag}.idf"] if head["idf"] else None, head["l2"], head["weight"], head["size"])
    b._char_tables = None
    b._pair_table = None
    if table == "char":
        b._char_tables = (z[f"{tag}.char_keys"], z[f"{tag}.char_ids"])
    elif table == "pair":
        tokens = _unpack(z[f"{tag}.uni_tokens"])
        b._uni_index = dict(zip(tokens, range(len(tokens))))
        b._uni_ids = z[f"{tag}.uni_ids"]
        b._pair_table = (len(tokens), z[f"{tag}.pair_keys"], z[f"{tag}.pair_ids"])
    elif table != "vocab":
        raise NotCompilable(f"unknown lookup table {table!r}")
    return b


def save_compiled(compiled: CompiledTagger, path, polarities: Sequence[str]) -> None:
    """Write ``compiled`` as one .npz of plain arrays (no pickles) with a JSON header."""
    arrays: dict[str, np.ndarray] = {}
    spaces = []
    for si, space in enumerate(compiled.spaces):
        spaces.append([_block_to_arrays(b, f"s{si}.b{bi}", arrays) for bi, b in enumerate(space.blocks)])
        arrays[f"s{si}.weights"] = compiled.weights[si]
        arrays[f"s{si}.intercept"] = compiled.intercepts[si]
    header = {"format": COMPILED_FORMAT, "n_polarity": compiled.n_polarity, "polarities": list(polarities),
              "spaces": spaces}
    arrays["header"] = np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8)
    write_arrays(path, arrays)


# members written without compression: the stacked coefficients, most of the file and barely compressible
# (float64; 20 MB deflate to 15). Loading then inflates half a megabyte instead of twenty (≈0.08 s less before a
# run's workers can start); np.load reads either kind of member.
STORED_SUFFIX = ".weights"


def write_arrays(path, arrays: dict[str, np.ndarray]) -> None:
    """``arrays`` as an .npz that ``np.load`` reads (what ``np.savez_compressed`` writes, with the members named by
    :data:`STORED_SUFFIX` stored, and a fixed timestamp: the same arrays give the same bytes)."""
    with open(path, "wb") as fh, zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
        for name, arr in arrays.items():
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name.endswith(STORED_SUFFIX) else zipfile.ZIP_DEFLATED
            with zf.open(info, "w", force_zip64=True) as member:
                np.lib.format.write_array(member, np.asanyarray(arr), allow_pickle=False)


def load_compiled(path) -> tuple[CompiledTagger, list[str]]:
    """(the compiled tagger, its polarity classes) from :func:`save_compiled`'s file; arrays only."""
    with np.load(path, allow_pickle=False) as z:
        header = json.loads(z["header"].tobytes().decode("utf-8"))
        if header.get("format") != COMPILED_FORMAT:
            raise NotCompilable(f"format {header.get('format')!r}")
        spaces, weights, intercepts = [], [], []
        for si, heads in enumerate(header["spaces"]):
            spaces.append(FeatureSpace([_block_from_arrays(h, f"s{si}.b{bi}", z) for bi, h in enumerate(heads)]))
            weights.append(np.ascontiguousarray(z[f"s{si}.weights"]))
            intercepts.append(z[f"s{si}.intercept"])
    return CompiledTagger.from_parts(spaces, weights, intercepts, header["n_polarity"]), header["polarities"]


def compile_tagger(polarity_pipeline, topic_pipeline, polarity_scale: float = 1.0) -> CompiledTagger | None:
    """The compiled form of two fitted pipelines (polarity probabilities: softmax of ``polarity_scale`` × the
    polarity model's decision values), or None when they use something it cannot reproduce."""
    try:
        return CompiledTagger(polarity_pipeline, topic_pipeline, polarity_scale)
    except (NotCompilable, AttributeError, KeyError):
        return None
