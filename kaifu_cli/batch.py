"""Batch: many reports read and extracted in parallel, their records in input order.

Folders are walked for supported files in sorted order.  Small files go to a
pool of worker processes (``--jobs``), a few dozen KB of them a task; their
records come back whole, a few tasks ahead of the file being written, so memory
stays flat however many files there are.  Big files and standard input are streamed in this process when
their turn comes.  A file that fails is reported through ``on_failure`` and
the others go on.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .classification import Taxonomy
from .extraction import extract_lines
from .indicator import Indicator
from .reading import FORMATS, ReadError, is_supported, read_lines

if TYPE_CHECKING:
    from concurrent.futures import Future

# Files bigger than this are streamed in the main process instead of returned whole by a worker.
INLINE_BYTES = 16 << 20
# Tasks handed to the pool ahead of the file being written, per worker.
LOOKAHEAD = 4
# Small files go to a worker together, up to this many bytes or files a task: one task per report
# of a few KB spent more time passing tasks between processes than reading the reports.
CHUNK_BYTES = 64 << 10
CHUNK_FILES = 32
BUG_HINT = "reporting this file to the kaifu maintainers"


@dataclass(frozen=True)
class Job:
    """One report to read: ``source`` is the path as the user gave it (or as found in a folder)."""

    source: str
    error: ReadError | None = None


@dataclass(frozen=True)
class _Planned:
    """A job in the order of output, with the pool's task that reads it (None: read here) and its
    place among that task's files."""

    job: Job
    future: Future[list[tuple]] | None = None
    index: int = 0


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def expand(paths: Iterable[str]) -> list[Job]:
    """Files and folders to jobs: a folder gives its supported files, sorted, or one failed job."""
    jobs: list[Job] = []
    for path in paths:
        if path != "-" and Path(path).is_dir():
            jobs.extend(_folder(path))
        else:
            jobs.append(Job(path))
    return jobs


def _folder(folder: str) -> list[Job]:
    """Supported files under a folder, sorted by path; links followed, link loops skipped."""
    found: list[tuple[tuple[str, ...], str]] = []
    problems: list[Job] = []
    seen: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        where = error.filename or folder
        message = f"{where} cannot be listed ({error.strerror or error})"
        problems.append(Job(where, ReadError(message, "`chmod +rx` the folder")))

    for directory, subdirectories, files in os.walk(folder, onerror=unreadable, followlinks=True):
        stat = os.stat(directory)
        if (stat.st_dev, stat.st_ino) in seen:  # a link back to a folder already walked
            subdirectories.clear()
            continue
        seen.add((stat.st_dev, stat.st_ino))
        subdirectories.sort()
        for name in files:
            path = os.path.join(directory, name)
            if is_supported(Path(name)):
                found.append((Path(os.path.relpath(path, folder)).parts, path))
    jobs = [Job(path) for _, path in sorted(found)] + problems
    if not found and not problems:
        kinds = ", ".join(sorted(set(FORMATS)))
        empty = ReadError(f"{folder} is a folder with no report files ({kinds})", "giving the reports' paths")
        return [Job(folder, empty)]
    return jobs


# ---------------------------------------------------------------------------------------------
# Workers

_worker_state: dict[str, object] = {}


def _start_worker(taxonomy: Taxonomy, encoding: str | None) -> None:
    """Worker set-up: Ctrl-C is the main process's to handle."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_state.update(taxonomy=taxonomy, encoding=encoding)


def _read_chunk(sources: list[str]) -> list[tuple[list[Indicator], None] | tuple[None, tuple[str, str]]]:
    """In a worker: each file's records or failure, in order."""
    return [_read_whole(source) for source in sources]


def _read_whole(source: str) -> tuple[list[Indicator], None] | tuple[None, tuple[str, str]]:
    """In a worker: one file's records, or its failure as (message, hint)."""
    taxonomy = _worker_state["taxonomy"]
    encoding = _worker_state["encoding"]
    try:
        return list(extract_lines(read_lines(source, encoding), source, taxonomy)), None  # type: ignore[arg-type]
    except ReadError as e:
        return None, (str(e), e.hint)
    except Exception as e:  # a bug or a library's failure on one file must not stop the others
        return None, (f"{source} could not be read ({type(e).__name__}: {e})", BUG_HINT)


# ---------------------------------------------------------------------------------------------
# The run


class Batch:
    """Records of many reports in input order; counts of files read and failed."""

    def __init__(
        self,
        jobs: list[Job],
        taxonomy: Taxonomy,
        encoding: str | None = None,
        workers: int = 1,
        on_failure: Callable[[str, str], None] = lambda message, hint: None,
        on_file: Callable[[], None] = lambda: None,
        on_notice: Callable[[str], None] = lambda message: None,
    ) -> None:
        self.jobs = jobs
        self.taxonomy = taxonomy
        self.encoding = encoding
        self.workers = workers
        self.on_failure = on_failure
        self.on_file = on_file
        self.on_notice = on_notice
        self.read = 0
        self.failed = 0
        self._pool_broken = False
        self._sizes: dict[str, int] = {}

    def _inline(self, job: Job) -> bool:
        """Whether a file is streamed here: standard input, a big file, or no pool to send it to."""
        if job.source == "-" or self.workers <= 1:
            return True
        return self._size(job) > INLINE_BYTES

    def _size(self, job: Job) -> int:
        """A file's size in bytes, looked up once; 0 when it cannot be (the worker reports why)."""
        size = self._sizes.get(job.source)
        if size is None:
            try:
                size = os.path.getsize(job.source)
            except OSError:
                size = 0
            self._sizes[job.source] = size
        return size

    def records(self) -> Iterator[Indicator]:
        """Every record of every readable report, in input order."""
        pooled = [job for job in self.jobs if job.error is None and not self._inline(job)]
        if len(pooled) < 2:
            yield from self._ordered(None)
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(
            max_workers=min(self.workers, len(pooled)),
            mp_context=multiprocessing.get_context("spawn"),  # no fork of a process that runs threads
            initializer=_start_worker,
            initargs=(self.taxonomy, self.encoding),
        )
        try:
            yield from self._ordered(pool)
        except BaseException:
            # Ctrl-C, or the output went away: stop the workers now instead of waiting for their files.
            # (ProcessPoolExecutor has no public way to do this before Python 3.14.)
            # shutdown() forgets the workers and the result pipe, so take them first.
            workers = list((getattr(pool, "_processes", None) or {}).values())
            results = getattr(pool, "_result_queue", None)
            manager = getattr(pool, "_executor_manager_thread", None)
            pool.shutdown(wait=False, cancel_futures=True)
            for process in workers:
                process.terminate()
            for process in workers:
                process.join(1)
            # A worker stopped halfway through sending its answer leaves the pool's manager thread
            # waiting for the rest, and the interpreter's exit waiting for that thread.  Closing this
            # process's own copy of the pipe's writing end lets the thread see the end instead.
            if results is not None:
                results._writer.close()
            # Then let that thread finish here: left running into the interpreter's exit, it raced
            # the exit's own call to wake it, which Python 3.11 could make on a closed pipe (a
            # traceback after "Interrupted" in 4 runs of 45; none in 100 since).
            if manager is not None:
                manager.join(5)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _ordered(self, pool: Any) -> Iterator[Indicator]:
        ahead: deque[_Planned] = deque()
        in_flight = 0  # tasks of the pool among the files ahead
        limit = LOOKAHEAD * self.workers
        groups = self._groups(pool)
        while True:
            while in_flight < limit:
                group = next(groups, None)
                if group is None:
                    break
                ahead.extend(group)
                if group[0].future is not None:
                    in_flight += 1
                elif len(ahead) > limit:
                    break
            if not ahead:
                return
            planned = ahead.popleft()
            if planned.future is not None and (not ahead or ahead[0].future is not planned.future):
                in_flight -= 1  # the last file of its task
            yield from self._one(planned)
            self.on_file()

    def _groups(self, pool: Any) -> Iterator[list[_Planned]]:
        """The jobs in order: small files in groups handed to the pool as one task, the others one
        by one, to be read here."""
        chunk: list[Job] = []
        size = 0
        for job in self.jobs:
            if pool is not None and job.error is None and not self._inline(job):
                chunk.append(job)
                size += self._size(job)
                if size >= CHUNK_BYTES or len(chunk) >= CHUNK_FILES:
                    yield self._submit(pool, chunk)
                    chunk, size = [], 0
                continue
            if chunk:
                yield self._submit(pool, chunk)
                chunk, size = [], 0
            yield [_Planned(job)]
        if chunk:
            yield self._submit(pool, chunk)

    def _one(self, planned: _Planned) -> Iterator[Indicator]:
        job = planned.job
        if job.error is not None:
            return self._fail(job.error.args[0], job.error.hint)
        results = self._result(planned.future) if planned.future is not None else None
        if results is not None:
            records, problem = results[planned.index]
            if problem is not None:
                return self._fail(*problem)
            self.read += 1
            yield from records
            return None
        try:
            yield from extract_lines(read_lines(job.source, self.encoding), job.source, self.taxonomy)
        except ReadError as e:
            return self._fail(str(e), e.hint)
        except Exception as e:  # one file's failure must not stop the others
            return self._fail(f"{job.source} could not be read ({type(e).__name__}: {e})", BUG_HINT)
        self.read += 1
        return None

    def _submit(self, pool: Any, chunk: list[Job]) -> list[_Planned]:
        """The files of a chunk, handed to the pool as one task, or to be read here if it broke."""
        from concurrent.futures.process import BrokenProcessPool

        future = None
        if not self._pool_broken:
            try:
                future = pool.submit(_read_chunk, [job.source for job in chunk])
            except BrokenProcessPool:
                self._pool_broke()
        return [_Planned(job, future, k) for k, job in enumerate(chunk)]

    def _result(self, future: Future[list[tuple]]) -> list[tuple] | None:
        """A worker's answer; None when the pool broke (a worker was killed, e.g. out of memory):
        the file is then read here, like every file after it."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return future.result()
        except BrokenProcessPool:
            self._pool_broke()
            return None

    def _pool_broke(self) -> None:
        if not self._pool_broken:  # said once: slower from here on, but nothing is lost
            self._pool_broken = True
            self.on_notice("the worker processes stopped; the remaining files are read in one process")

    def _fail(self, message: str, hint: str) -> None:
        self.failed += 1
        self.on_failure(message, hint)
