"""Safety plan changes a review makes: a section's items as lines, and "looked at today"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ....domain.safety_plan import SafetyItem, SafetyPlan, Step


def section_lines(plan: SafetyPlan, step: Step) -> str:
    return "\n".join(item.text for item in plan.section(step))


def with_section_lines(plan: SafetyPlan, step: Step, text: str) -> SafetyPlan:
    """The plan with ``step`` holding one item per non-empty line of ``text``.

    An item keeps its other details (how to reach, coded label, likelihood…) when its
    line is unchanged, or when it is reworded in the same place.
    """
    old = list(plan.section(step))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    used: set[int] = set()
    items: list[SafetyItem] = []
    for position, line in enumerate(lines):
        match = next((i for i, item in enumerate(old) if i not in used and item.text == line), None)
        if (
            match is None
            and position < len(old)
            and position not in used
            and old[position].text not in lines
        ):
            match = position
        if match is None:
            items.append(SafetyItem(line))
        else:
            used.add(match)
            items.append(replace(old[match], text=line))
    return plan.with_section(step, tuple(items))


def mark_reviewed(plan: SafetyPlan, today: date) -> SafetyPlan:
    return replace(plan, last_reviewed=today)
