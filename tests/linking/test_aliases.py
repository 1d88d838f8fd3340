"""Alias rules: place short forms, zone aliases, normalisation, kinds."""

from __future__ import annotations

import pytest

from zone_ner.linking.aliases import (
    infer_kind,
    is_specific,
    normalise_key,
    place_short,
    zone_aliases,
)


@pytest.mark.parametrize(
    ("name", "level", "short"),
    [
        ("陕西省", "province", "陕西"),
        ("西安市", "prefecture", "西安"),
        ("天元区", "county", None),
        ("丰县", "county", None),
        ("昆山市", "county", "昆山"),
        ("延边朝鲜族自治州", "prefecture", "延边"),
        ("黔东南苗族侗族自治州", "prefecture", "黔东南"),
        ("广西壮族自治区", "province", "广西"),
        ("内蒙古自治区", "province", "内蒙古"),
        ("新疆维吾尔自治区", "province", "新疆"),
        ("锡林郭勒盟", "prefecture", "锡林郭勒"),
    ],
)
def test_place_short(name: str, level: str, short: str | None) -> None:
    assert place_short(name, level) == short


def test_high_tech_zone_aliases_with_and_without_places() -> None:
    aliases, weak = zone_aliases("咸阳高新技术产业开发区", True, ("陕西省", "陕西"), ("咸阳市", "咸阳"))
    assert {"咸阳高新区", "咸阳市高新区", "陕西咸阳高新区", "咸阳国家高新区"} <= aliases
    assert "咸阳高新" in weak and "咸阳高新" not in aliases
    assert "高新区" not in aliases and "陕西高新区" not in aliases


def test_provincial_zone_gets_no_national_variants() -> None:
    aliases, _ = zone_aliases("咸阳高新技术产业开发区", False, ("陕西省", "陕西"), ("咸阳市", "咸阳"))
    assert "咸阳国家高新区" not in aliases and "咸阳高新区" in aliases


def test_etdz_aliases_strip_city_only_when_a_name_remains() -> None:
    aliases, _ = zone_aliases("唐山曹妃甸经济技术开发区", True, ("河北省", "河北"), ("唐山市", "唐山"))
    assert {"曹妃甸经开区", "唐山曹妃甸开发区", "河北曹妃甸经济开发区"} <= aliases
    aliases, _ = zone_aliases("唐山经济技术开发区", True, ("河北省", "河北"), ("唐山市", "唐山"))
    assert "经开区" not in aliases and "开发区" not in aliases and "唐山经开区" in aliases


def test_a_zone_named_after_its_district_also_goes_by_city_and_district() -> None:
    aliases, _ = zone_aliases("江苏省相城高新技术产业开发区", False, ("江苏省", "江苏"), ("苏州市", "苏州"), ("相城区", None))
    assert {"相城高新区", "苏州相城高新区", "苏州市相城高新区"} <= aliases
    assert "苏州高新区" not in aliases


def test_free_trade_zone_aliases_both_bracket_widths() -> None:
    aliases, _ = zone_aliases("中国（陕西）自由贸易试验区", True, ("陕西省", "陕西"), None)
    assert {"陕西自贸区", "陕西自贸试验区", "中国(陕西)自由贸易试验区"} <= aliases


def test_generic_remainders_are_not_aliases() -> None:
    aliases, _ = zone_aliases("天津出口加工区", True, ("天津市", "天津"), ("天津市", "天津"))
    assert "出口加工区" not in aliases and "天津出口加工区" in aliases
    assert not is_specific("高新区") and not is_specific("出口加工区") and is_specific("株洲高新区")


def test_normalise_key_maps_brackets_and_spaces() -> None:
    assert normalise_key("中国(上海) 自由贸易试验区") == normalise_key("中国（上海）自由贸易试验区")
    assert normalise_key("奎屯—独山子") == normalise_key("奎屯-独山子")


@pytest.mark.parametrize(
    ("surface", "kind"),
    [("江城高新区", "high_tech"), ("河阳经开区", "economic_technological"), ("两江新区", "new_area"),
     ("某某综合保税区", "comprehensive_bonded"), ("某某科学城", "other"), ("河阳市", None)],
)
def test_infer_kind(surface: str, kind: str | None) -> None:
    assert infer_kind(surface) == kind
