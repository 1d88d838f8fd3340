"""TITLE and PERSON: title chains before a name (党工委书记、管委会主任李明), name lists and bylines."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from zone_ner.recognition.candidates import AFTER_PERSON, BEFORE_PERSON, Candidate
from zone_ner.recognition.gazetteer import (
    PLACE_SUFFIX_CHARS,
    common_words,
    common_words_only,
)
from zone_ner.recognition.model_check import (
    is_person_name,
    is_pseudonym,
    opens_frequent_word,
)
from zone_ner.recognition.rules.lexicon import (
    Anchors,
    Lexicon,
    WordSet,
    alternation,
    read_rows,
    read_words,
    word_set,
)
from zone_ner.recognition.rules.scan import (
    ALL_LABELS,
    NUMERALS,
    PLACES,
    Known,
    at_boundary,
    is_cjk,
    is_name_char,
)
from zone_ner.text.wordlists import occurrences, separated_lists

HOSTS = frozenset({"ORG", "LOC", "ZONE", "COMPANY", "PERSON"})
PERSONS = frozenset({"PERSON"})
SPIRIT = "精神"  # a person's name before it names the person (焦裕禄精神)
SPIRIT_WORDS = ("精神病", "精神科", "精神卫生")  # words opened by 精神 that name no spirit
ORG_ONLY = frozenset({"ORG"})
EMPLOYERS = frozenset({"ORG", "COMPANY"})
MIN_FIELD, MAX_FIELD = 2, 4  # 营运 + 副经理, 安全环保 + 主管: a title's field between its employer and it
FIELD_STOPS = frozenset("该这此其及和与的等在")  # 万科物业该产品负责人, 医院及其院长: no field of the title
FIELD_NOT_ENDINGS = ("项目", "工程", "会", "队", "部", "处", "科", "室", "组")  # a works or unit of its own (商会 + 餐饮分会)
REVIEW = "审"  # 一审, 二审, 终审: review grades in credits, court instances in sentences
MAX_CAREER = 300
CREDIT_CLOSE = "）) \u3000"
CREDIT_SEPARATORS = " \u3000：:"
CREDIT_OPENERS = frozenset(" \u3000\n（(【[|｜/")  # a verb-like credit opens a credit only after these, not after 、 (签合同、审核公积金)
PAIR_JOINERS = frozenset("与和及")
MAX_FOREIGN_PART = 4
MAX_DOTTED_PART = 6
MAX_TITLE_PEEK = 8
MAX_PLACE_AFTER = 8
DOTS = frozenset("·•・")
_CLAUSE_END = re.compile(r"[，。；！？、：\n”」]")
PLURAL = "们"
BODY_ENDS = frozenset("会委部局办院厅处")
PREPOSITIONS = frozenset("在同对向给把被跟和与从")
SEX_CUE_OPENERS = frozenset("，,")  # byline cues ", 男" / ", 女" after a name (张伟，男，汉族)
WORD_CLOSERS = PREPOSITIONS | {"于"}  # surnames that also close a word with the character before (位于)
MIN_FOREIGN_RUN = 3
MAX_FOREIGN_RUN = 5
ORGS = frozenset({"ORG", "LOC", "ZONE", "COMPANY"})
MAX_SPACES = 3
STATE = "国"
MOTION_SURNAMES = frozenset("来经")
STATE_WORD = "国家"
MAX_LIST = 12
MAX_HEAD_GAP = 12
LIST_SEPARATORS = "、"
SENTENCE_END = "。！？!?；;）)\n"
_NEWLINE = re.compile("\n")
DAY = re.compile(r"\d{1,2}日")
_ENUM_END = re.compile("等")
MAX_LISTED_NAME = 3
_NAME_LIST = re.compile(rf"[\u4e00-\u9fff]{{2,{MAX_LISTED_NAME}}}(?:、[\u4e00-\u9fff]{{2,{MAX_LISTED_NAME}}}){{2,}}")
PEOPLE_COUNTERS = frozenset("位名人个")
NOT_IN_LISTED_NAMES = "某氏"
MIN_LISTED_NAMES = 3
TITLE_MARK = "《"
_BRACKETED = re.compile(r"[（(《]([\u4e00-\u9fff 、·/]{2,30})[）)》]")
_LATIN_WORD = r"[A-Z][a-z]+(?:[-'][A-Za-z]+)?"
_LATIN_RUN = rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{1,3}}"
LATIN_NAME = re.compile(rf"{_LATIN_RUN}(?![A-Za-z])")
"""A name in Latin script: two to four capitalised words (Hein Schumacher, James Edwardes Jones)."""
_GLOSS = re.compile(rf"[（(]({_LATIN_RUN})[）)]")
LATIN_MORE = re.compile(" ?[A-Z]")  # a fifth capitalised word: a longer name, not a person's
MIN_LATIN_SURNAME = 3
_PART = re.compile(r"[^ 、]{1,30}")
_ASIDE = re.compile(r"[（(][^（()）]{0,8}[）)]")


@dataclass(frozen=True)
class PeopleData:
    """Word lists used only by the people rules (read once from `rules/data/`)."""

    name_stops: WordSet
    """Titles and credit cues: a name's second given character does not start one (罗昌二审)."""
    title_anchors: Anchors
    """Titles (kind "title"), occupations (TITLE only next to a name) and role words."""
    title_prefixes: WordSet
    """Grade and rank words written before a title as part of it (一级, 常务, 资深, 全媒体)."""
    title_modifiers: WordSet
    """Words between a body and a title that are not part of the title (原 in 市委原常委)."""
    career_verbs: Anchors
    """Verbs opening a list of positions held (历任, 曾任)."""
    name_title_links: WordSet
    """Words between a name and the title after it (新任张静为督察长)."""
    strong_post_name: WordSet
    """Words after a clause-opening three-character name that make it a person's name (说, 因)."""
    strong_post_name_short: frozenset[str]
    """The words of `strong_post_name` that also make a two-character name (女士, 先生)."""
    said: frozenset[str]
    """Words of saying that make a two-character name that is no frequent word (黄莹说)."""
    clause_name_last_excluded: frozenset[str]
    """Characters that do not end a clause-opening name (们 in 战士们说, 地 in 高兴地说)."""
    org_suffixes: WordSet
    """Organisation suffixes (法院, 局): a name written before a title does not end with one."""
    footers: Anchors
    """Page footers that close an article (返回搜狐): a lone name may stand right before them."""
    credits: frozenset[str]
    """Credit cues that are TITLE spans (记者, 二审): the names after them may be listed with spaces."""
    closing_cues: frozenset[str]
    """One-character cues written right after a name (李军广摄): a name's last character only when a name
    character follows it."""
    not_after_names: frozenset[str]
    """Titles a name written right before them does not hold (宣讲团成员)."""
    time_words: WordSet
    """Time words that end a foreign name joined by · (唐纳德·特朗普 + 周三)."""
    latin_given: frozenset[str]
    """Given names in Latin script that open a person's name (Michael Wilson)."""
    latin_org_words: frozenset[str]
    """Latin words that make such a run an organisation's or place's name (University, Street)."""


@lru_cache(maxsize=1)
def people_data() -> PeopleData:
    """The people rules' own word lists."""
    rows = read_rows("byline_cues.tsv")
    cues = [row[0] for row in rows if len(row[0]) >= 2]
    return PeopleData(
        name_stops=WordSet(
            read_words("titles.txt") + read_words("occupations.txt") + cues
        ),
        credits=frozenset(r[0] for r in rows if r[1] == "before" and r[2] == "yes"),
        closing_cues=frozenset(r[0] for r in rows if r[1] == "after" and len(r[0]) == 1),
        footers=Anchors({w: "footer" for w in read_words("page_footers.txt")}),
        org_suffixes=WordSet(read_words("org_suffixes.tsv")),
        title_anchors=Anchors(
            {w: "title" for w in read_words("titles.txt")}
            | {w: "occupation" for w in read_words("occupations.txt")}
            | {w: "role" for w in read_words("role_words.txt")}
        ),
        title_prefixes=WordSet(read_words("title_prefixes.txt")),
        title_modifiers=WordSet(read_words("title_modifiers.txt")),
        career_verbs=Anchors({w: "career" for w in read_words("career_verbs.txt")}),
        name_title_links=WordSet(read_words("name_title_links.txt")),
        strong_post_name=WordSet(read_words("strong_post_name_words.txt")),
        strong_post_name_short=frozenset(
            r[0] for r in read_rows("strong_post_name_words.txt") if r[1:] == ["short"]
        ),
        said=frozenset(r[0] for r in read_rows("strong_post_name_words.txt") if r[1:] == ["said"]),
        clause_name_last_excluded=frozenset(
            read_words("clause_name_last_excluded.txt")
        ),
        not_after_names=frozenset(read_words("titles_not_after_names.txt")),
        time_words=WordSet(read_words("time_words.txt")),
        latin_given=frozenset(read_words("latin_given_names.txt")),
        latin_org_words=frozenset(read_words("latin_org_words.txt")),
    )


def _name_stop(text: str, i: int, lex: Lexicon) -> bool:
    """True if a word that follows names (说, 出席), a title or a credit cue (二审) starts at `i`.

    A one-character word closing a credit is part of the name (通讯员 付忠于）).
    """
    word = lex.post_name.starting_at(text, i)
    if word is not None and (
        word - i >= 2 or (word < len(text) and text[word] not in CREDIT_CLOSE)
    ):
        return True
    return people_data().name_stops.starting_at(text, i) is not None


def read_name(text: str, i: int, lex: Lexicon) -> int | None:
    """End of a person's name (surname + one or two given characters) starting at `i`, or None.

    A verb that follows names (解释, 介绍) is not read as a name even when its first character
    is a surname.
    """
    n = len(text)
    if i >= n:
        return None
    verb = lex.post_name.starting_at(text, i)
    if verb is not None and verb - i >= 2:
        return None
    j = (
        i + 2
        if text[i : i + 2] in lex.surnames
        else i + 1
        if text[i] in lex.surnames
        else None
    )
    if j is None:
        return None
    after = lex.post_name.starting_at(text, j)
    if after is not None and after - j >= 2:
        return None
    given = 0
    while given < 2 and j + given < n:
        c = text[j + given]
        if (
            not is_cjk(c)
            or c in lex.name_excluded
            or c in PRONOUNS  # 民警 + 安慰他道
            or (c in lex.given_excluded and given == 0 and not _standing_alone(text, j, lex))
        ):
            break
        given += 1
    if given == 0:
        return None
    if given == 2 and (_name_stop(text, j + 1, lex) or _closed(text, j + 1)):
        given = 1
    elif given == 2 and _verb_across(text, i, j + 1, lex):
        if text[i : j + 1] in common_words():
            return None  # 总统 + 成功实现: a word and a verb, no name
        given = 1
    if text[i : j + given] in lex.non_names or text[i : i + 2] in lex.non_names:
        return None
    if text[j : j + given] in lex.honorifics:
        return None  # 顾大妈说, 郭叔告诉: an honorific, no given name
    if text[i] in MOTION_SURNAMES and text[j : j + given] in lex.places:
        return None  # 尼格买提来烟台采访, 经海南中转: a verb of motion and a place, no 来/经 surname
    if (
        j + given - i == 3
        and text[i : i + 2] in common_words()
        and (text[i + 2 : i + 4] in common_words() or text[i + 2 : i + 4] in lex.common_verbs)
        and (lex.post_name.starting_at(text, i + 3) or i + 3) - (i + 3) < 2
    ):
        return None  # 总统成功实现互访: two words, no name (宋明杰出席 is one)
    if given == 2 and text[i] in PREPOSITIONS and text[j : j + 2] in common_words():
        return None  # 记者 + 向新闻中心, 长官 + 和特别行政区: a preposition and a word
    if (
        i > 0
        and text[i] in WORD_CLOSERS
        and text[i - 1 : i + 1] in common_words()
        and people_data().name_stops.ending_at(text, i) is None
    ):
        return None  # 位于 + 郑州, 由于 + 后视: the surname closes a word (not a title: 副司长 + 于文涛)
    end = _transliterated_end(text, i, j + given, lex)
    place = lex.places.starting_at(text, i) or lex.places.starting_at(text, j)
    return None if place is not None and place > end else end  # 阿尔 + 及利亚, 和 + 俄罗斯: a longer place


def _standing_alone(text: str, j: int, lex: Lexicon) -> bool:
    """True if a given name of one or two characters starting at `j` is closed right after it (记者吴为）,
    陈其保 摄, 卢其龙 CN070): a character that never opens a given name (为, 其) may open this one."""
    n = len(text)
    return _closes(text, j + 1) or (
        j + 1 < n and is_cjk(text[j + 1]) and text[j + 1] not in lex.name_excluded and _closes(text, j + 2)
    )


def _closes(text: str, k: int) -> bool:
    """True if the text ends at `k` or a space, a closing bracket, a list or sentence mark or a
    credit's closing cue (摄) follows (not an opening quote: 被店主奉为“金主”)."""
    return k >= len(text) or text[k] in NAME_CLOSERS or _closed(text, k)


def _transliterated_end(text: str, start: int, end: int, lex: Lexicon) -> int:
    """`end` moved over the rest of a transliterated name read as surname + two characters
    (穆罕默 + 德举行, 古纳瓦 + 德纳表示): every character a transliteration one, at most five, none
    starting a post-name word, and no frequent word across the end (马杜罗 + 夫妇; a frequent word
    ending the name is part of it: 莫尔古 + 洛夫透露)."""
    if end - start != 3 or not all(c in lex.transliteration for c in text[start:end]):
        return end
    k = end
    while k < len(text) and k - start < MAX_FOREIGN_RUN and text[k] in lex.transliteration:
        if lex.post_name.starting_at(text, k) is not None:
            break
        if text[k : k + 2] in common_words():
            after = k + 2
            inside = after - start <= MAX_FOREIGN_RUN and text[k + 1] in lex.transliteration
            if inside and (after >= len(text) or text[after] not in lex.transliteration):
                k = after
            break
        k += 1
    return end if k < len(text) and text[k] in lex.transliteration else k


def _closed(text: str, k: int) -> bool:
    """True if a one-character closing cue at `k` ends a credit (记者赵明摄 + space): no name character."""
    return text[k] in people_data().closing_cues and (k + 1 >= len(text) or not is_name_char(text[k + 1]))


def _verb_across(text: str, start: int, k: int, lex: Lexicon) -> bool:
    """True if a verb, function word or frequent word starts at the would-be last given character
    `k` and the character after it starts no word (马龙 + 逐渐找到, 张涛 + 非常看好, 王勇 + 提出,
    杨成 + 执勤时, 袁莉 + 荣获; not 李国强 + 调研, 刘德华 + 表示, 徐巧平 + 等出席, nor inside a
    transliterated name: 阿什拉夫)."""
    word = text[k : k + 2]
    if word not in lex.common_verbs and word not in lex.function_words:
        return opens_frequent_word(text, start, k, lex, common_words())
    rest = text[k + 1 : k + 3]
    return rest not in common_words() and rest not in lex.common_verbs


def _ends_in_org_suffix(text: str, start: int, end: int) -> bool:
    """True if the would-be name [start, end) ends in an ORG suffix after its first character (农业办)."""
    return people_data().org_suffixes.ending_at(text, end, start + 1) is not None


def _after_person(text: str, start: int, found: list[Candidate], known: Known) -> bool:
    """True if a person's name, here or found earlier in the text, ends at `start`."""
    if known.ending_at(start, PERSONS) is not None:
        return True
    return any(
        c.label == "PERSON" and text.endswith(text[c.start : c.end], 0, start) for c in found
    )


def _foreign_tail(text: str, end: int | None, lex: Lexicon) -> int | None:
    """`end` moved over the parts of a transliterated name joined by · (皮尔森·乔治持… -> 乔治).

    A part ends at a non-CJK character or a word that follows names within four characters,
    else after two characters.
    """
    if end is None:
        return None
    for _ in range(3):
        if not (end + 1 < len(text) and text[end] in DOTS and is_cjk(text[end + 1])):
            break
        k = end + 1
        while (
            k < len(text)
            and k - end <= MAX_FOREIGN_PART
            and is_cjk(text[k])
            and (k == end + 1 or lex.post_name.starting_at(text, k) is None)
        ):
            k += 1
        end = k if k - end <= MAX_FOREIGN_PART else end + 3
    return end


def _skip_spaces(text: str, i: int) -> int:
    k = i
    while k < len(text) and k - i < MAX_SPACES and text[k] in " \u3000：:/／":
        k += 1
    return k


@dataclass
class _Title:
    start: int
    end: int
    role: bool
    linked: bool
    emitted: bool = False


def _linked(text: str, prev_end: int, start: int, lex: Lexicon, known: Known) -> bool:
    """True if the gap [prev_end, start) joins two titles: connectors and at most one ORG-like name."""
    if start - prev_end > 24:
        return False
    org = known.ending_at(start, ORGS)
    gap_end = org if org is not None and org >= prev_end else start
    gap = _ASIDE.sub("", text[prev_end:gap_end])
    return all(c in lex.title_connectors for c in gap)


def _bounded(text: str, end: int, lex: Lexicon) -> bool:
    """True if a name ending at `end` is followed by a non-name character or a post-name word."""
    return (
        end >= len(text)
        or not is_name_char(text[end])
        or lex.post_name.starting_at(text, end) is not None
    )


def _reads_as_words(name: str) -> bool:
    """True if a three-character name after a role word opens with a frequent word (75岁的 +
    母亲住): a phrase (a given name may be one: 王大山, 田金昌)."""
    return name[:2] in common_words()


def _verb_after(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True if a three-character name is followed by a verb (罪犯孙康林会见), and reads as no word
    (同志 + 全身心投入) and no place (游客 + 经海南中转): two-character names are too often the
    opening of a phrase (学生 + 成长) to trust."""
    return (
        end - start >= 3
        and text[end : end + 2] in lex.common_verbs
        and text[start : start + 2] not in common_words()
        and text[start + 1 : end] not in lex.places
    )


ADVERB_SURNAMES = frozenset("都全曾")
COPULAS = frozenset({"为", "是"})
PRONOUNS = frozenset("他她它")
NAME_CLOSERS = frozenset(" \u3000\xa0\n）)】」』，,、。；;")
SPACES = frozenset(" \u3000\xa0")
SPACED_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\xa0](?=[\u4e00-\u9fff])")
FREE_NAME_SIZES = (4, 3)
TRANSLITERATED_SIZES = tuple(range(MAX_FOREIGN_RUN, 1, -1))
FROM, OF = "来自", "的"
BOARDS = frozenset({"董事会", "监事会", "理事会", "委员会", "常委会"})
TRANSLITERATED_ENDS = frozenset("、，,。致")  # 总统扎尔达里、…总统奥尔西致贺信


def _names_after(
    text: str, pos: int, lex: Lexicon, strict: bool = False
) -> list[tuple[int, int]]:
    """The name at `pos` (after up to three spaces) and the names listed after it with 、.

    `strict` (after role words such as 领导) requires every name to end at a boundary and a
    two-character name not to be a frequent word (学生 + 成长).
    """
    names: list[tuple[int, int]] = []
    start = _skip_spaces(text, pos)
    link = lex.title_name_links.starting_at(text, start)
    copula = link is not None and text[start:link] in COPULAS  # 法人代表为李金龙, not 主席是 + 巴基斯坦
    start = link or start
    if copula and lex.places.starting_at(text, start) is not None:
        return []  # 主席是 + 巴基斯坦人民的朋友: a place after the copula, no name
    strict = strict or copula  # 主任为 + 居民义诊: the name must end at a boundary
    end = _foreign_tail(text, read_name(text, start, lex), lex)
    if not strict:
        for free in (
            _free_name(text, start, lex),
            _transliterated_name(text, start, lex),
            _dotted_name(text, start, lex),
            _latin_name(text, start),
        ):
            if free is not None and (end is None or free > end):
                end = free
    if end is not None and end - start == 2 and text[start:end] in lex.common_verbs:
        return []  # 董事相信: a verb after the title, not a name
    if end is not None and _adverb_and_verb(text, start, end, lex):
        return []  # 成员都来自 + 高行镇: an adverb and a verb, not 都 + a given name
    if end is not None and text[start] in PAIR_JOINERS and _title_at(text, end):
        return []  # 习近平主席和祖马总统: 和 joins two title chains, no 和 surname
    if end is not None and strict and (
        not (_bounded(text, end, lex) or _verb_after(text, start, end, lex))
        or (end - start == 2 and text[start:end] in common_words())
        or (end - start == 2 and text[end - 1 : end + 1] in common_words())  # 村民 + 富起来: 起来 is a word
        or (end - start == 3 and _reads_as_words(text[start:end]))
    ):
        return []
    while end is not None and len(names) < MAX_LIST:
        names.append((start, end))
        if end >= len(text) or text[end] not in LIST_SEPARATORS:
            break
        start = end + 1
        end = read_name(text, start, lex)
        if end is not None and (
            not _bounded(text, end, lex)
            or _ends_in_org_suffix(text, start, end)
        ):
            break  # 所长覃大茂、农业办 + 主任: the next item is a body before its title
    return names


def _adverb_and_verb(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True if a three-character name opens with a surname that is also an adverb (都, 全, 曾) and
    goes on with a verb into more text (都来自 + 高行镇, 曾参与 + 建设): no name (程振兴带头 stays one)."""
    return (
        end - start == 3
        and text[start] in ADVERB_SURNAMES
        and text[start + 1 : end] in lex.common_verbs
        and not _bounded(text, end, lex)
    )


def _between_places(start: int, end: int, known: Known) -> bool:
    """True if [start, end) crosses the end of a known place into another one (西安市 + 长安区 → 市长)."""
    spans = known.overlapping(start, end + MAX_PLACE_AFTER, PLACES)
    return any(s < start < e < end for s, e in spans) and any(start < s < end for s, _e in spans)


def _title_at(text: str, pos: int) -> bool:
    """True if a title or role word starts at `pos`."""
    window = text[pos : pos + MAX_TITLE_PEEK]
    return any(start == 0 for start, _e, _w, _k in people_data().title_anchors.find(window))


def _dotted_name(text: str, start: int, lex: Lexicon) -> int | None:
    """End of a transliterated name of two or three parts joined by · (埃斯瓦尔·普拉萨德), every
    character in `data/transliteration_chars.txt`, or None."""
    end, parts = start, 0
    while parts < 3:
        k = end
        while k < len(text) and k - end < MAX_DOTTED_PART and text[k] in lex.transliteration:
            k += 1
        if k == end:
            break
        end, parts = k, parts + 1
        if not (text[end : end + 1] in DOTS and text[end + 1 : end + 2] in lex.transliteration):
            break
        end += 1
    bounded = (
        end >= len(text)
        or not is_cjk(text[end])
        or lex.post_name.starting_at(text, end) is not None
        or people_data().time_words.starting_at(text, end) is not None
    )
    return end if parts >= 2 and bounded else None


def _latin_name(text: str, start: int) -> int | None:
    """End of a name in Latin script after a title (首席执行官Hein Schumacher), or None."""
    m = LATIN_NAME.match(text, start)
    return None if m is None else m.end()


def _free_name(text: str, start: int, lex: Lexicon) -> int | None:
    """End of a name without a Han surname written between a title and a word of speech
    (局长拉措姆说, 总经理次仁曲扎告诉记者) or, for a transliterated name, a day (总统提努布2日宣布):
    three or four name characters, no post-name word inside."""
    for size in FREE_NAME_SIZES:
        end = start + size
        if (
            end <= len(text)
            and all(is_cjk(c) and c not in lex.name_excluded for c in text[start:end])
            and (
                people_data().strong_post_name.starting_at(text, end) is not None
                or (DAY.match(text, end) is not None and all(c in lex.transliteration for c in text[start:end]))
            )
            and not any(lex.post_name.starting_at(text, k) is not None for k in range(start + 1, end))
            and text[start : start + 2] not in common_words()  # 辅警耐心劝说: a word, not a name
            and text[start] not in PREPOSITIONS  # 主席 + 在复信中指出, 总书记 + 对乡亲们说
        ):
            return end
    return None


def _transliterated_name(text: str, start: int, lex: Lexicon) -> int | None:
    """End of a transliterated name written between a title and a list comma, a clause end, 致, a
    time word or a word that follows names (巴基斯坦总统扎尔达里、…, 州长纽森日前表示, 总理拉克森共同参观):
    two to five characters of `data/transliteration_chars.txt` holding no frequent word."""
    for size in TRANSLITERATED_SIZES:
        end = start + size
        name = text[start:end]
        if (
            end < len(text)
            and (
                text[end] in TRANSLITERATED_ENDS
                or people_data().time_words.starting_at(text, end) is not None
                or lex.post_name.starting_at(text, end) is not None
            )
            and all(c in lex.transliteration for c in name)
            and not _holds_frequent_word(name)
        ):
            return end
    return None


def _credit_cue(text: str, start: int, end: int, word: str, lex: Lexicon) -> bool:
    """False for a credit word that is also a verb used inside a sentence (履行必要审核程序后):
    such a word is a cue only at a boundary or before a separator (审核：王某, （审核 李某）).
    So is a review grade, also a court's instance (二审：王某, not 做出一审宣判)."""
    if word not in lex.common_verbs and not word.endswith(REVIEW):
        return True
    return start == 0 or text[start - 1] in CREDIT_OPENERS or text[end : end + 1] in CREDIT_SEPARATORS


def _credit_names(text: str, pos: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Names after a credit cue, listed with 、 or spaces: 记者 孟凡霞 胡永新, 二审 谭仕伦三审.

    A name after a space must end at a boundary (space, punctuation, a credit cue, a word that
    follows names) and must not itself open a credit cue or be a place.
    """
    stops = people_data().name_stops
    start = _skip_spaces(text, pos)
    end = read_name(text, start, lex)
    if end is not None and (
        (end - start == 2 and text[start:end] in lex.common_verbs)
        or (text[end - 1] in PLACE_SUFFIX_CHARS and text[start:end] in lex.places)
    ):
        end = None  # 记者关注到: the reporter's verb; 供图/丰台区: a place credited, not a name
    names: list[tuple[int, int]] = []
    while end is not None and len(names) < MAX_LIST:
        names.append((start, end))
        k = end
        if k < len(text) and text[k] in LIST_SEPARATORS:
            k += 1
        else:
            while k < len(text) and k - end < 2 and text[k] in " \u3000":
                k += 1
        if k == end or stops.starting_at(text, k) is not None:
            break
        start, end = k, read_name(text, k, lex)
        if (
            end is None
            or text[start:end] in lex.places
            or not (
                _bounded(text, end, lex) or stops.starting_at(text, end) is not None
            )
        ):
            break
    return names


def find_people(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """TITLE and PERSON candidates from title/role chains, followed by bylines and repeated names;
    a name the text marks as a pseudonym (李亮（化名）) is none at any mention."""
    data = people_data()
    found: list[Candidate] = _listed_persons(text, lex, known)
    titles: list[_Title] = []
    careers = _career_spans(text)
    for start, end, word, kind in _outermost(data.title_anchors.find(text)):
        if kind != "role":
            start = _extend_title(text, start, data, known)
            start = _after_org(text, start, end, lex, known)
        if known.covering(start, end) or _between_places(start, end, known):
            continue  # 西安市长安区: 市长 joins 西安市 and 长安区
        if kind != "role" and _opens_body(text, start, end):
            continue  # 理事 + 会副主任: a board's name, no title
        if kind == "role" and _after_person(text, start, found, known):
            continue  # 李思廉代表富力致辞: a role word right after a person is a verb
        if text.startswith(STATE, end) and not text.startswith(STATE_WORD, end):
            continue  # 轮值主席国, 成员国: a state holding the post, no title
        if text.startswith(PLURAL, end):
            continue  # 大学教授们: people holding the post, no one named
        linked = bool(titles) and _linked(text, titles[-1].end, start, lex, known)
        title = _Title(start, end, kind == "role", linked)
        titles.append(title)
        if word in data.credits:
            names = _credit_names(text, end, lex) if _credit_cue(text, start, end, word, lex) else []
        else:
            names = _names_after(text, end, lex, strict=kind == "role")
            if kind != "title" and names and _starts_like_verb(text, names[0][0], lex):
                names = []
        before = (
            _name_before(text, start, end, lex, known)
            if kind == "title" and not names and word not in data.credits
            else None
        )
        if names or before:
            k = len(titles) - 1
            while k >= 0:
                t = titles[k]
                if not t.role and not t.emitted:
                    found.append(Candidate(t.start, t.end, "TITLE", "rules", 0.85))
                    t.emitted = True
                if not t.linked:
                    break
                k -= 1
            names = names or [before]
            found.extend(Candidate(s, e, "PERSON", "rules", 0.85) for s, e in names)
            for s, e in names:
                known.add(s, e, "PERSON")
        elif (
            kind == "title"
            and word not in data.credits  # 红星新闻记者了解到: a credit names its reporter
            and (
                data.strong_post_name.starting_at(text, end) is None
                or known.ending_at(start, PERSONS) is not None
            )
            and (
                _hosted(text, start, lex, known)
                or (linked and titles[-2].emitted)
                or (_in_career(careers, start, text) and not _opens_body(text, start, end))
            )
        ):
            found.append(Candidate(start, end, "TITLE", "rules", 0.6))
            title.emitted = True
        elif kind == "occupation" and known.ending_at(start, PERSONS) is not None:
            found.append(Candidate(start, end, "TITLE", "rules", 0.7))
            title.emitted = True
        elif kind != "role" and word not in data.credits and end < len(text) and is_cjk(text[end]):
            found.append(Candidate(start, end, "TITLE", BEFORE_PERSON, 0.5))  # 副行长 + 黄金老
        if (
            kind != "role"
            and not title.emitted
            and word not in data.credits
            and word not in data.not_after_names
            and start > 0
            and is_cjk(text[start - 1])
        ):
            found.append(Candidate(start, end, "TITLE", AFTER_PERSON, 0.5))  # 张信荣 + 教授
    found.extend(_bylines(text, lex, known))
    found.extend(_spaced_names(text, lex, known))
    found.extend(_enumerated(text, lex, known))
    found.extend(_name_lists(text, lex, known))
    found.extend(_bracketed(text, lex, known))
    found.extend(_closing_names(text, lex, known))
    found.extend(_clause_names(text, lex, known))
    found.extend(_spirit_names(text, lex, known))
    found.extend(_foreign_speakers(text, lex, known))
    found.extend(_from_abroad(text, lex, known))
    found.extend(_appointed(text, lex, known))
    found.extend(_latin_given_names(text, known))
    found.extend(_glossed(text, [c for c in found if c.label == "PERSON"]))
    found.extend(_repeated(text, [c for c in found if c.label == "PERSON"], known))
    return [c for c in found if c.label != "PERSON" or not is_pseudonym(text, text[c.start : c.end])]


@lru_cache(maxsize=1)
def _appointment_objects() -> dict[str, tuple[str, ...]]:
    """`appointment_objects.tsv`: verb -> the words that close its list of names."""
    return {row[0]: tuple(row[1].split("|")) for row in read_rows("appointment_objects.tsv")}


def _appointed(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Names listed right after 任命 / 免去 … and closed by 为 / 的 … (决定任命陈杰为上海市副市长)."""
    found: list[Candidate] = []
    for verb, closers in _appointment_objects().items():
        pos = text.find(verb)
        while pos != -1:
            p, names = pos + len(verb), []
            while len(names) < MAX_LIST:
                e = read_name(text, p, lex)
                if e is None or (
                    text[e : e + 1] not in LIST_SEPARATORS and not text.startswith(closers, e)
                ):
                    names = []
                    break
                names.append((p, e))
                if text.startswith(closers, e):
                    break
                p = e + 1
            for s, e in names:
                if known.label_at(s, e) is None and not known.covering(s, e):
                    found.append(Candidate(s, e, "PERSON", "rules", 0.8))
                    known.add(s, e, "PERSON")
            pos = text.find(verb, pos + len(verb))
    return found


def _outermost(
    hits: list[tuple[int, int, str, str]],
) -> list[tuple[int, int, str, str]]:
    """Hits not inside a longer hit (董事长孙伟勇, not 董事 + 长孙伟勇); overlapping hits are one
    title (执行董事 + 董事长 -> 执行董事长)."""
    kept: list[tuple[int, int, str, str]] = []
    for hit in hits:
        while kept and kept[-1][0] >= hit[0]:
            kept.pop()
        if kept and kept[-1][1] > hit[0]:
            hit = (kept.pop()[0], *hit[1:])
        kept.append(hit)
    return kept


def _extend_title(text: str, start: int, data: PeopleData, known: Known) -> int:
    """Start of the title with its grade or rank words (一级巡视员, 常务副州长, 全媒体记者).

    A prefix that belongs to a known name (沈报全媒体 ORG) or, of one character, closes a word with the
    character before it (宁德时代 + 首席科学家) is not taken.
    """
    for _ in range(2):
        p = data.title_prefixes.ending_at(text, start)
        if p is None or known.overlapping(p, start, ALL_LABELS):
            break
        if start - p == 1 and text[p - 1 : p + 1] in common_words():
            break  # 宁德时 + 代: 时代 is a word, no acting title
        start = p
    return start


def with_fields(text: str, found: list[Candidate], known: Known) -> list[Candidate]:
    """The titles of `found` that take the field words between their employer and them, once the
    companies are known (瑞安集团 + 营运副经理, 中欧基金 + 投资总监)."""
    wider = []
    for c in found:
        if c.label == "TITLE" and c.source == "rules":
            start = _field_start(text, c.start, known)
            if start < c.start:
                wider.append(Candidate(start, c.end, "TITLE", "rules", c.score))
                known.add(start, c.end, "TITLE")
    return wider


def _field_start(text: str, start: int, known: Known) -> int:
    """Start of a title with the field words between its employer and it (瑞安集团 + 营运副经理, 中欧基金 +
    投资总监): two to four characters of frequent words right after a company or body, or `start`."""
    for p in range(start - MIN_FIELD, max(-1, start - MAX_FIELD - 1), -1):
        if (
            known.ending_at(p, EMPLOYERS) is not None
            and FIELD_STOPS.isdisjoint(text[p:start])
            and not text.endswith(FIELD_NOT_ENDINGS, p, start)
            and not known.overlapping(p, start, ALL_LABELS)
            and common_words_only(text[p:start])
        ):
            return p
    return start


def _after_org(text: str, start: int, end: int, lex: Lexicon, known: Known) -> int:
    """Start of a title that an ORG overlaps: after the ORG (后乡村党支部 + 书记), or, when that would
    leave one character (财政部 + 长), at the department word, the contracted title (财政部长, 公安局长)."""
    ends = [e for _s, e in known.overlapping(start, end, ORG_ONLY) if e < end]
    if not ends or end - max(ends) > 1:
        return max([start] + ends)
    dept = lex.org_departments.ending_at(text, max(ends) - 1)
    return start if dept is None else dept


def _bare_start(text: str, start: int) -> int:
    """`start` moved before a modifier that is not part of the title (原 in 市委原常委)."""
    p = people_data().title_modifiers.ending_at(text, start)
    return start if p is None else p


def _hosted(text: str, start: int, lex: Lexicon, known: Known) -> bool:
    """True if the title follows the body holding it (an ORG, place, company or person, 原 allowed
    in between) or an appointment verb (任芜湖市委书记; not 三任州长)."""
    p = _bare_start(text, start)
    if known.ending_at(p, HOSTS) is not None:
        return True
    verb = lex.appointment_verbs.ending_at(text, start)
    return verb is not None and not (
        start - verb == 1 and verb > 0 and text[verb - 1] in NUMERALS
    )


def _career_spans(text: str) -> list[tuple[int, int]]:
    """Disjoint stretches from a career verb (历任, 曾任, 先后任) to the end of its sentence: every
    title there is a position of the person the sentence is about (sorted by start)."""
    spans: list[tuple[int, int]] = []
    for _s, e, _w, _k in people_data().career_verbs.find(text):
        if spans and e < spans[-1][1]:
            continue
        stop = e
        while (
            stop < len(text)
            and stop - e < MAX_CAREER
            and text[stop] not in "。；;！？!?\n"
        ):
            stop += 1
        spans.append((e, stop))
    return spans


def _opens_body(text: str, start: int, end: int) -> bool:
    """True if the title and the next character make a board's name (董事 + 会, 理事 + 会)."""
    return text[start : end + 1] in BOARDS


def _in_career(careers: list[tuple[int, int]], start: int, text: str) -> bool:
    """True if the title sits in a career stretch right after the name of the body holding it."""
    p = _bare_start(text, start)
    k = bisect_right(careers, (start, len(text) + 1)) - 1
    return (
        p > 0
        and (is_name_char(text[p - 1]) or text[p - 1] in ")）")
        and k >= 0
        and careers[k][0] <= start < careers[k][1]
    )


def _starts_like_verb(text: str, i: int, lex: Lexicon) -> bool:
    """True if a word that follows names starts at `i` (民警和工作人员: 和 opens no name here)."""
    return lex.post_name.starting_at(text, i) is not None


def _name_before(
    text: str, start: int, end: int, lex: Lexicon, known: Known
) -> tuple[int, int] | None:
    """A name written right before its title (吴静教授与…; 新任张静为督察长), bounded on both sides.

    A two-character name needs punctuation or 与/和/及 on its left unless a link word joins it to
    the title (的司法部长 is no name).
    """
    p = start
    link = people_data().name_title_links.ending_at(text, start)
    if link is not None:
        p = link
    elif not (
        end >= len(text)
        or not is_name_char(text[end])
        or lex.post_name.starting_at(text, end) is not None
    ):
        return None
    for size in (3, 2):
        s = p - size
        if s < 0 or read_name(text, s, lex) != p or text[s:p] in lex.places:
            continue
        if (
            known.overlapping(s, p, ALL_LABELS)
            or lex.post_name.starting_at(text, s) is not None
            or lex.left_stops.starting_at(text, s) is not None
            or _ends_in_org_suffix(text, s, p)
            or text[s : s + 2] in common_words()  # 成长 + 合伙人, 宣讲团 + 成员: words, no name
            or text[p - 1] in BODY_ENDS  # 中阿高委会 + 成员: a body
        ):
            continue
        if s == 0 or not is_name_char(text[s - 1]) or text[s - 1] in PAIR_JOINERS or known.ending_at(s, ORG_ONLY) is not None:
            return (s, p)  # …, 吴静教授; 同济大学 + 钟宁桦教授
        if (size == 3 or link is not None) and (
            lex.left_stops.ending_at(text, s) is not None
            or lex.appointment_verbs.ending_at(text, s) is not None
        ):
            return (s, p)
    return None


def _spirit_names(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """A person's name written before 精神 (焦裕禄精神, 苏颂精神: corpus/GUIDELINES.md, a person's name
    inside a concept is PERSON): two or three characters after a boundary or a verb of
    data/spirit_verbs.txt (弘扬) that read as surname + given name and are no frequent word or
    non-name (工匠精神, 长征精神, 龙马精神 name nobody)."""
    found = []
    words = common_words()
    for pos in occurrences(text, SPIRIT):
        if text.startswith(SPIRIT_WORDS, pos):
            continue  # 时无 + 精神病: an illness, no spirit
        for size in (3, 2):
            start = pos - size
            name = text[start:pos]
            if (
                start >= 0
                and (at_boundary(text, start, lex, known) or word_set("spirit_verbs.txt").ending_at(text, start) is not None)
                and is_person_name(name, lex, words)
                and name not in words
                and name not in lex.non_names
                and name[-2:] not in words
                and not known.overlapping(start, pos, ALL_LABELS)
            ):
                found.append(Candidate(start, pos, "PERSON", "rules", 0.7))
                known.add(start, pos, "PERSON")
                break
    return found


def _clause_names(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """A name opening a clause and followed by a word only people take (张丽因…, 付倪军说, 张静女士)."""
    found: list[Candidate] = []
    data = people_data()
    starts = [0, *(m.end() for m in _CLAUSE_END.finditer(text))]
    for s in starts:
        if s >= len(text) or lex.surnames.starting_at(text, s) is None:
            continue
        e = read_name(text, s, lex)
        if e is None or text[e - 1] in data.clause_name_last_excluded:
            continue
        word = data.strong_post_name.starting_at(text, e)
        if word is None or (
            e - s < 3
            and text[e:word] not in data.strong_post_name_short
            and (text[s:e] in common_words() or text[e:word] not in data.said)
        ):
            continue
        if text[s:e] in lex.places or known.overlapping(s, e, ALL_LABELS):
            continue
        if text[e:word] in data.strong_post_name_short and e - s <= 3 and (
            text[s : s + 2] in common_words() or lex.left_stops.starting_at(text, s) == s + 1
        ):
            continue  # 司机 + 张先生, 向 + 骆女士: a word and a surname with an honorific
        found.append(Candidate(s, e, "PERSON", "rules", 0.6))
        known.add(s, e, "PERSON")
    return found


def _foreign_speakers(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """A transliterated name opening a clause before a word only people take (法乌迪说, 菲勒蒙表示):
    three to five characters of `data/transliteration_chars.txt` holding no frequent word."""
    found: list[Candidate] = []
    for m in _foreign_regex(lex.transliteration).finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        if _holds_frequent_word(name):
            continue  # 东华明说: words, no transliteration
        if known.overlapping(s, e, ALL_LABELS) or name in lex.brands.words:
            continue  # 英特尔透露: a company
        found.append(Candidate(s, e, "PERSON", "rules", 0.6))
        known.add(s, e, "PERSON")
    return found


def _holds_frequent_word(name: str) -> bool:
    """True if two neighbouring characters of `name` make a frequent word (东华明: 东华, no transliteration)."""
    words = common_words()
    return any(name[i : i + 2] in words for i in range(len(name) - 1))


def _from_abroad(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """A transliterated name after 来自 + a known place + 的 (来自哥伦比亚的卡特琳娜就在…): two to five
    characters of `data/transliteration_chars.txt` that are no frequent word."""
    found: list[Candidate] = []
    for pos in occurrences(text, FROM):
        start = pos + len(FROM)
        place_end = next((e for e in range(start + 2, start + 8) if known.label_at(start, e) == "LOC"), None)
        if place_end is not None and text.startswith(OF, place_end):
            s = e = place_end + len(OF)
            while e < len(text) and e - s < MAX_FOREIGN_RUN and text[e] in lex.transliteration:
                e += 1
            name = text[s:e]
            if (
                2 <= len(name)
                and (e >= len(text) or text[e] not in lex.transliteration)
                and name not in common_words()
                and not known.overlapping(s, e, ALL_LABELS)
            ):
                found.append(Candidate(s, e, "PERSON", "rules", 0.6))
                known.add(s, e, "PERSON")
    return found


@lru_cache(maxsize=4)
def _foreign_regex(transliteration: frozenset[str]) -> re.Pattern[str]:
    """Clause start, spaces, 3-5 of the transliteration characters, then a strong post-name word
    (compiled once per set of characters)."""
    chars = re.escape("".join(sorted(transliteration)))
    words = alternation(people_data().strong_post_name.words)
    return re.compile(
        rf"(?:^|(?<=[，。；！？：\n”」]))[ \u3000]*([{chars}]{{{MIN_FOREIGN_RUN},{MAX_FOREIGN_RUN}}})(?={words})"
    )


def _bylines(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Names after cues (▶ 王某, 文/张伟) or before them (李军广 摄)."""
    found: list[Candidate] = []
    for start, end, word, _kind in lex.byline_anchors.find(text):
        position, is_title = lex.byline_info[word]
        if is_title:
            continue
        if position == "before":
            names = _credit_names(text, end, lex)
        elif word[0] in SEX_CUE_OPENERS and text[end - 1 : end + 1] in common_words():
            continue  # 过程中，男子一直: the cue's last character opens a word (男子), no ", male" after a name
        else:
            names = []
            p = start
            while p > 0 and start - p < 2 and text[p - 1] in " /":
                p -= 1
            if word == "报道" and p == start:
                continue
            for size in (3, 2):
                s = p - size
                if (
                    s >= 0
                    and read_name(text, s, lex) == p
                    and (
                        s == 0
                        or not is_name_char(text[s - 1])
                        or lex.left_stops.ending_at(text, s) is not None
                    )
                ):
                    names = [(s, p)]
                    break
        for s, e in names:
            found.append(Candidate(s, e, "PERSON", "rules", 0.8))
            known.add(s, e, "PERSON")
    return found


def _spaced_names(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Two-character names padded with a space to the width of three (获奖名单：马 均  四川农业大学,
    华阳中学张 寒, 刘 娟摄): a one-character surname, one space, a given character, standing alone
    or after a known body, and followed by no name character (a credit's 摄 aside)."""
    found: list[Candidate] = []
    for k in (m.start() for m in SPACED_NAME.finditer(text)):
        start, end = k - 1, k + 2
        if (
            text[start] not in lex.surnames
            or text[k + 1] in lex.given_excluded
            or text[k + 1] in lex.name_excluded
            or text[start] + text[k + 1] in common_words()
            or _in_spaced_run(text, start, end)
        ):
            continue
        alone = start == 0 or not is_name_char(text[start - 1]) or known.ending_at(start, ORGS) is not None
        closed = end >= len(text) or not is_name_char(text[end]) or _closed(text, end)
        if alone and closed and not known.covering(start, end):
            found.append(Candidate(start, end, "PERSON", "rules", 0.7))
            known.add(start, end, "PERSON")
    return found


def _in_spaced_run(text: str, start: int, end: int) -> bool:
    """True if the pair is part of a longer letter-spaced run (中 国 经 济)."""
    return (start >= 2 and text[start - 1] in SPACES and is_cjk(text[start - 2])) or (
        end + 1 < len(text) and text[end] in SPACES and is_cjk(text[end + 1]) and text[end + 2 : end + 3] in SPACES
    )


def _enumerated(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Names listed before 等 + a people word: 安藤忠雄、马岩松、姜平等建筑师 (two or more names)."""
    found: list[Candidate] = []
    for m in _ENUM_END.finditer(text):
        gap = text[m.end() : m.end() + MAX_HEAD_GAP]
        cut = next((k for k, c in enumerate(gap) if not is_name_char(c)), len(gap))
        if not any(lex.person_enum_heads.starting_at(gap[:cut], k) for k in range(cut)):
            continue
        names: list[tuple[int, int]] = []
        end = m.start()
        while len(names) < MAX_LIST:
            start = next(
                (
                    end - n
                    for n in (3, 2)
                    if end - n >= 0 and read_name(text, end - n, lex) == end
                ),
                None,
            )
            if start is None or not (
                start == 0
                or not is_name_char(text[start - 1])
                or lex.left_stops.ending_at(text, start) is not None
                or text[start - 2 : start] in lex.common_verbs  # 侦破王宏伟、冯云平等人
            ):
                break
            names.append((start, end))
            if start == 0 or text[start - 1] not in LIST_SEPARATORS:
                break
            end = start - 1
        if len(names) >= 2:
            for s, e in names:
                found.append(Candidate(s, e, "PERSON", "rules", 0.7))
                known.add(s, e, "PERSON")
    return found


def _name_lists(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Three or more names listed with 、 (the last maybe after 和): 朱德贵、李世增、娄长民和刘春明四名农民工.

    Every item must read as a name on its own (surname, given characters, no frequent word), the
    list must not run on from a word before it, and no item may touch a known name of any label.
    """
    found: list[Candidate] = []
    words = common_words()
    for m in separated_lists(_NAME_LIST, text, MAX_LISTED_NAME):
        if m.start() and is_name_char(text[m.start() - 1]) and lex.left_stops.ending_at(text, m.start()) is None:
            continue
        items, pos = [], m.start()
        for part in m.group().split(LIST_SEPARATORS):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        last_start = items[-1][0]
        last_end = read_name(text, last_start, lex)
        if last_end is None or last_end > items[-1][1]:
            continue
        if text[last_end - 1] in NUMERALS and text[last_end : last_end + 1] in PEOPLE_COUNTERS:
            last_end -= 1  # 李鹏三名主力队员: 三 counts the people
        items[-1] = (last_start, last_end)
        if text[last_end : last_end + 1] in PAIR_JOINERS:
            tail = read_name(text, last_end + 1, lex)
            if tail is not None:
                items.append((last_end + 1, tail))
        if len({text[s] for s, _e in items}) == 1:
            continue  # 全农类、全生态、全周期: a parallel phrase, not names
        if len(items) >= MIN_LISTED_NAMES and all(
            (k == len(items) - 1 or read_name(text, s, lex) == e)
            and is_person_name(text[s:e], lex, words)
            and not any(c in NOT_IN_LISTED_NAMES for c in text[s:e])
            and not known.overlapping(s, e, ALL_LABELS)
            for k, (s, e) in enumerate(items)
        ):
            for s, e in items:
                found.append(Candidate(s, e, "PERSON", "rules", 0.7))
                known.add(s, e, "PERSON")
    return found


def _title_only(text: str, m: re.Match[str]) -> bool:
    """True if a name in title marks is written nowhere else: a work or product (《安心保》), not a
    person a work is named after (《钱瑛》 and 钱瑛 in the text)."""
    return m.group(0)[0] == TITLE_MARK and text.count(m.group(1)) == text.count(m.group(0))


def _bracketed(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Credits in brackets: names, each alone or after a credit cue (（王小军 陈文军）,
    (孙竞、实习生黄倩), （庞思齐 中青报·中青网记者 林洁）); every part must parse, and a
    two-character part that is a frequent word is no name (目录（修订）)."""
    found: list[Candidate] = []
    cue_ends: list[int] | None = None
    for m in _BRACKETED.finditer(text):
        if known.ending_at(m.start(), PLACES) is not None or _title_only(text, m):
            continue
        names: list[tuple[int, int]] = []
        parts = [
            (p.start() + m.start(1), p.end() + m.start(1))
            for p in _PART.finditer(m.group(1))
        ]
        if cue_ends is None:
            cue_ends = [h[1] for h in lex.byline_anchors.find(text)]
        for s, e in parts:
            k = bisect_right(cue_ends, e) - 1
            cue = cue_ends[k] if k >= 0 and cue_ends[k] > s else None
            if cue == e:
                continue
            s = s if cue is None else cue
            if (
                read_name(text, s, lex) != e
                or text[s:e] in lex.places
                or (e - s == 2 and text[s:e] in common_words())
            ):
                names = []
                break
            names.append((s, e))
        if 0 < len(parts) <= 4:
            for s, e in names:
                found.append(Candidate(s, e, "PERSON", "rules", 0.7))
                known.add(s, e, "PERSON")
    return found


def _closing_names(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """A lone two- or three-character name closing a paragraph or an article.

    The name ends at a line end, the text end or a page footer (`page_footers.txt`: 返回搜狐) and
    follows a sentence end, or a space at a footer (…关工委 郭淑华返回搜狐).
    """
    found: list[Candidate] = []
    closes = [(m.start(), False) for m in _NEWLINE.finditer(text)]
    closes += [(s, True) for s, _e, _w, _k in people_data().footers.find(text)]
    for close, footer in [*closes, (len(text), False)]:
        e = close
        while e > 0 and text[e - 1] in " ）)":
            e -= 1
        for size in (3, 2):
            s = e - size
            if s < 1:
                continue
            before = text[s - 1]
            if before in "（(":
                before = text[s - 2] if s >= 2 else "。"
            if (
                before in SENTENCE_END or (footer and before in " \u3000")
            ) and read_name(text, s, lex) == e:
                found.append(Candidate(s, e, "PERSON", "rules", 0.6))
                known.add(s, e, "PERSON")
                break
    return found


def _listed_persons(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Names from the known-persons list (习近平总书记), matched anywhere; a name that is also a
    frequent word (汪洋: the open sea) only next to a title, a word that follows names or a list mark."""
    if not lex.known_persons.size:
        return []
    found = []
    titles = word_set("titles.txt")
    for s, e, _w, _k in lex.known_persons.find(text):
        if text[s:e] in common_words() and not (
            titles.ending_at(text, s) is not None
            or titles.starting_at(text, e) is not None
            or lex.post_name.starting_at(text, e) is not None
            or any(c and c in LIST_SEPARATORS for c in (text[s - 1 : s], text[e : e + 1]))
        ):
            continue  # 被困在汪洋中, 成为一片汪洋 (李强、赵乐际 is a list of names)
        found.append(Candidate(s, e, "PERSON", "rules", 0.9))
        known.add(s, e, "PERSON")
    return found


def _repeated(text: str, persons: list[Candidate], known: Known) -> list[Candidate]:
    """Later (and earlier) mentions of names already found with a title or byline, and of the
    surname of a name in Latin script (Michael Wilson … Wilson写道)."""
    names = {text[c.start : c.end] for c in persons if c.end - c.start >= 2}
    names |= {_latin_surname(n) for n in names if LATIN_NAME.fullmatch(n)} - {""}
    seen = {(c.start, c.end) for c in persons}
    if not names:
        return []
    found = []
    for s, e, _w, _k in Anchors({n: "PERSON" for n in names}).find(text):
        if (s, e) in seen or known.covering(s, e) or _inside_latin_word(text, s, e) or _dotted_part(text, s, e):
            continue
        found.append(Candidate(s, e, "PERSON", "rules", 0.75))
    return found


def _dotted_part(text: str, start: int, end: int) -> bool:
    """True if · joins the span to another part of a name (霍华德·马克思: the whole is the name)."""
    return text[start - 1 : start] in DOTS or text[end : end + 1] in DOTS


def _latin_surname(name: str) -> str:
    """The last word of a name in Latin script, when long enough to stand alone (Wilson), else ""."""
    last = name.rsplit(" ", 1)[-1]
    return last if len(last) >= MIN_LATIN_SURNAME else ""


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    """True if a Latin letter touches the span on either side (Wilson in Wilsons)."""
    return (start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()) or (
        end < len(text) and text[end].isascii() and text[end].isalpha()
    )


def _latin_given_names(text: str, known: Known) -> list[Candidate]:
    """Names in Latin script opening with a known given name (摩根士丹利的Michael Wilson是…), not
    running into other Latin words and with no organisation word (John Hopkins University)."""
    data = people_data()
    found = []
    for m in LATIN_NAME.finditer(text):
        words = m.group().split(" ")
        if (
            words[0] in data.latin_given
            and not data.latin_org_words.intersection(words)
            and not _inside_latin_word(text, m.start(), m.end())
            and LATIN_MORE.match(text, m.end()) is None
            and not known.covering(m.start(), m.end())
        ):
            found.append(Candidate(m.start(), m.end(), "PERSON", "rules", 0.75))
            known.add(m.start(), m.end(), "PERSON")
    return found


def _glossed(text: str, persons: list[Candidate]) -> list[Candidate]:
    """A name in Latin script in brackets right after a name (洛朗·马康利（Laurent Marcangeli）)."""
    found = []
    for c in persons:
        m = _GLOSS.match(text, c.end)
        if m is not None:
            found.append(Candidate(m.start(1), m.end(1), "PERSON", "rules", 0.8))
    return found
