#!/usr/bin/env python3
"""Alignment on documents the aligner was not tuned on: new strings of real
Chamber questions, perturbed afresh.

The ten parl-dev documents are a fixed sample. This script takes the FR/NL
paragraph pairs of their gold alignments, shuffles them into new documents of
50-100 pairs (so that neighbours are different unrelated texts), and applies
the same kinds of change with new random choices: none, 3-8 % of the
paragraphs dropped on one side, or 2-5 paragraphs cut in two at a sentence
boundary on one side. Each document is aligned by `tandem align` and scored
with align_eval.py. Standard library only.

    align_perturbed.py TANDEM SHARED_DIR [--seeds 1 2 3]
"""
import argparse
import glob
import json
import os
import random
import re
import subprocess
import tempfile


def gold_pairs(shared):
    pairs = []
    for path in sorted(glob.glob(os.path.join(shared, "data/parl-dev/*.gold.jsonl"))):
        for line in open(path, encoding="utf-8"):
            bead = json.loads(line)
            if bead["fr"] and bead["nl"]:
                pairs.append((" ".join(bead["fr"]), " ".join(bead["nl"])))
    return pairs


def cut_at_sentence(rng, text):
    cuts = [m.end() for m in re.finditer(r"[.?!] (?=[A-Z0-9ÀÉÈ])", text)]
    cuts = [c for c in cuts if 80 < c < len(text) - 40]
    if not cuts:
        return None
    c = rng.choice(cuts)
    return text[:c].strip(), text[c:].strip()


def make_documents(pairs, seed, folder):
    rng = random.Random(seed)
    pairs = pairs[:]
    rng.shuffle(pairs)
    docs, start = [], 0
    while start + 50 <= len(pairs):
        count = min(rng.randint(50, 100), len(pairs) - start)
        chunk, start = pairs[start:start + count], start + count
        kind, side = rng.choice(["none", "omit", "split"]), rng.choice(["fr", "nl"])
        dropped = set(rng.sample(range(count), max(1, int(count * rng.uniform(0.03, 0.08))))) if kind == "omit" else set()
        split = set(rng.sample(range(count), rng.randint(2, 5))) if kind == "split" else set()
        fr, nl, gold = [], [], []
        for k, (f, d) in enumerate(chunk):
            if k in dropped:
                gold.append({"fr": [], "nl": [d]} if side == "fr" else {"fr": [f], "nl": []})
                (nl if side == "fr" else fr).append(d if side == "fr" else f)
                continue
            pieces = cut_at_sentence(rng, f if side == "fr" else d) if k in split else None
            if pieces:
                gold.append({"fr": list(pieces), "nl": [d]} if side == "fr" else {"fr": [f], "nl": list(pieces)})
                fr += list(pieces) if side == "fr" else [f]
                nl += [d] if side == "fr" else list(pieces)
                continue
            gold.append({"fr": [f], "nl": [d]})
            fr.append(f)
            nl.append(d)
        name = os.path.join(folder, "s%d-%02d" % (seed, len(docs)))
        with open(name + ".fr.txt", "w", encoding="utf-8") as out:
            out.write("\n\n".join(fr) + "\n")
        with open(name + ".nl.txt", "w", encoding="utf-8") as out:
            out.write("\n\n".join(nl) + "\n")
        with open(name + ".gold.jsonl", "w", encoding="utf-8") as out:
            for bead in gold:
                out.write(json.dumps(bead, ensure_ascii=False) + "\n")
        docs.append((name, kind, side, count))
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tandem")
    ap.add_argument("shared")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    a = ap.parse_args()
    pairs = gold_pairs(a.shared)
    scorer = os.path.join(a.shared, "eval/align_eval.py")
    scores = []
    with tempfile.TemporaryDirectory() as folder:
        for seed in a.seeds:
            for name, kind, side, count in make_documents(pairs, seed, folder):
                out = name + ".out.jsonl"
                subprocess.run([a.tandem, "align", name + ".fr.txt", name + ".nl.txt", "--format", "jsonl", "-o", out],
                               check=True, capture_output=True)
                last = subprocess.run(["python3", scorer, name + ".gold.jsonl", out], check=True,
                                      capture_output=True, text=True).stdout.strip().splitlines()[-1]
                f1 = float(last.split()[0].split("=")[1])
                scores.append(f1)
                print("%-8s %-5s %-2s %3d pairs  F1 %.3f" % (os.path.basename(name), kind, side, count, f1))
    print("%d documents: mean F1 %.4f, worst %.3f, under 0.98: %d" %
          (len(scores), sum(scores) / len(scores), min(scores), sum(s < 0.98 for s in scores)))


if __name__ == "__main__":
    main()
