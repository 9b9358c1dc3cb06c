"""Linked values: a checkable list of the person's own values, for goals, boundaries and
routines.

The list shows the values from ``vault.values.list()``. A value that was moved to the
archive but is still linked stays visible (marked "in the archive") so the link can be
seen and undone; it is never dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from ...domain.values import Value

AnyIndex = QModelIndex | QPersistentModelIndex


class ValueLinksModel(QAbstractListModel):
    """Values with a check box each; ``checked_ids()`` keeps the order links were made."""

    checks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Value] = []
        self._archived: dict[int, Value] = {}
        self._rows: list[Value] = []
        self._checked: list[int] = []

    # Qt model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One column; callable without a parent like any other model's."""
        return 0 if parent.isValid() else 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if value.id in self._archived:
                return QCoreApplication.translate("ValueLinks", "{name} (in the archive)").format(
                    name=value.name
                )
            return value.name
        if role == Qt.ItemDataRole.CheckStateRole:
            linked = value.id in self._checked
            return Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        value_id = self._rows[index.row()].id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked and value_id not in self._checked:
            self._checked.append(value_id)  # type: ignore[arg-type]
        elif not checked and value_id in self._checked:
            self._checked.remove(value_id)  # type: ignore[arg-type]
        else:
            return True
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True

    # Ours

    def set_values(self, values: Sequence[Value], archived: Iterable[Value] = ()) -> None:
        self._values = [v for v in values if v.id is not None]
        self._archived = {v.id: v for v in archived if v.id is not None}
        self._rebuild()

    def set_checked_ids(self, ids: Iterable[int]) -> None:
        self._checked = list(dict.fromkeys(ids))
        self._rebuild()

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(self._checked)

    def clear(self) -> None:
        self.beginResetModel()
        self._values, self._archived, self._rows, self._checked = [], {}, [], []
        self.endResetModel()

    def _rebuild(self) -> None:
        current = {v.id for v in self._values}
        extra = [
            self._archived[i] for i in self._checked if i not in current and i in self._archived
        ]
        self.beginResetModel()
        self._rows = [*self._values, *extra]
        self.endResetModel()


class _ValueListView(QListView):
    """A list that asks for room for a few rows in the current font (so 200 % fits)."""

    def sizeHint(self) -> QSize:
        rows = min(max(self.model().rowCount(), 3), 6) if self.model() else 3
        line = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4) if rows else 0
        frame = 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), rows * line + frame + 4)

    def minimumSizeHint(self) -> QSize:
        # Inside a scroll area the editor gets its minimum size: ask for the full hint.
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class ValueLinks(QWidget):
    """Pick the values something serves. Emits ``changed`` when the person (un)links one.

    ``load(vault)`` reads the current values; ``set_checked_ids`` / ``checked_ids`` carry
    the links of the record being edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ValueLinksModel(self)
        self.view = _ValueListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Values this serves"))
        self.view.setAccessibleDescription(
            self.tr("Your values. Space links or unlinks the one you are on.")
        )
        self.empty_label = QLabel(
            self.tr("No values yet. The values you add on the Values screen appear here.")
        )
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_label)
        self.setFocusProxy(self.view)
        self.model.checks_changed.connect(self.changed)
        self.model.modelReset.connect(self._update_empty)
        self._update_empty()

    def load(self, vault: Any) -> None:
        """Read the person's values; keeps the current links."""
        self.model.set_values(vault.values.list(), vault.values.list(archived=True))

    def set_values(self, values: Sequence[Value], archived: Iterable[Value] = ()) -> None:
        self.model.set_values(values, archived)

    def set_checked_ids(self, ids: Iterable[int]) -> None:
        self.model.set_checked_ids(ids)

    def checked_ids(self) -> tuple[int, ...]:
        return self.model.checked_ids()

    def clear(self) -> None:
        self.model.clear()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.view.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.view.updateGeometry()
