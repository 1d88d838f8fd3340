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
