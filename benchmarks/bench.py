#!/usr/bin/env python3
"""Speed, start-up and memory of incidentcli, side by side with a spaCy NER peer (issues 8, 9).

usage: python benchmarks/bench.py [--limit 1000] [--peer-python /tmp/spacy-venv/bin/python]
                                  [--peer pipeline|ner|ner-alone ...] [--no-dask] [--profile]
                                  [--json] [--no-compile]

Every figure is a whole `incidentcli parse` process (start-up included), run the way a user
runs it, on the first LIMIT articles of the GVA dev set (id, text, reference_date only):
- throughput: articles/s and MB/s (of article text) with --jobs 1, --jobs 2 (median of --runs
  runs each), --scheduler local (when dask is importable), and the spaCy peer (when
  --peer-python has spacy and the model) run three ways (``spacy_peer.py``: the whole en_core_web_sm pipeline, tok2vec + ner, ner alone;
  --peer picks some), with --jobs 1's speed as a multiple of each;
- start-up: `incidentcli parse one-article.txt` against a bare
  `python -c "import click, rich, dateparser"` (median of --repeat runs);
- the fixed cost of starting a local Dask cluster (a one-article run with --scheduler local);
- memory: peak RSS of the LIMIT-article run and of a 3x longer input (flat = streaming).
CPU seconds (user + system, the whole process tree) are printed too: on a machine shared with
other work the wall clock says little, articles per CPU second still compare.
  RSS is the largest single process (os.wait4 rusage), so for --jobs/Dask it is one process.
--profile adds a cProfile of the LIMIT-article run in this process (top functions by own time).
The package's bytecode is compiled first (``compileall``, into the gitignored __pycache__), as
``pip install`` does: with PYTHONDONTWRITEBYTECODE set (CI images, sandboxes) every start would
otherwise compile ~7,500 lines of source again (~50 ms CPU).  --no-compile measures that case.
Targets (issue 8): >= 250 articles/s at --jobs 1 and 20x the peer's, start-up <= 2.5x bare
imports, RSS <= 300 MB.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GVA_DEV = ROOT.parent / "shared" / "data" / "gva" / "gva-dev.jsonl"
ONE_ARTICLE = ("KABUL, Afghanistan (AP) — A suicide car bomber struck a police checkpoint on the "
               "edge of the city on Monday, killing at least 12 people and wounding 30 others, "
               "officials said. No group immediately claimed the attack.\n")
TARGET_RATE, TARGET_STARTUP, TARGET_RSS, TARGET_X_PEER = 250.0, 2.5, 300.0, 20.0
PEER_MODES = ("pipeline", "ner", "ner-alone")   # spacy_peer.py --mode
PEER_LABELS = {"pipeline": "whole pipeline", "ner": "tok2vec + ner", "ner-alone": "ner alone"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--data", default=str(GVA_DEV), help="JSONL with id/text[/reference_date]")
    ap.add_argument("--python", default=sys.executable, help="python that runs incidentcli")
    ap.add_argument("--peer-python", default="/tmp/spacy-venv/bin/python",
                    help="python with spacy + en_core_web_sm (skipped when it has none)")
    ap.add_argument("--peer", action="append", choices=PEER_MODES,
                    help="how the peer runs spaCy (repeatable; default: all three)")
    ap.add_argument("--repeat", type=int, default=7, help="start-up runs (median)")
    ap.add_argument("--runs", type=int, default=5,
                    help="runs of each incidentcli --jobs row (the median is shown: a run takes "
                         "seconds, so a passing slow spell of a shared machine moves one run a "
                         "lot; the peer's runs take a minute and average it out)")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--json", action="store_true", help="also print all figures as JSON")
    ap.add_argument("--no-compile", action="store_true",
                    help="don't compile the package's bytecode first (start-up then includes "
                         "compiling the source when PYTHONDONTWRITEBYTECODE is set)")
    args = ap.parse_args()
    if not args.no_compile:
        subprocess.run([args.python, "-m", "compileall", "-q", str(ROOT / "incidentcli")],
                       check=True, stdout=subprocess.DEVNULL, env=run_env())

    with tempfile.TemporaryDirectory(prefix="incidentcli-bench-") as tmp:
        tmp = Path(tmp)
        corpus, n, text_mb = make_corpus(Path(args.data), args.limit, tmp / "corpus.jsonl")
        long_corpus = repeat_corpus(corpus, 3, tmp / "corpus-x3.jsonl")
        one = tmp / "one-article.txt"
        one.write_text(ONE_ARTICLE, encoding="utf-8")
        figures: dict = {"articles": n, "text_mb": round(text_mb, 3),
                         "bytecode": "source" if args.no_compile else "compiled"}
        parse = [args.python, "-m", "incidentcli", "parse", "--input-format", "jsonl",
                 "--format", "jsonl"]

        rows: list[tuple[str, Run]] = []
        for label, extra in (("incidentcli --jobs 1", []), ("incidentcli --jobs 2", ["-j", "2"])):
            rows.append((label, median_run(parse + extra + [str(corpus)], args.runs)))
        have_dask = not args.no_dask and importable(args.python, "distributed")
        if have_dask:
            rows.append((f"incidentcli --scheduler local -j 2 --partition-size {max(1, n // 8)}",
                         timed(parse + ["--scheduler", "local", "-j", "2", "--partition-size",
                               str(max(1, n // 8)), str(corpus)])))
        peers: list[tuple[str, Run]] = []
        for mode in ([] if args.no_peer else args.peer or PEER_MODES):
            peer = peer_command(args.peer_python, mode)
            if peer:
                peers.append((f"spaCy en_core_web_sm, {PEER_LABELS[mode]}",
                              timed(peer + [str(corpus)])))
        rows += peers

        print(f"\nThroughput on {n} GVA dev articles ({text_mb:.2f} MB of text), whole process "
              f"(start-up included), {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, "
              f"bytecode {figures['bytecode']}:")
        print(f"  {'':56} {'seconds':>8} {'art/s':>8} {'MB/s':>7} {'CPU s':>7} {'art/CPU s':>9} "
              f"{'peak RSS MB':>12}")
        base = rows[0][1].seconds
        for label, r in rows:
            print(f"  {label:56} {r.seconds:8.2f} {n / r.seconds:8.1f} {text_mb / r.seconds:7.3f} "
                  f"{r.cpu:7.2f} {n / r.cpu:9.1f} {r.rss_mb:12.1f}"
                  + ("" if label == rows[0][0] else f"   ({base / r.seconds:.2f}x --jobs 1's speed)"))
            figures[label] = {"seconds": round(r.seconds, 3), "articles_per_s": round(n / r.seconds, 1),
                              "mb_per_s": round(text_mb / r.seconds, 3), "cpu_s": round(r.cpu, 2),
                              "articles_per_cpu_s": round(n / r.cpu, 1),
                              "peak_rss_mb": round(r.rss_mb, 1)}
        if not peers and not args.no_peer:
            print(f"  (spaCy peer skipped: {args.peer_python} has no spacy + en_core_web_sm)")
        x_peers = {}
        for label, r in peers:
            ratio, cpu_ratio = r.seconds / base, r.cpu / rows[0][1].cpu
            x_peers[label] = ratio
            print(f"  incidentcli --jobs 1 is {ratio:.1f}x the speed of {label} by the clock, "
                  f"{cpu_ratio:.1f}x by CPU time (goal {TARGET_X_PEER:.0f}x, 50x)")
            figures[label]["incidentcli_is_x"] = round(ratio, 1)
            figures[label]["incidentcli_is_x_cpu"] = round(cpu_ratio, 1)

        bare = median_time([args.python, "-c", "import click, rich, dateparser"], args.repeat)
        start = median_time([args.python, "-m", "incidentcli", "parse", str(one)], args.repeat)
        figures["startup_ms"], figures["bare_imports_ms"] = round(start * 1e3), round(bare * 1e3)
        print(f"\nStart-up: `incidentcli parse one-article.txt` {start * 1e3:.0f} ms vs bare "
              f"`import click, rich, dateparser` {bare * 1e3:.0f} ms = {start / bare:.2f}x "
              f"(target <= {TARGET_STARTUP}x)")
        if have_dask:
            cluster = median_time([args.python, "-m", "incidentcli", "parse", "--scheduler",
                                   "local", "-j", "2", str(one)], 3)
            fixed = cluster - start
            figures["dask_local_fixed_s"] = round(fixed, 2)
            print(f"Dask: a one-article run with --scheduler local takes {cluster:.2f} s, i.e. "
                  f"{fixed:.2f} s of fixed cost for starting the cluster")
            # steady rates: the run's time less what a one-article run of the same kind takes
            r1 = n / max(1e-9, rows[0][1].seconds - start)
            r2 = n / max(1e-9, rows[1][1].seconds - start)
            rd = n / max(1e-9, rows[2][1].seconds - cluster)
            for label, r in (("--jobs 1", r1), ("--jobs 2", r2)):
                key = "dask_pays_off_vs_" + label.strip("-").replace(" ", "")
                if rd > r:
                    pays = fixed / (1 / r - 1 / rd)
                    figures[key] = round(pays)
                    print(f"  steady {rd:.0f} art/s vs {r:.0f} art/s with {label}: the local "
                          f"cluster pays off from about {pays:,.0f} articles")
                else:
                    figures[key] = None
                    print(f"  steady {rd:.0f} art/s vs {r:.0f} art/s with {label}: the local "
                          f"cluster never pays off")

        rss_long = timed(parse + [str(long_corpus)]).rss_mb
        rss_short = rows[0][1].rss_mb
        figures["rss_mb"], figures["rss_mb_x3"] = round(rss_short, 1), round(rss_long, 1)
        print(f"\nMemory (--jobs 1): peak RSS {rss_short:.1f} MB for {n} articles, {rss_long:.1f} MB "
              f"for {3 * n} ({rss_long / rss_short:.2f}x; flat means streaming; target <= "
              f"{TARGET_RSS:.0f} MB)")

        rate = n / base
        print("\nTargets: "
              f"throughput {'OK' if rate >= TARGET_RATE else 'MISSED'} ({rate:.0f} >= {TARGET_RATE:.0f}/s), "
              f"start-up {'OK' if start / bare <= TARGET_STARTUP else 'MISSED'}, "
              f"memory {'OK' if max(rss_short, rss_long) <= TARGET_RSS else 'MISSED'}"
              + "".join(f", {TARGET_X_PEER:.0f}x {label.split(', ')[1]} "
                        f"{'OK' if x >= TARGET_X_PEER else 'MISSED'} ({x:.1f}x)"
                        for label, x in x_peers.items()))
        if args.profile:
            profile(corpus)
        if args.json:
            print(json.dumps(figures, indent=1))


def make_corpus(source: Path, limit: int, out: Path) -> tuple[Path, int, float]:
    """The first ``limit`` lines of ``source``, keeping only what a user would send."""
    n, size = 0, 0
    with open(source, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            if n >= limit:
                break
            obj = json.loads(line)
            keep = {k: obj[k] for k in ("id", "text", "reference_date") if k in obj}
            dst.write(json.dumps(keep, ensure_ascii=False) + "\n")
            n += 1
            size += len(obj["text"].encode("utf-8"))
    return out, n, size / 1e6


def repeat_corpus(corpus: Path, times: int, out: Path) -> Path:
    lines = corpus.read_text(encoding="utf-8").splitlines()
    with open(out, "w", encoding="utf-8") as dst:
        for k in range(times):
            for line in lines:
                obj = json.loads(line)
                obj["id"] = f"{obj.get('id')}#{k}"
                dst.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return out


def run_env(extra: dict | None = None) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("NO_COLOR", None)
    env.update(extra or {})
    return env


class Run(NamedTuple):
    seconds: float  # wall clock
    rss_mb: float   # peak RSS of the largest process of the tree
    cpu: float      # user + system CPU seconds of the whole tree


def timed(cmd: list[str], env: dict | None = None) -> Run:
    """Wall seconds, peak RSS and CPU time of one run (its output discarded)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err, env=run_env(env), cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        secs = time.perf_counter() - start
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            err.seek(0)
            tail = err.read()[-2000:].decode(errors="replace")
            sys.exit(f"bench: {' '.join(cmd)} failed ({code}):\n{tail}")
    return Run(secs, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def median_run(cmd: list[str], runs: int) -> Run:
    """The run of median wall time of ``runs`` runs (its RSS and CPU time with it)."""
    done = sorted((timed(cmd) for _ in range(max(1, runs))), key=lambda r: r.seconds)
    return done[(len(done) - 1) // 2]


def median_time(cmd: list[str], repeat: int) -> float:
    return statistics.median(timed(cmd).seconds for _ in range(repeat))


def importable(python: str, module: str) -> bool:
    return subprocess.run([python, "-c", f"import {module}"], capture_output=True).returncode == 0


def peer_command(python: str, mode: str) -> list[str] | None:
    if not python or not Path(python).exists():
        return None
    cmd = [python, str(HERE / "spacy_peer.py"), "--mode", mode]
    ok = subprocess.run(cmd + ["--check"], capture_output=True).returncode == 0
    return cmd if ok else None


def profile(corpus: Path, top: int = 25) -> None:
    """cProfile of the whole run (read, extract, write JSONL) in this process."""
    import cProfile
    import io
    import pstats

    sys.path.insert(0, str(ROOT))
    from incidentcli.reader import Source, read_source
    from incidentcli.render import Writer
    from incidentcli.runner import run

    prof = cProfile.Profile()
    sink = io.StringIO()
    prof.enable()
    writer = Writer(sink, "jsonl")
    for rec in run(read_source(Source(str(corpus), corpus), "jsonl", None)):
        writer.write(rec)
    writer.close()
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    print(f"\nProfile of the {corpus.name} run (top {top} by own time):")
    stats.sort_stats("tottime").print_stats(top)
    print("\n".join(out.getvalue().splitlines()[:top + 12]))
    out.seek(0)
    out.truncate()
    print(f"\nTop {top} by cumulative time:")
    stats.sort_stats("cumulative").print_stats(top)
    print("\n".join(out.getvalue().splitlines()[:top + 12]))


if __name__ == "__main__":
    main()
