"""The whole app as a person meets it: first run, unlock, moving around, locking."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.helpers import held_texts, show_active
from wellbeing.app import App
from wellbeing.domain.changes import Kind
from wellbeing.domain.journal import JournalEntry
from wellbeing.services.settings import Settings
from wellbeing.ui.main_window import QUICK_EXIT_SECONDS
from wellbeing.vault.keyfile import MIN_MEMORY_KIB, KdfParams
from wellbeing.vault.vault import Vault, change_passphrase

pytestmark = pytest.mark.gui

SECRET = "Quenby-canary-Marmalade"


@pytest.fixture
def make_app(qtbot, tmp_path: Path):
    made: list[App] = []

    def make(folder: Path, kdf: KdfParams = FAST_KDF) -> App:
        app = App(folder, Settings(tmp_path / "config" / "settings.ini"), kdf=kdf)
        qtbot.addWidget(app.window)
        show_active(qtbot, app.window, size=(1100, 720))
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()


def _unlock(qtbot, app: App, passphrase: str = PASSPHRASE) -> None:
    page = app.window.unlock_page
    qtbot.keyClicks(page.field, passphrase)
    with qtbot.waitSignal(app.service.unlocked, timeout=20_000):
        qtbot.keyClick(page.field, Qt.Key.Key_Return)


def test_first_run_creates_a_vault_and_shows_the_recovery_key_once(
    qtbot, make_app, tmp_path: Path
) -> None:
    app = make_app(tmp_path / "new vault")
    welcome = app.window.welcome
    assert app.window.pages.currentWidget() is welcome
    assert QApplication.focusWidget() is welcome.begin_button
    assert str(tmp_path / "new vault") in welcome.location.text()
    qtbot.mouseClick(welcome.begin_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(welcome.passphrase.first, "lantern river morning")
    assert not welcome.create_button.isEnabled()
    qtbot.keyClicks(welcome.passphrase.second, "lantern river morning")
    assert welcome.create_button.isEnabled()
    with qtbot.waitSignal(app.service.created, timeout=20_000):
        qtbot.keyClick(welcome.passphrase.second, Qt.Key.Key_Return)
    key = welcome.recovery_key.text()
    assert len(key.split("-")) == 8
    assert not welcome.continue_button.isEnabled()
    welcome.saved_box.click()
    qtbot.mouseClick(welcome.continue_button, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.work
    assert welcome.recovery_key.text() == ""  # shown once
    app.service.lock()
    with Vault.unlock(tmp_path / "new vault", recovery_key=key) as vault:
        assert vault.journal.count() == 0


def test_wrong_passphrase_is_refused_kindly_then_the_right_one_opens(
    qtbot, make_app, vault_dir: Path
) -> None:
    app = make_app(vault_dir)
    page = app.window.unlock_page
    assert app.window.pages.currentWidget() is page
    qtbot.keyClicks(page.field, "not it")
    with qtbot.waitSignal(app.service.unlock_failed, timeout=20_000):
        qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert "does not open" in page.message.text()
    assert page.field.text() == ""
    _unlock(qtbot, app)
    assert app.window.pages.currentWidget() is app.window.work
    assert app.window.windowTitle() == "Wellbeing"


def test_recovery_key_path(qtbot, make_app, vault_dir: Path, recovery_key: str) -> None:
    app = make_app(vault_dir)
    page = app.window.unlock_page
    qtbot.mouseClick(page.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.field, recovery_key.lower())
    with qtbot.waitSignal(app.service.unlocked, timeout=20_000):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)


def test_damaged_vault_is_explained_not_replaced(qtbot, make_app, vault_dir: Path) -> None:
    (vault_dir / "vault.key").write_bytes(b"")
    app = make_app(vault_dir)
    page = app.window.unlock_page
    assert app.window.pages.currentWidget() is page
    assert "empty" in page.message.text() and "not been replaced" in page.message.text()
    assert not page.unlock_button.isEnabled()
    assert (vault_dir / "vault.db").stat().st_size > 0


def test_gui_thread_keeps_running_during_unlock(qtbot, make_app, vault_dir: Path) -> None:
    app = make_app(vault_dir, kdf=FAST_KDF)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    # A slower key derivation than the tests' usual (256 MiB, 2 passes), so the wait is
    # long enough that a blocked GUI thread would show.
    change_passphrase(
        vault_dir,
        PASSPHRASE,
        PASSPHRASE,
        kdf=KdfParams(memory_kib=4 * MIN_MEMORY_KIB, iterations=2),
    )
    app.window.unlock_page.prepare()
    _unlock(qtbot, app)
    timer.stop()
    assert len(ticks) >= 10, "the GUI thread was blocked while the key was derived"


def test_ctrl_numbers_move_between_screens(qtbot, make_app, vault_dir: Path) -> None:
    app = make_app(vault_dir)
    _unlock(qtbot, app)
    window = app.window
    for number in (6, 2, 9, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.screens[number - 1]
        assert window.windowTitle() == "Wellbeing"


def test_lock_forgets_everything_and_unlock_brings_it_back(
    qtbot, make_app, vault_dir: Path
) -> None:
    app = make_app(vault_dir)
    _unlock(qtbot, app)
    app.service.write(
        lambda v: v.journal.add(JournalEntry(None, SECRET, f"{SECRET} body", created_at=v.now())),
        changes=Kind.JOURNAL,
    )
    window = app.window
    for index in range(len(window.screens)):
        window.show_screen(index)
    window.show_screen(5)  # the journal
    assert any(SECRET in text for text in held_texts(window))
    QGuiApplication.clipboard().setText(SECRET)
    app.guard._copied.add(hashlib.sha256(SECRET.encode()).digest())
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not app.service.is_unlocked
    assert window.pages.currentWidget() is window.unlock_page
    assert not any(SECRET in text for text in held_texts(window))
    assert SECRET not in QGuiApplication.clipboard().text()
    _unlock(qtbot, app)
    window.show_screen(5)
    assert any(SECRET in text for text in held_texts(window))


def test_quick_exit_blanks_and_locks_at_once(qtbot, make_app, vault_dir: Path) -> None:
    app = make_app(vault_dir)
    _unlock(qtbot, app)
    window = app.window
    window.show_screen(5)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert not app.service.is_unlocked
    assert window.pages.currentWidget() is window.unlock_page


def test_idle_and_sleep_lock(qtbot, make_app, vault_dir: Path) -> None:
    app = make_app(vault_dir)
    _unlock(qtbot, app)
    app.guard._idle.setInterval(150)
    app.guard._idle.start()
    qtbot.waitUntil(lambda: not app.service.is_unlocked, timeout=3000)
    _unlock(qtbot, app)
    app.guard._last_beat -= 120  # the machine slept for two minutes
    app.guard._beat()
    assert not app.service.is_unlocked


def test_auto_lock_setting_applies_at_once(qtbot, make_app, vault_dir: Path) -> None:
    app = make_app(vault_dir)
    _unlock(qtbot, app)
    index = next(i for i, s in enumerate(app.window.screens) if s.key == "settings")
    screen = app.window.screens[index]
    app.window.show_screen(index)
    screen.auto_lock.setCurrentIndex(screen.auto_lock.findData(15))
    assert app.settings.auto_lock_minutes == 15
    assert app.guard.idle_interval_ms == 15 * 60_000
    screen.theme.setCurrentIndex(screen.theme.findData("dark"))
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100
    screen.theme.setCurrentIndex(screen.theme.findData("light"))
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150
    assert "vault.key" not in app.settings.path.read_text()


def test_text_size_grows_headings_and_words(qtbot, make_app, vault_dir: Path) -> None:
    from wellbeing.ui.widgets import Heading

    app = make_app(vault_dir)
    _unlock(qtbot, app)
    app.window.show_screen(3)
    heading = next(h for h in app.window.findChildren(Heading) if h.isVisible())
    before = heading.font().pointSizeF(), QApplication.font().pointSizeF()
    app.settings.text_scale = 200
    assert QApplication.font().pointSizeF() == pytest.approx(before[1] * 2)
    assert heading.font().pointSizeF() == pytest.approx(before[0] * 2)
    app.settings.text_scale = 100
    assert heading.font().pointSizeF() == pytest.approx(before[0])


def test_f1_opens_the_crisis_view_from_every_screen(qtbot, make_app, vault_dir: Path) -> None:
    from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step

    app = make_app(vault_dir)
    _unlock(qtbot, app)
    app.service.write(
        lambda v: v.safety_plan.save(
            SafetyPlan(items={Step.PEOPLE_TO_ASK: (SafetyItem("Robin Example", reach="555-0100"),)})
        ),
        changes=Kind.SAFETY_PLAN,
    )
    window = app.window
    for index, screen in enumerate(window.screens):
        window.show_screen(index)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
        assert window.pages.currentWidget() is window.crisis, screen.key
        shown = " ".join(held_texts(window.crisis))
        assert "Robin Example" in shown and "555-0100" in shown
        assert not any(s.isVisible() for s in window.screens), "nothing else on screen"
        qtbot.keyClick(QApplication.focusWidget() or window.crisis, Qt.Key.Key_Escape)
        assert window.pages.currentWidget() is window.work
        assert window.stack.currentWidget() is screen
        qtbot.wait(int(QUICK_EXIT_SECONDS * 1000) + 50)  # one Esc, not a quick exit


def test_unlock_field_keeps_no_undo_history_of_the_passphrase(
    qtbot, make_app, vault_dir: Path
) -> None:
    app = make_app(vault_dir)
    _unlock(qtbot, app)
    app.service.lock()
    field = app.window.unlock_page.field
    field.undo()
    assert PASSPHRASE not in field.text() and PASSPHRASE not in held_texts(app.window)


def test_a_session_keeps_the_journal_closed_and_resumes_after_a_lock(
    qtbot, make_app, vault_dir: Path
) -> None:
    app = make_app(vault_dir)
    _unlock(qtbot, app)
    app.service.write(
        lambda v: v.journal.add(JournalEntry(None, SECRET, SECRET, created_at=v.now())),
        changes=Kind.JOURNAL,
    )
    window = app.window
    qtbot.mouseClick(window.session_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.session and window.in_session
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # the journal
    assert window.pages.currentWidget() is window.session
    assert not window.sidebar.isVisible()
    assert not any(SECRET in text for text in held_texts(window.session))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _unlock(qtbot, app)
    assert window.pages.currentWidget() is window.session  # carries on, nothing else first
    assert not window.sidebar.isVisible()


def test_file_dialog_history_stays_private_and_is_forgotten_on_lock(
    qtbot, make_app, vault_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    app = make_app(vault_dir)
    _unlock(qtbot, app)
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")  # as Qt's file dialog does
    assert Path(qt.fileName()).is_relative_to(app.settings.path.parent)
    qt.setValue("FileDialog/history", ["/home/someone/Clients/Robin Example"])
    qt.sync()
    app.service.lock()
    assert "Robin Example" not in Path(qt.fileName()).read_text()
