"""Structure of a report: its heading path, sentences, clauses and quoted names.

Everything here works on one line of text at a time and returns character
offsets into that line, so a record can always point back at the input.
"""

from __future__ import annotations

import re
from bisect import insort
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final
from unicodedata import east_asian_width

# Module constants are Final: compiled by mypyc, they are read as C statics, not looked up by name.

# A heading starts a line with one of the numbering styles of Chinese official
# documents, in full- or half-width form.  The style names the level: the first
# style seen is the top level, and a style seen again closes the deeper ones.
HEADING: Final = re.compile(
    r"""
    ^\s*
    (?:
        (?P<cn>[一二三四五六七八九十]{1,3})\s*[、.．]          # 一、
      | [(（](?P<cn_paren>[一二三四五六七八九十]{1,3})[)）]     # (一) （一）
      | (?P<num>\d{1,2})\s*(?:[、．]|\.(?!\d))                  # 1、 1. but not 1.5
      | [(（](?P<num_paren>\d{1,2})[)）]                        # (1) （1）
      | (?P<circled>[①②③④⑤⑥⑦⑧⑨⑩])                        # ①
      | 第(?P<part>[一二三四五六七八九十]{1,3})\s*(?:部分|章|节|篇)   # 第四部分 (not 第四条, 第一:)
      | (?P<bracket>【[^】：:\s]{1,30}】     # 【行政复议】; not 【来源：…】, 【字体：大 中 小】
          | [\u4e00-\u9fff]{2,8}(?<!讯)\u3000(?=\S)  # 人民调解　全市有…: a yearbook's entry title,
            (?=[^\n]*?(?:[，。；]|[,;](?!\d)))  # bare, then prose (not a table's cells, 卫生机构　个　4,826;
                                               # nor a dateline, 本报讯　记者…)
        )
    )
    """,
    re.VERBOSE,
)

# The characters that can start HEADING's number: a line that starts with none of them, nor with a
# digit or whitespace, opens no heading, which its first character tells without a call of the
# pattern (most lines).
HEADING_STARTS: Final = "一二三四五六七八九十(（①②③④⑤⑥⑦⑧⑨⑩第【"  # (scanned: see Clauses.ends_of)


def heading_match(line: str) -> re.Match[str] | None:
    """HEADING matched at the start of a line (``\\s`` and ``\\d`` are ``isspace`` and ``isdecimal``)."""
    first = line[:1]
    if first and (first in HEADING_STARTS or first.isdecimal() or first.isspace() or _entry_like(line)):
        return HEADING.match(line)
    return None


def _entry_like(line: str) -> bool:
    """Whether a line may open with a yearbook's bare entry title (人民调解　全市有…): an ideographic
    space after its first two to eight characters."""
    return "\u4e00" <= line[0] <= "\u9fff" and line.find("\u3000", 2, 9) > 0


# Sentence and clause stops: one mark each.  Both patterns start with the class of the marks
# and check the exceptions after it, so that a search skips all other text in C (a pattern that
# starts otherwise is tried at every position).  A point before a digit is a decimal point (7.5).
SENTENCE_STOP: Final = re.compile(
    r"""
    [。！？!?；;.]
    (?!(?<=\d\.)\d)           # not the point of 7.5 (but 稳步提升.2015年: a stop)
    """,
    re.VERBOSE,
)
# Besides, a comma between digits before three more (70,433) separates thousands, and a colon
# right before a number (刑事案件：98件) joins a label to its value: neither is a stop.
CLAUSE_STOP: Final = re.compile(
    r"""
    [。！？!?；;，：:,.]
    (?!(?<=\d\.)\d)           # not the point of 7.5 (but 稳步提升.2015年: a stop)
    (?!(?<=[：:])[ \t]?\d)     # not the colon of 刑事案件：98件
    (?!(?<=\d,)\d{3}(?!\d))    # not the comma of 70,433
    """,
    re.VERBOSE,
)

# Paired marks whose contents are names, titles or slogans, never figures: “八五”普法, 《…(2022—2025)》,
# “12348”. Not quotes that hold a sentence's mark (a comma but one between digits, a full stop): what
# someone said (“一审民商事收案较上年减少1,287件，这是近五年来首次下降。”李娜说), whose figures count.
_SAID = r"[，。；！？;!?]|,(?!\d)"
QUOTE_SPAN: Final = re.compile(
    rf"""
    “(?:(?!{_SAID})[^“”\n]){{0,40}}”        # curly double quotes, closed on the same line
  | “(?:(?!{_SAID})[^“”\n]){{1,12}}$        # or on the next: a short name a wrap broke (“建好一所 /
                                           # 带动一片”)
  | 《[^《》\n]{{0,80}}》                    # book and document titles
  | 「(?:(?!{_SAID})[^「」\n]){{0,40}}」
  | 『(?:(?!{_SAID})[^『』\n]){{0,40}}』
  | ‘(?:(?!{_SAID})[^‘’\n]){{0,40}}’
  | 〈[^〈〉\n]{{0,40}}〉
  | "(?:(?!{_SAID})[^"\n]){{0,40}}"          # straight quotes, paired left to right (a quote mark lost
                                           # pairs the rest the other way)
    """,
    re.VERBOSE,
)
QUOTE_OPENERS: Final = "“《「『‘〈\""  # the first character of each QUOTE_SPAN


@dataclass
class HeadingTracker:
    """Follows the report's numbered headings line by line."""

    styles: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    path: str = ""
    """The titles of the open headings, outermost first, joined with `` / ``: kept, not joined per line."""

    def update(self, line: str) -> None:
        """Read one line; if it opens a heading, make it the current deepest one. An appendix's line
        (附件, 附表1：…) closes them all: what follows is none of the last heading's (三、2025年工作思路)."""
        if "附" in line[:APPENDIX_INDENT]:  # (most lines: none, told from their start alone)
            text = line.lstrip(" \t\u3000")  # (a PDF's copy indents)
            if text.startswith(APPENDIX_MARKS) and len(text) <= APPENDIX_MAX and "。" not in text:
                self.styles, self.titles = ["appendix"], [text.strip()]
                self.path = self.titles[0]
                return
        m = heading_match(line)
        if not m:
            return
        style = m.lastgroup or ""
        # 【行政复议】 is a title whole, whatever follows it on its line.
        title = m.group().strip(" \t\u3000") if style == "bracket" else heading_title(line, m.end())
        if not title:
            return
        if style in self.styles:
            depth = self.styles.index(style)
            del self.styles[depth:], self.titles[depth:]
        self.styles.append(style)
        self.titles.append(title)
        self.path = " / ".join(self.titles)


# How an appendix's line starts (附件, 附件2：…, 附表：…统计表, 附：…), and how long it may be.
APPENDIX_MARKS: Final = ("附件", "附表", "附录", "附：", "附:")
APPENDIX_MAX: Final = 40
APPENDIX_INDENT: Final = 12  # (how far into an indented line its 附 may stand)


# A line that is a page's furniture in text from a PDF: - 3 -, — 1 —, 第3页 共8页, 3 / 8, ·3·, a page
# number alone. documents drops such lines at a page's head or foot; extraction steps over one that
# stands in the midst of a sentence, which goes on after it.
PAGE_LINE: Final = re.compile(
    r"""[ \t\u3000]*
    (?: [-—–－~]?\s*\d+\s*[-—–－~]?                       # - 3 -, 3
      | 第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?    # 第3页 共8页
      | \d+\s*/\s*\d+                                  # 3 / 8
      | [·•]\s*\d+\s*[·•]                               # ·3·
    )[ \t\u3000]*""",
    re.VERBOSE,
)


# A heading inside a line, right after a sentence ends, in text whose headings run into their
# paragraphs: 一、依法行政工作。（一）行政复议应诉。全年共收到…; …整改率100%。(二)开展执法案卷评查。对全区….
# Only a short title with no clause mark nor digit, ended by 。 or ；, counts (not 一是…, nor a list
# of numbered items written as sentences with figures).
INLINE_HEADING: Final = re.compile(
    r"""
    [ \t\u3000]*
    (?P<heading>
        (?: [(（][一二三四五六七八九十]{1,3}[)）] | [(（]\d{1,2}[)）] | [①②③④⑤⑥⑦⑧⑨⑩]
          | [一二三四五六七八九十]{1,3}、 | \d{1,2}(?:[、．]|\.(?!\d)) )
        [^。；;，,：:!?！？\d\n]{2,30}[。；;]
    )
    """,
    re.VERBOSE,
)
# What INLINE_HEADING can start with (its spaces, or its number): after most stops stands none of
# these, which one test of the character tells without a match.
INLINE_HEADING_STARTS: Final = " \t\u3000(（①②③④⑤⑥⑦⑧⑨⑩一二三四五六七八九十0123456789"
INLINE_HEADING_AFTER: Final = "。；;！？!?"  # the sentence stops a heading inside a line follows


def inline_headings(line: str) -> list[int]:
    """Where headings start inside a line (not at its start): see INLINE_HEADING. Looked for only
    right after the line's sentence stops, which its :class:`Clauses` knows."""
    found: list[int] = []
    n = len(line)
    for end in clauses_of(line).sentence_ends:
        if end < n and line[end] in INLINE_HEADING_STARTS and line[end - 1] in INLINE_HEADING_AFTER:
            m = INLINE_HEADING.match(line, end)
            if m is not None:
                found.append(m.start("heading"))
    return found


# A title or heading line has no sentence or clause marks.
TITLE_BREAKS: Final = re.compile(r"[。；;，,：:!?！？]")


def title_like(line: str) -> bool:
    """A short line without punctuation that is not a numbered heading: a title or a bare heading."""
    text = line.strip()
    return 2 <= len(text) <= 60 and not TITLE_BREAKS.search(text) and not heading_match(text)


def heading_title(line: str, after_number: int = 0) -> str:
    """The title of a heading line: the whole line when short, else its first sentence.

    The first sentence ends after the heading's number, so the point of ``1.`` does not end it.
    """
    stop = SENTENCE_STOP.search(line, after_number)
    if stop:
        return line[: stop.start()].strip()
    return line.strip() if len(line.strip()) <= 60 else ""


def sentences(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in a line, stop mark included."""
    start = 0
    for m in SENTENCE_STOP.finditer(line):
        yield start, m.end()
        start = m.end()
    if start < len(line):
        yield start, len(line)


@lru_cache(maxsize=4)
def clauses_of(line: str) -> Clauses:
    """The :class:`Clauses` of a line, kept for the few lines in use: callers ask about many
    positions of one line, and finding its stops each time would make a long line quadratic."""
    return Clauses(line)


# The marks that end a sentence (SENTENCE_STOP). Every sentence stop is a clause stop too
# (CLAUSE_STOP has the same marks, and "." with the same exception), so the clause stops that are
# one of these are a line's sentence stops, found without searching the line again.
SENTENCE_MARKS: Final = "。！？!?；;."
# A rule drawn across a line, as a table's borders, a letterhead's or a page's footnotes' are in text
# (──────, ━━━━, ------): its marks, three or more, no words.
RULE_MARKS: Final = "─━—－=＝_＿-"
RULE_LINE: Final = re.compile(rf"[ \t\u3000]*[{re.escape(RULE_MARKS)}]{{3,}}[ \t\u3000]*")


class Clauses:
    """The clauses of one line: the stops are found once, so many figures on a long line stay linear.

    Its sentences too: extraction and meaning both ask about the sentences of a line with figures.
    """

    def __init__(self, line: str) -> None:
        self.line = line
        # Every CLAUSE_STOP match is one character: each stop stands right after the text split off
        # before it (the clauses, cut in C, cost less than a match object per stop).
        stops: list[int] = []
        stop = -1
        for clause in CLAUSE_STOP.split(line)[:-1]:
            stop += len(clause) + 1
            stops.append(stop)
        # A heading in square brackets ends where its bracket closes, a clause of its own: the text
        # after it on its line (【公证】市公证处全年办理公证…) labels its figures without it; a bare
        # entry title where its ideographic space stands (公证　市公证处…).
        if line[:1] == "【" or line[:1].isspace() or (line and _entry_like(line)):
            m = heading_match(line)
            if m is not None and m.lastgroup == "bracket":
                insort(stops, m.end() - 1)
        self.stops = stops
        self._sentence_ends: list[int] | None = None  # found on the first question

    def ends_of(self, marks: str) -> list[int]:
        """Where the stops that are one of ``marks`` end (each just past its mark), in order: the
        stops of a kind (sentence stops, full stops) picked from the clause stops, not searched for
        again. Every stop of such a kind must be a clause stop: the same mark, the same exceptions.

        ``marks`` is a string, not a set: a mark is most often a CJK character, a new string each
        time it is taken from the line, which a set would hash; a few characters are scanned for less."""
        line = self.line
        return [stop + 1 for stop in self.stops if line[stop] in marks]

    @property
    def sentence_ends(self) -> list[int]:
        """Where each sentence of the line ends, as :func:`sentences` cuts them, and the end of the
        line (also for an empty line, which has no sentence)."""
        if self._sentence_ends is None:
            ends = self._sentence_ends = self.ends_of(SENTENCE_MARKS)
            if not ends or ends[-1] < len(self.line):
                ends.append(len(self.line))
        return self._sentence_ends

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence of the line, as :func:`sentences` gives them."""
        if not self.line:
            return []
        ends = self.sentence_ends
        return list(zip([0, *ends[:-1]], ends, strict=True))



def quoted_spans(line: str) -> list[tuple[int, int]]:
    """Spans of quoted names and titles in a line."""
    return [m.span() for m in QUOTE_SPAN.finditer(line)]


# ---------------------------------------------------------------------------------------------
# Pages of two columns

# A gap between two texts on a line, as pdftotext -layout sets a page's columns apart: two spaces or
# more (the gutter may come right after a column's full last character).
GAP: Final = re.compile(r"(?<=\S)(?P<gap> {2,})(?=\S)")
# A line that may hold two columns: text, then a wider gap, then text (read with GAP only then).
WIDE_GAP: Final = "   "
# How many lines a block of them may hold (a page's), read ahead before its columns are known: more
# and its lines go on as they are, one after the other.
COLUMN_BLOCK_MAX: Final = 120
# How many of a block's lines must start a text at the same place, its gutter: at least this many,
MIN_COLUMN_LINES: Final = 4
# and at least this share of its lines (not a table's: see _gutter).
MIN_COLUMN_SHARE: Final = 0.5
# How long, on average, each column's text on a line must be (two columns of prose, not cells).
MIN_COLUMN_TEXT: Final = 8
# The share of the lines cut that must have no gap but the gutter (prose, not a table's rows).
MIN_SINGLE_SHARE: Final = 0.7
# How far, on screen or in characters, the right column may start from its gutter on a line.
GUTTER_SLACK: Final = 2

# How a line of a block is read out (see columns_apart): whole, or as the left or the right part of
# a line that holds both columns.
WHOLE: Final = 0
LEFT: Final = 1
RIGHT: Final = 2


def columns_apart(lines: Iterable[str], origins: deque[tuple[int, int]]) -> Iterator[str]:
    """The lines of a text, with a page of two columns as pdftotext -layout gives it (each line runs
    across both: `` 【人民调解】全市有各类人民调解委员会486个，其       中乡镇…``) read a column at a
    time: the left column's lines, then the right's. Each line given is the line as written, or a
    part of it (offsets within it kept: a record's text stays a piece of its line).

    For each line given, ``origins`` is given its 1-based number in ``lines`` and how it is read out
    (WHOLE, LEFT, RIGHT), in order: the reader takes them as it takes the lines. Only a block of
    lines (up to a blank line) whose first has a wide gap is held back, COLUMN_BLOCK_MAX lines at most.
    """
    block: list[str] = []
    number = 0
    for line in lines:
        number += 1
        if block:
            if len(block) < COLUMN_BLOCK_MAX and line.strip():
                block.append(line)
                continue
            for part in _block_read(block, number - len(block), origins):  # (a loop: see mypyc)
                yield part
            block = []
        if WIDE_GAP in line and WIDE_GAP in line.strip():  # (text, a wide gap, text: most lines have none)
            block.append(line)
            continue
        origins.append((number, WHOLE))
        yield line
    for part in _block_read(block, number + 1 - len(block), origins):
        yield part


def _block_read(block: list[str], first: int, origins: deque[tuple[int, int]]) -> Iterator[str]:
    """A block's lines, numbered from ``first``, a column at a time where it is a page of two columns."""
    gutter = _gutter(block) if len(block) >= MIN_COLUMN_LINES else None
    if gutter is None:
        for k, line in enumerate(block):
            origins.append((first + k, WHOLE))
            yield line
        return
    cuts = [_cut(line, *gutter) for line in block]
    for k, (line, cut) in enumerate(zip(block, cuts, strict=True)):
        if line[:cut].strip():
            origins.append((first + k, LEFT if line[cut:].strip() else WHOLE))
            yield line[:cut].rstrip(" ")
    for k, (line, cut) in enumerate(zip(block, cuts, strict=True)):
        if line[cut:].strip():
            origins.append((first + k, RIGHT if line[:cut].strip() else WHOLE))
            yield line[cut:]


def _gutter(block: list[str]) -> tuple[bool, int] | None:
    """Where a block's right column starts, on screen (an ideograph two columns wide) or by characters
    (as pdftotext may count them), as (on_screen, place); None where it is no page of two columns: the
    same place must start a text after a gap on most lines, each line with that one gap (not a
    table's cells), both sides prose."""
    for on_screen in (True, False):
        starts: dict[int, int] = {}
        for line in block:
            for place, _ in _text_starts(line, on_screen):
                starts[place] = starts.get(place, 0) + 1
        if not starts:
            return None
        # (the place most lines start the right column near: spaces typed, or a PDF's glyphs of two
        # widths, may set it off by a column or two on some lines)
        near = {place: sum(starts.get(place + d, 0) for d in range(-GUTTER_SLACK, GUTTER_SLACK + 1))
                for place in starts}
        place, count = max(near.items(), key=lambda item: (item[1], starts[item[0]]))
        if count < MIN_COLUMN_LINES or count < MIN_COLUMN_SHARE * len(block):
            continue
        left = right = split = single = 0
        for line in block:
            cut = _cut(line, on_screen, place)
            if 0 < cut < len(line.rstrip()) and line[:cut].strip():
                split += 1
                single += len(GAP.findall(line.strip())) == 1
                left += len(line[:cut].strip())
                right += len(line[cut:].strip())
        text = MIN_COLUMN_TEXT * split
        # (most lines cut have that one gap, not a table's rows, cells set apart all along; but a column
        # may hold a table: 国内民事           2318            8.4 beside the other column's prose)
        if split >= MIN_COLUMN_LINES and min(left, right) >= text and single >= MIN_SINGLE_SHARE * split:
            return on_screen, place
    return None


def _text_starts(line: str, on_screen: bool) -> list[tuple[int, int]]:
    """Where texts after a gap start on a line (or after an indent as wide as a gap's place may be),
    as (place, index): on screen or by characters, and in the line."""
    places: list[tuple[int, int]] = []
    indent = len(line) - len(line.lstrip(" "))
    if indent > len(WIDE_GAP) * 4:  # (a line of the right column alone: 　　　　…案件 137 件；)
        places.append((indent, indent))
    last = width = 0  # (the width so far, summed piece by piece: a line of many gaps stays linear)
    for m in GAP.finditer(line):
        width += screen_width(line[last : m.end()]) if on_screen else m.end() - last
        last = m.end()
        places.append((width, last))
    return places


def screen_width(text: str) -> int:
    """How wide a text is on screen, an ideograph or a full-width form two columns."""
    return len(text) + sum(1 for c in text if east_asian_width(c) in "WF")


def _cut(line: str, on_screen: bool, place: int) -> int:
    """Where a line is cut at its page's gutter: ``place`` where a gap of spaces reaches it (the right
    column's text starts there, or is indented after it), else where the text after a gap starts
    nearest it, GUTTER_SLACK away at most; else the line's end, where the line ends before it (the
    left column alone) or runs across it (a line of the page, whole)."""
    at = _cut_at(line, on_screen, place)
    if at < len(line):
        return at
    near = [(abs(start - place), index) for start, index in _text_starts(line, on_screen)
            if abs(start - place) <= GUTTER_SLACK]
    return min(near)[1] if near else at


def _cut_at(line: str, on_screen: bool, place: int) -> int:
    """Where a line is cut at ``place``, its page's gutter, or its end (see :func:`_cut`)."""
    if not on_screen:
        at = place
    else:
        at, width = 0, 0
        while at < len(line) and width < place:
            width += 2 if east_asian_width(line[at]) in "WF" else 1
            at += 1
        if width != place:
            return len(line)  # (an ideograph across the place: the line ends before it, or runs across)
    if at >= len(line.rstrip()):
        return len(line)  # (the left column alone)
    if line[:at].endswith("  ") or not line[:at].strip():
        return at  # (or a text indented in the right column: 　　表1… after the gutter's spaces)
    return len(line)
