"""The editor for one value: its name, a few words, and why it matters (autosaved)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ....domain.values import Value
from .card_panel import NAME_LIMIT, wrapping_label
from .pile_model import pile_label


class _WhyEdit(QPlainTextEdit):
    """Room for a few lines by default, measured in lines of the current font."""

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().lineSpacing() * 6 + 2 * self.frameWidth() + 8
        return QSize(super().sizeHint().width(), height)


class ValueEditor(QWidget):
    """Shows the selected value; ``edited()`` fires on each keystroke (the screen saves).

    Filling the fields from a record is the screen's business, inside its autosave's
    ``suspend()``, so that showing a value never counts as an edit.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value_id: int | None = None
        self.heading = QLabel(self.tr("Why it matters"), self)
        self.heading.setWordWrap(True)
        self.empty_label = wrapping_label(
            self.tr("Select a card in your piles to write why it matters to you."), self
        )
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.where_label = wrapping_label("", self)
        self.where_label.setAccessibleName(self.tr("Pile"))

        self.form = QWidget(self)
        name_label = QLabel(self.tr("&Name"), self.form)
        self.name_edit = QLineEdit(self.form)
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setAccessibleName(self.tr("Name of the value"))
        name_label.setBuddy(self.name_edit)
        description_label = QLabel(self.tr("In a few &words"), self.form)
        self.description_edit = QLineEdit(self.form)
        self.description_edit.setAccessibleName(self.tr("What the value means, in a few words"))
        description_label.setBuddy(self.description_edit)
        why_label = QLabel(self.tr("W&hy it matters to me"), self.form)
        self.why_edit = _WhyEdit(self.form)
        self.why_edit.setAccessibleName(self.tr("Why it matters to me"))
        self.why_edit.setAccessibleDescription(
            self.tr("Your own words. Saved as you write, encrypted, on this computer only.")
        )
        self.why_edit.setPlaceholderText(
            self.tr("In your own words: a person, a moment, what it gives you…")
        )
        self.why_edit.setTabChangesFocus(True)
        why_label.setBuddy(self.why_edit)
        saved_hint = wrapping_label(
            self.tr("Saved as you write, encrypted, on this computer only."), self.form
        )
        saved_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(6)
        for widget in (
            name_label,
            self.name_edit,
            description_label,
            self.description_edit,
            why_label,
        ):
            form_layout.addWidget(widget)
        form_layout.addWidget(self.why_edit, 1)
        form_layout.addWidget(saved_hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.where_label)
        layout.addWidget(self.form, 1)
        layout.addStretch(0)  # keeps the empty state at the top when the form is hidden

        for edit in (self.name_edit, self.description_edit):
            edit.textEdited.connect(self.edited)
        self.why_edit.textChanged.connect(self.edited)
        self.show_value(None)

    def show_value(self, value: Value | None) -> None:
        """Show ``value`` (or the empty state); call inside the autosave's ``suspend()``."""
        self.value_id = None if value is None else value.id
        self.form.setVisible(value is not None)
        self.empty_label.setVisible(value is None)
        self.where_label.setVisible(value is not None)
        if value is None:
            # setText (not clear(), which is undoable) also empties the undo history.
            self.name_edit.setText("")
            self.description_edit.setText("")
            self.why_edit.setPlainText("")
            self.where_label.clear()
            return
        self.name_edit.setText(value.name)
        self.description_edit.setText(value.description)
        self.why_edit.setPlainText(value.why)
        self.show_where(value)

    def refresh(self, value: Value) -> None:
        """Take in a change made elsewhere, touching only fields that differ."""
        if value.name != self.name_edit.text():
            self.name_edit.setText(value.name)
        if value.description != self.description_edit.text():
            self.description_edit.setText(value.description)
        if value.why != self.why_edit.toPlainText():
            self.why_edit.setPlainText(value.why)

    def show_where(self, value: Value) -> None:
        text = self.tr("In “{pile}”").format(pile=pile_label(value.pile))
        if value.own_card:
            text += " · " + self.tr("your own card")
        self.where_label.setText(text)

    def texts(self) -> tuple[str, str, str]:
        return self.name_edit.text(), self.description_edit.text(), self.why_edit.toPlainText()

    def clear(self) -> None:
        self.show_value(None)

    def focus_why(self) -> None:
        self.why_edit.setFocus(Qt.FocusReason.OtherFocusReason)
