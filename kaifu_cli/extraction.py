"""Extraction: from a report's text to its indicators.

The steps, each small and pure:

1. ``find_figures`` — numbers with their unit, qualifier and value, on one line,
   with names, dates, ordinals, ranges and codes left out;
2. ``_describe_line`` — each figure's kind and sign (a rise or fall against a
   baseline), its label from the words around it, and its clause and sentence;
3. ``extract`` — lines, headings and sections put together into
   :class:`~kaifu_cli.indicator.Indicator` records.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise
from typing import Final, NamedTuple

from . import meaning, numerals, structure, tables
from .classification import Section, Taxonomy
from .classification import default as default_taxonomy
from .figures import Described, Figure
from .indicator import Indicator
from .vocabulary import Vocabulary, any_of, holds_any, longest_first
from .vocabulary import load as load_vocabulary

# Module constants are Final: compiled by mypyc, they are read as C statics, not looked up by name.
LABEL_MAX: Final = 24
ONE: Final = Decimal(1)


# Joiners of a list of figures that share one unit or one verb: 2.16和1.66个百分点, 3.6%和3.1%.
LIST_JOINERS: Final = frozenset("和、与及或")
# Characters that end the noun after a figure.
# (1,847件/2,536人: / between figures; 典型案例.全年: a point that is a full stop, as web copies write it;
# a footnote's mark, 审结 381 件①，, 1,874 件[1]，, 47 件1）: a superscript a PDF's copy flattened)
AFTER_BREAKS: Final = re.compile(r"[(（)）、，,。；;：:！!？?/\s\[［\u2460-\u2473]|\.(?!\d)|\d(?=[)）])")
# Marks of a range or a date around a number: 1-9月, 2013—2015, 3·15, 25.72:26.84, a time of day
# (上午10时50分, 9:32).
RANGE_MARKS: Final = "-—–~～至到"
DATE_MARKS: Final = "·:：时"

# The last years (近三年): a period, except where a part of a total is counted over them (see _strip_label).
LAST_YEARS_PHRASE: Final = r"近[一二两三四五六七八九十\d]+年"
# The start of a label that is only time or enumeration: 截至6月30日, 2021年, 1-9月, 一是.
LEAD_NOISE_PHRASES: Final = r"""
    (?:
        (?:截至|截止|到|至|自|从|)\s*                        # (optional parts as (?:X|): see meaning.TIME)
        (?=\d)                                                   # a time phrase starts with a number
        (?:\d{4}\s*年(?:度|)|)
        (?:\d{1,2}\s*(?:[-—~至]\s*\d{1,2}\s*|)月(?:份|)|)
        (?:\d{1,2}\s*日|)
        (?:底|末|止|以来|来|中旬|上旬|下旬|初|前|)                # 前: a deadline, 6月30日前
      (?<=[年月日底末止来旬初份度前])                           # the time phrase must end on one of these
      (?!(?<=日)内)                                              # 7日内: a time limit, which names the figure
      | (?:今年|去年|当年|本年)以来
      | (?:近|多|)[一二两三四五六七八九十\d]*年(?:以来|来)          # 五年来, 近两年来, 多年来, 3年来
      | """ + LAST_YEARS_PHRASE + r"""                            # 近三年: the last three years
      | [一二两三四五六七八九十]+年(?:间|里|)(?![来以内])           # 五年提高8.6个百分点, 两年平均增长
      | “?十[一二三四五]五”?(?:期间|以来|时期)                    # 十三五期间, “十四五”以来
      | (?:本年度|今年度|全年度|上半年|下半年|全年(?!预算)|今年|去年|当年|本年|年内|年初以来|年初至今
         |年末前|年底前|年末|年底|年初(?!预算)                 # (年初预算, 全年预算: a budget's two)
         |同期|目前|当前|近年来|初步测算|据统计)
      | (?:一|二|三|四|前三|第[一二三四])季度
      | [一二三四五六七八九十]+是
      | (?:首先|其次|再次|最后|另外|此外|同时)
      | (?:受|因|由于)[^，,。；;：:\d]{1,8}?(?:影响|冲击|原因)  # 受疫情影响下降2.3%: why, not what
      | [(（][一二三四五六七八九十\d]+[)）]
      | \d+[.、．](?!\d)
      | [\u2460-\u249b]                                        # ①…⑳, ⑴…⒇, ⒈…⒛
    )
"""
# The characters those phrases start with, one alternative after the other (tests/test_extraction.py
# checks that LEAD_NOISE, which looks at them first, matches as the phrases alone do): whitespace
# and digits (2021年), and these.
LEAD_NOISE_FIRST_CHARS: Final = (
    "截到至自从"  # 截至6月30日
    "上下全今去当本年同目近初据多两“"  # 上半年, 同期, 据统计, 多年来, 两年来, “十四五”以来
    "一二三四前第五六七八九十"  # 一季度, 前三季度, 第一季度, 三是
    "首其再最另此"  # 首先, 其次
    "受因由"  # 受疫情影响, 由于
    "(（"  # (一)
    + "".join(map(chr, range(0x2460, 0x249C)))  # ①…⑳, ⑴…⒇, ⒈…⒛
)
LEAD_NOISE_FIRST: Final = r"\s\d" + LEAD_NOISE_FIRST_CHARS  # the inside of a character class
LEAD_NOISE: Final = re.compile(
    rf"^(?=[{LEAD_NOISE_FIRST}]){LEAD_NOISE_PHRASES}",  # most labels start otherwise: they fail at once
    re.VERBOSE,
)


@cache
def _figure_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    bases = [*vocab.unit_kinds, *vocab.streak_units]
    inner = _one_of(vocab.qualifiers_inner)
    spoken, spoken_scales = _one_of(vocab.spoken_counters) or "(?!)", _one_of(vocab.spoken_scales) or "(?!)"
    base_alt = rf"(?:{_one_of(bases)})(?:/(?:{_one_of(vocab.per_units)})|)"  # 元, 元/平方米 (see _unit)
    scale_alt = _one_of(vocab.scales)
    unit_starts = re.escape("".join(sorted({word[0] for word in [*bases, *vocab.scales]})))
    inner_first = re.escape("".join(sorted({word[0] for word in vocab.qualifiers_inner})))
    cn = numerals.CHINESE_NUMERAL_CHARS
    cn_digits = numerals.CHINESE_DIGITS  # (a decimal's digits after 点, read one by one)
    quote_openers = re.escape(structure.QUOTE_OPENERS)
    joiners = re.escape("".join(sorted(LIST_JOINERS)))
    # (连续 5 年: a number set apart by spaces, as PDFs give it)
    streak_words = [*vocab.streak_prefixes, *(word + " " for word in vocab.streak_prefixes)]
    after_streak_word = f"(?:{_after_any(streak_words)})"
    # What find_figures would otherwise look up around each number, with slices and set look-ups.
    excluded_last = {word[-1] for word in (*vocab.excluded_before, *vocab.phone_before, *vocab.captions,
                                           *vocab.villages, *VILLAGE_PART_JOINERS)}
    before_marks = _chars({*excluded_last, *":：", *DATE_MARKS, ".", *RANGE_MARKS, *FORMULA_MARKS})
    after_marks = _chars({*DATE_MARKS, *RANGE_MARKS, *string.ascii_letters})
    words_before = longest_first(list(vocab.qualifiers_before))
    last_before = _chars({word[-1] for word in words_before})
    words_after = longest_first(list(vocab.qualifiers_after))
    first_after = _chars({word[0] for word in words_after})
    after_words = _one_of(words_after)
    # A date (2023年: a streak unit, no streak word before the number) is marked for find_figures by
    # an empty group, `date`, where the unit ends as a streak unit does; if some other word a unit
    # can end with ended that way too, the mark would not be exact, and it never matches.
    others = [*(u for u in bases if u not in vocab.streak_units), *vocab.scales, *vocab.qualifiers_inner]
    exact = vocab.streak_units and not any(word.endswith(vocab.streak_units) for word in others)
    # (not one per year after a slash: 2400万吨/年, a capacity)
    per_streak = "".join(f"(?<!/{re.escape(word)})" for word in vocab.streak_units)
    ends_streak = f"{per_streak}(?:{_after_any(vocab.streak_units)})" if exact else "(?!)"
    # Quoted names and titles are matched too, so that the search steps over them whole: a number
    # in one (“八五”普法, 《…(2022—2025)》) is never a figure. No figure holds a quote mark, so the
    # spans found are those structure.quoted_spans finds.
    # An optional part is written (?:X|), not X?: the same match, but re runs a group made optional
    # with ? through its general repeat machinery, several times slower.
    # The pattern starts with a lookahead, so re tries its matcher at every character of a line,
    # not only at those of the class (as it would if the first step took a character): the groups
    # start with the match, so no character can be taken before them. Searching first for a place
    # with a pattern that takes one (as meaning.TIME_START does for TIME), then matching there, costs
    # a second call per match: find_figures was slower so (17.3 -> 18.2 ms/MB, compiled).
    return re.compile(
        rf"""
        (?=[{quote_openers}\-−﹣+＋{numerals.DIGIT_RANGES}{cn}])  # where a quote or a figure can start
        # A Chinese numeral counts only with a unit, and its match takes the whole run of numerals
        # (nothing after the run can fail the match, so none is given back): unless a unit or an inner
        # qualifier may follow the run, the match would be dropped, so it is not tried. A 百分之 right
        # after a numeral stands in the run the match stepped over: it is not tried either. Nor is any
        # place inside a run (after a numeral): each would look along the rest of the run again, and
        # a long run with no unit after it would take time in the square of its length.
        (?=(?![{cn}])
          | (?<![{cn}])[{cn}]++(?:点[{cn_digits}]++|)[ \t\u3000\xa0]?[{inner_first}{unit_starts}]
          | (?<![{cn}])[百千]分之)
        (?:
            (?P<quoted>{structure.QUOTE_SPAN.pattern}
            )
          |
            (?:{after_streak_word}(?P<streak_word>)|)     # 连续3年 (a streak word before): not a date
            # Empty groups that tell find_figures what stands right before the number: a mark of an
            # ordinal, a range or a date (第3, 1-9, 3·15) or a space, after which it may be excluded;
            # a qualifier (超过300). The class first: most numbers fail it at once.
            (?:(?<=[{before_marks}\s])(?P<mark_before>)|)
            (?:(?<=[{last_before}])(?:{_after_any(words_before)})(?!{_after_any(vocab.not_qualifiers_before)})
               (?P<qualifier_before>)|)                  # (not 通过3件)
            (?:(?P<sign>(?<![0-9{cn}%])[-−﹣+＋](?=\d))|)  # a sign: 增长-0.5%, +5.2%; not 2-3次, 5%-6%
            (?:
                # Not inside a code, a version or a file name (but after a point that ends a sentence:
                # 成效明显.30个重点项目).
                (?<![A-Za-z0-9_])(?<![A-Za-z0-9_]\.)
                (?P<arabic>
                    (?=\d++,)                             # (most numbers have no comma: skip two tries)
                    (?:
                        \d++(?:,\d{{3}}){{5,}}+             # 16 digits or more in groups: a code, read whole
                      | \d{{1,3}}+(?:,\d{{3}}){{1,4}}+(?![\d,])(?:\.\d+|)  # 70,433 (possessive)
                    )
                  | \d+(?:\.\d+|)
                )
              | [百千]分之(?P<cn_percent>[{cn}点]+)           # 百分之七十二点一, 千分之三 (‰)
              | (?P<chinese>[{cn}]+(?:点[{cn_digits}]+|))    # 三百, 两万, 四; 三点二 (亿元), as spoken
            )
            (?:(?(cn_percent)(?!)|(?=[{after_marks}]))(?P<mark_after>)|)  # 2013—2015, 25:26, 3G
            (?:[ ]{{1,2}}+|[\t\u3000\xa0]|)                # text from PDFs and tables: 1200 件; a line
                                                          # justified by pdftotext -layout: 14.8  万人次
            (?:(?P<inner>{inner}                          # 60余份, 300多人
                | {spoken}(?:{inner}|)(?={spoken_scales}))|)  # 2.1个亿, 三个多亿: the counter as spoken
            (?:(?P<unit>
                (?=[{unit_starts}])                       # (where no unit starts, fail at once)
                (?:
                    (?:{base_alt})                        # 件, 人次, 千克 (a unit that starts like a scale)
                  | (?P<scale>{scale_alt})                # 万元, 万余人, 亿; 3千余万元: 3000 万元 (_unit)
                    (?:(?P<inner2>{inner})(?:{base_alt}|{scale_alt}(?:{base_alt}|)|) | (?:{base_alt}|))
                )
              )
              # 300人以上, 99% 以上 (a space in text from PDFs)
              (?:(?=[ \t\u3000]?[{first_after}])(?=[ \t\u3000]?(?:{after_words}))(?P<qualifier_after>)|)
              (?:(?(arabic)(?(streak_word)(?!)|{ends_streak})(?P<date>))|)  # 2023年: a date (see above)
              # No unit. An Arabic number not followed by a list joiner or a space is no figure
              # (find_figures drops it: see there): the empty group `skip`, closing last, tells it
              # so at once. It only marks the match; the span and the other groups stay the same.
              | (?(arabic)(?![{joiners}\s])(?P<skip>))
              |
            )
        )
        """,
        re.VERBOSE,
    )


@dataclass(frozen=True)
class _FigureWords:
    """What ``find_figures`` consults for every number, built once per vocabulary."""

    pattern: re.Pattern[str]
    quoted_group: int
    skip_group: int
    """The group that marks a bare number outside a list (dropped, but for a nil rate: 再犯罪率为0)."""
    dropped_groups: frozenset[int]
    """The numbers of the pattern's groups that, when they close last (``Match.lastindex``), mark a
    match that is a quoted name, or a Chinese numeral without a unit, a bare number outside a list or
    a date: about 10,000 of the 17,500 matches in a megabyte, told apart without reading the groups."""
    qualifiers_before: tuple[tuple[str, str], ...]
    """(word, name) pairs before a figure, longest word first."""
    qualifiers_after: tuple[tuple[str, str], ...]
    words_before: tuple[str, ...]
    """The words of ``qualifiers_before``: one ``endswith`` call tells whether any of them is there."""
    words_after: tuple[str, ...]
    broken_after: frozenset[str]
    """What may stand after a figure at a line's end, the rest of its qualifier on the next: nothing,
    or the start of one of ``words_after`` (以 of 以上, 左 of 左右; see _qualifier_right)."""
    broken_before: frozenset[str]
    """What may stand before a figure at a line's start, the rest of its qualifier on the line above:
    the end of one of ``words_before`` (于 of 不低于; see _qualifier_left)."""
    unit_words: dict[str, tuple[str, ...]]
    """For each base unit, the words of ``vocab.unit_words`` that can start where it starts (those
    that begin with it or it begins with): 人 -> 人民; most units have none."""
    grade_chars: str
    """The first characters of ``vocab.grades`` (级): most figures are followed by none of them."""
    field_last: str
    """The last characters of ``vocab.ranking_fields`` (全市): most figures stand after none of them."""
    units: dict[str, _Unit]
    """What a unit as the pattern matches it (万余人) comes to, filled in as units are met: a few
    hundred words of the vocabulary, not of the text. The pattern reads a unit the same way wherever
    it stands (what follows it cannot change how it splits), so its word alone is the key."""


@cache
def _figure_words(vocab: Vocabulary) -> _FigureWords:
    before, after = (
        tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))
        for table in (vocab.qualifiers_before, vocab.qualifiers_after)
    )
    pattern = _figure_pattern(vocab)
    return _FigureWords(
        pattern=pattern,
        quoted_group=pattern.groupindex["quoted"],
        skip_group=pattern.groupindex["skip"],
        dropped_groups=frozenset(pattern.groupindex[name] for name in ("chinese", "skip", "date")),
        qualifiers_before=before,
        qualifiers_after=after,
        words_before=tuple(word for word, _ in before),
        words_after=tuple(word for word, _ in after),
        broken_after=frozenset(("", *(word[:k] for word, _ in after for k in range(1, len(word))))),
        broken_before=frozenset(word[k:] for word, _ in before for k in range(1, len(word))),
        unit_words={
            unit: tuple(w for w in vocab.unit_words if w.startswith(unit) or unit.startswith(w))
            for unit in (*vocab.unit_kinds, *vocab.streak_units)
        },
        grade_chars="".join(sorted({word[0] for word in vocab.grades})),
        field_last=_last_chars(vocab.ranking_fields),
        units={},
    )


class _Unit(NamedTuple):
    """A unit as a figure gives it, and what find_figures asks about it, worked out once per unit."""

    unit: str
    """万余人 -> 万人: the inner qualifier is the figure's, not the unit's."""
    scale: Decimal
    base_unit: str
    kind: str
    streak: bool
    """A streak unit (年): a figure only after a streak word (连续3年), else a date."""
    words: tuple[str, ...]
    """Words that begin where the base unit does (人 -> 人民), or none."""
    factor: Decimal
    """What the number is multiplied by: 1000 for 3千余万元, read as 3000 万元 (as 三千余万元 is)."""
    standalone: bool
    """A unit that counts only where no ideograph follows it but a qualifier's (九成以上; not 成功)."""
    grade: bool
    """A unit that names a grade, never an amount (220千伏变电站)."""


# A unit written with a part in brackets (人(次), 台（套）) is given without them; a part in brackets
# inside it is another counter it may be read with, and left out (件（批）次: 件次).
UNBRACKETED: Final = str.maketrans("", "", "()（）")
INNER_BRACKET: Final = re.compile(r"[(（][^()（）]*[)）](?=.)")


def _unbracketed(unit: str) -> str:
    return INNER_BRACKET.sub("", unit).translate(UNBRACKETED) if "(" in unit or "（" in unit else unit


def _unit(unit: str, scale_word: str, inner2: str, words: _FigureWords, vocab: Vocabulary) -> _Unit:
    base_unit = unit[len(scale_word) :].replace(inner2, "", 1) if scale_word else unit
    factor = ONE
    if inner2 and base_unit not in vocab.unit_kinds:
        # A second scale after the qualifier (3千余万元): the first one belongs to the number.
        for second in longest_first(tuple(vocab.scales)):
            if base_unit.startswith(second):
                factor, scale_word, base_unit = vocab.scales[scale_word], second, base_unit[len(second) :]
                break
    # A unit per something (元/平方米) is of the kind of the unit before the slash, unless it is one
    # of the vocabulary's own (微克/立方米).
    per_what = base_unit if base_unit in vocab.unit_kinds else base_unit.partition("/")[0]
    return _Unit(
        _unbracketed(scale_word + base_unit if inner2 else unit),  # 人(次) is 人次
        vocab.scales.get(scale_word, ONE),
        _unbracketed(base_unit),
        vocab.unit_kinds.get(per_what, "count"),
        base_unit in vocab.streak_units,
        words.unit_words.get(base_unit, vocab.unit_words) if base_unit and per_what == base_unit else (),
        factor,
        base_unit in vocab.standalone_units,
        base_unit in vocab.grade_units,
    )


def _chars(chars: Iterable[str]) -> str:
    """The inside of a character class of the characters."""
    return "".join(map(re.escape, sorted(chars)))


def _after_any(words: Iterable[str]) -> str:
    """A pattern true right after any of the words (one lookbehind each: they must be of fixed width)."""
    return "|".join(f"(?<={re.escape(word)})" for word in words) or "(?!)"


def _one_of(words: Iterable[str]) -> str:
    """A pattern for the longest of the words that stands at a position: the words of two or more
    characters in turn, longest first, then all one-character words as one class (one test, not
    one per word)."""
    ordered = longest_first(list(words))
    longer = [re.escape(word) for word in ordered if len(word) > 1]
    single = "".join(re.escape(word) for word in ordered if len(word) == 1)
    return "|".join([*longer, f"[{single}]"] if single else longer)


def find_figures(
    folded: str, vocab: Vocabulary | None = None, quotes: list[tuple[int, int]] | None = None
) -> list[Figure]:
    """The figures on one line, width-folded (`numerals.fold_width`), in order, with names, dates,
    ordinals, ranges and codes left out. (``extract_lines`` folds each line once, for every step.)

    A megabyte of reports has about 17,500 matches of the pattern and 7000 figures, so each match
    is read once and the loop does the least it can: quoted names, Chinese numerals in prose, bare
    numbers outside a list and dates such as 2023年 are dropped on sight (the pattern marks them with
    the group that closes last), then come the tests that leave out most of the rest (units that
    begin a word), and only then is the number read. The functions for rarer cases (Chinese
    numerals, marks around the number, qualifiers) are called only where the pattern's empty groups
    say that what stands next to the number may have something to say.

    ``quotes``: a list to which the spans of the line's quoted names are added, as the search steps
    over them (``extract_lines`` hands them to ``meaning``, which would search them again).
    """
    if not folded:
        return []  # a third of a report's lines are blank
    vocab = vocab or load_vocabulary()
    words = _figure_words(vocab)
    found: list[Figure] = []
    bare: list[tuple[int, int, Decimal, bool]] = []  # numbers without a unit: may share the next one's
    quoted_group, dropped_groups, units = words.quoted_group, words.dropped_groups, words.units
    skip_group = words.skip_group
    for m in words.pattern.finditer(folded):
        # Half the matches are dropped on sight, by the group that closed last (a number; reading
        # all the groups into a tuple costs more than that).
        last = m.lastindex
        if last == quoted_group:
            if quotes is not None:
                quotes.append(m.span())
            continue  # a quoted name
        if last in dropped_groups:
            # 一, 万 in prose: a Chinese numeral counts only with a unit (one followed by 余 or 多
            # closes that group last, and is dropped below). 2023-2025, 3月: a bare number outside a
            # list (below too: ``not unit`` and no joiner after it). 2023年: a date (below too).
            if last == skip_group and (
                    (after := folded[m.end() : m.end() + 2])[:1] in BARE_RATE_AFTER
                    or (after[:1] == "." and not after[1:].isdigit() and after[1:] not in ("%", "％")
                        and (after[1:] or "." in folded[m.start() : m.end()]))
            ) and _bare_rate(folded, m.start(), m.end(), found, vocab):
                # (…死亡率为0.023.: a full stop written ., as web copies give it; but not 率为0. at a line's
                # end, where a wrap may have broken the number at its point)
                rate = Decimal(folded[m.start() : m.end()])
                found.append(Figure(m.start(), m.start(), m.end(), rate, "", ONE, "", "percent", "", False))
            continue
        (
            _,
            _,
            mark_before,
            qualifier_before,
            sign,
            arabic,
            cn_percent,
            chinese,
            mark_after,
            inner_before,
            unit_or_none,
            scale_or_none,
            inner2,
            qualifier_after,
            _,
            _,
        ) = m.groups()
        if chinese and not unit_or_none:
            continue  # 三余 in prose, as 一, 万 above
        number_start, end = m.span()  # a sign, if any, starts the number
        read: Decimal | None = None  # a Chinese numeral's value; an Arabic one is read below
        if arabic:
            unit = unit_or_none or ""
            if unit:
                unit_info = units.get(unit) or units.setdefault(
                    unit, _unit(unit, scale_or_none or "", inner2 or "", words, vocab)
                )
        else:
            read, unit, scale_word = _chinese_reading(
                m,
                chinese,
                cn_percent,
                unit_or_none or "",
                scale_or_none or "",
                inner_before or inner2 or "",
                folded,
                vocab,
            )
            if read is None:
                continue
            if unit:
                unit_info = _unit(unit, scale_word, inner2 or "", words, vocab)  # moved by _move_scale
        # First the tests that leave out most numbers (dates such as 2023年, numbers outside a list).
        if not unit:
            joiner = folded[end : end + 1]
            if joiner not in LIST_JOINERS and not joiner.isspace():
                continue  # a number without a unit counts only in a list that lends it one (_share_units)
        else:
            figure_unit, scale, base_unit, kind, streak, unit_words, factor, standalone, grade = unit_info
            if streak and not _after_streak_word(folded, number_start, vocab):
                continue  # 2023年 is a date; 连续3年 a figure
            if (
                unit_words
                and folded.startswith(unit_words, end - len(base_unit))
                and not folded.startswith(vocab.unit_words_but, end - len(base_unit))
            ):
                continue  # 3人民, 2019元旦: the unit character begins another word (not 233个人民)
            if not arabic and folded.startswith(vocab.numeral_unit_words, end - len(base_unit)):
                continue  # 三元区, 二元结构: a name (but 500万元区级配套)
            if standalone and "\u4e00" <= folded[end : end + 1] <= "\u9fff" and qualifier_after is None \
                    and not (folded[end] in WORD_JOINERS and (
                        folded[end + 1 : end + 1 + JOINED_REACH].lstrip(" ")[:1].isdigit()
                        or folded.startswith(vocab.per_basis, end + 1))):
                continue  # 一成不变, 成功: the unit begins a word (not 9.2小时和8.6小时, 9.2 小时和 8.7 小时)
            if grade or (end < len(folded) and folded[end] in words.grade_chars
                         and folded.startswith(vocab.grades, end)):
                continue  # 10亿级项目, 220千伏变电站: the grade of a class of things
            if base_unit in vocab.duration_units and not _names_a_length(folded, number_start, vocab):
                continue  # 6月30日: a date (审理期限缩短至35日 is a length of time)
            if kind == "count" and number_start and (
                folded[number_start - 1] in words.field_last
                or ((k := _before_spaces(folded, number_start)) and folded[k - 1] in words.field_last)
            ) and _ranking_field(folded, number_start, end, vocab):
                continue  # 居全市4个县(区)第2位, 居全省 14 个市第 6 位: the field a rank is taken in
        value = numerals.arabic_value(arabic) if arabic else read
        if value is None:
            continue
        if unit and factor is not ONE:
            value = numerals.tidy(value * factor)  # 3千余万元
        # (The marks are empty groups: matched, they are "", not None.)
        if (mark_before is not None or mark_after is not None) and _excluded_around(
            folded,
            number_start,
            m.end("arabic") if arabic else m.end("chinese") if chinese else 0,  # where the number ends
            bool(inner_before),
            unit,
            vocab,
        ):
            continue
        if sign and sign not in "+＋":
            value = -value
        if not unit:
            bare.append((number_start, end, value, chinese is not None))
            continue
        inner = inner_before or inner2
        if inner and inner.startswith(vocab.spoken_counters):
            inner = inner[1:]  # (三个多亿: 多; the counter as spoken, 个, says nothing)
        start, qualifier = number_start, ""
        if (
            inner
            or qualifier_before is not None
            or qualifier_after is not None
            or (mark_before is not None and folded[number_start - 1 : number_start] in SPACES)
            # (百分之五十 has its unit "%" from no unit group, where the pattern looks for 以上 and the like)
            or (cn_percent and folded.startswith(words.words_after, end))
        ):
            unit_end = end
            qualifier, start, end = _qualifier(folded, number_start, end, inner or "", words, vocab)
            if (end != unit_end or start != number_start) and _bounds_a_class(
                folded, (start, number_start), (unit_end, end), kind, vocab
            ):
                continue  # 死亡3人以上的事故, 50亿元以上项目2个: the bound of a class, not a figure
        if not qualifier and number_start > QUALIFIER_GAP:
            qualifier = _qualifier_across(folded, number_start, vocab)  # (至少配备2名)
        found.append(Figure(start, number_start, end, value, figure_unit, scale, base_unit, kind, qualifier,
                            chinese is not None))
    found = _share_units(folded, found, bare, vocab) if bare else found
    if len(found) > 1:
        found = _without_class_ranges(folded, found)
    if "个百分点" in folded or "个千分点" in folded:  # (分别提高2.1个和1.7个百分点)
        found = _whole_points(folded, found)
    if "=" in folded or "＝" in folded:  # (注：1 斤 = 0.5 千克)
        found = _without_equivalences(folded, found)
    return _joined_scales(found) if any(not f.base_unit for f in found) else found


def _without_class_ranges(folded: str, found: list[Figure]) -> list[Figure]:
    """The figures less the two ends of a range that bounds a class of things, as a bound does (see
    _bounds_a_class): a range of figures with units, then 的 or 之间 (10万元至50万元的案件89件, 标的额在
    100万元至500万元之间的案件). A range of bare numbers is left out where it is found (3-5人)."""
    dropped: set[int] = set()
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        gap = folded[a.end : b.start].strip(SPACES)
        if len(gap) == 1 and gap in RANGE_MARKS and folded.startswith(CLASS_RANGE_ENDS, b.end):
            dropped.update((k, k + 1))
    return [f for k, f in enumerate(found) if k not in dropped] if dropped else found


# What follows a range that bounds a class of things (see _without_class_ranges).
CLASS_RANGE_ENDS: Final = ("的", "之间")


def _without_equivalences(folded: str, found: list[Figure]) -> list[Figure]:
    """The figures less those an equals sign stands beside: a conversion a note defines (注：1 斤 = 0.5
    千克, 1公顷=15亩), no figure of the report."""
    return [f for f in found if not folded[: f.start].rstrip(SPACES).endswith(EQUALS)
            and not folded[f.end :].lstrip(SPACES).startswith(EQUALS)]


EQUALS: Final = ("=", "＝")


def _whole_points(folded: str, found: list[Figure]) -> list[Figure]:
    """Figures in 个 right before a list joiner and a figure in 个百分点 (or 个千分点) are in that unit:
    分别提高2.1个和1.7个百分点 (the 百分点 written once, after the last)."""
    for i in range(len(found) - 2, -1, -1):
        f, g = found[i], found[i + 1]
        if f.unit == "个" and g.unit in POINT_UNITS and folded[f.end : g.start].strip() in LIST_JOINERS:
            found[i] = Figure(f.start, f.number_start, f.end, f.value, g.unit, g.scale, g.base_unit,
                              g.unit_kind, f.qualifier, f.chinese)
    return found


POINT_UNITS: Final = ("个百分点", "个千分点")


def _joined_scales(found: list[Figure]) -> list[Figure]:
    """Figures with a number written in two scales read as one: 1万2千人 is 1.2 万人, 3亿5千万元 is
    3.5 亿元 and 1万2000人 1.2 万人, not 1 万 and 2 千人. The first part is a number with a bare scale
    (万, 亿) right before the second, whose scale is smaller, or which has as many digits as the first
    scale has zeros beyond its own (2000 after 万); the figure takes the first part's scale and the
    second's unit. 15万4件 (15.4 万 as spoken, or 150004 as written?) stays as it is."""
    joined: list[Figure] = []
    for f in found:
        last = joined[-1] if joined else None
        if (last is not None and not last.base_unit and last.scale > f.scale and f.number_start == last.end
                and not last.chinese and not f.chinese
                and f.value * f.scale < last.scale and (f.scale > ONE or f.value * 10 >= last.scale)):
            value = numerals.tidy(last.value + f.value * f.scale / last.scale)
            joined[-1] = Figure(last.start, last.number_start, f.end, value, last.unit + f.base_unit,
                                last.scale, f.base_unit, f.unit_kind, f.qualifier or last.qualifier, False)
        else:
            joined.append(f)
    return joined


def _chinese_reading(
    m: re.Match[str],
    chinese: str | None,
    cn_percent: str | None,
    unit: str,
    scale_word: str,
    inner: str,
    line: str,
    vocab: Vocabulary,
) -> tuple[Decimal | None, str, str]:
    """The value, unit and scale word of a Chinese numeral: 三百人, 两万元, 百分之七十二点一, 千分之三."""
    if cn_percent:  # (百分之百, 100%, says 一百 as 百)
        per = "%" if line[m.start("cn_percent") - 3] == "百" else "‰"
        return numerals.chinese_value("一百" if cn_percent == "百" else cn_percent), per, scale_word
    # 近万件, 万余人: 1 万件, 1 万人; a bare 万 with no qualifier is a word (万人助万企).
    qualified = bool(inner) or m.group("qualifier_before") is not None  # (a qualifier says it is a quantity)
    if chinese in ("万", "亿") and unit and not scale_word and qualified:
        return Decimal(1), chinese + unit, chinese
    chinese, unit, scale_word = _move_scale(chinese or "", unit, scale_word, vocab)
    return _chinese_figure_value(chinese, unit, inner, qualified, line, m, vocab), unit, scale_word


def _move_scale(chinese: str, unit: str, scale_word: str, vocab: Vocabulary) -> tuple[str, str, str]:
    """两万元 reads as 2 万元, not 20000 元: a trailing 万 or 亿 belongs to the unit."""
    if scale_word or not unit:
        return chinese, unit, scale_word
    for word in ("万亿", "亿", "万"):
        if chinese.endswith(word) and len(chinese) > len(word):
            return chinese[: -len(word)], word + unit, word
    return chinese, unit, scale_word


def _chinese_figure_value(
    numeral: str, unit: str, inner: str, qualified: bool, line: str, m: re.Match[str], vocab: Vocabulary
) -> Decimal | None:
    """The value of a Chinese numeral when it stands as a count, or None where it is a word."""
    if not unit:
        return None
    if not any(c in numerals.CHINESE_DIGITS for c in numeral):
        # 十余起, 百余名, 千余人 count, and so do 近百名, 逾千人 (a qualifier before says it is a
        # quantity); a bare 百 or 千 (百姓, 千家万户) does not.
        if not (numeral.startswith("十") or (numeral in ("百", "千") and qualified)):
            return None
        numeral = "一" + numeral if numeral in ("百", "千") else numeral
    start = m.start()
    if line.endswith(vocab.vague_before, 0, start) and not line.endswith(vocab.not_vague_before, 0, start):
        return None  # 数十人 (not 涉及人数四百余人)
    if not numerals.is_single_digit(numeral):
        return numerals.chinese_value(numeral)
    # A lone digit is more often a word than a count in prose (一次性, 两个维护, 三项制度): it counts
    # as a share in tenths (九成以上), where it ends its clause (调解纠纷两件。) or before a noun with a
    # counter that names no slogan (两家公证处; not 三个环节), unless a word before it makes it no
    # count (每月一次, 在一起, 亲如一家); but for 一 and 两, the most often words, also with a qualifier,
    # a scale, money or a streak (三十余次 is no lone digit; 三余人, 三千元, 连续三年).
    kind = vocab.unit_kinds.get(unit)
    if _phase_named(line, m.start(), m.end(), numeral, unit):
        return None
    if (
        kind == "percent"
        or (
            # 调解纠纷两件。; 两家公证处, 组织三场演练 (counters that name no slogan, 两 to 九; 二 before a
            # noun is an ordinal: 二期地块, where a count says 两期)
            (_ends_clause(line, m.end())
             or (numeral not in ("一", "二") and unit in vocab.counters_before_nouns)
             or (numeral != "一" and unit == "个" and _counts_bodies(line, m.start(), m.end(), vocab)))
            and not _no_count_before(line, m.start(), vocab)
            # (not 未因灾死亡一人, nor 一案一卷: a slogan of one for one)
            and not (numeral == "一" and (_none_before(line, m.start(), vocab)
                                          or line[max(0, m.start() - 2) : m.start() - 1] == "一"
                                          or unit in vocab.vague_one_units))  # (品牌调解室一批: some)
        )
        or (
            (numeral not in ("一", "两") or unit.startswith(("万", "亿")) or (numeral == "两" and inner))
            and (inner or unit[0] in vocab.scales or kind == "money"
                 or _after_streak_word(line, m.start(), vocab))
        )
    ):
        return numerals.chinese_value(numeral)
    return None


def _phase_named(line: str, start: int, end: int, numeral: str, unit: str) -> bool:
    """Whether a lone digit and its counter name a phase or a part, not a count: alone in brackets after
    a name (快速通道（一期）), or in a list of ordinals from 一 (一期、二期地块)."""
    if start > 0 and line[start - 1] in "（(" and line[end : end + 1] in "）)":
        return True
    if unit == "期" and numeral != "两" and line.startswith("、", end) \
            and "\u4e00" <= line[start - 1 : start] <= "\u9fff" and PHASE_LISTED.match(line, end):
        return True  # (为汾河景区二期、城中村改造等9个重点项目: a project's phase, in a list of names given)
    if numeral == "一":
        return line.startswith("、二" + unit, end)
    return numeral == "二" and line.endswith("一" + unit + "、", 0, start)


# The rest of a list of names after a lone digit's counter, as far as its 等 and a count of them (、城中村
# 改造等9个重点项目): no mark of a clause, nor a number, before it.
PHASE_LISTED: Final = re.compile(
    r"""、 (?P<names> [^，,。；;：:、\d]{1,12} (?: 、[^，,。；;：:、\d]{1,12} )* )  # the names after it
        等 (?= [ \t\u3000]* (?: \d | [一二两三四五六七八九十] ) )  # 等 and their count""",
    re.VERBOSE,
)


def _counts_bodies(line: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether a lone digit with 个 counts the bodies a verb before it founds or has: 共有五个人民法庭."""
    if not line.endswith(vocab.founding, 0, start):
        return False
    clause = _BODY_END.split(line[end : end + BODY_REACH], maxsplit=1)[0]
    return len(clause) < BODY_REACH and clause.rstrip("）)").endswith(vocab.bodies)


# Where the name of what such a count counts ends: its clause, or the next thing listed with it
# (下辖五个人民法庭和两个派出法庭).
_BODY_END: Final = re.compile(rf"{structure.CLAUSE_STOP.pattern}|[和及与、]", re.VERBOSE)


# How far after such a count the body it counts may end.
BODY_REACH: Final = 16


def _no_count_before(line: str, start: int, vocab: Vocabulary) -> bool:
    """Whether the words before a lone Chinese digit make it no count: 在一起, 每月开展一次."""
    if line.endswith(vocab.single_before, 0, start) and not line.endswith(vocab.founding, 0, start):
        return True  # (在一起, 合为一体; not 建成八个示范点)
    before = line[max(0, start - PER_REACH) : start]
    return holds_any(structure.CLAUSE_STOP.split(before)[-1], vocab.per_before)


def _none_before(line: str, start: int, vocab: Vocabulary) -> bool:
    """Whether the clause before a lone 一 says not even one (未因灾死亡一人)."""
    return holds_any(_clause_before(line, start, PER_REACH * 2), vocab.none_before)


# How far before a lone digit a word such as 每 is looked for (每季度开展一次).
PER_REACH: Final = 6


def _ends_clause(line: str, pos: int) -> bool:
    return pos >= len(line) or bool(structure.CLAUSE_STOP.match(line, pos)) or line[pos] in "。)）、"


def _after_streak_word(line: str, pos: int, vocab: Vocabulary) -> bool:
    return line.endswith(vocab.streak_prefixes, 0, pos) or (
        pos > 0 and line[pos - 1] == " " and line.endswith(vocab.streak_prefixes, 0, pos - 1))


@cache
def _village_part(vocab: Vocabulary) -> re.Pattern[str]:
    """What stands before a numbered part of a village (八一村3组与4组: 村, then 3组与 before the 4)."""
    villages, units = _one_of(vocab.villages), _one_of(vocab.village_part_units)
    return re.compile(rf"(?:{villages})(?:\d+(?:{units})[{VILLAGE_PART_JOINERS}])?$")


# How far before a number the village it is a part of may start (八一村3组与: 6 characters).
PART_REACH: Final = 8
# What joins two numbered parts of a village (八一村3组与4组).
VILLAGE_PART_JOINERS: Final = "与和、及"


def _caption_number(line: str, words_end: int, vocab: Vocabulary) -> bool:
    """Whether the number after ``words_end`` is a caption's own (表1  部分乡镇…情况, 图2): a word of
    ``vocab.captions`` alone before it on its line."""
    word = next(w for w in vocab.captions if line.endswith(w, 0, words_end))
    return not line[: words_end - len(word)].strip()


def _ends_caption_number(line: str, vocab: Vocabulary) -> bool:
    """Whether a line ends with a caption's own number (续表 2, 表 2): see _caption_number."""
    words_end = len(line.rstrip("0123456789 \t\u3000"))
    return line.endswith(vocab.captions, 0, words_end) and _caption_number(line, words_end, vocab)


def _ordinal_before(text: str, end: int, vocab: Vocabulary) -> bool:
    """Whether the words of a text before ``end`` make the number after them an ordinal, a rank or a
    name's (第, 前, 编号: ``vocab.excluded_before``)."""
    return text.endswith(vocab.excluded_before, 0, end) \
        and not text.endswith(vocab.not_excluded_before, 0, end)


def _excluded_around(
    line: str, start: int, end_of_number: int, inner: bool, unit: str, vocab: Vocabulary
) -> bool:
    """Ordinals, ranges, dates, ratios and numbers glued to letters are not figures.

    ``end_of_number`` is where the digits or numerals end (0 for 百分之…); ``inner`` tells a
    qualifier such as 余 between the number and its unit.
    """
    before = line[max(0, start - 2) : start]
    words_end = _before_spaces(line, start)
    if _ordinal_before(line, words_end, vocab):
        return True
    if line.endswith(vocab.phone_before, 0, words_end) and _phone_like(line[start:end_of_number]):
        return True
    if line.endswith(vocab.captions, 0, words_end) and _caption_number(line, words_end, vocab):
        return True
    if unit in vocab.village_part_units \
            and _village_part(vocab).search(line, max(0, start - PART_REACH), start):
        return True  # (乔配村2组与3组: numbered parts of a village, places)
    if _colon_between(line, words_end, start) and line.endswith(vocab.colon_before, 0, words_end):
        return True
    if (before[-1:] in DATE_MARKS and before[:1].isdigit()) or (before[-1:] == "." and before[:1].isdigit()):
        return True
    if before[-1:] and before[-1] in FORMULA_MARKS:
        return True  # (完成率=完成数÷年度目标×100%: a formula's terms, no figures)
    if before[-1:] and before[-1] in RANGE_MARKS and (before[:1].isdigit() or _is_cn_digit(before[:1])):
        return True
    if end_of_number and not inner:
        after = line[end_of_number : end_of_number + 2]
        if after[:1] in DATE_MARKS and after[1:2].isdigit():
            return True
        if after[:1] and after[0] in RANGE_MARKS and after[1:2].isdigit() and not unit:
            return True
        if after[:1].isascii() and after[:1].isalpha():
            return True
    return False


# The marks of a formula's operations: a number right after one is a term of it (×100%).
FORMULA_MARKS: Final = "×÷＝=＊"


def _phone_like(number: str) -> bool:
    """Written as a phone number or a hotline: five digits or more, or three from 1 (12348, 110)."""
    return number.isdigit() and (len(number) >= 5 or (len(number) == 3 and number[0] == "1"))


def _before_spaces(line: str, pos: int) -> int:
    """Where the spaces and colons right before ``pos`` start (第 3 次, 浏览次数：123次), found without
    copying the line, which on a long line with many numbers would be quadratic."""
    while pos > 0 and (line[pos - 1].isspace() or line[pos - 1] in ":："):
        pos -= 1
    return pos


def _colon_between(line: str, start: int, end: int) -> bool:
    """Whether a colon stands between ``start`` and ``end`` (浏览:1,317次), without copying the line."""
    return line.find(":", start, end) >= 0 or line.find("：", start, end) >= 0


def _qualifier_before(line: str, at: int, words: _FigureWords, vocab: Vocabulary) -> tuple[str, str]:
    """The qualifier the words before ``at`` end with (约, 超过, 不少于…) and its word, or ("", "")."""
    if not line.endswith(words.words_before, 0, at) or line.endswith(vocab.not_qualifiers_before, 0, at):
        return "", ""
    found = (pair for pair in words.qualifiers_before if line.endswith(pair[0], 0, at))
    word, name = next(found, ("", ""))
    return name, word


def _qualifier_across(line: str, at: int, vocab: Vocabulary) -> str:
    """The qualifier of ``vocab.qualifiers_across`` a verb of a few ideographs stands between and the
    figure at ``at`` (每个村至少配备2名: over), or "". The figure's span keeps to the figure."""
    across = vocab.qualifiers_across
    at = _before_spaces(line, at)  # (至少配备 2 名: a number set apart by spaces, as from PDFs)
    near = line[max(0, at - QUALIFIER_GAP - 2) : at]
    if not any(word in near for word in across):  # (most figures)
        return ""
    for start in range(at - 1, max(0, at - QUALIFIER_GAP) - 1, -1):
        if not "\u4e00" <= line[start] <= "\u9fff":
            return ""
        word = next((w for w in across if line.endswith(w, 0, start)), "")
        if word:
            return across[word]
    return ""


# How many ideographs, a verb, may stand between a qualifier of ``qualifiers_across`` and its figure.
QUALIFIER_GAP: Final = 3


def _qualifier_right(
    figure: Figure, source: Iterator[str], ahead: deque[tuple[str, int]], vocab: Vocabulary, running: str,
    piece: str = "",
) -> None:
    """The qualifier after a figure that ends its line, where a wrap put it at the next line's start
    (…万人成讼率控制在 80 件 / 以内。: under), or broke it there (…审结率达到 95% 以 / 上: over, ``piece``
    the start of its word); the next line's word is marked taken there."""
    k = _next_text(source, ahead, running)
    if k < 0 or ahead[k][1]:
        return
    following = ahead[k][0]
    at = len(following) - len(following.lstrip(SPACES))
    words = _figure_words(vocab)
    if piece:
        pair = next((pair for pair in words.qualifiers_after if pair[0].startswith(piece)
                     and len(pair[0]) > len(piece) and following.startswith(pair[0][len(piece) :], at)), None)
        if pair is not None:
            figure.qualifier = pair[1]
            ahead[k] = (following, at + len(pair[0]) - len(piece))
        return
    if following.startswith(words.words_after, at):
        word, name = next(pair for pair in words.qualifiers_after if following.startswith(pair[0], at))
        figure.qualifier = name
        ahead[k] = (following, at + len(word))


def _qualifier_left(clause: str, vocab: Vocabulary, piece: str = "") -> tuple[str, str]:
    """The qualifier a clause left open by a wrap ends with, for the figure the next line opens with
    (…办理量不少于 / 900 宗: over), or that the wrap broke there (…占比不低 / 于 40%: over, ``piece`` the
    end of its word, before the figure); and the clause without the word or its start, the figure's
    words (…办理量, …占比). Or ("", clause)."""
    words = _figure_words(vocab)
    clause = clause.rstrip(SPACES)
    if not piece:
        name, word = _qualifier_before(clause, len(clause), words, vocab)
        return (name, clause[: -len(word)]) if name and word else (name, clause)
    for word, name in words.qualifiers_before:
        start = word[: -len(piece)]
        if start and word.endswith(piece) and clause.endswith(start):
            return name, clause[: -len(start)]
    return "", clause


def _is_cn_digit(ch: str) -> bool:
    return bool(ch) and ch in numerals.CHINESE_NUMERAL_CHARS


def _qualifier(
    line: str, start: int, end: int, inner: str, words: _FigureWords, vocab: Vocabulary
) -> tuple[str, int, int]:
    """The figure's qualifier and its widened span, from the words before, inside and after it."""
    at = start
    while at and line[at - 1] in SPACES:  # (约 3860万元: text from PDFs)
        at -= 1
    before, word = _qualifier_before(line, at, words, vocab)
    start = at - len(word) if before else start
    after = vocab.qualifiers_inner.get(inner, "") if inner else ""
    at = end + 1 if end < len(line) and line[end] in SPACES else end  # (99% 以上)
    for word, name in words.qualifiers_after if line.startswith(words.words_after, at) else ():
        if line.startswith(word, at):
            after, end = after or name, at + len(word)
            break
    if before == "under" and after == "over":
        return "about", start, end
    return after or before, start, end


# What may stand between a bound and the next figure of its clause for the bound to be of the
# class that figure counts (签约50亿元以上项目2个): no clause mark, and no digit nor numeral but
# the next figure's first.
_BOUNDED_NOUN: Final = re.compile(rf"[^，,。；;：:！!？?、()（）\d{numerals.CHINESE_NUMERAL_CHARS}]{{1,12}}")


# The rest of a bracket after a bound, closing it, with the noun it bounds or none: ), 项目）.
BRACKETED_CLASS: Final = re.compile(r"[\u4e00-\u9fff]{0,6}[)）]")


def _bounds_a_class(
    line: str, before: tuple[int, int], after: tuple[int, int], kind: str, vocab: Vocabulary
) -> bool:
    """Whether a figure with a bound after it (``line[after[0]:after[1]]``: 以上, 及以上) or before it
    (``line[before[0]:before[1]]``: 超, 超过) bounds a class of things rather than counting them:
    规模以上工业企业(年主营业务收入2000万元及以上), 未发生一次死亡3人以上的较大事故, 签约50亿元以上项目2个,
    审结标的额超亿元的商事案件8件, 产值超亿元企业47家, 全年未发生50人以上规模性群体事件.

    A share bounds nothing unless its bound is one that always does (95%以上的矛盾纠纷就地化解; 超速50%
    以上违法行为 is missed, which a lost comma after 达到99%以上 would otherwise turn), nor does a bound
    that ends its clause (引进项目80个以上, 涉及金额超过20亿,…) or that a noun follows that counts
    nothing (培训300人以上取得良好效果), nor one followed by its change (完成投资50亿元以上同比增长12%:
    the noun ends at 同比); but a bound of what did not happen does (未发生…)."""
    bound = line[after[0] : after[1]].strip()
    if bound in vocab.always_bounds:
        return True
    if not (bound in vocab.class_bounds or line[before[0] : before[1]].strip() in vocab.class_bounds_before):
        return False
    if kind == "percent":
        return False  # 95%以上的矛盾纠纷; 调解成功率达到99%以上 with its comma lost
    end = after[1]
    if line.startswith("的", end):
        return True
    if before[0] and line[before[0] - 1] in OPEN_BRACKETS and BRACKETED_CLASS.match(line, end):
        # 固定资产投资(500万元以上)完成65.3亿元, 城镇固定资产投资（500万元以上项目）78.94亿元: the bracket
        # says which, as of 规模以上
        return True
    clause_before = _clause_before(line, before[0], NEGATION_REACH)
    if holds_any(clause_before, vocab.negations):
        return True  # 未发生50人以上规模性群体事件
    noun = _BOUNDED_NOUN.match(line, end)
    if noun is None:
        return False
    stop = _finders(vocab).after_stops.search(noun.group())
    if bound in vocab.class_bounds and not clause_before.strip(SPACES) \
            and (stop is None or stop.start() >= MIN_NOUN):
        return True  # (30户以上村民组通硬化路比例达到100%: a class opens its clause; not 逾千人受益)
    if stop is not None:
        # The class's own figure after its noun and a verb: 500万元以上项目投资完成163.4亿元 (not
        # 培训300人以上取得良好效果, nor 争取资金500万元以上用于建设12个…, where no noun comes first).
        if stop.start() == 0 or not line[noun.end() : noun.end() + 1].isdigit():
            return False
        # So is its change after its noun and a baseline: 500万元以上固定资产投资比上年下降18.6%.
        if stop.end() == noun.end() - end or holds_any(noun.group()[stop.start() :], vocab.baselines):
            return True
    # The class's count follows (项目2个), or its figure after a verb and what it did (500万元以上项目
    # 完成投资44.15亿元); not a rate (涉及金额超过20亿法律意见采纳率98%, 调解纠纷200件以上群众满意率达98%:
    # their commas lost).
    count = _COUNT_AFTER.match(line, noun.end())
    return count is not None and line[count.end() : count.end() + 1] not in ("%", "‰", "％")


def _clause_before(line: str, at: int, reach: int) -> str:
    """The words of ``at``'s clause before it, at most ``reach`` characters of them."""
    return structure.CLAUSE_STOP.split(line[max(0, at - reach) : at])[-1]


def _names_a_length(line: str, start: int, vocab: Vocabulary) -> bool:
    """Whether the number at ``start`` is a length of time: its clause names one before it (期限, 用时)
    and no 年 or 月 stands right before it, as in a date."""
    if line[start - 1 : start] in DATE_PARTS:
        return False
    return holds_any(_clause_before(line, start, LENGTH_REACH), vocab.duration_words)


# What stands right before the day of a date, and how far back a length of time is named.
DATE_PARTS: Final = "年月"
LENGTH_REACH: Final = 16


def _bare_rate(line: str, start: int, end: int, found: list[Figure], vocab: Vocabulary) -> bool:
    """Whether a bare number at [start, end) is a rate written without a unit: right after 率 or after
    率 and one of ``vocab.zero_rate_verbs`` (社区矫正对象再犯罪率为0, 亿元GDP生产安全事故死亡率0.028), or
    right after a verb of change that follows such a rate closely (…死亡率0.028,下降0.011). Not one a
    ratio, a range or a code goes on from (城乡居民收入比为2.05:1, 率1-2): one that ends its clause."""
    # (What follows it, one of BARE_RATE_AFTER, the caller asks first, for most bare numbers: a number
    # the line ends with may be cut short of its unit, 纠错率为13.)
    if not line[start:end].replace(".", "", 1).isdigit():
        return False
    at = start - 1 if line[start - 1 : start] == " " else start  # (缩小至 1.68: a space from PDFs)
    if line.endswith(vocab.rate_names_end, 0, at):
        return True
    before = line[max(0, at - ZERO_RATE_REACH) : at]
    verb = _longest_end(before, vocab.zero_rate_verbs)
    if verb > 0 and line.endswith(vocab.rate_names_end, 0, at - verb):
        return True
    prev = found[-1] if found else None
    if prev is None or prev.unit or prev.unit_kind != "percent" or start - prev.end > BARE_CHANGE_REACH:
        return False
    between = line[prev.end : start]
    changed = _longest_end(between, vocab.rise_verbs) or _longest_end(between, vocab.fall_verbs)
    return changed > 0 and "。" not in between and "；" not in between and ";" not in between


# The longest of the words between 率 and a bare rate (为, 保持为); how far after such a rate a bare
# change of it may stand; and what follows a bare rate: a clause's end (not a ratio's colon, a range's
# dash, more of a code, nor a word that may have lost a unit).
ZERO_RATE_REACH: Final = 6
BARE_CHANGE_REACH: Final = 12
BARE_RATE_AFTER: Final = frozenset("，,。；;、！!？?）)")


def _ranking_field(line: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether a count at [start, end) right after a whole area (全市) is the field a rank after it in
    its clause is taken in: 增速居全市4个县(区)第2位, 在全省11个市中排名第3位."""
    if not line.endswith(vocab.ranking_fields, 0, _before_spaces(line, start)):  # (居全省 14 个市: from PDFs)
        return False
    rest = structure.CLAUSE_STOP.split(line[end : end + RANK_REACH], 1)[0]
    return holds_any(rest, vocab.ranking_words) or _rank_pattern(vocab).search(rest) is not None


# How far after such a count its rank is looked for.
RANK_REACH: Final = 16


@cache
def _rank_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """A rank as 第, a number and one of ``vocab.ranking_units``: 第2位, 第三名."""
    return re.compile(rf"第 ?[\d{numerals.CHINESE_NUMERAL_CHARS}]+ ?(?:{_one_of(vocab.ranking_units)})")


# A number right after the noun a bound is of: digits or Chinese numerals.
_COUNT_AFTER: Final = re.compile(rf"\d[\d.,]*|[{numerals.CHINESE_NUMERAL_CHARS}]+")


# How far before a bound a word such as 未发生 is looked for, in its clause.
NEGATION_REACH: Final = 8


def _share_units(
    line: str, found: list[Figure], bare: list[tuple[int, int, Decimal, bool]], vocab: Vocabulary
) -> list[Figure]:
    """2.16和1.66个百分点: a bare number joined to the next figure by 和 or 、 takes its unit.

    The bare numbers are taken right to left, so that in 5、6、7人 the unit passes from 7人 to 6 and
    then to 5. The figure after each is either the last one shared or the next one found, tracked by
    a pointer: a line with a list of 100,000 numbers takes time in proportion, not its square.
    """
    shared: list[Figure] = []  # right to left
    k = len(found)  # found[k] is the first figure found at or after the bare number's end
    for start, end, value, chinese in reversed(bare):
        while k and found[k - 1].number_start >= end:
            k -= 1
        following = found[k] if k < len(found) else None
        if shared and (following is None or shared[-1].number_start < following.number_start):
            following = shared[-1]
        if following is None or following.chinese != chinese:
            continue
        gap = line[end : following.start]
        if len(gap.strip()) != 1 or gap.strip() not in LIST_JOINERS:
            continue
        shared.append(following.lent_to(start, end, value))
    # Two sorted runs (one reversed), which sort merges in linear time.
    return sorted([*found, *shared], key=_number_start) if shared else found


def _number_start(figure: Figure) -> int:
    return figure.number_start


# ---------------------------------------------------------------------------------------------
# Describing figures: kind, sign, label


# A count of the items a sum adds up, all a label before its sum word may say (两项合计, 以上三类共计).
ITEMS_SUMMED: Final = re.compile(r"(?:以上|上述)?[两二三四五六七八九十\d]{1,2}(?:项|类|种|者)")


def _strip_label(text: str, finders: _Finders, lead: bool = True, trail: bool = True) -> str:
    """Trim time phrases, enumerators and filler words from the ends of a label."""
    may_trim_end = finders.label_end_chars if trail else finders.label_marks
    text = text.strip()
    if "]" in text or "］" in text:
        text = NOTE_MARKS.sub("", text)  # (地区生产总值[1]3000.23亿元: a footnote's mark, no word)
    # A round of trimming changes a (stripped) label only where a match at its start or its last
    # character says it may: most labels skip the loop, and a trimmed one is not trimmed once more
    # only to see nothing change.
    while _may_trim_start(text, finders, lead) or (text != "" and text[-1] in may_trim_end):
        before = text
        text = text.strip(" \t\u3000，,、：:/")
        if text in finders.filler_words:
            break  # 现有134人, 共计134人次: a label that is one such word keeps it, not a piece of it
        # (与去年同期相比增长: a baseline, not 与 and 去年; most labels start with none of its characters)
        first = text[:1]
        if lead and (first in finders.label_start_chars or first.isdecimal()) \
                and not (first in finders.baseline_firsts and finders.baselines.match(text)):
            head = finders.label_head.match(text)  # a time phrase or enumerator, then a lead word
            # (It matches empty where there is neither, as where no character it starts with starts
            # the label; one character is no label, but a share's 占: 现案 stays whole.)
            if head and head.end() and (len(text) - head.end() > 1
                                        or text[head.end() :] in finders.vocab.share_words):  # (仅占: 占)
                # The last years after 其中 name the part (其中近五年刑满释放人员), not when it was counted.
                lead = lead and not (text.startswith(PART_LEAD, head.end() - len(PART_LEAD))
                                     and LAST_YEARS.match(text, head.end()))
                text = text[head.end() :]
        # The first trailing word (longest first) the label ends with, among those that end with
        # its last character: one or two, not all of them tried one by one.
        if (
            trail
            and text[-1:] in TRAIL_YEAR_ENDS
            and (year := TRAIL_YEAR.search(text, max(0, len(text) - TRAIL_YEAR_REACH)))
            and year.start()
        ):
            text = text[: year.start()]  # 地区生产总值由2017年(的412.3亿元), 出庭应诉率由上年(的46%)
        for word in finders.trail_by_last.get(text[-1:], ()) if trail else ():
            if text.endswith(word) and len(text) > len(word):
                # (违法行为 keeps its 为; 两项合计 its 合计, which the count of the items summed says nothing
                # without)
                # (收入总计, 支出合计: a total that says which, with a word of two characters at most)
                if not text.endswith(finders.whole_by_last.get(text[-1], ())) and not (
                        word in finders.vocab.sum_words and ITEMS_SUMMED.fullmatch(text[: -len(word)])) \
                        and not (word in TOTAL_NOUNS and _total_of(text[: -len(word)], finders)):
                    text = text[: -len(word)]
                break
        # Stripped, as the test of the loop needs; balanced where a bracket or quote is at an end.
        text = _balance(text) if text[:1] in BALANCED_MARKS or text[-1:] in BALANCED_MARKS else text.strip()
        if text == before:
            break
    if trail and text.endswith(finders.vocab.label_links):  # 地方财政总收入完成: once, after all else
        word = next(w for w in finders.vocab.label_links if text.endswith(w))
        subject = text[: -len(word)].rstrip()
        if len(subject) > 1 and not subject.endswith(finders.vocab.label_link_manners):
            text = subject
    return text


# Sum words that name a total, kept after a word of TOTAL_OF_MAX characters at most (收入总计 1,638.47
# 万元, 本年支出合计: which total), where alone it would say too little.
TOTAL_NOUNS: Final = ("总计", "合计")
TOTAL_OF_MAX: Final = 2


def _total_of(words: str, finders: _Finders) -> bool:
    """Whether the words before a total name which (收入, 收、支; 本年收入: a time before them said)."""
    head = finders.label_head.match(words)
    return len(words) - (head.end() if head else 0) - words.count("、") <= TOTAL_OF_MAX


# A year that ends a label, where the figure is of that year: 地区生产总值由2017年的412.3亿元增加到2022年的
# 618.9亿元 (地区生产总值, then 增加到, which borrows it), 出庭应诉率由上年的46%提升至82%.
# (Not after a comparison word: 较上年 is a baseline, which the change words take care of.)
TRAIL_YEAR_ENDS: Final = "年底末初期份月度前定限间"  # (what TRAIL_YEAR can end with)
TRAIL_YEAR_REACH: Final = 12  # (how far from a label's end it is looked for: a long label is not scanned)
TRAIL_YEAR: Final = re.compile(
    rf"""(?<![较比与])
    (?: \d{{4}}\s*年(?:底|末|初|同期)? | (?:上年|去年)(?:同期)? | 当年 | 今年 | 本年度? | 目前
      | 年初 | 年底 | 年末 | \d{{1,2}}\s*月(?:份|底|末)?                # 由年初的12.4%提升至12月份的81.5%
      | [“"]?十?[一二三四五六七八九]五[”"]?(?:时期|期间|期末|末|初)      # 是“十二五”时期的1.7倍
      | (?<=[由从]){meaning.LIMIT_OF}(?:期限|时限|)   # 平均办理时限由法定(的20个工作日压缩至3.5个工作日)
    )$""",
    re.VERBOSE,
)


def _may_trim_start(text: str, finders: _Finders, lead: bool) -> bool:
    """Whether :func:`_strip_label` may trim a label at its start. Its first character tells most
    labels, by a set lookup for less than the call of a match: ``label_start`` starts with the class
    of the characters it can start with, and a label whose lead is kept is trimmed there only of a mark.
    """
    if not text:
        return False
    first = text[0]  # (the label is stripped: no whitespace, which label_start could match, starts it)
    if not lead:
        return first in finders.label_marks
    if first in finders.label_start_chars or first.isdecimal():  # (\d)
        return finders.label_start.match(text) is not None
    return False


# The spaces that may stand between a qualifier and its number in text from PDFs (约 3860万元, 99% 以上).
SPACES: Final = " \t\u3000\u00a0"
CLAUSE_LEAD: Final = SPACES + "，,"  # (what may stand before a line's second clause where its first is a unit
# the line before took, blanked: "   ，减少 61 件")


# Round brackets, for the one still open before a figure.
BRACKETS: Final = re.compile(r"[(（)）]")
# The marks _balance looks at: a label that neither starts nor ends with one is only stripped.
BALANCED_MARKS: Final = "(（“《)）”》"


# What starts an aside in brackets (see _balance).
ASIDE_STARTS: Final = ("含", "包括", "其中", "不含", "即")
PART_LEAD: Final = "其中"  # (the lead word before a part of a total)
LAST_YEARS: Final = re.compile(LAST_YEARS_PHRASE + r"(?![来以])")


def _balance(text: str) -> str:
    """Drop the brackets or quotes left open or closed alone at either end of a label.

    A run of them goes at once: taken one per round of ``_strip_label``, a line of 10,000 open
    brackets cost 10,000 copies of itself.
    """
    if text[:1] not in BALANCED_MARKS and text[-1:] not in BALANCED_MARKS:  # most labels (not an empty one)
        return text.strip()
    pairs = (("(", ")"), ("（", "）"), ("“", "”"), ("《", "》"))
    for a, b in pairs[:2]:
        # An aside in brackets that ends the label goes, where words stand before it: 规模以上工业企业
        # (年主营业务收入2000万元及以上)326家, 接待来访群众(含电话咨询)360人. Only one with a number
        # or what starts an aside: 心理测量(疏导教育) is another name, kept.
        if (
            text.endswith(b)
            and (opening := text.rfind(a)) > 0
            and b not in text[opening:-1]
            and (text.startswith(ASIDE_STARTS, opening + 1) or any(c.isdigit() for c in text[opening:]))
        ):
            text = text[:opening].rstrip()
    for a, b in pairs:
        if text.startswith(a) and b not in text:
            text = text.lstrip(a)
        if text.endswith(b) and a not in text:
            text = text.rstrip(b)
        if text.endswith(a):
            text = text.rstrip(a)
        if text.startswith(b):
            text = text.lstrip(b)
    return text.strip()


def _without_examples(label: str, finders: _Finders) -> str:
    """A label too long without the examples a verb in it names before a 等 (``vocab.example_verbs``):
    起诉非法吸收公众存款、集资诈骗等涉众型经济犯罪案件 -> 起诉涉众型经济犯罪案件; and with a quoted list cut
    to its first item: 开展“法律进机关、进乡村、进社区…”活动 -> 开展“法律进机关”等活动; and without quoted
    names given as examples: 开展“美好生活·民法典相伴”“宪法进万家”等主题宣传活动 -> 开展主题宣传活动."""
    if "、" in label:
        label = _without_example_list(label, finders) if "等" in label else label
        if len(label) > LABEL_MAX and (q := QUOTED_LIST.search(label)) is not None:
            label = f"{label[: q.end('first')]}{q['close']}等{label[q.end() :]}"
    if len(label) > LABEL_MAX and "等" in label and (q := QUOTED_NAMES.search(label)):
        label = label[: q.start()] + label[q.end() :] if q.end() < len(label) else label
    return label


def _without_example_list(text: str, finders: _Finders) -> str:
    """A label or a clause without the examples a verb in it lists before a 等 (``finders.examples``):
    they say what kind of thing it counts, which the noun after 等 names. For a label, to fit its length
    (起诉非法吸收公众存款、集资诈骗等涉众型经济犯罪案件 -> 起诉涉众型经济犯罪案件); for a clause, to find its
    section (参与信访积案化解、重大项目谈判等法律事务40余次 is legal work, not mediation)."""
    m = finders.examples.search(text)
    return text[: m.start("examples")] + text[m.end() :] if m and m.end() < len(text) else text


# Quoted names one after another, then 等: examples of what follows (“美好生活·民法典相伴”“宪法进万家”等).
QUOTED_NAMES: Final = re.compile(r"""(?:“[^“”]{1,24}”|"[^"]{1,24}"){2,}等""")
# A quoted list (“法律进机关、进乡村、进社区”): its first item (group ``first``) and its closing mark.
QUOTED_LIST: Final = re.compile(r"""[“"](?P<first>[^、“”"，,]{1,12})、[^“”"]{1,60}?(?P<close>[”"])""")


# A list in brackets inside a label (（新型材料、食品加工…）): an aside that goes where the label is too long.
LISTED_ASIDE: Final = re.compile(r"[（(][^（）()]*、[^（）()]*[）)]")


def _clip(label: str, keep_end: bool, limit: int = LABEL_MAX) -> str:
    """A label cut to ``limit``, from the start (``keep_end``) or the end; where the cut leaves a
    piece of a word of at most CLIP_PIECE characters before a mark, the piece goes too: 劫、抢夺、盗窃等
    “两抢一盗”犯罪嫌疑人… keeps 抢夺、盗窃等…."""
    if len(label) <= limit:
        return label
    if "、" in label and (aside := LISTED_ASIDE.search(label)) is not None \
            and len(label) - len(aside.group()) >= CLIP_OF_LEFT:
        # A list in brackets goes first, an aside: 四大主导产业（新型材料、食品加工、机械制造、林产加工）
        # 完成产值 is 四大主导产业完成产值.
        return _clip(label[: aside.start()] + label[aside.end() :], keep_end, limit)
    if "占" in label and (base := SHARE_BASE.search(label)) is not None and base.start():
        # What a share is of goes next: 高新技术产业增加值占规模以上工业增加值的比重比上年提高 is
        # 高新技术产业增加值比重比上年提高 (not 术产业增加值占…, cut from the start).
        return _clip(label[: base.start()] + label[base.end() :], keep_end, limit)
    if keep_end:
        # A modifier that ends in 的 goes whole where that leaves enough: 煤炭企业集中的朔城区、平鲁区新建
        # 矿区人民调解委员会 (not 炭企业集中的…).
        need = len(label) - limit
        of = label.find("的", max(0, need - 1), need + CLIP_OF_REACH)
        if of >= 0 and len(label) - of - 1 >= CLIP_OF_LEFT:
            return label[of + 1 :]
        kept = label[-limit:]
        code = _in_code(kept[0])
        reach = CLIP_NUMBER if code else CLIP_PIECE  # (2348”热线…)
        mark = next((k for k in range(min(reach + 1, len(kept))) if kept[k] in CLIP_START_MARKS), -1)
        if mark >= 0 and kept[mark] in CLIP_OPENING:
            return kept[mark:]  # 开展“12348”法律服务热线…: the quote stays with its pair
        if mark < 0 and code and _in_code(label[-limit - 1]):
            # A number or a code cut through and no mark after it (12348公共法律服务热线… cut to
            # 8公共…): what is left of it goes.
            return kept.lstrip(CODE_CHARS)
        return kept[mark + 1 :] if mark >= 0 else kept
    kept = label[:limit]
    mark = next((k for k in range(len(kept) - 1, max(len(kept) - CLIP_PIECE - 2, 0), -1)
                 if kept[k] in CLIP_MARKS), -1)
    return kept[:mark] if mark > 0 else kept


# What a share is of, in a label (占规模以上工业增加值的 before 比重, 占受理总数的 before 比例).
SHARE_BASE: Final = re.compile(r"占[^占，,、]{2,16}?的(?=比重|比例|份额)")
# The longest piece of a word a cut label may start or end with before it is dropped, and the marks
# that end such a piece.
CLIP_PIECE: Final = 3
CLIP_OF_REACH: Final = 8  # (how far past the cut a 的 that ends a modifier is looked for)
CLIP_OF_LEFT: Final = 8  # (the fewest characters to keep after it)
CLIP_NUMBER: Final = 8  # (a piece of a number or a code: “12348”法律服务热线 cut to 2348”…)
CLIP_MARKS: Final = "、，,；;：:“”\"《》"
CLIP_OPENING: Final = "“《"
CLIP_START_MARKS: Final = CLIP_MARKS + ")）"  # (and a bracket's end, where a cut start: 街道)法律援助工作站…)
CODE_CHARS: Final = string.ascii_letters + string.digits  # (what is left of a number or a code cut through)


def _in_code(char: str) -> bool:
    """Whether a character is a Latin letter or a digit, of a number or a code."""
    return char.isascii() and char.isalnum()


def _has_remainder(label: str, finders: _Finders) -> bool:
    """Whether anything is left of a label without baselines, change verbs and fillers: not of 同比增长,
    nor of 较2021年增长."""
    if "平均" in label or "目标" in label:
        label = BENCHMARK.sub("", label)  # 低于全省平均: a baseline, as the vocabulary's are
    if not finders.remainder_foreign.search(label):  # (no digit either: no year to take out)
        return _has_remainder_of_words(label, finders)
    if "年" not in label and "五" not in label:
        return True  # a character no word holds stays whatever is taken out (but 较2021年, 较“十三五”末)
    label = YEAR_BASELINE.sub("", label)
    return bool(finders.remainder_foreign.search(label)) or _has_remainder_of_words(label, finders)


# A year as a baseline (较2021年, 与2019年相比): taken out of a label, as the vocabulary's baselines are.
YEAR_BASELINE: Final = re.compile(meaning.YEAR_BASELINE + "(?:相比|比|)")
# An average as a baseline (低于全省平均, 比全市平均): taken out too.
BENCHMARK: Final = re.compile(meaning.BENCHMARK)


def _has_foreign(label: str, finders: _Finders) -> bool:
    """Whether a label holds a character that no word :func:`_has_remainder` takes out holds, once a
    year as a baseline is taken out (its digits are no such character)."""
    if not finders.remainder_foreign.search(label):
        return False
    return ("年" not in label and "五" not in label) or bool(
        finders.remainder_foreign.search(YEAR_BASELINE.sub("", label))
    )


@lru_cache(maxsize=256)
def _has_remainder_of_words(label: str, finders: _Finders) -> bool:
    """:func:`_has_remainder` for a label made only of the words' characters. Such labels are few
    phrases that recur in every report (同比增长, 比上年同期下降): each is worked out once."""
    rest = label
    by_first = finders.remainder_words
    if finders.remainder_any.search(rest):  # most hold none of the words: one search, not a replace per word
        # Only a word whose first character the label holds can be found, before or after a removal
        # (removing adds no character): those words, in the longest-first order, are replaced.
        for _, w in sorted(entry for ch in set(rest) for entry in by_first.get(ch, ())):
            rest = rest.replace(w, "")
    return bool(rest.strip(" ，,、"))


def _remainder_words(vocab: Vocabulary) -> tuple[dict[str, list[tuple[int, str]]], tuple[str, ...]]:
    """The words :func:`_has_remainder` takes out as (rank longest first, word) by first character,
    and all of them longest first: gathered once per vocabulary, not once per label."""
    words = (*vocab.baselines, *vocab.rise_verbs, *vocab.fall_verbs, *vocab.verb_fillers,
             *vocab.level_markers, *vocab.qualifiers_before, *vocab.share_words, *vocab.steady_words,
             *vocab.change_nouns, *vocab.change_modifiers, *vocab.relative_words,
             "分别", "比", "较", "与", "相比", "同期")
    ordered = longest_first(words)
    by_first: dict[str, list[tuple[int, str]]] = {}
    for rank, word in enumerate(ordered):
        by_first.setdefault(word[:1], []).append((rank, word))
    return by_first, ordered


@dataclass(frozen=True, eq=False)
class _Finders:
    """Patterns over vocabulary lists, compiled once per vocabulary: one search in C tells
    whether (and where first) any word of a list stands in a text, instead of an ``in`` or a
    ``find`` per word. Looked up once per line and handed to the helpers, with the vocabulary."""

    vocab: Vocabulary
    fillers_by_last: dict[str, tuple[str, ...]]
    """Words between a change verb and its figure (增长了, 下降约), in order, by last character."""
    remainder_words: dict[str, list[tuple[int, str]]]
    """The words :func:`_has_remainder` takes out, as (rank longest first, word) by first character."""
    remainder_any: re.Pattern[str]
    """Finds any of those words."""
    remainder_foreign: re.Pattern[str]
    """Finds a character that none of those words holds, nor the marks stripped with them."""
    remainder_chars: frozenset[str]
    """The characters ``remainder_foreign`` does not find, and "": a label whose ``[:1]`` is not one of
    them has one it finds, which a set lookup tells for less than the call of a search."""
    change_nouns: re.Pattern[str]
    baselines: re.Pattern[str]
    """Finds a baseline: the vocabulary's (同比, 较上年) or a year (较2021年, :data:`YEAR_BASELINE`)."""
    baseline_firsts: str
    """The characters a baseline can start with (``baselines`` and the comparison words 比较与高低)."""
    money_words: re.Pattern[str]
    after_stops: re.Pattern[str]
    subject_stops: re.Pattern[str]  # (after_stops and vocab.standings: see _subject_of_clause_before)
    counted_nouns: tuple[str, ...]
    """The endings of a noun of things or people counted (企业, 案件, 律师, 调委会): classes, head nouns,
    person nouns and bodies of the vocabulary."""
    unit_part: re.Pattern[str]
    """A number and the start of a unit of two characters or more at a line's end (5.3 个百, 38微克/立),
    whose rest a wrap put on the next line."""
    unit_part_ends: str
    label_head: re.Pattern[str]
    """Matched at a label's start: a time phrase or an enumerator (:data:`LEAD_NOISE`), then the first
    lead word, longest first, that leaves something after it; empty where there is neither."""
    trail_by_last: dict[str, tuple[str, ...]]
    """The trailing words (longest first) by last character: a label ending otherwise keeps its end."""
    open_ends: tuple[str, ...]
    """The trailing words of two characters or more (达到, 共计, 不少于): a short line without punctuation
    that ends with one is no title but a sentence its figure follows on the next line."""
    whole_by_last: dict[str, tuple[str, ...]]
    """Words a label may end with though they end with a trailing word (行为, 人均), by last character."""
    filler_words: frozenset[str]
    """The lead and trailing words :func:`_strip_label` trims (现有, 共计)."""
    trail_only: frozenset[str]
    """The trailing words that are no lead word nor a stock's (由, 达到): a label of one names nothing."""
    governed_units: frozenset[str]
    """Units of people and of those something is done for (``vocab.governed_units``): 名, 户, 家."""
    new_flow: frozenset[str]
    """``vocab.new_flow`` as a set: a label that is one of them alone may name nothing (新增)."""
    links: frozenset[str]
    """``vocab.label_links`` as a set: a label of one alone after a sum of the same may name nothing."""
    participation: frozenset[str]
    """``vocab.participation`` as a set: nor may one of those (参加)."""
    label_start: re.Pattern[str]
    """Matches at a stripped label's start where :func:`_strip_label` may trim it there."""
    label_start_chars: frozenset[str]
    """The characters ``label_start`` can match at besides whitespace and digits: its first class."""
    label_end_chars: str
    """Last characters of what :func:`_strip_label` may trim at a label's end: marks, trailing words."""
    label_marks: str
    """:data:`LABEL_MARKS`: all that is trimmed at the start of a label whose lead is kept, or at the
    end of one whose end is kept."""
    verb_end_chars: str
    not_verb_ends: str
    measure_ends: tuple[str, ...]
    level_ends: str
    """The last characters of ``vocab.level_markers`` (到, 至): most labels end otherwise."""
    restating_last: str
    """The last characters of ``vocab.restating`` (破): most figures have none right before them."""
    generic_max: int
    """The length of the longest of ``generic_labels``: a longer label is none of them."""
    """The last characters of ``vocab.measure_labels`` (量, 栏): most labels end otherwise."""
    share_qualifier: re.Pattern[str]
    """约占总量的: a qualifier before the 占 of a share, up to the share (group ``qualifier``)."""
    generic_labels: frozenset[str]
    place_words: tuple[str, ...]
    """``vocab.places`` as a tuple, for one test of a noun's start."""
    """审结案件, 批准逮捕: the labels ``vocab.generic_verbs`` and ``generic_heads`` make."""
    lead_object: re.Pattern[str]
    """严厉打击“两抢一盗”犯罪: the kind of cases a clause names (group ``object``)."""
    """The last characters of ``vocab.not_verbs`` (最高): a text ending otherwise is not asked about them."""
    """Last characters of the words :func:`_verb_before` looks for: a text ending otherwise has no verb."""
    change_words_by_last: dict[str, tuple[str, ...]]
    """Change verbs, fillers and baselines, longest first, by last character (:func:`_subject_of_change`)."""
    relative_starts: tuple[str, ...]
    """The relation and share words a rate measured against something else starts with (:func:`_relative`)."""
    sum_max: int
    """The length of the longest of ``vocab.sum_words`` (共计): most labels are longer."""
    examples: re.Pattern[str]
    """起诉非法吸收公众存款、集资诈骗等: a verb and the examples after it (group ``examples``), up to 等."""
    predicates: frozenset[str]
    """What alone may stand before a figure whose subject is the line above, a table's row name on
    a line of its own (地区生产总值 / 增长 6.5% 左右): a change, steady or achieving verb, after 分别."""


# What YEAR_BASELINE and meaning.BENCHMARK start with: 比2020年, 较全省平均, 高于全国平均水平.
BASELINE_STARTS: Final = "比较与高低"


# The marks a label is stripped of (besides spaces) and the brackets and quotes _balance looks at.
LABEL_MARKS: Final = "，,、：:/" + "(（“《)）”》"


@cache
def _finders(vocab: Vocabulary) -> _Finders:
    lead = _words_but(vocab.label_lead, vocab.not_lead)  # (not the 对 of 对接)
    marks = "".join(map(re.escape, LABEL_MARKS))
    lead_first_chars = {word[0] for word in vocab.label_lead}
    lead_first = "".join(sorted(map(re.escape, lead_first_chars)))
    label_start = re.compile(
        rf"""
        (?=[{marks}{LEAD_NOISE_FIRST}{lead_first}])   # the first characters of the three: most fail here
        [{marks}]                       # a mark to strip, or a bracket or quote to balance
      | (?:{LEAD_NOISE.pattern})        # a time phrase or an enumerator
      | (?:{lead})(?=[\s\S])            # a lead word with something after it
        """,
        re.VERBOSE,
    )
    # Possessive: the time phrase taken is the one LEAD_NOISE alone finds, whether a lead word follows or not.
    label_head = re.compile(rf"(?:{LEAD_NOISE.pattern})?+(?:(?:{lead})(?=[\s\S]))?", re.VERBOSE)
    fillers = (*vocab.verb_fillers, *vocab.qualifiers_before)
    verbs = (*fillers, *vocab.level_markers, *vocab.rise_verbs, *vocab.fall_verbs)
    by_first, ordered = _remainder_words(vocab)
    changes = (*vocab.rise_verbs, *vocab.fall_verbs)
    change_stops = (*(v for v in changes if v[1:]),
                    *(v + level for v in changes for level in vocab.level_markers))
    kept = "".join(map(re.escape, sorted({*"".join(ordered), *" ，,、"})))
    parts = {unit[:k] for unit in vocab.unit_kinds for k in range(1, len(unit))}  # (个百 of 个百分点)
    # (and the start of a word a unit begins where it counts all the same: 97 个人 / 民调解组织)
    parts |= {word[:k] for word in vocab.unit_words_but for k in range(2, len(word))}
    return _Finders(
        vocab=vocab,
        fillers_by_last=_by_last_char(fillers),
        remainder_words=by_first,
        remainder_any=any_of(ordered),
        remainder_foreign=re.compile(f"[^{kept}]"),
        remainder_chars=frozenset({*"".join(ordered), *" ，,、", ""}),
        change_nouns=any_of(vocab.change_nouns),
        baselines=re.compile(f"{any_of(vocab.baselines).pattern}|{YEAR_BASELINE.pattern}|{meaning.BENCHMARK}"),
        baseline_firsts="".join(sorted({*(word[0] for word in vocab.baselines), *BASELINE_STARTS})),
        money_words=any_of(vocab.money_words),
        # (and the change verbs of two characters or more, and any with 至/到: 由11人降至7人 names no 降至;
        # not the 被 of 被执行人)
        after_stops=re.compile(_words_but((*vocab.after_stops, *change_stops), vocab.not_after_stops)),
        subject_stops=re.compile(_words_but((*vocab.after_stops, *vocab.standings, *change_stops),
                                            vocab.not_after_stops)),
        counted_nouns=(*vocab.classes, *vocab.head_nouns, *vocab.person_nouns, *vocab.bodies),
        label_head=label_head,
        unit_part=re.compile(
            # (2.6 万余人 / 次: a qualifier between the scale and the unit's first part)
            rf"\d[ \t\u3000]*(?:(?:{_one_of(vocab.scales)})|)(?:{_one_of(vocab.qualifiers_inner)}|)"
            rf"[ \t\u3000]*(?P<part>{_one_of(tuple(parts))})$"
        ),
        unit_part_ends="".join(sorted({p[-1] for p in parts})),
        filler_words=frozenset((*vocab.label_lead, *vocab.label_trail)),
        trail_only=(frozenset(vocab.label_trail) - frozenset(vocab.label_lead) - vocab.stock_labels)
        | vocab.label_adverbs,
        governed_units=frozenset((*vocab.person_units, *vocab.governed_units)),
        new_flow=frozenset(vocab.new_flow),
        participation=frozenset(vocab.participation),
        links=frozenset(vocab.label_links),
        trail_by_last=_by_last_char(vocab.label_trail),
        open_ends=tuple(word for word in vocab.label_trail if len(word) > 1),
        whole_by_last=_by_last_char(vocab.label_whole),
        label_start=label_start,
        label_start_chars=frozenset({*LABEL_MARKS, *LEAD_NOISE_FIRST_CHARS, *lead_first_chars}),
        label_end_chars=_last_chars((*LABEL_MARKS, *vocab.label_trail, *TRAIL_YEAR_ENDS)),
        label_marks=LABEL_MARKS,
        verb_end_chars=_last_chars(verbs),
        not_verb_ends=_last_chars(vocab.not_verbs),
        measure_ends=tuple(_last_chars(vocab.measure_labels)),
        level_ends=_last_chars(vocab.level_markers),
        restating_last=_last_chars(vocab.restating),
        generic_max=max(map(len, vocab.generic_verbs), default=0)
        + max(map(len, vocab.generic_heads), default=0),
        share_qualifier=re.compile(
            rf"(?P<qualifier>{any_of(tuple(vocab.share_qualifiers)).pattern})占[^，,。；;：:]{{0,24}}$"
        ),
        place_words=tuple(vocab.places),
        generic_labels=frozenset(
            verb + head for verb in vocab.generic_verbs for head in ("", *vocab.generic_heads)
        ),
        lead_object=re.compile(
            rf"(?:{any_of(vocab.lead_verbs).pattern})(?P<object>[^，,。；;：:]{{1,24}}?(?:{any_of(vocab.lead_objects).pattern}))"
        ),
        change_words_by_last=_by_last_char(
            longest_first((*vocab.rise_verbs, *vocab.fall_verbs, *vocab.verb_fillers, *vocab.baselines,
                           *vocab.change_modifiers))
        ),
        relative_starts=vocab.relative_words + vocab.share_words,
        sum_max=max(map(len, vocab.sum_words), default=0),
        examples=re.compile(
            rf"(?:{any_of(vocab.example_verbs).pattern})(?P<examples>[^、，,。；;：:]{{1,16}}(?:、[^、，,。；;：:]{{1,16}})+等)"
        ),
        predicates=frozenset(
            prefix + verb
            for verb in (*changes, *vocab.steady_words, *vocab.achieving, *vocab.zero_rate_verbs)
            for prefix in ("", "分别")
        ),
    )


def _words_but(words: Iterable[str], but: Iterable[str]) -> str:
    """A pattern for any of the words, longest first, but not where it begins or ends one of ``but``
    (被 but not in 被执行人; 组织 but not in 人民调解组织): each such word with a lookaround of its own,
    not one before all (which would keep ``re`` from scanning for the words' first characters)."""
    but = tuple(but)
    parts = []
    for word in longest_first(tuple(words)):
        rests = [re.escape(other[len(word) :]) for other in but if other.startswith(word) and other != word]
        # (and not where it ends one of ``but``: the 组织 of 人民调解组织, a lookbehind for each)
        # (after the word, so that they are asked only where it stands)
        ends = [re.escape(other) for other in but if other.endswith(word) and other != word]
        parts.append(re.escape(word) + "".join(f"(?<!{end})" for end in ends)
                     + (f"(?!{'|'.join(rests)})" if rests else ""))
    return "|".join(parts) or "(?!)"


def _last_chars(words: Iterable[str]) -> str:
    """The characters the words end with: a text ending with none of them ends with no word, which
    one ``in`` tells faster than an ``endswith`` over all the words. A string, not a set: a text's
    last character, most often CJK, is a new string each time, which a set would hash; a few dozen
    characters are scanned for less (structure.Clauses.ends_of). Not to be asked about "", which
    any string holds."""
    return "".join(sorted({word[-1] for word in words if word}))


def _by_last_char(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words by their last character, in their order: a text can end only with the words
    filed under its own last character, which one lookup finds (instead of an ``endswith`` for each)."""
    by_last: dict[str, list[str]] = {}
    for word in words:
        if word:
            by_last.setdefault(word[-1], []).append(word)
    return {ch: tuple(found) for ch, found in by_last.items()}


def _verb_before(text: str, finders: _Finders) -> str:
    """'rise', 'fall', 'level' or '' for the words right before a figure: 增长, 下降, 提高到."""
    text = text.rstrip()
    last = text[-1:]
    if last in BELOW_LAST and last and _below(text):
        return "fall"  # 低于全省平均水平0.12个百分点 (before the fillers go: 均 is one)
    if not last or last not in finders.verb_end_chars:  # most figures: no verb, filler or marker
        return _more_or_less(text) if last else ""
    vocab, fillers_by_last = finders.vocab, finders.fillers_by_last
    level = False
    while not level:  # the fillers go one by one, each time the first (in order) the text ends with
        for word in fillers_by_last.get(text[-1:], ()):
            if text.endswith(word):
                text = text[: -len(word)].rstrip()
                # (缩短为3个工作日: 为, a filler, is a level's marker after a change's verb, as 至 is)
                level = word in vocab.level_markers and text.endswith((*vocab.rise_verbs, *vocab.fall_verbs))
                break
        else:
            break
    for word in vocab.level_markers if text.endswith(vocab.level_markers) else ():  # (one test in C first)
        if text.endswith(word):
            text, level = text[: -len(word)], True
            break
    if text[-1:] in finders.not_verb_ends and text.endswith(vocab.not_verbs):
        return ""  # 最高3000元
    if text.endswith(vocab.rise_verbs):
        if text.endswith(vocab.fall_verbs):  # the longer tells: 负增长 is a fall, though it ends with 增长
            rises = _longest_end(text, vocab.rise_verbs) > _longest_end(text, vocab.fall_verbs)
            return "level" if level else "rise" if rises else "fall"
        return "level" if level else "rise"
    if text.endswith(vocab.fall_verbs):
        return "level" if level else "fall"
    return _more_or_less(text)  # (比去年同期多接收: a verb that ends like one, 减收)


def _more_or_less(text: str) -> str:
    """'rise' or 'fall' for 多 or 少 and a verb after a comparison (比上年多化解, 比去年少收案), else ""."""
    tail = text[-MORE_OR_LESS_VERB - 1 :]  # (a slice: str.find with a position is a slow call compiled)
    if "多" not in tail and "少" not in tail:
        return ""  # (most texts)
    m = MORE_OR_LESS.search(text, max(0, len(text) - MORE_OR_LESS_REACH))
    return ("rise" if m.group("more") else "fall") if m else ""


# 多 or 少 and a verb after a comparison: 比上年多化解312件 is a rise of 312 件, 比去年少收案12件 a fall.
MORE_OR_LESS: Final = re.compile(r"(?:比|较)[^，,。；;、\d]{1,10}?(?:(?P<more>多)|少)[\u4e00-\u9fff]{1,3}$")
MORE_OR_LESS_REACH: Final = 18
MORE_OR_LESS_VERB: Final = 3  # (the most characters of the verb after 多 or 少)

# A baseline that the figure after it is below: 低于全国平均水平0.1个百分点 is -0.1; so is 低于去年同期
# 12.4个百分点.
BELOW: Final = re.compile(rf"(?:低于|少于)(?:{meaning.BENCHMARK_OF}|(?:去年|上年)(?:同期|))$")
# (低于省定控制目标0.6个百分点, 低于目标值 1.4 个百分点)
BELOW_ENDS: Final = ("平均", "水平", "均值", "均数", "目标", "指标", "标值", "预期", "同期", "去年", "上年")
BELOW_LAST: Final = "均平值数标期年率"
# Another rate as the baseline (项目支出执行率为 96.8%，低于基本支出执行率 2.4 个百分点: -2.4).
BELOW_RATE: Final = re.compile(r"(?:低于|少于)[^，,。；;、\d\s]{1,12}率$")


def _below(text: str) -> bool:
    if text[-1] == "率":
        return BELOW_RATE.search(text, max(0, len(text) - BELOW_REACH)) is not None
    return text[-2:] in BELOW_ENDS and BELOW.search(text, max(0, len(text) - BELOW_REACH)) is not None
BELOW_REACH: Final = 20


def _longest_start(text: str, words: tuple[str, ...]) -> int:
    """The length of the longest of the words (given longest first) that the text starts with and
    that leaves something after it, or 0."""
    return next((len(w) for w in words if text.startswith(w) and len(text) > len(w)), 0)


def _longest_end(text: str, words: tuple[str, ...]) -> int:
    """The length of the longest of the words (given longest first) that the text ends with, or 0."""
    return next((len(word) for word in words if text.endswith(word)), 0)


def _describe_line(
    folded: str,
    figures: list[Figure],
    vocab: Vocabulary,
    carried: str = "",
    subjects_before: Sequence[str] = (),
    given: Sequence[str] = (),
    tail: str = "",
    stock_before: str = "",
    change_before: bool = False,
    opened: str = "",
) -> list[Described]:
    """Kind, sign and label of each figure on a line, width-folded (`numerals.fold_width`).

    ``carried`` is the unfinished clause the previous line ended with, in text wrapped at a fixed
    width: it starts the label of a figure whose clause opens the line. ``subjects_before``: the
    subjects of the sentence the previous line left open, for the figures of this line's first
    sentence that borrow one (see _previous_subjects). ``given``: the labels of the line's first
    figures, the rest of a list the line before read (see _list_tail). ``tail``: the rest of the
    line's list, on the next line, which ``folded`` ends with: its figures are described after the
    line's (and only where they go on with its last figure's list). ``stock_before``: the base unit of
    the stock the clause the line before left open ends with (…较上年的 356 件 / 增加 56 件), if any;
    ``change_before``: whether the sentence it left open ends with a change (…下降 5.7%， / 减少 754 件).
    ``opened``: the words of the clause before that one, on the line before, if it is in the sentence.
    """
    if tail:
        more = [f for f in find_figures(folded, vocab) if f.number_start >= len(folded) - len(tail)]
        described = _describe_line(
            folded, [*figures, *more], vocab, carried, subjects_before, given, stock_before=stock_before,
            change_before=change_before, opened=opened)
        if not more or described[len(figures)].chain_head >= 0:
            return described
        folded = folded[: len(folded) - len(tail)]  # (no list goes on: the line alone)
    clauses = structure.clauses_of(folded)  # stops found once: a long line with many figures stays linear
    stops, sentence_ends = clauses.stops, clauses.sentence_ends  # bisections on these find each span
    last_stop, line_end = len(stops), len(folded)
    # The clause of each figure is the k-th of the line: it starts after stop k-1 and ends at stop k,
    # punctuation excluded. Two figures share a clause exactly when they share a k.
    ks = [bisect_left(stops, f.number_start) for f in figures]
    # Most lines have one figure per clause. On such a line no figure follows another in its
    # clause: none joins a list, takes a streak's subject or the noun of a count after it, so
    # pass 2 and most of pass 3 (below) have nothing to do, and what is left of pass 3 settles
    # each figure's label as soon as pass 1 has described it, in the same loop.
    shared = len(set(ks)) < len(ks)

    # Pass 1, left to right: chains, the words before each figure, kind and sign, own label.
    finders = _finders(vocab)
    streak_units = vocab.streak_units
    # Most lines open no round bracket: then none is open before a figure (a closing one alone opens
    # nothing). Two ``in`` tests scan the line faster than a regex search for all four brackets.
    brackets = "(" in folded or "（" in folded
    items: list[Described] = []
    own: list[str] = []  # each figure's label before it borrows one (pass 3)
    subjects: list[int] = []  # the figures so far with a final label that are not changes (pass 3)
    prev: Described | None = None
    sentence = (0, 0)
    for i, f in enumerate(figures):
        k = ks[i]
        clause = (stops[k - 1] + 1 if k else 0, stops[k] if k < last_stop else line_end)
        # The sentence that holds the number: most often the one of the figure before, which a
        # comparison tells; else a bisection finds it (sentence_ends[s - 1] <= number_start < it).
        if not sentence[0] <= f.number_start < sentence[1]:
            s = bisect_right(sentence_ends, f.number_start)
            sentence = (sentence_ends[s - 1] if s else 0, sentence_ends[s])
        seg_start = clause[0]
        before_prefix = ""
        chain_head = -1
        own_verb = False
        if prev is not None and ks[i - 1] == k:  # the figure before is in this clause
            seg_start = max(seg_start, prev.label_end or prev.figure.end)
            gap = folded[prev.figure.end : f.start].strip()
            # (5%-6%; 较上年增加4件6人: two changes side by side, both)
            if (LIST_JOINERS.issuperset(gap) or (len(gap) == 1 and gap in RANGE_MARKS)) if gap \
                    else prev.kind == "change":
                chain_head = prev.chain_head if prev.chain_head >= 0 else i - 1
            elif _goes_on_with_its_verb(items, prev, gap, vocab):
                chain_head = prev.chain_head if prev.chain_head >= 0 else i - 1
                own_verb = True
            if prev.figure.base_unit in streak_units:
                # 出庭应诉率连续三年保持100%: the streak is an adverb; the subject before it is this one's.
                # (with the clause the line before left open)
                before_prefix = _strip_streak(prev.before, vocab)
            elif prev.label_end > prev.figure.end and seg_start == prev.label_end \
                    and _bodies_did(prev, f, folded[seg_start : f.start], vocab):
                before_prefix = prev.label  # (3个专业调委会调处纠纷612件: 专业调委会调处纠纷)
        elif seg_start == 0:
            before_prefix = carried  # the clause opened on the line before: only its first figure's
        # Only a bracket opened between the clause's start and the figure may still be open at it.
        if brackets and (
            folded.find("(", seg_start, f.start) >= 0 or folded.find("（", seg_start, f.start) >= 0
        ):
            inside = _open_bracket(folded, seg_start, f.start)
            if folded[inside : f.start].strip():  # (完成全年任务(1100件): the words before the bracket)
                seg_start = inside
        before = before_prefix + folded[seg_start : f.start]

        if chain_head >= 0 and not own_verb and (head := items[chain_head]).figure.unit_kind == f.unit_kind:
            kind, negative = head.kind, head.negative  # 分别增长4.8%、7.2%: one verb for the list
            if not f.qualifier and head.figure.qualifier and head.figure.start < head.figure.number_start \
                    and "分别" in head.before:
                f.qualifier = head.figure.qualifier  # (分别不少于40学时和24学时: the bound of each)
        else:
            after_change = (prev is not None and prev.kind == "change" and prev.sentence == sentence) \
                or (prev is None and change_before and sentence[0] == 0)
            # (增加0.4万亩 right after 油料种植面积9.6万亩: a change of that stock)
            after_stock = (
                prev is not None and prev.sentence == sentence and prev.kind != "change"
                and prev.figure.base_unit == f.base_unit
            ) or (prev is None and bool(stock_before) and f.base_unit == stock_before
                  and not folded[: clause[0]].strip(CLAUSE_LEAD))  # (the line's first clause, or the unit)
            # (…下降5.6%；支出总计减少58.17万元: a clause after a semicolon, of the same kind as the one
            # before it)
            parallel = prev is not None and prev.kind == "change" and prev.sentence[1] == sentence[0] \
                and folded[sentence[0] - 1] in "；;"
            kind, negative = _kind(f, folded, clause, before, finders, after_change or after_stock,
                                   follows_change=after_change or parallel)
            if kind == "count" and prev is not None and prev.kind == "percent" and prev.clause == clause \
                    and prev.figure.unit == f.unit and before.rstrip().endswith(finders.vocab.level_markers):
                kind = "percent"  # 万人成讼率由上年的106.3件降至93.5件: the rate's level reached
            if kind == "percent" and not f.qualifier and "占" in before:
                f.qualifier = _share_qualifier(before, finders)  # 约占全院民事结案的三成

        label_end = f.end
        label = "" if kind == "count" else _strip_label(before, finders)
        # The words after a count may name it (2次廉洁教育); so may those after a sum or a measure
        # with no more than a verb before it: 十余万元资金到位, 拨付50万元专项经费 (拨付专项经费);
        # and those after a share of something: 98%的矛盾纠纷在基层得到化解 (矛盾纠纷在基层).
        counted = kind == "count" and f.base_unit not in streak_units
        short = len(label) <= VERB_ONLY_MAX and chain_head < 0  # no more than a verb, in no list
        # (继续把70%以上的财力用于…: 把 puts what the share is of after it, whatever the words before)
        disposal = kind == "percent" and label.endswith(DISPOSAL)
        share_of = (short or disposal) and kind == "percent" and folded.startswith("的", f.end)
        verb_only = short and kind in MEASURED and not finders.money_words.search(label)  # (金额: a noun)
        if (counted or verb_only or share_of) and f.end < clause[1]:
            end = clause[1]  # the words after it end with its clause, or at the next figure in it
            if i + 1 < len(figures) and ks[i + 1] == k:
                end = min(end, figures[i + 1].start)
            # (全区98%的…: no verb; nor 把, which only says what comes after)
            verb = label if label not in finders.filler_words and not disposal else ""
            label, label_end = _count_label(f, folded, end, before, finders, skip=1 if share_of else 0)
            if label_end > f.end and verb and not counted:
                label = verb + label
            elif label_end > f.end and counted and before.lstrip().startswith(vocab.averages) \
                    and (per := _strip_label(before, finders)) and per.startswith(vocab.averages):
                label = _clip(per + label, keep_end=True)  # 平均每个司法所仅有2.5名工作人员: an average
        elif kind == "count":  # a count that ends its clause is labelled by the words before it
            label = _strip_label(before, finders)
        elif kind == "percent" and (at := f.end + (folded[f.end : f.end + 1] == " ")) < clause[1] \
                and "\u4e00" <= folded[at] <= "\u9fff" and folded[at] not in PERCENT_NOT_DEEDS \
                and (i + 1 == len(figures) or ks[i + 1] != k):
            # A rate written before what it measures, the last figure of its clause: 对刑满释放人员实现
            # 100%必接必送 (刑满释放人员必接必送), 法律顾问实现100%全覆盖; …建议书 100% 跟踪回访 (set apart by
            # a space, as a PDF's copy gives it).
            deed = _up_to_break(folded[at : clause[1]])
            if len(deed) <= PERCENT_DEED_MAX and not folded.startswith(vocab.baselines, at) \
                    and not finders.after_stops.match(deed):  # (由11.6%降至零: a level, then a change)
                label, label_end = _clip(label + deed, keep_end=True), at + len(deed)
        if counted and prev is not None and ks[i - 1] == k and prev.label \
                and prev.figure.base_unit == f.base_unit \
                and _some_of(folded, prev.figure.end, f.start, vocab):
            # Some of the things counted before (5家公证机构中有4家执业公证员不足8名: 公证机构…)
            thing = prev.label.removesuffix("中")
            if label_end == f.end:
                label = thing
            elif not label.startswith((thing[:2], thing[-1:])):  # (…中有5个县（区）, 9个所为…: named again)
                label = _clip(thing + label, keep_end=False)
        elif label_end == f.end and label and "对" in before:
            label = _without_condition(before, label, vocab)
        if chain_head >= 0 and counted and label_end > f.end and prev is not None \
                and prev.label_end == prev.figure.end and prev.label \
                and "分别" not in items[chain_head].before \
                and not finders.after_stops.match(folded, f.end):  # (not a verb: 12场、3000人次参加)
            # A count named by the noun after it, after a figure named by the words before: a list
            # of two things, not one thing counted twice (完成贫困人口脱贫4716人、17个贫困村整村退出).
            chain_head = -1
        prev = Described(
            f, clause, sentence, label, label_end, kind, negative, chain_head, seg_start, before
        )
        items.append(prev)

        if i < len(given):  # (the rest of the line before's list: labelled there)
            prev.label, prev.chain_head = given[i], -1
        if not shared:  # pass 3 for this figure: what is left of it on a line without shared clauses
            _settle_label(items, own, subjects, i, finders, subjects_before, folded, i < len(given), opened)
    if "分别" in folded:
        _shared_bounds(items, folded, vocab)
    if not shared:
        return _told_apart(items) if len(items) > 2 else items

    # Pass 2, right to left: 6场167人入矫教育 — a count with nothing after it takes the next one's noun.
    for i in range(len(items) - 2, -1, -1):
        d, nxt = items[i], items[i + 1]
        if nxt.clause != d.clause or d.kind != "count" or nxt.kind != "count":
            continue
        gap = folded[d.figure.end : nxt.figure.start].strip()
        if gap in ("", "共", "计", "共计") and nxt.label_end > nxt.figure.end:
            d.label = nxt.label
            d.label_end = nxt.label_end

    # Pass 3, left to right: labels of figures with no subject of their own (同比增长6.3%;
    # 分别上升3.6%和3.1%). ``own`` holds each figure's label before it borrows, for the ones after it.
    for i, d in enumerate(items):
        if i and not d.label:
            # 来访56批132人次: a figure with no words of its own shares the one it stands right after.
            prev = items[i - 1]
            if prev.clause == d.clause and not folded[prev.figure.end : d.figure.start].strip(" )）的"):
                d.label = own[i - 1]  # (完成全年任务(1100件)的54.9%: after a bracket and 的, too)
        _settle_label(items, own, subjects, i, finders, subjects_before, folded, i < len(given), opened)
    return _told_apart(items) if len(items) > 2 else items


def _shared_bounds(items: list[Described], folded: str, vocab: Vocabulary) -> None:
    """A bound written after the last figure of a 分别 list is every figure's that has none of its own:
    帮教率、安置率分别达到98%、95%以上 (98% or more too)."""
    after = tuple(vocab.qualifiers_after)
    for i, d in enumerate(items):
        if d.chain_head >= 0 or "分别" not in d.before or i + 1 >= len(items) or items[i + 1].chain_head != i:
            continue
        chain = _chain(items, i)
        last = items[chain[-1]].figure
        if last.qualifier and folded.endswith(after, 0, last.end):
            for k in chain[:-1]:
                if not items[k].figure.qualifier:
                    items[k].figure.qualifier = last.qualifier


def _told_apart(items: list[Described]) -> list[Described]:
    """Figures of a line with one short label each, told apart by the subject of the figure before
    them in their sentence, in another unit: 普通高中7所,在校生1.21万人;初中24所,在校生2.36万人
    (普通高中在校生, 初中在校生); 道路交通事故31起、死亡30人;建筑施工事故5起、死亡4人; the subject may
    count one thing in two units (城市低保3,214户7,906人,发放资金2,683.5万元;农村低保…,发放资金…)."""
    if items[0].sentence == items[-1].sentence:
        return items  # (one sentence: a label twice in it is left as it is, below)
    seen: dict[str, int] = {}
    sentences: dict[str, tuple[int, int]] = {}
    paired: set[str] = set()  # twice in one sentence (由5个工作日压缩至2个工作日): left as they are
    for d in items:
        if d.kind != "change" and 0 < len(d.label) <= TOLD_APART_MAX:
            if sentences.get(d.label) == d.sentence:
                paired.add(d.label)
            seen[d.label] = seen.get(d.label, 0) + 1
            sentences[d.label] = d.sentence
    for label in paired:
        del seen[label]
    if all(n == 1 for n in seen.values()):
        return items  # (most lines: no label twice)
    for i in range(len(items) - 1, 0, -1):
        d, prev = items[i], items[i - 1]
        if seen.get(d.label, 0) > 1 and d.kind != "change" and prev.sentence == d.sentence \
                and prev.kind != "change" and prev.label and prev.label != d.label \
                and prev.figure.base_unit != d.figure.base_unit \
                and seen.get(prev.label, 1) == 1 \
                and d.figure.start - prev.figure.end <= len(d.label) + 2:  # (right after it: 7所,在校生…)
            d.label = _clip(prev.label + d.label, keep_end=True)
    return items


TOLD_APART_MAX: Final = 4


def _settle_label(
    items: list[Described], own: list[str], subjects: list[int], i: int, finders: _Finders,
    carried: Sequence[str] = (), line: str = "", given: bool = False, opened: str = "",
) -> None:
    """Pass 3 for figure i: its final label, borrowed where it has no subject of its own.

    ``own`` gets the figure's label before it borrows, ``subjects`` the figure if its final label
    names something (for the figures after it). ``given``: the label is the one the line before gave
    it (see _list_tail), final. ``opened``: see _describe_line.
    """
    d = items[i]
    own.append(label := d.label)
    if given:
        if label and d.kind != "change":
            subjects.append(i)
        return
    if subjects and i and items[i - 1].figure.end < d.figure.start:
        _close_brackets(items, subjects, line, d)
    if not label and i > 0 and line.endswith(finders.vocab.existential, 0, d.figure.start):
        label = _among_before(items, i, line, finders)  # (16个司法所中只有1名工作人员的有9个)
    words_only = label[:1] in finders.remainder_chars and not _has_foreign(label, finders)
    # (The cheap tests of _names_nothing first: most labels end otherwise and follow no figure of
    # their clause.)
    may_name_nothing = (
        label[-1:] in TIME_LABEL_ENDS
        or (i > 0 and items[i - 1].clause == d.clause)
        or label in finders.vocab.stock_labels
        or label in finders.trail_only
        or label in finders.new_flow
        or label in finders.links
        or label in finders.participation
        or (d.kind == "change" and label in finders.vocab.aims)
        or label[:1] == "按"  # (a way of reckoning alone: see METHOD)
        or _is_sum(label, finders)
        or label in finders.vocab.involving  # (…11件，涉及23人)
    )
    # A class's bound left before it, no figure (鉴定人不足10名的有4家): its words name the class, not what
    # is counted; the figure borrows the subject before.
    rest = label.lstrip("0123456789.,") if label[:1].isdigit() else ""
    bounded = 0 < len(rest) <= UNIT_MAX and _is_unit(rest, finders.vocab)
    # A level restated (…完成40,218万元,首次突破4亿元大关): named as the figure before it, and no subject.
    at = d.figure.number_start
    restating = (  # (a label of its own, 阅读量突破260万次, names a figure of its own)
        at > 0 and line[at - 1] in finders.restating_last  # (突破 starts the figure; most: no such end)
        and i > 0 and items[i - 1].sentence == d.sentence
        and line.endswith(finders.vocab.restating, 0, at)
        and (not label or label in finders.filler_words or line.endswith(label, 0, at - 1))
    )  # (由31家调整为45家: the verb before its 为, 调整, is no label either)
    nothing = (may_name_nothing and _names_nothing(items, i, label, finders)) or restating or bounded or (
        not words_only and d.kind == "change" and label.startswith(COMPARING)  # (words only: asked below)
        and _verb_before(label, finders) in ("rise", "fall")
        and not _subject_of_change(label, finders).endswith(COUNT_MEASURES)
    )  # (较2021年基线调查提高11.2个百分点: a baseline and a verb, whatever the baseline's words; but
    # 比上年同期调解纠纷数增加96件 names what changed)
    heads_list = i + 1 < len(items) and items[i + 1].chain_head == i
    share = label.startswith(finders.vocab.share_words)  # (占全部投资的比重为28.9%: of the subject before)
    share = share or (d.kind == "percent" and _plan_rate(label, finders.vocab))  # (完成年度目标任务的108.6%)
    # (是“十二五”时期的1.52倍: a change of the subject before, measured against something else)
    share = share or (d.kind == "change" and label.startswith(finders.vocab.relative_words))
    if d.chain_head >= 0 or heads_list or "分别" in d.before or words_only or nothing or share:
        # In a list, or with no words but change words of its own (同比增长): may borrow one.
        label = _inherited_label(items, own, subjects, i, finders, nothing, carried, line, opened)
    if "分别" in label or (i > 0 and "分别" in own[i - 1]):
        label = _named_list_part(items, own, i, label, line, finders)
    if (not label or label in finders.vocab.label_periods) and d.clause[0] > d.sentence[0] \
            and (i == 0 or items[i - 1].clause[1] < d.clause[0]):
        # No word of its own, but what it is counted per (…营养膳食补助，每生每天5元): the clause before
        # names it, where it counts nothing.
        at = d.clause[0] - 1  # (its last LABEL_MAX characters at most: a long clause is not split whole)
        words = _strip_label(_clause_before(line, at, min(LABEL_MAX, at - d.sentence[0])), finders)
        label = _clip(words, keep_end=True) if words and not any(c.isdigit() for c in words) else label
    if label.endswith(finders.vocab.grades) and i > 0 and items[i - 1].clause == d.clause:
        label = _of_another_grade(items[i - 1].label, label, finders.vocab)
    if " " in label:
        label = SPACED.sub("", label)  # 调 解 成 功: text set letter-spaced
    if "," in label:
        label = DIGIT_GROUPS.sub("", label)  # 实施5,000万元以上项目: a label holds no comma
    prev = items[i - 1] if i else None
    if label in finders.vocab.aims and d.kind != "change" and prev is not None and prev.kind == "change" \
            and prev.sentence == d.sentence and (aimed := _subject_of_change(prev.label, finders)):
        label = aimed  # (地区生产总值增长8%，力争达到256亿元: the level aimed at, of the change's subject)
    if label in finders.vocab.case_outcomes and i > 0 and (actor := _body_in_role(items, i, finders)):
        label = actor + label  # (区政府作为被告的审结案件58件，败诉3件: 区政府败诉)
    manner = _manner(label, finders.vocab)
    # (a clause after the sentence's first, or a figure after another of its sentence: …新收402件、受理371件)
    generic = len(label) - manner <= finders.generic_max and (
        d.clause[0] > d.sentence[0] or (i > 0 and items[i - 1].sentence == d.sentence))
    if generic and label[manner:] in finders.generic_labels:
        verb = label[manner:]
        named = _of_cases_named_before(line, d, verb, finders)
        named = named if named != verb or verb not in finders.vocab.generic_verbs \
            else _of_cases_counted_before(items, i, verb, finders)
        body = len(named) - len(verb) if named.endswith(verb) else 0  # (区政府受理: the body that did it)
        label = named[:body] + label[:manner] + named[body:]  # (区政府依法受理)
    elif holds_any(label, POINTING_BACK):
        label = _of_cases_named_before(line, d, label, finders, this_kind=True)
    if label.endswith(finders.measure_ends) and label in finders.vocab.measure_labels:
        if subjects:
            label = _of_thing_before(items, subjects, d, label, finders)
        elif carried and d.sentence[0] == 0:  # (山地苹果面积达到 12.3 万亩， / 产量 3.28 万吨: wrapped)
            label = _measure_of(carried[0], label, finders.vocab)
    elif d.kind == "change" and subjects and label.startswith(finders.vocab.unit_measures) \
            and _subject_of_change(label, finders) in finders.vocab.unit_measures \
            and (thing := items[subjects[-1]]).sentence == d.sentence and thing.label \
            and "分别" not in line[d.clause[0] : d.clause[1]]:  # (not 件数、人数同比分别增长…: each its own)
        label = _clip(thing.label + label, keep_end=True)  # (集体访 286 人次，…人次下降 23.1%)
    if d.kind != "change" and label[-1:] in finders.level_ends:
        label = _without_level_verb(label, finders.vocab)  # 诉前羁押率降至15.8%: a level, of 诉前羁押率
    if d.kind in MEASURED and label.startswith(finders.vocab.label_reached):
        # 全年完成地区生产总值38.17亿元: a sum named by its noun (not 完成投资: 投资 alone says less)
        reached = _longest_start(label, finders.vocab.label_reached)
        label = label[reached:] if len(label) - reached >= REACHED_NOUN_MIN else label
    if label.startswith(finders.vocab.listed_leads):
        label = _without_listed_lead(label, finders)
    if d.kind == "count" and subjects and label.startswith(finders.vocab.averages) \
            and items[subjects[-1]].sentence == d.sentence \
            and items[subjects[-1]].figure.base_unit == d.figure.base_unit and _basis_only(label, finders):
        # What a count per place counts is the count's before it (新培育“法律明白人”2310名,每个村（社区）
        # 不少于10名: 每个村（社区）“法律明白人”).
        noun = _counted_noun(items[subjects[-1]].label, finders)
        place = _basis_rest(label, finders)
        noun = noun[len(place) :] if place and noun.startswith(place) else noun  # (每个乡镇 / 乡镇调解员)
        if len(noun) >= MIN_NOUN and noun not in finders.filler_words:
            label = _clip(label + noun, keep_end=False)
    if len(label) > LABEL_MAX:
        label = _clip(_without_examples(label, finders), keep_end=d.label_end <= d.figure.end)
    d.label = label
    if d.label and d.kind != "change" and d.figure.base_unit not in finders.vocab.streak_units \
            and not restating and not _relative(d, own[i], finders) \
            and not (d.kind == "percent" and _plan_rate(d.label, finders.vocab)) \
            and not _base_of_share(items, i, line) \
            and not (d.seg_start and line[d.seg_start - 1] in OPEN_BRACKETS) \
            and not (line[d.figure.start - 1 : d.figure.start] in OPEN_BRACKETS
                     and line[d.figure.end : d.figure.end + 1] in CLOSE_BRACKETS) \
            and not (subjects and items[subjects[-1]].sentence == d.sentence
                     and d.label.startswith(finders.vocab.averages)
                     and meaning.same_unit_family(items[subjects[-1]].figure.base_unit, d.figure.base_unit,
                                                  generic=False)):
        # (a streak, 连续3年, is said of a subject: it is none, see _relative; nor is a part in brackets,
        # (其中缓刑219人), or a figure alone in them, 任务数(450件), for what follows; nor an average
        # after a total in its unit, 1.42万人次，日均58人次, though 平均出证时间5天 after 380件 is one, and
        # 平均审批时限3个工作日 after 10个街道工作站: 个 alone is of no family here; nor a plan done,
        # 受理…576件,完成市下达目标任务520件的110.8%,同比增长13.2%: the cases grew, in %; nor the
        # base of that plan's share, 520件)
        subjects.append(i)


def _bodies_did(prev: Described, f: Figure, words: str, vocab: Vocabulary) -> bool:
    """Whether the bodies a count before (``prev``, whose label ran on to ``words``) counts did the work
    ``f`` counts, the words after them its verb (``vocab.work_verbs``, after one of ``work_leads``):
    3个专业调委会调处纠纷612件 is named 专业调委会调处纠纷, not 调处纠纷 alone, which the whole county's
    figure may be named too. Not a list's first (代理诉讼、非诉讼事务分别为187件和64件: named alike, each by
    its own words)."""
    return (
        prev.kind == "count" and prev.figure.base_unit in vocab.class_counters
        and prev.figure.base_unit != f.base_unit
        and words.startswith(vocab.work_verbs, _longest_start(words, vocab.work_leads))
        and "分别" not in words
    )


def _basis_only(label: str, finders: _Finders) -> bool:
    """Whether a label says only what its figure is counted per: 每个村（社区）, 平均每所 (no noun of
    what is counted)."""
    rest = _basis_rest(label, finders)
    return len(rest) <= 1 or _place(rest, finders.vocab)


def _basis_rest(label: str, finders: _Finders) -> str:
    """A label after the words of an average and a counter: 平均每个乡镇 -> 乡镇."""
    rest = label
    while (at := _longest_start(rest, finders.vocab.averages)) > 0:
        rest = rest[at:]
    return rest.removeprefix("个")


def _counted_noun(label: str, finders: _Finders) -> str:
    """The noun a count's label names, without the verb or the stock word around it: 新培育“法律明白人”
    and “法律明白人”累计 name “法律明白人”."""
    quote = next((k for k, c in enumerate(label) if c in "“\""), -1)
    noun = label[quote:] if quote >= 0 else label
    return _strip_label(noun, finders) or noun


def _close_brackets(items: list[Described], subjects: list[int], line: str, d: Described) -> None:
    """Drop from ``subjects`` those in a bracket that closes before figure ``d``: the parts in it are
    no subject for what follows it (在册342人（其中缓刑298人…、管制9人），较上年末增加15人: of the 342)."""
    last = items[subjects[-1]].figure
    close = max(line.rfind(")", last.end, d.figure.start), line.rfind("）", last.end, d.figure.start))
    if close < 0:
        return
    reach = max(0, last.start - BRACKET_REACH)  # (a bracket of parts is short: no scan back over a line)
    inside = _open_bracket(line, reach, last.start)
    if inside == reach:
        return  # (the subject stands in no bracket still open)
    while subjects and items[subjects[-1]].figure.start >= inside:
        subjects.pop()


# How far before a subject the bracket it stands in may open (see _close_brackets).
BRACKET_REACH: Final = 200


def _some_of(folded: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether the words between two counts say the second is some of the first (…中有, 中仍有, 中已有)."""
    gap = folded[start:end].rstrip()
    exists = _longest_end(gap, vocab.existential)
    return bool(exists) and gap[: len(gap) - exists].endswith("中")


def _without_last_bases(text: str, vocab: Vocabulary) -> str:
    """A clause left open, less what a figure is counted per at its end (…补贴由每人每月80元提高到每人 /
    每月150元: the rest of the line's per-basis words, blanked there)."""
    return text[: _bases_start(text, len(text), vocab)]


def _bases_start(text: str, end: int, vocab: Vocabulary) -> int:
    """Where the words of what a figure is counted per that end at ``end`` start (每人每月: both)."""
    while word := next((w for w in vocab.per_basis if text.endswith(w, 0, end)), ""):
        end -= len(word)
    return end



def _without_bases(line: str, figures: list[Figure], vocab: Vocabulary) -> str:
    """The line with what each figure is counted per, right before it, blanked (每人每月480元 reads as
    480元, 每件1,200元 as 1,200元): for the words and lists of figures only, as the figures stay where
    they are. Offsets are kept."""
    pieces: list[str] = []  # (the line cut at the words blanked: joined once, as a line may hold many)
    done = 0
    kept = False  # (the figure before kept its words, and a list goes on from it)
    for f in figures:
        end = f.start
        start = _bases_start(line, end, vocab)
        if start == end:
            kept = False
            continue
        # 平均每件8.8万元: an average's; 按每人每月400元、每人每季度1500元的标准: the rates a 标准 after
        # them names, each with its own words.
        kept = line.endswith(vocab.averages, 0, start) or _reckoned(line, start) or (
            kept and line[start - 1] in LIST_JOINERS)
        if not kept:
            pieces += [line[done:start], " " * (end - start)]
            done = end
    return "".join([*pieces, line[done:]]) if pieces else line


def _reckoned(line: str, start: int) -> bool:
    """Whether a rate per something at ``start`` is reckoned by its clause (按每人每天200元标准; 按受理案件
    计算每件不足300元): 按 before it in its clause, but not after 分别, where the subjects before name
    each rate of the list (村调解主任和专职调解员分别按每人每月100元和每人每月600元: a list before 分别, or
    none in its clause, which the clauses before give)."""
    before = _clause_before(line, start, RECKONED_REACH)
    if "按" not in before:
        return False
    respectively = before.rfind("分别")
    if respectively < 0:
        return True
    head = _clause_before(line, start - len(before) + respectively, LIST_HEAD_REACH)
    return bool(head.strip()) and not any(joiner in head for joiner in LIST_JOINERS)


RECKONED_REACH: Final = 12  # (how far before a rate per something its clause's 按 may stand)
LIST_HEAD_REACH: Final = 30  # (how far before a 分别 the list of subjects it takes may stand)


# How many figures before one of a list the figure it is said of may stand (see extract_lines).
LIST_REACH: Final = 24


def _in_list(described: list[Described], k: int) -> bool:
    """Whether figure k is one of a list of figures (5%、7%和9%)."""
    return described[k].chain_head >= 0 or (k + 1 < len(described) and described[k + 1].chain_head == k)


def _base_of_share(items: list[Described], i: int, line: str) -> bool:
    """Whether figure i is the base a share right after it is of: 完成目标任务520件的110.8%."""
    end = items[i].figure.end
    if i + 1 >= len(items) or line[end : end + 1] != "的":
        return False
    return items[i + 1].figure.number_start == end + 1 and items[i + 1].kind == "percent"


def _of_cases_named_before(
    line: str, d: Described, label: str, finders: _Finders, this_kind: bool = False
) -> str:
    """A label that only says what was done with cases (审结案件), after a clause of its sentence that
    says which: 严厉打击“两抢一盗”犯罪，审结案件137件 gives “两抢一盗”犯罪审结案件. ``this_kind``: the label
    points back at them (审结此类案件 after 严惩…等侵财犯罪 gives 审结侵财犯罪案件; so does 相关案件)."""
    m = finders.lead_object.search(line, d.sentence[0], d.clause[0])
    if m is None:
        # Or the cases the clause before opens with, where it counts nothing (一是公安类案件占比最高,全年受理
        # 109件: 公安类案件受理; not 受理行政复议案件154件,已审结105件).
        words = _words_of_clause_before(line, d, finders) if not this_kind else ""
        subject = _subject_of_clause_before(line, d, finders) if words and not any(
            c.isdigit() for c in words) else ""
        if subject.endswith(finders.vocab.lead_objects) and len(subject) > CASE_KIND_MIN:
            return _clip(subject + label, keep_end=True)
        return label
    if this_kind:
        parts = [part for part in KIND_PARTS.split(m.group("object")) if part]
        kind = parts[-1] if parts else m.group("object")
        if len(parts) > 1 and kind in GENERIC_KINDS:
            kind = parts[-2]  # (非法开采稀土等犯罪…审结相关案件: 非法开采稀土, not 犯罪)
        return _clip(THIS_KIND.sub(kind, label, count=1), keep_end=True)
    return _clip(m.group("object") + label, keep_end=True)


# The shortest name of a kind of cases the clause before may give (刑事案件; not 案件 alone).
CASE_KIND_MIN: Final = 2


def _of_cases_counted_before(items: list[Described], i: int, label: str, finders: _Finders) -> str:
    """A label that is only what was done with cases (审结), after a count of its sentence of cases of
    a kind that another such verb names: 受理刑事案件96件,审结81件 gives 审结刑事案件. A verb that names
    the cases itself (结案, 收案) takes none."""
    if CASE in label:
        return label
    d = items[i]
    for k in range(i - 1, max(-1, i - CASES_REACH), -1):
        prev = items[k]
        if prev.sentence != d.sentence:
            break
        if prev.kind in ("change", "percent"):
            continue  # (结案率79.3%, 同比上升4.6个百分点 between them)
        manner = _manner(prev.label, finders.vocab)  # (依法受理…申请49件,审结46件)
        verb = _longest_start(prev.label[manner:], finders.vocab.generic_verbs)
        cases = prev.label[manner + verb :]
        if verb and cases.endswith(finders.vocab.lead_objects) and cases not in finders.vocab.lead_objects \
                and not holds_any(cases, finders.vocab.case_stages):  # (受理审查逮捕案件…,批准逮捕247件)
            return _clip(label + cases, keep_end=True)
        if not verb and (court := _court_before_verb(prev.label, finders)):
            return _clip(court + label, keep_end=True)  # 其中市中院受理案件7,926件,审执结7,512件
        verb = _longest_end(prev.label, finders.vocab.generic_verbs)
        cases = prev.label[: len(prev.label) - verb]
        if verb and len(cases) > verb and cases.endswith(finders.vocab.lead_objects):
            return _clip(label + cases, keep_end=True)  # 八类严重暴力犯罪案件发案21起,破获21起
        break
    return label


def _manner(label: str, vocab: Vocabulary) -> int:
    """The length of the word of ``vocab.generic_manners`` a label starts with (依法受理: 依法, as generic
    as 受理), or 0; most labels start with none, told by one call."""
    return _longest_start(label, vocab.generic_manners) if label.startswith(vocab.generic_manners) else 0


def _court_before_verb(label: str, finders: _Finders) -> str:
    """The body that did what a label says with cases, where it names one of ``vocab.courts`` before
    a verb of ``generic_verbs`` (市中院受理案件: 市中院), or ""."""
    vocab = finders.vocab
    for court in vocab.courts:
        at = label.find(court)
        end = at + len(court)
        if at >= 0 and end <= COURT_MAX and label.startswith(vocab.generic_verbs, end):
            return label[:end]
    return ""


COURT_MAX: Final = 8  # (how far into a label the body that acted may end: 某某区人民法院)


def _total_of_parts(items: list[Described], i: int) -> Described | None:
    """The total whose parts, two or more listed after 其中 in figure i's sentence, stand right before
    figure i in a clause of their own, the total right before them in its unit; or None."""
    d = items[i]
    if not i or items[i - 1].sentence != d.sentence or items[i - 1].clause == d.clause:
        return None
    total = _total_before(items, i)
    return total if total is not None and (
        d.figure.base_unit == total.figure.base_unit or d.figure.unit == "%") else None


def _total_before(items: list[Described], end: int) -> Described | None:
    """The total of the parts that end right before ``end``, two or more in one clause after 其中,
    the total right before them in their sentence and unit; or None."""
    first = end - 1
    while first > 0 and items[first - 1].clause == items[end - 1].clause:
        first -= 1
    if first >= end - 1 or first == 0:
        return None
    head, total = items[first], items[first - 1]
    if PART_LEAD not in head.before or total.sentence != head.sentence or not total.label \
            or total.kind == "change" \
            or any(items[k].figure.base_unit != total.figure.base_unit for k in range(first, end)):
        return None
    return total


def _among_before(items: list[Described], i: int, line: str, finders: _Finders) -> str:
    """What figure i counts where it has no words but what its class is (…的有9个), after a figure of
    its sentence in its unit that names the whole, among which (16个司法所中只有1名工作人员的有9个:
    只有1名工作人员的司法所), or ""."""
    d = items[i]
    for k in range(i - 1, -1, -1):
        whole = items[k]
        if whole.sentence != d.sentence:
            break
        if whole.figure.base_unit == d.figure.base_unit and line.endswith("中", 0, whole.label_end):
            at = d.figure.start - _longest_end(line[: d.figure.start], finders.vocab.existential)
            kind = line[whole.label_end : at].strip(" ，,、")  # (…98个司法所中，仅有1名工作人员的仍有21个)
            return _clip(kind + whole.label.removesuffix("中"), keep_end=True)
    return ""


def _body_in_role(items: list[Described], i: int, finders: _Finders) -> str:
    """The body (``vocab.courts``) the first figure of figure i's sentence names in its role in the
    cases (``vocab.case_roles``: 区政府作为被告的审结案件), or ""."""
    k = i
    while k > 0 and items[k - 1].sentence == items[i].sentence:
        k -= 1
    if k == i:
        return ""
    label, vocab = items[k].label, finders.vocab
    at = next((found for role in vocab.case_roles if (found := label.find(role)) > 0), -1)
    return label[:at] if 0 < at <= COURT_MAX and label[:at].endswith(vocab.courts) else ""


# The fewest characters of a sum's noun for the word of ``vocab.label_reached`` before it to go.
REACHED_NOUN_MIN: Final = 3


# How many figures back _of_cases_counted_before looks for the cases a verb is of, and the word of
# a verb that names them itself.
CASES_REACH: Final = 4
CASE: Final = "案"


# The kind a list names at its end (电信网络诈骗、“套路贷”等侵财犯罪: 侵财犯罪), and the words pointing
# back at it.
KIND_PARTS: Final = re.compile(r"[等、]")
# What names no kind after 等 (非法开采稀土等犯罪): the kind is the one before it.
GENERIC_KINDS: Final = ("犯罪", "违法犯罪", "案件", "犯罪案件", "行为", "违法行为")
POINTING_BACK: Final = ("此类", "该类", "上述", "相关案件")
THIS_KIND: Final = re.compile("此类|该类|上述|相关(?=案件)")  # (the pointing part of each)


def _of_thing_before(
    items: list[Described], subjects: list[int], d: Described, label: str, finders: _Finders
) -> str:
    """A label that only says what a thing is measured by (产量, 出栏), after the figure that opens its
    sentence and names the thing: 粮食种植面积68.4万亩,总产量28.76万吨 gives 粮食总产量; 生猪存栏32.6万头,
    全年出栏44.8万头 gives 生猪出栏; 规模以上工业企业64家,完成增加值98,740万元 gives
    规模以上工业企业完成增加值."""
    same = [items[k] for k in subjects if items[k].sentence == d.sentence and items[k] is not d]
    # The one before it in its clause (督促清理河道垃圾1,850吨,拆除违法建筑12处、面积约3,400平方米:
    # 拆除违法建筑), else the nearest that names a thing by its measure (大牲畜存栏8.3万头,生猪存栏46.2万头,
    # 出栏71.5万头: 生猪), else the sentence's first.
    endings = finders.vocab.measure_endings
    first = same[-1] if same and same[-1].clause == d.clause else None
    first = first or next((c for c in reversed(same) if c.label.endswith(endings)), None)
    first = first or (same[0] if same else None)
    if first is None or first.label.endswith(label):
        return label
    return _measure_of(first.label, label, finders.vocab)


def _measure_of(thing: str, label: str, vocab: Vocabulary) -> str:
    """What ``label`` measures of the thing another label names, less that one's measure (粮食种植面积,
    总产量: 粮食总产量)."""
    ending = _longest_end(thing, vocab.measure_endings)
    thing = thing[:-ending] if ending and len(thing) > ending else thing
    return _clip(thing + label, keep_end=True) if thing else label


# Spaces between ideographs, in text set letter-spaced (调 解 成 功 3,641 件): taken out of labels.
SPACED: Final = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
# The commas between a number's groups of digits (5,000万元以上项目), taken out of labels: a label is
# one phrase, and a table or a scorer reads a comma in it as the end of one.
DIGIT_GROUPS: Final = re.compile(r"(?<=\d),(?=\d{3})")

@cache
def _grade_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """A grade at a level: 国家级, 省级, 乡镇级 (``vocab.grade_levels`` and ``vocab.grades``)."""
    return re.compile(f"(?:{_one_of(vocab.grade_levels)})(?:{_one_of(vocab.grades)})")


def _of_another_grade(before: str, label: str, vocab: Vocabulary) -> str:
    """A label that is only a grade, or a place and a grade, after a figure in its clause whose label
    holds one, names the same thing of that grade: 新培育国家级农业产业化龙头企业2家、省级12家 (省级农业
    产业化龙头企业); 创建省级民主法治示范村2个、郑州市级15个 (郑州市级民主法治示范村)."""
    if len(label) > PLACE_GRADE_MAX:
        return label
    grade = _grade_pattern(vocab)
    own = grade.search(label)  # (郑州市级: a grade at the level of its place)
    if own is None or own.end() != len(label):
        return label
    other = grade.search(before)
    if other is not None:
        return label + before[other.end() :]
    alone = next((at + len(w) for w in vocab.levels_alone if (at := before.find(w)) >= 0), -1)
    return label + before[alone:] if alone >= 0 else label  # (全国民主法治示范村2个、省级11个)


# The longest grade with the place it is at (省级民主法治示范村2个、郑州市级15个: 郑州市级).
PLACE_GRADE_MAX: Final = 7


COMPARING: Final = ("较", "比", "低")  # (低于省定控制目标0.6个百分点)
COUNT_MEASURES: Final = ("数", "数量", "量", "人次", "金额")  # (what a count is measured by: 调解纠纷数)
OPEN_BRACKETS: Final = "(（"
CLOSE_BRACKETS: Final = ")）"


def _relative(d: Described, label: str, finders: _Finders) -> bool:
    """Whether a figure is a rate measured against something else, so that it is no subject for the
    figures after it: 为预算的102.3%, 占全区的30%, 相当于上年的95%, 完成市局下达任务数(450件)的136%
    (its own label is ``label``)."""
    if d.kind != "percent":
        return False
    return label.startswith(finders.relative_starts) or _plan_rate(label, finders.vocab)


def _plan_rate(label: str, vocab: Vocabulary) -> bool:
    """Whether a rate's label says it is of a plan done: 完成年度目标任务(的108.6%)."""
    return label.startswith(vocab.achieving) and holds_any(label, vocab.plans)


def _strip_streak(text: str, vocab: Vocabulary) -> str:
    """The words before a streak (出庭应诉率连续3年保持100%: 出庭应诉率), its word and any space after it
    gone."""
    bare = text.rstrip(" ")  # (连续 4 年: set apart by spaces, as PDFs give it)
    for word in vocab.streak_prefixes:
        if bare.endswith(word):
            return bare[: -len(word)]
    return text


def _open_bracket(line: str, start: int, end: int) -> int:
    """Inside (含上期结转35件) the label starts after the bracket that is still open."""
    depth_positions: list[int] = []
    for m in BRACKETS.finditer(line, start, end):  # the brackets only, found in C
        pos = m.start()
        if line[pos] in "(（":
            depth_positions.append(pos)
        elif depth_positions:
            depth_positions.pop()
    return depth_positions[-1] + 1 if depth_positions else start


def _kind(
    figure: Figure, line: str, clause: tuple[int, int], before: str, finders: _Finders, after_change: bool,
    follows_change: bool = False,
) -> tuple[str, bool]:
    """A figure's kind and whether it is a fall, from its unit and the verb before it.

    ``after_change``: the figure before it in its sentence is a change, or a stock in the same unit.
    Then a figure with only a rise or fall verb before it is a change against the same baseline:
    同比增长5%,增加6件; 油料种植面积9.6万亩,增加0.4万亩; 生猪存栏18.24万头,减少1.62万头 (新增6个 names new
    things: a count). ``follows_change``: the figure before it in its sentence is a change; then a
    subject and a rise or fall verb before it make a change too (…同比分别增长31.9%和6.2%,行政案件减少
    3件)."""
    verb = _verb_before(before, finders)
    negative = verb == "fall"
    if figure.unit_kind == "change":
        return "change", negative
    if figure.unit_kind == "percent":
        if verb in ("rise", "fall"):
            return "change", negative
        noun = finders.change_nouns.search(before)
        if noun:
            return "change", noun.group() in finders.vocab.fall_nouns  # 降幅5%: a fall
        if line[figure.number_start] in SIGNS and before.rstrip().endswith(finders.vocab.baselines):
            return "change", False  # (同比+6.4%), (同比-2.2%): a signed rate right after its baseline
        if after_change and before.strip(" ，,、;；") in finders.vocab.aims:
            return "change", False  # 地区生产总值增长7.5%以上,力争8%: the change's aim
        return "percent", False
    if figure.unit_kind == "count" and "率" in before and _rate_before(before):
        return "percent", False  # 万人成讼率为246件: a rate, counted per 10,000 people
    if line[figure.number_start] in SIGNS and before.rstrip().endswith(finders.vocab.baselines):
        return "change", False  # (较上年 +18.6 件: a signed figure right after its baseline, as 同比+6.4%)
    if verb in ("rise", "fall") and (
        finders.baselines.search(line, clause[0], figure.start)
        or (clause[0] == 0 and finders.baselines.search(before))  # (较上年增加 / 58件: wrapped)
        or (after_change and not _has_remainder(before.strip(" ，,、;；"), finders))
        # (…同比分别增长31.9%和6.2%,行政案件减少3件: a subject and its verb, after changes; not 新增58名)
        or (follows_change and not before.rstrip().endswith(finders.vocab.new_flow))
        or _baseline_clause_before(line, clause[0], finders)
        or before.rstrip().endswith(finders.vocab.net_verbs)  # 净增39家: against the stock before
        or _compared_with(before, finders)  # 平均办案周期较普通案件缩短6天: against another class
        or _length_changed(figure, before, finders.vocab)  # 平均用时缩短6.4天: against the length before
    ):
        return "change", negative
    if ("于" in before or "出" in before) and (m := ABOVE_BENCHMARK.search(before)) is not None:
        return "change", m.group("verb")[0] == "低"  # 结案数高于全省基层法院平均数46.2件: a gap, a change
    if figure.base_unit == "" and figure.unit_kind == "count" and figure.scale != 1:  # (a Decimal last)
        return ("money" if finders.money_words.search(before) else "count"), False
    return figure.unit_kind, False


def _length_changed(figure: Figure, before: str, vocab: Vocabulary) -> bool:
    """Whether a length of time is a change with no baseline written: its clause names a length
    (平均用时) and a verb that changes one stands right before it (缩短6.4天)."""
    return figure.base_unit in vocab.time_units and _verb_ended(before).endswith(
        vocab.duration_change_verbs) and holds_any(before, vocab.duration_words)


def _verb_ended(before: str) -> str:
    """The words before a figure up to its verb, without the 了 after it (缩短了52天: 缩短)."""
    text = before.rstrip()
    return text[:-1].rstrip() if text.endswith(PERFECTIVE) else text


# What a verb may have after it before its figure, that says the change is done (缩短了, 提高了).
PERFECTIVE: Final = "了"


def _compared_with(before: str, finders: _Finders) -> bool:
    """Whether the words before a figure compare it with something right before its verb: 较普通案件缩短
    (6天), 比传统方式节省 (not 比重, 比例, 比率: nouns)."""
    text = _verb_ended(before)
    verb = max(_longest_end(text, finders.vocab.rise_verbs), _longest_end(text, finders.vocab.fall_verbs))
    return verb > 0 and COMPARED.search(text, 0, len(text) - verb) is not None


# A comparison with something named, right before a change's verb (较普通案件, 比传统方式).
COMPARED: Final = re.compile(r"(?:较|比(?![重例率]))[^，,。；;、：:\d\s]{1,12}$")


# The longest unit with its scale (千万微克/立方米 at most): a longer text is none, not read to tell.
UNIT_MAX: Final = 8


# The joiners of a list that are ideographs (9.2小时和8.6小时).
WORD_JOINERS: Final = LIST_JOINERS - {"、"}


# A benchmark a figure right after it is above or below (高于全省基层法院平均数46.2件).
ABOVE_BENCHMARK: Final = re.compile(rf"(?P<verb>高于|低于|高出|低出){meaning.BENCHMARK_OF}\s*$")


def _baseline_clause_before(line: str, start: int, finders: _Finders) -> bool:
    """Whether the clause right before the one at ``start`` is only a baseline, which the changes after
    it are measured against: 与去年同期相比,调解案件数增加132宗."""
    if start < 2 or line[start - 1] not in "，,":
        return False
    words = _clause_before(line, start - 1, BASELINE_CLAUSE_MAX).strip()
    if words and line[: start - 1].strip() == words and words in _baseline_tails(finders.vocab):
        return True  # (与上年相 / 比，收、支总计各增加 214.05 万元: the end of one the wrap broke)
    return bool(words) and finders.baselines.fullmatch(words) is not None


@cache
def _baseline_tails(vocab: Vocabulary) -> frozenset[str]:
    """The ends of the baselines that end with 相比 (相比, 年相比, 期相比…), which a line may start with
    where a wrap broke one: 比 alone too."""
    return frozenset(b[k:] for b in vocab.baselines if b.endswith("相比") for k in range(1, len(b)))


BASELINE_CLAUSE_MAX: Final = 16  # (the longest clause that is only a baseline: 与 2023 年预算相比)


# What may follow a rate in its clause and is no deed it measures (98%的矛盾纠纷, 5%和6%, 30%为…), and
# how long a deed after a rate may be (必接必送, 落实帮教措施).
PERCENT_NOT_DEEDS: Final = "的和及与或、为是较比同左以"
PERCENT_DEED_MAX: Final = 8

SIGNS: Final = "+-−﹣＋"  # (a string: a character is looked up in it; str.startswith with a position
# argument is a slow generic call in compiled code)
# A rate right before a count: 万人起诉率降至97.6件, 万人成讼率为246件, “万人起诉率”降至92.4件 (quoted).
# Or its level before (万人成讼率由上年的106.3件降至93.5件: 106.3件).
RATE_BEFORE: Final = re.compile(
    r"率[”\"’']?(?:为|是|达|达到|降至|降到|升至|升到|下降至|下降到|上升至|上升到|控制在|保持在"
    r"|(?:由|从)(?:上年|去年|年初|\d{4}年|)的?|)\s*$"
)
RATE_REACH: Final = 10


def _share_qualifier(before: str, finders: _Finders) -> str:
    """The qualifier before the 占 a share is said with, in its clause: 约占总量的35% is about 35%."""
    m = finders.share_qualifier.search(before)
    return finders.vocab.share_qualifiers[m.group("qualifier")] if m else ""


def _rate_before(before: str) -> bool:
    return RATE_BEFORE.search(before, max(0, len(before) - RATE_REACH)) is not None

# Figures of money and of physical measures: named, like counts, by the words after them when no more
# than a verb (of at most VERB_ONLY_MAX characters: 拨付, 发放) stands before them.
MEASURED: Final = frozenset({"money", "measure"})
# What opens a scope's words (在受理的72件案件中), which the label of its count leaves out.
SCOPE_LEADS: Final = ("在", "从")
# What puts a figure's object after it, as a share's noun after 的 (把70%以上的财力用于民生: 财力).
DISPOSAL: Final = ("把", "将")
VERB_ONLY_MAX: Final = 2


def _count_label(
    figure: Figure, line: str, end: int, before: str, finders: _Finders, skip: int = 0
) -> tuple[str, int]:
    """A count's label and where it ends: the noun right after it names it (2次廉洁教育,
    16个诉源治理工作站), else the words before it do; those are trimmed only when needed.

    ``end`` is where the words after it stop: the end of its clause, or the next figure in it.
    ``skip``: characters after the figure that are not the noun's (the 的 of 98%的矛盾纠纷).
    """
    start = figure.end + skip
    after = _up_to_break(line[start:end])
    if after[:1] in WORD_JOINERS and not after.startswith(finders.vocab.not_joining) \
            and (DIGIT.search(after) is not None or (
                start + len(after) == end < len(line) and not AFTER_BREAKS.match(line, end))):
        # 提请撤销缓刑3人和撤销假释1人: the next part of a list, no noun of this count (not 对其中2件与上
        # 位法不一致的文件提出修改意见, where nothing counted follows the joiner: what the count is)
        after = ""
    if (digit := DIGIT.search(after, 1)) is not None:  # a number no figure (3至5名) counts something else
        after = after[: digit.start()]
    elif after and line.startswith("、", start + len(after)) and _place_led(after, finders):
        # Places listed, then what they hold: 对全区77个街道(乡镇)、村(居)调委会进行规范提升 (the 调委会 of
        # both), not where the next place has a count of its own (15个乡镇、4个街道).
        more = _up_to_break(line[start + len(after) + 1 : end])
        if more and DIGIT.search(more) is None:
            after = f"{after}、{more}"
    cut = -1
    vocab = finders.vocab
    if figure.base_unit in vocab.person_units and before.rstrip().endswith(vocab.person_nouns):
        # People counted after their noun (组织援助律师32名深入企业): the noun names them, not the
        # verb phrase after (32名律师 would put the noun after, where the words after name them).
        label = _strip_label(before, finders)
        if label.endswith(vocab.person_nouns):
            return label, figure.end
    thing = figure.base_unit in vocab.governed_things  # (对56件案件开展实地调查)
    governing = vocab.things_governing if thing else vocab.governing
    # (对其中9名犯罪情节轻微的未成年人作出不起诉决定: the part of those before, governed all the same)
    # (a number set apart by spaces, as PDFs give it: 对 206 名被告人依法适用缓刑)
    governor = before.rstrip().removesuffix(PART_LEAD)
    if after and (thing or figure.base_unit in finders.governed_units) and (
        governor.endswith(governing) or (not thing and after.startswith(vocab.generic_people))
        or (not thing and _people_winning(after, vocab))  # (1名公证员被评为全省优秀公证员)
        or (governor.endswith("的") and before.lstrip().startswith(governing))
    ):
        # People that something is done for or with, or named generally: the people and what follows
        # them (对41名刑释解教人员开展职业技能培训, 3名同志被评为全省先进个人). What describes them may
        # be a list that ends in 的 (对63名犯罪情节较轻、有悔罪表现的被告人依法适用缓刑): from after it.
        skip = 0
        if (respectively := after.find("分别")) > 0:
            after = after[:respectively]  # (对违反规定的11名社区服刑人员分别给予警告9人: the people)
        if line[start + len(after) : start + len(after) + 1] == "、" and (
            of := line.find("的", start + len(after), end)
        ) > 0 and (described := _up_to_break(line[of + 1 : end])):
            skip, after = of + 1 - start, described
        elif line.startswith("、", start + len(after)) and not _work_start(after, finders):
            # (对38家受疫情影响的煤炭、运输企业开展…: all those listed, up to what is done with them)
            listed = _through_list(line, start, after, end)
            work = _work_start(listed[len(after) :], finders)
            if work > 1 and listed[: len(after) + work].endswith(finders.counted_nouns):
                after = listed[: len(after) + work]  # (things counted, to the verb: not 深入社区、油田作业区)
        phrase = _strip_label(after, finders, lead=False)
        if phrase:
            return _clip(phrase, keep_end=False), start + skip + len(after)
    if after:
        copula = _longest_start(after, vocab.copulas) if before.strip(" ，,、") == PART_LEAD \
            and not after.startswith(vocab.not_copulas) else 0
        if copula:  # (其中12件为涉黑案件: what the part is, after the copula)
            start, after = start + copula, after[copula:]
        stop = finders.after_stops.search(after)  # the first of the words: where the noun ends
        cut = stop.start() if stop else len(after)
        if copula and stop and stop.group() == "的":
            # A noun described, whole: 其中3件为历时5年以上的“骨头案”.
            stop = finders.after_stops.search(after, stop.end())
            cut = stop.start() if stop else len(after)
        won = _class_winning(after, vocab)  # (4件案件入选…典型案例: 入选 ends the noun 案件 too)
        cut = won if 0 < won < cut else cut
        if _reaches(after, start + len(after) == end, finders):
            cut = 0  # 由82家发展到167家: a verb that reaches the next figure, no noun
        among = after.find("中", 1, cut)
        if among > 0 and after.startswith(vocab.existential, among + 1):
            cut = among + 1  # (16个司法所中只有1名工作人员的有9个: 司法所, what the one after counts too)
        if cut > 0:
            noun = _strip_label(after[:cut], finders, lead=False)
            if noun.endswith("中") and (len(noun) == 1 or noun[:-1].endswith(finders.vocab.head_nouns)
                                        or after.startswith(finders.vocab.existential, cut)):
                # 在受理的326件案件中: among them, not 案件中 (初中 keeps its 中); 已作出判决的1148人中: the
                # words before name them; 8个司法所中已有6个 (司法所)
                noun = noun[:-1]
            reaches_next = start + len(after) == end and end < len(line) and not AFTER_BREAKS.match(line, end)
            if noun and cut < len(after) and not reaches_next and (
                _place(noun, vocab)
                or ((noun in vocab.classes or noun in vocab.bodies)
                    and after.startswith(vocab.recognition, cut))
            ) and not _after_listed_count(line, figure):
                # A place, and what is done there (在6个街道设立巡回审判点), or a class of things and what
                # they won (5个产品获得国家农产品地理标志认证): both name the count. (Not where the words
                # run on to the next figure: 2个村人均纯收入增长13%, its words.) Who gave what they won
                # may be listed (4件案件入选最高检、省检察院典型案例).
                if not _place(noun, vocab):
                    after = _through_list(line, start, after, end)
                phrase = _strip_label(after, finders, lead=False)
                return _clip(phrase, keep_end=False), start + len(after)
            if noun and noun not in finders.filler_words:  # (56件和48件: 和 names nothing)
                if reaches_next and cut == len(after):
                    # Words that run on to the next figure name it from the class the count counts
                    # on: 59家市直单位普法责任事项263项 (市直单位, then 普法责任事项); or from the work
                    # done: 7个公证机构办理公证事项4,816件 (公证机构, then 办理公证事项).
                    head = _class_end(noun, vocab) if figure.base_unit in vocab.class_counters else 0
                    head = head if 0 < head < len(noun) else _work_start(noun, finders)
                    if head:
                        return noun[:head], start + head
                if before.endswith("的") and noun in vocab.head_nouns:
                    # A noun this general takes what the words before say of it: 全年开庭审理的126件
                    # 案件中 (开庭审理案件).
                    modifier = _strip_label(before[:-1], finders)
                    if modifier.startswith(SCOPE_LEADS) and len(modifier) > 2:
                        modifier = modifier[1:]  # (在受理的72件案件中: 受理案件)
                    if modifier and len(modifier) + len(noun) <= LABEL_MAX:
                        return modifier + noun, start + cut
                rest = next((word for word in vocab.remainders if before.endswith(word)), "")
                return rest + noun, start + cut  # (其余3个县: 其余县, the rest of those listed)
    label = _strip_label(before, finders)
    if label == "中":  # (18个司法所中有6个仅有1名工作人员: of the 司法所 before, see _settle_label)
        label = ""
    names_nothing = not label or label in finders.vocab.label_lead  # (其中7家通过验收: what follows names it)
    if cut == 0 and (before.rstrip().endswith(finders.vocab.existential) or names_nothing):
        verb_phrase = _strip_label(after, finders, lead=True, trail=False)
        if verb_phrase:
            return verb_phrase, start + len(after)
    return label, figure.end


def _people_winning(words: str, vocab: Vocabulary) -> bool:
    """Whether the words after a count of people name them (a noun of ``vocab.person_nouns``) and what
    they won (``vocab.recognition``): 公证员被评为全省优秀公证员, as 同志被评为… is."""
    found = [k for word in vocab.recognition if (k := words.find(word, 1, PEOPLE_NOUN_MAX + 1)) > 0]
    return bool(found) and words[: min(found)].endswith(vocab.person_nouns)


# The longest noun of people a count names before what they won (see _people_winning).
PEOPLE_NOUN_MAX: Final = 8


def _class_winning(words: str, vocab: Vocabulary) -> int:
    """The length of the class (``vocab.classes``) or body (``vocab.bodies``) ``words`` start with,
    where what it won follows (案件入选, 产品获得, 司法所被评为: see ``vocab.recognition``), else 0."""
    classes, bodies = vocab.classes, vocab.bodies
    if not (words.startswith(classes) or words.startswith(bodies)):  # (most words)
        return 0
    for group in (classes, bodies):
        for word in group:
            if words.startswith(word) and words.startswith(vocab.recognition, len(word)):
                return len(word)
    return 0


def _through_list(line: str, start: int, words: str, end: int) -> str:
    """``words`` (from ``start`` in ``line``) and the parts listed after them with 、 up to ``end``,
    while no part holds a number (the next figure's)."""
    at = start + len(words)
    while line.startswith("、", at) and at < end:
        more = _up_to_break(line[at + 1 : end])
        if not more or DIGIT.search(more) is not None:
            break
        words = f"{words}、{more}"
        at += len(more) + 1
    return words


def _without_condition(before: str, label: str, vocab: Vocabulary) -> str:
    """A label right after 对 (trimmed as a lead word) from the first of ``vocab.condition_verbs``
    after its start: what was done, not what it was done to (对犯罪情节轻微的依法作出不起诉决定43人:
    依法作出不起诉决定). Labels with none of them, or no 的 before it, stay whole (对重点人员开展帮扶)."""
    at = before.rfind(label)
    if at < 0 or not before[:at].rstrip().endswith(AFTER_TO):
        return label
    starts = [k for verb in vocab.condition_verbs if (k := label.find(verb, 1)) > 0]
    # (a condition described, with 的; not a thing named, 对侦查活动违法情形提出纠正意见86件, which tells
    # the figure from the next, 对刑事审判活动违法情形提出纠正意见14件)
    return label[min(starts) :] if starts and "的" in label[: min(starts)] else label


# What a label said of something names it after (see _without_condition).
AFTER_TO: Final = ("对", "针对")


def _class_end(noun: str, vocab: Vocabulary) -> int:
    """Where the first of ``vocab.classes`` in a noun ends (市直单位普法责任事项: after 单位), or 0."""
    ends = [at + len(word) for word in vocab.classes if (at := noun.find(word)) >= 0]
    return min(ends, default=0)


def _without_listed_lead(label: str, finders: _Finders) -> str:
    """A label that opens with a lead (``vocab.listed_leads``) and lists places or those served before
    a work verb, from the verb (在区法院、区检察院设立法律援助工作站: 设立法律援助工作站), or with the class
    the list gives examples of (为快递员、网约车司机等新就业形态劳动者办理案件: 为新就业形态劳动者办理案件;
    not 等地, a class of one character). Not a list the verb is one of (在线开庭、调解)."""
    at = _work_start(label, finders)
    if not at or label[at - 1] == "、":
        return label
    lead = label[:at]
    examples = lead.rfind("等")
    if examples >= 0 and at - examples - 1 >= MIN_NOUN:
        return label[: _longest_start(label, finders.vocab.listed_leads)] + label[examples + 1 :]
    return label[at:] if examples >= 0 or "、" in lead else label


def _after_listed_count(line: str, figure: Figure) -> bool:
    """Whether a count follows another in a list joined by 、 (13个街道、63个社区开展…活动): it names its
    class as the one before it does, not what the list does there."""
    at = figure.start
    return line[at - 1 : at] == "、" and DIGIT.search(line, max(0, at - LISTED_REACH), at - 1) is not None


LISTED_REACH: Final = 12  # (how far before a count listed after 、 the count before it is looked for)


def _work_start(noun: str, finders: _Finders) -> int:
    """Where the first of ``vocab.work_verbs`` in a noun starts, after two characters at least (one
    that is a place: 村) and not where it makes a noun (人民调解组织排查矛盾纠纷: at 排查, not the 调解 of
    调解组织), or 0."""
    vocab = finders.vocab
    first = 0
    least = 1 if noun[:1] in vocab.places else MIN_NOUN  # (7个村聘请法律顾问24名: 村)
    for verb in vocab.work_verbs:
        at = noun.find(verb, least)
        while at > 0 and (not first or at < first):
            if not noun.startswith(vocab.work_noun_heads, at + len(verb)):
                first = at
                break
            at = noun.find(verb, at + 1)  # (人民调解委员会调解纠纷: the second 调解)
    return first


MIN_NOUN: Final = 2  # (the fewest characters a noun before a verb has: 律师办理…)


def _place(noun: str, vocab: Vocabulary) -> bool:
    """Whether a noun after a count is a place of ``vocab.places``, a bracket after it or not:
    乡镇, 乡镇(街道), 县（市、区）; or a list of them (乡镇、街道). Not one that names more after the
    bracket: 县(市、区)法律援助工作站."""
    bracket = BRACKETS.search(noun)
    place = noun[: bracket.start()] if bracket and noun[-1] in CLOSE_BRACKETS else noun
    return place in vocab.places or (
        "、" in noun and not bracket and all(part in vocab.places for part in noun.split("、"))
    )


def _place_led(noun: str, finders: _Finders) -> bool:
    """Whether a noun after a count is a place (:func:`_place`), or a place and what is done there (乡镇
    (街道)建成法治文化广场, up to the verb of ``vocab.work_verbs``)."""
    if not noun.startswith(finders.place_words):
        return False  # (most nouns: one test in C)
    if _place(noun, finders.vocab):
        return True
    work = _work_start(noun, finders)
    return work > 0 and _place(noun[:work], finders.vocab)


def _reaches(text: str, to_next: bool, finders: _Finders) -> bool:
    """Whether a text between two figures is a short verb that reaches the second as a level
    (由82家发展到167家, 由156家跃升至1,203家), not a noun: a word or two and 到 or 至."""
    return to_next and len(text) <= REACH_MAX and text.endswith(finders.vocab.level_markers)


REACH_MAX: Final = 3


def _up_to_break(text: str) -> str:
    """The text up to the first break; a bracket inside a noun, as in 村(社区)法律顾问, is kept whole."""
    pos = 0
    while True:
        brk = AFTER_BREAKS.search(text, pos)
        if brk is None:
            return text
        if brk.group() in "(（" and brk.start() > 0:
            close = text.find(")" if brk.group() == "(" else "）", brk.end())
            if close > 0:
                pos = close + 1
                continue
        return text[: brk.start()]


def _goes_on_with_its_verb(items: list[Described], prev: Described, gap: str, vocab: Vocabulary) -> bool:
    """Whether a change continues the 分别 list of the change before it with a verb of its own:
    同比分别下降4.7%和增长2.1% (``gap`` is 和增长), each figure for its own subject."""
    if prev.kind != "change" or gap[:1] not in LIST_JOINERS:
        return False
    head = items[prev.chain_head] if prev.chain_head >= 0 else prev
    verb = gap[1:].strip()
    return "分别" in head.before and (verb in vocab.rise_verbs or verb in vocab.fall_verbs)


def _own_verb(d: Described) -> str:
    """The verb a figure in a 分别 list says for itself (和增长2.1% -> 增长), or ""."""
    return d.before.strip().lstrip("".join(LIST_JOINERS)).strip()


# What separates the parts of a list of subjects: 受理、办结行政复议案件, 城镇和农村居民, A以及B.
LIST_PART_MARKS: Final = "、和及与"
LIST_PART_WORDS: Final = ("以及",)


@cache
def _list_parts_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """LIST_PART_WORDS, or a mark of LIST_PART_MARKS that is not inside one of ``vocab.not_joining``
    (the 及 of 涉及, the 和 of 和解): each mark with the lookarounds of the words that hold it."""
    alternatives = list(LIST_PART_WORDS)
    for mark in LIST_PART_MARKS:
        before = sorted({w[: w.index(mark)] for w in vocab.not_joining if mark in w[1:]})
        after = sorted({w[w.index(mark) + 1 :] for w in vocab.not_joining if mark in w[:-1]})
        alternatives.append("".join(f"(?<!{re.escape(b)})" for b in before) + re.escape(mark)
                            + (f"(?!{_one_of(after)})" if after else ""))
    return re.compile("|".join(alternatives))


def _list_parts(subject: str, n: int, vocab: Vocabulary) -> list[str]:
    """The parts of a list of subjects for n figures: split at 、 where that gives n or more (names
    may hold 和: 化学原料和化学制品制造业、电气机械和器材制造业), else at every joiner."""
    parts = [p for p in subject.split("、") if p.strip()]
    if len(parts) < n and QUOTED_NEXT.search(subject):
        parts = [p for p in QUOTED_NEXT.split(subject) if p.strip()]  # “老兵调解室”“枫桥式司法所”分别…
    if len(parts) >= n:
        return parts
    every = [p for p in _list_parts_pattern(vocab).split(subject) if p.strip()]
    if len(every) > n and len(parts) == n - 1:
        # A last part that holds a joiner of its own (农业、林业、牧业、渔业和农林牧渔专业及辅助性活动产值):
        # split where the list's last joiner stands, once.
        last = [p for p in _list_parts_pattern(vocab).split(parts[-1], maxsplit=1) if p.strip()]
        if len(last) == 2:
            return [*parts[:-1], *last]
    return every


# Quoted names written one after another, with no mark between them: a list, split between the quotes
# (“老兵调解室”“枫桥式司法所”分别化解纠纷46件和81件; the straight " opens and closes alike: not split).
QUOTED_NEXT: Final = re.compile("、|(?<=[”」』])(?=[“「『])")


def _inherited_label(
    items: list[Described], own: list[str], subjects: list[int], i: int, finders: _Finders,
    nothing: bool = False, carried: Sequence[str] = (), line: str = "", opened: str = "",
) -> str:
    """The label of figure i once figures with no subject of their own have borrowed one.

    ``subjects`` are the figures before i that have their final label and are not changes;
    ``nothing``: figure i's own label names nothing (:func:`_names_nothing`).
    """
    d = items[i]
    head_index = d.chain_head if d.chain_head >= 0 else i
    label = own[head_index]
    chain = _chain(items, head_index)
    if len(chain) > 1:
        position = chain.index(i)
        if "分别" in items[head_index].before:
            subject_part, _, verb_part = items[head_index].before.partition("分别")
            subject_part, verb_part = _strip_label(subject_part, finders), _strip_label(verb_part, finders)
            if d.kind == "change" and subject_part:
                # The baseline before 分别 is the changes', not the last subject's: 上访批次、人次同比分别
                # 下降31.6%和27.4% (上访人次同比下降).
                core = _subject_of_change(subject_part, finders)
                if core and core != subject_part:
                    subject_part, verb_part = core, subject_part[len(core) :] + verb_part
            parts = _list_parts(subject_part, len(chain), finders.vocab)
            verb_part = (position and _own_verb(d)) or verb_part  # 分别下降4.7%和增长2.1%
            if len(parts) == len(chain) and _has_remainder(subject_part, finders):
                return _join(_with_shared_head(parts, position, finders.vocab), verb_part, d.kind)
            one = _one_of_pair(subject_part, len(chain), position, finders.vocab) if len(parts) == 1 else ""
            if one:
                return _join(one, verb_part, d.kind)  # 城乡居民…分别达到25,630元、9,487元: 城镇居民…
            clause_before = "" if len(parts) > 1 or subject_part \
                else _words_of_clause_before(line, items[head_index], finders, opened)
            if len(parts) <= 1 and (subject_part or clause_before.endswith(finders.vocab.list_predicates)
                                    or _counted_list(clause_before, len(chain)) is not None):
                # Named in the clause before, which says so (其中民和县、乐都区受理数分列前两位,分别为…),
                # or where what is measured of each is said before 分别 (物业、劳资等新类型纠纷增长较快,
                # 受理量分别增长27.8%和12.6%: 物业…受理量增长; 按严管、普管、宽管分类管理，人数分别为48人、
                # 362人和186人: 严管人数): those, not the subjects before them.
                listed = _listed_before(line, items[head_index], len(chain), finders, opened)
                if listed:
                    # (what is measured of each, or, where only a time stands before 分别, what is done:
                    # 新组建医疗纠纷、道路交通事故人民调解委员会2个,上半年分别调处纠纷21件、74件)
                    measured = subject_part
                    if measured and _time_only(measured):
                        done = verb_part.strip()
                        measured = done if d.kind != "change" and len(done) > 1 \
                            and done not in finders.vocab.list_verbs else ""
                    return _join(listed[position] + measured, verb_part, d.kind)
            n = len(chain)
            if not subject_part and len(verbs := _list_parts(verb_part, n, finders.vocab)) == n:
                # The list after 分别, what is done to each (分别抽查行政处罚、行政许可案卷150卷和90卷).
                return _with_shared_head(verbs, position, finders.vocab)
            if not subject_part and d.figure.unit in POINT_UNITS and head_index >= n and all(
                items[j].kind == "percent" and items[j].sentence == d.sentence
                for j in range(head_index - n, head_index)
            ):
                # Changes in points of the rates listed right before, one each: …的比重分别为67.3%、43.6%
                # 和48.1%,分别比上年提高2.1、0.8和1.9个百分点.
                return _join(items[head_index - n + position].label, verb_part, d.kind)
            # (前三类同比分别增长…: the first n of the subjects before, not the last n)
            leading = FIRST_N.match(subject_part)
            first_n = leading is not None and _small_count(leading.group("n")) == len(chain)
            if leading is not None and first_n:
                subject_part = subject_part[leading.end() :]
            previous = _subjects_of_changes if d.kind == "change" \
                else _subjects_of_rates if d.kind == "percent" and subject_part.endswith(RATE_ENDS) \
                else _previous_subjects
            # (the same for every figure of the list: found once, for its first, and kept for the others)
            memo = _CHAIN_MEMO
            if memo.subjects_of == (head_index, d.kind == "change") and memo.items is items:
                found = memo.found
            else:
                found = _first_subjects(items, subjects, head_index, len(chain)) if first_n or _cut_after(
                    line, items[chain[-1]]
                ) else []
                found = found or previous(items, subjects, head_index, len(chain), carried) \
                    or _changed_subjects(items, head_index, len(chain), finders) \
                    or _matched_before(items, chain)
                memo.subjects_of, memo.found = (head_index, d.kind == "change"), found
            if found:
                subject = _without_level_verb(found[position], finders.vocab)
                own_words = _has_remainder(subject_part, finders) and not _time_only(subject_part)
                if d.kind != "change" and own_words:
                    # What the figures are is said here, whose they are before: 城市、农村居民最低
                    # 生活保障对象分别为2,316人和11,482人,发放低保资金分别为1,503万元、5,872万元.
                    # Whose, not their share of a whole: 第一、二、三产业增加值占地区生产总值的比重
                    # 分别为…,对经济增长的贡献率分别为… (第一产业增加值…贡献率).
                    whose = _without_share(subject, finders.vocab)
                    return _clip(_overlapped(whose, subject_part), keep_end=True)
                done = verb_part.removesuffix("的")
                if d.kind != "change" and not subject_part and len(done) > 1 \
                        and _has_remainder(done, finders) and not done.startswith(finders.vocab.share_words) \
                        and done not in finders.vocab.participation:
                    # What is done to each, after them: 排查重复信访事项37件、信访积案19件,分别化解34件和
                    # 19件 (重复信访事项化解, 信访积案化解; the verb they were counted with left out), not
                    # who took part in each (分别参加), nor a word alone (分别按, 分别有).
                    counted = _longest_start(subject, finders.vocab.work_verbs)
                    return _clip(subject[counted:] + done, keep_end=True)
                return _join(subject, (subject_part + verb_part).strip(" ，,、"), d.kind)
            # Or named in the clause before: 其次为诊疗护理类和用药类,分别为104件和41件.
            listed = [] if subject_part \
                else _listed_before(line, items[head_index], len(chain), finders, opened)
            if listed:
                return _join(listed[position], verb_part, d.kind)
            return label.replace("分别", "")
        # A list right after a 分别 list as long in its sentence is of the same subjects, each in turn:
        # 县委书记、县长分别接待来访群众43批、37批,带案下访18次、15次 (县委书记带案下访, 县长带案下访).
        before = items[head_index - 1].chain_head if head_index else -1
        if before >= 0 and items[before].sentence == d.sentence and "分别" in items[before].before \
                and len(_chain(items, before)) == len(chain) and _has_remainder(label, finders):
            named = _strip_label(items[before].before.partition("分别")[0], finders)
            parts = _list_parts(named, len(chain), finders.vocab)
            if len(parts) == len(chain):
                return _clip(_with_shared_head(parts, position, finders.vocab) + label, keep_end=True)
        # A list of subjects as long as the list of figures, all in one unit, reads as with 分别:
        # 地区生产总值、规模以上工业增加值、城镇居民人均可支配收入年均增长7.4%、8.6%、6.2%; 受理和审结
        # 行政复议案件56件和48件 (受理行政复议案件, 审结行政复议案件: see _with_shared_head).
        unit = d.figure.unit
        subject = _subject_of_change(label, finders) if d.kind == "change" else label
        parts = _list_parts(subject, len(chain), finders.vocab)
        if len(parts) == len(chain) and all(items[k].figure.unit == unit for k in chain):
            return _join(_with_shared_head(parts, position, finders.vocab), label[len(subject) :], d.kind)
        # A list with no subject of its own reads as with 分别 too, a change (发生生产安全事故17起、死亡
        # 15人,同比减少4起、3人: 事故同比减少, 死亡同比减少) or the levels reached (不捕率、不诉率分别从
        # 2018年的17.5%、9.8%上升至2022年的38.6%、31.2%: 不捕率, 不诉率).
        if not _has_remainder(label, finders):
            found = _previous_subjects(items, subjects, head_index, len(chain), carried)
            if found:
                return _join(_without_level_verb(found[position], finders.vocab), label, d.kind)
        share = label.startswith(finders.vocab.share_words)
        if d.kind != "change" and share and _has_remainder(label, finders):
            # Shares of the list of figures before them, one each: 调解婚姻家庭、邻里纠纷分别为1,023件、
            # 785件,占调解总数的35.6%和27.3%.
            found = _previous_subjects(items, subjects, head_index, len(chain), carried)
            if found:
                return _clip(_without_share(found[position], finders.vocab) + label, keep_end=True)
    if head_index != i:
        return label
    if i == len(items) - 1 and len(chain) == 1 and "分别" in d.before \
            and line[d.figure.end :].strip(" \u3000") in LIST_JOINERS:
        # A 分别 list the wrap broke after its first figure (审（执）结 31,058 件，同比分别上升 9.7% 和 /
        # 8.3%): the first of the subjects before, as on one line; as many as the list of figures right
        # before it has, if any (…调委会分别调处纠纷 426 件、318 件和 1,105 件，同比分别增长 12.4%、).
        before = items[i - 1].chain_head if i else -1
        n = len(_chain(items, before)) if before >= 0 and items[before].sentence == d.sentence else 2
        found = _previous_subjects(items, subjects, i, n, carried)
        if found:
            subject_part, _, verb_part = d.before.partition("分别")
            words = (_strip_label(subject_part, finders) + _strip_label(verb_part, finders)).strip(" ，,、")
            return _join(_without_level_verb(found[0], finders.vocab), words, d.kind)
    opening = d.before.lstrip(" ，,、;；")
    if i > 0 and opening.startswith(finders.vocab.sum_words) and (head := items[i - 1].chain_head) >= 0 \
            and items[i - 1].sentence == d.sentence and "分别" in items[head].before:
        if _is_sum(label, finders):
            # The sum of a list (为农民工、残疾人…分别办理案件418件、37件…和156件,共计676件): what the
            # list's figures measure, all of them, not its last part's.
            measured = _strip_label(items[head].before.partition("分别")[2], finders)
            if measured:
                return _clip(label + measured, keep_end=False)
        else:
            # What the sum of a list does (木材加工、纺织服装、电子信息三大产业分别实现产值…,分别增长…,合计
            # 占规模以上工业总产值的63.4%): said of the list's subjects, the first 分别's that names them.
            named = _strip_label(items[head].before.partition("分别")[0], finders)
            while not named and head > 0 and (earlier := items[head - 1].chain_head) >= 0 \
                    and items[earlier].sentence == d.sentence and "分别" in items[earlier].before:
                head = earlier
                named = _strip_label(items[head].before.partition("分别")[0], finders)
            if named:
                total = opening[: _longest_start(opening, finders.vocab.sum_words)]
                return _clip(named + total + label.removeprefix(total), keep_end=True)
    if i > 0 and not _has_remainder(label.removeprefix("的"), finders) and _base_of_share(items, i - 1, line):
        return _join(items[i - 1].label, label, d.kind)  # 完成目标任务520件的110.8%: of the plan, 520件
    plan = d.kind == "percent" and _plan_rate(label, finders.vocab) and i > 0 \
        and items[i - 1].kind != "percent"
    share = label.startswith(finders.vocab.share_words)
    if d.kind != "change" and _has_remainder(label, finders) and (share or plan):
        # A share of something, 占全部投资的比重为28.9%, is said of the subject before it: 工业投资; so is a
        # plan done, of the count or sum before it: 城镇新增就业1.52万人,完成年度目标任务的108.6% (not of a
        # rate: 调解成功率98.6%,完成年度任务的120%).
        subject = _subject_before(items, subjects, i, finders, carried)
        if not subject and share and d.kind == "percent" and (i == 0 or items[i - 1].sentence != d.sentence):
            # (the first figure of its sentence: 国内民事公证仍是主体,占办证总量的65.3%, its subject
            # named in a clause before, with no figure, up to the verb there)
            subject = _subject_of_clause_before(line, d, finders, verbed=True)
        return _clip(subject + label, keep_end=True) if subject else label
    relative = d.kind == "change" and label.startswith(finders.vocab.relative_words)
    if relative and _has_remainder(label, finders):
        # So is a change measured against something else: 一般公共预算收入368.5亿元,是“十二五”时期的1.52倍.
        subject = _subject_before(items, subjects, i, finders, carried)
        return _join(subject, label, d.kind) if subject else label
    if (not _has_remainder(label, finders) or nothing) and not _upheld(label, d.kind, finders.vocab):
        prev = items[i - 1] if i > 0 else None
        if label in finders.trail_only and prev is not None and prev.kind == "change" \
                and prev.sentence == d.sentence and d.kind != "change":
            # A level from the change right before, nearer than any figure before that: 收案数年均增长
            # 10.4%,由2012年的12.1万件增至2016年的19.7万件 (收案数, not the 审执结 before).
            subject = _subject_of_change(prev.label, finders)
            if subject:
                return _join(subject, label, d.kind)
        if d.figure.unit in POINT_UNITS and prev is not None and prev.kind == "percent" \
                and prev.sentence == d.sentence and prev.label and (not subjects or subjects[-1] != i - 1):
            # A change in points is of the rate right before it, though a share is no subject for
            # what follows it: 第三产业增加值…,占全区增加值的比重为34.7%,比上年提高1.3个百分点.
            return _join(prev.label, label, d.kind)
        if prev is not None and prev.clause == d.clause and prev.label \
                and prev.figure.base_unit == d.figure.base_unit \
                and _reaches(line[prev.figure.end : d.figure.start].strip(), True, finders) \
                and any(mark in line[prev.seg_start : prev.figure.start] for mark in "由从"):
            # The level reached from the one before (人均普法经费由2015年的1.2元提高到2.4元): of its
            # subject, nearer than any figure before it (累计投入436万元).
            return _join(prev.label, label, d.kind)
        if d.kind == "change" and prev is not None and prev.kind == "change" and (
            prev.clause == d.clause
            or (prev.sentence == d.sentence and not (subjects and items[subjects[-1]].sentence == d.sentence))
        ) and (subject := _subject_of_change(prev.label, finders)):
            # A change right after another in its clause is of the same subject: 与上年相比，案件数增加
            # 126件、增长9.6% (案件数增长, not the subject of the figures before, 罚没款); so is one in its
            # sentence where no figure before them there has a subject: 收入总计减少58.17万元，下降5.6%
            # (收入总计下降, not the 支出总计 of the sentence before).
            return _join(subject, label, d.kind)
        if d.kind == "change" and (whole := _total_of_parts(items, i)) is not None:
            # A change after a total's parts listed is the total's: 年末在册124人,其中缓刑109人、假释6人、
            # 暂予监外执行9人,较上年末增加13人 (在册, not 暂予监外执行).
            return _join(whole.label, label, d.kind)
        found = _previous_subjects(items, subjects, i, 1, carried)
        first = i == 0 or items[i - 1].sentence != d.sentence
        rate_alone = d.kind == "percent" and (
            label.startswith(finders.vocab.share_words) or label in finders.filler_words
        )
        if not found and (_is_sum(label, finders) or (first and label in finders.trail_only) or rate_alone):
            # A share (or a rate with no more than a verb before it) whose sentence names its subject in
            # a clause before, with no figure: 第三产业增加值仍居首位,占41.3% (第三产业增加值占);
            # 手术类纠纷占比最高,达38% (手术类纠纷); so does a level reached (法律援助案件数量稳步增长,
            # 达到860件: 法律援助案件数量).
            found = [subject] if (subject := _subject_of_clause_before(line, d, finders)) else []
        if found:
            subject = _without_level_verb(found[0], finders.vocab)
            if nothing and label in finders.vocab.stock_labels:
                # 规模以上工业企业总数 (新增规模以上工业企业21家,总数…), 新建道路总长 (新建道路86条,总长…)
                # (of all only after the new ones in its unit: 新建…业务用房5个,总面积1,260平方米 is theirs)
                counts_all = label in finders.vocab.of_all and (
                    i == 0 or items[i - 1].figure.base_unit == d.figure.base_unit
                )
                new = _longest_start(subject, finders.vocab.new_flow) if counts_all else 0
                subject = subject[new:]
                if label.startswith("总") and subject.endswith(label[1:]) and len(subject) > len(label):
                    subject = subject[: 1 - len(label)]  # 新增林果面积…,总面积: 林果总面积
                return _clip(subject + label, keep_end=True)
            if nothing and label in finders.vocab.involving:
                return _clip(subject + label, keep_end=True)  # 防止群体性上访涉及
            if nothing and label in finders.new_flow:
                return _clip(label + subject, keep_end=False)  # 新增规模以上工业企业
            if nothing and label in finders.links:  # 公共财政预算收入累计
                of_all = next((word for word in finders.vocab.of_all if label.startswith(word)), "")
                return _clip(subject + of_all, keep_end=True)
            if nothing and label in finders.participation:
                held = _longest_start(subject, finders.vocab.organising)  # 集中教育学习累计参加
                return _clip(subject[held:] + label, keep_end=True)
            if d.kind == "percent" and label in finders.vocab.share_words:
                # A share of the subject's, said so: 税收收入76.1亿元,占比达92.4% (税收收入占比; 占: 占比).
                return _clip(subject + SHARE_NAMES.get(label, label), keep_end=True)
            if d.kind == "change" and label in finders.vocab.relative_words:
                return subject  # 地区生产总值300亿元,是2010年的1.5倍: the baseline is compared_to's
            return _join(subject, label, d.kind)
        if prev is not None and prev.kind == "change" and prev.sentence == d.sentence:
            # 受理案件同比增加12.5%,较上年减少38件; 社会消费品零售总额年均增长11.8%,2017年达到396.4亿元
            subject = _subject_of_change(prev.label, finders)
            if subject:
                return _join(subject, label, d.kind)
    return own[i]


def _is_sum(label: str, finders: _Finders) -> bool:
    """Whether a label is a sum word alone (``vocab.sum_words``: 共计), asked of labels as short as one."""
    return len(label) <= finders.sum_max and label in finders.vocab.sum_words


def _names_nothing(items: list[Described], i: int, label: str, finders: _Finders) -> bool:
    """Whether figure i's label names nothing: a time phrase alone (2023年达102.3%), or a filler word
    that goes on with the figure before it, in its clause (罚款3人共计1.5万元; not 现有 in 累计解除
    1,100人,现有134人, which counts something else)."""
    if i > 0 and items[i - 1].clause == items[i].clause and (
        label in finders.filler_words or _reaches(label, True, finders)  # 由82家发展到167家
        or label in finders.vocab.involving  # 上访27起涉及580余人
        or label in finders.vocab.streak_prefixes  # 连续六年超过35万吨: the streak's word alone
    ):
        return True
    if i > 0 and label in finders.vocab.involving and items[i - 1].sentence == items[i].sentence \
            and items[i - 1].kind == "count" and items[i - 1].figure.base_unit != items[i].figure.base_unit:
        return True  # (防止民转刑案件11件，涉及23人: the people the cases before involve, a clause on)
    if _is_sum(label, finders):  # (培训调解员3批,共计1,143名)
        return i == 0 or (items[i - 1].sentence == items[i].sentence
                          and items[i - 1].label not in finders.filler_words)  # (not 现有134人,共计134人次)
    if label[:1] == "按" and METHOD.match(label):  # 人均生产总值16012元,按2014年平均汇率计算为2607美元
        return i > 0 and items[i - 1].sentence == items[i].sentence
    if label in finders.vocab.stock_labels:  # 新增企业23家,总数达到201家; 经费128万元,人均1.5元
        prev = items[i - 1] if i else None
        return prev is not None and prev.sentence == items[i].sentence and (
            prev.kind == items[i].kind or not label.startswith(finders.vocab.averages)
        )  # (an average of another kind, 违法行为1,236起,人均不足0.3万元, is of no such subject)
    if label in finders.trail_only:  # 由2012年的12.1万件: a word that only leads to the figure
        return True
    participation = label in finders.participation
    if participation or label in finders.new_flow or label in finders.links:
        # Of the figure right before, in the sentence: those who took part in what it held
        # (组织集中教育学习96次,累计参加4,580人次; not after people, 近百名群众参加); new ones of the
        # same (规模以上工业企业达到136户,新增18户); the same sum over years (公共财政预算收入完成15.8亿元,
        # 五年累计完成78.3亿元; but a count, 受理案件50件,已完成41件, names what was done).
        d, prev = items[i], items[i - 1] if i else None
        if prev is None or prev.sentence != d.sentence:
            return False
        if participation:
            return prev.kind == "count" and prev.figure.base_unit not in finders.vocab.person_units
        return prev.kind != "change" and prev.figure.base_unit == d.figure.base_unit \
            and (label in finders.new_flow or d.kind in MEASURED)
    if label in finders.vocab.aims:  # 增长7.5%以上,力争8%
        return i > 0 and items[i - 1].sentence == items[i].sentence and items[i - 1].kind == "change"
    return label[-1:] in TIME_LABEL_ENDS and _time_only(label)


# A way of reckoning alone, which restates the figure before it in another unit: 按2014年平均汇率计算(为).
METHOD: Final = re.compile(r"按[^，,。；;：:]{1,14}(?:计算|折算|折合)$")


def _time_only(label: str) -> bool:
    """Whether a label is a time phrase alone: 2023年, 上半年."""
    noise = LEAD_NOISE.match(label) if label[:1] in LEAD_NOISE_CHARS else None
    return noise is not None and noise.end() == len(label)


# What LEAD_NOISE can start with (its digits too), and what a time phrase ends with.
LEAD_NOISE_CHARS: Final = LEAD_NOISE_FIRST_CHARS + "0123456789"
TIME_LABEL_ENDS: Final = "年月日底末止来旬初份度前季"


def _subjects_of_rates(
    items: list[Described], subjects: list[int], index: int, n: int, carried: Sequence[str] = ()
) -> list[str]:
    """As :func:`_previous_subjects`, for n rates of one measure that share a 分别: a rate between them
    and their subjects is passed over (领导干部1,420名、公务员4,680名参加考试,参考率均为100%,合格率分别为
    99.6%和98.9%: 领导干部, 公务员)."""
    found = _previous_subjects(items, subjects, index, n, carried)
    return _rates_passed(items, subjects, index, n, found) if found else found


def _matched_before(items: list[Described], chain: list[int]) -> list[str]:
    """The labels of the figures right before a 分别 list of changes in its sentence, one each, where
    each change is in its figure's unit (a rate's in points): 区政府作为被告的一审案件53件,占一审案件总数的
    28.5%,同比分别增加15件、提高5.2个百分点 (the share is no subject for what follows, but is this
    list's second)."""
    first = chain[0] - len(chain)
    if first < 0 or items[first].sentence != items[chain[0]].sentence:
        return []
    before = items[first : chain[0]]
    for b, k in zip(before, chain, strict=True):
        change = items[k].figure
        if b.kind == "change" or not b.label or not (
            b.figure.base_unit == change.base_unit or (b.kind == "percent" and change.unit in POINT_UNITS)
        ):
            return []
    return [b.label for b in before]


def _changed_subjects(items: list[Described], index: int, n: int, finders: _Finders) -> list[str]:
    """The subjects of the n changes right before ``index`` in its sentence, a list as long as the one
    it starts: 旅游接待人次和旅游总收入年均分别增长21.3%和25.8%,2015年分别达到580万人次、46.5亿元."""
    first = index - n
    if first < 0 or items[first].sentence != items[index].sentence:
        return []
    changes = items[first:index]
    if any(c.kind != "change" for c in changes) or _chain(items, first) != list(range(first, index)):
        return []
    return [_subject_of_change(c.label, finders) for c in changes]


def _clause_opened(sentence: str, clause: str) -> str:
    """The words of the clause before ``clause``, the one a line left open, in the ``sentence`` it left
    open (…按严管、普管、宽管分类，分别为: 按严管、普管、宽管分类), or "" where ``clause`` opens it."""
    at = len(sentence) - len(clause) - 1  # (the stop between them)
    if not clause or at <= 0 or not sentence.endswith(clause) \
            or not structure.CLAUSE_STOP.match(sentence, at):
        return ""
    return _clause_before(sentence, at, at)


def _words_of_clause_before(line: str, d: Described, finders: _Finders, opened: str = "") -> str:
    """The words (trimmed) of the clause before a figure's, in its sentence; "" if its clause opens it.
    ``opened``: the words of the clause before the one a line's first clause goes on with, the line
    before's (…按严管、普管、宽管分类，分别为 / 56 人、301 人、111 人: text wrapped at a fixed width)."""
    if opened and d.clause[0] == 0:
        return _strip_label(opened, finders)
    if not line or d.clause[0] <= d.sentence[0]:
        return ""
    return _strip_label(_clause_before(line, d.clause[0] - 1, d.clause[0] - 1 - d.sentence[0]), finders)


def _subject_of_clause_before(line: str, d: Described, finders: _Finders, verbed: bool = False) -> str:
    """The noun a figure's sentence opens with in the clause before the figure's, up to the first
    verb there: 第三产业增加值 of 第三产业增加值仍居首位,占41.3%; "" if the figure's clause opens it,
    or where ``verbed`` and no word of ``after_stops`` or ``standings`` ends that noun."""
    words = _words_of_clause_before(line, d, finders)
    stop = finders.subject_stops.search(words)
    if verbed and (stop is None or stop.start() < 2):
        return ""
    words = words[: stop.start()] if stop is not None and stop.start() >= 2 else words
    # Less a number that ends it, which is no figure (每村培养“法律明白人”3至5名,共计1,143名).
    trailing = TRAILING_NUMBER.search(words)
    return _strip_label(words[: trailing.start()], finders) if trailing else words


# A number in a count's words after it (3至5名), not one in quotes (开通“12348”热线).
# (The digit first, so that re skips to one in C; what stands before it is asked after: a straight
# quote opens or closes.)
DIGIT: Final = re.compile(r"\d(?:(?<![“\"‘「『《\d]\d)|(?<=\"\d)(?!\d*\"))")
# A number, or a range of two, and a unit of a character at the end of a clause's words.
TRAILING_NUMBER: Final = re.compile(r"\d+(?:\.\d+)?(?:[至到~\-—－]\d+(?:\.\d+)?)?\D?$")


def _one_of_pair(subject: str, n: int, position: int, vocab: Vocabulary) -> str:
    """The subject of figure ``position`` of a 分别 list of n, where the subject is one that names two
    things at once (``vocab.pairs``): 城乡居民人均可支配收入 gives 城镇居民人均可支配收入 for the first of
    two, 农村居民人均可支配收入 for the second; "" for any other."""
    if n != 2:
        return ""
    for word, two in vocab.pairs.items():
        if word in subject:
            return subject.replace(word, two[position], 1)
    return ""


def _counted_list(words: str, n: int) -> int | None:
    """Where a clause's words end with a count of n kinds, after the n it names (城乡建设、…和涉法涉诉
    5个方面): the count's start, else None."""
    m = LIST_COUNTED.search(words)
    return m.start() if m is not None and _small_count(m.group("n")) == n else None


def _small_count(number: str) -> Decimal | None:
    """The value of a small count written in digits or in a Chinese numeral (5, 三)."""
    return numerals.arabic_value(number) if number.isdigit() else numerals.chinese_value(number)


# The first n of the subjects listed before, as a 分别 list's own subject: 前三类, 前两项, 前5个.
FIRST_N: Final = re.compile(r"前(?P<n>\d{1,2}|[两二三四五六七八九十])(?:类|项|个|种|位|名|大)")


# A count of the kinds a list before it names, at the end of its clause: 5个方面, 三类, 四大领域.
LIST_COUNTED: Final = re.compile(
    r"""(?<=[\u4e00-\u9fff])                       # right after the last name
        (?P<n> \d{1,2} | [两三四五六七八九十] )
        (?: 个 | 类 | 项 | 种 | 大 )
        (?: 方面 | 领域 | 类型 | 类别 | 问题 | 行业 | )$""",
    re.VERBOSE,
)


def _listed_before(line: str, head: Described, n: int, finders: _Finders, opened: str = "") -> list[str]:
    """The n subjects a 分别 list with none before it names in the clause before, after its verb or
    before it: 其次为诊疗护理类和用药类,分别为104件和41件; 刑事、民事案件较多,分别为…; [] if that clause
    lists no n of them. (The first of ``vocab.list_verbs`` is taken, 为 too, wherever it stands: the
    clause must then still split into exactly n parts.) ``opened``: see _words_of_clause_before."""
    words = _words_of_clause_before(line, head, finders, opened)
    vocab = finders.vocab
    if (counted := _counted_list(words, n)) is not None:
        words = words[:counted]  # (集中在城乡建设、…和涉法涉诉5个方面，分别为812件…: the n named)
    verb = any_of(vocab.list_verbs).search(words)
    if verb is not None:
        words = words[verb.end() :]
    elif "分别" in words:
        # (依托县医院和交警大队分别设立医患纠纷、交通事故人民调解委员会，全年分别调处纠纷43件和217件: what
        # the clause before set up, each)
        words = words.partition("分别")[2]
        words = words[_longest_start(words, vocab.work_verbs) :]
    if any(c.isdigit() for c in words):
        # (其中继承、委托、声明三类合计79,195件,同比分别增长…: the n kinds counted before their sum; not
        # …的比重分别为67.3%、43.6%和48.1%: figures listed, no names)
        named = words[: next(k for k, c in enumerate(words) if c.isdigit())]
        named = named[: len(named) - _longest_end(named, vocab.sum_words)]
        if (counted := _counted_list(named, n)) is None:
            return []
        words = named[:counted]
    elif words.endswith(vocab.list_predicates):
        words = words[: len(words) - _longest_end(words, vocab.list_predicates)]
    parts = _list_parts(_strip_label(words, finders), n, vocab)
    return [_with_shared_head(parts, k, vocab) for k in range(n)] if len(parts) == n else []


def _subject_before(
    items: list[Described], subjects: list[int], i: int, finders: _Finders, carried: Sequence[str] = ()
) -> str:
    """The subject of the figure before figure i in its sentence: its label, less its change words
    where it is a change (工业投资增长23.6% -> 工业投资); the last of ``carried`` (see
    _previous_subjects) for the first in a line that goes on with the sentence the line before left
    open (税收收入12.35亿元，增长16.2%，占一般公共预 / 算收入的比重为73.8%)."""
    prev = items[i - 1] if i else None
    if prev is None or prev.sentence != items[i].sentence:
        found = _previous_subjects(items, subjects, i, 1, carried) if carried else []
        return _without_level_verb(found[0], finders.vocab) if found else ""
    if prev.kind == "change":
        return _subject_of_change(prev.label, finders)
    found = _previous_subjects(items, subjects, i, 1)
    return _without_level_verb(found[0], finders.vocab) if found else ""


def _upheld(label: str, kind: str, vocab: Vocabulary) -> bool:
    """Whether a label of a level kept (保持, 维持) stands before a number of things, not a level: in
    a list of review decisions, 维持48件 counts the decisions upheld and keeps its label (only a
    rate kept, 保持100%, borrows its subject)."""
    return kind in meaning.COUNTABLE and holds_any(label, vocab.steady_words)


def _with_shared_head(parts: list[str], position: int, vocab: Vocabulary) -> str:
    """Part ``position`` of a list of subjects, with the head noun the list's parts share where only
    the last part writes it: in 受理、办结行政复议案件, 受理 is 受理行政复议案件; in 城镇和农村居民人均
    可支配收入, 城镇 is 城镇居民人均可支配收入. The parts before the last are all as long as the start
    of the last part that stands for them, and what follows it ends with a head noun of the vocabulary
    (案件, 收入): 缓刑、假释、暂予监外执行 shares nothing (执行 is no head noun)."""
    part, last = parts[position].strip(), parts[-1].strip()
    if position and part in vocab.measures:
        # A measure of what the first part names, the rest of which it shares: in 提起公诉的案件数、
        # 人数, 人数 is 提起公诉的人数.
        first = parts[0].strip()
        measure = _longest_end(first, vocab.measures)
        return first[:-measure] + part if measure and len(first) > measure else part
    ordinal = _ordinal_list_part(parts, position)
    if ordinal:
        return ordinal
    collective = COLLECTIVE.search(last)
    if collective and collective.start() and SMALL_NUMERALS.find(collective.group("n")) + 1 == len(parts):
        # The list counted before the head its parts share: 新型建材、纺织服装、机械电子三大主导产业产值
        # (新型建材主导产业产值, …, 机械电子主导产业产值).
        own = last[: collective.start()] if position == len(parts) - 1 else part
        return own + last[collective.end() :]
    heads = vocab.head_nouns + vocab.measure_endings  # (what a shared head ends with)
    groups = vocab.people_groups
    if position < len(parts) - 1 and part.endswith(groups) and last.startswith(groups):
        # Groups of people, each a word whole (为妇女和退役军人办理案件): what follows the last one's.
        head = last[_longest_start(last, groups) :]
        return part + head if head.endswith(heads) else part
    n = len(part)
    if position == len(parts) - 1:
        return part
    noun = _longest_end(last, vocab.head_nouns)
    noun = noun if noun >= HEAD_NOUN_MIN and len(last) - noun >= HEAD_NOUN_MIN else 0
    if any(len(p.strip()) != n for p in parts[:-1]):
        # Parts as long as none of the last's start: the head noun the last ends with, where the part
        # ends with none (教育、社会保障和就业、医疗卫生、农林水事务支出: 教育支出)
        return part + last[-noun:] if noun and not _longest_end(part, vocab.head_nouns) else part
    head = last[n:]
    ending = max(noun, _longest_end(last, vocab.measure_endings))
    if ending and len(head) - ending == 1:
        # (教育、卫生、农林水支出: 教育支出, not 教育水支出; 牛、羊、家禽出栏: 牛出栏, not 牛禽出栏; the last
        # part's name longer)
        head = last[-ending:]
    alike = part[-1]
    if n < len(last) and last[n - 1] != alike and alike in last \
            and all(p.strip().endswith(alike) for p in parts[:-1]):
        # Parts of a kind, ending alike, and a last part whose start does not (农业、林业、…和服务业产值;
        # 市中院一审、二审案件改判发回重审率): what they share follows where its own part ends alike (产值,
        # 案件改判发回重审率), not as many characters of it (业产值, 判发回重审率); where that holds a
        # joiner, the part is a longer name (…渔业和农林牧渔专业及辅助性活动产值): its head noun.
        head = last[last.index(alike) + 1 :]
        if any(c in head for c in LIST_PART_MARKS):
            ending = _longest_end(last, vocab.measure_endings) or _longest_end(last, vocab.head_nouns)
            head = last[-ending:] if ending else ""
    if head[:1] in vocab.grades and part in vocab.grade_levels:
        return part + head  # (省、市级示范村: 省级示范村, levels sharing their grade and what it grades)
    if len(head) < 2 or not head.endswith(heads):
        return part
    ending = _longest_end(part, vocab.head_nouns)
    # (no 物业纠纷纠纷; but 社区服刑人员和刑释解教人员重新犯罪率: 社区服刑人员重新犯罪率)
    return part if ending and head.endswith(part[-ending:]) else part + head


# The fewest characters of a head noun a list's parts take from its last (支出, 案件; not 率), and of
# the last part's own name before it.
HEAD_NOUN_MIN: Final = 2


# A list's parts counted before the head they share (三大主导产业产值), by a numeral of SMALL_NUMERALS
# (its place there is its value less one).
COLLECTIVE: Final = re.compile(r"(?P<n>[两三四五六七八九十])(?:大|类|个|项|种)")
SMALL_NUMERALS: Final = "一两三四五六七八九十"


# A part of a list of ordinals that share what the last one names: 第一、二、三产业 (第二产业).
ORDINAL_PART: Final = re.compile(r"(第?)([一二三四五六七八九十]{1,2})")


def _ordinal_list_part(parts: list[str], position: int) -> str:
    """Part ``position`` of a list of ordinal numerals whose last part names what they count, with
    that name and what the last part says of it: in 第一、二、三产业增加值占地区生产总值的比重, 二 is
    第二产业增加值占地区生产总值的比重 (第 as the first part writes it); "" for any other list."""
    if len(parts) < 2:
        return ""
    first = ORDINAL_PART.fullmatch(parts[0].strip())
    last = ORDINAL_PART.match(parts[-1].strip())
    if first is None or last is None or last.end() == len(parts[-1].strip()):
        return ""
    if not all(ORDINAL_PART.fullmatch(p.strip()) for p in parts[1:-1]):
        return ""
    rest = parts[-1].strip()[last.end() :]
    if not "\u4e00" <= rest[0] <= "\u9fff" or rest[0] in "是类级期批届次":
        return ""  # (一是, 二类, 三级, 一期: enumerators and grades, not ordinals naming a thing)
    mine = ORDINAL_PART.fullmatch(parts[position].strip()) if position < len(parts) - 1 else last
    assert mine is not None
    return (first.group(1) or mine.group(1)) + mine.group(2) + rest


def _subject_of_change(label: str, finders: _Finders) -> str:
    """What a change's label says it is a change of: 受理案件同比增加 -> 受理案件; "" if nothing."""
    while True:  # (each round takes a word off the end, or returns)
        for word in finders.change_words_by_last.get(label[-1:], ()):
            if label.endswith(word):
                label = label[: -len(word)]
                break
        else:
            return label


def _chain(items: list[Described], head_index: int) -> list[int]:
    """Indices of the figures of the list that starts at ``head_index``: they follow it one by one.
    Each figure of a list asks, one after another: the last answer is kept, so that a list of a
    thousand figures is not walked a thousand times."""
    memo = _CHAIN_MEMO
    if memo.items is items and memo.head == head_index and memo.size == len(items):
        return memo.chain
    end = head_index + 1
    while end < len(items) and items[end].chain_head == head_index:
        end += 1
    memo.items, memo.head, memo.size, memo.chain = items, head_index, len(items), list(range(head_index, end))
    memo.subjects_of = (-1, False)  # (a list's subjects are found anew for other figures)
    return memo.chain


class _ChainMemo:
    """The last list of figures :func:`_chain` found: of which figures, from which head."""

    __slots__ = ("chain", "found", "head", "items", "size", "subjects_of")

    def __init__(self) -> None:
        self.items: list[Described] | None = None
        self.head = -1
        self.size = 0
        self.chain: list[int] = []
        self.subjects_of = (-1, False)
        """The list (its head) and kind whose subjects ``found`` holds (see _inherited_label)."""
        self.found: list[str] = []


_CHAIN_MEMO: Final = _ChainMemo()


def _without_level_verb(subject: str, vocab: Vocabulary) -> str:
    """A subject borrowed from a level reached, without the verb that reached it: a change after
    PM2.5平均浓度下降至32微克/立方米 is PM2.5平均浓度同比下降, not …下降至同比下降."""
    marker = _longest_end(subject, vocab.level_markers)
    if not marker:
        return subject
    stem = subject[:-marker]
    verb = _longest_end(stem, vocab.rise_verbs) or _longest_end(stem, vocab.fall_verbs)
    return stem[:-verb] if verb else subject


def _without_share(subject: str, vocab: Vocabulary) -> str:
    """A subject borrowed from a share of a whole without the share: 第一产业增加值占地区生产总值的
    比重 -> 第一产业增加值 (the share word where it first stands after the subject's first character)."""
    cut = min((at for word in vocab.share_words if (at := subject.find(word, 1)) > 0), default=-1)
    return subject[:cut] if cut > 0 else subject


# How a share whose label is only a share word is named after the subject it is of (占: 占比).
SHARE_NAMES: Final = {"占": "占比"}


def _overlapped(first: str, then: str) -> str:
    """``first`` then ``then``, the words of two characters or more that one ends and the other starts
    with written once (行政许可案卷 + 案卷优良率: 行政许可案卷优良率)."""
    k = next((k for k in range(min(len(first), len(then)), 1, -1) if first.endswith(then[:k])), 0)
    return first + then[k:]


def _join(subject: str, phrase: str, kind: str) -> str:
    """Subject plus the change phrase, clipped from the left to fit: 办结案件同比下降."""
    phrase = phrase.strip() if kind == "change" else ""
    room = LABEL_MAX - len(phrase)
    return (_clip(subject, keep_end=True, limit=room) if room > 0 else "") + phrase


def _subjects_of_changes(
    items: list[Described], subjects: list[int], index: int, n: int, carried: Sequence[str] = ()
) -> list[str]:
    """As :func:`_previous_subjects`, for n changes in % that share a 分别: a rate before them is
    passed over, whose change would be in 个百分点 (调解成功5,809件,成功率98.9%,涉及金额1.37亿元,同比分别
    增长7.2%和11.5%: 调解成功, 涉及金额)."""
    found = _previous_subjects(items, subjects, index, n, carried)
    unit = items[index].figure.unit
    if found and unit in POINT_UNITS:
        # Changes in points are of rates, the counts between them passed over (不捕率34.9%;提起公诉671人,
        # 不起诉148人,不诉率18.1%,同比分别上升9.3个百分点和7.6个百分点: 不捕率, 不诉率).
        end = bisect_left(subjects, index)
        recent = subjects[max(0, end - n - SKIPPED_RATES - 1) : end]
        if all(items[k].kind == "percent" for k in recent[-n:]):
            return found
        sentence = items[index].sentence  # (or the one before it, a ；apart)
        rates = [k for k in recent if items[k].kind == "percent" and sentence[0] <= items[k].sentence[1]]
        return [items[k].label for k in rates[-n:]] if len(rates) >= n else found
    if not found or unit != "%":
        return found
    last = index + n - 1
    if last < len(items) and items[last].figure.unit in POINT_UNITS:
        # A list that ends with a change in points ends with the rate's (…调解成功9,735件，成功率98.7%，
        # 同比分别增长6.1%、6.3%和0.2个百分点: 化解, 调解成功, 成功率): the subjects right before it.
        return found
    end = bisect_left(subjects, index)
    if end < n and carried and any(label.endswith(RATE_ENDS) for label in carried):
        # Some of the subjects on the line before (…调结 2,451 件，调解成功率 98.6%，涉及 / 金额 4,318 万元，
        # 同比分别增长 12.4%、11.9% 和 23.7%): the rates among them passed over as on one line.
        pool = [*(label for label in carried if not label.endswith(RATE_ENDS)),
                *(items[k].label for k in subjects[:end] if items[k].kind != "percent")]
        return pool[-n:] if len(pool) >= n else found
    return _rates_passed(items, subjects, index, n, found)


def _rates_passed(
    items: list[Described], subjects: list[int], index: int, n: int, found: list[str]
) -> list[str]:
    """``found``, the subjects of the n figures before ``index``, or where rates stand among them the n
    before it in its sentence that are no rates (see _subjects_of_changes, _subjects_of_rates)."""
    end = bisect_left(subjects, index)
    recent = subjects[max(0, end - n - SKIPPED_RATES) : end]
    if all(items[k].kind != "percent" for k in recent[-n:]):
        return found  # (most lists: no rate among the subjects found)
    kept = [k for k in recent if items[k].kind != "percent" and items[k].sentence == items[index].sentence]
    return [items[k].label for k in kept[-n:]] if len(kept) >= n else found


# How many rates a list of changes in % passes over for its subjects (see _subjects_of_changes).
SKIPPED_RATES: Final = 3
# How the label of a rate ends, for the subjects a line before left open, known by their labels alone.
RATE_ENDS: Final = ("率", "比重", "占比")


def _previous_subjects(
    items: list[Described], subjects: list[int], index: int, n: int, carried: Sequence[str] = ()
) -> list[str]:
    """Labels of the n figures before ``index`` in the same sentence that are not changes.

    ``subjects`` lists, in order, the figures with a label that are not changes: the last n before
    ``index`` are found by bisection, not by a scan back that made a sentence of many figures
    without labels (3人3人3人…) quadratic.  A sentence's figures are contiguous, so the n are in
    ``index``'s sentence when the first of them is.

    ``carried``: the subjects of the sentence the line before left open (调解成功率98.6%， / 较上年
    提高1.2个百分点), for a figure of the line's first sentence that has none before it in the line.
    """
    end = bisect_left(subjects, index)
    if end < n or items[subjects[end - n]].sentence != items[index].sentence:
        sentence = items[index].sentence
        if len(carried) + end >= n and sentence[0] == 0 \
                and (not end or items[subjects[0]].sentence == sentence):
            # (those before it in the line too: 和 219 件，同比分别增长 7.3%、下降 4.1% 和增长 12.6%)
            return [*carried[len(carried) + end - n :], *(items[k].label for k in subjects[:end])]
        return []
    found = [items[k].label for k in subjects[end - n : end]]
    if n > 1 and any(a == b for a, b in pairwise(found)):
        return _distinct_subjects(items, subjects, end, n) or found
    return found


def _named_list_part(
    items: list[Described], own: list[str], i: int, label: str, line: str, finders: _Finders
) -> str:
    """The label of a figure of a 分别 list whose figures are each named right before them, the
    measure before 分别: 月人均补差分别为城市367元、农村212元 (城市月人均补差, 农村月人均补差)."""
    if "分别" in label:
        measure, _, rest = label.partition("分别")
        name = _named_after(rest, finders.vocab)
        return _clip(name + measure, keep_end=True) if name and measure else label
    measure, _, rest = own[i - 1].partition("分别")
    prev, d = items[i - 1].figure, items[i].figure
    joined = line[prev.end : d.number_start]
    if measure and _named_after(rest, finders.vocab) and joined[:1] in LIST_JOINERS and joined[1:] == label \
            and len(label) <= NAMED_MAX:
        return _clip(label + measure, keep_end=True)
    return label


def _named_after(words: str, vocab: Vocabulary) -> str:
    """The short name a 分别 list's first figure has after 分别 and a list verb (分别为城市367元: 城市), or
    "" where the words after 分别 say what was done (分别增长, 分别达到)."""
    verb = _longest_start(words, vocab.list_verbs)
    name = words[verb:]
    return name if verb and 0 < len(name) <= NAMED_MAX and not any(c.isdigit() for c in name) else ""


NAMED_MAX: Final = 4  # (the longest name of each figure of a 分别 list: 城市, 农村, 市本级)


def _cut_after(line: str, d: Described) -> bool:
    """Whether the line stops right after a figure, bare or with a joiner (分别较上年增长15.2%、11.9%和):
    an excerpt cut in a list, whose figures are the first of it."""
    rest = line[d.figure.end :].strip()
    return not rest or (len(rest) == 1 and rest in LIST_JOINERS)


def _first_subjects(items: list[Described], subjects: list[int], index: int, n: int) -> list[str]:
    """The first n distinct subjects of ``index``'s sentence before it, for a list of n figures cut
    short where the sentence names more (审查政府合同265份,提出法律意见430余条,参与处理涉法事务31件,
    分别较上年增长15.2%、11.9%和: 合同, 法律意见)."""
    end = bisect_left(subjects, index)
    sentence = items[index].sentence
    start = end
    while start > 0 and items[subjects[start - 1]].sentence == sentence:
        start -= 1
    labels: list[str] = []
    for k in subjects[start:end]:
        if not labels or labels[-1] != items[k].label:
            labels.append(items[k].label)
    return labels[:n] if len(labels) > n else []


def _distinct_subjects(items: list[Described], subjects: list[int], end: int, n: int) -> list[str]:
    """The last n subjects before ``subjects[end]`` in its sentence, the figures of one clause with
    one label counted once: 批准逮捕322件431人,提起公诉578件774人,同比分别上升6.8%和9.2% (批准逮捕,
    提起公诉); none where the sentence names fewer (批准逮捕322件431人,同比分别上升…: its own two)."""
    sentence = items[subjects[end - 1]].sentence
    found: list[str] = []
    last: Described | None = None
    for k in reversed(subjects[max(0, end - DISTINCT_REACH * n) : end]):
        d = items[k]
        if d.sentence != sentence:
            break
        if last is None or d.label != last.label or d.clause != last.clause:
            found.append(d.label)
            if len(found) == n:
                return found[::-1]
        last = d
    return []


# How many figures per subject _distinct_subjects looks back over (322件431人: two).
DISTINCT_REACH: Final = 3


# ---------------------------------------------------------------------------------------------
# Reports


def extract_lines(
    lines: Iterable[str], source: str = "", taxonomy: Taxonomy | None = None
) -> Iterator[Indicator]:
    """Indicators from the lines of a report, in order; works on a stream of lines."""
    taxonomy = taxonomy or default_taxonomy()
    vocab = load_vocabulary()
    finders = _finders(vocab)
    headings = structure.HeadingTracker()
    report = meaning.ReportContext()
    carried = open_sentence = ""  # the clause and the sentence the line before left open
    # The base unit of the stock that clause ends with, if any (…较上年的 356 件 / 增加 56 件: a change
    # of it, as on one line).
    stock_open = ""
    # Whether the sentence the line before left open ends with a change (…同比下降 5.7%， / 减少 754 件:
    # the next figure in it, a change of the same thing, as on one line).
    change_open = False
    section_of: dict[str, Section] = {}
    subjects_before: Sequence[str] = ()  # (see _open_subjects)
    context_of = ""  # the heading path the context below is of
    context: tuple[str, ...] = ()
    made = Indicator.made  # (looked up once: a record per figure)
    # Each line's number in the report, and whether it is read whole or as a column of a page of two
    # (structure.columns_apart: the left column's lines, then the right's, each numbered as its line).
    origins: deque[tuple[int, int]] = deque()
    stream = structure.columns_apart(_without_form_feeds(lines), origins)
    line_number, first_id = 0, 1
    ids_used: dict[int, int] = {}  # (the figures the left part of a line of two columns had: see annotate)
    # Lines read ahead, with how many characters at the start of each the line before took as its
    # number's unit (…办理各类公证 2,461 / 件，同比下降5.7%: text wrapped at a fixed width): see _take_unit.
    ahead: deque[tuple[str, int]] = deque()
    number = 0
    # The report's tables laid out as text (tables.py); the ids of the last row of one that is not a
    # part (#大豆 is of 粮食), by column; and that row's section.
    reader = tables.Reader(vocab, lambda text: _is_unit(text, vocab), lambda k: _peek(stream, ahead, k))
    table_totals: dict[str, str] = {}
    table_section: Section | None = None
    # (the last table read, the heading path then, and the path its cells are classified under)
    tables_under: tuple[tables.Table | None, tuple[str, ...], tuple[str, ...]] = (None, (), ())
    # The topic a report with no title names in its opening, if any (report.opening, read once), and
    # the topic the classifier is given: that, else the report's own (its title, or its body's).
    opening_read, lead_read, topic_of, report_topic = "", "", "", ""
    # The labels of the figures a list the line before broke off goes on with at this line's start
    # (…分别办理案件 326 件、148 件 / 和 219 件，…), and where they end (see _list_tail).
    listed_on: tuple[str, ...] = ()
    listed_kinds: tuple[tuple[str, bool], ...] = ()  # (their kinds and signs: 分别增长11.4% / 和12.2%)
    listed_end = 0
    running = ""  # the report's title, a page's running head where it comes again (see _furniture)
    paged = False  # (whether the last line that was not blank was a page's furniture)
    places: set[str] = set()  # the places named by a numeral and a unit as the report opens (三元)
    alone = ""  # the line before, where it named something alone, without punctuation (see predicates)
    # The section the last clause that named one anchored, in the sentence the line before left open,
    # with that line's number and the figure's base unit (see named_before below).
    named_open: tuple[int, Section, str] | None = None
    while True:
        if ahead:
            line, taken = ahead.popleft()
        else:
            got = next(stream, None)
            if got is None:
                return
            line, taken = got, 0
        number += 1
        line_number, read_as = origins.popleft()
        first_id = ids_used.pop(line_number, 0) + 1 if read_as == structure.RIGHT else 1
        line = line.rstrip("\r\n")
        head = ""
        reach = len(line) - TAIL_REACH
        if line[-1:] in NUMBER_TAIL_ENDS and line and NUMBER_TAIL.search(line, reach) \
                and not _page_of(line, reader) and not reader.takes_row(line) \
                and not _ends_caption_number(line, vocab):
            # (— 1 —, 1: no number whose unit to take; nor a row of a table being read, 万吨 38.64 12.5 /
            # 万吨 126.83 -4.7: the next row's unit cell; nor a caption's, 续表 2 / 项    目…)
            partial = PARTIAL_GROUP.search(line, max(0, reach))
            head = _take_unit(stream, ahead, vocab, running, _prose_number(line),
                              partial=len(partial.group("digits")) if partial else 0)
        elif line[-1:] in CN_TAIL_ENDS and (cn := CN_NUMBER_TAIL.search(line, max(0, reach))) is not None \
                and (len(cn.group().strip()) > 1 or line[-1] in LONE_TAIL_DIGITS):
            # (群众两千余 / 人次; 二百一十六 / 名当事人; 打掉恶势力团伙两 / 个: the figure reader says
            # whether a lone digit counts, as on one line)
            head = _take_unit(stream, ahead, vocab, running, prose=True, chinese=True)
        elif line[-1:] in ".," and line[-2:-1].isdigit() and _prose_number(line):
            # (实际使用外资3. / 26亿美元; 调解各类纠纷 1, / 758 件: a number the wrap broke at its point or
            # between its groups, then its unit)
            head = _take_unit(stream, ahead, vocab, running, prose=False, group=line[-1] == ",")
        elif line[-1:] in finders.unit_part_ends and (part := finders.unit_part.search(line, reach)):
            head = _rest_of_unit(part.group("part"), stream, ahead, vocab, running)  # (5.3 个百 / 分点)
        if not line or line.isspace():  # a third of a report's lines: nothing to read, and it ends any clause
            if not paged and not _paging(stream, ahead):
                carried, open_sentence, subjects_before, alone, stock_open = "", "", (), "", ""
                change_open = False
            continue  # (but blank lines around a page line, in a PDF's text: page furniture too)
        if line[-1] in PAGE_LINE_ENDS and _page_of(line, reader):
            paged = True
            continue  # — 1 —, 第 1 页 共 6 页: a page's furniture, in the midst of a sentence (not a cell)
        if line.lstrip()[:1] in FOOTNOTE_MARKS and _page_foot(line, stream, ahead):
            continue  # (…执行到位金额 / ① 审判质效评估指标依据… / - 2 - / 23.7 亿元: a page's footnote)
        if number <= TITLE_LINES:  # (a loop, no generator expression: see _without_form_feeds)
            for place in _place_names(vocab).finditer(line):
                places.add(place.group("place"))
        if not running and number <= TITLE_LINES and structure.title_like(line.strip()):
            running = line.strip()  # (the title, which a PDF's pages may repeat as their running head)
        elif paged and _running_head(line, running):
            continue  # (the title again after a page line: its running head)
        elif paged and structure.title_like(line.strip()) \
                and reader.goes_on_past(line, [_peek(stream, ahead, k) for k in range(RESUMED_ROW)]):
            continue  # (a page's running head, not the title, between two rows of a table: 通渭县…报告)
        after_page, paged = paged, False
        above, alone = alone, ""
        headings.update(line)
        heading = headings.path
        # Full-width digits folded once for every step; offsets stay those of the line (records'
        # text is cut from the line as written).
        folded = numerals.fold_width(line)
        if taken:  # the unit the line before took (…公证 2,461 / 件，同比下降5.7%): blanked here
            folded = " " * taken + folded[taken:]
        report.read(folded, heading)
        if number <= TITLE_LINES and running and report.title != running and report.title.startswith(running):
            # (a title over two lines, 乌审旗司法局 / 2022 年工作总结…, may run on one)
            running = report.title
        if report.opening is not opening_read:  # (once: a report with no title, its first line of prose)
            opening_read = report.opening
            if not report.title and "如下" in opening_read and not taxonomy.names_topic(report.topic) \
                    and taxonomy.names_topic(opening_read):
                # 2022年,县司法局…全面落实行政复议体制改革…现将全年工作情况报告如下: a report on review,
                # which it says as it opens (a line of figures first says nothing of the whole)
                topic_of = opening_read
            elif not report.title and not taxonomy.names_topic(report.topic) \
                    and (work := OPENING_WORK.match(opening_read)) and taxonomy.names_one(work.group("work")):
                topic_of = work.group("work")  # 2024年,全市法律援助工作坚持…: a report on legal aid
        if report.lead is not lead_read:  # (once: the first line of prose under a title)
            lead_read = report.lead
            if not taxonomy.names_any(report.title) and taxonomy.names_topic(lead_read) \
                    and not any(c.isdigit() for c in lead_read):
                # A news release whose headline names no line of work (北戴河区上半年为群众挽回经济损失千余
                # 万元), opened by one, with no figure: 今年以来,区法律援助中心深入学习…全面实施法律援助法
                topic_of = lead_read
            elif report.title and not report.topic and taxonomy.names_topic(lead_read) \
                    and taxonomy.names_one(report.title) \
                    and taxonomy.classify(report.title, "") is taxonomy.classify(lead_read, ""):
                # A headline reporting a figure (so no topic of its own) whose one line of work the
                # release's first sentence names as its topic too: 上半年全市公证机构办证量同比增长12.4%,
                # 记者从市司法局获悉…全市5家公证机构共办理各类公证事项14,826件
                topic_of = lead_read
        report_topic = topic_of or report.topic
        if head:  # …公证 2,461 / 件，…: the number's unit, wrapped onto the next line, read with it
            folded += head
        quoted: list[tuple[int, int]] = []  # found by find_figures, for annotate
        # A table's line (tables.Reader): a row's cells are its figures; its header, a unit cell or a
        # row's name give none.
        row = reader.read(number, line, folded, bool(head))
        if row is True:
            carried = open_sentence = stock_open = ""
            subjects_before, change_open = (), False
            alone = _named_alone(line, after_page)  # (a row's name)
            continue
        if isinstance(row, tables.Row):
            if not ahead or not ahead[0][1]:  # (a row's name wrapped after its numbers, with its unit)
                k = _next_text(stream, ahead, running)
                row = reader.name_ends(number, row, ahead[0][0]) if k == 0 else row
            described, row_columns = _table_row(row, folded, vocab)
            carried = open_sentence = opening = opening_sentence = stock_open = ""
            subjects_before, change_open = (), False
            if not described:
                continue
        else:
            # (对 41 / 名未成年被告人依法适用缓刑: the words after the unit the line took, too; 500 / 万元以上
            # 项目投资: a class's bound, read as on one line)
            after_head = _clause_after_unit(stream, ahead, running) if head else ""
            figures = _figures_before(folded, after_head, vocab, quoted)
            if figures and _groups_set_apart(folded, figures):  # 人民调解员1 352名: read again, joined
                folded, quoted = numerals.join_groups(folded), []
                figures = _figures_before(folded, after_head, vocab, quoted)
            clause_after = after_head
            after_head = after_head[: next((k for k, c in enumerate(after_head) if c.isdigit()), None)]
            near_end = bool(figures) and figures[-1].end + UNIT_WORD_TAIL > len(folded)
            if (near_end and not head and _leaves_open(line[-1])
                    and _unit_word_across(folded, figures[-1], stream, ahead, vocab, running)):
                figures.pop()  # …人大四次会 / 议: a name's counter, broken by a wrap
            elif near_end and not figures[-1].base_unit and not folded[figures[-1].end :].strip() \
                    and _ends_report(stream, ahead):
                figures.pop()  # (…办案补贴仅到位3.2万: an excerpt cut off in its figure's unit, at the end)
            if places and figures:
                figures = [f for f in figures if not (f.chinese and folded[f.number_start : f.end] in places)]
            if figures and carried and not folded[: figures[0].start].strip(SPACES) \
                    and _ordinal_before(carried, len(carried.rstrip()), vocab):
                figures.pop(0)  # (…邻里纠纷居前 / 三位，…: a rank, its word on the line before)
            if not figures:
                if after_page and carried and structure.title_like(line):
                    continue  # (a page's running head in the midst of a sentence, which goes on after it)
                (carried, open_sentence), subjects_before = \
                    _unfinished(line, open_sentence, open_ends=finders.open_ends), ()
                stock_open, change_open = "", False
                alone = _named_alone(line, after_page)  # (a title-like line leaves no clause carried)
                continue
            if above and not carried:
                lead = folded[: figures[0].start].strip(SPACES)
                if lead in finders.predicates or (not lead and _figures_only(folded, figures)):
                    # (地区生产总值 / 增长 6.5% 左右: a row's name, its cell on the next line; 人民调解案件数
                    # / ≥1000件 / 1089件: a web table copied a cell a line, its cells each under its name)
                    carried = above
                    if not lead:
                        alone = above
            worded = _without_bases(folded, figures, vocab) if "每" in folded else folded
            if carried and "每" in carried and not worded[: figures[0].start].strip() \
                    and folded[: figures[0].start].strip():
                carried = _without_last_bases(carried, vocab)  # (…提高到每人 / 第1页 / 每月150元)
            if carried and figures[0].qualifier and not folded[: figures[0].start].strip(SPACES):
                # (…结收比不 / 低于 98%: the line's qualifier the end of a longer word the wrap broke, over)
                word = folded[figures[0].start : figures[0].number_start].strip(SPACES)
                name, rest = _qualifier_left(carried, vocab, word) if word else ("", carried)
                if name:
                    figures[0].qualifier, carried = name, rest
            elif carried and not figures[0].qualifier:
                piece = folded[: figures[0].start].strip(SPACES)
                if not piece:  # (…办理量不少于 / 900 宗; …到 2025 年突破 / 1,600 亿元: no 突破 in the label)
                    figures[0].qualifier, carried = _qualifier_left(carried, vocab)
                elif piece in _figure_words(vocab).broken_before:  # (…占比不低 / 于 40%: its piece blanked)
                    figures[0].qualifier, carried = _qualifier_left(carried, vocab, piece)
                    if figures[0].qualifier:
                        worded = worded.replace(piece, " " * len(piece), 1)
            if not head and not figures[-1].qualifier and (
                    piece := folded[figures[-1].end :].strip(SPACES)) in _figure_words(vocab).broken_after:
                # (…控制在 80 件 / 以内。; …达到 95% 以 / 上: a qualifier's word broken by the wrap)
                _qualifier_right(figures[-1], stream, ahead, vocab, running, piece)
                if piece and figures[-1].qualifier:  # (its piece, 以, no word of a label: blanked)
                    end = figures[-1].end
                    worded = worded[:end] + worded[end:].replace(piece, " " * len(piece), 1)
            given, listed_on, kinds = listed_on, (), listed_kinds
            if given and (len(figures) < len(given) or figures[len(given) - 1].number_start >= listed_end):
                given = ()  # (not the figures the line before read as its list's)
            if head:
                # (its words, where the unit ends the line or a word it begins does: 97 个人 / 民调解组织)
                rest = folded[figures[-1].end :]
                tail = after_head if not rest or (len(rest) <= UNIT_WORD_TAIL and rest.isalpha()) else ""
                if tail.strip(SPACES) in LIST_JOINERS and tail.strip(SPACES):
                    # (…296 人 / 次、214 人次和 103 人次: the list goes on after the unit)
                    tail = clause_after
            else:
                tail = _list_tail(folded, figures[-1], stream, ahead, running, vocab.class_counters,
                                  vocab.governing, vocab.work_verbs)
            opened = _clause_opened(open_sentence, carried) if carried else ""
            described = _describe_line(
                worded + tail, figures, vocab, carried, subjects_before, given, tail, stock_open, change_open,
                opened)
            for d, (kind, negative) in zip(described, kinds if given else (), strict=False):
                d.kind, d.negative = kind, negative  # (as the line before read its list's)
            if len(described) > len(figures):  # the rest of the list, on the next line: its labels there
                listed_on, listed_end = tuple(d.label for d in described[len(figures) :]), len(tail)
                listed_kinds = tuple((d.kind, d.negative) for d in described[len(figures) :])
                del described[len(figures) :]
            elif tail and (over := described[-1].label_end - len(folded)) > 0:
                # The words the last figure's label took from the next line (…243 个村（社 / 区）调委会共
                # 排查矛盾纠纷 3,152 次): blanked there, as the words of a figure before on one line are.
                k = _next_text(stream, ahead, running)
                ahead[k] = (ahead[k][0], ahead[k][1] + over)
            opening, opening_sentence = carried, open_sentence
            carried, open_sentence = _unfinished(
                line + head if head else line, open_sentence, len(figures), finders.open_ends)
            # (…为 1,024 名劳动者追回工资 / 1,268 万元: a clause left open, its words the last figure's)
            left_open = bool(head or carried or tail)
            last, end = described[-1], len((line + head).rstrip())
            # (the stock the open clause ends with: its last figure is in that clause, and no change)
            # (or the last figure, whose unit the next line starts with: …办证 1,386 / 件,减少 61 件)
            stock_open = last.figure.base_unit if last.kind != "change" and (
                (carried and last.figure.start >= end - len(carried)) or (head and last.figure.end >= end)
            ) else ""
            change_open = last.kind == "change" and line.rstrip()[-1:] in OPEN_SENTENCE_ENDS
            if carried:
                carried = _after_last_figure(carried, end, last)
            # (…新农合参合率由 2006 年的 82.4% / 提高到 97.6%: a line that ends at its figure, in a
            # paragraph the next line goes on with, leaves its sentence open too)
            ends_figure = not left_open and described[-1].figure.end >= len(folded.rstrip()) \
                and _goes_on(stream, ahead, running)
            subjects_before = _open_subjects(line, described, left_open or ends_figure, subjects_before,
                                             finders)
        if heading is not context_of:
            # The classifier's widest context: the nearest heading that names a section, else the
            # title, which names the topic of a report on one (法律援助中心2021年工作总结). A tuple
            # made anew only when the headings change: the classifier remembers its context by
            # identity (of the tuple and of the title).
            context_of, context = heading, tuple(headings.titles)
        # The figures of a sentence or a clause come one after another and share one string of it:
        # the classifier remembers the last text it scored by identity, and a clause of a thousand
        # figures is neither copied nor scanned a thousand times.
        span, sentence, text = (-1, -1), "", ""
        honours = False
        # Where the line's enumerated points start (一是…二是…): found once per line that has any.
        topics = [m.start() for m in TOPIC_START.finditer(line)] if "是" in line else []
        topic_span, topic = (-1, -1), ""
        clause_span, clause = (-1, -1), ""
        mixed: bool | None = None
        notes_of = report.annotate(line_number, folded, described, quoted=quoted, first=first_id)
        if read_as == structure.LEFT:
            ids_used[line_number] = len(described)
        line_views = meaning.views(folded)
        if isinstance(row, tables.Row):
            notes_of, table_totals = _row_parents(row, described, row_columns, notes_of, table_totals)
        # Headings inside the line (…。（二）行政复议应诉。…): from each on, its figures are under it.
        inline = structure.inline_headings(folded)
        turns = _inline_turns(headings, folded, inline) if inline else []
        # By figure id, for the parts of a total (see below): this line's, and the line's before (其中…
        # on the line after its total, in text wrapped at a fixed width); no more, to keep memory flat.
        sections_before, section_of = section_of, {}
        last_section = taxonomy.fallback
        # (the sentence or point, the section its last clause that named one anchored, its figure's base unit)
        named_before: tuple[tuple[int, int], Section, str] | None = None
        if named_open is not None and named_open[0] == number - 1 and described[0].sentence[0] == 0 \
                and not line[:1].isspace():
            # (新收行政复议案件 94 件， / 较上年增长 38.2%，审结 87 件: the sentence goes on after the wrap,
            # and so does the clause before that named its section)
            named_before = (described[0].sentence, named_open[1], named_open[2])
        line_sections: list[Section] = []  # (of the line's figures so far)
        for k, (d, notes) in enumerate(zip(described, notes_of, strict=True)):
            f = d.figure
            while turns and turns[0][0] <= f.number_start:
                _, heading, context = turns.pop(0)
                context_of = heading
            if d.sentence != span:
                span = d.sentence
                sentence = line[span[0] : span[1]]
                text = sentence.strip()
                if span[0] == 0 and opening_sentence:  # the sentence began on the lines before
                    sentence = opening_sentence + sentence
                honours = _holds_honour(sentence, vocab)  # (a clause holds one only where its sentence does)
                if honours:
                    sentence = _without_honours(sentence, vocab)
            if d.clause != clause_span:  # (a clause lies within one sentence: a new clause is asked about)
                clause_span = start, end = d.clause
                clause = opening + line[start:end] if start == 0 else line[start:end]
                around = sentence  # (or its enumerated point: see _point_around)
                if honours and _holds_honour(clause, vocab):
                    named_for = "" if f.base_unit in vocab.person_units else _honours_named(clause, vocab)
                    # (2个社区获评“全国民主法治示范村”: what a thing won names the work it won it for)
                    clause = named_for if taxonomy.names_any(named_for) else _without_honours(clause, vocab)
                if "等" in clause and "、" in clause:
                    clause = _without_example_list(clause, finders)
                bounds = _point_around(topics, start, span) if topics else span
                if bounds != span:
                    if bounds != topic_span:
                        topic_span, topic = bounds, line[bounds[0] : bounds[1]]
                    around = topic
                named = taxonomy.names_any(clause)
                anchors = named and taxonomy.names_one(clause)  # (see named_before below)
                if not named and named_before is not None and named_before[0] == bounds:
                    # A clause that names no section goes on with the clause before it in its sentence
                    # or enumerated point (举办领导干部法治讲座4场,参训人员达1100余人次), not with the
                    # sentence's other words.
                    clause_section = named_before[1]
                elif not named and k and f.unit in POINT_UNITS and described[k - 1].kind == "percent" \
                        and described[k - 1].sentence == d.sentence:
                    # A change in points, its clause naming nothing, is of the rate right before it
                    # (群众安全感测评达93.6%,比上年提高2.4个百分点: not of the sentence's other words).
                    clause_section = line_sections[k - 1]
                else:
                    clause_section = taxonomy.classify(clause, around, context, report_topic)
                    if named_before is not None and named_before[0] == bounds \
                            and named_before[2] == f.base_unit and clause_section is not named_before[1] \
                            and holds_any(clause, vocab.generic_verbs) \
                            and taxonomy.holds(named_before[1], clause):
                        # (新收行政复议案件94件,…,通过调解、和解方式结案31件: the cases counted before,
                        # ended in a way whose words the clause before's section absorbs, as a heading of
                        # it would; not 办理法律援助案件512件,审查各类涉法文件163件)
                        clause_section = named_before[1]
                mixed = None  # (asked once per clause, of one with several figures only: see below)
            value = -f.value if d.negative and f.value > 0 else f.value
            base_unit = f.base_unit
            if d.kind == "money" and not base_unit:
                base_unit = "元"
            figure_id, parent, period, period_text, compared_to, status = notes
            section = clause_section
            if _shares_clause(described, k):
                if mixed is None:
                    mixed = taxonomy.mixed(clause)
                if mixed:
                    # A clause of several figures that names several sections (调解矛盾纠纷4,218件、办理
                    # 法律援助案件612件、新接收社区矫正对象171人): a figure's own words, where they name
                    # one, decide.
                    piece = line[max(d.seg_start, d.clause[0]) : f.end]
                    if taxonomy.decides(piece):
                        section = taxonomy.classify(piece, around, context, report_topic)
            if not named and _in_list(described, k) and taxonomy.names_one(d.label):
                # A list of figures whose clause names nothing, each named by the list before it (调处矛盾
                # 纠纷1,826件、受理法律援助案件163件…,分别完成全年目标任务的55.3%、54.3%…): the section of
                # the figure it is said of (as its label begins), else its label's.
                of = next((j for j in range(k - 1, max(-1, k - 1 - LIST_REACH), -1)
                           if len(described[j].label) > 1 and d.label.startswith(described[j].label)), -1)
                section = line_sections[of] if of >= 0 else taxonomy.classify(
                    d.label, around, context, report_topic)
            if isinstance(row, tables.Row):
                # A table's cell: its row's and column's words (调解纠纷 of 大冶市), then the table's title
                # (附：2018年公证业务分类统计), as a clause and its sentence; a part's (其中：刑事案件) is of
                # the section of the row it is a part of.
                if not tables.is_part(row.name):
                    # (A table with a title stands under it, not under the heading before: 附表, …统计表.)
                    # (A sentence pointing to it, 各镇（街道）情况见下表：, is no title that stands apart:
                    # the heading before it too, the path with the sentence innermost, made once per
                    # table and heading path.)
                    if tables_under[0] is not row.table or tables_under[1] is not context:
                        pointed = bool(context) and row.table.title.endswith(tables.POINTERS)
                        tables_under = (row.table, context, (*context, *row.table.headings)
                                        if pointed else row.table.headings or context)
                    under = tables_under[2]
                    section = taxonomy.classify(d.label, row.category + row.table.title, under, report_topic)
                    if k == 0:
                        table_section = section
                elif table_section is not None:
                    section = table_section
            if line_views and any(d.sentence[0] <= a and b <= f.start for a, b in line_views):
                # The kinds of a view's things are no section's (从案件领域看,涉及行政处罚、政府信息公开…的
                # 分别为96件、31件: review's cases, under 一、行政复议工作情况): the heading's, if it names
                # one.
                held = taxonomy.classify("", "", context, report_topic)
                section = section if held is taxonomy.fallback else held
            # A part of a total (其中…) is of the total's section: 其中为农民工讨薪案件85件 after
            # 受理法律援助案件326件 counts legal-aid cases, whatever its own words name.
            section = (section_of.get(parent) or sections_before.get(parent, section)) if parent else section
            if k and d.label.startswith(vocab.involving) and described[k - 1].sentence == d.sentence:
                section = last_section  # 讨薪案件213件,涉及农民工1,047人: of the figure it is said of
            elif k and d.kind == "money" and not parent and notes_of[k - 1][1] \
                    and described[k - 1].clause == d.clause and described[k - 1].kind == "count":
                section = last_section  # 其中…为农民工讨薪38件、追回欠薪312万元: what those cases won
            section_of[figure_id] = last_section = section
            line_sections.append(section)
            bracketed = d.seg_start and line[d.seg_start - 1] in OPEN_BRACKETS
            if anchors and d.kind in meaning.COUNTABLE and not bracketed:
                # What a clause with no words of a section goes on with: a count, a sum or a measure of
                # one section (not a rate, 调解成功率98.6%,完成年度任务的120%; nor words in brackets,
                # (1名司法所工作人员+…); nor a clause of two sections alike, 代理征拆复议、诉讼案件20件).
                named_before = (bounds, section, f.base_unit)
            values = {
                "source": source,
                "line": line_number,
                "section": section.key,
                "section_name": section.name,
                "heading": heading,
                "indicator": d.label,
                "value": value,
                "unit": f.unit,
                "base_value": numerals.tidy(value if f.scale is ONE else value * f.scale),  # (most: no scale)
                "base_unit": base_unit,
                "qualifier": f.qualifier,
                "kind": d.kind,
                "text": text,
                "id": figure_id,
                "parent": parent,
                "period": period,
                "period_text": period_text,
                "compared_to": compared_to,
                "status": status,
            }
            yield made(values)
        ended = "" if isinstance(row, tables.Row) else line.rstrip()
        named_open = (number, named_before[1], named_before[2]) if named_before is not None and ended \
            and ended[-1] not in structure.SENTENCE_MARKS and named_before[0][1] >= len(ended) else None


def _unit_figure(magnitude: Decimal, unit: str, vocab: Vocabulary) -> Figure | None:
    """The figure a number and a unit written together make, as the sentence reader reads them
    (118.0万吨: its scale, base unit and kind), or None where kaifu knows no such unit (万头(只))."""
    read = find_figures(f"{magnitude}{unit}", vocab)
    return read[0] if len(read) == 1 and read[0].value == magnitude and read[0].unit == unit else None


def _is_unit(text: str, vocab: Vocabulary) -> bool:
    """Whether a text is a unit, as a table's 单位 cell is (万吨, 亿元, 人次)."""
    return _unit_figure(Decimal(1), text, vocab) is not None


def _table_row(row: tables.Row, line: str, vocab: Vocabulary) -> tuple[list[Described], list[str]]:
    """The figures of a text table's row, described: each cell's number with its unit, read as the
    sentence reader reads 118.0万吨 (scale, base unit, kind), labelled by the row (tables.label); and
    each one's column."""
    table = row.table
    described: list[Described] = []
    columns: list[str] = []
    for b, block in enumerate((row, *row.others)):
        _block_figures(block, line, vocab, f"{b}:" if table.blocks > 1 else "", described, columns)
    return described, columns


def _block_figures(
    row: tables.Row, line: str, vocab: Vocabulary, prefix: str,
    described: list[Described], columns: list[str],
) -> None:
    """:func:`_table_row` for one row on a line: its figures added to ``described``, and their columns
    to ``columns`` (``prefix``: that of the block, in a table laid out side by side)."""
    name, cells, table = row.name, row.cells, row.table
    whole = (0, len(line))
    for cell in cells:
        f = _unit_figure(abs(cell.value), cell.unit, vocab) if cell.unit else None
        if f is None and cell.unit.endswith((")", "）")):  # 万头(只): 万头, as a sentence's 万头（只）
            f = _unit_figure(abs(cell.value), tables.named_unit(cell.unit)[0], vocab)
        elif f is None and "/" in cell.unit:  # 件/万人: 件, as a sentence's 86.3件/万人
            f = _unit_figure(abs(cell.value), cell.unit.partition("/")[0], vocab)
        elif f is None and cell.unit in vocab.table_measure_units:  # (平均受教育年限 年 10.3: a measure)
            f = Figure(0, 0, 0, abs(cell.value), cell.unit, ONE, cell.unit, "measure", "", False)
        if f is None:
            continue  # no unit, or one kaifu does not know (万头(只)): no figure, as in a sentence
        figure = Figure(
            cell.start, cell.start, cell.end, cell.value, f.unit, f.scale, f.base_unit, f.unit_kind,
            cell.qualifier, False,
        )
        changed = cell.column.role == "change" or table.changes or tables.changes_row(name, cell, vocab)
        kind = "change" if changed else f.unit_kind
        if kind == "count" and cell.unit != tables.SCORE_UNIT \
                and any("率" in w and _rate_before(w) for w in (name, cell.column.name)):
            kind = "percent"  # 万人成讼率 件/万人 86.3: a rate counted per 10,000 people (a row or a column)
        label = _clip(tables.label(name, cell, table, vocab), keep_end=False)  # (the row's name first)
        described.append(Described(figure, whole, whole, label, cell.end, kind, False, -1, 0, ""))
        column = prefix + cell.column.name
        # (来访（批/人次） 412/1,206: a column's second figure in a row, of its second unit)
        columns.append(column + "/" if columns and columns[-1] == column else column)


def _row_parents(
    row: tables.Row, described: list[Described], columns: list[str], notes: list[meaning.Notes],
    totals: dict[str, str],
) -> tuple[list[meaning.Notes], dict[str, str]]:
    """The notes of a table row's figures with their parents (see _table_parents), and the totals for
    the rows after; in a table laid out side by side, each block's rows apart, by their columns' prefix."""
    if row.table.blocks == 1:
        kept = totals if row.goes_on or tables.is_part(row.name) else {}  # (a new row: anew)
        return _table_parents(row.name, described, columns, notes, kept)
    out = list(notes)
    for b, block in enumerate((row, *row.others)):
        prefix = f"{b}:"
        at = [i for i, column in enumerate(columns) if column.startswith(prefix)]
        mine = {k: v for k, v in totals.items() if k.startswith(prefix)}
        got, mine = _table_parents(block.name, [described[i] for i in at], [columns[i] for i in at],
                                   [notes[i] for i in at], mine if tables.is_part(block.name) else {})
        totals = {**{k: v for k, v in totals.items() if not k.startswith(prefix)}, **mine}
        for i, n in zip(at, got, strict=True):
            out[i] = n
    return out, totals


def _table_parents(
    name: str, described: list[Described], columns: list[str], notes: list[meaning.Notes],
    totals: dict[str, str],
) -> tuple[list[meaning.Notes], dict[str, str]]:
    """The notes of a table row's figures with their parents: a part's (#大豆) values are of the same
    column's value in the last row that is no part, whose ids are kept, by column, for the rows after."""
    if not tables.is_part(name):  # (``totals``: those of the row's cells before, on lines before)
        return notes, {**totals, **{column: n[0] for column, n in zip(columns, notes, strict=True)}}
    out: list[meaning.Notes] = []
    for d, column, n in zip(described, columns, notes, strict=True):
        total = totals.get(column, "") if d.kind in meaning.COUNTABLE else ""  # (no change nor share)
        out.append((n[0], total or n[1], n[2], n[3], n[4], n[5]))
    return out, totals


# An honour's name, after the verb that confers it (``vocab.honour_verbs``), up to its clause's end:
# 3名工作人员获评“全市优秀公共法律服务工作者”, 所长被评为全市优秀司法所长. Its words name no section of
# the figure (the verb does: party building), so the classifier reads the clause without them.
@cache
def _honour_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?P<verb>{_one_of(vocab.honour_verbs)})[^，,。；;！!？?]*")


def _holds_honour(text: str, vocab: Vocabulary) -> bool:
    """Whether a text may hold an honour's verb: a scan in C for each that holds no shorter one (评为
    finds 被评为 too); most texts hold none."""
    return holds_any(text, _honour_probes(vocab))


@cache
def _honour_probes(vocab: Vocabulary) -> tuple[str, ...]:
    verbs = vocab.honour_verbs
    return tuple(v for v in verbs if not any(w != v and w in v for w in verbs))


def _without_honours(text: str, vocab: Vocabulary) -> str:
    return _honour_pattern(vocab).sub(r"\g<verb>", text)


def _honours_named(text: str, vocab: Vocabulary) -> str:
    """A text with the verbs that confer honours taken out and the honours' names kept: what a thing
    (not a person) won names the work it won it for (13个单位被评为“六五”普法先进: legal education;
    连续三年被评为全省法律援助工作先进单位: legal aid), not team building."""
    return _honour_pattern(vocab).sub(lambda m: m.group()[len(m.group("verb")) :], text)


# The last character of a line that leaves its clause open: text wrapped at a fixed width
# (…其中,医疗纠纷 / 130起; …平均每村（社区） / 5 场; 培育“法律明白人” / 1,836名): a CJK ideograph (U+4E00
# to U+9FFF) or one of these marks.  Tested on the last character only, by comparisons (a search for
# ``…$`` would try every character of the line).
OPEN_END_MARKS: Final = "（(、“）)”」》"


# An enumerated point inside a sentence, 一是…二是…, after a mark or at the sentence's start: each
# opens a topic of its own for the classifier (see extract_lines).
TOPIC_START: Final = re.compile(r"(?:(?<=[，,；;。：:、\s])|^)[一二三四五六七八九十]是")
TOPIC_REACH: Final = 200


def _inline_turns(
    headings: structure.HeadingTracker, line: str, starts: list[int]
) -> list[tuple[int, str, tuple[str, ...]]]:
    """(position, heading path, the classifier's context) from each heading inside a line on, read
    into the tracker in turn: the lines after the line are under its last one."""
    turns = []
    for start in starts:
        headings.update(line[start:])
        turns.append((start, headings.path, tuple(headings.titles)))
    return turns


def _goes_on(source: Iterator[str], ahead: deque[tuple[str, int]], running: str) -> bool:
    """Whether the next line that is no page line goes on with this one's paragraph: it starts at the
    margin, with an ideograph, and opens no heading (text wrapped at a fixed width)."""
    k = _next_text(source, ahead, running)
    following = ahead[k][0] if k >= 0 else ""
    return "\u4e00" <= following[:1] <= "\u9fff" and structure.heading_match(following) is None


def _open_subjects(
    line: str, described: list[Described], wrapped: bool, before: Sequence[str], finders: _Finders
) -> tuple[str, ...]:
    """The subjects (labels of figures that are not changes) of the last sentence of a line that
    leaves it open, ending with a comma or a 、 (text wrapped at a fixed width or by a converter),
    or in a clause (``wrapped``: a number whose unit the next line holds, a word the next line ends):
    the next line's first figures may borrow them. None where the line ends its sentence. ``before``:
    those the line before left open, kept where the line's last sentence began before it (a list of
    figures over three lines, 分别较上年增长 6.1%、11.4%、3.8% 和 9.6% after them: SUBJECTS_KEPT at most).
    Where the sentence has changes only, the subject of its last (…；支出总计减少 58.17 万元， / 下降 5.6%:
    支出总计)."""
    if not wrapped and line.rstrip()[-1:] not in OPEN_SENTENCE_ENDS:
        return ()
    last = described[-1].sentence
    own = tuple(d.label for d in described if d.sentence == last and d.kind != "change" and d.label)
    if not own and described[-1].kind == "change" \
            and (subject := _subject_of_change(described[-1].label, finders)):
        own = (subject,)
    if line.rstrip()[-1:] in "，," and (total := _total_before(described, len(described))) is not None:
        # (年末在册 124 人，其中缓刑 109 人、假释 6 人、暂予监外执行 9 人， / 较上年末增加 13 人: the parts
        # listed, the clause after them is the total's)
        own = (*(label for label in own if label != total.label), total.label)
    return (*before, *own)[-SUBJECTS_KEPT:] if last[0] == 0 and before else own


SUBJECTS_KEPT: Final = 8


# The marks a line may end with and leave its sentence open (see _open_subjects).
OPEN_SENTENCE_ENDS: Final = "，,、"


# What a page line (structure.PAGE_LINE) ends with: most lines end otherwise and are not matched.
PAGE_LINE_ENDS: Final = "-—–－~页0123456789·• \t\u3000"
PAGE_LINE_MAX: Final = 16


def _page_of(line: str, reader: tables.Reader) -> bool:
    """Whether a line is a page's furniture where it stands: a bare number (3, or signed: -7) is a cell
    in a table copied a cell a line, not one set apart (— 3 —, 第3页)."""
    return _page_line(line) and (
        not reader.in_lone_table() or tables.number_of(line.strip(" \t\u3000")) is None)


def _page_line(line: str) -> bool:
    """Whether a line is a page's furniture (:data:`structure.PAGE_LINE`) in the midst of a sentence, or
    a running head with the page's number set far apart (政　　法　　　　　　·205·)."""
    if len(line) > PAGE_LINE_MAX:
        line = line.strip(" \t\u3000")  # (centred by pdftotext -layout: "                 — 1 —")
    if len(line) <= PAGE_LINE_MAX and structure.PAGE_LINE.fullmatch(line) is not None:
        return True
    return len(line) <= RUNNING_HEAD_MAX and RUNNING_HEAD.fullmatch(line) is not None


# A running head: a few words (letter-spaced, no digit nor clause mark) and the page's number in its
# marks (·205·, — 3 —), set far apart on either side, as a yearbook's pages carry them.
_HEAD_WORDS: Final = r"[^\s\d，,。；;：:、] (?:[ \u3000]{0,2} [^\s\d，,。；;：:、]){0,15}"  # (政　　法)
_HEAD_PAGE: Final = r"[·•]\s*\d+\s*[·•] | [-—–－]\s*\d+\s*[-—–－]"  # (·205·, — 3 —)
RUNNING_HEAD: Final = re.compile(
    rf"""
    (?P<words> {_HEAD_WORDS} ) [ \t\u3000]{{4,}} (?P<page> {_HEAD_PAGE} )
  | (?P<page_first> {_HEAD_PAGE} ) [ \t\u3000]{{4,}} (?P<words_after> {_HEAD_WORDS} )
    """,
    re.VERBOSE,
)
RUNNING_HEAD_MAX: Final = 120


# A line that ends with a number, its unit not yet written (…办理各类公证 2,461 / 件，同比下降5.7%):
# text wrapped at a fixed width by a PDF converter. Its digits, then 余 or a scale (or both, 万余), then
# spaces.
NUMBER_TAIL: Final = re.compile(
    r"\d[ \t\u3000]*(?:余|多|)[ \t\u3000]*(?:万亿|亿|千万|百万|万|千|)(?:余|多|)[ \t\u3000]*$"
)
NUMBER_TAIL_ENDS: Final = "0123456789０１２３４５６７８９余多万亿千 \t\u3000"
# A number in Chinese numerals a line ends with, a place's numeral in it (两千余, 二百一十六; not 之一,
# 统一: a word's character), its unit wrapped onto the next line; and what such a line ends with.
CN_NUMBER_TAIL: Final = re.compile(
    r"""[零〇一二两三四五六七八九十百千万亿]*   # (the numerals before the place's, 两)
        [十百千万亿两三四五六七八九]          # (a place's numeral, or a lone digit: see LONE_TAIL_DIGITS)
        [零〇一二两三四五六七八九十百千万亿]*   # (those after it, 一十六)
        [余多]?[ \t\u3000]*$""",
    re.VERBOSE,
)
CN_TAIL_ENDS: Final = "零〇一二两三四五六七八九十百千万亿余多"
# The lone digits a line may end with as a number (not 一, 二: 统一, 之一, 第二).
LONE_TAIL_DIGITS: Final = "两三四五六七八九"
# What may stand before the number a line of prose ends with (see _prose_number).
PROSE_BEFORE: Final = "，,、：:；;（(”’\"」』"  # (培育“法治带头人”4, / 315 名: after a quoted name)
NUMBER_CHARS: Final = "0123456789０１２３４５６７８９,，.．"
TAIL_REACH: Final = 12  # (how far from a line's end its number is looked for: a long line is not scanned)
# The marks that end a clause, where text wrapped by a PDF is read on with the next line (see _list_tail).
CLAUSE_ENDS: Final = "，,。；;：:！!？?"
WRAP_LOOKAHEAD: Final = 5  # page lines (and blank lines and a running head around them) looked past
TITLE_LINES: Final = 3  # the first lines, where a report's title stands


@cache
def _place_names(vocab: Vocabulary) -> re.Pattern[str]:
    """A place named by a Chinese numeral and the character after it (group ``place``): 三元区 (三元);
    not a count of places (十个县, 两所乡镇: a counter of ``vocab.class_counters``, or 余). A counter
    but 个 may stand there where a third character, no suffix's, comes before the suffix: 五家渠市
    (五家; not 十个县市, 两所乡镇: 个 counts, and 乡 ends a place)."""
    cn = numerals.CHINESE_NUMERAL_CHARS
    counters = re.escape("".join(sorted({*"".join(vocab.class_counters), *"".join(vocab.qualifiers_inner)})))
    named = re.escape("".join(sorted(set("".join(vocab.class_counters)) - {"个"})))  # (家, 所: 五家渠)
    suffixes = _one_of(vocab.place_suffixes)
    ends = re.escape("".join(sorted(set("".join(vocab.place_suffixes)))))
    return re.compile(
        rf"""(?<![{cn}])
        (?P<place> [{cn}] (?: [^\W\d{cn}{counters}] (?={suffixes})                  # 三元区
                          | [{named}] (?=[^\W\d{cn}{ends}](?:{suffixes})) )  # 五家渠市
        )""",
        re.VERBOSE,
    )


# An opening that names the line of work it reports on, after its year (2024年,全市法律援助工作坚持…).
OPENING_WORK: Final = re.compile(
    r"(?:19|20)\d\d年(?:以来|上半年|度|)[，,]?(?:全[市县区州省旗]|我[市县区])?(?P<work>[^，,。；;]{2,12}?)工作"
)


@cache
def _unit_head(vocab: Vocabulary, whole: bool = True, chinese: bool = False) -> re.Pattern[str]:
    """The unit (with 余 and a scale) at a line's start, of a number the line before ended with: a
    whole word, so that no ideograph follows it but a qualifier's (件，, 万元。, 人以上); or, not
    ``whole``, whatever follows (名未成年被告人: the figure reader says whether it counts). ``chinese``:
    the number is in Chinese numerals, whose rest may come first (审议重大疑难案件二十 / 三件)."""
    units = _one_of(vocab.unit_kinds)
    scales = _one_of(vocab.scales)
    inner = _one_of(vocab.qualifiers_inner)
    after = _one_of(vocab.qualifiers_after)
    # The rest of the number may come first, where the wrap broke it (假释１ / ５人), taken whole (a run
    # of digits is not given back digit by digit); a scale may come before 余 (12 / 万余份).
    # (its rest may stand a space apart from the unit, as from PDFs: 1, / 758 件)
    rest = rf"(?:[{numerals.CHINESE_DIGITS}十百千]++|)" if chinese else r"(?:[0-9０-９]++[ \t\u3000]?|)"
    return re.compile(
        rf"[ \t\u3000]*{rest}(?:(?:{inner})|)(?:(?:{scales})(?:(?:{inner})|)|)(?:{units})"
        + (rf"(?=(?:{after})|[^\u4e00-\u9fff]|$)" if whole else "")  # a whole word
    )


def _prose_number(line: str) -> bool:
    """Whether the number a line ends with stands in prose: right after an ideograph or a clause's mark,
    or one space after it (not a table's cell). Scanned back from the end once: linear in the line."""
    k = len(line.rstrip(" \t\u3000余多万亿千"))  # (…由 2005 年的 58.6 亿 / 元: a scale the unit is after)
    k = len(line[:k].rstrip(" \t\u3000"))
    end = k
    while k and line[k - 1] in NUMBER_CHARS:
        k -= 1
    if k == end:
        return False
    k -= 1 if k > 1 and line[k - 1] == " " else 0
    return k > 0 and ("\u4e00" <= line[k - 1] <= "\u9fff" or line[k - 1] in PROSE_BEFORE)


# The start of a line that goes on with a number a wrap broke after a group's comma: three digits.
GROUP_HEAD: Final = re.compile(r"[ \t\u3000]*\d{3}(?!\d)")


def _take_unit(
    source: Iterator[str], ahead: deque[tuple[str, int]], vocab: Vocabulary, running: str = "",
    prose: bool = False, group: bool = False, partial: int = 0, chinese: bool = False,
) -> str:
    """The unit a line that ends with a number takes from the next line that is no page line, or "":
    …办理各类公证 2,461 / 件，同比下降5.7% reads 2,461件. Lines are read ahead from ``source`` into
    ``ahead`` as needed, and the one that gives its unit marked with how many characters it gave.
    ``partial``: the digits of a group of thousands the line ends with (4,6 / 27.5 万元: 1), the rest
    of which, and a decimal part, the next line must start with."""
    k = _next_text(source, ahead, running)
    following = numerals.fold_width(ahead[k][0].rstrip("\r\n")) if k >= 0 else ""  # (15 / ％；)
    if group and not GROUP_HEAD.match(following):
        return ""  # (1, / 758 件: three digits, a group of thousands, must follow)
    at = 0
    if (partial or prose or group) and (rest := DECIMAL_REST.match(following)) is not None \
            and (prose or len(rest.group("whole")) + partial == GROUP_DIGITS):
        # (…涉及金额 4,6 / 27.5 万元: the group's rest; 全年支出 1, / 807.92 万元: a whole group and the
        # decimal part; …收费１５ / ７２．４万元 in prose, full-width digits, a wrap breaks as ideographs)
        at = rest.end()
    m = _unit_head(vocab, chinese=chinese).match(following, at) if following else None  # (made once)
    if m is None and following and prose:
        # A counter and the noun it counts (对 41 / 名未成年被告人): where the figure reader reads the
        # number with it, as on one line (not 3 / 人民调解, 12 / 门户网站); in prose, not after a table's
        # row (水泥 万吨 326.4 -11.8 / 发电量…).
        # (after a decimal rest too: 4,6 / 27.5 万元增加)
        m = _unit_head(vocab, False, chinese).match(following, at)
        unit = m.group().lstrip(" \t\u3000") if m is not None else ""
        read = _read_as_one(unit, following[m.end() : m.end() + UNIT_WORD_TAIL], vocab) if m else None
        if read is None or read.end < len(unit) + 1:
            m = None
    if m is None:
        return ""
    ahead[k] = (ahead[k][0], m.end())
    return following[: m.end()].lstrip(" \t\u3000")  # (folded above)


# The rest of a number a wrap broke before its point: digits and a decimal part (4,6 / 27.5, where the
# digits end a group of thousands, GROUP_DIGITS long with those before the break; 16 / 8.4 in prose),
# or its decimal part alone (帮教率９９ / ．３％, full-width digits a wrap breaks as ideographs).
DECIMAL_REST: Final = re.compile(r"[ \t\u3000]*(?P<whole>\d*)\.\d+(?![\d,])")
GROUP_DIGITS: Final = 3
# A line's end in the midst of a group of thousands: a comma and one digit or two.
PARTIAL_GROUP: Final = re.compile(r"\d,(?P<digits>\d{1,2})[ \t\u3000]*$")


def _list_tail(
    folded: str, last: Figure, source: Iterator[str], ahead: deque[tuple[str, int]], running: str = "",
    counters: tuple[str, ...] = (), governing: tuple[str, ...] = (), verbs: tuple[str, ...] = (),
) -> str:
    """What the start of the next line that is no page line (width-folded) adds to the line's last
    figures, in text wrapped at a fixed width, or "":
    - the rest of a list the line breaks off: …分别办理案件 326 件、148 件 / 和 219 件，同比…; …405 件和 /
      — 1 — / 173 件。 (the line ends with its last figure and the next begins with a joiner and a
      number, or the line ends with a joiner after it and the next begins with a number): the next
      line's words up to its first mark;
    - the rest of the words after its last figure, where a wrap broke them: 为 6,941 名犯罪嫌疑 /
      人、被告人提供法律帮助 (the line ends in the figure's clause with an ideograph, the next goes on
      with no indent and is no heading): the next line's words up to its first mark or number;
    - the noun a count of ``counters`` ending the line counts (…和 19 个 / 村（社区）公共法律服务工作室):
      the same."""
    if folded[-1:] in CLAUSE_ENDS:  # (most lines: they end a clause)
        return ""
    end = len(folded.rstrip(" \t\u3000"))
    joiner = folded[last.end : end].strip(" \t\u3000")  # (…24.1% 和 / 21.9%: a joiner, spaced or not)
    words = end > last.end and not (len(joiner) == 1 and joiner in LIST_JOINERS)
    if words and not (
        "\u4e00" <= folded[end - 1] <= "\u9fff" and not any(c in CLAUSE_ENDS for c in folded[last.end : end])
    ):
        return ""
    k = _next_text(source, ahead, running)
    if k < 0 or ahead[k][1]:
        return ""
    following = ahead[k][0]
    counted = not joiner and last.unit == last.base_unit and (
        last.base_unit in counters or _governed(folded, last.number_start, governing)
        or _verb_only_before(folded, last.number_start, verbs))
    if words or counted:
        m = WORDS_TAIL.match(following)
        return numerals.fold_width(m.group()) if m and not structure.heading_match(following) else ""
    m = LIST_TAIL.match(following)
    if m is None or (not joiner) == (m.group("joiner") is None):
        return ""
    return numerals.fold_width(m.group())


def _verb_only_before(line: str, start: int, verbs: tuple[str, ...]) -> bool:
    """Whether one of the ``verbs`` of work alone stands before the number at ``start`` in its clause,
    after 共 or 累计 (…，共出具238份 / 法律意见: what it counts is named after it)."""
    end = _before_spaces(line, start)
    if not line.endswith(verbs, 0, end):
        return False
    return _clause_before(line, end, end).strip().removeprefix("累计").removeprefix("共") in verbs


def _governed(line: str, start: int, governing: tuple[str, ...]) -> bool:
    """Whether the number at ``start`` stands right after one of the ``governing`` words (对, 帮助), and
    nothing else, in its clause (…，对 412 名 / 社区服刑人员实行手机定位监管; 帮助 31 人 / 实现就业): what
    it counts is named after it."""
    end = _before_spaces(line, start)
    if line.endswith("、", 0, end):
        # (为 12 名特困社区矫正对象、8 名 / 生活困难刑满释放人员…: a list whose first count is governed)
        clause = line[max(line.rfind(mark, 0, end) for mark in CLAUSE_ENDS) + 1 : end].lstrip()
        word = next((w for w in governing if clause.startswith(w)), "")
        return bool(word) and clause[len(word) :].lstrip()[:1].isdigit()
    word = next((w for w in governing if line.endswith(w, 0, end)), "")
    return bool(word) and (end == len(word) or line[end - len(word) - 1] in CLAUSE_ENDS)


# How far after a list's joiner the next number is looked for (和 8.7 小时: a space between, as from PDFs).
JOINED_REACH: Final = 3


def _rest_of_unit(
    part: str, source: Iterator[str], ahead: deque[tuple[str, int]], vocab: Vocabulary, running: str
) -> str:
    """The rest of a unit a line ends with the start of, after a number, from the start of the next line
    (…同比上升 5.3 个百 / 分点; 38微克/立 / 方米), marked taken there; or ""."""
    k = _next_text(source, ahead, running)
    if k < 0 or ahead[k][1]:
        return ""
    following = ahead[k][0]
    but = next((w[len(part) :] for w in vocab.unit_words_but
                if w.startswith(part) and len(w) > len(part) and following.startswith(w[len(part) :])), "")
    if but:  # (97 个人 / 民调解组织: 个, whose word 个人民 the wrap broke; read as on one line)
        ahead[k] = (following, len(but))
        return but
    rest = next((u[len(part) :] for u in _units_longest_first(vocab)
                 if u.startswith(part) and len(u) > len(part) and following.startswith(u[len(part) :])), "")
    # (read as on one line: 386人 / 次日 is no 人次)
    after = following[len(rest) : len(rest) + UNIT_WORD_TAIL]
    read = _read_as_one(part + rest, after, vocab) if rest else None
    if read is None or read.unit != part + rest:
        return ""
    ahead[k] = (following, len(rest))
    return rest


def _read_as_one(unit: str, after: str, vocab: Vocabulary) -> Figure | None:
    """The figure a number with ``unit`` and the words ``after`` it make on one line, where the figure
    reader reads one from the number on (the probe a unit broken by a wrap is tried with), else None."""
    found = find_figures(numerals.fold_width(f"1{unit}{after}"), vocab)
    return found[0] if found and found[0].start == 0 else None


@cache
def _units_longest_first(vocab: Vocabulary) -> tuple[str, ...]:
    return longest_first(tuple(vocab.unit_kinds))


def _figures_before(folded: str, rest: str, vocab: Vocabulary, quoted: list[tuple[int, int]]) -> list[Figure]:
    """The figures of a line, read with the ``rest`` of its clause on the next line where there is one
    (see _clause_after_unit), only those of the line kept."""
    if not rest:
        return find_figures(folded, vocab, quotes=quoted)
    return [f for f in find_figures(folded + rest, vocab, quotes=quoted) if f.number_start < len(folded)]


def _clause_after_unit(source: Iterator[str], ahead: deque[tuple[str, int]], running: str) -> str:
    """The rest of the clause after the unit a line took from the next line, width-folded, or "" (…对 41 /
    名未成年被告人依法适用缓刑: 未成年被告人依法适用缓刑; 500 / 万元以上项目投资完成163.4亿元: a class's
    bound, read with the figure of the class after it)."""
    k = _next_text(source, ahead, running)
    if k < 0:
        return ""
    m = CLAUSE_REST.match(ahead[k][0], ahead[k][1])
    return numerals.fold_width(m.group()) if m else ""


# The rest of a clause, up to its mark (see _clause_after_unit); a comma between a number's groups
# (…5,841 / 件、4,106 件) is none.
CLAUSE_REST: Final = re.compile(rf"(?:[^{CLAUSE_ENDS}\r\n]|(?<=\d),(?=\d{{3}})){{0,40}}")


# The start of a line that goes on with the list the line before broke off (see _list_tail): a joiner
# (where the line before ends with none), a number after a word or two (下降 6.2%), and the words up to
# the first mark (matched on the line as written: a full-width comma ends it, a comma between a number's
# groups does not).
LIST_TAIL: Final = re.compile(
    rf"[ \t\u3000]*(?P<joiner>[{''.join(sorted(LIST_JOINERS))}][ \t\u3000]*)?"
    r"[\u4e00-\u9fff]{0,4}[ \t\u3000]*[0-9０-９]"
    rf"(?:[^{CLAUSE_ENDS}\r\n]|(?<=\d),(?=\d{{3}})){{0,40}}"  # (a comma between a number's groups: 19,015元)
)
# The start of a line that goes on with the words the line before broke off: no indent, up to a mark or
# a number.
WORDS_TAIL: Final = re.compile(rf"[\u4e00-\u9fff][^0-9０-９{CLAUSE_ENDS}\s]{{0,15}}")


def _next_text(source: Iterator[str], ahead: deque[tuple[str, int]], running: str = "") -> int:
    """The index in ``ahead`` of the next line that is no page's furniture (— 2 —, and the ``running``
    head after it), read ahead from ``source`` as needed, or -1 (none within WRAP_LOOKAHEAD lines). The
    footnotes at a page's foot, under their rule, are its furniture too (…较上年下降 12.6 个百分 /
    ———— / 1 案件比：… / — 1 — / 点。), looked past within NOTES_LOOKAHEAD lines."""
    k, paged, blank, notes, headed, marked = 0, False, -1, False, False, False
    while True:
        if k == len(ahead):
            reach = NOTES_LOOKAHEAD if notes else WRAP_LOOKAHEAD
            more = next(source, None) if len(ahead) <= reach else None
            if more is None:
                return -1 if blank < 0 or paged or notes else blank
            ahead.append((more, 0))
        line = ahead[k][0].rstrip("\r\n")
        if not line.strip():  # (blank lines around a page line are its furniture too)
            blank = k if blank < 0 and not paged else blank
        elif _furniture(line, running if paged else ""):
            paged, notes, marked = True, False, not line.strip().isdigit()
        elif marked and not headed and len(line.strip()) >= RUNNING_MIN and structure.title_like(line):
            # (- 2 - / 务川自治县第十七届人大一次会议文件: a running head that is not the title, after a page
            # line marked as one, not a bare number, which may be a cell of a table copied a cell a line)
            headed = True
        elif not paged and (notes or structure.RULE_LINE.fullmatch(line)
                            or line.lstrip()[:1] in FOOTNOTE_MARKS):
            # (a footnote, or their rule: the page line must come after them; …参加 1,236 / ① 指… / 第 1 页
            # 共 2 页 / 望奎县…工作总结 / 人次；)
            notes = True
        else:
            return k if blank < 0 or paged else blank
        k += 1


# How long a line after a page line must be to be read as a running head that is not the report's title.
RUNNING_MIN: Final = 8
NOTES_LOOKAHEAD: Final = 12  # (the lines a page's footnotes and its furniture may take)


def _peek(source: Iterator[str], ahead: deque[tuple[str, int]], k: int) -> str | None:
    """The ``k``-th line after the one being read (0: the next), read ahead from ``source`` as needed,
    or None past its end."""
    while len(ahead) <= k:
        more = next(source, None)
        if more is None:
            return None
        ahead.append((more, 0))
    return ahead[k][0]


def _without_form_feeds(lines: Iterable[str]) -> Iterator[str]:
    """The lines without pdftotext's form feed before a page's first line, which is no text: gone
    before any line is read, or read ahead for a unit or a label that a page's break wrapped onto it."""
    for line in lines:
        yield line.strip("\f") if line[:1] == "\f" or line[-1:] == "\f" else line


def _ends_report(source: Iterator[str], ahead: deque[tuple[str, int]]) -> bool:
    """Whether no line after the one being read holds text (read ahead from ``source``, WRAP_LOOKAHEAD
    lines at most)."""
    for k in range(WRAP_LOOKAHEAD):
        following = _peek(source, ahead, k)
        if following is None:
            return True
        if following.strip():
            return False
    return False


def _paging(source: Iterator[str], ahead: deque[tuple[str, int]]) -> bool:
    """Whether the next line is a page's furniture (read ahead from ``source`` as needed): a blank line
    before it is furniture too, and ends no clause."""
    following = (_peek(source, ahead, 0) or "").rstrip("\r\n")
    return bool(following) and _page_line(following)


def _page_foot(line: str, source: Iterator[str], ahead: deque[tuple[str, int]]) -> bool:
    """Whether a line that opens with a footnote's mark (① 审判质效评估指标依据《…（2024 版）》。) is a
    page's footnote that holds no figure (no number but in a quoted name or title), right before its page
    line (read ahead as needed): furniture, which ends no clause."""
    k = 0
    while (following := _peek(source, ahead, k)) is not None and not following.strip():
        k += 1  # (blank lines between)
    return following is not None and _page_line(following.rstrip("\r\n")) \
        and not any(c.isdecimal() for c in structure.QUOTE_SPAN.sub("", line))


# A footnote's mark (① to ⑳) opening a line (① 指标依据…) or ending one.
FOOTNOTE_MARKS: Final = "".join(map(chr, range(0x2460, 0x2474)))


def _furniture(line: str, running: str) -> bool:
    """Whether a line is a page's furniture: a page line, or the report's title again (``running``, given
    after a page line), a page's running head in a PDF's text (巩义市 2024 年诉源治理工作总结 after — 1 —)."""
    return _page_line(line) or (bool(running) and _running_head(line, running))


# The lines after a page's running head that tell a table goes on there (a row's name, unit and number).
RESUMED_ROW: Final = 3


def _running_head(line: str, running: str) -> bool:
    """Whether a line is the report's title again, as a page's running head, however its words are set
    apart (汉中市法律援助中心          2015 年工作总结: the title's two parts pushed to the page's sides)."""
    return "".join(line.split()) == "".join(running.split())


def _unit_word_across(folded: str, last: Figure, source: Iterator[str], ahead: deque[tuple[str, int]],
                      vocab: Vocabulary, running: str = "") -> bool:
    """Whether the unit of a line's last figure, at the line's end, begins a word that the next line
    ends (…县十八届人大四次会 / 议: 四次会议 is a name, as on one line)."""
    unit_at = last.end - len(last.base_unit)
    if not last.base_unit or folded[unit_at : last.end] != last.base_unit:
        return False
    k = _next_text(source, ahead, running)
    if k < 0:
        return False
    joined = folded[unit_at:] + ahead[k][0][:UNIT_WORD_TAIL]
    return joined.startswith(vocab.unit_words) and not joined.startswith(vocab.unit_words_but)


# How near its line's end a figure's unit may stand to begin a word the next line ends.
UNIT_WORD_TAIL: Final = 3


def _shares_clause(described: list[Described], k: int) -> bool:
    """Whether figure k's clause holds another figure (they follow one another)."""
    clause = described[k].clause
    return (k + 1 < len(described) and described[k + 1].clause == clause) or (
        k > 0 and described[k - 1].clause == clause
    )


def _groups_set_apart(folded: str, figures: list[Figure]) -> bool:
    """Whether a figure may be the last group of a number whose thousands are set apart by a space or
    a full-width comma (1 352名 gives 352名, 1，300余人 300余人): a digit and such a mark stand right
    before it. Only then is the line joined (numerals.join_groups) and read again: few lines are."""
    for f in figures:
        at = f.number_start
        if at >= 2 and folded[at - 1] in numerals.GROUP_MARKS and (
            folded[at - 2].isdigit()
            or (folded[at - 2] in ".," and folded[at - 3 : at - 2].isdigit())  # 218. 6亿元, 3, 412户
            or (folded[at - 3 : at - 1] == " ." and folded[at - 4 : at - 3].isdigit())  # 10 . 2%
        ):
            return True
    return False


def _point_around(topics: list[int], start: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """(start, end) of the text around a clause that starts at ``start`` for the classifier: its
    sentence, cut to its enumerated point where the sentence has several (一是加强人民调解,调解纠纷320件,
    二是推进法律援助,办理案件156件), and reaching back to the point's start where that is in an earlier
    sentence (三是加强队伍建设。全年组织培训12次). ``topics``: where the line's points start.

    A point's start is taken at most TOPIC_REACH before the sentence: a long point is not rescanned
    from its start for each of its sentences."""
    k = bisect_right(topics, start)
    end = min(topics[k], sentence[1]) if k < len(topics) else sentence[1]
    return (max(topics[k - 1], sentence[0] - TOPIC_REACH) if k else sentence[0]), end


def _leaves_open(last: str) -> bool:
    """Whether a line whose last character is ``last`` may leave its clause open (see above)."""
    return "\u4e00" <= last <= "\u9fff" or last in OPEN_END_MARKS


# A heading whose paragraph runs on after it on the same line (（一）人民调解。全年共排查化解各类矛盾纠 /
# 纷1,520件) leaves that paragraph's last clause open, as any line does: one of these ends its title.
HEADING_RUN_ON: Final = "。；！？"


def _figures_only(line: str, figures: list[Figure]) -> bool:
    """Whether a line holds nothing but its figures (and spaces): a table's cell a line."""
    if line[figures[-1].end :].strip(SPACES):
        return False
    return all(not line[a.end : b.number_start].strip(SPACES) for a, b in pairwise(figures))


def _named_alone(line: str, after_page: bool) -> str:
    """What a line names alone, without punctuation (地区生产总值, a row's name a cell a line), for a
    line after it that opens with a verb alone (see _Finders.predicates), or "": not after a page line,
    where such a line is a page's running head."""
    return line.strip() if not after_page and structure.title_like(line) else ""


# A footnote's mark after words: ［1］, [2] (and at a line's end, ①).
NOTE_MARKS: Final = re.compile(r"(?<=[\u4e00-\u9fff])[\[［]\d{1,2}[\]］]")
NOTE_MARK: Final = re.compile(rf"(?:{NOTE_MARKS.pattern}|(?<=[\u4e00-\u9fff])[{FOOTNOTE_MARKS}])$")
NOTE_MARK_ENDS: Final = "]］" + FOOTNOTE_MARKS  # (what it ends with: asked first)


def _unfinished(
    line: str, sentence_before: str = "", figures: int = 0, open_ends: tuple[str, ...] = ()
) -> tuple[str, str]:
    """The clause and the sentence a line leaves open for the next one, or ("", "") when it ends a
    clause, is blank or a heading. ``sentence_before``: the sentence the line before left open, which
    goes on in a line that ends none (text wrapped at a fixed width), kept to its last SENTENCE_CARRY
    characters.

    A short line without punctuation is a title or a bare heading (开福区司法局2023年上半年工作总结,
    主要工作成效), complete in itself even where the body follows with no blank line: it opens nothing;
    so does a heading, unless its paragraph runs on after it on the same line (always after 【…】,
    a yearbook entry's: 【公证】县公证处办理公证 / 1027 件). A line with ``figures`` is no title
    (专职律师 552 人、兼职律师 21 人、公司律 / 师 4 人). A footnote's mark that ends the line is none of
    its words (…实现地区生产总值［1］ / 216.38 亿元). Nor is a line that ends with one of ``open_ends``,
    the words a figure follows (调解成功率达到 / 不低于 98%).
    """
    line = line.rstrip()
    if line[-1:] in NOTE_MARK_ENDS and (mark := NOTE_MARK.search(line)) is not None:
        line = line[: mark.start()]
    if not line or not _leaves_open(line[-1]):
        return "", ""
    clauses = structure.clauses_of(line)
    heading = structure.heading_match(line)
    if heading and not clauses.ends_of(HEADING_RUN_ON) and not (figures and clauses.stops) \
            and (heading.lastgroup != "bracket" or heading.end() == len(line)):
        return "", ""
    stops = clauses.stops
    if not stops and not figures and structure.title_like(line) \
            and not ((sentence_before or _paragraph_opening(line))
                     and (len(line) >= WRAPPED_MIN or "、" in line)) \
            and not line.endswith(open_ends):
        # (not a line as long as a page's in the midst of a sentence: 为鄱 / 阳湖…监督公证; nor one that
        # lists, 全 / 年共为犯罪嫌疑人、被告人提供法律帮助 / 635 人次)
        return "", ""
    ends = clauses.ends_of(structure.SENTENCE_MARKS)
    sentence = line[ends[-1] :] if ends else (sentence_before + line)[-SENTENCE_CARRY:]
    return (line[stops[-1] + 1 :] if stops else line), sentence


# How long a line without punctuation in the midst of a sentence must be to go on with it, not title it.
WRAPPED_MIN: Final = 20


def _paragraph_opening(line: str) -> bool:
    """Whether a line is indented as a paragraph's first line is (two ideographic spaces, or two to four
    spaces: 　　全市法院新收以…一审行政诉讼案 / 件973件), not centred as a title is."""
    indent = len(line) - len(line.lstrip(" \u3000"))
    return 0 < indent <= PARAGRAPH_INDENT and indent < len(line) and "\u4e00" <= line[indent] <= "\u9fff" \
        and "  " not in line[indent:] and "\t" not in line  # (no cells of a table: 结案数（件）   结案率)


PARAGRAPH_INDENT: Final = 4


def _after_last_figure(carried: str, end: int, last: Described) -> str:
    """The clause a line leaves open (ending at ``end``) from where its last figure's words end, as
    the next figure's words start on one line: 审查区政府规范性文件 3 件、/ 重大行政决策 5 项 labels 5 项
    重大行政决策. A joiner left before the next line is no word of its label."""
    cut = (last.label_end or last.figure.end) - (end - len(carried))
    if cut <= 0:
        return carried
    rest = carried[cut:]
    kept = rest.lstrip(LIST_JOIN_MARKS)
    if not kept and rest.strip() and last.kind == "change":
        # A list of changes the wrap broke (同比分别上升 9.7% 和 / 8.3%): the next line's first figure is
        # one of them, after the same words.
        return last.before.strip()
    return kept


LIST_JOIN_MARKS: Final = "".join(sorted(LIST_JOINERS)) + " \u3000"


# The most of a sentence left open that is carried over lines, for the classifier (as TOPIC_REACH).
SENTENCE_CARRY: Final = 200


def extract(text: str, source: str = "", taxonomy: Taxonomy | None = None) -> list[Indicator]:
    """Every indicator in a report's plain text.

    >>> [(r.indicator, r.value, r.unit) for r in extract("共成功调解各类矛盾纠纷3386起。")]
    [('成功调解各类矛盾纠纷', Decimal('3386'), '起')]
    """
    return list(extract_lines(split_lines(text), source, taxonomy))


def split_lines(text: str) -> list[str]:
    """A text's lines as kaifu numbers them: ``\\n``, ``\\r\\n`` and ``\\r`` each end a line."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
