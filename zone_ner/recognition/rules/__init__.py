"""Rule recognisers (data files in `data/`); the spaCy component is `zn_rules` in `component.py`."""
