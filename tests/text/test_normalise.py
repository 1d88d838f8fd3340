"""Normalisation: each damage type undone, legitimate text kept, the offset map exact."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textcheck import articles, assert_exact

from zone_ner.text import normalise


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("江城高新区江城高新区：：创新引领创新引领", "江城高新区：创新引领"),
        ("江江城城高高新新区区", "江城高新区"),
        ("河阳经开区：三星二期项目投产河阳经开区：三星二期项目投产", "河阳经开区：三星二期项目投产"),
        ("今年以来，全 区 经 济 保 持 了 发 展 的 良 好 势 头。", "今年以来，全区经济保持了发展的良好势头。"),
        ("编剧 刘 琳 战海峰  拍 摄  孙 硕", "编剧 刘琳 战海峰 拍摄 孙硕"),
        ("仅用了14个月，三 星 二 期项目", "仅用了14个月，三星二期项目"),
        ("年产20 万台，配备122 张床位", "年产20万台，配备122张床位"),
        ("总投资１２．５亿元，ＡＢＣ公司", "总投资12.5亿元，ABC公司"),
        ("江城&amp;河阳&ldquo;双城&rdquo;&#x9ad8;新区", "江城&河阳“双城”高新区"),
        ("<p>江城高新区</p><p>河阳<strong>经开区</strong></p>", "江城高新区\n河阳经开区"),
        ("\ufeff江城\u200b高新区\u00a0管委会\r\n河阳", "江城高新区 管委会\n河阳"),
        ("法院的爱德华・达维拉、马克•扎克伯格和约翰‧史密斯", "法院的爱德华·达维拉、马克·扎克伯格和约翰·史密斯"),
    ],
)
def test_damage_undone(raw: str, clean: str) -> None:
    norm = normalise(raw)
    assert norm.text == clean
    assert_exact(norm)


@pytest.mark.parametrize(
    "body",
    [
        "我们要把这个问题研究研究，再请大家看看。",
        "一个个项目落地，天天都有新变化，大家高高兴兴迎新年。",
        "他历任管委会副主任、主任、党组副书记。",
        "哈哈哈哈，常常说起这件事。",
        "一步一步往前走，一年又一年。",
        "改造要一个细节一个细节地抓，免除了企业的企业税。",
        "紧急协调“渔光曲17号”“渔光曲7号”“渔光曲3号”客船。",
    ],
)
def test_body_repeats_kept(body: str) -> None:
    assert normalise(body).text == body


def test_a_title_repeated_by_its_paragraph_in_crud_text_stays_twice(news_dir) -> None:
    raw = (news_dir / "0024_crud.txt").read_text(encoding="utf-8")
    text = normalise(raw).text
    assert "原标题：王旭东开展“八一”走访慰问活动王旭东开展“八一”走访慰问活动“八一”建军节" in text


def test_a_doubled_headline_line_is_undone_but_a_glued_sub_heading_is_kept() -> None:
    raw = "乌鲁木齐经济技术开发区乌鲁木齐经济技术开发区\n园区企业达产。西咸新区秦汉秦兴小学西咸新区秦汉秦兴小学位于秦汉新城。"
    assert normalise(raw).text == "乌鲁木齐经济技术开发区\n园区企业达产。西咸新区秦汉秦兴小学西咸新区秦汉秦兴小学位于秦汉新城。"


def _wrapped(text: str, width: int) -> str:
    lines, line, used = [], "", 0
    for char in text:
        step = 2 if ord(char) > 0x2E80 else 1
        if used + step > width:
            lines.append(line)
            line, used = "", 0
        line += char
        used += step
    return "\n".join(lines + [line])


def test_wrapped_page_joined_inside_names() -> None:
    body = "江城高新区管委会与山东超越轻工制品有限公司签约，总投资十二亿元的智能制造产业园项目落户江城高新区光谷科学城。"
    raw = _wrapped(body * 2, 24)
    assert "\n" in raw
    norm = normalise(raw)
    assert norm.text == body * 2
    start = norm.text.index("山东超越轻工制品有限公司")
    source_start, source_end = norm.to_source(start, start + 12)
    assert raw[source_start:source_end].replace("\n", "") == "山东超越轻工制品有限公司"
    assert_exact(norm)


def test_paragraph_breaks_kept() -> None:
    raw = "　　第一段的内容到这里结束了。\n　　第二段从这里开始，写得很长很长。\n\n标题行\n正文第一句。"
    assert normalise(raw).text == "第一段的内容到这里结束了。\n第二段从这里开始，写得很长很长。\n\n标题行\n正文第一句。"


def test_example_page(example_page: str) -> None:
    norm = normalise(example_page)
    assert_exact(norm)
    text = norm.text
    assert "江城高新区江城高新区" not in text and "创新引领高质量发展创新" not in text
    assert "青山新区重大项目集中开工" in text
    assert "发展的良好势头" in text and "三星二期项目从签约到投产" in text
    for name in ("山东超越轻工制品有限公司", "河阳经济技术开发区", "光谷科学城", "超越智能家居产业园项目"):
        start = text.index(name)
        source_start, source_end = norm.to_source(start, start + len(name))
        surface = example_page[source_start:source_end]
        assert "\n" in surface and re.sub(r"\s", "", surface) == name


_ALPHABET = st.sampled_from(
    list("江城高新区管委会山东超越轻工有限公司，。、：；“”（）！？")
    + list("0123456789abcXYZ")
    + list("０１ＡＢ．％\u3000\u00a0\u200b\ufeff\r\n\n\n    \t")
    + ["&amp;", "&nbsp;", "&ldquo;", "&#20013;", "<p>", "</p>", "<br/>", "<strong>", "</span>", "江江", "研究研究"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_map_exact_on_random_text(raw: str) -> None:
    assert_exact(normalise(raw))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    article=st.sampled_from(articles()),
    width=st.integers(16, 70),
    seed=st.integers(0, 10_000),
)
def test_random_damage_on_real_articles(article: str, width: int, seed: int) -> None:
    import random

    from zone_ner.text.damage import (
        digit_space_inserts,
        insert,
        letter_space_inserts,
        wrap_inserts,
    )

    rng = random.Random(seed)
    start = rng.randrange(len(article) - 10)
    inserts = letter_space_inserts(article, start, start + rng.randrange(3, 9)) + digit_space_inserts(article, rng)
    damaged = insert(article, [], inserts).text
    damaged = insert(damaged, [], wrap_inserts(damaged, width, rng, blank_share=0.1)).text
    norm = normalise(damaged)
    assert_exact(norm)
    # Nothing but whitespace is lost or added: all damage is undone.
    assert re.sub(r"\s", "", norm.text) == re.sub(r"\s", "", article)


def test_real_articles_keep_their_characters() -> None:
    for article in articles():
        norm = normalise(article)
        assert_exact(norm)
        assert re.sub(r"\s", "", norm.text) == re.sub(r"\s", "", article)


def test_to_source_of_doubled_characters() -> None:
    raw = "青青山山新新区区重重大大项项目目"
    norm = normalise(raw)
    assert norm.text == "青山新区重大项目"
    assert norm.to_source(0, 4) == (0, 8)
    runs = normalise("江城高新区江城高新区：：创新引领创新引领")
    assert runs.to_source(0, 5) == (0, 5)
    kept = normalise("大家天天向上")
    assert kept.to_source(2, 3) == (2, 3)
