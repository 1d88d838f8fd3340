"""Alias generation by rules (`data/alias_rules.json`): zone short names and place short forms."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SuffixRule:
    """A zone-name suffix and the suffixes that may replace it in an alias."""

    full: str
    kind: str
    variants: tuple[str, ...]
    national_variants: tuple[str, ...]
    weak_variants: tuple[str, ...]
    strip_place: bool = True


@dataclass(frozen=True)
class AliasRules:
    """The rules of `alias_rules.json`, parsed once."""

    zone_suffixes: tuple[SuffixRule, ...]
    ftz_pattern: re.Pattern[str]
    ftz_variants: tuple[str, ...]
    ftz_area_variants: tuple[str, ...]
    ftz_area_bare_variants: tuple[str, ...]
    trailing_note: re.Pattern[str]
    brackets: tuple[tuple[str, str], ...]
    strip_prefixes: tuple[str, ...]
    suffix_canon: tuple[tuple[str, str], ...]
    kind_by_suffix: tuple[tuple[str, str], ...]
    place_suffixes: dict[str, tuple[str, ...]]
    place_short_min: int
    ethnic_names: tuple[str, ...]
    generic_names: frozenset[str]
    own_name: dict[str, int]


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> AliasRules:
    """Parse the alias rules (default: the shipped `data/alias_rules.json`)."""
    raw = json.loads((path or DATA_DIR / "alias_rules.json").read_text(encoding="utf-8"))
    suffixes = tuple(
        SuffixRule(r["full"], r["kind"], tuple(r["variants"]), tuple(r["national_variants"]), tuple(r["weak_variants"]),
                   r.get("strip_place", True))
        for r in sorted(raw["zone_suffixes"], key=lambda r: -len(r["full"]))
    )
    ftz = raw["free_trade"]
    return AliasRules(
        zone_suffixes=suffixes,
        ftz_pattern=re.compile(ftz["pattern"]),
        ftz_variants=tuple(ftz["variants"]),
        ftz_area_variants=tuple(ftz["area_variants"]),
        ftz_area_bare_variants=tuple(ftz["area_bare_variants"]),
        trailing_note=re.compile(raw["trailing_note_pattern"]),
        brackets=tuple((a, b) for a, b in raw["brackets"]),
        strip_prefixes=tuple(raw["lookup_strip_prefixes"]),
        suffix_canon=tuple((a, b) for a, b in raw["lookup_suffix_canon"]),
        kind_by_suffix=tuple((a, b) for a, b in raw["kind_by_suffix"]),
        place_suffixes={k: tuple(v) for k, v in raw["place_suffixes"].items()},
        place_short_min=int(raw["place_short_min_chars"]),
        ethnic_names=tuple(sorted(raw["ethnic_names"], key=len, reverse=True)),
        generic_names=frozenset(raw["generic_names"]),
        own_name=raw["own_name"],
    )


def normalise_key(text: str) -> str:
    """The lookup key of an alias: no whitespace, half-width brackets and dashes mapped to one form."""
    if text.isalnum():
        return text
    return _SPACE.sub("", text.translate(_key_table()))


@lru_cache(maxsize=1)
def _key_table() -> dict[int, str]:
    table = {}
    for full, half in load_rules().brackets:
        if half in "()":
            table[ord(half)] = full
        else:
            table[ord(full)] = half
    return table


def bracket_variants(alias: str) -> set[str]:
    """The alias with full-width and half-width brackets."""
    rules = load_rules()
    out = {alias}
    half = alias
    for full, h in rules.brackets:
        half = half.replace(full, h)
    out.add(half)
    full_form = alias
    for full, h in rules.brackets:
        if h in "()":
            full_form = full_form.replace(h, full)
    out.add(full_form)
    return out


def place_short(name: str, level: str) -> str | None:
    """Short form of an administrative name (陕西省→陕西, 延边朝鲜族自治州→延边); None when too short or unchanged."""
    rules = load_rules()
    for suffix in rules.place_suffixes.get(level, ()):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            stem = _strip_ethnic(stem, rules)
            if len(stem) >= rules.place_short_min and stem != name:
                return stem
            return None
    return None


def _strip_ethnic(stem: str, rules: AliasRules) -> str:
    while stem.endswith("族"):
        body = stem[:-1]
        match = next((e for e in rules.ethnic_names if body.endswith(e)), None)
        if match is None:
            break
        stem = body[: -len(match)]
    # 内蒙古自治区, 广西壮族自治区: the ethnic name may precede the suffix without 族
    for ethnic in ("壮族", "回族", "维吾尔"):
        if stem.endswith(ethnic) and len(stem) > len(ethnic) + 1:
            stem = stem[: -len(ethnic)]
    return stem


def split_suffix(name: str) -> tuple[str, SuffixRule | None]:
    """(stem, rule) for a zone name ending with a known suffix, else (name, None)."""
    for rule in load_rules().zone_suffixes:
        if name.endswith(rule.full) and len(name) > len(rule.full):
            return name[: -len(rule.full)], rule
    return name, None


def infer_kind(surface: str) -> str | None:
    """Zone kind implied by the surface's suffix (高新区 → high_tech), None if no known suffix."""
    for suffix, kind in load_rules().kind_by_suffix:
        if surface.endswith(suffix):
            return kind
    return None


def is_specific(name: str) -> bool:
    """False for a bare generic word (高新区, 出口加工区): a name needs two characters before its suffix."""
    rules = load_rules()
    if name in rules.generic_names:
        return False
    suffix = next((s for s, _ in rules.kind_by_suffix if name.endswith(s)), "")
    return len(name) - len(suffix) >= 2


def _strip_prefix(stem: str, prefixes: list[str], tail: str = "", min_left: int = 2) -> str | None:
    for p in sorted((p for p in prefixes if p), key=len, reverse=True):
        rest = stem[len(p):]
        if stem.startswith(p) and len(rest) >= min_left and is_specific(rest + tail):
            return rest
    return None


def zone_aliases(
    name: str,
    national: bool,
    province: tuple[str, str | None] | None = None,
    city: tuple[str, str | None] | None = None,
    county: tuple[str, str | None] | None = None,
) -> tuple[set[str], set[str]]:
    """(aliases, weak aliases) of a zone name; `province`/`city`/`county` are (full name, short form).

    A form naming the county by its short form also gets the full one (涞源开发区 → 涞源县开发区).
    Weak aliases (西安高新) are for lookup only, never for the gazetteer.
    """
    rules = load_rules()
    base = rules.trailing_note.sub("", name)
    if base != name and len(base) >= 3:
        aliases, weak = zone_aliases(base, national, province, city, county)
        return aliases | _with_brackets({name}), weak
    aliases: set[str] = {name}
    weak: set[str] = set()
    ftz = rules.ftz_pattern.match(name)
    if ftz:
        aliases.update(v.format(x=ftz.group(1)) for v in rules.ftz_variants)
        return _with_brackets(aliases), set()
    stem, rule = split_suffix(name)
    prov_names = [n for n in (province or ()) if n]
    city_names = [n for n in (city or ()) if n]
    tail = rule.full if rule else ""
    strip = rule is None or rule.strip_place
    core = stem
    stripped = _strip_prefix(core, prov_names, tail, 2 if rule else 3)
    core = stripped if stripped is not None else core
    has_city = any(core.startswith(c) for c in city_names)
    after_city = _strip_prefix(core, city_names, tail) if rule and strip else None
    cores = {stem, core}
    if after_city is not None:
        cores.add(after_city)
    prov_short = province[1] if province and province[1] else None
    city_prefixes = city_names
    forms: set[str] = set()
    for c in cores:
        forms.add(c)
        if prov_short and not c.startswith(prov_short):
            forms.add(prov_short + c)
        if after_city is not None and c == after_city:
            for cp in city_prefixes:
                forms.add(cp + c)
                if prov_short and not cp.startswith(prov_short):
                    forms.add(prov_short + cp + c)
    if rule is not None and has_city and after_city is None:
        # the city name is the whole core (西安高新区): also with the full city name (西安市高新区)
        for cp in city_prefixes:
            if core.startswith(cp):
                forms.update(full + core[len(cp):] for full in city_prefixes)
    if rule is None:
        return _with_brackets(forms | aliases), set()
    suffixes = list(rule.variants) + ([rule.full] if rule.full not in rule.variants else [])
    if national:
        suffixes += list(rule.national_variants)
    if county and city_names:
        # a zone named after its county also goes by city + county (苏州相城高新区, 苏州市相城高新区)
        full = county[0]
        stems = tuple(n for n in (full, county[1], full[:-1] if full.endswith("区") and len(full) >= 3 else None) if n)
        for f in list(forms):
            if f.startswith(stems) and not f.startswith(tuple(city_names)):
                forms.update(cp + f for cp in city_names)
    if county and county[1]:
        full, short = county
        for f in list(forms):
            i = f.find(short)
            if i >= 0 and not f.startswith(full, i):
                forms.add(f[:i] + full + f[i + len(short):])
    for f in forms:
        aliases.update(f + s for s in suffixes if is_specific(f + s))
        weak.update(f + s for s in rule.weak_variants if len(f) >= 2)
    return _with_brackets(aliases), _with_brackets(weak) - aliases


def ftz_area_aliases(ftz_name: str, area: str, bare: list[str]) -> set[str]:
    """Aliases of a free-trade-zone area (片区): 陕西自贸试验区中心片区 …; `bare` area names also as 南沙自贸片区."""
    rules = load_rules()
    m = rules.ftz_pattern.match(ftz_name)
    out = {ftz_name + area}
    if m:
        out.update(v.format(x=m.group(1), a=area) for v in rules.ftz_area_variants)
    for b in bare:
        if b.endswith("片区") and len(b) >= 4:
            out.update(v.format(b=b[:-2]) for v in rules.ftz_area_bare_variants)
    return _with_brackets(out)


def _with_brackets(aliases: set[str]) -> set[str]:
    out: set[str] = set()
    for a in aliases:
        out |= bracket_variants(a)
    return out
