"""Routines: the list with each routine's strength, its editor, and its check-in history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.changes import Changes, Kind
from ....domain.routines import CheckIn, Routine, Schedule
from ....services.vault_service import VaultService
from ....vault.vault import Vault
from ...widgets.autosave import Autosave
from ..base import Screen
from .editor import RoutineEditor
from .list_model import RoutineDelegate, RoutineListModel, RoutineRow
from .progress import RoutineProgress
from .strength import percent, shown_strength
from .texts import next_status


class RoutinesScreen(Screen):
    """Routines, their schedules and strength, and twelve weeks of check-ins.

    Writes go through ``service.write`` (``Kind.ROUTINE`` or ``Kind.CHECK_INS``, with
    ``initiator=self``); the screen follows the service's ``changed`` to stay in step
    with other screens, and skips its own changes: it updates itself after each write, in
    step, so a check-in never rebuilds the grid in the middle of a click.
    """

    key = "routines"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._reloading = False
        self._current_id: int | None = None
        self._archived_id: int | None = None
        self.autosave = Autosave(self._save, self)

        # The list
        self.new_button = QPushButton(self.tr("New routine"))
        self.new_button.setAccessibleName(self.tr("New routine"))
        self.new_button.setAccessibleDescription(self.tr("Adds a routine (Ctrl+N)."))
        self.new_button.clicked.connect(self.new_routine)
        self.model = RoutineListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(RoutineDelegate(self.list))
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setAccessibleDescription(
            self.tr("Active routines first, then paused ones, then those you let go.")
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        list_label = QLabel(self.tr("&Your routines"))
        list_label.setBuddy(self.list)

        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo moving to the archive"))
        self.undo_button.clicked.connect(self.undo_archive)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.undo_bar)

        # The routine
        self.editor = RoutineEditor()
        self.editor.edited.connect(self.autosave.touch)

        self.progress = RoutineProgress()
        self.progress.cycle_requested.connect(self._cycle)
        # Short names for what tests and screenshots look at.
        self.strength = self.progress.strength
        self.history = self.progress.view
        self.history_model = self.progress.model
        self.day_status = self.progress.day_status

        self.archive_button = QPushButton(self.tr("&Move to archive"))
        self.archive_button.setAccessibleName(self.tr("Move this routine to the archive"))
        self.archive_button.setAccessibleDescription(
            self.tr("You can undo this right after, and restore it from the archive later.")
        )
        self.archive_button.clicked.connect(self.archive_current)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.editor)
        detail_layout.addSpacing(self.fontMetrics().height())
        detail_layout.addWidget(self.progress)
        detail_layout.addSpacing(self.fontMetrics().height())
        detail_layout.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignLeft)
        detail_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus moves on to the fields
        scroll.setWidget(detail)

        self.empty = QLabel(
            self.tr(
                "No routines yet. A routine is a small thing you do for yourself, like a walk, "
                "a glass of water or a call to a friend. Press “New routine” to add one; it "
                "can be every day, on chosen days, or a few times a week."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setMargin(self.fontMetrics().height() // 2)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleName(self.tr("No routine chosen"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        QWidget.setTabOrder(self.new_button, self.list)
        QWidget.setTabOrder(self.list, self.undo_button)
        QWidget.setTabOrder(self.undo_button, self.editor.name)
        QWidget.setTabOrder(self.editor.value_links.view, self.history)
        QWidget.setTabOrder(self.history, self.archive_button)

        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_routine)
        archive = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        archive.setContext(Qt.ShortcutContext.WidgetShortcut)
        archive.activated.connect(self.archive_current)

        service.changed.connect(self._changed)

    # Screen

    def title(self) -> str:
        return self.tr("Routines")

    def load(self) -> None:
        self.autosave.flush()
        if not self.service.is_unlocked:
            return
        self.editor.value_links.load(self.service.vault)
        self._reload_list()
        if self.model.row_of(self._current_id) < 0:
            first = self.model.routine_at(0)
            self._current_id = first.id if first else None
        self._select(self._current_id)

    def clear(self) -> None:
        self.autosave.cancel()
        self._current_id = self._archived_id = None
        self._reloading = True
        try:
            self.model.clear()
        finally:
            self._reloading = False
        self.progress.clear()
        self.editor.clear()
        self.undo_label.clear()
        self.undo_bar.hide()
        self.stack.setCurrentWidget(self.empty)

    def flush(self) -> None:
        self.autosave.flush()

    # Actions

    def new_routine(self) -> None:
        if not self.service.is_unlocked:
            return
        self.autosave.flush()
        routine = Routine(
            id=None,
            name=self.tr("New routine"),
            schedule=Schedule.daily(),
            started_on=self.service.vault.today(),
        )
        saved = self._write(lambda v: v.routines.add(routine), Kind.ROUTINE)
        if saved is None:
            return
        self._select(saved.id)
        self.editor.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.name.selectAll()

    def archive_current(self) -> None:
        routine_id = self._current_id
        if routine_id is None:
            return
        self.autosave.flush()
        row = self.model.row_of(routine_id)
        done = self._write(lambda v: (v.routines.archive(routine_id), True)[1], Kind.ROUTINE)
        if not done:
            return
        self._archived_id = routine_id
        self.undo_label.setText(self.tr("Moved to the archive."))
        self.undo_bar.show()
        nearby = self.model.routine_at(min(row, self.model.rowCount() - 1))
        self._select(nearby.id if nearby else None)
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_archive(self) -> None:
        routine_id = self._archived_id
        if routine_id is None:
            return
        self.autosave.flush()
        restored = self._write(lambda v: v.routines.restore(routine_id), Kind.ROUTINE)
        if restored is None:
            return
        self._archived_id = None
        self.undo_label.clear()
        self.undo_bar.hide()
        self._select(routine_id)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # Saving

    def _write(self, change: Callable[[Vault], Any], kind: Kind) -> Any:
        result = self.service.write(change, changes=kind, initiator=self)
        self._reload_list()
        self._refresh_progress()
        return result

    def _save(self) -> None:
        if not self.service.is_unlocked:
            return
        routine = self.editor.build()
        if routine is None or routine == self.editor.stored_routine():
            return
        saved = self._write(lambda v: v.routines.update(routine), Kind.ROUTINE)
        if saved is not None:
            self.editor.remember(saved)

    def _cycle(self, index: QModelIndex) -> None:
        routine_id, day = self._current_id, self.history_model.day_at(index)
        if routine_id is None or day is None or not self.history_model.is_editable(index):
            return
        self.autosave.flush()
        status = next_status(self.history_model.status_on(day))
        if status is None:
            self._write(lambda v: v.routines.clear_check_in(routine_id, day), Kind.CHECK_INS)
        else:
            self._write(
                lambda v: v.routines.check_in(CheckIn(routine_id, day, status)), Kind.CHECK_INS
            )

    # Keeping in step

    def _changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not self.service.is_unlocked:
            return  # its own change: already shown, and followed by _write
        if changes.touches(Kind.ROUTINE):
            self.load()
        elif changes.touches(Kind.VALUE):
            self.editor.value_links.load(self.service.vault)
        if changes.touches(Kind.CHECK_INS):
            self._reload_list()
            self._refresh_progress()

    def _reload_list(self) -> None:
        vault = self.service.vault
        rows = [
            RoutineRow(r, percent(shown_strength(vault, r.id)))  # type: ignore[arg-type]
            for r in vault.routines.list()
        ]
        self._reloading = True
        try:
            self.model.set_rows(rows)
            row = self.model.row_of(self._current_id)
            self.list.setCurrentIndex(self.model.index(row) if row >= 0 else QModelIndex())
        finally:
            self._reloading = False

    def _select(self, routine_id: int | None) -> None:
        """Make ``routine_id`` current in the list and show it (None: the empty page)."""
        row = self.model.row_of(routine_id)
        self._reloading = True
        try:
            self.list.setCurrentIndex(self.model.index(row) if row >= 0 else QModelIndex())
        finally:
            self._reloading = False
        routine = self.model.routine_at(row)
        self._current_id = routine.id if routine else None
        if routine is None:
            self.editor.clear()
            self.progress.clear()
            self.stack.setCurrentWidget(self.empty)
            return
        self.editor.show_routine(routine)
        self.stack.setCurrentIndex(1)
        self._refresh_progress()
        self.progress.go_to_today(self.service.vault)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reloading:
            return
        target = self.model.routine_at(current.row())
        self.autosave.flush()
        self._select(target.id if target else None)

    def _refresh_progress(self) -> None:
        if self._current_id is not None and self.service.is_unlocked:
            self.progress.show_routine(self.service.vault, self._current_id)

    def current_routine_id(self) -> int | None:
        return self._current_id

    def shown_day(self, day: date) -> QModelIndex:
        """The history cell of ``day`` (for tests and screenshots)."""
        return self.history_model.index_of(day)
