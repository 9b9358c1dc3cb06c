"""``wellbeing export-safety-plan``: driven as a person or a script drives it.

In-process runs ask for the ``qapp`` fixture: the export needs a Qt application, and the
test process must make a full QApplication (widget tests share it), not the bare
QGuiApplication the command makes for itself. The subprocess runs prove the real entry
point with no display at all: nothing on stderr, one line on stdout.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from tests.conftest import PASSPHRASE
from tests.gui.helpers import pdf_text
from tests.test_cli import assert_failed, cli
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.vault.vault import Vault

pytestmark = pytest.mark.gui

MM = 72 / 25.4
PLAN = SafetyPlan(
    items={
        Step.WARNING_SIGNS: (SafetyItem("Skipping meals"),),
        Step.ON_MY_OWN: (SafetyItem("Long bath with the radio on"),),
        Step.PEOPLE_AND_PLACES: (SafetyItem("Robin Example", reach="555-0100"),),
        Step.PEOPLE_TO_ASK: (
            SafetyItem("Sam Placeholder", reach="555-0142", coded_label="Lighthouse"),
        ),
        Step.REASONS_FOR_LIVING: (SafetyItem("My niece's laugh"),),
    },
    kept_where="Kitchen drawer",
)


@pytest.fixture
def planned(vault_dir: Path) -> Path:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.safety_plan.save(PLAN)
    return vault_dir


def saved_line(out: str, target: Path) -> None:
    assert out.count("\n") == 1 and str(target) in out
    assert "not encrypted" in out and "somewhere private" in out


def test_export_writes_a_private_one_page_pdf_and_says_it_is_not_encrypted(
    qapp, planned: Path, tmp_path: Path
) -> None:
    target = tmp_path / "plan.pdf"
    result = cli("export-safety-plan", "--vault", planned, target)
    assert (result.code, result.err) == (0, ""), result
    saved_line(result.out, target)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert len(pypdf.PdfReader(target).pages) == 1
    text = pdf_text(target)
    for words in ("Skipping meals", "Robin Example", "555-0100", "My niece's laugh"):
        assert words in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf", "vault"]  # no leftovers


def test_card_and_coded_options(qapp, planned: Path, tmp_path: Path) -> None:
    target = tmp_path / "card.pdf"
    result = cli("export-safety-plan", "--vault", planned, target, "--card", "--coded")
    assert (result.code, result.err) == (0, ""), result
    box = pypdf.PdfReader(target).pages[0].mediabox
    assert abs(float(box.width) - 85.6 * MM) < 1 and abs(float(box.height) - 54 * MM) < 1
    text = pdf_text(target)
    assert "Lighthouse" in text and "Contact 1" in text and "555-0142" in text
    assert "Robin Example" not in text and "Sam Placeholder" not in text


def test_the_recovery_key_opens_it_too(
    qapp, planned: Path, tmp_path: Path, recovery_key: str
) -> None:
    target = tmp_path / "plan.pdf"
    result = cli(
        "export-safety-plan", "--vault", planned, target, "--recovery", lines=[recovery_key]
    )
    assert (result.code, result.err) == (0, ""), result
    assert "Skipping meals" in pdf_text(target)


def test_a_wrong_passphrase_writes_nothing(qapp, planned: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert_failed(cli("export-safety-plan", "--vault", planned, out / "plan.pdf", lines=["no"]), 3)
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_named_before_any_passphrase(
    qapp, planned: Path, tmp_path: Path
) -> None:
    target = tmp_path / "not here" / "plan.pdf"
    result = cli("export-safety-plan", "--vault", planned, target, lines=())
    assert_failed(result, 6)
    assert "not here" in result.err and "passphrase" not in result.err
    assert not target.parent.exists()


def test_a_folder_as_the_target_is_refused_and_left_alone(
    qapp, planned: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    result = cli("export-safety-plan", "--vault", planned, folder)
    assert_failed(result, 6)
    assert "folder" in result.err and "passphrase" not in result.err
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no part file


def test_no_vault_writes_nothing(qapp, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    assert_failed(cli("export-safety-plan", "--vault", tmp_path / "none", target), 5)
    assert not target.exists()


# The real entry point, with no display


def _headless_env(**extra: str) -> dict[str, str]:
    gone = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    return {**{k: v for k, v in os.environ.items() if k not in gone}, **extra}


@pytest.mark.parametrize("platform", ["", "offscreen"], ids=["unset", "offscreen"])
def test_python_m_wellbeing_exports_without_a_display(
    planned: Path, tmp_path: Path, platform: str
) -> None:
    env = _headless_env(**({"QT_QPA_PLATFORM": platform} if platform else {}))
    target = tmp_path / "plan.pdf"
    argv = [sys.executable, "-m", "wellbeing", "export-safety-plan", "--vault", planned, target]
    done = subprocess.run(
        list(map(str, argv)),
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert (done.returncode, done.stderr) == (0, ""), done.stderr  # not a single Qt warning
    saved_line(done.stdout, target)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert "Long bath with the radio on" in pdf_text(target)

    wrong = tmp_path / "wrong.pdf"
    argv[-1] = wrong
    refused = subprocess.run(
        list(map(str, argv)), input="not it\n", capture_output=True, text=True, env=env, timeout=180
    )
    assert refused.returncode == 3 and refused.stdout == ""
    assert refused.stderr.startswith("wellbeing: ") and refused.stderr.count("\n") == 1
    assert not wrong.exists()
