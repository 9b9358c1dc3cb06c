"""The timeline: one entry per revision, and the marks that forgetting leaves.

An entry is a :class:`TimelineLine` (the day, the first change, how many more, and
whether it was made in session or in a review); :func:`render_entry` says it ("2 March
2026 · Added the goal “Sleep before midnight”.") in the language of a ``Words``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ..revisions import Action, Kind, Revision
from ..safety_plan import SafetyPlan
from .compare import came, name_of, record_changes, safety_plan_changes, went
from .lines import ENGLISH, HistoryLine, Words, fill, line, render

#: The ``origin`` of the revisions that hold the plan as it stood when older history was
#: forgotten (see ``HistoryRepository.forget_before``). They are not changes the person
#: made, so the timeline leaves them out.
BASELINE_ORIGIN = "baseline"


class ForgottenKind(StrEnum):
    BEFORE = "before"
    ONE = "one"


@dataclass(frozen=True)
class Forgotten:
    """The only trace forgetting leaves: that history before a day, or one change, is gone."""

    id: int
    at: datetime
    kind: ForgottenKind
    before: date | None = None


@dataclass(frozen=True)
class TimelineLine:
    """One line of the timeline: on ``day``, ``first`` and ``more`` changes besides."""

    day: date
    first: HistoryLine
    more: int = 0
    in_session: bool = False
    in_review: bool = False


def revision_changes(
    revision: Revision, value_names: Mapping[int, str] | None = None
) -> list[HistoryLine]:
    """All the lines for one revision, by comparing its before and after."""
    kind = revision.kind
    before, after = revision.record_before(), revision.record_after()
    if kind is Kind.SAFETY_PLAN:
        if before is None:
            return [line("safety_plan.added")]
        return safety_plan_changes(before, after or SafetyPlan()) or [line("safety_plan.changed")]
    if before is None and after is not None:
        return [came(kind, after, revision.action is Action.RESTORED)]
    if after is None:
        if before is None:
            return []
        return [went(kind, before)]
    return record_changes(kind, before, after, value_names) or [
        line(f"{kind.value}.changed", name=name_of(after))
    ]


def timeline_line(revision: Revision, value_names: Mapping[int, str] | None = None) -> TimelineLine:
    """The timeline's entry for ``revision``, dated with the local day of the change.

    ``value_names`` (id to name) lets a link to a value name it.
    """
    found = revision_changes(revision, value_names) or [line("plan.changed")]
    return TimelineLine(
        day=revision.at.astimezone().date(),
        first=found[0],
        more=len(found) - 1,
        in_session=revision.origin.startswith("session"),
        in_review=revision.review_id is not None,
    )


def forgotten_line(mark: Forgotten) -> HistoryLine:
    """ "History before 1 March 2026 was forgotten." or "One change was forgotten."."""
    if mark.kind is ForgottenKind.BEFORE and mark.before is not None:
        return line("forgotten.before", date=mark.before)
    return line("forgotten.one")


def forgotten_timeline(mark: Forgotten) -> TimelineLine:
    """The timeline's entry for a forgetting, dated with the day it was done."""
    return TimelineLine(day=mark.at.astimezone().date(), first=forgotten_line(mark))


def render_entry(entry: TimelineLine, words: Words = ENGLISH) -> str:
    """ "2 March 2026 · Paused the goal “Swim” (and one more change; in session)."."""
    sentence = render(entry.first, words)
    notes = []
    if entry.more == 1:
        notes.append(fill("timeline.more_one", words))
    elif entry.more > 1:
        notes.append(fill("timeline.more", words, count=entry.more))
    if entry.in_session:
        notes.append(fill("timeline.in_session", words))
    if entry.in_review:
        notes.append(fill("timeline.in_review", words))
    if notes:
        separator = fill("timeline.notes_separator", words)
        sentence = fill(
            "timeline.notes",
            words,
            sentence=sentence.removesuffix("."),
            notes=separator.join(notes),
        )
    return fill("timeline.entry", words, date=words.day(entry.day), sentence=sentence)


# English, as written: the command line and the tests


def timeline_entry(revision: Revision, value_names: Mapping[int, str] | None = None) -> str:
    """One line for the timeline, in English: "2 March 2026 · Added the goal “Sleep…”."."""
    return render_entry(timeline_line(revision, value_names))


def forgotten_sentence(mark: Forgotten) -> str:
    return render(forgotten_line(mark), ENGLISH)


def forgotten_entry(mark: Forgotten) -> str:
    return render_entry(forgotten_timeline(mark))
