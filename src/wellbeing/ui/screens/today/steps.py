"""The next step of one active goal, with a box to tick it off."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....domain.goals import Goal


class NextStepRow(QWidget):
    """Signals: ``ticked(int, int)``: goal id and the index of the step ticked off."""

    ticked = Signal(int, int)

    def __init__(self, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_id: int = goal.id  # type: ignore[assignment]
        self._step_index = -1
        self.box = QCheckBox()
        self.box.setAccessibleDescription(self.tr("Tick when this step is done."))
        self.step = QLabel()
        self.step.setWordWrap(True)
        self.step.setBuddy(self.box)
        self.goal = QLabel()
        self.goal.setWordWrap(True)
        self.goal.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(0)
        texts.addWidget(self.step)
        texts.addWidget(self.goal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addLayout(texts, 1)
        self.box.toggled.connect(self._toggled)
        self.show_goal(goal)

    def show_goal(self, goal: Goal) -> None:
        step = goal.next_step
        self._step_index = goal.steps.index(step) if step is not None else -1
        text = step.text if step is not None else ""
        self.box.blockSignals(True)
        self.box.setChecked(False)
        self.box.blockSignals(False)
        self.step.setText(text)
        self.box.setAccessibleName(self.tr("Next step: {step}").format(step=text))
        self.goal.setText(self.tr("For: {goal}").format(goal=goal.title))

    def _toggled(self, checked: bool) -> None:
        if checked and self._step_index >= 0:
            self.ticked.emit(self.goal_id, self._step_index)
