"""Bytes in: every encoding of Chinese news archives decoded, binary refused with the input's name."""

from __future__ import annotations

import codecs
import random

import pytest
from textcheck import articles

from zone_ner.errors import InputError
from zone_ner.text import decode

SIMPLIFIED = articles()[0]
TRADITIONAL = "臺灣新竹科學園區積體電路產業，總投資新台幣一百億元，創造就業機會三千個。"


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (SIMPLIFIED, SIMPLIFIED.encode("utf-8")),
        (SIMPLIFIED, codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8")),
        (SIMPLIFIED, SIMPLIFIED.encode("utf-16")),
        (SIMPLIFIED, SIMPLIFIED.encode("gb18030")),
        (SIMPLIFIED, SIMPLIFIED.encode("gbk")),
        (TRADITIONAL, TRADITIONAL.encode("big5")),
        (TRADITIONAL, TRADITIONAL.encode("gb18030")),
    ],
)
def test_encodings(text: str, data: bytes) -> None:
    assert decode(data, "page.txt") == text


def test_declared_charset_of_an_html_page() -> None:
    page = '<html><head><meta charset="gb2312"></head><body><p>江城高新区</p></body></html>'
    assert decode(page.encode("gb18030"), "page.html") == page


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "江城高新区".encode() + b"\x00\x00\x01\x02",
        random.Random(3).randbytes(4000).replace(b"\x00", b"\x01"),
    ],
)
def test_binary_refused_naming_the_input(data: bytes) -> None:
    with pytest.raises(InputError) as error:
        decode(data, "scans/page-17.pdf")
    assert "scans/page-17.pdf" in str(error.value)


def test_empty() -> None:
    assert decode(b"", "empty.txt") == ""
