"""`zone-ner evaluate` end to end on a predictions file derived from real gold documents."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from zone_ner.cli import evaluate as cli
from zone_ner.eval import backends
from zone_ner.eval.readers import to_json, write_jsonl
from zone_ner.eval.types import Span

GOLD_SAMPLE = Path(__file__).resolve().parent / "data" / "gold_sample.jsonl"


def damaged_predictions(gold_docs, path):
    """Gold with four known errors: one span dropped, one relabelled, one cut short, one invented."""
    first, second = gold_docs
    dropped = first.spans[0]
    first.spans = first.spans[1:]
    s0, s1 = second.spans[0], second.spans[1]
    assert s1.end - s1.start >= 2 and s0.label != "LOC"
    relabelled = Span(s0.start, s0.end, "LOC", s0.text)
    shortened = Span(s1.start, s1.end - 1, s1.label, s1.text[:-1])
    taken = {i for s in second.spans for i in range(s.start, s.end)}
    gap = next(i for i in range(len(second.text) - 1) if i not in taken and i + 1 not in taken)
    invented = Span(gap, gap + 2, "PERSON", second.text[gap:gap + 2])
    second.spans = sorted([relabelled, shortened, *second.spans[2:], invented], key=lambda s: s.start)
    write_jsonl(gold_docs, path)
    return dropped, relabelled


def run_cli(*argv: str) -> int:
    parser = cli.argparse.ArgumentParser()
    sub = parser.add_subparsers()
    cli.register(sub)
    args = parser.parse_args(["evaluate", *argv])
    return args.handler(args)


def test_json_report_of_a_predictions_file(tmp_path, gold_docs):
    total = sum(len(d.spans) for d in gold_docs)
    damaged_predictions(gold_docs, tmp_path / "sys.jsonl")
    out = tmp_path / "report.json"
    assert run_cli(str(GOLD_SAMPLE), "--predictions", str(tmp_path / "sys.jsonl"), "--format", "json",
                   "--out", str(out), "--bootstrap", "100", "--seed", "3") == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    system = report["pipelines"]["sys"]
    for k in ("precision", "recall", "f1", "support", "strict", "exact", "partial", "type",
              "ci", "confusion", "linking", "records", "labels", "errors"):
        assert k in system
    strict, exact, partial = (system[s]["micro"] for s in ("strict", "exact", "partial"))
    assert (strict["correct"], strict["incorrect"], strict["missed"], strict["spurious"]) == (total - 3, 2, 1, 1)
    assert (exact["correct"], exact["incorrect"]) == (total - 2, 1)
    assert (partial["correct"], partial["partial"]) == (total - 2, 1)
    assert system["support"] == total
    assert system["precision"] == pytest.approx((total - 3) / total)
    assert system["records"]["documents"] == 2
    assert system["records"]["officials"]["name_titles"]["f1"] == 1.0
    low, high = system["ci"]["strict"]["micro"]["f1"]
    assert low <= system["f1"] <= high
    kinds = sorted(e["kind"] for e in system["errors"])
    assert kinds == sorted(["missed", "wrong_type", "boundary", "spurious"])
    assert report["gold"]["documents"] == 2 and not report["skipped"]


def test_markdown_and_table_reports(tmp_path, gold_docs, capsys):
    damaged_predictions(gold_docs, tmp_path / "sys.jsonl")
    assert run_cli(str(GOLD_SAMPLE), "--predictions", str(tmp_path / "sys.jsonl"), "--format", "markdown",
                   "--bootstrap", "0") == 0
    markdown = capsys.readouterr().out
    assert "| system | docs | P | R | F1 |" in markdown
    assert "### sys: per label (%)" in markdown and "| ZONE |" in markdown
    assert run_cli(str(GOLD_SAMPLE), "--predictions", str(tmp_path / "sys.jsonl"), "--bootstrap", "0") == 0
    table = capsys.readouterr().out
    assert "Overview" in table and "sys: type confusion" in table


class ResourceFinder(HTMLParser):
    """Collects every attribute that could load something, and every <script>/<link>/<img>."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.loads += [v for k, v in attrs if k in {"src", "href", "xlink:href", "data", "srcset"} and v]


def test_html_report_is_self_contained(tmp_path, gold_docs):
    damaged_predictions(gold_docs, tmp_path / "sys.jsonl")
    out = tmp_path / "report.html"
    assert run_cli(str(GOLD_SAMPLE), "--predictions", str(tmp_path / "sys.jsonl"), "--format", "html",
                   "--out", str(out), "--bootstrap", "50") == 0
    page = out.read_text(encoding="utf-8")
    finder = ResourceFinder()
    finder.feed(page)
    assert finder.loads == []
    assert not finder.tags & {"script", "link", "img", "iframe", "object"}
    style = page[page.index("<style>"):page.index("</style>")]
    assert "url(" not in style and "@import" not in style
    assert "<svg" in page and page.count("<rect") >= 7  # one bar per label
    assert "<mark>" in page and "missed" in page


def test_manifest_without_shared_data_exits_1_naming_the_file(tmp_path, capsys):
    path = tmp_path / "manifest.jsonl"
    path.write_text(json.dumps({"id": "news:0132_xwlb", "source": {"path": "news/0132_xwlb.txt"}, "spans": []}) + "\n",
                    encoding="utf-8")
    assert cli.main([str(path), "--predictions", str(GOLD_SAMPLE)]) == 1
    err = capsys.readouterr().err
    assert "manifest.jsonl:1" in err and "--shared-data" in err


def test_unavailable_pipelines_are_skipped_and_none_left_is_an_error(tmp_path, capsys):
    assert cli.main([str(GOLD_SAMPLE), "--pipeline", str(tmp_path / "no-such-pipeline")]) == 1
    err = capsys.readouterr().err
    assert "skipping" in err and "nothing to evaluate" in err


def test_a_registered_backend_is_selectable_by_name(tmp_path, gold_docs, monkeypatch, capsys):
    class Oracle:
        """Predicts the gold spans of the sample (by text) except every TITLE."""

        def __init__(self):
            self.by_text = {d.text: [s for s in d.spans if s.label != "TITLE"] for d in gold_docs}

        def pipe(self, texts):
            return ([{"start": s.start, "end": s.end, "label": s.label} for s in self.by_text.get(t, [])] for t in texts)

    monkeypatch.setitem(backends._REGISTRY, "oracle", Oracle)
    assert run_cli(str(GOLD_SAMPLE), "--pipeline", "oracle", "--format", "json", "--bootstrap", "0") == 0
    system = json.loads(capsys.readouterr().out)["pipelines"]["oracle"]
    titles = sum(s.label == "TITLE" for d in gold_docs for s in d.spans)
    assert system["strict"]["micro"]["missed"] == titles
    assert system["precision"] == 1.0
    assert system["labels"]["TITLE"]["recall"] == 0.0
    assert system["speed"]["chars_per_second"] > 0


def test_predictions_aligned_by_position_when_ids_differ(tmp_path, gold_docs):
    rows = [to_json(d) | {"id": f"other-{i}"} for i, d in enumerate(gold_docs)]
    path = tmp_path / "renamed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "r.json"
    assert run_cli(str(GOLD_SAMPLE), "--predictions", str(path), "--format", "json", "--out", str(out),
                   "--bootstrap", "0") == 0
    assert json.loads(out.read_text(encoding="utf-8"))["pipelines"]["renamed"]["f1"] == 1.0


def test_subset_scores_only_the_documents_the_predictions_hold(tmp_path, gold_docs):
    write_jsonl(gold_docs[1:], tmp_path / "second.jsonl")
    args = [str(GOLD_SAMPLE), "--predictions", str(tmp_path / "second.jsonl"), "--format", "json",
            "--out", str(tmp_path / "r.json"), "--bootstrap", "0"]
    assert cli.main(args) == 1
    assert cli.main([*args, "--subset"]) == 0
    system = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["pipelines"]["second"]
    assert (system["documents"], system["f1"], system["support"]) == (1, 1.0, len(gold_docs[1].spans))


def test_predictions_for_another_text_are_refused(tmp_path, gold_docs, capsys):
    gold_docs[0].text = gold_docs[0].text.replace("，", ",", 1)
    write_jsonl(gold_docs, tmp_path / "other.jsonl")
    assert cli.main([str(GOLD_SAMPLE), "--predictions", str(tmp_path / "other.jsonl"), "--bootstrap", "0"]) == 1
    assert "differs from gold" in capsys.readouterr().err


def test_map_labels_renames_gold_and_prediction_labels(tmp_path, gold_docs):
    for doc in gold_docs:
        doc.spans = [Span(s.start, s.end, {"PERSON": "PER"}.get(s.label, s.label), s.text) for s in doc.spans]
    write_jsonl(gold_docs, tmp_path / "per.jsonl")
    out = tmp_path / "r.json"
    args = [str(tmp_path / "per.jsonl"), "--predictions", str(GOLD_SAMPLE), "--format", "json", "--out", str(out),
            "--bootstrap", "0"]
    assert cli.main(args) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["pipelines"]["gold_sample"]["labels"]["PERSON"]["recall"] == 0.0
    assert cli.main([*args, "--map-labels", "PER=PERSON,TITLE="]) == 0
    system = json.loads(out.read_text(encoding="utf-8"))["pipelines"]["gold_sample"]
    assert system["f1"] == 1.0 and "TITLE" not in system["labels"] and "PER" not in system["labels"]


def test_official_titles_picks_the_gold_records_convention(tmp_path):
    """A title moved to former_titles is wrong for `current` and right for `all`."""
    lines = [json.loads(line) for line in GOLD_SAMPLE.read_text(encoding="utf-8").splitlines()]
    official = next(o for d in lines for o in d["records"]["officials"] if o["titles"])
    official["former_titles"] = [official["titles"].pop()]
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines), encoding="utf-8")
    out = tmp_path / "r.json"
    args = [str(GOLD_SAMPLE), "--predictions", str(pred), "--format", "json", "--out", str(out), "--bootstrap", "0"]
    assert cli.main(args) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["pipelines"]["pred"]["records"]["officials"]["name_titles"]["f1"] < 1
    assert cli.main([*args, "--official-titles", "all"]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["settings"]["official_titles"] == "all"
    assert report["pipelines"]["pred"]["records"]["officials"]["name_titles"]["f1"] == 1.0
