"""`zone-ner kb lookup | search | stats`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zone_ner.cli.main import main


def test_lookup_json_gives_the_zone(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "lookup", "咸阳高新区", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert (entry["id"], entry["name"], entry["kind"]) == ("GBT37028:61103005", "咸阳高新技术产业开发区", "high_tech")


def test_lookup_of_an_ambiguous_alias_lists_every_candidate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "lookup", "临港经开区", "--json"]) == 0
    cities = {e.get("city") for e in json.loads(capsys.readouterr().out)}
    assert {"沧州市", "威海市", "宜宾市"} <= cities


def test_lookup_unknown_name_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "lookup", "河阳经开区"]) == 1
    assert "no entry" in capsys.readouterr().out


def test_readable_lookup_and_search(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "lookup", "南沙自贸片区"]) == 0
    out = capsys.readouterr().out
    assert "中国（广东）自由贸易试验区广州南沙新区片区" in out and "parent: GBT37028:44110001" in out
    assert main(["kb", "search", "科学城", "--limit", "3"]) == 0
    assert capsys.readouterr().out.count("科学城  [ZONE") == 3


def test_stats_and_user_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "stats", "--json"]) == 0
    base = json.loads(capsys.readouterr().out)
    extra = tmp_path / "extra.tsv"
    extra.write_text("name\tprovince\n河阳经济技术开发区\t陕西省\n", encoding="utf-8")
    assert main(["kb", "stats", "--json", "--kb-extra", str(extra)]) == 0
    assert json.loads(capsys.readouterr().out)["entries"] == base["entries"] + 1
    assert main(["kb", "lookup", "河阳经开区", "--kb-extra", str(extra), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == "USER:河阳经济技术开发区"


def test_missing_extra_file_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "stats", "--kb-extra", "/no/such/file.tsv"]) == 1
    assert "no such file" in capsys.readouterr().err
