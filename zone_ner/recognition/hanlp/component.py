"""Component `zn_hanlp`: a HanLP NER model proposing candidates, or a HanLP tokenizer re-segmenting.

task "ner": HanLP entities, mapped to zone_ner labels (`data/labels.json`), are
added as candidates with source "hanlp"; `zn_merge` pools them with the rest.
task "tok": token boundaries are replaced by HanLP's words.
mode "join" keeps the statistical `ner`; "replace" tells the facade to leave it
out (see `hanlp_overrides`); the component itself behaves the same in both.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from zone_ner.errors import ModelNotFoundError
from zone_ner.extensions import ensure_extensions
from zone_ner.recognition.align import split_at
from zone_ner.recognition.candidates import Candidate, add_candidates
from zone_ner.recognition.hanlp.chunks import chunks
from zone_ner.recognition.hanlp.labels import load_label_map

SOURCE = "hanlp"
TASKS = ("ner", "tok")
MODES = ("join", "replace")


class HanLPComponent:
    """Runs one HanLP model over the clean text, piece by piece (see `chunks`)."""

    def __init__(self, model: str, task: str = "ner", mode: str = "join", score: float = 0.8, max_chars: int = 0) -> None:
        if task not in TASKS:
            raise ValueError(f"zn_hanlp: task must be one of {TASKS}, not {task!r}")
        if mode not in MODES:
            raise ValueError(f"zn_hanlp: mode must be one of {MODES}, not {mode!r}")
        if not model:
            raise ModelNotFoundError("zn_hanlp needs `model`: a HanLP model directory or an id unpacked in HANLP_HOME")
        from zone_ner.recognition.hanlp.loader import load_model
        from zone_ner.recognition.hanlp.runner import HanLPRunner

        self.model, self.task, self.mode, self.score = model, task, mode, score
        self.max_chars = max_chars or None
        self.label_map = load_label_map()
        self.runner = HanLPRunner(load_model(model), task)

    def recognise(self, text: str) -> list[Candidate]:
        """HanLP's entities in `text` as candidates (character offsets into `text`)."""
        pieces = chunks(text, self.max_chars)
        found = self.runner.entities([text[a:b] for a, b in pieces])
        candidates = []
        for (offset, _), ents in zip(pieces, found):
            for b, e, tag in ents:
                start, end = offset + b, offset + e
                label = self.label_map.label(tag, text[start:end])
                if label is not None and end > start:
                    candidates.append(Candidate(start, end, label, SOURCE, self.score))
        return candidates

    def word_spans(self, text: str) -> list[tuple[int, int]]:
        """HanLP's words in `text` as character spans."""
        pieces = chunks(text, self.max_chars)
        found = self.runner.words([text[a:b] for a, b in pieces])
        return [(offset + b, offset + e) for (offset, _), words in zip(pieces, found) for b, e in words]

    def segment(self, doc: Doc) -> None:
        """Make the doc's tokens HanLP's words (whitespace tokens stay as they are)."""
        words = self.word_spans(doc.text)
        split_at(doc, {b for span in words for b in span})
        with doc.retokenize() as retokenizer:
            for start, end in words:
                span = doc.char_span(start, end)
                if span is not None and len(span) > 1:
                    retokenizer.merge(span)

    def __call__(self, doc: Doc) -> Doc:
        if self.task == "ner":
            add_candidates(doc, self.recognise(doc.text))
        else:
            self.segment(doc)
        return doc


@Language.factory(
    "zn_hanlp",
    default_config={"model": "", "task": "ner", "mode": "join", "score": 0.8, "max_chars": 0},
    assigns=["doc.user_data"],
)
def make_hanlp(
    nlp: Language, name: str, model: str, task: str, mode: str, score: float, max_chars: int
) -> HanLPComponent:
    """The HanLP backend; `model` is a local HanLP model directory or an id already in HANLP_HOME."""
    ensure_extensions()
    return HanLPComponent(model, task=task, mode=mode, score=score, max_chars=max_chars)


def hanlp_overrides(model: str, mode: str = "join", task: str = "ner") -> dict[str, Any]:
    """How the facade adds the backend: `exclude` (components to leave out of `spacy.load`) and
    `add_pipe` (keyword arguments for `nlp.add_pipe` on the loaded pipeline)."""
    if task not in TASKS or mode not in MODES:
        raise ValueError(f"zn_hanlp: task must be one of {TASKS} and mode one of {MODES}")
    place: dict[str, Any] = {"before": "zn_merge"} if task == "ner" else {"first": True}
    exclude = ["tok2vec", "ner"] if task == "ner" and mode == "replace" else []
    config = {"model": str(model), "task": task, "mode": mode}
    return {"exclude": exclude, "add_pipe": {"factory_name": "zn_hanlp", "name": "zn_hanlp", "config": config, **place}}
