"""Inputs for batch tests, built in tmp: every kind of document, good and bad, with the sources expected."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

SENTENCE = "西安高新区管委会主任李明调研比亚迪股份有限公司，项目总投资9.3亿元。"
HTML_PAGE = (
    "<html><head><title>高新区新闻</title><script>var secret = '苏州工业园区脚本内容';</script>"
    "<style>p {color: red}</style></head><body><div class='nav'>首页 | 新闻</div>"
    f"<article><h1>高新区新闻</h1><p>{SENTENCE}</p><p>{SENTENCE}</p></article>"
    "<script>document.write('合肥高新区脚本');</script></body></html>"
)


@dataclass
class Inputs:
    """A directory of inputs and, per source key, the status its output line must have."""

    root: Path
    expected: dict[str, str]


def read_output(path: Path) -> list[dict]:
    """Every line of a JSONL output, parsed (fails on a torn or non-JSON line)."""
    raw = path.read_bytes()
    assert raw == b"" or raw.endswith(b"\n"), "output ends with a torn line"
    return [json.loads(line) for line in raw.splitlines()]


def by_source(rows: list[dict]) -> dict[str, dict]:
    """Rows keyed by source; fails if a source is written twice."""
    sources = [row["source"] for row in rows]
    assert len(sources) == len(set(sources)), "a document was written twice"
    return {row["source"]: row for row in rows}


def _tar_add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    archive.addfile(info, io.BytesIO(data))


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> Inputs:
    """One of each: text in UTF-8/GB18030/Big5, HTML, JSONL (good, malformed, no text), empty, binary, archives."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, status: str) -> None:
        (root / name).write_bytes(data)
        expected[str(root / name)] = status

    put("utf8.txt", SENTENCE.encode(), "ok")
    put("gb18030.txt", (SENTENCE * 3).encode("gb18030"), "ok")
    put("big5.txt", ("臺北市政府與新竹科學園區管理局合作，" * 4).encode("big5"), "ok")
    put("sub/page.html", HTML_PAGE.encode(), "ok")
    put("empty.txt", b"", "error")
    put("blank.txt", b" \n\t\n", "error")
    put("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "error")
    (root / ".hidden.txt").write_bytes(SENTENCE.encode())  # hidden: not an input

    lines = [
        json.dumps({"id": "rec-1", "text": SENTENCE}, ensure_ascii=False),
        "",
        json.dumps({"text": SENTENCE}, ensure_ascii=False),
        '{"id": "broken", "text": "未闭合',
        json.dumps({"id": "no-text", "title": "无正文"}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "num-text", "text": 42}),
    ]
    (root / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for number, status in ((1, "ok"), (3, "ok"), (4, "error"), (5, "error"), (6, "error"), (7, "error")):
        expected[f"{root / 'docs.jsonl'}:{number}"] = status

    with zipfile.ZipFile(root / "pages.zip", "w") as archive:
        archive.writestr("../../escape.txt", SENTENCE)
        archive.writestr("/etc/absolute.txt", SENTENCE)
        archive.writestr("dir/inner.jsonl", json.dumps({"text": SENTENCE}, ensure_ascii=False) + "\n{oops\n")
        archive.writestr("nested.zip", b"PK\x05\x06" + b"\x00" * 18)
    zip_name = str(root / "pages.zip")
    expected.update({
        f"{zip_name}!../../escape.txt": "ok",
        f"{zip_name}!/etc/absolute.txt": "ok",
        f"{zip_name}!dir/inner.jsonl:1": "ok",
        f"{zip_name}!dir/inner.jsonl:2": "error",
        f"{zip_name}!nested.zip": "error",
    })

    with tarfile.open(root / "sub" / "pages.tar.gz", "w:gz") as archive:
        _tar_add(archive, "../../../tmp/zone_ner_escape.txt", SENTENCE.encode("gb18030"))
        _tar_add(archive, "ok/page.html", HTML_PAGE.encode())
        link = tarfile.TarInfo("ok/link")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        archive.addfile(link)
    tar_name = str(root / "sub" / "pages.tar.gz")
    expected.update({
        f"{tar_name}!../../../tmp/zone_ner_escape.txt": "ok",
        f"{tar_name}!ok/page.html": "ok",
        f"{tar_name}!ok/link": "error",
    })
    return Inputs(root, expected)
