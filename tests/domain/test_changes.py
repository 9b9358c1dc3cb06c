"""Changes: which kinds a write touched, as a typed value (never their names as text)."""

from __future__ import annotations

import pytest

from wellbeing.domain import revisions
from wellbeing.domain.changes import NOTHING, PLAN_KINDS, Changes, Kind


def test_plan_kinds_keep_their_stored_names() -> None:
    # Revisions store these strings in the vault: they never change.
    assert [k.value for k in Kind][:5] == ["value", "goal", "boundary", "routine", "safety_plan"]
    assert {Kind.VALUE, Kind.GOAL, Kind.BOUNDARY, Kind.ROUTINE, Kind.SAFETY_PLAN} == PLAN_KINDS
    assert revisions.Kind is Kind


def test_of_and_touches() -> None:
    changes = Changes.of(Kind.GOAL)
    assert changes.touches(Kind.GOAL)
    assert changes.touches(Kind.VALUE, Kind.GOAL)
    assert not changes.touches(Kind.VALUE)
    assert not changes.touches()
    assert Kind.GOAL in changes and Kind.JOURNAL not in changes


def test_union_with_changes_and_kinds() -> None:
    both = Changes.of(Kind.JOURNAL) | Changes.of(Kind.MOOD)
    assert both == Changes.of(Kind.MOOD, Kind.JOURNAL)
    assert Changes.of(Kind.GOAL) | Kind.VALUE == Changes.of(Kind.GOAL, Kind.VALUE)
    assert Kind.VALUE | Changes.of(Kind.GOAL) == Changes.of(Kind.GOAL, Kind.VALUE)
    assert NOTHING | NOTHING == NOTHING


def test_empty_is_false_and_order_is_the_enums() -> None:
    assert not NOTHING and not Changes()
    assert Changes.of(Kind.CHECK_INS)
    assert list(Changes.of(Kind.JOURNAL, Kind.VALUE, Kind.GOAL)) == [
        Kind.VALUE,
        Kind.GOAL,
        Kind.JOURNAL,
    ]
    assert repr(Changes.of(Kind.JOURNAL, Kind.GOAL)) == "Changes(GOAL, JOURNAL)"


def test_plan_is_any_plan_kind() -> None:
    assert Changes.of(Kind.SAFETY_PLAN).plan
    assert (Changes.of(Kind.JOURNAL) | Kind.ROUTINE).plan
    assert not Changes.of(Kind.JOURNAL, Kind.CHECK_INS, Kind.BOUNDARY_LOG).plan
    assert not NOTHING.plan


def test_coerce_takes_a_kind_or_changes() -> None:
    assert Changes.coerce(Kind.REVIEW) == Changes.of(Kind.REVIEW)
    changes = Changes.of(Kind.WHO5)
    assert Changes.coerce(changes) is changes


def test_frozen_and_hashable() -> None:
    changes = Changes.of(Kind.GOAL)
    with pytest.raises(AttributeError):
        changes.kinds = frozenset()  # type: ignore[misc]
    assert {changes, Changes.of(Kind.GOAL)} == {changes}


def test_names_as_text_are_refused() -> None:
    with pytest.raises(TypeError):
        Changes.of("goal")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Changes.of(Kind.GOAL).touches("goal")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Changes.of(Kind.GOAL) | "journal"  # type: ignore[operator]
