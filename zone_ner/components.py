"""Import every module that registers a spaCy factory or tokenizer."""

from zone_ner.linking import linker  # noqa: F401
from zone_ner.structure import component as structure  # noqa: F401
from zone_ner.recognition import gazetteer, merge, model_check  # noqa: F401
from zone_ner.recognition.hanlp import component as hanlp  # noqa: F401
from zone_ner.recognition.rules import component as rules  # noqa: F401
from zone_ner.segmentation import tokenizer  # noqa: F401
