"""Restoring a backup in the app: a damaged vault's unlock page offers the newest verified
backup, and "Restore from a backup…" replaces an open vault after backing it up.

Every test uses real vaults (FAST_KDF) and real backups (create_backup), and drives the
page and the dialog with the keyboard and mouse as a person would.
"""

from __future__ import annotations

import hashlib
import re
import struct
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.conftest import FAST_KDF, PASSPHRASE, FakeClock
from tests.gui.helpers import focused, held_texts, show_active
from wellbeing.domain.journal import JournalEntry
from wellbeing.domain.values import Value
from wellbeing.services.vault_service import VaultService
from wellbeing.ui import file_dialogs
from wellbeing.ui.restore import RestoreDialog, offer_restore
from wellbeing.ui.restore.texts import when
from wellbeing.ui.screens.unlock import UnlockPage
from wellbeing.vault.backup import backup_name, create_backup, read_backup, restore_backup
from wellbeing.vault.exchange import build_export
from wellbeing.vault.vault import DB_FILE, KEY_FILE, Vault

pytestmark = pytest.mark.gui

WAIT = 20_000
OTHER_PASSPHRASE = "a different passphrase entirely"


# Real vaults and backups


def _noon(day: int) -> FakeClock:
    return FakeClock(datetime(2026, 3, day, 12, 0, tzinfo=UTC))


def _write(vault: Vault, text: str) -> None:
    with vault.transaction():
        vault.journal.add(JournalEntry(None, text, f"{text} body", created_at=vault.now()))
        vault.values.add(Value(None, f"Value {text}"))


def _contents(vault: Vault) -> dict[str, Any]:
    export = build_export(vault)
    export.pop("exported_at")
    return export


def _backup_on(vault_dir: Path, folder: Path, day: int, text: str) -> tuple[Path, dict]:
    """Write ``text`` into the vault on 2026-03-``day`` and back it up as that day's
    automatic backup; returns the backup and what the vault held."""
    folder.mkdir(exist_ok=True)
    with Vault.unlock(vault_dir, PASSPHRASE, clock=_noon(day)) as vault:
        _write(vault, text)
        out = folder / backup_name(date(2026, 3, day))
        create_backup(vault, out)
        return out, _contents(vault)


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate(vault_dir: Path) -> None:
    db = vault_dir / DB_FILE
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2 + 100])


def _remove_key(vault_dir: Path) -> None:
    (vault_dir / KEY_FILE).unlink()


def _page(qtbot, service: VaultService, backups: Path | None) -> UnlockPage:
    page = UnlockPage(service, backup_folder=(lambda: backups) if backups else None)
    qtbot.addWidget(page)
    show_active(qtbot, page, (1000, 700))
    page.prepare()
    qtbot.waitUntil(lambda: not page.offer.busy.isVisible(), timeout=WAIT)
    return page


def _open_offered(qtbot, page: UnlockPage) -> RestoreDialog:
    assert page.offer.newest_button.hasFocus()
    qtbot.keyClick(page.offer.newest_button, Qt.Key.Key_Space)
    dialog = page.restore_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.field.hasFocus)  # the dialog becomes the active window
    return dialog


def _type_and_restore(qtbot, dialog: RestoreDialog, secret: str) -> None:
    qtbot.keyClicks(dialog.field, secret)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog._working, timeout=WAIT)


def _unlock(qtbot, page: UnlockPage, service: VaultService, secret: str = PASSPHRASE) -> None:
    qtbot.keyClicks(page.field, secret)
    with qtbot.waitSignal(service.unlocked, timeout=WAIT):
        qtbot.keyClick(page.field, Qt.Key.Key_Return)


# The unlock page of a damaged vault


@pytest.mark.parametrize("damage", [_truncate, _remove_key], ids=["truncated db", "no key"])
def test_a_damaged_vault_offers_its_newest_verified_backup_by_date(
    qtbot, locked_service: VaultService, vault_dir: Path, tmp_path: Path, damage
) -> None:
    backups = tmp_path / "backups"
    _backup_on(vault_dir, backups, 2, "older")
    newest, _ = _backup_on(vault_dir, backups, 5, "newest")
    damage(vault_dir)
    page = _page(qtbot, locked_service, backups)
    assert page.damaged
    assert "not been replaced or deleted" in page.message.text()
    assert not page.field.isVisible() and not page.unlock_button.isEnabled()
    made = when(read_backup(newest).created_at)
    assert "5 March 2026" in made or "2026" in made
    assert page.offer.newest_button.isVisible()
    assert page.offer.newest_button.text() == f"Restore the backup from {made}…"
    assert made in page.offer.status.text()
    assert page.offer.choose_button.isVisible()
    assert "skipped" not in page.offer.status.text()


def test_bytes_flipped_in_the_database_are_found_on_unlock_and_a_backup_offered(
    qtbot, locked_service: VaultService, vault_dir: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    newest, _ = _backup_on(vault_dir, backups, 4, "kept")
    _flip(vault_dir / DB_FILE, 2000)  # inside page 1: its checksum no longer matches
    page = _page(qtbot, locked_service, backups)
    assert not page.damaged  # the key file is fine: only the passphrase can tell
    qtbot.keyClicks(page.field, PASSPHRASE)
    with qtbot.waitSignal(locked_service.unlock_failed, timeout=WAIT):
        qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.offer.newest_button.isVisible(), timeout=WAIT)
    assert page.damaged and "damaged" in page.message.text()
    assert when(read_backup(newest).created_at) in page.offer.newest_button.text()
    assert not locked_service.is_unlocked


def test_a_damaged_newest_backup_is_skipped_and_the_older_one_offered(
    qtbot, locked_service: VaultService, vault_dir: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    older, _ = _backup_on(vault_dir, backups, 2, "older")
    newest, _ = _backup_on(vault_dir, backups, 6, "newest")
    _flip(newest, newest.stat().st_size // 2)
    _remove_key(vault_dir)
    page = _page(qtbot, locked_service, backups)
    status = page.offer.status.text()
    assert when(read_backup(older).created_at) in page.offer.newest_button.text()
    assert newest.name in status and "damaged" in status and "skipped" in status


def test_without_a_backup_only_choosing_a_file_is_offered(
    qtbot, locked_service: VaultService, vault_dir: Path, tmp_path: Path
) -> None:
    _truncate(vault_dir)
    page = _page(qtbot, locked_service, None)
    assert not page.offer.newest_button.isVisible()
    assert page.offer.choose_button.isVisible() and page.offer.choose_button.hasFocus()
    empty = tmp_path / "empty backups"
    empty.mkdir()
    page = _page(qtbot, locked_service, empty)
    assert not page.offer.newest_button.isVisible()
    assert "No backups were found" in page.offer.status.text()
    assert page.offer.choose_button.isVisible()


def test_restoring_the_offered_backup_unlocks_to_exactly_its_contents(
    qtbot, locked_service: VaultService, vault_dir: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    newest, held = _backup_on(vault_dir, backups, 5, "in the backup")
    _truncate(vault_dir)
    damaged = _hashes(vault_dir)
    page = _page(qtbot, locked_service, backups)
    dialog = _open_offered(qtbot, page)
    assert dialog.restore_button.isDefault()  # nothing readable to lose: Enter restores
    with qtbot.waitSignal(dialog.restored, timeout=WAIT):
        _type_and_restore(qtbot, dialog, PASSPHRASE)
    made = when(read_backup(newest).created_at)
    assert f"Restored the backup from {made}. Unlock it with its passphrase." in (
        dialog.summary.text()
    )
    # The damaged files were kept aside (encrypted files only), and it says where.
    kept = [p for p in vault_dir.parent.iterdir() if p.name.startswith("vault-damaged-")]
    assert len(kept) == 1 and _hashes(kept[0]) == damaged
    assert str(kept[0]) in dialog.summary.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Close
    assert not dialog.isVisible()
    assert not page.damaged and page.field.isVisible()
    qtbot.waitUntil(page.field.hasFocus)  # back in the page's window, ready to type
    assert "Restored the backup from" in page.message.text()
    _unlock(qtbot, page, locked_service)
    assert _contents(locked_service.vault) == held
    assert locked_service.vault.check().ok
    locked_service.lock()


def test_a_wrong_passphrase_changes_nothing(
    qtbot, locked_service: VaultService, vault_dir: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    _backup_on(vault_dir, backups, 5, "in the backup")
    _flip(vault_dir / KEY_FILE, 40)
    before, siblings = _hashes(vault_dir), sorted(p.name for p in vault_dir.parent.iterdir())
    page = _page(qtbot, locked_service, backups)
    dialog = _open_offered(qtbot, page)
    _type_and_restore(qtbot, dialog, "not the passphrase")
    assert "doesn't open this backup" in dialog.message.text()
    assert "Nothing was changed" in dialog.message.text()
    assert dialog.isVisible() and dialog.field.text() == "" and dialog.field.hasFocus()
    assert _hashes(vault_dir) == before
    assert sorted(p.name for p in vault_dir.parent.iterdir()) == siblings
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and page.damaged


def test_a_chosen_backup_file_is_checked_first_and_a_damaged_one_refused(
    qtbot, locked_service: VaultService, vault_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    elsewhere = tmp_path / "usb stick"
    good, held = _backup_on(vault_dir, elsewhere, 3, "on the stick")
    bad = elsewhere / "cut short.wbbackup"
    bad.write_bytes(good.read_bytes()[:-500])
    _remove_key(vault_dir)
    before = _hashes(vault_dir)
    page = _page(qtbot, locked_service, None)
    monkeypatch.setattr(file_dialogs, "chooser", lambda *asked: bad)
    qtbot.mouseClick(page.offer.choose_button, Qt.MouseButton.LeftButton)
    dialog = page.restore_dialog
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=WAIT)
    assert "damaged" in dialog.summary.text() and "Nothing was changed" in dialog.summary.text()
    assert not dialog.field.isVisible() and not dialog.restore_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert _hashes(vault_dir) == before

    monkeypatch.setattr(file_dialogs, "chooser", lambda *asked: good)
    qtbot.mouseClick(page.offer.choose_button, Qt.MouseButton.LeftButton)
    dialog = page.restore_dialog
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=WAIT)
    assert when(read_backup(good).created_at) in dialog.summary.text()
    with qtbot.waitSignal(dialog.restored, timeout=WAIT):
        _type_and_restore(qtbot, dialog, PASSPHRASE)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    _unlock(qtbot, page, locked_service)
    assert _contents(locked_service.vault) == held
    locked_service.lock()


def test_a_backup_from_a_newer_app_is_explained(
    qtbot, locked_service: VaultService, vault_dir: Path, tmp_path: Path
) -> None:
    good, _ = _backup_on(vault_dir, tmp_path / "b", 3, "x")
    data = bytearray(good.read_bytes()[:-32])
    struct.pack_into(">H", data, 8, 2)  # format version 2, with a matching checksum
    newer = tmp_path / "newer.wbbackup"
    newer.write_bytes(bytes(data) + hashlib.sha256(bytes(data)).digest())
    _truncate(vault_dir)
    page = _page(qtbot, locked_service, None)
    dialog = page.open_restore(newer)
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=WAIT)
    assert "newer version of Wellbeing" in dialog.summary.text()


# Restoring from the app, while unlocked


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return show_active(qtbot, widget, (1000, 700))


def test_in_app_restore_backs_up_the_vault_first_then_replaces_it(
    qtbot, service: VaultService, tmp_path: Path, window: QWidget
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    _write(service.vault, "in the backup")
    chosen = tmp_path / "chosen.wbbackup"
    create_backup(service.vault, chosen)
    held = _contents(service.vault)
    _write(service.vault, "written since")
    now = _contents(service.vault)
    restored: list[object] = []
    dialog = offer_restore(
        window, service, chosen, backup_folder=backups, on_restored=restored.append
    )
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=WAIT)
    made = when(read_backup(chosen).created_at)
    assert f"will be replaced by the backup from {made}" in dialog.summary.text()
    assert str(backups) in dialog.summary.text()
    assert dialog.cancel_button.isDefault() and not dialog.restore_button.isDefault()
    qtbot.waitUntil(dialog.field.hasFocus)
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # only moves on: nothing replaced yet
    assert dialog.restore_button.hasFocus() and service.is_unlocked and dialog.isVisible()
    assert list(backups.iterdir()) == []
    with qtbot.waitSignal(dialog.restored, timeout=WAIT):
        qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Return)
    assert not service.is_unlocked and len(restored) == 1
    # First a backup of the vault as it was, named for the moment, in the backup folder.
    (before,) = backups.iterdir()
    assert re.fullmatch(r"wellbeing-before-restore-\d{4}-\d\d-\d\d-\d{6}\.wbbackup", before.name)
    assert str(before) in dialog.summary.text()
    assert "Unlock it with its passphrase." in dialog.summary.text()
    back = tmp_path / "what was there"
    restore_backup(before, back, passphrase=PASSPHRASE)
    with Vault.unlock(back, PASSPHRASE) as vault:
        assert _contents(vault) == now
    # Then the backup's contents, to unlock with the backup's passphrase.
    with qtbot.waitSignal(service.unlocked, timeout=WAIT):
        service.unlock(PASSPHRASE)
    assert _contents(service.vault) == held


def test_in_app_restore_with_another_vaults_passphrase(
    qtbot, service: VaultService, tmp_path: Path, window: QWidget
) -> None:
    other = tmp_path / "other vault"
    vault, recovery = Vault.create(other, OTHER_PASSPHRASE, kdf=FAST_KDF, clock=_noon(9))
    with vault:
        _write(vault, "the other vault")
        chosen = tmp_path / "other.wbbackup"
        create_backup(vault, chosen)
        held = _contents(vault)
    dialog = offer_restore(window, service, chosen)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=WAIT)
    # The passphrase of the vault that is open now does not open this backup.
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._working, timeout=WAIT)
    assert "doesn't open this backup" in dialog.message.text()
    assert service.is_unlocked and not list(tmp_path.glob("*before-restore*"))
    # Its recovery key does (switchable as on the unlock page).
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.field.accessibleName() == "Recovery key"
    qtbot.keyClicks(dialog.field, recovery)
    with qtbot.waitSignal(dialog.restored, timeout=WAIT):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(list(tmp_path.glob("wellbeing-before-restore-*.wbbackup"))) == 1  # beside it
    with qtbot.waitSignal(service.unlocked, timeout=WAIT):
        service.unlock(OTHER_PASSPHRASE)
    assert _contents(service.vault) == held


def test_cancel_changes_nothing_and_the_field_keeps_no_history(
    qtbot, service: VaultService, tmp_path: Path, window: QWidget
) -> None:
    chosen = tmp_path / "chosen.wbbackup"
    create_backup(service.vault, chosen)
    before = _hashes(service.folder)
    dialog = offer_restore(window, service, chosen)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=WAIT)
    qtbot.keyClicks(dialog.field, "secret words typed")
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.field, "ABCD-EFGH")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not any("secret" in t or "ABCD" in t for t in held_texts(dialog))
    assert service.is_unlocked and _hashes(service.folder) == before
    assert [p.name for p in tmp_path.glob("*.wbbackup")] == ["chosen.wbbackup"]


def test_the_field_keeps_no_history_after_a_restore(
    qtbot, locked_service: VaultService, vault_dir: Path, tmp_path: Path, recovery_key: str
) -> None:
    backups = tmp_path / "backups"
    _backup_on(vault_dir, backups, 5, "x")
    _remove_key(vault_dir)
    page = _page(qtbot, locked_service, backups)
    dialog = _open_offered(qtbot, page)
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.field.hasFocus()
    with qtbot.waitSignal(dialog.restored, timeout=WAIT):
        _type_and_restore(qtbot, dialog, recovery_key)  # shown as typed: undo would hold it
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    group = recovery_key.split("-")[1]
    assert not any(group in text for text in held_texts(dialog))
    assert not any(group in text for text in held_texts(page))


def test_locking_while_the_dialog_is_open_closes_it_and_changes_nothing(
    qtbot, service: VaultService, tmp_path: Path, window: QWidget
) -> None:
    chosen = tmp_path / "chosen.wbbackup"
    create_backup(service.vault, chosen)
    before = _contents(service.vault)
    dialog = offer_restore(window, service, chosen)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=WAIT)
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    service.lock()  # Ctrl+L, a quick exit or the idle timer
    assert not dialog.isVisible()
    with Vault.unlock(service.folder, PASSPHRASE) as vault:
        assert _contents(vault) == before
    assert [p.name for p in tmp_path.glob("*.wbbackup")] == ["chosen.wbbackup"]


def test_the_app_offers_a_restore_on_its_unlock_page(
    qtbot, vault_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    from wellbeing.app import App
    from wellbeing.services.settings import Settings

    elsewhere = tmp_path / "elsewhere"
    chosen, held = _backup_on(vault_dir, elsewhere, 7, "restored in the app")
    _truncate(vault_dir)
    app = App(vault_dir, Settings(tmp_path / "config" / "settings.ini"), kdf=FAST_KDF)
    qtbot.addWidget(app.window)
    try:
        show_active(qtbot, app.window, (1100, 720))
        page = app.window.unlock_page
        assert app.window.pages.currentWidget() is page and page.damaged
        monkeypatch.setattr(file_dialogs, "chooser", lambda *asked: chosen)
        qtbot.waitUntil(page.offer.choose_button.hasFocus)
        qtbot.keyClick(page.offer.choose_button, Qt.Key.Key_Space)
        dialog = page.restore_dialog
        qtbot.waitUntil(dialog.field.hasFocus, timeout=WAIT)
        with qtbot.waitSignal(dialog.restored, timeout=WAIT):
            _type_and_restore(qtbot, dialog, PASSPHRASE)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        _unlock(qtbot, page, app.service)
        assert app.window.pages.currentWidget() is app.window.work
        assert _contents(app.service.vault) == held
    finally:
        app.close()


def test_a_backup_chosen_inside_the_vault_folder_is_never_deleted(
    qtbot, service: VaultService, window: QWidget, tmp_path: Path
) -> None:
    # A backup can no longer be written there (issue 13), but one may be copied in by
    # hand. A restore replaces the whole folder, so it refuses and says why: the file
    # is not the vault's, and the app never deletes what it did not make.
    create_backup(service.vault, tmp_path / "made.wbbackup")
    chosen = service.folder / "kept here.wbbackup"
    chosen.write_bytes((tmp_path / "made.wbbackup").read_bytes())
    dialog = offer_restore(window, service, chosen)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=WAIT)
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kept here.wbbackup" in dialog.message.text(), timeout=WAIT)
    assert "not part of the vault" in dialog.message.text()
    assert read_backup(chosen).created_at  # still there, whole
    (before,) = service.folder.parent.glob("wellbeing-before-restore-*.wbbackup")
    assert read_backup(before).created_at
