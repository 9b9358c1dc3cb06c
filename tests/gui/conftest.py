"""GUI fixtures: a real VaultService over this test's own copy of a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE, FakeClock
from wellbeing.services.settings import Settings
from wellbeing.services.vault_service import VaultService


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.ini")


@pytest.fixture
def service(qtbot, vault_dir: Path, clock: FakeClock) -> Iterator[VaultService]:
    """An unlocked service (unlocking runs off the GUI thread, as in the app)."""
    svc = VaultService(vault_dir, clock=clock, kdf=FAST_KDF)
    with qtbot.waitSignal(svc.unlocked, timeout=20_000):
        svc.unlock(PASSPHRASE)
    yield svc
    svc.lock()


@pytest.fixture
def locked_service(vault_dir: Path, clock: FakeClock) -> VaultService:
    return VaultService(vault_dir, clock=clock, kdf=FAST_KDF)
