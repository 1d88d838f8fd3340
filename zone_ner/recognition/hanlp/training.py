"""Train a HanLP BiLSTM-CRF NER model (with the CRF fix) on span JSONL.

The input is the corpus format of ANNOTATION.md (`text` + `spans` with start, end,
label); texts are cut like `zn_hanlp` cuts them at run time (`chunks`) and written
as character IOBES TSV. Labels are kept as they are: zone_ner's own labels, or a
HanLP tag set (NR/NS/NT …) that `data/labels.json` maps. Importing this module
imports hanlp and torch.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from zone_ner.recognition.hanlp.chunks import chunks
from zone_ner.recognition.hanlp.crf import BatchFirstRNNNER

Example = tuple[str, list[tuple[int, int, str]]]


def read_jsonl(path: str | Path) -> Iterator[Example]:
    """`(text, [(start, end, label), ...])` for each document of a span-JSONL file."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                yield doc["text"], [(s["start"], s["end"], s["label"]) for s in doc.get("spans", [])]


def iobes(length: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """Character IOBES tags of a piece of `length` characters (spans in its coordinates)."""
    tags = ["O"] * length
    for start, end, label in spans:
        if end - start == 1:
            tags[start] = f"S-{label}"
        else:
            tags[start : end] = [f"B-{label}", *[f"I-{label}"] * (end - start - 2), f"E-{label}"]
    return tags


def write_tsv(examples: Iterable[Example], path: str | Path, max_chars: int | None = None) -> int:
    """Write HanLP's tagging TSV (char, tag; blank line between pieces); returns the number of pieces.

    Spans crossing a piece boundary (whitespace, a sentence end) are left out."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for text, spans in examples:
            for a, b in chunks(text, max_chars):
                inside = [(s - a, e - a, label) for s, e, label in spans if a <= s < e <= b]
                out.writelines(f"{char}\t{tag}\n" for char, tag in zip(text[a:b], iobes(b - a, inside)))
                out.write("\n")
                count += 1
    return count


def fit_tagger(
    cls: type, trn_tsv: str | Path, dev_tsv: str | Path, save_dir: str | Path, *, epochs: int = 30,
    embed: int = 64, hidden: int = 64, batch_size: int = 16, lr: float = 0.01, seed: int = 1, **fit_kw: Any,
) -> Any:
    """Train a character BiLSTM-CRF of class `cls` (`BatchFirstRNNNER`, `BatchFirstRNNTagger`) on
    HanLP tagging TSV files into `save_dir`."""
    fit_kw.setdefault("logger", logging.getLogger("zone_ner.hanlp.train"))
    tagger = cls()
    tagger.fit(
        str(trn_tsv), str(dev_tsv), str(save_dir), epochs=epochs, embed=embed, rnn_hidden=hidden,
        batch_size=batch_size, lr=lr, anneal_factor=None, patience=epochs, seed=seed, verbose=False, **fit_kw,
    )
    return tagger


def train_ner(
    train: str | Path, save_dir: str | Path, dev: str | Path | None = None, **fit_kw: Any
) -> BatchFirstRNNNER:
    """Train a character BiLSTM-CRF NER on span JSONL `train` (and `dev`, default `train`) into
    `save_dir`; load it with `hanlp.load(save_dir)` or as `zn_hanlp`'s `model`. `fit_kw` go to `fit_tagger`."""
    save_dir = Path(save_dir)
    save_dir.mkdir(parents=True, exist_ok=True)
    trn_tsv, dev_tsv = save_dir / "train.tsv", save_dir / "dev.tsv"
    write_tsv(read_jsonl(train), trn_tsv)
    write_tsv(read_jsonl(dev or train), dev_tsv)
    return fit_tagger(BatchFirstRNNNER, trn_tsv, dev_tsv, save_dir, tagging_scheme="IOBES", **fit_kw)
