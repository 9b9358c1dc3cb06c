"""How the plan changed: a comparison of two snapshots, and a timeline, as keys + parameters.

The domain says *which* sentence and with what (:class:`HistoryLine`: a key of
:data:`MESSAGES` and its parameters); the UI renders it in the person's language
(``wellbeing.ui.words.history``) and :func:`english` renders it as written, for the
command line and the tests. The person's own text is quoted and shortened
(:func:`shorten`), so a long script or a paragraph of "why it matters" never floods a
sentence.

- :mod:`.messages`: the one table of whole-sentence templates.
- :mod:`.lines`: :class:`HistoryLine`, its parameters, and rendering with a ``Words``.
- :mod:`.compare`: what changed between two plans (:func:`compare`).
- :mod:`.timeline`: one entry per revision, and the marks forgetting leaves.
- :mod:`.align`: lining up two lists by position.
- :mod:`.calendar`: month names for the domain's own descriptions (a review's period).
"""

from __future__ import annotations

from .align import Alignment, align
from .calendar import CALENDAR, MONTHS, day_words, english_day, month_name
from .compare import Change, compare, record_changes
from .lines import (
    ENGLISH,
    QUOTE_LIMIT,
    EnglishWords,
    HistoryLine,
    Ordinal,
    Param,
    Quoted,
    Words,
    english,
    fill,
    line,
    ordinal,
    quote,
    render,
    shorten,
)
from .messages import HISTORY, MESSAGES
from .timeline import (
    BASELINE_ORIGIN,
    Forgotten,
    ForgottenKind,
    TimelineLine,
    forgotten_entry,
    forgotten_line,
    forgotten_sentence,
    forgotten_timeline,
    render_entry,
    revision_changes,
    timeline_entry,
    timeline_line,
)

__all__ = [
    "BASELINE_ORIGIN",
    "CALENDAR",
    "ENGLISH",
    "HISTORY",
    "MESSAGES",
    "MONTHS",
    "QUOTE_LIMIT",
    "Alignment",
    "Change",
    "EnglishWords",
    "Forgotten",
    "ForgottenKind",
    "HistoryLine",
    "Ordinal",
    "Param",
    "Quoted",
    "TimelineLine",
    "Words",
    "align",
    "compare",
    "day_words",
    "english",
    "english_day",
    "fill",
    "forgotten_entry",
    "forgotten_line",
    "forgotten_sentence",
    "forgotten_timeline",
    "line",
    "month_name",
    "ordinal",
    "quote",
    "record_changes",
    "render",
    "render_entry",
    "revision_changes",
    "shorten",
    "timeline_entry",
    "timeline_line",
]
