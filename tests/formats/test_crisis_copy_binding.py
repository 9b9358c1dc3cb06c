"""The readable copy is bound to its vault and choice, overwritten in place, and coded
matching finds names in any case and inside e-mail addresses."""

from __future__ import annotations

import json
import os
from pathlib import Path

from wellbeing.domain.coding import name_hider, number_hider
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.formats.crisis_copy import (
    COPY_FILE,
    SLOT,
    CopyChoice,
    read_copy,
    read_stored,
    shown_copy,
    write_copy,
)

VAULT_ID = "0123456789abcdef0123456789abcdef"
CHOICE = CopyChoice.new(coded=False)

PLAN = SafetyPlan(
    items={
        Step.ON_MY_OWN: (SafetyItem("Message robin about the film"),),
        Step.PEOPLE_TO_ASK: (
            SafetyItem("Robin Example", reach="robin.example@mail.example, 07700 900123"),
            SafetyItem("Sam Placeholder", reach="SAMP@example.org or call sam"),
        ),
        Step.PROFESSIONALS: (SafetyItem("Night line", reach="+44 (0)1632 960000"),),
    }
)


def _planted(folder: Path, **fields: object) -> None:
    """A hand-written copy, as someone could drop into the folder."""
    document = {
        "format": "wellbeing-safety-plan-copy",
        "version": 2,
        "vault_id": VAULT_ID,
        "token": "f" * 32,
        "coded": False,
        "steps": {"professionals": [{"text": "Forged line", "reach": "0900 000 000"}]},
        **fields,
    }
    (folder / COPY_FILE).write_text(json.dumps(document), encoding="utf-8")


def test_a_planted_copy_is_never_shown(tmp_path: Path) -> None:
    _planted(tmp_path)
    assert read_copy(tmp_path) is not None  # it reads as a copy: the check is what stops it
    assert shown_copy(tmp_path, VAULT_ID, None) is None  # the copy was never turned on
    assert shown_copy(tmp_path, VAULT_ID, CHOICE) is None  # on, but not this token
    # Even with the right token, a copy written for another vault does not show.
    _planted(tmp_path, token=CHOICE.token, vault_id="9" * 32)
    assert shown_copy(tmp_path, VAULT_ID, CHOICE) is None
    # A version 1 copy (no vault, no token) never shows either.
    _planted(tmp_path, version=1, token=CHOICE.token)
    assert shown_copy(tmp_path, VAULT_ID, CHOICE) is None


def test_the_copy_this_vault_wrote_is_shown(tmp_path: Path) -> None:
    write_copy(tmp_path, PLAN, coded=False, vault_id=VAULT_ID, token=CHOICE.token)
    shown = shown_copy(tmp_path, VAULT_ID, CHOICE)
    assert shown is not None and not shown[1]
    assert shown[0].section(Step.PEOPLE_TO_ASK)[0].text == "Robin Example"
    # Turned off (no choice here) or turned on again later (a new token): not shown.
    assert shown_copy(tmp_path, VAULT_ID, None) is None
    assert shown_copy(tmp_path, VAULT_ID, CopyChoice.new(coded=False)) is None


def test_updates_overwrite_the_same_file_at_a_fixed_size(tmp_path: Path) -> None:
    write_copy(tmp_path, PLAN, coded=False, vault_id=VAULT_ID, token=CHOICE.token)
    path = tmp_path / COPY_FILE
    before = path.stat()
    assert before.st_size == 2 * SLOT
    # A descriptor opened now keeps reading the same inode, whatever happens to the name.
    held = os.open(path, os.O_RDONLY)
    try:
        write_copy(tmp_path, PLAN, coded=True, vault_id=VAULT_ID, token=CHOICE.token)
        after = path.stat()
        assert (after.st_ino, after.st_dev, after.st_size) == (
            before.st_ino,
            before.st_dev,
            before.st_size,
        )
        in_blocks = os.pread(held, after.st_size + 1, 0)
    finally:
        os.close(held)
    assert len(in_blocks) == 2 * SLOT
    for name in (b"Robin", b"robin", b"Sam", b"samp"):
        assert name not in in_blocks, name  # the uncoded words are overwritten, not freed
    assert os.listdir(tmp_path) == [COPY_FILE]


def test_a_copy_torn_by_a_crash_reads_from_its_other_slot(tmp_path: Path) -> None:
    write_copy(tmp_path, PLAN, coded=False, vault_id=VAULT_ID, token=CHOICE.token)
    path = tmp_path / COPY_FILE
    # As a crash half way through writing slot one leaves it: new bytes, then old ones.
    with open(path, "r+b") as handle:
        handle.write(b'{"format": "wellbeing-safety-plan-copy", "version": 2, "ste')
    found = read_stored(tmp_path)
    assert found is not None and found.token == CHOICE.token
    assert found.plan.section(Step.PEOPLE_TO_ASK)[0].text == "Robin Example"


def test_a_link_is_replaced_never_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("the person's own notes")
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / COPY_FILE).symlink_to(elsewhere)
    write_copy(folder, PLAN, coded=True, vault_id=VAULT_ID, token=CHOICE.token)
    assert elsewhere.read_text() == "the person's own notes"
    assert not (folder / COPY_FILE).is_symlink()
    os.unlink(folder / COPY_FILE)
    os.link(elsewhere, folder / COPY_FILE)  # a second name for someone else's file
    write_copy(folder, PLAN, coded=True, vault_id=VAULT_ID, token=CHOICE.token)
    assert elsewhere.read_text() == "the person's own notes"


def test_coded_names_are_hidden_in_any_case_and_inside_e_mail_addresses(tmp_path: Path) -> None:
    write_copy(tmp_path, PLAN, coded=True, vault_id=VAULT_ID, token=CHOICE.token)
    raw = (tmp_path / COPY_FILE).read_bytes()
    for name in (b"robin", b"Robin", b"ROBIN", b"Example@", b"samp", b"SAMP", b"sam", b"Sam"):
        assert name not in raw, name
    found = read_stored(tmp_path)
    assert found is not None
    steps = found.plan
    assert steps.section(Step.ON_MY_OWN)[0].text == "Message Contact 1 about the film"
    assert steps.section(Step.PEOPLE_TO_ASK)[0].reach == "Contact 1, 07700 900123"
    assert steps.section(Step.PEOPLE_TO_ASK)[1].reach == "Contact 2 or call Contact 2"
    # An address without a name in it is left as it is.
    hide = name_hider([("Robin Example", "Sun")])
    assert hide("write to help@line.org") == "write to help@line.org"
    assert hide("ROBIN EXAMPLE, robinexample@x.example") == "Sun, Sun"


def test_numbers_are_hidden_when_chosen(tmp_path: Path) -> None:
    write_copy(tmp_path, PLAN, coded=True, vault_id=VAULT_ID, token=CHOICE.token)
    assert b"07700 900123" in (tmp_path / COPY_FILE).read_bytes()  # not chosen: kept
    write_copy(
        tmp_path,
        PLAN,
        coded=True,
        vault_id=VAULT_ID,
        token=CHOICE.token,
        hide_numbers=True,
        number_label="[hidden]",
    )
    raw = (tmp_path / COPY_FILE).read_bytes()
    for number in (b"07700", b"900123", b"1632", b"960000"):
        assert number not in raw, number
    found = read_stored(tmp_path)
    assert found is not None
    assert found.plan.section(Step.PEOPLE_TO_ASK)[0].reach == "Contact 1, [hidden]"
    assert found.plan.section(Step.PROFESSIONALS)[0].reach == "[hidden]"
    # Uncoded, numbers can be hidden too; short numbers in words stay.
    write_copy(tmp_path, PLAN, coded=False, hide_numbers=True, number_label="[hidden]")
    assert b"900123" not in (tmp_path / COPY_FILE).read_bytes()
    assert number_hider("#")("Step 2 at 9, then call 116 123") == "Step 2 at 9, then call #"
