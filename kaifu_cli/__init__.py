"""kaifu: turn Chinese government work reports into tables of indicators.

>>> from kaifu_cli import extract
>>> [(r.indicator, r.value, r.unit) for r in extract("全区共成功调解各类矛盾纠纷3386起。")]
[('成功调解各类矛盾纠纷', Decimal('3386'), '起')]
"""

from pathlib import Path

from . import extraction
from .extraction import extract, extract_lines
from .indicator import COLUMNS, Indicator

# The one place the version is written; pyproject.toml reads it from here.  (Asking
# importlib.metadata instead costs 17 ms of start-up on every command.)
__version__ = "0.1.0"



def compiled() -> bool:
    """Whether the modules that read a report were compiled by mypyc (``pip install .``, see
    setup.py), not pure Python (an editable install, or where compiling failed): the same records,
    about twice as fast."""
    return Path(extraction.__file__ or "").suffix != ".py"


__all__ = ["COLUMNS", "Indicator", "__version__", "compiled", "extract", "extract_lines"]
