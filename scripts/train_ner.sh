#!/usr/bin/env bash
# Train the statistical NER (tok2vec + ner) from scratch and keep the best
# model in models/ner/.
#
#   [STAGE=base|finetune] scripts/train_ner.sh [char|pkuseg] [WORK_DIR] [extra `spacy train` overrides...]
#
# base:     configs/ner.cfg from scratch -> WORK_DIR/out (dev: CLUENER dev)
# finetune: configs/ner_finetune.cfg continues WORK_DIR/out/model-best on the same
#           data plus the domain split -> WORK_DIR/out_ft (dev: CLUENER dev + corpus/dev.jsonl)
# continue: like finetune, but from WORK_DIR/${FROM:-out_ft}/model-best -> WORK_DIR/${TO:-out_ft2}
#           (a further run on the same data, e.g. after a run stopped early)
# vectors:  static char vectors (scripts/train_vectors.py -> WORK_DIR/vectors), warm start
#           from FROM_MODEL (a trained model without vectors, scripts/ner_add_vectors.py
#           -> WORK_DIR/warm), then configs/ner_avg.cfg -> WORK_DIR/${TO:-out_vec}
#           (data built with CLUENER_COPIES=2: CLUENER train twice)
# polish:   configs/ner_avg.cfg (averaging, decaying learning rate) from FROM_MODEL
#           without vectors -> WORK_DIR/${TO:-out_avg}
# export:   copy WORK_DIR/${FROM:-out_ft}/model-best to models/ner (tok2vec + ner + tokenizer cfg)
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
  "$PY" "$ROOT/scripts/build_ner_data.py" --segmenter "$SEG" --out "$WORK/data" --missing-labels ZONE PROJECT \
    --cluener-copies "${CLUENER_COPIES:-1}"
fi
if [ "${STAGE:-base}" = "export" ]; then
  "$PY" "$ROOT/scripts/export_model.py" "$WORK/${FROM:-out_ft}/model-best" "$ROOT/models/ner" --name zone_ner_ner \
    --description "zone_ner statistical NER (tok2vec + ner) trained from scratch on CLUENER, MSRA, People's Daily, Resume and the zone_ner domain train split"
  du -sh "$ROOT/models/ner"
  exit 0
fi
PKUSEG_MODEL=""
[ "$SEG" = "pkuseg" ] && PKUSEG_MODEL="$ROOT/models/pkuseg"

if [ "${STAGE:-base}" = "vectors" ]; then
  mkdir -p "$WORK/data/dev"
  cp "$WORK/data/dev_cluener.spacy" "$WORK/data/dev_domain.spacy" "$WORK/data/dev/"
  [ -d "$WORK/vectors" ] || "$PY" "$ROOT/scripts/train_vectors.py" --out "$WORK/vectors"
  [ -d "$WORK/warm" ] || "$PY" "$ROOT/scripts/ner_add_vectors.py" "${FROM_MODEL:?a trained model}" "$WORK/vectors" "$WORK/warm"
  set -- --paths.base_model "$WORK/warm" --paths.vectors "$WORK/vectors" "$@"
  CONFIG="$ROOT/configs/ner_avg.cfg" DEV="$WORK/data/dev" OUT="$WORK/${TO:-out_vec}"
elif [ "${STAGE:-base}" = "polish" ]; then
  mkdir -p "$WORK/data/dev"
  cp "$WORK/data/dev_cluener.spacy" "$WORK/data/dev_domain.spacy" "$WORK/data/dev/"
  set -- --paths.base_model "${FROM_MODEL:?a trained model}" "$@"
  CONFIG="$ROOT/configs/ner_avg.cfg" DEV="$WORK/data/dev" OUT="$WORK/${TO:-out_avg}"
elif [ "${STAGE:-base}" = "finetune" ] || [ "${STAGE:-base}" = "continue" ]; then
  mkdir -p "$WORK/data/dev"
  cp "$WORK/data/dev_cluener.spacy" "$WORK/data/dev_domain.spacy" "$WORK/data/dev/"
  if [ "$STAGE" = "finetune" ]; then
    BASE="$WORK/out/model-best" OUT="$WORK/out_ft"
  else
    BASE="$WORK/${FROM:-out_ft}/model-best" OUT="$WORK/${TO:-out_ft2}"
  fi
  set -- --paths.base_model "$BASE" "$@"
  CONFIG="$ROOT/configs/ner_finetune.cfg" DEV="$WORK/data/dev"
else
  CONFIG="$ROOT/configs/ner.cfg" OUT="$WORK/out" DEV="$WORK/data/dev_cluener.spacy"
fi

"$PY" -m spacy train "$CONFIG" \
  --code "$ROOT/zone_ner/segmentation/tokenizer.py" \
  --output "$OUT" \
  --paths.train "$WORK/data/train" \
  --paths.dev "$DEV" \
  --nlp.tokenizer.segmenter "$SEG" \
  --nlp.tokenizer.pkuseg_model "$PKUSEG_MODEL" \
  "$@"
