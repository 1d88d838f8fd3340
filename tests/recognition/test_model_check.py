"""zn_model_check: the statistical model's PERSON spans must read as Chinese names."""

from __future__ import annotations

import pytest
import spacy

import zone_ner.components  # noqa: F401
from zone_ner.recognition.candidates import get_candidates
from zone_ner.recognition.gazetteer import common_words
from zone_ner.recognition.model_check import is_person_name
from zone_ner.recognition.rules.lexicon import default_lexicon

LEX = default_lexicon(frozenset())


@pytest.mark.parametrize("name", ["张新峰", "陈杰", "欧阳娜娜", "逯世泽", "王宏伟"])
def test_names_pass(name: str) -> None:
    assert is_person_name(name, LEX, common_words())


@pytest.mark.parametrize("name", ["黄", "村振兴", "包庇", "傅上门", "张三丰四五", "李的", "王从", "李大爷", "王总"])
def test_fragments_verbs_and_common_words_do_not(name: str) -> None:
    assert not is_person_name(name, LEX, common_words())


def _checked(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """The entities `spans` of `text` that zn_model_check keeps, as (text, label)."""
    nlp = spacy.blank("zh")
    nlp.add_pipe("zn_model_check")
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(start, end, label) for start, end, label in spans]
    return [(e.text, e.label_) for e in nlp.get_pipe("zn_model_check")(doc).ents]


def test_the_component_drops_only_implausible_person_entities() -> None:
    kept = _checked("张新峰在村振兴大会上说，华为公司", [(0, 3, "PERSON"), (4, 7, "PERSON"), (12, 16, "COMPANY")])
    assert kept == [("张新峰", "PERSON"), ("华为公司", "COMPANY")]


def test_a_storms_name_is_no_person_at_any_mention() -> None:
    text = "台风“杜苏芮”逼近，杜苏芮将登陆，张新峰说。"
    kept = _checked(text, [(3, 6, "PERSON"), (10, 13, "PERSON"), (17, 20, "PERSON")])
    assert kept == [("张新峰", "PERSON")]


def test_a_pseudonym_is_no_person_at_any_mention() -> None:
    text = "该男子李亮(化名)讲述经历，李亮说，民警王宏伟说。"
    kept = _checked(text, [(3, 5, "PERSON"), (14, 16, "PERSON"), (20, 23, "PERSON")])
    assert kept == [("王宏伟", "PERSON")]


def test_a_surname_glued_to_the_word_before_it_opens_no_name() -> None:
    kept = _checked("锤炼执法队伍忠诚担当，王宏伟说。", [(5, 8, "PERSON"), (11, 14, "PERSON")])
    assert kept == [("王宏伟", "PERSON")]


def test_a_span_opening_inside_the_word_before_it_is_no_name() -> None:
    text = "小型堆科技示范工程玲龙一号反应堆核心模块吊装，程玲龙说。2025年示范区新推出制度。"
    kept = _checked(text, [(8, 11, "PERSON"), (23, 26, "PERSON"), (34, 36, "PERSON")])
    assert kept == [("程玲龙", "PERSON")]


def test_a_span_holding_an_honorific_or_the_start_of_a_title_is_no_name() -> None:
    assert _checked("据杨女士介绍，龚正市长出席。", [(1, 4, "PERSON"), (7, 10, "PERSON")]) == []


def test_zhang_after_a_numeral_is_a_counter_not_a_surname() -> None:
    text = "甄选78张黑白照片，画成一张图，张新峰说。"
    kept = _checked(text, [(4, 7, "PERSON"), (13, 15, "PERSON"), (16, 19, "PERSON")])
    assert kept == [("张新峰", "PERSON")]


def test_a_two_character_span_read_across_a_word_is_no_name() -> None:
    text = "又到脆李丰收季，网格员李大姐说，陈杰说。"
    kept = _checked(text, [(3, 5, "PERSON"), (11, 13, "PERSON"), (16, 18, "PERSON")])
    assert kept == [("陈杰", "PERSON")]


def test_a_facility_or_doctrine_named_after_a_person_and_a_head_count_name_nobody() -> None:
    text = "站前广场、颜真卿公园开放，巩固马克思主义地位，891名包组干部到岗，张新峰说。"
    spans = [(5, 8, "PERSON"), (15, 18, "PERSON"), (27, 29, "PERSON"), (34, 37, "PERSON")]
    assert _checked(text, spans) == [("张新峰", "PERSON")]


def test_a_foreign_name_in_parts_joined_by_a_dot_is_kept_whatever_its_characters() -> None:
    text = "莉泽特·范德普拉斯表示，吞弥·桑布扎的故乡，·桑布扎"
    kept = _checked(text, [(0, 9, "PERSON"), (12, 18, "PERSON"), (22, 26, "PERSON")])
    assert kept == [("莉泽特·范德普拉斯", "PERSON"), ("吞弥·桑布扎", "PERSON")]


def test_a_dotted_chapter_ship_or_word_run_is_no_foreign_name() -> None:
    text = "《史记·大宛列传》，航母亚伯拉罕·林肯号，宋·方岳，首席执行官萨米尔·哈莫尼视频致辞，洛克希德·马丁公司"
    spans = [(1, 6, "PERSON"), (12, 20, "PERSON"), (21, 24, "PERSON"), (31, 39, "PERSON"), (43, 52, "PERSON")]
    assert _checked(text, spans) == []


def _repeat_candidates(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """The PERSON candidates zn_model_check proposes for `text` with the model entities `spans`."""
    nlp = spacy.blank("zh")
    nlp.add_pipe("zn_model_check")
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(start, end, label) for start, end, label in spans]
    doc = nlp.get_pipe("zn_model_check")(doc)
    return [text[c.start : c.end] for c in get_candidates(doc) if c.label == "PERSON"]


def test_the_last_part_of_a_dotted_foreign_name_written_alone_later_is_a_candidate() -> None:
    text = "埃隆·马斯克收购推特后，马斯克表示，由于马斯克在推特上发文。"
    assert _repeat_candidates(text, [(0, 6, "PERSON")]) == ["马斯克", "马斯克"]


def test_a_dotted_part_that_is_a_word_or_sits_inside_one_names_nobody_alone() -> None:
    text = "激情迎亚冬·冰雪共欢歌，冰雪节开幕。约翰·贝尔是诺贝尔奖得主，贝尔表示。"
    found = _repeat_candidates(text, [(3, 8, "PERSON"), (18, 23, "PERSON")])
    assert found == ["贝尔"] and text.rfind("贝尔") == text.index("贝尔表示")


def test_a_span_running_on_into_a_clan_character_names_nobody() -> None:
    text = "贺利氏在闵行成立公司，贺利发表示支持。"
    assert _checked(text, [(0, 2, "PERSON"), (11, 14, "PERSON")]) == [("贺利发", "PERSON")]


def test_a_three_character_name_running_into_a_frequent_word_is_cut_to_two() -> None:
    text = "列车长杨龙马上向站长求助，刘德华表示支持，徐巧平等出席。"
    spans = [(3, 6, "PERSON"), (13, 16, "PERSON"), (21, 24, "PERSON")]
    assert _checked(text, spans) == [("刘德华", "PERSON"), ("徐巧平", "PERSON")]
    assert _repeat_candidates(text, spans) == ["杨龙"]


def test_a_listed_non_name_is_no_person() -> None:
    assert _checked("下次马拉松我还要来参加。", [(2, 5, "PERSON")]) == []
