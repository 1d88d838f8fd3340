"""CoNLL character files: one character and its tag a line, a blank line between documents.

Tags may be BIO (IOB2), BIOES or BMES, prefix style (`B-ZONE`, `B_ZONE`); the decoder
accepts any of them. A line `# id = X` names the next document. Whitespace characters that
cannot stand on a line are written escaped (`\\n`, `\\r`, `\\t`, `\\s` for a space, `\\\\`).
Columns are tab-separated (first = character, last = tag) or, without tabs, space-separated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from zone_ner.errors import InputError
from zone_ner.eval.types import EvalDoc, Span

ESCAPES = {"\\n": "\n", "\\r": "\r", "\\t": "\t", "\\s": " ", "\\\\": "\\"}
UNESCAPES = {v: k for k, v in ESCAPES.items()}
SCHEMES = {
    "bio": {"begin": "B", "inside": "I", "end": "I", "single": "B"},
    "bioes": {"begin": "B", "inside": "I", "end": "E", "single": "S"},
    "bmes": {"begin": "B", "inside": "M", "end": "E", "single": "S"},
}
ID_PREFIX = "# id = "


def read_conll(path: str | Path) -> list[EvalDoc]:
    """Documents of a CoNLL char file; ids from `# id = X` lines, else `<file>:<n>`."""
    path = Path(path)
    docs: list[EvalDoc] = []
    chars: list[str] = []
    tags: list[str] = []
    doc_id: str | None = None
    start_line = 1

    def flush(lineno: int) -> None:
        nonlocal chars, tags, doc_id, start_line
        if chars:
            where = f"{path}:{start_line}"
            text = "".join(chars)
            spans = decode_tags(text, tags, where)
            docs.append(EvalDoc(id=doc_id or f"{path.name}:{len(docs) + 1}", text=text, spans=spans, origin=where))
        chars, tags, doc_id, start_line = [], [], None, lineno + 1

    with path.open(encoding="utf-8", newline="") as handle:
        for lineno, raw in enumerate(handle, 1):
            line = raw.rstrip("\r\n")
            if line.startswith(ID_PREFIX):
                flush(lineno)
                doc_id = line[len(ID_PREFIX):].strip()
                continue
            if not line.strip() or line.startswith("-DOCSTART-"):
                flush(lineno)
                continue
            char, tag = _split_line(line, f"{path}:{lineno}")
            chars.append(char)
            tags.append(tag)
        flush(0)
    return docs


def _split_line(line: str, where: str) -> tuple[str, str]:
    """(char, tag) of a line: tab-separated columns, else space-separated (first and last)."""
    cols = line.split("\t") if "\t" in line else line.split(" ")
    token, tag = cols[0], cols[-1].strip()
    if token == "" and "\t" not in line:
        token = " "
    token = ESCAPES.get(token, token)
    if len(cols) < 2 or len(token) != 1 or not tag:
        raise InputError(where, f"expected one character and a tag, got {line!r}")
    return token, tag


def _parse_tag(tag: str, where: str) -> tuple[str, str | None]:
    if tag == "O":
        return "O", None
    for sep in ("-", "_"):
        prefix, found, label = tag.partition(sep)
        if found and prefix in {"B", "I", "M", "E", "S"} and label:
            return prefix, label
    raise InputError(where, f"unknown tag {tag!r} (expected O or B/I/M/E/S-LABEL)")


def decode_tags(text: str, tags: Sequence[str], where: str = "<tags>") -> list[Span]:
    """Spans of a tag sequence in any of BIO, BIOES, BMES (I/M/E after O or another label opens a span)."""
    if len(text) != len(tags):
        raise InputError(where, f"{len(text)} characters but {len(tags)} tags")
    spans: list[Span] = []
    start: int | None = None
    label: str | None = None

    def close(end: int) -> None:
        nonlocal start, label
        if start is not None and label is not None:
            spans.append(Span(start, end, label, text[start:end]))
        start, label = None, None

    for i, tag in enumerate(tags):
        prefix, tag_label = _parse_tag(tag, where)
        if prefix == "O":
            close(i)
        elif prefix in {"B", "S"} or tag_label != label or start is None:
            close(i)
            start, label = i, tag_label
        if prefix in {"E", "S"}:
            close(i + 1)
    close(len(tags))
    return spans


def encode_tags(length: int, spans: Iterable[Span], scheme: str = "bio") -> list[str]:
    """Tags of `length` characters for flat `spans` in `scheme` ("bio", "bioes", "bmes")."""
    marks = SCHEMES[scheme]
    tags = ["O"] * length
    for span in spans:
        if any(tag != "O" for tag in tags[span.start:span.end]):
            raise ValueError(f"overlapping span {span} cannot be written as {scheme} tags")
        if span.end - span.start == 1:
            tags[span.start] = f"{marks['single']}-{span.label}"
            continue
        tags[span.start] = f"{marks['begin']}-{span.label}"
        for i in range(span.start + 1, span.end - 1):
            tags[i] = f"{marks['inside']}-{span.label}"
        tags[span.end - 1] = f"{marks['end']}-{span.label}"
    return tags


def write_conll(docs: Iterable[EvalDoc], path: str | Path, scheme: str = "bio") -> None:
    """Write documents as a CoNLL char file (`# id = X` line, char TAB tag lines, blank line)."""
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        for doc in docs:
            if doc.text is None:
                raise ValueError(f"document {doc.id!r} has no text")
            handle.write(f"{ID_PREFIX}{doc.id}\n")
            for char, tag in zip(doc.text, encode_tags(len(doc.text), doc.spans, scheme)):
                handle.write(f"{UNESCAPES.get(char, char)}\t{tag}\n")
            handle.write("\n")
