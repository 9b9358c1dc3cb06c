"""Reading journal entries from JSON Lines, one object a line.

Each line: ``{"at": ISO-8601, "title": str, "body": str, "mood": 1-5 (optional),
"tags": [str] (optional)}``. Blank lines are passed over. A time without a zone is the
person's local time. Unknown fields are refused rather than dropped, so a typo such as
``"tag"`` never loses what the person meant to import.

For the app, :func:`read_journal_file` reads a file (or the journal inside a Day One
zip) and :func:`parse_journal` turns its text into entries in any of the three formats,
told from the text by :func:`detect_format` unless one is chosen; both report progress
through a callback that may raise :class:`ImportCancelled` to stop.
"""

from __future__ import annotations

import codecs
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import ImportFormatError, Message, ValidationError, WellbeingError
from ..domain.journal import JournalEntry, check_entry_time, utc
from ..domain.text import check_length

FIELDS = {"at", "title", "body", "mood", "tags"}


def parse_line(text: str, number: int) -> JournalEntry | None:
    """One line as an entry (None for a blank line); ImportFormatError says what is wrong."""
    if not text.strip():
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ImportFormatError(
            number, Message("this is not valid JSON ({msg}).", msg=err.msg)
        ) from None
    except RecursionError:
        raise ImportFormatError(number, "this JSON is nested too deeply to read.") from None
    if not isinstance(data, dict):
        raise ImportFormatError(number, "each line must be one JSON object.")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise ImportFormatError(
            number,
            Message(
                "unknown field {field} (fields are at, title, body, mood, tags).",
                field=repr(unknown[0][:40]),
            ),
        )
    for name in ("at", "title", "body"):
        if name not in data:
            raise ImportFormatError(
                number, Message("the field {name} is missing.", name=repr(name))
            )
        if not isinstance(data[name], str):
            raise ImportFormatError(
                number, Message("the field {name} must be text.", name=repr(name))
            )
    try:
        at = datetime.fromisoformat(data["at"].replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        raise ImportFormatError(
            number, "'at' is not an ISO-8601 date and time (like 2024-05-01T21:30:00)."
        ) from None
    try:
        check_entry_time(at)  # before moving it to UTC, which year 1 or 9999 may not survive
    except ValidationError as err:
        raise ImportFormatError(number, err) from None
    at = utc(at)
    try:
        entry = JournalEntry(
            id=None,
            title=data["title"],
            body=data["body"],
            mood=data.get("mood"),
            tags=() if data.get("tags") is None else data["tags"],
            created_at=at,
        )
        for tag in entry.tags:  # a lone surrogate cannot be stored
            check_length(tag)
    except ValidationError as err:
        raise ImportFormatError(number, err) from None
    return entry


def parse_jsonl(lines: Iterable[str]) -> Iterator[JournalEntry]:
    """Entries in file order; raises ImportFormatError at the first bad line."""
    for number, text in enumerate(lines, start=1):
        entry = parse_line(text, number)
        if entry is not None:
            yield entry


# Whole files, for the app: reading, telling the format, parsing with progress


Progress = Callable[[int, int], None]

#: The largest file (or file inside a zip) the app imports at once: an import is held in
#: memory to be checked whole before anything is written.
MAX_IMPORT_BYTES = 512 * 1024 * 1024
_CHUNK = 1024 * 1024
#: A zip's journal may unpack to at most this many times its packed size once it is over
#: :data:`ZIP_SMALL_BYTES`: real journals pack 3–15 times; a "zip bomb" a thousand times
#: (a 204 KB zip once asked an import for 1.44 GiB). Checked from the zip's own listing,
#: before a byte is unpacked; the reading stops at the listed size whatever the data says.
MAX_ZIP_RATIO = 100
ZIP_SMALL_BYTES = 16 * 1024 * 1024
FORMAT_NAMES = ("jsonl", "jrnl", "dayone")
_DAYONE_KEY = re.compile(r'"(?:creationDate|metadata)"\s*:')
_JRNL_KEY = re.compile(r'"(?:date|time)"\s*:')
_HEAD = 256 * 1024
_NON_SPACE = re.compile(r"\S")
_EXPORT_START = re.compile(r'\{\s*(?:"entries"\s*:|"tags"\s*:\s*\{)')
#: The zip flag bit that marks a member as encrypted (PKWARE APPNOTE 4.4.4, bit 0).
_ZIP_ENCRYPTED = 0x1


class ImportCancelled(WellbeingError):
    """An import was stopped (Cancel, or the vault locking) before it was written."""

    def __init__(self, message: str = "The import was stopped. Nothing was imported.") -> None:
        super().__init__(message)


def read_journal_file(path: Path, *, progress: Progress | None = None) -> str:
    """The text of an import file (or of the one journal in a Day One zip), read a chunk
    at a time; ``progress(bytes read, size)`` may raise to stop. Nothing is written
    anywhere: a zip is read in memory."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ValidationError("There is no file at {path}. Nothing was imported.", path=path)
        _check_size(size)
        with path.open("rb") as handle:
            zipped = handle.read(4) == b"PK\x03\x04"
        if zipped:
            return _read_zip(path, progress)
        with path.open("rb") as handle:
            return _decode_chunks(handle, size, progress)
    except FileNotFoundError:
        raise ValidationError(
            "There is no file at {path}. Nothing was imported.", path=path
        ) from None
    except OSError as err:
        raise ValidationError(
            "The file could not be read ({reason}). Nothing was imported.",
            reason=err.strerror or type(err).__name__,
        ) from None


def _check_size(size: int) -> None:
    if size > MAX_IMPORT_BYTES:
        raise ValidationError(
            "This file is larger than Wellbeing can import at once ({size} MB; the most is "
            "{most} MB). Nothing was imported.",
            size=size // 2**20,
            most=MAX_IMPORT_BYTES // 2**20,
        )


def _decode_chunks(handle: BinaryIO, size: int, progress: Progress | None) -> str:
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    parts: list[str] = []
    done = 0
    try:
        while chunk := handle.read(_CHUNK):
            done += len(chunk)
            if done > MAX_IMPORT_BYTES:
                _check_size(done)
            parts.append(decoder.decode(chunk))
            if progress is not None:
                progress(min(done, size), max(size, done))
        parts.append(decoder.decode(b"", final=True))
    except UnicodeDecodeError:
        raise ValidationError("The file is not UTF-8 text. Nothing was imported.") from None
    return "".join(parts)


def _read_zip(path: Path, progress: Progress | None) -> str:
    """Day One exports a zip: the journal is its one ``.json`` file (photos beside it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            journals = [
                info
                for info in archive.infolist()
                if info.filename.lower().endswith(".json") and not info.is_dir()
            ]
            if not journals:
                raise ValidationError(
                    "This zip file holds no journal (.json file). Nothing was imported."
                )
            if len(journals) > 1:
                raise ValidationError(
                    "This zip file holds more than one journal. Unzip it and import each "
                    "journal's .json file on its own. Nothing was imported."
                )
            if journals[0].flag_bits & _ZIP_ENCRYPTED:
                raise ValidationError(
                    "This zip file is protected with a password, so Wellbeing cannot read "
                    "it. Unzip it with its password and import the journal's .json file. "
                    "Nothing was imported."
                )
            _check_size(journals[0].file_size)
            _check_zip_ratio(journals[0])
            with archive.open(journals[0]) as handle:
                return _decode_chunks(handle, journals[0].file_size, progress)  # type: ignore[arg-type]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, zlib.error):
        raise ValidationError(
            "This zip file is damaged or cannot be read. Nothing was imported."
        ) from None


def _check_zip_ratio(info: zipfile.ZipInfo) -> None:
    unpacked, packed = info.file_size, max(info.compress_size, 1)
    if unpacked > ZIP_SMALL_BYTES and unpacked > MAX_ZIP_RATIO * packed:
        raise ValidationError(
            "This zip file would unpack to {size} MB from {packed} KB, far more than a "
            "journal export holds (at most {ratio} times its packed size), so it was not "
            "unpacked. Nothing was imported.",
            size=unpacked // 2**20,
            packed=max(packed // 1024, 1),
            ratio=MAX_ZIP_RATIO,
        )


def _looks_like_export(head: str) -> bool:
    """Day One's keys, or jrnl's "entries" or its "tags" object (an entry's are a list)."""
    return bool(_DAYONE_KEY.search(head) or _EXPORT_START.match(head))


def detect_format(text: str) -> str:
    """ "jsonl", "jrnl" or "dayone", told from the text itself.

    JSON Lines: the first line is one whole object (an entry: ``at``, ``title``…). jrnl
    and Day One: one object with a list of "entries"; Day One's entries carry a
    ``creationDate`` (and the file a ``metadata`` object), jrnl's a ``date`` and ``time``.
    """
    start = len(text) - len(text.lstrip(" \t\r\n\ufeff"))
    if text.startswith("{", start):
        end = text.find("\n", start)
        first = text[start : end if end >= 0 else len(text)]
        head = text[start : start + _HEAD]
        # A long first line is read whole too (an entry can be longer than the head),
        # unless it is all there is and its head already says jrnl or Day One: a whole
        # export on one line, which parsing twice would only slow down.
        whole = end < 0 or _NON_SPACE.search(text, end) is None  # (no copy of the rest)
        if len(first) <= _HEAD or not (whole and _looks_like_export(head)):
            try:
                data = json.loads(first)
            except (json.JSONDecodeError, RecursionError):
                data = None
            if isinstance(data, dict) and "entries" not in data:
                return "jsonl"  # one object on the first line: its own checks say the rest
        if _DAYONE_KEY.search(head):
            return "dayone"
        if _JRNL_KEY.search(head) or re.match(r'\{\s*"(?:tags|entries)"\s*:', head):
            return "jrnl"
    raise ValidationError(
        "Wellbeing couldn't tell what kind of file this is. It can import JSON Lines "
        "(one entry a line), jrnl's JSON export and Day One's JSON export; if the file is "
        "one of these, choose its format and try again. Nothing was imported."
    )


def parse_jsonl_text(text: str, *, progress: Progress | None = None) -> list[JournalEntry]:
    """Every entry of a JSON Lines text; ``progress(lines done, lines)`` may raise to stop.
    Lines are split as a file read with ``newline=""`` splits them."""
    total = text.count("\n") + (not text.endswith("\n"))
    entries = []
    number = 0
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        entry = parse_line(line, number)
        if entry is not None:
            entries.append(entry)
        if progress is not None and number % 200 == 0:
            progress(min(number, total), total)
    if progress is not None:
        progress(max(number, 1), max(number, 1))
    return entries


def parse_journal(
    text: str,
    fmt: str = "auto",
    *,
    tz: tzinfo | None = None,
    progress: Progress | None = None,
) -> list[JournalEntry]:
    """The entries of an import file's text in format ``fmt`` ("auto": told from the
    text). Raises ImportFormatError (where and why) or ValidationError; never returns
    part of a file."""
    from .journal_formats import parse_dayone, parse_jrnl

    if fmt == "auto":
        fmt = detect_format(text)
    if fmt == "jsonl":
        return parse_jsonl_text(text, progress=progress)
    if fmt == "jrnl":
        return parse_jrnl(text, tz, progress=progress)
    if fmt == "dayone":
        return parse_dayone(text, progress=progress)
    raise ValueError(f"unknown import format {fmt!r}")
