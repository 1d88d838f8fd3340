"""Knowledge table of zones and places, candidate generation and the `zn_linker` component.

    >>> from zone_ner.linking import KnowledgeTable, candidates
    >>> [e.name for e in candidates("咸阳高新区", KnowledgeTable.load())]
    ['咸阳高新技术产业开发区']
"""

from zone_ner.linking.candidates import candidates
from zone_ner.linking.kb import Entry, KnowledgeTable, load_table
from zone_ner.linking.links import ZoneLink

__all__ = ["Entry", "KnowledgeTable", "ZoneLink", "candidates", "load_table"]
