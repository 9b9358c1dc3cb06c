"""The checks an export's records go through before anything is written.

A file can hold anything: these turn every kind of wrong value into an
:class:`ExportFormatError` that says where (``goals[3].steps``) and why, never what the
person wrote. The domain's own validation runs as well (:func:`record_of`); the type
checks here catch what would otherwise fail only halfway through writing to the vault (a
null where it keeps text, 2.5 where it keeps whole numbers, a year it cannot hold).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from datetime import UTC, date, datetime
from typing import Any

from ..domain.errors import Message, ValidationError, WellbeingError, as_message
from ..domain.snapshot import from_dict
from ..domain.text import check_length


class ExportFormatError(ValidationError):
    """A JSON export that cannot be read back; says where and why. Nothing was imported."""

    def __init__(self, where: str | Message, reason: str | Message | WellbeingError) -> None:
        self.where = str(where)  # a field's path ("goals[3].steps"), or a Message
        self.reason = as_message(reason)
        if where:
            super().__init__(
                "In {where}: {reason} Nothing was imported.", where=where, reason=self.reason
            )
        else:
            super().__init__("{reason} Nothing was imported.", reason=self.reason)


def utc_text(moment: datetime) -> str:
    """Fixed-width UTC text, as the vault keeps times (``vault.repos.base.iso``)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@contextmanager
def at(where: str) -> Iterator[None]:
    """Turn any failure to read a record into an ExportFormatError naming the place."""
    try:
        yield
    except ExportFormatError:
        raise
    except WellbeingError as err:
        raise ExportFormatError(where, err) from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError, RecursionError):
        raise ExportFormatError(
            where, "a field is missing, misspelt or holds the wrong kind of value."
        ) from None


def obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ExportFormatError(where, "expected a JSON object here.")
    return value


def section(data: dict[str, Any], key: str) -> list[Any]:
    """The list under ``key`` (none: an empty list)."""
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ExportFormatError(key, "expected a list here.")
    return value


def once(seen: set[Any], key: Any, where: str, same: str) -> None:
    """The database keeps one record per ``key``: a second one is refused before writing."""
    if key in seen:
        raise ExportFormatError(where, Message("a second record for the same {same}.", same=same))
    seen.add(key)


def shown(name: str) -> str:
    """A field name from the file, quoted and kept short (it may be anything at all)."""
    return repr(name if len(name) <= 40 else name[:40] + "…")


def exact_fields(record: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(record) - allowed)
    if unknown:
        raise ExportFormatError(where, Message("unknown field {field}.", field=shown(unknown[0])))
    missing = sorted(allowed - set(record))
    if missing:
        raise ExportFormatError(
            where, Message("the field {field} is missing.", field=repr(missing[0]))
        )


_OUT_OF_RANGE = "this time is outside the years the vault can hold (1 to 9999)."


def time_text(value: Any, where: str, *, optional: bool = False) -> str | None:
    """An ISO-8601 time with its offset, as the vault keeps it (UTC, fixed width)."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ExportFormatError(where, "expected an ISO-8601 date and time.")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ExportFormatError(where, "this is not an ISO-8601 date and time.") from None
    if moment.tzinfo is None:
        raise ExportFormatError(where, "this time has no time zone.")
    try:
        return utc_text(moment)
    except OverflowError:  # 0001-01-01T00:00+14:00 is before the first UTC day
        raise ExportFormatError(where, _OUT_OF_RANGE) from None


def day_text(value: Any, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ExportFormatError(where, "expected a date (YYYY-MM-DD).")
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ExportFormatError(where, "this is not a date (YYYY-MM-DD).") from None


#: SQLite keeps whole numbers in 64 bits; JSON allows any size.
_INT_RANGE = range(-(2**63), 2**63)


def whole(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ExportFormatError(where, "expected a whole number.")
    if value not in _INT_RANGE:
        raise ExportFormatError(where, "this number is too large.")
    return value


def check_types(value: Any, hint: Any, where: str) -> None:
    """``value`` has the type its field declares, all the way down.

    The domain checks what a person can get wrong; a file can hold anything, and the
    database would refuse a null where it keeps text, or store 2.5 where it keeps whole
    numbers, halfway through the import.
    """
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is not None:
            inner = [a for a in args if a is not type(None)]
            check_types(value, inner[0] if len(inner) == 1 else Any, where)
    elif hint is str:
        if not isinstance(value, str):
            raise ExportFormatError(where, "expected text.")
        with at(where):
            check_length(value)  # a lone surrogate cannot be stored
    elif hint is bool:
        if not isinstance(value, bool):
            raise ExportFormatError(where, "expected true or false.")
    elif hint is int:
        whole(value, where)
    elif origin in (tuple, frozenset):
        if not isinstance(value, origin):
            raise ExportFormatError(where, "expected a list.")
        same = len(args) == 2 and args[1] is Ellipsis
        for i, item in enumerate(value):
            check_types(item, args[0] if same or origin is frozenset else args[i], f"{where}[{i}]")
    elif origin is dict and args and args[1] is not Any:
        for key, item in value.items():
            check_types(item, args[1], f"{where}.{getattr(key, 'value', key)}")
    elif hint is datetime and isinstance(value, datetime):
        time_text(value.isoformat(), where)  # kept in UTC: it must fit there
    elif isinstance(hint, type) and not isinstance(value, hint):  # dates, choices, records
        raise ExportFormatError(where, "a field is missing or holds the wrong kind of value.")
    elif is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        for f in fields(hint):
            check_types(getattr(value, f.name), hints[f.name], f"{where}.{f.name}")


def record_of(cls: type, record: dict[str, Any], where: str, extra: set[str]) -> Any:
    """The domain record ``cls`` from ``record``, which has exactly its fields and
    ``extra``; checked by the domain and by :func:`check_types`."""
    names = {f.name for f in fields(cls)}
    exact_fields(record, names | extra, where)
    made: Any
    with at(where):
        made = from_dict(cls, {k: v for k, v in record.items() if k in names})
    check_types(made, cls, where)
    return made
