"""A step's prompt: the app's wording, or the person's own, with a way to reword it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....domain.safety_plan import Step
from ...widgets.fields import TextBox
from ...widgets.flow_layout import FlowLayout
from .prompts import default_prompt, step_title


class PromptBox(QWidget):
    """Shows the prompt; "Edit this prompt" opens a box to reword it (saved as typed),
    "Use the original wording" goes back to the app's.

    Signals: ``edited()``: the person's wording changed (or went back to the original).
    """

    edited = Signal()

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self._own: str | None = None
        self._filling = False
        title = step_title(step)

        self.label = QLabel(default_prompt(step))
        self.label.setWordWrap(True)
        self.edit = TextBox(2)
        self.edit.setAccessibleName(self.tr("The prompt, in my words: {title}").format(title=title))
        self.edit.hide()
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done rewording the prompt"))
        self.done_button.hide()
        self.edit_button = QPushButton(self.tr("Edit this prompt"))
        self.edit_button.setAccessibleName(self.tr("Edit the prompt: {title}").format(title=title))
        self.edit_button.setAccessibleDescription(
            self.tr("Reword this prompt so it says it your way.")
        )
        self.original_button = QPushButton(self.tr("Use the original wording"))
        self.original_button.setAccessibleName(
            self.tr("Use the original wording: {title}").format(title=title)
        )
        self.original_button.hide()

        editing = QHBoxLayout()
        editing.setContentsMargins(0, 0, 0, 0)
        editing.addWidget(self.edit, 1)
        editing.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = FlowLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.original_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(editing)
        layout.addLayout(buttons)

        self.edit_button.clicked.connect(self.start_editing)
        self.done_button.clicked.connect(self.finish_editing)
        self.original_button.clicked.connect(self.use_original)
        self.edit.textChanged.connect(self._typed)

    # Used by the section

    def focus_chain(self) -> list[QWidget]:
        return [self.edit, self.done_button, self.edit_button, self.original_button]

    def own(self) -> str | None:
        """The person's wording, or None for the app's."""
        return self._own

    def text(self) -> str:
        return self._own or default_prompt(self.step)

    def is_editing(self) -> bool:
        return self.edit.isVisibleTo(self)

    def set_own(self, own: str | None) -> None:
        """The stored wording; an open edit box follows only if it says something else."""
        own = own or None
        if own == self._own:
            return
        self._own = own
        self.label.setText(self.text())
        if self.is_editing():
            if self.edit.toPlainText().strip() != self.text():
                self._fill(self.text())
        else:
            self.original_button.setVisible(own is not None)

    def start_editing(self) -> None:
        self._fill(self.text())
        self.label.hide()
        self.edit_button.hide()
        self.original_button.hide()
        self.edit.show()
        self.done_button.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def finish_editing(self) -> None:
        self.edit.hide()
        self.done_button.hide()
        self._fill("")
        self.label.setText(self.text())
        self.label.show()
        self.edit_button.show()
        self.original_button.setVisible(self._own is not None)
        self.edit_button.setFocus()

    def use_original(self) -> None:
        self._own = None
        self.label.setText(self.text())
        self.original_button.hide()
        self.edit_button.setFocus()
        self.edited.emit()

    def clear(self) -> None:
        """Back to the app's wording; the person's is forgotten, undo history too."""
        self._own = None
        self._fill("")
        self.edit.hide()
        self.done_button.hide()
        self.label.setText(self.text())
        self.label.show()
        self.edit_button.show()
        self.original_button.hide()

    # Inside

    def _fill(self, text: str) -> None:
        self._filling = True
        try:
            self.edit.setPlainText(text)  # also empties its undo history
        finally:
            self._filling = False

    def _typed(self) -> None:
        if self._filling:
            return
        text = self.edit.toPlainText().strip()
        own = text if text and text != default_prompt(self.step) else None
        if own != self._own:
            self._own = own
            self.label.setText(self.text())
            self.edited.emit()
