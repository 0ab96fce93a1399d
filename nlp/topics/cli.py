"""``nianbao train | evaluate | tag | classify``: the tagger's commands, a thin face on the library.

:func:`register` adds them to the ``nianbao`` parser's subparsers. Expected failures raise NianbaoError
(the main command prints the coded line and exits 2); ``classify`` reports a bad input line on its own
output line and goes on.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import Errors, NianbaoError

CLASSIFY_BATCH = 256


# ----------------------------------------------------------------------------------------- train

def cmd_train(args: argparse.Namespace) -> int:
    from .evaluate import format_headline
    from .model import TrainConfig
    from .train import train
    meta = train(args.corpus, args.out, TrainConfig(), run_ablation=not args.no_ablation, quiet=args.quiet)
    m = meta["metrics"]
    print(f"model written to {args.out or 'models/' + meta['name']} (sha256 {meta['model_sha256'][:16]}…)")
    print(format_headline("cross-validation (train split)", m["cv"]))
    print(format_headline("test split", m["test"]))
    print(format_headline("keyword baseline, test split", m["keyword_baseline"]["test"]))
    return 0


# ----------------------------------------------------------------------------------------- evaluate

def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_evaluation
    result = evaluate(args.corpus, args.model, rerun_ablation=args.rerun_ablation)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(format_evaluation(result))
    return 0


# ----------------------------------------------------------------------------------------- tag

def tag_paths(paths: list[str], out: str | Path, model_dir=None, force: bool = False,
              max_bytes: int | None = None, workers: int | None = None, progress: bool = False) -> dict:
    """Tag every report under ``paths`` on every CPU it may use (the corpus runner of ``nianbao check``); write
    OUT/items.parquet, OUT/report_topics.parquet, OUT/reports.parquet and OUT/errors.csv.

    An interrupted run in OUT is resumed; a finished one is only replaced with ``force`` (E012 otherwise).
    Returns {"inputs", "reports", "items", "errors", "written"}."""
    from .. import preload
    preload.start(str(model_dir) if model_dir else None)     # while the rest is imported and the inputs listed
    from ..corpus import run_corpus
    from ..read import DEFAULT_MAX_BYTES
    out = Path(out)
    refuse_finished(out, force)
    res = run_corpus(paths, out, job="tag", workers=workers, max_bytes=max_bytes or DEFAULT_MAX_BYTES,
                     force=force, progress=progress, model_dir=model_dir)
    errors = res["errors"].to_dict("records")
    written = {"items": res.written["items"], "report_topics": res.written["report_topics"],
               "reports": res.written["reports"], "errors": res.written["errors"]}
    import pyarrow.parquet as pq
    n_items = sum(pq.ParquetFile(p).metadata.num_rows for p in Path(written["items"]).glob("*.parquet"))
    return {"inputs": res.summary.total, "reports": len(res["reports"]), "items": n_items, "errors": errors,
            "written": written}


def cmd_tag(args: argparse.Namespace) -> int:
    """``nianbao tag``: the corpus run of ``nianbao check`` (the same inputs, workers, --timeout, progress, resumed
    runs, --engine dask), tagging only; a finished run in OUT is replaced only with --force (E012 otherwise)."""
    from ..cli import _run
    refuse_finished(Path(args.out), args.force)
    return _run(args, "tag", tag=True)


def refuse_finished(out: Path, force: bool) -> None:
    """A finished tagging run in ``out`` is replaced only with ``force``: E012 otherwise."""
    finished = out / "report_topics.parquet"
    if finished.exists() and not force:
        raise NianbaoError(Errors.E012, detail=str(finished))


# ----------------------------------------------------------------------------------------- classify

def _parse_line(line: str) -> tuple[dict | None, str | None]:
    """(record, None) for a good line, (None, error) for a bad one."""
    try:
        rec = json.loads(line)
    except ValueError as exc:
        return None, f"not JSON: {exc}"
    if not isinstance(rec, dict):
        return None, f"expected a JSON object with a \"text\" key, got {type(rec).__name__}"
    text = rec.get("text")
    if not isinstance(text, str):
        return None, "missing \"text\" (a string)"
    if not text.strip():
        return None, "\"text\" is empty"
    heading = rec.get("heading")
    if heading is not None and not isinstance(heading, str):
        return None, "\"heading\" must be a string (a sub-heading or a heading kind)"
    return rec, None


def classify_lines(lines, tagger, write, batch_size: int = CLASSIFY_BATCH) -> tuple[int, int]:
    """Classify JSON lines; ``write`` receives exactly one JSON line (no newline) per input line, in order.

    Input keys are echoed; ``polarity``, ``topics`` and ``scores`` are added (replacing keys of those names).
    Returns (good, bad) counts."""
    from .features import inputs_from_texts
    good = bad = 0
    batch: list[tuple[dict | None, str | None]] = []

    def flush() -> None:
        nonlocal good, bad
        recs = [r for r, _ in batch if r is not None]
        preds = iter(tagger.predict(inputs_from_texts([r["text"] for r in recs],
                                                      [r.get("heading") for r in recs])) if recs else [])
        for rec, err in batch:
            if rec is None:
                bad += 1
                write(json.dumps({"error": err}, ensure_ascii=False))
            else:
                good += 1
                write(json.dumps({**rec, **next(preds)}, ensure_ascii=False))
        batch.clear()

    for line in lines:
        batch.append(_parse_line(line.rstrip("\r\n")))
        if len(batch) >= batch_size:
            flush()
    flush()
    return good, bad


def cmd_classify(args: argparse.Namespace) -> int:
    from . import load_tagger
    tagger = load_tagger(args.model)
    stdout = sys.stdout

    def write(s: str) -> None:
        stdout.write(s + "\n")
        if args.unbuffered:
            stdout.flush()
    good, bad = classify_lines(sys.stdin, tagger, write, batch_size=1 if args.unbuffered else args.batch_size)
    stdout.flush()
    if bad:
        print(f"nianbao classify: {bad} of {good + bad} lines were not valid input", file=sys.stderr)
    return 0


# ----------------------------------------------------------------------------------------- parser

def register(subparsers) -> None:
    """Add ``train``, ``evaluate``, ``tag`` and ``classify`` to the ``nianbao`` subparsers."""
    corpus_help = "the real corpus (MANIFEST.tsv and report files); default $NIANBAO_CORPUS or ../shared/corpora/real"
    model_help = ("model directory (default: $NIANBAO_MODELS/section5-v1, the repository's models/section5-v1, "
                  "or the copy installed with the package)")

    p = subparsers.add_parser(
        "train", help="train the section 五 tagger from the annotations and the corpus",
        description="Cross-validate on the train split, fit, measure on the test split (measurement only), run "
                    "the ablation and write model.joblib, inference.npz (its compiled form), meta.json and the "
                    "README.md model card.")
    p.add_argument("--corpus", metavar="DIR", help=corpus_help)
    p.add_argument("--out", metavar="DIR", help="model directory to write (default: the repository's "
                                                 "models/section5-v1, the shipped model)")
    p.add_argument("--no-ablation", action="store_true", help="skip the ablation variants (faster; the card then "
                                                               "lists the full model only)")
    p.add_argument("--quiet", action="store_true", help="no progress messages on stderr")
    p.set_defaults(func=cmd_train)

    p = subparsers.add_parser(
        "evaluate", help="score the tagger on the test split against the keyword baseline",
        description="Per-topic precision/recall/F1 on the test split, micro/macro F1, polarity accuracy, the "
                    "keyword baseline (codebook cues) and extended rules, cross-validation figures and the ablation.")
    p.add_argument("--corpus", metavar="DIR", help=corpus_help)
    p.add_argument("--model", metavar="DIR", help=model_help)
    p.add_argument("--rerun-ablation", action="store_true",
                   help="retrain the ablation variants now instead of printing the figures recorded at training")
    p.add_argument("--json", action="store_true", help="print all figures as JSON")
    p.set_defaults(func=cmd_evaluate)

    p = subparsers.add_parser(
        "tag", help="tag section 五 of reports: items.parquet and report_topics.parquet",
        description="Read each report, split section 五 into items, tag polarity and topics; write "
                    "OUT/items.parquet (one row per item), OUT/report_topics.parquet (one row per report: topics "
                    "covered, problems without improvement and the reverse, generic share, similarity to the same "
                    "body's previous report) and OUT/errors.csv.")
    from ..cli import _add_run_options
    _add_run_options(p)
    p.add_argument("--model", metavar="DIR", help=model_help)
    p.set_defaults(func=cmd_tag)

    p = subparsers.add_parser(
        "classify", help="tag JSON lines from stdin: one JSON line out per line in",
        description="Read JSON lines {\"text\": ..., \"heading\": optional sub-heading or heading kind, any other "
                    "keys} on stdin; write exactly one JSON line per input line, in order, with the input keys "
                    "echoed and polarity, topics and scores added. A bad line gets {\"error\": ...} on its line. "
                    "Nothing else is written to stdout.")
    p.add_argument("--model", metavar="DIR", help=model_help)
    p.add_argument("--batch-size", type=int, default=CLASSIFY_BATCH,
                   help=f"lines classified together (default {CLASSIFY_BATCH})")
    p.add_argument("--unbuffered", action="store_true",
                   help="answer each line as soon as it is read (for interactive pipes)")
    p.set_defaults(func=cmd_classify)
