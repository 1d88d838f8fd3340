"""Places outside the NBS codes (places_extra.tsv) and common-word place short forms made weak."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from zone_ner.linking.kb import KnowledgeTable
from zone_ner.recognition.gazetteer import Gazetteer

DATA = Path(__file__).parents[2] / "zone_ner/linking/data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


EXTRA = _rows("places_extra.tsv")
PLACES = {r["id"]: r for r in _rows("places.tsv")}


@pytest.fixture(scope="module")
def gazetteer(table: KnowledgeTable) -> Gazetteer:
    return Gazetteer(table, ["ZONE", "LOC", "COMPANY"])


def _found(gazetteer: Gazetteer, text: str) -> dict[str, tuple[str, str | None]]:
    return {text[c.start:c.end]: (c.label, c.kb_id) for c in gazetteer.find(text)}


def test_extra_rows_have_documented_ids_sources_and_parents(table: KnowledgeTable) -> None:
    levels = {"country", "province", "world_city", "world_subdivision", "continent", "world_region", "sea",
              "cn_region", "cn_nickname", "river", "lake", "mountain"}
    ids = {r["id"] for r in EXTRA}
    assert len(ids) == len(EXTRA)
    for r in EXTRA:
        assert re.fullmatch(r"GEO:[A-Z]{2}(-[a-z-]+|-[A-Z]{2})?|GEO:[A-Za-z]+-[a-z-]+", r["id"]), r["id"]
        assert r["level"] in levels and r["source"], r
        assert not r["parent_id"] or r["parent_id"] in ids, r
        entry = table.get(r["id"])
        assert entry is not None and entry.label == "LOC" and entry.name == r["name"]
    assert sum(r["level"] == "country" for r in EXTRA) >= 190


@pytest.mark.parametrize(
    ("text", "surface", "kb_id"),
    [
        ("参加德国汉诺威工业博览会", "德国", "GEO:DE"),
        ("参加德国汉诺威工业博览会", "汉诺威", "GEO:DE-hannover"),
        ("法兰克福宝马货运包机首飞", "法兰克福", "GEO:DE-frankfurt"),
        ("RCEP国家与欧洲国家转口贸易列车", "欧洲", "GEO:continent-europe"),
        ("抢占东南亚市场", "东南亚", "GEO:region-southeast-asia"),
        ("沈阳市成为东北地区唯一入选城市", "东北地区", "GEO:CN-region-northeast"),
        ("推动长三角一体化发展", "长三角", "GEO:CN-region-yangtze-delta"),
        ("立足粤港澳大湾区资源禀赋", "粤港澳大湾区", "GEO:CN-region-greater-bay"),
        ("地处长江与洞庭湖交汇处", "洞庭湖", "GEO:lake-dongting"),
        ("一辆挂粤C与香港牌照的私家车", "香港", "GEO:CN-HK"),
    ],
)
def test_gazetteer_proposes_extra_places_as_loc(gazetteer: Gazetteer, text: str, surface: str, kb_id: str) -> None:
    assert _found(gazetteer, text).get(surface) == ("LOC", kb_id)


@pytest.mark.parametrize(
    ("short", "full", "text"),
    [
        ("合作", "合作市", "深化校企合作，支持企业与高校合作"),
        ("资源", "资源县", "推动资源整合、优势互补"),
        ("通道", "通道侗族自治县", "开拓空中通道，延伸陆上通道"),
        ("延长", "延长县", "持续加强科技创新，延长产业链条"),
        ("比如", "比如县", "比如，在人才引进方面"),
        ("新兴", "新兴县", "培育战略性新兴产业"),
    ],
)
def test_common_word_short_forms_are_weak_and_full_names_stay(
    gazetteer: Gazetteer, table: KnowledgeTable, short: str, full: str, text: str
) -> None:
    row = next(r for r in PLACES.values() if r["name"] == full)
    assert short in row["weak_aliases"].split("|") and short not in row["aliases"].split("|")
    assert short not in _found(gazetteer, text)
    assert _found(gazetteer, f"甘肃{full}")[full][0] == "LOC"
    assert table.lookup(full, "LOC")


def test_place_short_forms_that_are_places_stay_gazetteer_aliases(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "王随莲率调研组赴青岛考察，随后前往合肥、唐山和日照")
    assert {"青岛", "合肥", "唐山", "日照"} <= set(found)


def test_weak_forms_are_a_small_share_of_short_forms() -> None:
    shorts = sum(bool(r["aliases"]) for r in PLACES.values() if r["id"].startswith("NBS:"))
    weak = sum(bool(r["weak_aliases"]) for r in PLACES.values() if r["id"].startswith("NBS:"))
    assert 20 <= weak <= 0.05 * shorts


def test_subdivisions_and_islands_abroad_are_places_of_their_country(gazetteer: Gazetteer, table: KnowledgeTable) -> None:
    text = "美国的北卡罗来纳州、韩国的忠清道代表团，以及西西里岛和加泰罗尼亚的气温都很高，得州州长也表态。"
    found = _found(gazetteer, text)
    for name, kb_id in (("北卡罗来纳州", "GEO:US-north-carolina"), ("忠清道", "GEO:KR-chungcheong"),
                        ("西西里岛", "GEO:IT-sicily"), ("加泰罗尼亚", "GEO:ES-catalonia"), ("得州", "GEO:US-texas")):
        assert found[name] == ("LOC", kb_id)
        assert PLACES[kb_id]["parent_id"] == kb_id.split("-")[0]
