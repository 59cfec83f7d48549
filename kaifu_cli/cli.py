"""The ``kaifu`` command line: a thin layer over the library.

Data goes to standard output, messages to standard error.  A user's mistake
ends with one line ``Error: … — try …`` and exit code 1; usage errors exit 2.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile
from collections.abc import Callable, Generator, Iterator
from contextlib import closing, contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from . import __version__, batch, classification, compiled, export
from .errors import KaifuError
from .indicator import Indicator
from .reading import ReadError, check_encoding, read_lines

app = typer.Typer(
    name="kaifu",
    help="Turn Chinese government work reports into tables of indicators.\n\n"
    "Start with:  kaifu extract REPORT.txt   (kaifu extract --help for the options)",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class UserError(KaifuError):
    """A mistake in what the user asked for (an -o folder, a taxonomy file)."""


def fail(message: str, hint: str) -> None:
    typer.echo(f"Error: {message} — try {hint}", err=True)
    raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kaifu {__version__} ({'compiled with mypyc' if compiled() else 'pure Python'})")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Turn Chinese government work reports into tables of indicators.

    Start with:  kaifu extract REPORT.txt
    """


def _taxonomy(path: Path | None) -> classification.Taxonomy:
    if path is None:
        return classification.default()
    try:
        return classification.load(path)
    except classification.TaxonomyError as e:
        raise UserError(str(e), "fixing the file; `kaifu sections` shows the built-in format") from None


def _choose_format(fmt: Format | None, output: Path | None) -> str:
    if fmt is not None:
        return fmt.value
    if output is not None:
        suffix = output.suffix.lower().lstrip(".")
        return suffix if suffix in ("csv", "json", "jsonl") else "csv"
    return "table" if sys.stdout.isatty() else "csv"


@contextmanager
def _atomic_output(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or a file written whole or not at all (temporary file, then rename)."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    directory = _output_folder(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    except OSError as e:
        raise UserError(f"cannot write to {directory} ({e.strerror or e})", "another -o path") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _output_folder(path: Path) -> Path:
    """The folder of an -o file, checked before any report is read."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise UserError(f"the folder {directory} does not exist", "creating it first, or another -o path")
    return directory


def _file_mode(path: Path) -> int:
    """The mode an -o file keeps (an existing file's) or gets (as from open(): 0666 less the umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _encoding(value: str | None) -> str | None:
    """--encoding checked once, before any report is read."""
    if value is not None:
        try:
            check_encoding(value)
        except ReadError as e:
            raise typer.BadParameter(f"{e} — try {e.hint}") from None
    return value


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on standard error when it is a terminal and there is more than one file."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task("Reading reports", total=total)
        yield lambda: progress.advance(task)


def _report_failure(message: str, hint: str) -> None:
    # sys.stderr at call time: under a progress bar it is rich's proxy, which prints above the bar.
    print(f"Error: {message} — try {hint}", file=sys.stderr, flush=True)


def _report_notice(message: str) -> None:
    print(f"Warning: {message}.", file=sys.stderr, flush=True)


def _counted(records: Iterator[Indicator], counter: list[int]) -> Generator[Indicator, None, None]:
    for record in records:
        counter[0] += 1
        yield record


# Options shared by the commands, defined once.
REPORTS_HELP = "Report files (.txt, .html, .docx, .pdf) or folders of them; - reads standard input."
Reports = Annotated[list[str], typer.Argument(metavar="REPORT...", help=REPORTS_HELP)]
TaxonomyFile = Annotated[
    Path | None,
    typer.Option("--taxonomy", metavar="FILE", help="Section taxonomy TOML file replacing the built-in one."),
]
Encoding = Annotated[
    str | None,
    typer.Option("--encoding", metavar="NAME", callback=_encoding,
                 help="Text encoding of the reports (default: detected: UTF-8, GB18030, UTF-16...)."),
]


@app.command("extract")
def extract_command(
    reports: Reports,
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="Output format. Default: table on a terminal, else csv "
                     "(or from the -o file's extension).", case_sensitive=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE",
                     help="Write to FILE (atomically) instead of standard output."),
    ] = None,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start CSV with a UTF-8 BOM so Excel shows Chinese.")
    ] = False,
    taxonomy: TaxonomyFile = None,
    encoding: Encoding = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", metavar="N", min=1,
                     help="Reports read in parallel (default: the number of CPUs)."),
    ] = None,
) -> None:
    """Extract every indicator of the REPORTS, as a table, CSV, JSON or JSON Lines.

    Folders are read for .txt, .html, .htm, .docx and .pdf files, in sorted order.
    A report that cannot be read is reported on standard error and the others go on;
    the exit code is then 1.
    """
    count = [0]
    try:
        tax = _taxonomy(taxonomy)
        chosen = _choose_format(fmt, output)
        if output is not None:
            _output_folder(output)
        todo = batch.expand(reports)
        with _progress(len(todo)) as advance:
            run = batch.Batch(
                todo, tax, encoding, jobs or batch.default_jobs(), _report_failure, advance, _report_notice
            )
            with closing(_counted(run.records(), count)) as records:
                first = next(records, None)
                if first is not None or run.read:  # when every report failed, an earlier -o file is kept
                    with _atomic_output(output) as out:
                        rows = itertools.chain([first] if first else [], records)
                        export.render(rows, chosen, out, bom=bom)
    except UserError as e:
        fail(str(e), e.hint)
    except KeyboardInterrupt:
        written = f"; {output} was not written" if output is not None else ""
        typer.echo(f"Interrupted{written}.", err=True)
        raise typer.Exit(130) from None
    if run.read and not count[0]:
        typer.echo("No indicators found in " + ", ".join(reports) + ".", err=True)
    if len(todo) > 1:
        typer.echo(f"{run.read} files read, {run.failed} failed.", err=True)
    if run.failed:
        raise typer.Exit(1)


@app.command("text")
def text_command(
    report: Annotated[
        str, typer.Argument(metavar="REPORT", help="A report file (.txt, .html, .docx, .pdf); - reads stdin.")
    ],
    encoding: Encoding = None,
    numbers: Annotated[bool, typer.Option("--numbers/--plain", help="Number the lines, or not.")] = True,
) -> None:
    """Print a report's plain text as kaifu reads it: the `line` column counts these lines."""
    try:
        for number, line in enumerate(read_lines(report, encoding), 1):
            sys.stdout.write(f"{number:6}  {line}\n" if numbers else line + "\n")
    except ReadError as e:
        fail(str(e), e.hint)
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        raise typer.Exit(130) from None


@app.command("sections")
def sections_command(
    taxonomy: Annotated[
        Path | None,
        typer.Option("--taxonomy", metavar="FILE", help="Show this taxonomy file, not the built-in one."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the taxonomy as JSON.")] = False,
) -> None:
    """List the section taxonomy in use: keys, names, priorities and keywords."""
    try:
        tax = _taxonomy(taxonomy)
    except UserError as e:
        fail(str(e), e.hint)
    if as_json:
        rows = [{"key": s.key, "name": s.name, "priority": s.priority, "keywords": list(s.keywords)}
                for s in tax.sections]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    table.add_column("key", no_wrap=True)
    table.add_column("name", no_wrap=True)
    table.add_column("priority", justify="right", no_wrap=True)
    table.add_column("keywords", overflow="fold")
    for s in tax.sections:
        table.add_row(s.key, s.name, str(s.priority), "、".join(s.keywords))
    Console().print(table)


class ReportFormat(StrEnum):
    table = "table"
    json = "json"




def _read_extracted(
    reports: list[str], encoding: str | None, tax: classification.Taxonomy
) -> Iterator[tuple[str, str, list[Indicator]]]:
    """(source, text, records) of each report, folders walked as by `extract`, for `info` and `check`."""
    from .extraction import extract
    from .reading import read_report

    for job in batch.expand(reports):
        if job.error is not None:
            raise job.error
        text = read_report(job.source, encoding)
        yield job.source, text, extract(text, source=job.source, taxonomy=tax)


@app.command("info")
def info_command(
    reports: Reports,
    fmt: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help="A table per report, or JSON.", case_sensitive=False),
    ] = ReportFormat.table,
    taxonomy: TaxonomyFile = None,
    encoding: Encoding = None,
) -> None:
    """Show each report's title, issuing body, date, covered period and indicators per section."""
    from collections import Counter

    from .extraction import split_lines
    from .meaning import report_info

    rows: list[dict[str, object]] = []
    try:
        tax = _taxonomy(taxonomy)
        for source, text, records in _read_extracted(reports, encoding, tax):
            counts = Counter((r.section, r.section_name) for r in records)
            sections = [{"key": key, "name": name, "count": n} for (key, name), n in counts.items()]
            rows.append({"source": source, **report_info(split_lines(text)).as_dict(),
                         "indicators": len(records), "sections": sections})
    except KaifuError as e:
        fail(str(e), e.hint)
    if fmt == ReportFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    for row in rows:
        table = Table("", str(row["source"]), show_header=True)
        table.columns[1].overflow = "fold"
        for key in ("title", "body", "date"):
            table.add_row(key, str(row[key]) or "—")
        found = f"{row['period_text']}, from the {row['period_source']}"
        table.add_row("period", f"{row['period']}  ({found})" if row["period"] else "—")
        table.add_row("indicators", str(row["indicators"]))
        for s in row["sections"]:  # type: ignore[attr-defined]
            table.add_row(f"  {s['key']}", f"{s['name']}  {s['count']}")
        console.print(table)


@app.command("check")
def check_command(
    reports: Reports,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Findings as text, or JSON.", case_sensitive=False)
    ] = ReportFormat.table,
    encoding: Encoding = None,
) -> None:
    """List figures of the REPORTS that contradict each other; exit 1 when any are found.

    A breakdown whose parts add up to more than its total, a share or rate above
    100%, a part counted in another unit than its total: each with the lines and
    sentences of the figures involved.
    """
    from . import consistency

    findings: list[consistency.Finding] = []
    try:
        tax = _taxonomy(None)
        for _, _, records in _read_extracted(reports, encoding, tax):
            findings.extend(consistency.check(records))
    except KaifuError as e:
        fail(str(e), e.hint)
    if fmt == ReportFormat.json:
        typer.echo(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        consistency.write_text(findings, sys.stdout)
    names = ", ".join(reports)
    if findings:
        plural = "s" if len(findings) > 1 else ""
        typer.echo(f"{len(findings)} contradiction{plural} found in {names}.", err=True)
        raise typer.Exit(1)
    typer.echo(f"No contradictions found in {names}.", err=True)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
