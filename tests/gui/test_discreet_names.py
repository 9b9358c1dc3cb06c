"""Discreet mode leaves the app's name out of the window class, daily backups' names
and PDFs' metadata; older daily backups keep being found and rotated."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.printing.pdf import write_safety_plan_pdf
from wellbeing.services.settings import Settings
from wellbeing.ui.identity import APP_NAME, apply_identity
from wellbeing.vault.backup import backup_name, daily_backups, rotate_backups
from wellbeing.vault.vault import Vault

pytestmark = pytest.mark.gui

START = date(2026, 3, 1)


@pytest.fixture
def discreet(qtbot, tmp_path: Path):
    settings = Settings(tmp_path / "config" / "settings.ini")
    settings.discreet = True
    settings.discreet_name = "Recipes"
    app = QGuiApplication.instance()
    apply_identity(app, settings)
    yield settings
    settings.discreet = False
    apply_identity(app, settings)


def test_the_application_name_and_window_class_follow_discreet_mode(discreet) -> None:
    assert QGuiApplication.applicationName() == "Recipes"
    assert QGuiApplication.applicationDisplayName() == "Recipes"
    assert os.environ.get("RESOURCE_NAME") == "Recipes"
    discreet.discreet = False
    apply_identity(QGuiApplication.instance(), discreet)
    assert QGuiApplication.applicationName() == APP_NAME
    assert os.environ.get("RESOURCE_NAME") != "Recipes"


def test_a_pdf_made_in_discreet_mode_does_not_name_the_app(discreet, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    plan = SafetyPlan(items={Step.ON_MY_OWN: (SafetyItem("A slow walk"),)})
    write_safety_plan_pdf(plan, out)
    raw = out.read_bytes()
    for spelling in ("Wellbeing", "wellbeing"):
        assert spelling.encode("ascii") not in raw
        assert spelling.encode("utf-16-be") not in raw
        assert spelling.encode("utf-16-be").hex().upper().encode() not in raw
    recipes = "Recipes"
    assert any(
        form in raw
        for form in (
            recipes.encode(),
            recipes.encode("utf-16-be"),
            recipes.encode("utf-16-be").hex().upper().encode(),
        )
    )


def test_daily_backups_are_named_neutrally_and_old_names_still_rotate(
    vault: Vault, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    assert backup_name(START) == "wellbeing-2026-03-01.wbbackup"
    assert backup_name(START, discreet=True) == "backup-2026-03-01.wbbackup"
    for n in range(3):  # made before discreet mode was on
        rotate_backups(vault, folder, START + timedelta(days=n))
    kept = rotate_backups(vault, folder, START + timedelta(days=40), discreet=True)
    assert [p.name for p in kept] == ["backup-2026-04-10.wbbackup"]
    assert sorted(p.name for p in folder.iterdir()) == ["backup-2026-04-10.wbbackup"]
    assert list(daily_backups(folder)) == [START + timedelta(days=40)]
    # Both names for one day (discreet turned on that day): both are kept and found.
    rotate_backups(vault, folder, START + timedelta(days=40))
    assert len(list(folder.iterdir())) == 2
    assert list(daily_backups(folder)) == [START + timedelta(days=40)]
