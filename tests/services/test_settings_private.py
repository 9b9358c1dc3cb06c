"""The settings folder and file are this account's only, and the readable copy's choice
is kept there per vault."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from wellbeing.formats.crisis_copy import CopyChoice
from wellbeing.services.settings import Settings

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_config_folder_and_file_are_private_whatever_the_umask(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    old = os.umask(0o022)
    try:
        settings = Settings(folder / "settings.ini")
        settings.vault_folder = tmp_path / "a vault"
        settings.backup_folder = tmp_path / "backups"
    finally:
        os.umask(old)
    assert _mode(folder) == 0o700
    assert _mode(folder / "settings.ini") == 0o600


def test_an_older_world_readable_config_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    (folder / "settings.ini").write_text("[vault]\nfolder=/somewhere\n")
    os.chmod(folder / "settings.ini", 0o644)
    settings = Settings(folder / "settings.ini")
    assert _mode(folder) == 0o700 and _mode(folder / "settings.ini") == 0o600
    settings.theme = "dark"  # Qt writes a new file and renames it: still private
    assert _mode(folder / "settings.ini") == 0o600


def test_the_copy_choice_is_kept_per_vault_and_read_by_a_second_process(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.ini"
    settings = Settings(path)
    assert settings.crisis_copy("ab" * 16) is None
    choice = CopyChoice.new(coded=True, hide_numbers=True)
    settings.set_crisis_copy("ab" * 16, choice)
    assert settings.crisis_copy("ab" * 16) == choice
    assert settings.crisis_copy("cd" * 16) is None  # another vault: off
    code = (
        "import sys; from pathlib import Path; "
        "from wellbeing.services.settings import Settings; "
        "c = Settings(Path(sys.argv[1])).crisis_copy(sys.argv[2]); "
        "print(c.token, c.coded, c.hide_numbers)"
    )
    seen = subprocess.run(
        [sys.executable, "-c", code, str(path), "ab" * 16],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert seen.stdout.split() == [choice.token, "True", "True"]
    settings.set_crisis_copy("ab" * 16, None)
    assert settings.crisis_copy("ab" * 16) is None
    assert choice.token not in path.read_text()
