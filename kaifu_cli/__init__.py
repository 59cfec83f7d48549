"""kaifu: turn Chinese government work reports into tables of indicators.

>>> from kaifu_cli import extract
>>> [(r.indicator, r.value, r.unit) for r in extract("全区共成功调解各类矛盾纠纷3386起。")]
[('成功调解各类矛盾纠纷', Decimal('3386'), '起')]
"""

from importlib.metadata import PackageNotFoundError, version

from .extraction import extract, extract_lines
from .indicator import COLUMNS, Indicator

try:
    __version__ = version("kaifu")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["COLUMNS", "Indicator", "__version__", "extract", "extract_lines"]
