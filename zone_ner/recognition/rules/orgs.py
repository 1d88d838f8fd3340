"""ORG names: an organisation suffix (管委会, 科技局, 研究院 …) with its prefix (place, zone, ORG, department)."""

from __future__ import annotations

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.lexicon import Lexicon
from zone_ner.recognition.rules.scan import (
    MAX_NAME,
    Known,
    is_generic,
    is_name_char,
    prefix_start,
    scan_left,
)

NAMES = frozenset({"LOC", "ZONE", "ORG"})
PLACES = frozenset({"LOC"})
HOSTS = frozenset({"ZONE", "ORG"})
ADMIN_ENDINGS = frozenset("省市县区州旗镇乡村")
SUB_JOINERS = frozenset("和")
MAX_BODY = 8
CHANNEL_DASHES = frozenset("－-—")
MAX_CHANNEL = 4


def _departments(text: str, start: int, lex: Lexicon) -> int:
    """Start of up to three department words ending at `start`, 和 allowed between them (宣传和统战部)."""
    p = start
    for _ in range(3):
        q = lex.org_departments.ending_at(text, p)
        if q is None:
            break
        p = q
        if (
            text[p - 1 : p] == "和"
            and lex.org_departments.ending_at(text, p - 1) is not None
        ):
            p -= 1
    return p


def _extend(
    text: str,
    start: int,
    lex: Lexicon,
    known: Known,
    labels: frozenset[str],
    admin_prefix: bool = True,
) -> int:
    """Extend an ORG start over known names, bare zone words (高新区党工委) and one admin prefix (市科技局)."""
    p = start
    for _ in range(3):
        k = prefix_start(text, p, lex, known, labels, 0)
        if k is None and "ZONE" in labels:
            k = lex.zone_suffix_set.ending_at(text, p)
        if k is None or k >= p or start - k > MAX_NAME:
            break
        p = k
    if (
        admin_prefix
        and p == start
        and p > 0
        and text[p - 1] in lex.org_prefixes
        and (p < 2 or text[p - 2] not in lex.org_prefix_blockers)
    ):
        p -= 1
    party = lex.org_whole_prefixes.ending_at(text, p)
    return p if party is None else party


def org_start(
    text: str, start: int, kind: str, lex: Lexicon, known: Known
) -> tuple[int, float] | None:
    """Start and score of the ORG whose suffix (of `kind`) begins at `start`."""
    if kind == "admin":
        return _extend(
            text, start, lex, known, frozenset({"LOC"}), admin_prefix=False
        ), 0.85
    if kind == "sub":
        scan = scan_left(text, start, lex, known, HOSTS, MAX_BODY, joiners=SUB_JOINERS)
        if (
            scan is None
            or not scan.labels & HOSTS
            or any(c.isdigit() for c in scan.body)
        ):
            return None
        return scan.start, 0.8
    if kind == "hosted":
        begin = _extend(text, start, lex, known, HOSTS)
        return (begin, 0.8) if begin < start else None
    if kind == "standalone":
        begin = _extend(text, start, lex, known, NAMES)
        scan = (
            scan_left(text, start, lex, known, NAMES, MAX_BODY)
            if begin >= start - 1
            else None
        )
        if scan is not None and scan.known and scan.start < begin:
            begin = scan.start
        return begin, 0.85
    if kind == "dept":
        core = _departments(text, start, lex)
        if core == start:
            if start == 0 or text[start - 1] not in ADMIN_ENDINGS:
                return None
            if prefix_start(text, start, lex, known, PLACES, 0) is None:
                return None
        return _extend(text, core, lex, known, NAMES), 0.8
    scan = scan_left(text, start, lex, known, NAMES, MAX_BODY)
    if scan is None:
        return None
    own = scan.body
    if scan.known == 0 and (
        len(own) < 2
        or is_generic(own, lex.org_generic, lex)
        or any(c.isdigit() for c in own)
    ):
        return None
    if lex.company_suffix_set.ending_at(own, len(own)) is not None:
        return None
    whole = lex.org_whole_prefixes.ending_at(text, scan.start)
    return (scan.start if whole is None else whole), 0.75 if scan.known else 0.6


def _channel_end(text: str, end: int) -> int:
    """End of a channel written after a publisher (人民网－江苏频道), or `end`."""
    if text[end : end + 1] not in CHANNEL_DASHES:
        return end
    limit = min(len(text), end + 2 + MAX_CHANNEL)
    p = text.find("频道", end + 1, limit + 2)
    if p > end + 1 and all(is_name_char(c) for c in text[end + 1 : p]):
        return p + 2
    return end


def find_media(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Publishers named in the media list (人民网, 新华社): ORG.

    Names written back to back are one publisher (贵州日报天眼新闻); a channel after a dash is
    part of it (人民网－江苏频道).
    """
    spans: list[list[int]] = []
    for start, end, _word, _kind in lex.media.find(text):
        while spans and spans[-1][0] >= start:
            spans.pop()
        if spans and spans[-1][1] > start:
            continue
        if spans and spans[-1][1] == start:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    found = []
    for start, end in spans:
        end = _channel_end(text, end)
        found.append(Candidate(start, end, "ORG", "rules", 0.8))
        known.add(start, end, "ORG")
    return found


def find_orgs(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """ORG candidates, left to right; each one becomes a known name for the next (省委组织部)."""
    found = find_media(text, lex, known)
    title_ends = {
        start: end
        for start, end, _w, kind in lex.title_anchors.find(text)
        if kind == "title"
    }
    for hits in lex.suffix_anchors["org"].find_all(text):
        best: tuple[int, float] | None = None
        end = hits[0][1]
        if lex.org_false_continuations.starting_at(text, end - 1) is not None:
            continue
        for start, _end, word, _kind in hits:
            if any(title_ends.get(p, 0) > end for p in range(start, end)):
                continue
            located = org_start(text, start, lex.org_suffixes[word], lex, known)
            if located is not None and (best is None or located[0] < best[0]):
                best = located
        if best is None:
            continue
        found.append(Candidate(best[0], end, "ORG", "rules", best[1]))
        known.add(best[0], end, "ORG")
    return found
