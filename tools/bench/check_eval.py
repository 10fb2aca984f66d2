#!/usr/bin/env python3
"""Scores `tandem check` on a labelled set of drafts (tests/data/check-dev layout).

Every DRAFTS/*.expected names its command on its first line
(`# tandem check FILE... --redlines ../dossiers [--parity]`), then one finding a
line `FILE:PARAGRAPH RULE`, and traps as `# trap FILE:PARAGRAPH RULE: why`.
The real binary runs each command with --json from DRAFTS; a reported finding
is correct when file, paragraph and rule all match an expected line. Prints
precision and recall per rule kind (forbid, require, stance, limit, term,
parity) and overall, the traps that fired, and with --errors every false or
missed finding.

Usage: check_eval.py TANDEM DRAFTS [--errors] [--only NAME,...] [--skip NAME,...]
"""
import collections
import json
import os
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET

KINDS = ["forbid", "require", "stance", "limit", "term", "parity"]
NS = "{urn:tandem:redlines:1}"


def rule_kinds(redline_dirs):
    kinds = {"parity": "parity"}
    for d in redline_dirs:
        files = [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".xml")] if os.path.isdir(d) else [d]
        for path in files:
            for el in ET.parse(path).getroot():
                tag = el.tag.replace(NS, "")
                if tag in KINDS and el.get("id"):
                    kinds[el.get("id")] = tag
    return kinds


def parse_expected(path):
    command, expected, traps = None, collections.Counter(), {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if command is None and line.startswith("# tandem check "):
                command = shlex.split(line[len("# tandem check "):])
            elif line.startswith("# trap "):
                m = re.match(r"# trap (\S+:\d+ \S+?):\s*(.*)", line)
                if m:
                    traps[m.group(1)] = m.group(2)
            elif line and not line.startswith("#"):
                expected[line.strip()] += 1
    return command, expected, traps


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    flags = argv[1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    tandem, drafts = os.path.abspath(args[0]), args[1]
    show_errors = "--errors" in flags
    only = skip = None
    for i, a in enumerate(flags):
        if a == "--only":
            only = set(flags[i + 1].split(","))
        if a == "--skip":
            skip = set(flags[i + 1].split(","))
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    traps_fired, traps_total, errors, checked = [], 0, [], 0
    for name in sorted(os.listdir(drafts)):
        if not name.endswith(".expected"):
            continue
        stem = name[: -len(".expected")]
        if (only and stem not in only) or (skip and stem in skip):
            continue
        command, expected, traps = parse_expected(os.path.join(drafts, name))
        if command is None:
            print(f"{name}: no command line", file=sys.stderr)
            return 2
        redlines = [command[i + 1] for i, a in enumerate(command) if a == "--redlines"]
        kinds = rule_kinds([os.path.join(drafts, r) for r in redlines])
        run = subprocess.run([tandem, "check", "--json"] + command, cwd=drafts, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(f"{name}: tandem check exited {run.returncode}: {run.stderr.strip()}", file=sys.stderr)
            return 2
        report = json.loads(run.stdout)
        reported = collections.Counter()
        detail = {}
        for f in report["findings"]:
            key = f"{os.path.basename(f['file'])}:{f['paragraph']} {f['rule']}"
            reported[key] += 1
            detail[key] = f
        checked += 1
        traps_total += len(traps)
        for key in set(reported) | set(expected):
            kind = kinds.get(key.split(" ")[1], "?")
            hit = min(reported[key], expected[key])
            tp[kind] += hit
            fp[kind] += reported[key] - hit
            fn[kind] += expected[key] - hit
            if reported[key] > hit:
                f = detail[key]
                errors.append(f"FP {key} [{kind}] {f['message']}\n     {f['sentence'][:300]}\n     why: {' | '.join(f.get('why', []))}")
                if key in traps:
                    traps_fired.append(f"{key}: {traps[key]}")
            if expected[key] > hit:
                errors.append(f"FN {key} [{kind}]")
    def ratio(a, b):
        return a / b if b else 1.0
    print(f"{checked} drafts, {sum(tp.values()) + sum(fn.values())} expected findings, {traps_total} traps")
    print(f"{'kind':<9}{'expected':>9}{'reported':>9}{'correct':>9}{'precision':>11}{'recall':>8}{'F1':>7}")
    rows = KINDS + (["?"] if tp["?"] + fp["?"] + fn["?"] else [])
    for kind in rows + ["overall"]:
        if kind == "overall":
            t, p_, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            t, p_, n = tp[kind], fp[kind], fn[kind]
        p, r = ratio(t, t + p_), ratio(t, t + n)
        f1 = 2 * p * r / (p + r) if p + r else 0
        print(f"{kind:<9}{t + n:>9}{t + p_:>9}{t:>9}{p:>11.3f}{r:>8.3f}{f1:>7.3f}")
    print(f"traps fired: {len(traps_fired)} of {traps_total}")
    for t in traps_fired:
        print(f"  {t}")
    if show_errors:
        for e in errors:
            print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
