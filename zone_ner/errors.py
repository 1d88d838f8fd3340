"""Errors raised by zone_ner; each names the input it refers to."""


class ZoneNERError(Exception):
    """Base class of every error zone_ner raises on purpose."""


class InputError(ZoneNERError):
    """An input (file, bytes, text) cannot be read or decoded."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class ModelNotFoundError(ZoneNERError):
    """A pipeline, model or backend file is missing on disk."""
