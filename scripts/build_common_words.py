"""Build zone_ner/recognition/data/common_words.txt: frequent two-character words of jieba's dictionary.

    python scripts/build_common_words.py [--min-freq 50]

The gazetteer drops a two-character place match when both of its edges are glued
into such words (创新平台 → not 新平). jieba (MIT) is needed only here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "zone_ner" / "recognition" / "data" / "common_words.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-freq", type=int, default=50)
    args = parser.parse_args()
    import jieba

    source = Path(jieba.__file__).parent / "dict.txt"
    words = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        word, freq, *_ = line.split(" ")
        if len(word) == 2 and int(freq) >= args.min_freq and all("\u4e00" <= c <= "\u9fff" for c in word):
            words.add(word)
    OUT.write_text(
        f"# two-character words with jieba dictionary frequency >= {args.min_freq} (jieba, MIT licence)\n"
        + "\n".join(sorted(words)) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(words)} words to {OUT}")


if __name__ == "__main__":
    main()
