"""Turn annotated documents with their text into manifest entries (no text, a source pointer).

Documents whose licence does not allow the text to ship (新闻联播 transcripts, RSS items) go to
``corpus/manifest/<split>.jsonl``: their spans, relations, records and meta, plus ``source``
({"path", "id", "sha256"}) into the shared data directory; ``scripts/build_corpus.py`` rebuilds
the full text for local evaluation.

    python scripts/make_manifest.py annot_0.jsonl annot_1.jsonl --path bulk/xinwenlianbo_2022-2026_econ.jsonl \\
        > corpus/manifest/dev24.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path


def manifest_entry(doc: dict, path: str) -> dict:
    """The manifest form of one annotated document read from bulk file `path`."""
    text = doc["text"]
    for span in doc["spans"]:
        if text[span["start"] : span["end"]] != span["text"]:
            raise ValueError(f"{doc['id']}: span {span} does not match its text")
    source = {"path": path, "id": doc["id"], "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    entry = {"id": doc["id"], "source": source}
    entry.update({key: value for key, value in doc.items() if key not in {"id", "text"}})
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="annotated JSONL files with text")
    parser.add_argument("--path", required=True, help="the documents' file under the shared data directory")
    args = parser.parse_args()
    for name in args.files:
        for line in name.read_text(encoding="utf-8").splitlines():
            if line.strip():
                print(json.dumps(manifest_entry(json.loads(line), args.path), ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
