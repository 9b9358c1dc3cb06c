"""Narrowing the journal: by tag, by mood, by dates. Applies to the list and to search."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ....vault.repos.journal import JournalFilter


class FilterBar(QWidget):
    """Tag, mood and date filters. Emits ``changed`` when the person changes one.

    Each date bound has an "any date" state: its box unticked (and the date greyed out).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = 0

        self.tag_combo = QComboBox()
        self.tag_combo.setAccessibleName(self.tr("Show entries with the tag"))
        self.tag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag_combo.setMinimumContentsLength(8)
        self.tag_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tag_combo.addItem(self.tr("Any tag"), None)
        tag_label = QLabel(self.tr("&Tag"))
        tag_label.setBuddy(self.tag_combo)

        self.mood_buttons: list[QToolButton] = []
        moods = QHBoxLayout()
        moods.setContentsMargins(0, 0, 0, 0)
        for mood in range(1, 6):
            button = QToolButton()
            button.setText(str(mood))
            button.setCheckable(True)
            button.setAccessibleName(
                self.tr("Show entries with mood {mood} of 5").format(mood=mood)
            )
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.toggled.connect(self._emit)
            moods.addWidget(button)
            self.mood_buttons.append(button)
        moods.addStretch(1)
        mood_label = QLabel(self.tr("Moo&d"))
        mood_label.setBuddy(self.mood_buttons[0])
        mood_label.setAccessibleDescription(
            self.tr("Tick one or more moods; none ticked shows every mood.")
        )

        self.from_check = QCheckBox(self.tr("&From"))
        self.from_check.setAccessibleName(self.tr("Only entries from a date"))
        self.from_date = QDateEdit()
        self.from_date.setCalendarPopup(True)
        self.from_date.setAccessibleName(self.tr("First date to show"))
        self.until_check = QCheckBox(self.tr("&Until"))
        self.until_check.setAccessibleName(self.tr("Only entries until a date"))
        self.until_date = QDateEdit()
        self.until_date.setCalendarPopup(True)
        self.until_date.setAccessibleName(self.tr("Last date to show"))
        for edit in (self.from_date, self.until_date):
            # Translators: a Qt date format for the date filters.
            edit.setDisplayFormat(self.tr("d MMM yyyy"))
        for check, edit in ((self.from_check, self.from_date), (self.until_check, self.until_date)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._emit)
            edit.dateChanged.connect(lambda _day, box=check: box.isChecked() and self._emit())

        self.reset_button = QPushButton(self.tr("Show everything"))
        self.reset_button.setAccessibleDescription(
            self.tr("Clears the tag, mood and date filters.")
        )
        self.reset_button.setAutoDefault(False)
        self.reset_button.setAccessibleName(self.tr("Show everything"))
        self.reset_button.clicked.connect(lambda: self.reset())

        self.tag_combo.currentIndexChanged.connect(self._emit)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(tag_label, 0, 0)
        grid.addWidget(self.tag_combo, 0, 1, 1, 2)
        grid.addWidget(mood_label, 1, 0)
        grid.addLayout(moods, 1, 1, 1, 2)
        grid.addWidget(self.from_check, 2, 0)
        grid.addWidget(self.from_date, 2, 1)
        grid.addWidget(self.until_check, 3, 0)
        grid.addWidget(self.until_date, 3, 1)
        grid.addWidget(self.reset_button, 4, 0, 1, 3)
        grid.setColumnStretch(2, 1)

        order = [
            self.tag_combo,
            *self.mood_buttons,
            self.from_check,
            self.from_date,
            self.until_check,
            self.until_date,
            self.reset_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # Reading

    def filter(self) -> JournalFilter:
        tag = self.tag_combo.currentData()
        moods = frozenset(i + 1 for i, b in enumerate(self.mood_buttons) if b.isChecked())
        start = end = None
        if self.from_check.isChecked():
            start = datetime.combine(self.from_date.date().toPython(), time.min)
        if self.until_check.isChecked():
            end = datetime.combine(self.until_date.date().toPython(), time.max)
        return JournalFilter(tag=tag or None, moods=moods or None, start=start, end=end)

    def active_count(self) -> int:
        flt = self.filter()
        return sum(x is not None for x in (flt.tag, flt.moods, flt.start, flt.end))

    # Changing

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        """Offer the tags in use (most used first), keeping the chosen one if still there."""
        chosen = self.tag_combo.currentData()
        self._quiet += 1
        try:
            self.tag_combo.clear()
            self.tag_combo.addItem(self.tr("Any tag"), None)
            for tag, count in tags:
                self.tag_combo.addItem(self.tr("{tag} ({count})").format(tag=tag, count=count), tag)
            index = self.tag_combo.findData(chosen) if chosen else 0
            if chosen and index < 0:
                # The tag is no longer on any entry: keep it chosen so the list stays as set.
                self.tag_combo.addItem(self.tr("{tag} (0)").format(tag=chosen), chosen)
                index = self.tag_combo.count() - 1
            self.tag_combo.setCurrentIndex(max(index, 0))
        finally:
            self._quiet -= 1

    def choose_tag(self, tag: str) -> None:
        index = self.tag_combo.findData(tag)
        if index >= 0:
            self.tag_combo.setCurrentIndex(index)

    def set_default_dates(self, today: date) -> None:
        """Where the date boxes start when the person ticks them."""
        self._quiet += 1
        try:
            for edit in (self.from_date, self.until_date):
                edit.setDate(QDate(today.year, today.month, today.day))
        finally:
            self._quiet -= 1

    def reset(self, *, announce: bool = True) -> None:
        """Back to showing everything (one ``changed``, unless ``announce`` is False)."""
        if not self.active_count():
            return
        self._quiet += 1
        try:
            self._reset_fields()
        finally:
            self._quiet -= 1
        if announce:
            self.changed.emit()

    def forget(self) -> None:
        """Drop every filter and the tag names (on lock); emits nothing."""
        self._quiet += 1
        try:
            self._reset_fields()
            for edit in (self.from_date, self.until_date):
                edit.setDate(QDate(2000, 1, 1))
            self.tag_combo.clear()
            self.tag_combo.addItem(self.tr("Any tag"), None)
        finally:
            self._quiet -= 1

    def _reset_fields(self) -> None:
        self.tag_combo.setCurrentIndex(0)
        for button in self.mood_buttons:
            button.setChecked(False)
        self.from_check.setChecked(False)
        self.until_check.setChecked(False)

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()
