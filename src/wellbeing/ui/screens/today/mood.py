"""The quick mood of the day: five buttons, 1 to 5, each with a word."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget


class MoodPicker(QWidget):
    """Pressing a mood stores it; pressing the stored one again takes it back.

    Signals: ``chosen(int)``: the new mood, 0 for none.
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood: int | None = None
        words = {
            1: self.tr("very low"),
            2: self.tr("low"),
            3: self.tr("okay"),
            4: self.tr("good"),
            5: self.tr("very good"),
        }
        self.words = words
        self.buttons: dict[int, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for mood, word in words.items():
            button = QPushButton(self.tr("{n} · {word}").format(n=mood, word=word))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Mood {n} of 5: {word}").format(n=mood, word=word))
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setProperty("mood", mood)
            button.clicked.connect(self._clicked)
            self.buttons[mood] = button
            layout.addWidget(button)
        layout.addStretch(1)

    @property
    def mood(self) -> int | None:
        return self._mood

    def show_mood(self, mood: int | None) -> None:
        self._mood = mood
        for each, button in self.buttons.items():
            button.setChecked(each == mood)
            text = self.tr("{n} · {word}").format(n=each, word=self.words[each])
            button.setText("✓ " + text if each == mood else text)

    def _clicked(self) -> None:
        button = self.sender()
        if not isinstance(button, QPushButton):
            return
        mood = int(button.property("mood"))
        new = 0 if mood == self._mood else mood
        self.show_mood(self._mood)
        self.chosen.emit(new)
