#!/usr/bin/env bash
# Writes every answer of the staff tests, the Halle dev set and integreat-qa dev (ask --json, one line per question)
# and the eval lines of all sets into OUTDIR, so that an engine change can be judged answer by answer
# (scripts/compare-answers.py). Run from the project folder after `mvn -B -o -DskipTests package`.
# Usage: scripts/answer-snapshot.sh OUTDIR [JAR]
set -euo pipefail
OUT=$1
JAR=${2:-target/halle-bot.jar}
E=src/test/resources/eval
mkdir -p "$OUT"
questions() { python3 -c 'import json,sys;[print(json.loads(l)["q"]) for f in sys.argv[1:] for l in open(f) if l.strip()]' "$@"; }
questions knowledge/tests/*.jsonl | java -jar "$JAR" ask --json --knowledge knowledge > "$OUT/staff.jsonl"
questions $E/halle/halle_dev_questions.jsonl | java -jar "$JAR" ask --json --knowledge knowledge > "$OUT/halle.jsonl"
questions $E/integreat-qa/dev_questions.jsonl \
  | java -jar "$JAR" ask --json --knowledge $E/integreat-qa/knowledge > "$OUT/integreat.jsonl" 2>/dev/null
{
  java -jar "$JAR" check --knowledge knowledge | tail -2 || true
  for set in "$E/halle/halle_dev_questions.jsonl knowledge" \
      "$E/integreat-qa/dev_questions.jsonl $E/integreat-qa/knowledge" \
      "$E/integreat-qa/train_questions.jsonl $E/integreat-qa/knowledge" \
      "$E/xquad-de/questions.jsonl $E/xquad-de/knowledge"; do
    read -r q k <<< "$set"
    echo "$(basename "$q"): $(java -jar "$JAR" eval --questions "$q" --knowledge "$k" 2>/dev/null | tail -1)"
  done
} > "$OUT/evals.txt"
cat "$OUT/evals.txt"
