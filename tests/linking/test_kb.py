"""The shipped knowledge table: completeness, ids, aliases, ambiguity, places, user rows, search."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from zone_ner.linking.aliases import normalise_key
from zone_ner.linking.candidates import candidates
from zone_ner.linking.kb import KnowledgeTable
from zone_ner.linking.linker import Context, Linker

NATIONAL_KINDS = ("high_tech", "economic_technological", "new_area", "free_trade")
ZONES = [json.loads(line) for line in (Path(__file__).parents[2] / "zone_ner/linking/data/zones.jsonl").open()]
NATIONAL = [r for r in ZONES if r["level"] == "national" and r["kind"] in NATIONAL_KINDS and "parent_id" not in r]


def test_table_is_loaded_once_and_holds_zones_and_places(table: KnowledgeTable) -> None:
    assert KnowledgeTable.load() is table
    assert len(list(table.entries("ZONE"))) == len(ZONES)
    assert {"province", "prefecture", "county"} <= {e.kind for e in table.entries("LOC")}


def test_ids_kinds_levels_and_parents_are_valid(table: KnowledgeTable) -> None:
    kinds = {"high_tech", "economic_technological", "new_area", "free_trade", "comprehensive_bonded",
             "industrial_park", "other"}
    for e in table.entries("ZONE"):
        assert re.fullmatch(r"(GBT37028|ZN):\d{8}", e.id), e.id
        assert e.kind in kinds and e.level in ("national", "provincial"), e
        assert e.source and e.source_quality, e.id
        assert e.parent_id is None or e.parent_id in table
        assert e.superseded_by is None or table.get(e.superseded_by).level == "national"


@pytest.mark.parametrize("row", NATIONAL, ids=lambda r: r["id"])
def test_national_zone_resolves_from_full_and_short_name(row: dict, table: KnowledgeTable, linker: Linker) -> None:
    assert row["id"] in [e.id for e in candidates(row["name"], table)]
    short = candidates(row["short_name"], table)
    assert row["id"] in [e.id for e in short]
    ctx = Context()
    entry = table.get(row["id"])
    ctx.add_place(entry)
    assert (short[0] if len(short) == 1 else linker.choose(short, ctx)).id == row["id"]


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("咸阳高新区", "咸阳高新技术产业开发区"),
        ("西安市高新区", "西安高新技术产业开发区"),
        ("国家级西安高新区", "西安高新技术产业开发区"),
        ("陕西省西安市高新技术开发区", "西安高新技术产业开发区"),
        ("中关村", "中关村科技园区"),
        ("中国(陕西)自由贸易试验区", "中国（陕西）自由贸易试验区"),
        ("海南自贸港", "中国（海南）自由贸易试验区"),
        ("南沙自贸片区", "中国（广东）自由贸易试验区广州南沙新区片区"),
        ("东湖高新区", "武汉东湖新技术开发区"),
        ("山东威海高新区", "威海火炬高技术产业开发区"),
        ("喀什经济开发区", "喀什经济开发区（含新疆生产建设兵团片区）"),
        ("张家口经开区", "张家口经济技术开发区"),
        ("重庆市高新区", "重庆高新技术产业开发区"),
        ("上合示范区", "中国—上海合作组织地方经贸合作示范区"),
        ("横琴合作区", "横琴粤澳深度合作区"),
        ("郑州航空港区", "郑州航空港经济综合实验区"),
        ("天津生态城", "中新天津生态城"),
        ("前海深港合作区", "前海深港现代服务业合作区"),
    ],
)
def test_checked_examples(surface: str, name: str, table: KnowledgeTable) -> None:
    assert [e.name for e in candidates(surface, table)] == [name]


def test_upgraded_provincial_zone_points_to_its_national_successor(table: KnowledgeTable) -> None:
    old = [e for e in table.entries("ZONE") if e.superseded_by]
    assert old
    for e in old:
        assert [c.id for c in candidates(e.name, table)] == [e.superseded_by]


def test_ambiguous_aliases_keep_every_zone(table: KnowledgeTable) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in ZONES:
        for alias in [row["name"], *row["aliases"]]:
            owners[normalise_key(alias)].add(row["id"])
    shared = {a: ids for a, ids in owners.items() if len(ids) > 1}
    assert shared
    for alias, ids in shared.items():
        assert {e.id for e in table.lookup(alias, "ZONE")} == ids, alias


def test_places_short_forms(table: KnowledgeTable) -> None:
    assert [e.id for e in table.lookup("陕西")] == ["NBS:610000"]
    assert [e.id for e in table.lookup("西安")] == ["NBS:610100"]
    assert [e.id for e in table.lookup("天元区")] == ["NBS:430211"]
    assert table.lookup("天元") == []
    assert {e.id for e in table.lookup("朝阳区")} >= {"NBS:110105", "NBS:220104"}


def test_weak_aliases_are_for_lookup_not_for_the_gazetteer(table: KnowledgeTable) -> None:
    xianyang = candidates("咸阳高新区", table)[0]
    assert "咸阳高新" in xianyang.weak_aliases
    assert [e.id for e in table.lookup("咸阳高新")] == [xianyang.id]
    items = {(a, i) for a, i, _ in table.alias_items()}
    assert ("咸阳高新区", xianyang.id) in items and ("咸阳高新", xianyang.id) not in items


def test_a_zone_own_name_is_a_weak_alias_unless_it_is_a_place_or_generic(table: KnowledgeTable) -> None:
    weak = {e.name: set(e.weak_aliases) for e in table.entries("ZONE")}
    assert "金桥" in weak["上海金桥经济技术开发区"] and "新站" in weak["合肥新站高新技术产业开发区"]
    assert [e.id for e in table.lookup("金桥") if e.name == "上海金桥经济技术开发区"]
    assert "苏州" not in weak["苏州工业园区"]  # the zone's own city
    assert "湘江" not in weak["湖南湘江新区"]  # a river
    assert "循环经济" not in weak["突泉循环经济工业园区"]  # generic words
    items = {a for a, _, _ in table.alias_items()}
    assert "金桥" not in items and "新站" not in items


def test_extend_from_tsv_adds_zones_companies_and_aliases(tmp_path: Path, table: KnowledgeTable) -> None:
    path = tmp_path / "extra.tsv"
    path.write_text(
        "name\tlabel\tkind\tlevel\tprovince\tcity\taliases\tid\n"
        "江城高新技术产业开发区\tZONE\thigh_tech\tprovincial\t湖南省\t株洲市\t\t\n"
        "比亚迪股份有限公司\tCOMPANY\t\t\t广东省\t深圳市\t比亚迪|BYD\t\n"
        "咸阳高新技术产业开发区\tZONE\t\t\t\t\t咸阳高新技术园\tGBT37028:61103005\n",
        encoding="utf-8",
    )
    extended = table.extend_from_file(path)
    assert [e.name for e in extended.lookup("江城高新区")] == ["江城高新技术产业开发区"]
    assert [e.label for e in extended.lookup("BYD")] == ["COMPANY"]
    assert ("比亚迪", "USER:比亚迪股份有限公司", "COMPANY") in set(extended.alias_items())
    assert [e.id for e in extended.lookup("咸阳高新技术园")] == ["GBT37028:61103005"]
    assert table.lookup("江城高新区") == [] and table.lookup("咸阳高新技术园") == []


def test_extend_from_jsonl_and_bad_rows(tmp_path: Path, table: KnowledgeTable) -> None:
    good = tmp_path / "extra.jsonl"
    good.write_text(json.dumps({"name": "河阳经济技术开发区", "province": "河南省", "aliases": ["河阳园"]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    extended = table.extend_from_file(good)
    assert [e.id for e in extended.lookup("河阳经开区")] == ["USER:河阳经济技术开发区"]
    assert [e.id for e in extended.lookup("河阳园")] == ["USER:河阳经济技术开发区"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"label": "ZONE"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="without a name"):
        table.extend_from_file(bad)


def test_search_substring_then_fuzzy(table: KnowledgeTable) -> None:
    hits = table.search("科学城", limit=50)
    assert hits and all("科学城" in e.name or any("科学城" in a for a in e.aliases) for e in hits)
    assert table.search("咸阳高新区")[0].id == "GBT37028:61103005"
    assert table.search("咸阳高新技朮产业开发区")[0].id == "GBT37028:61103005"


def test_no_zone_is_named_by_a_bare_kind_of_zone():
    rules = json.loads((Path(__file__).parents[2] / "zone_ner/linking/data/alias_rules.json").read_text(encoding="utf-8"))
    kinds = {r["full"] for r in rules["zone_suffixes"]}
    for r in rules["zone_suffixes"]:
        kinds |= set(r.get("variants", [])) | set(r.get("national_variants", []))
    kinds |= {"国家" + k for k in kinds} | {"国家自主创新示范区", "空港经济区"}
    bare = [(z["name"], a) for z in ZONES for a in z.get("aliases", []) if a in kinds]
    assert bare == []


def test_curated_national_platforms_carry_a_source_and_a_year(table: KnowledgeTable) -> None:
    rows = [z for z in ZONES if z["id"][5:8] == "199"]
    assert {"横琴粤澳深度合作区", "平潭综合实验区", "郑州航空港经济综合实验区"} <= {z["name"] for z in rows}
    assert all(z["level"] == "national" and z["source"] and z["approved_year"] for z in rows)
    zhengzhou = next(z for z in rows if z["name"] == "郑州航空港经济综合实验区")
    assert "航空港区" in zhengzhou["weak_aliases"] and "航空港区" not in zhengzhou["aliases"]
