"""records.build: the document's zones (ZoneRef), named from the normalised text."""

from __future__ import annotations


def test_a_doubled_pdf_headline_names_its_nil_zone_once(fast_nlp) -> None:
    text = "江江城城高高新新区区：：创创新新引引领领\n\n江城高新区管委会主任王强表示，江城高新区今年引进项目12个。"
    record = fast_nlp(text)
    [zone] = [z for z in record.zones if z.nil]
    assert (zone.name, zone.surfaces, zone.mention_count) == ("江城高新区", ["江城高新区"], 3)
    headline = next(m for m in record.mentions if m.label == "ZONE" and m.start == 0)
    assert text[headline.start : headline.end] == headline.text == "江江城城高高新新区区"


def test_linked_zone_keeps_its_table_name_and_lists_its_surfaces(fast_nlp) -> None:
    record = fast_nlp("西安高新区管委会主任李明表示，西安高新技术产业开发区今年新增企业300家。")
    [zone] = [z for z in record.zones if z.kb_id]
    assert zone.name == "西安高新技术产业开发区" and not zone.nil
    assert "西安高新技术产业开发区" in zone.surfaces and zone.mention_count >= 2
