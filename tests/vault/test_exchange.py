"""The open exports: JSON (and back into an empty vault) and Markdown. Invented data only."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE, FakeClock
from tests.test_cli import cli
from wellbeing.domain.boundaries import Boundary, BoundaryEvent, Outcome
from wellbeing.domain.errors import ValidationError
from wellbeing.domain.goals import Goal, GoalStep
from wellbeing.domain.journal import JournalEntry
from wellbeing.domain.review import Review
from wellbeing.domain.routines import CheckIn, CheckInStatus, Routine, RoutineStatus, Schedule
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.domain.values import Pile, Value
from wellbeing.vault.exchange import (
    ExportFormatError,
    build_export,
    dumps,
    import_export,
    vault_markdown,
)
from wellbeing.vault.vault import Vault


def fill(vault: Vault, clock: FakeClock) -> None:
    kind = vault.values.add(Value(None, "Zorblat kindness", "be gentle", Pile.VERY_IMPORTANT, 1))
    calm = vault.values.add(Value(None, "Quennel calm", why="breathing", own_card=True))
    vault.values.add(Value(None, "Archived thing"))
    vault.values.archive(3)
    clock.advance(minutes=5)
    goal = vault.goals.add(
        Goal(
            None,
            "Walk the flibber path",
            specific="twice a week",
            target_date=date(2026, 6, 1),
            value_ids=(calm.id, kind.id),
            steps=(GoalStep("buy shoes", True, date(2026, 3, 1)), GoalStep("first walk")),
        )
    )
    vault.goals.update(Goal(**{**goal.__dict__, "progress": 40}))
    b = vault.boundaries.add(
        Boundary(None, "No calls after nine", script="I'll ring tomorrow", value_ids=(calm.id,))
    )
    vault.boundaries.log_event(BoundaryEvent(None, b.id, date(2026, 3, 1), Outcome.HELD, "ok"))
    r = vault.routines.add(
        Routine(
            None,
            "Morning stretch",
            Schedule.on_weekdays({0, 2, 4}),
            value_ids=(kind.id,),
            started_on=date(2026, 2, 1),
        )
    )
    vault.routines.check_in(CheckIn(r.id, date(2026, 3, 1), CheckInStatus.DONE, "felt good"))
    vault.routines.update(Routine(**{**r.__dict__, "status": RoutineStatus.PAUSED}))
    for i in range(3):
        vault.journal.add(
            JournalEntry(
                None,
                f"Plimsoll day {i}",
                f"Wrote about the gribble {i}.\nSecond line.",
                datetime(2026, 2, 1 + i, 20, 30, tzinfo=UTC),
                mood=i + 2,
                tags=("blorp", f"t{i}"),
            )
        )
    vault.journal.archive(vault.journal.recent(limit=1)[0].id)
    vault.moods.set(date(2026, 3, 1), 4, "sunny-ish")
    vault.safety_plan.save(
        SafetyPlan(
            items={
                Step.WARNING_SIGNS: (SafetyItem("Can't sleep, zorp"),),
                Step.PEOPLE_TO_ASK: (
                    SafetyItem("Aunt Fenwick", reach="555-0100", coded_label="A", likelihood=4),
                ),
            },
            kept_where="drawer",
            last_reviewed=date(2026, 3, 1),
            prompts={Step.ON_MY_OWN: "my own words"},
        )
    )
    review = vault.reviews.add(
        Review(None, None, date(2026, 2, 1), date(2026, 2, 28), "walks", "rain")
    )
    with vault.revision_context("after review", "review", review.id):
        vault.values.update(Value(**{**kind.__dict__, "why": "changed in review"}))
    vault.who5.set(date(2026, 3, 1), (3, 4, 2, 5, 1))


def _new_vault(folder: Path, clock: FakeClock) -> Vault:
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF, clock=clock)
    return vault


def _state(vault: Vault) -> dict:
    return {
        "values": vault.values.list() + vault.values.list(archived=True),
        "goals": vault.goals.list(),
        "boundaries": vault.boundaries.list(),
        "events": vault.boundaries.events(),
        "routines": vault.routines.list(),
        "check_ins": {r.id: vault.routines.check_ins(r.id) for r in vault.routines.list()},
        "pauses": {r.id: vault.routines.pauses(r.id) for r in vault.routines.list()},
        "journal": vault.journal.recent(limit=100),
        "tags": vault.journal.tags(),
        "moods": vault.moods.between(date(2000, 1, 1), date(2100, 1, 1)),
        "plan": vault.safety_plan.get(),
        "revisions": vault.revisions.list(),
        "reviews": vault.reviews.list(),
        "who5": vault.who5.between(date(2000, 1, 1), date(2100, 1, 1)),
    }


def test_json_round_trip_is_identical(vault: Vault, clock: FakeClock, tmp_path: Path) -> None:
    fill(vault, clock)
    first = build_export(vault)
    assert first["format"] == "wellbeing-export" and first["version"] == 1
    assert len(first["journal"]) == 3 and first["journal"][-1]["archived_at"]
    clock.advance(days=1)
    with _new_vault(tmp_path / "other", clock) as other:
        counts = import_export(other, dumps(first))
        assert counts.journal == 3 and counts.values == 3
        second = build_export(other)
        assert _state(other) == _state(vault)
        assert other.journal.search("gribble")  # the search index was filled too
    assert first.pop("exported_at") != second.pop("exported_at")
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_import_refuses_a_non_empty_vault(vault: Vault, clock: FakeClock, tmp_path: Path) -> None:
    fill(vault, clock)
    data = dumps(build_export(vault))
    with pytest.raises(ValidationError, match="empty vault"):
        import_export(vault, data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 2}, "newer Wellbeing"),
        ({"format": "something-else"}, "not a Wellbeing export"),
        ({"surprise": []}, "unknown section"),
    ],
)
def test_wrong_header_is_refused(vault: Vault, change: dict, message: str) -> None:
    doc = {**build_export(vault), **change}
    with pytest.raises(ExportFormatError, match=message):
        import_export(vault, dumps(doc))


def test_bad_record_says_where_and_imports_nothing(
    vault: Vault, clock: FakeClock, tmp_path: Path
) -> None:
    fill(vault, clock)
    doc = build_export(vault)
    doc["goals"][0]["steps"][1]["text"] = "   "
    with _new_vault(tmp_path / "other", clock) as other:
        with pytest.raises(ExportFormatError, match=r"goals\[0\]") as err:
            import_export(other, dumps(doc))
        assert "Nothing was imported" in str(err.value)
        assert other.values.list() == [] and other.journal.count() == 0
        doc = build_export(vault)
        doc["journal"][1]["created_at"] = "yesterday"
        with pytest.raises(ExportFormatError, match=r"journal\[1\]"):
            import_export(other, dumps(doc))
        doc = build_export(vault)
        doc["boundary_events"][0]["boundary_id"] = 99
        with pytest.raises(ExportFormatError, match=r"boundary_events\[0\]\.boundary_id"):
            import_export(other, dumps(doc))
        with pytest.raises(ExportFormatError, match="line 1"):
            import_export(other, b"{not json")
        assert other.values.list() == [] and other.journal.count() == 0


def test_markdown_has_every_entry_and_the_plan(vault: Vault, clock: FakeClock) -> None:
    fill(vault, clock)
    text = vault_markdown(vault)
    assert "not encrypted" in text
    for entry in vault.journal.recent(limit=100):
        assert entry.title in text and entry.body in text
    for needle in (
        "Can't sleep, zorp",
        "Aunt Fenwick",
        "555-0100",
        "my own words",
        "Walk the flibber path",
    ):
        assert needle in text


def test_cli_export_and_import_json(vault_dir: Path, tmp_path: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        fill(vault, FakeClock())
    out = tmp_path / "export.json"
    result = cli("export", "--vault", vault_dir, "--format", "json", out)
    assert result.code == 0, result
    assert result.out.count("\n") == 1 and "NOT encrypted" in result.out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    md = tmp_path / "export.md"
    assert cli("export", "--vault", vault_dir, "--format", "md", md).code == 0
    assert stat.S_IMODE(md.stat().st_mode) == 0o600 and "Plimsoll day 0" in md.read_text()
    other = tmp_path / "other"
    assert cli("init", "--vault", other).code == 0
    result = cli("import-json", "--vault", other, out)
    assert result.code == 0, result
    assert "2 journal" not in result.out and "3 journal" in result.out
    again = cli("import-json", "--vault", other, out)
    assert again.code == 6 and "empty" in again.err and again.err.count("\n") == 1
    back = tmp_path / "back.json"
    assert cli("export", "--vault", other, "--format", "json", back).code == 0
    a, b = json.loads(out.read_text()), json.loads(back.read_text())
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b


def test_journal_times_keep_their_instant(vault: Vault, clock: FakeClock, tmp_path: Path) -> None:
    zone = datetime(2026, 1, 5, 7, 15, 30, 123456, tzinfo=UTC).astimezone(
        __import__("datetime").timezone(timedelta(hours=5, minutes=30))
    )
    vault.journal.add(JournalEntry(None, "", "micro", zone))
    with _new_vault(tmp_path / "other", clock) as other:
        import_export(other, dumps(build_export(vault)))
        assert other.journal.recent() == vault.journal.recent()
