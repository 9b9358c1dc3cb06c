"""Settings → Passphrase: a change re-encrypts the vault with a new key while it stays
open, shows the new recovery key once, and offers to replace earlier backups.

The person keeps their place: the service never locks (no ``locked`` signal), the very
same open vault goes on, now on the re-encrypted database. A save asked for while the
copy is being made is kept and lands in the new database, never in the old one.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.gui.helpers import show_active
from wellbeing.domain.changes import Kind
from wellbeing.domain.errors import WrongPassphraseError
from wellbeing.domain.journal import JournalEntry
from wellbeing.services.settings import Settings
from wellbeing.services.vault_service import VaultService
from wellbeing.services.write_queue import PENDING
from wellbeing.ui.screens.settings import SettingsScreen
from wellbeing.vault.backup import backup_name, create_backup, restore_backup
from wellbeing.vault.vault import Vault

NEW = "a new passphrase, chosen in settings"
WHEN = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
KEY = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")


def _screen(qtbot, service: VaultService, settings: Settings) -> SettingsScreen:
    screen = SettingsScreen(service, settings)
    qtbot.addWidget(screen)
    show_active(qtbot, screen)
    screen.load()
    return screen


def _entry(title: str) -> JournalEntry:
    return JournalEntry(None, title, "a few words", created_at=WHEN)


def _saved_key(qtbot, screen: SettingsScreen) -> str:
    """Wait for the recovery key dialog, read the key, tick "saved" and continue."""
    box = screen.passphrase
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible(), timeout=30_000)
    dialog = box.dialog
    assert dialog is not None
    key = dialog.key.text()
    assert KEY.match(key), key
    assert not dialog.continue_button.isEnabled()  # only once it is saved
    dialog.saved_box.setChecked(True)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.key.text() == ""  # shown once
    return key


def _opens(folder: Path, passphrase: str) -> bool:
    try:
        Vault.unlock(folder, passphrase).close()
    except WrongPassphraseError:
        return False
    return True


def test_a_change_keeps_the_vault_open_and_holds_saves_for_the_new_database(
    qtbot, service: VaultService, settings: Settings, vault_dir: Path, recovery_key: str
) -> None:
    vault = service.vault
    locked: list[bool] = []
    service.locked.connect(lambda: locked.append(True))
    screen = _screen(qtbot, service, settings)
    qtbot.keyClicks(screen.current, PASSPHRASE)
    qtbot.keyClicks(screen.new.first, NEW)
    qtbot.keyClicks(screen.new.second, NEW)
    assert screen.change_button.isEnabled()
    qtbot.mouseClick(screen.change_button, Qt.MouseButton.LeftButton)
    assert service.is_busy
    # Typed while the vault is being re-encrypted: kept, never written to the old file.
    landed: list[object] = []
    held = service.write(
        lambda v: v.journal.add(_entry("written during the change")),
        changes=Kind.JOURNAL,
        later=landed.append,
    )
    assert held is PENDING
    key = _saved_key(qtbot, screen)
    assert landed and landed[0] is not None
    assert "passphrase is changed" in screen.pass_message.text()
    assert not locked and service.vault is vault  # the person kept their place
    titles = [e.title for e in vault.journal.recent(limit=100)]
    assert "written during the change" in titles
    service.write(lambda v: v.journal.add(_entry("after")), changes=Kind.JOURNAL)
    qtbot.waitUntil(lambda: not service.is_busy, timeout=10_000)  # the old file overwritten
    service.lock()
    assert not _opens(vault_dir, PASSPHRASE) and _opens(vault_dir, NEW)
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, recovery_key=recovery_key)
    with Vault.unlock(vault_dir, recovery_key=key) as reopened:
        titles = [e.title for e in reopened.journal.recent(limit=100)]
        assert {"written during the change", "after"} <= set(titles)


def test_earlier_backups_are_replaced_only_in_the_backup_folder_and_only_the_apps_own(
    qtbot, service: VaultService, settings: Settings, vault_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    today = service.vault.today()
    old_daily = [folder / backup_name(today), folder / "backup-2026-02-20.wbbackup"]
    for path in old_daily:
        create_backup(service.vault, path)
    elsewhere = tmp_path / "my own backup.wbbackup"
    create_backup(service.vault, elsewhere)
    (folder / "notes.txt").write_text("someone's own file")
    settings.backup_folder = folder
    screen = _screen(qtbot, service, settings)
    qtbot.keyClicks(screen.current, PASSPHRASE)
    qtbot.mouseClick(screen.passphrase.recovery_button, Qt.MouseButton.LeftButton)
    _saved_key(qtbot, screen)
    box = screen.passphrase
    qtbot.waitUntil(lambda: box.backups is not None and box.backups.isVisible())
    assert box.backups is not None
    assert "still open with your old passphrase" in box.backups.text()
    assert box.backups.replace_button is not None
    box.backups.replace_button.click()
    qtbot.waitUntil(lambda: "fresh backup was made" in screen.pass_message.text(), timeout=20_000)
    assert sorted(p.name for p in folder.iterdir()) == sorted([backup_name(today), "notes.txt"])
    assert elsewhere.exists()  # not in the backup folder: never touched
    restored = tmp_path / "restored"
    restore_backup(folder / backup_name(today), restored, passphrase=PASSPHRASE)
    assert _opens(restored, PASSPHRASE)  # a new recovery key only: the same passphrase
    qtbot.waitUntil(lambda: not service.is_busy, timeout=10_000)


def test_a_wrong_current_passphrase_changes_nothing(
    qtbot, service: VaultService, settings: Settings, vault_dir: Path
) -> None:
    key_before = (vault_dir / "vault.key").read_bytes()
    screen = _screen(qtbot, service, settings)
    qtbot.keyClicks(screen.current, "not the passphrase")
    qtbot.keyClicks(screen.new.first, NEW)
    qtbot.keyClicks(screen.new.second, NEW)
    qtbot.mouseClick(screen.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not service.is_busy, timeout=20_000)
    assert "does not open" in screen.pass_message.text()
    assert screen.passphrase.dialog is None
    assert (vault_dir / "vault.key").read_bytes() == key_before
    assert sorted(p.name for p in vault_dir.iterdir() if p.name.startswith(".")) == []
    service.write(lambda v: v.journal.add(_entry("still saving")), changes=Kind.JOURNAL)
    assert service.vault.journal.count() == 1


def test_locking_during_a_change_stops_it_and_changes_nothing(
    qtbot, service: VaultService, settings: Settings, vault_dir: Path, recovery_key: str
) -> None:
    screen = _screen(qtbot, service, settings)
    qtbot.keyClicks(screen.current, PASSPHRASE)
    qtbot.keyClicks(screen.new.first, NEW)
    qtbot.keyClicks(screen.new.second, NEW)
    qtbot.mouseClick(screen.change_button, Qt.MouseButton.LeftButton)
    service.lock()  # at once: idle time, Ctrl+L
    qtbot.waitUntil(lambda: not service.is_busy, timeout=20_000)
    assert screen.passphrase.dialog is None
    assert [p.name for p in vault_dir.iterdir() if p.name.startswith(".")] == []
    assert _opens(vault_dir, PASSPHRASE) and not _opens(vault_dir, NEW)
    Vault.unlock(vault_dir, recovery_key=recovery_key).close()
