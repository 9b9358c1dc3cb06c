"""One pile of sorted value cards as a list model (one instance per pile)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ....domain.values import Pile, Value
from ...words import plan as words

#: The three piles, in the order they are shown and numbered (keys 1, 2, 3).
PILES: tuple[Pile, ...] = (Pile.VERY_IMPORTANT, Pile.IMPORTANT, Pile.LESS_IMPORTANT)

ValueIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def pile_label(pile: Pile) -> str:
    """The words for a pile, as on the sort buttons."""
    return words.pile(pile)


class PileModel(QAbstractListModel):
    """The person's values in one pile, in stored order (ranked first, then the rest).

    In a ``numbered`` pile (the very-important one) a ranked card shows its place
    ("1. Honesty"); cards not ranked yet show their name only.
    """

    def __init__(self, pile: Pile, *, numbered: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.pile = pile
        self._numbered = numbered
        self._values: list[Value] = []

    # Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._values)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._values):
            return None
        value = self._values[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if self._numbered and value.rank is not None:
                return self.tr("{number}. {name}").format(number=index.row() + 1, name=value.name)
            return value.name
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return value.description
        if role == ValueIdRole:
            return value.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # Ours

    def set_values(self, values: list[Value]) -> bool:
        """Show ``values``; returns True when rows came or went (selections are lost then).

        When the same cards stay in the same order only their text is refreshed, so a
        selection and the keyboard position survive an autosave.
        """
        if [v.id for v in values] == [v.id for v in self._values]:
            self._values = list(values)
            if values:
                last = self.index(len(values) - 1, 0)
                self.dataChanged.emit(self.index(0, 0), last)
            return False
        self.beginResetModel()
        self._values = list(values)
        self.endResetModel()
        return True

    def clear(self) -> None:
        self.beginResetModel()
        self._values = []
        self.endResetModel()

    def values(self) -> list[Value]:
        return list(self._values)

    def value_at(self, row: int) -> Value | None:
        return self._values[row] if 0 <= row < len(self._values) else None

    def row_of(self, value_id: int | None) -> int:
        for row, value in enumerate(self._values):
            if value.id == value_id:
                return row
        return -1
