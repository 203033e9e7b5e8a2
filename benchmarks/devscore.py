#!/usr/bin/env python3
"""Score the in-tree extractor on a dev set in-process (a fast twin of ../shared/eval/run-dev.sh).

usage: python benchmarks/devscore.py KIT [--limit N] [--out DIR] [--json]
Writes DIR/KIT-out.jsonl (our records), DIR/KIT-pred.jsonl, DIR/KIT-gold.jsonl and prints
score.py's table.  The official figures come from run-dev.sh through the CLI; use this one
while iterating.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("kit", choices=["muc4", "gtd", "gva"])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--out", default="/tmp/devscore")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    from incidentcli.pipeline import extract

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    gold_path = SHARED / "data" / args.kit / f"{args.kit}-dev.jsonl"
    n = 0
    start = time.perf_counter()
    with open(gold_path) as f, open(out / f"{args.kit}-gold.jsonl", "w") as g, \
            open(out / f"{args.kit}-out.jsonl", "w") as o:
        for line in f:
            r = json.loads(line)
            e = (r["incidents"][0].get("extra") or {}) if r["incidents"] else {}
            if args.kit == "gva" and not (e.get("consistent") and not e.get("accidental")):
                continue
            g.write(line)
            rec = extract(r["text"], reference_date=r.get("reference_date"), id=r["id"])
            o.write(json.dumps(rec.to_dict()) + "\n")
            n += 1
            if args.limit and n >= args.limit:
                break
    secs = time.perf_counter() - start
    print(f"== {args.kit}: {n} documents in {secs:.1f} s ({n / secs:.0f} docs/s)")
    subprocess.run([sys.executable, str(SHARED / "eval" / "adapt.py"), args.kit,
                    str(out / f"{args.kit}-out.jsonl"), str(out / f"{args.kit}-pred.jsonl")], check=True)
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(out / f"{args.kit}-gold.jsonl"),
           str(out / f"{args.kit}-pred.jsonl")] + (["--json"] if args.json else [])
    subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
