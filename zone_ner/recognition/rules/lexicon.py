"""Word lists of the rules, read once from the data files next to this module."""

from __future__ import annotations

import json
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import ahocorasick

from zone_ner.text import wordlists
from zone_ner.text.automaton import Automaton

DATA = Path(__file__).parent / "data"
STEM_TAILS = frozenset("区县市")
"""Administrative suffixes a place is often written without (宝山 for 宝山区, 乳山 for 乳山市)."""


def read_words(name: str) -> list[str]:
    """Non-empty, non-comment lines of data file `name` (first tab-separated column)."""
    return wordlists.read_words(DATA / name)


@cache
def word_set(name: str) -> WordSet:
    """The words of data file `name` as a `WordSet`, read once."""
    return WordSet(read_words(name))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of `words`, escaped, longest first (so 航务工程局 wins over 局)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def read_json(name: str) -> Any:
    """The parsed JSON data file `name`."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def read_rows(name: str) -> list[list[str]]:
    """Tab-separated rows of data file `name`, comments skipped."""
    return wordlists.read_rows(DATA / name)


Hit = tuple[int, int, str, str]
"""(start, end, word, kind) of one match."""


class Anchors:
    """Aho-Corasick matcher returning, for each end position, the longest word ending there.

    An `Anchors` searched in more than one text (a list of the lexicon, not one built for one
    document) joins the shared search, which finds the words of all such lists in one pass
    per text (`SharedSearch`); the results are the same.
    """

    def __init__(self, words: dict[str, str]) -> None:
        self.words = dict(words)
        self.size = len(words)
        self._automaton = ahocorasick.Automaton()
        for word, kind in words.items():
            self._automaton.add_word(word, (word, kind))
        if words:
            self._automaton.make_automaton()
        self._slot: int | None = None
        self._last_text: str | None = None

    def find(self, text: str) -> list[Hit]:
        """(start, end, word, kind) of the longest match at every end position, left to right."""
        return [hits[0] for hits in self._groups(text)]

    def find_all(self, text: str) -> list[list[Hit]]:
        """Every match grouped by end position (groups left to right, longest word first)."""
        return [list(hits) for hits in self._groups(text)]

    def _groups(self, text: str) -> list[list[Hit]]:
        if not self.size:
            return []
        if self._slot is None and self._last_text is not None and text != self._last_text:
            self._slot = SHARED.join(self)
        self._last_text = text
        if self._slot is not None:
            groups = SHARED.find_all(self._slot, text)
            if groups is not None:
                return groups
        return group_by_end(((last, word, kind) for last, (word, kind) in self._automaton.iter(text)))


def group_by_end(matches: Iterable[tuple[int, str, str]]) -> list[list[Hit]]:
    """Matches (last index, word, kind) as pyahocorasick yields them (by end, longest first)
    grouped by end position."""
    groups: list[list[Hit]] = []
    prev = -1
    for last, word, kind in matches:
        hit = (last + 1 - len(word), last + 1, word, kind)
        if last == prev:
            groups[-1].append(hit)
        else:
            groups.append([hit])
            prev = last
    return groups


class SharedSearch:
    """One automaton over the words of every joined `Anchors`, run once per text.

    pyahocorasick scans a node's children one by one, so a pass over a text costs about the
    same for a list of 20 words as for 2,000; one pass (`zone_ner.text.automaton.Automaton`,
    children in frequency order) replaces a dozen. At most `MAX_SLOTS` lists join; the slot
    of an `Anchors` that is garbage-collected is freed.
    """

    MAX_SLOTS = 64

    def __init__(self) -> None:
        self._words: dict[int, dict[str, str]] = {}
        self._next = 0
        self._automaton: Automaton | None = None
        self._text: str | None = None
        self._results: dict[int, list[list[Hit]]] = {}

    def join(self, anchors: Anchors) -> int | None:
        """A slot for the words of `anchors` (None when the search is full)."""
        if len(self._words) >= self.MAX_SLOTS:
            return None
        slot, self._next = self._next, self._next + 1
        self._words[slot] = anchors.words
        weakref.finalize(anchors, self._leave, slot)
        self._automaton = None  # rebuilt for the next text: lists joining in one text cost one build
        return slot

    def _leave(self, slot: int) -> None:
        self._words.pop(slot, None)
        self._automaton, self._text = None, None

    def find_all(self, slot: int, text: str) -> list[list[Hit]] | None:
        """`Anchors.find_all` of the list in `slot` (the groups are shared: do not change them),
        or None when the list joined after `text` was searched."""
        if self._text is None or text != self._text:
            self._search(text)
        return self._results.get(slot)

    def _search(self, text: str) -> None:
        if self._automaton is None:
            entries: dict[str, list[tuple[int, str, str, int]]] = {}
            for slot, words in self._words.items():
                for word, kind in words.items():
                    entries.setdefault(word, []).append((slot, word, kind, len(word)))
            self._automaton = Automaton((w, tuple(e)) for w, e in entries.items())
        results: dict[int, list[list[Hit]]] = {slot: [] for slot in self._words}
        prev = dict.fromkeys(self._words, -1)
        for last, entries in self._automaton.iter(text):
            end = last + 1
            for slot, word, kind, length in entries:
                hit = (end - length, end, word, kind)
                if prev[slot] == last:
                    results[slot][-1].append(hit)
                else:
                    results[slot].append([hit])
                    prev[slot] = last
        self._text, self._results = text, results


SHARED = SharedSearch()
"""The shared search of the rules' word lists."""


class WordSet:
    """A set of words indexed by first and last character, for "does a word end / start here" checks."""

    def __init__(self, words: list[str] | set[str]) -> None:
        self.words = frozenset(w for w in words if w)
        self._by_last = _lengths_by(self.words, -1)
        self._by_first = _lengths_by(self.words, 0)

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def ending_at(self, text: str, end: int, lo: int = 0) -> int | None:
        """Start of the longest word of the set ending at `end` (not before `lo`), or None."""
        if end <= lo:
            return None
        lengths = self._by_last.get(text[end - 1])
        if lengths is None:
            return None
        words = self.words
        for n in lengths:
            if n <= end - lo and text[end - n : end] in words:
                return end - n
        return None

    def starting_at(self, text: str, start: int) -> int | None:
        """End of the longest word of the set starting at `start`, or None."""
        if start >= len(text):
            return None
        lengths = self._by_first.get(text[start])
        if lengths is None:
            return None
        words, room = self.words, len(text) - start
        for n in lengths:
            if n <= room and text[start : start + n] in words:
                return start + n
        return None


def _lengths_by(words: frozenset[str], index: int) -> dict[str, tuple[int, ...]]:
    """For each first (index 0) or last (index -1) character, the word lengths, longest first."""
    table: dict[str, set[int]] = {}
    for w in words:
        table.setdefault(w[index], set()).add(len(w))
    return {c: tuple(sorted(lengths, reverse=True)) for c, lengths in table.items()}


@dataclass
class Lexicon:
    """Every word list used by the rules."""

    places: WordSet
    zone_suffixes: list[str] = field(
        default_factory=lambda: read_words("zone_suffixes.txt")
    )
    zone_extensions: WordSet = field(
        default_factory=lambda: WordSet(read_words("zone_extensions.txt"))
    )
    zone_qualifiers: WordSet = field(
        default_factory=lambda: WordSet(read_words("zone_qualifiers.txt"))
    )
    trade_parties: WordSet = field(
        default_factory=lambda: WordSet(read_words("zone_trade_parties.txt"))
    )
    zone_chained_only: WordSet = field(
        default_factory=lambda: WordSet(read_words("zone_suffixes_chained.txt"))
    )
    zone_area_heads: frozenset[str] = field(
        default_factory=lambda: frozenset(read_words("zone_area_heads.txt"))
    )
    zone_named_suffixes: frozenset[str] = field(
        default_factory=lambda: frozenset(read_words("zone_named_suffixes.txt"))
    )
    zone_founding_verbs: tuple[str, ...] = field(
        default_factory=lambda: tuple(read_words("zone_founding_verbs.txt"))
    )
    zone_generic: WordSet = field(
        default_factory=lambda: WordSet(read_words("zone_generic_bodies.txt"))
    )
    industry_words: WordSet = field(
        default_factory=lambda: WordSet(read_words("industry_words.txt"))
    )
    left_stops: WordSet = field(
        default_factory=lambda: WordSet(read_words("left_stops.txt"))
    )
    common_verbs: frozenset[str] = field(
        default_factory=lambda: frozenset(read_words("common_verbs.txt") + read_words("policy_verbs.txt"))
    )
    function_words: frozenset[str] = field(
        default_factory=lambda: frozenset(read_words("common_function_words.txt"))
    )
    org_suffixes: dict[str, str] = field(
        default_factory=lambda: {r[0]: r[1] for r in read_rows("org_suffixes.tsv")}
    )
    org_departments: WordSet = field(
        default_factory=lambda: WordSet(read_words("org_departments.txt"))
    )
    org_generic: WordSet = field(
        default_factory=lambda: WordSet(read_words("org_generic_bodies.txt"))
    )
    org_prefixes: WordSet = field(
        default_factory=lambda: WordSet(read_words("org_name_prefixes.txt"))
    )
    org_false_continuations: WordSet = field(
        default_factory=lambda: WordSet(read_words("org_false_continuations.txt"))
    )
    transliteration: frozenset[str] = field(
        default_factory=lambda: frozenset("".join(read_words("transliteration_chars.txt")))
    )
    org_generic_phrases: tuple[str, ...] = field(
        default_factory=lambda: tuple(read_words("org_generic_phrases.txt"))
    )
    org_body_stops: WordSet = field(
        default_factory=lambda: WordSet(read_words("org_body_stops.txt") + read_words("org_clause_verbs.txt"))
    )
    org_unnamed: tuple[str, ...] = field(default_factory=lambda: tuple(read_words("org_unnamed.txt")))
    org_prefix_blockers: frozenset[str] = field(
        default_factory=lambda: frozenset(read_words("org_prefix_blockers.txt"))
    )
    org_whole_prefixes: WordSet = field(
        default_factory=lambda: WordSet(read_words("org_whole_prefixes.txt"))
    )
    company_suffixes: list[str] = field(
        default_factory=lambda: read_words("company_suffixes.txt")
    )
    company_generic: WordSet = field(
        default_factory=lambda: WordSet(read_words("company_generic_bodies.txt"))
    )
    org_false_endings: WordSet = field(
        default_factory=lambda: WordSet(read_words("org_false_endings.txt"))
    )
    company_unit_suffixes: tuple[str, ...] = field(
        default_factory=lambda: tuple(read_words("company_unit_suffixes.txt"))
    )
    company_body_stops: WordSet = field(
        default_factory=lambda: WordSet(read_words("company_body_stops.txt"))
    )
    company_enum_heads: WordSet = field(
        default_factory=lambda: WordSet(read_words("company_enum_heads.txt"))
    )
    brand_strip: WordSet = field(
        default_factory=lambda: WordSet(read_words("company_brand_strip.txt"))
    )
    name_stop_words: WordSet = field(
        default_factory=lambda: WordSet(read_words("name_words_with_stops.txt"))
    )
    brand_trades: WordSet = field(
        default_factory=lambda: WordSet(
            read_words("company_brand_strip.txt") + read_words("company_brand_trades.txt")
        )
    )
    titles: list[str] = field(default_factory=lambda: read_words("titles.txt"))
    title_connectors: WordSet = field(
        default_factory=lambda: WordSet(read_words("title_connectors.txt"))
    )
    appointment_verbs: WordSet = field(
        default_factory=lambda: WordSet(read_words("appointment_verbs.txt"))
    )
    title_name_links: WordSet = field(
        default_factory=lambda: WordSet(read_words("title_name_links.txt"))
    )
    role_words: list[str] = field(default_factory=lambda: read_words("role_words.txt"))
    bylines: list[list[str]] = field(
        default_factory=lambda: read_rows("byline_cues.tsv")
    )
    surnames: WordSet = field(
        default_factory=lambda: WordSet(read_words("surnames.txt"))
    )
    non_names: WordSet = field(
        default_factory=lambda: WordSet(read_words("non_names.txt"))
    )
    person_enum_heads: WordSet = field(
        default_factory=lambda: WordSet(read_words("person_enum_heads.txt"))
    )
    post_name: WordSet = field(
        default_factory=lambda: WordSet(read_words("post_name_words.txt"))
    )
    project_tails: dict[str, str] = field(
        default_factory=lambda: {r[0]: r[1] for r in read_rows("project_tails.tsv")}
    )
    project_generic: WordSet = field(
        default_factory=lambda: WordSet(
            read_words("project_generic_bodies.txt") + read_words("project_tails.tsv")
        )
    )
    project_item_endings: tuple[str, ...] = field(
        default_factory=lambda: tuple(read_words("project_item_endings.txt"))
    )
    project_capacity: list[str] = field(
        default_factory=lambda: read_words("project_capacity_words.txt")
    )
    name_excluded: frozenset[str] = field(
        default_factory=lambda: frozenset(read_words("name_chars_excluded.txt"))
    )
    given_excluded: frozenset[str] = field(
        default_factory=lambda: frozenset(read_words("given_name_excluded.txt"))
    )
    honorifics: frozenset[str] = field(
        default_factory=lambda: frozenset(read_words("honorifics.txt"))
    )

    def __post_init__(self) -> None:
        self.zone_suffixes = self.zone_suffixes + sorted(self.zone_chained_only.words)
        self.zone_suffix_set = WordSet(self.zone_suffixes)
        self.county_stems = frozenset(
            w[:2] for w in self.places.words if len(w) == 3 and w[2] in "区县"
        )
        self.district_stems = frozenset(  # 大足区 → 大足, 沙坪坝区 → 沙坪坝
            w[:-1] for w in self.places.words if 3 <= len(w) <= 4 and w[-1] in "区县"
        )
        self.admin_stems = frozenset(  # the same with county-level cities: 宝山区 → 宝山, 昆山市 → 昆山
            w[:-1] for w in self.places.words if 3 <= len(w) <= 4 and w[-1] in STEM_TAILS
        )
        self.company_suffix_set = WordSet(self.company_suffixes)
        self.suffix_anchors = {
            kind: Anchors({w: kind for w in items})
            for kind, items in (
                ("zone", self.zone_suffixes),
                ("org", list(self.org_suffixes)),
                ("company", self.company_suffixes),
                ("project", list(self.project_tails)),
            )
        }
        self.title_anchors = Anchors(
            {w: "title" for w in self.titles} | {w: "role" for w in self.role_words}
        )
        self.brands = Anchors({w: "COMPANY" for w in read_words("company_brands.txt")})
        self.media = Anchors(
            {
                w: kind
                for kind, name in (("national", "national_orgs.txt"), ("media", "media.txt"))
                for w in read_words(name)
            }
        )
        self.known_persons = Anchors(
            {w: "PERSON" for w in read_words("known_persons.txt")}
        )
        self.byline_anchors = Anchors({row[0]: "byline" for row in self.bylines})
        self.byline_info = {row[0]: (row[1], row[2] == "yes") for row in self.bylines}


@lru_cache(maxsize=4)
def default_lexicon(places: frozenset[str]) -> Lexicon:
    """The lexicon with the given place names (cached per place set)."""
    return Lexicon(places=WordSet(places | set(read_words("extra_places.txt"))))
