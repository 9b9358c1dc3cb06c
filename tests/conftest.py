"""Shared fixtures: every test gets its own vault and settings under tmp_path."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from wellbeing.vault.keyfile import MIN_MEMORY_KIB, KdfParams
from wellbeing.vault.vault import Vault

# Headless everywhere, even when pytest is run without `make test`.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery staple"
#: The floor the app allows (64 MiB, one pass): real Argon2id, just not tuned.
FAST_KDF = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every default location (vault, config) into this test's tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("WELLBEING_HOME", str(home))
    monkeypatch.setenv("WELLBEING_KDF", "minimum")
    monkeypatch.setenv("WELLBEING_LANGUAGE", "en")  # a Spanish system still tests in English
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    return home


class FakeClock:
    """A clock the test moves by hand (UTC)."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def _template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One real vault made once per run; each test gets its own copy of the files."""
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, recovery_key = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    return folder, recovery_key


@pytest.fixture
def vault_dir(tmp_path: Path, _template_vault: tuple[Path, str]) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(_template_vault[0], folder)
    return folder


@pytest.fixture
def recovery_key(_template_vault: tuple[Path, str]) -> str:
    return _template_vault[1]


@pytest.fixture
def vault(vault_dir: Path, clock: FakeClock) -> Iterator[Vault]:
    opened = Vault.unlock(vault_dir, PASSPHRASE, clock=clock)
    yield opened
    opened.close()
