"""Fill "kb_id" of corpus ZONE/LOC spans from "kb_name" or an unambiguous surface; or evaluate the linker.

    python scripts/link_corpus.py corpus/dev.jsonl corpus/test.jsonl            # report only (dry run)
    python scripts/link_corpus.py corpus/*.jsonl --in-place                      # write kb_id into the files
    python scripts/link_corpus.py corpus/dev.jsonl corpus/test.jsonl --evaluate  # linking accuracy, gold entities
    python scripts/link_corpus.py corpus/dev.jsonl corpus/test.jsonl --evaluate --pipeline  # end to end

A span's "kb_name" (official full name, or any alias that names one zone) wins over its surface; a
span without kb_name is filled only when its surface has exactly one candidate. Existing kb_id values
are kept unless --overwrite. Unresolved spans are listed on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from zone_ner.linking.aliases import normalise_key
from zone_ner.linking.candidates import candidates
from zone_ner.linking.kb import KnowledgeTable

CONTAINERS = ("ORG", "TITLE", "PROJECT", "COMPANY", "PERSON", "ZONE", "LOC")


def id_for_name(name: str, table: KnowledgeTable) -> str | None:
    """The id of the entry whose official name is `name`, else of the single entry with that alias."""
    found = table.lookup(name, "ZONE")
    exact = [e for e in found if normalise_key(e.name) == normalise_key(name)]
    if len(exact) == 1:
        return exact[0].id
    return found[0].id if len(found) == 1 else None


def fill(doc: dict, table: KnowledgeTable, overwrite: bool, unresolved: list[str]) -> int:
    """Set kb_id on the doc's ZONE spans; returns how many were set."""
    changed = 0
    for span in doc["spans"]:
        if span["label"] != "ZONE" or (span.get("kb_id") and not overwrite):
            continue
        surface = doc["text"][span["start"]:span["end"]]
        kb_id = id_for_name(span["kb_name"], table) if span.get("kb_name") else None
        if kb_id is None and not span.get("kb_name"):
            cands = candidates(surface, table)
            kb_id = cands[0].id if len(cands) == 1 else None
        if kb_id is None:
            unresolved.append(f"{doc['id']}\t{surface}\t{span.get('kb_name', '')}")
            continue
        if span.get("kb_id") != kb_id:
            span["kb_id"] = kb_id
            changed += 1
    return changed


def evaluate(paths: list[Path], table: KnowledgeTable) -> None:
    """Link every gold ZONE span (gold entities as input) and compare with the gold kb_id/kb_name."""
    from zone_ner.linking.chardoc import char_doc
    from zone_ner.linking.linker import Linker

    linker = Linker(table, ["ZONE", "LOC"])
    counts: Counter[str] = Counter()
    errors = []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            doc_json = json.loads(line)
            spans = [(s["start"], s["end"], s["label"]) for s in doc_json["spans"] if s["label"] in CONTAINERS]
            doc = char_doc(doc_json["text"], spans)
            gold = {}
            for s in doc_json["spans"]:
                if s["label"] == "ZONE":
                    gold[s["start"]] = s.get("kb_id") or (id_for_name(s["kb_name"], table) if s.get("kb_name") else None)
                    if s.get("kb_name") and gold[s["start"]] is None:
                        counts["gold name not in table"] += 1
            doc = linker(doc)
            for ent in doc.ents:
                if ent.label_ != "ZONE" or ent.start_char not in gold:
                    continue
                want, got = gold[ent.start_char], ent.kb_id_ or None
                if want is None:
                    counts["nil_gold"] += 1
                    counts["nil_correct"] += got is None
                    if got is not None:
                        errors.append(f"NIL gold, linked\t{ent.text}\t{got}")
                    continue
                counts["linkable"] += 1
                got_entry = table.get(got) if got else None
                strict = got == want
                lenient = strict or (got_entry is not None and got_entry.parent_id == want)
                counts["strict"] += strict
                counts["lenient"] += lenient
                counts["predicted_nil"] += got is None
                if not lenient:
                    errors.append(f"{'NIL' if got is None else 'wrong'}\t{ent.text}\t{want}\t{got}")
            for link in doc._.zn_zone_links:
                counts["links_" + ("anaphoric" if link.anaphoric else "nested" if link.container_label else "nil")] += 1
    nil_pred = counts["nil_correct"] + counts["predicted_nil"]
    print("| measure | value |\n|---|---|")
    print(f"| linkable gold ZONE mentions | {counts['linkable']} |")
    print(f"| accuracy (exact id) | {counts['strict'] / max(1, counts['linkable']):.3f} |")
    print(f"| accuracy (id or sub-area of it) | {counts['lenient'] / max(1, counts['linkable']):.3f} |")
    print(f"| NIL gold mentions | {counts['nil_gold']} |")
    print(f"| NIL precision (predicted NIL that are NIL) | {counts['nil_correct'] / max(1, nil_pred):.3f} ({counts['nil_correct']}/{nil_pred}) |")
    print(f"| NIL recall | {counts['nil_correct'] / max(1, counts['nil_gold']):.3f} |")
    print(f"| gold kb_name not in table | {counts['gold name not in table']} |")
    print(f"| zone links: nested / anaphoric / NIL | {counts['links_nested']} / {counts['links_anaphoric']} / {counts['links_nil']} |")
    for e in errors:
        print(e, file=sys.stderr)


def evaluate_pipeline(paths: list[Path], table: KnowledgeTable) -> None:
    """Run the shipped pipeline; on gold ZONE spans it found exactly, compare its kb_id with the gold one."""
    import zone_ner

    nlp = zone_ner.load()
    counts: Counter[str] = Counter()
    for path in paths:
        for line in path.open(encoding="utf-8"):
            doc_json = json.loads(line)
            rec = nlp(doc_json["text"])
            found = {(m.start, m.end): m.kb_id for m in rec.mentions if m.label == "ZONE"}
            for s in doc_json["spans"]:
                if s["label"] != "ZONE":
                    continue
                want = s.get("kb_id") or (id_for_name(s["kb_name"], table) if s.get("kb_name") else None)
                key = "linkable" if want else "nil"
                counts[key] += 1
                if (s["start"], s["end"]) not in found:
                    continue
                got = found[(s["start"], s["end"])]
                counts[key + "_found"] += 1
                entry = table.get(got) if got else None
                counts[key + "_ok"] += got == want or (entry is not None and entry.parent_id == want)
    print("| measure | value |\n|---|---|")
    print(f"| linkable gold ZONE spans / found exactly by the pipeline | {counts['linkable']} / {counts['linkable_found']} |")
    print(f"| linking accuracy on those found (id or sub-area) | {counts['linkable_ok'] / max(1, counts['linkable_found']):.3f} |")
    print(f"| NIL gold spans / found / left NIL | {counts['nil']} / {counts['nil_found']} / {counts['nil_ok']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--in-place", action="store_true", help="rewrite the files (default: report only)")
    parser.add_argument("--overwrite", action="store_true", help="replace existing kb_id values")
    parser.add_argument("--evaluate", action="store_true", help="report linking accuracy against the gold kb ids")
    parser.add_argument("--pipeline", action="store_true", help="with --evaluate: run the shipped pipeline end to end")
    parser.add_argument("--kb-extra", action="append", default=[], type=Path, metavar="FILE")
    args = parser.parse_args()
    table = KnowledgeTable.load()
    for extra in args.kb_extra:
        table = table.extend_from_file(extra)
    if args.evaluate:
        (evaluate_pipeline if args.pipeline else evaluate)(args.paths, table)
        return
    for path in args.paths:
        unresolved: list[str] = []
        docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        changed = sum(fill(d, table, args.overwrite, unresolved) for d in docs)
        if args.in_place:
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        print(f"{path}: {changed} kb_id {'set' if args.in_place else 'to set'}, {len(unresolved)} unresolved")
        for u in unresolved:
            print("  unresolved\t" + u, file=sys.stderr)


if __name__ == "__main__":
    main()
