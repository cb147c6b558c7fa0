#!/usr/bin/env python3
"""Lists the questions whose reply differs between two snapshots of scripts/answer-snapshot.sh.

Usage: scripts/compare-answers.py BEFORE_DIR AFTER_DIR [staff halle integreat]
Questions are matched by their text (the n-th repeat with the n-th), so lines added to knowledge/tests/ show up as
"only after" instead of shifting every later question.
"""
import json
import sys
from collections import Counter


def load(path):
    seen, replies = Counter(), {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            reply = json.loads(line)
            seen[reply["question"]] += 1
            replies[(reply["question"], seen[reply["question"]])] = reply
    return replies


def main(before_dir, after_dir, sets):
    for name in sets or ["staff", "halle", "integreat"]:
        before = load(f"{before_dir}/{name}.jsonl")
        after = load(f"{after_dir}/{name}.jsonl")
        changed = [key for key in before if key in after
                   and (before[key]["answer"], before[key]["answered"]) != (after[key]["answer"], after[key]["answered"])]
        print(f"== {name}: {len(changed)} of {len(before)} differ; only after: {[k[0] for k in after if k not in before]}")
        for key in changed:
            print("Q:", key[0])
            for label, reply in (("before", before[key]), ("after ", after[key])):
                print(f"  {label}: {reply['answered']} {reply['answer'][:300]!r}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
