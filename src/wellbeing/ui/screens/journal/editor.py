"""The entry editor: title, Markdown body with a preview, mood, tags, when it was written."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import ValidationError
from ....domain.journal import JournalEntry
from .highlight import SearchHighlighter
from .list_model import local_datetime

#: Where the date box rests while no entry is open (never a person's date).
_RESTING = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


class MoodPicker(QWidget):
    """ "No mood" and 1 to 5, one of them chosen. Keys 0–5 choose directly; arrows move."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for mood in range(6):
            button = QPushButton(self.tr("No mood") if mood == 0 else str(mood))
            button.setCheckable(True)
            button.setAutoDefault(False)
            if mood == 0:
                button.setAccessibleName(self.tr("No mood"))
            else:
                button.setAccessibleName(self.tr("Mood {mood} of 5").format(mood=mood))
            button.setAccessibleDescription(
                self.tr("1 is the lowest and 5 the highest; leaving it empty is fine.")
            )
            self.group.addButton(button, mood)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.buttons[0].setChecked(True)
        self.group.idToggled.connect(lambda _id, on: on and self.changed.emit())

    def mood(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen > 0 else None

    def set_mood(self, mood: int | None) -> None:
        self.buttons[mood or 0].setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_5:
            number = key - Qt.Key.Key_0
            self.buttons[number].setChecked(True)
            self.buttons[number].setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)


class MarkdownPreview(QTextBrowser):
    """The body rendered from Markdown. Opens no links and loads nothing from anywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: Any) -> Any:
        return None


class EntryEditor(QWidget):
    """Shows one entry; emits ``edited`` when the person changes any field.

    ``entry_from_fields()`` builds the entry as the fields now say (validated by the
    domain), for the screen to save; ``set_saved()`` takes the vault's answer back.
    """

    edited = Signal()
    archive_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: JournalEntry | None = None
        self._filling = 0
        self._created_touched = False

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title (optional)"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self._scale_title_font()

        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setAccessibleName(self.tr("Entry"))
        self.body_edit.setAccessibleDescription(
            self.tr("Write freely. Markdown works: *emphasis*, lists, # headings.")
        )
        self.body_edit.setPlaceholderText(
            self.tr("Write whatever you like. Markdown works: *emphasis*, lists, # headings.")
        )
        self.highlighter = SearchHighlighter(self.body_edit.document(), self.palette())

        self.preview = MarkdownPreview()
        self.preview.setAccessibleName(self.tr("Preview of the entry"))
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self.body_edit)
        self.body_stack.addWidget(self.preview)

        self.mood = MoodPicker()
        mood_label = QLabel(self.tr("&Mood"))
        mood_label.setBuddy(self.mood.buttons[0])

        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Words to find it by, separated by commas"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setAccessibleDescription(self.tr("Tags, separated by commas."))
        tags_label = QLabel(self.tr("T&ags"))
        tags_label.setBuddy(self.tags_edit)

        self.created_edit = QDateTimeEdit()
        self.created_edit.setCalendarPopup(True)
        # Translators: a Qt date-time format for when an entry was written.
        self.created_edit.setDisplayFormat(self.tr("d MMM yyyy, HH:mm"))
        self.created_edit.setAccessibleName(self.tr("Written on"))
        self.created_edit.setAccessibleDescription(
            self.tr("When this entry was written. Change it to place the entry on another day.")
        )
        created_label = QLabel(self.tr("&Written"))
        created_label.setBuddy(self.created_edit)

        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleName(self.tr("Preview"))
        self.preview_button.setAutoDefault(False)
        self.preview_button.setAccessibleDescription(
            self.tr("Shows the entry formatted; press again to go back to writing.")
        )
        self.preview_button.toggled.connect(self._show_preview)

        self.archive_button = QPushButton(self.tr("Move to archive"))
        self.archive_button.setAutoDefault(False)
        self.archive_button.setAccessibleName(self.tr("Move to archive"))
        self.archive_button.setAccessibleDescription(
            self.tr("Moves this entry out of the journal. You can undo it right after.")
        )
        self.archive_button.clicked.connect(self.archive_requested)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(mood_label, self.mood)
        form.addRow(tags_label, self.tags_edit)
        form.addRow(created_label, self.created_edit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.body_stack, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

        order = [
            self.title_edit,
            self.body_edit,
            *self.mood.buttons,
            self.tags_edit,
            self.created_edit,
            self.preview_button,
            self.archive_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.title_edit.textEdited.connect(self._changed)
        self.body_edit.textChanged.connect(self._changed)
        self.mood.changed.connect(self._changed)
        self.tags_edit.textEdited.connect(self._changed)
        self.created_edit.dateTimeChanged.connect(self._created_changed)
        self.forget()

    # Reading

    @property
    def entry(self) -> JournalEntry | None:
        """The entry as last loaded or saved (not including edits still unsaved)."""
        return self._entry

    @property
    def entry_id(self) -> int | None:
        return None if self._entry is None else self._entry.id

    def entry_from_fields(self) -> JournalEntry | None:
        """The open entry with the fields' values (raises ValidationError on bad input)."""
        if self._entry is None:
            return None
        created = self._entry.created_at
        if self._created_touched:
            created = self.created_edit.dateTime().toPython().astimezone()
        return replace(
            self._entry,
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            mood=self.mood.mood(),
            tags=tuple(part for part in self.tags_edit.text().split(",")),
            created_at=created,
        )

    def is_blank(self) -> bool:
        try:
            entry = self.entry_from_fields()
        except ValidationError:
            return False
        return entry is not None and not (
            entry.title.strip() or entry.body.strip() or entry.mood or entry.tags
        )

    # Showing

    def show_entry(self, entry: JournalEntry) -> None:
        self._filling += 1
        try:
            self._entry = entry
            self._created_touched = False
            self.title_edit.setText(entry.title)
            self.body_edit.setPlainText(entry.body)
            self.mood.set_mood(entry.mood)
            self.tags_edit.setText(", ".join(entry.tags))
            self.created_edit.setDateTime(local_datetime(entry))
            if self.preview_button.isChecked():
                self.preview.setMarkdown(entry.body)
        finally:
            self._filling -= 1

    def set_saved(self, saved: JournalEntry) -> None:
        """The vault saved the fields as ``saved`` (its id may have changed with its date)."""
        self._entry = saved
        self._created_touched = False

    def set_search(self, typed: str) -> None:
        self.highlighter.set_search(typed)

    def forget(self) -> None:
        """Empty every field and the highlight (on lock, or when no entry is open)."""
        self._filling += 1
        try:
            self._entry = None
            self._created_touched = False
            self.title_edit.setText("")  # setText also empties the undo history
            self.body_edit.setPlainText("")
            self.body_edit.document().clearUndoRedoStacks()
            self.preview_button.setChecked(False)
            self.preview.clear()
            self.mood.set_mood(None)
            self.tags_edit.setText("")
            self.created_edit.setDateTime(_RESTING)
            self.highlighter.set_search("")
        finally:
            self._filling -= 1

    def focus_title(self) -> None:
        self.preview_button.setChecked(False)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Reacting

    def _changed(self) -> None:
        if not self._filling and self._entry is not None:
            self.edited.emit()

    def _created_changed(self, _moment: datetime) -> None:
        if not self._filling and self._entry is not None:
            self._created_touched = True
            self.edited.emit()

    def _show_preview(self, on: bool) -> None:
        if on:
            self.preview.setMarkdown(self.body_edit.toPlainText())
            self.body_stack.setCurrentWidget(self.preview)
        else:
            self.preview.clear()
            self.body_stack.setCurrentWidget(self.body_edit)

    def _scale_title_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_edit.setFont(font)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._scale_title_font()
        if event.type() == event.Type.PaletteChange:
            self.highlighter.set_palette(self.palette())
            self.highlighter.rehighlight()
