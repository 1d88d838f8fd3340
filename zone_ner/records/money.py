"""Investment amounts: find "总投资9.3亿元" / "1亿美元" / "二十五亿元" and turn them into numbers.

The pattern is bounded (at most 9 digits, 8 numerals, fixed alternatives) and never nested.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from zone_ner.records.models import Investment

_DATA = Path(__file__).parent / "data" / "money.json"
DEFAULT_CURRENCY = "元"
"""An amount with 亿 and no currency (投资10亿) is in yuan; 25.3万平方米 is no amount."""


@lru_cache(maxsize=1)
def _tables() -> tuple[
    dict[str, float], dict[str, str], dict[str, int], re.Pattern[str]
]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    mult, cur, nums = data["multipliers"], data["currencies"], data["numerals"]
    bare = "|".join(sorted(data["bare_multipliers"], key=len, reverse=True))
    unit = re.escape(data["not_money_after"])
    number = (
        r"(?<![\d.,])(?:\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,9}(?:\.\d{1,4})?|["
        + "".join(nums)
        + r"]{1,8})"
    )
    units = "|".join(sorted(mult, key=len, reverse=True))
    currencies = "|".join(sorted(cur, key=len, reverse=True))
    amount = (
        rf"(?P<num>{number})\s?(?:(?P<mult>{units})(?P<cur>{currencies})"
        rf"|(?P<bare>{bare})(?![{unit}{''.join(mult)}])|(?P<cur2>{currencies}))"
    )
    pattern = re.compile(amount)
    return mult, cur, nums, pattern


def _chinese_number(text: str, nums: dict[str, int]) -> float | None:
    """Value of a small Chinese numeral such as 二十五 or 三百."""
    total, current = 0, 0
    for ch in text:
        value = nums.get(ch)
        if value is None:
            return None
        if value >= 10:
            total += (current or 1) * value
            current = 0
        else:
            current = current * 10 + value if current else value
    return float(total + current)


def parse_amount(text: str) -> Investment | None:
    """The first money amount in `text`, or None."""
    found = find_amounts(text)
    return found[0][2] if found else None


def find_amounts(text: str) -> list[tuple[int, int, Investment]]:
    """Every money amount in `text` with its character span."""
    mult, cur, nums, pattern = _tables()
    found = []
    for m in pattern.finditer(text):
        raw = m.group("num").replace(",", "")
        value = float(raw) if raw[0].isdigit() else _chinese_number(raw, nums)
        if value is None:
            continue
        value = round(
            value * mult.get(m.group("mult") or m.group("bare") or "", 1.0), 4
        )
        currency = cur[m.group("cur") or m.group("cur2") or DEFAULT_CURRENCY]
        found.append(
            (
                m.start(),
                m.end(),
                Investment(amount=value, currency=currency, text=m.group()),
            )
        )
    return found
