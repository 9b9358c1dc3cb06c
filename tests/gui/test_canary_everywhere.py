"""Nothing readable is left behind: a canary typed into every kind of record is found in
no file the app can touch, in no log, and not on the clipboard after locking.

Every place the app (or Qt, or Python) could write is pointed under this test's
``tmp_path``: the app's home (vault and settings), the XDG config, data, cache, state and
runtime folders, ``HOME``, and the temp folder (``TMPDIR`` and ``tempfile.tempdir``).
Then the real :class:`~wellbeing.app.App` runs a whole session as a person would: create
a vault on the welcome page, type a canary into each kind of record through the screens
(keyboard and mouse), copy a line, make a backup, lock. Afterwards every file under
``tmp_path`` is read whole and searched for the canary as UTF-8 and UTF-16 (both byte
orders), in its composed (NFC) and decomposed (NFD) forms.

The canary carries letters with accents so that its NFC and NFD forms differ, and a
different ending in every kind of record (``…-why``, ``…-goal``), so that a failure
names the record that leaked.
"""

from __future__ import annotations

import logging
import os
import tempfile
import unicodedata
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import FAST_KDF
from tests.gui.helpers import focused, show_active, tab_to
from wellbeing.app import App
from wellbeing.domain.safety_plan import Step
from wellbeing.services.settings import Settings
from wellbeing.vault.backup import read_backup, rotate_backups

pytestmark = pytest.mark.gui

#: The part every canary shares; accents make its NFC and NFD forms differ.
CORE = "Zanzibår-Quokkä-7319"
PASSPHRASE = "lantern river morning tide"


def canary(kind: str) -> str:
    return f"{CORE}-{kind}"


# The search


def forms(text: str) -> dict[str, bytes]:
    """``text`` as bytes, every way it could be written to a file."""
    found = {}
    for norm in ("NFC", "NFD"):
        normal = unicodedata.normalize(norm, text)
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found[f"{norm} {encoding}"] = normal.encode(encoding)
    return found


#: What to look for: the shared core (any record) as text and as in a URL (Qt's settings
#: keep folders as file: URLs), and the parts without accents, which a file that escaped
#: or transliterated the accented letters would still hold.
NEEDLES = {
    **forms(CORE),
    "url": quote(CORE).encode("ascii"),
    "ascii part": b"Quokk",
    "digits": b"-7319",
}


def find_canary(root: Path, *, allowed_names: tuple[Path, ...] = ()) -> list[str]:
    """Every file under ``root`` holding any form of the canary, with the form found; and
    every file or folder whose name holds it (but ``allowed_names``, made by the test)."""
    hits = []
    for path in sorted(root.rglob("*")):
        name = unicodedata.normalize("NFC", path.name)
        if CORE in name and path not in allowed_names:
            hits.append(f"{path.relative_to(root)} (its name)")
        if not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        hits += [f"{path.relative_to(root)} ({how})" for how, n in NEEDLES.items() if n in data]
    return hits


def test_the_search_finds_the_canary_in_every_form(tmp_path: Path) -> None:
    """The search can fail: a canary written on purpose, in each form, is found."""
    secret = canary("planted")
    for i, (how, data) in enumerate(forms(secret).items()):
        folder = tmp_path / f"deep{i}" / ".hidden"
        folder.mkdir(parents=True)
        (folder / "x.bin").write_bytes(b"\x00\x01 before " + data + b" after\xff")
        assert find_canary(tmp_path), how
        (folder / "x.bin").unlink()
    assert find_canary(tmp_path) == []
    (tmp_path / "settings.ini").write_text(f"why={secret}\n", encoding="utf-8")
    assert find_canary(tmp_path) == [
        "settings.ini (NFC utf-8)",
        "settings.ini (ascii part)",
        "settings.ini (digits)",
    ]
    (tmp_path / "settings.ini").write_text(unicodedata.normalize("NFD", secret))
    assert "settings.ini (NFD utf-8)" in find_canary(tmp_path)
    (tmp_path / "settings.ini").write_text(f"history=file:///{quote(secret)}")
    assert "settings.ini (url)" in find_canary(tmp_path)
    (tmp_path / "settings.ini").unlink()
    named = tmp_path / unicodedata.normalize("NFD", secret)
    named.mkdir()
    assert find_canary(tmp_path) == [f"{named.name} (its name)"]
    assert find_canary(tmp_path, allowed_names=(named,)) == []


# The session


@pytest.fixture
def everywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every folder the app, Qt or Python could write to, under ``tmp_path``."""
    places = {
        "HOME": "home",  # WELLBEING_HOME is tmp_path/home already (tests/conftest.py)
        "XDG_CONFIG_HOME": "home/xdg-config",
        "XDG_DATA_HOME": "home/xdg-data",
        "XDG_CACHE_HOME": "home/xdg-cache",
        "XDG_STATE_HOME": "home/xdg-state",
        "XDG_RUNTIME_DIR": "runtime",
        "TMPDIR": "tmp",
    }
    for name, relative in places.items():
        folder = tmp_path / relative
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)  # Qt insists on a private runtime folder
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    return tmp_path


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key. QTest types only ASCII, so a letter like
    å arrives as a key event carrying that text, as a keyboard layout with å sends it."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _screen(app: App, key: str):
    """Go to the screen with ``key`` by its Ctrl+number shortcut, as a person would."""
    window = app.window
    index = next(i for i, s in enumerate(window.screens) if s.key == key)
    qtbot_key = Qt.Key.Key_0 if index == 9 else Qt.Key(Qt.Key.Key_1 + index)
    from pytestqt.qtbot import QtBot

    QtBot.keyClick(focused() if QApplication.focusWidget() else window, qtbot_key, CTRL)
    assert window.current_screen() is window.screens[index]
    return window.screens[index]


CTRL = Qt.KeyboardModifier.ControlModifier


def _create_vault(qtbot, app: App) -> None:
    welcome = app.window.welcome
    qtbot.mouseClick(welcome.begin_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(welcome.passphrase.first, PASSPHRASE)
    qtbot.keyClicks(welcome.passphrase.second, PASSPHRASE)
    with qtbot.waitSignal(app.service.created, timeout=20_000):
        qtbot.keyClick(welcome.passphrase.second, Qt.Key.Key_Return)
    welcome.saved_box.click()
    qtbot.mouseClick(welcome.continue_button, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.work


def _values(qtbot, app: App) -> None:
    screen = _screen(app, "values")
    panel = screen.card_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, panel.own_name, canary("value"))
    qtbot.keyClick(panel.own_name, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), canary("value-description"))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # sort it: very important
    view = screen.piles.views[0]
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert screen.editor.why_edit.hasFocus()
    type_text(qtbot, screen.editor.why_edit, canary("why"))
    screen.flush()
    [value] = app.service.vault.values.list()
    assert value.why == canary("why")


def _goals(qtbot, app: App) -> None:
    screen = _screen(app, "goals")
    editor = screen.editor
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    assert editor.title_edit.hasFocus()
    type_text(qtbot, editor.title_edit, canary("goal"))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, editor.specific, canary("goal-specific"))
    tab_to(qtbot, editor.steps.new_step)
    type_text(qtbot, editor.steps.new_step, canary("goal-step"))
    qtbot.keyClick(editor.steps.new_step, Qt.Key.Key_Return)
    screen.flush()
    [goal] = app.service.vault.goals.list()
    assert goal.title == canary("goal") and goal.steps[0].text == canary("goal-step")


def _boundaries(qtbot, app: App) -> None:
    screen = _screen(app, "boundaries")
    editor = screen.editor
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    assert editor.statement.hasFocus()
    type_text(qtbot, editor.statement, canary("boundary"))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, focused(), canary("boundary-context"))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, editor.script, canary("boundary-script"))
    screen.flush()
    log = editor.log
    tab_to(qtbot, log.note)
    type_text(qtbot, log.note, canary("boundary-log"))
    qtbot.keyClick(log.note, Qt.Key.Key_Return)
    [boundary] = app.service.vault.boundaries.list()
    assert boundary.statement == canary("boundary")
    assert app.service.vault.boundaries.events(boundary.id)[0].note == canary("boundary-log")


def _routines(qtbot, app: App) -> None:
    screen = _screen(app, "routines")
    screen.new_button.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    editor = screen.editor
    assert focused() is editor.name
    type_text(qtbot, editor.name, canary("routine"))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, editor.description, canary("routine-description"))
    screen.flush()
    [routine] = app.service.vault.routines.list()
    assert routine.name == canary("routine")


def _journal(qtbot, app: App) -> None:
    screen = _screen(app, "journal")
    editor = screen.editor
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    assert focused() is editor.title_edit
    type_text(qtbot, editor.title_edit, canary("entry-title"))
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Tab)
    type_text(qtbot, editor.body_edit, canary("entry-body"))
    tab_to(qtbot, editor.tags_edit)
    type_text(qtbot, editor.tags_edit, canary("tag"))
    screen.flush()

    def saved() -> bool:
        newest = app.service.vault.journal.recent(limit=1)
        return bool(newest) and newest[0].tags == (canary("tag"),)

    qtbot.waitUntil(saved, timeout=3000)
    assert app.service.vault.journal.recent(limit=1)[0].body == canary("entry-body")
    # Copy a line of it, as a person might, to paste somewhere else.
    editor.body_edit.setFocus()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_C, CTRL)
    assert CORE in QGuiApplication.clipboard().text()


def _safety_plan(qtbot, app: App) -> None:
    screen = _screen(app, "safety_plan")
    for step, words in ((Step.WARNING_SIGNS, "item"), (Step.PEOPLE_TO_ASK, "contact")):
        section = screen.sections[step]
        tab_to(qtbot, section.new_item, limit=80)
        type_text(qtbot, section.new_item, canary(words))
        qtbot.keyClick(section.new_item, Qt.Key.Key_Return)
    editor = screen.sections[Step.PEOPLE_TO_ASK].editor
    tab_to(qtbot, editor.reach)
    type_text(qtbot, editor.reach, canary("reach"))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert editor.coded_label.hasFocus()
    type_text(qtbot, editor.coded_label, canary("code"))
    screen.flush()
    plan = app.service.vault.safety_plan.get()
    [contact] = plan.section(Step.PEOPLE_TO_ASK)
    assert (contact.text, contact.reach, contact.coded_label) == (
        canary("contact"),
        canary("reach"),
        canary("code"),
    )
    assert plan.section(Step.WARNING_SIGNS)[0].text == canary("item")


def _review(qtbot, app: App) -> None:
    screen = _screen(app, "review")
    tabs = screen.tabs
    bar = tabs.tabBar()
    reflection_tab = next(
        i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(screen.reflection)
    )
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(reflection_tab).center())
    helped = screen.reflection.fields[0]
    helped.setFocus()
    type_text(qtbot, helped, canary("review"))
    screen.flush()
    qtbot.waitUntil(
        lambda: any(r.what_helped == canary("review") for r in app.service.vault.reviews.list()),
        timeout=3000,
    )


def _choose_a_folder(qtbot, app: App, folder: Path) -> None:
    """Choose ``folder`` in Qt's own folder dialog (as every dialog in the app is: see
    ui/file_dialogs.py), as a person choosing where to save an export would. Qt then
    remembers the folder in QtProject.conf, which the app keeps in its config folder."""

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.accept()

    QTimer.singleShot(100, accept)
    chosen = QFileDialog.getExistingDirectory(
        app.window,
        "Choose a folder",
        str(folder),
        QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
    )
    assert Path(chosen) == folder
    app.window.activateWindow()  # back to the app, as after any dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window)


def test_a_canary_in_every_record_is_in_no_file_log_or_clipboard(
    qtbot, everywhere: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # everything any logger says, at every level
    settings = Settings(everywhere / "home" / "config" / "settings.ini")
    app = App(None, settings, kdf=FAST_KDF)
    qtbot.addWidget(app.window)
    show_active(qtbot, app.window, size=(1100, 720))
    try:
        _create_vault(qtbot, app)
        _values(qtbot, app)
        _goals(qtbot, app)
        _boundaries(qtbot, app)
        _routines(qtbot, app)
        _journal(qtbot, app)
        _safety_plan(qtbot, app)
        _review(qtbot, app)
        private_folder = everywhere / "home" / canary("folder")
        private_folder.mkdir()
        _choose_a_folder(qtbot, app, private_folder)
        before_lock = find_canary(everywhere, allowed_names=(private_folder,))
        assert any("QtProject.conf" in hit for hit in before_lock), before_lock
        backups = everywhere / "backups"
        [made] = rotate_backups(app.service.vault, backups, date.today())
        assert read_backup(made).db_length > 0
        qtbot.keyClick(QApplication.focusWidget() or app.window, Qt.Key.Key_L, CTRL)
        assert not app.service.is_unlocked
    finally:
        app.close()

    vault_files = sorted(p.name for p in settings.vault_folder.iterdir())
    assert "vault.db" in vault_files and "vault.key" in vault_files
    assert (settings.path.parent / "qt").is_dir()  # Qt's own settings were redirected here
    leaks = find_canary(everywhere, allowed_names=(private_folder,))
    assert leaks == [], f"the canary was found in {leaks}"
    assert CORE not in QGuiApplication.clipboard().text()
    said = caplog.text + "".join(capfd.readouterr())
    for how, needle in forms(CORE).items():
        assert needle.decode(how.split()[1]) not in said, f"the canary was logged ({how})"
