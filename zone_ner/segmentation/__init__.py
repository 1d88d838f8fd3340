"""Stage 2: the spaCy tokenizer (normalisation + word segmentation)."""

from zone_ner.segmentation.tokenizer import PageTokenizer, create_page_tokenizer

__all__ = ["PageTokenizer", "create_page_tokenizer"]
