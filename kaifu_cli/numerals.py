"""Numerals: full-width folding and exact values for Arabic and Chinese numerals.

Values are :class:`~decimal.Decimal`, so ``72.1`` stays ``72.1``.  Chinese
numerals go through cn2an one matched numeral at a time; kaifu never hands
cn2an a whole sentence (its ``transform`` turns ``二十大`` into ``20大``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from types import ModuleType
from typing import Final

# Module constants are Final: compiled by mypyc, they are read as C statics, not looked up by name.

# Full-width digits, percent sign and point fold to ASCII one character
# for one character, so every offset in the folded text is an offset in the input.
_FULL_WIDTH: Final = {ord("０") + i: ord("0") + i for i in range(10)}
_FULL_WIDTH.update({ord("％"): ord("%"), ord("．"): ord(".")})
# A footnote's mark, a superscript digit a PDF's copy leaves after a figure (受理各类案件 9,846 件¹，): a
# space, no digit (str.isdigit says it is one) nor a word of a label.
_SUPERSCRIPTS: Final = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FOLD: Final = str.maketrans({**_FULL_WIDTH, **{ord(c): ord(" ") for c in _SUPERSCRIPTS}})
# Every character _FOLD changes.  ``str.translate`` looks every character of Chinese text up in
# a dict, so a line with none of these (most lines) is returned as it is, found by one search of a
# class (as fast as a scan in C for each of the twelve full-width forms alone).
_FOLDABLE: Final = re.compile(f"[０-９％．{_SUPERSCRIPTS}]")

# In place of \d in the first character class of a pattern searched along whole lines: ranges that
# hold every character \d matches (the decimal digits of every script) and no CJK ideograph or mark,
# nor a full-width form but the digits.  Most characters of a report fail such a class, each by one
# table lookup, where \d makes the class call into Unicode's tables for each.  Only for a class that
# lets a match be tried (the match reads its digits with \d): a character let in for nothing costs
# a failed try, nothing more.
DIGIT_RANGES: Final = r"0-9\u0660-\u2fff\ua000-\ufeff\uff10-\uff19\U00010000-\U0010ffff"

# The most digits a figure in a report can have; longer runs are codes or IDs.
MAX_DIGITS: Final = 15

CHINESE_DIGITS: Final = "零〇一二两三四五六七八九"
CHINESE_NUMERAL_CHARS: Final = CHINESE_DIGITS + "十百千万亿廿"

_THOUSANDS: Final = re.compile(r",(?=\d{3})")


def fold_width(text: str) -> str:
    """Map full-width digits and ``％``/``．`` to ASCII, and superscript digits (footnotes' marks) to
    spaces, keeping the length."""
    return text.translate(_FOLD) if _FOLDABLE.search(text) else text


# A number whose groups of thousands are set apart by a full-width comma (1，300余人, where a
# converter made every comma full-width) or a space (1 352名, 约3 860万元: text from PDFs, which set
# thin spaces between groups), before a unit, a qualifier or a scale. Not a run of groups at the end
# of a line or before another number (a row of a table: 186 325 12.5). Asked only of the few lines
# where a figure has such a mark and a digit before it (extraction._groups_set_apart).
# So is a number that such text breaks with a space at its point or after a comma of its groups
# (218. 6亿元, 增长10 . 2%, 3, 412户), after words (not at a line's start, where 1. opens a point),
# and one whose digits justified text set apart (申请 1 7 3 件), after words and a space.
_GROUPED: Final = re.compile(
    r"""
    (?<![\d.,，])(?<!\d[，\u0020\u00a0\u2009\u202f])   # not in a number nor at a group: a run once
    (?:
        \d{1,3}
        (?:[，\u0020\u00a0\u2009\u202f]\d{3})++       # (possessive: fewer groups could not end it)
        (?:\.\d+|)                                   # 1 186.4万元: a decimal part after the groups
      | (?<=[\u4e00-\u9fff\u0020])                    # after words:
        (?: \d+(?:\u0020\.\u0020?|\.\u0020)\d{1,2}   # 218. 6亿元, 10 . 2%
          | \d{1,3}(?:,\u0020\d{3})++ )               # 3, 412户
      | (?<=[\u4e00-\u9fff]\u0020)                     # after words and a space, spaced digits that
        \d{1,2}(?:\u0020\d{1,2}(?=\u0020\d))*+        # justified text broke apart: 申请 1 37 件,
        \u0020\d{1,3}(?:\.\d+|)                         # 受理申请 1 7 3 件, 优良率达 9 4.5%
    )
    (?![\d.,])
    (?=[ ]?[余多万亿千百%‰\u4e00-\u9fff])
    """,
    re.VERBOSE,
)
_SPACES: Final = "\u0020\u00a0\u2009\u202f"
GROUP_MARKS: Final = "，" + _SPACES  # (what may set groups apart)


def join_groups(text: str) -> str:
    """The text with each number of :data:`_GROUPED` written as one: a full-width comma becomes ``,``
    in place (1,300), and spaces go before the number (`` 1352名``), so that every other character
    keeps its offset."""
    pieces: list[str] = []
    last = 0
    for m in _GROUPED.finditer(text):
        start = m.start()  # (never inside a longer number, 12345 678 or 3.1 415: see its lookbehinds)
        number = m.group()
        if not any(ch in _SPACES for ch in number):
            number = number.replace("，", ",")
        else:
            digits = "".join(ch for ch in number if ch.isdigit() or ch in "，.").replace("，", ",")
            number = " " * (len(number) - len(digits)) + digits
        pieces.append(text[last:start])
        pieces.append(number)
        last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# Decimal(1), made once: tidy quantizes every record's value to it.
_UNIT_EXPONENT: Final = Decimal(1)


def tidy(value: Decimal) -> Decimal:
    """Trailing zeros dropped without exponent form: 73779800.00 -> 73779800, not 7.37798E+7."""
    return value.quantize(_UNIT_EXPONENT) if value == value.to_integral_value() else value.normalize()


def arabic_value(numeral: str) -> Decimal | None:
    """The exact value of an Arabic numeral such as ``7377.98`` or ``70,433``."""
    digits = _THOUSANDS.sub("", numeral) if "," in numeral else numeral
    if len(digits) > MAX_DIGITS and len(digits.replace(".", "").lstrip("0")) > MAX_DIGITS:
        return None
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


@lru_cache(maxsize=4096)
def chinese_value(numeral: str) -> Decimal | None:
    """The value of a Chinese numeral such as ``三百`` or ``两万``, or None if it is not one."""
    if not numeral or len(numeral) > MAX_DIGITS:
        return None
    canonical = _canonical_value(numeral)
    if canonical is not None:
        return canonical
    try:
        value = _cn2an().cn2an(numeral, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if value is None:
        return None
    return Decimal(value) if isinstance(value, int) else Decimal(repr(value))


# Canonical numerals (三百, 两万, 一千零五, 七十二点一) are read here; anything else goes to cn2an,
# which knows the loose forms (三百五, 一二三) and costs 50 ms to import.
_DIGIT_VALUES: Final = {ch: n for n, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_UNITS: Final = {"十": 10, "百": 100, "千": 1000}
_CANONICAL_FORMS: Final = str.maketrans("〇两", "零二")


def _canonical_value(numeral: str) -> Decimal | None:
    """The value of a numeral written the standard way, or None for any other form.

    The numeral is read, the value written back in the standard way, and the value kept only if
    the two agree (两 read as 二, 〇 as 零): a form this reader does not know is never misread.
    """
    whole, point, fraction = numeral.translate(_CANONICAL_FORMS).partition("点")
    if not whole or (point and (not fraction or fraction[-1] == "零")):
        return None
    if any(ch not in _DIGIT_VALUES for ch in fraction):
        return None
    value = _whole_value(whole)
    if value is None or chinese_numeral(value) != whole:
        return None
    if not fraction:
        return Decimal(value)
    return Decimal(f"{value}.{''.join(str(_DIGIT_VALUES[ch]) for ch in fraction)}")


def _whole_value(numeral: str) -> int | None:
    """The value of a whole numeral of digits, 十百千 and 万亿, read the simple way."""
    yi = wan = section = digit = 0
    for ch in numeral:
        if ch in _DIGIT_VALUES:
            digit = _DIGIT_VALUES[ch]
        elif ch in _UNITS:
            section += (digit or 1) * _UNITS[ch]
            digit = 0
        elif ch == "万":
            wan, section, digit = section + digit, 0, 0
        elif ch == "亿":
            yi, wan, section, digit = (wan * 10_000 + section + digit), 0, 0, 0
        else:
            return None
    return yi * 100_000_000 + wan * 10_000 + section + digit


def chinese_numeral(value: int) -> str:
    """``value`` (below 10¹²) in standard Chinese numerals: 10 -> 十, 1005 -> 一千零五, 20000 -> 二万."""
    if value == 0:
        return "零"
    if not 0 < value < 10**12:
        return ""  # 万亿 and beyond are left to cn2an
    digits = "零一二三四五六七八九"
    groups = [value // 10**8, (value // 10**4) % 10**4, value % 10**4]
    text = ""
    skipped = False
    for group, name in zip(groups, ("亿", "万", ""), strict=True):
        if not group:
            skipped = bool(text)
            continue
        part = ""
        for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = group // power % 10
            if d:
                part += digits[d] + unit
            elif part and group % power:
                part += "" if part.endswith("零") else "零"
        if text and (group < 1000 or skipped):
            part = "零" + part  # 一万零五, 一亿零五万: zeros between groups are read once
        text += part + name
    return text[1:] if text.startswith("一十") else text


@cache
def _cn2an() -> ModuleType:
    """cn2an, imported on first use: its import builds large regexes (about 50 ms), which a
    report without a Chinese numeral, and ``kaifu --help``, should not pay for."""
    import cn2an

    return cn2an


def is_single_digit(numeral: str) -> bool:
    """True for a lone Chinese digit such as ``三``: in prose it is more often a word than a count."""
    return len(numeral) == 1 and numeral in CHINESE_DIGITS
