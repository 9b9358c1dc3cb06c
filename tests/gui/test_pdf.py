"""Safety plan PDFs, read back as text: everything is there, and coded means coded."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from io import StringIO
from pathlib import Path

import pypdf
import pytest

from tests.conftest import PASSPHRASE
from tests.gui.helpers import pdf_text
from wellbeing.cli import run
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.printing.pdf import write_safety_plan_pdf, write_summary_pdf
from wellbeing.vault.vault import Vault

pytestmark = pytest.mark.gui

NAMES = ["Robin Example", "Sam Placeholder", "Alex Sample"]
PLAN = SafetyPlan(
    items={
        Step.WARNING_SIGNS: (
            SafetyItem("Not sleeping for two nights"),
            SafetyItem("<b>not bold</b> & co"),
        ),
        Step.ON_MY_OWN: (SafetyItem("A hot shower", likelihood=4, obstacles="No hot water"),),
        Step.PEOPLE_AND_PLACES: (
            SafetyItem("Sam Placeholder", reach="Text first", coded_label="Sunflower"),
            SafetyItem("The library reading room"),
        ),
        Step.PEOPLE_TO_ASK: (SafetyItem("Robin Example", reach="555-0100"),),
        Step.PROFESSIONALS: (SafetyItem("Alex Sample", reach="555-0199", coded_label="Doc"),),
        Step.SAFER_SURROUNDINGS: (SafetyItem("Spare pills with a friend"),),
        Step.REASONS_FOR_LIVING: (SafetyItem("My cat, Biscuit"),),
    },
    kept_where="In my wallet",
    shared_with="My counsellor",
    last_reviewed=date(2026, 3, 1),
)


def raw_holds(path: Path, word: str) -> bool:
    data = path.read_bytes()
    return any(
        form in data
        for form in (
            word.encode(),
            word.encode("utf-16-be"),
            word.encode("utf-16-be").hex().encode(),
            word.encode("utf-16-be").hex().upper().encode(),
        )
    )


def test_one_page_with_every_item_contact_and_detail(qapp, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    write_safety_plan_pdf(PLAN, out)
    assert len(pypdf.PdfReader(out).pages) == 1
    text = pdf_text(out)
    for items in PLAN.items.values():
        for item in items:
            assert item.text in text
            assert item.reach in text
    for detail in (
        "how likely: 4 of 5",
        "No hot water",
        "In my wallet",
        "My counsellor",
        "2026-03-01",
        "1. Warning signs",
        "6. Making my surroundings safer",
    ):
        assert detail in text
    assert "<b>not bold</b> & co" in text  # the person's text, never read as markup
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_coded_never_prints_a_contact_name(qapp, tmp_path: Path) -> None:
    for card in (False, True):
        out = tmp_path / f"coded-{card}.pdf"
        write_safety_plan_pdf(PLAN, out, coded=True, card=card)
        text = pdf_text(out)
        for name in NAMES:
            assert name not in text and not raw_holds(out, name), (card, name)
        assert "Sunflower" in text and "Doc" in text and "Contact 2" in text
        assert "555-0100" in text and "The library reading room" not in text
        metadata = pypdf.PdfReader(out).metadata
        assert metadata.title == "Safety plan" and metadata.creator == "Wellbeing"


def test_wallet_card_is_card_sized_and_holds_the_plan(qapp, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    write_safety_plan_pdf(PLAN, out, card=True)
    reader = pypdf.PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (86, 54)
    assert len(reader.pages) >= 2
    text = pdf_text(out)
    assert "Robin Example" in text and "My cat, Biscuit" in text


def test_a_long_plan_flows_onto_more_pages_at_a_readable_size(qapp, tmp_path: Path) -> None:
    long = SafetyPlan(
        items={
            step: tuple(SafetyItem(f"{step.value} item {i} " + "word " * 30) for i in range(12))
            for step in Step
        }
    )
    out = tmp_path / "long.pdf"
    write_safety_plan_pdf(long, out)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 2
    # The printed text size itself is measured in test_pdf_export.py.
    assert "reasons_for_living item 11" in pdf_text(out)


def test_a_failed_write_leaves_no_file(qapp, tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "plan.pdf"
    with pytest.raises(OSError):
        write_safety_plan_pdf(PLAN, missing)
    assert not missing.exists() and list(tmp_path.iterdir()) == []


def test_summary_pdf_lists_its_sections(qapp, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    write_summary_pdf(
        "What we made together",
        "From the session on 2 March",
        [("Values", ["Honesty — it matters"]), ("Goals", ["<i>Rest</i>"])],
        out,
    )
    text = pdf_text(out)
    assert "What we made together" in text and "Honesty — it matters" in text
    assert "<i>Rest</i>" in text


def test_command_line_export(vault_dir: Path, tmp_path: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.safety_plan.save(PLAN)
    out, err = StringIO(), StringIO()
    target = tmp_path / "plan.pdf"
    code = run(
        ["export-safety-plan", "--vault", str(vault_dir), str(target), "--coded"],
        stdin=StringIO(PASSPHRASE + "\n"),
        stdout=out,
        stderr=err,
    )
    assert (code, err.getvalue()) == (0, "")
    assert "not encrypted" in out.getvalue()
    assert "Sunflower" in pdf_text(target) and "Robin Example" not in pdf_text(target)
    wrong = tmp_path / "wrong.pdf"
    code = run(
        ["export-safety-plan", "--vault", str(vault_dir), str(wrong)],
        stdin=StringIO("not it\n"),
        stdout=StringIO(),
        stderr=err,
    )
    assert code == 3 and not wrong.exists()


def test_command_line_export_in_a_fresh_headless_process(vault_dir: Path, tmp_path: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.safety_plan.save(PLAN)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    target = tmp_path / "card.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "wellbeing",
            "export-safety-plan",
            "--vault",
            str(vault_dir),
            str(target),
            "--card",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Robin Example" in pdf_text(target)
