"""The left side of the journal: new entry, search, filters, the list and what it says."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .delegate import EntryDelegate
from .filters import FilterBar
from .widgets import SearchField, UndoBar


class ListPane(QWidget):
    """Widgets only; the screen decides what they show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.setAutoDefault(False)
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.new_button.setAccessibleDescription(self.tr("Starts a new entry (Ctrl+N)."))
        self.search_field = SearchField()
        self.filters_button = QPushButton(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setAutoDefault(False)
        self.filters_button.setAccessibleName(self.tr("Show filters"))
        self.filters_button.setAccessibleDescription(
            self.tr("Narrow the list by tag, mood or date.")
        )
        self.filter_bar = FilterBar()
        self.filter_bar.hide()
        self.filters_button.toggled.connect(self.filter_bar.setVisible)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("How many entries are shown"))

        self.delegate = EntryDelegate(self)
        self.list_view = QListView()
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setAccessibleName(self.tr("Journal entries, newest first"))
        self.list_view.setAccessibleDescription(
            self.tr("Enter opens the entry; Delete moves it to the archive, with an Undo.")
        )
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setMargin(self.fontMetrics().height() // 2)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.empty_label)
        self.undo_bar = UndoBar()

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.filters_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addLayout(search_row)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(self.undo_bar)

        order = [
            self.new_button,
            self.search_field,
            self.filters_button,
            self.filter_bar,
            self.list_view,
            self.undo_bar.undo_button,
            self.undo_bar.delete_button,
            self.undo_bar.close_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def show_counts(self, *, searching: bool, shown: int, more: bool, total: int) -> None:
        """Say how many entries are listed; with none, say why in kind words."""
        filtered = self.filter_bar.active_count()
        self.filters_button.setText(
            self.tr("Filters ({count})").format(count=filtered) if filtered else self.tr("Filters")
        )
        n = QLocale().toString(shown)
        empty = ""
        if not total:
            status = ""
            empty = self.tr("Nothing written yet. This is a private place; only you can open it.")
        elif searching:
            if not shown:
                status = self.tr("No entries contain these words.")
                empty = self.tr(
                    "Nothing found for these words. Fewer words, or the start of a word "
                    "followed by *, may find more."
                )
                if filtered:
                    empty += " " + self.tr("The filters narrow the search too.")
            elif more:
                status = self.tr("The newest {n} entries with these words; scroll for more.")
            elif shown == 1:
                status = self.tr("1 entry contains these words.")
            else:
                status = self.tr("{n} entries contain these words.")
        elif filtered:
            if shown == 1:
                status = self.tr("1 entry matches these filters.")
            else:
                status = self.tr("{n} entries match these filters.")
            empty = self.tr(
                "No entries match these filters. “Show everything” under Filters brings "
                "them all back."
            )
        else:
            status = self.tr("1 entry") if shown == 1 else self.tr("{n} entries")
        self.status_label.setText(status.format(n=n))
        self.empty_label.setText(empty if not shown else "")
        self.list_stack.setCurrentWidget(self.list_view if shown else self.empty_label)

    def forget(self) -> None:
        """Nothing typed, filtered or counted remains (on lock)."""
        self.search_field.blockSignals(True)
        self.search_field.setText("")
        self.search_field.blockSignals(False)
        self.filter_bar.forget()
        self.filters_button.setChecked(False)
        self.filters_button.setText(self.tr("Filters"))
        self.delegate.set_search("")
        self.status_label.setText("")
        self.empty_label.setText("")
        self.list_stack.setCurrentWidget(self.list_view)
        self.undo_bar.hide()
