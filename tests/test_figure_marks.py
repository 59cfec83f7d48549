"""The empty groups of the figure pattern that find_figures trusts must say what its own tests say."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from kaifu_cli.extraction import _figure_pattern, find_figures
from kaifu_cli.vocabulary import load


def _read(line: str, vocab=None) -> list[tuple[Decimal, str, str]]:
    return [(f.value, f.unit, f.qualifier) for f in find_figures(line, vocab)]


def test_marked_matches_are_dropped_and_the_rest_read() -> None:
    line = "2023年，连续3年增长5%，一是3月，2013—2015年，超过300人以上，百分之五十以上，2.16和1.66个百分点"
    assert _read(line) == [
        (Decimal(3), "年", ""),
        (Decimal(5), "%", ""),
        (Decimal(300), "人", "over"),
        (Decimal(50), "%", "over"),
        (Decimal("2.16"), "个百分点", ""),
        (Decimal("1.66"), "个百分点", ""),
    ]


def test_a_unit_that_ends_like_a_streak_unit_turns_the_date_mark_off() -> None:
    # With 周年 a unit, "ends in 年" no longer means "the unit is 年": the mark must never match.
    vocab = load()
    wider = replace(vocab, unit_kinds={**vocab.unit_kinds, "周年": "count"})
    assert _figure_pattern(wider).pattern != _figure_pattern(vocab).pattern
    assert _read("建成3周年，2023年", wider) == [(Decimal(3), "周年", "")]
    assert _read("建成3周年，2023年") == []
