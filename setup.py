"""Build kaifu, with the modules that read a report compiled to C by mypyc.

Those modules are plain, fully typed Python; mypyc compiles them as they are, and ``extract``
runs about twice as fast (``bench/bench.py`` measures both).  The rest of
the metadata is in ``pyproject.toml``.

- ``pip install .`` compiles them (about 20 s more, with gcc and the Python headers).
- ``pip install -e .`` does not: an editable install stays pure Python, so that an edit takes
  effect at once instead of hiding behind a stale compiled copy.
- ``KAIFU_PURE_PYTHON=1`` skips compiling in any install.
- Where compiling fails (no C compiler, say), kaifu is installed as pure Python, with a warning:
  the same records, more slowly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# Every step from a line of text to its records; the CLI, reading files and export are not
# where the time goes and keep Python's full dynamism.
COMPILED = [
    "kaifu_cli/classification.py",
    "kaifu_cli/extraction.py",
    "kaifu_cli/figures.py",
    "kaifu_cli/meaning.py",
    "kaifu_cli/numerals.py",
    "kaifu_cli/structure.py",
    "kaifu_cli/tables.py",
    "kaifu_cli/vocabulary.py",
]


def _warn(message: str) -> None:
    print(f"kaifu: {message}; installing it as pure Python (same results, slower)", file=sys.stderr)


class _BuildOrFallBack(build_ext):
    """``build_ext`` that leaves the pure Python modules in charge when compiling fails."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # a missing compiler or header shows as one of several types
            _warn(f"compiling with mypyc failed ({error})")
            for output in self.get_outputs():  # no half set: a shim without its library breaks imports
                Path(output).unlink(missing_ok=True)
            self.extensions = []


def _extensions() -> list:
    # setuptools runs this file once per step of a build: metadata (egg_info, dist_info) needs no
    # compiling; an editable install runs editable_wheel and stays pure Python.
    compiling = {"bdist_wheel", "build", "build_ext", "install"} & set(sys.argv)
    if not compiling or os.environ.get("KAIFU_PURE_PYTHON", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypyc is not installed")
        return []
    try:
        return mypycify(COMPILED, group_name="kaifu_cli", opt_level="3")
    except (Exception, SystemExit) as error:  # mypy reports type errors by exiting
        _warn(f"mypyc could not compile ({error})")
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": _BuildOrFallBack})
