"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK, Big5; binary refused.

Order: BOM, strict UTF-8, the charset an HTML page declares, then charset-normalizer
restricted to the encodings Chinese news archives use. Binary input (NUL bytes,
known file signatures, control characters) raises `InputError` naming the input.
"""

from __future__ import annotations

import codecs
import re

from zone_ner.errors import InputError

_SIGNATURES = {
    b"%PDF": "a PDF file (extract its text first, e.g. with pdftotext)",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an OLE document (DOC/XLS)",
    b"\x7fELF": "an executable",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5-hkscs": "big5hkscs"}
_CANDIDATES = ["utf_8", "gb18030", "big5", "big5hkscs", "utf_16"]
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _check_binary(data: bytes, name: str) -> None:
    for signature, what in _SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(name, f"is {what}, not text")
    if b"\x00" in data[:8192]:
        raise InputError(name, "looks binary (NUL bytes), not text")


def _plausible(text: str) -> bool:
    """Few control characters: real text, not bytes that happened to decode."""
    sample = text[:8192]
    return len(_CONTROL.findall(sample)) <= max(2, len(sample) // 200)


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode `data`; `InputError` naming `name` if it is binary or in no known encoding."""
    if not data:
        return ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(name, f"starts with a {encoding} byte-order mark but is not {encoding}") from err
    _check_binary(data, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _plausible(text):
            return text
        raise InputError(name, "looks binary (control characters), not text")
    declared = _DECLARED.search(data[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(_ALIASES.get(encoding, encoding))
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None or not _plausible(str(best)):
        raise InputError(name, "cannot detect a text encoding (binary or damaged file)")
    return str(best)
