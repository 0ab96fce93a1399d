"""The labelled items: gold annotations joined to the corpus text, plus our synthetic items.

Annotations never hold report text: each points at a report (id), character offsets and the sha1 of the
annotated text. The text is read from the real corpus (``--corpus`` / NIANBAO_CORPUS /
../shared/corpora/real) with ``nlp.read_report`` and checked against that sha1 (E024 when it differs).
Synthetic items (corpora/annotations/synthetic_items.jsonl) are sentences we wrote ourselves for rare
labels and hard cases; they carry their text, are always split=train and never enter an evaluation. Batch 1
(syn-001…100, no ``batch`` field) was written with the first model; batch 2 (``"batch": 2``) after reading
the cross-validation errors on the train split (weak topics, table rows and signatures glued into section
五, items under a rectification heading, "需/有待" problems, codebook T9 generic quality wording); batch 3
(``"batch": 3``) for report styles the train split lacks (other families' lead-ins and closing lines, praise,
rectification worded in new ways, weak topics in new phrasings), written without reading any error list;
batch 4 (``"batch": 4``, syn-270…502) in the voices of issuers the train split lacks, weighted toward
rectification and other, also written without reading any error list (it trains the polarity model only:
``TrainConfig.polarity_only_batches``). Batch 5 (corpora/annotations/synthetic_sections/*.jsonl, read by
:func:`load_sections`): 168 whole invented sections (1,365 items) in the voices of provinces, cities, counties,
townships and sector departments, each written and labelled by one of fifteen helpers from the codebook before
any model saw them, split by our splitter so that every item has a real item's context; first used as
development sets (round 4: devA–devI, train on one half of the files, score the other; round 5: devJ–devO,
scored once by models trained on everything else: ``nlp.topics.selection``), then for training.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, NianbaoError
from .features import ItemInput, inputs_from_items

REPO = Path(__file__).resolve().parents[2]
ANNOTATIONS = REPO / "corpora" / "annotations" / "section5"
SYNTHETIC = REPO / "corpora" / "annotations" / "synthetic_items.jsonl"
SECTIONS = REPO / "corpora" / "annotations" / "synthetic_sections"
SECTIONS_BATCH = 5                  # the batch number of the invented sections' items
GOLD_FILES = ("A.jsonl", "B.jsonl", "C.jsonl", "E.jsonl", "F.jsonl")   # every item once; D.jsonl is the agreement sample

_YEAR = re.compile(r"-(?:19|20)\d\d(?:-html)?$")


@dataclass(frozen=True)
class LabelledItem:
    report_id: str
    split: str                  # train / test
    index: int
    start: int
    end: int
    input: ItemInput            # text, heading kind, context, position
    polarity: str
    topics: tuple[str, ...]
    source: str = "gold"        # gold / synthetic
    heading: str = ""
    batch: int = 0              # synthetic items: the batch they were written in (1, 2, …); gold: 0

    @property
    def text(self) -> str:
        return self.input.text

    @property
    def report_group(self) -> str:
        """One report: pingtan-main-2023-html and pingtan-main-2023 are the same report."""
        return self.report_id.removesuffix("-html")

    @property
    def body_group(self) -> str:
        """One issuing body across years (its reports restate each other; the test split is by body)."""
        return _YEAR.sub("", self.report_id)


def corpus_dir(corpus: str | os.PathLike | None = None) -> Path:
    """The real corpus: the argument, else NIANBAO_CORPUS, else ../shared/corpora/real next to the repo."""
    cands = [Path(corpus)] if corpus else []
    if not corpus and os.environ.get("NIANBAO_CORPUS"):
        cands.append(Path(os.environ["NIANBAO_CORPUS"]))
    if not corpus:
        cands.append(REPO.parent / "shared" / "corpora" / "real")
    for c in cands:
        if (c / "MANIFEST.tsv").is_file():
            return c
    raise NianbaoError(Errors.E010, source=str(cands[0]) if cands else None,
                       detail="no MANIFEST.tsv: pass --corpus DIR or set NIANBAO_CORPUS")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def annotation_records(annotations: Path = ANNOTATIONS) -> list[dict]:
    recs: list[dict] = []
    for name in GOLD_FILES:
        recs.extend(read_jsonl(annotations / name))
    return recs


@dataclass
class GoldLoad:
    """What :func:`load_gold` did not load: annotated items that the current item splitter no longer yields
    (their text is still in the corpus at the annotated offsets, but ``nlp.sections``/``nlp.items`` now put
    it outside section 五 or cut it differently)."""
    dropped: list[dict]


LAST_LOAD = GoldLoad([])


def load_gold(corpus: str | os.PathLike | None = None, annotations: Path = ANNOTATIONS,
              splits: Iterable[str] = ("train", "test"), strict: bool = False) -> list[LabelledItem]:
    """Gold items of the given splits, with text and context, in annotation order.

    The text at the annotated offsets must hash to the annotation's sha1 (else E024: another corpus). An
    annotated span that is no longer one of ``nlp.items.report_items``' items (the splitter or the section
    finder changed since annotation) is dropped and listed in ``LAST_LOAD.dropped`` (``strict=True``: E024
    instead); an item renumbered by such a change is found by its offsets."""
    from ..items import report_items
    from ..report import read_report
    root = corpus_dir(corpus)
    with open(root / "MANIFEST.tsv", encoding="utf-8") as fh:
        files = {r["id"]: r["file"] for r in csv.DictReader(fh, delimiter="\t")}
    wanted = set(splits)
    recs = [r for r in annotation_records(annotations) if r["split"] in wanted]
    cache: dict[str, tuple] = {}
    out: list[LabelledItem] = []
    dropped: list[dict] = []
    for r in recs:
        rid = r["report_id"]
        if rid not in cache:
            if rid not in files:
                raise NianbaoError(Errors.E024, source=rid, detail="report id not in MANIFEST.tsv")
            report = read_report(root / files[rid])
            items = report_items(report)
            cache[rid] = (report, items, inputs_from_items(items), {(it.start, it.end): k for k, it in enumerate(items)})
        report, items, inputs, by_span = cache[rid]
        text = report.text[r["start"]:r["end"]]
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != r["sha1"]:
            raise NianbaoError(Errors.E024, source=rid, detail=f"item {r['index']} ({r['start']}-{r['end']})")
        i = by_span.get((r["start"], r["end"]))
        if i is None:
            if strict:
                raise NianbaoError(Errors.E024, source=rid,
                                   detail=f"item {r['index']} is not where nlp.items puts it; the splitter changed")
            dropped.append({"report_id": rid, "index": r["index"], "split": r["split"], "start": r["start"],
                            "end": r["end"], "polarity": r["polarity"], "topics": list(r["topics"])})
            continue
        out.append(LabelledItem(rid, r["split"], i, r["start"], r["end"], inputs[i], r["polarity"],
                                tuple(r["topics"]), "gold", items[i].heading))
    LAST_LOAD.dropped = dropped
    return out


def load_synthetic(path: Path = SYNTHETIC, sections: Path | None = SECTIONS) -> list[LabelledItem]:
    """Everything we wrote ourselves (always train): the sentences of ``synthetic_items.jsonl`` (batches 1–4)
    and the items of the invented sections (:func:`load_sections`, batch 5; ``sections=None`` leaves them out)."""
    out = load_sentences(path)
    if sections is not None:
        out += load_sections(sections)
    return out


def load_sentences(path: Path = SYNTHETIC) -> list[LabelledItem]:
    """Our own sentences for rare labels and other voices (batches 1–4)."""
    if not path.is_file():
        return []
    out = []
    for n, r in enumerate(read_jsonl(path)):
        if r.get("split", "train") != "train" or not r.get("synthetic"):
            raise ValueError(f"{path}:{n + 1}: synthetic items must be marked synthetic and split=train")
        kind = r.get("heading_kind", "none")
        out.append(LabelledItem(f"synthetic-{r['id']}", "train", n, 0, len(r["text"]),
                                ItemInput(r["text"], kind, r.get("context", kind), "na"),
                                r["polarity"], tuple(r["topics"]), "synthetic", batch=int(r.get("batch", 1))))
    return out


def load_sections(directory: Path = SECTIONS) -> list[LabelledItem]:
    """Items of whole section 五 texts we wrote ourselves (``synthetic_sections/*.jsonl``: one invented section
    per line with its text and a label per item; batch 5), split by ``nlp.items.split_items`` so that every item
    has the context a real item has (its sub-heading, the lead-in before it, its third of the section). The
    labelled spans must be exactly the splitter's items (else ValueError naming the file and section)."""
    from ..items import split_items
    out: list[LabelledItem] = []
    for path in sorted(directory.glob("*.jsonl")) if directory.is_dir() else []:
        for r in read_jsonl(path):
            if not r.get("synthetic"):
                raise ValueError(f"{path.name}: {r.get('id')}: invented sections must be marked synthetic")
            text = r["text"]
            items = split_items(text, 0, len(text))
            spans = [(it.start, it.end) for it in items]
            labelled = [(x["start"], x["end"]) for x in r["items"]]
            if spans != labelled:
                raise ValueError(f"{path.name}: {r['id']}: labelled spans are not the splitter's items "
                                 f"({len(labelled)} labelled, {len(spans)} split)")
            for it, inp, x in zip(items, inputs_from_items(items), r["items"]):
                out.append(LabelledItem(f"section-{r['id']}", "train", it.index, it.start, it.end, inp,
                                        x["polarity"], tuple(x["topics"]), "synthetic", it.heading,
                                        batch=SECTIONS_BATCH))
    return out


def data_sha256(paths: Sequence[Path]) -> str:
    """One hash over the annotation files a model was trained from (names and bytes)."""
    h = hashlib.sha256()
    for p in sorted(paths, key=lambda p: p.name):
        if p.is_file():
            h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def training_files(annotations: Path = ANNOTATIONS, synthetic: Path = SYNTHETIC,
                   sections: Path = SECTIONS) -> list[Path]:
    return ([annotations / n for n in GOLD_FILES] + ([synthetic] if synthetic.is_file() else [])
            + (sorted(sections.glob("*.jsonl")) if sections.is_dir() else []))
