"""The history section: the timeline, the plan on a date, two dates compared, forgetting.

Embedded in the review screen as "How the plan has changed". It reads through
``service.vault.history`` and never writes the plan; forgetting runs off the GUI thread
(:mod:`.forget`). It reloads when the plan changes and holds nothing once ``clear()``ed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.changes import Changes
from ....services.vault_service import VaultService
from ...widgets.flow_layout import FlowLayout
from .compare import ComparePane
from .dates import date_field, from_qdate, to_qdate
from .forget import Forgetter
from .plan_view import EARLIEST, PlanOnDatePane
from .timeline_model import PAGE, TimelineModel


class HistoryView(QWidget):
    """How the plan has changed. Call ``load()`` when shown, ``clear()`` on lock.

    Signals: ``history_forgotten()`` after something was forgotten (other views that show
    history may want to read again).
    """

    history_forgotten = Signal()

    def __init__(
        self, service: VaultService, parent: QWidget | None = None, page_size: int = PAGE
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._loaded = False
        self._reload_waiting = False

        intro = QLabel(
            self.tr(
                "Every change to your plan is kept here, so you can look back at how it grew. "
                "You can forget any part of this history for good."
            )
        )
        intro.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Plan history"))
        self.tabs.addTab(self._timeline_page(page_size), self.tr("&Timeline"))
        self.plan_pane = PlanOnDatePane(service)
        self.tabs.addTab(self.plan_pane, self.tr("The plan on a &date"))
        self.compare_pane = ComparePane(service)
        self.tabs.addTab(self.compare_pane, self.tr("Compare two d&ates"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

        self.forgetter = Forgetter(service, self)
        self.forgetter.started.connect(self._forgetting_started)
        self.forgetter.finished.connect(self._forgetting_finished)
        service.changed.connect(self._changed)
        service.locked.connect(self.clear)

    def _timeline_page(self, page_size: int) -> QWidget:
        page = QWidget()
        self.timeline_model = TimelineModel(self.service, page_size, self)
        self.timeline = QListView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setWordWrap(True)
        self.timeline.setUniformItemSizes(False)
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setAccessibleName(self.tr("Changes to the plan, newest first"))
        self.timeline.setAccessibleDescription(
            self.tr("Choose a change and press Delete to forget it.")
        )
        label = QLabel(self.tr("Changes to the plan, &newest first"))
        label.setBuddy(self.timeline)

        self.forget_one = QPushButton(self.tr("Forget this &change…"))
        self.forget_one.setAccessibleName(self.tr("Forget this change"))
        self.forget_one.setAccessibleDescription(
            self.tr("Removes the chosen change from the history for good, after asking.")
        )
        self.forget_one.setEnabled(False)
        forget_action = QAction(self.tr("Forget this change…"), self.timeline)
        forget_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        forget_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        forget_action.triggered.connect(self.ask_forget_selected)
        self.timeline.addAction(forget_action)

        self.before_day = date_field(
            self.tr("Forget everything before this day"),
            self.tr("Changes made before this day can be forgotten for good, after asking."),
        )
        before_label = QLabel(self.tr("Forget everything &before"))
        before_label.setBuddy(self.before_day)
        self.forget_before = QPushButton(self.tr("Forget&…"))
        self.forget_before.setAccessibleName(self.tr("Forget everything before the chosen day"))

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Forgetting"))
        self.busy_bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("How forgetting went"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        # Two groups that wrap onto a second line when the text is large or the words
        # long (Spanish), instead of making the window wider than the screen.
        before = QWidget()
        before_row = QHBoxLayout(before)
        before_row.setContentsMargins(0, 0, 0, 0)
        before_row.addWidget(before_label)
        before_row.addWidget(self.before_day)
        before_row.addWidget(self.forget_before)
        actions = FlowLayout()
        actions.addWidget(self.forget_one)
        actions.addWidget(before)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(actions)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)

        self.forget_one.clicked.connect(self.ask_forget_selected)
        self.forget_before.clicked.connect(self.ask_forget_before)
        self.timeline.selectionModel().selectionChanged.connect(self._selection_changed)
        self.timeline_model.modelReset.connect(self._selection_changed)
        return page

    # Loading and forgetting what was shown

    def load(self) -> None:
        """Read the first page of the timeline, the date bounds, and the plan on the day."""
        if not self.service.is_unlocked:
            return
        if self.forgetter.busy:  # the vault file is being rewritten: read when it is done
            self._reload_waiting = True
            return
        history = self.service.vault.history
        starts, today = history.history_starts(), self.service.vault.today()
        self.timeline_model.reload()
        self.before_day.setDateRange(to_qdate(starts) if starts else EARLIEST, to_qdate(today))
        if not self._loaded:
            self.before_day.setDate(to_qdate(today))
        self.plan_pane.set_range(starts, today)
        self.plan_pane.show_day()
        self.compare_pane.set_range(starts, today)
        self._loaded = True
        self._selection_changed()

    def clear(self) -> None:
        """Forget everything personal: rows, the plan text, comparisons, messages, dates."""
        self._loaded = False
        self._reload_waiting = False
        self.forgetter.close_box()
        self.timeline_model.clear()
        self.plan_pane.clear()
        self.compare_pane.clear()
        self.status.clear()
        self.before_day.setDateRange(EARLIEST, QDate.currentDate())
        self.before_day.setDate(QDate.currentDate())
        self._selection_changed()

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.plan:
            self._reload_if_loaded()

    def _reload_if_loaded(self) -> None:
        if self._loaded:
            self.load()

    # Forgetting

    def selected_row(self) -> int:
        rows = self.timeline.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        index = self.timeline_model.index(row, 0)
        self.timeline.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def ask_forget_selected(self) -> None:
        row = self.selected_row()
        revision_id = self.timeline_model.revision_id(row)
        if revision_id is None or self.forgetter.busy:
            return
        self.forgetter.ask_forget_revision(revision_id, self.timeline_model.text(row))

    def ask_forget_before(self) -> None:
        if self.forgetter.busy or not self._loaded:
            return
        self.forgetter.ask_forget_before(from_qdate(self.before_day.date()))

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.timeline_model.revision_id(self.selected_row()) is not None
        self.forget_one.setEnabled(chosen and not self.forgetter.busy)
        self.forget_before.setEnabled(self._loaded and not self.forgetter.busy)

    def _forgetting_started(self) -> None:
        self.status.setText(
            self.tr(
                "Forgetting… The vault file is being rewritten so nothing of it is left. "
                "This can take a moment."
            )
        )
        self.busy_bar.show()
        self.timeline.setEnabled(False)
        self.before_day.setEnabled(False)
        self._selection_changed()

    def _forgetting_finished(self, message: str) -> None:
        self.busy_bar.hide()
        self.timeline.setEnabled(True)
        self.before_day.setEnabled(True)
        if not self._loaded and not self._reload_waiting:  # locked meanwhile
            self._selection_changed()
            return
        self._reload_waiting = False
        self.status.setText(message)
        self.load()
        self.history_forgotten.emit()
        self.timeline.setFocus()
