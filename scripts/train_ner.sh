#!/usr/bin/env bash
# Train the statistical NER (tok2vec + ner) from scratch and keep the best
# model in models/ner/.
#
#   scripts/train_ner.sh [char|pkuseg] [WORK_DIR] [extra `spacy train` overrides...]
#
# Data: scripts/build_ner_data.py (run first if WORK_DIR/data is missing).
# One thread, one core: OMP_NUM_THREADS=1; wrap in `taskset -c 1 nice -n 5` on
# a shared machine.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SEG="${1:-char}"
WORK="${2:-/work/train/ner/$SEG}"
shift $(( $# > 2 ? 2 : $# ))
PY="${PYTHON:-python}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"

if [ ! -f "$WORK/data/dev_cluener.spacy" ]; then
  "$PY" "$ROOT/scripts/build_ner_data.py" --segmenter "$SEG" --out "$WORK/data"
fi
PKUSEG_MODEL=""
[ "$SEG" = "pkuseg" ] && PKUSEG_MODEL="$ROOT/models/pkuseg"

"$PY" -m spacy train "$ROOT/configs/ner.cfg" \
  --code "$ROOT/zone_ner/segmentation/tokenizer.py" \
  --output "$WORK/out" \
  --paths.train "$WORK/data/train" \
  --paths.dev "$WORK/data/dev_cluener.spacy" \
  --nlp.tokenizer.segmenter "$SEG" \
  --nlp.tokenizer.pkuseg_model "$PKUSEG_MODEL" \
  "$@"
