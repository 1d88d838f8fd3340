"""The shared word-list reader."""

from pathlib import Path

from zone_ner.text.wordlists import occurrences, phrase_spans, read_rows, read_words

RULES_DATA = (
    Path(__file__).resolve().parents[2] / "zone_ner" / "recognition" / "rules" / "data"
)


def test_comments_blank_lines_and_cells(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text(
        "# header\tignored\n高新区\tzone \n\n  \n 经开区\n#注释\n", encoding="utf-8"
    )
    assert read_rows(path) == [["高新区", "zone"], ["经开区"]]
    assert read_words(path) == ["高新区", "经开区"]


def test_real_table_first_column() -> None:
    rows = read_rows(RULES_DATA / "org_suffixes.tsv")
    words = read_words(RULES_DATA / "org_suffixes.tsv")
    assert words == [row[0] for row in rows] and len(rows) > 10
    assert all(
        len(row) >= 2 and "\t" not in row[0] and not row[0].startswith("#")
        for row in rows
    )


def test_occurrences_do_not_overlap_unlike_phrase_spans() -> None:
    text = "临港临港临港新片区，落地临港。"
    assert list(occurrences(text, "临港临港")) == [0]
    assert [s for s, _e in phrase_spans(text, ["临港临港"])] == [0, 2]
    assert list(occurrences(text, "临港")) == [0, 2, 4, 12]
    assert list(occurrences(text, "浦东")) == []
