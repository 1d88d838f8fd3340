"""Stage 1: raw input in, clean text out, with an exact map back to the raw text.

`prepare` decodes bytes and reduces HTML pages to their article text; `normalise`
undoes page damage while keeping, for every clean character, its index in the input.
"""

from zone_ner.text.decode import decode
from zone_ner.text.html import ExtractedText, extract_html, looks_like_html
from zone_ner.text.normalise import normalise
from zone_ner.text.offsets import NormalisedText
from zone_ner.text.prepare import PreparedText, prepare

__all__ = [
    "ExtractedText",
    "NormalisedText",
    "PreparedText",
    "decode",
    "extract_html",
    "looks_like_html",
    "normalise",
    "prepare",
]
