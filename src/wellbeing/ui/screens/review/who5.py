"""The WHO-5 check-in: five statements about the last two weeks, optional, with its source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.changes import Kind
from ....domain.review import (
    WHO5_ANSWERS,
    WHO5_INTRO,
    WHO5_ITEMS,
    WHO5_SOURCE,
    is_low_wellbeing,
    who5_score,
)
from ....services.vault_service import VaultService
from .charts import heading
from .words import day_words


def _domain_words(text: str) -> str:
    """The WHO-5's own words, kept in the domain and filed under "DomainWords"."""
    return QCoreApplication.translate("DomainWords", text)


class Who5Panel(QWidget):
    """Answer the five statements by keyboard or mouse, then "Save" stores them for today.

    Signals: ``saved(int)``: today's check-in was stored; the argument is its score.
    """

    saved = Signal(int)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("WHO-5 check-in (optional)")))
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        intro = QLabel(_domain_words(WHO5_INTRO))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QGridLayout()
        form.setColumnStretch(0, 3)
        form.setColumnStretch(1, 2)
        self.choices: list[QComboBox] = []
        for number, statement in enumerate(WHO5_ITEMS, start=1):
            combo = QComboBox()
            combo.setPlaceholderText(self.tr("Choose an answer"))
            for points, answer in enumerate(WHO5_ANSWERS):
                combo.addItem(_domain_words(answer), points)
            combo.setCurrentIndex(-1)
            combo.setAccessibleName(
                self.tr("Statement {n}: {text}").format(n=number, text=_domain_words(statement))
            )
            combo.setAccessibleDescription(
                self.tr("From “At no time” to “All of the time”. Use the arrow keys.")
            )
            combo.currentIndexChanged.connect(self._answers_changed)
            label = QLabel(self.tr("{n}. {text}").format(n=number, text=_domain_words(statement)))
            label.setWordWrap(True)
            label.setBuddy(combo)
            form.addWidget(label, number - 1, 0)
            form.addWidget(combo, number - 1, 1)
            self.choices.append(combo)
        layout.addLayout(form)

        self.save_button = QPushButton(self.tr("Save today's check-in"))
        self.save_button.setAccessibleName(self.tr("Save today's WHO-5 check-in"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("WHO-5 score"))
        layout.addWidget(self.result)
        self.gentle = QLabel()
        self.gentle.setWordWrap(True)
        self.gentle.hide()
        layout.addWidget(self.gentle)
        source = QLabel(self.tr("Source: {source}").format(source=WHO5_SOURCE))
        source.setWordWrap(True)
        source.setEnabled(False)  # quieter, in the palette's own dim text colour
        layout.addWidget(source)

    def answers(self) -> list[int] | None:
        values = [combo.currentData() for combo in self.choices]
        return None if any(v is None for v in values) else values

    def _answers_changed(self) -> None:
        self.save_button.setEnabled(self.answers() is not None)

    def load(self) -> None:
        """Show today's check-in if there is one (saving again replaces it)."""
        vault = self.service.vault
        today = vault.today()
        self.about.setText(
            self.tr(
                "Five questions about the last two weeks. You never have to answer them; if you "
                "do, they are saved for today ({day}), encrypted, on this computer only."
            ).format(day=day_words(today))
        )
        found = vault.who5.get(today)
        for i, combo in enumerate(self.choices):
            combo.blockSignals(True)
            combo.setCurrentIndex(found.answers[i] if found else -1)
            combo.blockSignals(False)
        self._answers_changed()
        if found:
            self._show_score(found.score, already=True)
        else:
            self.result.clear()
            self.gentle.hide()

    def save(self) -> None:
        answers = self.answers()
        if answers is None:
            return
        stored = self.service.write(
            lambda v: v.who5.set(v.today(), answers), changes=Kind.WHO5, initiator=self
        )
        if stored is not None:
            score = who5_score(answers)
            self._show_score(score, already=False)
            self.saved.emit(score)

    def _show_score(self, score: int, already: bool) -> None:
        text = (
            self.tr("Today's check-in is saved. WHO-5 score: {score} out of 100.")
            if not already
            else self.tr("You checked in today. WHO-5 score: {score} out of 100.")
        )
        self.result.setText(
            text.format(score=score)
            + " "
            + self.tr("(The WHO-5 Well-Being Index, World Health Organization, 1998.)")
        )
        low = is_low_wellbeing(score)
        self.gentle.setText(
            self.tr(
                "This suggests things may be hard right now. Your safety plan is one "
                "keystroke away: F1."
            )
            if low
            else ""
        )
        self.gentle.setVisible(low)

    def clear(self) -> None:
        for combo in self.choices:
            combo.blockSignals(True)
            combo.setCurrentIndex(-1)
            combo.blockSignals(False)
        self.save_button.setEnabled(False)
        self.result.clear()
        self.gentle.clear()
        self.gentle.hide()
        self.about.clear()
