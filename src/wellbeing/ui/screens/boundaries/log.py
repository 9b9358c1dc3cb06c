"""“Log how it went”: outcome, day and a note, the kind monthly count, and the recent log.

Logging is progress data, not a plan change: it saves at once as ``Kind.BOUNDARY_LOG``
and follows every boundary-log change (its own too: the list is read back from the
vault after each), so entries made elsewhere show up as well.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.boundaries import BoundaryEvent, Outcome
from ....domain.changes import Changes, Kind
from ....services.vault_service import VaultService
from ...widgets.fields import day_format
from .labels import OUTCOME_ORDER, month_summary, outcome_label
from .models import EventsModel

#: What a cleared date field shows: no one's date.
_NEUTRAL_DATE = QDate(2000, 1, 1)


class _LogView(QListView):
    """Room for a few entries in the current font (so 200 % text fits)."""

    def sizeHint(self) -> QSize:
        line = 2 * self.fontMetrics().lineSpacing() + 6
        return QSize(super().sizeHint().width(), 4 * line + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class LogPanel(QWidget):
    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._boundary_id: int | None = None
        self._removed: BoundaryEvent | None = None

        self.waiting_label = QLabel(
            self.tr("Once the boundary has a few words, you can log how it went here.")
        )
        self.waiting_label.setWordWrap(True)

        self.outcome = QComboBox()
        for outcome in OUTCOME_ORDER:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.outcome.setAccessibleName(self.tr("How it went"))
        self.outcome.setAccessibleDescription(self.tr("Held, crossed or renegotiated."))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(day_format())
        self.day.setAccessibleName(self.tr("Day"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A few words, if you like"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.tr("Optional. Enter logs it."))
        self.note.returnPressed.connect(self.log)
        self.log_button = QPushButton(self.tr("Log it"))
        self.log_button.setAccessibleName(self.tr("Log how it went"))
        self.log_button.clicked.connect(self.log)

        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for column, (text, field) in enumerate(
            ((self.tr("&How it went"), self.outcome), (self.tr("&Day"), self.day))
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addWidget(label, 0, column)
            form.addWidget(field, 1, column)
        form.setColumnStretch(2, 1)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        form.addWidget(note_label, 2, 0, 1, 3)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.log_button)
        form.addLayout(note_row, 3, 0, 1, 3)
        self.entry = QWidget()
        self.entry.setLayout(form)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("This month"))
        self.model = EventsModel(self)
        self.view = _LogView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Recent log"))
        self.view.setAccessibleDescription(
            self.tr("Newest first. Delete removes a mistaken entry.")
        )
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        log_label = QLabel(self.tr("&Recent log"))
        log_label.setBuddy(self.view)
        self.remove_button = QPushButton(self.tr("Remove this entry"))
        self.remove_button.setAccessibleName(self.tr("Remove this entry"))
        self.remove_button.setAccessibleDescription(self.tr("For an entry made by mistake."))
        self.remove_button.clicked.connect(self.remove_current)
        self.undo_button = QPushButton(self.tr("Bring the entry back"))
        self.undo_button.setAccessibleName(self.tr("Bring the removed entry back"))
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.entry)
        layout.addWidget(self.summary)
        layout.addWidget(log_label)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._log_parts = (self.summary, log_label, self.view, self.remove_button)

        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        service.changed.connect(self._changed)
        self.set_boundary(None)

    # Used by the boundary editor

    def set_boundary(self, boundary_id: int | None) -> None:
        self._boundary_id = boundary_id
        self._removed = None
        self.undo_button.hide()
        self.note.setText("")  # setText, unlike clear(), leaves no undo history
        self.outcome.setCurrentIndex(0)
        if boundary_id is not None and self.service.is_unlocked:
            today = QDate(self.service.vault.today())
            self.day.setMaximumDate(today)
            self.day.setDate(today)
        self.waiting_label.setVisible(boundary_id is None)
        self.entry.setVisible(boundary_id is not None)
        for part in self._log_parts:
            part.setVisible(boundary_id is not None)
        self._reload()

    def clear(self) -> None:
        self._boundary_id = None
        self._removed = None
        self.note.setText("")  # setText, unlike clear(), leaves no undo history
        self.day.clearMaximumDate()
        self.day.setDate(_NEUTRAL_DATE)
        self.model.clear()
        self.summary.clear()
        self.set_boundary(None)

    # What the person does

    def log(self) -> None:
        if self._boundary_id is None:
            return
        event = BoundaryEvent(
            None,
            self._boundary_id,
            self.day.date().toPython(),
            Outcome(self.outcome.currentData()),
            self.note.text().strip(),
        )
        saved = self.service.write(
            lambda v: v.boundaries.log_event(event), changes=Kind.BOUNDARY_LOG, initiator=self
        )
        if saved is not None:
            self.note.setText("")  # setText, unlike clear(), leaves no undo history
            self._removed = None
            self.undo_button.hide()

    def remove_current(self) -> None:
        event = self.model.event_at(self.view.currentIndex().row())
        if event is None or event.id is None:
            return
        row = self.view.currentIndex().row()
        event_id = event.id
        done = self.service.write(
            lambda v: (v.boundaries.delete_event(event_id), True)[1],
            changes=Kind.BOUNDARY_LOG,
            initiator=self,
        )
        if done:
            self._removed = event
            self.undo_button.show()
            if self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
            else:
                self.undo_button.setFocus()

    def undo_remove(self) -> None:
        if self._removed is None:
            return
        event, self._removed = self._removed, None
        again = BoundaryEvent(None, event.boundary_id, event.on, event.outcome, event.note)
        saved = self.service.write(
            lambda v: v.boundaries.log_event(again), changes=Kind.BOUNDARY_LOG, initiator=self
        )
        self.undo_button.hide()
        if saved is not None:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(saved.id), 0))
            self.view.setFocus()

    # Inside

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Kind.BOUNDARY_LOG):
            self._reload()

    def _reload(self) -> None:
        if self._boundary_id is None or not self.service.is_unlocked:
            self.model.clear()
            self.summary.clear()
            return
        boundaries = self.service.vault.boundaries
        current = self.model.event_at(self.view.currentIndex().row())
        self.model.set_events(boundaries.events(self._boundary_id))
        today: date = self.service.vault.today()
        month = boundaries.events(self._boundary_id, start=today.replace(day=1))
        self.summary.setText(month_summary(month))
        if current is not None and self.model.row_of(current.id) >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(current.id), 0))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.currentIndex().isValid())
