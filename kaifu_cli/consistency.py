"""Consistency: figures of one report that contradict each other (``kaifu check``).

Official reports do contain errors — a total of 465 cases closed, "of which"
672 civil cases.  Three contradictions are found, all from the records alone:

- ``breakdown-exceeds-total``: the parts of a breakdown (records whose
  ``parent`` is a total) add up to more than the total;
- ``rate-above-100``: a share or rate (kind ``percent``, not a change) above
  100% — unless its label compares with a plan or a base (完成…的120%);
- ``unit-mismatch``: a part counted in a unit its total cannot hold (a total of
  people broken down into cases); units of one family (人 and 人次) may mix.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TextIO

from .indicator import Indicator, plain_number
from .meaning import same_unit_family, words

# The most a rate may be, by its unit.
RATE_LIMITS = {"%": Decimal(100), "‰": Decimal(1000)}


@dataclass(frozen=True)
class Finding:
    """One contradiction: the rule it breaks, what is wrong, and the records involved."""

    rule: str
    """``breakdown-exceeds-total``, ``rate-above-100`` or ``unit-mismatch``."""
    message: str
    """What is wrong, in one line."""
    records: tuple[Indicator, ...]
    """The total first and then its parts, or the one rate."""

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "source": self.records[0].source,
            "message": self.message,
            "records": [
                {"id": r.id, "line": r.line, "indicator": r.indicator, "value": plain_number(r.value),
                 "unit": r.unit, "text": r.text}
                for r in self.records
            ],
        }


def amount(record: Indicator) -> str:
    """A record's figure as written: 465件, 4250万元."""
    return plain_number(record.value) + record.unit


def upper_bound(record: Indicator) -> Decimal:
    """The most a total can be in its base unit: 3000余人 is under 4000, 4250余万元 under 4260万元."""
    value = record.base_value
    if record.qualifier not in ("over", "about") or not value:
        return value
    exponent = value.normalize().as_tuple().exponent
    return value + Decimal(10) ** max(int(exponent), 0)


def check(records: Iterable[Indicator]) -> list[Finding]:
    """Every contradiction among the records, report by report, in line order."""
    by_source: dict[str, list[Indicator]] = {}
    for r in records:
        by_source.setdefault(r.source, []).append(r)
    findings: list[Finding] = []
    for rows in by_source.values():
        findings.extend(_breakdowns(rows))
        findings.extend(_rates(rows))
    return sorted(findings, key=lambda f: (f.records[0].source, f.records[0].line, f.records[0].id))


def _breakdowns(rows: list[Indicator]) -> list[Finding]:
    by_id = {r.id: r for r in rows if r.id}
    parts: dict[str, list[Indicator]] = {}
    for r in rows:
        if r.parent in by_id:
            parts.setdefault(r.parent, []).append(r)
    found: list[Finding] = []
    for total_id, group in parts.items():
        total = by_id[total_id]
        alien = [p for p in group if not same_unit_family(total.base_unit, p.base_unit)]
        if alien:
            units = "、".join(dict.fromkeys(p.unit for p in alien))
            found.append(Finding(
                "unit-mismatch",
                f"{total.id} counts {total.unit} but its part{'s' if len(alien) > 1 else ''} "
                f"{', '.join(p.id for p in alien)} count{'' if len(alien) > 1 else 's'} {units}",
                (total, *alien),
            ))
        same = [p for p in group if p.base_unit == total.base_unit]
        added = sum((p.base_value for p in same), Decimal(0))
        if same and added > upper_bound(total):
            found.append(Finding(
                "breakdown-exceeds-total",
                f"the parts of {total.id} add up to {plain_number(added)}{total.base_unit}, "
                f"more than the total {amount(total)}",
                (total, *same),
            ))
    return found


def _rates(rows: list[Indicator]) -> list[Finding]:
    allowed = words().may_exceed
    found: list[Finding] = []
    for r in rows:
        limit = RATE_LIMITS.get(r.unit)
        if r.kind != "percent" or limit is None or r.value <= limit:
            continue
        if any(word in r.indicator for word in allowed):
            continue
        found.append(Finding("rate-above-100", f"{r.id} {r.indicator} is {amount(r)}, above the whole", (r,)))
    return found


def write_text(findings: list[Finding], out: TextIO) -> None:
    """Findings for people: what is wrong, then each figure's line, id, amount and sentence."""
    for f in findings:
        out.write(f"{f.records[0].source or '-'}: {f.rule}: {f.message}\n")
        for r in f.records:
            out.write(f"  line {r.line:<5} {r.id:<8} {amount(r):<12} {r.text}\n")
        out.write("\n")
