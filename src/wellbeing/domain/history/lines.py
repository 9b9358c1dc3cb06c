"""A sentence of the history as a key and parameters, and the one way to render it.

:class:`HistoryLine` names a template of :data:`~.messages.MESSAGES` and what fills it
in. A parameter is the person's text (:class:`Quoted`), a number, a rank
(:class:`Ordinal`), a day, a routine's schedule, a safety plan step, or another line (a
field phrase such as "why “Rest” matters"). :func:`render` fills a line in with a
:class:`Words`: the UI's says it in the person's language (``wellbeing.ui.words.history``),
:data:`ENGLISH` as written (the command line, the Markdown, the tests).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from string import Formatter
from typing import Protocol, Union

from ..routines import Schedule, schedule_words
from ..safety_plan import STEP_TITLES, Step
from .calendar import english_day
from .messages import MESSAGES

#: How long a quoted piece of the person's text may be in a sentence.
QUOTE_LIMIT = 60


@dataclass(frozen=True)
class Quoted:
    """The person's own text, shown quoted and shortened (:func:`shorten`)."""

    text: str


@dataclass(frozen=True)
class Ordinal:
    """A rank said as an ordinal ("1st", "22nd")."""

    n: int


Param = Union[str, int, date, Schedule, Step, Quoted, Ordinal, "HistoryLine"]


@dataclass(frozen=True)
class HistoryLine:
    """One sentence (or phrase) of the history: a key of MESSAGES and its parameters."""

    key: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.key not in MESSAGES:
            raise KeyError(self.key)


def line(key: str, **params: Param) -> HistoryLine:
    return HistoryLine(key, params)


class Words(Protocol):
    """What rendering needs from a language: the templates and the words for leaves."""

    def template(self, key: str) -> str:
        """The template for ``key`` in this language (its English when not translated)."""

    def day(self, day: date) -> str:
        """A day in words ("2 March 2026")."""

    def schedule(self, schedule: Schedule) -> str:
        """A schedule in words that fit in a sentence ("every day", "Mon, Wed")."""

    def step_title(self, step: Step) -> str:
        """A safety plan step's title ("Warning signs")."""


class EnglishWords:
    """The words as written in the source: no translation, days as "2 March 2026"."""

    def template(self, key: str) -> str:
        return MESSAGES[key]

    def day(self, day: date) -> str:
        return english_day(day)

    def schedule(self, schedule: Schedule) -> str:
        return schedule_words(schedule)

    def step_title(self, step: Step) -> str:
        return STEP_TITLES[step]


ENGLISH: Words = EnglishWords()


def render(found: HistoryLine, words: Words) -> str:
    """``found`` filled in, in the language of ``words``."""
    values = {name: _say(value, words) for name, value in found.params.items()}
    return fill(found.key, words, **values)


def english(found: HistoryLine) -> str:
    """``found`` in English, as written."""
    return render(found, ENGLISH)


def fill(key: str, words: Words, **values: object) -> str:
    """The template ``key`` in the language of ``words``, filled in with ``values``.

    A translation that lost, renamed or broke a placeholder is not used: the English
    template is, so a sentence never drops the person's words or fails to appear.
    """
    english_template = MESSAGES[key]
    template = words.template(key)
    if template != english_template and _fields(template) == _fields(english_template):
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            pass
    return english_template.format(**values)


def _say(value: Param, words: Words) -> str:
    if isinstance(value, HistoryLine):
        return render(value, words)
    if isinstance(value, Quoted):
        return fill("quote", words, text=shorten(value.text))
    if isinstance(value, Ordinal):
        return ordinal(value.n, words)
    if isinstance(value, Step):
        if value is Step.REASONS_FOR_LIVING:
            return fill("safety.step.reasons_for_living", words)
        return fill("safety.step", words, n=value.number, title=words.step_title(value))
    if isinstance(value, Schedule):
        return words.schedule(value)
    if isinstance(value, date):
        return words.day(value)
    return str(value)


def _fields(template: str) -> set[str] | None:
    """The placeholder names of ``template``, or None when its braces are malformed."""
    try:
        return {name for _, name, _, _ in Formatter().parse(template) if name is not None}
    except ValueError:
        return None


def ordinal(n: int, words: Words = ENGLISH) -> str:
    """ "1st", "2nd", "3rd", "4th", "11th", "21st"."""
    if n % 100 in (11, 12, 13) or n % 10 not in (1, 2, 3):
        return fill("ordinal.other", words, n=n)
    return fill(f"ordinal.{n % 10}", words, n=n)


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The text on one line, cut at a word near ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    ellipsis = MESSAGES["ellipsis"]
    cut = flat[: limit - len(ellipsis)]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + ellipsis


def quote(text: str) -> str:
    """ "“text”", shortened, in English."""
    return fill("quote", ENGLISH, text=shorten(text))
