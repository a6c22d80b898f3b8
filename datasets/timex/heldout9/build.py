#!/usr/bin/env python3
"""Build heldout9.jsonl from the marked-up corpus files.

Markup (one document per block):

    === doc_id | genre | DCT-or-null
    text with [[surface text|TYPE|VALUE]] around each temporal expression

Lines of a paragraph are joined with single spaces; paragraphs are separated
by blank lines and kept as "\\n\\n" in the output. Offsets are Python str
offsets into the stripped text. Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_FILES = ["corpus_police_reports.txt", "corpus_culture_reviews.txt",
                "corpus_transport_notices.txt", "corpus_election_results.txt"]
OUT = os.environ.get("HELDOUT9_JSONL", os.path.join(os.path.dirname(HERE), "heldout9.jsonl"))

HEADER = re.compile(r"^=== (\S+) \| (\S+) \| (\S+)\s*$")
MARK = re.compile(r"\[\[([^|\[\]]+)\|(DATE|TIME|DURATION|SET)\|([^|\[\]]+)\]\]")


def parse_blocks(path):
    blocks, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = HEADER.match(line)
        if m:
            cur = {"doc_id": m.group(1), "genre": m.group(2),
                   "dct": None if m.group(3) == "null" else m.group(3), "lines": []}
            blocks.append(cur)
        elif cur is not None:
            cur["lines"].append(line.rstrip())
        elif line.strip():
            raise ValueError("%s: text before the first header: %r" % (path, line))
    return blocks


def strip_markup(marked):
    out, timexes, pos, n = [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        surface, typ, value = m.group(1), m.group(2), m.group(3)
        timexes.append({"start": n, "end": n + len(surface), "text": surface,
                        "type": typ, "value": value})
        out.append(surface)
        n += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "|"):
        if bad in text:
            i = text.find(bad)
            raise ValueError("unparsed markup %r near: %r" % (bad, text[max(0, i - 60):i + 60]))
    return text, timexes


def main():
    docs = []
    for fn in CORPUS_FILES:
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            sys.exit("missing corpus file %s" % fn)
        for b in parse_blocks(path):
            paras, cur = [], []
            for ln in b["lines"]:
                if ln.strip():
                    cur.append(ln.strip())
                elif cur:
                    paras.append(" ".join(cur))
                    cur = []
            if cur:
                paras.append(" ".join(cur))
            text, timexes = strip_markup("\n\n".join(paras))
            for t in timexes:
                assert text[t["start"]:t["end"]] == t["text"]
            docs.append({"doc_id": b["doc_id"], "dct": b["dct"], "genre": b["genre"],
                         "text": text, "timexes": timexes})
    ids = [d["doc_id"] for d in docs]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate doc_id")
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d documents, %d timexes to %s" % (len(docs), sum(len(d["timexes"]) for d in docs), OUT))


if __name__ == "__main__":
    main()
