"""Shared paths and helpers for the tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kaifu_cli
from kaifu_cli import compiled, extract, extraction
from kaifu_cli.export import as_json_object

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLE = ROOT / "samples" / "kaifu-2023h1.txt"

# Which kaifu the tests run: this tree's source (an editable install), or the build that
# tests/test_compiled.py makes with mypyc and runs these tests against again.  Anything else, such as
# a `pip install .` left in the venv, would test an old copy while the source is being edited.
BUILD = os.environ.get("KAIFU_TEST_BUILD", "source")
if BUILD == "compiled":
    if not compiled():
        pytest.exit(f"KAIFU_TEST_BUILD=compiled, but {extraction.__file__} is not compiled", returncode=4)
elif Path(kaifu_cli.__file__).resolve().parent != ROOT / "kaifu_cli":
    pytest.exit(
        f"the tests would run the kaifu installed at {Path(kaifu_cli.__file__).parent}, not this "
        f"source tree — try: .venv/bin/pip install -e '.[test]'",
        returncode=4,
    )
DEV_REPORTS = sorted(DATA.glob("[0-9]*.txt"))


def records(text: str) -> list[dict]:
    """Extracted records as the JSON objects the CLI writes."""
    return [as_json_object(r) for r in extract(text)]


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
