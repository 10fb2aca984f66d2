#!/usr/bin/env python3
"""align_compare.py -- tandem next to hunalign on the parl-dev documents.

Called by tools/bench/align_compare.sh, which builds hunalign in a temporary
folder and passes its binary; Python 3 standard library only.

    align_compare.py --shared DIR --tandem BIN --work DIR
                     [--hunalign BIN --hunalign-info TEXT]
                     [--freedict PREFIX]

For every document DIR/data/parl-dev/docNN.{fr,nl}.txt (paragraphs are
blank-line separated blocks; lines of a block are joined by one space):
  tandem    `tandem align docNN.fr.txt docNN.nl.txt --no-flags --format jsonl`, wall
            time = median of 3 runs of the whole command;
  hunalign  one paragraph per input line, tokenised and lowercased as
            described in HUNALIGN_RUN below, with a dictionary made from
            Debian's FreeDict French-Dutch dictionary; the ladder it prints
            is turned back into beads of the ORIGINAL paragraph texts. Wall
            time = the hunalign process alone (it reads the dictionary each
            time); one run, or the median of 3 when a run takes under 1 s.
            Building the dictionary and tokenising are not timed.
Both outputs are scored with DIR/eval/align_eval.py (its last line, F1=...).

Then a confidence calibration table for tandem over all parl-dev beads: a
system bead is correct when its FR paragraphs and its NL paragraphs are
those of one gold bead, compared through align_eval's normalised text
(lowercase, accents dropped, letters and digits only) of each side's
paragraphs joined. Finally the seed document aligned as one bilingual file.
"""

import argparse
import gzip
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import time
import unicodedata

HUNALIGN_RUN = (
    "hunalign -realign -utf DICT docNN.fr.tok docNN.nl.tok > docNN.ladder  "
    "(FR = source, NL = target; default ladder output, no -text, no "
    "thresholds; run in its own folder because it writes translate.txt there)")

TOKENISATION = (
    "one paragraph per line; NFKC, lowercase, typographic apostrophes and "
    "hyphens made ASCII, then tokens = numbers (47.912,37 stays one token) | "
    "runs of letters/digits | single punctuation marks, joined by spaces "
    "(hunalign splits words on spaces only and compares them byte for byte)")


# ---------------------------------------------------------------------------
# Text handling
# ---------------------------------------------------------------------------

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]")
_ASCII = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'",
                        "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u00ad": ""})


def tokens(text):
    """Lowercased tokens of text, as fed to hunalign and put in its dictionary."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_ASCII)
    return _TOKEN.findall(text)


def read_paragraphs(path):
    """Blank-line separated blocks of a UTF-8 file, lines joined by one space."""
    with open(path, encoding="utf-8") as fh:
        blocks = re.split(r"\n[ \t]*\n", fh.read())
    return [" ".join(b.split()) for b in blocks if b.strip()]


# ---------------------------------------------------------------------------
# hunalign dictionary from FreeDict (dictd format)
# ---------------------------------------------------------------------------

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _dictd_number(text):
    value = 0
    for ch in text:
        value = value * 64 + _B64.index(ch)
    return value


def make_hunalign_dictionary(prefix, out_path):
    """Writes hunalign's dictionary from PREFIX.index + PREFIX.dict.dz.

    FreeDict fra-nld entries read "headword /pronunciation/" then one line
    per sense ("1. zaad", "2. sperma" or "aanbevelen, aanprijzen"). hunalign
    wants "TARGET PHRASE @ SOURCE PHRASE" (its README: target first), and
    we run it with French as source, so each line is "nl words @ fr words",
    both tokenised and lowercased like the texts. No line may be empty or
    start with "@" (hunalign stops reading there). Returns
    (entries, headwords) counts.
    """
    with gzip.open(prefix + ".dict.dz") as fh:  # dictzip is gzip-compatible
        data = fh.read()
    lines = set()
    headwords = 0
    with open(prefix + ".index", encoding="utf-8") as fh:
        for row in fh:
            parts = row.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0].startswith("00database"):
                continue
            start, length = _dictd_number(parts[1]), _dictd_number(parts[2])
            entry = data[start:start + length].decode("utf-8").strip().split("\n")
            head = re.sub(r"\s*/[^/]*/\s*$", "", entry[0])
            fr = tokens(head)
            if not fr:
                continue
            headwords += 1
            for sense in entry[1:]:
                sense = re.sub(r"^\s*\d+\.\s*", "", sense)
                sense = re.sub(r"\([^)]*\)", " ", sense)
                for translation in re.split(r"[,;]", sense):
                    nl = tokens(translation)
                    if nl and not any(t.startswith("@") for t in fr + nl):
                        lines.add(" ".join(nl) + " @ " + " ".join(fr))
    with open(out_path, "w", encoding="utf-8") as fh:
        for line in sorted(lines):
            fh.write(line + "\n")
    return len(lines), headwords


# ---------------------------------------------------------------------------
# Running the tools
# ---------------------------------------------------------------------------

def timed(cmd, out_path, cwd=None):
    """Runs cmd with stdout to out_path; returns (seconds, returncode, stderr tail).

    A binary that cannot be started (being relinked by a concurrent build on
    a shared machine) is retried every 2 s for up to 60 s; then returncode is
    -1 and the tail says why.
    """
    for attempt in range(31):
        try:
            with open(out_path, "wb") as out:
                start = time.perf_counter()
                proc = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, cwd=cwd)
                seconds = time.perf_counter() - start
            break
        except OSError as exc:
            if attempt == 30:
                return 0.0, -1, "cannot run %s: %s" % (cmd[0], exc.strerror or exc)
            time.sleep(2)
    tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return seconds, proc.returncode, tail[0]


def run_tandem(tandem, args, out_path, runs=3):
    times = []
    for _ in range(runs):
        seconds, rc, err = timed([tandem, "align"] + args + ["--format", "jsonl"], out_path)
        if rc != 0:
            return None, "tandem exit %d: %s" % (rc, err)
        times.append(seconds)
    return statistics.median(times), None


def ladder_to_beads(ladder_path, fr, nl):
    """hunalign ladder rungs (i, j, score) -> beads of the original paragraphs.

    Rung (i, j) says the first i FR lines match the first j NL lines; the
    segment between two consecutive rungs is one bead (possibly one-sided).
    """
    rungs = []
    with open(ladder_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                i, j, score = line.split("\t")[:3]
                rungs.append((int(i), int(j), float(score)))
    if not rungs or rungs[0][:2] != (0, 0) or rungs[-1][:2] != (len(fr), len(nl)):
        raise ValueError("ladder does not run from (0,0) to (%d,%d)" % (len(fr), len(nl)))
    beads = []
    for (i, j, score), (k, m, _) in zip(rungs, rungs[1:]):
        if k < i or m < j:
            raise ValueError("ladder goes backwards at (%d,%d)" % (k, m))
        beads.append({"fr": fr[i:k], "nl": nl[j:m], "hunalign_score": score})
    return beads


def run_hunalign(hunalign, dictionary, fr_path, nl_path, work, stem):
    fr, nl = read_paragraphs(fr_path), read_paragraphs(nl_path)
    tok = {}
    for lang, paras in (("fr", fr), ("nl", nl)):
        tok[lang] = os.path.join(work, "%s.%s.tok" % (stem, lang))
        with open(tok[lang], "w", encoding="utf-8") as fh:
            for p in paras:
                fh.write(" ".join(tokens(p)) + "\n")
    ladder = os.path.join(work, stem + ".ladder")
    cmd = [hunalign, "-realign", "-utf", dictionary, tok["fr"], tok["nl"]]
    times = []
    for _ in range(3):
        seconds, rc, err = timed(cmd, ladder, cwd=work)
        if rc != 0:
            return None, None, "hunalign exit %d: %s" % (rc, err)
        times.append(seconds)
        if seconds >= 1.0:
            break
    try:
        beads = ladder_to_beads(ladder, fr, nl)
    except ValueError as exc:
        return None, None, "hunalign ladder: %s" % exc
    out = os.path.join(work, stem + ".hunalign.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for b in beads:
            fh.write(json.dumps(b, ensure_ascii=False) + "\n")
    return statistics.median(times), out, None


def f1_line(evaluator, gold, system):
    proc = subprocess.run([sys.executable, evaluator, gold, system],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = proc.stdout.decode("utf-8", "replace").strip().splitlines()
    if proc.returncode != 0 or not lines or not lines[-1].startswith("F1="):
        raise RuntimeError("align_eval failed on %s: %s" % (
            system, proc.stderr.decode("utf-8", "replace").strip()))
    return float(lines[-1].split()[0][3:]), lines[-1]


# ---------------------------------------------------------------------------
# Confidence calibration
# ---------------------------------------------------------------------------

def load_normalize(evaluator):
    spec = importlib.util.spec_from_file_location("align_eval", evaluator)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.normalize


def bead_keys(path, normalize):
    """[(key, score)] per bead; key = (normalised FR text, normalised NL text)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            sides = []
            for lang in ("fr", "nl"):
                value = obj.get(lang) or []
                if isinstance(value, str):
                    value = [value]
                sides.append("".join(normalize(p) for p in value if p.strip()))
            if sides[0] or sides[1]:
                out.append((tuple(sides), obj.get("score")))
    return out


BUCKETS = ((0.0, 0.5, "[0, 0.5)"), (0.5, 0.9, "[0.5, 0.9)"), (0.9, 1.0, "[0.9, 1.0]"))


def calibrate(pairs, normalize):
    """pairs: [(gold path, system path)] -> {bucket label: [beads, wrong]}."""
    table = {label: [0, 0] for _, _, label in BUCKETS}
    table["no score"] = [0, 0]
    for gold_path, sys_path in pairs:
        gold = {}
        for key, _ in bead_keys(gold_path, normalize):
            gold[key] = gold.get(key, 0) + 1
        for key, score in bead_keys(sys_path, normalize):
            label = "no score"
            if isinstance(score, (int, float)) and not isinstance(score, bool):
                label = BUCKETS[0][2]
                for low, label_at in ((0.5, BUCKETS[1][2]), (0.9, BUCKETS[2][2])):
                    if score >= low:
                        label = label_at
            table[label][0] += 1
            if gold.get(key, 0) > 0:
                gold[key] -= 1
            else:
                table[label][1] += 1
    return table


# ---------------------------------------------------------------------------

def batch_line(args, data, docs, evaluator, hunalign, dictionary, hunalign_one_by_one):
    """Both tools once for all the documents, each in its batch mode (one
    process, the dictionary read once): tandem align --out-dir, hunalign
    -batch. Prints the totals and their ratio."""
    out_dir = os.path.join(args.work, "tandem-batch")
    times = []
    for _ in range(3):
        seconds, rc, err = timed([args.tandem, "align", data, "--out-dir", out_dir, "--no-flags",
                                  "--format", "jsonl", "-q"], os.path.join(args.work, "batch.out"))
        if rc != 0:
            print("tandem --out-dir: exit %d: %s" % (rc, err))
            return
        times.append(seconds)
    tandem_s = statistics.median(times)
    f1s = [f1_line(evaluator, os.path.join(data, d + ".gold.jsonl"),
                   os.path.join(out_dir, d + ".jsonl"))[0] for d, _ in docs]
    batch_file = os.path.join(args.work, "hunalign.batch")
    with open(batch_file, "w", encoding="utf-8") as fh:
        for d, _ in docs:
            fh.write("%s\t%s\t%s\n" % tuple(os.path.join(args.work, d + ext)
                                             for ext in (".fr.tok", ".nl.tok", ".batch.ladder")))
    seconds, rc, err = timed([hunalign, "-realign", "-utf", "-batch", dictionary, batch_file],
                             os.path.join(args.work, "hunalign-batch.out"), cwd=args.work)
    if rc != 0:
        print("hunalign -batch: exit %d: %s" % (rc, err))
        return
    print("one process for all %d documents (batch modes, dictionary read once): tandem align "
          "DIR --out-dir --no-flags %.2f s (median of 3; mean F1 %.3f), hunalign -realign -batch "
          "%.2f s (1 run; one by one it took %.2f s): hunalign/tandem %.1fx (target: >= 10x)"
          % (len(docs), tandem_s, sum(f for f in f1s if f is not None) / len(f1s), seconds,
             hunalign_one_by_one, seconds / tandem_s))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", required=True, help="the shared folder (data/, eval/)")
    ap.add_argument("--tandem", required=True, help="the tandem binary")
    ap.add_argument("--work", required=True, help="scratch folder")
    ap.add_argument("--hunalign", help="the hunalign binary (omit to skip hunalign)")
    ap.add_argument("--hunalign-info", default="", help="how hunalign was built, for the header")
    ap.add_argument("--freedict", default="/usr/share/dictd/freedict-fra-nld",
                    help="FreeDict dictd prefix (.index, .dict.dz)")
    args = ap.parse_args()

    data = os.path.join(args.shared, "data", "parl-dev")
    evaluator = os.path.join(args.shared, "eval", "align_eval.py")
    with open(os.path.join(data, "manifest.json"), encoding="utf-8") as fh:
        docs = [(d["doc"], d.get("kind", "?")) for d in json.load(fh)["documents"]]

    hunalign = args.hunalign
    print("== tandem vs hunalign, parl-dev (%d documents)" % len(docs))
    print("machine:  %d cores, load average %.1f at start (shared machine: times are noisy; "
          "both tools are timed document by document, interleaved)"
          % (os.cpu_count() or 0, os.getloadavg()[0]))
    print("tandem:   %s align FR NL --no-flags --format jsonl  (alignment only, as hunalign; wall time: median of 3 runs)" % args.tandem)
    if hunalign:
        dictionary = os.path.join(args.work, "fr-nl.hunalign.dic")
        if not os.path.exists(args.freedict + ".index"):
            print("hunalign: skipped, no FreeDict dictionary at %s.* "
                  "(tools/install-deps.sh installs dict-freedict-fra-nld)" % args.freedict)
            hunalign = None
        else:
            entries, headwords = make_hunalign_dictionary(args.freedict, dictionary)
            print("hunalign: %s" % args.hunalign_info)
            print("  run:    %s" % HUNALIGN_RUN)
            print("  input:  %s" % TOKENISATION)
            print("  dict:   %d lines \"nl words @ fr words\" from %s (%d French headwords; "
                  "senses and comma-separated translations each a line, tokenised like the "
                  "texts)" % (entries, os.path.basename(args.freedict), headwords))
            print("  output: ladder rungs -> beads of the original paragraphs; wall time = "
                  "the hunalign process (1 run, median of 3 if under 1 s)")
    else:
        print("hunalign: skipped (%s)" % (args.hunalign_info or "no binary"))
    print()

    rows, tandem_pairs = [], []
    for doc, kind in docs:
        fr, nl = (os.path.join(data, "%s.%s.txt" % (doc, l)) for l in ("fr", "nl"))
        gold = os.path.join(data, doc + ".gold.jsonl")
        row = {"doc": doc, "kind": kind, "t_f1": None, "h_f1": None, "t_s": None, "h_s": None,
               "t_qa_s": None, "notes": []}
        out = os.path.join(args.work, doc + ".tandem.jsonl")
        # Alignment only, as hunalign does; then the whole command with its
        # QA and term-consistency flags, for the record.
        row["t_s"], err = run_tandem(args.tandem, [fr, nl, "--no-flags"], out)
        if not err:
            row["t_qa_s"], _ = run_tandem(args.tandem, [fr, nl], out + ".qa", runs=1)
        if err:
            row["notes"].append(err)
        else:
            row["t_f1"], _ = f1_line(evaluator, gold, out)
            tandem_pairs.append((gold, out))
        if hunalign:
            row["h_s"], hout, err = run_hunalign(hunalign, dictionary, fr, nl, args.work, doc)
            if err:
                row["notes"].append(err)
            else:
                row["h_f1"], _ = f1_line(evaluator, gold, hout)
        rows.append(row)

    def fmt_f1(v):
        return "  -  " if v is None else "%.3f" % v

    def fmt_ms(v):
        return "-" if v is None else "%.0f" % (v * 1000)

    print("%-6s %-6s %10s %11s %10s %12s" % ("doc", "kind", "tandem F1", "hunalign F1",
                                            "tandem ms", "hunalign ms"))
    for r in rows:
        print("%-6s %-6s %10s %11s %10s %12s%s" % (
            r["doc"], r["kind"], fmt_f1(r["t_f1"]), fmt_f1(r["h_f1"]), fmt_ms(r["t_s"]),
            fmt_ms(r["h_s"]), ("  " + "; ".join(r["notes"])) if r["notes"] else ""))
    print()

    def summary(name, f1_key, s_key):
        scored = [r for r in rows if r[f1_key] is not None]
        if not scored:
            print("%-9s no result" % name)
            return None
        mean = sum(r[f1_key] for r in scored) / len(scored)
        worst = min(scored, key=lambda r: r[f1_key])
        total = sum(r[s_key] for r in scored)
        failed = len(rows) - len(scored)
        print("%-9s mean F1 %.3f   worst %.3f (%s)   total %.2f s%s" % (
            name, mean, worst[f1_key], worst["doc"], total,
            ("   (%d documents failed)" % failed) if failed else ""))
        return mean, worst[f1_key], total

    t = summary("tandem", "t_f1", "t_s")
    h = summary("hunalign", "h_f1", "h_s") if hunalign else None
    if t:
        ok = t[0] >= 0.995 and t[1] >= 0.98 and all(r["t_f1"] is not None for r in rows)
        print("issue 14 target for tandem (mean F1 >= 0.995, no document under 0.98): %s"
              % ("met" if ok else "NOT met"))
    if t and h:
        both = [r for r in rows if r["t_f1"] is not None and r["h_f1"] is not None]
        better = sum(r["t_f1"] > r["h_f1"] for r in both)
        equal = sum(r["t_f1"] == r["h_f1"] for r in both)
        worse = [r["doc"] for r in both if r["t_f1"] < r["h_f1"]]
        print("time ratio hunalign/tandem: %.1fx (target: >= 10x)" % (h[2] / t[2]))
        qa = [r["t_qa_s"] for r in rows if r.get("t_qa_s") is not None]
        if qa:
            print("tandem with its QA and term flags (whole command, one run a document): total "
                  "%.2f s, hunalign/tandem %.1fx" % (sum(qa), h[2] / sum(qa)))
        batch_line(args, data, docs, evaluator, hunalign, dictionary, h[2])
        print("tandem F1 >= hunalign F1 on every document: %s   (better on %d, equal on %d, "
              "worse on %d%s)" % ("yes" if not worse and len(both) == len(rows) else "NO",
                                  better, equal, len(worse),
                                  (": " + " ".join(worse)) if worse else ""))
    print()

    print("== tandem confidence calibration, all parl-dev beads (correct = same FR and NL "
          "paragraphs as a gold bead)")
    normalize = load_normalize(evaluator)
    table = calibrate(tandem_pairs, normalize)
    print("%-12s %6s %6s %14s" % ("score", "beads", "wrong", "share correct"))
    for label in [l for _, _, l in BUCKETS] + ["no score"]:
        n, wrong = table[label]
        if label == "no score" and n == 0:
            continue
        print("%-12s %6d %6d %14s" % (label, n, wrong,
                                       "-" if n == 0 else "%.3f" % ((n - wrong) / n)))
    print()

    seed = os.path.join(args.shared, "data", "seed001-dev.txt")
    seed_gold = os.path.join(args.shared, "data", "seed001-dev.gold.jsonl")
    if os.path.exists(seed) and os.path.exists(seed_gold):
        out = os.path.join(args.work, "seed001-dev.tandem.jsonl")
        seconds, err = run_tandem(args.tandem, [seed], out)
        if err:
            print("seed001-dev (one bilingual file): %s" % err)
        else:
            _, line = f1_line(evaluator, seed_gold, out)
            print("seed001-dev (one bilingual file, tandem only): %s   %.0f ms (median of 3)"
                  % (line, seconds * 1000))
    failed = any(r["notes"] for r in rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
