"""One routine due today, with its three one-click answers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ....domain.routines import CheckInStatus, Routine


class RoutineCheckRow(QWidget):
    """ "Done", "Skipped", "Not today" (stored as not needed). The pressed button is the
    day's answer; pressing it again takes the answer back.

    Signals: ``chosen(int, str)``: routine id and the new status value, "" for none.
    """

    chosen = Signal(int, str)

    def __init__(
        self, routine: Routine, status: CheckInStatus | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.routine_id: int = routine.id  # type: ignore[assignment]
        self._status: CheckInStatus | None = None
        self.name = QLabel()
        self.name.setWordWrap(True)
        font = QFont()
        font.setBold(True)
        self.name.setFont(font)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.buttons: dict[CheckInStatus, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(0)
        texts.addWidget(self.name)
        texts.addWidget(self.state)
        row.addLayout(texts, 1)
        for answer, text, about in (
            (CheckInStatus.DONE, self.tr("Done"), self.tr("I did it today.")),
            (
                CheckInStatus.SKIPPED,
                self.tr("Skipped"),
                self.tr("Skipped today. A skipped day never lowers the routine's strength."),
            ),
            (
                CheckInStatus.NOT_NEEDED,
                self.tr("Not today"),
                self.tr("Not needed today. This never lowers the routine's strength."),
            ),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAccessibleDescription(about + " " + self.tr("Press again to take it back."))
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setProperty("answer", answer.value)
            # One bound slot for all three (lambdas here would keep the row alive).
            button.clicked.connect(self._clicked)
            self.buttons[answer] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.show_routine(routine, status)

    @property
    def status(self) -> CheckInStatus | None:
        return self._status

    def _labels(self) -> dict[CheckInStatus, str]:
        return {
            CheckInStatus.DONE: self.tr("Done"),
            CheckInStatus.SKIPPED: self.tr("Skipped"),
            CheckInStatus.NOT_NEEDED: self.tr("Not today"),
        }

    def show_routine(self, routine: Routine, status: CheckInStatus | None) -> None:
        self.name.setText(routine.name)
        labels = self._labels()
        for each, button in self.buttons.items():
            button.setAccessibleName(
                self.tr("{name}: {answer}").format(name=routine.name, answer=labels[each])
            )
        self.show_status(status)

    def show_status(self, status: CheckInStatus | None) -> None:
        self._status = status
        labels = self._labels()
        for each, button in self.buttons.items():
            button.setChecked(each == status)
            button.setText("✓ " + labels[each] if each == status else labels[each])
        self.state.setText(
            {
                CheckInStatus.DONE: self.tr("Done today"),
                CheckInStatus.SKIPPED: self.tr("Skipped today, and that is fine"),
                CheckInStatus.NOT_NEEDED: self.tr("Not needed today"),
                None: self.tr("Nothing noted yet"),
            }[status]
        )

    def _clicked(self) -> None:
        button = self.sender()
        if not isinstance(button, QPushButton):
            return
        status = CheckInStatus(button.property("answer"))
        new = None if status == self._status else status
        # Show the stored answer until the vault confirms the new one.
        self.show_status(self._status)
        self.chosen.emit(self.routine_id, new.value if new else "")
