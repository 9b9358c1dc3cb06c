"""The app's own "Save as PDF" buttons never write inside the vault's folder (issue 13, 13).

A person choosing the vault folder in the save dialog (or the name of one of its files)
is told why, nothing is written, and the vault still opens.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.gui.helpers import show_active
from tests.gui.test_session_mode import before_the_session, do_values
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.ui import file_dialogs
from wellbeing.ui.screens.safety_plan import SafetyPlanScreen
from wellbeing.ui.screens.session.page import FINISH, SessionPage
from wellbeing.vault.vault import Vault

pytestmark = pytest.mark.gui

INSIDE = "inside your vault's own folder"


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def test_the_safety_plan_pdf_is_refused_inside_the_vault_folder(
    qtbot, service, vault_dir: Path, monkeypatch
) -> None:
    screen = SafetyPlanScreen(service)
    qtbot.addWidget(screen)
    show_active(qtbot, screen)
    service.vault.safety_plan.save(
        SafetyPlan(items={Step.REASONS_FOR_LIVING: (SafetyItem("Biscuit the cat"),)})
    )
    screen.load()
    actions = screen.keep_actions
    before = snapshot(vault_dir)
    for chosen in (vault_dir / "vault.db", vault_dir / "plan.pdf"):
        monkeypatch.setattr(file_dialogs, "chooser", lambda *a, chosen=chosen: chosen)
        qtbot.mouseClick(actions.pdf_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: actions.writing is None, timeout=20_000)
        assert INSIDE in actions.status.text() and "Nothing was written" in actions.status.text()
        assert snapshot(vault_dir) == before
    assert sorted(p.name for p in vault_dir.iterdir() if p.suffix == ".pdf") == []


def test_the_session_summary_is_refused_inside_the_vault_folder(
    qtbot, service, vault_dir: Path, monkeypatch
) -> None:
    page = SessionPage(service)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    before_the_session(service)
    page.begin()
    do_values(qtbot, page)
    page.go_to(FINISH)
    before = snapshot(vault_dir)
    monkeypatch.setattr(file_dialogs, "chooser", lambda *a: vault_dir / "vault.key")
    qtbot.mouseClick(page.finish.save_button, Qt.MouseButton.LeftButton)
    assert INSIDE in page.finish.save_note.text()
    assert snapshot(vault_dir) == before
    service.lock()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.check().ok
