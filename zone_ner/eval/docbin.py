"""spaCy DocBin (`.spacy`) files: `doc.ents` are the spans, `doc.user_data["id"]` the id."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from zone_ner.errors import InputError
from zone_ner.eval.types import EvalDoc, Span


def read_docbin(path: str | Path) -> list[EvalDoc]:
    """Documents of a DocBin; entity offsets are character offsets of `doc.text`."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    path = Path(path)
    try:
        docbin = DocBin().from_disk(path)
    except (ValueError, OSError, KeyError) as err:
        raise InputError(str(path), f"not a spaCy DocBin: {err}") from err
    docs = []
    for i, doc in enumerate(docbin.get_docs(Vocab()), 1):
        spans = [
            Span(ent.start_char, ent.end_char, ent.label_, ent.text, ent.kb_id_ or None)
            for ent in doc.ents
        ]
        doc_id = str(doc.user_data.get("id") or f"{path.name}:{i}")
        docs.append(EvalDoc(id=doc_id, text=doc.text, spans=spans, origin=f"{path}#{i}"))
    return docs


def write_docbin(docs: Iterable[EvalDoc], path: str | Path) -> None:
    """Write documents as a DocBin of one-token-per-character Docs (so every span aligns)."""
    from spacy.tokens import Doc, DocBin
    from spacy.vocab import Vocab

    vocab = Vocab()
    docbin = DocBin(store_user_data=True)
    for doc in docs:
        if doc.text is None:
            raise ValueError(f"document {doc.id!r} has no text")
        sdoc = Doc(vocab, words=list(doc.text), spaces=[False] * len(doc.text))
        sdoc.ents = [
            sdoc.char_span(s.start, s.end, label=s.label, kb_id=s.kb_id or "") for s in doc.spans
        ]
        sdoc.user_data["id"] = doc.id
        docbin.add(sdoc)
    docbin.to_disk(path)
