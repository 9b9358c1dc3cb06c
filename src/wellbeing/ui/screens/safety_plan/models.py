"""The items of one safety plan step, as an editable, reorderable list model."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ....domain.errors import ValidationError
from ....domain.safety_plan import SafetyItem, Step

AnyIndex = QModelIndex | QPersistentModelIndex

#: The whole ``SafetyItem`` of a row.
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class SectionModel(QAbstractListModel):
    """The items of one step, in the person's order.

    Emits ``items_changed`` after every change the person makes (add, words, details,
    order, removal); ``set_items`` (filling from the vault) stays quiet and calm: the
    same number of items only announces the rows that changed, so a selection stays put.
    """

    items_changed = Signal()

    def __init__(self, step: Step, parent: Any = None) -> None:
        super().__init__(parent)
        self.step = step
        self._items: list[SafetyItem] = []

    # Qt model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One column; callable without a parent like any other model's."""
        return 0 if parent.isValid() else 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.step.has_contacts and item.reach.strip():
                return f"{item.text}\n{item.reach.strip()}"
            return item.text
        if role == Qt.ItemDataRole.EditRole:
            return item.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if self.step.has_contacts and item.reach.strip():
                return f"{item.text}, {item.reach.strip()}"
            return item.text
        if role == ITEM_ROLE:
            return item
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rewording in place (F2). An emptied item keeps its words: Remove takes it away."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._items):
            return False
        text = str(value).strip()
        item = self._items[index.row()]
        if not text or text == item.text:
            return False
        try:
            new = replace(item, text=text)
        except ValidationError:
            return False
        return self.replace(index.row(), new)

    # Ours

    def set_items(self, items: Iterable[SafetyItem]) -> None:
        items = list(items)
        if len(items) == len(self._items):
            changed = [
                row for row, (a, b) in enumerate(zip(self._items, items, strict=True)) if a != b
            ]
            self._items = items
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def items(self) -> tuple[SafetyItem, ...]:
        return tuple(self._items)

    def item(self, row: int) -> SafetyItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def add(self, item: SafetyItem, row: int | None = None) -> int:
        """Add ``item`` at the end (or at ``row``); returns its row."""
        row = len(self._items) if row is None else max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        self.items_changed.emit()
        return row

    def replace(self, row: int, item: SafetyItem) -> bool:
        if not 0 <= row < len(self._items):
            return False
        if self._items[row] == item:
            return True
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
        self.items_changed.emit()
        return True

    def remove(self, row: int) -> SafetyItem | None:
        if not 0 <= row < len(self._items):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._items.pop(row)
        self.endRemoveRows()
        self.items_changed.emit()
        return item

    def move(self, row: int, delta: int) -> int:
        """Move an item up (-1) or down (+1); returns its new row (unchanged at the ends)."""
        target = row + delta
        if not 0 <= row < len(self._items) or not 0 <= target < len(self._items):
            return row
        # Qt counts the destination before the move: moving down means "before target+1".
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        self.items_changed.emit()
        return target

    def clear(self) -> None:
        self.beginResetModel()
        self._items = []
        self.endResetModel()
