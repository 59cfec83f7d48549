"""The ``kaifu`` command line: a thin layer over the library.

Data goes to standard output, messages to standard error.  A user's mistake
ends with one line ``Error: … — try …`` and exit code 1; usage errors exit 2.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from . import __version__, classification, export
from .extraction import extract
from .indicator import Indicator
from .reading import ReadError, read_report

app = typer.Typer(
    name="kaifu",
    help="Turn Chinese government work reports into tables of indicators.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class UserError(Exception):
    """A mistake the user can fix: printed as ``Error: message — try hint``."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


def fail(message: str, hint: str) -> None:
    typer.echo(f"Error: {message} — try {hint}", err=True)
    raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kaifu {__version__}")
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
def _atomic_output(path: Path | None, bom_text: bool = True):  # type: ignore[no-untyped-def]
    """Standard output, or a file written whole or not at all (temporary file, then rename)."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise UserError(f"the folder {directory} does not exist", "creating it first, or another -o path")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    except OSError as e:
        raise UserError(f"cannot write to {directory} ({e.strerror or e})", "another -o path") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write(records: list[Indicator], fmt: str, out: TextIO, bom: bool) -> None:
    export.render(records, fmt, out, bom=bom)


@app.command("extract")
def extract_command(
    reports: Annotated[list[str], typer.Argument(help="Report files (plain text); - reads standard input.")],
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="Output format. Default: table on a terminal, else csv "
                     "(or from the -o file's extension).", case_sensitive=False),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically) instead of standard output.")
    ] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV with a UTF-8 BOM so Excel shows Chinese.")] = False,
    taxonomy: Annotated[
        Path | None, typer.Option("--taxonomy", help="Section taxonomy TOML file replacing the built-in one.")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Text encoding of the reports (default: UTF-8).")
    ] = None,
) -> None:
    """Extract every indicator of the REPORTS, as a table, CSV, JSON or JSON Lines."""
    try:
        tax = _taxonomy(taxonomy)
        chosen = _choose_format(fmt, output)
        records: list[Indicator] = []
        for report in reports:
            text = read_report(report, encoding)
            records.extend(extract(text, source=report, taxonomy=tax))
        with _atomic_output(output) as out:
            _write(records, chosen, out, bom)
    except (ReadError, UserError) as e:
        fail(str(e), e.hint)
    if not records:
        typer.echo("No indicators found in " + ", ".join(reports) + ".", err=True)


@app.command("sections")
def sections_command(
    taxonomy: Annotated[
        Path | None, typer.Option("--taxonomy", help="Show this taxonomy file instead of the built-in one.")
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

    table = Table("key", "name", "priority", "keywords")
    for s in tax.sections:
        table.add_row(s.key, s.name, str(s.priority), "、".join(s.keywords))
    Console().print(table)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
