"""Reading journal entries from JSON Lines, one object a line.

Each line: ``{"at": ISO-8601, "title": str, "body": str, "mood": 1-5 (optional),
"tags": [str] (optional)}``. Blank lines are passed over. A time without a zone is the
person's local time. Unknown fields are refused rather than dropped, so a typo such as
``"tag"`` never loses what the person meant to import.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime

from .errors import ImportFormatError, ValidationError
from .journal import JournalEntry, utc

FIELDS = {"at", "title", "body", "mood", "tags"}


def parse_line(text: str, number: int) -> JournalEntry | None:
    """One line as an entry (None for a blank line); ImportFormatError says what is wrong."""
    if not text.strip():
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ImportFormatError(number, f"this is not valid JSON ({err.msg}).") from None
    except RecursionError:
        raise ImportFormatError(number, "this JSON is nested too deeply to read.") from None
    if not isinstance(data, dict):
        raise ImportFormatError(number, "each line must be one JSON object.")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise ImportFormatError(
            number, f"unknown field {unknown[0]!r} (fields are at, title, body, mood, tags)."
        )
    for name in ("at", "title", "body"):
        if name not in data:
            raise ImportFormatError(number, f"the field {name!r} is missing.")
        if not isinstance(data[name], str):
            raise ImportFormatError(number, f"the field {name!r} must be text.")
    try:
        at = utc(datetime.fromisoformat(data["at"].replace("Z", "+00:00")))
    except (ValueError, OverflowError):
        raise ImportFormatError(
            number, "'at' is not an ISO-8601 date and time (like 2024-05-01T21:30:00)."
        ) from None
    try:
        return JournalEntry(
            id=None,
            title=data["title"],
            body=data["body"],
            mood=data.get("mood"),
            tags=() if data.get("tags") is None else data["tags"],
            created_at=at,
        )
    except ValidationError as err:
        raise ImportFormatError(number, str(err)) from None


def parse_jsonl(lines: Iterable[str]) -> Iterator[JournalEntry]:
    """Entries in file order; raises ImportFormatError at the first bad line."""
    for number, text in enumerate(lines, start=1):
        entry = parse_line(text, number)
        if entry is not None:
            yield entry
