"""The reflection: three prompts for the period, saved as a review record as you write;
and the reviews written before, to read again."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.changes import Kind
from ....domain.review import Period, Review
from ....services.vault_service import VaultService
from ...widgets.autosave import Autosave
from ...widgets.fields import TextBox
from .charts import heading
from .reviews_model import ReviewListModel


class ReflectionPanel(QWidget):
    """Writes into the review record of the period shown; creates it on the first words.

    Signals: ``review_saved(int)``: the review record (its id) was added or changed.
    """

    review_saved = Signal(int)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._period: Period | None = None
        self._review: Review | None = None
        self.autosave = Autosave(self.save, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Looking back")))
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        prompts = (
            (self.tr("What helped?"), self.tr("What helped")),
            (self.tr("What got in the way?"), self.tr("What got in the way")),
            (self.tr("What do I want to change?"), self.tr("What I want to change")),
        )
        self.fields: list[QPlainTextEdit] = []
        for text, name in prompts:
            field = TextBox(lines=3)
            field.setAccessibleName(name)
            field.textChanged.connect(self.autosave.touch)
            label = QLabel(text)
            label.setBuddy(field)
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addWidget(field)
            self.fields.append(field)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(heading(self.tr("Reviews written before")))
        self.past_model = ReviewListModel(self)
        self.past = QListView()
        self.past.setModel(self.past_model)
        self.past.setAccessibleName(self.tr("Reviews written before"))
        self.past.setAccessibleDescription(self.tr("Press Enter to read the chosen review."))
        self.past.activated.connect(lambda index: self.open_past(index.row()))
        layout.addWidget(self.past)
        self.none_yet = QLabel(self.tr("No reviews written yet."))
        self.none_yet.hide()
        layout.addWidget(self.none_yet)
        self.open_button = QPushButton(self.tr("Read the chosen review"))
        self.open_button.clicked.connect(lambda: self.open_past(self.past.currentIndex().row()))
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reader = QPlainTextEdit()
        self.reader.setReadOnly(True)
        self.reader.setAccessibleName(self.tr("The chosen review, to read"))
        self.reader.setMinimumHeight(self.fontMetrics().height() * 8)
        self.reader.hide()
        layout.addWidget(self.reader)

    # The current review

    @property
    def review(self) -> Review | None:
        return self._review

    def show_period(self, period: Period) -> None:
        """Show the review record of ``period`` (the newest if there are several)."""
        self.autosave.flush()
        self._period = period
        vault = self.service.vault
        matches = [
            r
            for r in vault.reviews.list()
            if (r.period_start, r.period_end) == (period.start, period.end)
        ]
        self._review = matches[0] if matches else None
        with self.autosave.suspend():
            for field, text in zip(self.fields, self._texts(self._review), strict=True):
                field.setPlainText(text)
        self.about.setText(
            self.tr(
                "Your own words about {period}. They save themselves as you write, encrypted, "
                "on this computer only."
            ).format(period=period.describe())
        )
        self.status.clear()
        self.load_past()

    @staticmethod
    def _texts(review: Review | None) -> tuple[str, str, str]:
        if review is None:
            return "", "", ""
        return review.what_helped, review.what_got_in_the_way, review.what_to_change

    def ensure_review(self) -> Review | None:
        """The review record of the period shown, made now (empty) if there is none yet."""
        self.autosave.flush()
        if self._review is None and self._period is not None:
            self._store(force=True)
        return self._review

    def save(self) -> None:
        self._store(force=False)

    def _store(self, force: bool) -> None:
        if self._period is None:
            return
        texts = [field.toPlainText() for field in self.fields]
        if self._review is None:
            if not force and not any(t.strip() for t in texts):
                return
            period = self._period
            saved = self.service.write(
                lambda v: v.reviews.add(Review.new(period, *texts)),
                changes=Kind.REVIEW,
                initiator=self,
            )
        else:
            changed = replace(
                self._review,
                what_helped=texts[0],
                what_got_in_the_way=texts[1],
                what_to_change=texts[2],
            )
            if changed == self._review:
                return
            saved = self.service.write(
                lambda v: v.reviews.update(changed), changes=Kind.REVIEW, initiator=self
            )
        if saved is not None:
            self._review = saved
            self.status.setText(self.tr("Saved, encrypted, on this computer only."))
            self.load_past()
            self.review_saved.emit(saved.id)

    # Past reviews

    def load_past(self) -> None:
        current = self.past.currentIndex().row()
        self.past_model.set_reviews(self.service.vault.reviews.list())
        if 0 <= current < self.past_model.rowCount():
            self.past.setCurrentIndex(self.past_model.index(current))
        rows = self.past_model.rowCount()
        self.open_button.setEnabled(rows > 0)
        self.past.setVisible(rows > 0)
        self.none_yet.setVisible(rows == 0)
        line = max(self.past.sizeHintForRow(0), self.fontMetrics().height())
        self.past.setFixedHeight(line * min(max(rows, 1), 6) + 2 * self.past.frameWidth() + 4)

    def open_past(self, row: int) -> None:
        if not 0 <= row < self.past_model.rowCount():
            return
        review = self.past_model.review(row)
        parts = [
            (self.tr("What helped"), review.what_helped),
            (self.tr("What got in the way"), review.what_got_in_the_way),
            (self.tr("What I wanted to change"), review.what_to_change),
        ]
        body = "\n\n".join(
            f"{title}\n{text.strip() or self.tr('(left empty)')}" for title, text in parts
        )
        self.reader.setPlainText(f"{review.period.describe()}\n\n{body}")
        self.reader.document().clearUndoRedoStacks()
        self.reader.show()

    def clear(self) -> None:
        self.autosave.cancel()
        self._period = None
        self._review = None
        with self.autosave.suspend():
            for field in self.fields:
                field.clear()
                field.document().clearUndoRedoStacks()
        self.about.clear()
        self.status.clear()
        self.past_model.clear()
        self.reader.clear()
        self.reader.document().clearUndoRedoStacks()
        self.reader.hide()
