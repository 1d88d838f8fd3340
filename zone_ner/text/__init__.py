"""Stage 1: raw text in, clean text out, with an exact map back to the raw text."""

from zone_ner.text.normalise import normalise
from zone_ner.text.offsets import NormalisedText

__all__ = ["NormalisedText", "normalise"]
