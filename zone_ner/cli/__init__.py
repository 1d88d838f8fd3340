"""The `zone-ner` command line."""
