"""run_batch on every kind of input with the real "fast" pipeline: one line per document, the right status."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_inputs import HTML_PAGE, SENTENCE, Inputs, by_source, read_output

from zone_ner import DocumentRecord
from zone_ner.batch import run_batch


@pytest.fixture
def run_rows(mixed_inputs: Inputs, tmp_path: Path) -> dict[str, dict]:
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(mixed_inputs.root)], out, pipeline="fast", workers=1, progress=False)
    rows = by_source(read_output(out))
    assert (summary.ok, summary.errors) == (
        sum(s == "ok" for s in mixed_inputs.expected.values()),
        sum(s == "error" for s in mixed_inputs.expected.values()),
    )
    return rows


def test_one_line_per_document_with_the_expected_status(mixed_inputs: Inputs, run_rows: dict[str, dict]) -> None:
    assert {source: row["status"] for source, row in run_rows.items()} == mixed_inputs.expected


def test_ok_lines_carry_a_valid_record_and_errors_a_reason(run_rows: dict[str, dict]) -> None:
    for row in run_rows.values():
        if row["status"] == "ok":
            record = DocumentRecord.model_validate({k: v for k, v in row.items() if k in DocumentRecord.model_fields})
            assert record.id == row["doc_id"] and row["error"] is None
        else:
            assert isinstance(row["error"], str) and len(row["error"]) > 5


def test_doc_id_is_the_record_id_else_the_path_else_path_line(mixed_inputs: Inputs, run_rows: dict[str, dict]) -> None:
    jsonl = mixed_inputs.root / "docs.jsonl"
    assert run_rows[f"{jsonl}:1"]["doc_id"] == "rec-1"
    assert run_rows[f"{jsonl}:3"]["doc_id"] == f"{jsonl}:3"
    assert run_rows[f"{jsonl}:5"]["doc_id"] == "no-text"
    assert run_rows[str(mixed_inputs.root / "utf8.txt")]["doc_id"] == str(mixed_inputs.root / "utf8.txt")


def test_error_reasons_name_the_problem(mixed_inputs: Inputs, run_rows: dict[str, dict]) -> None:
    root, jsonl = mixed_inputs.root, mixed_inputs.root / "docs.jsonl"
    reasons = {
        root / "empty.txt": "empty",
        root / "blank.txt": "empty",
        root / "image.png": "not text",
        f"{jsonl}:4": "malformed JSON",
        f"{jsonl}:5": "no `text` field",
        f"{jsonl}:6": "expected an object",
        f"{jsonl}:7": "not a string",
    }
    for source, words in reasons.items():
        assert words in run_rows[str(source)]["error"], (source, run_rows[str(source)]["error"])


def test_legacy_encodings_are_decoded(mixed_inputs: Inputs, run_rows: dict[str, dict]) -> None:
    assert run_rows[str(mixed_inputs.root / "gb18030.txt")]["length"] == 3 * len(SENTENCE)
    assert run_rows[str(mixed_inputs.root / "big5.txt")]["length"] == len("臺北市政府與新竹科學園區管理局合作，" * 4)
    tar_member = f"{mixed_inputs.root / 'sub' / 'pages.tar.gz'}!../../../tmp/zone_ner_escape.txt"
    assert run_rows[tar_member]["length"] == len(SENTENCE)


def test_html_scripts_are_not_read_as_text(mixed_inputs: Inputs, run_rows: dict[str, dict]) -> None:
    row = run_rows[str(mixed_inputs.root / "sub" / "page.html")]
    assert row["text_source"] == "html_extracted"
    assert row["length"] < len(HTML_PAGE)
    assert not any("脚本" in mention["text"] for mention in row["mentions"])
