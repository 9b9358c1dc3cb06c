"""Two calm panels of session mode: the clinician's prompts, and the offer to carry on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...widgets import Heading
from .prompts import prompts_for


def wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)  # a new policy would otherwise drop word wrap's height
    label.setSizePolicy(policy)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def push_button(text: str, name: str = "", description: str = "") -> QPushButton:
    """A button Enter activates too, with its spoken name."""
    button = QPushButton(text)
    button.setAutoDefault(True)
    button.setAccessibleName(name or text.replace("&", ""))
    if description:
        button.setAccessibleDescription(description)
    return button


class PromptsPanel(QScrollArea):
    """Questions for the person guiding the session, shown apart from the person's answers.

    A panel in the palette's alternate base colour with a border, so it reads as
    "for the conversation", never as part of the plan. Nothing in it is saved.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Prompts for the conversation"))

        self.frame = QFrame()
        self.frame.setObjectName("sessionPrompts")
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.frame.setAutoFillBackground(True)
        self.frame.setAccessibleName(self.tr("Prompts for the conversation"))
        self.title = Heading(self.tr("Prompts for the conversation"), scale=1.1)
        self.note = wrapping(
            self.tr("For the person guiding the session. Questions only: nothing here is saved.")
        )
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.questions = layout = QVBoxLayout(self.frame)
        spacing = self.fontMetrics().height()
        layout.setContentsMargins(spacing, spacing, spacing, spacing)
        layout.setSpacing(spacing // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addSpacing(spacing // 2)
        layout.addStretch(1)
        self.setWidget(self.frame)
        self.labels: list[QLabel] = []

    def show_for(self, step: int) -> None:
        self.clear()
        for text in prompts_for(step):
            label = wrapping(text)
            label.setAccessibleName(self.tr("Prompt"))
            label.setAccessibleDescription(text)
            self.questions.insertWidget(self.questions.count() - 1, label)
            self.labels.append(label)

    def prompts(self) -> list[str]:
        return [label.text() for label in self.labels]

    def clear(self) -> None:
        for label in self.labels:
            self.questions.removeWidget(label)
            label.deleteLater()
            label.hide()
            label.clear()
            label.setAccessibleDescription("")
        self.labels = []


class ResumeOffer(QWidget):
    """ "Carry on with the session from <date>?" with Carry on, Start a new one, Not now.

    Signals: ``carry_on()``, ``start_new()``, ``not_now()`` (the saved session stays).
    """

    carry_on = Signal()
    start_new = Signal()
    not_now = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = Heading("", scale=1.3)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = wrapping()
        self.carry_on_button = push_button(
            self.tr("&Carry on"), self.tr("Carry on"), self.tr("Back to where you left off.")
        )
        self.new_button = push_button(
            self.tr("Start a &new one"),
            self.tr("Start a new session"),
            self.tr("What you made last time stays in your plan."),
        )
        self.not_now_button = push_button(
            self.tr("Not &now"),
            self.tr("Not now"),
            self.tr("Leaves session mode; you can carry on another time."),
        )
        self.carry_on_button.clicked.connect(self.carry_on)
        self.new_button.clicked.connect(self.start_new)
        self.not_now_button.clicked.connect(self.not_now)
        buttons = QHBoxLayout()
        for button in (self.carry_on_button, self.new_button, self.not_now_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height() * 2
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(self.fontMetrics().height())
        layout.addWidget(self.question)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def offer(self, day: str, where: str) -> None:
        self.question.setText(self.tr("Carry on with the session from {day}?").format(day=day))
        self.detail.setText(
            self.tr("Everything written then is saved. {where}").format(where=where).strip()
        )
        self.carry_on_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.question.clear()
        self.detail.clear()
