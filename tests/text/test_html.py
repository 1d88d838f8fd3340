"""HTML/JSP pages: headline + body extracted, never scripts, styles, menus or footers."""

from __future__ import annotations

import pytest

from zone_ner.text import extract_html, looks_like_html, prepare

CHROME = ("doZoom", "$(document)", "getElementById", "var id", "网站地图", "版权所有", "版 权 所 有", "Copyright",
          "采购焦点资讯", "发布人", "字体：")


def _pages(news_dir):
    return sorted(news_dir.glob("*.html"))


def test_pages_are_html(news_dir) -> None:
    for path in _pages(news_dir):
        assert looks_like_html(path.read_text(encoding="utf-8")), path.name


def test_no_scripts_menus_or_footers(news_dir) -> None:
    for path in _pages(news_dir):
        text = extract_html(path.read_text(encoding="utf-8")).text
        for chrome in CHROME:
            assert chrome not in text, (path.name, chrome)
        assert "<" not in text and "{" not in text, path.name


def test_jsp_page_headline_and_body(news_dir) -> None:
    page = (news_dir / "0225_eb.html").read_text(encoding="utf-8")
    extracted = extract_html(page)
    assert extracted.title == "苏州高新区投资１２０亿开展２０个重点项目"
    lines = extracted.text.split("\n")
    assert lines[0] == extracted.title
    assert lines[1].startswith("苏州高新区“三年跨越计划”刚刚开局")
    assert lines[-1].endswith("尽快投产达产。")
    assert extracted.text.count(extracted.title) == 1


def test_link_lists_dropped(news_dir) -> None:
    text = extract_html((news_dir / "0233_eb.html").read_text(encoding="utf-8")).text
    assert "优秀供应商评价推介" not in text
    assert text.rstrip().endswith("正积极创建国家优质工程机械产业基地和省级旅游度假区。")


def test_fragment_without_footer(news_dir) -> None:
    text = extract_html((news_dir / "0209_rss.html").read_text(encoding="utf-8")).text
    assert text.startswith(("2026年02月01日", "本报雄安1月31日电"))
    assert text.rstrip().endswith("雄安新区将持续构建“数据大模型+产业集群”的融合生态。")


def test_gb2312_page_title_from_class(news_dir) -> None:
    extracted = extract_html((news_dir / "0250_eidors.html").read_text(encoding="utf-8"))
    assert extracted.title and extracted.title.startswith("娲石集团6200t/d")
    assert "5月27日上午" in extracted.text


def test_prepare() -> None:
    page = "<html><head><title>江城高新区签约 - 江城日报</title><script>var x=1;</script></head>" \
           "<body><div class='nav'><a href='/'>首页</a></div><div><p>江城高新区管委会与超越公司签约，总投资十二亿元。</p>" \
           "<p>项目计划今年开工，建成后年产值三十亿元。</p></div><div class='footer'>版权所有</div></body></html>"
    prepared = prepare(page.encode("gb18030"), "page.html")
    assert prepared.html and prepared.title == "江城高新区签约"
    assert prepared.text == "江城高新区签约\n江城高新区管委会与超越公司签约，总投资十二亿元。\n项目计划今年开工，建成后年产值三十亿元。"
    plain = prepare("江城高新区<p>今天</p>开工。", "note.txt")
    assert not plain.html and plain.text == "江城高新区<p>今天</p>开工。"


def test_prepare_binary_names_input() -> None:
    from zone_ner.errors import InputError

    with pytest.raises(InputError, match="upload.bin"):
        prepare(b"\x00\x01binary", "upload.bin")
