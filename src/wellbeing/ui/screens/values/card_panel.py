"""The card being sorted, its three pile buttons, "Skip for now" and "Add my own card"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ....domain.values import Pile
from ....domain.values_deck import QueuedCard
from ...widgets.flow_layout import FlowLayout
from .pile_model import PILES, pile_label

#: The longest card name the vault takes (see ``Value``).
NAME_LIMIT = 200

_SORT_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}


def button(text: str, parent: QWidget, description: str = "") -> QPushButton:
    """A push button that Enter activates too (not only Space), with its accessible name."""
    widget = QPushButton(text, parent)
    widget.setAutoDefault(True)
    widget.setAccessibleName(text.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)
    return widget


class WrappingButton(QPushButton):
    """A push button whose words wrap onto more lines instead of being cut off, for a
    pile's name in a long language at a large text size. The words are a label inside
    it (mouse clicks pass through to the button); the accessible name carries them."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(QPalette.ColorRole.ButtonText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(8, 4, 8, 4)
        inner.addWidget(self.label)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        one_line = self.label.sizeHint()
        margins = self.layout().contentsMargins()
        return QSize(
            one_line.width() + margins.left() + margins.right() + 8,
            max(super().sizeHint().height(), self.heightForWidth(one_line.width())),
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, super().sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.layout().contentsMargins()
        text = self.label.heightForWidth(max(1, width - margins.left() - margins.right()))
        return max(super().sizeHint().height(), text + margins.top() + margins.bottom())


def wrapping_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)  # a new policy drops the one setWordWrap gave it
    label.setSizePolicy(policy)
    return label


class CardPanel(QWidget):
    """Shows the next card to sort.

    Signals: ``sort_requested(Pile)`` (a pile button, or the keys 1, 2, 3),
    ``skip_requested()``, ``own_card_requested(str name, str description)``.
    """

    sort_requested = Signal(object)
    skip_requested = Signal()
    own_card_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Sort the cards"), self)
        self.heading.setWordWrap(True)
        intro = wrapping_label(
            self.tr(
                "Take each card as it comes and place it where it feels right today. "
                "There are no right answers."
            ),
            self,
        )
        self.progress_label = wrapping_label("", self)
        self.progress_label.setAccessibleName(self.tr("Cards sorted so far"))

        # The card itself: a calm panel in the palette's base colour.
        self.card = QFrame(self)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setBackgroundRole(QPalette.ColorRole.Base)
        self.card.setAutoFillBackground(True)
        self.card.setAccessibleName(self.tr("Card to sort"))
        self.card_name = wrapping_label("", self.card)
        self.card_name.setTextFormat(Qt.TextFormat.PlainText)
        self.card_description = wrapping_label("", self.card)
        self.card_description.setTextFormat(Qt.TextFormat.PlainText)
        self.own_mark = QLabel(self.tr("Your own card"), self.card)
        self.own_mark.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.own_mark.hide()
        self.done_label = wrapping_label(
            self.tr("All cards sorted. You can change any of this at any time."), self.card
        )
        self.done_label.hide()
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        card_layout.setSpacing(8)
        for widget in (self.own_mark, self.card_name, self.card_description, self.done_label):
            card_layout.addWidget(widget)

        self.sort_buttons: dict[Pile, QPushButton] = {}
        for number, pile in enumerate(PILES, start=1):
            sort_button = WrappingButton(pile_label(pile), self)
            sort_button.setAutoDefault(True)
            sort_button.setAccessibleName(pile_label(pile))
            sort_button.setAccessibleDescription(self.tr("Or press {key}").format(key=number))
            sort_button.clicked.connect(lambda _=False, p=pile: self._sort(p))
            self.sort_buttons[pile] = sort_button
        self.keys_hint = wrapping_label(self.tr("The keys 1, 2 and 3 sort the card too."), self)
        self.keys_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note_label = wrapping_label("", self)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setAccessibleName(self.tr("Last card sorted"))
        self.note_label.hide()

        self.skip_button = button(
            self.tr("Skip for now"), self, self.tr("This card comes back at the end")
        )
        self.skip_button.clicked.connect(self.skip_requested)
        self.add_button = button(self.tr("Add my own card"), self)
        self.add_button.clicked.connect(self.open_own_card_form)

        self.own_form = self._build_own_form()
        self.own_form.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.card)
        for sort_button in self.sort_buttons.values():
            layout.addWidget(sort_button)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.note_label)
        row = FlowLayout()
        row.addWidget(self.skip_button)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        layout.addWidget(self.own_form)
        layout.addStretch(1)
        self.setFocusProxy(self.sort_buttons[Pile.VERY_IMPORTANT])

    def _build_own_form(self) -> QFrame:
        form = QFrame(self)
        form.setFrameShape(QFrame.Shape.StyledPanel)
        name_label = QLabel(self.tr("Name of your &card"), form)
        self.own_name = QLineEdit(form)
        self.own_name.setMaxLength(NAME_LIMIT)
        self.own_name.setAccessibleName(self.tr("Name of your card"))
        name_label.setBuddy(self.own_name)
        description_label = QLabel(self.tr("What it means to you (&optional)"), form)
        self.own_description = QLineEdit(form)
        self.own_description.setAccessibleName(self.tr("What it means to you"))
        description_label.setBuddy(self.own_description)
        self.own_note = wrapping_label("", form)
        self.own_note.setTextFormat(Qt.TextFormat.PlainText)
        self.own_note.hide()
        self.own_add = button(self.tr("Add card"), form)
        self.own_cancel = button(self.tr("Cancel"), form)
        self.own_add.clicked.connect(self._submit_own_card)
        self.own_cancel.clicked.connect(self.close_own_card_form)
        self.own_name.returnPressed.connect(self._submit_own_card)
        self.own_description.returnPressed.connect(self._submit_own_card)
        self.own_name.textChanged.connect(lambda text: self.own_add.setEnabled(bool(text.strip())))
        self.own_add.setEnabled(False)
        layout = QVBoxLayout(form)
        layout.addWidget(name_label)
        layout.addWidget(self.own_name)
        layout.addWidget(description_label)
        layout.addWidget(self.own_description)
        layout.addWidget(self.own_note)
        row = FlowLayout()
        row.addWidget(self.own_add)
        row.addWidget(self.own_cancel)
        layout.addLayout(row)
        return form

    # Showing

    def show_card(self, card: QueuedCard | None, sorted_count: int, total: int) -> None:
        done = card is None
        self.card_name.setText("" if done else card.name)
        self.card_description.setText("" if done else card.description)
        self.card_name.setVisible(not done)
        self.card_description.setVisible(not done and bool(card.description))
        self.own_mark.setVisible(not done and card.own_card)
        self.done_label.setVisible(done)
        self.card.setAccessibleDescription(
            "" if done else f"{card.name}. {card.description}".rstrip(". ")
        )
        # When every card is placed, the sorting controls step aside.
        for widget in (*self.sort_buttons.values(), self.keys_hint, self.skip_button):
            widget.setVisible(not done)
        for sort_button in self.sort_buttons.values():
            sort_button.setEnabled(not done)
        self.skip_button.setEnabled(not done and total - sorted_count > 1)
        self.progress_label.setText(
            self.tr("{done} of {total} sorted").format(done=sorted_count, total=total)
        )

    def set_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def open_own_card_form(self) -> None:
        self.own_form.show()
        self.own_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_own_card_form(self) -> None:
        self._reset_own_form()
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reset_own_form(self) -> None:
        self.own_name.setText("")  # setText also empties the undo history
        self.own_description.setText("")
        self.own_note.clear()
        self.own_note.hide()
        self.own_form.hide()

    def show_own_card_note(self, text: str) -> None:
        self.own_note.setText(text)
        self.own_note.show()

    def own_card_added(self) -> None:
        """The card is saved: close the form and offer the card to sort at once."""
        self.close_own_card_form()
        target = self.sort_buttons[Pile.VERY_IMPORTANT]
        if target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self._reset_own_form()
        self.card_name.clear()
        self.card_description.clear()
        self.card.setAccessibleDescription("")
        self.set_note("")
        self.progress_label.clear()

    # Input

    def _sort(self, pile: Pile) -> None:
        if self.sort_buttons[pile].isEnabled():
            self.sort_requested.emit(pile)

    def _submit_own_card(self) -> None:
        name = " ".join(self.own_name.text().split())
        if name:
            self.own_card_requested.emit(name, self.own_description.text().strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if mods == Qt.KeyboardModifier.NoModifier and key in _SORT_KEYS:
            self._sort(PILES[_SORT_KEYS[Qt.Key(key)]])
            event.accept()
        elif key == Qt.Key.Key_Escape and self.own_form.isVisible():
            self.close_own_card_form()
            event.accept()
        else:
            super().keyPressEvent(event)
