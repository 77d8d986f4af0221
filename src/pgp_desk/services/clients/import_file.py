"""Reading an import file as a stream, so a million-row file never sits in memory.

`survey` reads the bytes once (1 MB at a time): it decides the character set (UTF-8 with
or without BOM, UTF-16 with BOM, Windows-1252), counts the lines for progress, and
fingerprints the content (SHA-256) so the import can prove it read the file that was
checked. `open_text` then gives the decoded text line by line, with a running fingerprint
of the bytes actually read. Nothing here keeps more than one chunk or one line.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from pgp_desk.services.errors import UserError

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer  # what RawIOBase.readinto is handed

ENCODINGS = ("auto", "utf-8", "cp1252")
CHUNK = 1 << 20
MAX_BYTES = 200 * 1024 * 1024  # about 3 million client rows
MAX_LINE = 1 << 20  # a client row is a few hundred bytes; a megabyte is not a client list
_UTF8_PAIR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]")


@dataclass(frozen=True)
class FileFacts:
    """What one pass over the bytes found."""

    encoding: str  # the codec that reads the file: utf-8, utf-8-sig, utf-16 or cp1252
    digest: str
    lines: int


@contextmanager
def _opened(path: Path) -> Iterator[io.BufferedReader]:
    """The file opened for reading, or one sentence saying why it cannot be."""
    try:
        if path.exists() and not path.is_dir() and not path.is_file():  # a device, a pipe
            raise UserError("%1 is not a file; choose a CSV file", path)
        handle = open(path, "rb")  # noqa: SIM115 (closed by the with below)
    except FileNotFoundError as exc:
        raise UserError("the file %1 does not exist", path) from exc
    except IsADirectoryError as exc:
        raise UserError("%1 is a folder, not a CSV file", path) from exc
    except OSError as exc:
        raise UserError("cannot read %1: %2", path, exc.strerror or exc) from exc
    with handle:
        try:
            yield handle
        except OSError as exc:
            raise UserError("cannot read %1: %2", path, exc.strerror or exc) from exc


def _chunks(handle: BinaryIO, path: Path) -> Iterator[bytes]:
    """The file's bytes a megabyte at a time, refusing an endless or absurd file."""
    read = 0
    run = 0  # bytes since the last line break
    while chunk := handle.read(CHUNK):
        read += len(chunk)
        if read > MAX_BYTES:
            raise UserError("%1 is larger than %2 MB; split it", path.name, MAX_BYTES // 2**20)
        parts = chunk.split(b"\n")
        if len(parts) == 1:
            run += len(chunk)
            longest = run
        else:
            longest = max(run + len(parts[0]), max(map(len, parts[1:-1]), default=0))
            run = len(parts[-1])
        if max(longest, run) > MAX_LINE:
            raise UserError("%1 has a line longer than 1 MB; it is not a list of clients",
                            path.name)
        yield chunk


def survey(path: Path, encoding: str = "auto") -> FileFacts:
    """Decide the character set, count the lines and fingerprint the file, in one pass
    (two when an 'auto' file turns out not to be UTF-8)."""
    if encoding not in ENCODINGS:
        raise UserError("unknown encoding '%1': choose auto, utf-8 or cp1252", encoding)
    path = Path(path)
    with _opened(path) as handle:
        start = handle.read(4)
        handle.seek(0)
        if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and encoding == "auto":
            return _read_all(path, handle, "utf-16", "the file starts like UTF-16 but is "
                             "not valid UTF-16")
        has_bom = start.startswith(codecs.BOM_UTF8)
        if encoding == "cp1252" and has_bom:
            raise UserError("the file starts with a UTF-8 marker: choose UTF-8 (or auto), "
                            "not Windows-1252")
        if encoding == "cp1252":
            return _read_all(path, handle, "cp1252")
        codec = "utf-8-sig" if has_bom else "utf-8"
        try:
            return _read_all(path, handle, codec)
        except _BadByte as bad:
            if encoding == "utf-8" or has_bom:
                raise UserError("line %1 is not valid UTF-8; if the file comes from an "
                                "older Windows program, choose Windows-1252 (cp1252)",
                                bad.line) from None
            handle.seek(0)
            if _has_utf8_pair(path, handle):
                raise UserError("the file mixes UTF-8 and Windows-1252 text (first at line "
                                "%1); save it again as UTF-8 and import that",
                                bad.line) from None
            handle.seek(0)
            return _read_all(path, handle, "cp1252")


class _BadByte(Exception):
    def __init__(self, line: int):
        super().__init__(line)
        self.line = line


def _read_all(path: Path, handle: BinaryIO, codec: str, refusal: str = "") -> FileFacts:
    """Decode every chunk (so a bad byte is found now, with its line), count, fingerprint."""
    decoder = codecs.getincrementaldecoder(codec)()
    digest = hashlib.sha256()
    lines = 0
    last = ""
    for chunk in _chunks(handle, path):
        digest.update(chunk)
        pending = decoder.getstate()[0]
        try:
            text = decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            line = lines + (pending + chunk)[:exc.start].count(b"\n") + 1
            if refusal:
                raise UserError(refusal) from None
            if codec == "cp1252":
                raise UserError("line %1 holds a byte that is neither UTF-8 nor "
                                "Windows-1252; save the file as UTF-8 and try again",
                                line) from None
            raise _BadByte(line) from None
        lines += text.count("\n")
        if text:
            last = text[-1]
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        if refusal:
            raise UserError(refusal) from None
        raise _BadByte(lines + 1) from None
    return FileFacts(codec, digest.hexdigest(), lines + (1 if last and last != "\n" else 0))


def _has_utf8_pair(path: Path, handle: BinaryIO) -> bool:
    """Whether UTF-8's two-byte letters (æ as Ã¦) occur anywhere; chunks overlap one byte."""
    previous = b""
    for chunk in _chunks(handle, path):
        if _UTF8_PAIR.search(previous + chunk):
            return True
        previous = chunk[-1:]
    return False


class _Fingerprinted(io.RawIOBase):
    """The file's bytes as read, fingerprinted on the way (the import's proof)."""

    def __init__(self, handle: io.BufferedReader):
        self.handle = handle
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        count = self.handle.readinto(buffer)
        if count:
            self.digest.update(memoryview(buffer)[:count])
        return int(count or 0)


class TextStream:
    """Lines of decoded text (line breaks kept) and the fingerprint of what was read."""

    def __init__(self, raw: _Fingerprinted, text: io.TextIOWrapper):
        self._raw = raw
        self._text = text

    def readline(self) -> str:
        return self._text.readline(MAX_LINE)

    def __iter__(self) -> Iterator[str]:
        while line := self._text.readline(MAX_LINE):
            yield line

    def digest(self) -> str:
        """The fingerprint of every byte read so far (the whole file once it is used up)."""
        self._text.read(CHUNK)  # anything the reader left unread still counts
        while self._text.read(CHUNK):
            pass
        return self._raw.digest.hexdigest()


@contextmanager
def open_text(path: Path, codec: str) -> Iterator[TextStream]:
    """The file as decoded lines, read a buffer at a time."""
    path = Path(path)
    with _opened(path) as handle:
        raw = _Fingerprinted(handle)
        text = io.TextIOWrapper(io.BufferedReader(raw, CHUNK), encoding=codec, newline="")
        try:
            yield TextStream(raw, text)
        except UnicodeDecodeError as exc:
            raise UserError("the file %1 changed while it was read; check it again",
                            path.name) from exc
        finally:
            text.detach()
