"""Train the compact spacy-pkuseg segmenter shipped in models/pkuseg/.

Stages (run in order; each writes under --work, default /work/train/seg):

  gold     split the SIGHAN 2005 pku/msr gold test sets: 80 % train, last 20 % held out
  silver   news text segmented by the large pkuseg==0.0.25 model (teacher venv),
           re-segmented so knowledge-table and admin-division names and company
           names (…有限公司/集团) are single words
  train    spacy_pkuseg.train on gold-train + silver, then prune the model
  prune    re-prune the last raw model into --out (drop near-zero features, round weights)
  eval     word F1 on the held-out pku/msr portions and chars/s
  all      gold, silver, train, eval

The teacher runs in a separate interpreter (``--teacher-python``) because
pkuseg==0.0.25 and spacy-pkuseg cannot share one environment; this same file
is its entry point (``teach`` stage: stdin lines -> space-separated words).
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path("/work/shared/data")
SIGHAN_GOLD = SHARED / "corpora/sighan2005/raw/gold"
SILVER_GLOBS = ("news/*.txt", "bulk/xinwenlianbo_*.jsonl", "bulk/rss_*.jsonl")
HELD_OUT_FRACTION = 0.2
SENT_END = re.compile(r"(?<=[。！？!?；;\n])")
COMPANY_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团股份有限公司|集团)")
COMPANY_STOP_FILE = Path(__file__).resolve().parents[1] / "configs/segmenter/company_left_stop.txt"
COMPANY_MAX_TOKENS = 3
COMPANY_MAX_CHARS = 14
BRACKETS = frozenset("（）()")
CJK_OR_ALNUM = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9Ａ-Ｚａ-ｚ０-９（）()·]+$")


# ---------------------------------------------------------------- gold
def read_gold(path: Path) -> list[list[str]]:
    """Sentences of a SIGHAN gold file as word lists."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if words:
            out.append(words)
    return out


def stage_gold(work: Path) -> None:
    """Write gold_train.txt and <corpus>_heldout.txt (last 20 % of each file)."""
    train_lines = []
    for corpus in ("pku", "msr"):
        sents = read_gold(SIGHAN_GOLD / f"{corpus}_test_gold.utf8")
        cut = int(len(sents) * (1 - HELD_OUT_FRACTION))
        train_lines += [" ".join(s) for s in sents[:cut]]
        (work / f"{corpus}_heldout.txt").write_text(
            "\n".join(" ".join(s) for s in sents[cut:]) + "\n", encoding="utf-8")
    (work / "gold_train.txt").write_text("\n".join(train_lines) + "\n", encoding="utf-8")
    print(f"gold: {len(train_lines)} training sentences")


# ---------------------------------------------------------------- silver
def silver_texts(seed: int, max_chars: int) -> list[str]:
    """News-style sentences (no test split documents), sampled to max_chars."""
    docs: list[str] = []
    for pattern in SILVER_GLOBS:
        for path in sorted(SHARED.glob(pattern)):
            if path.suffix == ".txt":
                docs.append(path.read_text(encoding="utf-8", errors="ignore"))
            else:
                with path.open(encoding="utf-8") as f:
                    for line in f:
                        rec = json.loads(line)
                        docs.append((rec.get("title") or "") + "\n" + (rec.get("text") or ""))
    sents = []
    for doc in docs:
        for piece in SENT_END.split(doc):
            piece = "".join(piece.split())
            if 8 <= len(piece) <= 300:
                sents.append(piece)
    random.Random(seed).shuffle(sents)
    out, total = [], 0
    for s in dict.fromkeys(sents):
        if total >= max_chars:
            break
        out.append(s)
        total += len(s)
    return out


def knowledge_names() -> list[str]:
    """Zone full/short names and admin-division names (>= 3 chars)."""
    names: set[str] = set()
    for path in sorted((SHARED / "kb").glob("*.tsv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                names.add(row["name"].strip())
                names.update(s.strip() for s in (row.get("short_names") or "").split("|"))
    with (SHARED / "admin_divisions/divisions_nbs2023.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names.add(row["name"].strip())
    return sorted(n for n in names if len(n) >= 3 and "辖" not in n)


def boundaries(words: list[str]) -> set[int]:
    """Character offsets where a word starts or ends."""
    out, pos = {0}, 0
    for w in words:
        pos += len(w)
        out.add(pos)
    return out


@functools.cache
def company_stop_words() -> frozenset[str]:
    """Tokens that end a company name's leftward extension (data file)."""
    lines = COMPANY_STOP_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def company_spans(words: list[str]) -> list[tuple[int, int]]:
    """Company names: a legal-form suffix plus the name tokens before it."""
    text = "".join(words)
    stop = company_stop_words()
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w)
    spans = []
    for m in COMPANY_SUFFIX.finditer(text):
        # index of the token containing the suffix start
        i = max(k for k, s in enumerate(starts) if s <= m.start())
        start, k, n_tokens = starts[i], i - 1, 0
        while k >= 0:
            w = words[k]
            n_tokens += w not in BRACKETS
            if (w in stop or not CJK_OR_ALNUM.match(w) or n_tokens > COMPANY_MAX_TOKENS
                    or m.end() - starts[k] > COMPANY_MAX_CHARS):
                break
            start = starts[k]
            k -= 1
        while start < m.start() and text[start] in BRACKETS:
            start += 1
        if m.start() - start >= 2:
            spans.append((start, m.end()))
    return spans


def resegment(words: list[str], automaton) -> list[str]:
    """Make protected names single words, splitting around them."""
    text = "".join(words)
    bounds = boundaries(words)
    spans = []
    for end_idx, name in automaton.iter_long(text):
        start, end = end_idx - len(name) + 1, end_idx + 1
        inner = [b for b in bounds if start < b < end]
        if inner:  # teacher split the name: force it together
            spans.append((start, end))
        elif start in bounds and end in bounds:
            spans.append((start, end))
    spans += company_spans(words)
    for start, end in spans:
        bounds = {b for b in bounds if not start < b < end} | {start, end}
    cuts = sorted(bounds)
    return [text[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]


def stage_teach() -> None:
    """Teacher entry point (runs under pkuseg==0.0.25): stdin -> segmented lines."""
    import pkuseg  # noqa: PLC0415  (only in the teacher venv)

    seg = pkuseg.pkuseg()
    for line in sys.stdin:
        print(" ".join(seg.cut(line.strip())), flush=False)


def stage_silver(work: Path, teacher_python: str, max_chars: int, seed: int) -> None:
    """Segment sampled news with the teacher, protect names, write silver.txt."""
    import ahocorasick  # noqa: PLC0415

    sents = silver_texts(seed, max_chars)
    cache = work / f"teacher_{seed}_{max_chars}.txt"
    if not cache.exists():
        t0 = time.time()
        proc = subprocess.run([teacher_python, __file__, "teach"], input="\n".join(sents) + "\n",
                              capture_output=True, text=True, check=True)
        cache.write_text(proc.stdout, encoding="utf-8")
        print(f"teacher: {sum(map(len, sents))} chars in {time.time() - t0:.0f}s")
    teacher_lines = cache.read_text(encoding="utf-8").splitlines()
    assert len(teacher_lines) == len(sents), (len(teacher_lines), len(sents))
    automaton = ahocorasick.Automaton()
    for name in knowledge_names():
        automaton.add_word(name, name)
    automaton.make_automaton()
    changed = 0
    out = []
    for line in teacher_lines:
        words = line.split()
        new = resegment(words, automaton)
        changed += new != words
        out.append(" ".join(new))
    (work / "silver.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"silver: {len(out)} sentences, {changed} re-segmented around protected names")


# ---------------------------------------------------------------- train
def prune_model(model_dir: Path, min_weight: float) -> None:
    """Drop features whose weights are all below min_weight; shrink word sets."""
    import numpy as np  # noqa: PLC0415
    import srsly  # noqa: PLC0415

    feats = srsly.read_msgpack(model_dir / "features.msgpack")
    npz = np.load(model_dir / "weights.npz")
    n_tag, n_feat = (int(x) for x in npz["sizes"])
    w = npz["w"]
    node = w[: n_feat * n_tag].reshape(n_feat, n_tag)
    trans = w[n_feat * n_tag:]
    keep = np.abs(node).max(axis=1) >= min_weight
    by_idx = sorted(feats["feature_to_idx"].items(), key=lambda kv: kv[1])
    kept = [(f, i) for f, i in by_idx if keep[i]]
    feature_to_idx = {f: new for new, (f, _) in enumerate(kept)}
    new_node = node[[i for _, i in kept]]
    words = set()
    bigrams = set()
    for f in feature_to_idx:
        parts = f.split(".", 2)
        if f.startswith("ww."):
            bigrams.add(parts[2])
        elif f.startswith("w.") and len(parts) == 3:
            words.add(parts[2])
    # word features are looked up by membership in `unigram`; keep only words
    # that can still produce a kept feature (and every bigram's parts)
    for b in bigrams:
        words.update(b.split("*"))
    feats["feature_to_idx"] = feature_to_idx
    feats["unigram"] = sorted(w_ for w_ in feats["unigram"] if w_ in words)
    feats["bigram"] = sorted(b for b in feats["bigram"] if b in bigrams)
    srsly.write_msgpack(model_dir / "features.msgpack", feats)
    # weights rounded to a 1/256 grid compress ~3x; F1 changes < 0.1 point
    weights = np.round(np.concatenate([new_node.reshape(-1), trans]) * 256) / 256
    np.savez_compressed(model_dir / "weights.npz", sizes=np.array([n_tag, len(kept)]), w=weights)
    print(f"pruned features {n_feat} -> {len(kept)}")


def stage_prune(work: Path, out_dir: Path, min_weight: float) -> None:
    """Copy the raw trained model into out_dir and prune it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("features.msgpack", "weights.npz"):
        shutil.copy(work / "model_raw" / name, out_dir / name)
    prune_model(out_dir, min_weight)


def stage_train(work: Path, out_dir: Path, iters: int, feature_trim: int, min_weight: float,
                use_silver: bool) -> None:
    """Train spacy-pkuseg on gold-train (+ silver) and prune into out_dir."""
    import spacy_pkuseg  # noqa: PLC0415
    from spacy_pkuseg.config import config  # noqa: PLC0415

    train_file = work / "train_all.txt"
    parts = [(work / "gold_train.txt").read_text(encoding="utf-8")]
    if use_silver:
        parts.append((work / "silver.txt").read_text(encoding="utf-8"))
    # every protected name once as a one-word line, so names absent from the
    # sampled news are still known words
    parts.append("\n".join(knowledge_names()) + "\n")
    train_file.write_text("".join(parts), encoding="utf-8")
    dev_file = work / "dev_small.txt"
    held = (work / "pku_heldout.txt").read_text(encoding="utf-8").splitlines()[:200]
    dev_file.write_text("\n".join(held) + "\n", encoding="utf-8")
    config.featureTrim = feature_trim
    tmp_model = work / "model_raw"
    shutil.rmtree(tmp_model, ignore_errors=True)
    spacy_pkuseg.train(str(train_file), str(dev_file), str(tmp_model), train_iter=iters)
    stage_prune(work, out_dir, min_weight)


# ---------------------------------------------------------------- eval
def word_f1(gold: list[list[str]], pred: list[list[str]]) -> tuple[float, float, float]:
    """Precision, recall and F1 over word spans."""
    def spans(words: list[str]) -> set[tuple[int, int]]:
        out, pos = set(), 0
        for w in words:
            out.add((pos, pos + len(w)))
            pos += len(w)
        return out

    tp = n_gold = n_pred = 0
    for g, p in zip(gold, pred):
        gs, ps = spans(g), spans(p)
        tp += len(gs & ps)
        n_gold += len(gs)
        n_pred += len(ps)
    prec, rec = tp / n_pred, tp / n_gold
    return prec, rec, 2 * prec * rec / (prec + rec)


def stage_eval(work: Path, model_dir: Path) -> dict:
    """F1 on the held-out pku/msr portions and segmentation speed (chars per CPU second)."""
    import spacy_pkuseg  # noqa: PLC0415

    seg = spacy_pkuseg.pkuseg(str(model_dir), user_dict=None)  # as zone_ner loads it
    result = {}
    total_chars, total_time = 0, 0.0
    for corpus in ("pku", "msr"):
        gold = read_gold(work / f"{corpus}_heldout.txt")
        texts = ["".join(s) for s in gold]
        t0 = time.process_time()
        pred = [seg.cut(t) for t in texts]
        total_time += time.process_time() - t0
        total_chars += sum(map(len, texts))
        p, r, f = word_f1(gold, pred)
        result[corpus] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
    result["chars_per_s"] = int(total_chars / total_time)
    result["model_bytes"] = sum(p.stat().st_size for p in model_dir.iterdir())
    print(json.dumps(result, ensure_ascii=False))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stage", choices=["gold", "silver", "train", "prune", "eval", "all", "teach"])
    ap.add_argument("--work", type=Path, default=Path("/work/train/seg"))
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "models/pkuseg")
    ap.add_argument("--teacher-python", default="/work/venv-teacher/bin/python")
    ap.add_argument("--silver-chars", type=int, default=700_000)
    ap.add_argument("--no-silver", action="store_true")
    ap.add_argument("--iters", type=int, default=10)
    ap.add_argument("--feature-trim", type=int, default=2)
    ap.add_argument("--min-weight", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    if args.stage == "teach":
        stage_teach()
        return
    args.work.mkdir(parents=True, exist_ok=True)
    if args.stage in ("gold", "all"):
        stage_gold(args.work)
    if args.stage in ("silver", "all") and not args.no_silver:
        stage_silver(args.work, args.teacher_python, args.silver_chars, args.seed)
    if args.stage in ("train", "all"):
        stage_train(args.work, args.out, args.iters, args.feature_trim, args.min_weight,
                    not args.no_silver)
    if args.stage == "prune":
        stage_prune(args.work, args.out, args.min_weight)
    if args.stage in ("eval", "all"):
        res = stage_eval(args.work, args.out)
        (args.out / "metrics.json").write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
