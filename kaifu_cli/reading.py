"""Reading: a report file (or standard input) as plain text."""

from __future__ import annotations

import sys
from pathlib import Path


class ReadError(Exception):
    """A report that cannot be read; ``hint`` says what to try."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM) unless an encoding is named; never silently lossy."""
    try:
        return data.decode(encoding or "utf-8-sig")
    except (UnicodeDecodeError, LookupError) as e:
        if isinstance(e, LookupError):
            raise ReadError(f"unknown encoding '{encoding}'", "a name such as utf-8, gb18030 or utf-16") from None
        raise ReadError(
            f"{name} is not valid {encoding or 'UTF-8'} text (byte {e.start})",
            "--encoding gb18030 (or the file's real encoding)",
        ) from None


def read_report(path: str, encoding: str | None = None) -> str:
    """The plain text of a report file, or of standard input when ``path`` is ``-``."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "standard input", encoding)
    p = Path(path)
    if not p.exists():
        raise ReadError(f"{path} does not exist", "checking the path, or `ls` the folder")
    if p.is_dir():
        raise ReadError(f"{path} is a folder, not a report", "giving the path of a .txt report inside it")
    try:
        data = p.read_bytes()
    except PermissionError:
        raise ReadError(f"{path} cannot be read (permission denied)", "`chmod +r` or run as its owner") from None
    except OSError as e:
        raise ReadError(f"{path} cannot be read ({e.strerror or e})", "checking the file") from None
    return decode(data, path, encoding)
