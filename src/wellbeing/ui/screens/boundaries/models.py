"""The log of how one boundary went, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ....domain.boundaries import BoundaryEvent
from .labels import outcome_label

AnyIndex = QModelIndex | QPersistentModelIndex
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1


def event_line(event: BoundaryEvent) -> str:
    day = QLocale().toString(QDate(event.on), QLocale.FormatType.LongFormat)
    line = f"{day} · {outcome_label(event.outcome)}"
    note = " ".join(event.note.split())
    return f"{line}\n{note}" if note else line


class EventsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[BoundaryEvent] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One column; callable without a parent like any other model's."""
        return 0 if parent.isValid() else 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return event_line(event)
        if role == EVENT_ROLE:
            return event
        return None

    def set_events(self, events: Iterable[BoundaryEvent]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> BoundaryEvent | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def row_of(self, event_id: int | None) -> int:
        return next((i for i, e in enumerate(self._events) if e.id == event_id), -1)

    def clear(self) -> None:
        self.set_events([])
