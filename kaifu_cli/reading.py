"""Reading: a report file, or standard input, as the plain-text lines kaifu numbers.

Every record's ``line`` counts these lines, and ``kaifu text REPORT`` prints them.
Plain text is streamed line by line, so a 1 GB file needs no more memory than
its longest line; HTML, Word and PDF files are read whole and turned into lines
by :mod:`kaifu_cli.documents`.  The libraries for those formats, and the
encoding detector, are imported only when a file needs them.

The reader follows the file's extension (``FORMATS``); a file whose content
says otherwise (a ``.pdf`` that is not a PDF, a ``.txt`` that is a Word file)
is an error naming what it really is.  Files with another extension are read as
text.  Standard input (``-``) is recognised by its content.
"""

from __future__ import annotations

import codecs
import errno
import io
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import BinaryIO

from .errors import KaifuError

# Reader by file extension; folders are walked for files with these extensions.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
# Formats kaifu cannot read, and the one to save them as.
LEGACY: dict[str, str] = {".doc": "a Word 97-2003 (.doc) document", ".wps": "a WPS (.wps) document"}
# What a file's first bytes say it is: (kind, what it is called, extension it should have).
MAGIC: tuple[tuple[str, bytes, str, str], ...] = (
    ("pdf", b"%PDF-", "a PDF file", ".pdf"),
    ("docx", b"PK\x03\x04", "a zip archive (such as a .docx)", ".docx"),
    ("legacy", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office/WPS document", ".doc"),
)
# Byte-order marks, longest first (a UTF-32 LE mark starts with the UTF-16 LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes read ahead to recognise the format and the encoding.
SAMPLE_SIZE = 256 << 10
# Encodings tried before the general detector: Chinese reports are GB18030 (GBK, GB2312) when they
# are not UTF-8, and detectors misjudge short GBK texts as Korean or Big5.  UTF-16 without a BOM
# is tried the same way.  A candidate wins when most of its characters are common Chinese ones.
CHINESE_CANDIDATES = ("gb18030", "utf-16-le", "utf-16-be")
CHINESE_SHARE = 0.8
SHARE_SAMPLE_CHARS = 20_000
ENCODING_HINT = "--encoding gb18030 (or the file's real encoding)"
SAVE_AS_DOCX = "opening it in Word or WPS and saving it as .docx"


class ReadError(KaifuError):
    """A report that cannot be read; ``hint`` says what to try."""


def is_supported(path: Path) -> bool:
    """Whether a folder walk picks up this file."""
    return path.suffix.lower() in FORMATS


def check_encoding(name: str) -> str:
    """The codec name for ``--encoding``; ReadError when Python does not know it."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ReadError(f"unknown encoding '{name}'", "a name such as utf-8, gb18030 or utf-16") from None


def read_report(path: str, encoding: str | None = None) -> str:
    """The plain text of a report file, or of standard input when ``path`` is ``-``."""
    return "\n".join(read_lines(path, encoding))


def read_lines(path: str, encoding: str | None = None) -> Iterator[str]:
    """The lines of a report's plain text, without line ends; streamed for text files.

    Raises :class:`ReadError` (when iterated) for a file that cannot be read.
    """
    name = "standard input" if path == "-" else path
    with _open(path, name) as stream:
        head = stream.read(SAMPLE_SIZE)
        if not head:
            raise ReadError(f"{name} is empty", "checking that the report was saved or downloaded completely")
        kind = _kind(path, name, head)
        if kind == "text":
            yield from _text_lines(head, stream, name, encoding, complete=len(head) < SAMPLE_SIZE)
            return
        data = head + stream.read()
    from . import documents

    yield from documents.lines(kind, data, name, encoding)


def _open(path: str, name: str) -> BinaryIO | nullcontext[BinaryIO]:
    if path == "-":
        return nullcontext(sys.stdin.buffer)
    try:
        return open(path, "rb")
    except FileNotFoundError:
        if Path(path).is_symlink():
            raise ReadError(f"{name} is a link to a missing file", "fixing or removing the link") from None
        raise ReadError(f"{name} does not exist", "checking the path, or `ls` the folder") from None
    except IsADirectoryError:
        raise ReadError(f"{name} is a folder, not a report", "giving a report file inside it") from None
    except PermissionError:
        raise ReadError(f"{name} cannot be read (permission denied)", "`chmod +r` it") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise ReadError(f"{name} is a symbolic link loop", "pointing the link at a real file") from None
        raise ReadError(f"{name} cannot be read ({e.strerror or e})", "checking the file") from None


def _magic(head: bytes) -> tuple[str, str, str] | None:
    """(kind, description, extension) of a file's content, or None for text."""
    for kind, magic, what, suffix in MAGIC:
        # A PDF may have a few bytes of junk before its header.
        if head.startswith(magic) or (kind == "pdf" and magic in head[:1024]):
            return kind, what, suffix
    return None


def _kind(path: str, name: str, head: bytes) -> str:
    """The reader for a file: its extension's, checked against its content."""
    found = _magic(head)
    if found and found[0] == "legacy":
        raise ReadError(f"{name} is {found[1]}, which kaifu cannot read", SAVE_AS_DOCX)
    if path == "-":
        if found:
            return found[0]
        return "html" if _looks_like_html(head) else "text"
    suffix = Path(path).suffix.lower()
    if suffix in LEGACY:
        if found and found[0] == "docx":  # a .docx saved under an old name
            return "docx"
        raise ReadError(f"{name} is {LEGACY[suffix]}, which kaifu cannot read", SAVE_AS_DOCX)
    kind = FORMATS.get(suffix, "text")
    if kind in ("pdf", "docx") and (found is None or found[0] != kind):
        what = found[1] if found else "text or another format"
        raise ReadError(
            f"{name} is not a {suffix} file: its content is {what}",
            "opening it to see what it is; a plain-text report should end in .txt",
        )
    if kind in ("text", "html") and found:
        raise ReadError(
            f"{name} is {found[1]}, not text as its name says",
            f"renaming it to {Path(path).stem}{found[2]}",
        )
    return kind


def _looks_like_html(head: bytes) -> bool:
    start = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<body" in start


# ---------------------------------------------------------------------------------------------
# Plain text


class _Prepend(io.RawIOBase):
    """A byte stream that yields ``head`` first, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        read = getattr(self._stream, "read1", self._stream.read)
        data = read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _text_lines(
    head: bytes, stream: BinaryIO, name: str, encoding: str | None, complete: bool
) -> Iterator[str]:
    """Lines decoded strictly; ``\\n``, ``\\r\\n`` and ``\\r`` each end a line (as in ``split_lines``)."""
    codec = encoding or detect_encoding(head, name, complete)
    raw = io.BufferedReader(_Prepend(head, stream))
    text = io.TextIOWrapper(raw, encoding=codec, errors="strict", newline=None)
    number = 0
    try:
        for number, line in enumerate(text, 1):  # noqa: B007 - number is reported on error
            yield line.rstrip("\n")
    except UnicodeDecodeError as e:
        raise ReadError(
            f"{name} is not valid {codec} text (line {number + 1}: {e.reason})",
            ENCODING_HINT if encoding is None else "--encoding with the file's real encoding",
        ) from None


def detect_encoding(sample: bytes, name: str, complete: bool = True) -> str:
    """The encoding of a text's first bytes: BOM, strict UTF-8, common Chinese, then the detector.

    ``complete`` says the sample is the whole file (so it may not end inside a character).
    """
    for bom, codec in BOMS:
        if sample.startswith(bom):
            return codec
    if b"\x00" not in sample and _decodes(sample, "utf-8", complete) is not None:
        return "utf-8"
    best, best_share = "", 0.0
    for codec in CHINESE_CANDIDATES:
        text = _decodes(sample, codec, complete)
        share = _chinese_share(text) if text is not None else 0.0
        if share > best_share:
            best, best_share = codec, share
    if best_share >= CHINESE_SHARE:
        return best
    if b"\x00" in sample:
        raise ReadError(f"{name} looks like binary data, not text", "checking that it is a report")
    import charset_normalizer

    match = charset_normalizer.from_bytes(sample).best()
    if match is not None:
        text = _decodes(sample, match.encoding, complete)
        # Only a CJK reading is a report (Big5, Shift-JIS ...): Latin letters from Chinese bytes are not.
        if text is not None and _cjk_share(text) >= CHINESE_SHARE:
            return match.encoding
    raise ReadError(f"cannot tell the text encoding of {name}", ENCODING_HINT)


def _decodes(data: bytes, codec: str, complete: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(codec)("strict").decode(data, final=complete)
    except UnicodeDecodeError:
        return None


def _wide_characters(text: str) -> list[str]:
    return [c for c in text[:SHARE_SAMPLE_CHARS] if ord(c) > 0x7F and not c.isspace()]


def _cjk_share(text: str) -> float:
    """Share of the non-ASCII characters that are CJK ideographs, kana, hangul or CJK punctuation."""
    wide = _wide_characters(text)
    if not wide:
        return 0.0
    return sum(0x2E80 <= ord(c) <= 0xD7AF or 0xF900 <= ord(c) <= 0xFFEF for c in wide) / len(wide)


def _chinese_share(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese (in GBK's GB2312 area, bytes A1-FE)."""
    wide = _wide_characters(text)
    if not wide:
        return 0.0
    common = 0
    for c in wide:
        try:
            b = c.encode("gbk")
        except UnicodeEncodeError:
            continue
        common += len(b) == 2 and b[0] >= 0xA1 and b[1] >= 0xA1
    return common / len(wide)
