"""spaCy component "zn_structure": sets `doc._.zn_articles` and sentence starts from the clean text."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from zone_ner.extensions import doc_value, ensure_extensions, text_of
from zone_ner.structure.articles import split_articles
from zone_ner.structure.cues import patterns, surnames
from zone_ner.structure.sentences import split_sentences


class Structure:
    """Articles (title, byline) into `doc._.zn_articles`; sentences into `doc._.zn_sentences` and `token.is_sent_start`."""

    def __init__(self, max_sentence_chars: int = 300) -> None:
        ensure_extensions()
        self.max_sentence_chars = max_sentence_chars
        patterns()  # cue patterns compiled and surnames read at load, not in the first document
        surnames()

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        norm = doc_value(doc, "zn_norm")
        articles = split_articles(text, norm.wrapped if norm is not None else None)
        doc._.zn_articles = articles
        if not len(doc):
            return doc
        sentences = split_sentences(text, self.max_sentence_chars)
        doc._.zn_sentences = sentences
        starts = numpy.array(sorted({s for s, _ in sentences} | {a.start for a in articles}), dtype="uint64")
        at = doc.to_array(IDX).searchsorted(starts)
        flags = numpy.full(len(doc), -1, dtype="int64")
        flags[numpy.minimum(at, len(doc) - 1)] = 1
        flags[0] = 1
        doc.from_array([SENT_START], flags.view("uint64"))
        return doc


@Language.factory(
    "zn_structure",
    default_config={"max_sentence_chars": 300},
    assigns=["token.is_sent_start", "doc._.zn_articles", "doc._.zn_sentences"],
)
def make_structure(nlp: Language, name: str, max_sentence_chars: int) -> Structure:
    """Factory of the "zn_structure" component (entry point in pyproject.toml)."""
    return Structure(max_sentence_chars=max_sentence_chars)
