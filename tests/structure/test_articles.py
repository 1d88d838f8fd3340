"""Articles of a page: starts, closing names, headlines and bylines collected at the page end."""

from __future__ import annotations

from zone_ner.structure import split_articles
from zone_ner.text import NormalisedText


def test_example_page_articles(page: NormalisedText) -> None:
    articles = split_articles(page.text)
    assert [a.title for a in articles] == [
        "江城高新区：创新引领高质量发展",
        "河阳经开区：三星二期项目投产",
        "青山新区重大项目集中开工",
    ]
    first, second, third = (page.text[a.start : a.end] for a in articles)
    assert first.startswith("江城高新区：创新引领高质量发展\n本报讯") and first.endswith("张伟")
    assert second.startswith("本报讯") and "三星二期项目" in second and "新华社" not in second
    assert third.startswith("新华社青山3月13日电") and third.endswith("打下坚实基础。")
    assert [a.byline for a in articles] == ["张伟", "记者 陈晓东", "记者 刘洋"]
    for article in articles:
        start, end = article.title_span
        assert page.text[start:end] == article.title


def test_article_offsets_map_to_the_raw_page(page: NormalisedText) -> None:
    articles = split_articles(page.text)
    starts = [page.to_source(a.start, a.end)[0] for a in articles]
    assert page.source[starts[0] :].startswith("江城高新区江城高新区：：")
    assert page.source[starts[1] :].startswith("本报讯")
    assert page.source[starts[2] :].startswith("新华社青山")


def test_headline_starts_an_article_after_a_closing_name() -> None:
    text = "本报讯 江城高新区今天签约三个项目，总投资十亿元。\n李明\n河阳经开区新签项目12个\n今年以来，河阳经开区新签约项目12个。"
    articles = split_articles(text)
    assert [(a.title, a.byline) for a in articles] == [(None, "李明"), ("河阳经开区新签项目12个", None)]


def test_collected_headlines_matched_by_wording() -> None:
    text = (
        "本报讯 青山新区今天举行项目集中开工仪式，总投资256亿元。\n\n"
        "本报讯 河阳经开区三星二期项目正式投产，年产值120亿元。\n\n"
        "河阳经开区：三星二期项目投产\n▶ 陈晓东\n青山新区项目集中开工\n▶ 刘洋"
    )
    articles = split_articles(text)
    assert [(a.title, a.byline) for a in articles] == [
        ("青山新区项目集中开工", "刘洋"),
        ("河阳经开区：三星二期项目投产", "陈晓东"),
    ]


def test_plain_text_is_one_article() -> None:
    text = "2023-08-16 18:22:06，正文：延吉高新区生命健康产业园项目举行开工仪式。项目总投资11.56亿元。"
    articles = split_articles(text)
    assert len(articles) == 1 and (articles[0].start, articles[0].end) == (0, len(text))
    assert split_articles("") == [] and split_articles("\n \n") == []


def test_subheading_stays_inside_its_article() -> None:
    text = "本报讯 合肥将把光伏产业发展成为重要的支柱产业。\n一批重点项目开工或达产\n预计2012年合肥市可实现电池及组件产能约8GW。"
    assert len(split_articles(text)) == 1


def test_web_text_subheadings_after_blank_lines_stay_inside() -> None:
    text = (
        "潍柴动力股价新高背后\n\n开年以来，潍柴集团旗下上市公司股价走高。\n\n"
        "近日，潍柴动力接受了二十余家机构调研。\n\n算力基础设施关键一环\n\n"
        "潍柴动力此轮股价上涨始自第四季度。\n\n市场竞争与公司布局\n\n数据中心备用电源需要满足快速启动要求。"
    )
    articles = split_articles(text)
    assert [(a.title, a.end) for a in articles] == [("潍柴动力股价新高背后", len(text))]


def test_blank_lines_separate_articles_on_a_wrapped_page() -> None:
    from zone_ner.text import normalise

    first = "江城高新区今天与三家企业签约，总投资十亿元，项目预计明年建成投产。" * 3
    second = "河阳经开区上半年新签约项目十二个，总投资八十六亿元，同比增长两成。" * 3
    raw = "\n".join(first[i : i + 18] for i in range(0, len(first), 18))
    raw += "\n\n" + "\n".join(second[i : i + 18] for i in range(0, len(second), 18))
    norm = normalise(raw)
    assert norm.wrapped and norm.text == first + "\n\n" + second
    articles = split_articles(norm.text, norm.wrapped)
    assert [norm.text[a.start : a.end] for a in articles] == [first, second]


def test_subheadings_and_credit_lines_are_not_names_or_titles() -> None:
    text = (
        "本报讯 电价上调，将使全省工业成本增加约10亿元。\n感受\n电价占到电解铝成本近一半。\n对策\n"
        "企业要加快转型升级。\n文字记者：胡旭、翟濯\n海报设计：马发展"
    )
    articles = split_articles(text)
    assert len(articles) == 1
    assert articles[0].title is None and articles[0].byline == "文字记者：胡旭、翟濯"


def test_a_title_never_runs_across_a_page_header():
    text = "江城高新区\n第3版\n江城高新区\n本报讯 记者从管委会获悉。"
    (article,) = split_articles(text)
    assert article.title == "江城高新区"
    assert article.title_span == (text.index("江城高新区\n本报讯"), text.index("江城高新区\n本报讯") + 5)


def test_a_byline_between_two_headlines_ends_the_title():
    text = "江城高新区\n记者 王小明\n江城高新区\n本报讯 记者从管委会获悉。"
    (article,) = split_articles(text)
    assert article.title == "江城高新区"
    assert text[slice(*article.title_span)] == "江城高新区"
