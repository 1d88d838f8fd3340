"""Zone names the rules build from their own characters: a verb phrase is not a name."""

from __future__ import annotations

import pytest
from rules_helpers import spans


@pytest.mark.parametrize(
    "text",
    [
        "优化营商环境，重视特色产业园区建设，打造国家级园区。",
        "8旬老人作诗颂威海 家住经开区皇冠街道的老人今年85岁。",
    ],
)
def test_a_verb_before_a_zone_suffix_does_not_make_a_zone(text: str) -> None:
    assert spans(text, "ZONE") == []


def test_an_own_name_before_a_zone_suffix_is_still_a_zone() -> None:
    assert spans("总投资5亿元的项目落户金鼎产业园区。", "ZONE") == [("ZONE", "金鼎产业园区")]


def test_a_sub_area_tail_is_not_read_across_a_stop_word() -> None:
    assert spans("授予云南省银河科技园等产业园区大赛战略合作伙伴称号", "ZONE") == [("ZONE", "银河科技园")]
    assert spans("中国（湖南）自由贸易试验区长沙片区挂牌", "ZONE") == [("ZONE", "中国（湖南）自由贸易试验区长沙片区")]
