"""Bytes to text: encoding detection with a clear error for binary input."""

from __future__ import annotations

from zone_ner.errors import InputError


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode `data` (UTF-8, UTF-8 with BOM, GB18030/GBK, Big5 …); `InputError` naming `name` if binary."""
    if b"\x00" in data[:4096]:
        raise InputError(name, "looks binary (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(name, "cannot detect a text encoding (binary or damaged file)")
    return str(best)
