"""Numerals: exact values from Arabic and Chinese numerals, full-width forms folded."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kaifu_cli.numerals import arabic_value, chinese_value, fold_width, tidy


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("72.1", "72.1"), ("7377.98", "7377.98"), ("70,433", "70433"), ("0.12", "0.12"), ("3386", "3386")],
)
def test_arabic(numeral, value):
    assert arabic_value(numeral) == Decimal(value)
    assert str(arabic_value(numeral)) == value


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("四", 4), ("三百", 300), ("两", 2), ("十二万三千", 123000), ("二百", 200), ("一千零五", 1005),
     ("十", 10), ("七十二点一", Decimal("72.1"))],
)
def test_chinese(numeral, value):
    assert chinese_value(numeral) == Decimal(value)
    assert "E" not in str(chinese_value(numeral))


@pytest.mark.parametrize("numeral", ["", "大", "万万万万万万万万万万万万万万万万", "点"])
def test_not_a_chinese_numeral(numeral):
    assert chinese_value(numeral) is None


def test_digit_runs_too_long_to_be_figures():
    assert arabic_value("1" * 16) is None
    assert arabic_value("1" * 15) == Decimal("1" * 15)


def test_fold_width_keeps_offsets():
    text = "调解成功率９９．５％，共１２３件"
    folded = fold_width(text)
    assert folded == "调解成功率99.5%，共123件"
    assert len(folded) == len(text)


@pytest.mark.parametrize(
    ("value", "shown"), [("73779800.00", "73779800"), ("42500000", "42500000"), ("0.1200", "0.12"), ("-0.90", "-0.9")]
)
def test_tidy_never_shows_an_exponent(value, shown):
    assert str(tidy(Decimal(value))) == shown
