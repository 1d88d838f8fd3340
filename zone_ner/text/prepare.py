"""What the facade calls on every input: decode bytes, reduce HTML pages to their article text."""

from __future__ import annotations

from dataclasses import dataclass

from zone_ner.text.decode import decode
from zone_ner.text.html import extract_html, looks_like_html


@dataclass(frozen=True)
class PreparedText:
    """The text the pipeline reads. When `html` is true, offsets index this text, not the page."""

    text: str
    html: bool
    title: str | None = None


def prepare(data: str | bytes, name: str = "<input>") -> PreparedText:
    """Decode `data` if bytes; extract headline + body if it is an HTML/JSP page; plain text as is."""
    text = decode(data, name) if isinstance(data, bytes) else data
    if looks_like_html(text):
        extracted = extract_html(text)
        return PreparedText(extracted.text, True, extracted.title)
    return PreparedText(text, False, None)
