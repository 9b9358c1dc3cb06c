"""Journal entries and the search query a person types."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .errors import ValidationError
from .text import check_length

MOODS = range(1, 6)

#: The years an entry's date may fall in. Dates are shown on this computer's clock, and
#: a time at the very ends of the calendar (year 1 west of Greenwich, 9999 east of it)
#: cannot be moved into a local zone; within these years every date can be shown, in
#: any zone. New entries (typed or imported) are held to it; an entry a vault already
#: holds is shown whatever its date (see :func:`shown_time`). The README's import
#: format says so.
FIRST_YEAR = 1900
LAST_YEAR = 2200


def check_entry_time(moment: datetime) -> None:
    """Refuse a date outside :data:`FIRST_YEAR` to :data:`LAST_YEAR` (as written)."""
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValidationError(
            "An entry's date must fall between the years {first} and {last}.",
            first=str(FIRST_YEAR),
            last=str(LAST_YEAR),
        )


def shown_time(moment: datetime) -> datetime:
    """``moment`` on this computer's clock, for showing. A stored time too near the ends
    of the calendar to move into the local zone (a vault written before dates were
    checked may hold one) stays as it is, so showing it never fails."""
    try:
        return moment.astimezone()
    except (OverflowError, ValueError, OSError):
        return moment


def normalise_tags(tags: object) -> tuple[str, ...]:
    """Trim, drop empties and duplicates (case-insensitively), keep the person's order."""
    if isinstance(tags, str) or not isinstance(tags, (list, tuple)):
        raise ValidationError("Tags are a list of words.")
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        if not isinstance(tag, str):
            raise ValidationError("Each tag is a word or a few words.")
        tag = " ".join(tag.split())
        check_length(tag, 100)  # refuses a broken character (a lone surrogate) too
        if tag and tag.casefold() not in seen:
            if len(tag) > 100:
                raise ValidationError("A tag can be up to 100 characters.")
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)


def check_mood(mood: object) -> None:
    if mood is not None and (isinstance(mood, bool) or mood not in MOODS):
        raise ValidationError("Mood is a number from 1 to 5, or left empty.")


@dataclass(frozen=True)
class JournalEntry:
    """An entry. Times are timezone-aware; the vault stores them in UTC."""

    id: int | None
    title: str
    body: str
    created_at: datetime
    edited_at: datetime | None = None
    mood: int | None = None
    tags: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        check_length(self.title, 1000)
        check_length(self.body)
        check_mood(self.mood)
        object.__setattr__(self, "tags", normalise_tags(self.tags))
        for moment in (self.created_at, self.edited_at):
            if moment is not None and moment.tzinfo is None:
                raise ValidationError("Entry times need a time zone.")
        if self.id is None:  # a new entry; one already stored is kept whatever its date
            check_entry_time(self.created_at)
        if self.edited_at is None:
            object.__setattr__(self, "edited_at", self.created_at)


def utc(moment: datetime) -> datetime:
    """A naive time is the person's local time; aware times keep their instant."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC)


_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def query_terms(text: str) -> list[tuple[list[str], bool]]:
    """What a person typed, read as search terms: each a list of words (one word, or a
    phrase) and whether its last word is a prefix (``word*``). Shared by the search
    itself and by the highlighting, so both always agree on what was asked."""
    terms: list[tuple[list[str], bool]] = []
    # NFC first: an accent typed as a separate combining mark is one letter again.
    for phrase, word in _TERM.findall(unicodedata.normalize("NFC", text)):
        words = _WORD.findall(phrase or word)
        if words:
            terms.append((words, not phrase and word.endswith("*")))
    return terms


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query.

    Words must all match (in any order); "quoted words" match as a phrase; a word
    ending in ``*`` matches as a prefix; "self-care" is one phrase of two tokens, as the
    tokenizer sees it. Everything else that FTS5 would read as syntax (operators,
    columns, brackets) is treated as plain text, so no typed query can raise a syntax
    error. Returns "" when nothing searchable was typed.
    """
    return " ".join(
        '"' + " ".join(words) + '"' + ("*" if prefix else "") for words, prefix in query_terms(text)
    )
