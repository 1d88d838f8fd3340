"""records.money: amounts as written and as numbers."""

from __future__ import annotations

import pytest

from zone_ner.records.money import find_amounts, parse_amount


@pytest.mark.parametrize(
    ("text", "amount", "currency", "written"),
    [
        ("总投资9.3亿元", 9.3e8, "CNY", "9.3亿元"),
        ("引资1亿美元", 1e8, "USD", "1亿美元"),
        ("总投资二十五亿元", 2.5e9, "CNY", "二十五亿元"),
        ("投资10亿建设", 1e9, "CNY", "10亿"),
        ("投资12,345.6万元", 1.234560e8, "CNY", "12,345.6万元"),
        ("两千万欧元", 2e7, "EUR", "两千万欧元"),
        ("总投资约19亿元", 1.9e9, "CNY", "19亿元"),
    ],
)
def test_amounts(text, amount, currency, written):
    found = parse_amount(text)
    assert found is not None
    assert (found.amount, found.currency, found.text) == (
        pytest.approx(amount),
        currency,
        written,
    )


def test_offsets_and_no_amount():
    assert parse_amount("总占地面积25.3万平方米") is None
    [(start, end, amount)] = find_amounts("项目总投资11.56亿元，")
    assert "项目总投资11.56亿元，"[start:end] == amount.text == "11.56亿元"


def test_overlong_numbers_are_not_read():
    assert find_amounts("1234567890123亿元") == []
