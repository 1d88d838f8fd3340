"""Baselines for `zone-ner evaluate --pipeline lac,jieba`: other taggers mapped to zone_ner labels."""
