"""How a routine is going: its strength and twelve weeks of check-ins, with a legend."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ....domain.routines import CheckInStatus
from ....vault.vault import Vault
from .history import WEEKS, CheckInHistoryModel, HistoryView
from .strength import percent, shown_strength
from .texts import SYMBOLS


def bold_label(text: str) -> QLabel:
    """A section heading: bold, at the screen's own size (so it grows with the font)."""
    label = QLabel(text)
    font = QFont()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class RoutineProgress(QWidget):
    """Shows one routine's strength and history; the screen does the writing.

    Signals: ``cycle_requested(QModelIndex)``: a past day was clicked or had Space
    pressed on it, and should move on to its next state.
    """

    cycle_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strength = QProgressBar()
        self.strength.setRange(0, 100)
        self.strength.setFormat(self.tr("%p %"))
        self.strength.setAccessibleName(self.tr("Strength"))
        self.strength.setAccessibleDescription(
            self.tr("How well the routine has taken root, from 0 to 100 %.")
        )
        strength_text = QLabel(
            self.tr(
                "Strength grows a little with each day done, and rests on skipped, not needed "
                "and paused days. Today only counts once you check in."
            )
        )
        strength_text.setWordWrap(True)
        strength_label = QLabel(self.tr("S&trength"))
        strength_label.setBuddy(self.strength)

        self.model = CheckInHistoryModel(self)
        self.view = HistoryView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Check-ins, last {weeks} weeks").format(weeks=WEEKS))
        self.view.setAccessibleDescription(
            self.tr(
                "One row a week, one column a day. Press Space on a past day to change it: "
                "done, skipped, not needed, or nothing noted."
            )
        )
        self.view.cycle_requested.connect(self.cycle_requested)
        self.view.selectionModel().currentChanged.connect(self.describe_current)
        history_label = bold_label(self.tr("C&heck-ins, last {weeks} weeks").format(weeks=WEEKS))
        history_label.setBuddy(self.view)
        legend = QLabel(
            self.tr(
                "{done} done   {skipped} skipped   {not_needed} not needed   blank: nothing "
                "noted yet.\nClick a past day, or press Space on it, to change it. A skipped day "
                "never lowers your strength."
            ).format(
                done=SYMBOLS[CheckInStatus.DONE],
                skipped=SYMBOLS[CheckInStatus.SKIPPED],
                not_needed=SYMBOLS[CheckInStatus.NOT_NEEDED],
            )
        )
        legend.setWordWrap(True)
        self.day_status = QLabel()
        self.day_status.setWordWrap(True)
        self.day_status.setAccessibleName(self.tr("Chosen day"))

        gap = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(strength_label)
        layout.addWidget(self.strength)
        layout.addWidget(strength_text)
        layout.addSpacing(gap)
        layout.addWidget(history_label)
        layout.addWidget(legend)
        layout.addWidget(self.view)
        layout.addWidget(self.day_status)

    def show_routine(self, vault: Vault, routine_id: int) -> None:
        """Fill (or refresh in place, keeping the chosen day) from the vault."""
        routine = vault.routines.get(routine_id)
        today = vault.today()
        self.strength.setValue(percent(shown_strength(vault, routine_id)))
        first = today - timedelta(weeks=WEEKS + 1)
        self.model.set_routine(
            today,
            routine.schedule,
            vault.routines.check_ins(routine_id, first, today),
            routine.started_on,
        )
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index_of(today))
        self.describe_current()

    def go_to_today(self, vault: Vault) -> None:
        self.view.setCurrentIndex(self.model.index_of(vault.today()))

    def describe_current(self, *_: object) -> None:
        index = self.view.currentIndex()
        text = self.model.describe(index)
        if text and self.model.is_editable(index):
            text += " " + self.tr("Press Space to change it.")
        self.day_status.setText(text)

    def clear(self) -> None:
        self.model.clear()
        self.strength.setValue(0)
        self.day_status.clear()
