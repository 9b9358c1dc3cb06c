"""Storage faults as a person meets them: the vault folder vanishing while they write, a
full disk, a read-only folder, a second copy of the app. Real files and real faults.

The host window here is what the main window does: the storage alert above a screen.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.helpers import held_texts, show_active
from wellbeing.domain.boundaries import Boundary
from wellbeing.domain.changes import Kind
from wellbeing.services.vault_service import VaultService
from wellbeing.ui import file_dialogs
from wellbeing.ui.screens.boundaries import BoundariesScreen
from wellbeing.ui.screens.unlock import UnlockPage
from wellbeing.ui.widgets.storage_alert import StorageAlert
from wellbeing.vault.backup import restore_backup
from wellbeing.vault.vault import Vault

pytestmark = [pytest.mark.gui, pytest.mark.skipif(sys.platform == "win32", reason="POSIX")]

NOBODY = 65534


class Host(QWidget):
    """The storage alert above a screen, as in the main window."""

    def __init__(self, service: VaultService) -> None:
        super().__init__()
        self.alert = StorageAlert(service)
        self.screen = BoundariesScreen(service)
        column = QVBoxLayout(self)
        column.addWidget(self.alert)
        column.addWidget(self.screen, 1)


@pytest.fixture
def host(qtbot, service: VaultService) -> Host:
    widget = Host(service)
    qtbot.addWidget(widget)
    show_active(qtbot, widget, size=(1100, 800))
    widget.screen.load()
    return widget


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The file dialog answers with the next path in this list."""
    answers: list[Path] = []
    monkeypatch.setattr(file_dialogs, "chooser", lambda *args: answers.pop(0))
    return answers


def write_boundary(qtbot, host: Host, statement: str) -> None:
    qtbot.keyClick(host.screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(host.screen.editor.statement, statement)
    host.screen.flush()


def stored(folder: Path, passphrase: str = PASSPHRASE) -> list[Boundary]:
    with Vault.unlock(folder, passphrase) as vault:
        assert vault.check().ok
        return vault.boundaries.list()


# The vault folder vanishing


def test_a_vanished_folder_keeps_the_text_offers_a_copy_and_saving_resumes_when_back(
    qtbot, service: VaultService, host: Host, vault_dir: Path, tmp_path: Path, chosen
) -> None:
    write_boundary(qtbot, host, "Breaks are mine")
    editor, alert = host.screen.editor, host.alert
    assert not alert.isVisible()

    aside = tmp_path / "drive-pulled-out"
    os.rename(vault_dir, aside)  # the drive is gone (or the folder moved)
    qtbot.keyClicks(editor.script, "I'll be back in ten minutes.")
    failures: list[str] = []
    service.save_failed.connect(failures.append)
    with qtbot.waitSignal(service.storage_lost, timeout=1000):
        host.screen.flush()
    assert editor.script.toPlainText() == "I'll be back in ten minutes."  # kept on screen
    assert alert.isVisible() and alert.state == StorageAlert.LOST
    assert alert.message.text().startswith("Wellbeing can't find its vault folder any more")
    assert "Nothing you can see has been lost" in alert.message.text()
    assert failures and failures[-1] == alert.message.text()
    assert alert.copy_button.isVisible() and alert.lock_button.isVisible()
    # Nothing went into the files nobody can find: the edit is not in them.
    assert [b.script for b in stored_while_open(aside)] == [""]

    # Save a copy elsewhere: it holds what was saved and what was still on screen.
    (tmp_path / "usb").mkdir()
    chosen.append(tmp_path / "usb" / "my copy")
    qtbot.mouseClick(alert.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is saved, encrypted" in alert.result.text(), timeout=10_000)
    copy = tmp_path / "usb" / "my copy.wbbackup"
    assert str(copy) in alert.result.text()
    assert [p.name for p in (tmp_path / "usb").iterdir()] == [copy.name]
    restore_backup(copy, tmp_path / "restored", passphrase=PASSPHRASE)
    [rescued] = stored(tmp_path / "restored")
    assert rescued.statement == "Breaks are mine"
    assert rescued.script == "I'll be back in ten minutes."
    assert alert.state == StorageAlert.LOST  # still gone: the copy does not hide that

    # The drive comes back: the same files, and saving goes on by itself.
    os.rename(aside, vault_dir)
    with qtbot.waitSignal(service.storage_found, timeout=1000):
        assert service.check_storage()
    assert alert.state == StorageAlert.FOUND
    assert alert.heading.text() == "Your vault folder is back"
    qtbot.keyClicks(editor.script, " Thanks.")
    with qtbot.waitSignal(service.saved, timeout=1000):
        host.screen.flush()
    service.lock()
    assert not alert.isVisible()
    assert str(copy) not in " ".join(held_texts(alert))  # the chosen name is forgotten
    [back] = stored(vault_dir)
    assert back.script == "I'll be back in ten minutes. Thanks."


def stored_while_open(folder: Path) -> list[Boundary]:
    """Read the vault's files where they were moved to, without the app's lock (the app
    still holds it): a plain read-only SQLCipher connection, as a curious tool would."""
    from wellbeing.vault.db import Database
    from wellbeing.vault.vault import read_key_file

    data_key = read_key_file(folder).open_with_passphrase(PASSPHRASE)
    db = Database(folder / "vault.db", data_key)
    try:
        rows = db.all("SELECT statement, script FROM boundaries")
    finally:
        db.close()
    return [Boundary(None, row["statement"], script=row["script"]) for row in rows]


def test_the_heartbeat_notices_a_vanished_folder_without_any_save(
    qtbot, monkeypatch: pytest.MonkeyPatch, vault_dir: Path, clock, tmp_path: Path
) -> None:
    monkeypatch.setattr(VaultService, "HEARTBEAT_MS", 50)
    service = VaultService(vault_dir, clock=clock, kdf=FAST_KDF)
    alert = StorageAlert(service)
    qtbot.addWidget(alert)
    with qtbot.waitSignal(service.unlocked, timeout=20_000):
        service.unlock(PASSPHRASE)
    try:
        with qtbot.waitSignal(service.storage_lost, timeout=2000):
            shutil.rmtree(vault_dir)  # deleted while open
        assert alert.state == StorageAlert.LOST
        assert (
            service.write(lambda v: v.boundaries.add(Boundary(None, "x")), changes=Kind.BOUNDARY)
            is None
        )
        qtbot.mouseClick(alert.lock_button, Qt.MouseButton.LeftButton)
        assert not service.is_unlocked and not alert.isVisible()
    finally:
        service.lock()


# A full disk


@pytest.fixture
def file_size_limit() -> Iterator[Callable[[int | None], None]]:
    """Writing past the limit fails with EFBIG (as on a full disk) while it is set."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def set_limit(limit: int | None) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft if limit is None else limit, hard))

    try:
        yield set_limit
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


def test_a_full_disk_keeps_the_text_and_the_next_save_after_space_is_freed_works(
    qtbot, service: VaultService, host: Host, vault_dir: Path, file_size_limit
) -> None:
    write_boundary(qtbot, host, "No calls after ten")
    editor, alert = host.screen.editor, host.alert
    qtbot.keyClicks(editor.script, "My phone is off now. " * 40)
    file_size_limit((vault_dir / "vault.db-wal").stat().st_size + 512)
    try:
        with qtbot.waitSignal(service.storage_failed, timeout=1000):
            host.screen.flush()
    finally:
        file_size_limit(None)  # space freed
    assert editor.script.toPlainText() == "My phone is off now. " * 40
    assert alert.isVisible() and alert.state == StorageAlert.FAILED
    assert alert.heading.text() == "This change couldn't be saved"
    assert "Everything saved before is safe" in alert.message.text()
    assert alert.copy_button.isVisible() and alert.hide_button.isVisible()
    assert service.vault.check().ok
    assert [b.script for b in service.vault.boundaries.list()] == [""]

    qtbot.keyClicks(editor.script, "Really.")
    with qtbot.waitSignal(service.saved, timeout=1000):
        host.screen.flush()
    assert not alert.isVisible()  # the disk takes changes again
    service.lock()
    [back] = stored(vault_dir)
    assert back.script == "My phone is off now. " * 40 + "Really."


# A read-only folder


@pytest.fixture
def read_only_vault(vault_dir: Path) -> Iterator[Path]:
    """The vault in a folder this process cannot write to while ``as_other_user`` is on."""
    base = Path(tempfile.mkdtemp(prefix="wellbeing-ro-"))
    os.chmod(base, 0o755)
    folder = base / "vault"
    shutil.copytree(vault_dir, folder)
    if os.geteuid() == 0:
        for path in (folder, *folder.iterdir()):
            os.chown(path, NOBODY, NOBODY)
    os.chmod(folder, 0o500)
    try:
        yield folder
    finally:
        os.chmod(folder, 0o700)
        shutil.rmtree(base, ignore_errors=True)


class as_other_user:
    """Root ignores permissions: for a moment, act as an ordinary user (effective uid,
    for the whole process, so the unlock thread too)."""

    def __enter__(self) -> None:
        if os.geteuid() == 0:
            os.setegid(NOBODY)
            os.seteuid(NOBODY)

    def __exit__(self, *exc: object) -> None:
        if os.getuid() == 0:
            os.seteuid(0)
            os.setegid(0)


def test_the_unlock_page_says_kindly_when_the_folder_is_read_only(
    qtbot, read_only_vault: Path, clock
) -> None:
    service = VaultService(read_only_vault, clock=clock, kdf=FAST_KDF)
    page = UnlockPage(service)
    qtbot.addWidget(page)
    show_active(qtbot, page, size=(900, 600))
    page.prepare()
    with as_other_user():
        qtbot.keyClicks(page.field, PASSPHRASE)
        with qtbot.waitSignal(service.unlock_failed, timeout=20_000):
            qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert not service.is_unlocked
    assert page.message.text().startswith("Wellbeing can't write in the vault folder")
    assert "Nothing was changed" in page.message.text()
    assert page.field.isEnabled() and page.field.text() == ""
    assert sorted(p.name for p in read_only_vault.iterdir()) == ["vault.db", "vault.key"]


def test_creating_a_vault_in_a_read_only_folder_says_so_and_makes_nothing(
    qtbot, read_only_vault: Path, clock
) -> None:
    parent = read_only_vault.parent
    os.chmod(parent, 0o755)
    if os.geteuid() == 0:
        os.chown(parent, NOBODY, NOBODY)
    os.chmod(parent, 0o555)
    service = VaultService(parent / "new vault", clock=clock, kdf=FAST_KDF)
    try:
        with as_other_user(), qtbot.waitSignal(service.create_failed, timeout=20_000) as said:
            service.create(PASSPHRASE)
    finally:
        os.chmod(parent, 0o755)
    assert said.args[0].startswith("Wellbeing can't write in that folder")
    assert "Nothing was made; choose another folder." in said.args[0]
    assert not service.is_unlocked and not service.is_busy
    assert sorted(p.name for p in parent.iterdir()) == ["vault"]


# A second copy of the app


def test_a_second_copy_of_the_app_is_told_kindly_and_changes_nothing(
    qtbot, vault_dir: Path, clock
) -> None:
    service = VaultService(vault_dir, clock=clock, kdf=FAST_KDF)
    page = UnlockPage(service)
    qtbot.addWidget(page)
    show_active(qtbot, page, size=(900, 600))

    def unlock_and_expect_refusal() -> None:
        page.prepare()
        qtbot.keyClicks(page.field, PASSPHRASE)
        with qtbot.waitSignal(service.unlock_failed, timeout=20_000):
            qtbot.keyClick(page.field, Qt.Key.Key_Return)
        assert page.message.text() == (
            "This vault is already open in another Wellbeing window or command. "
            "Close it there first; nothing was changed."
        )
        assert not service.is_unlocked

    first = Vault.unlock(vault_dir, PASSPHRASE)  # another window of this same process
    try:
        unlock_and_expect_refusal()
    finally:
        first.close()

    holder = subprocess.Popen(  # another copy of the app
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\nfrom wellbeing.vault.vault import Vault\n"
            f"v = Vault.unlock(Path({str(vault_dir)!r}), {PASSPHRASE!r})\n"
            "print('open', flush=True)\nsys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        unlock_and_expect_refusal()
    finally:
        holder.communicate("", timeout=20)  # the other copy closes
    page.prepare()
    qtbot.keyClicks(page.field, PASSPHRASE)
    with qtbot.waitSignal(service.unlocked, timeout=20_000):
        qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert service.vault.check().ok
    service.lock()
