"""Build two word lists from jieba's dictionary (jieba, MIT; needed only here):

* zone_ner/recognition/data/common_words.txt: frequent two-character words. The gazetteer
  drops a two-character place match when both of its edges are glued into such words
  (创新平台 → not 新平).
* zone_ner/recognition/rules/data/common_verbs.txt: frequent two-character verbs (tag v).
  A name the rules build from its own characters may not start with one (重视特色产业园区,
  家住经开区 are not zones).
* zone_ner/recognition/rules/data/common_function_words.txt: frequent two-character
  function words (tags p, c, d, ad, r, m, u: 关于, 同时, 切实, 一些). A place name may
  not start or end with one (关于社区, 沈阳一些社区).

    python scripts/build_common_words.py [--min-freq 50] [--min-verb-freq 100]
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "zone_ner" / "recognition" / "data" / "common_words.txt"
VERBS = ROOT / "zone_ner" / "recognition" / "rules" / "data" / "common_verbs.txt"
FUNCTION_WORDS = ROOT / "zone_ner" / "recognition" / "rules" / "data" / "common_function_words.txt"
FUNCTION_TAGS = frozenset({"p", "c", "d", "ad", "r", "m", "u"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-freq", type=int, default=50)
    parser.add_argument("--min-verb-freq", type=int, default=100)
    args = parser.parse_args()
    import jieba

    source = Path(jieba.__file__).parent / "dict.txt"
    words, verbs, function_words = set(), set(), set()
    for line in source.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split(" ")
        if len(word) == 2 and int(freq) >= args.min_freq and all("\u4e00" <= c <= "\u9fff" for c in word):
            words.add(word)
            if tag == "v" and int(freq) >= args.min_verb_freq:
                verbs.add(word)
            if tag in FUNCTION_TAGS and int(freq) >= args.min_verb_freq:
                function_words.add(word)
    OUT.write_text(
        f"# two-character words with jieba dictionary frequency >= {args.min_freq} (jieba, MIT licence)\n"
        + "\n".join(sorted(words)) + "\n",
        encoding="utf-8",
    )
    VERBS.write_text(
        f"# two-character verbs (tag v) with jieba dictionary frequency >= {args.min_verb_freq} (jieba, MIT licence)\n"
        + "\n".join(sorted(verbs)) + "\n",
        encoding="utf-8",
    )
    FUNCTION_WORDS.write_text(
        f"# two-character function words (tags {', '.join(sorted(FUNCTION_TAGS))}) with jieba dictionary"
        f" frequency >= {args.min_verb_freq} (jieba, MIT licence)\n" + "\n".join(sorted(function_words)) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(words)} words to {OUT}, {len(verbs)} verbs to {VERBS}, "
          f"{len(function_words)} function words to {FUNCTION_WORDS}")


if __name__ == "__main__":
    main()
