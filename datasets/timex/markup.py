#!/usr/bin/env python3
"""Build a held-out set's JSONL from the inline-markup sources in its src/*.txt (stdlib only).

Source format: a header of `key: value` lines (doc_id, dct, genre), a line `---`, then the text.
In the text, every TIMEX3 is written [[extent|TYPE|VALUE]]; the generator removes the markup and
computes Python str offsets. Checks: word counts, weekday/value agreement, and a review list of
temporal-looking words left unannotated (the intended negatives).

    python3 heldoutN/build.py       # writes heldoutN.jsonl beside the folder, prints a report

Each set's build.py calls main() with its own folder; the sets' sources share one format.
"""
import datetime as dt
import glob
import json
import os
import re
import sys

MARK = re.compile(r"\[\[([^\[\]|]+)\|(DATE|TIME|DURATION|SET)\|([^\[\]|]+)\]\]")
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
REVIEW = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                    r"August|September|October|November|December|spring|summer|autumn|winter|"
                    r"now|today|tonight|yesterday|tomorrow|(?:1[5-9]|20)\d\d|year|month|week|day|hour|"
                    r"decade|century|minute|quarter|annual|daily|weekly|morning|evening|night|noon)",
                    re.I)


def parse(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    body = body.strip("\n")
    # Paragraphs (separated by a blank line) are kept; single newlines inside a paragraph are
    # joined with a space so that the sources can be wrapped.
    # A line ending in a backslash keeps its line break (headers, bulleted lists).
    paras = []
    for p in re.split(r"\n\s*\n", body):
        lines = p.split("\n")
        out = ""
        for i, line in enumerate(lines):
            if line.endswith("\\"):
                out += line[:-1].rstrip() + "\n"
            else:
                out += line + (" " if i < len(lines) - 1 else "")
        paras.append(out)
    src = "\n\n".join(paras)
    text, timexes, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        if "[[" in chunk or "]]" in chunk:
            sys.exit(f"{path}: broken markup near {chunk[-60:]!r}")
        text.append(chunk)
        out_len += len(chunk)
        ext, typ, val = m.group(1), m.group(2), m.group(3).strip()
        timexes.append({"start": out_len, "end": out_len + len(ext), "text": ext,
                        "type": typ, "value": val})
        text.append(ext)
        out_len += len(ext)
        pos = m.end()
    tail = src[pos:]
    if "[[" in tail or "]]" in tail:
        sys.exit(f"{path}: broken markup near {tail[:60]!r}")
    text.append(tail)
    text = "".join(text)
    dct = None if meta["dct"] == "null" else meta["dct"]
    return {"doc_id": meta["doc_id"], "dct": dct, "genre": meta["genre"], "text": text,
            "timexes": timexes}


def check_weekdays(doc):
    probs = []
    for t in doc["timexes"]:
        low = t["text"].lower()
        names = [i for i, d in enumerate(DAYS) if d in low]
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", t["value"])
        if names and m:
            wd = dt.date(*map(int, m.groups())).weekday()
            if wd not in names:
                probs.append(f"{doc['doc_id']}: {t['text']!r} = {t['value']} is a {DAYS[wd]}")
        if names and not m and t["type"] in ("DATE", "TIME"):
            probs.append(f"{doc['doc_id']}: weekday {t['text']!r} without a full date: {t['value']}")
    return probs


def main(set_dir):
    """Build `set_dir`/../<name of set_dir>.jsonl from `set_dir`/src/*.txt; 1 if a check fails."""
    docs = [parse(p) for p in sorted(glob.glob(os.path.join(set_dir, "src", "*.txt")))]
    probs = []
    for d in docs:
        n = len(re.findall(r"\S+", d["text"]))
        if not 220 <= n <= 320:
            probs.append(f"{d['doc_id']}: {n} words")
        probs += check_weekdays(d)
        print(f"{d['doc_id']:24s} {d['dct']!s:10s} words={n:3d} timexes={len(d['timexes'])}")
    out = os.path.join(set_dir, os.pardir, os.path.basename(os.path.normpath(set_dir)) + ".jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if "-r" in sys.argv:  # review list: temporal-looking words outside every timex
        for d in docs:
            cov = set()
            for t in d["timexes"]:
                cov.update(range(t["start"], t["end"]))
            for m in REVIEW.finditer(d["text"]):
                if m.start() not in cov:
                    ctx = d["text"][max(0, m.start() - 35):m.end() + 35].replace("\n", " ")
                    print(f"  [{d['doc_id']}] {m.group()!r}: ...{ctx}...")
    for p in probs:
        print("PROBLEM", p)
    return 1 if probs else 0
