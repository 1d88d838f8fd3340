"""Article text (headline + body) out of an HTML or JSP page, never scripts, menus or footers.

BeautifulSoup (stdlib parser, offline) with a readability-style score: each
paragraph's CJK text scores its parent (and half its grandparent); the best
container wins, paragraphs made of links and page chrome (class/id words in
data/html.json) are dropped. The headline is the page's <h1>, else an element
whose class/id names a title, else <title> without the site name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

_DATA = Path(__file__).with_name("data") / "html.json"
_JSP = re.compile(r"<%.*?%>|</?[a-zA-Z]+:[a-zA-Z]+\b[^>]*>", re.DOTALL)
_CJK = re.compile(r"[\u3400-\u9fff]")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_MARKUP = re.compile(
    r"<(?:!DOCTYPE|html|head|body|div|p|br|span|script|style|meta|table|strong|h[1-6]|img|a|%@)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class ExtractedText:
    """Headline and body of a page: `text` starts with the headline when there is one."""

    text: str
    title: str | None


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def looks_like_html(text: str) -> bool:
    """Whether `text` is an HTML/JSP page or fragment rather than plain text with a stray tag."""
    head = text[:20000]
    tags = len(_MARKUP.findall(head))
    return tags >= 3 or head.lstrip().startswith(("<!", "<html", "<%", "<?xml"))


def _is_chrome(tag: Tag) -> bool:
    words = " ".join([tag.get("id") or "", *(tag.get("class") or [])]).lower()
    if not words:
        return False
    tokens = set(re.split(r"[\s_\-]+", words)) | {words}
    return any(word in tokens for word in _rules()["chrome_words"])


def _clean(soup: BeautifulSoup) -> None:
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_rules()["drop_tags"]):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        if tag.name not in ("html", "body") and _is_chrome(tag):
            tag.decompose()


def _text_of(node: Tag) -> str:
    """Text of `node` with a line break at every block element."""
    block = set(_rules()["block_tags"])
    parts: list[str] = []
    for item in node.descendants:
        if isinstance(item, NavigableString):
            if not isinstance(item, Comment):
                parts.append(re.sub(r"\s*\n\s*", " ", str(item)))
        elif item.name in block:
            parts.append("\n")
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


@lru_cache(maxsize=1)
def _chrome_line() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _rules()["chrome_lines"]))


def _drop_chrome_lines(text: str) -> str:
    limit = _rules()["max_chrome_line_chars"]
    pattern = _chrome_line()
    return "\n".join(line for line in text.split("\n") if len(line) > limit or not pattern.search(line))


def _cjk_len(text: str) -> int:
    return len(_CJK.findall(text))


def _link_density(tag: Tag) -> float:
    text = tag.get_text()
    if not text.strip():
        return 1.0
    linked = sum(len(a.get_text()) for a in tag.find_all("a"))
    return linked / len(text)


def _best_container(soup: BeautifulSoup) -> Tag:
    """The element holding most paragraph text (readability-style scoring)."""
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}
    minimum = _rules()["min_paragraph_chars"]
    for para in soup.find_all(["p", "div", "td", "span", "li", "font"]):
        own = "".join(str(s) for s in para.find_all(string=True, recursive=False))
        chars = _cjk_len(own)
        if chars < minimum:
            continue
        score = chars + 3 * own.count("，") + own.count("。")
        parent = para if para.name in ("div", "td") else para.parent
        for weight, node in ((1.0, parent), (0.5, parent.parent if parent else None)):
            if isinstance(node, Tag):
                scores[id(node)] = scores.get(id(node), 0.0) + weight * score
                nodes[id(node)] = node
    best, best_score = soup, 0.0
    limit = _rules()["max_link_density"]
    for key, score in scores.items():
        node = nodes[key]
        score *= 1 - _link_density(node)
        if score > best_score and _link_density(node) <= limit:
            best, best_score = node, score
    return best


def _title(soup: BeautifulSoup, page_title: str | None) -> str | None:
    rules = _rules()
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        return _SPACE.sub(" ", h1.get_text(" ", strip=True))
    for tag in soup.find_all(True):
        words = " ".join([tag.get("id") or "", *(tag.get("class") or [])]).lower()
        text = tag.get_text(" ", strip=True)
        if words and any(w in words for w in rules["title_words"]) and 4 <= len(text) <= rules["max_title_chars"]:
            return _SPACE.sub(" ", text)
    if page_title:
        title = page_title
        for separator in rules["title_separators"]:
            head = title.split(separator)[0].strip()
            if len(head) >= 4:
                title = head
        return title or None
    return None


def extract_html(html: str) -> ExtractedText:
    """Headline + body text of an HTML/JSP page or fragment; paragraphs on separate lines."""
    soup = BeautifulSoup(_JSP.sub("", html), "html.parser")
    page_title = soup.title.get_text(strip=True) if soup.title else None
    _clean(soup)
    title = _title(soup, page_title)
    container = _best_container(soup)
    limit = _rules()["max_link_density"]
    for block in container.find_all(["p", "li", "dd"]):
        if not block.decomposed and block.find("a") and _link_density(block) > limit:
            block.decompose()  # a list of links ("related articles", rankings)
    body = _drop_chrome_lines(_text_of(container))
    if title and not body.startswith(title):
        body = f"{title}\n{body}" if body else title
    return ExtractedText(body, title)
