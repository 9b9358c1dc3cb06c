"""The session's header: where we are ("Step 2 of 5 · Goals"), the way on, and the end.

Back, Skip this step and Next move between steps (Alt+Left and Alt+Right too). "End
session" asks gently before ending mid-way; everything is saved either way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QSizePolicy,
    QWidget,
)

from ...widgets import Heading
from .panels import push_button, wrapping
from .prompts import COUNTED_STEPS, FINISH, step_title


class SessionHeader(QWidget):
    """Signals: ``end_confirmed()`` once the person says yes to ending mid-way."""

    end_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_label = Heading("", scale=1.2)
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.step_label.setAccessibleName(self.tr("Where we are"))
        self.progress = QProgressBar()
        self.progress.setRange(0, COUNTED_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.progress.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.back_button = push_button(
            self.tr("&Back"), self.tr("Back"), self.tr("The step before (Alt+Left).")
        )
        self.skip_button = push_button(
            self.tr("S&kip this step"),
            self.tr("Skip this step"),
            self.tr("Moves on; the step stays there for another time."),
        )
        self.next_button = push_button(
            self.tr("Ne&xt"), self.tr("Next"), self.tr("The next step (Alt+Right).")
        )
        self.next_button.setDefault(False)
        self.prompts_button = push_button(self.tr("Hide &prompts"))
        self.end_button = push_button(
            self.tr("End sess&ion"),
            self.tr("End session"),
            self.tr("Everything so far is saved."),
        )

        self.end_bar = QFrame()
        self.end_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.end_bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.end_bar.setAutoFillBackground(True)
        self.end_question = wrapping(self.tr("End the session now? Everything so far is saved."))
        self.end_now_button = push_button(self.tr("End now"), self.tr("End the session now"))
        self.keep_going_button = push_button(self.tr("Keep going"))
        self.end_now_button.clicked.connect(self.end_confirmed)
        self.keep_going_button.clicked.connect(self.hide_end_question)
        end_layout = QHBoxLayout(self.end_bar)
        end_layout.addWidget(self.end_question, 1)
        end_layout.addWidget(self.end_now_button)
        end_layout.addWidget(self.keep_going_button)
        self.end_bar.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        grid.addWidget(self.step_label, 0, 0)
        top_buttons = QHBoxLayout()
        top_buttons.addWidget(self.prompts_button)
        top_buttons.addWidget(self.end_button)
        grid.addLayout(top_buttons, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.progress, 1, 0)
        nav = QHBoxLayout()
        for button in (self.back_button, self.skip_button, self.next_button):
            nav.addWidget(button)
        grid.addLayout(nav, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.end_bar, 2, 0, 1, 2)
        self.setTabOrder(self.back_button, self.skip_button)
        self.setTabOrder(self.skip_button, self.next_button)
        self.setTabOrder(self.next_button, self.prompts_button)
        self.setTabOrder(self.prompts_button, self.end_button)

    def show_step(self, step: int) -> None:
        if step == FINISH:
            text = self.tr("Last · {title}").format(title=step_title(step))
            where = self.tr("All steps done: the summary")
            value = COUNTED_STEPS
        else:
            text = self.tr("Step {n} of {total} · {title}").format(
                n=step + 1, total=COUNTED_STEPS, title=step_title(step)
            )
            where = self.tr("Step {n} of {total}: {title}").format(
                n=step + 1, total=COUNTED_STEPS, title=step_title(step)
            )
            value = step + 1
        self.step_label.setText(text)
        self.progress.setValue(value)
        self.progress.setAccessibleDescription(where)
        self.back_button.setEnabled(step > 0)
        self.skip_button.setEnabled(step < FINISH)
        self.next_button.setEnabled(step < FINISH)
        self.set_navigation_visible(True)

    def set_navigation_visible(self, visible: bool) -> None:
        for widget in (
            self.step_label,
            self.progress,
            self.back_button,
            self.skip_button,
            self.next_button,
            self.prompts_button,
            self.end_button,
        ):
            widget.setVisible(visible)
        if not visible:
            self.end_bar.hide()

    def set_prompts_shown(self, shown: bool) -> None:
        self.prompts_button.setText(self.tr("Hide &prompts") if shown else self.tr("Show &prompts"))
        self.prompts_button.setAccessibleName(self.prompts_button.text().replace("&", ""))

    def ask_to_end(self) -> None:
        self.end_bar.show()
        self.end_now_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def hide_end_question(self) -> None:
        had_focus = self.end_bar.isAncestorOf(self.focusWidget() or self)
        self.end_bar.hide()
        if had_focus:
            self.end_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def asking_to_end(self) -> bool:
        return not self.end_bar.isHidden()

    def clear(self) -> None:
        self.step_label.clear()
        self.progress.setValue(0)
        self.progress.setAccessibleDescription("")
        self.end_bar.hide()
