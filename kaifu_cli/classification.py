"""Classification: which section of the taxonomy a figure belongs to.

The taxonomy is data (``data/taxonomy.toml``, or a user's file of the same
shape).  A figure is scored on its own clause first, then the rest of its
sentence, then its nearest heading that names a section (else the report's
title); the weights make the clause decide whenever it names a section, and let
the sentence and heading speak when it does not.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from .vocabulary import holds_any

# Module constants are Final: compiled by mypyc, they are read as C statics, not looked up by name.

# How much a keyword counts where it stands.
CLAUSE_WEIGHT: Final = 1.0
SENTENCE_WEIGHT: Final = 0.4
HEADING_WEIGHT: Final = 0.2
# A keyword right after 经/通过 names the means, not the topic: 经调解结案 is about closing cases.
MANNER_MARKERS: Final = ("经过", "通过", "经")
MANNER_WEIGHT: Final = 0.25
# A verb of serving a few characters before a keyword's head makes the head the one served, not what
# holds the keyword: 担任(区)政府…法律顾问 is a lawyer's work (see _stands_before).
SERVING: Final = "担任"
SERVED_REACH: Final = 4
# Once a section scores this much, the wider context is not consulted.
DECISIVE: Final = 1.0

KEY: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used, with the reason."""


@dataclass(frozen=True)
class Section:
    key: str
    """Identifier written to the ``section`` column, e.g. ``dispute_mediation``."""
    name: str
    """Chinese name written to the ``section_name`` column, e.g. ``矛盾纠纷调解``."""
    priority: int
    """Breaks ties between equal scores; lower wins."""
    keywords: tuple[str, ...]
    """Words that place a figure in this section."""
    everywhere: bool = False
    """Work every office does (party building): its words in a figure's clause decide in a report on
    any topic, where other sections' words leave the figure to its heading or the topic."""
    absorbs: frozenset[str] = frozenset()
    """Keywords of other sections that, in a report on this section's topic, name the topic's own
    work: in a legal aid centre's report, 讨薪 and 案卷 are legal aid's, not mediation's or
    enforcement's."""

    def __reduce__(self) -> tuple[type[Section], tuple[str, str, int, tuple[str, ...], bool, frozenset[str]]]:
        # Pickled (for --jobs workers) as its constructor's arguments: compiled by mypyc (setup.py),
        # a frozen dataclass has no __dict__ for pickle to fill and refuses its fields one by one.
        return (Section, (self.key, self.name, self.priority, self.keywords, self.everywhere, self.absorbs))


# Scores are counted in whole points so that adding them up is exact and does not depend on the
# order: a keyword character in a figure's clause is worth POINTS, elsewhere its weight times POINTS.
POINTS: Final = 80


def _points(weight: float) -> int:
    points = weight * POINTS
    if points != int(points) or points * MANNER_WEIGHT != int(points * MANNER_WEIGHT):
        raise ValueError(f"weight {weight} is not a whole number of points")
    return int(points)


@dataclass(frozen=True)
class Taxonomy:
    sections: tuple[Section, ...]
    fallback: Section
    finder: AhoCorasick | None = field(compare=False, repr=False)
    """Finds the keywords in a text: at each place from the left, the longest that starts there
    (made from ``owner``, which is compared)."""
    owner: dict[str, Section | None]
    """The section of each keyword; None for the words that hold a keyword but name no section."""
    by_key: dict[str, Section] = field(default_factory=dict)
    _absorbing: frozenset[str] = frozenset()
    """The keywords some section absorbs: a clause with none of them is not asked about its heading."""
    not_topics: frozenset[str] = frozenset()
    """Keywords that, in a title, name the body reporting rather than the report's topic (司法所: a
    township justice office reports on all its work)."""
    ending: frozenset[str] = frozenset()
    """Keywords that say a problem was ended, by whatever way (化解): beside the way another keyword
    names (调解), they name nothing more of its section."""
    # Per weight in points, the last text scored, its scores and their best section, and its keywords.
    _last: dict[int, tuple[str, tuple[dict[str, int], Section | None], list[str]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # The last headings and title :meth:`context` was asked about, and what it found for them.
    _context: list[tuple[Sequence[str], str, str]] = field(default_factory=list, compare=False, repr=False)
    # The last context (heading text) :meth:`_heading_section` was asked about, and its section.
    _held_memo: list[tuple[str, Section | None]] = field(
        default_factory=list, compare=False, repr=False
    )
    # The last heading and topic :meth:`_in_topic` weighed, and the section it found for them.
    _topic_heading: list[tuple[str, Section, Section]] = field(
        default_factory=list, compare=False, repr=False
    )
    # The last heading :meth:`_narrowing` was asked about, and what it found.
    _narrow: list[tuple[str, Section | None, tuple[str, ...]]] = field(
        default_factory=list, compare=False, repr=False
    )
    _compounds: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)
    _narrowables: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)
    _splits: list[dict[str, tuple[tuple[str, str], ...]]] = field(
        default_factory=list, compare=False, repr=False
    )

    @classmethod
    def from_sections(
        cls,
        sections: list[Section],
        not_keywords: Iterable[str] = (),
        not_topics: Iterable[str] = (),
        ending: Iterable[str] = (),
    ) -> Taxonomy:
        owner: dict[str, Section | None] = dict.fromkeys(not_keywords)
        for section in sorted(sections, key=lambda s: s.priority, reverse=True):
            for word in section.keywords:
                owner[word] = section
        finder = _keyword_finder(owner) if owner else None
        fallback = next((s for s in sections if s.key == "other"), sections[-1])
        absorbing = frozenset(word for s in sections for word in s.absorbs)
        return cls(tuple(sections), fallback, finder, owner, {s.key: s for s in sections}, absorbing,
                   frozenset(not_topics), frozenset(ending))

    def __reduce__(
        self,
    ) -> tuple[Callable[..., Taxonomy], tuple[list[Section], list[str], list[str], list[str]]]:
        # Pickled as what it is made from (see Section.__reduce__), without the texts it remembers.
        not_keywords = [word for word, section in self.owner.items() if section is None]
        return (
            Taxonomy.from_sections,
            (list(self.sections), not_keywords, sorted(self.not_topics), sorted(self.ending)),
        )

    def classify(self, clause: str, sentence: str, headings: Sequence[str] = (), title: str = "") -> Section:
        """The best section for a figure, from its clause, its sentence, its headings (their titles,
        outermost first) and the report's title: see :meth:`context`.

        ``headings`` is best a tuple made once per change of heading: the context is found once for
        each, told by identity, and only for the figures whose clause and sentence do not decide.
        """
        if self.finder is None:
            return self.fallback
        if title:
            topic_scores, topic = self._scores(title, _TITLE)
            # (the catch-all names no line of work: 政府信息公开工作年度报告 reports on all of it)
            if (topic is not None and topic is not self.fallback and len(topic_scores) == 1
                    and not self._names_body(title)):
                return self._in_topic(topic, clause, sentence, headings, title)
        scores, best = self._scores(clause, _CLAUSE)
        if best is None or scores[best.key] < _DECISIVE:
            scores, best = self._widen(scores, best, sentence, _SENTENCE)
            if best is None or scores[best.key] < _DECISIVE:
                scores, best = self._widen(scores, best, self.context(headings, title), _HEADING)
                if best is None:
                    return self.fallback
            # (审结121宗,其中调解、和解结案39宗 under (一)行政复议: the sentence's 调解 is review's; so is
            # 欠薪 in 办结1,092件,为农民工讨回欠薪… under 【法律援助】, where the heading is weighed too)
            return self._held(best, self._last[_SENTENCE][2], headings, title)
        best = self._held(best, self._clause_words(clause), headings, title)  # (调解和解率 under 行政复议)
        if not self._may_narrow(clause):  # (most clauses hold no word a heading can narrow)
            return best
        narrowed = self._narrowed_in_sentence(best, clause, sentence)
        if narrowed is not best:
            return narrowed
        return self._narrowed(best, clause, self.context(headings, title))

    def _names_body(self, title: str) -> bool:
        """Whether a title's keywords (there are some) all name the body reporting (``not_topics``):
        廉州镇司法所2020年工作总结 is a township justice office's report on all its work, no topic. The
        title is scored at its own weight, remembered there: classify scores it first for each figure."""
        not_topics = self.not_topics
        if not not_topics or not title or self.finder is None:
            return False
        self._scores(title, _TITLE)
        in_title = self._last[_TITLE][2]
        return bool(in_title) and all(word in not_topics for word in in_title)

    def _held(self, best: Section, words: list[str], headings: Sequence[str], title: str) -> Section:
        """The section of the heading over a text whose keywords decide ``best``, where all that they
        name of another section is one word the heading's section absorbs: under 三、行政复议, the 调解 of
        调解和解率26.4% names review's work (but 调解纠纷, two words of mediation, is mediation's). A word
        of ``ending`` beside it adds nothing: 通过调解、和解方式化解的案件 is review's there too."""
        absorbing = self._absorbing
        if not absorbing or absorbing.isdisjoint(words):
            return best  # (most texts)
        held = self._heading_section(headings, title)
        if held is None or held is best or not held.absorbs:
            return best
        context = self.context(headings, title)
        if context is not title and best.key in self._scores(context, _HEADING)[0]:
            return best  # (（五）行政复议和合法性审查: a heading that names the text's section too)
        return held if self._absorbed(held, words) else best

    def holds(self, section: Section, clause: str) -> bool:
        """Whether a clause that names another section names only ``section``'s own work, as under a
        heading of it (see :meth:`_held`): 通过调解、和解方式结案31件 after 新收行政复议案件94件 in one
        sentence is review's."""
        absorbing = self._absorbing
        if not section.absorbs or self.finder is None:
            return False
        words = self._clause_words(clause)
        return not absorbing.isdisjoint(words) and self._absorbed(section, words)

    def _absorbed(self, held: Section, words: list[str]) -> bool:
        """Whether all that ``words`` name of other sections than ``held`` is its to absorb."""
        owner = self.owner
        others = {w for w in words if owner[w] is not None and owner[w] is not held}
        if not others <= held.absorbs:
            return False
        # Besides the endings, no two words of one section: one word (调解 of 调解和解率), or each of another
        # section (涉及行政处罚和政府信息公开的 under 行政复议: kinds of the cases it reviews); but 调解纠纷,
        # two of mediation's, is mediation's; unless the text names the heading's own work too (聘请3家律师
        # 事务所的7名律师担任政府法律顾问 under 推进依法科学民主决策).
        rest = others - self.ending
        return len({owner[w] for w in rest}) == len(rest) or any(owner[w] is held for w in words)

    def _may_narrow(self, clause: str) -> bool:
        """Whether a clause holds a keyword that a longer one of another section holds (法律顾问 in
        政府法律顾问): only then may a heading narrow it."""
        narrowable = self._narrowable()
        return any(word in narrowable for word in self._clause_words(clause))

    def _clause_words(self, clause: str) -> list[str]:
        """A clause's keywords: those :meth:`_scores` found, when it was the last clause scored."""
        last = self._last.get(_CLAUSE)
        if last is not None and last[0] is clause:
            return last[2]
        assert self.finder is not None
        return self.finder.find_matches_as_strings(clause)

    def _narrowable(self) -> frozenset[str]:
        """The keywords a longer keyword of another section holds (法律顾问, 律师, 仲裁, 审核)."""
        if not self._narrowables:
            owner, compound = self.owner, self._compound()
            self._narrowables.append(frozenset(
                w for w in owner if owner[w] is not None and any(w in c and w != c for c in compound)
            ))
        return self._narrowables[0]

    def decides(self, text: str) -> bool:
        """Whether a text names a section decisively on its own, as a figure's clause may."""
        if self.finder is None:
            return False
        scores, best = self._scores(text, _CLAUSE)
        return best is not None and scores[best.key] >= _DECISIVE

    def names_any(self, text: str) -> bool:
        """Whether a text holds a keyword of any section (as a figure's clause may not)."""
        return self.finder is not None and bool(self._scores(text, _CLAUSE)[0])

    def names_one(self, text: str) -> bool:
        """Whether a text names one section above all others: by at least twice their points together
        (举办领导干部法治讲座4场, law popularisation; not 代理征拆复议、诉讼案件20件, two sections alike)."""
        if self.finder is None:
            return False
        scores, best = self._scores(text, _CLAUSE)
        if best is None:
            return False
        top = scores[best.key]
        return top >= 2 * (sum(scores.values()) - top)

    def names_topic(self, text: str) -> bool:
        """Whether a report's opening names one line of work as its topic: keywords of one section
        only, two of them at least (2022年,县司法局…全面落实行政复议体制改革各项任务,充分发挥行政复议化解
        行政争议主渠道作用。现将…报告如下), as a title would name it."""
        if self.finder is None or not text:
            return False
        scores, best = self._scores(text, _TITLE)
        if best is None or len(scores) != 1 or self._names_body(text):
            return False
        owner = self.owner
        return sum(1 for word in self._last[_TITLE][2] if owner[word] is best) >= 2

    def mixed(self, text: str) -> bool:
        """Whether a text names more than one section (a clause of several figures may)."""
        return self.finder is not None and len(self._scores(text, _CLAUSE)[0]) > 1

    def _narrowed(self, best: Section, clause: str, context: str) -> Section:
        """The section a figure's clause decides, unless its heading (``context``) names the thing
        more narrowly, as another section's: under (五)推进政府法律顾问全覆盖, 11个镇(街)实现法律顾问
        全覆盖 is government legal counsel, though 法律顾问 alone is a public legal service."""
        context_best, narrow = self._narrowing(context)
        if not narrow or context_best is best or context_best is None:
            return best
        owner = self.owner
        for word in self._clause_words(clause):
            if owner[word] is best and any(word in wider and word != wider for wider in narrow):
                return context_best
        return best

    def _narrowed_in_sentence(self, best: Section, clause: str, sentence: str) -> Section:
        """The section of a longer keyword in the rest of the sentence that holds all the clause's words
        of its section: 15个乡镇(街道)全部配备法律顾问,实现政府法律顾问全覆盖 is government legal counsel,
        as under a heading (not 16个劳动人事争议调处工作站, though 行政争议 follows: 调处 is mediation's
        too). A longer keyword may stand split, its head before the clause's word (:meth:`_split`):
        区政府聘请常年法律顾问5名 names 政府…法律顾问, government legal counsel, as 政府法律顾问 does."""
        if self.finder is None:
            return best
        owner, compound = self.owner, self._compound()
        wider: list[str] = []
        if sentence is not clause:
            self._scores(sentence, _SENTENCE)  # (its words, found once for the sentence's clauses)
            wider = [w for w in self._last[_SENTENCE][2] if w in compound and owner[w] is not best]
        own = [w for w in self._clause_words(clause) if owner[w] is best]
        split = self._split()
        for word in own:
            wider.extend(whole for head, whole in split.get(word, ()) if _stands_before(head, word, sentence))
        narrowing = {owner[longer] for word in own for longer in wider if word in longer and word != longer}
        if len(narrowing) != 1:
            return best
        narrow = narrowing.pop()
        # (each word of the clause's section in the longer one, or the narrower section's to absorb:
        # 县政府聘请4名执业律师担任常年法律顾问, the 律师 of 政府…法律顾问)
        absorbs = narrow.absorbs if narrow is not None else frozenset()
        if not all(any(w in longer and w != longer for longer in wider) or any(a in w for a in absorbs)
                   for w in own):
            return best
        return narrow or best

    def _split(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Per keyword, the longer keywords of another section that end with it, each with the head
        before it (法律顾问: 政府 of 政府法律顾问, 部门 of 部门法律顾问), found once: a sentence may name
        the head first and the keyword after other words (区政府聘请常年法律顾问)."""
        if not self._splits:
            owner = self.owner
            split: dict[str, list[tuple[str, str]]] = {}
            for whole in self._compound():
                for k in range(1, len(whole)):  # (each ending of it that is a keyword: a lookup each)
                    word = whole[k:]
                    if word in owner and owner[word] not in (None, owner[whole]):
                        split.setdefault(word, []).append((whole[:k], whole))
            self._splits.append({word: tuple(pairs) for word, pairs in split.items()})
        return self._splits[0]

    def _narrowing(self, context: str) -> tuple[Section | None, tuple[str, ...]]:
        """A heading's best section and its keywords of that section that hold a shorter keyword of
        another section (政府法律顾问 holds 法律顾问): what :meth:`_narrowed` looks for. Found once per
        heading, told by identity, apart from the scores remembered per weight."""
        memo = self._narrow
        if memo and memo[0][0] is context:
            return memo[0][1], memo[0][2]
        best: Section | None = None
        narrow: tuple[str, ...] = ()
        if self.finder is not None and context:
            found = self.finder.find_matches_as_strings(context)
            owner, compound = self.owner, self._compound()
            if any(word in compound for word in found):  # (most headings hold none)
                best = self._context_section(context)
                narrow = tuple(word for word in found if owner[word] is best and word in compound)
        memo[:] = [(context, best, narrow)]
        return best, narrow

    def _compound(self) -> frozenset[str]:
        """The keywords that hold a shorter one of another section (政府法律顾问 holds 法律顾问), found
        once: only a heading with one of them can narrow a clause (人民调解 holds 调解, of its own)."""
        if not self._compounds:
            owner = self.owner

            def holds_another(w: str) -> bool:
                return any(o in w and o != w and owner[o] not in (None, owner[w]) for o in owner)

            self._compounds.append(frozenset(w for w in owner if owner[w] is not None and holds_another(w)))
        return self._compounds[0]

    def _in_topic(
        self, topic: Section, clause: str, sentence: str, headings: Sequence[str], title: str
    ) -> Section:
        """The section of a figure in a report on one topic, whose title names one section
        (法律援助中心2018年工作总结): the topic's where the figure's clause names it, or its sentence
        while its clause names no other (but words the topic absorbs: 开展社区矫正执法案卷评查,抽查案卷
        420卷); else the section the clause names where that is work every office does
        (:attr:`Section.everywhere`: 中心党支部…开展专题党课4次 is party building); else that of the
        nearest heading that names one (第二部分 律师工作 in a 普法办's report); else the topic's. The
        words of other sections that the topic absorbs
        (:attr:`Section.absorbs`) name no other section there, in the clause nor in a heading: in a
        legal aid centre's report, 评估案卷 and 追讨欠薪 are legal aid's work, and so is all under
        （二）农民工讨薪“绿色通道”畅通有效."""
        key = topic.key
        in_clause = self._scores(clause, _CLAUSE)[0]
        if key in in_clause:
            return topic
        named = self._outside(topic, _CLAUSE) if in_clause else None
        in_sentence = self._scores(sentence, _SENTENCE)[0]
        if named is None and key in in_sentence:
            # (抽查案卷420卷 after 开展社区矫正执法案卷评查: 案卷 is the topic's there; but under
            # (三)队伍建设, 坚持党建引领，开展专题学习12次 is the team's, which its sentence names too)
            held = self._heading_section(headings, title)
            return held if held is not None and held.everywhere and held.key in in_sentence else topic
        if named is not None and named.everywhere:
            return named
        nearest = self.context(headings, title)
        if nearest is title:
            return topic
        memo = self._topic_heading  # (the figures under one heading ask about it one after another)
        if memo and memo[0][0] is nearest and memo[0][1] is topic:
            return memo[0][2]
        self._scores(nearest, _HEADING)
        found = self._outside(topic, _HEADING) or topic
        memo[:] = [(nearest, topic, found)]
        return found

    def _heading_section(self, headings: Sequence[str], title: str) -> Section | None:
        """The section the nearest heading (or the title) names (:meth:`_context_section`)."""
        return self._context_section(self.context(headings, title))

    def _context_section(self, context: str) -> Section | None:
        """The best section of a context (:meth:`context`), remembered for the last one, by identity:
        :meth:`_held` and :meth:`_narrowing` ask about the same heading one figure after another."""
        memo = self._held_memo
        if memo and memo[0][0] is context:
            return memo[0][1]
        found = self._scores(context, _HEADING)[1]
        memo[:] = [(context, found)]
        return found

    def _outside(self, topic: Section, points: int) -> Section | None:
        """The best section of the keywords of the last text scored with ``points`` that ``topic``
        does not absorb (plain points per character: no manner marker is weighed), or None."""
        absorbs, owner = topic.absorbs, self.owner
        scores: dict[str, int] = {}
        for word in self._last[points][2]:
            section = owner[word]
            if section is not None and word not in absorbs:
                scores[section.key] = scores.get(section.key, 0) + len(word)
        return self._best(scores)

    def _widen(
        self, scores: dict[str, int], best: Section | None, text: str, points: int
    ) -> tuple[dict[str, int], Section | None]:
        """The scores with those of a wider text added, and their best section."""
        more, more_best = self._scores(text, points)
        if not scores:  # nothing to add to (most clauses): the wider text's scores as they are
            return more, more_best  # (a remembered dict, which nothing here changes)
        if not more:
            return scores, best
        scores = {key: scores.get(key, 0) + more.get(key, 0) for key in scores | more}
        return scores, self._best(scores)

    def context(self, headings: Sequence[str], title: str = "") -> str:
        """The widest text :meth:`classify` weighs for the figures under ``headings`` (outermost
        first) in a report titled ``title``: the nearest heading that holds a keyword, else the
        title. The nearest is the most specific: under 二、人民调解工作, 【行政复议】 is about review,
        though the whole path names mediation too. Remembered for the last headings, by identity."""
        if self._context:
            last_headings, last_title, last_found = self._context[0]
            if last_headings is headings and last_title is title:
                return last_found
        # (A title that names the body reporting, no topic, is no context either.)
        found = "" if self._names_body(title) else title
        if self.finder is not None:
            owner = self.owner
            for text in reversed(headings):
                if any(owner[word] is not None for word in self.finder.find_matches_as_strings(text)):
                    found = text
                    break
        self._context[:] = [(headings, title, found)]
        return found

    def _best(self, scores: dict[str, int]) -> Section | None:
        """The section of the highest score, the lower priority number on a tie."""
        if len(scores) <= 1:  # most texts name one section or none: nothing to weigh
            return self.by_key[next(iter(scores))] if scores else None
        by_key = self.by_key
        return by_key[max(scores, key=lambda k: (scores[k], -by_key[k].priority))]

    def _scores(self, text: str, points: int) -> tuple[dict[str, int], Section | None]:
        """Points per section key for the keywords in one text, and the best of them.

        The last text of each weight is remembered: the clauses of one sentence pass the same
        sentence object, the lines under one heading the same heading path, one after the other, so
        each is scanned once however many figures it holds, told by identity (no text is hashed).
        """
        last = self._last.get(points)
        if last is not None and last[0] is text:
            return last[1]
        assert self.finder is not None
        scores: dict[str, int] = {}
        # The words alone, as strings: no match object, span and slice per word. Only in a text
        # that holds a manner marker (few do) is a word's start needed: the first place from the end
        # of the word before where the word stands, since no match starts before it.
        words = self.finder.find_matches_as_strings(text)
        manner = bool(words) and holds_any(text, MANNER_MARKERS)  # (most texts hold no keyword)
        pos = 0
        for word in words:
            score = points * len(word)
            if manner:
                start = text.find(word, pos)
                pos = start + len(word)
                if text.endswith(MANNER_MARKERS, 0, start):
                    score = score * _MANNER_NUM // _MANNER_DEN
            section = self.owner[word]
            if section is None:
                continue  # 农村居民: the keyword 村居 inside it does not count
            scores[section.key] = scores.get(section.key, 0) + score
        if scores and self.ending and not self.ending.isdisjoint(words):
            self._without_lone_endings(words, scores)
        found = (scores, self._best(scores))
        self._last[points] = (text, found, words)
        return found


    def _without_lone_endings(self, words: list[str], scores: dict[str, int]) -> None:
        """Takes out of ``scores`` the sections a text names by words of ``ending`` alone: 帮助企业化解
        涉法风险隐患217个 says something was ended, not what (no mediation); 化解矛盾纠纷 does."""
        owner = self.owner
        named = {s.key for w in words if w not in self.ending and (s := owner[w]) is not None}
        for word in words:
            section = owner[word]
            if word in self.ending and section is not None and section.key not in named:
                scores.pop(section.key, None)


def _stands_before(head: str, word: str, text: str) -> bool:
    """Whether ``head`` stands in ``text`` before the last place ``word`` does (the clause's, in its
    sentence), apart from it, as what holds it: 区政府聘请常年法律顾问, 市直部门、街道(乡镇)法律顾问;
    not as one served (律师…担任政府机关、企事业单位法律顾问212家: the lawyers' work)."""
    at = text.find(head)
    if at < 0 or at + len(head) > text.rfind(word):
        return False
    return text.find(SERVING, max(0, at - SERVED_REACH), at) < 0


def _keyword_finder(words: Iterable[str]) -> AhoCorasick:
    """Finds the words in a text as a regular expression of them joined longest first would: at each
    place from the left, the longest word that starts there, then on from its end. One Aho-Corasick
    automaton (built as a DFA) reads each character once, whatever the number of words: a clause
    and its sentence are scanned for about 200 keywords several times faster than by ``re``."""
    return AhoCorasick(list(words), matchkind=MatchKind.LeftmostLongest, implementation=Implementation.DFA)


_CLAUSE: Final = _points(CLAUSE_WEIGHT)
_SENTENCE: Final = _points(SENTENCE_WEIGHT)
_HEADING: Final = _points(HEADING_WEIGHT)
# A title is scored as a clause is, but remembered apart: the points are those of a clause and one
# more, which keeps its memory in :meth:`Taxonomy._scores` from the clauses' (one point in 80 changes
# no section a title names alone, which is all it is asked).
_TITLE: Final = _points(1.0) + 1
_DECISIVE: Final = _points(DECISIVE)
_MANNER_RATIO: Final = Fraction(MANNER_WEIGHT).limit_denominator(100)
_MANNER_NUM: Final = _MANNER_RATIO.numerator
_MANNER_DEN: Final = _MANNER_RATIO.denominator


def parse(text: str, origin: str = "taxonomy") -> Taxonomy:
    """Read a taxonomy in the TOML format of ``data/taxonomy.toml``."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise TaxonomyError(f"{origin} is not valid TOML ({e})") from None
    entries = raw.get("section")
    if not isinstance(entries, list) or not entries:
        raise TaxonomyError(f"{origin} has no [[section]] tables")
    sections: list[Section] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries, 1):
        where = f"{origin}, section {n}"
        if not isinstance(entry, dict):
            raise TaxonomyError(f"{where} is not a table")
        key, name = entry.get("key"), entry.get("name")
        priority = entry.get("priority", n)
        keywords = entry.get("keywords", [])
        absorbs = entry.get("absorbs", [])
        everywhere = entry.get("everywhere", False)
        if not isinstance(key, str) or not KEY.match(key):
            raise TaxonomyError(f"{where}: 'key' must be a word of letters, digits and _")
        if key in seen:
            raise TaxonomyError(f"{where}: key '{key}' appears twice")
        if not isinstance(name, str) or not name.strip():
            raise TaxonomyError(f"{where} ({key}): 'name' must be a non-empty string")
        if not isinstance(priority, int) or isinstance(priority, bool):
            raise TaxonomyError(f"{where} ({key}): 'priority' must be an integer")
        if not isinstance(keywords, list) or not all(isinstance(w, str) and w for w in keywords):
            raise TaxonomyError(f"{where} ({key}): 'keywords' must be a list of non-empty strings")
        if not isinstance(absorbs, list) or not all(isinstance(w, str) and w for w in absorbs):
            raise TaxonomyError(f"{where} ({key}): 'absorbs' must be a list of non-empty strings")
        if not isinstance(everywhere, bool):
            raise TaxonomyError(f"{where} ({key}): 'everywhere' must be true or false")
        seen.add(key)
        sections.append(Section(key, name.strip(), priority, tuple(keywords), everywhere, frozenset(absorbs)))
    lists: dict[str, list[str]] = {}
    for name in ("not_keywords", "not_topics", "ending"):
        words = raw.get(name, [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise TaxonomyError(f"{origin}: '{name}' must be a list of non-empty strings")
        lists[name] = words
    return Taxonomy.from_sections(sections, lists["not_keywords"], lists["not_topics"], lists["ending"])


def load(path: str | Path) -> Taxonomy:
    """Read a user's taxonomy file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise TaxonomyError(f"cannot read taxonomy {path} ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise TaxonomyError(f"taxonomy {path} is not UTF-8 text") from None
    return parse(text, str(path))


@cache
def default() -> Taxonomy:
    """The taxonomy shipped with kaifu."""
    text = resources.files("kaifu_cli").joinpath("data/taxonomy.toml").read_text("utf-8")
    return parse(text, "the built-in taxonomy")
