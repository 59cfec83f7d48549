"""Tables: a table laid out as text, one row a line, its cells set apart by tabs or spaces.

A statistical bulletin gives some of its figures so (表1 主要农产品产量及其增长速度)::

    产品名称　单位　产量　比上年增长（%）
    粮食　万吨　118.0　-7.1
    　#大豆　万吨　15.1　36.5

The header names the columns: a unit column (单位), columns of changes (比上年增长(%)), and columns
of values (产量, 2024年), whose unit is the column's own (调解纠纷(件), 件次), or the row's unit cell,
or the table's (a line 单位：% before the header; a new title, 表2…, drops it). Each row after it
with as many cells, a name first and numbers after, gives a figure per number: its label is the row's
name (and the column's, where the table has several columns of values), its unit, kind and scale as
the sentence reader would give ``118.0万吨``. A row that does not fit ends the table. A row named
with # or 其中 is a part of the row before it that is not. The table's title (表1…, 附：…统计,
…统计表) is where its cells' section is looked for after their own words.

Only these shapes are read: a header whose first cell names the rows (指标名称, 公证类别; after a
序号 over the rows' numbers), or that has a unit column, or the units of two columns; a table without
one is read as text, where its numbers have no unit and count nothing. A header wrapped onto a line
after it (比上年 / 增长（%）; 收案 结案 / （件） （件）) is finished by it, a row's name wrapped
onto the line of its numbers too. A table copied a cell a line, as some web pages give it (产品名称 /
单位 / 产量 / … / 粮食 / 万吨 / 24.60 / 5.6), is read by extraction with the same helpers
(:func:`lone_cell`, :func:`opens_column_header`, :func:`column_header_cell`). The words are data:
``vocab.table_*`` (``data/vocabulary.toml``, ``[tables]``).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import cache
from itertools import pairwise
from typing import Final

from .numerals import fold_width
from .structure import RULE_LINE, RULE_MARKS, heading_match, screen_width, sentences
from .vocabulary import Vocabulary, holds_any, longest_first

# Cells: set apart by tabs or ideographic spaces, where a line has any; else by spaces.
WIDE_GAPS: Final = re.compile(r"[^\t\u3000]+")
SPACE_GAPS: Final = re.compile(r"\S+")
SPACE_RUNS: Final = re.compile(r"  +")
# An ideographic space that letter-spaces a name of two characters, a cell between spaces (项　目 单位
# 2018年: a yearbook's header, its cells set apart by single spaces): it sets no cells apart.
LETTER_GAP: Final = re.compile(
    r"""(?: ^ | (?<= [ ]) ) [\u4e00-\u9fff] (?P<gap> \u3000+ ) [\u4e00-\u9fff] (?= [ ] | $ )""",
    re.VERBOSE,
)
# The units a unit line lists (单位：件、%).
UNIT_LIST: Final = re.compile(r"[、,，/]")
# A cell's number: signed, with groups of digits (8,620), or a dash for no figure (—).
NUMBER: Final = re.compile(r"[-−－+＋]?\d[\d,]*(?:\.\d+)?")  # (+18: a rise, signed)
# (持平: a change cell that says no change, in words; left out, as a dash is)
NO_FIGURE: Final = frozenset({"-", "—", "--", "——", "…", "/", "－", "持平"})
# A column of a year: the number a header may hold (品种 2024年 2023年 增长(%)).
YEAR_COLUMN: Final = re.compile(r"(?:19|20)\d\d年")
SPACED_YEAR: Final = re.compile(r"(?P<year>(?:19|20)\d\d)[ \u3000]+年")
SPACED_MONTH: Final = re.compile(r"(?P<month>(?<!\d)\d{1,2})[ \u3000]+月")
# The spaces between a year's 年 and the months of it after (2020年 1-9月).
SPACED_PERIOD: Final = re.compile(r"(?<=\d年)[ \u3000]+(?=\d{1,2}(?:[-—~－至]\d{1,2})?月)")
# A column of a period, a year's or part of one (2012年1-6月, 1-6月, 6月, 2024年上半年): a header may hold
# its numbers too.
PERIOD_COLUMN: Final = re.compile(
    r"(?:(?:19|20)\d\d年度?)(?:\d{1,2}[-—~－至]\d{1,2}月|\d{1,2}月)?|\d{1,2}(?:[-—~－至]\d{1,2})?月份?"
)
# A column of one month (1月, 12月份), one of a series across the year.
MONTH_COLUMN: Final = re.compile(r"\d{1,2}月份?")
# What a table's title may end with after its name: （截至2017年10月底）.
TITLE_BRACKET: Final = re.compile(r"[(（][^()（）]*[)）]$")
# A table's title by its number: 表1, 表 1 (set apart, as pdftotext gives it).
TABLE_NUMBER: Final = re.compile(r"表[ \u3000]*\d")
# A line that gives the table's unit: 单位：%, （单位：万元）.
UNIT_LINE: Final = re.compile(r"[(（]?\s*单位\s*[:：]\s*(?P<unit>[^\s)）:：]+)\s*[)）]?\s*[:：]?\s*$")
# A column's own unit, in brackets at its name's end: 绝对数(亿元), 比上年增长(%), 本年收费金额（单位：万元）.
COLUMN_UNIT: Final = re.compile(r"[(（](?:单位\s*[:：]\s*)?(?P<unit>[^()（）:：]{1,6})[)）]$")
# 其中 and its colon alone, a cell (年末在册 其中： 本年新): in a header, the colon read as a space.
PART_COLON: Final = re.compile(r"其中[:：](?=\s|$)")
# Sentence marks, which no header or row holds (a comma between groups of digits is none: 8,620).
# The colon after 其中 ends none either (其中：刑事案件, a part; 年末在册 其中： 本年新, its columns), nor
# does one after 单位 in brackets (本年收费金额（单位：万元）, a column's unit); nor a full-width comma
# between groups (1，436, a book's typesetting).
# (the full-width comma first, the most common: one alternative, as fast as a class)
PROSE: Final = re.compile(
    r"，(?!(?<=\d，)\d{3}(?!\d))|[。；！？;!?]|(?<!其中)(?<![(（]单位)[:：]|,(?!\d{3}(?!\d))"
)


# Plain classes with slots, not dataclasses: the tables of a report are few, but the dataclass
# machinery would run at every import (compiled or not), a cost to every report's start-up.
class Column:
    """A column of a table's header."""

    __slots__ = ("name", "role", "unit")

    def __init__(self, name: str, role: str, unit: str) -> None:
        self.name = name
        """The column's name, without its unit in brackets (产量, 比上年增长)."""
        self.role = role
        """``name`` (the rows' names), ``unit`` (单位), ``change`` (比上年增长), ``remark`` (备注), ``bound``
        (指标方向: ≥, the next figure's qualifier) or ``value``."""
        self.unit = unit
        """The column's own unit, from its name (调解纠纷（件）, 件次), or "" (a row's or the table's)."""


class Table:
    """A table's header: its columns, and what the lines before it say of all its values."""

    __slots__ = (
        "block_cuts", "blocks", "changes", "columns", "grouped", "headings", "middles", "name_at", "row_end",
        "title", "unit", "unit_line", "values", "worded",
    )

    def __init__(
        self, columns: tuple[Column, ...], changes: bool, values: int, unit: str, title: str, grouped: int,
        unit_line: str = "",
    ) -> None:
        self.columns = columns
        """The header's columns, the rows' names first."""
        self.changes = changes
        """Whether the table's title says its values are changes (…比上年涨跌幅度), and no column is."""
        self.values = values
        """How many columns hold values (not changes): with more than one, a label names its column."""
        self.unit = unit
        """The unit of the table's values, from a line before its header (单位：%), for a row without
        one of its own and a column without one."""
        self.title = title
        """Its title (表1 2016年主要农产品产量…, 附：公证业务分类统计), or ""."""
        self.grouped = grouped
        """How many columns of categories stand before the rows' names (类别 项目 单位…: 1; 一级指标
        二级指标 三级指标…: 2), each cell on a group's first row only (人民调解 受理纠纷 件…, then 调解成功
        件…), or 0."""
        # (not a report's heading it was read after, 一、主要工作完成情况 over （一）矛盾纠纷排查化解 and a
        # table: that of the text around it, as a sentence's)
        self.headings: tuple[str, ...] = (title,) if title and heading_match(title) is None else ()
        """The headings its cells are classified under: its title, where it has one that is no heading
        of the report."""
        self.unit_line = unit_line or unit
        """The units its unit line lists (件、%), for the table a wrapped header makes of it anew."""
        self.worded = -1
        """The index of its last column, where a row read holds words in it (创建等级 省级规范化), else -1:
        a row may then leave it out (合  计 29 25 1118)."""
        self.row_end = 0
        """Where on screen (see screen_width) the rows read so far end, laid out by spaces, else 0: a
        row that ends well short of it leaves its last column blank."""
        self.middles: list[float] = []
        """Where on screen its cells' middles stand in the last row read whole, laid out by spaces, else
        []: a row with fewer cells has them in the nearest columns, the others blank (村卫生室 226
        154 98: no 床位数)."""
        self.name_at = -1
        """Where on screen the rows' names start, in the last row read whole laid out by spaces under
        categories of two levels (see grouped), else -1."""
        self.blocks = 1
        """How many times its columns stand side by side on each line (指标 单位 产量 比上年增长(%) 指标
        单位 产量 比上年增长(%): two rows a line, as compact bulletins lay out a long table)."""
        self.block_cuts: list[float] = []
        """Where on screen each block after the first begins, laid out by spaces (halfway between the
        header's cells on either side), else []: a line whose blocks leave cells blank (一、…收入 1 <blank>
        五、公共安全支出 36 1,107.26), or a block whole, is cut there into rows."""


class Cell:
    """A number in a table's cell: where it stands on its line, its value, its unit and its column."""

    __slots__ = ("column", "end", "qualifier", "start", "unit", "value")

    def __init__(
        self, start: int, end: int, value: Decimal, unit: str, column: Column, qualifier: str = ""
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit
        self.column = column
        self.qualifier = qualifier
        """over, about or under, where the cell writes a word of one after its number (7.5左右)."""


def _years_joined(line: str) -> str:
    """A header line with each year joined to its 年 (2024 年: set apart, as a PDF's copy gives it), and
    each month to its 月 (1—6 月受理)."""
    line = SPACED_YEAR.sub(r"\g<year>年", line) if "年" in line else line
    if "月" not in line:
        return line
    line = SPACED_MONTH.sub(r"\g<month>月", line)
    return SPACED_PERIOD.sub("", line)  # (2020 年 1-9 月: 2020年1-9月, one cell)


def holds_figure(text: str) -> bool:
    """Whether a text holds a number that is not a period's (2024年, 2012年1-6月): a header's cells hold
    none."""
    return any(c.isdigit() for c in PERIOD_COLUMN.sub("", text))


def cell_spans(line: str) -> list[tuple[int, int]]:
    """Where a line's cells are: between tabs or ideographic spaces if it has any, else spaces (and
    ideographic ones where spaces set the cells apart: 指　标      2015年      2014年)."""
    # (an ideographic space that indents the line sets no cells apart: 　其中：金融借款合同纠纷 1,362 1,297)
    inner = line.strip(" \u3000")
    wide = "\t" in line or ("\u3000" in inner and "  " not in line)
    if wide and "\t" not in line and " " in inner:
        lettered = LETTER_GAP.sub(lambda m: m.group().replace("\u3000", "_"), line)
        if "\u3000" not in lettered.strip(" \u3000"):  # (项　目 单位 2018年: spaces set the cells apart)
            return [(m.start(), m.end()) for m in SPACE_GAPS.finditer(lettered)]
    gaps = WIDE_GAPS if wide else SPACE_GAPS
    spans = [(m.start(), m.end()) for m in gaps.finditer(line) if line[m.start() : m.end()].strip()]
    # A name letter-spaced at the start (类  别, 刑  事, as a PDF's copy justifies two characters): one cell.
    if not wide:
        return spans if len(spans) < 2 else _letter_spaced(line, spans)
    if "\t" in line and "\u3000" in inner:
        # Tabs set the cells apart: an ideographic space between two characters, each alone, letter-spaces
        # a name within its cell, anywhere in the line (产品名称	单　位	产　量).
        joined = spans[:1]
        for before, span in pairwise(spans):  # (each with the one before it, as found)
            if _lone_character(line, before) and _lone_character(line, span) \
                    and "\t" not in line[before[1] : span[0]]:
                joined[-1] = (joined[-1][0], span[1])  # (司　法　局: one cell, however many)
            else:
                joined.append(span)
        return joined
    k = 0
    while k < len(spans) and _lone_character(line, spans[k]):
        k += 1
    return [(spans[0][0], spans[k - 1][1]), *spans[k:]] if k > 1 else spans


# How much wider the gaps between names must be than those within them, letter-spaced (see _letter_spaced).
LETTER_JUMP: Final = 3


def _lone_character(line: str, span: tuple[int, int]) -> bool:
    """Whether a cell found is one ideograph alone (单 of 单　位)."""
    return span[1] - span[0] == 1 and "\u4e00" <= line[span[0]] <= "\u9fff"


def _letter_spaced(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cells of one character each, nearer each other than any other two cells are, joined: names
    letter-spaced in a header or a row that pdftotext -layout pads (产品名称      单  位      产  量; 刑    事
    6,014; a name at the start, 指      标   计量)."""
    single = [_lone_character(line, span) for span in spans]
    pairs = [single[i] and single[i + 1] for i in range(len(spans) - 1)]
    if not any(pairs):
        return spans
    gaps = [spans[i + 1][0] - spans[i][1] for i in range(len(spans) - 1)]
    others = [g for g, pair in zip(gaps, pairs, strict=True) if not pair]
    # (narrower than any gap between other cells; where all are single, than half the widest: 类  别 收  案)
    narrow = min(others) if others else (max(gaps) + 1) // 2
    # (and than the wider of two sizes of gaps between single characters: 指  标          单 位       产  量,
    # where 位 and 产 stand nearer each other than the last name and the next cell do)
    paired = sorted(g for g, pair in zip(gaps, pairs, strict=True) if pair)
    if len(paired) > 2:
        jump, at = max((paired[i + 1] - paired[i], i) for i in range(len(paired) - 1))
        if jump >= LETTER_JUMP and paired[at + 1] >= 2 * paired[at]:
            narrow = min(narrow, paired[at + 1])
    # (or narrower than the gaps on both sides of it, where a narrow gap between other cells stands
    # apart: 类  别             指      标              单位    2022年完成)
    joins = [pair and (g < narrow or g < min(gaps[max(0, i - 1) : i] + gaps[i + 1 : i + 2], default=0))
             for i, (g, pair) in enumerate(zip(gaps, pairs, strict=True))]
    joined = [spans[0]]
    for join, span in zip(joins, spans[1:], strict=True):
        joined[-1:] = [(joined[-1][0], span[1])] if join else [joined[-1], span]
    return joined


def header(line: str, unit: str, title: str, vocab: Vocabulary) -> Table | None:
    """The table a header line opens, or None: two cells or more, with no sentence mark nor number but
    a year's (2024年) and a unit's (%), that name the rows first (指标名称, 公证类别), or a unit column
    (单位), or the units of two columns or more (调解纠纷（件）, 成功率（%）), or that a unit line (单位：件)
    or a table's title (表1…) stands before (被申请人 审结数 维持…; 审结方式 维持 驳回…). ``unit`` and
    ``title``: the table's unit line and title before it, if any."""
    if not ("\t" in line or "\u3000" in line or " " in line.strip()):
        return None  # (one cell: a heading, most short lines)
    as_laid = line  # (where its cells stand on screen: see _block_cuts)
    line = _years_joined(line)
    if "其中" in line:  # (年末在册 其中： 本年新: the columns of parts; the colon ends no sentence)
        # (but where a column's name follows it, 调解员 其中：专职, the colon keeps it one cell)
        line = PART_COLON.sub("其中 ", line)
    if PROSE.search(line) or holds_figure(line) or TABLE_NUMBER.match(line.lstrip()):
        return None  # (nor a table's title, 表　2017年收结案情况, under the sentence that points to it)
    names = ["".join(line[a:b].split()) for a, b in cell_spans(line)]
    if names[:1] and names[0] in INDEX_HEADERS:
        names = names[1:]  # (序号 指标名称 单位…: rows numbered first, 1 受理矛盾纠纷 件…)
    names = _joined(names)  # (指  标, 序号 项        目: one cell)
    corner = len(names) > 1 and bool(title or unit) and not names[0].endswith(vocab.table_header_firsts) \
        and _blank_corner(line)  # (two columns at least: not a title line under 附表, 2013 年…数据)
    if corner and (names[0] in vocab.table_unit_headers or _indent(line) <= CORNER_SPACES) \
            and not _corner_widest(line):
        # (单    位     受理案件…: the reporting bodies' column, first, not the units'; a header indented as
        # a PDF's copy indents every line, 司法所   调解纠纷（件）…: its first name is the rows' names')
        corner = False
    if corner:
        names = ["", *names]  # (     学校数  招生数…, under 表3…: the rows' names have no column name)
    # (类别 项目 单位…: a column of categories before the rows' names, written on a group's first row;
    # 一级指标 二级指标 三级指标 指标值…: two, in a performance evaluation's table)
    grouped = _categories(names, vocab)
    names = names[grouped:]
    blocks = _blocks(names)
    names = names[: len(names) // blocks]
    if len(names) != len(set(names)):
        names = _changes_named(names, vocab)
    if len(names) < 2 or len(names) != len(set(names)):
        return None
    if COLUMN_UNIT.fullmatch(next(n for n in names if n)):
        return None  # (（家） （人） （万元） 增长（%）: the units of the header above, see with_units)
    units = sum(1 for name in names[1:] if COLUMN_UNIT.search(name) or _named_unit_of(name, vocab))
    if not (names[0].endswith(vocab.table_header_firsts) or units >= 2 or unit or title
            or any(n in vocab.table_unit_headers for n in names)):
        return None
    first = names[0]
    if not unit and first[-1:] in "）)" and (own := COLUMN_UNIT.search(first)) and own.start() \
            and _is_unit_word(own.group("unit"), vocab) and len(names) > 2 \
            and not any(COLUMN_UNIT.search(name) for name in names[1:]):
        # (项目资金（万元） 年初预算数 全年预算数…: the unit of the values, over the rows' names; not
        # groups over a header's second line, 社区矫正对象（人） 刑满释放人员（人）)
        first, unit = first[: own.start()], own.group("unit")
    columns = [Column(first, "name", ""), *(_column(name, vocab) for name in names[1:])]
    if not any(c.role in ("value", "change") for c in columns):
        return None
    table = _table(columns, unit, title, vocab, grouped)
    table.blocks = blocks
    if blocks > 1 and "\t" not in line and "  " in line.strip():
        table.block_cuts = _block_cuts(as_laid, names[0], blocks)
    return table


def _block_cuts(line: str, first: str, blocks: int) -> list[float]:
    """Where on screen each block of a header laid out by spaces after the first begins (see
    Table.block_cuts), from the cells that name its rows (项目 行次 金额 项目 行次 金额), or [] where they
    are not found as many times as there are blocks."""
    spans = _letter_spaced(line, cell_spans(line))
    starts = [k for k, (a, b) in enumerate(spans) if "".join(line[a:b].split()) == first]
    if len(starts) != blocks:
        return []
    return [(screen_width(line[: spans[k - 1][1]]) + screen_width(line[: spans[k][0]])) / 2
            for k in starts[1:]]


def _categories(names: list[str], vocab: Vocabulary) -> int:
    """How many columns of categories a header's names start with: all but the last of its first names
    that each name the rows (类别 项目: 1; 一级指标 二级指标 三级指标: 2), or 0."""
    firsts = 0
    while firsts < len(names) - 1 and names[firsts].endswith(vocab.table_header_firsts):
        firsts += 1
    return firsts - 1 if firsts > 1 else 0


def _blocks(names: list[str]) -> int:
    """How many times a header's names stand side by side (指标 单位 产量 增长 指标 单位 产量 增长: 2),
    or 1."""
    for k in range(BLOCKS_MAX, 1, -1):
        size = len(names) // k
        if size >= 2 and len(names) == size * k and names == names[:size] * k:
            return k
    return 1


# How many times at most a table's columns may stand side by side.
BLOCKS_MAX: Final = 3


def _changes_named(names: list[str], vocab: Vocabulary) -> list[str]:
    """A header's names with a column of changes whose name comes again named by the column before it
    (接待游客（万人次） 增长（%） 旅游总收入（亿元） 增长（%）: 接待游客增长（%）, 旅游总收入增长（%))."""
    seen = {name for name in names if names.count(name) > 1}
    if not all(_column(name, vocab).role == "change" for name in seen):
        return names
    out = names[:1]
    for before, name in pairwise(names):
        out.append(named_unit(before)[0] + name if name in seen and before not in seen else name)
    return out


def _blank_corner(line: str) -> bool:
    """Whether a header line leaves the cell over the rows' names empty: it starts with a wide gap (a
    tab, ideographic spaces, four spaces or more), as a PDF's copy of such a table gives it."""
    gap = len(line) - len(line.lstrip(" \t\u3000"))
    return line[:gap].count(" ") >= CORNER_SPACES or "\t" in line[:gap] or "\u3000" in line[:gap]


def _indent(line: str) -> int:
    """How many spaces a line starts with."""
    return len(line) - len(line.lstrip(" "))


def _corner_widest(line: str) -> bool:
    """Whether a header laid out by spaces indents its first name further than it sets any two names
    apart, as a blank corner as wide as the rows' names does (not 单    位     受理案件    同比增减, a PDF's
    copy that indents every line by four spaces: 单位 names the reporting bodies, no unit column)."""
    if "\t" in line or "\u3000" in line:
        return True
    gaps = [len(run) for run in SPACE_RUNS.findall(line.strip())]
    return _indent(line) > max(gaps, default=0)


# How many spaces before a header's first name say the cell over the rows' names is empty.
CORNER_SPACES: Final = 4


def _column(name: str, vocab: Vocabulary) -> Column:
    """A column of a header, by its name: the unit column (单位), a column of changes (比上年增长(%)),
    or of values, with the unit its name gives (调解纠纷（件）, or 件次 alone), if any."""
    own = COLUMN_UNIT.search(name)
    if own and PERIOD_COLUMN.fullmatch(own.group("unit")):
        own = None  # (2018年（1-9月）: a period in brackets, no unit)
    # (其中缓刑, 其中：刑事: a column of parts)
    bare = (name[: own.start()] if own else name).removeprefix("其中").lstrip("：:")
    unit = own.group("unit").lstrip("±+-") if own else ""  # (比上年增减(±%): a change in %)
    if not own and name[-1:] in "%％" and len(name) > 1:
        bare, unit = bare[:-1], "%"  # (比上年增长%: a bare unit)
    if name in vocab.table_unit_headers:
        return Column(name, "unit", "")
    if name in vocab.table_remark_headers or name in vocab.table_index_headers:
        # (备注: words on a row, 居全市第8位, 未完成; 行次: the rows' numbers, 1, 2…; no figure)
        return Column(name, "remark", "")
    if name in vocab.table_bound_headers:
        return Column(name, "bound", "")  # (指标方向 ≥: the bound of the row's target, after it)
    if name in vocab.table_score_headers:
        return Column(name, "value", SCORE_UNIT)  # (分值 10, 得分 9.57: points, whatever the row's unit)
    if holds_any(bare, vocab.table_change_words):
        return Column(bare, "change", unit)  # (none written: see change_unit)
    if not unit and holds_any(bare, vocab.ranking_words):
        return Column(bare, "value", vocab.ranking_units[0])  # (全市位次 2: a rank, not in the row's unit)
    return Column(bare, "value", unit or _named_unit_of(bare, vocab))


def _counted_in(name: str) -> str:
    """The unit a column of counts named by what is counted and 数 counts in (起诉人数, 受理件数, 出庭次数:
    人, 件, 次), or ""; not a total, 总数, nor 绝对数, 人口数."""
    return name[-2] if len(name) > 2 and name[-1] == "数" and name[-2] in COUNTED_UNITS else ""


# The units a column's name may count in before its 数 (see _counted_in).
COUNTED_UNITS: Final = "人件次户项家起宗例"


def _is_unit_word(word: str, vocab: Vocabulary) -> bool:
    """Whether a word is a unit, with a scale or none (件, 万元)."""
    return word in vocab.unit_kinds or (word[:1] in vocab.scales and word[1:] in vocab.unit_kinds)


def _named_unit_of(name: str, vocab: Vocabulary) -> str:
    """The unit a column's name is, or counts (件次; 件数, 人数: 件, 人; 信访件次, 来访人次: a count of
    times, ending its name), or ""."""
    if name in vocab.unit_kinds:
        return name
    if name.endswith("数") and name[:-1] in vocab.unit_kinds:
        return name[:-1]
    if name.endswith("次") and len(name) > 2 and name[-2:] in vocab.unit_kinds:
        return name[-2:]
    return ""


def _table(columns: list[Column], unit: str, title: str, vocab: Vocabulary, grouped: int = 0) -> Table:
    written, units = unit, UNIT_LIST.split(unit)
    if unit and "%" not in units:
        # A change in the table's unit where its column writes none and says no rate (比年初增减 under
        # 单位:亿元; not 比上年增长, whose unit is %).
        columns = [
            Column(c.name, c.role, unit) if c.role == "change" and not c.unit
            and not holds_any(c.name, vocab.table_rate_changes) else c
            for c in columns
        ]
    if len(units) > 1:  # (单位：件、%: the values' unit, then the rates' and the changes')
        listed = [u for u in units if u and u != "%"]
        # Several units of values (单位：次、件、%): a column whose name ends in one, or in one and 数
        # (排查次数: 次), is in it; the others in the first its columns' names leave (件).
        claimed = {c.name: u for c in columns[1:] if c.role == "value" and not c.unit
                   for u in listed if c.name.endswith((u, u + "数"))}
        money = [u for u in listed if _is_money(u, vocab)]
        if len(money) == 1:  # (单位：件、万元 over 立案数 结案数 罚没款: the money's column, by its name)
            claimed |= {c.name: money[0] for c in columns[1:] if c.role == "value" and not c.unit
                        and c.name not in claimed and c.name.endswith(vocab.money_words)}
        if len(listed) > 1 and not claimed:
            # Each in turn, the last for the columns after it (单位：个、名、件、% over 调委会 调解员 受理纠纷
            # 调解成功 成功率: 个, 名, 件, 件, and % for the rate)
            bare = [c.name for c in columns[1:] if c.role == "value" and not c.unit
                    and not ("%" in units and c.name.endswith(vocab.table_rate_words))]
            if len(bare) >= len(listed):
                claimed = _in_turn(bare, listed, vocab)
        if len(listed) > 1 and claimed:
            columns = [Column(c.name, c.role, claimed[c.name]) if c.name in claimed else c for c in columns]
            listed = [u for u in listed if u not in claimed.values()] or listed
        unit = listed[0] if listed else ""
        if "%" in units:
            columns = [
                Column(c.name, c.role, "%") if c.role == "value" and not c.unit
                and c.name.endswith(vocab.table_rate_words) else c
                for c in columns
            ]
    if not unit and any(c.name.endswith(vocab.table_counted_ends) for c in columns[1:]):
        columns = _counted_alike(columns, vocab)
    if not unit and all(c.role != "unit" for c in columns):
        # No unit written anywhere: a column named by what is done with cases counts them (收案 结案).
        # So does one named by what is counted and 数 (起诉人数 402: 人).
        columns = [Column(c.name, c.role, "件" if c.name in vocab.table_case_columns else _counted_in(c.name))
                   if c.role == "value" and not c.unit else c for c in columns]
    if any(c.role == "change" for c in columns):
        # A target in % beside a column of changes is a change aimed at (比上年增长(%) 年度目标(%)).
        columns = [
            Column(c.name, "change", c.unit)
            if c.role == "value" and c.unit == "%" and holds_any(c.name, vocab.table_target_words)
            and not c.name.startswith(vocab.table_done_words)  # (完成年度目标(%) 102.4: a share done)
            else c
            for c in columns
        ]
    values = sum(1 for c in columns if c.role == "value")
    # (主要农产品产量及其增长速度 has its values and their changes, each in a column of its own)
    changes = holds_any(title, vocab.table_change_words) and not any(c.role == "change" for c in columns)
    return Table(tuple(columns), changes, values, unit, title, grouped, written)


def _in_turn(names: list[str], units: list[str], vocab: Vocabulary) -> dict[str, str]:
    """The unit of each of a table's columns (by name) that a unit line lists in turn, the last for the
    columns after it (单位：个、名、件 over 调委会 调解员 受理纠纷 调解成功: 个, 名, 件, 件). Where it lists
    fewer units than columns and one of people, that one is for the columns named as counting people,
    the rest in turn for the others (单位：件、人 over 调解纠纷 在册社区矫正对象 转介法律援助: 件, 人, 件)."""
    people = [u for u in units if u in vocab.person_units]
    if len(names) > len(units) and len(people) == 1 and len(units) > 1 and (
            counting := {n for n in names if n.endswith(vocab.table_people_ends)}):
        others = [u for u in units if u != people[0]]
        rest = [n for n in names if n not in counting]
        return {n: people[0] for n in counting} | {
            n: others[min(k, len(others) - 1)] for k, n in enumerate(rest)}
    return {name: units[min(k, len(units) - 1)] for k, name in enumerate(names)}


def _is_money(unit: str, vocab: Vocabulary) -> bool:
    """Whether a unit counts money, with its scale or none (万元, 亿元, 元)."""
    scale = next((word for word in vocab.scales if unit.startswith(word) and len(unit) > len(word)), "")
    return vocab.unit_kinds.get(unit[len(scale) :]) == "money"


def _counted_alike(columns: list[Column], vocab: Vocabulary) -> list[Column]:
    """The columns of values with no unit after one whose name counts its things (受理件数: 件) in its
    unit: 受理件数 已审结 其中：纠错 count cases alike (not a rate, 占受理总数比例, nor a sum, 涉案金额)."""
    out: list[Column] = []
    counted = ""
    for c in columns:
        if c.role == "value" and c.name.endswith(vocab.table_counted_ends) and c.unit in ("", c.name[-2]):
            counted = c.name[-2]
            c = Column(c.name, c.role, counted)
        elif c.role == "value" and not c.unit and counted and not c.name.endswith(vocab.table_rate_words) \
                and not holds_any(c.name, vocab.money_words):
            c = Column(c.name, c.role, counted)
        out.append(c)
    return out


def glued(top: str, line: str, table: Table, vocab: Vocabulary) -> tuple[Table, str] | None:
    """The table a header opens whose cells a browser's copy broke where each held a line break, and the
    header's text so far, or None: the line goes on with the last cell of the one before (行业 营业收入 /
    （亿元） 比上年增长 / （%）; 序号 项目 单位 2024年 / 上半年 2023年 / 上半年 同比增减 / （%）), its first
    piece (a unit in brackets, the rest of a year's column or of a change's name), and it names cells after
    that one."""
    if "\t" not in line or "\t" not in top:
        return None
    pieces = ["".join(piece.split()) for piece in line.split("\t")]
    last, first = "".join(top.rsplit("\t", 1)[-1].split()), pieces[0]
    # (a cell finished by a unit goes on with none; 产量 比上年增长 / （万吨） （%）: units each)
    if not first or COLUMN_UNIT.search(last) or all(COLUMN_UNIT.fullmatch(p) for p in pieces[1:] if p):
        return None
    if not (COLUMN_UNIT.fullmatch(first) or YEAR_COLUMN.match(last) or _column(last, vocab).role == "change"):
        return None  # (what goes on with the cell: its unit, the rest of a year's column or a change's)
    text = top.rstrip() + line.lstrip(" \u3000")
    opened = header(text, table.unit_line, table.title, vocab)
    return (opened, text) if opened is not None and len(opened.columns) > len(table.columns) else None


def units_row(table: Table, line: str, vocab: Vocabulary, is_unit: Callable[[str], bool]) -> Table | None:
    """The table with its columns' units from a row of them under its header, named 单位 (指标 旅客运输量
    货物运输量… / 单位 万人 万吨…: a table laid out sideways), or None."""
    spans = cell_spans(line)
    if len(spans) != len(table.columns) or "".join(line[spans[0][0] : spans[0][1]].split()) \
            not in vocab.table_unit_headers:
        return None
    units = ["".join(line[a:b].split()) for a, b in spans[1:]]
    if not all(is_unit(u) for u in units):
        return None
    named = zip(table.columns[1:], units, strict=True)
    columns = [table.columns[0], *(Column(c.name, c.role, u) for c, u in named)]
    return _table(columns, table.unit_line, table.title, vocab, table.grouped)


def corner_named(table: Table, top: str, line: str, vocab: Vocabulary) -> Table | None:
    """The table with the cell over its rows' names, left blank on its header's line, named by a line
    that holds words only there, left of the header's first cell (        在册   新接收 / 县  区 /
    (人)  (人): pdftotext -layout centres the corner's name on the header's lines), or None."""
    if table.columns[0].name:
        return None
    first = cell_spans(top)[:1]
    name = lone_name(line)
    if not name or not first or len(line.rstrip()) > first[0][0]:
        return None
    columns = [Column(name, "name", ""), *table.columns[1:]]
    return _table(columns, table.unit_line, table.title, vocab, table.grouped)


def lone_name(line: str) -> str:
    """The name a line holds alone, maybe letter-spaced (类  别), or "": no sentence mark, no number, one
    cell (not a header's line, 类  别  新收（件） 审执结（件）)."""
    if "\t" in line or PROSE.search(line) or holds_figure(line):
        return ""
    spans = cell_spans(line)
    if (len(spans) > 1 and any(b - a > 1 for a, b in spans)) or len(spans) > NAME_MAX:
        return ""
    return "".join(line.split())


def beyond(table: Table, top: str, above: str, line: str, vocab: Vocabulary) -> Table | None:
    """The table with columns added that its header's line leaves out, their names on the lines above and
    under it, right of its last cell (比上年 / 产品名称  单位  产量 / 增长（%）: pdftotext -layout's copy of
    a header centred on its lines, whose last cell wraps), or None. ``above``: the line before the
    header's, or ""."""
    if "\t" in top or "\t" in line or PROSE.search(line) or holds_figure(line):
        return None
    spans, pieces, starts = cell_spans(top), cell_spans(line), cell_spans(above)
    if not spans or not pieces or not starts or holds_figure(above) or PROSE.search(above):
        return None
    if min(pieces[0][0], starts[0][0]) <= spans[-1][1]:
        return None  # (the lines above and under stand right of the header's cells only)
    added = []
    for a, b in pieces:  # (with the words of the line above that stand over it)
        over = "".join(above[c:d] for c, d in starts if c < b and d > a)
        added.append(_column(over + "".join(line[a:b].split()), vocab))
    return _table([*table.columns, *added], table.unit_line, table.title, vocab, table.grouped)


def with_units(top: str, line: str, unit: str, title: str, vocab: Vocabulary) -> Table | None:
    """The table a header opens whose columns' units stand on the line under it, a unit in brackets
    each (县（市、区） 排查纠纷 化解纠纷 化解率 / （件） （件） （%）: no title nor unit line before it, the
    units say it is one), or None. A unit may come after the end of its column's name, wrapped (收入同比 /
    增长（%）), where the first stands alone."""
    names = ["".join(top[a:b].split()) for a, b in cell_spans(_years_joined(top))]
    units = ["".join(line[a:b].split()) for a, b in cell_spans(line)]
    if len(units) < 2 or not len(units) < len(names) or not COLUMN_UNIT.fullmatch(units[0]) \
            or not all(COLUMN_UNIT.search(u) for u in units):
        return None
    lead = len(names) - len(units)
    return header("\t".join([*names[:lead], *(n + u for n, u in zip(names[lead:], units, strict=True))]),
                  unit, title, vocab)


def grouped(top: str, line: str, unit: str, title: str, vocab: Vocabulary) -> Table | None:
    """The table a header opens whose columns come again under groups the line above names (城镇居民
    农村居民 / 指标 单位 绝对数 比上年增长% 绝对数 比上年增长%: pdftotext -layout's copy of a header of two
    levels), each such column named by its group, the groups in order; or None."""
    if "\t" in top or "\t" in line or PROSE.search(top) or holds_figure(top):
        return None
    groups = ["".join(top[a:b].split()) for a, b in cell_spans(top)]
    names = ["".join(line[a:b].split()) for a, b in cell_spans(_years_joined(line))]
    again = [k for k, name in enumerate(names) if names.count(name) > 1]
    if len(groups) < 2 or not again or len(again) % len(groups):
        return None
    size = len(again) // len(groups)
    blocks = [[names[k] for k in again[g * size : (g + 1) * size]] for g in range(len(groups))]
    if any(block != blocks[0] for block in blocks):
        return None
    if size == 1:
        # One column said again, each group's first: the group is over it and the columns after it up
        # to the next (社区矫正对象（人） 刑满释放人员（人） / 乡（镇） 在册 入矫 解矫 在册 安置 安置率（%）),
        # its unit theirs where they write none.
        for g, group in enumerate(groups):
            name, own = named_unit(group)
            for k in range(again[g], again[g + 1] if g + 1 < len(groups) else len(names)):
                unit_of = "" if COLUMN_UNIT.search(names[k]) or not own else f"（{own}）"
                names[k] = name + names[k] + unit_of
        return header("\t".join(names), unit, title, vocab)
    for g, group in enumerate(groups):  # (绝对数 under 城镇居民: 城镇居民; 比上年增长% under it: …增长%)
        for k in again[g * size : (g + 1) * size]:
            names[k] = _under_group(group, names[k], vocab)
    return header("\t".join(names), unit, title, vocab)


def grouped_by_place(
    top: str, line: str, unit: str, title: str, vocab: Vocabulary, corner: str = ""
) -> Table | None:
    """The table a header opens whose columns stand under groups the line above names, centred over
    them as pdftotext -layout gives a header of two levels, where a column's name comes again under
    each group but not each column has a group (2023 年  2022 年  收案同比 / 收案（件） 结案（件） 收案（件）
    结案（件） 增减（%）): each column named by the group whose middle is nearest its own, on screen (an
    ideograph as wide as two letters), or None. ``corner``: the rows' name, where a line of its own
    between the two gives it (类  别) and the header's line leaves its cell blank."""
    if "\t" in top or "\t" in line or PROSE.search(top) or holds_figure(_years_joined(top)):
        return None
    top, line = SPACED_YEAR.sub(_year_in_place, top), SPACED_YEAR.sub(_year_in_place, line)
    groups = [(_middle(top, a, b), _cell_name(top[a:b])) for a, b in cell_spans(top)]
    spans = cell_spans(line)
    names = [_cell_name(line[a:b]) for a, b in spans]
    if corner:
        if not _blank_corner(line):
            return None
        names, spans = [corner, *names], [(0, 0), *spans]
    if len(groups) < 2 or len(names) < 3 or len(set(names)) == len(names):
        return None
    under: list[list[int]] = [[] for _ in groups]
    for k in range(1, len(names)):
        middle = _middle(line, *spans[k])
        under[min(range(len(groups)), key=lambda g: abs(groups[g][0] - middle))].append(k)
    # Each group over a column at least, a name said again under different groups only.
    if not all(under) or any(len({names[k] for k in ks}) != len(ks) for ks in under):
        return None
    for (_, group), ks in zip(groups, under, strict=True):
        for k in ks:
            names[k] = _under_group(group, names[k], vocab)
    return header("\t".join(names), unit, title, vocab)


def _under_group(group: str, name: str, vocab: Vocabulary) -> str:
    """A column's name under a group over it: the group's, where the name adds nothing (绝对数)."""
    return group if name in vocab.table_plain_columns else group + name


def _cell_name(cell: str) -> str:
    """A header cell's name, its letters' spaces gone and a year put back together (2023_年: 2023年)."""
    return "".join(cell.replace("_", "").split())


def _middle(line: str, start: int, end: int) -> float:
    """Where a cell's middle stands on screen: ideographs and full-width forms are two columns wide."""
    before = screen_width(line[:start])
    return before + screen_width(line[start:end]) / 2




def continued_under(table: Table, top: str, line: str, vocab: Vocabulary) -> Table | None:
    """The table with the name of its unit column finished by the piece a line set out by spaces holds
    under it (指  标   计量   2016 年 / 单位: 计量单位, as pdftotext -layout gives a cell that wraps), the
    piece by the name it stands nearest under, or None."""
    if "\t" in top or "\t" in line or PROSE.search(line) or holds_figure(line):
        return None
    spans = cell_spans(_years_joined(top))
    pieces = cell_spans(line)
    if len(spans) != len(table.columns) or len(pieces) != 1:
        return None
    (a, b), = pieces
    j = min(range(len(spans)), key=lambda j: abs(spans[j][0] + spans[j][1] - a - b))
    column = _column(table.columns[j].name + "".join(line[a:b].split()), vocab)
    if table.columns[j].role == "unit" or column.role != "unit":
        return None
    columns = [*table.columns[:j], column, *table.columns[j + 1 :]]
    return _table(columns, table.unit_line, table.title, vocab, table.grouped)


def started_above(table: Table, above: str, line: str, vocab: Vocabulary) -> Table | None:
    """The table a header line opens (``line``), its columns' names begun on the line above, which
    holds a piece over each column but the rows' names, its corner blank (     调委会   调解员   其中：双 /
    乡（镇）  （个）   （名）   语调解员: a header whose cells wrap, pdftotext -layout setting the rows' name
    on its last line), or None."""
    spans = cell_spans(above)
    if len(spans) != len(table.columns) - 1 or table.columns[0].role != "name" or not table.columns[0].name \
            or spans[0][0] < CORNER_SPACES or "\t" in above or PROSE.search(above) or holds_figure(above) \
            or max(b - a for a, b in spans) > HEADER_CELL_MAX:
        return None
    first = cell_spans(line)[:1]
    if not first or spans[0][0] < first[0][1]:
        return None  # (a piece over the rows' names: not a blank corner)
    over = _columns_over(table, line, above, spans)
    if tuple(over) != tuple(table.columns[1:]):
        return None
    pieces = ["".join(above[a:b].split()) for a, b in spans]
    named = (Column(piece + c.name, c.role, c.unit) for piece, c in zip(pieces, over, strict=True))
    columns = [table.columns[0], *named]
    return _table(columns, table.unit_line, table.title, vocab, table.grouped)


def wrapped_below(above: str, line: str, unit: str, title: str, vocab: Vocabulary) -> Table | None:
    """The table a header opens that a PDF's copy gives with one space between its cells, its columns'
    names wrapped onto the line under it but the rows' names' (县市 年末 其中： 本年 本年 / 在册 严管 接收
    解除): each cell of ``line`` finishes the cell above it, after the first; or None."""
    if "\t" in above or "\t" in line or "  " in above.strip() or "  " in line.strip() \
            or PROSE.search(above.replace("其中：", "其中")) or holds_figure(above) or holds_figure(line):
        return None
    uppers, lowers = above.split(), line.split()
    if len(lowers) < 2 or len(uppers) != len(lowers) + 1:
        return None
    names = [uppers[0], *(upper + lower for upper, lower in zip(uppers[1:], lowers, strict=True))]
    return header("\t".join(names), unit, title, vocab)


def continued(table: Table, line: str, vocab: Vocabulary, top: str = "") -> Table | None:
    """The table with the names of its header's last columns finished by a line that goes on with
    them, a cell each (产量 比上年增长 / （万吨） （%）; 比上年 / 增长（%）: a header wrapped, as a PDF's
    copy gives it), or None."""
    spans = cell_spans(line)
    if table.blocks > 1 and len(spans) % table.blocks == 0:
        # (单位 办证数 完成率 单位 办证数 完成率 / （件） （%） （件） （%）: the first block's)
        spans = spans[: len(spans) // table.blocks]
    n = len(spans)
    if not 0 < n <= len(table.columns) or PROSE.search(line):
        return None
    if holds_figure(line):
        return None  # (but 2014年 / 1-6月: a period's months)
    if n == 1 and line.strip()[:1] not in "(（" and _under_names(top, line):
        return None  # (单    位  诉讼案件… / 市自然资源和: under the rows' names alone, a row's name begun)
    ends = list(table.columns[-n:])
    if n < len(table.columns) and _laid_out_by_spaces(top) and _laid_out_by_spaces(line):
        # (政法专项 实有在编 面积 等级 / 编制（名） （名） …)
        ends = _columns_over(table, top, line, spans) or ends
    elif n == 1 and spans[0][0] >= CORNER_SPACES and not table.unit_line \
            and (lone := COLUMN_UNIT.fullmatch("".join(line.split()))) is not None \
            and all(c.role != "unit" for c in table.columns):
        # (a unit alone: the one column of values with none yet, where there is one, 其中：双 / 语调解员 /
        # （名）, the one whose header takes a third line; else the last)
        bare = [c for c in table.columns if c.role == "value" and not c.unit]
        ends = bare if len(bare) == 1 and lone.start() == 0 else ends
    if any(c.role == "unit" for c in ends):
        return None
    pieces = ["".join(line[a:b].split()) for a, b in spans]
    # (every column's, the rows' names' too: 乡镇 年末在册 其中 / （街道） 人数 缓刑)
    columns = [
        Column(c.name + piece, "name", "") if c.role == "name" else _column(c.name + piece, vocab)
        for c, piece in zip(ends, pieces, strict=True)
    ]
    names = {id(c): new for c, new in zip(ends, columns, strict=True)}
    columns = [names.get(id(c), c) for c in table.columns]
    grouped = table.grouped or _categories([c.name for c in columns], vocab)
    if grouped > table.grouped:
        # (一级   二级    三级指标 … / 指标   指标 …: the categories' names finished, as header reads them)
        columns = [Column(columns[grouped].name, "name", ""), *columns[grouped + 1 :]]
    return _table(columns, table.unit_line, table.title, vocab, grouped)


def added(table: Table, line: str, following: str | None, vocab: Vocabulary) -> Table | None:
    """The table with one more column, named by a line alone whose next line is its unit in brackets
    alone, where the header's last column has its unit already (县市区 村居法律顾问 / （个） /
    法律援助案件 / （件） / …: a header copied a cell a line after its first, each name over its
    unit), or None."""
    last = table.columns[-1]
    if following is None or last.role != "value" or not last.unit or len(cell_spans(line)) != 1 \
            or PROSE.search(line) or holds_figure(line) or (name := line.strip())[:1] in "(（":
        return None
    unit = COLUMN_UNIT.fullmatch("".join(following.split()))
    if unit is None or unit.start() != 0:
        return None
    return _table([*table.columns, _column(name, vocab)], table.unit_line, table.title, vocab, table.grouped)


def _under_names(top: str, line: str) -> bool:
    """Whether a line's one cell stands under the rows' names of a header laid out by spaces, ``top``:
    it starts under its first cell and ends before its second starts."""
    spans = cell_spans(line)
    return len(spans) == 1 and "\t" not in line and _laid_out_by_spaces(top) \
        and len(over := cell_spans(top)) > 1 and spans[0][0] < over[0][1] and spans[0][1] <= over[1][0]


def _year_in_place(m: re.Match[str]) -> str:
    """A year set apart from its 年 (2015 年) as one cell as wide: 2015_年."""
    return m.group("year") + "_" * (len(m.group()) - len(m.group("year")) - 1) + "年"


def _laid_out_by_spaces(line: str) -> bool:
    """Whether a line's cells are set out by runs of spaces, as pdftotext -layout aligns a table's (not a
    tab, nor one space, which align nothing)."""
    text = _years_joined(line.strip())  # (2015 年: one cell)
    return "\t" not in text and "  " in text and " " not in SPACE_RUNS.sub("", text)


def grouped_over(table: Table, top: str, line: str, vocab: Vocabulary) -> Table | None:
    """The table a header of two levels set out by spaces opens, its corner blank on the first line
    and named on the second, where a cell of the first stands over several of the second, a group
    (                 办理案件数（件）        受援人数 / 单  位  合计  刑事  民事  行政   （人）): each
    piece of the second is named by the cell above it whose middle is nearest on screen, under a
    group with the group's unit, under a cell of its own as that cell's name wrapped; or None."""
    if table.columns[0].name or not (_laid_out_by_spaces(top) and _laid_out_by_spaces(line)):
        return None
    tops = cell_spans(top)
    line = _years_joined(line)  # (2015 年: one cell, as long)
    spans = cell_spans(line)
    # The corner's name, maybe letter-spaced however wide (行          业): its characters one a cell.
    k = 1
    while k < len(spans) and spans[k][1] - spans[k][0] == 1 and spans[k - 1][1] - spans[k - 1][0] == 1:
        k += 1
    if len(tops) < 2 or len(spans) - k <= len(tops) or spans[k - 1][1] > tops[0][0]:
        return None
    pieces = [_cell_name(line[a:b]) for a, b in spans[k:]]
    if len(set(pieces)) < len(pieces) or any(p in vocab.table_unit_headers for p in pieces):
        return None  # (绝对数 under each group, a unit column: see grouped)
    middles = [_middle(top, a, b) for a, b in tops]
    under: list[list[str]] = [[] for _ in tops]
    for (a, b), piece in zip(spans[k:], pieces, strict=True):
        middle = _middle(line, a, b)
        under[min(range(len(tops)), key=lambda j: abs(middles[j] - middle))].append(piece)
    if not all(under) or all(len(below) == 1 for below in under):
        return None  # (a cell above each piece: a header wrapped, see continued)
    names = [_cell_name(line[spans[0][0] : spans[k - 1][1]])]
    for (a, b), below in zip(tops, under, strict=True):
        above = _cell_name(top[a:b])
        if len(below) == 1:
            names.append(above + below[0])  # (受援人数 / （人）: a name wrapped)
            continue
        group, own = named_unit(above)
        for piece in below:  # (合计 under 办理案件数（件）: 办理案件数合计（件）)
            unit_of = "" if COLUMN_UNIT.search(piece) or not own else f"（{own}）"
            names.append(_under_group(group, piece, vocab) + unit_of)
    return header("\t".join(names), table.unit_line, table.title, vocab)


def stacked(lines: list[str], unit: str, title: str, vocab: Vocabulary, on_screen: bool) -> Table | None:
    """The table a header of several lines set out by spaces opens, as pdftotext -layout gives one whose
    cells are as tall as two or three lines, or None. The line of most cells gives the columns, each
    with the room up to halfway to its neighbours; a cell of a line under it ends the column whose room
    it stands in; a cell of a line above starts it, or is a group over the columns of several rooms
    (its name before each of theirs, its unit after), or, in none, a column of its own, as tall as the
    header (                     其      中 / 单    位   受理案件数    同比 / （件）   刑事   民事   行政
    （%）: 单位, 受理案件数（件）, 其中刑事…, 同比（%）). ``on_screen``: cells stand where they show on
    screen (an ideograph two columns wide), else where their characters are (a copy may align either)."""
    placed: list[list[tuple[float, float, str]]] = []
    width = screen_width if on_screen else len
    for line in lines:
        # (cells set apart by runs of spaces, or a cell alone: 外执行; a name letter-spaced: 产 品 名 称)
        if "\t" in line or PROSE.search(line) or holds_figure(_years_joined(line)) \
                or (len(line.split()) > 1 and "  " not in line.strip()):
            return None
        spaced = SPACED_YEAR.sub(_year_in_place, line)  # (2015 年: one cell, where it stands)
        spans = cell_spans(spaced)
        if len(spans) == 2 and all(b - a == 1 for a, b in spans):
            spans = [(spans[0][0], spans[1][1])]  # (其      中: a group's name, letter-spaced to its width)
        placed.append([(width(spaced[:a]), width(spaced[:b]), _cell_name(spaced[a:b])) for a, b in spans])
    base = max(range(len(placed)), key=lambda k: (len(placed[k]), k))
    cells = placed[base]
    if len(cells) < 2:
        return None
    # Each column's room: up to halfway to its neighbours, the first and last as far out as in.
    halves = [(after[0] - before[1]) / 2 for before, after in pairwise(cells)]
    halves = [halves[0], *halves, halves[-1]]
    rooms = [(left - halves[k], right + halves[k + 1]) for k, (left, right, _) in enumerate(cells)]
    # Each column's pieces: (line, name, whether a group's), and where a column of its own stands.
    pieces: list[list[tuple[int, str, bool]]] = [[(base, name, False)] for _, _, name in cells]
    tall: list[tuple[float, list[tuple[int, str, bool]]]] = []
    groups: list[set[int]] = []
    for k in [*range(base + 1, len(placed)), *range(base - 1, -1, -1)]:  # (those under it, then above)
        for left, right, name in placed[k]:
            under = {j for j, (lo, hi) in enumerate(rooms) if left < hi and lo < right}
            if k > base and len(under) != 1:
                return None  # (a cell under no column or two: no header's)
            if not under:
                tall.append((left, [(k, name, False)]))
            if len(under) > 1:
                # A group over a group under it is over all of its columns (年末在册（人） over 合计 缓刑
                # and 其  中, over 假释 暂予监外执行)
                under |= {j for group in groups if group & under for j in group}
                groups.append(under)
            for j in under:
                pieces[j].append((k, name, len(under) > 1))
    columns = sorted([*tall, *((left, own) for (left, _, _), own in zip(cells, pieces, strict=True))],
                     key=lambda c: c[0])
    names = [_stacked_name(own) for _, own in columns]
    if len(names) < 3 or len(set(names)) != len(names):
        return None
    return header("\t".join(names), unit, title, vocab)


def _stacked_name(pieces: list[tuple[int, str, bool]]) -> str:
    """A column's name from its pieces, top to bottom, where a group's unit goes to the end (年末在册（人）
    over 合计: 年末在册合计（人）)."""
    name, units = "", ""
    for _, piece, group in sorted(pieces):
        bare, own = named_unit(piece) if group else (piece, "")
        name, units = name + bare, units or (f"（{own}）" if own else "")
    return name if COLUMN_UNIT.search(name) else name + units


# How many lines a header set out by spaces may take, read by stacked (where a header of two lines is
# not read otherwise).
STACKED_MIN: Final = 2
STACKED_MAX: Final = 4
# How long a cell of such a header may be, set apart by spaces (调查评估意见采纳率（%）); a title is longer.
HEADER_CELL_MAX: Final = 12


def _under_each(table: Table, top: str, line: str) -> bool:
    """Whether a line under a header with a blank corner names the corner and goes on with each of the
    header's cells, a piece under each (     收到行政复  受理 / 地区  议申请  （件）: a header that wraps,
    set out by spaces), not a header of its own under the starts of some (    新收同比 / 类 别 新收（件）)."""
    spans = cell_spans(line)
    if len(spans) != len(table.columns) or not (_laid_out_by_spaces(top) and _laid_out_by_spaces(line)):
        return False
    return tuple(_columns_over(table, top, line, spans[1:])) == tuple(table.columns[1:])


def _columns_over(table: Table, top: str, line: str, pieces: list[tuple[int, int]]) -> list[Column]:
    """The columns of a header set out by spaces (its first line, ``top``) that stand over each piece of
    a line under it, each the one whose cell's middle is nearest the piece's on screen, or [] where two
    pieces fall under one."""
    spaced = SPACED_YEAR.sub(_year_in_place, top)  # (2015 年: one cell, where it stands)
    spans = cell_spans(spaced)
    if table.blocks > 1:  # (单  位 办证数 完成率 单  位 办证数 完成率: the first block's, each name whole)
        spans = _letter_spaced(spaced, spans)
        spans = spans[: len(spans) // table.blocks] if len(spans) % table.blocks == 0 else []
    first = "".join(top[spans[0][0] : spans[0][1]].split()) if spans else ""
    if len(spans) == len(table.columns) + 1 and first in INDEX_HEADERS:
        spans = spans[1:]  # (序号 司法所 …: the rows' numbers have no column)
    skipped = 0
    if len(spans) == len(table.columns) - 1 and table.columns[0].role == "name" and spans \
            and spans[0][0] >= CORNER_SPACES:
        skipped = 1  # (     收到行政复  受理 / 地区  议申请 / （件）: the corner blank on the top line)
    elif len(spans) != len(table.columns):
        return []
    middles = [_middle(spaced, *span) for span in spans]  # (on screen: an ideograph is two columns wide)
    over = [skipped + min(range(len(spans)), key=lambda j: abs(middles[j] - _middle(line, a, b)))
            for a, b in pieces]
    # A piece that starts before the column nearest it, after one left without a name (其中：), names
    # that one (年末在册 其中： 本年新接收 / 缓  刑: 其中缓刑, the name 其中 says comes under it).
    over = [j - 1 if j > skipped and a < spans[j - skipped][0] and not table.columns[j - 1].name else j
            for j, (a, _) in zip(over, pieces, strict=True)]
    return [table.columns[j] for j in over] if len(set(over)) == len(over) else []


def merged(top: str, line: str, unit: str, title: str, vocab: Vocabulary) -> Table | None:
    """The table a header merged over two lines opens, or None: ``top`` names the columns, some of its
    cells over several (办案数量 over 2024年 and 2023年; 审结结果 over 维持, 驳回…), and ``line``, under
    it, leaves the cells of the columns named above empty and names the others: a Word or web page's
    table copied with tabs, 项目, 单位, 办案数量, (empty), 同比增减 over (empty), (empty), 2024年, 2023年,
    (empty). Only tabs keep the empty cells, so only a table set apart by tabs is read so."""
    if "\t" not in top or "\t" not in line or line.split("\t", 1)[0].strip():
        return None  # (the line under names no row: its first cell is empty)
    if PROSE.search(line) or holds_figure(line):
        return None
    uppers = ["".join(c.split()) for c in top.split("\t")]
    lowers = ["".join(c.split()) for c in line.split("\t")]
    if uppers[0] in INDEX_HEADERS and not lowers[0]:
        uppers, lowers = uppers[1:], lowers[1:]  # (序号 执法部门 行政许可… / (empty) (empty) （件）…)
    width = max(len(uppers), len(lowers))
    uppers += [""] * (width - len(uppers))
    lowers += [""] * (width - len(lowers))
    # Each name under one above: a header wrapped, each column's name on two lines (年初 本年 本年 /
    # 在册 接收 解除: two 本年 above, so the line above alone is no header).
    wrapped = all(upper for upper, lower in zip(uppers, lowers, strict=True) if lower)
    columns: list[Column] = []
    over = ""  # (the name above that goes on over the cells after it that are empty above)
    for upper, lower in zip(uppers, lowers, strict=True):
        over = upper or over
        if not lower:
            if upper:
                columns.append(Column(upper, "name", "") if not columns else _column(upper, vocab))
            continue
        if wrapped:
            name = upper + lower
            columns.append(Column(name, "name", "") if not columns else _column(name, vocab))
            continue
        below = _column(lower, vocab)
        above = _column(over, vocab) if over else below
        change = "change" in (below.role, above.role)
        # (收案 over 件数 同比, 结案 over 件数 同比: names that repeat under another take its name first)
        name = f"{above.name}{below.name}" if over and lowers.count(lower) > 1 else below.name
        columns.append(Column(name, "change" if change else below.role, below.unit or above.unit))
    if len(columns) < 2 or columns[0].role != "name":
        return None
    if not any(c.role in ("value", "change") for c in columns[1:]):
        return None
    return _table(columns, unit, title, vocab)


def spanned(
    table: Table, line: str, vocab: Vocabulary, is_unit: Callable[[str], bool] | None = None,
    following: str | None = None,
) -> Table | None:
    """The table with the last column of values of its header split into the columns a line under it
    names, or None: a header merged over two lines as a web page's copy gives it, the line under it
    without the empty cells (项目 单位 年度目标 完成情况 / 完成数 完成率（%） 同比增减（%）: 完成情况 is
    over the three). Which name above stands over them is not written: the last of values is taken,
    and a row that does not fit ends the table; but where the first under it is a total (合计 刑事 民事
    行政), the one under which the first row's cells ``following`` add up to it."""
    spans = cell_spans(line)
    if len(spans) < 2 or PROSE.search(line) or holds_figure(line):
        return None
    under = [_column("".join(line[a:b].split()), vocab) for a, b in spans]
    if any(c.role == "unit" for c in under):
        return None
    # The one whose name shares words with theirs (社区矫正对象（名） over 年末在册 本年新接收 本年解除矫正),
    # else the last.
    values = [k for k in range(len(table.columns) - 1, 0, -1) if table.columns[k].role == "value"]
    if not values:
        return None
    lead = next((k for k, c in enumerate(table.columns) if c.role not in ("name", "unit")), 0)
    if len(values) > 1 and len(values) == len(table.columns) - lead and len(under) % len(values) == 0 \
            and len(under) > len(values):
        # Each over as many (案件类别 受理案件 办结案件 / 件数 比上年增减（%） 件数 结案率（%）; 指标名称 单位
        # 2010 年 2011 年 / 完成数 增长（%） 目标数 增长（%）), in order; a name under them that comes again
        # is named with the one over it (受理案件件数, 办结案件件数).
        width = len(under) // len(values)
        names = [c.name for c in under]
        over = [table.columns[lead + j // width] for j in range(len(under))]
        split = [
            Column(o.name, "value", c.name) if c.role == "value" and is_unit is not None and is_unit(c.name)
            else Column(c.name if names.count(c.name) == 1 else o.name + c.name, c.role,
                        c.unit or (o.unit if c.role == "value" else ""))
            for c, o in zip(under, over, strict=True)
        ]  # (播种面积 产量 / 万亩 比上年增长(%) 吨 比上年增长(%): a unit alone names the one over it)
        return _table([*table.columns[:lead], *split], table.unit_line, table.title, vocab, table.grouped)
    # (其中 over them first, a column with no name of its own: 司法所 在册人数 其中 本年新接收 / 缓刑 假释
    # 暂予监外执行 管制; then a period: 指标名称 单位 2011年 完成率（%） / 目标 完成, 2011年 over both)
    at = max(values, key=lambda k: (table.columns[k].name.rstrip("：:") in ("", "其中"),
                                    PERIOD_COLUMN.fullmatch(table.columns[k].name) is not None,
                                    sum(_shares_words(table.columns[k].name, c.name) for c in under)))
    if following is not None and len(under) > 2 and under[0].name in vocab.sum_words:
        # (单位 人民陪审员（名） 参审案件（件） 参审人次（人次） / 合计 刑事 民事 行政 / 院机关 96 610 206 311
        # 93 1266: 610 = 206 + 311 + 93, under 参审案件)
        summed = [k for k in values if _adds_up(following, k, len(under), len(table.columns))]
        at = summed[0] if len(summed) == 1 else at
    above = table.columns[at]
    # (合计 under 参审案件（件）: 参审案件合计)
    split = [
        Column(above.name + c.name if c.name in vocab.sum_words else c.name, c.role, c.unit or above.unit)
        for c in under
    ]
    columns = [*table.columns[:at], *split, *table.columns[at + 1 :]]
    return _table(columns, table.unit_line, table.title, vocab, table.grouped)


def _adds_up(line: str, at: int, n: int, columns: int) -> bool:
    """Whether a row's ``n`` cells from column ``at`` on (the row's name its first) are a total and its
    parts, where one column of ``columns`` is split into ``n``: the first the sum of the others (a dash
    none)."""
    spans = cell_spans(line)
    if len(spans) != columns - 1 + n:
        return False
    values = [number_of(line[a:b].strip()) for a, b in spans[at : at + n]]
    if any(v is None for v in values):
        return False
    total, *parts = [v if v is not None and not v.is_nan() else Decimal(0) for v in values]
    return total == sum(parts) and total > 0


def _shares_words(a: str, b: str) -> bool:
    """Whether two names share a run of two ideographs."""
    return any(a[k : k + 2] in b for k in range(len(a) - 1) if a[k] >= "\u4e00" and a[k + 1] >= "\u4e00")


def name_piece(table: Table, line: str) -> str | None:
    """The words a line without figures holds under the rows' names of a table laid out by spaces
    under categories of two levels (a performance evaluation's), the rest of its cells the categories'
    (指标   指标    心理测评覆盖: a name and categories, wrapped), "" where it holds only categories' words,
    or None for another line."""
    if table.name_at < 0 or not line.strip() or PROSE.search(line) or any(c.isdigit() for c in line):
        return None
    spans = cell_spans(line)
    if len(spans) > table.grouped + 1 or "\t" in line:
        return None
    a, b = spans[-1]
    return line[a:b].strip() if screen_width(line[:a]) >= table.name_at - 1 else ""


def name_goes_on(line: str) -> bool:
    """Whether a line may be the start of a row's name that goes on with the next line (电力、热力、燃气及
    水生产 / 和供应业 6.5): one cell, no number, no sentence mark, no heading's number."""
    text = line.strip()
    return (
        0 < len(text) <= NAME_MAX
        and len(cell_spans(line)) == 1
        and not PROSE.search(text)
        and not any(c.isdigit() for c in text)
    )


# How long the start of a row's name on a line of its own may be.
NAME_MAX: Final = 20


def _joined(names: list[str]) -> list[str]:
    """A header's cells with its first and last names whole where wide spaces set their characters
    apart (指　　标, 品　　种; 备    注 at the end: one cell, not two), and a name said again so set apart
    in a block beside (项    目 数量 项    目 数量)."""
    def single(name: str) -> bool:
        return len(name) == 1 and "\u4e00" <= name <= "\u9fff"

    k = 0
    while k < len(names) and single(names[k]):
        k += 1
    names = ["".join(names[:k]), *names[k:]] if k > 1 else names
    j = len(names)
    while j > 1 and single(names[j - 1]):
        j -= 1
    names = [*names[:j], "".join(names[j:])] if len(names) - j > 1 else names
    # (项    目  数量  项    目  数量: a name said again letter-spaced in a block beside the first, whole)
    k = 1
    while k < len(names):
        if single(names[k - 1]) and single(names[k]) and names[k - 1] + names[k] in names:
            names[k - 1 : k + 1] = [names[k - 1] + names[k]]
        k += 1
    return names


# What :func:`row` reads of a line: the row's name, its cells, its category and its own unit.
RowRead = tuple[str, list[Cell], str, str]


def row(
    table: Table, line: str, vocab: Vocabulary, is_unit: Callable[[str], bool] | None = None
) -> RowRead | None:
    """A row's name, its cells with numbers, its category (in a grouped table, where the row gives
    one) and its own unit (its unit cell's, or its name's: 结案率（%）), or None where the line is no
    row of the table: as many cells as the header, a name first, a number or a dash in each column of
    values. A cell's unit is the one it writes or its column's, else "" (see with_row_unit). ``is_unit``
    tells a unit in brackets at a name's end from other words there (马铃薯（折粮）)."""
    text = line.lstrip(" \u3000\t")
    if text.startswith(PART_MARKS):  # (其中：刑事案件: the colon marks the part, it ends no sentence)
        text = text.replace(":", " ", 1).replace("：", " ", 1)
    if PROSE.search(text) and not (table.columns[-1].role == "remark" and "\t" in text
                                   and not PROSE.search(text, 0, text.rfind("\t"))):
        return None  # (but words in a remark's cell, set apart by a tab: 疫情影响，业务量下降)
    spans = cell_spans(line)
    if len(spans) > len(table.columns) and " " in line:
        spans = _qualifiers_joined(line, spans, vocab)  # (13 左右: a qualifier set apart from its number)
    n = len(table.columns)
    tab_cells = line.count("\t") + 1  # (how many cells tabs set apart, an empty one too)
    if tab_cells > 1 and tab_cells != len(spans) and n <= tab_cells <= n + 1 and not table.grouped:
        spans = _between_tabs(line)  # (2040604 　基层司法业务 126.5 <blank> 126.5: a web table's empty cell)
        if len(spans) == n + 1 and not line[slice(*spans[0])].strip():
            spans = spans[1:]  # (<blank> 合计 1489.14…: no code, or a part's indent)
    category = ""
    if table.grouped > 1 and tab_cells == n + table.grouped:
        # (产出指标 数量指标 调处矛盾纠纷（件） ≥5000 5207, then 法律援助案件（件） ≥1400 1526 after two
        # empty cells: a row under categories of two levels, set apart by tabs, each category's cell on
        # its group's first row only; the innermost given is the row's)
        tabbed = _between_tabs(line)  # (an empty one too: 定性 显著提升 <no unit> 有效提升 10 9)
        category = next(
            (line[a:b].strip() for a, b in reversed(tabbed[: table.grouped]) if line[a:b].strip()), "")
        spans = tabbed[table.grouped :]
    elif table.grouped > 1 and "\t" not in line:
        if len(spans) > n and (units := _qualifiers_joined(line, spans, vocab, units=True)) != spans \
                and n <= len(units) <= n + table.grouped:
            spans = units  # (≥5000 件    5427 件: a target's and a result's units one space after each)
        if len(spans) == n + table.grouped:
            # (产出   数量    集中教育次数      ≥     24 …: the same laid out by spaces)
            category, spans = line[slice(*spans[table.grouped - 1])].strip(), spans[table.grouped :]
    if len(spans) > n and table.columns[-1].role == "remark" and value_of(line[slice(*spans[-1])]) is None:
        spans = [*spans[: n - 1], (spans[n - 1][0], spans[-1][1])]  # (备注: 含涉疫纠纷 736 件, one remark)
    if len(spans) > n and not table.grouped and table.blocks < 2 and not (
            table.columns[1].role == "unit" and is_unit is not None and is_unit(line[slice(*spans[1])])):
        # (but not a name and its unit cell: 中成药 吨 1 246 4.1, a number's thousands set apart)
        spans = _name_joined(line, spans, len(spans) - n + 1)
    if len(spans) == len(table.columns) + 1:
        first = line[spans[0][0] : spans[0][1]].strip()
        if table.grouped and not first.isdigit():
            category = first  # (人民调解 受理纠纷 件…: a group's first row)
            spans = spans[1:]
        elif first.isdigit():
            spans = spans[1:]  # (a row's number, under 序号; a part, 其中：刑事案件, has none)
        elif len(joined := _groups_joined(line, spans, n)) == n:
            spans = joined  # (各项存款余额 3 215.6 298.4 10.2: a number's thousands set apart)
        else:
            return None
    if len(spans) == len(table.columns) - 1 and (
            table.worded == len(table.columns) - 1 or table.columns[-1].role == "remark"
            or _short_of(table, line, spans[-1][1])):
        # (合  计 29 25 1118: no words in the last column; 城镇常住居民人均可支配收入 31862 5.1, its 构成
        # blank, the row ending well short of the rows above)
        spans = [*spans, (len(line), len(line))]
    if len(spans) > n and " " in line:  # (件 11 430 11 802 12 368 4.8: thousands set apart; read last,
        spans = _groups_joined(line, spans, n)  # not 6 基层法律服务所代理 件 412 389 5.9, numbered)
    placed = 1 < len(spans) < n and bool(table.middles) and "\t" not in line
    if placed:
        spans = _placed(line, spans, table.middles) or spans
    if len(spans) != len(table.columns):
        return None
    if not placed and "\t" not in line and "  " in line.strip():
        table.middles = [_middle(line, a, b) for a, b in spans]
        if table.grouped > 1:
            table.name_at = screen_width(line[: spans[0][0]])
    if "\t" not in line and len(line) > spans[-1][0]:  # (laid out by spaces, its last cell not blank)
        table.row_end = max(table.row_end, screen_width(line[: spans[-1][1]]))
    name = "".join(line[spans[0][0] : spans[0][1]].split())  # (刑  事: letter-spaced, one name)
    if name and table.columns[0].name in YEAR_HEADERS and YEAR_NAME.fullmatch(name):
        name += "年"  # (年份 调解纠纷（件）… / 2013 2,418…: a row a year, its year bare)
    if not name or NUMBER.fullmatch(name):
        return None
    name, unit = named_unit(name)
    # (来访（批/人次） 412/1,206 365/1,017 -11.4/-15.7: two units, each cell a figure in each)
    paired: list[str] = []
    if is_unit is not None and unit.count("/") == 1 and all(is_unit(u) for u in unit.split("/")):
        paired, unit = unit.split("/"), ""
    if unit and is_unit is not None and not is_unit(unit):
        unit = ""  # (#马铃薯（折粮）: what it is counted as, no unit)
    unit = unit or _named_unit_of(name, vocab)  # (件数 498 143…: a table laid out sideways)
    # (比上年增长(%) 6.8 7.5…: a row of changes, in its own unit whatever the columns' units)
    own = unit if unit in ("%", "个百分点") and holds_any(name, vocab.table_change_words) else ""
    cells: list[Cell] = []
    worded = False  # (a cell of words in a column of values: the row needs a figure besides)
    bound = ""  # (the bound a cell of 指标方向 gives the next figure)
    for (start, end), column in zip(spans[1:], table.columns[1:], strict=True):
        text = line[start:end].strip()
        if column.role == "unit":
            if NUMBER.fullmatch(text):
                return None
            unit = text
            continue
        if column.role == "remark":
            continue
        if column.role == "bound":
            bound = vocab.qualifier_signs.get(text[:1], "")  # (≥ 750: over; = 0, 定性: none)
            continue
        qualifier, text = qualified(text, vocab)
        qualifier, bound = qualifier or bound, ""
        if "/" in text and (pair := PAIR.fullmatch(text)) and (halves := _paired(paired, column, vocab)):
            at = line.find(text, start)
            for k, part in enumerate(pair.groups()):
                value = number_of(part)
                if value is not None and not value.is_nan():
                    part_unit, half = halves[k]
                    cells.append(Cell(at + pair.start(k + 1), at + pair.end(k + 1), value, part_unit, half))
            continue
        if not text and (cells or placed):
            continue  # (a last cell left blank, or one a row's place on screen leaves blank)
        read = value_of(text) if is_unit is None else written_value(text, is_unit)
        if read is None and unit and text.endswith(unit) and (bare := value_of(text[: -len(unit)].rstrip())):
            read = bare[0], bare[1] or unit  # (-8.7 天: a cell writes the row's unit after its number)
        if read is None and column is table.columns[-1] and column.role == "value" and not column.unit \
                and _worded(text) and cells:
            table.worded = len(table.columns) - 1
            continue  # (创建等级 省级规范化: the last column holds words, no figure, after numbers)
        if read is None and "\t" in line and _worded(text) and text:
            worded = True
            continue  # (年度目标 与经济增长同步: words in a cell set apart by tabs, no figure)
        if read is None:
            return None
        if not read[0].is_nan():
            written = "%" if read[1] == "％" else read[1]
            cell_unit = written or own or _narrowed(column.unit, unit)
            cells.append(Cell(start, end, read[0], cell_unit, column, qualifier))
    if worded and not cells:
        return None  # (a header's second line, 件数 同比 件数 同比: no row)
    return name, cells, category, unit


def _between_tabs(line: str) -> list[tuple[int, int]]:
    """The spans of a line's cells set apart by tabs, each tab one, an empty cell's too."""
    spans: list[tuple[int, int]] = []
    at = 0
    for cell in line.split("\t"):
        spans.append((at, at + len(cell)))
        at += len(cell) + 1
    return spans


def _paired(paired: list[str], column: Column, vocab: Vocabulary) -> list[tuple[str, Column]]:
    """The unit and column of each of a cell's two figures (68/231): those its column's name gives
    (来访批次/人次: 批次 under 来访批次, 人次 under 来访人次), else its column, in its own unit or, where
    it has none, in those its row's name gives (来访（批/人次）), else [] (no cell of two figures)."""
    first, _, second = column.name.partition("/")
    if second and column.role == "value" and "/" not in second \
            and (unit := _named_unit_of(first, vocab)) and (other := _named_unit_of(second, vocab)):
        if second == other:  # (人次 after 来访批次: the visits' count of people, 来访人次)
            second = first.removesuffix(unit) + second
        return [(unit, Column(first, "value", unit)), (other, Column(second, "value", other))]
    if "/" in column.unit and len(units := column.unit.split("/")) == 2:
        return [(u, column) for u in units]  # (来访（批/人次） 118/302: 118 批 and 302 人次 of 来访)
    return [(column.unit or (change_unit(u, column) if column.role == "change" else u), column)
            for u in paired]


def _placed(line: str, spans: list[tuple[int, int]], middles: list[float]) -> list[tuple[int, int]] | None:
    """A row's cells, fewer than its table's columns, each in the column whose middle on screen is
    nearest its own (the last row read whole gives them), the others blank (empty, where the cell
    before ends); None where two fall in one column or the name is not first."""
    places = [_middle(line, a, b) for a, b in spans]
    columns = [min(range(len(middles)), key=lambda j: abs(middles[j] - place)) for place in places]
    if columns[0] != 0 or any(a >= b for a, b in pairwise(columns)):
        return None
    out: list[tuple[int, int]] = []
    for j in range(len(middles)):
        out.append(spans[columns.index(j)] if j in columns else (out[-1][1], out[-1][1]))
    return out


def _short_of(table: Table, line: str, end: int) -> bool:
    """Whether a row laid out by spaces ends well short of the rows read before it, on screen."""
    return table.row_end > 0 and "\t" not in line and screen_width(line[:end]) + BLANK_CELL <= table.row_end


# How many columns on screen a row must end short of the rows above for its last cell to be blank.
BLANK_CELL: Final = 6


def _open_brackets(text: str) -> int:
    """How many round brackets a text opens that it does not close (less how many it closes unopened)."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def _group_over(set_in: bool, following: str, after: str | None) -> bool:
    """Whether ``following``, after a header or a row ``set_in`` (indented), is a group's name over rows
    set in: short words flush left, no number nor tab, and the line after it set in (人民调解 / 　受理纠纷
    件 1648)."""
    text = following.strip()
    return (
        set_in and bool(text) and len(text) <= GROUP_MAX and following[:1] not in INDENTS
        and "\t" not in following and not any(c.isdigit() for c in text)
        and after is not None and after[:1] in INDENTS and bool(after.strip())
    )


# The longest group's name over rows set in, and what sets a row in.
GROUP_MAX: Final = 12
INDENTS: Final = (" ", "\u3000", "\t")


def _units_joined(cells: list[str]) -> list[str]:
    """Header cells read a cell a line, each unit in brackets joined to the name above it (调委会 /
    （个）: 调委会（个）)."""
    joined: list[str] = []
    for cell in cells:
        if joined and cell[:1] in "(（" and not COLUMN_UNIT.search(joined[-1]):
            joined[-1] += cell
        else:
            joined.append(cell)
    return joined


def _name_joined(line: str, spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """A row's cells with its first ``n`` one, its name, where spaces split it and it starts and ends
    with words, brackets too (其他 9 家 98 2,459…; 其他 13 个州（市） 304…; 合    计 163…, spaced wider
    than its cells), or as they were."""
    first, last = line[spans[0][0] : spans[0][1]], line[spans[n - 1][0] : spans[n - 1][1]]
    if value_of(first) is not None or value_of(last) is not None or not _worded(last.translate(UNBRACKETED)):
        return spans
    return [(spans[0][0], spans[n - 1][1]), *spans[n:]]


def block_rows(
    table: Table, line: str, vocab: Vocabulary, is_unit: Callable[[str], bool] | None = None
) -> list[tuple[str, list[Cell], str, str]] | None:
    """The rows a line of a table laid out side by side holds (粮食 吨 286,415 6.3 棉花 吨 98,652 -4.8),
    each read by :func:`row` with the other blocks' cells blanked (offsets kept), or None where the line
    holds more than one block and one of them is no row. Where the header's blocks do not divide its
    cells evenly, they are cut where the blocks begin on screen, and a block short of cells gives none."""
    spans = cell_spans(line)
    size = len(table.columns)
    if table.block_cuts and (len(spans) % size or len(spans) <= size) and len(spans) <= size * table.blocks:
        groups = _cut_blocks(table, line, spans)  # (a side with cells blank, or none: 二、…收入 2 <blank> …)
    elif table.blocks < 2 or len(spans) % size or not size < len(spans) <= size * table.blocks:
        return None
    else:
        groups = [spans[b : b + size] for b in range(0, len(spans), size)]
    out = []
    for group in groups:
        if not group:
            continue
        read = row(table, _blanked(line, group[0][0], group[-1][1]), vocab, is_unit)
        if read is None and len(group) >= size:
            return None  # (a block whole that is no row: the line is none of the table's)
        if read is not None:  # (a block short of cells gives no row)
            out.append(read)
    return out or None


def _cut_blocks(table: Table, line: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A line's cells in the blocks where they stand on screen, cut where the header's blocks begin
    (see Table.block_cuts), a block with none empty."""
    groups: list[list[tuple[int, int]]] = [[] for _ in range(table.blocks)]
    for a, b in spans:
        at = screen_width(line[:a])
        groups[sum(1 for cut in table.block_cuts if at > cut)].append((a, b))
    return groups


def _blanked(line: str, start: int, end: int) -> str:
    """A line with all but ``line[start:end]`` blanked, tabs and ideographic spaces kept (they set cells
    apart) and the rest made spaces, so that offsets stay the line's."""
    def blank(text: str) -> str:
        return "".join(c if c in "\t\u3000" else " " for c in text)
    return blank(line[:start]) + line[start:end] + blank(line[end:])


def _groups_joined(line: str, spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """A row's cells with each number whose groups of thousands a space sets apart joined (人民调解纠纷 件
    11 430 11 802 12 368 4.8, as a yearbook prints five digits), where that leaves as many cells as
    ``n``, the header's; else as they were."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a == out[-1][1] + 1 and line[out[-1][1]] == " " and THOUSANDS.fullmatch(line[a:b]) \
                and LEADING_GROUP.fullmatch(line[out[-1][0] : out[-1][1]]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out if len(out) == n else spans


# A number's first group of digits (11 in 11 430), and a group of thousands after it, with any decimals.
LEADING_GROUP: Final = re.compile(r"[-−－]?\d{1,3}")
THOUSANDS: Final = re.compile(r"\d{3}(?:\.\d+)?")


def _qualifiers_joined(
    line: str, spans: list[tuple[int, int]], vocab: Vocabulary, units: bool = False
) -> list[tuple[int, int]]:
    """Cells with a qualifier or a unit set apart from the number before it joined to it (生产总值 亿元
    142.6 14.1 162 13 左右; 4.5 以内; a last cell's +7.9 个百分点, -8.7 天), as pdftotext gives a cell whose
    words follow its number; where ``units``, any cell's unit one space after it (≥5000 件, 6.84 万元)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        cell = line[a:b]
        # (a unit only at the row's end, a change's: 其他 9 家 98 is a name, then a number)
        unit = (cell in vocab.unit_kinds and b == spans[-1][1]) \
            or (units and bool(out) and a == out[-1][1] + 1 and _is_unit_word(cell, vocab))
        if out and (cell in vocab.qualifiers_after or unit) and line[out[-1][1] - 1].isdigit():
            out[-1] = (out[-1][0], b)
        elif len(out) > 1 and line[out[-1][0] : out[-1][1]] in CHANGE_WORDS and a - out[-1][1] == 1 \
                and cell[:1].isdigit():
            out[-1] = (out[-1][0], b)  # (96 下降 12.7% 81: a change's word, one space before its number)
        else:
            out.append((a, b))
    return out


# The words a cell of changes may write before its number (下降 12.7%, 上升 8.9%; see WORDED).
FALL_WORDS: Final = ("下降", "减少", "降低", "回落", "下滑")
RISE_WORDS: Final = ("增长", "增加", "上升", "提高", "提升")
CHANGE_WORDS: Final = frozenset((*FALL_WORDS, *RISE_WORDS))


def _groups(line: str) -> bool:
    """Whether a line names a group of the rows after it (按产业分, 分城乡看, 其中：), no part of a name."""
    return GROUP_NAME.fullmatch(line.strip()) is not None


# A line that names a group of rows: 按产业分, 按重点领域分, 分城乡看, 其中：.
GROUP_NAME: Final = re.compile(r"(?:按\S+分|分\S+看|其中)[:：]?")


# Brackets taken out of a name's end, to ask whether it is words (个州（市）).
UNBRACKETED: Final = str.maketrans("", "", "（）()")


def _worded(text: str) -> bool:
    """Whether a cell holds words only, which a table's last column may (省级规范化, 未达标): or none."""
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def qualified(text: str, vocab: Vocabulary) -> tuple[str, str]:
    """A cell's qualifier and its text without it: a word after its number (7.5左右, 5.5以内) or a sign
    before it (≥98, ≤0.2: a bound); ("", text) for none."""
    if text[-1:] > "\u4e00" and (word := _qualifier_after(text, vocab)):
        return vocab.qualifiers_after[word], text[: -len(word)].rstrip()
    if text[:1] in vocab.qualifier_signs:
        return vocab.qualifier_signs[text[0]], text[1:].lstrip()
    return "", text


def _qualifier_after(text: str, vocab: Vocabulary) -> str:
    """The word of a qualifier a cell ends with after its number (左右, 以内, 以上), or ""."""
    return next((w for w in _words_after(vocab) if text.endswith(w) and len(text) > len(w)), "")


@cache
def _words_after(vocab: Vocabulary) -> tuple[str, ...]:
    return longest_first(tuple(vocab.qualifiers_after))


def with_row_unit(cells: list[Cell], unit: str, table: Table) -> list[Cell]:
    """A row's cells with their units: a column's own unit, else the row's, else the table's; a
    change's, see change_unit."""
    own, unit = unit, unit or table.unit  # (a change's unit from the row's own: see change_unit)
    values = [c.value for c in cells if c.column.role == "value"]
    # A change that is the difference of the row's first two values is counted as they are (2024 年
    # 2023 年 同比增减 / 新接收社区矫正对象 人 136 149 -13: 13 人, not 13%); in a column of 增减, the
    # years in either order (2023 年 2024 年 增减 / 行政复议案件 件 44 68 +24; not 年均增长, a rate).
    difference = values[0] - values[1] if len(values) >= 2 and unit not in ("%", "") else None
    # A whole number in a column of 增减 (not of 增长, a rate), beside values counted in a unit: the amount
    # the count moved (人数 占比 比上年增减 / 农民工 263 31.3% +37: 37 人).
    counted = next((c.unit for c in cells if c.column.role == "value" and c.unit), unit)

    def unit_of(cell: Cell) -> str:
        if cell.column.role != "change":
            return unit
        if difference is not None and (cell.value == difference
                                       or (cell.value == -difference and "增减" in cell.column.name)):
            return unit
        if _count_moved(cell.value, cell.column, counted):
            return counted
        return change_unit(own, cell.column)

    return [c if c.unit else _with_unit(c, unit_of(c)) for c in cells]


def _count_moved(value: Decimal, column: Column, counted: str) -> bool:
    """Whether a change in ``column`` is the amount a count in ``counted`` moved: a whole number in a column
    of 增减 (not of 增长, a rate) beside values counted so (件数 同比增减 / 68 -12: 12 件)."""
    return bool(counted) and counted != "%" and "增减" in column.name and value.as_tuple().exponent == 0


def change_unit(unit: str, column: Column | None = None) -> str:
    """The unit of a change in a column of changes that writes none (同比增减), in a row of values in
    ``unit``: 个百分点 where the row's values are rates (结案率（%）: 95.62, -0.61), else %; but the
    row's unit where the column's name says it counts the amount (增减数 123 beside 增减幅度 11.3)."""
    if unit == "%":
        return "个百分点"
    return unit if unit and column is not None and column.name.endswith(AMOUNT_ENDS) else "%"


# What the name of a column of changes ends with where it holds amounts in the row's unit, not rates:
# 增减数, 增减量, 增减额 (not 增减, 增长, 增幅).
AMOUNT_ENDS: Final = ("数", "量", "额")


def named_unit(name: str) -> tuple[str, str]:
    """A row's name and the unit it gives in brackets at its end, if any: 新收案件（件） is 新收案件, 件."""
    own = COLUMN_UNIT.search(name)
    return (name[: own.start()], own.group("unit")) if own and own.start() else (name, "")


def number_of(text: str) -> Decimal | None:
    """A cell's number, NO_VALUE for a dash (no figure), None for no number."""
    if text in NO_FIGURE:
        return NO_VALUE
    if "，" in text:
        text = text.replace("，", ",")  # (1，436: a book's comma between groups)
    if text[:1] in TOTAL_OPENS and text[-1:] in TOTAL_CLOSES:
        text = text[1:-1].strip()  # (〔6.7〕: a five-year total, in a plan's table, a figure all the same)
    if not NUMBER.fullmatch(text):
        if " " not in text or not SPACED_NUMBER.fullmatch(text):
            return None
        text = text.replace(" ", "")  # (11 430: a cell's thousands set apart, see _groups_joined)
    try:
        return Decimal(text.replace(",", "").replace("−", "-").replace("－", "-").replace("＋", "+"))
    except InvalidOperation:
        return None


def value_of(text: str) -> tuple[Decimal, str] | None:
    """A cell's number and the unit the cell writes with it, if any: 364 (no unit), -8.5% (%), 下降4.2个
    百分点 (-4.2, 个百分点: a change in words); NO_VALUE for a dash; None for no number."""
    plain = number_of(text)
    if plain is not None:
        return plain, ""
    m = WORDED.fullmatch(text)
    if m is None:
        return None
    value = number_of(m.group("number"))
    if value is None or value.is_nan():
        return None
    return (-value if m.group("fall") else value), m.group("unit") or ""


# The name of a column of years, and a year alone as a row's name under it.
YEAR_HEADERS: Final = ("年份", "年度")
YEAR_NAME: Final = re.compile(r"(?:19|20)\d\d")


# The brackets a plan's table sets a total over its years in (〔6.7〕, ［6.7］, [6.7]).
TOTAL_OPENS: Final = "〔［["
TOTAL_CLOSES: Final = "〕］]"


# A cell's number with its thousands set apart by spaces (11 430), joined by _groups_joined.
SPACED_NUMBER: Final = re.compile(rf"{LEADING_GROUP.pattern}(?: \d{{3}})+(?:\.\d+)?")


# A cell of two numbers, in a row of two units (来访（批/人次） 365/1,017).
PAIR: Final = re.compile(rf"({NUMBER.pattern})/({NUMBER.pattern})")


# A cell's number written with its unit or its change's verb or arrow: -8.5%, 下降4.2个百分点, 增长12.1%,
# ↓8.2%.
WORDED: Final = re.compile(
    rf"""(?:(?P<fall>{"|".join(FALL_WORDS)}|↓)\x20?|(?:{"|".join(RISE_WORDS)}|↑)\x20?|)  # (下降 12.7%)
        (?P<number>[-−－+＋]?\d[\d,]*(?:\.\d+)?)
        \x20?  # (+7.9 个百分点: a PDF's copy sets the unit apart by a space)
        (?P<unit>%|％|个百分点|百分点)?""",
    re.VERBOSE,
)


def written_value(text: str, is_unit: Callable[[str], bool]) -> tuple[Decimal, str] | None:
    """:func:`value_of`, or a cell's number and the unit it writes after it where ``is_unit`` says it is
    one (城镇新增就业 4000人 4386人: each cell's unit its own)."""
    read = value_of(text)
    if read is None and (m := UNIT_CELL.fullmatch(text)) is not None and is_unit(m.group("unit")) \
            and (number := number_of(m.group("number"))) is not None:
        read = number, m.group("unit")
    return read


# A cell's number and the unit it writes after it (4000人, 3.4万人, 236.5公里), where ``is_unit`` (see row)
# says it is one: a table whose cells each write their unit, under a header that names none.
UNIT_CELL: Final = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)[ ]?(?P<unit>[\u4e00-\u9fff]{1,4})")


# What :func:`number_of` gives a dash, a cell of no figure.
NO_VALUE: Final = Decimal("NaN")


def lone_cell(line: str) -> str:
    """The text of a line that holds one cell, as a table copied a cell a line gives (项　目 / 2018年 /
    …; 粮食 / 万吨 / 24.60 / 5.6), or "": no sentence mark, no gap between words but a name's."""
    text = line.strip()
    if not text or len(text) > NAME_MAX or PROSE.search(text):
        return ""
    spans = cell_spans(text)
    if len(spans) == 2 and "\t" in text:
        return ""  # (县区\t调解组织: two cells a tab sets apart, a header's line a browser broke)
    return "".join(text.split()) if len(spans) <= 2 else ""


def opens_column_header(cell: str, vocab: Vocabulary) -> bool:
    """Whether a lone cell may be the first of a header laid out a cell a line (项目, 产品名称; 单位,
    for bodies)."""
    return (cell.endswith(vocab.table_header_firsts) or cell in vocab.table_lone_firsts) \
        and len(cell) <= LONE_FIRST_MAX and not any(c.isdigit() for c in cell)


# The longest first cell of a header laid out a cell a line (受援对象, 产品名称): a longer line is prose
# wrapped before its figure (【人民调解】全市建立各级人民调解组织 / 3,126个).
LONE_FIRST_MAX: Final = 10


def column_header_cell(cell: str) -> bool:
    """Whether a lone cell may be a column's name in such a header (单位, 2018年, 比上年增长（%）): no
    number but a year's."""
    return bool(cell) and not holds_figure(cell)


def _names_column(cell: str, vocab: Vocabulary) -> bool:
    """Whether a lone cell says what a column holds: a unit (办理件数, 收案（件）), a change (比上年增减（%）)
    or a period (2024年) — as a row's name (代理诉讼案件) does not."""
    column = _column(cell, vocab)
    return bool(column.unit) or column.role == "change" or cell.endswith(vocab.table_counted_ends) \
        or PERIOD_COLUMN.fullmatch(cell) is not None


def _lone_cell(
    folded: str, read: tuple[Decimal, str], column: Column, row_unit: str, table: Table,
    row_first: bool = False, qualifier: str = "",
) -> Cell:
    """The cell a lone number on a line is, in ``column`` of a row whose name gives ``row_unit`` (or
    ""): its unit the one it writes (-17.2%), else its column's, else the row's or the table's; the
    row's before its column's where ``row_first`` (解答法律咨询（人次） under 办理件数)."""
    start = len(folded) - len(folded.lstrip())
    written = "%" if read[1] == "％" else read[1]
    if row_first and row_unit and column.role != "change":
        written = written or row_unit
    elif row_unit in ("%", "个百分点"):
        written = written or row_unit  # (增减（%） 6.8 under 人民调解案件（件）: a table laid out sideways)
    changes = column.role == "change"
    unit = written or _narrowed(column.unit, row_unit) \
        or (change_unit(row_unit, column) if changes else row_unit or table.unit)
    if changes and not written and not column.unit:
        counted = next((c.unit for c in table.columns if c.role == "value" and c.unit), row_unit)
        unit = counted if _count_moved(read[0], column, counted) else unit  # (件数 同比增减 / 68 / -12)
    return Cell(start, len(folded.rstrip()), read[0], unit, column, qualifier)


def _narrowed(column_unit: str, row_unit: str) -> str:
    """A column's unit, or the row's where it narrows it: 人次 for a row of 临时救助 under 人数 (人)."""
    return row_unit if column_unit and row_unit.startswith(column_unit) and row_unit != column_unit \
        else column_unit


def _with_unit(cell: Cell, unit: str) -> Cell:
    return Cell(cell.start, cell.end, cell.value, unit, cell.column, cell.qualifier)


def _may_note(line: str) -> bool:
    """Whether a line with a sentence mark may still be a table's title or unit line (附：…, 表1：…,
    单位：万元)."""
    return "单位" in line or line.lstrip().startswith(("附", "表"))


def _points_below(line: str) -> bool:
    """Whether a line ends in a sentence that points to a table below it (…。各类案件收结情况见下表：, 如
    下表:), at the end of a paragraph however long. (Asked of every line of prose: most end otherwise.)"""
    said = line.rstrip() if line[-1:].isspace() else line  # (a copy only where a space ends it)
    if said.endswith(POINTERS):
        return True
    unit = POINTED_UNIT.search(said) if said[-1:] in "：:" else None
    return unit is not None and said[: unit.start()].endswith(POINTED)


# What a sentence that points to a table below it ends with (见下表：, 如下表:), and one that points to a
# table or a list (各司法所情况如下：): a header after it that names no unit is one all the same.
TABLE_POINTERS: Final = ("表：", "表:")
POINTERS: Final = (*TABLE_POINTERS, "如下：", "如下:")
# The unit of the table pointed to, in brackets before the colon (…列示如下（单位：万元）：), and what the
# words before it end with.
POINTED_UNIT: Final = re.compile(r"[(（]\s*单位\s*[:：]\s*[^()（）:：\s]{1,8}\s*[)）]\s*[:：]\s*$")
POINTED: Final = ("如下", "下表", "见表")


def may_open(line: str) -> bool:
    """Whether a line may be a table's header, its title or its unit line: short, with no sentence
    mark but a unit line's colon (most lines of prose have one)."""
    if _long(line):
        return False
    return not PROSE.search(line) or _may_note(line)


def _long(line: str) -> bool:
    """Whether a line is longer than a table's header, title or unit line may be, its runs of spaces
    counted as one (pdftotext -layout pads a wide header's cells: 指标名称      单位      2021 年 …)."""
    return len(line) > NOTE_MAX and len(" ".join(line.split())) > NOTE_MAX


def notes_table(line: str, vocab: Vocabulary) -> bool:
    """Whether a line is a table's title (表1 2016年主要农产品产量, 附：公证业务分类统计, 2019年全市人民
    调解工作情况统计表; centred, …行政复议和行政应诉情况) or unit line (单位：%)."""
    text = line.strip()
    return (
        TABLE_NUMBER.match(text) is not None
        or text.startswith(vocab.table_title_starts)
        or TITLE_BRACKET.sub("", text).endswith(vocab.table_title_ends)
        or UNIT_LINE.search(text) is not None
        or (text.endswith(vocab.table_centred_title_ends) and line.startswith(" " * CORNER_SPACES)
            and heading_match(text) is None)  # (    2023 年各县（区）行政复议和行政应诉情况)
    )


def notes(line: str, title: str, unit: str, is_unit: Callable[[str], bool]) -> tuple[str, str]:
    """The title and unit a table after ``line`` has, with what the lines before gave: a new title
    (表2 …) drops the unit line of the table before, and may end with the unit in brackets (表 1  2024 年
    6 月末在册社区矫正对象分布（人）)."""
    text = line.strip()
    m = UNIT_LINE.search(text)
    if m is not None:
        text = text[: m.start()].strip()
        return (text or title), m.group("unit")
    m = COLUMN_UNIT.search(text)
    return text, (m.group("unit") if m is not None and is_unit(m.group("unit")) else "")


# A note under a table that gives the unit of its values (注：单位为人；…, 注：表中单位除注明外均为人。), and
# how many lines after a table's first row it may stand.
NOTED_UNIT: Final = re.compile(
    r"""注\s*[:：]\s*(?:[^。；;]{0,8}?)单位\s*(?:除注明外)?\s*(?:均|都)?\s*(?:为|是|[:：])\s*
        (?P<unit>[^\s，,；;。.、]{1,4}?)\s*(?:[，,；;。.]|$)""",
    re.VERBOSE,
)
NOTE_AHEAD: Final = 40


# How long a table's header, title or unit line may be.
NOTE_MAX: Final = 80


def label(name: str, cell: Cell, table: Table, vocab: Vocabulary) -> str:
    """A cell's label: the row's name, less the # or 其中 of a part, with its column's name where the
    table has several columns of values (城市, 农村; not the first of years, 2024年), or a change's
    (比上年增长)."""
    name = name.lstrip("#＃ \u3000").removeprefix("其中").lstrip(":： ")
    column = cell.column
    if YEAR_COLUMN.fullmatch(name) and table.values:
        # A row of a year (年份 地区生产总值（亿元） 比上年增长（%） / 2018年 438.6 5.0): the columns name
        # what is measured, a change's of the column of values before it.
        values = [c for c in table.columns[: table.columns.index(column) + 1] if c.role == "value"]
        measured = values[-1].name if values else ""
        return f"{name}{measured}{column.name}" if column.role == "change" else f"{name}{column.name}"
    first = next(c for c in table.columns if c.role == "value") if table.values else None
    # (the first of periods is the one reported, 2024年 2023年; not the first month of a year's, 1月 2月…)
    year = column is first and PERIOD_COLUMN.fullmatch(column.name) is not None \
        and MONTH_COLUMN.fullmatch(column.name) is None
    # (a table laid out sideways names its things in its columns, 合计 too: 件数, 同比增减 say no more)
    sideways = changes_row(name, cell, vocab) or _named_unit_of(name, vocab) != ""
    plain = (column.name in vocab.table_plain_columns or year) and not sideways
    if column.role == "change" or (table.values > 1 and not plain and not name.endswith(column.name)):
        return f"{name}{column.name}"  # (but 镇（街道）调委会 under 调委会: no 调委会调委会)
    return name


def changes_row(name: str, cell: Cell, vocab: Vocabulary) -> bool:
    """Whether a cell is a change for its row's name: a table laid out sideways, the things counted in
    its columns, its measures in its rows (项目 刑事 民事 合计 / 受理数（件） … / 同比增减（%） 21.2 3.7
    8.7); in another unit, a count's change too (比上年增减（人） 58 9 -12), but not a rate's level
    (人口自然增长率（‰） 6.12)."""
    return holds_any(name, vocab.table_change_words) and (
        cell.unit in ("%", "个百分点") or not name.endswith(vocab.table_rate_words))


def is_part(name: str) -> bool:
    """Whether a row is a part of the one before it that is none: named with # (#大豆) or 其中
    (其中：刑事案件), as statistical tables mark parts."""
    return name.lstrip(" \u3000").startswith(PART_MARKS)


# A header's first cell over the rows' numbers, which name nothing (序号 指标名称 单位…).
SCORE_UNIT: Final = "分"  # (the unit of a column of scores)
RULE_ENDS: Final = RULE_MARKS + " \t\u3000"  # (what a rule line ends with: asked first)
# (and a budget's classification codes, 科目编码 over 204 公共安全支出…: a code, no figure)
INDEX_HEADERS: Final = ("序号", "编号", "科目编码", "科目代码", "功能科目编码", "项目编码", "编码", "代码")
# What opens the rows of a whole's parts, each after it a part too (其中：刑事案件 / 民事案件).
LISTING: Final = ("其中",)
# What names a row a part (see is_part).
PART_MARKS: Final = ("#", "＃", "其中")


class Row:
    """A row of a table, or the cells of one on a line (a table copied a cell a line gives one)."""

    __slots__ = ("category", "cells", "goes_on", "name", "others", "table")

    def __init__(
        self, name: str, cells: list[Cell], table: Table, goes_on: bool, category: str = "",
        others: tuple[Row, ...] = (),
    ) -> None:
        self.name = name
        self.cells = cells
        self.table = table
        self.goes_on = goes_on
        """Whether cells of the same row were on lines before (a table copied a cell a line)."""
        self.category = category
        """The category of a grouped table's row (人民调解), from the group's first row."""
        self.others = others
        """The rows beside it on its line, in a table laid out side by side (see Table.blocks)."""


# A line as Reader._row_here read it: the table, the line, and the table's row_end, worded and how many
# block names were left.
RowKey = tuple[Table, str, int, int, int]
# No line read yet by Reader._row_here.
NO_ROW_READ: Final[tuple[None, tuple[None, bool]]] = (None, (None, False))


class Reader:
    """The tables of one report, read line by line: ``extract_lines`` asks :meth:`read` first about
    every line. It keeps what a table's lines leave open: the table, a title and unit line before a
    header, a header being read a cell a line, a row's name wrapped."""

    def __init__(
        self, vocab: Vocabulary, is_unit: Callable[[str], bool],
        peek: Callable[[int], str | None] = lambda k: None,
    ) -> None:
        self.vocab = vocab
        self.is_unit = is_unit
        """Whether a text is a unit (万吨, 亿元), as the sentence reader knows them."""
        self.peek = peek
        """The ``k``-th line after the one being read (0: the next), or None past the report's end."""
        self.table: Table | None = None
        self.fresh = False  # (a header just read, no row yet: the next line may finish it)
        # (the header a line under it finishes otherwise, merged over it, if the first row fits that one)
        self.other: Table | None = None
        self.name_start = ""  # (the start of a row's name, wrapped onto the line after it)
        self.started = False  # (whether the last row's name started so)
        self.around = False  # (whether the last row's name wrapped around its cells: see _laid_out)
        self.category = ""  # (of a grouped table's rows)
        self.notes: tuple[str, str] = ("", "")  # (the title and unit a header after them gets)
        self.notes_at = -NOTES_REACH - 1  # (the number of their line)
        self.top, self.top_at = "", -1  # (the last line that may open a header, and its number)
        self.above = ""  # (the line right before a header's, which may hold the start of a column's name)
        self.last: tuple[list[Cell], str] = ([], "")  # (the last row's cells, as row gave them, and unit)
        self.row_unit = ""  # (the unit of the last row that gave its own, for its parts after it)
        self.listing = False  # (whether the rows since the last with a unit of its own follow a 其中 row)
        self.row_indent = 0  # (how far that row's line is indented: a part's is indented further)
        self.done_at = -1  # (a line read with the row before it: see name_ends)
        # (the last header with its title and unit line: said again after a page's break, the same table)
        self.opened: tuple[str, str, str] = ("", "", "")
        # (that header's table as its first row found it, its units from a line under it too: said again
        # alone after a page's break, the same table goes on, 县(市、区) 收案数… / （件） （件）…)
        self.resumed: tuple[str, Table | None, tuple[str, ...]] = ("", None, ())
        self.pointed: tuple[int, str] = (-1, "")  # (the last line that ends pointing below it, 情况如下：)
        self.below: list[str] = []  # (the lines read since a header opened, while no row was: its others)
        self.again: list[str] = []  # (those lines still to come again, under a header said again)
        # A table copied a cell a line: its header's cells so far; the table; the column of the next
        # cell; the row's name and unit; whether no cell of the row has been read yet.
        self.lone_cells: list[str] = []
        self.lone_table: Table | None = None
        self.lone_at = 0
        self.lone_row: tuple[str, str] = ("", "")
        self.lone_fresh = False
        # A table copied a column a line (pdftotext's copy of some PDFs: the header's cells, then the
        # rows' names, then each column's cells in turn): the rows' names and units, "" where it is not.
        self.lone_names: list[tuple[str, str]] = []
        self.lone_blocks = False  # (whether each column's name stands before its cells, not all first)
        # The rows' names of a table that gives them a cell a line before its rows (see _lone): those left.
        self.block_names: list[str] = []
        # The name of the last row read, for a row under it whose name's cell is left blank (see _row_here).
        self.row_name = ""
        # The last line :meth:`_row_here` read, with the table's state it was read in, and what it gave.
        self.row_read: tuple[RowKey | None, tuple[RowRead | None, bool]] = NO_ROW_READ
        # The two lines before the one being read, with their numbers, whatever they were.
        self.back: tuple[tuple[int, str], tuple[int, str]] = ((-1, ""), (-1, ""))
        self.line: tuple[int, str] = (-1, "")
        # The last lines that were no prose, with their numbers: a header of several lines (see stacked).
        self.recent: deque[tuple[int, str]] = deque(maxlen=STACKED_MAX + 1)

    def in_lone_table(self) -> bool:
        """Whether a table copied a cell a line is being read (where a number alone on a line is a
        cell, no page number)."""
        return bool(self.lone_cells) or self.lone_table is not None

    def read(self, number: int, line: str, folded: str, head: bool) -> Row | bool:
        """What line ``number`` is of a table: a :class:`Row` where it gives cells; True where it is a
        table's and gives none (a header, a unit cell, a row's name); False where it is none of a
        table's (then it may be a title or unit line, kept for a header after it). ``head``: the line
        takes a unit wrapped onto the next (no table's line does)."""
        if "│" in folded:  # (a rule between two tables set side by side, 海口市 257 3,508 │ 万宁市 9 64)
            folded = folded.replace("│", " ")
        self.back, self.line = (self.back[1], self.line), (number, folded)
        if self.table is None and self.lone_table is None and not self.lone_cells and not may_open(folded):
            if _points_below(folded):  # (…。各类案件收结情况见下表：, a paragraph's end: the table's title)
                said = folded
                for start, _ in sentences(folded):
                    said = folded[start:]  # (its last sentence: …9.1%。主要罪名…如下：)
                said = said.strip()
                if said.endswith(TABLE_POINTERS):
                    self.notes, self.notes_at = notes(said, *self.notes, self.is_unit), number
                elif POINTED_UNIT.search(said):  # (…列示如下（单位：万元）：: its title and its unit)
                    self.notes, self.notes_at = notes(said.rstrip("：: "), *self.notes, self.is_unit), number
                else:  # (…。各司法所情况如下：: a list or a table, whose header may name no unit)
                    self.pointed = (number, said.rstrip("：:"))
            return False  # (most lines: prose, no table's header, title, unit line nor cell)
        self.recent.append((number, folded))
        if self.table is not None and folded[-1:] in RULE_ENDS and RULE_LINE.fullmatch(folded):
            return True  # (a table's border under its header, ──────: no name's rest, no row)
        if head:
            self.table = self.lone_table = None
            self.lone_cells = []
            return False
        if number <= self.done_at:
            return True  # (read with a line before it: see name_ends, _cells_broken)
        lone = lone_cell(folded) if self.table is None else ""
        read = self._lone(number, folded, lone) if lone or self.in_lone_table() else False
        if read is not False:
            return read
        return self._laid_out(number, line, folded)

    def name_ends(self, number: int, row: Row, following: str) -> Row:
        """The row read from line ``number``, with its name finished by the line after it where that
        line goes on with it and gives the row's unit (有财产可供执行案件法定期限内 91.36 88.02 3.34 /
        实际执结率（%）: a PDF's copy of a cell that wraps, its numbers on its first line); then the
        line after is the table's, read. Else the row as it was."""
        if self.table is None or row.table is not self.table or row.goes_on:
            return row
        if (piece := name_piece(self.table, following)) is not None:
            # (not where its categories' words open a group of their own: 效益指标 社会效益 村（居）法律 /
            # 顾问覆盖率 100%…, the next row's name begun under new categories)
            opens = any(following[a:b].strip() not in self.vocab.table_header_firsts
                        for a, b in cell_spans(following)[:-1])
            return row if opens else self._piece_after(number, row, piece)
        text = "".join(following.split())
        if row.name.endswith(self.vocab.table_name_joins) and name_goes_on(following) \
                and heading_match(following) is None:
            # A name that a join ends, its rest on the next line (电力、燃气及水的生产和 42,135 / 供应业)
            self.done_at = number + 1
            return Row(row.name + text, row.cells, self.table, False, row.category)
        if self.last[1]:
            return self._with_tail(number, row, following)
        alone = COLUMN_UNIT.fullmatch(text)  # (…被改判发回重审率 1.82 2.27 -0.45 / （%）)
        tail, unit = ("", alone.group("unit")) if alone else named_unit(text)
        if not unit or not name_goes_on(following) or heading_match(following) is not None:
            return self._with_tail(number, row, following)
        self.done_at = number + 1
        cells = with_row_unit(self.last[0], unit, self.table)
        return Row(row.name + tail, cells, self.table, False, row.category)

    def _piece_after(self, number: int, row_read: Row, piece: str) -> Row:
        """The row read from line ``number`` with the words the line after it holds under the rows'
        names (see name_piece) as its name's end (月度走访 98 … / 指标 完成率: a cell that wraps, its
        numbers on its first line; 心理测评覆盖 / 在册人员 ≥ 95 … / 比例, the end of a name of three lines
        centred on its numbers), unless the row after that line has a piece after it too, and this row's
        name began on its own line: a name of three lines begins there."""
        table = row_read.table
        after, later = self.peek(1), self.peek(2)
        if not piece or (not self.started and after is not None and later is not None
                         and row(table, after, self.vocab, self.is_unit) and name_piece(table, later)):
            return row_read
        self.done_at = number + 1
        return Row(row_read.name + piece, row_read.cells, table, False, row_read.category)

    def _with_tail(self, number: int, row_read: Row, following: str) -> Row:
        """The row read from line ``number`` with its name's end, where the line after it holds that and
        the line after that is a row of the table whose name starts as a name does (城镇常住居民人均可支配收
        % 9.1 8.5 / 入增长 / 农村常住居民…: a PDF's cell that wraps, its numbers on its first line; not 电力、
        热力、燃气及水生产 / 和供应业 6.5, a name's start before its row, nor a group's name, 按产业分)."""
        after = self.peek(1)
        if not name_goes_on(following) or heading_match(following) is not None or _groups(following) \
                or _group_over(self.line[1][:1] in INDENTS, following, after):
            return row_read
        read = row(row_read.table, after, self.vocab, self.is_unit) if after is not None else None
        text = "".join(following.split())
        if read is None or read[0].startswith(self.vocab.table_name_joins) or self.started \
                or len(row_read.name) < len(text) > len(read[0]) or len(read[0]) == 1 \
                or (_open_brackets(text) > 0 > _open_brackets(read[0])):
            # Nor the start of the next row's name: after a row whose name started on the line before it
            # (its cells on the name's last line, so are the next row's: 城镇常住居民人均可支配 / 收入 元
            # 22,316 / 农村牧区常住居民人均可 / 支配收入 元 9,915), or longer than this row's name and that
            # row's own (社会消费品零售总额 亿元 21.36 / 城镇常住居民人均可支配 / 收入 元 22,316), or before
            # a row named by one character, no name alone (兰州新区公证 / 处 2,105 31.6 98.4); nor one
            # whose bracket the next row's name closes (金凤区（含阅海 / 湾中央商务区） 72 986…).
            return row_read
        self.done_at = number + 1
        name = row_read.name + text
        return Row(name, row_read.cells, row_read.table, False, row_read.category)

    def _lone(self, number: int, folded: str, lone: str) -> Row | bool:
        """:meth:`read` for a table copied a cell a line (项目 / 2018年 / 2017年 / 同比增减（%） / 新收
        案件（件） / 7398 / …): its header's cells are read until a number (or a unit, under 单位) says
        the cell before was the first row's name; then each line is the next column's cell."""
        vocab = self.vocab
        cells = self.lone_cells
        # (-17.2%: a cell may write its unit; 7 左右, ≥30: its qualifier; read once, where a header or a
        # table a cell a line is open)
        qualifier, read = self._lone_value(lone) if lone and (cells or self.lone_table is not None) \
            else ("", None)
        if cells:
            self.lone_cells = []
            units = any(c in vocab.table_unit_headers for c in cells)
            # (≥1000件, 1089件: a cell that writes its qualifier or its unit, under 年度指标值, ends it too)
            numbered = read is not None
            if lone and len(cells) > 2 and (numbered or (units and self.is_unit(lone))):
                title, unit = self._notes(number, NOTES_REACH + len(cells))
                by_columns = self._by_columns(cells, unit, title) if numbered else None
                if by_columns is None and numbered:
                    cells = [*self._names_joined(cells[:-1]), cells[-1]]
                elif by_columns is None:
                    # (… / 比上年增减 / （%） / 道路交通事故 / 起: a unit in brackets alone is its name's,
                    # above; 指标 / 单位 / 2021 年 / 完成情况 / … / 城镇新增就业 / 人 / 2,146: the numbers
                    # after the unit are the row's)
                    cells = [*self._names_joined(_units_joined(cells[:-1])), cells[-1]]
                table = by_columns[0] if by_columns else header("\t".join(cells[:-1]), unit, title, vocab)
                if table is not None and table.grouped and by_columns is None:
                    # (一级指标 / 二级指标 / 三级指标 / … / 得分 / 产出指标 / 数量指标 / 人民调解案件数 /
                    # ≥1000件: the first row's categories stand before its name)
                    grouped = table.grouped
                    table = header("\t".join(cells[: -1 - grouped]), unit, title, vocab)
                    if table is not None and len(table.columns) == len(cells) - 1 - 2 * grouped:
                        self.lone_table, self.lone_row, self.lone_at = table, named_unit(cells[-1]), 1
                elif by_columns is not None:
                    self.lone_table, self.lone_at = by_columns[0], 0
                    self.lone_names = [named_unit(name) for name in by_columns[1]]
                elif table is not None and len(table.columns) == len(cells) - 1:
                    self.lone_table, self.lone_row, self.lone_at = table, named_unit(cells[-1]), 1
            elif lone and column_header_cell(lone) and len(cells) <= LONE_HEADER_MAX:
                self.lone_cells = [*cells, lone]
                return True
            elif not lone and len(cells) > 2:
                # A header a cell a line whose rows each fit a line (领域 / 调委会 / （个） / … / 劳动争议 6
                # 38 1,026 1,001: pdftotext's default copy of a table whose header cells wrap): the
                # header, each unit in brackets with the name above it, over rows laid out.
                title, unit = self._notes(number, NOTES_REACH + len(cells))
                names = _units_joined(cells)
                table = header("\t".join(names), unit, title, vocab) \
                    if all(_names_column(name, vocab) for name in names[1:]) else None
                if table is not None and row(table, folded, vocab, self.is_unit) is not None:
                    self.table, self.fresh = table, True
                    return False
                if opens_column_header(cells[0], vocab) \
                        and not any(_names_column(c, vocab) for c in cells[1:]):
                    # The rows' names a cell a line under the first, then the rest of the header on one
                    # line and the rows without their names (产品名称 / 高岭土 / 水泥 / … / 单位 产量
                    # 比上年增长（%） / 万吨 38.64 12.5: pdftotext's copy of a table whose first column is a
                    # block of its own).
                    table = header(f"{cells[0]} {folded}", unit, title, vocab)
                    if table is not None and len(table.columns) == len(cell_spans(folded)) + 1:
                        self.table, self.fresh, self.block_names = table, True, cells[1:]
                        return True
        elif self.lone_table is None and lone and opens_column_header(lone, vocab):
            self.lone_cells = [lone]
            return True
        table = self.lone_table
        if table is None:
            return False
        if self.lone_names:
            return self._in_column(folded, lone, read, table, qualifier)
        column = table.columns[self.lone_at]
        value = read[0] if read is not None else None
        if table.grouped and self.lone_at == 0 and lone and value is None \
                and (more := self.peek(0)) is not None and (after := lone_cell(more)) \
                and self._lone_value(after)[1] is None:
            return True  # (质量指标 / 调解成功率 / ≥95%: a group's name, before its first row's)
        if not lone or ((self.lone_at == 0) != (value is None) and column.role != "unit"):
            self.lone_table = None  # (a line that is no cell of the table: it has ended)
            return False
        self.lone_at = (self.lone_at + 1) % len(table.columns)
        if column.role == "name":
            if _open_brackets(lone) > 0 and (more := self.peek(0)) is not None and (rest := more.strip()) \
                    and rest[-1] in ")）" and value_of(rest) is None:
                lone, self.done_at = lone + rest, number + 1  # (水果（不含果 / 用瓜）: a name that wraps)
            self.lone_row, self.lone_fresh = named_unit(lone), True
            return True
        if column.role == "unit":
            self.lone_row = (self.lone_row[0], lone)
            return True
        if read is None or read[0].is_nan():
            return True
        goes_on, self.lone_fresh = not self.lone_fresh, False
        cell = _lone_cell(folded, read, column, self.lone_row[1], table, qualifier=qualifier)
        return Row(self.lone_row[0], [cell], table, goes_on)

    def _lone_value(self, cell: str) -> tuple[str, tuple[Decimal, str] | None]:
        """A lone cell's qualifier and its number with the unit it writes, as :func:`value_of` reads
        them: -17.2% (its unit), 7 左右 and ≥30 (a qualifier), 1089件 (a unit, where ``is_unit``)."""
        qualifier, bare = qualified(cell, self.vocab)
        return qualifier, written_value(bare, self.is_unit)

    def _numbers_ahead(self, most: int, is_number: Callable[[str], bool]) -> int:
        """How many lone numbers the line being read (one) and the lines after it hold in a row, counted
        up to ``most`` + 1; ``is_number`` tells a lone cell that is one."""
        run = 1
        while run <= most and (more := self.peek(run - 1)) is not None \
                and (cell := lone_cell(more)) and is_number(cell):
            run += 1
        return run

    def _names_joined(self, names: list[str]) -> list[str]:
        """The header's cells of a table copied a cell a line, with a column's name that broke over two
        lines joined (比上年 / 增长（%）: one column), where the first row has fewer cells than the names
        (粮食 / 261.5 / -2.6): the second of the two starts with a unit in brackets or a change word,
        else, before the first row's name, ends with a unit in brackets (占受援人 / 比例（%）; not
        行政复议新收 / 案件（件）, that name broken, nor 1-6月 / 同比增减（%）, a period and a change); or it
        is a period's, the second naming what of it (2021 年 / 完成情况)."""
        vocab = self.vocab
        run = self._numbers_ahead(  # (+14.16%, 7 左右)
            LONE_HEADER_MAX, lambda cell: value_of(qualified(cell, vocab)[1]) is not None)
        names = list(names)
        changes = vocab.table_change_words
        while len(names) > run + 1:
            bare = [j for j in range(1, len(names) - 1) if not COLUMN_UNIT.search(names[j])]
            j = next((j for j in bare if names[j + 1][:1] in "(（" or names[j + 1].startswith(changes)), 0) \
                or next((j for j in bare if j + 2 < len(names) and COLUMN_UNIT.search(names[j + 1])
                         and not names[j + 1].startswith(changes)
                         and not PERIOD_COLUMN.fullmatch(names[j])), 0) \
                or next((j for j in bare if PERIOD_COLUMN.fullmatch(names[j])  # (2021 年 / 完成情况)
                         and not COLUMN_UNIT.search(names[j + 1])
                         and not PERIOD_COLUMN.fullmatch(names[j + 1])), 0)
            if not j:
                break
            names[j : j + 2] = [names[j] + names[j + 1]]
        return names

    def _by_columns(self, cells: list[str], unit: str, title: str) -> tuple[Table, list[str]] | None:
        """The header of a table copied a column a line, where the lone cells read so far are its
        header's and then its rows' names, and the number that ends them starts a run of lone numbers
        as long as the table has cells (项目 / 办理件数 / 比上年增减（%） / 代理诉讼案件 /
        代理非诉讼法律事务 / 解答法律咨询（人次） / 286 / 412 / 1,735 / -4.3 / 12.6 / 8.1); or None.
        Its columns' names must each say what they hold (a unit, a change, a period), its first row's
        name not; the fewest columns that fit are taken. Or each column's name stands before its cells
        (纠纷类型 / 婚姻家庭 / … / 其他 / 件数 / 1,968 / … / 同比增减（%） / 4.6 / …: see _in_column). With
        the header, the rows' names."""
        run = self._numbers_ahead(COLUMN_RUN_MAX, lambda cell: number_of(cell) is not None)
        names = cells[1:-1]
        self.lone_blocks = len(names) == run > 1 and _names_column(cells[-1], self.vocab) \
            and not any(_names_column(name, self.vocab) for name in names)
        if self.lone_blocks:
            table = header(f"{cells[0]}\t{cells[-1]}", unit, title, self.vocab)
            return (table, names) if table is not None and len(table.columns) == 2 else None
        for k in range(2, len(cells) - 1):
            if (len(cells) - k) * (k - 1) != run or _names_column(cells[k], self.vocab):
                continue
            if all(_names_column(name, self.vocab) for name in cells[1:k]):
                table = header("\t".join(cells[:k]), unit, title, self.vocab)
                if table is not None and len(table.columns) == k:
                    return table, cells[k:]
        return None

    def _in_column(
        self, folded: str, lone: str, read: tuple[Decimal, str] | None, table: Table, qualifier: str
    ) -> Row | bool:
        """:meth:`read` for a cell of a table copied a column a line: the next row's cell of the
        column, the rows in the order their names came, each cell a row of its own; where each
        column's name stands before its cells, a name after a column's last cell adds its column."""
        names, at = self.lone_names, self.lone_at
        full = at == len(names) * (len(table.columns) - 1)
        if self.lone_blocks and full and read is None and lone and _names_column(lone, self.vocab):
            columns = [*table.columns, _column(lone, self.vocab)]
            self.lone_table = _table(columns, table.unit_line, table.title, self.vocab)
            return True
        if read is None or full:
            self.lone_table, self.lone_names = None, []
            return False
        self.lone_at += 1
        if self.lone_at == len(names) * (len(table.columns) - 1) and not self.lone_blocks:
            self.lone_table, self.lone_names = None, []  # (its last cell)
        if read[0].is_nan():
            return True
        name, row_unit = names[at % len(names)]
        column = table.columns[1 + at // len(names)]
        return Row(name, [_lone_cell(folded, read, column, row_unit, table, True, qualifier)], table, False)

    def goes_on_past(self, line: str, after: list[str | None]) -> bool:
        """Whether the table being read goes on after ``line``, no line of it (a page's running head that
        is not the report's title, after a page line), at the first of the lines ``after`` it (two, or
        three; None past the text's end): its next row, or in a table copied a cell a line, a row's first
        lines (its name, its unit cell where the table has a unit column, a number), which ``line`` and
        those after it are not."""
        if self.table is not None:
            return not self.takes_row(line) and after[0] is not None and self.takes_row(after[0])
        table = self.lone_table
        if table is None or self.lone_at != 0 or self.lone_names:
            return False
        return not self._row_starts(table, [line, *after]) and self._row_starts(table, after)

    def _row_starts(self, table: Table, lines: list[str | None]) -> bool:
        """Whether lines start a row of ``table``, read a cell a line: its name, then its unit cell where
        the table has a unit column, then a number."""
        unit = any(c.role == "unit" for c in table.columns)
        cells = [lone_cell(text) if text is not None else "" for text in lines[: 3 if unit else 2]]
        if len(cells) < (3 if unit else 2) or not all(cells) or value_of(cells[0]) is not None:
            return False
        return value_of(cells[-1]) is not None and (not unit or self.is_unit(cells[1]))

    def takes_row(self, line: str) -> bool:
        """Whether a line is a row of the table being read, its rows' names given before them or not
        (asked of a line that ends with a number, before its unit is looked for on the next line)."""
        return self.table is not None and self._row_here(self.table, fold_width(line))[0] is not None

    def _row_here(self, table: Table, folded: str) -> tuple[RowRead | None, bool]:
        """:func:`row` of a line for the table being read, else of the next of ``block_names`` before
        it, and whether that name was given; read once a line, as :meth:`takes_row` asks first and
        :meth:`_laid_out` then reads it (the key holds what row may change in the table, after it)."""
        kept_key, kept = self.row_read
        if kept_key == (table, folded, table.row_end, table.worded, len(self.block_names)):
            return kept
        got = row(table, folded, self.vocab, self.is_unit)
        named = False
        if got is None and folded.startswith("\t") and self.row_name:
            # (来访 批 914 803 / ⇥人次 2,642 2,415: the row's name in a cell merged over two lines, the
            # second's copied blank)
            got = row(table, self.row_name + folded, self.vocab, self.is_unit)
            for cell in got[1] if got is not None else ():
                cell.start, cell.end = cell.start - len(self.row_name), cell.end - len(self.row_name)
        if got is None and self.block_names:
            got = row(table, f"{self.block_names[0]} {folded}", self.vocab, self.is_unit)
            named = got is not None
        self.row_read = ((table, folded, table.row_end, table.worded, len(self.block_names)), (got, named))
        return got, named

    def _block_named(self, cells: RowRead) -> RowRead:
        """A row read with the next of ``block_names`` before its line (see _lone): that name used, and
        its cells where the line writes them."""
        shift = len(self.block_names.pop(0)) + 1
        for cell in cells[1]:
            cell.start, cell.end = cell.start - shift, cell.end - shift
        self.row_read = NO_ROW_READ  # (its cells moved: not to be read again)
        return cells

    def _name_around(self, table: Table, folded: str) -> bool:
        """Whether a line is the start of the first row's name, wrapped around its cells (市人民调解 /
        　　　1  12  186  172  5.2 / 中心, as pdftotext -layout centres a row's cells between the lines of
        a name that wraps): words alone, then a line of the cells alone that, with them, is a row."""
        start = folded.strip()
        if not start or not name_goes_on(folded) or " " in start or (after := self.peek(0)) is None \
                or COLUMN_UNIT.search(start) or holds_any(start, self.vocab.table_change_words):
            return False  # (nor the header's last line, 增长（%）, （%）)
        cells = after.split()  # (a line of spaces alone: none)
        return bool(cells) and after.startswith(" " * (len(start) + 1)) and number_of(cells[0]) is not None \
            and row(table, start + after[len(start) :], self.vocab, self.is_unit) is not None

    def _laid_out(self, number: int, line: str, folded: str) -> Row | bool:
        """:meth:`read` for a table laid out a row a line: a header, rows while they fit it (a header
        wrapped onto the line after it finishes it; a row's name wrapped goes on with the next)."""
        table = self.table
        if self.fresh and (self.again or table is not None):
            said = " ".join(folded.split())
            if self.again and said == self.again[0]:
                del self.again[0]
                return True  # (缓  刑  矫  正 again under 乡  镇  年末在册…: the header's other lines)
            self.again = []
            self.below.append(said)
        if (table is None or (self.fresh and self._row_here(table, folded)[0] is None)) \
                and (over := self._stacked(number, folded)) is not None:
            # (a header of several lines, some of which may have opened a table this row fits not: three
            # lines; two, groups whose columns' names come again under each, 调解案件 / 件数 … 件数)
            self._opened(over)
            self.opened = ("", "", "")  # (its header no one line: none said again to resume it)
        table = self.table
        if table is not None and _group_over(self.fresh or self.back[1][1][:1] in INDENTS, folded,
                                             after := self.peek(0)) \
                and after is not None and row(table, after, self.vocab, self.is_unit) is not None:
            # A group's name flush left, after the header or a row set in, over rows set in (指标 单位
            # 2013年… / 人民调解 / 　受理纠纷 件 1648…): the category of the rows under it, no header's end
            # nor row's.
            self.category, self.fresh = folded.strip(), False
            return True
        if table is not None and self.fresh \
                and folded.lstrip(" \t\u3000").startswith(self.vocab.table_index_headers):
            return True  # (栏次  1  2…: the columns' numbers, under the header, no row)
        if table is not None:
            cells, block_named = self._row_here(table, folded)
            if block_named and cells is not None:
                cells = self._block_named(cells)
            elif cells is None:
                self.block_names = []  # (the names used up, or the rows ended)
            start = self.name_start
            around = False  # (whether the row's name wraps around its cells)
            if cells is None and start and folded.startswith(" " * (len(start) + 1)):
                # (自然资源和 /            402  34.9  61  18.2 / 规划: a name wrapped around its row's cells,
                # centred by pdftotext -layout, its start read in front of them)
                cells = row(table, start + folded[len(start) :], self.vocab, self.is_unit)
                around = cells is not None
                self.name_start = "" if around else start
            beside: tuple[Row, ...] = ()
            if cells is None and table.blocks > 1 \
                    and (blocks := block_rows(table, folded, self.vocab, self.is_unit)):
                cells = blocks[0]  # (粮食 吨 286,415 6.3 棉花 吨 98,652 -4.8: the rows beside it too)
                beside = tuple(Row(name, with_row_unit(got, unit, table), table, False)
                               for name, got, _, unit in blocks[1:])
            if cells is None and self.fresh and self.other is not None:
                # (a header finished by the line under it as wrapped, whose first row fits the other
                # reading, merged: 社区矫正对象（名） over 年末在册 本年新接收 本年解除矫正)
                cells = row(self.other, folded, self.vocab, self.is_unit)
                if cells is not None:
                    self.table = table = self.other
            self.other = None
            if cells is None and self.fresh and not start and self._name_around(table, folded):
                self.name_start = folded.strip()  # (市人民调解 / 　　　1  12  186… / 中心: the first row's)
                return True
            if cells is None:
                if self.fresh and (named := corner_named(table, self.top, folded, self.vocab)) is not None:
                    self.table = named  # (        在册   新接收 / 县  区 / (人)  (人): still its header)
                    return True
                if self.fresh and (over := grouped_over(table, self.top, folded, self.vocab)) is not None:
                    self.table, self.top, self.top_at = over, folded, number
                    return True
                again = header(folded, table.unit_line, table.title, self.vocab) if self.fresh else None
                if again is not None and again.blocks == len(table.columns) > 1:
                    # (收入 支出 / 项目 行次 金额 项目 行次 金额: the line above named the blocks beside)
                    self.table, self.top, self.top_at = again, folded, number
                    return True
                if again is not None and not table.columns[0].name and again.columns[0].name \
                        and not _under_each(table, self.top, folded):
                    # (    新收同比   结收案比 / 类  别  新收（件） 审执结（件） / …增减（%）  （%）: the
                    # header's line, under the starts of its cells that wrap, centred by pdftotext -layout)
                    self.table, self.above, self.top, self.top_at = again, self.top, folded, number
                    return True
                if self.fresh:
                    # 办案数量 over 2024年 2023年: a header merged over two lines; …比上年 / 增长（%）:
                    # wrapped; 单位 万人 亿人公里…: a row of the columns' units.
                    glue = None if units_row(table, folded, self.vocab, self.is_unit) else glued(
                        self.top, folded, table, self.vocab)
                    if glue is not None:  # (营业收入 / （亿元） 比上年增长 / （%）: cells broken by <br>)
                        # (or the line names the columns under a merged cell: the first row says which)
                        self.other = spanned(table, folded, self.vocab, self.is_unit, self.peek(0))
                        self.table, self.top = glue
                        return True
                    wrapped = (units_row(table, folded, self.vocab, self.is_unit)
                               or merged(self.top, folded, table.unit_line, table.title, self.vocab)
                               or beyond(table, self.top, self.above, folded, self.vocab)
                               or continued_under(table, self.top, folded, self.vocab)
                               or added(table, folded, self.peek(0), self.vocab)
                               or continued(table, folded, self.vocab, self.top))
                    split = spanned(table, folded, self.vocab, self.is_unit, self.peek(0))
                    self.other = split if wrapped is not None else None
                    wrapped = wrapped or split
                    if wrapped is not None:
                        if len(wrapped.columns) == len(table.columns):
                            # (two blocks a row, their units under each)
                            wrapped.blocks, wrapped.block_cuts = table.blocks, table.block_cuts
                        self.table = wrapped
                        return True
                elif _groups(folded):
                    return True  # (按常住地分： / 城镇居民 49872…: a group's name over the rows, no row)
                if (piece := name_piece(table, folded)) is not None:
                    # (指标   指标    心理测评覆盖 / 在册人员 ≥ 95…: the next row's name begun, its
                    # categories' words wrapped beside it; or these alone)
                    self.name_start = self.name_start + piece
                    return True
                name_begun = name_goes_on(folded) and heading_match(line) is None
                if (not self.name_start or self.around) and name_begun \
                        and (not self.fresh or _under_names(self.top, folded)):
                    # (the first row's too, under the header's rows' names: 单  位 诉讼案件… / 市自然资源和 /
                    # 规划局 76…)
                    # (or after the end of a name wrapped around its row's cells, 村（居）调委 / 319 … / 会,
                    # the next row's name starts: 行业性专业 / 9 … / 性调委会)
                    if folded.lstrip()[0] in "(（":
                        return True  # (人均可支配收入 元 22486… / （纯收入）: the end of the name above)
                    self.name_start = folded.strip()  # (电力、热力、燃气及水生产 / 和供应业 6.5)
                    return True
            if self.fresh and not table.unit and table.values and cells is not None:
                table.unit = self._noted_unit()  # (注：单位为人, under the rows)
            if self.fresh and cells is not None:
                self.resumed = (self.opened[0], table, tuple(self.below[:-1]))
            self.fresh = False
            if cells is not None:
                name = self.name_start + cells[0].strip() if self.name_start else cells[0]
                self.started, self.name_start, self.around = bool(self.name_start), "", around
                self.category = cells[2] or self.category
                unit = cells[3]
                if self.started and not unit:
                    # (担任常年法律顾问 / （家） 623 574 8.5: the unit ends the name the line above began)
                    bare, own = named_unit(name)
                    if own and self.is_unit is not None and self.is_unit(own):
                        name, unit = bare, own
                listing = name.startswith(LISTING)
                indent = len(folded) - len(folded.lstrip(" \t\u3000"))
                if unit:
                    self.row_unit, self.listing, self.row_indent = unit, listing, indent
                elif listing or self.listing or is_part(name) or indent > self.row_indent:
                    # (粮食总产量（万吨） 56.82 / #马铃薯（折粮） 31.47: the whole's; 受理案件（件） /
                    # 其中：刑事案件 / 民事案件: the parts after a 其中 row too; not a row indented as
                    # the rows above it, in a PDF's copy whose rows are all indented)
                    unit, self.listing = self.row_unit, self.listing or listing
                self.last = (cells[1], unit)
                self.row_name = name
                return Row(name, with_row_unit(cells[1], unit, table), table, False, self.category, beside)
            self.name_start = ""
            self.table = None
        if not may_open(folded):
            return False
        title, unit = self._notes(number, NOTES_REACH)
        said = " ".join(folded.split())
        if not (title or unit) and said == self.opened[0]:
            title, unit = self.opened[1:]  # (乡  镇  年末在册… again under a page's line: its unit, 人)
            if said == self.resumed[0] and self.resumed[1] is not None:
                self._opened(self.resumed[1])
                self.top, self.top_at, self.above, self.again = folded, number, "", list(self.resumed[2])
                return True
        broken = self._cells_broken(folded) if "\t" in folded else None
        if broken is not None:  # (应出庭 / 案件数（件） 负责人出庭 / 案件数（件）…: a header's cells broken)
            folded, self.done_at = broken[0], number + broken[1]
        self.table = header(folded, unit, title, self.vocab)
        above = self.top if self.top_at == number - 1 else ""
        if above and (wrapped := wrapped_below(above, folded, unit, title, self.vocab)) is not None:
            self.table = wrapped
        if self.table is not None:
            self.opened = (said, title, unit)
        if self.table is not None and above \
                and (started := started_above(self.table, above, folded, self.vocab)):
            self.table = started  # (     调委会 其中：双 受理纠 / 乡（镇） （个） 语调解员 纷（件）)
        if self.table is None and above:  # (被申请人 审结数 审结结果 / 		维持 驳回…)
            title, unit = self._notes(number, NOTES_REACH + 1)
            self.table = merged(above, folded, unit, title, self.vocab) \
                or grouped(above, folded, unit, title, self.vocab) \
                or with_units(above, folded, unit, title, self.vocab) \
                or grouped_by_place(above, folded, unit, title, self.vocab)
        (groups_at, groups), (corner_at, corner) = self.back
        if self.table is None and corner_at == number - 1 and groups_at == number - 2 \
                and (corner := lone_name(corner)):
            # (2023 年  2022 年 / 类  别 / 收案（件） 结案（件） 收案（件）…: the rows' name between, on its
            # own line, as pdftotext -layout centres a cell as tall as the header's two lines)
            self.table = grouped_by_place(groups, folded, unit, title, self.vocab, corner)
        if self.table is None and self.pointed[0] == number - 1 and not title:
            # (…各司法所情况如下： / 司法所 在册人数 其中缓刑 本年入矫: a header that names no unit, under the
            # sentence that points to it, its title)
            pointed = header(folded, unit, self.pointed[1], self.vocab)
            # (not groups over a header's second line, 社区矫正对象（人） 刑满释放人员（人）: no rows' names)
            self.table = pointed if pointed is not None and not COLUMN_UNIT.search(pointed.columns[0].name) \
                else None
        self.top, self.top_at, self.above = folded, number, above
        if self.table is not None:
            self._opened(self.table)
            return True
        if notes_table(folded, self.vocab):  # 表1 2016年主要农产品产量, 单位：%: for a header after
            self.notes, self.notes_at = notes(folded, *self.notes, self.is_unit), number
        return False

    def _cells_broken(self, folded: str) -> tuple[str, int] | None:
        """A header set apart by tabs whose cells each break over lines, as a browser copies cells with
        line breaks (序号 单位 应出庭 / 案件数（件） 负责人出庭 / 案件数（件） 出庭应诉率 / （%） 较上年增减 /
        （个百分点）): its lines joined, and how many lines after it they take, where the line after them is
        a row with as many cells; or None."""
        joined = folded
        for k in range(BROKEN_MAX):
            after = self.peek(k)
            if after is None or not after.strip():
                return None
            if holds_figure(after):
                # (three lines at least, and no cell's unit before more words: 社区矫正对象（名） / 年末在册
                # 本年新接收, a header of two levels, is no cell broken: see spanned)
                cells = [cell.rstrip(")）") for cell in joined.split("\t")]
                inner = any(")" in cell or "）" in cell for cell in cells)
                whole = k > 1 and after.count("\t") == joined.count("\t") and not inner
                return (joined, k) if whole else None
            if PROSE.search(after) or _long(after):
                return None
            joined += after.strip(" \u3000")
        return None

    def _noted_unit(self) -> str:
        """The unit a note under a table's rows gives all its values (注：单位为人; 注：表中单位除注明外
        均为人), read ahead from its first row past the others, or ""."""
        for k in range(NOTE_AHEAD):
            after = self.peek(k)
            if after is None:
                return ""
            text = after.strip()
            if not text:
                continue
            m = NOTED_UNIT.match(text)
            if m is not None:
                unit = m.group("unit")
                return unit if self.is_unit is not None and self.is_unit(unit) else ""
            if text.startswith("注") or PROSE.search(text) or heading_match(text) is not None:
                return ""  # (the rows end before any note that gives a unit)
        return ""

    def _opened(self, table: Table) -> None:
        """A table's header read: its rows to come, none read yet."""
        self.table, self.fresh, self.category, self.row_unit, self.listing, self.row_indent = \
            table, True, "", "", False, 0
        self.below = []

    def _stacked(self, number: int, folded: str) -> Table | None:
        """The table whose header of two lines or more, set out by spaces, stands right before line
        ``number``, a row of it (see stacked), or None. The lines are those since the last that was
        prose, a number's or the table's title; the header is read on screen first, then by characters,
        whichever gives a table this row fits, a cell a column."""
        if not holds_figure(folded) or len(self.recent) < STACKED_MIN + 1:
            return None
        run: list[str] = []
        for at, text in reversed(list(self.recent)[:-1]):
            if at != number - len(run) - 1 or at == self.notes_at or holds_figure(_years_joined(text)) \
                    or max(map(len, text.split()), default=HEADER_CELL_MAX + 1) > HEADER_CELL_MAX:
                break  # (a blank line, a number's, or a title: 安吉县 2012 年国民经济和社会发展主要指标)
            run.insert(0, text)
        if len(run) < STACKED_MIN:
            return None  # (most lines with a number: prose's, or a row's right under a header read)
        title, unit = self._notes(number, NOTES_REACH + len(run))
        # (the row's cells one a column, none of its words joined to its name: the header read right)
        cells = len(_qualifiers_joined(folded, cell_spans(folded), self.vocab))
        for k in range(len(run), STACKED_MIN - 1, -1):
            for on_screen in (True, False):
                table = stacked(run[-k:], unit, title, self.vocab, on_screen)
                if table is not None and len(table.columns) == cells \
                        and row(table, folded, self.vocab, self.is_unit) is not None:
                    return table
        return None

    def _notes(self, number: int, reach: int) -> tuple[str, str]:
        """The title and unit line for a header at line ``number``, if they stand ``reach`` lines
        before it at most."""
        return self.notes if number - self.notes_at <= reach else ("", "")


# How many lines a header whose cells break over lines may take after its first (see _cells_broken).
BROKEN_MAX: Final = 8
# How many lines before a table's header its title and unit line may stand; how many cells a header
# laid out a cell a line may have.
NOTES_REACH: Final = 3
LONE_HEADER_MAX: Final = 12
# How many lone numbers after the rows' names are counted, to tell a table copied a column a line.
COLUMN_RUN_MAX: Final = LONE_HEADER_MAX * LONE_HEADER_MAX // 4
