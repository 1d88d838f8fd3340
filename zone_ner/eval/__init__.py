"""`zone-ner evaluate`: score zone_ner pipelines, baselines or prediction files against gold.

    >>> from zone_ner.eval import run, render
    >>> result = run(["corpus/test.jsonl"], pipelines=["default", "lac"])
    >>> print(render(result, "markdown"))

Modules: `readers` (span JSONL, manifests, DocumentRecord JSONL), `conll`, `docbin`,
`metrics` (pure functions), `score` (one system), `runner` (the whole report),
`backends` (what `--pipeline` names), `baselines/` (lac, jieba), `render/`.
See docs/evaluation.md.
"""

from zone_ner.eval.backends import BackendUnavailable, register_backend
from zone_ner.eval.render import render
from zone_ner.eval.runner import run

__all__ = ["BackendUnavailable", "register_backend", "render", "run"]
