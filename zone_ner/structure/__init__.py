"""Stage 3: document structure of clean text: articles (title, byline) and sentences."""

from zone_ner.structure.articles import ArticleSpan, split_articles
from zone_ner.structure.sentences import split_sentences

__all__ = ["ArticleSpan", "split_articles", "split_sentences"]
