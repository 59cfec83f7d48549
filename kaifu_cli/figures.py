"""The figures of one line as extraction finds and describes them, read by meaning too.

Thousands per megabyte: plain classes with slots, in a module of their own so that both
extraction (which makes them) and meaning (which reads them) know their type; compiled by mypyc,
each field is then read from the object itself, not looked up by name.
"""

from __future__ import annotations

from decimal import Decimal


class Figure:
    """A number found on a line, with its unit, before it is described.

    A megabyte of reports holds about 7000 figures: a plain class with slots, made and read as fast
    as a named tuple in Python (a frozen dataclass sets each field through ``object.__setattr__``,
    four times slower) and, compiled by mypyc, a native class: no interpreted ``__new__`` to make
    one, its fields read from the object itself.
    """

    __slots__ = ("base_unit", "chinese", "end", "number_start", "qualifier", "scale", "start", "unit",
                 "unit_kind", "value")

    def __init__(
        self,
        start: int,
        number_start: int,
        end: int,
        value: Decimal,
        unit: str,
        scale: Decimal,
        base_unit: str,
        unit_kind: str,
        qualifier: str,
        chinese: bool,
    ) -> None:
        self.start = start
        """Offset of the figure's first character (its qualifier word, if one stands before it)."""
        self.number_start = number_start
        """Offset of the number itself."""
        self.end = end
        """Offset just past the unit and any qualifier after it."""
        self.value = value
        self.unit = unit
        self.scale = scale
        self.base_unit = base_unit
        self.unit_kind = unit_kind
        self.qualifier = qualifier
        self.chinese = chinese

    def lent_to(self, start: int, end: int, value: Decimal) -> Figure:
        """The figure a bare number at [start, end) makes with this figure's unit (2.16和1.66个百分点)."""
        return Figure(start, start, end, value, self.unit, self.scale, self.base_unit, self.unit_kind, "",
                      self.chinese)


class Described:
    """A figure with its clause, sentence, kind, sign and label, as ``_describe_line`` finds them.

    Thousands per MB: a plain class with slots, cheap to make and to read. Not a dataclass: compiled
    by mypyc, a dataclass's ``__init__`` (generated at run time) still runs interpreted.
    """

    __slots__ = ("before", "chain_head", "clause", "figure", "kind", "label", "label_end", "negative",
                 "seg_start", "sentence")

    def __init__(
        self,
        figure: Figure,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        label: str,
        label_end: int,
        kind: str,
        negative: bool,
        chain_head: int,
        seg_start: int,
        before: str,
    ) -> None:
        self.figure = figure
        self.clause = clause
        self.sentence = sentence
        self.label = label
        self.label_end = label_end
        self.kind = kind
        self.negative = negative
        self.chain_head = chain_head
        self.seg_start = seg_start
        self.before = before
        """The words between the previous figure (or the clause start) and this one."""
