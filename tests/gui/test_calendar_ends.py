"""Entries dated at the very ends of the calendar, as a vault written before dates were
checked may hold them: the journal list, the editor and the review show them without a
crash, west and east of Greenwich. (0001-01-01 viewed in a western zone made the list
crash inside its painting; 9999-12-31 in an eastern one too; the review raised
OverflowError.) New entries at such dates are refused, with the line number on import.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, Qt

from tests.gui.helpers import show_active
from wellbeing.domain.errors import ValidationError
from wellbeing.domain.journal import FIRST_YEAR, JournalEntry
from wellbeing.services.vault_service import VaultService
from wellbeing.ui.screens.journal import JournalScreen
from wellbeing.ui.screens.journal.list_model import EntryIdRole
from wellbeing.ui.screens.review import ReviewScreen

pytestmark = pytest.mark.gui

#: (id, created_at) as the vault stores them; the id is the time in µs since 1970.
STORED = {
    "year 1": (-62_135_596_800_000_000, "0001-01-01T00:00:00.000000+00:00"),
    "year 9999": (253_402_300_799_999_999, "9999-12-31T23:59:59.999999+00:00"),
    "a usual day": (1_772_395_200_000_000, "2026-03-01T20:00:00.000000+00:00"),
}


@pytest.fixture(params=["PST8PDT", "JST-9"], ids=["west", "east"])
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """This computer's clock in a zone west, then east, of Greenwich."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def _store(service: VaultService, *names: str) -> None:
    """Entries written straight into the vault, as an old version could have."""
    with service.vault.transaction() as db:
        for name in names:
            entry_id, at = STORED[name]
            db.execute(
                "INSERT INTO journal_entries (id, title, body, mood, tags, created_at, edited_at)"
                " VALUES (?, ?, ?, 3, 'edge', ?, ?)",
                (entry_id, f"Robin Example, {name}", f"Written on {name}.", at, at),
            )


def test_the_journal_list_and_editor_show_every_stored_date(
    qtbot, service: VaultService, zone: str
) -> None:
    _store(service, *STORED)
    screen = JournalScreen(service)
    qtbot.addWidget(screen)
    show_active(qtbot, screen, (1100, 750))
    screen.load()
    model = screen.list_view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    screen.grab()  # every row painted
    shown = [model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(3)]
    assert "9999" in shown[0] and "2026" in shown[1] and "0001" in shown[2], shown
    for row in range(3):
        screen.list_view.setCurrentIndex(model.index(row, 0))
        qtbot.waitUntil(lambda r=row: screen.editor.entry_id == model.index(r, 0).data(EntryIdRole))
        screen.grab()
    assert screen.editor.entry_id == STORED["year 1"][0]  # shown (the field keeps its range)


@pytest.mark.parametrize("names", [tuple(STORED), ("year 9999",)], ids=["all", "only 9999"])
def test_the_review_opens_over_them_and_all_time_starts_in_a_year_it_can_show(
    qtbot, service: VaultService, zone: str, names: tuple[str, ...]
) -> None:
    _store(service, *names)
    screen = ReviewScreen(service)
    qtbot.addWidget(screen)
    show_active(qtbot, screen)
    screen.load()
    screen.grab()
    qtbot.mouseClick(screen.period_bar.buttons["all"], Qt.MouseButton.LeftButton)
    screen.grab()
    period = screen.period_bar.period()
    assert period.start.year >= FIRST_YEAR and period.end <= service.vault.today()
    if "year 1" in names:
        assert period.start == QDate(FIRST_YEAR, 1, 1).toPython()


def test_a_new_entry_at_such_a_date_is_refused(service: VaultService) -> None:
    for year in (1, 1899, 2201, 9999):
        with pytest.raises(ValidationError, match="between the years 1900 and 2200"):
            JournalEntry(None, "t", "b", datetime(year, 6, 1, tzinfo=UTC))
    saved = service.vault.journal.add(
        JournalEntry(None, "t", "b", datetime(1900, 1, 1, tzinfo=UTC))
    )
    with pytest.raises(ValidationError, match="between the years"):
        service.vault.journal.update(
            JournalEntry(saved.id, "t", "b", datetime(1850, 1, 1, tzinfo=UTC))
        )
    assert service.vault.journal.get(saved.id).created_at.year == 1900
