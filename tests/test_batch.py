"""Many reports at once: folders, --jobs, order, failures, progress, atomic output, Ctrl-C."""

from __future__ import annotations

import csv
import io
import json
import os
import pickle
import pty
import select
import shutil
import signal
import subprocess
import sys
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaifu_cli.batch import Batch, expand
from kaifu_cli.classification import default as default_taxonomy
from kaifu_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "kaifu-2023h1.txt"
DEV_REPORTS = sorted((ROOT / "tests" / "data").glob("[0-9]*.txt"))
KAIFU = [sys.executable, "-m", "kaifu_cli"]
runner = CliRunner()


def sources(csv_text: str) -> list[str]:
    """The source column's values, each once, in the order they first appear."""
    seen: dict[str, None] = {}
    for row in csv.DictReader(io.StringIO(csv_text)):
        seen.setdefault(row["source"], None)
    return list(seen)


def test_folder_of_200_reports_in_parallel_keeps_input_order(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    (folder / "district").mkdir(parents=True)
    originals = [*DEV_REPORTS, SAMPLE]
    for i in range(200):
        where = folder / "district" if i % 3 == 0 else folder
        shutil.copy(originals[i % len(originals)], where / f"{i:03d}-{originals[i % len(originals)].name}")
    parallel = runner.invoke(app, ["extract", str(folder), "--jobs", "2", "-f", "csv"])
    assert parallel.exit_code == 0, parallel.stderr
    expected = [str(p) for p in sorted(folder.rglob("*.txt"), key=lambda p: p.relative_to(folder).parts)]
    got = sources(parallel.stdout)
    assert got == expected
    assert parallel.stdout.count("source,line") == 1  # one header
    assert "200 files read, 0 failed." in parallel.stderr
    one_by_one = runner.invoke(app, ["extract", str(folder), "--jobs", "1", "-f", "csv"])
    assert one_by_one.stdout == parallel.stdout


class _BrokenPool:
    """A process pool whose workers were killed (out of memory, say): every task fails."""

    def submit(self, fn: object, *args: object) -> Future[object]:
        future: Future[object] = Future()
        future.set_exception(BrokenProcessPool("a worker was killed"))
        return future


def test_the_taxonomy_reaches_the_workers_whole() -> None:
    """Workers get the taxonomy by pickle; compiled (tests/test_compiled.py), its frozen records need
    their own way across, and a failure would only show as a pool read in one process."""
    taxonomy = default_taxonomy()
    copy = pickle.loads(pickle.dumps(taxonomy))
    assert copy == taxonomy and copy.owner == taxonomy.owner
    clause = "共成功调解各类矛盾纠纷3386起"
    assert copy.classify(clause, clause, "") == taxonomy.classify(clause, clause, "")


def test_files_of_a_broken_pool_are_read_here_in_order(tmp_path: Path) -> None:
    """Small files go to the workers in chunks; if the pool breaks, every file is read in this
    process instead, in the same order, none lost and none twice."""
    originals = [*DEV_REPORTS, SAMPLE]
    for i in range(80):
        shutil.copy(originals[i % len(originals)], tmp_path / f"{i:03d}.txt")
    jobs = expand([str(tmp_path)])
    notices: list[str] = []
    broken = Batch(jobs, default_taxonomy(), workers=2, on_notice=notices.append)
    records = list(broken._ordered(_BrokenPool()))
    alone = Batch(jobs, default_taxonomy(), workers=1)
    assert records == list(alone._ordered(None))
    assert (broken.read, broken.failed) == (80, 0)
    assert notices == ["the worker processes stopped; the remaining files are read in one process"]

def test_files_folders_and_stdin_make_one_json_list(tmp_path: Path) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(DEV_REPORTS[0], folder / "b.txt")
    shutil.copy(DEV_REPORTS[1], folder / "a.TXT")
    (folder / "notes.md").write_text("全区调解纠纷3386起", encoding="utf-8")  # not a report type: skipped
    args = ["extract", str(SAMPLE), str(folder), "-", "-f", "json", "-j", "2"]
    result = runner.invoke(app, args, input=DEV_REPORTS[2].read_bytes())
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    order = list(dict.fromkeys(row["source"] for row in rows))
    assert order == [str(SAMPLE), str(folder / "a.TXT"), str(folder / "b.txt"), "-"]


def test_failures_are_reported_one_line_each_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(SAMPLE, good)
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    mismatch = tmp_path / "report.pdf"
    mismatch.write_text("这是一份文本，不是PDF。", encoding="utf-8")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    empty_folder = tmp_path / "nothing-here"
    empty_folder.mkdir()
    (empty_folder / "readme.md").write_text("没有报告", encoding="utf-8")
    looping_folder = tmp_path / "looping"
    looping_folder.mkdir()
    shutil.copy(DEV_REPORTS[0], looping_folder / "r.txt")
    (looping_folder / "back").symlink_to(looping_folder)  # a folder link loop: walked once
    missing = tmp_path / "missing.txt"
    inputs = [junk, good, empty, mismatch, loop, missing, empty_folder, looping_folder]
    result = runner.invoke(app, ["extract", *map(str, inputs), "-f", "csv", "-j", "2"])
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors[-1] == "2 files read, 6 failed."
    failures = errors[:-1]
    assert len(failures) == 6
    for path, words in [
        (junk, "binary"),
        (empty, "empty"),
        (mismatch, "not a .pdf file"),
        (loop, "link loop"),
        (missing, "does not exist"),
        (empty_folder, "no report files"),
    ]:
        [line] = [line for line in failures if f"{path} " in line]
        assert line.startswith("Error: ") and words in line and " — try " in line
    assert sources(result.stdout) == [str(good), str(looping_folder / "r.txt")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file; tests/test_reading.py simulates the denial")
def test_unreadable_file_fails_alone(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    shutil.copy(SAMPLE, locked)
    locked.chmod(0)
    result = runner.invoke(app, ["extract", str(locked), str(SAMPLE)])
    assert result.exit_code == 1
    assert f"Error: {locked} cannot be read (permission denied)" in result.stderr


def test_output_file_is_replaced_only_by_a_complete_run(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("an earlier good result\n", encoding="utf-8")
    failed = runner.invoke(app, ["extract", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert failed.exit_code == 1
    assert out.read_text(encoding="utf-8") == "an earlier good result\n"
    done = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out)])
    assert done.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("source,")
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # kept the earlier file's mode, not mkstemp's 0600
    out.unlink()
    runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out)])
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # a new file: as open() would make it
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left


def test_ctrl_c_exits_130_and_leaves_the_earlier_output(tmp_path: Path) -> None:
    """A run reading standard input is interrupted mid-stream: exit 130, one line, old -o file kept."""
    out = tmp_path / "out.csv"
    out.write_text("an earlier good result\n", encoding="utf-8")
    process = subprocess.Popen(
        [*KAIFU, "extract", "-", "-o", str(out)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )
    assert process.stdin is not None
    process.stdin.write(SAMPLE.read_bytes() * 20)  # more than the part read ahead to detect the encoding
    process.stdin.flush()
    # The temporary output appears once the first records are written: the run is under way.
    for _ in range(3000):
        if any(p.name.endswith(".part") for p in tmp_path.iterdir()):
            break
        select.select([], [], [], 0.01)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    process.stdin.close()
    assert process.returncode == 130
    assert err.decode().splitlines() == [f"Interrupted; {out} was not written."]
    assert out.read_text(encoding="utf-8") == "an earlier good result\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_ctrl_c_stops_the_workers(tmp_path: Path) -> None:
    """Interrupted while workers read: exit 130 and the worker processes are gone, not left to finish."""
    folder = tmp_path / "reports"
    folder.mkdir()
    text = SAMPLE.read_text(encoding="utf-8") * 60
    for i in range(16):  # enough that the workers are still reading when the first file is written, compiled too
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    process = subprocess.Popen([*KAIFU, "extract", str(folder), "-j", "2", "-o", "out.csv"],
                               stderr=subprocess.PIPE, cwd=tmp_path)
    for _ in range(3000):  # until the first file's records are being written
        if any(p.name.endswith(".part") for p in tmp_path.iterdir()):
            break
        select.select([], [], [], 0.01)
    children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split()
    workers = [pid for pid in children if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text(errors="ignore")]
    assert workers
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert err.decode().splitlines() == ["Interrupted; out.csv was not written."]
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()
                and "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text(errors="ignore")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def _stderr_on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run kaifu with its standard error on a pseudo-terminal; what the terminal showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=follower, cwd=cwd)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(timeout=120), shown.decode(errors="replace")


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    reports = [str(SAMPLE), *map(str, DEV_REPORTS[:2])]
    code, shown = _stderr_on_a_terminal([*KAIFU, "extract", *reports, "-o", "out.csv", "-j", "1"], tmp_path)
    assert code == 0
    assert "Reading reports" in shown and "3/3" in shown
    piped = subprocess.run([*KAIFU, "extract", *reports, "-o", "out.csv", "-j", "1"], cwd=tmp_path,
                           capture_output=True, text=True, check=True)
    assert piped.stderr == "3 files read, 0 failed.\n"
