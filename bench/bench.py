"""kaifu's benchmark: throughput, start-up time, memory and hostile inputs, as one table.

Run from the repository root, with kaifu installed as users install it (``pip install .``, which
compiles the modules that read a report with mypyc; see setup.py), about a minute on a 2-core machine::

    python3 -m venv .venv-bench && .venv-bench/bin/pip install . && .venv-bench/bin/python bench/bench.py

An editable install is pure Python: the script then measures that, and says so.

It builds its corpus in ``bench/corpus/`` (ignored by git) from ``samples/*.txt`` and
``tests/data/*.txt``: every copy of a report has its digits permuted, so no two files are the
same and no cache of lines or labels can flatter the numbers.  Then it measures, in one run:

- ``extract`` in the library, one process: MB of UTF-8 text per second (best of five passes), for
  the installed build and, in a child process, for this tree's pure Python source;
- ``cn2an.transform(text, "cn2an")`` over part of the same text, the reference point;
- where ``extract`` spends its time, by stage (cProfile over 1 MB of the pure Python source: cProfile
  cannot see inside compiled functions);
- ``kaifu extract`` on the corpus folder to CSV, with ``--jobs 1`` and ``--jobs 2``;
- peak memory (RSS) of ``kaifu extract`` on the corpus, on one file and on one ten times larger;
- the wall time of ``kaifu extract samples/kaifu-2023h1.txt`` (median of several runs) next to
  ``python -c "import typer, rich, cn2an"``, the floor set by the dependencies;
- ``extract`` on hostile text (long runs of digits, Chinese numerals, 余, brackets, quotes,
  commas) next to normal text: regular expressions that backtrack would show here; and lines of
  thousands of figures, compared per record, where work repeated per figure over the line would.

``--corpus-mb``, ``--file-mb`` and ``--runs`` change the sizes; ``--keep`` keeps the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
SOURCES = sorted([*ROOT.glob("samples/*.txt"), *ROOT.glob("tests/data/*.txt")])
BIN = Path(sys.executable).parent
KAIFU = str(BIN / "kaifu")
MB = 1_000_000

# Targets from issue 5.
TARGET_MB_S = 10.0
TARGET_VS_CN2AN = 5.0
TARGET_START = 1.3
TARGET_MEMORY = 1.5


def permuted(text: str, rng: random.Random) -> str:
    """The text with its digits permuted: the same shapes of numbers, other values."""
    digits = list("0123456789")
    rng.shuffle(digits)
    return text.translate(str.maketrans("0123456789", "".join(digits)))


def build_corpus(corpus_mb: float, file_mb: float) -> tuple[list[Path], Path, Path]:
    """Many report-sized files of about ``corpus_mb`` in all, one file of ``file_mb``, one ten
    times larger: (files, big, bigger)."""
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    many = CORPUS / "many"
    many.mkdir(parents=True)
    rng = random.Random(5)
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    files: list[Path] = []
    total = 0
    while total < corpus_mb * MB:
        n = len(files)
        text = permuted(texts[n % len(texts)], rng)
        path = many / f"{n:05d}-{SOURCES[n % len(SOURCES)].stem}.txt"
        total += path.write_bytes(text.encode("utf-8"))
        files.append(path)
    big = CORPUS / f"one-{file_mb:g}MB.txt"
    bigger = CORPUS / f"one-{10 * file_mb:g}MB.txt"
    for path, size in ((big, file_mb), (bigger, 10 * file_mb)):
        with path.open("w", encoding="utf-8") as out:
            written = 0
            while written < size * MB:
                text = permuted(texts[rng.randrange(len(texts))], rng) + "\n"
                out.write(text)
                written += len(text.encode("utf-8"))
    return files, big, bigger


def size_mb(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / MB


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(cmd: list[str]) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in MB of the process and the children it waited for, exit code)."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(cmd, stdout=null, stderr=subprocess.PIPE, cwd=ROOT)
        assert proc.stderr is not None
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0,):
        message = err.decode(errors="replace")[-300:]
        print(f"  ! {' '.join(cmd[:4])}… exited {code}: {message}", file=sys.stderr)
    return wall, usage.ru_maxrss // 1024, code


def has_jobs() -> bool:
    """Whether this kaifu has ``--jobs`` (added with batch extraction)."""
    out = subprocess.run([KAIFU, "extract", "--help"], capture_output=True, text=True, cwd=ROOT)
    return "--jobs" in out.stdout


def build() -> str:
    """Which kaifu this process imports: ``mypyc`` when its modules that read a report are compiled."""
    from kaifu_cli import compiled

    return "mypyc" if compiled() else "pure Python"


def source_measures(folder: Path, library_mb: float) -> tuple[float, float, int, list[tuple[str, float]]]:
    """Throughput and stage profile of this tree's pure Python source over the files of ``folder``,
    in a child process that imports that source before any installed build."""
    code = (
        "import json, sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]; import bench;"
        "from pathlib import Path; files = sorted(Path(sys.argv[3]).glob('*.txt'));"
        "assert bench.build() == 'pure Python';"
        "print(json.dumps([*bench.library_throughput(files, float(sys.argv[4])), bench.profile(files, 1.0)]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(ROOT / "bench"), str(folder), str(library_mb)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout
    speed, mb, records, shares = json.loads(out)
    return speed, mb, records, [tuple(share) for share in shares]


def library_throughput(paths: list[Path], limit_mb: float, passes: int = 5) -> tuple[float, float, int]:
    """(MB/s, MB read, records) of ``extract`` over whole files up to ``limit_mb``: the best of a
    few passes, as timeit takes the best, since a shared or virtual machine only ever slows a run."""
    from kaifu_cli import extract

    texts, total = [], 0
    for p in paths:
        texts.append(p.read_text(encoding="utf-8"))
        total += p.stat().st_size
        if total >= limit_mb * MB:
            break
    extract(texts[0])  # compile the patterns, load the vocabulary
    best = float("inf")
    for _ in range(passes):
        records = 0
        start = time.perf_counter()
        for text in texts:
            records += len(extract(text))
        best = min(best, time.perf_counter() - start)
    return total / MB / best, total / MB, records


# The stages of extract, by the function that runs each: where the time of a figure goes.
STAGES = {
    "find figures (extraction.find_figures)": ("extraction.py", "find_figures"),
    "describe them: label, kind, sign (extraction._describe_line)": ("extraction.py", "_describe_line"),
    "classify sections (classification.classify)": ("classification.py", "classify"),
    "periods, parents, baselines (meaning.ReportContext.annotate + read)": ("meaning.py", "annotate", "read"),
}


def profile(paths: list[Path], limit_mb: float) -> list[tuple[str, float]]:
    """Share of extract's time per stage over ``limit_mb`` of the corpus (cProfile, cumulative)."""
    import cProfile
    import pstats

    from kaifu_cli import extract

    text = "".join(p.read_text(encoding="utf-8") for p in paths[: max(1, int(limit_mb * MB) // 25_000)])
    extract(text[:1000])
    profiler = cProfile.Profile()
    profiler.runcall(extract, text)
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = max(ct for (_, _, name), (_, _, _, ct, _) in stats.items() if name == "extract")
    shares = []
    for stage, (filename, *names) in STAGES.items():
        spent = sum(ct for (file, _, name), (_, _, _, ct, _) in stats.items()
                    if file.endswith(filename) and name in names)
        shares.append((stage, spent / total))
    return shares


def cn2an_throughput(paths: list[Path], limit_mb: float) -> float:
    import cn2an

    text = "".join(p.read_text(encoding="utf-8") for p in paths[: max(1, int(limit_mb * MB) // 25_000)])
    text = text[: int(limit_mb * MB / 3)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns about every 万 or 百 it cannot read
        seconds = min(timed(lambda: cn2an.transform(text, "cn2an")) for _ in range(5))  # best, as above
    return len(text.encode("utf-8")) / MB / seconds


def start_up(runs: int) -> tuple[float, float]:
    """Median wall seconds of one report through ``kaifu extract`` and of importing the dependencies."""
    report = [KAIFU, "extract", "samples/kaifu-2023h1.txt", "-f", "csv"]
    floor = [sys.executable, "-c", "import typer, rich, cn2an"]
    run(report), run(floor)  # warm the file cache
    kaifu_times, floor_times = [], []
    for _ in range(runs):
        kaifu_times.append(run(report)[0])
        floor_times.append(run(floor)[0])
    return statistics.median(kaifu_times), statistics.median(floor_times)


def hostile_inputs() -> dict[str, str]:
    """About 1 MB each: lines of 10,000 characters of what the regular expressions repeat."""
    run_len = 10_000
    lines = {
        "digit runs": "1" * run_len,
        "digit runs with a unit": "共" + "7" * run_len + "人",
        "digits and points": "1." * (run_len // 2),
        "thousands commas": "123," * (run_len // 4),
        "Chinese numerals": "三" * run_len + "人",
        "Chinese numerals, no unit": "一二三四五六七八九十" * (run_len // 10),
        "余余余": "余" * run_len,
        "numbers with 余": "3余" * (run_len // 2),
        "open brackets": "（" * run_len + "共3人",
        "nested brackets": "(" * (run_len // 2) + "3人" + ")" * (run_len // 2),
        "open quotes": "“" * run_len + "3人",
        "ASCII commas": "," * run_len + "3人",
        "figures without stops": "3人" * (run_len // 2),
        "changes without subjects": "增长3%" * (run_len // 4),
        "breakdowns": "其中3人" * (run_len // 4),
        "a long enumerated point": "一是" + "培训3人。" * (run_len // 5),
        "thousands set apart by spaces": "共" + " ".join(["111"] * (run_len // 4)) + " x 1 2件",
        # A list of thousands of figures, each asking for the list it is in (walked once, not each time).
        "a long list": "共" + "1元、" * (run_len // 3) + "1元",
        "a long list per person a month": "分别为" + "每人每月1元、" * (run_len // 7) + "1元",
        "a long list of shares": "调解纠纷1件、" * (run_len // 14) + "分别占" + "1%、" * (run_len // 6)
        + "1%",
    }
    return {name: "\n".join([line] * (MB // len(line.encode("utf-8")) + 1)) for name, line in lines.items()}


def adversarial() -> list[tuple[str, float, float, int]]:
    """(name, MB, seconds, records) of ``extract`` on each hostile text."""
    from kaifu_cli import extract

    rows = []
    for name, text in hostile_inputs().items():
        start = time.perf_counter()
        records = len(extract(text))
        rows.append((name, len(text.encode("utf-8")) / MB, time.perf_counter() - start, records))
    return rows


def met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus-mb", type=float, default=50, help="size of the many-file corpus (50)")
    parser.add_argument("--file-mb", type=float, default=5, help="one file for memory; ten times it too (5)")
    parser.add_argument("--library-mb", type=float, default=5, help="text for the library's throughput (5)")
    parser.add_argument("--runs", type=int, default=7, help="runs of the start-up comparison (7)")
    parser.add_argument("--keep", action="store_true", help="keep bench/corpus afterwards")
    args = parser.parse_args()

    began = time.perf_counter()
    print(f"Machine: {machine()}", flush=True)
    files, big, bigger = build_corpus(args.corpus_mb, args.file_mb)
    corpus_mb = size_mb(files)
    print(f"Corpus: {len(files)} files, {corpus_mb:.1f} MB; one file of {size_mb([big]):.1f} MB "
          f"and one of {size_mb([bigger]):.1f} MB", flush=True)

    rows: list[tuple[str, str, str]] = []

    def row(what: str, value: str, target: str = "") -> None:
        rows.append((what, value, target))
        print(f"  {what}: {value}", flush=True)

    installed = build()
    if installed != "mypyc":
        print("  (kaifu is installed as pure Python: `pip install .` builds what users get, compiled)",
              flush=True)
    lib, lib_mb, records = library_throughput(files, args.library_mb)
    ref = cn2an_throughput(files, 1.0)
    row(f"library extract, 1 process, {installed} ({lib_mb:.0f} MB, {records} records)", f"{lib:.2f} MB/s",
        f">= {TARGET_MB_S:g} MB/s: {met(lib >= TARGET_MB_S)}")
    row("cn2an.transform(text, 'cn2an'), same text (1 MB)", f"{ref:.2f} MB/s",
        f"extract >= {TARGET_VS_CN2AN:g}x: {lib / ref:.1f}x, {met(lib >= TARGET_VS_CN2AN * ref)}")
    if installed == "mypyc":
        pure, _, _, shares = source_measures(CORPUS / "many", args.library_mb)
        row("library extract, 1 process, pure Python (this tree's source)", f"{pure:.2f} MB/s",
            f"mypyc build: {lib / pure:.2f}x")
    else:
        shares = profile(files, 1.0)
    for stage, share in shares:
        row(f"  time in {stage} (pure Python)", f"{share:.0%}")

    jobs = has_jobs()
    rss_corpus = 0
    for n in (1, 2):
        cmd = [KAIFU, "extract", str(CORPUS / "many"), "-f", "csv"] + (["--jobs", str(n)] if jobs else [])
        wall, rss, _ = run(cmd)
        rss_corpus = rss_corpus or rss
        label = f"--jobs {n}" if jobs else f"run {n} (no --jobs in this kaifu)"
        row(f"kaifu extract corpus -f csv, {label}", f"{corpus_mb / wall:.2f} MB/s ({wall:.1f} s)")
    row("peak RSS, kaifu extract corpus (--jobs 1)", f"{rss_corpus} MB")
    one = [KAIFU, "extract", str(big), "-f", "csv"] + (["--jobs", "1"] if jobs else [])
    ten = [KAIFU, "extract", str(bigger), "-f", "csv"] + (["--jobs", "1"] if jobs else [])
    wall1, rss1, _ = run(one)
    wall10, rss10, _ = run(ten)
    row(f"peak RSS, one {size_mb([big]):.0f} MB file", f"{rss1} MB ({size_mb([big]) / wall1:.2f} MB/s)")
    row(f"peak RSS, one {size_mb([bigger]):.0f} MB file (10x)",
        f"{rss10} MB ({size_mb([bigger]) / wall10:.2f} MB/s)",
        f"<= {TARGET_MEMORY:g}x: {rss10 / rss1:.2f}x, {met(rss10 <= TARGET_MEMORY * rss1)}")

    report, floor = start_up(args.runs)
    row(f"kaifu extract samples/kaifu-2023h1.txt (median of {args.runs})", f"{report * 1000:.0f} ms",
        f"<= {TARGET_START:g}x floor: {report / floor:.2f}x, {met(report <= TARGET_START * floor)}")
    row('python -c "import typer, rich, cn2an" (floor)', f"{floor * 1000:.0f} ms")

    # Text denser in figures than reports is compared per record: each figure costs what it costs.
    per_record = lib_mb / lib * 1e6 / records  # µs per record of normal text
    row("library extract, time per record", f"{per_record:.1f} µs")
    for name, mb, seconds, found in adversarial():
        speed = mb / seconds
        if found / mb > records / lib_mb:  # more records per MB than the corpus
            micros = seconds * 1e6 / found
            row(f"hostile: {name} (1 MB)", f"{speed:.2f} MB/s, {micros:.1f} µs/record",
                f"{per_record / micros:.1f}x normal text per record")
        else:
            row(f"hostile: {name} (1 MB)", f"{speed:.2f} MB/s", f"{speed / lib:.1f}x normal text")

    if not args.keep:
        shutil.rmtree(CORPUS)
    print()
    print(f"kaifu benchmark — {machine()}; kaifu {installed}; {time.perf_counter() - began:.0f} s in all")
    print()
    width = max(columns(r[0]) for r in rows)
    vwidth = max(columns(r[1]) for r in rows)
    print(f"| {'measure':<{width}} | {'result':<{vwidth}} | target |")
    print(f"|{'-' * (width + 2)}|{'-' * (vwidth + 2)}|--------|")
    for what, value, target in rows:
        print(f"| {what}{' ' * (width - columns(what))} | {value:<{vwidth}} | {target} |")


def columns(text: str) -> int:
    """Terminal columns of a text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


if __name__ == "__main__":
    main()
