"""The knowledge table: zones (GB/T 37028-2018 and own ids), places (NBS 2023), user rows."""

from __future__ import annotations

import csv
import difflib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from zone_ner.linking.aliases import (
    DATA_DIR,
    bracket_variants,
    normalise_key,
    zone_aliases,
)
from zone_ner.text.automaton import Automaton

LABELS = ("ZONE", "LOC", "COMPANY")
_CACHE: dict[Path, KnowledgeTable] = {}
_EXTENDED: dict[tuple[str, tuple[str, ...]], KnowledgeTable] = {}


@dataclass(frozen=True)
class Entry:
    """One row: a zone, a place (label LOC, kind province|prefecture|county) or a user company."""

    id: str
    name: str
    label: str = "ZONE"
    kind: str | None = None
    level: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    approved_year: int | None = None
    short_name: str | None = None
    aliases: tuple[str, ...] = ()
    weak_aliases: tuple[str, ...] = field(default=(), repr=False)
    parent_id: str | None = None
    superseded_by: str | None = None
    source: str = field(default="", repr=False)
    source_quality: str = field(default="", repr=False)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict without empty fields."""
        out = {k: getattr(self, k) for k in self.__dataclass_fields__}
        return {k: list(v) if isinstance(v, tuple) else v for k, v in out.items() if v not in (None, (), "")}


class KnowledgeTable:
    """Zones and places indexed by id and by normalised alias (several ids per alias when ambiguous)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._by_id: dict[str, Entry] = {}
        self._index: dict[str, list[str]] = {}
        self._automaton: Automaton | None = None
        self._by_city: dict[str, list[Entry]] | None = None
        for entry in entries:
            self._add(entry)

    def _add(self, entry: Entry) -> None:
        self._by_id[entry.id] = entry
        index, kb_id = self._index, entry.id
        for alias in (entry.name, *entry.aliases, *entry.weak_aliases):
            key = alias if alias.isalnum() else normalise_key(alias)
            ids = index.get(key)
            if ids is None:
                index[key] = [kb_id]
            elif ids[-1] != kb_id and kb_id not in ids:
                ids.append(kb_id)
        self._automaton = None
        self._by_city = None

    @classmethod
    def load(cls, path: Path | None = None) -> KnowledgeTable:
        """The table in `path` (a directory with zones.jsonl/places.tsv, or one JSONL/TSV file); default: shipped.

        Loaded tables are cached per path and shared: use `extend_from_file` (which returns a copy) to add rows.
        """
        key = (path or DATA_DIR).resolve()
        if key not in _CACHE:
            if key.is_dir():
                entries = list(_read_zones(key / "zones.jsonl")) + list(_read_places(key / "places.tsv"))
                _CACHE[key] = cls(entries)
            else:
                _CACHE[key] = cls.load().extend_from_file(key)
        return _CACHE[key]

    def get(self, kb_id: str) -> Entry | None:
        """The entry with this id, or None."""
        return self._by_id.get(kb_id)

    def __contains__(self, kb_id: object) -> bool:
        return kb_id in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def lookup(self, alias: str, label: str | None = None) -> list[Entry]:
        """Every entry with this exact alias (after whitespace/bracket normalisation); national zones first."""
        ids = self._index.get(normalise_key(alias), ())
        entries = [self._by_id[i] for i in ids]
        if label:
            entries = [e for e in entries if e.label == label]
        return sorted(entries, key=lambda e: (e.level != "national", e.id))

    def entries(self, label: str | None = None) -> Iterator[Entry]:
        """All entries (of one label)."""
        return (e for e in self._by_id.values() if label is None or e.label == label)

    def children(self, kb_id: str) -> list[Entry]:
        """Sub-areas whose parent is `kb_id`."""
        return [e for e in self._by_id.values() if e.parent_id == kb_id]

    def national_zones_in(self, city: str) -> list[Entry]:
        """Top-level national zones whose city is `city` (index built once per table)."""
        if self._by_city is None:
            index: dict[str, list[Entry]] = {}
            for e in self._by_id.values():
                if e.label == "ZONE" and e.level == "national" and not e.parent_id and e.city:
                    index.setdefault(e.city, []).append(e)
            self._by_city = index
        return self._by_city.get(city, [])

    def alias_items(self) -> Iterator[tuple[str, str, str]]:
        """(alias, kb_id, label) for the gazetteer: names and aliases, weak aliases left out."""
        for e in self._by_id.values():
            seen = set(e.weak_aliases)
            for alias in (e.name, *e.aliases):
                if alias not in seen:
                    seen.add(alias)
                    yield alias, e.id, e.label

    def zone_automaton(self) -> Automaton:
        """Aho-Corasick automaton over zone aliases: values (length, alias key) (built once per table)."""
        if self._automaton is None:
            self._automaton = Automaton(
                (alias, (len(alias), alias)) for alias, _, label in self.alias_items() if label == "ZONE" and len(alias) >= 3
            )
        return self._automaton

    def search(self, text: str, limit: int = 10) -> list[Entry]:
        """Entries whose name or alias contains `text` (best first); fuzzy name matches when none do."""
        query = normalise_key(text)
        scored: dict[str, tuple[int, int]] = {}
        for alias, ids in self._index.items():
            if query in alias:
                rank = 0 if alias == query else 1 if alias.startswith(query) else 2
                for i in ids:
                    best = scored.get(i)
                    score = (rank, len(alias))
                    if best is None or score < best:
                        scored[i] = score
        if scored:
            order = sorted(scored, key=lambda i: (*scored[i], self._by_id[i].level != "national", i))
            return [self._by_id[i] for i in order[:limit]]
        names = {normalise_key(e.name): e.id for e in self._by_id.values()}
        close = difflib.get_close_matches(query, list(names), n=limit, cutoff=0.6)
        return [self._by_id[names[n]] for n in close]

    def extend_from_file(self, path: Path) -> KnowledgeTable:
        """A copy of this table with the rows of a user TSV (header row) or JSONL file added.

        Columns/keys: name (required), id, label (ZONE|COMPANY|LOC, default ZONE), kind, level, province,
        city, county, approved_year, aliases ("|"-separated in TSV, list in JSONL), parent_id, source.
        Zone rows get rule-generated aliases; a row whose id exists adds its aliases to that entry.
        """
        table = KnowledgeTable(())
        table._by_id = dict(self._by_id)
        table._index = {key: list(ids) for key, ids in self._index.items()}
        for row in _read_user_rows(Path(path)):
            table._add_user_row(row, str(path))
        return table

    def _add_user_row(self, row: dict[str, object], origin: str) -> None:
        name = str(row.get("name") or "").strip()
        if not name:
            raise ValueError(f"{origin}: a row without a name: {row}")
        label = str(row.get("label") or "ZONE").upper()
        if label not in LABELS:
            raise ValueError(f"{origin}: unknown label {label!r} for {name}")
        aliases = row.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a for a in aliases.split("|") if a]
        given = {str(a).strip() for a in aliases if str(a).strip()}
        kb_id = str(row.get("id") or f"USER:{name}")
        old = self._by_id.get(kb_id)
        if old is not None:
            self._add(replace(old, aliases=tuple(sorted(set(old.aliases) | given))))
            return
        province, city = _opt(row.get("province")), _opt(row.get("city"))
        if label == "ZONE":
            national = row.get("level") == "national"
            generated, weak = zone_aliases(name, national, self._place_forms(province), self._place_forms(city))
        else:
            generated, weak = set().union(*(bracket_variants(a) for a in given | {name})), set()
        year = row.get("approved_year")
        self._add(Entry(
            id=kb_id, name=name, label=label, kind=_opt(row.get("kind")), level=_opt(row.get("level")),
            province=province, city=city, county=_opt(row.get("county")),
            approved_year=int(year) if year not in (None, "") else None,  # type: ignore[arg-type]
            short_name=_opt(row.get("short_name")), aliases=tuple(sorted((generated | given) - {name})),
            weak_aliases=tuple(sorted(weak)), parent_id=_opt(row.get("parent_id")),
            source=str(row.get("source") or f"user file {origin}"), source_quality=str(row.get("source_quality") or "user"),
        ))

    def _place_forms(self, name: str | None) -> tuple[str, str | None] | None:
        if not name:
            return None
        place = next((e for e in self.lookup(name, "LOC") if e.name == name), None)
        return (place.name, place.aliases[0] if place and place.aliases else None) if place else (name, None)


def _opt(value: object) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def _read_zones(path: Path) -> Iterator[Entry]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            yield Entry(
                id=r["id"], name=r["name"], label=r.get("label", "ZONE"), kind=r.get("kind"), level=r.get("level"),
                province=r.get("province"), city=r.get("city"), county=r.get("county"),
                approved_year=r.get("approved_year"), short_name=r.get("short_name"),
                aliases=tuple(r.get("aliases", ())), weak_aliases=tuple(r.get("weak_aliases", ())),
                parent_id=r.get("parent_id"), superseded_by=r.get("superseded_by"), source=r.get("source", ""), source_quality=r.get("source_quality", ""),
            )


def _read_places(path: Path) -> Iterator[Entry]:
    with path.open(encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    col = {name: i for i, name in enumerate(lines[0])}
    i_id, i_name, i_level, i_prov, i_city, i_parent, i_alias = (
        col[c] for c in ("id", "name", "level", "province", "city", "parent_id", "aliases")
    )
    i_weak, i_source = col.get("weak_aliases"), col.get("source")
    for r in lines[1:]:
        source = r[i_source] if i_source is not None and r[i_source] else "NBS 2023 division codes"
        yield Entry(
            id=r[i_id], name=r[i_name], label="LOC", kind=r[i_level], province=r[i_prov] or None,
            city=r[i_city] or None, parent_id=r[i_parent] or None,
            aliases=tuple(a for a in r[i_alias].split("|") if a),
            weak_aliases=tuple(a for a in r[i_weak].split("|") if a) if i_weak is not None else (),
            source=source,
            source_quality="A: official statistics codes" if source.startswith("NBS") else "B: general knowledge",
        )


def _read_user_rows(path: Path) -> Iterator[dict[str, object]]:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() in (".jsonl", ".json"):
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:{n}: not JSON: {err}") from err
        return
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t")


def load_table(kb_path: str = "", kb_extra: Iterable[str] = ()) -> KnowledgeTable:
    """The shipped table (or `kb_path`) extended with the user's `kb_extra` files, as components configure it.

    Cached per (kb_path, kb_extra) so that the gazetteer, the linker and the record builder share one table.
    """
    key = (str(kb_path), tuple(str(Path(e).resolve()) for e in kb_extra))
    if key not in _EXTENDED:
        table = KnowledgeTable.load(Path(kb_path) if kb_path else None)
        for extra in key[1]:
            table = table.extend_from_file(Path(extra))
        _EXTENDED[key] = table
    return _EXTENDED[key]
