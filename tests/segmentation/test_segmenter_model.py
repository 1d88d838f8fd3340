"""The shipped spacy-pkuseg model (models/pkuseg): loads offline, segments real text well."""

from __future__ import annotations

from pathlib import Path

import pytest

from zone_ner.segmentation.segmenters import PkusegSegmenter

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "pkuseg"
# the held-out 20 % of the SIGHAN 2005 pku gold set (scripts/train_segmenter.py)
PKU_GOLD = ROOT.parent / "shared" / "data" / "corpora" / "sighan2005" / "raw" / "gold" / "pku_test_gold.utf8"
HELD_OUT_FRACTION = 0.2


@pytest.fixture(scope="module")
def segmenter() -> PkusegSegmenter:
    return PkusegSegmenter(MODEL)


def _spans(words: list[str]) -> set[tuple[int, int]]:
    out, pos = set(), 0
    for word in words:
        out.add((pos, pos + len(word)))
        pos += len(word)
    return out


def test_model_is_compact() -> None:
    size = sum(p.stat().st_size for p in MODEL.iterdir())
    assert size < 20 * 1024 * 1024


def test_words_cover_the_text(segmenter: PkusegSegmenter) -> None:
    text = "8月13日，延吉高新区生命健康产业园项目举行开工仪式，总投资9.3亿元。"
    assert "".join(segmenter.cut(text)) == text


@pytest.mark.skipif(not PKU_GOLD.exists(), reason="shared SIGHAN data not present")
def test_f1_on_held_out_pku_gold(segmenter: PkusegSegmenter) -> None:
    lines = [line.split() for line in PKU_GOLD.read_text(encoding="utf-8").splitlines() if line.split()]
    held_out = lines[int(len(lines) * (1 - HELD_OUT_FRACTION)):][:150]
    tp = n_gold = n_pred = 0
    for gold in held_out:
        pred = segmenter.cut("".join(gold))
        g, p = _spans(gold), _spans(pred)
        tp, n_gold, n_pred = tp + len(g & p), n_gold + len(g), n_pred + len(p)
    precision, recall = tp / n_pred, tp / n_gold
    assert 2 * precision * recall / (precision + recall) > 0.9


@pytest.mark.parametrize("name", ["北京经济技术开发区", "苏州工业园区"])
def test_knowledge_table_zone_names_stay_whole(segmenter: PkusegSegmenter, name: str) -> None:
    words = segmenter.cut(f"近日，{name}举行重点项目集中签约活动。")
    assert name in words
