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

# Full-width digits, percent sign and point fold to ASCII one character
# for one character, so every offset in the folded text is an offset in the input.
_FULL_WIDTH = {ord("０") + i: ord("0") + i for i in range(10)}
_FULL_WIDTH.update({ord("％"): ord("%"), ord("．"): ord(".")})
_FOLD = str.maketrans(_FULL_WIDTH)
# Any character _FOLD changes.  ``str.translate`` looks every character of Chinese text up in
# a dict, so a line with none of these (most lines) is returned as it is, found by one C scan.
_FOLDABLE = re.compile("[０-９％．]")

# The most digits a figure in a report can have; longer runs are codes or IDs.
MAX_DIGITS = 15

CHINESE_DIGITS = "零〇一二两三四五六七八九"
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千万亿廿"

_THOUSANDS = re.compile(r",(?=\d{3})")


def fold_width(text: str) -> str:
    """Map full-width digits and ``％``/``．`` to ASCII, keeping the length."""
    return text.translate(_FOLD) if _FOLDABLE.search(text) else text


def arabic_value(numeral: str) -> Decimal | None:
    """The exact value of an Arabic numeral such as ``7377.98`` or ``70,433``."""
    digits = _THOUSANDS.sub("", numeral)
    if len(digits.replace(".", "").lstrip("0")) > MAX_DIGITS:
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
    try:
        value = _cn2an().cn2an(numeral, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if value is None:
        return None
    return Decimal(value) if isinstance(value, int) else Decimal(repr(value))


@cache
def _cn2an() -> ModuleType:
    """cn2an, imported on first use: its import builds large regexes (about 50 ms), which a
    report without a Chinese numeral, and ``kaifu --help``, should not pay for."""
    import cn2an

    return cn2an


def is_single_digit(numeral: str) -> bool:
    """True for a lone Chinese digit such as ``三``: in prose it is more often a word than a count."""
    return len(numeral) == 1 and numeral in CHINESE_DIGITS
