"""spaCy component "zn_structure": sets `doc._.zn_articles` and sentence starts from the clean text."""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from zone_ner.extensions import ensure_extensions
from zone_ner.structure.articles import split_articles
from zone_ner.structure.sentences import split_sentences


class Structure:
    """Articles (title, byline) into `doc._.zn_articles`; `token.is_sent_start` on every token."""

    def __init__(self, max_sentence_chars: int = 300) -> None:
        ensure_extensions()
        self.max_sentence_chars = max_sentence_chars

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        articles = split_articles(text)
        doc._.zn_articles = articles
        if not len(doc):
            return doc
        starts = {start for start, _ in split_sentences(text, self.max_sentence_chars)}
        starts.update(article.start for article in articles)
        token_starts = [token.idx for token in doc]
        first_tokens = {bisect_left(token_starts, start) for start in starts}
        for token in doc:
            token.is_sent_start = token.i == 0 or token.i in first_tokens
        return doc


@Language.factory(
    "zn_structure",
    default_config={"max_sentence_chars": 300},
    assigns=["token.is_sent_start", "doc._.zn_articles"],
)
def make_structure(nlp: Language, name: str, max_sentence_chars: int) -> Structure:
    """Factory of the "zn_structure" component (entry point in pyproject.toml)."""
    return Structure(max_sentence_chars=max_sentence_chars)
