"""What the previous version wrote still opens, restores and imports.

The files under tests/fixtures/v0.1/ were made by the code before the restructuring of
issue 12 (see the README there); they are never regenerated.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wellbeing.vault.backup import read_backup, restore_backup
from wellbeing.vault.exchange import build_export, dumps, import_export
from wellbeing.vault.keyfile import MIN_MEMORY_KIB, KdfParams
from wellbeing.vault.vault import Vault

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "v0.1"
PASSPHRASE = "demo"
COUNTS = {
    "values": 12,
    "goals": 5,
    "boundaries": 3,
    "routines": 5,
    "boundary_events": 3,
    "check_ins": 78,
    "journal": 21,
    "moods": 14,
    "revisions": 27,
    "reviews": 1,
    "who5": 1,
}


def _counts(doc: dict) -> dict[str, int]:
    return {key: len(doc[key]) for key in COUNTS}


def _comparable(doc: dict) -> dict:
    return {key: value for key, value in doc.items() if key != "exported_at"}


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault", folder)
    return folder


def test_a_vault_made_by_the_previous_version_opens_with_everything_in_it(
    old_vault: Path,
) -> None:
    with Vault.unlock(old_vault, PASSPHRASE) as vault:
        assert vault.check().ok
        doc = build_export(vault)
    assert _counts(doc) == COUNTS
    expected = json.loads((FIXTURES / "export.json").read_bytes())
    # The same vault exported now says exactly what the previous version exported.
    assert _comparable(json.loads(dumps(doc))) == _comparable(expected)


def test_the_previous_versions_export_is_written_the_same_way_now(old_vault: Path) -> None:
    """Byte-compatible: the export format did not drift (only the moment differs)."""
    original = (FIXTURES / "export.json").read_bytes()
    with Vault.unlock(old_vault, PASSPHRASE) as vault:
        doc = build_export(vault)
    doc["exported_at"] = json.loads(original)["exported_at"]
    assert dumps(doc) == original


def test_a_backup_made_by_the_previous_version_verifies_and_restores(tmp_path: Path) -> None:
    info = read_backup(FIXTURES / "backup.wbbackup")
    target = tmp_path / "restored"
    restored = restore_backup(FIXTURES / "backup.wbbackup", target, passphrase=PASSPHRASE)
    assert restored.vault_id == info.vault_id
    with Vault.unlock(target, PASSPHRASE) as vault:
        assert vault.check().ok
        assert _counts(build_export(vault)) == COUNTS


def test_an_export_made_by_the_previous_version_imports_into_a_new_vault(
    tmp_path: Path,
) -> None:
    kdf = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1)
    vault, _ = Vault.create(tmp_path / "new", "a new passphrase", kdf=kdf)
    with vault:
        counts = import_export(vault, (FIXTURES / "export.json").read_bytes())
        assert (counts.values, counts.goals, counts.journal, counts.reviews) == (12, 5, 21, 1)
        assert _counts(build_export(vault)) == COUNTS
