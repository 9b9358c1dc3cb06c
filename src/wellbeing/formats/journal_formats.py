"""Reading journals exported by other apps: jrnl (``jrnl --export json``) and Day One (JSON).

Both are pure functions from the file's text to a list of :class:`JournalEntry` (no id),
raising :class:`ImportFormatError` with where (the entry's number, counted from 1, in
``line``) and why. Nothing is returned for a file with any bad entry, so nothing is ever
half-imported.

The file is decoded one entry at a time (each a short call into the JSON decoder, so a
30 MB export never holds the interpreter for long and the app's window keeps
responding), and ``progress(done, total)``, when given, hears how far it got; it may
raise to stop. JSON mistakes are still found before any entry is checked, as one
``json.loads`` would.

jrnl — ``{"tags": {...}, "entries": [{"title", "body", "date": "YYYY-MM-DD",
"time": "HH:MM", "tags": ["@tag"], "starred": bool}, ...]}``. jrnl keeps times without a
zone: they are read in ``tz`` (default: this computer's zone). Tags lose their leading
tag symbol (``@work`` becomes ``work``). A starred entry gets the tag ``starred``.
Extra fields jrnl adds for some journals (``uuid``, ``creator``…) are ignored.

Day One — ``{"metadata": {...}, "entries": [{"uuid", "creationDate": ISO-8601 UTC,
"modifiedDate", "timeZone": IANA name, "text", "tags": [...], "starred": bool}, ...]}``.
The time is shown in the entry's own ``timeZone`` (the instant is the same). When the
text starts with a Markdown heading (``# Title``), that line is the title and the rest
the body; otherwise the title is empty and the whole text is the body. Day One's
backslash escapes of Markdown punctuation (``\\.``, ``\\-``, ``\\!``) are undone. A
starred entry gets the tag ``starred``. Day One keeps no mood; photos, places and
weather are not imported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime, tzinfo
from json.decoder import scanstring  # type: ignore[attr-defined]  # not in typeshed
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..domain.errors import ImportFormatError, Message, ValidationError, WellbeingError
from ..domain.journal import JournalEntry, utc
from ..domain.text import check_length

STARRED_TAG = "starred"

_DAYONE_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")


Progress = Callable[[int, int], None]

#: How many entries between two progress reports.
REPORT_EVERY = 200

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _load(text: str, progress: Progress | None = None) -> list[Any]:
    """The file's list of "entries" (decoding reports the first half of ``progress``)."""
    try:
        entries = _decode_entries(text, progress)
    except json.JSONDecodeError as err:
        raise ImportFormatError(
            err.lineno, Message("this is not valid JSON ({msg}).", msg=err.msg)
        ) from None
    except RecursionError:
        raise ImportFormatError(1, "this JSON is nested too deeply to read.") from None
    if entries is None:
        raise ImportFormatError(1, 'the file has no list of "entries".')
    return entries


def _skip(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]


def _decode_entries(text: str, progress: Progress | None) -> list[Any] | None:
    """The top-level object's "entries" list, decoded element by element; None when
    there is no such list. Raises ``JSONDecodeError`` where ``json.loads`` would."""
    pos = _skip(text, 0)
    if not text.startswith("{", pos):
        _DECODER.decode(text)  # says where, for what is not JSON at all
        return None
    entries: list[Any] | None = None
    pos = _skip(text, pos + 1)
    if text.startswith("}", pos):
        pos += 1
    else:
        while True:
            if not text.startswith('"', pos):
                raise json.JSONDecodeError(
                    "Expecting property name enclosed in double quotes", text, pos
                )
            key, pos = scanstring(text, pos + 1)
            pos = _skip(text, pos)
            if not text.startswith(":", pos):
                raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
            pos = _skip(text, pos + 1)
            if key == "entries" and text.startswith("[", pos):
                entries, pos = _decode_list(text, pos, progress)
            else:
                _, pos = _DECODER.raw_decode(text, pos)
                if key == "entries":  # the last one counts, as with json.loads
                    entries = None
            pos = _skip(text, pos)
            if text.startswith(",", pos):
                pos = _skip(text, pos + 1)
            elif text.startswith("}", pos):
                pos += 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    end = _skip(text, pos)
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return entries


def _decode_list(text: str, pos: int, progress: Progress | None) -> tuple[list[Any], int]:
    items: list[Any] = []
    size = max(len(text), 1)
    pos = _skip(text, pos + 1)
    if text.startswith("]", pos):
        return items, pos + 1
    while True:
        item, pos = _DECODER.raw_decode(text, pos)
        items.append(item)
        if progress is not None and len(items) % REPORT_EVERY == 0:
            progress(pos, 2 * size)
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
        elif text.startswith("]", pos):
            return items, pos + 1
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)


def _checked(text: str, entries: list[Any], progress: Progress | None) -> Iterator[tuple[int, Any]]:
    """``(number, item)`` of each entry, reporting the second half of ``progress``."""
    size, count = max(len(text), 1), max(len(entries), 1)
    for number, item in enumerate(entries, start=1):
        yield number, item
        if progress is not None and (number % REPORT_EVERY == 0 or number == len(entries)):
            progress(size + size * number // count, 2 * size)


def _entry_error(number: int, reason: str | Message | WellbeingError) -> ImportFormatError:
    # "Line" would mislead for a JSON file: say which entry instead.
    return ImportFormatError(number, reason, entry=True)


def _text(item: dict[str, Any], name: str, number: int, *, required: bool = True) -> str:
    value = item.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise _entry_error(number, Message("the field {name} must be text.", name=repr(name)))
    return value


def _tags(item: dict[str, Any], number: int) -> list[str]:
    tags = item.get("tags", [])
    if tags is None:
        tags = []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise _entry_error(number, "'tags' must be a list of words.")
    starred = item.get("starred", False)
    if not isinstance(starred, bool):
        raise _entry_error(number, "'starred' must be true or false.")
    return [*tags, STARRED_TAG] if starred else list(tags)


_OUT_OF_RANGE = "its date is outside the years a journal can hold (1 to 9999)."


def _entry(number: int, **fields: Any) -> JournalEntry:
    try:
        entry = JournalEntry(id=None, **fields)
        for tag in entry.tags:  # a lone surrogate cannot be stored
            check_length(tag)
    except ValidationError as err:
        raise _entry_error(number, err) from None
    try:  # the vault keeps times in UTC: a time at the calendar's edge may not fit
        for moment in (entry.created_at, entry.edited_at or entry.created_at):
            utc(moment)
    except (OverflowError, ValueError):
        raise _entry_error(number, _OUT_OF_RANGE) from None
    return entry


def parse_jrnl(
    text: str, tz: tzinfo | None = None, *, progress: Progress | None = None
) -> list[JournalEntry]:
    """Entries of a ``jrnl --export json`` file, in file order."""
    entries = []
    for number, item in _checked(text, _load(text, progress), progress):
        if not isinstance(item, dict):
            raise _entry_error(number, "each entry must be a JSON object.")
        title = _text(item, "title", number)
        body = _text(item, "body", number, required=False)
        day, clock = _text(item, "date", number), _text(item, "time", number, required=False)
        try:
            moment = datetime.strptime(f"{day} {clock or '00:00'}", "%Y-%m-%d %H:%M")
        except ValueError:
            raise _entry_error(
                number, "'date' and 'time' must be like 2024-05-01 and 21:30."
            ) from None
        try:
            moment = moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()
        except (OverflowError, ValueError):
            raise _entry_error(number, _OUT_OF_RANGE) from None
        tags = [t.lstrip("@#") for t in _tags(item, number)]
        entries.append(
            _entry(number, title=title, body=body.strip("\n"), created_at=moment, tags=tags)
        )
    return entries


def _dayone_time(value: Any, name: str, number: int, zone: tzinfo | None) -> datetime:
    if not isinstance(value, str):
        raise _entry_error(number, Message("{name} must be a date and time.", name=repr(name)))
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _entry_error(
            number, Message("{name} is not an ISO-8601 date and time.", name=repr(name))
        ) from None
    if moment.tzinfo is None:
        raise _entry_error(number, Message("{name} has no time zone.", name=repr(name)))
    try:
        return moment.astimezone(zone) if zone is not None else moment
    except (OverflowError, ValueError):
        raise _entry_error(number, _OUT_OF_RANGE) from None


def parse_dayone(text: str, *, progress: Progress | None = None) -> list[JournalEntry]:
    """Entries of a Day One JSON export (the ``Journal.json`` in its zip), in file order."""
    entries = []
    for number, item in _checked(text, _load(text, progress), progress):
        if not isinstance(item, dict):
            raise _entry_error(number, "each entry must be a JSON object.")
        zone: tzinfo | None = None
        name = item.get("timeZone")
        if name is not None:
            if not isinstance(name, str):
                raise _entry_error(number, "'timeZone' must be a time zone name.")
            try:
                zone = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                raise _entry_error(number, "'timeZone' is not a known time zone.") from None
        created = _dayone_time(item.get("creationDate"), "creationDate", number, zone)
        edited = (
            _dayone_time(item["modifiedDate"], "modifiedDate", number, zone)
            if item.get("modifiedDate") is not None
            else None
        )
        title, body = split_title(
            _DAYONE_ESCAPE.sub(r"\1", _text(item, "text", number, required=False))
        )
        entries.append(
            _entry(
                number,
                title=title,
                body=body,
                created_at=created,
                edited_at=edited,
                tags=_tags(item, number),
            )
        )
    return entries


def split_title(text: str) -> tuple[str, str]:
    """A leading Markdown heading as the title; the rest, trimmed of blank lines, the body."""
    first, _, rest = text.partition("\n")
    if first.startswith("#"):
        return first.lstrip("#").strip(), rest.strip("\n")
    return "", text.strip("\n")


FORMATS = {"jrnl": parse_jrnl, "dayone": parse_dayone}
