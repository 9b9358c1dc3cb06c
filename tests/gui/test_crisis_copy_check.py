"""The readable copy is checked at every unlock against the person's choice on this
computer: a planted file never shows and is removed, a restored backup never turns the
copy back on, and a replaced copy is written again, each with a word to the person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.domain.changes import Kind
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.formats.crisis_copy import (
    COPY_FILE,
    CopyChoice,
    copy_exists,
    read_stored,
    write_copy,
)
from wellbeing.services.crisis_copy_keeper import CrisisCopyKeeper, store_choice
from wellbeing.services.settings import Settings
from wellbeing.services.vault_service import VaultService
from wellbeing.ui.screens.unlock import UnlockPage
from wellbeing.vault.backup import create_backup, restore_backup
from wellbeing.vault.vault import read_key_file

pytestmark = pytest.mark.gui

PLAN = SafetyPlan(items={Step.PROFESSIONALS: (SafetyItem("Dr Alex Sample", reach="01632 960000"),)})


def _plant(folder: Path, token: str = "a" * 32) -> None:
    """A hand-written copy with a forged crisis line, for the vault's real id."""
    document = {
        "format": "wellbeing-safety-plan-copy",
        "version": 2,
        "vault_id": read_key_file(folder).vault_id,
        "token": token,
        "coded": False,
        "steps": {"professionals": [{"text": "Forged line", "reach": "0900 000 000"}]},
    }
    (folder / COPY_FILE).write_text(json.dumps(document), encoding="utf-8")


def _unlock(qtbot, service: VaultService, keeper: CrisisCopyKeeper) -> list[str]:
    said: list[str] = []
    keeper.copy_checked.connect(said.append)
    with qtbot.waitSignal(service.unlocked, timeout=20_000):
        service.unlock(PASSPHRASE)
    return said


def test_a_planted_copy_in_a_vault_that_never_had_one_is_not_shown_and_is_removed(
    qtbot, locked_service: VaultService, vault_dir: Path, settings: Settings
) -> None:
    _plant(vault_dir)
    page = UnlockPage(locked_service, copy_choice=settings.crisis_copy)
    qtbot.addWidget(page)
    page.show()
    page.prepare()
    assert not page.crisis_button.isVisible()
    assert not page.crisis_note.isVisible()
    keeper = CrisisCopyKeeper(locked_service, settings)
    said = _unlock(qtbot, locked_service, keeper)
    assert not copy_exists(vault_dir)
    assert len(said) == 1 and "deleted" in said[0] and "not shown" in said[0]
    locked_service.lock()


def test_a_copy_with_the_wrong_token_is_not_shown_and_is_written_again(
    qtbot, locked_service: VaultService, vault_dir: Path, settings: Settings
) -> None:
    vault_id = read_key_file(vault_dir).vault_id
    choice = CopyChoice.new(coded=True)
    settings.set_crisis_copy(vault_id, choice)
    _plant(vault_dir)  # the copy is on here, but this file was not written by the app
    page = UnlockPage(locked_service, copy_choice=settings.crisis_copy)
    qtbot.addWidget(page)
    page.show()
    page.prepare()
    assert not page.crisis_button.isVisible()
    keeper = CrisisCopyKeeper(locked_service, settings)
    said = _unlock(qtbot, locked_service, keeper)
    assert len(said) == 1 and "written again" in said[0]
    stored = read_stored(vault_dir)
    assert stored is not None and stored.belongs_to(vault_id, choice)
    assert b"Forged" not in (vault_dir / COPY_FILE).read_bytes()
    assert locked_service.vault.meta.get("crisis_copy")["token"] == choice.token
    locked_service.lock()
    page.prepare()
    assert page.crisis_button.isVisible()


def test_restoring_an_older_backup_never_turns_the_copy_back_on(
    qtbot, locked_service: VaultService, vault_dir: Path, settings: Settings, tmp_path: Path
) -> None:
    service = locked_service
    keeper = CrisisCopyKeeper(service, settings)
    assert _unlock(qtbot, service, keeper) == []
    service.write(lambda v: v.safety_plan.save(PLAN), changes=Kind.SAFETY_PLAN)
    vault_id = service.vault.vault_id
    # Turned on (as the dialog does), backed up, then turned off again.
    on = CopyChoice.new(coded=False)
    settings.set_crisis_copy(vault_id, on)
    service.write(store_choice(on), changes=Kind.CRISIS_COPY)
    assert keeper.refresh() and copy_exists(vault_dir)
    backup = tmp_path / "older.wbbackup"
    create_backup(service.vault, backup)
    settings.set_crisis_copy(vault_id, None)
    service.write(store_choice(None, on), changes=Kind.CRISIS_COPY)
    write_copy(vault_dir, PLAN, coded=False, vault_id=vault_id, token=on.token)  # left over
    service.lock()

    restore_backup(backup, vault_dir, passphrase=PASSPHRASE)
    page = UnlockPage(service, copy_choice=settings.crisis_copy)
    qtbot.addWidget(page)
    page.show()
    page.prepare()
    assert not page.crisis_button.isVisible()  # off here, whatever the folder holds

    said = _unlock(qtbot, service, keeper)
    assert len(said) == 1 and "off on this computer" in said[0]
    assert not copy_exists(vault_dir)
    assert service.vault.meta.get("crisis_copy")["enabled"] is False
    service.write(lambda v: v.safety_plan.save(PLAN), changes=Kind.SAFETY_PLAN)
    assert not copy_exists(vault_dir)  # and later saves do not make it either
    service.lock()
    assert settings.crisis_copy(vault_id) is None
