"""No export, PDF or backup is ever written inside the vault's own folder (issue 13, 13).

``wellbeing export --format md V/vault.key`` used to replace the key file with Markdown:
the vault was gone, recovery key included. Every command that writes a file now refuses
a path inside the vault folder (by any name: a symbolic link to it, a hard link to one
of its files) with one line and exit 6, before a passphrase is even asked, and the cores
refuse too, so the app's own dialogs cannot do it either.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.test_cli import assert_failed, cli
from wellbeing.domain.errors import ValidationError
from wellbeing.vault.backup import create_backup, save_copy
from wellbeing.vault.exchange import write_json_export, write_markdown_export
from wellbeing.vault.outside import refuse_inside_vault
from wellbeing.vault.vault import Vault

INSIDE = "inside your vault's own folder"


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def refused(result, folder: Path, before: dict[str, str]) -> None:
    assert_failed(result, 6)
    assert INSIDE in result.err and "Nothing was written" in result.err
    assert snapshot(folder) == before
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.check().ok


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (("export", "--format", "md"), "vault.key"),
        (("export", "--format", "json"), "vault.db"),
        (("export", "--format", "pdf"), "vault.db"),
        (("export", "--format", "json"), "everything.json"),
        (("export-safety-plan",), "vault.db"),
        (("export-safety-plan",), "plan.pdf"),
        (("backup",), "vault.key"),
        (("backup",), "copy.wbbackup"),
    ],
)
def test_every_writing_command_refuses_the_vault_folder(
    vault_dir: Path, command: tuple[str, ...], name: str
) -> None:
    before = snapshot(vault_dir)
    # No passphrase is typed: the refusal comes before anything is asked.
    result = cli(*command, "--vault", vault_dir, vault_dir / name, lines=())
    refused(result, vault_dir, before)
    assert not (vault_dir / name).exists() or name in before


def test_another_name_for_the_folder_is_refused_too(vault_dir: Path, tmp_path: Path) -> None:
    before = snapshot(vault_dir)
    link = tmp_path / "shortcut"
    link.symlink_to(vault_dir, target_is_directory=True)
    refused(
        cli("export", "--format", "md", "--vault", vault_dir, link / "vault.key"), vault_dir, before
    )
    refused(
        cli("export", "--format", "md", "--vault", link, vault_dir / "vault.key"), vault_dir, before
    )
    hard = tmp_path / "elsewhere.json"
    os.link(vault_dir / "vault.key", hard)
    refused(cli("export", "--format", "json", "--vault", vault_dir, hard), vault_dir, before)


def test_beside_the_vault_is_fine(vault_dir: Path) -> None:
    target = vault_dir.parent / "vault.json"  # next to the folder, not in it
    result = cli("export", "--format", "json", "--vault", vault_dir, target)
    assert result.code == 0, result
    assert target.is_file()


def test_the_shell_sees_exit_6_and_the_key_file_survives(vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "wellbeing",
            "export",
            "--format",
            "md",
            "--vault",
            str(vault_dir),
            str(vault_dir / "vault.key"),
        ],
        input=f"{PASSPHRASE}\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ},
    )
    assert (result.returncode, result.stdout) == (6, ""), result
    assert INSIDE in result.stderr and result.stderr.count("\n") == 1
    assert snapshot(vault_dir) == before


def test_the_cores_refuse_whoever_calls_them(vault: Vault, vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    for write in (write_json_export, write_markdown_export, create_backup, save_copy):
        for name in ("vault.key", "vault.db", "safety-plan-copy.json", "new.file"):
            with pytest.raises(ValidationError, match="inside your vault's own folder"):
                write(vault, vault_dir / name)
    with pytest.raises(ValidationError):
        refuse_inside_vault(vault_dir / "sub" / "deeper.pdf", vault_dir)
    with pytest.raises(ValidationError):
        refuse_inside_vault(vault_dir, vault_dir)
    refuse_inside_vault(vault_dir.parent / "vault-export.json", vault_dir)
    assert snapshot(vault_dir) == before
