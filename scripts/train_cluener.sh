#!/usr/bin/env bash
# Train the dedicated CLUENER2020 model (ten native labels, char tokens, from scratch)
# and export it to models/cluener/.
#
#   [STAGE=all|data|vectors|train|export|eval] scripts/train_cluener.sh [WORK_DIR] [extra `spacy train` overrides...]
#
# data:    scripts/build_cluener_data.py -> WORK_DIR/data/{train/cluener.spacy,dev_cluener.spacy}
#          (CLUENER train and dev from /work/shared/data/corpora/cluener; test is never read)
# vectors: static char vectors, scripts/train_vectors.py -> WORK_DIR/vectors (skip-gram on
#          unlabelled bulk text + NER training texts, never CLUENER dev; needs gensim)
# train:   configs/cluener.cfg -> WORK_DIR/out (model-best by ents_f on CLUENER dev)
# export:  WORK_DIR/out/model-best -> models/cluener (no scratch paths in its config)
# eval:    scripts/eval_cluener.py models/cluener (per native label, and the mapped view)
# all:     data, vectors, train, export, eval (steps whose output exists are skipped)
#
# One thread: OMP_NUM_THREADS=1; wrap in `nice -n 5 taskset -c 1` on a shared machine.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-/work/train/cluener}"
shift $(( $# > 1 ? 1 : $# ))
PY="${PYTHON:-python}"
STAGE="${STAGE:-all}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
export PYTHONPATH="$ROOT:$ROOT/scripts${PYTHONPATH:+:$PYTHONPATH}"

if [ "$STAGE" = "all" ] || [ "$STAGE" = "data" ]; then
  [ -f "$WORK/data/dev_cluener.spacy" ] || "$PY" "$ROOT/scripts/build_cluener_data.py" --out "$WORK/data"
fi
if [ "$STAGE" = "all" ] || [ "$STAGE" = "vectors" ]; then
  [ -d "$WORK/vectors" ] || "$PY" "$ROOT/scripts/train_vectors.py" --out "$WORK/vectors"
fi
if [ "$STAGE" = "all" ] || [ "$STAGE" = "train" ]; then
  "$PY" -m spacy train "$ROOT/configs/cluener.cfg" \
    --code "$ROOT/zone_ner/segmentation/tokenizer.py" \
    --output "$WORK/out" \
    --paths.train "$WORK/data/train" \
    --paths.dev "$WORK/data/dev_cluener.spacy" \
    --paths.vectors "$WORK/vectors" \
    "$@"
fi
if [ "$STAGE" = "all" ] || [ "$STAGE" = "export" ]; then
  "$PY" "$ROOT/scripts/export_model.py" "$WORK/out/model-best" "$ROOT/models/cluener" --name zone_ner_cluener \
    --license "research use (CLUENER2020; see models/MODEL_CARD.md)" \
    --description "CLUENER2020 NER with the ten native labels (tok2vec + ner, char tokens), trained from scratch on CLUENER train only, with static char vectors trained on unlabelled text"
  du -sh "$ROOT/models/cluener"
fi
if [ "$STAGE" = "all" ] || [ "$STAGE" = "eval" ]; then
  "$PY" "$ROOT/scripts/eval_cluener.py" "$ROOT/models/cluener"
fi
