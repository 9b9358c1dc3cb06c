"""The review: look back over a period, check in, reflect, and change the plan from here."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ....domain.changes import Changes, Kind
from ....domain.review import Period, Review, ReviewData
from ....services.vault_service import VaultService
from ....vault.vault import Vault
from ..base import Screen

if TYPE_CHECKING:
    from .changes import ChangesPanel
    from .period_bar import PeriodBar
    from .progress import ProgressPanel
    from .reflection import ReflectionPanel
    from .who5 import Who5Panel

#: After an unlock, the screen makes its widgets this much later, a part at a time, while
#: the person reads the Today screen: off the start-up path, ready before it is opened.
BUILD_AFTER_UNLOCK_MS = 600
#: Besides the plan, what the review shows and so follows.
SHOWN = (Kind.CHECK_INS, Kind.MOOD, Kind.WHO5, Kind.JOURNAL)
HISTORY = "wellbeing.ui.screens.history"


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # No Tab stop of its own (a frameless area cannot show focus); Tab goes to what it
    # holds, and the area scrolls to keep the focused widget in view.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    return area


def _history_view(service: VaultService) -> QWidget | None:
    """The plan history (another screen package), or None while it does not exist yet."""
    try:
        module = importlib.import_module(HISTORY)
        return module.HistoryView(service)
    except (ImportError, AttributeError):
        return None


def overview(vault: Vault, period: Period) -> ReviewData:
    """The period's data up to today: days not yet come have nothing to show (and would
    only pull a routine's strength down, as if they were blank)."""
    today = vault.today()
    if period.end <= today:
        return vault.progress.overview(period)
    if period.start > today:
        return replace(vault.progress.overview(period), routine_strengths={})
    data = vault.progress.overview(Period.custom(period.start, today), period.sample)
    return replace(data, period=period)


class ReviewScreen(Screen):
    """Progress over a period, the WHO-5 check-in, the reflection, and plan changes.

    Needs a ``VaultService``. ``load()`` opens this month; the period bar reloads on every
    change. Follows changes to the plan, check-ins, moods, WHO-5 answers and the journal
    (the service's ``changed``, its own too) while shown, and reloads on the next showing
    otherwise. Plan changes made here carry the
    review's id in their revision; the reflection saves itself.
    """

    key = "review"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._opened = False
        self._stale = False
        self._built = False
        # The widgets (three charts, tables, the plan and its history) are made on first
        # use, or shortly after an unlock: the app's start shows only the unlock page.
        self.period_bar: PeriodBar
        self.progress: ProgressPanel
        self.who5: Who5Panel
        self.reflection: ReflectionPanel
        self.changes: ChangesPanel
        self.history: QWidget | None = None
        self.tabs: QTabWidget
        self._layout = QVBoxLayout(self)
        self._steps: Iterator[None] | None = None
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.timeout.connect(self._build_step)
        service.unlocked.connect(lambda: self._build_timer.start(BUILD_AFTER_UNLOCK_MS))
        service.changed.connect(self._changed)

    def _build_step(self) -> None:
        """One part of the widgets, then the next when the event loop is free again, so
        that preparing the review never holds up the window for more than a moment."""
        if self._built or not self.service.is_unlocked:
            return
        if self._steps is None:
            self._steps = self._parts()
        if next(self._steps, "done") == "done":
            self._built = True
        else:
            self._build_timer.start(0)

    def build(self) -> None:
        """Make the widgets now (what is not made yet), once."""
        if self._built:
            return
        self._build_timer.stop()
        if self._steps is None:
            self._steps = self._parts()
        for _ in self._steps:
            pass
        self._built = True

    def _parts(self) -> Iterator[None]:
        service = self.service
        from .period_bar import PeriodBar

        self.period_bar = PeriodBar()
        self.period_bar.period_changed.connect(self.show_period)
        yield
        from .charts import ChartCard  # Qt Charts: the largest part to load

        yield
        ChartCard("", (0, 1), "%d").deleteLater()  # Qt Charts' first chart sets itself up
        yield
        from .progress import ProgressPanel

        yield

        self.progress = ProgressPanel()
        yield
        from .reflection import ReflectionPanel
        from .who5 import Who5Panel

        yield
        self.who5 = Who5Panel(service)
        self.reflection = ReflectionPanel(service)
        yield
        from .changes import ChangesPanel

        yield
        self.changes = ChangesPanel(service, self.ensure_review)
        yield
        with contextlib.suppress(ImportError):
            importlib.import_module(HISTORY)
        yield
        self.history = _history_view(service)
        yield
        reflect = QWidget()
        reflect_layout = QVBoxLayout(reflect)
        reflect_layout.addWidget(self.reflection)
        reflect_layout.addSpacing(self.fontMetrics().height())
        reflect_layout.addWidget(self.who5)
        reflect_layout.addStretch(1)
        change = QWidget()
        change_layout = QVBoxLayout(change)
        change_layout.addWidget(self.changes)
        change_layout.addStretch(1)
        if self.history is None:
            history: QWidget = QLabel(
                self.tr("The plan's history will appear here in a later version of the app.")
            )
            history.setWordWrap(True)
        else:
            history = self.history

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Parts of the review"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the review"))
        self.tabs.addTab(_scrolling(self.progress), self.tr("Progress"))
        self.tabs.addTab(_scrolling(reflect), self.tr("Reflection and check-in"))
        self.tabs.addTab(_scrolling(change), self.tr("Change the plan"))
        self.tabs.addTab(history, self.tr("How the plan has changed"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self._layout.addWidget(self.period_bar)
        self._layout.addWidget(self.tabs, 1)

        for keys, slot in (
            ("Alt+Left", self.period_bar.go_previous),
            ("Alt+Right", self.period_bar.go_next),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.reflection.review_saved.connect(lambda _id: self._history_reload())

    def title(self) -> str:
        return self.tr("Review")

    # Loading

    def load(self) -> None:
        self.build()
        vault = self.service.vault
        self.period_bar.set_days(vault.today(), vault.progress.first_day())
        if not self._opened:
            self.period_bar.reset()
            self._opened = True
        self.reflection.show_period(self.period_bar.period())
        self.refresh()
        self.who5.load()

    def show_period(self) -> None:
        """The period chosen changed: its progress and its reflection. (The plan list and
        its history do not depend on the period, so they are not read again.)"""
        period = self.period_bar.period()
        self.reflection.show_period(period)
        if self.service.is_unlocked:
            vault = self.service.vault
            self.progress.show_data(vault, overview(vault, period))

    def refresh(self) -> None:
        """Re-read progress and the plan (after a change anywhere); keeps what is typed."""
        if not self._built or not self.service.is_unlocked:
            return
        vault = self.service.vault
        self._stale = False
        self.progress.show_data(vault, overview(vault, self.period_bar.period()))
        self.changes.load()
        if self.tabs.currentIndex() == 3:
            self._history_reload()

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.plan or changes.touches(*SHOWN):
            self._data_changed()

    def _data_changed(self) -> None:
        if not self._opened or not self.service.is_unlocked:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        self.build()  # before the window gives focus to a child of ours (shortcuts need it)
        super().showEvent(event)
        if self._stale and self._opened and self.service.is_unlocked:
            self.refresh()

    def _tab_changed(self, index: int) -> None:
        if index == 3:
            self._history_reload()

    def _history_reload(self) -> None:
        if self.history is not None and self.service.is_unlocked:
            self.history.load()

    def ensure_review(self) -> Review | None:
        return self.reflection.ensure_review()

    # Saving and forgetting

    def flush(self) -> None:
        if self._built:
            self.reflection.autosave.flush()

    def clear(self) -> None:
        self._opened = False
        self._stale = False
        self._build_timer.stop()
        if not self._built:
            return
        self.progress.clear()
        self.who5.clear()
        self.reflection.clear()
        self.changes.clear()
        if self.history is not None:
            self.history.clear()
        self.period_bar.words.clear()
