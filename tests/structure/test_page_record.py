"""The example page through the shipped pipeline: what issue 3 asks of a damaged page."""

from __future__ import annotations

import re
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "page.txt"


def test_example_page_record(nlp) -> None:
    raw = EXAMPLE.read_text(encoding="utf-8")
    rec = nlp(raw, doc_id="page")
    for mention in rec.mentions:
        assert raw[mention.start : mention.end] == mention.text
    broken = {re.sub(r"\s", "", m.text): m for m in rec.mentions if "\n" in m.text}
    assert "河阳经济技术开发区" in broken and broken["河阳经济技术开发区"].label == "ZONE"
    assert len(broken) >= 3
    # No doubled headline text reaches the recognisers.
    assert not any(re.search(r"(.{2,})\1", re.sub(r"\s", "", m.text)) for m in rec.mentions)
    assert [a.title for a in rec.articles] == [
        "江城高新区：创新引领高质量发展",
        "河阳经开区：三星二期项目投产",
        "青山新区重大项目集中开工",
    ]
    assert raw[rec.articles[0].start :].startswith("江城高新区江城高新区：：")
