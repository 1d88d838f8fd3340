"""TITLE and PERSON: title chains before a name (党工委书记、管委会主任李明), name lists and bylines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.lexicon import Anchors, Lexicon
from zone_ner.recognition.rules.scan import Known, is_name_char

HOSTS = frozenset({"ORG", "LOC", "ZONE", "COMPANY", "PERSON"})
ORGS = frozenset({"ORG", "LOC", "ZONE", "COMPANY"})
MAX_SPACES = 3
MAX_LIST = 12
MAX_HEAD_GAP = 12
LIST_SEPARATORS = "、"
SENTENCE_END = "。！？!?；;）)\n"
_NEWLINE = re.compile("\n")
_ENUM_END = re.compile("等")
_BRACKETED = re.compile(r"[（(《]([\u4e00-\u9fff 、]{2,20})[）)》]")
_PART = re.compile(r"[\u4e00-\u9fff]{1,20}")
_ASIDE = re.compile(r"[（(][^（()）]{0,8}[）)]")


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def read_name(text: str, i: int, lex: Lexicon) -> int | None:
    """End of a person's name (surname + one or two given characters) starting at `i`, or None."""
    n = len(text)
    if i >= n:
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
    given = 0
    while given < 2 and j + given < n:
        c = text[j + given]
        if (
            not _cjk(c)
            or c in lex.name_excluded
            or (c in lex.given_excluded and given == 0)
        ):
            break
        given += 1
    if given == 0:
        return None
    if given == 2 and lex.post_name.starting_at(text, j + 1) is not None:
        given = 1
    if text[i : j + given] in lex.non_names or text[i : i + 2] in lex.non_names:
        return None
    return j + given


def _skip_spaces(text: str, i: int) -> int:
    k = i
    while k < len(text) and k - i < MAX_SPACES and text[k] in " \u3000：:":
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


def _names_after(
    text: str, pos: int, lex: Lexicon, strict: bool = False
) -> list[tuple[int, int]]:
    """The name at `pos` (after up to three spaces) and the names listed after it with 、.

    `strict` (after role words such as 领导) requires every name to end at a boundary.
    """
    names: list[tuple[int, int]] = []
    start = _skip_spaces(text, pos)
    start = lex.title_name_links.starting_at(text, start) or start
    end = read_name(text, start, lex)
    if end is not None and strict and not _bounded(text, end, lex):
        return []
    while end is not None and len(names) < MAX_LIST:
        names.append((start, end))
        if end >= len(text) or text[end] not in LIST_SEPARATORS:
            break
        start = end + 1
        end = read_name(text, start, lex)
        if end is not None and not _bounded(text, end, lex):
            break
    return names


def find_people(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """TITLE and PERSON candidates from title/role chains, followed by bylines and repeated names."""
    found: list[Candidate] = _listed_persons(text, lex, known)
    titles: list[_Title] = []
    for start, end, _word, kind in lex.title_anchors.find(text):
        linked = bool(titles) and _linked(text, titles[-1].end, start, lex, known)
        title = _Title(start, end, kind == "role", linked)
        titles.append(title)
        names = _names_after(text, end, lex, strict=title.role)
        if names:
            k = len(titles) - 1
            while k >= 0:
                t = titles[k]
                if not t.role and not t.emitted:
                    found.append(Candidate(t.start, t.end, "TITLE", "rules", 0.85))
                    t.emitted = True
                if not t.linked:
                    break
                k -= 1
            found.extend(Candidate(s, e, "PERSON", "rules", 0.85) for s, e in names)
            for s, e in names:
                known.add(s, e, "PERSON")
        elif not title.role and (
            known.ending_at(start, HOSTS) is not None
            or lex.appointment_verbs.ending_at(text, start) is not None
            or (linked and titles[-2].emitted)
        ):
            found.append(Candidate(start, end, "TITLE", "rules", 0.6))
            title.emitted = True
    found.extend(_bylines(text, lex, known))
    found.extend(_enumerated(text, lex, known))
    found.extend(_bracketed(text, lex, known))
    found.extend(_closing_names(text, lex, known))
    found.extend(_repeated(text, [c for c in found if c.label == "PERSON"], known))
    return found


def _bylines(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Names after cues (▶ 王某, 文/张伟) or before them (李军广 摄)."""
    found: list[Candidate] = []
    for start, end, word, _kind in lex.byline_anchors.find(text):
        position, is_title = lex.byline_info[word]
        if is_title:
            continue
        if position == "before":
            names = _names_after(text, end, lex)[:1]
        else:
            names = []
            p = start
            while p > 0 and start - p < 2 and text[p - 1] == " ":
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
            if start is None:
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


def _bracketed(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Credits in brackets made only of names: （王小军 陈文军）, (袁登国)."""
    found: list[Candidate] = []
    for m in _BRACKETED.finditer(text):
        parts = [
            (p.start() + m.start(1), p.end() + m.start(1))
            for p in _PART.finditer(m.group(1))
        ]
        if 0 < len(parts) <= 4 and all(
            read_name(text, s, lex) == e and text[s:e] not in lex.places
            for s, e in parts
        ):
            for s, e in parts:
                found.append(Candidate(s, e, "PERSON", "rules", 0.7))
                known.add(s, e, "PERSON")
    return found


def _closing_names(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """A lone two- or three-character name after a sentence end, closing a paragraph (…发展。（王某）)."""
    found: list[Candidate] = []
    ends = [m.start() for m in _NEWLINE.finditer(text)]
    for close in [*ends, len(text)]:
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
            if before in SENTENCE_END and read_name(text, s, lex) == e:
                found.append(Candidate(s, e, "PERSON", "rules", 0.6))
                known.add(s, e, "PERSON")
                break
    return found


def _listed_persons(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Names from the known-persons list (习近平总书记), matched anywhere."""
    if not lex.known_persons.size:
        return []
    found = []
    for s, e, _w, _k in lex.known_persons.find(text):
        found.append(Candidate(s, e, "PERSON", "rules", 0.9))
        known.add(s, e, "PERSON")
    return found


def _repeated(text: str, persons: list[Candidate], known: Known) -> list[Candidate]:
    """Later (and earlier) mentions of names already found with a title or byline."""
    names = {text[c.start : c.end] for c in persons if c.end - c.start >= 2}
    seen = {(c.start, c.end) for c in persons}
    if not names:
        return []
    found = []
    for s, e, _w, _k in Anchors({n: "PERSON" for n in names}).find(text):
        if (s, e) in seen or known.covering(s, e):
            continue
        found.append(Candidate(s, e, "PERSON", "rules", 0.75))
    return found
