"""Doc and Span extensions shared by the pipeline stages (see docs/architecture.md)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

_DOC = ("zn_norm", "zn_articles", "zn_sentences", "zn_zone_links")
_SPAN = ("zn_source", "zn_score")


def ensure_extensions() -> None:
    """Declare zone_ner's extensions once; called by every component factory."""
    for name in _DOC:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _SPAN:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def doc_value(doc: Doc, name: str) -> Any:
    """`doc._.<name>` of one of zone_ner's doc extensions, read from `doc.user_data` under
    spaCy's key without building an `Underscore` object (~1 µs each)."""
    return doc.user_data.get(("._.", name, None, None))


def text_of(doc: Doc) -> str:
    """The doc's text, without rebuilding it from the tokens (`doc.text` walks every token)."""
    norm = doc_value(doc, "zn_norm")
    return norm.text if norm is not None else doc.text
