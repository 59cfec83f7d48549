"""`kaifu check`: contradictions in reports written for it, and none in the real reports."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaifu_cli import Indicator, extract
from kaifu_cli.cli import app
from kaifu_cli.consistency import check, upper_bound
from kaifu_cli.meaning import same_unit_family

from conftest import DATA, DEV_REPORTS, SAMPLE

CHECK = DATA / "check"
runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def _findings(name: str):
    path = CHECK / name
    return check(extract(path.read_text(encoding="utf-8"), source=path.name))


@pytest.mark.parametrize(
    ("name", "rule", "ids", "message"),
    [
        ("breakdown-exceeds-total.txt", "breakdown-exceeds-total", ["L4-1", "L4-2", "L4-3"],
         "the parts of L4-1 add up to 692件, more than the total 465件"),
        ("rate-above-100.txt", "rate-above-100", ["L4-2"], "L4-2 受援群众满意率 is 103.5%, above the whole"),
        ("unit-mismatch.txt", "unit-mismatch", ["L4-1", "L4-2"], "L4-1 counts 人 but its part L4-2 counts 件"),
    ],
)
def test_each_contradiction_is_found(name, rule, ids, message):
    findings = _findings(name)
    assert [(f.rule, [r.id for r in f.records], f.message) for f in findings] == [(rule, ids, message)]


def test_a_consistent_report_has_no_findings():
    """Parts within their total (3000余 holds 3050), 人次 with 人次, 场 with 次, a change of 127.3%,
    完成年度任务的120% and a bracketed part."""
    assert _findings("consistent.txt") == []


@pytest.mark.parametrize("path", [SAMPLE, *DEV_REPORTS], ids=lambda p: p.stem)
def test_real_reports_have_no_findings(path):
    assert check(extract(path.read_text(encoding="utf-8"), source=path.name)) == []


@pytest.mark.parametrize(
    ("value", "unit", "base", "qualifier", "bound"),
    [
        ("465", "件", "465", "", "465"),
        ("3000", "人次", "3000", "over", "4000"),
        ("4250", "万元", "42500000", "over", "42600000"),
        ("2.8", "万件", "28000", "about", "29000"),
        ("60", "份", "60", "under", "60"),
    ],
)
def test_upper_bound_of_a_qualified_total(value, unit, base, qualifier, bound):
    record = Indicator("", 1, "other", "其他", "", "", Decimal(value), unit, Decimal(base), unit, qualifier,
                       "count", "", id="L1-1")
    assert upper_bound(record) == Decimal(bound)


# ---------------------------------------------------------------------------------------------
# The command


@pytest.mark.parametrize("name", ["breakdown-exceeds-total.txt", "rate-above-100.txt", "unit-mismatch.txt"])
def test_check_exits_1_and_shows_lines_and_sentences(name):
    result = run("check", CHECK / name)
    assert result.exit_code == 1
    assert "line 4" in result.stdout
    sentence = (CHECK / name).read_text(encoding="utf-8").splitlines()[3]
    assert any(part.strip() in result.stdout for part in sentence.split("。") if part.strip())
    assert "1 contradiction found" in result.stderr


def test_check_exits_0_on_the_sample_and_dev_reports():
    result = run("check", SAMPLE, *DEV_REPORTS, CHECK / "consistent.txt")
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
    assert result.stderr.startswith("No contradictions found")


def test_check_json():
    result = run("check", "--format", "json", CHECK / "breakdown-exceeds-total.txt", CHECK / "unit-mismatch.txt")
    assert result.exit_code == 1
    found = json.loads(result.stdout)
    assert [f["rule"] for f in found] == ["breakdown-exceeds-total", "unit-mismatch"]
    assert found[0]["records"][1] == {
        "id": "L4-2", "line": 4, "indicator": "民事案件", "value": "672", "unit": "件",
        "text": "2022年,全院共办结各类案件465件,其中民事案件672件,行政案件20件。"}


def test_check_missing_file_is_one_line_error(tmp_path):
    result = run("check", tmp_path / "none.txt")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and " — try " in result.stderr and len(result.stderr.splitlines()) == 1


def test_info_json_on_the_sample():
    result = run("info", "--format", "json", SAMPLE)
    assert result.exit_code == 0
    [info] = json.loads(result.stdout)
    assert {k: info[k] for k in ("title", "body", "date", "period", "period_text", "period_source")} == {
        "title": "开福区司法局2023年上半年工作总结及下半年工作计划", "body": "开福区司法局", "date": "2023-07-10",
        "period": "2023-01-01/2023-06-30", "period_text": "2023年上半年", "period_source": "title"}
    counts = {s["key"]: s["count"] for s in info["sections"]}
    assert sum(counts.values()) == info["indicators"] == len(extract(SAMPLE.read_text(encoding="utf-8")))
    assert counts["dispute_mediation"] > 0


def test_info_table_names_every_report():
    result = run("info", SAMPLE, DEV_REPORTS[-1])
    assert result.exit_code == 0
    assert "开福区司法局" in result.stdout and "2015" in result.stdout and "opening" in result.stdout


@pytest.mark.parametrize(
    ("total", "part", "mixes"),
    [("件", "件", True), ("人次", "人", True), ("起", "件", True), ("场", "次", True), ("个", "家", True),
     ("家", "个", True), ("人", "件", False), ("个", "人", False), ("公顷", "亩", False), ("元", "件", False)],
)
def test_unit_families(total, part, mixes):
    assert same_unit_family(total, part) is mixes


def test_check_walks_folders_like_extract():
    result = run("check", "--format", "json", CHECK)
    assert result.exit_code == 1
    assert sorted(f["rule"] for f in json.loads(result.stdout)) == [
        "breakdown-exceeds-total", "rate-above-100", "unit-mismatch"]
    assert "3 contradictions found" in result.stderr


def test_info_of_a_folder_lists_each_report():
    result = run("info", "--format", "json", CHECK)
    assert result.exit_code == 0
    assert [Path(r["source"]).name for r in json.loads(result.stdout)] == sorted(p.name for p in CHECK.glob("*.txt"))
