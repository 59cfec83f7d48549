"""The one kind of error a user can fix: what went wrong, and what to try."""

from __future__ import annotations


class KaifuError(Exception):
    """A mistake or a bad input the user can fix; the CLI prints ``Error: message — try hint``."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint
