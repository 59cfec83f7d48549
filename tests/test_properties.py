"""Properties of ``extract`` that hold for any input, checked on generated and hostile text.

Whatever the text — arbitrary Unicode, report lines with characters inserted, deleted and
swapped, runs of 10,000 digits, deeply nested brackets, every kind of whitespace and full-width
form, one line of 10 MB — ``extract``:

- never raises;
- gives records whose ``text`` is a substring of their line (lines as ``split_lines`` counts them);
- gives finite values, and ``base_value == value × scale``, the scale read from the unit (万元 -> 10⁴);
- gives the same records for the same input.

Hypothesis runs a bounded number of examples (no deadline: CI machines are slow and shared);
the inputs it found to break a property are kept as ordinary parametrized cases below.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from decimal import Decimal
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kaifu_cli import extract
from kaifu_cli.extraction import split_lines
from kaifu_cli.indicator import Indicator
from kaifu_cli.numerals import MAX_DIGITS, chinese_numeral, chinese_value
from kaifu_cli.vocabulary import load as load_vocabulary

from conftest import DEV_REPORTS, SAMPLE

# 150 examples per property in CI; KAIFU_EXAMPLES=5000 for a longer hunt.
EXAMPLES = settings(
    max_examples=int(os.environ.get("KAIFU_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def report_lines() -> tuple[str, ...]:
    """The non-empty lines of the sample and dev reports: real text to mutate."""
    texts = [p.read_text(encoding="utf-8") for p in (SAMPLE, *DEV_REPORTS)]
    return tuple(line for text in texts for line in split_lines(text) if line.strip())


# Every character Python calls whitespace, and the full-width forms of ASCII (！ to ～) with
# the ideographic space: text from PDFs, Word and web pages carries all of them.
WHITESPACE = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
FULL_WIDTH = "".join(chr(c) for c in range(0xFF01, 0xFF5F)) + "\u3000"
# Characters that mean something to kaifu: digits, numerals, units, qualifiers, stops, quotes.
REPORT_CHARS = (
    "0123456789.,%-一二两三四五六七八九十百千万亿零〇余多约近超逾以上左右人件起元个户次项"
    "百分点倍增长下降减少提高同比较上年分别和及、，。；：:“”《》()（）【】〈〉「」—~至到年月日是"
)


def scale_of(record: Indicator) -> Decimal:
    """The scale the unit names: 万元 over 元 -> 10000, a bare 亿 of money -> 10⁸, 件 -> 1."""
    scales = load_vocabulary().scales
    unit, base = record.unit, record.base_unit
    if unit == base:
        return Decimal(1)
    if unit.endswith(base) and unit[: len(unit) - len(base)] in scales:
        return scales[unit[: len(unit) - len(base)]]
    assert unit in scales, f"unit {unit!r} is neither {base!r} nor a scale of it"
    return scales[unit]


def check(text: str, twice: bool = True) -> list[Indicator]:
    """Extract from ``text`` and assert every property; the records, for further checks."""
    records = extract(text)
    lines = split_lines(text)
    for r in records:
        assert 1 <= r.line <= len(lines)
        assert r.text in lines[r.line - 1], (r.text, lines[r.line - 1])
        assert r.value.is_finite() and r.base_value.is_finite()
        assert r.base_value == r.value * scale_of(r), r
    if twice:
        assert extract(text) == records
    return records


# ---------------------------------------------------------------------------------------------
# Generated text


@EXAMPLES
@given(st.text(max_size=400))
def test_arbitrary_unicode(text):
    check(text)


@EXAMPLES
@given(st.text(alphabet=REPORT_CHARS + WHITESPACE[:8], max_size=300))
def test_report_characters_in_any_order(text):
    check(text)


@st.composite
def mutated_lines(draw, alphabet: str = REPORT_CHARS) -> str:
    """A report line with a few characters inserted, deleted or swapped."""
    chars = list(draw(st.sampled_from(report_lines())))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["insert", "delete", "swap"]))
        i = draw(st.integers(0, len(chars)))
        if op == "insert":
            chars.insert(i, draw(st.sampled_from(alphabet)))
        elif op == "delete" and chars:
            del chars[min(i, len(chars) - 1)]
        elif op == "swap" and len(chars) > 1:
            j = draw(st.integers(0, len(chars) - 1))
            i = min(i, len(chars) - 1)
            chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


@EXAMPLES
@given(mutated_lines())
def test_report_lines_with_characters_inserted_deleted_swapped(line):
    check(line)


@EXAMPLES
@given(st.lists(mutated_lines(), min_size=2, max_size=6), st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
def test_mutated_reports_with_any_line_ends(lines, end):
    check(end.join(lines))


@EXAMPLES
@given(mutated_lines(alphabet=WHITESPACE + FULL_WIDTH))
def test_every_whitespace_and_full_width_form(line):
    check(line)


@EXAMPLES
@given(st.sampled_from(report_lines()))
def test_report_lines_in_full_width(line):
    """Digits, letters and signs in their full-width forms, as typed by Chinese input methods."""
    check(line.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}))


@EXAMPLES
@given(st.integers(1, 3000), st.sampled_from(["()", "（）", "【】", "《》", "“”", "「」", "〈〉"]), st.data())
def test_deeply_nested_brackets(depth, pair, data):
    inner = data.draw(st.sampled_from(report_lines()))
    check(pair[0] * depth + inner + pair[1] * data.draw(st.integers(0, depth)))


# ---------------------------------------------------------------------------------------------
# Hostile text, written out: long runs of what the regular expressions repeat

RUN = 10_000
HOSTILE = {
    "digits": "1" * RUN,
    "digits with a unit": "共" + "7" * RUN + "人",
    "full-width digits": "３" * RUN + "件",
    "digits and points": "1." * (RUN // 2),
    "thousands commas": "123," * (RUN // 4),
    "thousands commas, then a unit": "1" + ",234" * (RUN // 4) + "元",
    "Chinese numerals": "三" * RUN + "人",
    "Chinese numerals, no unit": "一二三四五六七八九十" * (RUN // 10),  # was quadratic: see _figure_pattern
    "万 and nothing else": "万" * RUN,
    "Chinese numerals and 万": "三万" * (RUN // 2) + "元",
    "余": "余" * RUN,
    "numbers with 余": "3余" * (RUN // 2),
    "percent in words": "百分之" + "七" * RUN,
    "open brackets": "（" * RUN + "共3人",
    "brackets around a figure": "(" * RUN + "3人" + ")" * RUN,
    "open quotes": "“" * RUN + "3人",
    "quoted figures": "“3人”" * (RUN // 4),
    "ASCII commas": "," * RUN + "3人",
    "a figure per clause": "3人，" * (RUN // 10),
    "figures without stops": "3人" * (RUN // 10),
    "figures without stops, line after line": "\n".join(["3人" * (RUN // 10)] * 3),
    "changes without subjects": "增长3%" * (RUN // 10),
    "breakdowns": "其中3人" * (RUN // 10),
    "a long enumerated point": "一是" + "培训3人。" * (RUN // 5),  # each sentence's context is bounded
    "a list of figures": "、".join(["5"] * (RUN // 10)) + "人",
    "signs": "-" * RUN + "5%",
    "whitespace": " \u3000\t" * RUN + "增长5%",
    "headings": "\n".join(["一、"] * (RUN // 4)) + "3人",
    # Thousands set apart by spaces, with no unit after the run: a figure elsewhere makes the line
    # be joined (numerals.join_groups), whose pattern tried every group of the run again (quadratic).
    "thousands set apart by spaces": "共" + " ".join(["111"] * (RUN // 4)) + " x 1 2件",
    "headings inside a line": "。(一)行政复议应诉。" * (RUN // 10) + "3人",
    "levels from one to another": "由11人降至7人," * (RUN // 10),
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_runs(text):
    check(text)


def test_ten_megabyte_line():
    """The sample and dev reports, again and again, as one line of 10 MB (a converter that drops
    every line break): found in time linear in the line, each record's text a substring of it."""
    text = "".join(report_lines())
    line = text * (10_000_000 // len(text.encode()) + 1)
    records = check(line, twice=False)
    assert len(records) > 50_000 and all(r.line == 1 for r in records)


@pytest.mark.parametrize("category", ["Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Co"])
def test_characters_of_every_odd_category_between_figures(category):
    """Separators, controls, format and combining marks, private use: between words and figures."""
    odd = [chr(c) for c in range(0x3000) if unicodedata.category(chr(c)) == category][:200]
    check("".join(f"共{n}人{ch}增长{n}.5%{ch}" for n, ch in enumerate(odd)))


# ---------------------------------------------------------------------------------------------
# Chinese numerals: kaifu reads the standard forms itself and leaves the rest to cn2an


def cn2an_value(numeral: str) -> Decimal | None:
    import cn2an

    try:
        value = cn2an.cn2an(numeral, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return Decimal(value) if isinstance(value, int) else Decimal(repr(value))


@EXAMPLES
@given(st.integers(0, 10**12 - 1), st.sampled_from(["", "两", "〇"]), st.integers(0, 99))
def test_standard_numerals_read_as_cn2an_reads_them(n, variant, fraction):
    numeral = chinese_numeral(n)
    if variant == "两":
        numeral = numeral.replace("二", "两", 1)
    elif variant == "〇":
        numeral = numeral.replace("零", "〇")
    if fraction % 10:
        numeral += "点" + chinese_numeral(fraction).replace("十", "")
    expected = cn2an_value(numeral) if len(numeral) <= MAX_DIGITS else None  # longer: a code, not a figure
    assert chinese_value.__wrapped__(numeral) == expected


@EXAMPLES
@given(st.text(alphabet="零〇一二两三四五六七八九十百千万亿点", min_size=1, max_size=10))
def test_any_string_of_numeral_characters_reads_as_cn2an_reads_it(numeral):
    assert chinese_value.__wrapped__(numeral) == cn2an_value(numeral)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("十", 10), ("十二", 12), ("两万", 20000), ("一千零五", 1005), ("二十万三千", 203000),
     ("一亿零五万", 100050000), ("六千四百八十八亿零六千零二十六", 648800006026), ("七十二点一", "72.1"),
     ("三百五", 350), ("一二三", 123), ("三万亿", 3 * 10**12)],
)
def test_chinese_numerals_standard_and_loose(numeral, value):
    """Standard forms read by kaifu, loose ones (三百五, 一二三) and 万亿 by cn2an: the same values."""
    assert chinese_value(numeral) == Decimal(value)
