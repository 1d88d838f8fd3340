"""Bounded right-to-left scanning for the start of a name that ends at a known suffix.

Every loop here moves by at least one character and is capped by an explicit
maximum, so the rules run in linear time on any input (no regular expressions).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field

from zone_ner.recognition.rules.lexicon import Lexicon, WordSet, word_set

NUMERALS = frozenset("0123456789零〇一二三四五六七八九十百千万亿两几多余数第.")
COUNTERS = frozenset("个批项家座条所级处")
COUNTED_CHARS = NUMERALS | COUNTERS
QUANTITY_NUMERALS = frozenset("一二三四五六七八九十两几数多")
PLACES = frozenset({"LOC", "ZONE"})
ALL_LABELS = frozenset({"ZONE", "LOC", "COMPANY", "ORG", "PERSON", "TITLE", "PROJECT"})
MAX_NAME = 40
"""No name built by the rules is longer than this (known names chained into a longer one included)."""


def is_cjk(c: str) -> bool:
    """A CJK unified ideograph (basic block)."""
    return "\u4e00" <= c <= "\u9fff"


def is_name_char(c: str) -> bool:
    """CJK ideographs, ASCII letters, digits, + and - can be part of a name."""
    return (
        is_cjk(c)
        or "\u3400" <= c <= "\u4dbf"
        or (c.isascii() and (c.isalnum() or c in "+-"))
    )


def latin_at(text: str, pos: int) -> bool:
    """True if a Latin letter or digit stands at `pos` (False outside the text)."""
    return 0 <= pos < len(text) and text[pos].isascii() and text[pos].isalnum()


@dataclass
class Known:
    """Spans already recognised in the text, indexed by their end (clean-text offsets)."""

    spans: dict[int, tuple[int, str]] = field(default_factory=dict)
    _ends: list[int] = field(init=False, repr=False, compare=False)  # the keys of `spans`, sorted

    def __post_init__(self) -> None:
        self._ends = sorted(self.spans)

    def add(self, start: int, end: int, label: str) -> None:
        """Remember a span; the longest one wins at a given end."""
        old = self.spans.get(end)
        if old is None:
            insort(self._ends, end)
        if old is None or old[0] > start:
            self.spans[end] = (start, label)

    def ending_at(self, end: int, labels: frozenset[str]) -> int | None:
        """Start of the longest known span with one of `labels` ending at `end`."""
        hit = self.spans.get(end)
        return hit[0] if hit is not None and hit[1] in labels else None

    def label_at(self, start: int, end: int) -> str | None:
        """Label of the known span [start, end), if any."""
        hit = self.spans.get(end)
        return hit[1] if hit is not None and hit[0] == start else None

    def _ends_in(self, lo: int, hi: int) -> list[int]:
        """The ends of known spans in [lo, hi), in order."""
        return self._ends[bisect_left(self._ends, lo) : bisect_left(self._ends, hi)]

    def overlapping(
        self, start: int, end: int, labels: frozenset[str]
    ) -> list[tuple[int, int]]:
        """Known spans with `labels` that overlap [start, end)."""
        hits = []
        for e in self._ends_in(start + 1, end + 32):
            hit = self.spans[e]
            if hit[0] < end and hit[1] in labels:
                hits.append((hit[0], e))
        return hits

    def covering(self, start: int, end: int, labels: frozenset[str] | None = None) -> bool:
        """True if a known span (of one of `labels`, if given) strictly longer than [start, end) contains it."""
        for e in self._ends_in(end, end + 24):
            hit = self.spans[e]
            if hit[0] <= start and e - hit[0] > end - start and (labels is None or hit[1] in labels):
                return True
        return False


@dataclass
class Scan:
    """Result of a left scan: the name start and how much of it is plain body (not known names)."""

    start: int
    body: str
    known: int
    labels: frozenset[str] = frozenset()


def at_boundary(text: str, pos: int, lex: Lexicon, known: Known) -> bool:
    """True if a name may start at `pos`: after a non-name character, a stop word or a known span."""
    return (
        pos == 0
        or not is_name_char(text[pos - 1])
        or text[pos - 1] in lex.name_excluded
        or lex.left_stops.ending_at(text, pos) is not None
        or pos in known.spans
        or lex.places.ending_at(text, pos) is not None
    )


def prefix_start(
    text: str, end: int, lex: Lexicon, known: Known, labels: frozenset[str], lo: int
) -> int | None:
    """Start of a place name (lexicon) or known span with `labels` ending at `end`, longest first.

    A place from the lexicon counts only where a name may start (城市更新和产业园区 holds no 新和),
    and not when it is a joining verb (会同 + 中国工商银行, not 会同县).
    """
    k = known.ending_at(end, labels)
    p = lex.places.ending_at(text, end, lo) if "LOC" in labels else None
    if p is not None and (not at_boundary(text, p, lex, known) or text[p:end] in word_set("org_joining_verbs.txt")):
        p = None  # 会同 + 中国工商银行: the county's name is the joining verb here
    if k is None:
        return p
    return k if p is None else min(k, p)


def scan_left(
    text: str,
    end: int,
    lex: Lexicon,
    known: Known,
    labels: frozenset[str],
    max_body: int,
    lo: int = 0,
    max_jumps: int = 3,
    strict: bool = False,
    transparent: frozenset[str] = frozenset(),
    joiners: frozenset[str] = frozenset(),
) -> Scan | None:
    """Scan left from `end` over name characters, then over known names (places, spans with `labels`).

    The name is `[known name]* body`: once a known name is reached only more known names may follow.

    Single-character stop words (的, 了, 在 …) always end the name; longer ones (推进, 位于 …)
    end it unless the body is still empty (not when `strict`) or a known name sits right before them.
    A known span with another label (a PERSON, a TITLE) also ends the name, unless its label is
    `transparent`. Characters in `joiners` (及, 与, · in project names) continue a non-empty body.
    Returns None when the body would exceed `max_body` characters.
    """
    stops: WordSet = lex.left_stops
    p, body_end, pieces, jumps = end, end, [], 0
    body_len = 0
    jumped: set[str] = set()
    while p > lo:
        if jumps < max_jumps:
            k = prefix_start(text, p, lex, known, labels, lo)
            if k is not None and k < p and end - k <= MAX_NAME:
                jumped.add(known.label_at(k, p) or "LOC")
                pieces.append(text[p:body_end])
                p = body_end = k
                jumps += 1
                continue
        if jumps or (p in known.spans and known.spans[p][1] not in transparent):
            break
        q = stops.ending_at(text, p, lo) if text[p - 1] not in joiners else None
        if q == p - 1 and _inside_word(text, p, lex):
            q = None  # 大数据 + 管理局, 对外 + 交流中心: the stop character is part of a word
        if q is not None:
            if p - q == 1:
                break
            if body_len or strict:
                before = (
                    prefix_start(text, q, lex, known, labels & PLACES, lo)
                    if max_jumps
                    else None
                )
                if before is None:
                    break
        c = text[p - 1]
        if (not is_name_char(c) or c in lex.name_excluded) and not (
            c in joiners and body_len
        ):
            break
        body_len += 1
        if body_len > max_body:
            return None
        p -= 1
    pieces.append(text[p:body_end])
    return Scan(
        start=p, body="".join(reversed(pieces)), known=jumps, labels=frozenset(jumped)
    )


def _inside_word(text: str, p: int, lex: Lexicon) -> bool:
    """True if the character before `p` belongs to a word of `lex.name_stop_words` (数据, 对外)."""
    words = lex.name_stop_words
    return words.ending_at(text, p, max(0, p - 3)) is not None or (
        p < len(text) and text[p - 1 : p + 1] in words
    )


def quantified(body: str) -> bool:
    """True if a numeral and a counter stand in the body (开通一条工业园): a description, not a name."""
    return any(
        body[i] in QUANTITY_NUMERALS and body[i + 1] in COUNTERS for i in range(len(body) - 1)
    )


def cover(
    body: str,
    sets: tuple[WordSet, ...],
    pairs: frozenset[str] = frozenset(),
    chars: frozenset[str] = frozenset(),
) -> set[int] | None:
    """The indexes of the `sets` that cover `body` read left to right as words of `sets` (the first
    set matching at a position wins), two-character words of `pairs` and single `chars`; None if
    some part of it is none of these."""
    used: set[int] = set()
    i = 0
    while i < len(body):
        j = None
        for k, words in enumerate(sets):
            j = words.starting_at(body, i)
            if j is not None:
                used.add(k)
                break
        if j is None and body[i : i + 2] in pairs:
            j = i + 2
        if j is None and body[i] in chars:
            j = i + 1
        if j is None:
            return None
        i = j
    return used


def is_generic(body: str, words: WordSet, lex: Lexicon) -> bool:
    """True if `body` is made only of generic words, stop words, numerals and counters."""
    return cover(body, (words, lex.left_stops), chars=COUNTED_CHARS) is not None


def read_body_right(text: str, start: int, max_len: int, lex: Lexicon) -> int:
    """End of the run of name characters starting at `start`, at most `max_len` long."""
    p = start
    limit = min(len(text), start + max_len)
    while p < limit and is_name_char(text[p]) and text[p] not in lex.name_excluded:
        p += 1
    return p
