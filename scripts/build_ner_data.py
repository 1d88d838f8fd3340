"""Build spaCy DocBins for the statistical NER from the shared corpora.

    python scripts/build_ner_data.py --segmenter char --out /work/train/ner/char

Writes train/base.spacy (CLUENER train, Resume train, MSRA and People's Daily, the
optional silver), train/partial.spacy (with --partial-source: those corpora, every
token outside their spans missing), train/cluener_extra.spacy (with --cluener-copies N > 1) and train/domain.spacy (the domain splits of --domain-train, oversampled), dev_cluener.spacy (CLUENER
dev, mapped labels) and dev_domain.spacy (the splits of --domain-dev).
Labels are mapped with configs/ner/label_map.json. Documents are tokenized by
the pipeline's own tokenizer (zone_ner.PageTokenizer), so training sees the
same tokens as the shipped pipeline; an entity that does not fall on token
boundaries is marked missing rather than guessed. corpus/test.jsonl and the
documents of corpus/test_selection.tsv are never read for training.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

from zone_ner.segmentation import PageTokenizer

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path("/work/shared/data/corpora")
BULK = Path("/work/shared/data/bulk")
LABEL_MAP = json.loads((ROOT / "configs/ner/label_map.json").read_text(encoding="utf-8"))
ORG_SUFFIXES = json.loads((ROOT / "configs/ner/org_company_suffixes.json").read_text(encoding="utf-8"))
SENT_CUT = re.compile(r"(?<=[。！？；\n])")
MISSING = "-"  # label of spans that become missing (unknown) tokens

# (corpus key, file) pairs that go into train.spacy; dev/test splits of the
# corpora we report on (CLUENER dev, Resume dev/test) are kept out.
TRAIN_FILES = [
    ("cluener", "cluener/train.jsonl"),
    ("resume", "resume/train.jsonl"),
    ("msra", "msra/dev_from_train.jsonl"),
    ("msra", "msra/test.jsonl"),
    ("peoples_daily_1998", "peoples_daily_1998/dev.jsonl"),
    ("peoples_daily_1998", "peoples_daily_1998/test.jsonl"),
]

Record = tuple[str, list[tuple[int, int, str]]]


def map_label(corpus: str, label: str, text: str, split_org: bool = False) -> str | None:
    """zone_ner label for a source label (None = dropped); with split_org an ORG is
    treated as ORG_OR_COMPANY."""
    mapped = LABEL_MAP[corpus].get(label)
    if mapped == "ORG_OR_COMPANY" or (split_org and mapped == "ORG"):
        is_company = text.endswith(tuple(ORG_SUFFIXES["suffixes"])) and not any(
            text.endswith(x) for x in ORG_SUFFIXES["exceptions"])
        return "COMPANY" if is_company else "ORG"
    return mapped


def read_unified(corpus: str, path: Path, missing: frozenset[str] = frozenset(),
                 split_org: bool = False) -> Iterator[Record]:
    """Records of the shared unified JSONL format ({text, entities}); spans whose
    mapped label is in `missing` get the MISSING label (split_org: see map_label)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text = rec["text"]
            ents = []
            for e in rec["entities"]:
                label = map_label(corpus, e["label"], text[e["start"]:e["end"]], split_org)
                if label:
                    ents.append((e["start"], e["end"], MISSING if label in missing else label))
            yield text, ents


def split_long(text: str, ents: list[tuple[int, int, str]], max_chars: int) -> Iterator[Record]:
    """Cut a long document at sentence ends that no entity crosses."""
    if len(text) <= max_chars:
        yield text, ents
        return
    cuts, start = [0], 0
    for piece in SENT_CUT.split(text):
        start += len(piece)
        if start - cuts[-1] >= max_chars // 2 and not any(s < start < e for s, e, _ in ents):
            cuts.append(start)
    if cuts[-1] != len(text):
        cuts.append(len(text))
    for a, b in zip(cuts, cuts[1:]):
        yield text[a:b], [(s - a, e - a, lab) for s, e, lab in ents if a <= s and e <= b]


def read_domain(path: Path, max_chars: int) -> Iterator[Record]:
    """Records of the project's corpus format ({id, text, spans})."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            ents = [(s["start"], s["end"], LABEL_MAP["domain"][s["label"]]) for s in rec["spans"]]
            yield from split_long(rec["text"], ents, max_chars)


def read_domains(paths: list[Path], max_chars: int) -> Iterator[Record]:
    """Records of several corpus files, in order."""
    for path in paths:
        yield from read_domain(path, max_chars)


def test_ids() -> set[str]:
    """Ids that must never be trained on: test_selection.tsv and corpus/test.jsonl."""
    ids = set()
    sel = ROOT / "corpus/test_selection.tsv"
    for line in sel.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            ids.add(parts[2])
    test = ROOT / "corpus/test.jsonl"
    if test.exists():
        for line in test.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def read_silver(n_docs: int, seed: int, max_chars: int) -> Iterator[Record]:
    """Bulk documents (no test ids) labelled by the fast (gazetteer+rules) pipeline."""
    import zone_ner  # noqa: PLC0415

    excluded = test_ids()
    texts = []
    for path in sorted(BULK.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] not in excluded and rec.get("zone"):
                    texts.append(rec["text"])
    random.Random(seed).shuffle(texts)
    nlp = zone_ner.load(pipeline="fast").nlp
    for text in texts[:n_docs]:
        doc = nlp(text)
        norm = doc._.zn_norm
        ents = [(norm.offsets[e.start_char], norm.offsets[e.end_char - 1] + 1, e.label_) for e in doc.ents]
        yield from split_long(text, ents, max_chars)


def to_doc(tokenizer: PageTokenizer, text: str, ents: list[tuple[int, int, str]], stats: Counter,
           missing_labels: frozenset[str] = frozenset(), default: str = "outside") -> Doc:
    """Tokenize raw text and set entities in clean-text offsets.

    Misaligned entities and those with a label in `missing_labels` become missing
    (unknown) tokens, so the model is taught neither their label nor O; tokens
    outside every span are O, or missing with default="missing".
    """
    doc = tokenizer(text)
    offsets = doc._.zn_norm.offsets
    raw_to_clean = {raw: i for i, raw in enumerate(offsets[:-1])}
    spans, missing = [], []
    for start, end, label in sorted(ents):
        cs = raw_to_clean.get(start)
        ce = next((raw_to_clean[r] + 1 for r in range(end - 1, start - 1, -1) if r in raw_to_clean), None)
        if cs is None or ce is None:
            stats["dropped_unmapped"] += 1
            continue
        span = None if label in missing_labels else doc.char_span(cs, ce, label=label)
        if span is None:
            stats["missing_" + (label if label in missing_labels else "misaligned")] += 1
            loose = doc.char_span(cs, ce, alignment_mode="expand")
            if loose is not None:
                missing.append(loose)
            continue
        if spans and span.start < spans[-1].end:
            stats["dropped_overlap"] += 1
            continue
        spans.append(span)
        stats[label] += 1
    missing = [m for m in missing if not any(m.start < s.end and s.start < m.end for s in spans)]
    missing = [m for i, m in enumerate(missing) if not any(m.start < o.end and o.start < m.end for o in missing[:i])]
    doc.set_ents(spans, missing=[Span(doc, m.start, m.end) for m in missing], default=default)
    return doc


def write(path: Path, tokenizer: PageTokenizer, records: Iterable[Record], copies: int = 1,
          missing_labels: frozenset[str] = frozenset(), default: str = "outside") -> Counter:
    """Tokenize records into a DocBin (each record `copies` times; `default` as in to_doc)."""
    stats: Counter = Counter()
    db = DocBin(store_user_data=False)
    for text, ents in records:
        if not text.strip():
            continue
        doc = to_doc(tokenizer, text, ents, stats, missing_labels, default)
        for _ in range(copies):
            db.add(doc)
        stats["docs"] += copies
    db.to_disk(path)
    print(path.name, dict(stats))
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--segmenter", choices=["char", "pkuseg"], default="char")
    ap.add_argument("--pkuseg-model", default=str(ROOT / "models/pkuseg"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--domain-copies", type=int, default=5)
    ap.add_argument("--domain-train", nargs="+", type=Path, default=[ROOT / "corpus/train.jsonl"],
                    help="annotated domain splits trained on (never corpus/test.jsonl)")
    ap.add_argument("--domain-dev", nargs="+", type=Path, default=[ROOT / "corpus/dev.jsonl"],
                    help="annotated domain splits for model selection (dev_domain.spacy)")
    ap.add_argument("--silver-docs", type=int, default=0, help="bulk docs labelled by the fast pipeline")
    ap.add_argument("--max-chars", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--missing-labels", nargs="*", default=[],
                    help="domain labels the model does not learn (their spans become missing)")
    ap.add_argument("--missing-source", nargs="*", default=[], metavar="CORPUS:LABEL",
                    help="mapped labels of a training corpus marked missing, e.g. msra:ORG")
    ap.add_argument("--company-split", nargs="*", default=[], metavar="CORPUS",
                    help="corpora whose ORG becomes COMPANY when it ends with a company suffix")
    ap.add_argument("--partial-source", nargs="*", default=[], metavar="CORPUS",
                    help="training corpora written to train/partial.spacy with unannotated tokens missing")
    ap.add_argument("--cluener-copies", type=int, default=1,
                    help="N > 1 writes train/cluener_extra.spacy (CLUENER train N-1 more times)")
    ap.add_argument("--only", choices=["all", "domain", "cluener"], default="all",
                    help="domain / cluener: rebuild only the domain DocBins / cluener_extra.spacy")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("zh")
    tokenizer = PageTokenizer(nlp.vocab, segmenter=args.segmenter, pkuseg_model=args.pkuseg_model)

    missing_source: dict[str, set[str]] = {}
    for item in args.missing_source:
        corpus, label = item.split(":")
        missing_source.setdefault(corpus, set()).add(label)

    def train_records(partial: bool) -> Iterator[Record]:
        for corpus, rel in TRAIN_FILES:
            if (corpus in args.partial_source) == partial:
                yield from read_unified(corpus, CORPORA / rel, frozenset(missing_source.get(corpus, ())),
                                        corpus in args.company_split)
        if args.silver_docs and not partial:
            yield from read_silver(args.silver_docs, args.seed, args.max_chars)

    missing = frozenset(args.missing_labels)
    (args.out / "train").mkdir(exist_ok=True)
    if args.only == "all":
        write(args.out / "train/base.spacy", tokenizer, train_records(False), missing_labels=frozenset({MISSING}))
        if args.partial_source:
            write(args.out / "train/partial.spacy", tokenizer, train_records(True),
                  missing_labels=frozenset({MISSING}), default="missing")
        write(args.out / "dev_cluener.spacy", tokenizer,
              read_unified("cluener", CORPORA / "cluener/dev.jsonl"))
    if args.cluener_copies > 1 and args.only in ("all", "cluener"):
        write(args.out / "train/cluener_extra.spacy", tokenizer,
              read_unified("cluener", CORPORA / "cluener/train.jsonl"), copies=args.cluener_copies - 1)
    if args.only == "cluener":
        return
    if any(path.name == "test.jsonl" for path in args.domain_train + args.domain_dev):
        raise SystemExit("corpus/test.jsonl is never trained on or used for model selection")
    write(args.out / "train/domain.spacy", tokenizer, read_domains(args.domain_train, args.max_chars),
          copies=args.domain_copies, missing_labels=missing)
    write(args.out / "dev_domain.spacy", tokenizer, read_domains(args.domain_dev, args.max_chars),
          missing_labels=missing)


if __name__ == "__main__":
    main()
