"""Session mode: working through the plan with a therapist, often on a shared screen.

Steps in order: Values → Goals → Boundaries → Routines → Safety plan → a summary. Each
step hosts the app's own screen; the clinician's prompts sit apart, in their own panel.
Nothing else of the app can be reached from here: no journal, no review, no other screen.

The session itself (a random id, when it started, the step, the steps seen) is kept in
the encrypted vault (``vault.meta`` key "session"), so a session cut short can be
carried on with the same id; while it runs, every plan change is recorded as made in it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ....domain.changes import Kind
from ....services.vault_service import VaultService
from .finish import FinishView
from .header import SessionHeader
from .looks import Leftovers, page_font, rescale_headings
from .panels import PromptsPanel, ResumeOffer
from .prompts import COUNTED_STEPS, FINISH, STEP_KEYS, step_title
from .state import META_KEY, SessionState, new_state, saved_state
from .steps import make_step_screen
from .summary import Section, day_text, session_summary


class SessionPage(QWidget):
    """A guided session through the plan.

    Signals: ``ended()`` when the session ended (or the person chose "Not now"), and
    ``crisis_requested()`` when the hosted safety plan screen asks for the crisis view.
    ``begin()`` starts a new session or offers to carry on the saved one; ``clear()``
    forgets everything shown (on lock), while the saved session stays in the vault.
    """

    ended = Signal()
    crisis_requested = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._state: SessionState | None = None
        self._step: int | None = None
        self._screens: dict[int, QWidget] = {}
        self._prompts_shown = True
        self._split_set = False
        self._leftovers = Leftovers(service)
        self.destroyed.connect(self._leftovers.run)

        self.header = SessionHeader()
        self.stack = QStackedWidget()
        self.blank = QWidget()
        self.offer = ResumeOffer()
        self.finish = FinishView()
        self.finish.vault_folder = lambda: service.folder
        for widget in (self.blank, self.offer, self.finish):
            self.stack.addWidget(widget)
        self.prompts = PromptsPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.prompts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

        h = self.header
        h.back_button.clicked.connect(self.back)
        h.skip_button.clicked.connect(self.skip)
        h.next_button.clicked.connect(self.next)
        h.end_button.clicked.connect(self.request_end)
        h.end_confirmed.connect(self.end)
        h.prompts_button.clicked.connect(lambda: self.set_prompts_shown(not self._prompts_shown))
        self.offer.carry_on.connect(self._carry_on)
        self.offer.start_new.connect(self._start_new)
        self.offer.not_now.connect(self._not_now)
        for keys, slot in (("Alt+Left", self.back), ("Alt+Right", self.next)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), h.end_bar)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(h.hide_end_question)
        service.locking.connect(self.flush)
        service.locked.connect(self.clear)
        self._show_nothing()
        self._apply_font()

    # Public

    @property
    def state(self) -> SessionState | None:
        """The session running on this page (None before ``begin()`` and after the end)."""
        return self._state

    @property
    def current_step(self) -> int | None:
        return self._step

    def step_screen(self, step: int) -> QWidget:
        """The screen hosted at ``step`` (made the first time it is asked for)."""
        screen = self._screens.get(step)
        if screen is None:
            screen = make_step_screen(step, self.service)
            self._screens[step] = screen
            self.stack.addWidget(screen)
            flush = getattr(screen, "flush", None)
            if callable(flush):
                self._leftovers.flushers.append(flush)
            crisis = getattr(screen, "crisis_requested", None)
            if crisis is not None:
                crisis.connect(self.crisis_requested)
            # The header already names the step; the screen's own title would repeat it.
            for title in screen.findChildren(QWidget, "screenHeading"):
                title.hide()
            self._rescale_headings()
        return screen

    def begin(self) -> None:
        """Start a session, or offer to carry on the one saved in the vault."""
        if not self.service.is_unlocked:
            return
        if self._state is not None:
            self._show(self._state.step)
            return
        saved = saved_state(self.service.vault)
        if saved is None:
            self._start(new_state(self.service.vault.now()))
            return
        where = (
            self.tr("You had reached the summary.")
            if saved.step == FINISH
            else self.tr("You were at step {n} of {total}, {title}.").format(
                n=saved.step + 1, total=COUNTED_STEPS, title=step_title(saved.step)
            )
        )
        self._show_nothing()
        self.offer.offer(day_text(saved.started_at.astimezone().date()), where)
        self.stack.setCurrentWidget(self.offer)
        self.offer.carry_on_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def next(self) -> None:
        if self._can_move() and self._step < FINISH:
            self._go(self._step + 1)

    def skip(self) -> None:
        if self._can_move() and self._step < FINISH:
            self._go(self._step + 1, skipped=True)

    def back(self) -> None:
        if self._can_move() and self._step > 0:
            self._go(self._step - 1)

    def go_to(self, step: int) -> None:
        if self._can_move() and 0 <= step < len(STEP_KEYS):
            self._go(step)

    def request_end(self) -> None:
        """End at once from the summary; mid-way, ask gently first."""
        if self._state is None:
            return
        if self._step == FINISH:
            self.end()
        else:
            self.header.ask_to_end()

    def end(self) -> None:
        """Save what is pending, forget the saved session, and say so (``ended``)."""
        self.flush()
        if self.service.is_unlocked:
            self.service.write(
                lambda v: v.meta.delete(META_KEY), changes=Kind.SESSION, initiator=self
            )
        self._forget()
        self.ended.emit()

    def flush(self) -> None:
        """Save any edit the current step still holds."""
        if self._step is not None and self._step != FINISH and self.service.is_unlocked:
            screen = self._screens.get(self._step)
            if screen is not None:
                screen.flush()  # type: ignore[attr-defined]

    def clear(self) -> None:
        """Forget everything shown (on lock). The session stays saved to carry on later."""
        self._forget()

    def set_prompts_shown(self, shown: bool) -> None:
        self._prompts_shown = shown
        self.prompts.setVisible(shown)
        self.header.set_prompts_shown(shown)

    def summary_sections(self) -> list[Section]:
        return list(self.finish.sections)

    # Moving between steps

    def _can_move(self) -> bool:
        return (
            self._state is not None
            and self._step is not None
            and self.service.is_unlocked
            and not self.header.skip_button.isHidden()
        )

    def _start(self, state: SessionState) -> None:
        self._state = state
        today = day_text(self.service.vault.today())
        self.service.set_revision_note(
            self.tr("Made in session on {day}").format(day=today), state.origin
        )
        self._leftovers.origin = state.origin
        self._save_state()
        self._show(state.step)

    def _carry_on(self) -> None:
        if not self.service.is_unlocked:
            return
        saved = saved_state(self.service.vault)
        self._start(saved if saved is not None else new_state(self.service.vault.now()))

    def _start_new(self) -> None:
        if self.service.is_unlocked:
            self._start(new_state(self.service.vault.now()))

    def _not_now(self) -> None:
        self._forget()
        self.ended.emit()

    def _go(self, step: int, *, skipped: bool = False) -> None:
        assert self._state is not None
        self.flush()
        self._state = self._state.at_step(step, skipped=skipped)
        self._save_state()
        self._show(step)

    def _save_state(self) -> None:
        if self._state is not None:
            data = self._state.to_json()
            self.service.write(
                lambda v: v.meta.set(META_KEY, data), changes=Kind.SESSION, initiator=self
            )

    def _show(self, step: int) -> None:
        focus_in_header = self.header.isAncestorOf(QApplication.focusWidget())
        self._step = step
        self.header.hide_end_question()
        self.header.show_step(step)
        self.prompts.show_for(step)
        self.prompts.setVisible(self._prompts_shown)
        if step == FINISH:
            self._show_summary()
            self.stack.setCurrentWidget(self.finish)
        else:
            screen = self.step_screen(step)
            self.stack.setCurrentWidget(screen)
            screen.load()  # type: ignore[attr-defined]
        focus = QApplication.focusWidget()
        if focus is None or not focus.isVisible() or not focus.isEnabled() or focus_in_header:
            self._focus_default(step)

    def _focus_default(self, step: int) -> None:
        h = self.header
        choices = (self.finish.save_button, h.end_button) if step == FINISH else (h.next_button,)
        for button in choices:
            if button.isEnabled() and button.isVisibleTo(self):
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _show_summary(self) -> None:
        assert self._state is not None
        state = self._state
        sections = session_summary(self.service.vault, state.origin)
        started = state.started_at.astimezone().date()
        skipped = [step_title(s) for s in state.skipped if s != FINISH]
        self.finish.show_summary(
            self.tr("What we made together"),
            self.tr(
                "From the session on {day}. Only what was written or changed in this "
                "session is here."
            ).format(day=day_text(started)),
            sections,
            skipped=self.tr("Skipped for today: {steps}. They are there whenever you like.").format(
                steps=", ".join(skipped)
            )
            if skipped
            else "",
            file_stem=self.tr("session-summary-{day}").format(day=started.isoformat()),
        )

    # Forgetting

    def _show_nothing(self) -> None:
        self._step = None
        self.header.clear()
        self.header.set_navigation_visible(False)
        self.prompts.clear()
        self.prompts.hide()
        self.stack.setCurrentWidget(self.blank)

    def _forget(self) -> None:
        self._state = None
        self._leftovers.release_note()
        for screen in self._screens.values():
            screen.clear()  # type: ignore[attr-defined]
        self.finish.clear()
        self.offer.clear()
        self._show_nothing()

    # Looks: the whole page at TEXT_SCALE times the app's text size

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_set:
            self._split_set = True
            width = max(self.splitter.width(), 4)
            self.splitter.setSizes([width - width // 4, width // 4])

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (another window, closing) saves what the step holds."""
        self.flush()
        super().hideEvent(event)

    def follow_app_font(self) -> None:
        """Called by the theme after the text size changes."""
        self._apply_font()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_font()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._rescale_headings)

    def _apply_font(self) -> None:
        font = page_font()
        if font != self.font():
            self.setFont(font)
        # Headings size themselves from the app's font; after the theme has told them
        # of a change, size them from this page's font instead.
        QTimer.singleShot(0, self, self._rescale_headings)

    def _rescale_headings(self) -> None:
        rescale_headings(self)
