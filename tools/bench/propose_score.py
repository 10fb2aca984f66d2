#!/usr/bin/env python3
"""Scores a proposed red-line dossier against the one a clerk wrote by hand.

usage: propose_score.py EXPECTED.xml PROPOSED.xml

A hand-written rule is *found* when a proposed rule was read from the same
source sentence (its French or Dutch `agreed` wording, compared without case,
accents, quotes or spaces) with the same kind. A proposed rule is *right*
when it is found that way and, for a stance, takes the same value; for a
limit, has the same unit, bound (min or max) and number; for a term, avoids
the same wordings. Every other proposed rule is *wrong*. Also printed: how
much of the hand-written wordings' content words the found rules' wordings
hold (an indication, not a pass mark).
"""
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

NS = "{urn:tandem:redlines:1}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
KINDS = ("forbid", "require", "stance", "limit", "term")
WORDING = {"forbid": "claim", "require": "claim", "stance": "subject", "limit": "quantity", "term": "use"}
STOP = set("""le la les l un une des du de d a au aux en et ou pour par sur dans qui que qu se s son sa ses
de het een en of van aan voor op in te om die dat door bij tot zijn haar hun""".split())


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def words(text):
    return [w[:5] for w in fold(text).split() if w not in STOP]


def rules(path):
    out = []
    for element in ET.parse(path).getroot():
        kind = element.tag.replace(NS, "")
        if kind not in KINDS:
            continue
        def texts(name, lang=None):
            return [e.text or "" for e in element.findall(NS + name) if lang is None or e.get(LANG) == lang]
        out.append({
            "id": element.get("id"), "kind": kind,
            "agreed": {fold(t) for t in texts("agreed")},
            "wordings": texts(WORDING[kind]),
            "avoid": sorted(fold(t) for t in texts("avoid")),
            "severity": element.get("severity"), "value": element.get("value"), "unit": element.get("unit"),
            "min": element.get("min"), "max": element.get("max"),
        })
    return out


def same_details(e, p):
    if e["kind"] == "stance":
        return e["value"] == p["value"]
    if e["kind"] == "limit":
        num = lambda v: None if v is None else float(v)
        return e["unit"] == p["unit"] and num(e["min"]) == num(p["min"]) and num(e["max"]) == num(p["max"])
    if e["kind"] == "term":
        return e["avoid"] == p["avoid"]
    return True


def main():
    expected, proposed = rules(sys.argv[1]), rules(sys.argv[2])
    found = right = severity_differs = 0
    used = set()
    overlap = []
    notes = []
    for e in expected:
        match = None
        for i, p in enumerate(proposed):
            if i not in used and p["kind"] == e["kind"] and e["agreed"] & p["agreed"]:
                match = i
                break
        if match is None:
            other = [p for p in proposed if e["agreed"] & p["agreed"]]
            notes.append(f"  missed {e['id']} ({e['kind']})" +
                         (f": proposed as {other[0]['kind']}" if other else ": no rule from its sentence"))
            continue
        used.add(match)
        found += 1
        p = proposed[match]
        if e["severity"] != p["severity"]:
            severity_differs += 1
            notes.append(f"  {p['id']} found {e['id']} but is {p['severity']}, not {e['severity']}")
        if same_details(e, p):
            right += 1
        else:
            notes.append(f"  {p['id']} found {e['id']} ({e['kind']}) but its value/bound/avoided words differ")
        want = [w for t in e["wordings"] for w in words(t)]
        have = {w for t in p["wordings"] for w in words(t)}
        overlap.append(sum(1 for w in want if w in have) / max(1, len(want)))
    wrong = len(proposed) - right
    for i, p in enumerate(proposed):
        if i not in used:
            notes.append(f"  wrong {p['id']} ({p['kind']}): no hand-written rule of that kind from its sentence")
    share = 100.0 * found / max(1, len(expected))
    words_share = 100.0 * sum(overlap) / max(1, len(overlap))
    print(f"found {found}/{len(expected)} ({share:.0f} %) with the right kind; "
          f"proposed {len(proposed)}, wrong {wrong}; severity differs {severity_differs}; "
          f"wording words kept {words_share:.0f} %")
    for n in notes:
        print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
