"""Build the shipped knowledge table (zone_ner/linking/data/zones.jsonl, places.tsv).

Inputs: the shared facts in ../shared/data/kb (4 TSVs + GB/T 37028-2018 JSON) and
../shared/data/admin_divisions/divisions_nbs2023.tsv, plus the curated files next to
the table (curated_zones.tsv, curated_subareas.tsv, curated_aliases.tsv, alias_rules.json, gbt_classes.json).
Own ids are persisted in own_ids.tsv so that rebuilding never renumbers a zone.

    python scripts/build_kb.py [--shared ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from zone_ner.linking.aliases import (
    DATA_DIR,
    ftz_area_aliases,
    infer_kind,
    load_rules,
    normalise_key,
    place_short,
    split_suffix,
    zone_aliases,
)
from zone_ner.recognition.gazetteer import common_words
from zone_ner.recognition.rules.lexicon import WordSet, read_words
from zone_ner.recognition.rules.scan import cover, is_cjk

GB_SOURCE = "GB/T 37028-2018《全国主要经济功能区分类与代码》 (via WankkoRee/cn-adcode-efzcode)"
NBS_SOURCE = "NBS 2023 administrative division codes (modood/Administrative-divisions-of-China, WTFPL)"
TSVS = ("national_high_tech_zones.tsv", "national_etdz.tsv", "national_new_areas.tsv", "pilot_free_trade_zones.tsv")


@dataclass
class Place:
    code: str
    name: str
    level: str
    parent: str
    province: str
    city: str | None
    short: str | None


@dataclass
class Zone:
    id: str
    name: str
    kind: str
    level: str
    province: str | None
    city: str | None = None
    county: str | None = None
    approved_year: int | None = None
    extra_aliases: list[str] = field(default_factory=list)
    weak_extra: list[str] = field(default_factory=list)
    short_name: str | None = None
    parent_id: str | None = None
    source: str = ""
    source_quality: str = ""
    sub_kind: str | None = None
    superseded_by: str | None = None


class Places:
    """NBS divisions with name indexes for inferring a zone's city and county."""

    def __init__(self, path: Path) -> None:
        self.by_code: dict[str, Place] = {}
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["is_functional_zone"] == "1" or row["name"] in ("市辖区", "县") or "直辖" in row["name"]:
                    continue
                if row["level"] == "county" and row["code"] == row["parent_code"].ljust(6, "0"):
                    continue  # 东莞市, 中山市, 儋州市: cities without counties repeat themselves as a county
                level = row["level"]
                short = place_short(row["name"], level)
                city = row["city"] if level == "county" and "直辖" not in row["city"] and row["city"] not in ("市辖区", "县") else None
                if level == "prefecture":
                    city = row["name"]
                self.by_code[row["code"]] = Place(row["code"], row["name"], level, row["parent_code"], row["province"], city, short)
        self.province_by_code = {p.code: p for p in self.by_code.values() if p.level == "province"}
        self.province_by_name = {p.name: p for p in self.province_by_code.values()}
        self._names: dict[str, list[tuple[str, Place]]] = defaultdict(list)
        for p in self.by_code.values():
            if p.level == "province":
                continue
            keys = {p.name, p.short or p.name}
            loose = re.sub(r"(区|县|市|旗)$", "", p.name)
            if len(loose) >= 2:
                keys.add(loose)
            for k in keys:
                self._names[p.province].append((k, p))
        for lst in self._names.values():
            lst.sort(key=lambda kp: (-len(kp[0]), kp[1].level != "prefecture"))

    def province_forms(self, province: str | None) -> tuple[str, str | None] | None:
        p = self.province_by_name.get(province or "")
        return (p.name, p.short) if p else None

    def city_forms(self, province: str | None, city: str | None) -> tuple[str, str | None] | None:
        if not city:
            return None
        for p in self.by_code.values():
            if p.name == city and p.province == province:
                return (p.name, p.short)
        prov = self.province_by_name.get(province or "")
        if prov and prov.name == city:  # municipalities: the city is the province
            return (prov.name, prov.short)
        return None

    def county_forms(self, province: str | None, county: str | None) -> tuple[str, str | None] | None:
        for p in self.by_code.values():
            if p.level == "county" and p.name == county and p.province == province:
                return (p.name, p.short)
        return None

    def forms_in(self, province: str | None) -> list[str]:
        """Names, short forms and names without 区/县/市/旗 of the province's places, longest first."""
        return [k for k, _ in self._names.get(province or "", [])]

    def infer(self, province: str | None, stem: str) -> tuple[str | None, str | None]:
        """(city, county) named at the start of `stem` (after the province name), if any."""
        prov = self.province_by_name.get(province or "")
        if prov is None:
            return None, None
        for form in (prov.name, prov.short or ""):
            if form and stem.startswith(form):
                stem = stem[len(form):]
                break
        if prov.code in ("11", "12", "31", "50"):
            city: str | None = prov.name
        else:
            city = None
        for key, place in self._names.get(prov.name, []):
            if stem.startswith(key):
                if place.level == "prefecture":
                    return place.name, None
                return (place.city or city), place.name
        return city, None


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def load_gbt(shared: Path, places: Places, classes: dict) -> dict[str, Zone]:
    raw = json.loads((shared / "kb" / "gbt37028_2018_all_zones.json").read_text(encoding="utf-8"))
    zones: dict[str, Zone] = {}
    for pcode, pv in raw.items():
        province = places.province_by_code[pcode].name
        for ccode, cv in pv["children"].items():
            cls = classes[ccode]
            for ncode, z in cv["children"].items():
                code = f"{pcode}{ccode}{ncode}"
                name = z["name"]
                city, county = None, None
                parent = z.get("parent")
                if parent and parent in places.by_code:
                    place = places.by_code[parent]
                    city = place.city if place.level != "county" or place.city else place.name
                    county = place.name if place.level == "county" else None
                    if county is None:
                        inferred_city, county = places.infer(province, name)
                        county = county if inferred_city == city else None
                    how = "city from GB/T parent code"
                else:
                    city, county = places.infer(province, name)
                    how = "city inferred from the name" if city else "city unknown"
                kind = cls["kind"]
                if ccode == "299":
                    kind = infer_kind(name) or "other"
                zones[code] = Zone(
                    id=f"GBT37028:{code}", name=name, kind=kind, level=cls["level"], province=province,
                    city=city, county=county, source=f"{GB_SOURCE} code {code}",
                    source_quality=f"A: official national standard (list as of 2018); {how}",
                )
    return zones


def _year(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


class OwnIds:
    """Persistent ids of our own (8 digits like GB/T codes: ZN:<province 2><class 3><seq 3>), keyed by name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.ids = {r["name"]: r["id"] for r in read_tsv(path)} if path.exists() else {}

    def get(self, name: str, prefix: str) -> str:
        if name not in self.ids:
            used = {i for i in self.ids.values() if i.startswith(f"ZN:{prefix}")}
            n = 1
            width = 8 - len(prefix)
            while f"ZN:{prefix}{n:0{width}d}" in used:
                n += 1
            self.ids[name] = f"ZN:{prefix}{n:0{width}d}"
        return self.ids[name]

    def save(self) -> None:
        with self.path.open("w", encoding="utf-8") as f:
            f.write("# Ids of zones without a GB/T 37028-2018 code; allocated once by scripts/build_kb.py, never reused\n")
            f.write("id\tname\n")
            for name, i in sorted(self.ids.items(), key=lambda kv: kv[1]):
                f.write(f"{i}\t{name}\n")


def merge_national(shared: Path, zones: dict[str, Zone], places: Places, classes: dict, own: OwnIds) -> None:
    by_name = {normalise_key(z.name): code for code, z in zones.items()}
    for path in [shared / "kb" / name for name in TSVS] + [DATA_DIR / "curated_zones.tsv"]:
        fname = path.name
        for row in read_tsv(path):
            cls = classes["tsv_types"][row["type"]]
            m = re.search(r"code (\d{8})", row["source"])
            code = m.group(1) if m else by_name.get(normalise_key(row["name"]))
            if code and not m and code[2:5] != cls:
                code = None  # same name in another GB/T class: upgraded since 2018, see mark_upgrades
            city = (row["city"] or "").split("|")[0] or None
            if city in ("省辖县",):
                city = None
            shorts = [s for s in row["short_names"].split("|") if s]
            if code and code in zones:
                z = zones[code]
                z.extra_aliases += shorts + ([row["name"]] if row["name"] != z.name else [])
                z.short_name = z.short_name or (shorts[0] if shorts else None)
                z.approved_year = z.approved_year or _year(row["approved_year"])
                if city and places.city_forms(row["province"], city):
                    z.city = city
                if z.id.endswith(code) and row["type"] != "national_etdz" and code[2:5] == "101":
                    # 苏州工业园区: an ETDZ in GB/T that MOST also counts as a high-tech zone
                    z.source += f"; also listed in {fname}: {row['source']}"
                    continue
                z.source, z.source_quality = row["source"], row["source_quality"]
                continue
            pcode = next(p.code for p in places.province_by_code.values() if p.name == row["province"])
            zid = own.get(row["name"], f"{pcode}{cls}9")
            zones[zid] = Zone(
                id=zid, name=row["name"], kind=classes[cls]["kind"], level="national", province=row["province"],
                city=city, approved_year=_year(row["approved_year"]), extra_aliases=shorts,
                short_name=shorts[0] if shorts else None, source=row["source"], source_quality=row["source_quality"],
            )


def mark_upgrades(zones: dict[str, Zone]) -> None:
    """Provincial GB/T rows of zones upgraded to national after 2018 point to the national row."""
    def key(z: Zone) -> tuple[str | None, str, str]:
        stem, rule = split_suffix(z.name)
        for form in (z.province or "", (z.province or "")[:2]):
            if form and stem.startswith(form) and len(stem) > len(form) + 1:
                stem = stem[len(form):]
                break
        return z.province, stem, rule.kind if rule else z.kind

    new_national = [z for z in zones.values() if z.id.startswith("ZN:") and z.level == "national" and not z.sub_kind]
    upgraded = {key(z): z.id for z in new_national}
    # the national lists give the old provincial name as a short name (北海经开区: 广西北海工业园区)
    by_old_name = {normalise_key(a): z.id for z in new_national for a in z.extra_aliases}
    for z in zones.values():
        if z.level != "provincial" or z.id.startswith("ZN:"):
            continue
        successor = upgraded.get(key(z)) or by_old_name.get(normalise_key(z.name))
        if successor:
            z.superseded_by = successor
            z.source_quality += f"; upgraded to national: superseded by {z.superseded_by}"


def add_subareas(zones: dict[str, Zone], own: OwnIds, classes: dict, places: Places) -> None:
    """Rows of curated_subareas.tsv; a bare 片区 name that is only a city name (武汉片区) is a weak alias."""
    by_name = {z.name: z for z in zones.values()}
    city_shorts = {p.short for p in places.by_code.values() if p.level == "prefecture" and p.short}
    for row in read_tsv(DATA_DIR / "curated_subareas.tsv"):
        parent = by_name.get(row["parent"])
        if parent is None:
            raise SystemExit(f"curated_subareas.tsv: unknown parent {row['parent']!r}")
        sub_kind = row["sub_kind"]
        name = parent.name + row["name"] if sub_kind == "free_trade_area" else row["name"]
        extra = [a for a in row["aliases"].split("|") if a]
        weak: list[str] = []
        if sub_kind == "free_trade_area":
            extra += sorted(ftz_area_aliases(parent.name, row["name"], extra))
            weak = [a for a in extra if a.endswith("片区") and a[:-2] in city_shorts]
            extra = [a for a in extra if a not in weak]
            kind = "free_trade"
        elif sub_kind == "bonded_area":
            kind = "comprehensive_bonded"
        elif sub_kind == "sub_park":
            kind = parent.kind
        else:
            kind = "other"
        zid = own.get(name, parent.id.split(":")[1][:2] + classes["own_classes"][sub_kind])
        zones[zid] = Zone(
            id=zid, name=name, kind=kind, level=row["level"], province=row["province"], city=row["city"] or None,
            approved_year=_year(row["approved_year"]), extra_aliases=extra, weak_extra=weak, short_name=row["name"],
            parent_id=parent.id, source=row["source"], source_quality=row["source_quality"], sub_kind=sub_kind,
        )
        by_name[name] = zones[zid]


def build_rows(zones: dict[str, Zone], places: Places, extra_places: list[dict[str, str]]) -> list[dict]:
    curated = read_tsv(DATA_DIR / "curated_aliases.tsv")
    actions: dict[str, dict[str, set[str]]] = {a: defaultdict(set) for a in ("add", "remove", "weak")}
    for r in curated:
        actions[r["action"]][r["zone"]].add(r["alias"])
    adds, removes, weak_adds = actions["add"], actions["remove"], actions["weak"]
    known = {z.name for z in zones.values()}
    not_names = {a for r in extra_places for a in (r["name"], *r["aliases"].split("|"), *r["weak_aliases"].split("|")) if a}
    for action in actions.values():
        if set(action) - known:
            raise SystemExit(f"curated_aliases.tsv: unknown zones {sorted(set(action) - known)}")
    official = {normalise_key(z.name): z.id for z in zones.values()}
    claimed_by_child: dict[str, set[str]] = defaultdict(set)
    own: dict[str, set[str]] = {}
    rows = []
    for z in zones.values():
        prov = places.province_forms(z.province)
        city = places.city_forms(z.province, z.city)
        if z.sub_kind:
            aliases, weak = set(z.extra_aliases) | {z.name}, set(z.weak_extra)
        else:
            aliases, weak = zone_aliases(z.name, z.level == "national", prov, city, places.county_forms(z.province, z.county))
            aliases |= set(z.extra_aliases)
            own[z.id] = own_name(z, places, not_names)
        aliases = (aliases | adds[z.name]) - removes[z.name]
        weak |= weak_adds[z.name]
        # an alias that is another zone's official name belongs to that zone only
        aliases = {a for a in aliases if official.get(normalise_key(a), z.id) == z.id}
        weak -= aliases
        if z.parent_id:
            claimed_by_child[z.parent_id] |= aliases
        rows.append({"z": z, "aliases": aliases, "weak": weak})
    strong = {a for r in rows for a in r["aliases"]}
    out = []
    for r in rows:
        z = r["z"]
        r["weak"] |= own.get(z.id, set()) - strong  # 中关村 stays the park's alone
        aliases = r["aliases"] - (claimed_by_child.get(z.id, set()) - {z.name})
        short = z.short_name or _default_short(z, aliases)
        out.append({
            "id": z.id, "name": z.name, "kind": z.kind, "level": z.level, "province": z.province,
            "city": z.city, "county": z.county, "approved_year": z.approved_year,
            "short_name": short, "aliases": sorted(aliases), "weak_aliases": sorted(r["weak"]),
            "parent_id": z.parent_id, "superseded_by": z.superseded_by, "source": z.source, "source_quality": z.source_quality,
        })
    out.sort(key=lambda r: r["id"])
    return out


def own_name(z: Zone, places: Places, not_names: set[str]) -> set[str]:
    """The zone's own name without its places and suffix (上海金桥经济技术开发区 → 金桥), as a weak alias:
    the gazetteer proposes it only in a text naming the zone in full. None when it is a place of the
    zone's province, a place of `not_names` (湘江 of 湖南湘江新区), not all Chinese, a run of common,
    industry and generic zone words (循环经济, 新材料) or holds a generic part of alias_rules.json (空港, 特色)."""
    stem, rule = split_suffix(load_rules().trailing_note.sub("", z.name))
    if rule is None:
        return set()
    prov = places.province_forms(z.province) or ()
    prefixes = sorted({f for f in (*prov, *places.forms_in(z.province)) if f}, key=len, reverse=True)
    while cut := next((len(p) for p in prefixes if stem.startswith(p) and len(stem) - len(p) >= 2), 0):
        stem = stem[cut:]
    rules = load_rules().own_name
    if not rules["min_chars"] <= len(stem) <= rules["max_chars"] or not all(map(is_cjk, stem)):
        return set()
    if stem in prefixes or stem in not_names or generic_name(stem) or any(w in stem for w in rules["generic_parts"]):
        return set()
    return {stem}


@lru_cache(maxsize=1)
def _generic_words() -> tuple[WordSet, WordSet]:
    return WordSet(read_words("industry_words.txt")), WordSet(read_words("zone_generic_bodies.txt"))


def generic_name(stem: str) -> bool:
    """True if `stem` reads as common, industry and generic zone words (循环经济, 新材料, 产业转移)."""
    return cover(stem, _generic_words(), common_words()) is not None


def _default_short(z: Zone, aliases: set[str]) -> str:
    stem, rule = split_suffix(load_rules().trailing_note.sub("", z.name))
    if rule is None:
        return z.name
    for form in (z.province or "", (z.province or "")[:2]):
        if form and stem.startswith(form) and len(stem) > len(form) + 1:
            stem = stem[len(form):]
            break
    short = stem + rule.variants[0]
    return short if short in aliases else z.name


PLACE_COLUMNS = ("id", "name", "level", "province", "city", "parent_id", "aliases", "weak_aliases", "source")


def place_word_uses(places: Places, corpora: Path) -> dict[str, tuple[int, int, int]]:
    """(place, bare word, bare in-word) uses of every place short form and two-character name in annotated news.

    See `place_common_word_test` in alias_rules.json; jieba segments the text around bare occurrences.
    """
    import ahocorasick  # build-time only, like jieba below
    import jieba

    jieba.setLogLevel(60)
    test = json.loads((DATA_DIR / "alias_rules.json").read_text(encoding="utf-8"))["place_common_word_test"]
    place_labels = set(test["place_labels"])
    rests: dict[str, set[str]] = defaultdict(set)
    for p in places.by_code.values():
        if p.short:
            rests[p.short].add(p.name[len(p.short):])
        if len(p.name) == 2:
            rests[p.name].add("")
    automaton = ahocorasick.Automaton()
    for form in rests:
        automaton.add_word(form, form)
    automaton.make_automaton()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for name in test["corpora"]:
        with (corpora / name).open(encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                _count_uses(doc["text"], doc["entities"], automaton, rests, place_labels, counts, jieba.cut)
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


def _count_uses(
    text: str, entities: list[dict], automaton: object, rests: dict[str, set[str]], place_labels: set[str],
    counts: dict[str, list[int]], cut: Callable[[str], Iterable[str]],
) -> None:
    """Add one document's place, bare-word and bare in-word uses of each form to `counts`."""
    cover: list[int | None] = [None] * len(text)
    for k, e in enumerate(entities):
        cover[e["start"]:e["end"]] = [k] * (min(e["end"], len(text)) - e["start"])
    bounds: set[int] | None = None
    for last, form in automaton.iter(text):  # type: ignore[attr-defined]
        start, end = last + 1 - len(form), last + 1
        c = counts[form]
        if any(r and text.startswith(r, end) for r in rests[form]):
            c[0] += 1
            continue
        inside = {cover[i] for i in range(start, end)}
        if inside == {None}:
            if bounds is None:
                bounds, i = {0}, 0
                for word in cut(text):
                    i += len(word)
                    bounds.add(i)
            c[1 if start in bounds and end in bounds else 2] += 1
        elif len(inside) == 1:
            e = entities[inside.pop()]  # type: ignore[index]
            if e["label"] in place_labels and (start == e["start"] or text[start - 1] in "省市县区州盟旗"):
                c[0] += 1


def weak_place_forms(places: Places, uses: dict[str, tuple[int, int, int]]) -> set[str]:
    """Short forms (and two-character names) that general news uses more as words than as places."""
    test = json.loads((DATA_DIR / "alias_rules.json").read_text(encoding="utf-8"))["place_common_word_test"]
    levels: dict[str, set[str]] = defaultdict(set)
    for p in places.by_code.values():
        for form in (p.short, p.name if len(p.name) == 2 else None):
            if form:
                levels[form].add(p.level)
    in_word_levels = set(test["in_word_levels"])

    def is_weak(form: str, place: int, word: int, in_word: int) -> bool:
        as_word = word >= test["min_word_uses"] and word > place
        in_words = in_word >= test["min_in_word_uses"] and in_word > test["in_word_ratio"] * place
        return as_word or (in_words and levels[form] <= in_word_levels)

    return {form for form, counts in uses.items() if is_weak(form, *counts)}


AUTONOMOUS_ENDINGS = ("自治州", "自治县")


def place_rows(places: Places, weak: set[str]) -> list[list[str]]:
    rows = []
    for p in sorted(places.by_code.values(), key=lambda p: p.code):
        code = p.code.ljust(6, "0")
        parent = "" if p.level == "province" else "NBS:" + p.parent.ljust(6, "0")
        aliases = [p.short] if p.short and p.short not in weak else []
        if p.short and p.name.endswith(AUTONOMOUS_ENDINGS) and len(p.short) >= 2:
            aliases.append(p.short + p.name[-1])  # 黔南州, 长阳县: the usual short form of 自治州/县
        weak_forms = [f for f in (p.short, p.name) if f and f in weak]
        city = p.city if p.level != "province" else ""
        rows.append([f"NBS:{code}", p.name, p.level, p.province, city or "", parent, "|".join(aliases),
                     "|".join(weak_forms), "NBS 2023 division codes"])
    return rows


def extra_place_rows(
    extra_places: list[dict[str, str]], names_taken: set[str], zone_aliases_taken: set[str]
) -> list[list[str]]:
    """Rows of places_extra.tsv (countries, world cities, regions, rivers …): an alias that is a zone alias is weak."""
    rows = []
    for r in extra_places:
        aliases = [a for a in r["aliases"].split("|") if a]
        weak = [a for a in r["weak_aliases"].split("|") if a] + [a for a in aliases if normalise_key(a) in zone_aliases_taken]
        if normalise_key(r["name"]) in zone_aliases_taken:
            weak.append(r["name"])
        if r["id"] in names_taken:
            raise SystemExit(f"places_extra.tsv: duplicate id {r['id']}")
        names_taken.add(r["id"])
        rows.append([r["id"], r["name"], r["level"], r["province"], "", r["parent_id"],
                     "|".join(a for a in aliases if a not in weak), "|".join(weak), r["source"]])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args()
    classes = json.loads((DATA_DIR / "gbt_classes.json").read_text(encoding="utf-8"))
    places = Places(args.shared / "admin_divisions" / "divisions_nbs2023.tsv")
    own = OwnIds(DATA_DIR / "own_ids.tsv")
    zones = load_gbt(args.shared, places, classes)
    merge_national(args.shared, zones, places, classes, own)
    add_subareas(zones, own, classes, places)
    mark_upgrades(zones)
    extra_places = read_tsv(DATA_DIR / "places_extra.tsv")
    rows = build_rows(zones, places, extra_places)
    with (args.out / "zones.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if v not in (None, [], "")}, ensure_ascii=False) + "\n")
    weak = weak_place_forms(places, place_word_uses(places, args.shared / "corpora"))
    nbs = place_rows(places, weak)
    zone_keys = {normalise_key(a) for r in rows for a in (r["name"], *r["aliases"], *r["weak_aliases"])}
    extra = extra_place_rows(extra_places, {r[0] for r in nbs}, zone_keys)
    with (args.out / "places.tsv").open("w", encoding="utf-8") as f:
        f.write(f"# {NBS_SOURCE} and places_extra.tsv; short forms by alias_rules.json, weak = lookup only\n")
        f.write("\t".join(PLACE_COLUMNS) + "\n")
        for r in nbs + extra:
            f.write("\t".join(r) + "\n")
    print(f"place forms made weak (common words): {len(weak)}; extra places: {len(extra)}")
    own.save()
    counts = Counter((r["kind"], r["level"]) for r in rows)
    for (kind, level), n in sorted(counts.items()):
        print(f"{kind:24s} {level:10s} {n:5d}")
    print(f"zones {len(rows)}  aliases {sum(len(r['aliases']) for r in rows)}  places {len(places.by_code)}")


if __name__ == "__main__":
    main()
