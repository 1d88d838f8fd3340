"""The HanLP backend (`zn_hanlp`): offline loading, label mapping, the CRF workaround, pipelines.

Tests that need HanLP train tiny models here (no download) and are skipped when the
`hanlp` extra is not installed; the pure helpers are tested everywhere.
"""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
import spacy

from zone_ner.errors import ModelNotFoundError
from zone_ner.recognition.hanlp import hanlp_overrides
from zone_ner.recognition.hanlp.chunks import chunks
from zone_ner.recognition.hanlp.labels import load_label_map
from zone_ner.recognition.hanlp.runner import align, mtl_entities, tags_to_entities, tags_to_words

DATA = Path(__file__).resolve().parents[2] / "zone_ner" / "recognition" / "hanlp" / "data"
TINY = DATA / "tiny_ner.jsonl"
MSRA_ID, MSRA_DIR = "MSRA_NER_ELECTRA_SMALL_ZH", "ner/msra_ner_electra_small_20220215_205503"


def tiny_docs() -> list[dict]:
    return [json.loads(line) for line in TINY.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold(doc: dict) -> set[tuple[int, int, str]]:
    """The tiny corpus' HanLP-style spans, mapped to zone_ner labels."""
    labels = load_label_map()
    return {(s["start"], s["end"], labels.label(s["label"], doc["text"][s["start"] : s["end"]])) for s in doc["spans"]}


# --- pure helpers (no HanLP needed) ---


@pytest.mark.parametrize(
    ("tag", "surface", "label"),
    [
        ("NR", "李明", "PERSON"),
        ("PERSON", "李明", "PERSON"),
        ("nr", "李明", "PERSON"),
        ("NT", "长青新材料有限公司", "COMPANY"),
        ("ORGANIZATION", "天津市科技局", "ORG"),
        ("ORG", "株洲高新区管委会", "ORG"),
        ("NS", "株洲高新区", "ZONE"),
        ("GPE", "咸阳市", "LOC"),
        ("LOCATION", "两江新区", "ZONE"),
        ("DATE", "7月27日", None),
        ("NORP", "中国人", None),
    ],
)
def test_label_map_covers_msra_ontonotes_pku(tag: str, surface: str, label: str | None) -> None:
    assert load_label_map().label(tag, surface) == label


def test_chunks_never_hold_whitespace_and_cut_after_sentence_ends() -> None:
    text = "王芳在河阳经开区调研。记者 李明\n报道！！下一句"
    pieces = [text[a:b] for a, b in chunks(text)]
    assert pieces == ["王芳在河阳经开区调研。", "记者", "李明", "报道！！", "下一句"]
    long = "一二三四五六七"
    assert [long[a:b] for a, b in chunks(long, 3)] == ["一二三", "四五六", "七"]


def test_lenient_decoding_of_invalid_tag_sequences() -> None:
    assert tags_to_entities(["O", "I-NS", "I-NS", "E-NS", "O", "S-NR"]) == [(1, 4, "NS"), (5, 6, "NR")]
    assert tags_to_entities(["B-NT", "I-NT", "B-NS", "E-NS"]) == [(0, 2, "NT"), (2, 4, "NS")]
    assert tags_to_entities(["B-PER", "I-PER", "I-LOC"]) == [(0, 2, "PER"), (2, 3, "LOC")]


def test_words_from_tags_and_alignment() -> None:
    assert tags_to_words(list("BESBME")) == [(0, 2), (2, 3), (3, 6)]
    assert align("张伟在两江新区", ["张伟", "在", "两江新区"]) == [(0, 2), (2, 3), (3, 7)]


def test_multitask_output_mapped_to_characters() -> None:
    texts = ["李明在两江新区调研。"]
    output = {"tok/fine": [["李明", "在", "两江", "新区", "调研", "。"]], "ner/msra": [[("李明", "PERSON", 0, 1), ("两江新区", "LOCATION", 2, 4)]]}
    assert mtl_entities(output, texts) == [[(0, 2, "PERSON"), (3, 7, "LOCATION")]]


def test_overrides_place_the_component() -> None:
    join = hanlp_overrides("/models/ner", "join")
    assert join["exclude"] == [] and join["add_pipe"]["before"] == "zn_merge"
    assert join["add_pipe"]["config"] == {"model": "/models/ner", "task": "ner", "mode": "join"}
    assert set(hanlp_overrides("/models/ner", "replace")["exclude"]) == {"ner", "tok2vec"}
    assert hanlp_overrides("/models/tok", "join", task="tok")["add_pipe"]["first"] is True
    with pytest.raises(ValueError):
        hanlp_overrides("/models/ner", "both")


# --- with HanLP: tiny models trained here ---


@pytest.fixture(scope="module")
def tiny_ner(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hanlp")
    from zone_ner.recognition.hanlp.training import train_ner

    save = tmp_path_factory.mktemp("hanlp") / "tiny_ner"
    train_ner(TINY, save, epochs=25, embed=32, hidden=32, batch_size=8)
    return save


@pytest.fixture(scope="module")
def tiny_tok(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A character B/M/E/S tagger where each tiny-corpus entity is one word, other characters single."""
    pytest.importorskip("hanlp")
    from zone_ner.recognition.hanlp.crf import BatchFirstRNNTagger
    from zone_ner.recognition.hanlp.training import fit_tagger

    save = tmp_path_factory.mktemp("hanlp") / "tiny_tok"
    save.mkdir()
    tsv = save / "train.tsv"
    with tsv.open("w", encoding="utf-8") as out:
        for doc in tiny_docs():
            tags = ["S"] * len(doc["text"])
            for s in doc["spans"]:
                n = s["end"] - s["start"]
                tags[s["start"] : s["end"]] = ["B", *["M"] * (n - 2), "E"] if n > 1 else ["S"]
            out.writelines(f"{c}\t{t}\n" for c, t in zip(doc["text"], tags) if not c.isspace())
            out.write("\n")
    fit_tagger(BatchFirstRNNTagger, tsv, tsv, save, epochs=20, embed=32, hidden=32, batch_size=8)
    return save


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection attempt fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network used: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_stock_rnn_crf_is_sequence_first_and_ours_batch_first(tiny_ner: Path) -> None:
    import hanlp
    from hanlp.components.taggers.rnn.rnntaggingmodel import RNNTaggingModel

    assert not RNNTaggingModel(8, None, 8, 3).crf.batch_first  # upstream bug; drop the workaround once fixed
    loaded = hanlp.load(str(tiny_ner), verbose=False)
    assert type(loaded).__name__ == "BatchFirstRNNNER" and loaded.model.crf.batch_first is True


def test_tiny_model_recovers_the_training_entities(tiny_ner: Path, no_network: None) -> None:
    from zone_ner.recognition.hanlp.component import HanLPComponent

    component = HanLPComponent(str(tiny_ner))
    true = found = correct = 0
    for doc in tiny_docs():
        expected = gold(doc)
        candidates = component.recognise(doc["text"])
        assert all(c.source == "hanlp" for c in candidates)
        predicted = {(c.start, c.end, c.label) for c in candidates}
        true, found, correct = true + len(expected), found + len(predicted), correct + len(expected & predicted)
    assert correct / true >= 0.95 and correct / found >= 0.95, (correct, true, found)


def test_component_in_the_shipped_pipeline_replace_mode(tiny_ner: Path, no_network: None) -> None:
    import zone_ner.components  # noqa: F401
    from zone_ner.pipeline import pipeline_path

    plan = hanlp_overrides(str(tiny_ner), "replace")
    nlp = spacy.load(pipeline_path("default"), exclude=plan["exclude"])
    nlp.add_pipe(**plan["add_pipe"])
    assert "ner" not in nlp.pipe_names
    assert nlp.pipe_names.index("zn_hanlp") < nlp.pipe_names.index("zn_merge")
    text = "　位于东湖科学城的长青新材料有限公司正式投产。记者张伟报道。"
    doc = nlp(text)
    hanlp_spans = {(s.text, s.label_) for s in doc.spans["zn_hanlp"]}
    assert {("东湖科学城", "ZONE"), ("长青新材料有限公司", "COMPANY"), ("张伟", "PERSON")} <= hanlp_spans
    assert all(e._.zn_source in {"hanlp", "rules", "gazetteer"} for e in doc.ents)
    assert any(e._.zn_source == "hanlp" or (e.text, e.label_) in hanlp_spans for e in doc.ents)


def test_tok_task_resegments_the_doc(tiny_tok: Path, no_network: None) -> None:
    import zone_ner.components  # noqa: F401
    from zone_ner.segmentation.tokenizer import PageTokenizer

    nlp = spacy.blank("zh")
    nlp.tokenizer = PageTokenizer(nlp.vocab, segmenter="char")
    nlp.add_pipe(**hanlp_overrides(str(tiny_tok), "join", task="tok")["add_pipe"])
    doc = nlp("位于江城高新区的远航集团正式投产。")
    assert doc.text == "位于江城高新区的远航集团正式投产。"
    words = [t.text for t in doc]
    assert "江城高新区" in words and "远航集团" in words and "的" in words


def test_missing_model_id_fails_at_once_naming_url_and_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_network: None
) -> None:
    pytest.importorskip("hanlp")
    from zone_ner.recognition.hanlp.component import HanLPComponent

    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    with pytest.raises(ModelNotFoundError) as err:
        HanLPComponent(MSRA_ID)
    message = str(err.value)
    assert "msra_ner_electra_small_20220215_205503.zip" in message and str(tmp_path / MSRA_DIR) in message
    assert list(tmp_path.iterdir()) == []


def test_model_id_found_under_hanlp_home(tiny_ner: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zone_ner.recognition.hanlp.component import HanLPComponent

    shutil.copytree(tiny_ner, tmp_path / MSRA_DIR)
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    found = HanLPComponent(MSRA_ID).recognise("王芳在河阳经开区调研。")
    assert {("王芳", "PERSON"), ("河阳经开区", "ZONE")} == {("王芳在河阳经开区调研。"[c.start : c.end], c.label) for c in found}


def test_nested_resource_is_never_downloaded(
    tiny_ner: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_network: None
) -> None:
    from zone_ner.recognition.hanlp.loader import load_model

    model = tmp_path / "needs_embeddings"
    shutil.copytree(tiny_ner, model)
    config = json.loads((model / "config.json").read_text(encoding="utf-8"))
    config["embed"] = "https://file.hankcs.com/hanlp/embeddings/convseg_embeddings.zip#news_tensite.w2v200"
    (model / "config.json").write_text(json.dumps(config), encoding="utf-8")
    monkeypatch.setenv("HANLP_HOME", str(tmp_path / "home"))
    with pytest.raises(ModelNotFoundError, match="convseg_embeddings.zip"):
        load_model(str(model))


def test_not_a_model(tmp_path: Path) -> None:
    pytest.importorskip("hanlp")
    from zone_ner.recognition.hanlp.loader import load_model

    with pytest.raises(ModelNotFoundError, match="not a saved HanLP component"):
        load_model(str(tmp_path))
    with pytest.raises(ModelNotFoundError, match="neither a directory nor a HanLP model id"):
        load_model("NO_SUCH_MODEL_ZH")


def test_without_the_extra_the_error_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zone_ner.recognition.hanlp.component import HanLPComponent

    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    monkeypatch.setitem(__import__("sys").modules, "hanlp", None)
    with pytest.raises(ModelNotFoundError, match=r"pip install 'zone-ner\[hanlp\]'"):
        HanLPComponent(str(tmp_path))


def test_evaluator_systems(tiny_ner: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zone_ner.eval.backends import BackendUnavailable
    from zone_ner.recognition.hanlp.baseline import MODEL_ENV, HanLPBaseline

    monkeypatch.delenv(MODEL_ENV, raising=False)
    with pytest.raises(BackendUnavailable, match=MODEL_ENV):
        HanLPBaseline()
    monkeypatch.setenv(MODEL_ENV, str(tiny_ner))
    text = "天津市科技局与远航集团签约。"
    assert list(HanLPBaseline().pipe([text])) == [[(0, 6, "ORG"), (7, 11, "COMPANY")]]
