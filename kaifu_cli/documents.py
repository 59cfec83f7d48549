"""Documents: web pages, Word files and PDFs turned into the plain-text lines kaifu numbers.

One line per paragraph, heading or table row (a row's cells joined by tabs);
blank lines dropped.  Each reader imports its library only when called.

- HTML (lxml): the article only.  The element whose paragraphs hold the most
  text is the article; navigation, scripts, styles, share and print buttons,
  ``字体大小``, ``扫一扫在手机打开`` and related-document lists are left out.
- Word (python-docx): paragraphs and table cells in document order.
- PDF (pdfminer.six): the text layer in reading order, with the lines that the
  layout broke mid-sentence joined back into paragraphs and each table row on
  one line.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .reading import BOMS, ENCODING_HINT, ReadError, detect_encoding
from .structure import PAGE_LINE

# ---------------------------------------------------------------------------------------------
# Text clean-up shared by the readers

# CJK characters and full-width punctuation: Chinese text has no spaces between them.
CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
# A source line break next to a Chinese character is an editor's wrap, not a space.
CJK_WRAP = re.compile(rf"(?:(?<=[{CJK}])[ \t\r\f]*\n\s*|\s*\n[ \t\r\f]*(?=[{CJK}]))")
# Runs of layout whitespace (HTML collapses them to one space); ideographic spaces are kept.
SPACES = re.compile(r"[ \t\r\n\f\xa0]+")


def _clean(text: str) -> str:
    """One line's text: editor wraps removed, whitespace collapsed, indents and trailing spaces stripped."""
    return SPACES.sub(" ", CJK_WRAP.sub("", text)).strip(" \u3000")


# What to try when a document has no text at all.
NO_TEXT_HINT = {
    "html": "saving the page from the browser once it shows the article (pages that load it with "
    "JavaScript save without it), or copying the article into a .txt file",
    "docx": "checking that the text is not in pictures or text boxes; copying it into a .txt file",
}


def lines(kind: str, data: bytes, name: str, encoding: str | None) -> list[str]:
    """The lines of a whole ``html``, ``docx`` or ``pdf`` file; a file without text is an error."""
    if kind == "html":
        found = html_lines(decode_html(data, name, encoding))
    elif kind == "docx":
        found = docx_lines(data, name)
    else:
        return pdf_lines(data, name)  # says itself when there is no text layer
    if not found:
        raise ReadError(f"{name} has no text that kaifu can find", NO_TEXT_HINT[kind])
    return found


# ---------------------------------------------------------------------------------------------
# HTML

# The charset a page declares in its first bytes: <meta charset="gbk"> or content="text/html; charset=gb2312".
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<charset>[A-Za-z0-9_:.-]+)""", re.I)
# Declared charsets that GB18030 extends: pages labelled gb2312 are usually GBK in fact.
GB_FAMILY = frozenset({"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "hz-gb-2312", "gb18030"})
# An XML declaration that lxml refuses in a decoded string.
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# Elements that never hold article text.
DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "nav",
    "select", "button", "input", "textarea", "img", "map", "audio", "video", "head", "link", "meta",
)  # fmt: skip
# Elements that start a new line of text.
BLOCK_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "tfoot", "thead", "tr", "td", "th", "ul",
))  # fmt: skip
# Between a row's cells until the line is cleaned up, then a tab.
CELL_BREAK = "\x1f"
# Elements in a table row that make its cells paragraphs rather than one line of cells.
ROW_BREAKS = (BLOCK_TAGS - {"td", "th"}) | {"br"}
# Elements whose text is one paragraph of an article.
PARAGRAPH_TAGS = frozenset({"p", "div", "td", "pre", "blockquote", "section", "article", "li", "font"})
# Class or id words of page furniture inside an article's container (Chinese sites use pinyin
# initials: dqwz 当前位置, fx 分享, xgwj 相关文件, ewm 二维码, dy 打印, zh 字号).
FURNITURE_ATTR = re.compile(
    r"""(?:^|[\s_-])(?:
        nav|menu|crumbs?|breadcrumbs?|position|location|dqwz
      | share|bdshare|fenxiang|fx|print|dayin|dy|tools?|toolbar|fontsize|font-size|zh|zoom-?size
      | related|relate|xgwj|xgxx|xglj|xgwz|links?|qrcode|qr|ewm|erweima|sidebar|footer|copyright
      | pager|pagination|prev|next|comment
    )(?:$|[\s_-])""",
    re.IGNORECASE | re.VERBOSE,
)
# Class or id words of the parts of a page that never hold its article (a short article must not lose
# to a long footer).
NOT_ARTICLE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:footer|foot|bottom|copyright|banquan|nav|navbar|menu|sidebar|side|aside|crumbs?"
    r"|breadcrumbs?)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Sentence punctuation: article paragraphs have it, footers and link lists hardly.
SENTENCE_MARKS = re.compile(r"[，。；！？,;]")
SENTENCE_POINTS = 10
# Words of page furniture, specific enough never to stand in an article's sentence (分享到 alone could:
# 将经验分享到全市, so it needs its colon).  A short element starting with one is dropped; a short line
# is cut where one starts: 发布时间：2023-07-10 来源：某局 字体大小：大 中 小 keeps its date and source.
FURNITURE_WORDS = re.compile(
    r"""[【\[(（]?\s*(?:
        字体大小 | 字号\s*[:：]\s*[大中小] | [【\[]大\s*中\s*小[】\]]
      | 扫一扫在手机打开 | 手机打开当前页 | 分享到\s*[:：]
      | 打印本页 | 打印\s*[】\]] | 关闭窗口 | 关闭\s*[】\]]
      | 上一篇\s*[:：] | 下一篇\s*[:：] | 返回顶部
      | (?:浏览次数|浏览量|访问量|点击数|点击量|阅读数|阅读量|阅读次数)\s*[:：]
    )""",
    re.VERBOSE,
)
FURNITURE_MAX = 60
# Class or id words of an article's title element (bt: 标题).
TITLE_ATTR = re.compile(r"(?:^|[\s_-])(?:title|tit|bt|biaoti|headline|wzbt|article-title)(?:$|[\s_-])", re.I)
TITLE_LENGTH = (4, 120)
# Between an article's title and the site's name in a page's <title>: 标题-某某区人民政府网, 标题_某某网.
# Dashes inside a title (三一大道——陡岭支路, 2022—2025, 2022-2025) do not separate.
TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|\s-\s|-(?=[^\d\s-]))\s*")
# A heading over a list of other pages (the list after it goes too).
RELATED_HEADING = re.compile(
    r"^\s*[【\[]?(?:相关|相关的|延伸|推荐|热点|其他)(?:文档|文件|链接|阅读|新闻|信息|附件|内容)"
)
# Links making up more than this share of a block's text make it a list of links.
LINK_DENSITY = 0.5
MIN_PARAGRAPH = 10


def decode_html(data: bytes, name: str, encoding: str | None) -> str:
    """A page's text: --encoding, else its BOM, else its declared charset, else detection; never lossy."""
    codec = encoding
    if codec is None:
        codec = next((c for bom, c in BOMS if data.startswith(bom)), None)
    if codec is None and (m := META_CHARSET.search(data[:4096])):
        declared = m["charset"].decode("ascii").lower()
        declared = "gb18030" if declared in GB_FAMILY else declared
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect instead
    codec = codec or detect_encoding(data, name)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        raise ReadError(f"{name} is not valid {codec} text (byte {e.start})", ENCODING_HINT) from None


def html_lines(page: str) -> list[str]:
    """The title and article of a web page, one line per paragraph."""
    import lxml.html
    from lxml import etree

    page = XML_DECLARATION.sub("", page, count=1)
    if not page.strip():
        return []
    try:
        root = lxml.html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    title_text = _title(root)
    for element in list(root.iter(*DROP_TAGS)):
        element.drop_tree()
    body = _article(root)
    _drop_furniture(body)
    out = _Lines()
    _walk(body, out)
    found = [line for line in map(_cut_furniture, out.lines) if line]
    if title_text and title_text not in found[:3]:
        found.insert(0, title_text)
    return found


def _title(root: Any) -> str:
    """The article's title: a heading or title-classed element that the page's <title> contains,
    else the first <h1>, else the <title> without the site's name after it."""
    page_title = root.find(".//title")
    whole = _clean(page_title.text_content()) if page_title is not None else ""
    first_h1 = ""
    for element in root.iter("h1", "h2", "h3", "div", "td", "p", "span", "strong"):
        if element.tag not in ("h1", "h2", "h3") and not TITLE_ATTR.search(_attrs(element)):
            continue
        text = _clean(element.text_content())
        if not TITLE_LENGTH[0] <= len(text) <= TITLE_LENGTH[1]:
            continue
        if whole and text in whole:
            return text
        if element.tag == "h1" and not first_h1:
            first_h1 = text
    if first_h1:
        return first_h1
    parts = sorted(TITLE_SEPARATORS.split(whole), key=len)
    return parts[-1] if parts and len(parts[-1]) >= TITLE_LENGTH[0] else ""


def _text_length(element: Any) -> int:
    return len(_clean(element.text_content()))


def _link_density(element: Any, length: int) -> float:
    links = sum(_text_length(a) for a in element.iter("a"))
    return links / length if length else 0.0


def _article(root: Any) -> Any:
    """The element whose paragraphs hold the most text.

    A paragraph (a block with no blocks inside) counts fully for its parent and half for its
    grandparent; text standing beside blocks (lines between ``<br>``) counts for its own element
    and half for the parent.  Link text does not count, sentence punctuation counts extra, and
    footers, navigation and sidebars are not looked at.
    """
    outside: set[Any] = set()
    for element in root.iter():
        if element not in outside and NOT_ARTICLE_ATTR.search(_attrs(element)):
            outside.update(element.iter())
    scores: dict[Any, float] = {}
    for element in root.iter(*PARAGRAPH_TAGS):
        if element in outside:
            continue
        if any(d.tag in BLOCK_TAGS for d in element.iterdescendants()):
            text = _clean("".join(element.xpath("text()")))
            links = sum(_text_length(a) for a in element.iterchildren("a"))
            owner = element
        else:
            text = _clean(element.text_content())
            links = sum(_text_length(a) for a in element.iter("a"))
            owner = element.getparent()
        if len(text) < MIN_PARAGRAPH or owner is None:
            continue
        score = len(text) - links + SENTENCE_POINTS * len(SENTENCE_MARKS.findall(text))
        scores[owner] = scores.get(owner, 0.0) + score
        grandparent = owner.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + score / 2
    if not scores:
        body = root.find("body")
        return body if body is not None else root
    return max(scores, key=scores.__getitem__)


def _attrs(element: Any) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}" if isinstance(element.tag, str) else ""


def _starts_with_furniture(text: str) -> bool:
    return len(text) <= FURNITURE_MAX and FURNITURE_WORDS.match(text) is not None


def _cut_furniture(line: str) -> str:
    """A short line up to its first furniture word (all of it when there is none)."""
    m = FURNITURE_WORDS.search(line) if len(line) <= 2 * FURNITURE_MAX else None
    return line if m is None else line[: m.start()].strip()


def _drop_furniture(container: Any) -> None:
    """Remove share/print bars, font-size pickers, QR codes and related-page lists inside the article."""
    doomed = []
    for element in container.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        text = _clean(element.text_content())
        if FURNITURE_ATTR.search(_attrs(element)) or _starts_with_furniture(text):
            doomed.append(element)
        elif RELATED_HEADING.match(text) and len(text) <= FURNITURE_MAX:
            doomed.append(element)
            following = element.getnext()
            if following is not None and following.tag in ("ul", "ol", "dl", "div", "table"):
                doomed.append(following)
        elif element.tag in ("ul", "ol", "dl", "table") and _link_density(element, len(text)) > LINK_DENSITY:
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


class _Lines:
    """Text pieces gathered into lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._pieces: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self._pieces.append(text)

    def end(self) -> None:
        if self._pieces:
            line = _clean("".join(self._pieces)).replace(CELL_BREAK, "\t")
            self._pieces = []
            if line:
                self.lines.append(line)


def _walk(element: Any, out: _Lines) -> None:
    """Text of an element and its descendants: blocks on lines of their own, a simple table row
    (no paragraphs in its cells) on one line with tabs between cells."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "br":
        out.end()
        return
    if tag == "tr" and not any(d.tag in ROW_BREAKS for d in element.iterdescendants()):
        out.end()
        cells = (_clean(cell.text_content()) for cell in element.iterchildren("td", "th"))
        out.add(CELL_BREAK.join(cell for cell in cells if cell))
        out.end()
        return
    block = tag in BLOCK_TAGS
    if block:
        out.end()
    out.add(element.text)
    for child in element:
        _walk(child, out)
        out.add(child.tail)
    if block:
        out.end()


# ---------------------------------------------------------------------------------------------
# Word


def docx_lines(data: bytes, name: str) -> list[str]:
    """Paragraphs and table rows of a .docx, in document order (line breaks in a paragraph kept)."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ReadError(
            f"{name} is not a Word .docx document ({e})",
            "opening it in Word or WPS and saving it again as .docx",
        ) from None
    found: list[str] = []
    _docx_blocks(document.iter_inner_content(), found)
    return found


def _docx_blocks(blocks: Iterable[Any], found: list[str]) -> None:
    from docx.table import Table

    for block in blocks:
        if not isinstance(block, Table):
            found.extend(line for line in map(_clean, block.text.split("\n")) if line)
            continue
        for row in block.rows:
            cells = list({id(cell._tc): cell for cell in row.cells}.values())  # merged cells repeat
            if any(cell.tables or sum(bool(p.text.strip()) for p in cell.paragraphs) > 1 for cell in cells):
                for cell in cells:
                    _docx_blocks(cell.iter_inner_content(), found)
            else:
                texts = (_clean(cell.text) for cell in cells)
                row_text = "\t".join(text for text in texts if text)
                if row_text:
                    found.append(row_text)


# ---------------------------------------------------------------------------------------------
# PDF

# Single spaces that a PDF's spacing put between Chinese characters.
CJK_GAP = re.compile(rf"(?<=[{CJK}]) (?=[{CJK}])")
# A line ending this far (in character heights) from the right margin is full: the layout broke it.
FULL_LINE_GAP = 2.0
# A line starting this far right of the left margin is indented: it starts a paragraph.
INDENT = 0.8
# Pieces whose middles are this close (in line heights) stand on one row.
SAME_ROW = 0.5
# A gap this wide (in line heights) between two pieces of a row separates table cells.
CELL_GAP = 1.0


@dataclass(frozen=True)
class _Piece:
    """A line of text on a PDF page, with its box (points, origin at the foot of the page)."""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def pdf_lines(data: bytes, name: str) -> list[str]:
    """The text layer of a PDF as paragraphs: page numbers dropped, table rows on one line each,
    wrapped lines joined."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    rows: list[_Piece] = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            found = [
                _Piece(text, line.x0, line.x1, line.y0, line.y1)
                for box in page
                if isinstance(box, LTTextContainer)
                for line in box
                if isinstance(line, LTTextLine) and (text := CJK_GAP.sub("", line.get_text().strip()))
            ]
            # A page number stands alone at the foot or the head of a page (a number in a table does not).
            by_height = sorted(found, key=lambda piece: piece.y0)
            ends = by_height[:1] + by_height[-1:]
            rows.extend(_page_rows([p for p in found if not (p in ends and PAGE_LINE.fullmatch(p.text))]))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError(f"{name} is password-protected", "saving a copy without a password") from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as e:
        reason = str(e) or type(e).__name__
        raise ReadError(f"{name} is a damaged PDF ({reason})", "opening and saving it again") from None
    if not rows:
        raise ReadError(
            f"{name} has no text layer (a scanned PDF?)",
            f"running OCR on it first, e.g. `ocrmypdf {name} out.pdf`, then reading out.pdf",
        )
    return _paragraphs(rows)


def _page_rows(pieces: list[_Piece]) -> list[_Piece]:
    """A page's lines top to bottom; pieces side by side (the cells of a table row) become one line,
    joined by tabs where a gap separates them.  Reports are set in one column."""
    rows: list[list[_Piece]] = []
    for piece in sorted(pieces, key=lambda p: -(p.y0 + p.y1)):
        middle = (piece.y0 + piece.y1) / 2
        if rows and abs((rows[-1][0].y0 + rows[-1][0].y1) / 2 - middle) < SAME_ROW * piece.height:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    joined = []
    for row in rows:
        row.sort(key=lambda p: p.x0)
        text = row[0].text
        for before, piece in itertools.pairwise(row):
            gap = piece.x0 - before.x1
            text += ("\t" if gap > CELL_GAP * piece.height else _space(text, piece.text)) + piece.text
        top = max(p.y1 for p in row)
        joined.append(_Piece(text, row[0].x0, row[-1].x1, top - max(p.height for p in row), top))
    return joined


def _space(before: str, after: str) -> str:
    """What joins two pieces of one sentence: a space between Latin words, nothing in Chinese."""
    return " " if _latin(before[-1:]) and _latin(after[:1]) else ""


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _paragraphs(rows: list[_Piece]) -> list[str]:
    """Lines joined back into paragraphs: a line that reaches the right margin continues on the
    next line unless that one is indented; table rows (with tabs) stand alone."""
    starts = sorted(round(row.x0) for row in rows)
    ends = sorted(row.x1 for row in rows)
    left = max(set(starts), key=starts.count)  # most lines start at the margin
    right = ends[(len(ends) * 3) // 4]  # most lines are full
    found: list[str] = []
    previous_full = False
    for row in rows:
        indented = row.x0 > left + INDENT * row.height
        cells = "\t" in row.text
        if found and previous_full and not indented and not cells:
            found[-1] += _space(found[-1], row.text) + row.text
        else:
            found.append(row.text)
        previous_full = not cells and row.x1 >= right - FULL_LINE_GAP * row.height
    return found
