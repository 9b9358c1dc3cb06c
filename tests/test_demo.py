"""The demo vault: invented data across every part of the plan, opened with "demo"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.conftest import FAST_KDF
from wellbeing.cli import run
from wellbeing.demo import PASSPHRASE, build_demo
from wellbeing.domain.safety_plan import Step
from wellbeing.vault.vault import Vault


def test_demo_fills_every_part_of_the_plan(tmp_path: Path) -> None:
    build_demo(tmp_path / "demo", today=date(2026, 6, 1), days=60, kdf=FAST_KDF)
    with Vault.unlock(tmp_path / "demo", PASSPHRASE) as vault:
        assert 40 <= vault.journal.count() <= 61
        assert len(vault.values.list()) >= 10 and len(vault.goals.list()) == 5
        assert len(vault.boundaries.events()) > 0
        routine = vault.routines.list()[0]
        assert vault.routines.check_ins(routine.id)
        assert 0 < vault.routines.strength(routine.id, date(2026, 6, 1)) < 1
        assert vault.safety_plan.get().section(Step.PEOPLE_TO_ASK)
        assert vault.moods.between(date(2026, 4, 1), date(2026, 6, 1))
        assert vault.check().ok


def test_demo_is_the_same_every_time(tmp_path: Path) -> None:
    for name in ("a", "b"):
        build_demo(tmp_path / name, today=date(2026, 6, 1), days=20, kdf=FAST_KDF)
    with (
        Vault.unlock(tmp_path / "a", PASSPHRASE) as a,
        Vault.unlock(tmp_path / "b", PASSPHRASE) as b,
    ):
        assert a.journal.recent(limit=100) == b.journal.recent(limit=100)


def test_demo_command_refuses_an_existing_vault(vault_dir: Path, capsys) -> None:
    assert run(["demo", "--vault", str(vault_dir)]) == 7
    assert "left as is" in capsys.readouterr().err
