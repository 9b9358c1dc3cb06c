"""The entry points open the window (and ``--smoke-test`` closes it cleanly)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    "entry",
    [
        ["-m", "wellbeing"],
        ["-c", "import sys; from wellbeing.__main__ import main; sys.exit(main())"],
    ],
    ids=["python -m wellbeing", "wellbeing entry point"],
)
def test_no_subcommand_starts_the_window(entry: list[str], vault_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = [sys.executable, *entry, "--vault", str(vault_dir), "--smoke-test"]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "shown: Wellbeing" in done.stdout
