"""The `zone-ner` command line: extract, info, --version and error handling."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from zone_ner.about import __version__
from zone_ner.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
TEXT = "株洲高新区党工委书记邬凌云、管委会主任刘智勇参加。比亚迪股份有限公司落户西安高新区。"


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_extract_json_from_file(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == str(path)
    assert {"ZONE", "PERSON", "COMPANY"} <= {m["label"] for m in data["mentions"]}
    for m in data["mentions"]:
        assert TEXT[m["start"] : m["end"]] == m["text"]


def test_extract_gbk_file_offsets_refer_to_decoded_text(tmp_path, capsys):
    path = tmp_path / "gbk.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    data = json.loads(capsys.readouterr().out.strip())
    assert any(TEXT[m["start"] : m["end"]] == "西安高新区" for m in data["mentions"])


def test_extract_table_is_readable(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert "西安高新技术产业开发区" in out and "刘智勇" in out


def test_missing_file_is_a_clear_error(capsys):
    assert main(["extract", "no/such/file.txt"]) == 1
    err = capsys.readouterr().err
    assert "no/such/file.txt" in err and "no such file" in err


def test_binary_file_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 4)
    assert main(["extract", str(path)]) == 1
    assert "blob.bin" in capsys.readouterr().err


def test_info_lists_components_and_kb(capsys):
    assert main(["info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert "zn_gazetteer" in info["components"] and info["size_bytes"] > 0
    assert info["knowledge_table"]


def test_console_script_reads_stdin():
    out = subprocess.run(
        [sys.executable, "-m", "zone_ner.cli", "extract", "-", "--format", "jsonl"],
        input=TEXT, capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout
    assert json.loads(out)["mentions"]
