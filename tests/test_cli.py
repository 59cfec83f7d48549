"""The command line: formats, options, errors and exit codes, as a user meets them."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaifu_cli import COLUMNS, __version__
from kaifu_cli.cli import app

from conftest import BUILD, ROOT, SAMPLE

runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def test_version():
    result = run("--version")
    build = "pure Python" if BUILD == "source" else "compiled with mypyc"
    assert result.exit_code == 0 and result.stdout.strip() == f"kaifu {__version__} ({build})"


def test_help_lists_commands():
    result = run("--help")
    assert result.exit_code == 0
    assert "extract" in result.stdout and "sections" in result.stdout


def test_csv_is_the_default_off_a_terminal():
    result = run("extract", SAMPLE)
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) > 60
    assert rows[1][COLUMNS.index("indicator")] == "廉洁自律正面教育和惩治腐败警示教育"


def test_json_numbers_and_chinese():
    result = run("extract", SAMPLE, "--format", "json")
    data = json.loads(result.stdout)
    assert list(data[0]) == list(COLUMNS)
    money = next(r for r in data if r["unit"] == "万元")
    assert money["value"] == 4250 and money["base_value"] == 42500000 and money["qualifier"] == "over"
    assert "\\u" not in result.stdout and "矛盾纠纷" in result.stdout
    change = next(r for r in data if r["kind"] == "change")
    assert change["value"] == 72.1


def test_jsonl_one_object_a_line():
    result = run("extract", SAMPLE, "--format", "jsonl")
    lines = result.stdout.splitlines()
    assert len(lines) == len(json.loads(run("extract", SAMPLE, "-f", "json").stdout))
    assert all(json.loads(line)["source"] == str(SAMPLE) for line in lines)


def test_table_grouped_by_section_fits_80_columns():
    result = run("extract", SAMPLE, "--format", "table")
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal
    assert "矛盾纠纷调解 dispute_mediation (" in result.stdout
    from rich.cells import cell_len

    assert max(cell_len(line) for line in result.stdout.splitlines()) <= 80


def test_bom_and_output_file(tmp_path):
    out = tmp_path / "out.csv"
    result = run("extract", SAMPLE, "--bom", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + b"source,line,")
    assert b"\r\n" in data  # RFC 4180 line ends


def test_output_format_follows_the_file_extension(tmp_path):
    out = tmp_path / "out.json"
    assert run("extract", SAMPLE, "-o", out).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))[0]["line"] == 13


def test_csv_injection_is_defused(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("=HYPERLINK(1)共调解纠纷12件\n@共受理案件3件,同比下降0.9%\n", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run("extract", report).stdout)))
    assert rows[0]["text"].startswith("'=") and rows[1]["text"].startswith("'@")
    assert rows[2]["value"] == "-0.9"  # numbers stay numbers


def test_no_indicators_header_only_and_a_note(tmp_path):
    report = tmp_path / "empty.txt"
    report.write_text("党的二十大精神。\n", encoding="utf-8")
    result = run("extract", report)
    assert result.exit_code == 0
    assert result.stdout.strip() == ",".join(COLUMNS)
    assert "No indicators" in result.stderr


def test_standard_input():
    result = run("extract", "-", "-f", "json", input="共调解纠纷12件。\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["source"] == "-"


TAXONOMY = """
[[section]]
key = "mediation"
name = "调解"
priority = 1
keywords = ["调解", "纠纷"]

[[section]]
key = "other"
name = "其他"
priority = 2
keywords = []
"""


def test_own_taxonomy(tmp_path):
    tax = tmp_path / "tax.toml"
    tax.write_text(TAXONOMY, encoding="utf-8")
    data = json.loads(run("extract", SAMPLE, "-f", "json", "--taxonomy", tax).stdout)
    assert {r["section"] for r in data} == {"mediation", "other"}
    listed = run("sections", "--taxonomy", tax, "--json")
    assert [s["key"] for s in json.loads(listed.stdout)] == ["mediation", "other"]


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        ("[[section]\nkey=", "not valid TOML"),
        ("title = 'no sections'", "no [[section]]"),
        ('[[section]]\nkey = "has space"\nname = "x"', "'key'"),
        ('[[section]]\nkey = "a"\nname = "x"\nkeywords = "调解"', "'keywords'"),
        ('[[section]]\nkey = "a"\nname = "x"\n[[section]]\nkey = "a"\nname = "y"', "twice"),
        ('not_keywords = "农村居民"\n[[section]]\nkey = "a"\nname = "x"', "'not_keywords'"),
        ('not_topics = [1]\n[[section]]\nkey = "a"\nname = "x"', "'not_topics'"),
        ('ending = "化解"\n[[section]]\nkey = "a"\nname = "x"', "'ending'"),
        ('[[section]]\nkey = "a"\nname = "x"\nabsorbs = "讨薪"', "'absorbs'"),
        ('[[section]]\nkey = "a"\nname = "x"\neverywhere = "yes"', "'everywhere'"),
    ],
)
def test_malformed_taxonomy(tmp_path, content, complaint):
    tax = tmp_path / "bad.toml"
    tax.write_text(content, encoding="utf-8")
    result = run("extract", SAMPLE, "--taxonomy", tax)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and complaint in result.stderr and " — try " in result.stderr
    assert "Traceback" not in result.stderr


def test_sections_lists_the_builtin_taxonomy():
    result = run("sections", "--json")
    keys = [s["key"] for s in json.loads(result.stdout)]
    assert keys[:3] == ["dispute_mediation", "community_correction", "administrative_review"]
    assert keys[-1] == "other"


@pytest.mark.parametrize(
    ("make", "complaint"),
    [
        (lambda d: d / "missing.txt", "does not exist"),
        (lambda d: d, "folder"),
        (lambda d: (d / "bad.txt").write_bytes(b"\xff\xfe\xfa\x00\x81" * 3) and d / "bad.txt", "--encoding"),
    ],
    ids=["missing", "directory", "undecodable"],
)
def test_read_errors_are_one_line(tmp_path, make, complaint):
    path = make(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "kaifu_cli", "extract", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: ") and complaint in result.stderr
    assert result.stdout == ""


def test_usage_error_exits_2():
    assert run("extract", SAMPLE, "--format", "xml").exit_code == 2
    assert run("nonsense").exit_code == 2


def test_failed_run_keeps_an_earlier_output(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("earlier good output", encoding="utf-8")
    assert run("extract", tmp_path / "missing.txt", "-o", out).exit_code == 1
    assert out.read_text(encoding="utf-8") == "earlier good output"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash|console)\n(.*?)```", readme, re.S)
    return [line.strip() for block in blocks for line in block.splitlines()]


def test_readme_first_screen_sets_everything_up():
    commands = _readme_commands()
    assert commands[0].startswith("python3 -m venv .venv") and "pip install ." in commands[0]
    assert "kaifu extract samples/kaifu-2023h1.txt" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci, "the README's test command is what CI runs"


def test_readme_kaifu_commands_run(tmp_path):
    """Every `kaifu …` line of the README on the sample runs and exits 0 (outputs go to a temporary folder)."""
    kaifu = Path(sys.executable).with_name("kaifu")
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    ran = 0
    for command in _readme_commands():
        if not command.startswith("kaifu ") or "samples/" not in command or "|" in command:
            continue  # commands on the user's own reports are shown, not run
        argv = shlex.split(command.split(" #")[0].replace("> out.csv", "-o out.csv"))
        result = subprocess.run([str(kaifu), *argv[1:]], cwd=tmp_path, capture_output=True, text=True, check=False)
        assert result.returncode == 0, (command, result.stderr)
        ran += 1
    assert ran >= 3
