"""Compare two days: two date fields, "Compare", and what changed in plain sentences."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....services.vault_service import VaultService
from ...widgets.flow_layout import FlowLayout
from ...words.history import sentence
from .dates import date_field, day_words, from_qdate, to_qdate
from .plan_view import EARLIEST

_Index = QModelIndex | QPersistentModelIndex


class SentenceModel(QAbstractListModel):
    """A list of sentences (what changed between two days)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sentences: list[str] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sentences)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        if not 0 <= index.row() < len(self._sentences):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._sentences[index.row()]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def set_sentences(self, sentences: list[str]) -> None:
        self.beginResetModel()
        self._sentences = list(sentences)
        self.endResetModel()

    def sentences(self) -> list[str]:
        return list(self._sentences)


class ComparePane(QWidget):
    """What changed in the plan from the end of one day to the end of another."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._loaded = False
        self._compared = False

        self.first = date_field(self.tr("First day to compare"))
        self.second = date_field(self.tr("Second day to compare"))
        first_label = QLabel(self.tr("&From"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Until"))
        second_label.setBuddy(self.second)
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setAccessibleName(self.tr("Compare the two days"))
        self.compare_button.setAutoDefault(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = SentenceModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setAccessibleName(self.tr("What changed between the two days"))

        # Each label stays with its date; the groups wrap when the text is large.
        row = FlowLayout()
        for pair in ((first_label, self.first), (second_label, self.second)):
            group = QWidget()
            group_row = QHBoxLayout(group)
            group_row.setContentsMargins(0, 0, 0, 0)
            for widget in pair:
                group_row.addWidget(widget)
            row.addWidget(group)
        row.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

        self.compare_button.clicked.connect(self.compare)

    def set_range(self, starts: date | None, today: date) -> None:
        first = to_qdate(starts) if starts is not None else EARLIEST
        for edit in (self.first, self.second):
            edit.setDateRange(first, to_qdate(today))
        if not self._loaded:
            self.first.setDate(to_qdate(max(today - timedelta(days=30), starts or date.min)))
            self.second.setDate(to_qdate(today))
        self._loaded = True
        if self._compared:
            self.compare()

    def compare(self) -> None:
        if not self._service.is_unlocked:
            return
        a, b = from_qdate(self.first.date()), from_qdate(self.second.date())
        if a > b:  # read the change forwards in time
            a, b = b, a
            self.first.setDate(to_qdate(a))
            self.second.setDate(to_qdate(b))
        changes = self._service.vault.history.compare_dates(a, b)
        self.model.set_sentences([sentence(change.line) for change in changes])
        self._compared = True
        if not changes:
            self.summary.setText(self.tr("Nothing changed between these dates."))
        else:
            self.summary.setText(
                self.tr("From the end of {a} to the end of {b}:").format(
                    a=day_words(a), b=day_words(b)
                )
            )

    def clear(self) -> None:
        self._loaded = False
        self._compared = False
        self.model.set_sentences([])
        self.summary.clear()
        for edit in (self.first, self.second):
            edit.setDateRange(EARLIEST, QDate.currentDate())
            edit.setDate(QDate.currentDate())
