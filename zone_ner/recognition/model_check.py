"""Component `zn_model_check`: the statistical model's PERSON spans checked against the rules' lexicon.

The statistical model finds names the rules have no cue for, but also fragments (黄, 村振兴,
包庇). A model PERSON is kept when it is a foreign name in parts joined by · (唐纳德·特朗普; not a
chapter in 《》, a ship or a span running into a word), or when it reads as a Chinese name: 2-4 CJK characters, a
surname of `rules/data/surnames.txt`, one or two given characters (none excluded from names,
the first not one that never opens a given name), the given name not a common verb or an honorific
(李大爷: `rules/data/honorifics.txt`), the span not a word of `rules/data/non_names.txt` (马拉松) and a
two-character span not a common word; a three-character name whose last character opens a frequent
word with the next (杨龙马 + 上向) is cut to its first two.
A name the document writes right after a storm word (台风“杜苏芮”: `data/storm_words.txt`) is a
storm's, and one it writes before （化名） a pseudonym, at every mention; a three-character span whose surname closes a word with the character
before it (队伍忠诚, 工程玲龙, 工程量), one a word that follows names or a title
starts inside (杨女士, 龚正市 + 长), one opened by 张 right after a numeral (一张图: a counter), one
opening a facility's or a doctrine's name (颜真卿公园, 马克思主义), running on into 氏 (贺利氏) or after
a head count (891名包组), or a two-character one whose given character opens a frequent word with the
next (脆李丰 + 收季), is no name. Entities of other labels pass unchanged (`zn_merge`'s `model_labels` chooses what the model
may contribute). The last part of a kept dotted name, written alone elsewhere (马斯克), is proposed
as a model candidate for `zn_merge`.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from zone_ner.extensions import ensure_extensions
from zone_ner.recognition.candidates import Candidate, add_candidates
from zone_ner.recognition.gazetteer import common_words, facility_words, names_road
from zone_ner.recognition.rules.lexicon import Lexicon, WordSet, default_lexicon
from zone_ner.recognition.rules.scan import is_cjk
from zone_ner.text.wordlists import occurrences, read_words

STORM_WORDS = tuple(read_words(Path(__file__).parent / "data" / "storm_words.txt"))
COUNTER_SURNAMES = frozenset("张")  # 78张黑白照片, 一张图: a counter after a numeral
NUMERALS = frozenset("0123456789一二三四五六七八九十百千万两几每多数")
OPENING_QUOTES = ("“", "\"", "「")
DOCTRINE_WORDS = tuple(read_words(Path(__file__).parent / "data" / "doctrine_words.txt"))
HEAD_COUNTERS = frozenset("名个")  # 891名包组: a head count
NAME_DOT = "·"
MAX_DOTTED_PARTS = 4
MIN_DOTTED_CHARS = 3
TITLE_OPEN, TITLE_CLOSE = "《", "》"
SHIP = "号"
CLAN = "氏"
MIN_SURNAME = 2
REPEAT_SCORE = 0.8
TRIMMED_SCORE = 0.8
PSEUDONYM_MARKS = ("（化名）", "(化名)")


def is_person_name(name: str, lex: Lexicon, words: frozenset[str]) -> bool:
    """True when `name` reads as surname + given name."""
    if not 2 <= len(name) <= 4 or not all(is_cjk(c) for c in name):
        return False
    k = 2 if name[:2] in lex.surnames else 1 if name[0] in lex.surnames else 0
    given = name[k:]
    if not k or not 1 <= len(given) <= 2:
        return False
    if given[0] in lex.given_excluded or any(c in lex.name_excluded for c in given):
        return False
    return (
        given not in lex.common_verbs
        and name not in lex.non_names  # 马拉松, 方案: words, not names
        and given not in lex.honorifics  # 李大爷, 王总: honorific-only references
        and not (len(name) == 2 and name in words)
    )


def opens_frequent_word(text: str, start: int, k: int, lex: Lexicon, words: frozenset[str]) -> bool:
    """True if the would-be last character `k` of a name starting at `start` opens a frequent word with
    the next character and the character after that opens none (杨成 + 执勤时, 杨龙 + 马上向): the name
    ends before `k`. Not when a word that follows names starts right after `k` (徐巧平 + 等出席) or the
    name and that character are all transliteration characters (阿什拉夫)."""
    rest = text[k + 1 : k + 3]
    return (
        text[k : k + 2] in words
        and lex.post_name.starting_at(text, k + 1) is None
        and not all(c in lex.transliteration for c in text[start : k + 2])
        and rest not in words
        and rest not in lex.common_verbs
    )


def is_dotted_name(name: str) -> bool:
    """True if `name` is written in two to four Chinese parts joined by · and three characters at
    least (唐纳德·特朗普, 凯·莱尼; not 宋·方)."""
    parts = name.split(NAME_DOT)
    return (
        2 <= len(parts) <= MAX_DOTTED_PARTS
        and all(p and all(is_cjk(c) for c in p) for p in parts)
        and len(name) - len(parts) + 1 >= MIN_DOTTED_CHARS
    )


class ModelCheck:
    """Drops the model's PERSON entities that do not read as names."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.words = common_words()
        self.titles = WordSet(lex.titles)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        stormy = any(w in text for w in STORM_WORDS)
        nobody = {  # a storm's name (台风“杜苏芮”) or a pseudonym (李亮（化名）), at every mention
            e.text
            for e in doc.ents
            if e.label_ == "PERSON" and ((stormy and _after_storm_word(text, e.text)) or is_pseudonym(text, e.text))
        }
        kept = [
            e
            for e in doc.ents
            if e.label_ != "PERSON"
            or self._foreign_name(text, e.start_char, e.end_char)
            or (e.text not in nobody and self._reads_as_name(text, e.start_char, e.end_char))
        ]
        trimmed = [e for e in kept if e.label_ == "PERSON" and self._runs_into_word(text, e.start_char, e.end_char)]
        doc.ents = [e for e in kept if e not in trimmed]
        short = [Candidate(e.start_char, e.end_char - 1, "PERSON", "model", TRIMMED_SCORE) for e in trimmed]
        add_candidates(doc, short + _surname_repeats(text, doc, self.lex.transliteration, self.words))
        return doc

    def _foreign_name(self, text: str, start: int, end: int) -> bool:
        """True if the span is a foreign person's name joined by · (莉泽特·范德普拉斯, 吞弥·桑布扎),
        whatever its characters: not a chapter in title brackets (《史记·大宛》), a ship (…林肯号), a
        company (洛克希德·马丁公司) or a span whose last character opens a frequent word with the next
        (哈莫尼 + 视频)."""
        name = text[start:end]
        return (
            is_dotted_name(name)
            and text.rfind(TITLE_OPEN, 0, start) <= text.rfind(TITLE_CLOSE, 0, start)
            and not name.endswith(SHIP)
            and self.lex.company_suffix_set.ending_at(name, len(name)) is None
            and text[end - 1 : end + 1] not in self.words
        )

    def _reads_as_name(self, text: str, start: int, end: int) -> bool:
        """True if the span reads as a Chinese name where it stands."""
        return (
            is_person_name(text[start:end], self.lex, self.words)
            and not _opens_inside_word(text, start, end, self.words)
            and not _counted(text, start)
            and not _names_something_else(text, start, end)
            and not _runs_on(text, start, end, self.words)
            and not self._overlaps_word(text, start, end)
        )

    def _runs_into_word(self, text: str, start: int, end: int) -> bool:
        """True if a three-character name's last character opens a frequent word (杨龙 + 马上向, see
        `opens_frequent_word`): the name is its first two characters, which read as a name themselves."""
        return (
            end - start == 3
            and opens_frequent_word(text, start, end - 1, self.lex, self.words)
            and is_person_name(text[start : end - 1], self.lex, self.words)
            and not _runs_on(text, start, end - 1, self.words)
        )

    def _overlaps_word(self, text: str, start: int, end: int) -> bool:
        """True if a word that follows names starts inside the span (杨女士, 张静说) or a title
        starts inside it and runs past its end (龚正市 + 长)."""
        for p in range(start + 1, end):
            if self.lex.post_name.starting_at(text, p) is not None:
                return True
            title = self.titles.starting_at(text, p)
            if title is not None and title > end:
                return True
        return False


def _surname_repeats(
    text: str, doc: Doc, transliteration: frozenset[str], words: frozenset[str]
) -> list[Candidate]:
    """Later mentions of the last part of a kept foreign name joined by · (埃隆·马斯克 … 马斯克表示),
    as model candidates: a rule or gazetteer name over them wins the merge, and so does a model
    entity of a label the merge takes from the model. A part that is a frequent word not written in
    transliteration characters (冰雪) names nobody alone; a part that is also a word, read right
    after a transliteration character, sits inside a longer name or word (诺 + 贝尔奖)."""
    taken = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    surnames = {
        e.text.rsplit(NAME_DOT, 1)[1]
        for e in doc.ents
        if e.label_ == "PERSON" and NAME_DOT in e.text
    }
    found = []
    for surname in surnames:
        if len(surname) < MIN_SURNAME or (surname in words and not all(c in transliteration for c in surname)):
            continue
        for pos in occurrences(text, surname):
            end = pos + len(surname)
            if (
                text[pos - 1 : pos] != NAME_DOT
                and not (surname in words and text[pos - 1 : pos] in transliteration)
                and not any(s < end and pos < e for s, e in taken)
            ):
                found.append(Candidate(pos, end, "PERSON", "model", REPEAT_SCORE))
    return found


def _opens_inside_word(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """True if a two- or three-character span's surname closes a frequent word with the character
    before it (队伍忠诚, 示范工程玲龙, 总工程量: 工 + 程): the span starts inside a word, no name."""
    return end - start in (2, 3) and start > 0 and text[start - 1 : start + 1] in words


def _runs_on(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """True if a two-character span's given character opens a frequent word with the character
    after it (脆李丰 + 收季, 小吴笑 + 着说): a word read across, no name."""
    return end - start == 2 and text[end - 1 : end + 1] in words


def _names_something_else(text: str, start: int, end: int) -> bool:
    """True if the span opens a facility's or a doctrine's name (颜真卿 + 公园, 马克思 + 主义), runs
    on into 氏 (贺利 + 氏: a clan or a transliterated firm) or follows a head count (891名 + 包组):
    no person is meant."""
    return (
        names_road(text, end)
        or text.startswith(CLAN, end)
        or text.startswith(facility_words(), end)
        or text.startswith(DOCTRINE_WORDS, end)
        or (start > 1 and text[start - 1] in HEAD_COUNTERS and text[start - 2] in NUMERALS)
    )


def _counted(text: str, start: int) -> bool:
    """True if the span opens with a counter that is also a surname, right after a numeral (一张图)."""
    return start > 0 and text[start] in COUNTER_SURNAMES and text[start - 1] in NUMERALS


def is_pseudonym(text: str, name: str) -> bool:
    """True if `name` is written somewhere in `text` right before （化名）: a pseudonym, no person's name."""
    return any(name + mark in text for mark in PSEUDONYM_MARKS)


def _after_storm_word(text: str, name: str) -> bool:
    """True if `name` is written somewhere in `text` right after a storm word (台风“杜苏芮”)."""
    return any(w + q + name in text for w in STORM_WORDS for q in ("",) + OPENING_QUOTES)


@Language.factory("zn_model_check", requires=["doc.ents"], assigns=["doc.ents"])
def make_model_check(nlp: Language, name: str) -> ModelCheck:
    """The check of the statistical model's PERSON entities (place it right after `ner`)."""
    ensure_extensions()
    return ModelCheck(default_lexicon(frozenset()))
