"""ORG and COMPANY rules on sentences composed in the style of news text the rules were not developed on."""

from __future__ import annotations

from tests.recognition.rules_helpers import spans


def orgs(text: str) -> list[str]:
    return [s for label, s in spans(text) if label == "ORG"]


def companies(text: str) -> list[str]:
    return [s for label, s in spans(text) if label == "COMPANY"]


def test_listed_outlets_and_their_apps_are_publishers():
    text = "据封面新闻报道，澎湃新闻、界面新闻和上游新闻也进行了转载。"
    assert orgs(text) == ["封面新闻", "澎湃新闻", "界面新闻", "上游新闻"]


def test_outlets_written_back_to_back_are_one_publisher():
    text = "四川日报川观新闻记者 王明"
    assert orgs(text) == ["四川日报川观新闻"]


def test_outlets_split_by_a_slash_stay_two_publishers():
    text = "通讯员 李华 扬子晚报/紫牛新闻记者 陈静"
    assert orgs(text) == ["扬子晚报", "紫牛新闻"]


def test_a_channel_after_a_dash_belongs_to_the_publisher():
    text = "来源：人民网－四川频道 原创稿"
    assert orgs(text) == ["人民网－四川频道"]


def test_a_listed_outlet_is_not_found_inside_an_ordinary_word():
    assert orgs("他点开手机界面，心情澎湃。") == []
