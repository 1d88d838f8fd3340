"""zn_model_check: the statistical model's PERSON spans must read as Chinese names."""

from __future__ import annotations

import pytest
import spacy

import zone_ner.components  # noqa: F401
from zone_ner.recognition.gazetteer import common_words
from zone_ner.recognition.model_check import is_person_name
from zone_ner.recognition.rules.lexicon import default_lexicon

LEX = default_lexicon(frozenset())


@pytest.mark.parametrize("name", ["张新峰", "陈杰", "欧阳娜娜", "逯世泽", "王宏伟"])
def test_names_pass(name: str) -> None:
    assert is_person_name(name, LEX, common_words())


@pytest.mark.parametrize("name", ["黄", "村振兴", "包庇", "傅上门", "张三丰四五", "李的", "王从"])
def test_fragments_verbs_and_common_words_do_not(name: str) -> None:
    assert not is_person_name(name, LEX, common_words())


def test_the_component_drops_only_implausible_person_entities() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("zn_model_check")
    text = "张新峰在村振兴大会上说，华为公司"
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(0, 3, "PERSON"), doc.char_span(4, 7, "PERSON"), doc.char_span(12, 16, "COMPANY")]
    doc = nlp.get_pipe("zn_model_check")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("张新峰", "PERSON"), ("华为公司", "COMPANY")]


def test_a_storms_name_is_no_person_at_any_mention() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("zn_model_check")
    text = "台风“杜苏芮”逼近，杜苏芮将登陆，张新峰说。"
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(3, 6, "PERSON"), doc.char_span(10, 13, "PERSON"), doc.char_span(17, 20, "PERSON")]
    doc = nlp.get_pipe("zn_model_check")(doc)
    assert [e.text for e in doc.ents] == ["张新峰"]


def test_a_surname_glued_to_the_word_before_it_opens_no_name() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("zn_model_check")
    text = "锤炼执法队伍忠诚担当，王宏伟说。"
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(5, 8, "PERSON"), doc.char_span(11, 14, "PERSON")]
    doc = nlp.get_pipe("zn_model_check")(doc)
    assert [e.text for e in doc.ents] == ["王宏伟"]


def test_a_span_holding_an_honorific_or_the_start_of_a_title_is_no_name() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("zn_model_check")
    text = "据杨女士介绍，龚正市长出席。"
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(1, 4, "PERSON"), doc.char_span(7, 10, "PERSON")]
    doc = nlp.get_pipe("zn_model_check")(doc)
    assert [e.text for e in doc.ents] == []
