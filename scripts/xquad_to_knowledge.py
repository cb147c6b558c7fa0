#!/usr/bin/env python3
"""Turn XQuAD's German file into a knowledge folder plus a question file for the eval command.

Usage: xquad_to_knowledge.py XQUAD_DE_JSON OUT_DIR
Every paragraph becomes one knowledge page (title = article title, one paragraph of body text), so retrieval is
open over all 240 paragraphs. Every question becomes one line of OUT_DIR/questions.jsonl whose expect_any lists
the gold answer spans: an answer is correct when it contains one of them.
"""
import json, os, sys

src, out = sys.argv[1], sys.argv[2]
data = json.load(open(src, encoding='utf-8'))['data']
kdir = os.path.join(out, 'knowledge')
os.makedirs(kdir, exist_ok=True)
pages = questions = 0
with open(os.path.join(out, 'questions.jsonl'), 'w', encoding='utf-8') as qf:
    for a, article in enumerate(data):
        title = article['title'].replace('_', ' ').replace('"', "'")
        for p, paragraph in enumerate(article['paragraphs']):
            name = 'xquad-%02d-%02d.md' % (a, p)
            with open(os.path.join(kdir, name), 'w', encoding='utf-8') as f:
                f.write('---\ntitle: "%s"\ndate: 2019-10-01\nsource: https://github.com/deepmind/xquad#%02d-%02d\n---\n'
                        % (title, a, p))
                f.write(paragraph['context'].strip() + '\n')
            pages += 1
            for qa in paragraph['qas']:
                gold = list(dict.fromkeys(x['text'].strip() for x in qa['answers'] if x['text'].strip()))
                row = {'id': 'xq-' + qa['id'], 'q': qa['question'], 'gold_file': name, 'expect_any': gold}
                qf.write(json.dumps(row, ensure_ascii=False) + '\n')
                questions += 1
print(pages, 'pages', questions, 'questions')
