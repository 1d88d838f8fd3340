"""HanLP as an optional backend (`pip install 'zone-ner[hanlp]'`): component `zn_hanlp`.

Importing this package does not import hanlp or torch; the model is loaded when
the component is built. See docs/hanlp.md.
"""

from zone_ner.recognition.hanlp.component import HanLPComponent, hanlp_overrides, make_hanlp

__all__ = ["HanLPComponent", "hanlp_overrides", "make_hanlp"]
