"""The app puts a restore that was killed between its renames right before it shows a
page (issue 13, item 6): the unlock page, never the welcome to make a new vault, with
one line saying what was done."""

from __future__ import annotations

import shutil
import signal
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.helpers import show_active
from tests.vault.test_interrupted import reap, run_child, siblings, trace
from wellbeing.domain.journal import JournalEntry
from wellbeing.services.vault_service import VaultService
from wellbeing.vault.backup import create_backup
from wellbeing.vault.vault import Vault

pytestmark = pytest.mark.gui


def test_the_unlock_page_follows_a_restore_put_back(
    qtbot, vault_dir: Path, clock, settings, tmp_path: Path
) -> None:
    from wellbeing.ui.main_window import MainWindow

    root = tmp_path / "home-of-vault"
    root.mkdir()
    folder = root / "vault"
    vault_dir.rename(folder)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        vault.journal.add(JournalEntry(None, "kept", "x", created_at=datetime.now(UTC)))
        create_backup(vault, tmp_path / "the.wbbackup")
    argv = ("restore", "--vault", folder, tmp_path / "the.wbbackup")
    pristine = tmp_path / "pristine"
    shutil.copytree(root, pristine)
    steps = trace(argv, [PASSPHRASE], root, tmp_path)
    second = next(i for i, s in enumerate(steps, 1) if s.startswith("os.rename .vault.restore-"))
    shutil.rmtree(root)
    shutil.copytree(pristine, root)
    assert reap(run_child(argv, [PASSPHRASE], root, at=second)) == -signal.SIGKILL
    assert not folder.exists()  # no vault at the folder: the app used to offer a new one

    service = VaultService(folder, clock=clock, kdf=FAST_KDF)
    window = MainWindow(service, settings)
    qtbot.addWidget(window)
    show_active(qtbot, window)  # (the window shows its start page as it is made)
    assert window.pages.currentWidget() is window.unlock_page
    assert "put back as it was" in window.unlock_page.message.text()
    assert siblings(folder) == []
    with qtbot.waitSignal(service.unlocked, timeout=20_000):
        service.unlock(PASSPHRASE)
    assert [e.title for e in service.vault.journal.recent(limit=10)] == ["kept"]
    service.lock()
