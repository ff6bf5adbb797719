"""quoteindex's benchmark suite: ingest and search speed at newsroom-archive size.

    python benchmarks/run.py                  # 1k and 10k articles, 100k and 1M quotes
    python benchmarks/run.py --full           # adds the 100k-article ingest (about 25 minutes more on 2 cores)
    python benchmarks/run.py --quick          # 1k articles, 100k quotes: a smoke test in minutes

Everything it needs is generated under benchmarks/out/ (deterministic by
--seed) and reused by later runs; indexes built straight from generated
quotes are kept there too (--rebuild to start over). The tables are
printed as Markdown, ready for the README, and the raw figures saved as
JSON next to them.

Not part of the test suite, and never run in CI: timings depend on the
machine, and a benchmark that fails a build on a busy runner teaches
nothing.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict
from functools import partial
from pathlib import Path

import baseline
import corpus
import measure
import qi
from queries import query_mix

OUT = Path(__file__).resolve().parent / "out"


def machine() -> dict:
    """What the figures were measured on."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import version

    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "spacy": version("spacy"), "tantivy": version("tantivy"),
            "platform": platform.platform()}


def corpus_dir(seed: int, n: int) -> Path:
    """The n-article corpus as .txt files, generated on first use."""
    path = OUT / f"corpus-s{seed}-{n}"
    done = path / ".complete"
    if not done.exists():
        shutil.rmtree(path, ignore_errors=True)
        print(f"generating {n} articles -> {path}", file=sys.stderr)
        _, words = corpus.write_articles(seed, n, path)
        done.write_text(json.dumps({"articles": n, "words": words}))
    return path


def corpus_texts(seed: int, n: int) -> list[str]:
    """The article bodies of the n-article corpus, as the tokeniser ceiling reads them."""
    return [a.text for a in corpus.articles(seed, n)]


# ---------------------------------------------------------------- ingest


def bench_ingest(seed: int, sizes: list[int], workers: list[int], ceiling_cap: int) -> list[dict]:
    rows = []
    for n in sizes:
        path = corpus_dir(seed, n)
        words = json.loads((path / ".complete").read_text())["words"]
        for w in workers:
            home = OUT / f"ingest-s{seed}-{n}-w{w}"
            shutil.rmtree(home, ignore_errors=True)
            print(f"ingest {n} articles, {w} worker(s)", file=sys.stderr)
            run = measure.run_measured(qi.add_command([str(path)], home, w))
            if run.returncode != 0:
                raise SystemExit(f"quoteindex add failed ({run.returncode}):\n{run.stderr[-3000:]}")
            counts = qi.counts(home)
            rows.append({"what": "quoteindex add", "articles": n, "workers": w, "words": words,
                         "quotes": counts["quotes"], "stored_articles": counts["articles"],
                         "speakers": counts["speakers"], "seconds": run.wall, "peak_rss": run.peak_rss,
                         "disk": measure.dir_size(home), "corpus_bytes": measure.dir_size(path),
                         "others": run.others})
        texts = corpus_texts(seed, min(n, ceiling_cap))
        cwords = sum(len(t.split()) for t in texts)
        for as_quoteindex, w in itertools.product((False, True), workers):
            print(f"tokeniser ceiling on {len(texts)} articles, {w} process(es)", file=sys.stderr)
            with measure.contention() as busy:
                rate = baseline.tokenizer_rate(texts, w, as_quoteindex)
            rows.append({"what": "spaCy blank-en tokeniser", "articles": len(texts), "workers": w,
                         "as_quoteindex": as_quoteindex, "words": cwords, "seconds": cwords / rate,
                         "others": busy.others})
    return rows


def ingest_table(rows: list[dict]) -> str:
    out = ["| corpus | what | workers | articles/s | words/s | quotes/s | peak memory (RSS) | index on disk"
           + " | other load |", "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        s = r["seconds"]
        if r["what"] == "quoteindex add":
            out.append(f"| {r['articles']:,} articles | `quoteindex add` | {r['workers']} | "
                       f"{r['articles'] / s:,.0f} | {measure.fmt_rate(r['words'] / s)} | "
                       f"{measure.fmt_rate(r['quotes'] / s)} | {measure.fmt_bytes(r['peak_rss'])} | "
                       f"{measure.fmt_bytes(r['disk'])} | {r['others']:.0%} |")
        else:
            how = "as quoteindex sets it up" if r.get("as_quoteindex") else "as shipped"
            out.append(f"| {r['articles']:,} articles | spaCy tokeniser alone, {how} (ceiling) | {r['workers']} | "
                       f"{r['articles'] / s:,.0f} | {measure.fmt_rate(r['words'] / s)} | | | | {r['others']:.0%} |")
    return "\n".join(out)


# ---------------------------------------------------------------- search


def build_indexes(seed: int, n: int, rebuild: bool) -> tuple[Path, baseline.Fts5, dict]:
    """quoteindex and FTS5 indexes of the same n generated quotes (reused unless `rebuild`)."""
    home = OUT / f"quotes-s{seed}-{n}"
    fts_path = OUT / f"fts5-s{seed}-{n}.sqlite"
    info_path = OUT / f"quotes-s{seed}-{n}.json"
    if rebuild or not info_path.exists():
        shutil.rmtree(home, ignore_errors=True)
        info_path.unlink(missing_ok=True)
        print(f"loading {n:,} quotes into quoteindex", file=sys.stderr)
        t = time.perf_counter()
        qi.load_quotes(home, corpus.quotes(seed, n))
        qi_secs = time.perf_counter() - t
        print(f"loading {n:,} quotes into FTS5", file=sys.stderr)
        _, fts_secs = baseline.Fts5.build(fts_path, (asdict(q) for q in corpus.quotes(seed, n)))
        info = {"quotes": n, "quoteindex_load_seconds": qi_secs, "fts5_load_seconds": fts_secs,
                "quoteindex_disk": measure.dir_size(home), "fts5_disk": measure.dir_size(fts_path)}
        info_path.write_text(json.dumps(info))
    return home, baseline.Fts5(fts_path), json.loads(info_path.read_text())


def bench_search(seed: int, sizes: list[int], repeat: int, rebuild: bool) -> list[dict]:
    results = []
    mix = query_mix(seed)
    for n in sizes:
        home, fts, info = build_indexes(seed, n, rebuild)
        searcher = qi.Searcher(home)
        per_query = []
        for q in mix:
            print(f"{n:,} quotes: {q.label}", file=sys.stderr)
            with measure.contention() as busy:
                qi_times = measure.time_calls(partial(searcher.search, q), repeat)
                fts_times = measure.time_calls(partial(fts.search, q), repeat)
            per_query.append({"query": asdict(q), "quoteindex": qi_times, "fts5": fts_times,
                              "quoteindex_hits": searcher.hits(q), "fts5_hits": fts.hits(q),
                              "others": busy.others})
        results.append({**info, "queries": per_query})
    return results


def search_table(results: list[dict]) -> str:
    out = ["| quotes | query | quoteindex p50 / p95 / p99 ms | FTS5 p50 / p95 / p99 ms | p50 ratio"
           + " | matches (qi / FTS5) | other load |", "|---:|---|---:|---:|---:|---:|---:|"]
    for res in results:
        all_qi: list[float] = []
        all_fts: list[float] = []
        for pq in res["queries"]:
            all_qi += pq["quoteindex"]
            all_fts += pq["fts5"]
            out.append(_search_row(f"{res['quotes']:,}", pq["query"]["label"], pq["quoteindex"], pq["fts5"],
                                   f"{pq['quoteindex_hits']:,} / {pq['fts5_hits']:,}", f"{pq['others']:.0%}"))
        out.append(_search_row(f"**{res['quotes']:,}**", "**whole mix**", all_qi, all_fts, "", ""))
    return "\n".join(out)


def _search_row(n: str, label: str, qi_t: list[float], fts_t: list[float], hits: str, others: str) -> str:
    a, b = measure.percentiles(qi_t), measure.percentiles(fts_t)

    def fmt(p: dict[int, float]) -> str:
        return " / ".join(measure.fmt_ms(p[k]) for k in (50, 95, 99))

    return f"| {n} | {label} | {fmt(a)} | {fmt(b)} | {a[50] / b[50]:.1f}x | {hits} | {others} |"


def load_table(results: list[dict]) -> str:
    out = ["| quotes | quoteindex load | quoteindex on disk | FTS5 load | FTS5 on disk |",
           "|---:|---:|---:|---:|---:|"]
    for r in results:
        out.append(f"| {r['quotes']:,} | {r['quoteindex_load_seconds']:.0f} s "
                   f"| {measure.fmt_bytes(r['quoteindex_disk'])} | {r['fts5_load_seconds']:.1f} s "
                   f"| {measure.fmt_bytes(r['fts5_disk'])} |")
    return "\n".join(out)


# ---------------------------------------------------------------- the command, whole process


def bench_command(seed: int, n: int, runs: int, warmup: int = 2) -> list[dict]:
    """Wall time of the real `quoteindex search` process, hyperfine-style: warm-up runs, then `runs`
    timed runs of each query, output to a pipe (JSON, as scripts get it)."""
    home, _, _ = build_indexes(seed, n, rebuild=False)
    rows = []
    for q in query_mix(seed):
        argv = qi.search_command(home, q)
        for _ in range(warmup):
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times = []
        with measure.contention() as busy:
            for _ in range(runs):
                t = time.perf_counter()
                done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
                times.append(time.perf_counter() - t)
                if done.returncode not in (0, 1):
                    raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): "
                                     f"{done.stderr.decode()[-2000:]}")
        rows.append({"query": asdict(q), "argv": argv, "seconds": times, "others": busy.others})
    return rows


def command_table(n: int, rows: list[dict]) -> str:
    out = [f"| `quoteindex search` on {n:,} quotes | mean s | min s | max s | other load |",
           "|---|---:|---:|---:|---:|"]
    for r in rows:
        t = r["seconds"]
        out.append(f"| {r['query']['label']} | {sum(t) / len(t):.3f} | {min(t):.3f} | {max(t):.3f} "
                   f"| {r['others']:.0%} |")
    return "\n".join(out)


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--articles", default="1000,10000", help="ingest corpus sizes (default 1000,10000)")
    p.add_argument("--full", action="store_true", help="also ingest 100,000 articles")
    p.add_argument("--quick", action="store_true", help="1,000 articles and 100,000 quotes only")
    p.add_argument("--workers", default="1,2", help="ingest worker processes to try (default 1,2)")
    p.add_argument("--quotes", default="100000,1000000", help="search index sizes (default 100000,1000000)")
    p.add_argument("--repeat", type=int, default=30, help="timed runs per query (default 30)")
    p.add_argument("--runs", type=int, default=10, help="timed `quoteindex search` processes per query")
    p.add_argument("--ceiling-cap", type=int, default=10_000,
                   help="articles the tokeniser ceiling reads at most (its rate does not depend on size)")
    p.add_argument("--skip", default="", help="comma-separated parts to skip: ingest,search,command")
    p.add_argument("--rebuild", action="store_true", help="rebuild the quote indexes kept in benchmarks/out")
    args = p.parse_args(argv)

    sizes = [int(x) for x in args.articles.split(",") if x] + ([100_000] if args.full else [])
    quote_sizes = [int(x) for x in args.quotes.split(",") if x]
    if args.quick:
        sizes, quote_sizes = [1000], [100_000]
    workers = [int(x) for x in args.workers.split(",")]
    skip = set(args.skip.split(","))
    OUT.mkdir(parents=True, exist_ok=True)

    report: dict = {"machine": machine(), "seed": args.seed, "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    m = report["machine"]
    tables = [(f"Measured on {m['cores']} cores ({m['cpu']}), Python {m['python']}, SQLite {m['sqlite']}, "
               f"spaCy {m['spacy']}, tantivy {m['tantivy']}; seed {args.seed}. *Other load* is the share of all "
               "cores other programs used during a measurement (0% = a quiet machine).")]
    stamp = time.strftime("%Y%m%d-%H%M%S")

    def save(table: str) -> None:
        """Print a finished part and save everything so far: a long run keeps what it measured."""
        tables.append(table)
        print(table + "\n", flush=True)
        (OUT / f"results-{stamp}.json").write_text(json.dumps(report, indent=1))
        (OUT / f"results-{stamp}.md").write_text("\n\n".join(tables) + "\n")

    print(tables[0] + "\n", flush=True)
    if "ingest" not in skip:
        report["ingest"] = bench_ingest(args.seed, sizes, workers, args.ceiling_cap)
        save("**Ingest** (`quoteindex add` on a folder of .txt articles, whole process; "
             "words are whitespace-separated)\n\n" + ingest_table(report["ingest"]))
    if "search" not in skip:
        report["search"] = bench_search(args.seed, quote_sizes, args.repeat, args.rebuild)
        save(f"**Search** (in-process, top 10 results, {args.repeat} timed runs per query after one "
             "warm-up; FTS5 = SQLite FTS5, porter unicode61, bm25)\n\n" + search_table(report["search"]))
        save("**Loading generated quotes** (straight into the store, no extraction)\n\n"
             + load_table(report["search"]))
    if "command" not in skip:
        n = min(quote_sizes, key=lambda x: abs(x - 100_000))
        report["command"] = bench_command(args.seed, n, args.runs)
        save(f"**Whole process** (`quoteindex search ... --json > pipe`, {args.runs} runs per query "
             "after 2 warm-ups)\n\n" + command_table(n, report["command"]))
    return 0

if __name__ == "__main__":
    sys.exit(main())
