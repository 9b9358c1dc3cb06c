"""Turn plan records into plain JSON-ready dicts and back, for revisions and exports.

Generic over the domain's frozen dataclasses: enums become their values, dates ISO
strings, tuples lists, and ``dict[Step, ...]`` a dict keyed by the enum's value. Reading
tolerates fields added later (defaults) and drops fields no longer known, so revisions
written by older versions of the app still rebuild.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, cast

T = TypeVar("T")


def to_dict(obj: Any) -> dict[str, Any]:
    """A JSON-ready dict of a domain dataclass."""
    return {f.name: _dump(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild ``cls`` from :func:`to_dict` output (validation runs as usual)."""
    hints = _hints(cast(type, cls))  # a TypeVar's type is hashable; mypy can't tell
    kwargs = {
        f.name: _load(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in data
    }
    return cls(**kwargs)


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_dict(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_dump(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_dump(v) for v in value)
    if isinstance(value, dict):
        return {str(_dump(k)): _dump(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _load(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        return tuple(_load(args[0], v) for v in value)
    if origin is frozenset:
        return frozenset(_load(args[0], v) for v in value)
    if origin is dict:
        return {_load(args[0], k): _load(args[1], v) for k, v in value.items()}
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            return from_dict(hint, value)
        if issubclass(hint, Enum):
            return hint(value)
        if hint is datetime:
            return datetime.fromisoformat(value)
        if hint is date:
            return date.fromisoformat(value)
    return value
