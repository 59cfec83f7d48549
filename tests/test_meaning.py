"""Meaning beyond the number: ids, parents, periods, baselines and targets, on real reports."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from kaifu_cli import COLUMNS, Indicator, extract
from kaifu_cli.extraction import split_lines
from kaifu_cli.meaning import AVERAGE_MARKS, period_of, report_info, words

from conftest import DATA, DEV_REPORTS, SAMPLE

REPORTS = [SAMPLE, *DEV_REPORTS]
GOLD = {SAMPLE: DATA / "kaifu-2023h1.gold.jsonl", **{p: p.with_suffix(".gold.jsonl") for p in DEV_REPORTS}}
H1_2023 = "2023-01-01/2023-06-30"


def _records(path: Path) -> list[Indicator]:
    return extract(path.read_text(encoding="utf-8"), source=path.name)


def _report(stem: str) -> list[Indicator]:
    return _records(next(p for p in REPORTS if p.name.startswith(stem)))


def _by_id(records: list[Indicator]) -> dict[str, Indicator]:
    return {r.id: r for r in records}


def _gold_matches(path: Path) -> list[tuple[dict, Indicator]]:
    """Each gold row with the record that reports it: same line, value and unit, in order."""
    rows = [json.loads(s) for s in GOLD[path].read_text(encoding="utf-8").splitlines() if s.strip()]
    rows = [r for r in rows if "line" in r]
    pool: dict[tuple[int, Decimal, str], list[Indicator]] = defaultdict(list)
    for rec in _records(path):
        pool[(rec.line, abs(rec.value), rec.unit)].append(rec)
    matched = []
    for row in rows:
        found = pool[(row["line"], abs(Decimal(str(row["value"]))), row["unit"])]
        if found:
            matched.append((row, found.pop(0)))
        else:
            assert row.get("required") is False, f"gold row not extracted: {row}"
    return matched


# ---------------------------------------------------------------------------------------------
# Columns and ids


def test_new_columns_follow_the_old_ones_in_order():
    assert COLUMNS[-6:] == ("id", "parent", "period", "period_text", "compared_to", "status")
    assert COLUMNS[:2] == ("source", "line") and COLUMNS.index("text") == len(COLUMNS) - 7


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_ids_count_the_figures_of_each_line_from_one(path):
    records = _records(path)
    seen: dict[int, int] = defaultdict(int)
    for r in records:
        seen[r.line] += 1
        assert r.id == f"L{r.line}-{seen[r.line]}"
    assert len({r.id for r in records}) == len(records)


def test_ids_are_stable_when_other_lines_change(sample_text):
    before = {(r.id, r.value) for r in extract(sample_text)}
    edited = sample_text.replace("4月14日,成功组织", "4月14日,成功组织了3次")  # a new figure on line 11
    after = {(r.id, r.value) for r in extract(edited) if r.line != 11}
    assert after == {pair for pair in before if not pair[0].startswith("L11-")}


# ---------------------------------------------------------------------------------------------
# Parents: every parent_span of every gold file


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_parents_match_the_gold_parent_spans(path):
    matched = _gold_matches(path)
    for row, rec in matched:
        if "parent_span" not in row:
            assert rec.parent == "", f"line {row['line']} {row['span']} has parent {rec.parent}, gold has none"
            continue
        totals = [t for r, t in matched if r["line"] == row["line"] and r["span"] == row["parent_span"]]
        assert len(totals) == 1, row
        assert rec.parent == totals[0].id, f"line {row['line']} {row['span']}: {rec.parent} != {totals[0].id}"
    parented = {rec.id for row, rec in matched if "parent_span" in row}
    assert {r.id for r in _records(path) if r.parent} == parented, "a record outside the gold has a parent"


def test_gold_files_hold_the_breakdowns_the_tests_rely_on():
    spans = [json.loads(s).get("parent_span") for p in GOLD.values()
             for s in p.read_text(encoding="utf-8").splitlines() if s.strip()]
    assert sum(1 for s in spans if s) >= 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts of a 其中 list; the money after it is not a part
        ("共调解纠纷300起,其中婚姻纠纷50起,邻里纠纷40起,涉及金额200万元。", ["", "L1-1", "L1-1", ""]),
        # a bracketed part breaks down the figure right before the bracket, and the list goes on after it
        ("受理案件220件,其中刑事案件118件(含自诉1件)、民事案件102件。", ["", "L1-1", "L1-2", "L1-1"]),
        # 其中 opening a sentence looks back at the sentence before; parts pair with totals by label
        ("受理案件25.4万件,办结23.1万件。其中市中院受理2.8万件,办结2.4万件。", ["", "", "L1-1", "L1-2"]),
        # a ；begins another total when its label shares nothing with the parts before
        ("受理案件200件,其中民事90件;审结180件,其中刑事70件。", ["", "L1-1", "", "L1-3"]),
        # changes and rates are never parts
        ("办理案件80件,其中民事50件,同比增长10%,占62.5%。", ["", "L1-1", "", ""]),
        # after the first part, a figure in a unit the total cannot hold describes a part, it is none
        ("共开展培训50场,其中线上培训20场,参训人员3000人次,线下培训30场。", ["", "L1-1", "", "L1-1"]),
        ("共接待来访群众860人,其中解答法律咨询520件。", ["", "L1-1"]),
        # a full stop closes the list
        ("全年粮食产量46695吨。其中,夏粮产量7327吨;秋粮产量39368吨。全年谷物产量39603吨。",
         ["", "L1-1", "L1-1", ""]),
        # 含 inside a word or without a figure before the bracket is no breakdown
        ("开展调查评估130例(包括审前和迁居),警告7人次。", ["", ""]),
        # what was prevented is no part, and ends the list (round 10)
        ("共调解纠纷1812件,调解成功1796件;其中调处重大疑难纠纷38件,防止群体性上访9起,防止民转刑案件5起。",
         ["", "", "L1-1", "", ""]),
        # last year's figure, a baseline, is no total (round 10)
        ("受理法律援助案件412件,比上年的356件增加56件,其中民事案件287件,刑事案件118件。",
         ["", "", "", "L1-1", "L1-1"]),
        # a part is no more than its total, and parts with no words of a total's are of their siblings'
        # total (round 12)
        ("全区在册社区服刑人员327人,全年新接收124人,解除矫正131人,其中缓刑281人、假释17人、暂予监外执行29人。",
         ["", "", "", "L1-1", "L1-1", "L1-1"]),
        # ... unless it exceeds them all: then the report contradicts itself, as `kaifu check` says
        ("全院共办结各类案件465件,其中民事案件672件,行政案件20件。", ["", "L1-1", "L1-1"]),
        # a 其中 opening a sentence looks back over all the sentence before, past its ；, and pairs parts
        # with totals by the stage of a case their verbs name (执结 with 审结) (round 12)
        ("共受理各类案件6,037件;审结执结5,226件,未结811件。其中,新收民事案件2,691件,审结2,418件;"
         "新收执行案件2,960件,执结2,533件。",
         ["", "", "", "L1-1", "L1-2", "L1-1", "L1-2"]),
        # parts that add up to one of the totals are of that one; of totals alike, of the cases received;
        # and a verb that names the cases itself (结案) takes no kind from the count before (round 13)
        ("全年共受理法律援助案件213件,同比增长14.5%,已结案196件,结案率92%。其中:民事案件139件,刑事案件68件,"
         "行政案件6件。", ["", "", "", "", "L1-1", "L1-1", "L1-1"]),
        ("全市共受理法律援助案件768件,办结681件,结案率88.7%。其中为农民工讨薪案件213件,刑事法律援助案件302件。",
         ["", "", "", "L1-1", "L1-1"]),
        # after a ；, a figure of other work done ends the list (round 14)
        ("全年实施5000万元以上项目168个,其中亿元以上项目94个、10亿元以上项目11个;新开工项目121个,竣工投产76个。",
         ["", "L1-1", "L1-1", "", ""]),
        # one thing counted in two units: each part is of the total in its own unit, though the other
        # stands nearer (round 15)
        ("立案侦查贪污贿赂、渎职侵权等职务犯罪案件14件18人，其中大案11件，要案（县处级）2人。",
         ["", "", "L1-1", "L1-2"]),
        ("共立案侦查职务犯罪案件37件45人,其中贪污贿赂案件29件35人、渎职侵权案件8件10人。",
         ["", "", "L1-1", "L1-2", "L1-1", "L1-2"]),
        # after a ；, short parts with one head go on with the list; a total like the list's ends it
        # (round 16)
        ("粮食总产量54.7万吨,增长1.2%,其中夏粮28.9万吨,增长2.0%;秋粮25.8万吨,增长0.3%。",
         ["", "", "L1-1", "", "L1-1", ""]),
        ("全年生猪饲养量228.7万头，其中出栏161.4万头；牛饲养量15.2万头；禽饲养量3960万只。", ["", "L1-1", "", ""]),
        # of totals alike, one in the part's unit, then the one with most of its characters; all the parts
        # go to a total they add up to exactly; a part is of no total at another stage of a case (round 16)
        ("调解纠纷12,653件,调解成功12,318件,调解成功率97.4%,其中调解婚姻家庭纠纷3,215件、邻里纠纷2,876件。",
         ["", "", "", "L1-1", "L1-1"]),
        ("全年共办理各类公证事项6872件;出具公证书7,306件。其中:国内民事公证4,185件,经济合同公证1,063件,"
         "涉外公证1,624件。", ["", "", "L1-1", "L1-1", "L1-1"]),
        ("上半年共受理各类案件2,140件,共审执结1,704件;未结案件436件。其中,民商事案件新收1,012件,结案936件;"
         "刑事案件新收97件,结案84件。", ["", "", "", "L1-1", "L1-2", "L1-1", "L1-2"]),
        # a later figure in a unit of no part's nor of the total's kin, with no words of theirs, counts
        # something else; one of the total's kin is still a part (round 18)
        ("受理法律援助案件392件,其中刑事案件178件,涉及12个乡镇。", ["", "L1-1", ""]),
        ("全院现有干警64名,其中员额检察官26名,研究生学历9人,占14.1%。", ["", "L1-1", "L1-1", ""]),
        # parts listed with 、 whose labels end alike end at a comma before a clause unlike them; parts
        # in two units each go to the total they add up to in theirs (round 19)
        ("立案办理公益诉讼案件46件,其中生态环境和资源保护领域23件、食品药品安全领域11件、国有财产保护领域5件,"
         "发出诉前检察建议38件,提起民事公益诉讼2件。", ["", "L1-1", "L1-1", "L1-1", "", ""]),
        ("受理审查起诉案件428件563人,审结371件498人,其中提起公诉302件406人,不起诉92人。",
         ["", "", "", "", "L1-3", "L1-4", "L1-4"]),
        # a bracket right after a count, holding counts of its family that it can hold, breaks it down
        # with no breakdown word; one count in a bracket, or counts in another family, do not (round 20)
        ("全镇在册社区矫正对象42人（缓刑39人，假释2人，暂予监外执行1人），上半年新入矫11人。",
         ["", "L1-1", "L1-1", "L1-1", ""]),
        ("全年办理案件300件(上年为280件),培训调解员120人次(2022年:100人次,2023年:150人次)。", ["", "", "", "", ""]),
        # a clause ending in a noun of cases and 中 opens a list as 其中 does: of the figure it restates, of
        # the last of the stage it names (not its refusal), or of the one before that names its noun
        # (round 23)
        ("收到行政复议申请87件,依法受理72件,不予受理8件,审结66件。受理的72件案件中,不服区直部门的58件,"
         "不服乡镇政府的14件。在审结的案件中,决定维持41件,决定撤销5件。",
         ["", "", "", "", "", "L1-2", "L1-2", "L1-4", "L1-4"]),
        ("区政府共收到行政复议申请136件,依法受理121件,不予受理9件。受理案件中,涉及公安类58件,自然资源类23件。",
         ["", "", "", "L1-2", "L1-2"]),
        ("全年受理纠纷1,864件,调解成功1,850件,受援人220人。所受理的纠纷中,婚姻家庭纠纷412件,邻里纠纷376件。",
         ["", "", "", "L1-1", "L1-1"]),
        ("在办理案件中,发现并移送违法犯罪线索12条。", [""]),
        # the same things by other work (竣工 after 新开工) end the list; other things by other work do not
        # (round 24)
        ("全年新开工亿元以上项目152个，其中10亿元以上项目21个，竣工亿元以上项目97个。", ["", "L1-1", ""]),
        ("全年实施500万元以上项目127个,完成投资89.5亿元,其中亿元以上项目38个,完成投资61.2亿元。",
         ["", "", "L1-1", "L1-2"]),
        # last year's figure after a year is a baseline too; of totals in several units, a part goes to
        # one of its own family (round 25)
        ("全年新接收刑释人员147名，比2015年的129名增加18名；其中重点帮教对象39名。", ["", "", "", "L1-1"]),
        ("举办刑释人员职业技能培训班3期，培训96人次，其中取得初级职业资格证书的41人。", ["", "", "L1-2"]),
        # a view a breakdown is given from opens a list as 其中 does, of the total another view's parts
        # are of; a scope names its total (round 27)
        ("全年共受理矛盾纠纷1,863件,调解成功1,850件。从纠纷类型看,婚姻家庭纠纷417件,邻里纠纷376件;其他纠纷401件。",
         ["", "", "L1-1", "L1-1", "L1-1"]),
        ("现有在册社区服刑人员473人。在册人员中,管制4人,缓刑398人;按犯罪类型分,交通肇事罪119人,故意伤害罪87人。",
         ["", "L1-1", "L1-1", "L1-1", "L1-1"]),
        ("全年共受理法律援助案件1,046件。其中民事案件612件,刑事案件421件。在民事案件中,涉及农民工讨薪案件238件。",
         ["", "L1-1", "L1-1", "L1-2"]),
        # after a ；, other work on cases (办理…) ends a list whose parts do not start so, and a clause
        # that opens with a new whole (全市) ends all; a view's parts in another unit family are of no
        # total (round 31: sfj30-04, aid31-01, aid31-04)
        (
            "受理法律援助案件208件,其中民事案件141件、行政案件5件;办理值班律师法律帮助案件315件。",
            ["", "L1-1", "L1-1", ""],
        ),
        ("中心现有在编工作人员7名,其中执业律师3名;全市4家律师事务所、76名执业律师均承担法律援助义务。", ["", "L1-1", "", ""]),
        ("全年共受理法律援助案件428件。按受援对象分,农民工185人,残疾人23人。", ["", "", ""]),
        # a view after a half-width point, as in text copied from web pages (round 34, topic31-02)
        ("全年受理纠纷1,863件.从类型看,婚姻家庭纠纷612件,邻里纠纷487件.", ["", "L1-1", "L1-1"]),
        # an average is neither a total nor a part (round 26)
        ("全院审执结2,938件,结案率71.21%;法官人均结案112.9件。其中:受理刑事案件186件,审结158件;受理行政案件37件,"
         "审结26件。", ["", "", "", "L1-1", "L1-1", "L1-1", "L1-1"]),
        ("全体居民人均可支配收入32,150元,其中城镇居民人均可支配收入44,689元。", ["", ""]),
        # after a ；, a figure that would make the parts add up to more than their total is another total;
        # parts that made up their total whole may be followed by another breakdown of it (round 42:
        # bulletin42-04, bulletin42-01; bulletin37-01, aid38-01)
        ("年末全县总人口49.32万人，其中农业人口41.86万人；常住人口38.75万人。", ["", "L1-1", ""]),
        ("第二产业投资198.63亿元，增长35.8%，其中工业投资196.27亿元，增长36.1%；第三产业投资135.80亿元，增长25.9%。",
         ["", "", "L1-1", "", "", ""]),
        ("年末户籍总人口186.2万人。其中，城镇人口98.7万人，乡村人口87.5万人；男性人口92.6万人，女性人口93.6万人。",
         ["", "L1-1", "L1-1", "L1-1", "L1-1"]),
        # a half-width point after words is a full stop too, as in text copied from web pages (round 12)
        ("完成投资89.5亿元,其中亿元以上项目38个,完成投资61.2亿元.争取上级各类资金14.3亿元。",
         ["", "", "L1-1", ""]),
    ],
)
def test_parents_in_sentences(text, expected):
    assert [r.parent for r in extract(text)] == expected


# ---------------------------------------------------------------------------------------------
# Periods


@pytest.mark.parametrize(
    ("words", "year", "period"),
    [
        ("截至6月30日", 2023, "2023-06-30"),
        ("截止6月30日", 2023, "2023-06-30"),
        ("截至11月底", 2023, "2023-11-30"),
        ("截至2月底", 2024, "2024-02-29"),
        ("截至2021年6月", None, "2021-06-30"),
        ("截至年底", 2022, "2022-12-31"),
        ("截至2023年底", None, "2023-12-31"),
        ("2023年底", None, "2023-12-31"),
        ("2023年1-10月", None, "2023-01-01/2023-10-31"),
        ("一季度", 2023, "2023-01-01/2023-03-31"),
        ("今年以来", 2023, "2023"),
        ("6月29日", 2023, "2023-06-29"),
        ("上半年", 2023, H1_2023),
        ("1-6月", 2023, H1_2023),
        ("1至6月", 2023, H1_2023),
        ("1月至6月", 2023, H1_2023),
        ("1-9月", 2017, "2017-01-01/2017-09-30"),
        ("前三季度", 2020, "2020-01-01/2020-09-30"),
        ("第二季度", 2020, "2020-04-01/2020-06-30"),
        ("下半年", 2023, "2023-07-01/2023-12-31"),
        ("5月份", 2023, "2023-05"),
        ("全年", 2023, "2023"),
        ("2015年", None, "2015"),
        ("2023年上半年", None, H1_2023),
        ("2011-2015年", None, "2011/2015"),
        ("2023年以来", None, "2023"),
        ("上半年", None, ""),  # no year anywhere: no period
    ],
)
def test_period_of_time_phrases(words, year, period):
    assert period_of(words, year) == (period, words)



@pytest.mark.parametrize(
    ("line", "period_texts"),
    [
        ("2.一季度受理法律援助案件120件，二季度受理135件。", ["一季度", "二季度"]),
        ("1.全年共调解纠纷1520件。", ["全年"]),
        ("人均增长5.1%，2023年末达到3.5万人。", ["", "2023年末"]),  # 5.1 is a number, not 1月
    ],
)
def test_a_time_phrase_after_an_enumerator(line, period_texts):
    """The point of an enumerator (2.一季度) does not hide the time phrase after it; a decimal point does."""
    assert [r.period_text for r in extract(line)] == period_texts

@pytest.mark.parametrize(
    "text", ["比2020年增长5%", "同比增长6.3%", "连续4年", "“八五”普法", "《2023年工作要点》", "去年底", "12个月"]
)
def test_baselines_streaks_and_titles_are_not_periods(text):
    assert period_of(text, 2023) == ("", "")


def test_sample_periods(sample_text):
    """截至6月30日 figures as of 2023-06-30, the two targets 2023 and 2024, the rest the half-year."""
    for r in extract(sample_text):
        if r.line == 63:
            continue
        expected = "2023-06-30" if re.search("截[至止]6月30日", r.text) else H1_2023
        assert (r.line, r.indicator, r.period) == (r.line, r.indicator, expected)
    targets = [(r.id, r.period, r.period_text) for r in extract(sample_text) if r.line == 63]
    assert targets == [("L63-1", "2023", "2023年"), ("L63-2", "2024", "2024年")]


@pytest.mark.parametrize(
    ("id_", "period_text"),
    [("L19-1", "截至6月30日"), ("L27-1", "截止6月30日"), ("L23-8", "上半年"), ("L21-1", "title"),
     ("L55-1", "2023年上半年"), ("L51-1", "2023年以来")],
)
def test_sample_period_texts(sample_text, id_, period_text):
    assert _by_id(extract(sample_text))[id_].period_text == period_text


@pytest.mark.parametrize(
    ("stem", "ids", "period", "period_text"),
    [
        ("02", ["L5-1", "L5-2", "L5-3", "L5-4", "L5-5", "L5-6"], "2017-01-01/2017-09-30", "1-9月"),
        ("02", ["L1-1", "L6-1", "L7-1"], "2017", "opening"),  # 2017年是海珠区基础建设年
        ("04", ["L6-1", "L6-4", "L7-1", "L7-4"], "2021-06-30", "截至2021年6月"),
        ("04", ["L5-1", "L7-5", "L7-6"], "2021-01-01/2021-06-30", "title"),
        ("09", ["L5-1", "L5-3"], "2011", "2011年"),
        ("09", ["L9-1", "L11-2"], "2011", "title"),
        ("13", ["L7-1", "L7-5", "L11-2"], "2022", "opening"),  # dated 2023-02-09, covers 2022
        ("16", ["L3-1", "L5-1"], "2015", "2015年"),
        ("16", ["L9-1", "L11-3"], "2015", "全年"),
        ("16", ["L3-3", "L9-3"], "2015", "opening"),
    ],
)
def test_dev_periods(stem, ids, period, period_text):
    records = _by_id(_report(stem))
    for id_ in ids:
        assert (id_, records[id_].period, records[id_].period_text) == (id_, period, period_text)


def test_every_dev_record_has_a_period():
    for path in DEV_REPORTS:
        assert all(r.period for r in _records(path)), path.name


# ---------------------------------------------------------------------------------------------
# Baselines and status


def test_sample_baselines_and_targets(sample_text):
    records = extract(sample_text)
    assert {r.id: r.compared_to for r in records if r.kind == "change"} == {"L21-8": "上年同期", "L21-9": "上年同期"}
    assert all(r.compared_to == "" for r in records if r.kind != "change")
    assert [r.id for r in records if r.status == "target"] == ["L63-1", "L63-2"]
    assert {r.status for r in records if r.line != 63} == {"actual"}


@pytest.mark.parametrize(
    ("text", "compared_to"),
    [
        ("审结案件数量较上年同期增长72.1%。", "上年同期"),
        ("第一产业增加值62857万元,同比增长6.3%。", "同比"),
        ("受理案件120件,环比下降2.5%。", "环比"),
        ("地区生产总值244394万元,比上年增长13.1%。", "上年"),
        ("办结案件300件,比2020年增长5%。", "2020年"),
        ("与上年比,第一产业比重上升3.82个百分点。", "上年"),
        ("受理案件与去年同期相比增加12件。", "去年同期"),
        ("全年肉类总产量9091吨,比上年同期增长8.3%。其中,猪肉产量7905吨,增长6.8%。", "上年同期"),
        # what a multiple is of; the year is the baseline's, not the figure's period (round 15)
        ("2010年全旗地区生产总值达到428.6亿元，是2005年的4.7倍。", "2005年"),
        ("一般公共预算收入368.5亿元,是“十二五”时期的1.52倍。", "“十二五”时期"),
        ("五年累计完成全社会固定资产投资1086亿元，是“十五”时期的3.9倍。", "“十五”时期"),
    ],
)
def test_compared_to_is_the_baseline_as_written(text, compared_to):
    changes = [r for r in extract(text) if r.kind == "change"]
    assert changes and all(r.compared_to == compared_to for r in changes)


def test_a_year_a_multiple_is_of_is_no_period():
    assert [r.period for r in extract("2010年全旗地区生产总值达到428.6亿元，是2005年的4.7倍。")] == ["2010", "2010"]


def test_an_average_is_the_baseline_of_its_own_sentence_only():
    text = "不起诉率16.3%,较全省平均水平低2.1个百分点。全年诉前羁押率降至15.8%,下降4.6个百分点。"
    changes = [r.compared_to for r in extract(text) if r.kind == "change"]
    assert changes == ["全省平均水平", ""]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("一、工作情况\n全年调解成功率98%。\n二、下半年工作打算\n完成规范化建设80%任务数。", ["actual", "target"]),
        ("某区司法局2023年工作总结\n全年调解纠纷300件。\n2024年工作安排\n新建调解室5个。", ["actual", "target"]),
        ("某区司法局2024年工作要点\n新建调解室5个。", ["target"]),
        # A government's targets for the year (round 81, pdfgovwork81-01).
        ("一、2018 年工作回顾\n地区生产总值增长7.8%。\n二、2019 年主要预期目标\n地区生产总值增长7.5%。", ["actual", "target"]),
        # A court's plans for the next year (round 78, pdfcourt78-04).
        ("一、2010 年工作回顾\n审结案件9,012件。\n二、2011 年工作意见\n力争结案率达到95%。", ["actual", "target"]),
        ("力争全年调解成功率达到99%以上。", ["target"]),
        ("计划投资1000万元。", ["target"]),
        ("确保全年化解率达到95%。", ["target"]),
        ("完成年度计划的95%。", ["actual"]),
        # The goal named after 完成 or 实现 is what the figure measures, not a new goal.
        ("全年城镇新增就业1.26万人,完成目标任务的105%。", ["actual", "actual"]),
        ("超额完成年度目标任务,实现预期目标120%。", ["actual"]),
        ("力争完成目标任务的110%。", ["target"]),
        ("预计完成全年目标的110%。", ["target"]),
        ("争取赔偿金额4250余万元。", ["actual"]),
        # An appendix after the plan's heading is none of the plan's (round 36, procur36-04, fzzf36-04).
        ("一、工作情况\n全年调解纠纷300件。\n二、2024年工作思路\n新建调解室5个。\n附件\n项目\t单位\t2023年\n"
         "调解纠纷\t件\t300\n", ["actual", "target", "actual"]),
    ],
)
def test_status(text, status):
    assert [r.status for r in extract(text)] == status


def test_a_review_heading_gives_the_period_a_title_does_not():
    """A government work report: its title names no year and it is dated the year after; the review
    heading names the year its figures cover, and 全年 is that year too."""
    text = ("政府工作报告\n——2024年2月20日在XX县第十八届人民代表大会第三次会议上\n一、2023年工作回顾\n"
            "过去一年,全县地区生产总值达到312.5亿元,增长6.3%。全年空气质量优良天数比例达到92.6%。\n"
            "二、2024年主要目标\n地区生产总值增长6.5%左右。")
    assert [(r.period, r.period_text, r.status) for r in extract(text)] == [
        ("2023", "heading", "actual"), ("2023", "heading", "actual"), ("2023", "全年", "actual"),
        ("2024", "heading", "target")]


def test_a_review_heading_gives_the_period_over_the_title():
    """The year in a government work report's title is the year it is given in; the review heading
    names the year its figures cover (round 12). A heading naming the title's own year changes nothing."""
    text = ("平遥县2017年政府工作报告\n一、2016年工作回顾\n全县完成地区生产总值118.6亿元,增长5.2%。\n"
            "二、2017年工作安排\n地区生产总值增长7%左右。")
    assert [(r.period, r.period_text, r.status) for r in extract(text)] == [
        ("2016", "heading", "actual"), ("2016", "heading", "actual"), ("2017", "heading", "target")]
    same = "某区司法局2023年工作总结\n一、2023年工作情况\n共调解矛盾纠纷1200件。"
    assert [(r.period, r.period_text) for r in extract(same)] == [("2023", "title")]


def test_a_title_of_a_review_and_a_plan_under_a_page_header_opens_no_plan():
    """索引号 and 发布机构 lines above a title that names a review and a plan (round 14): the figures of
    the review are actual, as they are without those lines."""
    for header in ("", "索引号:015146233/2020-00011  发布机构:红塔区司法局  发布日期:2020-01-08\n"):
        text = header + "红塔区司法局2019年工作总结和2020年工作计划\n全年共调解矛盾纠纷1,200件。"
        assert [(r.period, r.status) for r in extract(text)] == [("2019", "actual")]


def test_plan_section_figures_cover_the_planned_period():
    text = "某区司法局2023年上半年工作总结\n一、上半年工作\n调解纠纷300件。\n二、下半年工作打算\n新建调解室5个。"
    assert [(r.period, r.period_text, r.status) for r in extract(text)] == [
        (H1_2023, "title", "actual"), ("2023-07-01/2023-12-31", "heading", "target")]


# ---------------------------------------------------------------------------------------------
# Report metadata


@pytest.mark.parametrize(
    ("stem", "title", "body", "date", "period", "period_text"),
    [
        ("kaifu", "开福区司法局2023年上半年工作总结及下半年工作计划", "开福区司法局", "2023-07-10", H1_2023,
         "2023年上半年"),
        ("02", "", "", "", "2017", "2017年"),
        ("04", "清远市清城区司法局2021年上半年工作总结及下半年工作计划", "清远市清城区司法局", "",
         "2021-01-01/2021-06-30", "2021年上半年"),
        ("09", "2011年硚口区法律援助工作总结", "硚口区", "", "2011", "2011年"),
        ("13", "东莞市中级人民法院工作报告", "东莞市中级人民法院", "2023-02-09", "2022", "2022年"),
        ("16", "", "", "", "2015", "2015年"),
    ],
)
def test_report_info(stem, title, body, date, period, period_text):
    path = next(p for p in REPORTS if p.name.startswith(stem))
    info = report_info(split_lines(path.read_text(encoding="utf-8")))
    assert (info.title, info.body, info.date, info.period, info.period_text) == (
        title, body, date, period, period_text)


def test_a_title_line_that_starts_by_joining_goes_on_with_the_title():
    """…2023年工作总结 / 和2024年工作计划 (pdftotext's break of a long title, round 67 pdfsfj67-03): one
    title, which names a review, so the year's figures are done, not planned."""
    text = "印江自治县司法局2023年工作总结\n和2024年工作计划\n2023年，全县调处矛盾纠纷2186件。\n"
    info = report_info(split_lines(text))
    assert (info.title, info.period) == ("印江自治县司法局2023年工作总结和2024年工作计划", "2023")
    assert [(r.status, r.period) for r in extract(text)] == [("actual", "2023")]


@pytest.mark.parametrize(
    "header",
    [
        "麻城市司法局文件\n麻司文〔2019〕3 号 签发人：刘 伟\n", "永司呈〔2023〕3 号\n永宁县司法局\n",
        "恩施州司法局办公室\n恩州司办〔2024〕41 号\n──────────────\n",  # (pdfaid118-04)
        "曲靖市人民政府公报                2023 年第 3 期（总第 142 期）\n",  # (pdfreview118-02)
        "首页 > 政务公开 > 部门信息 > 区司法局\n",  # (sfj119-01: a web page's trail of links)
    ],
)
def test_an_official_documents_header_is_no_title(header):
    """The issuer's red header and the document's number stand above an official document's title
    (round 70, pdfmediation70-04; pdfmediation51-02), and so do an office's name over its letterhead's
    number and rule, a periodical's masthead with its issue (round 118), and a web page's trail of links
    (round 119): the title under them names the report's topic."""
    text = header + "关于 2018 年矛盾纠纷排查化解工作情况的报告\n市委政法委：\n全年涉及金额 1.02 亿元。\n"
    assert report_info(split_lines(text)).title.endswith("关于 2018 年矛盾纠纷排查化解工作情况的报告")
    assert [r.section for r in extract(text)] == ["dispute_mediation"]


def test_signature_gives_the_body_and_date():
    text = "关于2022年法治建设工作情况的报告\n\n全年办理案件12件。\n\n某县司法局\n2023年1月5日\n"
    info = report_info(split_lines(text))
    assert (info.body, info.date, info.period) == ("某县司法局", "2023-01-05", "2022")


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("发布时间:2023-07-10 来源:开福区司法局", "2023-07-10"),
        ("——2023年2月9日在东莞市第十七届人民代表大会第三次会议上", "2023-02-09"),
        ("2023.7.10", "2023-07-10"),
        ("2023年1-10月,全区办理法律援助案件1200件。", ""),  # a period, not a date
        ("2023年3月5日,我局召开会议。", ""),  # a dated event, not the report's date
    ],
)
def test_report_date(header, date):
    assert report_info(["某区司法局工作总结", header]).date == date


def test_phrases_found_around_their_anchors_are_those_found_along_the_line():
    """meaning._phrase_matches looks for time phrases only around 年, 月 and 季; it gives the phrases
    that the search along the whole line (meaning._time_matches) gives, on random text made of the
    characters time phrases are made of and some others."""
    import random

    from kaifu_cli import meaning

    def phrases(matches):
        return [(p.start, p.end, p.text) for m in matches if (p := meaning._phrase(m, None)) is not None]

    rng = random.Random(5)
    alphabet = [*"截止至到今本当全年度内以来上下半第季前两个月份日号底末初旬中一二三四五六七八九十-—~0123456789 \u3000比较与,。的人件",
                "年底", "上半年", "2023年", "1-9月", "截至6月30日", "\u2003", "٢"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        assert phrases(meaning._phrase_matches(text)) == phrases(meaning._time_matches(text)), text


def test_every_average_word_holds_a_mark_it_is_found_by():
    """meaning._an_average asks of a label first for the marks its words hold."""
    assert all(any(mark in word for mark in AVERAGE_MARKS) for word in words().not_totals)
