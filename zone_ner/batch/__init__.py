"""`zone-ner batch`: many documents in, one output line per document, parallel and resumable.

    >>> from zone_ner.batch import run_batch
    >>> summary = run_batch(["pages/", "archive.zip"], "records.jsonl", workers=2, resume=True)

The Ray engine (`zone_ner.batch.ray_engine.run`) is imported only when used.
"""

from zone_ner.batch.progress import BatchSummary
from zone_ner.batch.runner import run_batch
from zone_ner.batch.sources import Task, Unit, discover, iter_tasks

__all__ = ["BatchSummary", "Task", "Unit", "discover", "iter_tasks", "run_batch"]
