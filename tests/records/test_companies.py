"""records.companies: names, short forms and the zone a company is placed in."""

from __future__ import annotations


def test_company_in_a_zone(fast_nlp):
    [company] = fast_nlp("位于东湖科学城的长青新材料有限公司今年投产。").companies
    assert company.name == "长青新材料有限公司"
    assert company.zone == "东湖科学城"


def test_zone_prefix_places_the_company(fast_nlp):
    record = fast_nlp("代表团先后来到临夏经济开发区燎原乳业有限责任公司。")
    [company] = record.companies
    zone = next(m for m in record.mentions if m.label == "ZONE")
    assert company.zone == (zone.kb_id or zone.text)


def test_brand_joins_its_full_name(fast_nlp):
    [company] = fast_nlp(
        "深圳铱创科技有限公司将工厂搬到株洲。铱创株洲项目用电量大，铱创的订单增加。"
    ).companies
    assert company.name == "深圳铱创科技有限公司"
    assert "铱创" in company.surfaces


def test_company_without_zone(fast_nlp):
    [company] = fast_nlp("深圳铱创科技有限公司是一家科技公司。").companies
    assert company.zone is None
