"""Report files built at test time: encodings, a government web page, Word and PDF.

Each builder takes a report's plain text (its lines) and writes the same
report in another form, so tests can check that every form gives the same
indicators.  The PDF needs a font with Chinese glyphs; machines and CI often
have none, so :func:`cjk_font` builds a small TrueType font at test time with
fontTools (a dependency of fpdf2): one box glyph per character.  A PDF's text
layer depends on the font's character map, not on how its glyphs look.
"""

from __future__ import annotations

import html
from pathlib import Path

# The sample page's boilerplate, as a government site prints it around the article.
PAGE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}-长沙市开福区人民政府</title>
<style>.nav li {{ float: left; }} p {{ text-indent: 2em; line-height: 2; }}</style>
<script>var _hmt = _hmt || []; var siteId = "4301050001"; document.write("访问量：12345次");</script>
</head>
<body>
<div class="header">
  <div class="logo"><img src="logo.png" alt="长沙市开福区人民政府"></div>
  <div class="top-links"><a href="/wza/">无障碍</a> <a href="/zzms/">长者模式</a>
    <a href="/en/">English</a></div>
  <form class="search" action="/search"><input name="q" value="请输入关键字"><button>搜索</button></form>
</div>
<div class="nav"><ul>
  <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjkf/">走进开福</a></li>
</ul></div>
<div class="main">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a>
    &gt; <a href="/gzzj/">工作总结</a></div>
  <div class="article">
    <h1 class="article-title">{title}</h1>
    <div class="info"><span>发布时间：2023-07-10</span> <span>来源：开福区司法局</span>
      <span>字体大小：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>
      <span>浏览次数：1024</span></div>
    <div class="share"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a>
      <a href="#">QQ空间</a></div>
    <div id="zoom" class="TRS_Editor">
"""
PAGE_TAIL = """    </div>
    <div class="tools"><a href="javascript:window.print()">【打印本页】</a>
      <a href="javascript:window.close()">【关闭窗口】</a></div>
    <div class="qrcode"><img src="qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>
    <div class="related"><h3>相关文档</h3><ul>
      <li><a href="/a1.html">开福区司法局2022年工作总结和2023年工作计划</a><span>2023-01-05</span></li>
      <li><a href="/a2.html">开福区2022年度法治政府建设情况报告</a><span>2022-12-30</span></li>
      <li><a href="/a3.html">全区调解矛盾纠纷3000余起</a><span>2022-07-12</span></li>
    </ul></div>
  </div>
  <div class="sidebar"><h3>热点关注</h3><ul>
    <li><a href="/b1.html">全区完成固定资产投资120亿元</a></li>
    <li><a href="/b2.html">新增就业岗位5000个</a></li>
  </ul></div>
</div>
<div class="footer">
  <p>主办单位：长沙市开福区人民政府办公室&nbsp;&nbsp;承办单位：开福区政务服务中心</p>
  <p>湘ICP备05006228号-1&nbsp;&nbsp;湘公网安备43010502000123号&nbsp;&nbsp;网站标识码：4301050001</p>
  <p>联系电话：0731-84567890&nbsp;&nbsp;建议使用1920×1080分辨率浏览本网站</p>
</div>
<script src="/js/share.js"></script>
</body></html>
"""


def article(text: str) -> tuple[str, list[str]]:
    """A web-saved report's title and article lines, without the site's boilerplate around them."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    end = next((i for i, line in enumerate(lines) if line.startswith("相关文档")), len(lines))
    body = [line for line in lines[1:end] if "字体大小" not in line]
    return lines[0], body


def government_page(text: str, charset: str = "utf-8") -> str:
    """A report as a government site's article page: header, navigation, article, related links, footer.

    The article's paragraphs are written the ways such sites write them: ``<p>`` with ``&nbsp;``
    indents, bold headings, ``<div>`` paragraphs, numbers in ``<span>``, and source line breaks
    inside a sentence.
    """
    title, body = article(text)
    parts = []
    for i, line in enumerate(body):
        escaped = html.escape(line, quote=False)
        if line[:2] in ("一、", "二、", "三、", "四、", "五、"):
            parts.append(f"<p><strong>{escaped}</strong></p>")
        elif i % 5 == 1:
            parts.append(f"<div>&nbsp;&nbsp;&nbsp;&nbsp;{escaped}</div>")
        elif i % 5 == 2 and len(line) > 40:  # the editor broke the source line between two characters
            parts.append(f"<p>\n  {escaped[:20]}\n  {escaped[20:]}\n</p>")
        elif i % 5 == 3:
            marked = "".join(f'<span class="num">{c}</span>' if c.isdigit() else c for c in escaped)
            parts.append(f'<p style="text-indent:2em">{marked}</p>')
        else:
            parts.append(f"<p>&nbsp;&nbsp;{escaped}</p>")
    head = PAGE_HEAD.format(title=html.escape(title), charset=charset)
    return head + "\n".join(parts) + PAGE_TAIL


def write_docx(lines: list[str], path: Path, table: list[list[str]] | None = None) -> None:
    """A Word document with a title, one paragraph per line, and an optional table after them."""
    import docx

    document = docx.Document()
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, cells, strict=True):
                cell.text = value
    document.save(str(path))


def cjk_font(chars: str, path: Path) -> Path:
    """A TrueType font with a box glyph for each of ``chars`` (CJK 1 em wide, ASCII half)."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    codepoints = sorted({ord(c) for c in chars if c >= " "} | {ord(" "), 0x3000})
    names = {cp: f"uni{cp:04X}" if cp <= 0xFFFF else f"u{cp:X}" for cp in codepoints}
    glyphs = {".notdef": TTGlyphPen(None).glyph()}
    metrics = {".notdef": (500, 0)}
    for cp, name in names.items():
        wide = cp > 0x2E7F
        pen = TTGlyphPen(None)
        if not chr(cp).isspace():
            right = 900 if wide else 450
            pen.moveTo((50, 0))
            pen.lineTo((50, 700))
            pen.lineTo((right, 700))
            pen.lineTo((right, 0))
            pen.closePath()
        glyphs[name] = pen.glyph()
        metrics[name] = (1000 if wide else 500, 50)
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(list(glyphs))
    builder.setupCharacterMap(names)
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics(metrics)
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "KaifuTestCJK", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.save(str(path))
    return path


def write_pdf(lines: list[str], path: Path, font: Path, flush_headings: bool = False) -> None:
    """An A4 PDF laid out like an official document: centred title, indented paragraphs that wrap
    mid-word, right-aligned signature lines, a page number at the foot of each page.  With
    ``flush_headings`` the headings (一、 (一)) start at the left margin in a bigger size."""
    from fpdf import FPDF

    class Document(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("cjk", size=10)
            self.cell(0, 10, f"- {self.page_no()} -", align="C")

    pdf = Document(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.add_font("cjk", fname=str(font))
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.multi_cell(0, 10, lines[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=12)
    for line in lines[1:]:
        if flush_headings and (line[1:2] == "、" or line.startswith("(")):
            pdf.set_font("cjk", size=14)
            pdf.multi_cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("cjk", size=12)
        elif len(line) < 16 and not line[:2].endswith("、"):  # signature and date
            pdf.multi_cell(0, 8, line, align="R", new_x="LMARGIN", new_y="NEXT")
        else:  # first line indented by two characters, the rest flowing from the left margin
            pdf.set_x(pdf.l_margin + 2 * pdf.font_size)
            pdf.write(8, line)
            pdf.ln(8)
    pdf.output(str(path))


def write_scan_pdf(path: Path) -> None:
    """A PDF with a page that has only a picture on it, as a scanner makes (no text layer)."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(Image.new("L", (200, 100), color=200), x=20, y=20, w=100)
    pdf.output(str(path))
