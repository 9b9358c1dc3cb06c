"""How the review says numbers in words: kind, plain, never a verdict."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ....domain.review import BoundaryCounts, CheckInCounts
from ...words import dates


def tr(text: str) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text)


def times(n: int) -> str:
    if n == 0:
        return tr("not at all")
    if n == 1:
        return tr("once")
    if n == 2:
        return tr("twice")
    return tr("{n} times").format(n=n)


def day_words(day: date) -> str:
    """“4 November 2026”, in the interface's language (“4 de noviembre de 2026”)."""
    return dates.day_words(day)


def short_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("d MMM yyyy"))


def routine_sentence(name: str, counts: CheckInCounts) -> str:
    """“Evening walk”: done 18 times, skipped 3 times. Only what happened is named."""
    if not counts.total:
        return tr("“{name}”: nothing noted in this period.").format(name=name)
    parts = []
    if counts.done:
        parts.append(tr("done {n}").format(n=times(counts.done)))
    if counts.skipped:
        parts.append(tr("skipped {n}").format(n=times(counts.skipped)))
    if counts.not_needed:
        parts.append(tr("not needed {n}").format(n=times(counts.not_needed)))
    return tr("“{name}”: {parts}.").format(name=name, parts=", ".join(parts))


def boundary_sentence(statement: str, counts: BoundaryCounts) -> str:
    """Neutral words: none of held, crossed or renegotiated is a failure."""
    if not counts.total:
        return tr("“{text}”: nothing noted in this period.").format(text=statement)
    parts = []
    if counts.held:
        parts.append(tr("held {n}").format(n=times(counts.held)))
    if counts.crossed:
        parts.append(tr("crossed {n}").format(n=times(counts.crossed)))
    if counts.renegotiated:
        parts.append(tr("renegotiated {n}").format(n=times(counts.renegotiated)))
    return tr("“{text}”: {parts}.").format(text=statement, parts=", ".join(parts))


def percent(value: float) -> str:
    return tr("{n} %").format(n=max(0, min(100, round(value * 100))))


def mood_number(value: float) -> str:
    return f"{value:.1f}"
