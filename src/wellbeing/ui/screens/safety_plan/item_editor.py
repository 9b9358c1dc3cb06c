"""The details of one safety plan item: its words, how to reach them, how likely, obstacles."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ....domain.errors import ValidationError
from ....domain.safety_plan import SafetyItem, Step
from ....services.messages import error_text
from ...widgets.fields import TextBox, labelled
from .prompts import likelihood_labels


class _Likelihood(QComboBox):
    """A choice the mouse wheel changes only once it has focus: scrolling down the plan
    over it moves the page, not the answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ItemEditor(QWidget):
    """Edits the item it shows; reports each change as a whole new ``SafetyItem``.

    Signals: ``edited(object)``: the item as the person has just changed it.
    Filling it (``show_item``) touches only the fields that differ, so a change made
    elsewhere never moves the person's cursor in a field that already says the same.
    """

    edited = Signal(object)

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self._item: SafetyItem | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.text = TextBox(2)
        labelled(layout, self.tr("In my words"), self.text, self.tr("Item, in my words"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("Hint"))
        italic = QFont()  # only the style is set: the size still follows the screen
        italic.setItalic(True)
        self.hint_label.setFont(italic)
        self.hint_label.hide()
        layout.addWidget(self.hint_label)

        self.reach = QLineEdit()
        self.coded_label = QLineEdit()
        if step.has_contacts:
            labelled(layout, self.tr("How to reach them"), self.reach, self.tr("How to reach them"))
            self.reach.setPlaceholderText(self.tr("A number, an address, when they are around"))
            labelled(
                layout,
                self.tr("Coded label for printing (optional)"),
                self.coded_label,
                self.tr("Coded label for printing"),
                self.tr(
                    "A nickname or initial printed instead of the name, when you choose to "
                    "print contacts by coded label only."
                ),
            )
        else:
            self.reach.hide()
            self.coded_label.hide()

        self.likelihood = _Likelihood()
        self.likelihood.addItems(likelihood_labels())
        labelled(
            layout,
            self.tr("How likely am I to use this?"),
            self.likelihood,
            self.tr("How likely am I to use this?"),
            self.tr("From 1, not likely, to 5, very likely; or not set."),
        )
        self.obstacles = TextBox(2)
        labelled(
            layout,
            self.tr("What might get in the way?"),
            self.obstacles,
            self.tr("What might get in the way?"),
        )

        self.text.textChanged.connect(self._on_edit)
        self.reach.textChanged.connect(self._on_edit)
        self.coded_label.textChanged.connect(self._on_edit)
        self.likelihood.currentIndexChanged.connect(self._on_edit)
        self.obstacles.textChanged.connect(self._on_edit)

    # Used by the section

    @property
    def item(self) -> SafetyItem | None:
        return self._item

    def first_field(self) -> QWidget:
        return self.text

    def fields(self) -> list[QWidget]:
        """The fields in Tab order (the contact fields only where the step has them)."""
        contacts = [self.reach, self.coded_label] if self.step.has_contacts else []
        return [self.text, *contacts, self.likelihood, self.obstacles]

    def show_item(self, item: SafetyItem | None) -> None:
        if item == self._item:
            return
        self._item = item
        self._filling = True
        try:
            if item is None:
                self._forget()
                return
            if self.text.toPlainText().strip() != item.text:
                self.text.setPlainText(item.text)
            self.show_hint("")
            for field, value in ((self.reach, item.reach), (self.coded_label, item.coded_label)):
                if field.text() != value:
                    field.setText(value)
            self.likelihood.setCurrentIndex(item.likelihood or 0)
            if self.obstacles.toPlainText() != item.obstacles:
                self.obstacles.setPlainText(item.obstacles)
        finally:
            self._filling = False

    def show_hint(self, text: str) -> None:
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))

    def clear(self) -> None:
        self._item = None
        self._filling = True
        try:
            self._forget()
        finally:
            self._filling = False

    # Inside

    def _forget(self) -> None:
        """Empty every field and its undo history (setText/setPlainText drop the history)."""
        self.text.setPlainText("")
        self.obstacles.setPlainText("")
        self.reach.setText("")
        self.coded_label.setText("")
        self.likelihood.setCurrentIndex(0)
        self.show_hint("")

    def _on_edit(self) -> None:
        if self._filling or self._item is None:
            return
        text = self.text.toPlainText().strip()
        if text:
            self.show_hint("")
        else:
            text = self._item.text
            self.show_hint(
                self.tr(
                    "An item needs a few words. Until you write new ones, it keeps the old ones."
                )
            )
        try:
            item = replace(
                self._item,
                text=text,
                reach=self.reach.text() if self.step.has_contacts else self._item.reach,
                coded_label=(
                    self.coded_label.text() if self.step.has_contacts else self._item.coded_label
                ),
                likelihood=self.likelihood.currentIndex() or None,
                obstacles=self.obstacles.toPlainText(),
            )
        except ValidationError as err:
            self.show_hint(error_text(err))
            return
        if item != self._item:
            self._item = item
            self.edited.emit(item)
