"""The character segmenter's one-pass `words` agrees with the run-by-run split and rebuilds the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from zone_ner.segmentation.segmenters import CharSegmenter, split_runs
from zone_ner.text import normalise

NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news"
SPACING = [
    "", " ", "  ", "\n", " 西安 高新区", "西安  高新区 \n 2023年 8.5亿元 ", "A股 iPhone15\t\n\n第 1 版 ",
    "西安高新区 ", "西安高新区\u3000管委会", "  \n",
]


def _texts() -> list[str]:
    if not NEWS.is_dir():
        pytest.skip("../shared/data/news is not present")
    return [normalise(p.read_text(encoding="utf-8")).text for p in sorted(NEWS.glob("*.txt"))]


@pytest.mark.parametrize("text", SPACING)
def test_words_match_the_run_split_on_spacing(text: str) -> None:
    segmenter = CharSegmenter()
    words, spaces = segmenter.words(text)
    assert (words, spaces) == split_runs(text, segmenter.cut)
    assert "".join(w + " " * s for w, s in zip(words, spaces)) == text


def test_words_match_the_run_split_on_news() -> None:
    segmenter = CharSegmenter()
    texts = _texts()
    for text in texts:
        assert segmenter.words(text) == split_runs(text, segmenter.cut)
        assert segmenter.words(text + " ") == split_runs(text + " ", segmenter.cut)
    assert sum(len(segmenter.words(t)[0]) for t in texts) > 100_000
