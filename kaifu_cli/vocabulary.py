"""The vocabulary file (``data/vocabulary.toml``) loaded into plain Python values."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance per process
class Vocabulary:
    """Word lists from ``vocabulary.toml``; every tuple is sorted longest first for matching."""

    unit_kinds: dict[str, str]
    """Base unit -> kind (count, money, measure, percent, change)."""
    standalone_units: tuple[str, ...]
    """成: units that count only where no CJK ideograph but a qualifier follows them (九成以上)."""
    per_units: tuple[str, ...]
    """次, 平方米: what a unit may be written per, after a slash (8500元/平方米)."""
    scales: dict[str, Decimal]
    spoken_counters: tuple[str, ...]
    """个: a counter spoken between a number and one of spoken_scales (2.1个亿), read as the scale alone."""
    spoken_scales: tuple[str, ...]
    """Scale word before a unit -> multiplier: 万 -> 10000."""
    streak_prefixes: tuple[str, ...]
    streak_units: tuple[str, ...]
    duration_units: tuple[str, ...]
    """日: a unit that counts only after a word naming a length of time in its clause (审理期限…35日)."""
    duration_words: tuple[str, ...]
    duration_change_verbs: tuple[str, ...]
    """缩短, 延长: right before a length of time (time_units) in a clause naming one (duration_words), a
    change against the length before (平均用时缩短6.4天)."""
    time_units: tuple[str, ...]
    qualifiers_before: dict[str, str]
    not_qualifiers_before: tuple[str, ...]
    """通过, 经过: words that end with a qualifier before a figure (过) but are none (通过3件)."""
    qualifiers_across: dict[str, str]
    """至少 -> over: a qualifier with a short verb between it and the figure (每个村至少配备2名)."""
    qualifiers_inner: dict[str, str]
    qualifier_signs: dict[str, str]
    """≥ -> over: a sign before a table cell's number (年度目标 ≥98)."""
    share_qualifiers: dict[str, str]
    """约 -> about: before 占, a qualifier of the share after it (约占全院民事结案的三成)."""
    qualifiers_after: dict[str, str]
    class_bounds: tuple[str, ...]
    """以上, 及以上: after a figure, a bound that may make it the bound of a class (死亡3人以上的事故)."""
    always_bounds: tuple[str, ...]
    """及以上: a bound that always does (年主营业务收入2000万元及以上)."""
    class_bounds_before: tuple[str, ...]
    """超, 超过: before a figure, a bound that may make it the bound of a class (超亿元的商事案件)."""
    negations: tuple[str, ...]
    """未发生: a bound of what did not happen always bounds a class (未发生50人以上群体事件)."""
    rise_verbs: tuple[str, ...]
    fall_verbs: tuple[str, ...]
    not_verbs: tuple[str, ...]
    """最高, 较低: words that end with a change verb but name none."""
    level_markers: tuple[str, ...]
    change_nouns: tuple[str, ...]
    change_modifiers: tuple[str, ...]
    """同口径, 年均: how a change was measured, between its subject and its verb."""
    fall_nouns: tuple[str, ...]
    """降幅, 跌幅: change nouns that name a fall."""
    net_verbs: tuple[str, ...]
    """净增, 净减: verbs that hold their baseline: a count after one is a change."""
    share_words: tuple[str, ...]
    """占, 占比: a share with no subject of its own (缓刑312人,占73.8%) borrows the figure before it."""
    steady_words: tuple[str, ...]
    """保持, 稳定在: a level kept, with no subject of its own, borrows one as a share does."""
    relative_words: tuple[str, ...]
    """为, 相当于: a rate measured against something else (为预算的102.3%) is no subject to borrow."""
    achieving: tuple[str, ...]
    """完成: with one of ``plans`` in a rate's label, the rate is of a plan done (完成任务的136%)."""
    plans: tuple[str, ...]
    aims: frozenset[str]
    """(Sets: a label is only asked whether it is one of them, for every figure.)
    力争: a rate right after one, following a change in its sentence, is that change's aim."""
    verb_fillers: tuple[str, ...]
    baselines: tuple[str, ...]
    label_lead: tuple[str, ...]
    per_basis: tuple[str, ...]
    """每人, 每月: what each of a figure is counted per, right before it (每人每月480元)."""
    remainders: tuple[str, ...]
    """其余, 其他: the rest of those listed, right before a count the noun after names (其余3个县)."""
    label_trail: tuple[str, ...]
    label_adverbs: frozenset[str]
    """仅, 仍: adverbs before a figure, trimmed as ``label_trail`` is; alone, they name nothing."""
    label_periods: frozenset[str]
    """全年, 上半年: a period alone before a figure names nothing (…信访仍较集中,全年112件)."""
    label_links: tuple[str, ...]
    """完成: trimmed from a label's end after a subject (收入完成18.9亿元); no filler (已完成41项)."""
    label_link_manners: tuple[str, ...]
    """按期: a link right after one of them is kept (按期完成43件)."""
    label_reached: tuple[str, ...]
    """完成: trimmed from the start of a sum's label, which its noun names (完成地区生产总值)."""
    listed_leads: tuple[str, ...]
    """在, 为: a label opening with one and a list before a work verb starts at the verb."""
    label_whole: tuple[str, ...]
    """行为, 人均: words a label may end with though their last character is a trailing word."""
    averages: tuple[str, ...]
    """日均, 平均每: labels of averages, no subject for a change after them."""
    stock_labels: frozenset[str]
    """总数, 总量: a label that is only one of them says what of the subject before it."""
    new_flow: tuple[str, ...]
    """新增: what the subject a count of all to date (``of_all``: 总数, 累计) borrows starts without
    (规模以上工业企业总数, not 新增…)."""
    of_all: frozenset[str]
    restating: tuple[str, ...]
    """突破: a figure right after one restates a level its sentence gave (首次突破4亿元大关)."""
    measure_labels: frozenset[str]
    """产量, 出栏: what a bulletin measures a thing by, the thing named at its sentence's start."""
    measure_endings: tuple[str, ...]
    """种植面积, 存栏: endings of the label that names the thing measured (粮食种植面积: 粮食)."""
    unit_measures: tuple[str, ...]
    """人次, 件数: what a change is of, by the unit the figures before it counted a thing in."""
    after_stops: tuple[str, ...]
    standings: tuple[str, ...]
    """仍居, 仍是: where a kind's name ends before how it ranks (第三产业增加值仍居首位,占41.3%)."""
    not_after_stops: tuple[str, ...]
    """被执行人: nouns that begin with an after-stop (被) and end no noun."""
    not_lead: tuple[str, ...]
    """对接: words that begin with a lead word (对) and are kept whole at a label's start."""
    head_nouns: tuple[str, ...]
    """案件, 收入: what the head noun that a list of subjects shares ends with (受理、办结行政复议案件)."""
    involving: tuple[str, ...]
    """涉及: a label that says what of the figure before it in its clause the figure counts, and a
    label that starts with one is of that figure's section."""
    participation: tuple[str, ...]
    """参加: a label that says who took part in what the figure before it in its sentence counts."""
    organising: tuple[str, ...]
    """组织, 举办: the verb of what was held, left out of the label of those who took part."""
    not_joining: tuple[str, ...]
    """涉及, 和解: words that hold a joiner of a list of subjects and join nothing."""
    pairs: dict[str, tuple[str, ...]]
    """城乡: the two things a word names at once (城镇, 农村), for a 分别 list of two figures after it."""
    list_verbs: tuple[str, ...]
    """其次为, 包括: a list of subjects for a 分别 list after it, in the clause before that list."""
    list_predicates: tuple[str, ...]
    """较多, 居多: the same, before it."""
    case_stages: tuple[str, ...]
    """审查, 逮捕: words that make cases a stage of their handling, not a kind: a verb takes no kind
    from them (受理审查逮捕案件312件,批准逮捕247件: 批准逮捕)."""
    condition_verbs: tuple[str, ...]
    """依法, 提出: where the label of a figure after 对 and the cases it is said of starts (对无逮捕必要的
    依法不批准逮捕71人: 依法不批准逮捕)."""
    example_verbs: tuple[str, ...]
    """起诉, 参与: verbs whose examples (A、B等) a label too long drops (起诉涉众型经济犯罪案件)."""
    sum_words: tuple[str, ...]
    """共计, 合计: a label of one alone sums up the clause before (培训调解员3批,共计1,143名)."""
    existential: tuple[str, ...]
    measures: tuple[str, ...]
    """案件数, 人数: what a list may measure one thing by (提起公诉的案件数、人数)."""
    generic_verbs: tuple[str, ...]
    """审结, 批准逮捕: a label that only says what was done with cases (see ``lead_verbs``)."""
    courts: tuple[str, ...]
    """中院, 法院: bodies named before a case verb, whose the verbs alone after it are (市中院审执结)."""
    case_roles: tuple[str, ...]
    """作为被告: a body's role in the cases a sentence opens with, after its name (区政府作为被告的…)."""
    case_outcomes: frozenset[str]
    """败诉, 纠错率: outcomes that, named alone after such an opening, are the body's (区政府败诉)."""
    generic_manners: tuple[str, ...]
    """依法: before one of ``generic_verbs``, says how, not what (依法受理 is as generic as 受理)."""
    generic_heads: tuple[str, ...]
    lead_verbs: tuple[str, ...]
    """严厉打击, 依法审理: before the kind of cases a clause after names generically (审结案件)."""
    lead_objects: tuple[str, ...]
    person_units: tuple[str, ...]
    """名, 人: units of people, named by the noun before them where it ends with one of ``person_nouns``."""
    governed_units: tuple[str, ...]
    """户, 家: units of those something is done for, like people (向23户…困难群众发放司法救助金)."""
    governed_things: tuple[str, ...]
    """件: units of things something is done to, after ``things_governing`` (对56件案件开展实地调查)."""
    things_governing: tuple[str, ...]
    """对: things counted right after one (or after it and a 的-list) are what follows is done to."""
    person_nouns: tuple[str, ...]
    """员, 师: how a noun that names people ends (律师32名深入企业: 律师)."""
    people_groups: tuple[str, ...]
    """妇女, 退役军人: the groups of people a list names, each whole (妇女和退役军人案件: 妇女案件)."""
    governing: tuple[str, ...]
    """对, 帮助: people counted after them are labelled with the action after them too."""
    copulas: tuple[str, ...]
    """为, 系: between a part and what it is (其中12件为涉黑案件: 涉黑案件)."""
    not_copulas: tuple[str, ...]
    """为民: words begun by a copula that are none (其中20项为民办实事项目)."""
    generic_people: tuple[str, ...]
    """同志: people named so generally that what is said of them names the count."""
    places: frozenset[str]
    """街道, 乡镇: places counted, named with what is done in them (see extraction._count_label)."""
    classes: tuple[str, ...]
    """企业, 产品: things counted by their class alone, named with what they won (``recognition``)."""
    class_counters: tuple[str, ...]
    """家, 个: units of a count of things of a class (59家市直单位普法责任事项263项: 市直单位)."""
    work_verbs: tuple[str, ...]
    """办理, 排查: where the words after a count that run on to the next figure stop naming it."""
    work_leads: tuple[str, ...]
    """共, 全年: words between a count of bodies and the verb of the work they did (共受理)."""
    work_noun_heads: tuple[str, ...]
    """员, 中心: after one of ``work_verbs``, make a noun of it (调解员, 受理中心)."""
    recognition: tuple[str, ...]
    grade_levels: tuple[str, ...]
    """国家, 省: the levels a grade (级) is given at (省级 in a list after 国家级…)."""
    levels_alone: tuple[str, ...]
    """全国: a level written without its grade (全国民主法治示范村2个、省级11个)."""
    honour_verbs: tuple[str, ...]
    """获评, 荣获: verbs that confer an honour, whose name is no section's words."""
    unit_words: tuple[str, ...]
    grades: tuple[str, ...]
    """级: right after a figure, they make it the grade of a class (10亿级项目)."""
    grade_units: tuple[str, ...]
    """千伏: units that name a grade of the thing after them (220千伏变电站), never an amount."""
    unit_words_but: tuple[str, ...]
    """个人民: words that begin with a unit word where the unit counts all the same."""
    numeral_unit_words: tuple[str, ...]
    """元区: words that begin with a unit, which after a Chinese numeral make a name (三元区), no figure."""
    place_suffixes: tuple[str, ...]
    """区, 县: after a Chinese numeral and a character, in a report's first lines, they name a place."""
    zero_rate_verbs: tuple[str, ...]
    """为, 控制在: a bare 0 after 率 and one of them is the rate (再犯罪率为0)."""
    rate_names_end: tuple[str, ...]
    """率 and ``ratio_names`` (收入比): a bare number after one, or one and a verb above, is a rate."""
    ranking_fields: tuple[str, ...]
    """全市: a count right after one, with a rank after it, is the field ranked in (全市4个县(区)第2位)."""
    ranking_words: tuple[str, ...]
    """排名, 位居: what says a rank, after such a count in its clause; so does 第2位 (ranking_units)."""
    ranking_units: tuple[str, ...]
    money_words: tuple[str, ...]
    """A bare scale (超过20亿) counts money when the words before it name money."""
    vague_before: tuple[str, ...]
    """Words that make a Chinese numeral after them vague or part of a name: 数十人, 星期三."""
    not_vague_before: tuple[str, ...]
    """Nouns that end like one of ``vague_before`` and name what is counted: 涉及人数四百余人."""
    single_before: tuple[str, ...]
    """在, 如: a lone Chinese digit right after them is no count though it ends its clause (在一起)."""
    vague_one_units: frozenset[str]
    """批: a lone 一 with one says "some" (新建品牌调解室一批), no count."""
    per_before: tuple[str, ...]
    """每, 各: nor one a few characters after them in its clause (每月开展一次)."""
    none_before: tuple[str, ...]
    """未因, 没有: in the clause before a lone 一, it says not even one (未因灾死亡一人)."""
    counters_before_nouns: tuple[str, ...]
    """家, 场: counters a lone Chinese digit counts with before its noun (两家公证处)."""
    founding: tuple[str, ...]
    """共有, 新建: right before a lone Chinese digit with 个, it counts bodies (共有五个人民法庭)."""
    bodies: tuple[str, ...]
    """法庭, 工作站: what such a count counts, ending its clause."""
    excluded_before: tuple[str, ...]
    not_excluded_before: tuple[str, ...]
    """目前: words that end like one of ``excluded_before`` and stand before figures."""
    villages: tuple[str, ...]
    """村, 屯: a number after one with a unit of ``village_part_units`` is a numbered part (八一村3组)."""
    village_part_units: tuple[str, ...]
    """组, 社: the units of a numbered part of a village (see ``villages``)."""
    captions: tuple[str, ...]
    """表, 图: a number after one of them alone at its line's start is the caption's own (表1 …)."""
    colon_before: tuple[str, ...]
    """浏览, 阅读: a number after one of them and a colon is a web page's counter (浏览:1,317次)."""
    phone_before: tuple[str, ...]
    """电话, 热线: a number after them is left out when it is written as a phone number (12348)."""
    table_header_firsts: tuple[str, ...]
    """指标名称, 产品名称: the first cell of a text table's header (see tables.py)."""
    table_unit_headers: frozenset[str]
    """单位: a text table's unit column."""
    table_lone_firsts: frozenset[str]
    """单位: the first cell of a table copied a cell a line, naming its rows (bodies), where on a
    header's line it would name the unit column."""
    table_remark_headers: frozenset[str]
    table_index_headers: tuple[str, ...]
    """行次, 栏次: a column of the rows' numbers (a final account's table), or a row of the columns'."""
    """备注: a column of words on each row, never a figure."""
    table_bound_headers: frozenset[str]
    """指标方向: a column of the bound (≥, ≤) of the row's next figure, a target."""
    table_score_headers: frozenset[str]
    """分值, 得分: a column of scores, in points (分)."""
    table_change_words: tuple[str, ...]
    """增长, 涨跌: a column of changes (比上年增长(%)), or a table's title whose values all are."""
    table_plain_columns: frozenset[str]
    """绝对数, 产量: columns of values whose name adds nothing to a row's label."""
    table_measure_units: frozenset[str]
    """年, 岁: units a table's unit cell may give that a sentence reads as no figure's (a year, an
    age): a table's cell in one is a measure."""
    table_target_words: tuple[str, ...]
    """目标: a column of targets in %, beside one of changes, holds changes aimed at."""
    table_done_words: tuple[str, ...]
    """完成: a column named so first gives the share of a target done, not the target (完成年度目标(%))."""
    table_rate_words: tuple[str, ...]
    """率, 比重: how a column of rates ends, which a unit line's % is for (单位：件、%)."""
    table_rate_changes: tuple[str, ...]
    """增长, 增速: a column of changes in % where it writes no unit (比上年增长)."""
    table_counted_ends: tuple[str, ...]
    """件数, 人数: what the name of a column that counts its things in a unit ends with."""
    table_people_ends: tuple[str, ...]
    """对象, 人员 and the nouns of persons (员, 律师): what a column's name ends with where it counts
    people."""
    table_case_columns: frozenset[str]
    """收案, 结案: names of columns that count cases (件), in a table that writes no unit."""
    table_name_joins: tuple[str, ...]
    table_title_starts: tuple[str, ...]
    """附表, 附：: what a table's title may start with (see tables.notes_table)."""
    table_title_ends: tuple[str, ...]
    """统计表, 主要数据: what a table's title may end with."""
    table_centred_title_ends: tuple[str, ...]
    """情况: what a table's title may end with where it stands centred, not flush left as a heading."""
    """和, 的: what a row's name that goes on with the next line may end with."""


def longest_first(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of the words, the longest where several start at one place, or
    nothing when there are none; compiled once per tuple of words."""
    return re.compile("|".join(map(re.escape, longest_first(words)))) if words else re.compile("(?!)")


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of the words stands in the text. For a few words a scan in C for each (``in``)
    costs less than a search of :func:`any_of`'s pattern, which tries them at every character."""
    return any(word in text for word in words)


def _by_word(table: dict[str, list[str]]) -> dict[str, str]:
    return {word: name for name, words in table.items() for word in words}


@cache
def load() -> Vocabulary:
    raw = tomllib.loads(resources.files("kaifu_cli").joinpath("data/vocabulary.toml").read_text("utf-8"))
    q, change, labels = raw["qualifiers"], raw["change"], raw["labels"]
    return Vocabulary(
        unit_kinds={unit: kind for kind, units in raw["units"].items() for unit in units},
        standalone_units=longest_first(raw["standalone"]["units"]),
        per_units=longest_first(raw["per"]["units"]),
        scales={word: Decimal(n) for word, n in raw["scales"].items()},
        spoken_counters=tuple(raw["spoken_scales"]["counters"]),
        spoken_scales=tuple(raw["spoken_scales"]["scales"]),
        streak_prefixes=longest_first(raw["streak"]["prefixes"]),
        streak_units=longest_first(raw["streak"]["units"]),
        duration_units=longest_first(raw["duration"]["units"]),
        duration_words=longest_first(raw["duration"]["words"]),
        duration_change_verbs=longest_first(raw["duration"]["change_verbs"]),
        time_units=longest_first(raw["duration"]["time_units"]),
        # (a target's bound written by a sign in prose too: 调解成功率≥98%, 人民调解案件数 ≥3000 件)
        qualifiers_before=_by_word(
            {kind: [*words, *q["signs"].get(kind, ())] for kind, words in q["before"].items()}),
        not_qualifiers_before=longest_first(q["not_before"]),
        qualifiers_across=_by_word(q["across"]),
        qualifiers_inner=_by_word(q["inner"]),
        qualifier_signs=_by_word(q["signs"]),
        share_qualifiers=_by_word({"about": q["share_about"], "under": q["share_under"]}),
        qualifiers_after=_by_word(q["after"]),
        class_bounds=longest_first(q["bounds"]["class"]),
        always_bounds=longest_first(q["bounds"]["always"]),
        class_bounds_before=longest_first(q["bounds"]["class_before"]),
        negations=longest_first(q["bounds"]["negations"]),
        rise_verbs=longest_first(change["rise"]),
        fall_verbs=longest_first(change["fall"]),
        not_verbs=longest_first(change["not_verbs"]),
        level_markers=longest_first(change["level"]),
        change_nouns=longest_first(change["nouns"]),
        change_modifiers=longest_first(change["modifiers"]),
        fall_nouns=longest_first(change["fall_nouns"]),
        net_verbs=longest_first(change["net_verbs"]),
        share_words=longest_first(change["share"]),
        steady_words=longest_first(change["steady"]),
        relative_words=longest_first(change["relative"]),
        achieving=longest_first(change["achieving"]),
        plans=longest_first(change["plans"]),
        aims=frozenset(change["aims"]),
        verb_fillers=longest_first(change["between"]),
        baselines=longest_first(change["baselines"]),
        label_lead=longest_first(labels["lead"]),
        per_basis=longest_first(labels["per_basis"]),
        remainders=longest_first(labels["remainders"]),
        label_trail=longest_first((*labels["trail"], *labels["adverbs"])),
        label_adverbs=frozenset(labels["adverbs"]),
        label_periods=frozenset(labels["periods"]),
        label_links=longest_first(labels["links"]),
        label_link_manners=longest_first(labels["link_manners"]),
        label_reached=longest_first(labels["reached"]),
        listed_leads=longest_first(labels["listed_leads"]),
        label_whole=longest_first(labels["whole"]),
        averages=longest_first(labels["averages"]),
        stock_labels=frozenset(labels["stock"]),
        new_flow=longest_first(labels["new_flow"]),
        of_all=frozenset(labels["of_all"]),
        restating=longest_first(labels["restating"]),
        measure_labels=frozenset(labels["measure_labels"]),
        measure_endings=longest_first(labels["measure_endings"]),
        unit_measures=longest_first(labels["unit_measures"]),
        after_stops=longest_first(labels["after_stops"]),
        standings=longest_first(labels["standings"]),
        not_after_stops=longest_first(labels["not_after_stops"]),
        not_lead=longest_first(labels["not_lead"]),
        head_nouns=longest_first(labels["head_nouns"]),
        involving=longest_first(labels["involving"]),
        participation=tuple(labels["participation"]),
        organising=longest_first(labels["organising"]),
        not_joining=longest_first(labels["not_joining"]),
        pairs={word: tuple(two) for word, two in labels["pairs"].items()},
        list_verbs=longest_first(labels["list_verbs"]),
        list_predicates=longest_first(labels["list_predicates"]),
        case_stages=longest_first(labels["case_stages"]),
        condition_verbs=longest_first(labels["condition_verbs"]),
        example_verbs=longest_first(labels["example_verbs"]),
        sum_words=longest_first(labels["sum_words"]),
        existential=longest_first(labels["existential"]),
        measures=longest_first(labels["measures"]),
        generic_verbs=longest_first(labels["generic_verbs"]),
        generic_manners=longest_first(labels["generic_manners"]),
        courts=longest_first(labels["courts"]),
        case_roles=longest_first(labels["case_roles"]),
        case_outcomes=frozenset(labels["case_outcomes"]),
        generic_heads=longest_first(labels["generic_heads"]),
        lead_verbs=longest_first(labels["lead_verbs"]),
        lead_objects=longest_first(labels["lead_objects"]),
        person_units=longest_first(labels["person_units"]),
        governed_units=longest_first(labels["governed_units"]),
        governed_things=longest_first(labels["governed_things"]),
        things_governing=longest_first(labels["things_governing"]),
        person_nouns=longest_first(labels["person_nouns"]),
        people_groups=longest_first(labels["people_groups"]),
        governing=longest_first(labels["governing"]),
        copulas=longest_first(labels["copulas"]),
        not_copulas=longest_first(labels["not_copulas"]),
        generic_people=longest_first(labels["generic_people"]),
        places=frozenset(labels["places"]),
        classes=longest_first(labels["classes"]),
        class_counters=tuple(labels["class_counters"]),
        work_verbs=tuple(labels["work_verbs"]),
        work_leads=longest_first(labels["work_leads"]),
        work_noun_heads=longest_first(labels["work_noun_heads"]),
        recognition=longest_first(labels["recognition"]),
        grade_levels=longest_first(labels["grade_levels"]),
        levels_alone=longest_first(labels["levels_alone"]),
        honour_verbs=longest_first(labels["honour_verbs"]),
        unit_words=longest_first(raw["exclude"]["unit_words"]),
        grades=longest_first(raw["exclude"]["grades"]),
        grade_units=longest_first(raw["exclude"]["grade_units"]),
        unit_words_but=longest_first(raw["exclude"]["unit_words_but"]),
        numeral_unit_words=longest_first(raw["exclude"]["numeral_unit_words"]),
        place_suffixes=longest_first(raw["exclude"]["place_suffixes"]),
        zero_rate_verbs=longest_first(raw["exclude"]["zero_rate_verbs"]),
        rate_names_end=longest_first(["率", *raw["exclude"]["ratio_names"]]),
        ranking_fields=longest_first(raw["exclude"]["ranking_fields"]),
        ranking_words=longest_first(raw["exclude"]["ranking_words"]),
        ranking_units=longest_first(raw["exclude"]["ranking_units"]),
        money_words=longest_first(raw["money"]["words"]),
        vague_before=longest_first(raw["exclude"]["chinese_before"]),
        not_vague_before=longest_first(raw["exclude"]["chinese_not_before"]),
        single_before=longest_first(raw["exclude"]["single_before"]),
        vague_one_units=frozenset(raw["exclude"]["vague_one_units"]),
        per_before=longest_first(raw["exclude"]["per"]),
        none_before=longest_first(raw["exclude"]["none_before"]),
        counters_before_nouns=longest_first(raw["exclude"]["counters_before_nouns"]),
        founding=longest_first(raw["exclude"]["founding"]),
        bodies=longest_first(raw["exclude"]["bodies"]),
        excluded_before=longest_first(raw["exclude"]["before"]),
        not_excluded_before=longest_first(raw["exclude"]["not_before"]),
        phone_before=longest_first(raw["exclude"]["phone_before"]),
        colon_before=longest_first(raw["exclude"]["colon_before"]),
        captions=longest_first(raw["exclude"]["captions"]),
        villages=longest_first(raw["exclude"]["villages"]),
        village_part_units=longest_first(raw["exclude"]["village_part_units"]),
        table_header_firsts=longest_first(raw["tables"]["header_firsts"]),
        table_unit_headers=frozenset(raw["tables"]["unit_headers"]),
        table_lone_firsts=frozenset(raw["tables"]["lone_firsts"]),
        table_remark_headers=frozenset(raw["tables"]["remark_headers"]),
        table_index_headers=tuple(raw["tables"]["index_headers"]),
        table_bound_headers=frozenset(raw["tables"]["bound_headers"]),
        table_score_headers=frozenset(raw["tables"]["score_headers"]),
        table_change_words=longest_first(raw["tables"]["change_words"]),
        table_plain_columns=frozenset(raw["tables"]["plain_columns"]),
        table_measure_units=frozenset(raw["tables"]["measure_units"]),
        table_target_words=longest_first(raw["tables"]["target_words"]),
        table_done_words=longest_first(raw["tables"]["done_words"]),
        table_rate_words=longest_first(raw["tables"]["rate_words"]),
        table_rate_changes=longest_first(raw["tables"]["rate_changes"]),
        table_counted_ends=tuple(raw["tables"]["counted_ends"]),
        table_people_ends=longest_first([*raw["tables"]["people_ends"], *labels["person_nouns"]]),
        table_case_columns=frozenset(raw["tables"]["case_columns"]),
        table_name_joins=tuple(raw["tables"]["name_joins"]),
        table_title_starts=tuple(raw["tables"]["title_starts"]),
        table_title_ends=tuple(raw["tables"]["title_ends"]),
        table_centred_title_ends=tuple(raw["tables"]["centred_title_ends"]),
    )
