"""A wiped, replaced or mismatched database on the unlock page: it is called damaged and
the newest backup is offered (it was once "belong to different vaults", with no offer).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_restore import WAIT, _backup_on, _page
from wellbeing.services.vault_service import VaultService
from wellbeing.ui.restore.texts import when
from wellbeing.vault.backup import read_backup
from wellbeing.vault.vault import DB_FILE, KEY_FILE, Vault

pytestmark = pytest.mark.gui


def _zeroed(vault_dir: Path, tmp_path: Path) -> None:
    db = vault_dir / DB_FILE
    db.write_bytes(bytes(db.stat().st_size))


def _random(vault_dir: Path, tmp_path: Path) -> None:
    db = vault_dir / DB_FILE
    db.write_bytes(os.urandom(db.stat().st_size))


def _first_16_bytes(vault_dir: Path, tmp_path: Path) -> None:
    db = vault_dir / DB_FILE
    data = bytearray(db.read_bytes())
    data[:16] = os.urandom(16)
    db.write_bytes(bytes(data))


def _other_vaults_key(vault_dir: Path, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", "another vault's passphrase", kdf=FAST_KDF)
    other.close()
    os.replace(tmp_path / "other" / KEY_FILE, vault_dir / KEY_FILE)


@pytest.mark.parametrize(
    ("spoil", "at_once", "says"),
    [
        (_zeroed, True, "overwritten with zeros"),
        (_random, False, "damaged or was replaced"),
        (_first_16_bytes, False, "beginning"),
        (_other_vaults_key, False, "another vault"),
    ],
    ids=["zeroed", "random bytes", "first 16 bytes", "another vault's key file"],
)
def test_the_unlock_page_calls_it_damaged_and_offers_the_backup(
    qtbot,
    locked_service: VaultService,
    vault_dir: Path,
    tmp_path: Path,
    spoil,
    at_once: bool,
    says: str,
) -> None:
    backups = tmp_path / "backups"
    newest, _ = _backup_on(vault_dir, backups, 4, "kept")
    spoil(vault_dir, tmp_path)
    page = _page(qtbot, locked_service, backups)
    assert page.damaged is at_once  # a wiped file is told before any passphrase
    if not at_once:
        qtbot.keyClicks(page.field, PASSPHRASE)
        with qtbot.waitSignal(locked_service.unlock_failed, timeout=WAIT):
            qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.offer.newest_button.isVisible(), timeout=WAIT)
    assert page.damaged and says in page.message.text()
    assert "different vaults" not in page.message.text()
    assert when(read_backup(newest).created_at) in page.offer.newest_button.text()
    assert not locked_service.is_unlocked
