"""The rules run in linear time: inputs that would explode a quadratic or backtracking matcher.

Not timed asserts: each case is sized so that a quadratic scan (10^10 to 10^12 steps) or
catastrophic backtracking could never finish, and pytest-timeout (or the SIGALRM guard) fails
the test. Cases dense in anchors are 200k characters, plain lines 1 MB.
"""

from __future__ import annotations

import signal

import pytest

from tests.recognition.rules_helpers import recognisers
from zone_ner.records.money import find_amounts

MB = 1_000_000
DENSE = 200_000
GUARD_SECONDS = 300

CASES = {
    "one 1 MB line of ideographs": "发" * MB,
    "one 1 MB line of digits": "9" * MB,
    "one 1 MB line of text without punctuation": "株洲高新区管委会主任李明调研有限公司项目"
    * (MB // 20),
    "dense zone suffixes": "高新区" * (DENSE // 3),
    "dense legal forms": "有限公司" * (DENSE // 4),
    "dense titles": "书记" * (DENSE // 2),
    "surnames after a title": "主任" + "王" * DENSE,
    "dense project tails": "一期项目" * (DENSE // 4),
    "one long enumeration": "甲乙、" * (DENSE // 3) + "等企业",
    "dense ORG suffixes": "管委会党工委局" * (DENSE // 7),
    "places and suffixes": "株洲株洲株洲高新" * (DENSE // 8),
    "newlines and names": "。\n王明\n" * (DENSE // 5),
    "bracketed names": "（王明 李强）" * (DENSE // 7),
    "open brackets": "（" * DENSE + "王明）",
    "facility lists": "软件信息园、" * (DENSE // 6) + "等项目",
    "dense list ends": "基地等项目" * (DENSE // 5),
}


@pytest.fixture(autouse=True)
def alarm_guard():
    """Fail rather than hang when pytest-timeout is not installed."""

    def _raise(*_args):
        raise TimeoutError(f"rules took more than {GUARD_SECONDS}s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(GUARD_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.timeout(GUARD_SECONDS)
@pytest.mark.parametrize("name", list(CASES))
def test_rules_finish_on_adversarial_text(name):
    gazetteer, rules, merge = recognisers()
    text = CASES[name]
    prior = gazetteer.find(text)
    found = rules.find(text, prior)
    chosen = merge.select(prior + found)
    assert all(0 <= c.start < c.end <= len(text) for c in chosen)


@pytest.mark.timeout(GUARD_SECONDS)
def test_money_pattern_finishes_on_long_runs():
    text = ("1," * MB) + "亿" + "二" * MB + "9" * MB + "亿元"
    found = find_amounts(text)
    assert [a.text for _, _, a in found] == []
