"""The readable copy of the crisis view: exactly what it shows, and nothing it hides."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.formats.crisis_copy import (
    COPY_FILE,
    copy_exists,
    read_copy,
    readable_plan,
    remove_copy,
    write_copy,
)

PLAN = SafetyPlan(
    items={
        Step.WARNING_SIGNS: (
            SafetyItem("I stop answering messages", likelihood=4, obstacles="Quiet-obstacle-1"),
        ),
        Step.ON_MY_OWN: (SafetyItem("Cold water, then a slow walk"),),
        Step.PEOPLE_AND_PLACES: (SafetyItem("The all-night café"),),
        Step.PEOPLE_TO_ASK: (
            SafetyItem(
                "Robin Example",
                reach="07700 900123, text first",
                coded_label="Sunflower",
                likelihood=5,
                obstacles="Quiet-obstacle-2",
            ),
            SafetyItem("Sam Placeholder", reach="sam@example.org"),
        ),
        Step.PROFESSIONALS: (SafetyItem("Dr Alex Sample", reach="01632 960000"),),
        Step.REASONS_FOR_LIVING: (SafetyItem("My cat, Biscuit"),),
    },
    kept_where="Kept-where-secret",
    shared_with="Shared-with-secret",
    last_reviewed=date(2026, 2, 1),
    prompts={Step.WARNING_SIGNS: "Own-prompt-secret"},
)


def _document(folder: Path) -> dict:
    """The first of the file's two slots (each holds the whole document, padded)."""
    raw = (folder / COPY_FILE).read_bytes()
    assert raw[: len(raw) // 2] == raw[len(raw) // 2 :]
    return json.loads(raw[: len(raw) // 2].decode("utf-8"))


def test_the_file_holds_exactly_the_shown_text(tmp_path: Path) -> None:
    write_copy(tmp_path, PLAN, coded=False)
    assert _document(tmp_path) == {
        "format": "wellbeing-safety-plan-copy",
        "version": 2,
        "vault_id": "",
        "token": "",
        "coded": False,
        "steps": {
            "warning_signs": [{"text": "I stop answering messages"}],
            "on_my_own": [{"text": "Cold water, then a slow walk"}],
            "people_and_places": [{"text": "The all-night café"}],
            "people_to_ask": [
                {"text": "Robin Example", "reach": "07700 900123, text first"},
                {"text": "Sam Placeholder", "reach": "sam@example.org"},
            ],
            "professionals": [{"text": "Dr Alex Sample", "reach": "01632 960000"}],
            "reasons_for_living": [{"text": "My cat, Biscuit"}],
        },
    }
    raw = (tmp_path / COPY_FILE).read_bytes()
    for hidden in ("Quiet-obstacle", "Kept-where", "Shared-with", "Own-prompt", "Sunflower"):
        assert hidden.encode() not in raw
    assert "café".encode() in raw  # the words as they are, not \\u-escaped


def test_read_copy_gives_back_what_was_shown(tmp_path: Path) -> None:
    for coded in (False, True):
        write_copy(tmp_path, PLAN, coded=coded)
        plan, was_coded = read_copy(tmp_path)
        assert was_coded is coded
        assert plan == readable_plan(PLAN, coded=coded)
        # Read back and shown again, the copy shows exactly the same.
        assert readable_plan(plan, coded=coded) == plan


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_file_is_readable_by_this_account_only(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        write_copy(tmp_path, PLAN, coded=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / COPY_FILE).stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [COPY_FILE]  # no temp file left


def test_coded_copy_never_contains_a_real_name(tmp_path: Path) -> None:
    plan = PLAN.with_section(
        Step.ON_MY_OWN,
        (SafetyItem("Send Robin a silly photo"), SafetyItem("Walk with robin example")),
    ).with_section(
        Step.PEOPLE_TO_ASK,
        (
            SafetyItem(
                "Robin Example", reach="07700 900123, Robin answers late", coded_label="Sun"
            ),
            SafetyItem("Sam Placeholder", reach="ask for Sam at the desk"),
        ),
    )
    write_copy(tmp_path, plan, coded=True)
    raw = (tmp_path / COPY_FILE).read_bytes()
    for name in ("Robin", "robin example", "Example", "Sam Placeholder", "Sam ", "Alex", "Sample"):
        assert name.encode() not in raw, name
    steps = _document(tmp_path)["steps"]
    assert steps["people_and_places"] == [{"text": "Contact 1"}]
    assert steps["people_to_ask"] == [
        {"text": "Sun", "reach": "07700 900123, Sun answers late"},
        {"text": "Contact 3", "reach": "ask for Contact 3 at the desk"},
    ]
    assert steps["professionals"] == [{"text": "Contact 4", "reach": "01632 960000"}]
    assert steps["on_my_own"] == [
        {"text": "Send Sun a silly photo"},
        {"text": "Walk with Sun"},
    ]
    # The same plan uncoded does hold the names: the test above can fail.
    write_copy(tmp_path, plan, coded=False)
    assert b"Robin Example" in (tmp_path / COPY_FILE).read_bytes()


def test_the_contact_label_can_be_translated(tmp_path: Path) -> None:
    write_copy(tmp_path, PLAN, coded=True, contact_label=lambda n: f"Kontakt {n}")
    assert _document(tmp_path)["steps"]["people_to_ask"][1]["text"] == "Kontakt 3"


_NAME_WORD = st.text("qxzjvkwQXZJVKW", min_size=3, max_size=8).map(str.capitalize)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.lists(_NAME_WORD, min_size=1, max_size=3), min_size=1, max_size=4))
def test_no_name_word_survives_coding(tmp_path: Path, names: list[list[str]]) -> None:
    contacts = tuple(
        SafetyItem(" ".join(words), reach=f"Call {words[0]} on 0161 496 0000") for words in names
    )
    mentions = tuple(SafetyItem(f"Tea with {' '.join(words)}") for words in names)
    plan = SafetyPlan(items={Step.PEOPLE_TO_ASK: contacts, Step.ON_MY_OWN: mentions})
    write_copy(tmp_path, plan, coded=True)
    raw = (tmp_path / COPY_FILE).read_bytes().decode("utf-8")
    for words in names:
        for word in words:
            assert word not in raw
    shown, _ = read_copy(tmp_path)
    assert readable_plan(shown, coded=True) == shown


def test_remove_copy_overwrites_then_deletes(tmp_path: Path) -> None:
    write_copy(tmp_path, PLAN, coded=False)
    assert copy_exists(tmp_path)
    size = (tmp_path / COPY_FILE).stat().st_size
    # A second name for the same bytes shows what was left on disk after removal.
    os.link(tmp_path / COPY_FILE, tmp_path / "witness")
    (tmp_path / f".{COPY_FILE}.0badc0de.tmp").write_text("half written Robin Example")
    remove_copy(tmp_path)
    assert not copy_exists(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["witness"]
    assert (tmp_path / "witness").read_bytes() == b"\0" * size
    remove_copy(tmp_path)  # nothing there: nothing happens
    assert read_copy(tmp_path) is None


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{",
        b"\xff\xfe not utf-8",
        b"[]",
        b'{"format": "something else", "version": 1, "coded": false, "steps": {}}',
        b'{"format": "wellbeing-safety-plan-copy", "version": 99, "coded": false, "steps": {}}',
        b'{"format": "wellbeing-safety-plan-copy", "version": 1, "coded": "no", "steps": {}}',
        b'{"format": "wellbeing-safety-plan-copy", "version": 1, "coded": false, "steps": []}',
        b'{"format": "wellbeing-safety-plan-copy", "version": 1, "coded": false,'
        b' "steps": {"not_a_step": [{"text": "x"}]}}',
        b'{"format": "wellbeing-safety-plan-copy", "version": 1, "coded": false,'
        b' "steps": {"on_my_own": [{"text": ""}]}}',
        b'{"format": "wellbeing-safety-plan-copy", "version": 1, "coded": false,'
        b' "steps": {"on_my_own": ["just text"]}}',
        b'{"format": "wellbeing-safety-plan-copy", "version": 1, "coded": false,'
        b' "steps": {"on_my_own": [{"text": 5}]}}',
    ],
)
def test_a_damaged_copy_reads_as_none(tmp_path: Path, damage: bytes) -> None:
    (tmp_path / COPY_FILE).write_bytes(damage)
    assert copy_exists(tmp_path)
    assert read_copy(tmp_path) is None


def test_no_copy_or_a_folder_in_its_place_reads_as_none(tmp_path: Path) -> None:
    assert read_copy(tmp_path) is None
    assert read_copy(tmp_path / "missing") is None
    (tmp_path / COPY_FILE).mkdir()
    assert not copy_exists(tmp_path)
    assert read_copy(tmp_path) is None
