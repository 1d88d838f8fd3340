"""The zn_linker component on small real-style texts (char-segmented docs with given entities)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span

from zone_ner.linking.candidates import candidates
from zone_ner.linking.kb import KnowledgeTable
from zone_ner.linking.linker import Linker

MakeDoc = Callable[[str, list[tuple[str, str]]], Doc]


def _ids(doc: Doc) -> dict[str, str]:
    return {e.text: e.kb_id_ for e in doc.ents}


def test_context_picks_the_zone_of_the_documents_city(make_doc: MakeDoc, linker: Linker, table: KnowledgeTable) -> None:
    assert len(candidates("临港经开区", table)) > 1
    weihai = linker(make_doc("威海市委书记到临港经开区调研。", [("威海市", "LOC"), ("临港经开区", "ZONE")]))
    cangzhou = linker(make_doc("沧州市召开会议，临港经开区项目开工。", [("沧州市", "LOC"), ("临港经开区", "ZONE")]))
    assert table.get(_ids(weihai)["临港经开区"]).city == "威海市"
    assert table.get(_ids(cangzhou)["临港经开区"]).city == "沧州市"


def test_ambiguous_without_context_stays_unlinked(make_doc: MakeDoc, linker: Linker) -> None:
    doc = linker(make_doc("临港经开区项目开工。", [("临港经开区", "ZONE")]))
    assert _ids(doc)["临港经开区"] == ""
    assert [link.kb_id for link in doc._.zn_zone_links] == [None]


def test_national_beats_provincial_when_otherwise_tied(table: KnowledgeTable, make_doc: MakeDoc, linker: Linker) -> None:
    alias = next(
        a for a, _, label in table.alias_items()
        if label == "ZONE" and len(a) >= 5
        and sorted(e.level for e in candidates(a, table)) == ["national", "provincial"]
    )
    doc = linker(make_doc(f"{alias}举行签约仪式。", [(alias, "ZONE")]))
    assert table.get(_ids(doc)[alias]).level == "national"


def test_places_are_linked_with_context(make_doc: MakeDoc, linker: Linker) -> None:
    doc = linker(make_doc("北京市朝阳区发布通知。", [("北京市", "LOC"), ("朝阳区", "LOC")]))
    assert _ids(doc) == {"北京市": "NBS:110000", "朝阳区": "NBS:110105"}
    doc = linker(make_doc("吉林省长春市朝阳区发布通知。", [("吉林省", "LOC"), ("长春市", "LOC"), ("朝阳区", "LOC")]))
    assert _ids(doc)["朝阳区"] == "NBS:220104"


def test_zone_inside_org_is_linked(make_doc: MakeDoc, linker: Linker, table: KnowledgeTable) -> None:
    doc = linker(make_doc("株洲高新区管委会主任李明调研。", [("株洲高新区管委会", "ORG")]))
    (link,) = doc._.zn_zone_links
    assert (link.start, link.end, link.surface, link.container_label) == (0, 5, "株洲高新区", "ORG")
    assert table.get(link.kb_id).name == "株洲高新技术产业开发区" and not link.anaphoric


def test_bare_zone_word_resolves_to_the_salient_zone(make_doc: MakeDoc, linker: Linker) -> None:
    text = "株洲高新区管委会主任李明调研。高新区今年新增企业50家。"
    doc = linker(make_doc(text, [("株洲高新区管委会", "ORG")]))
    anaphoric = [link for link in doc._.zn_zone_links if link.anaphoric]
    assert [(a.start, a.surface) for a in anaphoric] == [(text.index("。高新区") + 1, "高新区")]
    assert anaphoric[0].kb_id == doc._.zn_zone_links[0].kb_id


def test_bare_zone_word_on_a_city_page(make_doc: MakeDoc, linker: Linker, table: KnowledgeTable) -> None:
    doc = linker(make_doc("咸阳市召开会议。高新区共有企业300家。", [("咸阳市", "LOC")]))
    (link,) = doc._.zn_zone_links
    assert link.anaphoric and table.get(link.kb_id).name == "咸阳高新技术产业开发区"


def test_bare_word_is_not_resolved_when_two_zones_compete(make_doc: MakeDoc, linker: Linker) -> None:
    text = "西安高新区与宝鸡高新区签约。高新区将共建园区。"
    doc = linker(make_doc(text, [("西安高新区", "ZONE"), ("宝鸡高新区", "ZONE")]))
    assert all(_ids(doc).values())
    assert doc._.zn_zone_links == []


def test_generic_class_mentions_are_not_anaphors(make_doc: MakeDoc, linker: Linker) -> None:
    doc = linker(make_doc("株洲高新区获评优秀。全国国家高新区共有178家，各高新区都在发展。", [("株洲高新区", "ZONE")]))
    assert doc._.zn_zone_links == []


@dataclass
class _Article:
    start: int
    end: int


def test_anaphora_stays_inside_its_article(make_doc: MakeDoc, linker: Linker, table: KnowledgeTable) -> None:
    first, second = "西安高新区举行签约。高新区引进项目5个。", "宝鸡高新区召开大会。高新区新增企业。"
    doc = make_doc(first + second, [("西安高新区", "ZONE"), ("宝鸡高新区", "ZONE")])
    doc._.zn_articles = [_Article(0, len(first)), _Article(len(first), len(first) + len(second))]
    links = [link for link in linker(doc)._.zn_zone_links if link.anaphoric]
    assert [table.get(link.kb_id).city for link in links] == ["西安市", "宝鸡市"]


def test_unknown_zones_get_nil_links_with_kind_and_city(make_doc: MakeDoc, linker: Linker) -> None:
    doc = linker(make_doc("宝鸡市河阳经开区开工。", [("宝鸡市", "LOC"), ("河阳经开区", "ZONE")]))
    (link,) = doc._.zn_zone_links
    assert (link.kb_id, link.surface, link.kind, link.container_label) == (None, "河阳经开区", "economic_technological", None)
    doc = linker(make_doc("咸阳河阳高新区党工委书记出席。", [("咸阳河阳高新区党工委", "ORG")]))
    (link,) = doc._.zn_zone_links
    assert (link.kb_id, link.surface, link.kind, link.city, link.container_label) == (
        None, "咸阳河阳高新区", "high_tech", "咸阳市", "ORG")


def test_span_extensions_survive_linking(make_doc: MakeDoc, linker: Linker) -> None:
    doc = make_doc("咸阳高新区开工。", [("咸阳高新区", "ZONE")])
    doc.ents[0]._.zn_source = "gazetteer"
    doc = linker(doc)
    assert doc.ents[0].kb_id_ == "GBT37028:61103005" and doc.ents[0]._.zn_source == "gazetteer"


def test_factory_with_user_rows(tmp_path: Path) -> None:
    extra = tmp_path / "zones.tsv"
    extra.write_text("name\tprovince\tcity\n河阳经济技术开发区\t陕西省\t宝鸡市\n", encoding="utf-8")
    nlp = spacy.blank("zh")
    nlp.add_pipe("zn_linker", config={"kb_extra": [str(extra)]})
    doc = nlp.make_doc("河阳经开区开工。")
    doc.ents = [Span(doc, 0, 5, label="ZONE")]
    assert nlp.get_pipe("zn_linker")(doc).ents[0].kb_id_ == "USER:河阳经济技术开发区"


def test_class_word_after_a_sub_area_means_the_whole_zone(make_doc: MakeDoc, linker: Linker, table: KnowledgeTable) -> None:
    text = "陕西自贸试验区西安国际港务区片区举行签约。自贸试验区建设成效显著。"
    doc = linker(make_doc(text, [("陕西自贸试验区西安国际港务区片区", "ZONE")]))
    area = table.get(doc.ents[0].kb_id_)
    (link,) = doc._.zn_zone_links
    assert area.parent_id == link.kb_id == "GBT37028:61110001" and link.anaphoric


def test_empty_and_entity_free_docs(make_doc: MakeDoc, linker: Linker) -> None:
    assert linker(make_doc("", []))._.zn_zone_links == []
    doc = linker(make_doc("今天天气很好。", []))
    assert doc._.zn_zone_links == [] and list(doc.ents) == []


def test_park_word_after_a_sub_park_stays_the_sub_park(make_doc: MakeDoc, linker: Linker, table: KnowledgeTable) -> None:
    doc = linker(make_doc("中关村海淀园举行发布会。园区企业数量增长。", [("中关村海淀园", "ZONE")]))
    (link,) = doc._.zn_zone_links
    assert link.kb_id == doc.ents[0].kb_id_ and table.get(link.kb_id).parent_id == "GBT37028:11103001"


def test_park_word_never_means_a_free_trade_zone(make_doc: MakeDoc, linker: Linker) -> None:
    doc = linker(make_doc("海南自贸港建设提速。园区规划正在编制。", [("海南自贸港", "ZONE")]))
    assert doc._.zn_zone_links == []


def test_a_mentioned_sub_area_decides_for_its_parent(tmp_path: Path, make_doc: MakeDoc, table: KnowledgeTable) -> None:
    extra = tmp_path / "zones.tsv"
    extra.write_text(
        "id\tname\tprovince\tparent_id\taliases\n"
        "U:1\t江城高新技术产业开发区\t广西壮族自治区\t\t\n"
        "U:2\t江城高新技术产业开发区\t广西壮族自治区\t\t\n"
        "U:3\t江城科学城\t广西壮族自治区\tU:2\t\n",
        encoding="utf-8",
    )
    linker = Linker(table.extend_from_file(extra), ["ZONE", "LOC"])
    assert len(candidates("江城高新区", linker.table)) == 2
    doc = linker(make_doc("江城科学城开工。江城高新区表示祝贺。", [("江城科学城", "ZONE"), ("江城高新区", "ZONE")]))
    assert _ids(doc) == {"江城科学城": "U:3", "江城高新区": "U:2"}


def test_an_unknown_zone_in_the_article_blocks_the_anaphor(make_doc: MakeDoc, linker: Linker) -> None:
    first, second = "西安高新区举行签约。", "河阳高新区召开大会。高新区新增企业。"
    doc = make_doc(first + second, [("西安高新区", "ZONE"), ("河阳高新区", "ZONE")])
    doc._.zn_articles = [_Article(0, len(first)), _Article(len(first), len(first) + len(second))]
    assert [link.anaphoric for link in linker(doc)._.zn_zone_links] == [False]


def test_a_zone_inside_an_org_of_the_article_is_salient(make_doc: MakeDoc, linker: Linker, table: KnowledgeTable) -> None:
    first, second = "西安高新区举行签约。", "株洲高新区管委会召开大会。高新区新增企业。"
    doc = make_doc(first + second, [("西安高新区", "ZONE"), ("株洲高新区管委会", "ORG")])
    doc._.zn_articles = [_Article(0, len(first)), _Article(len(first), len(first) + len(second))]
    (anaphor,) = [link for link in linker(doc)._.zn_zone_links if link.anaphoric]
    assert table.get(anaphor.kb_id).city == "株洲市"


def test_every_anaphor_of_many_articles_finds_its_own_zone(make_doc: MakeDoc, linker: Linker, table: KnowledgeTable) -> None:
    pages = ["西安高新区举行签约。高新区引进项目5个。", "宝鸡高新区召开大会。高新区新增企业。"] * 50
    ents, articles, start = [], [], 0
    for page in pages:
        ents.append((page[:5], "ZONE"))
        articles.append(_Article(start, start + len(page)))
        start += len(page)
    doc = make_doc("".join(pages), ents)
    doc._.zn_articles = articles
    links = [link for link in linker(doc)._.zn_zone_links if link.anaphoric]
    assert [table.get(link.kb_id).city for link in links] == ["西安市", "宝鸡市"] * 50


def test_a_named_sub_area_without_a_row_links_to_the_zone_it_opens_with():
    import zone_ner

    rec = zone_ner.load("fast")("活动在郎溪县经济开发区十字园区举行。")
    sub = [m for m in rec.mentions if m.text == "郎溪县经济开发区十字园区"]
    parent = zone_ner.load("fast")("郎溪县经济开发区召开大会。").mentions[0]
    assert sub and parent.text == "郎溪县经济开发区" and sub[0].kb_id == parent.kb_id is not None
