"""Reading every form a report comes in: encodings, web pages, Word, PDF, standard input.

Each form is built at test time from the sample report and must give the same
indicators as the sample's .txt.
"""

from __future__ import annotations

import builtins
import codecs
import csv
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from report_files import article, cjk_font, government_page, write_docx, write_pdf, write_scan_pdf
from typer.testing import CliRunner

from kaifu_cli import extract, extract_lines
from kaifu_cli.cli import app
from kaifu_cli.documents import html_lines
from kaifu_cli.reading import ReadError, detect_encoding, read_lines, read_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "kaifu-2023h1.txt"
DEV_REPORTS = sorted((ROOT / "tests" / "data").glob("[0-9]*.txt"))
runner = CliRunner()


def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def same_fields(records: list) -> list[tuple]:
    """What must not change with the file's form: everything but ``source`` and ``line``."""
    return [(r.section, r.heading, r.indicator, r.value, r.unit, r.base_value, r.qualifier, r.kind, r.text)
            for r in records]


def from_file(path: Path, encoding: str | None = None) -> list:
    return list(extract_lines(read_lines(str(path), encoding), str(path)))


# ---------------------------------------------------------------------------------------------
# Encodings


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8"])
def test_sample_in_any_encoding_gives_the_same_records(tmp_path: Path, codec: str) -> None:
    text = sample()
    data = text.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):
        data = codecs.BOM_UTF16_LE + data if codec.endswith("le") else codecs.BOM_UTF16_BE + data
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    got = from_file(path)
    want = extract(text, source=str(path))
    assert got == want  # same lines, so the same line numbers too


# Short texts, where detectors are weakest (they take short GBK for Korean or Big5).
SHORT_TEXTS = [
    "成功调解纠纷3386起",
    "办理法律援助案件",
    "较上年同期增长72.1%",
    "全区16个诉源治理工作站",
    "争取赔(补)偿金额4250余万元。",
    "开福区司法局",
    "二、司法行政工作情况",
    "婚姻家庭纠纷113起",
] + [path.read_text(encoding="utf-8").splitlines()[0][:30] for path in DEV_REPORTS]


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
@pytest.mark.parametrize("text", SHORT_TEXTS)
def test_short_chinese_texts_are_detected(tmp_path: Path, codec: str, text: str) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode(codec))
    assert read_report(str(path)) == text


def test_utf16_without_bom_is_detected() -> None:
    text = sample()[:400]
    assert detect_encoding(text.encode("utf-16-le"), "x") == "utf-16-le"
    assert detect_encoding(text.encode("utf-16-be"), "x") == "utf-16-be"


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x81\x30" * 3 + b"\xff\xfe\xfd\x80\x80", "--encoding"),  # invalid in UTF-8 and GB18030
        (bytes(range(256)) * 4, "binary"),
    ],
    ids=["invalid-bytes", "binary-junk"],
)
def test_undecodable_text_is_an_error_naming_the_file(tmp_path: Path, data: bytes, says: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as e:
        read_report(str(path))
    assert str(path) in str(e.value)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and str(path) in result.stderr
    assert says in result.stderr and result.stdout == ""


def test_encoding_option_overrides_detection_and_never_replaces(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(sample().encode("gbk"))
    result = runner.invoke(app, ["extract", str(path), "--encoding", "gbk", "-f", "json"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == len(extract(sample()))
    wrong = runner.invoke(app, ["extract", str(path), "--encoding", "utf-8"])
    assert wrong.exit_code == 1
    assert str(path) in wrong.stderr and "--encoding" in wrong.stderr and "\ufffd" not in wrong.stdout


def test_unknown_encoding_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLE), "--encoding", "klingon"])
    assert result.exit_code == 2
    assert "klingon" in result.stderr


# ---------------------------------------------------------------------------------------------
# HTML

FURNITURE = ["字体大小", "扫一扫", "分享到", "打印", "关闭窗口", "相关文档", "当前位置", "首页", "ICP", "访问量",
             "热点关注", "主办单位", "_hmt", "text-indent"]


@pytest.mark.parametrize(("charset", "codec"), [("utf-8", "utf-8"), ("gb2312", "gbk")])
def test_government_page_gives_the_articles_records(tmp_path: Path, charset: str, codec: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(government_page(sample(), charset).encode(codec))
    lines = list(read_lines(str(path)))
    title, body = article(sample())
    assert lines == [title, *body]
    assert not [line for line in lines if any(word in line for word in FURNITURE)]
    assert same_fields(from_file(path)) == same_fields(extract(sample()))


def test_page_furniture_known_by_its_words_alone() -> None:
    """No helpful class names: the title is the element the <title> names, the furniture goes by its
    words, and the date line keeps its date."""
    page = """<html><head><title>某区2022年法律援助工作总结_某区人民政府网</title></head><body>
    <div class="w1200"><div class="a1">首页 | 信息公开 | 办事服务</div>
    <div class="a2">
      <div class="b1">某区2022年法律援助工作总结</div>
      <div class="b2">发布时间：2023-01-05 来源：区司法局 字体大小：大 中 小</div>
      <div class="b3">
        <p>全年共办理法律援助案件487件，同比增长12.5%。</p>
        <p>接待群众来访咨询2300余人次。将经验分享到全市各区县。</p>
      </div>
      <div class="b4">分享到：微信 微博</div>
      <div class="b5"><span>【打印本页】</span><span>【关闭窗口】</span></div>
      <p>扫一扫在手机打开当前页</p>
      <div class="b6">上一篇：某区2021年法律援助工作总结</div>
    </div></div></body></html>"""
    assert html_lines(page) == [
        "某区2022年法律援助工作总结",
        "发布时间：2023-01-05 来源：区司法局",
        "全年共办理法律援助案件487件，同比增长12.5%。",
        "接待群众来访咨询2300余人次。将经验分享到全市各区县。",
    ]


def test_short_article_beats_a_longer_footer_and_sidebar() -> None:
    page = """<html><head><title>关于2023年第一季度法律援助工作情况的通报_某县司法局</title></head><body>
    <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/a">机构概况</a></li></ul></div>
    <div class="container">
     <div class="left-side"><h3>最新动态</h3><ul>
       <li><a href="/1">某县司法局召开2023年全县司法行政工作会议暨党风廉政建设工作会议</a></li>
       <li><a href="/2">某县司法局开展“八五”普法中期检查工作，推动法治宣传教育走深走实</a></li>
       <li><a href="/3">某县举办2023年人民调解员培训班，全县120余名人民调解员参加培训</a></li></ul></div>
     <div class="right-main">
      <h2 class="tit">关于2023年第一季度法律援助工作情况的通报</h2>
      <div class="con"><p>一季度全县共办理法律援助案件87件，同比增长8.6%。</p>
      <p>接待来访咨询420人次。</p></div>
     </div>
    </div>
    <div class="footer">
     <p>主办单位：某县司法局 承办单位：某县司法局办公室 地址：某县某某大道88号 邮编：558000</p>
     <p>版权所有：某县司法局 备案号：黔ICP备12003456号-1 网站标识码：5226360001</p>
     <p>联系电话：0855-3712345 传真：0855-3712346 建议使用1920×1080分辨率浏览本网站</p>
    </div></body></html>"""
    assert html_lines(page) == [
        "关于2023年第一季度法律援助工作情况的通报",
        "一季度全县共办理法律援助案件87件，同比增长8.6%。",
        "接待来访咨询420人次。",
    ]


def test_table_layout_page_with_line_breaks() -> None:
    page = """<html><head><meta charset="utf-8"><title>通报</title></head><body>
    <table width="100%"><tr><td class="nav"><a href="/">首页</a> <a href="/a">机构</a></td></tr>
    <tr><td>
      <table><tr><td class="zw">
        全区共成功调解各类矛盾纠纷3386起。<br>
        其中医疗纠纷130起，交通事故纠纷104起，物业纠纷102起。<br/>
        &nbsp;&nbsp;共受理行政复议案件154件，已审结105件。
        <table border="1"><tr><th>项目</th><th>数量</th></tr><tr><td>法律援助案件</td><td>487件</td></tr></table>
        <p>【打印本页】 【关闭窗口】</p>
      </td></tr></table>
    </td></tr>
    <tr><td class="bottom">版权所有：某某区司法局 联系电话：0731-84567890</td></tr>
    </table></body></html>"""
    assert html_lines(page) == [
        "全区共成功调解各类矛盾纠纷3386起。",
        "其中医疗纠纷130起，交通事故纠纷104起，物业纠纷102起。",
        "共受理行政复议案件154件，已审结105件。",
        "项目\t数量",
        "法律援助案件\t487件",
    ]


# ---------------------------------------------------------------------------------------------
# Word


def test_docx_gives_the_same_records(tmp_path: Path) -> None:
    title, body = article(sample())
    path = tmp_path / "report.docx"
    write_docx([title, *body], path)
    assert list(read_lines(str(path))) == [title, *body]
    assert same_fields(from_file(path)) == same_fields(extract(sample()))


def test_docx_tables_come_in_document_order(tmp_path: Path) -> None:
    path = tmp_path / "table.docx"
    write_docx(["标题", "表1 主要指标"], path, table=[["指标", "数量"], ["调解纠纷", "3386起"]])
    assert list(read_lines(str(path))) == ["标题", "表1 主要指标", "指标\t数量", "调解纠纷\t3386起"]
    [record] = from_file(path)
    assert (record.value, record.unit, record.line) == (3386, "起", 4)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512),
        ("report.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512),
        ("renamed.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512),
        ("plain.wps", "全区共成功调解各类矛盾纠纷3386起".encode()),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_legacy_word_files_say_to_save_as_docx(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as e:
        read_report(str(path))
    assert str(path) in str(e.value) and ".docx" in e.value.hint


# ---------------------------------------------------------------------------------------------
# PDF


@pytest.fixture(scope="module")
def font(tmp_path_factory: pytest.TempPathFactory) -> Path:
    title, body = article(sample())
    chars = "".join([title, *body]) + "- 0123456789表刑民"
    return cjk_font(chars, tmp_path_factory.mktemp("font") / "cjk.ttf")


@pytest.mark.parametrize("flush_headings", [False, True], ids=["indented-headings", "flush-headings"])
def test_pdf_text_layer_gives_the_same_records(tmp_path: Path, font: Path, flush_headings: bool) -> None:
    title, body = article(sample())
    path = tmp_path / "report.pdf"
    write_pdf([title, *body], path, font, flush_headings)
    lines = list(read_lines(str(path)))
    assert lines == [title, *body]  # wrapped lines joined, page numbers gone
    assert same_fields(from_file(path)) == same_fields(extract(sample()))


def test_pdf_table_rows_are_lines_and_their_numbers_are_not_page_numbers(tmp_path: Path, font: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("cjk", fname=str(font))
    pdf.add_page()
    pdf.set_font("cjk", size=12)
    pdf.multi_cell(0, 8, "表1 法律援助案件", new_x="LMARGIN", new_y="NEXT")
    for label, number in [("刑事案件", "118"), ("民事案件", "102")]:
        pdf.cell(100, 8, label)
        pdf.cell(40, 8, number, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-15)
    pdf.cell(0, 10, "- 1 -", align="C")
    path = tmp_path / "table.pdf"
    pdf.output(str(path))
    assert list(read_lines(str(path))) == ["表1 法律援助案件", "刑事案件\t118", "民事案件\t102"]


def test_scanned_pdf_says_it_needs_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    write_scan_pdf(path)
    with pytest.raises(ReadError) as e:
        read_report(str(path))
    assert "no text layer" in str(e.value) and "OCR" in e.value.hint


# ---------------------------------------------------------------------------------------------
# Standard input, `kaifu text`, wrong contents


def test_standard_input_in_gb18030() -> None:
    result = runner.invoke(app, ["extract", "-", "-f", "json"], input=sample().encode("gb18030"))
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {row["source"] for row in rows} == {"-"} and len(rows) == len(extract(sample()))


def test_standard_input_html_is_recognised() -> None:
    result = runner.invoke(app, ["text", "-", "--plain"], input=government_page(sample()).encode())
    title, body = article(sample())
    assert result.exit_code == 0 and result.stdout.splitlines() == [title, *body]


def test_text_command_numbers_the_lines_that_records_point_to(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(government_page(sample()), encoding="utf-8")
    shown = runner.invoke(app, ["text", str(path)]).stdout.splitlines()
    numbered = {int(line[:6]): line[8:] for line in shown}
    rows = json.loads(runner.invoke(app, ["extract", str(path), "-f", "json"]).stdout)
    assert rows
    for row in rows:
        assert row["text"] in numbered[row["line"]]


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("empty.txt", b"", "is empty"),
        ("fake.pdf", "这不是PDF文件".encode(), "not a .pdf file"),
        ("fake.docx", "这不是Word文件".encode(), "not a .docx file"),
        ("really-pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF file"),
        ("broken.pdf", b"%PDF-1.7\ngarbage", "damaged PDF"),
        ("zip.docx", b"PK\x03\x04" + b"\x00" * 100, "not a Word .docx"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_contents_that_do_not_match_the_name(tmp_path: Path, name: str, data: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as e:
        read_report(str(path))
    assert says in str(e.value) and str(path) in str(e.value)


def test_permission_denied_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, who reads any file: the denial is simulated (test_batch tries a real one)."""
    import kaifu_cli.reading as reading

    def denied(path: str, mode: str = "r") -> None:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(reading, "open", denied, raising=False)
    with pytest.raises(ReadError) as e:
        read_report(str(SAMPLE))
    assert "permission denied" in str(e.value) and "chmod" in e.value.hint
    assert builtins.open is not denied


# ---------------------------------------------------------------------------------------------
# Streaming, lazy imports


def test_text_is_streamed_with_flat_memory(tmp_path: Path) -> None:
    """12 MB of GB18030 text is read line by line: memory stays far below the file's size."""
    path = tmp_path / "big.txt"
    chunk = sample().encode("gb18030")
    with path.open("wb") as out:
        for _ in range(12_000_000 // len(chunk)):
            out.write(chunk)
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_lines(str(path)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count > 60_000
    assert peak < 3_000_000  # the sample read for detection and a buffer, not the file


def _extract_peak(path: Path, copies: int) -> int:
    """Peak memory of `kaifu extract` on ``copies`` copies of the sample."""
    path.write_text(sample() * copies, encoding="utf-8")
    out = path.with_suffix(".csv")
    tracemalloc.start()
    try:
        result = runner.invoke(app, ["extract", str(path), "-o", str(out)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.exit_code == 0
    with out.open(encoding="utf-8", newline="") as rows:
        assert sum(1 for _ in csv.reader(rows)) == 1 + copies * len(extract(sample()))
    return peak


def test_extract_streams_records_to_the_output(tmp_path: Path) -> None:
    """`kaifu extract big.txt -o out.csv` holds neither the text nor the records: four times the
    text takes far less than four times the memory (the extractor's bounded caches still fill up)."""
    _extract_peak(tmp_path / "warm-up.txt", 1)  # imports
    small = _extract_peak(tmp_path / "small.txt", 8)
    big = _extract_peak(tmp_path / "big.txt", 32)
    assert big < small * 2


def test_heavy_readers_are_imported_only_when_needed() -> None:
    code = (
        "import sys; from kaifu_cli import cli; from kaifu_cli.reading import read_report;"
        f"read_report({str(SAMPLE)!r});"
        "print(sorted(m for m in ('lxml', 'docx', 'pdfminer', 'charset_normalizer', 'rich.progress')"
        " if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><div id='app'></div><script>load('/api/article/1')</script></body></html>",
        "<html><frameset><frame src='content.html'></frameset></html>",
    ],
    ids=["loaded-by-javascript", "frameset"],
)
def test_page_without_article_text_is_an_error(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(ReadError) as e:
        read_report(str(path))
    assert "no text" in str(e.value) and "JavaScript" in e.value.hint


def test_docx_without_text_is_an_error(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(ReadError) as e:
        read_report(str(path))
    assert "no text" in str(e.value)


def test_a_web_page_table_is_read_cell_by_cell(tmp_path: Path) -> None:
    """A table of a web page comes out as rows of cells joined by tabs, which the table reader reads
    (tables.py): each number a figure, labelled by its row, its unit from the 单位 column."""
    path = tmp_path / "bulletin.html"
    path.write_text(
        "<html><body><h1>某县2023年国民经济和社会发展统计公报</h1><p>表1 2023年主要农产品产量</p><table>"
        "<tr><td>产品名称</td><td>单位</td><td>产量</td><td>比上年增长（%）</td></tr>"
        "<tr><td>粮食</td><td>万吨</td><td>24.60</td><td>5.6</td></tr></table></body></html>",
        encoding="utf-8",
    )
    found = [(r.indicator, str(r.value), r.unit, r.kind) for r in from_file(path)]
    assert found == [("粮食", "24.60", "万吨", "measure"), ("粮食比上年增长", "5.6", "%", "change")]
