#!/usr/bin/env bash
# Trains the English, Russian and Persian name taggers from the corpora in ../shared/corpus/ner-open, one
# lab command each (docs/language-models.md says what each corpus is, its licence and what is kept back).
#   src/lab/train_language_taggers.sh [OUT_DIR]   (default: the shipped models' folder)
# Run from the project's root after ./mvnw -B -DskipTests package; rebuild the jar afterwards.
set -euo pipefail
out=${1:-src/main/resources/dev/mirsad/extract/languages}
corpus=${NER_OPEN:-../shared/corpus/ner-open}
lab=(java -jar target/mirsad-lab.jar train-tagger)

"${lab[@]}" --language en --out "$out/en/name-tagger.model.gz" \
  --conll "$corpus/en/gum-ner/gum-ner-train.tsv@1,2" \
  --conll "$corpus/en/wikigold/wikigold.conll.txt" \
  --conll "$corpus/en/uner-ewt/en_ewt-ud-dev.iob2@2,3" \
  --conll "$corpus/en/uner-ewt/en_ewt-ud-test.iob2@2,3" \
  --conll "$corpus/en/btc/train_dev_test_conll/btc.train"
"${lab[@]}" --language ru --out "$out/ru/name-tagger.model.gz" \
  --conll-training-part "$corpus/ru/factrueval-2016/factrueval-dev.bio" \
  --conll "$corpus/ru/wikiner-ru-ukp/train.txt"
"${lab[@]}" --language fa --out "$out/fa/name-tagger.model.gz" \
  --conll "$corpus/fa/parstwiner/train.txt"
