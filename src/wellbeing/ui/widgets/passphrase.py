"""Passphrase fields: hidden by default, with a "show" toggle and strength in words."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.passphrase import assess


def secret_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    # No autocompletion, no undo history worth keeping, nothing dragged out of it.
    field.setDragEnabled(False)
    return field


class SecretOrRecoveryKey(QObject):
    """A secret field that takes the passphrase or, once switched, the recovery key, with
    its label and its switch button kept in step (the unlock page and the restore dialog).
    The owner lays the three widgets out; ``words[recovery]`` is (label with its &
    accelerator, the field's spoken name, the switch button's text). ``switched()``
    follows each switch, after the field was emptied."""

    switched = Signal()

    def __init__(self, words: dict[bool, tuple[str, str, str]], parent: QObject) -> None:
        super().__init__(parent)
        self._words = words
        self.use_recovery = False
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.field = secret_field(words[False][1])
        self.prompt.setBuddy(self.field)
        self.switch_button = QPushButton()
        self.switch_button.setFlat(True)
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch)
        self.show_mode()

    def show_mode(self) -> None:
        label, name, switch = self._words[self.use_recovery]
        self.prompt.setText(label)
        self.field.setAccessibleName(name)
        self.field.setEchoMode(
            QLineEdit.EchoMode.Normal if self.use_recovery else QLineEdit.EchoMode.Password
        )
        self.switch_button.setText(switch)
        self.switch_button.setAccessibleName(switch.replace("&", ""))

    def switch(self) -> None:
        self.use_recovery = not self.use_recovery
        self.field.setText("")  # never clear(): it would keep the secret in undo history
        self.show_mode()
        self.field.setFocus()
        self.switched.emit()


class NewPassphrase(QWidget):
    """Typed twice; ``changed(bool)`` says whether it is usable (non-empty and matching)."""

    changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = secret_field(self.tr("New passphrase"))
        self.second = secret_field(self.tr("New passphrase, again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.match = QLabel()
        self.match.setWordWrap(True)
        self.show_box = QCheckBox(self.tr("Show passphrase"))
        self.show_box.setAccessibleName(self.tr("Show passphrase"))
        self.show_box.toggled.connect(self._show)
        form = QFormLayout()
        first_label = QLabel(self.tr("&Passphrase"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Type it again"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.meter)
        layout.addWidget(self.feedback)
        layout.addWidget(self.match)
        layout.addWidget(self.show_box)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        strength = assess(self.first.text())
        self.meter.setValue(strength.level if self.first.text() else 0)
        self.feedback.setText(self._words(strength.level) if self.first.text() else "")
        self.meter.setAccessibleDescription(self.feedback.text())
        if self.second.text() and self.second.text() != self.first.text():
            self.match.setText(self.tr("The two are not the same yet."))
        elif self.second.text():
            self.match.setText(self.tr("Both are the same."))
        else:
            self.match.setText("")
        self.changed.emit(self.is_ready())

    def _words(self, level: int) -> str:
        return [
            self.tr(
                "Very easy to guess. A few ordinary words together are easier to "
                "remember and much harder to guess."
            ),
            self.tr("Could be guessed. Adding another word or two would help."),
            self.tr("Fair. One more word would make it strong."),
            self.tr("Good. Hard to guess."),
            self.tr("Strong. Very hard to guess."),
        ][level]

    def is_ready(self) -> bool:
        return bool(self.first.text().strip()) and self.first.text() == self.second.text()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.setText("")  # setText leaves no undo history, unlike clear()
        self.second.setText("")
        self.show_box.setChecked(False)
