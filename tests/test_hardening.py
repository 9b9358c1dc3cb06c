"""Process protections: no core dumps, and one app at a time per vault."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.domain.errors import VaultInUseError
from wellbeing.vault.vault import Vault


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_the_entry_point_turns_core_dumps_off() -> None:
    script = (
        "import resource\n"
        "from wellbeing.__main__ import main\n"
        "main(['--version'])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "(0, 0)"


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_a_second_opener_is_refused_kindly_and_a_crash_frees_the_vault(vault_dir: Path) -> None:
    first = Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(VaultInUseError, match="already open"):
        Vault.unlock(vault_dir, PASSPHRASE)
    first.close()
    Vault.unlock(vault_dir, PASSPHRASE).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\nfrom wellbeing.vault.vault import Vault\n"
            f"v = Vault.unlock(Path({str(vault_dir)!r}), {PASSPHRASE!r})\n"
            "print('open', flush=True)\ntime.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUseError):
            Vault.unlock(vault_dir, PASSPHRASE)
    finally:
        holder.kill()
        holder.wait()
    Vault.unlock(vault_dir, PASSPHRASE).close()  # the kernel let go when it died
