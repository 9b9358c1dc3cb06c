"""Damage for property-based tests: the profile, the property, and the strategies.

Used by ``test_fuzz.py``. ``damaged`` injures bytes (bit flips, cuts, insertions,
deletions, splices, NULs and invalid UTF-8); ``edited`` injures a JSON document (wrong
types, numbers no database keeps, times at the ends of the calendar, nesting too deep for
Python's parser, removed, added, duplicated and spliced fields). ``attempt`` runs one
reader and checks the property: success, or one of the app's own errors with a short
message for a person, and never a hang (a watchdog, not a timing check).
"""

from __future__ import annotations

import copy
import json
import os
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from wellbeing.domain.errors import WellbeingError

#: One profile for every fuzz test: reproducible, no example database, no deadline (the
#: hang guard below is explicit), module-scoped vaults shared by every example.
#: ``WELLBEING_FUZZ_SCALE=20`` runs twenty times the examples (a longer hunt, by hand).
SCALE = float(os.environ.get("WELLBEING_FUZZ_SCALE", "1"))
FUZZ = settings(
    max_examples=int(250 * SCALE),
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    suppress_health_check=list(HealthCheck),
)
FEW = settings(FUZZ, max_examples=int(80 * SCALE))
#: A watchdog, not a speed check: a reader still running after this long on a small
#: file is hung (an endless loop), and the example fails instead of stalling the run.
#: Every honest example takes milliseconds, so this is far above any run, even on a
#: loaded 2-core CI machine; no test asserts how long a reader took (speed is the
#: benchmark's, ``make bench``).
HANG_SECONDS = 120.0

#: What personal text looks like in the valid files below; never in an error message.
CANARY = "Zanzibar-Quokka-7319"

#: Fragments of Python's own error messages: a message holding one was not written for
#: a person (``int() argument``, ``'NoneType' object ...``, ``date value out of range``).
PYTHON_WORDS = (
    "Traceback",
    'File "',
    "object at 0x",
    "NoneType",
    "object has no attribute",
    "not subscriptable",
    "is not iterable",
    "unsupported operand",
    "invalid literal",
    "argument must be",
    "must be str",
    "must be real number",
    "out of range",
    "recursion",
    "codec can't",
    "cannot convert",
    "unhashable",
    "takes ",
    "expected str",
    "Error(",
    "Exception",
)


# The property


def assert_clean(err: BaseException) -> None:
    """``err`` is one of the app's errors with a short, plain message for a person."""
    assert isinstance(err, WellbeingError), f"not an explained error: {err!r}"
    message = str(err)
    assert message.strip(), f"{type(err).__name__} with an empty message"
    assert len(message) <= 600, f"a message of {len(message)} characters"
    assert all(ch >= " " for ch in message), f"control characters in {message!r}"
    for word in PYTHON_WORDS:
        assert word not in message, f"Python's words in the message: {message!r}"
    assert CANARY not in message, f"personal text in the message: {message!r}"


class Hung(AssertionError):
    """A reader was still running when the watchdog (:data:`HANG_SECONDS`) went off."""


@contextmanager
def no_hang() -> Iterator[None]:
    """Fail with :class:`Hung` if the block is still running after HANG_SECONDS.

    A SIGALRM timer (main thread, POSIX): the handler raises in the running Python code,
    so an endless loop ends as a failed example (shrunk and reported by Hypothesis)
    rather than a stalled run. Nothing is measured or compared: an honest run is never
    near the limit."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield  # no watchdog where there is no SIGALRM; the property is still checked
        return

    def went_off(_signum: int, _frame: Any) -> None:
        raise Hung(f"still running after {HANG_SECONDS:g} s: a hang")

    previous = signal.signal(signal.SIGALRM, went_off)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def attempt(fn: Callable[[], Any]) -> tuple[Any, WellbeingError | None]:
    """Run one reader: (result, None) or (None, its clean error). Anything else fails
    the test with the example that caused it; so does a hang (see :func:`no_hang`)."""
    with no_hang():
        try:
            result, error = fn(), None
        except WellbeingError as err:
            assert_clean(err)
            result, error = None, err
    return result, error


# Damage: bytes


#: Byte strings that break parsers: NUL, invalid UTF-8 (a bare continuation byte, an
#: overlong form, an encoded surrogate), a BOM, JSON's own syntax, and huge numbers.
NASTY_BYTES = (
    b"\x00",
    b"\xff",
    b"\x80",
    b"\xc3\x28",
    b"\xc0\xaf",
    b"\xed\xa0\x80",
    b"\xef\xbb\xbf",
    b'"',
    b"{",
    b"[",
    b"]",
    b"\\",
    b"\\u0000",
    b"\\ud800",
    b"1e999",
    b"-1",
    b"99999999999999999999999999",
    b"\r\n",
    b"\n",
    b"[" * 3000,
)


@st.composite
def damaged(draw: st.DrawFn, original: bytes, max_steps: int = 4) -> bytes:
    """``original`` with a few byte-level injuries."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, max_steps))):
        step = draw(st.sampled_from(("flip", "cut", "insert", "delete", "splice", "nasty")))
        at = draw(st.integers(0, len(data)))
        if step == "flip" and data:
            at = min(at, len(data) - 1)
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif step == "cut":
            del data[at:]
        elif step == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif step == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif step == "splice" and data:
            start = draw(st.integers(0, len(data) - 1))
            data[at:at] = data[start : start + draw(st.integers(1, 64))]
        else:
            data[at:at] = draw(st.sampled_from(NASTY_BYTES))
    return bytes(data)


# Damage: JSON structure

#: Replaced, after encoding, by JSON nested deeper than Python's parser will go.
DEEP = "\u2063deeply nested\u2063"
DEEP_JSON = "[" * 3000 + "]" * 3000

#: Times and dates at the ends of the calendar (where moving to UTC or another zone
#: overflows), impossible ones, and a zone that is a folder, not a zone.
NASTY_TIMES: tuple[str, ...] = (
    "0001-01-01",
    "9999-12-31",
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59",
    "0001-01-01T00:00:00+14:00",
    "0001-01-01T00:00:00Z",
    "0001-01-01T00:00:00+00:00",
    "9999-12-31T23:59:59-12:00",
    "9999-12-31T23:59:59Z",
    "9999-12-31T23:59:59.999999+00:00",
    "2024-02-30T10:00:00Z",
    "2024-05-01T25:61:00",
    "2024-05-01T10:00:00+25:00",
    "24:61",
    "23:59",
    "America",
    "../../etc/localtime",
    "Pacific/Kiritimati",
    "Etc/GMT+12",
)
#: Numbers JSON allows but a database or a calendar does not (and booleans, which are
#: ints to Python).
NASTY_NUMBERS: tuple[Any, ...] = (  # the likeliest to do damage first: drawn most often
    float("inf"),
    float("nan"),
    2**64,
    -1,
    True,
    10**4000,
    float("-inf"),
    2**63,
    -(2**63) - 1,
    1.5,
    1e308,
    0,
    False,
    2**31,
    2**63 - 1,
    10**30,
    3.0,
    -0.0,
)
NASTY_VALUES: tuple[Any, ...] = (
    None,
    "",
    " ",
    "\x00",
    "\ud800",
    "a\x00b",
    "x" * 1_000_001,
    "@",
    [],
    {},
    [None],
    {"": None},
    [[[]]],
    DEEP,
    *NASTY_NUMBERS,
    *NASTY_TIMES,
)

nasty_value = st.one_of(
    st.sampled_from(NASTY_VALUES).map(copy.deepcopy),  # never edit the shared constants
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.lists(st.integers(-3, 9), max_size=3),
)
_TIMELIKE = re.compile(r"^\d{4}-\d\d-\d\d|^\d\d:\d\d$|^[A-Z][a-z]+/[A-Z]")


def nasty_like(value: Any) -> st.SearchStrategy[Any]:
    """Damage aimed at what a field holds: extreme times for a time, extreme numbers
    for a number, and anything at all for everything."""
    if isinstance(value, str) and _TIMELIKE.match(value):
        return st.one_of(st.sampled_from(NASTY_TIMES), nasty_value)
    if isinstance(value, (int, float)):
        numbers = st.sampled_from(NASTY_NUMBERS).map(copy.deepcopy)
        return st.one_of(numbers, numbers, nasty_value)
    return nasty_value


def _places(doc: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in ``doc``, depth first."""
    found: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in list(node):
                found.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for index in range(len(node)):
                found.append((node, index))
                walk(node[index])

    walk(doc)
    return found


#: Replacing a field is the likeliest step: most damage worth finding is a wrong value.
STEPS = (
    ("replace",) * 4
    + ("extreme",) * 2
    + (
        "remove",
        "add",
        "splice",
        "duplicate",
        "deep",
        "root",
    )
)


def _extreme_places(places: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The places holding a number or a time: where extreme values do their damage."""
    return [
        (parent, key)
        for parent, key in places
        if (isinstance(parent[key], (int, float)) and not isinstance(parent[key], bool))
        or (isinstance(parent[key], str) and _TIMELIKE.match(parent[key]))
    ]


@st.composite
def edited(draw: st.DrawFn, original: Any, max_steps: int = 3) -> Any:
    """A copy of the JSON value ``original`` with fields replaced by wrong or extreme
    values, removed, added, duplicated, or spliced in from elsewhere in the document."""
    doc = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, max_steps))):
        places = _places(doc)
        step = draw(st.sampled_from(STEPS))
        if step == "root" or not places:
            doc = draw(nasty_value) if draw(st.booleans()) else doc
            continue
        if step == "extreme" and _extreme_places(places):
            places = _extreme_places(places)
        parent, key = places[draw(st.integers(0, len(places) - 1))]
        if step == "extreme":
            choices = NASTY_TIMES if isinstance(parent[key], str) else NASTY_NUMBERS
            parent[key] = draw(st.sampled_from(choices))
        elif step == "replace":
            parent[key] = draw(nasty_like(parent[key]))
        elif step == "deep":
            parent[key] = DEEP
        elif step == "remove":
            del parent[key]
        elif step == "add":
            if isinstance(parent, dict):
                parent[draw(st.sampled_from(("surplus", "tag", "Title", "")))] = draw(nasty_value)
            else:
                parent.insert(key, draw(nasty_value))
        elif step == "splice":
            other, other_key = places[draw(st.integers(0, len(places) - 1))]
            parent[key] = copy.deepcopy(other[other_key])
        elif isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        else:
            parent[key] = [copy.deepcopy(parent[key])] * 2
    return doc


def to_json(doc: Any) -> str:
    """JSON text (NaN and Infinity included, as Python writes them), deep marker expanded."""
    return json.dumps(doc, allow_nan=True).replace(json.dumps(DEEP), DEEP_JSON)
