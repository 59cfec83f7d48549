"""Structure of a report: its heading path, sentences, clauses and quoted names.

Everything here works on one line of text at a time and returns character
offsets into that line, so a record can always point back at the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

# A heading starts a line with one of the numbering styles of Chinese official
# documents, in full- or half-width form.  The style names the level: the first
# style seen is the top level, and a style seen again closes the deeper ones.
HEADING = re.compile(
    r"""
    ^\s*
    (?:
        (?P<cn>[一二三四五六七八九十]{1,3})\s*[、.．]          # 一、
      | [(（](?P<cn_paren>[一二三四五六七八九十]{1,3})[)）]     # (一) （一）
      | (?P<num>\d{1,2})\s*(?:[、．]|\.(?!\d))                  # 1、 1. but not 1.5
      | [(（](?P<num_paren>\d{1,2})[)）]                        # (1) （1）
      | (?P<circled>[①②③④⑤⑥⑦⑧⑨⑩])                        # ①
    )
    """,
    re.VERBOSE,
)

# The end of a heading's title: a sentence stop, or a comma-free short line.
TITLE_END = re.compile(r"[。！？!?；;]")

# Sentence and clause stops.  A comma between digits (70,433) is not a stop.
SENTENCE_STOP = re.compile(r"[。！？!?；;]")
CLAUSE_STOP = re.compile(r"[。！？!?；;，：:]|(?<!\d),|,(?!\d{3}(?!\d))")

# Paired marks whose contents are names, titles or slogans, never figures:
# “八五”普法, 《…(2022—2025)》, “12348”.
QUOTE_PAIRS = {"“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", "〈": "〉", "【": "】"}
QUOTE_SPAN = re.compile(
    r"""
    “[^“”\n]{0,40}”        # curly double quotes, closed on the same line
  | 《[^《》\n]{0,80}》     # book and document titles
  | 「[^「」\n]{0,40}」
  | 『[^『』\n]{0,40}』
  | ‘[^‘’\n]{0,40}’
  | 〈[^〈〉\n]{0,40}〉
  | "[^"\n]{0,40}"          # straight quotes, paired left to right
    """,
    re.VERBOSE,
)


@dataclass
class HeadingTracker:
    """Follows the report's numbered headings line by line."""

    styles: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    def update(self, line: str) -> None:
        """Read one line; if it opens a heading, make it the current deepest one."""
        m = HEADING.match(line)
        if not m:
            return
        style = m.lastgroup or ""
        title = heading_title(line)
        if not title:
            return
        if style in self.styles:
            depth = self.styles.index(style)
            del self.styles[depth:], self.titles[depth:]
        self.styles.append(style)
        self.titles.append(title)

    @property
    def path(self) -> str:
        return " / ".join(self.titles)


def heading_title(line: str) -> str:
    """The title of a heading line: the whole line when short, else its first sentence."""
    text = line.strip()
    stop = TITLE_END.search(text)
    if stop:
        text = text[: stop.start()]
    elif len(text) > 60:
        return ""
    return text.strip()


def sentences(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in a line, stop mark included."""
    start = 0
    for m in SENTENCE_STOP.finditer(line):
        yield start, m.end()
        start = m.end()
    if start < len(line):
        yield start, len(line)


def clause_bounds(line: str, pos: int) -> tuple[int, int]:
    """(start, end) of the clause around ``pos``, punctuation excluded."""
    start = 0
    for m in CLAUSE_STOP.finditer(line, 0, pos):
        start = m.end()
    m = CLAUSE_STOP.search(line, pos)
    return start, (m.start() if m else len(line))


def quoted_spans(line: str) -> list[tuple[int, int]]:
    """Spans of quoted names and titles in a line."""
    return [m.span() for m in QUOTE_SPAN.finditer(line)]


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
