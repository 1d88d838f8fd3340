"""Fixtures of the batch tests (built by batch_inputs.py)."""

from batch_inputs import mixed_inputs  # noqa: F401
