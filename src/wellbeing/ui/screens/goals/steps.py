"""The steps part of the goal editor: type a step + Enter, tick it, reorder, remove."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.goals import GoalStep
from .steps_model import StepsModel


class _StepsView(QListView):
    """Asks for room for a few steps in the current font, so 200 % text still fits."""

    def sizeHint(self) -> QSize:
        rows = min(max(self.model().rowCount(), 3), 8)
        line = max(self.sizeHintForRow(0), self.fontMetrics().height() + 6)
        return QSize(super().sizeHint().width(), rows * line + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        # Inside a scroll area the editor gets its minimum size: ask for the full hint.
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class StepsEditor(QWidget):
    """Emits ``changed`` after any change the person makes to the steps."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StepsModel(today, self)
        self._removed: tuple[int, GoalStep] | None = None

        self.new_step = QLineEdit()
        self.new_step.setPlaceholderText(self.tr("Add a step and press Enter"))
        self.new_step.setAccessibleName(self.tr("New step"))
        self.new_step.setAccessibleDescription(self.tr("Type a step and press Enter to add it."))
        self.new_step.returnPressed.connect(self._add)

        self.view = _StepsView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Steps"))
        self.view.setAccessibleDescription(
            self.tr(
                "Space ticks a step as done. F2 changes its words. Alt+Up and Alt+Down move it. "
                "Delete removes it."
            )
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.setWordWrap(True)

        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move step up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move step down"))
        self.remove_button = QPushButton(self.tr("Remove step"))
        self.remove_button.setAccessibleName(self.tr("Remove step"))
        self.undo_button = QPushButton(self.tr("Bring the step back"))
        self.undo_button.setAccessibleName(self.tr("Bring the removed step back"))
        self.undo_button.hide()
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.remove_button.clicked.connect(self._remove)
        self.undo_button.clicked.connect(self._undo_remove)
        for keys, slot in (
            ("Alt+Up", lambda: self._move(-1)),
            ("Alt+Down", lambda: self._move(+1)),
            (QKeySequence.StandardKey.Delete, self._remove),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.done_label = QLabel()
        self.done_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.up_button, self.down_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_step)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.done_label)

        self.model.steps_changed.connect(self._on_steps_changed)
        self.model.modelReset.connect(lambda: self._update_state())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_state())
        self._update_state()

    # Used by the goal editor

    def set_steps(self, steps: tuple[GoalStep, ...]) -> None:
        self._removed = None
        self.undo_button.hide()
        self.new_step.clear()
        self.model.set_steps(steps)

    def steps(self) -> tuple[GoalStep, ...]:
        return self.model.steps()

    def clear(self) -> None:
        self.set_steps(())
        self.done_label.clear()

    # Inside

    def _add(self) -> None:
        row = self.model.add(self.new_step.text())
        if row >= 0:
            self.new_step.clear()
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _move(self, delta: int) -> None:
        row = self._current_row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.move(row, delta), 0))

    def _remove(self) -> None:
        row = self._current_row()
        step = self.model.remove(row)
        if step is None:
            return
        self._removed = (row, step)
        self.undo_button.show()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        else:
            self.new_step.setFocus()

    def _undo_remove(self) -> None:
        if self._removed is None:
            return
        row, step = self._removed
        self._removed = None
        self.undo_button.hide()
        row = self.model.add("", row=row, step=step)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.setFocus()

    def _on_steps_changed(self) -> None:
        self._update_state()
        self.changed.emit()

    def _update_state(self) -> None:
        row, count = self._current_row(), self.model.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        done = sum(step.done for step in self.model.steps())
        self.done_label.setText(
            self.tr("{done} of {count} steps done").format(done=done, count=count)
            if count
            else self.tr("No steps yet. Small ones count.")
        )
        self.view.updateGeometry()
