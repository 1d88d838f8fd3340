"""Cut clean text into whitespace-free pieces of bounded length, the unit HanLP is called on."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "chunks.json"


@lru_cache(maxsize=1)
def _settings() -> tuple[re.Pattern[str], int]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return re.compile(f"[^\\s{re.escape(data['sentence_ends'])}]*[{re.escape(data['sentence_ends'])}]+|\\S+"), int(
        data["max_chars"]
    )


def chunks(text: str, max_chars: int | None = None) -> list[tuple[int, int]]:
    """`(start, end)` pieces of `text`: no whitespace inside, cut after sentence ends, at most `max_chars` long."""
    pattern, default = _settings()
    limit = max_chars or default
    pieces: list[tuple[int, int]] = []
    for run in re.finditer(r"\S+", text):
        for sentence in pattern.finditer(run.group()):
            start, end = run.start() + sentence.start(), run.start() + sentence.end()
            pieces.extend((s, min(s + limit, end)) for s in range(start, end, limit))
    return pieces
