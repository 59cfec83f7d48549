"""Export: records as CSV, JSON, JSON Lines or a rich table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TextIO

from .indicator import COLUMNS, Indicator, plain_number

FORMATS = ("table", "csv", "json", "jsonl")

# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMERIC_COLUMNS = frozenset({"line", "value", "base_value"})


def _json_number(value: Decimal) -> int | float:
    """A JSON number: int when whole, else the float that prints as the same decimal."""
    return int(value) if value == value.to_integral_value() else float(plain_number(value))


def as_json_object(record: Indicator) -> dict[str, object]:
    row = record.as_dict()
    for key in ("value", "base_value"):
        row[key] = _json_number(row[key])  # type: ignore[arg-type]
    return row


def write_json(records: Iterable[Indicator], out: TextIO) -> None:
    """A JSON list of objects, Chinese left readable, numbers as JSON numbers."""
    out.write("[")
    n = 0
    for n, record in enumerate(records, 1):
        out.write(",\n  " if n > 1 else "\n  ")
        out.write(json.dumps(as_json_object(record), ensure_ascii=False))
    out.write("\n]\n" if n else "]\n")


def write_jsonl(records: Iterable[Indicator], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(as_json_object(record), ensure_ascii=False) + "\n")


# Positions of the text columns in a row: a cell there that a spreadsheet would run is defused.
_TEXT_CELLS = tuple(n for n, column in enumerate(COLUMNS) if column not in NUMERIC_COLUMNS)
_DECIMAL_CELLS = tuple(COLUMNS.index(column) for column in ("value", "base_value"))
_FORMULA_FIRST = frozenset(FORMULA_STARTS)  # (each is one character)


def _csv_row(record: Indicator) -> list[Any]:
    """A record's cells in column order: numbers in plain decimal, formula-like text quoted.

    Cells are changed in place by position, about 2 µs a record where a conversion of every
    cell took 6: export is a third of ``kaifu extract -f csv`` with the compiled build.  (The
    line number stays an int, which the csv module writes as it is.)"""
    row: list[Any] = list(record.as_tuple())
    for n in _DECIMAL_CELLS:
        row[n] = plain_number(row[n])
    for n in _TEXT_CELLS:
        cell = row[n]
        if cell and cell[0] in _FORMULA_FIRST:
            row[n] = "'" + cell
    return row


def write_csv(records: Iterable[Indicator], out: TextIO, bom: bool = False) -> None:
    """RFC 4180 CSV with a header row; text cells that a spreadsheet would run as formulas are defused."""
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(map(_csv_row, records))


def write_table(
    records: list[Indicator], out: TextIO, color: bool | None = None, width: int | None = None
) -> None:
    """A rich table per section, with the section's name and count as its title."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, force_terminal=color, no_color=color is False, width=width,
                      highlight=False, soft_wrap=False)
    groups: dict[str, list[Indicator]] = {}
    for record in records:
        groups.setdefault(record.section, []).append(record)
    for key, rows in groups.items():
        table = Table(
            title=f"{rows[0].section_name} {key} ({len(rows)})",
            title_justify="left",
            box=box.SIMPLE_HEAD,
            expand=True,
        )
        table.add_column("line", justify="right", no_wrap=True, min_width=3)
        table.add_column("indicator", ratio=2, min_width=12, overflow="fold")
        table.add_column("value", justify="right", no_wrap=True, min_width=5)
        table.add_column("unit", no_wrap=True, min_width=2)
        table.add_column("kind", no_wrap=True, min_width=6)
        table.add_column("text", ratio=3, min_width=10, overflow="ellipsis", no_wrap=True)
        multi = len({r.source for r in rows}) > 1
        for r in rows:
            qual = {"over": "+", "about": "~", "under": "<"}.get(r.qualifier, "")
            line = f"{r.source}:{r.line}" if multi else str(r.line)
            table.add_row(line, r.indicator, plain_number(r.value) + qual, r.unit, r.kind, snippet(r))
        console.print(table)


SNIPPET_LEAD = 6


def snippet(record: Indicator) -> str:
    """The sentence from a little before the figure, so the table shows the words that matter."""
    text, number = record.text, plain_number(abs(record.value))
    at = text.find(number + record.unit)
    if at < 0:
        at = text.find(number)
    if at <= SNIPPET_LEAD:
        return text
    return "…" + text[at - SNIPPET_LEAD :]


def render(records: Iterable[Indicator], fmt: str, out: TextIO, bom: bool = False) -> None:
    """Records in one of FORMATS; all but the table are written as the records come."""
    if fmt == "csv":
        write_csv(records, out, bom)
    elif fmt == "json":
        write_json(records, out)
    elif fmt == "jsonl":
        write_jsonl(records, out)
    else:
        write_table(list(records), out)  # grouped by section: needs every record first
