""" "Delete for good…" beside the archive's Undo, in the journal and the plan screens:
a plain question that starts on Cancel, then the record leaves the vault (issue 13,
item 4; what it wipes from the vault file is proved in tests/vault/test_delete_for_good.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.helpers import focused, show_active
from wellbeing.domain.boundaries import Boundary
from wellbeing.domain.errors import NotFoundError
from wellbeing.domain.goals import Goal
from wellbeing.domain.journal import JournalEntry
from wellbeing.domain.revisions import Kind
from wellbeing.services.operations import wait_for_operations
from wellbeing.ui.screens.boundaries import BoundariesScreen
from wellbeing.ui.screens.goals import GoalsScreen
from wellbeing.ui.screens.journal import JournalScreen
from wellbeing.ui.widgets.delete_for_good import DeleteForGood
from wellbeing.vault.vault import Vault

pytestmark = pytest.mark.gui

WHEN = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)


def answer(qtbot, asker: DeleteForGood, *, delete: bool) -> str:
    """The question starts on Cancel; Tab to "Delete for good" and press Space (or
    Escape). Returns the question's text."""
    box = asker.box
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert box.defaultButton() is cancel
    qtbot.waitUntil(lambda: cancel.hasFocus())
    if not delete:
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: asker.box is None)
        return text
    chosen = next(b for b in box.buttons() if b is not cancel)
    for _ in range(4):
        if chosen.hasFocus():
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert chosen.hasFocus()
    qtbot.keyClick(chosen, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not asker.busy, timeout=20_000)
    assert wait_for_operations(20_000)
    QApplication.processEvents()
    return text


def test_a_goal_archived_then_deleted_for_good_is_gone_with_its_history(qtbot, service) -> None:
    screen = GoalsScreen(service)
    qtbot.addWidget(screen)
    show_active(qtbot, screen, size=(1100, 800))
    goal = service.vault.goals.add(Goal(None, "Walk by the river"))
    kept = service.vault.goals.add(Goal(None, "Call my sister"))
    screen.load()
    screen.pane.view.setFocus()
    qtbot.keyClick(screen.pane.view, Qt.Key.Key_Delete)
    pane = screen.pane
    assert pane.undo_bar.isVisible() and pane.delete_button.isVisible()

    # Cancel keeps it in the archive.
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    text = answer(qtbot, screen.deleter, delete=False)
    assert "“Walk by the river”" in text
    assert "all its history" in text and "Backups made before now still hold it" in text
    assert [g.id for g in service.vault.goals.list(archived=True)] == [goal.id]

    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    answer(qtbot, screen.deleter, delete=True)
    with pytest.raises(NotFoundError):
        service.vault.goals.get(goal.id)
    assert service.vault.revisions.list(Kind.GOAL, goal.id) == []
    assert [g.id for g in service.vault.goals.list()] == [kept.id]
    assert pane.undo_label.text() == "Deleted for good."
    assert not pane.undo_button.isVisible() and not pane.delete_button.isVisible()

    # The next archive offers Undo again.
    pane.select_id(kept.id)
    qtbot.mouseClick(pane.archive_button, Qt.MouseButton.LeftButton)
    assert service.vault.goals.list() == []
    assert pane.undo_button.isVisible() and pane.undo_label.text() != "Deleted for good."


def test_a_boundary_can_be_deleted_for_good_too(qtbot, service) -> None:
    screen = BoundariesScreen(service)
    qtbot.addWidget(screen)
    show_active(qtbot, screen, size=(1100, 800))
    boundary = service.vault.boundaries.add(Boundary(None, "No calls after ten"))
    screen.load()
    screen.pane.view.setFocus()
    qtbot.keyClick(screen.pane.view, Qt.Key.Key_Delete)
    qtbot.mouseClick(screen.pane.delete_button, Qt.MouseButton.LeftButton)
    answer(qtbot, screen.deleter, delete=True)
    with pytest.raises(NotFoundError):
        service.vault.boundaries.get(boundary.id)


def test_a_journal_entry_archived_then_deleted_for_good(qtbot, service) -> None:
    screen = JournalScreen(service)
    qtbot.addWidget(screen)
    show_active(qtbot, screen, size=(1100, 750))
    service.vault.journal.add_many(
        [
            JournalEntry(None, "Kept", "an ordinary day", created_at=WHEN),
            JournalEntry(None, "Gone", "quokkacanary words", created_at=WHEN.replace(day=2)),
        ]
    )
    screen.load()
    screen.list_view.setCurrentIndex(screen.list_view.model().index(0, 0))
    gone = screen.editor.entry_id
    qtbot.mouseClick(screen.editor.archive_button, Qt.MouseButton.LeftButton)
    bar = screen.undo_bar
    assert bar.isVisible() and bar.delete_button.isVisible()

    qtbot.mouseClick(bar.delete_button, Qt.MouseButton.LeftButton)
    text = answer(qtbot, screen.deleter.asker, delete=True)
    assert "Delete this entry for good?" in text and "cannot be brought back" in text
    count = service.vault.db.one("SELECT count(*) FROM journal_entries WHERE id = ?", (gone,))
    assert count[0] == 0
    assert service.vault.journal.search("quokkacanary") == []
    assert service.vault.journal.count() == 1
    assert bar.label.text() == "Deleted for good."
    assert not bar.undo_button.isVisible() and not bar.delete_button.isVisible()
    assert screen._archived == []


def test_the_question_closes_on_lock_without_deleting(qtbot, service) -> None:
    screen = GoalsScreen(service)
    qtbot.addWidget(screen)
    show_active(qtbot, screen, size=(1100, 800))
    goal = service.vault.goals.add(Goal(None, "Walk by the river"))
    screen.load()
    screen.pane.view.setFocus()
    qtbot.keyClick(screen.pane.view, Qt.Key.Key_Delete)
    qtbot.mouseClick(screen.pane.delete_button, Qt.MouseButton.LeftButton)
    assert screen.deleter.box is not None
    folder = service.vault.folder
    service.lock()
    assert screen.deleter.box is None
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert [g.id for g in vault.goals.list(archived=True)] == [goal.id]
