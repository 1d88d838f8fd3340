"""Articles of a newspaper page (clean text): where each starts and ends, its title and byline.

Lines are classified as page headers (第3版, dates; skipped), article starts (本报讯,
新华社…电 …), bylines (▶ 王某, 记者 …, credit lines such as 编辑：…), lone names
(2-4 characters opening with a surname of data/surnames.txt), headlines (short, no
sentence end) and body. An article starts at a start cue or at a headline that opens
a block (page top, after a closed article, or right before a start cue); where blank
lines separate blocks rather than paragraphs (a PDF page, whose paragraphs are single
line breaks), a blank line starts one too. A lone name or a byline line closes an
article. Headlines and bylines collected at the end of the page are given to the
untitled articles: by shared wording where the page allows, else in order when the
counts match. Cue patterns: data/structure.json.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from zone_ner.structure.cues import patterns, rules, surnames

Span = tuple[int, int]


@dataclass
class ArticleSpan:
    """One article: [start, end) in clean-text offsets, with its title and byline if known."""

    start: int
    end: int
    title: str | None = None
    byline: str | None = None
    title_span: Span | None = None
    byline_span: Span | None = None


@dataclass
class _Line:
    start: int
    end: int
    text: str
    kind: str
    blank_before: bool


@dataclass
class _Entry:
    """A headline (and its bylines) collected at the page end."""

    title: _Line
    bylines: list[_Line] = field(default_factory=list)


def _is_name(text: str) -> bool:
    single, compound = surnames()
    return text[0] in single or text.startswith(compound)


def _classify(text: str) -> str:
    cues = patterns()
    cfg = rules()
    if len(text) <= cfg["headline_max_chars"] and cues["page_header"].search(text):
        return "header"
    if cues["article_start"].match(text):
        return "start"
    if cues["byline_line"].fullmatch(text):
        return "byline"
    if cues["lone_name"].fullmatch(text) and _is_name(text):
        return "name"
    if len(text) <= cfg["headline_max_chars"] and text[-1] not in cfg["headline_bad_end"] and "。" not in text[:-1]:
        return "headline"
    return "body"


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    blank = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped)
            lines.append(_Line(start, start + len(stripped), stripped, _classify(stripped), blank))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def _byline_text(line: _Line) -> str:
    return line.text.lstrip(rules()["byline_marks"]).strip()


def _split_tail(lines: list[_Line]) -> tuple[list[_Line], list[_Entry]]:
    """Body lines and the headline/byline block collected at the page end."""
    last_body = max((i for i, line in enumerate(lines) if line.kind in ("body", "start")), default=-1)
    cut = last_body + 1
    if cut < len(lines) and lines[cut].kind in ("name", "byline"):
        cut += 1
    entries: list[_Entry] = []
    for line in lines[cut:]:
        if line.kind == "headline":
            entries.append(_Entry(line))
        elif entries:
            entries[-1].bylines.append(line)
    if not entries:
        return lines, []
    return lines[:cut], entries


def _inline_byline(text: str, article: ArticleSpan) -> None:
    match = patterns()["byline_in_text"].search(text, article.start, min(article.end, article.start + 80))
    if match:
        group = 1 if match.group(1) else 2 if match.group(2) else 0
        article.byline = match.group(group)
        article.byline_span = match.span(group)


def _blank_lines_separate_blocks(lines: list[_Line]) -> bool:
    """Whether blank lines separate blocks (PDF pages: paragraphs are single breaks) or paragraphs (web text)."""
    blanks = sum(line.blank_before for line in lines[1:])
    return 0 < blanks <= len(lines) - 1 - blanks


def _articles(lines: list[_Line], blocks: bool, headers: list[int]) -> list[ArticleSpan]:
    """Articles of the body lines; `headers` are the starts of the page-header lines left out.

    A title is one run of headline lines: a page header or a byline between two headlines ends
    the run (江城高新区 / 第3版 / 江城高新区 titles only the last line).
    """
    articles: list[ArticleSpan] = []
    heads: list[_Line] = []
    pending_byline: _Line | None = None
    current: ArticleSpan | None = None
    closed = False
    has_body = False
    for k, line in enumerate(lines):
        following = lines[k + 1].kind if k + 1 < len(lines) else None
        if line.kind == "headline":
            if heads and (
                lines[k - 1] is not heads[-1]
                or bisect_left(headers, line.start) > bisect_left(headers, heads[-1].end)
            ):
                heads = []  # a title is one run of headline lines
            if current is None or closed or heads or (blocks and line.blank_before) or following == "start":
                heads.append(line)
            else:
                current.end = line.end  # a subheading inside the article
            continue
        if line.kind in ("start", "body"):
            starts_block = blocks and line.blank_before and has_body
            if current is None or closed or heads or starts_block or (line.kind == "start" and has_body):
                current = ArticleSpan(heads[0].start if heads else line.start, line.end)
                if heads:
                    current.title = " ".join(h.text for h in heads)
                    current.title_span = (heads[0].start, heads[-1].end)
                if pending_byline is not None:
                    _set_byline(current, pending_byline)
                articles.append(current)
                heads, pending_byline, closed, has_body = [], None, False, False
            current.end = line.end
            has_body = True
            continue
        # A lone name or a byline line: closes the article, or opens the next one's byline.
        if heads:
            pending_byline = line
        elif current is not None:
            current.end = line.end
            if not closed and current.byline is None:
                _set_byline(current, line)
            closed = True
    return articles


def _set_byline(article: ArticleSpan, line: _Line) -> None:
    article.byline = _byline_text(line)
    article.byline_span = (line.end - len(article.byline), line.end)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _attach(text: str, articles: list[ArticleSpan], entries: list[_Entry]) -> None:
    """Give collected headlines (and their bylines) to untitled articles."""
    untitled = [a for a in articles if a.title is None]
    if not untitled:
        return
    minimum, share = rules()["title_min_overlap"], rules()["title_min_overlap_share"]
    scores = []
    for i, entry in enumerate(entries):
        wording = _bigrams(entry.title.text)
        for j, article in enumerate(untitled):
            shared = len(wording & _bigrams(text[article.start : article.end]))
            if shared >= minimum and shared >= share * len(wording):
                scores.append((shared, -i, -j))
    scores.sort(reverse=True)
    pairs: dict[int, int] = {}
    for _, neg_i, neg_j in scores:
        i, j = -neg_i, -neg_j
        if i not in pairs and j not in pairs.values():
            pairs[i] = j
    free_entries = [i for i in range(len(entries)) if i not in pairs]
    free_articles = [j for j in range(len(untitled)) if j not in pairs.values()]
    if len(free_entries) == len(free_articles):
        pairs.update(zip(free_entries, free_articles))
    for i, j in pairs.items():
        entry, article = entries[i], untitled[j]
        article.title = entry.title.text
        article.title_span = (entry.title.start, entry.title.end)
        if entry.bylines and article.byline is None:
            _set_byline(article, entry.bylines[0])


def split_articles(text: str, blocks: bool | None = None) -> list[ArticleSpan]:
    """The articles of a page, in order; one article for a text without page structure.

    `blocks`: whether blank lines separate blocks (true for a wrapped PDF page, see
    `NormalisedText.wrapped`) rather than paragraphs; guessed from the text if None.
    """
    lines = _lines(text)
    if not lines:
        return []
    headers = [line.start for line in lines if line.kind == "header"]
    lines = [line for line in lines if line.kind != "header"]
    if not lines:
        return []
    body, entries = _split_tail(lines)
    if blocks is None:
        blocks = _blank_lines_separate_blocks(body)
    articles = _articles(body, blocks, headers)
    if not articles:
        return [ArticleSpan(lines[0].start, lines[-1].end)]
    for article in articles:
        if article.byline is None:
            _inline_byline(text, article)
    _attach(text, articles, entries)
    return articles
