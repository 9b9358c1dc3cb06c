"""Neutral words for a boundary's status and how it went, and the kind monthly count."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ....domain.boundaries import Boundary, BoundaryEvent, BoundaryStatus, Outcome
from ...words import plan as words

STATUS_ORDER = (BoundaryStatus.ACTIVE, BoundaryStatus.PAUSED, BoundaryStatus.LET_GO)
OUTCOME_ORDER = (Outcome.HELD, Outcome.CROSSED, Outcome.RENEGOTIATED)
#: The list line shows this much of a long statement.
_SHORT = 90


def _tr(text: str) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text)


def status_label(status: BoundaryStatus) -> str:
    return words.record_status(status)


def outcome_label(outcome: Outcome) -> str:
    return words.outcome(outcome)


def context_suggestions() -> list[str]:
    """Suggestions only: the field takes any words."""
    return [
        _tr("work"),
        _tr("home"),
        _tr("a relationship"),
        _tr("family"),
        _tr("friends"),
        _tr("online"),
    ]


def sort_boundaries(boundaries: list[Boundary]) -> list[Boundary]:
    return sorted(boundaries, key=lambda b: (STATUS_ORDER.index(b.status), b.id or 0))


def boundary_line(boundary: Boundary) -> str:
    """Two lines for the list: the start of the statement, then status and where."""
    statement = " ".join(boundary.statement.split())
    if len(statement) > _SHORT:
        statement = statement[: _SHORT - 1].rstrip() + "…"
    detail = status_label(boundary.status)
    if boundary.context.strip():
        detail = _tr("{status} · {context}").format(status=detail, context=boundary.context.strip())
    return f"{statement}\n{detail}"


def _times(outcome: Outcome, count: int) -> str:
    if count == 1:
        return {
            Outcome.HELD: _tr("held once"),
            Outcome.CROSSED: _tr("crossed once"),
            Outcome.RENEGOTIATED: _tr("renegotiated once"),
        }[outcome]
    if count == 2:
        return {
            Outcome.HELD: _tr("held twice"),
            Outcome.CROSSED: _tr("crossed twice"),
            Outcome.RENEGOTIATED: _tr("renegotiated twice"),
        }[outcome]
    return {
        Outcome.HELD: _tr("held {count} times"),
        Outcome.CROSSED: _tr("crossed {count} times"),
        Outcome.RENEGOTIATED: _tr("renegotiated {count} times"),
    }[outcome].format(count=count)


def month_summary(events: Iterable[BoundaryEvent]) -> str:
    """Counts, never a verdict: "Held 5 times, renegotiated once this month."."""
    counts = Counter(event.outcome for event in events)
    parts = [_times(outcome, counts[outcome]) for outcome in OUTCOME_ORDER if counts[outcome]]
    if not parts:
        return _tr("Nothing logged this month yet.")
    text = _tr("{counts} this month.").format(counts=", ".join(parts))
    return text[:1].upper() + text[1:]
