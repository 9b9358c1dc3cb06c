"""A list of plan records (goals, boundaries, routines…) and the pane that shows it.

``RecordListModel`` holds frozen records and shows each through a display function.
``RecordListPane`` is the left side of a list + editor screen: a "New…" button, the
list, "Move to archive", and a quiet "Moved to the archive — Undo" bar. The pane only
reports what the person asked for; the screen does the saving.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex

#: Data roles beyond Qt's own.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class RecordListModel(QAbstractListModel):
    """Frozen records (anything with an ``id``), shown by ``display(record) -> str``.

    ``set_records`` keeps views calm: when the same records come back in the same order
    it only announces changed rows, so the selection and scroll position stay put.
    """

    def __init__(self, display: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._display = display
        self._records: list[Any] = []

    # Qt model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One column; callable without a parent like any other model's."""
        return 0 if parent.isValid() else 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(record)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return record.id
        return None

    # Ours

    def set_records(self, records: Sequence[Any]) -> None:
        records = list(records)
        if [r.id for r in records] == [r.id for r in self._records]:
            pairs = zip(self._records, records, strict=True)
            changed = [row for row, (old, new) in enumerate(pairs) if old != new]
            self._records = records
            for row in changed:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
            return
        self.beginResetModel()
        self._records = records
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int | None) -> int:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return -1

    def clear(self) -> None:
        self.beginResetModel()
        self._records = []
        self.endResetModel()


class RecordListPane(QWidget):
    """New button, list of records, archive button and an Undo bar.

    Signals: ``current_changed(object)`` (the chosen record's id, or None),
    ``new_requested()``, ``archive_requested(int)``, ``undo_requested(int)``,
    ``delete_requested(int)`` (the one just archived, to delete for good).
    """

    current_changed = Signal(object)
    new_requested = Signal()
    archive_requested = Signal(int)
    undo_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(
        self,
        model: RecordListModel,
        *,
        new_text: str,
        list_name: str,
        empty_text: str,
        archived_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._archived_id: int | None = None
        self._quiet = 0

        self.new_button = QPushButton(new_text)
        self.new_button.setAccessibleName(new_text)
        self.new_button.setAccessibleDescription(self.tr("Shortcut: Ctrl+N"))

        self.view = QListView()
        self.view.setModel(model)
        self.view.setAccessibleName(list_name)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(2)
        self.view.selectionModel().currentChanged.connect(self._on_current)

        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body = QStackedWidget()  # the list, or a kind word when there is nothing yet
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty_label)

        self.archive_button = QPushButton(self.tr("Move to archive"))
        self.archive_button.setAccessibleName(self.tr("Move to archive"))
        self.archive_button.setAccessibleDescription(
            self.tr("Moves the chosen one to the archive. You can undo it. Shortcut: Delete")
        )
        self.archive_button.clicked.connect(self._archive_current)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._archive_current)

        self.undo_label = QLabel(archived_text)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo moving to the archive"))
        self.undo_button.clicked.connect(self._undo)
        self._archived_text = archived_text
        self.delete_button = QPushButton(self.tr("Delete for good…"))
        self.delete_button.setAccessibleName(self.tr("Delete for good"))
        self.delete_button.setAccessibleDescription(
            self.tr("Removes the one just moved to the archive, with its history. Asks first.")
        )
        self.delete_button.clicked.connect(self._delete)
        self.undo_bar = QWidget()
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.delete_button)
        self.undo_bar.hide()

        self.new_button.clicked.connect(self.new_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.archive_button)
        layout.addWidget(self.undo_bar)
        self._update_state()

    def minimumSizeHint(self) -> QSize:
        """Room for a short title and the Undo bar in the current font (200 % too)."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), 18 * self.fontMetrics().averageCharWidth()), hint.height())

    # What the screen calls

    def set_records(self, records: Sequence[Any], select_id: int | None) -> None:
        """Show ``records`` and make ``select_id`` current, without announcing it."""
        self._quiet += 1
        try:
            self.model.set_records(records)
            self._select_row(self.model.row_of(select_id))
        finally:
            self._quiet -= 1
        self._update_state()

    def select_id(self, record_id: int | None) -> None:
        """Make ``record_id`` current and announce it (as if the person chose it)."""
        self._select_row(self.model.row_of(record_id))

    def current_id(self) -> int | None:
        record = self.model.record(self.view.currentIndex().row())
        return None if record is None else record.id

    def show_undo(self, record_id: int) -> None:
        self._archived_id = record_id
        self.undo_label.setText(self._archived_text)
        self.undo_button.show()
        self.delete_button.show()
        self.undo_bar.show()

    def show_deleted(self, record_id: int, message: str) -> None:
        """Say how deleting ``record_id`` for good went; nothing is left to undo."""
        if self._archived_id == record_id:
            self._archived_id = None
            self.undo_button.hide()
            self.delete_button.hide()
        self.undo_label.setText(message)
        self.undo_bar.show()

    def hide_undo(self) -> None:
        self._archived_id = None
        self.undo_bar.hide()

    def clear(self) -> None:
        self._quiet += 1
        try:
            self.model.clear()
        finally:
            self._quiet -= 1
        self.hide_undo()
        self._update_state()

    # Inside

    def _select_row(self, row: int) -> None:
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_state()
        if self._quiet:
            return
        record = self.model.record(current.row()) if current.isValid() else None
        self.current_changed.emit(None if record is None else record.id)

    def _archive_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.archive_requested.emit(record_id)

    def _delete(self) -> None:
        if self._archived_id is not None:
            self.delete_requested.emit(self._archived_id)

    def _undo(self) -> None:
        if self._archived_id is not None:
            record_id, self._archived_id = self._archived_id, None
            self.undo_bar.hide()
            self.undo_requested.emit(record_id)

    def _update_state(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.body.setCurrentWidget(self.view if has_rows else self.empty_label)
        self.archive_button.setEnabled(self.current_id() is not None)
