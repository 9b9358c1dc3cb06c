"""The steps of one goal, as a checkable, editable, reorderable list."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ....domain.errors import ValidationError
from ....domain.goals import GoalStep

AnyIndex = QModelIndex | QPersistentModelIndex


class StepsModel(QAbstractListModel):
    """Steps of the goal being edited. Checking a step dates it with ``today()``.

    Emits ``steps_changed`` after every change the person makes (text, done, order).
    """

    steps_changed = Signal()

    def __init__(self, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._steps: list[GoalStep] = []

    # Qt model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One column; callable without a parent like any other model's."""
        return 0 if parent.isValid() else 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return step.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return False
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if not text or text == step.text:
                return False  # an emptied step keeps its words; "Remove" takes it away
            try:
                new = replace(step, text=text)
            except ValidationError:
                return False
        elif role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done == step.done:
                return True
            new = replace(step, done=done, done_on=self._today() if done else None)
        else:
            return False
        self._steps[index.row()] = new
        self.dataChanged.emit(index, index)
        self.steps_changed.emit()
        return True

    # Ours

    def set_steps(self, steps: Iterable[GoalStep]) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.endResetModel()

    def steps(self) -> tuple[GoalStep, ...]:
        return tuple(self._steps)

    def add(self, text: str, row: int | None = None, step: GoalStep | None = None) -> int:
        """Add a step (at the end, or at ``row``); returns its row, or -1 if refused."""
        if step is None:
            try:
                step = GoalStep(text=text.strip())
            except ValidationError:
                return -1
        row = len(self._steps) if row is None else max(0, min(row, len(self._steps)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._steps.insert(row, step)
        self.endInsertRows()
        self.steps_changed.emit()
        return row

    def remove(self, row: int) -> GoalStep | None:
        if not 0 <= row < len(self._steps):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        step = self._steps.pop(row)
        self.endRemoveRows()
        self.steps_changed.emit()
        return step

    def move(self, row: int, delta: int) -> int:
        """Move a step up (-1) or down (+1); returns its new row (unchanged at the ends)."""
        target = row + delta
        if not 0 <= row < len(self._steps) or not 0 <= target < len(self._steps):
            return row
        # Qt counts the destination before the move: moving down means "before target+1".
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._steps.insert(target, self._steps.pop(row))
        self.endMoveRows()
        self.steps_changed.emit()
        return target

    def clear(self) -> None:
        self.set_steps([])
