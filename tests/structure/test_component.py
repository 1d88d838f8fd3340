"""The zn_structure component in a spaCy pipeline behind the page tokenizer."""

from __future__ import annotations

import spacy

import zone_ner.structure.component  # noqa: F401  (registers the factory)
from zone_ner.segmentation.tokenizer import PageTokenizer


def _nlp() -> spacy.language.Language:
    nlp = spacy.blank("zh")
    nlp.tokenizer = PageTokenizer(nlp.vocab)
    nlp.add_pipe("zn_structure", config={"max_sentence_chars": 200})
    return nlp


def test_articles_and_sentences_on_the_example_page(page) -> None:
    doc = _nlp()(page.source)
    assert doc.text == page.text
    assert [a.title for a in doc._.zn_articles][:1] == ["江城高新区：创新引领高质量发展"]
    sentences = [s.text.strip() for s in doc.sents]
    assert "他表示，今年以来全区经济保持了发展的良好势头，高新区将坚持“项目为王”，全力做好要素保障，推动项目早开工、早投产、早见效。" in sentences
    starts = {s.start_char for s in doc.sents}
    assert all(a.start in starts for a in doc._.zn_articles)


def test_long_line_gets_bounded_sentences() -> None:
    doc = _nlp()("江城高新区" * 2_000)
    assert all(len(s.text) <= 200 for s in doc.sents)


def test_empty_doc() -> None:
    doc = _nlp()("")
    assert doc._.zn_articles == []


def test_wrapped_page_blank_lines_separate_articles() -> None:
    first = "江城高新区今天与三家企业签约，总投资十亿元，项目预计明年建成投产。" * 3
    second = "河阳经开区上半年新签约项目十二个，总投资八十六亿元，同比增长两成。" * 3
    raw = "\n".join(first[i : i + 18] for i in range(0, len(first), 18))
    raw += "\n\n" + "\n".join(second[i : i + 18] for i in range(0, len(second), 18))
    raw += "\n\n本报讯 青山新区举行项目集中开工仪式。\n\n今年以来新区新签约项目三十个。"
    doc = _nlp()(raw)
    starts = [doc.text[a.start : a.start + 5] for a in doc._.zn_articles]
    assert starts == ["江城高新区", "河阳经开区", "本报讯 青", "今年以来新"]
