#!/usr/bin/env bash
# Peak memory and time of reading and ingesting large plain-text files, against
# the per-file limit (ingest::ReadOptions::max_bytes, tandem ingest
# --max-file-mb). Files of each SIZE (MB) are generated from French sentences
# written for this benchmark; a file over the limit must be refused at once.
# A 20 KB file first gives the fixed overhead (the lexicon, libraries); the
# last column is what a file adds over it, per byte of the file: the bound
# stated in the README and `tandem ingest --help` is peak <= 100 MiB + 3 x file.
# Usage: tools/bench/ingest_memory.sh [BUILD] [SIZE...]   (default: 5 20 60 200)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/default}"
shift || true
sizes=("${@:-5 20 60 200}")
[ $# -eq 0 ] && sizes=(5 20 60 200)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$build" "$work" "${sizes[@]}" <<'PY'
import random, resource, subprocess, sys, time
build, work, sizes = sys.argv[1], sys.argv[2], [0] + [int(s) for s in sys.argv[3:]]
sentences = [
    "Le Conseil a décidé que la Belgique versera une contribution au fonds de soutien.",
    "La ministre rappelle que la coopération au développement reste une priorité du gouvernement.",
    "Les États membres examineront le rapport lors de leur prochaine réunion à Bruxelles.",
    "Notre pays soutient le dialogue politique entre les parties et appelle au respect du droit international.",
]
print(f"{'file':>8} {'stage':>8} {'exit':>4} {'seconds':>8} {'peak MiB':>9} {'peak / file':>11} {'(peak - floor) / file':>21}")
floor = {}
for mb in sizes:
    path = f"{work}/large-{mb}.txt"
    random.seed(mb)
    with open(path, "w", encoding="utf-8") as f:
        written, i = 0, 0
        while written < (mb << 20 if mb else 20 << 10):
            p = " ".join(random.choice(sentences) for _ in range(5)) + f" (paragraphe {i})\n\n"
            f.write(p)
            written += len(p.encode())
            i += 1
    for stage, cmd in (("read", [f"{build}/tools/bench/read_bench", path, "1"]),
                       ("ingest", [f"{build}/tools/tandem/tandem", "ingest", "-q", "--db", f"{work}/index-{mb}", path])):
        start = time.time()
        # Each run in its own child: the children's peak is the largest so far,
        # so run it through a fresh Python that reports only its own child.
        probe = ("import resource,subprocess,sys;r=subprocess.run(sys.argv[1:],capture_output=True);"
                 "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
                 "sys.stderr.write(r.stderr.decode(errors='replace')[-300:])")
        out = subprocess.run([sys.executable, "-c", probe] + cmd, capture_output=True, text=True)
        code, kib = out.stdout.split()
        seconds = time.time() - start
        peak = int(kib) / 1024
        if mb == 0:
            floor[stage] = peak
            print(f"{'20KB':>8} {stage:>8} {code:>4} {seconds:>8.1f} {peak:>9.0f} {'(floor)':>11}", flush=True)
        else:
            print(f"{mb:>6}MB {stage:>8} {code:>4} {seconds:>8.1f} {peak:>9.0f} {peak / mb:>10.1f}x"
                  f" {(peak - floor[stage]) / mb:>20.1f}x", flush=True)
        if out.stderr.strip():
            print("         " + out.stderr.strip().splitlines()[-1], flush=True)
PY
