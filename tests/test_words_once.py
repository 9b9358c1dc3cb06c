"""Each shared phrase is written once: a step title or a schedule phrase defined in two
modules drifts into two wordings (it did: five for the step titles). And no screen or
printout keeps its own list of day or month names: those come from QLocale."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from wellbeing.domain.routines import DAY_NAMES, SCHEDULE_WORDS
from wellbeing.domain.safety_plan import STEP_TITLES

SRC = Path(__file__).resolve().parents[1] / "src" / "wellbeing"
#: "3. People and places that help" is the same phrase as "People and places that help".
_NUMBER = re.compile(r"^\d+\.\s+")


def _strings() -> dict[Path, set[str]]:
    """Every string constant of every module, folded for comparison."""
    found: dict[Path, set[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found[path] = {
            _NUMBER.sub("", node.value).strip().casefold()
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
    return found


STRINGS = _strings()


@pytest.mark.parametrize(
    "phrase", [*STEP_TITLES.values(), *SCHEDULE_WORDS.values()], ids=lambda p: p
)
def test_a_step_title_or_schedule_phrase_is_defined_in_one_module(phrase: str) -> None:
    holders = [
        str(path.relative_to(SRC)) for path, texts in STRINGS.items() if phrase.casefold() in texts
    ]
    assert len(holders) == 1, f"{phrase!r} is written in {holders}"


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def test_no_hand_written_day_or_month_names_in_the_ui_or_printing() -> None:
    names = {name.casefold() for name in (*MONTHS, *DAYS, *DAY_NAMES)}
    names |= {month[:3].casefold() for month in MONTHS}
    found = [
        (str(path.relative_to(SRC)), text)
        for path, texts in STRINGS.items()
        if path.relative_to(SRC).parts[0] in ("ui", "printing")
        for text in texts
        if text in names
    ]
    assert found == []
