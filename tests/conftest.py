"""Shared paths and helpers for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaifu_cli import extract
from kaifu_cli.export import as_json_object

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLE = ROOT / "samples" / "kaifu-2023h1.txt"
DEV_REPORTS = sorted(DATA.glob("[0-9]*.txt"))


def records(text: str) -> list[dict]:
    """Extracted records as the JSON objects the CLI writes."""
    return [as_json_object(r) for r in extract(text)]


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
