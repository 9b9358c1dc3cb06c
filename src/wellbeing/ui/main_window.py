"""The main window: a shell that composes pages and screens, and nothing else.

Pages: the welcome (first run), the unlock page, and the work area (sidebar + screens).
Keys: Ctrl+1…9 and Ctrl+0 move between screens, F1 opens the crisis view of the safety plan from
anywhere once unlocked, Ctrl+L locks, Esc twice locks and blanks at once. During a
session with a therapist only the session page is reachable (and the crisis view).
The window title is always just "Wellbeing": it never shows content.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.data_service import DataService
from ..services.settings import Settings
from ..services.vault_service import VaultService
from .identity import shown_name
from .restore import offer_restore
from .screens.base import Screen
from .screens.boundaries import BoundariesScreen
from .screens.crisis import CrisisView
from .screens.data import DataScreen
from .screens.goals import GoalsScreen
from .screens.journal import JournalScreen
from .screens.review import ReviewScreen
from .screens.routines import RoutinesScreen
from .screens.safety_plan import SafetyPlanScreen
from .screens.session import SessionPage, has_saved_session
from .screens.settings import SettingsScreen
from .screens.today import TodayScreen
from .screens.unlock import UnlockPage
from .screens.values import ValuesScreen
from .screens.welcome import WelcomePage
from .widgets.saved_sign import SavedSign
from .widgets.storage_alert import StorageAlert

QUICK_EXIT_SECONDS = 0.8


def close_dialogs() -> None:
    """On lock: close every dialog, modal or not (a file dialog left open over the unlock
    page would show folder names, and using it would write one into Qt's own settings).
    A dialog that is in the middle of its own work (a restore that locked the vault
    itself) refuses in its ``done`` and stays."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def screen_keys(number: int) -> str:
    """The shortcut of the screen at ``number`` (1-based): Ctrl+1 … Ctrl+9, then Ctrl+0."""
    return f"Ctrl+{number % 10}"


class Sidebar(QListWidget):
    """The list of sections: always as wide as its longest name, at any text size."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.item(i).text()) for i in range(self.count())), default=0
        )
        padding = 2 * self.frameWidth() + 4 * metrics.averageCharWidth()
        return QSize(widest + padding, hint.height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.updateGeometry()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    def __init__(
        self,
        service: VaultService,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        data: DataService | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.data = data if data is not None else DataService(service, settings)
        self.setWindowTitle(shown_name(settings))
        self.pages = QStackedWidget()
        self.welcome = WelcomePage(service)
        self.unlock_page = UnlockPage(
            service,
            backup_folder=lambda: settings.backup_folder,
            copy_choice=settings.crisis_copy,
        )
        self.blank = QWidget()  # what quick exit shows for a moment: nothing at all
        self.work = QWidget()
        self.crisis = CrisisView()
        self.session = SessionPage(service)
        for page in (
            self.welcome,
            self.unlock_page,
            self.work,
            self.blank,
            self.crisis,
            self.session,
        ):
            self.pages.addWidget(page)
        self._before_crisis: QWidget | None = None
        # A banner above every page for storage trouble (a vanished folder, a full disk).
        self.storage_alert = StorageAlert(service)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.storage_alert)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._opened_folder = None  # the folder last unlocked: never greet it as "new"
        self.screens: list[Screen] = self._make_screens()
        self._build_work_area()
        self._build_status_bar()
        self._build_shortcuts()
        self._last_escape = 0.0
        #: Locked by a quick exit (Esc twice) since the last unlock: the fresh process a
        #: lock turns into (``app.LockEndsProcess``) then starts minimised.
        self.left_quickly = False
        QApplication.instance().installEventFilter(self)

        service.unlocked.connect(self._unlocked)
        service.locked.connect(self._locked)
        service.saved.connect(self.saved_sign.show_saved)
        service.save_failed.connect(self.saved_sign.show_failed)
        service.save_queued.connect(self.saved_sign.show_pending)
        self.welcome.finished.connect(self._show_work)
        self.crisis.closed.connect(self.close_crisis_view)
        self.session.ended.connect(self._session_ended)
        self.session.crisis_requested.connect(self.open_crisis_view)
        self.resize(1100, 720)
        self.show_start_page()

    # Building

    def _make_screens(self) -> list[Screen]:
        s = self.service
        return [
            TodayScreen(s),
            ValuesScreen(s),
            GoalsScreen(s),
            BoundariesScreen(s),
            RoutinesScreen(s),
            JournalScreen(s),
            self._safety_plan_screen(),
            ReviewScreen(s),
            SettingsScreen(s, self.settings),
            self._data_screen(),
        ]

    def _safety_plan_screen(self) -> SafetyPlanScreen:
        screen = SafetyPlanScreen(self.service, settings=self.settings)
        screen.crisis_requested.connect(self.open_crisis_view)
        return screen

    def _data_screen(self) -> DataScreen:
        screen = DataScreen(self.service, self.data)
        screen.restore_requested.connect(lambda *_: self.restore_from_backup())
        return screen

    def _build_work_area(self) -> None:
        self.sidebar = Sidebar()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setAccessibleDescription(
            self.tr("Ctrl+1 to Ctrl+9 and Ctrl+0 move between them")
        )
        self.stack = QStackedWidget()
        for number, screen in enumerate(self.screens, start=1):
            item = QListWidgetItem(screen.title())
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, screen_keys(number))
            item.setToolTip(screen_keys(number))
            self.sidebar.addItem(item)
            self.stack.addWidget(screen)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never narrower than its longest name: names are not cut when the window is tight.
        self.sidebar.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.sidebar.currentRowChanged.connect(self._screen_chosen)
        self.session_button = QPushButton(self.tr("&Session…"))
        self.session_button.setToolTip(self.tr("A guided session with a therapist"))
        self.session_button.setAccessibleName(self.tr("Start a session with a therapist"))
        self.session_button.setAccessibleDescription(
            self.tr(
                "A guided walk through values, goals, boundaries, routines and the safety plan, "
                "with the journal and review hidden"
            )
        )
        self.session_button.clicked.connect(self.start_session)
        side = QVBoxLayout()
        side.addWidget(self.sidebar, 1)
        side.addWidget(self.session_button)
        layout = QHBoxLayout(self.work)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)

    def _build_status_bar(self) -> None:
        self.saved_sign = SavedSign()
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.lock_button.setToolTip("Ctrl+L")
        self.lock_button.clicked.connect(self.service.lock)
        bar = self.statusBar()
        bar.addWidget(self.saved_sign, 1)
        bar.addPermanentWidget(self.lock_button)
        bar.hide()

    def _build_shortcuts(self) -> None:
        def add(keys: QKeySequence | str, action: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(action)

        for number in range(1, len(self.screens) + 1):
            add(screen_keys(number), lambda n=number: self.show_screen(n - 1))
        add("Ctrl+L", self.service.lock)
        add("F1", self.open_crisis_view)
        add(QKeySequence.StandardKey.Quit, self.close)

    # Pages

    def show_start_page(self) -> None:
        self.service.recover_interrupted()  # a restore or creation stopped part-way, first
        if self.service.is_unlocked:
            self._show_work()
        elif self.service.vault_exists() or self.service.folder == self._opened_folder:
            # A vault that was open here and has gone (a drive pulled out) gets the unlock
            # page, which explains what is missing, never the welcome to make a new one.
            self.pages.setCurrentWidget(self.unlock_page)
            self.unlock_page.prepare()
        else:
            self.welcome.reset()
            self.pages.setCurrentWidget(self.welcome)

    @property
    def opened_folder(self) -> Path | None:
        """The folder last unlocked in this window (or in the process it replaced)."""
        return self._opened_folder

    def opened_before(self, folder: Path) -> None:
        """``folder`` was open in the process this one replaced (a lock ends the process
        that held the vault): never greet it as new, even when its vault has gone."""
        self._opened_folder = folder
        self.show_start_page()

    def _unlocked(self) -> None:
        self._opened_folder = self.service.folder
        self.left_quickly = False
        if self.pages.currentWidget() is self.welcome:
            return
        if has_saved_session(self.service.vault):
            self.start_session()  # a session cut short resumes; nothing else shows first
        else:
            self._show_work()

    def _show_work(self) -> None:
        self.pages.setCurrentWidget(self.work)
        self.statusBar().show()
        self.saved_sign.reset()
        self.show_screen(max(self.sidebar.currentRow(), 0))

    def _locked(self) -> None:
        close_dialogs()
        self.crisis.clear()
        self._before_crisis = None
        self.session.clear()
        self.statusBar().hide()
        self.saved_sign.reset()
        self.show_start_page()

    def show_screen(self, index: int) -> None:
        if not self.service.is_unlocked or not 0 <= index < len(self.screens):
            return
        if self.in_session:
            return  # the journal and the rest stay closed until the session ends
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)  # comes back through _screen_chosen
            return
        self._screen_chosen(index)

    def _screen_chosen(self, index: int) -> None:
        if index < 0 or not self.service.is_unlocked:
            return
        current = self.stack.currentWidget()
        if isinstance(current, Screen) and current is not self.screens[index]:
            current.flush()
        screen = self.screens[index]
        self.stack.setCurrentWidget(screen)
        screen.load()
        self._keep_focus_visible()

    def _keep_focus_visible(self) -> None:
        """Keyboard focus always on something that shows it: never on nothing, a hidden
        widget, or a page that cannot show focus (as after unlocking, or a new screen)."""
        widget = QApplication.focusWidget()
        if (
            widget is None
            or not widget.isVisible()
            or widget.focusPolicy() == Qt.FocusPolicy.NoFocus
            or not self.isAncestorOf(widget)
        ) and self.isActiveWindow():
            screen = self.current_screen()
            if not screen.focusNextPrevChild(True):
                self.sidebar.setFocus()

    def current_screen(self) -> Screen:
        return self.screens[self.stack.currentIndex()]

    # The crisis view and sessions

    @property
    def in_session(self) -> bool:
        current = self.pages.currentWidget()
        return current is self.session or (
            current is self.crisis and self._before_crisis is self.session
        )

    def open_crisis_view(self) -> None:
        """F1: the safety plan in large calm text, nothing else on screen."""
        if not self.service.is_unlocked or self.pages.currentWidget() is self.crisis:
            return
        current = self.stack.currentWidget()
        if isinstance(current, Screen):
            current.flush()
        self._before_crisis = self.pages.currentWidget()
        self.crisis.show_plan(self.service.vault.safety_plan.get())
        self.pages.setCurrentWidget(self.crisis)
        self.statusBar().hide()
        self.crisis.setFocus()

    def close_crisis_view(self) -> None:
        back, self._before_crisis = self._before_crisis, None
        self.crisis.clear()
        if not self.service.is_unlocked:
            self.show_start_page()
            return
        self.pages.setCurrentWidget(back or self.work)
        self.statusBar().show()

    def start_session(self) -> None:
        if not self.service.is_unlocked:
            return
        current = self.stack.currentWidget()
        if isinstance(current, Screen):
            current.flush()
        self.pages.setCurrentWidget(self.session)
        self.statusBar().show()
        self.session.begin()

    def _session_ended(self) -> None:
        if self.service.is_unlocked:
            self._show_work()

    # Restoring from a backup while unlocked (a damaged vault's unlock page offers its own)

    def restore_from_backup(self, backup: Path | None = None) -> None:
        """Back the open vault up, lock, restore; the unlock page then says what was
        restored."""
        offer_restore(
            self,
            self.service,
            backup,
            backup_folder=self.settings.backup_folder,
            on_restored=self.unlock_page.show_restored,
        )

    def show_notice(self, text: str) -> None:
        """One calm line the person should read (not an error), in a small window that
        does not block: e.g. what the check of the readable copy found at unlock."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            shown_name(self.settings),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    # Quick exit and closing

    def quick_exit(self) -> None:
        """Blank the window at once, then lock (saving what was pending)."""
        self.left_quickly = True
        self.pages.setCurrentWidget(self.blank)
        self.statusBar().hide()
        self.repaint()
        self.service.lock()
        self.show_start_page()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):  # cheap: event.type() costs an enum conversion
            return False
        # A key the focused widget ignores travels up through its parents, and this filter
        # sees it at each: count it once, where it was pressed.
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and watched is (QApplication.focusWidget() or self)
        ):
            now = time.monotonic()
            if now - self._last_escape < QUICK_EXIT_SECONDS and not event.isAutoRepeat():
                self._last_escape = 0.0
                self.quick_exit()
                return True
            self._last_escape = now
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.service.lock()  # saves pending edits, closes the vault
        QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)
