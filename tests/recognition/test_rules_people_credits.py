"""People rules on credits, bylines and names in context (sentences composed in the style of news pages)."""

from __future__ import annotations

from rules_helpers import spans


def test_review_credits_after_names_without_spaces() -> None:
    text = "江城日报记者 周文涛编辑 任杰二审 陆光明三审 孙晓梅返回搜狐，查看更多"
    assert spans(text, "PERSON") == [
        ("PERSON", "周文涛"),
        ("PERSON", "任杰"),
        ("PERSON", "陆光明"),
        ("PERSON", "孙晓梅"),
    ]
    assert ("TITLE", "二审") in spans(text) and ("TITLE", "三审") in spans(text)


def test_credit_chain_with_colons_and_bars() -> None:
    text = "请注意出行安全。责编:赵一鸣 | 审校:钱晓芸 | 审核:孙立 | 监制:李国栋"
    assert spans(text, "TITLE") == [
        ("TITLE", "责编"),
        ("TITLE", "审校"),
        ("TITLE", "审核"),
        ("TITLE", "监制"),
    ]
    assert [s for _, s in spans(text, "PERSON")] == [
        "赵一鸣",
        "钱晓芸",
        "孙立",
        "李国栋",
    ]


def test_bracketed_review_credits() -> None:
    text = "大家都平安就好。”（一审：沈涛 二审：韩雪梅 三审：郑伟）返回搜狐"
    assert [s for _, s in spans(text, "PERSON")] == ["沈涛", "韩雪梅", "郑伟"]


def test_second_name_after_a_space_in_a_byline() -> None:
    text = "讯（记者 王晓燕 胡永新）8月2日，会议在北京召开。"
    assert spans(text, "PERSON") == [("PERSON", "王晓燕"), ("PERSON", "胡永新")]


def test_bracketed_names_with_cues_inside() -> None:
    text = "增进友谊。(陈立、实习生刘佳)"
    assert spans(text, "PERSON") == [("PERSON", "陈立"), ("PERSON", "刘佳")]
    text = "客户端讯（何思远 中青报·中青网记者 高洁）8月3日"
    assert [s for _, s in spans(text, "PERSON")] == ["何思远", "高洁"]


def test_name_before_footer_and_slash_photo_credit() -> None:
    assert ("PERSON", "曹丽华") in spans("交流。区关工委 曹丽华返回搜狐，查看更多")
    assert ("PERSON", "王建新") in spans("论坛现场。王建新/摄  作为两国合作项目")
    assert spans("校对 吴菲返回搜狐，查看更多", "PERSON") == [("PERSON", "吴菲")]


def test_speech_verb_after_an_unnamed_title_is_not_a_name() -> None:
    text = "针对这一疑问，镇里相关负责人解释，该建筑无法整改。"
    assert spans(text, "PERSON") == []
