"""Past reviews, newest first: the date each was made and the period it looked at."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ....domain.review import Review
from .words import day_words

Index = QModelIndex | QPersistentModelIndex
ReviewRole = Qt.ItemDataRole.UserRole + 1


class ReviewListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._reviews: list[Review] = []

    def set_reviews(self, reviews: list[Review]) -> None:
        self.beginResetModel()
        self._reviews = list(reviews)
        self.endResetModel()

    def clear(self) -> None:
        self.set_reviews([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._reviews)

    def review(self, row: int) -> Review:
        return self._reviews[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._reviews):
            return None
        review = self._reviews[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            made = review.at.astimezone().date() if review.at else None
            text = self.tr("{period} — written {day}").format(
                period=review.period.describe(), day=day_words(made) if made else ""
            )
            if review.is_empty:
                text += " " + self.tr("(no words yet)")
            return text
        if role == ReviewRole:
            return review.id
        return None
