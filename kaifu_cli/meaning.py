"""Meaning beyond the number: ids, breakdowns, periods, baselines and targets.

Everything here is read from a line of text and the figures found on it, plus
a little report-level context gathered line by line (the title, the date line,
the opening and the current heading), so it works on a stream of lines:

- ``id``: ``L{line}-{n}``, n counting the figures on the line from 1;
- ``parent``: the id of the total a figure breaks down (``其中``, ``含``,
  ``包括``, a bracketed part such as ``80件(含上期结转35件)``);
- ``period`` / ``period_text``: ISO 8601 — a date for a stock as of a day
  (``截至6月30日``), an interval for a flow (``上半年``, ``1-9月``), the year for a
  whole year — and the words that gave it (or ``title``, ``opening``,
  ``heading`` when the figure inherits the report's or its section's period);
- ``compared_to``: for a change, its baseline as written (``上年同期``, ``同比``);
- ``status``: ``actual``, or ``target`` for plans and goals.

Word lists live in ``data/meaning.toml``; patterns of dates live here.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache, cached_property
from importlib import resources
from typing import Final

from . import numerals, structure
from .figures import Described, Figure
from .vocabulary import any_of, holds_any
from .vocabulary import load as load_vocabulary

# Module constants are Final: compiled by mypyc, they are read as C statics, not looked up by name.

# Kinds of figure that can be a total or a part of one; changes and rates cannot.
COUNTABLE: Final = frozenset({"count", "money", "measure"})

# Marks that end a sentence for the purposes of time and breakdowns: a ；
# separates the items of one list, a 。 ends it.  Each is a clause stop (structure.CLAUSE_STOP, where
# a half-width point before a digit is a decimal point, not a stop), so a line's full stops are
# picked from its clause stops, which extraction has found already.
FULL_STOP_MARKS: Final = "。！？!?."  # (a string: see structure.Clauses.ends_of)
# (Each pattern below starts with a class of characters, so that the search skips other text in C.)
CLAUSE_MARKS: Final = "，,：:；;。！？!?、."
OPEN_BRACKETS: Final = "(（"
# The marks that open, close or end a breakdown, named for the events of `parents`: the mark
# is taken first, then named by looking back at it.
BREAKDOWN_MARKS: Final = re.compile(
    r"""
    [(（)）。！？!?；;.]
    (?<=
        (?P<open>[(（]) | (?P<close>[)）])       # a bracketed part: 80件(含上期结转35件)
      | (?P<stop>[。！？!?] | (?<!\d)\. | \.(?!\d))  # a full stop closes the innermost list (not 61.2)
      | (?P<semicolon>[；;])                    # a ；separates the items of a list
    )
    """,
    re.VERBOSE,
)
BREAKDOWN_STOPS: Final = "。！？!?"  # BREAKDOWN_MARKS's stops but the half-width point (also a decimal's)

MONTH: Final = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY: Final = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
RANGE_MARKS: Final = "-—–~～至到"
RANGE: Final = f"[{RANGE_MARKS}]"
ASOF: Final = r"截至|截止到|截止至|截止|到"  # a day's stock: 截至6月30日

# Every part of TIME is optional, so it would match, empty, wherever its lookahead holds (at most
# digits and numerals); this tail fails a match unless one of these groups took part, so the search
# moves on in C instead of handing empty matches to Python (the matches that remain are the same).
_PARTS: Final = ("asof", "year_from", "year", "this_year", "since", "half", "quarter", "quarters",
                 "year_edge", "month_from", "month")
_SOME_PART: Final = "".join(f"(?({name})|" for name in _PARTS) + "(?!)" + ")" * len(_PARTS)

# What TIME asks where a phrase would start, before any of its parts (shared with TIME_START).
_TIME_LEAD: Final = rf"""
    (?<![\d比较与])(?!(?<=\d\.)\d)         # 比2020年 is a baseline, 5.1 a number; 2.一季度 starts one
    (?!(?<=[是为])\d{{4}}年的[\d.一二三四五六七八九十两]+倍)   # so is 是2005年的4.7倍
    (?=                                     # and where one of its parts can follow, so that most numbers
        [截到]                              # fail at once instead of after every part below
      | \d++\s*+[{RANGE_MARKS}年月季份]        # a year, a month or a quarter: 2023年, 1-9月, 6月, 3季度
      | [一二三四五六七八九十]{{1,2}}\s*+[{RANGE_MARKS}月季份]   # 十一月, 一至三月, 三季度
      | [上下]半年 | 前[二两三]个?季 | 第[一二三四1-4]季 | [今本当全]年 | 年[内底末初]
    )
"""
# A time phrase: 截至6月30日, 截至2021年6月, 上半年, 2023年上半年, 1-9月, 1至6月,
# 全年, 2015年, 2023年以来, 前三季度, 11月底, 2011-2015年.  Every part is optional
# in the pattern; `_phrase` keeps only matches that name a year or a part of one.
# An optional part is written (?:X|), not (?:X)?: the same match, but re runs a group made
# optional with ? through its general repeat machinery, several times slower.
# Whitespace is taken possessively (\s*+): what follows a run of it never starts with
# whitespace, so giving some back could not help a match, and two runs with only optional
# parts between them would otherwise try every split of a long run (quadratic in its length).
TIME: Final = re.compile(
    rf"""
    {_TIME_LEAD}
    (?:(?P<asof>{ASOF})|)\s*+
    (?:
        (?P<year_from>\d{{4}})\s*+(?:年度?|)\s*+{RANGE}\s*+(?P<year_to>\d{{4}})\s*+年度?   # 2011-2015年
      | (?P<year>\d{{4}})\s*+年度?                                                   # 2023年, 2022年度
      | (?P<this_year>今年|本年度|本年|当年|全年|年内)
      |
    )
    \s*+
    (?:
        (?P<since>以来|来|至今)                                  # only after a year: 2023年以来
      | (?P<half>上半年|下半年)
      | 第?(?P<quarter>[一二三四1-4])季度
      | 前(?P<quarters>[二两三])个?季度
      | (?P<year_edge>(?<![去上前明])(?:年底|年末|年初以来|年初至今|年初)    # 年底, not 去年底
                      | (?<=年)[底末初])                                      # 2023年底
      | (?<!\d)(?P<month_from>{MONTH})\s*+月?份?\s*+{RANGE}\s*+(?P<month_to>{MONTH})\s*+月份?  # 1-9月, 1至6月
      | (?<![\d号])(?P<month>{MONTH})\s*+月份?
        (?:\s*+(?P<day>{DAY})\s*+[日号] | (?P<month_edge>底|末|初|上旬|中旬|下旬)|)        # 6月30日, 11月底
      |
    )
    {_SOME_PART}
    """,
    re.VERBOSE,
)
# Where TIME may match: a character a phrase can start with (a digit, as numerals.DIGIT_RANGES has
# them; each part of the lead's lookahead starts with one), then TIME's lead asked from one character
# back. TIME starts with assertions, since its groups start with the phrase: for such a pattern re
# calls its whole matcher at every character of a line, while for one whose first step takes a
# character of a class it skips in C to the next such character (Lib/re/_compiler.py,
# _get_charset_prefix). So TIME is not searched along a line: it is tried, with TIME.match, only
# where TIME_START finds a place (see `_time_matches`).
TIME_START: Final = re.compile(
    rf"""
    [{numerals.DIGIT_RANGES}截到今本当全年上下前第一二三四五六七八九十]
    (?<= (?:{_TIME_LEAD}) . )
    """,
    re.VERBOSE,
)

# A date as printed in a header or under a signature: 2023-07-10, 2023年7月10日.
DATE: Final = re.compile(
    r"""
    (?P<y>\d(?<!\d\d)\d{3})          # a digit first, so the search skips other text in C; none before it
    (?:
        (?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)         # 2023-07-10, 2023.7.10
      | \s*年\s*(?P<cm>\d{1,2})\s*月\s*(?P<cd>\d{1,2})\s*日             # 2023年7月10日, not 2023年1-10月
    )
    """,
    re.VERBOSE,
)

# Dashes that lead a date line under a speech's title: ——2023年2月9日在…会议上.
DASHES: Final = "—－-─"
# What may open a header line before its date, besides the date's first digit (see `_header_date`).
DATE_LEADS: Final = frozenset(DASHES + " :：")

# What may stand at the start of a clause before a phrase that sets the time of
# the whole sentence: an enumerator (一是, 1., (二)) or a connective.  (CLAUSE_LEAD ends
# in whitespace only, so 1.5 is no enumerator there without a lookahead after the point.
# Whitespace is taken possessively, as in TIME: nothing after it starts with whitespace.)
_LEAD: Final = r"""
    ^\s*+(?:
        [一二三四五六七八九十]+是
      | \d{1,2}\s*+[.、．]
      | [(（][一二三四五六七八九十\d]{1,3}[)）]
      | 其中|同时|另外|此外|目前|其次|最后
      |
    )\s*+
"""
CLAUSE_LEAD: Final = re.compile(_LEAD + "$", re.VERBOSE)

# The start of a line that may open with a year, before any of its time phrases is looked for:
# a phrase that can set the report's period there names a year, so (after the lead and any 截至)
# four digits begin it.
OPENS_WITH_YEAR: Final = re.compile(
    rf"""
    {_LEAD}
    (?:{ASOF}|)\s*+\d{{4}}   # 2023年, 截至2023年6月, 2011-2015年
    """,
    re.VERBOSE,
)

# Bounds that keep every question about a figure short on a line of any length:
LEAD_MAX: Final = 8  # the longest enumerator or connective before a clause-opening time phrase
MAX_TOTALS: Final = 8  # the most figures before a 其中 that it may break down
SIBLINGS: Final = 4  # the parts before a ；that a figure after it is compared with
MAX_NESTING: Final = 6  # the deepest breakdown within a breakdown kept open

# What `ReportContext.read` looks at beyond a line's heading and whether it is a date line:
HEADER_LINES: Final = 6  # the title and the lines under it that may give the report's date
LEAD_LINES: Final = 12  # the header and opening lines (title, date, a period the opening names)
LEAD_WRAPS: Final = 5  # the lines a lead's or an opening's first sentence may go on over, wrapped
LEAD_ENDS: Final = ("。", "！", "？", "!", "?", "：", ":")  # (a sentence ends; …报告如下：)
SHORT_LINE: Final = 30  # the longest line that may be a bare heading naming a plan or a review

HALVES: Final = {"上半年": (1, 6), "下半年": (7, 12)}
QUARTER_NUMBERS: Final = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
TENDAYS: Final = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}


# ---------------------------------------------------------------------------------------------
# Words


@dataclass(frozen=True, eq=False)
class Words:
    """The lists of ``data/meaning.toml``."""

    markers: tuple[str, ...]
    scope_nouns: tuple[str, ...]
    not_totals: tuple[str, ...]
    outcomes: tuple[str, ...]
    stages: tuple[tuple[str, ...], ...]
    new_work: tuple[str, ...]
    wholes: tuple[str, ...]
    target_words: tuple[str, ...]
    achieved_words: tuple[str, ...]
    ensure: str
    reach: str
    plan_headings: tuple[str, ...]
    review_headings: tuple[str, ...]
    date_labels: tuple[str, ...]
    source_labels: tuple[str, ...]
    header_labels: tuple[str, ...]
    body_endings: tuple[str, ...]
    title_joiners: tuple[str, ...]
    place_endings: tuple[str, ...]
    named_bodies: tuple[str, ...]
    unit_family: dict[str, int]
    people_units: frozenset[str]
    generic_units: frozenset[str]
    may_exceed: tuple[str, ...]


@cache
def words() -> Words:
    """The word lists kaifu reads meaning with, loaded once."""
    raw = tomllib.loads(resources.files("kaifu_cli").joinpath("data/meaning.toml").read_text("utf-8"))
    t, r = raw["targets"], raw["report"]
    return Words(
        markers=tuple(raw["breakdown"]["markers"]),
        scope_nouns=tuple(raw["breakdown"]["scope_nouns"]),
        not_totals=tuple(raw["breakdown"]["not_totals"]),
        outcomes=tuple(raw["breakdown"]["outcomes"]),
        stages=tuple(tuple(stage) for stage in raw["breakdown"]["stages"]),
        new_work=tuple(raw["breakdown"]["new_work"]),
        wholes=tuple(raw["breakdown"]["wholes"]),
        target_words=tuple(t["words"]),
        achieved_words=tuple(t["achieved"]),
        ensure=t["ensure"],
        reach=t["reach"],
        plan_headings=tuple(t["plan_headings"]),
        review_headings=tuple(t["review_headings"]),
        date_labels=tuple(r["date_labels"]),
        source_labels=tuple(r["source_labels"]),
        header_labels=tuple(r["header_labels"]),
        body_endings=tuple(r["body_endings"]),
        title_joiners=tuple(r["title_joiners"]),
        place_endings=tuple(r["place_endings"]),
        named_bodies=tuple(r["named_bodies"]),
        unit_family={u: n for n, family in enumerate(raw["units"]["families"]) for u in family},
        people_units=frozenset(raw["units"]["people"]),
        generic_units=frozenset(raw["units"]["generic"]),
        may_exceed=tuple(raw["rates"]["may_exceed"]),
    )


def same_unit_family(a: str, b: str, generic: bool = True) -> bool:
    """Whether a total counted in ``a`` may have parts counted in ``b`` (人次 and 人 may; 个 and 家 may,
    unless ``generic`` is false: then 个 is of no family but its own)."""
    if a == b:
        return True
    w = words()
    if a in w.generic_units or b in w.generic_units:
        if not generic:
            return False
        return bool(a and b) and a not in w.people_units and b not in w.people_units
    return a in w.unit_family and w.unit_family.get(a) == w.unit_family.get(b)


# ---------------------------------------------------------------------------------------------
# Periods


@dataclass(frozen=True)
class Period:
    """A day (``point``) or an interval of days, written as ISO 8601."""

    start: date
    end: date
    point: bool = False

    @property
    def iso(self) -> str:
        """``2023-06-30``, ``2023``, ``2023-05``, ``2011/2015`` or ``2023-01-01/2023-06-30``."""
        s, e = self.start, self.end
        if self.point:
            return e.isoformat()
        whole_years = (s.month, s.day, e.month, e.day) == (1, 1, 12, 31)
        if whole_years:
            return str(s.year) if s.year == e.year else f"{s.year}/{e.year}"
        if (s.year, s.month) == (e.year, e.month) and s.day == 1 and e.day == _last_day(e.year, e.month):
            return f"{s.year}-{s.month:02d}"
        return f"{s.isoformat()}/{e.isoformat()}"


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _months(year: int, first: int, last: int) -> Period:
    return Period(date(year, first, 1), date(year, last, _last_day(year, last)))


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    value = numerals.chinese_value(text)
    return int(value) if value is not None else 0


class Phrase:
    """A time phrase found in a line: where it stands, its words and its parts.

    (A plain class with slots: a line may hold many, and it is made several times faster than a
    frozen dataclass; compiled by mypyc, it is a native class, made and read without interpreted code.)
    """

    __slots__ = ("end", "match", "start", "text", "year")

    def __init__(self, start: int, end: int, text: str, year: int | None, match: re.Match[str]) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.year = year
        """The year written in the phrase itself, if any."""
        self.match = match

    @property
    def edge(self) -> str:
        """年底, 年末, 年初, 年初以来 or 年初至今 (2023年底 gives 年底), or empty."""
        edge = self.match.group("year_edge") or ""
        return "年" + edge if len(edge) == 1 else edge

    @property
    def is_point(self) -> bool:
        """A day rather than an interval: 截至…, 6月30日, 11月底, 年底."""
        g = self.match.group
        return bool(g("asof") or g("day") or g("month_edge") in ("底", "末", "初")
                    or self.edge in ("年底", "年末", "年初"))

    def period(self, year: int | None, until: date | None = None) -> Period | None:
        """The period the phrase names, with ``year`` for a phrase that names none.

        ``until`` ends a year-to-date phrase (2023年以来) when the report ends before December.
        """
        g = self.match.group
        if g("year_from"):
            first, last = int(g("year_from")), int(g("year_to"))
            return Period(date(first, 1, 1), date(last, 12, 31)) if first <= last else None
        year = self.year or year
        if year is None or not 1900 <= year <= 2200:
            return None
        found = self._interval(year, until)
        if found is None:
            return None
        if g("asof") or self.edge in ("年底", "年末"):
            return Period(found.end, found.end, point=True)
        return found

    def _interval(self, year: int, until: date | None) -> Period | None:
        g = self.match.group
        if g("since") or self.edge in ("年初以来", "年初至今"):
            end = until if until is not None and until.year == year else date(year, 12, 31)
            return Period(date(year, 1, 1), end)
        if self.edge == "年初":
            return Period(date(year, 1, 1), date(year, 1, 1), point=True)
        if g("half"):
            return _months(year, *HALVES[g("half")])
        if g("quarter"):
            q = _number(g("quarter")) if g("quarter").isdigit() else QUARTER_NUMBERS[g("quarter")]
            return _months(year, 3 * q - 2, 3 * q)
        if g("quarters"):
            return _months(year, 1, 3 * QUARTER_NUMBERS[g("quarters")])
        if g("month_from"):
            first, last = _number(g("month_from")), _number(g("month_to"))
            return _months(year, first, last) if 1 <= first <= last <= 12 else None
        if g("month"):
            return self._month(year, _number(g("month")))
        return Period(date(year, 1, 1), date(year, 12, 31))

    def _month(self, year: int, month: int) -> Period | None:
        g = self.match.group
        if not 1 <= month <= 12:
            return None
        last = _last_day(year, month)
        if g("day"):
            day = _number(g("day"))
            if not 1 <= day <= last:
                return None
            return Period(date(year, month, day), date(year, month, day), point=True)
        edge = g("month_edge")
        if edge in ("底", "末"):
            return Period(date(year, month, last), date(year, month, last), point=True)
        if edge == "初":
            return Period(date(year, month, 1), date(year, month, 1), point=True)
        if edge in TENDAYS:
            first, end = TENDAYS[edge]
            return Period(date(year, month, first), date(year, month, min(end, last)))
        return _months(year, month, month)


def _may_name_time(text: str) -> bool:
    """Whether a line may hold a time phrase. A phrase names a year or a part of one (see `_phrase`),
    and every part of TIME that does holds 年, 月 or 季: a line with none of them (a quarter of the
    lines with figures) holds none, which three scans in C tell instead of a search of TIME along it."""
    return "年" in text or "月" in text or "季" in text


def _time_matches(text: str) -> Iterator[re.Match[str]]:
    """``TIME.finditer(text)``, with TIME tried only where TIME_START finds it may match. (No match
    of TIME is empty, so the next one is looked for from the end of the last, as finditer does.)"""
    pos = 0
    while (start := TIME_START.search(text, pos)) is not None:
        m = TIME.match(text, start.start())
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


# Every match of TIME that gives a phrase (see `_phrase`) holds one of these (its year, half, quarter,
# edge of a year or month); and every character of a match of TIME is one of TIME_CHARS. So a
# phrase starts within the run of TIME_CHARS that ends at its anchor.
TIME_ANCHORS: Final = "年月季"
TIME_CHARS: Final = (  # (a string, not a set: see structure.Clauses.ends_of)
    "截止至到今本当全年度内以来上下半第季前两个月份日号底末初旬中一二三四五六七八九十" + RANGE_MARKS
)


def _phrase_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of TIME that `_time_matches` gives and that may give a phrase, found by looking
    only around 年, 月 and 季 (``str.find``, in C): from the start of the run of TIME_CHARS that ends
    at each, as `_time_matches` goes along (a match there is the one it finds: none it finds before
    can reach into the run, since a match is all TIME_CHARS), not along the whole line, whose every
    character TIME_START's class would be tested against. Matches without an anchor that fall
    outside every run are not given: they give no phrase."""
    pos = 0
    n = len(text)
    # Where each anchor character next stands, found again only once passed: a line with many
    # anchors is not searched to its end for 季 (which most lines lack) once per anchor.
    nexts = [text.find(ch) for ch in TIME_ANCHORS]
    while pos < n:
        anchor = _next_anchor(text, pos, nexts)
        if anchor < 0:
            return
        start = anchor
        while start > pos and _may_be_in_time(text[start - 1]):
            start -= 1
        # (TIME_START looks one character past a candidate at the anchor: 年底, 年内)
        end = min(n, anchor + 2)
        while (found := TIME_START.search(text, start, end)) is not None:
            m = TIME.match(text, found.start())
            if m is None:
                start = found.start() + 1
            else:
                yield m
                start = pos = m.end()
        pos = max(pos, anchor + 1)


def _may_be_in_time(ch: str) -> bool:
    """Whether a character may stand in a match of TIME (its \\s and \\d are any whitespace and any
    decimal digit)."""
    return ch in TIME_CHARS or ch.isspace() or ch.isdecimal()


def _next_anchor(text: str, pos: int, nexts: list[int]) -> int:
    """Where the first of 年, 月, 季 stands at or after ``pos``, or -1. ``nexts``: where each (in the
    order of TIME_ANCHORS) stands at or after some earlier position, or -1; brought up to ``pos``."""
    best = -1
    for k in range(len(nexts)):
        at = nexts[k]
        if 0 <= at < pos:
            at = nexts[k] = text.find(TIME_ANCHORS[k], pos)
        if at >= 0 and (best < 0 or at < best):
            best = at
    return best


def iter_phrases(text: str) -> Iterator[Phrase]:
    """The time phrases in a line (width-folded), outside quoted names and titles, in order."""
    if not _may_name_time(text):
        return
    quotes = _Quotes(text)
    for m in _phrase_matches(text):
        phrase = _phrase(m, quotes)
        if phrase is not None:
            yield phrase


def time_phrases(
    text: str, until: int | None = None, quoted: list[tuple[int, int]] | None = None
) -> list[Phrase]:
    """All the time phrases of a line (see :func:`iter_phrases`), or those that start at or
    before ``until``: the search stops there. ``quoted``: the line's quoted spans, if found already."""
    found: list[Phrase] = []
    if not _may_name_time(text):
        return found
    # A line known to hold no quotes (most of them) asks no phrase whether it is quoted.
    quotes = _Quotes(text, quoted) if quoted is None or quoted else None
    for m in _phrase_matches(text):
        if until is not None and m.start() > until:
            break
        phrase = _phrase(m, quotes)
        if phrase is not None:
            found.append(phrase)
    return found


def _phrase(m: re.Match[str], quotes: _Quotes | None) -> Phrase | None:
    """The phrase of a match of TIME, unless it names neither a year nor a part of one or it is quoted
    (``quotes`` None: whether it is quoted does not matter)."""
    (_, year_from, year_to, year, this_year, _, half, quarter, quarters, year_edge, month_from, _,
     month, _, _) = m.groups()  # the groups read once, in the order of TIME
    # A year or a part of one, not 截至 alone nor 以来 without a year (the parts are alternatives).
    if not (year or year_from or this_year or half or quarter or quarters or year_edge or month_from
            or month):
        return None
    start = m.start()  # TIME starts at no whitespace (its lookahead), so neither does the phrase
    if quotes is not None and quotes.inside(start):
        return None
    written = year or year_to
    return Phrase(start, m.end(), m.group().rstrip(), int(written) if written else None, m)


class _Quotes:
    """The quoted names and titles of a line (`structure.quoted_spans`), found from left to right
    only as far as asked: a line's phrases or breakdown words are asked about in order, and the
    first phrase of a line that opens a report is all `ReportContext.read` asks about.

    ``spans``: the line's quoted spans, in order, if found already (`extraction.find_figures` steps
    over them on the way and hands them on): then the line is not searched again.
    """

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None) -> None:
        self._spans: Iterator[tuple[int, int]] = (
            iter(spans) if spans is not None else map(re.Match.span, structure.QUOTE_SPAN.finditer(text))
        )
        self._next: tuple[int, int] | None = None
        self._last_end = -1  # the end of the last span that starts at or before the last position asked
        self._started = False

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` (no less than any asked before) stands in a quoted span."""
        if not self._started:
            self._started = True
            self._next = next(self._spans, None)
        while self._next is not None and self._next[0] <= pos:
            self._last_end = self._next[1]
            self._next = next(self._spans, None)
        return pos < self._last_end


def period_of(text: str, year: int | None = None) -> tuple[str, str]:
    """(ISO period, words) of the first time phrase in ``text``: ``截至11月底`` in 2023 -> 2023-11-30.

    >>> period_of("截至6月30日", 2023)
    ('2023-06-30', '截至6月30日')
    >>> period_of("1-9月", 2017)
    ('2017-01-01/2017-09-30', '1-9月')
    """
    first = next(iter_phrases(numerals.fold_width(text)), None)
    if first is None:
        return "", ""
    found = first.period(year)
    return (found.iso if found else ""), first.text


def _last_before(stops: list[int], pos: int) -> int:
    """The last stop at or before ``pos`` (0 when none): the start of what ``pos`` stands in."""
    k = bisect_right(stops, pos)
    return stops[k - 1] if k else 0


def _leads_in(text: str, start: int, pos: int) -> bool:
    """Whether only an enumerator or a connective stands between ``start`` and ``pos``."""
    return pos - start <= LEAD_MAX and bool(CLAUSE_LEAD.match(text[start:pos]))


class LineIndex:
    """What a line holds, each found in one pass, so that every figure's question is a bisect.

    A line can be a whole report (10 MB without a line break); nothing here scans
    from the start of the line once per figure.  What only some lines are asked about
    (sentences, baselines, targets) is found on the first question.

    The line is width-folded (`numerals.fold_width`), as extraction reads it: folded once per
    line by `extraction.extract_lines`, not once more here.
    """

    def __init__(
        self,
        text: str,
        until: int | None = None,
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        """``until``: the last position asked about (the last figure's start), if known; a time
        phrase that starts after it is never asked about, so it is not looked for.
        ``quoted``: the line's quoted spans (`structure.QUOTE_SPAN`),
        in order, if found already, as `extraction.find_figures` finds them; else they are searched
        for when asked about."""
        self.text = text
        self.quoted = quoted
        self._full_stops: list[int] | None = None  # found on the first question: most lines ask none
        self._baselines: list[re.Match[str]] | None = None
        self._sentence_ends: list[int] | None = None
        self._baseline_ends: list[int] = []
        self._baseline_words: list[str] = []
        self._targets: list[tuple[int, int]] | None = None
        self._ensures: list[tuple[int, int]] | None = None
        # Whether a breakdown word or a goal word stands anywhere in the line: one search answers
        # for most lines (about two in three) the questions of `parents` and `is_target`.
        self.marked = _marking_search().search(text) is not None
        self.phrases = time_phrases(text, until, quoted)
        self.phrase_starts = [p.start for p in self.phrases]
        self.last_initial: list[int] = []  # index of the last clause-opening phrase up to each phrase
        self.last_year: list[int] = []  # index of the last phrase naming a year up to each phrase
        # Each phrase's sentence (ended by 。！？): the end of it, and the index of its first phrase.
        # A figure after a phrase stands in the phrase's sentence when it starts before that end.
        self.sentence_end: list[int] = []
        self.sentence_first: list[int] = []
        if not self.phrases:
            return
        # The line's clauses are found once, for extraction and here.
        stops = structure.clauses_of(text).stops
        last_initial, last_year = -1, -1
        first, sentence_end = 0, -1
        for k, p in enumerate(self.phrases):
            start = p.start
            clause = bisect_left(stops, start)  # the clause stops before the phrase
            clause_start = stops[clause - 1] + 1 if clause else 0
            if _leads_in(text, clause_start, start):
                last_initial = k
            if p.year:
                last_year = k
            self.last_initial.append(last_initial)
            self.last_year.append(last_year)
            if start >= sentence_end:  # the first phrase of a sentence
                # Its end: the first of the clause stops from the phrase on that is a full stop
                # (as `full_stops` picks them), looked for only in the sentences that hold a phrase,
                # not in all the line's stops.  Each stop is passed over once: sentences follow.
                stop = clause
                while stop < len(stops) and text[stops[stop]] not in FULL_STOP_MARKS:
                    stop += 1
                first, sentence_end = k, stops[stop] + 1 if stop < len(stops) else len(text) + 1
            self.sentence_first.append(first)
            self.sentence_end.append(sentence_end)

    # What only some lines are asked about: plain attributes filled on the first question cost
    # less than cached_property (which takes a lock in Python 3.11).

    @property
    def sentence_ends(self) -> list[int]:
        """Where each sentence of the line (ended by 。；…, see `structure.sentences`) ends, as
        extraction found them and kept on the line's Clauses: no list of sentences is made for
        the few that are asked about."""
        if self._sentence_ends is None:
            self._sentence_ends = structure.clauses_of(self.text).sentence_ends
        return self._sentence_ends

    def sentence(self, k: int) -> tuple[int, int]:
        """(start, end) of the line's sentence ``k``."""
        ends = self.sentence_ends
        return (ends[k - 1] if k else 0), ends[k]

    @property
    def baselines(self) -> list[re.Match[str]]:
        if self._baselines is None:
            self._find_baselines()
        return self._baselines or []

    def _find_baselines(self) -> None:
        self._baselines = list(_baseline_pattern().finditer(self.text))
        self._baseline_ends = [m.end() for m in self._baselines]
        self._baseline_words = [_baseline_words(m.group()) for m in self._baselines]

    @property
    def targets(self) -> list[tuple[int, int]]:
        if self._targets is None:
            self._targets = _word_spans(self.text, words().target_words, unless_next="的")
        return self._targets

    @property
    def ensures(self) -> list[tuple[int, int]]:
        if self._ensures is None:
            self._ensures = _word_spans(self.text, (words().ensure,))
        return self._ensures

    @cached_property
    def reaches(self) -> list[tuple[int, int]]:
        return _word_spans(self.text, (words().reach,))

    @cached_property
    def achieved(self) -> list[tuple[int, int]]:
        return _word_spans(self.text, words().achieved_words)

    @property
    def full_stops(self) -> list[int]:
        """The ends of the line's 。！？ (its sentences for time and goals), in order."""
        if self._full_stops is None:
            self._full_stops = structure.clauses_of(self.text).ends_of(FULL_STOP_MARKS)
        return self._full_stops

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence (ended by 。！？ only) that ``pos`` stands in."""
        return _last_before(self.full_stops, pos)

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence (ended by 。；…) that ``pos`` (in the line) stands in."""
        return bisect_right(self.sentence_ends, pos)

    def baseline_before(self, pos: int) -> str:
        """The nearest baseline written before ``pos`` in the line, without its comparison word. An
        average or a target is the baseline of its own sentence only (不起诉率16.3%,较全省平均水平低2.1个
        百分点。全年诉前羁押率降至15.8%,下降4.6个百分点: the second is no change against that average)."""
        if self._baselines is None:
            self._find_baselines()  # on the first question
        k = bisect_right(self._baseline_ends, pos) - 1
        baselines = self._baselines or []
        while k >= 0 and baselines[k].group("benchmark") is not None \
                and baselines[k].start() < self.sentence_start(pos):
            k -= 1
        return self._baseline_words[k] if k >= 0 else ""


def _word_spans(text: str, found_words: Iterable[str], unless_next: str = "") -> list[tuple[int, int]]:
    """(start, end) of each of the words in a line, in order; not where ``unless_next`` follows."""
    return [m.span() for m in any_of(tuple(found_words)).finditer(text)
            if not (unless_next and text.startswith(unless_next, m.end()))]


@cache
def _marking_search() -> re.Pattern[str]:
    """A search for the breakdown words (其中, 含) and goal words (力争, 确保): ten words, along a whole
    line, found in one scan in C in half the time of one ``in`` each (`vocabulary.holds_any`)."""
    w = words()
    return any_of((*w.markers, *w.target_words, w.ensure))


def _first_within(spans: list[tuple[int, int]], low: int, high: int) -> int:
    """The start of the first word of ``spans`` wholly within [low, high), or ``high`` if none is."""
    k = bisect_left(spans, (low, -1))
    while k < len(spans) and spans[k][0] < high:
        if spans[k][1] <= high:
            return spans[k][0]
        k += 1
    return high


def _any_within(spans: list[tuple[int, int]], low: int, high: int) -> bool:
    """Whether a word of ``spans`` stands wholly within [low, high)."""
    return _first_within(spans, low, high) < high


# ---------------------------------------------------------------------------------------------
# The figures of one line


@dataclass
class _Level:
    """An open breakdown: the totals it may belong to and the parts seen so far."""

    totals: list[int]
    depth: int | None  # the bracket depth of a bracketed part, None for a 其中 list
    parts: list[int] = field(default_factory=list)
    chosen: int = -1  # the total the last part was paired with
    scope: bool = False  # opened by a scope or a view (受理的案件中, 按受援对象分), not by 其中


def _markers(text: str, quoted: list[tuple[int, int]] | None = None) -> list[tuple[int, bool]]:
    """(position, inside a bracket) of each breakdown word that opens a clause or a bracket.
    ``quoted``: the line's quoted spans, if found already."""
    found: list[tuple[int, bool]] = []
    spans = _word_spans(text, words().markers)
    if not spans:
        return found  # most lines: no quotes to look for
    quotes = _Quotes(text, quoted)
    for start, _ in spans:
        before = _char_before(text, start)
        if quotes.inside(start):
            continue
        if not before or before in CLAUSE_MARKS:
            found.append((start, False))
        elif before in OPEN_BRACKETS:
            found.append((start, True))
    return found


def _scopes_and_views(text: str) -> list[tuple[int, int]]:
    """(start, end) of each scope (受理案件中,) and view (从纠纷类型看,) of a line, in order: the clauses
    that open a list of parts without a breakdown word."""
    scopes = _scopes(text) if "中，" in text or "中," in text else []
    found = views(text)
    return sorted([*scopes, *found]) if found else scopes


def _scopes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause that names the cases of a figure before it, ending in one of
    ``scope_nouns`` and 中 before a comma, its parts after the comma: 受理案件中,民事案件179件; 在审结的
    39件案件中,维持26件. Each is read back from its 中 a few characters at most (a long line of them
    stays linear)."""
    found: list[tuple[int, int]] = []
    nouns = words().scope_nouns
    for m in SCOPE_END.finditer(text):
        end = m.start()
        if not text.endswith(nouns, 0, end):
            continue
        low = max(0, end - SCOPE_MAX)
        start = max(text.rfind(mark, low, end) for mark in SCOPE_OPENERS) + 1
        if start or not low:  # (a clause longer than SCOPE_MAX names more than cases)
            found.append((start, m.end()))
    return found


def _scope_totals(
    index: LineIndex, items: Sequence[Described], figures: _Countable, start: int, end: int,
    parents: list[int | None],
) -> list[int]:
    """The totals a scope at [start, end) may break down. The figure before it that it restates (受理的
    72件案件中: 依法受理72件), else the last one of the stage it names, not refused (受理案件中: 依法受理
    121件, not 不予受理9件), else the one of the sentence before (as for 其中) it names (在民事案件中: 民事
    案件612件), else those that name its noun (各类案件中: 办理法律援助案件8,462件, not 受援人9,105人; a part
    there stands for its total, ``parents`` so far), else all of them."""
    text = index.text
    before = figures.between(0, start)
    restated = [items[k].figure for k in figures.between(start, end)]
    if restated:
        same = [k for k in before if items[k].figure.value == restated[0].value
                and items[k].figure.unit == restated[0].unit]
        if same:
            return same[-1:]
    scope = text[start:end]
    stages = _stages_of(scope)
    if stages:
        staged = [k for k in before if stages[0] in _stages_of(items[k].label)
                  and not _refused(items[k].label, stages[0])]
        if staged:
            return staged[-1:]
    candidates = _candidates(index, figures, start, False)
    named = [k for k in candidates if len(items[k].label) >= NAMED_TOTAL and items[k].label in scope]
    if named:
        return named[-1:]  # 其中民事案件612件,…。在民事案件中,: of the 612
    # Of parts of another view of the same total, that total (受理案件中,公安类58件,…其他类9件。从申请事项
    # 看,…: of the cases received, not of the 9件).
    near = list(dict.fromkeys(p if (p := parents[k]) is not None else k for k in candidates))
    nouns = [noun for noun in words().scope_nouns if noun in scope]
    return [k for k in near if any(noun in items[k].label for noun in nouns)] or near


def _refused(label: str, stage: tuple[str, ...]) -> bool:
    """Whether a label names the refusal of a stage (不予受理), not the stage."""
    return any(refusal + word in label for word in stage for refusal in REFUSALS)


REFUSALS: Final = ("不予", "不")
NAMED_TOTAL: Final = 2  # (the shortest label a scope names its total by: 民事案件 in 在民事案件中)


# A view a breakdown is given from, opening a clause, which opens a list of parts as 其中 does: 从纠纷类型
# 看,婚姻家庭纠纷417件…; 按案件类别分,土地征收类31件…; (not 分产业看 of a statistical bulletin, whose
# parts are its own totals).
# Its last word is looked for (看 or 分: a scan in C for each, fewer than 从 and 按), then a comma after it
# and its start a few characters back, at a clause's start.
VIEW_LAST: Final = ("看", "分")
VIEW_COMMAS: Final = "，,：:"
VIEW_MAX: Final = 12  # (the longest view: 从申请人所在地区看)


def views(text: str) -> list[tuple[int, int]]:
    """(start, end) of each view that opens a clause: 从纠纷类型看, 按案件类别分 (从…来看, 按…划分)."""
    found: list[tuple[int, int]] = []
    for last in VIEW_LAST:
        end = text.find(last)
        while end >= 0:
            if (view := _view_ending(text, end)) is not None:
                found.append(view)
            end = text.find(last, end + 1)
    return sorted(found)


def _view_ending(text: str, end: int) -> tuple[int, int] | None:
    """The view whose last word stands at ``end``, up to the comma after it, or None: a comma must follow
    it, and 从 or 按 open it at a clause's start a few characters back, with no number nor mark between."""
    after = end + 1
    while after < len(text) and text[after].isspace():
        after += 1
    if after >= len(text) or text[after] not in VIEW_COMMAS:
        return None
    low = max(0, end - VIEW_MAX)
    start = max(text.rfind("从", low, end), text.rfind("按", low, end))
    if start < 0 or start + 1 == end or _char_before(text, start) not in VIEW_AFTER:
        return None
    if any(c.isdigit() or c in SCOPE_OPENERS for c in text[start + 1 : end]):
        return None
    return start, after + 1


# The 中 that ends a scope (受理案件中,) and the marks that may open it or a view.
SCOPE_END: Final = re.compile(r"中\s*[，,]")
SCOPE_OPENERS: Final = "，,。；;：:！!？?"
# (a line's start, or a clause mark; or a half-width point, a full stop in text copied from web pages:
# 案件分布情况.从案件领域看,)
VIEW_AFTER: Final = frozenset(("", ".", *SCOPE_OPENERS))
SCOPE_MAX: Final = 16  # the longest scope clause: 在本年度审结的1,234件行政复议案件中


def _bracketed_parts(text: str, items: Sequence[Described]) -> list[tuple[int, bool]]:
    """Brackets right after a count that hold two counts or more of its family and no more than it
    in all, with no breakdown word: a breakdown as (含…) is (社区矫正对象42人(缓刑39人,假释2人,暂予监外
    执行1人)), marked as a breakdown word inside a bracket, right after its opening."""
    found: list[tuple[int, bool]] = []
    for k, d in enumerate(items):
        f = d.figure
        opening = text[f.end : f.end + 1]
        if d.kind != "count" or not opening or opening not in OPEN_BRACKETS:
            continue
        close = text.find(")" if opening == "(" else "）", f.end)
        # The figures up to the closing mark, read from the bracket on (not all the line's figures for
        # each bracket: a line of many would take time in the square of their number).
        inside: list[Described] = []
        for e in items[k + 1 : k + 1 + MAX_BRACKETED] if close > 0 else ():
            if e.figure.end > close:
                break
            inside.append(e)
        if len(inside) >= BRACKETED_PARTS and all(
            e.kind == "count" and same_unit_family(f.base_unit, e.figure.base_unit, generic=False)
            for e in inside
        ) and sum((e.figure.value * e.figure.scale for e in inside), Decimal(0)) <= f.value * f.scale \
                and not holds_any(text[f.end : close], words().markers):
            found.append((f.end + 1, True))
    return found


BRACKETED_PARTS: Final = 2  # (the fewest counts in a bracket that make a breakdown without a word)
MAX_BRACKETED: Final = 64  # (the most figures a bracket right after a count is read for)


def _skip_space_back(text: str, pos: int) -> int:
    """``pos`` moved back over the whitespace right before it."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _char_before(text: str, pos: int) -> str:
    """The character before ``pos`` and the whitespace before it, or empty at the line's start."""
    pos = _skip_space_back(text, pos)
    return text[pos - 1] if pos else ""


def _common(a: str, b: str) -> int:
    """Length of the longest run of characters two labels share.

    From each start in ``a``, the run found so far is lengthened while it stays in ``b``: a
    substring search in C per step, about a third of the time of difflib's SequenceMatcher.
    """
    if not a or not b:
        return 0
    best = 0
    for i in range(len(a)):
        while i + best < len(a) and a[i : i + best + 1] in b:
            best += 1
    return best


class _Countable:
    """The figures of a line that can be totals or parts, by position: counts, money and measures that
    are no baseline (比上年的356件, 由2011年的98.6亿元: last year's, not the total a 其中 breaks down) nor
    an average (法官人均结案112.9件: `Words.not_totals`)."""

    def __init__(self, text: str, items: Sequence[Described]) -> None:
        self.indices = [i for i, d in enumerate(items) if d.kind in COUNTABLE and not _a_baseline(text, d)
                        and not _an_average(d.label)]
        self.starts = [items[i].figure.start for i in self.indices]
        self.by_end = {items[i].figure.end: i for i in self.indices}

    def between(self, low: int, high: int) -> list[int]:
        """The last few countable figures starting in [low, high)."""
        first, last = bisect_left(self.starts, low), bisect_left(self.starts, high)
        return self.indices[max(first, last - MAX_TOTALS) : last]


def _an_average(label: str) -> bool:
    """Whether a label names an average (`Words.not_totals`: 人均, 平均), asked of most labels by the
    characters those words hold first (`AVERAGE_MARKS`)."""
    for mark in AVERAGE_MARKS:
        if mark in label:
            return holds_any(label, words().not_totals)
    return False


# Each word of `Words.not_totals` holds one of these (tests/test_meaning.py checks).
AVERAGE_MARKS: Final = ("均", "每")


def _a_baseline(text: str, d: Described) -> bool:
    """Whether a figure is the baseline of a change: 比上年的356件 (:data:`BASELINE_FIGURE`)."""
    start = d.figure.start
    if text[start - 1 : start] != "的":
        return False  # (most figures)
    return BASELINE_FIGURE.search(text, max(0, start - BASELINE_REACH), start) is not None


# What stands before a figure that is a baseline: a comparison word, words without a number but a
# year's (比2015年的129名), 的.
BASELINE_FIGURE: Final = re.compile(r"(?:比|较|由|从)(?:\d{4}年)?[^，,。；;：:、\d]{0,8}的$")
BASELINE_REACH: Final = 12


def _candidates(index: LineIndex, figures: _Countable, pos: int, bracket: bool) -> list[int]:
    """The figures a breakdown word at ``pos`` may break down."""
    text = index.text
    if bracket:
        end = _skip_space_back(text, _skip_space_back(text, pos) - 1)
        return [figures.by_end[end]] if end in figures.by_end else []
    here = index.sentence_of(pos)
    start = index.sentence(here)[0]
    own = figures.between(start, pos)
    if own or here == 0 or not _leads_in(text, start, pos):
        return own
    before_start, before_end = index.sentence(here - 1)
    if text[before_end - 1 : before_end] in FULL_STOP_MARKS:
        # A 其中 that opens a sentence breaks down what the sentence before it counted, from its
        # start, whose ；may part the totals (共受理各类案件6,037件…；审结执结5,226件…。其中，新收…).
        before_start = index.sentence_start(before_end - 1)
    return figures.between(before_start, before_end)


def parents(line: str | LineIndex, items: Sequence[Described]) -> list[int | None]:
    """For each figure of a line, the index of the total it breaks down, or None.

    A ``其中``/``包括``/``含`` that opens a clause starts a list of parts of the
    figures before it in its sentence (or in the sentence before, when it opens
    one), as a scope (受理案件中,) or a view (从纠纷类型看,) does (`_scope_totals`: of the
    total it names); parts are paired with the total whose label they share most (受理 with
    受理, 办结 with 办结), else with the nearest.  A part must be of the total's
    kind; changes and rates are never parts.  A ``(含…)`` right after a figure
    breaks that figure down up to the closing bracket.  A ``。`` closes the
    innermost list; after a ``；`` or ``。`` a figure continues a list only when
    its label shares words with the parts before it (第二产业 after 第一产业).  A figure of what was
    prevented or won back (防止群体性上访9起: ``outcomes``) is no part, and ends the lists open; an
    average (法官人均结案112.9件: `Words.not_totals`) is neither a part nor a total.
    """
    index = line if isinstance(line, LineIndex) else LineIndex(numerals.fold_width(line))
    text = index.text
    result: list[int | None] = [None] * len(items)
    markers = _markers(text, index.quoted) if index.marked else []
    if "（" in text or "(" in text:
        markers = sorted([*markers, *_bracketed_parts(text, items)])
    scopes = _scopes_and_views(text)
    if not markers and not scopes:
        return result  # no 其中, 含 or 包括 opens a breakdown: no figure is a part
    figures = _Countable(text, items)
    if not figures.indices:
        return result  # only counts, money and measures are parts
    # Before the first breakdown word no list is open, so only the bracket depth there is needed;
    # after the last figure that can be a part nothing changes a result.
    first = min(markers[0][0] if markers else len(text), scopes[0][1] if scopes else len(text))
    last = max(figures.starts)
    # A full stop sets the depth to 0, so only the brackets after the last one before the first
    # word count (found from the end in C, not mark by mark in Python from the line's start).
    depth = 0
    restart = max(text.rfind(mark, 0, first) for mark in BREAKDOWN_STOPS) + 1
    for m in BREAKDOWN_MARKS.finditer(text, restart, first):
        if m.lastgroup == "open":
            depth += 1
        elif m.lastgroup == "close":
            depth = max(0, depth - 1)
        elif m.lastgroup == "stop":
            depth = 0  # (a half-width point, not looked for above)
    events: list[tuple[int, int, str, int]] = [(pos, 0, "bracket-marker" if b else "marker", 0)
                                               for pos, b in markers if pos <= last]
    # A scope opens its list where it ends, after the total it may restate (受理的72件案件中,): its totals
    # are found before its start.
    events.extend((end, 0, "scope", start) for start, end in scopes if end <= last)
    marks = BREAKDOWN_MARKS.finditer(text, first, last + 1)
    events.extend((m.start(), 0, m.lastgroup or "", 0) for m in marks)
    events.extend((start, 1, "figure", i)
                  for i, start in zip(figures.indices, figures.starts, strict=True) if start >= first)
    events.sort()

    stack: list[_Level] = []
    opened: list[_Level] = []  # every list, for _by_sum once all its parts are known
    pending = False
    semicolon = 0  # where the last ；or 。 stands
    outcomes = words().outcomes
    for pos, _, event, i in events:
        if event == "figure":  # one that can be a part
            if pending:
                label = items[i].label
                if text.startswith(words().wholes, semicolon + 1, pos):  # (;全市4家律师事务所…: a new whole)
                    while stack and stack[-1].depth is None:
                        stack.pop()
                while stack and stack[-1].depth is None and stack[-1].parts and (
                    _new_work(label, stack[-1], items)  # (新开工项目121个 after 其中…项目11个;)
                    or not any(_siblings(label, items[p].label) for p in stack[-1].parts[-SIBLINGS:])
                    or _parallel_total(label, stack[-1], items)
                    or _overflows(i, stack[-1], items, result)
                ):
                    stack.pop()
                pending = False
            if stack and stack[-1].depth is None and (
                _after_listed(text, items, stack[-1].parts, i) or _other_work(items, stack[-1], i)
            ):
                stack.pop()  # 其中A领域23件、B领域11件,发出诉前检察建议38件: a clause of its own
            if stack and items[i].label.startswith(outcomes):
                del stack[:]  # 防止群体性上访9起: what was prevented, no part; the list ends
            elif stack:
                result[i] = _choose_total(items, stack[-1], i)
        elif event == "open":
            depth += 1
        elif event == "close":
            depth = max(0, depth - 1)
            for k, level in enumerate(stack):  # a bracketed part ends with its bracket, and all after it
                if level.depth is not None and level.depth > depth:
                    del stack[k:]
                    break
        elif event in ("stop", "semicolon"):
            semicolon = pos
            if event == "stop":
                while stack and stack[-1].depth is not None:
                    stack.pop()
                if stack:
                    stack.pop()
                depth = 0
            pending = bool(stack)
        else:  # a breakdown word (marker or bracket-marker) or a scope, whose start ``i`` holds
            if event == "scope":
                totals = _scope_totals(index, items, figures, i, pos, result)
            else:
                totals = _candidates(index, figures, pos, event == "bracket-marker")
            if totals:
                bracket = depth if event == "bracket-marker" else None
                stack.append(_Level(totals, bracket, scope=event == "scope"))
                opened.append(stack[-1])
                del stack[:-MAX_NESTING]
            pending = False
    for level in opened:
        _by_sum(items, level, result)
    return result


def _after_listed(text: str, items: Sequence[Described], parts: list[int], i: int) -> bool:
    """Whether figure i stands after a comma that follows parts listed with 、 whose labels end
    alike, and names nothing like them: the list has ended (其中生态环境领域23件、食品药品安全领域11件,
    发出诉前检察建议38件; but 其中维持21件、撤销1件,调解和解后申请人撤回申请5件 goes on)."""
    if len(parts) < LISTED:
        return False
    last, before = items[parts[-1]].figure, items[parts[-2]].figure
    gap = text[last.end : items[i].figure.start]
    if "，" not in gap and "," not in gap:
        return False
    joined = text[before.end : last.start]
    label = items[i].label
    return "、" in joined and "，" not in joined and "," not in joined \
        and _common_end(items[parts[-1]].label, items[parts[-2]].label) >= 2 \
        and not any(_siblings(label, items[p].label) for p in parts[-SIBLINGS:])


LISTED: Final = 2  # (the fewest parts that make a list joined with 、)


def _other_work(items: Sequence[Described], level: _Level, i: int) -> bool:
    """Whether figure i names the same things as the total its list's parts are of, by other work
    (`Words.new_work`): 新开工亿元以上项目152个,其中10亿元以上项目21个,竣工亿元以上项目97个 (竣工, not
    新开工: no part; but 其中…项目38个,完成投资61.2亿元 names no such things, and is a part)."""
    if not level.parts or level.chosen < 0:
        return False
    label, total = items[i].label, items[level.chosen].label
    own, theirs = _work_named(label), _work_named(total)
    if not own or not theirs or own == theirs:
        return False
    things, their_things = label[len(own) :], total[len(theirs) :]
    return len(things) >= 2 and len(their_things) >= 2 and (
        things.endswith(their_things) or their_things.endswith(things)
    )


def _new_work(label: str, level: _Level, items: Sequence[Described]) -> bool:
    """Whether a label after a ；says what else was done (`Words.new_work`): it starts with a word of
    it that no part's label of the list starts with (办理值班律师法律帮助案件 after 其中民事案件141件)."""
    work = _work_named(label)
    return bool(work) and not any(items[p].label.startswith(work) for p in level.parts)


def _work_named(label: str) -> str:
    """The longest word of `Words.new_work` a label starts with (新开工, not 开工), or ""."""
    new_work = words().new_work
    if not label.startswith(new_work):
        return ""  # (most labels: one test in C)
    return max((w for w in new_work if label.startswith(w)), key=len)


def _siblings(a: str, b: str) -> bool:
    """Whether two labels name parts of one list: they share a run of two characters (第一产业,
    第二产业), or both are a short noun with one head (夏粮, 秋粮; 早稻, 晚稻)."""
    return _common(a, b) >= 2 or (len(a) <= SHORT_PART and len(b) <= SHORT_PART and a[-1:] == b[-1:] != "")


SHORT_PART: Final = 3


def _parallel_total(label: str, level: _Level, items: Sequence[Described]) -> bool:
    """Whether a figure after a ；names another total like the list's, not a part of it: its label
    ends as the total's does and as no part's (生猪饲养量228.7万头,其中出栏161.4万头;牛饲养量15.2万头:
    饲养量; but 受理案件200件,其中民事案件90件;行政案件20件 ends as a part does too: a part)."""
    return level.chosen >= 0 and _common_end(label, items[level.chosen].label) >= 2 and all(
        _common_end(label, items[p].label) < 2 for p in level.parts[-SIBLINGS:]
    )


def _overflows(i: int, level: _Level, items: Sequence[Described], result: list[int | None]) -> bool:
    """Whether figure i after a ；would make the parts of each total of the list add up to more than
    it, in its unit, where they fell short of it: then it is another total, not a part (总人口49.32万人,
    其中农业人口41.86万人;常住人口38.75万人; but 受理案件6,037件;审结5,226件。其中,新收…2,691件,审结2,418件;
    新收…2,960件: of the 6,037). Parts that made up their total whole may be followed by another
    breakdown of it (其中,城镇人口98.7万人,乡村人口87.5万人;男性人口92.6万人…)."""
    figure = items[i].figure
    for total in level.totals:
        of = items[total].figure
        if of.unit != figure.unit:
            continue
        parts = [items[p].figure for p in level.parts if result[p] == total]
        if any(part.unit != figure.unit for part in parts):
            return False
        made = sum(part.value for part in parts)
        if made + figure.value <= of.value or abs(made - of.value) * WHOLE_ERROR <= of.value:
            return False
    return level.chosen >= 0 and items[level.chosen].figure.unit == figure.unit


# Parts that add up to their total but for one part in this many (rounding) make it up whole.
WHOLE_ERROR: Final = 200


def _common_end(a: str, b: str) -> int:
    """How many characters two texts end with alike."""
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _by_sum(items: Sequence[Described], level: _Level, result: list[int | None]) -> None:
    """The parts of a list moved to one of the totals they may break down where they add up to that one
    exactly, and not to the one they were paired with (or they were paired with more than one):
    受理法律援助案件213件,…已结案196件,…。其中:民事案件139件,刑事案件68件,行政案件6件 (213, not the nearer
    196). Parts in two units are asked of in each: 审结371件498人,其中提起公诉302件406人,不起诉92人 (the
    92人 of the 498人 with the 406人, though 不起诉 shares more words with 受理审查起诉案件563人)."""
    units = {items[p].figure.unit for p in level.parts}
    for unit in units:
        parts = [p for p in level.parts if items[p].figure.unit == unit] if len(units) > 1 else level.parts
        _by_sum_in(items, level.totals, parts, unit, result)


def _by_sum_in(
    items: Sequence[Described], totals: list[int], parts: list[int], unit: str, result: list[int | None]
) -> None:
    """As :func:`_by_sum`, for parts all in ``unit``."""
    if len(parts) < 2:
        return
    chosen = result[parts[0]]
    if chosen is None:
        return
    total = sum((items[p].figure.value for p in parts), Decimal(0))
    if all(result[p] == chosen for p in parts) and (
        items[chosen].figure.value == total or items[chosen].figure.unit != unit
    ):
        return
    exact = [t for t in totals if items[t].figure.unit == unit
             and items[t].figure.value == total and items[t].kind == items[chosen].kind]
    if len(exact) == 1:
        for p in parts:
            result[p] = exact[0]


def _choose_total(items: Sequence[Described], level: _Level, part: int) -> int | None:
    """The total a part belongs to: of its kind, sharing most of its label, else the nearest.

    The first figure of a list is a part whatever its unit (so that `kaifu check` can
    tell 860人, 其中…520件); a later one only in a unit its total can hold, else it
    describes the part before it (其中线上培训20场, 参训人员3000人次).
    """
    kind, label, figure = items[part].kind, items[part].label, items[part].figure
    fitting = [t for t in level.totals if items[t].kind == kind]
    if not fitting:
        return None
    # A part is no more than its total (缓刑281人 is of 在册327人, not of 解除矫正131人 right before it);
    # where it exceeds every total, the report contradicts itself, which `kaifu check` shows.
    fitting = [t for t in fitting if not _exceeds(figure, items[t].figure)] or fitting
    # Of totals in several units, those of the part's family (培训班3期,培训96人次,其中取得证书的41人: of
    # the 96人次, though 培训班 shares more words with it).
    fitting = [
        t for t in fitting if same_unit_family(items[t].figure.base_unit, figure.base_unit, generic=False)
    ] or fitting
    if len(fitting) == 1:
        total = fitting[0]  # most lists: one total of the kind, no labels to compare
    else:
        stages = _stages_of(label)  # (the part's and each total's, found once)
        theirs = [_stages_of(items[t].label) for t in fitting]
        scores = [_score(label, items[t].label, stages, their)
                  for t, their in zip(fitting, theirs, strict=True)]
        best = max(scores)
        if best:
            tied = [k for k, score in enumerate(scores) if score == best]
            if len(tied) > 1:
                # Of totals alike, one in the part's unit, then the one with most of the part's
                # characters: 调解婚姻家庭纠纷 is of 调解纠纷, not 调解成功, though it shares 调解 with both.
                tied = [k for k in tied if items[fitting[k]].figure.base_unit == figure.base_unit] or tied
                chars = set(label)
                shared = [len(chars.intersection(items[fitting[k]].label)) for k in tied]
                tied = [k for k, n in zip(tied, shared, strict=True) if n == max(shared)]
            # Of totals alike, cases received hold all the others (受理法律援助案件768件,…办结法律援助案件
            # 681件…。其中刑事法律援助案件302件: of the 768): the first stage of `Words.stages`.
            received = [k for k in tied if words().stages[0] in theirs[k]]
            total = fitting[(received or tied)[-1]]
        elif level.chosen in fitting:
            total = level.chosen  # a part with no words of a total's is of its siblings' total
        else:
            total = fitting[-1]  # else of the nearest
    if not same_unit_family(items[total].figure.base_unit, figure.base_unit):
        # One thing counted in two units is the total in the part's: 立案14件18人, 其中大案11件 (of the
        # 14件, though the 18人 stands nearer).
        total = next((t for t in fitting if items[t].label == items[total].label
                      and same_unit_family(items[t].figure.base_unit, figure.base_unit)), total)
    units = items[total].figure.base_unit, items[part].figure.base_unit
    if (level.parts or level.scope) and kind != "money" and not same_unit_family(*units):
        # (Nor is a first one, after a scope or a view, which says nothing of units to check: 受理法律
        # 援助案件428件…按受援对象分,农民工185人 counts people, not cases.)
        return None
    if level.parts and _strange(items[part], items[total], items, level.parts):
        # A later figure in a unit neither the total nor a part has, that shares no words with them,
        # counts something else: 办理公证12,865件,其中国内公证7,412件,…发往四十余个国家和地区.
        return None
    level.parts.append(part)
    level.chosen = total
    return total


def _strange(part: Described, total: Described, items: Sequence[Described], parts: list[int]) -> bool:
    """Whether a figure after a list's parts (see _choose_total) is in a unit neither the total nor
    any part has, nor of the total's family, and shares no run of two characters with the total's
    label nor with a part's."""
    unit = part.figure.base_unit
    if same_unit_family(total.figure.base_unit, unit, generic=False):
        return False  # (研究生学历9人 of 干警64名)
    return all(items[p].figure.base_unit != unit for p in parts) and _common(part.label, total.label) < 2 \
        and all(_common(part.label, items[p].label) < 2 for p in parts[-SIBLINGS:])


def _exceeds(part: Figure, total: Figure) -> bool:
    """Whether a part's number is larger than a total's in the same unit (written alike)."""
    return part.unit == total.unit and part.value > total.value > 0


def _stages_of(label: str) -> list[tuple[str, ...]]:
    """The stages of a case (`Words.stages`) a label names: 受理, 审结 (and 未结 in 未结案件)."""
    return [stage for stage in words().stages if holds_any(label, stage)]


def _score(a: str, b: str, stages: list[tuple[str, ...]], theirs: list[tuple[str, ...]]) -> int:
    """How much a part's label ``a`` has of a total's ``b``: their longest common run of two characters
    or more, and 2 more where ``b`` names one of ``stages``, the stages of a case ``a`` names (执结 and
    审结); ``theirs`` are the stages ``b`` names (:func:`_stages_of`)."""
    if stages and any(stage not in stages for stage in theirs):
        return 0  # another stage than the part's: 结案84件 is not of 未结案件436件, though it holds 结案
    common = _common(a, b)
    stage = any(stage in stages for stage in theirs)
    return (common if common >= 2 else 0) + (STAGE_POINTS if stage else 0)


STAGE_POINTS: Final = 2  # (as many as the shortest common run that counts)


# A year as the baseline of a change: 比2020年, 较2021年同期, 与2019年底, 与2023年预算 (a budget's); or
# years: 较前五年.
YEAR_BASELINE: Final = (
    r"(?:比|较|与)\s*(?:\d{4}\s*年(?:同期|底|末|度?预算|度?决算|度)?|(?:前|过去|上一个|上个)[一二两三四五六七八九十\d]{1,2}个?年"
    r"|“?十[一二三四五六]五”?(?:末|期末|时期|期间))"  # 较“十三五”末
)

# An average, a target or a time limit as the baseline: 低于全省平均水平0.21个百分点, 比全市平均少11.2天,
# 高于全国法院平均值, 低于省定控制目标0.6个百分点, 较法定期限缩短22天, 比承诺时限压缩3个工作日.
# A time limit set by law, promised or ruled (法定期限, 承诺办理时限), without its noun: extraction trims
# 由法定 from a label as it trims 由上年.
LIMIT_OF: Final = r"(?:法定|承诺|规定)(?:办理|审理|办结|)"
BENCHMARK_OF: Final = (  # (what is compared)
    rf"[^，,。；;、\d\s]{{0,10}}?(?:平均(?:水平|值|数|)|目标值?|指标值?|预期|{LIMIT_OF}(?:期限|时限))"
)
BENCHMARK: Final = rf"(?:比|较|高于|低于){BENCHMARK_OF}"
# A year or a period a multiple is of: 是2005年的4.7倍, 为“十二五”时期的1.52倍 (2005年, “十二五”时期).
TIMES_OF: Final = r"(?:\d{4}\s*年|“?十[一二三四五六]?五”?(?:末|期末|时期|期间)|上年|去年|前五年|上一个五年)"
TIMES_BASELINE: Final = rf"[是为]\s*{TIMES_OF}(?=的[\d.一二三四五六七八九十两]+倍)"


@cache
def _baseline_pattern() -> re.Pattern[str]:
    baselines = load_vocabulary().baselines
    alternatives = "|".join(map(re.escape, baselines))
    first = "".join(map(re.escape, sorted({"比", "较", "与", "高", "低", "是", "为",
                                           *(w[0] for w in baselines if w)})))
    return re.compile(
        rf"""
        (?=[{first}])                                          # only where one can start: fast on long lines
        (?:
            (?P<year>{YEAR_BASELINE})    # 比2020年: a year as the baseline
          | (?P<written>{alternatives})                            # 同比, 较上年同期, 与上年相比
          | (?P<benchmark>{BENCHMARK})                             # 比全市平均
          | (?P<times>{TIMES_BASELINE})                            # 是2005年的4.7倍
        )
        """,
        re.VERBOSE,
    )


def _baseline_words(written: str) -> str:
    """The baseline without its comparison word: 较上年同期 -> 上年同期, 与上年相比 -> 上年."""
    text = written.replace(" ", "")
    if text.startswith("与"):
        text = text[1:]
        for tail in ("相比", "比"):
            if text.endswith(tail):
                return text[: -len(tail)]
        return text
    return text[1:] if text[:1] in ("比", "较", "是", "为") else text


def is_target(index: LineIndex, start: int, clause: tuple[int, int]) -> bool:
    """A plan or goal: 力争/计划/目标/预期 before the figure in its clause (not 计划的, nor after 完成
    in the clause: 完成目标任务的105% was done), or 确保 … 达到."""
    targets = index.targets
    if targets:
        first = _first_within(targets, clause[0], start)
        if first < start and not _any_within(index.achieved, clause[0], first):
            return True
    ensures = index.ensures
    return bool(ensures) and _any_within(ensures, index.sentence_start(start), start) and _any_within(
        index.reaches, clause[0], start)


# ---------------------------------------------------------------------------------------------
# The report around the lines


def _names_plan(title: str) -> bool:
    """Whether a title or heading names a plan: 下半年工作打算, 2024年工作计划."""
    return holds_any(title, words().plan_headings)


def _names_review(title: str) -> bool:
    """Whether a title names a review of work done: 上半年工作总结."""
    return holds_any(title, words().review_headings)


def _header_date(text: str, labels: tuple[str, ...]) -> str:
    """The date of a header line (folded and stripped): 发布时间:2023-07-10, ——2023年2月9日在…会议上,
    or a line that is a date."""
    # Such a date stands after a label, after dashes or a colon, or alone.  Without a label or a
    # dash only a line that is a date can give one, so the many first lines of a report that are
    # text (or open with a year: 2023年以来…) need no search of DATE along them, only a match.
    first = text[:1]
    if first in DATE_LEADS or holds_any(text, labels):
        m = DATE.search(text)
    elif first.isdecimal():  # \d, which starts DATE, is isdecimal
        m = DATE.fullmatch(text)  # DATE reads a date one way only: the same match as the search's
    else:
        return ""
    if not m:
        return ""
    lead = text[: m.start()].strip(" :：")
    labelled = bool(lead) and lead.endswith(labels)
    dashed = bool(lead) and not lead.strip(DASHES)  # ——2023年2月9日在…会议上
    alone = not lead and m.end() == len(text)
    if not (labelled or dashed or alone):
        return ""
    try:
        return date(int(m["y"]), int(m["m"] or m["cm"]), int(m["d"] or m["cd"])).isoformat()
    except ValueError:
        return ""


# The lines above an official document's title: the issuer's red header (麻城市司法局文件), the
# document's number (麻司文〔2019〕3 号 签发人：刘 伟), a periodical's masthead with its issue
# (曲靖市人民政府公报 2023 年第 3 期（总第 142 期）) and a rule under them (────); and a web page's trail of
# links above its article (首页 > 政务公开 > 部门信息 > 区司法局). None is the title, nor its first line of
# prose.
OFFICIAL_HEADER: Final = re.compile(
    r"""[\u4e00-\u9fff]{2,20}文件
      | \S{1,8}[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,4}\s*号.*
      | [\u4e00-\u9fff]{2,20}\s+(?:(?:19|20)\d\d\s*年\s*)?第\s*\d{1,4}\s*期.*
      | """ + structure.RULE_LINE.pattern + r"""
      | (?:网站)?首页\s*[>＞›»→/].*""",
    re.VERBOSE,
)


def _is_title(text: str) -> bool:
    """Whether a header line is a report's title: a short line without punctuation, not a date, or
    one with a slogan before its subtitle (提质增效促公平，法援惠民显担当——湘潭市司法局法律援助处2023年
    上半年工作总结)."""
    if _is_date_line(text) or OFFICIAL_HEADER.fullmatch(text):
        return False
    if structure.title_like(text):
        return True
    slogan, dash, subtitle = text.partition("——")
    return bool(dash) and 0 < len(slogan) <= SLOGAN_MAX and structure.title_like(subtitle)


SLOGAN_MAX: Final = 30


# A number in a title, with the scale and the words of a qualifier it may have (1.1万余件).
TITLE_NUMBER: Final = re.compile(r"\d[\d,.]*\s*[余多]?\s*(?:万亿|[万亿千])?\s*[余多]?\s*")


# A line letter-spaced, one ideograph (or a bracket) after another, a space or two between: a title a
# PDF's copy centred so (铜 川 市 社 区 矫 正 工 作 年 度 报 告).
LETTER_SPACED: Final = re.compile(r"(?:[\u4e00-\u9fff（）()][ \u3000]{1,2}){3,}[\u4e00-\u9fff（）()]")


def _headline(title: str) -> bool:
    """Whether a title reports a figure, as a news headline does (抚顺市司法行政工作晒出2016年“成绩单”
    全年调解矛盾纠纷1.1万余件): what it names is the figure's, not the topic of all below it."""
    if not any(c.isdigit() for c in title):
        return False  # (most titles: none, or a year in Chinese numerals)
    vocab = load_vocabulary()
    units = tuple(u for u in vocab.unit_kinds if u not in vocab.duration_units)
    return any(title.startswith(units, m.end()) for m in TITLE_NUMBER.finditer(title))

def _header_line(text: str) -> bool:
    """Whether a line belongs to a page's header above a report (来源:…, 发布时间:…) or is an
    office's letterhead (OFFICIAL_HEADER), not its prose."""
    return _page_header().search(text) is not None or OFFICIAL_HEADER.fullmatch(text) is not None


@cache
def _page_header() -> re.Pattern[str]:
    """A line of a web page's header, above the title: 来源:…, 发布时间:…, 索引号:… (made on first use)."""
    w = words()
    return re.compile(
        "(?:" + "|".join(map(re.escape, (*w.date_labels, *w.source_labels, *w.header_labels))) + r")\s*[:：]"
    )

# The body a report's opening speaks for, where no title names it: a name that starts its first
# clause, or the second after a time (2025年上半年，), with a place (市, 芦淞区; not 全市) or 我/本
# first, of ideographs only, that ends as a body's name does (市法律援助中心, 湘潭市社区矫正中心).
_CLAUSES: Final = re.compile(r"[，,。；;]")
OPENING_CLAUSES: Final = 2
BODY_MAX: Final = 14
_NAME_START: Final = re.compile(r"[我本省市区县州]|[\u4e00-\u9fff]{1,4}?(?<!全)[省市区县州]")
# A first clause that only says when (2025年上半年, 近年来, 一年来): broader than time_phrases, which
# knows no 近年来; the body's name then starts the second.
_TIME_CLAUSE: Final = re.compile(r".{0,12}(?:年|月|以来|来|期间|季度)")


def _opens_with_named_body(clause: str) -> bool:
    """Whether a clause opens with a body named by its place's name alone, two to four characters
    before one of `Words.named_bodies`: 汉台公证处; not a whole's (全区公共法律服务中心) nor each one's
    (各司法所)."""
    if clause[:1] in NOT_A_PLACE:
        return False
    for body in words().named_bodies:
        at = clause.find(body, PLACE_NAME_MIN, PLACE_NAME_MAX + len(body))
        if at >= 0 and all("\u4e00" <= c <= "\u9fff" for c in clause[:at]):
            return True
    return False


# How a place's name alone is written: two to four characters, not 全, 各, 我, 本 or 该 first.
PLACE_NAME_MIN: Final = 2
PLACE_NAME_MAX: Final = 4
NOT_A_PLACE: Final = "全各我本该"


def _body_speaking(text: str) -> str:
    """The body a report's first line of prose speaks for, or "" (see :func:`_page_header`)."""
    endings = words().body_endings
    clauses = _CLAUSES.split(text, OPENING_CLAUSES)[:OPENING_CLAUSES]
    for clause in clauses if _TIME_CLAUSE.fullmatch(clauses[0]) else clauses[:1]:
        if _NAME_START.match(clause) is None and not _opens_with_named_body(clause):
            continue
        for end in range(2, min(len(clause), BODY_MAX) + 1):
            if not "\u4e00" <= clause[end - 1] <= "\u9fff":
                break
            if clause.endswith(endings, 0, end):
                return clause[:end]
    return ""


def _is_date_line(text: str) -> bool:
    """Whether a line (folded and stripped) is a date and nothing else: 2023年7月10日."""
    return text[:1].isdecimal() and DATE.fullmatch(text) is not None  # \d, which starts DATE, is isdecimal


Notes = tuple[str, str, str, str, str, str]
"""What `ReportContext.annotate` gives a figure: id, parent, period, period_text, compared_to, status."""


@dataclass
class ReportContext:
    """What a report says about itself, read line by line: title, date, covered period, plans.

    Call :meth:`read` with every line (and the heading path at it), then
    :meth:`annotate` with the figures of a line.
    """

    title: str = ""
    topic: str = ""
    """What names the report's topic: its title, else the body its opening speaks for where no title
    stands above it (2025年上半年，市法律援助中心坚持… gives 市法律援助中心)."""
    opening: str = ""
    """The first line of prose of a report with no title above it, which may name its topic (see
    extraction: 2022年,县司法局…全面落实行政复议体制改革各项任务…现将全年工作情况报告如下)."""
    lead: str = ""
    """The first line of prose under a title (a news release's first sentence, under a headline that
    may name no line of work: see extraction)."""
    date: str = ""
    signed: str = ""
    period: Period | None = None
    period_words: str = ""
    period_source: str = ""
    plan: bool = False
    plan_period: Period | None = None
    _numbered_plan: tuple[bool, Period | None] = (False, None)
    _loose_plan: tuple[bool, Period | None] = (False, None)
    _nonblank: int = 0
    _title_open: bool = True  # the lines so far are a page's header (来源:…), above where a title may stand
    _title_goes_on: bool = False  # the title is a body's name alone: the title line under it goes on with it
    _titled_at: int = 0  # the (non-blank) line that gave the title, if any
    _lead_open: bool = False  # a title was found, and no line of prose under it yet (see lead)
    # How many more lines may go on with the lead's first sentence (> 0) or the opening's (< 0), wrapped
    # at a fixed width; 0 where it has ended.
    _prose_goes_on: int = 0
    _headings_seen: bool = False
    _last_heading: str = ""
    _review_tried: str = ""  # the last heading's title that named a review and gave no period
    # default_period and what it was read from (plan, plan period, period): asked on every line
    # with figures, it changes only with these.
    _default: tuple[tuple[object, ...], tuple[str, str]] = ((), ("", ""))

    def _went_on(self, text: str) -> None:
        """Take a line that may go on with the first sentence of the lead or the opening (see
        ``_prose_goes_on``): joined to it where it is no heading, until a sentence ends."""
        if structure.heading_match(text) is not None:
            self._prose_goes_on = 0
            return
        ended = text.endswith(LEAD_ENDS)
        if self._prose_goes_on > 0:
            self.lead += text
            self._prose_goes_on = 0 if ended else self._prose_goes_on - 1
        else:
            self.opening += text
            self._prose_goes_on = 0 if ended else self._prose_goes_on + 1

    @property
    def year(self) -> int | None:
        """The year a date without one belongs to: the covered period's, else the date line's."""
        if self.period is not None:
            return self.period.end.year
        for d in (self.date, self.signed):
            if d:
                return int(d[:4])
        return None

    def read(self, line: str, heading: str = "") -> None:
        """Take in one line of the report, width-folded (`numerals.fold_width`: extract_lines folds each
        line once, for every step), and the heading path in force at it."""
        text = line.strip()
        if not text:
            return
        n = self._nonblank = self._nonblank + 1
        if self._prose_goes_on:  # (the opening's or the lead's sentence, wrapped: …全面实施法 / 律援助法)
            self._went_on(text)
        if (n > LEAD_LINES and len(text) > SHORT_LINE and heading == self._last_heading
                and not text[0].isdecimal()):
            return  # most lines: past the header and the opening, not short, no new heading, no date
        # the title (under a page's header, if any), the date under it
        header = n == 1 or self._title_open or (n <= HEADER_LINES and not self.date)
        opening = n <= LEAD_LINES and self.period is None and not self._headings_seen  # may give the period
        short = len(text) <= SHORT_LINE  # may be a bare heading naming a plan or a review
        if self._lead_open and not self._title_goes_on and not _header_line(text):
            self._lead_open = False
            self.lead = text
            self._prose_goes_on = LEAD_WRAPS if not text.endswith(LEAD_ENDS) else 0
        if self._title_goes_on and OFFICIAL_HEADER.fullmatch(text):
            # (恩施州司法局办公室 / 恩州司办〔2024〕41 号 / ──── / 关于…法律援助工作情况的通报: the office's
            # name, which the title under its letterhead goes on)
            return
        asked = header or opening or short or text[0].isdecimal()  # \d starts a date line
        if not asked and heading == self._last_heading:
            return  # most lines: nothing to look for in them
        numbered = False  # asked only for an opening line or a short one
        titled = False  # whether this line is the report's title
        if asked:
            numbered = (opening or short) and structure.heading_match(text) is not None
            goes_on = self._title_goes_on or (
                self._titled_at == n - 1 and text.startswith(words().title_joiners))
            if goes_on and not numbered and _is_title(text):
                # (…司法局2023年工作总结 / 和2024年工作计划: a title line that starts by joining too)
                # 怀远县司法局 / 2025年上半年矛盾纠纷排查化解工作情况报告: one title over two lines
                text = self.title + text
                self._title_open = True
            self._title_goes_on = False
            if self._title_open and _is_title(text):
                if " " in text and LETTER_SPACED.fullmatch(text):
                    text = "".join(text.split())  # (铜 川 市 社 区 矫 正 工 作 年 度 报 告: a centred title)
                self.title = text
                self.topic = "" if _headline(text) else text
                self._title_open = False
                self._title_goes_on = text.endswith(words().body_endings)
                self._titled_at = n
                self._lead_open = titled = True
                self._set_period(text, "title", opening=False)
                if _names_plan(text) and not _names_review(text):
                    self._loose_plan = (True, self.period)  # a plan from its title on: 2024年工作要点
            elif n <= HEADER_LINES and not self.date:
                self.date = _header_date(text, words().date_labels)
            if self._title_open and not (n <= HEADER_LINES and _header_line(text)):
                self._title_open = False  # the first line of prose: no title above it
                self.topic = _body_speaking(text)  # (a title found would have closed the search)
                self.opening = text
                self._prose_goes_on = -LEAD_WRAPS if not text.endswith(LEAD_ENDS) else 0
            if text[0].isdecimal() and _is_date_line(text):  # most lines: no call
                self.signed = _header_date(text, ())
            if opening and self.period is None and OPENS_WITH_YEAR.match(text):  # most: no year opens it
                self._set_period(text, "opening", opening=True)
            self._headings_seen = self._headings_seen or numbered
        if heading != self._last_heading:
            self._last_heading = heading
            # Each title is a part of the path, so when the path names no plan none of its titles
            # does: one search, and the titles one by one only when it finds a word.
            named = bool(heading) and _names_plan(heading)
            self._numbered_plan = self._plan_of(heading.split(" / ")) if named else (False, None)
            # A review heading's year wins over the title's: 平遥县2017年政府工作报告, 一、2016年工作回顾
            # (a government work report is dated the year after the one it reviews).
            if (self.period is None or self.period_source == "title") and heading and _names_review(heading):
                self._review_period(heading.split(" / "))
        if short and n > 1 and not numbered and not titled and structure.title_like(text):
            # (a line that names a review too, 2019年工作总结和2020年工作计划, opens no plan)
            if _names_plan(text) and not _names_review(text):
                self._loose_plan = (True, self._plan_period(text))
            elif _names_review(text):
                self._loose_plan = (False, None)
        self.plan, self.plan_period = self._numbered_plan if self._numbered_plan[0] else self._loose_plan

    def _set_period(self, text: str, source: str, opening: bool) -> None:
        """The covered period from the title's first period, or from a line that opens with a year."""
        if opening:
            # Only the line's first match of TIME can open it: every match holds one of 截到年月季,
            # which no enumerator or connective of CLAUSE_LEAD does, so no later one has only a lead
            # before it; nor does a quoted one (a quote mark is no lead).  So a long opening line
            # whose first phrase names no valid year (9999年…) is not searched on, and its quotes,
            # which may be far along it or nowhere, are not looked for.
            m = next(_time_matches(text), None)
            phrase = _phrase(m, None) if m else None
            if (phrase is None or not phrase.year or phrase.is_point
                    or not CLAUSE_LEAD.match(text[: phrase.start])):
                return
            found = phrase.period(None)
            if found is not None:
                self.period, self.period_words, self.period_source = found, phrase.text, source
            return
        for phrase in iter_phrases(text):
            if phrase.is_point:
                continue
            found = phrase.period(None)
            if found is not None:
                self.period, self.period_words, self.period_source = found, phrase.text, source
                return

    def _review_period(self, titles: list[str]) -> None:
        """The covered period from a heading that names a review and a time (一、2023年工作回顾), for
        a report whose opening names none, over its title's: a government work report is dated the
        year after the one it reviews."""
        for title in titles:
            if _names_review(title) and not _names_plan(title):
                # Under one such title, each change of a heading below it asks again: a title that
                # gave no period gives none the next time (the period depends on its words alone).
                if title != self._review_tried:
                    was = self.period, self.period_words, self.period_source
                    self._set_period(numerals.fold_width(title), "heading", opening=False)
                    if self.period == was[0]:
                        self.period, self.period_words, self.period_source = was  # (the title's own year)
                    self._review_tried = title
                return

    def _plan_of(self, titles: list[str]) -> tuple[bool, Period | None]:
        for title in titles:
            if _names_plan(title):
                return True, self._plan_period(title)
        return False, None

    def _plan_period(self, title: str) -> Period | None:
        """The period a plan section covers: from its heading, else the one after the report's."""
        for phrase in iter_phrases(numerals.fold_width(title)):
            found = phrase.period(self.year)
            if found is not None:
                return found
        p = self.period
        if p is None:
            return None
        if p.iso == str(p.start.year):
            return Period(date(p.start.year + 1, 1, 1), date(p.start.year + 1, 12, 31))
        if (p.start.month, p.end.month) == (1, 6) and p.start.year == p.end.year:
            return _months(p.start.year, 7, 12)
        return None

    def default_period(self) -> tuple[str, str]:
        """(period, where from) for a figure whose sentence names no time."""
        if self.plan:
            return (self.plan_period.iso, "heading") if self.plan_period else ("", "")
        if self.period is None:
            return "", ""
        return self.period.iso, self.period_source

    def annotate(
        self,
        number: int,
        line: str,
        items: Sequence[Described],
        quoted: list[tuple[int, int]] | None = None,
        first: int = 1,
    ) -> list[Notes]:
        """The fields ``id, parent, period, period_text, compared_to, status`` of each figure of a line,
        in that order (a tuple per figure: the caller puts them in its record, no dict is made for them).

        ``line``: width-folded (`numerals.fold_width`), as the figures were found in it (see `LineIndex`).
        ``quoted``: its quoted spans, if found already (see `LineIndex`).
        ``first``: the number of the line's first figure in its id (after those of the left part of a
        line of two columns, for its right part: see `structure.columns_apart`).
        """
        if not items:
            return []
        starts = [d.figure.start for d in items]
        index = LineIndex(line, until=max(starts), quoted=quoted)
        parent_of = parents(index, items)
        prefix = f"L{number}-"  # (the line's number written once, not once per figure)
        ids = [prefix + str(n) for n in range(first, first + len(items))]
        source = (self.plan, self.plan_period, self.period)
        if source != self._default[0]:
            self._default = source, self.default_period()
        default = self._default[1]  # the same for every figure of the line
        phrase_starts, sentence_end = index.phrase_starts, index.sentence_end
        periods: dict[tuple[int, int | None], tuple[str, str]] = {}  # figures share their phrases
        # The same status for every figure of most lines: a plan's, or a line that names no goal.
        status = "target" if self.plan else "actual"
        goals = not self.plan and index.marked and bool(index.targets or index.ensures)
        notes: list[Notes] = []
        for d, start, parent, figure_id in zip(items, starts, parent_of, ids, strict=True):
            clause = d.clause
            # A figure with no phrase before it in its sentence (a third of them) gets the default
            # here, without a call.
            k = bisect_right(phrase_starts, start) - 1  # the last phrase that starts at or before the figure
            if k < 0 or start >= sentence_end[k]:
                period, period_text = default
            else:
                period, period_text = self._figure_period(index, k, start, clause[0], default, periods)
            if goals:
                status = "target" if is_target(index, start, clause) else "actual"
            notes.append((
                figure_id,
                "" if parent is None else ids[parent],
                period,
                period_text,
                index.baseline_before(start) if d.kind == "change" else "",
                status,
            ))
        return notes

    def _figure_period(
        self, index: LineIndex, k: int, start: int, clause_start: int, default: tuple[str, str],
        periods: dict[tuple[int, int | None], tuple[str, str]],
    ) -> tuple[str, str]:
        """The period of a figure: a time phrase before it in its clause, else one that opens a
        clause earlier in its sentence, else the report's (or its plan section's): ``default``.

        ``k``: the last phrase that starts at or before the figure, one of the figure's sentence.
        ``periods`` keeps what a phrase (and the year it is read in) gave the figures before.
        """
        phrases = index.phrases
        low = index.sentence_first[k]  # the first phrase of the figure's sentence
        while k >= low and phrases[k].end > start:
            k -= 1
        if k < low:
            return default
        chosen = k if phrases[k].start >= clause_start else index.last_initial[k]
        if chosen < low:
            return default
        phrase = phrases[chosen]
        year = phrase.year
        if year is None:
            earlier = index.last_year[chosen - 1] if chosen > low else -1
            planned = self.plan_period.end.year if self.plan and self.plan_period else None
            year = phrases[earlier].year if earlier >= low else planned or self.year
        found = periods.get((chosen, year))
        if found is None:
            period = phrase.period(year, self.period.end if self.period is not None else None)
            found = periods[chosen, year] = (period.iso if period else ""), phrase.text
        return found


# ---------------------------------------------------------------------------------------------
# Report metadata for `kaifu info`


@dataclass(frozen=True)
class ReportInfo:
    """A report's title, issuing body, date and covered period, as found in its text."""

    title: str
    body: str
    date: str
    period: str
    period_text: str
    period_source: str

    def as_dict(self) -> dict[str, str]:
        return {"title": self.title, "body": self.body, "date": self.date, "period": self.period,
                "period_text": self.period_text, "period_source": self.period_source}


def report_info(lines: Iterable[str]) -> ReportInfo:
    """Title, issuing body, date and covered period of a report's lines."""
    context = ReportContext()
    headings = structure.HeadingTracker()
    kept: list[str] = []
    for line in lines:
        headings.update(line)
        folded = numerals.fold_width(line)
        context.read(folded, headings.path)
        kept.append(folded.strip())
    period = context.period
    return ReportInfo(
        title=context.title,
        body=_issuing_body(kept, context.title),
        date=context.date or context.signed,
        period=period.iso if period else "",
        period_text=context.period_words,
        period_source=context.period_source,
    )


def _issuing_body(lines: list[str], title: str) -> str:
    """来源: in the header, else the signature above the closing date, else the title's start."""
    w = words()
    labels = "|".join(map(re.escape, w.source_labels))
    for text in lines[:8]:
        m = re.search(rf"(?:{labels})\s*[:：]\s*(?P<body>[^\s:：]+)", text)
        if m:
            return m["body"]
    nonblank = [t for t in lines if t]
    for k in range(len(nonblank) - 1, 0, -1):
        if _is_date_line(nonblank[k]):
            above = nonblank[k - 1]
            if structure.title_like(above) and len(above) <= 30 and above.endswith(w.body_endings):
                return above
            break
    return _body_in_title(title)


def _body_in_title(title: str) -> str:
    """The issuer named at the start of a title: 开福区司法局2023年… -> 开福区司法局."""
    if not title:
        return ""
    w = words()
    phrases = time_phrases(title)
    head = title[: phrases[0].start] if phrases and phrases[0].start > 0 else title
    if phrases and phrases[0].start == 0:
        head = title[phrases[0].end :]
    head = re.split(r"工作|关于|年度|报告|总结|计划", head)[0]
    for endings in (w.body_endings, w.place_endings):
        for end in range(len(head), 1, -1):
            if head[:end].endswith(endings):
                return head[:end]
    return ""
